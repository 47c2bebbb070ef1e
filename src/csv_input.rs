//! CSV files that drive money-moving batches: read from a file or stdin, checked against the
//! columns a command knows, and reported row by row with line numbers, so a bad file is
//! refused whole — every bad row listed — before anything is sent.
//!
//! Line numbers are the physical lines an editor shows, whatever the file's line endings
//! (`\n`, `\r\n` or a lone `\r`) and however many lines a quoted field spans: the csv crate's
//! own line count is off by one on CRLF files, so each row's line is counted here from its
//! byte offset. A column named twice is refused, because which of the two cells would be paid
//! is a guess.

use crate::error::usage;
use anyhow::Result;
use std::io::Read;
use std::path::Path;

/// One data row: its line in the file and its trimmed cells by column name. It borrows the
/// reader's one record buffer, so reading a file of any length allocates nothing per row:
/// a command keeps only what it makes of each row.
#[derive(Debug)]
pub struct Row<'a> {
    pub line: u64,
    headers: &'a [String],
    record: &'a csv::StringRecord,
}

impl Row<'_> {
    /// The cell of a column, trimmed; an empty cell reads as absent.
    pub fn get(&self, column: &str) -> Option<&str> {
        let index = self.headers.iter().position(|name| name == column)?;
        self.record
            .get(index)
            .map(str::trim)
            .filter(|value| !value.is_empty())
    }
}

/// The file's text; `-` reads stdin.
pub fn read(path: &Path) -> Result<String> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(|e| usage(format!("cannot read {}: {e}", path.display())))
}

/// Hands each well-shaped row of a CSV to `each`, in order, and returns the problems found
/// in the file's shape (unknown columns, rows with the wrong number of fields), so that every
/// one is listed. A column named twice or a missing `required` column refuses the file at
/// once: with those, which cell means what is a guess, so checking the rows would only
/// mislead.
pub fn for_each_row(
    text: &str,
    name: &str,
    known: &[&str],
    required: &[&str],
    mut each: impl FnMut(Row<'_>),
) -> Result<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| usage(format!("{name}: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut refusals = Vec::new();
    let mut repeated: Vec<&str> = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        if headers[..i].contains(h) && !repeated.contains(&h.as_str()) {
            repeated.push(h);
        }
    }
    for column in repeated {
        refusals.push(format!(
            "line 1: column '{column}' appears more than once; each column may appear once"
        ));
    }
    if required.iter().any(|r| !headers.iter().any(|h| h == r)) {
        refusals.push(format!(
            "line 1: the columns {} are required",
            required.join(" and ")
        ));
    }
    if !refusals.is_empty() {
        return Err(refuse(name, &refusals));
    }
    let mut problems = Vec::new();
    let unknown: Vec<&String> = headers
        .iter()
        .filter(|h| !known.contains(&h.as_str()))
        .collect();
    if !unknown.is_empty() {
        problems.push(format!(
            "line 1: unknown column(s) {unknown:?}; known: {}",
            known.join(", ")
        ));
    }
    let mut lines = LineCounter::new(text);
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let at = e.position().map(|p| lines.line_at(p.byte() as usize));
                problems.push(match at {
                    // The crate's own message carries its own (CRLF-blind) line number.
                    Some(line) => match e.kind() {
                        csv::ErrorKind::Utf8 { err, .. } => format!("line {line}: {err}"),
                        _ => format!("line {line}: {e}"),
                    },
                    None => e.to_string(),
                });
                continue;
            }
        };
        let line = record
            .position()
            .map_or(0, |p| lines.line_at(p.byte() as usize));
        if record.len() != headers.len() {
            problems.push(format!(
                "line {line}: {} fields, the header has {}",
                record.len(),
                headers.len()
            ));
            continue;
        }
        each(Row {
            line,
            headers: &headers,
            record: &record,
        });
    }
    Ok(problems)
}

/// Physical line numbers of byte offsets, counted forward (offsets come in increasing order,
/// so the whole file is scanned once).
struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line the byte at `offset` is on: one more than the line endings before it, where
    /// `\r\n` is one ending and a lone `\r` or `\n` is one too.
    fn line_at(&mut self, offset: usize) -> u64 {
        // The csv crate may place a record after the `\r` of a CRLF, on its `\n`; no record
        // starts with a line ending (blank lines are skipped), so step past any.
        let mut offset = offset.min(self.text.len());
        while matches!(self.text.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        if offset < self.at {
            self.at = 0;
            self.line = 1;
        }
        while self.at < offset {
            match self.text[self.at] {
                b'\n' => self.line += 1,
                b'\r' if self.text.get(self.at + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.line
    }
}

/// The usage error that refuses a file, listing every problem in the order of the lines they
/// name (problems found later, like affiliates the provider does not have, join the others).
pub fn refuse(name: &str, problems: &[String]) -> anyhow::Error {
    let line_of = |p: &String| {
        p.strip_prefix("line ")
            .and_then(|rest| rest.split(':').next())
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(u64::MAX)
    };
    let mut sorted: Vec<&String> = problems.iter().collect();
    sorted.sort_by_key(|p| line_of(p));
    usage(format!(
        "{name} has {} problem(s); nothing was sent:\n  {}",
        problems.len(),
        sorted
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join("\n  ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row's line and its `amount` and `bonus` cells.
    type Cells = (u64, Option<String>, Option<String>);

    fn rows(text: &str, known: &[&str], required: &[&str]) -> Result<(Vec<Cells>, Vec<String>)> {
        let mut rows = Vec::new();
        let problems = for_each_row(text, "f.csv", known, required, |row| {
            let cell = |column| row.get(column).map(str::to_string);
            rows.push((row.line, cell("amount"), cell("bonus")));
        })?;
        Ok((rows, problems))
    }

    #[test]
    fn rows_keep_their_line_numbers_and_shape_problems_are_listed() {
        let text = "id,amount,bonus\n1,2,x\n3\n4,5,\n";
        let (good, problems) = rows(text, &["id", "amount"], &["id"]).unwrap();
        assert_eq!(good.iter().map(|r| r.0).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(good[0].1.as_deref(), Some("2"));
        assert_eq!(good[1].1.as_deref(), Some("5"));
        assert_eq!(good[1].2, None, "empty cells read as absent");
        assert!(
            problems[0].contains("unknown column(s) [\"bonus\"]"),
            "{problems:?}"
        );
        assert!(problems[1].starts_with("line 3: 1 fields"), "{problems:?}");
        assert!(rows("amount\n1\n", &["id", "amount"], &["id"]).is_err());
    }

    #[test]
    fn lines_are_physical_lines_whatever_the_line_endings() {
        let lines = |text: &str| -> Vec<u64> {
            let (rows, problems) = rows(text, &["id", "amount"], &["id"]).unwrap();
            assert!(problems.is_empty(), "{problems:?}");
            rows.iter().map(|r| r.0).collect()
        };
        assert_eq!(lines("id,amount\n1,2\n3,4\n"), [2, 3]);
        assert_eq!(lines("id,amount\r\n1,2\r\n3,4\r\n"), [2, 3]);
        assert_eq!(lines("id,amount\r1,2\r3,4\r"), [2, 3]);
        assert_eq!(lines("id,amount\n1,\"a\nb\"\n3,4\n"), [2, 4]);
        assert_eq!(lines("id,amount\r\n1,\"a\r\nb\r\nc\"\r\n3,4\r\n"), [2, 5]);
        // A blank line is a line too.
        assert_eq!(lines("id,amount\r\n\r\n3,4\r\n"), [3]);
    }

    #[test]
    fn a_column_named_twice_is_a_problem_naming_it() {
        let err = rows("id,amount,amount\n1,2,3\n", &["id", "amount"], &["id"]).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 2);
        assert!(
            err.to_string()
                .contains("line 1: column 'amount' appears more than once"),
            "{err}"
        );
    }
}
