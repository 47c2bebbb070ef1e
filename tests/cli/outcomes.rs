//! The shared money path's rules, driven through Smartico and Billon against the recording
//! mock: which answers make a payment `succeeded`, `failed` or `unknown`; the per-target hold;
//! keys that come from what the operator asked; and the account scope that keeps one server's
//! record from answering for another's. The conformance suite runs every money-moving command
//! of every provider through the same faults; these tests pin each rule down on its own.
//!
//! This file is long because each rule gets a scripted scenario of its own (an answer, a rerun,
//! the journal read back), and the rules are one concern: what a payment's outcome is.

use crate::util::{Env, MockServer, Reply, exits, fixture, ok, pairs, results, text};
use serde_json::Value;
use std::process::Output;

const TOKEN: &str = "smartico-operator-key-outcomes";
const PAYMENTS: &str = "/api/af2_payments_op";

fn smartico(env: &Env, url: &str, args: &[&str]) -> Output {
    env.provider("smartico", url, TOKEN)
        .args(args)
        .output()
        .expect("affpay runs")
}

fn balance(id: i64, amount: &str, currency: &str) -> Reply {
    Reply::json(
        200,
        &format!(
            r#"[{{"id":{id},"affiliate_id":{id},"affiliate_name":"A {id}","balance":{amount},"treshold":0,"payments":0,"operator_currency":{currency}}}]"#
        ),
    )
}

fn paid() -> Reply {
    Reply::json(200, &fixture("smartico/af2_payments_op.json"))
}

/// `smartico settle --affiliate 35427 --amount AMOUNT`.
fn settle_one(amount: &str) -> Vec<String> {
    [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        amount,
        "--yes",
        "-o",
        "json",
    ]
    .map(str::to_string)
    .to_vec()
}

fn run(env: &Env, server: &MockServer, args: &[String]) -> Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    smartico(env, server.url(), &args)
}

fn posts(server: &MockServer) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == PAYMENTS)
        .count()
}

fn journal(env: &Env) -> Vec<Value> {
    let output = env
        .cmd()
        .args(["journal", "list", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    match serde_json::from_slice(&output.stdout).expect("a JSON document") {
        Value::Array(rows) => rows,
        other => panic!("not a list: {other}"),
    }
}

fn states(env: &Env) -> Vec<String> {
    journal(env).iter().map(|r| text(&r["state"])).collect()
}

/// The answers that may follow a payment already made: each leaves the payment `unknown`
/// (exit 9, journal `sending`), and the rerun sends nothing.
#[test]
fn answers_that_are_neither_success_nor_refusal_leave_the_payment_unknown() {
    let html = Reply::Http(200, vec![], "<html>gateway</html>".into());
    let cases = [
        (
            "302",
            Reply::json(302, "").with_header("Location", "https://elsewhere.example/"),
        ),
        ("303", Reply::json(303, "").with_header("Location", "/done")),
        (
            "307",
            Reply::json(307, "").with_header("Location", "/again"),
        ),
        ("308", Reply::json(308, "")),
        ("408", Reply::json(408, "")),
        ("409", Reply::json(409, "conflict")),
        ("500", Reply::json(500, "")),
        ("502", Reply::json(502, "<html>bad gateway</html>")),
        ("200 html", html),
        ("200 empty", Reply::json(200, "")),
        ("200 {}", Reply::json(200, "{}")),
        ("200 without an id", Reply::json(200, r#"{"amount":10}"#)),
        ("dropped", Reply::Drop),
    ];
    for (name, answer) in cases {
        let env = Env::new();
        let server = env.mock(vec![balance(35427, "100", "\"EUR\""), answer]);
        let output = run(&env, &server, &settle_one("10"));
        exits(&output, 9);
        assert_eq!(results(&output), pairs(&[("35427", "unknown")]), "{name}");
        assert_eq!(
            posts(&server),
            1,
            "{name}: sent once, never followed or repeated"
        );
        assert_eq!(states(&env), ["sending"], "{name}");

        let server = env.mock(vec![balance(35427, "100", "\"EUR\""), paid()]);
        let output = run(&env, &server, &settle_one("10"));
        exits(&output, 9);
        assert_eq!(posts(&server), 0, "{name}: the rerun sends nothing");
    }
}

#[test]
fn a_documented_refusal_is_a_failure_that_a_rerun_may_send_again() {
    for status in [400, 404, 422] {
        let env = Env::new();
        let refusal = Reply::json(status, r#"{"errorCode":1,"message":"no such affiliate"}"#);
        let server = env.mock(vec![balance(35427, "100", "\"EUR\""), refusal]);
        let output = run(&env, &server, &settle_one("10"));
        exits(&output, 5);
        assert_eq!(states(&env), ["failed"], "HTTP {status}");

        let server = env.mock(vec![balance(35427, "100", "\"EUR\""), paid()]);
        ok(&run(&env, &server, &settle_one("10")));
        assert_eq!(posts(&server), 1, "HTTP {status}: sent again, once");
        assert_eq!(states(&env), ["succeeded"]);
    }
}

/// A payment that timed out may be applied late: no other payment to that affiliate is sent,
/// whatever its amount or batch, until a person resolves the first.
#[test]
fn an_unknown_outcome_holds_its_target_for_any_amount_and_batch() {
    let env = Env::new();
    let server = env.mock(vec![balance(35427, "100", "\"EUR\""), Reply::Drop]);
    exits(&run(&env, &server, &settle_one("10")), 9);

    for (amount, batch) in [("15", None), ("10", Some("another-batch"))] {
        let mut args = settle_one(amount);
        if let Some(batch) = batch {
            args.extend(["--batch".to_string(), batch.to_string()]);
        }
        let server = env.mock(vec![balance(35427, "100", "\"EUR\""), paid()]);
        let output = run(&env, &server, &args);
        let stderr = exits(&output, 9);
        assert_eq!(results(&output), pairs(&[("35427", "held")]), "{stderr}");
        assert_eq!(posts(&server), 0, "{amount} {batch:?}");
    }
    // Another affiliate is not held.
    let server = env.mock(vec![balance(217628, "100", "\"EUR\""), paid()]);
    let mut other = settle_one("15");
    other[3] = "217628".to_string();
    let output = run(&env, &server, &other);
    exits(&output, 9); // the earlier unknown outcome still stands
    assert_eq!(results(&output), pairs(&[("217628", "succeeded")]));

    let key = text(&journal(&env)[0]["key"]);
    let resolved = env
        .cmd()
        .args([
            "journal",
            "resolve",
            &key,
            "--failed",
            "--reason",
            "not in the back office",
        ])
        .output()
        .unwrap();
    ok(&resolved);
    let entry = &journal(&env)[0];
    assert_eq!(text(&entry["resolution_reason"]), "not in the back office");
    assert!(text(&entry["resolved_by"]).contains('@'));
    let server = env.mock(vec![balance(35427, "100", "\"EUR\""), paid()]);
    ok(&run(&env, &server, &settle_one("15")));
    assert_eq!(posts(&server), 1, "resolved: the target is free again");
}

/// Smartico's operator currency respelled between runs (`EUR`, `eur`, `null`) is what the
/// provider reports, not what the operator asked: the payment keeps its key.
#[test]
fn a_currency_respelled_by_the_provider_does_not_pay_again() {
    let env = Env::new();
    let server = env.mock(vec![balance(35427, "100", "\"EUR\""), paid()]);
    ok(&run(&env, &server, &settle_one("10")));
    for spelling in ["\"eur\"", "null", "\" Eur\""] {
        let server = env.mock(vec![balance(35427, "100", spelling), paid()]);
        let output = run(&env, &server, &settle_one("10.00"));
        ok(&output);
        assert_eq!(results(&output), pairs(&[("35427", "already_done")]));
        assert_eq!(posts(&server), 0, "{spelling}");
    }
}

/// A rehearsal against another server (a simulator, a second operator host) is another
/// account: its payments never make a real one look done, and the journal shows the scope.
#[test]
fn a_payment_to_one_server_does_not_answer_for_another() {
    let env = Env::new();
    let rehearsal = MockServer::start(vec![balance(35427, "100", "\"EUR\""), paid()]);
    ok(&run(&env, &rehearsal, &settle_one("10")));
    let real = env.mock(vec![balance(35427, "100", "\"EUR\""), paid()]);
    let output = run(&env, &real, &settle_one("10"));
    ok(&output);
    assert_eq!(results(&output), pairs(&[("35427", "succeeded")]));
    assert_eq!(posts(&real), 1);
    let scopes: Vec<String> = journal(&env).iter().map(|r| text(&r["scope"])).collect();
    assert_eq!(scopes.len(), 2);
    assert!(scopes.contains(&rehearsal.url().to_string()), "{scopes:?}");
    assert!(scopes.contains(&real.url().to_string()), "{scopes:?}");
}

/// A Billon login that fails sends no payout: it is not an unknown outcome, nothing is left
/// `sending`, and the next run (the panel back) pays.
#[test]
fn a_failed_billon_login_is_not_an_unknown_payout() {
    let env = Env::new();
    let billon = |server: &MockServer| {
        env.cmd()
            .env("AFFPAY_BILLON_URL", server.url())
            .env("AFFPAY_BILLON_TOKEN", "billon-password-outcomes")
            .args([
                "billon",
                "settle",
                "--user",
                "u-1",
                "--amount",
                "12.50",
                "--currency",
                "PLN",
                "--description",
                "payout",
                "--project",
                "p-1",
                "--yes",
                "-o",
                "json",
            ])
            .output()
            .unwrap()
    };
    let down = vec![Reply::json(503, ""); 4];
    let server = env.mock(down);
    let output = billon(&server);
    let stderr = exits(&output, 6);
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.path == "/api/authenticate"),
        "no payout was sent: {stderr}"
    );
    assert!(
        states(&env).iter().all(|s| s != "sending"),
        "{:?}",
        states(&env)
    );

    let login = Reply::json(200, &fixture("billon/authenticate.json"));
    let created = Reply::json(200, &fixture("billon/create.json"));
    let server = env.mock(vec![login, created]);
    let output = billon(&server);
    ok(&output);
    assert_eq!(results(&output).len(), 1);
}

/// SIGTERM in the middle of a bulk run: the payment in flight finishes and is journaled, no
/// other starts, the rest are reported `not_attempted` in a report that was streamed row by
/// row, and the exit code is 143. The rerun pays the rest, each once.
#[test]
fn sigterm_mid_run_finishes_the_payment_in_flight_and_stops() {
    use crate::util::{Running, serve};
    use std::io::Read;
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "300"]);
    let env = Env::new();
    let settle = [
        "smartico",
        "settle",
        "--above-threshold",
        "--yes",
        "-o",
        "ndjson",
    ];
    let command = || {
        let mut command = env.process();
        command
            .env("AFFPAY_SMARTICO_URL", &sim.url)
            .env(
                "AFFPAY_SMARTICO_TOKEN",
                affpay::sandbox::token_for("smartico"),
            )
            .args(settle);
        command
    };
    let mut run = Running(
        command()
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while !states(&env).iter().any(|s| s == "succeeded") {
        assert!(Instant::now() < deadline, "no payment in 20 s");
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = run.0.id().to_string();
    // The shell's own `kill`: no procps needed on the machine.
    let killed = std::process::Command::new("sh")
        .args(["-c", &format!("kill -s TERM {pid}")])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = run.0.wait().unwrap();
    assert_eq!(status.code(), Some(143));
    let mut stdout = String::new();
    run.0
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    let reported = ndjson_results(&stdout);
    let done = reported.iter().filter(|r| *r == "succeeded").count();
    let rest = reported.iter().filter(|r| *r == "not_attempted").count();
    assert!(done >= 1 && rest >= 1, "{reported:?}");
    assert_eq!(done + rest, reported.len(), "{reported:?}");
    let journaled = states(&env);
    assert!(!journaled.contains(&"sending".to_string()), "{journaled:?}");
    assert_eq!(journaled.len(), done, "nothing started after the signal");

    let output = command().output().unwrap();
    let again = ndjson_results(&ok(&output));
    let paid_now = again.iter().filter(|r| *r == "succeeded").count();
    assert_eq!(paid_now, rest, "{again:?}");
}

fn ndjson_results(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| text(&serde_json::from_str::<Value>(l).unwrap()["result"]))
        .collect()
}

/// An answer over `--max-body-mb` is refused instead of read into memory: a read fails with
/// exit 5; the answer to a payment leaves its outcome unknown.
#[test]
fn an_answer_over_the_body_limit_is_not_read() {
    let huge = format!("[{}1]", "1,".repeat(600_000));
    let env = Env::new();
    let server = env.mock(vec![Reply::json(200, &huge)]);
    let output = smartico(
        &env,
        server.url(),
        &["smartico", "balance", "--max-body-mb", "1"],
    );
    let stderr = exits(&output, 5);
    assert!(stderr.contains("larger than 1 MiB"), "{stderr}");

    let server = env.mock(vec![
        balance(35427, "100", "\"EUR\""),
        Reply::json(200, &huge),
    ]);
    let mut args = settle_one("10");
    args.extend(["--max-body-mb".to_string(), "1".to_string()]);
    let output = run(&env, &server, &args);
    exits(&output, 9);
    assert_eq!(results(&output), pairs(&[("35427", "unknown")]));
}

/// A journal written by an older affpay — no scope, keys that held the provider's reported
/// amount and currency — is migrated on open, and what it paid today stays paid: the new key
/// differs, but the same target in the same batch is `already_done`.
#[test]
fn a_payment_in_an_old_journal_is_not_paid_again_after_the_upgrade() {
    let env = Env::new();
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let data = env.dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let conn = rusqlite::Connection::open(data.join("journal.sqlite3")).unwrap();
    conn.execute_batch(
        "CREATE TABLE operations (key TEXT PRIMARY KEY, provider TEXT NOT NULL,
           profile TEXT NOT NULL, operation TEXT NOT NULL, target TEXT NOT NULL, amount TEXT,
           currency TEXT, batch TEXT, request TEXT NOT NULL, state TEXT NOT NULL,
           reference TEXT, error TEXT, attempts INTEGER NOT NULL, created_at TEXT NOT NULL,
           updated_at TEXT NOT NULL, resolution TEXT);",
    )
    .unwrap();
    conn.execute(
        "INSERT INTO operations VALUES (?1, 'smartico', 'default', 'settle', '35427', '100.5',
           'EUR', ?2, 'POST /api/af2_payments_op', 'succeeded', '15561', NULL, 1,
           '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', NULL)",
        [
            format!("smartico:default:settle:35427:100.5:EUR:{today}"),
            today,
        ],
    )
    .unwrap();
    drop(conn);

    let server = env.mock(vec![balance(35427, "100.5", "\"eur\""), paid()]);
    let args = [
        "smartico",
        "settle",
        "--above-threshold",
        "--yes",
        "-o",
        "json",
    ];
    let output = smartico(&env, server.url(), &args);
    ok(&output);
    assert_eq!(results(&output), pairs(&[("35427", "already_done")]));
    assert_eq!(posts(&server), 0);
}
