//! Travelpayouts, request by request and digit by digit.
//!
//! Every finance v2 call affpay makes is checked against a recording mock for its exact method,
//! path, raw query string and headers, because the vendor silently ignores what it does not
//! expect (a misspelt filter returns every action, a missing `currency` returns roubles). The
//! vendor's own example answers must come out with every digit intact. The simulator tests then
//! run whole paging walks end to end, as a user would.

use crate::util::{Env, MockServer, Recorded, Reply, TOKEN, fixture, ok, stderr_of};
use affpay::sandbox::token_for;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

const BALANCE: &str = "GET /finance/v2/get_user_balance";
const NEXT_PAYOUT: &str = "GET /finance/v2/get_user_next_payout";
const ACTIONS: &str = "GET /finance/v2/get_user_actions_affecting_balance";
const DETAILS: &str = "GET /finance/v2/get_action_details";
const PAYMENTS: &str = "GET /finance/v2/get_user_payments";
const PAYMENT_ACTIONS: &str = "GET /finance/v2/get_user_actions_affecting_payment";
const UUID: &str = "4af0c247-df4c-4873-a6b6-7bbf91afa3b9";
const ACTION_HEADER: &str =
    "action_id,campaign_id,action_state,price,profit,currency,description,booked_at,updated_at";

/// A vendor example answer, served with 200.
fn vendor(name: &str) -> Reply {
    Reply::json(200, &fixture(&format!("travelpayouts/{name}.json")))
}

/// `affpay <args>` in `env`, against a mock that answers `script`.
fn run_in(env: &Env, args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    let server = MockServer::start(script);
    let output = env
        .tp(server.url())
        .args(args)
        .output()
        .expect("affpay runs");
    (output, server)
}

fn run(args: &[&str], script: Vec<Reply>) -> (Output, MockServer) {
    run_in(&Env::new(), args, script)
}

fn json_of(output: &Output) -> Value {
    serde_json::from_str(&ok(output)).expect("stdout is one JSON document")
}

/// `GET path?query` as [`Recorded::line`] writes it.
fn with_query(line: &str, query: &str) -> String {
    format!("{line}?{query}")
}

/// What the mock received, checked request by request against `expected` lines, and every
/// request authenticated the Travelpayouts way: the token in `X-Access-Token`, nowhere else.
fn assert_sent(server: &MockServer, expected: &[&str]) {
    // The mock records a request just after answering it; let it finish.
    let requests = server.requests();
    let lines: Vec<String> = requests.iter().map(Recorded::line).collect();
    assert_eq!(lines, expected);
    for request in &requests {
        assert_eq!(request.header("x-access-token"), Some(TOKEN), "{request:?}");
        let agent = request.header("user-agent").unwrap_or_default();
        assert!(agent.starts_with("affpay/"), "User-Agent {agent:?}");
        assert_eq!(request.header("authorization"), None, "{request:?}");
    }
}

/// An actions answer with generated actions `100:<id>` for each id, and `count` if given.
fn actions_page(ids: std::ops::Range<u64>, count: Option<u64>) -> Reply {
    let actions: Vec<Value> = ids
        .map(|id| {
            json!({
                "action_id": format!("100:{id}"), "campaign_id": 100, "action_state": "paid",
                "price": "10.5", "profit": "0.5", "description": "generated",
                "booked_at": "2021-01-01 00:00:00", "updated_at": "2021-01-01 00:00:00",
            })
        })
        .collect();
    let mut body = json!({ "actions": actions, "total_price": "1", "total_profit": "1" });
    if let Some(count) = count {
        body["count"] = json!(count);
    }
    Reply::json(200, &body.to_string())
}

/// The action ids of NDJSON output, in order.
fn ndjson_ids(output: &Output) -> Vec<String> {
    ok(output)
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).expect("each line is JSON");
            row["action_id"].as_str().expect("an action id").to_string()
        })
        .collect()
}

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

/// The simulator with its default data (1000 actions), in this process.
fn simulator() -> affpay::sandbox::Server {
    affpay::commands::sandbox::start_default().expect("the simulator starts")
}

/// `affpay <args>` against the simulator with its token.
fn on_simulator(sim: &affpay::sandbox::Server, args: &[&str]) -> Output {
    Env::new()
        .provider(
            "travelpayouts",
            sim.url(),
            token_for("travelpayouts").as_str(),
        )
        .args(args)
        .output()
        .expect("affpay runs")
}

#[test]
fn all_actions_from_the_simulator_are_one_csv_document() {
    let sim = simulator();
    let output = on_simulator(&sim, &["-v", "tp", "actions", "--all", "-o", "csv"]);
    let csv = ok(&output);
    assert_eq!(
        csv.lines().filter(|l| l.starts_with("action_id,")).count(),
        1
    );
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader
            .headers()
            .unwrap()
            .iter()
            .collect::<Vec<_>>()
            .join(","),
        ACTION_HEADER
    );
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(ids.len(), 1000);
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        1000,
        "action ids repeat"
    );
    let pages: Vec<String> = stderr_of(&output)
        .lines()
        .filter(|l| l.contains("get_user_actions_affecting_balance"))
        .map(|l| {
            l.split('?')
                .nth(1)
                .unwrap_or_default()
                .split(' ')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let expected: Vec<String> = (0..4)
        .map(|page| format!("currency=usd&offset={}&limit=300", page * 300))
        .collect();
    assert_eq!(pages, expected);
}

#[test]
fn all_actions_from_the_simulator_are_one_json_array_or_1000_json_lines() {
    let sim = simulator();
    let json = json_of(&on_simulator(
        &sim,
        &["tp", "actions", "--all", "-o", "json"],
    ));
    let rows = json.as_array().expect("one array");
    assert_eq!(rows.len(), 1000);
    assert!(rows.iter().all(Value::is_object));

    let ndjson = ok(&on_simulator(
        &sim,
        &["tp", "actions", "--all", "-o", "ndjson"],
    ));
    assert_eq!(ndjson.lines().count(), 1000);
    for line in ndjson.lines() {
        let row: Value = serde_json::from_str(line).expect("a JSON line");
        assert!(row.is_object() && row["action_id"].is_string(), "{line}");
    }
}

#[test]
fn fields_choose_and_order_the_columns() {
    let sim = simulator();
    let args = [
        "tp",
        "actions",
        "--fields",
        "profit,action_id",
        "-o",
        "csv",
        "--limit",
        "2",
    ];
    let csv = ok(&on_simulator(&sim, &args));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert_eq!(lines[0], "profit,action_id");
    for line in &lines[1..] {
        let (profit, id) = line.split_once(',').expect("two fields");
        assert!(profit.parse::<f64>().is_ok(), "{line}");
        assert!(
            id.split_once(':')
                .is_some_and(|(c, n)| c.parse::<u64>().is_ok() && n.parse::<u64>().is_ok()),
            "{line}"
        );
    }
}

#[test]
fn the_sandbox_flag_needs_no_credentials_and_says_the_data_is_simulated() {
    let output = Env::new()
        .cmd()
        .args(["--sandbox", "tp", "balance", "-o", "json"])
        .output()
        .unwrap();
    let rows = json_of(&output);
    let currencies: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["currency"].as_str().unwrap())
        .collect();
    assert_eq!(currencies, ["usd", "eur", "rub"]);
    assert!(
        stderr_of(&output).contains("simulated data"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn the_simulator_enforces_the_page_limit_and_the_token() {
    let sim = simulator();
    let client = crate::util::http_client().build().unwrap();
    let status = |limit: u32, token: Option<String>| {
        let url = format!(
            "{}/finance/v2/get_user_actions_affecting_balance?currency=usd&offset=0&limit={limit}",
            sim.url()
        );
        let mut request = client.get(url);
        if let Some(token) = token {
            request = request.header("X-Access-Token", token);
        }
        request
            .send()
            .expect("the simulator answers")
            .status()
            .as_u16()
    };
    let token = || Some(token_for("travelpayouts"));
    assert_eq!(status(300, token()), 200);
    assert_eq!(status(301, token()), 400);
    assert_eq!(status(300, None), 401);
    assert_eq!(status(300, Some("wrong".to_string())), 401);
}

/// A child process that is stopped when the test ends, pass or fail.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn sandbox_serve_runs_a_simulator_other_commands_can_use() {
    let env = Env::new();
    let url_file = env.dir.path().join("sandbox-url");
    let child = env
        .process()
        .args(["sandbox", "serve", "--port", "0", "--url-file"])
        .arg(&url_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("affpay sandbox serve starts");
    let mut child = KillOnDrop(child);
    let deadline = Instant::now() + Duration::from_secs(10);
    let url = loop {
        match std::fs::read_to_string(&url_file) {
            Ok(url) if !url.is_empty() => break url,
            _ if Instant::now() > deadline => panic!("no URL file after 10 s"),
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let mut first_line = String::new();
    BufReader::new(child.0.stdout.take().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    assert_eq!(first_line, format!("affpay sandbox listening on {url}\n"));

    let output = env
        .provider("travelpayouts", &url, token_for("travelpayouts").as_str())
        .args(["tp", "payouts", "-o", "json"])
        .output()
        .unwrap();
    let payouts = json_of(&output);
    let payouts = payouts.as_array().expect("a list of payouts");
    assert!(!payouts.is_empty());
    assert!(
        payouts
            .iter()
            .all(|p| p["payment_uuid"].is_string() && p["amount"].is_string())
    );
}
