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
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Cell {
    pub fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    pub fn opt_text(value: Option<impl Into<String>>) -> Cell {
        value.map_or(Cell::Null, Cell::text)
    }

    /// Text, or null when it is empty.
    pub fn non_empty(text: &str) -> Cell {
        Cell::opt_text(Some(text).filter(|t| !t.is_empty()))
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
                    .map(|row| Value::Object(object(&nested.columns, row.iter())))
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

    /// The CSV field for a spreadsheet (`--excel`): text that a spreadsheet would run as a
    /// formula gets a leading `'`; money and numbers are never touched, so `-5.00` stays a
    /// number.
    fn to_excel_csv(&self) -> String {
        match self {
            Cell::Text(s) if s.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{s}"),
            other => other.to_csv(),
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
    pub fn new(columns: &[&'static str], fields: Option<&[String]>) -> Result<Selection> {
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

/// Sums of a list's money columns per currency, for the footer under its table
/// ([`ListWriter::finish`]); machine formats carry the rows only.
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

/// The width tables must fit: `COLUMNS` when set to a number (tests and the odd terminal
/// that misreports), else the terminal's as comfy-table detects it; none when stdout is not
/// a terminal, and then tables are printed whole.
pub fn terminal_width() -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
    {
        return Some(columns);
    }
    Table::new().width().map(usize::from)
}

/// One cell as a table shows it, and whether it must be shown whole (money, numbers, ids).
struct Shown {
    text: String,
    fixed: bool,
}

impl Shown {
    fn fixed(text: String) -> Shown {
        Shown { text, fixed: true }
    }
}

/// Whether a cell's text may be shortened to fit: text and raw JSON may, numbers never.
fn shortens(cell: &Cell) -> bool {
    matches!(cell, Cell::Text(_) | Cell::Json(_))
}

/// Columns whose values are copied into other commands: shown whole, like numbers.
fn is_id_column(name: &str) -> bool {
    name == "id" || name == "key" || name.ends_with("_id")
}

/// The narrowest a text column is shortened to (or its header, or its widest fixed cell).
const MIN_TEXT_WIDTH: usize = 8;

/// Column widths that fit `width`: no column is ever wrapped; the widest shortenable text
/// columns are cut first, never below their floor. `None` when even that does not fit.
fn fit(header: &[String], rows: &[Vec<Shown>], width: usize) -> Option<Vec<usize>> {
    let columns = header.len();
    let mut natural: Vec<usize> = header.iter().map(|h| h.width()).collect();
    let mut floor = natural.clone();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            let w = cell.text.width();
            natural[i] = natural[i].max(w);
            if cell.fixed {
                floor[i] = floor[i].max(w);
            }
        }
    }
    for (f, n) in floor.iter_mut().zip(&natural) {
        *f = (*f).max((*n).min(MIN_TEXT_WIDTH));
    }
    // Each column has a space either side and a border on its right, plus the left border.
    let frame = 3 * columns + 1;
    let mut widths = natural;
    let mut total: usize = widths.iter().sum::<usize>() + frame;
    while total > width {
        let widest = (0..columns)
            .filter(|&i| widths[i] > floor[i])
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))?;
        widths[widest] -= 1;
        total -= 1;
    }
    Some(widths)
}

/// `text` cut to `width` columns, with `…` as its last one when anything was cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 1; // the ellipsis
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

static WIDE_NOTICE: AtomicBool = AtomicBool::new(false);

/// Lays a table out for `width` columns (none: as wide as its content). Cells are never
/// wrapped: long text is cut with `…`, and money, numbers and ids are always whole; a table
/// that cannot fit even so is printed whole, and stderr says so once per run.
fn print_table(
    header: Vec<String>,
    rows: Vec<Vec<Shown>>,
    right: &[usize],
    width: Option<usize>,
) -> Table {
    let (table, fits) = layout(header, rows, right, width);
    if !fits
        && let Some(width) = width
        && !WIDE_NOTICE.swap(true, Ordering::Relaxed)
    {
        crate::notice!(
            "affpay: the table is wider than the terminal ({width} columns); use --fields to pick columns or -o csv"
        );
    }
    table
}

/// The table and whether it fits `width`.
fn layout(
    header: Vec<String>,
    rows: Vec<Vec<Shown>>,
    right: &[usize],
    width: Option<usize>,
) -> (Table, bool) {
    let widths = width.map(|w| fit(&header, &rows, w));
    let fits = !matches!(widths, Some(None));
    let widths = widths.flatten();
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .force_no_tty();
    table.set_header(header);
    for row in rows {
        table.add_row(
            row.into_iter()
                .enumerate()
                .map(|(i, cell)| match &widths {
                    Some(widths) if !cell.fixed => truncate(&cell.text, widths[i]),
                    _ => cell.text,
                })
                .collect::<Vec<_>>(),
        );
    }
    for (index, column) in table.column_iter_mut().enumerate() {
        if right.contains(&index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    (table, fits)
}

fn render_table(names: &[&str], rows: &[Vec<Cell>], width: Option<usize>) -> Table {
    let header = names.iter().map(|n| n.to_string()).collect();
    let shown = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, cell)| Shown {
                    text: cell.for_table(),
                    fixed: !shortens(cell) || names.get(i).is_some_and(|n| is_id_column(n)),
                })
                .collect()
        })
        .collect();
    let right: Vec<usize> = (0..names.len())
        .filter(|&i| rows.iter().any(|r| r.get(i).is_some_and(Cell::is_numeric)))
        .collect();
    print_table(header, shown, &right, width)
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

    fn cells_shown(names: &[&str], rows: &[Vec<Cell>]) -> (Vec<String>, Vec<Vec<Shown>>) {
        let header = names.iter().map(|n| n.to_string()).collect();
        let rows = rows
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(i, cell)| Shown {
                        text: cell.for_table(),
                        fixed: !shortens(cell) || is_id_column(names[i]),
                    })
                    .collect()
            })
            .collect();
        (header, rows)
    }

    fn money(text: &str) -> Cell {
        Cell::Money(Decimal::from_str(text).unwrap())
    }

    #[test]
    fn narrow_tables_cut_text_and_never_split_a_number() {
        const NAMES: &[&str] = &["affiliate_id", "name", "balance", "currency", "note"];
        let rows = vec![
            vec![
                Cell::Int(35000),
                Cell::text("Affiliate with a rather long trading name"),
                money("24576.14"),
                Cell::text("EUR"),
                Cell::text("Da Nang (VN), 2025-01-31 – 2025-02-01, Hotellook"),
            ],
            vec![
                Cell::Int(35001),
                Cell::text("Short"),
                money("-6607.325"),
                Cell::text("EUR"),
                Cell::Null,
            ],
        ];
        for width in [60, 80] {
            let (header, shown) = cells_shown(NAMES, &rows);
            let (table, fits) = layout(header, shown, &[0, 2], Some(width));
            assert!(fits, "{width}");
            let text = table.to_string();
            for line in text.lines() {
                assert!(line.width() <= width, "{width}: {line:?}\n{text}");
            }
            // Each amount and id on one line, whole.
            for whole in ["24576.14", "-6607.33", "35000", "35001", "affiliate_id"] {
                assert!(text.contains(whole), "{width}: {whole}\n{text}");
            }
            assert_eq!(text.lines().count(), 6, "one line per row:\n{text}");
            assert!(text.contains('…'), "{text}");
        }
        // Wide enough: nothing is cut.
        let (header, shown) = cells_shown(NAMES, &rows);
        let (table, fits) = layout(header, shown, &[], Some(200));
        assert!(fits);
        assert!(!table.to_string().contains('…'));
        assert!(table.to_string().contains("2025-02-01, Hotellook"));
    }

    #[test]
    fn a_table_that_cannot_fit_is_printed_whole() {
        const NAMES: &[&str] = &["a_id", "balance", "commissions", "payments", "adjustments"];
        let rows = vec![vec![
            Cell::Int(35000),
            money("24576.14"),
            money("24436.35"),
            money("139.78"),
            money("1000000.00"),
        ]];
        let (header, shown) = cells_shown(NAMES, &rows);
        let (table, fits) = layout(header, shown, &[], Some(40));
        assert!(!fits);
        let text = table.to_string();
        assert_eq!(text.lines().count(), 5, "one line per row:\n{text}");
        assert!(text.contains("1000000.00") && text.contains("adjustments"));
        // No width (stdout is not a terminal): whole, and no complaint.
        let (header, shown) = cells_shown(NAMES, &rows);
        assert!(layout(header, shown, &[], None).1);
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("abcdef", 6), "abcdef");
        assert_eq!(truncate("abcdefg", 6), "abcde…");
        assert_eq!(truncate("日本語テキスト", 6), "日本…");
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
