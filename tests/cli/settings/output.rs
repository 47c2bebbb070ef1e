//! What reaches the terminal: `--quiet`, the version, and a long plan through the pager.

use super::*;

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
    // 49 generated affiliates and the 5 of the vendor's examples are above their thresholds.
    assert_eq!(paged.lines().count(), 54, "every payment: {paged}");
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
