//! Where the secret comes from and that it never shows: the environment over the file, `auth
//! status` masked, a missing or unusable credential, login and logout, verbose lines and error
//! bodies without the token.

use super::*;

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
