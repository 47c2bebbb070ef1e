//! Build facts for `affpay version -v`: the commit, the target and the enabled features.
//! Works from a clean clone and from a source tarball without .git (the commit is then
//! "unknown"), and never fails the build.

use std::process::Command;

fn main() {
    let commit = in_own_repository()
        .then(|| git(&["rev-parse", "--short=12", "HEAD"]))
        .flatten()
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=AFFPAY_COMMIT={commit}");
    let target = std::env::var("TARGET").unwrap_or_else(|_| "unknown".into());
    println!("cargo:rustc-env=AFFPAY_TARGET={target}");
    let mut features: Vec<String> = std::env::vars()
        .filter_map(|(k, _)| k.strip_prefix("CARGO_FEATURE_").map(str::to_string))
        .map(|f| f.to_ascii_lowercase().replace('_', "-"))
        .collect();
    features.sort();
    println!("cargo:rustc-env=AFFPAY_FEATURES={}", features.join(","));
    // Rebuild when HEAD moves (a commit or a checkout), not on every build: only files that
    // exist, since cargo reruns a script whose watched file is missing every time.
    let branch = git(&["symbolic-ref", "-q", "HEAD"]);
    let watched = ["HEAD", "packed-refs"].into_iter().chain(branch.as_deref());
    for path in watched {
        if let Some(file) = git(&["rev-parse", "--git-path", path])
            && std::path::Path::new(&file).exists()
        {
            println!("cargo:rerun-if-changed={file}");
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}

/// Whether the sources are a git checkout of their own, not a tarball unpacked inside some
/// other repository.
fn in_own_repository() -> bool {
    let top = git(&["rev-parse", "--show-toplevel"]).and_then(|t| std::fs::canonicalize(t).ok());
    let here = std::env::var("CARGO_MANIFEST_DIR")
        .ok()
        .and_then(|d| std::fs::canonicalize(d).ok());
    top.is_some() && top == here
}

/// One line of git's output, or None without git or outside a repository.
fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let line = text.trim();
    (output.status.success() && !line.is_empty()).then(|| line.to_string())
}
