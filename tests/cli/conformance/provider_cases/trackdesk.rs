//! Trackdesk's own cases of properties the suite checks for every entry, against the recording
//! mock and kept as they were written in `tests/cli/trackdesk/`.

use crate::trackdesk::*;
use crate::util::{Reply, exits, ok, rows, stderr_of, text};
use std::time::{Duration, Instant};

// Covered for every entry by `unknown::a_500_is_unknown_and_holds_its_target_in_any_batch_for_any_amount`
// and `unknown::a_connection_dropped_after_the_request_was_applied_is_unknown`.
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

// Covered for every entry by `unknown::a_truncated_answer_is_unknown`, `an_html_2xx_is_unknown`
// and `an_empty_2xx_is_unknown`.
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

// Covered for every entry by `clear::a_429_is_retried_after_the_wait_and_pays_once`.
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

// Covered for every entry by `clear::a_429_is_retried_after_the_wait_and_pays_once`.
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
