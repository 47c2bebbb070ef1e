//! `affpay status`: the morning check. Each exit code is made for real — a healthy setup
//! (0), a credential the mock refuses (4), a missing one (3), a settlement answered with a
//! 5xx that leaves an unknown outcome (9, which outranks a refused credential) — and
//! `--offline` is shown to send nothing. The rate-limit columns are filled by a run that
//! waited out a 429, and the `-o json` shape is pinned for monitoring systems.

use crate::util::{Env, MockServer, Reply, exits, fixture, ok, rows, stdout_of};
use serde_json::{Value, json};
use std::process::Output;

const TOKEN: &str = "smartico-operator-key-status";
const CHECK: &str = "GET /api/af2_balance_op?filter=%7B%7D&range=%5B0%2C0%5D";

/// `affpay ARGS` with Smartico configured at the mock.
fn smartico(env: &Env, server: &MockServer, args: &[&str]) -> Output {
    env.provider("smartico", server.url(), TOKEN)
        .args(args)
        .output()
        .unwrap()
}

fn balance() -> Reply {
    Reply::json(
        200,
        r#"[{"id":35427,"affiliate_id":35427,"affiliate_name":"A","balance":100,"treshold":0,"payments":0,"operator_currency":"EUR"}]"#,
    )
}

/// The one row of a run that reports one provider.
fn only_row(output: &Output) -> Value {
    let rows = rows(output);
    assert_eq!(rows.len(), 1, "{rows:?}");
    rows[0].clone()
}

#[test]
fn a_healthy_setup_is_exit_0_after_one_cheap_read_per_provider() {
    let env = Env::new();
    let server = env.mock(vec![balance()]);
    let output = smartico(&env, &server, &["status", "-o", "json"]);
    let row = only_row(&output);
    exits(&output, 0);
    assert_eq!(server.lines(), [CHECK], "one read call, nothing else");
    assert_eq!(
        (&row["state"], &row["credential"], &row["check"]),
        (&json!("ok"), &json!("env"), &json!("ok"))
    );
    assert_eq!(row["url"], server.url());

    // Every provider of the simulator, each checked.
    let output = env
        .cmd()
        .args(["--sandbox", "status", "-o", "json"])
        .output()
        .unwrap();
    let rows = rows(&output);
    exits(&output, 0);
    let checked: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["provider"].as_str().unwrap(),
                r["check"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        checked,
        [
            ("travelpayouts", "ok"),
            ("smartico", "ok"),
            ("affonso", "ok"),
            ("billon", "ok"),
            ("trackdesk", "ok")
        ]
    );
}

#[test]
fn a_rejected_credential_is_exit_4_and_a_missing_one_exit_3() {
    let env = Env::new();
    let server = env.mock(vec![Reply::json(401, r#"{"message":"bad key"}"#)]);
    let output = smartico(&env, &server, &["status", "-o", "json"]);
    let stderr = exits(&output, 4);
    let row = only_row(&output);
    assert_eq!(
        (&row["state"], &row["check"]),
        (&json!("rejected"), &json!("rejected"))
    );
    assert!(
        stderr.contains("smartico (default): credential rejected"),
        "{stderr}"
    );
    assert!(!stdout_of(&output).contains(TOKEN) && !stderr.contains(TOKEN));

    // Named but not configured: its row says what is missing.
    let output = env
        .cmd()
        .args(["status", "--provider", "tp", "-o", "json"])
        .output()
        .unwrap();
    exits(&output, 3);
    let row = only_row(&output);
    assert_eq!(
        (&row["state"], &row["credential"], &row["check"]),
        (&json!("missing"), &json!("none"), &json!("missing"))
    );

    // Nothing configured at all.
    let output = env.cmd().arg("status").output().unwrap();
    let stderr = exits(&output, 3);
    assert!(stderr.contains("affpay --sandbox status"), "{stderr}");
}

#[test]
fn an_unresolved_unknown_outcome_is_exit_9_and_outranks_a_rejected_credential() {
    let env = Env::new();
    let server = env.mock(vec![balance(), Reply::json(500, "")]);
    let settle = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "10",
        "--batch",
        "nightly",
        "--yes",
    ];
    exits(&smartico(&env, &server, &settle), 9);

    let server = env.mock(vec![Reply::json(401, "{}")]);
    let output = smartico(&env, &server, &["status", "-o", "json"]);
    let stderr = exits(&output, 9);
    let row = only_row(&output);
    assert_eq!(server.lines(), [CHECK]);
    assert_eq!(row["state"], "unknown_outcome");
    assert_eq!(row["check"], "rejected", "still checked and said");
    assert_eq!(row["unresolved"], 1);
    assert_eq!(
        (
            &row["last_batch"],
            &row["succeeded"],
            &row["failed"],
            &row["unknown"]
        ),
        (&json!("nightly"), &json!(0), &json!(0), &json!(1))
    );
    assert!(
        row["note"]
            .as_str()
            .unwrap()
            .contains("journal list --state sending")
    );
    assert!(
        stderr.contains("smartico (default): 1 unknown outcome(s)"),
        "{stderr}"
    );
    assert!(stderr.contains("affpay journal resolve"), "{stderr}");

    // Resolved, the same journal reads as a past run and the exit code follows the check.
    let key = crate::util::text(
        &serde_json::from_slice::<Value>(
            &env.cmd()
                .args(["journal", "list", "-o", "json"])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()[0]["key"],
    );
    ok(&env
        .cmd()
        .args([
            "journal",
            "resolve",
            &key,
            "--as",
            "succeeded",
            "--reason",
            "seen",
        ])
        .output()
        .unwrap());
    let output = smartico(&env, &server, &["status", "--offline", "-o", "json"]);
    exits(&output, 0);
    let row = only_row(&output);
    assert_eq!(
        (&row["unresolved"], &row["succeeded"], &row["unknown"]),
        (&json!(0), &json!(1), &json!(0))
    );
}

#[test]
fn offline_sends_nothing() {
    let env = Env::new();
    let server = env.mock(vec![]);
    let output = smartico(&env, &server, &["status", "--offline", "-o", "json"]);
    exits(&output, 0);
    assert!(server.requests().is_empty(), "{:?}", server.lines());
    let row = only_row(&output);
    assert_eq!(
        (&row["state"], &row["check"]),
        (&json!("ok"), &json!("skipped"))
    );
}

#[test]
fn json_carries_every_field_with_numbers_as_numbers() {
    let env = Env::new();
    let server = env.mock(vec![]);
    let output = smartico(&env, &server, &["status", "--offline", "-o", "json"]);
    let row = only_row(&output);
    let fields: Vec<&str> = row
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(fields, affpay::commands::status::COLUMNS);
    assert_eq!(
        row,
        json!({
            "provider": "smartico", "profile": "default", "state": "ok", "credential": "env",
            "check": "skipped", "url": server.url(), "last_batch": null, "last_run_at": null,
            "succeeded": null, "failed": null, "unknown": null, "unresolved": 0,
            "rate_waits_24h": 0, "rate_wait_s_24h": 0, "rate_gave_up_24h": 0,
            "last_rate_wait": null, "note": null,
        })
    );

    // The table shows fewer columns unless --wide; both end with the verdict.
    let table = ok(&smartico(&env, &server, &["status", "--offline"]));
    assert!(
        !table.contains("rate_gave_up_24h") && table.ends_with("status: ok\n"),
        "{table}"
    );
    let wide = ok(&smartico(&env, &server, &["status", "--offline", "--wide"]));
    assert!(wide.contains("rate_gave_up_24h"), "{wide}");
}

#[test]
fn rate_limit_waits_of_earlier_runs_are_shown() {
    let env = Env::new();
    let payments = Reply::json(200, &fixture("travelpayouts/get_user_payments.json"));
    let limited =
        Reply::json(429, r#"{"error":"Too Many Requests"}"#).with_header("Retry-After", "1");
    let server = env.mock(vec![limited.clone(), payments]);
    ok(&env
        .tp(server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap());
    // And one that gave up: the next wait would pass --max-rate-wait.
    let server = env.mock(vec![limited]);
    let output = env
        .tp(server.url())
        .args(["tp", "payouts", "--max-rate-wait", "0"])
        .output()
        .unwrap();
    exits(&output, 6);

    let output = env
        .tp(server.url())
        .args(["status", "--offline", "-o", "json"])
        .output()
        .unwrap();
    exits(&output, 0);
    let row = only_row(&output);
    assert_eq!(
        (
            &row["rate_waits_24h"],
            &row["rate_wait_s_24h"],
            &row["rate_gave_up_24h"]
        ),
        (&json!(1), &json!(1), &json!(1))
    );
    let last = row["last_rate_wait"].as_str().unwrap();
    assert!(last.len() == 24 && last.ends_with('Z'), "{last}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file = env.dir.path().join("data/rate-waits.jsonl");
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let record = std::fs::read_to_string(&file).unwrap();
        assert!(!record.contains(crate::util::TOKEN), "{record}");
    }
}

#[test]
fn a_check_that_cannot_be_made_keeps_its_own_exit_code() {
    let env = Env::new();
    // A port nothing listens on: the check fails to connect (exit 6), after its retries.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let status = |args: &[&str]| {
        env.cmd()
            .env("AFFPAY_SMARTICO_URL", &url)
            .env("AFFPAY_SMARTICO_TOKEN", TOKEN)
            .args(args)
            .output()
            .unwrap()
    };
    let output = status(&["status", "-o", "json"]);
    let stderr = exits(&output, 6);
    let row = only_row(&output);
    assert_eq!(
        (&row["state"], &row["check"]),
        (&json!("check_failed"), &json!("failed"))
    );
    assert!(
        row["note"].as_str().unwrap().contains("could not connect"),
        "{row}"
    );
    assert!(
        stderr.contains("smartico (default): credential could not be checked"),
        "{stderr}"
    );
    exits(&status(&["status", "--offline"]), 0);
}

#[test]
fn the_journal_read_is_the_one_the_runs_write() {
    let env = Env::new();
    let elsewhere = env.dir.path().join("shared").join("journal.sqlite3");
    std::fs::create_dir_all(elsewhere.parent().unwrap()).unwrap();
    let url = format!("sqlite://{}", elsewhere.display());
    let server = env.mock(vec![balance(), Reply::json(500, "")]);
    let settle = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "10",
        "--yes",
    ];
    let output = env
        .cmd()
        .env("AFFPAY_JOURNAL_URL", &url)
        .env("AFFPAY_SMARTICO_URL", server.url())
        .env("AFFPAY_SMARTICO_TOKEN", TOKEN)
        .args(settle)
        .output()
        .unwrap();
    exits(&output, 9);
    assert!(elsewhere.exists(), "the run wrote the configured journal");

    let output = env
        .cmd()
        .env("AFFPAY_JOURNAL_URL", &url)
        .env("AFFPAY_SMARTICO_URL", server.url())
        .env("AFFPAY_SMARTICO_TOKEN", TOKEN)
        .args(["status", "--offline", "-o", "json"])
        .output()
        .unwrap();
    exits(&output, 9);
    assert_eq!(only_row(&output)["unresolved"], 1);
}
