//! The simulated finance v2 API: the documented paths, the `X-Access-Token` header (401
//! without it), the documented parameters and their limits (anything else is a 400), money as
//! decimal strings with trailing zeros dropped as the vendor does ("192022.6"), and `count`.
//!
//! With `--travelpayouts-rate-limit N` it turns away requests beyond N a minute with a 429
//! and no `Retry-After`, until the minute window ends, as the vendor's limits page describes
//! (`--travelpayouts-rate-window` shortens the minute for tests); `--travelpayouts-delay-ms`
//! adds latency to every answer, as a real network would.
//!
//! Actions are kept compact (about 50 bytes each) so a million of them fit for benchmarks;
//! each filter's selection and totals are computed once and cached, because a client paging
//! through asks for the same filter hundreds of times.
//!
//! The first actions and the first payout are the ones the vendor's documentation shows, with
//! its ids and figures (action `100:14195346240`, payout
//! `4af0c247-df4c-4873-a6b6-7bbf91afa3b9`…), so its examples work; the rest is generated.

//!
//! This file is the route table and the description the framework mounts; the data and its
//! generation live in `data`, the answers in `answers`.

mod answers;
mod data;

use crate::sandbox::{
    self, Auth, Call, Description, Limiter, Options, RateLimit, Route, Routes, SimResponse,
    WindowLimit,
};
use answers::error;
use clap::{Arg, value_parser};
use data::Simulator;

/// What a handler answers: the JSON text of a 200, or the error response.
type Answer = Result<String, SimResponse>;

const ACTION_FILTERS: &[&str] = &[
    "currency",
    "action_id",
    "action_state",
    "campaign_id",
    "from",
    "until",
    "offset",
    "limit",
];

const ROUTES: &[Route<Simulator, Answer>] = &[
    Route::get("/finance/v2/get_user_balance", |sim, call| {
        known(call, &[])?;
        Ok(sim.balances("balance", true))
    }),
    Route::get("/finance/v2/get_user_next_payout", |sim, call| {
        known(call, &[])?;
        Ok(sim.balances("next_payout", false))
    }),
    Route::get("/finance/v2/get_user_payments", |sim, call| {
        known(call, &[])?;
        Ok(sim.payments())
    }),
    Route::get(
        "/finance/v2/get_user_actions_affecting_balance",
        |sim, call| {
            known(call, ACTION_FILTERS)?;
            sim.balance_actions(call)
        },
    ),
    Route::get(
        "/finance/v2/get_user_actions_affecting_payment",
        |sim, call| {
            known(call, &["payment_uuid", "offset", "limit"])?;
            sim.payment_actions(call)
        },
    ),
    Route::get("/finance/v2/get_action_details", |sim, call| {
        known(call, &["action_id", "currency"])?;
        sim.details(call)
    }),
];

/// The simulated finance API, mounted with its description.
pub fn mount(options: &Options, seed: u64) -> Box<dyn Routes> {
    let number = |name: &str| options.get::<u64>(name);
    let window = std::time::Duration::from_secs(number("rate-window").unwrap_or(60));
    let limit = WindowLimit::new(number("rate-limit").unwrap_or(0), window);
    let description = Description {
        mounts: &["/finance/v2/"],
        auth: Auth::Token {
            header: "x-access-token",
            scheme: "",
        },
        unauthorized: "Unauthorized: missing or invalid X-Access-Token",
        error,
        not_found: |request| SimResponse::not_found(&request.path),
        wrong_method: Some(|_| error(405, "method not allowed")),
        before_auth: None,
        limit: limit.map(|window| RateLimit {
            limiter: Limiter::Window(window),
            refusal: "Too Many Requests: the rate limit of this method is used up",
            retry_after: None,
        }),
        delay: std::time::Duration::from_millis(number("delay-ms").unwrap_or(0)),
    };
    let count = options.get::<u32>("actions").unwrap_or(1000);
    sandbox::mount(
        options,
        Simulator::generate(count, seed),
        description,
        ROUTES,
    )
}

/// Refuses a parameter the method does not document.
fn known(call: &Call, names: &[&str]) -> Result<(), SimResponse> {
    match call.unknown_params(names).first() {
        Some(unknown) => Err(error(400, &format!("unknown parameter: {unknown}"))),
        None => Ok(()),
    }
}
pub fn args() -> Vec<Arg> {
    vec![
        Arg::new("actions")
            .value_name("N")
            .default_value("1000")
            .value_parser(value_parser!(u32))
            .help("Number of simulated Travelpayouts actions"),
        Arg::new("rate-limit")
            .value_name("N")
            .default_value("0")
            .value_parser(value_parser!(u64))
            .help("Answer 429 (no Retry-After) to Travelpayouts requests beyond N a minute, until the minute ends (0: no limit)"),
        Arg::new("rate-window")
            .value_name("SECONDS")
            .default_value("60")
            .value_parser(value_parser!(u64).range(1..=3600))
            .help("Length of the rate limit's minute window, shorter for tests"),
        Arg::new("delay-ms")
            .value_name("MS")
            .default_value("0")
            .value_parser(value_parser!(u64))
            .help("Delay every Travelpayouts answer by this many milliseconds"),
    ]
}
