//! The `affpay billon` verbs that move money: settle creates payouts, cancel undoes them.
//! Both go through the shared plan; how each answer is read is here too, for `affpay apply`.

use super::args::{CancelArgs, SettleArgs};
use super::client::Client;
use super::from_csv::read_csv;
use super::identity::Billon;
use super::payout::{Payout, validate};
use crate::context::Context;
use crate::csv_input;
use crate::error::{Kind, fail, usage};
use crate::http::{Api, Request, Response};
use crate::plan::{self, Answered, Plan};
use anyhow::Result;
use chrono::Utc;
use serde::Deserialize;
use serde_json::Value;

/// The panel's refusal for want of funds: every later payout would be refused too.
pub fn out_of_funds(err: &anyhow::Error) -> bool {
    format!("{err:#}").contains("INSUFFICIENT_FUNDS")
}

pub fn settle(ctx: &Context, args: &SettleArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let now = Utc::now();
    // A bad file is reported before a missing credential, as if the file were read first:
    // the client's error waits until every row has been checked.
    let client = Client::new(ctx, &Billon);
    let mut plan = Plan::new(ctx, &Billon, "settle", args.money.batch());
    plan.stops_batch = out_of_funds;
    if let Some(path) = &args.from_csv {
        plan.items.reserve_exact(csv_input::rows_at_most(path));
    }
    let mut payouts = 0usize;
    let mut push = |payout: Payout| {
        payouts += 1;
        let Ok(client) = &client else { return };
        plan.push_variant(
            payout.target(),
            Some(payout.amount),
            Some(payout.currency.clone()),
            client.create(payout.body()),
            args.money.idempotency_key.clone(),
            Some(&format!("project={}", payout.project)),
        );
    };
    match &args.from_csv {
        // Each row becomes its request as it is read, and nothing is sent unless every row
        // is good: a large file is never held whole as rows beside its requests.
        Some(path) => read_csv(path, now, &mut push)?,
        None => push(validate(args.fields.clone(), now).map_err(usage)?),
    };
    args.money
        .check_single_key(payouts == 1, "payout", "a CSV derives one key per row")?;
    let client = client?;
    plan::execute(ctx, &client.api, plan, &safety, &created)
}

/// The created payout's id, and its status at creation for the journal. The panel's error
/// body inside a 2xx is a refusal with its message; any other answer without a created
/// payout's id is unreadable, which the plan records as an unknown outcome (the payout may
/// exist), never as a success without a reference.
pub fn created(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    refused(api, response)?;
    let answer: CreateAnswer = api.decode(response)?;
    let Some(payout) = answer.payments.into_iter().next() else {
        return Err(fail(
            Kind::Unreadable,
            format!(
                "billon answered the create without a payout: {}",
                crate::http::snippet(&response.body)
            ),
        ));
    };
    let id = match payout.id {
        Value::String(s) => s,
        other => other.to_string(),
    };
    let field = |value: &Option<Value>| match value {
        Some(Value::String(s)) => s.clone(),
        None | Some(Value::Null) => "-".to_string(),
        Some(other) => other.to_string(),
    };
    let note = format!(
        "status={} recipient_id={} project_id={}",
        field(&payout.status),
        field(&payout.recipient_id),
        field(&payout.project_id)
    );
    Ok(Answered {
        reference: Some(id),
        note: Some(note),
        ..Answered::default()
    })
}

/// `{"payments": [{"id", "status", "recipientId", "projectId", …}]}`.
#[derive(Deserialize)]
struct CreateAnswer {
    payments: Vec<CreatedPayout>,
}

#[derive(Deserialize)]
struct CreatedPayout {
    /// A number in the vendor's example; required, and never null.
    #[serde(deserialize_with = "present")]
    id: Value,
    status: Option<Value>,
    #[serde(rename = "recipientId")]
    recipient_id: Option<Value>,
    #[serde(rename = "projectId")]
    project_id: Option<Value>,
}

/// `{"success": <how many were cancelled>}`.
#[derive(Deserialize)]
struct CancelAnswer {
    success: u64,
}

/// A value that must be there and not null.
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Err(serde::de::Error::custom("id is null")),
        value => Ok(value),
    }
}

/// The panel's documented error body, `{"error": {"message", "type"}}`, is a refusal whatever
/// the status, so a 2xx carrying it is never read as done.
fn refused(api: &Api, response: &Response) -> Result<()> {
    let value: Value = api.decode(response)?;
    if value.get("error").is_some_and(|e| !e.is_null()) {
        return Err(api.refusal(&response.body));
    }
    Ok(())
}

pub fn cancel(ctx: &Context, args: &CancelArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let mut ids = args.ids.clone();
    ids.sort_unstable();
    ids.dedup();
    let client = Client::new(ctx, &Billon)?;
    let mut plan = Plan::new(ctx, &Billon, "cancel", args.money.batch());
    // Only a cancel of every id succeeds, so each payout affpay created with them is undone.
    plan.reverses = Some("settle".to_string());
    plan.notice = Some(
        "Cancelling is irreversible: a cancelled payout cannot be received or activated again"
            .to_string(),
    );
    let target = ids.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
    plan.push(
        target,
        None,
        None,
        client.cancel(&ids),
        args.money.idempotency_key.clone(),
    );
    plan::execute(ctx, &client.api, plan, &safety, &cancelled)
}

/// The panel answers only how many it cancelled; fewer than asked is a partial failure, and
/// the panel does not say which.
pub fn cancelled(api: &Api, request: &Request, response: &Response) -> Result<Answered> {
    refused(api, response)?;
    let answer: CancelAnswer = api.decode(response)?;
    let asked = request
        .body_json()
        .and_then(|b| b["ids"].as_array().map(Vec::len))
        .unwrap_or(0);
    let done = answer.success as usize;
    if done < asked {
        return Err(fail(
            Kind::Partial,
            format!("billon cancelled {done} of {asked} payouts; the panel does not say which"),
        ));
    }
    Ok(Answered {
        reference: None,
        note: Some(format!("cancelled {done} of {asked}")),
        ..Answered::default()
    })
}
