//! The `affpay trackdesk` commands that change something: settle, mark, cancel, billing
//! details and payment methods. Trackdesk has no idempotency keys, so each goes through the
//! shared plan — everything validated first, then confirmation, `--dry-run`, the run lock and
//! the journal — and a rerun of the same batch finds its work done and sends nothing.

use super::args::{
    AddMethodArgs, BillingDetailsArgs, CancelArgs, Filter, MarkArgs, MethodFields, SettleArgs,
    UpdateMethodArgs,
};
use super::client::{
    BILLING, BILLING_DETAILS, Client, PAYMENT_METHODS, client, get_settlement, open_balances,
    path_segment, rfc3339, walk,
};
use super::identity::Trackdesk;
use super::methods::{self, MethodType};
use super::wire::{Balance, Currency, Settled, status_name};
use crate::context::Context;
use crate::error::{Kind, fail, usage};
use crate::http::{Api, Request, Response};
use crate::money_args::MoneyArgs;
use crate::paging::Take;
use crate::plan::{self, Answered, Line, Part, Plan};
use anyhow::Result;
use chrono::{DateTime, Utc};
use reqwest::Method;
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

const NO_DETAILS: &str =
    "no billing details, so Trackdesk skips it (affpay trackdesk billing-details set)";

pub fn settle(ctx: &Context, args: &SettleArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    for id in &args.accounts {
        path_segment(id)?;
    }
    // The period ends now unless --until says otherwise, and is sent explicitly, so the
    // settlement covers exactly the balances the plan shows.
    let until = args.filter.until.unwrap_or_else(now);
    let filter = Filter::new(&args.filter, Some(until))?;
    let client = client(ctx)?;
    let mut balances = Vec::new();
    walk(
        &client,
        &format!("{BILLING}/open-balances"),
        &filter.query(),
        Take::All,
        open_balances,
        |rows| {
            balances.extend(rows);
            Ok(())
        },
    )?;
    let mut plan = Plan::new(ctx, &Trackdesk, "settle", args.money.batch());
    let ids = select_accounts(&mut plan, balances, &args.accounts);
    if !ids.is_empty() {
        push_settlement(&mut plan, &client, args, ids, &filter, until);
    }
    let lines = plan.lines.clone();
    plan::execute(
        ctx,
        &client.api,
        plan,
        &safety,
        &|api, request, response| settled(api, request, response, &lines),
    )
}

/// The one request of a settlement: the accounts, the filter that selected them with its
/// `until` pinned, and the note.
fn push_settlement(
    plan: &mut Plan,
    client: &Client,
    args: &SettleArgs,
    ids: Vec<String>,
    filter: &Filter,
    until: DateTime<Utc>,
) {
    let mut body = json!({ "filter": filter.body(), "accountIds": ids });
    if let Some(note) = &args.note {
        body["note"] = json!(note);
    }
    // The key covers the account set, the end of the period as asked and the batch, so
    // a rerun that finds the same balances sends nothing.
    let until_part = match args.filter.until {
        Some(asked) => format!("until={}", rfc3339(asked)),
        None => "until=latest".to_string(),
    };
    plan.notice = Some(format!(
        "one settlement of {} account(s), covering what was earned until {}",
        ids.len(),
        rfc3339(until)
    ));
    let request = client.write(
        Method::POST,
        &format!("{BILLING}/settle-balances"),
        Some(body),
    );
    plan.push_variant(
        account_set(&ids),
        None,
        None,
        request,
        args.money.idempotency_key.clone(),
        Some(&until_part),
    );
}

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_else(Utc::now)
}

/// The accounts to settle, sorted; the others go to `plan.skipped` with the reason, and
/// each settled account's amounts to `plan.lines`.
fn select_accounts(plan: &mut Plan, balances: Vec<Balance>, asked: &[String]) -> Vec<String> {
    let wanted: BTreeSet<&str> = asked.iter().map(String::as_str).collect();
    let mut seen = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for b in balances {
        if !wanted.is_empty() && !wanted.contains(b.account_id.as_str()) {
            continue;
        }
        seen.insert(b.account_id.clone());
        if !b.has_billing_details {
            plan.skipped.push((b.account_id, NO_DETAILS.to_string()));
        } else if b.open_balance.value <= Decimal::ZERO {
            plan.skipped
                .push((b.account_id, "no open balance to settle".to_string()));
        } else {
            plan.lines.extend(lines_of(&b));
            if !b.name.is_empty() {
                plan.names.insert(b.account_id.clone(), b.name.clone());
            }
            ids.insert(b.account_id);
        }
    }
    for id in wanted.iter().filter(|id| !seen.contains(**id)) {
        plan.skipped.push((
            id.to_string(),
            "no open balance that the filter selects".to_string(),
        ));
    }
    ids.into_iter().collect()
}

/// What an account's settlement will be: its open balance in its default payment method's
/// currency, or else its open balances by currency.
fn lines_of(b: &Balance) -> Vec<Line> {
    let line = |amount, currency| Line {
        target: b.account_id.clone(),
        amount,
        currency,
    };
    if let Some(method) = &b.default_payment_method
        && !methods::friendly(&method.payment_method_type).is_empty()
        && let Some(currency) = Currency::code(&method.payment_method_currency)
    {
        return vec![line(method.open_balance.value, Some(currency))];
    }
    if b.balances_by_currency.is_empty() {
        return vec![line(b.open_balance.value, None)];
    }
    b.balances_by_currency
        .iter()
        .map(|c| line(c.open_balance.value, Currency::code(&c.currency)))
        .collect()
}

/// One account's id, or `N-accounts-<digest>` for many: readable, and the same for the same
/// set in any order.
fn account_set(ids: &[String]) -> String {
    let mut sorted = ids.to_vec();
    sorted.sort();
    match sorted.as_slice() {
        [one] => one.clone(),
        _ => format!("{}-accounts-{}", ids.len(), digest(&sorted.join("\n"))),
    }
}

/// The first 12 hex digits of the text's SHA-256: stable across versions and machines.
fn digest(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The settlement id, a part per account settlement created, and a failed part per account
/// Trackdesk reported an error for — or settled without a word.
pub fn settled(
    api: &Api,
    request: &Request,
    response: &Response,
    lines: &[Line],
) -> Result<Answered> {
    let answer: Settled = api.decode(response)?;
    let mut parts = Vec::new();
    let mut answered = BTreeSet::new();
    for created in answer.account_settlements {
        answered.insert(created.account_id.clone());
        parts.push(Part {
            target: created.account_id,
            amount: Some(created.amount.value),
            currency: Currency::code(&created.currency),
            reference: Some(created.id),
            failure: None,
        });
    }
    // One failed part per amount the plan showed for the account (one per currency).
    let failed_parts = |account: &str, why: &str| -> Vec<Part> {
        let failed = |amount, currency| Part {
            target: account.to_string(),
            amount,
            currency,
            reference: None,
            failure: Some(why.to_string()),
        };
        let mine: Vec<Part> = lines
            .iter()
            .filter(|l| l.target == account)
            .map(|l| failed(Some(l.amount), l.currency.clone()))
            .collect();
        if mine.is_empty() {
            vec![failed(None, None)]
        } else {
            mine
        }
    };
    for error in answer.errors {
        answered.insert(error.account_id.clone());
        let why = if error.error.is_empty() {
            "Trackdesk reported an error without a message".to_string()
        } else {
            error.error
        };
        parts.extend(failed_parts(&error.account_id, &why));
    }
    let asked = request
        .body_json()
        .and_then(|b| b["accountIds"].as_array().cloned())
        .unwrap_or_default();
    let refused = !answered.is_empty();
    let mut unreported = 0;
    for id in asked.iter().filter_map(Value::as_str) {
        if !answered.contains(id) {
            unreported += 1;
            let why = "Trackdesk neither settled this account nor reported an error for it";
            parts.extend(failed_parts(id, why));
        }
    }
    let created: Vec<&Part> = parts.iter().filter(|p| p.failure.is_none()).collect();
    // Only an answer that refuses every account it was asked for says nothing was done; one
    // that names no account at all (`{}`) or leaves some unmentioned may follow settlements
    // already created, so it is not understood and the outcome stays unknown.
    if created.is_empty() && (!refused || unreported > 0) {
        return Err(fail(
            Kind::Unreadable,
            format!(
                "trackdesk answered the settlement without creating or refusing {} account(s)",
                unreported.max(1)
            ),
        ));
    }
    let mut totals: BTreeMap<&str, Decimal> = BTreeMap::new();
    for part in &created {
        let currency = part.currency.as_deref().unwrap_or("-");
        *totals.entry(currency).or_default() += part.amount.unwrap_or_default();
    }
    let totals: Vec<String> = totals.iter().map(|(c, t)| format!("{t} {c}")).collect();
    let mut failures: Vec<String> = parts
        .iter()
        .filter_map(|p| Some(format!("{}: {}", p.target, p.failure.as_ref()?)))
        .collect();
    failures.dedup();
    let mut note = format!("{} account settlement(s) created", created.len());
    if !totals.is_empty() {
        note.push_str(&format!(" for {}", totals.join(" + ")));
    }
    if !failures.is_empty() {
        note.push_str(&format!("; not settled: {}", failures.join("; ")));
    }
    Ok(Answered {
        reference: Some(answer.id).filter(|id| !id.is_empty()),
        note: Some(note),
        // Nothing settled is not a settlement done: a later run (once the accounts are
        // fixed) sends it again.
        nothing_done: created.is_empty(),
        parts,
    })
}

/// A status change's answer, noted with the status the request set (`status=paid`).
pub fn status_set(
    api: &Api,
    request: &Request,
    response: &Response,
    name: fn(&str) -> String,
) -> Result<Answered> {
    empty_object(api, request, response)?;
    let body = request.body_json().unwrap_or_default();
    let status = body["status"].as_str().unwrap_or_default();
    Ok(noted(format!("status={}", name(status))))
}

pub fn mark(ctx: &Context, args: &MarkArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let ids = checked_ids(&args.ids, &args.money)?;
    let client = client(ctx)?;
    let plan = Plan::new(ctx, &Trackdesk, "mark", setting_batch(&args.money));
    let change = StatusChange {
        collection: format!("{BILLING}/account-settlements"),
        status: args.status,
        name: status_name(args.status),
    };
    set_statuses(ctx, &client, plan, ids, &change, &args.money, &safety)
}

/// A status set on many ids of one collection.
pub struct StatusChange {
    /// The path the ids are under (`…/account-settlements`, `…/conversions/v1`).
    pub collection: String,
    /// As sent.
    pub status: &'static str,
    /// As shown and journaled (`status=paid`).
    pub name: String,
}

/// One journaled `PUT {collection}/{id}/status` per id through `plan`; the documented answer
/// is a JSON object with no fields to read (see `empty_object`).
pub fn set_statuses(
    ctx: &Context,
    client: &Client,
    mut plan: Plan,
    ids: Vec<String>,
    change: &StatusChange,
    money: &MoneyArgs,
    safety: &plan::Safety,
) -> Result<()> {
    let note = format!("status={}", change.name);
    for id in ids {
        let request = client.write(
            Method::PUT,
            &format!("{}/{id}/status", change.collection),
            Some(json!({ "status": change.status })),
        );
        plan.push_variant(
            id,
            None,
            None,
            request,
            money.idempotency_key.clone(),
            Some(&note),
        );
    }
    plan::execute(ctx, &client.api, plan, safety, &|api, request, response| {
        empty_object(api, request, response)?;
        Ok(noted(note.clone()))
    })
}

pub fn cancel(ctx: &Context, args: &CancelArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    // clap cannot enforce `requires` inside the ids-or-settlement group.
    if args.allow_paid && args.settlement.is_none() {
        return Err(usage(
            "--allow-paid goes with --settlement; single account settlements are deleted without a status check",
        ));
    }
    if let Some(id) = &args.settlement {
        return cancel_settlement(ctx, args, path_segment(id)?, &safety);
    }
    let ids = checked_ids(&args.ids, &args.money)?;
    let client = client(ctx)?;
    let mut plan = Plan::new(ctx, &Trackdesk, "cancel", args.money.batch());
    plan.notice =
        Some("deleting an account settlement makes its amount an open balance again".to_string());
    for id in ids {
        let request = client.write(
            Method::DELETE,
            &format!("{BILLING}/account-settlements/{id}"),
            None,
        );
        plan.push(id, None, None, request, args.money.idempotency_key.clone());
    }
    plan::execute(ctx, &client.api, plan, &safety, &deleted)
}

/// Deletes a whole settlement. Its account settlements are read first, so the confirmation
/// shows how many and how much; paid or in-progress ones refuse the run unless
/// `--allow-paid`, because their amounts would be open — and payable — again.
fn cancel_settlement(
    ctx: &Context,
    args: &CancelArgs,
    id: &str,
    safety: &plan::Safety,
) -> Result<()> {
    let client = client(ctx)?;
    let found = get_settlement(&client, id)?;
    let rows = found.account_settlements;
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    for row in &rows {
        *by_status.entry(status_name(&row.status)).or_default() += 1;
    }
    let busy: Vec<String> = rows
        .iter()
        .filter(|r| matches!(status_name(&r.status).as_str(), "paid" | "in-progress"))
        .map(|r| format!("{} {}", r.id, status_name(&r.status)))
        .collect();
    if !busy.is_empty() && !args.allow_paid {
        return Err(usage(format!(
            "settlement {id} has {} account settlement(s) paid or in progress ({}); deleting it \
             makes their amounts open again, and a later settle would pay them twice. Nothing was \
             sent; add --allow-paid if that is what you want",
            busy.len(),
            busy.join(", ")
        )));
    }
    let mut plan = Plan::new(ctx, &Trackdesk, "cancel-settlement", args.money.batch());
    // The settle that created it is undone: the next settle of those balances sends again.
    // Not with --allow-paid: what was paid stays paid, and its rows keep it from being paid
    // twice.
    plan.reverses = busy.is_empty().then(|| "settle".to_string());
    plan.lines = rows
        .iter()
        .map(|r| Line {
            target: r.account_id.clone(),
            amount: r.amount.value,
            currency: Currency::code(&r.currency),
        })
        .collect();
    let counts: Vec<String> = by_status.iter().map(|(s, n)| format!("{n} {s}")).collect();
    let counts = if counts.is_empty() {
        String::new()
    } else {
        format!(" ({})", counts.join(", "))
    };
    plan.notice = Some(format!(
        "deletes settlement {id} and its {} account settlement(s){counts}; their amounts become open balances again",
        rows.len()
    ));
    let request = client.write(Method::DELETE, &format!("{BILLING}/settlements/{id}"), None);
    plan.push(
        id.to_string(),
        None,
        None,
        request,
        args.money.idempotency_key.clone(),
    );
    plan::execute(ctx, &client.api, plan, safety, &deleted)
}

/// The documented success of a change whose answer has no fields (a status change, a
/// delete) is a JSON object — `{}`, or fields a newer Trackdesk adds. Anything else (`[]`,
/// `null`, a string) is not understood, so the change may have been made: unknown.
pub fn empty_object(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let value: Value = api.decode(response)?;
    if !value.is_object() {
        return Err(fail(
            Kind::Unreadable,
            format!(
                "trackdesk answered with {} where its documented answer is an object",
                crate::http::snippet(&response.body)
            ),
        ));
    }
    Ok(Answered::default())
}

pub fn deleted(api: &Api, request: &Request, response: &Response) -> Result<Answered> {
    empty_object(api, request, response)?;
    Ok(noted("deleted".to_string()))
}

pub fn noted(note: String) -> Answered {
    Answered {
        note: Some(note),
        ..Answered::default()
    }
}

/// The batch of a change that sets a state (a status, billing details, a method's details):
/// setting it again is harmless, and a same-day rerun must still set it after a change the
/// other way (paid, new, paid), so each run is its own batch unless `--batch` names one.
pub fn setting_batch(money: &MoneyArgs) -> String {
    money.batch.clone().unwrap_or_else(|| {
        chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.6fZ")
            .to_string()
    })
}

/// Ids checked as path segments and deduplicated in order; an explicit key names one.
pub fn checked_ids(ids: &[String], money: &MoneyArgs) -> Result<Vec<String>> {
    money.check_single_key(ids.len() == 1, "request", "give one id")?;
    let mut unique = Vec::new();
    for id in ids {
        if !unique.contains(id) {
            unique.push(path_segment(id)?.to_string());
        }
    }
    Ok(unique)
}

pub fn set_billing_details(ctx: &Context, args: &BillingDetailsArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let account = path_segment(&args.account)?;
    let mut body = json!({
        "accountId": account,
        "name": non_empty("--name", &args.name)?,
        "countryCode": code("--country", &args.country, 2)?,
    });
    let optional = [
        ("addressLine1", &args.address_line1),
        ("addressLine2", &args.address_line2),
        ("city", &args.city),
        ("postalCode", &args.postal_code),
        ("vat", &args.vat),
    ];
    for (wire, value) in optional {
        if let Some(value) = value {
            body[wire] = json!(value);
        }
    }
    if let Some(text) = &args.subdivision {
        body["subdivisionCode"] = json!(subdivision(text)?);
    }
    if let Some(email) = &args.invoicing_email {
        body["invoicingEmail"] = json!(email_address("--invoicing-email", email)?);
    }
    let client = client(ctx)?;
    let mut plan = Plan::new(
        ctx,
        &Trackdesk,
        "billing-details",
        setting_batch(&args.money),
    );
    push_change(
        &mut plan,
        &client,
        account,
        Method::POST,
        BILLING_DETAILS,
        body,
        &args.money,
    );
    plan::execute(ctx, &client.api, plan, &safety, &billing_detail)
}

/// The billing details' id.
pub fn billing_detail(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let value: Value = api.decode(response)?;
    Ok(Answered::reference(
        value["billingDetail"]["id"].as_str().map(str::to_string),
    ))
}

pub fn add_method(ctx: &Context, args: &AddMethodArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let account = path_segment(&args.account)?;
    let kind = method_type(args.kind);
    let data = method_data(kind, &args.fields, true)?;
    let body = json!({
        "accountId": account,
        "type": kind.wire,
        "currency": { "code": code("--currency", &args.currency, 3)? },
        "data": { kind.data: data },
    });
    let client = client(ctx)?;
    let mut plan = Plan::new(ctx, &Trackdesk, "payment-method-add", args.money.batch());
    push_change(
        &mut plan,
        &client,
        account,
        Method::POST,
        PAYMENT_METHODS,
        body,
        &args.money,
    );
    plan::execute(ctx, &client.api, plan, &safety, &payment_method)
}

pub fn update_method(ctx: &Context, args: &UpdateMethodArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let id = path_segment(&args.id)?;
    let kind = method_type(args.kind);
    let mut body = json!({ "type": kind.wire });
    if let Some(currency) = &args.currency {
        body["currency"] = json!({ "code": code("--currency", currency, 3)? });
    }
    if !args.fields.given().is_empty() {
        body["data"] = json!({ kind.data: method_data(kind, &args.fields, false)? });
    } else if args.currency.is_none() {
        return Err(usage(format!(
            "nothing to change: give --currency or {}'s fields ({})",
            kind.name,
            flags_of(kind)
        )));
    }
    let client = client(ctx)?;
    let mut plan = Plan::new(
        ctx,
        &Trackdesk,
        "payment-method-update",
        setting_batch(&args.money),
    );
    let path = format!("{PAYMENT_METHODS}/{id}");
    push_change(
        &mut plan,
        &client,
        id,
        Method::PATCH,
        &path,
        body,
        &args.money,
    );
    plan::execute(ctx, &client.api, plan, &safety, &payment_method)
}

/// A change to an account's data. The body's digest is part of its key, so the same change
/// rerun the same day is sent once, and a different one is sent.
fn push_change(
    plan: &mut Plan,
    client: &Client,
    target: &str,
    method: Method,
    path: &str,
    body: Value,
    money: &MoneyArgs,
) {
    let variant = format!("body={}", digest(&body.to_string()));
    let request = client.write(method, path, Some(body));
    plan.push_variant(
        target.to_string(),
        None,
        None,
        request,
        money.idempotency_key.clone(),
        Some(&variant),
    );
}

pub fn payment_method(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let value: Value = api.decode(response)?;
    let method = &value["paymentMethod"];
    let note = format!(
        "type={} currency={} default={}",
        methods::friendly(method["type"].as_str().unwrap_or_default()),
        method["currencyCode"].as_str().unwrap_or_default(),
        method["default"].as_bool().unwrap_or(false)
    );
    Ok(Answered {
        reference: method["id"].as_str().map(str::to_string),
        note: Some(note),
        ..Answered::default()
    })
}

fn method_type(wire: &str) -> &'static MethodType {
    methods::by_wire(wire).expect("--type is parsed into a known wire value")
}

fn flags_of(kind: &MethodType) -> String {
    kind.fields
        .iter()
        .map(|f| format!("--{}", f.flag))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The type's `data` object from the fields given: a field of another type, or a required
/// one missing, is refused before anything is sent; so is a new method with no details.
fn method_data(kind: &MethodType, fields: &MethodFields, adding: bool) -> Result<Value> {
    let given = fields.given();
    let mut data = Map::new();
    for (flag, value) in &given {
        let field = kind
            .fields
            .iter()
            .find(|f| f.flag == *flag)
            .ok_or_else(|| {
                usage(format!(
                    "--{flag} does not apply to {}; it takes {}",
                    kind.name,
                    flags_of(kind)
                ))
            })?;
        data.insert(field.wire.to_string(), json!(non_empty(flag, value)?));
    }
    for field in kind.fields.iter().filter(|f| f.required) {
        if !data.contains_key(field.wire) {
            return Err(usage(format!("{} requires --{}", kind.name, field.flag)));
        }
    }
    if adding && given.iter().all(|(flag, _)| *flag == "note") {
        return Err(usage(format!(
            "a {} payment method needs its details: {}",
            kind.name,
            flags_of(kind)
        )));
    }
    Ok(Value::Object(data))
}

fn non_empty<'a>(what: &str, value: &'a str) -> Result<&'a str> {
    if value.trim().is_empty() {
        Err(usage(format!("{what} must not be empty")))
    } else {
        Ok(value)
    }
}

/// A country (2) or currency (3) code: exactly `length` ASCII letters, upper-cased.
fn code(what: &str, text: &str, length: usize) -> Result<String> {
    if text.len() == length && text.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(text.to_ascii_uppercase())
    } else {
        Err(usage(format!(
            "{what} '{text}' is not a code of {length} letters"
        )))
    }
}

/// The part of an ISO 3166-2 code after the country (CA of US-CA): 1 to 3 letters or digits.
fn subdivision(text: &str) -> Result<String> {
    if (1..=3).contains(&text.len()) && text.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(text.to_ascii_uppercase())
    } else {
        Err(usage(format!(
            "--subdivision '{text}' is not a code of 1 to 3 letters or digits"
        )))
    }
}

fn email_address<'a>(what: &str, text: &'a str) -> Result<&'a str> {
    let ok = text
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        && !text.contains(char::is_whitespace);
    if ok {
        Ok(text)
    } else {
        Err(usage(format!("{what} '{text}' is not an email address")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_set_has_one_name_in_any_order() {
        let a = account_set(&["b".to_string(), "a".to_string()]);
        assert!(a.starts_with("2-accounts-") && a.len() == "2-accounts-".len() + 12);
        assert_eq!(a, account_set(&["a".into(), "b".into()]));
        assert_eq!(account_set(&["only".to_string()]), "only");
        assert_ne!(
            account_set(&["a".into(), "b".into()]),
            account_set(&["a".into(), "c".into()])
        );
    }

    #[test]
    fn codes_and_emails_are_checked() {
        assert_eq!(code("--country", "cz", 2).unwrap(), "CZ");
        assert!(code("--country", "CZE", 2).is_err());
        assert!(code("--currency", "EU1", 3).is_err());
        assert!(email_address("--email", "jane@example.com").is_ok());
        assert!(email_address("--email", "jane@localhost").is_err());
    }
}
