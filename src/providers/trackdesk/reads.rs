//! The `affpay trackdesk` commands that only read: open balances, account settlements,
//! settlements and payment method types, and `list`, which streams any list endpoint (the
//! advertisers' lists use it too). Nothing here changes anything, so nothing is journalled.

use super::args::{BalanceArgs, Filter, PayoutsArgs, RangeArgs, range_query};
use super::client::{
    BILLING, PAGE, SUPPORTED_TYPES, client, get_settlement, open_balances, pages, path_segment,
    rfc3339,
};
use super::methods::{self, TYPES};
use super::wire::*;
use crate::context::Context;
use crate::listing;
use crate::output::{Cell, Format};
use crate::paging::TakeArgs;
use crate::record::{self, Column};
use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;

/// An open balance; the default payment method's columns show only a method Trackdesk names.
const BALANCES: &[Column<Balance>] = &[
    Column::new("account_id", |b| Cell::text(&b.account_id)),
    Column::new("name", |b| Cell::text(&b.name)),
    Column::new("open_balance", |b| Cell::Money(b.open_balance.value)),
    Column::new("on_hold_balance", |b| Cell::Money(b.on_hold_balance.value)),
    Column::new("currency", |b| match b.balances_by_currency.as_slice() {
        [only] => Cell::opt_text(Currency::code(&only.currency)),
        _ => Cell::Null,
    }),
    Column::new("payment_method", |b| {
        method_type(known_method(&b.default_payment_method))
    }),
    Column::new("payment_method_currency", |b| {
        method_currency(known_method(&b.default_payment_method))
    }),
    Column::new("payment_method_open_balance", |b| {
        method_balance(known_method(&b.default_payment_method))
    }),
    Column::new("has_billing_details", |b| Cell::Bool(b.has_billing_details)),
    Column::new("conversions", |b| {
        Cell::Int(b.open_balance_conversion_count)
    }),
    Column::new("conversion_sources", |b| {
        Cell::Int(b.open_balance_conversion_source_count)
    }),
    Column::new("by_currency", |b| {
        record::nested(BY_CURRENCY, &b.balances_by_currency)
    }),
];
const BY_CURRENCY: &[Column<CurrencyBalance>] = &[
    Column::new("currency", |c| Cell::opt_text(Currency::code(&c.currency))),
    Column::new("open_balance", |c| Cell::Money(c.open_balance.value)),
    Column::new("on_hold_balance", |c| Cell::Money(c.on_hold_balance.value)),
];
/// One account's balances, with the account asked for.
const ACCOUNT_BALANCES: &[Column<(String, AccountBalances)>] = &[
    Column::new("account_id", |(account, _)| Cell::text(account)),
    Column::new("open_balance", |(_, b)| Cell::Money(b.open_balance.value)),
    Column::new("on_hold_balance", |(_, b)| {
        Cell::Money(b.on_hold_balance.value)
    }),
    Column::new("conversion_open_balance", |(_, b)| {
        Cell::Money(b.conversion_open_balance.value)
    }),
    Column::new("conversion_on_hold_balance", |(_, b)| {
        Cell::Money(b.conversion_on_hold_balance.value)
    }),
    Column::new("commission_open_balance", |(_, b)| {
        Cell::Money(b.commission_open_balance.value)
    }),
    Column::new("commission_on_hold_balance", |(_, b)| {
        Cell::Money(b.commission_on_hold_balance.value)
    }),
    Column::new("client_revshare_open_balance", |(_, b)| {
        Cell::Money(b.client_revshare_open_balance.value)
    }),
    Column::new("payment_method", |(_, b)| {
        method_type(known_method(&b.default_payment_method))
    }),
    Column::new("payment_method_currency", |(_, b)| {
        method_currency(known_method(&b.default_payment_method))
    }),
    Column::new("payment_method_open_balance", |(_, b)| {
        method_balance(known_method(&b.default_payment_method))
    }),
    Column::new("settled", |(_, b)| amounts_cell(&b.settled_balance)),
];
const AMOUNTS: &[Column<Amount>] = &[
    Column::new("amount", |a| Cell::Money(a.amount.value)),
    Column::new("currency", |a| Cell::opt_text(Currency::code(&a.currency))),
];
pub const ACCOUNT_SETTLEMENTS: &[Column<AccountSettlement>] = &[
    Column::new("id", |a| Cell::text(&a.id)),
    Column::new("account_id", |a| Cell::text(&a.account_id)),
    Column::new("account_name", |a| Cell::text(&a.account_name)),
    Column::new("amount", |a| Cell::Money(a.amount.value)),
    Column::new("currency", |a| Cell::opt_text(Currency::code(&a.currency))),
    Column::new("status", |a| Cell::Text(status_name(&a.status))),
    Column::new("payment_method", |a| {
        Cell::text(methods::friendly(
            a.payment_method.as_ref().map_or("", |m| m.kind.as_str()),
        ))
    }),
    Column::new("payment_method_currency", |a| {
        Cell::text(
            a.payment_method
                .as_ref()
                .map_or("", |m| m.currency_code.as_str()),
        )
    }),
    Column::new("tipalti", |a| {
        let tipalti = a
            .payment_method
            .as_ref()
            .is_some_and(|m| m.kind == "PAYMENT_METHOD_TYPE_TIPALTI")
            || a.payment_data
                .as_ref()
                .is_some_and(|d| !d["tipalti"].is_null());
        Cell::Bool(tipalti)
    }),
    Column::new("created_at", |a| Cell::opt_text(a.created_at.clone())),
    Column::new("settled_until", |a| Cell::opt_text(a.settled_until.clone())),
];
/// A settlement; the list has no account settlements, which only the detail shows.
const SETTLEMENTS: &[Column<SettlementWithRows>] = &[
    Column::new("id", |s| Cell::text(&s.settlement.id)),
    Column::new("amount", |s| Cell::Money(s.settlement.amount.value)),
    Column::new("currency", |s| {
        Cell::opt_text(Currency::code(&s.settlement.currency))
    }),
    Column::new("until", |s| Cell::opt_text(s.settlement.until.clone())),
    Column::new("note", |s| Cell::opt_text(s.settlement.note.clone())),
    Column::new("created_at", |s| {
        Cell::opt_text(s.settlement.created_at.clone())
    }),
    Column::new("new", |s| {
        Cell::Int(s.settlement.new_account_settlements_count)
    }),
    Column::new("in_progress", |s| {
        Cell::Int(s.settlement.in_progress_account_settlements_count)
    }),
    Column::new("paid", |s| {
        Cell::Int(s.settlement.paid_account_settlements_count)
    }),
    Column::new("error", |s| {
        Cell::Int(s.settlement.error_account_settlements_count)
    }),
    Column::new("amounts", |s| {
        amounts_cell(&s.settlement.account_settlement_amounts)
    }),
];
/// What `payouts show` adds to a settlement.
const SETTLEMENT_DETAIL: &[Column<SettlementWithRows>] =
    &[Column::new("account_settlements", |s| {
        record::nested(ACCOUNT_SETTLEMENTS, &s.account_settlements)
    })];
const TYPES_SUPPORTED: &[Column<SupportedType>] = &[
    Column::new("type", |t| {
        Cell::text(methods::friendly(&t.payment_method_type))
    }),
    Column::new("wire", |t| Cell::text(&t.payment_method_type)),
    Column::new("currencies", |t| Cell::Text(t.currency_codes.join(","))),
    Column::new("fields", |t| {
        Cell::opt_text(type_fields(&t.payment_method_type))
    }),
];

pub fn balance(ctx: &Context, args: &BalanceArgs) -> Result<()> {
    let take = args.take.take()?;
    let filter = Filter::new(&args.filter, args.filter.until)?;
    let listing = ctx.listing(BALANCES, take, PAGE)?;
    let client = client(ctx)?;
    let path = format!("{BILLING}/open-balances");
    let query = filter.query();
    // Counted row by row, read by the footer.
    let without_details = std::cell::Cell::new(0);
    let by_currency = record::names(BY_CURRENCY);
    listing::stream(
        listing,
        pages(&client, &path, &query, open_balances),
        |b, totals| {
            without_details.set(without_details.get() + usize::from(!b.has_billing_details));
            // Per currency from each account's own split (an account may hold several).
            for split in &b.balances_by_currency {
                let row = record::cells(BY_CURRENCY, split);
                totals.add(
                    &by_currency,
                    &row,
                    "currency",
                    &["open_balance", "on_hold_balance"],
                );
            }
            true
        },
        |_, mut footer| {
            let without_details = without_details.get();
            if without_details > 0 {
                let note = format!(
                    "{without_details} account(s) have no billing details: settlement skips \
                     them (affpay trackdesk billing-details set)"
                );
                // Under a table; on stderr for machine formats, so scripts still hear of it.
                if ctx.global.output == Format::Table {
                    footer.push(note);
                } else {
                    crate::notice!("affpay: {note}");
                }
            }
            footer
        },
    )
}

/// The default payment method when Trackdesk names its type.
fn known_method(method: &Option<PaymentMethodBalance>) -> Option<&PaymentMethodBalance> {
    method
        .as_ref()
        .filter(|m| !methods::friendly(&m.payment_method_type).is_empty())
}

fn method_type(method: Option<&PaymentMethodBalance>) -> Cell {
    method.map_or(Cell::Null, |m| {
        Cell::text(methods::friendly(&m.payment_method_type))
    })
}

fn method_currency(method: Option<&PaymentMethodBalance>) -> Cell {
    method.map_or(Cell::Null, |m| {
        Cell::opt_text(Currency::code(&m.payment_method_currency))
    })
}

fn method_balance(method: Option<&PaymentMethodBalance>) -> Cell {
    method.map_or(Cell::Null, |m| Cell::Money(m.open_balance.value))
}

pub fn show_balance(ctx: &Context, account: &str, until: Option<DateTime<Utc>>) -> Result<()> {
    let selection = ctx.select(ACCOUNT_BALANCES)?;
    let path = format!("{BILLING}/account-balances/{}", path_segment(account)?);
    let query: Vec<(&str, String)> = until.map(|u| ("until", rfc3339(u))).into_iter().collect();
    let b: AccountBalances = client(ctx)?.get(&path, &query)?;
    let cells = record::cells(ACCOUNT_BALANCES, &(account.to_string(), b));
    ctx.write_record(&selection, cells)
}

pub fn amounts_cell(amounts: &[Amount]) -> Cell {
    record::nested(AMOUNTS, amounts)
}

pub fn account_settlements(ctx: &Context, args: &PayoutsArgs) -> Result<()> {
    let mut query = range_query(&args.range)?;
    if let Some(account) = &args.account {
        query.push(("accountId", account.clone()));
    }
    list_totalled(
        ctx,
        &format!("{BILLING}/account-settlements"),
        &query,
        &args.take,
        ACCOUNT_SETTLEMENTS,
        |page: AccountSettlements| (page.account_settlements, page.pagination),
        Some(("currency", &["amount"])),
    )
}

/// Streams the rows of a list endpoint (`path`) in the chosen format.
pub fn list<P: DeserializeOwned, T: std::fmt::Debug>(
    ctx: &Context,
    path: &str,
    query: &[(&'static str, String)],
    take: &TakeArgs,
    columns: &[Column<T>],
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
) -> Result<()> {
    list_totalled(ctx, path, query, take, columns, rows, None)
}

/// [`list`], with totals per currency under the table: the `currency` column, and the money
/// columns to sum.
fn list_totalled<P: DeserializeOwned, T: std::fmt::Debug>(
    ctx: &Context,
    path: &str,
    query: &[(&'static str, String)],
    take: &TakeArgs,
    columns: &[Column<T>],
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
    totals: Option<(&'static str, &'static [&'static str])>,
) -> Result<()> {
    let take = take.take()?;
    let mut listing = ctx.listing(columns, take, PAGE)?;
    if let Some((currency, summed)) = totals {
        listing = listing.totals(currency, summed);
    }
    let client = client(ctx)?;
    listing.stream(pages(&client, path, query, rows))
}

pub fn settlements(ctx: &Context, range: &RangeArgs, take: &TakeArgs) -> Result<()> {
    list(
        ctx,
        &format!("{BILLING}/settlements"),
        &range_query(range)?,
        take,
        SETTLEMENTS,
        |page: Settlements| {
            let listed = page
                .settlements
                .into_iter()
                .map(|settlement| SettlementWithRows {
                    settlement,
                    account_settlements: Vec::new(),
                });
            (listed.collect(), page.pagination)
        },
    )
}

pub fn show_settlement(ctx: &Context, id: &str) -> Result<()> {
    let tables = [SETTLEMENTS, SETTLEMENT_DETAIL];
    let selection = record::joined_selection(&tables, ctx.global.fields.as_deref())?;
    path_segment(id)?;
    let found = get_settlement(&client(ctx)?, id)?;
    ctx.write_record(&selection, record::joined_cells(&tables, &found))
}

pub fn types(ctx: &Context) -> Result<()> {
    let selection = ctx.select(TYPES_SUPPORTED)?;
    let supported: Supported = client(ctx)?.get(SUPPORTED_TYPES, &[])?;
    let mut writer = ctx.list_writer(selection);
    for t in &supported.types {
        writer.row(record::cells(TYPES_SUPPORTED, t))?;
    }
    writer.finish(&[])
}

/// The flags of a payment method type affpay knows (`--iban (required) --bic`).
fn type_fields(wire: &str) -> Option<String> {
    TYPES.iter().find(|known| known.wire == wire).map(|known| {
        known
            .fields
            .iter()
            .map(|f| {
                let required = if f.required { " (required)" } else { "" };
                format!("--{}{required}", f.flag)
            })
            .collect::<Vec<_>>()
            .join(" ")
    })
}
