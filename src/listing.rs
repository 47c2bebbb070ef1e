//! The one streaming list command every list verb runs: walk the provider's pages, write each
//! row as it comes in the columns `--fields` chose, total money per currency, and end with
//! the footer (the provider's own lines, totals, and how to get the rows left behind).
//!
//! What differs between providers — offset or page number, cursor, body or query — is in the
//! fetch callback (see [`crate::paging`]); the loop is here. Shared, it knows no provider.

use crate::output::{ListWriter, Totals};
use crate::paging::{self, Page, Take, Walked};
use crate::record::{self, Column};
use anyhow::Result;
use std::io::Write;

/// A list command's shape: its columns, how many rows, and what to total under the table.
pub struct Listing<'a, T> {
    pub columns: &'a [Column<T>],
    pub take: Take,
    /// The provider's largest page.
    pub max_page: u64,
    /// `--fields`, so that only the columns shown are totalled.
    pub fields: Option<&'a [String]>,
    /// Totals per currency: the currency column and the money columns to sum.
    pub totals: Option<(&'static str, &'static [&'static str])>,
}

/// Streams the rows `fetch` returns to `writer` (whose selection is of `listing.columns`).
/// `each` sees every row first (to count it, or to add to the totals itself) and says whether
/// it is written: a row it leaves out is neither written nor totalled, though the walk counted
/// it as received;
/// `footer` gets the walk and the footer lines (totals, then the more-rows hint) and returns
/// the lines to show under a table.
pub fn stream<T: std::fmt::Debug, W: Write>(
    listing: Listing<'_, T>,
    mut writer: ListWriter<W>,
    fetch: impl FnMut(u64, u64) -> Result<Page<T>>,
    mut each: impl FnMut(&T, &mut Totals) -> bool,
    footer: impl FnOnce(&Walked, Vec<String>) -> Vec<String>,
) -> Result<()> {
    let columns = listing.columns;
    let names = record::names(columns);
    let mut totals = Totals::for_fields(listing.fields);
    let walked = paging::walk(listing.take, listing.max_page, fetch, |rows| {
        for row in rows {
            if !each(&row, &mut totals) {
                continue;
            }
            let cells = record::cells(columns, &row);
            if let Some((currency, summed)) = listing.totals {
                totals.add(&names, &cells, currency, summed);
            }
            writer.row(cells)?;
        }
        writer.flush()
    })?;
    let mut lines = totals.lines();
    lines.extend(paging::more_hint(&walked));
    writer.finish(&footer(&walked, lines))
}

/// A footer of the totals and the more-rows hint only.
pub fn plain(_: &Walked, lines: Vec<String>) -> Vec<String> {
    lines
}

/// Every row, as it is.
pub fn every<T>(_: &T, _: &mut Totals) -> bool {
    true
}
