//! `affpay affonso …`: the command line's verbs and where each one goes, and `affpay apply`'s
//! replay of a plan. The verbs that list and show live in `reads`, the derived balance in
//! `balance`, those that change something in `changes`, and their arguments in `args`.

use super::args::{
    ActionsArgs, ActionsSub, AdjustArgs, BalanceArgs, CancelArgs, PayoutsArgs, PayoutsSub,
    SettleArgs,
};
use super::changes::{self, reference_of};
use super::client::client;
use super::{balance, reads};
use crate::context::Context;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Commissions; `actions show ID` for one.
    #[command(
        visible_alias = "commissions",
        after_help = "Examples:\n  affpay affonso actions --status ready_for_payment --all -o csv\n  \
        affpay affonso actions show com_abc123 --expand affiliate,referral"
    )]
    Actions(ActionsArgs),
    /// Balances per affiliate and currency, computed from all commissions.
    #[command(after_help = "Example:\n  affpay affonso balance --affiliate aff_789ghi")]
    Balance(BalanceArgs),
    /// Payouts; `payouts show ID` for one with its transactions.
    #[command(
        after_help = "Examples:\n  affpay affonso payouts --status pending\n  affpay affonso payouts show po_123"
    )]
    Payouts(PayoutsArgs),
    /// Mark payouts completed (or processing) after paying them.
    #[command(
        after_help = "Money: PUT /v1/payouts/{id} marks each payout completed (or processing) \
        after you paid it elsewhere; Affonso sends no money, and completed is final.\n\n\
        Examples:\n  affpay affonso settle po_1 po_2 --method wise --reference T-2026-11 --yes\n  \
        affpay affonso settle po_3 --processing"
    )]
    Settle(SettleArgs),
    /// Cancel payouts.
    #[command(
        after_help = "Money: PUT /v1/payouts/{id} with status cancelled: the payout will not \
        be paid (a cancelled payout can be set pending again); no money moves.\n\n\
        Example:\n  affpay affonso cancel po_1 --yes"
    )]
    Cancel(CancelArgs),
    /// Change a commission's amount, status or hold period.
    #[command(
        after_help = "Money: PUT /v1/commissions/{id} changes what the affiliate is owed for \
        the commission (its amount, status or hold period); nothing is paid.\n\n\
        Example:\n  affpay affonso adjust com_abc123 --status declined"
    )]
    Adjust(AdjustArgs),
}

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Actions(args) => match &args.show {
            Some(ActionsSub::Show { id, expand }) => reads::show_commission(ctx, id, expand),
            None => reads::commissions(ctx, &args),
        },
        Verb::Balance(args) => balance::balance(ctx, &args),
        Verb::Payouts(args) => match &args.show {
            Some(PayoutsSub::Show { id }) => reads::show_payout(ctx, id),
            None => reads::payouts(ctx, &args),
        },
        Verb::Settle(args) => changes::settle(ctx, &args),
        Verb::Cancel(args) => changes::cancel(ctx, &args),
        Verb::Adjust(args) => changes::adjust(ctx, &args),
    }
}

/// `affpay apply` of an affonso plan: payout status changes and commission adjustments, all
/// read by the same reader.
pub fn replay(ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
    let client = client(ctx)?;
    replay.run(
        ctx,
        &client.api,
        &[
            ("settle", &reference_of),
            ("cancel", &reference_of),
            ("adjust", &reference_of),
        ],
    )
}
