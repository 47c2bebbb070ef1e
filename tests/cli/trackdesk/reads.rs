//! Trackdesk's reads (balance, payouts, settlements, payment method types): every request
//! exactly, method, path and query.

use super::*;

#[test]
fn balance_sends_each_filter_by_its_dotted_name_then_the_page() {
    let args = words(
        "trackdesk balance --until 2026-10-31 --min-amount 50.50 --payment-method paypal \
         --payment-method SEPA -o json",
    );
    let (output, server) = run(&args, vec![answer("open_balances")]);
    let balances = rows(&output);
    let stderr = exits(&output, 0);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [open_balances_line(
            "filter.until=2026-10-31T23%3A59%3A59Z&filter.minAmount.value=50.50\
             &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_PAY_PAL\
             &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_SEPA"
        )]
    );
    no_body(&requests[0]);
    let agent = requests[0].header("user-agent").unwrap();
    assert!(agent.starts_with("affpay/"), "{agent}");
    assert_eq!(
        balances[0],
        json!({
            "account_id": JANE, "name": "Jane Doe",
            "open_balance": "1234.567890123456789", "on_hold_balance": "10.5",
            "currency": "EUR", "payment_method": "paypal", "payment_method_currency": "EUR",
            "payment_method_open_balance": "1234.567890123456789",
            "has_billing_details": true, "conversions": 17, "conversion_sources": 4,
            "by_currency": [{"currency": "EUR", "open_balance": "1234.567890123456789",
                             "on_hold_balance": "10.5"}]
        })
    );
    assert_eq!(
        pluck(
            &balances,
            &[
                "account_id",
                "currency",
                "payment_method",
                "has_billing_details"
            ]
        ),
        [
            json!([JANE, "EUR", "paypal", true]),
            json!([BOB, "EUR", "sepa", true]),
            // No payment method: none shown, rather than an empty name and a zero.
            json!([ACME, "USD", null, false]),
            // Two currencies: no single one to show.
            json!([LENA, null, "bank-transfer", true]),
        ]
    );
    // Machine formats hear of the accounts settlement would skip on stderr...
    assert!(
        stderr.contains("1 account(s) have no billing details"),
        "{stderr}"
    );

    // ...and the table says it under the rows.
    let (output, _) = run(&words("trackdesk balance"), vec![answer("open_balances")]);
    let table = ok(&output);
    assert!(
        table.contains("1 account(s) have no billing details: settlement skips them"),
        "{table}"
    );
}

#[test]
fn balance_without_filters_sends_only_the_page_and_all_walks_every_page() {
    let (output, server) = run(
        &words("trackdesk balance -o json"),
        vec![answer("open_balances")],
    );
    assert_eq!(rows(&output).len(), 4);
    assert_eq!(lines(&server), [open_balances_line("")]);

    let page = |from: usize, to: usize| {
        let balances: Vec<Value> = (from..to)
            .map(|i| open_balance(&format!("acc-{i:03}"), "1.00"))
            .collect();
        answer_json(json!({"balances": balances, "pagination": {"totalCount": "150"}}))
    };
    let (output, server) = run(
        &words("trackdesk balance --all --min-amount 1 -o json"),
        vec![page(0, 100), page(100, 150)],
    );
    assert_eq!(rows(&output).len(), 150);
    assert_eq!(
        lines(&server),
        [
            format!("GET {OPEN}?filter.minAmount.value=1&pagination.limit=100&pagination.offset=0"),
            format!(
                "GET {OPEN}?filter.minAmount.value=1&pagination.limit=100&pagination.offset=100"
            ),
        ]
    );
}

#[test]
fn balance_show_asks_for_one_account_until_a_moment_in_utc() {
    let args = [
        "trackdesk",
        "balance",
        "show",
        JANE,
        "--until",
        "2026-10-31T12:00:00+02:00",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("account_balances")]);
    let shown = record(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {BILLING}/account-balances/{JANE}?until=2026-10-31T10%3A00%3A00Z"
        )]
    );
    no_body(&sent(&server)[0]);
    assert_eq!(
        shown,
        json!({
            "account_id": JANE,
            "open_balance": "1234.567890123456790", "on_hold_balance": "10.5",
            "conversion_open_balance": "1200.567890123456789",
            "conversion_on_hold_balance": "10.5",
            "commission_open_balance": "34", "commission_on_hold_balance": "0",
            "client_revshare_open_balance": "0.000000000000000001",
            "payment_method": "paypal", "payment_method_currency": "EUR",
            "payment_method_open_balance": "1234.567890123456790",
            "settled": [{"amount": "5000.25", "currency": "EUR"},
                        {"amount": "120", "currency": "USD"}]
        })
    );

    let (output, server) = run(
        &["trackdesk", "balance", "show", JANE],
        vec![answer("account_balances")],
    );
    ok(&output);
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/account-balances/{JANE}")]
    );
}

#[test]
fn payouts_send_their_time_range_and_account() {
    let args = [
        "trackdesk",
        "payouts",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--account",
        JANE,
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer("account_settlements")]);
    let listed = rows(&output);
    ok(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {BILLING}/account-settlements?timeRange.from=2026-10-01T00%3A00%3A00Z\
             &timeRange.to=2026-10-31T23%3A59%3A59Z&accountId={JANE}&{FIRST_PAGE}"
        )]
    );
    no_body(&sent(&server)[0]);
    assert_eq!(
        listed[0],
        json!({
            "id": AS_JANE, "account_id": JANE, "account_name": "Jane Doe",
            "amount": "1234.567890123456789", "currency": "EUR", "status": "new",
            "payment_method": "paypal", "payment_method_currency": "EUR", "tipalti": false,
            "created_at": "2026-11-01T08:15:02Z", "settled_until": "2026-10-31T23:59:59Z"
        })
    );
    assert_eq!(
        pluck(&listed, &["id", "status", "payment_method", "tipalti"]),
        [
            json!([AS_JANE, "new", "paypal", false]),
            json!([AS_BOB, "in-progress", "sepa", false]),
            json!([AS_MARCO, "paid", "tipalti", true]),
        ]
    );

    let (output, server) = run(
        &words("trackdesk payouts"),
        vec![answer("account_settlements")],
    );
    let table = ok(&output);
    assert!(
        table.contains("total EUR: amount "),
        "totals under the table:\n{table}"
    );
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/account-settlements?{FIRST_PAGE}")]
    );
}

#[test]
fn payouts_settlements_send_their_time_range_and_show_asks_for_one() {
    let args =
        words("trackdesk payouts settlements --from 2026-10-01T06:30:00Z --to 2026-11-30 -o json");
    let (output, server) = run(&args, vec![answer("settlements")]);
    let listed = rows(&output);
    ok(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {BILLING}/settlements?timeRange.from=2026-10-01T06%3A30%3A00Z\
             &timeRange.to=2026-11-30T23%3A59%3A59Z&{FIRST_PAGE}"
        )]
    );
    assert_eq!(
        listed[0],
        json!({
            "id": SETTLEMENT, "amount": "1484.667890123456789", "currency": "EUR",
            "until": "2026-10-31T23:59:59Z", "note": "October 2026",
            "created_at": "2026-11-01T08:15:02Z",
            "new": 1, "in_progress": 1, "paid": 1, "error": 0,
            "amounts": [{"amount": "1484.667890123456789", "currency": "EUR"},
                        {"amount": "75.5", "currency": "USD"}]
        })
    );

    let args = ["trackdesk", "payouts", "show", SETTLEMENT, "-o", "json"];
    let (output, server) = run(&args, vec![answer("settlement")]);
    let shown = record(&output);
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/settlements/{SETTLEMENT}")]
    );
    no_body(&sent(&server)[0]);
    assert_eq!(shown["id"], SETTLEMENT);
    assert_eq!(shown["amount"], "1484.667890123456789");
    let rows = shown["account_settlements"].as_array().unwrap();
    assert_eq!(
        pluck(rows, &["id", "amount", "status"]),
        [
            json!([AS_JANE, "1234.567890123456789", "new"]),
            json!([AS_BOB, "250.10", "in-progress"]),
            json!([AS_MARCO, "75.5", "paid"]),
        ]
    );
}

#[test]
fn payment_method_types_map_wire_names_to_the_names_typed() {
    let (output, server) = run(
        &words("trackdesk payment-methods types -o json"),
        vec![answer("supported_types")],
    );
    let types = rows(&output);
    ok(&output);
    assert_eq!(
        lines(&server),
        ["GET /api/node/payment-method-types/v1/supported"]
    );
    let row = |name: &str, wire: &str, currencies: &str, fields: &str| json!({"type": name, "wire": wire, "currencies": currencies, "fields": fields});
    assert_eq!(
        types,
        [
            row(
                "paypal",
                "PAYMENT_METHOD_TYPE_PAY_PAL",
                "EUR,USD,GBP",
                "--email --note"
            ),
            row(
                "sepa",
                "PAYMENT_METHOD_TYPE_SEPA",
                "EUR",
                "--iban --beneficiary-name --bic --note"
            ),
            row(
                "bank-transfer",
                "PAYMENT_METHOD_TYPE_BANK_TRANSFER",
                "EUR,USD,CZK",
                "--bank-account-number --bank-address --bank-name --swift --aba --note"
            ),
            row(
                "payoneer",
                "PAYMENT_METHOD_TYPE_PAYONEER",
                "USD",
                "--email (required) --note"
            ),
            row(
                "tipalti",
                "PAYMENT_METHOD_TYPE_TIPALTI",
                "USD,EUR",
                "--payee-id --note"
            ),
        ]
    );

    // A type affpay does not know yet passes through as it came.
    let new_type = json!({"paymentMethodTypes": [
        {"paymentMethodType": "PAYMENT_METHOD_TYPE_CASH_APP", "currencyCodes": ["USD"]}]});
    let (output, _) = run(
        &words("trackdesk payment-methods types -o json"),
        vec![answer_json(new_type)],
    );
    assert_eq!(
        rows(&output),
        [
            json!({"type": "PAYMENT_METHOD_TYPE_CASH_APP", "wire": "PAYMENT_METHOD_TYPE_CASH_APP",
                "currencies": "USD", "fields": null})
        ]
    );
}
