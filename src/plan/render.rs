//! What a person sees of a plan: its summary, the dry run's requests, the confirmation
//! prompt, the progress bar and each item's result rows. Nothing here sends or journals.

use super::item::Item;
use super::model::{Plan, Safety};
use super::outcome::{ItemResult, Tally, parts_of};
use crate::context::Context;
use crate::error::{Kind, fail};
use crate::http::Api;
use crate::output::{Cell, ListWriter};
use crate::record::{self, Column};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use rust_decimal::Decimal;

/// The columns of a money-moving run's results, each read from a [`ResultRow`].
pub(super) const RESULTS: &[Column<ResultRow>] = &[
    Column::new("key", |r| Cell::text(&r.key)),
    Column::new("target", |r| Cell::text(&r.target)),
    Column::new("amount", |r| Cell::opt_money(r.amount)),
    Column::new("currency", |r| Cell::opt_text(r.currency.as_deref())),
    Column::new("result", |r| Cell::text(r.result)),
    Column::new("reference", |r| Cell::opt_text(r.reference.as_deref())),
    Column::new("detail", |r| Cell::opt_text(r.detail.as_deref())),
];

/// The columns of a dry run, each read from a [`DryRunRow`].
const DRY_RUN: &[Column<DryRunRow>] = &[
    Column::new("key", |r| Cell::text(&r.key)),
    Column::new("target", |r| Cell::text(&r.target)),
    Column::new("amount", |r| Cell::opt_money(r.amount)),
    Column::new("currency", |r| Cell::opt_text(r.currency.as_deref())),
    Column::new("method", |r| Cell::text(&r.method)),
    Column::new("url", |r| Cell::text(&r.url)),
    Column::new("body", |r| Cell::opt_text(r.body.as_deref())),
];

/// The names of the results' and the dry run's columns, for whoever reads the output.
pub const RESULT_COLUMNS: &[&str] = &record::name_array::<ResultRow, 7>(RESULTS);
pub const DRY_RUN_COLUMNS: &[&str] = &record::name_array::<DryRunRow, 7>(DRY_RUN);

/// One row of a run's results: an item's, or one of its parts'. The rows own their text
/// because a [`Column`] reads a row of one type, with no lifetime to borrow the item for.
pub(super) struct ResultRow {
    key: String,
    target: String,
    amount: Option<Decimal>,
    currency: Option<String>,
    result: &'static str,
    reference: Option<String>,
    detail: Option<String>,
}

/// One request of a dry run, as it would be sent (secrets redacted).
struct DryRunRow {
    key: String,
    target: String,
    amount: Option<Decimal>,
    currency: Option<String>,
    method: String,
    url: String,
    body: Option<String>,
}

/// `--fields` of a money-moving command, checked against what its run will write (the
/// results, or with `--dry-run` the requests) before the reads that build the plan, so a bad
/// name is refused before any request is sent.
pub fn check_fields(ctx: &Context) -> Result<()> {
    if ctx.global.dry_run {
        ctx.select(DRY_RUN).map(drop)
    } else {
        ctx.select(RESULTS).map(drop)
    }
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
    let mut writer = ctx.list_writer(ctx.select(DRY_RUN)?);
    let redactor = api.redactor();
    for item in &plan.items {
        let row = DryRunRow {
            key: item.key().to_string(),
            target: item.target().to_string(),
            amount: item.amount,
            currency: item.currency().map(str::to_string),
            method: item.request.method.to_string(),
            url: redactor.redact(item.request.url.as_str()),
            body: item.request.body.as_ref().map(|b| redactor.redact(b.get())),
        };
        writer.row(record::cells(DRY_RUN, &row))?;
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
    let row = ResultRow {
        key: item.key().to_string(),
        target: item.target().to_string(),
        amount: item.amount,
        currency: item.currency().map(str::to_string),
        result: name,
        reference,
        detail,
    };
    writer.row(record::cells(RESULTS, &row))?;
    for part in parts_of(result) {
        let name = if part.failure.is_some() {
            "part_failed"
        } else {
            "part_succeeded"
        };
        tally.count(name);
        let row = ResultRow {
            key: item.key().to_string(),
            target: part.target.clone(),
            amount: part.amount,
            currency: part.currency.clone(),
            result: name,
            reference: part.reference.clone(),
            detail: part.failure.clone(),
        };
        writer.row(record::cells(RESULTS, &row))?;
    }
    Ok(())
}
