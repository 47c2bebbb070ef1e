//! Affiliate billing (`/api/node/billing/v1`): open balances and what settling does to them —
//! a settlement and its account settlements, which empty the balances they settle, statuses
//! changed by hand except on Tipalti rows, deletes that give the balances back.

use super::super::methods;
use super::input::{TIME_RANGED, body_of, created_in_range, instant, known_params, page, repeated};
use super::render::{
    Answer, balance_json, currency, invalid, method_balance, money, not_found, row_json,
    settlement_json, status,
};
use super::state::{
    Account, AccountSettlement, Settlement, State, TENANT_CURRENCY, default_method, now, uuid,
};
use crate::sandbox::{SimRequest, SimResponse};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde_json::{Value, json};

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
        known_params(request, &known)?;
        let types = repeated(request, "filter.defaultPaymentMethodTypes");
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

pub fn open_balances(request: &SimRequest, state: &mut State) -> Answer {
    let filter = Filter::from_query(request)?;
    let all: Vec<(usize, &Account)> = state
        .accounts
        .iter()
        .enumerate()
        .filter(|(_, a)| filter.selects(a, state))
        .collect();
    page(all, "balances", request, |(i, a)| balance_json(a, state, i))
}

pub fn account_balances(request: &SimRequest, state: &mut State, id: &str) -> Answer {
    known_params(request, &["until"])?;
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

pub fn settle(request: &SimRequest, state: &mut State) -> Answer {
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

pub fn list_rows(request: &SimRequest, state: &mut State) -> Answer {
    known_params(request, &[TIME_RANGED, &["accountId"]].concat())?;
    let account = request.param("accountId");
    let of_account = state
        .rows
        .iter()
        .filter(|row| account.is_none_or(|a| a == row.account_id));
    let all = created_in_range(of_account, |r| &r.created_at, request)?;
    page(all, "accountSettlements", request, |row| {
        row_json(row, state)
    })
}

pub fn list_settlements(request: &SimRequest, state: &mut State) -> Answer {
    known_params(request, TIME_RANGED)?;
    let all = created_in_range(&state.settlements, |s| &s.created_at, request)?;
    page(all, "settlements", request, |s| settlement_json(s, state))
}

pub fn get_settlement(state: &mut State, id: &str) -> Answer {
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

pub fn set_status(request: &SimRequest, state: &mut State, id: &str) -> Answer {
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

pub fn delete_row(state: &mut State, id: &str) -> Answer {
    let index = state
        .rows
        .iter()
        .position(|r| r.id == id)
        .ok_or_else(|| not_found("account settlement", id))?;
    let row = state.rows.remove(index);
    restore(state, &row);
    Ok(json!({}))
}

pub fn delete_settlement(state: &mut State, id: &str) -> Answer {
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
