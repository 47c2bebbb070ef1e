//! Smartico's identity: its name and address.
//!
//! The bottom of this provider's folder: the context resolves its address, secret and
//! settings by it, and every other file here may use it; it uses none of them.

use crate::providers::identity::Identity;

pub struct Smartico;

/// The public API every account is reached at.
pub const DEFAULT_URL: &str = "https://boapi.smartico.ai";

impl Identity for Smartico {
    fn name(&self) -> &'static str {
        "smartico"
    }

    fn default_url(&self) -> Option<&'static str> {
        Some(DEFAULT_URL)
    }
}
