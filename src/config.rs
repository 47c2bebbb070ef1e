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
use toml_edit::{DocumentMut, Item, Table, TableLike};

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

/// The settings file, loaded once per invocation. It is kept as a `toml_edit` document so
/// that `affpay config set` changes one value and leaves the user's comments, spacing and key
/// order as they were.
#[derive(Debug, Default)]
pub struct Config {
    path: PathBuf,
    doc: DocumentMut,
}

impl Config {
    pub fn load(dir: &Path) -> Result<Config> {
        let path = dir.join("config.toml");
        let doc = match fs::read_to_string(&path) {
            Ok(text) => text
                .parse::<DocumentMut>()
                .with_context(|| format!("{} is not valid TOML", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => DocumentMut::new(),
            Err(e) => return Err(e).context(format!("cannot read {}", path.display())),
        };
        Ok(Config { path, doc })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A provider setting of a profile; hand-edited numbers and booleans come back as text.
    pub fn get(&self, profile: &str, provider: &str, key: &str) -> Option<String> {
        text_of(self.provider_table(profile, provider)?.get(key)?)
    }

    /// A profile-wide default of a global option (`[default] output = "json"`).
    pub fn get_global(&self, profile: &str, key: &str) -> Option<String> {
        text_of(self.doc.get(profile)?.as_table_like()?.get(key)?)
    }

    pub fn set(&mut self, profile: &str, provider: &str, key: &str, value: &str) {
        let profile_table = table_entry(self.doc.as_table_mut(), profile, true);
        let provider_table = table_entry(profile_table, provider, false);
        replace_value(provider_table, key, toml_edit::Value::from(value));
    }

    /// Sets a profile-wide default of a global option; whole numbers are stored as numbers.
    pub fn set_global(&mut self, profile: &str, key: &str, value: &str) {
        let profile_table = table_entry(self.doc.as_table_mut(), profile, true);
        let value = match value.parse::<i64>() {
            Ok(n) => toml_edit::Value::from(n),
            Err(_) => toml_edit::Value::from(value),
        };
        replace_value(profile_table, key, value);
    }

    /// Removes a setting (`provider` None: a global option's default); true when there was one.
    pub fn unset(&mut self, profile: &str, provider: Option<&str>, key: &str) -> bool {
        let Some(mut table) = self.doc.get_mut(profile).and_then(Item::as_table_like_mut) else {
            return false;
        };
        if let Some(provider) = provider {
            match table.get_mut(provider).and_then(Item::as_table_like_mut) {
                Some(inner) => table = inner,
                None => return false,
            }
        }
        table.remove(key).is_some()
    }

    /// Every `provider.key = value` of a profile, in file order.
    pub fn entries(&self, profile: &str) -> Vec<(String, String)> {
        let Some(profile_table) = self.doc.get(profile).and_then(Item::as_table_like) else {
            return Vec::new();
        };
        let mut entries = Vec::new();
        for (provider, settings) in profile_table.iter() {
            let Some(settings) = settings.as_table_like() else {
                continue;
            };
            for (key, item) in settings.iter() {
                if let Some(value) = text_of(item) {
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
        let url = text_of(self.doc.get("journal")?.as_table_like()?.get("url")?)?;
        Some((url, "journal.url".to_string()))
    }

    /// The profiles that have settings (the top-level `[journal]` table is not one).
    pub fn profiles(&self) -> Vec<String> {
        self.doc
            .iter()
            .filter(|(k, v)| v.is_table_like() && !is_shared_journal(k, v))
            .map(|(k, _)| k.to_string())
            .collect()
    }

    pub fn save(&self) -> Result<()> {
        // 0600 like every file affpay writes: see `files`.
        crate::files::write_private(&self.path, self.doc.to_string().as_bytes())
    }

    fn provider_table(&self, profile: &str, provider: &str) -> Option<&dyn TableLike> {
        self.doc
            .get(profile)?
            .as_table_like()?
            .get(provider)?
            .as_table_like()
    }
}

/// A value as text: strings unquoted, anything else as written (without its comments).
fn text_of(item: &Item) -> Option<String> {
    let value = item.as_value()?;
    Some(match value.as_str() {
        Some(s) => s.to_string(),
        None => value.clone().decorated("", "").to_string(),
    })
}

/// Puts `value` at `key`. An existing entry is changed in place, so the comments above and
/// beside it stay where they were.
fn replace_value(table: &mut dyn TableLike, key: &str, mut value: toml_edit::Value) {
    match table.get_mut(key) {
        Some(item) => {
            if let Some(old) = item.as_value() {
                *value.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(value);
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// The table at `key`, made when missing (implicit: a `[profile]` header only once it holds
/// values of its own) or when a hand edit left something else there.
/// The top-level `[journal] url = "…"` every profile shares, which is not a profile.
fn is_shared_journal(name: &str, item: &Item) -> bool {
    name == "journal"
        && item
            .as_table_like()
            .and_then(|t| t.get("url"))
            .is_some_and(|url| url.as_str().is_some())
}

fn table_entry<'a>(
    table: &'a mut dyn TableLike,
    key: &str,
    implicit: bool,
) -> &'a mut dyn TableLike {
    if !table.get(key).is_some_and(Item::is_table_like) {
        let mut new = Table::new();
        new.set_implicit(implicit);
        table.insert(key, Item::Table(new));
    }
    table
        .get_mut(key)
        .and_then(Item::as_table_like_mut)
        .expect("just made a table")
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
