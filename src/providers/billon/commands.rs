//! `affpay billon …`: create payouts one at a time or from a CSV, cancel them, and list the
//! ones affpay created. Creating and cancelling go through the shared plan; the panel has no
//! list endpoint, so `payouts` reads affpay's own journal and says so.

use super::client::Client;
use super::identity::Billon;
use crate::context::Context;
use crate::csv_input;
use crate::dates::{self, DayEdge};
use crate::error::{Kind, fail, usage};
use crate::http::{Api, Request, Response};
use crate::journal::{Entry, Filter, State};
use crate::money::{self, AmountRule};
use crate::money_args::MoneyArgs;
use crate::output::Cell;
use crate::plan::{self, Answered, Plan};
use crate::record::{self, Column};
use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use clap::{ArgGroup, Args, Subcommand};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::path::{Path, PathBuf};

/// How long a payout stays valid when `--valid-until` is not given.
const DEFAULT_VALIDITY_DAYS: i64 = 30;

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Create payouts: one from the options, or one per row of a CSV.
    #[command(
        after_help = "Money: POST /api/payment/create creates a payout the recipient collects: \
        its amount is blocked in the panel's funds until the recipient receives it or it is \
        cancelled.\n\n\
        Examples:\n  affpay billon settle --amount 25.00 --currency PLN --project 'November' \\\n    \
        --description 'Affiliate payout' --user tester --notify\n  affpay billon settle --from-csv payouts.csv --yes\n\n\
        CSV columns: amount,currency,project,description and one of user,phone,reference;\n\
        optional first_name,last_name,email,valid_from,valid_until,notify (true/false)."
    )]
    Settle(Box<SettleArgs>),
    /// Cancel payouts (irreversible; releases the funds they block).
    #[command(
        after_help = "Money: POST /api/payment/cancel cancels payouts not yet received, for \
        good: they can never be received and the funds they block are released.\n\n\
        Example:\n  affpay billon cancel 1041 1042"
    )]
    Cancel(CancelArgs),
    /// The payouts affpay created (local records: the panel has no list endpoint).
    #[command(
        visible_alias = "payments",
        after_help = "Example:\n  affpay billon payouts -o csv"
    )]
    Payouts,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("recipient").args(["user", "phone", "reference"])))]
pub struct SettleArgs {
    /// Pay the rows of this CSV; - for stdin.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["amount", "currency", "project", "description", "recipient"])]
    from_csv: Option<PathBuf>,
    /// Amount to pay out, at most 2 decimals.
    #[arg(long, value_name = "X", required_unless_present = "from_csv")]
    amount: Option<String>,
    /// Currency code, like PLN or GBP.
    #[arg(long, value_name = "CUR", required_unless_present = "from_csv")]
    currency: Option<String>,
    /// Project name (created by the panel if it does not exist).
    #[arg(long, value_name = "NAME", required_unless_present = "from_csv")]
    project: Option<String>,
    /// Payout description.
    #[arg(long, value_name = "TEXT", required_unless_present = "from_csv")]
    description: Option<String>,
    /// Recipient user name.
    #[arg(long, value_name = "NAME")]
    user: Option<String>,
    /// Recipient phone number.
    #[arg(long, value_name = "NUMBER")]
    phone: Option<String>,
    /// Recipient reference id.
    #[arg(long = "reference", value_name = "ID")]
    reference: Option<String>,
    /// Recipient first name.
    #[arg(long, value_name = "NAME")]
    first_name: Option<String>,
    /// Recipient last name.
    #[arg(long, value_name = "NAME")]
    last_name: Option<String>,
    /// Recipient email.
    #[arg(long, value_name = "EMAIL")]
    email: Option<String>,
    /// Start of validity (YYYY-MM-DD or RFC 3339; default now).
    #[arg(long, value_name = "DATETIME")]
    valid_from: Option<String>,
    /// End of validity (YYYY-MM-DD meaning the end of that day, or RFC 3339; default 30 days after the start).
    #[arg(long, value_name = "DATETIME")]
    valid_until: Option<String>,
    /// Notify the recipient.
    #[arg(long)]
    notify: bool,
    #[command(flatten)]
    money: MoneyArgs,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Payout ids.
    #[arg(required = true, value_name = "ID")]
    ids: Vec<u64>,
    #[command(flatten)]
    money: MoneyArgs,
}

pub fn run(verb: Verb, ctx: &Context) -> Result<()> {
    match verb {
        Verb::Settle(args) => settle(ctx, &args),
        Verb::Cancel(args) => cancel(ctx, &args),
        Verb::Payouts => payouts(ctx),
    }
}

/// One payout to create, validated.
#[derive(Debug, Clone)]
struct Payout {
    amount: Decimal,
    currency: String,
    project: String,
    description: String,
    recipient: (&'static str, String),
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    valid_from: DateTime<Utc>,
    valid_until: DateTime<Utc>,
    notify: bool,
}

impl Payout {
    /// The request body, with `referenceId` as a string, as the vendor's table types it, and
    /// the dates in ISO 8601 with an explicit UTC offset (`2026-12-01T00:00:00Z`): the panel
    /// accepts ISO 8601 or RFC 2822, and its example's zoneless `"2018-01-01 12:00:00"` would
    /// be read in the panel's own time zone, shifting the validity window.
    fn body(&self) -> Value {
        let mut body = json!({
            "amount": money::json_number(self.amount),
            "currency": self.currency,
            "startDate": iso_utc(self.valid_from),
            "endDate": iso_utc(self.valid_until),
            "name": self.project,
            "description": self.description,
        });
        body[self.recipient.0] = Value::String(self.recipient.1.clone());
        for (field, value) in [
            ("firstName", &self.first_name),
            ("lastName", &self.last_name),
            ("email", &self.email),
        ] {
            if let Some(value) = value {
                body[field] = Value::String(value.clone());
            }
        }
        body["notification"] = Value::Bool(self.notify);
        body
    }

    /// Who is paid, as the journal and the reports name it.
    fn target(&self) -> String {
        format!("{}={}", self.recipient.0, self.recipient.1)
    }
}

/// An instant as ISO 8601 in UTC, to the second, with its `Z`.
fn iso_utc(instant: DateTime<Utc>) -> String {
    instant.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The fields of one payout as text, from the options or a CSV row.
#[derive(Default)]
struct Fields {
    amount: Option<String>,
    currency: Option<String>,
    project: Option<String>,
    description: Option<String>,
    user: Option<String>,
    phone: Option<String>,
    reference: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    valid_from: Option<String>,
    valid_until: Option<String>,
    notify: bool,
}

fn validate(fields: Fields, now: DateTime<Utc>) -> Result<Payout, String> {
    let required = |value: Option<String>, name: &str| {
        value
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| format!("{name} is required"))
    };
    let amount_text = required(fields.amount, "amount")?;
    let amount = money::checked_amount(&amount_text, AmountRule::Positive)
        .map_err(|why| format!("amount {why}"))?;
    let currency = required(fields.currency, "currency")?.to_ascii_uppercase();
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(format!("currency '{currency}' is not a 3-letter code"));
    }
    let recipients: Vec<(&'static str, String)> = [
        ("userName", fields.user),
        ("phoneNumber", fields.phone),
        ("referenceId", fields.reference),
    ]
    .into_iter()
    .filter_map(|(field, value)| value.filter(|v| !v.trim().is_empty()).map(|v| (field, v)))
    .collect();
    let [recipient] = <[_; 1]>::try_from(recipients).map_err(|_| {
        "exactly one recipient is needed: a user, a phone or a reference".to_string()
    })?;
    if let Some(email) = &fields.email
        && !email.contains('@')
    {
        return Err(format!("email '{email}' is not an email address"));
    }
    let valid_from = match fields.valid_from.as_deref() {
        Some(text) => parse_instant(text, DayEdge::Start)?,
        None => now,
    };
    let valid_until = match fields.valid_until.as_deref() {
        Some(text) => parse_instant(text, DayEdge::End)?,
        None => valid_from + Duration::days(DEFAULT_VALIDITY_DAYS),
    };
    if valid_until <= valid_from {
        return Err("the validity ends before it starts".to_string());
    }
    Ok(Payout {
        amount,
        currency,
        project: required(fields.project, "project")?,
        description: required(fields.description, "description")?,
        recipient,
        first_name: fields.first_name,
        last_name: fields.last_name,
        email: fields.email,
        valid_from,
        valid_until,
        notify: fields.notify,
    })
}

/// `affpay apply` of a billon plan: payouts (a refusal for want of funds stops the batch, as
/// in `billon settle`) or a cancellation.
pub fn replay(ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
    let client = Client::new(ctx, &Billon)?;
    if replay.operation() != "settle" {
        return replay.run(ctx, &client.api, &[("cancel", &cancelled)]);
    }
    let mut plan = replay.plan(ctx, &client.api, "settle")?;
    plan.stops_batch = out_of_funds;
    plan::execute(ctx, &client.api, plan, &replay.safety, &created)
}

/// The panel's refusal for want of funds: every later payout would be refused too.
fn out_of_funds(err: &anyhow::Error) -> bool {
    format!("{err:#}").contains("INSUFFICIENT_FUNDS")
}

fn settle(ctx: &Context, args: &SettleArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let now = Utc::now();
    // A bad file is reported before a missing credential, as if the file were read first:
    // the client's error waits until every row has been checked.
    let client = Client::new(ctx, &Billon);
    let mut plan = Plan::new(ctx, &Billon, "settle", args.money.batch());
    plan.stops_batch = out_of_funds;
    if let Some(path) = &args.from_csv {
        plan.items.reserve_exact(csv_input::rows_at_most(path));
    }
    let mut payouts = 0usize;
    let mut push = |payout: Payout| {
        payouts += 1;
        let Ok(client) = &client else { return };
        plan.push_variant(
            payout.target(),
            Some(payout.amount),
            Some(payout.currency.clone()),
            client.create(payout.body()),
            args.money.idempotency_key.clone(),
            Some(&format!("project={}", payout.project)),
        );
    };
    match &args.from_csv {
        // Each row becomes its request as it is read, and nothing is sent unless every row
        // is good: a large file is never held whole as rows beside its requests.
        Some(path) => read_csv(path, now, &mut push)?,
        None => {
            let fields = Fields {
                amount: args.amount.clone(),
                currency: args.currency.clone(),
                project: args.project.clone(),
                description: args.description.clone(),
                user: args.user.clone(),
                phone: args.phone.clone(),
                reference: args.reference.clone(),
                first_name: args.first_name.clone(),
                last_name: args.last_name.clone(),
                email: args.email.clone(),
                valid_from: args.valid_from.clone(),
                valid_until: args.valid_until.clone(),
                notify: args.notify,
            };
            push(validate(fields, now).map_err(usage)?);
        }
    };
    args.money
        .check_single_key(payouts == 1, "payout", "a CSV derives one key per row")?;
    let client = client?;
    plan::execute(ctx, &client.api, plan, &safety, &created)
}

/// The created payout's id, and its status at creation for the journal. The panel's error
/// body inside a 2xx is a refusal with its message; any other answer without a created
/// payout's id is unreadable, which the plan records as an unknown outcome (the payout may
/// exist), never as a success without a reference.
fn created(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    refused(api, response)?;
    let answer: CreateAnswer = api.decode(response)?;
    let Some(payout) = answer.payments.into_iter().next() else {
        return Err(fail(
            Kind::Unreadable,
            format!(
                "billon answered the create without a payout: {}",
                crate::http::snippet(&response.body)
            ),
        ));
    };
    let id = match payout.id {
        Value::String(s) => s,
        other => other.to_string(),
    };
    let field = |value: &Option<Value>| match value {
        Some(Value::String(s)) => s.clone(),
        None | Some(Value::Null) => "-".to_string(),
        Some(other) => other.to_string(),
    };
    let note = format!(
        "status={} recipient_id={} project_id={}",
        field(&payout.status),
        field(&payout.recipient_id),
        field(&payout.project_id)
    );
    Ok(Answered {
        reference: Some(id),
        note: Some(note),
        ..Answered::default()
    })
}

/// `{"payments": [{"id", "status", "recipientId", "projectId", …}]}`.
#[derive(Deserialize)]
struct CreateAnswer {
    payments: Vec<CreatedPayout>,
}

#[derive(Deserialize)]
struct CreatedPayout {
    /// A number in the vendor's example; required, and never null.
    #[serde(deserialize_with = "present")]
    id: Value,
    status: Option<Value>,
    #[serde(rename = "recipientId")]
    recipient_id: Option<Value>,
    #[serde(rename = "projectId")]
    project_id: Option<Value>,
}

/// `{"success": <how many were cancelled>}`.
#[derive(Deserialize)]
struct CancelAnswer {
    success: u64,
}

/// A value that must be there and not null.
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Err(serde::de::Error::custom("id is null")),
        value => Ok(value),
    }
}

/// The panel's documented error body, `{"error": {"message", "type"}}`, is a refusal whatever
/// the status, so a 2xx carrying it is never read as done.
fn refused(api: &Api, response: &Response) -> Result<()> {
    let value: Value = api.decode(response)?;
    if value.get("error").is_some_and(|e| !e.is_null()) {
        return Err(api.refusal(&response.body));
    }
    Ok(())
}

fn cancel(ctx: &Context, args: &CancelArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let mut ids = args.ids.clone();
    ids.sort_unstable();
    ids.dedup();
    let client = Client::new(ctx, &Billon)?;
    let mut plan = Plan::new(ctx, &Billon, "cancel", args.money.batch());
    // Only a cancel of every id succeeds, so each payout affpay created with them is undone.
    plan.reverses = Some("settle".to_string());
    plan.notice = Some(
        "Cancelling is irreversible: a cancelled payout cannot be received or activated again"
            .to_string(),
    );
    let target = ids.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
    plan.push(
        target,
        None,
        None,
        client.cancel(&ids),
        args.money.idempotency_key.clone(),
    );
    plan::execute(ctx, &client.api, plan, &safety, &cancelled)
}

/// The panel answers only how many it cancelled; fewer than asked is a partial failure, and
/// the panel does not say which.
fn cancelled(api: &Api, request: &Request, response: &Response) -> Result<Answered> {
    refused(api, response)?;
    let answer: CancelAnswer = api.decode(response)?;
    let asked = request
        .body_json()
        .and_then(|b| b["ids"].as_array().map(Vec::len))
        .unwrap_or(0);
    let done = answer.success as usize;
    if done < asked {
        return Err(fail(
            Kind::Partial,
            format!("billon cancelled {done} of {asked} payouts; the panel does not say which"),
        ));
    }
    Ok(Answered {
        reference: None,
        note: Some(format!("cancelled {done} of {asked}")),
        ..Answered::default()
    })
}

/// A payout affpay created, from its journal entry.
struct Created {
    entry: Entry,
    /// Reversed by an affpay cancel.
    cancelled: bool,
}

const PAYOUTS: &[Column<Created>] = &[
    Column::new("id", |p| Cell::opt_text(p.entry.reference.clone())),
    Column::new("recipient", |p| Cell::text(&p.entry.intent.target)),
    Column::new("amount", |p| {
        p.entry
            .intent
            .amount
            .as_deref()
            .and_then(|a| a.parse().ok())
            .map_or(Cell::Null, Cell::Money)
    }),
    Column::new("currency", |p| {
        Cell::opt_text(p.entry.intent.currency.clone())
    }),
    Column::new("status", |p| {
        Cell::opt_text(
            p.entry
                .note
                .as_deref()
                .and_then(|n| n.split_whitespace().find_map(|w| w.strip_prefix("status="))),
        )
    }),
    Column::new("created_at", |p| Cell::text(&p.entry.created_at)),
    Column::new("cancelled", |p| Cell::Bool(p.cancelled)),
    Column::new("key", |p| Cell::text(&p.entry.intent.key)),
];

/// The payouts affpay created, from its journal.
fn payouts(ctx: &Context) -> Result<()> {
    let selection = record::selection(PAYOUTS, ctx.global.fields.as_deref())?;
    let journal = ctx.journal()?;
    let filter = |operation: &str| Filter {
        scope: None,
        provider: Some("billon".to_string()),
        profile: Some(ctx.global.profile.clone()),
        // Succeeded, or reversed by an affpay cancel (listed as cancelled).
        state: None,
        since: None,
        before: None,
        limit: None,
        operation: Some(operation.to_string()),
    };
    let cancelled = journal.cancelled_targets("billon", &ctx.global.profile)?;
    crate::notice!(
        "affpay: local records: the Billon panel has no list endpoint; these are the payouts affpay created"
    );
    let mut writer = ctx.list_writer(selection);
    journal.list(&filter("settle"), |entry| {
        if !matches!(entry.state, State::Succeeded | State::Reversed) {
            return Ok(());
        }
        let id = entry.reference.as_deref().unwrap_or_default();
        let cancelled = entry.state == State::Reversed || cancelled.contains(id);
        writer.row(record::cells(PAYOUTS, &Created { entry, cancelled }))
    })?;
    writer.finish(&[
        "local records of payouts affpay created (the panel has no list endpoint)".to_string(),
    ])
}

/// Reads and validates the whole CSV, handing each good row on; any bad row fails the file,
/// listing every bad row.
fn read_csv(path: &Path, now: DateTime<Utc>, each: impl FnMut(Payout)) -> Result<()> {
    parse_csv(
        csv_input::open(path)?,
        &path.display().to_string(),
        now,
        each,
    )
}

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

/// A date (the start of that day, or its end) or an RFC 3339 datetime, UTC.
fn parse_instant(text: &str, edge: DayEdge) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, edge).map_err(|why| format!("'{text}' is {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields {
        Fields {
            amount: Some("25.00".into()),
            currency: Some("pln".into()),
            project: Some("Nov".into()),
            description: Some("Payout".into()),
            reference: Some("1".into()),
            valid_from: Some("2018-01-01T12:00:00Z".into()),
            valid_until: Some("2018-01-02".into()),
            ..Fields::default()
        }
    }

    #[test]
    fn the_body_has_utc_iso_dates_and_a_string_reference() {
        let payout = validate(fields(), Utc::now()).unwrap();
        let body = payout.body().to_string();
        assert_eq!(
            body,
            r#"{"amount":25.00,"currency":"PLN","startDate":"2018-01-01T12:00:00Z","endDate":"2018-01-02T23:59:59Z","name":"Nov","description":"Payout","referenceId":"1","notification":false}"#
        );
    }

    #[test]
    fn a_payout_needs_exactly_one_recipient_and_a_sane_amount() {
        let two = Fields {
            user: Some("u".into()),
            ..fields()
        };
        assert!(
            validate(two, Utc::now())
                .unwrap_err()
                .contains("exactly one recipient")
        );
        for bad in ["0", "-1", "1.001", "x"] {
            let f = Fields {
                amount: Some(bad.into()),
                ..fields()
            };
            assert!(validate(f, Utc::now()).is_err(), "{bad}");
        }
        let f = Fields {
            valid_until: Some("2017-12-31".into()),
            ..fields()
        };
        assert!(validate(f, Utc::now()).unwrap_err().contains("ends before"));
    }
}
