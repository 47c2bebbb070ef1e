//! The `affpay travelpayouts` verbs, all of which only read: balance, actions and payouts,
//! each with its column tables. Travelpayouts pays publishers itself, so nothing here is
//! planned or journalled.

use super::args::ActionsArgs;
use super::client::{ActionFilter, Client};
use super::identity::{Currency, Travelpayouts, check_currency};
use super::wire::{self, Action, ActionDetails, HistoryEntry, Metadata, Payment, PaymentAction};
use crate::context::Context;
use crate::error::{Kind, fail};
use crate::listing;
use crate::output::Cell;
use crate::paging::{Page, Take};
use crate::record::{self, Column};
use anyhow::Result;
use clap::ValueEnum;
use rust_decimal::Decimal;

/// Largest page the API serves.
const MAX_PAGE: u64 = 300;

/// A currency's balance and next payout (either may be missing).
type CurrencyBalance = (String, Option<Decimal>, Option<Decimal>);

const BALANCES: &[Column<CurrencyBalance>] = &[
    Column::new("currency", |(currency, _, _)| Cell::text(currency)),
    Column::new("balance", |(_, balance, _)| Cell::opt_money(*balance)),
    Column::new("next_payout", |(_, _, next)| Cell::opt_money(*next)),
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
    Column::new("price", |(a, _)| Cell::opt_money(a.price)),
    Column::new("profit", |(a, _)| Cell::opt_money(a.profit)),
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
    Column::new("price", |(d, _)| Cell::opt_money(d.price)),
    Column::new("profit", |(d, _)| Cell::opt_money(d.profit)),
    Column::new("currency", |(_, currency)| Cell::text(currency)),
    Column::new("booked_at", |(d, _)| Cell::opt_text(d.booked_at.clone())),
    Column::new("history", |(d, _)| record::nested(HISTORY, &d.history)),
    Column::new("metadata", |(d, _)| record::nested(METADATA, &d.metadata)),
];
const HISTORY: &[Column<HistoryEntry>] = &[
    Column::new("action_state", |h| Cell::opt_text(h.action_state.clone())),
    Column::new("price", |h| Cell::opt_money(h.price)),
    Column::new("profit", |h| Cell::opt_money(h.profit)),
    Column::new("profit_diff", |h| Cell::opt_money(h.profit_diff)),
    Column::new("updated_at", |h| Cell::opt_text(h.updated_at.clone())),
];
const METADATA: &[Column<Metadata>] = &[
    Column::new("name", |m| Cell::text(&m.name)),
    Column::new("value", |m| Cell::opt_text(m.value.clone())),
];
const PAYOUTS: &[Column<Payment>] = &[
    Column::new("payment_uuid", |p| Cell::text(&p.payment_uuid)),
    Column::new("paid_at", |p| Cell::opt_text(p.paid_at.clone())),
    Column::new("amount", |p| Cell::opt_money(p.amount)),
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
    Column::new("finished_amount", |(a, _)| {
        Cell::opt_money(a.finished_amount)
    }),
    Column::new("currency", |(_, currency)| Cell::opt_text(currency.clone())),
    Column::new("booked_at", |(a, _)| Cell::opt_text(a.booked_at.clone())),
];

fn client(ctx: &Context) -> Result<Client> {
    Client::new(ctx, &Travelpayouts)
}

pub fn balance(ctx: &Context) -> Result<()> {
    whole_list(ctx, BALANCES, |client| {
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
        Ok(currencies
            .into_iter()
            .map(|currency| {
                (
                    currency.clone(),
                    amount_in(&balances, currency),
                    amount_in(&next, currency),
                )
            })
            .collect())
    })
}

pub fn next_payout(ctx: &Context) -> Result<()> {
    whole_list(ctx, NEXT_PAYOUTS, |client| {
        wire::amounts("next_payout", &client.next_payout()?.next_payout)
    })
}

/// A list the API sends whole, without pages: `--fields` is checked before any request,
/// then every row is written.
fn whole_list<T>(
    ctx: &Context,
    columns: &[Column<T>],
    rows: impl FnOnce(&Client) -> Result<Vec<T>>,
) -> Result<()> {
    let selection = ctx.select(columns)?;
    let rows = rows(&client(ctx)?)?;
    let mut writer = ctx.list_writer(selection);
    for row in &rows {
        writer.row(record::cells(columns, row))?;
    }
    writer.finish(&[])
}

pub fn actions(ctx: &Context, args: &ActionsArgs) -> Result<()> {
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

/// One action, its amounts in `--currency` (else the profile's, else usd).
pub fn show_action(ctx: &Context, action_id: &str, currency: Option<Currency>) -> Result<()> {
    let currency = resolve_currency(ctx, currency)?;
    let selection = ctx.select(DETAILS)?;
    let details: ActionDetails = client(ctx)?.action_details(action_id, &currency)?;
    ctx.write_record(&selection, record::cells(DETAILS, &(details, currency)))
}

pub fn payouts(ctx: &Context) -> Result<()> {
    whole_list(ctx, PAYOUTS, Client::payments)
}

pub fn payment_actions(ctx: &Context, uuid: &str, take: Take) -> Result<()> {
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
