//! A provider's route table: each route a method, a path pattern and a handler. The patterns
//! are the one matching mechanism for every provider: a segment `{name}` matches any segment
//! (empty too, as the hand-written matches did) and hands it to the handler as a capture,
//! every other segment matches itself.

use super::message::SimRequest;
use std::ops::Deref;

/// One route of a provider's table. `S` is the provider's simulator (its data and state,
/// locked by the handlers as they need), `R` what its handlers answer.
pub struct Route<S, R> {
    pub method: &'static str,
    pub path: &'static str,
    pub handler: fn(&S, &Call) -> R,
    /// Whether a successful answer may have changed the state, so that `--sandbox` records
    /// the request: every method but GET, unless the route only reads (a report read with
    /// POST).
    pub changes: bool,
    /// Answered without the auth check: the login that issues a session token.
    pub public: bool,
}

impl<S, R> Route<S, R> {
    const fn new(method: &'static str, path: &'static str, handler: fn(&S, &Call) -> R) -> Self {
        Route {
            method,
            path,
            handler,
            changes: true,
            public: false,
        }
    }

    pub const fn get(path: &'static str, handler: fn(&S, &Call) -> R) -> Self {
        Route {
            changes: false,
            ..Route::new("GET", path, handler)
        }
    }

    pub const fn post(path: &'static str, handler: fn(&S, &Call) -> R) -> Self {
        Route::new("POST", path, handler)
    }

    pub const fn put(path: &'static str, handler: fn(&S, &Call) -> R) -> Self {
        Route::new("PUT", path, handler)
    }

    pub const fn patch(path: &'static str, handler: fn(&S, &Call) -> R) -> Self {
        Route::new("PATCH", path, handler)
    }

    pub const fn delete(path: &'static str, handler: fn(&S, &Call) -> R) -> Self {
        Route::new("DELETE", path, handler)
    }

    /// The route only reads, whatever its method.
    pub const fn reads(self) -> Self {
        Route {
            changes: false,
            ..self
        }
    }

    /// The route needs no credential.
    pub const fn public(self) -> Self {
        Route {
            public: true,
            ..self
        }
    }
}

/// A request that reached a route, with the path segments its pattern captured. It reads
/// as the request itself.
pub struct Call<'a> {
    request: &'a SimRequest,
    captures: Vec<(&'static str, &'a str)>,
}

impl<'a> Call<'a> {
    /// The request, if `pattern` matches its path.
    pub fn matching(pattern: &'static str, request: &'a SimRequest) -> Option<Call<'a>> {
        let wanted: Vec<&'static str> = pattern.split('/').collect();
        let given: Vec<&'a str> = request.path.split('/').collect();
        if wanted.len() != given.len() {
            return None;
        }
        let mut captures = Vec::new();
        for (want, got) in wanted.into_iter().zip(given) {
            match capture_name(want) {
                Some(name) => captures.push((name, got)),
                None if want == got => {}
                None => return None,
            }
        }
        Some(Call { request, captures })
    }

    /// The path segment the pattern's `{name}` matched ("" if it has none).
    pub fn capture(&self, name: &str) -> &'a str {
        self.captures
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, value)| value)
    }
}

impl Deref for Call<'_> {
    type Target = SimRequest;

    fn deref(&self) -> &SimRequest {
        self.request
    }
}

/// `name` for a pattern segment `{name}`.
fn capture_name(segment: &'static str) -> Option<&'static str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

/// Whether some path matches both patterns, so that which route answers it would depend on
/// the order of the table.
pub fn overlap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split('/').collect(), b.split('/').collect());
    let free = |s: &str| s.starts_with('{') && s.ends_with('}');
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x == y || free(x) || free(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captured(pattern: &'static str, path: &str) -> Option<Vec<String>> {
        let request = SimRequest::new("GET", path, &[], b"");
        let call = Call::matching(pattern, &request)?;
        Some(call.captures.iter().map(|(_, v)| v.to_string()).collect())
    }

    #[test]
    fn a_pattern_matches_whole_segments_and_captures_its_names() {
        assert_eq!(
            captured("/v1/payouts/{id}/status", "/v1/payouts/po_1/status?x=1"),
            Some(vec!["po_1".to_string()])
        );
        assert_eq!(
            captured("/v1/payouts/{id}", "/v1/payouts/"),
            Some(vec![String::new()])
        );
        assert_eq!(captured("/v1/payouts/{id}", "/v1/payouts"), None);
        assert_eq!(captured("/v1/payouts", "/v1/payouts/x"), None);
        assert_eq!(captured("/v1/payouts", "/v1/payout"), None);
    }

    #[test]
    fn patterns_overlap_when_one_path_fits_both() {
        assert!(overlap("/a/{id}", "/a/settle"));
        assert!(!overlap("/a/{id}", "/a/{id}/status"));
        assert!(!overlap("/a/b", "/a/c"));
    }
}
