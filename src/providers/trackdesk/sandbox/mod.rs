//! The simulated Trackdesk billing API, with state: affiliate accounts with open balances
//! (some without billing details, one without a payment method, one paid through Tipalti);
//! settling creates a settlement and account settlements and empties those balances;
//! statuses change by hand except on Tipalti rows; deleting restores the balances. Answers
//! are protobuf JSON as the gateway writes them — int64 counters sometimes as strings, zero
//! values left out — and errors are `google.rpc.Status`. `--trackdesk-rate-limit` turns
//! away requests beyond a rate with 429, as the tenant limit does.
//!
//! This file is the route table the rest of affpay mounts; below it, each file imports only
//! the ones under it: the handlers (`billing`, `accounts`, `conversions`, `advertisers`,
//! `tipalti`), what they read from a request (`input`), the JSON they answer (`render`) and
//! the data (`state`).

mod accounts;
mod advertisers;
mod billing;
mod conversions;
mod input;
mod render;
mod state;
mod tipalti;

use crate::sandbox::{
    self, Auth, Description, Limiter, Options, RateLimit, Route, Routes, TokenBucket,
};
use clap::{Arg, value_parser};
use render::{Answer, status};
use state::State;
use std::sync::{Mutex, MutexGuard};

pub fn args() -> Vec<Arg> {
    vec![
        Arg::new("accounts")
            .value_name("N")
            .default_value("40")
            .value_parser(value_parser!(u64))
            .help("Number of simulated Trackdesk affiliate accounts"),
        Arg::new("rate-limit")
            .value_name("N")
            .default_value("0")
            .value_parser(value_parser!(u64))
            .help("Answer 429 to Trackdesk requests beyond N a second (0: no limit)"),
    ]
}

/// The simulator: its data behind one lock, which each handler holds while it runs.
struct Simulator(Mutex<State>);

impl Simulator {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.0.lock().expect("no poisoned lock")
    }
}

const ROUTES: &[Route<Simulator, Answer>] = &[
    // Affiliate billing.
    Route::get("/api/node/billing/v1/open-balances", |sim, call| {
        billing::open_balances(call, &mut sim.lock())
    }),
    Route::get("/api/node/billing/v1/account-balances/{id}", |sim, call| {
        billing::account_balances(call, &mut sim.lock(), call.capture("id"))
    }),
    Route::post("/api/node/billing/v1/settle-balances", |sim, call| {
        billing::settle(call, &mut sim.lock())
    }),
    Route::get("/api/node/billing/v1/account-settlements", |sim, call| {
        billing::list_rows(call, &mut sim.lock())
    }),
    Route::delete(
        "/api/node/billing/v1/account-settlements/{id}",
        |sim, call| billing::delete_row(&mut sim.lock(), call.capture("id")),
    ),
    Route::put(
        "/api/node/billing/v1/account-settlements/{id}/status",
        |sim, call| billing::set_status(call, &mut sim.lock(), call.capture("id")),
    ),
    Route::get("/api/node/billing/v1/settlements", |sim, call| {
        billing::list_settlements(call, &mut sim.lock())
    }),
    Route::get("/api/node/billing/v1/settlements/{id}", |sim, call| {
        billing::get_settlement(&mut sim.lock(), call.capture("id"))
    }),
    Route::delete("/api/node/billing/v1/settlements/{id}", |sim, call| {
        billing::delete_settlement(&mut sim.lock(), call.capture("id"))
    }),
    // Accounts' billing details and payment methods.
    Route::post("/api/node/billing-details/v1", |sim, call| {
        accounts::set_billing(call, &mut sim.lock())
    }),
    Route::post("/api/node/payment-methods/v1", |sim, call| {
        accounts::add_method(call, &mut sim.lock())
    }),
    Route::patch("/api/node/payment-methods/v1/{id}", |sim, call| {
        accounts::update_method(call, &mut sim.lock(), call.capture("id"))
    }),
    Route::get("/api/node/payment-method-types/v1/supported", |_, _| {
        Ok(render::supported())
    }),
    // Conversions: the report is read with a POST, which changes nothing worth recording.
    Route::post(
        "/api/reports/conversion-report/v1",
        |sim: &Simulator, call| conversions::report(call, &mut sim.lock()),
    )
    .reads(),
    Route::put("/api/node/conversions/v1/{id}/status", |sim, call| {
        conversions::set_conversion_status(call, &mut sim.lock(), call.capture("id"))
    }),
    // What advertisers owe.
    Route::get(
        "/api/node/revenue-origin-billing/v1/open-balances",
        |sim, call| advertisers::receivables(call, &mut sim.lock()),
    ),
    Route::post(
        "/api/node/revenue-origin-billing/v1/claim-balances",
        |sim, call| advertisers::claim(call, &mut sim.lock()),
    ),
    Route::get("/api/node/revenue-origin-billing/v1/claims", |sim, call| {
        advertisers::list_claims(call, &mut sim.lock())
    }),
    Route::get(
        "/api/node/revenue-origin-billing/v1/claims/{id}",
        |sim, call| advertisers::get_claim(&mut sim.lock(), call.capture("id")),
    ),
    Route::delete(
        "/api/node/revenue-origin-billing/v1/claims/{id}",
        |sim, call| advertisers::delete_claim(&mut sim.lock(), call.capture("id")),
    ),
    // Tipalti payment batches.
    Route::get(
        "/api/node/tipalti-payments/v1/settlements/{id}/list-payable-account-settlements",
        |sim, call| tipalti::payable(&mut sim.lock(), call.capture("id")),
    ),
    Route::post(
        "/api/node/tipalti-payments/v1/settlements/{id}/payment-batch",
        |sim, call| tipalti::create_batch(&mut sim.lock(), call.capture("id")),
    ),
    Route::post(
        "/api/node/tipalti-payments/v1/settlements/{id}/payment-batch/status",
        |sim, call| tipalti::batch_status(call, &mut sim.lock(), call.capture("id")),
    ),
];

/// The simulated API, mounted with its description.
pub fn mount(options: &Options, seed: u64) -> Box<dyn Routes> {
    let rate = options.get::<u64>("rate-limit").unwrap_or(0);
    let description = Description {
        mounts: &[
            "/api/node/billing/v1",
            "/api/node/billing-details/",
            "/api/node/payment-methods/",
            "/api/node/payment-method-types/",
            "/api/reports/conversion-report/v1",
            "/api/node/conversions/v1/",
            "/api/node/revenue-origin-billing/v1/",
            "/api/node/tipalti-payments/v1/settlements/",
        ],
        auth: Auth::Token {
            header: "x-api-key",
            scheme: "",
        },
        unauthorized: "invalid or missing API key",
        error: |http, message| status(http, grpc_code(http), message),
        not_found: |request| {
            let route = format!("no route {} {}", request.method, request.path);
            status(404, 5, &route)
        },
        wrong_method: None,
        before_auth: None,
        limit: TokenBucket::new(rate).map(|bucket| RateLimit {
            limiter: Limiter::Bucket(bucket),
            refusal: "rate limit exceeded",
            retry_after: Some("1"),
        }),
        delay: std::time::Duration::ZERO,
    };
    let accounts = options.get::<u64>("accounts").unwrap_or(0);
    let simulator = Simulator(Mutex::new(State::seed(accounts, seed)));
    sandbox::mount(options, simulator, description, ROUTES)
}

/// The `google.rpc.Code` the gateway gives an HTTP status.
fn grpc_code(http: u16) -> i32 {
    match http {
        401 => 16,
        404 => 5,
        429 => 8,
        _ => 3,
    }
}
