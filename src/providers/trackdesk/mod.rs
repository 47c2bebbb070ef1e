//! Trackdesk's billing API, operator side: open balances, settlements that turn them into
//! per-affiliate account settlements, their statuses, Tipalti payment batches that pay them,
//! the conversions behind the balances and their statuses, what advertisers owe and the
//! advertiser settlements (claims) that invoice it, and the billing details and payment
//! methods an affiliate needs before settlement includes them. Trackdesk has no idempotency
//! keys, so every change goes through affpay's journal. Each program lives on its own host,
//! `https://{tenant}.trackdesk.com`, so the tenant is a per-profile setting.

mod advertisers;
mod args;
mod changes;
mod client;
mod commands;
mod conversions;
mod details;
mod details_args;
mod identity;
mod methods;
mod overview;
mod reads;
mod sandbox;
mod settle;
mod shared_changes;
mod tipalti;
mod wire;
mod wire_revenue;

use crate::context::Context;
use crate::providers::command::{self, Provider};
use crate::providers::identity::Identity;
use crate::sandbox::Routes;
use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

pub use identity::Trackdesk;

impl Provider for Trackdesk {
    fn command(&self) -> clap::Command {
        command::command_of::<commands::Verb>(
            self.name(),
            "Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods",
        )
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn check(&self, ctx: &Context) -> Result<()> {
        let path = format!("{}/open-balances", client::BILLING);
        client::Client::new(ctx, self)?
            .page::<serde_json::Value>(&path, &[], 0, 1)
            .map(|_| ())
    }

    fn capabilities(&self) -> &'static [command::Capability] {
        use command::Capability as C;
        const CAPABILITIES: &[C] = &[
            C::noted("balance", "trackdesk balance", "open balances"),
            C::noted(
                "actions",
                "trackdesk actions",
                "conversions, from the conversion report",
            ),
            C::noted(
                "payouts",
                "trackdesk payouts",
                "account settlements and settlements",
            ),
            C::noted(
                "settle",
                "trackdesk settle",
                "settles open balances into one settlement",
            ),
            C::noted("adjust", "trackdesk adjust", "sets conversions' statuses"),
            C::noted(
                "cancel",
                "trackdesk cancel",
                "deletes account settlements or a whole settlement",
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
        Some(overview::payouts(ctx, since))
    }

    fn pays_from(&self, operation: &str) -> Option<&'static str> {
        // A settlement settles the accounts' open balances.
        (operation == "settle").then_some("open")
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
