//! Smartico's part of `affpay balance`: every affiliate's unpaid balance, owed by us, in the
//! operator's currency. Affiliates with nothing owed (a zero or absent balance) are left out.

use super::client::{BalanceFilter, Client};
use super::identity::Smartico;
use crate::context::Context;
use crate::overview::{BalanceRow, Direction, currency};
use crate::paging::{self, Page, Take};
use anyhow::Result;

/// Rows per request, as `smartico balance` asks (below the vendor's 999/1000 cap).
const PAGE: u64 = 500;

pub fn balances(ctx: &Context) -> Result<Vec<BalanceRow>> {
    let client = Client::new(ctx, &Smartico)?;
    let filter = BalanceFilter::default();
    let mut rows = Vec::new();
    paging::walk(
        Take::All,
        PAGE,
        |offset, size| {
            Ok(Page {
                rows: client.balances(&filter, offset, size)?,
                total: None,
            })
        },
        |page| {
            for b in page {
                let Some(amount) = b.balance.filter(|a| !a.is_zero()) else {
                    continue;
                };
                rows.push(BalanceRow {
                    direction: Direction::Payable,
                    status: "balance",
                    party_id: Some(b.affiliate_id.to_string()),
                    party_name: b.affiliate_name,
                    currency: b.operator_currency.as_deref().and_then(currency),
                    amount,
                    as_of: None,
                    source: "GET /api/af2_balance_op",
                    counted: true,
                });
            }
            Ok(())
        },
    )?;
    Ok(rows)
}
