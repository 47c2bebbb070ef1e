//! The Billon payout panel ("direct access"): create payouts, cancel them. Each customer has
//! its own backend address, so `billon.url` is required; the stored secret is the panel's
//! authentication password, traded for a 24-hour token that affpay caches beside it.
//!
//! The panel's documented backend address is plain `http://host:5006`. affpay refuses plain
//! http beyond loopback, so a profile may opt in with `billon.allow_http = true` (or
//! `AFFPAY_BILLON_ALLOW_HTTP=true`): never by itself, only for Billon, and with a warning on
//! every run, because the password and the token then cross the network unencrypted.

mod args;
mod changes;
mod client;
mod commands;
mod from_csv;
mod identity;
mod payout;
mod reads;
mod sandbox;

use crate::context::Context;
use crate::providers::command::{self, Provider};
use crate::providers::identity::Identity;
use crate::sandbox::Routes;
use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

pub use identity::Billon;

impl Provider for Billon {
    fn command(&self) -> clap::Command {
        command::command_of::<commands::Verb>(
            self.name(),
            "Billon payout panel: create payouts singly or from a CSV, cancel them",
        )
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn check(&self, ctx: &Context) -> Result<()> {
        client::check(ctx, &Billon)
    }

    fn capabilities(&self) -> &'static [command::Capability] {
        use command::Capability as C;
        const CAPABILITIES: &[C] = &[
            C::absent("balance", "the panel's API has no balance endpoint"),
            C::absent("actions", "a payout panel: it has no commissions"),
            C::noted(
                "payouts",
                "billon payouts",
                "the panel's API has no list endpoint: affpay lists its own journal",
            ),
            C::noted("settle", "billon settle", "creates payouts"),
            C::absent(
                "adjust",
                "the panel's API cannot change a payout: cancel it and create another",
            ),
            C::command("cancel", "billon cancel"),
        ];
        CAPABILITIES
    }

    fn balances(&self, _ctx: &Context) -> Option<Result<Vec<crate::overview::BalanceRow>>> {
        None
    }

    fn payouts_since(
        &self,
        ctx: &Context,
        since: chrono::NaiveDate,
    ) -> Option<Result<Vec<crate::overview::PayoutRow>>> {
        Some(crate::overview::journal_payouts(ctx, self.name(), since))
    }

    fn replay(&self, ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
        commands::replay(ctx, replay)
    }

    fn sandbox_args(&self) -> Vec<clap::Arg> {
        sandbox::args()
    }

    fn sandbox_routes(&self, options: &crate::sandbox::Options, seed: u64) -> Box<dyn Routes> {
        sandbox::mount(options, seed)
    }
}
