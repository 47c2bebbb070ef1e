//! Affonso's identity: its name, address and published pace.
//!
//! The bottom of this provider's folder: the context resolves its address, secret and
//! settings by it, and every other file here may use it; it uses none of them.

use crate::providers::identity::Identity;

pub struct Affonso;

/// The public API every account is reached at.
pub const DEFAULT_URL: &str = "https://api.affonso.io";

impl Identity for Affonso {
    fn name(&self) -> &'static str {
        "affonso"
    }

    fn default_url(&self) -> Option<&'static str> {
        Some(DEFAULT_URL)
    }

    /// The Launch plan's 300 requests a minute, the lowest Affonso publishes (Growth 600,
    /// Elite 1200, Enterprise 3000): set `affonso.rpm` on a larger plan.
    fn default_rpm(&self, _: &dyn Fn(&str) -> Option<String>) -> Result<Option<u32>, String> {
        Ok(Some(300))
    }
}
