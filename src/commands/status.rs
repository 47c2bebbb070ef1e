//! `affpay status`: the morning check of an unattended setup, in one screen and one exit code.
//!
//! For each configured provider and profile it says whether the next cron run can work — the
//! credential's source and whether the provider accepts it (one cheap read call through
//! `Provider::check`, skipped with `--offline`), the base URL — and what the last runs left
//! behind: the last money-moving run in the journal (its batch, when, how many requests
//! succeeded, failed or are unknown), requests whose outcome is still unknown, and the rate
//! limits waited out (from `rate_waits`). It names no provider: every one in
//! `providers::ALL` takes part the same way. As in `affpay balance`, a progress line is drawn
//! on stderr while the providers are checked, only when stderr is a terminal.
//!
//! The exit code is the worst finding, in this order: 9 a request with an unknown outcome (it
//! may have moved money and holds its target until a person resolves it, so it comes first
//! even when a credential is also refused), 4 a refused credential, 3 a missing credential or
//! address, then the code of a check that could not be made (6 for the network), else 0.

use super::balance::Progress;
use crate::cli::StatusArgs;
use crate::config::Config;
use crate::context::Global;
use crate::context::{Context, data_dir_for};
use crate::credentials::Credentials;
use crate::error::{Kind, fail};
use crate::journal::{Journal, RunSummary};
use crate::output::{Cell, Format, ListWriter, Selection};
use crate::providers::{self, Checked, Provider};
use crate::rate_waits::{self, Wait};
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};

pub const COLUMNS: &[&str] = &[
    "provider",
    "profile",
    "state",
    "credential",
    "check",
    "url",
    "last_batch",
    "last_run_at",
    "succeeded",
    "failed",
    "unknown",
    "unresolved",
    "rate_waits_24h",
    "rate_wait_s_24h",
    "rate_gave_up_24h",
    "last_rate_wait",
    "note",
];

/// The columns of the table people read by default (`--wide` and machine formats: all).
const COMPACT: &[&str] = &[
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
enum State {
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

/// What was found for one provider and profile.
struct Finding {
    provider: &'static dyn Provider,
    profile: String,
    state: State,
    /// The first check that could not be made, kept for its exit code.
    check_error: Option<anyhow::Error>,
    unresolved: i64,
}

/// What every row reads from: the stores shared by all profiles.
struct Sources {
    config: Config,
    credentials: Credentials,
    journal: Option<Journal>,
    waits: Vec<Wait>,
    /// Waits at or after this UTC stamp count in the `_24h` columns.
    waits_since: String,
}

pub fn run(args: &StatusArgs, global: &Global) -> Result<()> {
    let names = if global.output == Format::Table && !args.wide && global.fields.is_none() {
        Some(COMPACT.iter().map(|c| c.to_string()).collect::<Vec<_>>())
    } else {
        global.fields.clone()
    };
    let selection = Selection::new(COLUMNS, names.as_deref())?;
    let only = args
        .provider
        .as_deref()
        .map(providers::by_name_or_alias)
        .transpose()?;
    let sources = Sources::open(global)?;
    let pairs = sources.pairs(only, args.all_profiles, global)?;
    if pairs.is_empty() {
        return Err(fail(
            Kind::MissingCredential,
            format!(
                "nothing is configured for profile {}: store a credential with `affpay auth login PROVIDER`, \
                 name other profiles with --all-profiles, or try `affpay --sandbox status`",
                global.profile
            ),
        ));
    }
    let mut writer =
        ListWriter::new(global.output, selection, std::io::stdout().lock()).excel(global.excel);
    let mut findings = Vec::new();
    let progress = Progress::new(pairs.len());
    // One context per profile: with --sandbox, one simulator for every provider.
    let mut contexts: BTreeMap<String, Context> = BTreeMap::new();
    for (index, (provider, profile)) in pairs.into_iter().enumerate() {
        progress.step(index, provider.name(), &profile);
        if !contexts.contains_key(&profile) {
            let global = Global {
                profile: profile.clone(),
                ..global.clone()
            };
            contexts.insert(profile.clone(), Context::new(global)?);
        }
        let ctx = &contexts[&profile];
        let (cells, finding) = sources.row(ctx, provider, args.offline)?;
        writer.row(cells)?;
        writer.flush()?;
        findings.push(finding);
    }
    progress.finish();
    let verdict = verdict(findings);
    let footer = match &verdict {
        Ok(()) => vec!["status: ok".to_string()],
        Err(err) => vec![format!("status: {err}")],
    };
    writer.finish(&footer)?;
    verdict
}

impl Sources {
    fn open(global: &Global) -> Result<Sources> {
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
    fn pairs(
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

    /// One provider and profile: its cells in [`COLUMNS`] order and what they amount to.
    fn row(
        &self,
        ctx: &Context,
        provider: &'static dyn Provider,
        offline: bool,
    ) -> Result<(Vec<Cell>, Finding)> {
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
        let mut cells = vec![
            Cell::text(name),
            Cell::text(profile.as_str()),
            Cell::text(state.name()),
            Cell::text(credential.unwrap_or("none")),
            Cell::text(check),
            Cell::opt_text(url),
        ];
        cells.extend(last_run_cells(last));
        cells.push(Cell::Int(unresolved));
        cells.extend(self.wait_cells(name, &profile));
        cells.push(Cell::opt_text(
            (!notes.is_empty()).then(|| notes.join("; ")),
        ));
        let finding = Finding {
            provider,
            profile,
            state,
            check_error,
            unresolved,
        };
        Ok((cells, finding))
    }

    /// `rate_waits_24h`, `rate_wait_s_24h` (whole seconds, rounded up), `rate_gave_up_24h`,
    /// `last_rate_wait` (at any time).
    fn wait_cells(&self, provider: &str, profile: &str) -> Vec<Cell> {
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
        vec![
            Cell::Int(waited),
            Cell::Int(i64::try_from(ms.div_ceil(1000)).unwrap_or(i64::MAX)),
            Cell::Int(gave_up),
            Cell::opt_text(mine.iter().map(|w| w.at.clone()).max()),
        ]
    }
}

/// `last_batch`, `last_run_at`, `succeeded`, `failed`, `unknown`: empty when there was none.
fn last_run_cells(last: Option<RunSummary>) -> Vec<Cell> {
    match last {
        Some(run) => vec![
            Cell::opt_text(run.batch),
            Cell::text(run.at),
            Cell::Int(run.succeeded),
            Cell::Int(run.failed),
            Cell::Int(run.unknown),
        ],
        None => vec![Cell::Null; 5],
    }
}

/// The run's outcome: the worst finding's exit code, with every finding that is not ok
/// named in one line.
fn verdict(findings: Vec<Finding>) -> Result<()> {
    let worst = findings.iter().map(|f| f.state).max().unwrap_or(State::Ok);
    if worst == State::Ok {
        return Ok(());
    }
    let named: Vec<String> = findings
        .iter()
        .filter(|f| f.state != State::Ok)
        .map(|f| {
            let what = match f.state {
                State::UnknownOutcome => format!("{} unknown outcome(s)", f.unresolved),
                State::Rejected => "credential rejected".to_string(),
                State::Missing => "credential or address missing".to_string(),
                State::CheckFailed => "credential could not be checked".to_string(),
                State::Ok => unreachable!("filtered out"),
            };
            format!("{} ({}): {what}", f.provider.name(), f.profile)
        })
        .collect();
    let mut message = named.join("; ");
    if worst == State::UnknownOutcome {
        message.push_str(
            "; check each with the provider and record what it shows with `affpay journal \
             resolve` (see `affpay journal list --state sending`)",
        );
    }
    let kind = match worst {
        State::UnknownOutcome => Kind::OutcomeUnknown,
        State::Rejected => Kind::CredentialRejected,
        State::Missing => Kind::MissingCredential,
        State::CheckFailed | State::Ok => {
            let err = findings
                .into_iter()
                .find_map(|f| f.check_error)
                .expect("a failed check keeps its error");
            return Err(err.context(message));
        }
    };
    Err(fail(kind, message))
}
