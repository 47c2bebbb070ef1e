//! `affpay billon payouts`: the panel has no list endpoint, so the payouts listed are the
//! ones affpay created, read from its own journal (and said to be so).

use super::identity::Billon;
use crate::context::Context;
use crate::journal::{Entry, Filter, State};
use crate::output::Cell;
use crate::providers::identity::Identity;
use crate::record::{self, Column};
use anyhow::Result;

/// A payout affpay created, from its journal entry.
struct Created {
    entry: Entry,
    /// Reversed by an affpay cancel.
    cancelled: bool,
}

const PAYOUTS: &[Column<Created>] = &[
    Column::new("id", |p| Cell::opt_text(p.entry.reference.clone())),
    Column::new("recipient", |p| Cell::text(&p.entry.intent.target)),
    Column::new("amount", |p| {
        p.entry
            .intent
            .amount
            .as_deref()
            .and_then(|a| a.parse().ok())
            .map_or(Cell::Null, Cell::Money)
    }),
    Column::new("currency", |p| {
        Cell::opt_text(p.entry.intent.currency.clone())
    }),
    Column::new("status", |p| {
        Cell::opt_text(
            p.entry
                .note
                .as_deref()
                .and_then(|n| n.split_whitespace().find_map(|w| w.strip_prefix("status="))),
        )
    }),
    Column::new("created_at", |p| Cell::text(&p.entry.created_at)),
    Column::new("cancelled", |p| Cell::Bool(p.cancelled)),
    Column::new("key", |p| Cell::text(&p.entry.intent.key)),
];

/// The payouts affpay created, from its journal.
pub fn payouts(ctx: &Context) -> Result<()> {
    let selection = ctx.select(PAYOUTS)?;
    let journal = ctx.journal()?;
    let filter = |operation: &str| Filter {
        scope: None,
        provider: Some(Billon.name().to_string()),
        profile: Some(ctx.global.profile.clone()),
        // Succeeded, or reversed by an affpay cancel (listed as cancelled).
        state: None,
        since: None,
        before: None,
        limit: None,
        operation: Some(operation.to_string()),
    };
    let cancelled = journal.cancelled_targets(Billon.name(), &ctx.global.profile)?;
    crate::notice!(
        "affpay: local records: the Billon panel has no list endpoint; these are the payouts affpay created"
    );
    let mut writer = ctx.list_writer(selection);
    journal.list(&filter("settle"), |entry| {
        if !matches!(entry.state, State::Succeeded | State::Reversed) {
            return Ok(());
        }
        let id = entry.reference.as_deref().unwrap_or_default();
        let cancelled = entry.state == State::Reversed || cancelled.contains(id);
        writer.row(record::cells(PAYOUTS, &Created { entry, cancelled }))
    })?;
    writer.finish(&[
        "local records of payouts affpay created (the panel has no list endpoint)".to_string(),
    ])
}
