//! The simulator's routes: which handler a request's method and path reach, and the
//! handlers, which check a request as Trackdesk does and change the state. The routes beyond
//! affiliate billing live in `more` and are asked first.

use super::super::methods::{self, MethodType};
use super::more;
use super::render::{
    Answer, balance_json, currency, int64, invalid, method_balance, method_json, money, not_found,
    row_json, settlement_json, status, supported,
};
use super::state::{
    Account, AccountSettlement, PaymentMethod, Settlement, State, TENANT_CURRENCY, default_method,
    now, supported_currencies, uuid,
};
use crate::sandbox::{SimRequest, SimResponse};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

pub const BILLING: &str = "/api/node/billing/v1";

/// Matches a request to its handler; the routes beyond affiliate billing are asked first.
pub fn route(request: &SimRequest, state: &mut State) -> Answer {
    if let Some(answer) = more::route(request, state) {
        return answer;
    }
    let path = request.path.as_str();
    let method = request.method.as_str();
    if let Some(rest) = path.strip_prefix(BILLING) {
        let parts: Vec<&str> = rest.trim_start_matches('/').split('/').collect();
        return match (method, parts.as_slice()) {
            ("GET", ["open-balances"]) => open_balances(request, state),
            ("GET", ["account-balances", id]) => account_balances(request, state, id),
            ("POST", ["settle-balances"]) => settle(request, state),
            ("GET", ["account-settlements"]) => list_rows(request, state),
            ("DELETE", ["account-settlements", id]) => delete_row(state, id),
            ("PUT", ["account-settlements", id, "status"]) => set_status(request, state, id),
            ("GET", ["settlements"]) => list_settlements(request, state),
            ("GET", ["settlements", id]) => get_settlement(state, id),
            ("DELETE", ["settlements", id]) => delete_settlement(state, id),
            _ => Err(status(404, 5, &format!("no route {method} {path}"))),
        };
    }
    match (method, path) {
        ("POST", "/api/node/billing-details/v1") => set_billing(request, state),
        ("POST", "/api/node/payment-methods/v1") => add_method(request, state),
        ("GET", "/api/node/payment-method-types/v1/supported") => Ok(supported()),
        ("PATCH", _) if path.starts_with("/api/node/payment-methods/v1/") => {
            let id = path.rsplit('/').next().unwrap_or_default();
            update_method(request, state, id)
        }
        _ => Err(status(404, 5, &format!("no route {method} {path}"))),
    }
}

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

/// The open-balance filter, from query parameters or a settle body's `filter`.
struct Filter {
    until: Option<DateTime<Utc>>,
    min_amount: Option<Decimal>,
    types: Vec<String>,
}

impl Filter {
    fn from_query(request: &SimRequest) -> Result<Filter, SimResponse> {
        let known = [
            "pagination.limit",
            "pagination.offset",
            "filter.until",
            "filter.minAmount.value",
            "filter.defaultPaymentMethodTypes",
            "filter.minConversionCount",
            "filter.minConversionSourceCount",
            "filter.tierIds",
            "filter.conversionTypeIds",
            "filter.offerIds",
            "filter.revenueOriginIds",
            "filter.affiliateTagIds",
            "filter.offerTagIds",
            "filter.revenueOriginTagIds",
        ];
        if let Some(unknown) = request.unknown_params(&known).first() {
            return Err(invalid(&format!("unknown parameter {unknown}")));
        }
        let types = request
            .query
            .iter()
            .filter(|(k, _)| k == "filter.defaultPaymentMethodTypes")
            .map(|(_, v)| v.clone())
            .collect();
        Filter::new(
            request.param("filter.until"),
            request.param("filter.minAmount.value"),
            types,
        )
    }

    fn from_body(filter: &Value) -> Result<Filter, SimResponse> {
        let types = filter["defaultPaymentMethodTypes"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        Filter::new(
            filter["until"].as_str(),
            filter["minAmount"]["value"].as_str(),
            types,
        )
    }

    fn new(
        until: Option<&str>,
        min: Option<&str>,
        types: Vec<String>,
    ) -> Result<Filter, SimResponse> {
        for t in &types {
            if methods::by_wire(t).is_none() {
                return Err(invalid(&format!("unknown payment method type {t}")));
            }
        }
        Ok(Filter {
            until: until.map(|u| instant(u, "until")).transpose()?,
            min_amount: min
                .map(|m| {
                    m.parse::<Decimal>()
                        .map_err(|_| invalid(&format!("minAmount '{m}' is not a decimal")))
                })
                .transpose()?,
            types,
        })
    }

    fn selects(&self, account: &Account, state: &State) -> bool {
        let method_type = default_method(account, state).map(|m| m.kind.wire);
        account.open > Decimal::ZERO
            && self.until.is_none_or(|u| account.earned_at <= u)
            && self.min_amount.is_none_or(|m| account.open >= m)
            && (self.types.is_empty()
                || method_type.is_some_and(|t| self.types.iter().any(|w| w == t)))
    }
}

fn open_balances(request: &SimRequest, state: &mut State) -> Answer {
    let filter = Filter::from_query(request)?;
    let all: Vec<(usize, &Account)> = state
        .accounts
        .iter()
        .enumerate()
        .filter(|(_, a)| filter.selects(a, state))
        .collect();
    page(all, "balances", request, |(i, a)| balance_json(a, state, i))
}

fn account_balances(request: &SimRequest, state: &mut State, id: &str) -> Answer {
    if let Some(unknown) = request.unknown_params(&["until"]).first() {
        return Err(invalid(&format!("unknown parameter {unknown}")));
    }
    let until = request
        .param("until")
        .map(|u| instant(u, "until"))
        .transpose()?;
    let account = state
        .accounts
        .iter()
        .find(|a| a.id == id)
        .ok_or_else(|| not_found("account", id))?;
    let open = if until.is_none_or(|u| account.earned_at <= u) {
        account.open
    } else {
        Decimal::ZERO
    };
    let settled: Decimal = state
        .rows
        .iter()
        .filter(|r| r.account_id == id)
        .map(|r| r.amount)
        .sum();
    let settled: Vec<Value> = if settled.is_zero() {
        Vec::new()
    } else {
        vec![json!({ "amount": money(settled), "currency": currency(account.currency) })]
    };
    let mut method = method_balance(account, state);
    method["openBalance"] = money(open);
    Ok(json!({
        "conversionOpenBalance": money(open),
        "conversionOnHoldBalance": money(account.on_hold),
        "commissionOpenBalance": {},
        "commissionOnHoldBalance": {},
        "clientRevshareOpenBalance": {},
        "openBalance": money(open),
        "onHoldBalance": money(account.on_hold),
        "settledBalance": settled,
        "defaultPaymentMethod": method,
    }))
}

/// The settlement's total in the program's currency (USD converted at a fixed rate).
fn in_tenant_currency(amount: Decimal, code: &str) -> Decimal {
    if code == TENANT_CURRENCY {
        amount
    } else {
        (amount * Decimal::new(92, 2)).round_dp(2)
    }
}

fn settle(request: &SimRequest, state: &mut State) -> Answer {
    let body = body_of(request)?;
    let filter = Filter::from_body(body.get("filter").unwrap_or(&Value::Null))?;
    let asked: Vec<String> = match body.get("accountIds") {
        None => Vec::new(),
        Some(Value::Array(ids)) => ids
            .iter()
            .map(|id| {
                id.as_str()
                    .map(String::from)
                    .ok_or_else(|| invalid("accountIds must be strings"))
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(invalid("accountIds must be a list")),
    };
    let note = body.get("note").and_then(Value::as_str).map(String::from);
    let until = filter.until.map_or_else(now, |u| {
        u.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    });
    let settlement_id = uuid(&mut state.rng);
    let created_at = now();
    let mut created = Vec::new();
    let mut errors = Vec::new();
    let chosen: Vec<usize> = (0..state.accounts.len())
        .filter(|&i| {
            let a = &state.accounts[i];
            (asked.is_empty() || asked.contains(&a.id)) && filter.selects(a, state)
        })
        .collect();
    for i in chosen {
        let account = &state.accounts[i];
        if account.billing.is_none() {
            continue;
        }
        let Some(method) = default_method(account, state) else {
            errors.push(json!({ "accountId": account.id, "error": "account has no default payment method" }));
            continue;
        };
        let row = AccountSettlement {
            // Given below, once the account is no longer borrowed.
            id: String::new(),
            settlement_id: settlement_id.clone(),
            account_id: account.id.clone(),
            amount: account.open,
            currency: account.currency,
            status: "ACCOUNT_SETTLEMENT_STATUS_NEW".to_string(),
            method: Some((
                method.kind.wire,
                method.currency.clone(),
                method.data.clone(),
            )),
            created_at: created_at.clone(),
        };
        created.push(row);
        state.accounts[i].open = Decimal::ZERO;
    }
    for row in &mut created {
        row.id = uuid(&mut state.rng);
    }
    if created.is_empty() && errors.is_empty() {
        return Err(status(400, 9, "no open balances to settle"));
    }
    let created_json: Vec<Value> = created
        .iter()
        .map(|r| json!({ "id": r.id, "accountId": r.account_id, "amount": money(r.amount), "currency": currency(r.currency) }))
        .collect();
    let mut answer =
        json!({ "accountSettlements": created_json, "errors": errors, "until": until });
    if !created.is_empty() {
        let total: Decimal = created
            .iter()
            .map(|r| in_tenant_currency(r.amount, r.currency))
            .sum();
        answer["id"] = json!(settlement_id);
        answer["amount"] = money(total);
        answer["currency"] = currency(TENANT_CURRENCY);
        if let Some(note) = &note {
            answer["note"] = json!(note);
        }
        state.settlements.push(Settlement {
            id: settlement_id,
            amount: total,
            until,
            note,
            created_at,
        });
        state.rows.extend(created);
    }
    Ok(answer)
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

fn list_rows(request: &SimRequest, state: &mut State) -> Answer {
    let known = [
        "pagination.limit",
        "pagination.offset",
        "timeRange.from",
        "timeRange.to",
        "accountId",
    ];
    if let Some(unknown) = request.unknown_params(&known).first() {
        return Err(invalid(&format!("unknown parameter {unknown}")));
    }
    let mut all = Vec::new();
    for row in &state.rows {
        let account_matches = request
            .param("accountId")
            .is_none_or(|a| a == row.account_id);
        if account_matches && in_range(&row.created_at, request)? {
            all.push(row);
        }
    }
    page(all, "accountSettlements", request, |row| {
        row_json(row, state)
    })
}

fn list_settlements(request: &SimRequest, state: &mut State) -> Answer {
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
    for settlement in &state.settlements {
        if in_range(&settlement.created_at, request)? {
            all.push(settlement);
        }
    }
    page(all, "settlements", request, |s| settlement_json(s, state))
}

fn get_settlement(state: &mut State, id: &str) -> Answer {
    let settlement = state
        .settlements
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| not_found("settlement", id))?;
    let rows: Vec<Value> = state
        .rows
        .iter()
        .filter(|r| r.settlement_id == id)
        .map(|r| row_json(r, state))
        .collect();
    Ok(json!({ "settlement": settlement_json(settlement, state), "accountSettlements": rows }))
}

fn set_status(request: &SimRequest, state: &mut State, id: &str) -> Answer {
    let body = body_of(request)?;
    let wanted = body
        .get("status")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let row = state
        .rows
        .iter_mut()
        .find(|r| r.id == id)
        .ok_or_else(|| not_found("account settlement", id))?;
    match wanted.as_str() {
        "ACCOUNT_SETTLEMENT_STATUS_NEW"
        | "ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"
        | "ACCOUNT_SETTLEMENT_STATUS_PAID" => {}
        "ACCOUNT_SETTLEMENT_STATUS_ERROR" => {
            return Err(invalid("the ERROR status cannot be set manually"));
        }
        other => return Err(invalid(&format!("invalid status '{other}'"))),
    }
    if row
        .method
        .as_ref()
        .is_some_and(|m| m.0 == "PAYMENT_METHOD_TYPE_TIPALTI")
    {
        return Err(status(
            400,
            9,
            "manual status change is forbidden for Tipalti settlements",
        ));
    }
    row.status = wanted;
    Ok(json!({}))
}

/// Gives an account settlement's amount back to its account's open balance.
fn restore(state: &mut State, row: &AccountSettlement) {
    if let Some(account) = state.accounts.iter_mut().find(|a| a.id == row.account_id) {
        account.open += row.amount;
    }
}

fn delete_row(state: &mut State, id: &str) -> Answer {
    let index = state
        .rows
        .iter()
        .position(|r| r.id == id)
        .ok_or_else(|| not_found("account settlement", id))?;
    let row = state.rows.remove(index);
    restore(state, &row);
    Ok(json!({}))
}

fn delete_settlement(state: &mut State, id: &str) -> Answer {
    let index = state
        .settlements
        .iter()
        .position(|s| s.id == id)
        .ok_or_else(|| not_found("settlement", id))?;
    state.settlements.remove(index);
    let (gone, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut state.rows)
        .into_iter()
        .partition(|r| r.settlement_id == id);
    state.rows = kept;
    for row in &gone {
        restore(state, row);
    }
    Ok(json!({}))
}

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

fn set_billing(request: &SimRequest, state: &mut State) -> Answer {
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

fn add_method(request: &SimRequest, state: &mut State) -> Answer {
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

fn update_method(request: &SimRequest, state: &mut State, id: &str) -> Answer {
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
