//! Travelpayouts finance v2 as it arrives on the wire. Money is a JSON string with a varying
//! number of decimals ("192022.6"); `Decimal` keeps exactly those digits.

use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{Map, Value};

/// `get_user_balance` and `get_user_next_payout`: one amount per currency, in vendor order.
#[derive(Debug, Deserialize)]
pub struct BalanceAnswer {
    pub balance: Map<String, Value>,
}

#[derive(Debug, Deserialize)]
pub struct NextPayoutAnswer {
    pub next_payout: Map<String, Value>,
}

/// An amount-per-currency object (the answer's `field`), parsed exactly and kept in the order
/// the vendor sent it. An amount that is not a number is an answer not understood (exit 5),
/// named by its place, not by its value.
pub fn amounts(field: &str, map: &Map<String, Value>) -> anyhow::Result<Vec<(String, Decimal)>> {
    map.iter()
        .map(|(currency, value)| {
            let amount = <Decimal as Deserialize>::deserialize(value).map_err(|_| {
                crate::error::fail(
                    crate::error::Kind::Unreadable,
                    format!(
                        "travelpayouts answered with a body that is not the expected JSON \
                         ({field}.{currency} is not a decimal amount)"
                    ),
                )
            })?;
            Ok((currency.clone(), amount))
        })
        .collect()
}

#[derive(Debug, Deserialize)]
pub struct Action {
    pub action_id: String,
    pub campaign_id: Option<i64>,
    pub action_state: Option<String>,
    pub price: Option<Decimal>,
    pub profit: Option<Decimal>,
    pub description: Option<String>,
    pub booked_at: Option<String>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct ActionsAnswer {
    pub actions: Vec<Action>,
    pub total_price: Option<Decimal>,
    pub total_profit: Option<Decimal>,
    pub count: Option<u64>,
}

#[derive(Debug, Deserialize)]
pub struct Payment {
    pub paid_at: Option<String>,
    pub payment_uuid: String,
    pub amount: Option<Decimal>,
    pub currency: Option<String>,
    pub payment_info_id: Option<i64>,
    pub comment: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct PaymentAction {
    pub campaign_id: Option<i64>,
    pub action_id: String,
    pub finished_amount: Option<Decimal>,
    pub booked_at: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct PaymentActionsAnswer {
    pub actions: Vec<PaymentAction>,
    pub currency: Option<String>,
    pub count: Option<u64>,
}

#[derive(Debug, Deserialize)]
pub struct ActionDetails {
    pub action_id: String,
    pub campaign_id: Option<i64>,
    pub action_state: Option<String>,
    pub sub_id: Option<String>,
    pub price: Option<Decimal>,
    pub profit: Option<Decimal>,
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    #[serde(default)]
    pub metadata: Vec<Metadata>,
    pub booked_at: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct HistoryEntry {
    pub action_state: Option<String>,
    pub price: Option<Decimal>,
    pub profit: Option<Decimal>,
    pub profit_diff: Option<Decimal>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Metadata {
    pub name: String,
    pub value: Option<String>,
}
