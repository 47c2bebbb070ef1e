//! The arguments of `affpay travelpayouts`'s verbs, with the checks clap runs on their
//! values (an action id, a payout's uuid) before anything is read.

use super::identity::Currency;
use crate::dates;
use crate::paging::TakeArgs;
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum State {
    Paid,
    Processing,
    Cancelled,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ActionsArgs {
    #[command(subcommand)]
    pub show: Option<ActionsSub>,
    /// Currency of the amounts (default: travelpayouts.currency, else usd).
    #[arg(long, value_enum)]
    pub currency: Option<Currency>,
    /// Only actions in this state.
    #[arg(long, value_enum)]
    pub state: Option<State>,
    /// Only actions of this affiliate program (campaign id).
    #[arg(long, value_name = "ID")]
    pub campaign: Option<u64>,
    /// Only this action id, like 100:012345678.
    #[arg(long, value_name = "ID", value_parser = parse_action_id)]
    pub action: Option<String>,
    /// Actions created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    pub from: Option<NaiveDate>,
    /// Actions created on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    pub until: Option<NaiveDate>,
    #[command(flatten)]
    pub take: TakeArgs,
}

#[derive(Debug, Subcommand)]
pub enum ActionsSub {
    /// One action with its history and metadata.
    Show {
        /// The action id, like 100:14195346240 (see `travelpayouts actions`).
        #[arg(value_parser = parse_action_id)]
        action_id: String,
        /// Currency of the amounts.
        #[arg(long, value_enum)]
        currency: Option<Currency>,
    },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PayoutsArgs {
    #[command(subcommand)]
    pub sub: Option<PayoutsSub>,
}

#[derive(Debug, Subcommand)]
pub enum PayoutsSub {
    /// The amount of the next payout, per currency.
    Next,
    /// The actions a payout paid.
    Actions {
        /// The payout's uuid (see `travelpayouts payouts`).
        #[arg(value_name = "PAYMENT_UUID", value_parser = parse_uuid)]
        payment_uuid: String,
        #[command(flatten)]
        take: TakeArgs,
    },
}

fn parse_action_id(text: &str) -> Result<String, String> {
    let ok = !text.is_empty() && text.len() <= 64 && text.chars().all(|c| c.is_ascii_graphic());
    ok.then(|| text.to_string())
        .ok_or_else(|| "not an action id (like 100:012345678)".to_string())
}

fn parse_uuid(text: &str) -> Result<String, String> {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths_ok = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]);
    let hex_ok = groups
        .iter()
        .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()));
    (lengths_ok && hex_ok)
        .then(|| text.to_ascii_lowercase())
        .ok_or_else(|| "not a UUID like 4af0c247-df4c-4873-a6b6-7bbf91afa3b9".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_must_have_the_canonical_shape() {
        assert!(parse_uuid("4af0c247-df4c-4873-a6b6-7bbf91afa3b9").is_ok());
        for bad in [
            "4af0c247df4c4873a6b67bbf91afa3b9",
            "4af0c247-df4c-4873-a6b6-7bbf91afa3bz",
            "",
        ] {
            assert!(parse_uuid(bad).is_err(), "{bad}");
        }
    }
}
