//! What `approve` and `apply` refuse: a changed, expired, foreign or malformed plan, too few or
//! the wrong signers, and balances that moved since the plan.

use super::*;

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
    plan_owed(&env, "100", &[]);
    let (output, server) = apply(&env, vec![balances(&[(35427, "100")]), paid(3)], &[]);
    ok(&output);
    assert_eq!(posted(&server).len(), 1, "{:?}", server.lines());
    // Fallen since, it is refused.
    let env = Env::new();
    plan_owed(&env, "100", &[]);
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
