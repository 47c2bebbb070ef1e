//! The machinery every provider shares, exercised through Travelpayouts commands: where the
//! secret and the base URL come from, that the secret never leaks, retries and exit codes,
//! one-line errors, broken pipes, config.toml, global options and help.
//!
//! A provider's own tests check what it sends; these check what a user or a cron job sees
//! when something around the request goes right or wrong, because that is the same for every
//! provider and breaks for all of them at once.
//!
//! The tests sit beside this file, one file per concern: `config.rs`, `credentials.rs`,
//! `requests.rs`.

use crate::util::{Env, MockServer, Recorded, Reply, TOKEN, fixture, ok, stderr_of, stdout_of};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

const URL_VAR: &str = "AFFPAY_TRAVELPAYOUTS_URL";
const TOKEN_VAR: &str = "AFFPAY_TRAVELPAYOUTS_TOKEN";
const FILE_TOKEN: &str = "file-token-from-credentials-abcd";
const PAYMENTS: &str = "GET /finance/v2/get_user_payments";

fn payments() -> Reply {
    Reply::json(200, &fixture("travelpayouts/get_user_payments.json"))
}

fn balance_script() -> Vec<Reply> {
    vec![
        Reply::json(200, &fixture("travelpayouts/get_user_balance.json")),
        Reply::json(200, &fixture("travelpayouts/get_user_next_payout.json")),
    ]
}

/// What the mock received, once it has recorded the last request it answered.
fn sent(server: &MockServer) -> Vec<Recorded> {
    server.requests()
}

/// `affpay tp payouts` with a token in the environment, against a mock answering `script`.
fn payouts_against(script: Vec<Reply>) -> (Output, MockServer) {
    let server = MockServer::start(script);
    let output = Env::new()
        .tp(server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    (output, server)
}

/// Stderr of a run that must have exited with `code`.
fn failed(output: &Output, code: i32) -> String {
    let stderr = stderr_of(output);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    stderr
}

fn login_to_file(env: &Env, secret: &str) {
    env.cmd()
        .args(["auth", "login", "tp", "--with-token", "--insecure-storage"])
        .write_stdin(secret)
        .assert()
        .success();
}

/// The `auth status -o json` row of travelpayouts/default, and the whole output.
fn status(env: &Env, env_token: bool) -> (Value, String) {
    let mut cmd = env.cmd();
    if env_token {
        cmd.env(TOKEN_VAR, TOKEN);
    }
    let output = cmd.args(["auth", "status", "-o", "json"]).output().unwrap();
    let text = format!("{}{}", ok(&output), stderr_of(&output));
    let rows: Value = serde_json::from_str(&stdout_of(&output)).expect("status is JSON");
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["provider"] == "travelpayouts" && r["profile"] == "default")
        .expect("a row for travelpayouts/default")
        .clone();
    (row, text)
}

mod config;
mod credentials;
mod requests;
