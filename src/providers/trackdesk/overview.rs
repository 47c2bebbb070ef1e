//! Trackdesk's part of `affpay balance`: every affiliate account's open balance (earned,
//! not yet settled) and, when there is one, its balance on hold, one row per currency, owed
//! by us. Accounts with nothing open or on hold are left out.

use super::client::BILLING;
use super::commands::{client, open_balances, walk};
use super::wire::{Currency, Money};
use crate::context::Context;
use crate::overview::{BalanceRow, Direction, currency};
use crate::paging::Take;
use anyhow::Result;

const SOURCE: &str = "GET /api/node/billing/v1/open-balances";

pub fn balances(ctx: &Context) -> Result<Vec<BalanceRow>> {
    let client = client(ctx)?;
    let mut rows = Vec::new();
    walk(
        &client,
        &format!("{BILLING}/open-balances"),
        &[],
        Take::All,
        open_balances,
        |page| {
            for b in page {
                // Per currency when Trackdesk breaks it down; else the account's totals.
                let parts: Vec<(Option<String>, Money, Money)> =
                    if b.balances_by_currency.is_empty() {
                        vec![(None, b.open_balance, b.on_hold_balance)]
                    } else {
                        b.balances_by_currency
                            .into_iter()
                            .map(|c| {
                                (
                                    Currency::code(&c.currency),
                                    c.open_balance,
                                    c.on_hold_balance,
                                )
                            })
                            .collect()
                    };
                for (code, open, on_hold) in parts {
                    for (status, money) in [("open", open), ("on_hold", on_hold)] {
                        if money.value.is_zero() {
                            continue;
                        }
                        rows.push(BalanceRow {
                            direction: Direction::Payable,
                            status,
                            party_id: Some(b.account_id.clone()),
                            party_name: Some(b.name.clone()),
                            currency: code.as_deref().and_then(currency),
                            amount: money.value,
                            as_of: None,
                            source: SOURCE,
                            counted: true,
                        });
                    }
                }
            }
            Ok(())
        },
    )?;
    Ok(rows)
}
