//! Affonso: an affiliate program's commissions and payouts. Affonso has no balance endpoint
//! (affpay derives one from the commissions) and no idempotency keys on its updates, so
//! settling, cancelling and adjusting go through affpay's journal.

mod args;
mod balance;
mod changes;
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

pub use identity::Affonso;

impl Provider for Affonso {
    fn command(&self) -> clap::Command {
        command::command_of::<commands::Verb>(
            self.name(),
            "Affonso: commissions, derived balances, payouts; settle, cancel, adjust",
        )
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn check(&self, ctx: &Context) -> Result<()> {
        let client = client::Client::new(ctx, self)?;
        let request = client.api.get("/v1/payouts", &[("limit", "1".to_string())]);
        client
            .checked::<serde_json::Value>(&client.api.send(&request)?)
            .map(|_| ())
    }

    fn capabilities(&self) -> &'static [command::Capability] {
        use command::Capability as C;
        const CAPABILITIES: &[C] = &[
            C::noted(
                "balance",
                "affonso balance",
                "computed from the commissions: Affonso has no balance endpoint",
            ),
            C::noted("actions", "affonso actions", "commissions"),
            C::command("payouts", "affonso payouts"),
            C::noted(
                "settle",
                "affonso settle",
                "marks existing payouts completed or processing",
            ),
            C::noted(
                "adjust",
                "affonso adjust",
                "changes a commission's amount, status or hold period",
            ),
            C::noted("cancel", "affonso cancel", "cancels payouts"),
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
