//! `affpay travelpayouts …`: the verbs, their checks, and how each answer becomes rows.

use super::client::{ActionFilter, Client};
use super::identity::Travelpayouts;
use super::identity::{Currency, check_currency};
use super::wire::{self, Action, ActionDetails, HistoryEntry, Metadata, Payment, PaymentAction};
use crate::context::Context;
use crate::dates;
use crate::error::{Kind, fail};
use crate::listing;
use crate::output::Cell;
use crate::paging::{Page, Take, TakeArgs};
use crate::record::{self, Column};
use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use rust_decimal::Decimal;

/// Largest page the API serves.
const MAX_PAGE: u64 = 300;

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

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum State {
    Paid,
    Processing,
    Cancelled,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ActionsArgs {
    #[command(subcommand)]
    show: Option<ActionsSub>,
    /// Currency of the amounts (default: travelpayouts.currency, else usd).
    #[arg(long, value_enum)]
    currency: Option<Currency>,
    /// Only actions in this state.
    #[arg(long, value_enum)]
    state: Option<State>,
    /// Only actions of this affiliate program (campaign id).
    #[arg(long, value_name = "ID")]
    campaign: Option<u64>,
    /// Only this action id, like 100:012345678.
    #[arg(long, value_name = "ID", value_parser = parse_action_id)]
    action: Option<String>,
    /// Actions created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    from: Option<NaiveDate>,
    /// Actions created on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = dates::parse_date)]
    until: Option<NaiveDate>,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Subcommand)]
enum ActionsSub {
    /// One action with its history and metadata.
    Show {
        /// The action id, like 100:14195346240 (see `travelpayouts actions`).
        #[arg(value_parser = parse_action_id)]
        action_id: String,
        /// Currency of the amounts.
        #[arg(long, value_enum)]
        currency: Option<Currency>,
    },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PayoutsArgs {
    #[command(subcommand)]
    sub: Option<PayoutsSub>,
}

#[derive(Debug, Subcommand)]
enum PayoutsSub {
    /// The amount of the next payout, per currency.
    Next,
    /// The actions a payout paid.
    Actions {
        /// The payout's uuid (see `travelpayouts payouts`).
        #[arg(value_name = "PAYMENT_UUID", value_parser = parse_uuid)]
        payment_uuid: String,
        #[command(flatten)]
        take: TakeArgs,
    },
}

/// A currency's balance and next payout (either may be missing).
type CurrencyBalance = (String, Option<Decimal>, Option<Decimal>);

const BALANCES: &[Column<CurrencyBalance>] = &[
    Column::new("currency", |(currency, _, _)| Cell::text(currency)),
    Column::new("balance", |(_, balance, _)| money(*balance)),
    Column::new("next_payout", |(_, _, next)| money(*next)),
];
const NEXT_PAYOUTS: &[Column<(String, Decimal)>] = &[
    Column::new("currency", |(currency, _)| Cell::text(currency)),
    Column::new("next_payout", |(_, amount)| Cell::Money(*amount)),
];
/// An action, with the currency its amounts are in (the one asked for).
const ACTIONS: &[Column<(Action, String)>] = &[
    Column::new("action_id", |(a, _)| Cell::text(&a.action_id)),
    Column::new("campaign_id", |(a, _)| {
        a.campaign_id.map_or(Cell::Null, Cell::Int)
    }),
    Column::new("action_state", |(a, _)| {
        Cell::opt_text(a.action_state.clone())
    }),
    Column::new("price", |(a, _)| money(a.price)),
    Column::new("profit", |(a, _)| money(a.profit)),
    Column::new("currency", |(_, currency)| Cell::text(currency)),
    Column::new("description", |(a, _)| {
        Cell::opt_text(a.description.clone())
    }),
    Column::new("booked_at", |(a, _)| Cell::opt_text(a.booked_at.clone())),
    Column::new("updated_at", |(a, _)| Cell::opt_text(a.updated_at.clone())),
];
/// An action's details, with the currency asked for.
const DETAILS: &[Column<(ActionDetails, String)>] = &[
    Column::new("action_id", |(d, _)| Cell::text(&d.action_id)),
    Column::new("campaign_id", |(d, _)| {
        d.campaign_id.map_or(Cell::Null, Cell::Int)
    }),
    Column::new("action_state", |(d, _)| {
        Cell::opt_text(d.action_state.clone())
    }),
    Column::new("sub_id", |(d, _)| Cell::opt_text(d.sub_id.clone())),
    Column::new("price", |(d, _)| money(d.price)),
    Column::new("profit", |(d, _)| money(d.profit)),
    Column::new("currency", |(_, currency)| Cell::text(currency)),
    Column::new("booked_at", |(d, _)| Cell::opt_text(d.booked_at.clone())),
    Column::new("history", |(d, _)| record::nested(HISTORY, &d.history)),
    Column::new("metadata", |(d, _)| record::nested(METADATA, &d.metadata)),
];
const HISTORY: &[Column<HistoryEntry>] = &[
    Column::new("action_state", |h| Cell::opt_text(h.action_state.clone())),
    Column::new("price", |h| money(h.price)),
    Column::new("profit", |h| money(h.profit)),
    Column::new("profit_diff", |h| money(h.profit_diff)),
    Column::new("updated_at", |h| Cell::opt_text(h.updated_at.clone())),
];
const METADATA: &[Column<Metadata>] = &[
    Column::new("name", |m| Cell::text(&m.name)),
    Column::new("value", |m| Cell::opt_text(m.value.clone())),
];
const PAYOUTS: &[Column<Payment>] = &[
    Column::new("payment_uuid", |p| Cell::text(&p.payment_uuid)),
    Column::new("paid_at", |p| Cell::opt_text(p.paid_at.clone())),
    Column::new("amount", |p| money(p.amount)),
    Column::new("currency", |p| Cell::opt_text(p.currency.clone())),
    Column::new("payment_info_id", |p| {
        p.payment_info_id.map_or(Cell::Null, Cell::Int)
    }),
    Column::new("comment", |p| Cell::opt_text(p.comment.clone())),
];
/// An action a payout paid, with the payout's currency.
const PAYMENT_ACTIONS: &[Column<(PaymentAction, Option<String>)>] = &[
    Column::new("action_id", |(a, _)| Cell::text(&a.action_id)),
    Column::new("campaign_id", |(a, _)| {
        a.campaign_id.map_or(Cell::Null, Cell::Int)
    }),
    Column::new("finished_amount", |(a, _)| money(a.finished_amount)),
    Column::new("currency", |(_, currency)| Cell::opt_text(currency.clone())),
    Column::new("booked_at", |(a, _)| Cell::opt_text(a.booked_at.clone())),
];

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Balance => balance(ctx),
        Verb::Actions(args) => match args.show {
            Some(ActionsSub::Show {
                action_id,
                currency,
            }) => {
                let currency = resolve_currency(ctx, currency)?;
                show_action(ctx, &action_id, &currency)
            }
            None => actions(ctx, &args),
        },
        Verb::Payouts(args) => match args.sub {
            None => payouts(ctx),
            Some(PayoutsSub::Next) => next_payout(ctx),
            Some(PayoutsSub::Actions { payment_uuid, take }) => {
                payment_actions(ctx, &payment_uuid, take.take()?)
            }
        },
    }
}

fn client(ctx: &Context) -> Result<Client> {
    Client::new(ctx, &Travelpayouts)
}

fn balance(ctx: &Context) -> Result<()> {
    let selection = record::selection(BALANCES, ctx.global.fields.as_deref())?;
    let client = client(ctx)?;
    let balances = wire::amounts("balance", &client.balance()?.balance)?;
    let next = wire::amounts("next_payout", &client.next_payout()?.next_payout)?;
    let mut currencies: Vec<&String> = balances.iter().map(|(c, _)| c).collect();
    currencies.extend(
        next.iter()
            .map(|(c, _)| c)
            .filter(|c| !balances.iter().any(|(b, _)| b == *c)),
    );
    let amount_in = |list: &[(String, Decimal)], currency: &str| {
        list.iter().find(|(c, _)| c == currency).map(|(_, d)| *d)
    };
    let mut writer = ctx.list_writer(selection);
    for currency in currencies {
        let row = (
            currency.clone(),
            amount_in(&balances, currency),
            amount_in(&next, currency),
        );
        writer.row(record::cells(BALANCES, &row))?;
    }
    writer.finish(&[])
}

fn next_payout(ctx: &Context) -> Result<()> {
    let selection = record::selection(NEXT_PAYOUTS, ctx.global.fields.as_deref())?;
    let next = wire::amounts("next_payout", &client(ctx)?.next_payout()?.next_payout)?;
    let mut writer = ctx.list_writer(selection);
    for row in &next {
        writer.row(record::cells(NEXT_PAYOUTS, row))?;
    }
    writer.finish(&[])
}

fn actions(ctx: &Context, args: &ActionsArgs) -> Result<()> {
    if let (Some(from), Some(until)) = (args.from, args.until)
        && from > until
    {
        return Err(crate::error::usage(format!(
            "--from {from} is after --until {until}"
        )));
    }
    let take = args.take.take()?;
    let listing = ctx.listing(ACTIONS, take, MAX_PAGE)?;
    let filter = ActionFilter {
        currency: resolve_currency(ctx, args.currency)?,
        action_id: args.action.clone(),
        state: args.state.map(|s| value_name(&s)),
        campaign_id: args.campaign,
        from: args.from,
        until: args.until,
    };
    let client = client(ctx)?;
    // The provider's count and sums, from the first answer.
    let totals = std::cell::OnceCell::new();
    listing::stream(
        listing,
        |offset, limit| {
            let answer = client.actions(&filter, offset, limit)?;
            totals.get_or_init(|| (answer.count, answer.total_price, answer.total_profit));
            let currency = &filter.currency;
            Ok(Page {
                rows: answer
                    .actions
                    .into_iter()
                    .map(|a| (a, currency.clone()))
                    .collect(),
                total: answer.count,
            })
        },
        listing::every,
        |_, hint| {
            let mut footer = Vec::new();
            if let Some((count, price, profit)) = totals.get() {
                let show = |d: &Option<Decimal>| d.map_or("-".to_string(), |d| d.to_string());
                footer.push(format!(
                    "count: {}  total_price: {}  total_profit: {}  ({})",
                    count.map_or("-".to_string(), |c| c.to_string()),
                    show(price),
                    show(profit),
                    filter.currency
                ));
            }
            footer.extend(hint);
            footer
        },
    )
}

fn show_action(ctx: &Context, action_id: &str, currency: &str) -> Result<()> {
    let selection = record::selection(DETAILS, ctx.global.fields.as_deref())?;
    let details: ActionDetails = client(ctx)?.action_details(action_id, currency)?;
    let cells = record::cells(DETAILS, &(details, currency.to_string()));
    ctx.write_record(&selection, cells)
}

fn payouts(ctx: &Context) -> Result<()> {
    let selection = record::selection(PAYOUTS, ctx.global.fields.as_deref())?;
    let payments: Vec<Payment> = client(ctx)?.payments()?;
    let mut writer = ctx.list_writer(selection);
    for p in &payments {
        writer.row(record::cells(PAYOUTS, p))?;
    }
    writer.finish(&[])
}

fn payment_actions(ctx: &Context, uuid: &str, take: Take) -> Result<()> {
    let listing = ctx.listing(PAYMENT_ACTIONS, take, MAX_PAGE)?;
    let client = client(ctx)?;
    listing::stream(
        listing,
        |offset, limit| {
            let answer = client.payment_actions(uuid, offset, limit)?;
            let currency = answer.currency;
            let rows = answer
                .actions
                .into_iter()
                .map(|a| (a, currency.clone()))
                .collect();
            Ok(Page {
                rows,
                total: answer.count,
            })
        },
        listing::every,
        |walked, hint| {
            walked
                .total
                .map(|count| format!("count: {count}"))
                .into_iter()
                .chain(hint)
                .collect()
        },
    )
}

fn money(amount: Option<Decimal>) -> Cell {
    amount.map_or(Cell::Null, Cell::Money)
}

/// The currency flag, else the profile's `travelpayouts.currency`, else usd.
fn resolve_currency(ctx: &Context, flag: Option<Currency>) -> Result<String> {
    if let Some(currency) = flag {
        return Ok(value_name(&currency));
    }
    match ctx.setting(&Travelpayouts, "currency") {
        None => Ok("usd".to_string()),
        Some(value) => check_currency(&value)
            .map(|()| value.clone())
            .map_err(|why| {
                fail(
                    Kind::MissingCredential,
                    format!("{}: {why}", ctx.setting_source(&Travelpayouts, "currency")),
                )
            }),
    }
}

fn value_name(value: &impl ValueEnum) -> String {
    value
        .to_possible_value()
        .expect("no skipped variants")
        .get_name()
        .to_string()
}

fn parse_action_id(text: &str) -> Result<String, String> {
    let ok = !text.is_empty() && text.len() <= 64 && text.chars().all(|c| c.is_ascii_graphic());
    ok.then(|| text.to_string())
        .ok_or_else(|| "not an action id (like 100:012345678)".to_string())
}

fn parse_uuid(text: &str) -> Result<String, String> {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths_ok = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]);
    let hex_ok = groups
        .iter()
        .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()));
    (lengths_ok && hex_ok)
        .then(|| text.to_ascii_lowercase())
        .ok_or_else(|| "not a UUID like 4af0c247-df4c-4873-a6b6-7bbf91afa3b9".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_must_have_the_canonical_shape() {
        assert!(parse_uuid("4af0c247-df4c-4873-a6b6-7bbf91afa3b9").is_ok());
        for bad in [
            "4af0c247df4c4873a6b67bbf91afa3b9",
            "4af0c247-df4c-4873-a6b6-7bbf91afa3bz",
            "",
        ] {
            assert!(parse_uuid(bad).is_err(), "{bad}");
        }
    }
}
