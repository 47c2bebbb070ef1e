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
//!
//! This file is the route table and the description the framework mounts; the seeded data
//! lives in `data`, the handlers in `answers`.

mod answers;
mod data;

use crate::sandbox::{
    self, Auth, Description, Limiter, Options, PerSecond, RateLimit, Route, Routes, SimResponse,
};
use answers::{
    commission_filter, envelope, find, list, payout_filter, update_commission, update_payout,
};
use clap::{Arg, value_parser};
use data::Simulator;
use serde_json::{Value, json};
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
        before_auth: None,
        limit: Some(RateLimit {
            limiter: Limiter::Second(PerSecond::new(limit)),
            refusal: "Too many requests",
            retry_after: Some("1"),
        }),
        delay: Duration::ZERO,
    };
    let simulator = Simulator::from_options(options, seed);
    sandbox::mount(options, simulator, description, ROUTES)
}

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
