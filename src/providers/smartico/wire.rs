//! Smartico TAP operator API as it arrives on the wire. Money comes as JSON numbers with long
//! binary-float tails (`39949.47024789999`); `Decimal` keeps every digit. Unknown fields are
//! ignored: the balance rows carry many more than affpay shows.

use rust_decimal::Decimal;
use serde::Deserialize;

/// One row of `GET /api/af2_balance_op`.
#[derive(Debug, Clone, Deserialize)]
pub struct Balance {
    pub affiliate_id: i64,
    pub affiliate_name: Option<String>,
    pub balance: Option<Decimal>,
    /// The vendor's spelling.
    pub treshold: Option<Decimal>,
    pub operator_currency: Option<String>,
    pub commissions_total: Option<Decimal>,
    pub payments: Option<Decimal>,
    pub adjustments: Option<Decimal>,
    pub last_payment_date: Option<String>,
    pub payment_method_name: Option<String>,
    pub aff_status_id: Option<i64>,
    pub manager: Option<String>,
}

/// What a CSV's payments need of a balance row: whose it is, its currency and name (the
/// rest of a row is skipped unread, for a list of every affiliate the operator has).
#[derive(Debug, Deserialize)]
pub struct Affiliate {
    pub affiliate_id: i64,
    pub affiliate_name: Option<String>,
    pub operator_currency: Option<String>,
}

/// The parts of a `POST /api/af2_payments_op` answer affpay reads: the payment id.
#[derive(Debug, Deserialize)]
pub struct PaymentAnswer {
    pub id: Option<serde_json::Value>,
    pub payment_id: Option<serde_json::Value>,
}
