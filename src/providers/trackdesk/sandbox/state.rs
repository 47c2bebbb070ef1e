//! The simulator's data: the affiliate accounts, their payment methods, settlements and
//! account settlements, conversions, advertisers and their claims, Tipalti payment batches,
//! seeded from the run's seed so every run starts the same, and the few facts of the
//! simulated program (its currency, the currencies each method takes). Every handler file
//! reads and changes it; it imports none of them.

use super::super::methods::{self, MethodType};
use crate::sandbox::Rng;
use chrono::{DateTime, Duration as Days, TimeZone, Utc};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

/// The program's own currency, in which a settlement's total is given.
pub const TENANT_CURRENCY: &str = "EUR";
/// The status whose conversions count toward their affiliate's open balance.
pub const APPROVED: &str = "CONVERSION_STATUS_APPROVED";
const CURRENCIES: &[&str] = &["EUR", "USD", "GBP", "CZK"];

pub struct Account {
    pub id: String,
    pub name: String,
    pub currency: &'static str,
    pub open: Decimal,
    pub on_hold: Decimal,
    pub conversions: u64,
    pub earned_at: DateTime<Utc>,
    pub billing: Option<Map<String, Value>>,
    /// The default payment method, by its index in `State::methods`.
    pub method: Option<usize>,
}

pub struct PaymentMethod {
    pub id: String,
    pub account_id: String,
    pub kind: &'static MethodType,
    pub currency: String,
    pub data: Value,
}

pub struct AccountSettlement {
    pub id: String,
    pub settlement_id: String,
    pub account_id: String,
    pub amount: Decimal,
    pub currency: &'static str,
    pub status: String,
    pub method: Option<(&'static str, String, Value)>,
    pub created_at: String,
}

pub struct Settlement {
    pub id: String,
    pub amount: Decimal,
    pub until: String,
    pub note: Option<String>,
    pub created_at: String,
}

pub struct State {
    pub accounts: Vec<Account>,
    pub methods: Vec<PaymentMethod>,
    pub settlements: Vec<Settlement>,
    pub rows: Vec<AccountSettlement>,
    /// Conversions, advertisers and their claims, Tipalti payment batches.
    pub more: More,
    pub rng: Rng,
}

pub struct Conversion {
    pub id: String,
    pub account: usize,
    pub status: &'static str,
    pub cost: Decimal,
    pub revenue: Decimal,
    pub created_at: DateTime<Utc>,
    pub advertiser: usize,
}

pub struct Advertiser {
    pub id: String,
    pub name: String,
    pub open: Decimal,
    pub on_hold: Decimal,
    pub billing: bool,
    pub tag: &'static str,
}

pub struct Claim {
    pub id: String,
    pub advertiser: usize,
    pub amount: Decimal,
    pub until: String,
    pub note: String,
    pub created_at: String,
}

pub struct Batch {
    pub id: String,
    pub settlement_id: String,
    pub rows: Vec<String>,
    pub paid: bool,
}

/// What the routes beyond affiliate billing keep.
#[derive(Default)]
pub struct More {
    pub conversions: Vec<Conversion>,
    pub advertisers: Vec<Advertiser>,
    pub claims: Vec<Claim>,
    pub batches: Vec<Batch>,
}

impl More {
    /// Two conversions per account (the first approved, the second pending) and four
    /// advertisers, the last without billing details.
    pub fn seed(accounts: &[(String, DateTime<Utc>)], rng: &mut Rng) -> More {
        let advertisers: Vec<Advertiser> = (0..4)
            .map(|i| Advertiser {
                id: uuid(rng),
                name: format!("Advertiser {}", i + 1),
                open: Decimal::new(50_000 + rng.below(5_000_000) as i64, 2),
                on_hold: Decimal::new(rng.below(100_000) as i64, 2),
                billing: i != 3,
                tag: if i % 2 == 0 { "tag-even" } else { "tag-odd" },
            })
            .collect();
        let mut conversions = Vec::new();
        for (account, (_, earned_at)) in accounts.iter().enumerate() {
            for n in 0..2 {
                // Every fifth cost has four decimals, as currency conversion leaves them.
                let cost = if (account + n) % 5 == 4 {
                    Decimal::new(10_000 + rng.below(1_000_000) as i64, 4)
                } else {
                    Decimal::new(100 + rng.below(10_000) as i64, 2)
                };
                conversions.push(Conversion {
                    id: uuid(rng),
                    account,
                    status: if n == 0 {
                        APPROVED
                    } else {
                        "CONVERSION_STATUS_PENDING"
                    },
                    cost,
                    revenue: (cost * Decimal::new(15, 1)).round_dp(2),
                    created_at: *earned_at - chrono::Duration::hours(n as i64),
                    advertiser: (account + n) % advertisers.len(),
                });
            }
        }
        More {
            conversions,
            advertisers,
            ..More::default()
        }
    }
}

impl State {
    /// `accounts` affiliate accounts (at least one) and what the routes beyond billing keep,
    /// drawn from `seed`.
    pub fn seed(accounts: u64, seed: u64) -> State {
        let mut rng = Rng::new(seed ^ 0x7d35);
        let kinds = ["paypal", "sepa", "bank-transfer", "wise", "payoneer"];
        let mut methods = Vec::new();
        let accounts = (0..accounts.max(1))
            .map(|i| {
                let id = uuid(&mut rng);
                let currency = if i % 4 == 3 { "USD" } else { "EUR" };
                // Every seventh balance has four decimals, as currency conversion leaves them.
                let open = if i % 7 == 6 {
                    Decimal::new(100_000 + rng.below(20_000_000) as i64, 4)
                } else {
                    Decimal::new(1_000 + rng.below(200_000) as i64, 2)
                };
                let method = (i % 9 != 8).then(|| {
                    let name = match kinds[i as usize % 5] {
                        _ if i == 2 => "tipalti",
                        "sepa" if currency != "EUR" => "wise",
                        name => name,
                    };
                    let kind = methods::by_name(name).expect("a known type");
                    methods.push(PaymentMethod {
                        id: uuid(&mut rng),
                        account_id: id.clone(),
                        kind,
                        currency: currency.to_string(),
                        data: json!({ kind.data: sample_data(kind, i) }),
                    });
                    methods.len() - 1
                });
                let name = format!("Affiliate {:03}", i + 1);
                Account {
                    billing: (i % 6 != 5).then(|| billing_detail(&name)),
                    id,
                    name,
                    currency,
                    open,
                    on_hold: Decimal::new(rng.below(50_000) as i64, 2),
                    conversions: 1 + rng.below(40),
                    earned_at: Utc.with_ymd_and_hms(2026, 9, 1, 12, 0, 0).unwrap()
                        + Days::days(rng.below(60) as i64),
                    method,
                }
            })
            .collect::<Vec<Account>>();
        let seeded: Vec<(String, DateTime<Utc>)> = accounts
            .iter()
            .map(|a| (a.id.clone(), a.earned_at))
            .collect();
        let more = More::seed(&seeded, &mut rng);
        State {
            accounts,
            methods,
            settlements: Vec::new(),
            rows: Vec::new(),
            more,
            rng,
        }
    }
}

pub fn default_method<'a>(account: &Account, state: &'a State) -> Option<&'a PaymentMethod> {
    state.methods.get(account.method?)
}

pub fn uuid(rng: &mut Rng) -> String {
    let a = rng.next_u64();
    let b = rng.next_u64();
    format!(
        "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        b >> 52,
        b & 0xffff_ffff_ffff
    )
}

pub fn now() -> String {
    crate::sandbox::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

pub fn billing_detail(name: &str) -> Map<String, Value> {
    let value = json!({
        "name": name, "addressLine1": "Main street 1", "city": "Prague",
        "countryCode": "CZ", "postalCode": "11000",
    });
    value.as_object().cloned().unwrap_or_default()
}

fn sample_data(kind: &MethodType, i: u64) -> Value {
    let mut data = Map::new();
    if let Some(first) = kind.fields.first() {
        let value = match first.flag {
            "email" => format!("affiliate{i}@example.com"),
            "iban" => format!("CZ65080000001920001453{i:02}"),
            _ => format!("sandbox-{i}"),
        };
        data.insert(first.wire.to_string(), json!(value));
    }
    Value::Object(data)
}

pub fn supported_currencies(kind: &MethodType) -> &'static [&'static str] {
    match kind.name {
        "bitcoin" | "ether" | "usdc" | "usdt" => &["USD"],
        "direct-deposit" => &["USD"],
        "sepa" => &["EUR"],
        _ => CURRENCIES,
    }
}
