//! One record (`affpay journal show`, a commission, a payout) in any format: an object in JSON,
//! and for people a two-column field/value table with nested lists under it. Separate from
//! the list writer because only the table of one record is drawn differently.

use super::cell::{Cell, Format, object};
use super::list::ListWriter;
use super::selection::Selection;
use super::table::{Shown, is_id_column, print_table, render_table, shortens, terminal_width};
use anyhow::Result;
use serde_json::Value;
use std::io::Write;

/// Writes one record: an object in JSON, one line in NDJSON, a header and a row in CSV, and
/// a two-column table (with nested lists as tables of their own) for people.
pub fn write_record<W: Write>(
    format: Format,
    excel: bool,
    selection: &Selection,
    cells: Vec<Cell>,
    mut out: W,
) -> Result<()> {
    let cells = selection.pick(cells);
    match format {
        Format::Json => {
            let obj = Value::Object(object(&selection.names, cells.iter()));
            writeln!(out, "{}", serde_json::to_string_pretty(&obj)?)?;
        }
        Format::Ndjson | Format::Csv => {
            // The cells are already picked: write them through a selection that keeps all.
            let mut list = ListWriter::new(format, selection.picked(), &mut out).excel(excel);
            list.row(cells)?;
            list.finish(&[])?;
        }
        Format::Table => {
            let width = terminal_width();
            let header = vec!["field".to_string(), "value".to_string()];
            let mut rows = Vec::new();
            let mut nested = Vec::new();
            for (name, cell) in selection.names.iter().zip(&cells) {
                if let Cell::Nested(n) = cell {
                    nested.push((name, n));
                }
                let fixed = is_id_column(name) || !shortens(cell);
                rows.push(vec![
                    Shown::fixed(name.to_string()),
                    Shown {
                        text: cell.for_table(),
                        fixed,
                    },
                ]);
            }
            writeln!(out, "{}", print_table(header, rows, &[], width))?;
            for (name, n) in nested.into_iter().filter(|(_, n)| !n.rows.is_empty()) {
                writeln!(
                    out,
                    "\n{name}:\n{}",
                    render_table(&n.columns, &n.rows, width)
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
