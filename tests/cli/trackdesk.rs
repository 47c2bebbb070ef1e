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

use crate::cli::schema;
use crate::util::{
    Env, MockServer, Recorded, Reply, exits, fixture, ok, pairs, results, rows, stderr_of,
    stdout_of, text,
};
use serde_json::{Value, json};
use std::process::Output;
use std::time::{Duration, Instant};

pub(crate) const KEY: &str = "td-live-3c9e7a51f0b24d86a1e5";
const BILLING: &str = "/api/node/billing/v1";
const TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements";
const ROB: &str = "/api/node/revenue-origin-billing/v1";
const OPEN: &str = "/api/node/billing/v1/open-balances";
const SETTLE: &str = "/api/node/billing/v1/settle-balances";
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

fn open_balances_line(query: &str) -> String {
    if query.is_empty() {
        format!("GET {OPEN}?{FIRST_PAGE}")
    } else {
        format!("GET {OPEN}?{query}&{FIRST_PAGE}")
    }
}

/// `settle` of everything open until the end of October, confirmed, as JSON.
fn settle_october() -> Vec<&'static str> {
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

// ---- The fixtures keep to the vendor's contract -------------------------------------------

#[test]
fn every_fixture_is_valid_for_its_operation() {
    let responses = [
        ("GET", OPEN.to_string(), "open_balances"),
        (
            "GET",
            format!("{BILLING}/account-balances/{JANE}"),
            "account_balances",
        ),
        ("POST", SETTLE.to_string(), "settle_balances"),
        ("POST", SETTLE.to_string(), "settle_balances_partial"),
        (
            "GET",
            format!("{BILLING}/account-settlements"),
            "account_settlements",
        ),
        ("GET", format!("{BILLING}/settlements"), "settlements"),
        (
            "GET",
            format!("{BILLING}/settlements/{SETTLEMENT}"),
            "settlement",
        ),
        (
            "POST",
            "/api/node/billing-details/v1".to_string(),
            "billing_detail",
        ),
        (
            "POST",
            "/api/node/payment-methods/v1".to_string(),
            "payment_method",
        ),
        (
            "PATCH",
            format!("/api/node/payment-methods/v1/{PAYMENT_METHOD}"),
            "payment_method",
        ),
        (
            "GET",
            "/api/node/payment-method-types/v1/supported".to_string(),
            "supported_types",
        ),
        (
            "GET",
            format!("{TIPALTI}/{SETTLEMENT}/list-payable-account-settlements"),
            "payable",
        ),
        (
            "POST",
            format!("{TIPALTI}/{SETTLEMENT}/payment-batch"),
            "payment_batch",
        ),
        (
            "GET",
            format!("{BILLING}/settlements/{SETTLEMENT}"),
            "settlement_tipalti",
        ),
        (
            "POST",
            "/api/reports/conversion-report/v1".to_string(),
            "conversion_report",
        ),
        ("GET", format!("{ROB}/open-balances"), "receivables"),
        ("GET", format!("{ROB}/claims"), "claims"),
        ("GET", format!("{ROB}/claims/c-1"), "claim"),
        ("POST", format!("{ROB}/claim-balances"), "claim"),
    ];
    let mut checked = std::collections::BTreeSet::new();
    for (method, path, name) in &responses {
        schema::check_response(method, path, &fixture(&format!("trackdesk/{name}.json")));
        checked.insert(name.to_string());
    }
    // The empty answers the mock gives to a status change and to deletes.
    schema::check_response(
        "PUT",
        &format!("{BILLING}/account-settlements/{AS_JANE}/status"),
        "{}",
    );
    schema::check_response(
        "DELETE",
        &format!("{BILLING}/account-settlements/{AS_JANE}"),
        "{}",
    );
    schema::check_response(
        "DELETE",
        &format!("{BILLING}/settlements/{SETTLEMENT}"),
        "{}",
    );
    schema::check_response("PUT", "/api/node/conversions/v1/cv-1/status", "{}");
    schema::check_response("DELETE", &format!("{ROB}/claims/c-1"), "{}");
    schema::check_response(
        "POST",
        &format!("{TIPALTI}/{SETTLEMENT}/payment-batch/status"),
        "{}",
    );
    let errors = [
        "error",
        "error_tipalti",
        "error_unauthenticated",
        "error_permission",
    ];
    for name in errors {
        schema::check_error(&fixture(&format!("trackdesk/{name}.json")));
        checked.insert(name.to_string());
    }
    // Every JSON file beside the schemas is one of the above: none can drift unchecked.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trackdesk");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        if path.extension().is_some_and(|e| e == "json") && name != "schemas" {
            assert!(checked.contains(&name), "{} is not checked", path.display());
        }
    }
}

#[test]
fn the_fixtures_hold_what_the_tests_rely_on() {
    // int64 both ways, long decimals, a Tipalti row: if an edit loses one, tests below would
    // pass for the wrong reason.
    let open = fixture_json("open_balances");
    assert_eq!(open["balances"][0]["openBalanceConversionCount"], "17");
    assert_eq!(open["balances"][1]["openBalanceConversionCount"], 3);
    assert_eq!(
        open["balances"][0]["openBalance"]["value"],
        "1234.567890123456789"
    );
    assert_eq!(open["balances"][1]["onHoldBalance"], json!({}));
    let settlements = fixture_json("settlements");
    assert_eq!(
        settlements["settlements"][0]["paidAccountSettlementsCount"],
        "1"
    );
    assert_eq!(
        settlements["settlements"][1]["paidAccountSettlementsCount"],
        40
    );
    let rows = fixture_json("account_settlements");
    assert!(rows["accountSettlements"][2]["paymentData"]["tipalti"].is_object());
}

// ---- Reading: every request exactly ------------------------------------------------------

#[test]
fn balance_sends_each_filter_by_its_dotted_name_then_the_page() {
    let args = words(
        "trackdesk balance --until 2026-10-31 --min-amount 50.50 --payment-method paypal \
         --payment-method SEPA -o json",
    );
    let (output, server) = run(&args, vec![answer("open_balances")]);
    let balances = rows(&output);
    let stderr = exits(&output, 0);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [open_balances_line(
            "filter.until=2026-10-31T23%3A59%3A59Z&filter.minAmount.value=50.50\
             &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_PAY_PAL\
             &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_SEPA"
        )]
    );
    no_body(&requests[0]);
    let agent = requests[0].header("user-agent").unwrap();
    assert!(agent.starts_with("affpay/"), "{agent}");
    assert_eq!(
        balances[0],
        json!({
            "account_id": JANE, "name": "Jane Doe",
            "open_balance": "1234.567890123456789", "on_hold_balance": "10.5",
            "currency": "EUR", "payment_method": "paypal", "payment_method_currency": "EUR",
            "payment_method_open_balance": "1234.567890123456789",
            "has_billing_details": true, "conversions": 17, "conversion_sources": 4,
            "by_currency": [{"currency": "EUR", "open_balance": "1234.567890123456789",
                             "on_hold_balance": "10.5"}]
        })
    );
    assert_eq!(
        pluck(
            &balances,
            &[
                "account_id",
                "currency",
                "payment_method",
                "has_billing_details"
            ]
        ),
        [
            json!([JANE, "EUR", "paypal", true]),
            json!([BOB, "EUR", "sepa", true]),
            // No payment method: none shown, rather than an empty name and a zero.
            json!([ACME, "USD", null, false]),
            // Two currencies: no single one to show.
            json!([LENA, null, "bank-transfer", true]),
        ]
    );
    // Machine formats hear of the accounts settlement would skip on stderr...
    assert!(
        stderr.contains("1 account(s) have no billing details"),
        "{stderr}"
    );

    // ...and the table says it under the rows.
    let (output, _) = run(&words("trackdesk balance"), vec![answer("open_balances")]);
    let table = ok(&output);
    assert!(
        table.contains("1 account(s) have no billing details: settlement skips them"),
        "{table}"
    );
}

#[test]
fn balance_without_filters_sends_only_the_page_and_all_walks_every_page() {
    let (output, server) = run(
        &words("trackdesk balance -o json"),
        vec![answer("open_balances")],
    );
    assert_eq!(rows(&output).len(), 4);
    assert_eq!(lines(&server), [open_balances_line("")]);

    let page = |from: usize, to: usize| {
        let balances: Vec<Value> = (from..to)
            .map(|i| open_balance(&format!("acc-{i:03}"), "1.00"))
            .collect();
        answer_json(json!({"balances": balances, "pagination": {"totalCount": "150"}}))
    };
    let (output, server) = run(
        &words("trackdesk balance --all --min-amount 1 -o json"),
        vec![page(0, 100), page(100, 150)],
    );
    assert_eq!(rows(&output).len(), 150);
    assert_eq!(
        lines(&server),
        [
            format!("GET {OPEN}?filter.minAmount.value=1&pagination.limit=100&pagination.offset=0"),
            format!(
                "GET {OPEN}?filter.minAmount.value=1&pagination.limit=100&pagination.offset=100"
            ),
        ]
    );
}

#[test]
fn balance_show_asks_for_one_account_until_a_moment_in_utc() {
    let args = [
        "trackdesk",
        "balance",
        "show",
        JANE,
        "--until",
        "2026-10-31T12:00:00+02:00",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("account_balances")]);
    let shown = record(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {BILLING}/account-balances/{JANE}?until=2026-10-31T10%3A00%3A00Z"
        )]
    );
    no_body(&sent(&server)[0]);
    assert_eq!(
        shown,
        json!({
            "account_id": JANE,
            "open_balance": "1234.567890123456790", "on_hold_balance": "10.5",
            "conversion_open_balance": "1200.567890123456789",
            "conversion_on_hold_balance": "10.5",
            "commission_open_balance": "34", "commission_on_hold_balance": "0",
            "client_revshare_open_balance": "0.000000000000000001",
            "payment_method": "paypal", "payment_method_currency": "EUR",
            "payment_method_open_balance": "1234.567890123456790",
            "settled": [{"amount": "5000.25", "currency": "EUR"},
                        {"amount": "120", "currency": "USD"}]
        })
    );

    let (output, server) = run(
        &["trackdesk", "balance", "show", JANE],
        vec![answer("account_balances")],
    );
    ok(&output);
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/account-balances/{JANE}")]
    );
}

#[test]
fn payouts_send_their_time_range_and_account() {
    let args = [
        "trackdesk",
        "payouts",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--account",
        JANE,
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("account_settlements")]);
    let listed = rows(&output);
    ok(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {BILLING}/account-settlements?timeRange.from=2026-10-01T00%3A00%3A00Z\
             &timeRange.to=2026-10-31T23%3A59%3A59Z&accountId={JANE}&{FIRST_PAGE}"
        )]
    );
    no_body(&sent(&server)[0]);
    assert_eq!(
        listed[0],
        json!({
            "id": AS_JANE, "account_id": JANE, "account_name": "Jane Doe",
            "amount": "1234.567890123456789", "currency": "EUR", "status": "new",
            "payment_method": "paypal", "payment_method_currency": "EUR", "tipalti": false,
            "created_at": "2026-11-01T08:15:02Z", "settled_until": "2026-10-31T23:59:59Z"
        })
    );
    assert_eq!(
        pluck(&listed, &["id", "status", "payment_method", "tipalti"]),
        [
            json!([AS_JANE, "new", "paypal", false]),
            json!([AS_BOB, "in-progress", "sepa", false]),
            json!([AS_MARCO, "paid", "tipalti", true]),
        ]
    );

    let (output, server) = run(
        &words("trackdesk payouts"),
        vec![answer("account_settlements")],
    );
    let table = ok(&output);
    assert!(
        table.contains("total EUR: amount "),
        "totals under the table:\n{table}"
    );
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/account-settlements?{FIRST_PAGE}")]
    );
}

#[test]
fn payouts_settlements_send_their_time_range_and_show_asks_for_one() {
    let args =
        words("trackdesk payouts settlements --from 2026-10-01T06:30:00Z --to 2026-11-30 -o json");
    let (output, server) = run(&args, vec![answer("settlements")]);
    let listed = rows(&output);
    ok(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {BILLING}/settlements?timeRange.from=2026-10-01T06%3A30%3A00Z\
             &timeRange.to=2026-11-30T23%3A59%3A59Z&{FIRST_PAGE}"
        )]
    );
    assert_eq!(
        listed[0],
        json!({
            "id": SETTLEMENT, "amount": "1484.667890123456789", "currency": "EUR",
            "until": "2026-10-31T23:59:59Z", "note": "October 2026",
            "created_at": "2026-11-01T08:15:02Z",
            "new": 1, "in_progress": 1, "paid": 1, "error": 0,
            "amounts": [{"amount": "1484.667890123456789", "currency": "EUR"},
                        {"amount": "75.5", "currency": "USD"}]
        })
    );

    let args = ["trackdesk", "payouts", "show", SETTLEMENT, "-o", "json"];
    let (output, server) = run(&args, vec![answer("settlement")]);
    let shown = record(&output);
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/settlements/{SETTLEMENT}")]
    );
    no_body(&sent(&server)[0]);
    assert_eq!(shown["id"], SETTLEMENT);
    assert_eq!(shown["amount"], "1484.667890123456789");
    let rows = shown["account_settlements"].as_array().unwrap();
    assert_eq!(
        pluck(rows, &["id", "amount", "status"]),
        [
            json!([AS_JANE, "1234.567890123456789", "new"]),
            json!([AS_BOB, "250.10", "in-progress"]),
            json!([AS_MARCO, "75.5", "paid"]),
        ]
    );
}

#[test]
fn payment_method_types_map_wire_names_to_the_names_typed() {
    let (output, server) = run(
        &words("trackdesk payment-methods types -o json"),
        vec![answer("supported_types")],
    );
    let types = rows(&output);
    ok(&output);
    assert_eq!(
        lines(&server),
        ["GET /api/node/payment-method-types/v1/supported"]
    );
    let row = |name: &str, wire: &str, currencies: &str, fields: &str| json!({"type": name, "wire": wire, "currencies": currencies, "fields": fields});
    assert_eq!(
        types,
        [
            row(
                "paypal",
                "PAYMENT_METHOD_TYPE_PAY_PAL",
                "EUR,USD,GBP",
                "--email --note"
            ),
            row(
                "sepa",
                "PAYMENT_METHOD_TYPE_SEPA",
                "EUR",
                "--iban --beneficiary-name --bic --note"
            ),
            row(
                "bank-transfer",
                "PAYMENT_METHOD_TYPE_BANK_TRANSFER",
                "EUR,USD,CZK",
                "--bank-account-number --bank-address --bank-name --swift --aba --note"
            ),
            row(
                "payoneer",
                "PAYMENT_METHOD_TYPE_PAYONEER",
                "USD",
                "--email (required) --note"
            ),
            row(
                "tipalti",
                "PAYMENT_METHOD_TYPE_TIPALTI",
                "USD,EUR",
                "--payee-id --note"
            ),
        ]
    );

    // A type affpay does not know yet passes through as it came.
    let new_type = json!({"paymentMethodTypes": [
        {"paymentMethodType": "PAYMENT_METHOD_TYPE_CASH_APP", "currencyCodes": ["USD"]}]});
    let (output, _) = run(
        &words("trackdesk payment-methods types -o json"),
        vec![answer_json(new_type)],
    );
    assert_eq!(
        rows(&output),
        [
            json!({"type": "PAYMENT_METHOD_TYPE_CASH_APP", "wire": "PAYMENT_METHOD_TYPE_CASH_APP",
                "currencies": "USD", "fields": null})
        ]
    );
}

// ---- Settle: what is sent ----------------------------------------------------------------

#[test]
fn settle_reads_with_the_same_filter_then_posts_the_sorted_accounts() {
    let args = [
        words("trackdesk settle --until 2026-10-31 --min-amount 50 --yes -o json"),
        vec!["--note", "October 2026"],
    ]
    .concat();
    let script = vec![answer("open_balances"), answer("settle_balances")];
    let (output, server) = run(&args, script);
    let reported = rows(&output);
    let stderr = exits(&output, 0);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z&filter.minAmount.value=50"),
            format!("POST {SETTLE}"),
        ]
    );
    no_body(&requests[0]);
    assert_eq!(
        body(&requests[1]),
        json!({
            "filter": {"until": "2026-10-31T23:59:59Z", "minAmount": {"value": "50"}},
            // Sorted, and without Acme, which has no billing details.
            "accountIds": [BOB, LENA, JANE],
            "note": "October 2026"
        })
    );
    assert!(
        stderr.contains(&format!("skipping {ACME}: no billing details")),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 request(s), total 1484.667890123456789 EUR + 80.00 USD"),
        "{stderr}"
    );
    let key = text(&reported[0]["key"]);
    let target = text(&reported[0]["target"]);
    assert!(target.starts_with("3-accounts-"), "{target}");
    let row = |target: &str, amount: Value, currency: Value, result: &str, reference: &str| {
        json!({"key": key, "target": target, "amount": amount, "currency": currency,
               "result": result, "reference": reference, "detail": null})
    };
    let mut main = row(&target, Value::Null, Value::Null, "succeeded", SETTLEMENT);
    main["detail"] =
        json!("3 account settlement(s) created for 1484.667890123456789 EUR + 80.00 USD");
    assert_eq!(
        reported,
        [
            main,
            row(
                JANE,
                json!("1234.567890123456789"),
                json!("EUR"),
                "part_succeeded",
                AS_JANE
            ),
            row(BOB, json!("250.10"), json!("EUR"), "part_succeeded", AS_BOB),
            row(
                LENA,
                json!("80.00"),
                json!("USD"),
                "part_succeeded",
                AS_LENA
            ),
        ]
    );
}

#[test]
fn settle_with_accounts_posts_only_those_and_says_why_others_are_left_out() {
    let args = [
        "trackdesk",
        "settle",
        "--account",
        JANE,
        "--account",
        ACME,
        "--account",
        "0d5e7a29-1111-4c2b-9e8f-aaaaaaaaaaaa",
        "--until",
        "2026-10-31T23:59:59Z",
        "--payment-method",
        "paypal",
        "--payment-method",
        "sepa",
        "--yes",
        "-o",
        "json",
    ];
    let created = json!({
        "id": SETTLEMENT, "amount": {"value": "1234.567890123456789"},
        "currency": {"code": "EUR"}, "until": "2026-10-31T23:59:59Z",
        "accountSettlements": [{"id": AS_JANE, "accountId": JANE,
            "amount": {"value": "1234.567890123456789"}, "currency": {"code": "EUR"}}]
    });
    schema::check_response("POST", SETTLE, &created.to_string());
    let (output, server) = run(&args, vec![answer("open_balances"), answer_json(created)]);
    let stderr = exits(&output, 0);
    let types = "filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_PAY_PAL\
                 &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_SEPA";
    assert_eq!(
        lines(&server),
        [
            open_balances_line(&format!("filter.until=2026-10-31T23%3A59%3A59Z&{types}")),
            format!("POST {SETTLE}"),
        ]
    );
    assert_eq!(
        body(&sent(&server)[1]),
        json!({
            "filter": {"until": "2026-10-31T23:59:59Z",
                       "defaultPaymentMethodTypes": ["PAYMENT_METHOD_TYPE_PAY_PAL",
                                                     "PAYMENT_METHOD_TYPE_SEPA"]},
            "accountIds": [JANE]
        })
    );
    assert!(
        stderr.contains(&format!("skipping {ACME}: no billing details")),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "skipping 0d5e7a29-1111-4c2b-9e8f-aaaaaaaaaaaa: no open balance that the filter selects"
        ),
        "{stderr}"
    );
    assert_eq!(
        results(&output),
        pairs(&[(JANE, "succeeded"), (JANE, "part_succeeded")])
    );
}

#[test]
fn settle_without_until_sends_the_moment_it_read_the_balances() {
    let before = chrono::Utc::now() - chrono::TimeDelta::seconds(1);
    let (output, server) = run(
        &words("trackdesk settle --yes -o json"),
        vec![answer("open_balances"), answer("settle_balances")],
    );
    let after = chrono::Utc::now() + chrono::TimeDelta::seconds(1);
    ok(&output);
    let requests = sent(&server);
    let query = &requests[0].query;
    let until = query
        .strip_prefix("filter.until=")
        .and_then(|q| q.strip_suffix(&format!("&{FIRST_PAGE}")))
        .unwrap_or_else(|| panic!("{query}"))
        .replace("%3A", ":");
    let sent_until = body(&requests[1])["filter"]["until"].clone();
    assert_eq!(
        sent_until,
        json!(until),
        "the POST covers what the GET read"
    );
    let at = chrono::DateTime::parse_from_rfc3339(&until).unwrap();
    assert!(until.ends_with('Z') && !until.contains('.'), "{until}");
    assert!(before <= at && at <= after, "{until}");
}

#[test]
fn settle_reads_every_page_before_it_posts() {
    let page = |from: usize, to: usize| {
        let balances: Vec<Value> = (from..to)
            .rev()
            .map(|i| open_balance(&format!("acc-{i:03}"), "10.01"))
            .collect();
        answer_json(json!({"balances": balances, "pagination": {"totalCount": 101}}))
    };
    let created = json!({"id": SETTLEMENT, "accountSettlements": (0..101)
        .map(|i| json!({"id": format!("as-{i:03}"), "accountId": format!("acc-{i:03}"),
                        "amount": {"value": "10.01"}, "currency": {"code": "EUR"}}))
        .collect::<Vec<_>>()});
    let (output, server) = run(
        &settle_october(),
        vec![page(1, 101), page(0, 1), answer_json(created)],
    );
    let stderr = exits(&output, 0);
    let until = "filter.until=2026-10-31T23%3A59%3A59Z";
    assert_eq!(
        lines(&server),
        [
            format!("GET {OPEN}?{until}&pagination.limit=100&pagination.offset=0"),
            format!("GET {OPEN}?{until}&pagination.limit=100&pagination.offset=100"),
            format!("POST {SETTLE}"),
        ]
    );
    let ids: Vec<String> = (0..101).map(|i| format!("acc-{i:03}")).collect();
    assert_eq!(body(&sent(&server)[2])["accountIds"], json!(ids));
    assert!(stderr.contains("total 1011.01 EUR"), "{stderr}");
    assert_eq!(rows(&output).len(), 102);
}

#[test]
fn settle_without_yes_and_without_a_terminal_posts_nothing() {
    let (output, server) = run(
        &words("trackdesk settle --until 2026-10-31"),
        vec![answer("open_balances"), answer("settle_balances")],
    );
    let stderr = exits(&output, 7);
    assert!(stderr.contains("confirmation required"), "{stderr}");
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_eq!(
        lines(&server),
        [open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z")]
    );
}

#[test]
fn dry_run_reads_the_balances_and_shows_the_post_it_would_send() {
    let args = [
        "trackdesk",
        "settle",
        "--until",
        "2026-10-31",
        "--account",
        JANE,
        "--account",
        BOB,
        "--note",
        "Q4",
        "--dry-run",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("open_balances")]);
    let planned = rows(&output);
    let stderr = exits(&output, 0);
    assert_eq!(
        lines(&server),
        [open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z")]
    );
    assert_eq!(planned.len(), 1, "{planned:?}");
    assert_eq!(planned[0]["method"], "POST");
    assert_eq!(
        text(&planned[0]["url"]),
        format!("{}{SETTLE}", server.url())
    );
    let shown = text(&planned[0]["body"]);
    schema::check_request("POST", SETTLE, &shown);
    assert_eq!(
        serde_json::from_str::<Value>(&shown).unwrap(),
        json!({"filter": {"until": "2026-10-31T23:59:59Z"}, "accountIds": [BOB, JANE],
               "note": "Q4"})
    );
    assert!(stderr.contains("dry run, nothing is sent"), "{stderr}");
    assert!(
        stderr.contains(&format!("{JANE} 1234.567890123456789 EUR")),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("{BOB} 250.10 EUR")), "{stderr}");
}

#[test]
fn max_total_below_the_plan_refuses_before_the_post() {
    let args = [settle_october(), vec!["--max-total", "1000"]].concat();
    let (output, server) = run(
        &args,
        vec![answer("open_balances"), answer("settle_balances")],
    );
    let stderr = exits(&output, 7);
    assert!(
        stderr.contains("the plan's total 1484.667890123456789 EUR exceeds --max-total 1000"),
        "{stderr}"
    );
    assert_eq!(
        lines(&server),
        [open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z")]
    );

    // The limit is exact to the last digit: equal passes, one unit less does not.
    let dry = words("trackdesk settle --until 2026-10-31 --dry-run --max-total");
    let (output, _) = run(
        &[dry.clone(), vec!["1484.667890123456789"]].concat(),
        vec![answer("open_balances")],
    );
    ok(&output);
    let (output, _) = run(
        &[dry, vec!["1484.667890123456788"]].concat(),
        vec![answer("open_balances")],
    );
    exits(&output, 7);
}

// ---- Settle: what comes back -------------------------------------------------------------

#[test]
fn per_account_errors_are_failed_parts_with_the_plans_amounts() {
    let (output, server) = run(
        &settle_october(),
        vec![answer("open_balances"), answer("settle_balances_partial")],
    );
    let reported = rows(&output);
    let stderr = exits(&output, 8);
    assert_eq!(lines(&server).len(), 2);
    assert_eq!(
        body(&sent(&server)[1])["accountIds"],
        json!([BOB, LENA, JANE])
    );
    let brief: Vec<(String, Value, Value, String, Value)> = reported
        .iter()
        .map(|r| {
            (
                text(&r["target"]),
                r["amount"].clone(),
                r["currency"].clone(),
                text(&r["result"]),
                r["reference"].clone(),
            )
        })
        .collect();
    let target = text(&reported[0]["target"]);
    assert_eq!(
        brief,
        [
            (
                target,
                Value::Null,
                Value::Null,
                "succeeded".into(),
                json!("6ba7b810-9dad-41d1-80b4-00c04fd430c8")
            ),
            (
                JANE.into(),
                json!("1234.567890123456789"),
                json!("EUR"),
                "part_succeeded".into(),
                json!(AS_JANE)
            ),
            (
                BOB.into(),
                json!("250.10"),
                json!("EUR"),
                "part_failed".into(),
                Value::Null
            ),
            (
                LENA.into(),
                json!("80.00"),
                json!("USD"),
                "part_failed".into(),
                Value::Null
            ),
        ]
    );
    assert_eq!(
        reported[2]["detail"],
        "account has no default payment method"
    );
    assert_eq!(
        reported[3]["detail"],
        "Trackdesk neither settled this account nor reported an error for it"
    );
    assert_eq!(
        text(&reported[0]["detail"]),
        format!(
            "1 account settlement(s) created for 1234.567890123456789 EUR; not settled: \
             {BOB}: account has no default payment method; \
             {LENA}: Trackdesk neither settled this account nor reported an error for it"
        )
    );
    assert!(
        stderr.contains("2 of 3 part(s) failed; see the rows marked part_failed"),
        "{stderr}"
    );
}

#[test]
fn a_failed_account_with_two_currencies_reports_both_amounts() {
    // No default payment method (the usual reason Trackdesk refuses an account), so the plan
    // has one line per currency for it.
    let mut open = fixture_json("open_balances");
    let lena = &mut open["balances"][3];
    lena["defaultPaymentMethod"] = json!({
        "paymentMethodType": "PAYMENT_METHOD_TYPE_UNSPECIFIED",
        "paymentMethodCurrency": {}, "openBalance": {}
    });
    let answer_body = json!({
        "accountSettlements": [],
        "errors": [{"accountId": LENA, "error": "account has no default payment method"}]
    });
    let args = [
        "trackdesk",
        "settle",
        "--account",
        LENA,
        "--until",
        "2026-10-31",
        "--yes",
        "-o",
        "json",
    ];
    let (output, _) = run(&args, vec![answer_json(open), answer_json(answer_body)]);
    exits(&output, 8);
    let failed: Vec<Value> = rows(&output)
        .into_iter()
        .filter(|r| r["result"] == "part_failed")
        .collect();
    let mut failed = pluck(&failed, &["amount", "currency"]);
    failed.sort_by_key(|pair| pair[1].to_string());
    assert_eq!(failed, [json!(["27.65", "EUR"]), json!(["50.00", "USD"])]);
}

#[test]
fn a_rerun_of_the_same_batch_sends_no_second_settlement() {
    let env = home();
    // The default batch is today's date; a named one keeps a run across midnight in one batch.
    let settle = [settle_october(), vec!["--batch", "october"]].concat();
    let (output, server) = run_in(
        &env,
        &settle,
        vec![answer("open_balances"), answer("settle_balances")],
    );
    ok(&output);
    assert_eq!(lines(&server).len(), 2);
    let first = rows(&output);

    // Trackdesk has not caught up: the same balances are still open. The journal knows.
    let (output, server) = run_in(&env, &settle, vec![answer("open_balances")]);
    let stderr = exits(&output, 0);
    assert_eq!(
        lines(&server),
        [open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z")]
    );
    let again = rows(&output);
    assert_eq!(again.len(), 1, "{again:?}");
    assert_eq!(again[0]["key"], first[0]["key"]);
    assert_eq!(again[0]["target"], first[0]["target"]);
    assert_eq!(again[0]["result"], "already_done");
    assert_eq!(again[0]["reference"], SETTLEMENT);
    assert_eq!(again[0]["detail"], "done earlier in batch october");
    assert!(stderr.contains("1 already_done"), "{stderr}");

    // Another batch is another settlement, on purpose.
    let args = [settle_october(), vec!["--batch", "october-again"]].concat();
    let (output, server) = run_in(
        &env,
        &args,
        vec![answer("open_balances"), answer("settle_balances")],
    );
    ok(&output);
    assert_eq!(
        lines(&server),
        [
            open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z"),
            format!("POST {SETTLE}"),
        ]
    );
    assert_eq!(rows(&output)[0]["result"], "succeeded");
}

#[test]
fn a_settlement_that_settled_nothing_is_not_done() {
    let env = home();
    let settle = [settle_october(), vec!["--batch", "october"]].concat();
    let errors = json!({
        "accountSettlements": [],
        "errors": [
            {"accountId": BOB, "error": "account has no default payment method"},
            {"accountId": LENA, "error": "account has no default payment method"},
            {"accountId": JANE, "error": "account has no default payment method"}
        ]
    });
    schema::check_response("POST", SETTLE, &errors.to_string());
    let (output, server) = run_in(
        &env,
        &settle,
        vec![answer("open_balances"), answer_json(errors)],
    );
    exits(&output, 8);
    assert_eq!(lines(&server).len(), 2);

    // The payment methods are fixed; the balances are still open, as nothing was settled.
    let (output, server) = run_in(
        &env,
        &settle,
        vec![answer("open_balances"), answer("settle_balances")],
    );
    let reported = results(&output);
    assert_eq!(
        lines(&server),
        [
            open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z"),
            format!("POST {SETTLE}"),
        ],
        "{reported:?}"
    );
    ok(&output);
}

#[test]
fn a_settle_post_answered_500_or_dropped_is_unknown_and_never_sent_again() {
    let settle = [settle_october(), vec!["--batch", "october"]].concat();
    for reply in [grpc(500, 13, "internal error"), Reply::Drop] {
        let env = home();
        let what = format!("{reply:?}");
        let (output, server) = run_in(&env, &settle, vec![answer("open_balances"), reply]);
        let stderr = exits(&output, 9);
        assert_eq!(lines(&server).len(), 2, "{what}: one POST, not repeated");
        assert_eq!(rows(&output)[0]["result"], "unknown", "{what}");
        assert!(stderr.contains("unknown outcome"), "{what}: {stderr}");

        let (output, server) = run_in(
            &env,
            &settle,
            vec![answer("open_balances"), answer("settle_balances")],
        );
        let stderr = exits(&output, 9);
        assert_eq!(
            lines(&server),
            [open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z")],
            "{what}"
        );
        let again = rows(&output);
        assert_eq!(again[0]["result"], "unknown", "{what}");
        assert!(
            text(&again[0]["detail"]).contains("never learned the outcome"),
            "{what}: {again:?}"
        );
        assert!(
            stderr.contains("affpay journal resolve"),
            "{what}: {stderr}"
        );
    }
}

#[test]
fn an_unreadable_200_to_the_settle_post_is_not_a_failure() {
    let env = home();
    let (output, server) = run_in(
        &env,
        &settle_october(),
        vec![
            answer("open_balances"),
            Reply::json(200, "{\"id\": \"f47ac10b-58cc"),
        ],
    );
    assert_eq!(lines(&server).len(), 2);
    // Trackdesk said 200: it settled. Whatever affpay reports, it is not "nothing happened".
    exits(&output, 9);
    let row = &rows(&output)[0];
    assert_eq!(row["result"], "unknown");
    let detail = text(&row["detail"]);
    assert!(detail.contains("not the expected JSON"), "{detail}");
    assert!(detail.contains("may have been carried out"), "{detail}");

    let (output, server) = run_in(
        &env,
        &settle_october(),
        vec![answer("open_balances"), answer("settle_balances")],
    );
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 1, "the POST was sent a second time");
}

// ---- Status changes, deletes, billing details, payment methods ---------------------------

#[test]
fn a_status_set_back_and_forth_the_same_day_is_sent_every_time() {
    // Setting a status is harmless to repeat, and paid → new → paid must end paid: each run
    // is its own batch, unless --batch names one.
    let env = home();
    let mark = |status: &str, batch: &[&str]| {
        let mut args = vec!["trackdesk", "payouts", "mark", AS_BOB, "--status", status];
        args.extend(batch);
        args.extend(["--yes", "-o", "json"]);
        let (output, server) = run_in(&env, &args, vec![answer_json(json!({}))]);
        ok(&output);
        (results(&output), sent(&server))
    };
    let mut statuses = Vec::new();
    for status in ["paid", "new", "paid"] {
        let (_, requests) = mark(status, &[]);
        assert_eq!(requests.len(), 1, "mark {status} was not sent");
        statuses.push(body(&requests[0])["status"].clone());
    }
    assert_eq!(
        statuses,
        [
            json!("ACCOUNT_SETTLEMENT_STATUS_PAID"),
            json!("ACCOUNT_SETTLEMENT_STATUS_NEW"),
            json!("ACCOUNT_SETTLEMENT_STATUS_PAID")
        ]
    );
    let (first, _) = mark("in-progress", &["--batch", "run-1"]);
    assert_eq!(first, pairs(&[(AS_BOB, "succeeded")]));
    let (again, requests) = mark("in-progress", &["--batch", "run-1"]);
    assert_eq!(again, pairs(&[(AS_BOB, "already_done")]));
    assert!(requests.is_empty());
}

#[test]
fn mark_puts_the_status_once_per_id() {
    let args = [
        "trackdesk",
        "payouts",
        "mark",
        AS_JANE,
        AS_BOB,
        AS_JANE,
        "--status",
        "in-progress",
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer_json(json!({})), answer_json(json!({}))]);
    let reported = rows(&output);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            format!("PUT {BILLING}/account-settlements/{AS_JANE}/status"),
            format!("PUT {BILLING}/account-settlements/{AS_BOB}/status"),
        ]
    );
    for request in &requests {
        assert_eq!(
            body(request),
            json!({"status": "ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"})
        );
    }
    assert_eq!(
        results(&output),
        pairs(&[(AS_JANE, "succeeded"), (AS_BOB, "succeeded")])
    );
    assert_eq!(reported[0]["detail"], "status=in-progress");

    for (status, wire) in [
        ("paid", "ACCOUNT_SETTLEMENT_STATUS_PAID"),
        ("NEW", "ACCOUNT_SETTLEMENT_STATUS_NEW"),
    ] {
        let args = [
            "trackdesk",
            "payouts",
            "mark",
            AS_BOB,
            "--status",
            status,
            "--yes",
        ];
        let (output, server) = run(&args, vec![answer_json(json!({}))]);
        ok(&output);
        assert_eq!(body(&sent(&server)[0]), json!({"status": wire}));
    }
}

#[test]
fn a_tipalti_row_refuses_a_manual_status_and_the_others_go_through() {
    let args = [
        "trackdesk",
        "payouts",
        "mark",
        AS_JANE,
        AS_MARCO,
        AS_BOB,
        "--status",
        "paid",
        "--yes",
        "-o",
        "json",
    ];
    let script = vec![
        answer_json(json!({})),
        Reply::json(400, &fixture("trackdesk/error_tipalti.json")),
        answer_json(json!({})),
    ];
    let (output, server) = run(&args, script);
    let reported = rows(&output);
    let stderr = exits(&output, 8);
    assert_eq!(lines(&server).len(), 3);
    assert_eq!(
        results(&output),
        pairs(&[
            (AS_JANE, "succeeded"),
            (AS_MARCO, "failed"),
            (AS_BOB, "succeeded")
        ])
    );
    let why = text(&reported[1]["detail"]);
    assert!(
        why.contains(
            "FAILED_PRECONDITION: manual status change is forbidden for Tipalti settlements"
        ),
        "{why}"
    );
    assert!(stderr.contains("1 of 3 request(s) failed"), "{stderr}");
}

#[test]
fn cancel_deletes_each_account_settlement_without_a_body() {
    let args = [
        "trackdesk",
        "cancel",
        AS_JANE,
        AS_BOB,
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer_json(json!({})), answer_json(json!({}))]);
    let reported = rows(&output);
    let stderr = exits(&output, 0);
    assert_eq!(
        lines(&server),
        [
            format!("DELETE {BILLING}/account-settlements/{AS_JANE}"),
            format!("DELETE {BILLING}/account-settlements/{AS_BOB}"),
        ]
    );
    for request in sent(&server) {
        no_body(&request);
    }
    assert_eq!(
        results(&output),
        pairs(&[(AS_JANE, "succeeded"), (AS_BOB, "succeeded")])
    );
    assert_eq!(reported[1]["detail"], "deleted");
    assert!(stderr.contains("open balance again"), "{stderr}");
}

#[test]
fn allow_paid_without_a_settlement_is_refused() {
    let server = MockServer::start(vec![]);
    let output = home()
        .provider("trackdesk", server.url(), KEY)
        .args(["trackdesk", "cancel", AS_MARCO, "--allow-paid", "--dry-run"])
        .output()
        .unwrap();
    let stderr = exits(&output, 2);
    assert!(stderr.contains("--settlement"), "{stderr}");
    assert_eq!(server.lines(), Vec::<String>::new());
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

#[test]
fn cancel_settlement_reads_it_then_deletes_it_and_shows_how_much() {
    let args = [
        "trackdesk",
        "cancel",
        "--settlement",
        SETTLEMENT,
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![settlement_all_new(), answer_json(json!({}))]);
    let stderr = exits(&output, 0);
    assert_eq!(
        lines(&server),
        [
            format!("GET {BILLING}/settlements/{SETTLEMENT}"),
            format!("DELETE {BILLING}/settlements/{SETTLEMENT}"),
        ]
    );
    for request in sent(&server) {
        no_body(&request);
    }
    assert_eq!(results(&output), pairs(&[(SETTLEMENT, "succeeded")]));
    assert!(
        stderr.contains(&format!(
            "deletes settlement {SETTLEMENT} and its 3 account settlement(s) (3 new)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("total 1484.667890123456789 EUR + 75.5 USD"),
        "{stderr}"
    );

    // Without --yes the same summary asks for confirmation, and nothing is deleted.
    let args = ["trackdesk", "cancel", "--settlement", SETTLEMENT];
    let (output, server) = run(&args, vec![settlement_all_new(), answer_json(json!({}))]);
    let stderr = exits(&output, 7);
    assert!(
        stderr.contains("confirmation required for cancel-settlement on trackdesk")
            && stderr.contains("total 1484.667890123456789 EUR + 75.5 USD"),
        "{stderr}"
    );
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/settlements/{SETTLEMENT}")]
    );
}

#[test]
fn cancel_settlement_with_paid_or_in_progress_rows_needs_allow_paid() {
    let args = ["trackdesk", "cancel", "--settlement", SETTLEMENT, "--yes"];
    let (output, server) = run(&args, vec![answer("settlement"), answer_json(json!({}))]);
    let stderr = exits(&output, 2);
    assert!(
        stderr.contains(&format!(
            "2 account settlement(s) paid or in progress ({AS_BOB} in-progress, {AS_MARCO} paid)"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--allow-paid"), "{stderr}");
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/settlements/{SETTLEMENT}")]
    );

    let dry = [
        "trackdesk",
        "cancel",
        "--settlement",
        SETTLEMENT,
        "--allow-paid",
        "--dry-run",
    ];
    let (output, server) = run(&dry, vec![answer("settlement")]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("3 account settlement(s) (1 in-progress, 1 new, 1 paid)")
            && stderr.contains("total 1484.667890123456789 EUR + 75.5 USD"),
        "{stderr}"
    );
    assert_eq!(lines(&server).len(), 1);

    let allowed = [&args[..], &["--allow-paid", "-o", "json"]].concat();
    let (output, server) = run(&allowed, vec![answer("settlement"), answer_json(json!({}))]);
    ok(&output);
    assert_eq!(
        lines(&server),
        [
            format!("GET {BILLING}/settlements/{SETTLEMENT}"),
            format!("DELETE {BILLING}/settlements/{SETTLEMENT}"),
        ]
    );
}

#[test]
fn billing_details_are_sent_with_upper_case_codes() {
    let args = [
        "trackdesk",
        "billing-details",
        "set",
        "--account",
        ACME,
        "--name",
        "Acme Media Ltd",
        "--country",
        "us",
        "--address-line1",
        "500 Market St",
        "--address-line2",
        "Suite 12",
        "--city",
        "San Francisco",
        "--postal-code",
        "94105",
        "--subdivision",
        "ca",
        "--vat",
        "US-94-1234567",
        "--invoicing-email",
        "ap@acme-media.example",
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("billing_detail")]);
    let reported = rows(&output);
    ok(&output);
    assert_eq!(lines(&server), ["POST /api/node/billing-details/v1"]);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({
            "accountId": ACME, "name": "Acme Media Ltd", "countryCode": "US",
            "addressLine1": "500 Market St", "addressLine2": "Suite 12",
            "city": "San Francisco", "postalCode": "94105", "vat": "US-94-1234567",
            "subdivisionCode": "CA", "invoicingEmail": "ap@acme-media.example"
        })
    );
    assert_eq!(results(&output), pairs(&[(ACME, "succeeded")]));
    assert_eq!(
        reported[0]["reference"],
        "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8"
    );

    let args = [
        "trackdesk",
        "billing-details",
        "set",
        "--account",
        JANE,
        "--name",
        "Jane Doe",
        "--country",
        "ie",
        "--yes",
    ];
    let (output, server) = run(&args, vec![answer("billing_detail")]);
    ok(&output);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"accountId": JANE, "name": "Jane Doe", "countryCode": "IE"})
    );
}

#[test]
fn payment_methods_add_sends_one_data_object_of_the_type() {
    let cases: [(&[&str], Value); 6] = [
        (
            &[
                "--type",
                "paypal",
                "--currency",
                "eur",
                "--email",
                "jane.doe@example.com",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_PAY_PAL", "currency": {"code": "EUR"},
                   "data": {"payPal": {"email": "jane.doe@example.com"}}}),
        ),
        (
            &[
                "--type",
                "sepa",
                "--currency",
                "EUR",
                "--iban",
                "CZ6508000000192000145399",
                "--beneficiary-name",
                "Jane Doe",
                "--bic",
                "GIBACZPX",
                "--note",
                "main account",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_SEPA", "currency": {"code": "EUR"},
                   "data": {"sepa": {"iban": "CZ6508000000192000145399",
                                     "beneficiaryName": "Jane Doe", "bic": "GIBACZPX",
                                     "note": "main account"}}}),
        ),
        (
            &[
                "--type",
                "bank-transfer",
                "--currency",
                "USD",
                "--bank-account-number",
                "000123456789",
                "--bank-name",
                "First Bank",
                "--bank-address",
                "1 Wall St, New York",
                "--swift",
                "FBNKUS33",
                "--aba",
                "021000021",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_BANK_TRANSFER", "currency": {"code": "USD"},
                   "data": {"bankTransfer": {"bankAccountNumber": "000123456789",
                                             "bankName": "First Bank",
                                             "bankAddress": "1 Wall St, New York",
                                             "swift": "FBNKUS33", "aba": "021000021"}}}),
        ),
        (
            &[
                "--type",
                "payoneer",
                "--currency",
                "USD",
                "--email",
                "jane@payoneer.example",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_PAYONEER", "currency": {"code": "USD"},
                   "data": {"payoneer": {"email": "jane@payoneer.example"}}}),
        ),
        (
            &[
                "--type",
                "direct-deposit",
                "--currency",
                "USD",
                "--account-number",
                "123",
                "--account-holder",
                "Jane Doe",
                "--routing-number",
                "021000021",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_DIRECT_DEPOSIT", "currency": {"code": "USD"},
                   "data": {"directDeposit": {"accountNumber": "123",
                                              "accountHolder": "Jane Doe",
                                              "bankRoutingNumber": "021000021"}}}),
        ),
        (
            &[
                "--type",
                "usdt",
                "--currency",
                "USD",
                "--wallet-address",
                "TXyz123",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_USDT", "currency": {"code": "USD"},
                   "data": {"usdt": {"cryptoWalletAddress": "TXyz123"}}}),
        ),
    ];
    for (extra, expected) in cases {
        let args = [
            &[
                "trackdesk",
                "payment-methods",
                "add",
                "--account",
                JANE,
                "--yes",
                "-o",
                "json",
            ],
            extra,
        ]
        .concat();
        let (output, server) = run(&args, vec![answer("payment_method")]);
        let reported = rows(&output);
        ok(&output);
        assert_eq!(lines(&server), ["POST /api/node/payment-methods/v1"]);
        let mut expected = expected;
        expected["accountId"] = json!(JANE);
        let sent_body = body(&sent(&server)[0]);
        assert_eq!(sent_body, expected, "{extra:?}");
        assert_eq!(sent_body["data"].as_object().unwrap().len(), 1);
        assert_eq!(reported[0]["target"], JANE);
        assert_eq!(reported[0]["reference"], PAYMENT_METHOD);
        assert_eq!(
            reported[0]["detail"],
            "type=paypal currency=EUR default=true"
        );
    }
}

#[test]
fn payment_methods_update_patches_only_what_was_given() {
    let args = [
        "trackdesk",
        "payment-methods",
        "update",
        PAYMENT_METHOD,
        "--type",
        "sepa",
        "--iban",
        "DE89370400440532013000",
        "--beneficiary-name",
        "Jane Doe",
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("payment_method")]);
    ok(&output);
    let path = format!("/api/node/payment-methods/v1/{PAYMENT_METHOD}");
    assert_eq!(lines(&server), [format!("PATCH {path}")]);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"type": "PAYMENT_METHOD_TYPE_SEPA",
               "data": {"sepa": {"iban": "DE89370400440532013000",
                                 "beneficiaryName": "Jane Doe"}}})
    );
    assert_eq!(results(&output), pairs(&[(PAYMENT_METHOD, "succeeded")]));

    let args = [
        "trackdesk",
        "payment-methods",
        "update",
        PAYMENT_METHOD,
        "--type",
        "paypal",
        "--currency",
        "gbp",
        "--yes",
    ];
    let (output, server) = run(&args, vec![answer("payment_method")]);
    ok(&output);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"type": "PAYMENT_METHOD_TYPE_PAY_PAL", "currency": {"code": "GBP"}})
    );
}

// ---- Bad input is refused before anything is sent ------------------------------------------

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let server = MockServer::start(vec![]);
    let env = Env::new();
    let add = "trackdesk payment-methods add --account a1 --yes";
    let cases = [
        (
            "trackdesk payouts mark as-1 --status error --yes".to_string(),
            "cannot be set by hand",
        ),
        (
            "trackdesk payouts mark as-1 --status done --yes".into(),
            "use new, in-progress or paid",
        ),
        (
            format!("{add} --type payoneer --currency EUR"),
            "payoneer requires --email",
        ),
        (
            format!("{add} --type payoneer --currency EUR --note n"),
            "payoneer requires --email",
        ),
        (
            format!("{add} --type paypal --currency EUR --email a@b.cz --iban X"),
            "--iban does not apply to paypal",
        ),
        (
            format!("{add} --type sepa --currency EUR --note only-a-note"),
            "needs its details",
        ),
        (
            format!("{add} --type paypal --currency EU --email a@b.cz"),
            "--currency 'EU' is not a code of 3 letters",
        ),
        (
            format!("{add} --type paypal --currency EU1 --email a@b.cz"),
            "--currency 'EU1'",
        ),
        (
            format!("{add} --type cash --currency EUR --email a@b.cz"),
            "not a payment method type",
        ),
        (
            "trackdesk payment-methods update pm-1 --type sepa --yes".into(),
            "nothing to change",
        ),
        (
            "trackdesk billing-details set --account a1 --name N --country CZE --yes".into(),
            "--country 'CZE' is not a code of 2 letters",
        ),
        (
            "trackdesk billing-details set --account a1 --name N --country CZ \
             --invoicing-email nope --yes"
                .into(),
            "not an email address",
        ),
        (
            "trackdesk billing-details set --account a1 --name N --country US \
             --subdivision US-CA --yes"
                .into(),
            "--subdivision 'US-CA' is not a code of 1 to 3 letters or digits",
        ),
        (
            "trackdesk balance --min-amount 1e3".into(),
            "--min-amount '1e3' is not a decimal amount",
        ),
        (
            "trackdesk settle --min-amount 1e3 --yes".into(),
            "'1e3' is not a decimal amount",
        ),
        (
            "trackdesk settle --min-amount=-5 --yes".into(),
            "must not be negative",
        ),
        (
            "trackdesk settle --max-total 0 --yes".into(),
            "must be greater than zero",
        ),
        (
            "trackdesk payouts show a/b".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk balance show a/b".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk cancel ok-1 a/b --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk cancel --settlement ../x --yes".into(),
            "'../x' is not a Trackdesk id",
        ),
        (
            "trackdesk settle --account a/b --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk payouts mark a?b --status paid --yes".into(),
            "'a?b' is not a Trackdesk id",
        ),
        (
            "trackdesk payment-methods update a/b --type sepa --iban X --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk billing-details set --account a/b --name N --country CZ --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        ("trackdesk balance --until 2026-02-30".into(), "2026-02-30"),
        (
            "trackdesk settle --until 2026-02-30 --yes".into(),
            "2026-02-30",
        ),
        (
            "trackdesk payouts --from 2026-11-01 --to 2026-10-31".into(),
            "--from 2026-11-01T00:00:00Z is after --to 2026-10-31T23:59:59Z",
        ),
        (
            "trackdesk payouts mark as-1 as-2 --status paid --idempotency-key k --yes".into(),
            "names a single request",
        ),
    ];
    for (line, why) in &cases {
        let output = env
            .provider("trackdesk", server.url(), KEY)
            .args(line.split_whitespace())
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        assert!(stderr.contains(why), "{line}: {stderr}");
    }
    assert_eq!(server.lines(), Vec::<String>::new());
}

// ---- Reading the wire: int64, Decimal, proto3 defaults -------------------------------------

#[test]
fn int64_counters_read_as_strings_or_numbers() {
    let as_string = fixture("trackdesk/open_balances.json");
    let as_number = as_string.replace(
        "\"openBalanceConversionCount\": \"17\"",
        "\"openBalanceConversionCount\": 17",
    );
    assert_ne!(as_string, as_number);
    let args = words("trackdesk balance -o json");
    let (output, _) = run(&args, vec![Reply::json(200, &as_string)]);
    let from_string = rows(&output);
    let (output, _) = run(&args, vec![Reply::json(200, &as_number)]);
    assert_eq!(rows(&output), from_string);
    assert_eq!(
        pluck(&from_string, &["conversions", "conversion_sources"]),
        [json!([17, 4]), json!([3, 1]), json!([5, 2]), json!([9, 3])]
    );

    let (output, _) = run(
        &words("trackdesk payouts settlements -o json"),
        vec![answer("settlements")],
    );
    let counters: Vec<[Value; 4]> = rows(&output)
        .iter()
        .map(|s| {
            [
                s["new"].clone(),
                s["in_progress"].clone(),
                s["paid"].clone(),
                s["error"].clone(),
            ]
        })
        .collect();
    assert_eq!(
        counters,
        [
            [json!(1), json!(1), json!(1), json!(0)],
            [json!(0), json!(2), json!(40), json!(1)],
        ]
    );

    // Beyond 2^53 a float would change the digits; a string keeps them.
    let big = fixture("trackdesk/settlements.json").replace(
        "\"paidAccountSettlementsCount\": \"1\"",
        "\"paidAccountSettlementsCount\": \"9007199254740993\"",
    );
    let (output, _) = run(
        &words("trackdesk payouts settlements -o json"),
        vec![Reply::json(200, &big)],
    );
    assert_eq!(rows(&output)[0]["paid"].to_string(), "9007199254740993");
}

#[test]
fn decimals_come_out_digit_for_digit_in_json_and_csv() {
    let (output, _) = run(
        &words("trackdesk balance -o csv"),
        vec![answer("open_balances")],
    );
    assert_eq!(
        csv_column(&output, "open_balance"),
        ["1234.567890123456789", "250.10", "99.99", "77.65"]
    );
    let (output, _) = run(
        &words("trackdesk balance -o csv"),
        vec![answer("open_balances")],
    );
    assert_eq!(
        csv_column(&output, "payment_method_open_balance"),
        ["1234.567890123456789", "250.10", "", "80.00"]
    );

    let (output, _) = run(
        &words("trackdesk payouts -o csv"),
        vec![answer("account_settlements")],
    );
    assert_eq!(
        csv_column(&output, "amount"),
        ["1234.567890123456789", "250.10", "75.5"]
    );

    let (output, _) = run(
        &words("trackdesk payouts -o json"),
        vec![answer("account_settlements")],
    );
    let amounts: Vec<Value> = rows(&output).iter().map(|r| r["amount"].clone()).collect();
    assert_eq!(
        amounts,
        [
            json!("1234.567890123456789"),
            json!("250.10"),
            json!("75.5")
        ]
    );
}

#[test]
fn omitted_decimals_and_counters_read_as_zero() {
    // proto3 leaves out a zero Decimal's value, or the whole field, and a zero counter.
    let sparse = json!({"balances": [
        {"accountId": "acc-zero", "name": "Zero", "hasBillingDetails": true,
         "onHoldBalance": {}, "balancesByCurrency": [{"currency": {"code": "EUR"}}]}
    ]});
    let (output, _) = run(
        &words("trackdesk balance -o json"),
        vec![answer_json(sparse.clone())],
    );
    assert_eq!(
        rows(&output),
        [json!({
            "account_id": "acc-zero", "name": "Zero", "open_balance": "0",
            "on_hold_balance": "0", "currency": "EUR", "payment_method": null,
            "payment_method_currency": null, "payment_method_open_balance": null,
            "has_billing_details": true, "conversions": 0, "conversion_sources": 0,
            "by_currency": [{"currency": "EUR", "open_balance": "0", "on_hold_balance": "0"}]
        })]
    );

    // Nothing open, nothing to settle: no POST.
    let (output, server) = run(&settle_october(), vec![answer_json(sparse)]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("skipping acc-zero: no open balance to settle"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing to settle"), "{stderr}");
    assert_eq!(lines(&server).len(), 1);

    let (output, _) = run(
        &words("trackdesk payouts settlements -o json"),
        vec![answer_json(json!({"settlements": [{"id": "s-0"}]}))],
    );
    let listed = rows(&output);
    assert_eq!(
        (
            &listed[0]["amount"],
            &listed[0]["new"],
            &listed[0]["error"],
            &listed[0]["amounts"]
        ),
        (&json!("0"), &json!(0), &json!(0), &json!([]))
    );
}

// ---- Errors ------------------------------------------------------------------------------

#[test]
fn a_grpc_error_becomes_one_line_with_its_code_name() {
    let args = [
        "trackdesk",
        "payouts",
        "show",
        "6ba7b810-9dad-41d1-80b4-00c04fd430c8",
    ];
    let (output, server) = run(
        &args,
        vec![Reply::json(404, &fixture("trackdesk/error.json"))],
    );
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("NOT_FOUND: settlement 6ba7b810-9dad-41d1-80b4-00c04fd430c8 not found"),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert_eq!(lines(&server).len(), 1, "a 404 is not retried");

    let (output, _) = run(
        &args,
        vec![Reply::json(400, &fixture("trackdesk/error_tipalti.json"))],
    );
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains(
            "FAILED_PRECONDITION: manual status change is forbidden for Tipalti settlements \
             (details: type.googleapis.com/google.rpc.ErrorInfo)"
        ),
        "{stderr}"
    );
}

#[test]
fn a_refused_key_exits_4() {
    let args = words("trackdesk balance");
    let (output, server) = run(
        &args,
        vec![Reply::json(
            401,
            &fixture("trackdesk/error_unauthenticated.json"),
        )],
    );
    let stderr = exits(&output, 4);
    assert!(
        stderr.contains("UNAUTHENTICATED: invalid API key"),
        "{stderr}"
    );
    assert!(stderr.contains("affpay auth login trackdesk"), "{stderr}");
    assert_eq!(lines(&server).len(), 1);

    let (output, _) = run(
        &args,
        vec![Reply::json(
            403,
            &fixture("trackdesk/error_permission.json"),
        )],
    );
    let stderr = exits(&output, 4);
    assert!(
        stderr.contains("PERMISSION_DENIED: the API key may not use the billing API"),
        "{stderr}"
    );
}

#[test]
fn a_body_that_is_not_the_grpc_shape_still_shows_what_it_says() {
    let args = words("trackdesk balance");
    let (output, _) = run(
        &args,
        vec![Reply::json(
            400,
            "<html><body>400 Bad Request: header too large</body></html>",
        )],
    );
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("<html><body>400 Bad Request: header too large</body></html>"),
        "{stderr}"
    );

    let (output, _) = run(
        &args,
        vec![Reply::json(200, "{\"balances\": [{\"accountId\"")],
    );
    let stderr = exits(&output, 5);
    assert!(stderr.contains("not the expected JSON"), "{stderr}");

    // JSON, but not what Trackdesk sends: a field of the wrong type is refused, not guessed.
    let wrong = json!({"balances": [{"accountId": "a", "openBalanceConversionCount": "many"}]});
    let (output, _) = run(&args, vec![answer_json(wrong)]);
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("at balances[0]")
            && stderr.contains("the value is not a 64-bit integer")
            && !stderr.contains("many"),
        "{stderr}"
    );
}

#[test]
fn a_read_answered_503_is_tried_four_times_then_exits_6() {
    let unavailable = || grpc(503, 14, "upstream connect error");
    let (output, server) = run(&words("trackdesk balance"), vec![unavailable(); 4]);
    let stderr = exits(&output, 6);
    assert!(
        stderr
            .contains("unavailable (HTTP 503) after retries: UNAVAILABLE: upstream connect error"),
        "{stderr}"
    );
    assert_eq!(lines(&server), vec![open_balances_line(""); 4]);
}

#[test]
fn a_429_is_waited_out_even_for_the_settle_post() {
    let limited = || grpc(429, 8, "rate limit exceeded").with_header("Retry-After", "1");
    let script = vec![
        limited(),
        answer("open_balances"),
        limited(),
        answer("settle_balances"),
    ];
    let started = Instant::now();
    let (output, server) = run(&settle_october(), script);
    let elapsed = started.elapsed();
    ok(&output);
    let requests = sent(&server);
    let get = open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z");
    let post = format!("POST {SETTLE}");
    assert_eq!(lines(&server), [get.clone(), get, post.clone(), post]);
    assert_eq!(requests[2].body, requests[3].body);
    assert!(elapsed >= Duration::from_secs(2), "{elapsed:?}");
    assert_eq!(rows(&output)[0]["result"], "succeeded");
}

/// Trackdesk sends no `Retry-After`: a 429 to the settle POST (turned away, nothing done) is
/// waited out until the rate-limit window ends (one second here), sent once more, and paid
/// once: the journal has one `succeeded` entry, tried twice.
#[test]
fn a_429_without_retry_after_to_the_settle_post_waits_for_the_window_and_pays_once() {
    let env = home();
    let script = vec![
        answer("open_balances"),
        grpc(429, 8, "rate limit exceeded"),
        answer("settle_balances"),
    ];
    let server = env.mock(script);
    let started = Instant::now();
    let output = env
        .provider("trackdesk", server.url(), KEY)
        .env("AFFPAY_RATE_WINDOW", "1")
        .args([settle_october(), vec!["-v"]].concat())
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let stderr = stderr_of(&output);
    ok(&output);
    let requests = sent(&server);
    let post = format!("POST {SETTLE}");
    assert_eq!(
        lines(&server),
        [
            open_balances_line("filter.until=2026-10-31T23%3A59%3A59Z"),
            post.clone(),
            post
        ]
    );
    assert_eq!(requests[1].body, requests[2].body);
    assert!(
        stderr.contains("rate-limited by trackdesk: waiting 1 s"),
        "{stderr}"
    );
    // The window began with the first answer, before the POST: most of a second is left.
    assert!(elapsed >= Duration::from_millis(700), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
    assert_eq!(rows(&output)[0]["result"], "succeeded");

    let listed = env
        .cmd()
        .args(["journal", "list", "-o", "json"])
        .output()
        .unwrap();
    let entries = rows(&listed);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["state"], "succeeded");
}

// ---- Configuration -----------------------------------------------------------------------

#[test]
fn without_a_tenant_or_url_it_exits_3_naming_both() {
    let output = Env::new()
        .cmd()
        .env("AFFPAY_TRACKDESK_TOKEN", KEY)
        .args(["trackdesk", "balance"])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(
        stderr.contains("trackdesk.tenant") && stderr.contains("AFFPAY_TRACKDESK_URL"),
        "{stderr}"
    );
}

#[test]
fn the_tenant_and_rate_are_checked_when_set_and_the_tenant_names_the_host() {
    let env = Env::new();
    let set = |key: &str, value: &str| {
        env.cmd()
            .args(["config", "set", key, value])
            .output()
            .unwrap()
    };
    let stderr = exits(&set("trackdesk.tenant", "evil.com/x"), 2);
    assert!(
        stderr.contains("'evil.com/x' is not a tenant id"),
        "{stderr}"
    );
    for bad in ["0", "1001", "fast", "2.5"] {
        let stderr = exits(&set("trackdesk.rps", bad), 2);
        assert!(stderr.contains("is not a rate"), "{bad}: {stderr}");
    }
    // Nothing refused was written.
    for key in ["trackdesk.tenant", "trackdesk.rps"] {
        let get = env.cmd().args(["config", "get", key]).output().unwrap();
        assert!(exits(&get, 3).contains("is not set"), "{key}");
    }

    ok(&set("trackdesk.tenant", "acme-2"));
    let output = env
        .cmd()
        .env("AFFPAY_TRACKDESK_TOKEN", KEY)
        .args(["trackdesk", "cancel", AS_JANE, "--dry-run", "-o", "json"])
        .output()
        .unwrap();
    let planned = rows(&output);
    ok(&output);
    assert_eq!(
        text(&planned[0]["url"]),
        format!("https://acme-2.trackdesk.com{BILLING}/account-settlements/{AS_JANE}")
    );
}

// ---- The key stays secret ----------------------------------------------------------------

/// Stdout and stderr together, to look for the key in.
fn everything(output: &Output) -> String {
    format!("{}{}", stdout_of(output), stderr_of(output))
}

#[test]
fn the_key_never_shows_in_output_or_the_journal() {
    let env = home();
    let args = [settle_october(), vec!["-v"]].concat();
    let (settled, server) = run_in(
        &env,
        &args,
        vec![answer("open_balances"), answer("settle_balances")],
    );
    ok(&settled);
    let stderr = stderr_of(&settled);
    assert!(
        stderr.contains(&format!("POST {}{SETTLE} -> 200", server.url())),
        "-v logs requests: {stderr}"
    );

    // A refusal that quotes the key back, and a POST whose outcome is unknown.
    let echoed = grpc(401, 16, &format!("API key {KEY} is revoked"));
    let (refused, _) = run_in(&env, &words("trackdesk balance -v"), vec![echoed]);
    assert!(exits(&refused, 4).contains("<redacted>"));
    let args = [settle_october(), vec!["-v", "--batch", "b2"]].concat();
    let (unknown, _) = run_in(
        &env,
        &args,
        vec![
            answer("open_balances"),
            grpc(500, 13, &format!("bad key {KEY}")),
        ],
    );
    exits(&unknown, 9);
    let (dry, _) = run_in(
        &env,
        &[settle_october(), vec!["--dry-run", "--batch", "b3"]].concat(),
        vec![answer("open_balances")],
    );
    ok(&dry);

    let key = text(&rows(&settled)[0]["key"]);
    let journal = |args: &[&str]| env.cmd().args(args).output().unwrap();
    let shown = journal(&["journal", "show", &key, "-o", "json"]);
    let listed = journal(&["journal", "list", "-o", "json"]);
    let entries = rows(&listed);
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert!(ok(&shown).contains(SETTLE), "the journal keeps the request");
    for output in [&settled, &refused, &unknown, &dry, &shown, &listed] {
        let all = everything(output);
        assert!(!all.contains(KEY), "the key in:\n{all}");
    }
}

#[test]
fn the_key_is_redacted_from_an_unreadable_answer_too() {
    let page = format!("<html>debug: X-Api-Key: {KEY}</html>");
    let (output, _) = run(&words("trackdesk balance"), vec![Reply::json(200, &page)]);
    let stderr = exits(&output, 5);
    assert!(stderr.contains("not the expected JSON"), "{stderr}");
    assert!(!stderr.contains(KEY), "{stderr}");
}
