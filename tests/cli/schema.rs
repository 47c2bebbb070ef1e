//! Checks JSON bodies against Trackdesk's own OpenAPI schemas, so a test's idea of the wire
//! format can't drift from the vendor's: a misspelled field, a wrong enum or a float-noise
//! decimal fails here, not against the live API.
//!
//! The schemas come from `tests/fixtures/trackdesk/schemas.json`, written by
//! `extract_schemas.py` beside it (its docstring lists how it tightens the vendor's schemas).
//! They are read as Draft 4, OpenAPI 3.0's dialect, with formats asserted: a timestamp must be
//! RFC 3339 `date-time`, and an integer is written without a fraction or exponent.

#![allow(dead_code)]

use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One operation of the fixture: a method and a path template with its body schema names.
struct Operation {
    method: String,
    path: String,
    request: Option<String>,
    response: String,
}

struct Schemas {
    operations: Vec<Operation>,
    error: String,
    validators: HashMap<String, jsonschema::Validator>,
}

fn schemas() -> &'static Schemas {
    static SCHEMAS: OnceLock<Schemas> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        let file = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/trackdesk/schemas.json"
        );
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let text_of = |v: &Value, key: &str| v[key].as_str().map(str::to_owned);
        let operations = doc["operations"]
            .as_array()
            .unwrap_or_else(|| panic!("{file}: no operations"))
            .iter()
            .map(|op| Operation {
                method: text_of(op, "method").expect("operation method"),
                path: text_of(op, "path").expect("operation path"),
                request: text_of(op, "request"),
                response: text_of(op, "response").expect("operation response"),
            })
            .collect();
        let error = text_of(&doc, "error").unwrap_or_else(|| panic!("{file}: no error schema"));
        let components = &doc["components"];
        let names = components["schemas"]
            .as_object()
            .unwrap_or_else(|| panic!("{file}: no components.schemas"));
        let validators = names
            .keys()
            .map(|name| {
                // A root that only points into the components, so every `$ref` stays local.
                let root = serde_json::json!({
                    "$ref": format!("#/components/schemas/{name}"),
                    "components": components,
                });
                let validator = jsonschema::options()
                    // OpenAPI 3.0's schema objects are a Draft 4 dialect.
                    .with_draft(jsonschema::Draft::Draft4)
                    .should_validate_formats(true)
                    .build(&root)
                    .unwrap_or_else(|e| panic!("{file}: schema {name}: {e}"));
                (name.clone(), validator)
            })
            .collect();
        Schemas {
            operations,
            error,
            validators,
        }
    })
}

/// Panics unless `body` is valid JSON for the request body of the operation `method path`.
pub fn check_request(method: &str, path: &str, body: &str) {
    if let Err(e) = try_check_request(method, path, body) {
        panic!("{e}");
    }
}

/// Panics unless `body` is valid JSON for the 200 response of the operation `method path`.
pub fn check_response(method: &str, path: &str, body: &str) {
    if let Err(e) = try_check_response(method, path, body) {
        panic!("{e}");
    }
}

/// Panics unless `body` is a valid Trackdesk error (`google.rpc.Status`).
pub fn check_error(body: &str) {
    if let Err(e) = try_check_error(body) {
        panic!("{e}");
    }
}

/// Panics unless `value` is valid against the component schema `schema_name`.
pub fn check(schema_name: &str, value: &Value) {
    if let Err(e) = try_check(schema_name, value) {
        panic!("{e}");
    }
}

fn try_check_request(method: &str, path: &str, body: &str) -> Result<(), String> {
    let op = operation(method, path)?;
    let Some(name) = &op.request else {
        return Err(format!(
            "{} {}: the operation takes no request body",
            op.method, op.path
        ));
    };
    try_check_body(&format!("request {method} {path}"), name, body)
}

fn try_check_response(method: &str, path: &str, body: &str) -> Result<(), String> {
    let op = operation(method, path)?;
    try_check_body(&format!("response to {method} {path}"), &op.response, body)
}

fn try_check_error(body: &str) -> Result<(), String> {
    try_check_body("error body", &schemas().error, body)
}

fn try_check_body(what: &str, name: &str, body: &str) -> Result<(), String> {
    let value: Value = serde_json::from_str(body)
        .map_err(|e| format!("{what}: body is not JSON ({e}):\n{body}"))?;
    try_check(name, &value).map_err(|e| format!("{what}: {e}"))
}

fn try_check(name: &str, value: &Value) -> Result<(), String> {
    let validator = schemas()
        .validators
        .get(name)
        .ok_or_else(|| format!("no Trackdesk schema named {name}"))?;
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| {
            let at = e.instance_path().to_string();
            format!("  at {}: {e}", if at.is_empty() { "/" } else { &at })
        })
        .collect();
    if errors.is_empty() {
        return Ok(());
    }
    let pretty = serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string());
    Err(format!(
        "not a valid {name}:\n{}\nbody:\n{pretty}",
        errors.join("\n")
    ))
}

/// The operation whose method and path template match; the most literal template wins.
fn operation(method: &str, path: &str) -> Result<&'static Operation, String> {
    // A full URL's scheme and host, and any query string or fragment, are not part of the path.
    let path = match path.find("://") {
        Some(i) => path[i + 3..].find('/').map_or("/", |j| &path[i + 3 + j..]),
        None => path,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.split('/').collect();
    schemas()
        .operations
        .iter()
        .filter(|op| op.method.eq_ignore_ascii_case(method))
        .filter_map(|op| {
            let template: Vec<&str> = op.path.split('/').collect();
            if template.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (t, s) in template.iter().zip(&segments) {
                if t.starts_with('{') && t.ends_with('}') {
                    if s.is_empty() {
                        return None;
                    }
                } else if t == s {
                    literal += 1;
                } else {
                    return None;
                }
            }
            Some((literal, op))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, op)| op)
        .ok_or_else(|| {
            let known: Vec<String> = schemas()
                .operations
                .iter()
                .map(|op| format!("  {} {}", op.method, op.path))
                .collect();
            format!(
                "no Trackdesk operation matches {method} {path}; known:\n{}",
                known.join("\n")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SETTLE: &str = "/api/node/billing/v1/settle-balances";

    fn settle_response(amount: Value) -> String {
        serde_json::json!({
            "id": "s-1",
            "amount": amount,
            "currency": {"code": "USD"},
            "until": "2024-05-31T23:59:59Z",
            "accountSettlements": [
                {"id": "as-1", "accountId": "a-1", "amount": {"value": "12.50"}, "currency": {"code": "USD"}}
            ],
            "errors": []
        })
        .to_string()
    }

    fn settlement(counter: &str) -> String {
        format!(
            r#"{{"settlement": {{"id": "s-1", "amount": {{"value": "-0.10"}},
                "newAccountSettlementsCount": {counter}, "inProgressAccountSettlementsCount": "0",
                "paidAccountSettlementsCount": 0, "errorAccountSettlementsCount": "1",
                "accountSettlementAmounts": []}}}}"#
        )
    }

    fn fails(result: Result<(), String>, needle: &str) {
        match result {
            Ok(()) => panic!("expected a failure mentioning {needle:?}"),
            Err(e) => assert!(e.contains(needle), "{needle:?} not in:\n{e}"),
        }
    }

    #[test]
    fn valid_bodies_pass() {
        let body = settle_response(serde_json::json!({"value": "1000"}));
        try_check_response("POST", SETTLE, &body).unwrap();
        try_check_response(
            "post",
            &format!("https://t.trackdesk.com{SETTLE}?x=1"),
            &body,
        )
        .unwrap();
        let request = r#"{"accountIds": ["a-1"], "filter": {"until": "2024-05-31T23:59:59Z", "minConversionCount": "2"}}"#;
        try_check_request("POST", SETTLE, request).unwrap();
        try_check_error(
            r#"{"code": 5, "message": "not found", "details": [{"@type": "x/y", "any": 1}]}"#,
        )
        .unwrap();
    }

    #[test]
    fn int64_as_number_or_digit_string() {
        let path = "/api/node/billing/v1/settlements/s-1";
        for counter in ["3", "\"3\"", "\"-3\"", "123456789012345678901234567890"] {
            try_check_response("GET", path, &settlement(counter)).unwrap();
        }
        // Draft 4: an integer is written without a fraction or exponent, so 3.0 and 1e3 fail too.
        for counter in ["3.0", "1e3", "3.5", "\"3.0\"", "\"1e3\"", "\"\"", "true"] {
            let result = try_check_response("GET", path, &settlement(counter));
            fails(result, "at /settlement/newAccountSettlementsCount:");
        }
    }

    #[test]
    fn misspelled_field_fails() {
        let body =
            settle_response(serde_json::json!({"value": "1"})).replace("accountId", "accountID");
        fails(
            try_check_response("POST", SETTLE, &body),
            "'accountID' was unexpected",
        );
    }

    #[test]
    fn decimal_must_be_a_plain_decimal_string() {
        for bad in [
            serde_json::json!({"value": "1e3"}),
            serde_json::json!({"value": "0.30000000000000004e0"}),
            serde_json::json!({"value": ".5"}),
            serde_json::json!({"value": 12.5}),
            serde_json::json!(12.5),
            serde_json::json!("12.5"),
        ] {
            fails(
                try_check_response("POST", SETTLE, &settle_response(bad)),
                "at /amount",
            );
        }
    }

    #[test]
    fn wrong_enum_fails() {
        let path = "/api/node/billing/v1/account-settlements/as-1/status";
        try_check_request(
            "PUT",
            path,
            r#"{"status": "ACCOUNT_SETTLEMENT_STATUS_PAID"}"#,
        )
        .unwrap();
        let body = r#"{"status": "ACCOUNT_SETTLEMENT_STATUS_DONE"}"#;
        fails(try_check_request("PUT", path, body), "at /status:");
    }

    #[test]
    fn wrong_timestamp_fails() {
        let body = settle_response(serde_json::json!({"value": "1"}))
            .replace("2024-05-31T23:59:59Z", "2024-05-31");
        fails(try_check_response("POST", SETTLE, &body), "at /until:");
    }

    #[test]
    fn unknown_operation_or_missing_body_fails() {
        fails(
            try_check_response("GET", "/api/node/billing/v1/nothing", "{}"),
            "no Trackdesk operation",
        );
        fails(
            try_check_response("GET", SETTLE, "{}"),
            "no Trackdesk operation",
        );
        fails(
            try_check_response("GET", "/api/node/billing/v1/settlements/", "{}"),
            "no Trackdesk operation",
        );
        fails(
            try_check_request("GET", "/api/node/billing/v1/settlements", "{}"),
            "no request body",
        );
        fails(try_check_response("POST", SETTLE, "not json"), "not JSON");
        fails(
            try_check("no.Such", &serde_json::json!({})),
            "no Trackdesk schema",
        );
    }

    #[test]
    #[should_panic(expected = "ACCOUNT_SETTLEMENT_STATUS_DONE")]
    fn public_check_panics() {
        check(
            "billing.v1.SettlementService.UpdateAccountSettlementStatusBody",
            &serde_json::json!({"status": "ACCOUNT_SETTLEMENT_STATUS_DONE"}),
        );
    }
}
