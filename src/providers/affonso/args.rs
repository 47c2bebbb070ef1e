//! The arguments of `affpay affonso`'s verbs, and the checked `--from`/`--until` range on a
//! commission's creation, which the commission list and the derived balance both apply: both
//! read it, so it sits below both, with the arguments it comes from.

use super::wire::Commission;
use crate::dates;
use crate::error::usage;
use crate::money_args::MoneyArgs;
use crate::paging::TakeArgs;
use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ActionsArgs {
    #[command(subcommand)]
    pub show: Option<ActionsSub>,
    /// Only commissions with this status (pending, ready_for_payment, paid, …).
    #[arg(long)]
    pub status: Option<String>,
    /// Only commissions whose sale has this status (open, complete, refunded, …).
    #[arg(long)]
    pub sales_status: Option<String>,
    /// Only this affiliate's commissions.
    #[arg(long, value_name = "ID")]
    pub affiliate: Option<String>,
    /// Only this referral's commissions.
    #[arg(long, value_name = "ID")]
    pub referral: Option<String>,
    #[command(flatten)]
    pub created: CreatedArgs,
    #[command(flatten)]
    pub take: TakeArgs,
}

/// The creation dates a list of commissions or payouts is limited to.
#[derive(Debug, Args)]
pub struct CreatedArgs {
    /// Created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    pub from: Option<NaiveDate>,
    /// Created on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum ActionsSub {
    /// One commission.
    Show {
        /// The commission id.
        id: String,
        /// Related data to include: affiliate, referral, affiliate_program (comma-separated).
        #[arg(long, value_delimiter = ',', value_parser = ["affiliate", "referral", "affiliate_program"])]
        expand: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Only this affiliate.
    #[arg(long, value_name = "ID")]
    pub affiliate: Option<String>,
    /// Only commissions created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    pub from: Option<NaiveDate>,
    /// Only commissions created on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PayoutsArgs {
    #[command(subcommand)]
    pub show: Option<PayoutsSub>,
    /// Only payouts with this status (pending, processing, completed, failed, cancelled).
    #[arg(long)]
    pub status: Option<String>,
    /// Only this affiliate's payouts.
    #[arg(long, value_name = "ID")]
    pub affiliate: Option<String>,
    #[command(flatten)]
    pub created: CreatedArgs,
    #[command(flatten)]
    pub take: TakeArgs,
}

#[derive(Debug, Subcommand)]
pub enum PayoutsSub {
    /// One payout with its transactions.
    Show {
        /// The payout id.
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct SettleArgs {
    /// Payout ids.
    #[arg(required = true, value_name = "PAYOUT_ID")]
    pub ids: Vec<String>,
    /// Mark them processing instead of completed.
    #[arg(long)]
    pub processing: bool,
    /// How they were paid (at most 50 characters).
    #[arg(long, value_name = "NAME")]
    pub method: Option<String>,
    /// The payment's reference (at most 255 characters).
    #[arg(long, value_name = "REF")]
    pub reference: Option<String>,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Payout ids.
    #[arg(required = true, value_name = "PAYOUT_ID")]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct AdjustArgs {
    /// The commission to change.
    pub id: String,
    /// New commission amount (zero or more, at most 2 decimals).
    #[arg(long, value_name = "X")]
    pub amount: Option<String>,
    /// New status.
    #[arg(long, value_parser = ["pending", "pending_manual_approval", "ready_for_payment", "paid", "declined"])]
    pub status: Option<String>,
    /// New hold period in days.
    #[arg(long, value_name = "N")]
    pub hold_days: Option<u32>,
    #[command(flatten)]
    pub money: MoneyArgs,
}

pub fn check_range(from: Option<NaiveDate>, until: Option<NaiveDate>) -> Result<()> {
    match (from, until) {
        (Some(f), Some(u)) if f > u => Err(usage(format!("--from {f} is after --until {u}"))),
        _ => Ok(()),
    }
}

/// The filters that were given, under the names the endpoint takes.
pub fn given(filters: Vec<(&'static str, Option<String>)>) -> Vec<(&'static str, String)> {
    filters
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .collect()
}

/// A `--from`/`--until` range on a commission's creation. The reference documents
/// `created_gte`/`created_lte` as ISO 8601 date-times (a bare date in `created_lte` would
/// likely drop that day), while the SDK and the vendor's CLI send `dateFrom`/`dateTo`; so the
/// documented names go out with whole-day date-times, and the rows are also checked here, so
/// the range holds whichever parameter the server honours.
#[derive(Debug, Clone, Copy)]
pub struct Created {
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
}

impl Created {
    pub fn new(from: Option<NaiveDate>, until: Option<NaiveDate>) -> Created {
        Created { from, until }
    }

    pub fn params(&self) -> Vec<(&'static str, String)> {
        given(vec![
            ("created_gte", self.from.map(|f| format!("{f}T00:00:00Z"))),
            ("created_lte", self.until.map(|u| format!("{u}T23:59:59Z"))),
        ])
    }

    fn is_set(&self) -> bool {
        self.from.is_some() || self.until.is_some()
    }

    /// Whether a commission's UTC creation day lies in the range. Without a range every row
    /// does; with one, a row without a readable `created_at` cannot be shown to, so it does not.
    pub fn holds(&self, c: &Commission) -> bool {
        if !self.is_set() {
            return true;
        }
        let Some(day) = c
            .created_at
            .as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&chrono::Utc).date_naive())
        else {
            return false;
        };
        self.from.is_none_or(|f| day >= f) && self.until.is_none_or(|u| day <= u)
    }

    /// Keeps the rows in range and counts the ones left out.
    pub fn keep(&self, rows: Vec<Commission>, left_out: &mut u64) -> Vec<Commission> {
        let before = rows.len();
        let kept: Vec<Commission> = rows.into_iter().filter(|c| self.holds(c)).collect();
        *left_out += (before - kept.len()) as u64;
        kept
    }
}

/// Says on stderr how many rows the server sent outside the range (it ignored the filter).
pub fn report_left_out(left_out: u64) {
    if left_out > 0 {
        crate::notice!(
            "affpay: left out {left_out} commission(s) the server returned outside --from/--until"
        );
    }
}
