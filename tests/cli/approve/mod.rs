//! Four-eyes payouts: `--plan-out` writes a plan and sends nothing, `plan approve` signs its
//! digest, `apply` sends exactly the plan once its checks pass — and refuses (exit 7, naming
//! the check, nothing sent) a changed file, an expired plan, another account, missing or
//! untrusted approvals, and balances that fell below the plan.
//!
//! Keys are made in the test from fixed seeds with the `ssh-key` crate; nothing reads ~/.ssh.
//!
//! The tests sit beside this file, one file per concern: `refusals.rs`, `round_trip.rs`,
//! `shapes.rs`, `sums.rs`.

use crate::util::{Env, MockServer, Reply, exits, ok, results, rows, stderr_of, stdout_of};
use serde_json::Value;
use ssh_key::{LineEnding, PrivateKey};
use std::path::{Path, PathBuf};
use std::process::Output;

const TOKEN: &str = "smartico-operator-key-7d41c0";
const PAYMENTS: &str = "/api/af2_payments_op";

// ---- helpers ---------------------------------------------------------------------------

/// An ed25519 key from a fixed seed, written 0600 under the test's home.
fn key_file(env: &Env, name: &str, seed: u8) -> (PathBuf, PrivateKey) {
    let pair = ssh_key::private::Ed25519Keypair::from_seed(&[seed; 32]);
    let key = PrivateKey::from(pair);
    let path = env.dir.path().join(name);
    key.write_openssh_file(&path, LineEnding::LF).unwrap();
    (path, key)
}

/// An allowed_signers file listing `identity key` lines.
fn allowed(env: &Env, signers: &[(&str, &PrivateKey)]) -> PathBuf {
    let text: String = signers
        .iter()
        .map(|(who, key)| {
            format!(
                "{who} namespaces=\"affpay-plan\" {}\n",
                key.public_key().to_openssh().unwrap()
            )
        })
        .collect();
    let path = env.dir.path().join("allowed_signers");
    std::fs::write(&path, text).unwrap();
    path
}

fn balances(rows: &[(i64, &str)]) -> Reply {
    let rows: Vec<String> = rows
        .iter()
        .map(|(id, balance)| {
            format!(
                r#"{{"id":{id},"affiliate_id":{id},"affiliate_name":"A {id}","balance":{balance},"treshold":0,"payments":0,"operator_currency":"EUR"}}"#
            )
        })
        .collect();
    Reply::json(200, &format!("[{}]", rows.join(",")))
}

fn paid(id: i64) -> Reply {
    Reply::json(
        200,
        &format!(r#"{{"id":{id},"affiliate_id":1,"amount":1}}"#),
    )
}

fn plan_path(env: &Env) -> PathBuf {
    env.dir.path().join("payouts.plan")
}

/// `smartico settle --affiliate 35427 --amount 150.10 --plan-out FILE` against a mock that
/// has the affiliate owed 500: the lookup, then the balances recorded with the plan.
fn plan_single(env: &Env, extra: &[&str]) -> MockServer {
    plan_owed(env, "500", extra)
}

/// [`plan_single`] with the affiliate owed `owed`.
fn plan_owed(env: &Env, owed: &str, extra: &[&str]) -> MockServer {
    let server = env.mock(vec![balances(&[(35427, owed)]), balances(&[(35427, owed)])]);
    let path = plan_path(env);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .args([
            "smartico",
            "settle",
            "--affiliate",
            "35427",
            "--amount",
            "150.10",
        ])
        .arg("--plan-out")
        .arg(&path)
        .args(extra)
        .output()
        .unwrap();
    let stderr = exits(&output, 0);
    assert!(stderr.contains("nothing was sent"), "{stderr}");
    assert!(
        server.requests().iter().all(|r| r.method == "GET"),
        "{:?}",
        server.lines()
    );
    server
}

fn approve(env: &Env, key: &Path, identity: &str) -> Output {
    env.cmd()
        .args(["plan", "approve"])
        .arg(plan_path(env))
        .arg("--key")
        .arg(key)
        .args(["--identity", identity])
        .output()
        .unwrap()
}

/// `apply FILE --yes -o json` with `extra`, against a mock answering `script`.
fn apply(env: &Env, script: Vec<Reply>, extra: &[&str]) -> (Output, MockServer) {
    let server = env.mock(script);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .arg("apply")
        .arg(plan_path(env))
        .args(["--yes", "-o", "json"])
        .args(extra)
        .output()
        .unwrap();
    (output, server)
}

fn approvals_required(n: &str, signers: &Path) -> Vec<String> {
    vec![
        "--require-approvals".into(),
        n.into(),
        "--allowed-signers".into(),
        signers.display().to_string(),
    ]
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

fn file_json(env: &Env) -> Value {
    serde_json::from_str(&std::fs::read_to_string(plan_path(env)).unwrap()).unwrap()
}

fn posted(server: &MockServer) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .map(|r| format!("{} {}", r.path, r.body))
        .collect()
}

/// A refusal: exit 7 naming `check`, and not one request sent.
fn refused(output: &Output, server: &MockServer, check: &str) {
    let stderr = exits(output, 7);
    assert!(
        stderr.contains(&format!("plan refused ({check})")),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was sent"), "{stderr}");
    assert!(server.requests().is_empty(), "{:?}", server.lines());
}

mod refusals;
mod round_trip;
mod shapes;
mod sums;
