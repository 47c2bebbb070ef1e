//! Smartico's reads against the recording mock: the balance filter and range, the walk of
//! windows, the vendor's digits.

use super::*;

#[test]
fn balance_sends_the_filter_as_json_and_an_inclusive_range_with_the_raw_key() {
    let args = [
        "smartico",
        "balance",
        "--above-threshold",
        "--due-until",
        "2025-04-30",
        "--affiliate",
        "35427",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![vendor_balances(), vendor_balances()]);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(
        &requests[0],
        r#"{"above_threshold":true,"to":"2025-04-30T23:59:59Z","affiliate_id":35427}"#,
        "[0,499]",
    );

    let (output, server) = run(&["smartico", "balance"], vec![vendor_balances()]);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
}

#[test]
fn all_walks_windows_of_500_without_overlap_or_gap_and_stops_at_a_short_page() {
    let script = vec![
        page(1..501),
        page(501..1001),
        page(1001..1004),
        page(1004..1005),
    ];
    let (output, server) = run(&["smartico", "balance", "--all", "-o", "json"], script);
    let ids: Vec<i64> = rows(&output)
        .iter()
        .map(|r| r["affiliate_id"].as_i64().unwrap())
        .collect();
    ok(&output);
    assert_eq!(ids, (1..1004).collect::<Vec<_>>());
    let requests = sent(&server);
    assert_eq!(requests.len(), 3, "{requests:?}");
    for (request, range) in requests.iter().zip(["[0,499]", "[500,999]", "[1000,1499]"]) {
        assert_balance_read(request, "{}", range);
    }

    let script = vec![page(1..501), page(501..601), page(601..701)];
    let (output, server) = run(
        &["smartico", "balance", "--limit", "600", "-o", "json"],
        script,
    );
    assert_eq!(rows(&output).len(), 600);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
    assert_balance_read(&requests[1], "{}", "[500,599]");
}

#[test]
fn the_vendor_balances_keep_every_digit_except_in_tables() {
    let env = Env::new();
    let server = MockServer::start(vec![vendor_balances(); 3]);
    let format = |name: &str| {
        ok(&env
            .provider("smartico", server.url(), TOKEN)
            .args(["smartico", "balance", "-o", name])
            .output()
            .unwrap())
    };
    let json: Value = serde_json::from_str(&format("json")).unwrap();
    let first = &json[0];
    assert_eq!(first["affiliate_id"], 35427);
    assert_eq!(first["balance"], "39949.47024789999");
    assert_eq!(first["adjustments"], "10440.71052180003");
    assert_eq!(first["commissions_total"], "511884.57972609997");
    assert_eq!(first["payments"], "482375.82");
    assert_eq!(first["treshold"], "300");
    assert_eq!(first["operator_currency"], "EUR");
    assert_eq!(json[1]["balance"], "5526.5585835");
    assert_eq!(json.as_array().map(Vec::len), Some(2));

    let csv = format("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][column("balance")], "39949.47024789999");
    assert_eq!(&records[0][column("adjustments")], "10440.71052180003");
    assert_eq!(&records[0][column("treshold")], "300");
    assert_eq!(&records[1][column("balance")], "5526.5585835");

    let table = format("table");
    assert!(
        table.contains("39949.47") && table.contains("5526.56"),
        "{table}"
    );
    assert!(
        !table.contains("39949.470") && !table.contains("5526.558"),
        "{table}"
    );
    assert_eq!(sent(&server).len(), 3);
}
