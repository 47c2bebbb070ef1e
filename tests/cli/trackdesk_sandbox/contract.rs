//! The Trackdesk simulator keeps the vendor's contract: every answer fits the OpenAPI schemas,
//! the rate-limit answer included.

use super::*;

#[test]
fn every_answer_of_the_simulator_fits_the_vendor_schema() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let raw = Raw::new(&served);
    let accounts = Accounts::of(&home);
    let open = format!("{BILLING}/open-balances");

    // The seeded balances: the first page, filters, and paging.
    let first = raw.get(&open);
    assert_eq!(first["balances"].as_array().unwrap().len(), ACCOUNTS);
    let filtered = raw.get(&format!(
        "{open}?filter.until=2026-10-15T00:00:00Z&filter.minAmount.value=500.5\
         &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_PAY_PAL\
         &filter.defaultPaymentMethodTypes=PAYMENT_METHOD_TYPE_SEPA&filter.minConversionCount=1"
    ));
    let filtered = filtered["balances"].as_array().unwrap();
    assert!(!filtered.is_empty() && filtered.len() < ACCOUNTS);
    for b in filtered {
        assert!(
            decimal(&b["openBalance"]["value"]) >= Decimal::new(5005, 1),
            "{b}"
        );
        let kind = text(&b["defaultPaymentMethod"]["paymentMethodType"]);
        assert!(kind.ends_with("_PAY_PAL") || kind.ends_with("_SEPA"), "{b}");
    }
    let page = raw.get(&format!("{open}?pagination.limit=7&pagination.offset=0"));
    assert_eq!(page["balances"].as_array().unwrap().len(), 7);
    assert_eq!(page["pagination"]["hasMore"], json!(true));
    assert_eq!(int64(&page["pagination"]["totalCount"]), ACCOUNTS as i64);
    let last = raw.get(&format!("{open}?pagination.limit=7&pagination.offset=35"));
    assert_eq!(last["balances"].as_array().unwrap().len(), 5);
    assert_eq!(last["pagination"].get("hasMore"), None);

    // State driven through affpay: a settlement, and one of its rows paid.
    let (report, _) = home.settle(&[], 8);
    let settlement = settlement_of(&report);
    let made = created(&report);
    let paid = text(&made[accounts.id(0)]["reference"]);
    let tipalti = text(&made[accounts.id(TIPALTI)]["reference"]);
    let marked = home.run(&["payouts", "mark", &paid, "--status", "paid", "--yes"]);
    ok(&marked);

    // Reads of that state.
    raw.get(&open);
    raw.get(&format!("{open}?pagination.limit=3&pagination.offset=3"));
    let settled = raw.get(&format!("{BILLING}/account-balances/{}", accounts.id(0)));
    assert_eq!(
        settled["settledBalance"][0]["amount"]["value"],
        made[accounts.id(0)]["amount"]
    );
    raw.get(&format!(
        "{BILLING}/account-balances/{}?until=2026-09-01T00:00:00Z",
        accounts.id(1)
    ));
    raw.get(&format!("{BILLING}/account-balances/{}", accounts.id(8)));
    let rows = raw.get(&format!("{BILLING}/account-settlements"));
    assert_eq!(
        rows["accountSettlements"].as_array().unwrap().len(),
        made.len()
    );
    raw.get(&format!(
        "{BILLING}/account-settlements?accountId={}&timeRange.from=2000-01-01T00:00:00Z\
         &timeRange.to=2100-01-01T00:00:00Z",
        accounts.id(0)
    ));
    raw.get(&format!(
        "{BILLING}/account-settlements?pagination.limit=5&pagination.offset=5"
    ));
    raw.get(&format!("{BILLING}/settlements"));
    raw.get(&format!(
        "{BILLING}/settlements?timeRange.from=2000-01-01T00:00:00Z&pagination.limit=1"
    ));
    let one = raw.get(&format!("{BILLING}/settlements/{settlement}"));
    assert_eq!(int64(&one["settlement"]["paidAccountSettlementsCount"]), 1);
    raw.get("/api/node/payment-method-types/v1/supported");

    // Every write route: details and a method for accounts that lacked them, a settlement of
    // those two, a status change, and both deletions.
    let (no_details, no_method) = (accounts.id(5), accounts.id(8));
    let detail = raw.answer(
        "POST",
        "/api/node/billing-details/v1",
        Some(&json!({
            "accountId": no_details, "name": "Jane Doe s.r.o.", "countryCode": "CZ",
            "addressLine1": "Main 1", "city": "Brno", "postalCode": "60200", "vat": "CZ1234",
            "invoicingEmail": "jane@example.com",
        })),
    );
    assert_eq!(detail["billingDetail"]["accountId"], json!(no_details));
    let method = raw.answer(
        "POST",
        "/api/node/payment-methods/v1",
        Some(&json!({
            "accountId": no_method, "type": "PAYMENT_METHOD_TYPE_PAYONEER",
            "currency": {"code": "EUR"}, "data": {"payoneer": {"email": "a@b.co"}},
        })),
    );
    let method_id = text(&method["paymentMethod"]["id"]);
    let updated = raw.answer(
        "PATCH",
        &format!("/api/node/payment-methods/v1/{method_id}"),
        Some(&json!({
            "type": "PAYMENT_METHOD_TYPE_PAYONEER", "currency": {"code": "USD"},
            "data": {"payoneer": {"email": "c@d.co", "note": "renewed"}},
        })),
    );
    assert_eq!(updated["paymentMethod"]["currencyCode"], json!("USD"));
    let second = raw.answer(
        "POST",
        &format!("{BILLING}/settle-balances"),
        Some(&json!({
            "accountIds": [no_details, no_method],
            "filter": {"until": UNTIL_WIRE, "minAmount": {"value": "1"}},
            "note": "contract",
        })),
    );
    let second_rows = second["accountSettlements"].as_array().unwrap();
    assert_eq!(second_rows.len(), 2, "{second}");
    let second_id = text(&second["id"]);
    let status = json!({"status": "ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"});
    let row = text(&second_rows[0]["id"]);
    raw.answer(
        "PUT",
        &format!("{BILLING}/account-settlements/{row}/status"),
        Some(&status),
    );
    // The new rows carry the details and method just set; the settlement its note.
    let listed = raw.get(&format!(
        "{BILLING}/account-settlements?accountId={no_details}"
    ));
    assert_eq!(
        listed["accountSettlements"][0]["billingDetail"]["vat"],
        json!("CZ1234")
    );
    let shown = raw.get(&format!("{BILLING}/settlements/{second_id}"));
    assert_eq!(shown["settlement"]["note"], json!("contract"));
    assert_eq!(
        int64(&shown["settlement"]["inProgressAccountSettlementsCount"]),
        1
    );
    raw.answer(
        "DELETE",
        &format!("{BILLING}/account-settlements/{row}"),
        None,
    );
    raw.answer(
        "DELETE",
        &format!("{BILLING}/settlements/{second_id}"),
        None,
    );

    // Refusals: 404, 400 (with the Tipalti rule as code 9), 401, each a google.rpc.Status.
    for (method, path) in [
        ("GET", format!("{BILLING}/settlements/{second_id}")),
        ("DELETE", format!("{BILLING}/settlements/{second_id}")),
        ("DELETE", format!("{BILLING}/account-settlements/{row}")),
        ("GET", format!("{BILLING}/account-balances/no-such-account")),
        ("GET", format!("{BILLING}/no-such-route")),
    ] {
        assert_eq!(
            raw.refusal(404, method, &path, None)["code"],
            json!(5),
            "{path}"
        );
    }
    let path = format!("{BILLING}/account-settlements/{row}/status");
    raw.refusal(404, "PUT", &path, Some(&status));
    let forbidden = raw.refusal(
        400,
        "PUT",
        &format!("{BILLING}/account-settlements/{tipalti}/status"),
        Some(&json!({"status": "ACCOUNT_SETTLEMENT_STATUS_PAID"})),
    );
    assert_eq!(
        (&forbidden["code"], &forbidden["message"]),
        (&json!(9), &json!(TIPALTI_REFUSAL))
    );
    raw.refusal(
        400,
        "PUT",
        &format!("{BILLING}/account-settlements/{paid}/status"),
        Some(&json!({"status": "ACCOUNT_SETTLEMENT_STATUS_ERROR"})),
    );
    let nothing = raw.refusal(
        400,
        "POST",
        &format!("{BILLING}/settle-balances"),
        Some(&json!({"accountIds": [accounts.id(0)], "filter": {"until": UNTIL_WIRE}})),
    );
    assert_eq!(nothing["code"], json!(9));
    raw.refusal(
        400,
        "POST",
        "/api/node/payment-methods/v1",
        Some(&json!({
            "accountId": no_method, "type": "PAYMENT_METHOD_TYPE_SEPA",
            "currency": {"code": "USD"}, "data": {"sepa": {"iban": "CZ65"}},
        })),
    );
    for path in [
        format!("{open}?page=2"),
        format!("{open}?pagination.limit=ten"),
        format!("{BILLING}/account-settlements?status=NEW"),
        format!("{BILLING}/settlements?accountId={}", accounts.id(0)),
        format!(
            "{BILLING}/account-balances/{}?from=2026-01-01T00:00:00Z",
            accounts.id(0)
        ),
    ] {
        let refused = raw.refusal(400, "GET", &path, None);
        assert_eq!(refused["code"], json!(3), "{path}: {refused}");
    }
    for key in [Some("sandbox-trackdesk-wrong"), None] {
        let (status, answer) = raw.send_as(key, "GET", &open, None);
        assert_eq!(status, 401, "{answer}");
        schema::check_error(&answer);
    }
    // A wrong key settles nothing, though the account could be settled.
    let open_before = home.open();
    assert!(open_before.contains_key(no_method));
    let body = json!({"accountIds": [no_method]});
    let (status, answer) = raw.send_as(
        Some("wrong"),
        "POST",
        &format!("{BILLING}/settle-balances"),
        Some(&body),
    );
    assert_eq!(status, 401, "{answer}");
    schema::check_error(&answer);
    assert_eq!(home.open(), open_before);
}

#[test]
fn the_rate_limit_answer_is_a_status_with_retry_after() {
    let served = serve(&["--trackdesk-rate-limit", "1"]);
    let raw = Raw::new(&served);
    let path = "/api/node/payment-method-types/v1/supported";
    let statuses: Vec<u16> = (0..3).map(|_| raw.send("GET", path, None).0).collect();
    assert_eq!(statuses[0], 200);
    assert!(statuses.contains(&429), "{statuses:?}");
    let response = raw
        .client
        .get(format!("{}{path}", served.url))
        .header("X-Api-Key", token_for("trackdesk"))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert_eq!(response.headers()["retry-after"], "1");
    schema::check_error(&response.text().unwrap());
}
