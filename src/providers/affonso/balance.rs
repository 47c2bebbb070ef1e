//! `affpay affonso balance`: Affonso has no balance endpoint, so the balance is derived here
//! by adding up every commission per affiliate, currency and status. Separate from the other
//! reads because it walks every page itself and writes rows of its own making, one per sum.

use super::args::{BalanceArgs, Created, check_range, given, report_left_out};
use super::client::{MAX_PAGE, client, pages};
use super::wire::Commission;
use crate::context::Context;
use crate::output::{Cell, Totals};
use crate::paging::{self, Take};
use crate::record::{self, Column};
use anyhow::Result;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The statuses the derived balance adds up, one column each: the documented five minus
/// `declined` (never owed), then the ones only the SDK knows, which would otherwise vanish
/// from the sums. Any other status is counted but not summed.
const STATUSES: [&str; 7] = [
    "pending",
    "pending_manual_approval",
    "ready_for_payment",
    "paid",
    "processing_payout",
    "refunded",
    "dispute",
];

/// One affiliate's commissions in one currency: the sum of each of [`STATUSES`], in that
/// order, and how many commissions there are (of any status).
#[derive(Debug, Default)]
struct Balance {
    affiliate: String,
    currency: String,
    sums: [Decimal; 7],
    commissions: i64,
}

impl Balance {
    /// The sum of one status's commissions; `status` is one of [`STATUSES`] (a column
    /// naming another is a programming error, refused loudly rather than shown as zero).
    fn sum(&self, status: &str) -> Cell {
        let at = STATUSES.iter().position(|s| *s == status);
        Cell::Money(self.sums[at.expect("a column of BALANCE names a status of STATUSES")])
    }
}

/// A column per status of [`STATUSES`], by the same name (a unit test holds them together).
const BALANCE: &[Column<Balance>] = &[
    Column::new("affiliate_id", |b| Cell::text(&b.affiliate)),
    Column::new("currency", |b| Cell::text(&b.currency)),
    Column::new("pending", |b| b.sum("pending")),
    Column::new("pending_manual_approval", |b| {
        b.sum("pending_manual_approval")
    }),
    Column::new("ready_for_payment", |b| b.sum("ready_for_payment")),
    Column::new("paid", |b| b.sum("paid")),
    Column::new("processing_payout", |b| b.sum("processing_payout")),
    Column::new("refunded", |b| b.sum("refunded")),
    Column::new("dispute", |b| b.sum("dispute")),
    Column::new("commissions", |b| Cell::Int(b.commissions)),
];

pub fn balance(ctx: &Context, args: &BalanceArgs) -> Result<()> {
    check_range(args.from, args.until)?;
    let selection = ctx.select(BALANCE)?;
    let client = client(ctx)?;
    let range = Created::new(args.from, args.until);
    let mut filters = given(vec![("affiliate_id", args.affiliate.clone())]);
    filters.extend(range.params());
    let mut sums: BTreeMap<(String, String), Balance> = BTreeMap::new();
    let mut seen = 0u64;
    let mut left_out = 0;
    let commissions = pages(&client, "/v1/commissions", &filters);
    paging::walk(Take::All, MAX_PAGE, commissions, |rows: Vec<Commission>| {
        for c in range.keep(rows, &mut left_out) {
            seen += 1;
            let (Some(affiliate), Some(currency)) = (c.affiliate_id, c.commission_currency) else {
                continue;
            };
            let key = (affiliate.clone(), currency.clone());
            let entry = sums.entry(key).or_insert_with(|| Balance {
                affiliate,
                currency,
                ..Balance::default()
            });
            entry.commissions += 1;
            let bucket = STATUSES
                .iter()
                .position(|s| Some(*s) == c.status.as_deref());
            if let Some(i) = bucket {
                entry.sums[i] += c.commission_amount.unwrap_or_default();
            }
        }
        Ok(())
    })?;
    report_left_out(left_out);
    crate::notice!(
        "affpay: Affonso has no balance endpoint; these balances are computed from {seen} commissions"
    );
    let names = record::names(BALANCE);
    let mut writer = ctx.list_writer(selection);
    let mut totals = Totals::for_fields(ctx.global.fields.as_deref());
    for balance in sums.values() {
        let cells = record::cells(BALANCE, balance);
        totals.add(&names, &cells, "currency", &STATUSES);
        writer.row(cells)?;
    }
    let mut footer = totals.lines();
    footer.push(format!(
        "computed from {seen} commissions (Affonso has no balance endpoint)"
    ));
    writer.finish(&footer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_summed_status_is_a_column_of_its_own() {
        let mut balance = Balance::default();
        for (i, sum) in balance.sums.iter_mut().enumerate() {
            *sum = Decimal::from(i + 1);
        }
        let cells = record::cells(BALANCE, &balance);
        let names = record::names(BALANCE);
        for (i, status) in STATUSES.iter().enumerate() {
            let at = names.iter().position(|n| n == status).unwrap();
            assert_eq!(cells[at], Cell::Money(Decimal::from(i + 1)), "{status}");
        }
    }
}
