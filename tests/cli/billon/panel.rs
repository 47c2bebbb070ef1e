//! Plain http to a Billon panel, dates in UTC, the panel's error bodies, and where the session
//! token is kept.

use super::*;

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
