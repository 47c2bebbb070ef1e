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
//!
//! The rows are gathered in `row` (what each provider and profile reads, and its columns);
//! this file writes them and turns them into the exit code.

mod row;

pub use row::COLUMNS;

use super::balance::Progress;
use crate::cli::StatusArgs;
use crate::context::{Context, Global};
use crate::error::{Kind, fail};
use crate::output::{Format, ListWriter};
use crate::providers;
use crate::record;
use anyhow::Result;
use row::{COMPACT, Finding, Sources, State, TABLE};
use std::collections::BTreeMap;

pub fn run(args: &StatusArgs, global: &Global) -> Result<()> {
    let compact = (global.output == Format::Table && !args.wide && global.fields.is_none())
        .then(|| record::subset(TABLE, COMPACT));
    let columns = compact.as_deref().unwrap_or(TABLE);
    let selection = record::selection(columns, global.fields.as_deref())?;
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
        let finding = sources.row(ctx, provider, args.offline)?;
        writer.row(record::cells(columns, &finding.row))?;
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

/// The run's outcome: the worst finding's exit code, with every finding that is not ok
/// named in one line.
fn verdict(findings: Vec<Finding>) -> Result<()> {
    let worst = findings
        .iter()
        .map(|f| f.row.state)
        .max()
        .unwrap_or(State::Ok);
    if worst == State::Ok {
        return Ok(());
    }
    let named: Vec<String> = findings
        .iter()
        .map(|f| &f.row)
        .filter(|row| row.state != State::Ok)
        .map(|row| {
            let what = match row.state {
                State::UnknownOutcome => format!("{} unknown outcome(s)", row.unresolved),
                State::Rejected => "credential rejected".to_string(),
                State::Missing => "credential or address missing".to_string(),
                State::CheckFailed => "credential could not be checked".to_string(),
                State::Ok => unreachable!("filtered out"),
            };
            format!("{} ({}): {what}", row.provider, row.profile)
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
