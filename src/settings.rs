//! Where each setting's value comes from, in one order for all of them: a flag, then the
//! environment, then config.toml, then the built-in default.
//!
//! A cron job sets environment variables, a person sets the file, a one-off run passes a flag;
//! `affpay config list` shows which of them won, so nobody has to guess why a run went where
//! it went. Provider settings are `AFFPAY_<PROVIDER>_<KEY>` in the environment and
//! `[<profile>.<provider>] key` in the file; a few global options (see [`FILE_DEFAULTS`]) may
//! have a per-profile default in the file too (`[<profile>] output = "json"`).

use crate::cli::Global;
use crate::config::Config;
use crate::credentials::env_name;
use anyhow::Result;
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

/// Replaces the built-in defaults of [`FILE_DEFAULTS`] with the profile's values from the
/// file, where neither a flag nor the environment gave one. A bad value is a usage error
/// naming the file.
pub fn apply_file_defaults(
    global: &mut Global,
    matches: &ArgMatches,
    config: &Config,
) -> Result<()> {
    for &id in FILE_DEFAULTS {
        if global_origin(matches, config, &global.profile, id) != Origin::File {
            continue;
        }
        let text = config.get_global(&global.profile, id).unwrap_or_default();
        let parsed = parse_global(id, &text).map_err(|why| {
            crate::error::usage(format!(
                "{id} in {} (profile {}): {why}",
                config.path().display(),
                global.profile
            ))
        })?;
        match id {
            "output" => global.output = *one(&parsed, id),
            "timeout" => global.timeout = *one(&parsed, id),
            "max_body_mb" => global.max_body_mb = *one(&parsed, id),
            _ => global.max_rate_wait = *one(&parsed, id),
        }
    }
    Ok(())
}

fn one<'a, T: Clone + Send + Sync + 'static>(matches: &'a ArgMatches, id: &str) -> &'a T {
    matches
        .get_one::<T>(id)
        .expect("parse_global gives the value")
}

/// Parses a global option's value exactly as its flag would be parsed (same checks, same
/// messages): the error is clap's one line, without its `error:` prefix.
pub fn parse_global(id: &str, text: &str) -> Result<ArgMatches, String> {
    let arg = global_arg(id).ok_or_else(|| format!("'{id}' is not a global option"))?;
    let long = arg.get_long().unwrap_or(id).to_string();
    let command = clap::Command::new("affpay")
        .no_binary_name(true)
        .arg(arg.env(None).global(false));
    command
        .try_get_matches_from([format!("--{long}={text}")])
        .map_err(|e| {
            let text = e.to_string();
            let line = text.lines().next().unwrap_or_default();
            line.trim_start_matches("error: ").to_string()
        })
}

/// The global option with this clap id.
pub fn global_arg(id: &str) -> Option<clap::Arg> {
    use clap::CommandFactory;
    crate::cli::Cli::command()
        .get_arguments()
        .find(|a| a.get_id() == id)
        .cloned()
}

/// The global options that are settings: those with an environment variable, in `--help`
/// order, as (clap id, variable).
pub fn global_settings() -> Vec<(String, String)> {
    use clap::CommandFactory;
    crate::cli::Cli::command()
        .get_arguments()
        .filter_map(|a| {
            let env = a.get_env()?.to_string_lossy().to_string();
            Some((a.get_id().to_string(), env))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_values_are_checked_like_flags() {
        assert!(parse_global("timeout", "30").is_ok());
        let err = parse_global("timeout", "0").unwrap_err();
        assert!(err.contains("'0'") && !err.starts_with("error"), "{err}");
        assert!(parse_global("output", "yaml").unwrap_err().contains("yaml"));
        assert!(parse_global("nope", "1").is_err());
    }

    #[test]
    fn every_file_default_is_a_global_option_with_an_environment_variable() {
        let settings = global_settings();
        for id in FILE_DEFAULTS {
            assert!(settings.iter().any(|(s, _)| s == id), "{id}");
        }
    }
}
