//! Where affpay keeps its settings, and how they are read and written.
//!
//! `config.toml` holds one table per profile and, inside it, one table per provider:
//! `[default.travelpayouts] currency = "eur"`. This module stores plain strings and knows no
//! provider: which keys a provider accepts is the provider's business. Only `affpay config`
//! writes the file, and it writes atomically so a crash or a concurrent reader never sees half
//! a file (see rclone#2060 for what happens otherwise).

use anyhow::{Context, Result};
use std::fs;
use std::path::{Path, PathBuf};

/// `$AFFPAY_CONFIG_DIR`, else `$XDG_CONFIG_HOME/affpay`, else `~/.config/affpay`.
pub fn config_dir() -> Result<PathBuf> {
    dir_from_env("AFFPAY_CONFIG_DIR", "XDG_CONFIG_HOME", ".config")
}

/// `$AFFPAY_DATA_DIR`, else `$XDG_DATA_HOME/affpay`, else `~/.local/share/affpay`.
pub fn data_dir() -> Result<PathBuf> {
    dir_from_env("AFFPAY_DATA_DIR", "XDG_DATA_HOME", ".local/share")
}

fn dir_from_env(own: &str, xdg: &str, home_relative: &str) -> Result<PathBuf> {
    let non_empty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = non_empty(own) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = non_empty(xdg) {
        return Ok(PathBuf::from(dir).join("affpay"));
    }
    let home =
        non_empty("HOME").context(format!("cannot find a home directory: set {own} or {xdg}"))?;
    Ok(PathBuf::from(home).join(home_relative).join("affpay"))
}

/// The settings file, loaded once per invocation.
#[derive(Debug, Default)]
pub struct Config {
    path: PathBuf,
    table: toml::Table,
}

impl Config {
    pub fn load(dir: &Path) -> Result<Config> {
        let path = dir.join("config.toml");
        let table = match fs::read_to_string(&path) {
            Ok(text) => text
                .parse::<toml::Table>()
                .with_context(|| format!("{} is not valid TOML", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => toml::Table::new(),
            Err(e) => return Err(e).context(format!("cannot read {}", path.display())),
        };
        Ok(Config { path, table })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A provider setting of a profile; hand-edited numbers and booleans come back as text.
    pub fn get(&self, profile: &str, provider: &str, key: &str) -> Option<String> {
        let value = self.provider_table(profile, provider)?.get(key)?;
        Some(match value {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }

    pub fn set(&mut self, profile: &str, provider: &str, key: &str, value: &str) {
        let profile_table = table_entry(&mut self.table, profile);
        let provider_table = table_entry(profile_table, provider);
        provider_table.insert(key.to_string(), toml::Value::String(value.to_string()));
    }

    /// Removes a setting; true when there was one.
    pub fn unset(&mut self, profile: &str, provider: &str, key: &str) -> bool {
        self.table
            .get_mut(profile)
            .and_then(toml::Value::as_table_mut)
            .and_then(|p| p.get_mut(provider))
            .and_then(toml::Value::as_table_mut)
            .is_some_and(|t| t.remove(key).is_some())
    }

    /// Every `provider.key = value` of a profile, in file order.
    pub fn entries(&self, profile: &str) -> Vec<(String, String)> {
        let Some(profile_table) = self.table.get(profile).and_then(toml::Value::as_table) else {
            return Vec::new();
        };
        let mut entries = Vec::new();
        for (provider, settings) in profile_table {
            for key in settings.as_table().into_iter().flat_map(|t| t.keys()) {
                if let Some(value) = self.get(profile, provider, key) {
                    entries.push((format!("{provider}.{key}"), value));
                }
            }
        }
        entries
    }

    /// The journal's URL: the profile's `[PROFILE.journal] url`, else the top-level
    /// `[journal] url` every profile shares; with the key's name in the file, for messages.
    pub fn journal_url(&self, profile: &str) -> Option<(String, String)> {
        if let Some(url) = self.get(profile, "journal", "url") {
            return Some((url, format!("{profile}.journal.url")));
        }
        let url = self
            .table
            .get("journal")?
            .as_table()?
            .get("url")?
            .as_str()?;
        Some((url.to_string(), "journal.url".to_string()))
    }

    /// The profiles that have settings (the top-level `[journal]` table is not one).
    pub fn profiles(&self) -> Vec<String> {
        self.table
            .iter()
            .filter(|(k, v)| {
                v.is_table() && !(*k == "journal" && v.get("url").is_some_and(toml::Value::is_str))
            })
            .map(|(k, _)| k.clone())
            .collect()
    }

    pub fn save(&self) -> Result<()> {
        let text = toml::to_string_pretty(&self.table).context("cannot encode the config")?;
        // 0600 like every file affpay writes: see `files`.
        crate::files::write_private(&self.path, text.as_bytes())
    }

    fn provider_table(&self, profile: &str, provider: &str) -> Option<&toml::Table> {
        self.table
            .get(profile)?
            .as_table()?
            .get(provider)?
            .as_table()
    }
}

fn table_entry<'a>(table: &'a mut toml::Table, key: &str) -> &'a mut toml::Table {
    let value = table
        .entry(key.to_string())
        .or_insert_with(|| toml::Value::Table(toml::Table::new()));
    if !value.is_table() {
        *value = toml::Value::Table(toml::Table::new());
    }
    value.as_table_mut().expect("just made a table")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::load(dir.path()).unwrap();
        config.set("default", "travelpayouts", "currency", "eur");
        config.set("work", "travelpayouts", "url", "http://127.0.0.1:9");
        config.save().unwrap();

        let config = Config::load(dir.path()).unwrap();
        assert_eq!(
            config
                .get("default", "travelpayouts", "currency")
                .as_deref(),
            Some("eur")
        );
        assert_eq!(config.get("default", "travelpayouts", "url"), None);
        assert_eq!(
            config.entries("work"),
            vec![(
                "travelpayouts.url".to_string(),
                "http://127.0.0.1:9".to_string()
            )]
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file is left behind");
    }
}
