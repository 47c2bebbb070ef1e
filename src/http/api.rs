//! One provider's endpoint, [`Api`]: where it is, how it authenticates, and the requests
//! built for it. Sending them is `send.rs`; this file is what an endpoint is made of, so a
//! provider's setup reads in one place.

use super::client::client;
use super::outcome::no_documented_error;
use super::rate_limit::RateLimit;
use super::types::{HttpOptions, ProviderError, Repeat, Request, Session};
use crate::secret::Secret;
use anyhow::Result;
use reqwest::Method;
use reqwest::Url;
use reqwest::blocking::Client;
use reqwest::header::HeaderName;
use std::cell::RefCell;
use std::sync::Arc;

/// One provider's endpoint: where it is, how to authenticate, and how to read its errors.
pub struct Api {
    pub provider: &'static str,
    pub(super) base: Url,
    pub(super) auth: Vec<(HeaderName, Secret)>,
    pub(super) client: Client,
    pub(super) options: HttpOptions,
    pub(super) read_error: fn(&[u8]) -> Option<ProviderError>,
    /// Pacing and the pauses the provider's rate-limit headers ask for.
    pub(super) rate: RateLimit,
    pub(super) session: Option<Session>,
    /// Secrets sent in a body (a login's password): never sent as headers, always redacted.
    body_secrets: Vec<Secret>,
    /// The path and URL of the last write, handed to the next write to the same path: the
    /// many requests of a batch plan then hold one URL between them, built once.
    last_write_url: RefCell<Option<(String, Arc<Url>)>>,
}

impl Api {
    /// `base` is scheme, host and optional port; `auth` the headers that carry the secret.
    pub fn new(
        provider: &'static str,
        base: Url,
        auth: Vec<(HeaderName, Secret)>,
        options: HttpOptions,
    ) -> Result<Api> {
        let client = client(&base, &options)?;
        let rate = RateLimit::new(options.rpm, options.rate_window);
        Ok(Api {
            provider,
            base,
            auth,
            client,
            options,
            read_error: no_documented_error,
            rate,
            session: None,
            body_secrets: Vec::new(),
            last_write_url: RefCell::new(None),
        })
    }

    /// Lets a provider turn its own error body shape into the message the user sees.
    pub fn with_error_reader(mut self, read_error: fn(&[u8]) -> Option<ProviderError>) -> Api {
        self.read_error = read_error;
        self
    }

    /// Sends at most `per_minute` requests a minute (the rate window), evenly spaced, so a
    /// long walk stays under a published rate limit instead of running into 429s. The shared
    /// client already paces to `HttpOptions::rpm`; this overrides it.
    pub fn with_pace(mut self, per_minute: u32) -> Api {
        self.rate.set_pace(per_minute);
        self
    }

    /// Keeps a secret that travels in request bodies out of every printed text.
    pub fn with_body_secret(mut self, secret: Secret) -> Api {
        self.body_secrets.push(secret);
        self
    }

    /// Sends every request with a session token; see [`Session`].
    pub fn with_session(mut self, session: Session) -> Api {
        self.session = Some(session);
        self
    }

    /// Scheme, host and port the requests go to: the account scope of the journal and lock.
    pub fn origin(&self) -> String {
        self.base.origin().ascii_serialization()
    }

    /// Logs in before a money-moving request is journaled, so a refused or failed login is
    /// a failure before sending and never an unknown outcome.
    pub fn prepare(&self) -> Result<()> {
        if let Some(session) = &self.session
            && session.token.borrow().is_none()
        {
            *session.token.borrow_mut() = Some((session.renew)()?);
        }
        Ok(())
    }

    /// The URL of a documented path with its query parameters, in the given order.
    pub fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.base.clone();
        let base_path = url.path().trim_end_matches('/').to_string();
        url.set_path(&format!("{base_path}{path}"));
        if !query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
        }
        url
    }

    pub fn get(&self, path: &str, query: &[(&str, String)]) -> Request {
        Request {
            method: Method::GET,
            url: Arc::new(self.url(path, query)),
            body: None,
            repeat: Repeat::Safe,
        }
    }

    /// A money-moving POST: never repeated once it may have reached the server.
    pub fn post(&self, path: &str, body: serde_json::Value) -> Request {
        self.write(Method::POST, path, Some(body))
    }

    /// A POST that moves no money (a login): repeated like a read, and its failure is never
    /// an unknown outcome.
    pub fn post_repeatable(&self, path: &str, body: serde_json::Value) -> Request {
        Request {
            repeat: Repeat::Safe,
            ..self.post(path, body)
        }
    }

    /// A request that changes something (PUT, PATCH, DELETE, POST): never repeated once it
    /// may have reached the server.
    pub fn write(&self, method: Method, path: &str, body: Option<serde_json::Value>) -> Request {
        let mut last = self.last_write_url.borrow_mut();
        let url = match last.as_ref() {
            Some((last_path, shared)) if last_path == path => Arc::clone(shared),
            _ => {
                let url = Arc::new(self.url(path, &[]));
                Arc::clone(&last.insert((path.to_string(), url)).1)
            }
        };
        Request {
            method,
            url,
            body: body.map(|body| {
                serde_json::value::to_raw_value(&body).expect("a JSON value serializes")
            }),
            repeat: Repeat::OnlyUnsent,
        }
    }

    /// Removes every secret in play — auth headers, the session token, secrets sent in
    /// bodies — from a text that may be printed, in any of the encodings a provider may echo
    /// it back in (see [`crate::secret::redact`]).
    pub fn redact(&self, text: &str) -> String {
        self.redactor().redact(text)
    }

    /// [`Api::redact`] prepared once, for many texts in a row (the secrets in play now).
    pub fn redactor(&self) -> crate::secret::Redactor {
        let token = self.session.as_ref().and_then(|s| s.token.borrow().clone());
        let secrets: Vec<Secret> = self
            .auth
            .iter()
            .map(|(_, s)| s.clone())
            .chain(token)
            .chain(self.body_secrets.iter().cloned())
            .collect();
        crate::secret::Redactor::new(&secrets)
    }
}

/// An id typed by a user, checked before it becomes one segment of a URL path: letters,
/// digits, `_` and `-` only, so it can never change the path (`../`, `?`, `/`).
pub fn path_segment<'a>(id: &'a str, what: &str) -> Result<&'a str> {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(id)
    } else {
        Err(crate::error::usage(format!(
            "'{id}' is not {what} (letters, digits, _ and -)"
        )))
    }
}
