//! Smartico TAP, request by request, and the money-safety path end to end.
//!
//! Smartico has no idempotency keys and no list of payments: a payment sent twice is money
//! gone twice, and nothing on the vendor's side will say so. So every request affpay sends is
//! checked byte for byte against a recording mock (the filter JSON, the inclusive `range`
//! window, amounts as JSON numbers with exactly the digits typed, the raw `Authorization`
//! key), and the mock scripts the answers that decide whether an affiliate is paid twice or
//! not at all: refusals, 5xx, 401, dropped connections. The journal and `journal resolve` are
//! driven through the same runs. The simulator then plays whole cron runs with faults,
//! overlapping runs and a killed process, and its balances prove nobody was paid twice.

use crate::util::{
    Env, MockServer, Recorded, Reply, Running, exits, fixture, ok, pairs, results, rows, serve,
    stderr_of, stdout_of, text,
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
const SETTLE_ALL: &[&str] = &[
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

fn run(args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
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

fn payments_posted(server: &MockServer) -> Vec<String> {
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
fn paid() -> Reply {
    Reply::json(200, &fixture("smartico/af2_payments_op.json"))
}

fn refused(status: u16, message: &str) -> Reply {
    Reply::json(
        status,
        &format!(r#"{{"errorCode":{status},"message":"{message}"}}"#),
    )
}

/// The body of a bulk payment: no texts, no periods, no mail.
fn payment(id: i64, amount: &str) -> String {
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
fn keys_in(env: &Env, state: &str) -> Vec<String> {
    journal(env, &["list", "--state", state])
        .iter()
        .map(|r| text(&r["key"]))
        .collect()
}

fn resolve(env: &Env, key: &str, outcome: &[&str]) {
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

#[test]
fn balance_sends_the_filter_as_json_and_an_inclusive_range_with_the_raw_key() {
    let args = [
        "smartico",
        "balance",
        "--above-threshold",
        "--due-until",
        "2025-04-30",
        "--affiliate",
        "35427",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![vendor_balances(), vendor_balances()]);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(
        &requests[0],
        r#"{"above_threshold":true,"to":"2025-04-30T23:59:59Z","affiliate_id":35427}"#,
        "[0,499]",
    );

    let (output, server) = run(&["smartico", "balance"], vec![vendor_balances()]);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
}

#[test]
fn all_walks_windows_of_500_without_overlap_or_gap_and_stops_at_a_short_page() {
    let script = vec![
        page(1..501),
        page(501..1001),
        page(1001..1004),
        page(1004..1005),
    ];
    let (output, server) = run(&["smartico", "balance", "--all", "-o", "json"], script);
    let ids: Vec<i64> = rows(&output)
        .iter()
        .map(|r| r["affiliate_id"].as_i64().unwrap())
        .collect();
    ok(&output);
    assert_eq!(ids, (1..1004).collect::<Vec<_>>());
    let requests = sent(&server);
    assert_eq!(requests.len(), 3, "{requests:?}");
    for (request, range) in requests.iter().zip(["[0,499]", "[500,999]", "[1000,1499]"]) {
        assert_balance_read(request, "{}", range);
    }

    let script = vec![page(1..501), page(501..601), page(601..701)];
    let (output, server) = run(
        &["smartico", "balance", "--limit", "600", "-o", "json"],
        script,
    );
    assert_eq!(rows(&output).len(), 600);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
    assert_balance_read(&requests[1], "{}", "[500,599]");
}

#[test]
fn the_vendor_balances_keep_every_digit_except_in_tables() {
    let env = Env::new();
    let server = MockServer::start(vec![vendor_balances(); 3]);
    let format = |name: &str| {
        ok(&env
            .provider("smartico", server.url(), TOKEN)
            .args(["smartico", "balance", "-o", name])
            .output()
            .unwrap())
    };
    let json: Value = serde_json::from_str(&format("json")).unwrap();
    let first = &json[0];
    assert_eq!(first["affiliate_id"], 35427);
    assert_eq!(first["balance"], "39949.47024789999");
    assert_eq!(first["adjustments"], "10440.71052180003");
    assert_eq!(first["commissions_total"], "511884.57972609997");
    assert_eq!(first["payments"], "482375.82");
    assert_eq!(first["treshold"], "300");
    assert_eq!(first["operator_currency"], "EUR");
    assert_eq!(json[1]["balance"], "5526.5585835");
    assert_eq!(json.as_array().map(Vec::len), Some(2));

    let csv = format("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][column("balance")], "39949.47024789999");
    assert_eq!(&records[0][column("adjustments")], "10440.71052180003");
    assert_eq!(&records[0][column("treshold")], "300");
    assert_eq!(&records[1][column("balance")], "5526.5585835");

    let table = format("table");
    assert!(
        table.contains("39949.47") && table.contains("5526.56"),
        "{table}"
    );
    assert!(
        !table.contains("39949.470") && !table.contains("5526.558"),
        "{table}"
    );
    assert_eq!(sent(&server).len(), 3);
}

#[test]
fn a_single_payment_looks_the_affiliate_up_then_posts_exactly_what_was_typed() {
    let args = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "150.10",
        "--period-from",
        "2022-11-23",
        "--period-to",
        "2022-11-23",
        "--notify",
        "--comment",
        "internal",
        "--details",
        "public",
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![balances(&[(35427, "500")]), paid(), paid()]);
    let reported = rows(&output);
    ok(&output);
    assert_eq!(reported.len(), 1, "{reported:?}");
    let item = &reported[0];
    assert_eq!(
        (&item["target"], &item["amount"], &item["currency"]),
        (
            &Value::from("35427"),
            &Value::from("150.10"),
            &Value::from("EUR")
        )
    );
    assert_eq!(
        (&item["result"], &item["reference"]),
        (&Value::from("succeeded"), &Value::from("15561"))
    );

    let requests = sent(&server);
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_balance_read(&requests[0], r#"{"affiliate_id":35427}"#, "[0,499]");
    assert_eq!(
        posted(&requests, PAYMENTS),
        [
            r#"{"affiliate_id":35427,"amount":150.10,"send_mail_to_aff":true,"operator_comments":"internal","payment_details":"public","period_from":1669161600,"period_to":1669247999}"#
        ]
    );
}

#[test]
fn an_adjustment_posts_type_5_unless_told_otherwise() {
    let adjusted = || Reply::json(200, r#"{"success":true}"#);
    let script = || vec![balances(&[(348678, "12.5")]), adjusted(), adjusted()];
    let args = [
        "smartico",
        "adjust",
        "--affiliate",
        "348678",
        "--amount",
        "-11",
        "--yes",
    ];
    let (output, server) = run(&args, script());
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_balance_read(&requests[0], r#"{"affiliate_id":348678}"#, "[0,499]");
    assert_eq!(
        posted(&requests, ADJUSTMENTS),
        [r#"{"affiliate_id":348678,"adjustment_type_id":5,"amount":-11}"#]
    );

    let (output, server) = run(&[&args[..], &["--type", "7"]].concat(), script());
    ok(&output);
    assert_eq!(
        posted(&sent(&server), ADJUSTMENTS),
        [r#"{"affiliate_id":348678,"adjustment_type_id":7,"amount":-11}"#]
    );
}

#[test]
fn a_bad_amount_exits_2_before_any_request() {
    let settle = |amount: &'static str| {
        vec![
            "smartico",
            "settle",
            "--affiliate",
            "35427",
            "--amount",
            amount,
            "--yes",
        ]
    };
    let adjust = |amount: &'static str| {
        vec![
            "smartico",
            "adjust",
            "--affiliate",
            "35427",
            "--amount",
            amount,
            "--yes",
        ]
    };
    let cases = [
        (settle("0"), "'0'"),
        (settle("-5"), "'-5'"),
        (settle("1.001"), "'1.001'"),
        (settle("abc"), "'abc'"),
        (settle("1.000"), "'1.000'"),
        (adjust("0"), "'0'"),
        (adjust("0.001"), "'0.001'"),
    ];
    for (args, named) in cases {
        let (output, server) = run(&args, vec![balances(&[(35427, "500")]), paid(), paid()]);
        let stderr = exits(&output, 2);
        assert!(
            stderr.contains(named),
            "{args:?} should name {named}: {stderr}"
        );
        assert!(sent(&server).is_empty(), "{args:?} sent a request");
    }
}

#[test]
fn a_bad_csv_exits_2_naming_every_bad_row_and_pays_nothing() {
    let env = Env::new();
    let script = || vec![vendor_balances(), paid(), paid(), paid()];

    let file = csv_file(&env, "affiliate_id,amount,bonus\n35427,10.00,1\n999,1,2\n");
    let (output, server) = run_in(&env, &settle_csv(&file), script());
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 1", &["bonus"]);
    names_line(&stderr, "line 3", &["999", "not known"]);
    assert_only_the_balance_list_was_read(&server);

    let contents = "affiliate_id,amount\n\
                    35427,10.00\n\
                    217628,abc\n\
                    1001,0\n\
                    1002,1.234\n\
                    35427,5\n\
                    x7,5\n";
    let file = csv_file(&env, contents);
    let (output, server) = run_in(&env, &settle_csv(&file), script());
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 3:", &["abc"]);
    names_line(&stderr, "line 4:", &["'0'"]);
    names_line(&stderr, "line 5:", &["1.234"]);
    names_line(&stderr, "line 6:", &["35427", "first on line 2"]);
    names_line(&stderr, "line 7:", &["x7"]);
    assert!(!stderr.contains("line 2:"), "line 2 is fine: {stderr}");
    assert!(stderr.contains("5 problem(s)"), "{stderr}");
    // The good row's affiliate is checked against the balance list, so that one message can
    // list everything wrong with the file; nothing is paid.
    assert_only_the_balance_list_was_read(&server);

    // The same checks apply to a CSV on standard input, as `-` or as a pipe named by a path
    // (which can be read only once).
    for stdin in ["-", "/dev/stdin"] {
        let server = MockServer::start(script());
        let output = env
            .provider("smartico", server.url(), TOKEN)
            .args(["smartico", "settle", "--from-csv", stdin, "--yes"])
            .write_stdin("affiliate_id,amount\n35427,1.50\n217628,-2\n")
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        names_line(&stderr, "line 3:", &["'-2'"]);
        assert_only_the_balance_list_was_read(&server);
    }

    // A file with no good row is refused without a request.
    let file = csv_file(&env, "affiliate_id,amount\n35427,0\n");
    let (output, server) = run_in(&env, &settle_csv(&file), script());
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 2:", &["'0'"]);
    assert!(sent(&server).is_empty());
}

/// The mock saw one read of the whole balance list and nothing else.
fn assert_only_the_balance_list_was_read(server: &MockServer) {
    let requests = sent(server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
}

#[test]
fn a_csv_naming_a_column_twice_is_refused_naming_it_before_any_request() {
    let env = Env::new();
    let file = csv_file(&env, "affiliate_id,amount,amount\n35427,1.00,99.00\n");
    let (output, server) = run_in(&env, &settle_csv(&file), vec![vendor_balances(), paid()]);
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 1:", &["'amount'", "more than once"]);
    assert!(sent(&server).is_empty());
}

#[test]
fn a_crlf_csv_reports_bad_rows_at_their_physical_lines() {
    let env = Env::new();
    // Line 3 opens a quoted comment that ends on line 4; the bad rows are on lines 2 and 5.
    let contents = "affiliate_id,amount,comment\r\n\
                    35427,abc,x\r\n\
                    217628,1.00,\"two\r\nlines\"\r\n\
                    35427,0,y\r\n";
    let file = csv_file(&env, contents);
    let (output, server) = run_in(&env, &settle_csv(&file), vec![vendor_balances(), paid()]);
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 2:", &["abc"]);
    names_line(&stderr, "line 5:", &["35427", "first on line 2"]);
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
    assert!(
        !stderr.contains("line 3:") && !stderr.contains("line 4:"),
        "{stderr}"
    );
    assert_only_the_balance_list_was_read(&server);
    assert!(payments_posted(&server).is_empty());
}

#[test]
fn unknown_affiliates_are_listed_with_the_files_other_problems_in_one_refusal() {
    let env = Env::new();
    let contents = "affiliate_id,amount\n35427,1.00\n999,2.00\n217628,abc\n1000,3\n";
    let file = csv_file(&env, contents);
    let (output, server) = run_in(&env, &settle_csv(&file), vec![vendor_balances(), paid()]);
    let stderr = exits(&output, 2);
    assert!(stderr.contains("3 problem(s)"), "{stderr}");
    names_line(&stderr, "line 3:", &["999", "not known"]);
    names_line(&stderr, "line 4:", &["abc"]);
    names_line(&stderr, "line 5:", &["1000", "not known"]);
    // In line order, whichever check found them.
    let at = |l: &str| stderr.find(l).unwrap();
    assert!(
        at("line 3:") < at("line 4:") && at("line 4:") < at("line 5:"),
        "{stderr}"
    );
    assert_only_the_balance_list_was_read(&server);
}

#[test]
fn a_good_csv_lists_balances_once_then_pays_each_row_in_file_order() {
    let env = Env::new();
    let contents = "affiliate_id,amount,comment,details\n\
                    217628,20,,\n\
                    35427,150.10,October,Paid by wire\n";
    let file = csv_file(&env, contents);
    let args = [
        "smartico",
        "settle",
        "--from-csv",
        &file,
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run_in(&env, &args, vec![vendor_balances(), paid(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[("217628", "succeeded"), ("35427", "succeeded")])
    );
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 3, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
    assert_eq!(
        posted(&requests, PAYMENTS),
        [
            payment(217628, "20"),
            r#"{"affiliate_id":35427,"amount":150.10,"send_mail_to_aff":false,"operator_comments":"October","payment_details":"Paid by wire"}"#.to_string(),
        ]
    );

    // From standard input, the same way.
    let server = MockServer::start(vec![vendor_balances(), paid(), paid()]);
    let output = Env::new()
        .provider("smartico", server.url(), TOKEN)
        .args(["smartico", "settle", "--from-csv", "-", "--yes"])
        .write_stdin("affiliate_id,amount\n35427,7.25\n")
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(35427, "7.25")]);
}

#[test]
fn a_csv_naming_an_unknown_affiliate_pays_nobody() {
    let env = Env::new();
    let file = csv_file(&env, "affiliate_id,amount\n35427,1.00\n999,2.00\n");
    let args = ["smartico", "settle", "--from-csv", &file, "--yes"];
    let (output, server) = run_in(&env, &args, vec![vendor_balances(), paid(), paid()]);
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 3:", &["999"]);
    let requests = sent(&server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
}

#[test]
fn without_a_terminal_nothing_is_sent_unless_yes() {
    let single = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "10",
    ];
    let cases: [&[&str]; 3] = [
        &single,
        &[&single[..], &["--no-input"]].concat(),
        &["smartico", "settle", "--above-threshold"],
    ];
    for args in cases {
        let (output, server) = run(args, vec![vendor_balances(), paid(), paid(), paid()]);
        let stderr = exits(&output, 7);
        assert!(stderr.contains("--yes"), "{args:?}: {stderr}");
        assert!(payments_posted(&server).is_empty(), "{args:?}");
    }
}

#[test]
fn a_dry_run_shows_the_exact_request_and_sends_nothing() {
    let args = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "150.10",
        "--comment",
        "internal",
        "--dry-run",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![balances(&[(35427, "500")]), paid()]);
    let planned = rows(&output);
    let stdout = ok(&output);
    assert_eq!(planned.len(), 1, "{stdout}");
    assert_eq!(planned[0]["method"], "POST");
    assert_eq!(planned[0]["url"], format!("{}{PAYMENTS}", server.url()));
    assert_eq!(
        planned[0]["body"],
        r#"{"affiliate_id":35427,"amount":150.10,"send_mail_to_aff":false,"operator_comments":"internal"}"#
    );
    assert_eq!(planned[0]["amount"], "150.10");
    assert!(!stdout.contains(TOKEN) && !stderr_of(&output).contains(TOKEN));
    assert!(payments_posted(&server).is_empty());
}

#[test]
fn max_total_refuses_a_bigger_plan_and_allows_an_equal_one() {
    let args = [
        "smartico",
        "settle",
        "--above-threshold",
        "--yes",
        "--max-total",
    ];
    // The vendor example pays 39949.47 + 5526.55 = 45476.02.
    let (output, server) = run(
        &[&args[..], &["100"]].concat(),
        vec![vendor_balances(), paid(), paid()],
    );
    let stderr = exits(&output, 7);
    assert!(
        stderr.contains("--max-total") && stderr.contains("45476.02"),
        "{stderr}"
    );
    assert!(payments_posted(&server).is_empty());

    let (output, server) = run(
        &[&args[..], &["45476.02"]].concat(),
        vec![vendor_balances(), paid(), paid()],
    );
    ok(&output);
    assert_eq!(
        payments_posted(&server),
        [payment(35427, "39949.47"), payment(217628, "5526.55")]
    );
}

#[test]
fn bulk_pays_balances_rounded_down_and_skips_what_rounds_to_nothing_or_is_too_small() {
    let owed = || balances(&[(1, "39949.47024789999"), (2, "0.009"), (3, "10.999")]);
    let (output, server) = run(SETTLE_ALL, vec![owed(), paid(), paid(), paid()]);
    let stderr = exits(&output, 0);
    assert!(stderr.contains("skipping 2"), "{stderr}");
    assert_eq!(
        results(&output),
        pairs(&[("1", "succeeded"), ("3", "succeeded")])
    );
    let requests = sent(&server);
    assert_balance_read(&requests[0], r#"{"above_threshold":true}"#, "[0,499]");
    assert_eq!(
        posted(&requests, PAYMENTS),
        [payment(1, "39949.47"), payment(3, "10.99")]
    );

    let args = [SETTLE_ALL, &["--min-amount", "20"]].concat();
    let (output, server) = run(&args, vec![owed(), paid(), paid(), paid()]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("skipping 3") && stderr.contains("--min-amount"),
        "{stderr}"
    );
    assert_eq!(payments_posted(&server), [payment(1, "39949.47")]);
}

#[test]
fn a_second_run_the_same_day_pays_nothing_again() {
    let env = Env::new();
    let owed = || balances(&[(35427, "39949.47024789999"), (217628, "5526.5585835")]);
    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed(), paid(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[("35427", "succeeded"), ("217628", "succeeded")])
    );
    ok(&output);
    assert_eq!(payments_posted(&server).len(), 2);

    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[("35427", "already_done"), ("217628", "already_done")])
    );
    ok(&output);
    assert!(payments_posted(&server).is_empty());

    // Naming another batch pays the same again, on purpose.
    let args = [SETTLE_ALL, &["--batch", "bonus-run"]].concat();
    let (output, server) = run_in(&env, &args, vec![owed(), paid(), paid(), paid()]);
    ok(&output);
    assert_eq!(
        payments_posted(&server),
        [payment(35427, "39949.47"), payment(217628, "5526.55")]
    );
}

const KEY: &str = "payout-2026-11-35427";

/// `settle --affiliate ID --amount AMOUNT --idempotency-key KEY --yes` in `env`.
fn settle_with_key(env: &Env, id: &str, amount: &str) -> (Output, MockServer) {
    let args = [
        "smartico",
        "settle",
        "--affiliate",
        id,
        "--amount",
        amount,
        "--idempotency-key",
        KEY,
        "--yes",
        "-o",
        "json",
    ];
    let owed = balances(&[(35427, "500"), (217628, "500")]);
    run_in(env, &args, vec![owed, paid(), paid()])
}

#[test]
fn an_idempotency_key_names_one_payment_and_is_sent_once() {
    let env = Env::new();
    let (output, server) = settle_with_key(&env, "35427", "10");
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(35427, "10")]);
    assert_eq!(keys_in(&env, "succeeded"), [KEY]);

    let (output, server) = settle_with_key(&env, "35427", "10");
    assert_eq!(results(&output), pairs(&[("35427", "already_done")]));
    ok(&output);
    assert!(payments_posted(&server).is_empty());

    let args = [
        "smartico",
        "settle",
        "--above-threshold",
        "--idempotency-key",
        KEY,
        "--yes",
    ];
    let (output, server) = run_in(&env, &args, vec![owed_one(), paid()]);
    let stderr = exits(&output, 2);
    assert!(stderr.contains("--batch"), "{stderr}");
    assert!(sent(&server).is_empty());
}

#[test]
fn the_same_amount_with_trailing_zeros_is_the_same_payment() {
    let env = Env::new();
    let settle = |amount: &str| {
        let args = [
            "smartico",
            "settle",
            "--affiliate",
            "35427",
            "--amount",
            amount,
            "--yes",
            "-o",
            "json",
        ];
        run_in(&env, &args, vec![balances(&[(35427, "500")]), paid()])
    };
    let (output, server) = settle("10");
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(35427, "10")]);

    let (output, server) = settle("10.00");
    assert_eq!(results(&output), pairs(&[("35427", "already_done")]));
    ok(&output);
    assert!(payments_posted(&server).is_empty());
}

#[test]
fn a_key_reused_for_another_payment_is_refused_not_reported_done() {
    let env = Env::new();
    let (output, _) = settle_with_key(&env, "35427", "10");
    ok(&output);
    // Another affiliate, another amount, the same key: nothing of this was ever paid.
    let (output, server) = settle_with_key(&env, "217628", "20");
    let reported = results(&output);
    let stderr = exits(&output, 2);
    assert!(stderr.contains(KEY), "{stderr}");
    assert!(
        reported.iter().all(|(_, r)| r != "already_done"),
        "{reported:?}"
    );
    assert!(payments_posted(&server).is_empty());
}

#[test]
fn a_key_reused_for_the_same_affiliate_with_another_amount_is_refused_and_sends_nothing() {
    let env = Env::new();
    let (output, server) = settle_with_key(&env, "35427", "10");
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(35427, "10")]);
    let (output, server) = settle_with_key(&env, "35427", "12");
    let stderr = exits(&output, 2);
    assert!(stderr.contains(KEY), "{stderr}");
    assert!(payments_posted(&server).is_empty());
    assert_eq!(keys_in(&env, "succeeded"), [KEY]);
}

#[test]
fn a_balance_exactly_at_min_amount_is_paid() {
    let owed = || balances(&[(1, "20.00"), (2, "19.999"), (3, "20.001")]);
    let args = [SETTLE_ALL, &["--min-amount", "20"]].concat();
    let (output, server) = run(&args, vec![owed(), paid(), paid(), paid()]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("skipping 2") && stderr.contains("--min-amount"),
        "{stderr}"
    );
    assert_eq!(
        results(&output),
        pairs(&[("1", "succeeded"), ("3", "succeeded")])
    );
    assert_eq!(
        payments_posted(&server),
        [payment(1, "20.00"), payment(3, "20.00")]
    );
}

/// `settle --affiliate 35427 --amount 10 --yes -o json` against `script`.
fn settle_35427(script: Vec<Reply>) -> (Output, MockServer) {
    let args = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "10",
        "--yes",
        "-o",
        "json",
    ];
    run(&args, script)
}

#[test]
fn a_single_payment_finds_its_affiliate_when_the_filter_is_honoured() {
    let (output, server) = settle_35427(vec![balances(&[(35427, "500")]), paid(), paid()]);
    assert_eq!(results(&output), pairs(&[("35427", "succeeded")]));
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_balance_read(&requests[0], r#"{"affiliate_id":35427}"#, "[0,499]");
    assert_eq!(posted(&requests, PAYMENTS), [payment(35427, "10")]);
}

#[test]
fn a_single_payment_pages_on_to_its_affiliate_when_the_filter_is_ignored() {
    // The server answers with everybody: the affiliate is on the second page.
    let mut second: Vec<(i64, &str)> = (501..520).map(|id| (id, "1.5")).collect();
    second.insert(7, (35427, "500"));
    let script = vec![page(1..501), balances(&second), paid(), paid()];
    let (output, server) = settle_35427(script);
    assert_eq!(results(&output), pairs(&[("35427", "succeeded")]));
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 3, "{requests:?}");
    let filter = r#"{"affiliate_id":35427}"#;
    assert_balance_read(&requests[0], filter, "[0,499]");
    assert_balance_read(&requests[1], filter, "[500,999]");
    assert_eq!(posted(&requests, PAYMENTS), [payment(35427, "10")]);

    // The adjustment looks its affiliate up the same way.
    let adjusted = Reply::json(200, r#"{"success":true}"#);
    let args = [
        "smartico",
        "adjust",
        "--affiliate",
        "35427",
        "--amount",
        "-1",
        "--yes",
    ];
    let (output, server) = run(&args, vec![page(1..501), balances(&second), adjusted]);
    ok(&output);
    assert_eq!(
        posted(&sent(&server), ADJUSTMENTS),
        [r#"{"affiliate_id":35427,"adjustment_type_id":5,"amount":-1}"#]
    );
}

#[test]
fn an_affiliate_missing_from_every_page_is_not_found_and_nothing_is_paid() {
    let (output, server) = settle_35427(vec![page(1..501), page(501..520), paid()]);
    let stderr = exits(&output, 2);
    assert!(stderr.contains("affiliate 35427 not found"), "{stderr}");
    assert!(payments_posted(&server).is_empty());
    assert_eq!(sent(&server).len(), 2);

    // Filter honoured, affiliate unknown: an empty answer.
    let (output, server) = settle_35427(vec![balances(&[]), paid()]);
    let stderr = exits(&output, 2);
    assert!(stderr.contains("affiliate 35427 not found"), "{stderr}");
    assert!(payments_posted(&server).is_empty());
}

#[test]
fn a_server_that_ignores_range_cannot_keep_affpay_paging() {
    // The same first page forever (as far as the script goes).
    let (output, server) = run(
        &["smartico", "balance", "--all", "-o", "csv"],
        vec![page(1..501); 8],
    );
    let stderr = exits(&output, 5);
    assert!(stderr.contains("repeated a page"), "{stderr}");
    assert_eq!(sent(&server).len(), 2);
    assert_eq!(stdout_of(&output).lines().count(), 1 + 500);

    // A lookup in such a list ends the same way, with nothing paid.
    let (output, server) = settle_35427(vec![page(1..501); 8]);
    let stderr = exits(&output, 5);
    assert!(stderr.contains("repeated a page"), "{stderr}");
    assert_eq!(sent(&server).len(), 2);
    assert!(payments_posted(&server).is_empty());

    // And so does a bulk run.
    let (output, server) = run(SETTLE_ALL, vec![page(1..501); 8]);
    exits(&output, 5);
    assert!(payments_posted(&server).is_empty());
}

/// Affiliate 35427, owed 100.5.
fn owed_one() -> Reply {
    balances(&[(35427, "100.5")])
}

/// One bulk run in `env` whose only payment is answered by a dropped connection; returns
/// the key the journal left `sending`.
fn payment_with_dropped_answer(env: &Env) -> String {
    let (output, server) = run_in(
        env,
        SETTLE_ALL,
        vec![owed_one(), Reply::Drop, paid(), paid()],
    );
    let stderr = exits(&output, 9);
    assert_eq!(results(&output), pairs(&[("35427", "unknown")]), "{stderr}");
    assert_eq!(
        payments_posted(&server),
        [payment(35427, "100.5")],
        "not repeated"
    );
    let keys = keys_in(env, "sending");
    assert_eq!(keys.len(), 1, "{keys:?}");
    keys[0].clone()
}

#[test]
fn a_dropped_answer_is_unknown_until_resolved_as_succeeded() {
    let env = Env::new();
    let key = payment_with_dropped_answer(&env);
    // Paid from the balance Smartico reported: neither that amount nor its currency is in
    // the key, so a balance or a spelling that changes cannot make the payment look new.
    assert!(key.starts_with("smartico:default:settle:35427:::"), "{key}");

    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed_one(), paid(), paid()]);
    let stderr = exits(&output, 9);
    assert!(stderr.contains("journal resolve"), "{stderr}");
    assert!(
        stderr.contains(&key),
        "stderr names the key for cron mail: {stderr}"
    );
    assert_eq!(results(&output), pairs(&[("35427", "unknown")]));
    let detail = text(&rows(&output)[0]["detail"]);
    assert!(
        detail.contains(&format!("journal resolve {key}")),
        "{detail}"
    );
    assert!(payments_posted(&server).is_empty());

    resolve(&env, &key, &["--succeeded", "--reference", "777"]);
    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed_one(), paid(), paid()]);
    let reported = rows(&output);
    ok(&output);
    assert_eq!(
        (&reported[0]["result"], &reported[0]["reference"]),
        (&Value::from("already_done"), &Value::from("777"))
    );
    assert!(payments_posted(&server).is_empty());
    assert!(keys_in(&env, "sending").is_empty());
}

#[test]
fn a_dropped_answer_resolved_as_failed_is_sent_once_more() {
    let env = Env::new();
    let key = payment_with_dropped_answer(&env);
    resolve(&env, &key, &["--failed"]);
    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed_one(), paid(), paid()]);
    assert_eq!(results(&output), pairs(&[("35427", "succeeded")]));
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(35427, "100.5")]);
    assert_eq!(keys_in(&env, "succeeded"), [key]);
}

#[test]
fn a_server_error_to_a_payment_is_an_unknown_outcome_and_not_retried() {
    let script = vec![owed_one(), refused(500, "database timeout"), paid(), paid()];
    let (output, server) = run(SETTLE_ALL, script);
    let stderr = exits(&output, 9);
    assert!(stderr.contains("journal resolve"), "{stderr}");
    assert_eq!(payments_posted(&server), [payment(35427, "100.5")]);
}

fn three_owed() -> Reply {
    balances(&[(1, "10"), (2, "20"), (3, "30")])
}

#[test]
fn one_refused_payment_of_three_exits_8_and_a_rerun_sends_only_it() {
    let env = Env::new();
    let script = vec![
        three_owed(),
        paid(),
        refused(400, "payment method missing"),
        paid(),
        paid(),
    ];
    let (output, server) = run_in(&env, SETTLE_ALL, script);
    exits(&output, 8);
    assert_eq!(
        results(&output),
        pairs(&[("1", "succeeded"), ("2", "failed"), ("3", "succeeded")])
    );
    let detail = text(&rows(&output)[1]["detail"]);
    assert!(
        detail.contains("400") && detail.contains("payment method missing"),
        "{detail}"
    );
    assert_eq!(payments_posted(&server).len(), 3);

    let (output, server) = run_in(&env, SETTLE_ALL, vec![three_owed(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[
            ("1", "already_done"),
            ("2", "succeeded"),
            ("3", "already_done")
        ])
    );
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(2, "20")]);
}

#[test]
fn a_rejected_key_stops_a_bulk_run_at_the_first_payment() {
    let script = vec![three_owed(), refused(401, "bad key"), paid(), paid()];
    let (output, server) = run(SETTLE_ALL, script);
    let stderr = exits(&output, 4);
    assert!(stderr.contains("auth login smartico"), "{stderr}");
    assert_eq!(
        results(&output),
        pairs(&[
            ("1", "failed"),
            ("2", "not_attempted"),
            ("3", "not_attempted")
        ])
    );
    assert_eq!(payments_posted(&server), [payment(1, "10")]);
}

#[test]
fn the_journal_is_an_audit_export_without_secrets() {
    let env = Env::new();
    let owed = || balances(&[(35427, "39949.47024789999"), (217628, "5526.5585835")]);
    let script = vec![owed(), paid(), refused(400, "closed account"), paid()];
    let (output, server) = run_in(&env, SETTLE_ALL, script);
    exits(&output, 8);

    let output = env
        .cmd()
        .args(["journal", "list", "-o", "csv"])
        .output()
        .unwrap();
    let csv = ok(&output);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {headers:?}"))
    };
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2, "{csv}");
    assert_eq!(
        csv.lines().filter(|l| l.starts_with("key,")).count(),
        1,
        "{csv}"
    );
    let field = |i: usize, name: &str| records[i][column(name)].to_string();
    assert_eq!(
        [0, 1].map(|i| [field(i, "provider"), field(i, "target"), field(i, "amount")]),
        [
            ["smartico", "35427", "39949.47"].map(String::from),
            ["smartico", "217628", "5526.55"].map(String::from),
        ]
    );
    assert_eq!(
        [0, 1].map(|i| [field(i, "state"), field(i, "reference")]),
        [["succeeded", "15561"], ["failed", ""]].map(|r| r.map(String::from))
    );
    assert!(field(0, "created_at").starts_with("20"), "{csv}");
    assert!(!field(0, "key").is_empty() && field(0, "key") != field(1, "key"));
    assert!(!csv.contains(TOKEN));

    let key = field(0, "key");
    let output = env
        .cmd()
        .args(["journal", "show", &key, "-o", "json"])
        .output()
        .unwrap();
    let shown: Value = serde_json::from_str(&ok(&output)).expect("one JSON object");
    assert_eq!(shown["key"], key.as_str());
    assert_eq!(
        shown["request"],
        format!(
            "POST {}{PAYMENTS} {}",
            server.url(),
            payment(35427, "39949.47")
        )
    );
    assert!(!stdout_of(&output).contains(TOKEN));

    let count = |filters: &[&str]| journal(&env, &[&["list"], filters].concat()).len();
    let filters = ["--since", "2020-01-01", "--provider", "smartico", "--state"];
    assert_eq!(count(&[&filters[..], &["succeeded"]].concat()), 1);
    assert_eq!(count(&[&filters[..], &["failed"]].concat()), 1);
    assert_eq!(count(&[&filters[..], &["sending"]].concat()), 0);
    assert_eq!(count(&["--provider", "travelpayouts"]), 0);
    assert_eq!(count(&["--since", "2999-01-01"]), 0);
}

// ---- Against the simulator -------------------------------------------------------------

/// `affpay` in `env` against a simulator at `url`, with its Smartico token.
fn on(env: &Env, url: &str) -> std::process::Command {
    let mut cmd = env.provider_process("smartico", url, token_for("smartico").as_str());
    cmd.stdin(Stdio::null());
    cmd
}

/// One affiliate's money as the simulator reports it.
#[derive(Debug, Clone, PartialEq)]
struct Account {
    balance: Decimal,
    threshold: Decimal,
    payments: Decimal,
    adjustments: Decimal,
}

fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(&text(value)).unwrap()
}

fn accounts_of(output: &Output) -> BTreeMap<i64, Account> {
    let accounts = rows(output)
        .iter()
        .map(|r| {
            let account = Account {
                balance: decimal(&r["balance"]),
                threshold: decimal(&r["treshold"]),
                payments: decimal(&r["payments"]),
                adjustments: decimal(&r["adjustments"]),
            };
            (r["affiliate_id"].as_i64().unwrap(), account)
        })
        .collect();
    ok(output);
    accounts
}

/// Every affiliate of the simulator, read with a journal of its own.
fn accounts(url: &str) -> BTreeMap<i64, Account> {
    let args = ["smartico", "balance", "--all", "-o", "json"];
    accounts_of(&on(&Env::new(), url).args(args).output().unwrap())
}

/// What `settle --above-threshold` owes each affiliate: its balance rounded down to cents,
/// when it is above the threshold and not nothing.
fn owed(accounts: &BTreeMap<i64, Account>) -> BTreeMap<i64, Decimal> {
    accounts
        .iter()
        .filter(|(_, a)| a.balance > Decimal::ZERO && a.balance >= a.threshold)
        .map(|(id, a)| {
            let amount = a
                .balance
                .round_dp_with_strategy(2, RoundingStrategy::ToZero);
            (*id, amount)
        })
        .filter(|(_, amount)| *amount > Decimal::ZERO)
        .collect()
}

/// Every affiliate owed something was paid exactly that, once; nobody else was paid.
fn assert_paid_once(
    before: &BTreeMap<i64, Account>,
    after: &BTreeMap<i64, Account>,
    owed: &BTreeMap<i64, Decimal>,
) {
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (id, was) in before {
        let amount = owed.get(id).copied().unwrap_or_default();
        let now = &after[id];
        assert_eq!(now.payments, was.payments + amount, "payments of {id}");
        assert_eq!(now.balance, was.balance - amount, "balance of {id}");
        if amount > Decimal::ZERO {
            assert!(
                now.balance < Decimal::new(1, 2),
                "{id} still owed {}",
                now.balance
            );
        }
    }
}

fn targets(results: &[(String, String)], result: &str) -> BTreeSet<String> {
    results
        .iter()
        .filter(|(_, r)| r == result)
        .map(|(t, _)| t.clone())
        .collect()
}

fn ids(owed: &BTreeMap<i64, Decimal>) -> BTreeSet<String> {
    owed.keys().map(i64::to_string).collect()
}

/// Polls the journal of `env` until `ready` holds for its rows.
fn wait_for_journal(env: &Env, ready: impl Fn(&[Value]) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ready(&journal(env, &["list"])) {
        assert!(Instant::now() < deadline, "the journal never got there");
    }
}

fn count_state(rows: &[Value], state: &str) -> usize {
    rows.iter().filter(|r| r["state"] == state).count()
}

#[test]
fn a_simulated_payment_or_adjustment_moves_the_balance_by_exactly_the_amount() {
    let sim = affpay::commands::sandbox::start_default().expect("the simulator starts");
    let env = Env::new();
    let account = |id: &str| {
        let args = ["smartico", "balance", "--affiliate", id, "-o", "json"];
        let accounts = accounts_of(&on(&env, sim.url()).args(args).output().unwrap());
        assert_eq!(accounts.len(), 1, "{accounts:?}");
        accounts.into_values().next().unwrap()
    };
    let before = account("35001");
    let other = account("35002");

    let settle = [
        "smartico",
        "settle",
        "--affiliate",
        "35001",
        "--amount",
        "12.34",
        "--yes",
    ];
    ok(&on(&env, sim.url()).args(settle).output().unwrap());
    let paid = account("35001");
    let amount = Decimal::new(1234, 2);
    assert_eq!(paid.balance, before.balance - amount);
    assert_eq!(paid.payments, before.payments + amount);
    assert_eq!(paid.adjustments, before.adjustments);

    let adjust = [
        "smartico",
        "adjust",
        "--affiliate",
        "35001",
        "--amount",
        "-2.5",
        "--yes",
    ];
    ok(&on(&env, sim.url()).args(adjust).output().unwrap());
    let adjusted = account("35001");
    let amount = Decimal::new(-25, 1);
    assert_eq!(adjusted.balance, paid.balance + amount);
    assert_eq!(adjusted.adjustments, paid.adjustments + amount);
    assert_eq!(adjusted.payments, paid.payments);
    assert_eq!(account("35002"), other);
}

#[test]
fn refused_payments_are_paid_by_reruns_and_nobody_twice() {
    let sim = serve(&[
        "--smartico-affiliates",
        "10",
        "--smartico-reject-every",
        "2",
    ]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(owed.len() >= 4, "too few affiliates owed: {owed:?}");

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    exits(&output, 8);
    let reported = results(&output);
    let expected: Vec<&str> = (0..owed.len())
        .map(|i| if i % 2 == 1 { "failed" } else { "succeeded" })
        .collect();
    assert_eq!(
        reported.iter().map(|(_, r)| r.as_str()).collect::<Vec<_>>(),
        expected
    );
    assert_eq!(
        reported
            .iter()
            .map(|(t, _)| t.clone())
            .collect::<BTreeSet<_>>(),
        ids(&owed)
    );

    // The simulator keeps refusing every second payment, so it takes a few reruns; each
    // sends only what is still refused.
    let mut refused = targets(&reported, "failed");
    for _ in 0..6 {
        let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
        let reported = results(&output);
        let sent: BTreeSet<String> = reported.iter().map(|(t, _)| t.clone()).collect();
        assert_eq!(sent, refused, "a rerun sends exactly what was refused");
        refused = targets(&reported, "failed");
        if refused.is_empty() {
            ok(&output);
            break;
        }
        exits(&output, if reported.len() == 1 { 5 } else { 8 });
    }
    assert!(refused.is_empty(), "still refused: {refused:?}");
    assert_paid_once(&before, &accounts(&sim.url), &owed);
}

#[test]
fn two_runs_started_together_pay_once() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "100"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(!owed.is_empty());

    let start = || {
        on(&env, &sim.url)
            .args(SETTLE_ALL)
            .args(["--lock-timeout", "30"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (start(), start());
    let outputs = [first, second].map(|child| child.wait_with_output().unwrap());
    let mut movers = 0;
    for output in &outputs {
        let stderr = exits(output, 0);
        let reported = results(output);
        if !reported.is_empty() && reported.iter().all(|(_, r)| r == "succeeded") {
            movers += 1;
            assert_eq!(targets(&reported, "succeeded"), ids(&owed));
        } else {
            assert!(
                reported.iter().all(|(_, r)| r == "already_done"),
                "{reported:?} {stderr}"
            );
        }
    }
    assert_eq!(movers, 1, "exactly one run moves money");
    assert_paid_once(&before, &accounts(&sim.url), &owed);
}

#[test]
fn a_run_that_cannot_get_the_lock_in_time_exits_6_and_sends_nothing() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "500"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    // 8 payments of 500 ms each: the first run holds the lock far longer than the second
    // waits (its 500 ms balance read, then 1 s).
    assert!(
        owed.len() >= 8,
        "the first run must outlast the second: {owed:?}"
    );

    let slow = on(&env, &sim.url)
        .args(SETTLE_ALL)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The first run journals its first payment only once it holds the lock.
    wait_for_journal(&env, |rows| !rows.is_empty());
    let args = [SETTLE_ALL, &["--lock-timeout", "1"]].concat();
    let second = on(&env, &sim.url).args(&args).output().unwrap();
    let stderr = exits(&second, 6);
    assert!(
        stderr.contains("another run") && stderr.contains("nothing was sent"),
        "{stderr}"
    );
    assert!(stdout_of(&second).is_empty(), "{}", stdout_of(&second));

    let first = slow.wait_with_output().unwrap();
    assert_eq!(targets(&results(&first), "succeeded"), ids(&owed));
    ok(&first);
    let entries = journal(&env, &["list"]);
    assert_eq!(entries.len(), owed.len());
    assert!(entries.iter().all(|e| e["attempts"] == 1), "{entries:?}");
    assert_paid_once(&before, &accounts(&sim.url), &owed);
}

#[test]
fn a_killed_run_leaves_one_unknown_and_the_rerun_pays_the_rest_once() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "300"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(owed.len() >= 4, "too few affiliates owed: {owed:?}");

    let mut run = Running(
        on(&env, &sim.url)
            .args(SETTLE_ALL)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    std::thread::sleep(Duration::from_millis(900));
    // Kill it while a payment is at the simulator: sent, its answer not yet back.
    wait_for_journal(&env, |rows| {
        count_state(rows, "succeeded") >= 1 && count_state(rows, "sending") == 1
    });
    std::thread::sleep(Duration::from_millis(100));
    run.0.kill().unwrap();
    run.0.wait().unwrap();
    // On a loaded machine the kill may land just after one answer was journaled and before
    // the next request began: then nothing is left unknown, and the rerun simply pays on.
    let unknown = keys_in(&env, "sending");
    assert!(unknown.len() <= 1, "{unknown:?}");
    assert!(keys_in(&env, "succeeded").len() < owed.len());
    std::thread::sleep(Duration::from_millis(400));

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    if let Some(key) = unknown.first() {
        let stderr = exits(&output, 9);
        assert!(stderr.contains(key), "{stderr}");
    } else {
        ok(&output);
    }
    let after = accounts(&sim.url);
    assert_paid_once(&before, &after, &owed);

    for key in &unknown {
        resolve(&env, key, &["--succeeded"]);
    }
    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    ok(&output);
    let reported = results(&output);
    assert!(
        reported.iter().all(|(_, r)| r == "already_done"),
        "{reported:?}"
    );
    assert_eq!(accounts(&sim.url), after);
}

#[test]
fn payments_whose_answers_break_are_made_once_and_never_sent_again() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-drop-every", "2"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(owed.len() >= 2, "too few affiliates owed: {owed:?}");

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    exits(&output, 9);
    let reported = results(&output);
    let unknown = targets(&reported, "unknown");
    assert_eq!(unknown.len(), owed.len() / 2, "{reported:?}");
    assert_eq!(
        targets(&reported, "succeeded").len(),
        owed.len() - unknown.len()
    );
    // The simulator made the payments whose answers it broke.
    let after = accounts(&sim.url);
    assert_paid_once(&before, &after, &owed);

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    exits(&output, 9);
    assert_eq!(accounts(&sim.url), after);
    for key in keys_in(&env, "sending") {
        resolve(&env, &key, &["--succeeded"]);
    }
    ok(&on(&env, &sim.url).args(SETTLE_ALL).output().unwrap());
    assert_eq!(accounts(&sim.url), after);
}

#[test]
fn adjustments_of_another_type_are_other_operations() {
    let env = Env::new();
    let adjusted = || Reply::json(200, r#"{"success":true}"#);
    let adjust = |kind: &str| {
        let args = [
            "smartico",
            "adjust",
            "--affiliate",
            "348678",
            "--amount",
            "-11",
            "--type",
            kind,
            "--yes",
        ];
        run_in(&env, &args, vec![balances(&[(348678, "12.5")]), adjusted()])
    };
    let (output, server) = adjust("5");
    ok(&output);
    assert_eq!(posted(&sent(&server), ADJUSTMENTS).len(), 1);
    let (output, server) = adjust("7");
    ok(&output);
    assert_eq!(
        posted(&sent(&server), ADJUSTMENTS).len(),
        1,
        "type 7 is not type 5 again"
    );
    let (output, server) = adjust("7");
    ok(&output);
    assert!(
        posted(&sent(&server), ADJUSTMENTS).is_empty(),
        "the same type twice is done"
    );
}

#[test]
fn bulk_limits_must_be_positive_amounts() {
    let cases: &[(&[&str], &str)] = &[
        (&["--min-amount", "-1"], "'-1'"),
        (&["--min-amount", "1.234"], "'1.234'"),
        (&["--max-total", "0"], "'0'"),
        (&["--max-total", "lots"], "'lots'"),
    ];
    for (extra, named) in cases {
        let args = [
            &["smartico", "settle", "--above-threshold", "--yes"][..],
            extra,
        ]
        .concat();
        let (output, server) = run(&args, vec![owed_one(), paid()]);
        let stderr = exits(&output, 2);
        assert!(
            stderr.contains(named),
            "{extra:?} should name {named}: {stderr}"
        );
        assert!(sent(&server).is_empty(), "{extra:?} sent a request");
    }
}
