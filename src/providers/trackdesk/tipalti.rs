//! `affpay trackdesk tipalti …`: paying a settlement's affiliates through Tipalti (Business
//! plan and above). Trackdesk sends the settlement's payable, unpaid Tipalti rows to Tipalti
//! as one payment batch, and Tipalti pays them from the program's Tipalti funds — real money
//! leaves, and the API has no idempotency key, so `pay` goes through the shared plan and
//! journal: its key is the settlement and the batch, and a rerun sends no second batch.
//! `payable` and `status` only read (the status check is a POST that refreshes Trackdesk's
//! copy of Tipalti's data; it moves nothing, so it is repeated like a read).

use super::client::{client, get_settlement, path_segment};
use super::identity::Trackdesk;
use super::shared_changes::line_of;
use super::wire::{BatchCreated, BatchError, Payable, PaymentBatch};
use crate::context::Context;
use crate::error::{Kind, fail};
use crate::http::{Api, Request, Response};
use crate::money_args::MoneyArgs;
use crate::output::Cell;
use crate::plan::{self, Answered, Plan};
use crate::record::{self, Column};
use anyhow::Result;
use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::json;

pub const TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements";

#[derive(Debug, Subcommand)]
pub enum TipaltiVerb {
    /// The settlement's account settlements that Tipalti can pay, and those still unpaid.
    /// Reads only.
    #[command(after_help = "Example:\n  affpay trackdesk tipalti payable SETTLEMENT_ID -o csv")]
    Payable {
        /// The settlement (see `trackdesk payouts settlements`).
        settlement_id: String,
    },
    /// Send the settlement's payable rows to Tipalti as one payment batch.
    #[command(
        after_help = "Money: POST /api/node/tipalti-payments/v1/settlements/{id}/payment-batch: Tipalti pays every payable, unpaid Tipalti row of the \
        settlement from the program's Tipalti funds. One batch per settlement and batch name: a \
        rerun the same day sends nothing (--batch NAME to send another on purpose).\n\n\
        Examples:\n  affpay trackdesk tipalti pay SETTLEMENT_ID --dry-run\n  \
        affpay trackdesk tipalti pay SETTLEMENT_ID --yes"
    )]
    Pay(PayArgs),
    /// Refresh a payment batch's status from Tipalti and show the settlement's batches.
    #[command(
        after_help = "Moves no money: Trackdesk asks Tipalti and updates its copy. \
        Without --payment-batch the settlement's latest batch is checked.\n\n\
        Example:\n  affpay trackdesk tipalti status SETTLEMENT_ID --payment-batch PB_ID"
    )]
    Status {
        /// The settlement (see `trackdesk payouts settlements`).
        settlement_id: String,
        /// The payment batch (the `reference` of `tipalti pay`); default: the latest.
        #[arg(long, value_name = "ID")]
        payment_batch: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct PayArgs {
    /// The settlement whose Tipalti rows to pay.
    pub settlement_id: String,
    #[command(flatten)]
    pub money: MoneyArgs,
}

/// One account settlement of `payable`: whether Tipalti can pay it, and whether it is unpaid.
struct PayableRow {
    id: String,
    payable: bool,
    unpaid: bool,
}

const PAYABLE_COLUMNS: &[Column<PayableRow>] = &[
    Column::new("account_settlement_id", |r| Cell::text(&r.id)),
    Column::new("payable", |r| Cell::Bool(r.payable)),
    Column::new("unpaid", |r| Cell::Bool(r.unpaid)),
];
/// A payment batch, with the settlement it belongs to.
const BATCH_COLUMNS: &[Column<(String, PaymentBatch)>] = &[
    Column::new("settlement_id", |(id, _)| Cell::text(id)),
    Column::new("payment_batch_id", |(_, b)| Cell::text(&b.payment_batch_id)),
    Column::new("name", |(_, b)| Cell::text(&b.name)),
    Column::new("status", |(_, b)| Cell::text(&b.status)),
    Column::new("valid_for_submission", |(_, b)| {
        Cell::Bool(b.is_valid_for_submission)
    }),
    Column::new("submission_time", |(_, b)| {
        Cell::opt_text(b.submission_time.clone())
    }),
    Column::new("inspection_possible_after", |(_, b)| {
        Cell::opt_text(b.inspection_possible_after.clone())
    }),
    Column::new("errors", |(_, b)| record::nested(ERROR_COLUMNS, &b.errors)),
];
const ERROR_COLUMNS: &[Column<BatchError>] = &[
    Column::new("code", |e| Cell::text(&e.code)),
    Column::new("message", |e| Cell::text(&e.message)),
    Column::new("parameter", |e| Cell::text(&e.parameter)),
];

pub fn run(verb: TipaltiVerb, ctx: &Context) -> Result<()> {
    match verb {
        TipaltiVerb::Payable { settlement_id } => payable(ctx, &settlement_id),
        TipaltiVerb::Pay(args) => pay(ctx, &args),
        TipaltiVerb::Status {
            settlement_id,
            payment_batch,
        } => status(ctx, &settlement_id, payment_batch.as_deref()),
    }
}

fn payable_of(client: &super::client::Client, id: &str) -> Result<Payable> {
    client.get(
        &format!("{TIPALTI}/{id}/list-payable-account-settlements"),
        &[],
    )
}

fn payable(ctx: &Context, id: &str) -> Result<()> {
    let id = path_segment(id)?;
    let selection = ctx.select(PAYABLE_COLUMNS)?;
    let found = payable_of(&client(ctx)?, id)?;
    let mut ids: Vec<&String> = found.payable_account_settlement_ids.iter().collect();
    for unpaid in &found.unpaid_account_settlement_ids {
        if !ids.contains(&unpaid) {
            ids.push(unpaid);
        }
    }
    let mut writer = ctx.list_writer(selection);
    for id in ids {
        let row = PayableRow {
            id: id.clone(),
            payable: found.payable_account_settlement_ids.contains(id),
            unpaid: found.unpaid_account_settlement_ids.contains(id),
        };
        writer.row(record::cells(PAYABLE_COLUMNS, &row))?;
    }
    writer.finish(&[])
}

/// Reads which rows are payable and how much they are (for the confirmation and
/// `--max-total`), then sends the one POST through the plan.
fn pay(ctx: &Context, args: &PayArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let id = path_segment(&args.settlement_id)?;
    let client = client(ctx)?;
    let found = payable_of(&client, id)?;
    let mut plan = Plan::new(ctx, &Trackdesk, "tipalti-pay", args.money.batch());
    let payable = found.payable_account_settlement_ids;
    if payable.is_empty() {
        plan.skipped.push((
            id.to_string(),
            "no account settlement of it is payable through Tipalti".to_string(),
        ));
        return plan::execute(ctx, &client.api, plan, &safety, &batch_created);
    }
    let settlement = get_settlement(&client, id)?;
    plan.lines = settlement
        .account_settlements
        .iter()
        .filter(|row| payable.contains(&row.id))
        .map(line_of)
        .collect();
    plan.notice = Some(format!(
        "Tipalti pays {} account settlement(s) of settlement {id} from the program's Tipalti funds",
        payable.len()
    ));
    let request = client.write(Method::POST, &format!("{TIPALTI}/{id}/payment-batch"), None);
    plan.push(
        id.to_string(),
        None,
        None,
        request,
        args.money.idempotency_key.clone(),
    );
    plan::execute(ctx, &client.api, plan, &safety, &batch_created)
}

/// The documented success is the new batch's id; a 2xx without one (`{}`) may still have
/// sent a batch, so it is not understood and the outcome stays unknown.
pub fn batch_created(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let created: BatchCreated = api.decode(response)?;
    if created.payment_batch_id.is_empty() {
        return Err(fail(
            Kind::Unreadable,
            "trackdesk answered the payment batch without its paymentBatchId",
        ));
    }
    Ok(Answered {
        note: Some("payment batch sent to Tipalti".to_string()),
        ..Answered::reference(Some(created.payment_batch_id))
    })
}

fn status(ctx: &Context, id: &str, batch: Option<&str>) -> Result<()> {
    let id = path_segment(id)?;
    let selection = ctx.select(BATCH_COLUMNS)?;
    let client = client(ctx)?;
    let batch = match batch {
        Some(batch) => batch.to_string(),
        None => batches(&get_settlement(&client, id)?.settlement)
            .last()
            .map(|b| b.payment_batch_id.clone())
            .ok_or_else(|| {
                fail(
                    Kind::ProviderRejected,
                    format!("settlement {id} has no Tipalti payment batch"),
                )
            })?,
    };
    let request = client.api.post_repeatable(
        &format!("{TIPALTI}/{id}/payment-batch/status"),
        json!({ "paymentBatchId": batch }),
    );
    let response = client.api.send(&request)?;
    client.api.decode::<serde_json::Value>(&response)?;
    let settlement = get_settlement(&client, id)?.settlement;
    let mut writer = ctx.list_writer(selection);
    for b in batches(&settlement) {
        writer.row(record::cells(BATCH_COLUMNS, &(id.to_string(), b)))?;
    }
    writer.finish(&[])
}

fn batches(settlement: &super::wire::Settlement) -> Vec<PaymentBatch> {
    settlement
        .payment_data
        .as_ref()
        .and_then(|d| d.tipalti.as_ref())
        .map(|t| t.payment_batches.clone())
        .unwrap_or_default()
}
