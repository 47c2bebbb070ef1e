//! Billon's commands against the recording mock: configuration, bad input and CSVs refused
//! before any request, cancel, and the dry run.

use super::*;

#[test]
fn without_billon_url_it_exits_3_naming_the_setting_and_the_variable() {
    let env = Env::new();
    let output = env
        .cmd()
        .env("AFFPAY_BILLON_TOKEN", PASSWORD)
        .args(settle("5"))
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(
        stderr.contains("billon.url") && stderr.contains("AFFPAY_BILLON_URL"),
        "{stderr}"
    );
}

#[test]
fn bad_input_exits_2_before_any_request() {
    let server = MockServer::start(vec![]);
    let base = "billon settle --project P --description D --yes";
    let cases = [
        ("--amount 0 --currency PLN --user u", "greater than zero"),
        (
            "--amount 1.001 --currency PLN --user u",
            "more than 2 decimals",
        ),
        ("--amount 1 --currency PLNX --user u", "3-letter code"),
        (
            "--amount 1 --currency PLN --user u --phone 1",
            "cannot be used with",
        ),
        ("--amount 1 --currency PLN", "exactly one recipient"),
        (
            "--amount 1 --currency PLN --user u --valid-from 2026-02-01 --valid-until 2026-01-31",
            "ends before it starts",
        ),
        (
            "--amount 1 --currency PLN --user u --email nope",
            "not an email address",
        ),
    ];
    for (case, why) in cases {
        let output = Env::new()
            .provider("billon", server.url(), PASSWORD)
            .args(base.split(' '))
            .args(case.split(' '))
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        assert!(stderr.contains(why), "{case}: {stderr}");
    }
    assert_eq!(server.lines(), Vec::<String>::new());
}

#[test]
fn a_bad_csv_lists_every_bad_line_and_sends_nothing() {
    let env = Env::new();
    let path = env.dir.path().join("payouts.csv");
    std::fs::write(
        &path,
        "amount,currency,project,description,user,notify,colour\n\
         10,PLN,P,D,u1,true,red\n\
         abc,PLN,P,D,u2,false,red\n\
         10,PLN,P,D,,false,red\n\
         10.0,PLN,P,D,u1,false,red\n\
         10,PLN,P,D,u5,yes,red\n",
    )
    .unwrap();
    let server = MockServer::start(vec![]);
    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(["billon", "settle", "--from-csv"])
        .arg(&path)
        .arg("--yes")
        .output()
        .unwrap();
    let stderr = exits(&output, 2);
    let names = |line: &str, word: &str| {
        assert!(
            stderr.lines().any(|l| l.contains(line) && l.contains(word)),
            "no {line} with {word} in:\n{stderr}"
        );
    };
    names("line 1", "colour");
    names("line 3", "abc");
    names("line 4", "recipient");
    names("line 5", "line 2");
    names("line 6", "notify");
    assert!(!stderr.contains("line 2:"), "{stderr}");
    assert_eq!(server.lines(), Vec::<String>::new());
}

#[test]
fn a_bad_csv_is_reported_before_a_missing_credential() {
    let env = Env::new();
    let path = env.dir.path().join("payouts.csv");
    std::fs::write(
        &path,
        "amount,currency,project,description,user
abc,PLN,P,D,u1
",
    )
    .unwrap();
    let output = env
        .provider("billon", "http://127.0.0.1:9", None)
        .args(["billon", "settle", "--from-csv"])
        .arg(&path)
        .arg("--yes")
        .output()
        .unwrap();
    let stderr = exits(&output, 2);
    assert!(
        stderr.contains("line 2") && stderr.contains("abc"),
        "{stderr}"
    );
}

#[test]
fn cancel_sends_the_ids_and_says_when_fewer_were_cancelled() {
    let cancel = ["billon", "cancel", "1", "2", "3", "-o", "json"];
    let server = MockServer::start(vec![
        authenticated(),
        Reply::json(200, &fixture("billon/cancel.json")),
    ]);
    let output = Env::new()
        .provider("billon", server.url(), PASSWORD)
        .args(cancel)
        .arg("--yes")
        .output()
        .unwrap();
    assert_eq!(results(&output), pairs(&[("1,2,3", "succeeded")]));
    ok(&output);
    assert_eq!(server.lines(), [AUTHENTICATE, CANCEL]);
    let request = &server.requests()[1];
    assert_eq!(request.body, r#"{"ids":[1,2,3]}"#);
    assert_eq!(token_of(request), Some(vendor_token().as_str()));

    let server = MockServer::start(vec![authenticated(), Reply::json(200, r#"{"success": 2}"#)]);
    let output = Env::new()
        .provider("billon", server.url(), PASSWORD)
        .args(cancel)
        .arg("--yes")
        .output()
        .unwrap();
    let stderr = exits(&output, 8);
    assert!(
        stderr.contains("2 of 3") && stderr.contains("does not say which"),
        "{stderr}"
    );

    let server = MockServer::start(vec![]);
    let output = Env::new()
        .provider("billon", server.url(), PASSWORD)
        .args(cancel)
        .output()
        .unwrap();
    let stderr = exits(&output, 7);
    assert!(stderr.contains("irreversible"), "{stderr}");
    assert_eq!(server.lines(), Vec::<String>::new());
}

#[test]
fn dry_run_shows_the_create_request_without_secrets_and_sends_nothing() {
    let env = Env::new();
    login(&env, PASSWORD);
    let server = MockServer::start(vec![]);
    cache_session(&env, &server, now(), "cached-token-5a1f");
    let output = env
        .provider("billon", server.url(), None)
        .args(words(
            "billon settle --amount 7.50 --currency PLN --project P --description D \
             --phone 48123 --dry-run -o json",
        ))
        .output()
        .unwrap();
    let rows = rows(&output);
    ok(&output);
    assert_eq!(server.lines(), Vec::<String>::new());
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["method"], "POST");
    assert_eq!(
        text(&rows[0]["url"]),
        format!("{}/api/payment/create", server.url())
    );
    let body: Value = serde_json::from_str(&text(&rows[0]["body"])).unwrap();
    assert_eq!(body["phoneNumber"], "48123");
    assert_eq!(body["amount"].to_string(), "7.50");
    let all = everything(&output);
    assert!(
        !all.contains(PASSWORD) && !all.contains("cached-token-5a1f"),
        "{all}"
    );
}

#[test]
fn a_new_password_is_not_served_by_the_old_passwords_session() {
    let env = Env::new();
    login(&env, "first-password");
    let server = MockServer::start(vec![token("first-token"), created()]);
    ok(&env
        .provider("billon", server.url(), None)
        .args(settle("1"))
        .output()
        .unwrap());
    login(&env, PASSWORD);
    let server = MockServer::start(vec![token("second-token"), created()]);
    ok(&env
        .provider("billon", server.url(), None)
        .args(settle("2"))
        .output()
        .unwrap());
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    assert_eq!(
        server.requests()[0].body,
        format!(r#"{{"apiKey":"{PASSWORD}"}}"#)
    );
    assert_eq!(token_of(&server.requests()[1]), Some("second-token"));
}
