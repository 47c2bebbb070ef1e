//! The Billon payout panel ("direct access"): create payouts, cancel them. Each customer has
//! its own backend address, so `billon.url` is required; the stored secret is the panel's
//! authentication password, traded for a 24-hour token that affpay caches beside it.

mod client;
mod commands;
mod sandbox;

use crate::context::Context;
use crate::providers::{self, Provider};
use crate::sandbox::Routes;
use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

pub struct Billon;

impl Provider for Billon {
    fn name(&self) -> &'static str {
        "billon"
    }

    fn command(&self) -> clap::Command {
        providers::command_of::<commands::Verb>(
            "billon",
            "Billon payout panel: create payouts singly or from a CSV, cancel them",
        )
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn default_url(&self) -> Option<&'static str> {
        None
    }

    fn sandbox_args(&self) -> Vec<clap::Arg> {
        sandbox::args()
    }

    fn sandbox_routes(&self, options: &ArgMatches, seed: u64) -> Box<dyn Routes> {
        Box::new(sandbox::Simulator::from_options(options, seed))
    }
}
