//! `affpay smartico settle` and `adjust`, the commands that move money: every payment and
//! adjustment goes through the shared plan — validated whole, confirmed, journaled, sent once
//! — and the answers that say one was made.

use super::args::{AdjustArgs, SettleArgs};
use super::client::{BalanceFilter, Client};
use super::identity::Smartico;
use super::payment::{Payment, Payments, checked_amount, parse_csv, payment_body};
use super::reads::{all_balances, client, lookup, walk_balances};
use super::wire::{Affiliate, PaymentAnswer};
use crate::context::Context;
use crate::csv_input;
use crate::dates;
use crate::error::{Kind, fail};
use crate::http::{Api, Request, Response};
use crate::money::{self, AmountRule};
use crate::paging::Take;
use crate::plan::{self, Answered, KeyBasis, Plan};
use anyhow::{Context as _, Result};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::Path;

pub fn settle(ctx: &Context, args: &SettleArgs) -> Result<()> {
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

pub fn adjust(ctx: &Context, args: &AdjustArgs) -> Result<()> {
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

/// The payment id of a 2xx answer; TAP has no documented refusal inside a 2xx, and a body
/// that cannot be read still means the payment was recorded.
/// A payment is done only when Smartico answers its documented payment object, whose `id`
/// (or `payment_id`) is the reference; anything else is unreadable, so its outcome unknown.
pub fn payment_reference(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
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
pub fn adjustment_reference(_: &Api, _: &Request, response: &Response) -> Result<Answered> {
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
