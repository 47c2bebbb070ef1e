//! Tables for people: how wide the terminal is, which cells may be shortened to fit it and
//! which never are (money, numbers, ids), and the drawing. Separate because fitting a table
//! is its own small algorithm, shared by the list writer and the single-record writer.

use super::cell::Cell;
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
use std::sync::atomic::{AtomicBool, Ordering};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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
pub(super) struct Shown {
    pub(super) text: String,
    pub(super) fixed: bool,
}

impl Shown {
    pub(super) fn fixed(text: String) -> Shown {
        Shown { text, fixed: true }
    }
}

/// Whether a cell's text may be shortened to fit: text and raw JSON may, numbers never.
pub(super) fn shortens(cell: &Cell) -> bool {
    matches!(cell, Cell::Text(_) | Cell::Json(_))
}

/// Columns whose values are copied into other commands: shown whole, like numbers.
pub(super) fn is_id_column(name: &str) -> bool {
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
pub(super) fn print_table(
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

pub(super) fn render_table(names: &[&str], rows: &[Vec<Cell>], width: Option<usize>) -> Table {
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
    use rust_decimal::Decimal;
    use std::str::FromStr;

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
}
