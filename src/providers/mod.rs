//! The providers affpay speaks to, and the two traits that plug each of them in.
//!
//! Everything a provider knows — its wire types, client calls, commands and simulator
//! routes — lives in its own folder. The rest of affpay reaches it only through its
//! [`Identity`] (who it is and how it is reached, which the context knows) and its
//! [`Provider`] (its commands, which need a context), so adding a provider means adding a
//! folder and its one line in the `providers!` call, which declares the module and lists it in
//! [`ALL`] (the checklist is `CONTRIBUTING.md`). This
//! file is the top of the providers: the registry, with
//! the lookups by name; the traits sit below every provider's folder.

use crate::context::Context;
use anyhow::Result;

pub mod command;
pub mod identity;

pub use command::{
    Capability, Checked, Provider, VERBS, command_of, current_balances, try_credential,
};
pub use identity::{COMMON_SETTINGS, Identity, MAX_RPM, Setting, all_settings, parse_rpm};

/// Declares each provider's folder as a module and lists its `Provider` in [`ALL`], so that
/// registering a provider is one line of the `providers!` call below (`folder::Struct,`).
macro_rules! providers {
    ($($module:ident::$provider:ident,)*) => {
        $(pub mod $module;)*

        /// Every provider, in the order `--help` and `auth status` list them.
        pub static ALL: &[&dyn Provider] = &[$(&$module::$provider),*];
    };
}

// One line per provider, in the order `--help` and `auth status` list them.
providers! {
    travelpayouts::Travelpayouts,
    smartico::Smartico,
    affonso::Affonso,
    billon::Billon,
    trackdesk::Trackdesk,
}

/// The balances `operation` of the provider named `provider` pays from, read now: the reader
/// `--plan-out` records them with (handed to `planfile` by `lib.rs`).
pub fn balances_paid_from(
    ctx: &Context,
    provider: &str,
    operation: &str,
    targets: &[&str],
) -> Result<Option<Vec<crate::planfile::FileBalance>>> {
    let Some(provider) = find(provider) else {
        return Ok(None);
    };
    let Some(status) = provider.pays_from(operation) else {
        return Ok(None);
    };
    current_balances(ctx, provider, status, targets)
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
