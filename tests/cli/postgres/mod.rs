//! The journal and run lock in a real PostgreSQL (`AFFPAY_TEST_POSTGRES_URL`; `.ci/run`
//! starts a throwaway cluster): two hosts sharing one journal pay everybody once, the
//! advisory lock makes a second run wait and dies with the process that held it, an
//! unreachable database stops a run before anything is sent, `journal migrate` copies a
//! SQLite journal exactly and only once, and the password shows up nowhere.
//!
//! Without `AFFPAY_TEST_POSTGRES_URL` these tests are skipped with a notice, unless
//! `AFFPAY_TEST_POSTGRES=required` (set by `.ci/run`) makes that a failure.
//!
//! The tests sit beside this file, one file per concern: `journal.rs`, `runs.rs`.

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

mod journal;
mod runs;
