//! `affpay journal`: what was paid, when and why — and the way out of an unknown outcome.

use crate::cli::{Global, JournalCommand};
use crate::context::data_dir_for;
use crate::error::{Kind, fail, usage};
use crate::journal::{Entry, Filter, Journal, Resolution, State};
use crate::output::{self, Cell, ListWriter, Selection};
use anyhow::Result;

const COLUMNS: &[&str] = &[
    "key",
    "scope",
    "provider",
    "profile",
    "operation",
    "target",
    "amount",
    "currency",
    "batch",
    "state",
    "reference",
    "error",
    "attempts",
    "created_at",
    "updated_at",
    "resolved_at",
    "note",
    "actor",
    "version",
    "resolved_by",
    "resolution_reason",
    "request",
];

pub fn run(command: JournalCommand, global: &Global) -> Result<()> {
    let path = data_dir_for(global)?.join("journal.sqlite3");
    let selection = Selection::new(COLUMNS, global.fields.as_deref())?;
    let journal = Journal::open(&path)?;
    match command {
        JournalCommand::List {
            provider,
            state,
            since,
        } => {
            let filter = Filter {
                scope: None,
                provider,
                profile: None,
                operation: None,
                state: state.map(|s| parse_state(&s)).transpose()?,
                since: since.map(|d| check_date(&d)).transpose()?,
            };
            let mut writer = ListWriter::new(global.output, selection, std::io::stdout().lock())
                .excel(global.excel);
            journal.list(&filter, |entry| writer.row(cells(entry)))?;
            writer.finish(&[])
        }
        JournalCommand::Show { key } => {
            let entry = find(&journal, &key, None)?;
            output::write_record(
                global.output,
                global.excel,
                &selection,
                cells(entry),
                std::io::stdout().lock(),
            )
        }
        JournalCommand::Resolve {
            key,
            succeeded,
            failed: _,
            reference,
            reason,
            scope,
        } => {
            let entry = find(&journal, &key, scope.as_deref())?;
            let how = Resolution {
                state: if succeeded {
                    State::Succeeded
                } else {
                    State::Failed
                },
                reference,
                reason,
                by: crate::journal::actor(),
            };
            if !journal.resolve(&entry.intent.scope, &key, &how)? {
                return Err(usage(format!(
                    "{key} is {}, not sending: only an unknown outcome can be resolved",
                    entry.state.name()
                )));
            }
            eprintln!("affpay: {key} resolved as {}", how.state.name());
            Ok(())
        }
    }
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
            "unknown state '{text}'; use sending, succeeded or failed"
        ))
    })
}

/// The same strict date as every other command takes (a real `YYYY-MM-DD`, from 2000).
fn check_date(text: &str) -> Result<String> {
    crate::dates::parse_date(text)
        .map(|d| d.to_string())
        .map_err(|why| usage(format!("--since '{text}': {why}")))
}

fn cells(entry: Entry) -> Vec<Cell> {
    let i = entry.intent;
    let money = i
        .amount
        .and_then(|a| a.parse().ok())
        .map_or(Cell::Null, Cell::Money);
    vec![
        Cell::Text(i.key),
        Cell::Text(i.scope),
        Cell::Text(i.provider),
        Cell::Text(i.profile),
        Cell::Text(i.operation),
        Cell::Text(i.target),
        money,
        Cell::opt_text(i.currency),
        Cell::opt_text(i.batch),
        Cell::text(entry.state.name()),
        Cell::opt_text(entry.reference),
        Cell::opt_text(entry.error),
        Cell::Int(entry.attempts),
        Cell::Text(entry.created_at),
        Cell::Text(entry.updated_at),
        Cell::opt_text(entry.resolution),
        Cell::opt_text(entry.note),
        Cell::opt_text(i.actor),
        Cell::opt_text(i.version),
        Cell::opt_text(entry.resolved_by),
        Cell::opt_text(entry.resolution_reason),
        Cell::Text(i.request),
    ]
}
