//! CSV files that drive money-moving batches: read from a file or stdin, checked against the
//! columns a command knows, and reported row by row with line numbers, so a bad file is
//! refused whole — every bad row listed — before anything is sent.
//!
//! Line numbers are the physical lines an editor shows, whatever the file's line endings
//! (`\n`, `\r\n` or a lone `\r`) and however many lines a quoted field spans: the csv crate's
//! own line count is off by one on CRLF files, so each row's line is counted here from its
//! byte offset. A column named twice is refused, because which of the two cells would be paid
//! is a guess.
//!
//! The file is read as a stream, never held whole: a plan of 100,000 rows has better uses for
//! the memory (see `bench/csv_plan.sh`).

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

/// The file, opened for reading; `-` reads stdin.
pub fn open(path: &Path) -> Result<Box<dyn Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin()));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(Box::new(file))
}

/// How many rows the file can hold at most (its lines with something on them), so that a
/// plan can reserve room for them at once rather than doubling as it grows; up to a million,
/// past which a plan grows as it goes. 0 for anything but a plain file: a pipe or stdin can
/// be read only once, by [`open`], which also reports a file that cannot be read.
pub fn rows_at_most(path: &Path) -> usize {
    const MOST: usize = 1_000_000;
    let plain = std::fs::metadata(path).is_ok_and(|m| m.is_file());
    let Some(mut file) = plain.then(|| std::fs::File::open(path).ok()).flatten() else {
        return 0;
    };
    let mut buffer = vec![0u8; 64 * 1024];
    let (mut lines, mut on_a_line) = (0, false);
    while let Ok(n @ 1..) = file.read(&mut buffer) {
        for &byte in &buffer[..n] {
            let ends = byte == b'\n' || byte == b'\r';
            lines += usize::from(ends && on_a_line);
            on_a_line = !ends;
        }
        if lines >= MOST {
            return MOST;
        }
    }
    lines + usize::from(on_a_line)
}

/// Hands each well-shaped row of a CSV to `each`, in order, and returns the problems found
/// in the file's shape (unknown columns, rows with the wrong number of fields), so that every
/// one is listed. A column named twice or a missing `required` column refuses the file at
/// once: with those, which cell means what is a guess, so checking the rows would only
/// mislead.
pub fn for_each_row(
    source: impl Read,
    name: &str,
    known: &[&str],
    required: &[&str],
    mut each: impl FnMut(Row<'_>),
) -> Result<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(LineCounter::new(source));
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
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // The file itself failed (a disk error, a closed pipe): no row after it can be
            // trusted, and the same error would come back for ever.
            Err(e) if matches!(e.kind(), csv::ErrorKind::Io(_)) => {
                return Err(usage(format!("cannot read {name}: {e}")));
            }
            Err(e) => {
                let at = e
                    .position()
                    .map(|p| reader.get_mut().line_at(p.byte() as usize));
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
            .map_or(0, |p| reader.get_mut().line_at(p.byte() as usize));
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

/// Physical line numbers of byte offsets, counted forward as the file streams through to the
/// CSV reader: offsets come in increasing order, so only the bytes read but not yet counted
/// are kept.
struct LineCounter<R> {
    source: R,
    /// Bytes from offset `base` on, read but not yet counted past.
    window: Vec<u8>,
    base: usize,
    at: usize,
    line: u64,
}

impl<R: Read> Read for LineCounter<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n = self.source.read(buffer)?;
        self.window.extend_from_slice(&buffer[..n]);
        Ok(n)
    }
}

impl<R> LineCounter<R> {
    fn new(source: R) -> LineCounter<R> {
        LineCounter {
            source,
            window: Vec::new(),
            base: 0,
            at: 0,
            line: 1,
        }
    }

    fn byte(&self, offset: usize) -> Option<u8> {
        self.window.get(offset.checked_sub(self.base)?).copied()
    }

    /// The line the byte at `offset` is on: one more than the line endings before it, where
    /// `\r\n` is one ending and a lone `\r` or `\n` is one too.
    fn line_at(&mut self, offset: usize) -> u64 {
        // The csv crate may place a record after the `\r` of a CRLF, on its `\n`; no record
        // starts with a line ending (blank lines are skipped), so step past any.
        let mut offset = offset.min(self.base + self.window.len());
        while matches!(self.byte(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        while self.at < offset {
            match self.byte(self.at) {
                Some(b'\n') => self.line += 1,
                Some(b'\r') if self.byte(self.at + 1) != Some(b'\n') => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        // Forget what is counted, in large steps so the window is not shifted for every row.
        let counted = self.at - self.base;
        if counted > 64 * 1024 {
            self.window.drain(..counted);
            self.base += counted;
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
        let problems = for_each_row(text.as_bytes(), "f.csv", known, required, |row| {
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
    fn lines_stay_right_in_a_file_longer_than_what_is_kept_of_it() {
        // Well past the 64 KiB after which counted bytes are forgotten, with a quoted field
        // over three lines and CRLF endings throughout.
        let mut text = String::from("id,amount\r\n");
        for i in 0..20_000 {
            text.push_str(&format!("{i},1\r\n"));
        }
        text.push_str("7,\"a\r\nb\r\nc\"\r\n8,2\r\n");
        let (rows, problems) = rows(&text, &["id", "amount"], &["id"]).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let lines: Vec<u64> = rows.iter().map(|r| r.0).collect();
        assert_eq!(lines[..2], [2, 3]);
        assert_eq!(lines[20_000..], [20_002, 20_005]);
    }

    #[test]
    fn the_rows_to_reserve_for_count_lines_with_something_on_them_in_plain_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.csv");
        std::fs::write(&file, "id,amount\r\n1,2\r\n\r\n\n\n3,4").unwrap();
        assert_eq!(rows_at_most(&file), 3);
        std::fs::write(&file, "\n".repeat(100_000)).unwrap();
        assert_eq!(rows_at_most(&file), 0);
        assert_eq!(rows_at_most(dir.path()), 0, "a directory");
        assert_eq!(rows_at_most(Path::new("-")), 0, "stdin");
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
