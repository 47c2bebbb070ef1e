//! The arguments of `affpay trackdesk`'s own verbs (balance, settle, payouts, cancel; billing
//! details and payment methods have theirs in `details_args`), and the checked forms that the
//! reads and the changes share: the open-balance filter and the time range. Both sides read them, so they sit below both;
//! conversions, advertisers and Tipalti keep their arguments next to their commands.

use super::client::rfc3339;
use super::methods;
use super::wire::manual_status;
use crate::dates::{self, DayEdge};
use crate::error::usage;
use crate::money;
use crate::money_args::MoneyArgs;
use crate::paging::TakeArgs;
use anyhow::Result;
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// Help of the commands that set a state (see `shared_changes::setting_batch`).
macro_rules! sets_a_state {
    () => {
        "Setting a state again is harmless, so each run is its own batch (not today's date) \
         unless --batch names one: the same change made twice is sent twice.\n\n"
    };
}
// A path to the macro, so the verbs in `commands` can share this help too.
pub(super) use sets_a_state;

/// The open-balance filter that `balance` and `settle` share.
#[derive(Debug, Clone, Args)]
pub struct FilterArgs {
    /// Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or
    /// an RFC 3339 datetime).
    #[arg(long, value_name = "DATETIME", value_parser = until_instant)]
    pub until: Option<DateTime<Utc>>,
    /// Only accounts whose open balance is at least X.
    #[arg(long, value_name = "X")]
    pub min_amount: Option<String>,
    /// Only accounts whose default payment method has this type (repeatable): paypal, sepa,
    /// bank-transfer, wise, … (see `payment-methods types`).
    #[arg(long = "payment-method", value_name = "TYPE", value_parser = methods::parse_type)]
    pub payment_methods: Vec<&'static str>,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BalanceArgs {
    #[command(subcommand)]
    pub show: Option<BalanceSub>,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub take: TakeArgs,
}

#[derive(Debug, Subcommand)]
pub enum BalanceSub {
    /// One account's balances: open, on hold, settled, and their parts.
    Show {
        /// The affiliate account.
        account_id: String,
        /// Balances up to this moment (default: now).
        #[arg(long, value_name = "DATETIME", value_parser = until_instant)]
        until: Option<DateTime<Utc>>,
    },
}

#[derive(Debug, Args)]
pub struct SettleArgs {
    /// Settle only these accounts (repeatable; default: every account the filter selects).
    #[arg(long = "account", value_name = "ID")]
    pub accounts: Vec<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// A note stored with the settlement.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PayoutsArgs {
    #[command(subcommand)]
    pub sub: Option<PayoutsSub>,
    #[command(flatten)]
    pub range: RangeArgs,
    /// Only this affiliate account's settlements.
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
    #[command(flatten)]
    pub take: TakeArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RangeArgs {
    /// Created at or after this moment (YYYY-MM-DD is the start of that day, UTC).
    #[arg(long, value_name = "DATETIME", value_parser = from_instant)]
    from: Option<DateTime<Utc>>,
    /// Created at or before this moment (YYYY-MM-DD is the end of that day, UTC).
    #[arg(long, value_name = "DATETIME", value_parser = until_instant)]
    to: Option<DateTime<Utc>>,
}

#[derive(Debug, Subcommand)]
pub enum PayoutsSub {
    /// Settlements, with how many of their account settlements are in each status.
    Settlements {
        #[command(flatten)]
        range: RangeArgs,
        #[command(flatten)]
        take: TakeArgs,
    },
    /// One settlement with its account settlements.
    Show {
        /// The settlement.
        settlement_id: String,
    },
    /// Set the status of account settlements, one request each (`error` is Trackdesk's to
    /// set; Tipalti-managed rows follow Tipalti and refuse manual changes).
    #[command(after_help = concat!("Money: PUT /api/node/billing/v1/account-settlements/{id}/status \
        records what happened (paid: you paid it elsewhere); no money moves.\n\n", sets_a_state!(), "Example:\n  affpay trackdesk payouts mark AS_ID1 AS_ID2 --status paid --yes"))]
    Mark(MarkArgs),
}

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// Account settlement ids.
    #[arg(required = true, value_name = "ACCOUNT_SETTLEMENT_ID")]
    pub ids: Vec<String>,
    /// The new status: new, in-progress or paid.
    #[arg(long, value_parser = manual_status)]
    pub status: &'static str,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["ids", "settlement"])))]
pub struct CancelArgs {
    /// Account settlement ids to delete.
    #[arg(value_name = "ACCOUNT_SETTLEMENT_ID")]
    pub ids: Vec<String>,
    /// Delete this whole settlement with all its account settlements.
    #[arg(long, value_name = "ID", conflicts_with = "ids")]
    pub settlement: Option<String>,
    /// Allow deleting a settlement some of whose account settlements are paid or in progress
    /// (their amounts become open again, and a later settle would pay them twice).
    #[arg(long, requires = "settlement")]
    pub allow_paid: bool,
    #[command(flatten)]
    pub money: MoneyArgs,
}

pub fn from_instant(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::Start)
}

pub fn until_instant(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::End)
}

/// A checked open-balance filter, as query parameters and as the settle body's `filter`.
pub struct Filter {
    pub until: Option<String>,
    pub min_amount: Option<Decimal>,
    pub payment_methods: Vec<&'static str>,
}

impl Filter {
    pub fn new(args: &FilterArgs, until: Option<DateTime<Utc>>) -> Result<Filter> {
        let min_amount = args
            .min_amount
            .as_deref()
            .map(|text| {
                money::parse_amount(text)
                    .and_then(|a| {
                        if a < Decimal::ZERO {
                            Err(format!("'{text}' must not be negative"))
                        } else {
                            Ok(a)
                        }
                    })
                    .map_err(|e| usage(format!("--min-amount {e}")))
            })
            .transpose()?;
        Ok(Filter {
            until: until.map(rfc3339),
            min_amount,
            payment_methods: args.payment_methods.clone(),
        })
    }

    pub fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        if let Some(until) = &self.until {
            query.push(("filter.until", until.clone()));
        }
        if let Some(min) = self.min_amount {
            query.push(("filter.minAmount.value", min.to_string()));
        }
        for kind in &self.payment_methods {
            query.push(("filter.defaultPaymentMethodTypes", kind.to_string()));
        }
        query
    }

    pub fn body(&self) -> Value {
        let mut body = json!({});
        if let Some(until) = &self.until {
            body["until"] = json!(until);
        }
        if let Some(min) = self.min_amount {
            body["minAmount"] = json!({ "value": min.to_string() });
        }
        if !self.payment_methods.is_empty() {
            body["defaultPaymentMethodTypes"] = json!(self.payment_methods);
        }
        body
    }
}

pub fn range_query(range: &RangeArgs) -> Result<Vec<(&'static str, String)>> {
    if let (Some(from), Some(to)) = (range.from, range.to)
        && from > to
    {
        return Err(usage(format!(
            "--from {} is after --to {}",
            rfc3339(from),
            rfc3339(to)
        )));
    }
    let mut query = Vec::new();
    if let Some(from) = range.from {
        query.push(("timeRange.from", rfc3339(from)));
    }
    if let Some(to) = range.to {
        query.push(("timeRange.to", rfc3339(to)));
    }
    Ok(query)
}
