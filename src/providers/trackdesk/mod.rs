//! Trackdesk's billing API, operator side: open balances, settlements that turn them into
//! per-affiliate account settlements, their statuses, and the billing details and payment
//! methods an affiliate needs before settlement includes them. Trackdesk has no idempotency
//! keys, so every change goes through affpay's journal. Each program lives on its own host,
//! `https://{tenant}.trackdesk.com`, so the tenant is a per-profile setting.

mod changes;
mod client;
mod commands;
mod methods;
mod overview;
mod sandbox;
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
        help: "requests per second affpay sends (default 5, the Business plan's limit; 20 on Enterprise)",
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
            "Trackdesk: open balances, settlements and their statuses, billing details, payment methods",
        )
    }

    fn run(&self, ctx: &Context, matches: &ArgMatches) -> Result<()> {
        commands::run(commands::Verb::from_arg_matches(matches)?, ctx)
    }

    fn default_url(&self) -> Option<&'static str> {
        None
    }

    fn capabilities(&self) -> &'static [crate::providers::Capability] {
        use crate::providers::Capability as C;
        const CAPABILITIES: &[C] = &[
            C::noted("balance", "trackdesk balance", "open balances"),
            C::absent(
                "actions",
                "not in affpay yet (Trackdesk documents a conversion report, POST /api/reports/conversion-report/v1)",
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
            C::absent(
                "adjust",
                "not in affpay yet (Trackdesk documents conversion status changes, PUT /api/node/conversions/v1/{id}/status)",
            ),
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
        check_tenant(&tenant).map_err(|e| format!("trackdesk.tenant in the config: {e}"))?;
        Ok(format!("https://{tenant}.trackdesk.com"))
    }

    fn settings(&self) -> &'static [Setting] {
        SETTINGS
    }

    fn sandbox_args(&self) -> Vec<clap::Arg> {
        sandbox::args()
    }

    fn sandbox_routes(&self, options: &ArgMatches, seed: u64) -> Box<dyn Routes> {
        Box::new(sandbox::Simulator::from_options(options, seed))
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
}
