//! Help that says what money commands really do, in the vendors' terms: every positional argument
//! explained, global options apart, vendor terms as aliases, one error format.

use super::*;

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
