//! Beyond affiliate billing in the Trackdesk simulator: Tipalti, conversions, and what advertisers
//! owe.

use super::*;

const TIPALTI_PATH: &str = "/api/node/tipalti-payments/v1/settlements";
const REPORT: &str = "/api/reports/conversion-report/v1";
const ROB: &str = "/api/node/revenue-origin-billing/v1";

#[test]
fn the_new_routes_answer_in_the_vendors_schemas() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let raw = Raw::new(&served);

    // The conversion report: pagination as numbers or strings, filters by the schema's names.
    let page = raw.answer(
        "POST",
        REPORT,
        Some(&json!({"pagination": {"limit": "5", "offset": 0},
                     "filters": {"conversionStatuses": ["CONVERSION_STATUS_APPROVED"],
                                 "timeRange": {"from": "2026-09-01T00:00:00Z"}}})),
    );
    let report = page["rows"].as_array().unwrap();
    assert_eq!(report.len(), 5);
    assert!(
        report
            .iter()
            .all(|r| r["conversionStatus"] == "CONVERSION_STATUS_APPROVED")
    );
    assert_eq!(int64(&page["pagination"]["totalCount"]), ACCOUNTS as i64);
    let conversion = text(&report[0]["conversionId"]);
    let status = format!("/api/node/conversions/v1/{conversion}/status");
    let answer = raw.answer(
        "PUT",
        &status,
        Some(&json!({"status": "CONVERSION_STATUS_PENDING"})),
    );
    assert_eq!(answer, json!({}));
    raw.refusal(
        400,
        "PUT",
        &status,
        Some(&json!({"status": "CONVERSION_STATUS_UNSPECIFIED"})),
    );

    // Advertisers: until is required; a claim empties a balance; deleting gives it back.
    raw.refusal(400, "GET", &format!("{ROB}/open-balances"), None);
    let open = raw.get(&format!(
        "{ROB}/open-balances?filter.until=2026-12-31T00:00:00Z&filter.revenueOriginTagIds=tag-even"
    ));
    let balances = open["balances"].as_array().unwrap();
    assert_eq!(balances.len(), 2);
    let advertiser = text(&balances[0]["revenueOrigin"]["id"]);
    let claimed = raw.answer(
        "POST",
        &format!("{ROB}/claim-balances"),
        Some(&json!({"filter": {"until": "2026-12-31T00:00:00Z"},
                     "revenueOriginId": advertiser, "note": ""})),
    );
    assert_eq!(claimed["claim"]["amount"], balances[0]["openBalance"]);
    let claim = text(&claimed["claim"]["id"]);
    raw.get(&format!("{ROB}/claims?timeRange.from=2026-01-01T00:00:00Z"));
    raw.get(&format!("{ROB}/claims/{claim}"));
    raw.refusal(
        400,
        "POST",
        &format!("{ROB}/claim-balances"),
        Some(&json!({"filter": {"until": "2026-12-31T00:00:00Z"},
                     "revenueOriginId": advertiser, "note": ""})),
    );
    assert_eq!(
        raw.answer("DELETE", &format!("{ROB}/claims/{claim}"), None),
        json!({})
    );
    raw.refusal(404, "GET", &format!("{ROB}/claims/{claim}"), None);

    // Tipalti: the settlement of account 2's Tipalti balance.
    let (settled, _) = home.settle(&[], 8);
    let settlement = settlement_of(&settled);
    let payable = raw.get(&format!(
        "{TIPALTI_PATH}/{settlement}/list-payable-account-settlements"
    ));
    assert_eq!(
        payable["payableAccountSettlementIds"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let batch = raw.answer(
        "POST",
        &format!("{TIPALTI_PATH}/{settlement}/payment-batch"),
        None,
    );
    let batch = text(&batch["paymentBatchId"]);
    raw.refusal(
        400,
        "POST",
        &format!("{TIPALTI_PATH}/{settlement}/payment-batch"),
        None,
    );
    let checked = raw.answer(
        "POST",
        &format!("{TIPALTI_PATH}/{settlement}/payment-batch/status"),
        Some(&json!({"paymentBatchId": batch})),
    );
    assert_eq!(checked, json!({}));
    let found = raw.get(&format!("{BILLING}/settlements/{settlement}"));
    assert_eq!(
        found["settlement"]["paymentData"]["tipalti"]["paymentBatches"][0]["status"],
        "Paid"
    );
}

#[test]
fn tipalti_pay_sends_one_batch_and_the_status_check_finds_it_paid() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let (settled, _) = home.settle(&[], 8);
    let settlement = settlement_of(&settled);
    let tipalti_row = text(&created(&settled)[accounts.id(TIPALTI)]["reference"]);

    let payable = home.list(&["tipalti", "payable", &settlement]);
    assert_eq!(
        payable,
        [json!({"account_settlement_id": tipalti_row, "payable": true, "unpaid": true})]
    );
    let pay = ["tipalti", "pay", &settlement, "--yes"];
    let (paid, stderr) = home.json(&pay, 0);
    assert_eq!(
        outcomes(&paid),
        [(settlement.clone(), "succeeded".to_string())]
    );
    let batch = text(&paid[0]["reference"]);
    // The confirmation shows the Tipalti row's amount, to the cent.
    let amount = text(&created(&settled)[accounts.id(TIPALTI)]["amount"]);
    assert!(stderr.contains(&amount), "{stderr}");

    // A rerun sends no second batch: the row is in one now, so nothing is payable (and
    // were Trackdesk still to list it, the journal would answer already_done).
    let (again, stderr) = home.json(&pay, 0);
    assert!(again.is_empty(), "{again:?}");
    assert!(
        stderr.contains("no account settlement of it is payable"),
        "{stderr}"
    );

    let statuses = home.list(&["tipalti", "status", &settlement]);
    assert_eq!(statuses.len(), 1);
    assert_eq!(statuses[0]["payment_batch_id"], batch);
    assert_eq!(statuses[0]["status"], "Paid");
    assert_eq!(home.statuses()[&tipalti_row], "paid");
}

#[test]
fn adjusting_an_approved_conversion_moves_its_affiliates_open_balance_exactly() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let approved = home.list(&["actions", "--status", "approved", "--limit", "1"]);
    let conversion = text(&approved[0]["conversion_id"]);
    let affiliate = text(&approved[0]["affiliate_id"]);
    let cost = decimal(&approved[0]["cost"]);
    let before = decimal(&home.open()[&affiliate]["open_balance"]);

    let (done, _) = home.json(&["adjust", &conversion, "--status", "rejected", "--yes"], 0);
    assert_eq!(done[0]["result"], "succeeded");
    let after = decimal(&home.open()[&affiliate]["open_balance"]);
    assert_eq!(after, before - cost);
    let shown = home.list(&["actions", "--conversion", &conversion]);
    assert_eq!(shown[0]["status"], "rejected");

    home.json(&["adjust", &conversion, "--status", "approved", "--yes"], 0);
    assert_eq!(decimal(&home.open()[&affiliate]["open_balance"]), before);
}

#[test]
fn a_claim_empties_what_an_advertiser_owes_and_deleting_it_gives_it_back() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let owed = by(&home.list(&["receivables", "--all"]), "advertiser_id");
    assert_eq!(owed.len(), 4);
    let (claimed, stderr) = home.json(&["claim", "--note", "November", "--yes"], 0);
    assert_eq!(claimed.len(), 3, "{stderr}");
    assert!(stderr.contains("no billing details"), "{stderr}");
    for row in &claimed {
        assert_eq!(row["result"], "succeeded");
        let owed = text(&owed[&text(&row["target"])]["open_balance"]);
        assert_eq!(row["detail"], format!("claimed {owed} EUR"));
    }
    let left = home.list(&["receivables", "--all"]);
    assert_eq!(
        left.len(),
        1,
        "only the advertiser without details: {left:?}"
    );
    let claims = by(&home.list(&["claims", "--all"]), "id");
    assert_eq!(claims.len(), 3);
    let first = text(&claimed[0]["reference"]);
    assert_eq!(claims[&first]["note"], "November");
    let shown = home.record(&["claims", "show", &first]);
    let target = text(&claimed[0]["target"]);
    assert_eq!(shown["amount"], owed[&target]["open_balance"]);

    // A rerun the same day claims nothing twice (nothing is open, and the journal knows).
    let (again, _) = home.json(&["claim", "--note", "November", "--yes"], 0);
    assert!(again.is_empty(), "{again:?}");

    let (deleted, _) = home.json(&["claims", "delete", &first, "--yes"], 0);
    assert_eq!(deleted[0]["result"], "succeeded");
    let back = by(&home.list(&["receivables", "--all"]), "advertiser_id");
    assert_eq!(back[&target]["open_balance"], owed[&target]["open_balance"]);
}
