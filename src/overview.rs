//! The one normalised schema of the cross-provider commands (`affpay balance`, `affpay
//! payouts`): what each provider contributes, and the totals over it.
//!
//! Every provider speaks of money in its own words — Smartico's affiliate balance, Trackdesk's
//! open balance, Affonso's commissions ready for payment, Travelpayouts' publisher balance —
//! and in its own spelling of a currency (`usd`, `EUR`). A person who runs five programs wants
//! one answer to "what do we owe, and what are we owed": so each provider turns its own answer
//! into [`BalanceRow`]s (through `Provider::balances`) and this module knows no provider. Money
//! stays a `Decimal`; currencies are upper-case codes; and amounts in different currencies, or
//! owed in different directions, are never added together ([`Totals`]).

use crate::context::Context;
use crate::journal::{Filter, Journal, State};
use anyhow::Result;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Who owes whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    /// We owe it: an affiliate's balance, a commission ready for payment, a payout we made.
    Payable,
    /// It is owed to us: a publisher account's balance, a payment we received.
    Receivable,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Payable => "payable",
            Direction::Receivable => "receivable",
        }
    }
}

/// One amount of one party, as a provider's balance API (or what affpay derives from it)
/// reports it. `status` tells apart amounts of the same party that are not the same thing
/// (`ready_for_payment` and `pending`, `open` and `on_hold`).
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceRow {
    pub direction: Direction,
    pub status: &'static str,
    pub party_id: Option<String>,
    pub party_name: Option<String>,
    /// An upper-case code (see [`currency`]); `None` when the provider does not say.
    pub currency: Option<String>,
    pub amount: Decimal,
    /// When the amount was true, if the provider says; else the moment it was read.
    pub as_of: Option<String>,
    /// The API call it came from, or `derived` or `journal`.
    pub source: &'static str,
    /// Whether the amount is added into the totals: `false` for a row that restates part of
    /// another one (Travelpayouts' next payout is paid out of its balance).
    pub counted: bool,
}

/// One payout, made or received, in the schema of `affpay payouts`.
#[derive(Debug, Clone, PartialEq)]
pub struct PayoutRow {
    pub direction: Direction,
    pub payout_id: Option<String>,
    pub party_id: Option<String>,
    pub party_name: Option<String>,
    pub currency: Option<String>,
    pub amount: Option<Decimal>,
    pub status: Option<String>,
    pub created_at: Option<String>,
    /// The API call it came from, or `journal`.
    pub source: &'static str,
}

/// The payments affpay itself made through a provider whose API cannot list them (Smartico,
/// Billon): the journal's succeeded (or since reversed) `settle` entries of the context's
/// profile created on or after `since`, labelled `source` `journal`. The status is `cancelled`
/// when the entry was reversed or a succeeded `cancel` entry names its reference (as `billon
/// payouts` shows it), else the one the provider answered (`status=…` in the entry's note),
/// else `succeeded`. No journal yet means no rows; reading never creates one.
pub fn journal_payouts(ctx: &Context, provider: &str, since: NaiveDate) -> Result<Vec<PayoutRow>> {
    let location = ctx.journal_location()?;
    if !location.exists() {
        return Ok(Vec::new());
    }
    let journal = Journal::connect(&location)?;
    let filter = |operation: &str, since: Option<String>| Filter {
        scope: None,
        provider: Some(provider.to_string()),
        profile: Some(ctx.global.profile.clone()),
        operation: Some(operation.to_string()),
        // Succeeded, or reversed by an affpay cancel (listed as cancelled).
        state: None,
        since,
        ..Filter::default()
    };
    let cancelled = journal.cancelled_targets(provider, &ctx.global.profile)?;
    let mut rows = Vec::new();
    journal.list(&filter("settle", Some(since.to_string())), |entry| {
        if !matches!(entry.state, State::Succeeded | State::Reversed) {
            return Ok(());
        }
        let answered = entry
            .note
            .as_deref()
            .and_then(|n| n.split_whitespace().find_map(|w| w.strip_prefix("status=")));
        let status = match &entry.reference {
            _ if entry.state == State::Reversed => "cancelled",
            Some(id) if cancelled.contains(id) => "cancelled",
            _ => answered.unwrap_or("succeeded"),
        }
        .to_string();
        rows.push(PayoutRow {
            direction: Direction::Payable,
            payout_id: entry.reference,
            party_id: Some(entry.intent.target),
            party_name: None,
            currency: entry.intent.currency.as_deref().and_then(currency),
            amount: entry.intent.amount.and_then(|a| a.parse().ok()),
            status: Some(status),
            created_at: Some(entry.created_at),
            source: "journal",
        });
        Ok(())
    })?;
    Ok(rows)
}

/// Whether a provider's timestamp (`2026-11-21T…` or a bare date) is on or after `since`;
/// one that cannot be read is kept rather than hidden.
pub fn on_or_after(stamp: Option<&str>, since: NaiveDate) -> bool {
    stamp
        .and_then(|s| s.get(..10))
        .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .is_none_or(|day| day >= since)
}

/// A currency as the cross-provider commands show it: trimmed and upper-case (`usd` → `USD`);
/// nothing for an empty code.
pub fn currency(code: &str) -> Option<String> {
    let code = code.trim();
    (!code.is_empty()).then(|| code.to_ascii_uppercase())
}

/// One total: the sum of the counted rows of one direction in one currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    pub direction: Direction,
    pub currency: Option<String>,
    pub amount: Decimal,
    pub rows: i64,
}

/// Sums per direction × currency, overall and per provider; never across currencies.
#[derive(Debug, Default)]
pub struct Totals {
    all: BTreeMap<(Direction, Option<String>), (Decimal, i64)>,
    per_provider: BTreeMap<(String, Direction, Option<String>), (Decimal, i64)>,
}

impl Totals {
    pub fn add(&mut self, provider: &str, row: &BalanceRow) {
        if !row.counted {
            return;
        }
        let key = (row.direction, row.currency.clone());
        let all = self.all.entry(key).or_default();
        all.0 += row.amount;
        all.1 += 1;
        let key = (provider.to_string(), row.direction, row.currency.clone());
        let own = self.per_provider.entry(key).or_default();
        own.0 += row.amount;
        own.1 += 1;
    }

    /// One total per direction × currency, payable first, currencies in code order.
    pub fn overall(&self) -> Vec<Total> {
        self.all
            .iter()
            .map(|((direction, currency), (amount, rows))| Total {
                direction: *direction,
                currency: currency.clone(),
                amount: *amount,
                rows: *rows,
            })
            .collect()
    }

    /// The lines under a table: the overall totals, then each provider's.
    pub fn footer(&self) -> Vec<String> {
        let line = |direction: &Direction, currency: &Option<String>, amount: &Decimal| {
            format!(
                "{} {} {}",
                direction.name(),
                currency.as_deref().unwrap_or("(no currency)"),
                amount
            )
        };
        let mut lines = Vec::new();
        if self.all.is_empty() {
            return lines;
        }
        lines.push("totals:".to_string());
        for ((direction, currency), (amount, _)) in &self.all {
            lines.push(format!("  {}", line(direction, currency, amount)));
        }
        lines.push("per provider:".to_string());
        for ((provider, direction, currency), (amount, _)) in &self.per_provider {
            lines.push(format!(
                "  {provider}: {}",
                line(direction, currency, amount)
            ));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn row(direction: Direction, currency: &str, amount: &str, counted: bool) -> BalanceRow {
        BalanceRow {
            direction,
            status: "balance",
            party_id: None,
            party_name: None,
            currency: super::currency(currency),
            amount: Decimal::from_str(amount).unwrap(),
            as_of: None,
            source: "test",
            counted,
        }
    }

    #[test]
    fn totals_never_mix_currencies_or_directions_and_keep_every_digit() {
        let mut totals = Totals::default();
        totals.add("a", &row(Direction::Payable, "eur", "0.1", true));
        totals.add("b", &row(Direction::Payable, "EUR", "0.2000001", true));
        totals.add("a", &row(Direction::Payable, "usd", "5", true));
        totals.add("a", &row(Direction::Receivable, "eur", "7", true));
        totals.add("a", &row(Direction::Receivable, "eur", "100", false));
        let overall: Vec<_> = totals
            .overall()
            .into_iter()
            .map(|t| {
                (
                    t.direction.name(),
                    t.currency.unwrap(),
                    t.amount.to_string(),
                    t.rows,
                )
            })
            .collect();
        assert_eq!(
            overall,
            [
                ("payable", "EUR".to_string(), "0.3000001".to_string(), 2),
                ("payable", "USD".to_string(), "5".to_string(), 1),
                ("receivable", "EUR".to_string(), "7".to_string(), 1),
            ]
        );
        let footer = totals.footer().join("\n");
        assert!(footer.contains("  b: payable EUR 0.2000001"), "{footer}");
    }

    #[test]
    fn a_stamp_is_compared_by_its_day_and_an_unreadable_one_is_kept() {
        let since = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        assert!(on_or_after(Some("2026-11-01T00:00:00Z"), since));
        assert!(!on_or_after(Some("2026-10-31T23:59:59Z"), since));
        assert!(on_or_after(Some("yesterday"), since));
        assert!(on_or_after(None, since));
    }

    #[test]
    fn currencies_are_upper_case_codes() {
        assert_eq!(currency(" usd").as_deref(), Some("USD"));
        assert_eq!(currency(""), None);
    }
}
