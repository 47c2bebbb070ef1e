//! affpay: one command-line tool for the money side of affiliate programs.
//!
//! The binary (`main.rs`) parses the command line and maps errors to exit codes; this library
//! holds everything else, so integration tests can start the simulator in-process.
//!
//! The modules stand on floors, each importing only from the floors below it, the way a
//! command goes from raw arguments to resolved state to requests (`tests/cli/layers.rs`
//! refuses any two files that import each other):
//!
//! 1. Foundations: `error`, `money`, `secret`, `dates`, `files`, `notice`, `output`, `pager`,
//!    `paging`, `record` (a row type's columns), `listing` (the streaming list every list
//!    verb runs), `csv_input`, `config`, `credentials`, `keyring`, `settings`, `base_url`,
//!    `journal`, `lock`, `rate_waits`, `http`, and `sandbox`, the simulator's server.
//! 2. `providers::identity` and each provider's `identity.rs`: who a provider is and how it is
//!    reached (name, default address, settings, pace).
//! 3. `context`: one invocation's resolved options, settings and credentials, with no clap
//!    types; it knows providers by their identity only.
//! 4. The money path: `overview`, `plan`, `planfile`, `approval`, and `money_args`, the
//!    options every money-moving command shares.
//! 5. `providers::command` (the `Provider` trait); then each provider's folder (client, wire
//!    types, commands), whose `mod.rs` sits on top of it and implements the trait; then
//!    `providers` itself, the registry of them all.
//! 6. `cli`: clap types only, the command tree built from the registry; `global_options`.
//! 7. `commands` (affpay's own commands) and `generate`.
//! 8. This file: parse, resolve the global options into a [`context::Context`], hand the
//!    floors below what they reach but may not import (the simulator of every provider, the
//!    providers' balance reader), and dispatch.

pub mod approval;
pub mod base_url;
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
pub mod global_options;
pub mod http;
pub mod journal;
pub mod keyring;
pub mod listing;
pub mod lock;
pub mod money;
pub mod money_args;
pub mod notice;
pub mod output;
pub mod overview;
pub mod pager;
pub mod paging;
pub mod plan;
pub mod planfile;
pub mod providers;
pub mod rate_waits;
pub mod record;
pub mod sandbox;
pub mod secret;
pub mod settings;

use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

/// Runs the command the parsed arguments name.
pub fn run(matches: &ArgMatches) -> Result<()> {
    plug_in();
    let mut global = cli::GlobalArgs::from_arg_matches(matches)?.into_global();
    notice::set_quiet(global.quiet);
    // A file that cannot be read is reported by the commands that read it, not by `version`.
    let config = config::config_dir().and_then(|dir| config::Config::load(&dir));
    if let Ok(config) = config {
        global_options::apply_file_defaults(&mut global, matches, &config)?;
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

/// Hands the floors below what they reach but may not import: the simulator of every
/// provider to the context, and the providers' balance reader to plan files.
fn plug_in() {
    context::plug_simulator(commands::sandbox::start_recorded);
    planfile::plug_balances(providers::balances_paid_from);
}
