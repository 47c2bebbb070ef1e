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
//!   timeout, a dropped or truncated connection, an unreadable or unexpected 2xx (HTML, `{}`,
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
//! Add one [`Entry`] per money-moving command to [`ENTRIES`]. Every test below loops over
//! that table (one test per fault, the entries run side by side), so the new entries get
//! every fault; a failure names the entry and the fault.

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

// ---- The table -------------------------------------------------------------------------

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

const TRACKDESK_PACE: &[(&str, &str)] = &[("trackdesk.rps", "1000")];
const SMARTICO_DRIFT: &[(&str, &str)] = &[("/api/af2_balance_op", "/*/operator_currency")];
const AFFONSO_PAYOUT_DRIFT: &[(&str, &str)] = &[("/v1/payouts/", "/data/currency")];
const AFFONSO_COMMISSION_DRIFT: &[(&str, &str)] =
    &[("/v1/commissions/", "/data/commission_currency")];
const TRACKDESK_SETTLEMENTS: &str = "/api/node/billing/v1/account-settlements/";
const TRACKDESK_TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements/";
const TRACKDESK_CLAIM: &str = "/api/node/revenue-origin-billing/v1/claim-balances";
const TRACKDESK_CLAIMS: &str = "/api/node/revenue-origin-billing/v1/claims/";

pub static ENTRIES: &[Entry] = &[
    Entry {
        name: "smartico settle --affiliate",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, _| words("smartico settle --affiliate 35001 --amount 1.5"),
        money: ("POST", "/api/af2_payments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: false,
        empty_object_succeeds: false,
        drift: SMARTICO_DRIFT,
        bump: Some(smartico_bump),
        other_amount: Some("2.5"),
    },
    Entry {
        name: "smartico settle --above-threshold",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, _| words("smartico settle --above-threshold"),
        money: ("POST", "/api/af2_payments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: true,
        empty_object_succeeds: false,
        drift: SMARTICO_DRIFT,
        bump: Some(smartico_bump),
        other_amount: None,
    },
    Entry {
        name: "smartico settle --from-csv",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, dir| {
            let file = write(
                dir,
                "smartico.csv",
                "affiliate_id,amount\n35001,1.5\n35002,2.5\n35003,3.5\n",
            );
            words(&format!("smartico settle --from-csv {file}"))
        },
        money: ("POST", "/api/af2_payments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: true,
        empty_object_succeeds: false,
        drift: SMARTICO_DRIFT,
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "smartico adjust",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, _| words("smartico adjust --affiliate 35001 --amount 4.5"),
        money: ("POST", "/api/af2_adjustments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: false,
        empty_object_succeeds: true,
        drift: SMARTICO_DRIFT,
        bump: None,
        other_amount: Some("5.5"),
    },
    Entry {
        name: "billon settle",
        provider: "billon",
        sim: &[],
        config: &[],
        setup: |_, _| {
            words("billon settle --amount 5 --currency PLN --project P --description D --user ann")
        },
        money: ("POST", "/api/payment/create"),
        targets: billon_payee,
        bulk: false,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: Some("6"),
    },
    Entry {
        name: "billon settle --from-csv",
        provider: "billon",
        sim: &[],
        config: &[],
        setup: |_, dir| {
            let file = write(dir, "billon.csv", BILLON_CSV);
            words(&format!("billon settle --from-csv {file}"))
        },
        money: ("POST", "/api/payment/create"),
        targets: billon_payee,
        bulk: true,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "billon cancel",
        provider: "billon",
        sim: &[],
        config: &[],
        setup: |upstream, dir| {
            let file = write(dir, "billon-setup.csv", BILLON_CSV);
            let created = upstream.affpay(&words(&format!(
                "billon settle --from-csv {file} --yes --batch setup"
            )));
            let mut args = words("billon cancel");
            args.extend(created.iter().map(|row| text(&row["reference"])));
            args
        },
        money: ("POST", "/api/payment/cancel"),
        targets: |e| {
            e.json()["ids"]
                .as_array()
                .map(|ids| ids.iter().map(Value::to_string).collect())
                .unwrap_or_default()
        },
        bulk: false,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "affonso settle",
        provider: "affonso",
        sim: &[],
        config: &[],
        setup: |_, _| words("affonso settle po_001"),
        money: ("PUT", "/v1/payouts/"),
        targets: |e| segment(e, 1),
        bulk: false,
        empty_object_succeeds: false,
        drift: AFFONSO_PAYOUT_DRIFT,
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "affonso cancel",
        provider: "affonso",
        sim: &[],
        config: &[],
        setup: |_, _| words("affonso cancel po_000 po_001 po_002"),
        money: ("PUT", "/v1/payouts/"),
        targets: |e| segment(e, 1),
        bulk: true,
        empty_object_succeeds: false,
        drift: AFFONSO_PAYOUT_DRIFT,
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "affonso adjust",
        provider: "affonso",
        sim: &[],
        config: &[],
        setup: |_, _| words("affonso adjust com_00000 --amount 12.5"),
        money: ("PUT", "/v1/commissions/"),
        targets: |e| segment(e, 1),
        bulk: false,
        empty_object_succeeds: false,
        drift: AFFONSO_COMMISSION_DRIFT,
        bump: None,
        other_amount: Some("13.5"),
    },
    Entry {
        name: "trackdesk settle",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk settle --until 2026-10-31");
            for account in trackdesk_accounts(upstream) {
                args.extend(["--account".to_string(), account]);
            }
            args
        },
        money: ("POST", "/api/node/billing/v1/settle-balances"),
        targets: |e| {
            e.json()["accountIds"]
                .as_array()
                .map(|ids| ids.iter().map(text).collect())
                .unwrap_or_default()
        },
        bulk: false,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk payouts mark",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk payouts mark --status paid");
            args.extend(trackdesk_settled(upstream));
            args
        },
        money: ("PUT", TRACKDESK_SETTLEMENTS),
        // `…/account-settlements/{id}/status`
        targets: |e| segment(e, 2),
        bulk: true,
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk cancel",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk cancel");
            args.extend(trackdesk_settled(upstream));
            args
        },
        money: ("DELETE", TRACKDESK_SETTLEMENTS),
        targets: |e| segment(e, 1),
        bulk: true,
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        // Without `--batch` every run is its own batch; the suite always names one.
        name: "trackdesk adjust",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk adjust --status rejected");
            args.extend(trackdesk_approved(upstream));
            args
        },
        money: ("PUT", "/api/node/conversions/v1/"),
        // `…/conversions/v1/{id}/status`
        targets: |e| segment(e, 2),
        bulk: true,
        // `google.protobuf.Empty`, as the OpenAPI document answers a status change.
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk tipalti pay",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk tipalti pay");
            args.push(trackdesk_tipalti_settlement(upstream));
            args
        },
        money: ("POST", TRACKDESK_TIPALTI),
        // `…/settlements/{id}/payment-batch`
        targets: |e| segment(e, 2),
        bulk: false,
        // Its success is the new batch's `paymentBatchId`: a 2xx without one is unknown.
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk claim",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        // Advertisers 1 to 3 (the fourth has no billing details and is skipped).
        setup: |_, _| words("trackdesk claim --until 2026-10-31"),
        money: ("POST", TRACKDESK_CLAIM),
        targets: |e| field(e, "revenueOriginId"),
        bulk: true,
        // Its success is `{claim}` with the new claim's id: `{}` is unknown.
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk claims delete",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk claims delete");
            args.extend(trackdesk_claimed(upstream));
            args
        },
        money: ("DELETE", TRACKDESK_CLAIMS),
        targets: |e| segment(e, 1),
        bulk: true,
        // `google.protobuf.Empty`, as the OpenAPI document answers a delete.
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
];

const BILLON_CSV: &str =
    "amount,currency,project,description,user\n5,PLN,P,D,a\n6,PLN,P,D,b\n7,PLN,P,D,c\n";

fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_string).collect()
}

fn write(dir: &Path, name: &str, contents: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_str().unwrap().to_string()
}

/// A field of the request's JSON body, as text.
fn field(e: &Exchange, name: &str) -> Vec<String> {
    match &e.json()[name] {
        Value::Null => vec![],
        Value::String(s) => vec![s.clone()],
        other => vec![other.to_string()],
    }
}

/// The `n`th path segment from the end (1: the last).
fn segment(e: &Exchange, n: usize) -> Vec<String> {
    let segments: Vec<&str> = e.path.trim_end_matches('/').split('/').collect();
    segments
        .len()
        .checked_sub(n)
        .map(|i| vec![segments[i].to_string()])
        .unwrap_or_default()
}

/// A Billon payout is for one recipient, named as affpay's report names it.
fn billon_payee(e: &Exchange) -> Vec<String> {
    let body = e.json();
    ["userName", "phoneNumber", "referenceId"]
        .iter()
        .filter_map(|k| body[k].as_str().map(|v| format!("{k}={v}")))
        .collect()
}

/// Raises an affiliate's balance at the simulator by an adjustment of its own.
fn smartico_bump(upstream: &Upstream, target: &str) {
    upstream.affpay(&words(&format!(
        "smartico adjust --affiliate {target} --amount 100 --yes --batch bump"
    )));
}

/// Three seeded Trackdesk accounts with billing details and a payment method, none of them
/// paid through Tipalti (see trackdesk_sandbox.rs for the seeded facts). Every simulator
/// started with the same seed has the same ids, so they are read once.
fn trackdesk_accounts(upstream: &Upstream) -> Vec<String> {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let balances = upstream.affpay(&words("trackdesk balance --all"));
        ["Affiliate 001", "Affiliate 002", "Affiliate 004"]
            .iter()
            .map(|name| {
                let row = balances
                    .iter()
                    .find(|r| r["name"] == *name)
                    .unwrap_or_else(|| panic!("no {name} in {balances:?}"));
                text(&row["account_id"])
            })
            .collect()
    })
    .clone()
}

/// Account settlements of those three accounts, made at the simulator.
fn trackdesk_settled(upstream: &Upstream) -> Vec<String> {
    let mut args = words("trackdesk settle --until 2026-10-31 --yes --batch setup");
    for account in trackdesk_accounts(upstream) {
        args.extend(["--account".to_string(), account]);
    }
    let ids: Vec<String> = upstream
        .affpay(&args)
        .iter()
        .filter(|r| r["result"] == "part_succeeded")
        .map(|r| text(&r["reference"]))
        .collect();
    assert_eq!(ids.len(), 3, "three account settlements: {ids:?}");
    ids
}

/// The seeded account paid through Tipalti ("Affiliate 003"), read once like the others.
fn trackdesk_tipalti_account(upstream: &Upstream) -> String {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let balances = upstream.affpay(&words("trackdesk balance --all"));
        let row = balances
            .iter()
            .find(|r| r["name"] == "Affiliate 003" && r["payment_method"] == "tipalti")
            .unwrap_or_else(|| panic!("no Tipalti-paid Affiliate 003 in {balances:?}"));
        text(&row["account_id"])
    })
    .clone()
}

/// A settlement of the Tipalti-paid account, made at the simulator: its one row is payable
/// through Tipalti.
fn trackdesk_tipalti_settlement(upstream: &Upstream) -> String {
    let mut args = words("trackdesk settle --until 2026-10-31 --yes --batch setup --account");
    args.push(trackdesk_tipalti_account(upstream));
    let created = upstream.affpay(&args);
    let ids: Vec<String> = created
        .iter()
        .filter(|r| r["result"] == "succeeded")
        .map(|r| text(&r["reference"]))
        .collect();
    assert_eq!(ids.len(), 1, "one settlement: {created:?}");
    ids[0].clone()
}

/// Three seeded conversions in status approved (the seed is the same for every simulator,
/// so they are read once).
fn trackdesk_approved(upstream: &Upstream) -> Vec<String> {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let found = upstream.affpay(&words("trackdesk actions --status approved --limit 3"));
        let ids: Vec<String> = found.iter().map(|r| text(&r["conversion_id"])).collect();
        assert_eq!(ids.len(), 3, "three approved conversions: {found:?}");
        ids
    })
    .clone()
}

/// Advertiser settlements (claims) of the three seeded advertisers with billing details,
/// made at the simulator.
fn trackdesk_claimed(upstream: &Upstream) -> Vec<String> {
    let created = upstream.affpay(&words(
        "trackdesk claim --until 2026-10-31 --yes --batch setup",
    ));
    let ids: Vec<String> = created
        .iter()
        .filter(|r| r["result"] == "succeeded")
        .map(|r| text(&r["reference"]))
        .collect();
    assert_eq!(ids.len(), 3, "three claims: {created:?}");
    ids
}

// ---- Upstreams and cases ---------------------------------------------------------------

/// A simulator, with a home of its own for preparing it.
pub struct Upstream {
    served: Served,
    admin: Env,
    provider: &'static str,
}

impl Upstream {
    fn start(entry: &Entry) -> Upstream {
        let upstream = Upstream {
            served: serve(entry.sim),
            admin: Env::new(),
            provider: entry.provider,
        };
        configure(&upstream.admin, entry);
        upstream
    }

    fn url(&self) -> &str {
        &self.served.url
    }

    /// `affpay ARGS -o json` straight at the simulator; it must succeed.
    pub fn affpay(&self, args: &[String]) -> Vec<Value> {
        let output = pointed(&self.admin, self.provider, self.url())
            .args(args)
            .args(["-o", "json"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "preparing the simulator: `{}` failed: {}",
            args.join(" "),
            stderr_of(&output)
        );
        rows(&output)
    }
}

/// `affpay` in `env` pointed at `url` for `provider`, with the sandbox token, and no terminal.
fn pointed(env: &Env, provider: &str, url: &str) -> Command {
    let mut cmd = env.provider_process(provider, url, token_for(provider).as_str());
    cmd.stdin(Stdio::null());
    cmd
}

/// Gives `env` the entry's settings: `affpay config set` once per entry, and a copy of the
/// file it wrote for every later home (hundreds of cases, one process each saved).
fn configure(env: &Env, entry: &Entry) {
    /// Per entry: the files `config set` wrote, by name.
    type Files = Vec<(String, Vec<u8>)>;
    static WRITTEN: Mutex<BTreeMap<&str, Files>> = Mutex::new(BTreeMap::new());
    if entry.config.is_empty() {
        return;
    }
    let mut written = WRITTEN.lock().unwrap();
    let files = written.entry(entry.name).or_insert_with(|| {
        let template = Env::new();
        for (key, value) in entry.config {
            let output = template.cmd().args(["config", "set", key, value]).output();
            assert!(output.unwrap().status.success(), "config set {key}");
        }
        std::fs::read_dir(template.config_dir())
            .unwrap()
            .map(|f| {
                let f = f.unwrap();
                let name = f.file_name().to_string_lossy().to_string();
                (name, std::fs::read(f.path()).unwrap())
            })
            .collect()
    });
    std::fs::create_dir_all(env.config_dir()).unwrap();
    for (name, contents) in files.iter() {
        std::fs::write(env.config_dir().join(name), contents).unwrap();
    }
}

/// One entry under one fault: a fresh simulator, the proxy in front of it, and the home
/// (journal, config) every run of the case shares.
pub struct Case {
    entry: &'static Entry,
    fault: &'static str,
    upstream: Upstream,
    proxy: FaultProxy,
    env: Env,
    args: Vec<String>,
    /// `--timeout` of every run, in seconds.
    timeout: &'static str,
    /// The PostgreSQL schema holding the journal and lock, for the cases run there.
    postgres: Option<crate::postgres::Database>,
}

impl Case {
    fn start(entry: &'static Entry, fault: &'static str) -> Case {
        let upstream = Upstream::start(entry);
        let env = Env::new();
        configure(&env, entry);
        let args = (entry.setup)(&upstream, env.dir.path());
        let proxy = FaultProxy::start(upstream.url());
        Case {
            entry,
            fault,
            upstream,
            proxy,
            env,
            args,
            timeout: "2",
            postgres: None,
        }
    }

    /// Moves this case's journal and run lock into a PostgreSQL schema of its own (the
    /// top-level `journal.url` of its config.toml, which every run and `journal list` of the
    /// case reads); false, with a notice, when no test database is named (and none required).
    fn journal_in_postgres(&mut self) -> bool {
        let Some(db) = crate::postgres::Database::new() else {
            return false;
        };
        let config = self.env.config_dir().join("config.toml");
        std::fs::create_dir_all(self.env.config_dir()).unwrap();
        let mut text = std::fs::read_to_string(&config).unwrap_or_default();
        text.push_str(&format!(
            "\n[journal]\nurl = \"{}\"\n",
            db.url_with_password()
        ));
        std::fs::write(&config, text).unwrap();
        self.postgres = Some(db);
        true
    }

    /// `entry / fault`, for failure messages.
    fn at(&self) -> String {
        format!("{} / {}", self.entry.name, self.fault)
    }

    fn secret(&self) -> String {
        token_for(self.entry.provider)
    }

    /// The command with the suite's options, against `url`.
    fn command(&self, url: &str, args: &[String], batch: &str, format: &str) -> Command {
        let mut cmd = pointed(&self.env, self.entry.provider, url);
        cmd.args(args)
            .args(["--yes", "--batch", batch, "--timeout", self.timeout])
            .args(["-o", format]);
        cmd
    }

    /// The entry's command through the proxy, as JSON.
    fn run(&self) -> Output {
        self.run_with(self.proxy.url(), &self.args, BATCH)
    }

    fn run_with(&self, url: &str, args: &[String], batch: &str) -> Output {
        let output = self.command(url, args, batch, "json").output().unwrap();
        self.secret_free(&output);
        output
    }

    /// The entry's command through the proxy, started and left running.
    fn spawn(&self, format: &str) -> Started {
        let child = self
            .command(self.proxy.url(), &self.args, BATCH, format)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        Started(Some(child))
    }

    fn finish(&self, mut started: Started) -> Output {
        let child = started.0.take().expect("a running child");
        let output = child.wait_with_output().unwrap();
        self.secret_free(&output);
        output
    }

    fn exits(&self, output: &Output, code: i32, what: &str) {
        assert_eq!(
            output.status.code(),
            Some(code),
            "{}: {what} should exit {code}, not {:?}\nstdout: {}\nstderr: {}\nmoney requests: {:#?}",
            self.at(),
            output.status,
            stdout_of(output),
            stderr_of(output),
            self.money_lines()
        );
    }

    /// `(target, result)` of a `-o json` report.
    fn results(&self, output: &Output) -> Vec<(String, String)> {
        let stdout = stdout_of(output);
        if stdout.trim().is_empty() {
            return vec![];
        }
        let rows: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
            panic!(
                "{}: stdout is not one JSON document ({e}): {stdout}",
                self.at()
            )
        });
        rows.as_array()
            .unwrap_or_else(|| panic!("{}: not a JSON array: {stdout}", self.at()))
            .iter()
            .map(|r| (plain(&r["target"]), plain(&r["result"])))
            .collect()
    }

    /// The journal's entries, counted by state.
    fn states(&self) -> BTreeMap<String, usize> {
        let output = self
            .env
            .cmd()
            .args(["journal", "list", "-o", "json"])
            .output()
            .unwrap();
        self.secret_free(&output);
        let mut states = BTreeMap::new();
        for row in rows(&output) {
            *states.entry(plain(&row["state"])).or_default() += 1;
        }
        states
    }

    fn state_count(&self, state: &str) -> usize {
        self.states().get(state).copied().unwrap_or(0)
    }

    /// The money-moving requests the upstream received, in order.
    fn money(&self) -> Vec<Exchange> {
        money_of(self.entry, &self.proxy)
    }

    fn money_lines(&self) -> Vec<String> {
        self.money().iter().map(Exchange::line).collect()
    }

    /// The targets of the money-moving request a rule broke, once the upstream has it (a
    /// held request may reach it after the run that sent it has ended).
    fn faulted_targets(&self) -> BTreeSet<String> {
        let (method, path) = self.entry.money;
        let faulted = |e: &Exchange| {
            e.faulted && e.method.eq_ignore_ascii_case(method) && e.path.starts_with(path)
        };
        assert!(
            self.proxy
                .wait_until(PATIENCE, |forwarded| forwarded.iter().any(faulted)),
            "{}: the broken money request never reached the upstream: {:?}",
            self.at(),
            self.proxy.received()
        );
        let money = self.money();
        let exchange = money.iter().find(|e| faulted(e)).expect("found above");
        (self.entry.targets)(exchange).into_iter().collect()
    }

    /// No target was paid twice: no two money-moving requests for it answered 2xx.
    fn paid_once(&self) {
        paid_once_at(self.entry, &self.proxy, &self.at());
    }

    /// Nothing sent for `held` among the money-moving requests after the first `since`.
    fn sent_nothing_for(&self, since: usize, held: &BTreeSet<String>, what: &str) {
        let sent: Vec<String> = self.money()[since..]
            .iter()
            .filter(|e| (self.entry.targets)(e).iter().any(|t| held.contains(t)))
            .map(Exchange::line)
            .collect();
        assert!(
            sent.is_empty(),
            "{}: {what} sent again for the held target(s) {held:?}: {sent:#?}",
            self.at()
        );
    }

    /// A report's rows for held targets say so.
    fn reports_held(&self, output: &Output, held: &BTreeSet<String>, what: &str) {
        for (target, result) in self.results(output) {
            if held.contains(&target) {
                assert!(
                    result == "held" || result == "unknown",
                    "{}: {what} reports the held target {target} as {result}: {}",
                    self.at(),
                    stdout_of(output)
                );
            }
        }
    }

    /// The token is in no output (checked on every run) …
    fn secret_free(&self, output: &Output) {
        let secret = self.secret();
        for (name, text) in [("stdout", stdout_of(output)), ("stderr", stderr_of(output))] {
            assert!(
                !text.contains(&secret),
                "{}: the token is in {name}: {text}",
                self.at()
            );
        }
    }

    /// … and in no file affpay wrote: journal, its WAL, locks, config, caches — in the
    /// case's home and in the one that prepared the simulator.
    fn no_secret_in_files(&self) {
        let secret = self.secret();
        let homes = [self.env.dir.path(), self.upstream.admin.dir.path()];
        for file in homes.into_iter().flat_map(files_under) {
            let bytes = std::fs::read(&file).unwrap_or_default();
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{}: the token is in {}",
                self.at(),
                file.display()
            );
        }
    }

    fn rule(&self, n: usize, fault: Fault) -> Rule {
        let (method, path) = self.entry.money;
        Rule::nth(method, path, n, fault)
    }

    fn wait_money_received(&self, n: usize) {
        let (method, path) = self.entry.money;
        assert!(
            self.proxy.wait_received(method, path, n, PATIENCE),
            "{}: money request #{n} never reached the proxy: {:?}",
            self.at(),
            self.proxy.received()
        );
    }
}

/// A run left running; killed if a failed assertion leaves it behind.
struct Started(Option<Child>);

impl Started {
    fn id(&self) -> u32 {
        self.0.as_ref().expect("a running child").id()
    }

    fn kill(&mut self) {
        let child = self.0.as_mut().expect("a running child");
        child.kill().expect("kill -9");
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn money_of(entry: &Entry, proxy: &FaultProxy) -> Vec<Exchange> {
    let (method, path) = entry.money;
    proxy
        .forwarded()
        .into_iter()
        .filter(|e| e.method.eq_ignore_ascii_case(method) && e.path.starts_with(path))
        .collect()
}

fn paid_once_at(entry: &Entry, proxy: &FaultProxy, at: &str) {
    let mut paid: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for exchange in money_of(entry, proxy).iter().filter(|e| e.ok()) {
        for target in (entry.targets)(exchange) {
            paid.entry(target).or_default().push(exchange.line());
        }
    }
    let twice: BTreeMap<_, _> = paid.into_iter().filter(|(_, v)| v.len() > 1).collect();
    assert!(twice.is_empty(), "{at}: paid more than once: {twice:#?}");
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
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

// ---- Faults that leave the outcome unknown ---------------------------------------------

/// The first money-moving request reaches the upstream (which acts on it), and affpay gets
/// `fault` for an answer: the item is `unknown` (exit 9, one journal entry `sending`), and a
/// rerun of the same command sends nothing for its targets and exits 9. With `variants`,
/// so do reruns in another batch and, for a typed amount, for another amount.
fn unknown_after(case: &mut Case, fault: Fault, variants: bool) {
    case.proxy.set_rules(vec![case.rule(1, fault)]);
    let first = case.run();
    case.exits(&first, 9, "the run that met the fault");
    let held = case.faulted_targets();
    let results = case.results(&first);
    assert!(
        results.iter().any(|(_, r)| r == "unknown"),
        "{}: no item reported unknown: {results:?}",
        case.at()
    );
    let states = case.states();
    assert_eq!(
        states.get("sending"),
        Some(&1),
        "{}: exactly one request should be journaled `sending`: {states:?}",
        case.at()
    );

    case.proxy.set_rules(vec![]);
    let since = case.money().len();
    let rerun = case.run();
    case.exits(&rerun, 9, "the rerun");
    case.sent_nothing_for(since, &held, "the rerun");
    case.reports_held(&rerun, &held, "the rerun");
    case.paid_once();

    if variants {
        let since = case.money().len();
        let other = case.run_with(case.proxy.url(), &case.args, "conformance-another-batch");
        case.exits(&other, 9, "a rerun in another batch");
        case.sent_nothing_for(since, &held, "a rerun in another batch");
        case.reports_held(&other, &held, "a rerun in another batch");
        if let Some(amount) = case.entry.other_amount {
            let mut args = case.args.clone();
            let at = args.iter().position(|a| a == "--amount").expect("--amount") + 1;
            args[at] = amount.to_string();
            let since = case.money().len();
            let other = case.run_with(case.proxy.url(), &args, BATCH);
            case.exits(&other, 9, "a rerun for another amount");
            case.sent_nothing_for(since, &held, "a rerun for another amount");
        }
    }
}

fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Fault {
    let headers = headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Fault::ForwardThenAnswer(status, headers, body.to_string())
}

/// A redirect back to the same URL at the proxy: followed, it would pay again.
fn redirect(case: &mut Case, status: u16) {
    let location = format!("{}{}", case.proxy.url(), case.entry.money.1);
    unknown_after(
        case,
        answer(status, &[("Location", location.as_str())], ""),
        false,
    );
}

#[test]
fn a_302_redirect_is_unknown_and_never_followed() {
    each_entry("302 Found", every, |case| redirect(case, 302));
}

#[test]
fn a_303_redirect_is_unknown_and_never_followed() {
    each_entry("303 See Other", every, |case| redirect(case, 303));
}

#[test]
fn a_307_redirect_is_unknown_and_never_followed() {
    each_entry("307 Temporary Redirect", every, |case| redirect(case, 307));
}

#[test]
fn a_408_is_unknown() {
    each_entry("408 Request Timeout", every, |case| {
        unknown_after(case, answer(408, &[], ""), false)
    });
}

#[test]
fn a_409_without_a_documented_error_body_is_unknown() {
    each_entry("409 Conflict, no body", every, |case| {
        unknown_after(case, answer(409, &[], ""), false)
    });
}

#[test]
fn a_500_is_unknown_and_holds_its_target_in_any_batch_for_any_amount() {
    each_entry(
        "500 Internal Server Error (reruns: same, another batch, another amount)",
        every,
        |case| unknown_after(case, answer(500, &[], r#"{"error":"boom"}"#), true),
    );
}

/// The same with the journal and lock in PostgreSQL.
#[test]
fn on_postgres_a_500_is_unknown_and_holds_its_target_in_any_batch_for_any_amount() {
    each_entry("500, PostgreSQL journal", every, |case| {
        if !case.journal_in_postgres() {
            return;
        }
        unknown_after(case, answer(500, &[], r#"{"error":"boom"}"#), true);
    });
}

#[test]
fn a_502_is_unknown() {
    each_entry("502 Bad Gateway", every, |case| {
        unknown_after(case, answer(502, &[], "<html>bad gateway</html>"), false)
    });
}

#[test]
fn a_connection_dropped_after_the_request_was_applied_is_unknown() {
    each_entry("connection dropped after apply", every, |case| {
        unknown_after(case, Fault::ForwardThenDrop, false)
    });
}

#[test]
fn a_truncated_answer_is_unknown() {
    each_entry("truncated body", every, |case| {
        unknown_after(case, Fault::ForwardThenTruncate, false)
    });
}

#[test]
fn an_html_2xx_is_unknown() {
    each_entry("200 with an HTML body", every, |case| {
        let html = "<html><body>Maintenance</body></html>";
        unknown_after(
            case,
            answer(200, &[("Content-Type", "text/html")], html),
            false,
        )
    });
}

#[test]
fn an_empty_2xx_is_unknown() {
    each_entry("200 with an empty body", every, |case| {
        unknown_after(case, answer(200, &[], ""), false)
    });
}

#[test]
fn an_empty_object_2xx_is_unknown_where_it_is_not_the_success_shape() {
    each_entry(
        "200 {}",
        |e| !e.empty_object_succeeds,
        |case| unknown_after(case, answer(200, &[], "{}"), false),
    );
}

#[test]
fn a_timeout_whose_request_is_applied_late_is_unknown() {
    each_entry("timeout, then applied late", every, |case| {
        // Held past affpay's one-second timeout, then applied.
        case.timeout = "1";
        unknown_after(case, Fault::LateApply(2500), false)
    });
}

// ---- Faults with a clear answer --------------------------------------------------------

/// A 429 turned the request away before anything was done: affpay waits and sends it once
/// more, and everything is paid exactly once.
#[test]
fn a_429_is_retried_after_the_wait_and_pays_once() {
    each_entry("429 Too Many Requests", every, |case| {
        let refused = Fault::Refuse(
            429,
            vec![("Retry-After".to_string(), "0".to_string())],
            "{}".to_string(),
        );
        case.proxy.set_rules(vec![case.rule(1, refused)]);
        let output = case.run();
        case.exits(&output, 0, "the run");
        let results = case.results(&output);
        assert!(
            !results.is_empty() && results.iter().all(|(_, r)| r.contains("succeeded")),
            "{}: {results:?}",
            case.at()
        );
        let (method, path) = case.entry.money;
        let arrived = case
            .proxy
            .received()
            .iter()
            .filter(|(m, p)| m == method && p.starts_with(path))
            .count();
        assert_eq!(
            arrived,
            case.money().len() + 1,
            "{}: the refused request was sent once more, and only it",
            case.at()
        );
        case.paid_once();
        assert_eq!(case.state_count("sending"), 0, "{}", case.at());
    });
}

// ---- Between runs ----------------------------------------------------------------------

/// A field affpay read from the provider (a currency) is spelled differently on the next
/// run: the rerun is the same request, already done, and sends nothing.
#[test]
fn a_respelled_field_between_runs_changes_no_key() {
    each_entry(
        "field spelling drift between runs",
        |e| !e.drift.is_empty(),
        |case| {
            let first = case.run();
            case.exits(&first, 0, "the first run");
            for value in [json!("eur"), Value::Null] {
                let rules = case
                    .entry
                    .drift
                    .iter()
                    .map(|(path, pointer)| {
                        Rule::every(
                            "GET",
                            path,
                            Fault::RewriteAnswer(pointer.to_string(), value.clone()),
                        )
                    })
                    .collect();
                case.proxy.set_rules(rules);
                let since = case.money().len();
                let reads = case.proxy.received().len();
                let rerun = case.run();
                case.exits(&rerun, 0, &format!("the rerun reading {value}"));
                let respelled = case.proxy.received()[reads..].iter().any(|(m, p)| {
                    m == "GET" && case.entry.drift.iter().any(|(d, _)| p.starts_with(d))
                });
                assert!(
                    respelled,
                    "{}: the rerun read no respelled answer: {:?}",
                    case.at(),
                    case.proxy.received()
                );
                let sent = case.money_lines().split_off(since);
                assert!(
                    sent.is_empty(),
                    "{}: the rerun reading {value} sent again: {sent:#?}",
                    case.at()
                );
                let results = case.results(&rerun);
                assert!(
                    results.iter().all(|(_, r)| r == "already_done"),
                    "{}: the rerun reading {value} reports {results:?}",
                    case.at()
                );
            }
            case.paid_once();
            assert_eq!(case.state_count("sending"), 0, "{}", case.at());
        },
    );
}

/// The target's balance moves after an unknown outcome: a rerun would compute another
/// amount, hence another request, for a target that may already be paid — it must send
/// nothing for it.
#[test]
fn a_balance_that_changes_after_an_unknown_outcome_pays_nothing_more() {
    each_entry(
        "balance changed between runs",
        |e| e.bump.is_some(),
        |case| {
            case.proxy
                .set_rules(vec![case.rule(1, answer(500, &[], "{}"))]);
            let first = case.run();
            case.exits(&first, 9, "the run that met a 500");
            let held = case.faulted_targets();
            let bump = case.entry.bump.expect("a bump");
            for target in &held {
                bump(&case.upstream, target);
            }
            case.proxy.set_rules(vec![]);
            let since = case.money().len();
            let rerun = case.run();
            case.exits(&rerun, 9, "the rerun after the balance changed");
            case.sent_nothing_for(since, &held, "the rerun after the balance changed");
            case.reports_held(&rerun, &held, "the rerun after the balance changed");
            case.paid_once();
        },
    );
}

/// A rehearsal against one server, then the real run against another with the same
/// journal: the second server is paid all the same.
#[test]
fn a_rehearsal_against_another_server_does_not_count_as_done() {
    each_entry("rehearsal against another server", every, |case| {
        let rehearsal = case.run();
        case.exits(&rehearsal, 0, "the rehearsal against server A");
        assert!(!case.money().is_empty(), "{}: A paid nothing", case.at());

        let b = Upstream::start(case.entry);
        let args = (case.entry.setup)(&b, case.env.dir.path());
        let proxy = FaultProxy::start(b.url());
        let real = case.run_with(proxy.url(), &args, BATCH);
        case.exits(&real, 0, "the run against server B");
        let results = case.results(&real);
        assert!(
            !results.is_empty() && results.iter().all(|(_, r)| r.contains("succeeded")),
            "{}: server B was not paid: {results:?}",
            case.at()
        );
        let paid_at_b = money_of(case.entry, &proxy);
        assert!(
            paid_at_b.iter().any(Exchange::ok),
            "{}: B received no money request: {:?}",
            case.at(),
            proxy.received()
        );
        paid_once_at(case.entry, &proxy, &format!("{} at B", case.at()));
        case.paid_once();
        let states = case.states();
        assert_eq!(
            (states.get("sending"), states.get("failed")),
            (None, None),
            "{}: both servers' requests succeeded: {states:?}",
            case.at()
        );
    });
}

// ---- Processes that die or are stopped -------------------------------------------------

/// Killed (-9) while its second money-moving request is at the provider, which applies it
/// after the run died: the rerun finds it `sending`, sends nothing for it and exits 9, and
/// pays every other target at most once.
#[test]
fn a_run_killed_mid_bulk_leaves_one_unknown_and_pays_nothing_twice() {
    each_entry("kill -9 mid-bulk", bulk, killed_mid_bulk);
}

/// The same with the journal and lock in PostgreSQL: the killed run's session ends with it.
#[test]
fn on_postgres_a_run_killed_mid_bulk_leaves_one_unknown_and_pays_nothing_twice() {
    each_entry("kill -9 mid-bulk, PostgreSQL journal", bulk, |case| {
        if !case.journal_in_postgres() {
            return;
        }
        killed_mid_bulk(case);
    });
}

fn killed_mid_bulk(case: &mut Case) {
    {
        case.proxy.set_rules(vec![case.rule(2, Fault::Delay(1500))]);
        let mut child = case.spawn("json");
        case.wait_money_received(2);
        child.kill();
        case.finish(child);
        let held = case.faulted_targets();
        assert_eq!(
            case.state_count("sending"),
            1,
            "{}: the killed request is journaled `sending`: {:?}",
            case.at(),
            case.states()
        );
        case.proxy.set_rules(vec![]);
        let since = case.money().len();
        let rerun = case.run();
        case.exits(&rerun, 9, "the rerun after the kill");
        case.sent_nothing_for(since, &held, "the rerun after the kill");
        case.reports_held(&rerun, &held, "the rerun after the kill");
        case.paid_once();
    }
}

/// A signal while the second money-moving request is in flight: it finishes and is
/// journaled, nothing else starts, the rest are `not_attempted`, the exit code is the
/// signal's, and the NDJSON rows printed are whole. A rerun pays the rest, once.
fn stopped_mid_bulk(case: &mut Case, signal: &str, code: i32) {
    case.proxy.set_rules(vec![case.rule(2, Fault::Delay(1000))]);
    let child = case.spawn("ndjson");
    case.wait_money_received(2);
    // The shell's own `kill`: no procps needed on the machine.
    let sent = Command::new("sh")
        .args(["-c", &format!("kill -s {signal} {}", child.id())])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -s {signal}");
    let output = case.finish(child);
    case.exits(&output, code, &format!("the run stopped by SIG{signal}"));
    let stdout = stdout_of(&output);
    let rows: Vec<Value> = stdout
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| {
                panic!("{}: an unreadable NDJSON row ({e}): {line:?}", case.at())
            })
        })
        .collect();
    let results: Vec<String> = rows.iter().map(|r| plain(&r["result"])).collect();
    assert!(
        results.len() >= 3
            && results[..2].iter().all(|r| r == "succeeded")
            && results[2..].iter().all(|r| r == "not_attempted"),
        "{}: two succeeded (the second was in flight), the rest not attempted: {results:?}",
        case.at()
    );
    assert_eq!(
        case.money().len(),
        2,
        "{}: nothing new started after the signal: {:#?}",
        case.at(),
        case.money_lines()
    );
    let states = case.states();
    assert_eq!(
        (states.get("succeeded"), states.get("sending")),
        (Some(&2), None),
        "{}: the request in flight was journaled: {states:?}",
        case.at()
    );
    case.proxy.set_rules(vec![]);
    let rerun = case.run();
    case.exits(&rerun, 0, "the rerun after the signal");
    case.paid_once();
}

#[test]
fn sigterm_mid_bulk_finishes_the_request_in_flight_and_stops() {
    each_entry("SIGTERM mid-bulk", bulk, |case| {
        stopped_mid_bulk(case, "TERM", 143)
    });
}

#[test]
fn sigint_mid_bulk_finishes_the_request_in_flight_and_stops() {
    each_entry("SIGINT mid-bulk", bulk, |case| {
        stopped_mid_bulk(case, "INT", 130)
    });
}

/// Two runs of the same command at once (the first one's first payment slowed so they
/// overlap): both exit 0, each target is paid once, by one of them.
#[test]
fn two_overlapping_runs_pay_once() {
    each_entry("two overlapping runs", every, overlapping_runs);
}

/// The same with the journal and lock in PostgreSQL (the advisory lock keeps them apart).
#[test]
fn on_postgres_two_overlapping_runs_pay_once() {
    each_entry("two overlapping runs, PostgreSQL journal", every, |case| {
        if !case.journal_in_postgres() {
            return;
        }
        overlapping_runs(case);
    });
}

fn overlapping_runs(case: &mut Case) {
    {
        case.proxy.set_rules(vec![case.rule(1, Fault::Delay(300))]);
        let (a, b) = (case.spawn("json"), case.spawn("json"));
        let (a, b) = (case.finish(a), case.finish(b));
        case.exits(&a, 0, "the first of two overlapping runs");
        case.exits(&b, 0, "the second of two overlapping runs");
        let succeeded = |output: &Output| -> BTreeSet<String> {
            case.results(output)
                .into_iter()
                .filter(|(_, r)| r == "succeeded")
                .map(|(t, _)| t)
                .collect()
        };
        let both: Vec<String> = succeeded(&a)
            .intersection(&succeeded(&b))
            .cloned()
            .collect();
        assert!(
            both.is_empty(),
            "{}: both runs report paying {both:?}",
            case.at()
        );
        assert!(!case.money().is_empty(), "{}: nobody was paid", case.at());
        case.paid_once();
        assert_eq!(case.state_count("sending"), 0, "{}", case.at());
    }
}
