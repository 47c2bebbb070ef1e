//! Four-eyes payouts: `--plan-out` writes a plan and sends nothing, `plan approve` signs its
//! digest, `apply` sends exactly the plan once its checks pass — and refuses (exit 7, naming
//! the check, nothing sent) a changed file, an expired plan, another account, missing or
//! untrusted approvals, and balances that fell below the plan.
//!
//! Keys are made in the test from fixed seeds with the `ssh-key` crate; nothing reads ~/.ssh.

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
    let server = env.mock(vec![
        balances(&[(35427, "500")]),
        balances(&[(35427, "500")]),
    ]);
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

// ---- the round trip --------------------------------------------------------------------

#[test]
fn a_plan_is_written_shown_approved_and_applied_once() {
    let env = Env::new();
    plan_single(&env, &[]);
    let path = plan_path(&env);

    // The file: versioned, private, no credential in it.
    let text = std::fs::read_to_string(&path).unwrap();
    let redacted = affpay::secret::redact(&text, [&affpay::secret::Secret::new(TOKEN)]);
    assert_eq!(redacted, text, "the credential is in the plan file");
    assert!(!text.contains(TOKEN));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let file = file_json(&env);
    assert_eq!(file["format"], "affpay-plan/1");
    let plan = &file["plan"];
    assert_eq!(plan["provider"], "smartico");
    assert_eq!(plan["operation"], "settle");
    assert_eq!(plan["items"][0]["amount"], "150.10");
    assert_eq!(plan["items"][0]["path"], PAYMENTS);
    assert_eq!(plan["totals"]["EUR"], "150.10");
    assert_eq!(plan["balances"][0]["amount"], "500");
    assert!(file["digest"].as_str().unwrap().starts_with("sha256:"));

    // plan show: the item, the totals and "no approvals" under the table; rows in JSON.
    let shown = env
        .cmd()
        .args(["plan", "show"])
        .arg(&path)
        .output()
        .unwrap();
    let table = ok(&shown);
    for expected in ["35427", "150.10", "total EUR: 150.10", "approvals: none"] {
        assert!(table.contains(expected), "{expected} in {table}");
    }
    let shown = env
        .cmd()
        .args(["plan", "show", "-o", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let items = rows(&shown);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["target"], "35427");
    assert_eq!(
        items[0]["body"],
        r#"{"affiliate_id":35427,"amount":150.10,"send_mail_to_aff":false}"#
    );

    // Two approvals; plan show lists them as valid.
    let (bob_key, bob) = key_file(&env, "bob", 1);
    let (carol_key, carol) = key_file(&env, "carol", 2);
    ok(&approve(&env, &bob_key, "bob@example"));
    ok(&approve(&env, &carol_key, "carol@example"));
    assert_eq!(file_json(&env)["approvals"].as_array().unwrap().len(), 2);
    assert_eq!(
        file_json(&env)["digest"],
        file["digest"],
        "approvals keep the digest"
    );
    let shown = env
        .cmd()
        .args(["plan", "show"])
        .arg(&path)
        .output()
        .unwrap();
    let table = ok(&shown);
    assert!(
        table.contains("approved by bob@example") && table.contains("signature valid"),
        "{table}"
    );

    // apply: the balance is read again, then exactly the planned payment is sent.
    let signers = allowed(&env, &[("bob@example", &bob), ("carol@example", &carol)]);
    let required = approvals_required("2", &signers);
    let (output, server) = apply(
        &env,
        vec![balances(&[(35427, "500")]), paid(15561)],
        &strs(&required),
    );
    ok(&output);
    assert_eq!(
        results(&output),
        [("35427".to_string(), "succeeded".to_string())]
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "{:?}", server.lines());
    assert_eq!(requests[0].method, "GET");
    assert_eq!(requests[1].header("authorization"), Some(TOKEN));
    assert_eq!(
        posted(&server),
        [format!(
            r#"{PAYMENTS} {{"affiliate_id":35427,"amount":150.10,"send_mail_to_aff":false}}"#
        )]
    );

    // The applied plan is kept, approvals and all, beside the journal.
    let digest = file["digest"]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:");
    let kept = env.dir.path().join(format!("data/plans/{digest}.plan"));
    let kept: Value = serde_json::from_str(&std::fs::read_to_string(kept).unwrap()).unwrap();
    assert_eq!(kept, file_json(&env));

    // Applying the same file again pays nothing: not even a balance is read.
    let (output, server) = apply(&env, vec![], &strs(&required));
    ok(&output);
    assert_eq!(
        results(&output),
        [("35427".to_string(), "already_done".to_string())]
    );
    assert!(server.requests().is_empty(), "{:?}", server.lines());
}

#[test]
fn after_a_failure_only_what_is_left_is_sent() {
    let env = Env::new();
    let server = env.mock(vec![
        balances(&[(1, "100"), (2, "50")]),
        balances(&[(1, "100"), (2, "50")]),
    ]);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .args(["smartico", "settle", "--above-threshold", "--plan-out"])
        .arg(plan_path(&env))
        .output()
        .unwrap();
    exits(&output, 0);
    let refusal = Reply::json(400, r#"{"errorCode":400,"message":"no"}"#);
    let answers = vec![balances(&[(1, "100"), (2, "50")]), paid(7), refusal];
    let (output, _) = apply(&env, answers, &[]);
    exits(&output, 8);
    let (output, server) = apply(&env, vec![balances(&[(2, "50")]), paid(8)], &[]);
    ok(&output);
    assert_eq!(
        results(&output),
        [
            ("1".to_string(), "already_done".to_string()),
            ("2".to_string(), "succeeded".to_string())
        ]
    );
    assert_eq!(
        posted(&server),
        [format!(
            r#"{PAYMENTS} {{"affiliate_id":2,"amount":50,"send_mail_to_aff":false}}"#
        )]
    );
}

#[test]
fn the_signature_is_the_one_ssh_keygen_verifies() {
    if std::process::Command::new("ssh-keygen")
        .arg("-?")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "ssh-keygen (openssh-client) is missing in CI"
        );
        eprintln!("ssh-keygen is not installed: the interoperability check is skipped");
        return;
    }
    let env = Env::new();
    plan_single(&env, &[]);
    let (key, bob) = key_file(&env, "bob", 1);
    ok(&approve(&env, &key, "bob@example"));
    let file = file_json(&env);
    let signature = env.dir.path().join("approval.sig");
    std::fs::write(
        &signature,
        file["approvals"][0]["signature"].as_str().unwrap(),
    )
    .unwrap();
    let signers = allowed(&env, &[("bob@example", &bob)]);
    let mut child = std::process::Command::new("ssh-keygen")
        .args([
            "-Y",
            "verify",
            "-n",
            "affpay-plan",
            "-I",
            "bob@example",
            "-f",
        ])
        .arg(&signers)
        .arg("-s")
        .arg(&signature)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    let digest = file["digest"].as_str().unwrap().to_string();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(digest.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        stdout_of(&output),
        stderr_of(&output)
    );
    assert!(stdout_of(&output).contains("Good \"affpay-plan\" signature for bob@example"));
}

// ---- refusals --------------------------------------------------------------------------

/// Replaces the first `from` in the plan file's text by `to`.
fn tamper(env: &Env, from: &str, to: &str) {
    let path = plan_path(env);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from} in {text}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_changed_file_is_refused_naming_the_digest() {
    for (from, to) in [
        // one byte of the amount
        (r#""amount": "150.10""#, r#""amount": "150.19""#),
        // one byte of the request body
        ("\"amount\": 150.10", "\"amount\": 950.10"),
        // another target
        ("\"target\": \"35427\"", "\"target\": \"35428\""),
        // another batch, so other keys
        ("\"batch\": \"", "\"batch\": \"x"),
    ] {
        let env = Env::new();
        plan_single(&env, &[]);
        tamper(&env, from, to);
        let (output, server) = apply(&env, vec![], &[]);
        refused(&output, &server, "digest");
    }
    // An item added.
    let env = Env::new();
    plan_single(&env, &[]);
    let mut file = file_json(&env);
    let item = file["plan"]["items"][0].clone();
    file["plan"]["items"].as_array_mut().unwrap().push(item);
    std::fs::write(plan_path(&env), file.to_string()).unwrap();
    let (output, server) = apply(&env, vec![], &[]);
    refused(&output, &server, "digest");
}

#[test]
fn an_expired_plan_is_neither_approved_nor_applied() {
    let env = Env::new();
    plan_single(&env, &["--plan-expires", "1s"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let (key, _) = key_file(&env, "bob", 1);
    let stderr = exits(&approve(&env, &key, "bob@example"), 7);
    assert!(stderr.contains("plan refused (expiry)"), "{stderr}");
    let (output, server) = apply(&env, vec![], &[]);
    refused(&output, &server, "expiry");
}

#[test]
fn a_plan_for_another_profile_or_address_is_refused() {
    let env = Env::new();
    plan_single(&env, &[]);
    let (output, server) = apply(&env, vec![], &["--profile", "other"]);
    refused(&output, &server, "scope");
    let elsewhere = MockServer::start(vec![]);
    let output = env
        .provider("smartico", elsewhere.url(), TOKEN)
        .arg("apply")
        .arg(plan_path(&env))
        .arg("--yes")
        .output()
        .unwrap();
    refused(&output, &elsewhere, "scope");
}

#[test]
fn approvals_must_come_from_enough_distinct_trusted_signers() {
    let env = Env::new();
    plan_single(&env, &[]);
    let (bob_key, bob) = key_file(&env, "bob", 1);
    let (mallory_key, _) = key_file(&env, "mallory", 3);
    let signers = allowed(&env, &[("bob@example", &bob)]);

    // None yet.
    let required = approvals_required("1", &signers);
    let (output, server) = apply(&env, vec![], &strs(&required));
    refused(&output, &server, "approvals");

    // A key not in allowed_signers, even under a listed name, does not count.
    ok(&approve(&env, &mallory_key, "bob@example"));
    let (output, server) = apply(&env, vec![], &strs(&required));
    refused(&output, &server, "approvals");
    assert!(
        stderr_of(&output).contains("is not in"),
        "{}",
        stderr_of(&output)
    );

    // One trusted signer is too few for two.
    ok(&approve(&env, &bob_key, "bob@example"));
    let two = approvals_required("2", &signers);
    let (output, server) = apply(&env, vec![], &strs(&two));
    refused(&output, &server, "approvals");
    assert!(
        stderr_of(&output).contains("1 of the 2"),
        "{}",
        stderr_of(&output)
    );

    // A removed approval: bob's is gone, mallory's stays.
    let mut file = file_json(&env);
    file["approvals"].as_array_mut().unwrap().pop();
    std::fs::write(plan_path(&env), file.to_string()).unwrap();
    let (output, server) = apply(&env, vec![], &strs(&required));
    refused(&output, &server, "approvals");

    // An approval of another plan's digest copied in does not verify.
    let other = Env::new();
    plan_single(&other, &["--batch", "other"]);
    ok(&approve(&other, &bob_key, "bob@example"));
    let copied = file_json(&other)["approvals"][0].clone();
    file["approvals"].as_array_mut().unwrap().push(copied);
    std::fs::write(plan_path(&env), file.to_string()).unwrap();
    let (output, server) = apply(&env, vec![], &strs(&required));
    refused(&output, &server, "approvals");
    assert!(stderr_of(&output).contains("does not verify"));
}

#[test]
fn one_key_cannot_approve_as_two_people() {
    let env = Env::new();
    plan_single(&env, &[]);
    let (key, bob) = key_file(&env, "bob", 1);
    ok(&approve(&env, &key, "bob@example"));
    let again = approve(&env, &key, "robert@example");
    assert!(
        stderr_of(&again).contains("already approved"),
        "{}",
        stderr_of(&again)
    );
    assert_eq!(file_json(&env)["approvals"].as_array().unwrap().len(), 1);

    // A second approval with the same key, appended by hand under another name that the
    // key's pattern covers, is not a second signer.
    let mut file = file_json(&env);
    let digest = file["digest"].as_str().unwrap().to_string();
    let second = affpay::approval::sign(&bob, "robert@example", &digest).unwrap();
    file["approvals"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::to_value(second).unwrap());
    std::fs::write(plan_path(&env), file.to_string()).unwrap();
    let signers = allowed(&env, &[("*@example", &bob)]);
    let (output, server) = apply(&env, vec![], &strs(&approvals_required("2", &signers)));
    refused(&output, &server, "approvals");
    assert!(
        stderr_of(&output).contains("approved twice"),
        "{}",
        stderr_of(&output)
    );
    // One is enough when one is required.
    let (output, _) = apply(
        &env,
        vec![balances(&[(35427, "500")]), paid(1)],
        &strs(&approvals_required("1", &signers)),
    );
    ok(&output);
}

#[test]
fn the_author_does_not_approve_their_own_plan_when_forbidden() {
    let env = Env::new();
    plan_single(&env, &[]);
    let author = file_json(&env)["plan"]["author"]
        .as_str()
        .unwrap()
        .to_string();
    let (key, alice) = key_file(&env, "alice", 4);
    ok(&approve(&env, &key, &author));
    let signers = allowed(&env, &[(&author, &alice)]);
    let signers = signers.display().to_string();
    for (key, value) in [
        ("apply.require_approvals", "1"),
        ("apply.allowed_signers", signers.as_str()),
        ("apply.forbid_self_approval", "true"),
    ] {
        ok(&env
            .cmd()
            .args(["config", "set", key, value])
            .output()
            .unwrap());
    }
    let bad = env
        .cmd()
        .args(["config", "set", "apply.forbid_self_approval", "yes"])
        .output()
        .unwrap();
    assert!(exits(&bad, 2).contains("not true or false"));
    let got = env
        .cmd()
        .args(["config", "get", "apply.forbid_self_approval"])
        .output()
        .unwrap();
    assert_eq!(ok(&got), "true\n");
    let (output, server) = apply(&env, vec![], &[]);
    refused(&output, &server, "approvals");
    assert!(stderr_of(&output).contains("the plan's author"));
    // The configured requirement cannot be lowered on the command line.
    let (output, server) = apply(&env, vec![], &["--require-approvals", "0"]);
    refused(&output, &server, "approvals");
}

#[test]
fn a_malformed_file_exits_2_and_an_unknown_format_7() {
    let env = Env::new();
    let server = env.mock(vec![]);
    for text in ["not json", "{}", r#"{"format":"affpay-plan/1","plan":{}}"#] {
        std::fs::write(plan_path(&env), text).unwrap();
        let output = env
            .provider("smartico", server.url(), TOKEN)
            .arg("apply")
            .arg(plan_path(&env))
            .arg("--yes")
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        assert!(stderr.contains("is not a plan file"), "{stderr}");
    }
    plan_single(&env, &[]);
    tamper(&env, "affpay-plan/1", "affpay-plan/2");
    let (output, server) = apply(&env, vec![], &[]);
    refused(&output, &server, "format");
}

#[test]
fn a_balance_that_fell_below_the_plan_is_refused_or_skipped() {
    let env = Env::new();
    let server = env.mock(vec![
        balances(&[(1, "100"), (2, "50")]),
        balances(&[(1, "100"), (2, "50")]),
    ]);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .args(["smartico", "settle", "--above-threshold", "--plan-out"])
        .arg(plan_path(&env))
        .output()
        .unwrap();
    exits(&output, 0);

    let (output, server) = apply(&env, vec![balances(&[(1, "100"), (2, "20")])], &[]);
    let stderr = exits(&output, 7);
    assert!(stderr.contains("plan refused (balance)"), "{stderr}");
    assert!(
        stderr.contains("2: its balance (balance) is now 20 EUR, below the planned 50 EUR"),
        "{stderr}"
    );
    assert!(posted(&server).is_empty(), "{:?}", server.lines());

    let (output, server) = apply(
        &env,
        vec![balances(&[(1, "100"), (2, "20")]), paid(9)],
        &["--skip-changed"],
    );
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("skipping 2: balance changed since the plan"),
        "{stderr}"
    );
    assert_eq!(
        results(&output),
        [("1".to_string(), "succeeded".to_string())]
    );
    assert_eq!(
        posted(&server),
        [format!(
            r#"{PAYMENTS} {{"affiliate_id":1,"amount":100,"send_mail_to_aff":false}}"#
        )]
    );
}

#[test]
fn a_payment_planned_above_an_unchanged_balance_is_not_refused() {
    let env = Env::new();
    let server = env.mock(vec![
        balances(&[(35427, "100")]),
        balances(&[(35427, "100")]),
    ]);
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
        .arg(plan_path(&env))
        .output()
        .unwrap();
    exits(&output, 0);
    let (output, server) = apply(&env, vec![balances(&[(35427, "100")]), paid(3)], &[]);
    ok(&output);
    assert_eq!(posted(&server).len(), 1, "{:?}", server.lines());
    // Fallen since, it is refused.
    let env = Env::new();
    let server = env.mock(vec![
        balances(&[(35427, "100")]),
        balances(&[(35427, "100")]),
    ]);
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
        .arg(plan_path(&env))
        .output()
        .unwrap();
    exits(&output, 0);
    let (output, _) = apply(&env, vec![balances(&[(35427, "99.99")])], &[]);
    assert!(exits(&output, 7).contains("plan refused (balance)"));
}

#[test]
fn a_settlement_of_many_accounts_is_refused_when_one_was_settled_since() {
    let served = crate::util::serve(&[]);
    let trackdesk = |env: &Env| {
        env.provider(
            "trackdesk",
            &served.url,
            affpay::sandbox::token_for("trackdesk").as_str(),
        )
    };
    let env = Env::new();
    let output = trackdesk(&env)
        .args(["trackdesk", "settle", "--plan-out"])
        .arg(plan_path(&env))
        .output()
        .unwrap();
    exits(&output, 0);
    let file = file_json(&env);
    let lines = file["plan"]["lines"].as_array().unwrap();
    assert!(lines.len() > 1, "{lines:?}");
    assert!(!file["plan"]["balances"].as_array().unwrap().is_empty());
    let account = lines[0]["target"].as_str().unwrap().to_string();

    // Someone settles one of the accounts in the meantime.
    let other = Env::new();
    let output = trackdesk(&other)
        .args(["trackdesk", "settle", "--account", &account, "--yes"])
        .output()
        .unwrap();
    exits(&output, 0);

    let apply = |extra: &[&str]| {
        trackdesk(&env)
            .arg("apply")
            .arg(plan_path(&env))
            .args(["--yes", "-o", "json"])
            .args(extra)
            .output()
            .unwrap()
    };
    let output = apply(&[]);
    let stderr = exits(&output, 7);
    assert!(stderr.contains("plan refused (balance)"), "{stderr}");
    assert!(stderr.contains(&account), "{stderr}");
    // Skipped, the one request that covered every account is not sent.
    let output = apply(&["--skip-changed"]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("balance changed since the plan"),
        "{stderr}"
    );
    assert!(results(&output).is_empty(), "{}", stdout_of(&output));
    assert!(stderr.contains("nothing to settle"), "{stderr}");
}

#[test]
fn an_encrypted_key_without_a_terminal_is_a_clear_error() {
    let env = Env::new();
    plan_single(&env, &[]);
    let pair = ssh_key::private::Ed25519Keypair::from_seed(&[9; 32]);
    let key = PrivateKey::from(pair)
        .encrypt(&mut ssh_key::rand_core::OsRng, "passphrase")
        .unwrap();
    let path = env.dir.path().join("encrypted");
    key.write_openssh_file(&path, LineEnding::LF).unwrap();
    let stderr = exits(&approve(&env, &path, "bob@example"), 2);
    assert!(stderr.contains("is encrypted"), "{stderr}");
    assert!(file_json(&env)["approvals"].as_array().unwrap().is_empty());
}

// ---- every money-moving shape, through the simulator ------------------------------------

/// `--sandbox` `args` run directly, and the same planned then applied in another home: the
/// apply reports what the direct run did, item by item.
fn same_as_direct(args: &[&str]) {
    let direct = Env::new();
    let output = direct
        .cmd()
        .arg("--sandbox")
        .args(args)
        .args(["--yes", "-o", "json"])
        .output()
        .unwrap();
    let expected = results(&output);
    assert!(!expected.is_empty(), "{args:?}: {}", stderr_of(&output));

    let env = Env::new();
    let path = plan_path(&env);
    let output = env
        .cmd()
        .arg("--sandbox")
        .args(args)
        .arg("--plan-out")
        .arg(&path)
        .output()
        .unwrap();
    exits(&output, 0);
    let text = std::fs::read_to_string(&path).unwrap();
    let token = affpay::secret::Secret::new(affpay::sandbox::token_for(args[0]));
    assert_eq!(affpay::secret::redact(&text, [&token]), text, "{args:?}");
    let apply = |env: &Env| {
        env.cmd()
            .args(["--sandbox", "apply"])
            .arg(&path)
            .args(["--yes", "-o", "json"])
            .output()
            .unwrap()
    };
    let applied = apply(&env);
    assert_eq!(
        results(&applied),
        expected,
        "{args:?}: {}",
        stderr_of(&applied)
    );
    let again = results(&apply(&env));
    assert!(
        again
            .iter()
            .all(|(_, result)| result == "already_done" || result.starts_with("part_")),
        "{args:?}: {again:?}"
    );
}

#[test]
fn every_money_moving_shape_applies_as_it_would_have_run() {
    // A payment per target out of a balance; an adjustment; a payout created; a status
    // change; a cancellation; one settlement of many accounts with a part per account.
    same_as_direct(&[
        "smartico",
        "settle",
        "--affiliate",
        "35000",
        "--amount",
        "10.00",
    ]);
    same_as_direct(&[
        "smartico",
        "adjust",
        "--affiliate",
        "35000",
        "--amount",
        "-11",
    ]);
    same_as_direct(&[
        "billon",
        "settle",
        "--amount",
        "25.00",
        "--currency",
        "PLN",
        "--project",
        "Nov",
        "--description",
        "payout",
        "--user",
        "tester",
    ]);
    same_as_direct(&["affonso", "settle", "po_000", "--processing"]);
    same_as_direct(&["affonso", "cancel", "po_000"]);
    same_as_direct(&["affonso", "adjust", "com_00000", "--amount", "5.00"]);
    same_as_direct(&["trackdesk", "settle"]);
    same_as_direct(&["trackdesk", "claim"]);
    same_as_direct(&[
        "trackdesk",
        "adjust",
        "5bd4fece-aea5-4393-ae80-68e9471a9727",
        "--status",
        "rejected",
    ]);
    same_as_direct(&[
        "trackdesk",
        "payment-methods",
        "add",
        "--account",
        "fb70b010-3403-475d-abf9-14694c6c6151",
        "--type",
        "paypal",
        "--currency",
        "EUR",
        "--email",
        "jane@example.com",
    ]);
}

/// `args` planned to a file, shown, applied and applied again against the running
/// simulator `url`: every item done once, then `already_done`.
fn round_trip(url: &str, args: &[&str]) {
    let env = Env::new();
    let path = plan_path(&env);
    let run = |extra: &[&str]| {
        let mut cmd = env.cmd();
        for provider in ["trackdesk", "billon"] {
            let upper = provider.to_uppercase();
            cmd.env(format!("AFFPAY_{upper}_URL"), url).env(
                format!("AFFPAY_{upper}_TOKEN"),
                affpay::sandbox::token_for(provider),
            );
        }
        cmd.args(extra).output().unwrap()
    };
    let mut planned = args.to_vec();
    planned.extend(["--plan-out", path.to_str().unwrap()]);
    exits(&run(&planned), 0);
    let items = file_json(&env)["plan"]["items"].as_array().unwrap().len();
    assert!(items > 0, "{args:?}");
    let shown = run(&["plan", "show", "-o", "json", path.to_str().unwrap()]);
    assert_eq!(rows(&shown).len(), items, "{args:?}");
    let apply = &["apply", path.to_str().unwrap(), "--yes", "-o", "json"];
    let applied = run(apply);
    let first = results(&applied);
    assert!(
        first
            .iter()
            .all(|(_, r)| r == "succeeded" || r.starts_with("part_")),
        "{args:?}: {first:?} {}",
        stderr_of(&applied)
    );
    let again = results(&run(apply));
    assert!(
        again.iter().all(|(_, r)| r == "already_done"),
        "{args:?}: {again:?}"
    );
}

/// The `id` of row `n` of `affpay <args> -o json` against `url`.
fn id_at(url: &str, args: &[&str], n: usize) -> String {
    let env = Env::new();
    let mut cmd = env.provider(
        "trackdesk",
        url,
        affpay::sandbox::token_for("trackdesk").as_str(),
    );
    cmd.env("AFFPAY_BILLON_URL", url)
        .env("AFFPAY_BILLON_TOKEN", affpay::sandbox::token_for("billon"));
    let output = cmd.args(args).args(["-o", "json"]).output().unwrap();
    let found = rows(&output);
    let row = found
        .get(n)
        .unwrap_or_else(|| panic!("{args:?}: {}", stderr_of(&output)));
    row["id"].as_str().unwrap().to_string()
}

#[test]
fn the_other_money_moving_commands_round_trip_through_a_running_simulator() {
    let served = crate::util::serve(&[]);
    let url = served.url.as_str();
    // What there is to change: a settlement with its account settlements, a claim, a
    // payment method, a Billon payout.
    round_trip(url, &["trackdesk", "settle"]);
    let row = id_at(url, &["trackdesk", "payouts"], 0);
    round_trip(
        url,
        &["trackdesk", "payouts", "mark", &row, "--status", "paid"],
    );
    let other = id_at(url, &["trackdesk", "payouts"], 1);
    round_trip(url, &["trackdesk", "cancel", &other]);
    let settlement = id_at(url, &["trackdesk", "payouts", "settlements"], 0);
    round_trip(
        url,
        &[
            "trackdesk",
            "cancel",
            "--settlement",
            &settlement,
            "--allow-paid",
        ],
    );
    round_trip(url, &["trackdesk", "settle"]);
    let settlement = id_at(url, &["trackdesk", "payouts", "settlements"], 0);
    round_trip(url, &["trackdesk", "tipalti", "pay", &settlement]);
    round_trip(url, &["trackdesk", "claim"]);
    let claim = id_at(url, &["trackdesk", "claims"], 0);
    round_trip(url, &["trackdesk", "claims", "delete", &claim]);
    let account = "fb70b010-3403-475d-abf9-14694c6c6151";
    round_trip(
        url,
        &[
            "trackdesk",
            "billing-details",
            "set",
            "--account",
            account,
            "--name",
            "Jane",
            "--country",
            "CZ",
        ],
    );
    round_trip(
        url,
        &[
            "trackdesk",
            "payment-methods",
            "add",
            "--account",
            account,
            "--type",
            "paypal",
            "--currency",
            "EUR",
            "--email",
            "j@example.com",
        ],
    );
    round_trip(
        url,
        &[
            "billon",
            "settle",
            "--amount",
            "5",
            "--currency",
            "PLN",
            "--project",
            "P",
            "--description",
            "D",
            "--user",
            "u",
        ],
    );
    round_trip(url, &["billon", "cancel", "1"]);
}

#[test]
fn apply_checks_balances_against_the_configured_journal() {
    let env = Env::new();
    let journal = env.dir.path().join("shared-journal.sqlite3");
    let url = format!("sqlite://{}", journal.display());
    let server = env.mock(vec![balances(&[(1, "100")]), balances(&[(1, "100")])]);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .env("AFFPAY_JOURNAL_URL", &url)
        .args(["smartico", "settle", "--above-threshold", "--plan-out"])
        .arg(plan_path(&env))
        .output()
        .unwrap();
    exits(&output, 0);
    let apply_with = |script: Vec<Reply>| {
        let server = env.mock(script);
        let output = env
            .provider("smartico", server.url(), TOKEN)
            .env("AFFPAY_JOURNAL_URL", &url)
            .arg("apply")
            .arg(plan_path(&env))
            .args(["--yes", "-o", "json"])
            .output()
            .unwrap();
        (output, server)
    };
    let (output, _) = apply_with(vec![balances(&[(1, "100")]), paid(9)]);
    exits(&output, 0);
    assert!(journal.exists(), "the run wrote the configured journal");

    // Paid, the balance is 0: the journal the run wrote says the item is done, so the
    // fallen balance refuses nothing and nothing is sent again.
    let (output, server) = apply_with(vec![balances(&[(1, "0")])]);
    let stderr = exits(&output, 0);
    assert_eq!(
        results(&output),
        [("1".to_string(), "already_done".to_string())],
        "{stderr}"
    );
    assert!(posted(&server).is_empty(), "{:?}", server.lines());
}
