//! The simulated operator media report (`GET /api/af2_media_report_op`), answering the same
//! shape affpay reads: `{"data": [rows], "meta": {"operator_currency"}}`. Activity is made
//! up from the affiliate id and the day alone, so the same question always gets the same
//! answer; days without activity have no row, as the vendor documents; `date_to` is
//! exclusive; amounts carry six-decimal tails. It refuses parameters it does not know, so a
//! client that sends one fails in tests.

use crate::sandbox::{Rng, SimRequest, SimResponse};
use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

const KNOWN: &[&str] = &[
    "aggregation_period",
    "group_by",
    "date_from",
    "date_to",
    "affiliate_id",
];

/// The simulated history: activity happens only on these days.
const HISTORY: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(2025, 1, 1).expect("a date"),
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"),
);

#[derive(Default, Clone, Copy)]
struct Sums {
    cpa: Decimal,
    rev_share: Decimal,
    cpl: Decimal,
    payments: Decimal,
}

pub fn media_report(request: &SimRequest, affiliates: &[i64]) -> Result<String, SimResponse> {
    if let Some(unknown) = request.unknown_params(KNOWN).first() {
        return Err(bad(&format!("unknown parameter {unknown}")));
    }
    let period = match request.param("aggregation_period").unwrap_or("") {
        "" => None,
        p @ ("DAY" | "MONTH" | "YEAR") => Some(p),
        other => {
            return Err(bad(&format!(
                "aggregation_period {other} is not DAY, MONTH or YEAR"
            )));
        }
    };
    let by_affiliate = request
        .param("group_by")
        .is_some_and(|g| g.split(',').any(|k| k == "affiliate_id"));
    let date = |name: &str, default: NaiveDate| match request.param(name) {
        None => Ok(default),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| bad(&format!("{name} must be YYYY-MM-DD"))),
    };
    let from = date("date_from", HISTORY.0)?.max(HISTORY.0);
    let to = date("date_to", HISTORY.1)?.min(HISTORY.1);
    let only = match request.param("affiliate_id") {
        None => None,
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| bad("affiliate_id must be a number"))?,
        ),
    };
    let mut rows: BTreeMap<(Option<NaiveDate>, Option<i64>), Sums> = BTreeMap::new();
    for &id in affiliates
        .iter()
        .filter(|id| only.is_none_or(|o| o == **id))
    {
        let mut day = from;
        while day < to {
            if let Some(activity) = activity(id, day) {
                let bucket = match period {
                    Some("DAY") => Some(day),
                    Some("MONTH") => day.with_day(1),
                    Some(_) => NaiveDate::from_ymd_opt(day.year(), 1, 1),
                    None => None,
                };
                let sums = rows
                    .entry((bucket, by_affiliate.then_some(id)))
                    .or_default();
                sums.cpa += activity.cpa;
                sums.rev_share += activity.rev_share;
                sums.cpl += activity.cpl;
                sums.payments += activity.payments;
            }
            day = day + Days::new(1);
        }
    }
    let data: Vec<Value> = rows
        .into_iter()
        .map(|((bucket, id), s)| {
            let total = s.cpa + s.rev_share + s.cpl;
            let mut row = Map::new();
            if let Some(bucket) = bucket {
                row.insert("dt".into(), Value::String(bucket.to_string()));
            }
            if let Some(id) = id {
                row.insert("affiliate_id".into(), Value::from(id));
            }
            for (name, amount) in [
                ("commissions_cpa", s.cpa),
                ("commissions_rev_share", s.rev_share),
                ("commissions_cpl", s.cpl),
                ("commissions_total", total),
                ("balance", total - s.payments),
                ("payments", s.payments),
            ] {
                row.insert(name.into(), crate::money::json_number(amount.normalize()));
            }
            Value::Object(row)
        })
        .collect();
    Ok(json!({ "data": data, "meta": { "operator_currency": "EUR" } }).to_string())
}

/// What affiliate `id` earned and was paid on `day`, if anything happened.
fn activity(id: i64, day: NaiveDate) -> Option<Sums> {
    let mut rng = Rng::new((id as u64).wrapping_mul(1_000_003) ^ day.num_days_from_ce() as u64);
    if rng.below(3) != 0 {
        return None;
    }
    Some(Sums {
        cpa: Decimal::from(25 * rng.below(3) as i64),
        rev_share: Decimal::new(rng.below(500_000_000) as i64 - 100_000_000, 6),
        cpl: Decimal::new(15 * rng.below(2) as i64, 1),
        payments: if day.day() == 1 {
            Decimal::new(rng.below(100_000) as i64, 2)
        } else {
            Decimal::ZERO
        },
    })
}

fn bad(message: &str) -> SimResponse {
    SimResponse::json(
        400,
        json!({ "errorCode": 400, "message": message }).to_string(),
    )
}
