//! A list's row type and its columns, tied together: each column names itself and says how
//! its cell is made from a row, so a column without a cell (or a cell without a column)
//! cannot be written — the list of names and every row come from the same table.
//!
//! A command declares `const COLUMNS: &[Column<Row>] = &[Column::new("id", |r| …), …]`;
//! [`selection`] checks `--fields` against those names and [`cells`] makes a row in the same
//! order. Shared by every provider, it knows none of them.

use crate::output::{Cell, Nested, Selection};
use anyhow::Result;

/// One column of a record: its name and how its cell is produced from a row.
pub struct Column<T> {
    pub name: &'static str,
    pub cell: fn(&T) -> Cell,
}

impl<T> Column<T> {
    pub const fn new(name: &'static str, cell: fn(&T) -> Cell) -> Column<T> {
        Column { name, cell }
    }
}

/// The columns' names, in order.
pub fn names<T>(columns: &[Column<T>]) -> Vec<&'static str> {
    columns.iter().map(|c| c.name).collect()
}

/// The columns' names as a constant, for a table whose names others read as a list (tests
/// compare output with them): `pub const NAMES: &[&str] = &name_array::<Row, 7>(COLUMNS)`.
/// `N` is the number of columns, checked when the constant is built, so the build fails
/// rather than cut a name off.
pub const fn name_array<T, const N: usize>(columns: &[Column<T>]) -> [&'static str; N] {
    assert!(columns.len() == N, "N is not the number of columns");
    let mut names = [""; N];
    let mut i = 0;
    while i < N {
        names[i] = columns[i].name;
        i += 1;
    }
    names
}

/// The columns of `columns` named in `names`, in that order: a compact view of a table that
/// is still the table's own columns. A name the table lacks is a bug, and panics.
pub fn subset<T>(columns: &[Column<T>], names: &[&str]) -> Vec<Column<T>> {
    names
        .iter()
        .map(|name| {
            let column = columns
                .iter()
                .find(|c| c.name == *name)
                .unwrap_or_else(|| panic!("no column {name}"));
            Column::new(column.name, column.cell)
        })
        .collect()
}

/// The columns `--fields` selects (an unknown name is a usage error listing the valid ones).
pub fn selection<T>(columns: &[Column<T>], fields: Option<&[String]>) -> Result<Selection> {
    Selection::new(&names(columns), fields)
}

/// A row's cells, one per column, in the columns' order.
pub fn cells<T>(columns: &[Column<T>], row: &T) -> Vec<Cell> {
    columns.iter().map(|c| (c.cell)(row)).collect()
}

/// The columns `--fields` selects from tables that make one record together (a list's columns
/// and the ones only its detail view has, say).
pub fn joined_selection<T>(
    tables: &[&[Column<T>]],
    fields: Option<&[String]>,
) -> Result<Selection> {
    let names: Vec<&'static str> = tables.iter().flat_map(|t| names(t)).collect();
    Selection::new(&names, fields)
}

/// A row's cells from tables that make one record together, in [`joined_selection`]'s order.
pub fn joined_cells<T>(tables: &[&[Column<T>]], row: &T) -> Vec<Cell> {
    tables.iter().flat_map(|t| cells(t, row)).collect()
}

/// Rows as one cell: a list of sub-records under the columns' names.
pub fn nested<'r, T: 'r>(columns: &[Column<T>], rows: impl IntoIterator<Item = &'r T>) -> Cell {
    Cell::Nested(Nested {
        columns: names(columns),
        rows: rows.into_iter().map(|row| cells(columns, row)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Row {
        id: i64,
        note: Option<String>,
    }

    const COLUMNS: &[Column<Row>] = &[
        Column::new("id", |r| Cell::Int(r.id)),
        Column::new("note", |r| Cell::opt_text(r.note.clone())),
    ];

    #[test]
    fn names_and_cells_come_from_one_table() {
        assert_eq!(names(COLUMNS), ["id", "note"]);
        let row = Row { id: 7, note: None };
        assert_eq!(cells(COLUMNS, &row), [Cell::Int(7), Cell::Null]);
        let fields = ["note".to_string()];
        assert!(selection(COLUMNS, Some(&fields)).is_ok());
        let err = selection(COLUMNS, Some(&["nope".to_string()])).unwrap_err();
        assert!(err.to_string().contains("valid fields: id, note"), "{err}");
        const MORE: &[Column<Row>] = &[Column::new("twice", |r| Cell::Int(2 * r.id))];
        let err = joined_selection(&[COLUMNS, MORE], Some(&["x".to_string()])).unwrap_err();
        assert!(err.to_string().contains("valid fields: id, note, twice"));
        assert_eq!(
            joined_cells(&[COLUMNS, MORE], &row),
            [Cell::Int(7), Cell::Null, Cell::Int(14)]
        );
    }

    #[test]
    fn a_constant_list_of_names_and_a_subset_come_from_the_table() {
        const NAMES: &[&str] = &name_array::<Row, 2>(COLUMNS);
        assert_eq!(NAMES, ["id", "note"]);
        let compact = subset(COLUMNS, &["note", "id"]);
        assert_eq!(names(&compact), ["note", "id"]);
        let row = Row { id: 7, note: None };
        assert_eq!(cells(&compact, &row), [Cell::Null, Cell::Int(7)]);
    }
}
