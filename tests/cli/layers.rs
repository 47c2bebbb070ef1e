//! Layers that only point down: no two source files import each other, directly or round a
//! loop (the floors are drawn in `src/lib.rs`'s module doc).
//!
//! A file imports another when it names a module of it through `crate::`, `super::`, or a
//! child module it declares (a parent that declares a child sits above it, so a child that
//! reaches back into its parent's `mod.rs` is a loop too). Comments and test modules are left
//! out: a doc link or a test imports nothing the program runs. `.ci/import_cycles.py` prints
//! the same loops for a person.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[test]
fn no_source_file_imports_one_on_a_floor_above() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let refused = cycles(&root);
    assert!(
        refused.is_empty(),
        "files that import each other (see .ci/import_cycles.py): {refused:#?}"
    );
}

#[test]
fn the_check_finds_a_child_that_reaches_back_into_its_parent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |path: &str, text: &str| {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "pub mod a;\npub mod b;\n");
    write(
        "a/mod.rs",
        "mod child;\npub struct A;\npub fn f() { child::g() }\n",
    );
    write("a/child.rs", "use super::A;\npub fn g() {}\n");
    write("b.rs", "// crate::a is only named here\nuse crate::a::f;\n");
    let found = cycles(dir.path());
    assert_eq!(
        found,
        vec![vec!["a/child.rs".to_string(), "a/mod.rs".to_string()]]
    );

    write(
        "a/child.rs",
        "pub fn g() {}\n#[cfg(test)]\nmod tests { use super::super::A; }\n",
    );
    assert!(
        cycles(dir.path()).is_empty(),
        "a test module imports nothing"
    );
}

#[test]
fn a_provider_registered_in_the_macro_is_a_child_of_the_registry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |path: &str, text: &str| {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "pub mod providers;\n");
    write(
        "providers/mod.rs",
        "providers! {\n    acme::Acme,\n}\npub fn find() {}\n",
    );
    write(
        "providers/acme.rs",
        "use crate::providers::find;\npub struct Acme;\n",
    );
    assert_eq!(
        cycles(dir.path()),
        vec![vec![
            "providers/acme.rs".to_string(),
            "providers/mod.rs".to_string()
        ]]
    );
}

/// Every group of files that import each other, each sorted, as paths under `root`.
fn cycles(root: &Path) -> Vec<Vec<String>> {
    let files = modules(root);
    let by_module: BTreeMap<&[String], &str> = files
        .iter()
        .map(|(name, file)| (file.module.as_slice(), name.as_str()))
        .collect();
    let edges: BTreeMap<&str, BTreeSet<&str>> = files
        .iter()
        .map(|(name, file)| {
            let targets = file
                .references()
                .iter()
                .filter_map(|path| resolve(&by_module, path))
                .filter(|target| target != name)
                .collect();
            (name.as_str(), targets)
        })
        .collect();
    strongly_connected(&edges)
        .into_iter()
        .filter(|group| group.len() > 1)
        .map(|group| group.into_iter().map(str::to_string).collect())
        .collect()
}

/// One source file: its module path and its text without comments and test modules.
struct File {
    module: Vec<String>,
    text: String,
    children: Vec<String>,
}

/// The files under `root`, less those declared only for tests.
fn modules(root: &Path) -> BTreeMap<String, File> {
    let mut files = BTreeMap::new();
    for path in rust_files(root) {
        let relative = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let raw = std::fs::read_to_string(&path).unwrap();
        let text = without_comments(&raw);
        let text = match text.find("#[cfg(test)]\nmod tests") {
            Some(at) => text[..at].to_string(),
            None => text,
        };
        let mut module: Vec<String> = relative
            .trim_end_matches(".rs")
            .split('/')
            .map(str::to_string)
            .collect();
        if ["mod", "lib", "main"].contains(&module.last().unwrap().as_str()) {
            module.pop();
        }
        let children = declared(&text, false);
        files.insert(
            relative,
            File {
                module,
                text,
                children,
            },
        );
    }
    let tests: Vec<Vec<String>> = files
        .values()
        .flat_map(|file| {
            declared(&file.text, true)
                .into_iter()
                .map(|child| [file.module.clone(), vec![child]].concat())
        })
        .collect();
    files.retain(|_, file| !tests.contains(&file.module));
    files
}

/// Every `.rs` file under `dir`, at any depth.
pub(crate) fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// Each line up to a `//` that is not inside a string.
fn without_comments(text: &str) -> String {
    let mut kept = String::new();
    for line in text.lines() {
        let mut quotes = 0;
        let mut end = line.len();
        for (at, c) in line.char_indices() {
            if c == '"' {
                quotes += 1;
            } else if line[at..].starts_with("//") && quotes % 2 == 0 {
                end = at;
                break;
            }
        }
        kept.push_str(&line[..end]);
        kept.push('\n');
    }
    kept
}

/// The child modules a file declares (`mod name;`): those under `#[cfg(test)]` when `tests`,
/// else the others. The `providers! { folder::Struct, … }` call of `src/providers/mod.rs`
/// declares one module per line, `folder`, and so do those lines here.
fn declared(text: &str, tests: bool) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut children = Vec::new();
    let mut in_providers = false;
    for (at, line) in lines.iter().enumerate() {
        if *line == "providers! {" {
            in_providers = true;
            continue;
        }
        if in_providers {
            if *line == "}" {
                in_providers = false;
            } else if let Some((module, _)) = line.split_once("::")
                && !tests
            {
                children.push(module.to_string());
            }
            continue;
        }
        let line = line
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub ");
        let Some(name) = line.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) else {
            continue;
        };
        let for_tests = at > 0 && lines[at - 1] == "#[cfg(test)]";
        if for_tests == tests {
            children.push(name.to_string());
        }
    }
    children
}

impl File {
    /// Every module path the file names, from the crate root.
    fn references(&self) -> Vec<Vec<String>> {
        let mut found: Vec<Vec<String>> = self
            .children
            .iter()
            .map(|child| [self.module.clone(), vec![child.clone()]].concat())
            .collect();
        let words = tokens(&self.text);
        for (at, word) in words.iter().enumerate() {
            let after_path = at > 0 && words[at - 1] == "::";
            if after_path {
                continue;
            }
            let start = match word.as_str() {
                "crate" => Vec::new(),
                "super" => self.module.clone(),
                "self" => self.module.clone(),
                child if self.children.iter().any(|c| c == child) => self.module.clone(),
                _ => continue,
            };
            found.extend(paths_from(&words[at..], start));
        }
        found
    }
}

/// Identifiers, `::`, and the punctuation that ends or groups a path.
fn tokens(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        if c.is_alphanumeric() || c == '_' {
            let start = at;
            while at < chars.len() && (chars[at].is_alphanumeric() || chars[at] == '_') {
                at += 1;
            }
            words.push(chars[start..at].iter().collect());
            continue;
        }
        if c == ':' && chars.get(at + 1) == Some(&':') {
            words.push("::".to_string());
            at += 2;
            continue;
        }
        if !c.is_whitespace() {
            words.push(c.to_string());
        }
        at += 1;
    }
    words
}

/// The module paths a path starting at `words[0]` (`crate`, `self`, `super` or a child's
/// name) names: one, or one per item of a `{…}` group; none when no `::` follows, as in
/// `pub(super)`. `path` is where it starts: the crate root or the file's own module.
fn paths_from(words: &[String], mut path: Vec<String>) -> Vec<Vec<String>> {
    let is = |at: usize, word: &str| words.get(at).is_some_and(|w| w == word);
    let mut at = 1;
    match words[0].as_str() {
        "crate" | "self" => {}
        "super" => {
            path.pop();
            while is(at, "::") && is(at + 1, "super") {
                path.pop();
                at += 2;
            }
        }
        child => path.push(child.to_string()),
    }
    if !is(at, "::") {
        return Vec::new();
    }
    while is(at, "::") {
        match words.get(at + 1).map(String::as_str) {
            Some("{") => return group(&words[at + 2..], &path),
            Some(name) if name.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                path.push(name.to_string());
                at += 2;
            }
            _ => break,
        }
    }
    vec![path]
}

/// The first name of each item of a `{…}` group (`self` is the group's own module).
fn group(words: &[String], base: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for word in words {
        match word.as_str() {
            "{" => depth += 1,
            "}" if depth == 0 => break,
            "}" => depth -= 1,
            "," if depth == 0 => item_start = true,
            name if item_start && depth == 0 => {
                let item = if name == "self" {
                    &[][..]
                } else {
                    &[name.to_string()][..]
                };
                found.push([base, item].concat());
                item_start = false;
            }
            _ => item_start = false,
        }
    }
    found
}

/// The file of the longest known module that starts `path`.
fn resolve<'a>(modules: &BTreeMap<&[String], &'a str>, path: &[String]) -> Option<&'a str> {
    (1..=path.len())
        .rev()
        .find_map(|n| modules.get(&path[..n]).copied())
}

/// Tarjan's strongly connected components, each sorted.
fn strongly_connected<'a>(edges: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<Vec<&'a str>> {
    struct Walk<'a, 'e> {
        edges: &'e BTreeMap<&'a str, BTreeSet<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        groups: Vec<Vec<&'a str>>,
    }
    impl<'a> Walk<'a, '_> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for &w in &self.edges[v] {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let at = self.stack.iter().position(|&x| x == v).unwrap();
                let mut group = self.stack.split_off(at);
                group.sort();
                self.groups.push(group);
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        groups: Vec::new(),
    };
    for &v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.groups.sort();
    walk.groups
}
