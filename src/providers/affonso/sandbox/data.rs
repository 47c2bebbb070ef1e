//! The seeded account: commissions in every status (the vendor's examples first), payouts in
//! the vendor's three shapes (its example last), and how each shape spells a field.

use crate::sandbox::{Options, Rng};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::sync::{Mutex, MutexGuard};

const STATUSES: &[&str] = &[
    "pending",
    "pending_manual_approval",
    "ready_for_payment",
    "paid",
    "declined",
    "processing_payout",
    "refunded",
    "dispute",
];

pub struct State {
    pub commissions: Vec<Value>,
    pub payouts: Vec<Value>,
}

pub struct Simulator {
    state: Mutex<State>,
}

impl Simulator {
    pub fn from_options(options: &Options, seed: u64) -> Simulator {
        let count = options.get::<u32>("commissions").unwrap_or(60);
        let mut rng = Rng::new(seed ^ 0xaff0);
        let examples = documented_commissions();
        let generated = count.saturating_sub(examples.len() as u32);
        let generated: Vec<Value> = (0..generated)
            .map(|i| {
                let sale = Decimal::new(1_000 + rng.below(50_000) as i64, 2);
                let status = STATUSES[(i as usize) % STATUSES.len()];
                json!({
                    "id": format!("com_{i:05}"), "referral_id": format!("ref_{:04}", i / 2),
                    "affiliate_id": format!("aff_{:03}", i % 5), "program_id": "prog_sandbox",
                    "sale_amount": number(sale), "sale_amount_currency": "USD",
                    "commission_amount": number((sale / Decimal::from(10)).round_dp(2)),
                    "commission_currency": if i % 7 == 6 { "EUR" } else { "USD" },
                    "status": status, "sales_status": "complete", "hold_period_days": null,
                    "payment_intent_id": null, "invoice_id": null,
                    "created_at": format!("2026-{:02}-{:02}T10:00:00Z", 1 + i % 10, 1 + i % 28),
                    "updated_at": "2026-11-01T10:00:00Z",
                })
            })
            .collect();
        let payouts = ["pending", "processing", "failed", "cancelled", "completed"]
            .iter()
            .enumerate()
            .map(|(i, status)| payout(i, status, &generated))
            .chain(std::iter::once(documented_payout()))
            .collect();
        let commissions = examples.into_iter().chain(generated).collect();
        Simulator {
            state: Mutex::new(State {
                commissions,
                payouts,
            }),
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().expect("no poisoned lock")
    }
}

/// The commissions of the vendor's examples: `com_abc123` as its reference shows it, and
/// `com_456`, which the example payout pays.
fn documented_commissions() -> Vec<Value> {
    let commission = |id, referral, affiliate, sale: &str, amount: &str, status, at| {
        json!({
            "id": id, "referral_id": referral, "affiliate_id": affiliate,
            "program_id": "prog_123xyz", "sale_amount": number(decimal_of(sale)),
            "sale_amount_currency": "USD", "commission_amount": number(decimal_of(amount)),
            "commission_currency": "USD", "status": status, "sales_status": "complete",
            "hold_period_days": null, "payment_intent_id": null, "invoice_id": null,
            "created_at": at, "updated_at": at,
        })
    };
    vec![
        commission(
            "com_abc123",
            "ref_456def",
            "aff_789ghi",
            "99.00",
            "9.90",
            "ready_for_payment",
            "2024-01-20T15:30:00Z",
        ),
        commission(
            "com_456",
            "ref_456ghi",
            "aff_456def",
            "100.00",
            "50.00",
            "processing_payout",
            "2024-01-20T10:00:00Z",
        ),
    ]
}

/// The payout of the vendor's reference example, with the transaction its `GET` page shows.
fn documented_payout() -> Value {
    json!({
        "id": "pay_abc123", "affiliateId": "aff_456def", "invoiceNumber": 1001,
        "amount": number(decimal_of("150.00")), "status": "pending", "paymentMethod": "paypal",
        "paymentReference": null, "processedAt": null, "managedPayout": true,
        "affiliate": { "name": "John Doe", "email": "john@example.com" },
        "createdAt": "2024-01-25T10:00:00Z", "updatedAt": "2024-01-25T10:00:00Z",
        "transactions": [{
            "id": "txn_123", "amount": number(decimal_of("50.00")),
            "commission": { "id": "com_456", "amount": number(decimal_of("100.00")),
                            "commissionAmount": number(decimal_of("50.00")),
                            "createdAt": "2024-01-20T10:00:00Z" },
            "createdAt": "2024-01-25T10:00:00Z",
        }],
    })
}

fn decimal_of(text: &str) -> Decimal {
    text.parse().expect("a documented amount")
}

/// The vendor's three payout shapes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Reference,
    Sdk,
    Flat,
}

impl Shape {
    fn of(i: usize) -> Shape {
        [Shape::Reference, Shape::Sdk, Shape::Flat][i % 3]
    }

    /// How this shape spells a field: camelCase in the reference, snake_case otherwise.
    pub fn key(self, camel: &'static str, snake: &'static str) -> &'static str {
        if self == Shape::Reference {
            camel
        } else {
            snake
        }
    }

    /// The shape a stored payout was written in.
    pub fn of_payout(payout: &Value) -> Shape {
        if payout.get("affiliateId").is_some() {
            Shape::Reference
        } else if payout.get("affiliate_name").is_some() {
            Shape::Flat
        } else {
            Shape::Sdk
        }
    }
}

fn payout(i: usize, status: &str, commissions: &[Value]) -> Value {
    let shape = Shape::of(i);
    let key = |camel, snake| shape.key(camel, snake);
    let linked: Vec<&Value> = commissions
        .iter()
        .filter(|c| c["status"] == "processing_payout" || c["status"] == "ready_for_payment")
        .skip(i * 2)
        .take(2)
        .collect();
    let amount: Decimal = linked
        .iter()
        .map(|c| decimal(&c["commission_amount"]))
        .sum();
    let transactions: Vec<Value> = linked
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let mut commission = json!({"id": c["id"], "amount": c["sale_amount"]});
            commission[key("commissionAmount", "commission_amount")] = c["commission_amount"].clone();
            commission[key("createdAt", "created_at")] = c["created_at"].clone();
            let mut transaction = json!({"id": format!("txn_{i}_{n}"), "amount": c["commission_amount"],
                                         "commission": commission});
            transaction[key("createdAt", "created_at")] = json!("2026-11-01T10:00:00Z");
            transaction
        })
        .collect();
    let name = format!("Sandbox Affiliate {i}");
    let email = format!("affiliate{i}@example.com");
    let mut payout =
        json!({"id": format!("po_{i:03}"), "amount": number(amount), "status": status});
    let mut set = |camel: &'static str, snake: &'static str, value: Value| {
        payout[key(camel, snake)] = value;
    };
    set(
        "affiliateId",
        "affiliate_id",
        linked
            .first()
            .map_or(Value::Null, |c| c["affiliate_id"].clone()),
    );
    set("paymentMethod", "payment_method", Value::Null);
    set("paymentReference", "payment_reference", Value::Null);
    let processed = if status == "completed" {
        json!("2026-11-02T10:00:00Z")
    } else {
        Value::Null
    };
    set("processedAt", "processed_at", processed);
    set("createdAt", "created_at", json!("2026-11-01T10:00:00Z"));
    if shape == Shape::Flat {
        // The generated page's flat object: the affiliate's fields and a currency, no
        // invoice number or nested affiliate.
        payout["affiliate_name"] = json!(name);
        payout["affiliate_email"] = json!(email);
        payout["currency"] = json!("USD");
    } else {
        // The reference and the SDK: no currency (it is the team's), the affiliate nested,
        // the invoice number a JSON number.
        set("invoiceNumber", "invoice_number", json!(1001 + i));
        set("managedPayout", "managed_payout", json!(true));
        set("updatedAt", "updated_at", json!("2026-11-01T10:00:00Z"));
        payout["affiliate"] = json!({"name": name, "email": email});
    }
    payout["transactions"] = Value::Array(transactions);
    payout
}

pub fn number(amount: Decimal) -> Value {
    crate::money::json_number(amount)
}

pub fn decimal(value: &Value) -> Decimal {
    value.to_string().parse().unwrap_or_default()
}
