//! The committed completions and man pages must match what the code generates, or users get
//! completions for flags that no longer exist; so must the README's capability table, or
//! users are told of commands that are not there. Regenerate with
//! `AFFPAY_UPDATE_GENERATED=1 cargo test --test cli generated`.

use crate::util::{Env, ok, rows};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn check(dir: &str, expected: Vec<(String, Vec<u8>)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let expected: BTreeMap<String, Vec<u8>> = expected.into_iter().collect();
    if std::env::var_os("AFFPAY_UPDATE_GENERATED").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, content) in &expected {
            std::fs::write(dir.join(name), content).unwrap();
        }
    }
    let committed: BTreeMap<String, Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    let stale: Vec<&String> = expected
        .keys()
        .chain(committed.keys())
        .filter(|name| expected.get(*name) != committed.get(*name))
        .collect();
    assert!(
        stale.is_empty(),
        "{} is stale ({stale:?}); run AFFPAY_UPDATE_GENERATED=1 cargo test --test cli generated",
        dir.display()
    );
}

#[test]
fn completions_are_current() {
    check("completions", affpay::generate::completion_files());
}

#[test]
fn man_pages_are_current() {
    let pages = affpay::generate::man_pages();
    assert!(
        pages
            .iter()
            .any(|(name, _)| name == "affpay-travelpayouts-actions-show.1")
    );
    check("man", pages);
}

#[test]
fn man_pages_have_environment_files_and_exit_status_and_no_dangling_links() {
    let pages: BTreeMap<String, String> = affpay::generate::man_pages()
        .into_iter()
        .map(|(name, roff)| (name, String::from_utf8(roff).unwrap()))
        .collect();
    let top = &pages["affpay.1"];
    for section in [
        ".SH \"ENVIRONMENT\"",
        ".SH \"FILES\"",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(top.contains(section), "affpay.1 has no {section}");
    }
    for needle in ["AFFPAY_TRACKDESK_TENANT", "AFFPAY_TIMEOUT", "config.toml"] {
        assert!(top.contains(&needle.replace('-', "\\-")), "{needle}");
    }
    // The exit codes come from error.rs's one table, on every page.
    let table = affpay::exit_codes_text!();
    for (name, page) in &pages {
        assert!(page.contains(".SH \"EXIT STATUS\""), "{name}");
        assert!(page.contains("\\fB143\\fR"), "{name}: {table}");
        for link in page.split_whitespace().filter(|w| w.ends_with("(1)")) {
            let file = format!("{}.1", link.trim_end_matches("(1)").replace("\\-", "-"));
            assert!(
                pages.contains_key(&file),
                "{name} links to {link}, which has no page"
            );
        }
    }
    // Example commands are kept on their lines, not filled into prose.
    let settle = &pages["affpay-smartico-settle.1"];
    let example = "  affpay smartico settle \\-\\-from\\-csv payouts.csv \\-\\-yes";
    let at = settle.find(example).expect("the example");
    let nf = settle[..at].rfind(".nf").expect("in a no-fill block");
    assert!(!settle[nf..at].contains(".fi"), "{settle}");
}

/// The README's capability table as `affpay providers -o json` renders it: a command in
/// backticks with its note in brackets, or `no:` and why not.
/// (`providers::the_readme_table_is_the_matrix` compares it cell by cell too.)
fn capability_table() -> String {
    const VERBS: [&str; 6] = [
        "balance", "actions", "payouts", "settle", "adjust", "cancel",
    ];
    let output = Env::new()
        .cmd()
        .args(["providers", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    let mut table = format!("| provider | {} |\n", VERBS.join(" | "));
    table.push_str(&format!("|---{}|\n", "|---".repeat(VERBS.len())));
    for row in rows(&output) {
        let mut line = format!("| {}", row["provider"].as_str().unwrap());
        for verb in VERBS {
            let cell = &row[verb];
            let text = match (&cell["command"], cell["note"].as_str()) {
                (Value::String(command), None) => format!("`{command}`"),
                (Value::String(command), Some(note)) => format!("`{command}` ({note})"),
                (_, Some(note)) => format!("no: {note}"),
                (_, None) => panic!("{verb} of {row}: neither a command nor a note"),
            };
            line.push_str(&format!(" | {text}"));
        }
        table.push_str(&line);
        table.push_str(" |\n");
    }
    table
}

#[test]
fn the_readme_capability_table_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let expected = capability_table();
    let header = expected.lines().next().unwrap();
    let start = readme.find(header).expect("the README's capability table");
    let length = readme[start..]
        .split_inclusive('\n')
        .take_while(|line| line.starts_with('|'))
        .map(str::len)
        .sum::<usize>();
    let committed = &readme[start..start + length];
    if std::env::var_os("AFFPAY_UPDATE_GENERATED").is_some() && committed != expected {
        let updated = format!(
            "{}{expected}{}",
            &readme[..start],
            &readme[start + length..]
        );
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        committed, expected,
        "README.md's capability table is stale; run AFFPAY_UPDATE_GENERATED=1 cargo test --test cli generated"
    );
}
