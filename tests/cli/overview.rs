//! `affpay balance`: every configured provider in one normalised schema.
//!
//! One mock stands in for all five providers (each `AFFPAY_<PROVIDER>_URL` points at it);
//! providers are read one after another in the order of `affpay providers`, so one script
//! answers them in turn: Travelpayouts (balance, next payout), Smartico, Affonso, Trackdesk.
//! Billon has no balance API and sends nothing. The checks are exact: every digit, the
//! currency's case, the direction, the totals per direction and currency, and the exit code
//! when one provider fails.

use crate::util::{Env, MockServer, Reply, exits, ok, rows, stdout_of};
use serde_json::{Value, json};
use std::process::Output;

const TP_BALANCE: &str = r#"{"balance":{"usd":"192022.6","eur":"0.10"}}"#;
const TP_NEXT: &str = r#"{"next_payout":{"usd":"100.5"}}"#;
const SMARTICO: &str = r#"[
 {"affiliate_id":35427,"affiliate_name":"Master","balance":39949.47024789999,"operator_currency":"eur"},
 {"affiliate_id":2,"affiliate_name":"Nothing owed","balance":0,"operator_currency":"EUR"},
 {"affiliate_id":3,"affiliate_name":"Overpaid","balance":-11.5,"operator_currency":"EUR"}]"#;
const AFFONSO: &str = r#"{"success":true,"data":[
 {"id":"c1","affiliateId":"aff1","commissionAmount":10.005,"commissionCurrency":"usd","status":"ready_for_payment"},
 {"id":"c2","affiliateId":"aff1","commissionAmount":0.995,"commissionCurrency":"usd","status":"ready_for_payment"},
 {"id":"c3","affiliateId":"aff1","commissionAmount":5,"commissionCurrency":"usd","status":"pending"},
 {"id":"c4","affiliateId":"aff2","commissionAmount":7.5,"commissionCurrency":"eur","status":"paid"}],
 "pagination":{"total":4}}"#;
const TRACKDESK: &str = r#"{"balances":[
 {"accountId":"acc-1","name":"Jane Doe","openBalance":{"value":"1234.567890123456789"},
  "onHoldBalance":{"value":"10.5"},
  "balancesByCurrency":[{"currency":{"code":"EUR"},"openBalance":{"value":"1234.567890123456789"},
   "onHoldBalance":{"value":"10.5"}}]},
 {"accountId":"acc-2","name":"No breakdown","openBalance":{"value":"5"},"onHoldBalance":{}}],
 "pagination":{"totalCount":"2","hasMore":false}}"#;

const REQUESTS: [&str; 5] = [
    "GET /finance/v2/get_user_balance",
    "GET /finance/v2/get_user_next_payout",
    "GET /api/af2_balance_op?filter=%7B%7D&range=%5B0%2C499%5D",
    "GET /v1/commissions?page=1&limit=200",
    "GET /api/node/billing/v1/open-balances?pagination.limit=100&pagination.offset=0",
];

/// Trackdesk's advertisers' open balances, read up to the moment of reading.
const ADVERTISERS: &str = "GET /api/node/revenue-origin-billing/v1/open-balances";

/// The requests of a run over all five: [`REQUESTS`], then the advertisers' open balances
/// with `filter.until` — returned, decoded, as the moment the rows are `as_of`.
fn requests_of(server: &MockServer) -> String {
    let lines = server.lines();
    assert_eq!(lines[..5], REQUESTS, "{lines:?}");
    assert_eq!(lines.len(), 6, "{lines:?}");
    let query = lines[5]
        .strip_prefix(&format!("{ADVERTISERS}?filter.until="))
        .and_then(|q| q.strip_suffix("&pagination.limit=100&pagination.offset=0"))
        .unwrap_or_else(|| panic!("{}", lines[5]));
    query.replace("%3A", ":")
}

/// Every provider's answer, in the order they are read; `smartico` replaces Smartico's.
fn script(smartico: Reply) -> Vec<Reply> {
    vec![
        Reply::json(200, TP_BALANCE),
        Reply::json(200, TP_NEXT),
        smartico,
        Reply::json(200, AFFONSO),
        Reply::json(200, TRACKDESK),
        Reply::json(200, &crate::util::fixture("trackdesk/receivables.json")),
    ]
}

/// `affpay` with all five providers configured at `url` (tokens in the environment).
fn all_five(env: &Env, url: &str) -> assert_cmd::Command {
    let mut cmd = env.cmd();
    for provider in [
        "TRAVELPAYOUTS",
        "SMARTICO",
        "AFFONSO",
        "BILLON",
        "TRACKDESK",
    ] {
        cmd.env(format!("AFFPAY_{provider}_URL"), url)
            .env(format!("AFFPAY_{provider}_TOKEN"), "t0ken-for-tests");
    }
    cmd
}

fn run(args: &[&str], smartico: Reply) -> (Output, MockServer) {
    let env = Env::new();
    let server = env.mock(script(smartico));
    let output = all_five(&env, server.url()).args(args).output().unwrap();
    (output, server)
}

fn smartico_ok() -> Reply {
    Reply::json(200, SMARTICO)
}

/// The rows without `as_of` (the moment of reading), which is checked on its own.
fn without_as_of(rows: &[Value]) -> Vec<Value> {
    rows.iter()
        .map(|r| {
            let stamp = r["as_of"].as_str().unwrap_or_default();
            assert!(
                stamp.is_empty() || (stamp.len() == 20 && stamp.ends_with('Z')),
                "{r}"
            );
            let mut r = r.clone();
            r.as_object_mut().unwrap().remove("as_of");
            r
        })
        .collect()
}

fn row(
    provider: &str,
    direction: &str,
    status: &str,
    party: (Option<&str>, Option<&str>),
    currency: Option<&str>,
    amount: &str,
    source: &str,
) -> Value {
    json!({
        "provider": provider, "profile": "default", "direction": direction, "status": status,
        "party_id": party.0, "party_name": party.1, "currency": currency, "amount": amount,
        "source": source, "note": null,
    })
}

fn expected_rows() -> Vec<Value> {
    let tp = |status, currency, amount, call| {
        row(
            "travelpayouts",
            "receivable",
            status,
            (None, None),
            Some(currency),
            amount,
            call,
        )
    };
    let smartico = |id, name, amount| {
        row(
            "smartico",
            "payable",
            "balance",
            (Some(id), Some(name)),
            Some("EUR"),
            amount,
            "GET /api/af2_balance_op",
        )
    };
    let affonso = |status, amount| {
        row(
            "affonso",
            "payable",
            status,
            (Some("aff1"), None),
            Some("USD"),
            amount,
            "derived",
        )
    };
    let trackdesk = |status, id, name, currency, amount| {
        row(
            "trackdesk",
            "payable",
            status,
            (Some(id), Some(name)),
            currency,
            amount,
            "GET /api/node/billing/v1/open-balances",
        )
    };
    vec![
        tp(
            "balance",
            "USD",
            "192022.6",
            "GET /finance/v2/get_user_balance",
        ),
        tp("balance", "EUR", "0.10", "GET /finance/v2/get_user_balance"),
        tp(
            "next_payout",
            "USD",
            "100.5",
            "GET /finance/v2/get_user_next_payout",
        ),
        smartico("35427", "Master", "39949.47024789999"),
        smartico("3", "Overpaid", "-11.5"),
        affonso("ready_for_payment", "11.000"),
        affonso("pending", "5"),
        json!({
            "provider": "billon", "profile": "default", "direction": null,
            "status": "no_balance_api", "party_id": null, "party_name": null, "currency": null,
            "amount": null, "source": null, "note": "the panel's API has no balance endpoint",
        }),
        trackdesk(
            "open",
            "acc-1",
            "Jane Doe",
            Some("EUR"),
            "1234.567890123456789",
        ),
        trackdesk("on_hold", "acc-1", "Jane Doe", Some("EUR"), "10.5"),
        trackdesk("open", "acc-2", "No breakdown", None, "5"),
        advertiser(
            "open",
            "a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a51",
            "Shop One a.s.",
            "12000.123456789012345",
        ),
        advertiser(
            "on_hold",
            "a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a51",
            "Shop One a.s.",
            "300",
        ),
        advertiser(
            "open",
            "a1b2c3d4-0002-4e5f-8a9b-0c1d2e3f4a52",
            "Travel Two Ltd",
            "450.10",
        ),
        advertiser(
            "open",
            "a1b2c3d4-0003-4e5f-8a9b-0c1d2e3f4a53",
            "No Details GmbH",
            "99.99",
        ),
    ]
}

/// An advertiser's balance: owed to us, without a currency (Trackdesk reports none for it).
fn advertiser(status: &str, id: &str, name: &str, amount: &str) -> Value {
    row(
        "trackdesk",
        "receivable",
        status,
        (Some(id), Some(name)),
        None,
        amount,
        ADVERTISERS,
    )
}

/// Payable EUR: Smartico's two balances and Trackdesk's open and on-hold; Travelpayouts'
/// next payout is part of its balance and is not added again.
fn expected_totals() -> Vec<Value> {
    let total = |direction, currency: Option<&str>, amount, rows| json!({"direction": direction, "currency": currency, "amount": amount, "rows": rows});
    vec![
        total("payable", None, "5", 1),
        total("payable", Some("EUR"), "41183.038138023446789", 4),
        total("payable", Some("USD"), "16.000", 2),
        total("receivable", None, "12850.213456789012345", 4),
        total("receivable", Some("EUR"), "0.10", 1),
        total("receivable", Some("USD"), "192022.6", 1),
    ]
}

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

// ---- affpay payouts -----------------------------------------------------------------------

const TP_PAYMENTS: &str = r#"[
 {"payment_uuid":"u1","paid_at":"2026-11-05T10:00:00Z","amount":"100.10","currency":"usd","payment_info_id":1,"comment":""},
 {"payment_uuid":"u0","paid_at":"2026-10-01T00:00:00Z","amount":"1","currency":"usd","payment_info_id":1,"comment":""}]"#;
const AFFONSO_PAYOUTS: &str = r#"{"success":true,"data":[
 {"id":"p1","affiliateId":"aff1","affiliateName":"Ann","amount":12.345,"currency":"eur",
  "status":"completed","createdAt":"2026-11-02T00:00:00Z"}],"pagination":{"total":1}}"#;
const TRACKDESK_SETTLEMENTS: &str = r#"{"accountSettlements":[
 {"id":"as1","accountId":"acc-1","accountName":"Jane Doe","amount":{"value":"7.010"},
  "currency":{"code":"EUR"},"status":"ACCOUNT_SETTLEMENT_STATUS_PAID","createdAt":"2026-11-03T00:00:00Z"}],
 "pagination":{"totalCount":"1"}}"#;

#[test]
fn payouts_are_normalised_from_each_api_since_the_day_given() {
    let env = Env::new();
    let server = env.mock(vec![
        Reply::json(200, TP_PAYMENTS),
        Reply::json(200, AFFONSO_PAYOUTS),
        Reply::json(200, TRACKDESK_SETTLEMENTS),
    ]);
    let output = all_five(&env, server.url())
        .args(["payouts", "--since", "2026-11-01", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    let payout = |provider,
                  direction,
                  id,
                  party: (Option<&str>, Option<&str>),
                  currency,
                  amount,
                  status,
                  created,
                  source| {
        json!({
            "provider": provider, "profile": "default", "direction": direction, "payout_id": id,
            "party_id": party.0, "party_name": party.1, "currency": currency, "amount": amount,
            "status": status, "created_at": created, "source": source, "note": null,
        })
    };
    assert_eq!(
        rows(&output),
        [
            payout(
                "travelpayouts",
                "receivable",
                "u1",
                (None, None),
                "USD",
                "100.10",
                "paid",
                "2026-11-05T10:00:00Z",
                "GET /finance/v2/get_user_payments"
            ),
            payout(
                "affonso",
                "payable",
                "p1",
                (Some("aff1"), Some("Ann")),
                "EUR",
                "12.345",
                "completed",
                "2026-11-02T00:00:00Z",
                "GET /v1/payouts"
            ),
            payout(
                "trackdesk",
                "payable",
                "as1",
                (Some("acc-1"), Some("Jane Doe")),
                "EUR",
                "7.010",
                "paid",
                "2026-11-03T00:00:00Z",
                "GET /api/node/billing/v1/account-settlements"
            ),
        ]
    );
    assert_eq!(
        server.lines(),
        [
            "GET /finance/v2/get_user_payments",
            "GET /v1/payouts?page=1&limit=200&dateFrom=2026-11-01",
            "GET /api/node/billing/v1/account-settlements?timeRange.from=2026-11-01T00%3A00%3A00Z&pagination.limit=100&pagination.offset=0",
        ]
    );
}

#[test]
fn payouts_affpay_made_where_the_api_lists_none_come_from_the_journal() {
    let env = Env::new();
    ok(&env
        .cmd()
        .args(["--sandbox", "smartico", "settle", "--affiliate", "35001"])
        .args(["--amount", "10.5", "--yes", "-o", "json"])
        .output()
        .unwrap());
    ok(&env
        .cmd()
        .args([
            "--sandbox",
            "billon",
            "settle",
            "--amount",
            "25.00",
            "--currency",
            "pln",
        ])
        .args([
            "--project",
            "November",
            "--description",
            "Nov",
            "--user",
            "alice",
            "--yes",
        ])
        .output()
        .unwrap());
    let output = env
        .cmd()
        .args([
            "--sandbox",
            "payouts",
            "--since",
            "2000-01-01",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    ok(&output);
    let rows = rows(&output);
    let mut providers: Vec<&str> = rows
        .iter()
        .map(|r| r["provider"].as_str().unwrap())
        .collect();
    providers.dedup();
    assert!(
        // Each --sandbox run starts a fresh simulator, where nothing is settled on Trackdesk
        // yet: its account settlements are checked against the mock above.
        ["travelpayouts", "smartico", "affonso", "billon"]
            .iter()
            .all(|p| providers.contains(p)),
        "{providers:?}"
    );
    let smartico: Vec<&Value> = rows
        .iter()
        .filter(|r| r["provider"] == "smartico")
        .collect();
    assert_eq!(smartico.len(), 1, "{smartico:?}");
    assert_eq!(smartico[0]["source"], "journal");
    assert_eq!(smartico[0]["party_id"], "35001");
    assert_eq!(smartico[0]["amount"], "10.5");
    assert_eq!(smartico[0]["currency"], "EUR");
    assert_eq!(smartico[0]["direction"], "payable");
    let billon: Vec<&Value> = rows.iter().filter(|r| r["provider"] == "billon").collect();
    assert_eq!(billon.len(), 1, "{billon:?}");
    assert_eq!(billon[0]["source"], "journal");
    assert_eq!(billon[0]["payout_id"], "1");
    assert_eq!(billon[0]["amount"], "25.00");
    assert_eq!(billon[0]["currency"], "PLN");
    assert_eq!(
        billon[0]["status"], "READY",
        "the status the panel answered"
    );
    assert!(rows.iter().all(|r| r["status"] != "error"), "{rows:?}");
}

#[test]
fn a_failing_payout_list_is_an_error_row_and_exit_8() {
    let env = Env::new();
    let server = env.mock(vec![
        Reply::json(200, TP_PAYMENTS),
        Reply::json(401, "{}"),
        Reply::json(200, TRACKDESK_SETTLEMENTS),
    ]);
    let output = all_five(&env, server.url())
        .args(["payouts", "--since", "2026-11-01", "-o", "csv"])
        .output()
        .unwrap();
    let stderr = exits(&output, 8);
    assert!(stderr.contains("affpay: affonso (default): "), "{stderr}");
    let csv = stdout_of(&output);
    assert!(
        csv.lines()
            .any(|l| l.starts_with("affonso,default,,,,,,,error,")),
        "{csv}"
    );
    assert!(csv.contains("trackdesk,default,payable,as1,"), "{csv}");
}

#[test]
fn a_payout_affpay_cancelled_is_listed_as_cancelled() {
    let served = crate::util::serve(&[]);
    let env = Env::new();
    let billon = || {
        env.provider(
            "billon",
            &served.url,
            affpay::sandbox::token_for("billon").as_str(),
        )
    };
    for user in ["a", "b"] {
        ok(&billon()
            .args(["billon", "settle", "--amount", "1.50", "--currency", "PLN"])
            .args([
                "--project",
                "P",
                "--description",
                "D",
                "--user",
                user,
                "--yes",
            ])
            .output()
            .unwrap());
    }
    ok(&billon()
        .args(["billon", "cancel", "1", "--yes"])
        .output()
        .unwrap());
    let output = billon()
        .args(["payouts", "--since", "2000-01-01", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    let listed: Vec<(Value, Value, Value)> = rows(&output)
        .iter()
        .map(|r| {
            (
                r["payout_id"].clone(),
                r["party_id"].clone(),
                r["status"].clone(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            (json!("1"), json!("userName=a"), json!("cancelled")),
            (json!("2"), json!("userName=b"), json!("READY")),
        ]
    );
}

#[test]
fn fields_are_checked_before_any_request_and_a_provider_without_an_address_is_named() {
    let env = Env::new();
    let server = env.mock(vec![]);
    let output = all_five(&env, server.url())
        .args(["balance", "--fields", "provider,nope"])
        .output()
        .unwrap();
    let stderr = exits(&output, 2);
    assert!(
        stderr.contains("valid fields: provider, profile, direction"),
        "{stderr}"
    );
    assert!(server.lines().is_empty());

    // Trackdesk with a key but no tenant is not read, and stderr says why; the others are.
    let server = env.mock(vec![Reply::json(200, SMARTICO)]);
    let output = env
        .provider("smartico", server.url(), "t0ken-for-tests")
        .env("AFFPAY_TRACKDESK_TOKEN", "t0ken-for-tests")
        .args([
            "balance",
            "--fields",
            "provider,party_id,amount",
            "-o",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(
        ok(&output),
        "provider,party_id,amount\nsmartico,35427,39949.47024789999\nsmartico,3,-11.5\n"
    );
    let stderr = crate::util::stderr_of(&output);
    assert!(
        stderr.contains("trackdesk (default) has a credential but no address")
            && stderr.contains("trackdesk.tenant"),
        "{stderr}"
    );
}
