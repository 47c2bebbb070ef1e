//! The three operator calls: balances (paged by an inclusive index window), payments and
//! adjustments. Payments and adjustments are built as requests for the plan, never sent here.

use super::wire::Balance;
use crate::context::Context;
use crate::http::{Api, Request};
use crate::providers::identity::Identity;
use anyhow::Result;
use reqwest::header::HeaderName;
use serde_json::{Map, Value};

/// The keys of the balance filter; only those given are sent.
#[derive(Debug, Clone, Default)]
pub struct BalanceFilter {
    pub above_threshold: bool,
    /// ISO-8601 datetime: only balances due up to then.
    pub to: Option<String>,
    pub affiliate_id: Option<i64>,
}

impl BalanceFilter {
    pub fn to_json(&self) -> String {
        let mut filter = Map::new();
        if self.above_threshold {
            filter.insert("above_threshold".into(), Value::Bool(true));
        }
        if let Some(to) = &self.to {
            filter.insert("to".into(), Value::String(to.clone()));
        }
        if let Some(id) = self.affiliate_id {
            filter.insert("affiliate_id".into(), Value::from(id));
        }
        Value::Object(filter).to_string()
    }
}

pub struct Client {
    pub api: Api,
}

impl Client {
    /// The operator key goes raw in `Authorization`, without `Bearer`.
    pub fn new(ctx: &Context, provider: &dyn Identity) -> Result<Client> {
        let base = ctx.base_url(provider)?;
        let auth = vec![(
            HeaderName::from_static("authorization"),
            ctx.secret(provider)?,
        )];
        Ok(Client {
            api: Api::new(provider.name(), base, auth, ctx.http_options(provider)?)?,
        })
    }

    /// Rows `offset ..= offset + size - 1`: `range` is an inclusive index window.
    pub fn balances(&self, filter: &BalanceFilter, offset: u64, size: u64) -> Result<Vec<Balance>> {
        self.balance_rows(filter, offset, size)
    }

    /// [`Client::balances`] read as `T`, only the parts of each row a command needs.
    pub fn balance_rows<T: serde::de::DeserializeOwned>(
        &self,
        filter: &BalanceFilter,
        offset: u64,
        size: u64,
    ) -> Result<Vec<T>> {
        let query = [
            ("filter", filter.to_json()),
            ("range", format!("[{},{}]", offset, offset + size - 1)),
        ];
        self.api.get_json("/api/af2_balance_op", &query)
    }

    pub fn payment(&self, body: Value) -> Request {
        self.api.post("/api/af2_payments_op", body)
    }

    pub fn adjustment(&self, body: Value) -> Request {
        self.api.post("/api/af2_adjustments_op", body)
    }
}
