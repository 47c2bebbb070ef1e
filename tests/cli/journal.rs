//! `affpay journal` for people: a compact list that filters what is asked and refuses what
//! cannot match, an export with every field, and resolving several unknown outcomes at once
//! with who did it and why.

use crate::util::{Env, Reply, exits, fixture, ok, pairs, results, stderr_of, stdout_of, text};
use serde_json::Value;

const TOKEN: &str = "smartico-operator-key-journal";

fn balance(ids: &[i64]) -> Reply {
    let rows: Vec<String> = ids
        .iter()
        .map(|id| {
            format!(
                r#"{{"id":{id},"affiliate_id":{id},"affiliate_name":"A {id}","balance":10,"treshold":0,"payments":0,"operator_currency":"EUR"}}"#
            )
        })
        .collect();
    Reply::json(200, &format!("[{}]", rows.join(",")))
}

/// Pays affiliates 1, 2 and 3 in `profile`; the answers to 2 and 3 are dropped (unknown).
fn three_payments(env: &Env, profile: &str) {
    let paid = Reply::json(200, &fixture("smartico/af2_payments_op.json"));
    let server = env.mock(vec![balance(&[1, 2, 3]), paid, Reply::Drop, Reply::Drop]);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .args([
            "--profile",
            profile,
            "smartico",
            "settle",
            "--above-threshold",
            "--yes",
        ])
        .output()
        .unwrap();
    exits(&output, 9);
}

fn journal(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd().arg("journal").args(args).output().unwrap()
}

fn listed(env: &Env, args: &[&str]) -> Vec<Value> {
    let output = journal(env, &[&["list", "-o", "json"], args].concat());
    serde_json::from_str(&ok(&output)).unwrap()
}

#[test]
fn the_list_filters_what_is_asked_and_refuses_what_cannot_match() {
    let env = Env::new();
    three_payments(&env, "default");
    assert_eq!(listed(&env, &[]).len(), 3);
    assert_eq!(listed(&env, &["--state", "sending"]).len(), 2);
    assert_eq!(listed(&env, &["--limit", "1"]).len(), 1);
    assert_eq!(listed(&env, &["--provider", "smartico"]).len(), 3);
    assert_eq!(listed(&env, &["--until", "2000-01-01"]).len(), 0);
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert_eq!(
        listed(&env, &["--since", &today, "--until", &today]).len(),
        3
    );

    let output = env
        .cmd()
        .args(["--profile", "other", "journal", "list", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(ok(&output).trim(), "[]", "--profile narrows the rows");

    let output = journal(&env, &["list", "--provider", "smartco"]);
    let stderr = exits(&output, 2);
    assert!(
        stderr.contains("smartco") && stderr.contains("smartico"),
        "{stderr}"
    );
    exits(&journal(&env, &["list", "--state", "sent"]), 2);
    exits(
        &journal(
            &env,
            &["list", "--since", "2026-12-02", "--until", "2026-12-01"],
        ),
        2,
    );
}

#[test]
fn the_table_is_compact_unless_wide_and_the_export_has_every_field() {
    let env = Env::new();
    three_payments(&env, "default");
    let table = ok(&journal(&env, &["list"]));
    let header = table
        .lines()
        .find(|l| l.contains("provider"))
        .unwrap()
        .to_string();
    assert!(
        header.contains("state") && !header.contains("request"),
        "{header}"
    );
    let wide = ok(&journal(&env, &["list", "--wide"]));
    assert!(wide.contains("request") && wide.contains("scope"), "{wide}");

    let export = ok(&journal(&env, &["export"]));
    let mut reader = csv::Reader::from_reader(export.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    for field in [
        "key",
        "scope",
        "actor",
        "version",
        "resolved_by",
        "resolution_reason",
        "request",
    ] {
        assert!(headers.iter().any(|h| h == field), "{field} in {headers:?}");
    }
    assert_eq!(reader.records().count(), 3);
}

#[test]
fn several_unknown_outcomes_resolve_at_once_with_who_and_why() {
    let env = Env::new();
    three_payments(&env, "default");
    let output = journal(&env, &["resolve", "--all-unknown", "--as", "failed"]);
    assert!(
        stderr_of(&output).contains("--reason"),
        "the reason is required"
    );
    assert_eq!(
        listed(&env, &["--state", "sending"]).len(),
        2,
        "nothing changed"
    );

    let output = journal(
        &env,
        &[
            "resolve",
            "--all-unknown",
            "--provider",
            "smartico",
            "--as",
            "failed",
            "--reason",
            "not in the back office",
        ],
    );
    ok(&output);
    assert!(listed(&env, &["--state", "sending"]).is_empty());
    let failed = listed(&env, &["--state", "failed"]);
    assert_eq!(failed.len(), 2);
    for entry in &failed {
        assert_eq!(entry["resolution_reason"], "not in the back office");
        assert!(entry["resolved_by"].as_str().unwrap().contains('@'));
    }

    // Named keys, several at once; an entry that is not unknown refuses the whole call.
    let env = Env::new();
    three_payments(&env, "default");
    let keys: Vec<String> = listed(&env, &["--state", "sending"])
        .iter()
        .map(|e| e["key"].as_str().unwrap().to_string())
        .collect();
    let done = listed(&env, &["--state", "succeeded"])[0]["key"]
        .as_str()
        .unwrap()
        .to_string();
    let output = journal(
        &env,
        &[
            "resolve",
            &keys[0],
            &done,
            "--as",
            "succeeded",
            "--reason",
            "x",
        ],
    );
    exits(&output, 2);
    assert_eq!(
        listed(&env, &["--state", "sending"]).len(),
        2,
        "nothing changed"
    );
    let output = journal(
        &env,
        &[
            "resolve",
            &keys[0],
            &keys[1],
            "--as",
            "succeeded",
            "--reason",
            "paid",
        ],
    );
    ok(&output);
    assert_eq!(listed(&env, &["--state", "succeeded"]).len(), 3);
    assert!(stdout_of(&output).is_empty());
}

/// A journal written by the first releases (tests/fixtures/journal/v1.sqlite3, built by
/// v1.sql: no schema version, no scope, no `note` column — the file on which an affpay
/// without migrations failed with `no such column: note`) is migrated forward on first use:
/// every row is listed, a settle reads it (what it paid stays paid, what failed is paid now),
/// and the file is at the current schema version afterwards.
#[test]
fn a_journal_from_the_first_releases_is_migrated_and_keeps_its_rows() {
    let env = Env::new();
    let data = env.dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let journal_file = data.join("journal.sqlite3");
    let old =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journal/v1.sqlite3");
    std::fs::copy(&old, &journal_file).unwrap();
    let version = || -> i64 {
        rusqlite::Connection::open(&journal_file)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(
        version(),
        0,
        "the fixture is an unversioned first-release journal"
    );

    let rows = listed(&env, &["--wide"]);
    let states: Vec<(String, String)> = rows
        .iter()
        .map(|r| (text(&r["target"]), text(&r["state"])))
        .collect();
    assert_eq!(
        states,
        pairs(&[
            ("userName=tester", "succeeded"),
            ("35427", "succeeded"),
            ("35428", "failed")
        ])
    );
    assert_eq!(version(), 3, "migrated by the first read");

    // 35427 was paid in batch 2026-11-20 under the old key: not paid again. 35428 failed
    // then: paid now, and recorded in the migrated table beside the old rows.
    let paid = Reply::json(200, &fixture("smartico/af2_payments_op.json"));
    let server = env.mock(vec![
        balance(&[35427, 35428]),
        balance(&[35427, 35428]),
        paid,
    ]);
    let settle = |affiliate: &str, amount: &str| {
        env.provider("smartico", server.url(), TOKEN)
            .args(["smartico", "settle", "--affiliate", affiliate])
            .args([
                "--amount",
                amount,
                "--batch",
                "2026-11-20",
                "--yes",
                "-o",
                "json",
            ])
            .output()
            .unwrap()
    };
    let output = settle("35427", "150.00");
    assert_eq!(results(&output), pairs(&[("35427", "already_done")]));
    let output = settle("35428", "20.00");
    assert_eq!(results(&output), pairs(&[("35428", "succeeded")]));
    let lines = server.lines();
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("POST")).count(),
        1,
        "{lines:?}"
    );

    let rows = listed(&env, &[]);
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert_eq!(version(), 3);
}

#[test]
fn a_journal_is_not_copied_while_a_run_may_write_to_it_nor_written_while_copied() {
    let env = Env::new();
    three_payments(&env, "default");
    let lock = env.dir.path().join("data/locks/journal.lock");
    let copy = env.dir.path().join("copy.sqlite3");
    let to = format!("sqlite://{}", copy.display());
    let held = std::fs::File::open(&lock).expect("a run left its journal lock file");

    // A run holds the journal (shared): the copy waits for it.
    held.try_lock_shared().unwrap();
    let stderr = exits(&journal(&env, &["migrate", "--to", &to]), 6);
    assert!(stderr.contains("nothing was copied"), "{stderr}");
    assert!(!copy.exists());
    held.unlock().unwrap();

    // A copy holds it (alone): a run sends nothing.
    held.try_lock().unwrap();
    let server = env.mock(vec![balance(&[4])]);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .args(["smartico", "settle", "--above-threshold", "--yes"])
        .output()
        .unwrap();
    let stderr = exits(&output, 6);
    assert!(stderr.contains("journal migrate"), "{stderr}");
    assert!(
        server.requests().iter().all(|r| r.method == "GET"),
        "{:?}",
        server.lines()
    );
    held.unlock().unwrap();

    ok(&journal(&env, &["migrate", "--to", &to]));
    assert!(copy.exists());
}
