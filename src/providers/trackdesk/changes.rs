//! The `affpay trackdesk` changes to account settlements made: `payouts mark` sets their
//! status, `cancel` deletes them or a whole settlement. Trackdesk has no idempotency keys, so
//! each goes through the shared plan — everything validated first, then confirmation,
//! `--dry-run`, the run lock and the journal — and a rerun of the same batch sends nothing.

use super::args::{CancelArgs, MarkArgs};
use super::client::{BILLING, client, get_settlement, path_segment};
use super::identity::Trackdesk;
use super::shared_changes::{
    StatusChange, checked_ids, deleted, line_of, set_statuses, setting_batch,
};
use super::wire::status_name;
use crate::context::Context;
use crate::error::usage;
use crate::plan::{self, Plan};
use anyhow::Result;
use reqwest::Method;
use std::collections::BTreeMap;

pub fn mark(ctx: &Context, args: &MarkArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let ids = checked_ids(&args.ids, &args.money)?;
    let client = client(ctx)?;
    let plan = Plan::new(ctx, &Trackdesk, "mark", setting_batch(&args.money));
    let change = StatusChange {
        collection: format!("{BILLING}/account-settlements"),
        status: args.status,
        name: status_name(args.status),
    };
    set_statuses(ctx, &client, plan, ids, &change, &args.money, &safety)
}

pub fn cancel(ctx: &Context, args: &CancelArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    // clap cannot enforce `requires` inside the ids-or-settlement group.
    if args.allow_paid && args.settlement.is_none() {
        return Err(usage(
            "--allow-paid goes with --settlement; single account settlements are deleted without a status check",
        ));
    }
    if let Some(id) = &args.settlement {
        return cancel_settlement(ctx, args, path_segment(id)?, &safety);
    }
    let ids = checked_ids(&args.ids, &args.money)?;
    let client = client(ctx)?;
    let mut plan = Plan::new(ctx, &Trackdesk, "cancel", args.money.batch());
    plan.notice =
        Some("deleting an account settlement makes its amount an open balance again".to_string());
    for id in ids {
        let request = client.write(
            Method::DELETE,
            &format!("{BILLING}/account-settlements/{id}"),
            None,
        );
        plan.push(id, None, None, request, args.money.idempotency_key.clone());
    }
    plan::execute(ctx, &client.api, plan, &safety, &deleted)
}

/// Deletes a whole settlement. Its account settlements are read first, so the confirmation
/// shows how many and how much; paid or in-progress ones refuse the run unless
/// `--allow-paid`, because their amounts would be open — and payable — again.
fn cancel_settlement(
    ctx: &Context,
    args: &CancelArgs,
    id: &str,
    safety: &plan::Safety,
) -> Result<()> {
    let client = client(ctx)?;
    let found = get_settlement(&client, id)?;
    let rows = found.account_settlements;
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    for row in &rows {
        *by_status.entry(status_name(&row.status)).or_default() += 1;
    }
    let busy: Vec<String> = rows
        .iter()
        .filter(|r| matches!(status_name(&r.status).as_str(), "paid" | "in-progress"))
        .map(|r| format!("{} {}", r.id, status_name(&r.status)))
        .collect();
    if !busy.is_empty() && !args.allow_paid {
        return Err(usage(format!(
            "settlement {id} has {} account settlement(s) paid or in progress ({}); deleting it \
             makes their amounts open again, and a later settle would pay them twice. Nothing was \
             sent; add --allow-paid if that is what you want",
            busy.len(),
            busy.join(", ")
        )));
    }
    let mut plan = Plan::new(ctx, &Trackdesk, "cancel-settlement", args.money.batch());
    // The settle that created it is undone: the next settle of those balances sends again.
    // Not with --allow-paid: what was paid stays paid, and its rows keep it from being paid
    // twice.
    plan.reverses = busy.is_empty().then(|| "settle".to_string());
    plan.lines = rows.iter().map(line_of).collect();
    let counts: Vec<String> = by_status.iter().map(|(s, n)| format!("{n} {s}")).collect();
    let counts = if counts.is_empty() {
        String::new()
    } else {
        format!(" ({})", counts.join(", "))
    };
    plan.notice = Some(format!(
        "deletes settlement {id} and its {} account settlement(s){counts}; their amounts become open balances again",
        rows.len()
    ));
    let request = client.write(Method::DELETE, &format!("{BILLING}/settlements/{id}"), None);
    plan.push(
        id.to_string(),
        None,
        None,
        request,
        args.money.idempotency_key.clone(),
    );
    plan::execute(ctx, &client.api, plan, safety, &deleted)
}
