//! The arguments of `affpay trackdesk billing-details` and `payment-methods`: the account's
//! details and one flag per field of every payment method type. Apart from `args` because
//! only `details` reads them, and the method fields alone are a long list.

use super::args::sets_a_state;
use super::methods;
use crate::money_args::MoneyArgs;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum BillingDetailsVerb {
    /// Create or replace an affiliate account's billing details.
    #[command(
        after_help = concat!("Money: POST /api/node/billing-details/v1 sets who is invoiced and \
        paid; no money moves, but settle skips accounts without billing details.\n\n", sets_a_state!(), "Example:\n  affpay trackdesk billing-details set --account ID --name 'Jane Doe s.r.o.' \\\n    \
        --country CZ --address-line1 'Main 1' --city Prague --postal-code 11000 --vat CZ12345678")
    )]
    Set(BillingDetailsArgs),
}

#[derive(Debug, Args)]
pub struct BillingDetailsArgs {
    /// The affiliate account.
    #[arg(long, value_name = "ID")]
    pub account: String,
    /// Company or person name.
    #[arg(long)]
    pub name: String,
    /// Country, ISO 3166 alpha-2 (CZ, US, …).
    #[arg(long, value_name = "CC")]
    pub country: String,
    #[arg(long, value_name = "TEXT")]
    pub address_line1: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub address_line2: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub postal_code: Option<String>,
    /// Subdivision, ISO 3166-2 (the part after the country: CA for US-CA).
    #[arg(long, value_name = "CODE")]
    pub subdivision: Option<String>,
    /// Tax or VAT id.
    #[arg(long, value_name = "ID")]
    pub vat: Option<String>,
    #[arg(long, value_name = "EMAIL")]
    pub invoicing_email: Option<String>,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Subcommand)]
pub enum PaymentMethodsVerb {
    /// Add a payment method to an affiliate account.
    #[command(
        after_help = "Money: POST /api/node/payment-methods/v1 adds where the affiliate's \
        payouts go; no money moves.\n\n\
        Each type takes its own fields; `payment-methods types` lists them.\n\n\
        Examples:\n  affpay trackdesk payment-methods add --account ID --type paypal --currency EUR --email jane@example.com\n  \
        affpay trackdesk payment-methods add --account ID --type sepa --currency EUR --iban CZ65… --beneficiary-name 'Jane Doe'"
    )]
    Add(Box<AddMethodArgs>),
    /// Change a payment method's details or currency.
    #[command(
        after_help = concat!("Money: PATCH /api/node/payment-methods/v1/{id} changes where the \
        affiliate's payouts go; no money moves.\n\n", sets_a_state!(), "Example:\n  affpay trackdesk payment-methods update PM_ID --type sepa --iban CZ65… --beneficiary-name 'Jane Doe'")
    )]
    Update(Box<UpdateMethodArgs>),
    /// The payment method types the program supports, their currencies and fields.
    Types,
}

#[derive(Debug, Args)]
pub struct AddMethodArgs {
    /// The affiliate account.
    #[arg(long, value_name = "ID")]
    pub account: String,
    /// paypal, sepa, bank-transfer, wise, payoneer, … (see `payment-methods types`).
    #[arg(long = "type", value_name = "TYPE", value_parser = methods::parse_type)]
    pub kind: &'static str,
    /// Currency paid out with this method (ISO 4217).
    #[arg(long, value_name = "CUR")]
    pub currency: String,
    #[command(flatten)]
    pub fields: MethodFields,
    #[command(flatten)]
    pub money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct UpdateMethodArgs {
    /// The payment method.
    pub id: String,
    /// The method's type (its details are replaced with the fields given).
    #[arg(long = "type", value_name = "TYPE", value_parser = methods::parse_type)]
    pub kind: &'static str,
    /// A new currency (ISO 4217).
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    #[command(flatten)]
    pub fields: MethodFields,
    #[command(flatten)]
    pub money: MoneyArgs,
}

/// Every field some payment method type takes; which ones apply depends on `--type`.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Payment method fields (which apply depends on --type)")]
pub struct MethodFields {
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub iban: Option<String>,
    #[arg(long)]
    pub bic: Option<String>,
    #[arg(long)]
    pub beneficiary_name: Option<String>,
    #[arg(long)]
    pub bank_account_number: Option<String>,
    #[arg(long)]
    pub bank_name: Option<String>,
    #[arg(long)]
    pub bank_address: Option<String>,
    #[arg(long)]
    pub swift: Option<String>,
    #[arg(long)]
    pub aba: Option<String>,
    #[arg(long)]
    pub account_number: Option<String>,
    #[arg(long)]
    pub account_holder: Option<String>,
    #[arg(long)]
    pub routing_number: Option<String>,
    #[arg(long)]
    pub revolut_tag: Option<String>,
    #[arg(long)]
    pub phone_number: Option<String>,
    #[arg(long)]
    pub wallet_address: Option<String>,
    #[arg(long)]
    pub first_name: Option<String>,
    #[arg(long)]
    pub last_name: Option<String>,
    /// A gift card, credit store or custom method's identification.
    #[arg(long)]
    pub identification: Option<String>,
    /// A custom method's name.
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub payee_id: Option<String>,
    /// An internal note.
    #[arg(long)]
    pub note: Option<String>,
}

impl MethodFields {
    /// The fields given, by flag name.
    pub fn given(&self) -> Vec<(&'static str, &str)> {
        let all = [
            ("email", &self.email),
            ("iban", &self.iban),
            ("bic", &self.bic),
            ("beneficiary-name", &self.beneficiary_name),
            ("bank-account-number", &self.bank_account_number),
            ("bank-name", &self.bank_name),
            ("bank-address", &self.bank_address),
            ("swift", &self.swift),
            ("aba", &self.aba),
            ("account-number", &self.account_number),
            ("account-holder", &self.account_holder),
            ("routing-number", &self.routing_number),
            ("revolut-tag", &self.revolut_tag),
            ("phone-number", &self.phone_number),
            ("wallet-address", &self.wallet_address),
            ("first-name", &self.first_name),
            ("last-name", &self.last_name),
            ("identification", &self.identification),
            ("name", &self.name),
            ("payee-id", &self.payee_id),
            ("note", &self.note),
        ];
        all.into_iter()
            .filter_map(|(flag, value)| Some((flag, value.as_deref()?)))
            .collect()
    }
}
