//! `affpay sandbox serve` and the in-process simulator behind `--sandbox`.

use crate::cli::{SandboxCommand, ServeArgs};
use crate::credentials::env_name;
use crate::providers;
use crate::sandbox::{Dispatcher, Server, token_for};
use anyhow::{Context, Result};
use clap::{ArgMatches, FromArgMatches};
use std::io::Write;

pub fn run(command: SandboxCommand, matches: &ArgMatches) -> Result<()> {
    let SandboxCommand::Serve(args) = command;
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

/// The simulator with default data on a free port, for `--sandbox`.
pub fn start_default() -> Result<Server> {
    let serve = crate::cli::build()
        .find_subcommand("sandbox")
        .and_then(|s| s.find_subcommand("serve"))
        .cloned()
        .context("the sandbox serve command")?;
    let matches = serve.try_get_matches_from(["serve"])?;
    let args = ServeArgs::from_arg_matches(&matches)?;
    Server::start(0, dispatcher(&matches, args.seed))
}

fn dispatcher(matches: &ArgMatches, seed: u64) -> Dispatcher {
    Dispatcher::new(
        providers::ALL
            .iter()
            .map(|p| p.sandbox_routes(matches, seed))
            .collect(),
    )
}
