//! Billon's payout panel, request by request, and its session end to end.
//!
//! The panel trades an authentication password for a 24-hour token sent as `x-access-token`;
//! affpay caches that token beside the password and reuses it, so most runs never send the
//! password at all. The recording mock therefore checks which runs log in and which do not,
//! which token each call carries (a stale cached one, a renewed one, never an expired one),
//! that neither secret ever reaches stdout, stderr, the journal or a dry run, and every create
//! and cancel body byte for byte, the panel's error body inside a 2xx, unreadable answers, and
//! the plain-http opt-in (dry runs only). The stateful simulator then plays a batch that runs out of
//! funds, a cancel that frees them, a rerun of the same file, and a token that expires.
//!
//! The tests sit beside this file, one file per concern: `commands.rs`, `panel.rs`, `session.rs`,
//! `simulator.rs`.

use crate::util::{
    Env, MockServer, Recorded, Reply, exits, fixture, ok, pairs, results, rows, serve, stderr_of,
    stdout_of, text,
};
use affpay::sandbox::token_for;
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Value, json};
use std::process::Output;
use std::time::Duration;

pub(crate) const PASSWORD: &str = "billon-auth-password-4c7e19";
pub(crate) const AUTHENTICATE: &str = "POST /api/authenticate";
const CREATE: &str = "POST /api/payment/create";
const CANCEL: &str = "POST /api/payment/cancel";
const SESSION: &str = "billon:default:session";

// ---- Against the recording mock --------------------------------------------------------
//
// `env.provider("billon", url, PASSWORD)` has the password in the environment (no keyring,
// no file: the session is cached in the data directory); with `None` the password comes
// from the store (`login`).

/// Stores `password` in `env`'s credentials file, where the session is then cached too.
fn login(env: &Env, password: &str) {
    let output = env
        .cmd()
        .args([
            "auth",
            "login",
            "billon",
            "--with-token",
            "--insecure-storage",
        ])
        .write_stdin(password)
        .output()
        .unwrap();
    ok(&output);
}

fn credentials(env: &Env) -> toml::Table {
    let text = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    text.parse().expect("credentials.toml is TOML")
}

/// Writes a cached session issued by `server` into `env`'s credentials file, as affpay would.
fn cache_session(env: &Env, server: &MockServer, created: i64, token: &str) {
    let mut table = credentials(env);
    let issuer = format!("{}/", server.url());
    table.insert(SESSION.into(), format!("{created} {issuer} {token}").into());
    let path = env.config_dir().join("credentials.toml");
    std::fs::write(path, toml::to_string(&table).unwrap()).unwrap();
}

/// The cached session `(created, token)`, if any.
fn cached(env: &Env) -> Option<(i64, String)> {
    let table = credentials(env);
    let mut parts = table.get(SESSION)?.as_str()?.splitn(3, ' ');
    let (created, _issuer, token) = (parts.next()?, parts.next()?, parts.next()?);
    Some((created.parse().unwrap(), token.to_string()))
}

fn now() -> i64 {
    Utc::now().timestamp()
}

/// The token of the vendor's example answer to `/api/authenticate`.
fn vendor_token() -> String {
    let value: Value = serde_json::from_str(&fixture("billon/authenticate.json")).unwrap();
    value["token"].as_str().unwrap().to_string()
}

pub(crate) fn authenticated() -> Reply {
    Reply::json(200, &fixture("billon/authenticate.json"))
}

fn token(token: &str) -> Reply {
    Reply::json(200, &json!({ "token": token }).to_string())
}

/// The vendor's example create answer (payout id 1).
pub(crate) fn created() -> Reply {
    Reply::json(200, &fixture("billon/create.json"))
}

fn refused(status: u16, kind: &str, message: &str) -> Reply {
    let body = json!({"error": {"message": message, "type": kind}, "errors": []});
    Reply::json(status, &body.to_string())
}

/// The words of `line`, for command lines whose values have no spaces.
fn words(line: &str) -> Vec<String> {
    line.split(' ').map(String::from).collect()
}

/// `billon settle` of `amount` PLN to user ann, confirmed, as JSON.
pub(crate) fn settle(amount: &str) -> Vec<String> {
    words(&format!(
        "billon settle --amount {amount} --currency PLN --project Nov --description Payout \
         --user ann --yes -o json"
    ))
}

/// Stdout and stderr together, to look for secrets in.
fn everything(output: &Output) -> String {
    format!("{}{}", stdout_of(output), stderr_of(output))
}

fn token_of(request: &Recorded) -> Option<&str> {
    request.header("x-access-token")
}

mod commands;
mod panel;
mod session;
mod simulator;
