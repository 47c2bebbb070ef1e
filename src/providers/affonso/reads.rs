//! The `affpay affonso` verbs that list and show: commissions and payouts, each with its
//! column tables. Nothing here changes anything, so nothing is journalled; the derived
//! balance, which reads commissions too, keeps its own file.

use super::args::{ActionsArgs, Created, PayoutsArgs, check_range, given, report_left_out};
use super::client::{MAX_PAGE, client, pages, path_segment};
use super::wire::{Commission, Payout, Transaction};
use crate::context::Context;
use crate::listing;
use crate::output::Cell;
use crate::record::{self, Column};
use anyhow::Result;
use serde_json::Value;

const COMMISSIONS: &[Column<Commission>] = &[
    Column::new("id", |c| Cell::text(&c.id)),
    Column::new("affiliate_id", |c| Cell::opt_text(c.affiliate_id.clone())),
    Column::new("referral_id", |c| Cell::opt_text(c.referral_id.clone())),
    Column::new("program_id", |c| Cell::opt_text(c.program_id.clone())),
    Column::new("sale_amount", |c| Cell::opt_money(c.sale_amount)),
    Column::new("sale_amount_currency", |c| {
        Cell::opt_text(c.sale_amount_currency.clone())
    }),
    Column::new("commission_amount", |c| {
        Cell::opt_money(c.commission_amount)
    }),
    Column::new("commission_currency", |c| {
        Cell::opt_text(c.commission_currency.clone())
    }),
    Column::new("status", |c| Cell::opt_text(c.status.clone())),
    Column::new("sales_status", |c| Cell::opt_text(c.sales_status.clone())),
    Column::new("hold_period_days", |c| {
        c.hold_period_days.map_or(Cell::Null, Cell::Int)
    }),
    Column::new("payment_intent_id", |c| {
        Cell::opt_text(c.payment_intent_id.clone())
    }),
    Column::new("invoice_id", |c| Cell::opt_text(c.invoice_id.clone())),
    Column::new("created_at", |c| Cell::opt_text(c.created_at.clone())),
    Column::new("updated_at", |c| Cell::opt_text(c.updated_at.clone())),
];
/// What `commissions show` adds: the objects `--expand` asked for.
const COMMISSION_EXPANDED: &[Column<Commission>] = &[
    Column::new("affiliate", |c| json_cell(&c.affiliate)),
    Column::new("referral", |c| json_cell(&c.referral)),
    Column::new("affiliate_program", |c| json_cell(&c.affiliate_program)),
];
const PAYOUTS: &[Column<Payout>] = &[
    Column::new("id", |p| Cell::opt_text(p.id.clone())),
    Column::new("affiliate_id", |p| Cell::opt_text(p.affiliate_id.clone())),
    Column::new("affiliate_name", |p| Cell::opt_text(p.name())),
    Column::new("affiliate_email", |p| Cell::opt_text(p.email())),
    Column::new("amount", |p| Cell::opt_money(p.amount)),
    Column::new("currency", |p| Cell::opt_text(p.currency.clone())),
    Column::new("status", |p| Cell::opt_text(p.status.clone())),
    Column::new("payment_method", |p| {
        Cell::opt_text(p.payment_method.clone())
    }),
    Column::new("payment_reference", |p| {
        Cell::opt_text(p.payment_reference.clone())
    }),
    Column::new("invoice_number", |p| {
        Cell::opt_text(p.invoice_number.clone())
    }),
    Column::new("processed_at", |p| Cell::opt_text(p.processed_at.clone())),
    Column::new("created_at", |p| Cell::opt_text(p.created_at.clone())),
    Column::new("updated_at", |p| Cell::opt_text(p.updated_at.clone())),
];
/// What `payouts show` adds: the payout's transactions.
const PAYOUT_TRANSACTIONS: &[Column<Payout>] = &[Column::new("transactions", |p| {
    record::nested(TRANSACTIONS, &p.transactions)
})];
const TRANSACTIONS: &[Column<Transaction>] = &[
    Column::new("id", |t| Cell::text(&t.id)),
    Column::new("amount", |t| Cell::opt_money(t.amount)),
    Column::new("commission_id", |t| {
        Cell::opt_text(t.commission.as_ref().map(|c| c.id.clone()))
    }),
    Column::new("commission_amount", |t| {
        Cell::opt_money(t.commission.as_ref().and_then(|c| c.commission_amount))
    }),
    Column::new("created_at", |t| Cell::opt_text(t.created_at.clone())),
];

pub fn commissions(ctx: &Context, args: &ActionsArgs) -> Result<()> {
    check_range(args.created.from, args.created.until)?;
    let take = args.take.take()?;
    let listing = ctx.listing(COMMISSIONS, take, MAX_PAGE)?;
    let client = client(ctx)?;
    let range = Created::new(args.created.from, args.created.until);
    let filters = commission_filters(args, range);
    let left_out = std::cell::Cell::new(0);
    listing::stream(
        listing,
        pages(&client, "/v1/commissions", &filters),
        |c, _| {
            let kept = range.holds(c);
            left_out.set(left_out.get() + u64::from(!kept));
            kept
        },
        |_, footer| {
            report_left_out(left_out.get());
            footer
        },
    )
}

fn commission_filters(args: &ActionsArgs, range: Created) -> Vec<(&'static str, String)> {
    let mut filters = given(vec![
        ("affiliate_id", args.affiliate.clone()),
        ("referral_id", args.referral.clone()),
        ("status", args.status.clone()),
        ("sales_status", args.sales_status.clone()),
    ]);
    filters.extend(range.params());
    filters
}

pub fn show_commission(ctx: &Context, id: &str, expand: &[String]) -> Result<()> {
    let tables = [COMMISSIONS, COMMISSION_EXPANDED];
    let selection = record::joined_selection(&tables, ctx.global.fields.as_deref())?;
    let query: Vec<(&str, String)> = if expand.is_empty() {
        Vec::new()
    } else {
        vec![("expand", expand.join(","))]
    };
    let commission: Commission =
        client(ctx)?.one(&format!("/v1/commissions/{}", path_segment(id)?), &query)?;
    ctx.write_record(&selection, record::joined_cells(&tables, &commission))
}

pub fn payouts(ctx: &Context, args: &PayoutsArgs) -> Result<()> {
    check_range(args.created.from, args.created.until)?;
    let take = args.take.take()?;
    let listing = ctx
        .listing(PAYOUTS, take, MAX_PAGE)?
        .totals("currency", &["amount"]);
    let filters = given(vec![
        ("status", args.status.clone()),
        ("affiliateId", args.affiliate.clone()),
        ("dateFrom", args.created.from.map(|d| d.to_string())),
        ("dateTo", args.created.until.map(|d| d.to_string())),
    ]);
    let client = client(ctx)?;
    listing.stream(pages(&client, "/v1/payouts", &filters))
}

pub fn show_payout(ctx: &Context, id: &str) -> Result<()> {
    let tables = [PAYOUTS, PAYOUT_TRANSACTIONS];
    let selection = record::joined_selection(&tables, ctx.global.fields.as_deref())?;
    let payout: Payout = client(ctx)?.one(&format!("/v1/payouts/{}", path_segment(id)?), &[])?;
    ctx.write_record(&selection, record::joined_cells(&tables, &payout))
}

fn json_cell(value: &Option<Value>) -> Cell {
    value.clone().map_or(Cell::Null, Cell::Json)
}
