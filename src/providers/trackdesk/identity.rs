//! Trackdesk's identity: its name, the tenant's host, its settings and its pace.
//!
//! The bottom of this provider's folder: the context resolves its address, secret and
//! settings by it, and every other file here may use it; it uses none of them.

use crate::providers::identity::{Identity, Setting};

pub struct Trackdesk;

/// Requests per minute when neither `trackdesk.rpm` nor the deprecated `trackdesk.rps` is
/// set: the Business plan's 5 a second.
pub const DEFAULT_RPM: u32 = 300;

const SETTINGS: &[Setting] = &[
    Setting {
        key: "tenant",
        help: "the program's tenant id, its subdomain: TENANT.trackdesk.com",
        check: check_tenant,
    },
    Setting {
        key: "rps",
        help: "deprecated, use trackdesk.rpm: requests per second (read as 60 times as many a minute)",
        check: check_rps,
    },
];

fn check_tenant(text: &str) -> Result<(), String> {
    let ok = !text.is_empty()
        && text.len() <= 63
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "'{text}' is not a tenant id: lowercase letters, digits and -, as in TENANT.trackdesk.com"
        ))
    }
}

fn check_rps(text: &str) -> Result<(), String> {
    parse_rps(text).map(|_| ())
}

/// `trackdesk.rps` (deprecated for `trackdesk.rpm`): whole requests per second, 1 to 1000.
pub fn parse_rps(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if (1..=1000).contains(&n) => Ok(n),
        _ => Err(format!(
            "'{text}' is not a rate: give whole requests per second, 1 to 1000 (5 on the Business plan, 20 on Enterprise); trackdesk.rpm replaces this setting"
        )),
    }
}

impl Identity for Trackdesk {
    fn name(&self) -> &'static str {
        "trackdesk"
    }

    fn default_url(&self) -> Option<&'static str> {
        None
    }

    fn address(&self, setting: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
        let hint = "set the program's tenant with `affpay config set trackdesk.tenant TENANT` \
                    (or trackdesk.url)";
        let tenant = setting("tenant").ok_or_else(|| hint.to_string())?;
        check_tenant(&tenant).map_err(|e| format!("trackdesk.tenant: {e}"))?;
        Ok(format!("https://{tenant}.trackdesk.com"))
    }

    fn settings(&self) -> &'static [Setting] {
        SETTINGS
    }

    /// The Business plan's 5 requests a second, counted per minute (Enterprise: 1200); the
    /// deprecated `trackdesk.rps` still counts, converted.
    fn default_rpm(&self, setting: &dyn Fn(&str) -> Option<String>) -> Result<Option<u32>, String> {
        match setting("rps") {
            Some(text) => parse_rps(&text)
                .map(|rps| Some(rps * 60))
                .map_err(|e| format!("trackdesk.rps: {e}")),
            None => Ok(Some(DEFAULT_RPM)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rps_is_whole_requests_a_second() {
        assert!(parse_rps("0").is_err() && parse_rps("5").is_ok());
    }

    #[test]
    fn the_tenant_names_the_host() {
        let url = Trackdesk.address(&|key| (key == "tenant").then(|| "acme-2".to_string()));
        assert_eq!(url.unwrap(), "https://acme-2.trackdesk.com");
        let bad = Trackdesk.address(&|_| Some("evil.com/x".to_string()));
        assert!(bad.unwrap_err().contains("'evil.com/x'"));
        assert!(
            Trackdesk
                .address(&|_| None)
                .unwrap_err()
                .contains("trackdesk.tenant")
        );
    }

    #[test]
    fn the_default_rate_is_the_business_plan_and_the_old_rps_still_counts() {
        assert_eq!(Trackdesk.default_rpm(&|_| None), Ok(Some(300)));
        let rps = |value: &'static str| move |key: &str| (key == "rps").then(|| value.to_string());
        assert_eq!(Trackdesk.default_rpm(&rps("20")), Ok(Some(1200)));
        assert_eq!(Trackdesk.default_rpm(&rps("1000")), Ok(Some(60_000)));
        let err = Trackdesk.default_rpm(&rps("0")).unwrap_err();
        assert!(err.contains("trackdesk.rps: '0' is not a rate"), "{err}");
    }
}
