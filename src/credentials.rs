//! Where a provider's secret comes from, in one documented order.
//!
//! For a request: `AFFPAY_<PROVIDER>_TOKEN`, then the OS keyring (entry
//! `<provider>:<profile>`), then `credentials.toml` — a file the user chose with
//! `--insecure-storage` and the only place affpay writes a secret to disk. The keyring is not
//! touched when the environment already supplies the secret (gh#7145), and a keyring that is
//! unusable is reported, never silently skipped at login (gh#13317).

use crate::error::{Kind, fail};
use crate::keyring::{self, Unavailable};
use crate::secret::Secret;
use anyhow::{Context, Result};
use std::fs;
use std::path::PathBuf;

/// Where a secret was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Env,
    Keyring,
    File,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Env => "env",
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
    file: PathBuf,
}

/// `AFFPAY_TRAVELPAYOUTS_TOKEN` and its kin.
pub fn env_name(provider: &str, suffix: &str) -> String {
    format!(
        "AFFPAY_{}_{suffix}",
        provider.to_ascii_uppercase().replace('-', "_")
    )
}

fn entry_name(provider: &str, profile: &str) -> String {
    format!("{provider}:{profile}")
}

fn session_entry(provider: &str, profile: &str) -> String {
    format!("{provider}:{profile}:session")
}

impl Credentials {
    pub fn new(config_dir: PathBuf) -> Self {
        Credentials {
            file: config_dir.join("credentials.toml"),
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
                 or the environment variable {}",
                env_name(provider, "TOKEN")
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

    /// A provider's session token (a login's result, like Billon's 24-hour key), cached
    /// beside the secret it came from: in the keyring, or in the opted-in credentials file.
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
        let text = match self.session_store(beside)? {
            Source::Keyring => keyring::get(&entry).ok()??.expose().to_string(),
            _ => self.read_file().ok()?.get(&entry)?.as_str()?.to_string(),
        };
        let mut parts = text.splitn(3, ' ');
        let (created, cached_issuer, token) = (parts.next()?, parts.next()?, parts.next()?);
        (cached_issuer == issuer).then_some(())?;
        Some((Secret::new(token), created.parse().ok()?))
    }

    /// Caches a session token where [`Credentials::cached_session`] finds it; where there is
    /// no such place (a secret from the environment and no keyring or file), nothing is kept.
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
            Some(Source::Keyring) => {
                keyring::set(&entry, &Secret::new(value)).map_err(anyhow::Error::from)
            }
            Some(_) => {
                let mut entries = self.read_file()?;
                entries.insert(entry, toml::Value::String(value));
                self.write_file(&entries)
            }
            None => Ok(()),
        }
    }

    /// The keyring for a keyring secret, the file for a file secret; for a secret from the
    /// environment, the keyring if it works, else the file if the user opted into one.
    fn session_store(&self, beside: Source) -> Option<Source> {
        match beside {
            Source::Keyring => Some(Source::Keyring),
            Source::File => Some(Source::File),
            Source::Env if keyring::get("affpay:probe").is_ok() => Some(Source::Keyring),
            Source::Env => self.file.exists().then_some(Source::File),
        }
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

    fn read_file(&self) -> Result<toml::Table> {
        let text = match fs::read_to_string(&self.file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(toml::Table::new()),
            Err(e) => return Err(e).context(format!("cannot read {}", self.file.display())),
        };
        // The file is parsed into plain strings only; its values never reach an error message.
        let table: toml::Table = text
            .parse()
            .map_err(|_| anyhow::anyhow!("{} is not valid TOML", self.file.display()))?;
        Ok(table.into_iter().filter(|(_, v)| v.is_str()).collect())
    }

    fn write_file(&self, entries: &toml::Table) -> Result<()> {
        let text = toml::to_string(entries).context("cannot encode the credentials file")?;
        // A fresh O_EXCL temp file, 0600 from its creation, renamed over the old one: a file
        // planted under a guessable name cannot lend the secrets its own permissions.
        crate::files::write_private(&self.file, text.as_bytes())
    }
}

fn found(value: String, source: Source) -> Lookup {
    Lookup {
        found: Some(Found {
            secret: Secret::new(value),
            source,
        }),
        keyring_problem: None,
    }
}
