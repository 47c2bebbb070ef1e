//! `--fields`: the columns a command offers, and which of them are shown in what order.
//! Separate because both writers (a list and a single record) pick their cells through it.

use super::cell::Cell;
use crate::error::usage;
use anyhow::Result;

/// The columns a command offers, and the subset and order `--fields` chose.
#[derive(Debug, Clone)]
pub struct Selection {
    pub(super) names: Vec<&'static str>,
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
    pub(super) fn picked(&self) -> Selection {
        Selection {
            names: self.names.clone(),
            indices: (0..self.names.len()).collect(),
        }
    }

    pub(super) fn pick(&self, row: Vec<Cell>) -> Vec<Cell> {
        let mut row: Vec<Option<Cell>> = row.into_iter().map(Some).collect();
        self.indices
            .iter()
            .map(|&i| row.get_mut(i).and_then(Option::take).unwrap_or(Cell::Null))
            .collect()
    }
}
