//! What a provider's base URL may be: an origin (scheme, host, optional port) over https;
//! plain http only to a loopback host, or where a provider lets a profile opt in, so that a
//! secret never crosses a network in clear text by accident.

use anyhow::Result;
use reqwest::Url;

/// Checks a base URL: scheme, host and optional port only; plain http for loopback hosts only,
/// so a token is never sent in clear text across a network.
pub fn parse_base_url(text: &str, origin: &str) -> Result<Url> {
    parse_base_url_with(text, origin, false)
}

/// Whether `text` is a plain-http URL to a host that is not loopback: the one case a
/// provider's opt-in can change.
pub fn needs_plain_http(text: &str) -> bool {
    Url::parse(text).is_ok_and(|url| url.scheme() == "http" && !is_loopback(&url))
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// [`parse_base_url`], with plain http to any host when `any_http` (a provider's opt-in).
pub fn parse_base_url_with(text: &str, origin: &str, any_http: bool) -> Result<Url> {
    // A password in the URL is never repeated in the message that refuses it.
    let shown = match Url::parse(text) {
        Ok(mut url) if url.password().is_some() => {
            let _ = url.set_password(Some("****"));
            url.to_string()
        }
        _ => text.to_string(),
    };
    let bad = |why: &str| crate::error::usage(format!("{origin}: '{shown}' {why}"));
    let url = Url::parse(text).map_err(|e| bad(&format!("is not a URL ({e})")))?;
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(bad(
            "must be only scheme, host and optional port, like https://host:8443",
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("must not carry a user name or password"));
    }
    if url.host().is_none() {
        return Err(bad("has no host"));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if any_http || is_loopback(&url) => Ok(url),
        "http" => Err(bad(
            "uses plain http, which is allowed only for loopback hosts; use https",
        )),
        _ => Err(bad("must use https")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_refused_url_is_not_repeated() {
        let err = parse_base_url("https://ops:hunter2-secret@api.example.com", "AFFPAY_X_URL")
            .unwrap_err()
            .to_string();
        assert!(err.contains("user name or password"), "{err}");
        assert!(err.contains("'https://ops:****@api.example.com/'"), "{err}");
        assert!(!err.contains("hunter2-secret"), "{err}");
    }

    #[test]
    fn base_urls_are_origins_and_http_only_on_loopback() {
        for good in [
            "https://api.travelpayouts.com",
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:9",
        ] {
            assert!(parse_base_url(good, "t").is_ok(), "{good}");
        }
        for bad in [
            "http://example.com",
            "ftp://127.0.0.1",
            "https://host/path",
            "https://host/?q=1",
            "not a url",
            "http://10.0.0.1:80",
        ] {
            let err = parse_base_url(bad, "t").unwrap_err();
            assert!(err.to_string().contains(bad), "{err}");
        }
    }

    #[test]
    fn an_opt_in_lifts_only_the_plain_http_refusal() {
        assert!(needs_plain_http("http://10.1.2.3:5006"));
        for not in [
            "https://10.1.2.3",
            "http://127.0.0.1:1",
            "http://localhost",
            "junk",
        ] {
            assert!(!needs_plain_http(not), "{not}");
        }
        assert!(parse_base_url_with("http://10.1.2.3:5006", "t", true).is_ok());
        for still_bad in [
            "http://10.1.2.3/path",
            "http://u:p@10.1.2.3",
            "ftp://10.1.2.3",
        ] {
            assert!(
                parse_base_url_with(still_bad, "t", true).is_err(),
                "{still_bad}"
            );
        }
    }
}
