//! Settings and help: where each value comes from (flag, environment, file, default),
//! `config set` that keeps a hand-written file as it was, `--quiet`, the version, help that
//! says what money commands really do, and man pages with the sections a man page has.

use crate::util::{Env, MockServer, Reply, TOKEN, fixture, ok, stderr_of};
use serde_json::Value;
use std::process::Output;

fn actions() -> Reply {
    Reply::json(
        200,
        &fixture("travelpayouts/get_user_actions_affecting_balance.json"),
    )
}

/// The currency `tp actions` asked the mock for.
fn currency_sent(server: &MockServer) -> String {
    let query = server.requests().last().expect("a request").query.clone();
    let pair = query.split('&').find(|p| p.starts_with("currency="));
    pair.expect("a currency")
        .trim_start_matches("currency=")
        .to_string()
}

fn write_config(env: &Env, text: &str) {
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.toml"), text).unwrap();
}

fn list_rows(output: &Output) -> Vec<Value> {
    let rows: Value = serde_json::from_str(&ok(output)).unwrap();
    rows.as_array().unwrap().clone()
}

fn row<'a>(rows: &'a [Value], key: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {rows:?}"))
}

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

/// Every command of the tree with its full name (`affpay trackdesk payouts mark`).
fn commands() -> Vec<(String, clap::Command)> {
    fn walk(command: &clap::Command, name: String, all: &mut Vec<(String, clap::Command)>) {
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(sub, format!("{name} {}", sub.get_name()), all);
        }
        all.push((name, command.clone()));
    }
    let mut command = affpay::cli::build();
    command.build();
    let mut all = Vec::new();
    walk(&command, "affpay".to_string(), &mut all);
    all
}

#[test]
fn every_money_moving_command_says_which_call_it_makes_and_what_it_does() {
    let mut missing = Vec::new();
    for (name, command) in commands() {
        if !command.get_arguments().any(|a| a.get_id() == "batch") {
            continue;
        }
        let help = command
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        let line = help.lines().find(|l| l.starts_with("Money: "));
        let names_a_call = line.is_some_and(|l| {
            ["GET ", "POST ", "PUT ", "PATCH ", "DELETE "]
                .iter()
                .any(|m| l.contains(m))
        });
        if !names_a_call {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "no `Money: METHOD /path …` line: {missing:?}"
    );
}

#[test]
fn what_money_commands_really_do_is_said_in_the_vendors_terms() {
    let help = |path: &[&str]| {
        let found = commands()
            .into_iter()
            .find(|(name, _)| *name == format!("affpay {}", path.join(" ")));
        let (_, command) = found.unwrap_or_else(|| panic!("{path:?}"));
        command
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default()
    };
    assert!(help(&["smartico", "settle"]).contains("records a payment made elsewhere"));
    assert!(help(&["billon", "settle"]).contains("creates a payout the recipient collects"));
    assert!(help(&["affonso", "settle"]).contains("marks"));
    assert!(help(&["trackdesk", "settle"]).contains("creates a settlement"));
}

#[test]
fn every_positional_argument_has_help() {
    let mut missing = Vec::new();
    for (name, command) in commands() {
        for arg in command.get_positionals() {
            if arg.get_help().is_none() && !arg.is_hide_set() {
                missing.push(format!("{name} <{}>", arg.get_id()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "positional arguments without help: {missing:?}"
    );
}

#[test]
fn global_options_are_listed_apart_from_a_commands_own() {
    let env = Env::new();
    let help = ok(&env
        .cmd()
        .args(["smartico", "settle", "--help"])
        .output()
        .unwrap());
    let (own, rest) = help.split_once("Global options:").expect("a heading");
    // The section ends at the first unindented line (the notes and examples after it).
    let global: String = rest
        .lines()
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        own.contains("--affiliate") && !own.contains("--profile"),
        "{help}"
    );
    assert!(
        global.contains("--profile") && !global.contains("--affiliate"),
        "{help}"
    );
}

#[test]
fn vendor_terms_work_as_aliases() {
    let env = Env::new();
    for (alias, command) in [
        ("affonso commissions", "affonso actions"),
        ("trackdesk conversions", "trackdesk actions"),
        ("trackdesk settlements", "trackdesk payouts"),
        ("travelpayouts payments", "travelpayouts payouts"),
        ("billon payments", "billon payouts"),
    ] {
        let help = |words: &str| {
            let mut args: Vec<&str> = words.split(' ').collect();
            args.push("--help");
            ok(&env.cmd().args(args).output().unwrap())
        };
        let first_line = |text: String| text.lines().next().unwrap_or_default().to_string();
        assert_eq!(
            first_line(help(alias)),
            first_line(help(command)),
            "{alias}"
        );
    }
}

#[test]
fn usage_errors_and_affpays_own_errors_share_one_format() {
    let env = Env::new();
    let clap_error = env
        .cmd()
        .args(["tp", "actions", "--nope"])
        .output()
        .unwrap();
    let own_error = env
        .cmd()
        .args(["config", "set", "travelpayouts.nope", "x"])
        .output()
        .unwrap();
    for output in [clap_error, own_error] {
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.starts_with("affpay: error: "), "{stderr}");
        assert!(!stderr.contains("\n\n"), "no blank lines: {stderr}");
    }
}

#[test]
fn quiet_silences_notices_but_not_errors() {
    let env = Env::new();
    let notice = env
        .cmd()
        .args(["config", "set", "travelpayouts.currency", "eur"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&notice).contains("affpay: set"),
        "a notice without --quiet"
    );
    for quiet in [
        env.cmd()
            .args(["--quiet", "config", "set", "travelpayouts.currency", "eur"])
            .output()
            .unwrap(),
        env.cmd()
            .env("AFFPAY_QUIET", "1")
            .args(["--sandbox", "tp", "balance"])
            .output()
            .unwrap(),
    ] {
        ok(&quiet);
        assert_eq!(stderr_of(&quiet), "", "nothing on stderr");
    }
    let error = env
        .cmd()
        .args(["-q", "config", "set", "travelpayouts.nope", "x"])
        .output()
        .unwrap();
    assert_eq!(error.status.code(), Some(2));
    assert!(
        stderr_of(&error).starts_with("affpay: error: "),
        "errors still shown"
    );
}

#[test]
fn version_is_short_and_verbose_on_request() {
    let env = Env::new();
    let short = ok(&env.cmd().arg("--version").output().unwrap());
    assert_eq!(short, format!("affpay {}\n", env!("CARGO_PKG_VERSION")));
    assert_eq!(ok(&env.cmd().arg("version").output().unwrap()), short);
    for args in [&["version", "-v"][..], &["--version", "--verbose"]] {
        let long = ok(&env.cmd().args(args).output().unwrap());
        assert!(long.starts_with(&short), "{args:?}: {long}");
        for field in ["commit: ", "target: ", "features: "] {
            let line = long.lines().find(|l| l.starts_with(field));
            assert!(
                line.is_some_and(|l| l.len() > field.len()),
                "{args:?}: {long}"
            );
        }
    }
}

/// A pager that copies what it is given into `file`, as `sh -c` runs $PAGER.
fn recording_pager(file: &std::path::Path) -> String {
    format!("cat > '{}'", file.display())
}

/// `affpay ARGS` on a 20-row terminal (util-linux `script` gives it one), in `env`'s
/// environment, answering `answer` to the question.
fn on_a_terminal(env: &Env, args: &str, pager: &str, answer: &str) -> Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let affpay = env!("CARGO_BIN_EXE_affpay");
    let inner = format!("stty rows 20 cols 100; {affpay} {args}");
    let mut cmd = Command::new("script");
    for (key, value) in env.process().get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    let mut child = cmd
        .env("PAGER", pager)
        .args(["-qec", &inner, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux script");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answer.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_plan_longer_than_the_terminal_goes_through_the_pager_with_names() {
    let env = Env::new();
    let paged = env.dir.path().join("paged");
    let pager = recording_pager(&paged);
    let output = on_a_terminal(
        &env,
        "--sandbox smartico settle --above-threshold",
        &pager,
        "n\n",
    );
    let shown = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(7), "declined: {shown}");
    let paged = std::fs::read_to_string(&paged).expect("the pager ran");
    assert_eq!(paged.lines().count(), 49, "every payment: {paged}");
    assert!(
        paged.starts_with("  35000 24576.13 EUR  Affiliate 35000\n"),
        "with the affiliate's name: {paged}"
    );
    assert!(shown.contains("Proceed?"), "the question follows: {shown}");
}

#[test]
fn a_short_plan_is_printed_and_show_plan_all_pages_it() {
    let env = Env::new();
    let paged = env.dir.path().join("paged");
    let pager = recording_pager(&paged);
    let settle = "--sandbox smartico settle --affiliate 35000 --amount 1";
    let output = on_a_terminal(&env, settle, &pager, "n\n");
    let shown = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(7), "{shown}");
    assert!(shown.contains("35000 1 EUR  Affiliate 35000"), "{shown}");
    assert!(!paged.exists(), "no pager for what fits");
    let all = format!("{settle} --show-plan all");
    assert_eq!(
        on_a_terminal(&env, &all, &pager, "n\n").status.code(),
        Some(7)
    );
    let paged = std::fs::read_to_string(&paged).expect("the pager ran");
    assert_eq!(paged, "  35000 1 EUR  Affiliate 35000\n");
}

#[test]
fn without_a_terminal_nothing_is_paged_and_show_plan_all_prints_every_line() {
    let env = Env::new();
    let paged = env.dir.path().join("paged");
    let run = |extra: &[&str]| {
        let output = env
            .cmd()
            .env("PAGER", recording_pager(&paged))
            .args(["--sandbox", "trackdesk", "settle", "--dry-run"])
            .args(extra)
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        ok(&output);
        stderr
            .lines()
            .filter(|l| l.starts_with("  "))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let default = run(&[]);
    assert_eq!(default.len(), 21, "{default:?}");
    assert!(default[20].contains("more (--show-plan all"), "{default:?}");
    let all = run(&["--show-plan", "all"]);
    assert!(
        all.len() > 21 && !all.iter().any(|l| l.contains("more")),
        "{all:?}"
    );
    assert!(all[0].ends_with("  Affiliate 001"), "{all:?}");
    assert!(!paged.exists(), "a pager only on a terminal");
}
