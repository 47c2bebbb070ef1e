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
//!
//! The files: `parse` (a URL read into a [`Location`]), `connect` (a [`Target`] reached, its
//! password found and its TLS set up), `pgpass` (the password file), and `target` (what the
//! others share).

mod connect;
mod parse;
mod pgpass;
mod target;

pub use target::{Location, Target};
