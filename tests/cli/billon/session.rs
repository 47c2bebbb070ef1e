//! Billon's login and session against the recording mock: the exact create, the cached token
//! and its renewal, a wrong password, and neither secret leaking.

use super::*;

#[test]
fn a_single_settle_logs_in_then_creates_with_the_exact_body() {
    let env = Env::new();
    let server = MockServer::start(vec![authenticated(), created()]);
    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(words(
            "billon settle --amount 25.00 --currency pln --project Nov --description Payout \
             --reference 7 --first-name Ann --last-name Lee --email a@b.c \
             --valid-from 2026-01-01T12:00:00Z --valid-until 2026-01-02 --notify --yes -o json",
        ))
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    let requests = server.requests();
    let (login, create) = (&requests[0], &requests[1]);
    assert_eq!(login.body, format!(r#"{{"apiKey":"{PASSWORD}"}}"#));
    assert_eq!(login.header("content-type"), Some("application/json"));
    assert_eq!(token_of(login), None);
    assert_eq!(create.header("content-type"), Some("application/json"));
    assert_eq!(token_of(create), Some(vendor_token().as_str()));
    assert_eq!(
        create.body,
        r#"{"amount":25.00,"currency":"PLN","startDate":"2026-01-01T12:00:00Z","endDate":"2026-01-02T23:59:59Z","name":"Nov","description":"Payout","referenceId":"7","firstName":"Ann","lastName":"Lee","email":"a@b.c","notification":true}"#
    );
    let rows = rows(&output);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["result"], "succeeded");
    assert_eq!(rows[0]["reference"], "1");
    assert_eq!(rows[0]["target"], "referenceId=7");
    assert_eq!(
        rows[0]["detail"],
        "status=READY recipient_id=1 project_id=1"
    );
}

#[test]
fn validity_defaults_to_now_until_thirty_days_later() {
    let server = MockServer::start(vec![authenticated(), created()]);
    let before = Utc::now() - TimeDelta::seconds(1);
    ok(&Env::new()
        .provider("billon", server.url(), PASSWORD)
        .args(settle("5"))
        .output()
        .unwrap());
    let after = Utc::now() + TimeDelta::seconds(1);
    let body: Value = serde_json::from_str(&server.requests()[1].body).unwrap();
    let at = |field: &str| -> DateTime<Utc> {
        let text = body[field].as_str().unwrap();
        assert!(
            text.ends_with('Z'),
            "{field} without its UTC offset: {text}"
        );
        DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|e| panic!("{field}: {e}: {body}"))
            .to_utc()
    };
    let (start, end) = (at("startDate"), at("endDate"));
    assert!(
        before <= start && start <= after,
        "{start} not between {before} and {after}"
    );
    assert_eq!(end - start, TimeDelta::days(30), "{body}");
    assert_eq!(body["notification"], false);
}

#[test]
fn a_cached_token_serves_many_runs_with_one_login_and_never_shows() {
    let env = Env::new();
    login(&env, PASSWORD);
    let server = MockServer::start(vec![authenticated(), created(), created(), created()]);
    for amount in ["1", "2", "3"] {
        let output = env
            .provider("billon", server.url(), None)
            .args(settle(amount))
            .arg("-v")
            .output()
            .unwrap();
        ok(&output);
        let all = everything(&output);
        assert!(
            !all.contains(&vendor_token()) && !all.contains(PASSWORD),
            "{all}"
        );
    }
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE, CREATE, CREATE]);
    for create in &server.requests()[1..] {
        assert_eq!(token_of(create), Some(vendor_token().as_str()));
    }
    let (created, token) = cached(&env).expect("a cached session");
    assert_eq!(token, vendor_token());
    assert!((now() - created).abs() < 60, "created {created}");
}

#[test]
fn a_cached_token_older_than_23_hours_is_not_used() {
    let env = Env::new();
    login(&env, PASSWORD);
    let server = MockServer::start(vec![token("new-token"), created()]);
    cache_session(&env, &server, now() - 24 * 3600, "old-token");
    ok(&env
        .provider("billon", server.url(), None)
        .args(settle("5"))
        .output()
        .unwrap());
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    for request in server.requests() {
        assert!(!format!("{request:?}").contains("old-token"), "{request:?}");
    }
    assert_eq!(token_of(&server.requests()[1]), Some("new-token"));
    assert_eq!(cached(&env).unwrap().1, "new-token");
}

#[test]
fn a_refused_token_is_renewed_once_and_the_call_repeated() {
    let env = Env::new();
    login(&env, PASSWORD);
    let script = vec![
        refused(401, "INVALID_PARAMS", "Failed to authenticate token"),
        token("fresh-token"),
        created(),
    ];
    let server = MockServer::start(script);
    cache_session(&env, &server, now(), "stale-token");
    let output = env
        .provider("billon", server.url(), None)
        .args(settle("5"))
        .output()
        .unwrap();
    assert_eq!(results(&output), pairs(&[("userName=ann", "succeeded")]));
    ok(&output);
    assert_eq!(server.lines(), [CREATE, AUTHENTICATE, CREATE]);
    let requests = server.requests();
    assert_eq!(token_of(&requests[0]), Some("stale-token"));
    assert_eq!(requests[1].body, format!(r#"{{"apiKey":"{PASSWORD}"}}"#));
    assert_eq!(token_of(&requests[2]), Some("fresh-token"));
    assert_eq!(requests[0].body, requests[2].body);
    assert_eq!(cached(&env).unwrap().1, "fresh-token");
}

#[test]
fn a_wrong_password_exits_4_and_creates_nothing() {
    let server = MockServer::start(vec![refused(
        400,
        "INVALID_PARAMS",
        "Invalid authentication password",
    )]);
    let output = Env::new()
        .provider("billon", server.url(), PASSWORD)
        .args(settle("5"))
        .output()
        .unwrap();
    let stderr = exits(&output, 4);
    assert!(stderr.contains("authentication password"), "{stderr}");
    assert!(stderr.contains("affpay auth login billon"), "{stderr}");
    assert!(!everything(&output).contains(PASSWORD));
    assert_eq!(server.lines(), [AUTHENTICATE]);
}

#[test]
fn neither_the_password_nor_the_token_leaks_on_an_error_in_status_or_in_the_journal() {
    let env = Env::new();
    login(&env, PASSWORD);
    let script = vec![
        authenticated(),
        Reply::json(400, &fixture("billon/error.json")),
    ];
    let server = MockServer::start(script);
    let output = env
        .provider("billon", server.url(), None)
        .args(settle("5"))
        .arg("-v")
        .output()
        .unwrap();
    let stderr = exits(&output, 5);
    assert!(stderr.contains("INVALID_PARAMS"), "{stderr}");
    assert!(
        stderr.contains("One of required fields is empty!"),
        "{stderr}"
    );
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    let secrets = [PASSWORD.to_string(), vendor_token()];
    let key = text(&rows(&output)[0]["key"]);
    let status = env
        .cmd()
        .args(["auth", "status", "-o", "json"])
        .output()
        .unwrap();
    let shown = env
        .cmd()
        .args(["journal", "show", &key, "-o", "json"])
        .output()
        .unwrap();
    let status_rows = rows(&status);
    let row = status_rows
        .iter()
        .find(|r| r["provider"] == "billon" && r["profile"] == "default")
        .expect("a billon row");
    assert_eq!(row["source"], "file");
    assert!(text(&row["secret"]).starts_with("****"), "{row}");
    assert!(ok(&shown).contains("/api/payment/create"));
    for run in [&output, &status, &shown] {
        let all = everything(run);
        for secret in &secrets {
            assert!(!all.contains(secret.as_str()), "{secret} in {all}");
        }
    }
}
