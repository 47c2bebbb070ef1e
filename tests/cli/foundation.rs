//! The machinery every provider shares, exercised through Travelpayouts commands: where the
//! secret and the base URL come from, that the secret never leaks, retries and exit codes,
//! one-line errors, broken pipes, config.toml, global options and help.
//!
//! A provider's own tests check what it sends; these check what a user or a cron job sees
//! when something around the request goes right or wrong, because that is the same for every
//! provider and breaks for all of them at once.

use crate::util::{Env, MockServer, Recorded, Reply, TOKEN, fixture, ok, stderr_of, stdout_of};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

const URL_VAR: &str = "AFFPAY_TRAVELPAYOUTS_URL";
const TOKEN_VAR: &str = "AFFPAY_TRAVELPAYOUTS_TOKEN";
const FILE_TOKEN: &str = "file-token-from-credentials-abcd";
const PAYMENTS: &str = "GET /finance/v2/get_user_payments";

fn payments() -> Reply {
    Reply::json(200, &fixture("travelpayouts/get_user_payments.json"))
}

fn balance_script() -> Vec<Reply> {
    vec![
        Reply::json(200, &fixture("travelpayouts/get_user_balance.json")),
        Reply::json(200, &fixture("travelpayouts/get_user_next_payout.json")),
    ]
}

/// What the mock received, once it has recorded the last request it answered.
fn sent(server: &MockServer) -> Vec<Recorded> {
    server.requests()
}

/// `affpay tp payouts` with a token in the environment, against a mock answering `script`.
fn payouts_against(script: Vec<Reply>) -> (Output, MockServer) {
    let server = MockServer::start(script);
    let output = Env::new()
        .tp(server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    (output, server)
}

/// Stderr of a run that must have exited with `code`.
fn failed(output: &Output, code: i32) -> String {
    let stderr = stderr_of(output);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    stderr
}

fn login_to_file(env: &Env, secret: &str) {
    env.cmd()
        .args(["auth", "login", "tp", "--with-token", "--insecure-storage"])
        .write_stdin(secret)
        .assert()
        .success();
}

/// The `auth status -o json` row of travelpayouts/default, and the whole output.
fn status(env: &Env, env_token: bool) -> (Value, String) {
    let mut cmd = env.cmd();
    if env_token {
        cmd.env(TOKEN_VAR, TOKEN);
    }
    let output = cmd.args(["auth", "status", "-o", "json"]).output().unwrap();
    let text = format!("{}{}", ok(&output), stderr_of(&output));
    let rows: Value = serde_json::from_str(&stdout_of(&output)).expect("status is JSON");
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["provider"] == "travelpayouts" && r["profile"] == "default")
        .expect("a row for travelpayouts/default")
        .clone();
    (row, text)
}

#[test]
fn the_environment_token_beats_the_credentials_file() {
    let env = Env::new();
    login_to_file(&env, FILE_TOKEN);
    let file = env.config_dir().join("credentials.toml");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");

    let server = MockServer::start(vec![payments()]);
    ok(&env
        .cmd()
        .env(URL_VAR, server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap());
    let server_env = MockServer::start(vec![payments()]);
    ok(&env
        .tp(server_env.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap());

    let tokens = |s: &MockServer| -> Vec<String> {
        sent(s)
            .iter()
            .map(|r| r.header("x-access-token").unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(tokens(&server), [FILE_TOKEN]);
    assert_eq!(tokens(&server_env), [TOKEN]);
}

#[test]
fn auth_status_shows_the_source_and_only_a_masked_secret() {
    let env = Env::new();
    let (row, _) = status(&env, false);
    assert_eq!(
        (&row["source"], &row["secret"]),
        (&Value::from("none"), &Value::Null)
    );

    login_to_file(&env, FILE_TOKEN);
    let (row, text) = status(&env, false);
    assert_eq!(
        (&row["source"], &row["secret"]),
        (&Value::from("file"), &Value::from("****abcd"))
    );
    assert!(!text.contains(FILE_TOKEN), "{text}");

    let (row, text) = status(&env, true);
    assert_eq!(
        (&row["source"], &row["secret"]),
        (&Value::from("env"), &Value::from("****6789"))
    );
    assert!(
        !text.contains(TOKEN) && !text.contains(FILE_TOKEN),
        "{text}"
    );
}

#[test]
fn a_missing_credential_exits_3_and_says_how_to_provide_one() {
    let server = MockServer::start(vec![payments()]);
    let output = Env::new()
        .cmd()
        .env(URL_VAR, server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    let stderr = failed(&output, 3);
    for hint in ["affpay auth login", "--insecure-storage", TOKEN_VAR] {
        assert!(stderr.contains(hint), "should mention {hint}: {stderr}");
    }
    assert!(sent(&server).is_empty());
}

#[test]
fn login_without_a_secret_is_a_usage_error() {
    let env = Env::new();
    let stderr = failed(
        &env.cmd()
            .args(["auth", "login", "tp", "--insecure-storage"])
            .output()
            .unwrap(),
        2,
    );
    assert!(stderr.contains("--with-token"), "{stderr}");
    let output = env
        .cmd()
        .args(["auth", "login", "tp", "--with-token", "--insecure-storage"])
        .write_stdin("")
        .output()
        .unwrap();
    let stderr = failed(&output, 2);
    assert!(stderr.contains("empty"), "{stderr}");
    assert!(!env.config_dir().join("credentials.toml").exists());
}

#[test]
fn login_with_an_unusable_keyring_stores_nothing_and_names_the_alternatives() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["auth", "login", "tp", "--with-token"])
        .write_stdin("secret")
        .output()
        .unwrap();
    let stderr = failed(&output, 3);
    assert!(
        stderr.contains("--insecure-storage") && stderr.contains(TOKEN_VAR),
        "{stderr}"
    );
    assert!(!env.config_dir().join("credentials.toml").exists());
    assert_eq!(status(&env, false).0["source"], "none");
}

#[test]
fn logout_removes_the_secret_from_the_file() {
    let env = Env::new();
    login_to_file(&env, FILE_TOKEN);
    assert_eq!(status(&env, false).0["source"], "file");
    env.cmd().args(["auth", "logout", "tp"]).assert().success();
    let file = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    assert!(!file.contains(FILE_TOKEN), "{file}");
    assert_eq!(status(&env, false).0["source"], "none");
}

#[test]
fn verbose_logs_one_line_per_request_without_the_token() {
    let server = MockServer::start(balance_script());
    let output = Env::new()
        .tp(server.url())
        .args(["-v", "tp", "balance"])
        .output()
        .unwrap();
    ok(&output);
    let stderr = stderr_of(&output);
    assert!(!stderr.contains(TOKEN), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    for (line, method) in lines
        .iter()
        .zip(["get_user_balance", "get_user_next_payout"])
    {
        let prefix = format!("affpay: GET {}/finance/v2/{method} -> 200 (", server.url());
        let ms = line
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(" ms)"));
        assert!(ms.is_some_and(|ms| ms.parse::<u64>().is_ok()), "{line}");
    }
}

#[test]
fn a_token_echoed_in_an_error_body_is_redacted() {
    let body = format!("{{\"error\":\"invalid token {TOKEN}\"}}");
    let (output, server) = payouts_against(vec![Reply::json(401, &body)]);
    let stderr = failed(&output, 4);
    assert!(
        stderr.contains("HTTP 401") && stderr.contains("invalid token"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(TOKEN) && !stdout_of(&output).contains(TOKEN),
        "{stderr}"
    );
    assert_eq!(sent(&server).len(), 1);
}

#[test]
fn the_configured_url_is_used_and_the_environment_url_beats_it() {
    let env = Env::new();
    let configured = MockServer::start(vec![payments()]);
    env.cmd()
        .args(["config", "set", "travelpayouts.url", configured.url()])
        .assert()
        .success();
    let payouts = || {
        env.cmd()
            .env(TOKEN_VAR, TOKEN)
            .args(["tp", "payouts"])
            .output()
            .unwrap()
    };
    ok(&payouts());
    assert_eq!(sent(&configured).len(), 1);

    let from_env = MockServer::start(vec![payments()]);
    ok(&env
        .tp(from_env.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap());
    assert_eq!(sent(&from_env).len(), 1);
    assert_eq!(
        sent(&configured).len(),
        1,
        "the configured server was asked again"
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let env = Env::new();
    let configured = MockServer::start(vec![payments()]);
    env.cmd()
        .args(["config", "set", "travelpayouts.url", configured.url()])
        .assert()
        .success();
    let output = env
        .tp("http://example.com")
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    let stderr = failed(&output, 3);
    assert!(
        stderr.contains("http://example.com") && stderr.contains("loopback"),
        "{stderr}"
    );
    assert!(
        sent(&configured).is_empty(),
        "fell back to the configured URL"
    );

    let output = env
        .cmd()
        .args(["config", "set", "travelpayouts.url", "http://example.com"])
        .output()
        .unwrap();
    failed(&output, 2);
    let get = env
        .cmd()
        .args(["config", "get", "travelpayouts.url"])
        .output()
        .unwrap();
    assert_eq!(ok(&get).trim(), configured.url());
}

#[test]
fn a_server_error_is_retried() {
    let (output, server) = payouts_against(vec![Reply::json(500, "{}"), payments()]);
    assert!(ok(&output).contains("29.82"));
    assert_eq!(
        sent(&server).iter().map(Recorded::line).collect::<Vec<_>>(),
        [PAYMENTS, PAYMENTS]
    );
}

#[test]
fn a_dropped_connection_is_retried() {
    let (output, server) = payouts_against(vec![Reply::Drop, payments()]);
    assert!(ok(&output).contains("29.82"));
    assert_eq!(sent(&server).len(), 2);
}

#[test]
fn retry_after_is_waited_for() {
    let started = Instant::now();
    let too_many = Reply::json(429, "{}").with_header("Retry-After", "1");
    let (output, server) = payouts_against(vec![too_many, payments()]);
    ok(&output);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(sent(&server).len(), 2);
}

#[test]
fn an_unavailable_provider_exits_6_after_four_attempts() {
    let mut script = vec![Reply::json(503, "{}"); 4];
    script.push(payments());
    let (output, server) = payouts_against(script);
    let stderr = failed(&output, 6);
    assert!(stderr.contains("HTTP 503"), "{stderr}");
    assert_eq!(sent(&server).len(), 4);
}

#[test]
fn a_rejected_credential_exits_4_without_a_retry() {
    let (output, server) = payouts_against(vec![Reply::json(401, "{}"), payments()]);
    let stderr = failed(&output, 4);
    assert!(stderr.contains("affpay auth"), "{stderr}");
    assert_eq!(sent(&server).len(), 1);
}

#[test]
fn a_rejected_request_exits_5_without_a_retry() {
    let (output, server) =
        payouts_against(vec![Reply::json(404, "{\"error\":\"no\"}"), payments()]);
    failed(&output, 5);
    assert_eq!(sent(&server).len(), 1);
}

#[test]
fn an_answer_that_is_not_the_expected_json_exits_5() {
    let html = "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>";
    for body in ["{\"balance\": ", html] {
        let (output, server) = payouts_against(vec![Reply::json(200, body), payments()]);
        let stderr = failed(&output, 5);
        assert!(stderr.contains("not the expected JSON"), "{stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("internal error"),
            "{stderr}"
        );
        assert_eq!(sent(&server).len(), 1);
    }
}

#[test]
fn errors_are_one_line_even_with_rust_backtrace_set() {
    let env = Env::new();
    let unanswered = MockServer::start(vec![]);
    let failing = [
        env.cmd()
            .env(URL_VAR, unanswered.url())
            .args(["tp", "payouts"])
            .output()
            .unwrap(),
        payouts_against(vec![Reply::json(404, "{\n\"error\": \"no\"\n}")]).0,
        payouts_against(vec![Reply::json(200, "{\"balance\": ")]).0,
        payouts_against(vec![Reply::json(401, "{}")]).0,
        env.tp(unanswered.url())
            .args([
                "tp",
                "actions",
                "--from",
                "2021-02-01",
                "--until",
                "2021-01-01",
            ])
            .output()
            .unwrap(),
        env.cmd()
            .args(["config", "get", "travelpayouts.currency"])
            .output()
            .unwrap(),
    ];
    for output in &failing {
        assert!(!output.status.success());
        let stderr = stderr_of(output);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("affpay: error: "), "{stderr}");
        let lower = stderr.to_lowercase();
        assert!(
            !lower.contains("backtrace") && !lower.contains("stack"),
            "{stderr}"
        );
    }
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let env = Env::new();
    let mut child = env
        .process()
        .args(["--sandbox", "tp", "actions", "--all", "-o", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut header = String::new();
    stdout.read_line(&mut header).unwrap();
    assert!(header.starts_with("action_id,"), "{header}");
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    let stderr = stderr_of(&output);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn config_set_get_list_and_path() {
    let env = Env::new();
    env.cmd()
        .args(["config", "set", "travelpayouts.currency", "eur"])
        .assert()
        .success();
    let get = env
        .cmd()
        .args(["config", "get", "travelpayouts.currency"])
        .output()
        .unwrap();
    assert_eq!(ok(&get), "eur\n");
    let list = env
        .cmd()
        .args(["config", "list", "-o", "json"])
        .output()
        .unwrap();
    let rows: Value = serde_json::from_str(&ok(&list)).unwrap();
    let currency = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "travelpayouts.currency");
    assert_eq!(
        currency.map(|r| &r["value"]),
        Some(&Value::from("eur")),
        "{rows}"
    );
    let path = env.cmd().args(["config", "path"]).output().unwrap();
    let expected = env.config_dir().join("config.toml");
    assert_eq!(ok(&path), format!("{}\n", expected.display()));
    assert!(expected.exists());
}

#[test]
fn config_refuses_unknown_keys_and_bad_values() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["config", "set", "travelpayouts.nope", "x"])
        .output()
        .unwrap();
    let stderr = failed(&output, 2);
    assert!(
        stderr.contains("travelpayouts.url") && stderr.contains("travelpayouts.currency"),
        "{stderr}"
    );
    let output = env
        .cmd()
        .args(["config", "set", "travelpayouts.currency", "gbp"])
        .output()
        .unwrap();
    assert!(failed(&output, 2).contains("gbp"));
    assert!(!env.config_dir().join("config.toml").exists());
}

#[test]
fn profiles_keep_separate_settings() {
    let env = Env::new();
    let set = |profile: &str, value: &str| {
        let args = [
            "config",
            "set",
            "travelpayouts.currency",
            value,
            "--profile",
            profile,
        ];
        env.cmd().args(args).assert().success();
    };
    let get = |profile: &str| {
        let args = [
            "config",
            "get",
            "travelpayouts.currency",
            "--profile",
            profile,
        ];
        ok(&env.cmd().args(args).output().unwrap())
    };
    set("default", "eur");
    set("work", "rub");
    assert_eq!(
        (get("default"), get("work")),
        ("eur\n".to_string(), "rub\n".to_string())
    );
}

#[test]
fn read_commands_never_create_or_change_config() {
    let env = Env::new();
    let config = env.config_dir().join("config.toml");
    let reads = || {
        let server = MockServer::start(balance_script());
        ok(&env
            .tp(server.url())
            .args(["tp", "balance"])
            .output()
            .unwrap());
        ok(&env.cmd().args(["auth", "status"]).output().unwrap());
        ok(&env.cmd().args(["config", "list"]).output().unwrap());
    };
    reads();
    assert!(!config.exists());
    assert!(!env.config_dir().join("credentials.toml").exists());

    env.cmd()
        .args(["config", "set", "travelpayouts.currency", "eur"])
        .assert()
        .success();
    let before = (
        std::fs::read(&config).unwrap(),
        std::fs::metadata(&config).unwrap().modified().unwrap(),
    );
    reads();
    let after = (
        std::fs::read(&config).unwrap(),
        std::fs::metadata(&config).unwrap().modified().unwrap(),
    );
    assert_eq!(before, after);
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let balance = |args: &[&str]| {
        let server = MockServer::start(balance_script());
        ok(&Env::new().tp(server.url()).args(args).output().unwrap())
    };
    let before = balance(&["-o", "json", "tp", "balance"]);
    let after = balance(&["tp", "balance", "-o", "json"]);
    assert_eq!(before, after);
    assert!(
        serde_json::from_str::<Value>(&before).unwrap().is_array(),
        "{before}"
    );

    let server = MockServer::start(balance_script());
    let output = Env::new()
        .tp(server.url())
        .env("AFFPAY_OUTPUT", "csv")
        .args(["tp", "balance"])
        .output()
        .unwrap();
    assert!(ok(&output).starts_with("currency,balance,next_payout\nusd,1794.34,2322.25\n"));
}

#[test]
fn help_lists_exit_codes_and_providers() {
    let help = ok(&Env::new().cmd().arg("--help").output().unwrap());
    assert!(help.contains("Exit codes:"), "{help}");
    for code in 0..=9 {
        assert!(
            help.lines().any(|l| l.starts_with(&format!("  {code}  "))),
            "exit {code}: {help}"
        );
    }
    assert!(
        help.lines()
            .any(|l| l.trim_start().starts_with("travelpayouts ")),
        "{help}"
    );
    let tp_help = ok(&Env::new().cmd().args(["tp", "--help"]).output().unwrap());
    for verb in ["balance", "actions", "payouts"] {
        assert!(
            tp_help.lines().any(|l| l.trim_start().starts_with(verb)),
            "{verb}: {tp_help}"
        );
    }
}

#[test]
fn sandbox_serve_on_a_port_in_use_exits_3_with_a_hint() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let output = Env::new()
        .cmd()
        .args(["sandbox", "serve", "--port", &port])
        .output()
        .unwrap();
    let stderr = failed(&output, 3);
    assert!(stderr.contains("--port 0 picks a free one"), "{stderr}");
}

#[test]
fn fields_take_a_space_after_each_comma() {
    let output = Env::new()
        .cmd()
        .args(["--sandbox", "travelpayouts", "balance", "-o", "csv"])
        .args(["--fields", "balance, currency"])
        .output()
        .unwrap();
    let stdout = ok(&output);
    assert_eq!(stdout.lines().next(), Some("balance,currency"), "{stdout}");
}

#[test]
fn logout_with_nothing_stored_says_so_and_exits_0() {
    let output = Env::new()
        .cmd()
        .args(["auth", "logout", "smartico"])
        .output()
        .unwrap();
    let stderr = failed(&output, 0);
    assert!(stderr.contains("nothing stored"), "{stderr}");
}
