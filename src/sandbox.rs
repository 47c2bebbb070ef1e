//! A local simulator of the provider APIs, for demos, rehearsals, benchmarks and tests.
//!
//! The framework serves HTTP on loopback and hands each request to the provider whose
//! documented paths it matches; each provider's routes, state and wire format live in its own
//! folder. A provider's routes demand its real auth header with the sandbox token, so affpay
//! is exercised exactly as against the real service.
//!
//! `affpay sandbox serve` keeps its state in memory; `--sandbox` records every change in the
//! sandbox data directory ([`recorded`]), so a sequence of commands meets one account. Routes
//! must therefore be deterministic given the seed, the requests and [`now`]; a change to the
//! seeded data changes the number in `recorded::HEADER`, so an old state is refused, not
//! replayed against other data.

pub mod recorded;

use anyhow::{Context, Result};
use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;
use std::thread;

/// The credential a provider's sandbox routes accept.
pub fn token_for(provider: &str) -> String {
    format!("sandbox-{provider}-token")
}

/// A request as the routes see it.
#[derive(Debug, Clone)]
pub struct SimRequest {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl SimRequest {
    pub fn new(method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> SimRequest {
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let query = reqwest::Url::parse(&format!("http://x/?{query}"))
            .map(|u| u.query_pairs().into_owned().collect())
            .unwrap_or_default();
        SimRequest {
            method: method.to_ascii_uppercase(),
            path: path.to_string(),
            query,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
                .collect(),
            body: body.to_vec(),
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// Every header, names lower-cased.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Query parameters outside `known`: the simulator refuses them, so a client that sends
    /// a parameter the vendor does not document fails in tests instead of in production.
    pub fn unknown_params(&self, known: &[&str]) -> Vec<String> {
        self.query
            .iter()
            .filter(|(k, _)| !known.contains(&k.as_str()))
            .map(|(k, _)| k.clone())
            .collect()
    }
}

/// An answer from the routes.
#[derive(Debug, Clone)]
pub struct SimResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Answer with bytes that are not HTTP, so the client sees its connection fail after
    /// the request was received and acted on.
    pub broken: bool,
}

impl SimResponse {
    /// A JSON answer. The text is written as given, so routes control every digit.
    pub fn json(status: u16, body: impl Into<String>) -> SimResponse {
        SimResponse {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.into().into_bytes(),
            broken: false,
        }
    }

    pub fn with_header(mut self, name: &str, value: &str) -> SimResponse {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn broken() -> SimResponse {
        SimResponse {
            broken: true,
            ..SimResponse::json(200, "")
        }
    }

    pub fn not_found(path: &str) -> SimResponse {
        let body = serde_json::json!({ "error": format!("no such route: {path}") });
        SimResponse::json(404, body.to_string())
    }
}

/// One provider's simulated API.
pub trait Routes: Send + Sync {
    /// True for the paths this provider documents.
    fn handles(&self, path: &str) -> bool;
    fn handle(&self, request: &SimRequest) -> SimResponse;

    /// Whether a successful answer to this request may have changed the state, so that
    /// `--sandbox` records it: every request but a GET, unless a provider knows better (a
    /// report read with POST).
    fn changes(&self, request: &SimRequest) -> bool {
        request.method != "GET"
    }
}

/// What the server hands each request to.
pub trait Handler: Send + Sync {
    fn handle(&self, request: &SimRequest) -> SimResponse;
}

/// Finds the provider routes for a request and asks them.
pub struct Dispatcher(Vec<Box<dyn Routes>>);

impl Dispatcher {
    pub fn new(routes: Vec<Box<dyn Routes>>) -> Dispatcher {
        Dispatcher(routes)
    }

    fn routes_for(&self, request: &SimRequest) -> Option<&dyn Routes> {
        self.0
            .iter()
            .find(|r| r.handles(&request.path))
            .map(|r| r.as_ref())
    }

    /// See [`Routes::changes`]; a path no provider has changes nothing.
    pub fn changes(&self, request: &SimRequest) -> bool {
        self.routes_for(request).is_some_and(|r| r.changes(request))
    }
}

impl Handler for Dispatcher {
    fn handle(&self, request: &SimRequest) -> SimResponse {
        match self.routes_for(request) {
            Some(routes) => routes.handle(request),
            None => SimResponse::not_found(&request.path),
        }
    }
}

thread_local! {
    /// The time a recorded request is replayed at, on the thread replaying it.
    static REPLAY_TIME: std::cell::Cell<Option<chrono::DateTime<chrono::Utc>>> =
        const { std::cell::Cell::new(None) };
}

/// Now, as a simulated provider sees it: while a recorded request is replayed, the time it
/// first arrived, so what it created keeps its timestamps from one run to the next.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    REPLAY_TIME
        .with(std::cell::Cell::get)
        .unwrap_or_else(chrono::Utc::now)
}

/// [`now`] as the routes write timestamps: UTC to the millisecond.
pub fn now_millis() -> String {
    now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Runs `f` with [`now`] answering `at`.
fn replaying_at<T>(at: chrono::DateTime<chrono::Utc>, f: impl FnOnce() -> T) -> T {
    REPLAY_TIME.with(|t| t.set(Some(at)));
    let result = f();
    REPLAY_TIME.with(|t| t.set(None));
    result
}

/// A running simulator; it stops when dropped.
pub struct Server {
    http: Arc<tiny_http::Server>,
    url: String,
    workers: Vec<thread::JoinHandle<()>>,
}

impl Server {
    /// Listens on 127.0.0.1:`port` (0 for any free port) with a few worker threads.
    pub fn start(port: u16, handler: impl Handler + 'static) -> Result<Server> {
        let listener = nodelay_listener(port).map_err(|e| {
            // A port someone else holds is a setting to change, not an internal error.
            let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
                "; --port 0 picks a free one"
            } else {
                ""
            };
            crate::error::fail(
                crate::error::Kind::MissingCredential,
                format!("cannot listen on 127.0.0.1:{port}: {e}{hint}"),
            )
        })?;
        let http = tiny_http::Server::from_listener(listener, None)
            .map_err(|e| anyhow::anyhow!("cannot serve on 127.0.0.1:{port}: {e}"))?;
        let http = Arc::new(http);
        let addr = http
            .server_addr()
            .to_ip()
            .context("the simulator listens on an IP address")?;
        let handler: Arc<dyn Handler> = Arc::new(handler);
        let workers = (0..4)
            .map(|_| {
                let http = Arc::clone(&http);
                let handler = Arc::clone(&handler);
                thread::spawn(move || serve(&http, handler.as_ref()))
            })
            .collect();
        Ok(Server {
            http,
            url: format!("http://{addr}"),
            workers,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Serves until the process is stopped.
    pub fn wait(mut self) {
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.http.unblock();
    }
}

/// A loopback listener whose connections send without Nagle's delay. tiny_http writes a
/// response in several pieces; with Nagle on, each page waited for the client's delayed ACK
/// (40 ms on Linux), which made the simulator, not the client, the bottleneck of any export.
/// Linux hands TCP_NODELAY on to accepted connections.
fn nodelay_listener(port: u16) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    socket.set_tcp_nodelay(true)?;
    let address: std::net::SocketAddr = ([127, 0, 0, 1], port).into();
    socket.bind(&address.into())?;
    socket.listen(128)?;
    Ok(socket.into())
}

fn serve(http: &tiny_http::Server, handler: &dyn Handler) {
    while let Ok(mut request) = http.recv() {
        let mut body = Vec::new();
        let _ = request.as_reader().read_to_end(&mut body);
        let headers: Vec<(String, String)> = request
            .headers()
            .iter()
            .map(|h| (h.field.to_string(), h.value.to_string()))
            .collect();
        let header_refs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let sim = SimRequest::new(
            request.method().as_str(),
            request.url(),
            &header_refs,
            &body,
        );
        let answer = handler.handle(&sim);
        if answer.broken {
            let mut raw = request.into_writer();
            let _ = raw.write_all(b"\x00not http\r\n\r\n");
            let _ = raw.flush();
            continue;
        }
        let mut response =
            tiny_http::Response::from_data(answer.body).with_status_code(answer.status);
        for (name, value) in answer.headers {
            if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(header);
            }
        }
        let _ = request.respond(response);
    }
}

/// A per-window rate limit as Travelpayouts and Trackdesk document theirs: at most `limit`
/// requests in a window (a minute, unless shortened for tests), and past that every request
/// is turned away with a 429 until the window ends. The window starts with the first request
/// after the previous one ended, which fits the vendors' example ("60 requests in the first
/// 5 s: blocked for 55 s"). A refused request counts for nothing.
#[derive(Debug)]
pub struct WindowLimit {
    limit: u64,
    window: std::time::Duration,
    /// When the current window began and how many requests it let through.
    state: std::sync::Mutex<Option<(std::time::Instant, u64)>>,
}

impl WindowLimit {
    /// `None` when `limit` is 0 (no limit).
    pub fn new(limit: u64, window: std::time::Duration) -> Option<WindowLimit> {
        (limit > 0).then(|| WindowLimit {
            limit,
            window,
            state: std::sync::Mutex::new(None),
        })
    }

    /// Whether a request arriving now is let through (and counted).
    pub fn admit(&self) -> bool {
        let now = std::time::Instant::now();
        let mut state = self.state.lock().expect("no poisoned lock");
        match *state {
            Some((start, ref mut count)) if now < start + self.window => {
                if *count >= self.limit {
                    return false;
                }
                *count += 1;
            }
            _ => *state = Some((now, 1)),
        }
        true
    }
}

/// A small deterministic generator (SplitMix64), so a seed always gives the same data set
/// without pulling a random-number crate into every provider's routes.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound`.
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next_u64() % bound.max(1)
    }
}
