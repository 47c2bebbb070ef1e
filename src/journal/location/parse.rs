//! Reading a journal URL: `sqlite:///path`, or a `postgres://` URL checked for what affpay
//! allows (known parameters only, TLS to any host that is not this machine) before a driver
//! sees it. Separate because this is where a misspelt setting must fail, not connect.

use super::target::{Location, Target, Tls, is_local};
use crate::error::{Kind, fail};
use crate::secret::Secret;
use anyhow::Result;
use percent_encoding::percent_decode_str;
use std::path::PathBuf;
use std::time::Duration;

/// The query parameters a journal URL may carry.
const PARAMETERS: &[&str] = &[
    "sslmode",
    "sslrootcert",
    "connect_timeout",
    "application_name",
    "options",
    "host",
    "port",
    "user",
    "password",
    "dbname",
];

impl Location {
    /// Reads a journal URL; `origin` says where it came from, for the message when it is bad
    /// (exit 3: configuration).
    pub fn parse(text: &str, origin: &str) -> Result<Location> {
        let bad = |why: String| fail(Kind::MissingCredential, format!("{origin}: {why}"));
        if let Some(path) = text.strip_prefix("sqlite://") {
            if !path.starts_with('/') {
                return Err(bad(format!(
                    "'{text}' must name an absolute path, like sqlite:///var/lib/affpay/journal.sqlite3"
                )));
            }
            let path = percent_decode_str(path).decode_utf8_lossy().into_owned();
            return Ok(Location::Sqlite(PathBuf::from(path)));
        }
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Target::parse(text)
                .map(|t| Location::Postgres(Box::new(t)))
                .map_err(bad);
        }
        Err(bad(format!(
            "'{}' is not a journal URL: use sqlite:///PATH or postgres://USER@HOST:5432/DB",
            shown_without_password(text)
        )))
    }

    /// A journal URL as it may be shown: as written when it is a URL without a password, else
    /// without whatever may be one (a hand-edited file may hold a password, or a URL too
    /// broken to tell).
    pub fn shown(text: &str) -> String {
        if without_userinfo_password(text) == text && !Location::carries_password(text) {
            return text.to_string();
        }
        shown_without_password(text)
    }

    /// Whether a journal URL carries a password (which must not be on a command line).
    pub fn carries_password(text: &str) -> bool {
        url::Url::parse(text).is_ok_and(|url| {
            url.password().is_some() || url.query_pairs().any(|(k, _)| k == "password")
        })
    }
}

impl Target {
    /// Reads a `postgres://` URL; the error is the reason, for [`Location::parse`] to prefix.
    fn parse(text: &str) -> std::result::Result<Target, String> {
        let shown = shown_without_password(text);
        let url = url::Url::parse(text).map_err(|e| format!("'{shown}' is not a URL ({e})"))?;
        let decode = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
        let mut query = std::collections::HashMap::new();
        for (name, value) in url.query_pairs() {
            if !PARAMETERS.contains(&name.as_ref()) {
                return Err(format!(
                    "'{shown}': unknown parameter '{name}'; known: {}",
                    PARAMETERS.join(", ")
                ));
            }
            query.insert(name.into_owned(), value.into_owned());
        }
        let host = query
            .get("host")
            .cloned()
            .or_else(|| url.host_str().map(decode).filter(|h| !h.is_empty()))
            .ok_or_else(|| format!("'{shown}' names no host"))?;
        let port = match query.get("port") {
            Some(p) => p
                .parse()
                .map_err(|_| format!("'{shown}': bad port '{p}'"))?,
            None => url.port().unwrap_or(5432),
        };
        let user = query
            .get("user")
            .cloned()
            .or_else(|| Some(decode(url.username())).filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("PGUSER").ok().filter(|u| !u.is_empty()))
            .ok_or_else(|| format!("'{shown}' names no user, like postgres://affpay@host/db"))?;
        let dbname = query
            .get("dbname")
            .cloned()
            .or_else(|| Some(decode(url.path().trim_start_matches('/'))).filter(|d| !d.is_empty()))
            .unwrap_or_else(|| user.clone());
        let local = is_local(&host);
        let tls = match query.get("sslmode").map(String::as_str) {
            None | Some("prefer") if local => Tls::Off,
            Some("disable") => Tls::Off,
            Some("require") => Tls::Encrypt,
            Some("verify-full") => Tls::Verify(query.get("sslrootcert").map(PathBuf::from)),
            None | Some("prefer") => {
                return Err(format!(
                    "'{shown}': a database on another host needs TLS: add ?sslmode=verify-full \
                     (or require; sslmode=disable only if the network is private)"
                ));
            }
            Some(other) => {
                return Err(format!(
                    "'{shown}': sslmode '{other}' is not supported; use disable, require or verify-full"
                ));
            }
        };
        let mut config = postgres::Config::new();
        if host.starts_with('/') {
            config.host_path(&host);
        } else {
            config.host(&host);
        }
        let timeout = match query.get("connect_timeout") {
            Some(t) => t
                .parse()
                .map_err(|_| format!("'{shown}': bad connect_timeout '{t}'"))?,
            None => 10,
        };
        config
            .port(port)
            .user(&user)
            .dbname(&dbname)
            .connect_timeout(Duration::from_secs(timeout))
            .keepalives_idle(Duration::from_secs(30))
            // A database that vanishes without closing the connection fails the next write
            // within this time (exit 6) instead of hanging the run for the kernel's minutes.
            .tcp_user_timeout(Duration::from_secs(30))
            .application_name(
                query
                    .get("application_name")
                    .map_or("affpay", String::as_str),
            )
            .ssl_mode(match tls {
                Tls::Off => postgres::config::SslMode::Disable,
                _ => postgres::config::SslMode::Require,
            });
        if let Some(options) = query.get("options") {
            config.options(options);
        }
        let password = query
            .get("password")
            .cloned()
            .or_else(|| url.password().map(decode))
            .map(Secret::new);
        Ok(Target {
            config,
            tls,
            shown,
            password,
        })
    }
}

/// The URL with whatever may be a password cut out, for messages and display: a `:password`
/// in the user part up to the last `@` (so that a password holding `/` or `@` is cut whole,
/// even where a URL parser would read its start as a host and port), and a `password` query
/// parameter.
fn shown_without_password(text: &str) -> String {
    let text = without_userinfo_password(text);
    match url::Url::parse(&text) {
        Ok(mut url) => {
            let cleaned: Vec<(String, String)> = url
                .query_pairs()
                .filter(|(k, _)| k != "password")
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            strip_query_password(&mut url, &cleaned);
            url.to_string()
        }
        Err(_) => text,
    }
}

/// `text` with anything after a `:` in its user part (from the scheme's `//`, or the start,
/// to the last `@`) left out.
fn without_userinfo_password(text: &str) -> String {
    let start = text.find("://").map_or(0, |i| i + 3);
    match text.rfind('@') {
        Some(at) if at > start => match text[start..at].split_once(':') {
            Some((user, _)) => format!("{}{user}{}", &text[..start], &text[at..]),
            None => text.to_string(),
        },
        _ => text.to_string(),
    }
}

fn strip_query_password(url: &mut url::Url, kept: &[(String, String)]) {
    if url.query().is_none() {
        return;
    }
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_shown_without_anything_that_may_be_a_password() {
        let cases = [
            ("postgres://ops:hunter22@db/pay", "postgres://ops@db/pay"),
            // A URL parser reads `admin:1234` as host and port; the password is cut whole.
            ("postgres://admin:1234/x@db/j", "postgres://admin@db/j"),
            ("ops:hunter22@db", "ops@db"),
            ("postgres://ops:a@b@db/pay", "postgres://ops@db/pay"),
            (
                "postgres://ops@db/pay?sslmode=disable&password=hunter22",
                "postgres://ops@db/pay?sslmode=disable",
            ),
            (
                "sqlite:///var/lib/affpay/j.sqlite3",
                "sqlite:///var/lib/affpay/j.sqlite3",
            ),
            ("postgres://ops@db:5432/pay", "postgres://ops@db:5432/pay"),
        ];
        for (written, shown) in cases {
            assert_eq!(Location::shown(written), shown, "{written}");
        }
    }
    use std::path::Path;

    fn target(text: &str) -> Target {
        match Location::parse(text, "t").unwrap() {
            Location::Postgres(t) => *t,
            other => panic!("{other}"),
        }
    }

    #[test]
    fn urls_name_a_file_or_a_database_and_never_show_the_password() {
        assert!(matches!(
            Location::parse("sqlite:///var/lib/affpay/j.sqlite3", "t").unwrap(),
            Location::Sqlite(p) if p == Path::new("/var/lib/affpay/j.sqlite3")
        ));
        let t = target("postgres://ops:s3cr%3At@127.0.0.1:5433/pay");
        assert_eq!(t.shown(), "postgres://ops@127.0.0.1:5433/pay");
        assert_eq!(t.password.as_ref().unwrap().expose(), "s3cr:t");
        assert_eq!(t.tls, Tls::Off, "loopback without sslmode: plain");
        let t = target("postgres://ops@db.example:5432/pay?sslmode=require");
        assert_eq!(t.tls, Tls::Encrypt);
        let t = target("postgresql://ops@db.example/pay?sslmode=verify-full&sslrootcert=/ca.pem");
        assert_eq!(t.tls, Tls::Verify(Some(PathBuf::from("/ca.pem"))));
        assert!(format!("{t:?}").contains("db.example"));
    }

    #[test]
    fn a_remote_database_needs_tls_unless_disable_is_written_out() {
        for (bad, says) in [
            ("postgres://ops:pw123@db.example/pay", "needs TLS"),
            (
                "postgres://ops:pw123@10.0.0.5/pay?sslmode=prefer",
                "needs TLS",
            ),
            (
                "postgres://ops:pw123@db.example/pay?sslmode=verify-ca",
                "not supported",
            ),
            (
                "postgres://ops:pw123@db.example/pay?sslmod=require",
                "unknown parameter",
            ),
            ("mysql://ops:pw123@db.example/pay", "not a journal URL"),
            ("sqlite://relative.db", "absolute path"),
        ] {
            let err = Location::parse(bad, "AFFPAY_JOURNAL_URL").unwrap_err();
            let text = format!("{err:#}");
            assert!(text.contains(says), "{bad}: {text}");
            assert!(!text.contains("pw123"), "{text}");
            assert_eq!(crate::error::exit_code(&err), 3, "{text}");
        }
        assert_eq!(
            target("postgres://ops@db.example/pay?sslmode=disable").tls,
            Tls::Off
        );
    }
}
