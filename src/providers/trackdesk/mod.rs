//! Trackdesk's billing API, operator side: open balances, settlements that turn them into
//! per-affiliate account settlements, their statuses, Tipalti payment batches that pay them,
//! the conversions behind the balances and their statuses, what advertisers owe and the
//! advertiser settlements (claims) that invoice it, and the billing details and payment
//! methods an affiliate needs before settlement includes them. Trackdesk has no idempotency
//! keys, so every change goes through affpay's journal. Each program lives on its own host,
//! `https://{tenant}.trackdesk.com`, so the tenant is a per-profile setting.

mod advertisers;
mod args;
mod changes;
mod client;
mod commands;
mod conversions;
mod methods;
mod overview;
mod reads;
mod sandbox;
mod tipalti;
mod wire;

use crate::context::Context;
use crate::providers::{self, Provider, Setting};
use crate::sandbox::Routes;
use anyhow::Result;
use clap::{ArgMatches, FromArgMatches};

pub struct Trackdesk;

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
    client::parse_rps(text).map(|_| ())
}

impl Provider for Trackdesk {
    fn name(&self) -> &'static str {
        "trackdesk"
    }

    fn command(&self) -> clap::Command {
        providers::command_of::<commands::Verb>(
            "trackdesk",
            "Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods",
        )
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn default_url(&self) -> Option<&'static str> {
        None
    }

    fn check(&self, ctx: &Context) -> Result<()> {
        let path = format!("{}/open-balances", client::BILLING);
        client::Client::new(ctx, self)?
            .page::<serde_json::Value>(&path, &[], 0, 1)
            .map(|_| ())
    }

    fn capabilities(&self) -> &'static [crate::providers::Capability] {
        use crate::providers::Capability as C;
        const CAPABILITIES: &[C] = &[
            C::noted("balance", "trackdesk balance", "open balances"),
            C::noted(
                "actions",
                "trackdesk actions",
                "conversions, from the conversion report",
            ),
            C::noted(
                "payouts",
                "trackdesk payouts",
                "account settlements and settlements",
            ),
            C::noted(
                "settle",
                "trackdesk settle",
                "settles open balances into one settlement",
            ),
            C::noted("adjust", "trackdesk adjust", "sets conversions' statuses"),
            C::noted(
                "cancel",
                "trackdesk cancel",
                "deletes account settlements or a whole settlement",
            ),
        ];
        CAPABILITIES
    }

    fn balances(&self, ctx: &Context) -> Option<Result<Vec<crate::overview::BalanceRow>>> {
        Some(overview::balances(ctx))
    }

    fn payouts_since(
        &self,
        ctx: &Context,
        since: chrono::NaiveDate,
    ) -> Option<Result<Vec<crate::overview::PayoutRow>>> {
        Some(overview::payouts(ctx, since))
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
            Some(text) => client::parse_rps(&text)
                .map(|rps| Some(rps * 60))
                .map_err(|e| format!("trackdesk.rps: {e}")),
            None => Ok(Some(client::DEFAULT_RPM)),
        }
    }

    fn pays_from(&self, operation: &str) -> Option<&'static str> {
        // A settlement settles the accounts' open balances.
        (operation == "settle").then_some("open")
    }

    fn replay(&self, ctx: &Context, replay: &crate::planfile::Replay) -> Result<()> {
        commands::replay(ctx, replay)
    }

    fn sandbox_args(&self) -> Vec<clap::Arg> {
        sandbox::args()
    }

    fn sandbox_routes(&self, options: &crate::sandbox::Options, seed: u64) -> Box<dyn Routes> {
        sandbox::mount(options, seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
