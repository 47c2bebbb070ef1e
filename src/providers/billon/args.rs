//! The arguments of `affpay billon`'s verbs. A payout's fields are one struct whether the
//! options or a CSV row give them, so `settle` flattens the struct its CSV rows fill.

use crate::money_args::MoneyArgs;
use clap::{ArgGroup, Args};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("recipient").args(["user", "phone", "reference"])))]
pub struct SettleArgs {
    /// Pay the rows of this CSV; - for stdin.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["amount", "currency", "project", "description", "recipient"])]
    pub from_csv: Option<PathBuf>,
    #[command(flatten)]
    pub fields: Fields,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Payout ids.
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<u64>,
    #[command(flatten)]
    pub money: MoneyArgs,
}

/// The fields of one payout as text, from the options or a CSV row (`payout` validates them).
#[derive(Debug, Clone, Default, Args)]
pub struct Fields {
    /// Amount to pay out, at most 2 decimals.
    #[arg(long, value_name = "X", required_unless_present = "from_csv")]
    pub amount: Option<String>,
    /// Currency code, like PLN or GBP.
    #[arg(long, value_name = "CUR", required_unless_present = "from_csv")]
    pub currency: Option<String>,
    /// Project name (created by the panel if it does not exist).
    #[arg(long, value_name = "NAME", required_unless_present = "from_csv")]
    pub project: Option<String>,
    /// Payout description.
    #[arg(long, value_name = "TEXT", required_unless_present = "from_csv")]
    pub description: Option<String>,
    /// Recipient user name.
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Recipient phone number.
    #[arg(long, value_name = "NUMBER")]
    pub phone: Option<String>,
    /// Recipient reference id.
    #[arg(long = "reference", value_name = "ID")]
    pub reference: Option<String>,
    /// Recipient first name.
    #[arg(long, value_name = "NAME")]
    pub first_name: Option<String>,
    /// Recipient last name.
    #[arg(long, value_name = "NAME")]
    pub last_name: Option<String>,
    /// Recipient email.
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Start of validity (YYYY-MM-DD or RFC 3339; default now).
    #[arg(long, value_name = "DATETIME")]
    pub valid_from: Option<String>,
    /// End of validity (YYYY-MM-DD meaning the end of that day, or RFC 3339; default 30 days after the start).
    #[arg(long, value_name = "DATETIME")]
    pub valid_until: Option<String>,
    /// Notify the recipient.
    #[arg(long)]
    pub notify: bool,
}
