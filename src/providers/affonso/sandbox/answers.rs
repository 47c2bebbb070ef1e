//! The API's answers: lists with the vendor's pagination (camelCase for payouts, snake_case
//! for commissions) and filters, single records, the updates a payout's documented
//! transitions allow, and the vendor's error envelope.

use super::super::wire::allowed;
use super::data::{Shape, State};
use crate::sandbox::{SimRequest, SimResponse};
use serde_json::{Value, json};

pub fn list(
    request: &SimRequest,
    rows: &[Value],
    keep: fn(&SimRequest, &Value) -> bool,
    camel: bool,
) -> Result<Value, SimResponse> {
    let number = |name: &str, default: u64| -> Result<u64, SimResponse> {
        request.param(name).map_or(Ok(default), |v| {
            v.parse()
                .map_err(|_| error(400, "VALIDATION_ERROR", &format!("{name} must be a number")))
        })
    };
    let (page, limit) = (number("page", 1)?.max(1), number("limit", 50)?);
    if !(1..=200).contains(&limit) {
        return Err(error(
            400,
            "VALIDATION_ERROR",
            "limit must be between 1 and 200",
        ));
    }
    let kept: Vec<&Value> = rows.iter().filter(|r| keep(request, r)).collect();
    let total = kept.len() as u64;
    let data: Vec<&Value> = kept
        .into_iter()
        .skip(((page - 1) * limit) as usize)
        .take(limit as usize)
        .collect();
    let pages = total.div_ceil(limit);
    let pagination = if camel {
        json!({"page": page, "limit": limit, "total": total, "totalPages": pages,
               "hasNextPage": page < pages, "hasPrevPage": page > 1})
    } else {
        json!({"page": page, "limit": limit, "total": total, "total_pages": pages,
               "has_next_page": page < pages, "has_prev_page": page > 1})
    };
    Ok(json!({"success": true, "data": data, "pagination": pagination}))
}

pub fn commission_filter(request: &SimRequest, c: &Value) -> bool {
    let eq = |param: &str, field: &str| request.param(param).is_none_or(|v| c[field] == v);
    let created = c["created_at"].as_str().unwrap_or_default();
    eq("affiliate_id", "affiliate_id")
        && eq("referral_id", "referral_id")
        && eq("status", "status")
        && eq("sales_status", "sales_status")
        // Compared as text, as a server comparing timestamps would: a bare date sent as
        // `created_lte` ends at that day's midnight and leaves the day itself out.
        && request
            .param("created_gte")
            .is_none_or(|d| created >= d)
        && request
            .param("created_lte")
            .is_none_or(|d| created <= d)
}

pub fn payout_filter(request: &SimRequest, p: &Value) -> bool {
    let affiliate = p.get("affiliateId").or_else(|| p.get("affiliate_id"));
    request.param("status").is_none_or(|v| p["status"] == v)
        && request
            .param("affiliateId")
            .is_none_or(|v| affiliate.is_some_and(|a| a == v))
}

pub fn find<'a>(rows: &'a [Value], id: &str) -> Result<&'a Value, SimResponse> {
    rows.iter()
        .find(|r| r["id"] == id)
        .ok_or_else(|| error(404, "NOT_FOUND", &format!("{id} not found")))
}

fn body(request: &SimRequest) -> Result<Value, SimResponse> {
    serde_json::from_slice(&request.body)
        .map_err(|_| error(400, "VALIDATION_ERROR", "body is not JSON"))
}

pub fn update_commission(
    request: &SimRequest,
    commissions: &mut [Value],
    id: &str,
) -> Result<Value, SimResponse> {
    let body = body(request)?;
    let commission = commissions
        .iter_mut()
        .find(|c| c["id"] == id)
        .ok_or_else(|| error(404, "NOT_FOUND", &format!("{id} not found")))?;
    for field in ["commission_amount", "status", "hold_period_days"] {
        if let Some(value) = body.get(field) {
            commission[field] = value.clone();
        }
    }
    Ok(json!({"success": true, "data": commission}))
}

pub fn update_payout(
    request: &SimRequest,
    state: &mut State,
    id: &str,
) -> Result<Value, SimResponse> {
    let body = body(request)?;
    let target = body["status"]
        .as_str()
        .ok_or_else(|| error(400, "VALIDATION_ERROR", "status is required"))?
        .to_string();
    let payout = state
        .payouts
        .iter_mut()
        .find(|p| p["id"] == id)
        .ok_or_else(|| error(404, "NOT_FOUND", &format!("{id} not found")))?;
    let current = payout["status"].as_str().unwrap_or_default().to_string();
    if !allowed(&current, &target) {
        return Err(error(
            400,
            "VALIDATION_ERROR",
            &format!("cannot change {current} to {target}"),
        ));
    }
    payout["status"] = Value::String(target.clone());
    let shape = Shape::of_payout(payout);
    for (field, snake) in [
        ("paymentMethod", "payment_method"),
        ("paymentReference", "payment_reference"),
    ] {
        if let Some(value) = body.get(field) {
            payout[shape.key(field, snake)] = value.clone();
        }
    }
    let paid: Vec<Value> = payout["transactions"]
        .as_array()
        .map(|t| t.iter().map(|t| t["commission"]["id"].clone()).collect())
        .unwrap_or_default();
    if target == "completed" {
        payout[shape.key("processedAt", "processed_at")] =
            Value::String(crate::sandbox::now_millis());
        for c in state
            .commissions
            .iter_mut()
            .filter(|c| paid.contains(&c["id"]))
        {
            c["status"] = Value::String("paid".into());
        }
    }
    let answer = state.payouts.iter().find(|p| p["id"] == id).cloned();
    Ok(json!({"success": true, "data": answer}))
}

/// The vendor's error envelope, with the code its reference gives each status.
pub fn envelope(status: u16, message: &str) -> SimResponse {
    let code = match status {
        401 => "UNAUTHORIZED",
        404 => "NOT_FOUND",
        429 => "RATE_LIMIT_EXCEEDED",
        _ => "VALIDATION_ERROR",
    };
    error(status, code, message)
}

fn error(status: u16, code: &str, message: &str) -> SimResponse {
    SimResponse::json(
        status,
        json!({"success": false, "error": {"code": code, "message": message}}).to_string(),
    )
}
