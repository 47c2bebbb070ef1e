//! Settings and help: where each value comes from (flag, environment, file, default),
//! `config set` that keeps a hand-written file as it was, `--quiet`, the version, help that
//! says what money commands really do, and man pages with the sections a man page has.
//!
//! The tests sit beside this file, one file per concern: `help.rs`, `output.rs`, `sources.rs`.

use crate::util::{Env, MockServer, Reply, TOKEN, fixture, ok, stderr_of};
use serde_json::Value;
use std::process::Output;

fn actions() -> Reply {
    Reply::json(
        200,
        &fixture("travelpayouts/get_user_actions_affecting_balance.json"),
    )
}

/// The currency `tp actions` asked the mock for.
fn currency_sent(server: &MockServer) -> String {
    let query = server.requests().last().expect("a request").query.clone();
    let pair = query.split('&').find(|p| p.starts_with("currency="));
    pair.expect("a currency")
        .trim_start_matches("currency=")
        .to_string()
}

fn write_config(env: &Env, text: &str) {
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.toml"), text).unwrap();
}

fn list_rows(output: &Output) -> Vec<Value> {
    let rows: Value = serde_json::from_str(&ok(output)).unwrap();
    rows.as_array().unwrap().clone()
}

fn row<'a>(rows: &'a [Value], key: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {rows:?}"))
}

mod help;
mod output;
mod sources;
