//! The simulated payout panel, with state: an account balance that each payout blocks and a
//! cancel releases, `INSUFFICIENT_FUNDS` when it runs out, tokens that expire
//! (`--billon-token-ttl-secs` makes that quick for tests), and the vendor's error shape.
//! Every route is a POST with a JSON body, which the panel checks before the token; the login
//! is the one route without a token.

use crate::sandbox::{
    self, Auth, Call, Description, Options, Route, Routes, SimRequest, SimResponse, token_for,
};
use clap::{Arg, value_parser};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a handler answers: the JSON of a 200, or the error response.
type Answer = Result<Value, SimResponse>;

const ROUTES: &[Route<Simulator, Answer>] = &[
    Route::post("/api/authenticate", Simulator::authenticate).public(),
    Route::post("/api/payment/create", |sim, call| {
        create(&body(call)?, &mut sim.lock())
    }),
    Route::post("/api/payment/cancel", |sim, call| {
        cancel(&body(call)?, &mut sim.lock())
    }),
];

/// The simulated panel, mounted with its description.
pub fn mount(options: &Options, seed: u64) -> Box<dyn Routes> {
    let description = Description {
        mounts: &["/api/authenticate", "/api/payment/"],
        auth: Auth::Session {
            header: "x-access-token",
            valid: Simulator::valid,
        },
        unauthorized: "Failed to authenticate token",
        error: |status, message| error(status, "INVALID_PARAMS", message),
        not_found: |_| error(404, "INVALID_PARAMS", "not found"),
        wrong_method: None,
        before_auth: Some(|request| {
            if request.method != "POST" {
                return Some(error(404, "INVALID_PARAMS", "not found"));
            }
            body(request).err()
        }),
        limit: None,
        delay: Duration::ZERO,
    };
    let simulator = Simulator::from_options(options, seed);
    sandbox::mount(options, simulator, description, ROUTES)
}

pub fn args() -> Vec<Arg> {
    vec![
        Arg::new("funds")
            .value_name("AMOUNT")
            .default_value("10000")
            .value_parser(value_parser!(u64))
            .help("Funds on the simulated Billon panel account"),
        Arg::new("token-ttl-secs")
            .value_name("SECONDS")
            .default_value("86400")
            .value_parser(value_parser!(u64))
            .help("Lifetime of simulated Billon tokens"),
    ]
}

struct Payout {
    amount: Decimal,
    cancelled: bool,
}

struct State {
    funds: Decimal,
    tokens: HashMap<String, Instant>,
    payouts: HashMap<u64, Payout>,
    next_id: u64,
    logins: u64,
}

struct Simulator {
    password: String,
    ttl: Duration,
    state: Mutex<State>,
}

impl Simulator {
    fn from_options(options: &Options, _seed: u64) -> Simulator {
        let get = |name: &str, default: u64| options.get::<u64>(name).unwrap_or(default);
        Simulator {
            password: token_for(options.provider()),
            ttl: Duration::from_secs(get("token-ttl-secs", 86_400)),
            state: Mutex::new(State {
                funds: Decimal::from(get("funds", 10_000)),
                tokens: HashMap::new(),
                payouts: HashMap::new(),
                next_id: 1,
                logins: 0,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().expect("no poisoned lock")
    }

    /// Whether `token` was issued by a login and has not expired.
    fn valid(&self, token: &str) -> bool {
        self.lock()
            .tokens
            .get(token)
            .is_some_and(|issued| issued.elapsed() < self.ttl)
    }

    fn authenticate(&self, call: &Call) -> Answer {
        let body = body(call)?;
        if body["apiKey"].as_str() != Some(self.password.as_str()) {
            return Err(error(
                400,
                "INVALID_PARAMS",
                "Invalid authentication password",
            ));
        }
        let mut state = self.lock();
        state.logins += 1;
        let token = format!("sandbox-jwt-{}", state.logins);
        state.tokens.insert(token.clone(), Instant::now());
        Ok(json!({ "token": token }))
    }
}

fn body(request: &SimRequest) -> Result<Value, SimResponse> {
    serde_json::from_slice(&request.body)
        .map_err(|_| error(400, "INVALID_PARAMS", "Body is not JSON"))
}

fn create(body: &Value, state: &mut State) -> Result<Value, SimResponse> {
    let text = |field: &str| body[field].as_str().filter(|s| !s.is_empty());
    let amount = match &body["amount"] {
        Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
        _ => None,
    }
    .filter(|a| *a > Decimal::ZERO);
    let recipient = ["userName", "phoneNumber", "referenceId"]
        .iter()
        .any(|f| text(f).is_some());
    let complete = ["currency", "name", "description"]
        .iter()
        .all(|f| text(f).is_some())
        && ["startDate", "endDate"]
            .iter()
            .all(|f| text(f).and_then(instant).is_some())
        && body["notification"].is_boolean()
        && recipient;
    let (Some(amount), true) = (amount, complete) else {
        return Err(error(
            400,
            "INVALID_PARAMS",
            "One of required fields is empty!",
        ));
    };
    if amount > state.funds {
        return Err(error(
            400,
            "INSUFFICIENT_FUNDS",
            "Panel account does not have enough funds",
        ));
    }
    state.funds -= amount;
    let id = state.next_id;
    state.next_id += 1;
    state.payouts.insert(
        id,
        Payout {
            amount,
            cancelled: false,
        },
    );
    let now = crate::sandbox::now_millis();
    let iso = |field: &str| {
        text(field)
            .and_then(instant)
            .map(|d| d.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
    };
    Ok(json!({ "payments": [{
        "amount": body["amount"], "id": id, "currency": body["currency"],
        "startDate": iso("startDate"), "endDate": iso("endDate"),
        "description": body["description"], "notification": body["notification"],
        "status": if amount > Decimal::from(1000) { "UNAUTHORIZED" } else { "READY" },
        "recipientId": 1, "projectId": 1, "updatedAt": now, "createdAt": now,
    }]}))
}

/// A date as the panel takes it: ISO 8601 with its offset, or the example's zoneless
/// `"2018-01-01 12:00:00"`, which the simulator, unlike a real panel, reads as UTC.
fn instant(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|d| d.to_utc())
        .ok()
        .or_else(|| {
            chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
                .ok()
                .map(|d| d.and_utc())
        })
}

fn cancel(body: &Value, state: &mut State) -> Result<Value, SimResponse> {
    let ids = body["ids"]
        .as_array()
        .filter(|ids| !ids.is_empty())
        .ok_or_else(|| error(400, "INVALID_PARAMS", "ids must be a non-empty array"))?;
    let mut cancelled = 0;
    for id in ids.iter().filter_map(Value::as_u64) {
        if let Some(payout) = state.payouts.get_mut(&id).filter(|p| !p.cancelled) {
            payout.cancelled = true;
            state.funds += payout.amount;
            cancelled += 1;
        }
    }
    Ok(json!({ "success": cancelled }))
}

fn error(status: u16, kind: &str, message: &str) -> SimResponse {
    SimResponse::json(
        status,
        json!({ "error": { "message": message, "type": kind }, "errors": [] }).to_string(),
    )
}
