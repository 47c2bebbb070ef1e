//! `affpay smartico …`: balances, payments (one, every affiliate above threshold, or a CSV)
//! and adjustments. Every payment and adjustment goes through the shared plan: validated
//! whole, confirmed, journaled, sent once.

use super::client::{BalanceFilter, Client};
use super::identity::Smartico;
use super::wire::{Affiliate, Balance, PaymentAnswer};
use crate::context::Context;
use crate::csv_input;
use crate::dates::{self, DayEdge};
use crate::error::{Kind, fail, usage};
use crate::http::{Api, Request, Response};
use crate::money::{self, AmountRule};
use crate::money_args::MoneyArgs;
use crate::output::Cell;
use crate::paging::TakeArgs;
use crate::paging::{self, Flow, Page, Take};
use crate::plan::{self, Answered, KeyBasis, Plan};
use crate::record::Column;
use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use clap::{ArgGroup, Args, Subcommand};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Rows per balance request. The vendor caps a response at 999 or 1000 rows (its pages
/// disagree); asking for less than either keeps "a short page means the end" true.
const PAGE: u64 = 500;
const DEFAULT_ADJUSTMENT_TYPE: i64 = 5;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Affiliates' unpaid balances, thresholds and lifetime totals.
    #[command(
        after_help = "Examples:\n  affpay smartico balance --above-threshold --all\n  \
        affpay smartico balance --affiliate 35427 -o json"
    )]
    Balance(BalanceArgs),
    /// Commissions and balance changes per affiliate, by day, month, year or lifetime.
    #[command(after_help = super::reports::ACTIONS_EXAMPLES)]
    Actions(super::reports::ActionsArgs),
    /// Record payments: one affiliate, every affiliate above threshold, or a CSV.
    #[command(
        after_help = "Money: POST /api/af2_payments_op records a payment made elsewhere: the \
        affiliate's balance drops by the amount; Smartico sends no money.\n\n\
        Examples:\n  affpay smartico settle --affiliate 35427 --amount 150.00 --comment 'October'\n  \
        affpay smartico settle --above-threshold --due-until 2026-10-31 --max-total 50000 --dry-run\n  \
        affpay smartico settle --above-threshold --yes          (cron: reruns the same day pay nothing twice)\n  \
        affpay smartico settle --from-csv payouts.csv --yes\n\n\
        The CSV has the columns affiliate_id,amount and optionally comment,details."
    )]
    Settle(SettleArgs),
    /// Adjust an affiliate's balance (positive or negative).
    #[command(
        after_help = "Money: POST /api/af2_adjustments_op changes the affiliate's balance by \
        the amount (up or down), so the next payment is that much more or less; nothing is paid.\n\n\
        Example:\n  affpay smartico adjust --affiliate 348678 --amount -11"
    )]
    Adjust(AdjustArgs),
}

#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Only affiliates whose balance is above their payment threshold.
    #[arg(long)]
    above_threshold: bool,
    /// Only balances due up to this date or datetime (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATETIME", value_parser = parse_due_until)]
    due_until: Option<String>,
    /// Only this affiliate.
    #[arg(long, value_name = "ID")]
    affiliate: Option<u64>,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").required(true).args(["affiliate", "above_threshold", "from_csv"])))]
pub struct SettleArgs {
    /// Pay this affiliate (with --amount).
    #[arg(long, value_name = "ID", requires = "amount")]
    affiliate: Option<u64>,
    /// Amount in the operator currency, at most 2 decimals.
    #[arg(
        long,
        value_name = "AMOUNT",
        allow_hyphen_values = true,
        requires = "affiliate"
    )]
    amount: Option<String>,
    /// Start of the period paid for (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", requires = "period_to", value_parser = parse_start)]
    period_from: Option<DateTime<Utc>>,
    /// End of the period paid for; a date means the end of that day (UTC).
    #[arg(long, value_name = "DATE", requires = "period_from", value_parser = parse_period_end)]
    period_to: Option<DateTime<Utc>>,
    /// Pay every affiliate above threshold its balance, rounded down to cents.
    #[arg(long)]
    above_threshold: bool,
    /// With --above-threshold: only balances due up to this date or datetime.
    #[arg(long, value_name = "DATETIME", value_parser = parse_due_until, requires = "above_threshold")]
    due_until: Option<String>,
    /// With --above-threshold: skip balances below this amount.
    #[arg(long, value_name = "X", requires = "above_threshold")]
    min_amount: Option<String>,
    /// Pay the rows of this CSV (affiliate_id,amount[,comment,details]); - for stdin.
    #[arg(long, value_name = "FILE")]
    from_csv: Option<PathBuf>,
    /// Email the affiliate that the payment was made.
    #[arg(long)]
    notify: bool,
    /// Internal comment, not shown to the affiliate.
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
    /// Payment details shown to the affiliate.
    #[arg(long, value_name = "TEXT")]
    details: Option<String>,
    #[command(flatten)]
    money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct AdjustArgs {
    /// The affiliate whose balance changes.
    #[arg(long, value_name = "ID")]
    affiliate: u64,
    /// Amount in the operator currency: positive or negative, not zero, at most 2 decimals.
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    amount: String,
    /// Adjustment type id (the vendor says to always use 5).
    #[arg(long = "type", value_name = "ID", default_value_t = DEFAULT_ADJUSTMENT_TYPE)]
    adjustment_type: i64,
    #[command(flatten)]
    money: MoneyArgs,
}

const BALANCES: &[Column<Balance>] = &[
    Column::new("affiliate_id", |b| Cell::Int(b.affiliate_id)),
    Column::new("affiliate_name", |b| {
        Cell::opt_text(b.affiliate_name.clone())
    }),
    Column::new("balance", |b| money_cell(b.balance)),
    Column::new("treshold", |b| money_cell(b.treshold)),
    Column::new("operator_currency", |b| {
        Cell::opt_text(b.operator_currency.clone())
    }),
    Column::new("commissions_total", |b| money_cell(b.commissions_total)),
    Column::new("payments", |b| money_cell(b.payments)),
    Column::new("adjustments", |b| money_cell(b.adjustments)),
    Column::new("last_payment_date", |b| {
        Cell::opt_text(b.last_payment_date.clone())
    }),
    Column::new("payment_method_name", |b| {
        Cell::opt_text(b.payment_method_name.clone())
    }),
    Column::new("aff_status_id", |b| {
        b.aff_status_id.map_or(Cell::Null, Cell::Int)
    }),
    Column::new("manager", |b| Cell::opt_text(b.manager.clone())),
];

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Balance(args) => balance(ctx, &args),
        Verb::Settle(args) => settle(ctx, &args),
        Verb::Adjust(args) => adjust(ctx, &args),
        Verb::Actions(args) => super::reports::actions(ctx, &args),
    }
}

fn client(ctx: &Context) -> Result<Client> {
    Client::new(ctx, &Smartico)
}

fn balance(ctx: &Context, args: &BalanceArgs) -> Result<()> {
    let take = args.take.take()?;
    let listing = ctx.listing(BALANCES, take, PAGE)?.totals(
        "operator_currency",
        &["balance", "commissions_total", "payments", "adjustments"],
    );
    let filter = BalanceFilter {
        above_threshold: args.above_threshold,
        to: args.due_until.clone(),
        affiliate_id: args.affiliate.map(|id| id as i64),
    };
    let client = client(ctx)?;
    listing.stream(balance_pages(&client, &filter))
}

/// The fetch of one window of balances, for the paging walk.
fn balance_pages<'a, T: serde::de::DeserializeOwned + std::fmt::Debug>(
    client: &'a Client,
    filter: &'a BalanceFilter,
) -> impl FnMut(u64, u64) -> Result<Page<T>> + 'a {
    move |offset, size| {
        Ok(Page {
            rows: client.balance_rows(filter, offset, size)?,
            total: None,
        })
    }
}

fn walk_balances<T: serde::de::DeserializeOwned + std::fmt::Debug>(
    client: &Client,
    filter: &BalanceFilter,
    take: Take,
    emit: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<paging::Walked> {
    paging::walk(take, PAGE, balance_pages(client, filter), emit)
}

fn all_balances(client: &Client, filter: &BalanceFilter) -> Result<Vec<Balance>> {
    let mut all = Vec::new();
    walk_balances(client, filter, Take::All, |rows| {
        all.extend(rows);
        Ok(())
    })?;
    Ok(all)
}

fn money_cell(amount: Option<Decimal>) -> Cell {
    amount.map_or(Cell::Null, Cell::Money)
}

/// One payment to make: who, how much, and the texts that go with it.
struct Payment {
    affiliate_id: i64,
    amount: Decimal,
    /// The operator typed the amount (flag or CSV); a balance read from Smartico is not
    /// part of the key, so a balance that moved cannot make a second payment look new.
    amount_asked: bool,
    /// The operator currency as Smartico reports it: shown, never part of the key.
    currency: Option<String>,
    /// The affiliate's name as Smartico reports it: shown with the plan.
    name: Option<String>,
    comment: Option<String>,
    details: Option<String>,
}

fn settle(ctx: &Context, args: &SettleArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let money = &args.money;
    money.check_single_key(
        args.affiliate.is_some(),
        "payment",
        "bulk runs derive one key per payment (use --batch)",
    )?;
    // Everything typed on the command line is checked before the first request.
    dates::check_order(
        ("--period-from", args.period_from),
        ("--period-to", args.period_to),
    )?;
    let single_amount = args
        .amount
        .as_deref()
        .map(|text| checked_amount(text, AmountRule::Positive))
        .transpose()?;
    let min_amount = args
        .min_amount
        .as_deref()
        .map(|text| checked_amount(text, AmountRule::Positive).context("--min-amount"))
        .transpose()?;
    if let Some(path) = &args.from_csv {
        return settle_csv(ctx, args, path, &safety);
    }
    let client = client(ctx)?;
    let payments = if let (Some(id), Some(amount)) = (args.affiliate, single_amount) {
        let found = lookup(&client, id as i64)?;
        vec![Payment {
            affiliate_id: id as i64,
            amount,
            amount_asked: true,
            currency: found.operator_currency,
            name: found.affiliate_name,
            comment: args.comment.clone(),
            details: args.details.clone(),
        }]
        .into()
    } else {
        above_threshold(&client, args, min_amount)?
    };
    let mut plan = Plan::new(ctx, &Smartico, "settle", money.batch());
    plan.items.reserve_exact(payments.payments.len());
    for payment in payments.payments {
        push_payment(&mut plan, &client, payment, args);
    }
    plan.skipped = payments.skipped;
    plan::execute(ctx, &client.api, plan, &safety, &payment_reference)
}

/// The payment's request, keyed by what the operator asked, with what Smartico reports of
/// the affiliate (currency, name) to show.
fn push_payment(plan: &mut Plan, client: &Client, payment: Payment, args: &SettleArgs) {
    let periods = (args.period_from, args.period_to);
    let request = client.payment(payment_body(&payment, args.notify, periods));
    let asked = KeyBasis {
        amount: payment.amount_asked.then_some(payment.amount),
        ..KeyBasis::default()
    };
    let item = plan.push_with(
        payment.affiliate_id.to_string(),
        Some(payment.amount),
        None,
        request,
        args.money.idempotency_key.clone(),
        asked,
    );
    item.set_reported(payment.currency.as_deref(), payment.name.as_deref());
}

/// `settle --from-csv`: each good row becomes its payment's request as the file is read, and
/// the balance list then adds each affiliate's currency and name. Nothing is sent unless
/// every row is good and every affiliate is one the operator has; the file's problems and
/// the unknown affiliates are listed in one message.
fn settle_csv(ctx: &Context, args: &SettleArgs, path: &Path, safety: &plan::Safety) -> Result<()> {
    let name = path.display().to_string();
    // A file refused whole (no good row, a column named twice or missing) is reported before
    // a missing credential, as when the file was read first: the client's error waits until
    // every row has been checked. The problems of single rows wait, with the affiliates the
    // operator does not have, for the balance list, which needs the credential.
    let client = client(ctx);
    let mut plan = Plan::new(ctx, &Smartico, "settle", args.money.batch());
    let room = csv_input::rows_at_most(path);
    plan.items.reserve_exact(room);
    // Each good row's line and affiliate, in the order of the plan's items.
    let mut rows: Vec<(u64, i64)> = Vec::with_capacity(room);
    let mut problems = parse_csv(csv_input::open(path)?, &name, |line, mut payment| {
        rows.push((line, payment.affiliate_id));
        let Ok(client) = &client else { return };
        payment.comment = payment.comment.or_else(|| args.comment.clone());
        payment.details = payment.details.or_else(|| args.details.clone());
        push_payment(&mut plan, client, payment, args);
    })?;
    if rows.is_empty() {
        return Err(csv_input::refuse(&name, &problems));
    }
    let client = client?;
    add_reported(&client, &mut plan, &rows, &mut problems)?;
    if !problems.is_empty() {
        return Err(csv_input::refuse(&name, &problems));
    }
    plan::execute(ctx, &client.api, plan, safety, &payment_reference)
}

/// Walks the balance list and sets each item's currency and name from its affiliate's row;
/// an affiliate the list does not have is a problem of the file. Only the file's affiliates
/// are looked at, page by page: a file can name every affiliate the operator has.
fn add_reported(
    client: &Client,
    plan: &mut Plan,
    rows: &[(u64, i64)],
    problems: &mut Vec<String>,
) -> Result<()> {
    let at: HashMap<i64, usize> = rows.iter().enumerate().map(|(i, r)| (r.1, i)).collect();
    let mut known = vec![false; rows.len()];
    walk_balances(client, &BalanceFilter::default(), Take::All, |page| {
        for b in page.into_iter().map(|a: Affiliate| a) {
            if let Some(&i) = at.get(&b.affiliate_id) {
                known[i] = true;
                let reported = (b.operator_currency.as_deref(), b.affiliate_name.as_deref());
                plan.items[i].set_reported(reported.0, reported.1);
            }
        }
        Ok(())
    })?;
    problems.extend(
        rows.iter()
            .zip(known)
            .filter(|(_, known)| !known)
            .map(|((line, id), _)| format!("line {line}: affiliate {id} is not known to smartico")),
    );
    Ok(())
}

/// `affpay apply` of a smartico plan: its payments or adjustment, read as the commands do.
pub fn replay(ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
    let client = client(ctx)?;
    replay.run(
        ctx,
        &client.api,
        &[
            ("settle", &payment_reference),
            ("adjust", &adjustment_reference),
        ],
    )
}

/// Payments to make, and affiliates left out with the reason.
struct Payments {
    payments: Vec<Payment>,
    skipped: Vec<(String, String)>,
}

impl From<Vec<Payment>> for Payments {
    fn from(payments: Vec<Payment>) -> Payments {
        Payments {
            payments,
            skipped: Vec::new(),
        }
    }
}

fn payment_body(
    p: &Payment,
    notify: bool,
    periods: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
) -> Value {
    let mut body = json!({
        "affiliate_id": p.affiliate_id,
        "amount": money::json_number(p.amount),
        "send_mail_to_aff": notify,
    });
    if let Some(comment) = &p.comment {
        body["operator_comments"] = Value::String(comment.clone());
    }
    if let Some(details) = &p.details {
        body["payment_details"] = Value::String(details.clone());
    }
    if let (Some(from), Some(to)) = periods {
        body["period_from"] = Value::from(from.timestamp());
        body["period_to"] = Value::from(to.timestamp());
    }
    body
}

/// The payment id of a 2xx answer; TAP has no documented refusal inside a 2xx, and a body
/// that cannot be read still means the payment was recorded.
/// A payment is done only when Smartico answers its documented payment object, whose `id`
/// (or `payment_id`) is the reference; anything else is unreadable, so its outcome unknown.
fn payment_reference(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let answer: PaymentAnswer = api.decode(response)?;
    let id = answer
        .id
        .or(answer.payment_id)
        .filter(|id| id.is_number() || id.as_str().is_some_and(|s| !s.is_empty()))
        .ok_or_else(|| {
            fail(
                Kind::Unreadable,
                "smartico answered the payment without its id",
            )
        })?;
    Ok(Answered::reference(Some(
        id.as_str().map_or_else(|| id.to_string(), str::to_string),
    )))
}

/// Smartico documents no answer to an adjustment: any JSON object is taken as done (an
/// HTML page or a bare value is not, see the shared rule), with its id when it has one.
fn adjustment_reference(_: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let answer: Value = serde_json::from_slice(&response.body).unwrap_or(Value::Null);
    if !answer.is_object() {
        return Err(fail(
            Kind::Unreadable,
            "smartico answered the adjustment with something other than a JSON object",
        ));
    }
    let id = answer
        .get("id")
        .filter(|v| !v.is_null())
        .map(|id| id.as_str().map_or_else(|| id.to_string(), str::to_string));
    Ok(Answered::reference(id))
}

/// Every affiliate above threshold, paid its balance rounded down to cents: never more than
/// owed, and a balance that rounds to zero is skipped.
fn above_threshold(
    client: &Client,
    args: &SettleArgs,
    min_amount: Option<Decimal>,
) -> Result<Payments> {
    let filter = BalanceFilter {
        above_threshold: true,
        to: args.due_until.clone(),
        affiliate_id: None,
    };
    let mut result = Payments {
        payments: Vec::new(),
        skipped: Vec::new(),
    };
    for b in all_balances(client, &filter)? {
        let owed = b.balance.unwrap_or_default();
        let amount = owed.round_dp_with_strategy(2, RoundingStrategy::ToZero);
        let target = b.affiliate_id.to_string();
        if amount <= Decimal::ZERO {
            result.skipped.push((
                target,
                format!("balance {owed} rounds down to nothing to pay"),
            ));
        } else if min_amount.is_some_and(|min| amount < min) {
            result
                .skipped
                .push((target, format!("{amount} is below --min-amount")));
        } else {
            result.payments.push(Payment {
                affiliate_id: b.affiliate_id,
                amount,
                amount_asked: false,
                currency: b.operator_currency,
                name: b.affiliate_name,
                comment: args.comment.clone(),
                details: args.details.clone(),
            });
        }
    }
    Ok(result)
}

/// The affiliate's balance row; an affiliate the operator does not have is bad input.
///
/// The filter asks for this affiliate alone, but the vendor documents two forms of the call
/// (`filter={"affiliate_id":…}` and an older plain `affiliate_id=…`) and a server that honours
/// only the other one answers with everybody. So the answer is searched for the affiliate,
/// and while it holds only others the pages are walked on — under the paging guard, so a
/// server that ignores `range` as well cannot keep affpay here — until the affiliate turns
/// up or the list ends.
fn lookup(client: &Client, affiliate_id: i64) -> Result<Balance> {
    let filter = BalanceFilter {
        affiliate_id: Some(affiliate_id),
        ..BalanceFilter::default()
    };
    let mut found = None;
    paging::walk_until(Take::All, PAGE, balance_pages(client, &filter), |rows| {
        found = rows
            .into_iter()
            .find(|b: &Balance| b.affiliate_id == affiliate_id);
        Ok(if found.is_some() {
            Flow::Stop
        } else {
            Flow::Continue
        })
    })?;
    found.ok_or_else(|| {
        usage(format!(
            "affiliate {affiliate_id} not found: smartico's balance list does not have it; nothing was sent"
        ))
    })
}

/// Hands each good row on, as a payment (its currency and name still to come from the
/// balance list), with its line; returns the problems of the bad rows and of unknown columns.
/// A column named twice or missing refuses the file at once.
fn parse_csv(
    source: impl std::io::Read,
    name: &str,
    mut each: impl FnMut(u64, Payment),
) -> Result<Vec<String>> {
    const KNOWN: &[&str] = &["affiliate_id", "amount", "comment", "details"];
    let mut good = 0usize;
    let mut bad_rows = Vec::new();
    let mut first_line: HashMap<i64, u64> = HashMap::new();
    let mut problems =
        csv_input::for_each_row(source, name, KNOWN, &["affiliate_id", "amount"], |record| {
            match csv_payment(&record, &mut first_line) {
                Ok(payment) => {
                    good += 1;
                    each(record.line, payment);
                }
                Err(problem) => bad_rows.push(format!("line {}: {problem}", record.line)),
            }
        })?;
    problems.append(&mut bad_rows);
    if good == 0 && problems.is_empty() {
        problems.push("no rows to pay".to_string());
    }
    Ok(problems)
}

/// One row checked: a positive affiliate id seen for the first time, and an amount.
fn csv_payment(
    record: &csv_input::Row<'_>,
    first_line: &mut HashMap<i64, u64>,
) -> Result<Payment, String> {
    let line = record.line;
    let id = record.get("affiliate_id").unwrap_or_default();
    let affiliate_id = match id.parse::<i64>() {
        Ok(n) if n > 0 => n,
        _ => {
            return Err(format!(
                "affiliate_id '{id}' is not a positive whole number"
            ));
        }
    };
    if let Some(first) = first_line.get(&affiliate_id) {
        return Err(format!(
            "affiliate {affiliate_id} again (first on line {first})"
        ));
    }
    first_line.insert(affiliate_id, line);
    let amount = checked_amount(
        record.get("amount").unwrap_or_default(),
        AmountRule::Positive,
    )
    .map_err(|e| e.to_string())?;
    Ok(Payment {
        affiliate_id,
        amount,
        amount_asked: true,
        currency: None,
        name: None,
        comment: record.get("comment").map(str::to_string),
        details: record.get("details").map(str::to_string),
    })
}

fn adjust(ctx: &Context, args: &AdjustArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let amount = checked_amount(&args.amount, AmountRule::NonZero)?;
    let client = client(ctx)?;
    let found = lookup(&client, args.affiliate as i64)?;
    let body = json!({
        "affiliate_id": args.affiliate,
        "adjustment_type_id": args.adjustment_type,
        "amount": money::json_number(amount),
    });
    let mut plan = Plan::new(ctx, &Smartico, "adjust", args.money.batch());
    let variant = format!("type{}", args.adjustment_type);
    let asked = KeyBasis {
        amount: Some(amount),
        currency: None,
        variant: Some(&variant),
    };
    plan.push_with(
        args.affiliate.to_string(),
        Some(amount),
        found.operator_currency,
        client.adjustment(body),
        args.money.idempotency_key.clone(),
        asked,
    );
    plan::execute(ctx, &client.api, plan, &safety, &adjustment_reference)
}

/// An amount as typed, checked by the shared rule; the error names the field.
fn checked_amount(text: &str, rule: AmountRule) -> Result<Decimal> {
    money::checked_amount(text, rule).map_err(|e| usage(format!("amount {e}")))
}

fn parse_start(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::Start)
}

/// A date alone means the end of that day, so `--period-to 2026-10-31` covers all of it.
fn parse_period_end(text: &str) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, DayEdge::End)
}

/// The filter's `to`: ISO-8601 in UTC, as the vendor's example writes it.
fn parse_due_until(text: &str) -> Result<String, String> {
    parse_period_end(text).map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_positive_and_at_most_cents() {
        assert_eq!(
            checked_amount("10.50", AmountRule::Positive)
                .unwrap()
                .to_string(),
            "10.50"
        );
        assert_eq!(
            checked_amount("-11", AmountRule::NonZero)
                .unwrap()
                .to_string(),
            "-11"
        );
        for bad in ["0", "-1", "1.001", "abc", "1e3"] {
            assert!(checked_amount(bad, AmountRule::Positive).is_err(), "{bad}");
        }
        assert!(checked_amount("0.00", AmountRule::NonZero).is_err());
    }

    #[test]
    fn a_bad_csv_lists_every_bad_row() {
        let parse = |text: &str| -> Result<(Vec<Payment>, Vec<String>)> {
            let mut good = Vec::new();
            let problems = parse_csv(text.as_bytes(), "p.csv", |_, p| good.push(p))?;
            Ok((good, problems))
        };
        let text = "affiliate_id,amount\n1,10.00\nx,5\n2,0\n3,1.234\n1,4\n4,abc\n";
        let (good, problems) = parse(text).unwrap();
        assert_eq!(good.len(), 1);
        let err = problems.join("\n");
        for expected in [
            "line 3",
            "line 4",
            "line 5",
            "line 6",
            "line 7",
            "first on line 2",
        ] {
            assert!(err.contains(expected), "{expected} in {err}");
        }
        let (_, problems) = parse("affiliate_id,amount,bonus\n1,2\n").unwrap();
        assert!(problems[0].contains("bonus"), "{problems:?}");
        assert!(parse("affiliate_id,amount,amount\n1,2,3\n").is_err());
        let (rows, problems) = parse("affiliate_id,amount,comment\n7,1.50,Oct\n").unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            (rows[0].affiliate_id, rows[0].amount.to_string()),
            (7, "1.50".into())
        );
    }

    #[test]
    fn due_until_is_the_end_of_the_day_in_the_vendors_form() {
        assert_eq!(
            parse_due_until("2025-04-30").unwrap(),
            "2025-04-30T23:59:59Z"
        );
    }
}
