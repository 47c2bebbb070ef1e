//! `--plan-out`: the plan a command built and checked, written down instead of carried out,
//! with the balances it pays from as the provider reports them now.

use super::digest::digest_of;
use super::format::{Body, FileBalance, FileItem, FileLine, PlanFile, Skipped, stamp, totals_text};
use crate::context::Context;
use crate::http::Api;
use crate::plan::{Item, Plan, PlanOut};
use anyhow::Result;
use chrono::Utc;
use std::sync::OnceLock;

/// `--plan-out`: writes the plan that was built and checked, sends nothing.
pub fn write(ctx: &Context, api: &Api, plan: &Plan, out: &PlanOut) -> Result<()> {
    let created = Utc::now();
    let body = Body {
        provider: plan.provider.to_string(),
        profile: plan.profile.clone(),
        scope: crate::plan::scope_of(ctx, api),
        operation: plan.operation.to_string(),
        batch: plan.batch.clone(),
        author: crate::journal::actor(),
        created: stamp(created),
        expires: stamp(created + out.expires),
        notice: plan.notice.clone(),
        reverses: plan.reverses.clone(),
        items: plan.items.iter().map(file_item).collect(),
        lines: plan
            .lines
            .iter()
            .map(|l| FileLine {
                target: l.target.clone(),
                amount: l.amount,
                currency: l.currency.clone(),
            })
            .collect(),
        names: plan.all_names(),
        skipped: plan
            .skipped
            .iter()
            .map(|(target, reason)| Skipped {
                target: target.clone(),
                reason: reason.clone(),
            })
            .collect(),
        totals: plan.totals(),
        balances: recorded_balances(ctx, plan)?,
    };
    let raw = serde_json::to_value(&body)?;
    let file = PlanFile {
        path: out.path.clone(),
        digest: digest_of(&raw),
        body,
        raw,
        approvals: Vec::new(),
    };
    let text = file.to_text()?;
    // The credential never belongs in a plan: a provider that put it in a request would be a
    // bug, and the file is refused rather than written with it.
    if api.redact(&text) != text {
        return Err(anyhow::anyhow!(
            "the plan would hold {}'s credential; nothing was written",
            plan.provider
        ));
    }
    crate::files::write_private(&out.path, text.as_bytes())?;
    crate::notice!(
        "affpay: plan written to {}: {} {} on {} (profile {}), {} request(s){}; nothing was sent. \
         Digest {}, valid until {}",
        out.path.display(),
        plan.operation,
        plan.batch,
        plan.provider,
        plan.profile,
        plan.items.len(),
        totals_text(&file.body.totals),
        file.digest,
        file.body.expires,
    );
    Ok(())
}

fn file_item(item: &Item) -> FileItem {
    FileItem {
        key: item.key().to_string(),
        explicit_key: item.explicit_key,
        target: item.target().to_string(),
        amount: item.amount,
        currency: item.currency().map(str::to_string),
        method: item.request.method.to_string(),
        path: item.request.url.path().to_string(),
        query: item.request.url.query().map(str::to_string),
        body: item.request.body_json(),
    }
}

/// The balances of `targets` that a provider's `operation` pays from, read now; `None` when
/// the provider cannot tell (see `Provider::pays_from`).
pub type BalanceReader = fn(
    &Context,
    provider: &str,
    operation: &str,
    targets: &[&str],
) -> Result<Option<Vec<FileBalance>>>;

/// The providers sit on a floor above plan files (their commands write them), so `lib.rs`
/// hands their balance reader down once, before any command runs, instead of this module
/// importing them.
static BALANCES: OnceLock<BalanceReader> = OnceLock::new();

/// Sets the reader `--plan-out` records balances with (see `BALANCES`).
pub fn plug_balances(reader: BalanceReader) {
    let _ = BALANCES.set(reader);
}

/// The balances of the plan's targets that the operation pays from, as the provider's
/// balance API reports them, where it has one.
fn recorded_balances(ctx: &Context, plan: &Plan) -> Result<Option<Vec<FileBalance>>> {
    // Never a plan file without its balances for want of the reader: `apply` would then
    // have nothing to compare against.
    let read = BALANCES
        .get()
        .ok_or_else(|| anyhow::anyhow!("internal error: no balance reader was plugged in"))?;
    let targets: Vec<&str> = plan
        .items
        .iter()
        .map(|i| i.target())
        .chain(plan.lines.iter().map(|l| l.target.as_str()))
        .collect();
    read(ctx, plan.provider, plan.operation, &targets)
}
