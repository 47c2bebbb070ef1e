//! `affpay trackdesk actions` and `adjust`: the conversions behind the open balances, from
//! the conversion report (`POST /api/reports/conversion-report/v1`, a read whose filters and
//! pagination travel in the body), and changing a conversion's status, which changes what the
//! affiliate is owed — so `adjust` goes through the shared plan and journal like every change.

use super::args::{RangeArgs, range_query};
use super::client::{PAGE, client, total};
use super::identity::Trackdesk;
use super::shared_changes::{StatusChange, checked_ids, set_statuses, setting_batch};
use super::wire_revenue::{Conversion, ConversionReport};
use crate::context::Context;
use crate::error::usage;
use crate::money_args::MoneyArgs;
use crate::output::Cell;
use crate::paging::{Page, TakeArgs};
use crate::plan::Plan;
use crate::record::Column;
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

const ACTIONS: &[Column<Conversion>] = &[
    Column::new("conversion_id", |c| Cell::text(&c.conversion_id)),
    Column::new("created_at", |c| Cell::opt_text(c.created_at.clone())),
    Column::new("status", |c| Cell::Text(status_name(&c.conversion_status))),
    Column::new("conversion_type", |c| {
        Cell::opt_text(c.conversion_type.as_ref().map(|t| t.name.clone()))
    }),
    Column::new("affiliate_id", |c| {
        Cell::opt_text(c.source.as_ref().map(|s| s.id.clone()))
    }),
    Column::new("offer_id", |c| {
        Cell::non_empty(c.offer.as_ref().map_or("", |o| o.id.as_str()))
    }),
    Column::new("offer_name", |c| {
        Cell::non_empty(c.offer.as_ref().map_or("", |o| o.name.as_str()))
    }),
    Column::new("advertiser_id", |c| {
        Cell::opt_text(c.revenue_origin.as_ref().map(|r| r.id.clone()))
    }),
    Column::new("conversion_amount", |c| {
        Cell::Money(c.conversion_amount.value)
    }),
    Column::new("revenue", |c| Cell::Money(c.revenue.value)),
    Column::new("cost", |c| Cell::Money(c.cost.value)),
    Column::new("currency", |c| Cell::non_empty(&c.currency_code)),
    Column::new("external_id", |c| Cell::non_empty(&c.external_id)),
    Column::new("customer_id", |c| Cell::non_empty(&c.customer_id)),
    Column::new("settlement_id", |c| Cell::non_empty(&c.settlement_id)),
    Column::new("account_settlement_id", |c| {
        Cell::non_empty(&c.account_settlement_id)
    }),
    Column::new("claim_id", |c| Cell::non_empty(&c.claim_id)),
    Column::new("on_hold_until", |c| Cell::opt_text(c.on_hold_until.clone())),
    Column::new("fraud_suspected", |c| {
        Cell::Bool(c.fraud_suspicion.as_ref().is_some_and(|f| f.is_suspected))
    }),
    Column::new("qualified", |c| Cell::Bool(c.qualified)),
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
    let listing = ctx.listing(ACTIONS, take, PAGE)?;
    let client = client(ctx)?;
    listing.stream(|offset, size| {
        let mut body = json!({ "pagination": { "limit": size, "offset": offset } });
        if filters.as_object().is_some_and(|f| !f.is_empty()) {
            body["filters"] = filters.clone();
        }
        // A read that happens to be a POST: repeated like any read.
        let request = client.api.post_repeatable(REPORT, body);
        let page: ConversionReport = client.api.decode(&client.api.send(&request)?)?;
        Ok(Page {
            rows: page.rows,
            total: total(page.pagination),
        })
    })
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
