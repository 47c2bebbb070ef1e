//! Files that each hold one concern: a `.rs` file under `src/` or `tests/` over 400 lines says
//! in its leading `//!` doc why it is long, in a line with "long" and "because" in it, so a
//! file that grew past one concern is split by concern rather than left to grow.

use crate::layers::rust_files;
use std::path::Path;

/// The longest a file may be without saying why in its module doc: past it, a reader has more
/// to hold than one concern usually needs.
const LONG: usize = 400;

#[test]
fn every_long_file_says_why_in_its_module_doc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut unexplained = Vec::new();
    for dir in ["src", "tests"] {
        for path in rust_files(&root.join(dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            if long_without_a_reason(&text) {
                unexplained.push(path.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    assert!(
        unexplained.is_empty(),
        "files over {LONG} lines whose leading //! doc has no line saying why (with \"long\" \
         and \"because\"): split them by concern or say why: {unexplained:#?}"
    );
}

#[test]
fn the_length_check_refuses_a_long_file_without_a_reason() {
    let body = "fn f() {}\n".repeat(LONG);
    let bare = format!("//! Things.\n{body}");
    assert!(long_without_a_reason(&bare));
    let explained =
        format!("//! Things.\n//!\n//! It is long because every thing is here.\n{body}");
    assert!(!long_without_a_reason(&explained));
    // The reason belongs to the module doc, not to a comment further down.
    let buried = format!("//! Things.\n{body}// Long because of reasons.\n");
    assert!(long_without_a_reason(&buried));
    // "belongs" is not "long".
    let unrelated = format!("//! Each thing belongs here because it is a thing.\n{body}");
    assert!(long_without_a_reason(&unrelated));
    let short = "//! Things.\nfn f() {}\n";
    assert!(!long_without_a_reason(short));
}

/// Whether `text` is over [`LONG`] lines and no line of its leading `//!` doc says why: one
/// with the words "long" (or "longer") and "because" in it, in any case.
fn long_without_a_reason(text: &str) -> bool {
    let says_why = |line: &str| {
        let words: Vec<String> = line
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect();
        let has = |word: &str| words.iter().any(|w| w == word);
        (has("long") || has("longer")) && has("because")
    };
    text.lines().count() > LONG
        && !text
            .lines()
            .take_while(|line| line.starts_with("//!"))
            .any(says_why)
}
