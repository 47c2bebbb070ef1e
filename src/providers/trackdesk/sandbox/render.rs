//! The simulator's answers as Trackdesk's gateway writes them: records as protobuf JSON
//! (money as `{"value": …}`, int64 sometimes as strings, zero values left out) and errors
//! as `google.rpc.Status`. Kept apart from the routes so a handler reads as what it does.
//! It reads the state and imports no handler.

use super::super::methods;
use super::state::{
    Account, AccountSettlement, Claim, Conversion, More, Settlement, State, TENANT_CURRENCY,
    billing_detail, default_method, now, supported_currencies,
};
use crate::sandbox::SimResponse;
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// What a handler answers: the JSON body of a 200, or the error response.
pub type Answer = Result<Value, SimResponse>;

/// A `google.rpc.Status` error with its HTTP status.
pub fn status(http: u16, code: i32, message: &str) -> SimResponse {
    SimResponse::json(
        http,
        json!({ "code": code, "message": message, "details": [] }).to_string(),
    )
}

pub fn invalid(message: &str) -> SimResponse {
    status(400, 3, message)
}

pub fn not_found(what: &str, id: &str) -> SimResponse {
    status(404, 5, &format!("{what} {id} not found"))
}

pub fn money(amount: Decimal) -> Value {
    json!({ "value": amount.to_string() })
}

pub fn currency(code: &str) -> Value {
    json!({ "code": code })
}

/// proto3 JSON writes int64 as a string; older gateways write a number. Both appear.
pub fn int64(n: u64, as_string: bool) -> Value {
    if as_string {
        json!(n.to_string())
    } else {
        json!(n)
    }
}

pub fn method_balance(account: &Account, state: &State) -> Value {
    match default_method(account, state) {
        Some(m) => json!({
            "paymentMethodType": m.kind.wire,
            "paymentMethodCurrency": currency(&m.currency),
            "openBalance": money(account.open),
        }),
        None => json!({
            "paymentMethodType": "PAYMENT_METHOD_TYPE_UNSPECIFIED",
            "paymentMethodCurrency": {},
            "openBalance": {},
        }),
    }
}

pub fn balance_json(account: &Account, state: &State, index: usize) -> Value {
    let zero = json!({});
    json!({
        "accountId": account.id,
        "name": account.name,
        "conversionOpenBalance": money(account.open),
        "conversionOnHoldBalance": money(account.on_hold),
        "commissionOpenBalance": zero,
        "commissionOnHoldBalance": zero,
        "clientRevshareOpenBalance": zero,
        "openBalance": money(account.open),
        "onHoldBalance": money(account.on_hold),
        "defaultPaymentMethod": method_balance(account, state),
        "hasBillingDetails": account.billing.is_some(),
        "openBalanceConversionCount": int64(account.conversions, index % 2 == 1),
        "openBalanceConversionSourceCount": int64(account.conversions.div_ceil(2), index.is_multiple_of(2)),
        "balancesByCurrency": [{
            "currency": currency(account.currency),
            "openBalance": money(account.open),
            "onHoldBalance": money(account.on_hold),
        }],
    })
}

pub fn row_json(row: &AccountSettlement, state: &State) -> Value {
    let account = state.accounts.iter().find(|a| a.id == row.account_id);
    let mut billing = account.and_then(|a| a.billing.clone()).unwrap_or_default();
    for key in ["id", "accountId", "subdivisionCode"] {
        billing.remove(key);
    }
    let (kind, method_currency, data) = row.method.clone().unwrap_or_default();
    let mut value = json!({
        "id": row.id,
        "accountId": row.account_id,
        "amount": money(row.amount),
        "currency": currency(row.currency),
        "accountName": account.map(|a| a.name.as_str()).unwrap_or_default(),
        "billingDetail": billing,
        "paymentMethod": { "type": kind, "currencyCode": method_currency, "data": data },
        "createdAt": row.created_at,
        "originalCurrencyAmounts": [{
            "amount": money(row.amount), "currency": currency(row.currency),
            "exchangeRate": money(Decimal::ONE), "exchangedAmount": money(row.amount),
            "earningType": "EARNING_TYPE_CONVERSION",
        }],
        "tenantBillingDetail": { "name": "Sandbox Program s.r.o.", "countryCode": "CZ", "city": "Prague" },
        "settledUntil": state.settlements.iter().find(|s| s.id == row.settlement_id).map(|s| s.until.clone()),
        "status": row.status,
    });
    if kind == "PAYMENT_METHOD_TYPE_TIPALTI" {
        value["paymentData"] = json!({ "tipalti": { "paymentInstructions": [] } });
    }
    value
}

pub fn settlement_json(settlement: &Settlement, state: &State) -> Value {
    let rows: Vec<&AccountSettlement> = state
        .rows
        .iter()
        .filter(|r| r.settlement_id == settlement.id)
        .collect();
    let count = |wire: &str| rows.iter().filter(|r| r.status == wire).count() as u64;
    let mut amounts: Vec<(&str, Decimal)> = Vec::new();
    for row in &rows {
        match amounts.iter_mut().find(|(c, _)| *c == row.currency) {
            Some((_, sum)) => *sum += row.amount,
            None => amounts.push((row.currency, row.amount)),
        }
    }
    let mut value = json!({
        "id": settlement.id,
        "amount": money(settlement.amount),
        "currency": currency(TENANT_CURRENCY),
        "until": settlement.until,
        "createdAt": settlement.created_at,
        "newAccountSettlementsCount": int64(count("ACCOUNT_SETTLEMENT_STATUS_NEW"), true),
        "inProgressAccountSettlementsCount": int64(count("ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"), false),
        "paidAccountSettlementsCount": int64(count("ACCOUNT_SETTLEMENT_STATUS_PAID"), true),
        "errorAccountSettlementsCount": int64(count("ACCOUNT_SETTLEMENT_STATUS_ERROR"), false),
        "accountSettlementAmounts": amounts.iter().map(|(c, a)| json!({ "amount": money(*a), "currency": currency(c) })).collect::<Vec<_>>(),
    });
    if let Some(note) = &settlement.note {
        value["note"] = json!(note);
    }
    if let Some(data) = payment_data(&state.more, &settlement.id) {
        value["paymentData"] = data;
    }
    value
}

pub fn method_json(index: usize, state: &State) -> Value {
    let method = &state.methods[index];
    let default = state.accounts.iter().any(|a| a.method == Some(index));
    json!({
        "id": method.id, "accountId": method.account_id, "type": method.kind.wire,
        "currencyCode": method.currency, "data": method.data, "default": default,
    })
}

pub fn supported() -> Value {
    let types: Vec<Value> = methods::TYPES
        .iter()
        .map(|t| json!({ "paymentMethodType": t.wire, "currencyCodes": supported_currencies(t) }))
        .collect();
    json!({ "paymentMethodTypes": types })
}

pub fn conversion_json(c: &Conversion, state: &State) -> Value {
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

pub fn claim_json(claim: &Claim, state: &State) -> Value {
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

/// `settlement.paymentData` when Tipalti batches were sent for it.
pub fn payment_data(more: &More, settlement_id: &str) -> Option<Value> {
    let batches: Vec<Value> = more
        .batches
        .iter()
        .filter(|b| b.settlement_id == settlement_id)
        .map(|b| {
            json!({
                "paymentBatchId": b.id,
                "name": format!("affpay sandbox {}", &b.id[..8]),
                "status": if b.paid { "Paid" } else { "Submitted" },
                "isValidForSubmission": true,
                "submissionTime": now(),
                "errors": [],
            })
        })
        .collect();
    (!batches.is_empty()).then(|| json!({ "tipalti": { "paymentBatches": batches } }))
}
