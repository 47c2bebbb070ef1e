//! Every Travelpayouts finance v2 call against the recording mock: its exact method, path and
//! query, the pages asked for, the vendor's digits kept, and bad input refused before a request.

use super::*;

#[test]
fn balance_asks_for_balance_then_next_payout_and_keeps_every_digit() {
    let script = || vec![vendor("get_user_balance"), vendor("get_user_next_payout")];
    let (output, server) = run(&["tp", "balance", "-o", "json"], script());
    assert_eq!(
        json_of(&output),
        json!([
            {"currency": "usd", "balance": "1794.34", "next_payout": "2322.25"},
            {"currency": "eur", "balance": "1524.08", "next_payout": "2124.65"},
            {"currency": "rub", "balance": "134661.93", "next_payout": "192022.6"},
        ])
    );
    assert_sent(&server, &[BALANCE, NEXT_PAYOUT]);

    let (output, server) = run(&["tp", "balance", "-o", "csv"], script());
    let csv = ok(&output);
    assert!(csv.starts_with("currency,balance,next_payout\n"), "{csv}");
    assert!(csv.contains("\nrub,134661.93,192022.6\n"), "{csv}");
    assert_sent(&server, &[BALANCE, NEXT_PAYOUT]);
}

#[test]
fn actions_send_every_filter_in_the_documented_order() {
    let args = [
        "tp",
        "actions",
        "--currency",
        "eur",
        "--state",
        "paid",
        "--campaign",
        "100",
        "--action",
        "100:012345678",
        "--from",
        "2021-01-01",
        "--until",
        "2021-01-31",
    ];
    let (output, server) = run(&args, vec![vendor("get_user_actions_affecting_balance")]);
    ok(&output);
    // The url crate form-encodes ':' as %3A; the vendor decodes it back to 100:012345678.
    let query = "currency=eur&action_id=100%3A012345678&action_state=paid&campaign_id=100\
                 &from=2021-01-01&until=2021-01-31&offset=0&limit=300";
    assert_sent(&server, &[&with_query(ACTIONS, query)]);
}

#[test]
fn the_currency_comes_from_the_flag_then_the_config_then_usd() {
    let env = Env::new();
    let page = || vec![actions_page(0..1, Some(1))];
    let (output, server) = run_in(&env, &["tp", "actions"], page());
    ok(&output);
    assert_sent(
        &server,
        &[&with_query(ACTIONS, "currency=usd&offset=0&limit=300")],
    );

    env.cmd()
        .args(["config", "set", "travelpayouts.currency", "rub"])
        .assert()
        .success();
    let (output, server) = run_in(&env, &["tp", "actions"], page());
    ok(&output);
    assert_sent(
        &server,
        &[&with_query(ACTIONS, "currency=rub&offset=0&limit=300")],
    );

    let (output, server) = run_in(&env, &["tp", "actions", "--currency", "eur"], page());
    ok(&output);
    assert_sent(
        &server,
        &[&with_query(ACTIONS, "currency=eur&offset=0&limit=300")],
    );
}

#[test]
fn a_limit_over_one_page_asks_for_exactly_the_rest() {
    let script = vec![
        actions_page(0..300, Some(1000)),
        actions_page(300..450, Some(1000)),
    ];
    let (output, server) = run(&["tp", "actions", "--limit", "450", "-o", "ndjson"], script);
    let expected: Vec<String> = (0..450).map(|id| format!("100:{id}")).collect();
    assert_eq!(ndjson_ids(&output), expected);
    assert_sent(
        &server,
        &[
            &with_query(ACTIONS, "currency=usd&offset=0&limit=300"),
            &with_query(ACTIONS, "currency=usd&offset=300&limit=150"),
        ],
    );
}

#[test]
fn all_stops_at_the_reported_count() {
    // Both pages are full, so only the count can end the walk; a third page is there to be
    // asked for by mistake.
    let count = Some(600);
    let script = vec![
        actions_page(0..300, count),
        actions_page(300..600, count),
        actions_page(600..601, count),
    ];
    let (output, server) = run(&["tp", "actions", "--all", "-o", "ndjson"], script);
    assert_eq!(ndjson_ids(&output).len(), 600);
    assert_sent(
        &server,
        &[
            &with_query(ACTIONS, "currency=usd&offset=0&limit=300"),
            &with_query(ACTIONS, "currency=usd&offset=300&limit=300"),
        ],
    );
}

#[test]
fn all_stops_at_a_short_page_when_there_is_no_count() {
    let script = vec![actions_page(0..300, None), actions_page(300..305, None)];
    let (output, server) = run(&["tp", "actions", "--all", "-o", "ndjson"], script);
    assert_eq!(ndjson_ids(&output).len(), 305);
    assert_sent(
        &server,
        &[
            &with_query(ACTIONS, "currency=usd&offset=0&limit=300"),
            &with_query(ACTIONS, "currency=usd&offset=300&limit=300"),
        ],
    );
}

#[test]
fn actions_show_asks_for_one_action_and_keeps_its_history_and_metadata() {
    let args = ["tp", "actions", "show", "100:14195346240", "-o", "json"];
    let (output, server) = run(&args, vec![vendor("get_action_details")]);
    let action = json_of(&output);
    assert!(action.is_object(), "{action}");
    assert_eq!(action["action_id"], "100:14195346240");
    assert_eq!(action["price"], "397.9");
    assert_eq!(action["profit"], "21.09");
    assert_eq!(action["currency"], "usd");
    assert_eq!(action["history"][0]["profit_diff"], "0");
    assert_eq!(action["history"][0]["price"], "397.9");
    let metadata = action["metadata"].as_array().expect("metadata is a list");
    assert_eq!(metadata.len(), 14);
    for entry in metadata {
        let keys: Vec<&String> = entry.as_object().expect("an object").keys().collect();
        assert_eq!(keys, ["name", "value"]);
    }
    assert_eq!(
        metadata[7],
        json!({"name": "direction", "value": "Dubai (DXB) – Tashkent (TAS)"})
    );
    assert_sent(
        &server,
        &[&with_query(
            DETAILS,
            "action_id=100%3A14195346240&currency=usd",
        )],
    );
}

#[test]
fn payouts_list_the_payments_made() {
    let (output, server) = run(
        &["tp", "payouts", "-o", "json"],
        vec![vendor("get_user_payments")],
    );
    let rows = json_of(&output);
    assert_eq!(rows.as_array().map(Vec::len), Some(1));
    assert_eq!(rows[0]["amount"], "29.82");
    assert_eq!(rows[0]["payment_uuid"], UUID);
    assert_eq!(rows[0]["currency"], "usd");
    assert!(rows[0]["payment_info_id"].is_number(), "{}", rows[0]);
    assert_eq!(rows[0]["payment_info_id"].as_i64(), Some(92798));
    assert_sent(&server, &[PAYMENTS]);
}

#[test]
fn payouts_next_asks_for_the_next_payout_only() {
    let args = ["tp", "payouts", "next", "-o", "csv"];
    let (output, server) = run(&args, vec![vendor("get_user_next_payout")]);
    assert_eq!(
        ok(&output),
        "currency,next_payout\nusd,2322.25\neur,2124.65\nrub,192022.6\n"
    );
    assert_sent(&server, &[NEXT_PAYOUT]);
}

#[test]
fn payouts_actions_page_through_one_payment() {
    let args = ["tp", "payouts", "actions", UUID, "-o", "json"];
    let (output, server) = run(&args, vec![vendor("get_user_actions_affecting_payment")]);
    assert_eq!(
        json_of(&output),
        json!([{
            "action_id": "100:10080977893", "campaign_id": 100, "finished_amount": "0.01",
            "currency": "usd", "booked_at": "2020-02-25 11:05:21",
        }])
    );
    let query = format!("payment_uuid={UUID}&offset=0&limit=300");
    assert_sent(&server, &[&with_query(PAYMENT_ACTIONS, &query)]);
}

#[test]
fn the_vendor_actions_come_out_exactly_and_totals_only_under_tables() {
    let server = MockServer::start(vec![vendor("get_user_actions_affecting_balance"); 4]);
    let env = Env::new();
    let format = |name: &str| {
        ok(&env
            .tp(server.url())
            .args(["tp", "actions", "-o", name])
            .output()
            .unwrap())
    };
    let row = "\"action_id\":\"100:14358982146\",\"campaign_id\":100,\"action_state\":\"paid\",\
               \"price\":\"60.83\",\"profit\":\"1.52\",\"currency\":\"usd\",\
               \"description\":\"Cape Girardeau (US), 2022-01-20 – 2022-01-21, Agoda\",\
               \"booked_at\":\"2021-05-12 06:26:54\",\"updated_at\":\"2021-05-12 06:30:58\"";
    assert_eq!(format("json"), format!("[\n{{{row}}}\n]\n"));
    assert_eq!(format("ndjson"), format!("{{{row}}}\n"));
    assert_eq!(
        format("csv"),
        format!(
            "{ACTION_HEADER}\n100:14358982146,100,paid,60.83,1.52,usd,\
             \"Cape Girardeau (US), 2022-01-20 – 2022-01-21, Agoda\",\
             2021-05-12 06:26:54,2021-05-12 06:30:58\n"
        )
    );
    let table = format("table");
    for total in [
        "count: 289",
        "total_price: 45364.93",
        "total_profit: 1794.34",
    ] {
        assert!(table.contains(total), "{table}");
    }
    assert!(
        table.contains("60.83") && table.contains("Agoda"),
        "{table}"
    );
    let first_page = with_query(ACTIONS, "currency=usd&offset=0&limit=300");
    assert_sent(&server, &[first_page.as_str(); 4]);
}

#[test]
fn amounts_beyond_the_fixtures_keep_every_digit_except_in_tables() {
    let body = r#"{"actions": [
        {"action_id": "100:1", "price": "100000.5", "profit": "39949.47024789999"},
        {"action_id": "100:2", "price": 0.12345678901234567891, "profit": "0.01"}
    ], "count": 2}"#;
    let server = MockServer::start(vec![Reply::json(200, body); 4]);
    let env = Env::new();
    let format = |name: &str| {
        ok(&env
            .tp(server.url())
            .args(["tp", "actions", "-o", name])
            .output()
            .unwrap())
    };
    let check = |rows: Vec<Value>| {
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["profit"], "39949.47024789999");
        assert_eq!(rows[1]["price"], "0.12345678901234567891");
    };
    check(serde_json::from_str(&format("json")).unwrap());
    check(
        format("ndjson")
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    );

    let csv = format("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        (&records[0][4], &records[1][3]),
        ("39949.47024789999", "0.12345678901234567891")
    );

    let table = format("table");
    assert!(
        table.contains("39949.47 ") && table.contains(" 0.12 "),
        "{table}"
    );
    assert!(
        !table.contains("39949.470") && !table.contains("0.123"),
        "{table}"
    );
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let cases: &[(&[&str], &[&str])] = &[
        (&["tp", "actions", "--from", "2021-02-30"], &["2021-02-30"]),
        (&["tp", "actions", "--until", "21-01-01"], &["21-01-01"]),
        (&["tp", "actions", "--currency", "gbp"], &["gbp"]),
        (&["tp", "actions", "--state", "done"], &["done"]),
        (&["tp", "payouts", "actions", "not-a-uuid"], &["not-a-uuid"]),
        (&["tp", "actions", "--limit", "-1"], &["'-1'", "--limit"]),
        (
            &["tp", "actions", "--limit", "0"],
            &["'0'", "--limit", "at least 1"],
        ),
        (
            &[
                "tp",
                "actions",
                "--from",
                "2021-02-01",
                "--until",
                "2021-01-01",
            ],
            &["2021-02-01", "2021-01-01"],
        ),
        (
            &["tp", "actions", "--fields", "nope"],
            &[
                "'nope'",
                "action_id, campaign_id, action_state, price, profit, currency",
            ],
        ),
    ];
    for (args, named) in cases {
        let (output, server) = run(args, vec![]);
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        for text in *named {
            assert!(
                stderr.contains(text),
                "{args:?} should name {text}: {stderr}"
            );
        }
        assert_sent(&server, &[]);
    }
}
