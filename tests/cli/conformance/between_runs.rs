//! What changes between runs — a respelled field, a balance, the server — changes no key.

use super::*;

/// A field affpay read from the provider (a currency) is spelled differently on the next
/// run: the rerun is the same request, already done, and sends nothing.
#[test]
fn a_respelled_field_between_runs_changes_no_key() {
    each_entry(
        "field spelling drift between runs",
        |e| !e.drift.is_empty(),
        |case| {
            let first = case.run();
            case.exits(&first, 0, "the first run");
            for value in [json!("eur"), Value::Null] {
                let rules = case
                    .entry
                    .drift
                    .iter()
                    .map(|(path, pointer)| {
                        Rule::every(
                            "GET",
                            path,
                            Fault::RewriteAnswer(pointer.to_string(), value.clone()),
                        )
                    })
                    .collect();
                case.proxy.set_rules(rules);
                let since = case.money().len();
                let reads = case.proxy.received().len();
                let rerun = case.run();
                case.exits(&rerun, 0, &format!("the rerun reading {value}"));
                let respelled = case.proxy.received()[reads..].iter().any(|(m, p)| {
                    m == "GET" && case.entry.drift.iter().any(|(d, _)| p.starts_with(d))
                });
                assert!(
                    respelled,
                    "{}: the rerun read no respelled answer: {:?}",
                    case.at(),
                    case.proxy.received()
                );
                let sent = case.money_lines().split_off(since);
                assert!(
                    sent.is_empty(),
                    "{}: the rerun reading {value} sent again: {sent:#?}",
                    case.at()
                );
                let results = case.results(&rerun);
                assert!(
                    results.iter().all(|(_, r)| r == "already_done"),
                    "{}: the rerun reading {value} reports {results:?}",
                    case.at()
                );
            }
            case.paid_once();
            assert_eq!(case.state_count("sending"), 0, "{}", case.at());
        },
    );
}

/// The target's balance moves after an unknown outcome: a rerun would compute another
/// amount, hence another request, for a target that may already be paid — it must send
/// nothing for it.
#[test]
fn a_balance_that_changes_after_an_unknown_outcome_pays_nothing_more() {
    each_entry(
        "balance changed between runs",
        |e| e.bump.is_some(),
        |case| {
            case.proxy
                .set_rules(vec![case.rule(1, answer(500, &[], "{}"))]);
            let first = case.run();
            case.exits(&first, 9, "the run that met a 500");
            let held = case.faulted_targets();
            let bump = case.entry.bump.expect("a bump");
            for target in &held {
                bump(&case.upstream, target);
            }
            case.proxy.set_rules(vec![]);
            let since = case.money().len();
            let rerun = case.run();
            case.exits(&rerun, 9, "the rerun after the balance changed");
            case.sent_nothing_for(since, &held, "the rerun after the balance changed");
            case.reports_held(&rerun, &held, "the rerun after the balance changed");
            case.paid_once();
        },
    );
}

/// A rehearsal against one server, then the real run against another with the same
/// journal: the second server is paid all the same.
#[test]
fn a_rehearsal_against_another_server_does_not_count_as_done() {
    each_entry("rehearsal against another server", every, |case| {
        let rehearsal = case.run();
        case.exits(&rehearsal, 0, "the rehearsal against server A");
        assert!(!case.money().is_empty(), "{}: A paid nothing", case.at());

        let b = Upstream::start(case.entry);
        let args = (case.entry.setup)(&b, case.env.dir.path());
        let proxy = FaultProxy::start(b.url());
        let real = case.run_with(proxy.url(), &args, BATCH);
        case.exits(&real, 0, "the run against server B");
        let results = case.results(&real);
        assert!(
            !results.is_empty() && results.iter().all(|(_, r)| r.contains("succeeded")),
            "{}: server B was not paid: {results:?}",
            case.at()
        );
        let paid_at_b = money_of(case.entry, &proxy);
        assert!(
            paid_at_b.iter().any(Exchange::ok),
            "{}: B received no money request: {:?}",
            case.at(),
            proxy.received()
        );
        paid_once_at(case.entry, &proxy, &format!("{} at B", case.at()));
        case.paid_once();
        let states = case.states();
        assert_eq!(
            (states.get("sending"), states.get("failed")),
            (None, None),
            "{}: both servers' requests succeeded: {states:?}",
            case.at()
        );
    });
}
