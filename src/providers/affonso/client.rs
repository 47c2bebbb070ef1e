//! Affonso's calls. A `success: false` answer is an error even with a 2xx status, and the
//! error codes decide the exit code where they say more than the status.

use super::identity::Affonso;
use super::wire::*;
use crate::context::Context;
use crate::error::Kind;
use crate::http::{Api, ProviderError, Request, Response};
use crate::paging::Page;
use crate::providers::identity::Identity;
use crate::secret::Secret;
use anyhow::Result;
use reqwest::header::HeaderName;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The largest page Affonso serves.
pub const MAX_PAGE: u64 = 200;

pub struct Client {
    pub api: Api,
}

impl Client {
    pub fn new(ctx: &Context, provider: &dyn Identity) -> Result<Client> {
        let base = ctx.base_url(provider)?;
        let key = ctx.secret(provider)?;
        let bearer = Secret::new(format!("Bearer {}", key.expose()));
        let auth = vec![(HeaderName::from_static("authorization"), bearer)];
        let api = Api::new(provider.name(), base, auth, ctx.http_options(provider)?)?
            .with_error_reader(read_error);
        Ok(Client { api })
    }

    /// One page of a list, asked for by offset: Affonso pages by number, so the page size is
    /// always the maximum and the offset a multiple of it.
    pub fn list<T: DeserializeOwned>(
        &self,
        path: &str,
        filters: &[(&str, String)],
        offset: u64,
    ) -> Result<Page<T>> {
        let mut query = vec![
            ("page", (offset / MAX_PAGE + 1).to_string()),
            ("limit", MAX_PAGE.to_string()),
        ];
        query.extend(filters.iter().cloned());
        let envelope: Envelope<Vec<T>> =
            self.checked(&self.api.send(&self.api.get(path, &query))?)?;
        Ok(Page {
            rows: envelope.data.unwrap_or_default(),
            total: envelope.pagination.and_then(|p| p.total),
        })
    }

    pub fn one<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T> {
        let envelope: Envelope<T> = self.checked(&self.api.send(&self.api.get(path, query))?)?;
        envelope.data.ok_or_else(|| {
            crate::error::fail(
                Kind::Unreadable,
                format!("affonso answered {path} without data"),
            )
        })
    }

    pub fn put(&self, path: &str, body: Value) -> Request {
        let mut request = self.api.post(path, body);
        request.method = reqwest::Method::PUT;
        request
    }

    /// Decodes an envelope; `success: false` is the provider refusing, whatever the status.
    pub fn checked<T: DeserializeOwned>(&self, response: &Response) -> Result<Envelope<T>> {
        refused(&self.api, response)?;
        let envelope: Envelope<T> = self.api.decode(response)?;
        if !envelope.success {
            return Err(self.api.refusal(&response.body));
        }
        Ok(envelope)
    }
}

pub fn client(ctx: &Context) -> Result<Client> {
    Client::new(ctx, &Affonso)
}

/// The pages of a list endpoint, for [`crate::paging::walk`]: Affonso's pages are of a fixed
/// size, so the size asked for is not sent.
pub fn pages<'a, T: DeserializeOwned + 'a>(
    client: &'a Client,
    path: &'a str,
    filters: &'a [(&str, String)],
) -> impl FnMut(u64, u64) -> Result<Page<T>> + 'a {
    move |offset, _| client.list(path, filters, offset)
}

/// An id as one URL path segment.
pub fn path_segment(id: &str) -> Result<&str> {
    crate::http::path_segment(id, "an Affonso id")
}

/// `success: false` is the provider refusing (with its error code). Anything else goes on to
/// be decoded as the documented success shape, where a body that is not JSON, or JSON without
/// `success: true`, fails as unreadable (`Api::decode`): for a money-moving request the
/// shared plan makes that an unknown outcome, since the change may have been made.
pub fn refused(api: &Api, response: &Response) -> Result<()> {
    let flag: Value = api.decode(response)?;
    if flag.get("success") == Some(&Value::Bool(false)) {
        return Err(api.refusal(&response.body));
    }
    Ok(())
}

/// Decodes a `PUT` answer: the changed object, with `success: true` (checked, not assumed).
pub fn changed(api: &Api, response: &Response) -> Result<Changed> {
    refused(api, response)?;
    let answer: Changed = api.decode(response)?;
    if !answer.success {
        return Err(api.refusal(&response.body));
    }
    Ok(answer)
}

/// `{success: false, error: {code, message, field}}` → the message and the exit kind.
pub fn read_error(body: &[u8]) -> Option<ProviderError> {
    let envelope: ErrorEnvelope = serde_json::from_slice(body).ok()?;
    let error = envelope.error?;
    let code = error.code.unwrap_or_default();
    let kind = match code.as_str() {
        "UNAUTHORIZED"
        | "INVALID_API_KEY"
        | "API_KEY_EXPIRED"
        | "MISSING_API_KEY"
        | "INVALID_API_KEY_FORMAT"
        | "API_KEY_DISABLED"
        | "FORBIDDEN"
        | "INSUFFICIENT_PERMISSIONS" => Some(Kind::CredentialRejected),
        "VALIDATION_ERROR" | "NOT_FOUND" | "DUPLICATE_ERROR" => Some(Kind::ProviderRejected),
        "RATE_LIMIT_EXCEEDED" => Some(Kind::Temporary),
        _ => None,
    };
    let field = error
        .field
        .map(|f| format!(" (field {f})"))
        .unwrap_or_default();
    Some(ProviderError {
        message: format!("{code}: {}{field}", error.message.unwrap_or_default()),
        kind,
    })
}
