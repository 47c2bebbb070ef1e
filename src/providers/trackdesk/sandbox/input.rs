//! What the handlers read from a request, checked as Trackdesk checks it: a JSON body,
//! `pagination.*` and its page of answers, RFC 3339 times and time ranges, int64s written as
//! numbers or strings, decimals. Shared by every handler file, so none imports another.

use super::render::{Answer, int64, invalid};
use crate::sandbox::{SimRequest, SimResponse};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

pub fn body_of(request: &SimRequest) -> Result<Map<String, Value>, SimResponse> {
    serde_json::from_slice::<Value>(&request.body)
        .ok()
        .and_then(|v| v.as_object().cloned())
        .ok_or_else(|| invalid("the body is not a JSON object"))
}

/// `pagination.offset` and `pagination.limit`, defaulting to the first 50.
fn window(request: &SimRequest) -> Result<(usize, usize), SimResponse> {
    let number = |name: &str, default: usize| match request.param(name) {
        None => Ok(default),
        Some(text) => text
            .parse::<usize>()
            .map_err(|_| invalid(&format!("{name} '{text}' is not a number"))),
    };
    Ok((
        number("pagination.offset", 0)?,
        number("pagination.limit", 50)?.min(1000),
    ))
}

/// One page of `all`; only that page is turned into JSON.
pub fn page<T>(
    all: Vec<T>,
    key: &str,
    request: &SimRequest,
    to_json: impl Fn(T) -> Value,
) -> Answer {
    let (offset, limit) = window(request)?;
    let total = all.len();
    let rows: Vec<Value> = all
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(to_json)
        .collect();
    let has_more = offset + rows.len() < total;
    let mut pagination = json!({ "totalCount": int64(total as u64, true) });
    if has_more {
        pagination["hasMore"] = json!(true);
    }
    Ok(json!({ key: rows, "pagination": pagination }))
}

pub fn instant(text: &str, what: &str) -> Result<DateTime<Utc>, SimResponse> {
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| invalid(&format!("{what} '{text}' is not an RFC 3339 timestamp")))
}

pub fn in_range(created_at: &str, request: &SimRequest) -> Result<bool, SimResponse> {
    let at = instant(created_at, "createdAt")?;
    let from = request
        .param("timeRange.from")
        .map(|t| instant(t, "timeRange.from"))
        .transpose()?;
    let to = request
        .param("timeRange.to")
        .map(|t| instant(t, "timeRange.to"))
        .transpose()?;
    Ok(from.is_none_or(|f| at >= f) && to.is_none_or(|t| at <= t))
}

/// An int64 from the body: a number or a string of digits, as proto3 JSON reads it.
pub fn int64_in(value: &Value, what: &str) -> Result<Option<usize>, SimResponse> {
    let n = match value {
        Value::Null => return Ok(None),
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse::<u64>().ok(),
        _ => None,
    };
    n.map(|n| Some(n as usize))
        .ok_or_else(|| invalid(&format!("{what} is not an int64")))
}

pub fn strings(filters: &Map<String, Value>, key: &str) -> Result<Vec<String>, SimResponse> {
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

pub fn decimal(text: Option<&str>, what: &str) -> Result<Option<Decimal>, SimResponse> {
    text.map(|m| {
        m.parse::<Decimal>()
            .map_err(|_| invalid(&format!("{what} '{m}' is not a decimal")))
    })
    .transpose()
}
