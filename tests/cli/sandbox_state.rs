//! `--sandbox` as a rehearsal: the simulator remembers between runs, like one provider
//! account, until `affpay sandbox reset`; and a settlement or payout affpay undid is no longer
//! "done" for the next settle.
//!
//! Why: an operator rehearses a sequence — pay, look at the balance, list the payouts, cancel
//! one — and a simulator that forgot between commands while the sandbox journal remembered
//! taught the wrong lesson (balances unchanged, payouts missing, a cancel of the payout just
//! created refused). And after `trackdesk cancel --settlement` or `billon cancel` of what
//! affpay created, the same day's settle reported `already_done` and paid nothing.
//!
//! This file is long because each test rehearses a whole sequence of commands against one
//! sandbox state (pay, read back, cancel, settle again), and the sequence is what is under test.

use crate::util::{Env, exits, ok, rows, stderr_of, text};
use rust_decimal::Decimal;
use serde_json::Value;
use std::process::Output;
use std::str::FromStr;

fn sandbox(env: &Env, args: &[&str]) -> Output {
    env.cmd()
        .arg("--sandbox")
        .args(args)
        .output()
        .expect("affpay runs")
}

fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(&text(value)).unwrap_or_else(|e| panic!("{value}: {e}"))
}

fn smartico_balance(env: &Env, affiliate: &str) -> (Decimal, Decimal) {
    let output = sandbox(
        env,
        &[
            "smartico",
            "balance",
            "--affiliate",
            affiliate,
            "-o",
            "json",
        ],
    );
    ok(&output);
    let rows = rows(&output);
    assert_eq!(rows.len(), 1, "{rows:?}");
    (decimal(&rows[0]["balance"]), decimal(&rows[0]["payments"]))
}

/// `(key, result, reference)` of each item row of a money-moving run.
fn items(output: &Output) -> Vec<(String, String, String)> {
    rows(output)
        .iter()
        .filter(|r| !text(&r["result"]).starts_with("part_"))
        .map(|r| {
            let reference = r["reference"].as_str().unwrap_or_default().to_string();
            (text(&r["key"]), text(&r["result"]), reference)
        })
        .collect()
}

fn journal_entry(env: &Env, key: &str) -> Value {
    let output = sandbox(env, &["journal", "show", key, "-o", "json"]);
    let stdout = ok(&output);
    let value: Value = serde_json::from_str(&stdout).expect("one JSON document");
    match value {
        Value::Array(mut rows) => rows.remove(0),
        one => one,
    }
}

/// A Billon payout the sandbox creates, as JSON.
const BILLON_SETTLE: &[&str] = &[
    "billon",
    "settle",
    "--amount",
    "25.00",
    "--currency",
    "PLN",
    "--project",
    "November",
    "--description",
    "Payout",
    "--user",
    "tester",
    "--yes",
    "-o",
    "json",
];
#[test]
fn a_smartico_payment_lowers_the_balance_in_the_next_run() {
    let env = Env::new();
    let (balance, payments) = smartico_balance(&env, "35427");
    assert_eq!(
        balance.to_string(),
        "39949.47024789999",
        "the vendor's documented affiliate"
    );
    let paid = sandbox(
        &env,
        &[
            "smartico",
            "settle",
            "--affiliate",
            "35427",
            "--amount",
            "150.00",
            "--yes",
            "-o",
            "json",
        ],
    );
    ok(&paid);
    let (after, payments_after) = smartico_balance(&env, "35427");
    assert_eq!(after, balance - Decimal::from(150));
    assert_eq!(payments_after, payments + Decimal::from(150));
    assert!(
        stderr_of(&paid).contains("sandbox reset"),
        "the notice says the state is kept: {}",
        stderr_of(&paid)
    );
}

#[test]
fn a_trackdesk_settlement_is_listed_then_deleted_and_settled_again_the_same_day() {
    let env = Env::new();
    let balances = sandbox(&env, &["trackdesk", "balance", "-o", "json"]);
    ok(&balances);
    let first = rows(&balances)
        .into_iter()
        .find(|b| b["name"] == "Affiliate 001")
        .expect("the seeded first account");
    let account = text(&first["account_id"]);
    let open = decimal(&first["open_balance"]);
    assert!(open > Decimal::ZERO);

    let settle = || {
        sandbox(
            &env,
            &[
                "trackdesk",
                "settle",
                "--account",
                &account,
                "--yes",
                "-o",
                "json",
            ],
        )
    };
    let settled = settle();
    ok(&settled);
    let [(key, result, settlement)] = &items(&settled)[..] else {
        panic!("one item: {:?}", items(&settled));
    };
    assert_eq!(result, "succeeded");

    let payouts = sandbox(&env, &["trackdesk", "payouts", "-o", "json"]);
    ok(&payouts);
    let listed = rows(&payouts);
    assert_eq!(
        listed.len(),
        1,
        "the settlement is listed in the next run: {listed:?}"
    );
    assert_eq!(text(&listed[0]["account_id"]), account);
    assert_eq!(decimal(&listed[0]["amount"]), open);
    let open_now = || {
        let after = sandbox(&env, &["trackdesk", "balance", "-o", "json"]);
        ok(&after);
        rows(&after)
            .iter()
            .find(|b| text(&b["account_id"]) == account)
            .map_or(Decimal::ZERO, |b| decimal(&b["open_balance"]))
    };
    assert_eq!(open_now(), Decimal::ZERO, "the balance was settled");

    ok(&sandbox(
        &env,
        &["trackdesk", "cancel", "--settlement", settlement, "--yes"],
    ));
    let payouts = sandbox(&env, &["trackdesk", "payouts", "-o", "json"]);
    assert!(ok(&payouts).trim().is_empty() || rows(&payouts).is_empty());
    assert_eq!(open_now(), open, "deleting gave the balance back");

    // The same day, the same account set: the deleted settlement no longer counts as done.
    let again = settle();
    ok(&again);
    let [(new_key, result, new_settlement)] = &items(&again)[..] else {
        panic!("one item: {:?}", items(&again));
    };
    assert_eq!(result, "succeeded", "{}", stderr_of(&again));
    assert_eq!(new_key, &format!("{key}:reissue-2"));
    assert_ne!(new_settlement, settlement);

    let reversed = journal_entry(&env, key);
    assert_eq!(reversed["state"], "reversed");
    assert_eq!(
        text(&reversed["reference"]),
        *settlement,
        "the record stays"
    );
    assert!(text(&reversed["reversed_with"]).contains(":cancel-settlement:"));
    assert!(text(&reversed["reversed_by"]).contains('@'));
    assert!(!text(&reversed["reversed_at"]).is_empty());
    let list = sandbox(
        &env,
        &["journal", "list", "--state", "reversed", "-o", "json"],
    );
    ok(&list);
    assert_eq!(rows(&list).len(), 1);
}

#[test]
fn a_billon_payout_just_created_can_be_cancelled_and_paid_again() {
    let env = Env::new();
    let settle = || sandbox(&env, BILLON_SETTLE);
    let created = settle();
    ok(&created);
    let [(key, result, id)] = &items(&created)[..] else {
        panic!("one item: {:?}", items(&created));
    };
    assert_eq!(result, "succeeded");
    assert_eq!(id, "1", "the vendor's create example answers id 1 too");

    let cancelled = sandbox(&env, &["billon", "cancel", id, "--yes", "-o", "json"]);
    ok(&cancelled);
    assert_eq!(items(&cancelled)[0].1, "succeeded");

    let listed = sandbox(&env, &["billon", "payouts", "-o", "json"]);
    ok(&listed);
    let listed = rows(&listed);
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["cancelled"], true);

    let again = settle();
    ok(&again);
    let [(new_key, result, new_id)] = &items(&again)[..] else {
        panic!("one item: {:?}", items(&again));
    };
    assert_eq!(result, "succeeded", "{}", stderr_of(&again));
    assert_eq!(new_key, &format!("{key}:reissue-2"));
    assert_eq!(new_id, "2");
    assert_eq!(journal_entry(&env, key)["state"], "reversed");
}

#[test]
fn a_billon_cancel_applied_from_a_plan_file_reverses_what_it_cancels() {
    let env = Env::new();
    let created = sandbox(&env, BILLON_SETTLE);
    ok(&created);
    let [(key, _, id)] = &items(&created)[..] else {
        panic!("one item: {:?}", items(&created));
    };
    let plan = env.dir.path().join("cancel.plan");
    let planned = sandbox(
        &env,
        &["billon", "cancel", id, "--plan-out", plan.to_str().unwrap()],
    );
    ok(&planned);
    assert_eq!(
        journal_entry(&env, key)["state"],
        "succeeded",
        "nothing sent yet"
    );

    let applied = sandbox(
        &env,
        &["apply", plan.to_str().unwrap(), "--yes", "-o", "json"],
    );
    ok(&applied);
    assert_eq!(items(&applied)[0].1, "succeeded", "{}", stderr_of(&applied));
    assert_eq!(
        journal_entry(&env, key)["state"],
        "reversed",
        "applied, the cancel undoes the payout as typed it would"
    );
}

#[test]
fn concurrent_sandbox_runs_all_land_in_the_one_state() {
    let env = Env::new();
    let (balance, _) = smartico_balance(&env, "35000");
    let runs: Vec<std::process::Child> = (1..=4)
        .map(|n| {
            env.process()
                .args([
                    "--sandbox",
                    "--yes",
                    "smartico",
                    "settle",
                    "--affiliate",
                    "35000",
                ])
                .args(["--amount", &n.to_string(), "--batch", &format!("run-{n}")])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("affpay starts")
        })
        .collect();
    for run in runs {
        let output = run.wait_with_output().expect("affpay ends");
        exits(&output, 0);
    }
    let (after, _) = smartico_balance(&env, "35000");
    assert_eq!(after, balance - Decimal::from(1 + 2 + 3 + 4));
}

#[test]
fn reset_starts_the_sandbox_over_and_says_so() {
    let env = Env::new();
    let (balance, _) = smartico_balance(&env, "35426");
    ok(&sandbox(
        &env,
        &[
            "smartico",
            "settle",
            "--affiliate",
            "35426",
            "--amount",
            "10",
            "--yes",
        ],
    ));
    assert_ne!(smartico_balance(&env, "35426").0, balance);

    let reset = env.cmd().args(["sandbox", "reset"]).output().unwrap();
    ok(&reset);
    assert!(
        stderr_of(&reset).contains("seeded data"),
        "{}",
        stderr_of(&reset)
    );
    assert_eq!(smartico_balance(&env, "35426").0, balance);
    let journal = sandbox(&env, &["journal", "list", "-o", "json"]);
    ok(&journal);
    assert!(
        rows(&journal).is_empty(),
        "the sandbox journal starts over too"
    );
    // The next payment is made again: nothing says it was done.
    let paid = sandbox(
        &env,
        &[
            "smartico",
            "settle",
            "--affiliate",
            "35426",
            "--amount",
            "10",
            "--yes",
            "-o",
            "json",
        ],
    );
    ok(&paid);
    assert_eq!(items(&paid)[0].1, "succeeded");

    let fresh = Env::new();
    let nothing = fresh.cmd().args(["sandbox", "reset"]).output().unwrap();
    ok(&nothing);
    assert!(
        stderr_of(&nothing).contains("already"),
        "{}",
        stderr_of(&nothing)
    );
}

#[test]
fn the_state_file_is_private_and_a_foreign_one_is_refused_with_the_way_out() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    ok(&sandbox(
        &env,
        &["smartico", "balance", "--affiliate", "35427"],
    ));
    let path = env.dir.path().join("data/sandbox/simulator.jsonl");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);

    std::fs::write(&path, "{\"affpay_sandbox_state\":999}\n").unwrap();
    let refused = sandbox(&env, &["smartico", "balance", "--affiliate", "35427"]);
    let stderr = exits(&refused, 2);
    assert!(stderr.contains("affpay sandbox reset"), "{stderr}");
    ok(&env.cmd().args(["sandbox", "reset"]).output().unwrap());
    ok(&sandbox(
        &env,
        &["smartico", "balance", "--affiliate", "35427"],
    ));
}

#[test]
fn sandbox_serve_starts_from_the_seeded_data_whatever_sandbox_runs_did() {
    let env = Env::new();
    ok(&sandbox(
        &env,
        &[
            "smartico",
            "settle",
            "--affiliate",
            "35427",
            "--amount",
            "1",
            "--yes",
        ],
    ));
    // In the same home as the --sandbox run above.
    let url_file = env.dir.path().join("url");
    let _server = crate::util::Running(
        env.process()
            .args(["sandbox", "serve", "--port", "0", "--url-file"])
            .arg(&url_file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("affpay sandbox serve starts"),
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let url = loop {
        match std::fs::read_to_string(&url_file) {
            Ok(url) if !url.is_empty() => break url,
            _ if std::time::Instant::now() > deadline => panic!("no URL file after 10 s"),
            _ => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    };
    let output = env
        .provider(
            "smartico",
            &url,
            affpay::sandbox::token_for("smartico").as_str(),
        )
        .args(["smartico", "balance", "--affiliate", "35427", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(text(&rows(&output)[0]["balance"]), "39949.47024789999");
}
