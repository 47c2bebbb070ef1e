//! The committed completions and man pages must match what the code generates, or users get
//! completions for flags that no longer exist. Regenerate with
//! `AFFPAY_UPDATE_GENERATED=1 cargo test --test cli generated`.

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
