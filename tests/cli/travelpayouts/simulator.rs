//! Travelpayouts against its simulator: whole paging walks end to end as one document, `--fields`,
//! `--sandbox` and `sandbox serve`.

use super::*;

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
