//! `affpay billon …`: the command line's verbs and where each one goes, and `affpay apply`'s
//! replay of a plan. Creating and cancelling payouts live in `changes` (what a payout is in
//! `payout`, a CSV of them in `from_csv`), the journal's list of them in `reads`, the
//! arguments in `args`.

use super::args::{CancelArgs, SettleArgs};
use super::changes::{self, cancelled, created, out_of_funds};
use super::client::Client;
use super::identity::Billon;
use super::reads;
use crate::context::Context;
use crate::plan;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Create payouts: one from the options, or one per row of a CSV.
    #[command(
        after_help = "Money: POST /api/payment/create creates a payout the recipient collects: \
        its amount is blocked in the panel's funds until the recipient receives it or it is \
        cancelled.\n\n\
        Examples:\n  affpay billon settle --amount 25.00 --currency PLN --project 'November' \\\n    \
        --description 'Affiliate payout' --user tester --notify\n  affpay billon settle --from-csv payouts.csv --yes\n\n\
        CSV columns: amount,currency,project,description and one of user,phone,reference;\n\
        optional first_name,last_name,email,valid_from,valid_until,notify (true/false)."
    )]
    Settle(Box<SettleArgs>),
    /// Cancel payouts (irreversible; releases the funds they block).
    #[command(
        after_help = "Money: POST /api/payment/cancel cancels payouts not yet received, for \
        good: they can never be received and the funds they block are released.\n\n\
        Example:\n  affpay billon cancel 1041 1042"
    )]
    Cancel(CancelArgs),
    /// The payouts affpay created (local records: the panel has no list endpoint).
    #[command(
        visible_alias = "payments",
        after_help = "Example:\n  affpay billon payouts -o csv"
    )]
    Payouts,
}

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Settle(args) => changes::settle(ctx, &args),
        Verb::Cancel(args) => changes::cancel(ctx, &args),
        Verb::Payouts => reads::payouts(ctx),
    }
}

/// `affpay apply` of a billon plan: payouts (a refusal for want of funds stops the batch, as
/// in `billon settle`) or a cancellation.
pub fn replay(ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
    let client = Client::new(ctx, &Billon)?;
    if replay.operation() != "settle" {
        return replay.run(ctx, &client.api, &[("cancel", &cancelled)]);
    }
    let mut plan = replay.plan(ctx, &client.api, "settle")?;
    plan.stops_batch = out_of_funds;
    plan::execute(ctx, &client.api, plan, &replay.safety, &created)
}
