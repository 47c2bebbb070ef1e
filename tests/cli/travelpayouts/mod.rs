//! Travelpayouts, request by request and digit by digit.
//!
//! Every finance v2 call affpay makes is checked against a recording mock for its exact method,
//! path, raw query string and headers, because the vendor silently ignores what it does not
//! expect (a misspelt filter returns every action, a missing `currency` returns roubles). The
//! vendor's own example answers must come out with every digit intact. The simulator tests then
//! run whole paging walks end to end, as a user would.
//!
//! The tests sit beside this file, one file per concern: `requests.rs`, `simulator.rs`.

use crate::util::{Env, MockServer, Recorded, Reply, TOKEN, fixture, ok, stderr_of};
use affpay::sandbox::token_for;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

const BALANCE: &str = "GET /finance/v2/get_user_balance";
const NEXT_PAYOUT: &str = "GET /finance/v2/get_user_next_payout";
const ACTIONS: &str = "GET /finance/v2/get_user_actions_affecting_balance";
const DETAILS: &str = "GET /finance/v2/get_action_details";
const PAYMENTS: &str = "GET /finance/v2/get_user_payments";
const PAYMENT_ACTIONS: &str = "GET /finance/v2/get_user_actions_affecting_payment";
const UUID: &str = "4af0c247-df4c-4873-a6b6-7bbf91afa3b9";
const ACTION_HEADER: &str =
    "action_id,campaign_id,action_state,price,profit,currency,description,booked_at,updated_at";

/// A vendor example answer, served with 200.
fn vendor(name: &str) -> Reply {
    Reply::json(200, &fixture(&format!("travelpayouts/{name}.json")))
}

/// `affpay <args>` in `env`, against a mock that answers `script`.
fn run_in(env: &Env, args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    let server = MockServer::start(script);
    let output = env
        .tp(server.url())
        .args(args)
        .output()
        .expect("affpay runs");
    (output, server)
}

fn run(args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    run_in(&Env::new(), args, script)
}

fn json_of(output: &Output) -> Value {
    serde_json::from_str(&ok(output)).expect("stdout is one JSON document")
}

/// `GET path?query` as [`Recorded::line`] writes it.
fn with_query(line: &str, query: &str) -> String {
    format!("{line}?{query}")
}

/// What the mock received, checked request by request against `expected` lines, and every
/// request authenticated the Travelpayouts way: the token in `X-Access-Token`, nowhere else.
fn assert_sent(server: &MockServer, expected: &[&str]) {
    // The mock records a request just after answering it; let it finish.
    let requests = server.requests();
    let lines: Vec<String> = requests.iter().map(Recorded::line).collect();
    assert_eq!(lines, expected);
    for request in &requests {
        assert_eq!(request.header("x-access-token"), Some(TOKEN), "{request:?}");
        let agent = request.header("user-agent").unwrap_or_default();
        assert!(agent.starts_with("affpay/"), "User-Agent {agent:?}");
        assert_eq!(request.header("authorization"), None, "{request:?}");
    }
}

/// An actions answer with generated actions `100:<id>` for each id, and `count` if given.
fn actions_page(ids: std::ops::Range<u64>, count: Option<u64>) -> Reply {
    let actions: Vec<Value> = ids
        .map(|id| {
            json!({
                "action_id": format!("100:{id}"), "campaign_id": 100, "action_state": "paid",
                "price": "10.5", "profit": "0.5", "description": "generated",
                "booked_at": "2021-01-01 00:00:00", "updated_at": "2021-01-01 00:00:00",
            })
        })
        .collect();
    let mut body = json!({ "actions": actions, "total_price": "1", "total_profit": "1" });
    if let Some(count) = count {
        body["count"] = json!(count);
    }
    Reply::json(200, &body.to_string())
}

/// The action ids of NDJSON output, in order.
fn ndjson_ids(output: &Output) -> Vec<String> {
    ok(output)
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).expect("each line is JSON");
            row["action_id"].as_str().expect("an action id").to_string()
        })
        .collect()
}

mod requests;
mod simulator;
