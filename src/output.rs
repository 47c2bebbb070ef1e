//! Results as a table for people and as JSON, NDJSON or CSV for programs.
//!
//! Commands describe a result as named columns of [`Cell`]s; this module decides how each
//! format shows them, so field names and money formatting are the same in every format.
//! Machine formats stream: rows are written as pages arrive and memory stays flat however
//! many there are, while still forming one valid document (one JSON array, one CSV header —
//! gh#1268 shows what per-page documents do to scripts). Only tables round money, for display.
//!
//! Text in a table goes to a terminal, and it comes from providers and their affiliates (a
//! name, a comment): an ESC there could recolour, move the cursor or retitle the window, a BEL
//! ring. So table cells lose every control character — C0, DEL and C1 (U+0080–U+009F); tab
//! and line breaks become a space — while JSON, NDJSON and CSV keep the exact text, because a
//! program reading them must see what the provider sent.

use crate::error::usage;
use crate::money;
use anyhow::Result;
use clap::ValueEnum;
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

/// One value of a result. Money is kept as an exact decimal and written as a JSON string, so
/// no consumer's float parser can change a digit.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Int(i64),
    Money(Decimal),
    Bool(bool),
    /// A list of sub-records (an action's history, say).
    Nested(Nested),
    /// An object the provider sent as it is (an expanded affiliate, say).
    Json(Value),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Nested {
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Cell>>,
}

impl Cell {
    pub fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    pub fn opt_text(value: Option<impl Into<String>>) -> Cell {
        value.map_or(Cell::Null, Cell::text)
    }

    fn to_json(&self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Int(i) => Value::from(*i),
            Cell::Money(d) => Value::String(d.to_string()),
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Json(value) => value.clone(),
            Cell::Nested(nested) => Value::Array(
                nested
                    .rows
                    .iter()
                    .map(|row| Value::Object(object(nested.columns, row.iter())))
                    .collect(),
            ),
        }
    }

    /// The text of a CSV field: exact, with nested values as compact JSON.
    fn to_csv(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Money(d) => d.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Nested(_) | Cell::Json(_) => self.to_json().to_string(),
        }
    }

    fn for_table(&self) -> String {
        match self {
            Cell::Money(d) => money::for_display(*d),
            Cell::Nested(n) => format!("({} entries)", n.rows.len()),
            other => for_terminal(&other.to_csv()),
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Cell::Money(_) | Cell::Int(_))
    }
}

/// Text safe to print on a terminal: control characters dropped, whitespace ones as a space.
pub fn for_terminal(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

fn object<'a>(columns: &[&str], cells: impl Iterator<Item = &'a Cell>) -> Map<String, Value> {
    columns
        .iter()
        .zip(cells)
        .map(|(name, cell)| (name.to_string(), cell.to_json()))
        .collect()
}

/// The columns a command offers, and the subset and order `--fields` chose.
#[derive(Debug, Clone)]
pub struct Selection {
    names: Vec<&'static str>,
    indices: Vec<usize>,
}

impl Selection {
    /// Validates `--fields` against the command's columns: an unknown name is a usage error
    /// that lists the valid ones, reported before any request is sent.
    pub fn new(columns: &'static [&'static str], fields: Option<&[String]>) -> Result<Selection> {
        let Some(fields) = fields else {
            return Ok(Selection {
                names: columns.to_vec(),
                indices: (0..columns.len()).collect(),
            });
        };
        let mut selection = Selection {
            names: Vec::new(),
            indices: Vec::new(),
        };
        // `--fields "balance, currency"`: a space after a comma is not part of a name.
        for field in fields.iter().map(|f| f.trim()) {
            let index = columns.iter().position(|c| *c == field).ok_or_else(|| {
                usage(format!(
                    "unknown field '{field}'; valid fields: {}",
                    columns.join(", ")
                ))
            })?;
            selection.names.push(columns[index]);
            selection.indices.push(index);
        }
        Ok(selection)
    }

    /// The same names, for cells that were already picked.
    fn picked(&self) -> Selection {
        Selection {
            names: self.names.clone(),
            indices: (0..self.names.len()).collect(),
        }
    }

    fn pick(&self, row: Vec<Cell>) -> Vec<Cell> {
        let mut row: Vec<Option<Cell>> = row.into_iter().map(Some).collect();
        self.indices
            .iter()
            .map(|&i| row.get_mut(i).and_then(Option::take).unwrap_or(Cell::Null))
            .collect()
    }
}

/// Writes a list of rows in the chosen format.
pub struct ListWriter<W: Write> {
    format: Format,
    selection: Selection,
    out: W,
    rows_written: usize,
    table_rows: Vec<Vec<Cell>>,
}

impl<W: Write> ListWriter<W> {
    pub fn new(format: Format, selection: Selection, out: W) -> Self {
        ListWriter {
            format,
            selection,
            out,
            rows_written: 0,
            table_rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        let cells = self.selection.pick(cells);
        match self.format {
            Format::Table => self.table_rows.push(cells),
            Format::Json => {
                let lead = if self.rows_written == 0 { "[\n" } else { ",\n" };
                let obj = object(&self.selection.names, cells.iter());
                write!(self.out, "{lead}{}", Value::Object(obj))?;
            }
            Format::Ndjson => {
                let obj = object(&self.selection.names, cells.iter());
                writeln!(self.out, "{}", Value::Object(obj))?;
            }
            Format::Csv => {
                if self.rows_written == 0 {
                    self.csv_header()?;
                }
                self.csv_record(cells.iter().map(Cell::to_csv))?;
            }
        }
        self.rows_written += 1;
        Ok(())
    }

    /// Makes what was written so far visible to a reader of the stream (after each page).
    pub fn flush(&mut self) -> Result<()> {
        if self.format != Format::Table {
            self.out.flush()?;
        }
        Ok(())
    }

    /// Ends the document. `footer` lines (totals the provider reports) appear under a table;
    /// machine formats carry the rows only.
    pub fn finish(mut self, footer: &[String]) -> Result<()> {
        match self.format {
            Format::Table => {
                if self.table_rows.is_empty() {
                    eprintln!("affpay: no rows");
                } else {
                    let rows = std::mem::take(&mut self.table_rows);
                    writeln!(self.out, "{}", render_table(&self.selection.names, &rows))?;
                }
                for line in footer {
                    writeln!(self.out, "{line}")?;
                }
            }
            Format::Json if self.rows_written == 0 => writeln!(self.out, "[]")?,
            Format::Json => writeln!(self.out, "\n]")?,
            Format::Ndjson => {}
            Format::Csv if self.rows_written == 0 => self.csv_header()?,
            Format::Csv => {}
        }
        self.out.flush()?;
        Ok(())
    }

    fn csv_header(&mut self) -> Result<()> {
        let names: Vec<String> = self.selection.names.iter().map(|n| n.to_string()).collect();
        self.csv_record(names.into_iter())
    }

    fn csv_record(&mut self, fields: impl Iterator<Item = String>) -> Result<()> {
        // A CSV writer per record keeps quoting in the csv crate while the bytes go straight
        // to the shared output stream.
        let mut writer = csv::Writer::from_writer(Vec::with_capacity(256));
        writer.write_record(fields)?;
        let bytes = writer
            .into_inner()
            .map_err(|e| anyhow::anyhow!("{}", e.error()))?;
        self.out.write_all(&bytes)?;
        Ok(())
    }
}

/// Writes one record: an object in JSON, one line in NDJSON, a header and a row in CSV, and
/// a two-column table (with nested lists as tables of their own) for people.
pub fn write_record<W: Write>(
    format: Format,
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
            let mut list = ListWriter::new(format, selection.picked(), &mut out);
            list.row(cells)?;
            list.finish(&[])?;
        }
        Format::Table => {
            let mut table = new_table();
            table.set_header(vec!["field", "value"]);
            let mut nested = Vec::new();
            for (name, cell) in selection.names.iter().zip(&cells) {
                if let Cell::Nested(n) = cell {
                    nested.push((name, n));
                }
                table.add_row(vec![name.to_string(), cell.for_table()]);
            }
            writeln!(out, "{table}")?;
            for (name, n) in nested.into_iter().filter(|(_, n)| !n.rows.is_empty()) {
                writeln!(out, "\n{name}:\n{}", render_table(n.columns, &n.rows))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !std::io::stdout().is_terminal() {
        table.force_no_tty();
    }
    table
}

fn render_table(names: &[&str], rows: &[Vec<Cell>]) -> Table {
    let mut table = new_table();
    table.set_header(names.to_vec());
    for row in rows {
        table.add_row(row.iter().map(Cell::for_table).collect::<Vec<_>>());
    }
    for (index, column) in table.column_iter_mut().enumerate() {
        if rows
            .iter()
            .any(|r| r.get(index).is_some_and(Cell::is_numeric))
        {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    const COLUMNS: &[&str] = &["id", "amount", "note"];

    fn row(id: i64, amount: &str) -> Vec<Cell> {
        vec![
            Cell::Int(id),
            Cell::Money(Decimal::from_str(amount).unwrap()),
            Cell::text("a,\"b\""),
        ]
    }

    fn written(format: Format, fields: Option<&[String]>, rows: Vec<Vec<Cell>>) -> String {
        let mut out = Vec::new();
        let mut writer =
            ListWriter::new(format, Selection::new(COLUMNS, fields).unwrap(), &mut out);
        for r in rows {
            writer.row(r).unwrap();
        }
        writer.finish(&["total: 1".to_string()]).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn machine_formats_keep_every_digit() {
        let rows = || vec![row(1, "39949.47024789999"), row(2, "192022.60")];
        let json = written(Format::Json, None, rows());
        let parsed: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed[0]["amount"], "39949.47024789999");
        assert_eq!(parsed[1]["amount"], "192022.60");
        let csv = written(Format::Csv, None, rows());
        assert_eq!(
            csv,
            "id,amount,note\n1,39949.47024789999,\"a,\"\"b\"\"\"\n2,192022.60,\"a,\"\"b\"\"\"\n"
        );
        let ndjson = written(Format::Ndjson, None, rows());
        assert_eq!(ndjson.lines().count(), 2);
        assert!(!ndjson.contains("total"), "footers are for tables only");
    }

    #[test]
    fn empty_lists_are_still_one_document() {
        assert_eq!(written(Format::Json, None, vec![]).trim(), "[]");
        assert_eq!(written(Format::Csv, None, vec![]), "id,amount,note\n");
    }

    #[test]
    fn tables_drop_control_characters_and_machine_formats_keep_them() {
        let nasty = "Evil\u{1b}[31mRed\u{7}\u{7f}\u{9b}2J\u{85}Co\tLtd\nü";
        assert_eq!(for_terminal(nasty), "Evil[31mRed2JCo Ltd ü");
        let rows = || vec![vec![Cell::Int(1), Cell::Null, Cell::text(nasty)]];
        let table = written(Format::Table, None, rows());
        assert!(table.contains("Evil[31mRed2JCo Ltd ü"), "{table}");
        assert!(
            !table.chars().any(|c| c.is_control() && c != '\n'),
            "{table:?}"
        );
        let csv = written(Format::Csv, None, rows());
        assert!(csv.contains(nasty), "{csv:?}");
        let json = written(Format::Json, None, rows());
        let parsed: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed[0]["note"], nasty);
    }

    #[test]
    fn fields_select_and_order_columns() {
        let fields = vec!["note".to_string(), "id".to_string()];
        let csv = written(Format::Csv, Some(&fields), vec![row(7, "1")]);
        assert_eq!(csv, "note,id\n\"a,\"\"b\"\"\",7\n");
        let err = Selection::new(COLUMNS, Some(&["nope".to_string()])).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 2);
        assert!(err.to_string().contains("valid fields: id, amount, note"));
    }

    #[test]
    fn tables_round_money_for_display_only() {
        let table = written(Format::Table, None, vec![row(1, "39949.47524789999")]);
        assert!(table.contains("39949.48"), "{table}");
        assert!(table.contains("total: 1"));
    }
}
