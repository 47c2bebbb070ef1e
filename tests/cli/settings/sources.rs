//! Where each setting comes from — flag, environment, file, default — as `config list` says, and
//! `config set` keeping a hand-written file as it was.

use super::*;

#[test]
fn the_environment_overrides_the_file_for_provider_settings() {
    let env = Env::new();
    write_config(&env, "[default.travelpayouts]\ncurrency = \"eur\"\n");
    let server = env.mock(vec![actions()]);
    ok(&env
        .tp(server.url())
        .args(["tp", "actions"])
        .output()
        .unwrap());
    assert_eq!(currency_sent(&server), "eur", "the file is read");

    let server = env.mock(vec![actions()]);
    let output = env
        .tp(server.url())
        .env("AFFPAY_TRAVELPAYOUTS_CURRENCY", "rub")
        .args(["tp", "actions"])
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(currency_sent(&server), "rub", "the environment wins");
}

#[test]
fn a_tenant_from_the_environment_names_the_trackdesk_host() {
    let env = Env::new();
    write_config(&env, "[default.trackdesk]\ntenant = \"from-file\"\n");
    let output = env
        .cmd()
        .env("AFFPAY_TRACKDESK_TENANT", "Not A Tenant")
        .env("AFFPAY_TRACKDESK_TOKEN", TOKEN)
        .args(["trackdesk", "balance"])
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("'Not A Tenant'") && !stderr.contains("from-file"),
        "{stderr}"
    );
}

#[test]
fn global_defaults_come_from_the_file_then_env_then_flag() {
    let env = Env::new();
    write_config(&env, "[default]\noutput = \"json\"\n");
    let run = |extra_env: Option<&str>, flag: Option<&str>| {
        let server = env.mock(vec![actions()]);
        let mut cmd = env.tp(server.url());
        if let Some(format) = extra_env {
            cmd.env("AFFPAY_OUTPUT", format);
        }
        cmd.args(["tp", "actions"]);
        if let Some(format) = flag {
            cmd.args(["-o", format]);
        }
        ok(&cmd.output().unwrap())
    };
    assert!(run(None, None).trim_start().starts_with('['), "file: json");
    assert!(
        run(Some("csv"), None).starts_with("action_id,"),
        "env beats file"
    );
    assert!(
        run(Some("csv"), Some("ndjson")).starts_with('{'),
        "flag beats env"
    );
}

#[test]
fn a_bad_default_in_the_file_is_a_usage_error_naming_it() {
    let env = Env::new();
    write_config(&env, "[default]\ntimeout = 0\n");
    let output = env.cmd().args(["config", "list"]).output().unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("timeout in") && stderr.contains("config.toml"),
        "{stderr}"
    );
}

#[test]
fn config_list_says_where_each_value_comes_from() {
    let env = Env::new();
    write_config(
        &env,
        "[default]\ntimeout = 30\n\n[default.trackdesk]\ntenant = \"acme\"\n\
         [default.travelpayouts]\ncurrency = \"eur\"\n",
    );
    let output = env
        .cmd()
        .env("AFFPAY_TRAVELPAYOUTS_CURRENCY", "rub")
        .env("AFFPAY_MAX_BODY_MB", "8")
        .args(["config", "list", "-o", "json"])
        .output()
        .unwrap();
    let rows = list_rows(&output);
    let expect = |key: &str, value: &str, source: &str, env: &str| {
        let row = row(&rows, key);
        assert_eq!(
            (&row["value"], &row["source"], &row["env"]),
            (&Value::from(value), &Value::from(source), &Value::from(env)),
            "{key}"
        );
    };
    expect("output", "json", "flag", "AFFPAY_OUTPUT");
    expect("timeout", "30", "file", "AFFPAY_TIMEOUT");
    expect("max_body_mb", "8", "env", "AFFPAY_MAX_BODY_MB");
    expect("max_rate_wait", "180", "default", "AFFPAY_MAX_RATE_WAIT");
    expect(
        "trackdesk.tenant",
        "acme",
        "file",
        "AFFPAY_TRACKDESK_TENANT",
    );
    expect(
        "trackdesk.url",
        "https://acme.trackdesk.com",
        "default",
        "AFFPAY_TRACKDESK_URL",
    );
    expect(
        "travelpayouts.currency",
        "rub",
        "env",
        "AFFPAY_TRAVELPAYOUTS_CURRENCY",
    );
    assert_eq!(row(&rows, "billon.url")["source"], Value::Null, "unset");
    for row in &rows {
        let env = row["env"].as_str().unwrap();
        assert!(env.starts_with("AFFPAY_"), "{row}");
    }
}

#[test]
fn config_set_keeps_comments_and_order() {
    let env = Env::new();
    let original = "# affpay settings, kept by hand\n\
        [default]\n\
        # slow VPN\n\
        timeout = 90 # seconds\n\n\
        [default.travelpayouts]\n\
        currency = \"usd\" # the accountants' currency\n\
        url = \"http://127.0.0.1:9\"\n\n\
        [work.travelpayouts]\n\
        currency = \"rub\"\n";
    write_config(&env, original);
    for args in [
        ["config", "set", "travelpayouts.currency", "eur"],
        ["config", "set", "timeout", "120"],
        ["config", "set", "trackdesk.tenant", "acme"],
    ] {
        env.cmd().args(args).assert().success();
    }
    let text = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    let expected = original
        .replace("timeout = 90", "timeout = 120")
        .replace("currency = \"usd\"", "currency = \"eur\"");
    let added = "[default.trackdesk]\ntenant = \"acme\"\n";
    assert!(text.contains(added), "{text}");
    assert_eq!(
        text.replace(&format!("{added}\n"), ""),
        expected,
        "comments and order kept"
    );
    let get = env
        .cmd()
        .args(["config", "get", "timeout"])
        .output()
        .unwrap();
    assert_eq!(ok(&get), "120\n");
    env.cmd()
        .args(["config", "unset", "timeout"])
        .assert()
        .success();
    let text = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(
        !text.contains("timeout =") && text.contains("currency = \"eur\" # the accountants'"),
        "{text}"
    );
}

#[test]
fn config_set_checks_a_global_default_like_its_flag() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["config", "set", "timeout", "0"])
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("timeout") && stderr.contains("'0'"),
        "{stderr}"
    );
    let output = env
        .cmd()
        .args(["config", "set", "verbose", "1"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&output).contains("output, timeout"),
        "valid keys named"
    );
    assert!(!env.config_dir().join("config.toml").exists());
}
