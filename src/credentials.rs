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

use crate::error::{Kind, fail};
use crate::keyring::{self, Unavailable};
use crate::secret::Secret;
use anyhow::{Context, Result};
use std::fs;
use std::path::{Path, PathBuf};

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
    file: PathBuf,
    /// `sessions.toml` in the data directory: session tokens when there is no keyring.
    sessions: PathBuf,
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
    fn remove_data_session(&self, provider: &str, profile: &str) -> Result<bool> {
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
        read_table(&self.file)
    }

    fn write_file(&self, entries: &toml::Table) -> Result<()> {
        write_table(&self.file, entries)
    }
}

/// Where a session token is cached.
enum SessionStore {
    Keyring,
    File,
    DataFile,
}

fn read_table(path: &Path) -> Result<toml::Table> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(toml::Table::new()),
        Err(e) => return Err(e).context(format!("cannot read {}", path.display())),
    };
    // The file is parsed into plain strings only; its values never reach an error message.
    let table: toml::Table = text
        .parse()
        .map_err(|_| anyhow::anyhow!("{} is not valid TOML", path.display()))?;
    Ok(table.into_iter().filter(|(_, v)| v.is_str()).collect())
}

fn write_table(path: &Path, entries: &toml::Table) -> Result<()> {
    let text = toml::to_string(entries).context("cannot encode a secrets file")?;
    // A fresh O_EXCL temp file, 0600 from its creation, renamed over the old one: a file
    // planted under a guessable name cannot lend the secrets its own permissions.
    crate::files::write_private(path, text.as_bytes())
}

/// A secret kept in a file of its own (`AFFPAY_<PROVIDER>_TOKEN_FILE`, a systemd credential):
/// its content, trimmed. With `private`, a file that group or others may read is refused
/// (exit 3), naming the file and never quoting it. `origin` says who named the file.
fn read_secret_file(path: &Path, origin: &str, private: bool) -> Result<String> {
    let refuse = |why: String| fail(Kind::MissingCredential, format!("{origin}: {why}"));
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::metadata(path)
            .map_err(|e| refuse(format!("cannot read {} ({e})", path.display())))?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(refuse(format!(
                "{} is readable by group or others (mode {mode:o}); nothing was read from it. \
                 Make it private with `chmod 600 {}`",
                path.display(),
                path.display()
            )));
        }
    }
    #[cfg(not(unix))]
    let _ = private;
    // The bytes are not quoted in any error: they are the secret.
    let bytes = fs::read(path)
        .map_err(|e| refuse(format!("cannot read {} ({})", path.display(), e.kind())))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| refuse(format!("{} is not UTF-8 text", path.display())))?;
    let value = text.trim();
    if value.is_empty() {
        return Err(refuse(format!("{} is empty", path.display())));
    }
    Ok(value.to_string())
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
