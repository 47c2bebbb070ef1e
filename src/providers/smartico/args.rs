//! The arguments of `affpay smartico`'s balance, settle and adjust, and the parsers of their
//! dates. The reads and the changes both take them, so they sit below both (`actions` keeps
//! its own in `reports`).

use crate::dates::{self, DayEdge};
use crate::money_args::MoneyArgs;
use crate::paging::TakeArgs;
use chrono::{DateTime, Utc};
use clap::{ArgGroup, Args};
use std::path::PathBuf;

const DEFAULT_ADJUSTMENT_TYPE: i64 = 5;

#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Only affiliates whose balance is above their payment threshold.
    #[arg(long)]
    pub above_threshold: bool,
    /// Only balances due up to this date or datetime (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATETIME", value_parser = parse_due_until)]
    pub due_until: Option<String>,
    /// Only this affiliate.
    #[arg(long, value_name = "ID")]
    pub affiliate: Option<u64>,
    #[command(flatten)]
    pub take: TakeArgs,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").required(true).args(["affiliate", "above_threshold", "from_csv"])))]
pub struct SettleArgs {
    /// Pay this affiliate (with --amount).
    #[arg(long, value_name = "ID", requires = "amount")]
    pub affiliate: Option<u64>,
    /// Amount in the operator currency, at most 2 decimals.
    #[arg(
        long,
        value_name = "AMOUNT",
        allow_hyphen_values = true,
        requires = "affiliate"
    )]
    pub amount: Option<String>,
    /// Start of the period paid for (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", requires = "period_to", value_parser = parse_start)]
    pub period_from: Option<DateTime<Utc>>,
    /// End of the period paid for; a date means the end of that day (UTC).
    #[arg(long, value_name = "DATE", requires = "period_from", value_parser = parse_period_end)]
    pub period_to: Option<DateTime<Utc>>,
    /// Pay every affiliate above threshold its balance, rounded down to cents.
    #[arg(long)]
    pub above_threshold: bool,
    /// With --above-threshold: only balances due up to this date or datetime.
    #[arg(long, value_name = "DATETIME", value_parser = parse_due_until, requires = "above_threshold")]
    pub due_until: Option<String>,
    /// With --above-threshold: skip balances below this amount.
    #[arg(long, value_name = "X", requires = "above_threshold")]
    pub min_amount: Option<String>,
    /// Pay the rows of this CSV (affiliate_id,amount[,comment,details]); - for stdin.
    #[arg(long, value_name = "FILE")]
    pub from_csv: Option<PathBuf>,
    /// Email the affiliate that the payment was made.
    #[arg(long)]
    pub notify: bool,
    /// Internal comment, not shown to the affiliate.
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
    /// Payment details shown to the affiliate.
    #[arg(long, value_name = "TEXT")]
    pub details: Option<String>,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct AdjustArgs {
    /// The affiliate whose balance changes.
    #[arg(long, value_name = "ID")]
    pub affiliate: u64,
    /// Amount in the operator currency: positive or negative, not zero, at most 2 decimals.
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub amount: String,
    /// Adjustment type id (the vendor says to always use 5).
    #[arg(long = "type", value_name = "ID", default_value_t = DEFAULT_ADJUSTMENT_TYPE)]
    pub adjustment_type: i64,
    #[command(flatten)]
    pub money: MoneyArgs,
}

fn parse_start(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::Start)
}

/// A date alone means the end of that day, so `--period-to 2026-10-31` covers all of it.
fn parse_period_end(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::End)
}

/// The filter's `to`: ISO-8601 in UTC, as the vendor's example writes it.
pub fn parse_due_until(text: &str) -> Result<String, String> {
    parse_period_end(text).map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_until_is_the_end_of_the_day_in_the_vendors_form() {
        assert_eq!(
            parse_due_until("2025-04-30").unwrap(),
            "2025-04-30T23:59:59Z"
        );
    }
}
