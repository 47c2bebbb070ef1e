//! Trackdesk's changes to existing records: conversion statuses (`mark`, `adjust`) and deletes
//! (`cancel`, `cancel-settlement`).

use super::*;

#[test]
fn a_status_set_back_and_forth_the_same_day_is_sent_every_time() {
    // Setting a status is harmless to repeat, and paid → new → paid must end paid: each run
    // is its own batch, unless --batch names one.
    let env = home();
    let mark = |status: &str, batch: &[&str]| {
        let mut args = vec!["trackdesk", "payouts", "mark", AS_BOB, "--status", status];
        args.extend(batch);
        args.extend(["--yes", "-o", "json"]);
        let (output, server) = run_in(&env, &args, vec![answer_json(json!({}))]);
        ok(&output);
        (results(&output), sent(&server))
    };
    let mut statuses = Vec::new();
    for status in ["paid", "new", "paid"] {
        let (_, requests) = mark(status, &[]);
        assert_eq!(requests.len(), 1, "mark {status} was not sent");
        statuses.push(body(&requests[0])["status"].clone());
    }
    assert_eq!(
        statuses,
        [
            json!("ACCOUNT_SETTLEMENT_STATUS_PAID"),
            json!("ACCOUNT_SETTLEMENT_STATUS_NEW"),
            json!("ACCOUNT_SETTLEMENT_STATUS_PAID")
        ]
    );
    let (first, _) = mark("in-progress", &["--batch", "run-1"]);
    assert_eq!(first, pairs(&[(AS_BOB, "succeeded")]));
    let (again, requests) = mark("in-progress", &["--batch", "run-1"]);
    assert_eq!(again, pairs(&[(AS_BOB, "already_done")]));
    assert!(requests.is_empty());
}

#[test]
fn mark_puts_the_status_once_per_id() {
    let args = [
        "trackdesk",
        "payouts",
        "mark",
        AS_JANE,
        AS_BOB,
        AS_JANE,
        "--status",
        "in-progress",
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer_json(json!({})), answer_json(json!({}))]);
    let reported = rows(&output);
    ok(&output);
    let requests = sent(&server);
    assert_eq!(
        lines(&server),
        [
            format!("PUT {BILLING}/account-settlements/{AS_JANE}/status"),
            format!("PUT {BILLING}/account-settlements/{AS_BOB}/status"),
        ]
    );
    for request in &requests {
        assert_eq!(
            body(request),
            json!({"status": "ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"})
        );
    }
    assert_eq!(
        results(&output),
        pairs(&[(AS_JANE, "succeeded"), (AS_BOB, "succeeded")])
    );
    assert_eq!(reported[0]["detail"], "status=in-progress");

    for (status, wire) in [
        ("paid", "ACCOUNT_SETTLEMENT_STATUS_PAID"),
        ("NEW", "ACCOUNT_SETTLEMENT_STATUS_NEW"),
    ] {
        let args = [
            "trackdesk",
            "payouts",
            "mark",
            AS_BOB,
            "--status",
            status,
            "--yes",
        ];
        let (output, server) = run(&args, vec![answer_json(json!({}))]);
        ok(&output);
        assert_eq!(body(&sent(&server)[0]), json!({"status": wire}));
    }
}

#[test]
fn a_tipalti_row_refuses_a_manual_status_and_the_others_go_through() {
    let args = [
        "trackdesk",
        "payouts",
        "mark",
        AS_JANE,
        AS_MARCO,
        AS_BOB,
        "--status",
        "paid",
        "--yes",
        "-o",
        "json",
    ];
    let script = vec![
        answer_json(json!({})),
        Reply::json(400, &fixture("trackdesk/error_tipalti.json")),
        answer_json(json!({})),
    ];
    let (output, server) = run(&args, script);
    let reported = rows(&output);
    let stderr = exits(&output, 8);
    assert_eq!(lines(&server).len(), 3);
    assert_eq!(
        results(&output),
        pairs(&[
            (AS_JANE, "succeeded"),
            (AS_MARCO, "failed"),
            (AS_BOB, "succeeded")
        ])
    );
    let why = text(&reported[1]["detail"]);
    assert!(
        why.contains(
            "FAILED_PRECONDITION: manual status change is forbidden for Tipalti settlements"
        ),
        "{why}"
    );
    assert!(stderr.contains("1 of 3 request(s) failed"), "{stderr}");
}

#[test]
fn cancel_deletes_each_account_settlement_without_a_body() {
    let args = [
        "trackdesk",
        "cancel",
        AS_JANE,
        AS_BOB,
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![answer_json(json!({})), answer_json(json!({}))]);
    let reported = rows(&output);
    let stderr = exits(&output, 0);
    assert_eq!(
        lines(&server),
        [
            format!("DELETE {BILLING}/account-settlements/{AS_JANE}"),
            format!("DELETE {BILLING}/account-settlements/{AS_BOB}"),
        ]
    );
    for request in sent(&server) {
        no_body(&request);
    }
    assert_eq!(
        results(&output),
        pairs(&[(AS_JANE, "succeeded"), (AS_BOB, "succeeded")])
    );
    assert_eq!(reported[1]["detail"], "deleted");
    assert!(stderr.contains("open balance again"), "{stderr}");
}

#[test]
fn allow_paid_without_a_settlement_is_refused() {
    let server = MockServer::start(vec![]);
    let output = home()
        .provider("trackdesk", server.url(), KEY)
        .args(["trackdesk", "cancel", AS_MARCO, "--allow-paid", "--dry-run"])
        .output()
        .unwrap();
    let stderr = exits(&output, 2);
    assert!(stderr.contains("--settlement"), "{stderr}");
    assert_eq!(server.lines(), Vec::<String>::new());
}

#[test]
fn cancel_settlement_reads_it_then_deletes_it_and_shows_how_much() {
    let args = [
        "trackdesk",
        "cancel",
        "--settlement",
        SETTLEMENT,
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![settlement_all_new(), answer_json(json!({}))]);
    let stderr = exits(&output, 0);
    assert_eq!(
        lines(&server),
        [
            format!("GET {BILLING}/settlements/{SETTLEMENT}"),
            format!("DELETE {BILLING}/settlements/{SETTLEMENT}"),
        ]
    );
    for request in sent(&server) {
        no_body(&request);
    }
    assert_eq!(results(&output), pairs(&[(SETTLEMENT, "succeeded")]));
    assert!(
        stderr.contains(&format!(
            "deletes settlement {SETTLEMENT} and its 3 account settlement(s) (3 new)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("total 1484.667890123456789 EUR + 75.5 USD"),
        "{stderr}"
    );

    // Without --yes the same summary asks for confirmation, and nothing is deleted.
    let args = ["trackdesk", "cancel", "--settlement", SETTLEMENT];
    let (output, server) = run(&args, vec![settlement_all_new(), answer_json(json!({}))]);
    let stderr = exits(&output, 7);
    assert!(
        stderr.contains("confirmation required for cancel-settlement on trackdesk")
            && stderr.contains("total 1484.667890123456789 EUR + 75.5 USD"),
        "{stderr}"
    );
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/settlements/{SETTLEMENT}")]
    );
}

#[test]
fn cancel_settlement_with_paid_or_in_progress_rows_needs_allow_paid() {
    let args = ["trackdesk", "cancel", "--settlement", SETTLEMENT, "--yes"];
    let (output, server) = run(&args, vec![answer("settlement"), answer_json(json!({}))]);
    let stderr = exits(&output, 2);
    assert!(
        stderr.contains(&format!(
            "2 account settlement(s) paid or in progress ({AS_BOB} in-progress, {AS_MARCO} paid)"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--allow-paid"), "{stderr}");
    assert_eq!(
        lines(&server),
        [format!("GET {BILLING}/settlements/{SETTLEMENT}")]
    );

    let dry = [
        "trackdesk",
        "cancel",
        "--settlement",
        SETTLEMENT,
        "--allow-paid",
        "--dry-run",
    ];
    let (output, server) = run(&dry, vec![answer("settlement")]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("3 account settlement(s) (1 in-progress, 1 new, 1 paid)")
            && stderr.contains("total 1484.667890123456789 EUR + 75.5 USD"),
        "{stderr}"
    );
    assert_eq!(lines(&server).len(), 1);

    let allowed = [&args[..], &["--allow-paid", "-o", "json"]].concat();
    let (output, server) = run(&allowed, vec![answer("settlement"), answer_json(json!({}))]);
    ok(&output);
    assert_eq!(
        lines(&server),
        [
            format!("GET {BILLING}/settlements/{SETTLEMENT}"),
            format!("DELETE {BILLING}/settlements/{SETTLEMENT}"),
        ]
    );
}
