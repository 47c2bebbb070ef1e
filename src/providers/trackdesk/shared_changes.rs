//! What Trackdesk's changes share, below each of them: the ids a change takes, the batch of
//! a change that sets a state, a status set on many ids, the answers without fields (a
//! status set, a delete), the digest that names a set of accounts or a body in a key, and an
//! account settlement's line in a plan.

use super::client::{Client, path_segment};
use super::wire::{AccountSettlement, Currency};
use crate::context::Context;
use crate::error::{Kind, fail};
use crate::http::{Api, Request, Response};
use crate::money_args::MoneyArgs;
use crate::plan::{self, Answered, Line, Plan};
use anyhow::Result;
use chrono::{DateTime, Utc};
use reqwest::Method;
use serde_json::{Value, json};

/// What an account settlement pays, as a plan shows it (the confirmation, `--max-total`).
pub fn line_of(row: &AccountSettlement) -> Line {
    Line {
        target: row.account_id.clone(),
        amount: row.amount.value,
        currency: Currency::code(&row.currency),
    }
}

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_else(Utc::now)
}

/// Ids checked as path segments and deduplicated in order; an explicit key names one.
pub fn checked_ids(ids: &[String], money: &MoneyArgs) -> Result<Vec<String>> {
    money.check_single_key(ids.len() == 1, "request", "give one id")?;
    let mut unique = Vec::new();
    for id in ids {
        if !unique.contains(id) {
            unique.push(path_segment(id)?.to_string());
        }
    }
    Ok(unique)
}

/// The batch of a change that sets a state (a status, billing details, a method's details):
/// setting it again is harmless, and a same-day rerun must still set it after a change the
/// other way (paid, new, paid), so each run is its own batch unless `--batch` names one.
pub fn setting_batch(money: &MoneyArgs) -> String {
    money.batch.clone().unwrap_or_else(|| {
        chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.6fZ")
            .to_string()
    })
}

/// A status set on many ids of one collection.
pub struct StatusChange {
    /// The path the ids are under (`…/account-settlements`, `…/conversions/v1`).
    pub collection: String,
    /// As sent.
    pub status: &'static str,
    /// As shown and journaled (`status=paid`).
    pub name: String,
}

/// One journaled `PUT {collection}/{id}/status` per id through `plan`; the documented answer
/// is a JSON object with no fields to read (see `empty_object`).
pub fn set_statuses(
    ctx: &Context,
    client: &Client,
    mut plan: Plan,
    ids: Vec<String>,
    change: &StatusChange,
    money: &MoneyArgs,
    safety: &plan::Safety,
) -> Result<()> {
    let note = format!("status={}", change.name);
    for id in ids {
        let request = client.write(
            Method::PUT,
            &format!("{}/{id}/status", change.collection),
            Some(json!({ "status": change.status })),
        );
        plan.push_variant(
            id,
            None,
            None,
            request,
            money.idempotency_key.clone(),
            Some(&note),
        );
    }
    plan::execute(ctx, &client.api, plan, safety, &|api, request, response| {
        empty_object(api, request, response)?;
        Ok(noted(note.clone()))
    })
}

/// A status change's answer, noted with the status the request set (`status=paid`).
pub fn status_set(
    api: &Api,
    request: &Request,
    response: &Response,
    name: fn(&str) -> String,
) -> Result<Answered> {
    empty_object(api, request, response)?;
    let body = request.body_json().unwrap_or_default();
    let status = body["status"].as_str().unwrap_or_default();
    Ok(noted(format!("status={}", name(status))))
}

/// The documented success of a change whose answer has no fields (a status change, a
/// delete) is a JSON object — `{}`, or fields a newer Trackdesk adds. Anything else (`[]`,
/// `null`, a string) is not understood, so the change may have been made: unknown.
pub fn empty_object(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let value: Value = api.decode(response)?;
    if !value.is_object() {
        return Err(fail(
            Kind::Unreadable,
            format!(
                "trackdesk answered with {} where its documented answer is an object",
                crate::http::snippet(&response.body)
            ),
        ));
    }
    Ok(Answered::default())
}

pub fn deleted(api: &Api, request: &Request, response: &Response) -> Result<Answered> {
    empty_object(api, request, response)?;
    Ok(noted("deleted".to_string()))
}

pub fn noted(note: String) -> Answered {
    Answered {
        note: Some(note),
        ..Answered::default()
    }
}

/// The first 12 hex digits of the text's SHA-256: stable across versions and machines.
pub fn digest(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}
