//! The `affpay affonso` verbs that change something: settle and cancel move payouts to a
//! new status, adjust changes what a commission owes. Affonso has no idempotency keys, so
//! each goes through the shared plan and its journal; a payout's documented transitions are
//! checked against its current status before anything is sent.

use super::args::{AdjustArgs, CancelArgs, SettleArgs};
use super::client::{changed, client, path_segment};
use super::identity::Affonso;
use super::wire::{Commission, Payout, allowed};
use crate::context::Context;
use crate::error::usage;
use crate::http::{Api, Request, Response};
use crate::money::AmountRule;
use crate::money_args::MoneyArgs;
use crate::plan::{self, Answered, KeyBasis, Plan};
use anyhow::Result;
use rust_decimal::Decimal;
use serde_json::{Value, json};

pub fn settle(ctx: &Context, args: &SettleArgs) -> Result<()> {
    let target = if args.processing {
        "processing"
    } else {
        "completed"
    };
    let extra = payment_fields(args)?;
    change_payouts(ctx, &args.ids, "settle", target, extra, &args.money)
}

pub fn cancel(ctx: &Context, args: &CancelArgs) -> Result<()> {
    change_payouts(
        ctx,
        &args.ids,
        "cancel",
        "cancelled",
        json!({}),
        &args.money,
    )
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

pub fn adjust(ctx: &Context, args: &AdjustArgs) -> Result<()> {
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
pub fn reference_of(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let answer = changed(api, response)?;
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
