//! The credential store: a provider's secret looked up in the documented order, stored in
//! the keyring or the opted-in file, and removed from both. Separate from the session cache,
//! which only keeps tokens beside what this finds.

use super::files::{read_secret_file, read_table, write_table};
use crate::error::{Kind, fail};
use crate::keyring::{self, Unavailable};
use crate::secret::Secret;
use anyhow::Result;
use std::path::PathBuf;

/// Where a secret was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Env,
    /// The file named by `AFFPAY_<PROVIDER>_TOKEN_FILE`.
    TokenFile,
    /// `$CREDENTIALS_DIRECTORY/<provider>`, from systemd's `LoadCredential=`.
    Systemd,
    Keyring,
    File,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Env => "env",
            Source::TokenFile => "token-file",
            Source::Systemd => "systemd",
            Source::Keyring => "keyring",
            Source::File => "file",
        }
    }
}

/// A secret and where it came from.
#[derive(Debug)]
pub struct Found {
    pub secret: Secret,
    pub source: Source,
}

/// The outcome of a lookup: what was found, and what was wrong with the keyring if anything.
#[derive(Debug, Default)]
pub struct Lookup {
    pub found: Option<Found>,
    pub keyring_problem: Option<Unavailable>,
}

/// The credential store shared by all providers.
#[derive(Clone)]
pub struct Credentials {
    pub(super) file: PathBuf,
    /// `sessions.toml` in the data directory: session tokens when there is no keyring.
    pub(super) sessions: PathBuf,
}

/// `AFFPAY_TRAVELPAYOUTS_TOKEN` and its kin.
pub fn env_name(provider: &str, suffix: &str) -> String {
    format!(
        "AFFPAY_{}_{suffix}",
        provider.to_ascii_uppercase().replace('-', "_")
    )
}

/// The keyring entry (and credentials-file key) of a provider's secret for a profile.
fn entry_name(provider: &str, profile: &str) -> String {
    format!("{provider}:{profile}")
}

/// The keyring entry (and file key) of a provider's cached session token for a profile.
pub(super) fn session_entry(provider: &str, profile: &str) -> String {
    format!("{provider}:{profile}:session")
}

impl Credentials {
    pub fn new(config_dir: PathBuf, data_dir: PathBuf) -> Self {
        Credentials {
            file: config_dir.join("credentials.toml"),
            sessions: data_dir.join("sessions.toml"),
        }
    }

    /// Looks the secret up in resolution order without failing on an unusable keyring.
    pub fn lookup(&self, provider: &str, profile: &str) -> Result<Lookup> {
        if let Some(value) = std::env::var(env_name(provider, "TOKEN"))
            .ok()
            .filter(|v| !v.is_empty())
        {
            return Ok(found(value, Source::Env));
        }
        if let Some(path) =
            std::env::var_os(env_name(provider, "TOKEN_FILE")).filter(|v| !v.is_empty())
        {
            let path = PathBuf::from(path);
            let value = read_secret_file(&path, &env_name(provider, "TOKEN_FILE"), true)?;
            return Ok(found(value, Source::TokenFile));
        }
        if let Some(dir) = std::env::var_os("CREDENTIALS_DIRECTORY").filter(|v| !v.is_empty()) {
            let path = PathBuf::from(dir).join(provider);
            if path.exists() {
                let value = read_secret_file(&path, "$CREDENTIALS_DIRECTORY", false)?;
                return Ok(found(value, Source::Systemd));
            }
        }
        let mut lookup = Lookup::default();
        match keyring::get(&entry_name(provider, profile)) {
            Ok(Some(secret)) => {
                lookup.found = Some(Found {
                    secret,
                    source: Source::Keyring,
                });
                return Ok(lookup);
            }
            Ok(None) => {}
            Err(problem) => lookup.keyring_problem = Some(problem),
        }
        let entries = self.read_file()?;
        if let Some(value) = entries
            .get(&entry_name(provider, profile))
            .and_then(|v| v.as_str())
        {
            lookup.found = Some(Found {
                secret: Secret::new(value),
                source: Source::File,
            });
        }
        Ok(lookup)
    }

    /// The secret a request needs; exit 3 with the three ways to provide one if there is none.
    pub fn resolve(&self, provider: &str, profile: &str) -> Result<Found> {
        let lookup = self.lookup(provider, profile)?;
        if let Some(found) = lookup.found {
            return Ok(found);
        }
        let keyring_note = lookup
            .keyring_problem
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        Err(fail(
            Kind::MissingCredential,
            format!(
                "no credential for {provider} (profile {profile}){keyring_note}. Provide one with \
                 `affpay auth login {provider}` (OS keyring), \
                 `affpay auth login {provider} --insecure-storage` (credentials file), \
                 the environment variable {}, a file named by {} (mode 0600), \
                 or systemd's LoadCredential={provider}:PATH",
                env_name(provider, "TOKEN"),
                env_name(provider, "TOKEN_FILE")
            ),
        ))
    }

    /// Stores a secret in the keyring, or in the credentials file when the user asked for it.
    pub fn store(
        &self,
        provider: &str,
        profile: &str,
        secret: &Secret,
        insecure: bool,
    ) -> Result<Source> {
        let entry = entry_name(provider, profile);
        // A session obtained with the old secret must not outlive it.
        let _ = keyring::delete(&session_entry(provider, profile));
        self.remove_data_session(provider, profile)?;
        let mut entries = self.read_file()?;
        let had_session = entries.remove(&session_entry(provider, profile)).is_some();
        if insecure {
            entries.insert(entry, toml::Value::String(secret.expose().to_string()));
            self.write_file(&entries)?;
            return Ok(Source::File);
        }
        if had_session {
            self.write_file(&entries)?;
        }
        keyring::set(&entry, secret).map_err(|problem| {
            fail(
                Kind::MissingCredential,
                format!(
                    "{problem}. Nothing was stored. Either store the secret in a file with \
                     `affpay auth login {provider} --insecure-storage` (mode 0600 in {}), or \
                     provide it in the environment variable {}",
                    self.file.display(),
                    env_name(provider, "TOKEN")
                ),
            )
        })?;
        Ok(Source::Keyring)
    }

    /// Removes the secret from the keyring and the file; returns where it was found.
    pub fn remove(&self, provider: &str, profile: &str) -> Result<Vec<Source>> {
        let entry = entry_name(provider, profile);
        let mut removed = Vec::new();
        let keyring_result = keyring::delete(&entry);
        if let Ok(true) = keyring_result {
            removed.push(Source::Keyring);
        }
        let _ = keyring::delete(&session_entry(provider, profile));
        self.remove_data_session(provider, profile)?;
        let mut entries = self.read_file()?;
        let session_removed = entries.remove(&session_entry(provider, profile)).is_some();
        if entries.remove(&entry).is_some() {
            removed.push(Source::File);
        }
        if session_removed || removed.contains(&Source::File) {
            self.write_file(&entries)?;
        }
        // An unreachable keyring may still hold the secret; one switched off holds nothing.
        if removed.is_empty()
            && !keyring::disabled()
            && let Err(problem) = keyring_result
        {
            return Err(fail(
                Kind::MissingCredential,
                format!("{problem}; nothing was removed"),
            ));
        }
        Ok(removed)
    }

    /// The profiles that have a secret in the credentials file.
    pub fn profiles(&self) -> Result<Vec<String>> {
        Ok(self
            .read_file()?
            .keys()
            .filter(|k| !k.ends_with(":session"))
            .filter_map(|k| k.split_once(':').map(|(_, profile)| profile.to_string()))
            .collect())
    }

    pub fn file_path(&self) -> &PathBuf {
        &self.file
    }

    pub(super) fn read_file(&self) -> Result<toml::Table> {
        read_table(&self.file)
    }

    pub(super) fn write_file(&self, entries: &toml::Table) -> Result<()> {
        write_table(&self.file, entries)
    }
}

/// A lookup that found `value` in `source`, with no keyring problem to report.
fn found(value: String, source: Source) -> Lookup {
    Lookup {
        found: Some(Found {
            secret: Secret::new(value),
            source,
        }),
        keyring_problem: None,
    }
}
