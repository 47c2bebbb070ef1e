//! What a person sees of a plan: its summary, the dry run's requests, the confirmation
//! prompt, the progress bar and each item's result rows. Nothing here sends or journals.

use super::item::Item;
use super::model::{Plan, Safety};
use super::outcome::{ItemResult, Tally, parts_of};
use crate::context::Context;
use crate::error::{Kind, fail};
use crate::http::Api;
use crate::output::{Cell, ListWriter};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use rust_decimal::Decimal;

/// The columns of a money-moving run's results and of its dry run.
pub const RESULT_COLUMNS: &[&str] = &[
    "key",
    "target",
    "amount",
    "currency",
    "result",
    "reference",
    "detail",
];
pub const DRY_RUN_COLUMNS: &[&str] = &[
    "key", "target", "amount", "currency", "method", "url", "body",
];

/// `--fields` of a money-moving command, checked against what its run will write (the
/// results, or with `--dry-run` the requests) before the reads that build the plan, so a bad
/// name is refused before any request is sent.
pub fn check_fields(ctx: &Context) -> Result<()> {
    let columns = if ctx.global.dry_run {
        DRY_RUN_COLUMNS
    } else {
        RESULT_COLUMNS
    };
    ctx.selection(columns).map(|_| ())
}

impl Plan {
    /// One line that says what the plan does: operation, provider, profile, count, totals,
    /// batch, and its notice.
    pub(super) fn summary(&self) -> String {
        let totals: Vec<String> = self
            .totals()
            .iter()
            .map(|(currency, total)| format!("{total} {currency}"))
            .collect();
        let totals = if totals.is_empty() {
            String::new()
        } else {
            format!(", total {}", totals.join(" + "))
        };
        let notice = self
            .notice
            .as_ref()
            .map(|n| format!(". {n}"))
            .unwrap_or_default();
        format!(
            "{} on {} (profile {}): {} request(s){totals}; batch {}{notice}",
            self.operation,
            self.provider,
            self.profile,
            self.items.len(),
            self.batch
        )
    }
}

/// `--dry-run`: the summary, then each request as it would be sent (secrets redacted) as a
/// row; nothing is sent or journaled.
pub(super) fn dry_run(ctx: &Context, api: &Api, plan: &Plan, safety: &Safety) -> Result<()> {
    crate::notice!("affpay: dry run, nothing is sent: {}", plan.summary());
    if !plan.lines.is_empty() && !crate::notice::quiet() {
        show_lines(plan, safety.show_plan, false);
    }
    let mut writer = ctx.list_writer(ctx.selection(DRY_RUN_COLUMNS)?);
    let redactor = api.redactor();
    for item in &plan.items {
        writer.row(vec![
            Cell::text(item.key()),
            Cell::text(item.target()),
            item.amount.map_or(Cell::Null, Cell::Money),
            Cell::opt_text(item.currency().map(str::to_string)),
            Cell::text(item.request.method.as_str()),
            Cell::text(redactor.redact(item.request.url.as_str())),
            Cell::opt_text(item.request.body.as_ref().map(|b| redactor.redact(b.get()))),
        ])?;
    }
    writer.finish(&[])
}

/// On a terminal, show the plan and ask; elsewhere, only `--yes` lets money move.
pub(super) fn confirm(ctx: &Context, plan: &Plan, safety: &Safety) -> Result<()> {
    let summary = plan.summary();
    if ctx.global.yes {
        crate::notice!("affpay: {summary}");
        if safety.show_plan == crate::pager::ShowPlan::All && !crate::notice::quiet() {
            show_lines(plan, safety.show_plan, false);
        }
        return Ok(());
    }
    let terminal = crate::pager::interactive();
    if ctx.global.no_input || !terminal {
        return Err(fail(
            Kind::ConfirmationRequired,
            format!(
                "confirmation required for {summary}; nothing was sent. Rerun with --yes to proceed, or --dry-run to see the requests"
            ),
        ));
    }
    show_lines(plan, safety.show_plan, true);
    let yes = dialoguer::Confirm::new()
        .with_prompt(format!("{summary}. Proceed?"))
        .default(false)
        .interact()
        .unwrap_or(false);
    if yes {
        Ok(())
    } else {
        Err(fail(
            Kind::ConfirmationRequired,
            "declined; nothing was sent",
        ))
    }
}

/// The targets (with their names) and amounts on stderr, through the pager when long (see
/// `pager`): the lines when the plan has them, else its items.
pub(super) fn show_lines(plan: &Plan, how: crate::pager::ShowPlan, interactive: bool) {
    type Shown<'a> = (&'a str, Option<Decimal>, Option<&'a str>, Option<&'a str>);
    let named = |target: &str| plan.names.get(target).map(String::as_str);
    let lines: Vec<Shown> = if plan.lines.is_empty() {
        plan.items
            .iter()
            .map(|i| {
                (
                    i.target(),
                    i.amount,
                    i.currency(),
                    i.name().or(named(i.target())),
                )
            })
            .collect()
    } else {
        plan.lines
            .iter()
            .map(|l| {
                (
                    l.target.as_str(),
                    Some(l.amount),
                    l.currency.as_deref(),
                    named(&l.target),
                )
            })
            .collect()
    };
    let shown: Vec<String> = lines
        .iter()
        .map(|(target, amount, currency, name)| {
            let amount = amount.map(|a| a.to_string()).unwrap_or_default();
            let currency = currency.unwrap_or("");
            let name = name.map(|n| format!("  {n}"));
            format!("{target} {amount} {currency}{}", name.unwrap_or_default())
        })
        .collect();
    crate::pager::show(&shown, how, interactive);
}

/// `sent N/M` while a run sends, where progress bars draw (see `notice::progress_target`).
pub(super) fn progress_bar(len: usize) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(len as u64), crate::notice::progress_target());
    bar.set_style(
        ProgressStyle::with_template("{spinner} sent {pos}/{len} ({elapsed})")
            .expect("a valid template"),
    );
    bar
}

/// The result rows of one item: its own, then one per part of it.
pub(super) fn report_item(
    writer: &mut ListWriter<impl std::io::Write>,
    tally: &mut Tally,
    plan: &Plan,
    item: &Item,
    result: &ItemResult,
) -> Result<()> {
    let (name, reference, detail) = match result {
        ItemResult::Succeeded(a) => ("succeeded", a.reference.clone(), a.note.clone()),
        ItemResult::AlreadyDone(r) => (
            "already_done",
            r.clone(),
            Some(format!("done earlier in batch {}", plan.batch)),
        ),
        ItemResult::Failed(why, ..) | ItemResult::Refused(why, _) => {
            ("failed", None, Some(why.clone()))
        }
        ItemResult::Unknown(why) => ("unknown", None, Some(why.clone())),
        ItemResult::Held(why) => ("held", None, Some(why.clone())),
        ItemResult::NotAttempted(why) => ("not_attempted", None, Some(why.clone())),
    };
    tally.count(name);
    writer.row(vec![
        Cell::text(item.key()),
        Cell::text(item.target()),
        item.amount.map_or(Cell::Null, Cell::Money),
        Cell::opt_text(item.currency().map(str::to_string)),
        Cell::text(name),
        Cell::opt_text(reference),
        Cell::opt_text(detail),
    ])?;
    for part in parts_of(result) {
        let name = if part.failure.is_some() {
            "part_failed"
        } else {
            "part_succeeded"
        };
        tally.count(name);
        writer.row(vec![
            Cell::text(item.key()),
            Cell::text(part.target.as_str()),
            part.amount.map_or(Cell::Null, Cell::Money),
            Cell::opt_text(part.currency.clone()),
            Cell::text(name),
            Cell::opt_text(part.reference.clone()),
            Cell::opt_text(part.failure.clone()),
        ])?;
    }
    Ok(())
}
