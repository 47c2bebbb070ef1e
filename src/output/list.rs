//! The list writer every list command streams its rows through, in any format: one valid
//! document however many pages the rows arrive in. Separate from the single-record writer,
//! which shares only its CSV and NDJSON lines.

use super::cell::{Cell, Format, object};
use super::selection::Selection;
use super::table::{render_table, terminal_width};
use anyhow::Result;
use serde_json::Value;
use std::io::Write;

/// Writes a list of rows in the chosen format.
pub struct ListWriter<W: Write> {
    format: Format,
    /// `--excel`: CSV for a spreadsheet (a BOM, formula-like text neutralised).
    excel: bool,
    selection: Selection,
    out: W,
    rows_written: usize,
    table_rows: Vec<Vec<Cell>>,
}

impl<W: Write> ListWriter<W> {
    pub fn new(format: Format, selection: Selection, out: W) -> Self {
        ListWriter {
            format,
            excel: false,
            selection,
            out,
            rows_written: 0,
            table_rows: Vec::new(),
        }
    }

    /// CSV for a spreadsheet (`--excel`): a UTF-8 BOM first, and text a spreadsheet would run
    /// as a formula neutralised. Other formats ignore it (the CLI refuses the combination).
    pub fn excel(mut self, excel: bool) -> Self {
        self.excel = excel;
        self
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
                let field = if self.excel {
                    Cell::to_excel_csv
                } else {
                    Cell::to_csv
                };
                self.csv_record(cells.iter().map(field))?;
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
                    crate::notice!("affpay: no rows");
                } else {
                    let rows = std::mem::take(&mut self.table_rows);
                    let table = render_table(&self.selection.names, &rows, terminal_width());
                    writeln!(self.out, "{table}")?;
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
        if self.excel {
            // The byte order mark tells a spreadsheet the file is UTF-8.
            self.out.write_all("\u{feff}".as_bytes())?;
        }
        let names: Vec<String> = self.selection.names.iter().map(|n| n.to_string()).collect();
        self.csv_record(names.into_iter())
    }

    fn csv_record(&mut self, fields: impl Iterator<Item = String>) -> Result<()> {
        // A CSV writer per record keeps quoting in the csv crate while the bytes go straight
        // to the shared output stream. Its buffer is small: the crate's default of 8 KiB,
        // zeroed for every record, was a tenth of the time of a 100,000-row plan.
        let mut writer = csv::WriterBuilder::new()
            .buffer_capacity(512)
            .from_writer(Vec::with_capacity(256));
        writer.write_record(fields)?;
        let bytes = writer
            .into_inner()
            .map_err(|e| anyhow::anyhow!("{}", e.error()))?;
        // One write per record; flushing `out` is the caller's choice (see `flush`).
        self.out.write_all(&bytes)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::for_terminal;
    use rust_decimal::Decimal;
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

    fn money(text: &str) -> Cell {
        Cell::Money(Decimal::from_str(text).unwrap())
    }

    #[test]
    fn excel_csv_has_a_bom_and_no_formulas_but_keeps_numbers() {
        let rows = || {
            vec![
                vec![
                    Cell::Int(-1),
                    money("-5.00"),
                    Cell::text("=HYPERLINK(\"x\")"),
                ],
                vec![Cell::Int(2), money("5"), Cell::text("+1")],
                vec![Cell::Int(3), money("1"), Cell::text("-2")],
                vec![Cell::Int(4), money("1"), Cell::text("@SUM(A1)")],
                vec![Cell::Int(5), money("1"), Cell::text("\tx")],
                vec![Cell::Int(6), money("1"), Cell::text("\rx")],
                vec![Cell::Int(7), money("1"), Cell::text("plain = text")],
            ]
        };
        let mut out = Vec::new();
        let selection = Selection::new(COLUMNS, None).unwrap();
        let mut writer = ListWriter::new(Format::Csv, selection, &mut out).excel(true);
        for r in rows() {
            writer.row(r).unwrap();
        }
        writer.finish(&[]).unwrap();
        let csv = String::from_utf8(out).unwrap();
        assert_eq!(
            csv,
            "\u{feff}id,amount,note\n-1,-5.00,\"'=HYPERLINK(\"\"x\"\")\"\n2,5,'+1\n3,1,'-2\n\
             4,1,'@SUM(A1)\n5,1,'\tx\n6,1,\"'\rx\"\n7,1,plain = text\n"
        );
        // Plain CSV is untouched, byte for byte.
        let plain = written(Format::Csv, None, rows());
        assert!(
            plain.starts_with("id,amount,note\n-1,-5.00,\"=HYPERLINK("),
            "{plain}"
        );
        assert!(!plain.contains('\''), "{plain}");
        // An empty list still starts with the BOM.
        let mut out = Vec::new();
        let selection = Selection::new(COLUMNS, None).unwrap();
        ListWriter::new(Format::Csv, selection, &mut out)
            .excel(true)
            .finish(&[])
            .unwrap();
        assert_eq!(out, "\u{feff}id,amount,note\n".as_bytes());
    }
}
