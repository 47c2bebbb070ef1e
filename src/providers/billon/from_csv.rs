//! `billon settle --from-csv`: a file of payouts, each row checked as the options are, and
//! the whole file refused if any row is bad or pays the same as an earlier one. Apart from
//! the settle command because it is about reading a file, not about the panel.

use super::args::Fields;
use super::payout::{Payout, validate};
use crate::csv_input;
use anyhow::Result;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::path::Path;

/// Reads and validates the whole CSV, handing each good row on; any bad row fails the file,
/// listing every bad row.
pub fn read_csv(path: &Path, now: DateTime<Utc>, each: impl FnMut(Payout)) -> Result<()> {
    parse_csv(
        csv_input::open(path)?,
        &path.display().to_string(),
        now,
        each,
    )
}

/// The columns a payout file may have: the input's header, matched by name, not a list's output.
const CSV_COLUMNS: &[&str] = &[
    "amount",
    "currency",
    "project",
    "description",
    "user",
    "phone",
    "reference",
    "first_name",
    "last_name",
    "email",
    "valid_from",
    "valid_until",
    "notify",
];

fn parse_csv(
    source: impl std::io::Read,
    name: &str,
    now: DateTime<Utc>,
    mut each: impl FnMut(Payout),
) -> Result<()> {
    let mut good = 0usize;
    let mut bad_rows = Vec::new();
    // A row's identity as 128 bits of two independently keyed hashes, not as its text:
    // 16 bytes a row instead of ~100, and a collision (~1e-29 at a million rows) would only
    // refuse the file, never pay anything twice.
    let hashers = (RandomState::new(), RandomState::new());
    let mut first_line: HashMap<(u64, u64), u64> = HashMap::new();
    let mut problems = csv_input::for_each_row(source, name, CSV_COLUMNS, &[], |record| {
        let line = record.line;
        match csv_payout(&record, now) {
            Ok(payout) => {
                let same = format!(
                    "{} {} {} {}",
                    payout.target(),
                    payout.amount.normalize(),
                    payout.currency,
                    payout.project
                );
                let same = (hashers.0.hash_one(&same), hashers.1.hash_one(&same));
                if let Some(first) = first_line.get(&same) {
                    bad_rows.push(format!("line {line}: the same payout as line {first}"));
                    return;
                }
                first_line.insert(same, line);
                good += 1;
                each(payout);
            }
            Err(why) => bad_rows.push(format!("line {line}: {why}")),
        }
    })?;
    problems.append(&mut bad_rows);
    if good == 0 && problems.is_empty() {
        problems.push("no rows to pay".to_string());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(csv_input::refuse(name, &problems))
    }
}

/// One CSV row as a payout, or why it is not one.
fn csv_payout(record: &csv_input::Row<'_>, now: DateTime<Utc>) -> Result<Payout, String> {
    let get = |column: &str| record.get(column).map(str::to_string);
    let notify = match record.get("notify") {
        None | Some("false") => false,
        Some("true") => true,
        Some(other) => return Err(format!("notify '{other}' is not true or false")),
    };
    let fields = Fields {
        amount: get("amount"),
        currency: get("currency"),
        project: get("project"),
        description: get("description"),
        user: get("user"),
        phone: get("phone"),
        reference: get("reference"),
        first_name: get("first_name"),
        last_name: get("last_name"),
        email: get("email"),
        valid_from: get("valid_from"),
        valid_until: get("valid_until"),
        notify,
    };
    validate(fields, now)
}
