//! A plan's round trip: written, shown, approved, applied once; after a failure only what is
//! left; the signature `ssh-keygen` verifies.

use super::*;

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
