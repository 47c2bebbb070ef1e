//! Where each setting's value comes from, in one order for all of them: a flag, then the
//! environment, then config.toml, then the built-in default.
//!
//! A cron job sets environment variables, a person sets the file, a one-off run passes a flag;
//! `affpay config list` shows which of them won, so nobody has to guess why a run went where
//! it went. Provider settings are `AFFPAY_<PROVIDER>_<KEY>` in the environment and
//! `[<profile>.<provider>] key` in the file; a few global options (see [`FILE_DEFAULTS`]) may
//! have a per-profile default in the file too (`[<profile>] output = "json"`).

use crate::config::Config;
use crate::credentials::env_name;
use clap::ArgMatches;
use clap::parser::ValueSource;

/// Where a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env,
    File,
    Default,
}

impl Origin {
    pub fn name(self) -> &'static str {
        match self {
            Origin::Flag => "flag",
            Origin::Env => "env",
            Origin::File => "file",
            Origin::Default => "default",
        }
    }
}

/// Global options whose default a profile may set in config.toml. Each is also its clap
/// argument id and its `affpay config set` key.
pub const FILE_DEFAULTS: &[&str] = &["output", "timeout", "max_body_mb", "max_rate_wait"];

/// An environment variable's value; empty counts as unset, as everywhere in affpay.
pub fn env_value(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A provider setting of a profile and where it came from: `AFFPAY_<PROVIDER>_<KEY>`, else
/// the profile's `<provider>.<key>`.
pub fn provider_value(
    config: &Config,
    profile: &str,
    provider: &str,
    key: &str,
) -> Option<(String, Origin)> {
    if let Some(value) = env_value(&env_name(provider, &key.to_ascii_uppercase())) {
        return Some((value, Origin::Env));
    }
    config
        .get(profile, provider, key)
        .map(|value| (value, Origin::File))
}

/// Where a global option's value came from; `File` when clap fell back to its default and the
/// profile's file has one.
pub fn global_origin(matches: &ArgMatches, config: &Config, profile: &str, id: &str) -> Origin {
    match matches.value_source(id) {
        Some(ValueSource::CommandLine) => Origin::Flag,
        Some(ValueSource::EnvVariable) => Origin::Env,
        _ if FILE_DEFAULTS.contains(&id) && config.get_global(profile, id).is_some() => {
            Origin::File
        }
        _ => Origin::Default,
    }
}
