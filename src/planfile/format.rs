//! What a plan file holds and how it is read: the format, the body with its items, lines and
//! balances, the approvals, and the checks a file passes before anything trusts it (known
//! format, digest that matches the body, expiry not passed).

use super::digest::digest_of;
use crate::error::{Kind, fail, usage};
use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The version of the file format; a file of any other is refused, never guessed at.
pub const FORMAT: &str = "affpay-plan/1";

/// The longest a plan may stay valid: a plan is a decision about balances of one moment.
const LONGEST_EXPIRY: chrono::Duration = chrono::Duration::days(31);

/// Everything a plan moves, and where, for whom, by whom and until when.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub provider: String,
    pub profile: String,
    /// The base URL the requests go to (`sandbox` for the built-in simulator).
    pub scope: String,
    pub operation: String,
    pub batch: String,
    /// Who prepared it, `user@host`.
    pub author: String,
    /// RFC 3339, UTC, to the second.
    pub created: String,
    pub expires: String,
    pub notice: Option<String>,
    /// The operation whose succeeded rows this plan's items undo (see `Plan::reverses`);
    /// left out when none, so plans that undo nothing keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverses: Option<String>,
    pub items: Vec<FileItem>,
    pub lines: Vec<FileLine>,
    /// The targets' names where the provider reports them, for the people who review.
    pub names: BTreeMap<String, String>,
    pub skipped: Vec<Skipped>,
    pub totals: BTreeMap<String, Decimal>,
    /// The targets' balances when the plan was made, where the provider reports the balance
    /// the operation pays from; `None` where it cannot tell.
    pub balances: Option<Vec<FileBalance>>,
}

/// One request, complete: what `apply` sends, and the key the journal knows it by.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileItem {
    pub key: String,
    pub explicit_key: bool,
    pub target: String,
    pub amount: Option<Decimal>,
    pub currency: Option<String>,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub body: Option<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLine {
    pub target: String,
    pub amount: Decimal,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skipped {
    pub target: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileBalance {
    pub target: String,
    pub status: String,
    pub currency: Option<String>,
    pub amount: Decimal,
}

/// One person's signature over the digest.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Who says they signed (checked against `allowed_signers` at apply).
    pub identity: String,
    /// The signing key's SHA-256 fingerprint, for people; the key itself is in the signature.
    pub fingerprint: String,
    pub signed: String,
    /// `ssh-keygen -Y sign` format (PEM, namespace `affpay-plan`) over the digest's text.
    pub signature: String,
}

/// The file as stored.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    format: String,
    plan: Value,
    digest: String,
    approvals: Vec<Approval>,
}

/// A plan file read and checked: its format is known and its digest matches its body.
#[derive(Debug, Clone)]
pub struct PlanFile {
    pub path: PathBuf,
    pub body: Body,
    /// The body as stored, written back unchanged when an approval is added.
    pub(super) raw: Value,
    pub digest: String,
    pub approvals: Vec<Approval>,
}

/// A refusal of a plan file (exit 7), naming the check that failed.
pub fn refused(check: &str, why: impl std::fmt::Display) -> anyhow::Error {
    fail(
        Kind::ConfirmationRequired,
        format!("plan refused ({check}): {why}; nothing was sent"),
    )
}

/// `6h`, `30m`, `2d`, `90s`: how long a plan stays valid, at most 31 days.
pub fn parse_expiry(text: &str) -> Result<chrono::Duration, String> {
    let text = text.trim();
    let bad = || format!("'{text}' is not a duration like 6h, 30m, 2d or 90s");
    let (split, _) = text.char_indices().last().ok_or_else(bad)?;
    let (number, unit) = text.split_at(split);
    let n: i64 = number
        .parse()
        .ok()
        .filter(|n| (1..=100_000).contains(n))
        .ok_or_else(bad)?;
    let duration = match unit {
        "s" => chrono::Duration::seconds(n),
        "m" => chrono::Duration::minutes(n),
        "h" => chrono::Duration::hours(n),
        "d" => chrono::Duration::days(n),
        _ => return Err(bad()),
    };
    if duration > LONGEST_EXPIRY {
        return Err(format!("'{text}' is longer than 31 days"));
    }
    Ok(duration)
}

/// A time as plan files write it: RFC 3339, UTC, to the second.
pub fn stamp(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `, total 10.00 EUR + 5 USD`, or nothing.
pub fn totals_text(totals: &BTreeMap<String, Decimal>) -> String {
    if totals.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = totals.iter().map(|(c, t)| format!("{t} {c}")).collect();
    format!(", total {}", parts.join(" + "))
}

impl Body {
    /// The totals per currency of the items' and lines' amounts, as `Plan::totals` adds them
    /// up when the file is written (`-` for an amount without a currency).
    pub fn added_up_totals(&self) -> BTreeMap<String, Decimal> {
        let items = self
            .items
            .iter()
            .filter_map(|i| Some((i.amount?, i.currency.as_deref())));
        let lines = self.lines.iter().map(|l| (l.amount, l.currency.as_deref()));
        crate::money::totals_by_currency(items.chain(lines))
    }
}

/// `totals_text` without its leading comma, or " none".
fn or_none(text: &str) -> String {
    match text.strip_prefix(", total") {
        Some(rest) => rest.to_string(),
        None => " none".to_string(),
    }
}

impl PlanFile {
    /// Reads a plan file: malformed is exit 2; an unknown format, a body that does not match
    /// its digest, or totals that are not its items' are refused (exit 7).
    pub fn read(path: &Path) -> Result<PlanFile> {
        let name = path.display();
        let text = std::fs::read_to_string(path)
            .map_err(|e| usage(format!("cannot read plan file {name}: {e}")))?;
        let malformed = |why: String| usage(format!("{name} is not a plan file: {why}"));
        let value: Value =
            serde_json::from_str(&text).map_err(|e| malformed(format!("not JSON ({e})")))?;
        match value.get("format").and_then(Value::as_str) {
            Some(FORMAT) => {}
            Some(other) => {
                return Err(refused(
                    "format",
                    format!("{name} is format '{other}'; this affpay reads {FORMAT} only"),
                ));
            }
            None => return Err(malformed("it has no \"format\"".to_string())),
        }
        let document: Document =
            serde_json::from_value(value).map_err(|e| malformed(e.to_string()))?;
        let digest = digest_of(&document.plan);
        if digest != document.digest {
            return Err(refused(
                "digest",
                format!(
                    "{name} was changed after it was written: its plan's digest is {digest}, not the {} it records",
                    document.digest
                ),
            ));
        }
        let body: Body = serde_json::from_value(document.plan.clone())
            .map_err(|e| malformed(format!("its plan: {e}")))?;
        // The totals are what a reviewer reads first; a file whose stated totals are not its
        // items' (a hand-made file, say, digested after the edit) would have them approve
        // another sum than the one applied.
        let added_up = body.added_up_totals();
        if added_up != body.totals {
            return Err(refused(
                "totals",
                format!(
                    "{name} states totals{} but its items and lines add up to{}",
                    or_none(&totals_text(&body.totals)),
                    or_none(&totals_text(&added_up)),
                ),
            ));
        }
        Ok(PlanFile {
            path: path.to_path_buf(),
            body,
            raw: document.plan,
            digest,
            approvals: document.approvals,
        })
    }

    pub fn to_text(&self) -> Result<String> {
        let document = Document {
            format: FORMAT.to_string(),
            plan: self.raw.clone(),
            digest: self.digest.clone(),
            approvals: self.approvals.clone(),
        };
        let mut text = serde_json::to_string_pretty(&document)?;
        text.push('\n');
        Ok(text)
    }

    /// Writes the file back (with its approvals), 0600, atomically.
    pub fn save(&self) -> Result<()> {
        crate::files::write_private(&self.path, self.to_text()?.as_bytes())
            .with_context(|| format!("cannot save {}", self.path.display()))
    }

    /// Refused once past its expiry (or with an expiry that is not a time).
    pub fn check_expiry(&self, now: DateTime<Utc>) -> Result<()> {
        let expires = DateTime::parse_from_rfc3339(&self.body.expires).map_err(|_| {
            refused(
                "expiry",
                format!("its expiry '{}' is not a time", self.body.expires),
            )
        })?;
        if now > expires {
            return Err(refused(
                "expiry",
                format!(
                    "{} expired at {}; prepare a new plan",
                    self.path.display(),
                    self.body.expires
                ),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiries_are_short_durations() {
        assert_eq!(parse_expiry("6h").unwrap(), chrono::Duration::hours(6));
        assert_eq!(parse_expiry("90s").unwrap(), chrono::Duration::seconds(90));
        assert_eq!(parse_expiry("2d").unwrap(), chrono::Duration::days(2));
        for bad in [
            "",
            "h",
            "0h",
            "-1h",
            "6",
            "6w",
            "32d",
            "1.5h",
            "6ч",
            "99999999999999d",
        ] {
            assert!(parse_expiry(bad).is_err(), "{bad}");
        }
    }
}
