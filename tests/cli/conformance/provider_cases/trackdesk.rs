//! Trackdesk's own cases of properties the suite checks for every entry, against the recording
//! mock and kept as they were written in `tests/cli/trackdesk/`.

use crate::trackdesk::*;
use crate::util::{Reply, exits, rows, text};

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
