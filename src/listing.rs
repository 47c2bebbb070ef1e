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

/// A list command, ready to stream: its columns, how many rows, what to total under the
/// table, and the writer of the columns `--fields` chose (checked when it was made, before
/// any request; see `Context::listing`).
pub struct Listing<'a, T, W: Write> {
    columns: &'a [Column<T>],
    take: Take,
    /// The provider's largest page.
    max_page: u64,
    /// `--fields`, so that only the columns shown are totalled.
    fields: Option<&'a [String]>,
    /// Totals per currency: the currency column and the money columns to sum.
    totals: Option<(&'static str, &'static [&'static str])>,
    writer: ListWriter<W>,
}

impl<'a, T, W: Write> Listing<'a, T, W> {
    /// A list of `columns`, `take` rows in pages of at most `max_page`, to `writer` (whose
    /// selection, from `fields`, is of `columns`), with no totals.
    pub fn new(
        columns: &'a [Column<T>],
        take: Take,
        max_page: u64,
        fields: Option<&'a [String]>,
        writer: ListWriter<W>,
    ) -> Self {
        Listing {
            columns,
            take,
            max_page,
            fields,
            totals: None,
            writer,
        }
    }
}

impl<T: std::fmt::Debug, W: Write> Listing<'_, T, W> {
    /// Totals `summed` per value of the `currency` column under the table.
    pub fn totals(mut self, currency: &'static str, summed: &'static [&'static str]) -> Self {
        self.totals = Some((currency, summed));
        self
    }

    /// Streams every row `fetch` returns, with the plain footer (totals, more-rows hint).
    pub fn stream(self, fetch: impl FnMut(u64, u64) -> Result<Page<T>>) -> Result<()> {
        stream(self, fetch, every, plain)
    }
}

/// Streams the rows `fetch` returns to the listing's writer.
/// `each` sees every row first (to count it, or to add to the totals itself) and says whether
/// it is written: a row it leaves out is neither written nor totalled, though the walk counted
/// it as received;
/// `footer` gets the walk and the footer lines (totals, then the more-rows hint) and returns
/// the lines to show under a table.
pub fn stream<T: std::fmt::Debug, W: Write>(
    listing: Listing<'_, T, W>,
    fetch: impl FnMut(u64, u64) -> Result<Page<T>>,
    mut each: impl FnMut(&T, &mut Totals) -> bool,
    footer: impl FnOnce(&Walked, Vec<String>) -> Vec<String>,
) -> Result<()> {
    let Listing {
        columns,
        take,
        max_page,
        fields,
        totals: summed,
        mut writer,
    } = listing;
    let names = record::names(columns);
    let mut totals = Totals::for_fields(fields);
    let walked = paging::walk(take, max_page, fetch, |rows| {
        for row in rows {
            if !each(&row, &mut totals) {
                continue;
            }
            let cells = record::cells(columns, &row);
            if let Some((currency, summed)) = summed {
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
