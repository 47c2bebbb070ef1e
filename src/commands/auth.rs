//! `affpay auth`: storing, showing and removing provider secrets.
//!
//! A secret is never taken from argv (it would show in `ps` and shell history,
//! stripe-cli#1261): it comes from a hidden prompt or from stdin with `--with-token`.

use crate::cli::{AuthCommand, Global};
use crate::config::{Config, config_dir};
use crate::credentials::{Credentials, env_name};
use crate::error::{Kind, fail, usage};
use crate::keyring;
use crate::output::{Cell, ListWriter, Selection};
use crate::providers::{self, Provider};
use crate::secret::Secret;
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::io::{IsTerminal, Read};

const STATUS_COLUMNS: &[&str] = &["provider", "profile", "source", "secret", "note"];

pub fn run(command: AuthCommand, global: &Global) -> Result<()> {
    let dir = config_dir()?;
    let credentials = Credentials::new(dir.clone(), crate::config::data_dir()?);
    match command {
        AuthCommand::Login {
            provider,
            with_token,
            insecure_storage,
        } => {
            let provider = providers::by_name_or_alias(&provider)?;
            if !insecure_storage {
                check_keyring(provider, with_token, global)?;
            }
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

/// Fails before any secret is read when the keyring cannot store it, naming the ways that
/// work, with the flags the user gave.
fn check_keyring(provider: &dyn Provider, with_token: bool, global: &Global) -> Result<()> {
    let Err(problem) = keyring::get("affpay:probe") else {
        return Ok(());
    };
    let mut flags = String::new();
    if global.profile != "default" {
        flags.push_str(&format!(" --profile {}", global.profile));
    }
    if with_token {
        flags.push_str(" --with-token");
    }
    let name = provider.name();
    Err(fail(
        Kind::MissingCredential,
        format!(
            "{problem}. Nothing was read or stored. Either store the secret in a file with \
             `affpay auth login {name}{flags} --insecure-storage` (mode 0600), or provide it \
             unattended in the environment variable {}, in a file named by {} (mode 0600), \
             or with systemd's LoadCredential={name}:PATH",
            env_name(name, "TOKEN"),
            env_name(name, "TOKEN_FILE"),
        ),
    ))
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

/// One row per provider and known profile: where the secret comes from, masked. A keyring
/// that cannot be read is said once, on stderr, not in every row.
fn status(credentials: &Credentials, config: &Config, global: &Global) -> Result<()> {
    let selection = Selection::new(STATUS_COLUMNS, global.fields.as_deref())?;
    let mut profiles: BTreeSet<String> = config.profiles().into_iter().collect();
    profiles.extend(credentials.profiles()?);
    profiles.insert(global.profile.clone());
    let mut writer = ListWriter::new(global.output, selection, std::io::stdout().lock());
    let mut keyring_problem = None;
    for provider in providers::ALL {
        for profile in &profiles {
            let (source, masked, note) = match credentials.lookup(provider.name(), profile) {
                Ok(lookup) => {
                    if lookup.keyring_problem.is_some() {
                        keyring_problem = lookup.keyring_problem;
                    }
                    match &lookup.found {
                        Some(found) => {
                            (found.source.name(), Cell::text(found.secret.masked()), None)
                        }
                        None => ("none", Cell::Null, None),
                    }
                }
                // A secret file that is refused (readable by others, empty): said in its row.
                Err(err) => ("none", Cell::Null, Some(err.to_string())),
            };
            writer.row(vec![
                Cell::text(provider.name()),
                Cell::text(profile.as_str()),
                Cell::text(source),
                masked,
                Cell::opt_text(note),
            ])?;
        }
    }
    writer.finish(&[])?;
    if let Some(problem) = keyring_problem
        && !keyring::disabled()
    {
        eprintln!("affpay: note: {problem}; secrets stored there cannot be shown");
    }
    Ok(())
}
