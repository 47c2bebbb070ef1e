//! The totals under a list's table: its money columns summed per currency. Separate because
//! it is arithmetic on money the writers never do, fed by the commands that want a footer.

use super::cell::Cell;
use crate::money;
use rust_decimal::Decimal;

/// Sums of a list's money columns per currency, for the footer under its table
/// ([`crate::output::ListWriter::finish`]); machine formats carry the rows only.
#[derive(Debug, Default)]
pub struct Totals {
    /// Currency, then (column, sum) in the order the columns were listed.
    sums: std::collections::BTreeMap<String, Vec<(&'static str, Decimal)>>,
    /// `--fields`: only the columns shown are totalled.
    fields: Option<Vec<String>>,
}

impl Totals {
    /// Totals of the columns `--fields` shows (all of them without it).
    pub fn for_fields(fields: Option<&[String]>) -> Totals {
        Totals {
            sums: Default::default(),
            fields: fields.map(|f| f.iter().map(|n| n.trim().to_string()).collect()),
        }
    }

    /// Adds the `summed` money cells of a row (in `columns`' order) under its `currency`
    /// column's value; a row with no currency is summed apart.
    pub fn add(
        &mut self,
        columns: &[&'static str],
        row: &[Cell],
        currency: &str,
        summed: &[&'static str],
    ) {
        let cell = |name: &str| {
            columns
                .iter()
                .position(|c| *c == name)
                .and_then(|i| row.get(i))
        };
        let currency = match cell(currency) {
            Some(Cell::Text(c)) if !c.is_empty() => c.clone(),
            _ => "(no currency)".to_string(),
        };
        let shown = |name: &&&str| {
            self.fields
                .as_ref()
                .is_none_or(|f| f.iter().any(|n| n == **name))
        };
        let wanted: Vec<(&'static str, Decimal)> = summed
            .iter()
            .filter(shown)
            .map(|c| (*c, Decimal::ZERO))
            .collect();
        if wanted.is_empty() {
            return;
        }
        let sums = self.sums.entry(currency).or_insert(wanted);
        for (name, sum) in sums.iter_mut() {
            if let Some(Cell::Money(d)) = cell(name) {
                *sum += *d;
            }
        }
    }

    /// One line per currency: `total EUR: balance 24576.14  payments 0.00`, rounded for
    /// display like the table's cells.
    pub fn lines(&self) -> Vec<String> {
        self.sums
            .iter()
            .map(|(currency, sums)| {
                let parts: Vec<String> = sums
                    .iter()
                    .map(|(name, sum)| format!("{name} {}", money::for_display(*sum)))
                    .collect();
                format!("total {currency}: {}", parts.join("  "))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn money(text: &str) -> Cell {
        Cell::Money(Decimal::from_str(text).unwrap())
    }

    #[test]
    fn totals_are_per_currency_and_only_of_money() {
        const NAMES: &[&str] = &["id", "balance", "currency", "payments"];
        let mut totals = Totals::default();
        for (balance, currency) in [("10.005", "EUR"), ("-2.50", "USD"), ("5", "EUR")] {
            let row = [
                Cell::Int(1),
                money(balance),
                Cell::text(currency),
                Cell::Null,
            ];
            totals.add(NAMES, &row, "currency", &["balance", "payments"]);
        }
        totals.add(NAMES, &[Cell::Int(2), money("1")], "currency", &["balance"]);
        let mut picked = Totals::for_fields(Some(&["payments".to_string()]));
        picked.add(NAMES, &[Cell::Int(2), money("1")], "currency", &["balance"]);
        assert!(picked.lines().is_empty());
        let row = [Cell::Int(2), money("1"), Cell::text("EUR"), money("2")];
        picked.add(NAMES, &row, "currency", &["balance", "payments"]);
        assert_eq!(picked.lines(), ["total EUR: payments 2.00"]);
        assert_eq!(
            totals.lines(),
            [
                "total (no currency): balance 1.00",
                "total EUR: balance 15.01  payments 0.00",
                "total USD: balance -2.50  payments 0.00",
            ]
        );
    }
}
