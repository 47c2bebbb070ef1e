//! Billon against its simulator: funds running out, reruns, cancelling, an expired or foreign
//! token.

use super::*;

/// `billon settle --from-csv FILE`, confirmed, as JSON.
fn settle_csv(file: &str) -> [&str; 7] {
    [
        "billon",
        "settle",
        "--from-csv",
        file,
        "--yes",
        "-o",
        "json",
    ]
}

fn csv_file(env: &Env, contents: &str) -> String {
    let path = env.dir.path().join("payouts.csv");
    std::fs::write(&path, contents).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_batch_that_runs_out_of_funds_stops_and_says_what_was_paid() {
    let served = serve(&["--billon-funds", "100"]);
    let env = Env::new();
    let file = csv_file(
        &env,
        "amount,currency,project,description,user\n30,PLN,P,D,a\n40,PLN,P,D,b\n50,PLN,P,D,c\n10,PLN,P,D,d\n",
    );
    let output = env
        .provider("billon", &served.url, token_for("billon").as_str())
        .args(settle_csv(&file))
        .output()
        .unwrap();
    exits(&output, 8);
    let expected = [
        ("userName=a", "succeeded"),
        ("userName=b", "succeeded"),
        ("userName=c", "failed"),
        ("userName=d", "not_attempted"),
    ];
    assert_eq!(results(&output), pairs(&expected));
    let rows = rows(&output);
    assert!(
        text(&rows[2]["detail"]).contains("INSUFFICIENT_FUNDS"),
        "{rows:?}"
    );
    assert_eq!(
        (&rows[0]["reference"], &rows[1]["reference"]),
        (&json!("1"), &json!("2"))
    );
}

/// `billon payouts -o json` in `env`, checking it says the rows are local records.
fn payouts(env: &Env) -> Vec<Value> {
    let output = env
        .cmd()
        .args(["billon", "payouts", "-o", "json"])
        .output()
        .unwrap();
    let stderr = exits(&output, 0);
    assert!(stderr.contains("local records"), "{stderr}");
    rows(&output)
}

#[test]
fn rerunning_a_file_the_same_day_creates_nothing_twice() {
    let served = serve(&[]);
    let env = Env::new();
    let file = csv_file(
        &env,
        "amount,currency,project,description,user,notify\n5,PLN,P,D,a,true\n6,PLN,P,D,b,false\n7.25,PLN,P,D,c,\n",
    );
    let run = || {
        env.provider("billon", &served.url, token_for("billon").as_str())
            .args(settle_csv(&file))
            .output()
            .unwrap()
    };
    let first = run();
    ok(&first);
    assert!(
        results(&first).iter().all(|(_, r)| r == "succeeded"),
        "{:?}",
        results(&first)
    );
    let second = run();
    ok(&second);
    let expected = [
        ("userName=a", "already_done"),
        ("userName=b", "already_done"),
        ("userName=c", "already_done"),
    ];
    assert_eq!(results(&second), pairs(&expected));
    let listed = payouts(&env);
    let ids: Vec<String> = listed.iter().map(|r| text(&r["id"])).collect();
    assert_eq!(ids, ["1", "2", "3"], "{listed:?}");
    for row in &listed {
        assert_eq!(
            (&row["status"], &row["cancelled"]),
            (&json!("READY"), &json!(false)),
            "{row}"
        );
    }
}

#[test]
fn cancelling_releases_the_funds_a_payout_blocked() {
    let served = serve(&["--billon-funds", "100"]);
    let env = Env::new();
    let pay = |user: &str, amount: &str| {
        env.provider("billon", &served.url, token_for("billon").as_str())
            .args(words(&format!(
                "billon settle --amount {amount} --currency PLN --project P --description D \
                 --user {user} --yes -o json"
            )))
            .output()
            .unwrap()
    };
    assert_eq!(
        results(&pay("a", "60")),
        pairs(&[("userName=a", "succeeded")])
    );
    let short = pay("b", "50");
    assert!(exits(&short, 5).contains("INSUFFICIENT_FUNDS"));
    let cancel = env
        .provider("billon", &served.url, token_for("billon").as_str())
        .args(["billon", "cancel", "1", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(results(&cancel), pairs(&[("1", "succeeded")]));
    let again = pay("b", "50");
    assert_eq!(results(&again), pairs(&[("userName=b", "succeeded")]));
    ok(&again);
    let listed: Vec<(String, Value)> = payouts(&env)
        .iter()
        .map(|r| (text(&r["id"]), r["cancelled"].clone()))
        .collect();
    assert_eq!(
        listed,
        [
            ("1".to_string(), json!(true)),
            ("2".to_string(), json!(false))
        ]
    );
}

#[test]
fn an_expired_token_is_renewed_and_the_next_run_succeeds() {
    let served = serve(&["--billon-token-ttl-secs", "1"]);
    let env = Env::new();
    login(&env, &token_for("billon"));
    let first = env
        .provider("billon", &served.url, None)
        .args(settle("1"))
        .arg("-v")
        .output()
        .unwrap();
    ok(&first);
    assert!(
        stderr_of(&first).contains("/api/authenticate"),
        "{}",
        stderr_of(&first)
    );
    std::thread::sleep(Duration::from_millis(1500));
    let second = env
        .provider("billon", &served.url, None)
        .args(settle("2"))
        .arg("-v")
        .output()
        .unwrap();
    let stderr = exits(&second, 0);
    assert!(stderr.contains("/api/authenticate -> 200"), "{stderr}");
    assert_eq!(results(&second), pairs(&[("userName=ann", "succeeded")]));
    assert_eq!(cached(&env).unwrap().1, "sandbox-jwt-2");
}

#[test]
fn a_token_from_another_panel_is_never_sent() {
    let env = Env::new();
    login(&env, PASSWORD);
    let other_panel = MockServer::start(vec![]);
    cache_session(&env, &other_panel, now(), "other-panel-token");
    let server = MockServer::start(vec![token("this-panel-token"), created()]);
    ok(&env
        .provider("billon", server.url(), None)
        .args(settle("5"))
        .output()
        .unwrap());
    assert_eq!(server.lines(), [AUTHENTICATE, CREATE]);
    assert_eq!(token_of(&server.requests()[1]), Some("this-panel-token"));
}
