//! `affpay providers`: what affpay can do with each provider, and how each profile reaches it.
//!
//! The matrix is provider × verb (`balance`, `actions`, `payouts`, `settle`, `adjust`,
//! `cancel`): each cell is the command that does it, or why there is none (the vendor has no
//! such API, or affpay does not wrap it yet). Every provider declares its own row through
//! `Provider::capabilities`, so this command names no provider, and a test holds each
//! declared command to the real command tree and the README's table to this output. Beside
//! it, each configured profile (one with a secret from any source) with its base URL and
//! where its secret comes from — never the secret itself.

use crate::config::{Config, config_dir};
use crate::context::Context;
use crate::context::Global;
use crate::credentials::Credentials;
use crate::output::{Cell, Format, ListWriter};
use crate::providers::{self, Capability, Provider};
use crate::record::{self, Column};
use anyhow::Result;
use serde_json::json;
use std::collections::BTreeSet;

/// `provider`, the verbs of [`providers::VERBS`] in order, then `profiles`.
const COLUMNS: &[Column<Row>] = &[
    Column::new("provider", |r| Cell::text(r.provider.name())),
    Column::new("balance", |r| r.capability("balance")),
    Column::new("actions", |r| r.capability("actions")),
    Column::new("payouts", |r| r.capability("payouts")),
    Column::new("settle", |r| r.capability("settle")),
    Column::new("adjust", |r| r.capability("adjust")),
    Column::new("cancel", |r| r.capability("cancel")),
    Column::new("profiles", |r| profiles_cell(&r.profiles, r.format)),
];

/// The sub-records of `profiles` in machine formats.
const PROFILE_COLUMNS: &[Column<Configured>] = &[
    Column::new("profile", |c| Cell::text(&c.profile)),
    Column::new("url", |c| Cell::opt_text(c.url.as_deref())),
    Column::new("source", |c| Cell::text(c.source)),
    Column::new("note", |c| Cell::opt_text(c.note.as_deref())),
];

/// One provider's row: its capabilities, and the profiles that reach it.
struct Row {
    provider: &'static dyn Provider,
    profiles: Vec<Configured>,
    /// The cells differ between a table and the machine formats.
    format: Format,
}

impl Row {
    fn capability(&self, verb: &str) -> Cell {
        let found = self.provider.capabilities().iter().find(|c| c.verb == verb);
        capability_cell(found, self.format)
    }
}

pub fn run(global: &Global) -> Result<()> {
    let selection = record::selection(COLUMNS, global.fields.as_deref())?;
    let dir = config_dir()?;
    let credentials = Credentials::new(dir.clone(), crate::config::data_dir()?);
    let config = Config::load(&dir)?;
    let mut profiles: BTreeSet<String> = config.profiles().into_iter().collect();
    profiles.extend(credentials.profiles()?);
    profiles.insert(global.profile.clone());
    let contexts = profiles
        .iter()
        .map(|profile| {
            let global = Global {
                profile: profile.clone(),
                sandbox: false,
                ..global.clone()
            };
            Context::new(global).map(|ctx| (profile.as_str(), ctx))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut writer =
        ListWriter::new(global.output, selection, std::io::stdout().lock()).excel(global.excel);
    for provider in providers::ALL {
        let row = Row {
            provider: *provider,
            profiles: configured_profiles(*provider, &contexts, &credentials)?,
            format: global.output,
        };
        writer.row(record::cells(COLUMNS, &row))?;
    }
    writer.finish(&[])
}

/// A cell as people read it: the command, with its note in parentheses; or `no: ` and why.
pub fn capability_text(capability: Option<&Capability>) -> String {
    match capability {
        Some(Capability {
            command: Some(command),
            note: Some(note),
            ..
        }) => format!("{command} ({note})"),
        Some(Capability {
            command: Some(command),
            note: None,
            ..
        }) => command.to_string(),
        Some(Capability {
            command: None,
            note: Some(why),
            ..
        }) => format!("no: {why}"),
        _ => "no: not declared".to_string(),
    }
}

/// Text in a table and CSV; `{"command", "note"}` in JSON and NDJSON, for scripts.
fn capability_cell(capability: Option<&Capability>, format: Format) -> Cell {
    match format {
        Format::Json | Format::Ndjson => Cell::Json(json!({
            "command": capability.and_then(|c| c.command),
            "note": capability.map_or(Some("not declared"), |c| c.note),
        })),
        Format::Table | Format::Csv => Cell::text(capability_text(capability)),
    }
}

/// One configured profile: its name, base URL (or why there is none) and secret source.
struct Configured {
    profile: String,
    url: Option<String>,
    source: &'static str,
    note: Option<String>,
}

fn configured_profiles(
    provider: &dyn Provider,
    contexts: &[(&str, Context)],
    credentials: &Credentials,
) -> Result<Vec<Configured>> {
    let mut configured = Vec::new();
    for (profile, ctx) in contexts {
        let Some(found) = credentials.lookup(provider.name(), profile)?.found else {
            continue;
        };
        let (url, note) = match ctx.base_url(provider) {
            Ok(url) => (Some(url.as_str().trim_end_matches('/').to_string()), None),
            Err(e) => (None, Some(e.to_string())),
        };
        configured.push(Configured {
            profile: profile.to_string(),
            url,
            source: found.source.name(),
            note,
        });
    }
    Ok(configured)
}

/// `profile: url (source)` per line in a table; a list of records in machine formats.
fn profiles_cell(configured: &[Configured], format: Format) -> Cell {
    if format == Format::Table {
        let lines: Vec<String> = configured
            .iter()
            .map(|c| {
                let url = c.url.as_deref().or(c.note.as_deref()).unwrap_or("-");
                format!("{}: {url} ({})", c.profile, c.source)
            })
            .collect();
        return Cell::text(lines.join("\n"));
    }
    record::nested(PROFILE_COLUMNS, configured)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_are_the_verbs_in_order() {
        let names = record::names(COLUMNS);
        assert_eq!(&names[1..names.len() - 1], providers::VERBS);
    }

    #[test]
    fn every_provider_declares_every_verb_once_in_order() {
        for provider in providers::ALL {
            let verbs: Vec<_> = provider.capabilities().iter().map(|c| c.verb).collect();
            assert_eq!(verbs, providers::VERBS, "{}", provider.name());
            for c in provider.capabilities() {
                assert!(
                    c.command.is_some() || c.note.is_some(),
                    "{} {}: an absent verb says why",
                    provider.name(),
                    c.verb
                );
                for text in [c.command, c.note].into_iter().flatten() {
                    // The README's markdown table holds these texts as they are.
                    assert!(!text.contains(['|', '`', '\n']), "{text}");
                }
            }
        }
    }

    /// The matrix is true: a declared command is a real subcommand of the provider, and an
    /// absent verb has no subcommand of that name.
    #[test]
    fn declared_commands_exist_and_absent_verbs_do_not() {
        let tree = crate::cli::build();
        for provider in providers::ALL {
            let own = tree.find_subcommand(provider.name()).expect("registered");
            for c in provider.capabilities() {
                match c.command {
                    Some(command) => {
                        let mut words = command.split(' ');
                        assert_eq!(words.next(), Some(provider.name()), "{command}");
                        let mut at = own;
                        for word in words {
                            at = at
                                .find_subcommand(word)
                                .unwrap_or_else(|| panic!("`affpay {command}` does not exist"));
                        }
                    }
                    None => assert!(
                        own.find_subcommand(c.verb).is_none(),
                        "`affpay {} {}` exists: declare it in its capabilities",
                        provider.name(),
                        c.verb
                    ),
                }
            }
        }
    }
}
