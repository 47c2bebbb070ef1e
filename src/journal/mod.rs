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
mod rows;
mod sqlite;

pub use location::{Location, Target};
use rows::Backend;
pub use rows::{
    Entry, Filter, Intent, Resolution, Reversal, RunSummary, State, Undone, actor, now,
};

use anyhow::Result;

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

#[cfg(test)]
pub mod testing;
#[cfg(test)]
mod tests;
