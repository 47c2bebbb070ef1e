//! Travelpayouts: the publisher's balance, the actions behind it and the payouts made, read
//! through the finance v2 API. Travelpayouts pays publishers itself, so affpay only reads
//! here; there is nothing to settle, adjust or cancel.

mod args;
mod client;
mod commands;
mod identity;
mod overview;
mod reads;
mod sandbox;
mod wire;

use crate::context::Context;
use crate::providers::command::{self, Provider};
use crate::providers::identity::Identity;
use crate::sandbox::Routes;
use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

pub use identity::Travelpayouts;

impl Provider for Travelpayouts {
    fn command(&self) -> clap::Command {
        command::command_of::<commands::Verb>(
            self.name(),
            "Travelpayouts: balance, actions and payouts (finance v2 API)",
        )
        .visible_alias("tp")
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn check(&self, ctx: &Context) -> Result<()> {
        client::Client::new(ctx, self)?.check()
    }

    fn capabilities(&self) -> &'static [command::Capability] {
        use command::Capability as C;
        const CAPABILITIES: &[C] = &[
            C::command("balance", "travelpayouts balance"),
            C::command("actions", "travelpayouts actions"),
            C::command("payouts", "travelpayouts payouts"),
            C::absent(
                "settle",
                "the publisher API is read-only: Travelpayouts pays publishers itself",
            ),
            C::absent("adjust", "the publisher API is read-only"),
            C::absent("cancel", "the publisher API is read-only"),
        ];
        CAPABILITIES
    }

    fn balances(&self, ctx: &Context) -> Option<Result<Vec<crate::overview::BalanceRow>>> {
        Some(overview::balances(ctx))
    }

    fn payouts_since(
        &self,
        ctx: &Context,
        since: chrono::NaiveDate,
    ) -> Option<Result<Vec<crate::overview::PayoutRow>>> {
        Some(overview::payouts(ctx, since))
    }

    fn replay(&self, _: &Context, replay: &crate::planfile::Replay) -> Result<()> {
        // Travelpayouts' API moves no money, so no command of it plans any.
        Err(replay.unknown_operation())
    }

    fn sandbox_args(&self) -> Vec<clap::Arg> {
        sandbox::args()
    }

    fn sandbox_routes(&self, options: &crate::sandbox::Options, seed: u64) -> Box<dyn Routes> {
        sandbox::mount(options, seed)
    }
}
