//! The simulated TAP operator API, with state: a payment lowers the affiliate's balance and
//! raises `payments`, an adjustment moves the balance; numbers carry long float-like tails as
//! the real API's do. Fault options rehearse what cron must survive: every Nth payment
//! rejected, slow answers, and a payment accepted whose answer never arrives intact.
//!
//! Besides the generated affiliates (35000 on), the ones the vendor's documentation names are
//! there with its figures (35427 "Master", 217628, the payment example's 35426, the reports'
//! 35425 and the adjustment example's 348678), so the documented examples work; they, and
//! the balance row, are in `sandbox_affiliates`.

use super::sandbox_affiliates::{self, Affiliate, BalanceRow, number};
use crate::sandbox::{self, Auth, Description, Options, Route, Routes, SimRequest, SimResponse};
use clap::{Arg, value_parser};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::sync::Mutex;
use std::time::Duration;

const MAX_WINDOW: u64 = 1000;

/// What a handler answers: a response, or the error response.
type Answer = Result<SimResponse, SimResponse>;

const ROUTES: &[Route<Simulator, Answer>] = &[
    Route::get("/api/af2_balance_op", |sim, call| {
        sim.balances(call).map(|b| SimResponse::json(200, b))
    }),
    Route::post("/api/af2_payments_op", |sim, call| sim.payment(call)),
    Route::post("/api/af2_adjustments_op", |sim, call| sim.adjustment(call)),
    Route::get("/api/af2_media_report_op", |sim, call| {
        sim.media_report(call)
    }),
];

/// The simulated operator API, mounted with its description.
pub fn mount(options: &Options, seed: u64) -> Box<dyn Routes> {
    let simulator = Simulator::from_options(options, seed);
    let description = Description {
        mounts: &["/api/af2_"],
        auth: Auth::Token {
            header: "authorization",
            scheme: "",
        },
        unauthorized: "Unauthorized",
        error,
        // The vendor's documentation shows no answer for an unknown path: the simulator's.
        not_found: |request| SimResponse::not_found(&request.path),
        wrong_method: None,
        before_auth: None,
        limit: None,
        delay: Duration::from_millis(options.get::<u64>("delay-ms").unwrap_or(0)),
    };
    sandbox::mount(options, simulator, description, ROUTES)
}

pub fn args() -> Vec<Arg> {
    let number = |name: &'static str, default: &'static str, help: &'static str| {
        Arg::new(name)
            .value_name("N")
            .default_value(default)
            .value_parser(value_parser!(u64))
            .help(help)
    };
    vec![
        number(
            "affiliates",
            "50",
            "Number of simulated Smartico affiliates",
        ),
        number(
            "reject-every",
            "0",
            "Reject every Nth Smartico payment (0: never)",
        ),
        number(
            "drop-every",
            "0",
            "Record every Nth Smartico payment but break the connection instead of answering (0: never)",
        ),
        number(
            "delay-ms",
            "0",
            "Delay every Smartico answer by this many milliseconds",
        ),
    ]
}

struct State {
    affiliates: Vec<Affiliate>,
    payments_received: u64,
    next_payment_id: i64,
}

struct Simulator {
    state: Mutex<State>,
    reject_every: u64,
    drop_every: u64,
}

impl Simulator {
    fn from_options(options: &Options, seed: u64) -> Simulator {
        let get = |name: &str| options.get::<u64>(name).unwrap_or(0);
        let affiliates = sandbox_affiliates::affiliates(get("affiliates").max(1) as i64, seed);
        Simulator {
            state: Mutex::new(State {
                affiliates,
                payments_received: 0,
                next_payment_id: 15_561,
            }),
            reject_every: get("reject-every"),
            drop_every: get("drop-every"),
        }
    }

    fn media_report(&self, request: &SimRequest) -> Answer {
        let state = self.state.lock().expect("no poisoned lock");
        let ids: Vec<i64> = state.affiliates.iter().map(|a| a.id).collect();
        super::sandbox_reports::media_report(request, &ids).map(|body| SimResponse::json(200, body))
    }

    fn balances(&self, request: &SimRequest) -> Result<String, SimResponse> {
        if let Some(unknown) = request.unknown_params(&["filter", "range"]).first() {
            return Err(error(400, &format!("unknown parameter {unknown}")));
        }
        let filter: serde_json::Map<String, Value> = match request.param("filter") {
            None => serde_json::Map::new(),
            Some(text) => {
                serde_json::from_str(text).map_err(|_| error(400, "filter is not a JSON object"))?
            }
        };
        if let Some(key) = filter
            .keys()
            .find(|k| !["above_threshold", "to", "affiliate_id"].contains(&k.as_str()))
        {
            return Err(error(400, &format!("unknown filter key {key}")));
        }
        let (start, end) = range(request.param("range").unwrap_or("[0,9]"))?;
        let above = filter
            .get("above_threshold")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let only = filter.get("affiliate_id").and_then(Value::as_i64);
        let state = self.state.lock().expect("no poisoned lock");
        let rows: Vec<BalanceRow> = state
            .affiliates
            .iter()
            .filter(|a| !above || (a.balance > Decimal::ZERO && a.balance >= a.threshold))
            .filter(|a| only.is_none_or(|id| a.id == id))
            .skip(start as usize)
            .take((end - start + 1) as usize)
            .map(BalanceRow::of)
            .collect();
        Ok(serde_json::to_string(&rows).expect("a balance row serializes"))
    }

    fn payment(&self, request: &SimRequest) -> Result<SimResponse, SimResponse> {
        let body: Value =
            serde_json::from_slice(&request.body).map_err(|_| error(400, "body is not JSON"))?;
        let (id, amount) = id_and_amount(&body)?;
        if amount <= Decimal::ZERO {
            return Err(error(400, "amount must be positive"));
        }
        let mut state = self.state.lock().expect("no poisoned lock");
        state.payments_received += 1;
        let n = state.payments_received;
        if self.reject_every > 0 && n.is_multiple_of(self.reject_every) {
            return Err(error(
                400,
                &format!("payment {n} rejected by the sandbox (--smartico-reject-every)"),
            ));
        }
        let payment_id = state.next_payment_id;
        state.next_payment_id += 1;
        let now = crate::sandbox::now_millis();
        let affiliate = find(&mut state.affiliates, id)?;
        affiliate.balance -= amount;
        affiliate.payments += amount;
        affiliate.last_payment = Some(now.clone());
        let answer = json!({
            "id": payment_id, "payment_id": payment_id, "amount": number(amount),
            "affiliate_id": id, "payment_details": body.get("payment_details"), "create_by": 1,
            "create_date": now, "period_from": body.get("period_from").map(|_| now.clone()),
            "period_to": body.get("period_to").map(|_| now.clone()),
            "operator_comments": body.get("operator_comments"), "payment_date": now,
            "payment_status_id": 4, "operator_currency": "EUR", "affiliate_name": affiliate.name,
            "payment_method_id": 0, "payment_method_details": {}, "username": "sandbox",
            "payment_status_name": "Paid", "manager_id": 2342,
            "payment_name": format!("{} - {amount} EUR", affiliate.name),
        });
        if self.drop_every > 0 && n.is_multiple_of(self.drop_every) {
            return Ok(SimResponse::broken());
        }
        Ok(SimResponse::json(200, answer.to_string()))
    }

    fn adjustment(&self, request: &SimRequest) -> Result<SimResponse, SimResponse> {
        let body: Value =
            serde_json::from_slice(&request.body).map_err(|_| error(400, "body is not JSON"))?;
        let (id, amount) = id_and_amount(&body)?;
        if body
            .get("adjustment_type_id")
            .and_then(Value::as_i64)
            .is_none()
        {
            return Err(error(400, "adjustment_type_id is required"));
        }
        let mut state = self.state.lock().expect("no poisoned lock");
        let affiliate = find(&mut state.affiliates, id)?;
        affiliate.balance += amount;
        affiliate.adjustments += amount;
        Ok(SimResponse::json(
            200,
            json!({ "success": true }).to_string(),
        ))
    }
}

fn id_and_amount(body: &Value) -> Result<(i64, Decimal), SimResponse> {
    let id = body
        .get("affiliate_id")
        .and_then(Value::as_i64)
        .ok_or_else(|| error(400, "affiliate_id must be an integer"))?;
    let amount = match body.get("amount") {
        Some(Value::Number(n)) => n.to_string().parse::<Decimal>().ok(),
        _ => None,
    }
    .ok_or_else(|| error(400, "amount must be a number"))?;
    Ok((id, amount))
}

fn find(affiliates: &mut [Affiliate], id: i64) -> Result<&mut Affiliate, SimResponse> {
    affiliates
        .iter_mut()
        .find(|a| a.id == id)
        .ok_or_else(|| error(400, &format!("affiliate {id} not found")))
}

/// `[a,b]`, inclusive, at most 1000 rows.
fn range(text: &str) -> Result<(u64, u64), SimResponse> {
    let bad = || error(400, "range must be [start,end] with start <= end");
    let pair: Vec<u64> = serde_json::from_str(text).map_err(|_| bad())?;
    match pair[..] {
        [start, end] if start <= end && end - start < MAX_WINDOW => Ok((start, end)),
        [start, end] if start <= end => Err(error(400, "range covers more than 1000 rows")),
        _ => Err(bad()),
    }
}

fn error(status: u16, message: &str) -> SimResponse {
    SimResponse::json(
        status,
        json!({ "errorCode": status, "message": message }).to_string(),
    )
}
