//! The vendor's three payout shapes: listed, shown, settled and cancelled alike.

use super::*;

/// A documented shape: its list answer, its one-payout answer, and what affpay must show.
struct Shape {
    name: &'static str,
    list: String,
    one: String,
    id: &'static str,
    affiliate: (&'static str, &'static str, &'static str),
    amount: &'static str,
    currency: Value,
    invoice: Value,
    /// `(id, amount, commission_id, commission_amount, created_at)` of `payouts show`.
    transactions: Vec<Value>,
}

/// The one payout of a list fixture as a one-payout answer (the flat variant has no example
/// of its own for `GET /v1/payouts/{id}`).
fn first_of(list: &str) -> String {
    let mut value: Value = serde_json::from_str(list).unwrap();
    let first = value["data"][0].take();
    json!({"success": true, "data": first}).to_string()
}

fn shapes() -> Vec<Shape> {
    let flat = fixture("affonso/payouts_flat.json");
    vec![
        Shape {
            name: "reference",
            list: fixture("affonso/payouts_reference.json"),
            one: fixture("affonso/payout_reference.json"),
            id: "pay_abc123",
            affiliate: ("aff_456def", "John Doe", "john@example.com"),
            amount: "150.00",
            currency: Value::Null,
            invoice: json!("1001"),
            transactions: vec![json!({"id": "txn_123", "amount": "50.00",
                "commission_id": "com_456", "commission_amount": "50.00",
                "created_at": "2024-01-25T10:00:00Z"})],
        },
        Shape {
            name: "sdk",
            list: fixture("affonso/payouts_sdk.json"),
            one: fixture("affonso/payout_sdk.json"),
            id: "pay_1",
            affiliate: ("aff_1", "Max", "max@test.de"),
            amount: "50.0",
            currency: Value::Null,
            invoice: json!("1001"),
            transactions: vec![json!({"id": "txn_1", "amount": "50.0",
                "commission_id": "com_1", "commission_amount": "50.0",
                "created_at": "2025-01-01T00:00:00.000Z"})],
        },
        Shape {
            name: "flat",
            one: first_of(&flat),
            list: flat,
            id: "pay_abc123",
            affiliate: ("aff_456def", "John Doe", "john@example.com"),
            amount: "150.00",
            currency: json!("USD"),
            invoice: Value::Null,
            transactions: vec![],
        },
    ]
}

/// A one-payout answer with another status, every other byte as the vendor wrote it.
fn with_status(one: &str, status: &str) -> Reply {
    let mut value: Value = serde_json::from_str(one).unwrap();
    value["data"]["status"] = json!(status);
    Reply::json(200, &value.to_string())
}

fn assert_payout(shape: &Shape, shown: &Value) {
    let what = shape.name;
    assert_eq!(shown["id"], shape.id, "{what}");
    assert_eq!(shown["affiliate_id"], shape.affiliate.0, "{what}");
    assert_eq!(shown["affiliate_name"], shape.affiliate.1, "{what}");
    assert_eq!(shown["affiliate_email"], shape.affiliate.2, "{what}");
    assert_eq!(shown["amount"], shape.amount, "{what}");
    assert_eq!(shown["currency"], shape.currency, "{what}");
    assert_eq!(shown["invoice_number"], shape.invoice, "{what}");
    assert_eq!(shown["status"], "pending", "{what}");
}

#[test]
fn payouts_lists_every_documented_shape() {
    for shape in shapes() {
        let args = ["affonso", "payouts", "-o", "json"];
        let (output, server) = run(&args, vec![Reply::json(200, &shape.list)]);
        let listed = rows(&output);
        assert_eq!(listed.len(), 1, "{}", shape.name);
        assert_payout(&shape, &listed[0]);
        assert_eq!(lines(&server), ["GET /v1/payouts?page=1&limit=200"]);
    }
}

#[test]
fn payouts_show_reads_every_documented_shape_with_its_nested_commissions() {
    for shape in shapes() {
        let path = format!("/v1/payouts/{}", shape.id);
        let args = ["affonso", "payouts", "show", shape.id, "-o", "json"];
        let (output, server) = run(&args, vec![Reply::json(200, &shape.one)]);
        let shown = record(&output);
        assert_payout(&shape, &shown);
        assert_eq!(
            shown["transactions"],
            json!(shape.transactions),
            "{}",
            shape.name
        );
        assert_eq!(lines(&server), [format!("GET {path}")]);
    }
}

#[test]
fn settle_and_cancel_work_on_every_documented_shape() {
    for shape in shapes() {
        let what = shape.name;
        let put = format!("PUT /v1/payouts/{}", shape.id);
        let get = format!("GET /v1/payouts/{}", shape.id);

        let args = [
            "affonso",
            "settle",
            shape.id,
            "--reference",
            "ref_abc",
            "--yes",
            "-o",
            "json",
        ];
        let script = vec![
            with_status(&shape.one, "processing"),
            with_status(&shape.one, "completed"),
        ];
        let (output, server) = run(&args, script);
        let result = &rows(&output)[0];
        assert_eq!(result["result"], "succeeded", "{what}");
        assert_eq!(result["reference"], shape.id, "{what}");
        assert_eq!(result["amount"], shape.amount, "{what}");
        assert_eq!(result["currency"], shape.currency, "{what}");
        assert_eq!(lines(&server), [get.clone(), put.clone()], "{what}");
        assert_eq!(
            puts(&server)[0].1,
            r#"{"paymentReference":"ref_abc","status":"completed"}"#,
            "{what}"
        );

        let args = ["affonso", "cancel", shape.id, "--yes", "-o", "json"];
        let script = vec![
            Reply::json(200, &shape.one),
            with_status(&shape.one, "cancelled"),
        ];
        let (output, server) = run(&args, script);
        assert_eq!(rows(&output)[0]["result"], "succeeded", "{what}");
        assert_eq!(lines(&server), [get, put], "{what}");
        assert_eq!(puts(&server)[0].1, r#"{"status":"cancelled"}"#, "{what}");
    }

    // The SDK's own answer to an update, as the PUT's answer.
    let args = [
        "affonso",
        "settle",
        "pay_1",
        "--reference",
        "ref_abc",
        "--yes",
        "-o",
        "json",
    ];
    let script = vec![
        with_status(&fixture("affonso/payout_sdk.json"), "processing"),
        Reply::json(200, &fixture("affonso/payout_sdk_updated.json")),
    ];
    let (output, _) = run(&args, script);
    assert_eq!(rows(&output)[0]["result"], "succeeded");
}

#[test]
fn an_invoice_number_keeps_every_digit_as_number_or_text() {
    for invoice in ["123456789012345678901234567890", "\"INV-0007\""] {
        let body = format!(
            r#"{{"success":true,"data":[{{"id":"po_1","invoiceNumber":{invoice},"amount":1}}]}}"#
        );
        let (output, _) = run(
            &["affonso", "payouts", "-o", "json"],
            vec![Reply::json(200, &body)],
        );
        assert_eq!(
            rows(&output)[0]["invoice_number"],
            invoice.trim_matches('"')
        );
    }
}

/// Commissions created at the first and last second of January, in between, and on 1 February.
fn january() -> Vec<String> {
    ["2026-01-01T00:00:00Z", "2026-01-10T12:00:00Z", "2026-01-31T23:59:59Z", "2026-02-01T00:00:00Z"]
        .iter()
        .enumerate()
        .map(|(i, at)| {
            format!(
                r#"{{"id":"com_{i}","affiliate_id":"aff_1","commission_amount":1.{i}0,"commission_currency":"USD","status":"ready_for_payment","created_at":"{at}"}}"#
            )
        })
        .collect()
}

#[test]
fn commission_dates_go_as_documented_date_times_and_hold_whatever_the_server_does() {
    let all = january();
    let query = "created_gte=2026-01-10T00%3A00%3A00Z&created_lte=2026-01-31T23%3A59%3A59Z";
    let range = ["--from", "2026-01-10", "--until", "2026-01-31"];
    // A server that honours the filter, and one that ignores it and sends everything.
    for (server_rows, ignored) in [(all[1..3].to_vec(), 0), (all.clone(), 2)] {
        let args = [&["affonso", "actions", "-o", "json"][..], &range].concat();
        let (output, server) = run(&args, vec![page(&server_rows, server_rows.len())]);
        assert_eq!(ids(&rows(&output)), ["com_1", "com_2"]);
        assert_eq!(
            lines(&server),
            [format!("GET /v1/commissions?page=1&limit=200&{query}")]
        );
        let said = stderr_of(&output).contains(&format!("left out {ignored} commission"));
        assert_eq!(said, ignored > 0, "{}", stderr_of(&output));

        let args = [&["affonso", "balance", "-o", "json"][..], &range].concat();
        let (output, server) = run(&args, vec![page(&server_rows, server_rows.len())]);
        let balance = rows(&output);
        assert_eq!(balance.len(), 1);
        assert_eq!(balance[0]["ready_for_payment"], "2.30");
        assert_eq!(balance[0]["commissions"], 2);
        assert_eq!(
            lines(&server),
            [format!("GET /v1/commissions?page=1&limit=200&{query}")]
        );
    }
}
