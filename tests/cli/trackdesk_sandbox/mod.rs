//! Trackdesk end to end against its stateful simulator (`affpay sandbox serve`).
//!
//! Why these tests exist: Trackdesk settlements move affiliates' money and the API has no
//! idempotency keys, so what settle, mark and cancel do must add up to the cent — every open
//! balance either stays open or becomes exactly one account settlement, deleting gives it back
//! digit for digit, and a rerun settles nothing twice. And since the simulator stands in for
//! Trackdesk in every other test and demo, it must not drift into a friendlier API than the
//! real one: every answer it gives, and every body affpay would send, is validated against the
//! vendor's own OpenAPI schemas (`schema.rs`). Last, the pacing promise: a 2,000-account
//! `--all` export stays under the tenant's rate limit.
//!
//! The simulator's seeded facts, for account i (0-based, named "Affiliate {i+1:03}"): USD when
//! i % 4 == 3, else EUR; a four-decimal open balance when i % 7 == 6; no billing details when
//! i % 6 == 5; no payment method when i % 9 == 8; account 2 is paid through Tipalti. The tests
//! find accounts by those facts and names, never by hard-coded ids.
//!
//! The tests sit beside this file, one file per concern: `beyond_billing.rs`, `billing.rs`,
//! `bodies.rs`, `contract.rs`, `pacing.rs`, `settling.rs`.

use crate::cli::schema;
use crate::util::{Env, Served, exits, ok, rows, serve, text};
use affpay::sandbox::token_for;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output, Stdio};
use std::str::FromStr;
use std::time::{Duration, Instant};

const BILLING: &str = "/api/node/billing/v1";
/// Every seeded balance was earned before the end of this day.
const UNTIL: &str = "2026-10-31";
const UNTIL_WIRE: &str = "2026-10-31T23:59:59Z";
const ACCOUNTS: usize = 40;
const TIPALTI: usize = 2;
const NO_METHOD: &str = "account has no default payment method";
const TIPALTI_REFUSAL: &str = "manual status change is forbidden for Tipalti settlements";

// ---- Seeded facts ----------------------------------------------------------------------

fn has_details(i: usize) -> bool {
    i % 6 != 5
}

fn has_method(i: usize) -> bool {
    i % 9 != 8
}

/// Accounts that a settle of everything turns into account settlements.
fn settles(i: usize) -> bool {
    has_details(i) && has_method(i)
}

/// The seeded accounts' ids by index, read once from the untouched simulator.
struct Accounts(Vec<String>);

impl Accounts {
    fn of(home: &Home) -> Accounts {
        let listed = home.list(&["balance", "--all"]);
        assert_eq!(
            listed.len(),
            ACCOUNTS,
            "every seeded account has an open balance"
        );
        let mut ids = vec![String::new(); ACCOUNTS];
        for row in &listed {
            let name = text(&row["name"]);
            let number: usize = name
                .strip_prefix("Affiliate ")
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("unexpected account name {name}"));
            ids[number - 1] = text(&row["account_id"]);
        }
        Accounts(ids)
    }

    fn id(&self, i: usize) -> &str {
        &self.0[i]
    }

    fn ids(&self, pick: impl Fn(usize) -> bool) -> BTreeSet<String> {
        (0..ACCOUNTS)
            .filter(|&i| pick(i))
            .map(|i| self.0[i].clone())
            .collect()
    }
}

// ---- Running affpay against a served simulator -----------------------------------------

/// A home of its own pointed at a served simulator.
struct Home {
    env: Env,
    url: String,
}

impl Home {
    /// Pacing effectively off (1,000 requests a second), for every test but the pacing one.
    fn new(served: &Served) -> Home {
        Home::paced(served, 1000)
    }

    fn paced(served: &Served, rps: u32) -> Home {
        let home = Home {
            env: Env::new(),
            url: served.url.clone(),
        };
        let rps = rps.to_string();
        let set = home
            .env
            .cmd()
            .args(["config", "set", "trackdesk.rps", &rps])
            .output();
        ok(&set.unwrap());
        home
    }

    /// `affpay trackdesk ARGS` with the simulator's URL and key, and no terminal.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd =
            self.env
                .provider_process("trackdesk", &self.url, token_for("trackdesk").as_str());
        cmd.stdin(Stdio::null()).arg("trackdesk").args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// `ARGS -o json` as JSON rows, for a run that must exit `code`.
    fn json(&self, args: &[&str], code: i32) -> (Vec<Value>, String) {
        let output = self.run(&[args, &["-o", "json"]].concat());
        let stderr = exits(&output, code);
        (rows(&output), stderr)
    }

    /// The rows of a list that must succeed.
    fn list(&self, args: &[&str]) -> Vec<Value> {
        self.json(args, 0).0
    }

    /// The one record a `show` writes.
    fn record(&self, args: &[&str]) -> Value {
        let output = self.run(&[args, &["-o", "json"]].concat());
        serde_json::from_str(&ok(&output)).expect("one JSON record")
    }

    /// `balance --all`, by account id.
    fn open(&self) -> BTreeMap<String, Value> {
        by(&self.list(&["balance", "--all"]), "account_id")
    }

    /// `payouts --all`, by account settlement id.
    fn payouts(&self) -> BTreeMap<String, Value> {
        by(&self.list(&["payouts", "--all"]), "id")
    }

    fn settlements(&self) -> Vec<Value> {
        self.list(&["payouts", "settlements", "--all"])
    }

    /// A settle of everything earned until [`UNTIL`], confirmed.
    fn settle(&self, extra: &[&str], code: i32) -> (Vec<Value>, String) {
        self.json(
            &[&["settle", "--until", UNTIL, "--yes"][..], extra].concat(),
            code,
        )
    }

    /// Each account settlement id's status.
    fn statuses(&self) -> BTreeMap<String, String> {
        self.payouts()
            .into_iter()
            .map(|(id, row)| (id, text(&row["status"])))
            .collect()
    }
}

fn by(rows: &[Value], key: &str) -> BTreeMap<String, Value> {
    let map: BTreeMap<String, Value> = rows.iter().map(|r| (text(&r[key]), r.clone())).collect();
    assert_eq!(map.len(), rows.len(), "{key} is not unique in {rows:?}");
    map
}

fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(&text(value)).unwrap_or_else(|e| panic!("{value}: {e}"))
}

/// Sum of `amount` per `currency` over rows, exactly.
fn totals<'a>(
    rows: impl IntoIterator<Item = &'a Value>,
    amount: &str,
) -> BTreeMap<String, Decimal> {
    let mut totals = BTreeMap::new();
    for row in rows {
        *totals
            .entry(text(&row["currency"]))
            .or_insert(Decimal::ZERO) += decimal(&row[amount]);
    }
    totals
}

/// The rows of a money-moving run's report with this result.
fn with_result<'a>(rows: &'a [Value], result: &str) -> Vec<&'a Value> {
    rows.iter().filter(|r| r["result"] == result).collect()
}

/// `(target, result)` of each row, in order.
fn outcomes(rows: &[Value]) -> Vec<(String, String)> {
    rows.iter()
        .map(|r| (text(&r["target"]), text(&r["result"])))
        .collect()
}

/// The account settlements a settle report says were created: account id → row.
fn created(rows: &[Value]) -> BTreeMap<String, Value> {
    let parts: Vec<Value> = with_result(rows, "part_succeeded")
        .into_iter()
        .cloned()
        .collect();
    by(&parts, "target")
}

/// The id of the one settlement a settle report says was created.
fn settlement_of(rows: &[Value]) -> String {
    let main = with_result(rows, "succeeded");
    assert_eq!(main.len(), 1, "{rows:?}");
    text(&main[0]["reference"])
}

/// An int64 counter as proto3 JSON writes it: a number or a string of digits.
fn int64(value: &Value) -> i64 {
    match value {
        Value::String(s) => s.parse().unwrap_or_else(|e| panic!("{value}: {e}")),
        other => other
            .as_i64()
            .unwrap_or_else(|| panic!("{other} is not an int64")),
    }
}

// ---- Calling the simulator directly ----------------------------------------------------

/// The simulator's routes without affpay in between; every body sent is first checked
/// against the vendor's request schema.
struct Raw {
    client: reqwest::blocking::Client,
    url: String,
}

impl Raw {
    fn new(served: &Served) -> Raw {
        let client = crate::util::http_client()
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap();
        Raw {
            client,
            url: served.url.clone(),
        }
    }

    fn send_as(
        &self,
        key: Option<&str>,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> (u16, String) {
        let verb = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.client.request(verb, format!("{}{path}", self.url));
        if let Some(key) = key {
            request = request.header("X-Api-Key", key);
        }
        if let Some(body) = body {
            schema::check_request(method, path, &body.to_string());
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().unwrap();
        (response.status().as_u16(), response.text().unwrap())
    }

    fn send(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, String) {
        self.send_as(Some(&token_for("trackdesk")), method, path, body)
    }

    /// A 200 whose body fits the operation's response schema.
    fn answer(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let (status, answer) = self.send(method, path, body);
        assert_eq!(status, 200, "{method} {path}: {answer}");
        schema::check_response(method, path, &answer);
        serde_json::from_str(&answer).unwrap()
    }

    fn get(&self, path: &str) -> Value {
        self.answer("GET", path, None)
    }

    /// An error answer with this HTTP status whose body is a `google.rpc.Status`.
    fn refusal(&self, status: u16, method: &str, path: &str, body: Option<&Value>) -> Value {
        let (got, answer) = self.send(method, path, body);
        assert_eq!(got, status, "{method} {path}: {answer}");
        schema::check_error(&answer);
        serde_json::from_str(&answer).unwrap()
    }
}

mod beyond_billing;
mod billing;
mod bodies;
mod contract;
mod pacing;
mod settling;
