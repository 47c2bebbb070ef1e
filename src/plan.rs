//! Plan, confirm, dry-run, journal, send: the one path every money-moving request takes.
//!
//! A provider turns a command into a [`Plan`] — every request it would send, each with an
//! idempotency key — and validates all of it before anything leaves. [`execute`] then shows
//! the plan, asks for confirmation (or refuses without a terminal or `--yes`), takes the
//! per-provider run lock, and sends each request through the journal so that a retry, a crash
//! or an overlapping run never pays twice. Every item's result is reported, and the exit code
//! says whether any failed (8) or has an unknown outcome (9).

use crate::context::Context;
use crate::error::{Kind, fail};
use crate::http::{Api, Request, Response};
use crate::journal::{Intent, Journal, State};
use crate::output::{Cell, ListWriter};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// One request of a plan. A plan holds every request of a batch before the first is sent
/// (100,000 for a large CSV), so the item's key, target, currency and name share one
/// allocation and are read through accessors.
#[derive(Debug, Clone)]
pub struct Item {
    /// The key, the target, the currency, then the name, back to back; lengths in 32 bits
    /// (a key is far shorter than 4 GiB), which keeps the item at 112 bytes.
    text: Box<str>,
    key_len: u32,
    target_len: u32,
    currency_len: Option<u32>,
    has_name: bool,
    pub amount: Option<Decimal>,
    pub request: Request,
    /// The operator named the key (`--idempotency-key`): reusing it for another amount or
    /// target is a mistake to refuse. A derived key says by itself what it covers.
    pub explicit_key: bool,
}

impl Item {
    pub fn new(
        key: &str,
        target: &str,
        amount: Option<Decimal>,
        currency: Option<&str>,
        request: Request,
        explicit_key: bool,
    ) -> Item {
        let mut item = Item {
            text: Box::default(),
            key_len: 0,
            target_len: 0,
            currency_len: None,
            has_name: false,
            amount,
            request,
            explicit_key,
        };
        item.set_text(key, target, currency, None);
        item
    }

    /// The idempotency key the request is sent under.
    pub fn key(&self) -> &str {
        &self.text[..self.key_len as usize]
    }

    /// Who or what the request pays, as the journal and the reports name it.
    pub fn target(&self) -> &str {
        &self.text[self.key_len as usize..self.ends().0]
    }

    pub fn currency(&self) -> Option<&str> {
        self.currency_len?;
        let (target_end, currency_end) = self.ends();
        Some(&self.text[target_end..currency_end])
    }

    /// The target's name, where the provider gives it: shown with the plan.
    pub fn name(&self) -> Option<&str> {
        self.has_name.then(|| &self.text[self.ends().1..])
    }

    /// Where the target and the currency end in the text.
    fn ends(&self) -> (usize, usize) {
        let target_end = (self.key_len + self.target_len) as usize;
        (
            target_end,
            target_end + self.currency_len.unwrap_or(0) as usize,
        )
    }

    /// Sets what the provider reports of the target, shown with the plan: its currency and
    /// name. Never part of the key, which is already made.
    pub fn set_reported(&mut self, currency: Option<&str>, name: Option<&str>) {
        let text = std::mem::take(&mut self.text);
        let (key, rest) = text.split_at(self.key_len as usize);
        self.set_text(key, &rest[..self.target_len as usize], currency, name);
    }

    /// The same request under another key.
    fn with_key(&self, key: &str) -> Item {
        let mut item = self.clone();
        item.set_text(key, self.target(), self.currency(), self.name());
        item
    }

    fn set_text(&mut self, key: &str, target: &str, currency: Option<&str>, name: Option<&str>) {
        let parts = [key, target, currency.unwrap_or(""), name.unwrap_or("")];
        self.text = parts.concat().into_boxed_str();
        let length = |part: &str| u32::try_from(part.len()).expect("a part under 4 GiB");
        self.key_len = length(key);
        self.target_len = length(target);
        self.currency_len = currency.map(length);
        self.has_name = name.is_some();
    }
}

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
    pub fn new(
        ctx: &Context,
        provider: &'static str,
        operation: &'static str,
        batch: String,
    ) -> Plan {
        Plan {
            provider,
            profile: ctx.global.profile.clone(),
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
        let mut totals = BTreeMap::new();
        for (amount, currency) in items.chain(lines) {
            let currency = currency.unwrap_or("-").to_string();
            *totals.entry(currency).or_insert(Decimal::ZERO) += amount;
        }
        totals
    }

    fn summary(&self) -> String {
        let totals: Vec<String> = self
            .totals()
            .iter()
            .map(|(currency, total)| format!("{total} {currency}"))
            .collect();
        let totals = if totals.is_empty() {
            String::new()
        } else {
            format!(", total {}", totals.join(" + "))
        };
        let notice = self
            .notice
            .as_ref()
            .map(|n| format!(". {n}"))
            .unwrap_or_default();
        format!(
            "{} on {} (profile {}): {} request(s){totals}; batch {}{notice}",
            self.operation,
            self.provider,
            self.profile,
            self.items.len(),
            self.batch
        )
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

/// How one item ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Result_ {
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

/// The columns of a money-moving run's results and of its dry run.
pub const RESULT_COLUMNS: &[&str] = &[
    "key",
    "target",
    "amount",
    "currency",
    "result",
    "reference",
    "detail",
];
pub const DRY_RUN_COLUMNS: &[&str] = &[
    "key", "target", "amount", "currency", "method", "url", "body",
];

/// `--fields` of a money-moving command, checked against what its run will write (the
/// results, or with `--dry-run` the requests) before the reads that build the plan, so a bad
/// name is refused before any request is sent.
pub fn check_fields(ctx: &Context) -> Result<()> {
    let columns = if ctx.global.dry_run {
        DRY_RUN_COLUMNS
    } else {
        RESULT_COLUMNS
    };
    ctx.selection(columns).map(|_| ())
}

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

/// Shows, confirms and carries out a plan; `answer` reads each 2xx answer.
pub fn execute(
    ctx: &Context,
    api: &Api,
    plan: Plan,
    safety: &Safety,
    answer: Answer<'_>,
) -> Result<()> {
    for (target, why) in &plan.skipped {
        crate::notice!("affpay: skipping {target}: {why}");
    }
    if let Some(out) = &safety.plan_out {
        check_max_total(&plan, safety)?;
        return (out.write)(ctx, api, &plan, out);
    }
    let scope = scope_of(ctx, api);
    if plan.items.is_empty() {
        crate::notice!("affpay: nothing to {}", plan.operation);
        return unresolved(ctx, &plan, &scope);
    }
    check_max_total(&plan, safety)?;
    if ctx.global.dry_run {
        return dry_run(ctx, api, &plan, safety);
    }
    let selection = ctx.selection(RESULT_COLUMNS)?;
    confirm(ctx, &plan, safety)?;
    let _lock = crate::lock::acquire_in(
        &ctx.journal_location()?,
        plan.provider,
        &plan.profile,
        &scope,
        safety.lock_timeout,
    )?;
    let journal = ctx.journal()?;
    let signals = Signals::watch()?;
    let progress = progress_bar(plan.items.len());
    let mut journal_time = Duration::ZERO;
    let mut writer = ctx.list_writer(selection);
    let mut tally = Tally::default();
    let mut abort: Option<anyhow::Error> = None;
    let mut stopped: Option<String> = None;
    for item in &plan.items {
        if stopped.is_none()
            && let Some(name) = signals.received()
        {
            stopped = Some(format!("the run was stopped by {name}"));
        }
        let item = &reissued(&journal, &scope, item)?;
        let result = match (&abort, &stopped) {
            (Some(_), _) => Result_::NotAttempted("not attempted: the run stopped".to_string()),
            (_, Some(why)) => Result_::NotAttempted(format!("not attempted: {why}")),
            _ => match carry_out(
                api,
                &journal,
                &scope,
                &plan,
                item,
                answer,
                &mut journal_time,
            ) {
                Ok(result) => result,
                Err(err) if crate::error::kind_of(&err) == Some(Kind::CredentialRejected) => {
                    let message = format!("{err:#}");
                    abort = Some(err);
                    Result_::Failed(message, Kind::CredentialRejected, true)
                }
                Err(err) => return Err(err),
            },
        };
        if let Result_::Failed(why, _, true) = &result {
            stopped
                .get_or_insert_with(|| format!("the batch stopped after {}: {why}", item.target()));
        }
        progress.inc(1);
        // Each result is written (and flushed for csv and ndjson) as it is known, so a run
        // that is killed still leaves a readable report of what it did.
        report_item(&mut writer, &mut tally, &plan, item, &result)?;
        writer.flush()?;
        tally.record(result);
    }
    progress.finish_and_clear();
    if ctx.global.verbose {
        let per_request = journal_time.as_secs_f64() * 1000.0 / plan.items.len() as f64;
        eprintln!(
            "affpay: journal: {:.3} ms per request for its durable commits ({} requests)",
            per_request,
            plan.items.len()
        );
    }
    writer.finish(&[])?;
    crate::notice!("affpay: {}: {}", plan.operation, tally.counts());
    if let Some(err) = abort {
        return Err(err);
    }
    // An unknown outcome outranks a failure and an interruption: it is what a person must
    // look at first.
    unresolved(ctx, &plan, &scope)?;
    if let Some(kind) = signals.kind() {
        return Err(fail(
            kind,
            format!(
                "stopped by {}: the request in flight finished; {} not attempted",
                signals.received().unwrap_or("a signal"),
                tally.not_attempted
            ),
        ));
    }
    tally.exit()
}

/// SIGINT and SIGTERM during a money-moving run: instead of dying with a request in flight,
/// the run lets that request finish (its timeout bounds the wait), journals it, starts no
/// other, and reports the rest as not attempted.
struct Signals {
    received: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    ids: Vec<signal_hook::SigId>,
}

impl Signals {
    fn watch() -> Result<Signals> {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let received = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut ids = Vec::new();
        for signal in [SIGINT, SIGTERM] {
            let flag = std::sync::Arc::clone(&received);
            ids.push(signal_hook::flag::register_usize(
                signal,
                flag,
                signal as usize,
            )?);
        }
        Ok(Signals { received, ids })
    }

    fn signal(&self) -> Option<i32> {
        let number = self.received.load(std::sync::atomic::Ordering::SeqCst);
        (number != 0).then_some(number as i32)
    }

    fn received(&self) -> Option<&'static str> {
        self.signal().map(|s| {
            if s == signal_hook::consts::SIGINT {
                "SIGINT"
            } else {
                "SIGTERM"
            }
        })
    }

    fn kind(&self) -> Option<Kind> {
        self.signal().map(|s| {
            if s == signal_hook::consts::SIGINT {
                Kind::Interrupted
            } else {
                Kind::Terminated
            }
        })
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// The account scope of a run: the base URL its requests go to, or `sandbox` for the
/// in-process simulator, whose port changes every run while its journal is its own.
pub fn scope_of(ctx: &Context, api: &Api) -> String {
    if ctx.global.sandbox {
        "sandbox".to_string()
    } else {
        api.origin()
    }
}

/// Requests of earlier runs whose outcome is still unknown keep every later run of the same
/// provider and profile at exit 9, even when they are not part of its plan (the balance they
/// paid may already be gone), until a person resolves them.
fn unresolved(ctx: &Context, plan: &Plan, scope: &str) -> Result<()> {
    let journal = ctx.journal()?;
    let filter = crate::journal::Filter {
        scope: Some(scope.to_string()),
        provider: Some(plan.provider.to_string()),
        profile: Some(plan.profile.clone()),
        state: Some(State::Sending),
        since: None,
        before: None,
        limit: None,
        operation: None,
    };
    let mut keys = Vec::new();
    journal.list(&filter, |entry| {
        keys.push(entry.intent.key);
        Ok(())
    })?;
    if keys.is_empty() {
        return Ok(());
    }
    for key in &keys {
        eprintln!("affpay: unknown outcome, not resolved: {key}");
    }
    Err(fail(
        Kind::OutcomeUnknown,
        format!(
            "{} earlier request(s) to {} have an unknown outcome; check with the provider and run \
             `affpay journal resolve KEY --as succeeded|failed --reason TEXT` (see `affpay journal list --state sending`)",
            keys.len(),
            plan.provider
        ),
    ))
}

/// The item under the key it is sent with: its own, or when affpay reversed that key's
/// request (deleted the settlement, cancelled the payout), a fresh key derived from it —
/// `KEY:reissue-2`, then `-3`… past any also reversed — so the reversed row keeps its record
/// and the new request its own.
fn reissued<'a>(
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
fn carry_out(
    api: &Api,
    journal: &Journal,
    scope: &str,
    plan: &Plan,
    item: &Item,
    answer: Answer<'_>,
    journal_time: &mut Duration,
) -> Result<Result_> {
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
            State::Succeeded => return Ok(Result_::AlreadyDone(entry.reference)),
            State::Sending => {
                return Ok(Result_::Unknown(format!(
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
        return Ok(Result_::AlreadyDone(entry.reference));
    }
    if let Some(key) = hold {
        return Ok(Result_::Held(format!(
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
            Ok(Result_::Refused(why, answered.parts))
        }
        Ok(answered) => {
            journal.succeed(
                scope,
                item.key(),
                answered.reference.as_deref(),
                answered.note.as_deref(),
            )?;
            reverse(journal, scope, plan, item)?;
            Ok(Result_::Succeeded(answered))
        }
        Err(err) => {
            let message = format!("{err:#}");
            match crate::error::kind_of(&err) {
                Some(Kind::OutcomeUnknown) => Ok(Result_::Unknown(message)),
                Some(Kind::CredentialRejected) => {
                    journal.fail(scope, item.key(), &message)?;
                    Err(err)
                }
                kind => {
                    journal.fail(scope, item.key(), &message)?;
                    let kind = kind.unwrap_or(Kind::ProviderRejected);
                    Ok(Result_::Failed(message, kind, (plan.stops_batch)(&err)))
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
fn reused_key(plan: &Plan, item: &Item, entry: &crate::journal::Entry) -> Option<Result_> {
    if !item.explicit_key {
        return None;
    }
    let recorded_amount = entry.intent.amount.as_deref().map(str::parse::<Decimal>);
    let same = entry.intent.provider == plan.provider
        && entry.intent.operation == plan.operation
        && entry.intent.target == item.target()
        && recorded_amount.map(Result::ok) == item.amount.map(Some);
    (!same).then(|| {
        Result_::Failed(
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
fn not_sent(err: anyhow::Error, plan: &Plan) -> Result<Result_> {
    match crate::error::kind_of(&err) {
        Some(Kind::CredentialRejected) => Err(err),
        kind => {
            let kind = match kind {
                None | Some(Kind::OutcomeUnknown) => Kind::Temporary,
                Some(kind) => kind,
            };
            let message = format!("{err:#}; nothing was sent");
            Ok(Result_::Failed(message, kind, (plan.stops_batch)(&err)))
        }
    }
}

/// The outcome rule for a 2xx answer: it counts as done only when the provider's reader
/// finds its documented success shape in it. A body that is not JSON at all (an HTML page
/// from a proxy, an empty body) or that the reader cannot understand may follow work already
/// done, so the outcome is unknown — never a failure that a rerun would send again.
fn read_answer(
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
fn redacted(api: &Api, answered: Answered) -> Answered {
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

fn check_max_total(plan: &Plan, safety: &Safety) -> Result<()> {
    let Some(max) = safety.max_total else {
        return Ok(());
    };
    for (currency, total) in plan.totals() {
        if total > max {
            return Err(fail(
                Kind::ConfirmationRequired,
                format!(
                    "the plan's total {total} {currency} exceeds --max-total {max}; nothing was sent"
                ),
            ));
        }
    }
    Ok(())
}

fn dry_run(ctx: &Context, api: &Api, plan: &Plan, safety: &Safety) -> Result<()> {
    crate::notice!("affpay: dry run, nothing is sent: {}", plan.summary());
    if !plan.lines.is_empty() && !crate::notice::quiet() {
        show_lines(plan, safety.show_plan, false);
    }
    let mut writer = ctx.list_writer(ctx.selection(DRY_RUN_COLUMNS)?);
    let redactor = api.redactor();
    for item in &plan.items {
        writer.row(vec![
            Cell::text(item.key()),
            Cell::text(item.target()),
            item.amount.map_or(Cell::Null, Cell::Money),
            Cell::opt_text(item.currency().map(str::to_string)),
            Cell::text(item.request.method.as_str()),
            Cell::text(redactor.redact(item.request.url.as_str())),
            Cell::opt_text(item.request.body.as_ref().map(|b| redactor.redact(b.get()))),
        ])?;
    }
    writer.finish(&[])
}

/// On a terminal, show the plan and ask; elsewhere, only `--yes` lets money move.
fn confirm(ctx: &Context, plan: &Plan, safety: &Safety) -> Result<()> {
    let summary = plan.summary();
    if ctx.global.yes {
        crate::notice!("affpay: {summary}");
        if safety.show_plan == crate::pager::ShowPlan::All && !crate::notice::quiet() {
            show_lines(plan, safety.show_plan, false);
        }
        return Ok(());
    }
    let terminal = crate::pager::interactive();
    if ctx.global.no_input || !terminal {
        return Err(fail(
            Kind::ConfirmationRequired,
            format!(
                "confirmation required for {summary}; nothing was sent. Rerun with --yes to proceed, or --dry-run to see the requests"
            ),
        ));
    }
    show_lines(plan, safety.show_plan, true);
    let yes = dialoguer::Confirm::new()
        .with_prompt(format!("{summary}. Proceed?"))
        .default(false)
        .interact()
        .unwrap_or(false);
    if yes {
        Ok(())
    } else {
        Err(fail(
            Kind::ConfirmationRequired,
            "declined; nothing was sent",
        ))
    }
}

/// The targets (with their names) and amounts on stderr, through the pager when long (see
/// `pager`): the lines when the plan has them, else its items.
fn show_lines(plan: &Plan, how: crate::pager::ShowPlan, interactive: bool) {
    type Shown<'a> = (&'a str, Option<Decimal>, Option<&'a str>, Option<&'a str>);
    let named = |target: &str| plan.names.get(target).map(String::as_str);
    let lines: Vec<Shown> = if plan.lines.is_empty() {
        plan.items
            .iter()
            .map(|i| {
                (
                    i.target(),
                    i.amount,
                    i.currency(),
                    i.name().or(named(i.target())),
                )
            })
            .collect()
    } else {
        plan.lines
            .iter()
            .map(|l| {
                (
                    l.target.as_str(),
                    Some(l.amount),
                    l.currency.as_deref(),
                    named(&l.target),
                )
            })
            .collect()
    };
    let shown: Vec<String> = lines
        .iter()
        .map(|(target, amount, currency, name)| {
            let amount = amount.map(|a| a.to_string()).unwrap_or_default();
            let currency = currency.unwrap_or("");
            let name = name.map(|n| format!("  {n}"));
            format!("{target} {amount} {currency}{}", name.unwrap_or_default())
        })
        .collect();
    crate::pager::show(&shown, how, interactive);
}

fn progress_bar(len: usize) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(len as u64), crate::notice::progress_target());
    bar.set_style(
        ProgressStyle::with_template("{spinner} sent {pos}/{len} ({elapsed})")
            .expect("a valid template"),
    );
    bar
}

/// The result rows of one item: its own, then one per part of it.
fn report_item(
    writer: &mut ListWriter<impl std::io::Write>,
    tally: &mut Tally,
    plan: &Plan,
    item: &Item,
    result: &Result_,
) -> Result<()> {
    let (name, reference, detail) = match result {
        Result_::Succeeded(a) => ("succeeded", a.reference.clone(), a.note.clone()),
        Result_::AlreadyDone(r) => (
            "already_done",
            r.clone(),
            Some(format!("done earlier in batch {}", plan.batch)),
        ),
        Result_::Failed(why, ..) | Result_::Refused(why, _) => ("failed", None, Some(why.clone())),
        Result_::Unknown(why) => ("unknown", None, Some(why.clone())),
        Result_::Held(why) => ("held", None, Some(why.clone())),
        Result_::NotAttempted(why) => ("not_attempted", None, Some(why.clone())),
    };
    tally.count(name);
    writer.row(vec![
        Cell::text(item.key()),
        Cell::text(item.target()),
        item.amount.map_or(Cell::Null, Cell::Money),
        Cell::opt_text(item.currency().map(str::to_string)),
        Cell::text(name),
        Cell::opt_text(reference),
        Cell::opt_text(detail),
    ])?;
    for part in parts_of(result) {
        let name = if part.failure.is_some() {
            "part_failed"
        } else {
            "part_succeeded"
        };
        tally.count(name);
        writer.row(vec![
            Cell::text(item.key()),
            Cell::text(part.target.as_str()),
            part.amount.map_or(Cell::Null, Cell::Money),
            Cell::opt_text(part.currency.clone()),
            Cell::text(name),
            Cell::opt_text(part.reference.clone()),
            Cell::opt_text(part.failure.clone()),
        ])?;
    }
    Ok(())
}

/// What a run's items came to, for the closing line and the exit code.
#[derive(Default)]
struct Tally {
    by_name: BTreeMap<&'static str, usize>,
    items: usize,
    failed: usize,
    not_attempted: usize,
    parts: usize,
    failed_parts: usize,
    /// The result of a run of one request, which keeps its own exit code.
    only: Option<Result_>,
}

impl Tally {
    fn count(&mut self, name: &'static str) {
        *self.by_name.entry(name).or_default() += 1;
    }

    fn record(&mut self, result: Result_) {
        self.items += 1;
        self.failed += usize::from(matches!(result, Result_::Failed(..) | Result_::Refused(..)));
        self.not_attempted += usize::from(matches!(result, Result_::NotAttempted(_)));
        let parts = parts_of(&result);
        self.parts += parts.len();
        self.failed_parts += parts.iter().filter(|p| p.failure.is_some()).count();
        self.only = (self.items == 1).then_some(result);
    }

    fn counts(&self) -> String {
        let counts: Vec<String> = self
            .by_name
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect();
        counts.join(", ")
    }

    /// 8 if any item or part of one failed (a single request keeps its own code). Unknown
    /// outcomes are the journal's to report, see [`unresolved`].
    fn exit(self) -> Result<()> {
        if let Some(Result_::Failed(why, kind, _)) = self.only {
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

fn parts_of(result: &Result_) -> &[Part] {
    match result {
        Result_::Succeeded(answered) => &answered.parts,
        Result_::Refused(_, parts) => parts,
        _ => &[],
    }
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

    #[test]
    fn an_item_keeps_each_part_apart_and_what_is_reported_changes_no_key() {
        let request = Request {
            method: reqwest::Method::POST,
            url: std::sync::Arc::new("https://example.com/pay".parse().unwrap()),
            body: None,
            repeat: crate::http::Repeat::OnlyUnsent,
        };
        let mut item = Item::new("k:1", "35427", None, Some("EUR"), request, false);
        assert_eq!(
            (item.key(), item.target(), item.currency(), item.name()),
            ("k:1", "35427", Some("EUR"), None)
        );
        item.set_reported(None, Some("Łukasz"));
        assert_eq!(
            (item.key(), item.target(), item.currency(), item.name()),
            ("k:1", "35427", None, Some("Łukasz"))
        );
        item.set_reported(Some(""), Some(""));
        assert_eq!((item.currency(), item.name()), (Some(""), Some("")));
        let reissued = item.with_key("k:1:reissue-2");
        assert_eq!(
            (
                reissued.key(),
                reissued.target(),
                reissued.currency(),
                reissued.name()
            ),
            ("k:1:reissue-2", "35427", Some(""), Some(""))
        );
        assert_eq!(item.key(), "k:1");
    }

    fn plan() -> Plan {
        Plan {
            provider: "smartico",
            profile: "default".into(),
            operation: "settle",
            batch: "2026-12-01".into(),
            items: Vec::new(),
            skipped: Vec::new(),
            stops_batch: |_| false,
            notice: None,
            lines: Vec::new(),
            reverses: None,
            names: BTreeMap::new(),
        }
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
