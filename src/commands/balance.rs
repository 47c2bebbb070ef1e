//! `affpay balance`: every configured provider's balances in one table — what we owe
//! (`payable`) and what we are owed (`receivable`) — with totals per direction and currency.
//!
//! Each provider contributes through `Provider::balances`, so this command names no provider:
//! a new one appears here by implementing that method. Providers are read one after another
//! (a progress line on stderr when it is a terminal). One that fails — network, a refused
//! credential, a rate limit after waiting — does not hide the others: its error is one line
//! on stderr and one row with status `error` (the message in `note`), and the run ends with
//! exit 8. One whose API has no balance is listed as a `no_balance_api` row, with the reason
//! its capabilities give, never left out silently.

use crate::cli::AcrossArgs;
use crate::config::config_dir;
use crate::context::Context;
use crate::context::Global;
use crate::credentials::Credentials;
use crate::error::{Kind, fail};
use crate::output::{Cell, ListWriter};
use crate::overview::{BalanceRow, Total, Totals};
use crate::providers::{self, Provider};
use crate::record::{self, Column};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::BTreeSet;
use std::rc::Rc;

/// The columns of one balance, each read from its [`Row`].
const COLUMNS: &[Column<Row<BalanceRow>>] = &[
    Column::new("provider", |r| Cell::text(r.provider)),
    Column::new("profile", |r| Cell::text(&r.profile)),
    Column::new("direction", |r| r.own(|b| Cell::text(b.direction.name()))),
    Column::new("status", |r| r.status(|b| Cell::text(b.status))),
    Column::new("party_id", |r| {
        r.own(|b| Cell::opt_text(b.party_id.as_deref()))
    }),
    Column::new("party_name", |r| {
        r.own(|b| Cell::opt_text(b.party_name.as_deref()))
    }),
    Column::new("currency", |r| {
        r.own(|b| Cell::opt_text(b.currency.as_deref()))
    }),
    Column::new("amount", |r| r.own(|b| Cell::Money(b.amount))),
    Column::new("as_of", |r| r.own(|b| Cell::opt_text(b.as_of.as_deref()))),
    Column::new("source", |r| r.own(|b| Cell::text(b.source))),
    Column::new("note", Row::note),
];

/// The columns of `--totals`.
const TOTAL_COLUMNS: &[Column<Total>] = &[
    Column::new("direction", |t| Cell::text(t.direction.name())),
    Column::new("currency", |t| Cell::opt_text(t.currency.as_deref())),
    Column::new("amount", |t| Cell::Money(t.amount)),
    Column::new("rows", |t| Cell::Int(t.rows)),
];

/// A row of `affpay balance` or `affpay payouts`: one of a provider's own rows (a balance, a
/// payout), or one that stands for the whole provider.
pub struct Row<R> {
    pub provider: &'static str,
    pub profile: String,
    pub found: Found<R>,
}

/// What a row of [`Row`] shows: one of the provider's own rows, or none of its own, the
/// `status` saying why (`error`, `no_balance_api`, `no_payouts_api`) and the `note` in words.
pub enum Found<R> {
    Own(R),
    Whole {
        status: &'static str,
        note: Option<String>,
    },
}

impl<R> Row<R> {
    pub fn new(target: &Target, found: Found<R>) -> Row<R> {
        Row {
            provider: target.provider.name(),
            profile: target.profile.clone(),
            found,
        }
    }

    /// A cell of the provider's own row; empty in one that stands for the whole provider.
    pub fn own(&self, cell: fn(&R) -> Cell) -> Cell {
        match &self.found {
            Found::Own(own) => cell(own),
            Found::Whole { .. } => Cell::Null,
        }
    }

    /// `status`: the own row's (`cell`), or the one of a row for the whole provider.
    pub fn status(&self, cell: fn(&R) -> Cell) -> Cell {
        match &self.found {
            Found::Own(own) => cell(own),
            Found::Whole { status, .. } => Cell::text(*status),
        }
    }

    /// `note`: why a row stands for the whole provider; empty on the provider's own rows.
    pub fn note(&self) -> Cell {
        match &self.found {
            Found::Own(_) => Cell::Null,
            Found::Whole { note, .. } => Cell::opt_text(note.as_deref()),
        }
    }
}

/// One provider and profile to read, with the context that reaches it.
pub struct Target {
    pub provider: &'static dyn Provider,
    pub profile: String,
    /// Shared by every provider of the profile (with `--sandbox`, one simulator for all).
    pub ctx: Rc<Context>,
}

pub fn run(args: &AcrossArgs, global: &Global) -> Result<()> {
    let selection = if args.totals {
        record::selection(TOTAL_COLUMNS, global.fields.as_deref())?
    } else {
        record::selection(COLUMNS, global.fields.as_deref())?
    };
    let targets = targets(args.provider.as_deref(), args.all_profiles, global)?;
    let progress = Progress::new(targets.len());
    let mut writer = ListWriter::new(global.output, selection, std::io::stdout().lock());
    let mut totals = Totals::default();
    let mut failed = Vec::new();
    let single = targets.len() == 1;
    // Each provider's rows are written as soon as they are read, so a machine format shows
    // the first providers while the later ones are still being asked.
    for (index, target) in targets.iter().enumerate() {
        progress.show(index, target);
        let result = target.provider.balances(&target.ctx);
        let as_of = now();
        let name = target.provider.name();
        let profile = target.profile.as_str();
        let rows = match result {
            Some(Ok(balances)) => balances
                .into_iter()
                .map(|mut balance| {
                    totals.add(name, &balance);
                    balance.as_of.get_or_insert_with(|| as_of.clone());
                    Row::new(target, Found::Own(balance))
                })
                .collect(),
            None => {
                let status = "no_balance_api";
                let note = why_none(target);
                vec![Row::new(target, Found::Whole { status, note })]
            }
            Some(Err(err)) if single => {
                progress.finish();
                return Err(err);
            }
            Some(Err(err)) => {
                let message = format!("{err:#}");
                progress.say(&format!("affpay: {name} ({profile}): {message}"));
                failed.push(format!("{name} ({profile})"));
                let (status, note) = ("error", Some(message));
                vec![Row::new(target, Found::Whole { status, note })]
            }
        };
        if !args.totals {
            for row in &rows {
                writer.row(record::cells(COLUMNS, row))?;
            }
        }
        writer.flush()?;
    }
    progress.finish();
    if args.totals {
        for total in totals.overall() {
            writer.row(record::cells(TOTAL_COLUMNS, &total))?;
        }
        writer.finish(&[])?;
    } else {
        writer.finish(&totals.footer())?;
    }
    if failed.is_empty() {
        return Ok(());
    }
    Err(fail(
        Kind::Partial,
        format!(
            "{} of {} provider balances could not be read: {}; their rows have status error",
            failed.len(),
            targets.len(),
            failed.join(", ")
        ),
    ))
}

/// Why a provider has no balance rows: its declared capability's note.
fn why_none(target: &Target) -> Option<String> {
    target
        .provider
        .capabilities()
        .iter()
        .find(|c| c.verb == "balance")
        .and_then(|c| c.note)
        .map(str::to_string)
}

/// The moment an answer was read, as `as_of` shows it.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The providers and profiles to read: `--provider` narrows to one provider, `--all-profiles`
/// widens to every profile in config.toml and the credentials file (else the one profile of
/// `--profile`). A pair is read when it is configured: a credential from any source and an
/// address (a tenant, a URL) the provider can be reached at. With `--sandbox`, every provider
/// is, at the simulator. Nothing configured is exit 3, with how to configure it.
pub fn targets(provider: Option<&str>, all_profiles: bool, global: &Global) -> Result<Vec<Target>> {
    let only = provider.map(providers::by_name_or_alias).transpose()?;
    let chosen: Vec<&'static dyn Provider> = match only {
        Some(provider) => vec![provider],
        None => providers::ALL.to_vec(),
    };
    let dir = config_dir()?;
    let credentials = Credentials::new(dir.clone(), crate::config::data_dir()?);
    let mut profiles = BTreeSet::from([global.profile.clone()]);
    if all_profiles && !global.sandbox {
        profiles.extend(crate::config::Config::load(&dir)?.profiles());
        profiles.extend(credentials.profiles()?);
    }
    let contexts = profiles
        .iter()
        .map(|profile| {
            let global = Global {
                profile: profile.clone(),
                ..global.clone()
            };
            Context::new(global).map(|ctx| (profile, Rc::new(ctx)))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut targets = Vec::new();
    for provider in &chosen {
        for (profile, ctx) in &contexts {
            let profile = profile.as_str();
            if !ctx.global.sandbox {
                if credentials
                    .lookup(provider.name(), profile)?
                    .found
                    .is_none()
                {
                    continue;
                }
                if let Err(err) = ctx.base_url(*provider) {
                    crate::notice!(
                        "affpay: {} ({profile}) has a credential but no address, so it is not read: {err:#}",
                        provider.name()
                    );
                    continue;
                }
            }
            targets.push(Target {
                provider: *provider,
                profile: profile.to_string(),
                ctx: Rc::clone(ctx),
            });
        }
    }
    if !targets.is_empty() {
        return Ok(targets);
    }
    if let Some(provider) = only {
        // The provider's own error says what is missing.
        let ctx = Context::new(global.clone())?;
        ctx.credential(provider)?;
        ctx.base_url(provider)?;
    }
    Err(fail(
        Kind::MissingCredential,
        format!(
            "no provider is configured for profile {}: store a credential with `affpay auth login PROVIDER` \
             (and any address it needs with `affpay config set`), name other profiles with --all-profiles, \
             or try `affpay --sandbox balance`",
            global.profile
        ),
    ))
}

/// One line on stderr while providers are read, when stderr is a terminal (indicatif draws
/// nothing otherwise, so cron mails stay clean).
pub struct Progress(ProgressBar);

impl Progress {
    pub fn new(len: usize) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(len as u64), crate::notice::progress_target());
        bar.set_style(
            ProgressStyle::with_template("{spinner} reading {msg} ({pos}/{len})")
                .expect("a valid template"),
        );
        Progress(bar)
    }

    pub fn show(&self, index: usize, target: &Target) {
        self.step(index, target.provider.name(), &target.profile);
    }

    /// The `index`th of the providers and profiles is being read.
    pub fn step(&self, index: usize, provider: &str, profile: &str) {
        self.0.set_message(format!("{provider} ({profile})"));
        self.0.set_position(index as u64 + 1);
    }

    /// A line on stderr that the progress line does not overwrite.
    pub fn say(&self, line: &str) {
        self.0.suspend(|| eprintln!("{line}"));
    }

    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}
