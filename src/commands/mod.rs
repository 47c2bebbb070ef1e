//! affpay's own commands: the cross-provider balance and payouts, credentials, settings, the provider
//! matrix, the simulator and shell completions.

pub mod apply;
pub mod auth;
pub mod balance;
pub mod config;
pub mod journal;
pub mod payouts;
pub mod plan;
pub mod providers;
pub mod sandbox;
pub mod status;
pub mod version;

use crate::cli::Builtin;
use crate::context::Global;
use anyhow::Result;
use clap::ArgMatches;
use std::io::Write;

pub fn run(command: Builtin, global: Global, matches: &ArgMatches) -> Result<()> {
    match command {
        Builtin::Auth(cmd) => auth::run(cmd, &global),
        Builtin::Balance(args) => balance::run(&args, &global),
        Builtin::Payouts(args) => payouts::run(&args, &global),
        Builtin::Status(args) => status::run(&args, &global),
        Builtin::Config(cmd) => config::run(cmd, &global, matches),
        Builtin::Journal(cmd) => {
            let named = matches
                .value_source("profile")
                .is_some_and(|source| source != clap::parser::ValueSource::DefaultValue);
            journal::run(cmd, &global, named)
        }
        Builtin::Providers => providers::run(&global),
        Builtin::Sandbox(cmd) => sandbox::run(cmd, matches),
        Builtin::Version => {
            print!("{}", version::text(global.verbose));
            Ok(())
        }
        Builtin::Plan(cmd) => plan::run(cmd, &global),
        Builtin::Apply(args) => apply::run(&args, &global),
        Builtin::Completions { shell } => {
            let mut out = std::io::stdout().lock();
            out.write_all(&crate::generate::completion(shell))?;
            Ok(out.flush()?)
        }
    }
}
