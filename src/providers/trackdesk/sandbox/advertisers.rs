//! What advertisers owe (revenue-origin billing): open balances, claims that empty them,
//! deletes that give them back.

use super::input::{
    TIME_RANGED, body_of, created_in_range, decimal, instant, known_params, page, repeated,
};
use super::render::{Answer, claim_json, invalid, money, not_found, status};
use super::state::{Advertiser, Claim, State, now, uuid};
use crate::sandbox::SimRequest;
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn advertiser_selected(a: &Advertiser, min: Option<Decimal>, tags: &[String]) -> bool {
    a.open > Decimal::ZERO
        && min.is_none_or(|m| a.open >= m)
        && (tags.is_empty() || tags.iter().any(|t| t == a.tag))
}

pub fn receivables(request: &SimRequest, state: &mut State) -> Answer {
    let known = [
        "pagination.limit",
        "pagination.offset",
        "filter.until",
        "filter.minAmount.value",
        "filter.revenueOriginTagIds",
    ];
    known_params(request, &known)?;
    let Some(until) = request.param("filter.until") else {
        return Err(invalid("filter.until is required"));
    };
    instant(until, "filter.until")?;
    let min = decimal(
        request.param("filter.minAmount.value"),
        "filter.minAmount.value",
    )?;
    let tags = repeated(request, "filter.revenueOriginTagIds");
    let all: Vec<&Advertiser> = state
        .more
        .advertisers
        .iter()
        .filter(|a| advertiser_selected(a, min, &tags))
        .collect();
    page(all, "balances", request, |a| {
        json!({
            "revenueOrigin": { "id": a.id, "name": a.name },
            "openBalance": money(a.open),
            "onHoldBalance": money(a.on_hold),
            "hasBillingDetails": a.billing,
        })
    })
}

pub fn claim(request: &SimRequest, state: &mut State) -> Answer {
    let body = body_of(request)?;
    if let Some(key) = body
        .keys()
        .find(|k| !["filter", "revenueOriginId", "note"].contains(&k.as_str()))
    {
        return Err(invalid(&format!("unknown field {key}")));
    }
    let filter = body
        .get("filter")
        .and_then(Value::as_object)
        .ok_or_else(|| invalid("filter is required"))?;
    let until = filter
        .get("until")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid("filter.until is required"))?;
    let until = instant(until, "filter.until")?;
    let min = decimal(
        filter.get("minAmount").and_then(|m| m["value"].as_str()),
        "filter.minAmount.value",
    )?;
    let tags: Vec<String> = filter
        .get("revenueOriginTagIds")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|t| t.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let id = body
        .get("revenueOriginId")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid("revenueOriginId is required"))?;
    let note = body
        .get("note")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid("note is required"))?
        .to_string();
    let index = state
        .more
        .advertisers
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| not_found("advertiser", id))?;
    let advertiser = &mut state.more.advertisers[index];
    if !advertiser.billing {
        return Err(status(400, 9, "advertiser has no billing details"));
    }
    if !advertiser_selected(advertiser, min, &tags) {
        return Err(status(400, 9, "no open balance to claim"));
    }
    let claim = Claim {
        id: uuid(&mut state.rng),
        advertiser: index,
        amount: advertiser.open,
        until: until.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        note,
        created_at: now(),
    };
    advertiser.open = Decimal::ZERO;
    let answer = json!({ "claim": claim_json(&claim, state) });
    state.more.claims.push(claim);
    Ok(answer)
}

pub fn list_claims(request: &SimRequest, state: &mut State) -> Answer {
    known_params(request, TIME_RANGED)?;
    let all = created_in_range(&state.more.claims, |c| &c.created_at, request)?;
    page(all, "claims", request, |c| claim_json(c, state))
}

pub fn get_claim(state: &mut State, id: &str) -> Answer {
    let claim = state
        .more
        .claims
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| not_found("advertiser settlement", id))?;
    Ok(json!({ "claim": claim_json(claim, state) }))
}

pub fn delete_claim(state: &mut State, id: &str) -> Answer {
    let index = state
        .more
        .claims
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| not_found("advertiser settlement", id))?;
    let claim = state.more.claims.remove(index);
    state.more.advertisers[claim.advertiser].open += claim.amount;
    Ok(json!({}))
}
