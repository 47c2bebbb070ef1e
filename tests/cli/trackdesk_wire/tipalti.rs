//! Tipalti payment batches: what is payable, the one batch posted, reruns, and a batch answered
//! without an id.

use super::*;

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
