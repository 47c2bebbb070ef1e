//! `affpay balance`: every provider's rows normalised exactly, the totals, the formats, a failing
//! provider, `--provider`, `--all-profiles` and the sandbox.

use super::*;

#[test]
fn every_providers_rows_are_normalised_exactly() {
    let (output, server) = run(&["balance", "-o", "json"], smartico_ok());
    ok(&output);
    let rows = rows(&output);
    assert_eq!(without_as_of(&rows), expected_rows());
    // The advertisers' rows are as of the moment asked for, to the second.
    let until = requests_of(&server);
    let advertisers: Vec<&Value> = rows.iter().filter(|r| r["source"] == ADVERTISERS).collect();
    assert_eq!(advertisers.len(), 4);
    assert!(
        advertisers.iter().all(|r| r["as_of"] == until.as_str()),
        "{until} {advertisers:?}"
    );
}

#[test]
fn totals_are_per_direction_and_currency_in_every_format() {
    let (output, _) = run(&["balance", "--totals", "-o", "json"], smartico_ok());
    assert_eq!(rows(&output), expected_totals());

    let (output, _) = run(&["balance", "--totals", "-o", "ndjson"], smartico_ok());
    let lines: Vec<Value> = stdout_of(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, expected_totals());

    let (output, _) = run(&["balance", "--totals", "-o", "csv"], smartico_ok());
    assert_eq!(
        ok(&output),
        "direction,currency,amount,rows\npayable,,5,1\npayable,EUR,41183.038138023446789,4\n\
         payable,USD,16.000,2\nreceivable,,12850.213456789012345,4\nreceivable,EUR,0.10,1\n\
         receivable,USD,192022.6,1\n"
    );

    let (output, _) = run(&["balance", "--totals"], smartico_ok());
    let table = ok(&output);
    assert!(table.contains("41183.04"), "{table}");
    assert!(!table.contains("smartico"), "only the totals: {table}");
}

#[test]
fn machine_formats_carry_rows_only_and_the_table_adds_the_totals() {
    let (output, _) = run(&["balance", "-o", "csv"], smartico_ok());
    let csv = ok(&output);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "provider,profile,direction,status,party_id,party_name,currency,amount,as_of,source,note"
        )
    );
    assert_eq!(lines.count(), expected_rows().len());
    assert!(csv.contains(",39949.47024789999,"), "{csv}");
    assert!(!csv.contains("totals"), "{csv}");

    let (output, _) = run(&["balance", "-o", "ndjson"], smartico_ok());
    let ndjson: Vec<Value> = stdout_of(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(without_as_of(&ndjson), expected_rows());

    let (output, _) = run(&["balance"], smartico_ok());
    let table = ok(&output);
    for line in [
        "totals:",
        "  payable EUR 41183.038138023446789",
        "  receivable USD 192022.6",
        "per provider:",
        "  smartico: payable EUR 39937.97024789999",
        "  trackdesk: payable EUR 1245.067890123456789",
        "  trackdesk: payable (no currency) 5",
        "  trackdesk: receivable (no currency) 12850.213456789012345",
        "  affonso: payable USD 16.000",
    ] {
        assert!(table.lines().any(|l| l == line), "{line:?} in\n{table}");
    }
}

#[test]
fn a_failing_provider_is_one_error_row_and_the_others_are_shown_with_exit_8() {
    let refused = Reply::json(401, r#"{"message":"bad key"}"#);
    let (output, server) = run(&["balance", "-o", "json"], refused);
    let stderr = exits(&output, 8);
    requests_of(&server); // the others are still read
    let smartico_lines: Vec<&str> = stderr.lines().filter(|l| l.contains("smartico")).collect();
    assert_eq!(
        smartico_lines.len(),
        2,
        "its error and the summary: {stderr}"
    );
    assert!(
        smartico_lines[0].starts_with("affpay: smartico (default): "),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 of 5 provider balances could not be read: smartico (default)"),
        "{stderr}"
    );
    let rows = rows(&output);
    let error: Vec<&Value> = rows.iter().filter(|r| r["status"] == "error").collect();
    assert_eq!(error.len(), 1);
    assert_eq!(error[0]["provider"], "smartico");
    assert_eq!(error[0]["amount"], Value::Null);
    assert!(!error[0]["note"].as_str().unwrap().is_empty());
    let expected: Vec<Value> = expected_rows()
        .into_iter()
        .filter(|r| r["provider"] != "smartico")
        .collect();
    let got: Vec<Value> = without_as_of(&rows)
        .into_iter()
        .filter(|r| r["provider"] != "smartico")
        .collect();
    assert_eq!(got, expected);

    // The totals go on without the failed provider, and the run is still partial.
    let (output, _) = run(
        &["balance", "--totals", "-o", "csv"],
        Reply::json(401, "{}"),
    );
    exits(&output, 8);
    assert!(
        !stdout_of(&output).contains("41183"),
        "smartico is not in the totals"
    );
}

#[test]
fn provider_narrows_to_one_and_its_own_failure_keeps_its_exit_code() {
    let env = Env::new();
    let server = env.mock(vec![Reply::json(200, SMARTICO)]);
    let output = all_five(&env, server.url())
        .args(["balance", "--provider", "smartico", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(rows(&output).len(), 2);
    assert_eq!(server.lines(), [REQUESTS[2]]);

    let server = env.mock(vec![Reply::json(401, "{}")]);
    let output = all_five(&env, server.url())
        .args(["balance", "--provider", "smartico"])
        .output()
        .unwrap();
    exits(&output, 4);

    // A provider without a credential, asked for by name, says what is missing (exit 3).
    let output = env
        .cmd()
        .args(["balance", "--provider", "tp"])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(stderr.contains("AFFPAY_TRAVELPAYOUTS_TOKEN"), "{stderr}");
}

#[test]
fn nothing_configured_is_exit_3_naming_the_sandbox() {
    let env = Env::new();
    let output = env.cmd().arg("balance").output().unwrap();
    let stderr = exits(&output, 3);
    assert!(stderr.contains("affpay --sandbox balance"), "{stderr}");
    assert!(stdout_of(&output).is_empty());
}

#[test]
fn all_profiles_reads_every_profile_in_the_config() {
    let env = Env::new();
    let server = env.mock(vec![
        Reply::json(200, TP_BALANCE),
        Reply::json(200, TP_NEXT),
        Reply::json(200, r#"{"balance":{"usd":"1"}}"#),
        Reply::json(200, r#"{"next_payout":{}}"#),
    ]);
    for profile in ["default", "work"] {
        ok(&env
            .cmd()
            .args(["--profile", profile, "config", "set", "travelpayouts.url"])
            .arg(server.url())
            .output()
            .unwrap());
    }
    let output = env
        .cmd()
        .env("AFFPAY_TRAVELPAYOUTS_TOKEN", "t0ken-for-tests")
        .args(["balance", "--all-profiles", "--totals", "-o", "csv"])
        .output()
        .unwrap();
    assert_eq!(
        ok(&output),
        "direction,currency,amount,rows\nreceivable,EUR,0.10,1\nreceivable,USD,192023.6,2\n"
    );
    assert_eq!(server.lines().len(), 4);
}

#[test]
fn the_sandbox_shows_all_five_providers() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["--sandbox", "balance", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    let rows = rows(&output);
    let mut providers: Vec<&str> = rows
        .iter()
        .map(|r| r["provider"].as_str().unwrap())
        .collect();
    providers.dedup();
    assert_eq!(
        providers,
        [
            "travelpayouts",
            "smartico",
            "affonso",
            "billon",
            "trackdesk"
        ]
    );
    assert!(rows.iter().all(|r| r["status"] != "error"));
    // A provider lists no balance exactly when its capabilities say it has no balance API.
    let declared = env
        .cmd()
        .args(["providers", "-o", "json"])
        .output()
        .unwrap();
    for p in crate::util::rows(&declared) {
        let without = rows
            .iter()
            .any(|r| r["provider"] == p["provider"] && r["status"] == "no_balance_api");
        assert_eq!(without, p["balance"]["command"].is_null(), "{p}");
    }
    for r in rows.iter().filter(|r| r["status"] != "no_balance_api") {
        assert!(r["amount"].is_string(), "{r}");
        if r["source"] == ADVERTISERS {
            assert_eq!(r["currency"], Value::Null, "Trackdesk reports none: {r}");
            continue;
        }
        let currency = r["currency"].as_str().unwrap();
        assert_eq!(currency, currency.to_ascii_uppercase(), "{r}");
    }
    let receivable = |p: &str| {
        rows.iter()
            .any(|r| r["provider"] == p && r["direction"] == "receivable")
    };
    assert!(receivable("travelpayouts") && receivable("trackdesk"));
}
