//! Shell completions and man pages, generated from the same command tree as `--help`.
//!
//! The generated files are committed in `completions/` and `man/`; a test regenerates them
//! and fails when they differ, so they cannot drift from the code.

use clap_complete::Shell;

/// The completion script for one shell.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut command = crate::cli::build();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "affpay", &mut out);
    out
}

/// Every committed completion file: (file name, content).
pub fn completion_files() -> Vec<(String, Vec<u8>)> {
    [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ]
    .into_iter()
    .map(|shell| {
        let name = match shell {
            Shell::Bash => "affpay.bash".to_string(),
            Shell::Zsh => "_affpay".to_string(),
            Shell::Fish => "affpay.fish".to_string(),
            Shell::PowerShell => "_affpay.ps1".to_string(),
            _ => "affpay.elv".to_string(),
        };
        (name, completion(shell))
    })
    .collect()
}

/// A man page for the binary and one for every subcommand: (file name, roff).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut command = crate::cli::build();
    command.build();
    let mut pages = Vec::new();
    collect_pages(&command, "affpay", &mut pages);
    pages
}

fn collect_pages(command: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let named = command.clone().name(name.to_string());
    let mut roff = Vec::new();
    clap_mangen::Man::new(named)
        .render(&mut roff)
        .expect("rendering into memory cannot fail");
    pages.push((format!("{name}.1"), roff));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        if sub.get_name() == "help" {
            continue;
        }
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}
