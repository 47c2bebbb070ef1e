//! Travelpayouts' identity: its name, address and the `currency` setting.
//!
//! The bottom of this provider's folder: the context resolves its address, secret and
//! settings by it, and every other file here may use it; it uses none of them.

use crate::providers::identity::{Identity, Setting};
use clap::ValueEnum;

pub struct Travelpayouts;

/// The public API every account is reached at.
pub const DEFAULT_URL: &str = "https://api.travelpayouts.com";

const SETTINGS: &[Setting] = &[Setting {
    key: "currency",
    help: "default currency of amounts: usd, eur or rub (default usd)",
    check: check_currency,
}];

/// The currencies the finance API reports amounts in.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Currency {
    Usd,
    Eur,
    Rub,
}

pub fn check_currency(value: &str) -> Result<(), String> {
    Currency::from_str(value, false).map(|_| ()).map_err(|_| {
        format!("'{value}' is not a currency Travelpayouts knows; use usd, eur or rub")
    })
}

impl Identity for Travelpayouts {
    fn name(&self) -> &'static str {
        "travelpayouts"
    }

    fn default_url(&self) -> Option<&'static str> {
        Some(DEFAULT_URL)
    }

    fn settings(&self) -> &'static [Setting] {
        SETTINGS
    }
}
