//! The journal and run lock in a real PostgreSQL (`AFFPAY_TEST_POSTGRES_URL`; `.ci/run`
//! starts a throwaway cluster): two hosts sharing one journal pay everybody once, the
//! advisory lock makes a second run wait and dies with the process that held it, an
//! unreachable database stops a run before anything is sent, `journal migrate` copies a
//! SQLite journal exactly and only once, and the password shows up nowhere.
//!
//! Without `AFFPAY_TEST_POSTGRES_URL` these tests are skipped with a notice, unless
//! `AFFPAY_TEST_POSTGRES=required` (set by `.ci/run`) makes that a failure.

use crate::util::{Env, Reply, exits, fixture, ok, results, rows, serve, stderr_of, stdout_of};
use affpay::sandbox::token_for;
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const SETTLE_ALL: &[&str] = &[
    "smartico",
    "settle",
    "--above-threshold",
    "--yes",
    "-o",
    "json",
];

/// A schema of its own in the test database; the URL affpay gets names it with `options`
/// and carries no password (that comes from `PGPASSWORD`, as the README advises).
pub struct Database {
    url: String,
    password: String,
    schema: String,
    admin: String,
}

impl Database {
    pub fn new() -> Option<Database> {
        let Some(admin) = std::env::var("AFFPAY_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())
        else {
            // CI says it requires the database, so there a missing one fails instead of passing.
            if std::env::var("AFFPAY_TEST_POSTGRES").as_deref() == Ok("required") {
                panic!(
                    "AFFPAY_TEST_POSTGRES=required but AFFPAY_TEST_POSTGRES_URL is not set: start a \
                     throwaway cluster with `.ci/postgres start /tmp/affpay-pg 55432` and export the \
                     URL it prints"
                );
            }
            eprintln!(
                "notice: AFFPAY_TEST_POSTGRES_URL is not set: the PostgreSQL journal is not tested \
                 (`.ci/postgres start DIR PORT` starts a throwaway cluster)"
            );
            return None;
        };
        let schema = format!("affpay_c_{:016x}", fastrand::u64(..));
        let mut parsed = url::Url::parse(&admin).expect("a URL");
        let password = parsed.password().unwrap_or("").to_string();
        assert!(
            password.len() >= 8,
            "the test database's password must be in AFFPAY_TEST_POSTGRES_URL"
        );
        parsed.set_password(None).unwrap();
        parsed
            .query_pairs_mut()
            .append_pair("options", &format!("-c search_path={schema}"))
            .append_pair("application_name", &schema);
        let url = parsed.to_string();
        let db = Database {
            url,
            password,
            schema,
            admin,
        };
        db.sql(&format!("CREATE SCHEMA {}", db.schema));
        Some(db)
    }

    /// The URL with the password in it, for a config.toml (0600) rather than the environment.
    pub fn url_with_password(&self) -> String {
        self.url_with(&self.password)
    }

    /// The URL with `password` in it, whatever the test role is called.
    fn url_with(&self, password: &str) -> String {
        let mut url = url::Url::parse(&self.url).expect("a URL");
        url.set_password(Some(password)).expect("a URL with a host");
        url.to_string()
    }

    fn sql(&self, sql: &str) -> Vec<postgres::Row> {
        self.try_sql(sql).unwrap()
    }

    fn try_sql(&self, sql: &str) -> Result<Vec<postgres::Row>, postgres::Error> {
        let mut client = postgres::Client::connect(&self.admin, postgres::NoTls)?;
        client.batch_execute(&format!("SET search_path = {}", self.schema))?;
        client.query(sql, &[])
    }

    /// `affpay` in `env` with this database as its journal and the password in PGPASSWORD.
    fn affpay(&self, env: &Env) -> Command {
        let mut cmd = env.process();
        cmd.env("AFFPAY_JOURNAL_URL", &self.url)
            .env("PGPASSWORD", &self.password)
            .stdin(Stdio::null());
        cmd
    }

    /// `affpay` in `env` settling against the simulator at `sim`.
    fn on(&self, env: &Env, sim: &str) -> Command {
        let mut cmd = self.affpay(env);
        cmd.env("AFFPAY_SMARTICO_URL", sim)
            .env("AFFPAY_SMARTICO_TOKEN", token_for("smartico"));
        cmd
    }

    fn journal(&self, env: &Env) -> Vec<Value> {
        let output = self
            .affpay(env)
            .args(["journal", "list", "-o", "json"])
            .output()
            .unwrap();
        serde_json::from_str(&ok(&output)).unwrap()
    }

    /// Asserts that nothing affpay printed holds the password.
    fn assert_unseen(&self, output: &Output) {
        for text in [stdout_of(output), stderr_of(output)] {
            assert!(!text.contains(&self.password), "password shown: {text}");
        }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP SCHEMA {} CASCADE", self.schema));
        }
    }
}

/// Each affiliate's payments so far, from the simulator.
fn payments(sim: &str) -> BTreeMap<i64, Decimal> {
    accounts(sim)
        .into_iter()
        .map(|(id, (_, paid))| (id, paid))
        .collect()
}

/// Each affiliate's (what `settle --above-threshold` owes it, payments so far).
fn accounts(sim: &str) -> BTreeMap<i64, (Decimal, Decimal)> {
    let output = Env::new()
        .provider_process("smartico", sim, token_for("smartico").as_str())
        .args(["smartico", "balance", "--all", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    rows(&output)
        .iter()
        .map(|r| {
            let number = |name: &str| -> Decimal { crate::util::text(&r[name]).parse().unwrap() };
            let balance = number("balance");
            let owed = if balance > Decimal::ZERO && balance >= number("treshold") {
                balance.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero)
            } else {
                Decimal::ZERO
            };
            (
                r["affiliate_id"].as_i64().unwrap(),
                (owed, number("payments")),
            )
        })
        .collect()
}

fn wait_until(what: &str, ready: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !ready() {
        assert!(Instant::now() < deadline, "{what} never happened");
        std::thread::sleep(Duration::from_millis(50));
    }
}

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

#[test]
fn migrate_copies_a_sqlite_journal_exactly_and_only_once() {
    let Some(db) = Database::new() else { return };
    let env = Env::new();
    let balances = Reply::json(
        200,
        r#"[{"id":1,"affiliate_id":1,"affiliate_name":"A","balance":10,"treshold":0,"payments":0,"operator_currency":"EUR"},
            {"id":2,"affiliate_id":2,"affiliate_name":"B","balance":20,"treshold":0,"payments":0,"operator_currency":"EUR"},
            {"id":3,"affiliate_id":3,"affiliate_name":"C","balance":30,"treshold":0,"payments":0,"operator_currency":"EUR"}]"#,
    );
    let server = env.mock(vec![
        balances,
        Reply::json(200, &fixture("smartico/af2_payments_op.json")),
        Reply::json(
            400,
            r#"{"errorCode":400,"message":"payment method missing"}"#,
        ),
        Reply::Drop,
    ]);
    // Paid, refused and unknown, in the SQLite journal of the data directory.
    let output = env
        .provider_process("smartico", server.url(), "smartico-key-migrate")
        .args(SETTLE_ALL)
        .output()
        .unwrap();
    exits(&output, 9);
    let export = |cmd: &mut Command| {
        let output = cmd
            .args(["journal", "export", "-o", "json"])
            .output()
            .unwrap();
        serde_json::from_str::<Vec<Value>>(&ok(&output)).unwrap()
    };
    let local = export(&mut env.process());
    let states: Vec<&str> = local.iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["succeeded", "failed", "sending"]);

    let migrate = || {
        let mut cmd = env.process();
        cmd.env("PGPASSWORD", &db.password)
            .args(["journal", "migrate", "--to", &db.url])
            .output()
            .unwrap()
    };
    let first = migrate();
    ok(&first);
    let said = stderr_of(&first);
    assert!(said.contains("3 copied, 0 already"), "{said}");
    assert!(said.contains("1 failed, 1 sending, 1 succeeded"), "{said}");
    db.assert_unseen(&first);
    assert_eq!(
        export(&mut db.affpay(&env)),
        local,
        "the same rows, field by field"
    );

    let again = migrate();
    ok(&again);
    assert!(
        stderr_of(&again).contains("0 copied, 3 already"),
        "{}",
        stderr_of(&again)
    );
    assert_eq!(
        export(&mut db.affpay(&env)),
        local,
        "a second copy changes nothing"
    );

    // Resolved in the database since: the copy leaves that row as it is there, and says so.
    let unknown = local[2]["key"].as_str().unwrap();
    let resolve = [
        "journal", "resolve", unknown, "--as", "failed", "--reason", "checked",
    ];
    ok(&db.affpay(&env).args(resolve).output().unwrap());
    let third = migrate();
    let said = exits(&third, 8);
    assert!(said.contains("differs") && said.contains(unknown), "{said}");
    let rows = export(&mut db.affpay(&env));
    assert_eq!(rows[2]["state"], "failed", "not overwritten");
    assert_eq!(rows[..2], local[..2]);

    let with_password = db.url_with_password();
    let refused = env
        .process()
        .args(["journal", "migrate", "--to", &with_password])
        .output()
        .unwrap();
    assert!(exits(&refused, 2).contains("must not carry a password"));
}

#[test]
fn the_database_going_away_mid_run_stops_it_and_nothing_is_paid_twice() {
    let Some(db) = Database::new() else { return };
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "300"]);
    let before = accounts(&sim.url);
    let env = Env::new();
    let run = db
        .on(&env, &sim.url)
        .args(SETTLE_ALL)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until("two payments", || {
        db.try_sql("SELECT 1 FROM affpay_operations")
            .is_ok_and(|rows| rows.len() >= 2)
    });
    // What the database going away looks like to affpay: the server ends its sessions (the
    // journal's and the lock's) mid-run.
    db.sql(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{}'",
        db.schema
    ));
    let output = run.wait_with_output().unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("journal database"), "{stderr}");
    db.assert_unseen(&output);

    let rerun = db.on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    db.assert_unseen(&rerun);
    let unknown = db.sql("SELECT target FROM affpay_operations WHERE state = 'sending'");
    assert!(
        unknown.len() <= 1,
        "at most the request in flight is unknown"
    );
    assert_eq!(
        rerun.status.code(),
        Some(if unknown.is_empty() { 0 } else { 9 }),
        "{}",
        stderr_of(&rerun)
    );
    let unknown: Vec<i64> = unknown
        .iter()
        .map(|r| r.get::<_, String>(0).parse().unwrap())
        .collect();
    let after = payments(&sim.url);
    for (id, (owed, paid)) in &before {
        let moved = after[id] - paid;
        if unknown.contains(id) {
            assert!(moved == Decimal::ZERO || moved == *owed, "{id}: {moved}");
        } else {
            assert_eq!(moved, *owed, "{id} paid exactly what it was owed, once");
        }
    }
}

#[test]
fn the_journal_url_comes_from_the_profile_else_the_top_level_table_and_holds_no_password() {
    let env = Env::new();
    let data = env.dir.path().join("elsewhere");
    std::fs::create_dir_all(&data).unwrap();
    let shared = data.join("shared.sqlite3");
    let mine = data.join("mine.sqlite3");
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.toml"),
        format!("[journal]\nurl = \"sqlite://{}\"\n", shared.display()),
    )
    .unwrap();
    let config = |args: &[&str]| env.process().arg("config").args(args).output().unwrap();
    ok(&env.process().args(["journal", "list"]).output().unwrap());
    assert!(
        shared.exists(),
        "the top-level [journal] url serves every profile"
    );

    ok(&config(&[
        "set",
        "journal.url",
        &format!("sqlite://{}", mine.display()),
    ]));
    assert_eq!(
        ok(&config(&["get", "journal.url"])).trim(),
        format!("sqlite://{}", mine.display())
    );
    ok(&env.process().args(["journal", "list"]).output().unwrap());
    assert!(mine.exists(), "the profile's journal.url wins");
    let listed = ok(&config(&["list", "-o", "json"]));
    assert!(listed.contains("journal.url"), "{listed}");

    let refused = config(&[
        "set",
        "journal.url",
        "postgres://ops:hunter22@127.0.0.1/pay",
    ]);
    let stderr = exits(&refused, 2);
    assert!(stderr.contains("must not carry a password") && !stderr.contains("hunter22"));
    exits(
        &config(&["set", "journal.url", "postgres://ops@db.example/pay"]),
        2,
    );
    ok(&config(&["unset", "journal.url"]));
    exits(&config(&["get", "journal.url"]), 3);
}
