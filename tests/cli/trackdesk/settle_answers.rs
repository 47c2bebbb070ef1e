//! `trackdesk settle`: what comes back — per-account errors, a rerun, an empty settlement, and a
//! POST whose answer is lost or unreadable.

use super::*;

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
