//! Smartico's own cases of properties the suite checks for every entry, against the recording
//! mock and the simulator, kept as they were written in `tests/cli/smartico/`.

use crate::smartico::simulator_kit::*;
use crate::smartico::*;
use crate::util::{Env, Running, exits, ok, results, serve};
use std::process::Stdio;
use std::time::Duration;

// Covered for every entry by `unknown::a_500_is_unknown_and_holds_its_target_in_any_batch_for_any_amount`.
#[test]
fn a_server_error_to_a_payment_is_an_unknown_outcome_and_not_retried() {
    let script = vec![owed_one(), refused(500, "database timeout"), paid(), paid()];
    let (output, server) = run(SETTLE_ALL, script);
    let stderr = exits(&output, 9);
    assert!(stderr.contains("journal resolve"), "{stderr}");
    assert_eq!(payments_posted(&server), [payment(35427, "100.5")]);
}

// Covered for every entry by `processes::two_overlapping_runs_pay_once`.
#[test]
fn two_runs_started_together_pay_once() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "100"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(!owed.is_empty());

    let start = || {
        on(&env, &sim.url)
            .args(SETTLE_ALL)
            .args(["--lock-timeout", "30"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (start(), start());
    let outputs = [first, second].map(|child| child.wait_with_output().unwrap());
    let mut movers = 0;
    for output in &outputs {
        let stderr = exits(output, 0);
        let reported = results(output);
        if !reported.is_empty() && reported.iter().all(|(_, r)| r == "succeeded") {
            movers += 1;
            assert_eq!(targets(&reported, "succeeded"), ids(&owed));
        } else {
            assert!(
                reported.iter().all(|(_, r)| r == "already_done"),
                "{reported:?} {stderr}"
            );
        }
    }
    assert_eq!(movers, 1, "exactly one run moves money");
    assert_paid_once(&before, &accounts(&sim.url), &owed);
}

// Covered for every entry by `processes::a_run_killed_mid_bulk_leaves_one_unknown_and_pays_nothing_twice`.
#[test]
fn a_killed_run_leaves_one_unknown_and_the_rerun_pays_the_rest_once() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "300"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(owed.len() >= 4, "too few affiliates owed: {owed:?}");

    let mut run = Running(
        on(&env, &sim.url)
            .args(SETTLE_ALL)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    std::thread::sleep(Duration::from_millis(900));
    // Kill it while a payment is at the simulator: sent, its answer not yet back.
    wait_for_journal(&env, |rows| {
        count_state(rows, "succeeded") >= 1 && count_state(rows, "sending") == 1
    });
    std::thread::sleep(Duration::from_millis(100));
    run.0.kill().unwrap();
    run.0.wait().unwrap();
    // On a loaded machine the kill may land just after one answer was journaled and before
    // the next request began: then nothing is left unknown, and the rerun simply pays on.
    let unknown = keys_in(&env, "sending");
    assert!(unknown.len() <= 1, "{unknown:?}");
    assert!(keys_in(&env, "succeeded").len() < owed.len());
    std::thread::sleep(Duration::from_millis(400));

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    if let Some(key) = unknown.first() {
        let stderr = exits(&output, 9);
        assert!(stderr.contains(key), "{stderr}");
    } else {
        ok(&output);
    }
    let after = accounts(&sim.url);
    assert_paid_once(&before, &after, &owed);

    for key in &unknown {
        resolve(&env, key, &["--succeeded"]);
    }
    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    ok(&output);
    let reported = results(&output);
    assert!(
        reported.iter().all(|(_, r)| r == "already_done"),
        "{reported:?}"
    );
    assert_eq!(accounts(&sim.url), after);
}

// Covered for every entry by `unknown::a_connection_dropped_after_the_request_was_applied_is_unknown`.
#[test]
fn payments_whose_answers_break_are_made_once_and_never_sent_again() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-drop-every", "2"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(owed.len() >= 2, "too few affiliates owed: {owed:?}");

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    exits(&output, 9);
    let reported = results(&output);
    let unknown = targets(&reported, "unknown");
    assert_eq!(unknown.len(), owed.len() / 2, "{reported:?}");
    assert_eq!(
        targets(&reported, "succeeded").len(),
        owed.len() - unknown.len()
    );
    // The simulator made the payments whose answers it broke.
    let after = accounts(&sim.url);
    assert_paid_once(&before, &after, &owed);

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    exits(&output, 9);
    assert_eq!(accounts(&sim.url), after);
    for key in keys_in(&env, "sending") {
        resolve(&env, &key, &["--succeeded"]);
    }
    ok(&on(&env, &sim.url).args(SETTLE_ALL).output().unwrap());
    assert_eq!(accounts(&sim.url), after);
}
