//! What the entries of the table name: the targets a request pays, and how an upstream is
//! prepared and read back.

use super::*;

pub(crate) const BILLON_CSV: &str =
    "amount,currency,project,description,user\n5,PLN,P,D,a\n6,PLN,P,D,b\n7,PLN,P,D,c\n";

pub(crate) fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_string).collect()
}

pub(crate) fn write(dir: &Path, name: &str, contents: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_str().unwrap().to_string()
}

/// A field of the request's JSON body, as text.
pub(crate) fn field(e: &Exchange, name: &str) -> Vec<String> {
    match &e.json()[name] {
        Value::Null => vec![],
        Value::String(s) => vec![s.clone()],
        other => vec![other.to_string()],
    }
}

/// The `n`th path segment from the end (1: the last).
pub(crate) fn segment(e: &Exchange, n: usize) -> Vec<String> {
    let segments: Vec<&str> = e.path.trim_end_matches('/').split('/').collect();
    segments
        .len()
        .checked_sub(n)
        .map(|i| vec![segments[i].to_string()])
        .unwrap_or_default()
}

/// A Billon payout is for one recipient, named as affpay's report names it.
pub(crate) fn billon_payee(e: &Exchange) -> Vec<String> {
    let body = e.json();
    ["userName", "phoneNumber", "referenceId"]
        .iter()
        .filter_map(|k| body[k].as_str().map(|v| format!("{k}={v}")))
        .collect()
}

/// Raises an affiliate's balance at the simulator by an adjustment of its own.
pub(crate) fn smartico_bump(upstream: &Upstream, target: &str) {
    upstream.affpay(&words(&format!(
        "smartico adjust --affiliate {target} --amount 100 --yes --batch bump"
    )));
}

/// Three seeded Trackdesk accounts with billing details and a payment method, none of them
/// paid through Tipalti (see trackdesk_sandbox/mod.rs for the seeded facts). Every simulator
/// started with the same seed has the same ids, so they are read once.
pub(crate) fn trackdesk_accounts(upstream: &Upstream) -> Vec<String> {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let balances = upstream.affpay(&words("trackdesk balance --all"));
        ["Affiliate 001", "Affiliate 002", "Affiliate 004"]
            .iter()
            .map(|name| {
                let row = balances
                    .iter()
                    .find(|r| r["name"] == *name)
                    .unwrap_or_else(|| panic!("no {name} in {balances:?}"));
                text(&row["account_id"])
            })
            .collect()
    })
    .clone()
}

/// Account settlements of those three accounts, made at the simulator.
pub(crate) fn trackdesk_settled(upstream: &Upstream) -> Vec<String> {
    let mut args = words("trackdesk settle --until 2026-10-31 --yes --batch setup");
    for account in trackdesk_accounts(upstream) {
        args.extend(["--account".to_string(), account]);
    }
    let ids: Vec<String> = upstream
        .affpay(&args)
        .iter()
        .filter(|r| r["result"] == "part_succeeded")
        .map(|r| text(&r["reference"]))
        .collect();
    assert_eq!(ids.len(), 3, "three account settlements: {ids:?}");
    ids
}

/// The seeded account paid through Tipalti ("Affiliate 003"), read once like the others.
pub(crate) fn trackdesk_tipalti_account(upstream: &Upstream) -> String {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let balances = upstream.affpay(&words("trackdesk balance --all"));
        let row = balances
            .iter()
            .find(|r| r["name"] == "Affiliate 003" && r["payment_method"] == "tipalti")
            .unwrap_or_else(|| panic!("no Tipalti-paid Affiliate 003 in {balances:?}"));
        text(&row["account_id"])
    })
    .clone()
}

/// A settlement of the Tipalti-paid account, made at the simulator: its one row is payable
/// through Tipalti.
pub(crate) fn trackdesk_tipalti_settlement(upstream: &Upstream) -> String {
    let mut args = words("trackdesk settle --until 2026-10-31 --yes --batch setup --account");
    args.push(trackdesk_tipalti_account(upstream));
    let created = upstream.affpay(&args);
    let ids: Vec<String> = created
        .iter()
        .filter(|r| r["result"] == "succeeded")
        .map(|r| text(&r["reference"]))
        .collect();
    assert_eq!(ids.len(), 1, "one settlement: {created:?}");
    ids[0].clone()
}

/// Three seeded conversions in status approved (the seed is the same for every simulator,
/// so they are read once).
pub(crate) fn trackdesk_approved(upstream: &Upstream) -> Vec<String> {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let found = upstream.affpay(&words("trackdesk actions --status approved --limit 3"));
        let ids: Vec<String> = found.iter().map(|r| text(&r["conversion_id"])).collect();
        assert_eq!(ids.len(), 3, "three approved conversions: {found:?}");
        ids
    })
    .clone()
}

/// Advertiser settlements (claims) of the three seeded advertisers with billing details,
/// made at the simulator.
pub(crate) fn trackdesk_claimed(upstream: &Upstream) -> Vec<String> {
    let created = upstream.affpay(&words(
        "trackdesk claim --until 2026-10-31 --yes --batch setup",
    ));
    let ids: Vec<String> = created
        .iter()
        .filter(|r| r["result"] == "succeeded")
        .map(|r| text(&r["reference"]))
        .collect();
    assert_eq!(ids.len(), 3, "three claims: {created:?}");
    ids
}
