//! Where the journal is: `sqlite:///path` or `postgres://user@host:5432/db?sslmode=require`.
//!
//! A PostgreSQL URL is read here, not by the driver, so that what reaches the database is
//! what affpay allows: TLS through rustls (`sslmode=require` encrypts, `verify-full` also
//! checks the certificate and host name against the system's roots or `sslrootcert`), plain
//! connections only to loopback or a socket unless `sslmode=disable` is written out, and no
//! parameter affpay does not know (a misspelt `sslmode` must not quietly mean "no TLS").
//! The password comes from the URL, else `PGPASSWORD`, else a `~/.pgpass`-style file
//! (`PGPASSFILE`), and is held as a [`Secret`]: every message names the database by its URL
//! without it, and database errors are redacted before anyone sees them.

use crate::error::{Kind, fail};
use crate::secret::Secret;
use anyhow::Result;
use percent_encoding::percent_decode_str;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// A journal's place: a SQLite file or a PostgreSQL database.
#[derive(Debug, Clone)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(Box<Target>),
}

/// A PostgreSQL database, with the TLS mode and password to reach it.
#[derive(Clone)]
pub struct Target {
    config: postgres::Config,
    tls: Tls,
    /// The URL without its password, for every message.
    shown: String,
    password: Option<Secret>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tls {
    /// `sslmode=disable`, or no `sslmode` to a loopback host or socket: plain.
    Off,
    /// `sslmode=require`: encrypted, certificate not checked.
    Encrypt,
    /// `sslmode=verify-full`: encrypted, certificate and host name checked against these
    /// roots (`None`: the system's).
    Verify(Option<PathBuf>),
}

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

    /// Whether a journal URL carries a password (which must not be on a command line).
    pub fn carries_password(text: &str) -> bool {
        url::Url::parse(text).is_ok_and(|url| {
            url.password().is_some() || url.query_pairs().any(|(k, _)| k == "password")
        })
    }

    /// Whether there is a journal to read without creating one (a database always counts).
    pub fn exists(&self) -> bool {
        match self {
            Location::Sqlite(path) => path.exists(),
            Location::Postgres(_) => true,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            Location::Postgres(target) => f.write_str(&target.shown),
        }
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown)
    }
}

impl Target {
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

    /// Opens a session. Unreachable, refused or timed out is temporary (exit 6); a refused
    /// password or a bad `sslrootcert` is configuration (exit 3).
    pub fn connect(&self) -> Result<postgres::Client> {
        let mut config = self.config.clone();
        if let Some(password) = self.password()? {
            config.password(password.expose());
        }
        if self.tls == Tls::Off && !self.is_local() {
            crate::notice!(
                "affpay: warning: the journal database {} is reached without TLS (sslmode=disable)",
                self.shown
            );
        }
        let connector = tokio_postgres_rustls::MakeRustlsConnect::new(self.tls_config()?);
        config
            .connect(connector)
            .map_err(|e| self.error(e, "cannot reach"))
    }

    /// A database error as one redacted line, of the kind its cause calls for: the database
    /// gone (connection closed, server shutting down, network) is temporary.
    pub fn error(&self, err: postgres::Error, doing: &str) -> anyhow::Error {
        // The password from PGPASSWORD or ~/.pgpass as well as the URL's: a server may echo
        // what it was sent.
        let resolved = self.password().ok().flatten();
        let text = crate::secret::redact(
            &format!(
                "{doing} the journal database {}: {}",
                self.shown,
                full(&err)
            ),
            self.password.iter().chain(resolved.iter()),
        );
        let kind = match err.code().map(|c| c.code()) {
            Some(code) if code.starts_with("28") => Some(Kind::MissingCredential),
            Some(code) if code.starts_with("08") || code.starts_with("57P") => {
                Some(Kind::Temporary)
            }
            Some(_) => None,
            // A certificate verify-full does not accept is configuration, not bad weather.
            None if refused_certificate(&err) => Some(Kind::MissingCredential),
            None => Some(Kind::Temporary),
        };
        match kind {
            Some(kind) => fail(kind, text),
            None => anyhow::anyhow!(text),
        }
    }

    /// The URL without the password.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    fn is_local(&self) -> bool {
        self.config.get_hosts().iter().all(|host| match host {
            postgres::config::Host::Tcp(name) => is_local(name),
            #[cfg(unix)]
            postgres::config::Host::Unix(_) => true,
        })
    }

    fn password(&self) -> Result<Option<Secret>> {
        if let Some(password) = &self.password {
            return Ok(Some(password.clone()));
        }
        if let Some(password) = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty()) {
            return Ok(Some(Secret::new(password)));
        }
        let file = match std::env::var_os("PGPASSFILE").filter(|f| !f.is_empty()) {
            Some(file) => PathBuf::from(file),
            None => match std::env::var_os("HOME").filter(|h| !h.is_empty()) {
                Some(home) => Path::new(&home).join(".pgpass"),
                None => return Ok(None),
            },
        };
        let host = match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(name)) => name.clone(),
            _ => "localhost".to_string(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let wanted = [
            host.as_str(),
            &port.to_string(),
            self.config.get_dbname().unwrap_or(""),
            self.config.get_user().unwrap_or(""),
        ];
        pgpass(&file, &wanted)
    }

    fn tls_config(&self) -> Result<rustls::ClientConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()?;
        let config = match &self.tls {
            Tls::Verify(Some(roots)) => {
                use rustls_pki_types::pem::PemObject;
                let mut store = rustls::RootCertStore::empty();
                let certs = rustls_pki_types::CertificateDer::pem_file_iter(roots)
                    .and_then(|certs| certs.collect::<std::result::Result<Vec<_>, _>>())
                    .map_err(|e| {
                        fail(
                            Kind::MissingCredential,
                            format!("sslrootcert {}: {e}", roots.display()),
                        )
                    })?;
                store.add_parsable_certificates(certs);
                builder.with_root_certificates(store).with_no_client_auth()
            }
            Tls::Verify(None) => {
                use rustls_platform_verifier::BuilderVerifierExt;
                builder.with_platform_verifier()?.with_no_client_auth()
            }
            Tls::Encrypt | Tls::Off => builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
                .with_no_client_auth(),
        };
        Ok(config)
    }
}

/// An error and its causes on one line: the driver's own text is often just "db error" or
/// "error connecting to server", with the reason below it.
fn full(err: &postgres::Error) -> String {
    let mut text = err.to_string();
    let mut cause = std::error::Error::source(err);
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text = format!("{text}: {more}");
        }
        cause = c.source();
    }
    text
}

/// Whether the TLS handshake failed on the server's certificate.
fn refused_certificate(err: &postgres::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(c) = cause {
        let inner = c
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .map_or(c, |inner| inner as &(dyn std::error::Error + 'static));
        if let Some(rustls::Error::InvalidCertificate(_)) = inner.downcast_ref::<rustls::Error>() {
            return true;
        }
        cause = c.source();
    }
    false
}

fn is_local(host: &str) -> bool {
    host.starts_with('/')
        || host == "localhost"
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The URL with `:password@` cut out, for messages about a URL not yet understood.
fn shown_without_password(text: &str) -> String {
    match url::Url::parse(text) {
        Ok(mut url) => {
            let _ = url.set_password(None);
            let cleaned: Vec<(String, String)> = url
                .query_pairs()
                .filter(|(k, _)| k != "password")
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            strip_query_password(&mut url, &cleaned);
            url.to_string()
        }
        // Not a URL: anything after a `:` before an `@` may be a password.
        Err(_) => match (text.find("://"), text.rfind('@')) {
            (Some(start), Some(at)) if at > start => {
                let userinfo = &text[start + 3..at];
                let user = userinfo.split(':').next().unwrap_or("");
                format!("{}{user}{}", &text[..start + 3], &text[at..])
            }
            _ => text.to_string(),
        },
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

/// The password of the first line of a `.pgpass` file matching host, port, database and user
/// (`*` matches anything; `\:` and `\\` escape). Like libpq, a file others can read is not
/// trusted; unlike libpq, affpay says so and stops instead of going on without a password.
fn pgpass(file: &Path, wanted: &[&str; 4]) -> Result<Option<Secret>> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(anyhow::Error::new(e).context(format!("cannot read {}", file.display())));
        }
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file)?.permissions().mode();
        if mode & 0o077 != 0 {
            return Err(fail(
                Kind::MissingCredential,
                format!(
                    "{} can be read by others (mode {:o}); chmod 600 it",
                    file.display(),
                    mode & 0o777
                ),
            ));
        }
    }
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = fields[..4]
            .iter()
            .zip(wanted)
            .all(|(field, want)| field == "*" || field == want);
        if matches {
            return Ok(Some(Secret::new(fields[4..].join(":"))));
        }
    }
    Ok(None)
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("a field").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("a field").push(c),
        }
    }
    fields
}

/// `sslmode=require`: the connection is encrypted and the handshake's signatures checked, but
/// the certificate is not (as libpq's `require`); `verify-full` is the mode that checks it.
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls_pki_types::CertificateDer<'_>,
        _intermediates: &[rustls_pki_types::CertificateDer<'_>],
        _server_name: &rustls_pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls_pki_types::UnixTime,
    ) -> std::result::Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls_pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls_pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_pgpass_line_matches_with_wildcards_and_escapes_and_must_be_private() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:*:*:nope\n127.0.0.1:*:pay:ops:pa\\:ss:word\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            let err = pgpass(&file, &["127.0.0.1", "5432", "pay", "ops"]).unwrap_err();
            assert!(err.to_string().contains("chmod 600"), "{err}");
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let found = pgpass(&file, &["127.0.0.1", "5432", "pay", "ops"]).unwrap();
        assert_eq!(found.unwrap().expose(), "pa:ss:word");
        assert!(
            pgpass(&file, &["127.0.0.1", "5432", "pay", "x"])
                .unwrap()
                .is_none()
        );
    }
}
