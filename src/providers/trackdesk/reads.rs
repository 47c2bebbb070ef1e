//! The `affpay trackdesk` commands that only read: open balances, account settlements,
//! settlements and payment method types, and `list`, which streams any list endpoint (the
//! advertisers' lists use it too). Nothing here changes anything, so nothing is journalled.

use super::args::{BalanceArgs, Filter, PayoutsArgs, RangeArgs, range_query};
use super::client::{
    BILLING, SUPPORTED_TYPES, client, get_settlement, open_balances, path_segment, rfc3339, walk,
};
use super::methods::{self, TYPES};
use super::wire::*;
use crate::context::Context;
use crate::output::{Cell, Format, Nested};
use crate::paging;
use crate::paging::TakeArgs;
use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;

const BALANCE_COLUMNS: &[&str] = &[
    "account_id",
    "name",
    "open_balance",
    "on_hold_balance",
    "currency",
    "payment_method",
    "payment_method_currency",
    "payment_method_open_balance",
    "has_billing_details",
    "conversions",
    "conversion_sources",
    "by_currency",
];
const BY_CURRENCY_COLUMNS: &[&str] = &["currency", "open_balance", "on_hold_balance"];
const ACCOUNT_BALANCE_COLUMNS: &[&str] = &[
    "account_id",
    "open_balance",
    "on_hold_balance",
    "conversion_open_balance",
    "conversion_on_hold_balance",
    "commission_open_balance",
    "commission_on_hold_balance",
    "client_revshare_open_balance",
    "payment_method",
    "payment_method_currency",
    "payment_method_open_balance",
    "settled",
];
const AMOUNT_COLUMNS: &[&str] = &["amount", "currency"];
pub const ACCOUNT_SETTLEMENT_COLUMNS: &[&str] = &[
    "id",
    "account_id",
    "account_name",
    "amount",
    "currency",
    "status",
    "payment_method",
    "payment_method_currency",
    "tipalti",
    "created_at",
    "settled_until",
];
const SETTLEMENT_COLUMNS: &[&str] = &[
    "id",
    "amount",
    "currency",
    "until",
    "note",
    "created_at",
    "new",
    "in_progress",
    "paid",
    "error",
    "amounts",
];
const SETTLEMENT_DETAIL_COLUMNS: &[&str] = &[
    "id",
    "amount",
    "currency",
    "until",
    "note",
    "created_at",
    "new",
    "in_progress",
    "paid",
    "error",
    "amounts",
    "account_settlements",
];
const TYPE_COLUMNS: &[&str] = &["type", "wire", "currencies", "fields"];

pub fn balance(ctx: &Context, args: &BalanceArgs) -> Result<()> {
    let take = args.take.take()?;
    let filter = Filter::new(&args.filter, args.filter.until)?;
    let selection = ctx.selection(BALANCE_COLUMNS)?;
    let client = client(ctx)?;
    let mut writer = ctx.list_writer(selection);
    let mut without_details = 0;
    let mut totals = crate::output::Totals::for_fields(ctx.global.fields.as_deref());
    let walked = walk(
        &client,
        &format!("{BILLING}/open-balances"),
        &filter.query(),
        take,
        open_balances,
        |rows| {
            for b in rows {
                without_details += usize::from(!b.has_billing_details);
                let row = balance_cells(b);
                // Per currency from each account's own split (an account may hold several).
                if let Some(Cell::Nested(split)) = row.last() {
                    for r in &split.rows {
                        totals.add(
                            BY_CURRENCY_COLUMNS,
                            r,
                            "currency",
                            &["open_balance", "on_hold_balance"],
                        );
                    }
                }
                writer.row(row)?;
            }
            writer.flush()
        },
    )?;
    let mut footer = totals.lines();
    footer.extend(paging::more_hint(&walked));
    if without_details > 0 {
        let note = format!(
            "{without_details} account(s) have no billing details: settlement skips them \
             (affpay trackdesk billing-details set)"
        );
        // Under a table; on stderr for machine formats, so scripts still hear of it.
        if ctx.global.output == Format::Table {
            footer.push(note);
        } else {
            crate::notice!("affpay: {note}");
        }
    }
    writer.finish(&footer)
}

fn balance_cells(b: Balance) -> Vec<Cell> {
    let single_currency = match b.balances_by_currency.as_slice() {
        [only] => Currency::code(&only.currency),
        _ => None,
    };
    let by_currency = b
        .balances_by_currency
        .iter()
        .map(|c| {
            vec![
                Cell::opt_text(Currency::code(&c.currency)),
                Cell::Money(c.open_balance.value),
                Cell::Money(c.on_hold_balance.value),
            ]
        })
        .collect();
    let mut cells = vec![
        Cell::Text(b.account_id),
        Cell::Text(b.name),
        Cell::Money(b.open_balance.value),
        Cell::Money(b.on_hold_balance.value),
        Cell::opt_text(single_currency),
    ];
    cells.extend(method_cells(b.default_payment_method.as_ref()));
    cells.extend([
        Cell::Bool(b.has_billing_details),
        Cell::Int(b.open_balance_conversion_count),
        Cell::Int(b.open_balance_conversion_source_count),
        Cell::Nested(Nested {
            columns: BY_CURRENCY_COLUMNS,
            rows: by_currency,
        }),
    ]);
    cells
}

/// Default payment method: type, currency, open balance in that currency.
fn method_cells(method: Option<&PaymentMethodBalance>) -> [Cell; 3] {
    let known = method.filter(|m| !methods::friendly(&m.payment_method_type).is_empty());
    match known {
        Some(m) => [
            Cell::text(methods::friendly(&m.payment_method_type)),
            Cell::opt_text(Currency::code(&m.payment_method_currency)),
            Cell::Money(m.open_balance.value),
        ],
        None => [Cell::Null, Cell::Null, Cell::Null],
    }
}

pub fn show_balance(ctx: &Context, account: &str, until: Option<DateTime<Utc>>) -> Result<()> {
    let selection = ctx.selection(ACCOUNT_BALANCE_COLUMNS)?;
    let path = format!("{BILLING}/account-balances/{}", path_segment(account)?);
    let query: Vec<(&str, String)> = until.map(|u| ("until", rfc3339(u))).into_iter().collect();
    let b: AccountBalances = client(ctx)?.get(&path, &query)?;
    let mut cells = vec![
        Cell::text(account),
        Cell::Money(b.open_balance.value),
        Cell::Money(b.on_hold_balance.value),
        Cell::Money(b.conversion_open_balance.value),
        Cell::Money(b.conversion_on_hold_balance.value),
        Cell::Money(b.commission_open_balance.value),
        Cell::Money(b.commission_on_hold_balance.value),
        Cell::Money(b.client_revshare_open_balance.value),
    ];
    cells.extend(method_cells(b.default_payment_method.as_ref()));
    cells.push(amounts_cell(&b.settled_balance));
    ctx.write_record(&selection, cells)
}

pub fn amounts_cell(amounts: &[Amount]) -> Cell {
    Cell::Nested(Nested {
        columns: AMOUNT_COLUMNS,
        rows: amounts
            .iter()
            .map(|a| {
                vec![
                    Cell::Money(a.amount.value),
                    Cell::opt_text(Currency::code(&a.currency)),
                ]
            })
            .collect(),
    })
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
        ACCOUNT_SETTLEMENT_COLUMNS,
        |page: AccountSettlements| (page.account_settlements, page.pagination),
        account_settlement_cells,
        Some(("currency", &["amount"])),
    )
}

/// Streams the rows of a list endpoint (`path`) in the chosen format.
pub fn list<P: DeserializeOwned, T: std::fmt::Debug>(
    ctx: &Context,
    path: &str,
    query: &[(&'static str, String)],
    take: &TakeArgs,
    columns: &'static [&'static str],
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
    cells: fn(T) -> Vec<Cell>,
) -> Result<()> {
    list_totalled(ctx, path, query, take, columns, rows, cells, None)
}

/// [`list`], with totals per currency under the table: the `currency` column, and the money
/// columns to sum.
#[allow(clippy::too_many_arguments)]
fn list_totalled<P: DeserializeOwned, T: std::fmt::Debug>(
    ctx: &Context,
    path: &str,
    query: &[(&'static str, String)],
    take: &TakeArgs,
    columns: &'static [&'static str],
    rows: fn(P) -> (Vec<T>, Option<Pagination>),
    cells: fn(T) -> Vec<Cell>,
    summed: Option<(&str, &[&'static str])>,
) -> Result<()> {
    let take = take.take()?;
    let selection = ctx.selection(columns)?;
    let client = client(ctx)?;
    let mut writer = ctx.list_writer(selection);
    let mut totals = crate::output::Totals::for_fields(ctx.global.fields.as_deref());
    let walked = walk(&client, path, query, take, rows, |page| {
        for row in page {
            let row = cells(row);
            if let Some((currency, summed)) = summed {
                totals.add(columns, &row, currency, summed);
            }
            writer.row(row)?;
        }
        writer.flush()
    })?;
    let mut footer = totals.lines();
    footer.extend(paging::more_hint(&walked));
    writer.finish(&footer)
}

pub fn account_settlement_cells(a: AccountSettlement) -> Vec<Cell> {
    let method = a.payment_method.unwrap_or_default();
    let tipalti = method.kind == "PAYMENT_METHOD_TYPE_TIPALTI"
        || a.payment_data
            .as_ref()
            .is_some_and(|d| !d["tipalti"].is_null());
    vec![
        Cell::Text(a.id),
        Cell::Text(a.account_id),
        Cell::Text(a.account_name),
        Cell::Money(a.amount.value),
        Cell::opt_text(Currency::code(&a.currency)),
        Cell::Text(status_name(&a.status)),
        Cell::text(methods::friendly(&method.kind)),
        Cell::Text(method.currency_code),
        Cell::Bool(tipalti),
        Cell::opt_text(a.created_at),
        Cell::opt_text(a.settled_until),
    ]
}

pub fn settlements(ctx: &Context, range: &RangeArgs, take: &TakeArgs) -> Result<()> {
    list(
        ctx,
        &format!("{BILLING}/settlements"),
        &range_query(range)?,
        take,
        SETTLEMENT_COLUMNS,
        |page: Settlements| (page.settlements, page.pagination),
        settlement_cells,
    )
}

fn settlement_cells(s: Settlement) -> Vec<Cell> {
    vec![
        Cell::Text(s.id),
        Cell::Money(s.amount.value),
        Cell::opt_text(Currency::code(&s.currency)),
        Cell::opt_text(s.until),
        Cell::opt_text(s.note),
        Cell::opt_text(s.created_at),
        Cell::Int(s.new_account_settlements_count),
        Cell::Int(s.in_progress_account_settlements_count),
        Cell::Int(s.paid_account_settlements_count),
        Cell::Int(s.error_account_settlements_count),
        amounts_cell(&s.account_settlement_amounts),
    ]
}

pub fn show_settlement(ctx: &Context, id: &str) -> Result<()> {
    let selection = ctx.selection(SETTLEMENT_DETAIL_COLUMNS)?;
    path_segment(id)?;
    let found = get_settlement(&client(ctx)?, id)?;
    let mut cells = settlement_cells(found.settlement);
    cells.push(Cell::Nested(Nested {
        columns: ACCOUNT_SETTLEMENT_COLUMNS,
        rows: found
            .account_settlements
            .into_iter()
            .map(account_settlement_cells)
            .collect(),
    }));
    ctx.write_record(&selection, cells)
}

pub fn types(ctx: &Context) -> Result<()> {
    let selection = ctx.selection(TYPE_COLUMNS)?;
    let supported: Supported = client(ctx)?.get(SUPPORTED_TYPES, &[])?;
    let mut writer = ctx.list_writer(selection);
    for t in supported.types {
        let fields = TYPES
            .iter()
            .find(|known| known.wire == t.payment_method_type)
            .map(|known| {
                known
                    .fields
                    .iter()
                    .map(|f| {
                        let required = if f.required { " (required)" } else { "" };
                        format!("--{}{required}", f.flag)
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        writer.row(vec![
            Cell::text(methods::friendly(&t.payment_method_type)),
            Cell::Text(t.payment_method_type),
            Cell::Text(t.currency_codes.join(",")),
            Cell::opt_text(fields),
        ])?;
    }
    writer.finish(&[])
}
