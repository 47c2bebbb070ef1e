//! `affpay payouts`: every API's payouts normalised since the day given, the journal's where the
//! API lists none, a failing list, a cancelled payout, and `--fields`.

use super::*;

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
