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

use crate::util::{
    Env, MockServer, Recorded, Reply, exits, fixture, ok, pairs, results, rows, serve, stderr_of,
    stdout_of, text,
};
use affpay::sandbox::token_for;
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Value, json};
use std::process::Output;
use std::time::Duration;

const PASSWORD: &str = "billon-auth-password-4c7e19";
const AUTHENTICATE: &str = "POST /api/authenticate";
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

fn authenticated() -> Reply {
    Reply::json(200, &fixture("billon/authenticate.json"))
}

fn token(token: &str) -> Reply {
    Reply::json(200, &json!({ "token": token }).to_string())
}

/// The vendor's example create answer (payout id 1).
fn created() -> Reply {
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
fn settle(amount: &str) -> Vec<String> {
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

// ---- Against the simulator ---------------------------------------------------------------

/// `billon settle --from-csv FILE`, confirmed, as JSON.
fn settle_csv(file: &str) -> [&str; 7] {
    [
        "billon",
        "settle",
        "--from-csv",
        file,
        "--yes",
        "-o",
        "json",
    ]
}

fn csv_file(env: &Env, contents: &str) -> String {
    let path = env.dir.path().join("payouts.csv");
    std::fs::write(&path, contents).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_batch_that_runs_out_of_funds_stops_and_says_what_was_paid() {
    let served = serve(&["--billon-funds", "100"]);
    let env = Env::new();
    let file = csv_file(
        &env,
        "amount,currency,project,description,user\n30,PLN,P,D,a\n40,PLN,P,D,b\n50,PLN,P,D,c\n10,PLN,P,D,d\n",
    );
    let output = env
        .provider("billon", &served.url, token_for("billon").as_str())
        .args(settle_csv(&file))
        .output()
        .unwrap();
    exits(&output, 8);
    let expected = [
        ("userName=a", "succeeded"),
        ("userName=b", "succeeded"),
        ("userName=c", "failed"),
        ("userName=d", "not_attempted"),
    ];
    assert_eq!(results(&output), pairs(&expected));
    let rows = rows(&output);
    assert!(
        text(&rows[2]["detail"]).contains("INSUFFICIENT_FUNDS"),
        "{rows:?}"
    );
    assert_eq!(
        (&rows[0]["reference"], &rows[1]["reference"]),
        (&json!("1"), &json!("2"))
    );
}

/// `billon payouts -o json` in `env`, checking it says the rows are local records.
fn payouts(env: &Env) -> Vec<Value> {
    let output = env
        .cmd()
        .args(["billon", "payouts", "-o", "json"])
        .output()
        .unwrap();
    let stderr = exits(&output, 0);
    assert!(stderr.contains("local records"), "{stderr}");
    rows(&output)
}

#[test]
fn rerunning_a_file_the_same_day_creates_nothing_twice() {
    let served = serve(&[]);
    let env = Env::new();
    let file = csv_file(
        &env,
        "amount,currency,project,description,user,notify\n5,PLN,P,D,a,true\n6,PLN,P,D,b,false\n7.25,PLN,P,D,c,\n",
    );
    let run = || {
        env.provider("billon", &served.url, token_for("billon").as_str())
            .args(settle_csv(&file))
            .output()
            .unwrap()
    };
    let first = run();
    ok(&first);
    assert!(
        results(&first).iter().all(|(_, r)| r == "succeeded"),
        "{:?}",
        results(&first)
    );
    let second = run();
    ok(&second);
    let expected = [
        ("userName=a", "already_done"),
        ("userName=b", "already_done"),
        ("userName=c", "already_done"),
    ];
    assert_eq!(results(&second), pairs(&expected));
    let listed = payouts(&env);
    let ids: Vec<String> = listed.iter().map(|r| text(&r["id"])).collect();
    assert_eq!(ids, ["1", "2", "3"], "{listed:?}");
    for row in &listed {
        assert_eq!(
            (&row["status"], &row["cancelled"]),
            (&json!("READY"), &json!(false)),
            "{row}"
        );
    }
}

#[test]
fn cancelling_releases_the_funds_a_payout_blocked() {
    let served = serve(&["--billon-funds", "100"]);
    let env = Env::new();
    let pay = |user: &str, amount: &str| {
        env.provider("billon", &served.url, token_for("billon").as_str())
            .args(words(&format!(
                "billon settle --amount {amount} --currency PLN --project P --description D \
                 --user {user} --yes -o json"
            )))
            .output()
            .unwrap()
    };
    assert_eq!(
        results(&pay("a", "60")),
        pairs(&[("userName=a", "succeeded")])
    );
    let short = pay("b", "50");
    assert!(exits(&short, 5).contains("INSUFFICIENT_FUNDS"));
    let cancel = env
        .provider("billon", &served.url, token_for("billon").as_str())
        .args(["billon", "cancel", "1", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(results(&cancel), pairs(&[("1", "succeeded")]));
    let again = pay("b", "50");
    assert_eq!(results(&again), pairs(&[("userName=b", "succeeded")]));
    ok(&again);
    let listed: Vec<(String, Value)> = payouts(&env)
        .iter()
        .map(|r| (text(&r["id"]), r["cancelled"].clone()))
        .collect();
    assert_eq!(
        listed,
        [
            ("1".to_string(), json!(true)),
            ("2".to_string(), json!(false))
        ]
    );
}

#[test]
fn an_expired_token_is_renewed_and_the_next_run_succeeds() {
    let served = serve(&["--billon-token-ttl-secs", "1"]);
    let env = Env::new();
    login(&env, &token_for("billon"));
    let first = env
        .provider("billon", &served.url, None)
        .args(settle("1"))
        .arg("-v")
        .output()
        .unwrap();
    ok(&first);
    assert!(
        stderr_of(&first).contains("/api/authenticate"),
        "{}",
        stderr_of(&first)
    );
    std::thread::sleep(Duration::from_millis(1500));
    let second = env
        .provider("billon", &served.url, None)
        .args(settle("2"))
        .arg("-v")
        .output()
        .unwrap();
    let stderr = exits(&second, 0);
    assert!(stderr.contains("/api/authenticate -> 200"), "{stderr}");
    assert_eq!(results(&second), pairs(&[("userName=ann", "succeeded")]));
    assert_eq!(cached(&env).unwrap().1, "sandbox-jwt-2");
}

#[test]
fn a_token_from_another_panel_is_never_sent() {
    let env = Env::new();
    login(&env, PASSWORD);
    let other_panel = MockServer::start(vec![]);
    cache_session(&env, &other_panel, now(), "other-panel-token");
    let server = MockServer::start(vec![token("this-panel-token"), created()]);
    ok(&env
        .provider("billon", server.url(), None)
        .args(settle("5"))
        .output()
        .unwrap());
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    assert_eq!(token_of(&server.requests()[1]), Some("this-panel-token"));
}

// ---- Plain http, dates, and the panel's answers ----------------------------------------

/// The panel's documented kind of address: plain http on port 5006, not loopback. Only dry
/// runs point at it, so no test sends anything there.
const PLAIN: &str = "http://10.1.2.3:5006";
const PLAIN_WARNING: &str = "the panel password and session token travel unencrypted";

/// A dry-run create against `url`, with the password in the environment.
fn dry_create(env: &Env, url: &str) -> assert_cmd::Command {
    let mut cmd = env.provider("billon", url, PASSWORD);
    cmd.args(words(
        "billon settle --amount 1 --currency PLN --project P --description D --user ann \
         --dry-run -o json",
    ));
    cmd
}

fn config_set(env: &Env, args: &[&str]) -> Output {
    env.cmd()
        .args(["config", "set"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn plain_http_beyond_loopback_is_refused_without_the_opt_in() {
    let env = Env::new();
    let stderr = exits(&dry_create(&env, PLAIN).output().unwrap(), 3);
    assert!(
        stderr.contains("plain http") && stderr.contains(PLAIN),
        "{stderr}"
    );
    assert!(!stderr.contains(PLAIN_WARNING), "{stderr}");

    // Off, or set on another profile: still refused.
    let output = dry_create(&env, PLAIN)
        .env("AFFPAY_BILLON_ALLOW_HTTP", "false")
        .output()
        .unwrap();
    exits(&output, 3);
    ok(&config_set(&env, &["billon.allow_http", "true"]));
    let output = dry_create(&env, PLAIN)
        .args(["--profile", "other"])
        .output()
        .unwrap();
    exits(&output, 3);

    // Not a word that might mean yes.
    let stderr = exits(&config_set(&env, &["billon.allow_http", "yes"]), 2);
    assert!(stderr.contains("'yes' is not true or false"), "{stderr}");
    let output = dry_create(&Env::new(), PLAIN)
        .env("AFFPAY_BILLON_ALLOW_HTTP", "1")
        .output()
        .unwrap();
    assert!(exits(&output, 2).contains("allow_http"));
}

#[test]
fn the_opt_in_lets_the_profiles_billon_panel_through_plain_http_with_a_warning() {
    let check = |output: &Output| {
        let stderr = stderr_of(output);
        let planned = rows(output);
        assert_eq!(output.status.code(), Some(0), "{stderr}");
        assert_eq!(
            text(&planned[0]["url"]),
            format!("{PLAIN}/api/payment/create")
        );
        let warnings: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains(PLAIN_WARNING))
            .collect();
        assert_eq!(warnings.len(), 1, "{stderr}");
        assert!(warnings[0].starts_with("affpay: warning: billon.allow_http is on"));
    };
    // From the environment.
    let output = dry_create(&Env::new(), PLAIN)
        .env("AFFPAY_BILLON_ALLOW_HTTP", "true")
        .output()
        .unwrap();
    check(&output);

    // From the profile's setting, with the address in the profile too; every run warns.
    let env = Env::new();
    ok(&config_set(&env, &["billon.allow_http", "true"]));
    for _ in 0..2 {
        let output = dry_create(&env, PLAIN).output().unwrap();
        check(&output);
    }
    let mut cmd = env.cmd();
    cmd.env("AFFPAY_BILLON_TOKEN", PASSWORD).args(words(
        "billon settle --amount 1 --currency PLN --project P --description D --user ann \
         --dry-run -o json",
    ));
    let config = env.config_dir().join("config.toml");
    let text_before = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text_before}url = \"{PLAIN}\"\n")).unwrap();
    check(&cmd.output().unwrap());

    // https is untouched by the opt-in: no warning.
    let output = dry_create(&env, "https://panel.example.com:5006")
        .output()
        .unwrap();
    assert!(!stderr_of(&output).contains(PLAIN_WARNING));
    ok(&output);
}

#[test]
fn the_opt_in_is_billons_alone() {
    let env = Env::new();
    for provider in ["affonso", "smartico", "trackdesk", "travelpayouts"] {
        let stderr = exits(
            &config_set(&env, &[&format!("{provider}.allow_http"), "true"]),
            2,
        );
        assert!(stderr.contains("unknown setting"), "{stderr}");
    }
    // Set anyway, by hand and in the environment: no effect on Affonso.
    let config = env.config_dir().join("config.toml");
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(&config, "[default.affonso]\nallow_http = true\n").unwrap();
    let output = env
        .cmd()
        .env("AFFPAY_AFFONSO_URL", PLAIN)
        .env("AFFPAY_AFFONSO_TOKEN", "key")
        .env("AFFPAY_AFFONSO_ALLOW_HTTP", "true")
        .args(["affonso", "actions"])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(stderr.contains("plain http"), "{stderr}");
    assert!(!stderr.contains("unencrypted"), "{stderr}");
}

#[test]
fn dates_go_as_iso_8601_in_utc_whatever_the_local_time_zone() {
    let server = MockServer::start(vec![authenticated(), created()]);
    let output = Env::new()
        .provider("billon", server.url(), PASSWORD)
        .env("TZ", "Pacific/Auckland")
        .args(words(
            "billon settle --amount 3 --currency PLN --project P --description D --user ann \
             --valid-from 2026-12-01 --valid-until 2026-12-31 --yes -o json",
        ))
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    assert_eq!(
        server.requests()[1].body,
        r#"{"amount":3,"currency":"PLN","startDate":"2026-12-01T00:00:00Z","endDate":"2026-12-31T23:59:59Z","name":"P","description":"D","userName":"ann","notification":false}"#
    );
}

#[test]
fn the_panels_error_body_in_a_2xx_is_a_refusal_with_its_message() {
    let vendor_error = || Reply::json(200, &fixture("billon/error.json"));
    let env = Env::new();
    let server = MockServer::start(vec![authenticated(), vendor_error()]);
    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(settle("5"))
        .output()
        .unwrap();
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("INVALID_PARAMS: One of required fields is empty!"),
        "{stderr}"
    );
    assert_eq!(results(&output), pairs(&[("userName=ann", "failed")]));
    // Refused means nothing was created: a rerun may send it again.
    let server = MockServer::start(vec![authenticated(), created()]);
    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(settle("5"))
        .output()
        .unwrap();
    assert_eq!(results(&output), pairs(&[("userName=ann", "succeeded")]));
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);

    let server = MockServer::start(vec![authenticated(), vendor_error()]);
    let output = Env::new()
        .provider("billon", server.url(), PASSWORD)
        .args(["billon", "cancel", "1", "2", "--yes", "-o", "json"])
        .output()
        .unwrap();
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("INVALID_PARAMS: One of required fields is empty!"),
        "{stderr}"
    );
    assert!(!stderr.contains("0 of 2"), "{stderr}");
    assert_eq!(results(&output), pairs(&[("1,2", "failed")]));
}

#[test]
fn an_unreadable_2xx_to_a_create_or_cancel_is_unknown_and_never_sent_again() {
    let cancel = ["billon", "cancel", "1", "--yes", "-o", "json"];
    for body in [
        "<html>Bad gateway</html>",
        "{}",
        r#"{"payments":[]}"#,
        r#"{"payments":[{"status":"READY"}]}"#,
    ] {
        for args in [settle("5"), cancel.iter().map(|s| s.to_string()).collect()] {
            let env = Env::new();
            let server = env.mock(vec![authenticated(), Reply::json(200, body)]);
            let output = env
                .provider("billon", server.url(), PASSWORD)
                .args(&args)
                .output()
                .unwrap();
            let stderr = exits(&output, 9);
            assert_eq!(rows(&output)[0]["result"], "unknown", "{body}: {stderr}");
            let server = env.mock(vec![authenticated(), created()]);
            let output = env
                .provider("billon", server.url(), PASSWORD)
                .args(&args)
                .output()
                .unwrap();
            exits(&output, 9);
            let sent: Vec<String> = server
                .lines()
                .into_iter()
                .filter(|l| l != AUTHENTICATE)
                .collect();
            assert!(sent.is_empty(), "{body}: {sent:?}");
        }
    }
}

/// `config set billon.url` with a plain-http panel address is stored only once the profile
/// opted in, the same rule the run itself applies.
#[test]
fn config_set_takes_a_plain_http_panel_only_after_the_opt_in() {
    let env = Env::new();
    let set = |key: &str, value: &str| {
        env.cmd()
            .args(["config", "set", key, value])
            .output()
            .unwrap()
    };
    exits(&set("billon.url", "http://10.1.2.3:5006"), 2);
    ok(&set("billon.allow_http", "true"));
    ok(&set("billon.url", "http://10.1.2.3:5006"));
    exits(&set("affonso.url", "http://10.1.2.3:5006"), 2);
}

#[test]
fn with_the_password_in_the_env_and_no_keyring_the_token_is_cached_in_the_data_dir() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let server = MockServer::start(vec![authenticated(), created(), created()]);
    for amount in ["1", "2"] {
        ok(&env
            .provider("billon", server.url(), PASSWORD)
            .args(settle(amount))
            .output()
            .unwrap());
    }
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE, CREATE], "one login");
    let file = env.dir.path().join("data/sessions.toml");
    let text = std::fs::read_to_string(&file).expect("a session file in the data dir");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(
        text.contains(SESSION) && text.contains(&vendor_token()),
        "{text}"
    );
    assert!(!text.contains(PASSWORD), "never the password: {text}");
    assert!(!env.config_dir().join("credentials.toml").exists());

    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(["auth", "logout", "billon"])
        .output()
        .unwrap();
    ok(&output);
    assert!(!file.exists(), "logout removes the cached session");
}

#[test]
fn status_check_logs_in_once_and_the_next_run_reuses_that_token() {
    let env = Env::new();
    let server = MockServer::start(vec![authenticated(), created()]);
    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(["auth", "status", "--check", "-o", "json"])
        .output()
        .unwrap();
    assert!(!everything(&output).contains(PASSWORD));
    ok(&output);
    ok(&env
        .provider("billon", server.url(), PASSWORD)
        .args(settle("1"))
        .output()
        .unwrap());
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    let refused_login = MockServer::start(vec![refused(401, "UNAUTHORIZED", "bad key")]);
    let output = env
        .provider("billon", refused_login.url(), PASSWORD)
        .args(["auth", "status", "--check"])
        .output()
        .unwrap();
    exits(&output, 4);
}
