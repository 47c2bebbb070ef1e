//! `config.toml` and profiles, global options, help and its exit codes, and the odd command-line
//! cases: a port in use, `--fields` spacing, logout with nothing stored.

use super::*;

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
