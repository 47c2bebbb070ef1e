//! Trackdesk's errors (gRPC codes, a refused key, 503s and 429s) and its configuration (tenant,
//! URL, rate).

use super::*;

#[test]
fn a_grpc_error_becomes_one_line_with_its_code_name() {
    let args = [
        "trackdesk",
        "payouts",
        "show",
        "6ba7b810-9dad-41d1-80b4-00c04fd430c8",
    ];
    let (output, server) = run(
        &args,
        vec![Reply::json(404, &fixture("trackdesk/error.json"))],
    );
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("NOT_FOUND: settlement 6ba7b810-9dad-41d1-80b4-00c04fd430c8 not found"),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert_eq!(lines(&server).len(), 1, "a 404 is not retried");

    let (output, _) = run(
        &args,
        vec![Reply::json(400, &fixture("trackdesk/error_tipalti.json"))],
    );
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains(
            "FAILED_PRECONDITION: manual status change is forbidden for Tipalti settlements \
             (details: type.googleapis.com/google.rpc.ErrorInfo)"
        ),
        "{stderr}"
    );
}

#[test]
fn a_refused_key_exits_4() {
    let args = words("trackdesk balance");
    let (output, server) = run(
        &args,
        vec![Reply::json(
            401,
            &fixture("trackdesk/error_unauthenticated.json"),
        )],
    );
    let stderr = exits(&output, 4);
    assert!(
        stderr.contains("UNAUTHENTICATED: invalid API key"),
        "{stderr}"
    );
    assert!(stderr.contains("affpay auth login trackdesk"), "{stderr}");
    assert_eq!(lines(&server).len(), 1);

    let (output, _) = run(
        &args,
        vec![Reply::json(
            403,
            &fixture("trackdesk/error_permission.json"),
        )],
    );
    let stderr = exits(&output, 4);
    assert!(
        stderr.contains("PERMISSION_DENIED: the API key may not use the billing API"),
        "{stderr}"
    );
}

#[test]
fn a_body_that_is_not_the_grpc_shape_still_shows_what_it_says() {
    let args = words("trackdesk balance");
    let (output, _) = run(
        &args,
        vec![Reply::json(
            400,
            "<html><body>400 Bad Request: header too large</body></html>",
        )],
    );
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("<html><body>400 Bad Request: header too large</body></html>"),
        "{stderr}"
    );

    let (output, _) = run(
        &args,
        vec![Reply::json(200, "{\"balances\": [{\"accountId\"")],
    );
    let stderr = exits(&output, 5);
    assert!(stderr.contains("not the expected JSON"), "{stderr}");

    // JSON, but not what Trackdesk sends: a field of the wrong type is refused, not guessed.
    let wrong = json!({"balances": [{"accountId": "a", "openBalanceConversionCount": "many"}]});
    let (output, _) = run(&args, vec![answer_json(wrong)]);
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("at balances[0]")
            && stderr.contains("the value is not a 64-bit integer")
            && !stderr.contains("many"),
        "{stderr}"
    );
}

#[test]
fn a_read_answered_503_is_tried_four_times_then_exits_6() {
    let unavailable = || grpc(503, 14, "upstream connect error");
    let (output, server) = run(&words("trackdesk balance"), vec![unavailable(); 4]);
    let stderr = exits(&output, 6);
    assert!(
        stderr
            .contains("unavailable (HTTP 503) after retries: UNAVAILABLE: upstream connect error"),
        "{stderr}"
    );
    assert_eq!(lines(&server), vec![open_balances_line(""); 4]);
}

// ---- Configuration -----------------------------------------------------------------------

#[test]
fn without_a_tenant_or_url_it_exits_3_naming_both() {
    let output = Env::new()
        .cmd()
        .env("AFFPAY_TRACKDESK_TOKEN", KEY)
        .args(["trackdesk", "balance"])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(
        stderr.contains("trackdesk.tenant") && stderr.contains("AFFPAY_TRACKDESK_URL"),
        "{stderr}"
    );
}

#[test]
fn the_tenant_and_rate_are_checked_when_set_and_the_tenant_names_the_host() {
    let env = Env::new();
    let set = |key: &str, value: &str| {
        env.cmd()
            .args(["config", "set", key, value])
            .output()
            .unwrap()
    };
    let stderr = exits(&set("trackdesk.tenant", "evil.com/x"), 2);
    assert!(
        stderr.contains("'evil.com/x' is not a tenant id"),
        "{stderr}"
    );
    for bad in ["0", "1001", "fast", "2.5"] {
        let stderr = exits(&set("trackdesk.rps", bad), 2);
        assert!(stderr.contains("is not a rate"), "{bad}: {stderr}");
    }
    // Nothing refused was written.
    for key in ["trackdesk.tenant", "trackdesk.rps"] {
        let get = env.cmd().args(["config", "get", key]).output().unwrap();
        assert!(exits(&get, 3).contains("is not set"), "{key}");
    }

    ok(&set("trackdesk.tenant", "acme-2"));
    let output = env
        .cmd()
        .env("AFFPAY_TRACKDESK_TOKEN", KEY)
        .args(["trackdesk", "cancel", AS_JANE, "--dry-run", "-o", "json"])
        .output()
        .unwrap();
    let planned = rows(&output);
    ok(&output);
    assert_eq!(
        text(&planned[0]["url"]),
        format!("https://acme-2.trackdesk.com{BILLING}/account-settlements/{AS_JANE}")
    );
}
