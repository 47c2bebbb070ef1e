//! Plan files: a money-moving run's plan written down (`--plan-out`), so that one person
//! prepares, another approves (`affpay plan approve`, see [`crate::approval`]) and `affpay
//! apply` executes exactly what was approved.
//!
//! The file is JSON: `format`, the plan `body`, its `digest` and the `approvals`. The digest is
//! the SHA-256 of the body in a canonical form — compact, object keys sorted, strings and
//! numbers exactly as written — so whitespace and key order mean nothing and every value
//! counts: one changed amount, target or item is another digest. Approvals sign the digest,
//! so appending one leaves it as it was. Each request is kept whole (method, path, query,
//! body) with its idempotency key, so `apply` replays it through the same plan and journal
//! the command would have used, and a second apply finds every key done. The base URL is the
//! plan's scope, checked at apply against the profile's. Credentials travel in headers, never
//! in a planned request, and the file is checked for the credential before it is written.

use crate::context::Context;
use crate::error::{Kind, fail, usage};
use crate::http::{Api, Repeat, Request};
use crate::plan::{Answer, Item, Line, Plan, PlanOut, Safety};
use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
    raw: Value,
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

/// The SHA-256 of a body's canonical form, as `sha256:<hex>`.
pub fn digest_of(body: &Value) -> String {
    use sha2::{Digest, Sha256};
    let mut bytes = Vec::new();
    canonical(body, &mut bytes);
    let hex: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// Compact JSON with every object's keys sorted; numbers keep their text (serde_json's
/// `arbitrary_precision`), so `10.50` stays `10.50`.
fn canonical(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push(b'{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend(Value::String(key.clone()).to_string().bytes());
                out.push(b':');
                canonical(&map[key], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical(item, out);
            }
            out.push(b']');
        }
        other => out.extend(other.to_string().bytes()),
    }
}

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
    let Some(read) = BALANCES.get() else {
        return Ok(None);
    };
    let targets: Vec<&str> = plan
        .items
        .iter()
        .map(|i| i.target())
        .chain(plan.lines.iter().map(|l| l.target.as_str()))
        .collect();
    read(ctx, plan.provider, plan.operation, &targets)
}

impl PlanFile {
    /// Reads a plan file: malformed is exit 2; an unknown format or a body that does not match
    /// its digest is refused (exit 7).
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

/// A checked plan file on its way to the provider that planned it (see
/// `Provider::replay`), which picks the reader of its answers by operation.
pub struct Replay {
    pub body: Body,
    pub safety: Safety,
}

impl Replay {
    pub fn operation(&self) -> &str {
        &self.body.operation
    }

    /// The plan's lines (what one request moves for many targets).
    pub fn lines(&self) -> Vec<Line> {
        self.body
            .lines
            .iter()
            .map(|l| Line {
                target: l.target.clone(),
                amount: l.amount,
                currency: l.currency.clone(),
            })
            .collect()
    }

    /// The plan again, each request sent to `api`'s base URL (checked to be the plan's
    /// scope) with the key it was planned with. `operation` is the provider's own name for
    /// the plan's operation.
    pub fn plan(&self, ctx: &Context, api: &Api, operation: &'static str) -> Result<Plan> {
        let mut plan = Plan::named(ctx, api.provider, operation, self.body.batch.clone());
        // A cancel applied from a file undoes what it undoes when typed.
        plan.reverses = self.body.reverses.clone();
        plan.notice = self.body.notice.clone();
        plan.lines = self.lines();
        plan.names = self.body.names.clone();
        plan.skipped = self
            .body
            .skipped
            .iter()
            .map(|s| (s.target.clone(), s.reason.clone()))
            .collect();
        for item in &self.body.items {
            plan.items.push(replayed_item(api, item)?);
        }
        Ok(plan)
    }

    /// Carries out the plan with the reader of `readers` named by its operation.
    pub fn run(
        &self,
        ctx: &Context,
        api: &Api,
        readers: &[(&'static str, Answer<'_>)],
    ) -> Result<()> {
        let Some((operation, answer)) = readers.iter().find(|(o, _)| *o == self.operation()) else {
            return Err(self.unknown_operation());
        };
        crate::plan::execute(
            ctx,
            api,
            self.plan(ctx, api, operation)?,
            &self.safety,
            *answer,
        )
    }

    pub fn unknown_operation(&self) -> anyhow::Error {
        usage(format!(
            "{} has no money-moving operation '{}' that affpay can apply",
            self.body.provider, self.body.operation
        ))
    }
}

fn replayed_item(api: &Api, item: &FileItem) -> Result<Item> {
    let method = reqwest::Method::from_bytes(item.method.as_bytes()).map_err(|_| {
        usage(format!(
            "plan item {}: bad method '{}'",
            item.key, item.method
        ))
    })?;
    if !item.path.starts_with('/') {
        return Err(usage(format!(
            "plan item {}: path '{}' does not start with /",
            item.key, item.path
        )));
    }
    let mut url = api.url(&item.path, &[]);
    url.set_query(item.query.as_deref());
    let request = Request {
        method,
        url: std::sync::Arc::new(url),
        body: item
            .body
            .as_ref()
            .map(|body| serde_json::value::to_raw_value(body).expect("JSON serializes")),
        // A replayed request moves money: never repeated once it may have arrived.
        repeat: Repeat::OnlyUnsent,
    };
    Ok(Item::new(
        &item.key,
        &item.target,
        item.amount,
        item.currency.as_deref(),
        request,
        item.explicit_key,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_ignores_layout_and_sees_every_value() {
        let a: Value =
            serde_json::from_str(r#"{"b": [1, "x"], "a": {"d": 10.50, "c": null}}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a":{"c":null,"d":10.50},"b":[1,"x"]}"#).unwrap();
        assert_eq!(digest_of(&a), digest_of(&b));
        let c: Value = serde_json::from_str(r#"{"a":{"c":null,"d":10.5},"b":[1,"x"]}"#).unwrap();
        assert_ne!(
            digest_of(&a),
            digest_of(&c),
            "10.50 and 10.5 are other text"
        );
        let mut bytes = Vec::new();
        canonical(&b, &mut bytes);
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            r#"{"a":{"c":null,"d":10.50},"b":[1,"x"]}"#
        );
    }

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
