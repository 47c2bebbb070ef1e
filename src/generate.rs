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
    let mut named = command.clone().name(name.to_string());
    // `help` has no page of its own, so no page may link to one.
    if named.find_subcommand("help").is_some() {
        named = named.mut_subcommand("help", |help| help.hide(true));
    }
    pages.push((format!("{name}.1"), page(named, name == "affpay")));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        if sub.get_name() == "help" {
            continue;
        }
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

/// One page: clap_mangen's sections, the command's help after the options with its examples
/// kept on their lines, EXIT STATUS on every page, ENVIRONMENT and FILES on affpay(1).
fn page(command: clap::Command, top: bool) -> Vec<u8> {
    let man = clap_mangen::Man::new(command.clone());
    let mut roff = Vec::new();
    clap_sections(&man, &command, &mut roff).expect("rendering into memory cannot fail");
    let mut text = String::from_utf8(roff).expect("clap_mangen writes UTF-8");
    if let Some(after) = command.get_after_help().map(|h| h.to_string()) {
        let after = match after.split_once(EXIT_CODES_HEADING) {
            Some((before, _)) if top => before.trim_end().to_string(),
            _ => after,
        };
        let title = if after.starts_with("Example") {
            "EXAMPLES"
        } else {
            "NOTES"
        };
        text.push_str(&section(title, &preformatted(&after)));
    }
    if top {
        text.push_str(&section("ENVIRONMENT", &environment()));
        text.push_str(&section("FILES", &tagged(FILES)));
    }
    text.push_str(&section("EXIT STATUS", &exit_status()));
    let mut version = Vec::new();
    man.render_version_section(&mut version)
        .expect("rendering into memory cannot fail");
    text.push_str(&String::from_utf8_lossy(&version));
    text.into_bytes()
}

/// clap_mangen's sections up to the subcommands; the rest is [`page`]'s.
fn clap_sections(
    man: &clap_mangen::Man,
    command: &clap::Command,
    roff: &mut Vec<u8>,
) -> std::io::Result<()> {
    man.render_title(roff)?;
    man.render_name_section(roff)?;
    man.render_synopsis_section(roff)?;
    man.render_description_section(roff)?;
    if command.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(roff)?;
    }
    if command.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(roff)?;
    }
    Ok(())
}

const EXIT_CODES_HEADING: &str = "Exit codes:";

/// The files affpay reads and writes, for FILES.
const FILES: &[(&str, &str)] = &[
    (
        "$AFFPAY_CONFIG_DIR/config.toml",
        "settings, one table per profile and provider (`affpay config`); AFFPAY_CONFIG_DIR \
         defaults to $XDG_CONFIG_HOME/affpay, else ~/.config/affpay",
    ),
    (
        "$AFFPAY_CONFIG_DIR/credentials.toml",
        "secrets stored with `auth login --insecure-storage` (mode 0600)",
    ),
    (
        "$AFFPAY_DATA_DIR/journal.sqlite3",
        "the journal of every money-moving request (`affpay journal`); AFFPAY_DATA_DIR defaults \
         to $XDG_DATA_HOME/affpay, else ~/.local/share/affpay",
    ),
    (
        "$AFFPAY_DATA_DIR/sessions.toml",
        "short-lived session tokens (Billon) when no keyring is in use (mode 0600)",
    ),
    (
        "$AFFPAY_DATA_DIR/*.lock",
        "one lock per provider and profile while money moves",
    ),
    (
        "$AFFPAY_DATA_DIR/sandbox/",
        "the same for --sandbox runs, kept apart from real ones",
    ),
];

/// Variables that are not settings: secrets, directories, the keyring, the pager.
const OTHER_ENVIRONMENT: &[(&str, &str)] = &[
    (
        "AFFPAY_<PROVIDER>_TOKEN",
        "the provider's secret; read before a token file, systemd credential or keyring",
    ),
    (
        "AFFPAY_<PROVIDER>_TOKEN_FILE",
        "a file holding the provider's secret; refused if group- or world-readable",
    ),
    (
        "CREDENTIALS_DIRECTORY",
        "systemd's LoadCredential= directory: the secret in a file named after the provider",
    ),
    (
        "AFFPAY_KEYRING",
        "none for no keyring; on Linux keyutils or secret-service (the default)",
    ),
    (
        "AFFPAY_CONFIG_DIR",
        "where config.toml and credentials.toml are",
    ),
    (
        "AFFPAY_DATA_DIR",
        "where the journal, locks and cached sessions are",
    ),
    (
        "AFFPAY_JOURNAL_URL",
        "journal.url: the journal and run lock in sqlite:///PATH or \
         postgres://USER@HOST:5432/DB?sslmode=verify-full",
    ),
    (
        "PGPASSWORD, PGPASSFILE",
        "the password of a postgres:// journal, or the .pgpass-style file (0600) holding it",
    ),
    (
        "PAGER",
        "the pager that shows a plan longer than the terminal (default: less -R)",
    ),
    (
        "COLUMNS",
        "the width tables are fitted to (default: the terminal's)",
    ),
];

/// Every variable: the global options', each provider setting's, then the others.
fn environment() -> String {
    let mut entries: Vec<(String, String)> = Vec::new();
    for (id, env) in crate::global_options::global_settings() {
        let arg = crate::global_options::global_arg(&id).expect("listed from the same command");
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        entries.push((env, format!("--{}: {help}", id.replace('_', "-"))));
    }
    for provider in crate::providers::ALL {
        let keys = std::iter::once(("url", "base URL: scheme, host and optional port"))
            .chain(crate::providers::all_settings(*provider).map(|s| (s.key, s.help)));
        for (key, help) in keys {
            let env = crate::credentials::env_name(provider.name(), &key.to_ascii_uppercase());
            entries.push((env, format!("{}.{key}: {help}", provider.name())));
        }
    }
    let others = OTHER_ENVIRONMENT
        .iter()
        .map(|(name, help)| (name.to_string(), help.to_string()));
    entries.extend(others);
    let intro = "A flag beats its variable, a variable beats config.toml, and config.toml beats \
        the default; `affpay config list` shows which one each value came from.\n";
    let borrowed: Vec<(&str, &str)> = entries
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    format!("{}{}", escape(intro), tagged(&borrowed))
}

/// The exit-code table of `error`, as tagged paragraphs.
fn exit_status() -> String {
    let rows: Vec<(&str, &str)> = crate::exit_codes_text!()
        .lines()
        .skip(1)
        .filter_map(|line| line.trim().split_once(char::is_whitespace))
        .map(|(code, meaning)| (code, meaning.trim()))
        .collect();
    tagged(&rows)
}

fn section(title: &str, body: &str) -> String {
    format!(".SH \"{title}\"\n{body}")
}

/// `.TP` paragraphs: a bold tag, then its text.
fn tagged(rows: &[(&str, &str)]) -> String {
    rows.iter()
        .map(|(tag, text)| {
            let tag = escape(tag);
            format!(".TP\n\\fB{}\\fR\n{}", tag.trim_end(), escape(text))
        })
        .collect()
}

/// Help text as roff: prose is filled, indented lines (examples, tables) are kept exactly as
/// written so no command is broken across lines, and blank lines start paragraphs.
fn preformatted(text: &str) -> String {
    let mut out = String::new();
    let mut kept = false;
    for line in text.lines() {
        let indented = line.starts_with(' ');
        if indented != kept {
            out.push_str(if indented { ".nf\n" } else { ".fi\n" });
            kept = indented;
        }
        if line.trim().is_empty() {
            out.push_str(".PP\n");
        } else {
            out.push_str(&escape(line));
        }
    }
    if kept {
        out.push_str(".fi\n");
    }
    out
}

/// One line of text, safe for roff: backslashes and hyphens escaped, no leading control
/// character, ending in a newline.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    let guarded = if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    };
    let mut line = guarded.trim_end_matches('\n').to_string();
    line.push('\n');
    line
}
