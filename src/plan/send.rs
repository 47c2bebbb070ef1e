//! The journal protocol of one item: look the key up, hold back a target with an unknown
//! outcome, write the intent before the request leaves and its outcome after, and mark what a
//! succeeded undo reverses. This is what keeps a retry, a crash or an overlapping run from
//! paying twice.

use super::answer::{Answer, read_answer, redacted};
use super::item::Item;
use super::model::Plan;
use super::outcome::ItemResult;
use crate::error::Kind;
use crate::http::{Api, Request};
use crate::journal::{Intent, Journal, State};
use anyhow::Result;
use rust_decimal::Decimal;
use std::time::{Duration, Instant};

/// The item under the key it is sent with: its own, or when affpay reversed that key's
/// request (deleted the settlement, cancelled the payout), a fresh key derived from it —
/// `KEY:reissue-2`, then `-3`… past any also reversed — so the reversed row keeps its record
/// and the new request its own.
pub(super) fn reissued<'a>(
    journal: &Journal,
    scope: &str,
    item: &'a Item,
) -> Result<std::borrow::Cow<'a, Item>> {
    let reversed = |key: &str| -> Result<bool> {
        Ok(journal
            .get(scope, key)?
            .is_some_and(|e| e.state == State::Reversed))
    };
    if !reversed(item.key())? {
        return Ok(std::borrow::Cow::Borrowed(item));
    }
    let mut n = 2;
    let mut key = format!("{}:reissue-{n}", item.key());
    while reversed(&key)? {
        n += 1;
        key = format!("{}:reissue-{n}", item.key());
    }
    Ok(std::borrow::Cow::Owned(item.with_key(&key)))
}

/// Sends one item through the journal. Errors returned are the run's own (journal, lock);
/// a provider's refusal is an item result. Time spent in the journal is added up for `-v`.
pub(super) fn carry_out(
    api: &Api,
    journal: &Journal,
    scope: &str,
    plan: &Plan,
    item: &Item,
    answer: Answer<'_>,
    journal_time: &mut Duration,
) -> Result<ItemResult> {
    let started = Instant::now();
    let earlier = journal.get(scope, item.key())?;
    let hold = journal.hold_on(scope, plan.provider, &plan.profile, item.target())?;
    *journal_time += started.elapsed();
    let keyed_before = earlier.is_some();
    if let Some(entry) = earlier {
        if let Some(refused) = reused_key(plan, item, &entry) {
            return Ok(refused);
        }
        match entry.state {
            State::Succeeded => return Ok(ItemResult::AlreadyDone(entry.reference)),
            State::Sending => {
                return Ok(ItemResult::Unknown(format!(
                    "an earlier run sent this at {} and never learned the outcome; check with {} \
                     and run `affpay journal resolve {} --as succeeded|failed --reason TEXT`",
                    entry.created_at,
                    plan.provider,
                    item.key()
                )));
            }
            // A reversed key never gets here: `reissued` gave the item a fresh one.
            State::Failed | State::Reversed => {}
        }
    }
    if !keyed_before
        && let Some(entry) = journal.done_before_scopes(
            (plan.provider, &plan.profile, plan.operation, item.target()),
            &plan.batch,
        )?
    {
        return Ok(ItemResult::AlreadyDone(entry.reference));
    }
    if let Some(key) = hold {
        return Ok(ItemResult::Held(format!(
            "held: the earlier request {key} to {} has an unknown outcome; nothing was sent. \
             Check with {} and run `affpay journal resolve {key}`",
            item.target(),
            plan.provider
        )));
    }
    // A login happens before the journal row: a failed one sent nothing.
    if let Err(err) = api.prepare() {
        return not_sent(err, plan);
    }
    let started = Instant::now();
    journal.begin(&intent(api, scope, plan, item))?;
    *journal_time += started.elapsed();
    let outcome = api
        .send(&item.request)
        .and_then(|response| read_answer(api, item, &response, answer));
    // What a 2xx answer says goes to the report and the journal: never a secret echoed in it.
    let outcome = outcome.map(|answered| redacted(api, answered));
    let started = Instant::now();
    let result = match outcome {
        Ok(answered) if answered.nothing_done => {
            let why = answered
                .note
                .unwrap_or_else(|| "the provider did none of it".to_string());
            journal.fail(scope, item.key(), &why)?;
            Ok(ItemResult::Refused(why, answered.parts))
        }
        Ok(answered) => {
            journal.succeed(
                scope,
                item.key(),
                answered.reference.as_deref(),
                answered.note.as_deref(),
            )?;
            reverse(journal, scope, plan, item)?;
            Ok(ItemResult::Succeeded(answered))
        }
        Err(err) => {
            let message = format!("{err:#}");
            match crate::error::kind_of(&err) {
                Some(Kind::OutcomeUnknown) => Ok(ItemResult::Unknown(message)),
                Some(Kind::CredentialRejected) => {
                    journal.fail(scope, item.key(), &message)?;
                    Err(err)
                }
                kind => {
                    journal.fail(scope, item.key(), &message)?;
                    let kind = kind.unwrap_or(Kind::ProviderRejected);
                    Ok(ItemResult::Failed(message, kind, (plan.stops_batch)(&err)))
                }
            }
        }
    };
    *journal_time += started.elapsed();
    result
}

/// After a succeeded item of a plan that undoes another operation: that operation's rows
/// with the item's target ids as reference become `reversed`, recorded with who and which key.
fn reverse(journal: &Journal, scope: &str, plan: &Plan, item: &Item) -> Result<()> {
    let Some(operation) = plan.reverses.as_deref() else {
        return Ok(());
    };
    let references: Vec<&str> = item.target().split(',').collect();
    let how = crate::journal::Reversal {
        by: crate::journal::actor(),
        with: item.key().to_string(),
    };
    let what = (plan.provider, plan.profile.as_str(), operation);
    for key in journal.reverse(scope, what, &references, &how)? {
        crate::notice!(
            "affpay: {key} is reversed: a new {operation} sends again under a fresh key"
        );
    }
    Ok(())
}

/// A key given again for another request (another target, amount or operation) is refused:
/// reporting the first request's result for the second would hide that nothing was sent. A
/// derived key covers what it was derived from, so only a named key can be reused wrongly
/// (a derived key may leave out an amount the provider reported, which may since have moved).
fn reused_key(plan: &Plan, item: &Item, entry: &crate::journal::Entry) -> Option<ItemResult> {
    if !item.explicit_key {
        return None;
    }
    let recorded_amount = entry.intent.amount.as_deref().map(str::parse::<Decimal>);
    let same = entry.intent.provider == plan.provider
        && entry.intent.operation == plan.operation
        && entry.intent.target == item.target()
        && recorded_amount.map(Result::ok) == item.amount.map(Some);
    (!same).then(|| {
        ItemResult::Failed(
            format!(
                "idempotency key {} was used for a different request ({} {} {} {}); nothing was sent",
                item.key(),
                entry.intent.provider,
                entry.intent.operation,
                entry.intent.target,
                entry.intent.amount.clone().unwrap_or_default()
            ),
            Kind::Usage,
            false,
        )
    })
}

/// A failure before the request left (a refused login): nothing to journal.
fn not_sent(err: anyhow::Error, plan: &Plan) -> Result<ItemResult> {
    match crate::error::kind_of(&err) {
        Some(Kind::CredentialRejected) => Err(err),
        kind => {
            let kind = match kind {
                None | Some(Kind::OutcomeUnknown) => Kind::Temporary,
                Some(kind) => kind,
            };
            let message = format!("{err:#}; nothing was sent");
            Ok(ItemResult::Failed(message, kind, (plan.stops_batch)(&err)))
        }
    }
}

fn intent(api: &Api, scope: &str, plan: &Plan, item: &Item) -> Intent {
    Intent {
        scope: scope.to_string(),
        key: item.key().to_string(),
        provider: plan.provider.to_string(),
        profile: plan.profile.clone(),
        operation: plan.operation.to_string(),
        target: item.target().to_string(),
        amount: item.amount.map(|a| a.to_string()),
        currency: item.currency().map(str::to_string),
        batch: Some(plan.batch.clone()),
        request: describe(api, &item.request),
        actor: Some(crate::journal::actor()),
        version: Some(env!("CARGO_PKG_VERSION").to_string()),
    }
}

/// `METHOD URL BODY`, with no secret in it.
fn describe(api: &Api, request: &Request) -> String {
    let body = request
        .body
        .as_ref()
        .map(|b| b.to_string())
        .unwrap_or_default();
    api.redact(&format!("{} {} {body}", request.method, request.url))
        .trim_end()
        .to_string()
}
