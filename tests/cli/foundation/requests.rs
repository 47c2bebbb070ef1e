//! Around every request: the base URL, plain http refused, retries and `Retry-After`, the exit
//! codes of each refusal, one-line errors and a reader that stops early.

use super::*;

#[test]
fn the_configured_url_is_used_and_the_environment_url_beats_it() {
    let env = Env::new();
    let configured = MockServer::start(vec![payments()]);
    env.cmd()
        .args(["config", "set", "travelpayouts.url", configured.url()])
        .assert()
        .success();
    let payouts = || {
        env.cmd()
            .env(TOKEN_VAR, TOKEN)
            .args(["tp", "payouts"])
            .output()
            .unwrap()
    };
    ok(&payouts());
    assert_eq!(sent(&configured).len(), 1);

    let from_env = MockServer::start(vec![payments()]);
    ok(&env
        .tp(from_env.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap());
    assert_eq!(sent(&from_env).len(), 1);
    assert_eq!(
        sent(&configured).len(),
        1,
        "the configured server was asked again"
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let env = Env::new();
    let configured = MockServer::start(vec![payments()]);
    env.cmd()
        .args(["config", "set", "travelpayouts.url", configured.url()])
        .assert()
        .success();
    let output = env
        .tp("http://example.com")
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    let stderr = failed(&output, 3);
    assert!(
        stderr.contains("http://example.com") && stderr.contains("loopback"),
        "{stderr}"
    );
    assert!(
        sent(&configured).is_empty(),
        "fell back to the configured URL"
    );

    let output = env
        .cmd()
        .args(["config", "set", "travelpayouts.url", "http://example.com"])
        .output()
        .unwrap();
    failed(&output, 2);
    let get = env
        .cmd()
        .args(["config", "get", "travelpayouts.url"])
        .output()
        .unwrap();
    assert_eq!(ok(&get).trim(), configured.url());
}

#[test]
fn a_server_error_is_retried() {
    let (output, server) = payouts_against(vec![Reply::json(500, "{}"), payments()]);
    assert!(ok(&output).contains("29.82"));
    assert_eq!(
        sent(&server).iter().map(Recorded::line).collect::<Vec<_>>(),
        [PAYMENTS, PAYMENTS]
    );
}

#[test]
fn a_dropped_connection_is_retried() {
    let (output, server) = payouts_against(vec![Reply::Drop, payments()]);
    assert!(ok(&output).contains("29.82"));
    assert_eq!(sent(&server).len(), 2);
}

#[test]
fn retry_after_is_waited_for() {
    let started = Instant::now();
    let too_many = Reply::json(429, "{}").with_header("Retry-After", "1");
    let (output, server) = payouts_against(vec![too_many, payments()]);
    ok(&output);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(sent(&server).len(), 2);
}

#[test]
fn an_unavailable_provider_exits_6_after_four_attempts() {
    let mut script = vec![Reply::json(503, "{}"); 4];
    script.push(payments());
    let (output, server) = payouts_against(script);
    let stderr = failed(&output, 6);
    assert!(stderr.contains("HTTP 503"), "{stderr}");
    assert_eq!(sent(&server).len(), 4);
}

#[test]
fn a_rejected_credential_exits_4_without_a_retry() {
    let (output, server) = payouts_against(vec![Reply::json(401, "{}"), payments()]);
    let stderr = failed(&output, 4);
    assert!(stderr.contains("affpay auth"), "{stderr}");
    assert_eq!(sent(&server).len(), 1);
}

#[test]
fn a_rejected_request_exits_5_without_a_retry() {
    let (output, server) =
        payouts_against(vec![Reply::json(404, "{\"error\":\"no\"}"), payments()]);
    failed(&output, 5);
    assert_eq!(sent(&server).len(), 1);
}

#[test]
fn an_answer_that_is_not_the_expected_json_exits_5() {
    let html = "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>";
    for body in ["{\"balance\": ", html] {
        let (output, server) = payouts_against(vec![Reply::json(200, body), payments()]);
        let stderr = failed(&output, 5);
        assert!(stderr.contains("not the expected JSON"), "{stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("internal error"),
            "{stderr}"
        );
        assert_eq!(sent(&server).len(), 1);
    }
}

#[test]
fn errors_are_one_line_even_with_rust_backtrace_set() {
    let env = Env::new();
    let unanswered = MockServer::start(vec![]);
    let failing = [
        env.cmd()
            .env(URL_VAR, unanswered.url())
            .args(["tp", "payouts"])
            .output()
            .unwrap(),
        payouts_against(vec![Reply::json(404, "{\n\"error\": \"no\"\n}")]).0,
        payouts_against(vec![Reply::json(200, "{\"balance\": ")]).0,
        payouts_against(vec![Reply::json(401, "{}")]).0,
        env.tp(unanswered.url())
            .args([
                "tp",
                "actions",
                "--from",
                "2021-02-01",
                "--until",
                "2021-01-01",
            ])
            .output()
            .unwrap(),
        env.cmd()
            .args(["config", "get", "travelpayouts.currency"])
            .output()
            .unwrap(),
    ];
    for output in &failing {
        assert!(!output.status.success());
        let stderr = stderr_of(output);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("affpay: error: "), "{stderr}");
        let lower = stderr.to_lowercase();
        assert!(
            !lower.contains("backtrace") && !lower.contains("stack"),
            "{stderr}"
        );
    }
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let env = Env::new();
    let mut child = env
        .process()
        .args(["--sandbox", "tp", "actions", "--all", "-o", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut header = String::new();
    stdout.read_line(&mut header).unwrap();
    assert!(header.starts_with("action_id,"), "{header}");
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    let stderr = stderr_of(&output);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(!stderr.contains("error"), "{stderr}");
}
