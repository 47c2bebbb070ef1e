//! `affpay journal`: what was paid, when and why — and the way out of an unknown outcome.

use crate::cli::{JournalCommand, JournalFilter};
use crate::context::Global;
use crate::context::journal_location;
use crate::error::{Kind, fail, usage};
use crate::journal::{Entry, Filter, Journal, Location, Resolution, State};
use crate::output::{self, Cell, Format, ListWriter};
use crate::record::{self, Column};
use anyhow::Result;

/// A journal row's columns; each cell is read from the [`Entry`] itself.
const COLUMNS: &[Column<Entry>] = &[
    Column::new("key", |e| Cell::text(&e.intent.key)),
    Column::new("scope", |e| Cell::text(&e.intent.scope)),
    Column::new("provider", |e| Cell::text(&e.intent.provider)),
    Column::new("profile", |e| Cell::text(&e.intent.profile)),
    Column::new("operation", |e| Cell::text(&e.intent.operation)),
    Column::new("target", |e| Cell::text(&e.intent.target)),
    Column::new("amount", |e| {
        Cell::opt_money(e.intent.amount.as_deref().and_then(|a| a.parse().ok()))
    }),
    Column::new("currency", |e| Cell::opt_text(e.intent.currency.as_deref())),
    Column::new("batch", |e| Cell::opt_text(e.intent.batch.as_deref())),
    Column::new("state", |e| Cell::text(e.state.name())),
    Column::new("reference", |e| Cell::opt_text(e.reference.as_deref())),
    Column::new("error", |e| Cell::opt_text(e.error.as_deref())),
    Column::new("attempts", |e| Cell::Int(e.attempts)),
    Column::new("created_at", |e| Cell::text(&e.created_at)),
    Column::new("updated_at", |e| Cell::text(&e.updated_at)),
    Column::new("resolved_at", |e| Cell::opt_text(e.resolution.as_deref())),
    Column::new("note", |e| Cell::opt_text(e.note.as_deref())),
    Column::new("actor", |e| Cell::opt_text(e.intent.actor.as_deref())),
    Column::new("version", |e| Cell::opt_text(e.intent.version.as_deref())),
    Column::new("resolved_by", |e| Cell::opt_text(e.resolved_by.as_deref())),
    Column::new("resolution_reason", |e| {
        Cell::opt_text(e.resolution_reason.as_deref())
    }),
    Column::new("request", |e| Cell::text(&e.intent.request)),
    Column::new("reversed_at", |e| Cell::opt_text(e.reversed_at.as_deref())),
    Column::new("reversed_by", |e| Cell::opt_text(e.reversed_by.as_deref())),
    Column::new("reversed_with", |e| {
        Cell::opt_text(e.reversed_with.as_deref())
    }),
];

/// The columns of the table people read by default (`--wide` and machine formats: all).
const COMPACT: &[&str] = &[
    "created_at",
    "provider",
    "profile",
    "operation",
    "target",
    "amount",
    "currency",
    "state",
    "reference",
    "key",
];

/// `explicit_profile`: the profile the user named (`--profile`, `AFFPAY_PROFILE`), which
/// narrows `list` and `export`; without one they show every profile.
pub fn run(command: JournalCommand, global: &Global, explicit_profile: bool) -> Result<()> {
    let config = crate::config::Config::load(&crate::config::config_dir()?)?;
    let configured = || journal_location(global, &config);
    let open = || Journal::connect(&configured()?);
    let profile = explicit_profile.then(|| global.profile.clone());
    match command {
        JournalCommand::Migrate { to, from } => {
            let to = match to.as_deref() {
                Some(text) if Location::carries_password(text) => {
                    return Err(usage(
                        "--to must not carry a password (every user can read a command line): \
                         use PGPASSWORD or ~/.pgpass",
                    ));
                }
                Some(text) => Location::parse(text, "--to")?,
                None => configured()?,
            };
            migrate(global, &to, from.as_deref())
        }
        JournalCommand::List(filter) => {
            let compact = (global.output == Format::Table && !filter.wide)
                .then(|| record::subset(COLUMNS, COMPACT));
            let columns = compact.as_deref().unwrap_or(COLUMNS);
            let selection = record::selection(columns, global.fields.as_deref())?;
            let filter = checked_filter(&filter, profile)?;
            let journal = open()?;
            let mut writer = ListWriter::new(global.output, selection, std::io::stdout().lock())
                .excel(global.excel);
            journal.list(&filter, |entry| writer.row(record::cells(columns, &entry)))?;
            writer.finish(&[])
        }
        JournalCommand::Export(filter) => {
            let format = if global.output == Format::Table {
                Format::Csv
            } else {
                global.output
            };
            let selection = record::selection(COLUMNS, global.fields.as_deref())?;
            let filter = checked_filter(&filter, profile)?;
            let journal = open()?;
            let mut writer =
                ListWriter::new(format, selection, std::io::stdout().lock()).excel(global.excel);
            journal.list(&filter, |entry| writer.row(record::cells(COLUMNS, &entry)))?;
            writer.finish(&[])
        }
        JournalCommand::Show { key } => {
            let selection = record::selection(COLUMNS, global.fields.as_deref())?;
            let entry = find(&open()?, &key, None)?;
            output::write_record(
                global.output,
                global.excel,
                &selection,
                record::cells(COLUMNS, &entry),
                std::io::stdout().lock(),
            )
        }
        JournalCommand::Resolve {
            keys,
            all_unknown,
            as_,
            succeeded,
            failed: _,
            reason,
            reference,
            provider,
            since,
            scope,
        } => {
            let state = match as_.as_deref() {
                Some("succeeded") => State::Succeeded,
                Some(_) => State::Failed,
                None if succeeded => State::Succeeded,
                None => State::Failed,
            };
            if reason.trim().is_empty() {
                return Err(usage(
                    "--reason needs the reason: what the provider's records show",
                ));
            }
            let journal = open()?;
            let entries = if all_unknown {
                unknown_entries(&journal, provider, since)?
            } else {
                keys.iter()
                    .map(|key| find(&journal, key, scope.as_deref()))
                    .collect::<Result<Vec<_>>>()?
            };
            if reference.is_some() && (entries.len() != 1 || state != State::Succeeded) {
                return Err(usage(
                    "--reference goes with one key resolved --as succeeded",
                ));
            }
            if let Some(done) = entries.iter().find(|e| e.state != State::Sending) {
                return Err(usage(format!(
                    "{} is {}, not sending: only an unknown outcome can be resolved; nothing was changed",
                    done.intent.key,
                    done.state.name()
                )));
            }
            let how = Resolution {
                state,
                reference,
                reason: Some(reason),
                by: crate::journal::actor(),
            };
            for entry in &entries {
                journal.resolve(&entry.intent.scope, &entry.intent.key, &how)?;
                crate::notice!(
                    "affpay: {} resolved as {}",
                    entry.intent.key,
                    how.state.name()
                );
            }
            if entries.is_empty() {
                crate::notice!("affpay: no unknown outcome to resolve");
            }
            Ok(())
        }
    }
}

/// `journal migrate`: every row of a SQLite journal copied into `to` as it is, rows already
/// there (same scope and key) left alone, then every row read back and compared. A row that
/// differs in the destination (it moved on there) is named, kept as it is there, and makes the
/// exit 8; running the copy again copies nothing.
fn migrate(global: &Global, to: &Location, from: Option<&str>) -> Result<()> {
    let from = match from {
        Some(text) => Location::parse(text, "--from")?,
        None => Location::Sqlite(crate::context::data_dir_for(global)?.join("journal.sqlite3")),
    };
    match (&from, to) {
        (Location::Sqlite(a), Location::Sqlite(b)) if a == b => {
            return Err(usage(format!(
                "{from} is both the journal to copy and the destination: name the destination \
                 with --to or set journal.url"
            )));
        }
        (Location::Postgres(_), _) => {
            return Err(usage(
                "--from names the SQLite journal to copy: sqlite:///PATH",
            ));
        }
        _ if !from.exists() => {
            return Err(usage(format!("there is no journal at {from}")));
        }
        _ => {}
    }
    let Location::Sqlite(path) = &from else {
        unreachable!("--from is a SQLite journal (checked above)")
    };
    // No run may write to the journal while it is copied: a row written after the copy
    // would be missing where the next runs journal.
    let _migrating = crate::lock::acquire_for_migration(path)?;
    let source = Journal::connect(&from)?;
    let destination = Journal::connect(to)?;
    let (mut rows, mut copied, mut already, mut differ) = (0, 0, 0, 0);
    let mut states = std::collections::BTreeMap::new();
    source.list(&Filter::default(), |row| {
        rows += 1;
        let written = destination.copy_in(&row)?;
        let there = destination
            .find(&row.intent.key)?
            .into_iter()
            .find(|e| e.intent.scope == row.intent.scope);
        if there.as_ref() == Some(&row) {
            *states.entry(row.state.name()).or_insert(0) += 1;
            if written { copied += 1 } else { already += 1 }
        } else {
            differ += 1;
            eprintln!(
                "affpay: {} (scope {}) differs in {to}: left as it is there",
                row.intent.key, row.intent.scope
            );
        }
        Ok(())
    })?;
    let states: Vec<String> = states.iter().map(|(s, n)| format!("{n} {s}")).collect();
    crate::notice!(
        "affpay: journal migrate: {rows} rows in {from}: {copied} copied, {already} already in \
         {to}; {} checked identical there ({})",
        copied + already,
        states.join(", ")
    );
    if differ > 0 {
        return Err(fail(
            Kind::Partial,
            format!(
                "{differ} row(s) differ in {to} from {from} and were not overwritten; compare \
                 them with `affpay journal show KEY`"
            ),
        ));
    }
    Ok(())
}

/// A list's filter, checked: a provider or state that cannot match is a typo, not an empty
/// answer.
fn checked_filter(args: &JournalFilter, profile: Option<String>) -> Result<Filter> {
    let since = args
        .since
        .as_deref()
        .map(|d| check_date(d, "--since"))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|d| check_date(d, "--until"))
        .transpose()?;
    if let (Some(since), Some(until)) = (&since, &until)
        && since > until
    {
        return Err(usage(format!("--since {since} is after --until {until}")));
    }
    Ok(Filter {
        scope: None,
        provider: args.provider.as_deref().map(check_provider).transpose()?,
        profile,
        operation: args.operation.clone(),
        state: args.state.as_deref().map(parse_state).transpose()?,
        since,
        before: until.map(|d| day_after(&d)),
        limit: args.limit,
    })
}

/// Every `sending` entry, narrowed by provider and date.
fn unknown_entries(
    journal: &Journal,
    provider: Option<String>,
    since: Option<String>,
) -> Result<Vec<Entry>> {
    let filter = Filter {
        provider: provider.as_deref().map(check_provider).transpose()?,
        state: Some(State::Sending),
        since: since
            .as_deref()
            .map(|d| check_date(d, "--since"))
            .transpose()?,
        ..Filter::default()
    };
    let mut entries = Vec::new();
    journal.list(&filter, |entry| {
        entries.push(entry);
        Ok(())
    })?;
    Ok(entries)
}

fn check_provider(name: &str) -> Result<String> {
    crate::providers::by_name_or_alias(name).map(|p| p.name().to_string())
}

fn day_after(date: &str) -> String {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.succ_opt())
        .map_or_else(|| date.to_string(), |d| d.to_string())
}

/// The entry of a key: the one in `scope` when given; else the only one, or the only one
/// still `sending` (a key may exist once per account scope).
fn find(journal: &Journal, key: &str, scope: Option<&str>) -> Result<Entry> {
    let mut entries = journal.find(key)?;
    if let Some(scope) = scope {
        entries.retain(|e| e.intent.scope == scope);
    }
    if entries.len() > 1 {
        let sending: Vec<Entry> = entries
            .iter()
            .filter(|e| e.state == State::Sending)
            .cloned()
            .collect();
        if sending.len() == 1 {
            return Ok(sending.into_iter().next().expect("one entry"));
        }
        let scopes: Vec<String> = entries.iter().map(|e| e.intent.scope.clone()).collect();
        return Err(usage(format!(
            "{key} exists in more than one account scope ({}); name one with --scope",
            scopes.join(", ")
        )));
    }
    entries
        .pop()
        .ok_or_else(|| fail(Kind::Usage, format!("no journal entry with key {key}")))
}

fn parse_state(text: &str) -> Result<State> {
    State::parse(text).ok_or_else(|| {
        usage(format!(
            "unknown state '{text}'; use sending, succeeded, failed or reversed"
        ))
    })
}

/// The same strict date as every other command takes (a real `YYYY-MM-DD`, from 2000).
fn check_date(text: &str, option: &str) -> Result<String> {
    crate::dates::parse_date(text)
        .map(|d| d.to_string())
        .map_err(|why| usage(format!("{option} '{text}': {why}")))
}
