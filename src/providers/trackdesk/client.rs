//! Trackdesk's calls. The key travels as `X-Api-Key`; errors come as `google.rpc.Status`
//! whose `code` is a gRPC code (the HTTP status decides the exit code); and since Trackdesk
//! publishes a per-tenant rate (5 requests a second on Business) but no rate-limit headers,
//! requests are paced to `trackdesk.rps` so a long walk never meets a 429.
//!
//! What the reads and the changes both need to call Trackdesk lives here too: the client for
//! the profile, walking a list, a settlement by id, ids as path segments, instants as sent.

use super::identity::Trackdesk;
use super::wire::{Balance, OpenBalances, Pagination, SettlementWithRows, Status, grpc_code_name};
use crate::context::Context;
use crate::http::{Api, ProviderError, Request};
use crate::paging::{self, Page, Take};
use crate::providers::identity::Identity;
use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use reqwest::Method;
use reqwest::header::HeaderName;
use serde::de::DeserializeOwned;
use serde_json::Value;

pub const BILLING: &str = "/api/node/billing/v1";
pub const BILLING_DETAILS: &str = "/api/node/billing-details/v1";
pub const PAYMENT_METHODS: &str = "/api/node/payment-methods/v1";
pub const SUPPORTED_TYPES: &str = "/api/node/payment-method-types/v1/supported";
/// Rows per page. Trackdesk documents no maximum; 100 keeps every answer small.
pub const PAGE: u64 = 100;

pub struct Client {
    pub api: Api,
}

impl Client {
    pub fn new(ctx: &Context, provider: &dyn Identity) -> Result<Client> {
        let base = ctx.base_url(provider)?;
        let key = ctx.secret(provider)?;
        let auth = vec![(HeaderName::from_static("x-api-key"), key)];
        let api = Api::new(provider.name(), base, auth, ctx.http_options(provider)?)?
            .with_error_reader(read_error);
        Ok(Client { api })
    }

    pub fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T> {
        self.api.get_json(path, query)
    }

    /// One page of a list: the filters plus `pagination.offset` and `pagination.limit`.
    pub fn page<T: DeserializeOwned>(
        &self,
        path: &str,
        filters: &[(&'static str, String)],
        offset: u64,
        size: u64,
    ) -> Result<T> {
        let mut query = filters.to_vec();
        query.push(("pagination.limit", size.to_string()));
        query.push(("pagination.offset", offset.to_string()));
        self.get(path, &query)
    }

    pub fn write(&self, method: Method, path: &str, body: Option<Value>) -> Request {
        self.api.write(method, path, body)
    }
}

/// `{code, message, details}` → "NOT_FOUND: the message"; the exit code follows the HTTP
/// status, as the gRPC code can disagree with it.
pub fn read_error(body: &[u8]) -> Option<ProviderError> {
    let status = serde_json::from_slice::<Status>(body)
        .ok()
        .filter(|s| s.code != 0 || !s.message.is_empty());
    // Not the gRPC shape (a proxy's HTML page): not Trackdesk's refusal; the shared client
    // shows the start of it.
    let status = status?;
    let types: Vec<&str> = status
        .details
        .iter()
        .filter_map(|d| d["@type"].as_str())
        .collect();
    let details = if types.is_empty() {
        String::new()
    } else {
        format!(" (details: {})", types.join(", "))
    };
    Some(ProviderError {
        message: format!(
            "{}: {}{details}",
            grpc_code_name(status.code),
            status.message
        ),
        kind: None,
    })
}

/// The client for the profile's Trackdesk program, as every command makes it.
pub fn client(ctx: &Context) -> Result<Client> {
    Client::new(ctx, &Trackdesk)
}

/// RFC 3339 in UTC, with a fraction of a second only when there is one.
pub fn rfc3339(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Walks a list endpoint; `rows` picks a page's rows and pagination out of its answer.
pub fn walk<P: DeserializeOwned, T: std::fmt::Debug>(
    client: &Client,
    path: &str,
    filters: &[(&'static str, String)],
    take: Take,
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
    emit: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<paging::Walked> {
    paging::walk(take, PAGE, pages(client, path, filters, rows), emit)
}

/// The pages of a list endpoint, for [`paging::walk`]: `size` rows from `offset`.
pub fn pages<'a, P: DeserializeOwned + 'a, T: 'a>(
    client: &'a Client,
    path: &'a str,
    filters: &'a [(&'static str, String)],
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
) -> impl FnMut(u64, u64) -> Result<Page<T>> + 'a {
    move |offset, size| {
        let (rows, pagination) = rows(client.page(path, filters, offset, size)?);
        Ok(Page {
            rows,
            total: total(pagination),
        })
    }
}

/// The total a page's pagination reports (none when it reports 0: not counted).
pub fn total(pagination: Option<Pagination>) -> Option<u64> {
    pagination
        .filter(|p| p.total_count > 0)
        .map(|p| p.total_count as u64)
}

pub fn open_balances(page: OpenBalances) -> (Vec<Balance>, Option<Pagination>) {
    (page.balances, page.pagination)
}

/// `GET settlements/{id}`: the settlement and its account settlements.
pub fn get_settlement(client: &Client, id: &str) -> Result<SettlementWithRows> {
    client.get(&format!("{BILLING}/settlements/{}", path_segment(id)?), &[])
}

/// An id as one URL path segment.
pub fn path_segment(id: &str) -> Result<&str> {
    crate::http::path_segment(id, "a Trackdesk id")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grpc_errors_read_as_code_name_and_message() {
        let body = br#"{"code":9,"message":"manual status change is forbidden for Tipalti settlements","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo"}]}"#;
        let error = read_error(body).unwrap();
        assert_eq!(
            error.message,
            "FAILED_PRECONDITION: manual status change is forbidden for Tipalti settlements (details: type.googleapis.com/google.rpc.ErrorInfo)"
        );
        assert!(error.kind.is_none());
        assert!(
            read_error(b"<html>bad gateway</html>").is_none(),
            "a proxy's page is not Trackdesk's documented refusal"
        );
    }
}
