//! The finance API's answers, read from the simulated account: balances, payouts, the actions
//! behind a balance or a payout, one action's details, and the vendor's error body. Each
//! filter's selection is cached, since a client paging through asks for it again and again.

use super::data::{
    Action, CAMPAIGNS, GATES, PLACES, STATES, Selected, Simulator, convert, day_start, money,
    timestamp,
};
use crate::sandbox::{SimRequest, SimResponse};
use chrono::{DateTime, NaiveDate};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::sync::Arc;

const MAX_LIMIT: u64 = 300;

impl Simulator {
    /// Balance: everything earned and not yet paid out; next payout: the confirmed part.
    pub fn balances(&self, key: &str, with_processing: bool) -> String {
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

    pub fn payments(&self) -> String {
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

    pub fn balance_actions(&self, request: &SimRequest) -> Result<String, SimResponse> {
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

    pub fn payment_actions(&self, request: &SimRequest) -> Result<String, SimResponse> {
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

    pub fn details(&self, request: &SimRequest) -> Result<String, SimResponse> {
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

pub fn error(status: u16, message: &str) -> SimResponse {
    SimResponse::json(status, json!({ "error": message }).to_string())
}
