//! The hand-written Trackdesk fixtures keep to the vendor's OpenAPI schemas, and hold what the
//! other tests rely on.

use super::*;

#[test]
fn every_fixture_is_valid_for_its_operation() {
    let responses = [
        ("GET", OPEN.to_string(), "open_balances"),
        (
            "GET",
            format!("{BILLING}/account-balances/{JANE}"),
            "account_balances",
        ),
        ("POST", SETTLE.to_string(), "settle_balances"),
        ("POST", SETTLE.to_string(), "settle_balances_partial"),
        (
            "GET",
            format!("{BILLING}/account-settlements"),
            "account_settlements",
        ),
        ("GET", format!("{BILLING}/settlements"), "settlements"),
        (
            "GET",
            format!("{BILLING}/settlements/{SETTLEMENT}"),
            "settlement",
        ),
        (
            "POST",
            "/api/node/billing-details/v1".to_string(),
            "billing_detail",
        ),
        (
            "POST",
            "/api/node/payment-methods/v1".to_string(),
            "payment_method",
        ),
        (
            "PATCH",
            format!("/api/node/payment-methods/v1/{PAYMENT_METHOD}"),
            "payment_method",
        ),
        (
            "GET",
            "/api/node/payment-method-types/v1/supported".to_string(),
            "supported_types",
        ),
        (
            "GET",
            format!("{TIPALTI}/{SETTLEMENT}/list-payable-account-settlements"),
            "payable",
        ),
        (
            "POST",
            format!("{TIPALTI}/{SETTLEMENT}/payment-batch"),
            "payment_batch",
        ),
        (
            "GET",
            format!("{BILLING}/settlements/{SETTLEMENT}"),
            "settlement_tipalti",
        ),
        (
            "POST",
            "/api/reports/conversion-report/v1".to_string(),
            "conversion_report",
        ),
        ("GET", format!("{ROB}/open-balances"), "receivables"),
        ("GET", format!("{ROB}/claims"), "claims"),
        ("GET", format!("{ROB}/claims/c-1"), "claim"),
        ("POST", format!("{ROB}/claim-balances"), "claim"),
    ];
    let mut checked = std::collections::BTreeSet::new();
    for (method, path, name) in &responses {
        schema::check_response(method, path, &fixture(&format!("trackdesk/{name}.json")));
        checked.insert(name.to_string());
    }
    // The empty answers the mock gives to a status change and to deletes.
    schema::check_response(
        "PUT",
        &format!("{BILLING}/account-settlements/{AS_JANE}/status"),
        "{}",
    );
    schema::check_response(
        "DELETE",
        &format!("{BILLING}/account-settlements/{AS_JANE}"),
        "{}",
    );
    schema::check_response(
        "DELETE",
        &format!("{BILLING}/settlements/{SETTLEMENT}"),
        "{}",
    );
    schema::check_response("PUT", "/api/node/conversions/v1/cv-1/status", "{}");
    schema::check_response("DELETE", &format!("{ROB}/claims/c-1"), "{}");
    schema::check_response(
        "POST",
        &format!("{TIPALTI}/{SETTLEMENT}/payment-batch/status"),
        "{}",
    );
    let errors = [
        "error",
        "error_tipalti",
        "error_unauthenticated",
        "error_permission",
    ];
    for name in errors {
        schema::check_error(&fixture(&format!("trackdesk/{name}.json")));
        checked.insert(name.to_string());
    }
    // Every JSON file beside the schemas is one of the above: none can drift unchecked.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trackdesk");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        if path.extension().is_some_and(|e| e == "json") && name != "schemas" {
            assert!(checked.contains(&name), "{} is not checked", path.display());
        }
    }
}

#[test]
fn the_fixtures_hold_what_the_tests_rely_on() {
    // int64 both ways, long decimals, a Tipalti row: if an edit loses one, tests below would
    // pass for the wrong reason.
    let open = fixture_json("open_balances");
    assert_eq!(open["balances"][0]["openBalanceConversionCount"], "17");
    assert_eq!(open["balances"][1]["openBalanceConversionCount"], 3);
    assert_eq!(
        open["balances"][0]["openBalance"]["value"],
        "1234.567890123456789"
    );
    assert_eq!(open["balances"][1]["onHoldBalance"], json!({}));
    let settlements = fixture_json("settlements");
    assert_eq!(
        settlements["settlements"][0]["paidAccountSettlementsCount"],
        "1"
    );
    assert_eq!(
        settlements["settlements"][1]["paidAccountSettlementsCount"],
        40
    );
    let rows = fixture_json("account_settlements");
    assert!(rows["accountSettlements"][2]["paymentData"]["tipalti"].is_object());
}
