//! What a journal row is, and what a backend must do with rows: the vocabulary both backends
//! share, beneath the [`super::Journal`] that picks one, so neither backend reaches up into it.

use anyhow::Result;

/// Where an operation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Sending,
    Succeeded,
    Failed,
    /// Succeeded, then undone by a later affpay request ([`super::Journal::reverse`]).
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

/// The last money-moving run of a provider and profile (see [`super::Journal::last_run`]).
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
pub(super) const VERSION: i64 = 3;

/// What the operation a reversal undoes is: provider, profile and operation.
pub type Undone<'a> = (&'a str, &'a str, &'a str);

/// What a backend stores and finds; [`super::Journal`] holds one and adds what both share.
pub(super) trait Backend: Send {
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
