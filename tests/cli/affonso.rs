//! Affonso, request by request, and its status changes end to end.
//!
//! Affonso pages by number, wraps every answer in `{success, data, pagination}` (and can say
//! `success: false` with a 200), spells fields in camelCase or snake_case depending on which
//! of its documents one trusts, has no balance endpoint and no idempotency keys. So the
//! recording mock checks every query and body byte for byte, feeds both spellings, and
//! scripts the refusals and rate-limit headers; the balance is checked against sums worked
//! out by hand, and payout status changes are checked to send nothing impossible and nothing
//! twice. The simulator then plays settling a payout and a rate limit that answers 429.

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

/// `affpay` in `env`, pointed at `url` for Affonso with the API key in the environment.
fn affonso(env: &Env, url: &str) -> assert_cmd::Command {
    let mut cmd = env.cmd();
    cmd.env("AFFPAY_AFFONSO_URL", url)
        .env("AFFPAY_AFFONSO_TOKEN", TOKEN);
    cmd
}

fn run_in(env: &Env, args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    let server = env.mock(script);
    let output = affonso(env, server.url()).args(args).output().unwrap();
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
          &status=ready_for_payment&sales_status=complete&created_gte=2026-01-01&created_lte=2026-01-31"
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
             "created_at": "2026-01-02T00:00:00Z"},
            {"id": "txn_2", "amount": "20.10", "commission_id": "com_2",
             "created_at": "2026-01-03T00:00:00Z"},
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
    ];
    let args = ["affonso", "balance", "-o", "json"];
    let (output, server) = run(&args, vec![page(&commissions, 14)]);
    let balances = rows(&output);
    assert!(stderr_of(&output).contains("these balances are computed from 14 commissions"));
    let row = |aff: &str, cur: &str, sums: [&str; 4], count: i64| {
        json!({"affiliate_id": aff, "currency": cur, "pending": sums[0],
               "pending_manual_approval": sums[1], "ready_for_payment": sums[2],
               "paid": sums[3], "commissions": count})
    };
    assert_eq!(
        balances,
        [
            row("aff_1", "EUR", ["0", "0", "3.30", "0"], 2),
            row("aff_1", "USD", ["10.15", "2.50", "7.25", "100.00"], 6),
            row("aff_2", "USD", ["0", "0", "0", "3.03"], 3),
            row("aff_3", "EUR", ["0.30", "0", "0", "0"], 2),
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

// ---- Against the simulator -------------------------------------------------------------

/// `affpay` in `env` against a simulator at `url`, with its Affonso token.
fn on(env: &Env, url: &str, args: &[&str]) -> Output {
    env.process()
        .env("AFFPAY_AFFONSO_URL", url)
        .env("AFFPAY_AFFONSO_TOKEN", token_for("affonso"))
        .stdin(Stdio::null())
        .args(args)
        .output()
        .unwrap()
}

fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(value.as_str().unwrap()).unwrap()
}

/// Per (affiliate, currency): the four sums and the count, from a list of commissions.
type Sums = BTreeMap<(String, String), ([Decimal; 4], i64)>;

fn recompute(commissions: &[Value]) -> Sums {
    let statuses = [
        "pending",
        "pending_manual_approval",
        "ready_for_payment",
        "paid",
    ];
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
    let columns = [
        "pending",
        "pending_manual_approval",
        "ready_for_payment",
        "paid",
    ];
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
        ["po_000", "po_001", "po_002", "po_003", "po_004"]
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
}

#[test]
fn runs_past_the_simulated_rate_limit_wait_for_retry_after_and_succeed() {
    let served = serve(&["--affonso-rate-limit", "3"]);
    let url = served.url.clone();
    // Seven at once: however they fall across a second, one second sees more than three.
    let env = Env::new();
    let children: Vec<Child> = (0..7)
        .map(|_| {
            env.process()
                .env("AFFPAY_AFFONSO_URL", &url)
                .env("AFFPAY_AFFONSO_TOKEN", token_for("affonso"))
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
