//! Affonso's reads against the recording mock: every filter by its documented name, pages,
//! expansions, both answer casings, errors in a 200, and the derived balance.

use super::*;

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
