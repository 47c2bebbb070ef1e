//! The output formats and the one value type every command's results are made of, [`Cell`],
//! with how each format writes it. Separate so that the writers above it only arrange cells
//! and never decide how money or text is spelled.

use crate::money;
use clap::ValueEnum;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

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

    /// An exact amount, or null when there is none.
    pub fn opt_money(amount: Option<Decimal>) -> Cell {
        amount.map_or(Cell::Null, Cell::Money)
    }

    /// Text, or null when it is empty.
    pub fn non_empty(text: &str) -> Cell {
        Cell::opt_text(Some(text).filter(|t| !t.is_empty()))
    }

    pub(super) fn to_json(&self) -> Value {
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
    pub(super) fn to_csv(&self) -> String {
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
    pub(super) fn to_excel_csv(&self) -> String {
        match self {
            Cell::Text(s) if s.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{s}"),
            other => other.to_csv(),
        }
    }

    pub(super) fn for_table(&self) -> String {
        match self {
            Cell::Money(d) => money::for_display(*d),
            Cell::Nested(n) => format!("({} entries)", n.rows.len()),
            other => for_terminal(&other.to_csv()),
        }
    }

    pub(super) fn is_numeric(&self) -> bool {
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

/// A row as a JSON object: each column's name to its cell's value.
pub(super) fn object<'a>(
    columns: &[&str],
    cells: impl Iterator<Item = &'a Cell>,
) -> Map<String, Value> {
    columns
        .iter()
        .zip(cells)
        .map(|(name, cell)| (name.to_string(), cell.to_json()))
        .collect()
}
