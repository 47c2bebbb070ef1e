//! `affpay travelpayouts …`: the command line's verbs and where each one goes. Every verb
//! only reads (in `reads`, with their arguments in `args`), so there is no plan to replay.

use super::args::{ActionsArgs, ActionsSub, PayoutsArgs, PayoutsSub};
use super::reads;
use crate::context::Context;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Balance and next payout, one row per currency.
    #[command(after_help = "Example:\n  affpay tp balance -o json")]
    Balance,
    /// Actions (commissions) affecting the balance; `actions show ID` for one action.
    #[command(
        after_help = "Examples:\n  affpay tp actions --state paid --from 2026-10-01 --until 2026-10-31\n  \
        affpay tp actions --currency eur --all -o csv > actions.csv\n  \
        affpay tp actions show 100:14195346240"
    )]
    Actions(ActionsArgs),
    /// Payouts already made; `payouts next` and `payouts actions UUID` for more.
    #[command(
        visible_alias = "payments",
        after_help = "Examples:\n  affpay tp payouts\n  affpay tp payouts next\n  \
        affpay tp payouts actions 4af0c247-df4c-4873-a6b6-7bbf91afa3b9 --all -o csv"
    )]
    Payouts(PayoutsArgs),
}

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Balance => reads::balance(ctx),
        Verb::Actions(args) => match args.show {
            Some(ActionsSub::Show {
                action_id,
                currency,
            }) => reads::show_action(ctx, &action_id, currency),
            None => reads::actions(ctx, &args),
        },
        Verb::Payouts(args) => match args.sub {
            None => reads::payouts(ctx),
            Some(PayoutsSub::Next) => reads::next_payout(ctx),
            Some(PayoutsSub::Actions { payment_uuid, take }) => {
                reads::payment_actions(ctx, &payment_uuid, take.take()?)
            }
        },
    }
}
