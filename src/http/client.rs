//! The reqwest client under every provider's endpoint: timeouts, the User-Agent, no
//! redirects, and the only proxy a request may go through. Separate because these rules say
//! where a token may travel, and read best without the sending around them.

use super::types::HttpOptions;
use crate::error::{Kind, fail};
use anyhow::Result;
use reqwest::Url;
use reqwest::blocking::Client;
use std::time::Duration;

/// The client for requests to `base`, with the global options' timeout.
pub fn client(base: &Url, options: &HttpOptions) -> Result<Client> {
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
    if let Some(proxy) = proxy_for(base, &|name| std::env::var(name).ok())? {
        builder = builder.proxy(proxy);
    }
    builder
        .build()
        .map_err(|e| anyhow::anyhow!("cannot set up the HTTP client: {e}"))
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
