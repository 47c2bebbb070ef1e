//! The simulated TAP affiliates and how the balance list writes one: the generated ones, the
//! ones the vendor's documentation names with its figures, and the row in the vendor's field
//! order. Apart from the handlers in `sandbox`, which only read and change them: the data
//! follows the vendor's examples, the handlers its rules.

use crate::sandbox::Rng;
use rust_decimal::Decimal;
use serde_json::Value;

#[derive(Debug, Clone)]
pub struct Affiliate {
    pub id: i64,
    pub name: String,
    pub balance: Decimal,
    pub threshold: Decimal,
    pub commissions: Decimal,
    /// CPA fees, part of `commissions_total` beside the revenue share.
    pub cpa: Decimal,
    pub payments: Decimal,
    pub adjustments: Decimal,
    pub last_payment: Option<String>,
    pub method: (i64, &'static str),
}

/// `count` generated affiliates (35000 on) from the seed, then the documented ones.
pub fn affiliates(count: i64, seed: u64) -> Vec<Affiliate> {
    let mut rng = Rng::new(seed ^ 0x5a17);
    let methods = [(1, "Wire Transfer"), (2, "Neteller"), (4, "PayPal")];
    (0..count)
        .map(|i| {
            // Eleven decimals, like the float sums the real API returns.
            let commissions = Decimal::new(
                10_000_000_000_000 + rng.below(5_000_000_000_000_000) as i64,
                11,
            );
            let paid_share = Decimal::new(rng.below(90) as i64, 2);
            let payments = (commissions * paid_share).round_dp(2);
            let adjustments =
                Decimal::new(rng.below(20_000_000_000_000) as i64 - 5_000_000_000_000, 11);
            Affiliate {
                id: 35_000 + i,
                name: format!("Affiliate {}", 35_000 + i),
                balance: commissions - payments + adjustments,
                threshold: Decimal::from([0, 50, 100, 300][(i % 4) as usize]),
                commissions,
                cpa: Decimal::ZERO,
                payments,
                adjustments,
                last_payment: None,
                method: methods[(i % 3) as usize],
            }
        })
        .chain(documented())
        .collect()
}

/// The affiliates of the vendor's examples, with the names and figures it documents where it
/// gives them (balance = revenue share + CPA − payments + adjustments, as in its example).
fn documented() -> Vec<Affiliate> {
    let d = |text: &str| text.parse::<Decimal>().expect("a documented amount");
    let affiliate = |id: i64, name: &str, figures: [&str; 4], threshold: i64, method| {
        let [rev_share, cpa, payments, adjustments] = figures.map(d);
        Affiliate {
            id,
            name: name.to_string(),
            balance: rev_share + cpa - payments + adjustments,
            threshold: Decimal::from(threshold),
            commissions: rev_share,
            cpa,
            payments,
            adjustments,
            last_payment: None,
            method,
        }
    };
    let mut master = affiliate(
        35_427,
        "Master",
        [
            "295535.57972609997",
            "216349",
            "482375.82",
            "10440.71052180003",
        ],
        300,
        (4, "PayPal"),
    );
    master.last_payment = Some("2024-02-26T12:36:48.147Z".to_string());
    // The vendor's float sum, to the digit it shows.
    master.balance = d("39949.47024789999");
    let mut sevginar = affiliate(
        217_628,
        "Sevginar test",
        ["5496.5585835", "30", "20", "20"],
        0,
        (2, "Neteller"),
    );
    sevginar.last_payment = Some("2024-03-28T13:58:23.826Z".to_string());
    vec![
        affiliate(
            35_425,
            "Robby Ron",
            ["1250.5", "0", "0", "0"],
            0,
            (1, "Wire Transfer"),
        ),
        affiliate(
            35_426,
            "mattfff",
            ["480.25", "0", "0", "0"],
            0,
            (1, "Wire Transfer"),
        ),
        master,
        sevginar,
        affiliate(
            348_678,
            "Example 348678",
            ["75", "0", "0", "0"],
            0,
            (4, "PayPal"),
        ),
    ]
}

/// One row of the balance list, in the vendor's field order. Written out as a struct rather
/// than a `json!` map: a benchmark lists 100,000 of them, and building a map per row made the
/// simulator, not affpay, most of the time measured.
#[derive(serde::Serialize)]
pub struct BalanceRow<'a> {
    id: i64,
    affiliate_id: i64,
    affiliate_name: &'a str,
    payment_method_details: Empty,
    aff_status_id: u8,
    payments: Value,
    last_payment_date: &'a Option<String>,
    adjustments: Value,
    cpl_fee: u8,
    cpa_fee: Value,
    rev_share_fee: Value,
    sub_affiliate_fee: u8,
    payment_method_id: i64,
    payment_method_name: &'a str,
    auto_payment_enabled: Option<bool>,
    manager_id: u32,
    treshold: Value,
    not_processed_payment_amount: u8,
    create_date: &'a str,
    commissions_total: Value,
    balance: Value,
    operator_currency: &'a str,
    user_id: u32,
    manager: &'a str,
}

/// `{}`.
#[derive(serde::Serialize)]
struct Empty {}

impl BalanceRow<'_> {
    pub fn of(a: &Affiliate) -> BalanceRow<'_> {
        BalanceRow {
            id: a.id,
            affiliate_id: a.id,
            affiliate_name: &a.name,
            payment_method_details: Empty {},
            aff_status_id: 2,
            payments: number(a.payments),
            last_payment_date: &a.last_payment,
            adjustments: number(a.adjustments),
            cpl_fee: 0,
            cpa_fee: number(a.cpa),
            rev_share_fee: number(a.commissions),
            sub_affiliate_fee: 0,
            payment_method_id: a.method.0,
            payment_method_name: a.method.1,
            auto_payment_enabled: None,
            manager_id: 56_427,
            treshold: number(a.threshold),
            not_processed_payment_amount: 0,
            create_date: "2024-01-16T08:59:13.062Z",
            commissions_total: number(a.commissions + a.cpa),
            balance: number(a.balance),
            operator_currency: "EUR",
            user_id: 56_427,
            manager: "sandbox@smartico",
        }
    }
}

/// A JSON number with exactly the decimal's digits, as the vendor sends money.
pub fn number(amount: Decimal) -> Value {
    crate::money::json_number(amount.normalize())
}
