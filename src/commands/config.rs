//! `affpay config`: the only command that writes config.toml.

use crate::base_url::{needs_plain_http, parse_base_url_with};
use crate::cli::ConfigCommand;
use crate::config::{Config, config_dir};
use crate::context::Global;
use crate::error::{Kind, fail, usage};
use crate::output::{Cell, ListWriter};
use crate::providers::{self, Provider};
use crate::record::{self, Column};
use crate::settings::{self, Origin};
use anyhow::Result;
use clap::ArgMatches;

/// The columns of `config list`, each read from a [`Setting`].
const LIST_COLUMNS: &[Column<Setting>] = &[
    Column::new("key", |s| Cell::text(&s.key)),
    Column::new("value", |s| Cell::opt_text(s.value.as_deref())),
    Column::new("source", |s| {
        Cell::opt_text(s.value.as_ref().map(|_| s.origin.name()))
    }),
    Column::new("env", |s| Cell::text(&s.env)),
    Column::new("description", |s| Cell::text(&s.help)),
];
const URL_HELP: &str = "base URL: scheme, host and optional port";
const JOURNAL_URL: &str = "journal.url";

/// A key of `affpay config`: a global option's default (`timeout`) or a provider setting
/// (`trackdesk.tenant`).
enum Key<'a> {
    Global(&'static str),
    Provider(&'static dyn Provider, &'a str),
}

impl Key<'_> {
    /// The key as `config list` spells it (`tp.currency` is `travelpayouts.currency`).
    fn name(&self) -> String {
        match self {
            Key::Global(id) => id.to_string(),
            Key::Provider(provider, key) => format!("{}.{key}", provider.name()),
        }
    }
}

pub fn run(command: ConfigCommand, global: &Global, matches: &ArgMatches) -> Result<()> {
    let mut config = Config::load(&config_dir()?)?;
    let profile = global.profile.as_str();
    if let Some(result) = apply_setting(&command, &mut config, profile) {
        return result;
    }
    match command {
        ConfigCommand::Set { key, value } if key == JOURNAL_URL => {
            check_journal_url(&value)?;
            config.set(profile, "journal", "url", &value);
            config.save()?;
            crate::notice!("affpay: set {JOURNAL_URL} for profile {profile}");
        }
        ConfigCommand::Get { key } if key == JOURNAL_URL => {
            let value = config.get(profile, "journal", "url").ok_or_else(|| {
                fail(
                    Kind::MissingCredential,
                    format!("{JOURNAL_URL} is not set for profile {profile}"),
                )
            })?;
            println!("{}", crate::journal::Location::shown(&value));
        }
        ConfigCommand::Unset { key } if key == JOURNAL_URL => {
            if config.unset(profile, Some("journal"), "url") {
                config.save()?;
            }
        }
        ConfigCommand::Set { key, value } => {
            let key = parse_key(&key)?;
            match key {
                Key::Global(id) => {
                    crate::global_options::parse_global(id, &value)
                        .map_err(|why| usage(format!("{id}: {why}")))?;
                    config.set_global(profile, id, &value);
                }
                Key::Provider(provider, name) => {
                    check_value(provider, name, &value, &|key| {
                        settings::provider_value(&config, profile, provider.name(), key)
                            .map(|(value, _)| value)
                    })?;
                    config.set(profile, provider.name(), name, &value);
                }
            }
            config.save()?;
            crate::notice!("affpay: set {} for profile {profile}", key.name());
        }
        ConfigCommand::Get { key } => {
            let key = parse_key(&key)?;
            let value = match key {
                Key::Global(id) => config.get_global(profile, id),
                Key::Provider(provider, name) => config.get(profile, provider.name(), name),
            };
            let value = value.ok_or_else(|| {
                fail(
                    Kind::MissingCredential,
                    format!("{} is not set for profile {profile}", key.name()),
                )
            })?;
            println!("{value}");
        }
        ConfigCommand::Unset { key } => {
            let removed = match parse_key(&key)? {
                Key::Global(id) => config.unset(profile, None, id),
                Key::Provider(provider, name) => config.unset(profile, Some(provider.name()), name),
            };
            if removed {
                config.save()?;
            }
        }
        ConfigCommand::List => list(&config, global, matches)?,
        ConfigCommand::Path => println!("{}", config.path().display()),
    }
    Ok(())
}

/// `set`, `get` and `unset` of `apply.KEY`, what `affpay apply` requires of the profile's
/// plans (see `commands::apply::SETTINGS`); `None` for any other key or command.
fn apply_setting(
    command: &ConfigCommand,
    config: &mut Config,
    profile: &str,
) -> Option<Result<()>> {
    let key = match command {
        ConfigCommand::Set { key, .. }
        | ConfigCommand::Get { key }
        | ConfigCommand::Unset { key } => key,
        _ => return None,
    };
    let name = key.strip_prefix("apply.")?;
    Some(change_apply_setting(command, config, profile, key, name))
}

fn change_apply_setting(
    command: &ConfigCommand,
    config: &mut Config,
    profile: &str,
    key: &str,
    name: &str,
) -> Result<()> {
    let settings = super::apply::SETTINGS;
    let setting = settings.iter().find(|s| s.key == name).ok_or_else(|| {
        let valid: Vec<String> = settings
            .iter()
            .map(|s| format!("apply.{}", s.key))
            .collect();
        usage(format!(
            "unknown setting '{key}'; valid settings: {}",
            valid.join(", ")
        ))
    })?;
    match command {
        ConfigCommand::Set { value, .. } => {
            (setting.check)(value).map_err(|why| usage(format!("{key}: {why}")))?;
            config.set(profile, "apply", name, value);
            config.save()?;
            crate::notice!("affpay: set {key} for profile {profile}");
        }
        ConfigCommand::Get { .. } => {
            let value = config.get(profile, "apply", name).ok_or_else(|| {
                fail(
                    Kind::MissingCredential,
                    format!("{key} is not set for profile {profile}"),
                )
            })?;
            println!("{value}");
        }
        _ => {
            if config.unset(profile, Some("apply"), name) {
                config.save()?;
            }
        }
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

/// `provider.key` with the provider known and the key one it accepts, or a global option
/// that may have a default in the file.
fn parse_key(key: &str) -> Result<Key<'_>> {
    let Some((provider, name)) = key.split_once('.') else {
        return settings::FILE_DEFAULTS
            .iter()
            .find(|id| **id == key)
            .map(|id| Key::Global(id))
            .ok_or_else(|| {
                usage(format!(
                    "'{key}' is not PROVIDER.KEY, like travelpayouts.currency, nor one of {}",
                    settings::FILE_DEFAULTS.join(", ")
                ))
            });
    };
    let provider = providers::by_name_or_alias(provider)?;
    let known = std::iter::once("url").chain(providers::all_settings(provider).map(|s| s.key));
    if !known.clone().any(|k| k == name) {
        let valid: Vec<_> = known.map(|k| format!("{}.{k}", provider.name())).collect();
        return Err(usage(format!(
            "unknown setting '{key}'; valid settings: {}",
            valid.join(", ")
        )));
    }
    Ok(Key::Provider(provider, name))
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

/// Every setting: its value, where the value came from (flag, env, file, default), the
/// environment variable that sets it, and what it is.
fn list(config: &Config, global: &Global, matches: &ArgMatches) -> Result<()> {
    let selection = record::selection(LIST_COLUMNS, global.fields.as_deref())?;
    let mut writer =
        ListWriter::new(global.output, selection, std::io::stdout().lock()).excel(global.excel);
    let profile = global.profile.as_str();
    for (id, env) in crate::global_options::global_settings() {
        let origin = settings::global_origin(matches, config, profile, &id);
        let value = match origin {
            Origin::File => config.get_global(profile, &id),
            _ => matches
                .get_raw(&id)
                .and_then(|mut raw| raw.next())
                .map(|v| v.to_string_lossy().to_string()),
        };
        let arg = crate::global_options::global_arg(&id).expect("listed from the same command");
        let mut help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        if !settings::FILE_DEFAULTS.contains(&id.as_str()) {
            help.push_str(" (not in the file)");
        }
        let setting = Setting {
            key: id,
            value,
            origin,
            env,
            help,
        };
        writer.row(record::cells(LIST_COLUMNS, &setting))?;
    }
    for provider in providers::ALL {
        let keys = std::iter::once(("url", URL_HELP))
            .chain(providers::all_settings(*provider).map(|s| (s.key, s.help)));
        for (key, help) in keys {
            let help = match key {
                "rpm" => with_default_rpm(*provider, help),
                _ => help.to_string(),
            };
            let env = crate::credentials::env_name(provider.name(), &key.to_ascii_uppercase());
            let (value, origin) =
                match settings::provider_value(config, profile, provider.name(), key) {
                    Some((value, origin)) => (Some(value), origin),
                    None => (
                        provider_default(*provider, config, profile, key),
                        Origin::Default,
                    ),
                };
            let key = format!("{}.{key}", provider.name());
            let setting = Setting {
                key,
                value,
                origin,
                env,
                help,
            };
            writer.row(record::cells(LIST_COLUMNS, &setting))?;
        }
    }
    writer.row(record::cells(
        LIST_COLUMNS,
        &journal_setting(config, profile),
    ))?;
    writer.finish(&[])
}

/// One setting as `config list` shows it: `source` is where `value` came from, when it has one.
struct Setting {
    key: String,
    value: Option<String>,
    origin: Origin,
    env: String,
    help: String,
}

/// `journal.url`: from AFFPAY_JOURNAL_URL, the profile, the top-level `[journal]` table, or
/// the data directory's SQLite file (without a password: values are shown).
fn journal_setting(config: &Config, profile: &str) -> Setting {
    const ENV: &str = "AFFPAY_JOURNAL_URL";
    let (value, origin) = match std::env::var(ENV).ok().filter(|v| !v.is_empty()) {
        Some(url) => (Some(url), Origin::Env),
        None => match config.journal_url(profile) {
            Some((url, _)) => (Some(url), Origin::File),
            None => (
                Some("sqlite:///<data dir>/journal.sqlite3".to_string()),
                Origin::Default,
            ),
        },
    };
    let shown = value.map(
        |url| match crate::journal::Location::parse(&url, JOURNAL_URL) {
            Ok(location) => location.to_string(),
            Err(_) => crate::journal::Location::shown(&url),
        },
    );
    let help = "where the journal and run lock are: sqlite:///PATH or \
                postgres://USER@HOST:5432/DB?sslmode=verify-full";
    Setting {
        key: JOURNAL_URL.into(),
        value: shown,
        origin,
        env: ENV.into(),
        help: help.into(),
    }
}

/// What a provider uses when a setting is not set: its address and its pace.
fn provider_default(
    provider: &dyn Provider,
    config: &Config,
    profile: &str,
    key: &str,
) -> Option<String> {
    let setting = |key: &str| {
        settings::provider_value(config, profile, provider.name(), key).map(|(value, _)| value)
    };
    match key {
        "url" => provider.address(&setting).ok(),
        "rpm" => provider
            .default_rpm(&setting)
            .ok()
            .flatten()
            .map(|rpm| rpm.to_string()),
        _ => None,
    }
}

/// The `rpm` help with the provider's own default: the vendor's published limit, or none.
fn with_default_rpm(provider: &dyn Provider, help: &str) -> String {
    match provider.default_rpm(&|_| None) {
        Ok(Some(rpm)) => format!("{help}; default {rpm}, the vendor's published limit"),
        _ => format!("{help}; default: not paced (the vendor publishes no limit)"),
    }
}
