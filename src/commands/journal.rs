//! `affpay journal`: what was paid, when and why — and the way out of an unknown outcome.

use crate::cli::{Global, JournalCommand};
use crate::context::data_dir_for;
use crate::error::{Kind, fail, usage};
use crate::journal::{Entry, Filter, Journal, State};
use crate::output::{self, Cell, ListWriter, Selection};
use anyhow::Result;

const COLUMNS: &[&str] = &[
    "key",
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
                provider,
                profile: None,
                operation: None,
                state: state.map(|s| parse_state(&s)).transpose()?,
                since: since.map(|d| check_date(&d)).transpose()?,
            };
            let mut writer = ListWriter::new(global.output, selection, std::io::stdout().lock());
            journal.list(&filter, |entry| writer.row(cells(entry)))?;
            writer.finish(&[])
        }
        JournalCommand::Show { key } => {
            let entry = find(&journal, &key)?;
            output::write_record(
                global.output,
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
        } => {
            let entry = find(&journal, &key)?;
            let state = if succeeded {
                State::Succeeded
            } else {
                State::Failed
            };
            if !journal.resolve(&key, state, reference.as_deref())? {
                return Err(usage(format!(
                    "{key} is {}, not sending: only an unknown outcome can be resolved",
                    entry.state.name()
                )));
            }
            eprintln!("affpay: {key} resolved as {}", state.name());
            Ok(())
        }
    }
}

fn find(journal: &Journal, key: &str) -> Result<Entry> {
    journal
        .get(key)?
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
        Cell::Text(i.request),
    ]
}
