//! Every money-moving command's plan, applied through the simulator as it would have run
//! directly.

use super::*;

/// `--sandbox` `args` run directly, and the same planned then applied in another home: the
/// apply reports what the direct run did, item by item.
fn same_as_direct(args: &[&str]) {
    let direct = Env::new();
    let output = direct
        .cmd()
        .arg("--sandbox")
        .args(args)
        .args(["--yes", "-o", "json"])
        .output()
        .unwrap();
    let expected = results(&output);
    assert!(!expected.is_empty(), "{args:?}: {}", stderr_of(&output));

    let env = Env::new();
    let path = plan_path(&env);
    let output = env
        .cmd()
        .arg("--sandbox")
        .args(args)
        .arg("--plan-out")
        .arg(&path)
        .output()
        .unwrap();
    exits(&output, 0);
    let text = std::fs::read_to_string(&path).unwrap();
    let token = affpay::secret::Secret::new(affpay::sandbox::token_for(args[0]));
    assert_eq!(affpay::secret::redact(&text, [&token]), text, "{args:?}");
    let apply = |env: &Env| {
        env.cmd()
            .args(["--sandbox", "apply"])
            .arg(&path)
            .args(["--yes", "-o", "json"])
            .output()
            .unwrap()
    };
    let applied = apply(&env);
    assert_eq!(
        results(&applied),
        expected,
        "{args:?}: {}",
        stderr_of(&applied)
    );
    let again = results(&apply(&env));
    assert!(
        again
            .iter()
            .all(|(_, result)| result == "already_done" || result.starts_with("part_")),
        "{args:?}: {again:?}"
    );
}

#[test]
fn every_money_moving_shape_applies_as_it_would_have_run() {
    // A payment per target out of a balance; an adjustment; a payout created; a status
    // change; a cancellation; one settlement of many accounts with a part per account.
    same_as_direct(&[
        "smartico",
        "settle",
        "--affiliate",
        "35000",
        "--amount",
        "10.00",
    ]);
    same_as_direct(&[
        "smartico",
        "adjust",
        "--affiliate",
        "35000",
        "--amount",
        "-11",
    ]);
    same_as_direct(&[
        "billon",
        "settle",
        "--amount",
        "25.00",
        "--currency",
        "PLN",
        "--project",
        "Nov",
        "--description",
        "payout",
        "--user",
        "tester",
    ]);
    same_as_direct(&["affonso", "settle", "po_000", "--processing"]);
    same_as_direct(&["affonso", "cancel", "po_000"]);
    same_as_direct(&["affonso", "adjust", "com_00000", "--amount", "5.00"]);
    same_as_direct(&["trackdesk", "settle"]);
    same_as_direct(&["trackdesk", "claim"]);
    same_as_direct(&[
        "trackdesk",
        "adjust",
        "5bd4fece-aea5-4393-ae80-68e9471a9727",
        "--status",
        "rejected",
    ]);
    same_as_direct(&[
        "trackdesk",
        "payment-methods",
        "add",
        "--account",
        "fb70b010-3403-475d-abf9-14694c6c6151",
        "--type",
        "paypal",
        "--currency",
        "EUR",
        "--email",
        "jane@example.com",
    ]);
}

/// `args` planned to a file, shown, applied and applied again against the running
/// simulator `url`: every item done once, then `already_done`.
fn round_trip(url: &str, args: &[&str]) {
    let env = Env::new();
    let path = plan_path(&env);
    let run = |extra: &[&str]| {
        let mut cmd = env.cmd();
        for provider in ["trackdesk", "billon"] {
            let upper = provider.to_uppercase();
            cmd.env(format!("AFFPAY_{upper}_URL"), url).env(
                format!("AFFPAY_{upper}_TOKEN"),
                affpay::sandbox::token_for(provider),
            );
        }
        cmd.args(extra).output().unwrap()
    };
    let mut planned = args.to_vec();
    planned.extend(["--plan-out", path.to_str().unwrap()]);
    exits(&run(&planned), 0);
    let items = file_json(&env)["plan"]["items"].as_array().unwrap().len();
    assert!(items > 0, "{args:?}");
    let shown = run(&["plan", "show", "-o", "json", path.to_str().unwrap()]);
    assert_eq!(rows(&shown).len(), items, "{args:?}");
    let apply = &["apply", path.to_str().unwrap(), "--yes", "-o", "json"];
    let applied = run(apply);
    let first = results(&applied);
    assert!(
        first
            .iter()
            .all(|(_, r)| r == "succeeded" || r.starts_with("part_")),
        "{args:?}: {first:?} {}",
        stderr_of(&applied)
    );
    let again = results(&run(apply));
    assert!(
        again.iter().all(|(_, r)| r == "already_done"),
        "{args:?}: {again:?}"
    );
}

/// The `id` of row `n` of `affpay <args> -o json` against `url`.
fn id_at(url: &str, args: &[&str], n: usize) -> String {
    let env = Env::new();
    let mut cmd = env.provider(
        "trackdesk",
        url,
        affpay::sandbox::token_for("trackdesk").as_str(),
    );
    cmd.env("AFFPAY_BILLON_URL", url)
        .env("AFFPAY_BILLON_TOKEN", affpay::sandbox::token_for("billon"));
    let output = cmd.args(args).args(["-o", "json"]).output().unwrap();
    let found = rows(&output);
    let row = found
        .get(n)
        .unwrap_or_else(|| panic!("{args:?}: {}", stderr_of(&output)));
    row["id"].as_str().unwrap().to_string()
}

#[test]
fn the_other_money_moving_commands_round_trip_through_a_running_simulator() {
    let served = crate::util::serve(&[]);
    let url = served.url.as_str();
    // What there is to change: a settlement with its account settlements, a claim, a
    // payment method, a Billon payout.
    round_trip(url, &["trackdesk", "settle"]);
    let row = id_at(url, &["trackdesk", "payouts"], 0);
    round_trip(
        url,
        &["trackdesk", "payouts", "mark", &row, "--status", "paid"],
    );
    let other = id_at(url, &["trackdesk", "payouts"], 1);
    round_trip(url, &["trackdesk", "cancel", &other]);
    let settlement = id_at(url, &["trackdesk", "payouts", "settlements"], 0);
    round_trip(
        url,
        &[
            "trackdesk",
            "cancel",
            "--settlement",
            &settlement,
            "--allow-paid",
        ],
    );
    round_trip(url, &["trackdesk", "settle"]);
    let settlement = id_at(url, &["trackdesk", "payouts", "settlements"], 0);
    round_trip(url, &["trackdesk", "tipalti", "pay", &settlement]);
    round_trip(url, &["trackdesk", "claim"]);
    let claim = id_at(url, &["trackdesk", "claims"], 0);
    round_trip(url, &["trackdesk", "claims", "delete", &claim]);
    let account = "fb70b010-3403-475d-abf9-14694c6c6151";
    round_trip(
        url,
        &[
            "trackdesk",
            "billing-details",
            "set",
            "--account",
            account,
            "--name",
            "Jane",
            "--country",
            "CZ",
        ],
    );
    round_trip(
        url,
        &[
            "trackdesk",
            "payment-methods",
            "add",
            "--account",
            account,
            "--type",
            "paypal",
            "--currency",
            "EUR",
            "--email",
            "j@example.com",
        ],
    );
    round_trip(
        url,
        &[
            "billon",
            "settle",
            "--amount",
            "5",
            "--currency",
            "PLN",
            "--project",
            "P",
            "--description",
            "D",
            "--user",
            "u",
        ],
    );
    round_trip(url, &["billon", "cancel", "1"]);
}

#[test]
fn apply_checks_balances_against_the_configured_journal() {
    let env = Env::new();
    let journal = env.dir.path().join("shared-journal.sqlite3");
    let url = format!("sqlite://{}", journal.display());
    let server = env.mock(vec![balances(&[(1, "100")]), balances(&[(1, "100")])]);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .env("AFFPAY_JOURNAL_URL", &url)
        .args(["smartico", "settle", "--above-threshold", "--plan-out"])
        .arg(plan_path(&env))
        .output()
        .unwrap();
    exits(&output, 0);
    let apply_with = |script: Vec<Reply>| {
        let server = env.mock(script);
        let output = env
            .provider("smartico", server.url(), TOKEN)
            .env("AFFPAY_JOURNAL_URL", &url)
            .arg("apply")
            .arg(plan_path(&env))
            .args(["--yes", "-o", "json"])
            .output()
            .unwrap();
        (output, server)
    };
    let (output, _) = apply_with(vec![balances(&[(1, "100")]), paid(9)]);
    exits(&output, 0);
    assert!(journal.exists(), "the run wrote the configured journal");

    // Paid, the balance is 0: the journal the run wrote says the item is done, so the
    // fallen balance refuses nothing and nothing is sent again.
    let (output, server) = apply_with(vec![balances(&[(1, "0")])]);
    let stderr = exits(&output, 0);
    assert_eq!(
        results(&output),
        [("1".to_string(), "already_done".to_string())],
        "{stderr}"
    );
    assert!(posted(&server).is_empty(), "{:?}", server.lines());
}
