//! The providers affpay speaks to, and the one trait that plugs each of them in.
//!
//! Everything a provider knows — its wire types, client calls, commands and simulator
//! routes — lives in its own folder. The rest of affpay reaches it only through [`Provider`],
//! so adding a provider means adding a folder and one line to [`ALL`].

use crate::context::Context;
use crate::overview::{BalanceRow, PayoutRow};
use crate::sandbox::Routes;
use anyhow::Result;
use clap::ArgMatches;

pub mod affonso;
pub mod billon;
pub mod smartico;
pub mod trackdesk;
pub mod travelpayouts;

/// Every provider, in the order `--help` and `auth status` list them.
pub static ALL: &[&dyn Provider] = &[
    &travelpayouts::Travelpayouts,
    &smartico::Smartico,
    &affonso::Affonso,
    &billon::Billon,
    &trackdesk::Trackdesk,
];

/// A provider setting that `affpay config set <provider>.<key>` accepts (besides `url`).
pub struct Setting {
    pub key: &'static str,
    pub help: &'static str,
    /// Checks a value; the error names what is accepted.
    pub check: fn(&str) -> Result<(), String>,
}

/// The verbs of the capability matrix (`affpay providers`), in its column order.
pub const VERBS: &[&str] = &[
    "balance", "actions", "payouts", "settle", "adjust", "cancel",
];

/// One cell of the capability matrix: a verb, and either the command that does it (words
/// after `affpay`) or, when there is none, why.
#[derive(Debug, Clone, Copy)]
pub struct Capability {
    pub verb: &'static str,
    pub command: Option<&'static str>,
    /// What to know about the command, or why it is absent.
    pub note: Option<&'static str>,
}

impl Capability {
    /// The verb is the command `command`.
    pub const fn command(verb: &'static str, command: &'static str) -> Capability {
        Capability {
            verb,
            command: Some(command),
            note: None,
        }
    }

    /// The verb is the command `command`, with something to know about it.
    pub const fn noted(
        verb: &'static str,
        command: &'static str,
        note: &'static str,
    ) -> Capability {
        Capability {
            verb,
            command: Some(command),
            note: Some(note),
        }
    }

    /// There is no such command, for this reason.
    pub const fn absent(verb: &'static str, why: &'static str) -> Capability {
        Capability {
            verb,
            command: None,
            note: Some(why),
        }
    }
}

/// Settings every provider accepts besides `url`, checked the same way for all.
pub static COMMON_SETTINGS: &[Setting] = &[Setting {
    key: "rpm",
    help: "requests per minute affpay sends at most, evenly spaced",
    check: check_rpm,
}];

/// The largest `rpm`: a thousand requests a second.
pub const MAX_RPM: u32 = 60_000;

/// `<provider>.rpm`: whole requests per minute, 1 to [`MAX_RPM`].
pub fn parse_rpm(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_RPM).contains(&n) => Ok(n),
        _ => Err(format!(
            "'{text}' is not a rate: give whole requests per minute, 1 to {MAX_RPM}"
        )),
    }
}

fn check_rpm(text: &str) -> Result<(), String> {
    parse_rpm(text).map(|_| ())
}

/// Every setting of a provider beyond `url`: the common ones, then its own.
pub fn all_settings(provider: &dyn Provider) -> impl Iterator<Item = &'static Setting> + Clone {
    COMMON_SETTINGS.iter().chain(provider.settings().iter())
}

pub trait Provider: Sync {
    /// The command name; also the name of its credential, config table and env variables.
    fn name(&self) -> &'static str;

    /// Its command (named [`Provider::name`]) with its verbs.
    fn command(&self) -> clap::Command;

    /// Runs one of its verbs.
    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()>;

    /// The vendor's base URL (scheme and host), when it has one public default.
    fn default_url(&self) -> Option<&'static str>;

    /// Where the provider is reached when neither the environment nor the profile's `url`
    /// says: its public default, or an address built from the profile's settings (a tenant's
    /// own host). The error says what to set.
    fn address(&self, setting: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
        let _ = setting;
        self.default_url()
            .map(str::to_string)
            .ok_or_else(|| format!("set it with `affpay config set {}.url URL`", self.name()))
    }

    /// What it can do: one [`Capability`] per verb of [`VERBS`], in that order. Tests check
    /// that every command named exists and every absent verb has none.
    fn capabilities(&self) -> &'static [Capability];

    /// Its part of `affpay balance`: every amount its balance API reports for the context's
    /// profile, in the normalised schema of [`crate::overview`] (direction, status, party,
    /// upper-case currency, exact amount, source); `None` when its API has no balance, which
    /// the command lists as such. Required, so that a new provider decides.
    fn balances(&self, ctx: &Context) -> Option<Result<Vec<BalanceRow>>>;

    /// Its part of `affpay payouts`: the payouts made or received since `since` (a UTC day),
    /// from its API or, where the API lists none, from affpay's journal; `None` when there is
    /// neither. Required, like [`Provider::balances`].
    fn payouts_since(
        &self,
        ctx: &Context,
        since: chrono::NaiveDate,
    ) -> Option<Result<Vec<PayoutRow>>>;

    /// Settings beyond `url` and [`COMMON_SETTINGS`].
    fn settings(&self) -> &'static [Setting] {
        &[]
    }

    /// The requests per minute affpay paces to when `<provider>.rpm` is not set: the limit
    /// the vendor publishes for the account's plan, or `None` (not paced) where it publishes
    /// none. `setting` reads the profile's settings, for a provider that kept an older,
    /// deprecated way of saying it; the error says what is wrong with that value.
    fn default_rpm(&self, setting: &dyn Fn(&str) -> Option<String>) -> Result<Option<u32>, String> {
        let _ = setting;
        Ok(None)
    }

    /// Whether this profile opted in to plain http to a non-loopback address, which affpay
    /// otherwise refuses so that no secret crosses a network in clear text. `Ok(Some(warning))`
    /// lets it through with a warning printed on every run; `Ok(None)`, the default, refuses;
    /// an error says the opt-in's value is not valid. `setting` reads the environment variable
    /// `AFFPAY_<PROVIDER>_<KEY>` first, then the profile's setting. Only a provider whose
    /// vendor documents a plain-http address (Billon's panel) overrides this.
    fn plain_http(
        &self,
        setting: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<String>, String> {
        let _ = setting;
        Ok(None)
    }

    /// `auth status --check`: one cheap read call (or a login, for a provider whose secret is
    /// a password) that proves the credential works; its error keeps the call's exit code
    /// (4 for a refused credential).
    fn check(&self, ctx: &Context) -> Result<()>;

    /// `affpay apply`: carries out a checked plan file's items as the command that planned
    /// them would — through this provider's client, with its reader of that operation's
    /// answers ([`crate::planfile::Replay::run`]). Required, so that no money-moving command
    /// can write a plan that cannot be applied.
    fn replay(&self, ctx: &Context, replay: &crate::planfile::Replay) -> Result<()>;

    /// The status of [`Provider::balances`]' rows that `operation` pays out of, for an
    /// operation that pays a target what it is owed: `--plan-out` records those balances and
    /// `apply` reads them again, refusing an item whose balance fell below its amount. `None`
    /// (the default): the provider cannot tell.
    fn pays_from(&self, operation: &str) -> Option<&'static str> {
        let _ = operation;
        None
    }

    /// Options of `affpay sandbox serve` that shape this provider's simulated data, by their
    /// short names: the simulator names them `--<provider>-<name>` (`sandbox::prefixed`).
    fn sandbox_args(&self) -> Vec<clap::Arg> {
        Vec::new()
    }

    /// The simulated API, built from its `sandbox serve` options and a seed.
    fn sandbox_routes(&self, options: &crate::sandbox::Options, seed: u64) -> Box<dyn Routes>;
}

/// What one [`Provider::check`] of a credential found, as `auth status --check` and `affpay
/// status` report it.
pub enum Checked {
    Accepted,
    /// The provider refused the credential (exit 4).
    Rejected,
    /// No credential, or no address to reach the provider at (exit 3).
    Missing,
    /// The check could not be made (network, an unreadable answer): its error, with its code.
    Failed(anyhow::Error),
}

/// Tries a provider's credential with its one cheap read call.
pub fn try_credential(provider: &dyn Provider, ctx: &Context) -> Checked {
    match provider.check(ctx) {
        Ok(()) => Checked::Accepted,
        Err(err) => match crate::error::kind_of(&err) {
            Some(crate::error::Kind::CredentialRejected) => Checked::Rejected,
            Some(crate::error::Kind::MissingCredential) => Checked::Missing,
            _ => Checked::Failed(err),
        },
    }
}

/// A provider's command: its name, one help line, and the verbs of its `Subcommand` enum.
pub fn command_of<Verbs: clap::Subcommand>(
    name: &'static str,
    about: &'static str,
) -> clap::Command {
    let command = clap::Command::new(name)
        .about(about)
        .subcommand_required(true)
        .arg_required_else_help(true);
    Verbs::augment_subcommands(command)
}

/// The provider with this command name (aliases resolve to it in clap).
pub fn find(name: &str) -> Option<&'static dyn Provider> {
    ALL.iter().copied().find(|p| p.name() == name)
}

/// Like [`find`], for names typed as a value (`affpay auth login tp`).
pub fn by_name_or_alias(name: &str) -> Result<&'static dyn Provider> {
    ALL.iter()
        .copied()
        .find(|p| p.name() == name || p.command().get_all_aliases().any(|a| a == name))
        .ok_or_else(|| {
            let names: Vec<_> = ALL.iter().map(|p| p.name()).collect();
            crate::error::usage(format!(
                "unknown provider '{name}'; known providers: {}",
                names.join(", ")
            ))
        })
}
