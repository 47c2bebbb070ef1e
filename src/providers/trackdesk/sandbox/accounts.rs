//! An affiliate account's billing details and payment methods, checked against the table of
//! payment method types and the currencies each takes.

use super::super::methods::{self, MethodType};
use super::input::body_of;
use super::render::{Answer, invalid, method_json, not_found, status};
use super::state::{PaymentMethod, State, supported_currencies, uuid};
use crate::sandbox::{SimRequest, SimResponse};
use serde_json::{Map, Value, json};

fn account_index(state: &State, body: &Map<String, Value>) -> Result<usize, SimResponse> {
    let id = body
        .get("accountId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    state
        .accounts
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| {
            status(
                404,
                5,
                &format!("ERROR_CODE_ACCOUNT_NOT_FOUND: account '{id}' not found"),
            )
        })
}

pub fn set_billing(request: &SimRequest, state: &mut State) -> Answer {
    let body = body_of(request)?;
    let index = account_index(state, &body)?;
    for required in ["name", "countryCode"] {
        if body
            .get(required)
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            return Err(invalid(&format!("{required} is required")));
        }
    }
    let mut detail = body.clone();
    detail.insert("id".to_string(), json!(uuid(&mut state.rng)));
    state.accounts[index].billing = Some(body);
    Ok(json!({ "billingDetail": detail }))
}

/// What a payment method body sets: type, currency, `data`.
type MethodChange = (Option<&'static MethodType>, Option<String>, Option<Value>);

/// The type, currency and `data` of a payment method body, checked against the type table.
fn checked_method(body: &Map<String, Value>, partial: bool) -> Result<MethodChange, SimResponse> {
    let kind = match body.get("type").and_then(Value::as_str) {
        Some(wire) => Some(
            methods::by_wire(wire)
                .ok_or_else(|| invalid(&format!("invalid payment method type '{wire}'")))?,
        ),
        None if partial => None,
        None => return Err(invalid("type is required")),
    };
    let code = body
        .get("currency")
        .map(|c| c["code"].as_str().unwrap_or_default().to_string());
    if let (Some(code), Some(kind)) = (&code, kind)
        && !supported_currencies(kind).contains(&code.as_str())
    {
        return Err(invalid(&format!(
            "currency '{code}' is not supported for {}",
            kind.wire
        )));
    }
    if code.is_none() && !partial {
        return Err(invalid("currency is required"));
    }
    let data = match (body.get("data"), kind) {
        (None, _) if partial => None,
        (Some(data), Some(kind)) => Some(checked_data(data, kind)?),
        _ => return Err(invalid("data is required")),
    };
    Ok((kind, code, data))
}

fn checked_data(data: &Value, kind: &MethodType) -> Result<Value, SimResponse> {
    let object = data
        .as_object()
        .filter(|o| o.len() == 1)
        .ok_or_else(|| invalid("data must hold exactly one method"))?;
    let fields = object
        .get(kind.data)
        .and_then(Value::as_object)
        .ok_or_else(|| invalid(&format!("data must hold {} for {}", kind.data, kind.wire)))?;
    for name in fields.keys() {
        if !kind.fields.iter().any(|f| f.wire == name) {
            return Err(invalid(&format!("unknown field {}.{name}", kind.data)));
        }
    }
    for field in kind.fields.iter().filter(|f| f.required) {
        if fields
            .get(field.wire)
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            return Err(invalid(&format!(
                "{}.{} is required",
                kind.data, field.wire
            )));
        }
    }
    Ok(data.clone())
}

pub fn add_method(request: &SimRequest, state: &mut State) -> Answer {
    let body = body_of(request)?;
    let index = account_index(state, &body)?;
    let (kind, code, data) = checked_method(&body, false)?;
    let (Some(kind), Some(code), Some(data)) = (kind, code, data) else {
        return Err(invalid("type, currency and data are required"));
    };
    let id = uuid(&mut state.rng);
    state.methods.push(PaymentMethod {
        id: id.clone(),
        account_id: state.accounts[index].id.clone(),
        kind,
        currency: code,
        data,
    });
    let added = state.methods.len() - 1;
    if state.accounts[index].method.is_none() {
        state.accounts[index].method = Some(added);
    }
    Ok(json!({ "paymentMethod": method_json(added, state) }))
}

pub fn update_method(request: &SimRequest, state: &mut State, id: &str) -> Answer {
    let body = body_of(request)?;
    let (kind, code, data) = checked_method(&body, true)?;
    let index = state
        .methods
        .iter()
        .position(|m| m.id == id)
        .ok_or_else(|| not_found("payment method", id))?;
    let method = &mut state.methods[index];
    if let Some(kind) = kind {
        if data.is_none() && kind != method.kind {
            return Err(invalid("changing the type needs the new type's data"));
        }
        method.kind = kind;
    }
    if let Some(code) = code {
        if !supported_currencies(method.kind).contains(&code.as_str()) {
            return Err(invalid(&format!(
                "currency '{code}' is not supported for {}",
                method.kind.wire
            )));
        }
        method.currency = code;
    }
    if let Some(data) = data {
        method.data = data;
    }
    Ok(json!({ "paymentMethod": method_json(index, state) }))
}
