//! One run of a plan from start to exit code: skipped targets, `--plan-out`, `--max-total`,
//! the dry run or the confirmation, the run lock, then each item through the journal while
//! signals are watched, and the unresolved outcomes of earlier runs last.

use super::answer::Answer;
use super::model::{Plan, Safety};
use super::outcome::{ItemResult, Tally};
use super::render::{RESULTS, confirm, dry_run, progress_bar, report_item};
use super::send::{carry_out, reissued};
use super::signals::Signals;
use crate::context::Context;
use crate::error::{Kind, fail};
use crate::http::Api;
use crate::journal::State;
use anyhow::Result;
use std::time::Duration;

/// Shows, confirms and carries out a plan; `answer` reads each 2xx answer.
pub fn execute(
    ctx: &Context,
    api: &Api,
    plan: Plan,
    safety: &Safety,
    answer: Answer<'_>,
) -> Result<()> {
    for (target, why) in &plan.skipped {
        crate::notice!("affpay: skipping {target}: {why}");
    }
    if let Some(out) = &safety.plan_out {
        check_max_total(&plan, safety)?;
        return (out.write)(ctx, api, &plan, out);
    }
    let scope = scope_of(ctx, api);
    if plan.items.is_empty() {
        crate::notice!("affpay: nothing to {}", plan.operation);
        return unresolved(ctx, &plan, &scope);
    }
    check_max_total(&plan, safety)?;
    if ctx.global.dry_run {
        return dry_run(ctx, api, &plan, safety);
    }
    let selection = ctx.select(RESULTS)?;
    confirm(ctx, &plan, safety)?;
    let _lock = crate::lock::acquire_in(
        &ctx.journal_location()?,
        plan.provider,
        &plan.profile,
        &scope,
        safety.lock_timeout,
    )?;
    let journal = ctx.journal()?;
    let signals = Signals::watch()?;
    let progress = progress_bar(plan.items.len());
    let mut journal_time = Duration::ZERO;
    let mut writer = ctx.list_writer(selection);
    let mut tally = Tally::default();
    let mut abort: Option<anyhow::Error> = None;
    let mut stopped: Option<String> = None;
    for item in &plan.items {
        if stopped.is_none()
            && let Some(name) = signals.received()
        {
            stopped = Some(format!("the run was stopped by {name}"));
        }
        let item = &reissued(&journal, &scope, item)?;
        let result = match (&abort, &stopped) {
            (Some(_), _) => ItemResult::NotAttempted("not attempted: the run stopped".to_string()),
            (_, Some(why)) => ItemResult::NotAttempted(format!("not attempted: {why}")),
            _ => match carry_out(
                api,
                &journal,
                &scope,
                &plan,
                item,
                answer,
                &mut journal_time,
            ) {
                Ok(result) => result,
                Err(err) if crate::error::kind_of(&err) == Some(Kind::CredentialRejected) => {
                    let message = format!("{err:#}");
                    abort = Some(err);
                    ItemResult::Failed(message, Kind::CredentialRejected, true)
                }
                Err(err) => return Err(err),
            },
        };
        if let ItemResult::Failed(why, _, true) = &result {
            stopped
                .get_or_insert_with(|| format!("the batch stopped after {}: {why}", item.target()));
        }
        progress.inc(1);
        // Each result is written (and flushed for csv and ndjson) as it is known, so a run
        // that is killed still leaves a readable report of what it did.
        report_item(&mut writer, &mut tally, &plan, item, &result)?;
        writer.flush()?;
        tally.record(result);
    }
    progress.finish_and_clear();
    if ctx.global.verbose {
        let per_request = journal_time.as_secs_f64() * 1000.0 / plan.items.len() as f64;
        eprintln!(
            "affpay: journal: {:.3} ms per request for its durable commits ({} requests)",
            per_request,
            plan.items.len()
        );
    }
    writer.finish(&[])?;
    crate::notice!("affpay: {}: {}", plan.operation, tally.counts());
    if let Some(err) = abort {
        return Err(err);
    }
    // An unknown outcome outranks a failure and an interruption: it is what a person must
    // look at first.
    unresolved(ctx, &plan, &scope)?;
    if let Some(kind) = signals.kind() {
        return Err(fail(
            kind,
            format!(
                "stopped by {}: the request in flight finished; {} not attempted",
                signals.received().unwrap_or("a signal"),
                tally.not_attempted
            ),
        ));
    }
    tally.exit()
}

/// The account scope of a run: the base URL its requests go to, or `sandbox` for the
/// in-process simulator, whose port changes every run while its journal is its own.
pub fn scope_of(ctx: &Context, api: &Api) -> String {
    if ctx.global.sandbox {
        "sandbox".to_string()
    } else {
        api.origin()
    }
}

/// Requests of earlier runs whose outcome is still unknown keep every later run of the same
/// provider and profile at exit 9, even when they are not part of its plan (the balance they
/// paid may already be gone), until a person resolves them.
fn unresolved(ctx: &Context, plan: &Plan, scope: &str) -> Result<()> {
    let journal = ctx.journal()?;
    let filter = crate::journal::Filter {
        scope: Some(scope.to_string()),
        provider: Some(plan.provider.to_string()),
        profile: Some(plan.profile.clone()),
        state: Some(State::Sending),
        since: None,
        before: None,
        limit: None,
        operation: None,
    };
    let mut keys = Vec::new();
    journal.list(&filter, |entry| {
        keys.push(entry.intent.key);
        Ok(())
    })?;
    if keys.is_empty() {
        return Ok(());
    }
    for key in &keys {
        eprintln!("affpay: unknown outcome, not resolved: {key}");
    }
    Err(fail(
        Kind::OutcomeUnknown,
        format!(
            "{} earlier request(s) to {} have an unknown outcome; check with the provider and run \
             `affpay journal resolve KEY --as succeeded|failed --reason TEXT` (see `affpay journal list --state sending`)",
            keys.len(),
            plan.provider
        ),
    ))
}

fn check_max_total(plan: &Plan, safety: &Safety) -> Result<()> {
    let Some(max) = safety.max_total else {
        return Ok(());
    };
    for (currency, total) in plan.totals() {
        if total > max {
            return Err(fail(
                Kind::ConfirmationRequired,
                format!(
                    "the plan's total {total} {currency} exceeds --max-total {max}; nothing was sent"
                ),
            ));
        }
    }
    Ok(())
}
