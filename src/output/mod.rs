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
//!
//! The files, from the top down: `one_record` (a single record), `list` (the streaming list
//! writer), `table` (how a table fits a terminal), `totals` (the footer's sums), `selection`
//! (`--fields`), and `cell` (the formats and the values they show).

mod cell;
mod list;
mod one_record;
mod selection;
mod table;
mod totals;

pub use cell::{Cell, Format, Nested, for_terminal};
pub use list::ListWriter;
pub use one_record::write_record;
pub use selection::Selection;
pub use table::terminal_width;
pub use totals::Totals;
