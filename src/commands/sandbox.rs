//! `affpay sandbox serve`, `affpay sandbox reset` and the in-process simulator behind
//! `--sandbox`.
//!
//! `serve` starts from the seeded data every time and keeps its state in memory: its options
//! shape the data (how many affiliates, which faults), which a recorded state made with other
//! options could not honour, and benchmarks and tests need a known start. `--sandbox` records
//! its changes in the sandbox data directory (`crate::sandbox::recorded`) so that a sequence
//! of commands behaves like one account, until `reset`.

use crate::cli::{SandboxCommand, ServeArgs};
use crate::credentials::env_name;
use crate::providers;
use crate::sandbox::recorded::{Recorded, log_path};
use crate::sandbox::{Dispatcher, Options, Server, token_for};
use anyhow::{Context, Result};
use clap::{ArgMatches, FromArgMatches};
use std::io::Write;
use std::path::Path;

pub fn run(command: SandboxCommand, matches: &ArgMatches) -> Result<()> {
    match command {
        SandboxCommand::Serve(args) => serve(&args, matches),
        SandboxCommand::Reset => reset(&crate::context::sandbox_dir()?),
    }
}

fn serve(args: &ServeArgs, matches: &ArgMatches) -> Result<()> {
    let serve_matches = matches
        .subcommand_matches("sandbox")
        .and_then(|m| m.subcommand_matches("serve"))
        .context("sandbox serve options")?;
    let server = Server::start(args.port, dispatcher(serve_matches, args.seed))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "affpay sandbox listening on {}", server.url())?;
    for provider in providers::ALL {
        writeln!(
            out,
            "export {}={} {}={}",
            env_name(provider.name(), "URL"),
            server.url(),
            env_name(provider.name(), "TOKEN"),
            token_for(provider.name())
        )?;
    }
    out.flush()?;
    if let Some(path) = &args.url_file {
        std::fs::write(path, server.url())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    server.wait();
    Ok(())
}

/// The default options of `sandbox serve` and its seed.
fn default_options() -> Result<(ArgMatches, u64)> {
    let serve = crate::cli::build()
        .find_subcommand("sandbox")
        .and_then(|s| s.find_subcommand("serve"))
        .cloned()
        .context("the sandbox serve command")?;
    let matches = serve.try_get_matches_from(["serve"])?;
    let seed = ServeArgs::from_arg_matches(&matches)?.seed;
    Ok((matches, seed))
}

/// The simulator with default data on a free port, its state in memory only.
pub fn start_default() -> Result<Server> {
    let (matches, seed) = default_options()?;
    Server::start(0, dispatcher(&matches, seed))
}

/// The simulator with default data on a free port, brought up to date with the state that
/// earlier `--sandbox` runs recorded in `sandbox_dir`, recording its own changes there.
pub fn start_recorded(sandbox_dir: &Path) -> Result<Server> {
    let (matches, seed) = default_options()?;
    let recorded = Recorded::open(log_path(sandbox_dir), move || dispatcher(&matches, seed))?;
    Server::start(0, recorded)
}

fn dispatcher(matches: &ArgMatches, seed: u64) -> Dispatcher {
    Dispatcher::new(
        providers::ALL
            .iter()
            .map(|p| p.sandbox_routes(&Options::new(matches, p.name()), seed))
            .collect(),
    )
}

/// Empties the sandbox data directory. The simulator's log is truncated under its lock
/// rather than removed, so a `--sandbox` run in progress sees it shorter and starts over from
/// the seed instead of appending to a file no one will read.
fn reset(dir: &Path) -> Result<()> {
    if !dir.exists() {
        crate::notice!(
            "affpay: the sandbox is already at its seeded data (nothing in {})",
            dir.display()
        );
        return Ok(());
    }
    let log = log_path(dir);
    let file = crate::files::create_private(&log)?;
    file.lock()
        .with_context(|| format!("cannot lock {}", log.display()))?;
    let recorded = file.metadata()?.len() > 0;
    file.set_len(0)
        .with_context(|| format!("cannot empty {}", log.display()))?;
    let mut removed = usize::from(recorded);
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path == log {
            continue;
        }
        let gone = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        gone.with_context(|| format!("cannot remove {}", path.display()))?;
        removed += 1;
    }
    if removed == 0 {
        crate::notice!(
            "affpay: the sandbox is already at its seeded data (nothing in {})",
            dir.display()
        );
        return Ok(());
    }
    crate::notice!(
        "affpay: sandbox reset: the simulator is back to its seeded data and the sandbox journal is empty ({removed} removed from {})",
        dir.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_providers_or_routes_claim_the_same_path() {
        let (matches, seed) = default_options().unwrap();
        assert_eq!(dispatcher(&matches, seed).conflicts(), Vec::<String>::new());
    }
}
