//! The simulator's routes beyond affiliate billing, kept apart so each file stays readable:
//! the conversion report and conversion statuses (an approved conversion counts toward its
//! affiliate's open balance, so changing that moves the balance), what advertisers owe
//! (open balances, claims that empty them, deletes that give them back) and Tipalti payment
//! batches (a batch takes a settlement's payable Tipalti rows; a status check finds them
//! paid). Answers follow the OpenAPI document's schemas, int64 as its gateway writes them.

mod tipalti;

pub use tipalti::payment_data;

use super::render::{Answer, currency, int64, invalid, money, not_found, status};
use super::routes::{body_of, in_range, instant, page};
use super::state::{State, TENANT_CURRENCY, billing_detail, now, uuid};
use crate::sandbox::{Rng, SimRequest, SimResponse};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

pub const REPORT: &str = "/api/reports/conversion-report/v1";
pub const CONVERSIONS: &str = "/api/node/conversions/v1/";
pub const ROB: &str = "/api/node/revenue-origin-billing/v1";
pub const TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements/";

const APPROVED: &str = "CONVERSION_STATUS_APPROVED";
const STATUSES: &[&str] = &[
    "CONVERSION_STATUS_APPROVED",
    "CONVERSION_STATUS_FRAUD",
    "CONVERSION_STATUS_NOT_ALLOWED",
    "CONVERSION_STATUS_BLOCKED",
    "CONVERSION_STATUS_ON_HOLD",
    "CONVERSION_STATUS_PENDING",
    "CONVERSION_STATUS_REFUNDED",
    "CONVERSION_STATUS_REJECTED",
    "CONVERSION_STATUS_TEST",
    "CONVERSION_STATUS_QUALITY_CONTROL",
];

pub struct Conversion {
    id: String,
    account: usize,
    status: &'static str,
    cost: Decimal,
    revenue: Decimal,
    created_at: DateTime<Utc>,
    advertiser: usize,
}

pub struct Advertiser {
    id: String,
    name: String,
    open: Decimal,
    on_hold: Decimal,
    billing: bool,
    tag: &'static str,
}

struct Claim {
    id: String,
    advertiser: usize,
    amount: Decimal,
    until: String,
    note: String,
    created_at: String,
}

/// State of the routes in this file.
#[derive(Default)]
pub struct More {
    conversions: Vec<Conversion>,
    advertisers: Vec<Advertiser>,
    claims: Vec<Claim>,
    batches: Vec<tipalti::Batch>,
}

impl More {
    /// Two conversions per account (the first approved, the second pending) and four
    /// advertisers, the last without billing details.
    pub fn seed(accounts: &[(String, DateTime<Utc>)], rng: &mut Rng) -> More {
        let advertisers: Vec<Advertiser> = (0..4)
            .map(|i| Advertiser {
                id: uuid(rng),
                name: format!("Advertiser {}", i + 1),
                open: Decimal::new(50_000 + rng.below(5_000_000) as i64, 2),
                on_hold: Decimal::new(rng.below(100_000) as i64, 2),
                billing: i != 3,
                tag: if i % 2 == 0 { "tag-even" } else { "tag-odd" },
            })
            .collect();
        let mut conversions = Vec::new();
        for (account, (_, earned_at)) in accounts.iter().enumerate() {
            for n in 0..2 {
                // Every fifth cost has four decimals, as currency conversion leaves them.
                let cost = if (account + n) % 5 == 4 {
                    Decimal::new(10_000 + rng.below(1_000_000) as i64, 4)
                } else {
                    Decimal::new(100 + rng.below(10_000) as i64, 2)
                };
                conversions.push(Conversion {
                    id: uuid(rng),
                    account,
                    status: if n == 0 {
                        APPROVED
                    } else {
                        "CONVERSION_STATUS_PENDING"
                    },
                    cost,
                    revenue: (cost * Decimal::new(15, 1)).round_dp(2),
                    created_at: *earned_at - chrono::Duration::hours(n as i64),
                    advertiser: (account + n) % advertisers.len(),
                });
            }
        }
        More {
            conversions,
            advertisers,
            ..More::default()
        }
    }
}

pub fn handles(path: &str) -> bool {
    path == REPORT
        || path.starts_with(CONVERSIONS)
        || path.starts_with(&format!("{ROB}/"))
        || path.starts_with(TIPALTI)
}

/// The answer of a route of this file, or None when the path is not one.
pub fn route(request: &SimRequest, state: &mut State) -> Option<Answer> {
    let path = request.path.as_str();
    let method = request.method.as_str();
    if path == REPORT {
        return Some(match method {
            "POST" => report(request, state),
            _ => Err(status(404, 5, &format!("no route {method} {path}"))),
        });
    }
    if let Some(rest) = path.strip_prefix(CONVERSIONS) {
        let parts: Vec<&str> = rest.split('/').collect();
        return Some(match (method, &parts[..]) {
            ("PUT", [id, "status"]) => set_conversion_status(request, state, id),
            _ => Err(status(404, 5, &format!("no route {method} {path}"))),
        });
    }
    if let Some(rest) = path.strip_prefix(ROB) {
        let parts: Vec<&str> = rest.trim_start_matches('/').split('/').collect();
        return Some(match (method, &parts[..]) {
            ("GET", ["open-balances"]) => receivables(request, state),
            ("POST", ["claim-balances"]) => claim(request, state),
            ("GET", ["claims"]) => list_claims(request, state),
            ("GET", ["claims", id]) => get_claim(state, id),
            ("DELETE", ["claims", id]) => delete_claim(state, id),
            _ => Err(status(404, 5, &format!("no route {method} {path}"))),
        });
    }
    if let Some(rest) = path.strip_prefix(TIPALTI) {
        let parts: Vec<&str> = rest.split('/').collect();
        return Some(match (method, &parts[..]) {
            ("GET", [id, "list-payable-account-settlements"]) => tipalti::payable(state, id),
            ("POST", [id, "payment-batch"]) => tipalti::create_batch(state, id),
            ("POST", [id, "payment-batch", "status"]) => tipalti::batch_status(request, state, id),
            _ => Err(status(404, 5, &format!("no route {method} {path}"))),
        });
    }
    None
}

/// An int64 from the body: a number or a string of digits, as proto3 JSON reads it.
fn int64_in(value: &Value, what: &str) -> Result<Option<usize>, SimResponse> {
    let n = match value {
        Value::Null => return Ok(None),
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse::<u64>().ok(),
        _ => None,
    };
    n.map(|n| Some(n as usize))
        .ok_or_else(|| invalid(&format!("{what} is not an int64")))
}

fn strings(filters: &Map<String, Value>, key: &str) -> Result<Vec<String>, SimResponse> {
    match filters.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(String::from)
                    .ok_or_else(|| invalid(&format!("filters.{key} must hold strings")))
            })
            .collect(),
        Some(_) => Err(invalid(&format!("filters.{key} must be a list"))),
    }
}

const REPORT_FILTERS: &[&str] = &[
    "timeRange",
    "conversionIds",
    "cids",
    "externalCids",
    "couponCodes",
    "countryCodes",
    "sourceIds",
    "offerIds",
    "conversionStatuses",
    "conversionTypeIds",
    "conversionSourceTypes",
    "externalIds",
    "customerIds",
    "advS1s",
    "advS2s",
    "advS3s",
    "advS4s",
    "advS5s",
    "affS1s",
    "affS2s",
    "affS3s",
    "affS4s",
    "affS5s",
    "currencyCodes",
    "fraudSuspicion",
    "revenueOriginIds",
    "settlementIds",
    "accountSettlementIds",
    "claimIds",
    "conversionTypeCodes",
    "qualified",
    "offerTagIds",
    "affiliateTagIds",
    "revenueOriginTagIds",
];

fn report(request: &SimRequest, state: &mut State) -> Answer {
    let body = body_of(request)?;
    if let Some(key) = body
        .keys()
        .find(|k| !["pagination", "filters"].contains(&k.as_str()))
    {
        return Err(invalid(&format!("unknown field {key}")));
    }
    let pagination = body.get("pagination").cloned().unwrap_or(json!({}));
    let offset = int64_in(&pagination["offset"], "pagination.offset")?.unwrap_or(0);
    let limit = int64_in(&pagination["limit"], "pagination.limit")?
        .unwrap_or(50)
        .min(1000);
    let filters = match body.get("filters") {
        None => Map::new(),
        Some(Value::Object(f)) => f.clone(),
        Some(_) => return Err(invalid("filters must be an object")),
    };
    if let Some(key) = filters
        .keys()
        .find(|k| !REPORT_FILTERS.contains(&k.as_str()))
    {
        return Err(invalid(&format!("unknown filter {key}")));
    }
    let range = filters.get("timeRange").cloned().unwrap_or(json!({}));
    let from = range["from"]
        .as_str()
        .map(|t| instant(t, "timeRange.from"))
        .transpose()?;
    let to = range["to"]
        .as_str()
        .map(|t| instant(t, "timeRange.to"))
        .transpose()?;
    let ids = strings(&filters, "conversionIds")?;
    let sources = strings(&filters, "sourceIds")?;
    let statuses = strings(&filters, "conversionStatuses")?;
    let currencies = strings(&filters, "currencyCodes")?;
    let advertisers = strings(&filters, "revenueOriginIds")?;
    let accounts = &state.accounts;
    let more = &state.more;
    let selected: Vec<&Conversion> = more
        .conversions
        .iter()
        .filter(|c| {
            let account = &accounts[c.account];
            from.is_none_or(|f| c.created_at >= f)
                && to.is_none_or(|t| c.created_at <= t)
                && (ids.is_empty() || ids.contains(&c.id))
                && (sources.is_empty() || sources.contains(&account.id))
                && (statuses.is_empty() || statuses.iter().any(|s| s == c.status))
                && (currencies.is_empty() || currencies.iter().any(|s| s == account.currency))
                && (advertisers.is_empty()
                    || advertisers.contains(&more.advertisers[c.advertiser].id))
        })
        .collect();
    let total = selected.len();
    let rows: Vec<Value> = selected
        .iter()
        .skip(offset)
        .take(limit)
        .map(|c| conversion_json(c, state))
        .collect();
    let mut pagination = json!({ "totalCount": int64(total as u64, offset % 200 == 0) });
    if offset + rows.len() < total {
        pagination["hasMore"] = json!(true);
    }
    Ok(json!({ "rows": rows, "pagination": pagination }))
}

fn conversion_json(c: &Conversion, state: &State) -> Value {
    let account = &state.accounts[c.account];
    let advertiser = &state.more.advertisers[c.advertiser];
    json!({
        "createdAt": c.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "conversionId": c.id,
        "source": { "id": account.id, "publicId": format!("aff{}", c.account + 1) },
        "offer": { "id": "offer-1", "name": "Sandbox offer" },
        "conversionStatus": c.status,
        "conversionType": { "id": "sale", "name": "Sale" },
        "conversionAmount": money(c.revenue * Decimal::new(10, 0)),
        "revenue": money(c.revenue),
        "cost": money(c.cost),
        "currencyCode": account.currency,
        "revenueOrigin": { "id": advertiser.id, "name": advertiser.name },
        "fraudSuspicion": { "isSuspected": false, "causes": [] },
        "qualified": true,
    })
}

/// An approved conversion's cost is part of its affiliate's open balance: leaving or
/// entering `approved` moves the balance by it.
fn set_conversion_status(request: &SimRequest, state: &mut State, id: &str) -> Answer {
    let body = body_of(request)?;
    let wanted = body
        .get("status")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let Some(&wanted) = STATUSES.iter().find(|s| **s == wanted) else {
        return Err(invalid(&format!("invalid conversion status '{wanted}'")));
    };
    let index = state
        .more
        .conversions
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| not_found("conversion", id))?;
    let conversion = &mut state.more.conversions[index];
    let was = conversion.status;
    conversion.status = wanted;
    let (account, cost) = (conversion.account, conversion.cost);
    let open = &mut state.accounts[account].open;
    if was == APPROVED && wanted != APPROVED {
        *open = (*open - cost).max(Decimal::ZERO);
    } else if was != APPROVED && wanted == APPROVED {
        *open += cost;
    }
    Ok(json!({}))
}

fn advertiser_selected(a: &Advertiser, min: Option<Decimal>, tags: &[String]) -> bool {
    a.open > Decimal::ZERO
        && min.is_none_or(|m| a.open >= m)
        && (tags.is_empty() || tags.iter().any(|t| t == a.tag))
}

fn decimal(text: Option<&str>, what: &str) -> Result<Option<Decimal>, SimResponse> {
    text.map(|m| {
        m.parse::<Decimal>()
            .map_err(|_| invalid(&format!("{what} '{m}' is not a decimal")))
    })
    .transpose()
}

fn receivables(request: &SimRequest, state: &mut State) -> Answer {
    let known = [
        "pagination.limit",
        "pagination.offset",
        "filter.until",
        "filter.minAmount.value",
        "filter.revenueOriginTagIds",
    ];
    if let Some(unknown) = request.unknown_params(&known).first() {
        return Err(invalid(&format!("unknown parameter {unknown}")));
    }
    let Some(until) = request.param("filter.until") else {
        return Err(invalid("filter.until is required"));
    };
    instant(until, "filter.until")?;
    let min = decimal(
        request.param("filter.minAmount.value"),
        "filter.minAmount.value",
    )?;
    let tags: Vec<String> = request
        .query
        .iter()
        .filter(|(k, _)| k == "filter.revenueOriginTagIds")
        .map(|(_, v)| v.clone())
        .collect();
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

fn claim_json(claim: &Claim, state: &State) -> Value {
    let advertiser = &state.more.advertisers[claim.advertiser];
    let mut detail = billing_detail(&advertiser.name);
    detail.insert("vat".to_string(), json!("CZ12345678"));
    json!({
        "id": claim.id,
        "revenueOrigin": { "id": advertiser.id, "name": advertiser.name },
        "amount": money(claim.amount),
        "currency": currency(TENANT_CURRENCY),
        "until": claim.until,
        "billingDetail": detail,
        "tenantBillingDetail": { "name": "Sandbox Program s.r.o.", "countryCode": "CZ", "city": "Prague" },
        "paymentMethodForAdvertiser": "Bank transfer to CZ6508000000192000145399",
        "note": claim.note,
        "createdAt": claim.created_at,
    })
}

fn claim(request: &SimRequest, state: &mut State) -> Answer {
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

fn list_claims(request: &SimRequest, state: &mut State) -> Answer {
    let known = [
        "pagination.limit",
        "pagination.offset",
        "timeRange.from",
        "timeRange.to",
    ];
    if let Some(unknown) = request.unknown_params(&known).first() {
        return Err(invalid(&format!("unknown parameter {unknown}")));
    }
    let mut all = Vec::new();
    for claim in &state.more.claims {
        if in_range(&claim.created_at, request)? {
            all.push(claim);
        }
    }
    page(all, "claims", request, |c| claim_json(c, state))
}

fn get_claim(state: &mut State, id: &str) -> Answer {
    let claim = state
        .more
        .claims
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| not_found("advertiser settlement", id))?;
    Ok(json!({ "claim": claim_json(claim, state) }))
}

fn delete_claim(state: &mut State, id: &str) -> Answer {
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
