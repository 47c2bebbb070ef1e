//! The conversion report and conversion statuses: the report's filters and pages, `adjust` once
//! per id, and an answer that is not an object.

use super::*;

#[test]
fn actions_post_the_report_with_the_filters_given_and_page_in_the_body() {
    let args = words(
        "trackdesk actions --from 2026-10-01 --to 2026-10-31 --status approved --status on_hold \
         --affiliate A1 --currency eur --settlement S1 --limit 150 -o json",
    );
    // A full first page (the fixture's first row, 100 times), then the fixture.
    let fixture = fixture_json("conversion_report");
    let full: Vec<_> = (0..100)
        .map(|i| {
            let mut row = fixture["rows"][0].clone();
            row["conversionId"] = json!(format!("cv-p{i}"));
            row
        })
        .collect();
    let first = json!({"rows": full, "pagination": {"totalCount": 102, "hasMore": true}});
    schema::check_response("POST", REPORT, &first.to_string());
    // The last page reports the same total as the first: 100 + the fixture's rows.
    let mut last = fixture.clone();
    last["pagination"]["totalCount"] = json!(102);
    let (output, server) = run(&args, vec![answer_json(first), answer_json(last)]);
    let listed = rows(&output);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [format!("POST {REPORT}"), format!("POST {REPORT}")]
    );
    let filters = json!({
        "timeRange": {"from": "2026-10-01T00:00:00Z", "to": "2026-10-31T23:59:59Z"},
        "sourceIds": ["A1"],
        "conversionStatuses": ["CONVERSION_STATUS_APPROVED", "CONVERSION_STATUS_ON_HOLD"],
        "currencyCodes": ["EUR"],
        "settlementIds": ["S1"],
    });
    assert_eq!(
        body(&requests[0]),
        json!({"pagination": {"limit": 100, "offset": 0}, "filters": filters})
    );
    assert_eq!(
        body(&requests[1]),
        json!({"pagination": {"limit": 50, "offset": 100}, "filters": filters})
    );
    assert_eq!(listed.len(), 102);
    assert_eq!(listed[0]["conversion_id"], "cv-p0");
    assert_eq!(
        listed[100],
        json!({
            "conversion_id": "cv-0001", "created_at": "2026-10-14T10:21:07Z",
            "status": "approved", "conversion_type": "Sale",
            "affiliate_id": "9d7c3e21-4f8a-4b6d-a1e9-0c5b2d7f8e13",
            "offer_id": "of-1", "offer_name": "Spring sale", "advertiser_id": ADV1,
            "conversion_amount": "199.99", "revenue": "20.00", "cost": "12.345678901234567",
            "currency": "EUR", "external_id": "order-77", "customer_id": "cust-5",
            "settlement_id": SETTLEMENT,
            "account_settlement_id": "0a6e3b9d-1c2f-4d5e-8a7b-9c0d1e2f3a41",
            "claim_id": null, "on_hold_until": null, "fraud_suspected": false, "qualified": true
        })
    );
    assert_eq!(listed[101]["status"], "on-hold");
    assert_eq!(listed[101]["revenue"], "0", "proto3 leaves a zero out");
    assert_eq!(listed[101]["fraud_suspected"], true);

    // No filters: only the page, and csv keeps every digit.
    let args = words("trackdesk actions -o csv");
    let (output, server) = run(&args, vec![answer("conversion_report")]);
    let csv = ok(&output);
    assert_eq!(
        body(&sent(&server)[0]),
        json!({"pagination": {"limit": 100, "offset": 0}})
    );
    assert!(csv.contains(",12.345678901234567,"), "{csv}");
}

#[test]
fn adjust_puts_the_status_once_per_id_and_each_run_is_its_own_batch() {
    let env = home();
    let args = words("trackdesk adjust cv-0001 cv-0002 --status rejected --yes -o json");
    let script = || vec![answer_json(json!({})), answer_json(json!({}))];
    let (output, server) = run_in(&env, &args, script());
    let reported = rows(&output);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            "PUT /api/node/conversions/v1/cv-0001/status",
            "PUT /api/node/conversions/v1/cv-0002/status",
        ]
    );
    for request in &requests {
        assert_eq!(
            body(request),
            json!({"status": "CONVERSION_STATUS_REJECTED"})
        );
    }
    assert_eq!(reported[0]["result"], "succeeded");
    assert_eq!(reported[0]["detail"], "status=rejected");
    assert!(text(&reported[0]["key"]).ends_with(":status=rejected"));

    // Setting a status again is harmless: another run sends it again...
    let (output, server) = run_in(&env, &args, script());
    ok(&output);
    assert_eq!(lines(&server).len(), 2);
    // ...unless a named batch says it was done.
    let named = [&args[..], &["--batch", "b1"]].concat();
    let (output, _) = run_in(&env, &named, script());
    ok(&output);
    let (output, server) = run_in(&env, &named, script());
    ok(&output);
    assert!(lines(&server).is_empty(), "sent twice in batch b1");
    assert_eq!(rows(&output)[0]["result"], "already_done");
}
