//! The one HTTP client every provider talks through.
//!
//! It owns what must be the same for all providers: timeouts, the User-Agent, which requests
//! may be repeated and how (exponential backoff with jitter, `Retry-After`), the `-v` line,
//! and how an HTTP failure becomes an exit code. A request that may have reached the server
//! and is not safe to repeat (a payment) is never retried here: only its failure to connect
//! is, because then it never left this machine.
//!
//! The files, from the top down: `api` (an endpoint and the requests built for it), `send`
//! (sending one, retrying as it allows, reading its answer), `client` (the reqwest client and
//! its proxy rules), `rate_limit` (pacing and 429 waits), `retry` (backoff), `outcome` (a
//! non-2xx answer as an exit kind and a message), and `types` (what they all pass around).

mod api;
mod client;
mod outcome;
mod rate_limit;
mod retry;
mod send;
mod types;

pub use api::{Api, path_segment};
pub use outcome::{classify, snippet, unquoted_body};
pub use types::{Body, HttpOptions, ProviderError, Repeat, Request, Response, Session};
