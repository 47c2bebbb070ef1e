//! The payout panel's calls and its session: `POST /api/authenticate` trades the stored
//! password for a token valid 24 hours, sent as `x-access-token`. The token is cached beside
//! the password and reused until it is 23 hours old, so a cron job every five minutes logs in
//! about once a day; a refused call logs in once more and is repeated (see `http::Session`).

use crate::context::Context;
use crate::credentials::{Credentials, Source};
use crate::error::{Kind, fail};
use crate::http::{Api, ProviderError, Request, Session};
use crate::providers::identity::Identity;
use crate::secret::Secret;
use anyhow::Result;
use reqwest::header::HeaderName;
use serde::Deserialize;
use serde_json::{Value, json};
use std::cell::RefCell;

/// A cached token older than this is not used: it expires at 24 hours.
const TOKEN_REUSE_SECONDS: i64 = 23 * 3600;

pub struct Client {
    pub api: Api,
}

#[derive(Deserialize)]
struct Authenticated {
    token: String,
}

impl Client {
    pub fn new(ctx: &Context, provider: &'static dyn Identity) -> Result<Client> {
        let base = ctx.base_url(provider)?;
        let (password, source) = ctx.credential(provider)?;
        let options = ctx.http_options(provider)?;
        // Every call redacts both secrets: the password the login sends, the token it gets.
        let session_api_password = password.clone();
        let login = Api::new(provider.name(), base.clone(), Vec::new(), options.clone())?
            .with_error_reader(read_error)
            .with_body_secret(password.clone());
        let cache =
            source.map(|source| (ctx.credentials.clone(), ctx.global.profile.clone(), source));
        let issuer = base.to_string();
        let cached = cache.as_ref().and_then(|(store, profile, source)| {
            let (token, created) =
                store.cached_session(provider.name(), profile, *source, &issuer)?;
            (now() - created < TOKEN_REUSE_SECONDS).then_some(token)
        });
        let renew = Box::new(move || {
            let token = authenticate(&login, &password)?;
            if let Some((store, profile, source)) = &cache {
                cache_token(store, provider.name(), profile, *source, &issuer, &token);
            }
            Ok(token)
        });
        let session = Session {
            header: HeaderName::from_static("x-access-token"),
            token: RefCell::new(cached),
            renew,
        };
        let api = Api::new(provider.name(), base, Vec::new(), options)?
            .with_error_reader(read_error)
            .with_body_secret(session_api_password)
            .with_session(session);
        Ok(Client { api })
    }

    pub fn create(&self, body: Value) -> Request {
        self.api.post("/api/payment/create", body)
    }

    pub fn cancel(&self, ids: &[u64]) -> Request {
        self.api.post("/api/payment/cancel", json!({ "ids": ids }))
    }
}

/// `auth status --check`: the panel has no read call, so a login proves the password; the
/// token it returns is cached as any other, so the run that follows does not log in again.
pub fn check(ctx: &Context, provider: &'static dyn Identity) -> Result<()> {
    let base = ctx.base_url(provider)?;
    let (password, source) = ctx.credential(provider)?;
    let login = Api::new(
        provider.name(),
        base.clone(),
        Vec::new(),
        ctx.http_options(provider)?,
    )?
    .with_error_reader(read_error)
    .with_body_secret(password.clone());
    let token = authenticate(&login, &password)?;
    if let Some(source) = source {
        let issuer = base.to_string();
        let profile = &ctx.global.profile;
        cache_token(
            &ctx.credentials,
            provider.name(),
            profile,
            source,
            &issuer,
            &token,
        );
    }
    Ok(())
}

/// Logs in; a refused password is a rejected credential (exit 4), whatever the status.
fn authenticate(login: &Api, password: &Secret) -> Result<Secret> {
    let request =
        login.post_repeatable("/api/authenticate", json!({ "apiKey": password.expose() }));
    let response = login
        .send(&request)
        .map_err(|err| match crate::error::kind_of(&err) {
            Some(Kind::ProviderRejected | Kind::CredentialRejected) => fail(
                Kind::CredentialRejected,
                format!(
                    "billon refused the authentication password ({err:#}). Check it with \
                 `affpay auth status` and store it again with `affpay auth login billon`"
                ),
            ),
            _ => err,
        })?;
    // The body is not quoted in the error: whatever it holds may be a token.
    let answer: Authenticated = serde_json::from_slice(&response.body).map_err(|_| {
        fail(
            Kind::ProviderRejected,
            "billon answered the login without a token field",
        )
    })?;
    Ok(Secret::new(answer.token))
}

/// A token that cannot be cached costs a login on every run: worth a warning, not a failure.
fn cache_token(
    store: &Credentials,
    provider: &str,
    profile: &str,
    source: Source,
    issuer: &str,
    token: &Secret,
) {
    if let Err(err) = store.cache_session(provider, profile, source, issuer, token, now()) {
        crate::notice!("affpay: could not cache the {provider} session token: {err:#}");
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// `{"error": {"message", "type"}, "errors": []}`; both types are refusals (exit 5).
pub fn read_error(body: &[u8]) -> Option<ProviderError> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let error = value.get("error")?;
    let kind = error["type"].as_str().unwrap_or("ERROR");
    let message = error["message"].as_str().unwrap_or_default();
    Some(ProviderError {
        message: format!("{kind}: {message}"),
        kind: Some(Kind::ProviderRejected),
    })
}
