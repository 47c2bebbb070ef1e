//! A provider's short-lived session token (a login's result, never a secret the user gave),
//! cached between runs beside the secret it came from. Separate from the store because its
//! place depends on where that secret was found, a rule of its own.

use super::files::{read_table, write_table};
use super::store::{Credentials, Source, session_entry};
use crate::keyring;
use crate::secret::Secret;
use anyhow::{Context, Result};
use std::fs;

impl Credentials {
    /// A provider's session token (a login's result, like Billon's 24-hour key), cached
    /// beside the secret it came from: in the keyring, or in the opted-in credentials file;
    /// for a secret from the environment, a token file or systemd, in the keyring if one
    /// works, else `sessions.toml` in the data directory (0600).
    /// Returns the token and its creation time in unix seconds, if it was issued by `issuer`
    /// (the base URL: a token from another panel is never sent).
    pub fn cached_session(
        &self,
        provider: &str,
        profile: &str,
        beside: Source,
        issuer: &str,
    ) -> Option<(Secret, i64)> {
        let entry = session_entry(provider, profile);
        let text = match self.session_store(beside) {
            SessionStore::Keyring => keyring::get(&entry).ok()??.expose().to_string(),
            SessionStore::File => self.read_file().ok()?.get(&entry)?.as_str()?.to_string(),
            SessionStore::DataFile => read_table(&self.sessions)
                .ok()?
                .get(&entry)?
                .as_str()?
                .to_string(),
        };
        let mut parts = text.splitn(3, ' ');
        let (created, cached_issuer, token) = (parts.next()?, parts.next()?, parts.next()?);
        (cached_issuer == issuer).then_some(())?;
        Some((Secret::new(token), created.parse().ok()?))
    }

    /// Caches a session token where [`Credentials::cached_session`] finds it.
    pub fn cache_session(
        &self,
        provider: &str,
        profile: &str,
        beside: Source,
        issuer: &str,
        token: &Secret,
        created: i64,
    ) -> Result<()> {
        let entry = session_entry(provider, profile);
        let value = format!("{created} {issuer} {}", token.expose());
        match self.session_store(beside) {
            SessionStore::Keyring => {
                keyring::set(&entry, &Secret::new(value)).map_err(anyhow::Error::from)
            }
            SessionStore::File => {
                let mut entries = self.read_file()?;
                entries.insert(entry, toml::Value::String(value));
                self.write_file(&entries)
            }
            SessionStore::DataFile => {
                let mut entries = read_table(&self.sessions)?;
                entries.insert(entry, toml::Value::String(value));
                write_table(&self.sessions, &entries)
            }
        }
    }

    /// The keyring for a keyring secret, the file for a file secret; for a secret from the
    /// environment, a token file or systemd: the keyring if it works, else the credentials
    /// file if the user opted into one, else `sessions.toml` in the data directory.
    fn session_store(&self, beside: Source) -> SessionStore {
        match beside {
            Source::Keyring => SessionStore::Keyring,
            Source::File => SessionStore::File,
            _ if !keyring::disabled() && keyring::get("affpay:probe").is_ok() => {
                SessionStore::Keyring
            }
            _ if self.file.exists() => SessionStore::File,
            _ => SessionStore::DataFile,
        }
    }

    /// Removes a cached session token from `sessions.toml`; the file goes when it is empty.
    pub(super) fn remove_data_session(&self, provider: &str, profile: &str) -> Result<bool> {
        let mut entries = read_table(&self.sessions)?;
        if entries.remove(&session_entry(provider, profile)).is_none() {
            return Ok(false);
        }
        if entries.is_empty() {
            fs::remove_file(&self.sessions)
                .with_context(|| format!("cannot remove {}", self.sessions.display()))?;
        } else {
            write_table(&self.sessions, &entries)?;
        }
        Ok(true)
    }
}

/// Where a session token is cached.
enum SessionStore {
    Keyring,
    File,
    DataFile,
}
