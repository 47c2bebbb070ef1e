//! Affonso's part of `affpay balance`. Affonso has no balance endpoint, so what we owe each
//! affiliate is derived from its commissions, as `affonso balance` does: one row per
//! affiliate, currency and unpaid status — `ready_for_payment`, `pending`,
//! `pending_manual_approval`, `processing_payout` — told apart by `status`, source `derived`.
//! Paid, refunded and disputed commissions are not owed and do not appear.

use super::Affonso;
use super::client::{Client, MAX_PAGE};
use super::wire::Commission;
use crate::context::Context;
use crate::overview::{BalanceRow, Direction, currency};
use crate::paging::{self, Page, Take};
use anyhow::Result;
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
    let client = Client::new(ctx, &Affonso)?;
    let mut sums: BTreeMap<(String, String, usize), Decimal> = BTreeMap::new();
    paging::walk(
        Take::All,
        MAX_PAGE,
        |offset, _| {
            let listed = client.list::<Commission>("/v1/commissions", &[], offset)?;
            Ok(Page {
                rows: listed.rows,
                total: listed.total,
            })
        },
        |page| {
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
