//! Trackdesk's billing API as it arrives: protobuf JSON from a grpc-gateway. Fields are
//! camelCase; money is `{"value": "<decimal string>"}` and currency `{"code": "EUR"}`; int64
//! counters may come as JSON strings or numbers; enums are strings. proto3 leaves out every
//! field that holds its default (a zero amount, `false`, an empty list), so every field here
//! has a default. The conversion report and the advertisers' answers are in `wire_revenue`.
//!
//! Account-settlement statuses are translated here both ways (wire enum and friendly name),
//! since the reads, the changes and the command line all speak them.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// `types.v1.Decimal`, read digit for digit (a string, or a number under arbitrary precision).
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(default)]
pub struct Money {
    pub value: Decimal,
}

/// `types.v1.Currency`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Currency {
    pub code: String,
}

impl Currency {
    /// The code, unless proto3 left it out.
    pub fn code(currency: &Option<Currency>) -> Option<String> {
        currency
            .as_ref()
            .map(|c| c.code.clone())
            .filter(|c| !c.is_empty())
    }
}

/// An int64 as proto3 JSON writes it: `"42"` or `42`.
fn int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    use serde::de::Error;
    match Value::deserialize(deserializer)? {
        Value::Number(n) => n
            .as_i64()
            .ok_or_else(|| D::Error::custom(format!("{n} is not a 64-bit integer"))),
        Value::String(s) => s
            .parse()
            .map_err(|_| D::Error::custom(format!("'{s}' is not a 64-bit integer"))),
        Value::Null => Ok(0),
        other => Err(D::Error::custom(format!("{other} is not a 64-bit integer"))),
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Pagination {
    #[serde(deserialize_with = "int64")]
    pub total_count: i64,
    pub has_more: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OpenBalances {
    pub balances: Vec<Balance>,
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Balance {
    pub account_id: String,
    pub name: String,
    pub open_balance: Money,
    pub on_hold_balance: Money,
    pub default_payment_method: Option<PaymentMethodBalance>,
    pub has_billing_details: bool,
    #[serde(deserialize_with = "int64")]
    pub open_balance_conversion_count: i64,
    #[serde(deserialize_with = "int64")]
    pub open_balance_conversion_source_count: i64,
    pub balances_by_currency: Vec<CurrencyBalance>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PaymentMethodBalance {
    pub payment_method_type: String,
    pub payment_method_currency: Option<Currency>,
    pub open_balance: Money,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CurrencyBalance {
    pub currency: Option<Currency>,
    pub open_balance: Money,
    pub on_hold_balance: Money,
}

/// `GetBalancesForAccountResponse`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AccountBalances {
    pub conversion_open_balance: Money,
    pub conversion_on_hold_balance: Money,
    pub commission_open_balance: Money,
    pub commission_on_hold_balance: Money,
    pub client_revshare_open_balance: Money,
    pub open_balance: Money,
    pub on_hold_balance: Money,
    pub settled_balance: Vec<Amount>,
    pub default_payment_method: Option<PaymentMethodBalance>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Amount {
    pub amount: Money,
    pub currency: Option<Currency>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settled {
    pub id: String,
    pub amount: Money,
    pub currency: Option<Currency>,
    pub until: Option<String>,
    pub account_settlements: Vec<CreatedAccountSettlement>,
    pub errors: Vec<AccountError>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CreatedAccountSettlement {
    pub id: String,
    pub account_id: String,
    pub amount: Money,
    pub currency: Option<Currency>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AccountError {
    pub account_id: String,
    pub error: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AccountSettlements {
    pub account_settlements: Vec<AccountSettlement>,
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AccountSettlement {
    pub id: String,
    pub account_id: String,
    pub account_name: String,
    pub amount: Money,
    pub currency: Option<Currency>,
    pub status: String,
    pub payment_method: Option<SettledPaymentMethod>,
    pub created_at: Option<String>,
    pub settled_until: Option<String>,
    pub payment_data: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SettledPaymentMethod {
    #[serde(rename = "type")]
    pub kind: String,
    pub currency_code: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Settlements {
    pub settlements: Vec<Settlement>,
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settlement {
    pub id: String,
    pub amount: Money,
    pub currency: Option<Currency>,
    pub until: Option<String>,
    pub note: Option<String>,
    pub created_at: Option<String>,
    #[serde(deserialize_with = "int64")]
    pub new_account_settlements_count: i64,
    #[serde(deserialize_with = "int64")]
    pub in_progress_account_settlements_count: i64,
    #[serde(deserialize_with = "int64")]
    pub paid_account_settlements_count: i64,
    #[serde(deserialize_with = "int64")]
    pub error_account_settlements_count: i64,
    pub account_settlement_amounts: Vec<Amount>,
    pub payment_data: Option<SettlementPaymentData>,
}

/// `billing.v1.Settlement.PaymentData`: the Tipalti payment batches sent for a settlement.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SettlementPaymentData {
    pub tipalti: Option<TipaltiBatches>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TipaltiBatches {
    pub payment_batches: Vec<PaymentBatch>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PaymentBatch {
    pub payment_batch_id: String,
    pub name: String,
    pub status: String,
    pub is_valid_for_submission: bool,
    pub submission_time: Option<String>,
    pub errors: Vec<BatchError>,
    pub inspection_possible_after: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BatchError {
    pub code: String,
    pub message: String,
    pub parameter: String,
}

/// `tipalti.v1.ListPayableAccountSettlementsResponse`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Payable {
    pub payable_account_settlement_ids: Vec<String>,
    pub unpaid_account_settlement_ids: Vec<String>,
}

/// `tipalti.v1.CreatePaymentBatchResponse`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BatchCreated {
    pub payment_batch_id: String,
}

/// `GetSettlementResponse`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SettlementWithRows {
    pub settlement: Settlement,
    pub account_settlements: Vec<AccountSettlement>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Supported {
    #[serde(rename = "paymentMethodTypes")]
    pub types: Vec<SupportedType>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SupportedType {
    pub payment_method_type: String,
    pub currency_codes: Vec<String>,
}

/// `google.rpc.Status`: `code` is a gRPC code, not the HTTP status.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Status {
    pub code: i32,
    pub message: String,
    pub details: Vec<Value>,
}

/// The name of a gRPC status code, for messages.
pub fn grpc_code_name(code: i32) -> &'static str {
    match code {
        0 => "OK",
        1 => "CANCELLED",
        2 => "UNKNOWN",
        3 => "INVALID_ARGUMENT",
        4 => "DEADLINE_EXCEEDED",
        5 => "NOT_FOUND",
        6 => "ALREADY_EXISTS",
        7 => "PERMISSION_DENIED",
        8 => "RESOURCE_EXHAUSTED",
        9 => "FAILED_PRECONDITION",
        10 => "ABORTED",
        11 => "OUT_OF_RANGE",
        12 => "UNIMPLEMENTED",
        13 => "INTERNAL",
        14 => "UNAVAILABLE",
        15 => "DATA_LOSS",
        16 => "UNAUTHENTICATED",
        _ => "UNRECOGNIZED",
    }
}

/// `ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS` → `in-progress`; unknown values pass through.
pub fn status_name(wire: &str) -> String {
    match wire.strip_prefix("ACCOUNT_SETTLEMENT_STATUS_") {
        Some(name) => name.to_ascii_lowercase().replace('_', "-"),
        None if wire.is_empty() => "unspecified".to_string(),
        None => wire.to_string(),
    }
}

/// The wire status a user may set by hand; `error` is Trackdesk's own to set.
pub fn manual_status(text: &str) -> Result<&'static str, String> {
    match text.to_ascii_lowercase().replace('_', "-").as_str() {
        "new" => Ok("ACCOUNT_SETTLEMENT_STATUS_NEW"),
        "in-progress" => Ok("ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"),
        "paid" => Ok("ACCOUNT_SETTLEMENT_STATUS_PAID"),
        "error" => Err(
            "'error' is set by Trackdesk itself (Tipalti sync) and cannot be set by hand; use new, in-progress or paid"
                .to_string(),
        ),
        _ => Err(format!("'{text}' is not a status; use new, in-progress or paid")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int64_counters_read_as_strings_or_numbers_and_money_keeps_its_digits() {
        let text = r#"{"newAccountSettlementsCount":"9007199254740993",
            "paidAccountSettlementsCount":3,
            "amount":{"value":"1234.567890123456789"}}"#;
        let settlement: Settlement = serde_json::from_str(text).unwrap();
        assert_eq!(
            settlement.new_account_settlements_count,
            9_007_199_254_740_993
        );
        assert_eq!(settlement.paid_account_settlements_count, 3);
        assert_eq!(settlement.in_progress_account_settlements_count, 0);
        assert_eq!(settlement.amount.value.to_string(), "1234.567890123456789");
        let bad: Result<Settlement, _> =
            serde_json::from_str(r#"{"paidAccountSettlementsCount":"three"}"#);
        assert!(bad.unwrap_err().to_string().contains("'three'"));
    }

    #[test]
    fn a_batch_created_answer_without_its_id_reads_empty() {
        let created: BatchCreated = serde_json::from_str("{}").unwrap();
        assert!(created.payment_batch_id.is_empty());
    }

    #[test]
    fn statuses_read_friendly_and_error_cannot_be_set() {
        assert_eq!(
            status_name("ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS"),
            "in-progress"
        );
        assert_eq!(status_name(""), "unspecified");
        assert_eq!(status_name("SOMETHING_NEW"), "SOMETHING_NEW");
        assert_eq!(
            manual_status("paid").unwrap(),
            "ACCOUNT_SETTLEMENT_STATUS_PAID"
        );
        assert!(
            manual_status("ERROR")
                .unwrap_err()
                .contains("cannot be set by hand")
        );
    }
}
