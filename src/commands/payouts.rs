//! `affpay payouts`: the recent payouts of every configured provider in one schema — the ones
//! we made (`payable`) and the ones we received (`receivable`) — since a day (default: 30 days
//! ago).
//!
//! Like `affpay balance`, it names no provider: each contributes through
//! `Provider::payouts_since`, from its API (Travelpayouts' payments received, Affonso's
//! payouts, Trackdesk's account settlements) or, where the API lists none (Smartico, Billon),
//! from affpay's own journal, labelled `source` `journal`. A provider that fails is one line on
//! stderr and one `error` row, and the run ends with exit 8; the others are still shown.

use super::balance::{Found, Progress, Row, targets};
use crate::cli::PayoutsAcrossArgs;
use crate::context::Global;
use crate::error::{Kind, fail};
use crate::output::{Cell, ListWriter};
use crate::overview::PayoutRow;
use crate::record::{self, Column};
use anyhow::Result;
use chrono::{Days, NaiveDate, Utc};

/// The columns of one payout, each read from its [`Row`].
const COLUMNS: &[Column<Row<PayoutRow>>] = &[
    Column::new("provider", |r| Cell::text(r.provider)),
    Column::new("profile", |r| Cell::text(&r.profile)),
    Column::new("direction", |r| r.own(|p| Cell::text(p.direction.name()))),
    Column::new("payout_id", |r| {
        r.own(|p| Cell::opt_text(p.payout_id.as_deref()))
    }),
    Column::new("party_id", |r| {
        r.own(|p| Cell::opt_text(p.party_id.as_deref()))
    }),
    Column::new("party_name", |r| {
        r.own(|p| Cell::opt_text(p.party_name.as_deref()))
    }),
    Column::new("currency", |r| {
        r.own(|p| Cell::opt_text(p.currency.as_deref()))
    }),
    Column::new("amount", |r| r.own(|p| Cell::opt_money(p.amount))),
    Column::new("status", |r| {
        r.status(|p| Cell::opt_text(p.status.as_deref()))
    }),
    Column::new("created_at", |r| {
        r.own(|p| Cell::opt_text(p.created_at.as_deref()))
    }),
    Column::new("source", |r| r.own(|p| Cell::text(p.source))),
    Column::new("note", Row::note),
];

/// How far back `--since` reaches when it is not given.
const DEFAULT_DAYS: u64 = 30;

pub fn run(args: &PayoutsAcrossArgs, global: &Global) -> Result<()> {
    let selection = record::selection(COLUMNS, global.fields.as_deref())?;
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
        let rows = match result {
            Some(Ok(payouts)) => payouts
                .into_iter()
                .map(|payout| Row::new(target, Found::Own(payout)))
                .collect(),
            None => {
                let status = "no_payouts_api";
                let note = Some("neither its API nor affpay's journal lists payouts".to_string());
                vec![Row::new(target, Found::Whole { status, note })]
            }
            Some(Err(err)) if single => {
                progress.finish();
                return Err(err);
            }
            Some(Err(err)) => {
                let message = format!("{err:#}");
                progress.say(&format!("affpay: {name} ({profile}): {message}"));
                failed.push(format!("{name} ({profile})"));
                let (status, note) = ("error", Some(message));
                vec![Row::new(target, Found::Whole { status, note })]
            }
        };
        for row in &rows {
            writer.row(record::cells(COLUMNS, row))?;
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
