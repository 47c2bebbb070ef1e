//! A provider's 2xx answer to a money-moving request: what it says was done, and the rule
//! that an answer nobody can read is an unknown outcome, never a failure to send again.

use super::item::Item;
use crate::error::{Kind, fail};
use crate::http::{Api, Request, Response};
use anyhow::Result;
use rust_decimal::Decimal;

/// How a provider reads a 2xx answer to one of its money-moving requests: the reference of
/// what it did, or its refusal (some providers refuse inside a 200).
pub type Answer<'a> = &'a dyn Fn(&Api, &Request, &Response) -> Result<Answered>;

/// What a provider's answer says was done.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answered {
    /// The provider's id for what it did (a payment id).
    pub reference: Option<String>,
    /// What else is worth keeping in the journal (a status at creation, say).
    pub note: Option<String>,
    /// What became of each part of a request that covers many targets, each reported as a
    /// row of its own; a failed part makes the run exit 8.
    pub parts: Vec<Part>,
    /// The provider answered but did none of it (every part refused): the request is
    /// journaled as failed, so a later run may send it again.
    pub nothing_done: bool,
}

/// One part of what a request did (one account's settlement within a settlement).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Part {
    pub target: String,
    pub amount: Option<Decimal>,
    pub currency: Option<String>,
    pub reference: Option<String>,
    /// Why this part was not done, when it was not.
    pub failure: Option<String>,
}

impl Answered {
    pub fn reference(reference: Option<String>) -> Answered {
        Answered {
            reference,
            ..Answered::default()
        }
    }
}

/// The outcome rule for a 2xx answer: it counts as done only when the provider's reader
/// finds its documented success shape in it. A body that is not JSON at all (an HTML page
/// from a proxy, an empty body) or that the reader cannot understand may follow work already
/// done, so the outcome is unknown — never a failure that a rerun would send again.
pub(super) fn read_answer(
    api: &Api,
    item: &Item,
    response: &Response,
    answer: Answer<'_>,
) -> Result<Answered> {
    let unknown = |why: String| {
        fail(
            Kind::OutcomeUnknown,
            api.redact(&format!(
                "{why}; the request was accepted (HTTP {}) and may have been carried out",
                response.status
            )),
        )
    };
    if serde_json::from_slice::<serde::de::IgnoredAny>(&response.body).is_err() {
        return Err(unknown(format!(
            "{} answered with a body that is not the expected JSON: {}",
            api.provider,
            crate::http::unquoted_body(&response.body)
        )));
    }
    answer(api, &item.request, response).map_err(|err| {
        if crate::error::kind_of(&err) == Some(Kind::Unreadable) {
            unknown(format!("{err:#}"))
        } else {
            err
        }
    })
}

/// An answer's texts (references, notes, per-part failures) with every secret removed.
pub(super) fn redacted(api: &Api, answered: Answered) -> Answered {
    let text = |t: Option<String>| t.map(|t| api.redact(&t));
    Answered {
        reference: text(answered.reference),
        note: text(answered.note),
        parts: answered
            .parts
            .into_iter()
            .map(|part| Part {
                target: api.redact(&part.target),
                reference: text(part.reference),
                failure: text(part.failure),
                ..part
            })
            .collect(),
        nothing_done: answered.nothing_done,
    }
}
