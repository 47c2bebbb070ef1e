//! Who a provider is and how it is reached: its name, default address, settings and pace.
//!
//! This is the bottom of a provider, the part [`crate::context::Context`] knows: it resolves
//! addresses, secrets and settings by it. The command side, which needs a context, is
//! [`super::Provider`], a floor above; keeping the two apart lets the layers point down.

/// A provider setting that `affpay config set <provider>.<key>` accepts (besides `url`).
pub struct Setting {
    pub key: &'static str,
    pub help: &'static str,
    /// Checks a value; the error names what is accepted.
    pub check: fn(&str) -> Result<(), String>,
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
pub fn all_settings(provider: &dyn Identity) -> impl Iterator<Item = &'static Setting> + Clone {
    COMMON_SETTINGS.iter().chain(provider.settings().iter())
}

/// Who a provider is and how it is reached (see the module doc).
pub trait Identity: Sync {
    /// The command name; also the name of its credential, config table and env variables.
    fn name(&self) -> &'static str;

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
}
