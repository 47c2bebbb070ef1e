//! What a plan is: the requests a money-moving command would send, each under an idempotency
//! key derived from what the operator asked, and the options every such command shares.
//!
//! Everything else in `plan` reads this model; it reads nothing of theirs.

use super::item::Item;
use crate::context::Context;
use crate::http::{Api, Request};
use crate::providers::identity::Identity;
use anyhow::Result;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::time::Duration;

/// What the operator asked, from which a derived key is built. A value a provider reported
/// (a balance, a currency read from its answer) never belongs here: when the provider spells
/// it differently on the next run, the key would change and the target be paid again.
#[derive(Debug, Clone, Copy, Default)]
pub struct KeyBasis<'a> {
    pub amount: Option<Decimal>,
    pub currency: Option<&'a str>,
    /// What else tells two requests apart (an adjustment's type, a target status).
    pub variant: Option<&'a str>,
}

/// Everything a money-moving command would send.
#[derive(Debug)]
pub struct Plan {
    pub provider: &'static str,
    pub profile: String,
    pub operation: &'static str,
    pub batch: String,
    pub items: Vec<Item>,
    /// Targets left out, with the reason (shown with the plan).
    pub skipped: Vec<(String, String)>,
    /// Errors after which the rest of the batch would fail too (a provider out of funds):
    /// the remaining items are reported not attempted.
    pub stops_batch: fn(&anyhow::Error) -> bool,
    /// A warning that goes with the plan wherever it is shown ("irreversible").
    pub notice: Option<String>,
    /// What the requests move, line by line, when one request covers many targets (one
    /// settlement of many accounts): shown for confirmation and added to the totals.
    pub lines: Vec<Line>,
    /// The operation a succeeded item undoes (a cancel undoes a `settle`): the succeeded rows
    /// of that operation whose reference is the item's target (ids separated by commas)
    /// become `reversed`, so the next run of that operation sends again instead of finding
    /// the key done.
    pub reverses: Option<String>,
    /// Affiliate names by target, where the provider gives them and an item does not carry
    /// its own ([`Item::set_reported`]): shown with the plan.
    pub names: BTreeMap<String, String>,
}

/// One part of what a plan moves.
#[derive(Debug, Clone)]
pub struct Line {
    pub target: String,
    pub amount: Decimal,
    pub currency: Option<String>,
}

/// The options every money-moving command shares.
#[derive(Debug, Clone, Default)]
pub struct Safety {
    pub max_total: Option<Decimal>,
    pub lock_timeout: Duration,
    pub show_plan: crate::pager::ShowPlan,
    /// `--plan-out`: write the plan to a file instead of carrying it out.
    pub plan_out: Option<PlanOut>,
}

/// `--plan-out FILE` with its expiry, and the writer of plan files: `planfile::write`, whose
/// module sits a floor above this one (it reads and replays plans), so it is handed down.
#[derive(Debug, Clone)]
pub struct PlanOut {
    pub path: std::path::PathBuf,
    pub expires: chrono::Duration,
    pub write: fn(&Context, &Api, &Plan, &PlanOut) -> Result<()>,
}

impl Plan {
    /// An empty plan of `operation` for the provider `identity` names, under the run's profile.
    pub fn new(
        ctx: &Context,
        identity: &dyn Identity,
        operation: &'static str,
        batch: String,
    ) -> Plan {
        Plan::named(ctx, identity.name(), operation, batch)
    }

    /// Like [`Plan::new`], for a provider known only by the name its endpoint carries
    /// ([`Api::provider`]): a plan file replayed through it.
    pub fn named(
        ctx: &Context,
        provider: &'static str,
        operation: &'static str,
        batch: String,
    ) -> Plan {
        Plan::empty(provider, ctx.global.profile.clone(), operation, batch)
    }

    /// A plan with nothing in it yet.
    fn empty(
        provider: &'static str,
        profile: String,
        operation: &'static str,
        batch: String,
    ) -> Plan {
        Plan {
            provider,
            profile,
            operation,
            batch,
            items: Vec::new(),
            skipped: Vec::new(),
            stops_batch: |_| false,
            notice: None,
            lines: Vec::new(),
            reverses: None,
            names: BTreeMap::new(),
        }
    }

    /// Adds a request; its key is derived from what it does unless `key` is given.
    pub fn push(
        &mut self,
        target: String,
        amount: Option<Decimal>,
        currency: Option<String>,
        request: Request,
        key: Option<String>,
    ) {
        self.push_variant(target, amount, currency, request, key, None);
    }

    /// Like [`Plan::push`], for operations that differ by more than target and amount (an
    /// adjustment's type): `variant` becomes part of the derived key.
    pub fn push_variant(
        &mut self,
        target: String,
        amount: Option<Decimal>,
        currency: Option<String>,
        request: Request,
        key: Option<String>,
        variant: Option<&str>,
    ) {
        let typed = currency.clone();
        let asked = KeyBasis {
            amount,
            currency: typed.as_deref(),
            variant,
        };
        self.push_with(target, amount, currency, request, key, asked);
    }

    /// Adds a request whose shown amount or currency came (partly) from the provider: only
    /// `asked` goes into its derived key.
    pub fn push_with(
        &mut self,
        target: String,
        amount: Option<Decimal>,
        currency: Option<String>,
        request: Request,
        key: Option<String>,
        asked: KeyBasis<'_>,
    ) -> &mut Item {
        let explicit_key = key.is_some();
        let key = key.unwrap_or_else(|| self.derive(&target, asked));
        self.items.push(Item::new(
            &key,
            &target,
            amount,
            currency.as_deref(),
            request,
            explicit_key,
        ));
        let last = self.items.len() - 1;
        &mut self.items[last]
    }

    /// `provider:profile:operation:target:amount:CURRENCY:batch[:variant]`, the amount
    /// normalised (`10.50` and `10.5` are one amount) and the currency upper-cased.
    fn derive(&self, target: &str, asked: KeyBasis<'_>) -> String {
        let amount = asked
            .amount
            .map(|a| a.normalize().to_string())
            .unwrap_or_default();
        let currency = asked
            .currency
            .map(|c| c.trim().to_ascii_uppercase())
            .unwrap_or_default();
        let mut parts = vec![
            self.provider,
            &self.profile,
            self.operation,
            target,
            &amount,
            &currency,
            &self.batch,
        ];
        parts.extend(asked.variant);
        derive_key(&parts)
    }

    /// Every name the plan knows by target: its items' own and the others.
    pub fn all_names(&self) -> BTreeMap<String, String> {
        let mut names = self.names.clone();
        for item in &self.items {
            if let Some(name) = item.name() {
                names.insert(item.target().to_string(), name.to_string());
            }
        }
        names
    }

    /// Total per currency of the items' amounts and the lines (items without an amount are
    /// counted, not summed).
    pub fn totals(&self) -> BTreeMap<String, Decimal> {
        let items = self
            .items
            .iter()
            .filter_map(|i| Some((i.amount?, i.currency())));
        let lines = self.lines.iter().map(|l| (l.amount, l.currency.as_deref()));
        crate::money::totals_by_currency(items.chain(lines))
    }
}

/// A readable, deterministic key: the same operation on the same target for the same amount
/// in the same batch always gets the same key. `:` inside a part is escaped so parts cannot
/// run into each other.
pub fn derive_key(parts: &[&str]) -> String {
    let mut key = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            key.push(':');
        }
        for c in part.chars() {
            match c {
                '%' => key.push_str("%25"),
                ':' => key.push_str("%3A"),
                c => key.push(c),
            }
        }
    }
    key
}

/// The default batch of a money-moving run: today's UTC date, so a cron job that runs again
/// the same day finds its work already done.
pub fn default_batch() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_deterministic_and_parts_cannot_collide() {
        let a = derive_key(&[
            "smartico",
            "default",
            "settle",
            "1",
            "10.5",
            "EUR",
            "2026-11-21",
        ]);
        assert_eq!(a, "smartico:default:settle:1:10.5:EUR:2026-11-21");
        assert_ne!(derive_key(&["a:b", "c"]), derive_key(&["a", "b:c"]));
    }

    fn plan() -> Plan {
        Plan::empty("smartico", "default".into(), "settle", "2026-12-01".into())
    }

    #[test]
    fn a_key_holds_when_the_provider_respells_what_it_reports() {
        let request = || Request {
            method: reqwest::Method::POST,
            url: std::sync::Arc::new(
                "https://boapi.smartico.ai/api/af2_payments_op"
                    .parse()
                    .unwrap(),
            ),
            body: None,
            repeat: crate::http::Repeat::OnlyUnsent,
        };
        let mut plan = plan();
        let amount = Some(Decimal::new(10050, 2));
        let asked = KeyBasis {
            amount,
            ..KeyBasis::default()
        };
        for reported in [Some("EUR"), Some("eur"), None, Some(" Eur ")] {
            let currency = reported.map(str::to_string);
            plan.push_with("35427".into(), amount, currency, request(), None, asked);
        }
        let keys: Vec<&str> = plan.items.iter().map(|i| i.key()).collect();
        assert!(keys.iter().all(|k| *k == keys[0]), "{keys:?}");
        assert_eq!(keys[0], "smartico:default:settle:35427:100.5::2026-12-01");

        // A currency the operator typed is part of the key, in one spelling.
        let mut plan = plan_with_typed_currencies(request);
        let keys: Vec<String> = plan.items.drain(..).map(|i| i.key().to_string()).collect();
        assert_eq!(keys[0], keys[1]);
        assert_eq!(keys[0], "smartico:default:settle:35427:10:EUR:2026-12-01");
    }

    fn plan_with_typed_currencies(request: impl Fn() -> Request) -> Plan {
        let mut plan = plan();
        for (amount, currency) in [("10.00", "eur"), ("10", "EUR")] {
            plan.push(
                "35427".into(),
                Some(amount.parse().unwrap()),
                Some(currency.into()),
                request(),
                None,
            );
        }
        plan
    }
}
