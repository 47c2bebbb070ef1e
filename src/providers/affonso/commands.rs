//! `affpay affonso …`: commissions, a balance derived from them, payouts, and the status
//! changes that move money (settle, cancel) or change what is owed (adjust). Every change
//! goes through the shared plan, and a payout's documented transitions are checked against
//! its current status before anything is sent.

use super::client::{Client, MAX_PAGE};
use super::identity::Affonso;
use super::wire::{Commission, Payout, Transaction, allowed};
use crate::context::Context;
use crate::dates;
use crate::error::usage;
use crate::http::{Api, Request, Response};
use crate::listing;
use crate::money::AmountRule;
use crate::money_args::MoneyArgs;
use crate::output::Cell;
use crate::paging::TakeArgs;
use crate::paging::{self, Page, Take};
use crate::plan::{self, Answered, KeyBasis, Plan};
use crate::record::{self, Column};
use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::BTreeMap;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Commissions; `actions show ID` for one.
    #[command(
        visible_alias = "commissions",
        after_help = "Examples:\n  affpay affonso actions --status ready_for_payment --all -o csv\n  \
        affpay affonso actions show com_abc123 --expand affiliate,referral"
    )]
    Actions(ActionsArgs),
    /// Balances per affiliate and currency, computed from all commissions.
    #[command(after_help = "Example:\n  affpay affonso balance --affiliate aff_789ghi")]
    Balance(BalanceArgs),
    /// Payouts; `payouts show ID` for one with its transactions.
    #[command(
        after_help = "Examples:\n  affpay affonso payouts --status pending\n  affpay affonso payouts show po_123"
    )]
    Payouts(PayoutsArgs),
    /// Mark payouts completed (or processing) after paying them.
    #[command(
        after_help = "Money: PUT /v1/payouts/{id} marks each payout completed (or processing) \
        after you paid it elsewhere; Affonso sends no money, and completed is final.\n\n\
        Examples:\n  affpay affonso settle po_1 po_2 --method wise --reference T-2026-11 --yes\n  \
        affpay affonso settle po_3 --processing"
    )]
    Settle(SettleArgs),
    /// Cancel payouts.
    #[command(
        after_help = "Money: PUT /v1/payouts/{id} with status cancelled: the payout will not \
        be paid (a cancelled payout can be set pending again); no money moves.\n\n\
        Example:\n  affpay affonso cancel po_1 --yes"
    )]
    Cancel(CancelArgs),
    /// Change a commission's amount, status or hold period.
    #[command(
        after_help = "Money: PUT /v1/commissions/{id} changes what the affiliate is owed for \
        the commission (its amount, status or hold period); nothing is paid.\n\n\
        Example:\n  affpay affonso adjust com_abc123 --status declined"
    )]
    Adjust(AdjustArgs),
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ActionsArgs {
    #[command(subcommand)]
    show: Option<ActionsSub>,
    /// Only commissions with this status (pending, ready_for_payment, paid, …).
    #[arg(long)]
    status: Option<String>,
    /// Only commissions whose sale has this status (open, complete, refunded, …).
    #[arg(long)]
    sales_status: Option<String>,
    /// Only this affiliate's commissions.
    #[arg(long, value_name = "ID")]
    affiliate: Option<String>,
    /// Only this referral's commissions.
    #[arg(long, value_name = "ID")]
    referral: Option<String>,
    /// Created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    from: Option<NaiveDate>,
    /// Created on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    until: Option<NaiveDate>,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Subcommand)]
enum ActionsSub {
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
    affiliate: Option<String>,
    /// Only commissions created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    from: Option<NaiveDate>,
    /// Only commissions created on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    until: Option<NaiveDate>,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PayoutsArgs {
    #[command(subcommand)]
    show: Option<PayoutsSub>,
    /// Only payouts with this status (pending, processing, completed, failed, cancelled).
    #[arg(long)]
    status: Option<String>,
    /// Only this affiliate's payouts.
    #[arg(long, value_name = "ID")]
    affiliate: Option<String>,
    /// Created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    from: Option<NaiveDate>,
    /// Created on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    until: Option<NaiveDate>,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Subcommand)]
enum PayoutsSub {
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
    ids: Vec<String>,
    /// Mark them processing instead of completed.
    #[arg(long)]
    processing: bool,
    /// How they were paid (at most 50 characters).
    #[arg(long, value_name = "NAME")]
    method: Option<String>,
    /// The payment's reference (at most 255 characters).
    #[arg(long, value_name = "REF")]
    reference: Option<String>,
    #[command(flatten)]
    money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Payout ids.
    #[arg(required = true, value_name = "PAYOUT_ID")]
    ids: Vec<String>,
    #[command(flatten)]
    money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct AdjustArgs {
    /// The commission to change.
    id: String,
    /// New commission amount (zero or more, at most 2 decimals).
    #[arg(long, value_name = "X")]
    amount: Option<String>,
    /// New status.
    #[arg(long, value_parser = ["pending", "pending_manual_approval", "ready_for_payment", "paid", "declined"])]
    status: Option<String>,
    /// New hold period in days.
    #[arg(long, value_name = "N")]
    hold_days: Option<u32>,
    #[command(flatten)]
    money: MoneyArgs,
}

const COMMISSIONS: &[Column<Commission>] = &[
    Column::new("id", |c| Cell::text(&c.id)),
    Column::new("affiliate_id", |c| Cell::opt_text(c.affiliate_id.clone())),
    Column::new("referral_id", |c| Cell::opt_text(c.referral_id.clone())),
    Column::new("program_id", |c| Cell::opt_text(c.program_id.clone())),
    Column::new("sale_amount", |c| money(c.sale_amount)),
    Column::new("sale_amount_currency", |c| {
        Cell::opt_text(c.sale_amount_currency.clone())
    }),
    Column::new("commission_amount", |c| money(c.commission_amount)),
    Column::new("commission_currency", |c| {
        Cell::opt_text(c.commission_currency.clone())
    }),
    Column::new("status", |c| Cell::opt_text(c.status.clone())),
    Column::new("sales_status", |c| Cell::opt_text(c.sales_status.clone())),
    Column::new("hold_period_days", |c| {
        c.hold_period_days.map_or(Cell::Null, Cell::Int)
    }),
    Column::new("payment_intent_id", |c| {
        Cell::opt_text(c.payment_intent_id.clone())
    }),
    Column::new("invoice_id", |c| Cell::opt_text(c.invoice_id.clone())),
    Column::new("created_at", |c| Cell::opt_text(c.created_at.clone())),
    Column::new("updated_at", |c| Cell::opt_text(c.updated_at.clone())),
];
/// What `commissions show` adds: the objects `--expand` asked for.
const COMMISSION_EXPANDED: &[Column<Commission>] = &[
    Column::new("affiliate", |c| json_cell(&c.affiliate)),
    Column::new("referral", |c| json_cell(&c.referral)),
    Column::new("affiliate_program", |c| json_cell(&c.affiliate_program)),
];
const BALANCE_COLUMNS: &[&str] = &[
    "affiliate_id",
    "currency",
    "pending",
    "pending_manual_approval",
    "ready_for_payment",
    "paid",
    "processing_payout",
    "refunded",
    "dispute",
    "commissions",
];
const PAYOUTS: &[Column<Payout>] = &[
    Column::new("id", |p| Cell::opt_text(p.id.clone())),
    Column::new("affiliate_id", |p| Cell::opt_text(p.affiliate_id.clone())),
    Column::new("affiliate_name", |p| Cell::opt_text(p.name())),
    Column::new("affiliate_email", |p| Cell::opt_text(p.email())),
    Column::new("amount", |p| money(p.amount)),
    Column::new("currency", |p| Cell::opt_text(p.currency.clone())),
    Column::new("status", |p| Cell::opt_text(p.status.clone())),
    Column::new("payment_method", |p| {
        Cell::opt_text(p.payment_method.clone())
    }),
    Column::new("payment_reference", |p| {
        Cell::opt_text(p.payment_reference.clone())
    }),
    Column::new("invoice_number", |p| {
        Cell::opt_text(p.invoice_number.clone())
    }),
    Column::new("processed_at", |p| Cell::opt_text(p.processed_at.clone())),
    Column::new("created_at", |p| Cell::opt_text(p.created_at.clone())),
    Column::new("updated_at", |p| Cell::opt_text(p.updated_at.clone())),
];
/// What `payouts show` adds: the payout's transactions.
const PAYOUT_TRANSACTIONS: &[Column<Payout>] = &[Column::new("transactions", |p| {
    record::nested(TRANSACTIONS, &p.transactions)
})];
const TRANSACTIONS: &[Column<Transaction>] = &[
    Column::new("id", |t| Cell::text(&t.id)),
    Column::new("amount", |t| money(t.amount)),
    Column::new("commission_id", |t| {
        Cell::opt_text(t.commission.as_ref().map(|c| c.id.clone()))
    }),
    Column::new("commission_amount", |t| {
        money(t.commission.as_ref().and_then(|c| c.commission_amount))
    }),
    Column::new("created_at", |t| Cell::opt_text(t.created_at.clone())),
];
/// The statuses the derived balance adds up, one column each: the documented five minus
/// `declined` (never owed), then the ones only the SDK knows, which would otherwise vanish
/// from the sums. Any other status is counted but not summed.
const BALANCE_STATUSES: [&str; 7] = [
    "pending",
    "pending_manual_approval",
    "ready_for_payment",
    "paid",
    "processing_payout",
    "refunded",
    "dispute",
];

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Actions(args) => match &args.show {
            Some(ActionsSub::Show { id, expand }) => show_commission(ctx, id, expand),
            None => commissions(ctx, &args),
        },
        Verb::Balance(args) => balance(ctx, &args),
        Verb::Payouts(args) => match &args.show {
            Some(PayoutsSub::Show { id }) => show_payout(ctx, id),
            None => payouts(ctx, &args),
        },
        Verb::Settle(args) => {
            let target = if args.processing {
                "processing"
            } else {
                "completed"
            };
            let extra = payment_fields(&args)?;
            change_payouts(ctx, &args.ids, "settle", target, extra, &args.money)
        }
        Verb::Cancel(args) => change_payouts(
            ctx,
            &args.ids,
            "cancel",
            "cancelled",
            json!({}),
            &args.money,
        ),
        Verb::Adjust(args) => adjust(ctx, &args),
    }
}

/// `affpay apply` of an affonso plan: payout status changes and commission adjustments, all
/// read by the same reader.
pub fn replay(ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
    let client = client(ctx)?;
    replay.run(
        ctx,
        &client.api,
        &[
            ("settle", &reference_of),
            ("cancel", &reference_of),
            ("adjust", &reference_of),
        ],
    )
}

fn client(ctx: &Context) -> Result<Client> {
    Client::new(ctx, &Affonso)
}

fn check_range(from: Option<NaiveDate>, until: Option<NaiveDate>) -> Result<()> {
    match (from, until) {
        (Some(f), Some(u)) if f > u => Err(usage(format!("--from {f} is after --until {u}"))),
        _ => Ok(()),
    }
}

fn commission_filters(args: &ActionsArgs) -> Vec<(&'static str, String)> {
    let mut filters = Vec::new();
    let mut add = |name: &'static str, value: Option<String>| {
        if let Some(v) = value {
            filters.push((name, v));
        }
    };
    add("affiliate_id", args.affiliate.clone());
    add("referral_id", args.referral.clone());
    add("status", args.status.clone());
    add("sales_status", args.sales_status.clone());
    filters.extend(Created::new(args.from, args.until).params());
    filters
}

/// A `--from`/`--until` range on a commission's creation. The reference documents
/// `created_gte`/`created_lte` as ISO 8601 date-times (a bare date in `created_lte` would
/// likely drop that day), while the SDK and the vendor's CLI send `dateFrom`/`dateTo`; so the
/// documented names go out with whole-day date-times, and the rows are also checked here, so
/// the range holds whichever parameter the server honours.
#[derive(Debug, Clone, Copy)]
struct Created {
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
}

impl Created {
    fn new(from: Option<NaiveDate>, until: Option<NaiveDate>) -> Created {
        Created { from, until }
    }

    fn params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if let Some(from) = self.from {
            params.push(("created_gte", format!("{from}T00:00:00Z")));
        }
        if let Some(until) = self.until {
            params.push(("created_lte", format!("{until}T23:59:59Z")));
        }
        params
    }

    fn is_set(&self) -> bool {
        self.from.is_some() || self.until.is_some()
    }

    /// Whether a commission's UTC creation day lies in the range. Without a range every row
    /// does; with one, a row without a readable `created_at` cannot be shown to, so it does not.
    fn holds(&self, c: &Commission) -> bool {
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
    fn keep(&self, rows: Vec<Commission>, left_out: &mut u64) -> Vec<Commission> {
        let before = rows.len();
        let kept: Vec<Commission> = rows.into_iter().filter(|c| self.holds(c)).collect();
        *left_out += (before - kept.len()) as u64;
        kept
    }
}

/// Says on stderr how many rows the server sent outside the range (it ignored the filter).
fn report_left_out(left_out: u64) {
    if left_out > 0 {
        crate::notice!(
            "affpay: left out {left_out} commission(s) the server returned outside --from/--until"
        );
    }
}

/// Walks a list endpoint page by page, handing each page's rows on.
fn walk<T: serde::de::DeserializeOwned + std::fmt::Debug>(
    client: &Client,
    path: &str,
    filters: &[(&str, String)],
    take: Take,
    emit: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<paging::Walked> {
    paging::walk(take, MAX_PAGE, pages(client, path, filters), emit)
}

/// The pages of a list endpoint, for [`paging::walk`]: Affonso's pages are of a fixed size.
fn pages<'a, T: serde::de::DeserializeOwned + 'a>(
    client: &'a Client,
    path: &'a str,
    filters: &'a [(&str, String)],
) -> impl FnMut(u64, u64) -> Result<Page<T>> + 'a {
    move |offset, _| {
        let listed = client.list(path, filters, offset)?;
        Ok(Page {
            rows: listed.rows,
            total: listed.total,
        })
    }
}

fn commissions(ctx: &Context, args: &ActionsArgs) -> Result<()> {
    check_range(args.from, args.until)?;
    let take = args.take.take()?;
    let listing = ctx.listing(COMMISSIONS, take, MAX_PAGE)?;
    let client = client(ctx)?;
    let range = Created::new(args.from, args.until);
    let filters = commission_filters(args);
    let left_out = std::cell::Cell::new(0);
    listing::stream(
        listing,
        pages(&client, "/v1/commissions", &filters),
        |c, _| {
            let kept = range.holds(c);
            left_out.set(left_out.get() + u64::from(!kept));
            kept
        },
        |_, footer| {
            report_left_out(left_out.get());
            footer
        },
    )
}

fn json_cell(value: &Option<Value>) -> Cell {
    value.clone().map_or(Cell::Null, Cell::Json)
}

fn show_commission(ctx: &Context, id: &str, expand: &[String]) -> Result<()> {
    let selection = record::joined_selection(
        &[COMMISSIONS, COMMISSION_EXPANDED],
        ctx.global.fields.as_deref(),
    )?;
    let query: Vec<(&str, String)> = if expand.is_empty() {
        Vec::new()
    } else {
        vec![("expand", expand.join(","))]
    };
    let commission: Commission =
        client(ctx)?.one(&format!("/v1/commissions/{}", path_segment(id)?), &query)?;
    let cells = record::joined_cells(&[COMMISSIONS, COMMISSION_EXPANDED], &commission);
    ctx.write_record(&selection, cells)
}

/// Affonso has no balance endpoint: add up every commission per affiliate and currency.
fn balance(ctx: &Context, args: &BalanceArgs) -> Result<()> {
    check_range(args.from, args.until)?;
    let selection = ctx.selection(BALANCE_COLUMNS)?;
    let client = client(ctx)?;
    let range = Created::new(args.from, args.until);
    let mut filters: Vec<(&str, String)> = args
        .affiliate
        .iter()
        .map(|a| ("affiliate_id", a.clone()))
        .collect();
    filters.extend(range.params());
    let mut sums: BTreeMap<(String, String), ([Decimal; 7], i64)> = BTreeMap::new();
    let mut seen = 0u64;
    let mut left_out = 0;
    walk(
        &client,
        "/v1/commissions",
        &filters,
        Take::All,
        |rows: Vec<Commission>| {
            for c in range.keep(rows, &mut left_out) {
                seen += 1;
                let (Some(affiliate), Some(currency)) = (c.affiliate_id, c.commission_currency)
                else {
                    continue;
                };
                let entry = sums.entry((affiliate, currency)).or_default();
                entry.1 += 1;
                let bucket = BALANCE_STATUSES
                    .iter()
                    .position(|s| Some(*s) == c.status.as_deref());
                if let Some(i) = bucket {
                    entry.0[i] += c.commission_amount.unwrap_or_default();
                }
            }
            Ok(())
        },
    )?;
    report_left_out(left_out);
    crate::notice!(
        "affpay: Affonso has no balance endpoint; these balances are computed from {seen} commissions"
    );
    let mut writer = ctx.list_writer(selection);
    let mut totals = crate::output::Totals::for_fields(ctx.global.fields.as_deref());
    for ((affiliate, currency), (amounts, count)) in sums {
        let mut cells = vec![Cell::Text(affiliate), Cell::Text(currency)];
        cells.extend(amounts.into_iter().map(Cell::Money));
        cells.push(Cell::Int(count));
        totals.add(BALANCE_COLUMNS, &cells, "currency", &BALANCE_COLUMNS[2..9]);
        writer.row(cells)?;
    }
    let mut footer = totals.lines();
    footer.push(format!(
        "computed from {seen} commissions (Affonso has no balance endpoint)"
    ));
    writer.finish(&footer)
}

fn payouts(ctx: &Context, args: &PayoutsArgs) -> Result<()> {
    check_range(args.from, args.until)?;
    let take = args.take.take()?;
    let listing = ctx
        .listing(PAYOUTS, take, MAX_PAGE)?
        .totals("currency", &["amount"]);
    let mut filters = Vec::new();
    if let Some(status) = &args.status {
        filters.push(("status", status.clone()));
    }
    if let Some(affiliate) = &args.affiliate {
        filters.push(("affiliateId", affiliate.clone()));
    }
    if let Some(from) = args.from {
        filters.push(("dateFrom", from.to_string()));
    }
    if let Some(until) = args.until {
        filters.push(("dateTo", until.to_string()));
    }
    let client = client(ctx)?;
    listing.stream(pages(&client, "/v1/payouts", &filters))
}

fn show_payout(ctx: &Context, id: &str) -> Result<()> {
    let selection = record::joined_selection(
        &[PAYOUTS, PAYOUT_TRANSACTIONS],
        ctx.global.fields.as_deref(),
    )?;
    let payout: Payout = client(ctx)?.one(&format!("/v1/payouts/{}", path_segment(id)?), &[])?;
    let cells = record::joined_cells(&[PAYOUTS, PAYOUT_TRANSACTIONS], &payout);
    ctx.write_record(&selection, cells)
}

fn payment_fields(args: &SettleArgs) -> Result<Value> {
    let mut extra = json!({});
    if let Some(method) = &args.method {
        if method.chars().count() > 50 {
            return Err(usage(format!(
                "--method '{method}' is longer than 50 characters"
            )));
        }
        extra["paymentMethod"] = Value::String(method.clone());
    }
    if let Some(reference) = &args.reference {
        if reference.chars().count() > 255 {
            return Err(usage("--reference is longer than 255 characters"));
        }
        extra["paymentReference"] = Value::String(reference.clone());
    }
    Ok(extra)
}

/// Moves payouts to `target`. Every payout's current status is read first; one already there
/// is left alone, and any impossible transition refuses the whole run before a request.
fn change_payouts(
    ctx: &Context,
    ids: &[String],
    operation: &'static str,
    target: &'static str,
    extra: Value,
    money: &MoneyArgs,
) -> Result<()> {
    let safety = money.safety(ctx)?;
    money.check_single_key(ids.len() == 1, "payout", "give one PAYOUT_ID")?;
    for id in ids {
        path_segment(id)?;
    }
    let client = client(ctx)?;
    let mut plan = Plan::new(ctx, &Affonso, operation, money.batch());
    let mut impossible = Vec::new();
    for id in ids {
        let payout: Payout = client.one(&format!("/v1/payouts/{id}"), &[])?;
        let current = payout.status.clone().unwrap_or_default();
        if current == target {
            plan.skipped.push((id.clone(), format!("already {target}")));
            continue;
        }
        if !allowed(&current, target) {
            impossible.push(format!("{id}: {current} → {target}"));
            continue;
        }
        if let Some(name) = payout.name() {
            plan.names.insert(id.clone(), name);
        }
        let mut body = extra.clone();
        body["status"] = Value::String(target.to_string());
        // The payout's amount and currency are Affonso's: the key is the payout and status.
        let asked = KeyBasis {
            variant: Some(target),
            ..KeyBasis::default()
        };
        plan.push_with(
            id.clone(),
            payout.amount,
            payout.currency,
            client.put(&format!("/v1/payouts/{id}"), body),
            money.idempotency_key.clone(),
            asked,
        );
    }
    if !impossible.is_empty() {
        return Err(usage(format!(
            "impossible status change(s), nothing was sent: {} (allowed: pending → processing|cancelled; \
             processing → completed|failed|cancelled; failed → pending|cancelled; cancelled → pending)",
            impossible.join(", ")
        )));
    }
    plan::execute(ctx, &client.api, plan, &safety, &reference_of)
}

fn adjust(ctx: &Context, args: &AdjustArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    if args.amount.is_none() && args.status.is_none() && args.hold_days.is_none() {
        return Err(usage(
            "nothing to change: give --amount, --status or --hold-days",
        ));
    }
    let amount = args.amount.as_deref().map(checked_amount).transpose()?;
    let id = path_segment(&args.id)?;
    let client = client(ctx)?;
    let current: Commission = client.one(&format!("/v1/commissions/{id}"), &[])?;
    let mut body = json!({});
    if let Some(amount) = amount {
        body["commission_amount"] = crate::money::json_number(amount);
    }
    if let Some(status) = &args.status {
        body["status"] = Value::String(status.clone());
    }
    if let Some(days) = args.hold_days {
        body["hold_period_days"] = Value::from(days);
    }
    let variant = format!(
        "status={} hold={}",
        args.status.as_deref().unwrap_or("-"),
        args.hold_days.map_or("-".to_string(), |d| d.to_string())
    );
    let mut plan = Plan::new(ctx, &Affonso, "adjust", args.money.batch());
    let asked = KeyBasis {
        amount,
        currency: None,
        variant: Some(&variant),
    };
    plan.push_with(
        id.to_string(),
        amount.or(current.commission_amount),
        current.commission_currency,
        client.put(&format!("/v1/commissions/{id}"), body),
        args.money.idempotency_key.clone(),
        asked,
    );
    plan::execute(ctx, &client.api, plan, &safety, &reference_of)
}

/// `success: false` inside a 2xx is a refusal; a success names the changed object. Any other
/// 2xx is unreadable (`Kind::Unreadable`), which the plan records as an unknown outcome.
fn reference_of(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let answer = super::client::changed(api, response)?;
    Ok(Answered {
        reference: Some(answer.data.id),
        note: answer.data.status.map(|s| format!("status={s}")),
        ..Answered::default()
    })
}

fn checked_amount(text: &str) -> Result<Decimal> {
    crate::money::checked_amount(text, AmountRule::NonNegative)
        .map_err(|e| usage(format!("--amount {e}")))
}

/// An id as one URL path segment.
fn path_segment(id: &str) -> Result<&str> {
    crate::http::path_segment(id, "an Affonso id")
}

fn money(amount: Option<Decimal>) -> Cell {
    amount.map_or(Cell::Null, Cell::Money)
}
