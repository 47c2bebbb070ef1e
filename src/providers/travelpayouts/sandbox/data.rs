//! The simulated account: actions (the documented ones first, then generated ones spread over
//! the simulated history), the monthly payouts that paid the older ones, and how amounts,
//! times and ids are written. Deterministic given the seed and the number of actions.

use crate::sandbox::Rng;
use chrono::{DateTime, NaiveDate};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// 2025-01-01 00:00:00 UTC: the first simulated booking.
const FIRST_BOOKING: i64 = 1_735_689_600;
const SPAN_SECONDS: i64 = 660 * 86_400;
const ID_BASE: u64 = 14_000_000_000;
pub const CAMPAIGNS: &[i64] = &[100, 101, 157, 75, 193];
pub const STATES: &[&str] = &["paid", "processing", "cancelled"];
pub const PLACES: &[&str] = &[
    "Cape Girardeau (US)",
    "Lisbon (PT)",
    "Tashkent (UZ)",
    "Manama (BH)",
    "Kraków (PL)",
    "Da Nang (VN)",
    "Tbilisi (GE)",
    "Valencia (ES)",
];
pub const GATES: &[&str] = &["Agoda", "Booking.com", "Aviasales", "Hotellook", "Trip.com"];

#[derive(Debug, Clone)]
pub struct Action {
    pub campaign: i64,
    pub state: u8,
    pub booked: i64,
    pub updated: i64,
    pub price_cents: i64,
    pub profit_cents: i64,
    pub place: u8,
    pub gate: u8,
    /// The payout that paid it, if any.
    pub payment: Option<u32>,
}

#[derive(Debug)]
pub struct Payment {
    pub uuid: String,
    pub paid_at: i64,
    pub actions: Vec<u32>,
    pub amount_cents: i64,
    pub comment: &'static str,
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

pub struct Selected {
    pub indices: Vec<u32>,
    pub total_price: Decimal,
    pub total_profit: Decimal,
}

/// The simulated account, which the routes only read (the cache of selections aside).
pub struct Simulator {
    /// The first actions, with the ids the vendor's examples give them; the others are
    /// `campaign:ID_BASE+n`, n counting generated actions only.
    pub documented: Vec<&'static str>,
    pub actions: Vec<Action>,
    pub payments: Vec<Payment>,
    /// Each filter's selection, by the filter's parameters.
    pub selections: Mutex<HashMap<String, Arc<Selected>>>,
}

impl Simulator {
    /// `count` actions: the documented ones, then generated ones spread as if there were
    /// `count` of them (so the documented ones only take the place of the latest).
    pub fn generate(count: u32, seed: u64) -> Simulator {
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

    pub fn index_of(&self, id: &str) -> Option<usize> {
        if let Some(index) = self.documented.iter().position(|d| *d == id) {
            return Some(index);
        }
        let (campaign, number) = id.split_once(':')?;
        let generated = number.parse::<u64>().ok()?.checked_sub(ID_BASE)? as usize;
        let index = generated + self.documented.len();
        let action = self.actions.get(index)?;
        (campaign.parse::<i64>().ok()? == action.campaign).then_some(index)
    }

    pub fn action_id(&self, index: usize, action: &Action) -> String {
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
pub fn convert(cents: i64, currency: &str) -> Decimal {
    let usd = Decimal::new(cents, 2);
    let rate = match currency {
        "eur" => Decimal::new(92, 2),
        "rub" => Decimal::new(9235, 2),
        _ => Decimal::ONE,
    };
    (usd * rate).round_dp(2)
}

/// The vendor writes "397.9", not "397.90".
pub fn money(amount: Decimal) -> String {
    amount.normalize().to_string()
}

pub fn timestamp(seconds: i64) -> String {
    DateTime::from_timestamp(seconds, 0)
        .expect("a simulated time is valid")
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

pub fn day_start(date: NaiveDate) -> i64 {
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
