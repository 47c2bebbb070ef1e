//! The one HTTP client every provider talks through.
//!
//! It owns what must be the same for all providers: timeouts, the User-Agent, which requests
//! may be repeated and how (exponential backoff with jitter, `Retry-After`), the `-v` line,
//! and how an HTTP failure becomes an exit code. A request that may have reached the server
//! and is not safe to repeat (a payment) is never retried here: only its failure to connect
//! is, because then it never left this machine.

use crate::error::{Kind, fail};
use crate::secret::Secret;
use anyhow::Result;
use reqwest::Method;
use reqwest::Url;
use reqwest::blocking::Client;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use std::cell::{Cell, RefCell};
use std::sync::Arc;
use std::time::{Duration, Instant};

const ATTEMPTS: u32 = 4;
const BACKOFF_BASE: Duration = Duration::from_millis(250);
/// A `Retry-After` longer than this is not waited for after a 5xx: the run fails as
/// temporary instead. (A 429's waits are bounded by `--max-rate-wait` instead.)
const LONGEST_WAIT: Duration = Duration::from_secs(120);
/// Paced requests go out at this share of the configured rate, so the jitter of a loaded
/// machine or network never pushes one window over the limit.
const PACE_SHARE: f64 = 0.95;

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

/// One provider's endpoint: where it is, how to authenticate, and how to read its errors.
pub struct Api {
    pub provider: &'static str,
    base: Url,
    auth: Vec<(HeaderName, Secret)>,
    client: Client,
    options: HttpOptions,
    read_error: fn(&[u8]) -> Option<ProviderError>,
    /// No request before this instant: the provider's rate-limit headers asked for a pause.
    not_before: Cell<Option<Instant>>,
    /// The least time between two requests, for providers that publish a rate but send no
    /// rate-limit headers; and when the last one started.
    pace: Option<Duration>,
    last_sent: Cell<Option<Instant>>,
    /// When the current rate-limit window began, as far as this client can tell: the arrival
    /// of the first answer after the previous window ended (never earlier than the server
    /// saw that request, so waiting until it plus a window is never too early).
    window_start: Cell<Option<Instant>>,
    session: Option<Session>,
    /// Secrets sent in a body (a login's password): never sent as headers, always redacted.
    body_secrets: Vec<Secret>,
    /// The path and URL of the last write, handed to the next write to the same path: the
    /// many requests of a batch plan then hold one URL between them, built once.
    last_write_url: RefCell<Option<(String, Arc<Url>)>>,
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
    /// Shared by the requests of a batch to one address (see [`Api::write`]).
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

impl Api {
    /// `base` is scheme, host and optional port; `auth` the headers that carry the secret.
    pub fn new(
        provider: &'static str,
        base: Url,
        auth: Vec<(HeaderName, Secret)>,
        options: HttpOptions,
    ) -> Result<Api> {
        // reqwest is built without a TLS provider of its own (see Cargo.toml): ring is the
        // process's. Installing it again is a no-op.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(options.timeout)
            .user_agent(concat!("affpay/", env!("CARGO_PKG_VERSION")))
            // A redirect could carry the auth header to another host; no provider needs one.
            .redirect(reqwest::redirect::Policy::none())
            // No proxy from the environment or the system by default: reqwest would send a
            // plain-http request, token and all, to whatever `HTTP_PROXY` names.
            .no_proxy();
        if let Some(proxy) = proxy_for(&base, &|name| std::env::var(name).ok())? {
            builder = builder.proxy(proxy);
        }
        let client = builder
            .build()
            .map_err(|e| anyhow::anyhow!("cannot set up the HTTP client: {e}"))?;
        let pace = options.rpm.map(|rpm| pace_for(rpm, options.rate_window));
        Ok(Api {
            provider,
            base,
            auth,
            client,
            options,
            read_error: no_documented_error,
            not_before: Cell::new(None),
            pace,
            last_sent: Cell::new(None),
            window_start: Cell::new(None),
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
        self.pace = Some(pace_for(per_minute, self.options.rate_window));
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

    /// The error for a refusal the provider reports in a 2xx answer (`success: false`).
    pub fn refusal(&self, body: &[u8]) -> anyhow::Error {
        let error = (self.read_error)(body);
        let kind = error
            .as_ref()
            .and_then(|e| e.kind)
            .unwrap_or(Kind::ProviderRejected);
        // Without the provider's own message, a JSON answer is not quoted: its values may be
        // anything, a token among them.
        let detail = error.map_or_else(|| unquoted_body(body), |e| e.message);
        fail(
            kind,
            self.redact(&format!("{} refused the request: {detail}", self.provider)),
        )
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

    /// Sends a GET and decodes its JSON answer.
    pub fn get_json<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T> {
        let response = self.send(&self.get(path, query))?;
        self.decode(&response)
    }

    /// Decodes a 2xx answer; one that cannot be understood is exit 5 (`Kind::Unreadable`),
    /// described by where and what went wrong, never by the value found there.
    pub fn decode<T: DeserializeOwned>(&self, response: &Response) -> Result<T> {
        serde_json::from_slice(&response.body).map_err(|e| {
            let body = &response.body;
            let mut message = format!(
                "{} answered with a body that is not the expected JSON ({})",
                self.provider,
                crate::secret::json_error(&e, body)
            );
            if !looks_like_json(body) {
                message.push_str(&format!(": {}", snippet(body)));
            }
            fail(Kind::Unreadable, self.redact(&message))
        })
    }

    /// Sends a request, retrying as its [`Repeat`] allows; a non-2xx answer is an error.
    pub fn send(&self, request: &Request) -> Result<Response> {
        let Some(session) = &self.session else {
            return self.send_with_retries(request);
        };
        if session.token.borrow().is_none() {
            *session.token.borrow_mut() = Some((session.renew)()?);
        }
        match self.send_with_retries(request) {
            Err(err) if crate::error::kind_of(&err) == Some(Kind::CredentialRejected) => {
                if self.options.verbose {
                    eprintln!(
                        "affpay: {} refused the session; authenticating again",
                        self.provider
                    );
                }
                *session.token.borrow_mut() = Some((session.renew)()?);
                self.send_with_retries(request)
            }
            other => other,
        }
    }

    fn send_with_retries(&self, request: &Request) -> Result<Response> {
        let mut attempt = 1;
        // Time spent waiting out 429s for this request, bounded by `--max-rate-wait`.
        let mut rate_waited = Duration::ZERO;
        loop {
            self.wait_for_rate_limit();
            let started = Instant::now();
            let outcome = self.send_once(request);
            if let Ok(answer) = &outcome {
                self.note_window();
                self.note_rate_limit(answer.headers());
            }
            let retry_in = match &outcome {
                Ok(answer) if answer.status().as_u16() == 429 => {
                    // Turned away before anything was done: even a payment may be sent
                    // again, once the window that refused it has passed.
                    self.log(request, "429", started);
                    let wait = self.rate_limit_wait(answer.headers());
                    if rate_waited + wait > self.options.max_rate_wait {
                        self.record_wait(crate::rate_waits::Kind::GaveUp, wait);
                        return Err(self.rate_wait_exceeded(request, rate_waited, wait));
                    }
                    self.record_wait(crate::rate_waits::Kind::Waited, wait);
                    self.show_rate_wait(wait, rate_waited);
                    rate_waited += wait;
                    std::thread::sleep(wait);
                    continue;
                }
                Ok(answer) => {
                    self.log(request, &answer.status().as_u16().to_string(), started);
                    retry_delay_for_status(request, answer, attempt)
                }
                Err(err) => {
                    self.log(request, "failed", started);
                    (attempt < ATTEMPTS && (request.repeat == Repeat::Safe || err.is_connect()))
                        .then(|| backoff(attempt))
                }
            };
            match (retry_in, outcome) {
                (Some(wait), _) if wait <= LONGEST_WAIT => {
                    if self.options.verbose {
                        eprintln!(
                            "affpay: retrying in {} ms (attempt {} of {ATTEMPTS})",
                            wait.as_millis(),
                            attempt + 1
                        );
                    }
                    std::thread::sleep(wait);
                    attempt += 1;
                }
                (_, Ok(answer)) => return self.finish(request, answer),
                (_, Err(err)) => return Err(self.transport_failure(request, &err)),
            }
        }
    }

    /// How long to wait after a 429: `Retry-After` (seconds) when sent, else the provider's
    /// `X-RateLimit-Reset`, else until the current window ends, plus jitter so that parallel
    /// runs do not all come back at the same instant.
    fn rate_limit_wait(&self, headers: &HeaderMap) -> Duration {
        let window = self.options.rate_window;
        if let Some(wait) = retry_after(headers).filter(|w| !w.is_zero()) {
            return wait;
        }
        let jitter = window.div_f64(30.0).mul_f64(fastrand::f64());
        if let Some(reset) = rate_limit_reset(headers) {
            return reset.min(window) + jitter;
        }
        let now = Instant::now();
        let start = self.window_start.get().unwrap_or(now);
        (start + window).saturating_duration_since(now) + jitter
    }

    /// On a terminal, or with `-v`, says that and how long a 429 is being waited out.
    fn show_rate_wait(&self, wait: Duration, waited: Duration) {
        if self.options.verbose || self.options.show_waits {
            eprintln!(
                "affpay: rate-limited by {}: waiting {} s",
                self.provider,
                shown_seconds(wait)
            );
        }
        if self.options.verbose {
            eprintln!(
                "affpay: retrying in {} ms ({} of at most {} s waited for the rate limit so far)",
                wait.as_millis(),
                shown_seconds(waited),
                self.options.max_rate_wait.as_secs()
            );
        }
    }

    /// Keeps a 429 wait (or giving up on one) in the record `affpay status` reads.
    fn record_wait(&self, kind: crate::rate_waits::Kind, wait: Duration) {
        if let Some(log) = &self.options.wait_log {
            log.record(self.provider, &self.origin(), kind, wait);
        }
    }

    /// The error when waiting out one more 429 would pass `--max-rate-wait`. The request was
    /// turned away each time, so nothing was done: trying later is safe, even for a payment.
    fn rate_wait_exceeded(
        &self,
        request: &Request,
        waited: Duration,
        next: Duration,
    ) -> anyhow::Error {
        let message = format!(
            "{} is still rate-limiting (HTTP 429) {} {} after {} s of waiting; the next try \
             would come {} s later, past the --max-rate-wait limit of {} s \
             (AFFPAY_MAX_RATE_WAIT). Nothing was done by the refused request; try again later \
             or allow a longer wait",
            self.provider,
            request.method,
            request.url.path(),
            shown_seconds(waited),
            shown_seconds(next),
            self.options.max_rate_wait.as_secs()
        );
        fail(Kind::Temporary, self.redact(&message))
    }

    /// Starts a new rate-limit window with this answer when the last one has ended.
    fn note_window(&self) {
        let now = Instant::now();
        let ended = self
            .window_start
            .get()
            .is_none_or(|start| now >= start + self.options.rate_window);
        if ended {
            self.window_start.set(Some(now));
        }
    }

    fn send_once(&self, request: &Request) -> reqwest::Result<reqwest::blocking::Response> {
        let mut builder = self
            .client
            .request(request.method.clone(), Url::clone(&request.url))
            .header("Accept", "application/json");
        for (name, secret) in &self.auth {
            let mut value = HeaderValue::from_str(secret.expose())
                .unwrap_or_else(|_| HeaderValue::from_static("invalid-credential"));
            value.set_sensitive(true);
            builder = builder.header(name.clone(), value);
        }
        if let Some(session) = &self.session
            && let Some(token) = session.token.borrow().as_ref()
        {
            let mut value = HeaderValue::from_str(token.expose())
                .unwrap_or_else(|_| HeaderValue::from_static("invalid-token"));
            value.set_sensitive(true);
            builder = builder.header(session.header.clone(), value);
        }
        if let Some(body) = &request.body {
            builder = builder
                .header("Content-Type", "application/json")
                .body(body.get().to_owned());
        }
        builder.send()
    }

    fn finish(&self, request: &Request, answer: reqwest::blocking::Response) -> Result<Response> {
        let status = answer.status().as_u16();
        let headers = answer.headers().clone();
        // Once a money-moving request has been answered at all, only a clear refusal (4xx)
        // says it did nothing: a 5xx or a cut-off answer may follow work already done.
        let may_have_acted = request.repeat == Repeat::OnlyUnsent;
        let kind = if may_have_acted {
            Kind::OutcomeUnknown
        } else {
            Kind::Temporary
        };
        let mut body = Vec::new();
        let limit = self.options.max_body;
        std::io::Read::read_to_end(&mut std::io::Read::take(answer, limit + 1), &mut body)
            .map_err(|e| {
                fail(
                    kind,
                    format!("{}: the answer was cut off: {e}", self.provider),
                )
            })?;
        if body.len() as u64 > limit {
            let kind = if may_have_acted {
                Kind::OutcomeUnknown
            } else {
                Kind::Unreadable
            };
            return Err(fail(
                kind,
                format!(
                    "{}: the answer (HTTP {status}) is larger than {} MiB, the --max-body-mb limit",
                    self.provider,
                    limit >> 20
                ),
            ));
        }
        if (200..300).contains(&status) {
            return Ok(Response {
                status,
                headers,
                body,
            });
        }
        let error = (self.read_error)(&body);
        let documented = error.is_some();
        let detail = error
            .as_ref()
            .map_or_else(|| unquoted_body(&body), |e| e.message.clone());
        let provider_kind = error.and_then(|e| e.kind);
        let kind = classify(status, may_have_acted, documented, provider_kind);
        let message = describe_status(self.provider, status, kind, &detail);
        Err(fail(kind, self.redact(&message)))
    }

    /// Honours `X-RateLimit-Remaining` and `X-RateLimit-Reset` (unix seconds; also spelled
    /// `X-Rate-Limit-*`): with few requests left the next ones are spread over the rest of the
    /// window, and with none left the next waits for the reset, so the client slows down
    /// before it is refused.
    fn note_rate_limit(&self, headers: &HeaderMap) {
        let (Some(remaining), Some(reset)) =
            (rate_header(headers, "remaining"), rate_limit_reset(headers))
        else {
            return;
        };
        const FEW: u64 = 5;
        if remaining >= FEW {
            return;
        }
        let window = reset.min(self.options.rate_window);
        let pause = window / (remaining as u32 + 1);
        self.not_before.set(Some(Instant::now() + pause));
    }

    fn wait_for_rate_limit(&self) {
        let paced = self
            .pace
            .zip(self.last_sent.get())
            .map(|(pace, last)| last + pace);
        if let Some(until) = self.not_before.take() {
            let wait = until.saturating_duration_since(Instant::now());
            if !wait.is_zero() && self.options.verbose {
                eprintln!(
                    "affpay: {} rate limit nearly used up; waiting {} ms",
                    self.provider,
                    wait.as_millis()
                );
            }
            std::thread::sleep(wait);
        }
        if let Some(until) = paced {
            std::thread::sleep(until.saturating_duration_since(Instant::now()));
        }
        self.last_sent.set(Some(Instant::now()));
    }

    fn transport_failure(&self, request: &Request, err: &reqwest::Error) -> anyhow::Error {
        let what = if err.is_timeout() {
            "timed out".to_string()
        } else if err.is_connect() {
            "could not connect".to_string()
        } else {
            "the connection failed".to_string()
        };
        let provider = self.provider;
        let url = self.redact(request.url.as_str());
        if request.repeat == Repeat::OnlyUnsent && !err.is_connect() {
            return fail(
                Kind::OutcomeUnknown,
                format!(
                    "{provider}: {} {url} {what} after it may have been sent; its outcome is \
                     unknown and it was not repeated",
                    request.method
                ),
            );
        }
        fail(
            Kind::Temporary,
            format!(
                "{provider}: {} {url} {what}: {}",
                request.method,
                root_cause(err)
            ),
        )
    }

    fn log(&self, request: &Request, status: &str, started: Instant) {
        if self.options.verbose {
            eprintln!(
                "affpay: {} {} -> {status} ({} ms)",
                request.method,
                self.redact(request.url.as_str()),
                started.elapsed().as_millis()
            );
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

/// The variables an HTTPS target's proxy may come from, in the order they are honoured.
const PROXY_VARIABLES: [&str; 4] = ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"];

/// The proxy a request to `base` may go through. Plain http (loopback only, see
/// `base_url::parse_base_url`) never goes through one, whatever the environment says: the
/// token would travel in clear text to the proxy. An HTTPS target may tunnel through the
/// first of [`PROXY_VARIABLES`] that is set, because TLS stays end to end; but the proxy
/// itself must be reached over https or on this machine, else its own credentials and the
/// target's name would cross the network in clear text: that is a configuration error (exit
/// 3). `NO_PROXY` keeps excluding hosts as usual.
fn proxy_for(base: &Url, var: &dyn Fn(&str) -> Option<String>) -> Result<Option<reqwest::Proxy>> {
    if base.scheme() != "https" {
        return Ok(None);
    }
    let Some((name, value)) = PROXY_VARIABLES
        .iter()
        .find_map(|name| Some((*name, var(name).filter(|v| !v.trim().is_empty())?)))
    else {
        return Ok(None);
    };
    let url = checked_proxy_url(name, value.trim())?;
    let proxy = reqwest::Proxy::https(url.as_str())
        .map_err(|_| proxy_error(name, &url, "is not a proxy URL reqwest accepts"))?;
    let no_proxy = reqwest::NoProxy::from_string(
        &var("NO_PROXY")
            .or_else(|| var("no_proxy"))
            .unwrap_or_default(),
    );
    Ok(Some(proxy.no_proxy(no_proxy)))
}

/// A proxy URL that is https, or plain http to a loopback host. Like curl, a value without
/// a scheme means http.
fn checked_proxy_url(name: &str, value: &str) -> Result<Url> {
    let text = if value.contains("://") {
        value.to_string()
    } else {
        format!("http://{value}")
    };
    // The value may carry the proxy's password: the message never quotes it unparsed.
    let url = Url::parse(&text).map_err(|_| {
        fail(
            Kind::MissingCredential,
            format!("the proxy in {name} is not a URL; unset it or set an https:// proxy URL"),
        )
    })?;
    let loopback = match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match url.scheme() {
        "https" => Ok(url),
        "http" if loopback => Ok(url),
        _ => Err(proxy_error(
            name,
            &url,
            "is neither https nor on this machine (plain http would carry the proxy's \
             credentials and the provider's name in clear text); use an https:// proxy URL \
             or unset it",
        )),
    }
}

/// Exit 3 naming the variable and the proxy without its user name or password.
fn proxy_error(name: &str, url: &Url, why: &str) -> anyhow::Error {
    let host = url.host_str().unwrap_or("?");
    let shown = match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    };
    fail(
        Kind::MissingCredential,
        format!("the proxy in {name} ({shown}) {why}"),
    )
}

/// The wait before repeating a request answered with a 5xx, if it may be repeated: a 5xx
/// may follow work already done, so only a read is. (429s are waited out by the rate-limit
/// rule in `send_with_retries`.)
fn retry_delay_for_status(
    request: &Request,
    answer: &reqwest::blocking::Response,
    attempt: u32,
) -> Option<Duration> {
    let status = answer.status().as_u16();
    let retryable = (500..600).contains(&status) && request.repeat == Repeat::Safe;
    if !retryable || attempt >= ATTEMPTS {
        return None;
    }
    Some(retry_after(answer.headers()).unwrap_or_else(|| backoff(attempt)))
}

/// The time between two paced requests: `per_minute` in each `window`, at [`PACE_SHARE`].
fn pace_for(per_minute: u32, window: Duration) -> Duration {
    window.div_f64(f64::from(per_minute.max(1)) * PACE_SHARE)
}

/// `X-RateLimit-<name>` or `X-Rate-Limit-<name>` (both spellings are in use) as a number.
fn rate_header(headers: &HeaderMap, name: &str) -> Option<u64> {
    ["x-ratelimit-", "x-rate-limit-"].iter().find_map(|prefix| {
        let value = headers.get(format!("{prefix}{name}"))?;
        value.to_str().ok()?.trim().parse::<u64>().ok()
    })
}

/// The time until `X-RateLimit-Reset` says the window starts again: unix seconds, or (a
/// small number) seconds from now.
fn rate_limit_reset(headers: &HeaderMap) -> Option<Duration> {
    let reset = rate_header(headers, "reset")?;
    if reset < 1_000_000_000 {
        return Some(Duration::from_secs(reset));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Some(Duration::from_secs(reset).saturating_sub(now))
}

/// Whole seconds, rounded, and at least 1: "waiting 2 s" for 2.06 s, never "waiting 0 s".
fn shown_seconds(wait: Duration) -> u64 {
    (wait.as_millis().div_ceil(500) / 2).max(1) as u64
}

/// `Retry-After` as seconds (the form these providers use); an HTTP date is not trusted.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get("retry-after")?.to_str().ok()?;
    text.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// 250 ms, 500 ms, 1 s … plus up to the same again at random, so parallel runs spread out.
fn backoff(attempt: u32) -> Duration {
    let base = BACKOFF_BASE * 2u32.pow(attempt - 1);
    base + base.mul_f64(fastrand::f64())
}

fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
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

/// The first 300 characters of a body on one line: enough to recognise an HTML error page.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 300 {
        format!("{}…", one_line.chars().take(300).collect::<String>())
    } else if one_line.is_empty() {
        "(empty body)".to_string()
    } else {
        one_line
    }
}

/// The reader of a provider that documents no error body: nothing is recognised as its
/// refusal, and the user sees the start of the body.
fn no_documented_error(_: &[u8]) -> Option<ProviderError> {
    None
}

/// The outcome rule for an answer that is not a 2xx, in one place for every provider.
///
/// A request that reads may be refused for any reason. A request that moves money
/// (`may_have_acted`) is a *refusal* only when the answer says so in a way the vendor
/// documents: a 4xx (408 and 429 aside) or, for 409, the vendor's own error body. Anything
/// else — a redirect (never followed), 408, a bare 409, a 5xx — may follow work already done,
/// so its outcome is unknown and the target is held until a person resolves it.
pub fn classify(
    status: u16,
    may_have_acted: bool,
    documented_error: bool,
    provider_kind: Option<Kind>,
) -> Kind {
    let credential = provider_kind == Some(Kind::CredentialRejected);
    match status {
        401 | 403 => Kind::CredentialRejected,
        400..=499 if status != 429 && credential => Kind::CredentialRejected,
        429 => Kind::Temporary,
        408 if may_have_acted => Kind::OutcomeUnknown,
        409 if may_have_acted && !documented_error => Kind::OutcomeUnknown,
        400..=499 => provider_kind
            .filter(|k| *k != Kind::OutcomeUnknown)
            .unwrap_or(Kind::ProviderRejected),
        _ if may_have_acted => Kind::OutcomeUnknown,
        500..=599 => Kind::Temporary,
        _ => Kind::ProviderRejected,
    }
}

/// The one line the user sees for a non-2xx answer of the given kind.
fn describe_status(provider: &str, status: u16, kind: Kind, detail: &str) -> String {
    match (kind, status) {
        (Kind::CredentialRejected, _) => format!(
            "{provider} rejected the credential (HTTP {status}): {detail}. Check it with \
             `affpay auth status` and store a new one with `affpay auth login {provider}`"
        ),
        (Kind::OutcomeUnknown, 300..=399) => format!(
            "{provider} answered a request that moves money with a redirect (HTTP {status}), \
             which affpay never follows; it may or may not have acted"
        ),
        (Kind::OutcomeUnknown, _) => format!(
            "{provider} answered a request that moves money with HTTP {status}, which is not a \
             documented refusal; it may or may not have acted: {detail}"
        ),
        (_, 300..=399) => {
            format!("{provider} answered with a redirect (HTTP {status}); check the base URL")
        }
        (Kind::Temporary, _) => {
            format!("{provider} is unavailable (HTTP {status}) after retries: {detail}")
        }
        _ => format!("{provider} rejected the request (HTTP {status}): {detail}"),
    }
}

/// Whether a body is JSON (or was meant to be), rather than an HTML page or plain text.
fn looks_like_json(body: &[u8]) -> bool {
    let start = body.iter().find(|b| !b.is_ascii_whitespace());
    matches!(start, Some(b'{' | b'[' | b'"'))
}

/// A body to show in a message: a snippet of a text or HTML page; of a JSON one only its
/// top-level `message` or `error` text (what a person needs to read a refusal), never its
/// other values, which may be secrets. The caller redacts what is shown.
pub fn unquoted_body(body: &[u8]) -> String {
    if !looks_like_json(body) {
        return snippet(body);
    }
    let value: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let said = ["message", "error"]
        .iter()
        .find_map(|field| value.get(field)?.as_str());
    match said {
        Some(text) => snippet(text.as_bytes()),
        None => format!(
            "(a JSON answer of {} bytes without an error message)",
            body.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every status class, for a request that moves money and for a read, with and without
    /// the vendor's documented error body.
    #[test]
    fn only_a_documented_refusal_of_a_money_moving_request_is_a_failure() {
        use Kind::*;
        let cases: &[(u16, bool, Kind, Kind)] = &[
            // status, documented error body, money-moving, read
            (100, false, OutcomeUnknown, ProviderRejected),
            (301, false, OutcomeUnknown, ProviderRejected),
            (302, true, OutcomeUnknown, ProviderRejected),
            (303, false, OutcomeUnknown, ProviderRejected),
            (307, false, OutcomeUnknown, ProviderRejected),
            (308, false, OutcomeUnknown, ProviderRejected),
            (400, false, ProviderRejected, ProviderRejected),
            (400, true, ProviderRejected, ProviderRejected),
            (401, false, CredentialRejected, CredentialRejected),
            (403, true, CredentialRejected, CredentialRejected),
            (404, false, ProviderRejected, ProviderRejected),
            (408, false, OutcomeUnknown, ProviderRejected),
            (408, true, OutcomeUnknown, ProviderRejected),
            (409, false, OutcomeUnknown, ProviderRejected),
            (409, true, ProviderRejected, ProviderRejected),
            (422, true, ProviderRejected, ProviderRejected),
            (429, false, Temporary, Temporary),
            (500, false, OutcomeUnknown, Temporary),
            (500, true, OutcomeUnknown, Temporary),
            (502, false, OutcomeUnknown, Temporary),
            (504, false, OutcomeUnknown, Temporary),
        ];
        for &(status, documented, money, read) in cases {
            assert_eq!(
                classify(status, true, documented, None),
                money,
                "money-moving, HTTP {status}, documented {documented}"
            );
            assert_eq!(
                classify(status, false, documented, None),
                read,
                "read, HTTP {status}, documented {documented}"
            );
        }
    }

    #[test]
    fn paced_requests_go_out_at_95_percent_of_the_rate_per_window() {
        let minute = Duration::from_secs(60);
        assert_eq!(pace_for(60, minute).as_millis(), 1052);
        assert_eq!(pace_for(300, minute).as_millis(), 210);
        assert_eq!(pace_for(10, Duration::from_secs(2)).as_millis(), 210);
        assert_eq!(pace_for(0, minute), pace_for(1, minute));
    }

    #[test]
    fn rate_limit_headers_are_read_in_either_spelling_and_form() {
        let mut headers = HeaderMap::new();
        assert_eq!(rate_limit_reset(&headers), None);
        headers.insert("x-rate-limit-reset", HeaderValue::from_static("7"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_static(" 3 "));
        assert_eq!(rate_limit_reset(&headers), Some(Duration::from_secs(7)));
        assert_eq!(rate_header(&headers, "remaining"), Some(3));
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let in_ten = HeaderValue::from_str(&(now + 10).to_string()).unwrap();
        headers.insert("x-ratelimit-reset", in_ten);
        let reset = rate_limit_reset(&headers).unwrap();
        assert!(reset > Duration::from_secs(8) && reset <= Duration::from_secs(10));
        assert_eq!(shown_seconds(Duration::from_millis(250)), 1);
        assert_eq!(shown_seconds(Duration::from_millis(2058)), 2);
        assert_eq!(shown_seconds(Duration::from_millis(41_600)), 42);
    }

    #[test]
    fn a_provider_code_decides_within_the_refusals_only() {
        use Kind::*;
        // An expired key sent with a 400 is a rejected credential.
        assert_eq!(
            classify(400, true, true, Some(CredentialRejected)),
            CredentialRejected
        );
        // A provider's code cannot turn an unknown outcome into a refusal.
        assert_eq!(
            classify(500, true, true, Some(ProviderRejected)),
            OutcomeUnknown
        );
        assert_eq!(
            classify(302, true, true, Some(ProviderRejected)),
            OutcomeUnknown
        );
        assert_eq!(classify(400, true, true, Some(Temporary)), Temporary);
    }
}
