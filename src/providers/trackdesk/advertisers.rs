//! What advertisers owe the program (Trackdesk's `revenue-origin-billing`): their open
//! balances, the advertiser settlements ("claims") that invoice them, creating one per
//! advertiser and deleting one. A claim turns an advertiser's open balance into an amount
//! invoiced; deleting it makes the balance open again. Neither transfers money by itself, but
//! both change what is owed, and the API has no idempotency keys, so both go through the
//! shared plan and journal: a rerun the same day claims nothing twice.

use super::args::{RangeArgs, range_query, until_instant};
use super::client::{Client, client, path_segment, rfc3339, walk};
use super::identity::Trackdesk;
use super::reads::list;
use super::shared_changes::{checked_ids, now};
use super::wire::{Currency, Pagination};
use super::wire_revenue::{Claim, Claims, OneClaim, Receivable, Receivables};
use crate::context::Context;
use crate::error::{Kind, fail, usage};
use crate::http::{Api, Request, Response};
use crate::money;
use crate::money_args::MoneyArgs;
use crate::output::Cell;
use crate::paging::Take;
use crate::paging::TakeArgs;
use crate::plan::{self, Answered, Line, Plan};
use crate::record::{self, Column};
use anyhow::Result;
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use reqwest::Method;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::BTreeSet;

pub const ROB: &str = "/api/node/revenue-origin-billing/v1";

/// The advertiser open-balance filter that `receivables` and `claim` share.
#[derive(Debug, Clone, Args)]
pub struct ReceivableFilter {
    /// Balances up to this moment (YYYY-MM-DD is the end of that day, UTC; default: now —
    /// Trackdesk requires one, so it is always sent).
    #[arg(long, value_name = "DATETIME", value_parser = until_instant)]
    until: Option<DateTime<Utc>>,
    /// Only advertisers whose open balance is at least X.
    #[arg(long, value_name = "X")]
    min_amount: Option<String>,
    /// Only advertisers with this tag (repeatable; any of them).
    #[arg(long = "tag", value_name = "TAG_ID")]
    tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ReceivablesArgs {
    #[command(flatten)]
    filter: ReceivableFilter,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ClaimsArgs {
    #[command(subcommand)]
    sub: Option<ClaimsSub>,
    #[command(flatten)]
    range: RangeArgs,
    #[command(flatten)]
    take: TakeArgs,
}

#[derive(Debug, Subcommand)]
enum ClaimsSub {
    /// One advertiser settlement, with the billing details it was issued to.
    #[command(
        after_help = "Reads only.\n\nExample:\n  affpay trackdesk claims show CLAIM_ID -o json"
    )]
    Show {
        /// The advertiser settlement (claim).
        claim_id: String,
    },
    /// Delete advertiser settlements: their amounts become open balances again.
    #[command(
        after_help = "Money: DELETE /api/node/revenue-origin-billing/v1/claims/{id}: the advertiser no longer owes the claim; its amount is \
        open again and a later claim invoices it again.\n\n\
        Example:\n  affpay trackdesk claims delete CLAIM_ID --yes"
    )]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The advertiser settlements (claims) to delete.
    #[arg(required = true, value_name = "CLAIM_ID")]
    ids: Vec<String>,
    #[command(flatten)]
    money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct ClaimArgs {
    /// Claim only from these advertisers (repeatable; default: every advertiser the filter
    /// selects).
    #[arg(long = "advertiser", value_name = "ID")]
    advertisers: Vec<String>,
    #[command(flatten)]
    filter: ReceivableFilter,
    /// A note stored with each advertiser settlement.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[command(flatten)]
    money: MoneyArgs,
}

const RECEIVABLES: &[Column<Receivable>] = &[
    Column::new("advertiser_id", |r| Cell::text(&r.revenue_origin.id)),
    Column::new("name", |r| Cell::text(&r.revenue_origin.name)),
    Column::new("open_balance", |r| Cell::Money(r.open_balance.value)),
    Column::new("on_hold_balance", |r| Cell::Money(r.on_hold_balance.value)),
    Column::new("has_billing_details", |r| Cell::Bool(r.has_billing_details)),
];
const CLAIMS: &[Column<Claim>] = &[
    Column::new("id", |c| Cell::text(&c.id)),
    Column::new("advertiser_id", |c| Cell::text(&c.revenue_origin.id)),
    Column::new("advertiser_name", |c| Cell::text(&c.revenue_origin.name)),
    Column::new("amount", |c| Cell::Money(c.amount.value)),
    Column::new("currency", |c| Cell::opt_text(Currency::code(&c.currency))),
    Column::new("until", |c| Cell::opt_text(c.until.clone())),
    Column::new("note", |c| Cell::non_empty(&c.note)),
    Column::new("payment_method", |c| {
        Cell::non_empty(&c.payment_method_for_advertiser)
    }),
    Column::new("created_at", |c| Cell::opt_text(c.created_at.clone())),
];
/// What `claims show` adds: the billing details the claim was made with.
const CLAIM_BILLING: &[Column<Claim>] = &[Column::new("billing_detail", |c| {
    Cell::Json(c.billing_detail.clone().unwrap_or(json!({})))
})];

pub fn claims(ctx: &Context, args: &ClaimsArgs) -> Result<()> {
    match &args.sub {
        None => list(
            ctx,
            &format!("{ROB}/claims"),
            &range_query(&args.range)?,
            &args.take,
            CLAIMS,
            |page: Claims| (page.claims, page.pagination),
        ),
        Some(ClaimsSub::Show { claim_id }) => show(ctx, claim_id),
        Some(ClaimsSub::Delete(delete_args)) => delete(ctx, delete_args),
    }
}

/// A checked filter: the query of `open-balances` and the body's `filter` of a claim.
struct Filter {
    until: String,
    min_amount: Option<Decimal>,
    tags: Vec<String>,
}

impl Filter {
    fn new(args: &ReceivableFilter, until: DateTime<Utc>) -> Result<Filter> {
        let min_amount = args
            .min_amount
            .as_deref()
            .map(|text| match money::parse_amount(text) {
                Ok(a) if a >= Decimal::ZERO => Ok(a),
                Ok(_) => Err(usage(format!("--min-amount '{text}' must not be negative"))),
                Err(e) => Err(usage(format!("--min-amount {e}"))),
            })
            .transpose()?;
        Ok(Filter {
            until: rfc3339(until),
            min_amount,
            tags: args.tags.clone(),
        })
    }

    fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = vec![("filter.until", self.until.clone())];
        if let Some(min) = self.min_amount {
            query.push(("filter.minAmount.value", min.to_string()));
        }
        for tag in &self.tags {
            query.push(("filter.revenueOriginTagIds", tag.clone()));
        }
        query
    }

    fn body(&self) -> Value {
        let mut body = json!({ "until": self.until });
        if let Some(min) = self.min_amount {
            body["minAmount"] = json!({ "value": min.to_string() });
        }
        if !self.tags.is_empty() {
            body["revenueOriginTagIds"] = json!(self.tags);
        }
        body
    }
}

fn receivables_page(page: Receivables) -> (Vec<Receivable>, Option<Pagination>) {
    (page.balances, page.pagination)
}

fn walk_receivables(
    client: &Client,
    filter: &Filter,
    take: Take,
    emit: impl FnMut(Vec<Receivable>) -> Result<()>,
) -> Result<()> {
    walk(
        client,
        &format!("{ROB}/open-balances"),
        &filter.query(),
        take,
        receivables_page,
        emit,
    )
    .map(|_| ())
}

/// Every advertiser's open balance up to `until`, unfiltered: what `affpay balance` lists as
/// owed to the program.
pub fn every_receivable(
    client: &Client,
    until: DateTime<Utc>,
    emit: impl FnMut(Vec<Receivable>) -> Result<()>,
) -> Result<()> {
    let filter = Filter {
        until: rfc3339(until),
        min_amount: None,
        tags: Vec::new(),
    };
    walk_receivables(client, &filter, Take::All, emit)
}

pub fn receivables(ctx: &Context, args: &ReceivablesArgs) -> Result<()> {
    args.take.take()?;
    let filter = Filter::new(&args.filter, args.filter.until.unwrap_or_else(now))?;
    list(
        ctx,
        &format!("{ROB}/open-balances"),
        &filter.query(),
        &args.take,
        RECEIVABLES,
        receivables_page,
    )
}

fn show(ctx: &Context, id: &str) -> Result<()> {
    let id = path_segment(id)?;
    let selection =
        record::joined_selection(&[CLAIMS, CLAIM_BILLING], ctx.global.fields.as_deref())?;
    let found: OneClaim = client(ctx)?.get(&format!("{ROB}/claims/{id}"), &[])?;
    let claim = found.claim.ok_or_else(|| {
        fail(
            Kind::Unreadable,
            format!("trackdesk answered advertiser settlement {id} without it"),
        )
    })?;
    let cells = record::joined_cells(&[CLAIMS, CLAIM_BILLING], &claim);
    ctx.write_record(&selection, cells)
}

fn delete(ctx: &Context, args: &DeleteArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let ids = checked_ids(&args.ids, &args.money)?;
    let client = client(ctx)?;
    let mut plan = Plan::new(ctx, &Trackdesk, "claim-delete", args.money.batch());
    plan.notice = Some(
        "deleting an advertiser settlement makes its amount an open balance again".to_string(),
    );
    for id in ids {
        let request = client.write(Method::DELETE, &format!("{ROB}/claims/{id}"), None);
        plan.push(id, None, None, request, args.money.idempotency_key.clone());
    }
    plan::execute(
        ctx,
        &client.api,
        plan,
        &safety,
        &super::shared_changes::deleted,
    )
}

/// Reads the advertisers' open balances with the filter (its `until` pinned: `--until`, else
/// the moment of reading), then one claim per selected advertiser. The key holds the
/// advertiser, `until` as asked (`latest` without it) and the batch — never the balance
/// Trackdesk reported — so a rerun the same day claims nothing twice.
pub fn claim(ctx: &Context, args: &ClaimArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    for id in &args.advertisers {
        path_segment(id)?;
    }
    if let Some(note) = &args.note
        && note.trim().is_empty()
    {
        return Err(usage("--note must not be empty"));
    }
    let until = args.filter.until.unwrap_or_else(now);
    let filter = Filter::new(&args.filter, until)?;
    let client = client(ctx)?;
    let mut balances = Vec::new();
    walk_receivables(&client, &filter, Take::All, |rows| {
        balances.extend(rows);
        Ok(())
    })?;
    let mut plan = Plan::new(ctx, &Trackdesk, "claim", args.money.batch());
    let chosen = select(&mut plan, balances, &args.advertisers);
    args.money
        .check_single_key(chosen.len() <= 1, "claim", "name one --advertiser")?;
    let until_part = match args.filter.until {
        Some(asked) => format!("until={}", rfc3339(asked)),
        None => "until=latest".to_string(),
    };
    plan.notice = Some(format!(
        "invoices {} advertiser(s) for what they owe until {}; their open balances become advertiser settlements",
        chosen.len(),
        filter.until
    ));
    for b in chosen {
        let body = json!({
            "filter": filter.body(),
            "revenueOriginId": b.revenue_origin.id,
            // Required by the document although described as optional.
            "note": args.note.clone().unwrap_or_default(),
        });
        let request = client.write(Method::POST, &format!("{ROB}/claim-balances"), Some(body));
        // The balance read is shown (a line: confirmation, totals, --max-total) but is not
        // the item's amount: the journal compares an item's amount on a rerun, and a balance
        // that grew since must not make a claim already made look like another request.
        plan.lines.push(Line {
            target: b.revenue_origin.id.clone(),
            amount: b.open_balance.value,
            currency: None,
        });
        plan.push_variant(
            b.revenue_origin.id.clone(),
            None,
            None,
            request,
            args.money.idempotency_key.clone(),
            Some(&until_part),
        );
    }
    plan::execute(ctx, &client.api, plan, &safety, &claimed)
}

/// The advertisers to claim from, in Trackdesk's order; the rest to `plan.skipped`.
fn select(plan: &mut Plan, balances: Vec<Receivable>, asked: &[String]) -> Vec<Receivable> {
    let wanted: BTreeSet<&str> = asked.iter().map(String::as_str).collect();
    let mut seen = BTreeSet::new();
    let mut chosen = Vec::new();
    for b in balances {
        let id = b.revenue_origin.id.clone();
        if (!wanted.is_empty() && !wanted.contains(id.as_str())) || !seen.insert(id.clone()) {
            continue;
        }
        if !b.has_billing_details {
            plan.skipped.push((
                id,
                "no billing details: an advertiser settlement is issued to them".to_string(),
            ));
        } else if b.open_balance.value <= Decimal::ZERO {
            plan.skipped
                .push((id, "no open balance to claim".to_string()));
        } else {
            chosen.push(b);
        }
    }
    for id in wanted.iter().filter(|id| !seen.contains(**id)) {
        plan.skipped.push((
            id.to_string(),
            "no open balance that the filter selects".to_string(),
        ));
    }
    chosen
}

/// The documented success is `{claim}` with the new claim's id; anything else (`{}`) may
/// follow a claim already made, so it is not understood and the outcome stays unknown.
pub fn claimed(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let answer: OneClaim = api.decode(response)?;
    let claim = answer.claim.filter(|c| !c.id.is_empty()).ok_or_else(|| {
        fail(
            Kind::Unreadable,
            "trackdesk answered the advertiser settlement without its claim id",
        )
    })?;
    let currency = Currency::code(&claim.currency).unwrap_or_default();
    Ok(Answered {
        note: Some(
            format!("claimed {} {currency}", claim.amount.value)
                .trim_end()
                .to_string(),
        ),
        ..Answered::reference(Some(claim.id))
    })
}
