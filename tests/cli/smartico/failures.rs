//! Smartico payments whose answers break or are refused: unknown until resolved, never retried
//! by themselves, and the journal an audit export without secrets.

use super::*;

/// One bulk run in `env` whose only payment is answered by a dropped connection; returns
/// the key the journal left `sending`.
fn payment_with_dropped_answer(env: &Env) -> String {
    let (output, server) = run_in(
        env,
        SETTLE_ALL,
        vec![owed_one(), Reply::Drop, paid(), paid()],
    );
    let stderr = exits(&output, 9);
    assert_eq!(results(&output), pairs(&[("35427", "unknown")]), "{stderr}");
    assert_eq!(
        payments_posted(&server),
        [payment(35427, "100.5")],
        "not repeated"
    );
    let keys = keys_in(env, "sending");
    assert_eq!(keys.len(), 1, "{keys:?}");
    keys[0].clone()
}

#[test]
fn a_dropped_answer_is_unknown_until_resolved_as_succeeded() {
    let env = Env::new();
    let key = payment_with_dropped_answer(&env);
    // Paid from the balance Smartico reported: neither that amount nor its currency is in
    // the key, so a balance or a spelling that changes cannot make the payment look new.
    assert!(key.starts_with("smartico:default:settle:35427:::"), "{key}");

    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed_one(), paid(), paid()]);
    let stderr = exits(&output, 9);
    assert!(stderr.contains("journal resolve"), "{stderr}");
    assert!(
        stderr.contains(&key),
        "stderr names the key for cron mail: {stderr}"
    );
    assert_eq!(results(&output), pairs(&[("35427", "unknown")]));
    let detail = text(&rows(&output)[0]["detail"]);
    assert!(
        detail.contains(&format!("journal resolve {key}")),
        "{detail}"
    );
    assert!(payments_posted(&server).is_empty());

    resolve(&env, &key, &["--succeeded", "--reference", "777"]);
    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed_one(), paid(), paid()]);
    let reported = rows(&output);
    ok(&output);
    assert_eq!(
        (&reported[0]["result"], &reported[0]["reference"]),
        (&Value::from("already_done"), &Value::from("777"))
    );
    assert!(payments_posted(&server).is_empty());
    assert!(keys_in(&env, "sending").is_empty());
}

#[test]
fn a_dropped_answer_resolved_as_failed_is_sent_once_more() {
    let env = Env::new();
    let key = payment_with_dropped_answer(&env);
    resolve(&env, &key, &["--failed"]);
    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed_one(), paid(), paid()]);
    assert_eq!(results(&output), pairs(&[("35427", "succeeded")]));
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(35427, "100.5")]);
    assert_eq!(keys_in(&env, "succeeded"), [key]);
}

fn three_owed() -> Reply {
    balances(&[(1, "10"), (2, "20"), (3, "30")])
}

#[test]
fn one_refused_payment_of_three_exits_8_and_a_rerun_sends_only_it() {
    let env = Env::new();
    let script = vec![
        three_owed(),
        paid(),
        refused(400, "payment method missing"),
        paid(),
        paid(),
    ];
    let (output, server) = run_in(&env, SETTLE_ALL, script);
    exits(&output, 8);
    assert_eq!(
        results(&output),
        pairs(&[("1", "succeeded"), ("2", "failed"), ("3", "succeeded")])
    );
    let detail = text(&rows(&output)[1]["detail"]);
    assert!(
        detail.contains("400") && detail.contains("payment method missing"),
        "{detail}"
    );
    assert_eq!(payments_posted(&server).len(), 3);

    let (output, server) = run_in(&env, SETTLE_ALL, vec![three_owed(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[
            ("1", "already_done"),
            ("2", "succeeded"),
            ("3", "already_done")
        ])
    );
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(2, "20")]);
}

#[test]
fn a_rejected_key_stops_a_bulk_run_at_the_first_payment() {
    let script = vec![three_owed(), refused(401, "bad key"), paid(), paid()];
    let (output, server) = run(SETTLE_ALL, script);
    let stderr = exits(&output, 4);
    assert!(stderr.contains("auth login smartico"), "{stderr}");
    assert_eq!(
        results(&output),
        pairs(&[
            ("1", "failed"),
            ("2", "not_attempted"),
            ("3", "not_attempted")
        ])
    );
    assert_eq!(payments_posted(&server), [payment(1, "10")]);
}

#[test]
fn the_journal_is_an_audit_export_without_secrets() {
    let env = Env::new();
    let owed = || balances(&[(35427, "39949.47024789999"), (217628, "5526.5585835")]);
    let script = vec![owed(), paid(), refused(400, "closed account"), paid()];
    let (output, server) = run_in(&env, SETTLE_ALL, script);
    exits(&output, 8);

    let output = env
        .cmd()
        .args(["journal", "list", "-o", "csv"])
        .output()
        .unwrap();
    let csv = ok(&output);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {headers:?}"))
    };
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2, "{csv}");
    assert_eq!(
        csv.lines().filter(|l| l.starts_with("key,")).count(),
        1,
        "{csv}"
    );
    let field = |i: usize, name: &str| records[i][column(name)].to_string();
    assert_eq!(
        [0, 1].map(|i| [field(i, "provider"), field(i, "target"), field(i, "amount")]),
        [
            ["smartico", "35427", "39949.47"].map(String::from),
            ["smartico", "217628", "5526.55"].map(String::from),
        ]
    );
    assert_eq!(
        [0, 1].map(|i| [field(i, "state"), field(i, "reference")]),
        [["succeeded", "15561"], ["failed", ""]].map(|r| r.map(String::from))
    );
    assert!(field(0, "created_at").starts_with("20"), "{csv}");
    assert!(!field(0, "key").is_empty() && field(0, "key") != field(1, "key"));
    assert!(!csv.contains(TOKEN));

    let key = field(0, "key");
    let output = env
        .cmd()
        .args(["journal", "show", &key, "-o", "json"])
        .output()
        .unwrap();
    let shown: Value = serde_json::from_str(&ok(&output)).expect("one JSON object");
    assert_eq!(shown["key"], key.as_str());
    assert_eq!(
        shown["request"],
        format!(
            "POST {}{PAYMENTS} {}",
            server.url(),
            payment(35427, "39949.47")
        )
    );
    assert!(!stdout_of(&output).contains(TOKEN));

    let count = |filters: &[&str]| journal(&env, &[&["list"], filters].concat()).len();
    let filters = ["--since", "2020-01-01", "--provider", "smartico", "--state"];
    assert_eq!(count(&[&filters[..], &["succeeded"]].concat()), 1);
    assert_eq!(count(&[&filters[..], &["failed"]].concat()), 1);
    assert_eq!(count(&[&filters[..], &["sending"]].concat()), 0);
    assert_eq!(count(&["--provider", "travelpayouts"]), 0);
    assert_eq!(count(&["--since", "2999-01-01"]), 0);
}
