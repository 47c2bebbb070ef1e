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

fn run_in(env: &Env, args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
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

fn lines(server: &MockServer) -> Vec<String> {
    sent(server).iter().map(Recorded::line).collect()
}

/// The PUTs received, as `(path?query, body)`.
fn puts(server: &MockServer) -> Vec<(String, String)> {
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

fn payout(id: &str, status: &str, amount: &str) -> Reply {
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

#[test]
fn actions_sends_every_filter_with_its_documented_name() {
    let args = [
        "affonso",
        "actions",
        "--status",
        "ready_for_payment",
        "--sales-status",
        "complete",
        "--affiliate",
        "aff_1",
        "--referral",
        "ref_2",
        "--from",
        "2026-01-01",
        "--until",
        "2026-01-31",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![page(&[], 0)]);
    assert_eq!(rows(&output), Vec::<Value>::new());
    let requests = sent(&server);
    assert_eq!(
        requests.iter().map(Recorded::line).collect::<Vec<_>>(),
        [
            "GET /v1/commissions?page=1&limit=200&affiliate_id=aff_1&referral_id=ref_2\
          &status=ready_for_payment&sales_status=complete\
          &created_gte=2026-01-01T00%3A00%3A00Z&created_lte=2026-01-31T23%3A59%3A59Z"
        ]
    );
    let agent = requests[0].header("user-agent").unwrap();
    assert!(agent.starts_with("affpay/"), "{agent}");
    assert_eq!(requests[0].body, "");
}

#[test]
fn all_walks_pages_of_200_until_the_total_and_limit_stops_at_its_rows() {
    let script = vec![
        page(&numbered(0, 200), 450),
        page(&numbered(200, 400), 450),
        page(&numbered(400, 450), 450),
    ];
    let (output, server) = run(
        &["affonso", "actions", "--all", "-o", "json"],
        script.clone(),
    );
    let all = rows(&output);
    assert_eq!(
        ids(&all),
        (0..450).map(|i| format!("com_{i}")).collect::<Vec<_>>()
    );
    let pages = |n: usize| -> Vec<String> {
        (1..=n)
            .map(|p| format!("GET /v1/commissions?page={p}&limit=200"))
            .collect()
    };
    assert_eq!(lines(&server), pages(3));

    let args = ["affonso", "actions", "--limit", "250", "-o", "json"];
    let (output, server) = run(&args, script);
    let some = rows(&output);
    assert_eq!(some.len(), 250);
    assert_eq!(some[249]["id"], "com_249");
    assert_eq!(lines(&server), pages(2));
}

#[test]
fn show_expands_with_one_encoded_parameter_and_keeps_the_vendors_digits() {
    let args = [
        "affonso",
        "actions",
        "show",
        "com_abc123",
        "--expand",
        "affiliate,referral",
        "-o",
        "json",
    ];
    let vendor = Reply::json(200, &fixture("affonso/commission.json"));
    let (output, server) = run(&args, vec![vendor]);
    let shown = record(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 1);
    assert_eq!(
        (requests[0].path.as_str(), requests[0].query.as_str()),
        ("/v1/commissions/com_abc123", "expand=affiliate%2Creferral")
    );
    let decoded: Vec<(String, String)> = url::form_urlencoded::parse(requests[0].query.as_bytes())
        .into_owned()
        .collect();
    assert_eq!(decoded, [("expand".into(), "affiliate,referral".into())]);
    assert_eq!(shown["sale_amount"], "99.00");
    assert_eq!(shown["commission_amount"], "9.90");
    assert_eq!(shown["id"], "com_abc123");
    assert_eq!(shown["affiliate_id"], "aff_789ghi");
    assert_eq!(shown["status"], "ready_for_payment");
}

#[test]
fn expanded_objects_stay_json_objects() {
    let args = [
        "affonso",
        "actions",
        "show",
        "com_1",
        "--expand",
        "affiliate",
        "-o",
        "json",
    ];
    let body = r#"{"success":true,"data":{"id":"com_1","commission_amount":1.50,
        "affiliate":{"id":"aff_1","name":"Ann","earnings":12.30}}}"#;
    let (output, _server) = run(&args, vec![Reply::json(200, body)]);
    let shown = record(&output);
    assert_eq!(shown["affiliate"]["id"], "aff_1", "{shown}");
    assert_eq!(shown["affiliate"]["earnings"].to_string(), "12.30");
    assert!(shown["referral"].is_null());
}

#[test]
fn camel_case_and_snake_case_answers_give_the_same_rows() {
    let camel = r#"{"success":true,"data":[{"id":"po_1","affiliateId":"aff_1","affiliateName":"Ann",
        "amount":33.10,"currency":"USD","status":"completed","paymentMethod":"wise",
        "paymentReference":"T-1","invoiceNumber":"INV-1","processedAt":"2026-02-01T00:00:00Z",
        "createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-02-01T00:00:00Z"}],
        "pagination":{"page":1,"limit":200,"total":1,"totalPages":1}}"#;
    let snake = r#"{"success":true,"data":[{"id":"po_1","affiliate_id":"aff_1","affiliate_name":"Ann",
        "amount":33.10,"currency":"USD","status":"completed","payment_method":"wise",
        "payment_reference":"T-1","invoice_number":"INV-1","processed_at":"2026-02-01T00:00:00Z",
        "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-02-01T00:00:00Z"}],
        "pagination":{"page":1,"limit":200,"total":1,"total_pages":1}}"#;
    let listed = |body: &str, what: &str| {
        rows(
            &run(
                &["affonso", what, "-o", "json"],
                vec![Reply::json(200, body)],
            )
            .0,
        )
    };
    let payouts = listed(camel, "payouts");
    assert_eq!(payouts, listed(snake, "payouts"));
    assert_eq!(payouts[0]["affiliate_id"], "aff_1");
    assert_eq!(payouts[0]["payment_method"], "wise");
    assert_eq!(payouts[0]["processed_at"], "2026-02-01T00:00:00Z");
    assert_eq!(payouts[0]["amount"], "33.10");

    let camel = r#"{"success":true,"data":[{"id":"com_1","affiliateId":"aff_1","referralId":"ref_1",
        "saleAmount":120.50,"commissionAmount":12.05,"commissionCurrency":"EUR","status":"paid",
        "salesStatus":"complete","holdPeriodDays":30,"createdAt":"2026-01-01T00:00:00Z"}]}"#;
    let snake = r#"{"success":true,"data":[{"id":"com_1","affiliate_id":"aff_1","referral_id":"ref_1",
        "sale_amount":120.50,"commission_amount":12.05,"commission_currency":"EUR","status":"paid",
        "sales_status":"complete","hold_period_days":30,"created_at":"2026-01-01T00:00:00Z"}]}"#;
    let commissions = listed(camel, "actions");
    assert_eq!(commissions, listed(snake, "actions"));
    assert_eq!(commissions[0]["affiliate_id"], "aff_1");
    assert_eq!(commissions[0]["commission_amount"], "12.05");
    assert_eq!(commissions[0]["sale_amount"], "120.50");
    assert_eq!(commissions[0]["hold_period_days"], 30);
}

#[test]
fn success_false_is_an_error_even_with_a_200() {
    let list = ["affonso", "actions"];
    let (output, _) = run(&list, vec![refusal(200, "VALIDATION_ERROR", "bad")]);
    assert!(exits(&output, 5).contains("VALIDATION_ERROR: bad"));
    for code in ["INVALID_API_KEY", "API_KEY_EXPIRED"] {
        for status in [200, 400] {
            let (output, server) = run(&list, vec![refusal(status, code, "key")]);
            assert!(exits(&output, 4).contains(code), "{code} on {status}");
            assert_eq!(sent(&server).len(), 1);
        }
    }
    let show = ["affonso", "actions", "show", "com_x"];
    let (output, _) = run(&show, vec![refusal(404, "NOT_FOUND", "no com_x")]);
    assert!(exits(&output, 5).contains("NOT_FOUND: no com_x"));
}

#[test]
fn a_429_is_waited_out_as_retry_after_says() {
    let limited = refusal(429, "RATE_LIMIT_EXCEEDED", "slow down").with_header("Retry-After", "1");
    let good = page(&numbered(0, 1), 1);
    let started = Instant::now();
    let (output, server) = run(&["affonso", "actions", "-o", "json"], vec![limited, good]);
    assert_eq!(ids(&rows(&output)), ["com_0"]);
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(sent(&server).len(), 2);
}

#[test]
fn an_unknown_status_passes_through_as_text() {
    let row = [commission("com_1", "aff_1", "1.50", "USD", "on_the_moon")];
    let (output, _) = run(&["affonso", "actions", "-o", "json"], vec![page(&row, 1)]);
    assert_eq!(rows(&output)[0]["status"], "on_the_moon");

    let (output, _) = run(&["affonso", "actions", "-o", "csv"], vec![page(&row, 1)]);
    let csv = ok(&output);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let status = reader.headers().unwrap().iter().position(|h| h == "status");
    let record = reader.records().next().unwrap().unwrap();
    assert_eq!(&record[status.unwrap()], "on_the_moon");
    assert_eq!(&record[6], "1.50");
}

#[test]
fn payouts_use_their_own_filter_names_and_show_has_exact_transactions() {
    let args = [
        "affonso",
        "payouts",
        "--status",
        "pending",
        "--affiliate",
        "aff_1",
        "--from",
        "2026-01-01",
        "--until",
        "2026-02-01",
    ];
    let (output, server) = run(&args, vec![page(&[], 0)]);
    ok(&output);
    assert_eq!(
        lines(&server),
        [
            "GET /v1/payouts?page=1&limit=200&status=pending&affiliateId=aff_1\
          &dateFrom=2026-01-01&dateTo=2026-02-01"
        ]
    );

    let answer = r#"{"success":true,"data":{"id":"po_1","amount":30.10,"currency":"USD",
        "status":"pending","transactions":[
        {"id":"txn_1","amount":10.00,"commission":{"id":"com_1"},"createdAt":"2026-01-02T00:00:00Z"},
        {"id":"txn_2","amount":20.10,"commission":{"id":"com_2"},"created_at":"2026-01-03T00:00:00Z"}]}}"#;
    let args = ["affonso", "payouts", "show", "po_1", "-o", "json"];
    let (output, server) = run(&args, vec![Reply::json(200, answer)]);
    let shown = record(&output);
    assert_eq!(lines(&server), ["GET /v1/payouts/po_1"]);
    assert_eq!(shown["amount"], "30.10");
    assert_eq!(
        shown["transactions"],
        json!([
            {"id": "txn_1", "amount": "10.00", "commission_id": "com_1",
             "commission_amount": null, "created_at": "2026-01-02T00:00:00Z"},
            {"id": "txn_2", "amount": "20.10", "commission_id": "com_2",
             "commission_amount": null, "created_at": "2026-01-03T00:00:00Z"},
        ])
    );
}

#[test]
fn the_derived_balance_adds_up_by_hand() {
    let commissions = [
        commission("c1", "aff_1", "10.10", "USD", "pending"),
        commission("c2", "aff_1", "0.05", "USD", "pending"),
        commission("c3", "aff_1", "2.50", "USD", "pending_manual_approval"),
        commission("c4", "aff_1", "7.25", "USD", "ready_for_payment"),
        commission("c5", "aff_1", "100.00", "USD", "paid"),
        commission("c6", "aff_1", "50.00", "USD", "declined"),
        commission("c7", "aff_1", "3.30", "EUR", "ready_for_payment"),
        commission("c8", "aff_1", "9.99", "EUR", "on_the_moon"),
        commission("c9", "aff_2", "1.01", "USD", "paid"),
        commission("c10", "aff_2", "2.02", "USD", "paid"),
        commission("c11", "aff_2", "4.00", "USD", "processing_payout"),
        commission("c12", "aff_2", "5.00", "null", "pending"),
        commission("c13", "aff_3", "0.10", "EUR", "pending"),
        commission("c14", "aff_3", "0.20", "EUR", "pending"),
        commission("c15", "aff_3", "1.25", "EUR", "refunded"),
        commission("c16", "aff_3", "0.75", "EUR", "dispute"),
        commission("c17", "aff_3", "0.05", "EUR", "processing_payout"),
    ];
    let args = ["affonso", "balance", "-o", "json"];
    let (output, server) = run(&args, vec![page(&commissions, 17)]);
    let balances = rows(&output);
    assert!(stderr_of(&output).contains("these balances are computed from 17 commissions"));
    let row = |aff: &str, cur: &str, sums: [&str; 7], count: i64| {
        json!({"affiliate_id": aff, "currency": cur, "pending": sums[0],
               "pending_manual_approval": sums[1], "ready_for_payment": sums[2],
               "paid": sums[3], "processing_payout": sums[4], "refunded": sums[5],
               "dispute": sums[6], "commissions": count})
    };
    let z = "0";
    assert_eq!(
        balances,
        [
            row("aff_1", "EUR", [z, z, "3.30", z, z, z, z], 2),
            row(
                "aff_1",
                "USD",
                ["10.15", "2.50", "7.25", "100.00", z, z, z],
                6
            ),
            row("aff_2", "USD", [z, z, z, "3.03", "4.00", z, z], 3),
            row("aff_3", "EUR", ["0.30", z, z, z, "0.05", "1.25", "0.75"], 5),
        ]
    );
    assert_eq!(lines(&server), ["GET /v1/commissions?page=1&limit=200"]);

    let args = ["affonso", "balance", "--affiliate", "aff_1"];
    let (output, server) = run(&args, vec![page(&commissions[..8], 8)]);
    ok(&output);
    assert_eq!(
        lines(&server),
        ["GET /v1/commissions?page=1&limit=200&affiliate_id=aff_1"]
    );
}

#[test]
fn settle_reads_the_payout_then_puts_exactly_one_status_change() {
    let args = [
        "affonso",
        "settle",
        "po_1",
        "--method",
        "wise",
        "--reference",
        "T-1",
        "--yes",
        "-o",
        "json",
    ];
    let script = vec![
        payout("po_1", "processing", "33.10"),
        payout("po_1", "completed", "33.10"),
    ];
    let (output, server) = run(&args, script);
    let result = rows(&output);
    assert_eq!(
        (
            &result[0]["result"],
            &result[0]["amount"],
            &result[0]["currency"]
        ),
        (&json!("succeeded"), &json!("33.10"), &json!("USD"))
    );
    let requests = sent(&server);
    assert_eq!(
        requests.iter().map(Recorded::line).collect::<Vec<_>>(),
        ["GET /v1/payouts/po_1", "PUT /v1/payouts/po_1"]
    );
    assert_eq!(requests[1].header("content-type"), Some("application/json"));
    assert_eq!(
        requests[1].body,
        r#"{"paymentMethod":"wise","paymentReference":"T-1","status":"completed"}"#
    );

    let args = ["affonso", "settle", "po_1", "--processing", "--yes"];
    let script = vec![
        payout("po_1", "pending", "33.10"),
        payout("po_1", "processing", "33.10"),
    ];
    let (output, server) = run(&args, script);
    ok(&output);
    assert_eq!(
        puts(&server),
        [(
            "PUT /v1/payouts/po_1".into(),
            r#"{"status":"processing"}"#.into()
        )]
    );
}

#[test]
fn a_refused_put_with_a_200_is_a_failure_not_a_success() {
    let args = ["affonso", "settle", "po_1", "--yes", "-o", "json"];
    let script = vec![
        payout("po_1", "processing", "33.10"),
        refusal(
            200,
            "VALIDATION_ERROR",
            "cannot change processing to completed",
        ),
    ];
    let (output, server) = run(&args, script);
    assert!(exits(&output, 5).contains("VALIDATION_ERROR"));
    assert_eq!(puts(&server).len(), 1);
}

#[test]
fn an_impossible_transition_sends_no_change_at_all() {
    let (output, server) = run(
        &["affonso", "settle", "po_1", "--yes"],
        vec![
            payout("po_1", "pending", "33.10"),
            payout("po_1", "completed", "33.10"),
        ],
    );
    assert!(exits(&output, 2).contains("po_1: pending → completed"));
    assert_eq!(lines(&server), ["GET /v1/payouts/po_1"]);

    let (output, server) = run(
        &["affonso", "cancel", "po_9", "--yes"],
        vec![
            payout("po_9", "completed", "5.00"),
            payout("po_9", "cancelled", "5.00"),
        ],
    );
    assert!(exits(&output, 2).contains("po_9: completed → cancelled"));
    assert_eq!(lines(&server), ["GET /v1/payouts/po_9"]);

    let script = vec![
        payout("po_1", "processing", "33.10"),
        payout("po_2", "cancelled", "1.00"),
        payout("po_1", "completed", "33.10"),
    ];
    let (output, server) = run(&["affonso", "settle", "po_1", "po_2", "--yes"], script);
    assert!(exits(&output, 2).contains("po_2: cancelled → completed"));
    assert_eq!(
        lines(&server),
        ["GET /v1/payouts/po_1", "GET /v1/payouts/po_2"]
    );
}

#[test]
fn a_rerun_settles_nothing_twice() {
    let env = Env::new();
    let args = ["affonso", "settle", "po_1", "--yes", "-o", "json"];
    let processing = || payout("po_1", "processing", "33.10");
    let (output, server) = run_in(&env, &args, vec![processing(), processing()]);
    assert_eq!(rows(&output)[0]["result"], "succeeded");
    assert_eq!(puts(&server).len(), 1);

    let script = vec![payout("po_1", "completed", "33.10"), processing()];
    let (output, server) = run_in(&env, &args, script);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("skipping po_1: already completed"),
        "{stderr}"
    );
    assert!(puts(&server).is_empty());

    // The provider has not caught up: the journal remembers the PUT went through.
    let (output, server) = run_in(&env, &args, vec![processing(), processing()]);
    assert_eq!(rows(&output)[0]["result"], "already_done");
    assert!(puts(&server).is_empty());
}

#[test]
fn cancel_puts_cancelled_only_when_confirmed() {
    let script = || {
        vec![
            payout("po_1", "pending", "1.00"),
            payout("po_2", "failed", "2.50"),
            payout("po_1", "cancelled", "1.00"),
            payout("po_2", "cancelled", "2.50"),
        ]
    };
    let (output, server) = run(&["affonso", "cancel", "po_1", "po_2", "--yes"], script());
    ok(&output);
    let cancelled = r#"{"status":"cancelled"}"#;
    assert_eq!(
        puts(&server),
        [
            ("PUT /v1/payouts/po_1".into(), cancelled.into()),
            ("PUT /v1/payouts/po_2".into(), cancelled.into())
        ]
    );

    let (output, server) = run(&["affonso", "cancel", "po_1", "po_2"], script());
    assert!(exits(&output, 7).contains("--yes"));
    assert!(puts(&server).is_empty());

    let args = [
        "affonso",
        "cancel",
        "po_1",
        "po_2",
        "--dry-run",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, script());
    let planned = rows(&output);
    assert!(puts(&server).is_empty());
    let shown: Vec<(&Value, &Value, String, &Value)> = planned
        .iter()
        .map(|r| (&r["method"], &r["target"], r["url"].to_string(), &r["body"]))
        .collect();
    let url = |id: &str| json!(format!("{}/v1/payouts/{id}", server.url())).to_string();
    assert_eq!(
        shown,
        [
            (
                &json!("PUT"),
                &json!("po_1"),
                url("po_1"),
                &json!(cancelled)
            ),
            (
                &json!("PUT"),
                &json!("po_2"),
                url("po_2"),
                &json!(cancelled)
            ),
        ]
    );
}

#[test]
fn adjust_puts_only_what_was_given_with_the_amount_as_typed() {
    let current =
        || success(json!({"id": "com_1", "commission_amount": 20, "commission_currency": "USD"}));
    let args = [
        "affonso",
        "adjust",
        "com_1",
        "--amount",
        "12.50",
        "--status",
        "declined",
        "--hold-days",
        "3",
        "--yes",
    ];
    let (output, server) = run(&args, vec![current(), current()]);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(
        requests.iter().map(Recorded::line).collect::<Vec<_>>(),
        ["GET /v1/commissions/com_1", "PUT /v1/commissions/com_1"]
    );
    assert_eq!(
        requests[1].body,
        r#"{"commission_amount":12.50,"status":"declined","hold_period_days":3}"#
    );

    let bad: [(&[&str], &str); 4] = [
        (&[], "nothing to change"),
        (&["--amount", "-1"], "-1"),
        (&["--amount=-1"], "must not be negative"),
        (&["--amount", "1.234"], "more than 2 decimals"),
    ];
    for (extra, why) in bad {
        let args = [&["affonso", "adjust", "com_1", "--yes"], extra].concat();
        let (output, server) = run(&args, vec![current(), current()]);
        assert!(exits(&output, 2).contains(why), "{extra:?}");
        assert!(sent(&server).is_empty(), "{extra:?} sent a request");
    }
}

/// A page of 200 of 400 commissions answered with these rate-limit headers.
fn limited_page(remaining: &str, reset_in: u64) -> Reply {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    page(&numbered(0, 200), 400)
        .with_header("X-RateLimit-Remaining", remaining)
        .with_header("X-RateLimit-Reset", &(now + reset_in).to_string())
}

#[test]
fn rate_limit_headers_slow_the_next_request_down() {
    let args = ["affonso", "actions", "--all", "-v", "-o", "json"];
    let script = vec![limited_page("0", 2), page(&numbered(200, 400), 400)];
    let started = Instant::now();
    let (output, server) = run(&args, script);
    assert_eq!(rows(&output).len(), 400);
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert!(stderr_of(&output).contains("rate limit nearly used up; waiting"));
    assert_eq!(sent(&server).len(), 2);

    let script = vec![limited_page("100", 2), page(&numbered(200, 400), 400)];
    let started = Instant::now();
    let (output, _) = run(&args, script);
    assert_eq!(rows(&output).len(), 400);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(!stderr_of(&output).contains("waiting"));
}

// ---- The vendor's three payout shapes --------------------------------------------------

/// A documented shape: its list answer, its one-payout answer, and what affpay must show.
struct Shape {
    name: &'static str,
    list: String,
    one: String,
    id: &'static str,
    affiliate: (&'static str, &'static str, &'static str),
    amount: &'static str,
    currency: Value,
    invoice: Value,
    /// `(id, amount, commission_id, commission_amount, created_at)` of `payouts show`.
    transactions: Vec<Value>,
}

/// The one payout of a list fixture as a one-payout answer (the flat variant has no example
/// of its own for `GET /v1/payouts/{id}`).
fn first_of(list: &str) -> String {
    let mut value: Value = serde_json::from_str(list).unwrap();
    let first = value["data"][0].take();
    json!({"success": true, "data": first}).to_string()
}

fn shapes() -> Vec<Shape> {
    let flat = fixture("affonso/payouts_flat.json");
    vec![
        Shape {
            name: "reference",
            list: fixture("affonso/payouts_reference.json"),
            one: fixture("affonso/payout_reference.json"),
            id: "pay_abc123",
            affiliate: ("aff_456def", "John Doe", "john@example.com"),
            amount: "150.00",
            currency: Value::Null,
            invoice: json!("1001"),
            transactions: vec![json!({"id": "txn_123", "amount": "50.00",
                "commission_id": "com_456", "commission_amount": "50.00",
                "created_at": "2024-01-25T10:00:00Z"})],
        },
        Shape {
            name: "sdk",
            list: fixture("affonso/payouts_sdk.json"),
            one: fixture("affonso/payout_sdk.json"),
            id: "pay_1",
            affiliate: ("aff_1", "Max", "max@test.de"),
            amount: "50.0",
            currency: Value::Null,
            invoice: json!("1001"),
            transactions: vec![json!({"id": "txn_1", "amount": "50.0",
                "commission_id": "com_1", "commission_amount": "50.0",
                "created_at": "2025-01-01T00:00:00.000Z"})],
        },
        Shape {
            name: "flat",
            one: first_of(&flat),
            list: flat,
            id: "pay_abc123",
            affiliate: ("aff_456def", "John Doe", "john@example.com"),
            amount: "150.00",
            currency: json!("USD"),
            invoice: Value::Null,
            transactions: vec![],
        },
    ]
}

/// A one-payout answer with another status, every other byte as the vendor wrote it.
fn with_status(one: &str, status: &str) -> Reply {
    let mut value: Value = serde_json::from_str(one).unwrap();
    value["data"]["status"] = json!(status);
    Reply::json(200, &value.to_string())
}

fn assert_payout(shape: &Shape, shown: &Value) {
    let what = shape.name;
    assert_eq!(shown["id"], shape.id, "{what}");
    assert_eq!(shown["affiliate_id"], shape.affiliate.0, "{what}");
    assert_eq!(shown["affiliate_name"], shape.affiliate.1, "{what}");
    assert_eq!(shown["affiliate_email"], shape.affiliate.2, "{what}");
    assert_eq!(shown["amount"], shape.amount, "{what}");
    assert_eq!(shown["currency"], shape.currency, "{what}");
    assert_eq!(shown["invoice_number"], shape.invoice, "{what}");
    assert_eq!(shown["status"], "pending", "{what}");
}

#[test]
fn payouts_lists_every_documented_shape() {
    for shape in shapes() {
        let args = ["affonso", "payouts", "-o", "json"];
        let (output, server) = run(&args, vec![Reply::json(200, &shape.list)]);
        let listed = rows(&output);
        assert_eq!(listed.len(), 1, "{}", shape.name);
        assert_payout(&shape, &listed[0]);
        assert_eq!(lines(&server), ["GET /v1/payouts?page=1&limit=200"]);
    }
}

#[test]
fn payouts_show_reads_every_documented_shape_with_its_nested_commissions() {
    for shape in shapes() {
        let path = format!("/v1/payouts/{}", shape.id);
        let args = ["affonso", "payouts", "show", shape.id, "-o", "json"];
        let (output, server) = run(&args, vec![Reply::json(200, &shape.one)]);
        let shown = record(&output);
        assert_payout(&shape, &shown);
        assert_eq!(
            shown["transactions"],
            json!(shape.transactions),
            "{}",
            shape.name
        );
        assert_eq!(lines(&server), [format!("GET {path}")]);
    }
}

#[test]
fn settle_and_cancel_work_on_every_documented_shape() {
    for shape in shapes() {
        let what = shape.name;
        let put = format!("PUT /v1/payouts/{}", shape.id);
        let get = format!("GET /v1/payouts/{}", shape.id);

        let args = [
            "affonso",
            "settle",
            shape.id,
            "--reference",
            "ref_abc",
            "--yes",
            "-o",
            "json",
        ];
        let script = vec![
            with_status(&shape.one, "processing"),
            with_status(&shape.one, "completed"),
        ];
        let (output, server) = run(&args, script);
        let result = &rows(&output)[0];
        assert_eq!(result["result"], "succeeded", "{what}");
        assert_eq!(result["reference"], shape.id, "{what}");
        assert_eq!(result["amount"], shape.amount, "{what}");
        assert_eq!(result["currency"], shape.currency, "{what}");
        assert_eq!(lines(&server), [get.clone(), put.clone()], "{what}");
        assert_eq!(
            puts(&server)[0].1,
            r#"{"paymentReference":"ref_abc","status":"completed"}"#,
            "{what}"
        );

        let args = ["affonso", "cancel", shape.id, "--yes", "-o", "json"];
        let script = vec![
            Reply::json(200, &shape.one),
            with_status(&shape.one, "cancelled"),
        ];
        let (output, server) = run(&args, script);
        assert_eq!(rows(&output)[0]["result"], "succeeded", "{what}");
        assert_eq!(lines(&server), [get, put], "{what}");
        assert_eq!(puts(&server)[0].1, r#"{"status":"cancelled"}"#, "{what}");
    }

    // The SDK's own answer to an update, as the PUT's answer.
    let args = [
        "affonso",
        "settle",
        "pay_1",
        "--reference",
        "ref_abc",
        "--yes",
        "-o",
        "json",
    ];
    let script = vec![
        with_status(&fixture("affonso/payout_sdk.json"), "processing"),
        Reply::json(200, &fixture("affonso/payout_sdk_updated.json")),
    ];
    let (output, _) = run(&args, script);
    assert_eq!(rows(&output)[0]["result"], "succeeded");
}

#[test]
fn an_invoice_number_keeps_every_digit_as_number_or_text() {
    for invoice in ["123456789012345678901234567890", "\"INV-0007\""] {
        let body = format!(
            r#"{{"success":true,"data":[{{"id":"po_1","invoiceNumber":{invoice},"amount":1}}]}}"#
        );
        let (output, _) = run(
            &["affonso", "payouts", "-o", "json"],
            vec![Reply::json(200, &body)],
        );
        assert_eq!(
            rows(&output)[0]["invoice_number"],
            invoice.trim_matches('"')
        );
    }
}

#[test]
fn a_put_answered_with_an_unreadable_2xx_is_unknown_and_never_sent_again() {
    let unreadable = [
        "<html><body>Welcome</body></html>",
        "{}",
        r#"{"success":true,"data":{}}"#,
        r#"{"data":{"id":"po_1","status":"completed"}}"#,
    ];
    for body in unreadable {
        let env = Env::new();
        let args = ["affonso", "settle", "po_1", "--yes", "-o", "json"];
        let script = vec![
            payout("po_1", "processing", "33.10"),
            Reply::json(200, body),
        ];
        let (output, server) = run_in(&env, &args, script);
        let stderr = exits(&output, 9);
        assert_eq!(rows_of(&output)[0]["result"], "unknown", "{body}: {stderr}");
        assert_eq!(puts(&server).len(), 1, "{body}");

        let script = vec![
            payout("po_1", "processing", "33.10"),
            payout("po_1", "completed", "33.10"),
        ];
        let (output, server) = run_in(&env, &args, script);
        exits(&output, 9);
        assert_eq!(rows_of(&output)[0]["result"], "unknown", "{body}");
        assert_eq!(lines(&server), ["GET /v1/payouts/po_1"], "{body}");
    }
}

/// The rows of `-o json` output whatever the exit code.
fn rows_of(output: &Output) -> Vec<Value> {
    crate::util::rows(output)
}

/// Commissions created at the first and last second of January, in between, and on 1 February.
fn january() -> Vec<String> {
    ["2026-01-01T00:00:00Z", "2026-01-10T12:00:00Z", "2026-01-31T23:59:59Z", "2026-02-01T00:00:00Z"]
        .iter()
        .enumerate()
        .map(|(i, at)| {
            format!(
                r#"{{"id":"com_{i}","affiliate_id":"aff_1","commission_amount":1.{i}0,"commission_currency":"USD","status":"ready_for_payment","created_at":"{at}"}}"#
            )
        })
        .collect()
}

#[test]
fn commission_dates_go_as_documented_date_times_and_hold_whatever_the_server_does() {
    let all = january();
    let query = "created_gte=2026-01-10T00%3A00%3A00Z&created_lte=2026-01-31T23%3A59%3A59Z";
    let range = ["--from", "2026-01-10", "--until", "2026-01-31"];
    // A server that honours the filter, and one that ignores it and sends everything.
    for (server_rows, ignored) in [(all[1..3].to_vec(), 0), (all.clone(), 2)] {
        let args = [&["affonso", "actions", "-o", "json"][..], &range].concat();
        let (output, server) = run(&args, vec![page(&server_rows, server_rows.len())]);
        assert_eq!(ids(&rows(&output)), ["com_1", "com_2"]);
        assert_eq!(
            lines(&server),
            [format!("GET /v1/commissions?page=1&limit=200&{query}")]
        );
        let said = stderr_of(&output).contains(&format!("left out {ignored} commission"));
        assert_eq!(said, ignored > 0, "{}", stderr_of(&output));

        let args = [&["affonso", "balance", "-o", "json"][..], &range].concat();
        let (output, server) = run(&args, vec![page(&server_rows, server_rows.len())]);
        let balance = rows(&output);
        assert_eq!(balance.len(), 1);
        assert_eq!(balance[0]["ready_for_payment"], "2.30");
        assert_eq!(balance[0]["commissions"], 2);
        assert_eq!(
            lines(&server),
            [format!("GET /v1/commissions?page=1&limit=200&{query}")]
        );
    }
}

// ---- Against the simulator -------------------------------------------------------------

/// `affpay` in `env` against a simulator at `url`, with its Affonso token.
fn on(env: &Env, url: &str, args: &[&str]) -> Output {
    env.provider_process("affonso", url, token_for("affonso").as_str())
        .stdin(Stdio::null())
        .args(args)
        .output()
        .unwrap()
}

fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(value.as_str().unwrap()).unwrap()
}

/// Per (affiliate, currency): the four sums and the count, from a list of commissions.
type Sums = BTreeMap<(String, String), ([Decimal; 7], i64)>;

/// The balance's status columns, in order.
const SUMMED: [&str; 7] = [
    "pending",
    "pending_manual_approval",
    "ready_for_payment",
    "paid",
    "processing_payout",
    "refunded",
    "dispute",
];

fn recompute(commissions: &[Value]) -> Sums {
    let statuses = SUMMED;
    let mut sums = Sums::new();
    for c in commissions {
        let key = (
            c["affiliate_id"].to_string(),
            c["commission_currency"].to_string(),
        );
        let entry = sums.entry(key).or_default();
        entry.1 += 1;
        if let Some(i) = statuses.iter().position(|s| c["status"] == *s) {
            entry.0[i] += decimal(&c["commission_amount"]);
        }
    }
    sums
}

fn sums_of(balances: &[Value]) -> Sums {
    let columns = SUMMED;
    balances
        .iter()
        .map(|b| {
            let key = (b["affiliate_id"].to_string(), b["currency"].to_string());
            (
                key,
                (
                    columns.map(|c| decimal(&b[c])),
                    b["commissions"].as_i64().unwrap(),
                ),
            )
        })
        .collect()
}

#[test]
fn settling_a_simulated_payout_pays_its_commissions_and_the_balance_follows() {
    let sim = affpay::commands::sandbox::start_default().expect("the simulator starts");
    let env = Env::new();
    let url = sim.url();
    let payouts = rows(&on(&env, url, &["affonso", "payouts", "-o", "json"]));
    assert_eq!(
        ids(&payouts),
        [
            "po_000",
            "po_001",
            "po_002",
            "po_003",
            "po_004",
            "pay_abc123"
        ],
        "the generated payouts, then the vendor's example"
    );
    assert_eq!(payouts[1]["status"], "processing");

    let shown = record(&on(
        &env,
        url,
        &["affonso", "payouts", "show", "po_001", "-o", "json"],
    ));
    let linked: Vec<&str> = shown["transactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["commission_id"].as_str().unwrap())
        .collect();
    assert_eq!(linked.len(), 2);
    let paid = |env: &Env| {
        rows(&on(
            env,
            url,
            &["affonso", "actions", "--status", "paid", "-o", "json"],
        ))
        .len()
    };
    let paid_before = paid(&env);

    ok(&on(&env, url, &["affonso", "settle", "po_001", "--yes"]));
    for id in &linked {
        let one = record(&on(
            &env,
            url,
            &["affonso", "actions", "show", id, "-o", "json"],
        ));
        assert_eq!(one["status"], "paid", "{id}");
    }
    assert_eq!(paid(&env), paid_before + linked.len());

    let all = rows(&on(
        &env,
        url,
        &["affonso", "actions", "--all", "-o", "json"],
    ));
    assert_eq!(all.len(), 60);
    let balances = rows(&on(&env, url, &["affonso", "balance", "-o", "json"]));
    assert_eq!(sums_of(&balances), recompute(&all));
    for status in ["processing_payout", "refunded", "dispute"] {
        assert!(
            balances.iter().any(|b| decimal(&b[status]) > Decimal::ZERO),
            "no {status} in {balances:?}"
        );
    }

    // The simulator's other two shapes: po_000 as the reference writes it, po_002 flat.
    ok(&on(
        &env,
        url,
        &["affonso", "settle", "po_000", "--processing", "--yes"],
    ));
    ok(&on(&env, url, &["affonso", "cancel", "po_002", "--yes"]));
    let payouts = rows(&on(&env, url, &["affonso", "payouts", "-o", "json"]));
    let status: Vec<(&Value, &Value)> = payouts.iter().map(|p| (&p["id"], &p["status"])).collect();
    assert_eq!(status[0], (&json!("po_000"), &json!("processing")));
    assert_eq!(status[2], (&json!("po_002"), &json!("cancelled")));
    assert_eq!(payouts[0]["invoice_number"], "1001");
    assert_eq!(payouts[2]["currency"], "USD");
}

#[test]
fn runs_past_the_simulated_rate_limit_wait_for_retry_after_and_succeed() {
    let served = serve(&["--affonso-rate-limit", "3"]);
    let url = served.url.clone();
    // Seven at once: however they fall across a second, one second sees more than three.
    let env = Env::new();
    let children: Vec<Child> = (0..7)
        .map(|_| {
            env.provider_process("affonso", &url, token_for("affonso").as_str())
                .args(["affonso", "actions", "--all", "-v", "-o", "json"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut limited = 0;
    for child in children {
        let output = child.wait_with_output().unwrap();
        let stderr = stderr_of(&output);
        assert_eq!(rows(&output).len(), 60, "{stderr}");
        if stderr.contains("-> 429") {
            assert!(stderr.contains("retrying in 1000 ms"), "{stderr}");
            limited += 1;
        }
    }
    assert!(limited >= 1, "no run met the rate limit");
}
