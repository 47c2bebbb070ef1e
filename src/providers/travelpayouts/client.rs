//! The six finance v2 calls. Each sends exactly the parameters the vendor documents, and
//! `currency` explicitly wherever it is accepted, because the API's own default is rub.

use super::wire::*;
use crate::context::Context;
use crate::http::Api;
use crate::providers::identity::Identity;
use anyhow::Result;
use chrono::NaiveDate;
use reqwest::header::HeaderName;

const PREFIX: &str = "/finance/v2/";

/// The filters of `get_user_actions_affecting_balance`.
#[derive(Debug, Clone, Default)]
pub struct ActionFilter {
    pub currency: String,
    pub action_id: Option<String>,
    pub state: Option<String>,
    pub campaign_id: Option<u64>,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

pub struct Client {
    api: Api,
}

impl Client {
    pub fn new(ctx: &Context, provider: &dyn Identity) -> Result<Client> {
        let base = ctx.base_url(provider)?;
        let auth = vec![(
            HeaderName::from_static("x-access-token"),
            ctx.secret(provider)?,
        )];
        Ok(Client {
            api: Api::new(provider.name(), base, auth, ctx.http_options(provider)?)?,
        })
    }

    fn get<T: serde::de::DeserializeOwned>(
        &self,
        method: &str,
        query: &[(&str, String)],
    ) -> Result<T> {
        self.api.get_json(&format!("{PREFIX}{method}"), query)
    }

    /// The balance call, its answer only parsed as JSON: whether the token is accepted.
    pub fn check(&self) -> Result<()> {
        self.get::<serde_json::Value>("get_user_balance", &[])
            .map(|_| ())
    }

    pub fn balance(&self) -> Result<BalanceAnswer> {
        self.get("get_user_balance", &[])
    }

    pub fn next_payout(&self) -> Result<NextPayoutAnswer> {
        self.get("get_user_next_payout", &[])
    }

    pub fn actions(&self, filter: &ActionFilter, offset: u64, limit: u64) -> Result<ActionsAnswer> {
        let mut query = vec![("currency", filter.currency.clone())];
        if let Some(id) = &filter.action_id {
            query.push(("action_id", id.clone()));
        }
        if let Some(state) = &filter.state {
            query.push(("action_state", state.clone()));
        }
        if let Some(campaign) = filter.campaign_id {
            query.push(("campaign_id", campaign.to_string()));
        }
        if let Some(from) = filter.from {
            query.push(("from", from.to_string()));
        }
        if let Some(until) = filter.until {
            query.push(("until", until.to_string()));
        }
        query.push(("offset", offset.to_string()));
        query.push(("limit", limit.to_string()));
        self.get("get_user_actions_affecting_balance", &query)
    }

    pub fn action_details(&self, action_id: &str, currency: &str) -> Result<ActionDetails> {
        let query = [
            ("action_id", action_id.to_string()),
            ("currency", currency.to_string()),
        ];
        self.get("get_action_details", &query)
    }

    pub fn payments(&self) -> Result<Vec<Payment>> {
        self.get("get_user_payments", &[])
    }

    pub fn payment_actions(
        &self,
        uuid: &str,
        offset: u64,
        limit: u64,
    ) -> Result<PaymentActionsAnswer> {
        let query = [
            ("payment_uuid", uuid.to_string()),
            ("offset", offset.to_string()),
            ("limit", limit.to_string()),
        ];
        self.get("get_user_actions_affecting_payment", &query)
    }
}
