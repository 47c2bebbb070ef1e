//! Faults with a clear answer: a 429 turned the request away, so it is sent again after the
//! wait.

use super::*;

/// A 429 turned the request away before anything was done: affpay waits and sends it once
/// more, and everything is paid exactly once.
#[test]
fn a_429_is_retried_after_the_wait_and_pays_once() {
    each_entry("429 Too Many Requests", every, |case| {
        let refused = Fault::Refuse(
            429,
            vec![("Retry-After".to_string(), "0".to_string())],
            "{}".to_string(),
        );
        case.proxy.set_rules(vec![case.rule(1, refused)]);
        let output = case.run();
        case.exits(&output, 0, "the run");
        let results = case.results(&output);
        assert!(
            !results.is_empty() && results.iter().all(|(_, r)| r.contains("succeeded")),
            "{}: {results:?}",
            case.at()
        );
        let (method, path) = case.entry.money;
        let arrived = case
            .proxy
            .received()
            .iter()
            .filter(|(m, p)| m == method && p.starts_with(path))
            .count();
        assert_eq!(
            arrived,
            case.money().len() + 1,
            "{}: the refused request was sent once more, and only it",
            case.at()
        );
        case.paid_once();
        assert_eq!(case.state_count("sending"), 0, "{}", case.at());
    });
}
