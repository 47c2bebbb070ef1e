//! One row of `affpay status`: what is found for a provider and profile — its credential and
//! address, the check call, the last run and the unresolved outcomes in the journal, the rate
//! limits waited out — and the columns that show it. Gathering is most of the command, so it
//! stands apart from `status.rs`, which writes the rows and turns them into the exit code.

use crate::config::Config;
use crate::context::{Context, Global, data_dir_for};
use crate::credentials::Credentials;
use crate::journal::{Journal, RunSummary};
use crate::output::Cell;
use crate::providers::{self, Checked, Provider};
use crate::rate_waits::{self, Wait};
use crate::record::{self, Column};
use anyhow::Result;
use std::collections::BTreeSet;

/// The columns of one provider and profile, each read from its [`Row`].
pub(super) const TABLE: &[Column<Row>] = &[
    Column::new("provider", |r| Cell::text(r.provider)),
    Column::new("profile", |r| Cell::text(&r.profile)),
    Column::new("state", |r| Cell::text(r.state.name())),
    Column::new("credential", |r| Cell::text(r.credential.unwrap_or("none"))),
    Column::new("check", |r| Cell::text(r.check)),
    Column::new("url", |r| Cell::opt_text(r.url.as_deref())),
    Column::new("last_batch", |r| {
        r.last(|l| Cell::opt_text(l.batch.as_deref()))
    }),
    Column::new("last_run_at", |r| r.last(|l| Cell::text(&l.at))),
    Column::new("succeeded", |r| r.last(|l| Cell::Int(l.succeeded))),
    Column::new("failed", |r| r.last(|l| Cell::Int(l.failed))),
    Column::new("unknown", |r| r.last(|l| Cell::Int(l.unknown))),
    Column::new("unresolved", |r| Cell::Int(r.unresolved)),
    Column::new("rate_waits_24h", |r| Cell::Int(r.waits.waited)),
    Column::new("rate_wait_s_24h", |r| Cell::Int(r.waits.seconds)),
    Column::new("rate_gave_up_24h", |r| Cell::Int(r.waits.gave_up)),
    Column::new("last_rate_wait", |r| {
        Cell::opt_text(r.waits.last.as_deref())
    }),
    Column::new("note", |r| {
        Cell::opt_text((!r.notes.is_empty()).then(|| r.notes.join("; ")))
    }),
];

/// The names of `TABLE`'s columns (a test compares the JSON keys with them).
pub const COLUMNS: &[&str] = &record::name_array::<Row, 17>(TABLE);

/// The columns of the table people read by default (`--wide` and machine formats: all).
pub(super) const COMPACT: &[&str] = &[
    "provider",
    "profile",
    "state",
    "credential",
    "check",
    "last_run_at",
    "succeeded",
    "failed",
    "unresolved",
    "rate_waits_24h",
    "note",
];

/// How far back the rate-limit columns count.
const WAITS_WINDOW_HOURS: i64 = 24;

/// A row's verdict; the worst row's decides the exit code (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum State {
    Ok,
    CheckFailed,
    Missing,
    Rejected,
    UnknownOutcome,
}

impl State {
    fn name(self) -> &'static str {
        match self {
            State::Ok => "ok",
            State::CheckFailed => "check_failed",
            State::Missing => "missing",
            State::Rejected => "rejected",
            State::UnknownOutcome => "unknown_outcome",
        }
    }
}

/// One provider and profile as the table shows it.
pub(super) struct Row {
    pub(super) provider: &'static str,
    pub(super) profile: String,
    pub(super) state: State,
    /// Where the credential comes from; `None` when there is none.
    credential: Option<&'static str>,
    check: &'static str,
    url: Option<String>,
    /// The last money-moving run in the journal, if there was one.
    last: Option<RunSummary>,
    pub(super) unresolved: i64,
    waits: Waits,
    /// What went wrong, unknown outcomes first; joined into `note`.
    notes: Vec<String>,
}

impl Row {
    /// A cell of the last run; empty when there was none.
    fn last(&self, cell: fn(&RunSummary) -> Cell) -> Cell {
        self.last.as_ref().map_or(Cell::Null, cell)
    }
}

/// The rate limits one provider and profile waited out (from `rate_waits`).
struct Waits {
    /// Waits within the window, their whole seconds (rounded up), and the times affpay gave up.
    waited: i64,
    seconds: i64,
    gave_up: i64,
    /// When the last wait was, at any time.
    last: Option<String>,
}

/// What was found for one provider and profile: its row, and the first check that could not
/// be made, kept for its exit code.
pub(super) struct Finding {
    pub(super) row: Row,
    pub(super) check_error: Option<anyhow::Error>,
}

/// What every row reads from: the stores shared by all profiles.
pub(super) struct Sources {
    config: Config,
    credentials: Credentials,
    journal: Option<Journal>,
    waits: Vec<Wait>,
    /// Waits at or after this UTC stamp count in the `_24h` columns.
    waits_since: String,
}

impl Sources {
    pub(super) fn open(global: &Global) -> Result<Sources> {
        let dir = crate::config::config_dir()?;
        let data = data_dir_for(global)?;
        let config = Config::load(&dir)?;
        // The journal the runs write (journal.url / AFFPAY_JOURNAL_URL, else the data dir's
        // file); reading never creates a SQLite one.
        let location = crate::context::journal_location(global, &config)?;
        let journal = if location.exists() {
            Some(Journal::connect(&location)?)
        } else {
            None
        };
        let since = chrono::Utc::now() - chrono::Duration::hours(WAITS_WINDOW_HOURS);
        Ok(Sources {
            config,
            credentials: Credentials::new(dir, crate::config::data_dir()?),
            journal,
            waits: rate_waits::read(&data)?,
            waits_since: since.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
        })
    }

    /// The providers and profiles to report, in `providers::ALL` order: with `--sandbox`
    /// every provider; else each one a profile uses — a credential (or a refused credential
    /// file), a setting, or rows in the journal — and the one `--provider` names even when
    /// nothing is configured for it (its row says what is missing).
    pub(super) fn pairs(
        &self,
        only: Option<&'static dyn Provider>,
        all_profiles: bool,
        global: &Global,
    ) -> Result<Vec<(&'static dyn Provider, String)>> {
        let chosen: Vec<&'static dyn Provider> = match only {
            Some(provider) => vec![provider],
            None => providers::ALL.to_vec(),
        };
        let journaled = match &self.journal {
            Some(journal) => journal.providers_and_profiles()?,
            None => Vec::new(),
        };
        let mut profiles = BTreeSet::from([global.profile.clone()]);
        if all_profiles && !global.sandbox {
            profiles.extend(self.config.profiles());
            profiles.extend(self.credentials.profiles()?);
            profiles.extend(journaled.iter().map(|(_, profile)| profile.clone()));
        }
        let mut pairs = Vec::new();
        for provider in chosen {
            for profile in &profiles {
                let name = provider.name();
                let used = global.sandbox
                    || (only.is_some() && *profile == global.profile)
                    || self
                        .credentials
                        .lookup(name, profile)
                        .map_or(true, |l| l.found.is_some())
                    || self
                        .config
                        .entries(profile)
                        .iter()
                        .any(|(key, _)| key.split_once('.').is_some_and(|(p, _)| p == name))
                    || journaled.iter().any(|(p, q)| p == name && q == profile);
                if used {
                    pairs.push((provider, profile.clone()));
                }
            }
        }
        Ok(pairs)
    }

    /// What was found for one provider and profile.
    pub(super) fn row(
        &self,
        ctx: &Context,
        provider: &'static dyn Provider,
        offline: bool,
    ) -> Result<Finding> {
        let name = provider.name();
        let profile = ctx.global.profile.clone();
        let mut notes = Vec::new();
        let mut state = State::Ok;
        let mut check_error = None;
        let credential = if ctx.global.sandbox {
            Some("sandbox")
        } else {
            match self.credentials.lookup(name, &profile) {
                Ok(lookup) => lookup.found.map(|found| found.source.name()),
                Err(err) => {
                    notes.push(format!("{err:#}"));
                    None
                }
            }
        };
        let url = match ctx.base_url(provider) {
            Ok(url) => Some(url.as_str().trim_end_matches('/').to_string()),
            Err(err) => {
                notes.push(format!("{err:#}"));
                None
            }
        };
        if credential.is_none() || url.is_none() {
            state = State::Missing;
        }
        let check = if offline {
            "skipped"
        } else if credential.is_none() {
            "missing"
        } else if url.is_none() {
            "skipped"
        } else {
            match providers::try_credential(provider, ctx) {
                Checked::Accepted => "ok",
                Checked::Rejected => {
                    state = state.max(State::Rejected);
                    "rejected"
                }
                Checked::Missing => {
                    state = state.max(State::Missing);
                    "missing"
                }
                Checked::Failed(err) => {
                    notes.push(format!("{err:#}"));
                    state = state.max(State::CheckFailed);
                    check_error = Some(err);
                    "failed"
                }
            }
        };
        let (last, unresolved) = match &self.journal {
            Some(journal) => (
                journal.last_run(name, &profile)?,
                journal.unresolved(name, &profile)?,
            ),
            None => (None, 0),
        };
        if unresolved > 0 {
            state = State::UnknownOutcome;
            notes.insert(
                0,
                format!(
                    "{unresolved} request(s) with an unknown outcome: see `affpay journal list --state sending --provider {name}`"
                ),
            );
        }
        let waits = self.waits_of(name, &profile);
        let row = Row {
            provider: name,
            profile,
            state,
            credential,
            check,
            url,
            last,
            unresolved,
            waits,
            notes,
        };
        Ok(Finding { row, check_error })
    }

    /// The waits of one provider and profile: within the window, and the last at any time.
    fn waits_of(&self, provider: &str, profile: &str) -> Waits {
        let mine: Vec<&Wait> = self
            .waits
            .iter()
            .filter(|w| w.provider == provider && w.profile == profile)
            .collect();
        let recent = mine.iter().filter(|w| w.at >= self.waits_since);
        let (mut waited, mut ms, mut gave_up) = (0, 0u64, 0);
        for wait in recent {
            match wait.kind {
                rate_waits::Kind::Waited => {
                    waited += 1;
                    ms = ms.saturating_add(wait.ms);
                }
                rate_waits::Kind::GaveUp => gave_up += 1,
            }
        }
        Waits {
            waited,
            seconds: i64::try_from(ms.div_ceil(1000)).unwrap_or(i64::MAX),
            gave_up,
            last: mine.iter().map(|w| w.at.clone()).max(),
        }
    }
}
