//! Reading Trackdesk's protobuf JSON: int64 as a string or a number, `{"value": …}` decimals
//! digit for digit, and proto3's left-out defaults as zero.

use super::*;

#[test]
fn int64_counters_read_as_strings_or_numbers() {
    let as_string = fixture("trackdesk/open_balances.json");
    let as_number = as_string.replace(
        "\"openBalanceConversionCount\": \"17\"",
        "\"openBalanceConversionCount\": 17",
    );
    assert_ne!(as_string, as_number);
    let args = words("trackdesk balance -o json");
    let (output, _) = run(&args, vec![Reply::json(200, &as_string)]);
    let from_string = rows(&output);
    let (output, _) = run(&args, vec![Reply::json(200, &as_number)]);
    assert_eq!(rows(&output), from_string);
    assert_eq!(
        pluck(&from_string, &["conversions", "conversion_sources"]),
        [json!([17, 4]), json!([3, 1]), json!([5, 2]), json!([9, 3])]
    );

    let (output, _) = run(
        &words("trackdesk payouts settlements -o json"),
        vec![answer("settlements")],
    );
    let counters: Vec<[Value; 4]> = rows(&output)
        .iter()
        .map(|s| {
            [
                s["new"].clone(),
                s["in_progress"].clone(),
                s["paid"].clone(),
                s["error"].clone(),
            ]
        })
        .collect();
    assert_eq!(
        counters,
        [
            [json!(1), json!(1), json!(1), json!(0)],
            [json!(0), json!(2), json!(40), json!(1)],
        ]
    );

    // Beyond 2^53 a float would change the digits; a string keeps them.
    let big = fixture("trackdesk/settlements.json").replace(
        "\"paidAccountSettlementsCount\": \"1\"",
        "\"paidAccountSettlementsCount\": \"9007199254740993\"",
    );
    let (output, _) = run(
        &words("trackdesk payouts settlements -o json"),
        vec![Reply::json(200, &big)],
    );
    assert_eq!(rows(&output)[0]["paid"].to_string(), "9007199254740993");
}

#[test]
fn decimals_come_out_digit_for_digit_in_json_and_csv() {
    let (output, _) = run(
        &words("trackdesk balance -o csv"),
        vec![answer("open_balances")],
    );
    assert_eq!(
        csv_column(&output, "open_balance"),
        ["1234.567890123456789", "250.10", "99.99", "77.65"]
    );
    let (output, _) = run(
        &words("trackdesk balance -o csv"),
        vec![answer("open_balances")],
    );
    assert_eq!(
        csv_column(&output, "payment_method_open_balance"),
        ["1234.567890123456789", "250.10", "", "80.00"]
    );

    let (output, _) = run(
        &words("trackdesk payouts -o csv"),
        vec![answer("account_settlements")],
    );
    assert_eq!(
        csv_column(&output, "amount"),
        ["1234.567890123456789", "250.10", "75.5"]
    );

    let (output, _) = run(
        &words("trackdesk payouts -o json"),
        vec![answer("account_settlements")],
    );
    let amounts: Vec<Value> = rows(&output).iter().map(|r| r["amount"].clone()).collect();
    assert_eq!(
        amounts,
        [
            json!("1234.567890123456789"),
            json!("250.10"),
            json!("75.5")
        ]
    );
}

#[test]
fn omitted_decimals_and_counters_read_as_zero() {
    // proto3 leaves out a zero Decimal's value, or the whole field, and a zero counter.
    let sparse = json!({"balances": [
        {"accountId": "acc-zero", "name": "Zero", "hasBillingDetails": true,
         "onHoldBalance": {}, "balancesByCurrency": [{"currency": {"code": "EUR"}}]}
    ]});
    let (output, _) = run(
        &words("trackdesk balance -o json"),
        vec![answer_json(sparse.clone())],
    );
    assert_eq!(
        rows(&output),
        [json!({
            "account_id": "acc-zero", "name": "Zero", "open_balance": "0",
            "on_hold_balance": "0", "currency": "EUR", "payment_method": null,
            "payment_method_currency": null, "payment_method_open_balance": null,
            "has_billing_details": true, "conversions": 0, "conversion_sources": 0,
            "by_currency": [{"currency": "EUR", "open_balance": "0", "on_hold_balance": "0"}]
        })]
    );

    // Nothing open, nothing to settle: no POST.
    let (output, server) = run(&settle_october(), vec![answer_json(sparse)]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("skipping acc-zero: no open balance to settle"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing to settle"), "{stderr}");
    assert_eq!(lines(&server).len(), 1);

    let (output, _) = run(
        &words("trackdesk payouts settlements -o json"),
        vec![answer_json(json!({"settlements": [{"id": "s-0"}]}))],
    );
    let listed = rows(&output);
    assert_eq!(
        (
            &listed[0]["amount"],
            &listed[0]["new"],
            &listed[0]["error"],
            &listed[0]["amounts"]
        ),
        (&json!("0"), &json!(0), &json!(0), &json!([]))
    );
}
