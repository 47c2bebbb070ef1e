//! Runs sharing a journal in PostgreSQL: two hosts pay everybody once, the advisory lock makes a
//! second run give up and dies with its holder, an unreachable database or a refused password
//! stops a run before any payment.

use super::*;

#[test]
fn two_hosts_sharing_one_journal_started_together_pay_everybody_once() {
    let Some(db) = Database::new() else { return };
    let sim = serve(&["--smartico-affiliates", "8", "--smartico-delay-ms", "50"]);
    let before = payments(&sim.url);
    let (host_a, host_b) = (Env::new(), Env::new());
    let start = |env: &Env| {
        db.on(env, &sim.url)
            .args(SETTLE_ALL)
            .args(["-v", "--lock-timeout", "60"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (start(&host_a), start(&host_b));
    let outputs = [a, b].map(|child| child.wait_with_output().unwrap());
    let mut paid = BTreeMap::new();
    for output in &outputs {
        exits(output, 0);
        db.assert_unseen(output);
        for (target, result) in results(output) {
            if result == "succeeded" {
                *paid.entry(target).or_insert(0) += 1;
            } else {
                assert_eq!(result, "already_done", "{}", stderr_of(output));
            }
        }
    }
    assert!(!paid.is_empty(), "somebody was owed money");
    assert!(paid.values().all(|n| *n == 1), "paid twice: {paid:?}");
    let after = payments(&sim.url);
    let moved: Vec<i64> = after
        .iter()
        .filter(|(id, p)| **p != before[*id])
        .map(|(id, _)| *id)
        .collect();
    let mut paid_ids: Vec<i64> = paid.keys().map(|t| t.parse().unwrap()).collect();
    paid_ids.sort_unstable();
    assert_eq!(moved, paid_ids, "the simulator saw exactly these paid");
    let rows = db.journal(&host_b);
    assert_eq!(
        rows.len(),
        paid.len(),
        "one journal row per payment, on both hosts"
    );
    assert_eq!(rows, db.journal(&host_a));
}

#[test]
fn the_advisory_lock_makes_a_second_run_give_up_and_dies_with_kill_9() {
    let Some(db) = Database::new() else { return };
    let sim = serve(&["--smartico-affiliates", "6", "--smartico-delay-ms", "1500"]);
    let (host_a, host_b) = (Env::new(), Env::new());
    let mut holder = db
        .on(&host_a, &sim.url)
        .args(SETTLE_ALL)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The first row is journaled only once the run holds the lock; its request is in flight.
    wait_until("the first payment", || {
        db.try_sql("SELECT 1 FROM affpay_operations")
            .is_ok_and(|rows| !rows.is_empty())
    });

    let waited = db
        .on(&host_b, &sim.url)
        .args(SETTLE_ALL)
        .args(["--lock-timeout", "1"])
        .output()
        .unwrap();
    let stderr = exits(&waited, 6);
    assert!(
        stderr.contains("waiting up to 1 s") && stderr.contains("nothing was sent"),
        "{stderr}"
    );
    assert!(
        holder.try_wait().unwrap().is_none(),
        "still holding the lock"
    );

    holder.kill().unwrap(); // SIGKILL: no destructor, no unlock; the server ends the session.
    holder.wait().unwrap();
    let started = Instant::now();
    let next = db
        .on(&host_b, &sim.url)
        .args(SETTLE_ALL)
        .args(["--lock-timeout", "0"])
        .output()
        .unwrap();
    // The killed run's request in flight is an unknown outcome (exit 9), not a held lock.
    let stderr = exits(&next, 9);
    assert!(!stderr.contains("another run"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(30));
    let sending = db.sql("SELECT key FROM affpay_operations WHERE state = 'sending'");
    assert_eq!(sending.len(), 1, "only the killed request is unknown");
}

#[test]
fn an_unreachable_database_stops_the_run_with_6_before_any_payment() {
    let env = Env::new();
    let server = env.mock(vec![
        Reply::json(
            200,
            r#"[{"id":1,"affiliate_id":1,"affiliate_name":"A","balance":10,"treshold":0,"payments":0,"operator_currency":"EUR"}]"#,
        ),
        Reply::json(200, &fixture("smartico/af2_payments_op.json")),
    ]);
    let secret = "unreachable-db-pass-42";
    let output = env
        .provider_process("smartico", server.url(), "smartico-key-unreachable")
        .env(
            "AFFPAY_JOURNAL_URL",
            format!("postgres://affpay:{secret}@127.0.0.1:1/affpay"),
        )
        .args(["-v", "smartico", "settle", "--above-threshold", "--yes"])
        .output()
        .unwrap();
    let stderr = exits(&output, 6);
    assert!(
        stderr.contains("cannot reach the journal database"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(secret) && !stdout_of(&output).contains(secret),
        "{stderr}"
    );
    assert!(
        server.lines().iter().all(|line| !line.starts_with("POST")),
        "nothing was sent: {:?}",
        server.lines()
    );
    let listed = env
        .process()
        .env(
            "AFFPAY_JOURNAL_URL",
            format!("postgres://affpay:{secret}@127.0.0.1:1/affpay"),
        )
        .args(["journal", "list"])
        .output()
        .unwrap();
    assert!(!exits(&listed, 6).contains(secret));
}

#[test]
fn a_refused_password_exits_3_and_is_never_shown() {
    let Some(db) = Database::new() else { return };
    let env = Env::new();
    let wrong = "wrong-password-for-the-journal";
    let output = db
        .affpay(&env)
        .env("PGPASSWORD", wrong)
        .args(["-v", "journal", "list"])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(
        stderr.contains("password authentication failed"),
        "{stderr}"
    );
    assert!(!stderr.contains(wrong), "{stderr}");
    let with_url_password = db.url_with(wrong);
    let output = env
        .process()
        .env("AFFPAY_JOURNAL_URL", &with_url_password)
        .args(["journal", "list"])
        .output()
        .unwrap();
    assert!(!exits(&output, 3).contains(wrong));
}
