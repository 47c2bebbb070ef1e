//! Smartico's idempotency keys, and how a single payment finds its affiliate whether or not the
//! server honours the filter.

use super::*;

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
