//! `affpay plan show` and `affpay plan approve`: reading a plan file written by `--plan-out`,
//! and signing its digest (see `approval`).

use crate::cli::PlanCommand;
use crate::context::Global;
use crate::output::{Cell, ListWriter};
use crate::planfile::{FileItem, PlanFile};
use crate::record::{self, Column};
use anyhow::Result;
use std::path::Path;

/// The columns of `plan show`, each read from a [`Shown`] item.
const ITEM_COLUMNS: &[Column<Shown>] = &[
    Column::new("key", |s| Cell::text(&s.item.key)),
    Column::new("target", |s| Cell::text(&s.item.target)),
    Column::new("name", |s| Cell::opt_text(s.name.as_deref())),
    Column::new("amount", |s| Cell::opt_money(s.item.amount)),
    Column::new("currency", |s| Cell::opt_text(s.item.currency.as_deref())),
    Column::new("method", |s| Cell::text(&s.item.method)),
    Column::new("path", |s| match &s.item.query {
        Some(query) => Cell::text(format!("{}?{query}", s.item.path)),
        None => Cell::text(&s.item.path),
    }),
    Column::new("body", |s| {
        Cell::opt_text(s.item.body.as_ref().map(|b| b.to_string()))
    }),
];

/// An item of the plan file, with the name its target has in the plan.
struct Shown {
    item: FileItem,
    name: Option<String>,
}

pub fn run(command: PlanCommand, global: &Global) -> Result<()> {
    match command {
        PlanCommand::Show { file } => show(&file, global),
        PlanCommand::Approve {
            file,
            key,
            identity,
        } => approve(&file, &key, identity, global),
    }
}

/// The items as rows; under a table, what the plan is, its totals, the skipped targets, the
/// recorded balances and the approvals (machine formats carry the rows only).
fn show(path: &Path, global: &Global) -> Result<()> {
    let file = PlanFile::read(path)?;
    let selection = record::selection(ITEM_COLUMNS, global.fields.as_deref())?;
    let mut writer =
        ListWriter::new(global.output, selection, std::io::stdout().lock()).excel(global.excel);
    for item in &file.body.items {
        let shown = Shown {
            item: item.clone(),
            name: file.body.names.get(&item.target).cloned(),
        };
        writer.row(record::cells(ITEM_COLUMNS, &shown))?;
    }
    writer.finish(&footer(&file))
}

fn footer(file: &PlanFile) -> Vec<String> {
    let body = &file.body;
    let mut lines = vec![format!(
        "{} on {} (profile {}, {}): {} request(s); batch {}",
        body.operation,
        body.provider,
        body.profile,
        body.scope,
        body.items.len(),
        body.batch
    )];
    if let Some(notice) = &body.notice {
        lines.push(format!("notice: {notice}"));
    }
    for (currency, total) in &body.totals {
        lines.push(format!(
            "total {currency}: {}",
            crate::money::for_display(*total)
        ));
    }
    lines.push(format!(
        "prepared by {} at {}, valid until {}{}",
        body.author,
        body.created,
        body.expires,
        if file.check_expiry(chrono::Utc::now()).is_err() {
            " (expired)"
        } else {
            ""
        }
    ));
    lines.push(format!("digest {}", file.digest));
    for line in &body.lines {
        let name = body.names.get(&line.target).map_or("", String::as_str);
        lines.push(format!(
            "line: {} {} {} {name}",
            line.target,
            line.amount,
            line.currency.as_deref().unwrap_or("")
        ));
    }
    for skipped in &body.skipped {
        lines.push(format!("skipped {}: {}", skipped.target, skipped.reason));
    }
    for balance in body.balances.iter().flatten() {
        lines.push(format!(
            "balance when planned: {} ({}) {} {}",
            balance.target,
            balance.status,
            balance.amount,
            balance.currency.as_deref().unwrap_or("")
        ));
    }
    if file.approvals.is_empty() {
        lines.push("approvals: none".to_string());
    }
    for approval in &file.approvals {
        let state = match crate::approval::verify(approval, &file.digest) {
            Ok(_) => "signature valid".to_string(),
            Err(why) => format!("INVALID: {why}"),
        };
        lines.push(format!(
            "approved by {} ({}) at {}: {state}",
            approval.identity, approval.fingerprint, approval.signed
        ));
    }
    lines
}

/// Appends an approval: the plan must be intact and unexpired, and a key approves it once.
fn approve(path: &Path, key: &Path, identity: Option<String>, global: &Global) -> Result<()> {
    let file = PlanFile::read(path)?;
    file.check_expiry(chrono::Utc::now())?;
    let key = crate::approval::load_key(key, global.no_input)?;
    let fingerprint = key
        .public_key()
        .fingerprint(ssh_key::HashAlg::Sha256)
        .to_string();
    if file.approvals.iter().any(|a| a.fingerprint == fingerprint) {
        crate::notice!(
            "affpay: {} is already approved with key {fingerprint}; nothing changed",
            path.display()
        );
        return Ok(());
    }
    let identity = identity.unwrap_or_else(crate::journal::actor);
    let approval = crate::approval::sign(&key, &identity, &file.digest)?;
    // Read again just before writing, so an approval another person added while the
    // passphrase was asked is kept (the digest is checked again with it).
    let mut file = PlanFile::read(path)?;
    if crate::approval::verify(&approval, &file.digest).is_err() {
        return Err(crate::planfile::refused(
            "digest",
            format!("{} changed while it was being approved", path.display()),
        ));
    }
    file.approvals.push(approval);
    file.save()?;
    crate::notice!(
        "affpay: approved {} as {identity} with {fingerprint}: {} on {}, digest {} ({} approval(s))",
        path.display(),
        file.body.operation,
        file.body.provider,
        file.digest,
        file.approvals.len()
    );
    Ok(())
}
