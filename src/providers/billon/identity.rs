//! Billon's identity: its name, the tenant panel's address and the plain-http opt-in.
//!
//! The bottom of this provider's folder: the context resolves its address, secret and
//! settings by it, and every other file here may use it; it uses none of them.

use crate::providers::identity::{Identity, Setting};

pub struct Billon;

const SETTINGS: &[Setting] = &[Setting {
    key: "allow_http",
    help: "true lets this profile reach its Billon panel over plain http (the password and token travel unencrypted)",
    check: check_flag,
}];

/// The opt-in is spelled out: `true` or `false`, nothing that might be a typo for either.
fn check_flag(value: &str) -> Result<(), String> {
    match value {
        "true" | "false" => Ok(()),
        _ => Err(format!("'{value}' is not true or false")),
    }
}

impl Identity for Billon {
    fn name(&self) -> &'static str {
        "billon"
    }

    fn default_url(&self) -> Option<&'static str> {
        None
    }

    fn settings(&self) -> &'static [Setting] {
        SETTINGS
    }

    fn plain_http(
        &self,
        setting: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<String>, String> {
        let Some(value) = setting("allow_http") else {
            return Ok(None);
        };
        check_flag(&value).map_err(|why| format!("allow_http: {why}"))?;
        Ok((value == "true").then(|| {
            "billon.allow_http is on: the panel password and session token travel \
             unencrypted over plain http"
                .to_string()
        }))
    }
}
