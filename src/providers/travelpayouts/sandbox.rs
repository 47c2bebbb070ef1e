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

use crate::sandbox::{
    Auth, Call, Description, Limiter, Mounted, Options, RateLimit, Rng, Route, Routes, SimRequest,
    SimResponse, WindowLimit,
};
use chrono::{DateTime, NaiveDate};
use clap::{Arg, value_parser};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

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
        limit: limit.map(|window| RateLimit {
            limiter: Limiter::Window(window),
            refusal: "Too Many Requests: the rate limit of this method is used up",
            retry_after: None,
        }),
        delay: std::time::Duration::from_millis(number("delay-ms").unwrap_or(0)),
    };
    let count = options.get::<u32>("actions").unwrap_or(1000);
    Box::new(Mounted::new(
        options.provider(),
        Simulator::generate(count, seed),
        description,
        ROUTES,
    ))
}

/// Refuses a parameter the method does not document.
fn known(call: &Call, names: &[&str]) -> Result<(), SimResponse> {
    match call.unknown_params(names).first() {
        Some(unknown) => Err(error(400, &format!("unknown parameter: {unknown}"))),
        None => Ok(()),
    }
}
const MAX_LIMIT: u64 = 300;
/// 2025-01-01 00:00:00 UTC: the first simulated booking.
const FIRST_BOOKING: i64 = 1_735_689_600;
const SPAN_SECONDS: i64 = 660 * 86_400;
const ID_BASE: u64 = 14_000_000_000;
const CAMPAIGNS: &[i64] = &[100, 101, 157, 75, 193];
const STATES: &[&str] = &["paid", "processing", "cancelled"];
const PLACES: &[&str] = &[
    "Cape Girardeau (US)",
    "Lisbon (PT)",
    "Tashkent (UZ)",
    "Manama (BH)",
    "Kraków (PL)",
    "Da Nang (VN)",
    "Tbilisi (GE)",
    "Valencia (ES)",
];
const GATES: &[&str] = &["Agoda", "Booking.com", "Aviasales", "Hotellook", "Trip.com"];

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

#[derive(Debug, Clone)]
struct Action {
    campaign: i64,
    state: u8,
    booked: i64,
    updated: i64,
    price_cents: i64,
    profit_cents: i64,
    place: u8,
    gate: u8,
    /// The payout that paid it, if any.
    payment: Option<u32>,
}

#[derive(Debug)]
struct Payment {
    uuid: String,
    paid_at: i64,
    actions: Vec<u32>,
    amount_cents: i64,
    comment: &'static str,
}

/// The vendor's example actions: id, state, price and profit in cents, booked and updated
/// (UTC), and whether the example payout paid it.
const DOCUMENTED: &[(&str, u8, i64, i64, &str, &str, bool)] = &[
    (
        "100:10080977893",
        0,
        50,
        1,
        "2020-02-25 11:05:21",
        "2020-02-25 11:30:00",
        true,
    ),
    (
        "100:14195346240",
        0,
        39_790,
        2_109,
        "2021-04-28 08:13:47",
        "2021-04-28 08:33:46",
        false,
    ),
    (
        "100:14358982146",
        0,
        6_083,
        152,
        "2021-05-12 06:26:54",
        "2021-05-12 06:30:58",
        false,
    ),
];

struct Selected {
    indices: Vec<u32>,
    total_price: Decimal,
    total_profit: Decimal,
}

struct Simulator {
    /// The first actions, with the ids the vendor's examples give them; the others are
    /// `campaign:ID_BASE+n`, n counting generated actions only.
    documented: Vec<&'static str>,
    actions: Vec<Action>,
    payments: Vec<Payment>,
    selections: Mutex<HashMap<String, Arc<Selected>>>,
}

impl Simulator {
    /// `count` actions: the documented ones, then generated ones spread as if there were
    /// `count` of them (so the documented ones only take the place of the latest).
    fn generate(count: u32, seed: u64) -> Simulator {
        let mut rng = Rng::new(seed);
        let step = SPAN_SECONDS / i64::from(count.max(1));
        let paid_cutoff = FIRST_BOOKING + SPAN_SECONDS * 9 / 10;
        let generated = count.saturating_sub(DOCUMENTED.len() as u32);
        let mut actions: Vec<Action> = (0..generated)
            .map(|i| {
                let booked =
                    FIRST_BOOKING + i64::from(i) * step + rng.below(step.max(1) as u64) as i64;
                let price_cents = 2_000 + rng.below(150_000) as i64;
                let recent = booked >= paid_cutoff;
                let roll = rng.below(100);
                let state = match (recent, roll) {
                    (false, 0..=84) | (true, 0..=19) => 0,
                    (_, 85..=94) | (true, 20..=29) => 2,
                    _ => 1,
                };
                Action {
                    campaign: CAMPAIGNS[rng.below(CAMPAIGNS.len() as u64) as usize],
                    state,
                    booked,
                    updated: booked + 3_600 + rng.below(86_400 * 20) as i64,
                    price_cents,
                    profit_cents: price_cents * (2 + rng.below(5) as i64) / 100,
                    place: rng.below(PLACES.len() as u64) as u8,
                    gate: rng.below(GATES.len() as u64) as u8,
                    payment: None,
                }
            })
            .collect();
        let mut payments = pay_by_month(&mut actions, paid_cutoff, &mut rng);
        let (documented, example_payment) = documented_first(&mut actions, &mut payments);
        payments.insert(0, example_payment);
        Simulator {
            documented,
            actions,
            payments,
            selections: Mutex::new(HashMap::new()),
        }
    }

    /// Balance: everything earned and not yet paid out; next payout: the confirmed part.
    fn balances(&self, key: &str, with_processing: bool) -> String {
        let owed = |a: &&Action| {
            a.payment.is_none() && (a.state == 0 || (with_processing && a.state == 1))
        };
        let mut amounts = serde_json::Map::new();
        for currency in ["usd", "eur", "rub"] {
            let total: Decimal = self
                .actions
                .iter()
                .filter(owed)
                .map(|a| convert(a.profit_cents, currency))
                .sum();
            amounts.insert(currency.to_string(), Value::String(money(total)));
        }
        json!({ key: amounts }).to_string()
    }

    fn payments(&self) -> String {
        let list: Vec<Value> = self
            .payments
            .iter()
            .enumerate()
            .map(|(i, p)| {
                json!({
                    "paid_at": timestamp(p.paid_at),
                    "payment_uuid": p.uuid,
                    "amount": money(convert(p.amount_cents, "usd")),
                    "currency": "usd",
                    "payment_info_id": 92_798 + i,
                    "comment": p.comment,
                })
            })
            .collect();
        Value::Array(list).to_string()
    }

    fn balance_actions(&self, request: &SimRequest) -> Result<String, SimResponse> {
        let currency = currency(request)?;
        let (offset, limit) = window(request)?;
        let state = match request.param("action_state") {
            None => None,
            Some(s) => Some(STATES.iter().position(|k| *k == s).ok_or_else(|| {
                error(
                    400,
                    &format!("action_state must be one of paid, processing, cancelled, not {s}"),
                )
            })? as u8),
        };
        let campaign = match request.param("campaign_id") {
            None => None,
            Some(c) => Some(
                c.parse::<i64>()
                    .map_err(|_| error(400, "campaign_id must be an integer"))?,
            ),
        };
        let from = date_param(request, "from")?.map(day_start);
        let until = date_param(request, "until")?.map(|d| day_start(d) + 86_400);
        let wanted = request.param("action_id").and_then(|id| self.index_of(id));
        let id_filter = request.param("action_id").is_some();
        let key = format!(
            "{currency}|{:?}",
            request
                .query
                .iter()
                .filter(|(k, _)| k != "offset" && k != "limit")
                .collect::<Vec<_>>()
        );
        let selected = self.select(&key, currency, |i, a| {
            state.is_none_or(|s| a.state == s)
                && campaign.is_none_or(|c| a.campaign == c)
                && from.is_none_or(|f| a.booked >= f)
                && until.is_none_or(|u| a.booked < u)
                && (!id_filter || wanted == Some(i))
        });
        let page: Vec<Value> = selected
            .indices
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .map(|&i| self.action_json(i, currency))
            .collect();
        let campaigns: Vec<i64> = {
            let mut c = CAMPAIGNS.to_vec();
            c.sort();
            c
        };
        Ok(json!({
            "actions": page,
            "total_price": money(selected.total_price),
            "total_profit": money(selected.total_profit),
            "available_campaigns": campaigns,
            "count": selected.indices.len(),
        })
        .to_string())
    }

    fn select(
        &self,
        key: &str,
        currency: &str,
        keep: impl Fn(usize, &Action) -> bool,
    ) -> Arc<Selected> {
        let mut cache = self.selections.lock().expect("no poisoned lock");
        if let Some(hit) = cache.get(key) {
            return Arc::clone(hit);
        }
        let mut selected = Selected {
            indices: Vec::new(),
            total_price: Decimal::ZERO,
            total_profit: Decimal::ZERO,
        };
        for (i, action) in self.actions.iter().enumerate() {
            if keep(i, action) {
                selected.indices.push(i as u32);
                selected.total_price += convert(action.price_cents, currency);
                selected.total_profit += convert(action.profit_cents, currency);
            }
        }
        if cache.len() > 64 {
            cache.clear();
        }
        let selected = Arc::new(selected);
        cache.insert(key.to_string(), Arc::clone(&selected));
        selected
    }

    fn action_json(&self, index: u32, currency: &str) -> Value {
        let a = &self.actions[index as usize];
        let day = DateTime::from_timestamp(a.booked + 86_400 * 30, 0)
            .expect("valid time")
            .date_naive();
        json!({
            "action_id": self.action_id(index as usize, a),
            "campaign_id": a.campaign,
            "action_state": STATES[a.state as usize],
            "price": money(convert(a.price_cents, currency)),
            "profit": money(convert(a.profit_cents, currency)),
            "description": format!(
                "{}, {day} – {}, {}",
                PLACES[a.place as usize],
                day.succ_opt().expect("a next day"),
                GATES[a.gate as usize]
            ),
            "booked_at": timestamp(a.booked),
            "updated_at": timestamp(a.updated),
        })
    }

    fn payment_actions(&self, request: &SimRequest) -> Result<String, SimResponse> {
        let (offset, limit) = window(request)?;
        let uuid = request
            .param("payment_uuid")
            .ok_or_else(|| error(400, "payment_uuid is required"))?;
        let payment = self.payments.iter().find(|p| p.uuid == uuid);
        let indices = payment.map_or(&[][..], |p| &p.actions[..]);
        let page: Vec<Value> = indices
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .map(|&i| {
                let a = &self.actions[i as usize];
                json!({
                    "campaign_id": a.campaign,
                    "action_id": self.action_id(i as usize, a),
                    "finished_amount": money(convert(a.profit_cents, "usd")),
                    "booked_at": timestamp(a.booked),
                })
            })
            .collect();
        Ok(json!({ "actions": page, "currency": "usd", "count": indices.len() }).to_string())
    }

    fn details(&self, request: &SimRequest) -> Result<String, SimResponse> {
        let currency = currency(request)?;
        let id = request
            .param("action_id")
            .ok_or_else(|| error(400, "action_id is required"))?;
        let index = self
            .index_of(id)
            .ok_or_else(|| error(404, &format!("action {id} not found")))?;
        let a = &self.actions[index];
        let price = money(convert(a.price_cents, currency));
        let profit = money(convert(a.profit_cents, currency));
        let mut history = vec![json!({
            "action_state": "processing", "price": price, "profit": profit,
            "profit_diff": "0", "updated_at": timestamp(a.booked + 60),
        })];
        if a.state != 1 {
            let cancelled = a.state == 2;
            history.push(json!({
                "action_state": STATES[a.state as usize],
                "price": price,
                "profit": if cancelled { "0".to_string() } else { profit.clone() },
                "profit_diff": if cancelled { money(-convert(a.profit_cents, currency)) } else { "0".to_string() },
                "updated_at": timestamp(a.updated),
            }));
        }
        Ok(json!({
            "action_id": id,
            "campaign_id": a.campaign,
            "action_state": STATES[a.state as usize],
            "sub_id": format!(".sandbox_{index:08x}"),
            "price": price,
            "profit": profit,
            "history": history,
            "metadata": [
                {"name": "user_country", "value": PLACES[a.place as usize]},
                {"name": "gate", "value": GATES[a.gate as usize]},
                {"name": "is_mobile_app", "value": if index % 3 == 0 { "Yes" } else { "No" }},
            ],
            "booked_at": timestamp(a.booked),
        })
        .to_string())
    }

    fn index_of(&self, id: &str) -> Option<usize> {
        if let Some(index) = self.documented.iter().position(|d| *d == id) {
            return Some(index);
        }
        let (campaign, number) = id.split_once(':')?;
        let generated = number.parse::<u64>().ok()?.checked_sub(ID_BASE)? as usize;
        let index = generated + self.documented.len();
        let action = self.actions.get(index)?;
        (campaign.parse::<i64>().ok()? == action.campaign).then_some(index)
    }

    fn action_id(&self, index: usize, action: &Action) -> String {
        match self.documented.get(index) {
            Some(id) => id.to_string(),
            None => {
                let generated = (index - self.documented.len()) as u64;
                format!("{}:{}", action.campaign, ID_BASE + generated)
            }
        }
    }
}

/// Groups the older paid actions into one payout per calendar month.
fn pay_by_month(actions: &mut [Action], cutoff: i64, rng: &mut Rng) -> Vec<Payment> {
    let mut by_month: Vec<(String, Vec<u32>)> = Vec::new();
    for (i, action) in actions.iter().enumerate() {
        if action.state != 0 || action.booked >= cutoff {
            continue;
        }
        let month = timestamp(action.booked)[..7].to_string();
        match by_month.last_mut() {
            Some((m, list)) if *m == month => list.push(i as u32),
            _ => by_month.push((month, vec![i as u32])),
        }
    }
    by_month
        .into_iter()
        .enumerate()
        .map(|(n, (month, indices))| {
            for &i in &indices {
                actions[i as usize].payment = Some(n as u32);
            }
            let first =
                NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").expect("a month");
            let paid = first
                .checked_add_months(chrono::Months::new(1))
                .expect("a date")
                + chrono::Days::new(14);
            Payment {
                uuid: uuid(rng),
                paid_at: day_start(paid) + 48_882,
                amount_cents: indices
                    .iter()
                    .map(|&i| actions[i as usize].profit_cents)
                    .sum(),
                actions: indices,
                comment: "monthly payout",
            }
        })
        .collect()
}

/// Puts the documented actions before the generated ones (shifting the payouts' indices) and
/// returns their ids with the example payout, which pays the first of them.
fn documented_first(
    actions: &mut Vec<Action>,
    payments: &mut [Payment],
) -> (Vec<&'static str>, Payment) {
    let shift = DOCUMENTED.len() as u32;
    for payment in payments.iter_mut() {
        payment.actions.iter_mut().for_each(|i| *i += shift);
    }
    for action in actions.iter_mut() {
        action.payment = action.payment.map(|n| n + 1);
    }
    let at = |text: &str| {
        chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
            .expect("a documented time")
            .and_utc()
            .timestamp()
    };
    let mut paid = Vec::new();
    let examples = DOCUMENTED.iter().enumerate().map(|(i, doc)| {
        let (_, state, price_cents, profit_cents, booked, updated, in_payout) = *doc;
        if in_payout {
            paid.push(i as u32);
        }
        Action {
            campaign: 100,
            state,
            booked: at(booked),
            updated: at(updated),
            price_cents,
            profit_cents,
            place: 3,
            gate: 2,
            payment: in_payout.then_some(0),
        }
    });
    let examples: Vec<Action> = examples.collect();
    actions.splice(0..0, examples);
    let payment = Payment {
        uuid: "4af0c247-df4c-4873-a6b6-7bbf91afa3b9".to_string(),
        paid_at: at("2021-04-20 13:34:42"),
        actions: paid,
        // The vendor's example amount, which its example list of actions only begins.
        amount_cents: 2_982,
        comment: "test",
    };
    (DOCUMENTED.iter().map(|d| d.0).collect(), payment)
}

/// Cents in usd converted at fixed simulated rates, rounded to cents.
fn convert(cents: i64, currency: &str) -> Decimal {
    let usd = Decimal::new(cents, 2);
    let rate = match currency {
        "eur" => Decimal::new(92, 2),
        "rub" => Decimal::new(9235, 2),
        _ => Decimal::ONE,
    };
    (usd * rate).round_dp(2)
}

/// The vendor writes "397.9", not "397.90".
fn money(amount: Decimal) -> String {
    amount.normalize().to_string()
}

fn timestamp(seconds: i64) -> String {
    DateTime::from_timestamp(seconds, 0)
        .expect("a simulated time is valid")
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

fn day_start(date: NaiveDate) -> i64 {
    date.and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc()
        .timestamp()
}

fn uuid(rng: &mut Rng) -> String {
    let hex = format!("{:016x}{:016x}", rng.next_u64(), rng.next_u64());
    format!(
        "{}-{}-4{}-a{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

fn currency(request: &SimRequest) -> Result<&'static str, SimResponse> {
    match request.param("currency").unwrap_or("rub") {
        "usd" => Ok("usd"),
        "eur" => Ok("eur"),
        "rub" => Ok("rub"),
        other => Err(error(
            400,
            &format!("currency must be one of rub, usd, eur, not {other}"),
        )),
    }
}

fn window(request: &SimRequest) -> Result<(u64, u64), SimResponse> {
    let number = |name: &str, default: u64| match request.param(name) {
        None => Ok(default),
        Some(v) => v
            .parse::<u64>()
            .map_err(|_| error(400, &format!("{name} must be a non-negative integer"))),
    };
    let limit = number("limit", 100)?;
    if limit > MAX_LIMIT {
        return Err(error(400, &format!("limit must be at most {MAX_LIMIT}")));
    }
    Ok((number("offset", 0)?, limit))
}

fn date_param(request: &SimRequest, name: &str) -> Result<Option<NaiveDate>, SimResponse> {
    request
        .param(name)
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map_err(|_| error(400, &format!("{name} must be a date YYYY-MM-DD")))
        })
        .transpose()
}

fn error(status: u16, message: &str) -> SimResponse {
    SimResponse::json(status, json!({ "error": message }).to_string())
}
