//! The simulated Affonso API, with state: commissions in every status, payouts that move
//! through the documented transitions (completing one marks its commissions paid), the
//! envelope and error shapes, rate-limit headers on every answer, and — with
//! `--affonso-rate-limit N` — a 429 with `Retry-After` once N requests fall in one second.
//! Commissions are written in snake_case, as the reference shows them. Payouts take turns in
//! the three shapes the vendor documents — the hand-written reference (camelCase, the
//! affiliate nested, `invoiceNumber` a number, no currency), the SDK's fixture (the same in
//! snake_case) and the OpenAPI-generated flat one (`affiliate_name`, `affiliate_email`,
//! `currency`) — so a rehearsal meets every shape a real server may send.
//!
//! The records of the vendor's examples are there as documented: commissions `com_abc123`
//! and `com_456` first, payout `pay_abc123` (pending, 150.00, one transaction for `com_456`)
//! after the generated ones.

use super::wire::allowed;
use crate::sandbox::{
    Auth, Description, Limiter, Mounted, Options, PerSecond, RateLimit, Rng, Route, Routes,
    SimRequest, SimResponse,
};
use clap::{Arg, value_parser};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// What a handler answers: the JSON of a 200, or the error response.
type Answer = Result<Value, SimResponse>;

const ROUTES: &[Route<Simulator, Answer>] = &[
    Route::get("/v1/commissions", |sim, call| {
        list(call, &sim.lock().commissions, commission_filter, false)
    }),
    Route::get("/v1/commissions/{id}", |sim, call| {
        let state = sim.lock();
        find(&state.commissions, call.capture("id")).map(|c| json!({"success": true, "data": c}))
    }),
    Route::put("/v1/commissions/{id}", |sim, call| {
        update_commission(call, &mut sim.lock().commissions, call.capture("id"))
    }),
    Route::get("/v1/payouts", |sim, call| {
        list(call, &sim.lock().payouts, payout_filter, true)
    }),
    Route::get("/v1/payouts/{id}", |sim, call| {
        let state = sim.lock();
        find(&state.payouts, call.capture("id")).map(|p| json!({"success": true, "data": p}))
    }),
    Route::put("/v1/payouts/{id}", |sim, call| {
        update_payout(call, &mut sim.lock(), call.capture("id"))
    }),
];

/// The simulated API, mounted with its description.
pub fn mount(options: &Options, seed: u64) -> Box<dyn Routes> {
    let limit = options.get::<u32>("rate-limit").unwrap_or(0);
    let description = Description {
        mounts: &["/v1/"],
        auth: Auth::Token {
            header: "authorization",
            scheme: "Bearer ",
        },
        unauthorized: "Invalid or missing API key",
        error: envelope,
        not_found: |request| envelope(404, &format!("no route {}", request.path)),
        wrong_method: None,
        limit: Some(RateLimit {
            limiter: Limiter::Second(PerSecond::new(limit)),
            refusal: "Too many requests",
            retry_after: Some("1"),
        }),
        delay: Duration::ZERO,
    };
    let simulator = Simulator::from_options(options, seed);
    Box::new(Mounted::new(
        options.provider(),
        simulator,
        description,
        ROUTES,
    ))
}

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

pub fn args() -> Vec<Arg> {
    vec![
        Arg::new("commissions")
            .value_name("N")
            .default_value("60")
            .value_parser(value_parser!(u32))
            .help("Number of simulated Affonso commissions"),
        Arg::new("rate-limit")
            .value_name("N")
            .default_value("0")
            .value_parser(value_parser!(u32))
            .help("Answer 429 once more than N Affonso requests arrive in one second (0: never)"),
    ]
}

struct State {
    commissions: Vec<Value>,
    payouts: Vec<Value>,
}

struct Simulator {
    state: Mutex<State>,
}

impl Simulator {
    fn from_options(options: &Options, seed: u64) -> Simulator {
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

    fn lock(&self) -> MutexGuard<'_, State> {
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
enum Shape {
    Reference,
    Sdk,
    Flat,
}

impl Shape {
    fn of(i: usize) -> Shape {
        [Shape::Reference, Shape::Sdk, Shape::Flat][i % 3]
    }

    /// How this shape spells a field: camelCase in the reference, snake_case otherwise.
    fn key(self, camel: &'static str, snake: &'static str) -> &'static str {
        if self == Shape::Reference {
            camel
        } else {
            snake
        }
    }

    /// The shape a stored payout was written in.
    fn of_payout(payout: &Value) -> Shape {
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

fn list(
    request: &SimRequest,
    rows: &[Value],
    keep: fn(&SimRequest, &Value) -> bool,
    camel: bool,
) -> Result<Value, SimResponse> {
    let number = |name: &str, default: u64| -> Result<u64, SimResponse> {
        request.param(name).map_or(Ok(default), |v| {
            v.parse()
                .map_err(|_| error(400, "VALIDATION_ERROR", &format!("{name} must be a number")))
        })
    };
    let (page, limit) = (number("page", 1)?.max(1), number("limit", 50)?);
    if !(1..=200).contains(&limit) {
        return Err(error(
            400,
            "VALIDATION_ERROR",
            "limit must be between 1 and 200",
        ));
    }
    let kept: Vec<&Value> = rows.iter().filter(|r| keep(request, r)).collect();
    let total = kept.len() as u64;
    let data: Vec<&Value> = kept
        .into_iter()
        .skip(((page - 1) * limit) as usize)
        .take(limit as usize)
        .collect();
    let pages = total.div_ceil(limit);
    let pagination = if camel {
        json!({"page": page, "limit": limit, "total": total, "totalPages": pages,
               "hasNextPage": page < pages, "hasPrevPage": page > 1})
    } else {
        json!({"page": page, "limit": limit, "total": total, "total_pages": pages,
               "has_next_page": page < pages, "has_prev_page": page > 1})
    };
    Ok(json!({"success": true, "data": data, "pagination": pagination}))
}

fn commission_filter(request: &SimRequest, c: &Value) -> bool {
    let eq = |param: &str, field: &str| request.param(param).is_none_or(|v| c[field] == v);
    let created = c["created_at"].as_str().unwrap_or_default();
    eq("affiliate_id", "affiliate_id")
        && eq("referral_id", "referral_id")
        && eq("status", "status")
        && eq("sales_status", "sales_status")
        // Compared as text, as a server comparing timestamps would: a bare date sent as
        // `created_lte` ends at that day's midnight and leaves the day itself out.
        && request
            .param("created_gte")
            .is_none_or(|d| created >= d)
        && request
            .param("created_lte")
            .is_none_or(|d| created <= d)
}

fn payout_filter(request: &SimRequest, p: &Value) -> bool {
    let affiliate = p.get("affiliateId").or_else(|| p.get("affiliate_id"));
    request.param("status").is_none_or(|v| p["status"] == v)
        && request
            .param("affiliateId")
            .is_none_or(|v| affiliate.is_some_and(|a| a == v))
}

fn find<'a>(rows: &'a [Value], id: &str) -> Result<&'a Value, SimResponse> {
    rows.iter()
        .find(|r| r["id"] == id)
        .ok_or_else(|| error(404, "NOT_FOUND", &format!("{id} not found")))
}

fn body(request: &SimRequest) -> Result<Value, SimResponse> {
    serde_json::from_slice(&request.body)
        .map_err(|_| error(400, "VALIDATION_ERROR", "body is not JSON"))
}

fn update_commission(
    request: &SimRequest,
    commissions: &mut [Value],
    id: &str,
) -> Result<Value, SimResponse> {
    let body = body(request)?;
    let commission = commissions
        .iter_mut()
        .find(|c| c["id"] == id)
        .ok_or_else(|| error(404, "NOT_FOUND", &format!("{id} not found")))?;
    for field in ["commission_amount", "status", "hold_period_days"] {
        if let Some(value) = body.get(field) {
            commission[field] = value.clone();
        }
    }
    Ok(json!({"success": true, "data": commission}))
}

fn update_payout(request: &SimRequest, state: &mut State, id: &str) -> Result<Value, SimResponse> {
    let body = body(request)?;
    let target = body["status"]
        .as_str()
        .ok_or_else(|| error(400, "VALIDATION_ERROR", "status is required"))?
        .to_string();
    let payout = state
        .payouts
        .iter_mut()
        .find(|p| p["id"] == id)
        .ok_or_else(|| error(404, "NOT_FOUND", &format!("{id} not found")))?;
    let current = payout["status"].as_str().unwrap_or_default().to_string();
    if !allowed(&current, &target) {
        return Err(error(
            400,
            "VALIDATION_ERROR",
            &format!("cannot change {current} to {target}"),
        ));
    }
    payout["status"] = Value::String(target.clone());
    let shape = Shape::of_payout(payout);
    for (field, snake) in [
        ("paymentMethod", "payment_method"),
        ("paymentReference", "payment_reference"),
    ] {
        if let Some(value) = body.get(field) {
            payout[shape.key(field, snake)] = value.clone();
        }
    }
    let paid: Vec<Value> = payout["transactions"]
        .as_array()
        .map(|t| t.iter().map(|t| t["commission"]["id"].clone()).collect())
        .unwrap_or_default();
    if target == "completed" {
        payout[shape.key("processedAt", "processed_at")] =
            Value::String(crate::sandbox::now_millis());
        for c in state
            .commissions
            .iter_mut()
            .filter(|c| paid.contains(&c["id"]))
        {
            c["status"] = Value::String("paid".into());
        }
    }
    let answer = state.payouts.iter().find(|p| p["id"] == id).cloned();
    Ok(json!({"success": true, "data": answer}))
}

fn number(amount: Decimal) -> Value {
    crate::money::json_number(amount)
}

fn decimal(value: &Value) -> Decimal {
    value.to_string().parse().unwrap_or_default()
}

/// The vendor's error envelope, with the code its reference gives each status.
fn envelope(status: u16, message: &str) -> SimResponse {
    let code = match status {
        401 => "UNAUTHORIZED",
        404 => "NOT_FOUND",
        429 => "RATE_LIMIT_EXCEEDED",
        _ => "VALIDATION_ERROR",
    };
    error(status, code, message)
}

fn error(status: u16, code: &str, message: &str) -> SimResponse {
    SimResponse::json(
        status,
        json!({"success": false, "error": {"code": code, "message": message}}).to_string(),
    )
}
