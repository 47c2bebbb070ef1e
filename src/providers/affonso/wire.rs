//! Affonso's API as it arrives: an envelope `{success, data, pagination}` or
//! `{success: false, error: {code, message, …}}`. The hand-written docs spell fields in
//! camelCase and the official SDK in snake_case, so both are read. Status values are open
//! sets: unknown ones are kept as text. Money is JSON numbers, read exactly.

use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
pub struct Envelope<T> {
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
    pub id: String,
    #[serde(alias = "affiliateId")]
    pub affiliate_id: Option<String>,
    #[serde(alias = "affiliateName")]
    pub affiliate_name: Option<String>,
    pub amount: Option<Decimal>,
    pub currency: Option<String>,
    pub status: Option<String>,
    #[serde(alias = "paymentMethod")]
    pub payment_method: Option<String>,
    #[serde(alias = "paymentReference")]
    pub payment_reference: Option<String>,
    #[serde(alias = "invoiceNumber")]
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

#[derive(Debug, Clone, Deserialize)]
pub struct Transaction {
    pub id: String,
    pub amount: Option<Decimal>,
    pub commission: Option<TransactionCommission>,
    #[serde(alias = "createdAt")]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TransactionCommission {
    pub id: String,
}
