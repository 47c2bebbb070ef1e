//! `affpay smartico actions`: TAP's operator media report, request by request.
//!
//! The vendor documents `aggregation_period`, `group_by`, and `date_from` (inclusive) /
//! `date_to` (exclusive); affpay's `--until` is inclusive, so the request must carry the next
//! day. The vendor's example answer for the operator report was never captured: the fixture
//! `af2_media_report_op.json` is written to the shape third-party integrations read
//! (`{"data": [rows], "meta": {"operator_currency"}}`, the row fields they name) with the
//! vendor's own long numbers from its balance and affiliate examples, so money must come back
//! digit for digit.

use crate::util::{Env, Recorded, Reply, exits, fixture, ok, rows, stdout_of};
use serde_json::{Value, json};

const TOKEN: &str = "smartico-operator-key-7d41c0";
const REPORT: &str = "/api/af2_media_report_op";

fn run(args: &[&str], script: Vec<Reply>) -> (std::process::Output, Vec<Recorded>) {
    let env = Env::new();
    let server = env.mock(script);
    let output = env
        .provider("smartico", server.url(), TOKEN)
        .args(args)
        .output()
        .expect("affpay runs");
    let requests = server.requests();
    for request in &requests {
        assert_eq!(request.header("authorization"), Some(TOKEN), "{request:?}");
        assert_eq!(
            (
                request.method.as_str(),
                request.path.as_str(),
                request.body.as_str()
            ),
            ("GET", REPORT, ""),
            "{request:?}"
        );
    }
    (output, requests)
}

fn query(request: &Recorded) -> Vec<(String, String)> {
    url::form_urlencoded::parse(request.query.as_bytes())
        .into_owned()
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn answer() -> Reply {
    Reply::json(200, &fixture("smartico/af2_media_report_op.json"))
}

#[test]
fn days_with_an_inclusive_until_send_the_next_day_as_date_to_and_keep_every_digit() {
    let (output, sent) = run(
        &[
            "smartico",
            "actions",
            "--aggregation-period",
            "day",
            "--from",
            "2026-11-01",
            "--until",
            "2026-11-30",
            "-o",
            "json",
        ],
        vec![answer()],
    );
    ok(&output);
    assert_eq!(sent.len(), 1);
    assert_eq!(
        query(&sent[0]),
        pairs(&[
            ("aggregation_period", "DAY"),
            ("group_by", "affiliate_id"),
            ("date_from", "2026-11-01"),
            ("date_to", "2026-12-01"),
        ])
    );
    let rows = rows(&output);
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0],
        json!({
            "dt": "2026-11-03", "affiliate_id": 35427,
            "commissions_cpa": "216349", "commissions_rev_share": "295535.57972609997",
            "commissions_cpl": "0", "commissions_total": "511884.57972609997",
            "balance_change": "23890.833624", "payments": "23729.22",
            "operator_currency": "EUR"
        })
    );
    assert_eq!(rows[1]["balance_change"], "-11.0000000001");
    assert_eq!(rows[2]["commissions_total"], "39949.57024789999");
}

#[test]
fn lifetime_is_the_default_and_sends_no_period_and_no_dates() {
    let (output, sent) = run(&["smartico", "actions", "-o", "csv"], vec![answer()]);
    let csv = ok(&output);
    assert_eq!(query(&sent[0]), pairs(&[("group_by", "affiliate_id")]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "dt,affiliate_id,commissions_cpa,commissions_rev_share,commissions_cpl,commissions_total,balance_change,payments,operator_currency"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "2026-11-03,35427,216349,295535.57972609997,0,511884.57972609997,23890.833624,23729.22,EUR"
        )
    );
}

#[test]
fn months_and_years_use_the_vendors_names_and_until_may_cross_a_year() {
    for (period, wire) in [("month", "MONTH"), ("year", "YEAR")] {
        let (output, sent) = run(
            &[
                "smartico",
                "actions",
                "--period",
                period,
                "--until",
                "2026-12-31",
                "-o",
                "json",
            ],
            vec![answer()],
        );
        ok(&output);
        assert_eq!(
            query(&sent[0]),
            pairs(&[
                ("aggregation_period", wire),
                ("group_by", "affiliate_id"),
                ("date_to", "2027-01-01"),
            ])
        );
    }
}

#[test]
fn one_affiliate_is_asked_for_and_other_rows_are_left_out() {
    let (output, sent) = run(
        &["smartico", "actions", "--affiliate", "35427", "-o", "json"],
        vec![answer()],
    );
    ok(&output);
    assert_eq!(
        query(&sent[0]),
        pairs(&[("group_by", "affiliate_id"), ("affiliate_id", "35427")])
    );
    let rows = rows(&output);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r["affiliate_id"] == 35427));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("1 rows of other affiliates"), "{stderr}");
}

#[test]
fn a_bare_array_answer_is_read_too() {
    let fixture: Value =
        serde_json::from_str(&fixture("smartico/af2_media_report_op.json")).unwrap();
    let bare = fixture["data"].to_string();
    let (output, _) = run(
        &["smartico", "actions", "-o", "json"],
        vec![Reply::json(200, &bare)],
    );
    ok(&output);
    let rows = rows(&output);
    assert_eq!(rows[0]["balance_change"], "23890.833624");
    assert_eq!(rows[0]["operator_currency"], Value::Null);
}

#[test]
fn bad_dates_and_a_reversed_range_send_nothing() {
    for args in [
        &["smartico", "actions", "--from", "2026-11-31"][..],
        &[
            "smartico",
            "actions",
            "--from",
            "2026-11-02",
            "--until",
            "2026-11-01",
        ][..],
        &["smartico", "actions", "--period", "week"][..],
    ] {
        let (output, sent) = run(args, vec![answer()]);
        exits(&output, 2);
        assert!(sent.is_empty(), "{args:?}");
        assert!(stdout_of(&output).is_empty());
    }
}

#[test]
fn an_answer_that_is_not_the_report_is_exit_5() {
    let (output, _) = run(
        &["smartico", "actions"],
        vec![Reply::json(
            200,
            "<html>Too many requests to API from the same account</html>",
        )],
    );
    exits(&output, 5);
}

#[test]
fn the_simulator_answers_the_same_shape() {
    let env = Env::new();
    let output = env
        .cmd()
        .args([
            "--sandbox",
            "smartico",
            "actions",
            "--period",
            "month",
            "--from",
            "2026-10-01",
            "--until",
            "2026-11-30",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    ok(&output);
    let rows = rows(&output);
    assert!(!rows.is_empty());
    let months: std::collections::BTreeSet<_> = rows
        .iter()
        .map(|r| r["dt"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        months.into_iter().collect::<Vec<_>>(),
        ["2026-10-01", "2026-11-01"]
    );
    let dec = |v: &Value| {
        v.as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap()
    };
    for row in &rows {
        assert_eq!(
            dec(&row["commissions_cpa"])
                + dec(&row["commissions_rev_share"])
                + dec(&row["commissions_cpl"]),
            dec(&row["commissions_total"]),
            "{row}"
        );
        assert_eq!(
            dec(&row["commissions_total"]) - dec(&row["payments"]),
            dec(&row["balance_change"]),
            "{row}"
        );
        assert_eq!(row["operator_currency"], "EUR");
    }
    // date_to is exclusive: one day asked, one day answered.
    let one_day = env
        .cmd()
        .args([
            "--sandbox",
            "smartico",
            "actions",
            "--period",
            "day",
            "--from",
            "2026-11-05",
            "--until",
            "2026-11-05",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    ok(&one_day);
    assert!(rows_of_days(&one_day).iter().all(|d| d == "2026-11-05"));
}

fn rows_of_days(output: &std::process::Output) -> Vec<String> {
    rows(output)
        .iter()
        .map(|r| r["dt"].as_str().unwrap().to_string())
        .collect()
}
