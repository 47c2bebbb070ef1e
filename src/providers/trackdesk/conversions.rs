//! `affpay trackdesk actions` and `adjust`: the conversions behind the open balances, from
//! the conversion report (`POST /api/reports/conversion-report/v1`, a read whose filters and
//! pagination travel in the body), and changing a conversion's status, which changes what the
//! affiliate is owed — so `adjust` goes through the shared plan and journal like every change.

use super::args::{RangeArgs, range_query};
use super::changes::{StatusChange, checked_ids, set_statuses, setting_batch};
use super::client::client;
use super::identity::Trackdesk;
use super::wire::{Conversion, ConversionReport};
use crate::context::Context;
use crate::error::usage;
use crate::money_args::MoneyArgs;
use crate::output::Cell;
use crate::paging::TakeArgs;
use crate::paging::{self, Page};
use crate::plan::Plan;
use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};

pub const REPORT: &str = "/api/reports/conversion-report/v1";
pub const CONVERSIONS: &str = "/api/node/conversions/v1";

/// Friendly names and the wire enum `conversions.v1.ConversionStatus` (without UNSPECIFIED).
pub const STATUSES: &[(&str, &str)] = &[
    ("approved", "CONVERSION_STATUS_APPROVED"),
    ("fraud", "CONVERSION_STATUS_FRAUD"),
    ("not-allowed", "CONVERSION_STATUS_NOT_ALLOWED"),
    ("blocked", "CONVERSION_STATUS_BLOCKED"),
    ("on-hold", "CONVERSION_STATUS_ON_HOLD"),
    ("pending", "CONVERSION_STATUS_PENDING"),
    ("refunded", "CONVERSION_STATUS_REFUNDED"),
    ("rejected", "CONVERSION_STATUS_REJECTED"),
    ("test", "CONVERSION_STATUS_TEST"),
    ("quality-control", "CONVERSION_STATUS_QUALITY_CONTROL"),
];

fn parse_status(text: &str) -> Result<&'static str, String> {
    let name = text.to_ascii_lowercase().replace('_', "-");
    STATUSES
        .iter()
        .find(|(friendly, _)| *friendly == name)
        .map(|(_, wire)| *wire)
        .ok_or_else(|| {
            let names: Vec<&str> = STATUSES.iter().map(|(f, _)| *f).collect();
            format!(
                "'{text}' is not a conversion status; use {}",
                names.join(", ")
            )
        })
}

/// `CONVERSION_STATUS_ON_HOLD` → `on-hold`; unknown values pass through.
pub fn status_name(wire: &str) -> String {
    match STATUSES.iter().find(|(_, w)| *w == wire) {
        Some((friendly, _)) => friendly.to_string(),
        None if wire.is_empty() => "unspecified".to_string(),
        None => wire.to_string(),
    }
}

#[derive(Debug, Args)]
pub struct ActionsArgs {
    #[command(flatten)]
    range: RangeArgs,
    /// Only conversions in this status (repeatable): approved, pending, on-hold, rejected, …
    #[arg(long = "status", value_name = "STATUS", value_parser = parse_status)]
    statuses: Vec<&'static str>,
    /// Only this affiliate's conversions (repeatable; the affiliate account id).
    #[arg(long = "affiliate", value_name = "ID")]
    affiliates: Vec<String>,
    /// Only these conversions (repeatable).
    #[arg(long = "conversion", value_name = "ID")]
    conversions: Vec<String>,
    /// Only this offer's conversions (repeatable).
    #[arg(long = "offer", value_name = "ID")]
    offers: Vec<String>,
    /// Only this advertiser's conversions (repeatable).
    #[arg(long = "advertiser", value_name = "ID")]
    advertisers: Vec<String>,
    /// Only the conversions of this settlement (repeatable).
    #[arg(long = "settlement", value_name = "ID")]
    settlements: Vec<String>,
    /// Only conversions in this currency (repeatable, ISO 4217).
    #[arg(long = "currency", value_name = "CUR")]
    currencies: Vec<String>,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Args)]
pub struct AdjustArgs {
    /// Conversion ids.
    #[arg(required = true, value_name = "CONVERSION_ID")]
    pub ids: Vec<String>,
    /// The new status: approved, pending, on-hold, rejected, refunded, fraud, …
    #[arg(long, value_parser = parse_status)]
    pub status: &'static str,
    #[command(flatten)]
    pub money: MoneyArgs,
}

const ACTION_COLUMNS: &[&str] = &[
    "conversion_id",
    "created_at",
    "status",
    "conversion_type",
    "affiliate_id",
    "offer_id",
    "offer_name",
    "advertiser_id",
    "conversion_amount",
    "revenue",
    "cost",
    "currency",
    "external_id",
    "customer_id",
    "settlement_id",
    "account_settlement_id",
    "claim_id",
    "on_hold_until",
    "fraud_suspected",
    "qualified",
];

/// The report's `filters`: only what was given.
fn filters(args: &ActionsArgs) -> Result<Value> {
    let mut filters = json!({});
    let range = range_query(&args.range)?;
    if !range.is_empty() {
        let mut time_range = json!({});
        for (name, value) in range {
            time_range[name.trim_start_matches("timeRange.")] = json!(value);
        }
        filters["timeRange"] = time_range;
    }
    let currencies = args
        .currencies
        .iter()
        .map(|c| {
            if c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()) {
                Ok(c.to_ascii_uppercase())
            } else {
                Err(usage(format!(
                    "--currency '{c}' is not a code of 3 letters"
                )))
            }
        })
        .collect::<Result<Vec<_>>>()?;
    let lists: [(&str, Vec<String>); 7] = [
        ("conversionIds", args.conversions.clone()),
        ("sourceIds", args.affiliates.clone()),
        ("offerIds", args.offers.clone()),
        (
            "conversionStatuses",
            args.statuses.iter().map(|s| s.to_string()).collect(),
        ),
        ("currencyCodes", currencies),
        ("revenueOriginIds", args.advertisers.clone()),
        ("settlementIds", args.settlements.clone()),
    ];
    for (name, values) in lists {
        if !values.is_empty() {
            filters[name] = json!(values);
        }
    }
    Ok(filters)
}

pub fn actions(ctx: &Context, args: &ActionsArgs) -> Result<()> {
    let take = args.take.take()?;
    let filters = filters(args)?;
    let selection = ctx.selection(ACTION_COLUMNS)?;
    let client = client(ctx)?;
    let mut writer = ctx.list_writer(selection);
    let walked = paging::walk(
        take,
        super::client::PAGE,
        |offset, size| {
            let mut body = json!({ "pagination": { "limit": size, "offset": offset } });
            if filters.as_object().is_some_and(|f| !f.is_empty()) {
                body["filters"] = filters.clone();
            }
            // A read that happens to be a POST: repeated like any read.
            let request = client.api.post_repeatable(REPORT, body);
            let page: ConversionReport = client.api.decode(&client.api.send(&request)?)?;
            let total = page
                .pagination
                .filter(|p| p.total_count > 0)
                .map(|p| p.total_count as u64);
            Ok(Page {
                rows: page.rows,
                total,
            })
        },
        |rows| {
            for row in rows {
                writer.row(action_cells(row))?;
            }
            writer.flush()
        },
    )?;
    writer.finish(&paging::more_hint(&walked).into_iter().collect::<Vec<_>>())
}

fn action_cells(c: Conversion) -> Vec<Cell> {
    let offer = c.offer.unwrap_or_default();
    let non_empty = |text: String| Cell::opt_text(Some(text).filter(|t| !t.is_empty()));
    vec![
        Cell::Text(c.conversion_id),
        Cell::opt_text(c.created_at),
        Cell::Text(status_name(&c.conversion_status)),
        Cell::opt_text(c.conversion_type.map(|t| t.name)),
        Cell::opt_text(c.source.map(|s| s.id)),
        non_empty(offer.id),
        non_empty(offer.name),
        Cell::opt_text(c.revenue_origin.map(|r| r.id)),
        Cell::Money(c.conversion_amount.value),
        Cell::Money(c.revenue.value),
        Cell::Money(c.cost.value),
        non_empty(c.currency_code),
        non_empty(c.external_id),
        non_empty(c.customer_id),
        non_empty(c.settlement_id),
        non_empty(c.account_settlement_id),
        non_empty(c.claim_id),
        Cell::opt_text(c.on_hold_until),
        Cell::Bool(c.fraud_suspicion.is_some_and(|f| f.is_suspected)),
        Cell::Bool(c.qualified),
    ]
}

/// One `PUT …/conversions/v1/{id}/status` per id; each run is its own batch (setting a
/// status again is harmless, and approved → rejected → approved must end approved).
pub fn adjust(ctx: &Context, args: &AdjustArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let ids = checked_ids(&args.ids, &args.money)?;
    let client = client(ctx)?;
    let change = StatusChange {
        collection: CONVERSIONS.to_string(),
        status: args.status,
        name: status_name(args.status),
    };
    let mut plan = Plan::new(ctx, &Trackdesk, "adjust", setting_batch(&args.money));
    plan.notice = Some(format!(
        "sets {} conversion(s) {}: what their affiliates are owed changes with it",
        ids.len(),
        change.name
    ));
    set_statuses(ctx, &client, plan, ids, &change, &args.money, &safety)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_friendly_and_unspecified_cannot_be_set() {
        assert_eq!(
            parse_status("on_hold").unwrap(),
            "CONVERSION_STATUS_ON_HOLD"
        );
        assert_eq!(
            parse_status("Approved").unwrap(),
            "CONVERSION_STATUS_APPROVED"
        );
        assert!(parse_status("unspecified").is_err());
        assert_eq!(
            status_name("CONVERSION_STATUS_QUALITY_CONTROL"),
            "quality-control"
        );
        assert_eq!(
            status_name("CONVERSION_STATUS_NEW_ONE"),
            "CONVERSION_STATUS_NEW_ONE"
        );
    }
}
