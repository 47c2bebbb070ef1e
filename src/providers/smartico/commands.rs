//! `affpay smartico …`: the command line's verbs and where each one goes, and `affpay
//! apply`'s replay of a plan. The balance list lives in `reads`, the payments and
//! adjustments in `changes` (what a payment is, and its CSV rows, in `payment`), their
//! arguments in `args` and the actions report in `reports`.

use super::args::{AdjustArgs, BalanceArgs, SettleArgs};
use super::changes::{self, adjustment_reference, payment_reference};
use super::reads::{self, client};
use super::reports;
use crate::context::Context;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Affiliates' unpaid balances, thresholds and lifetime totals.
    #[command(
        after_help = "Examples:\n  affpay smartico balance --above-threshold --all\n  \
        affpay smartico balance --affiliate 35427 -o json"
    )]
    Balance(BalanceArgs),
    /// Commissions and balance changes per affiliate, by day, month, year or lifetime.
    #[command(after_help = reports::ACTIONS_EXAMPLES)]
    Actions(reports::ActionsArgs),
    /// Record payments: one affiliate, every affiliate above threshold, or a CSV.
    #[command(
        after_help = "Money: POST /api/af2_payments_op records a payment made elsewhere: the \
        affiliate's balance drops by the amount; Smartico sends no money.\n\n\
        Examples:\n  affpay smartico settle --affiliate 35427 --amount 150.00 --comment 'October'\n  \
        affpay smartico settle --above-threshold --due-until 2026-10-31 --max-total 50000 --dry-run\n  \
        affpay smartico settle --above-threshold --yes          (cron: reruns the same day pay nothing twice)\n  \
        affpay smartico settle --from-csv payouts.csv --yes\n\n\
        The CSV has the columns affiliate_id,amount and optionally comment,details."
    )]
    Settle(SettleArgs),
    /// Adjust an affiliate's balance (positive or negative).
    #[command(
        after_help = "Money: POST /api/af2_adjustments_op changes the affiliate's balance by \
        the amount (up or down), so the next payment is that much more or less; nothing is paid.\n\n\
        Example:\n  affpay smartico adjust --affiliate 348678 --amount -11"
    )]
    Adjust(AdjustArgs),
}

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Balance(args) => reads::balance(ctx, &args),
        Verb::Settle(args) => changes::settle(ctx, &args),
        Verb::Adjust(args) => changes::adjust(ctx, &args),
        Verb::Actions(args) => reports::actions(ctx, &args),
    }
}

/// `affpay apply` of a smartico plan: its payments or adjustment, read as the commands do.
pub fn replay(ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
    let client = client(ctx)?;
    replay.run(
        ctx,
        &client.api,
        &[
            ("settle", &payment_reference),
            ("adjust", &adjustment_reference),
        ],
    )
}
