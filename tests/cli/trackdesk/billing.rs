//! Trackdesk's billing details and payment methods: the bodies sent to set, add and update them.

use super::*;

#[test]
fn billing_details_are_sent_with_upper_case_codes() {
    let args = [
        "trackdesk",
        "billing-details",
        "set",
        "--account",
        ACME,
        "--name",
        "Acme Media Ltd",
        "--country",
        "us",
        "--address-line1",
        "500 Market St",
        "--address-line2",
        "Suite 12",
        "--city",
        "San Francisco",
        "--postal-code",
        "94105",
        "--subdivision",
        "ca",
        "--vat",
        "US-94-1234567",
        "--invoicing-email",
        "ap@acme-media.example",
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("billing_detail")]);
    let reported = rows(&output);
    ok(&output);
    assert_eq!(lines(&server), ["POST /api/node/billing-details/v1"]);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({
            "accountId": ACME, "name": "Acme Media Ltd", "countryCode": "US",
            "addressLine1": "500 Market St", "addressLine2": "Suite 12",
            "city": "San Francisco", "postalCode": "94105", "vat": "US-94-1234567",
            "subdivisionCode": "CA", "invoicingEmail": "ap@acme-media.example"
        })
    );
    assert_eq!(results(&output), pairs(&[(ACME, "succeeded")]));
    assert_eq!(
        reported[0]["reference"],
        "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8"
    );

    let args = [
        "trackdesk",
        "billing-details",
        "set",
        "--account",
        JANE,
        "--name",
        "Jane Doe",
        "--country",
        "ie",
        "--yes",
    ];
    let (output, server) = run(&args, vec![answer("billing_detail")]);
    ok(&output);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"accountId": JANE, "name": "Jane Doe", "countryCode": "IE"})
    );
}

#[test]
fn payment_methods_add_sends_one_data_object_of_the_type() {
    let cases: [(&[&str], Value); 6] = [
        (
            &[
                "--type",
                "paypal",
                "--currency",
                "eur",
                "--email",
                "jane.doe@example.com",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_PAY_PAL", "currency": {"code": "EUR"},
                   "data": {"payPal": {"email": "jane.doe@example.com"}}}),
        ),
        (
            &[
                "--type",
                "sepa",
                "--currency",
                "EUR",
                "--iban",
                "CZ6508000000192000145399",
                "--beneficiary-name",
                "Jane Doe",
                "--bic",
                "GIBACZPX",
                "--note",
                "main account",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_SEPA", "currency": {"code": "EUR"},
                   "data": {"sepa": {"iban": "CZ6508000000192000145399",
                                     "beneficiaryName": "Jane Doe", "bic": "GIBACZPX",
                                     "note": "main account"}}}),
        ),
        (
            &[
                "--type",
                "bank-transfer",
                "--currency",
                "USD",
                "--bank-account-number",
                "000123456789",
                "--bank-name",
                "First Bank",
                "--bank-address",
                "1 Wall St, New York",
                "--swift",
                "FBNKUS33",
                "--aba",
                "021000021",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_BANK_TRANSFER", "currency": {"code": "USD"},
                   "data": {"bankTransfer": {"bankAccountNumber": "000123456789",
                                             "bankName": "First Bank",
                                             "bankAddress": "1 Wall St, New York",
                                             "swift": "FBNKUS33", "aba": "021000021"}}}),
        ),
        (
            &[
                "--type",
                "payoneer",
                "--currency",
                "USD",
                "--email",
                "jane@payoneer.example",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_PAYONEER", "currency": {"code": "USD"},
                   "data": {"payoneer": {"email": "jane@payoneer.example"}}}),
        ),
        (
            &[
                "--type",
                "direct-deposit",
                "--currency",
                "USD",
                "--account-number",
                "123",
                "--account-holder",
                "Jane Doe",
                "--routing-number",
                "021000021",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_DIRECT_DEPOSIT", "currency": {"code": "USD"},
                   "data": {"directDeposit": {"accountNumber": "123",
                                              "accountHolder": "Jane Doe",
                                              "bankRoutingNumber": "021000021"}}}),
        ),
        (
            &[
                "--type",
                "usdt",
                "--currency",
                "USD",
                "--wallet-address",
                "TXyz123",
            ],
            json!({"type": "PAYMENT_METHOD_TYPE_USDT", "currency": {"code": "USD"},
                   "data": {"usdt": {"cryptoWalletAddress": "TXyz123"}}}),
        ),
    ];
    for (extra, expected) in cases {
        let args = [
            &[
                "trackdesk",
                "payment-methods",
                "add",
                "--account",
                JANE,
                "--yes",
                "-o",
                "json",
            ],
            extra,
        ]
        .concat();
        let (output, server) = run(&args, vec![answer("payment_method")]);
        let reported = rows(&output);
        ok(&output);
        assert_eq!(lines(&server), ["POST /api/node/payment-methods/v1"]);
        let mut expected = expected;
        expected["accountId"] = json!(JANE);
        let sent_body = body(&sent(&server)[0]);
        assert_eq!(sent_body, expected, "{extra:?}");
        assert_eq!(sent_body["data"].as_object().unwrap().len(), 1);
        assert_eq!(reported[0]["target"], JANE);
        assert_eq!(reported[0]["reference"], PAYMENT_METHOD);
        assert_eq!(
            reported[0]["detail"],
            "type=paypal currency=EUR default=true"
        );
    }
}

#[test]
fn payment_methods_update_patches_only_what_was_given() {
    let args = [
        "trackdesk",
        "payment-methods",
        "update",
        PAYMENT_METHOD,
        "--type",
        "sepa",
        "--iban",
        "DE89370400440532013000",
        "--beneficiary-name",
        "Jane Doe",
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("payment_method")]);
    ok(&output);
    let path = format!("/api/node/payment-methods/v1/{PAYMENT_METHOD}");
    assert_eq!(lines(&server), [format!("PATCH {path}")]);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"type": "PAYMENT_METHOD_TYPE_SEPA",
               "data": {"sepa": {"iban": "DE89370400440532013000",
                                 "beneficiaryName": "Jane Doe"}}})
    );
    assert_eq!(results(&output), pairs(&[(PAYMENT_METHOD, "succeeded")]));

    let args = [
        "trackdesk",
        "payment-methods",
        "update",
        PAYMENT_METHOD,
        "--type",
        "paypal",
        "--currency",
        "gbp",
        "--yes",
    ];
    let (output, server) = run(&args, vec![answer("payment_method")]);
    ok(&output);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"type": "PAYMENT_METHOD_TYPE_PAY_PAL", "currency": {"code": "GBP"}})
    );
}
