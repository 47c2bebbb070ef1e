//! `affpay payouts`: the recent payouts of every configured provider in one schema — the ones
//! we made (`payable`) and the ones we received (`receivable`) — since a day (default: 30 days
//! ago).
//!
//! Like `affpay balance`, it names no provider: each contributes through
//! `Provider::payouts_since`, from its API (Travelpayouts' payments received, Affonso's
//! payouts, Trackdesk's account settlements) or, where the API lists none (Smartico, Billon),
//! from affpay's own journal, labelled `source` `journal`. A provider that fails is one line on
//! stderr and one `error` row, and the run ends with exit 8; the others are still shown.

use super::balance::{Progress, targets};
use crate::cli::PayoutsAcrossArgs;
use crate::context::Global;
use crate::error::{Kind, fail};
use crate::output::{Cell, ListWriter, Selection};
use crate::overview::PayoutRow;
use anyhow::Result;
use chrono::{Days, NaiveDate, Utc};

pub const COLUMNS: &[&str] = &[
    "provider",
    "profile",
    "direction",
    "payout_id",
    "party_id",
    "party_name",
    "currency",
    "amount",
    "status",
    "created_at",
    "source",
    "note",
];

/// How far back `--since` reaches when it is not given.
const DEFAULT_DAYS: u64 = 30;

pub fn run(args: &PayoutsAcrossArgs, global: &Global) -> Result<()> {
    let selection = Selection::new(COLUMNS, global.fields.as_deref())?;
    let since = args.since.unwrap_or_else(default_since);
    let targets = targets(args.provider.as_deref(), args.all_profiles, global)?;
    let progress = Progress::new(targets.len());
    let mut writer = ListWriter::new(global.output, selection, std::io::stdout().lock());
    let mut failed = Vec::new();
    let single = targets.len() == 1;
    for (index, target) in targets.iter().enumerate() {
        progress.show(index, target);
        let result = target.provider.payouts_since(&target.ctx, since);
        let name = target.provider.name();
        let profile = target.profile.as_str();
        match result {
            Some(Ok(rows)) => {
                for row in rows {
                    writer.row(payout_cells(name, profile, row))?;
                }
            }
            None => writer.row(status_row(
                name,
                profile,
                "no_payouts_api",
                Some("neither its API nor affpay's journal lists payouts".to_string()),
            ))?,
            Some(Err(err)) if single => {
                progress.finish();
                return Err(err);
            }
            Some(Err(err)) => {
                let message = format!("{err:#}");
                progress.say(&format!("affpay: {name} ({profile}): {message}"));
                failed.push(format!("{name} ({profile})"));
                writer.row(status_row(name, profile, "error", Some(message)))?;
            }
        }
        writer.flush()?;
    }
    progress.finish();
    writer.finish(&[format!("payouts since {since} (UTC)")])?;
    if failed.is_empty() {
        return Ok(());
    }
    Err(fail(
        Kind::Partial,
        format!(
            "{} of {} provider payout lists could not be read: {}; their rows have status error",
            failed.len(),
            targets.len(),
            failed.join(", ")
        ),
    ))
}

fn default_since() -> NaiveDate {
    let today = Utc::now().date_naive();
    today
        .checked_sub_days(Days::new(DEFAULT_DAYS))
        .unwrap_or(today)
}

fn payout_cells(provider: &str, profile: &str, row: PayoutRow) -> Vec<Cell> {
    vec![
        Cell::text(provider),
        Cell::text(profile),
        Cell::text(row.direction.name()),
        Cell::opt_text(row.payout_id),
        Cell::opt_text(row.party_id),
        Cell::opt_text(row.party_name),
        Cell::opt_text(row.currency),
        row.amount.map_or(Cell::Null, Cell::Money),
        Cell::opt_text(row.status),
        Cell::opt_text(row.created_at),
        Cell::text(row.source),
        Cell::Null,
    ]
}

/// A row that stands for a whole provider (`error`), and why.
fn status_row(provider: &str, profile: &str, status: &str, note: Option<String>) -> Vec<Cell> {
    let mut cells = vec![Cell::text(provider), Cell::text(profile)];
    cells.extend(std::iter::repeat_n(Cell::Null, 6));
    cells.push(Cell::text(status));
    cells.extend([Cell::Null, Cell::Null]);
    cells.push(Cell::opt_text(note));
    cells
}
