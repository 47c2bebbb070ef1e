//! Travelpayouts' part of `affpay balance`: the publisher account's balance and next payout,
//! owed to us, one row per currency (the API's `usd` becomes `USD`).

use super::client::Client;
use super::identity::Travelpayouts;
use super::wire;
use crate::context::Context;
use crate::overview::{BalanceRow, Direction, PayoutRow, currency, on_or_after};
use anyhow::Result;
use chrono::NaiveDate;

pub fn balances(ctx: &Context) -> Result<Vec<BalanceRow>> {
    let client = Client::new(ctx, &Travelpayouts)?;
    let balance = wire::amounts("balance", &client.balance()?.balance)?;
    let next = wire::amounts("next_payout", &client.next_payout()?.next_payout)?;
    let row = |status, (code, amount): (String, _), source, counted| BalanceRow {
        direction: Direction::Receivable,
        status,
        party_id: None,
        party_name: None,
        currency: currency(&code),
        amount,
        as_of: None,
        source,
        counted,
    };
    let mut rows: Vec<BalanceRow> = balance
        .into_iter()
        .map(|b| row("balance", b, "GET /finance/v2/get_user_balance", true))
        .collect();
    // The next payout is paid out of the balance: listed, not added to it a second time.
    rows.extend(next.into_iter().map(|n| {
        row(
            "next_payout",
            n,
            "GET /finance/v2/get_user_next_payout",
            false,
        )
    }));
    Ok(rows)
}

/// The payments Travelpayouts made to the publisher account since `since` (the API lists all
/// of them; the day is compared here).
pub fn payouts(ctx: &Context, since: NaiveDate) -> Result<Vec<PayoutRow>> {
    let client = Client::new(ctx, &Travelpayouts)?;
    Ok(client
        .payments()?
        .into_iter()
        .filter(|p| on_or_after(p.paid_at.as_deref(), since))
        .map(|p| PayoutRow {
            direction: Direction::Receivable,
            payout_id: Some(p.payment_uuid),
            party_id: None,
            party_name: None,
            currency: p.currency.as_deref().and_then(currency),
            amount: p.amount,
            status: Some("paid".to_string()),
            created_at: p.paid_at,
            source: "GET /finance/v2/get_user_payments",
        })
        .collect())
}
