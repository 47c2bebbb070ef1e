//! affpay: one command-line tool for the money side of affiliate programs.
//!
//! The binary (`main.rs`) parses the command line and maps errors to exit codes; this library
//! holds everything else, so integration tests can start the simulator in-process.

pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod credentials;
pub mod csv_input;
pub mod dates;
pub mod error;
pub mod files;
pub mod generate;
pub mod http;
pub mod journal;
pub mod keyring;
pub mod lock;
pub mod money;
pub mod notice;
pub mod output;
pub mod overview;
pub mod pager;
pub mod paging;
pub mod plan;
pub mod providers;
pub mod sandbox;
pub mod secret;
pub mod settings;

use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

/// Runs the command the parsed arguments name.
pub fn run(matches: &ArgMatches) -> Result<()> {
    let mut global = cli::Global::from_arg_matches(matches)?;
    notice::set_quiet(global.quiet);
    // A file that cannot be read is reported by the commands that read it, not by `version`.
    let config = config::config_dir().and_then(|dir| config::Config::load(&dir));
    if let Ok(config) = config {
        settings::apply_file_defaults(&mut global, matches, &config)?;
    }
    if global.excel && global.output != output::Format::Csv {
        return Err(error::usage(
            "--excel is for -o csv (a spreadsheet's CSV); drop it or add -o csv",
        ));
    }
    if let Some((name, sub)) = matches.subcommand()
        && let Some(provider) = providers::find(name)
    {
        let ctx = context::Context::new(global)?;
        return provider.run(&ctx, sub);
    }
    let parsed = cli::Cli::from_arg_matches(matches)?;
    commands::run(parsed.command, global, matches)
}
