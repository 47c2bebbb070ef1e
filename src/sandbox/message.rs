//! A request and an answer as the simulator's routes see them, apart from the HTTP server
//! that carries them, so routes, middleware and the recorded state can be exercised without
//! a socket.

use std::collections::HashMap;

/// A request as the routes see it.
#[derive(Debug, Clone)]
pub struct SimRequest {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    /// Names lower-cased.
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

    /// A request as the recorded state wrote it out: headers already lower-cased, the query
    /// already decoded.
    pub fn from_parts(
        method: String,
        path: String,
        query: Vec<(String, String)>,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    ) -> SimRequest {
        SimRequest {
            method,
            path,
            query,
            headers: headers.into_iter().collect(),
            body,
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

    /// The simulator's own 404, for a path no provider is mounted at (and for the providers
    /// whose vendors answer an unknown path without their error envelope).
    pub fn not_found(path: &str) -> SimResponse {
        let body = serde_json::json!({ "error": format!("no such route: {path}") });
        SimResponse::json(404, body.to_string())
    }
}

/// What a route handler may answer: the simulator turns it into a response, so each provider
/// writes its handlers in the form that reads best for it.
pub trait Reply {
    fn into_response(self) -> SimResponse;
}

impl Reply for SimResponse {
    fn into_response(self) -> SimResponse {
        self
    }
}

/// JSON text, answered with 200 as written.
impl Reply for String {
    fn into_response(self) -> SimResponse {
        SimResponse::json(200, self)
    }
}

/// A JSON value, answered with 200.
impl Reply for serde_json::Value {
    fn into_response(self) -> SimResponse {
        SimResponse::json(200, self.to_string())
    }
}

/// A success, or the refusal to answer.
impl<T: Reply> Reply for Result<T, SimResponse> {
    fn into_response(self) -> SimResponse {
        self.map_or_else(|refused| refused, Reply::into_response)
    }
}
