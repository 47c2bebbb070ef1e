//! `affpay smartico actions`: commissions and balance changes per affiliate, from TAP's
//! operator media report (`GET /api/af2_media_report_op`), aggregated by day, month, year or
//! over the whole range.
//!
//! The vendor documents the report for affiliates and says the operator form "is similar":
//! `aggregation_period` (DAY, MONTH, YEAR, or none for one lifetime aggregate), `group_by`,
//! and `date_from` (inclusive) / `date_to` (exclusive) as `YYYY-MM-DD`. affpay's `--until` is
//! inclusive like everywhere else, so `--until 2026-11-30` sends `date_to=2026-12-01`. What
//! is not in the captured vendor text is taken from third-party integrations and said so in
//! the README: `group_by=affiliate_id` (rows per affiliate), `affiliate_id=<id>` (one
//! affiliate; affpay also keeps only that affiliate's rows, in case the server ignores it),
//! and the answer `{"data": [rows], "meta": {"operator_currency"}}` (a bare array is read
//! too). No paging is documented: one request returns the report. A row's `balance` is the
//! change within its period, not a balance, so affpay calls it `balance_change`; a period
//! without activity has no row (the vendor leaves it out; affpay invents no zero rows).

use super::client::Client;
use super::identity::Smartico;
use crate::context::Context;
use crate::dates;
use crate::error::usage;
use crate::output::Cell;
use crate::record::{self, Column};
use anyhow::Result;
use chrono::{Days, NaiveDate};
use clap::{Args, ValueEnum};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

pub const PATH: &str = "/api/af2_media_report_op";

/// How the report aggregates: one row per affiliate and day, month or year, or one row per
/// affiliate for the whole range (`lifetime`, the vendor's default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Period {
    Day,
    Month,
    Year,
    Lifetime,
}

impl Period {
    /// The `aggregation_period` value; none for lifetime (the vendor's "empty").
    fn wire(self) -> Option<&'static str> {
        match self {
            Period::Day => Some("DAY"),
            Period::Month => Some("MONTH"),
            Period::Year => Some("YEAR"),
            Period::Lifetime => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Rows per affiliate and day, month or year, or one per affiliate (lifetime).
    #[arg(
        long,
        visible_alias = "period",
        value_enum,
        value_name = "PERIOD",
        default_value = "lifetime"
    )]
    aggregation_period: Period,
    /// First day, inclusive (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    from: Option<NaiveDate>,
    /// Last day, inclusive (YYYY-MM-DD); sent as date_to, the next day, which TAP excludes.
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    until: Option<NaiveDate>,
    /// Only this affiliate.
    #[arg(long, value_name = "ID")]
    affiliate: Option<u64>,
}

pub const ACTIONS_EXAMPLES: &str = "Examples:\n  \
    affpay smartico actions --aggregation-period day --from 2026-11-01 --until 2026-11-30\n  \
    affpay smartico actions --period month --from 2026-01-01 --until 2026-12-31 -o csv > months.csv\n  \
    affpay smartico actions --affiliate 35427 -o json      (lifetime totals of one affiliate)\n\n\
    balance_change is how much the balance changed within the period, not a balance: see\n\
    `affpay smartico balance`. A period without activity has no row.";

/// A row of the report (`actions` gives a row without its own `operator_currency` the
/// report's before it is written).
const COLUMNS: &[Column<Row>] = &[
    Column::new("dt", |r| Cell::opt_text(r.dt.clone())),
    Column::new("affiliate_id", |r| {
        let affiliate = r.affiliate();
        match affiliate.as_deref().map(str::parse::<i64>) {
            Some(Ok(id)) => Cell::Int(id),
            _ => Cell::opt_text(affiliate),
        }
    }),
    Column::new("commissions_cpa", |r| Cell::opt_money(r.commissions_cpa)),
    Column::new("commissions_rev_share", |r| {
        Cell::opt_money(r.commissions_rev_share)
    }),
    Column::new("commissions_cpl", |r| Cell::opt_money(r.commissions_cpl)),
    Column::new("commissions_total", |r| {
        Cell::opt_money(r.commissions_total)
    }),
    Column::new("balance_change", |r| Cell::opt_money(r.balance)),
    Column::new("payments", |r| Cell::opt_money(r.payments)),
    Column::new("operator_currency", |r| {
        Cell::opt_text(r.operator_currency.clone())
    }),
];

/// The answer: `{"data": [...], "meta": {...}}`, or a bare array of rows.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Answer {
    Wrapped {
        data: Vec<Row>,
        #[serde(default)]
        meta: Option<Meta>,
    },
    Bare(Vec<Row>),
}

#[derive(Debug, Default, Deserialize)]
struct Meta {
    operator_currency: Option<String>,
}

/// One row; unknown fields (visits, deposits, the other group keys) are ignored.
#[derive(Debug, Deserialize)]
struct Row {
    dt: Option<String>,
    /// A number or its digits as text.
    affiliate_id: Option<Value>,
    commissions_cpa: Option<Decimal>,
    commissions_rev_share: Option<Decimal>,
    commissions_cpl: Option<Decimal>,
    commissions_total: Option<Decimal>,
    balance: Option<Decimal>,
    payments: Option<Decimal>,
    operator_currency: Option<String>,
}

impl Row {
    fn affiliate(&self) -> Option<String> {
        match self.affiliate_id.as_ref()? {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        }
    }
}

/// The query, in the order of the vendor's example; only the parameters that say something.
pub fn query(args: &ActionsArgs) -> Result<Vec<(&'static str, String)>> {
    if let (Some(from), Some(until)) = (args.from, args.until)
        && from > until
    {
        return Err(usage(format!(
            "--from {from} is after --until {until}; nothing was sent"
        )));
    }
    let mut query = Vec::new();
    if let Some(period) = args.aggregation_period.wire() {
        query.push(("aggregation_period", period.to_string()));
    }
    query.push(("group_by", "affiliate_id".to_string()));
    if let Some(from) = args.from {
        query.push(("date_from", from.to_string()));
    }
    if let Some(until) = args.until {
        let after = until
            .checked_add_days(Days::new(1))
            .ok_or_else(|| usage("--until is too far in the future"))?;
        query.push(("date_to", after.to_string()));
    }
    if let Some(id) = args.affiliate {
        query.push(("affiliate_id", id.to_string()));
    }
    Ok(query)
}

pub fn actions(ctx: &Context, args: &ActionsArgs) -> Result<()> {
    let query = query(args)?;
    let selection = ctx.select(COLUMNS)?;
    let client = Client::new(ctx, &Smartico)?;
    let answer: Answer = client.api.get_json(PATH, &query)?;
    let (rows, meta) = match answer {
        Answer::Wrapped { data, meta } => (data, meta.unwrap_or_default()),
        Answer::Bare(rows) => (rows, Meta::default()),
    };
    let wanted = args.affiliate.map(|id| id.to_string());
    let mut left_out = 0;
    let mut writer = ctx.list_writer(selection);
    for mut row in rows {
        if wanted.is_some() && row.affiliate() != wanted {
            left_out += 1;
            continue;
        }
        row.operator_currency = row.operator_currency.or(meta.operator_currency.clone());
        writer.row(record::cells(COLUMNS, &row))?;
    }
    if left_out > 0 {
        crate::notice!(
            "affpay: smartico sent {left_out} rows of other affiliates; they are left out"
        );
    }
    writer.finish(&[
        "balance_change is the change within each period, not a balance (see `affpay smartico balance`)".to_string(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(period: Period, from: Option<&str>, until: Option<&str>) -> ActionsArgs {
        let date = |d: Option<&str>| d.map(|d| dates::parse_date(d).unwrap());
        ActionsArgs {
            aggregation_period: period,
            from: date(from),
            until: date(until),
            affiliate: None,
        }
    }

    #[test]
    fn until_is_inclusive_so_date_to_is_the_next_day() {
        let q = query(&args(Period::Day, Some("2026-11-01"), Some("2026-11-30"))).unwrap();
        assert_eq!(
            q,
            [
                ("aggregation_period", "DAY".to_string()),
                ("group_by", "affiliate_id".to_string()),
                ("date_from", "2026-11-01".to_string()),
                ("date_to", "2026-12-01".to_string()),
            ]
        );
        let year_end = query(&args(Period::Year, None, Some("2026-12-31"))).unwrap();
        assert_eq!(year_end[2], ("date_to", "2027-01-01".to_string()));
        let leap = query(&args(Period::Month, None, Some("2028-02-28"))).unwrap();
        assert_eq!(leap[2], ("date_to", "2028-02-29".to_string()));
    }

    #[test]
    fn lifetime_sends_no_period_and_a_reversed_range_is_refused() {
        let q = query(&args(Period::Lifetime, None, None)).unwrap();
        assert_eq!(q, [("group_by", "affiliate_id".to_string())]);
        assert!(query(&args(Period::Day, Some("2026-11-02"), Some("2026-11-01"))).is_err());
        assert!(query(&args(Period::Day, Some("2026-11-01"), Some("2026-11-01"))).is_ok());
    }
}
