//! The simulated Trackdesk billing API, with state: affiliate accounts with open balances
//! (some without billing details, one without a payment method, one paid through Tipalti);
//! settling creates a settlement and account settlements and empties those balances;
//! statuses change by hand except on Tipalti rows; deleting restores the balances. Answers
//! are protobuf JSON as the gateway writes it — int64 counters sometimes as strings, zero
//! values left out — and errors are `google.rpc.Status`. `--trackdesk-rate-limit` turns
//! away requests beyond a rate with 429, as the tenant limit does.
//!
//! This file is the entry the rest of affpay uses; the data lives in `state`, the handlers in
//! `routes`, the JSON they answer in `render`, and the routes beyond billing in `more`.

mod more;
mod render;
mod routes;
mod state;

use crate::sandbox::{Routes, SimRequest, SimResponse, token_for};
use clap::{Arg, ArgMatches, value_parser};
use render::status;
use routes::BILLING;
use state::State;
use std::sync::Mutex;
use std::time::Instant;

pub fn args() -> Vec<Arg> {
    vec![
        Arg::new("trackdesk-accounts")
            .long("trackdesk-accounts")
            .value_name("N")
            .default_value("40")
            .value_parser(value_parser!(u64))
            .help("Number of simulated Trackdesk affiliate accounts"),
        Arg::new("trackdesk-rate-limit")
            .long("trackdesk-rate-limit")
            .value_name("N")
            .default_value("0")
            .value_parser(value_parser!(u64))
            .help("Answer 429 to Trackdesk requests beyond N a second (0: no limit)"),
    ]
}

pub struct Simulator {
    token: String,
    rate_limit: u64,
    state: Mutex<State>,
}

impl Simulator {
    pub fn from_options(options: &ArgMatches, seed: u64) -> Simulator {
        let get = |name: &str| options.get_one::<u64>(name).copied().unwrap_or(0);
        let rate_limit = get("trackdesk-rate-limit");
        Simulator {
            token: token_for("trackdesk"),
            rate_limit,
            state: Mutex::new(State::seed(get("trackdesk-accounts"), rate_limit, seed)),
        }
    }

    /// A token bucket as large as a second's allowance, refilled at the rate.
    fn over_limit(&self, state: &mut State) -> bool {
        if self.rate_limit == 0 {
            return false;
        }
        let limit = self.rate_limit as f64;
        let (tokens, since) = state.bucket;
        let tokens = (tokens + since.elapsed().as_secs_f64() * limit).min(limit);
        if tokens < 1.0 {
            state.bucket = (tokens, Instant::now());
            return true;
        }
        state.bucket = (tokens - 1.0, Instant::now());
        false
    }
}

impl Routes for Simulator {
    fn handles(&self, path: &str) -> bool {
        path.starts_with(BILLING)
            || path.starts_with("/api/node/billing-details/")
            || path.starts_with("/api/node/payment-methods/")
            || path.starts_with("/api/node/payment-method-types/")
            || more::handles(path)
    }

    /// The conversion report is read with a POST; it changes nothing worth recording.
    fn changes(&self, request: &SimRequest) -> bool {
        request.method != "GET" && request.path != more::REPORT
    }

    fn handle(&self, request: &SimRequest) -> SimResponse {
        let mut state = self.state.lock().expect("no poisoned lock");
        if self.over_limit(&mut state) {
            return status(429, 8, "rate limit exceeded").with_header("Retry-After", "1");
        }
        if request.header("x-api-key") != Some(self.token.as_str()) {
            return status(401, 16, "invalid or missing API key");
        }
        match routes::route(request, &mut state) {
            Ok(body) => SimResponse::json(200, body.to_string()),
            Err(answer) => answer,
        }
    }
}
