//! `affpay apply`: a checked plan file turned back into a plan, each request rebuilt against
//! the profile's base URL with the key it was planned with, and carried out through the same
//! journal the command would have used.

use super::format::{Body, FileItem};
use crate::context::Context;
use crate::error::usage;
use crate::http::{Api, Repeat, Request};
use crate::plan::{Answer, Item, Line, Plan, Safety};
use anyhow::Result;

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
