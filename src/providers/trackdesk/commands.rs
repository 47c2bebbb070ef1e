//! `affpay trackdesk …`: the command line's verbs and where each one goes, and `affpay apply`'s
//! replay of a plan, which reads every operation's answers. The commands that only read live
//! in `reads`; `settle` in `settle`, mark and cancel in `changes`, billing details and payment
//! methods in `details` (their arguments in `details_args`), what these changes share in
//! `shared_changes`, and the other verbs' arguments in `args`; conversions, advertisers and
//! Tipalti keep their own.

use super::args::{
    BalanceArgs, BalanceSub, CancelArgs, PayoutsArgs, PayoutsSub, SettleArgs, sets_a_state,
};
use super::client::client;
use super::details_args::{BillingDetailsVerb, PaymentMethodsVerb};
use super::wire::status_name;
use super::{advertisers, changes, conversions, details, reads, settle, shared_changes, tipalti};
use crate::context::Context;
use crate::http::{Api, Request, Response};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Open balances per affiliate account; `balance show ACCOUNT_ID` for one account.
    #[command(
        visible_alias = "open-balances",
        after_help = "Examples:\n  affpay trackdesk balance --until 2026-10-31 --min-amount 50\n  \
        affpay trackdesk balance --payment-method paypal --all -o csv > open.csv\n  \
        affpay trackdesk balance show 6f1c2e9a-…"
    )]
    Balance(BalanceArgs),
    /// Settle open balances: one settlement with an account settlement per affiliate.
    #[command(
        after_help = "Money: POST /api/node/billing/v1/settle-balances creates a settlement \
        of the open balances, one account settlement per affiliate, to pay elsewhere (or with \
        `tipalti pay`); no money is transferred.\n\n\
        The plan comes from the open balances the same filter selects; accounts \
        without billing details are listed as skipped (Trackdesk skips them). Without --until the \
        settlement covers everything up to the moment the balances were read.\n\n\
        Examples:\n  affpay trackdesk settle --until 2026-10-31 --min-amount 50 --dry-run\n  \
        affpay trackdesk settle --account ID1 --account ID2 --note 'October' --yes"
    )]
    Settle(SettleArgs),
    /// Account settlements (with status); `payouts settlements`, `payouts show ID`,
    /// `payouts mark ID… --status paid`.
    #[command(
        visible_aliases = ["settlements", "account-settlements"],
        after_help = "Examples:\n  affpay trackdesk payouts --from 2026-10-01 --all -o csv\n  \
        affpay trackdesk payouts settlements\n  affpay trackdesk payouts show SETTLEMENT_ID\n  \
        affpay trackdesk payouts mark AS_ID1 AS_ID2 --status paid --yes"
    )]
    Payouts(PayoutsArgs),
    /// Delete account settlements, or a whole settlement with --settlement; their amounts
    /// become open balances again.
    #[command(
        after_help = "Money: DELETE /api/node/billing/v1/account-settlements/{id} (or \
        …/settlements/{id} with --settlement) deletes them; their amounts become open balances \
        again, and a later settle includes them again.\n\n\
        Examples:\n  affpay trackdesk cancel AS_ID1 AS_ID2\n  \
        affpay trackdesk cancel --settlement SETTLEMENT_ID --dry-run"
    )]
    Cancel(CancelArgs),
    /// Set an affiliate's billing details (settlement skips accounts without them).
    #[command(subcommand)]
    BillingDetails(BillingDetailsVerb),
    /// Add or update an affiliate's payment methods; list the supported types.
    #[command(subcommand)]
    PaymentMethods(PaymentMethodsVerb),
    /// Pay a settlement's Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`.
    #[command(
        subcommand,
        after_help = "Money: `pay` has Tipalti pay the settlement's payable rows from the \
        program's Tipalti funds; `payable` and `status` move nothing.\n\n\
        Examples:\n  affpay trackdesk tipalti payable SETTLEMENT_ID\n  \
        affpay trackdesk tipalti pay SETTLEMENT_ID --dry-run\n  \
        affpay trackdesk tipalti status SETTLEMENT_ID"
    )]
    Tipalti(tipalti::TipaltiVerb),
    /// Conversions (what affiliates earn and advertisers pay), from the conversion report.
    /// Reads only.
    #[command(
        visible_alias = "conversions",
        after_help = "Examples:\n  affpay trackdesk actions --from 2026-10-01 --to 2026-10-31 --status approved --all -o csv\n  \
        affpay trackdesk actions --affiliate ACCOUNT_ID --limit 500"
    )]
    Actions(conversions::ActionsArgs),
    /// Set the status of conversions, one request each (approve, reject, refund, …).
    #[command(after_help = concat!("Money: PUT /api/node/conversions/v1/{id}/status: an approved conversion counts toward its affiliate's open balance; \
        rejected, refunded or fraud ones do not.\n\n", sets_a_state!(), "Example:\n  affpay trackdesk adjust CONVERSION_ID --status rejected --yes"))]
    Adjust(conversions::AdjustArgs),
    /// Advertisers' open balances: what they owe the program. Reads only.
    #[command(
        after_help = "Examples:\n  affpay trackdesk receivables --until 2026-10-31 --min-amount 100\n  \
        affpay trackdesk receivables --tag TAG_ID --all -o csv"
    )]
    Receivables(advertisers::ReceivablesArgs),
    /// Advertiser settlements (claims); `claims show ID`, `claims delete ID…`.
    #[command(
        visible_alias = "advertiser-settlements",
        after_help = "Listing and showing read only; `claims delete` makes the claimed amounts \
        open balances again.\n\nExamples:\n  affpay trackdesk claims --from 2026-10-01\n  \
        affpay trackdesk claims show CLAIM_ID\n  affpay trackdesk claims delete CLAIM_ID --yes"
    )]
    Claims(advertisers::ClaimsArgs),
    /// Create advertiser settlements (claims) from advertisers' open balances, one each.
    #[command(
        after_help = "Money: POST /api/node/revenue-origin-billing/v1/claim-balances: each selected advertiser's open balance becomes an \
        advertiser settlement it is invoiced for (nothing is transferred). Advertisers without \
        billing details are skipped. One claim per advertiser, until and batch: a rerun the \
        same day claims nothing twice.\n\n\
        Examples:\n  affpay trackdesk claim --until 2026-10-31 --min-amount 100 --dry-run\n  \
        affpay trackdesk claim --advertiser ADVERTISER_ID --note 'October' --yes"
    )]
    Claim(advertisers::ClaimArgs),
}

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Balance(args) => match &args.show {
            Some(BalanceSub::Show { account_id, until }) => {
                reads::show_balance(ctx, account_id, *until)
            }
            None => reads::balance(ctx, &args),
        },
        Verb::Settle(args) => settle::settle(ctx, &args),
        Verb::Payouts(args) => match args.sub {
            None => reads::account_settlements(ctx, &args),
            Some(PayoutsSub::Settlements { range, take }) => reads::settlements(ctx, &range, &take),
            Some(PayoutsSub::Show { settlement_id }) => reads::show_settlement(ctx, &settlement_id),
            Some(PayoutsSub::Mark(mark)) => changes::mark(ctx, &mark),
        },
        Verb::Cancel(args) => changes::cancel(ctx, &args),
        Verb::BillingDetails(BillingDetailsVerb::Set(args)) => {
            details::set_billing_details(ctx, &args)
        }
        Verb::PaymentMethods(PaymentMethodsVerb::Add(args)) => details::add_method(ctx, &args),
        Verb::PaymentMethods(PaymentMethodsVerb::Update(args)) => {
            details::update_method(ctx, &args)
        }
        Verb::PaymentMethods(PaymentMethodsVerb::Types) => reads::types(ctx),
        Verb::Tipalti(verb) => tipalti::run(verb, ctx),
        Verb::Actions(args) => conversions::actions(ctx, &args),
        Verb::Adjust(args) => conversions::adjust(ctx, &args),
        Verb::Receivables(args) => advertisers::receivables(ctx, &args),
        Verb::Claims(args) => advertisers::claims(ctx, &args),
        Verb::Claim(args) => advertisers::claim(ctx, &args),
    }
}

/// `affpay apply` of a trackdesk plan: each operation's answers read as its command reads
/// them (a status change's note from the status it sets).
pub fn replay(ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
    let client = client(ctx)?;
    let lines = replay.lines();
    let settle = |api: &Api, request: &Request, response: &Response| {
        settle::settled(api, request, response, &lines)
    };
    let mark = |api: &Api, request: &Request, response: &Response| {
        shared_changes::status_set(api, request, response, status_name)
    };
    let adjust = |api: &Api, request: &Request, response: &Response| {
        shared_changes::status_set(api, request, response, conversions::status_name)
    };
    replay.run(
        ctx,
        &client.api,
        &[
            ("settle", &settle),
            ("mark", &mark),
            ("adjust", &adjust),
            ("cancel", &shared_changes::deleted),
            ("cancel-settlement", &shared_changes::deleted),
            ("claim-delete", &shared_changes::deleted),
            ("claim", &advertisers::claimed),
            ("tipalti-pay", &tipalti::batch_created),
            ("billing-details", &details::billing_detail),
            ("payment-method-add", &details::payment_method),
            ("payment-method-update", &details::payment_method),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::super::details_args::MethodFields;
    use super::super::identity::Trackdesk;
    use super::super::methods::TYPES;
    use super::*;
    use crate::providers::identity::Identity;

    #[test]
    fn every_field_of_every_type_has_a_flag_and_is_read() {
        let command = crate::providers::command_of::<Verb>(Trackdesk.name(), "");
        let add = command
            .find_subcommand("payment-methods")
            .and_then(|c| c.find_subcommand("add"))
            .unwrap()
            .clone();
        let mut args = vec![
            "add".to_string(),
            "--account=a".into(),
            "--type=paypal".into(),
            "--currency=EUR".into(),
        ];
        let flags: std::collections::BTreeSet<&str> = TYPES
            .iter()
            .flat_map(|t| t.fields.iter().map(|f| f.flag))
            .collect();
        args.extend(flags.iter().map(|f| format!("--{f}=x")));
        let matches = add.try_get_matches_from(args).unwrap();
        let fields = <MethodFields as clap::FromArgMatches>::from_arg_matches(&matches).unwrap();
        let given: std::collections::BTreeSet<&str> =
            fields.given().into_iter().map(|(flag, _)| flag).collect();
        assert_eq!(given, flags);
    }
}
