//! How each item of a run ended, and what the items came to: the closing counts and the exit
//! policy (8 when anything failed; a run of one request keeps its own code).

use super::answer::{Answered, Part};
use crate::error::{Kind, fail};
use anyhow::Result;
use std::collections::BTreeMap;

/// How one item ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ItemResult {
    Succeeded(Answered),
    AlreadyDone(Option<String>),
    /// Why, the exit kind, and whether it stops the rest of the batch.
    Failed(String, Kind, bool),
    /// Answered, but every part was refused: why, and the parts.
    Refused(String, Vec<Part>),
    Unknown(String),
    /// Not sent: an earlier request to the same target has an unknown outcome.
    Held(String),
    NotAttempted(String),
}

/// What a run's items came to, for the closing line and the exit code.
#[derive(Default)]
pub(super) struct Tally {
    by_name: BTreeMap<&'static str, usize>,
    items: usize,
    failed: usize,
    pub(super) not_attempted: usize,
    parts: usize,
    failed_parts: usize,
    /// The result of a run of one request, which keeps its own exit code.
    only: Option<ItemResult>,
}

impl Tally {
    pub(super) fn count(&mut self, name: &'static str) {
        *self.by_name.entry(name).or_default() += 1;
    }

    pub(super) fn record(&mut self, result: ItemResult) {
        self.items += 1;
        self.failed += usize::from(matches!(
            result,
            ItemResult::Failed(..) | ItemResult::Refused(..)
        ));
        self.not_attempted += usize::from(matches!(result, ItemResult::NotAttempted(_)));
        let parts = parts_of(&result);
        self.parts += parts.len();
        self.failed_parts += parts.iter().filter(|p| p.failure.is_some()).count();
        self.only = (self.items == 1).then_some(result);
    }

    pub(super) fn counts(&self) -> String {
        let counts: Vec<String> = self
            .by_name
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect();
        counts.join(", ")
    }

    /// 8 if any item or part of one failed (a single request keeps its own code). Unknown
    /// outcomes are the journal's to report, see [`unresolved`].
    pub(super) fn exit(self) -> Result<()> {
        if let Some(ItemResult::Failed(why, kind, _)) = self.only {
            return Err(fail(kind, why));
        }
        if self.failed > 0 {
            return Err(fail(
                Kind::Partial,
                format!("{} of {} request(s) failed", self.failed, self.items),
            ));
        }
        if self.failed_parts > 0 {
            return Err(fail(
                Kind::Partial,
                format!(
                    "{} of {} part(s) failed; see the rows marked part_failed",
                    self.failed_parts, self.parts
                ),
            ));
        }
        Ok(())
    }
}

pub(super) fn parts_of(result: &ItemResult) -> &[Part] {
    match result {
        ItemResult::Succeeded(answered) => &answered.parts,
        ItemResult::Refused(_, parts) => parts,
        _ => &[],
    }
}
