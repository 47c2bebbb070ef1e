//! Faults that leave the outcome unknown: exit 9, the journal row `sending`, the target held.

use super::*;

/// The first money-moving request reaches the upstream (which acts on it), and affpay gets
/// `fault` for an answer: the item is `unknown` (exit 9, one journal entry `sending`), and a
/// rerun of the same command sends nothing for its targets and exits 9. With `variants`,
/// so do reruns in another batch and, for a typed amount, for another amount.
fn unknown_after(case: &mut Case, fault: Fault, variants: bool) {
    case.proxy.set_rules(vec![case.rule(1, fault)]);
    let first = case.run();
    case.exits(&first, 9, "the run that met the fault");
    let held = case.faulted_targets();
    let results = case.results(&first);
    assert!(
        results.iter().any(|(_, r)| r == "unknown"),
        "{}: no item reported unknown: {results:?}",
        case.at()
    );
    let states = case.states();
    assert_eq!(
        states.get("sending"),
        Some(&1),
        "{}: exactly one request should be journaled `sending`: {states:?}",
        case.at()
    );

    case.proxy.set_rules(vec![]);
    let since = case.money().len();
    let rerun = case.run();
    case.exits(&rerun, 9, "the rerun");
    case.sent_nothing_for(since, &held, "the rerun");
    case.reports_held(&rerun, &held, "the rerun");
    case.paid_once();

    if variants {
        let since = case.money().len();
        let other = case.run_with(case.proxy.url(), &case.args, "conformance-another-batch");
        case.exits(&other, 9, "a rerun in another batch");
        case.sent_nothing_for(since, &held, "a rerun in another batch");
        case.reports_held(&other, &held, "a rerun in another batch");
        if let Some(amount) = case.entry.other_amount {
            let mut args = case.args.clone();
            let at = args.iter().position(|a| a == "--amount").expect("--amount") + 1;
            args[at] = amount.to_string();
            let since = case.money().len();
            let other = case.run_with(case.proxy.url(), &args, BATCH);
            case.exits(&other, 9, "a rerun for another amount");
            case.sent_nothing_for(since, &held, "a rerun for another amount");
        }
    }
}

/// A redirect back to the same URL at the proxy: followed, it would pay again.
fn redirect(case: &mut Case, status: u16) {
    let location = format!("{}{}", case.proxy.url(), case.entry.money.1);
    unknown_after(
        case,
        answer(status, &[("Location", location.as_str())], ""),
        false,
    );
}

#[test]
fn a_302_redirect_is_unknown_and_never_followed() {
    each_entry("302 Found", every, |case| redirect(case, 302));
}

#[test]
fn a_303_redirect_is_unknown_and_never_followed() {
    each_entry("303 See Other", every, |case| redirect(case, 303));
}

#[test]
fn a_307_redirect_is_unknown_and_never_followed() {
    each_entry("307 Temporary Redirect", every, |case| redirect(case, 307));
}

#[test]
fn a_408_is_unknown() {
    each_entry("408 Request Timeout", every, |case| {
        unknown_after(case, answer(408, &[], ""), false)
    });
}

#[test]
fn a_409_without_a_documented_error_body_is_unknown() {
    each_entry("409 Conflict, no body", every, |case| {
        unknown_after(case, answer(409, &[], ""), false)
    });
}

#[test]
fn a_500_is_unknown_and_holds_its_target_in_any_batch_for_any_amount() {
    each_entry(
        "500 Internal Server Error (reruns: same, another batch, another amount)",
        every,
        |case| unknown_after(case, answer(500, &[], r#"{"error":"boom"}"#), true),
    );
}

/// The same with the journal and lock in PostgreSQL.
#[test]
fn on_postgres_a_500_is_unknown_and_holds_its_target_in_any_batch_for_any_amount() {
    each_entry("500, PostgreSQL journal", every, |case| {
        if !case.journal_in_postgres() {
            return;
        }
        unknown_after(case, answer(500, &[], r#"{"error":"boom"}"#), true);
    });
}

#[test]
fn a_502_is_unknown() {
    each_entry("502 Bad Gateway", every, |case| {
        unknown_after(case, answer(502, &[], "<html>bad gateway</html>"), false)
    });
}

#[test]
fn a_connection_dropped_after_the_request_was_applied_is_unknown() {
    each_entry("connection dropped after apply", every, |case| {
        unknown_after(case, Fault::ForwardThenDrop, false)
    });
}

#[test]
fn a_truncated_answer_is_unknown() {
    each_entry("truncated body", every, |case| {
        unknown_after(case, Fault::ForwardThenTruncate, false)
    });
}

#[test]
fn an_html_2xx_is_unknown() {
    each_entry("200 with an HTML body", every, |case| {
        let html = "<html><body>Maintenance</body></html>";
        unknown_after(
            case,
            answer(200, &[("Content-Type", "text/html")], html),
            false,
        )
    });
}

#[test]
fn an_empty_2xx_is_unknown() {
    each_entry("200 with an empty body", every, |case| {
        unknown_after(case, answer(200, &[], ""), false)
    });
}

#[test]
fn an_empty_object_2xx_is_unknown_where_it_is_not_the_success_shape() {
    each_entry(
        "200 {}",
        |e| !e.empty_object_succeeds,
        |case| unknown_after(case, answer(200, &[], "{}"), false),
    );
}

/// A 2xx whose body is JSON but not an object: no provider documents an array as its success,
/// not even those whose success is `{}`.
#[test]
fn a_json_2xx_that_is_not_an_object_is_unknown() {
    each_entry("200 []", every, |case| {
        unknown_after(
            case,
            answer(200, &[("Content-Type", "application/json")], "[]"),
            false,
        )
    });
}

#[test]
fn a_timeout_whose_request_is_applied_late_is_unknown() {
    each_entry("timeout, then applied late", every, |case| {
        // Held past affpay's one-second timeout, then applied.
        case.timeout = "1";
        unknown_after(case, Fault::LateApply(2500), false)
    });
}
