//! Trackdesk's billing API, request by request, against a recording mock.
//!
//! Trackdesk publishes an OpenAPI document but no example answers, speaks protobuf JSON from a
//! grpc-gateway (dotted query names, `{"value": "…"}` money, int64 as a string or a number,
//! proto3 leaving out every default) and has no idempotency keys. So the answers the mock gives
//! are hand-written fixtures that one test holds to the vendor's schemas; every request affpay
//! sends is checked line for line (method, path, exact query), header by header and body by
//! body against the same schemas; and since a settlement moves every selected affiliate's money
//! in one POST, the settle tests pin down exactly what is sent, what is never sent twice, what
//! an answer with per-account errors reports, and what a failure leaves unknown.
//!
//! This file holds the shared constants and helpers (`trackdesk_wire/` uses them too); the
//! tests sit beside it by concern: the fixtures, the reads, settle's requests and answers, the
//! changes, billing details and payment methods, refusals, numbers, errors and the key. A
//! settle POST whose answer is a 5xx, dropped, unreadable or a 429 is tested in
//! `conformance/provider_cases/trackdesk.rs`, beside the suite's checks of the same properties
//! for every provider.

use crate::cli::schema;
use crate::util::{
    Env, MockServer, Recorded, Reply, exits, fixture, ok, pairs, results, rows, stderr_of,
    stdout_of, text,
};
use serde_json::{Value, json};
use std::process::Output;

pub(crate) const KEY: &str = "td-live-3c9e7a51f0b24d86a1e5";
const BILLING: &str = "/api/node/billing/v1";
const TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements";
const ROB: &str = "/api/node/revenue-origin-billing/v1";
const OPEN: &str = "/api/node/billing/v1/open-balances";
pub(crate) const SETTLE: &str = "/api/node/billing/v1/settle-balances";
const FIRST_PAGE: &str = "pagination.limit=100&pagination.offset=0";

// The accounts of open_balances.json, in the order Trackdesk lists them (by balance).
const JANE: &str = "9d7c3e21-4f8a-4b6d-a1e9-0c5b2d7f8e13"; // PayPal, EUR
const BOB: &str = "2b4e8f10-7c3d-4a91-b5e2-6d0f9a1c3b47"; // SEPA, EUR
const ACME: &str = "c0f36a2d-8e1b-4d7c-9a5f-3b2e1d0c4f58"; // no billing details
const LENA: &str = "5e1a9c7b-2d4f-4e8a-b3c6-7f0e1a2d5c69"; // bank transfer, USD

// The settlement of settle_balances.json / settlement.json and its account settlements.
const SETTLEMENT: &str = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
const AS_JANE: &str = "0a6e3b9d-1c2f-4d5e-8a7b-9c0d1e2f3a41";
const AS_BOB: &str = "1b7f4c0e-2d3a-4e6f-9b8c-0d1e2f3a4b52";
const AS_LENA: &str = "2c8a5d1f-3e4b-4f7a-8c9d-1e2f3a4b5c63";
const AS_MARCO: &str = "3d9b6e2a-4f5c-4a8b-9d0e-2f3a4b5c6d74"; // Tipalti, paid
const PAYMENT_METHOD: &str = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0e";

// ---- Helpers ----------------------------------------------------------------------------

/// A home whose config lets affpay send 1000 requests a second instead of the default 5, so
/// multi-request tests do not wait 200 ms between requests.
pub(crate) fn home() -> Env {
    let env = Env::new();
    ok(&env
        .cmd()
        .args(["config", "set", "trackdesk.rps", "1000"])
        .output()
        .unwrap());
    env
}

pub(crate) fn run_in(env: &Env, args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    let server = env.mock(script);
    let output = env
        .provider("trackdesk", server.url(), KEY)
        .args(args)
        .output()
        .unwrap();
    (output, server)
}

pub(crate) fn run(args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    run_in(&home(), args, script)
}

/// The words of a command line whose values have no spaces.
pub(crate) fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// What the mock received; every request carries the key and asks for JSON.
pub(crate) fn sent(server: &MockServer) -> Vec<Recorded> {
    let requests = server.requests();
    for request in &requests {
        assert_eq!(request.header("x-api-key"), Some(KEY), "{request:?}");
        assert_eq!(request.header("accept"), Some("application/json"));
        assert_eq!(request.header("authorization"), None);
    }
    requests
}

pub(crate) fn lines(server: &MockServer) -> Vec<String> {
    sent(server).iter().map(Recorded::line).collect()
}

/// A 200 with a fixture of tests/fixtures/trackdesk.
pub(crate) fn answer(name: &str) -> Reply {
    Reply::json(200, &fixture(&format!("trackdesk/{name}.json")))
}

pub(crate) fn answer_json(value: Value) -> Reply {
    Reply::json(200, &value.to_string())
}

/// A `google.rpc.Status` error body.
pub(crate) fn grpc(status: u16, code: i32, message: &str) -> Reply {
    let body = json!({"code": code, "message": message, "details": []});
    Reply::json(status, &body.to_string())
}

pub(crate) fn fixture_json(name: &str) -> Value {
    serde_json::from_str(&fixture(&format!("trackdesk/{name}.json"))).unwrap()
}

/// A request's JSON body, checked against the vendor's request schema of its operation.
pub(crate) fn body(request: &Recorded) -> Value {
    assert_eq!(request.header("content-type"), Some("application/json"));
    schema::check_request(&request.method, &request.path, &request.body);
    serde_json::from_str(&request.body).expect("a JSON body")
}

/// A request without a body.
pub(crate) fn no_body(request: &Recorded) {
    assert_eq!(request.body, "", "{}", request.line());
    assert_eq!(request.header("content-type"), None, "{}", request.line());
}

/// The object of `-o json` record output.
pub(crate) fn record(output: &Output) -> Value {
    serde_json::from_str(&ok(output)).expect("one JSON document")
}

/// One column of CSV output, by header name.
/// The named fields of each row, as one JSON array per row.
pub(crate) fn pluck(rows: &[Value], fields: &[&str]) -> Vec<Value> {
    rows.iter()
        .map(|row| Value::Array(fields.iter().map(|f| row[*f].clone()).collect()))
        .collect()
}

fn csv_column(output: &Output, name: &str) -> Vec<String> {
    let stdout = ok(output);
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let index = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {stdout}"));
    reader
        .records()
        .map(|r| r.unwrap()[index].to_string())
        .collect()
}

pub(crate) fn open_balances_line(query: &str) -> String {
    if query.is_empty() {
        format!("GET {OPEN}?{FIRST_PAGE}")
    } else {
        format!("GET {OPEN}?{query}&{FIRST_PAGE}")
    }
}

/// `settle` of everything open until the end of October, confirmed, as JSON.
pub(crate) fn settle_october() -> Vec<&'static str> {
    words("trackdesk settle --until 2026-10-31 --yes -o json")
}

/// An open balance of `amount` EUR paid by PayPal, with billing details.
fn open_balance(id: &str, amount: &str) -> Value {
    json!({
        "accountId": id, "name": format!("Affiliate {id}"),
        "openBalance": {"value": amount},
        "defaultPaymentMethod": {
            "paymentMethodType": "PAYMENT_METHOD_TYPE_PAY_PAL",
            "paymentMethodCurrency": {"code": "EUR"},
            "openBalance": {"value": amount}
        },
        "hasBillingDetails": true,
        "balancesByCurrency": [{"currency": {"code": "EUR"}, "openBalance": {"value": amount}}]
    })
}

/// settlement.json with every account settlement new.
pub(crate) fn settlement_all_new() -> Reply {
    let text = fixture("trackdesk/settlement.json")
        .replace(
            "ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS",
            "ACCOUNT_SETTLEMENT_STATUS_NEW",
        )
        .replace(
            "ACCOUNT_SETTLEMENT_STATUS_PAID",
            "ACCOUNT_SETTLEMENT_STATUS_NEW",
        );
    Reply::json(200, &text)
}

mod billing;
mod changes;
mod errors;
mod fixtures;
mod numbers;
mod reads;
mod refusals;
mod secrets;
mod settle_answers;
mod settle_requests;
