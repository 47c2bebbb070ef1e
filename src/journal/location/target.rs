//! What a journal's place is once read: a SQLite path or a PostgreSQL [`Target`], and how each
//! is named in messages (never with the password). Separate so that parsing and connecting
//! share it without importing each other.

use crate::secret::Secret;
use std::fmt;
use std::path::PathBuf;

/// A journal's place: a SQLite file or a PostgreSQL database.
#[derive(Debug, Clone)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(Box<Target>),
}

/// A PostgreSQL database, with the TLS mode and password to reach it.
#[derive(Clone)]
pub struct Target {
    pub(super) config: postgres::Config,
    pub(super) tls: Tls,
    /// The URL without its password, for every message.
    pub(super) shown: String,
    pub(super) password: Option<Secret>,
}

/// How the connection is protected, from `sslmode`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tls {
    /// `sslmode=disable`, or no `sslmode` to a loopback host or socket: plain.
    Off,
    /// `sslmode=require`: encrypted, certificate not checked.
    Encrypt,
    /// `sslmode=verify-full`: encrypted, certificate and host name checked against these
    /// roots (`None`: the system's).
    Verify(Option<PathBuf>),
}

impl Location {
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
    /// The URL without the password.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    pub(super) fn is_local(&self) -> bool {
        self.config.get_hosts().iter().all(|host| match host {
            postgres::config::Host::Tcp(name) => is_local(name),
            #[cfg(unix)]
            postgres::config::Host::Unix(_) => true,
        })
    }
}

/// Whether a host is this machine: a socket path, `localhost` or a loopback address.
pub(super) fn is_local(host: &str) -> bool {
    host.starts_with('/')
        || host == "localhost"
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}
