//! `affpay config`: the only command that writes config.toml.

use crate::cli::{ConfigCommand, Global};
use crate::config::{Config, config_dir};
use crate::context::{needs_plain_http, parse_base_url_with};
use crate::error::{Kind, fail, usage};
use crate::output::{Cell, ListWriter, Selection};
use crate::providers::{self, Provider};
use anyhow::Result;

const LIST_COLUMNS: &[&str] = &["key", "value", "description"];
const URL_HELP: &str = "base URL: scheme, host and optional port";
const JOURNAL_URL: &str = "journal.url";

pub fn run(command: ConfigCommand, global: &Global) -> Result<()> {
    let mut config = Config::load(&config_dir()?)?;
    let profile = global.profile.as_str();
    match command {
        ConfigCommand::Set { key, value } if key == JOURNAL_URL => {
            check_journal_url(&value)?;
            config.set(profile, "journal", "url", &value);
            config.save()?;
            eprintln!("affpay: set {JOURNAL_URL} for profile {profile}");
        }
        ConfigCommand::Get { key } if key == JOURNAL_URL => {
            let value = config.get(profile, "journal", "url").ok_or_else(|| {
                fail(
                    Kind::MissingCredential,
                    format!("{JOURNAL_URL} is not set for profile {profile}"),
                )
            })?;
            println!("{value}");
        }
        ConfigCommand::Unset { key } if key == JOURNAL_URL => {
            if config.unset(profile, "journal", "url") {
                config.save()?;
            }
        }
        ConfigCommand::Set { key, value } => {
            let (provider, name) = parse_key(&key)?;
            check_value(provider, name, &value, &|key| {
                let env = crate::credentials::env_name(provider.name(), &key.to_ascii_uppercase());
                std::env::var(env)
                    .ok()
                    .filter(|v| !v.is_empty())
                    .or_else(|| config.get(profile, provider.name(), key))
            })?;
            config.set(profile, provider.name(), name, &value);
            config.save()?;
            eprintln!(
                "affpay: set {}.{name} for profile {profile}",
                provider.name()
            );
        }
        ConfigCommand::Get { key } => {
            let (provider, name) = parse_key(&key)?;
            let value = config.get(profile, provider.name(), name).ok_or_else(|| {
                fail(
                    Kind::MissingCredential,
                    format!(
                        "{}.{name} is not set for profile {profile}",
                        provider.name()
                    ),
                )
            })?;
            println!("{value}");
        }
        ConfigCommand::Unset { key } => {
            let (provider, name) = parse_key(&key)?;
            if config.unset(profile, provider.name(), name) {
                config.save()?;
            }
        }
        ConfigCommand::List => list(&config, global)?,
        ConfigCommand::Path => println!("{}", config.path().display()),
    }
    Ok(())
}

/// A journal URL worth storing: one affpay can use, with no password (it came through the
/// command line; the password belongs in PGPASSWORD or ~/.pgpass).
fn check_journal_url(value: &str) -> Result<()> {
    if crate::journal::Location::carries_password(value) {
        return Err(usage(format!(
            "{JOURNAL_URL} must not carry a password (every user can read a command line): \
             use PGPASSWORD or ~/.pgpass"
        )));
    }
    crate::journal::Location::parse(value, JOURNAL_URL)
        .map(|_| ())
        .map_err(|e| usage(e.to_string()))
}

/// `provider.key`, with the provider known and the key one it accepts.
fn parse_key(key: &str) -> Result<(&'static dyn Provider, &str)> {
    let (provider, name) = key.split_once('.').ok_or_else(|| {
        usage(format!(
            "'{key}' is not PROVIDER.KEY, like travelpayouts.currency"
        ))
    })?;
    let provider = providers::by_name_or_alias(provider)?;
    let known = std::iter::once("url").chain(providers::all_settings(provider).map(|s| s.key));
    if !known.clone().any(|k| k == name) {
        let valid: Vec<_> = known.map(|k| format!("{}.{k}", provider.name())).collect();
        return Err(usage(format!(
            "unknown setting '{key}'; valid settings: {}",
            valid.join(", ")
        )));
    }
    Ok((provider, name))
}

/// Checks a value before it is stored. A plain-http URL to another host passes only when the
/// provider lets this profile opt in (`billon.allow_http`), as it would when used.
fn check_value(
    provider: &dyn Provider,
    key: &str,
    value: &str,
    setting: &dyn Fn(&str) -> Option<String>,
) -> Result<()> {
    if key == "url" {
        let origin = format!("{}.url", provider.name());
        let opted_in =
            needs_plain_http(value) && matches!(provider.plain_http(setting), Ok(Some(_)));
        return parse_base_url_with(value, &origin, opted_in).map(|_| ());
    }
    let setting = providers::all_settings(provider).find(|s| s.key == key);
    match setting.map(|s| (s.check)(value)) {
        Some(Err(why)) => Err(usage(format!("{}.{key}: {why}", provider.name()))),
        _ => Ok(()),
    }
}

/// Every key that can be set, with the profile's value where it has one.
fn list(config: &Config, global: &Global) -> Result<()> {
    let selection = Selection::new(LIST_COLUMNS, global.fields.as_deref())?;
    let mut writer =
        ListWriter::new(global.output, selection, std::io::stdout().lock()).excel(global.excel);
    for provider in providers::ALL {
        let keys = std::iter::once(("url", URL_HELP))
            .chain(providers::all_settings(*provider).map(|s| (s.key, s.help)));
        for (key, help) in keys {
            let help = match key {
                "rpm" => with_default_rpm(*provider, help),
                _ => help.to_string(),
            };
            writer.row(vec![
                Cell::text(format!("{}.{key}", provider.name())),
                Cell::opt_text(config.get(&global.profile, provider.name(), key)),
                Cell::text(help),
            ])?;
        }
    }
    writer.row(vec![
        Cell::text(JOURNAL_URL),
        Cell::opt_text(config.get(&global.profile, "journal", "url")),
        Cell::text("where the journal and run lock are: sqlite:///PATH or postgres://USER@HOST:5432/DB?sslmode=verify-full; AFFPAY_JOURNAL_URL wins"),
    ])?;
    writer.finish(&[])
}

/// The `rpm` help with the provider's own default: the vendor's published limit, or none.
fn with_default_rpm(provider: &dyn Provider, help: &str) -> String {
    let env = crate::credentials::env_name(provider.name(), "RPM");
    let help = help.replace("AFFPAY_<PROVIDER>_RPM", &env);
    match provider.default_rpm(&|_| None) {
        Ok(Some(rpm)) => format!("{help}; default {rpm}, the vendor's published limit"),
        _ => format!("{help}; default: not paced (the vendor publishes no limit)"),
    }
}
