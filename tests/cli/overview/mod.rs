//! `affpay balance`: every configured provider in one normalised schema.
//!
//! One mock stands in for all five providers (each `AFFPAY_<PROVIDER>_URL` points at it);
//! providers are read one after another in the order of `affpay providers`, so one script
//! answers them in turn: Travelpayouts (balance, next payout), Smartico, Affonso, Trackdesk.
//! Billon has no balance API and sends nothing. The checks are exact: every digit, the
//! currency's case, the direction, the totals per direction and currency, and the exit code
//! when one provider fails.
//!
//! The tests sit beside this file, one file per concern: `balance.rs`, `payouts.rs`.

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

mod balance;
mod payouts;
