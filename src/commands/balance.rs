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
use crate::overview::{BalanceRow, Totals};
use crate::providers::{self, Provider};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::BTreeSet;
use std::rc::Rc;

pub const COLUMNS: &[&str] = &[
    "provider",
    "profile",
    "direction",
    "status",
    "party_id",
    "party_name",
    "currency",
    "amount",
    "as_of",
    "source",
    "note",
];

/// The columns of `--totals`.
pub const TOTAL_COLUMNS: &[&str] = &["direction", "currency", "amount", "rows"];

/// One provider and profile to read, with the context that reaches it.
pub struct Target {
    pub provider: &'static dyn Provider,
    pub profile: String,
    /// Shared by every provider of the profile (with `--sandbox`, one simulator for all).
    pub ctx: Rc<Context>,
}

pub fn run(args: &AcrossArgs, global: &Global) -> Result<()> {
    let selection = if args.totals {
        crate::output::Selection::new(TOTAL_COLUMNS, global.fields.as_deref())?
    } else {
        crate::output::Selection::new(COLUMNS, global.fields.as_deref())?
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
        match result {
            Some(Ok(rows)) => {
                for row in rows {
                    totals.add(name, &row);
                    if !args.totals {
                        writer.row(balance_cells(name, profile, row, &as_of))?;
                    }
                }
            }
            None => {
                if !args.totals {
                    writer.row(status_row(
                        name,
                        profile,
                        "no_balance_api",
                        why_none(target),
                    ))?;
                }
            }
            Some(Err(err)) if single => {
                progress.finish();
                return Err(err);
            }
            Some(Err(err)) => {
                let message = format!("{err:#}");
                progress.say(&format!("affpay: {name} ({profile}): {message}"));
                failed.push(format!("{name} ({profile})"));
                if !args.totals {
                    writer.row(status_row(name, profile, "error", Some(message)))?;
                }
            }
        }
        writer.flush()?;
    }
    progress.finish();
    if args.totals {
        for total in totals.overall() {
            writer.row(vec![
                Cell::text(total.direction.name()),
                Cell::opt_text(total.currency),
                Cell::Money(total.amount),
                Cell::Int(total.rows),
            ])?;
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

fn balance_cells(provider: &str, profile: &str, row: BalanceRow, as_of: &str) -> Vec<Cell> {
    vec![
        Cell::text(provider),
        Cell::text(profile),
        Cell::text(row.direction.name()),
        Cell::text(row.status),
        Cell::opt_text(row.party_id),
        Cell::opt_text(row.party_name),
        Cell::opt_text(row.currency),
        Cell::Money(row.amount),
        Cell::text(row.as_of.unwrap_or_else(|| as_of.to_string())),
        Cell::text(row.source),
        Cell::Null,
    ]
}

/// A row that stands for a whole provider: `no_balance_api` or `error`, and why.
fn status_row(provider: &str, profile: &str, status: &str, note: Option<String>) -> Vec<Cell> {
    let mut cells = vec![
        Cell::text(provider),
        Cell::text(profile),
        Cell::Null,
        Cell::text(status),
    ];
    cells.extend(std::iter::repeat_n(Cell::Null, COLUMNS.len() - 5));
    cells.push(Cell::opt_text(note));
    cells
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
