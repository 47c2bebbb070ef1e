//! `affpay auth`: storing, showing and removing provider secrets.
//!
//! A secret is never taken from argv (it would show in `ps` and shell history,
//! stripe-cli#1261): it comes from a hidden prompt or from stdin with `--with-token`.

use crate::cli::AuthCommand;
use crate::config::{Config, config_dir};
use crate::context::Context;
use crate::context::Global;
use crate::credentials::{Credentials, env_name};
use crate::error::{Kind, fail, usage};
use crate::keyring;
use crate::output::{Cell, ListWriter};
use crate::providers::{self, Checked, Provider};
use crate::record::{self, Column};
use crate::secret::Secret;
use anyhow::{Context as _, Result};
use std::collections::BTreeSet;
use std::io::{IsTerminal, Read};

/// The columns of `auth status`, each read from its [`Row`].
const STATUS_COLUMNS: &[Column<Row>] = &[
    Column::new("provider", |r| Cell::text(r.provider)),
    Column::new("profile", |r| Cell::text(&r.profile)),
    Column::new("source", |r| Cell::text(r.source)),
    Column::new("secret", |r| Cell::opt_text(r.masked.as_deref())),
    Column::new("note", |r| Cell::opt_text(r.note.as_deref())),
];

/// The column `--check` adds.
const CHECK_COLUMNS: &[Column<Row>] =
    &[Column::new("check", |r| Cell::opt_text(r.check.as_deref()))];

/// One provider and profile: where its secret comes from, masked.
struct Row {
    provider: &'static str,
    profile: String,
    source: &'static str,
    masked: Option<String>,
    /// Why a secret file was refused.
    note: Option<String>,
    /// With `--check`, the verdict for the active profile.
    check: Option<String>,
}

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
            crate::notice!(
                "affpay: stored the {} secret for profile {} in {place}",
                provider.name(),
                global.profile
            );
            warn_if_env_wins(provider);
            Ok(())
        }
        AuthCommand::Status { check } => status(&credentials, &Config::load(&dir)?, global, check),
        AuthCommand::Logout { provider } => {
            let provider = providers::by_name_or_alias(&provider)?;
            let removed = credentials.remove(provider.name(), &global.profile)?;
            if removed.is_empty() {
                crate::notice!(
                    "affpay: nothing stored: no {} secret for profile {}",
                    provider.name(),
                    global.profile
                );
            } else {
                let places: Vec<_> = removed.iter().map(|s| s.name()).collect();
                crate::notice!(
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
        crate::notice!("affpay: note: {env} is set and takes precedence over stored secrets");
    }
}

/// One row per provider and known profile: where the secret comes from, masked. A keyring
/// that cannot be read is said once, on stderr, not in every row.
/// With `check`, the active profile's credentials are each tried once (see [`Provider::check`]).
fn status(credentials: &Credentials, config: &Config, global: &Global, check: bool) -> Result<()> {
    let tables: &[&[Column<Row>]] = if check {
        &[STATUS_COLUMNS, CHECK_COLUMNS]
    } else {
        &[STATUS_COLUMNS]
    };
    let selection = record::joined_selection(tables, global.fields.as_deref())?;
    let ctx = if check {
        Some(Context::new(global.clone())?)
    } else {
        None
    };
    let mut checks = Checks::default();
    let mut profiles: BTreeSet<String> = config.profiles().into_iter().collect();
    profiles.extend(credentials.profiles()?);
    profiles.insert(global.profile.clone());
    let mut writer =
        ListWriter::new(global.output, selection, std::io::stdout().lock()).excel(global.excel);
    let mut keyring_problem = None;
    for provider in providers::ALL {
        for profile in &profiles {
            let (source, masked, note) = match credentials.lookup(provider.name(), profile) {
                Ok(lookup) => {
                    if lookup.keyring_problem.is_some() {
                        keyring_problem = lookup.keyring_problem;
                    }
                    match &lookup.found {
                        Some(found) => (found.source.name(), Some(found.secret.masked()), None),
                        None => ("none", None, None),
                    }
                }
                // A secret file that is refused (readable by others, empty): said in its row.
                Err(err) => ("none", None, Some(err.to_string())),
            };
            let check = match &ctx {
                Some(ctx) if *profile == global.profile => {
                    checks.run(ctx, *provider, source, note.is_some(), config)
                }
                _ => None,
            };
            let row = Row {
                provider: provider.name(),
                profile: profile.clone(),
                source,
                masked,
                note,
                check,
            };
            writer.row(record::joined_cells(tables, &row))?;
        }
    }
    writer.finish(&[])?;
    if let Some(problem) = keyring_problem
        && !keyring::disabled()
    {
        crate::notice!("affpay: note: {problem}; secrets stored there cannot be shown");
    }
    if check {
        checks.verdict(&global.profile)?;
    }
    Ok(())
}

/// What `auth status --check` found for the active profile.
#[derive(Default)]
struct Checks {
    accepted: Vec<&'static str>,
    missing: Vec<&'static str>,
    rejected: Vec<&'static str>,
    /// The first failure that was neither (network, an unreadable answer), with its error.
    failed: Vec<(&'static str, anyhow::Error)>,
}

impl Checks {
    /// Tries one provider's credential; `None` when it has neither a credential nor settings
    /// for this profile (not configured, so not checked).
    fn run(
        &mut self,
        ctx: &Context,
        provider: &'static dyn Provider,
        source: &str,
        refused_file: bool,
        config: &Config,
    ) -> Option<String> {
        let name = provider.name();
        if source == "none" {
            let has_settings = config
                .entries(&ctx.global.profile)
                .iter()
                .any(|(key, _)| key.split_once('.').is_some_and(|(p, _)| p == name));
            if !has_settings && !refused_file {
                return None;
            }
            self.missing.push(name);
            return Some("missing".to_string());
        }
        match providers::try_credential(provider, ctx) {
            Checked::Accepted => {
                self.accepted.push(name);
                Some("ok".to_string())
            }
            Checked::Rejected => {
                self.rejected.push(name);
                Some("rejected".to_string())
            }
            Checked::Missing => {
                self.missing.push(name);
                Some("missing".to_string())
            }
            Checked::Failed(err) => {
                let verdict = format!("failed: {err}");
                self.failed.push((name, err));
                Some(verdict)
            }
        }
    }

    /// Exit 4 if a credential was refused, 3 if one is missing or none is configured, the
    /// failure's own code if a check could not be made; 0 when every one was accepted.
    fn verdict(self, profile: &str) -> Result<()> {
        if !self.rejected.is_empty() {
            return Err(fail(
                Kind::CredentialRejected,
                format!(
                    "refused credential for profile {profile}: {}",
                    self.rejected.join(", ")
                ),
            ));
        }
        if !self.missing.is_empty() {
            return Err(fail(
                Kind::MissingCredential,
                format!(
                    "missing credential for profile {profile}: {}",
                    self.missing.join(", ")
                ),
            ));
        }
        if let Some((name, err)) = self.failed.into_iter().next() {
            return Err(err.context(format!("{name} could not be checked")));
        }
        if self.accepted.is_empty() {
            return Err(fail(
                Kind::MissingCredential,
                format!(
                    "no credential is configured for profile {profile}; see `affpay auth login --help`"
                ),
            ));
        }
        Ok(())
    }
}
