//! `affpay apply FILE`: carries out a plan file exactly as it was written and approved.
//!
//! Every check comes before the first request, each refusal (exit 7) naming its check: the
//! file's digest (in `planfile`), its expiry, its scope (profile and base URL), its approvals
//! (`approval`), and — where the provider reports the balance the operation pays from — that
//! no target's balance fell below what the plan pays it. Then the provider replays the items
//! through the shared plan (confirmation, run lock, journal) with the plan's own keys, so a
//! second apply finds them done and a partial failure leaves only the rest to send. A copy of
//! each applied plan, approvals and all, stays in the data directory for the audit.

use crate::approval::Requirement;
use crate::cli::ApplyArgs;
use crate::context::Context;
use crate::context::Global;
use crate::error::usage;
use crate::journal::State;
use crate::plan::Safety;
use crate::planfile::{Body, FileBalance, PlanFile, Replay, Skipped, refused};
use crate::providers::{self, Provider, Setting};
use anyhow::Result;
use rust_decimal::Decimal;
use std::time::Duration;

pub fn run(args: &ApplyArgs, global: &Global) -> Result<()> {
    let file = PlanFile::read(&args.file)?;
    file.check_expiry(chrono::Utc::now())?;
    let provider = providers::find(&file.body.provider).ok_or_else(|| {
        usage(format!(
            "{} names an unknown provider '{}'",
            args.file.display(),
            file.body.provider
        ))
    })?;
    let max_total = crate::money_args::max_total(args.max_total.as_deref())?;
    let ctx = Context::new(global.clone())?;
    crate::plan::check_fields(&ctx)?;
    check_scope(&ctx, provider, &file.body)?;
    crate::approval::check(&file, &requirement(&ctx, args)?)?;
    let mut body = file.body.clone();
    check_balances(&ctx, provider, &mut body, args.skip_changed)?;
    let safety = Safety {
        max_total,
        lock_timeout: Duration::from_secs(args.lock_timeout),
        ..Safety::default()
    };
    if !ctx.global.dry_run {
        keep(&ctx, &file)?;
    }
    announce(&args.file, &file);
    provider.replay(&ctx, &Replay { body, safety })
}

/// One line for the log of a cron run: which plan, who prepared and who approved it.
fn announce(path: &std::path::Path, file: &PlanFile) {
    let approvers: Vec<&str> = file.approvals.iter().map(|a| a.identity.as_str()).collect();
    let approvers = if approvers.is_empty() {
        "nobody".to_string()
    } else {
        approvers.join(", ")
    };
    crate::notice!(
        "affpay: applying {} (digest {}, prepared by {}, approved by {approvers})",
        path.display(),
        file.digest,
        file.body.author,
    );
}

/// Every applied plan is kept, with its approvals, as `<data dir>/plans/<digest>.plan`: the
/// journal's rows say what was sent, this says who prepared and who approved it (the keys in
/// it are the journal's).
fn keep(ctx: &Context, file: &PlanFile) -> Result<()> {
    let name = file.digest.trim_start_matches("sha256:");
    let path = ctx.data_dir()?.join("plans").join(format!("{name}.plan"));
    crate::files::write_private(&path, file.to_text()?.as_bytes())
}

/// The plan's profile and base URL must be this run's: a plan for another account is never
/// sent to this one.
fn check_scope(ctx: &Context, provider: &dyn Provider, body: &Body) -> Result<()> {
    let profile = &ctx.global.profile;
    if body.profile != *profile {
        return Err(refused(
            "scope",
            format!(
                "the plan is for profile {}, this run's profile is {profile}",
                body.profile
            ),
        ));
    }
    let scope = if ctx.global.sandbox {
        "sandbox".to_string()
    } else {
        ctx.base_url(provider)?.origin().ascii_serialization()
    };
    if body.scope != scope {
        return Err(refused(
            "scope",
            format!(
                "the plan is for {} at {}, this profile reaches it at {scope}",
                body.provider, body.scope
            ),
        ));
    }
    Ok(())
}

/// The profile's `apply.*` settings (`[PROFILE.apply]` in config.toml), checked when set.
pub static SETTINGS: &[Setting] = &[
    Setting {
        key: "require_approvals",
        help: "approvals `affpay apply` requires from distinct signers of allowed_signers (default 0)",
        check: |text| count(text).map(|_| ()),
    },
    Setting {
        key: "allowed_signers",
        help: "who may approve plans: an allowed_signers file, the format git and ssh-keygen use",
        check: |text| {
            (!text.trim().is_empty())
                .then_some(())
                .ok_or_else(|| "give a file".to_string())
        },
    },
    Setting {
        key: "forbid_self_approval",
        help: "true: the plan's author does not count as one of its approvers (default false)",
        check: |text| flag(text).map(|_| ()),
    },
];

fn count(text: &str) -> Result<usize, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("'{text}' is not a whole number"))
}

fn flag(text: &str) -> Result<bool, String> {
    match text.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!("'{text}' is not true or false")),
    }
}

/// `--require-approvals` or `apply.require_approvals`, whichever is larger (a command line
/// cannot lower what the profile requires); `--allowed-signers` over `apply.allowed_signers`.
fn requirement(ctx: &Context, args: &ApplyArgs) -> Result<Requirement> {
    let setting = |key: &str| ctx.config.get(&ctx.global.profile, "apply", key);
    let bad = |key: &str, why: String| {
        usage(format!(
            "apply.{key} in {}: {why}",
            ctx.config.path().display()
        ))
    };
    let configured = setting("require_approvals")
        .map(|t| count(&t).map_err(|why| bad("require_approvals", why)))
        .transpose()?
        .unwrap_or(0);
    let forbid_self = setting("forbid_self_approval")
        .map(|t| flag(&t).map_err(|why| bad("forbid_self_approval", why)))
        .transpose()?
        .unwrap_or(false);
    Ok(Requirement {
        count: configured.max(args.require_approvals.unwrap_or(0)),
        allowed_signers: args
            .allowed_signers
            .clone()
            .or_else(|| setting("allowed_signers").map(Into::into)),
        forbid_self,
    })
}

/// Where the provider reports the balance the operation pays from: an item whose target's
/// balance has fallen since the plan and is now below its planned amount is refused, or with
/// `--skip-changed` left out and reported. Items the journal already has (done, or sent with an unknown outcome) are not
/// checked: their balance has moved because of them, and the run reports them as they are.
fn check_balances(
    ctx: &Context,
    provider: &dyn Provider,
    body: &mut Body,
    skip_changed: bool,
) -> Result<()> {
    let Some(status) = provider.pays_from(&body.operation) else {
        return Ok(());
    };
    let journal = ctx.journal()?;
    let mut pending = Vec::new();
    for (i, item) in body.items.iter().enumerate() {
        let entry = journal.get(&body.scope, &item.key)?;
        // A reversed row is sent again under a fresh key, so it pays as a new item does.
        if entry.is_none_or(|e| matches!(e.state, State::Failed | State::Reversed)) {
            pending.push(i);
        }
    }
    if pending.is_empty() {
        return Ok(());
    }
    // A plan whose requests each cover many targets (a settlement) states what it pays in
    // its lines: one line fallen short changes every request of it.
    let wanted: Vec<(String, Decimal, Option<String>)> = if body.lines.is_empty() {
        pending
            .iter()
            .filter_map(|&i| {
                let item = &body.items[i];
                Some((item.target.clone(), item.amount?, item.currency.clone()))
            })
            .collect()
    } else {
        body.lines
            .iter()
            .map(|l| (l.target.clone(), l.amount, l.currency.clone()))
            .collect()
    };
    let targets: Vec<&str> = wanted.iter().map(|(t, ..)| t.as_str()).collect();
    let Some(now) = crate::providers::current_balances(ctx, provider, status, &targets)? else {
        return Ok(());
    };
    let short: Vec<(String, String)> = wanted
        .iter()
        .filter_map(|(target, amount, currency)| {
            let have = available(&now, target, currency.as_deref());
            // A plan that already paid more than the balance (an advance typed by the
            // operator) is refused only when the balance has fallen since.
            let was = body
                .balances
                .as_deref()
                .map(|rows| available(rows, target, currency.as_deref()));
            (have < *amount && was.is_none_or(|was| have < was)).then(|| {
                let code = currency
                    .as_deref()
                    .map(|c| format!(" {c}"))
                    .unwrap_or_default();
                let why = format!(
                    "its balance ({status}) is now {have}{code}, below the planned {amount}{code}"
                );
                (target.clone(), why)
            })
        })
        .collect();
    if short.is_empty() {
        return Ok(());
    }
    let changed: Vec<usize> = if body.lines.is_empty() {
        pending
            .into_iter()
            .filter(|&i| short.iter().any(|(t, _)| *t == body.items[i].target))
            .collect()
    } else {
        pending
    };
    let listed: Vec<String> = short.iter().map(|(t, why)| format!("{t}: {why}")).collect();
    if !skip_changed {
        return Err(refused(
            "balance",
            format!(
                "{} target(s) are owed less than planned ({}); prepare a new plan, or apply with \
                 --skip-changed to send the rest",
                short.len(),
                listed.join("; ")
            ),
        ));
    }
    for i in changed.into_iter().rev() {
        let item = body.items.remove(i);
        let why = short
            .iter()
            .find(|(t, _)| *t == item.target)
            .map_or_else(|| listed.join("; "), |(_, why)| why.clone());
        body.skipped.push(Skipped {
            target: item.target,
            reason: format!("balance changed since the plan: {why}"),
        });
    }
    Ok(())
}

/// What `rows` owe `target` in `currency` (in any currency when the plan names none).
fn available(rows: &[FileBalance], target: &str, currency: Option<&str>) -> Decimal {
    let same = |a: Option<&str>| match (a, currency) {
        (_, None) => true,
        (Some(a), Some(b)) => a.trim().eq_ignore_ascii_case(b.trim()),
        (None, Some(_)) => false,
    };
    rows.iter()
        .filter(|r| r.target == target && same(r.currency.as_deref()))
        .map(|r| r.amount)
        .sum()
}
