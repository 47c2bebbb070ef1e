//! CSV files that drive money-moving batches: read from a file or stdin, checked against the
//! columns a command knows, and reported row by row with line numbers, so a bad file is
//! refused whole — every bad row listed — before anything is sent.

use crate::error::usage;
use anyhow::Result;
use std::io::Read;
use std::path::Path;

/// One data row: its line in the file and its non-empty, trimmed cells by column name.
#[derive(Debug)]
pub struct Row {
    pub line: u64,
    cells: Vec<(String, String)>,
}

impl Row {
    pub fn get(&self, column: &str) -> Option<&str> {
        self.cells
            .iter()
            .find(|(name, value)| name == column && !value.is_empty())
            .map(|(_, value)| value.as_str())
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

/// The rows of a CSV, plus the problems found in its shape (unknown columns, rows with the
/// wrong number of fields). Missing `required` columns refuse the file at once.
pub fn rows(
    text: &str,
    name: &str,
    known: &[&str],
    required: &[&str],
) -> Result<(Vec<Row>, Vec<String>)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| usage(format!("{name}: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
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
    if required.iter().any(|r| !headers.iter().any(|h| h == r)) {
        problems.push(format!(
            "line 1: the columns {} are required",
            required.join(" and ")
        ));
        return Err(refuse(name, &problems));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != headers.len() {
            problems.push(format!(
                "line {line}: {} fields, the header has {}",
                record.len(),
                headers.len()
            ));
            continue;
        }
        let cells = headers
            .iter()
            .cloned()
            .zip(record.iter().map(|v| v.trim().to_string()))
            .collect();
        rows.push(Row { line, cells });
    }
    Ok((rows, problems))
}

/// The usage error that refuses a file, listing every problem.
pub fn refuse(name: &str, problems: &[String]) -> anyhow::Error {
    usage(format!(
        "{name} has {} problem(s); nothing was sent:\n  {}",
        problems.len(),
        problems.join("\n  ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keep_their_line_numbers_and_shape_problems_are_listed() {
        let text = "id,amount,bonus\n1,2,x\n3\n4,5,\n";
        let (rows, problems) = rows(text, "f.csv", &["id", "amount"], &["id"]).unwrap();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(rows[1].get("amount"), Some("5"));
        assert_eq!(rows[1].get("bonus"), None, "empty cells read as absent");
        assert!(
            problems[0].contains("unknown column(s) [\"bonus\"]"),
            "{problems:?}"
        );
        assert!(problems[1].starts_with("line 3: 1 fields"), "{problems:?}");
        assert!(super::rows("amount\n1\n", "f.csv", &["id", "amount"], &["id"]).is_err());
    }
}
