//! Trackdesk's part of `affpay balance`: every affiliate account's open balance (earned,
//! not yet settled) and, when there is one, its balance on hold, one row per currency, owed
//! by us; then every advertiser's open and on-hold balance, owed to us. Amounts of zero are
//! left out.

use super::advertisers::every_receivable;
use super::client::{BILLING, Client, client, open_balances, rfc3339, walk};
use super::shared_changes::now;
use super::wire::{AccountSettlements, Currency, Money, status_name};
use crate::context::Context;
use crate::overview::{BalanceRow, Direction, PayoutRow, currency, on_or_after};
use crate::paging::Take;
use anyhow::Result;
use chrono::NaiveDate;

const SOURCE: &str = "GET /api/node/billing/v1/open-balances";
const ADVERTISERS_SOURCE: &str = "GET /api/node/revenue-origin-billing/v1/open-balances";

pub fn balances(ctx: &Context) -> Result<Vec<BalanceRow>> {
    let client = client(ctx)?;
    let mut rows = payables(&client)?;
    rows.extend(receivables(&client)?);
    Ok(rows)
}

/// The affiliate accounts' open and on-hold balances.
fn payables(client: &Client) -> Result<Vec<BalanceRow>> {
    let mut rows = Vec::new();
    walk(
        client,
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

/// The advertisers' open and on-hold balances, read as of now (Trackdesk requires a moment,
/// which becomes the rows' `as_of`). Trackdesk reports them without a currency, so the rows
/// have none rather than a guessed one.
fn receivables(client: &Client) -> Result<Vec<BalanceRow>> {
    let until = now();
    let as_of = rfc3339(until);
    let mut rows = Vec::new();
    every_receivable(client, until, |page| {
        for r in page {
            for (status, money) in [("open", r.open_balance), ("on_hold", r.on_hold_balance)] {
                if money.value.is_zero() {
                    continue;
                }
                rows.push(BalanceRow {
                    direction: Direction::Receivable,
                    status,
                    party_id: Some(r.revenue_origin.id.clone()),
                    party_name: Some(r.revenue_origin.name.clone()),
                    currency: None,
                    amount: money.value,
                    as_of: Some(as_of.clone()),
                    source: ADVERTISERS_SOURCE,
                    counted: true,
                });
            }
        }
        Ok(())
    })?;
    Ok(rows)
}

/// The account settlements (one affiliate's part of a settlement) created since `since`.
pub fn payouts(ctx: &Context, since: NaiveDate) -> Result<Vec<PayoutRow>> {
    let client = client(ctx)?;
    let query = [("timeRange.from", format!("{since}T00:00:00Z"))];
    let mut rows = Vec::new();
    walk(
        &client,
        &format!("{BILLING}/account-settlements"),
        &query,
        Take::All,
        |page: AccountSettlements| (page.account_settlements, page.pagination),
        |page| {
            // The server filters by the time range; a row it let through anyway is left out.
            for a in page
                .into_iter()
                .filter(|a| on_or_after(a.created_at.as_deref(), since))
            {
                rows.push(PayoutRow {
                    direction: Direction::Payable,
                    payout_id: Some(a.id),
                    party_id: Some(a.account_id),
                    party_name: Some(a.account_name),
                    currency: Currency::code(&a.currency).as_deref().and_then(currency),
                    amount: Some(a.amount.value),
                    status: Some(status_name(&a.status)),
                    created_at: a.created_at,
                    source: "GET /api/node/billing/v1/account-settlements",
                });
            }
            Ok(())
        },
    )?;
    Ok(rows)
}
