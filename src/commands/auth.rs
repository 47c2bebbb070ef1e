//! `affpay auth`: storing, showing and removing provider secrets.
//!
//! A secret is never taken from argv (it would show in `ps` and shell history,
//! stripe-cli#1261): it comes from a hidden prompt or from stdin with `--with-token`.

use crate::cli::{AuthCommand, Global};
use crate::config::{Config, config_dir};
use crate::credentials::{Credentials, env_name};
use crate::error::usage;
use crate::output::{Cell, ListWriter, Selection};
use crate::providers::{self, Provider};
use crate::secret::Secret;
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::io::{IsTerminal, Read};

const STATUS_COLUMNS: &[&str] = &["provider", "profile", "source", "secret", "note"];

pub fn run(command: AuthCommand, global: &Global) -> Result<()> {
    let dir = config_dir()?;
    let credentials = Credentials::new(dir.clone());
    match command {
        AuthCommand::Login {
            provider,
            with_token,
            insecure_storage,
        } => {
            let provider = providers::by_name_or_alias(&provider)?;
            let secret = read_secret(provider, with_token, global.no_input)?;
            let source =
                credentials.store(provider.name(), &global.profile, &secret, insecure_storage)?;
            let place = match source {
                crate::credentials::Source::File => credentials.file_path().display().to_string(),
                _ => "the OS keyring".to_string(),
            };
            eprintln!(
                "affpay: stored the {} secret for profile {} in {place}",
                provider.name(),
                global.profile
            );
            warn_if_env_wins(provider);
            Ok(())
        }
        AuthCommand::Status => status(&credentials, &Config::load(&dir)?, global),
        AuthCommand::Logout { provider } => {
            let provider = providers::by_name_or_alias(&provider)?;
            let removed = credentials.remove(provider.name(), &global.profile)?;
            if removed.is_empty() {
                eprintln!(
                    "affpay: nothing stored: no {} secret for profile {}",
                    provider.name(),
                    global.profile
                );
            } else {
                let places: Vec<_> = removed.iter().map(|s| s.name()).collect();
                eprintln!(
                    "affpay: removed the {} secret for profile {} from: {}",
                    provider.name(),
                    global.profile,
                    places.join(", ")
                );
            }
            warn_if_env_wins(provider);
            Ok(())
        }
    }
}

fn read_secret(provider: &dyn Provider, with_token: bool, no_input: bool) -> Result<Secret> {
    let value = if with_token {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the secret from stdin")?;
        text.trim().to_string()
    } else if std::io::stdin().is_terminal() && !no_input {
        dialoguer::Password::new()
            .with_prompt(format!("{} secret", provider.name()))
            .interact()
            .context("cannot read the secret from the terminal")?
            .trim()
            .to_string()
    } else {
        return Err(usage(
            "no terminal to prompt on: pipe the secret in with --with-token",
        ));
    };
    if value.is_empty() {
        return Err(usage("the secret is empty; nothing was stored"));
    }
    Ok(Secret::new(value))
}

fn warn_if_env_wins(provider: &dyn Provider) {
    let env = env_name(provider.name(), "TOKEN");
    if std::env::var_os(&env).is_some_and(|v| !v.is_empty()) {
        eprintln!("affpay: note: {env} is set and takes precedence over stored secrets");
    }
}

/// One row per provider and known profile: where the secret comes from, masked.
fn status(credentials: &Credentials, config: &Config, global: &Global) -> Result<()> {
    let selection = Selection::new(STATUS_COLUMNS, global.fields.as_deref())?;
    let mut profiles: BTreeSet<String> = config.profiles().into_iter().collect();
    profiles.extend(credentials.profiles()?);
    profiles.insert(global.profile.clone());
    let mut writer =
        ListWriter::new(global.output, selection, std::io::stdout().lock()).excel(global.excel);
    for provider in providers::ALL {
        for profile in &profiles {
            let lookup = credentials.lookup(provider.name(), profile)?;
            let (source, masked) = match &lookup.found {
                Some(found) => (found.source.name(), Cell::text(found.secret.masked())),
                None => ("none", Cell::Null),
            };
            writer.row(vec![
                Cell::text(provider.name()),
                Cell::text(profile.as_str()),
                Cell::text(source),
                masked,
                Cell::opt_text(lookup.keyring_problem.map(|p| p.to_string())),
            ])?;
        }
    }
    writer.finish(&[])
}
