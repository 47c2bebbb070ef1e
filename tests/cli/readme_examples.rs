//! Every command example in the README runs against the sandbox and succeeds.
//!
//! Why: the README is where a new user starts, and `--sandbox` is where they try it. An
//! example that names an id the sandbox lacks, or a flag that has since changed, fails the
//! first thing they do. So each line of a README code block that starts with `affpay `
//! (continuation lines joined) runs, in README order, in one temp home — one sandbox account,
//! as a reader working down the page has — through `sh` (for its quotes, redirections and
//! comments), with `--sandbox --yes` added after `affpay`: `--yes` answers the confirmation an
//! operator would answer at the terminal, which a test has not. Each must exit 0.
//!
//! What a reader would supply, the test supplies: the CSV files examples read
//! ([`input_for`]), a token on stdin, and a sandbox record's id where the README writes a
//! placeholder because the vendor documents no example id ([`fill_in`]), the working directory
//! for cron's folders, and an approver's SSH key in `~/.ssh`. The only examples
//! left out are listed in [`EXCLUDED`] with the reason; an entry whose example is no longer in
//! the README fails the test, so the list cannot rot.

use crate::util::{Env, rows, text};

const README: &str = include_str!("../../README.md");

/// Examples that cannot run against the sandbox, as the README writes them (continuation
/// lines joined, a trailing `# comment` left out), with why.
const EXCLUDED: &[(&str, &str)] = &[
    (
        "affpay auth login travelpayouts",
        "prompts for the secret on a terminal",
    ),
    (
        "affpay auth login trackdesk",
        "prompts for the secret on a terminal",
    ),
    (
        "affpay auth status --check -o json || exit",
        "tries the profile's stored credentials on the real providers: auth commands do not \
         take --sandbox, and a test never reaches a real provider",
    ),
    (
        "affpay journal resolve 'smartico:default:settle:35427:150.1::2026-11-21' --as succeeded \
         --reference 15561 --reason 'payment 15561 in the back office'",
        "resolves an unknown outcome, which the sandbox's default data never produces",
    ),
];

/// What an example reads on stdin: the token `auth login --with-token` stores (the test's own
/// credentials file; nothing real).
fn stdin_for(example: &str) -> &'static str {
    if example.contains("--with-token") {
        "sandbox-travelpayouts-token\n"
    } else {
        ""
    }
}

/// Files the examples read, written into the working directory just before the example that
/// reads them (an earlier example may have written another file under the same name).
fn input_for(example: &str) -> Option<(&'static str, &'static str)> {
    if example.starts_with("affpay smartico settle --from-csv payouts.csv") {
        return Some((
            "payouts.csv",
            "affiliate_id,amount\n35426,12.50\n217628,20\n",
        ));
    }
    if example.starts_with("affpay billon settle --from-csv payouts.csv") {
        return Some((
            "payouts.csv",
            "amount,currency,project,description,user\n\
             10.00,PLN,November,Affiliate payout,tester\n\
             12.50,PLN,November,Affiliate payout,tester2\n",
        ));
    }
    None
}

/// Where the README writes a placeholder (Trackdesk documents no example ids) or a date that
/// is the day of the run, the example with the sandbox's value: ids of records the sandbox
/// has once a settlement exists, which the first such example creates.
fn fill_in(env: &Env, example: &str, ids: &mut Vec<(&'static str, String)>) -> String {
    let placeholders = [
        "AS_ID1",
        "AS_ID2",
        "--account ID",
        "SETTLEMENT_ID",
        "CONVERSION_ID",
    ];
    let mut filled = example.to_string();
    if ids.is_empty() && placeholders.iter().any(|p| example.contains(p)) {
        let settle = affpay(env, &["trackdesk", "settle", "--yes", "-o", "json"]);
        // Accounts without a payment method are refused in the seeded data: exit 8.
        let settlement = rows(&settle)
            .iter()
            .find(|r| r["result"] == "succeeded")
            .map(|r| text(&r["reference"]));
        let (Some(0 | 8), Some(settlement)) = (settle.status.code(), settlement) else {
            panic!("no settlement to fill placeholders in with: {settle:?}");
        };
        let payouts = rows(&affpay(env, &["trackdesk", "payouts", "-o", "json"]));
        // Tipalti rows change status only through Tipalti.
        let manual: Vec<String> = payouts
            .iter()
            .filter(|p| p["tipalti"] == false)
            .map(|p| text(&p["id"]))
            .collect();
        let account = text(&payouts[0]["account_id"]);
        let actions = affpay(env, &["trackdesk", "actions", "--limit", "1", "-o", "json"]);
        let conversion = text(&rows(&actions)[0]["conversion_id"]);
        *ids = vec![
            ("AS_ID1", manual[0].clone()),
            ("AS_ID2", manual[1].clone()),
            ("--account ID", format!("--account {account}")),
            ("SETTLEMENT_ID", settlement),
            ("CONVERSION_ID", conversion),
        ];
    }
    for (placeholder, value) in ids.iter() {
        filled = filled.replace(placeholder, value);
    }
    // Cron's folders are the working directory here.
    filled = filled
        .replace("/srv/affpay/", "")
        .replace("/var/log/affpay/", "");
    // A journal key names its batch, the day of the run.
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    filled.replace("::2026-11-21'", &format!("::{today}'"))
}

/// The approver's SSH key where the README's `plan approve` example reads it.
fn approver_key(env: &Env) {
    let ssh = env.dir.path().join(".ssh");
    std::fs::create_dir_all(&ssh).unwrap();
    let key = ssh_key::PrivateKey::from(ssh_key::private::Ed25519Keypair::from_seed(&[7; 32]));
    key.write_openssh_file(&ssh.join("id_ed25519"), ssh_key::LineEnding::LF)
        .unwrap();
}

/// `affpay --sandbox <args>` in `env`.
fn affpay(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd()
        .arg("--sandbox")
        .args(args)
        .output()
        .expect("affpay runs")
}

/// An example without its trailing `# comment`.
fn without_comment(example: &str) -> &str {
    example
        .split_once("  #")
        .map_or(example, |(e, _)| e)
        .trim_end()
}

/// The README's command examples, in order, continuation lines joined.
fn examples() -> Vec<String> {
    let mut examples = Vec::new();
    let mut in_block = false;
    let mut pending: Option<String> = None;
    for line in README.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        let line = match pending.take() {
            Some(start) => format!("{start} {}", line.trim()),
            None if line.starts_with("affpay ") => line.to_string(),
            None => continue,
        };
        match line.strip_suffix('\\') {
            Some(start) => pending = Some(start.trim_end().to_string()),
            None => examples.push(line),
        }
    }
    examples
}

/// `bash -o pipefail -c script` with the environment every test gives affpay (its own dirs,
/// no keyring, no inherited AFFPAY_* variables) and `$AFFPAY` naming the binary: pipefail, so
/// that an example piping affpay into another tool fails when affpay does.
fn shell(env: &Env, script: &str) -> std::process::Command {
    let mut sh = std::process::Command::new("bash");
    for (key, value) in env.process().get_envs() {
        match value {
            Some(value) => sh.env(key, value),
            None => sh.env_remove(key),
        };
    }
    sh.env("AFFPAY", env!("CARGO_BIN_EXE_affpay"))
        .args(["-o", "pipefail", "-c"])
        .arg(script);
    sh
}

#[test]
fn the_exclusions_name_examples_that_exist() {
    let examples = examples();
    assert!(
        examples.len() > 40,
        "the README's examples were found: {examples:#?}"
    );
    for (excluded, why) in EXCLUDED {
        assert!(
            examples.iter().any(|e| without_comment(e) == *excluded),
            "`{excluded}` is excluded ({why}) but is no longer a README example; remove it from \
             EXCLUDED"
        );
    }
}

#[test]
fn every_readme_example_runs_against_the_sandbox() {
    let env = Env::new();
    let work = env.dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    let mut failures = Vec::new();
    let mut ids = Vec::new();
    approver_key(&env);
    for example in examples() {
        if EXCLUDED
            .iter()
            .any(|(e, _)| *e == without_comment(&example))
        {
            continue;
        }
        if let Some((name, content)) = input_for(&example) {
            std::fs::write(work.join(name), content).unwrap();
        }
        let rest = example.strip_prefix("affpay ").expect("an affpay example");
        // `--sandbox` once: some examples already say it.
        let sandbox = if rest.contains("--sandbox") {
            ""
        } else {
            "--sandbox "
        };
        let script = format!(
            "\"$AFFPAY\" {sandbox}--yes {}",
            fill_in(&env, rest, &mut ids)
        );
        let mut child = shell(&env, &script)
            .current_dir(&work)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("sh runs");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("a pipe");
            stdin.write_all(stdin_for(&example).as_bytes()).unwrap();
        }
        let output = child.wait_with_output().expect("sh ends");
        if !output.status.success() {
            failures.push(format!(
                "{example}\n  exit {:?}: {}",
                output.status.code(),
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} README example(s) fail against the sandbox:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
