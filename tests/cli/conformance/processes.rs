//! Processes that die or are stopped mid-bulk, and two runs at once.

use super::*;

/// Killed (-9) while its second money-moving request is at the provider, which applies it
/// after the run died: the rerun finds it `sending`, sends nothing for it and exits 9, and
/// pays every other target at most once.
#[test]
fn a_run_killed_mid_bulk_leaves_one_unknown_and_pays_nothing_twice() {
    each_entry("kill -9 mid-bulk", bulk, killed_mid_bulk);
}

/// The same with the journal and lock in PostgreSQL: the killed run's session ends with it.
#[test]
fn on_postgres_a_run_killed_mid_bulk_leaves_one_unknown_and_pays_nothing_twice() {
    each_entry("kill -9 mid-bulk, PostgreSQL journal", bulk, |case| {
        if !case.journal_in_postgres() {
            return;
        }
        killed_mid_bulk(case);
    });
}

fn killed_mid_bulk(case: &mut Case) {
    {
        case.proxy.set_rules(vec![case.rule(2, Fault::Delay(1500))]);
        let mut child = case.spawn("json");
        case.wait_money_received(2);
        child.kill();
        case.finish(child);
        let held = case.faulted_targets();
        assert_eq!(
            case.state_count("sending"),
            1,
            "{}: the killed request is journaled `sending`: {:?}",
            case.at(),
            case.states()
        );
        case.proxy.set_rules(vec![]);
        let since = case.money().len();
        let rerun = case.run();
        case.exits(&rerun, 9, "the rerun after the kill");
        case.sent_nothing_for(since, &held, "the rerun after the kill");
        case.reports_held(&rerun, &held, "the rerun after the kill");
        case.paid_once();
    }
}

/// A signal while the second money-moving request is in flight: it finishes and is
/// journaled, nothing else starts, the rest are `not_attempted`, the exit code is the
/// signal's, and the NDJSON rows printed are whole. A rerun pays the rest, once.
fn stopped_mid_bulk(case: &mut Case, signal: &str, code: i32) {
    case.proxy.set_rules(vec![case.rule(2, Fault::Delay(1000))]);
    let child = case.spawn("ndjson");
    case.wait_money_received(2);
    // The shell's own `kill`: no procps needed on the machine.
    let sent = Command::new("sh")
        .args(["-c", &format!("kill -s {signal} {}", child.id())])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -s {signal}");
    let output = case.finish(child);
    case.exits(&output, code, &format!("the run stopped by SIG{signal}"));
    let stdout = stdout_of(&output);
    let rows: Vec<Value> = stdout
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| {
                panic!("{}: an unreadable NDJSON row ({e}): {line:?}", case.at())
            })
        })
        .collect();
    let results: Vec<String> = rows.iter().map(|r| plain(&r["result"])).collect();
    assert!(
        results.len() >= 3
            && results[..2].iter().all(|r| r == "succeeded")
            && results[2..].iter().all(|r| r == "not_attempted"),
        "{}: two succeeded (the second was in flight), the rest not attempted: {results:?}",
        case.at()
    );
    assert_eq!(
        case.money().len(),
        2,
        "{}: nothing new started after the signal: {:#?}",
        case.at(),
        case.money_lines()
    );
    let states = case.states();
    assert_eq!(
        (states.get("succeeded"), states.get("sending")),
        (Some(&2), None),
        "{}: the request in flight was journaled: {states:?}",
        case.at()
    );
    case.proxy.set_rules(vec![]);
    let rerun = case.run();
    case.exits(&rerun, 0, "the rerun after the signal");
    case.paid_once();
}

#[test]
fn sigterm_mid_bulk_finishes_the_request_in_flight_and_stops() {
    each_entry("SIGTERM mid-bulk", bulk, |case| {
        stopped_mid_bulk(case, "TERM", 143)
    });
}

#[test]
fn sigint_mid_bulk_finishes_the_request_in_flight_and_stops() {
    each_entry("SIGINT mid-bulk", bulk, |case| {
        stopped_mid_bulk(case, "INT", 130)
    });
}

/// Two runs of the same command at once (the first one's first payment slowed so they
/// overlap): both exit 0, each target is paid once, by one of them.
#[test]
fn two_overlapping_runs_pay_once() {
    each_entry("two overlapping runs", every, overlapping_runs);
}

/// The same with the journal and lock in PostgreSQL (the advisory lock keeps them apart).
#[test]
fn on_postgres_two_overlapping_runs_pay_once() {
    each_entry("two overlapping runs, PostgreSQL journal", every, |case| {
        if !case.journal_in_postgres() {
            return;
        }
        overlapping_runs(case);
    });
}

fn overlapping_runs(case: &mut Case) {
    {
        case.proxy.set_rules(vec![case.rule(1, Fault::Delay(300))]);
        let (a, b) = (case.spawn("json"), case.spawn("json"));
        let (a, b) = (case.finish(a), case.finish(b));
        case.exits(&a, 0, "the first of two overlapping runs");
        case.exits(&b, 0, "the second of two overlapping runs");
        let succeeded = |output: &Output| -> BTreeSet<String> {
            case.results(output)
                .into_iter()
                .filter(|(_, r)| r == "succeeded")
                .map(|(t, _)| t)
                .collect()
        };
        let both: Vec<String> = succeeded(&a)
            .intersection(&succeeded(&b))
            .cloned()
            .collect();
        assert!(
            both.is_empty(),
            "{}: both runs report paying {both:?}",
            case.at()
        );
        assert!(!case.money().is_empty(), "{}: nobody was paid", case.at());
        case.paid_once();
        assert_eq!(case.state_count("sending"), 0, "{}", case.at());
    }
}
