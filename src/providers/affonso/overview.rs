//! Affonso's part of `affpay balance`. Affonso has no balance endpoint, so what we owe each
//! affiliate is derived from its commissions, as `affonso balance` does: one row per
//! affiliate, currency and unpaid status — `ready_for_payment`, `pending`,
//! `pending_manual_approval`, `processing_payout` — told apart by `status`, source `derived`.
//! Paid, refunded and disputed commissions are not owed and do not appear.

use super::client::{MAX_PAGE, client, pages};
use super::wire::{Commission, Payout};
use crate::context::Context;
use crate::overview::{BalanceRow, Direction, PayoutRow, currency, on_or_after};
use crate::paging::{self, Take};
use anyhow::Result;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The commission statuses that are still owed, in the order rows are listed.
const OWED: [&str; 4] = [
    "ready_for_payment",
    "pending",
    "pending_manual_approval",
    "processing_payout",
];

pub fn balances(ctx: &Context) -> Result<Vec<BalanceRow>> {
    let client = client(ctx)?;
    let mut sums: BTreeMap<(String, String, usize), Decimal> = BTreeMap::new();
    paging::walk(
        Take::All,
        MAX_PAGE,
        pages(&client, "/v1/commissions", &[]),
        |page: Vec<Commission>| {
            for c in page {
                let (Some(affiliate), Some(code)) = (c.affiliate_id, c.commission_currency) else {
                    continue;
                };
                let Some(status) = OWED.iter().position(|s| Some(*s) == c.status.as_deref()) else {
                    continue;
                };
                *sums.entry((affiliate, code, status)).or_default() +=
                    c.commission_amount.unwrap_or_default();
            }
            Ok(())
        },
    )?;
    Ok(sums
        .into_iter()
        .filter(|(_, amount)| !amount.is_zero())
        .map(|((affiliate, code, status), amount)| BalanceRow {
            direction: Direction::Payable,
            status: OWED[status],
            party_id: Some(affiliate),
            party_name: None,
            currency: currency(&code),
            amount,
            as_of: None,
            source: "derived",
            counted: true,
        })
        .collect())
}

/// The payouts made to affiliates since `since` (`dateFrom`), every page.
pub fn payouts(ctx: &Context, since: NaiveDate) -> Result<Vec<PayoutRow>> {
    let client = client(ctx)?;
    let filters = [("dateFrom", since.to_string())];
    let mut rows = Vec::new();
    paging::walk(
        Take::All,
        MAX_PAGE,
        pages(&client, "/v1/payouts", &filters),
        |page: Vec<Payout>| {
            // The server filters by `dateFrom`; a row it let through anyway is still left out.
            for p in page
                .into_iter()
                .filter(|p| on_or_after(p.created_at.as_deref(), since))
            {
                let name = p.name();
                rows.push(PayoutRow {
                    direction: Direction::Payable,
                    payout_id: p.id,
                    party_id: p.affiliate_id,
                    party_name: name,
                    currency: p.currency.as_deref().and_then(currency),
                    amount: p.amount,
                    status: p.status,
                    created_at: p.created_at,
                    source: "GET /v1/payouts",
                });
            }
            Ok(())
        },
    )?;
    Ok(rows)
}
