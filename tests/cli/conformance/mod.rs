//! Conformance: every money-moving command of every provider, under every fault
//! (issue "Exactly once, under every fault").
//!
//! # What "never twice" means
//!
//! A target (an affiliate, a payee, a payout, an account settlement) is paid **at most once**
//! when the provider itself — not affpay's report of itself — received **no two money-moving
//! requests for that target that it answered with a 2xx**, whatever broke in between and
//! however often the same command ran again. The provider's record here is the one the
//! [fault proxy](crate::fault_proxy) keeps: every request it forwarded to the simulator, with
//! the simulator's own status. A fault that hides from affpay whether a request was carried
//! out must not make a rerun send it again; a fault that says clearly "not done" may.
//!
//! The outcome rule each fault is held to:
//!
//! - `succeeded` only for a 2xx whose body is the provider's documented success shape;
//!   `failed` only for a refusal the provider documents (a 4xx other than 408/429, or its
//!   error body); **everything else is `unknown`** — exit 9, journal state `sending`: a 3xx
//!   (redirects are never followed), 408, a 409 without a documented error body, 5xx, a
//!   timeout, a dropped or truncated connection, an unreadable or unexpected 2xx (HTML, `{}`, `[]`,
//!   an empty body). A 429 was turned away before anything was done: retried after the wait.
//! - An unknown outcome holds its target: a rerun — same command, another batch, another
//!   amount — sends nothing for it, reports it `held` (or `unknown`) and exits 9 until
//!   `affpay journal resolve KEY`.
//! - Keys are scoped to provider, profile and base URL: a rehearsal against server A never
//!   makes a run against server B report `already_done`.
//! - Keys never contain a value read from the provider's answer: a currency respelled `eur`
//!   or `null` between runs changes nothing.
//! - SIGTERM/SIGINT mid-bulk: nothing new starts, the request in flight finishes and is
//!   journaled, the rest are `not_attempted`, exit 143/130, and the rows printed so far parse.
//!
//! After every fault the same command runs again, and each case checks from the proxy's
//! record that every target was paid at most once, that the exit codes and the states of
//! `affpay journal list` are the documented ones, and that the token appears in no output
//! and in no file affpay wrote.
//!
//! # Adding a provider
//!
//! Add one [`Entry`] per money-moving command to [`ENTRIES`] (`entries.rs`; the functions its
//! entries name are in `targets.rs`). Every fault test loops over that table (one test per
//! fault, the entries run side by side), so the new entries get every fault; a failure names
//! the entry and the fault.
//!
//! # Files
//!
//! This file holds [`Entry`] and the loop every test runs through; `upstream.rs` and `case.rs`
//! the harness (a simulator behind the fault proxy, a case's runs and checks); `unknown.rs`,
//! `clear.rs`, `between_runs.rs` and `processes.rs` the fault catalogue; `provider_cases/` the
//! providers' own tests of properties the catalogue checks for every entry.

use crate::fault_proxy::{Exchange, Fault, FaultProxy, Rule};
use crate::util::{Env, Served, rows, serve, stderr_of, stdout_of, text};
use affpay::sandbox::token_for;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The batch every run of the suite names, so a rerun is the same batch.
const BATCH: &str = "conformance";
/// Entries run at the same time within one fault's test: a case spends much of its time
/// waiting (for a timeout, a held request), but not so many that the other tests starve.
const WORKERS: usize = 8;
/// Long enough for anything the proxy or a run should do, short of a hang.
const PATIENCE: Duration = Duration::from_secs(20);

mod between_runs;
mod case;
mod clear;
mod entries;
mod processes;
mod provider_cases;
mod targets;
mod unknown;
mod upstream;

use case::*;
use entries::ENTRIES;
use targets::*;
use upstream::*;

/// One money-moving command, and all the suite needs to know to break it.
pub struct Entry {
    /// Names the entry in every failure message.
    pub name: &'static str,
    /// As in `affpay <provider>` and `AFFPAY_<PROVIDER>_URL` / `AFFPAY_<PROVIDER>_TOKEN`.
    pub provider: &'static str,
    /// Options of `affpay sandbox serve` for this entry's upstream.
    pub sim: &'static [&'static str],
    /// Settings (`affpay config set KEY VALUE`) of every home that runs this entry.
    pub config: &'static [(&'static str, &'static str)],
    /// Prepares a fresh upstream (straight at the simulator, not through the proxy; files go
    /// in the given directory) and returns the command's arguments, without `--yes`,
    /// `--batch`, `--timeout` and `-o`, which the suite adds.
    pub setup: fn(&Upstream, &Path) -> Vec<String>,
    /// The money-moving requests: method and path prefix.
    pub money: (&'static str, &'static str),
    /// The targets one money-moving request pays or changes.
    pub targets: fn(&Exchange) -> Vec<String>,
    /// More than one money-moving request per run: the mid-bulk faults apply.
    pub bulk: bool,
    /// A `{}` 2xx is its documented success, so no fault for it: Trackdesk answers
    /// `google.protobuf.Empty`, and Smartico documents no answer to an adjustment, so affpay
    /// takes any JSON object as done (see `adjustment_reference`).
    pub empty_object_succeeds: bool,
    /// Fields of the provider's read answers that affpay takes into a request's identity,
    /// respelled between runs: the GET path prefix and the JSON pointer (`*`: every element).
    pub drift: &'static [(&'static str, &'static str)],
    /// Changes a target's balance at the upstream, when the command pays a balance.
    pub bump: Option<fn(&Upstream, &str)>,
    /// Another value for the command's `--amount`, when the amount is typed.
    pub other_amount: Option<&'static str>,
}

/// Runs `body` for every entry `applies` selects, a few at a time, each in a case of its
/// own; then fails naming every entry that failed under `fault`, with why.
fn each_entry(fault: &'static str, applies: fn(&Entry) -> bool, body: impl Fn(&mut Case) + Sync) {
    let entries: Vec<&'static Entry> = ENTRIES.iter().filter(|e| applies(e)).collect();
    assert!(!entries.is_empty(), "no entry takes {fault}");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS.min(entries.len()) {
            scope.spawn(|| {
                while let Some(entry) = entries.get(next.fetch_add(1, Ordering::SeqCst)).copied() {
                    let outcome = catch_unwind(AssertUnwindSafe(|| {
                        let mut case = Case::start(entry, fault);
                        body(&mut case);
                        case.no_secret_in_files();
                    }));
                    if let Err(panic) = outcome {
                        let why = panic
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_default();
                        // Messages name the entry and the fault already; others get both.
                        let at = format!("{} / {fault}", entry.name);
                        let why = if why.contains(&at) {
                            why
                        } else {
                            format!("{at}: {why}")
                        };
                        failures.lock().unwrap().push(why);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} entries break under {fault}:\n\n{}",
        failures.len(),
        entries.len(),
        failures.join("\n\n")
    );
}

fn every(_: &Entry) -> bool {
    true
}

fn bulk(entry: &Entry) -> bool {
    entry.bulk
}
