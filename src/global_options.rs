//! The global options as settings: a profile's defaults for them from config.toml, and their
//! values checked exactly as their flags check them.
//!
//! This sits above the clap types in `cli` (it reads the global options' definitions from
//! there) and below `lib.rs`, which applies the file's defaults before it builds the context.

use crate::cli::Cli;
use crate::config::Config;
use crate::context::Global;
use crate::settings::{FILE_DEFAULTS, Origin, global_origin};
use anyhow::Result;
use clap::{ArgMatches, CommandFactory};

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
    Cli::command()
        .get_arguments()
        .find(|a| a.get_id() == id)
        .cloned()
}

/// The global options that are settings: those with an environment variable, in `--help`
/// order, as (clap id, variable).
pub fn global_settings() -> Vec<(String, String)> {
    Cli::command()
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
