//! A fault-injecting HTTP/1.1 proxy: affpay talks to it as if it were the provider, and it
//! forwards to a real upstream (the simulator from `serve()`, or a `MockServer`) — except
//! where a rule says to break something on the way back.
//!
//! Rules match a method and a path prefix and fire on the Nth matching request (or on every
//! one). Most faults *forward first*, so the money really moves at the upstream, and only
//! then lie to affpay about it: a redirect, a 5xx, HTML, a dropped or cut-off connection, a
//! request held until affpay gave up. The proxy keeps its own record of every request it
//! forwarded with the upstream's status: the server's own account of what was done, which
//! the conformance suite checks "paid at most once" against — not affpay's report of itself.
//!
//! One request per connection: every answer says `Connection: close`, so a client never
//! reuses a connection the proxy might close under it.
//!
//! This file is long because it is the proxy itself — rules, a listener, HTTP/1.1 read and
//! written by hand, forwarding, and one way of breaking an answer per fault — on which the
//! conformance suite's verdicts rest; only its last section tests it, lightly.

#![allow(dead_code)]

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// What the proxy does to one request.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Wait this many milliseconds, then forward and relay the answer as usual.
    Delay(u64),
    /// Answer with this status, headers and body without forwarding (a 429: turned away
    /// before anything was done).
    Refuse(u16, Vec<(String, String)>, String),
    /// Forward (the upstream acts), then answer the client with this instead of the
    /// upstream's answer.
    ForwardThenAnswer(u16, Vec<(String, String)>, String),
    /// Forward, then close the client's connection without a word.
    ForwardThenDrop,
    /// Forward, then send the upstream's status and headers with a `Content-Length` larger
    /// than the body, half the body, and close.
    ForwardThenTruncate,
    /// Hold the request this many milliseconds without forwarding — longer than the
    /// client's timeout — then forward it: the provider applies it after the client gave up.
    LateApply(u64),
    /// Forward, then set the field at this JSON pointer of the upstream's answer to the
    /// value. A `*` segment stands for every element of an array (`/*/operator_currency`).
    RewriteAnswer(String, Value),
}

/// Which of the matching requests a rule breaks.
#[derive(Clone, Copy, Debug)]
pub enum When {
    /// The Nth matching request, counting from 1.
    Nth(usize),
    /// Every matching request.
    Every,
}

#[derive(Clone, Debug)]
pub struct Rule {
    pub method: String,
    pub path: String,
    pub when: When,
    pub fault: Fault,
}

impl Rule {
    /// `fault` on the `n`th `method` request whose path starts with `path`.
    pub fn nth(method: &str, path: &str, n: usize, fault: Fault) -> Rule {
        Rule {
            method: method.to_string(),
            path: path.to_string(),
            when: When::Nth(n),
            fault,
        }
    }

    /// `fault` on every `method` request whose path starts with `path`.
    pub fn every(method: &str, path: &str, fault: Fault) -> Rule {
        Rule {
            when: When::Every,
            ..Rule::nth(method, path, 1, fault)
        }
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method.eq_ignore_ascii_case(method) && path.starts_with(&self.path)
    }
}

/// One request the upstream received from the proxy, and its status there.
#[derive(Clone, Debug)]
pub struct Exchange {
    pub method: String,
    /// The path without the query.
    pub path: String,
    pub query: String,
    pub body: String,
    /// The upstream's status; 0 when the upstream could not be reached.
    pub status: u16,
    /// The upstream's answer body.
    pub answer: String,
    /// A rule broke this request (delayed it, or lied about its answer).
    pub faulted: bool,
}

impl Exchange {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }

    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// `METHOD path -> status`, for failure messages.
    pub fn line(&self) -> String {
        format!(
            "{} {} -> {} {}",
            self.method, self.path, self.status, self.body
        )
    }
}

#[derive(Default)]
struct State {
    /// Each rule with the number of requests that matched it so far.
    rules: Vec<(Rule, usize)>,
    /// `METHOD path` of every request as it arrived, before any fault.
    received: Vec<(String, String)>,
    forwarded: Vec<Exchange>,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

/// The proxy; it stops listening when dropped (requests it holds still complete).
pub struct FaultProxy {
    url: String,
    shared: Shared,
    stop: Arc<AtomicBool>,
}

impl FaultProxy {
    /// Listens on 127.0.0.1:0 and forwards to `upstream` (`http://host:port`).
    pub fn start(upstream: &str) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream
            .trim_end_matches('/')
            .strip_prefix("http://")
            .expect("an http:// upstream")
            .to_string();
        let shared: Shared = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (state, flag) = (Arc::clone(&shared), Arc::clone(&stop));
        thread::spawn(move || {
            for stream in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (state, upstream) = (Arc::clone(&state), upstream.clone());
                thread::spawn(move || handle(stream, &upstream, &state));
            }
        });
        FaultProxy { url, shared, stop }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Replaces the rules; counts start again from zero.
    pub fn set_rules(&self, rules: Vec<Rule>) {
        self.shared.0.lock().unwrap().rules = rules.into_iter().map(|r| (r, 0)).collect();
    }

    /// Every request the upstream got from the proxy, in the order it answered them.
    pub fn forwarded(&self) -> Vec<Exchange> {
        self.shared.0.lock().unwrap().forwarded.clone()
    }

    /// `(METHOD, path)` of every request that reached the proxy, in order.
    pub fn received(&self) -> Vec<(String, String)> {
        self.shared.0.lock().unwrap().received.clone()
    }

    /// Waits until `n` `method` requests under `path` have reached the proxy.
    pub fn wait_received(&self, method: &str, path: &str, n: usize, limit: Duration) -> bool {
        self.wait(limit, |s| {
            s.received
                .iter()
                .filter(|(m, p)| m.eq_ignore_ascii_case(method) && p.starts_with(path))
                .count()
                >= n
        })
    }

    /// Waits until the upstream has answered `n` `method` requests under `path`.
    pub fn wait_forwarded(&self, method: &str, path: &str, n: usize, limit: Duration) -> bool {
        self.wait_until(limit, |forwarded| {
            forwarded
                .iter()
                .filter(|e| e.method.eq_ignore_ascii_case(method) && e.path.starts_with(path))
                .count()
                >= n
        })
    }

    /// Waits until `done` holds for the record of forwarded requests.
    pub fn wait_until(&self, limit: Duration, done: impl Fn(&[Exchange]) -> bool) -> bool {
        self.wait(limit, |s| done(&s.forwarded))
    }

    fn wait(&self, limit: Duration, done: impl Fn(&State) -> bool) -> bool {
        let deadline = Instant::now() + limit;
        let (lock, changed) = &*self.shared;
        let mut state = lock.lock().unwrap();
        while !done(&state) {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            state = changed.wait_timeout(state, left).unwrap().0;
        }
        true
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.url.trim_start_matches("http://"));
    }
}

/// One HTTP message as read off a socket.
struct Message {
    start: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Message {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a request: start line, headers, and a `Content-Length` body.
fn read_request(stream: &TcpStream) -> Option<Message> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let (start, headers) = read_head(&mut reader)?;
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Message {
        start,
        headers,
        body,
    })
}

fn read_head(reader: &mut impl BufRead) -> Option<(String, Vec<(String, String)>)> {
    let mut start = String::new();
    reader.read_line(&mut start).ok()?;
    if start.trim().is_empty() {
        return None;
    }
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            break;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    Some((start.trim_end().to_string(), headers))
}

/// Reads a whole answer up to the upstream's close, undoing chunked encoding.
fn read_answer(stream: TcpStream) -> Option<Message> {
    let mut reader = BufReader::new(stream);
    let (start, headers) = read_head(&mut reader)?;
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest).ok()?;
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.to_ascii_lowercase().contains("chunked")
    });
    let body = if chunked { dechunk(&rest) } else { rest };
    Some(Message {
        start,
        headers,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&data[..end]);
        let size = size.split(';').next().unwrap_or("0").trim();
        let Ok(size) = usize::from_str_radix(size, 16) else {
            break;
        };
        data = &data[end + 2..];
        if size == 0 || data.len() < size {
            break;
        }
        body.extend_from_slice(&data[..size]);
        data = data.get(size + 2..).unwrap_or_default();
    }
    body
}

fn handle(client: TcpStream, upstream: &str, shared: &Shared) {
    let _ = client.set_read_timeout(Some(Duration::from_secs(30)));
    let Some(request) = read_request(&client) else {
        return;
    };
    let mut parts = request.start.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let (path, query) = (path.to_string(), query.to_string());
    let fault = {
        let (lock, changed) = &**shared;
        let mut state = lock.lock().unwrap();
        state.received.push((method.clone(), path.clone()));
        let mut fault = None;
        for (rule, count) in state.rules.iter_mut() {
            if !rule.matches(&method, &path) {
                continue;
            }
            *count += 1;
            let fires = match rule.when {
                When::Nth(n) => *count == n,
                When::Every => true,
            };
            if fires && fault.is_none() {
                fault = Some(rule.fault.clone());
            }
        }
        changed.notify_all();
        fault
    };
    let faulted = fault.is_some();
    let forward = || {
        let answer = send_upstream(upstream, &method, &target, &request);
        let exchange = Exchange {
            method: method.clone(),
            path: path.clone(),
            query: query.clone(),
            body: String::from_utf8_lossy(&request.body).to_string(),
            status: answer.as_ref().map_or(0, status_of),
            answer: answer
                .as_ref()
                .map(|a| String::from_utf8_lossy(&a.body).to_string())
                .unwrap_or_default(),
            faulted,
        };
        let (lock, changed) = &**shared;
        lock.lock().unwrap().forwarded.push(exchange);
        changed.notify_all();
        answer.unwrap_or_else(|| Message {
            start: "HTTP/1.1 599 Upstream Unreachable".to_string(),
            headers: vec![],
            body: br#"{"error":"the proxy could not reach the upstream"}"#.to_vec(),
        })
    };
    let mut client = client;
    match fault {
        None => {
            let answer = forward();
            relay(&mut client, &answer);
        }
        Some(Fault::Delay(ms) | Fault::LateApply(ms)) => {
            thread::sleep(Duration::from_millis(ms));
            let answer = forward();
            relay(&mut client, &answer);
        }
        Some(Fault::Refuse(status, headers, body)) => {
            answer_with(&mut client, status, &headers, body.as_bytes());
        }
        Some(Fault::ForwardThenAnswer(status, headers, body)) => {
            forward();
            answer_with(&mut client, status, &headers, body.as_bytes());
        }
        Some(Fault::ForwardThenDrop) => {
            forward();
        }
        Some(Fault::ForwardThenTruncate) => {
            let answer = forward();
            let half = &answer.body[..answer.body.len() / 2];
            let head = head_of(
                status_of(&answer),
                &answer.headers,
                answer.body.len() + 64,
                &[],
            );
            let _ = client.write_all(head.as_bytes());
            let _ = client.write_all(half);
            let _ = client.flush();
        }
        Some(Fault::RewriteAnswer(pointer, value)) => {
            let mut answer = forward();
            if let Ok(mut json) = serde_json::from_slice::<Value>(&answer.body) {
                let segments: Vec<&str> = pointer.split('/').skip(1).collect();
                set_at(&mut json, &segments, &value);
                answer.body = json.to_string().into_bytes();
            }
            relay(&mut client, &answer);
        }
    }
    let _ = client.shutdown(Shutdown::Both);
}

/// Sets `value` at the pointer `segments` (`*`: every element of an array).
fn set_at(json: &mut Value, segments: &[&str], value: &Value) {
    let Some((first, rest)) = segments.split_first() else {
        *json = value.clone();
        return;
    };
    let first = first.replace("~1", "/").replace("~0", "~");
    match json {
        Value::Array(items) if first == "*" => {
            for item in items {
                set_at(item, rest, value);
            }
        }
        Value::Array(items) => {
            if let Some(item) = first.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                set_at(item, rest, value);
            }
        }
        Value::Object(map) if rest.is_empty() => {
            map.insert(first, value.clone());
        }
        Value::Object(map) => {
            if let Some(inner) = map.get_mut(&first) {
                set_at(inner, rest, value);
            }
        }
        _ => {}
    }
}

fn status_of(message: &Message) -> u16 {
    message
        .start
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// The request as the upstream gets it: same method, target, headers and body, its own
/// `Host`, and `Connection: close` so its answer ends at the close.
fn send_upstream(upstream: &str, method: &str, target: &str, request: &Message) -> Option<Message> {
    let mut stream = TcpStream::connect(upstream).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .ok()?;
    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: {upstream}\r\n");
    for (k, v) in &request.headers {
        if !is_hop_header(k) && !k.eq_ignore_ascii_case("host") {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        request.body.len()
    ));
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(&request.body).ok()?;
    stream.flush().ok()?;
    read_answer(stream)
}

fn is_hop_header(name: &str) -> bool {
    [
        "connection",
        "keep-alive",
        "content-length",
        "transfer-encoding",
    ]
    .iter()
    .any(|h| name.eq_ignore_ascii_case(h))
}

/// The upstream's answer, passed on with a fresh `Content-Length`.
fn relay(client: &mut TcpStream, answer: &Message) {
    let head = head_of(status_of(answer), &answer.headers, answer.body.len(), &[]);
    let _ = client.write_all(head.as_bytes());
    let _ = client.write_all(&answer.body);
    let _ = client.flush();
}

fn answer_with(client: &mut TcpStream, status: u16, headers: &[(String, String)], body: &[u8]) {
    let content_type = if body.starts_with(b"<") {
        "text/html"
    } else {
        "application/json"
    };
    let defaults = [("Content-Type".to_string(), content_type.to_string())];
    let head = head_of(status, &defaults, body.len(), headers);
    let _ = client.write_all(head.as_bytes());
    let _ = client.write_all(body);
    let _ = client.flush();
}

fn head_of(
    status: u16,
    headers: &[(String, String)],
    length: usize,
    extra: &[(String, String)],
) -> String {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (k, v) in headers.iter().chain(extra) {
        if !is_hop_header(k) {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
    }
    head.push_str(&format!(
        "Content-Length: {length}\r\nConnection: close\r\n\r\n"
    ));
    head
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        408 => "Request Timeout",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        _ => "Status",
    }
}

// ---- The proxy itself, lightly ---------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::{MockServer, Reply};

    fn client() -> reqwest::blocking::Client {
        crate::util::http_client()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap()
    }

    #[test]
    fn forwards_records_and_breaks_only_the_nth_matching_request() {
        let upstream = MockServer::start(vec![
            Reply::json(200, r#"{"n":1}"#),
            Reply::json(201, r#"{"n":2}"#),
            Reply::json(200, r#"{"n":3}"#),
        ]);
        let proxy = FaultProxy::start(upstream.url());
        let moved = vec![("Location".to_string(), format!("{}/pay", proxy.url()))];
        proxy.set_rules(vec![Rule::nth(
            "POST",
            "/pay",
            2,
            Fault::ForwardThenAnswer(302, moved, String::new()),
        )]);
        let http = client();
        let post = |body: &str| {
            http.post(format!("{}/pay/7?x=1", proxy.url()))
                .body(body.to_string())
                .send()
                .unwrap()
        };
        let first = post("a");
        assert_eq!(first.status().as_u16(), 200);
        assert_eq!(first.text().unwrap(), r#"{"n":1}"#);
        assert_eq!(post("b").status().as_u16(), 302, "the 2nd is redirected");
        assert_eq!(post("c").status().as_u16(), 200, "the 3rd is not");
        let record: Vec<(String, String, String, u16)> = proxy
            .forwarded()
            .into_iter()
            .map(|e| (e.path, e.query, e.body, e.status))
            .collect();
        let expected = |body: &str, status: u16| -> (String, String, String, u16) {
            (
                "/pay/7".to_string(),
                "x=1".to_string(),
                body.to_string(),
                status,
            )
        };
        assert_eq!(
            record,
            [expected("a", 200), expected("b", 201), expected("c", 200)],
            "the upstream saw all three, the redirected one answered 201"
        );
        assert_eq!(upstream.requests()[1].body, "b");
    }

    #[test]
    fn drops_truncates_and_refuses() {
        let upstream = MockServer::start(vec![
            Reply::json(200, r#"{"paid":true}"#),
            Reply::json(200, r#"{"paid":true,"id":12345}"#),
        ]);
        let proxy = FaultProxy::start(upstream.url());
        let refuse = Fault::Refuse(
            429,
            vec![("Retry-After".into(), "0".into())],
            "{}".to_string(),
        );
        proxy.set_rules(vec![
            Rule::nth("POST", "/", 1, Fault::ForwardThenDrop),
            Rule::nth("POST", "/", 2, Fault::ForwardThenTruncate),
            Rule::nth("POST", "/", 3, refuse),
        ]);
        let http = client();
        let post = || http.post(format!("{}/p", proxy.url())).body("x").send();
        assert!(post().is_err(), "a dropped connection is an error");
        let truncated = post().expect("the head arrives");
        assert_eq!(truncated.status().as_u16(), 200);
        assert!(truncated.bytes().is_err(), "the body is cut off");
        let refused = post().unwrap();
        assert_eq!(refused.status().as_u16(), 429);
        assert_eq!(refused.headers()["retry-after"], "0");
        assert_eq!(
            proxy.forwarded().len(),
            2,
            "dropped and truncated were forwarded, the refusal was not"
        );
        assert_eq!(proxy.received().len(), 3);
    }

    #[test]
    fn rewrites_fields_of_every_element_and_applies_late() {
        let upstream = MockServer::start(vec![
            Reply::json(
                200,
                r#"[{"id":1,"operator_currency":"EUR"},{"id":2,"operator_currency":"EUR"}]"#,
            ),
            Reply::json(200, r#"{"ok":true}"#),
        ]);
        let proxy = FaultProxy::start(upstream.url());
        proxy.set_rules(vec![
            Rule::every(
                "GET",
                "/balances",
                Fault::RewriteAnswer("/*/operator_currency".into(), Value::Null),
            ),
            Rule::nth("POST", "/pay", 1, Fault::LateApply(600)),
        ]);
        let http = client();
        let rewritten: Value = http
            .get(format!("{}/balances", proxy.url()))
            .send()
            .unwrap()
            .json()
            .unwrap();
        assert_eq!(
            rewritten,
            serde_json::json!([{"id":1,"operator_currency":null},{"id":2,"operator_currency":null}])
        );
        let impatient = crate::util::http_client()
            .no_proxy()
            .timeout(Duration::from_millis(200))
            .build()
            .unwrap();
        assert!(
            impatient
                .post(format!("{}/pay", proxy.url()))
                .send()
                .is_err()
        );
        assert_eq!(proxy.forwarded().len(), 1, "not forwarded yet");
        assert!(proxy.wait_forwarded("POST", "/pay", 1, Duration::from_secs(5)));
        assert_eq!(proxy.forwarded()[1].status, 200, "applied after all");
    }
}
