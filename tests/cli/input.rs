//! Input refused before anything is sent, for every provider: `--fields` names, profile
//! names, dates; and paging that a server which ignores the paging parameters cannot turn
//! into an endless loop; and tables that a provider's text cannot use to drive the terminal.
//!
//! Each bad-input case runs against a recording mock with answers scripted, so a request sent
//! before the refusal would be seen: every such test asserts the mock saw nothing.

use crate::util::{Env, MockServer, Reply, exits, ok, stdout_of};
use affpay::plan::{DRY_RUN_COLUMNS, RESULT_COLUMNS};
use serde_json::{Value, json};
use std::process::Output;

/// `affpay <args>` with every provider pointed at one mock that answers `script` (and a
/// secret for each in the environment).
fn run(args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    run_env(args, &[], script)
}

fn run_env(args: &[&str], env: &[(&str, &str)], script: Vec<Reply>) -> (Output, MockServer) {
    let home = Env::new();
    let server = MockServer::start(script);
    let mut cmd = home.cmd();
    for provider in [
        "TRAVELPAYOUTS",
        "SMARTICO",
        "AFFONSO",
        "BILLON",
        "TRACKDESK",
    ] {
        cmd.env(format!("AFFPAY_{provider}_URL"), server.url())
            .env(format!("AFFPAY_{provider}_TOKEN"), "input-test-secret-0000");
    }
    for (key, value) in env {
        cmd.env(key, value);
    }
    let output = cmd.args(args).output().expect("affpay runs");
    (output, server)
}

/// Plenty of plausible answers, so a request made too early is answered and recorded, not
/// refused by the mock.
fn answers() -> Vec<Reply> {
    let smartico = r#"[{"affiliate_id":35427,"balance":10,"operator_currency":"EUR"}]"#;
    vec![Reply::json(200, smartico); 4]
}

/// `args` exit 2, the message names every one of `named`, and the mock saw no request.
fn refused_before_sending(args: &[&str], named: &[&str]) {
    let (output, server) = run(args, answers());
    let stderr = exits(&output, 2);
    for text in named {
        assert!(
            stderr.contains(text),
            "{args:?} should name {text}: {stderr}"
        );
    }
    assert_eq!(
        server.lines(),
        Vec::<String>::new(),
        "{args:?} sent requests"
    );
}

// ---- --fields --------------------------------------------------------------------------

#[test]
fn an_unknown_field_is_refused_before_any_request_for_every_provider() {
    let cases: &[&[&str]] = &[
        &["tp", "actions", "--all"],
        &["tp", "balance"],
        &["smartico", "balance"],
        &[
            "smartico",
            "settle",
            "--affiliate",
            "35427",
            "--amount",
            "1",
            "--yes",
        ],
        &["smartico", "settle", "--above-threshold", "--yes"],
        &[
            "smartico",
            "adjust",
            "--affiliate",
            "35427",
            "--amount",
            "-1",
            "--yes",
        ],
        &["affonso", "actions"],
        &["affonso", "balance"],
        &["affonso", "settle", "po_1", "--yes"],
        &["affonso", "cancel", "po_1", "--yes"],
        &[
            "affonso", "adjust", "com_1", "--status", "declined", "--yes",
        ],
        &[
            "billon",
            "settle",
            "--amount",
            "1",
            "--currency",
            "PLN",
            "--project",
            "P",
            "--description",
            "D",
            "--user",
            "ann",
            "--yes",
        ],
        &["billon", "cancel", "1041", "--yes"],
        &["trackdesk", "balance"],
        &["trackdesk", "settle", "--yes"],
        &["trackdesk", "payouts", "settlements"],
        &["trackdesk", "cancel", "as_1", "--yes"],
    ];
    for args in cases {
        let args = [*args, &["--fields", "nope"]].concat();
        refused_before_sending(&args, &["'nope'"]);
    }
    // A dry run writes requests, not results: its own columns are the valid ones.
    let dry = ["smartico", "settle", "--above-threshold", "--dry-run"];
    refused_before_sending(&[&dry[..], &["--fields", "result"]].concat(), &["'result'"]);
    refused_before_sending(
        &[
            "smartico",
            "settle",
            "--above-threshold",
            "--yes",
            "--fields",
            "url",
        ],
        &["'url'"],
    );
}

/// The columns checked up front are the ones the plan writes, header for header.
#[test]
fn the_fields_checked_up_front_are_the_columns_a_run_writes() {
    let balance = r#"[{"affiliate_id":35427,"balance":10,"operator_currency":"EUR"}]"#;
    let settle = [
        "smartico",
        "settle",
        "--above-threshold",
        "--yes",
        "-o",
        "csv",
    ];
    let (output, _) = run(
        &settle,
        vec![Reply::json(200, balance), Reply::json(200, r#"{"id":1}"#)],
    );
    let stdout = ok(&output);
    assert_eq!(
        stdout.lines().next(),
        Some(RESULT_COLUMNS.join(",").as_str())
    );

    let dry = [
        "smartico",
        "settle",
        "--above-threshold",
        "--dry-run",
        "-o",
        "csv",
    ];
    let (output, _) = run(&dry, vec![Reply::json(200, balance)]);
    let stdout = ok(&output);
    assert_eq!(
        stdout.lines().next(),
        Some(DRY_RUN_COLUMNS.join(",").as_str())
    );
}

// ---- Profiles --------------------------------------------------------------------------

#[test]
fn a_bad_profile_name_is_refused_naming_it_from_the_flag_or_the_environment() {
    let long = "p".repeat(65);
    for bad in ["bad name", "../etc", "a.b", "", "ü", long.as_str()] {
        refused_before_sending(&["tp", "balance", "--profile", bad], &["profile"]);
        if bad.is_empty() {
            continue; // an empty variable is no variable: the default profile
        }
        let (output, server) = run_env(&["tp", "balance"], &[("AFFPAY_PROFILE", bad)], answers());
        let stderr = exits(&output, 2);
        assert!(stderr.contains(&format!("'{bad}'")), "{bad:?}: {stderr}");
        assert!(server.lines().is_empty());
    }
    let (output, _) = run(
        &["config", "path", "--profile", &"p".repeat(64)],
        Vec::new(),
    );
    ok(&output);
    let (output, _) = run(&["config", "path", "--profile", "Work_2-b"], Vec::new());
    ok(&output);
}

// ---- Dates -----------------------------------------------------------------------------

#[test]
fn dates_before_2000_and_reversed_pairs_are_refused_naming_the_values() {
    refused_before_sending(
        &["tp", "actions", "--from", "1999-12-31"],
        &["1999-12-31", "before 2000"],
    );
    refused_before_sending(
        &["affonso", "payouts", "--until", "0226-10-01"],
        &["0226-10-01", "before 2000"],
    );
    refused_before_sending(
        &[
            "trackdesk",
            "payouts",
            "settlements",
            "--from",
            "1970-01-01T00:00:00Z",
        ],
        &["1970-01-01T00:00:00Z", "before 2000"],
    );
    refused_before_sending(
        &[
            "affonso",
            "actions",
            "--from",
            "2026-10-02",
            "--until",
            "2026-10-01",
        ],
        &["--from 2026-10-02", "--until 2026-10-01"],
    );
    refused_before_sending(
        &["journal", "list", "--since", "1999-12-31"],
        &["1999-12-31", "before 2000"],
    );
    let single = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "1",
        "--yes",
    ];
    refused_before_sending(
        &[
            &single[..],
            &["--period-from", "2026-11-02", "--period-to", "2026-11-01"],
        ]
        .concat(),
        &["--period-from 2026-11-02", "--period-to 2026-11-01"],
    );
    refused_before_sending(
        &[
            &single[..],
            &["--period-from", "1999-01-01", "--period-to", "2026-11-01"],
        ]
        .concat(),
        &["1999-01-01", "before 2000"],
    );
}

// ---- Paging guards ---------------------------------------------------------------------

/// A Travelpayouts actions page of `n` actions (ids from `first`), reporting `count`.
fn tp_actions(first: u64, n: u64, count: u64) -> Reply {
    let actions: Vec<Value> = (first..first + n)
        .map(|i| json!({"action_id": format!("100:{i}"), "campaign_id": 100, "price": "1.00", "profit": "0.10"}))
        .collect();
    Reply::json(
        200,
        &json!({"actions": actions, "count": count, "total_price": "1", "total_profit": "1"})
            .to_string(),
    )
}

#[test]
fn a_travelpayouts_server_that_repeats_a_page_stops_the_walk_with_exit_5() {
    let script = vec![tp_actions(0, 300, 100_000); 6];
    let (output, server) = run(&["tp", "actions", "--all", "-o", "csv"], script);
    let stderr = exits(&output, 5);
    assert!(stderr.contains("repeated a page"), "{stderr}");
    assert_eq!(server.lines().len(), 2, "{:?}", server.lines());
    // The repeated copy is not written out.
    assert_eq!(stdout_of(&output).lines().count(), 1 + 300);
}

#[test]
fn more_rows_than_the_reported_total_stop_the_walk_with_exit_5() {
    let script = vec![tp_actions(0, 300, 10); 3];
    let (output, server) = run(&["tp", "actions", "--all", "-o", "csv"], script);
    let stderr = exits(&output, 5);
    assert!(stderr.contains("more rows than it reported"), "{stderr}");
    assert_eq!(server.lines().len(), 1);
}

// ---- Terminal safety -------------------------------------------------------------------

#[test]
fn tables_show_a_providers_text_without_control_characters_and_machine_formats_exactly() {
    let name = "Evil \u{1b}[31mRed\u{7} \u{9b}Co";
    let balance = json!([{"affiliate_id": 1, "affiliate_name": name, "balance": 1}]).to_string();
    let (output, _) = run(&["smartico", "balance"], vec![Reply::json(200, &balance)]);
    let table = ok(&output);
    assert!(table.contains("Evil [31mRed Co"), "{table:?}");
    assert!(
        !table.chars().any(|c| c.is_control() && c != '\n'),
        "{table:?}"
    );
    for format in ["json", "ndjson"] {
        let (output, _) = run(
            &["smartico", "balance", "-o", format],
            vec![Reply::json(200, &balance)],
        );
        let stdout = ok(&output);
        let first: Value = match format {
            "json" => serde_json::from_str::<Value>(&stdout).unwrap()[0].clone(),
            _ => serde_json::from_str(stdout.lines().next().unwrap()).unwrap(),
        };
        assert_eq!(first["affiliate_name"], name, "{format}");
    }
    let (output, _) = run(
        &["smartico", "balance", "-o", "csv"],
        vec![Reply::json(200, &balance)],
    );
    assert!(ok(&output).contains(name));
}
