//! Settling, setting statuses and deleting against the Trackdesk simulator, to the cent.

use super::*;

#[test]
fn settle_turns_each_open_balance_into_one_account_settlement_to_the_cent() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let before = home.open();
    assert!(
        before
            .values()
            .any(|b| text(&b["open_balance"]).split('.').nth(1).map(str::len) == Some(4)),
        "the seed has four-decimal balances"
    );

    for i in 0..ACCOUNTS {
        let shown = &before[accounts.id(i)]["has_billing_details"];
        assert_eq!(shown, &json!(has_details(i)), "account {i}");
    }

    let (report, stderr) = home.settle(&[], 8);
    for id in accounts.ids(|i| !has_details(i)) {
        assert!(
            stderr.contains(&format!("skipping {id}: no billing details")),
            "{id} not skipped: {stderr}"
        );
    }
    let settlement = settlement_of(&report);
    assert!(!settlement.is_empty());
    let made = created(&report);
    assert_eq!(
        made.keys().cloned().collect::<BTreeSet<_>>(),
        accounts.ids(settles)
    );
    for (account, part) in &made {
        assert_eq!(part["amount"], before[account]["open_balance"], "{part}");
        assert_eq!(part["currency"], before[account]["currency"], "{part}");
    }
    let failed = with_result(&report, "part_failed");
    let failed_ids: BTreeSet<String> = failed.iter().map(|r| text(&r["target"])).collect();
    assert_eq!(
        failed_ids,
        accounts.ids(|i| has_details(i) && !has_method(i))
    );
    for part in &failed {
        assert_eq!(part["detail"], json!(NO_METHOD), "{part}");
        assert_eq!(
            part["amount"],
            before[&text(&part["target"])]["open_balance"]
        );
    }
    assert_eq!(report.len(), 1 + made.len() + failed.len(), "{report:?}");

    // What is left open, and what became account settlements.
    let after = home.open();
    let left: BTreeSet<String> = after.keys().cloned().collect();
    assert_eq!(left, accounts.ids(|i| !settles(i)));
    for (account, balance) in &after {
        assert_eq!(balance, &before[account], "an unsettled balance changed");
    }
    let payouts = home.payouts();
    let references: BTreeSet<String> = made.values().map(|p| text(&p["reference"])).collect();
    assert_eq!(payouts.keys().cloned().collect::<BTreeSet<_>>(), references);
    for row in payouts.values() {
        let part = &made[&text(&row["account_id"])];
        assert_eq!(row["id"], part["reference"]);
        assert_eq!(
            (&row["amount"], &row["currency"]),
            (&part["amount"], &part["currency"])
        );
        assert_eq!(row["status"], json!("new"));
        assert_eq!(row["settled_until"], json!(UNTIL_WIRE));
    }
    let settlements = home.settlements();
    assert_eq!(settlements.len(), 1, "{settlements:?}");
    let s = &settlements[0];
    assert_eq!(s["id"], json!(settlement));
    assert_eq!(
        (&s["new"], &s["in_progress"], &s["paid"], &s["error"]),
        (&json!(made.len()), &json!(0), &json!(0), &json!(0))
    );
    let amounts: Vec<Value> = s["amounts"].as_array().unwrap().clone();
    assert_eq!(totals(&amounts, "amount"), totals(made.values(), "amount"));
    let shown = home.record(&["payouts", "show", &settlement]);
    let listed = by(shown["account_settlements"].as_array().unwrap(), "id");
    assert_eq!(listed.keys().cloned().collect::<BTreeSet<_>>(), references);
    assert!(listed.values().all(|r| r["status"] == "new"));

    // Not a cent appears or disappears.
    let mut accounted = totals(after.values(), "open_balance");
    for (currency, amount) in totals(payouts.values(), "amount") {
        *accounted.entry(currency).or_default() += amount;
    }
    assert_eq!(totals(before.values(), "open_balance"), accounted);

    // A rerun asks only for what is left, and settles nothing twice.
    let (planned, _) = home.json(&["settle", "--until", UNTIL, "--dry-run"], 0);
    let body: Value = serde_json::from_str(&text(&planned[0]["body"])).unwrap();
    let asked: BTreeSet<String> = body["accountIds"]
        .as_array()
        .unwrap()
        .iter()
        .map(text)
        .collect();
    assert_eq!(asked, failed_ids);
    let (again, _) = home.settle(&[], 8);
    assert!(
        with_result(&again, "part_succeeded").is_empty(),
        "{again:?}"
    );
    let failed_again: BTreeSet<String> = with_result(&again, "part_failed")
        .iter()
        .map(|r| text(&r["target"]))
        .collect();
    assert_eq!(failed_again, failed_ids);
    // Nothing was settled, so the request counts as failed and a later run may send it again.
    let refused = with_result(&again, "failed");
    assert_eq!(refused.len(), 1, "{again:?}");
    assert_eq!(refused[0]["reference"], Value::Null);
    assert!(with_result(&again, "succeeded").is_empty(), "{again:?}");
    assert_eq!(home.settlements().len(), 1);
    assert_eq!(home.payouts(), payouts);
    assert_eq!(home.open(), after);

    // Limited to accounts already settled, there is nothing to settle.
    let (none, stderr) = home.settle(
        &["--account", accounts.id(0), "--account", accounts.id(1)],
        0,
    );
    assert!(none.is_empty(), "{none:?}");
    assert!(stderr.contains("nothing to settle"), "{stderr}");
    assert!(
        stderr.contains(&format!("skipping {}: no open balance", accounts.id(0))),
        "{stderr}"
    );
    assert_eq!(home.settlements().len(), 1);
}

// ---- Statuses ---------------------------------------------------------------------------

#[test]
fn statuses_change_by_hand_except_on_tipalti_rows_and_never_to_error() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let (report, _) = home.settle(&[], 8);
    let made = created(&report);
    let row = |i: usize| text(&made[accounts.id(i)]["reference"]);
    let (a, b, c, tipalti) = (row(0), row(1), row(3), row(TIPALTI));

    let (marked, _) = home.json(&["payouts", "mark", &a, &b, "--status", "paid", "--yes"], 0);
    assert_eq!(
        outcomes(&marked),
        [
            (a.clone(), "succeeded".to_string()),
            (b.clone(), "succeeded".to_string())
        ]
    );
    let statuses = home.statuses();
    assert_eq!((&statuses[&a][..], &statuses[&b][..]), ("paid", "paid"));
    assert_eq!(
        statuses.values().filter(|s| *s == "new").count(),
        made.len() - 2
    );
    let s = &home.settlements()[0];
    assert_eq!((&s["paid"], &s["new"]), (&json!(2), &json!(made.len() - 2)));

    let args = [
        "payouts",
        "mark",
        &tipalti,
        &c,
        "--status",
        "in-progress",
        "--yes",
    ];
    let (marked, stderr) = home.json(&args, 8);
    assert_eq!(
        outcomes(&marked),
        [
            (tipalti.clone(), "failed".to_string()),
            (c.clone(), "succeeded".to_string())
        ]
    );
    let why = text(&marked[0]["detail"]);
    assert!(why.contains(TIPALTI_REFUSAL), "{why}");
    assert!(stderr.contains("1 of 2 request(s) failed"), "{stderr}");
    let statuses = home.statuses();
    assert_eq!(
        (&statuses[&tipalti][..], &statuses[&c][..]),
        ("new", "in-progress")
    );

    let refused = home.run(&["payouts", "mark", &a, &c, "--status", "error", "--yes"]);
    let stderr = exits(&refused, 2);
    assert!(stderr.contains("cannot be set by hand"), "{stderr}");
    assert_eq!(home.statuses(), statuses);
}

// ---- Deleting ---------------------------------------------------------------------------

#[test]
fn deleting_account_settlements_or_a_settlement_gives_every_balance_back() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let before = home.open();
    let (report, _) = home.settle(&[], 8);
    let settlement = settlement_of(&report);
    let made = created(&report);
    let row = |i: usize| text(&made[accounts.id(i)]["reference"]);

    // One account settlement, with a four-decimal amount: exactly that balance comes back.
    let six = accounts.id(6);
    assert_eq!(
        text(&before[six]["open_balance"])
            .split('.')
            .nth(1)
            .unwrap()
            .len(),
        4
    );
    let (cancelled, _) = home.json(&["cancel", &row(6), "--yes"], 0);
    assert_eq!(outcomes(&cancelled), [(row(6), "succeeded".to_string())]);
    assert_eq!(
        home.open()[six]["open_balance"],
        before[six]["open_balance"]
    );
    assert!(!home.payouts().contains_key(&row(6)));

    // A settlement with a paid row is refused, naming it, and nothing changes.
    ok(&home.run(&["payouts", "mark", &row(0), "--status", "paid", "--yes"]));
    let payouts = home.payouts();
    let refused = home.run(&["cancel", "--settlement", &settlement, "--yes"]);
    let stderr = exits(&refused, 2);
    assert!(stderr.contains(&format!("{} paid", row(0))), "{stderr}");
    assert!(stderr.contains("Nothing was sent"), "{stderr}");
    assert_eq!(home.payouts(), payouts);

    let args = [
        "cancel",
        "--settlement",
        &settlement,
        "--allow-paid",
        "--yes",
    ];
    let (cancelled, _) = home.json(&args, 0);
    assert_eq!(
        outcomes(&cancelled),
        [(settlement.clone(), "succeeded".to_string())]
    );
    assert_eq!(
        home.open(),
        before,
        "every balance is open again, digit for digit"
    );
    assert!(home.settlements().is_empty());
    assert!(home.payouts().is_empty());
}
