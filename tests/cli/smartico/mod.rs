//! Smartico TAP, request by request, and the money-safety path end to end.
//!
//! Smartico has no idempotency keys and no list of payments: a payment sent twice is money
//! gone twice, and nothing on the vendor's side will say so. So every request affpay sends is
//! checked byte for byte against a recording mock (the filter JSON, the inclusive `range`
//! window, amounts as JSON numbers with exactly the digits typed, the raw `Authorization`
//! key), and the mock scripts the answers that decide whether an affiliate is paid twice or
//! not at all: refusals, 5xx, 401, dropped connections. The journal and `journal resolve` are
//! driven through the same runs. The simulator then plays whole cron runs, and its balances
//! prove nobody was paid twice; its cases of overlapping runs, a killed process and broken
//! answers sit in `conformance/provider_cases/smartico.rs`, beside the suite's checks of the
//! same properties for every provider.
//!
//! The tests sit beside this file, one file per concern: `bulk.rs`, `failures.rs`, `keys.rs`,
//! `payments.rs`, `reads.rs`, `simulator.rs`, `simulator_kit.rs`.

use crate::util::{
    Env, MockServer, Recorded, Reply, exits, fixture, ok, pairs, results, rows, serve, stderr_of,
    stdout_of, text,
};
use affpay::sandbox::token_for;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::process::{Output, Stdio};
use std::str::FromStr;
use std::time::{Duration, Instant};

const TOKEN: &str = "smartico-operator-key-7d41c0";
const BALANCES: &str = "/api/af2_balance_op";
const PAYMENTS: &str = "/api/af2_payments_op";
const ADJUSTMENTS: &str = "/api/af2_adjustments_op";
pub(crate) const SETTLE_ALL: &[&str] = &[
    "smartico",
    "settle",
    "--above-threshold",
    "--yes",
    "-o",
    "json",
];

// ---- Against the recording mock --------------------------------------------------------

/// `affpay <args>` in `env`, against a mock that answers `script`.
fn run_in(env: &Env, args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    let server = env.mock(script);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .args(args)
        .output()
        .expect("affpay runs");
    (output, server)
}

pub(crate) fn run(args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    run_in(&Env::new(), args, script)
}

/// What the mock received, once it has recorded the last request; every request carries the
/// operator key raw in `Authorization` (no `Bearer`), as the vendor documents.
fn sent(server: &MockServer) -> Vec<Recorded> {
    let requests = server.requests();
    for request in &requests {
        assert_eq!(request.header("authorization"), Some(TOKEN), "{request:?}");
    }
    requests
}

/// The query of a request, decoded, pair by pair in the order sent.
fn query(request: &Recorded) -> Vec<(String, String)> {
    url::form_urlencoded::parse(request.query.as_bytes())
        .into_owned()
        .collect()
}

/// `request` reads balances with exactly this filter and range, and nothing else.
fn assert_balance_read(request: &Recorded, filter: &str, range: &str) {
    assert_eq!(
        (
            request.method.as_str(),
            request.path.as_str(),
            request.body.as_str()
        ),
        ("GET", BALANCES, ""),
        "{request:?}"
    );
    let expected = [("filter", filter), ("range", range)].map(|(k, v)| (k.into(), v.into()));
    assert_eq!(query(request), expected, "{request:?}");
}

/// The bodies of the POSTs to `path`, in order; every other request must be a balance read.
fn posted(requests: &[Recorded], path: &str) -> Vec<String> {
    let mut bodies = Vec::new();
    for request in requests {
        match request.method.as_str() {
            "POST" => {
                assert_eq!((request.path.as_str(), request.query.as_str()), (path, ""));
                assert_eq!(request.header("content-type"), Some("application/json"));
                bodies.push(request.body.clone());
            }
            _ => assert_eq!(request.path, BALANCES, "{request:?}"),
        }
    }
    bodies
}

pub(crate) fn payments_posted(server: &MockServer) -> Vec<String> {
    posted(&sent(server), PAYMENTS)
}

/// A balance row as the vendor sends it: money as raw JSON numbers.
fn row(id: i64, balance: &str) -> String {
    format!(
        r#"{{"id":{id},"affiliate_id":{id},"affiliate_name":"Affiliate {id}","balance":{balance},"treshold":0,"payments":0,"operator_currency":"EUR"}}"#
    )
}

/// A balance answer with one row per (affiliate, balance).
fn balances(rows: &[(i64, &str)]) -> Reply {
    let rows: Vec<String> = rows.iter().map(|(id, balance)| row(*id, balance)).collect();
    Reply::json(200, &format!("[{}]", rows.join(",")))
}

/// A page of affiliates `ids`, each owed 1.5.
fn page(ids: Range<i64>) -> Reply {
    let rows: Vec<(i64, &str)> = ids.map(|id| (id, "1.5")).collect();
    balances(&rows)
}

/// The vendor's example balance answer (affiliates 35427 and 217628).
fn vendor_balances() -> Reply {
    Reply::json(200, &fixture("smartico/af2_balance_op.json"))
}

/// The vendor's example payment answer (payment id 15561).
pub(crate) fn paid() -> Reply {
    Reply::json(200, &fixture("smartico/af2_payments_op.json"))
}

pub(crate) fn refused(status: u16, message: &str) -> Reply {
    Reply::json(
        status,
        &format!(r#"{{"errorCode":{status},"message":"{message}"}}"#),
    )
}

/// The body of a bulk payment: no texts, no periods, no mail.
pub(crate) fn payment(id: i64, amount: &str) -> String {
    format!(r#"{{"affiliate_id":{id},"amount":{amount},"send_mail_to_aff":false}}"#)
}

/// `affpay journal <args> -o json` in `env`.
fn journal(env: &Env, args: &[&str]) -> Vec<Value> {
    let output = env
        .cmd()
        .arg("journal")
        .args(args)
        .args(["-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    rows(&output)
}

/// The keys the journal holds in `state`.
pub(crate) fn keys_in(env: &Env, state: &str) -> Vec<String> {
    journal(env, &["list", "--state", state])
        .iter()
        .map(|r| text(&r["key"]))
        .collect()
}

pub(crate) fn resolve(env: &Env, key: &str, outcome: &[&str]) {
    let output = env
        .cmd()
        .args(["journal", "resolve", key])
        .args(outcome)
        .args(["--reason", "checked with smartico"])
        .output()
        .unwrap();
    ok(&output);
}

/// Writes `contents` to a CSV file in `env` and returns its path.
fn csv_file(env: &Env, contents: &str) -> String {
    let path = env.dir.path().join("payouts.csv");
    std::fs::write(&path, contents).unwrap();
    path.to_str().expect("a UTF-8 temp path").to_string()
}

fn settle_csv(file: &str) -> [&str; 5] {
    ["smartico", "settle", "--from-csv", file, "--yes"]
}

/// The `affpay: error:` text has a line naming `line` that contains every one of `words`.
fn names_line(stderr: &str, line: &str, words: &[&str]) {
    let found = stderr
        .lines()
        .any(|l| l.contains(line) && words.iter().all(|w| l.contains(w)));
    assert!(found, "no line with {line} {words:?} in:\n{stderr}");
}

/// Affiliate 35427, owed 100.5.
pub(crate) fn owed_one() -> Reply {
    balances(&[(35427, "100.5")])
}

mod bulk;
mod failures;
mod keys;
mod payments;
mod reads;
mod simulator;
pub(crate) mod simulator_kit;
