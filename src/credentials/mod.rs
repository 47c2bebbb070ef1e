//! Where a provider's secret comes from, in one documented order.
//!
//! For a request: `AFFPAY_<PROVIDER>_TOKEN`, then the file named by
//! `AFFPAY_<PROVIDER>_TOKEN_FILE` (refused if group- or world-readable), then systemd's
//! `$CREDENTIALS_DIRECTORY/<provider>` (`LoadCredential=`), then the OS keyring (entry
//! `<provider>:<profile>`), then `credentials.toml` — a file the user chose with
//! `--insecure-storage` and the only place affpay writes a secret to disk. A provider's
//! short-lived session token (never a secret the user gave) may also be cached in
//! `sessions.toml` in the data directory when no keyring is in use. The keyring is not
//! touched when the environment already supplies the secret (gh#7145), and a keyring that is
//! unusable is reported, never silently skipped at login (gh#13317).
//!
//! The files: `store` (the sources in order, storing and removing), `sessions` (the cache of
//! a provider's session token), and `files` (the TOML files and secret files they read).

mod files;
mod sessions;
mod store;

pub use store::{Credentials, Found, Lookup, Source, env_name};
