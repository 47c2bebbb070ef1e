//! The options every money-moving command shares, beside the money path they set up: each
//! becomes part of the [`Safety`] a plan is carried out under, checked before the command
//! sends its first request.

use crate::context::Context;
use crate::plan::{PlanOut, Safety};
use clap::Args;
use std::path::PathBuf;

/// Options of every command that moves money.
#[derive(Debug, Clone, Args)]
pub struct MoneyArgs {
    /// Idempotency key of a single operation (default: derived from provider, profile,
    /// operation, target, amount, currency and batch).
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
    /// Batch name, part of every derived key (default: today's UTC date, so a rerun the same
    /// day sends nothing twice; name another batch to pay the same again on purpose).
    #[arg(long, value_name = "NAME")]
    pub batch: Option<String>,
    /// Refuse the plan if its total in any currency exceeds X.
    #[arg(long, value_name = "X")]
    pub max_total: Option<String>,
    /// Seconds to wait for another money-moving run of the same provider and profile.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub lock_timeout: u64,
    /// How much of the plan to show before it is sent: auto (all of it when it fits the
    /// terminal, else through $PAGER) or all (every line, paged on a terminal).
    #[arg(long, value_name = "HOW", value_enum, default_value_t)]
    pub show_plan: crate::pager::ShowPlan,
    /// Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay
    /// apply FILE` carries it out.
    #[arg(long, value_name = "FILE")]
    pub plan_out: Option<PathBuf>,
    /// With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d).
    #[arg(long, value_name = "DURATION", requires = "plan_out",
          value_parser = crate::planfile::parse_expiry)]
    pub plan_expires: Option<chrono::Duration>,
}

/// `--max-total X`, checked: an exact amount greater than zero (a usage error, exit 2,
/// naming the value otherwise). Shared with `affpay apply`, which caps a plan file the same way.
pub fn max_total(text: Option<&str>) -> anyhow::Result<Option<rust_decimal::Decimal>> {
    text.map(|text| match crate::money::parse_amount(text) {
        Ok(max) if max > rust_decimal::Decimal::ZERO => Ok(max),
        Ok(_) => Err(crate::error::usage(format!(
            "--max-total '{text}' must be greater than zero"
        ))),
        Err(e) => Err(crate::error::usage(format!("--max-total: {e}"))),
    })
    .transpose()
}

impl MoneyArgs {
    /// The run's limits, checked — with `--fields`, which the plan applies only after the
    /// reads that build it — before the command sends its first request.
    pub fn safety(&self, ctx: &Context) -> anyhow::Result<Safety> {
        crate::plan::check_fields(ctx)?;
        Ok(Safety {
            max_total: max_total(self.max_total.as_deref())?,
            lock_timeout: std::time::Duration::from_secs(self.lock_timeout),
            show_plan: self.show_plan,
            plan_out: self.plan_out.clone().map(|path| PlanOut {
                path,
                expires: self.plan_expires.unwrap_or(chrono::Duration::hours(24)),
                write: crate::planfile::write,
            }),
        })
    }

    /// `--idempotency-key` names one request: refused (exit 2) when the command would send
    /// more. `hint` says what to do instead.
    pub fn check_single_key(&self, single: bool, what: &str, hint: &str) -> anyhow::Result<()> {
        if self.idempotency_key.is_some() && !single {
            return Err(crate::error::usage(format!(
                "--idempotency-key names a single {what}; {hint}"
            )));
        }
        Ok(())
    }

    pub fn batch(&self) -> String {
        self.batch
            .clone()
            .unwrap_or_else(crate::plan::default_batch)
    }
}
