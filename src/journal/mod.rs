//! The journal: a durable record of every money-moving request, so that nothing is paid
//! twice and a person can always see what was paid, when and why.
//!
//! None of the providers accepts idempotency keys, so affpay keeps its own. Each request has
//! a key; its row is committed as `sending` *before* the request leaves, then updated to
//! `succeeded` (with the provider's reference) or `failed`. A row still `sending` after a
//! crash, timeout or dropped connection means "the provider may or may not have done it": it
//! is never sent again until a person checks and runs `affpay journal resolve`.
//!
//! Keys live in an *account scope*: the base URL (scheme, host, port) the requests went to,
//! beside the provider and profile every row names. A rehearsal against a local simulator
//! therefore never makes a real payment look done, and one operator host never blocks another.
//! While any row for a target is `sending` in a scope, that target is *held*: nothing new is
//! sent to it, whatever the amount or batch, until the row is resolved.
//!
//! A succeeded row that affpay itself later undid (the settlement it created deleted, the
//! payout it created cancelled) becomes `reversed`, with when, by whom and by which request;
//! its key is then no longer "done", and the next run sends under a fresh key derived from it.
//! Nothing else of the row changes, so the record of what was paid stays whole.
//!
//! Two backends keep the same rows with the same rules behind [`Journal`]: a SQLite file in
//! the data directory (the default, nothing to set up) and a PostgreSQL database shared by
//! several hosts (`journal.url`). Each carries a schema version, migrates forward on first
//! use and refuses a schema from a newer affpay. The money path never knows which it has.

mod location;
mod postgres;
mod sqlite;

pub use location::{Location, Target};

use anyhow::Result;

/// Where an operation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Sending,
    Succeeded,
    Failed,
    /// Succeeded, then undone by a later affpay request ([`Journal::reverse`]).
    Reversed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Sending => "sending",
            State::Succeeded => "succeeded",
            State::Failed => "failed",
            State::Reversed => "reversed",
        }
    }

    pub fn parse(text: &str) -> Option<State> {
        match text {
            "sending" => Some(State::Sending),
            "succeeded" => Some(State::Succeeded),
            "failed" => Some(State::Failed),
            "reversed" => Some(State::Reversed),
            _ => None,
        }
    }
}

/// What is recorded before a request is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intent {
    /// The base URL the request goes to (`sandbox` for the in-process simulator); empty on
    /// rows written before scopes existed, which match every scope so nothing is paid twice.
    pub scope: String,
    pub key: String,
    pub provider: String,
    pub profile: String,
    pub operation: String,
    pub target: String,
    pub amount: Option<String>,
    pub currency: Option<String>,
    pub batch: Option<String>,
    /// Method, URL and body as sent, with no secret in them.
    pub request: String,
    /// Who ran it (`user@host`) and with which affpay version.
    pub actor: Option<String>,
    pub version: Option<String>,
}

/// A row of the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub intent: Intent,
    pub state: State,
    pub reference: Option<String>,
    pub error: Option<String>,
    pub attempts: i64,
    pub created_at: String,
    pub updated_at: String,
    /// When a person resolved an unknown outcome, who, and why.
    pub resolution: Option<String>,
    pub resolved_by: Option<String>,
    pub resolution_reason: Option<String>,
    /// What the provider's answer said besides its reference.
    pub note: Option<String>,
    /// When a `reversed` row was undone, by whom (`user@host`) and with which request's key.
    pub reversed_at: Option<String>,
    pub reversed_by: Option<String>,
    pub reversed_with: Option<String>,
}

/// Who undid a succeeded request, and with which request (its key).
#[derive(Debug, Clone)]
pub struct Reversal {
    pub by: String,
    pub with: String,
}

/// The last money-moving run of a provider and profile (see [`Journal::last_run`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSummary {
    /// Its batch (`None` for rows written without one).
    pub batch: Option<String>,
    /// When it last sent a request (UTC).
    pub at: String,
    pub succeeded: i64,
    pub failed: i64,
    /// Still `sending`: outcome unknown.
    pub unknown: i64,
}

/// How a person settles an unknown outcome.
#[derive(Debug, Clone)]
pub struct Resolution {
    pub state: State,
    pub reference: Option<String>,
    pub reason: Option<String>,
    pub by: String,
}

/// Filters of `affpay journal list`.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// Rows of this account scope (and rows from before scopes existed).
    pub scope: Option<String>,
    pub provider: Option<String>,
    pub profile: Option<String>,
    pub operation: Option<String>,
    pub state: Option<State>,
    /// Rows created on or after this UTC timestamp prefix (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Rows created before this UTC timestamp prefix (the day after the last one wanted).
    pub before: Option<String>,
    /// At most this many rows: the newest ones, still listed oldest first.
    pub limit: Option<usize>,
}

/// The schema this affpay writes, on either backend. Version 1 was the unversioned SQLite
/// table of the first releases (with or without `note`); version 2 adds the account scope and
/// who did what; version 3 adds the reversal columns.
const VERSION: i64 = 3;

/// What the operation a reversal undoes is: provider, profile and operation.
pub type Undone<'a> = (&'a str, &'a str, &'a str);

/// What a backend stores and finds; [`Journal`] holds one and adds what both share.
trait Backend: Send {
    fn get(&self, scope: &str, key: &str) -> Result<Option<Entry>>;
    fn find(&self, key: &str) -> Result<Vec<Entry>>;
    fn done_before_scopes(
        &self,
        intent: (&str, &str, &str, &str),
        batch: &str,
    ) -> Result<Option<Entry>>;
    fn hold_on(
        &self,
        scope: &str,
        provider: &str,
        profile: &str,
        target: &str,
    ) -> Result<Option<String>>;
    fn begin(&self, intent: &Intent) -> Result<()>;
    fn succeed(
        &self,
        scope: &str,
        key: &str,
        reference: Option<&str>,
        note: Option<&str>,
    ) -> Result<()>;
    fn fail(&self, scope: &str, key: &str, error: &str) -> Result<()>;
    fn resolve(&self, scope: &str, key: &str, how: &Resolution) -> Result<bool>;
    fn reverse(
        &self,
        scope: &str,
        what: Undone<'_>,
        references: &[&str],
        how: &Reversal,
    ) -> Result<Vec<String>>;
    fn last_run(&self, provider: &str, profile: &str) -> Result<Option<RunSummary>>;
    fn unresolved(&self, provider: &str, profile: &str) -> Result<i64>;
    fn providers_and_profiles(&self) -> Result<Vec<(String, String)>>;
    fn list(&self, filter: &Filter, each: &mut dyn FnMut(Entry) -> Result<()>) -> Result<()>;
    /// Writes a row exactly as another journal holds it, unless its scope and key exist;
    /// true when it was written.
    fn copy_in(&self, entry: &Entry) -> Result<bool>;
}

/// The journal of one invocation, whichever backend keeps it.
pub struct Journal {
    backend: Box<dyn Backend>,
}

impl Journal {
    /// The SQLite journal at `path`, created (0600) when missing.
    pub fn open(path: &std::path::Path) -> Result<Journal> {
        Ok(Journal {
            backend: Box::new(sqlite::Sqlite::open(path)?),
        })
    }

    /// The journal a [`Location`] names: a SQLite file, or a PostgreSQL database (connected
    /// now; unreachable is a temporary failure, exit 6, before anything is sent).
    pub fn connect(location: &Location) -> Result<Journal> {
        match location {
            Location::Sqlite(path) => Journal::open(path),
            Location::Postgres(target) => Ok(Journal {
                backend: Box::new(postgres::Postgres::connect(target)?),
            }),
        }
    }

    /// The row of a key in a scope; a row from before scopes existed counts in every scope.
    pub fn get(&self, scope: &str, key: &str) -> Result<Option<Entry>> {
        self.backend.get(scope, key)
    }

    /// Every row with this key, whatever its scope (for `journal show` and `resolve`).
    pub fn find(&self, key: &str) -> Result<Vec<Entry>> {
        self.backend.find(key)
    }

    /// A request to this target in this batch that succeeded before account scopes existed
    /// (scope empty), whatever its key: keys derived by an older affpay could include values
    /// a provider reported, so on the day of an upgrade the same payment may derive another
    /// key. Counting such a row as done cannot pay twice; at worst it defers a payment.
    pub fn done_before_scopes(
        &self,
        intent: (&str, &str, &str, &str),
        batch: &str,
    ) -> Result<Option<Entry>> {
        self.backend.done_before_scopes(intent, batch)
    }

    /// The key of a request to this target whose outcome is still unknown, if any: while
    /// there is one, nothing new is sent to the target.
    pub fn hold_on(
        &self,
        scope: &str,
        provider: &str,
        profile: &str,
        target: &str,
    ) -> Result<Option<String>> {
        self.backend.hold_on(scope, provider, profile, target)
    }

    /// Records, durably, that the request is about to be sent. A key that failed before is
    /// taken up again; any other existing key is refused (the caller checks first).
    pub fn begin(&self, intent: &Intent) -> Result<()> {
        self.backend.begin(intent)
    }

    pub fn succeed(
        &self,
        scope: &str,
        key: &str,
        reference: Option<&str>,
        note: Option<&str>,
    ) -> Result<()> {
        self.backend.succeed(scope, key, reference, note)
    }

    pub fn fail(&self, scope: &str, key: &str, error: &str) -> Result<()> {
        self.backend.fail(scope, key, error)
    }

    /// Settles a `sending` row after a person checked with the provider; false when the row
    /// is not `sending`.
    pub fn resolve(&self, scope: &str, key: &str, how: &Resolution) -> Result<bool> {
        self.backend.resolve(scope, key, how)
    }

    /// Marks `reversed` the succeeded `operation` rows of this scope, provider and profile
    /// whose reference is one of `references` (the settlement deleted, the payouts cancelled),
    /// recording who reversed them and with which request; returns their keys. The rest of each
    /// row stays as it was.
    /// Only rows of exactly this scope: a row from before scopes existed may be another
    /// account's with the same reference, and undoing it there could pay twice.
    pub fn reverse(
        &self,
        scope: &str,
        what: Undone<'_>,
        references: &[&str],
        how: &Reversal,
    ) -> Result<Vec<String>> {
        self.backend.reverse(scope, what, references, how)
    }

    /// The last money-moving run of a provider and profile, as its rows stand now: the batch
    /// of the row a run touched last (sent, or sent again after a failure; a person's
    /// resolution is not a run), and that batch's rows counted by state (a row reversed since
    /// still succeeded in that run). Every scope counts.
    pub fn last_run(&self, provider: &str, profile: &str) -> Result<Option<RunSummary>> {
        self.backend.last_run(provider, profile)
    }

    /// How many requests of a provider and profile still have an unknown outcome, in every
    /// scope: each may have moved money, and a person must resolve it.
    pub fn unresolved(&self, provider: &str, profile: &str) -> Result<i64> {
        self.backend.unresolved(provider, profile)
    }

    /// Every provider and profile with rows, in name order.
    pub fn providers_and_profiles(&self) -> Result<Vec<(String, String)>> {
        self.backend.providers_and_profiles()
    }

    /// The targets that succeeded `cancel` rows of a provider and profile named (a cancel's
    /// target lists its ids separated by commas): what affpay's own records show as cancelled.
    pub fn cancelled_targets(
        &self,
        provider: &str,
        profile: &str,
    ) -> Result<std::collections::HashSet<String>> {
        let filter = Filter {
            provider: Some(provider.to_string()),
            profile: Some(profile.to_string()),
            operation: Some("cancel".to_string()),
            state: Some(State::Succeeded),
            ..Filter::default()
        };
        let mut cancelled = std::collections::HashSet::new();
        self.list(&filter, |entry| {
            cancelled.extend(entry.intent.target.split(',').map(str::to_string));
            Ok(())
        })?;
        Ok(cancelled)
    }

    /// Every row the filter selects, oldest first, handed on one at a time.
    pub fn list(&self, filter: &Filter, mut each: impl FnMut(Entry) -> Result<()>) -> Result<()> {
        self.backend.list(filter, &mut each)
    }

    /// Writes a row exactly as another journal holds it (for `journal migrate`), unless its
    /// scope and key are already there; true when it was written.
    pub fn copy_in(&self, entry: &Entry) -> Result<bool> {
        self.backend.copy_in(entry)
    }
}

/// Who is running affpay, as `user@host`, for the record of who paid and who resolved.
pub fn actor() -> String {
    let user = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unknown".to_string());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    format!("{user}@{host}")
}

/// UTC, to the millisecond, in a form that sorts as text.
pub fn now() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

#[cfg(test)]
pub mod testing;
#[cfg(test)]
mod tests;
