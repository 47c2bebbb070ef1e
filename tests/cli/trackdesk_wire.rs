//! Trackdesk beyond affiliate billing, request by request, against the recording mock: Tipalti
//! payment batches, the conversion report and conversion statuses, and what advertisers owe
//! (open balances and advertiser settlements, "claims").
//!
//! Why: `tipalti pay`, `adjust`, `claim` and `claims delete` change what is paid or owed on an
//! API without idempotency keys, so each is pinned down like `settle`: the exact requests
//! (method, path, dotted query, body held to the vendor's schema), that bad input sends
//! nothing (exit 2), that a rerun sends nothing twice, and that a 2xx that is not the
//! documented success is an unknown outcome (exit 9), never a failure a rerun would repeat.
//! The OpenAPI document has no example answers: every fixture here was written to its schemas
//! and is validated against them (`trackdesk.rs`, `every_fixture_is_valid_for_its_operation`).

use crate::cli::schema;
use crate::trackdesk::{
    KEY, answer, answer_json, body, fixture_json, home, lines, no_body, record, run, run_in, sent,
    settlement_all_new, words,
};
use crate::util::{Env, MockServer, Reply, exits, fixture, ok, rows, text};
use serde_json::json;

const BILLING: &str = "/api/node/billing/v1";
const TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements";
const REPORT: &str = "/api/reports/conversion-report/v1";
const ROB: &str = "/api/node/revenue-origin-billing/v1";
const SETTLEMENT: &str = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
const AS_MARCO: &str = "3d9b6e2a-4f5c-4a8b-9d0e-2f3a4b5c6d74";
const AS_NINA: &str = "4e0c7f3b-5a6d-4b9c-8e1f-3a4b5c6d7e85";
const BATCH: &str = "tb-2026-11-0107";
const ADV1: &str = "a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a51";
const ADV2: &str = "a1b2c3d4-0002-4e5f-8a9b-0c1d2e3f4a52";
const ADV3: &str = "a1b2c3d4-0003-4e5f-8a9b-0c1d2e3f4a53";
const CLAIM: &str = "c1a1m000-0001-4a2b-9c3d-4e5f6a7b8c91";
const FIRST_PAGE: &str = "pagination.limit=100&pagination.offset=0";
const UNTIL: &str = "filter.until=2026-10-31T23%3A59%3A59Z";

/// The words of a formatted command line (leaked: a test's few lines live as long as it).
fn leaked(line: String) -> Vec<&'static str> {
    Box::leak(line.into_boxed_str())
        .split_whitespace()
        .collect()
}

fn payable_line() -> String {
    format!("GET {TIPALTI}/{SETTLEMENT}/list-payable-account-settlements")
}

fn pay_script() -> Vec<Reply> {
    vec![
        answer("payable"),
        settlement_all_new(),
        answer("payment_batch"),
    ]
}

// ---- Tipalti ---------------------------------------------------------------------------

#[test]
fn tipalti_payable_lists_each_row_once_with_both_flags() {
    let args = leaked(format!("trackdesk tipalti payable {SETTLEMENT} -o json"));
    let (output, server) = run(&args, vec![answer("payable")]);
    let listed = rows(&output);
    assert_eq!(lines(&server), [payable_line()]);
    no_body(&sent(&server)[0]);
    assert_eq!(
        listed,
        [
            json!({"account_settlement_id": AS_MARCO, "payable": true, "unpaid": true}),
            json!({"account_settlement_id": AS_NINA, "payable": false, "unpaid": true}),
        ]
    );
}

#[test]
fn tipalti_pay_reads_what_is_payable_and_how_much_then_posts_one_batch_without_a_body() {
    let args = leaked(format!("trackdesk tipalti pay {SETTLEMENT} --yes -o json"));
    let (output, server) = run(&args, pay_script());
    let stderr = exits(&output, 0);
    assert_eq!(
        lines(&server),
        [
            payable_line(),
            format!("GET {BILLING}/settlements/{SETTLEMENT}"),
            format!("POST {TIPALTI}/{SETTLEMENT}/payment-batch"),
        ]
    );
    no_body(&sent(&server)[2]);
    let reported = rows(&output);
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0]["target"], SETTLEMENT);
    assert_eq!(reported[0]["result"], "succeeded");
    assert_eq!(reported[0]["reference"], BATCH);
    let key = text(&reported[0]["key"]);
    assert!(
        key.starts_with(&format!("trackdesk:default:tipalti-pay:{SETTLEMENT}:::")),
        "{key}"
    );
    // The confirmation line names what Tipalti will pay: Marco's 75.5 USD.
    assert!(stderr.contains("total 75.5 USD"), "{stderr}");
    assert!(
        stderr.contains("Tipalti pays 1 account settlement(s)"),
        "{stderr}"
    );
}

#[test]
fn tipalti_pay_rerun_sends_no_second_batch_and_dry_run_sends_none() {
    let env = home();
    let args = leaked(format!(
        "trackdesk tipalti pay {SETTLEMENT} --batch november --yes -o json"
    ));
    let (output, server) = run_in(&env, &args, pay_script());
    ok(&output);
    assert_eq!(lines(&server).len(), 3);

    let (output, server) = run_in(&env, &args, pay_script());
    ok(&output);
    assert_eq!(
        lines(&server).len(),
        2,
        "only the reads: {:?}",
        lines(&server)
    );
    let again = rows(&output);
    assert_eq!(again[0]["result"], "already_done");
    assert_eq!(again[0]["reference"], BATCH);

    let dry = leaked(format!(
        "trackdesk tipalti pay {SETTLEMENT} --dry-run -o json"
    ));
    let (output, server) = run_in(&env, &dry, pay_script());
    let shown = rows(&output);
    assert_eq!(lines(&server).len(), 2);
    assert_eq!(shown[0]["method"], "POST");
    assert!(text(&shown[0]["url"]).ends_with(&format!("{SETTLEMENT}/payment-batch")));
}

#[test]
fn tipalti_pay_answered_without_a_batch_id_is_unknown_and_never_sent_again() {
    let env = home();
    let args = leaked(format!("trackdesk tipalti pay {SETTLEMENT} --yes -o json"));
    let script = vec![
        answer("payable"),
        settlement_all_new(),
        answer_json(json!({})),
    ];
    schema::check_response(
        "POST",
        &format!("{TIPALTI}/{SETTLEMENT}/payment-batch"),
        "{}",
    );
    let (output, server) = run_in(&env, &args, script);
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 3);
    let row = &rows(&output)[0];
    assert_eq!(row["result"], "unknown");
    assert!(
        text(&row["detail"]).contains("without its paymentBatchId"),
        "{row}"
    );

    let (output, server) = run_in(&env, &args, pay_script());
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 2, "the POST was sent a second time");
}

#[test]
fn tipalti_pay_with_nothing_payable_sends_nothing() {
    let args = leaked(format!("trackdesk tipalti pay {SETTLEMENT} --yes"));
    let (output, server) = run(&args, vec![answer_json(json!({}))]);
    let stderr = exits(&output, 0);
    assert_eq!(lines(&server), [payable_line()]);
    assert!(
        stderr.contains("no account settlement of it is payable"),
        "{stderr}"
    );
}

#[test]
fn tipalti_status_posts_the_batch_then_reads_the_settlements_batches() {
    let args = leaked(format!(
        "trackdesk tipalti status {SETTLEMENT} --payment-batch {BATCH} -o json"
    ));
    let script = vec![answer_json(json!({})), answer("settlement_tipalti")];
    let (output, server) = run(&args, script);
    let batches = rows(&output);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            format!("POST {TIPALTI}/{SETTLEMENT}/payment-batch/status"),
            format!("GET {BILLING}/settlements/{SETTLEMENT}"),
        ]
    );
    assert_eq!(body(&requests[0]), json!({"paymentBatchId": BATCH}));
    assert_eq!(batches.len(), 2);
    assert_eq!(
        batches[1],
        json!({
            "settlement_id": SETTLEMENT, "payment_batch_id": BATCH,
            "name": "Trackdesk November 2026", "status": "Pending funds",
            "valid_for_submission": false, "submission_time": "2026-12-01T09:00:00Z",
            "inspection_possible_after": null,
            "errors": [{"code": "InsufficientFunds",
                        "message": "Not enough funds in the Tipalti account",
                        "parameter": "amount"}]
        })
    );

    // Without --payment-batch: the settlement's latest batch.
    let args = leaked(format!("trackdesk tipalti status {SETTLEMENT}"));
    let script = vec![
        answer("settlement_tipalti"),
        answer_json(json!({})),
        answer("settlement_tipalti"),
    ];
    let (output, server) = run(&args, script);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 3);
    assert_eq!(body(&requests[1]), json!({"paymentBatchId": BATCH}));
}

// ---- Conversions ---------------------------------------------------------------------------

#[test]
fn actions_post_the_report_with_the_filters_given_and_page_in_the_body() {
    let args = words(
        "trackdesk actions --from 2026-10-01 --to 2026-10-31 --status approved --status on_hold \
         --affiliate A1 --currency eur --settlement S1 --limit 150 -o json",
    );
    // A full first page (the fixture's first row, 100 times), then the fixture.
    let fixture = fixture_json("conversion_report");
    let full: Vec<_> = (0..100)
        .map(|i| {
            let mut row = fixture["rows"][0].clone();
            row["conversionId"] = json!(format!("cv-p{i}"));
            row
        })
        .collect();
    let first = json!({"rows": full, "pagination": {"totalCount": 102, "hasMore": true}});
    schema::check_response("POST", REPORT, &first.to_string());
    // The last page reports the same total as the first: 100 + the fixture's rows.
    let mut last = fixture.clone();
    last["pagination"]["totalCount"] = json!(102);
    let (output, server) = run(&args, vec![answer_json(first), answer_json(last)]);
    let listed = rows(&output);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [format!("POST {REPORT}"), format!("POST {REPORT}")]
    );
    let filters = json!({
        "timeRange": {"from": "2026-10-01T00:00:00Z", "to": "2026-10-31T23:59:59Z"},
        "sourceIds": ["A1"],
        "conversionStatuses": ["CONVERSION_STATUS_APPROVED", "CONVERSION_STATUS_ON_HOLD"],
        "currencyCodes": ["EUR"],
        "settlementIds": ["S1"],
    });
    assert_eq!(
        body(&requests[0]),
        json!({"pagination": {"limit": 100, "offset": 0}, "filters": filters})
    );
    assert_eq!(
        body(&requests[1]),
        json!({"pagination": {"limit": 50, "offset": 100}, "filters": filters})
    );
    assert_eq!(listed.len(), 102);
    assert_eq!(listed[0]["conversion_id"], "cv-p0");
    assert_eq!(
        listed[100],
        json!({
            "conversion_id": "cv-0001", "created_at": "2026-10-14T10:21:07Z",
            "status": "approved", "conversion_type": "Sale",
            "affiliate_id": "9d7c3e21-4f8a-4b6d-a1e9-0c5b2d7f8e13",
            "offer_id": "of-1", "offer_name": "Spring sale", "advertiser_id": ADV1,
            "conversion_amount": "199.99", "revenue": "20.00", "cost": "12.345678901234567",
            "currency": "EUR", "external_id": "order-77", "customer_id": "cust-5",
            "settlement_id": SETTLEMENT,
            "account_settlement_id": "0a6e3b9d-1c2f-4d5e-8a7b-9c0d1e2f3a41",
            "claim_id": null, "on_hold_until": null, "fraud_suspected": false, "qualified": true
        })
    );
    assert_eq!(listed[101]["status"], "on-hold");
    assert_eq!(listed[101]["revenue"], "0", "proto3 leaves a zero out");
    assert_eq!(listed[101]["fraud_suspected"], true);

    // No filters: only the page, and csv keeps every digit.
    let args = words("trackdesk actions -o csv");
    let (output, server) = run(&args, vec![answer("conversion_report")]);
    let csv = ok(&output);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"pagination": {"limit": 100, "offset": 0}})
    );
    assert!(csv.contains(",12.345678901234567,"), "{csv}");
}

#[test]
fn adjust_puts_the_status_once_per_id_and_each_run_is_its_own_batch() {
    let env = home();
    let args = words("trackdesk adjust cv-0001 cv-0002 --status rejected --yes -o json");
    let script = || vec![answer_json(json!({})), answer_json(json!({}))];
    let (output, server) = run_in(&env, &args, script());
    let reported = rows(&output);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            "PUT /api/node/conversions/v1/cv-0001/status",
            "PUT /api/node/conversions/v1/cv-0002/status",
        ]
    );
    for request in &requests {
        assert_eq!(
            body(request),
            json!({"status": "CONVERSION_STATUS_REJECTED"})
        );
    }
    assert_eq!(reported[0]["result"], "succeeded");
    assert_eq!(reported[0]["detail"], "status=rejected");
    assert!(text(&reported[0]["key"]).ends_with(":status=rejected"));

    // Setting a status again is harmless: another run sends it again...
    let (output, server) = run_in(&env, &args, script());
    ok(&output);
    assert_eq!(lines(&server).len(), 2);
    // ...unless a named batch says it was done.
    let named = [&args[..], &["--batch", "b1"]].concat();
    let (output, _) = run_in(&env, &named, script());
    ok(&output);
    let (output, server) = run_in(&env, &named, script());
    ok(&output);
    assert!(lines(&server).is_empty(), "sent twice in batch b1");
    assert_eq!(rows(&output)[0]["result"], "already_done");
}

#[test]
fn an_answer_that_is_not_an_object_leaves_a_change_unknown() {
    // The documented success of a status change and of a delete is an object with no
    // fields, `{}`; `[]`, `null` or a string is not it.
    for reply in ["[]", "null", "\"ok\""] {
        let env = home();
        let args = words("trackdesk adjust cv-0001 --status approved --batch b --yes -o json");
        let (output, server) = run_in(&env, &args, vec![Reply::json(200, reply)]);
        exits(&output, 9);
        assert_eq!(lines(&server).len(), 1, "{reply}");
        let (output, server) = run_in(&env, &args, vec![answer_json(json!({}))]);
        exits(&output, 9);
        assert!(lines(&server).is_empty(), "{reply}: sent again");

        let env = home();
        let args = leaked(format!("trackdesk claims delete {CLAIM} --yes -o json"));
        let (output, _) = run_in(&env, &args, vec![Reply::json(200, reply)]);
        exits(&output, 9);
        assert_eq!(rows(&output)[0]["result"], "unknown", "{reply}");

        // The same rule for the affiliate-billing changes that answer `{}`.
        for line in [
            "trackdesk payouts mark as-1 --status paid --yes -o json",
            "trackdesk cancel as-1 --yes -o json",
        ] {
            let (output, _) = run_in(&home(), &words(line), vec![Reply::json(200, reply)]);
            exits(&output, 9);
            assert_eq!(rows(&output)[0]["result"], "unknown", "{line}: {reply}");
        }
    }
}

// ---- What advertisers owe --------------------------------------------------------------

#[test]
fn receivables_send_the_required_until_the_filters_and_the_page() {
    let args = words(
        "trackdesk receivables --until 2026-10-31 --min-amount 100.50 --tag T1 --tag T2 -o json",
    );
    let (output, server) = run(&args, vec![answer("receivables")]);
    let listed = rows(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {ROB}/open-balances?{UNTIL}&filter.minAmount.value=100.50\
             &filter.revenueOriginTagIds=T1&filter.revenueOriginTagIds=T2&{FIRST_PAGE}"
        )]
    );
    assert_eq!(
        listed[0],
        json!({"advertiser_id": ADV1, "name": "Shop One a.s.",
               "open_balance": "12000.123456789012345", "on_hold_balance": "300",
               "has_billing_details": true})
    );
    assert_eq!(listed[1]["on_hold_balance"], "0");

    // Trackdesk requires filter.until: without --until it is the moment of asking.
    let before = chrono::Utc::now() - chrono::Duration::seconds(2);
    let (output, server) = run(&words("trackdesk receivables"), vec![answer("receivables")]);
    ok(&output);
    let query = sent(&server)[0].query.clone();
    let until = query
        .strip_prefix("filter.until=")
        .and_then(|q| q.split('&').next())
        .unwrap_or_else(|| panic!("{query}"))
        .replace("%3A", ":");
    let until = chrono::DateTime::parse_from_rfc3339(&until).unwrap();
    assert!(until >= before && until <= chrono::Utc::now(), "{until}");
}

#[test]
fn claims_list_with_a_time_range_and_show_one() {
    let args = words("trackdesk claims --from 2026-10-01 --to 2026-11-30 -o json");
    let (output, server) = run(&args, vec![answer("claims")]);
    let listed = rows(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {ROB}/claims?timeRange.from=2026-10-01T00%3A00%3A00Z\
             &timeRange.to=2026-11-30T23%3A59%3A59Z&{FIRST_PAGE}"
        )]
    );
    assert_eq!(
        listed[0],
        json!({"id": CLAIM, "advertiser_id": ADV1, "advertiser_name": "Shop One a.s.",
               "amount": "12000.123456789012345", "currency": "EUR",
               "until": "2026-10-31T23:59:59Z", "note": "October 2026",
               "payment_method": "Bank transfer", "created_at": "2026-11-01T08:20:00Z"})
    );
    assert_eq!(listed[1]["note"], json!(null));

    let args = leaked(format!("trackdesk claims show {CLAIM} -o json"));
    let (output, server) = run(&args, vec![answer("claim")]);
    let shown = record(&output);
    assert_eq!(lines(&server), [format!("GET {ROB}/claims/{CLAIM}")]);
    assert_eq!(shown["amount"], "12000.123456789012345");
    assert_eq!(shown["billing_detail"]["vat"], "CZ87654321");
}

fn claim_args(extra: &str) -> Vec<String> {
    format!("trackdesk claim --until 2026-10-31 --yes -o json {extra}")
        .split_whitespace()
        .map(String::from)
        .collect()
}

#[test]
fn claim_reads_the_balances_then_posts_one_claim_per_advertiser_with_details() {
    let args = claim_args("--min-amount 100 --note October");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let second = {
        let mut c = fixture_json("claim");
        c["claim"]["id"] = json!("c1a1m000-0002-4a2b-9c3d-4e5f6a7b8c92");
        c["claim"]["amount"] = json!({"value": "450.10"});
        c
    };
    let (output, server) = run(
        &args,
        vec![answer("receivables"), answer("claim"), answer_json(second)],
    );
    let stderr = exits(&output, 0);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            format!("GET {ROB}/open-balances?{UNTIL}&filter.minAmount.value=100&{FIRST_PAGE}"),
            format!("POST {ROB}/claim-balances"),
            format!("POST {ROB}/claim-balances"),
        ]
    );
    let filter = json!({"until": "2026-10-31T23:59:59Z", "minAmount": {"value": "100"}});
    assert_eq!(
        body(&requests[1]),
        json!({"filter": filter, "revenueOriginId": ADV1, "note": "October"})
    );
    assert_eq!(
        body(&requests[2]),
        json!({"filter": filter, "revenueOriginId": ADV2, "note": "October"})
    );
    assert!(
        stderr.contains(&format!("skipping {ADV3}: no billing details")),
        "{stderr}"
    );
    let reported = rows(&output);
    assert_eq!(reported[0]["reference"], CLAIM);
    // The balance read is in the plan (confirmation, totals), not the journaled item.
    assert!(stderr.contains("total 12450.223456789012345 -"), "{stderr}");
    assert_eq!(reported[0]["detail"], "claimed 12000.123456789012345 EUR");
    assert_eq!(
        reported[0]["key"],
        format!(
            "trackdesk:default:claim:{ADV1}:::{}:until=2026-10-31T23%3A59%3A59Z",
            today()
        )
    );

    // Without --note the document still requires one: an empty note.
    let args = claim_args(&format!("--advertiser {ADV2}"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (output, server) = run(&args, vec![answer("receivables"), answer("claim")]);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 2);
    assert_eq!(
        body(&requests[1]),
        json!({"filter": {"until": "2026-10-31T23:59:59Z"}, "revenueOriginId": ADV2, "note": ""})
    );
}

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

#[test]
fn a_claim_rerun_sends_nothing_twice_and_an_empty_answer_is_unknown() {
    let env = home();
    let args = claim_args(&format!("--advertiser {ADV1}"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (output, server) = run_in(&env, &args, vec![answer("receivables"), answer("claim")]);
    ok(&output);
    assert_eq!(lines(&server).len(), 2);
    // Trackdesk has not caught up, and the balance has even grown: still done.
    let grown = fixture("trackdesk/receivables.json")
        .replace("12000.123456789012345", "12100.123456789012345");
    let (output, server) = run_in(&env, &args, vec![Reply::json(200, &grown), answer("claim")]);
    ok(&output);
    assert_eq!(lines(&server).len(), 1, "claimed twice");
    assert_eq!(rows(&output)[0]["result"], "already_done");

    let env = home();
    let (output, server) = run_in(
        &env,
        &args,
        vec![answer("receivables"), answer_json(json!({}))],
    );
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 2);
    let row = &rows(&output)[0];
    assert!(
        text(&row["detail"]).contains("without its claim id"),
        "{row}"
    );
    let (output, server) = run_in(&env, &args, vec![answer("receivables"), answer("claim")]);
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 1, "the POST was sent a second time");
}

#[test]
fn claims_delete_sends_one_delete_per_id_and_a_rerun_sends_none() {
    let env = home();
    let args = leaked(format!("trackdesk claims delete {CLAIM} c-2 --yes -o json"));
    let script = || vec![answer_json(json!({})), answer_json(json!({}))];
    let (output, server) = run_in(&env, &args, script());
    let reported = rows(&output);
    for request in sent(&server) {
        no_body(&request);
    }
    assert_eq!(
        lines(&server),
        [
            format!("DELETE {ROB}/claims/{CLAIM}"),
            format!("DELETE {ROB}/claims/c-2"),
        ]
    );
    assert_eq!(reported[0]["result"], "succeeded");
    assert_eq!(reported[0]["detail"], "deleted");
    let (output, server) = run_in(&env, &args, script());
    ok(&output);
    assert!(lines(&server).is_empty());
    assert_eq!(rows(&output)[1]["result"], "already_done");
}

// ---- Bad input -------------------------------------------------------------------------

#[test]
fn bad_input_to_every_new_change_exits_2_and_sends_nothing() {
    let server = MockServer::start(vec![]);
    let env = Env::new();
    let cases = [
        ("trackdesk tipalti pay a/b --yes", "a Trackdesk id"),
        (
            "trackdesk tipalti pay s-1 --max-total=-5 --yes",
            "--max-total",
        ),
        (
            "trackdesk adjust cv-1 --status unspecified --yes",
            "not a conversion status",
        ),
        (
            "trackdesk adjust cv-1 --status done --yes",
            "not a conversion status",
        ),
        (
            "trackdesk adjust a/b --status approved --yes",
            "a Trackdesk id",
        ),
        (
            "trackdesk adjust cv-1 cv-2 --status approved --idempotency-key k --yes",
            "--idempotency-key names a single",
        ),
        (
            "trackdesk claim --min-amount=-1 --yes",
            "must not be negative",
        ),
        ("trackdesk claim --min-amount abc --yes", "--min-amount"),
        ("trackdesk claim --until 2026-13-01 --yes", "2026-13-01"),
        ("trackdesk claim --advertiser a/b --yes", "a Trackdesk id"),
        (
            "trackdesk claim --note '' --yes",
            "--note must not be empty",
        ),
        ("trackdesk claims delete a/b --yes", "a Trackdesk id"),
        (
            "trackdesk claims delete c-1 c-2 --idempotency-key k --yes",
            "--idempotency-key names a single",
        ),
        (
            "trackdesk actions --currency EURO",
            "not a code of 3 letters",
        ),
        (
            "trackdesk actions --from 2026-11-01 --to 2026-10-01",
            "is after",
        ),
        ("trackdesk receivables --min-amount x", "--min-amount"),
    ];
    for (line, needle) in cases {
        let args: Vec<String> = if line.contains("''") {
            let mut a: Vec<String> = line
                .replace(" ''", "")
                .split_whitespace()
                .map(String::from)
                .collect();
            let at = a.iter().position(|w| w == "--note").unwrap();
            a.insert(at + 1, String::new());
            a
        } else {
            line.split_whitespace().map(String::from).collect()
        };
        let output = env
            .provider("trackdesk", server.url(), KEY)
            .args(&args)
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        assert!(stderr.contains(needle), "{line}: {stderr}");
    }
    assert!(server.lines().is_empty(), "{:?}", server.lines());
}
