//! `affpay trackdesk …`: the command line, and the commands that only read (balances,
//! account settlements, settlements, payment method types). The commands that change
//! something live in `changes`.

use super::Trackdesk;
use super::changes;
use super::client::{BILLING, Client, PAGE, SUPPORTED_TYPES};
use super::methods::{self, TYPES};
use super::wire::*;
use super::{advertisers, conversions, tipalti};
use crate::cli::{MoneyArgs, TakeArgs};
use crate::context::Context;
use crate::dates::{self, DayEdge};
use crate::error::usage;
use crate::money;
use crate::output::{Cell, Format, Nested};
use crate::paging::{self, Page, Take};
use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use clap::{Args, Subcommand};
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Help of the commands that set a state (see `changes::setting_batch`).
macro_rules! sets_a_state {
    () => {
        "Setting a state again is harmless, so each run is its own batch (not today's date) \
         unless --batch names one: the same change made twice is sent twice.\n\n"
    };
}

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Open balances per affiliate account; `balance show ACCOUNT_ID` for one account.
    #[command(
        visible_alias = "open-balances",
        after_help = "Examples:\n  affpay trackdesk balance --until 2026-10-31 --min-amount 50\n  \
        affpay trackdesk balance --payment-method paypal --all -o csv > open.csv\n  \
        affpay trackdesk balance show 6f1c2e9a-…"
    )]
    Balance(BalanceArgs),
    /// Settle open balances: one settlement with an account settlement per affiliate.
    #[command(
        after_help = "Money: POST /api/node/billing/v1/settle-balances creates a settlement \
        of the open balances, one account settlement per affiliate, to pay elsewhere (or with \
        `tipalti pay`); no money is transferred.\n\n\
        The plan comes from the open balances the same filter selects; accounts \
        without billing details are listed as skipped (Trackdesk skips them). Without --until the \
        settlement covers everything up to the moment the balances were read.\n\n\
        Examples:\n  affpay trackdesk settle --until 2026-10-31 --min-amount 50 --dry-run\n  \
        affpay trackdesk settle --account ID1 --account ID2 --note 'October' --yes"
    )]
    Settle(SettleArgs),
    /// Account settlements (with status); `payouts settlements`, `payouts show ID`,
    /// `payouts mark ID… --status paid`.
    #[command(
        visible_aliases = ["settlements", "account-settlements"],
        after_help = "Examples:\n  affpay trackdesk payouts --from 2026-10-01 --all -o csv\n  \
        affpay trackdesk payouts settlements\n  affpay trackdesk payouts show SETTLEMENT_ID\n  \
        affpay trackdesk payouts mark AS_ID1 AS_ID2 --status paid --yes"
    )]
    Payouts(PayoutsArgs),
    /// Delete account settlements, or a whole settlement with --settlement; their amounts
    /// become open balances again.
    #[command(
        after_help = "Money: DELETE /api/node/billing/v1/account-settlements/{id} (or \
        …/settlements/{id} with --settlement) deletes them; their amounts become open balances \
        again, and a later settle includes them again.\n\n\
        Examples:\n  affpay trackdesk cancel AS_ID1 AS_ID2\n  \
        affpay trackdesk cancel --settlement SETTLEMENT_ID --dry-run"
    )]
    Cancel(CancelArgs),
    /// Set an affiliate's billing details (settlement skips accounts without them).
    #[command(subcommand)]
    BillingDetails(BillingDetailsVerb),
    /// Add or update an affiliate's payment methods; list the supported types.
    #[command(subcommand)]
    PaymentMethods(PaymentMethodsVerb),
    /// Pay a settlement's Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`.
    #[command(
        subcommand,
        after_help = "Money: `pay` has Tipalti pay the settlement's payable rows from the \
        program's Tipalti funds; `payable` and `status` move nothing.\n\n\
        Examples:\n  affpay trackdesk tipalti payable SETTLEMENT_ID\n  \
        affpay trackdesk tipalti pay SETTLEMENT_ID --dry-run\n  \
        affpay trackdesk tipalti status SETTLEMENT_ID"
    )]
    Tipalti(tipalti::TipaltiVerb),
    /// Conversions (what affiliates earn and advertisers pay), from the conversion report.
    /// Reads only.
    #[command(
        visible_alias = "conversions",
        after_help = "Examples:\n  affpay trackdesk actions --from 2026-10-01 --to 2026-10-31 --status approved --all -o csv\n  \
        affpay trackdesk actions --affiliate ACCOUNT_ID --limit 500"
    )]
    Actions(conversions::ActionsArgs),
    /// Set the status of conversions, one request each (approve, reject, refund, …).
    #[command(after_help = concat!("Money: PUT /api/node/conversions/v1/{id}/status: an approved conversion counts toward its affiliate's open balance; \
        rejected, refunded or fraud ones do not.\n\n", sets_a_state!(), "Example:\n  affpay trackdesk adjust CONVERSION_ID --status rejected --yes"))]
    Adjust(conversions::AdjustArgs),
    /// Advertisers' open balances: what they owe the program. Reads only.
    #[command(
        after_help = "Examples:\n  affpay trackdesk receivables --until 2026-10-31 --min-amount 100\n  \
        affpay trackdesk receivables --tag TAG_ID --all -o csv"
    )]
    Receivables(advertisers::ReceivablesArgs),
    /// Advertiser settlements (claims); `claims show ID`, `claims delete ID…`.
    #[command(
        visible_alias = "advertiser-settlements",
        after_help = "Listing and showing read only; `claims delete` makes the claimed amounts \
        open balances again.\n\nExamples:\n  affpay trackdesk claims --from 2026-10-01\n  \
        affpay trackdesk claims show CLAIM_ID\n  affpay trackdesk claims delete CLAIM_ID --yes"
    )]
    Claims(advertisers::ClaimsArgs),
    /// Create advertiser settlements (claims) from advertisers' open balances, one each.
    #[command(
        after_help = "Money: POST /api/node/revenue-origin-billing/v1/claim-balances: each selected advertiser's open balance becomes an \
        advertiser settlement it is invoiced for (nothing is transferred). Advertisers without \
        billing details are skipped. One claim per advertiser, until and batch: a rerun the \
        same day claims nothing twice.\n\n\
        Examples:\n  affpay trackdesk claim --until 2026-10-31 --min-amount 100 --dry-run\n  \
        affpay trackdesk claim --advertiser ADVERTISER_ID --note 'October' --yes"
    )]
    Claim(advertisers::ClaimArgs),
}

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
    show: Option<BalanceSub>,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Subcommand)]
enum BalanceSub {
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
    sub: Option<PayoutsSub>,
    #[command(flatten)]
    range: RangeArgs,
    /// Only this affiliate account's settlements.
    #[arg(long, value_name = "ID")]
    account: Option<String>,
    #[command(flatten)]
    take: TakeArgs,
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
enum PayoutsSub {
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

const BALANCE_COLUMNS: &[&str] = &[
    "account_id",
    "name",
    "open_balance",
    "on_hold_balance",
    "currency",
    "payment_method",
    "payment_method_currency",
    "payment_method_open_balance",
    "has_billing_details",
    "conversions",
    "conversion_sources",
    "by_currency",
];
const BY_CURRENCY_COLUMNS: &[&str] = &["currency", "open_balance", "on_hold_balance"];
const ACCOUNT_BALANCE_COLUMNS: &[&str] = &[
    "account_id",
    "open_balance",
    "on_hold_balance",
    "conversion_open_balance",
    "conversion_on_hold_balance",
    "commission_open_balance",
    "commission_on_hold_balance",
    "client_revshare_open_balance",
    "payment_method",
    "payment_method_currency",
    "payment_method_open_balance",
    "settled",
];
const AMOUNT_COLUMNS: &[&str] = &["amount", "currency"];
pub const ACCOUNT_SETTLEMENT_COLUMNS: &[&str] = &[
    "id",
    "account_id",
    "account_name",
    "amount",
    "currency",
    "status",
    "payment_method",
    "payment_method_currency",
    "tipalti",
    "created_at",
    "settled_until",
];
const SETTLEMENT_COLUMNS: &[&str] = &[
    "id",
    "amount",
    "currency",
    "until",
    "note",
    "created_at",
    "new",
    "in_progress",
    "paid",
    "error",
    "amounts",
];
const SETTLEMENT_DETAIL_COLUMNS: &[&str] = &[
    "id",
    "amount",
    "currency",
    "until",
    "note",
    "created_at",
    "new",
    "in_progress",
    "paid",
    "error",
    "amounts",
    "account_settlements",
];
const TYPE_COLUMNS: &[&str] = &["type", "wire", "currencies", "fields"];

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Balance(args) => match &args.show {
            Some(BalanceSub::Show { account_id, until }) => show_balance(ctx, account_id, *until),
            None => balance(ctx, &args),
        },
        Verb::Settle(args) => changes::settle(ctx, &args),
        Verb::Payouts(args) => match args.sub {
            None => account_settlements(ctx, &args),
            Some(PayoutsSub::Settlements { range, take }) => settlements(ctx, &range, &take),
            Some(PayoutsSub::Show { settlement_id }) => show_settlement(ctx, &settlement_id),
            Some(PayoutsSub::Mark(mark)) => changes::mark(ctx, &mark),
        },
        Verb::Cancel(args) => changes::cancel(ctx, &args),
        Verb::BillingDetails(BillingDetailsVerb::Set(args)) => {
            changes::set_billing_details(ctx, &args)
        }
        Verb::PaymentMethods(PaymentMethodsVerb::Add(args)) => changes::add_method(ctx, &args),
        Verb::PaymentMethods(PaymentMethodsVerb::Update(args)) => {
            changes::update_method(ctx, &args)
        }
        Verb::PaymentMethods(PaymentMethodsVerb::Types) => types(ctx),
        Verb::Tipalti(verb) => tipalti::run(verb, ctx),
        Verb::Actions(args) => conversions::actions(ctx, &args),
        Verb::Adjust(args) => conversions::adjust(ctx, &args),
        Verb::Receivables(args) => advertisers::receivables(ctx, &args),
        Verb::Claims(args) => advertisers::claims(ctx, &args),
        Verb::Claim(args) => advertisers::claim(ctx, &args),
    }
}

pub fn client(ctx: &Context) -> Result<Client> {
    Client::new(ctx, &Trackdesk)
}

pub fn from_instant(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::Start)
}

pub fn until_instant(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::End)
}

fn manual_status(text: &str) -> Result<&'static str, String> {
    match text.to_ascii_lowercase().replace('_', "-").as_str() {
        "new" => Ok("ACCOUNT_SETTLEMENT_STATUS_NEW"),
        "in-progress" => Ok("ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"),
        "paid" => Ok("ACCOUNT_SETTLEMENT_STATUS_PAID"),
        "error" => Err(
            "'error' is set by Trackdesk itself (Tipalti sync) and cannot be set by hand; use new, in-progress or paid"
                .to_string(),
        ),
        _ => Err(format!("'{text}' is not a status; use new, in-progress or paid")),
    }
}

/// RFC 3339 in UTC, with a fraction of a second only when there is one.
pub fn rfc3339(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// `ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS` → `in-progress`; unknown values pass through.
pub fn status_name(wire: &str) -> String {
    match wire.strip_prefix("ACCOUNT_SETTLEMENT_STATUS_") {
        Some(name) => name.to_ascii_lowercase().replace('_', "-"),
        None if wire.is_empty() => "unspecified".to_string(),
        None => wire.to_string(),
    }
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

/// Walks a list endpoint; `rows` picks a page's rows and pagination out of its answer.
pub fn walk<P: DeserializeOwned, T: std::fmt::Debug>(
    client: &Client,
    path: &str,
    filters: &[(&'static str, String)],
    take: Take,
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
    emit: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<paging::Walked> {
    paging::walk(
        take,
        PAGE,
        |offset, size| {
            let (rows, pagination) = rows(client.page(path, filters, offset, size)?);
            let total = pagination
                .filter(|p| p.total_count > 0)
                .map(|p| p.total_count as u64);
            Ok(Page { rows, total })
        },
        emit,
    )
}

pub fn open_balances(page: OpenBalances) -> (Vec<Balance>, Option<Pagination>) {
    (page.balances, page.pagination)
}

fn balance(ctx: &Context, args: &BalanceArgs) -> Result<()> {
    let take = args.take.take()?;
    let filter = Filter::new(&args.filter, args.filter.until)?;
    let selection = ctx.selection(BALANCE_COLUMNS)?;
    let client = client(ctx)?;
    let mut writer = ctx.list_writer(selection);
    let mut without_details = 0;
    let mut totals = crate::output::Totals::for_fields(ctx.global.fields.as_deref());
    let walked = walk(
        &client,
        &format!("{BILLING}/open-balances"),
        &filter.query(),
        take,
        open_balances,
        |rows| {
            for b in rows {
                without_details += usize::from(!b.has_billing_details);
                let row = balance_cells(b);
                // Per currency from each account's own split (an account may hold several).
                if let Some(Cell::Nested(split)) = row.last() {
                    for r in &split.rows {
                        totals.add(
                            BY_CURRENCY_COLUMNS,
                            r,
                            "currency",
                            &["open_balance", "on_hold_balance"],
                        );
                    }
                }
                writer.row(row)?;
            }
            writer.flush()
        },
    )?;
    let mut footer = totals.lines();
    footer.extend(paging::more_hint(&walked));
    if without_details > 0 {
        let note = format!(
            "{without_details} account(s) have no billing details: settlement skips them \
             (affpay trackdesk billing-details set)"
        );
        // Under a table; on stderr for machine formats, so scripts still hear of it.
        if ctx.global.output == Format::Table {
            footer.push(note);
        } else {
            crate::notice!("affpay: {note}");
        }
    }
    writer.finish(&footer)
}

fn balance_cells(b: Balance) -> Vec<Cell> {
    let single_currency = match b.balances_by_currency.as_slice() {
        [only] => Currency::code(&only.currency),
        _ => None,
    };
    let by_currency = b
        .balances_by_currency
        .iter()
        .map(|c| {
            vec![
                Cell::opt_text(Currency::code(&c.currency)),
                Cell::Money(c.open_balance.value),
                Cell::Money(c.on_hold_balance.value),
            ]
        })
        .collect();
    let mut cells = vec![
        Cell::Text(b.account_id),
        Cell::Text(b.name),
        Cell::Money(b.open_balance.value),
        Cell::Money(b.on_hold_balance.value),
        Cell::opt_text(single_currency),
    ];
    cells.extend(method_cells(b.default_payment_method.as_ref()));
    cells.extend([
        Cell::Bool(b.has_billing_details),
        Cell::Int(b.open_balance_conversion_count),
        Cell::Int(b.open_balance_conversion_source_count),
        Cell::Nested(Nested {
            columns: BY_CURRENCY_COLUMNS,
            rows: by_currency,
        }),
    ]);
    cells
}

/// Default payment method: type, currency, open balance in that currency.
fn method_cells(method: Option<&PaymentMethodBalance>) -> [Cell; 3] {
    let known = method.filter(|m| !methods::friendly(&m.payment_method_type).is_empty());
    match known {
        Some(m) => [
            Cell::text(methods::friendly(&m.payment_method_type)),
            Cell::opt_text(Currency::code(&m.payment_method_currency)),
            Cell::Money(m.open_balance.value),
        ],
        None => [Cell::Null, Cell::Null, Cell::Null],
    }
}

fn show_balance(ctx: &Context, account: &str, until: Option<DateTime<Utc>>) -> Result<()> {
    let selection = ctx.selection(ACCOUNT_BALANCE_COLUMNS)?;
    let path = format!("{BILLING}/account-balances/{}", path_segment(account)?);
    let query: Vec<(&str, String)> = until.map(|u| ("until", rfc3339(u))).into_iter().collect();
    let b: AccountBalances = client(ctx)?.get(&path, &query)?;
    let mut cells = vec![
        Cell::text(account),
        Cell::Money(b.open_balance.value),
        Cell::Money(b.on_hold_balance.value),
        Cell::Money(b.conversion_open_balance.value),
        Cell::Money(b.conversion_on_hold_balance.value),
        Cell::Money(b.commission_open_balance.value),
        Cell::Money(b.commission_on_hold_balance.value),
        Cell::Money(b.client_revshare_open_balance.value),
    ];
    cells.extend(method_cells(b.default_payment_method.as_ref()));
    cells.push(amounts_cell(&b.settled_balance));
    ctx.write_record(&selection, cells)
}

pub fn amounts_cell(amounts: &[Amount]) -> Cell {
    Cell::Nested(Nested {
        columns: AMOUNT_COLUMNS,
        rows: amounts
            .iter()
            .map(|a| {
                vec![
                    Cell::Money(a.amount.value),
                    Cell::opt_text(Currency::code(&a.currency)),
                ]
            })
            .collect(),
    })
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

fn account_settlements(ctx: &Context, args: &PayoutsArgs) -> Result<()> {
    let mut query = range_query(&args.range)?;
    if let Some(account) = &args.account {
        query.push(("accountId", account.clone()));
    }
    list_totalled(
        ctx,
        &format!("{BILLING}/account-settlements"),
        &query,
        &args.take,
        ACCOUNT_SETTLEMENT_COLUMNS,
        |page: AccountSettlements| (page.account_settlements, page.pagination),
        account_settlement_cells,
        Some(("currency", &["amount"])),
    )
}

/// Streams the rows of a list endpoint (`path`) in the chosen format.
pub fn list<P: DeserializeOwned, T: std::fmt::Debug>(
    ctx: &Context,
    path: &str,
    query: &[(&'static str, String)],
    take: &TakeArgs,
    columns: &'static [&'static str],
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
    cells: fn(T) -> Vec<Cell>,
) -> Result<()> {
    list_totalled(ctx, path, query, take, columns, rows, cells, None)
}

/// [`list`], with totals per currency under the table: the `currency` column, and the money
/// columns to sum.
#[allow(clippy::too_many_arguments)]
fn list_totalled<P: DeserializeOwned, T: std::fmt::Debug>(
    ctx: &Context,
    path: &str,
    query: &[(&'static str, String)],
    take: &TakeArgs,
    columns: &'static [&'static str],
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
    cells: fn(T) -> Vec<Cell>,
    summed: Option<(&str, &[&'static str])>,
) -> Result<()> {
    let take = take.take()?;
    let selection = ctx.selection(columns)?;
    let client = client(ctx)?;
    let mut writer = ctx.list_writer(selection);
    let mut totals = crate::output::Totals::for_fields(ctx.global.fields.as_deref());
    let walked = walk(&client, path, query, take, rows, |page| {
        for row in page {
            let row = cells(row);
            if let Some((currency, summed)) = summed {
                totals.add(columns, &row, currency, summed);
            }
            writer.row(row)?;
        }
        writer.flush()
    })?;
    let mut footer = totals.lines();
    footer.extend(paging::more_hint(&walked));
    writer.finish(&footer)
}

pub fn account_settlement_cells(a: AccountSettlement) -> Vec<Cell> {
    let method = a.payment_method.unwrap_or_default();
    let tipalti = method.kind == "PAYMENT_METHOD_TYPE_TIPALTI"
        || a.payment_data
            .as_ref()
            .is_some_and(|d| !d["tipalti"].is_null());
    vec![
        Cell::Text(a.id),
        Cell::Text(a.account_id),
        Cell::Text(a.account_name),
        Cell::Money(a.amount.value),
        Cell::opt_text(Currency::code(&a.currency)),
        Cell::Text(status_name(&a.status)),
        Cell::text(methods::friendly(&method.kind)),
        Cell::Text(method.currency_code),
        Cell::Bool(tipalti),
        Cell::opt_text(a.created_at),
        Cell::opt_text(a.settled_until),
    ]
}

fn settlements(ctx: &Context, range: &RangeArgs, take: &TakeArgs) -> Result<()> {
    list(
        ctx,
        &format!("{BILLING}/settlements"),
        &range_query(range)?,
        take,
        SETTLEMENT_COLUMNS,
        |page: Settlements| (page.settlements, page.pagination),
        settlement_cells,
    )
}

fn settlement_cells(s: Settlement) -> Vec<Cell> {
    vec![
        Cell::Text(s.id),
        Cell::Money(s.amount.value),
        Cell::opt_text(Currency::code(&s.currency)),
        Cell::opt_text(s.until),
        Cell::opt_text(s.note),
        Cell::opt_text(s.created_at),
        Cell::Int(s.new_account_settlements_count),
        Cell::Int(s.in_progress_account_settlements_count),
        Cell::Int(s.paid_account_settlements_count),
        Cell::Int(s.error_account_settlements_count),
        amounts_cell(&s.account_settlement_amounts),
    ]
}

/// `GET settlements/{id}`: the settlement and its account settlements.
pub fn get_settlement(client: &Client, id: &str) -> Result<SettlementWithRows> {
    client.get(&format!("{BILLING}/settlements/{}", path_segment(id)?), &[])
}

fn show_settlement(ctx: &Context, id: &str) -> Result<()> {
    let selection = ctx.selection(SETTLEMENT_DETAIL_COLUMNS)?;
    path_segment(id)?;
    let found = get_settlement(&client(ctx)?, id)?;
    let mut cells = settlement_cells(found.settlement);
    cells.push(Cell::Nested(Nested {
        columns: ACCOUNT_SETTLEMENT_COLUMNS,
        rows: found
            .account_settlements
            .into_iter()
            .map(account_settlement_cells)
            .collect(),
    }));
    ctx.write_record(&selection, cells)
}

fn types(ctx: &Context) -> Result<()> {
    let selection = ctx.selection(TYPE_COLUMNS)?;
    let supported: Supported = client(ctx)?.get(SUPPORTED_TYPES, &[])?;
    let mut writer = ctx.list_writer(selection);
    for t in supported.types {
        let fields = TYPES
            .iter()
            .find(|known| known.wire == t.payment_method_type)
            .map(|known| {
                known
                    .fields
                    .iter()
                    .map(|f| {
                        let required = if f.required { " (required)" } else { "" };
                        format!("--{}{required}", f.flag)
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        writer.row(vec![
            Cell::text(methods::friendly(&t.payment_method_type)),
            Cell::Text(t.payment_method_type),
            Cell::Text(t.currency_codes.join(",")),
            Cell::opt_text(fields),
        ])?;
    }
    writer.finish(&[])
}

/// An id as one URL path segment.
pub fn path_segment(id: &str) -> Result<&str> {
    crate::http::path_segment(id, "a Trackdesk id")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_friendly_and_error_cannot_be_set() {
        assert_eq!(
            status_name("ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"),
            "in-progress"
        );
        assert_eq!(status_name(""), "unspecified");
        assert_eq!(status_name("SOMETHING_NEW"), "SOMETHING_NEW");
        assert_eq!(
            manual_status("paid").unwrap(),
            "ACCOUNT_SETTLEMENT_STATUS_PAID"
        );
        assert!(
            manual_status("ERROR")
                .unwrap_err()
                .contains("cannot be set by hand")
        );
    }

    #[test]
    fn every_field_of_every_type_has_a_flag_and_is_read() {
        let command = crate::providers::command_of::<Verb>("trackdesk", "");
        let add = command
            .find_subcommand("payment-methods")
            .and_then(|c| c.find_subcommand("add"))
            .unwrap()
            .clone();
        let mut args = vec![
            "add".to_string(),
            "--account=a".into(),
            "--type=paypal".into(),
            "--currency=EUR".into(),
        ];
        let flags: std::collections::BTreeSet<&str> = TYPES
            .iter()
            .flat_map(|t| t.fields.iter().map(|f| f.flag))
            .collect();
        args.extend(flags.iter().map(|f| format!("--{f}=x")));
        let matches = add.try_get_matches_from(args).unwrap();
        let fields = <MethodFields as clap::FromArgMatches>::from_arg_matches(&matches).unwrap();
        let given: std::collections::BTreeSet<&str> =
            fields.given().into_iter().map(|(flag, _)| flag).collect();
        assert_eq!(given, flags);
    }
}
