//! Affonso's money commands against the recording mock: settle, cancel and adjust, each one PUT,
//! nothing twice, and the rate-limit headers heeded.

use super::*;

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
