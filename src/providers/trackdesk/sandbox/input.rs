//! What the handlers read from a request, checked as Trackdesk checks it: a JSON body, the
//! query's known parameters, `pagination.*` and its page of answers, RFC 3339 times and time
//! ranges, int64s written as numbers or strings, decimals. Shared by every handler file, so
//! none imports another.

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

/// The query parameters of a list in pages over a time range.
pub const TIME_RANGED: &[&str] = &[
    "pagination.limit",
    "pagination.offset",
    "timeRange.from",
    "timeRange.to",
];

/// Refuses the first query parameter the endpoint does not know.
pub fn known_params(request: &SimRequest, known: &[&str]) -> Result<(), SimResponse> {
    match request.unknown_params(known).first() {
        Some(unknown) => Err(invalid(&format!("unknown parameter {unknown}"))),
        None => Ok(()),
    }
}

/// Every value of a query parameter that may repeat (`filter.revenueOriginTagIds=a&…=b`).
pub fn repeated(request: &SimRequest, name: &str) -> Vec<String> {
    request
        .query
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
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

/// One page of `all` at the query's `pagination.*`; only that page is turned into JSON.
pub fn page<T>(
    all: Vec<T>,
    key: &str,
    request: &SimRequest,
    to_json: impl Fn(T) -> Value,
) -> Answer {
    page_at(all, key, window(request)?, |_| true, to_json)
}

/// One page of `all` at `(offset, limit)`, its total an int64 string when `total_as_string`
/// says so for the offset.
pub fn page_at<T>(
    all: Vec<T>,
    key: &str,
    (offset, limit): (usize, usize),
    total_as_string: impl Fn(usize) -> bool,
    to_json: impl Fn(T) -> Value,
) -> Answer {
    let total = all.len();
    let rows: Vec<Value> = all
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(to_json)
        .collect();
    let has_more = offset + rows.len() < total;
    let mut pagination = json!({ "totalCount": int64(total as u64, total_as_string(offset)) });
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

/// The rows created within the query's `timeRange`, in order (a bad range is refused at the
/// first row, so an empty list never reads it).
pub fn created_in_range<'a, T>(
    rows: impl IntoIterator<Item = &'a T>,
    created_at: impl Fn(&T) -> &str,
    request: &SimRequest,
) -> Result<Vec<&'a T>, SimResponse> {
    let mut all = Vec::new();
    for row in rows {
        if in_range(created_at(row), request)? {
            all.push(row);
        }
    }
    Ok(all)
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
