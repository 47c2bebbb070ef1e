//! What advertisers owe: receivables, claims listed and shown, `claim` and `claims delete`, and
//! their reruns.

use super::*;

#[test]
fn receivables_send_the_required_until_the_filters_and_the_page() {
    let args = words(
        "trackdesk receivables --until 2026-10-31 --min-amount 100.50 --tag T1 --tag T2 -o json",
    );
    let (output, server) = run(&args, vec![answer("receivables")]);
    let listed = rows(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {ROB}/open-balances?{UNTIL}&filter.minAmount.value=100.50\
             &filter.revenueOriginTagIds=T1&filter.revenueOriginTagIds=T2&{FIRST_PAGE}"
        )]
    );
    assert_eq!(
        listed[0],
        json!({"advertiser_id": ADV1, "name": "Shop One a.s.",
               "open_balance": "12000.123456789012345", "on_hold_balance": "300",
               "has_billing_details": true})
    );
    assert_eq!(listed[1]["on_hold_balance"], "0");

    // Trackdesk requires filter.until: without --until it is the moment of asking.
    let before = chrono::Utc::now() - chrono::Duration::seconds(2);
    let (output, server) = run(&words("trackdesk receivables"), vec![answer("receivables")]);
    ok(&output);
    let query = sent(&server)[0].query.clone();
    let until = query
        .strip_prefix("filter.until=")
        .and_then(|q| q.split('&').next())
        .unwrap_or_else(|| panic!("{query}"))
        .replace("%3A", ":");
    let until = chrono::DateTime::parse_from_rfc3339(&until).unwrap();
    assert!(until >= before && until <= chrono::Utc::now(), "{until}");
}

#[test]
fn claims_list_with_a_time_range_and_show_one() {
    let args = words("trackdesk claims --from 2026-10-01 --to 2026-11-30 -o json");
    let (output, server) = run(&args, vec![answer("claims")]);
    let listed = rows(&output);
    assert_eq!(
        lines(&server),
        [format!(
            "GET {ROB}/claims?timeRange.from=2026-10-01T00%3A00%3A00Z\
             &timeRange.to=2026-11-30T23%3A59%3A59Z&{FIRST_PAGE}"
        )]
    );
    assert_eq!(
        listed[0],
        json!({"id": CLAIM, "advertiser_id": ADV1, "advertiser_name": "Shop One a.s.",
               "amount": "12000.123456789012345", "currency": "EUR",
               "until": "2026-10-31T23:59:59Z", "note": "October 2026",
               "payment_method": "Bank transfer", "created_at": "2026-11-01T08:20:00Z"})
    );
    assert_eq!(listed[1]["note"], json!(null));

    let args = leaked(format!("trackdesk claims show {CLAIM} -o json"));
    let (output, server) = run(&args, vec![answer("claim")]);
    let shown = record(&output);
    assert_eq!(lines(&server), [format!("GET {ROB}/claims/{CLAIM}")]);
    assert_eq!(shown["amount"], "12000.123456789012345");
    assert_eq!(shown["billing_detail"]["vat"], "CZ87654321");
}

fn claim_args(extra: &str) -> Vec<String> {
    format!("trackdesk claim --until 2026-10-31 --yes -o json {extra}")
        .split_whitespace()
        .map(String::from)
        .collect()
}

#[test]
fn claim_reads_the_balances_then_posts_one_claim_per_advertiser_with_details() {
    let args = claim_args("--min-amount 100 --note October");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let second = {
        let mut c = fixture_json("claim");
        c["claim"]["id"] = json!("c1a1m000-0002-4a2b-9c3d-4e5f6a7b8c92");
        c["claim"]["amount"] = json!({"value": "450.10"});
        c
    };
    let (output, server) = run(
        &args,
        vec![answer("receivables"), answer("claim"), answer_json(second)],
    );
    let stderr = exits(&output, 0);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            format!("GET {ROB}/open-balances?{UNTIL}&filter.minAmount.value=100&{FIRST_PAGE}"),
            format!("POST {ROB}/claim-balances"),
            format!("POST {ROB}/claim-balances"),
        ]
    );
    let filter = json!({"until": "2026-10-31T23:59:59Z", "minAmount": {"value": "100"}});
    assert_eq!(
        body(&requests[1]),
        json!({"filter": filter, "revenueOriginId": ADV1, "note": "October"})
    );
    assert_eq!(
        body(&requests[2]),
        json!({"filter": filter, "revenueOriginId": ADV2, "note": "October"})
    );
    assert!(
        stderr.contains(&format!("skipping {ADV3}: no billing details")),
        "{stderr}"
    );
    let reported = rows(&output);
    assert_eq!(reported[0]["reference"], CLAIM);
    // The balance read is in the plan (confirmation, totals), not the journaled item.
    assert!(stderr.contains("total 12450.223456789012345 -"), "{stderr}");
    assert_eq!(reported[0]["detail"], "claimed 12000.123456789012345 EUR");
    assert_eq!(
        reported[0]["key"],
        format!(
            "trackdesk:default:claim:{ADV1}:::{}:until=2026-10-31T23%3A59%3A59Z",
            today()
        )
    );

    // Without --note the document still requires one: an empty note.
    let args = claim_args(&format!("--advertiser {ADV2}"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (output, server) = run(&args, vec![answer("receivables"), answer("claim")]);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 2);
    assert_eq!(
        body(&requests[1]),
        json!({"filter": {"until": "2026-10-31T23:59:59Z"}, "revenueOriginId": ADV2, "note": ""})
    );
}

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

#[test]
fn a_claim_rerun_sends_nothing_twice_and_an_empty_answer_is_unknown() {
    let env = home();
    let args = claim_args(&format!("--advertiser {ADV1}"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (output, server) = run_in(&env, &args, vec![answer("receivables"), answer("claim")]);
    ok(&output);
    assert_eq!(lines(&server).len(), 2);
    // Trackdesk has not caught up, and the balance has even grown: still done.
    let grown = fixture("trackdesk/receivables.json")
        .replace("12000.123456789012345", "12100.123456789012345");
    let (output, server) = run_in(&env, &args, vec![Reply::json(200, &grown), answer("claim")]);
    ok(&output);
    assert_eq!(lines(&server).len(), 1, "claimed twice");
    assert_eq!(rows(&output)[0]["result"], "already_done");

    let env = home();
    let (output, server) = run_in(
        &env,
        &args,
        vec![answer("receivables"), answer_json(json!({}))],
    );
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 2);
    let row = &rows(&output)[0];
    assert!(
        text(&row["detail"]).contains("without its claim id"),
        "{row}"
    );
    let (output, server) = run_in(&env, &args, vec![answer("receivables"), answer("claim")]);
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 1, "the POST was sent a second time");
}

#[test]
fn claims_delete_sends_one_delete_per_id_and_a_rerun_sends_none() {
    let env = home();
    let args = leaked(format!("trackdesk claims delete {CLAIM} c-2 --yes -o json"));
    let script = || vec![answer_json(json!({})), answer_json(json!({}))];
    let (output, server) = run_in(&env, &args, script());
    let reported = rows(&output);
    for request in sent(&server) {
        no_body(&request);
    }
    assert_eq!(
        lines(&server),
        [
            format!("DELETE {ROB}/claims/{CLAIM}"),
            format!("DELETE {ROB}/claims/c-2"),
        ]
    );
    assert_eq!(reported[0]["result"], "succeeded");
    assert_eq!(reported[0]["detail"], "deleted");
    let (output, server) = run_in(&env, &args, script());
    ok(&output);
    assert!(lines(&server).is_empty());
    assert_eq!(rows(&output)[1]["result"], "already_done");
}
