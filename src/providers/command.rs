//! The command side of a provider: the [`Provider`] trait its folder implements, with what
//! every provider's commands share (the capability matrix, the credential check, the balances
//! a plan pays from).
//!
//! It sits above the [`Context`] its methods take and below each provider's `mod.rs`, which
//! implements it; the registry of them all is `providers/mod.rs`, on top.

use super::identity::Identity;
use crate::context::Context;
use crate::overview::{BalanceRow, PayoutRow};
use crate::sandbox::Routes;
use anyhow::Result;
use clap::ArgMatches;

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

/// The command side of a provider: its verbs, what they read, and how a plan is replayed.
/// Who it is and how it is reached is its [`Identity`], a floor below the [`Context`] these
/// methods take.
pub trait Provider: Identity {
    /// Its command (named [`Identity::name`]) with its verbs.
    fn command(&self) -> clap::Command;

    /// Runs one of its verbs.
    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()>;

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

/// The payable balances of `targets` in `status`, read now; `None` when the provider has no
/// balance API.
pub fn current_balances(
    ctx: &Context,
    provider: &dyn Provider,
    status: &str,
    targets: &[&str],
) -> Result<Option<Vec<crate::planfile::FileBalance>>> {
    let Some(rows) = provider.balances(ctx) else {
        return Ok(None);
    };
    let rows = rows?
        .into_iter()
        .filter(|r| r.direction == crate::overview::Direction::Payable && r.status == status)
        .filter_map(|r| {
            let target = r.party_id?;
            targets
                .contains(&target.as_str())
                .then(|| crate::planfile::FileBalance {
                    target,
                    status: r.status.to_string(),
                    currency: r.currency,
                    amount: r.amount,
                })
        })
        .collect();
    Ok(Some(rows))
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
