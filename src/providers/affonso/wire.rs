//! Affonso's API as it arrives: an envelope `{success, data, pagination}` or
//! `{success: false, error: {code, message, …}}`. The hand-written docs spell fields in
//! camelCase and the official SDK in snake_case, so both are read. Status values are open
//! sets: unknown ones are kept as text. Money is JSON numbers, read exactly.
//!
//! A payout comes in three documented shapes: the hand-written reference (camelCase, the
//! affiliate nested as `affiliate: {name, email}`, `invoiceNumber` a JSON number, no
//! `currency`), the SDK's fixture (the same object in snake_case) and the OpenAPI-generated
//! page (flat `affiliate_name`, `affiliate_email`, `currency`). One type reads all three.
//!
//! A success envelope must say `success: true`: an answer without it is not the documented
//! success shape, and decoding it fails as unreadable rather than passing as "no data".
//!
//! The payout transitions Affonso accepts live here too: a rule of the API that the client
//! checks before sending and the simulator enforces, so both read it from one place.

use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
pub struct Envelope<T> {
    /// Required, so a 2xx without it (`{}`, a proxy's page) fails to decode: unreadable.
    pub success: bool,
    pub data: Option<T>,
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Deserialize)]
pub struct Pagination {
    pub total: Option<u64>,
}

#[derive(Debug, Deserialize)]
pub struct ErrorEnvelope {
    pub error: Option<ApiError>,
}

#[derive(Debug, Deserialize)]
pub struct ApiError {
    pub code: Option<String>,
    pub message: Option<String>,
    pub field: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Commission {
    pub id: String,
    #[serde(alias = "referralId")]
    pub referral_id: Option<String>,
    #[serde(alias = "affiliateId")]
    pub affiliate_id: Option<String>,
    #[serde(alias = "programId")]
    pub program_id: Option<String>,
    #[serde(alias = "saleAmount")]
    pub sale_amount: Option<Decimal>,
    #[serde(alias = "saleAmountCurrency")]
    pub sale_amount_currency: Option<String>,
    #[serde(alias = "commissionAmount")]
    pub commission_amount: Option<Decimal>,
    #[serde(alias = "commissionCurrency")]
    pub commission_currency: Option<String>,
    pub status: Option<String>,
    #[serde(alias = "salesStatus")]
    pub sales_status: Option<String>,
    #[serde(alias = "holdPeriodDays")]
    pub hold_period_days: Option<i64>,
    #[serde(alias = "paymentIntentId")]
    pub payment_intent_id: Option<String>,
    #[serde(alias = "invoiceId")]
    pub invoice_id: Option<String>,
    #[serde(alias = "createdAt")]
    pub created_at: Option<String>,
    #[serde(alias = "updatedAt")]
    pub updated_at: Option<String>,
    /// Present with `--expand`: kept as the provider sent them.
    pub affiliate: Option<Value>,
    pub referral: Option<Value>,
    #[serde(alias = "affiliateProgram")]
    pub affiliate_program: Option<Value>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Payout {
    /// Optional only because the generated variant's field list leaves it out.
    pub id: Option<String>,
    #[serde(alias = "affiliateId")]
    pub affiliate_id: Option<String>,
    /// The generated variant's flat fields.
    #[serde(alias = "affiliateName")]
    pub affiliate_name: Option<String>,
    #[serde(alias = "affiliateEmail")]
    pub affiliate_email: Option<String>,
    /// The reference's and the SDK's `{name, email}`; kept loose, since only the two strings
    /// are used and an unexpected form of the object must not make the payout unreadable.
    pub affiliate: Option<Value>,
    pub amount: Option<Decimal>,
    /// Absent in the reference and SDK shapes: the payout is in the team's currency.
    pub currency: Option<String>,
    pub status: Option<String>,
    #[serde(alias = "paymentMethod")]
    pub payment_method: Option<String>,
    #[serde(alias = "paymentReference")]
    pub payment_reference: Option<String>,
    /// A JSON number in the reference and the SDK (`1001`), text elsewhere.
    #[serde(alias = "invoiceNumber", default, deserialize_with = "text_or_number")]
    pub invoice_number: Option<String>,
    #[serde(alias = "processedAt")]
    pub processed_at: Option<String>,
    #[serde(alias = "createdAt")]
    pub created_at: Option<String>,
    #[serde(alias = "updatedAt")]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub transactions: Vec<Transaction>,
}

impl Payout {
    /// The affiliate's name from whichever shape carried it.
    pub fn name(&self) -> Option<String> {
        self.affiliate_name.clone().or_else(|| self.nested("name"))
    }

    pub fn email(&self) -> Option<String> {
        self.affiliate_email
            .clone()
            .or_else(|| self.nested("email"))
    }

    fn nested(&self, field: &str) -> Option<String> {
        self.affiliate
            .as_ref()?
            .get(field)?
            .as_str()
            .map(str::to_string)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Transaction {
    pub id: String,
    pub amount: Option<Decimal>,
    pub commission: Option<TransactionCommission>,
    #[serde(alias = "createdAt")]
    pub created_at: Option<String>,
}

/// The commission a transaction pays, nested as the reference and the SDK show it (its
/// `amount`, the sale, and `createdAt` are also sent; affpay shows the commission's amount).
#[derive(Debug, Clone, Deserialize)]
pub struct TransactionCommission {
    pub id: String,
    #[serde(alias = "commissionAmount")]
    pub commission_amount: Option<Decimal>,
}

/// The answer to a `PUT`: the changed object. Both fields are required, so an answer that
/// does not name what was changed is unreadable, never a success without a reference.
#[derive(Debug, Deserialize)]
pub struct Changed {
    pub success: bool,
    pub data: ChangedObject,
}

#[derive(Debug, Deserialize)]
pub struct ChangedObject {
    pub id: String,
    pub status: Option<String>,
}

/// Text as sent, or a JSON number's exact digits (`arbitrary_precision` keeps them all).
fn text_or_number<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    match Option::<Value>::deserialize(deserializer)? {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(Value::Number(number)) => Ok(Some(number.to_string())),
        Some(other) => Err(serde::de::Error::custom(format!(
            "expected text or a number, found {other}"
        ))),
    }
}

/// The documented payout transitions; `completed` is final.
pub fn allowed(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("pending", "processing" | "cancelled")
            | ("processing", "completed" | "failed" | "cancelled")
            | ("failed", "pending" | "cancelled")
            | ("cancelled", "pending")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_documented_transitions_are_allowed() {
        assert!(allowed("pending", "processing"));
        assert!(allowed("processing", "completed"));
        assert!(allowed("cancelled", "pending"));
        assert!(!allowed("pending", "completed"));
        assert!(!allowed("completed", "cancelled"));
        assert!(!allowed("surprise", "completed"));
    }
}
