//! One Smartico payment or adjustment against the recording mock: the lookup, the exact POST,
//! and a bad amount refused before any request.

use super::*;

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
