//! A provider's simulated API as the framework mounts it: its route table behind the shared
//! middleware — the added latency, the documented rate limit, the auth check, the answer to
//! a path or method it has no route for, every error in its own envelope — all read from its
//! [`Description`]. The [`Dispatcher`] hands a request to the provider mounted at its path;
//! mounts never overlap, so no two providers can claim one path.

use super::limits::RateLimit;
use super::message::{Reply, SimRequest, SimResponse};
use super::options::Options;
use super::routes::{Call, Route, overlap};
use super::server::Handler;
use std::time::Duration;

/// The credential a provider's sandbox routes accept.
pub fn token_for(provider: &str) -> String {
    format!("sandbox-{provider}-token")
}

/// How a provider checks the credential of a request.
pub enum Auth<S> {
    /// Its sandbox token ([`token_for`]) in this header, after `scheme` ("Bearer " or "").
    Token {
        header: &'static str,
        scheme: &'static str,
    },
    /// A session token in this header, which a public login route issued: `valid` asks the
    /// provider's state.
    Session {
        header: &'static str,
        valid: fn(&S, &str) -> bool,
    },
}

/// What the shared middleware needs to know of a provider: what its vendor documents about
/// requests that do not reach a handler.
pub struct Description<S> {
    /// The path prefixes it is mounted at: every path starting with one is its own, answered
    /// by its routes or its `not_found`; no other provider's prefix may overlap them.
    pub mounts: &'static [&'static str],
    pub auth: Auth<S>,
    /// The message of its 401.
    pub unauthorized: &'static str,
    /// Its error envelope: the answer for a status and a message.
    pub error: fn(u16, &str) -> SimResponse,
    /// Its answer to a path below its mounts that no route has.
    pub not_found: fn(&SimRequest) -> SimResponse,
    /// Its answer to a method none of its routes takes, on any path; `not_found` if `None`.
    pub wrong_method: Option<fn(&SimRequest) -> SimResponse>,
    /// A refusal its vendor gives before looking at the credential, if any (Billon's panel
    /// turns away a method other than POST and a body that is not JSON first).
    pub before_auth: Option<fn(&SimRequest) -> Option<SimResponse>>,
    pub limit: Option<RateLimit>,
    /// Latency added to every answer, as a real network would.
    pub delay: Duration,
}

/// One provider's simulated API, as the dispatcher sees it.
pub trait Routes: Send + Sync {
    /// The path prefixes it is mounted at.
    fn mounts(&self) -> &'static [&'static str];
    /// Every route's method and path pattern.
    fn table(&self) -> Vec<(&'static str, &'static str)>;
    fn handle(&self, request: &SimRequest) -> SimResponse;
    /// Whether a successful answer to this request may have changed the state, so that
    /// `--sandbox` records it (see [`Route::changes`]).
    fn changes(&self, request: &SimRequest) -> bool;
}

/// A provider's simulator `api` behind its route table and the middleware its description
/// asks for.
pub struct Mounted<S: 'static, R: 'static> {
    api: S,
    description: Description<S>,
    routes: &'static [Route<S, R>],
    /// The auth header's value that [`Auth::Token`] accepts.
    credential: String,
}

/// Where a request lands in a route table.
enum Found<'t, 'r, S, R> {
    Route(&'t Route<S, R>, Call<'r>),
    WrongMethod,
    NoPath,
}

impl<S: 'static, R: Reply + 'static> Mounted<S, R> {
    /// `provider` names its sandbox token.
    pub fn new(
        provider: &str,
        api: S,
        description: Description<S>,
        routes: &'static [Route<S, R>],
    ) -> Mounted<S, R> {
        let scheme = match description.auth {
            Auth::Token { scheme, .. } => scheme,
            Auth::Session { .. } => "",
        };
        Mounted {
            credential: format!("{scheme}{}", token_for(provider)),
            api,
            description,
            routes,
        }
    }

    fn find<'t, 'r>(&'t self, request: &'r SimRequest) -> Found<'t, 'r, S, R> {
        if !self.routes.iter().any(|r| r.method == request.method) {
            return Found::WrongMethod;
        }
        self.routes
            .iter()
            .filter(|r| r.method == request.method)
            .find_map(|r| Call::matching(r.path, request).map(|call| Found::Route(r, call)))
            .unwrap_or(Found::NoPath)
    }

    fn authorized(&self, request: &SimRequest) -> bool {
        match self.description.auth {
            Auth::Token { header, .. } => request.header(header) == Some(&self.credential),
            Auth::Session { header, valid } => {
                valid(&self.api, request.header(header).unwrap_or_default())
            }
        }
    }

    /// The answer past the rate limit: the refusals before the auth check, the auth check,
    /// then the route's handler.
    fn answer(&self, request: &SimRequest) -> SimResponse {
        let description = &self.description;
        if let Some(refused) = description.before_auth.and_then(|check| check(request)) {
            return refused;
        }
        let found = self.find(request);
        let public = matches!(found, Found::Route(route, _) if route.public);
        if !public && !self.authorized(request) {
            return (description.error)(401, description.unauthorized);
        }
        match found {
            Found::Route(route, call) => (route.handler)(&self.api, &call).into_response(),
            Found::WrongMethod => {
                description.wrong_method.unwrap_or(description.not_found)(request)
            }
            Found::NoPath => (description.not_found)(request),
        }
    }

    fn too_many(&self, limit: &RateLimit) -> SimResponse {
        let answer = (self.description.error)(429, limit.refusal);
        match limit.retry_after {
            Some(seconds) => answer.with_header("Retry-After", seconds),
            None => answer,
        }
    }
}

/// A provider's simulated API, mounted under the provider `options` are for (whose sandbox
/// token it accepts): how every provider's `mount` ends.
pub fn mount<S: Send + Sync + 'static, R: Reply + 'static>(
    options: &Options,
    api: S,
    description: Description<S>,
    routes: &'static [Route<S, R>],
) -> Box<dyn Routes> {
    Box::new(Mounted::new(options.provider(), api, description, routes))
}

impl<S: Send + Sync + 'static, R: Reply + 'static> Routes for Mounted<S, R> {
    fn mounts(&self) -> &'static [&'static str] {
        self.description.mounts
    }

    fn table(&self) -> Vec<(&'static str, &'static str)> {
        self.routes.iter().map(|r| (r.method, r.path)).collect()
    }

    fn handle(&self, request: &SimRequest) -> SimResponse {
        if !self.description.delay.is_zero() {
            std::thread::sleep(self.description.delay);
        }
        let Some(limit) = &self.description.limit else {
            return self.answer(request);
        };
        let admission = limit.limiter.admit();
        let mut answer = if admission.admitted {
            self.answer(request)
        } else {
            self.too_many(limit)
        };
        answer.headers.extend(admission.headers);
        answer
    }

    fn changes(&self, request: &SimRequest) -> bool {
        matches!(self.find(request), Found::Route(route, _) if route.changes)
    }
}

/// Finds the provider mounted at a request's path and asks it.
pub struct Dispatcher(Vec<Box<dyn Routes>>);

impl Dispatcher {
    pub fn new(routes: Vec<Box<dyn Routes>>) -> Dispatcher {
        let dispatcher = Dispatcher(routes);
        debug_assert_eq!(dispatcher.conflicts(), Vec::<String>::new());
        dispatcher
    }

    fn routes_for(&self, request: &SimRequest) -> Option<&dyn Routes> {
        self.0
            .iter()
            .find(|r| r.mounts().iter().any(|m| request.path.starts_with(m)))
            .map(|r| r.as_ref())
    }

    /// See [`Routes::changes`]; a path no provider has changes nothing.
    pub fn changes(&self, request: &SimRequest) -> bool {
        self.routes_for(request).is_some_and(|r| r.changes(request))
    }

    /// What would make a request's provider or route depend on the order of the tables: a
    /// mount that overlaps another provider's, a route outside its provider's mounts, two
    /// routes of one provider that match the same method and path.
    pub fn conflicts(&self) -> Vec<String> {
        let mut found = Vec::new();
        for (i, routes) in self.0.iter().enumerate() {
            for other in &self.0[i + 1..] {
                for (a, b) in pairs(routes.mounts(), other.mounts()) {
                    if a.starts_with(b) || b.starts_with(a) {
                        found.push(format!("mounts {a} and {b} overlap"));
                    }
                }
            }
            found.extend(table_conflicts(routes.as_ref()));
        }
        found
    }
}

fn pairs<'a>(a: &'a [&'a str], b: &'a [&'a str]) -> impl Iterator<Item = (&'a str, &'a str)> {
    a.iter().flat_map(move |x| b.iter().map(move |y| (*x, *y)))
}

fn table_conflicts(routes: &dyn Routes) -> Vec<String> {
    let table = routes.table();
    let mut found = Vec::new();
    for (i, (method, path)) in table.iter().enumerate() {
        if !routes.mounts().iter().any(|m| path.starts_with(m)) {
            found.push(format!("{method} {path} is outside its provider's mounts"));
        }
        for (other_method, other) in &table[i + 1..] {
            if method == other_method && overlap(path, other) {
                found.push(format!("{method} {path} and {other} overlap"));
            }
        }
    }
    found
}

impl Handler for Dispatcher {
    fn handle(&self, request: &SimRequest) -> SimResponse {
        match self.routes_for(request) {
            Some(routes) => routes.handle(request),
            None => SimResponse::not_found(&request.path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::limits::{Limiter, WindowLimit};
    use serde_json::json;

    /// A provider with one GET, one login and one POST, `{"e": message}` errors and a limit
    /// of two requests a minute.
    fn mounted() -> Mounted<(), SimResponse> {
        const ROUTES: &[Route<(), SimResponse>] = &[
            Route::get("/t/items/{id}", |_, call| {
                SimResponse::json(200, call.capture("id").to_string())
            }),
            Route::post("/t/login", |_, _| SimResponse::json(200, "in")).public(),
            Route::post("/t/report", |_, _| SimResponse::json(200, "read")).reads(),
        ];
        let description = Description {
            mounts: &["/t/"],
            auth: Auth::Token {
                header: "x-key",
                scheme: "Key ",
            },
            unauthorized: "who?",
            error: |status, message| SimResponse::json(status, json!({ "e": message }).to_string()),
            not_found: |_| SimResponse::json(404, "none"),
            wrong_method: Some(|_| SimResponse::json(405, "no")),
            before_auth: Some(|request| {
                (request.path == "/t/closed").then(|| SimResponse::json(403, "closed"))
            }),
            limit: WindowLimit::new(2, Duration::from_secs(60)).map(|window| RateLimit {
                limiter: Limiter::Window(window),
                refusal: "slow",
                retry_after: Some("7"),
            }),
            delay: Duration::ZERO,
        };
        Mounted::new("t", (), description, ROUTES)
    }

    fn ask(routes: &dyn Routes, method: &str, path: &str, key: Option<&str>) -> (u16, String) {
        let headers: Vec<(&str, &str)> = key.iter().map(|k| ("X-Key", *k)).collect();
        let answer = routes.handle(&SimRequest::new(method, path, &headers, b""));
        (answer.status, String::from_utf8(answer.body).unwrap())
    }

    #[test]
    fn the_middleware_checks_the_limit_then_the_credential_then_the_route() {
        let routes = mounted();
        let key = Some("Key sandbox-t-token");
        assert_eq!(ask(&routes, "GET", "/t/items/7", key), (200, "7".into()));
        assert_eq!(
            ask(&routes, "GET", "/t/items/7", None),
            (401, r#"{"e":"who?"}"#.into())
        );
        let refused = routes.handle(&SimRequest::new("GET", "/t/items/7", &[], b""));
        assert_eq!(refused.status, 429);
        assert!(
            refused
                .headers
                .contains(&("Retry-After".into(), "7".into()))
        );
    }

    #[test]
    fn unknown_paths_and_methods_get_the_providers_answers_after_the_credential() {
        let routes = mounted();
        let key = Some("Key sandbox-t-token");
        assert_eq!(ask(&routes, "GET", "/t/nothing", key).0, 404);
        assert_eq!(ask(&routes, "DELETE", "/t/items/7", None).0, 401);
        assert_eq!(ask(&mounted(), "DELETE", "/t/items/7", key).0, 405);
        assert_eq!(
            ask(&mounted(), "POST", "/t/login", None),
            (200, "in".into())
        );
    }

    #[test]
    fn only_successful_routes_that_change_state_are_recorded() {
        let routes = mounted();
        let changes = |method, path| routes.changes(&SimRequest::new(method, path, &[], b""));
        assert!(changes("POST", "/t/login"));
        assert!(!changes("POST", "/t/report"));
        assert!(!changes("GET", "/t/items/1"));
        assert!(!changes("POST", "/t/nothing"));
    }

    #[test]
    fn overlapping_mounts_and_routes_are_conflicts() {
        let dispatcher = Dispatcher(vec![Box::new(mounted()), Box::new(mounted())]);
        let conflicts = dispatcher.conflicts();
        assert_eq!(conflicts, vec!["mounts /t/ and /t/ overlap".to_string()]);
        let unknown = dispatcher.handle(&SimRequest::new("GET", "/elsewhere", &[], b""));
        assert_eq!(unknown.status, 404);
    }
}
