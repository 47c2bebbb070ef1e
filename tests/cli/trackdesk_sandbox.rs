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

// ---- The simulator keeps the vendor's contract -----------------------------------------

#[test]
fn every_answer_of_the_simulator_fits_the_vendor_schema() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let raw = Raw::new(&served);
    let accounts = Accounts::of(&home);
    let open = format!("{BILLING}/open-balances");

    // The seeded balances: the first page, filters, and paging.
    let first = raw.get(&open);
    assert_eq!(first["balances"].as_array().unwrap().len(), ACCOUNTS);
    let filtered = raw.get(&format!(
        "{open}?filter.until=2026-10-15T00:00:00Z&filter.minAmount.value=500.5\
         &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_PAY_PAL\
         &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_SEPA&filter.minConversionCount=1"
    ));
    let filtered = filtered["balances"].as_array().unwrap();
    assert!(!filtered.is_empty() && filtered.len() < ACCOUNTS);
    for b in filtered {
        assert!(
            decimal(&b["openBalance"]["value"]) >= Decimal::new(5005, 1),
            "{b}"
        );
        let kind = text(&b["defaultPaymentMethod"]["paymentMethodType"]);
        assert!(kind.ends_with("_PAY_PAL") || kind.ends_with("_SEPA"), "{b}");
    }
    let page = raw.get(&format!("{open}?pagination.limit=7&pagination.offset=0"));
    assert_eq!(page["balances"].as_array().unwrap().len(), 7);
    assert_eq!(page["pagination"]["hasMore"], json!(true));
    assert_eq!(int64(&page["pagination"]["totalCount"]), ACCOUNTS as i64);
    let last = raw.get(&format!("{open}?pagination.limit=7&pagination.offset=35"));
    assert_eq!(last["balances"].as_array().unwrap().len(), 5);
    assert_eq!(last["pagination"].get("hasMore"), None);

    // State driven through affpay: a settlement, and one of its rows paid.
    let (report, _) = home.settle(&[], 8);
    let settlement = settlement_of(&report);
    let made = created(&report);
    let paid = text(&made[accounts.id(0)]["reference"]);
    let tipalti = text(&made[accounts.id(TIPALTI)]["reference"]);
    let marked = home.run(&["payouts", "mark", &paid, "--status", "paid", "--yes"]);
    ok(&marked);

    // Reads of that state.
    raw.get(&open);
    raw.get(&format!("{open}?pagination.limit=3&pagination.offset=3"));
    let settled = raw.get(&format!("{BILLING}/account-balances/{}", accounts.id(0)));
    assert_eq!(
        settled["settledBalance"][0]["amount"]["value"],
        made[accounts.id(0)]["amount"]
    );
    raw.get(&format!(
        "{BILLING}/account-balances/{}?until=2026-09-01T00:00:00Z",
        accounts.id(1)
    ));
    raw.get(&format!("{BILLING}/account-balances/{}", accounts.id(8)));
    let rows = raw.get(&format!("{BILLING}/account-settlements"));
    assert_eq!(
        rows["accountSettlements"].as_array().unwrap().len(),
        made.len()
    );
    raw.get(&format!(
        "{BILLING}/account-settlements?accountId={}&timeRange.from=2000-01-01T00:00:00Z\
         &timeRange.to=2100-01-01T00:00:00Z",
        accounts.id(0)
    ));
    raw.get(&format!(
        "{BILLING}/account-settlements?pagination.limit=5&pagination.offset=5"
    ));
    raw.get(&format!("{BILLING}/settlements"));
    raw.get(&format!(
        "{BILLING}/settlements?timeRange.from=2000-01-01T00:00:00Z&pagination.limit=1"
    ));
    let one = raw.get(&format!("{BILLING}/settlements/{settlement}"));
    assert_eq!(int64(&one["settlement"]["paidAccountSettlementsCount"]), 1);
    raw.get("/api/node/payment-method-types/v1/supported");

    // Every write route: details and a method for accounts that lacked them, a settlement of
    // those two, a status change, and both deletions.
    let (no_details, no_method) = (accounts.id(5), accounts.id(8));
    let detail = raw.answer(
        "POST",
        "/api/node/billing-details/v1",
        Some(&json!({
            "accountId": no_details, "name": "Jane Doe s.r.o.", "countryCode": "CZ",
            "addressLine1": "Main 1", "city": "Brno", "postalCode": "60200", "vat": "CZ1234",
            "invoicingEmail": "jane@example.com",
        })),
    );
    assert_eq!(detail["billingDetail"]["accountId"], json!(no_details));
    let method = raw.answer(
        "POST",
        "/api/node/payment-methods/v1",
        Some(&json!({
            "accountId": no_method, "type": "PAYMENT_METHOD_TYPE_PAYONEER",
            "currency": {"code": "EUR"}, "data": {"payoneer": {"email": "a@b.co"}},
        })),
    );
    let method_id = text(&method["paymentMethod"]["id"]);
    let updated = raw.answer(
        "PATCH",
        &format!("/api/node/payment-methods/v1/{method_id}"),
        Some(&json!({
            "type": "PAYMENT_METHOD_TYPE_PAYONEER", "currency": {"code": "USD"},
            "data": {"payoneer": {"email": "c@d.co", "note": "renewed"}},
        })),
    );
    assert_eq!(updated["paymentMethod"]["currencyCode"], json!("USD"));
    let second = raw.answer(
        "POST",
        &format!("{BILLING}/settle-balances"),
        Some(&json!({
            "accountIds": [no_details, no_method],
            "filter": {"until": UNTIL_WIRE, "minAmount": {"value": "1"}},
            "note": "contract",
        })),
    );
    let second_rows = second["accountSettlements"].as_array().unwrap();
    assert_eq!(second_rows.len(), 2, "{second}");
    let second_id = text(&second["id"]);
    let status = json!({"status": "ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"});
    let row = text(&second_rows[0]["id"]);
    raw.answer(
        "PUT",
        &format!("{BILLING}/account-settlements/{row}/status"),
        Some(&status),
    );
    // The new rows carry the details and method just set; the settlement its note.
    let listed = raw.get(&format!(
        "{BILLING}/account-settlements?accountId={no_details}"
    ));
    assert_eq!(
        listed["accountSettlements"][0]["billingDetail"]["vat"],
        json!("CZ1234")
    );
    let shown = raw.get(&format!("{BILLING}/settlements/{second_id}"));
    assert_eq!(shown["settlement"]["note"], json!("contract"));
    assert_eq!(
        int64(&shown["settlement"]["inProgressAccountSettlementsCount"]),
        1
    );
    raw.answer(
        "DELETE",
        &format!("{BILLING}/account-settlements/{row}"),
        None,
    );
    raw.answer(
        "DELETE",
        &format!("{BILLING}/settlements/{second_id}"),
        None,
    );

    // Refusals: 404, 400 (with the Tipalti rule as code 9), 401, each a google.rpc.Status.
    for (method, path) in [
        ("GET", format!("{BILLING}/settlements/{second_id}")),
        ("DELETE", format!("{BILLING}/settlements/{second_id}")),
        ("DELETE", format!("{BILLING}/account-settlements/{row}")),
        ("GET", format!("{BILLING}/account-balances/no-such-account")),
        ("GET", format!("{BILLING}/no-such-route")),
    ] {
        assert_eq!(
            raw.refusal(404, method, &path, None)["code"],
            json!(5),
            "{path}"
        );
    }
    let path = format!("{BILLING}/account-settlements/{row}/status");
    raw.refusal(404, "PUT", &path, Some(&status));
    let forbidden = raw.refusal(
        400,
        "PUT",
        &format!("{BILLING}/account-settlements/{tipalti}/status"),
        Some(&json!({"status": "ACCOUNT_SETTLEMENT_STATUS_PAID"})),
    );
    assert_eq!(
        (&forbidden["code"], &forbidden["message"]),
        (&json!(9), &json!(TIPALTI_REFUSAL))
    );
    raw.refusal(
        400,
        "PUT",
        &format!("{BILLING}/account-settlements/{paid}/status"),
        Some(&json!({"status": "ACCOUNT_SETTLEMENT_STATUS_ERROR"})),
    );
    let nothing = raw.refusal(
        400,
        "POST",
        &format!("{BILLING}/settle-balances"),
        Some(&json!({"accountIds": [accounts.id(0)], "filter": {"until": UNTIL_WIRE}})),
    );
    assert_eq!(nothing["code"], json!(9));
    raw.refusal(
        400,
        "POST",
        "/api/node/payment-methods/v1",
        Some(&json!({
            "accountId": no_method, "type": "PAYMENT_METHOD_TYPE_SEPA",
            "currency": {"code": "USD"}, "data": {"sepa": {"iban": "CZ65"}},
        })),
    );
    for path in [
        format!("{open}?page=2"),
        format!("{open}?pagination.limit=ten"),
        format!("{BILLING}/account-settlements?status=NEW"),
        format!("{BILLING}/settlements?accountId={}", accounts.id(0)),
        format!(
            "{BILLING}/account-balances/{}?from=2026-01-01T00:00:00Z",
            accounts.id(0)
        ),
    ] {
        let refused = raw.refusal(400, "GET", &path, None);
        assert_eq!(refused["code"], json!(3), "{path}: {refused}");
    }
    for key in [Some("sandbox-trackdesk-wrong"), None] {
        let (status, answer) = raw.send_as(key, "GET", &open, None);
        assert_eq!(status, 401, "{answer}");
        schema::check_error(&answer);
    }
    // A wrong key settles nothing, though the account could be settled.
    let open_before = home.open();
    assert!(open_before.contains_key(no_method));
    let body = json!({"accountIds": [no_method]});
    let (status, answer) = raw.send_as(
        Some("wrong"),
        "POST",
        &format!("{BILLING}/settle-balances"),
        Some(&body),
    );
    assert_eq!(status, 401, "{answer}");
    schema::check_error(&answer);
    assert_eq!(home.open(), open_before);
}

#[test]
fn the_rate_limit_answer_is_a_status_with_retry_after() {
    let served = serve(&["--trackdesk-rate-limit", "1"]);
    let raw = Raw::new(&served);
    let path = "/api/node/payment-method-types/v1/supported";
    let statuses: Vec<u16> = (0..3).map(|_| raw.send("GET", path, None).0).collect();
    assert_eq!(statuses[0], 200);
    assert!(statuses.contains(&429), "{statuses:?}");
    let response = raw
        .client
        .get(format!("{}{path}", served.url))
        .header("X-Api-Key", token_for("trackdesk"))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert_eq!(response.headers()["retry-after"], "1");
    schema::check_error(&response.text().unwrap());
}

// ---- Every body affpay sends keeps it too ----------------------------------------------

/// Checks every body of a dry run against the request schema; returns how many it checked.
fn check_dry_run(home: &Home, args: &[&str]) -> usize {
    let (planned, stderr) = home.json(&[args, &["--dry-run"]].concat(), 0);
    assert!(!planned.is_empty(), "{args:?} planned nothing: {stderr}");
    let mut checked = 0;
    for row in &planned {
        let method = text(&row["method"]);
        let url = text(&row["url"]);
        assert!(url.starts_with(&home.url), "{url}");
        match &row["body"] {
            Value::Null => assert_eq!(method, "DELETE", "{args:?}: {row}"),
            body => {
                schema::check_request(&method, &url, &text(body));
                checked += 1;
            }
        }
    }
    checked
}

/// A command line typed as one string; no argument holds a space.
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

#[test]
fn every_body_affpay_would_send_fits_the_vendor_schema() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let (a0, a3, a8) = (accounts.id(0), accounts.id(3), accounts.id(8));
    let mut lines = vec![
        format!("settle --until {UNTIL}"),
        "settle --until 2026-10-15T12:00:00Z --min-amount 100.50 --payment-method paypal \
         --payment-method sepa --note October-run"
            .to_string(),
        format!("settle --account {a0} --account {a3}"),
        format!("billing-details set --account {a8} --name Jane --country cz"),
        format!(
            "billing-details set --account {a8} --name Jane-Doe-s.r.o. --country US \
             --address-line1 Main-1 --address-line2 Suite-2 --city Sacramento \
             --postal-code 95814 --subdivision ca --vat US123 --invoicing-email b@example.com"
        ),
    ];
    // Every payment method type, with each of its fields.
    let types = [
        "bank-transfer USD --bank-account-number=123 --bank-address=Wall-St-1 --bank-name=B \
         --swift=BOFAUS3N --aba=026009593 --note=n",
        "bitcoin USD --wallet-address=bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "credit-store EUR --identification=store-1",
        "custom EUR --name=Cash --identification=desk-3",
        "direct-deposit USD --account-number=1234 --account-holder=Jane --bank-name=B \
         --routing-number=026009593",
        "ether USD --wallet-address=0xabc",
        "gift-card EUR --identification=card-9",
        "mercado-pago EUR --email=a@b.co --first-name=Ana --last-name=Lima",
        "neteller EUR --email=a@b.co",
        "paxum EUR --email=a@b.co",
        "paypal EUR --email=a@b.co",
        "payoneer EUR --email=a@b.co --note=main",
        "revolut GBP --revolut-tag=@jane --phone-number=+420123 --email=a@b.co",
        "sepa EUR --iban=CZ6508000000192000145399 --beneficiary-name=Jane --bic=GIBACZPX",
        "skrill EUR --email=a@b.co",
        "tipalti EUR --payee-id=payee-7",
        "usdc USD --wallet-address=0xdef",
        "usdt USD --wallet-address=0x123",
        "wise CZK --email=a@b.co",
    ];
    for spec in types {
        let (kind, rest) = spec.split_once(' ').unwrap();
        let (currency, fields) = rest.split_once(' ').unwrap();
        lines.push(format!(
            "payment-methods add --account {a8} --type {kind} --currency {currency} {fields}"
        ));
    }
    lines.extend([
        "payment-methods update pm-1 --type payoneer --email c@d.co".to_string(),
        "payment-methods update pm-1 --type paypal --currency usd".to_string(),
        "payment-methods update pm-1 --type sepa --currency EUR --iban CZ65 --note x".to_string(),
    ]);
    let mut checked = 0;
    for line in &lines {
        checked += check_dry_run(&home, &words(line));
    }
    assert_eq!(checked, lines.len());

    // The commands on existing settlements, after a real settle.
    let (report, _) = home.settle(&[], 8);
    let settlement = settlement_of(&report);
    let made: Vec<String> = created(&report)
        .values()
        .map(|r| text(&r["reference"]))
        .collect();
    let ids = format!("{} {} {}", made[0], made[1], made[2]);
    for status in ["new", "in-progress", "paid", "PAID", "in_progress"] {
        let line = format!("payouts mark {ids} --status {status}");
        assert_eq!(check_dry_run(&home, &words(&line)), 3, "{line}");
    }
    let cancel = format!("cancel {} {}", made[0], made[1]);
    assert_eq!(check_dry_run(&home, &words(&cancel)), 0);
    let whole = format!("cancel --settlement {settlement}");
    assert_eq!(check_dry_run(&home, &words(&whole)), 0);

    // Conversions and what advertisers owe.
    let conversion = text(&home.list(&["actions", "--limit", "1"])[0]["conversion_id"]);
    for status in ["approved", "on-hold", "QUALITY_CONTROL", "rejected"] {
        let line = format!("adjust {conversion} cv-2 --status {status}");
        assert_eq!(check_dry_run(&home, &words(&line)), 2, "{line}");
    }
    for line in [
        format!("claim --until {UNTIL}"),
        "claim --until 2026-12-31T12:00:00Z --min-amount 10.5 --tag tag-odd --note Nov".to_string(),
    ] {
        assert!(check_dry_run(&home, &words(&line)) >= 1, "{line}");
    }
    assert_eq!(check_dry_run(&home, &words("claims delete c-1 c-2")), 0);
}

// ---- Settling -------------------------------------------------------------------------

#[test]
fn settle_turns_each_open_balance_into_one_account_settlement_to_the_cent() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let before = home.open();
    assert!(
        before
            .values()
            .any(|b| text(&b["open_balance"]).split('.').nth(1).map(str::len) == Some(4)),
        "the seed has four-decimal balances"
    );

    for i in 0..ACCOUNTS {
        let shown = &before[accounts.id(i)]["has_billing_details"];
        assert_eq!(shown, &json!(has_details(i)), "account {i}");
    }

    let (report, stderr) = home.settle(&[], 8);
    for id in accounts.ids(|i| !has_details(i)) {
        assert!(
            stderr.contains(&format!("skipping {id}: no billing details")),
            "{id} not skipped: {stderr}"
        );
    }
    let settlement = settlement_of(&report);
    assert!(!settlement.is_empty());
    let made = created(&report);
    assert_eq!(
        made.keys().cloned().collect::<BTreeSet<_>>(),
        accounts.ids(settles)
    );
    for (account, part) in &made {
        assert_eq!(part["amount"], before[account]["open_balance"], "{part}");
        assert_eq!(part["currency"], before[account]["currency"], "{part}");
    }
    let failed = with_result(&report, "part_failed");
    let failed_ids: BTreeSet<String> = failed.iter().map(|r| text(&r["target"])).collect();
    assert_eq!(
        failed_ids,
        accounts.ids(|i| has_details(i) && !has_method(i))
    );
    for part in &failed {
        assert_eq!(part["detail"], json!(NO_METHOD), "{part}");
        assert_eq!(
            part["amount"],
            before[&text(&part["target"])]["open_balance"]
        );
    }
    assert_eq!(report.len(), 1 + made.len() + failed.len(), "{report:?}");

    // What is left open, and what became account settlements.
    let after = home.open();
    let left: BTreeSet<String> = after.keys().cloned().collect();
    assert_eq!(left, accounts.ids(|i| !settles(i)));
    for (account, balance) in &after {
        assert_eq!(balance, &before[account], "an unsettled balance changed");
    }
    let payouts = home.payouts();
    let references: BTreeSet<String> = made.values().map(|p| text(&p["reference"])).collect();
    assert_eq!(payouts.keys().cloned().collect::<BTreeSet<_>>(), references);
    for row in payouts.values() {
        let part = &made[&text(&row["account_id"])];
        assert_eq!(row["id"], part["reference"]);
        assert_eq!(
            (&row["amount"], &row["currency"]),
            (&part["amount"], &part["currency"])
        );
        assert_eq!(row["status"], json!("new"));
        assert_eq!(row["settled_until"], json!(UNTIL_WIRE));
    }
    let settlements = home.settlements();
    assert_eq!(settlements.len(), 1, "{settlements:?}");
    let s = &settlements[0];
    assert_eq!(s["id"], json!(settlement));
    assert_eq!(
        (&s["new"], &s["in_progress"], &s["paid"], &s["error"]),
        (&json!(made.len()), &json!(0), &json!(0), &json!(0))
    );
    let amounts: Vec<Value> = s["amounts"].as_array().unwrap().clone();
    assert_eq!(totals(&amounts, "amount"), totals(made.values(), "amount"));
    let shown = home.record(&["payouts", "show", &settlement]);
    let listed = by(shown["account_settlements"].as_array().unwrap(), "id");
    assert_eq!(listed.keys().cloned().collect::<BTreeSet<_>>(), references);
    assert!(listed.values().all(|r| r["status"] == "new"));

    // Not a cent appears or disappears.
    let mut accounted = totals(after.values(), "open_balance");
    for (currency, amount) in totals(payouts.values(), "amount") {
        *accounted.entry(currency).or_default() += amount;
    }
    assert_eq!(totals(before.values(), "open_balance"), accounted);

    // A rerun asks only for what is left, and settles nothing twice.
    let (planned, _) = home.json(&["settle", "--until", UNTIL, "--dry-run"], 0);
    let body: Value = serde_json::from_str(&text(&planned[0]["body"])).unwrap();
    let asked: BTreeSet<String> = body["accountIds"]
        .as_array()
        .unwrap()
        .iter()
        .map(text)
        .collect();
    assert_eq!(asked, failed_ids);
    let (again, _) = home.settle(&[], 8);
    assert!(
        with_result(&again, "part_succeeded").is_empty(),
        "{again:?}"
    );
    let failed_again: BTreeSet<String> = with_result(&again, "part_failed")
        .iter()
        .map(|r| text(&r["target"]))
        .collect();
    assert_eq!(failed_again, failed_ids);
    // Nothing was settled, so the request counts as failed and a later run may send it again.
    let refused = with_result(&again, "failed");
    assert_eq!(refused.len(), 1, "{again:?}");
    assert_eq!(refused[0]["reference"], Value::Null);
    assert!(with_result(&again, "succeeded").is_empty(), "{again:?}");
    assert_eq!(home.settlements().len(), 1);
    assert_eq!(home.payouts(), payouts);
    assert_eq!(home.open(), after);

    // Limited to accounts already settled, there is nothing to settle.
    let (none, stderr) = home.settle(
        &["--account", accounts.id(0), "--account", accounts.id(1)],
        0,
    );
    assert!(none.is_empty(), "{none:?}");
    assert!(stderr.contains("nothing to settle"), "{stderr}");
    assert!(
        stderr.contains(&format!("skipping {}: no open balance", accounts.id(0))),
        "{stderr}"
    );
    assert_eq!(home.settlements().len(), 1);
}

// ---- Statuses ---------------------------------------------------------------------------

#[test]
fn statuses_change_by_hand_except_on_tipalti_rows_and_never_to_error() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let (report, _) = home.settle(&[], 8);
    let made = created(&report);
    let row = |i: usize| text(&made[accounts.id(i)]["reference"]);
    let (a, b, c, tipalti) = (row(0), row(1), row(3), row(TIPALTI));

    let (marked, _) = home.json(&["payouts", "mark", &a, &b, "--status", "paid", "--yes"], 0);
    assert_eq!(
        outcomes(&marked),
        [
            (a.clone(), "succeeded".to_string()),
            (b.clone(), "succeeded".to_string())
        ]
    );
    let statuses = home.statuses();
    assert_eq!((&statuses[&a][..], &statuses[&b][..]), ("paid", "paid"));
    assert_eq!(
        statuses.values().filter(|s| *s == "new").count(),
        made.len() - 2
    );
    let s = &home.settlements()[0];
    assert_eq!((&s["paid"], &s["new"]), (&json!(2), &json!(made.len() - 2)));

    let args = [
        "payouts",
        "mark",
        &tipalti,
        &c,
        "--status",
        "in-progress",
        "--yes",
    ];
    let (marked, stderr) = home.json(&args, 8);
    assert_eq!(
        outcomes(&marked),
        [
            (tipalti.clone(), "failed".to_string()),
            (c.clone(), "succeeded".to_string())
        ]
    );
    let why = text(&marked[0]["detail"]);
    assert!(why.contains(TIPALTI_REFUSAL), "{why}");
    assert!(stderr.contains("1 of 2 request(s) failed"), "{stderr}");
    let statuses = home.statuses();
    assert_eq!(
        (&statuses[&tipalti][..], &statuses[&c][..]),
        ("new", "in-progress")
    );

    let refused = home.run(&["payouts", "mark", &a, &c, "--status", "error", "--yes"]);
    let stderr = exits(&refused, 2);
    assert!(stderr.contains("cannot be set by hand"), "{stderr}");
    assert_eq!(home.statuses(), statuses);
}

// ---- Deleting ---------------------------------------------------------------------------

#[test]
fn deleting_account_settlements_or_a_settlement_gives_every_balance_back() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let before = home.open();
    let (report, _) = home.settle(&[], 8);
    let settlement = settlement_of(&report);
    let made = created(&report);
    let row = |i: usize| text(&made[accounts.id(i)]["reference"]);

    // One account settlement, with a four-decimal amount: exactly that balance comes back.
    let six = accounts.id(6);
    assert_eq!(
        text(&before[six]["open_balance"])
            .split('.')
            .nth(1)
            .unwrap()
            .len(),
        4
    );
    let (cancelled, _) = home.json(&["cancel", &row(6), "--yes"], 0);
    assert_eq!(outcomes(&cancelled), [(row(6), "succeeded".to_string())]);
    assert_eq!(
        home.open()[six]["open_balance"],
        before[six]["open_balance"]
    );
    assert!(!home.payouts().contains_key(&row(6)));

    // A settlement with a paid row is refused, naming it, and nothing changes.
    ok(&home.run(&["payouts", "mark", &row(0), "--status", "paid", "--yes"]));
    let payouts = home.payouts();
    let refused = home.run(&["cancel", "--settlement", &settlement, "--yes"]);
    let stderr = exits(&refused, 2);
    assert!(stderr.contains(&format!("{} paid", row(0))), "{stderr}");
    assert!(stderr.contains("Nothing was sent"), "{stderr}");
    assert_eq!(home.payouts(), payouts);

    let args = [
        "cancel",
        "--settlement",
        &settlement,
        "--allow-paid",
        "--yes",
    ];
    let (cancelled, _) = home.json(&args, 0);
    assert_eq!(
        outcomes(&cancelled),
        [(settlement.clone(), "succeeded".to_string())]
    );
    assert_eq!(
        home.open(),
        before,
        "every balance is open again, digit for digit"
    );
    assert!(home.settlements().is_empty());
    assert!(home.payouts().is_empty());
}

// ---- Billing details and payment methods ----------------------------------------------

#[test]
fn details_and_a_payment_method_make_skipped_accounts_settle() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let before = home.open();
    let (no_details, no_method) = (accounts.id(5), accounts.id(8));

    let (planned, stderr) = home.json(&["settle", "--until", UNTIL, "--dry-run"], 0);
    assert!(
        stderr.contains(&format!("skipping {no_details}: no billing details")),
        "{stderr}"
    );
    assert!(!text(&planned[0]["body"]).contains(no_details));

    let args = [
        "billing-details",
        "set",
        "--account",
        no_details,
        "--name",
        "Jane Doe",
    ];
    let (set, _) = home.json(&[&args[..], &["--country", "cz", "--yes"]].concat(), 0);
    assert_eq!(
        outcomes(&set),
        [(no_details.to_string(), "succeeded".to_string())]
    );
    assert!(!text(&set[0]["reference"]).is_empty());
    assert_eq!(home.open()[no_details]["has_billing_details"], json!(true));
    let (settled, _) = home.settle(&["--account", no_details], 0);
    let part = &created(&settled)[no_details];
    assert_eq!(part["amount"], before[no_details]["open_balance"]);

    let args = [
        "payment-methods",
        "add",
        "--account",
        no_method,
        "--type",
        "payoneer",
    ];
    let extra = ["--currency", "EUR", "--email", "a@b.co", "--yes"];
    let (added, _) = home.json(&[&args[..], &extra].concat(), 0);
    assert_eq!(
        outcomes(&added),
        [(no_method.to_string(), "succeeded".to_string())]
    );
    let method = text(&added[0]["reference"]);
    assert!(!method.is_empty());
    assert_eq!(
        added[0]["detail"],
        json!("type=payoneer currency=EUR default=true")
    );
    let shown = home.record(&["balance", "show", no_method]);
    assert_eq!(
        (&shown["payment_method"], &shown["payment_method_currency"]),
        (&json!("payoneer"), &json!("EUR"))
    );
    let args = ["payment-methods", "update", &method, "--type", "payoneer"];
    let (updated, _) = home.json(&[&args[..], &["--email", "c@d.co", "--yes"]].concat(), 0);
    assert_eq!(
        outcomes(&updated),
        [(method.clone(), "succeeded".to_string())]
    );
    assert_eq!(updated[0]["reference"], json!(method));
    let (settled, _) = home.settle(&["--account", no_method], 0);
    let part = &created(&settled)[no_method];
    assert_eq!(part["amount"], before[no_method]["open_balance"]);

    let types = home.list(&["payment-methods", "types"]);
    let types = by(&types, "type");
    assert_eq!(types.len(), 19);
    for name in [
        "paypal",
        "sepa",
        "bank-transfer",
        "wise",
        "payoneer",
        "tipalti",
        "bitcoin",
    ] {
        assert!(!text(&types[name]["currencies"]).is_empty(), "{name}");
    }
    assert_eq!(types["sepa"]["currencies"], json!("EUR"));
    assert_eq!(
        types["paypal"]["wire"],
        json!("PAYMENT_METHOD_TYPE_PAY_PAL")
    );
    assert!(text(&types["payoneer"]["fields"]).contains("--email (required)"));
}

// ---- Pacing ----------------------------------------------------------------------------

const PACED: [&str; 4] = [
    "--trackdesk-accounts",
    "2000",
    "--trackdesk-rate-limit",
    "10",
];

/// `balance --all -v -o csv`: the output and how long it took.
fn export(home: &Home) -> (Output, Duration) {
    let started = Instant::now();
    let output = home.run(&["balance", "--all", "-v", "-o", "csv"]);
    (output, started.elapsed())
}

/// The distinct account ids of a CSV export.
fn exported(output: &Output) -> usize {
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let ids: BTreeSet<String> = reader
        .records()
        .map(|r| r.expect("a CSV record")[0].to_string())
        .collect();
    ids.len()
}

fn requests(stderr: &str) -> u64 {
    stderr
        .lines()
        .filter(|l| l.starts_with("affpay: GET "))
        .count() as u64
}

#[test]
fn pacing_keeps_a_2000_account_export_under_the_rate_limit() {
    let served = serve(&PACED);
    let home = Home::paced(&served, 10);
    let (output, elapsed) = export(&home);
    let stderr = exits(&output, 0);
    assert_eq!(exported(&output), 2000, "{stderr}");
    assert!(!stderr.contains("-> 429"), "{stderr}");
    let requests = requests(&stderr);
    assert_eq!(requests, 20, "{stderr}");
    let least = Duration::from_millis(100 * (requests - 1));
    assert!(elapsed >= least, "{requests} requests in {elapsed:?}");
}

#[test]
fn without_pacing_the_same_export_meets_429_and_still_completes() {
    // A limit of 3 a second, which even a loaded machine outruns without pacing.
    let served = serve(&[
        "--trackdesk-accounts",
        "2000",
        "--trackdesk-rate-limit",
        "3",
    ]);
    let home = Home::new(&served);
    let (output, _) = export(&home);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("-> 429"),
        "the limiter never answered: {stderr}"
    );
    assert!(stderr.contains("retrying in 1000 ms"), "{stderr}");
    assert_eq!(exported(&output), 2000, "{stderr}");
}

#[test]
fn pacing_is_what_keeps_an_export_under_a_limit_the_simulator_can_reach() {
    // 600 accounts, six pages that the simulator answers far faster than 2 a second: without
    // pacing the export meets the limit; paced to 2 a second, it never does.
    let options = ["--trackdesk-accounts", "600", "--trackdesk-rate-limit", "2"];
    let (paced, unpaced) = (serve(&options), serve(&options));
    let paced = Home::paced(&paced, 2);
    let unpaced = Home::new(&unpaced);
    let child = unpaced
        .command(&["balance", "--all", "-v", "-o", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (output, elapsed) = export(&paced);
    let stderr = exits(&output, 0);
    assert_eq!(exported(&output), 600, "{stderr}");
    assert!(!stderr.contains("-> 429"), "{stderr}");
    let requests = requests(&stderr);
    assert_eq!(requests, 6, "{stderr}");
    assert!(
        elapsed >= Duration::from_millis(500 * (requests - 1)),
        "{elapsed:?}"
    );

    let output = child.wait_with_output().unwrap();
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("-> 429"),
        "the limiter never answered: {stderr}"
    );
    assert!(stderr.contains("retrying in 1000 ms"), "{stderr}");
    assert_eq!(exported(&output), 600, "{stderr}");
}

// ---- Beyond affiliate billing: Tipalti, conversions, what advertisers owe ---------------

const TIPALTI_PATH: &str = "/api/node/tipalti-payments/v1/settlements";
const REPORT: &str = "/api/reports/conversion-report/v1";
const ROB: &str = "/api/node/revenue-origin-billing/v1";

#[test]
fn the_new_routes_answer_in_the_vendors_schemas() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let raw = Raw::new(&served);

    // The conversion report: pagination as numbers or strings, filters by the schema's names.
    let page = raw.answer(
        "POST",
        REPORT,
        Some(&json!({"pagination": {"limit": "5", "offset": 0},
                     "filters": {"conversionStatuses": ["CONVERSION_STATUS_APPROVED"],
                                 "timeRange": {"from": "2026-09-01T00:00:00Z"}}})),
    );
    let report = page["rows"].as_array().unwrap();
    assert_eq!(report.len(), 5);
    assert!(
        report
            .iter()
            .all(|r| r["conversionStatus"] == "CONVERSION_STATUS_APPROVED")
    );
    assert_eq!(int64(&page["pagination"]["totalCount"]), ACCOUNTS as i64);
    let conversion = text(&report[0]["conversionId"]);
    let status = format!("/api/node/conversions/v1/{conversion}/status");
    let answer = raw.answer(
        "PUT",
        &status,
        Some(&json!({"status": "CONVERSION_STATUS_PENDING"})),
    );
    assert_eq!(answer, json!({}));
    raw.refusal(
        400,
        "PUT",
        &status,
        Some(&json!({"status": "CONVERSION_STATUS_UNSPECIFIED"})),
    );

    // Advertisers: until is required; a claim empties a balance; deleting gives it back.
    raw.refusal(400, "GET", &format!("{ROB}/open-balances"), None);
    let open = raw.get(&format!(
        "{ROB}/open-balances?filter.until=2026-12-31T00:00:00Z&filter.revenueOriginTagIds=tag-even"
    ));
    let balances = open["balances"].as_array().unwrap();
    assert_eq!(balances.len(), 2);
    let advertiser = text(&balances[0]["revenueOrigin"]["id"]);
    let claimed = raw.answer(
        "POST",
        &format!("{ROB}/claim-balances"),
        Some(&json!({"filter": {"until": "2026-12-31T00:00:00Z"},
                     "revenueOriginId": advertiser, "note": ""})),
    );
    assert_eq!(claimed["claim"]["amount"], balances[0]["openBalance"]);
    let claim = text(&claimed["claim"]["id"]);
    raw.get(&format!("{ROB}/claims?timeRange.from=2026-01-01T00:00:00Z"));
    raw.get(&format!("{ROB}/claims/{claim}"));
    raw.refusal(
        400,
        "POST",
        &format!("{ROB}/claim-balances"),
        Some(&json!({"filter": {"until": "2026-12-31T00:00:00Z"},
                     "revenueOriginId": advertiser, "note": ""})),
    );
    assert_eq!(
        raw.answer("DELETE", &format!("{ROB}/claims/{claim}"), None),
        json!({})
    );
    raw.refusal(404, "GET", &format!("{ROB}/claims/{claim}"), None);

    // Tipalti: the settlement of account 2's Tipalti balance.
    let (settled, _) = home.settle(&[], 8);
    let settlement = settlement_of(&settled);
    let payable = raw.get(&format!(
        "{TIPALTI_PATH}/{settlement}/list-payable-account-settlements"
    ));
    assert_eq!(
        payable["payableAccountSettlementIds"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let batch = raw.answer(
        "POST",
        &format!("{TIPALTI_PATH}/{settlement}/payment-batch"),
        None,
    );
    let batch = text(&batch["paymentBatchId"]);
    raw.refusal(
        400,
        "POST",
        &format!("{TIPALTI_PATH}/{settlement}/payment-batch"),
        None,
    );
    let checked = raw.answer(
        "POST",
        &format!("{TIPALTI_PATH}/{settlement}/payment-batch/status"),
        Some(&json!({"paymentBatchId": batch})),
    );
    assert_eq!(checked, json!({}));
    let found = raw.get(&format!("{BILLING}/settlements/{settlement}"));
    assert_eq!(
        found["settlement"]["paymentData"]["tipalti"]["paymentBatches"][0]["status"],
        "Paid"
    );
}

#[test]
fn tipalti_pay_sends_one_batch_and_the_status_check_finds_it_paid() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let (settled, _) = home.settle(&[], 8);
    let settlement = settlement_of(&settled);
    let tipalti_row = text(&created(&settled)[accounts.id(TIPALTI)]["reference"]);

    let payable = home.list(&["tipalti", "payable", &settlement]);
    assert_eq!(
        payable,
        [json!({"account_settlement_id": tipalti_row, "payable": true, "unpaid": true})]
    );
    let pay = ["tipalti", "pay", &settlement, "--yes"];
    let (paid, stderr) = home.json(&pay, 0);
    assert_eq!(
        outcomes(&paid),
        [(settlement.clone(), "succeeded".to_string())]
    );
    let batch = text(&paid[0]["reference"]);
    // The confirmation shows the Tipalti row's amount, to the cent.
    let amount = text(&created(&settled)[accounts.id(TIPALTI)]["amount"]);
    assert!(stderr.contains(&amount), "{stderr}");

    // A rerun sends no second batch: the row is in one now, so nothing is payable (and
    // were Trackdesk still to list it, the journal would answer already_done).
    let (again, stderr) = home.json(&pay, 0);
    assert!(again.is_empty(), "{again:?}");
    assert!(
        stderr.contains("no account settlement of it is payable"),
        "{stderr}"
    );

    let statuses = home.list(&["tipalti", "status", &settlement]);
    assert_eq!(statuses.len(), 1);
    assert_eq!(statuses[0]["payment_batch_id"], batch);
    assert_eq!(statuses[0]["status"], "Paid");
    assert_eq!(home.statuses()[&tipalti_row], "paid");
}

#[test]
fn adjusting_an_approved_conversion_moves_its_affiliates_open_balance_exactly() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let approved = home.list(&["actions", "--status", "approved", "--limit", "1"]);
    let conversion = text(&approved[0]["conversion_id"]);
    let affiliate = text(&approved[0]["affiliate_id"]);
    let cost = decimal(&approved[0]["cost"]);
    let before = decimal(&home.open()[&affiliate]["open_balance"]);

    let (done, _) = home.json(&["adjust", &conversion, "--status", "rejected", "--yes"], 0);
    assert_eq!(done[0]["result"], "succeeded");
    let after = decimal(&home.open()[&affiliate]["open_balance"]);
    assert_eq!(after, before - cost);
    let shown = home.list(&["actions", "--conversion", &conversion]);
    assert_eq!(shown[0]["status"], "rejected");

    home.json(&["adjust", &conversion, "--status", "approved", "--yes"], 0);
    assert_eq!(decimal(&home.open()[&affiliate]["open_balance"]), before);
}

#[test]
fn a_claim_empties_what_an_advertiser_owes_and_deleting_it_gives_it_back() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let owed = by(&home.list(&["receivables", "--all"]), "advertiser_id");
    assert_eq!(owed.len(), 4);
    let (claimed, stderr) = home.json(&["claim", "--note", "November", "--yes"], 0);
    assert_eq!(claimed.len(), 3, "{stderr}");
    assert!(stderr.contains("no billing details"), "{stderr}");
    for row in &claimed {
        assert_eq!(row["result"], "succeeded");
        let owed = text(&owed[&text(&row["target"])]["open_balance"]);
        assert_eq!(row["detail"], format!("claimed {owed} EUR"));
    }
    let left = home.list(&["receivables", "--all"]);
    assert_eq!(
        left.len(),
        1,
        "only the advertiser without details: {left:?}"
    );
    let claims = by(&home.list(&["claims", "--all"]), "id");
    assert_eq!(claims.len(), 3);
    let first = text(&claimed[0]["reference"]);
    assert_eq!(claims[&first]["note"], "November");
    let shown = home.record(&["claims", "show", &first]);
    let target = text(&claimed[0]["target"]);
    assert_eq!(shown["amount"], owed[&target]["open_balance"]);

    // A rerun the same day claims nothing twice (nothing is open, and the journal knows).
    let (again, _) = home.json(&["claim", "--note", "November", "--yes"], 0);
    assert!(again.is_empty(), "{again:?}");

    let (deleted, _) = home.json(&["claims", "delete", &first, "--yes"], 0);
    assert_eq!(deleted[0]["result"], "succeeded");
    let back = by(&home.list(&["receivables", "--all"]), "advertiser_id");
    assert_eq!(back[&target]["open_balance"], owed[&target]["open_balance"]);
}
