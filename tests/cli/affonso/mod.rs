//! Affonso, request by request, and its status changes end to end.
//!
//! Affonso pages by number, wraps every answer in `{success, data, pagination}` (and can say
//! `success: false` with a 200), spells fields in camelCase or snake_case depending on which
//! of its documents one trusts, has no balance endpoint and no idempotency keys. So the
//! recording mock checks every query and body byte for byte, feeds both spellings and the
//! vendor's own example payouts in all three documented shapes (`tests/fixtures/affonso`),
//! and scripts the refusals, unreadable answers and rate-limit headers; the balance is
//! checked against sums worked out by hand, and payout status changes are checked to send
//! nothing impossible and nothing twice. The simulator then plays settling a payout in each
//! shape and a rate limit that answers 429.
//!
//! The tests sit beside this file, one file per concern: `money.rs`, `reads.rs`, `shapes.rs`,
//! `simulator.rs`.

use crate::util::{Env, MockServer, Recorded, Reply, exits, fixture, ok, serve, stderr_of};
use affpay::sandbox::token_for;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::process::{Child, Output, Stdio};
use std::str::FromStr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const TOKEN: &str = "affonso-test-key-5e2b91";

// ---- Against the recording mock --------------------------------------------------------

pub(crate) fn run_in(env: &Env, args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    let server = env.mock(script);
    let output = env
        .provider("affonso", server.url(), TOKEN)
        .args(args)
        .output()
        .unwrap();
    (output, server)
}

fn run(args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    run_in(&Env::new(), args, script)
}

/// What the mock received; every request carries the key as a bearer token.
fn sent(server: &MockServer) -> Vec<Recorded> {
    let requests = server.requests();
    let bearer = format!("Bearer {TOKEN}");
    for request in &requests {
        assert_eq!(request.header("authorization"), Some(bearer.as_str()));
    }
    requests
}

pub(crate) fn lines(server: &MockServer) -> Vec<String> {
    sent(server).iter().map(Recorded::line).collect()
}

/// The PUTs received, as `(path?query, body)`.
pub(crate) fn puts(server: &MockServer) -> Vec<(String, String)> {
    sent(server)
        .into_iter()
        .filter(|r| r.method != "GET")
        .map(|r| (r.line(), r.body))
        .collect()
}

/// The rows of `-o json` list output.
fn rows(output: &Output) -> Vec<Value> {
    let value: Value = serde_json::from_str(&ok(output)).expect("one JSON document");
    value.as_array().expect("a JSON array").clone()
}

/// The object of `-o json` record output.
fn record(output: &Output) -> Value {
    serde_json::from_str(&ok(output)).expect("one JSON document")
}

fn success(data: Value) -> Reply {
    Reply::json(200, &json!({"success": true, "data": data}).to_string())
}

fn refusal(status: u16, code: &str, message: &str) -> Reply {
    let body = json!({"success": false, "error": {"code": code, "message": message}});
    Reply::json(status, &body.to_string())
}

/// A commission in the vendor's snake_case, with the amount as a raw JSON number.
fn commission(id: &str, affiliate: &str, amount: &str, currency: &str, status: &str) -> String {
    let currency = if currency == "null" {
        "null".to_string()
    } else {
        format!("\"{currency}\"")
    };
    format!(
        r#"{{"id":"{id}","affiliate_id":"{affiliate}","commission_amount":{amount},"commission_currency":{currency},"status":"{status}"}}"#
    )
}

/// A list page of raw JSON rows with the provider's total.
fn page(rows: &[String], total: usize) -> Reply {
    let body = format!(
        r#"{{"success":true,"data":[{}],"pagination":{{"page":1,"limit":200,"total":{total}}}}}"#,
        rows.join(",")
    );
    Reply::json(200, &body)
}

/// Commissions `com_<from>` to `com_<to - 1>`.
fn numbered(from: usize, to: usize) -> Vec<String> {
    (from..to)
        .map(|i| commission(&format!("com_{i}"), "aff_1", "1.00", "USD", "paid"))
        .collect()
}

pub(crate) fn payout(id: &str, status: &str, amount: &str) -> Reply {
    let body = format!(
        r#"{{"success":true,"data":{{"id":"{id}","affiliateId":"aff_1","amount":{amount},"currency":"USD","status":"{status}","transactions":[]}}}}"#
    );
    Reply::json(200, &body)
}

fn ids(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().into())
        .collect()
}

/// The rows of `-o json` output whatever the exit code.
pub(crate) fn rows_of(output: &Output) -> Vec<Value> {
    crate::util::rows(output)
}

mod money;
mod reads;
mod shapes;
mod simulator;
