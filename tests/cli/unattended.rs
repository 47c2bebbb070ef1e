//! Secrets for jobs nobody watches: `AFFPAY_<PROVIDER>_TOKEN_FILE` and systemd's
//! `$CREDENTIALS_DIRECTORY/<provider>`, read after the environment variable and before the
//! keyring and the credentials file; a token file others may read is refused, unquoted.

use crate::util::{Env, MockServer, Reply, exits, ok};
use serde_json::Value;
use std::path::{Path, PathBuf};

const FILE_SECRET: &str = "tp-from-token-file-5b21";
const SYSTEMD_SECRET: &str = "tp-from-systemd-9c44";

fn write_secret(path: &Path, secret: &str, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, format!("{secret}\n")).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn token_file(env: &Env, mode: u32) -> PathBuf {
    let path = env.dir.path().join("secrets/tp-token");
    write_secret(&path, FILE_SECRET, mode);
    path
}

fn systemd_dir(env: &Env) -> PathBuf {
    let dir = env.dir.path().join("run-credentials");
    write_secret(&dir.join("travelpayouts"), SYSTEMD_SECRET, 0o400);
    dir
}

/// The travelpayouts row of the default profile in `auth status -o json`.
fn tp_row(output: &std::process::Output) -> Value {
    let rows: Vec<Value> = serde_json::from_str(&ok(output)).unwrap();
    rows.into_iter()
        .find(|r| r["provider"] == "travelpayouts" && r["profile"] == "default")
        .expect("a travelpayouts row")
}

fn status(cmd: &mut assert_cmd::Command) -> Value {
    tp_row(&cmd.args(["auth", "status", "-o", "json"]).output().unwrap())
}

#[test]
fn a_private_token_file_is_sent_and_shown_as_token_file() {
    let env = Env::new();
    let file = token_file(&env, 0o600);
    let server = MockServer::start(vec![Reply::json(401, "{}")]);
    let output = env
        .provider("travelpayouts", server.url(), None)
        .env("AFFPAY_TRAVELPAYOUTS_TOKEN_FILE", &file)
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    exits(&output, 4);
    let sent = server.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].header("x-access-token"), Some(FILE_SECRET));

    let row = status(env.cmd().env("AFFPAY_TRAVELPAYOUTS_TOKEN_FILE", &file));
    assert_eq!(row["source"], "token-file");
    assert_eq!(row["secret"], "****5b21");
}

#[test]
fn a_token_file_others_can_read_is_refused_naming_it_never_quoting_it() {
    for mode in [0o640, 0o604] {
        let env = Env::new();
        let file = token_file(&env, mode);
        let server = MockServer::start(vec![]);
        let output = env
            .provider("travelpayouts", server.url(), None)
            .env("AFFPAY_TRAVELPAYOUTS_TOKEN_FILE", &file)
            .args(["tp", "payouts"])
            .output()
            .unwrap();
        let stderr = exits(&output, 3);
        assert!(stderr.contains(&file.display().to_string()), "{stderr}");
        assert!(
            stderr.contains("AFFPAY_TRAVELPAYOUTS_TOKEN_FILE"),
            "{stderr}"
        );
        assert!(!stderr.contains(FILE_SECRET), "{stderr}");
        assert!(server.requests().is_empty(), "nothing is sent");

        let row = status(env.cmd().env("AFFPAY_TRAVELPAYOUTS_TOKEN_FILE", &file));
        assert_eq!(row["source"], "none");
        let note = row["note"].as_str().unwrap();
        assert!(note.contains("readable by group or others"), "{note}");
        assert!(!note.contains(FILE_SECRET), "{note}");
    }
}

#[test]
fn a_systemd_credential_is_sent_and_shown_as_systemd() {
    let env = Env::new();
    let dir = systemd_dir(&env);
    let server = MockServer::start(vec![Reply::json(401, "{}")]);
    let output = env
        .provider("travelpayouts", server.url(), None)
        .env("CREDENTIALS_DIRECTORY", &dir)
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    exits(&output, 4);
    assert_eq!(
        server.requests()[0].header("x-access-token"),
        Some(SYSTEMD_SECRET)
    );
    let row = status(env.cmd().env("CREDENTIALS_DIRECTORY", &dir));
    assert_eq!(row["source"], "systemd");
    assert_eq!(row["secret"], "****9c44");
    // A credentials directory without this provider's file is no source for it.
    let row = status(env.cmd().env("CREDENTIALS_DIRECTORY", env.dir.path()));
    assert_eq!(row["source"], "none");
}

#[test]
fn env_then_token_file_then_systemd_then_the_credentials_file() {
    let env = Env::new();
    ok(&env
        .cmd()
        .args(["auth", "login", "tp", "--with-token", "--insecure-storage"])
        .write_stdin("tp-in-credentials-file-7a7a")
        .output()
        .unwrap());
    let file = token_file(&env, 0o600);
    let dir = systemd_dir(&env);
    let all = || {
        let mut cmd = env.cmd();
        cmd.env("AFFPAY_TRAVELPAYOUTS_TOKEN", "tp-from-env-1e1e")
            .env("AFFPAY_TRAVELPAYOUTS_TOKEN_FILE", &file)
            .env("CREDENTIALS_DIRECTORY", &dir);
        cmd
    };
    assert_eq!(status(&mut all())["source"], "env");
    assert_eq!(
        status(all().env_remove("AFFPAY_TRAVELPAYOUTS_TOKEN"))["source"],
        "token-file"
    );
    assert_eq!(
        status(
            all()
                .env_remove("AFFPAY_TRAVELPAYOUTS_TOKEN")
                .env_remove("AFFPAY_TRAVELPAYOUTS_TOKEN_FILE")
        )["source"],
        "systemd"
    );
    assert_eq!(status(&mut env.cmd())["source"], "file");
}

#[test]
fn login_checks_the_keyring_before_reading_and_names_the_same_flags() {
    let env = Env::new();
    // No terminal and no --with-token: reading the secret would be a usage error (2); the
    // store is checked first.
    let stderr = exits(
        &env.cmd()
            .args(["auth", "login", "billon", "--no-input"])
            .output()
            .unwrap(),
        3,
    );
    assert!(
        stderr.contains("`affpay auth login billon --insecure-storage`"),
        "{stderr}"
    );
    let stderr = exits(
        &env.cmd()
            .args([
                "--profile",
                "work",
                "auth",
                "login",
                "billon",
                "--with-token",
            ])
            .write_stdin("billon-secret-never-read")
            .output()
            .unwrap(),
        3,
    );
    assert!(
        stderr
            .contains("`affpay auth login billon --profile work --with-token --insecure-storage`"),
        "{stderr}"
    );
    for alternative in [
        "AFFPAY_BILLON_TOKEN",
        "AFFPAY_BILLON_TOKEN_FILE",
        "LoadCredential=billon",
    ] {
        assert!(stderr.contains(alternative), "{alternative}: {stderr}");
    }
    assert!(!env.config_dir().join("credentials.toml").exists());
}

#[test]
fn status_says_a_keyring_problem_once_not_in_every_row() {
    let env = Env::new();
    let output = env
        .cmd()
        .env("AFFPAY_KEYRING", "no-such-store")
        .args(["auth", "status", "-o", "json"])
        .output()
        .unwrap();
    let rows: Vec<Value> = serde_json::from_str(&ok(&output)).unwrap();
    assert!(rows.len() >= 5);
    assert!(rows.iter().all(|r| r["note"].is_null()), "{rows:?}");
    let stderr = crate::util::stderr_of(&output);
    assert_eq!(stderr.matches("no-such-store").count(), 1, "{stderr}");
}

/// `auth status --check -o json` with the Travelpayouts token in the env, against `script`.
fn check_tp(env: &Env, script: Vec<Reply>) -> (std::process::Output, MockServer) {
    let server = env.mock(script);
    let output = env
        .tp(server.url())
        .args(["auth", "status", "--check", "-o", "json"])
        .output()
        .unwrap();
    (output, server)
}

#[test]
fn check_makes_one_read_call_per_credential_and_exits_0_when_accepted() {
    let env = Env::new();
    let (output, server) = check_tp(&env, vec![Reply::json(200, "{}")]);
    let row = tp_row(&output);
    assert_eq!(row["check"], "ok");
    assert_eq!(server.lines().len(), 1, "one call: {:?}", server.lines());
    assert_eq!(
        server.requests()[0].header("x-access-token"),
        Some(crate::util::TOKEN)
    );
    let rows: Vec<Value> = serde_json::from_str(&crate::util::stdout_of(&output)).unwrap();
    let unchecked = rows.iter().filter(|r| r["check"].is_null()).count();
    assert_eq!(
        unchecked,
        rows.len() - 1,
        "providers without a credential: {rows:?}"
    );
}

#[test]
fn check_exits_4_when_a_credential_is_refused() {
    let env = Env::new();
    let (output, _) = check_tp(&env, vec![Reply::json(401, "{}")]);
    let stderr = exits(&output, 4);
    assert!(stderr.contains("travelpayouts"), "{stderr}");
    assert!(!stderr.contains(crate::util::TOKEN), "{stderr}");
    let rows: Vec<Value> = serde_json::from_str(&crate::util::stdout_of(&output)).unwrap();
    let row = rows
        .iter()
        .find(|r| r["provider"] == "travelpayouts")
        .unwrap();
    assert_eq!(row["check"], "rejected");
}

#[test]
fn check_exits_3_when_nothing_is_configured_or_a_configured_provider_has_no_secret() {
    let env = Env::new();
    let stderr = exits(
        &env.cmd()
            .args(["auth", "status", "--check"])
            .output()
            .unwrap(),
        3,
    );
    assert!(stderr.contains("no credential is configured"), "{stderr}");

    ok(&env
        .cmd()
        .args([
            "config",
            "set",
            "smartico.url",
            "https://boapi3.smartico.ai",
        ])
        .output()
        .unwrap());
    let (output, server) = check_tp(&env, vec![Reply::json(200, "{}")]);
    let stderr = exits(&output, 3);
    assert!(
        stderr.contains("missing credential") && stderr.contains("smartico"),
        "{stderr}"
    );
    assert_eq!(server.lines().len(), 1, "travelpayouts was still checked");
}

#[test]
fn every_provider_with_a_read_call_checks_with_one_request_its_own_way() {
    // (provider, accepted body, the one request's path)
    let cases = [
        ("smartico", "[]", "/api/af2_balance_op"),
        ("affonso", r#"{"success":true,"data":[]}"#, "/v1/payouts"),
        ("trackdesk", "{}", "/api/node/billing/v1/open-balances"),
    ];
    for (provider, body, path) in cases {
        let upper = provider.to_ascii_uppercase();
        for (status, code, verdict) in [(200, 0, "ok"), (401, 4, "rejected")] {
            let env = Env::new();
            let server = env.mock(vec![Reply::json(status, body)]);
            let output = env
                .cmd()
                .env(format!("AFFPAY_{upper}_URL"), server.url())
                .env(
                    format!("AFFPAY_{upper}_TOKEN"),
                    "a-secret-for-the-check-1234",
                )
                .args(["auth", "status", "--check", "-o", "json"])
                .output()
                .unwrap();
            exits(&output, code);
            let requests = server.requests();
            assert_eq!(requests.len(), 1, "{provider}: {:?}", server.lines());
            assert_eq!(requests[0].method, "GET", "{provider}");
            assert_eq!(requests[0].path, path, "{provider}");
            let rows: Vec<Value> = serde_json::from_str(&crate::util::stdout_of(&output)).unwrap();
            let row = rows.iter().find(|r| r["provider"] == provider).unwrap();
            assert_eq!(row["check"], verdict, "{provider}");
        }
    }
}
