//! `affpay trackdesk settle`: one settlement of the open balances the filter selects, an
//! account settlement per affiliate, and the reading of its answer — which accounts were
//! settled, which refused, which left unmentioned.

use super::args::{Filter, SettleArgs};
use super::client::{BILLING, Client, client, open_balances, path_segment, rfc3339, walk};
use super::identity::Trackdesk;
use super::methods;
use super::shared_changes::{digest, now};
use super::wire::{Balance, Currency, Settled};
use crate::context::Context;
use crate::error::{Kind, fail};
use crate::http::{Api, Request, Response};
use crate::paging::Take;
use crate::plan::{self, Answered, Line, Part, Plan};
use anyhow::Result;
use chrono::{DateTime, Utc};
use reqwest::Method;
use rust_decimal::Decimal;
use serde_json::{Value, json};
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
}
