//! A secret echoed back by a provider, in a refusal, a wrongly typed answer or a success, shows
//! nowhere.

use super::*;

/// A Billon password with every character JSON and URLs escape: `"`, `\`, `/`, a space, `+`.
const PASSWORD: &str = r#"sekr"et\pw/42 é+1"#;

#[test]
fn a_refused_billon_login_that_echoes_the_password_in_every_encoding_shows_none_of_them() {
    let json = serde_json::to_string(PASSWORD).unwrap();
    let slashes = json.replace('/', "\\/");
    let ascii: String = PASSWORD
        .encode_utf16()
        .map(|u| format!("\\u{u:04x}"))
        .collect();
    let form: String = url::form_urlencoded::byte_serialize(PASSWORD.as_bytes()).collect();
    let message = format!(
        "bad password {PASSWORD}; body {{\"apiKey\":{json}}} or {slashes} or \"{ascii}\"; \
         form apiKey={form}"
    );
    // The message travels JSON-escaped itself, so the body also holds it escaped twice.
    let body = serde_json::json!({
        "error": {"message": message, "type": "INVALID_PARAMS"},
        "errors": [PASSWORD, json],
    });
    let server = MockServer::start(vec![Reply::json(401, &body.to_string())]);
    let env = Env::new();
    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(["-v", "billon", "cancel", "1041", "--yes"])
        .output()
        .unwrap();
    let stderr = exits(&output, 4);
    assert_eq!(server.lines(), ["POST /api/authenticate"]);
    assert!(
        stderr.contains("billon refused the authentication password")
            && stderr.contains("bad password <redacted>; body {\"apiKey\":\"<redacted>\"}")
            && stderr.contains("form apiKey=<redacted>"),
        "{stderr}"
    );
    assert!(
        stderr.contains("POST ") && stderr.contains("-> 401"),
        "-v: {stderr}"
    );
    let journal = env
        .cmd()
        .args(["journal", "list", "-o", "json"])
        .output()
        .unwrap();
    // The login failed before any payout was sent, so there is nothing to journal.
    assert_eq!(ok(&journal).trim(), "[]", "nothing was sent");
    let everything = format!("{}{stderr}{}", stdout_of(&output), stdout_of(&journal));
    for piece in ["sekr", "pw/42", "pw\\/42", "pw%2F42", "\\u0073\\u0065"] {
        assert!(!everything.contains(piece), "{piece} in:\n{everything}");
    }
}

#[test]
fn an_answer_of_the_wrong_type_names_the_field_not_the_value_and_exits_5() {
    let body = fixture("travelpayouts/get_user_payments.json")
        .replace("92798", "\"leaked-session-c0ffee\"");
    let server = MockServer::start(vec![Reply::json(200, &body)]);
    let output = Env::new()
        .tp(server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("not the expected JSON (at [0].payment_info_id (line 7 column")
            && stderr.contains("): invalid type: string, expected i64)"),
        "{stderr}"
    );
    assert!(!stderr.contains("leaked-session"), "{stderr}");
    assert!(!stdout_of(&output).contains("leaked-session"));

    // A balance read into amounts after decoding: the same exit 5, never an internal error.
    let server = MockServer::start(vec![
        Reply::json(200, r#"{"balance": {"usd": "leaked-session-c0ffee"}}"#),
        Reply::json(200, &fixture("travelpayouts/get_user_next_payout.json")),
    ]);
    let output = Env::new()
        .tp(server.url())
        .args(["tp", "balance"])
        .output()
        .unwrap();
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("(balance.usd is not a decimal amount)"),
        "{stderr}"
    );
    assert!(!stderr.contains("leaked-session"), "{stderr}");
}

#[test]
fn a_secret_echoed_in_a_successful_answer_stays_out_of_the_report_and_the_journal() {
    let key = "td-live-0f1e2d3c4b5a69788796";
    let partial = fixture("trackdesk/settle_balances_partial.json").replace(
        "account has no default payment method",
        &format!("account has no default payment method (request by X-Api-Key {key})"),
    );
    let server = MockServer::start(vec![
        Reply::json(200, &fixture("trackdesk/open_balances.json")),
        Reply::json(200, &partial),
    ]);
    let env = Env::new();
    let output = env
        .provider("trackdesk", server.url(), key)
        .args([
            "trackdesk",
            "settle",
            "--until",
            "2026-10-31",
            "--yes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let stderr = exits(&output, 8);
    let stdout = stdout_of(&output);
    assert!(
        stdout.contains("no default payment method (request by X-Api-Key <redacted>)"),
        "{stdout}"
    );
    let journal = env
        .cmd()
        .args(["journal", "list", "-o", "json"])
        .output()
        .unwrap();
    let everything = format!("{stdout}{stderr}{}", ok(&journal));
    assert!(!everything.contains(key), "{everything}");
}
