//! Smartico against its simulator: balances move by exactly what is paid, reruns, two runs at
//! once, a killed run, broken answers.

use super::simulator_kit::*;
use super::*;

#[test]
fn a_simulated_payment_or_adjustment_moves_the_balance_by_exactly_the_amount() {
    let sim = affpay::commands::sandbox::start_default().expect("the simulator starts");
    let env = Env::new();
    let account = |id: &str| {
        let args = ["smartico", "balance", "--affiliate", id, "-o", "json"];
        let accounts = accounts_of(&on(&env, sim.url()).args(args).output().unwrap());
        assert_eq!(accounts.len(), 1, "{accounts:?}");
        accounts.into_values().next().unwrap()
    };
    let before = account("35001");
    let other = account("35002");

    let settle = [
        "smartico",
        "settle",
        "--affiliate",
        "35001",
        "--amount",
        "12.34",
        "--yes",
    ];
    ok(&on(&env, sim.url()).args(settle).output().unwrap());
    let paid = account("35001");
    let amount = Decimal::new(1234, 2);
    assert_eq!(paid.balance, before.balance - amount);
    assert_eq!(paid.payments, before.payments + amount);
    assert_eq!(paid.adjustments, before.adjustments);

    let adjust = [
        "smartico",
        "adjust",
        "--affiliate",
        "35001",
        "--amount",
        "-2.5",
        "--yes",
    ];
    ok(&on(&env, sim.url()).args(adjust).output().unwrap());
    let adjusted = account("35001");
    let amount = Decimal::new(-25, 1);
    assert_eq!(adjusted.balance, paid.balance + amount);
    assert_eq!(adjusted.adjustments, paid.adjustments + amount);
    assert_eq!(adjusted.payments, paid.payments);
    assert_eq!(account("35002"), other);
}

#[test]
fn refused_payments_are_paid_by_reruns_and_nobody_twice() {
    let sim = serve(&[
        "--smartico-affiliates",
        "10",
        "--smartico-reject-every",
        "2",
    ]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    assert!(owed.len() >= 4, "too few affiliates owed: {owed:?}");

    let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    exits(&output, 8);
    let reported = results(&output);
    let expected: Vec<&str> = (0..owed.len())
        .map(|i| if i % 2 == 1 { "failed" } else { "succeeded" })
        .collect();
    assert_eq!(
        reported.iter().map(|(_, r)| r.as_str()).collect::<Vec<_>>(),
        expected
    );
    assert_eq!(
        reported
            .iter()
            .map(|(t, _)| t.clone())
            .collect::<BTreeSet<_>>(),
        ids(&owed)
    );

    // The simulator keeps refusing every second payment, so it takes a few reruns; each
    // sends only what is still refused.
    let mut refused = targets(&reported, "failed");
    for _ in 0..6 {
        let output = on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
        let reported = results(&output);
        let sent: BTreeSet<String> = reported.iter().map(|(t, _)| t.clone()).collect();
        assert_eq!(sent, refused, "a rerun sends exactly what was refused");
        refused = targets(&reported, "failed");
        if refused.is_empty() {
            ok(&output);
            break;
        }
        exits(&output, if reported.len() == 1 { 5 } else { 8 });
    }
    assert!(refused.is_empty(), "still refused: {refused:?}");
    assert_paid_once(&before, &accounts(&sim.url), &owed);
}

#[test]
fn a_run_that_cannot_get_the_lock_in_time_exits_6_and_sends_nothing() {
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "500"]);
    let env = Env::new();
    let before = accounts(&sim.url);
    let owed = owed(&before);
    // 8 payments of 500 ms each: the first run holds the lock far longer than the second
    // waits (its 500 ms balance read, then 1 s).
    assert!(
        owed.len() >= 8,
        "the first run must outlast the second: {owed:?}"
    );

    let slow = on(&env, &sim.url)
        .args(SETTLE_ALL)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The first run journals its first payment only once it holds the lock.
    wait_for_journal(&env, |rows| !rows.is_empty());
    let args = [SETTLE_ALL, &["--lock-timeout", "1"]].concat();
    let second = on(&env, &sim.url).args(&args).output().unwrap();
    let stderr = exits(&second, 6);
    assert!(
        stderr.contains("another run") && stderr.contains("nothing was sent"),
        "{stderr}"
    );
    assert!(stdout_of(&second).is_empty(), "{}", stdout_of(&second));

    let first = slow.wait_with_output().unwrap();
    assert_eq!(targets(&results(&first), "succeeded"), ids(&owed));
    ok(&first);
    let entries = journal(&env, &["list"]);
    assert_eq!(entries.len(), owed.len());
    assert!(entries.iter().all(|e| e["attempts"] == 1), "{entries:?}");
    assert_paid_once(&before, &accounts(&sim.url), &owed);
}

#[test]
fn adjustments_of_another_type_are_other_operations() {
    let env = Env::new();
    let adjusted = || Reply::json(200, r#"{"success":true}"#);
    let adjust = |kind: &str| {
        let args = [
            "smartico",
            "adjust",
            "--affiliate",
            "348678",
            "--amount",
            "-11",
            "--type",
            kind,
            "--yes",
        ];
        run_in(&env, &args, vec![balances(&[(348678, "12.5")]), adjusted()])
    };
    let (output, server) = adjust("5");
    ok(&output);
    assert_eq!(posted(&sent(&server), ADJUSTMENTS).len(), 1);
    let (output, server) = adjust("7");
    ok(&output);
    assert_eq!(
        posted(&sent(&server), ADJUSTMENTS).len(),
        1,
        "type 7 is not type 5 again"
    );
    let (output, server) = adjust("7");
    ok(&output);
    assert!(
        posted(&sent(&server), ADJUSTMENTS).is_empty(),
        "the same type twice is done"
    );
}

#[test]
fn bulk_limits_must_be_positive_amounts() {
    let cases: &[(&[&str], &str)] = &[
        (&["--min-amount", "-1"], "'-1'"),
        (&["--min-amount", "1.234"], "'1.234'"),
        (&["--max-total", "0"], "'0'"),
        (&["--max-total", "lots"], "'lots'"),
    ];
    for (extra, named) in cases {
        let args = [
            &["smartico", "settle", "--above-threshold", "--yes"][..],
            extra,
        ]
        .concat();
        let (output, server) = run(&args, vec![owed_one(), paid()]);
        let stderr = exits(&output, 2);
        assert!(
            stderr.contains(named),
            "{extra:?} should name {named}: {stderr}"
        );
        assert!(sent(&server).is_empty(), "{extra:?} sent a request");
    }
}
