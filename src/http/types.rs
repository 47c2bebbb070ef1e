//! What the shared client's files pass between them and to the providers: its options, a
//! request, an answer, a session, a provider's error. Kept apart so every other file of the
//! client can name them without importing the client itself.

use crate::error::Kind;
use crate::secret::Secret;
use anyhow::Result;
use reqwest::Method;
use reqwest::Url;
use reqwest::header::{HeaderMap, HeaderName};
use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

/// Settings of the shared client, from the global options.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    pub timeout: Duration,
    pub verbose: bool,
    /// The largest answer body read, in bytes: a server that never stops sending cannot
    /// make affpay use unbounded memory.
    pub max_body: u64,
    /// Requests per minute to pace to (`<provider>.rpm`); `None` sends as fast as answered.
    pub rpm: Option<u32>,
    /// The longest time one request may spend waiting out 429s (`--max-rate-wait`).
    pub max_rate_wait: Duration,
    /// The providers' rate-limit window: a minute (shorter only for tests and simulators).
    pub rate_window: Duration,
    /// Whether a rate-limit wait is shown without `-v` (stderr is a terminal).
    pub show_waits: bool,
    /// Where 429 waits are recorded for `affpay status`; `None` records nothing.
    pub wait_log: Option<crate::rate_waits::Log>,
}

/// Whether a request may be sent again after it may have reached the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// Reads: retried on connection errors, timeouts, 429 and 5xx.
    Safe,
    /// Money-moving writes: retried only when the connection was never made.
    OnlyUnsent,
}

/// A session token obtained by a login call and sent in a header on every request. When a
/// request is refused as unauthenticated (the refused call did nothing, so repeating it is
/// safe) the session is renewed once and the request repeated.
pub struct Session {
    pub header: HeaderName,
    /// A token still valid from an earlier run, if any.
    pub token: RefCell<Option<Secret>>,
    /// Logs in again and returns the new token (the provider also caches it).
    pub renew: Box<dyn Fn() -> Result<Secret>>,
}

/// What a provider's error body says, in its own shape.
#[derive(Debug, Clone)]
pub struct ProviderError {
    pub message: String,
    /// The exit kind the provider's own error code implies, when it says more than the
    /// HTTP status (an expired key sent with a 400, say).
    pub kind: Option<Kind>,
}

/// A request about to be sent, kept whole so it can be logged or shown by `--dry-run`.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    /// Shared by the requests of a batch to one address (see [`crate::http::Api::write`]).
    pub url: Arc<Url>,
    pub body: Option<Body>,
    pub repeat: Repeat,
}

/// A request's JSON body as the exact text that is sent. A plan holds every request of a
/// batch before the first is sent; as text each body is one allocation, where a
/// `serde_json::Value` is a map of strings (for a 100,000-row CSV, ~10 MB instead of ~86 MB).
pub type Body = Box<serde_json::value::RawValue>;

impl Request {
    /// The body read back as JSON, for an answer that is checked against what was asked.
    pub fn body_json(&self) -> Option<serde_json::Value> {
        serde_json::from_str(self.body.as_ref()?.get()).ok()
    }
}

/// An answer with a 2xx status.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}
