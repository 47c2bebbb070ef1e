//! Smartico's affiliate platform (TAP), operator API: affiliates' balances, commission
//! reports, payments and balance adjustments. TAP has no idempotency keys and no list of
//! payments, so every payment goes through affpay's journal; the operator's host varies
//! (`boapi3…`, white-label hosts), so `smartico.url` per profile matters.

mod args;
mod changes;
mod client;
mod commands;
mod identity;
mod overview;
mod payment;
mod reads;
mod reports;
mod sandbox;
mod sandbox_affiliates;
mod sandbox_reports;
mod wire;

use crate::context::Context;
use crate::providers::command::{self, Provider};
use crate::providers::identity::Identity;
use crate::sandbox::Routes;
use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

pub use identity::Smartico;

impl Provider for Smartico {
    fn command(&self) -> clap::Command {
        command::command_of::<commands::Verb>(
            self.name(),
            "Smartico TAP: affiliates' balances, commissions, payments and adjustments (operator API)",
        )
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn check(&self, ctx: &Context) -> Result<()> {
        let filter = client::BalanceFilter::default();
        client::Client::new(ctx, self)?
            .balances(&filter, 0, 1)
            .map(|_| ())
    }

    fn capabilities(&self) -> &'static [command::Capability] {
        use command::Capability as C;
        const CAPABILITIES: &[C] = &[
            C::command("balance", "smartico balance"),
            C::noted(
                "actions",
                "smartico actions",
                "commissions and balance changes per affiliate by day, month, year or lifetime",
            ),
            C::absent(
                "payouts",
                "TAP has no API that lists payments; affpay journal list --provider smartico shows the ones affpay made",
            ),
            C::command("settle", "smartico settle"),
            C::command("adjust", "smartico adjust"),
            C::absent(
                "cancel",
                "TAP has no API to cancel a payment; cancel in the BackOffice",
            ),
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
        Some(crate::overview::journal_payouts(ctx, self.name(), since))
    }

    fn pays_from(&self, operation: &str) -> Option<&'static str> {
        // A payment is paid out of the affiliate's balance; an adjustment changes it.
        (operation == "settle").then_some("balance")
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
