//! The files credentials are kept in: `credentials.toml` and `sessions.toml` as tables of
//! strings written privately, and a secret file of its own (a token file, a systemd
//! credential) read only when no one else may read it. Separate because these are the rules
//! of a secret on disk, the same for every source that keeps one there.

use crate::error::{Kind, fail};
use anyhow::{Context, Result};
use std::fs;
use std::path::Path;

/// A TOML file of secrets as a table of its string values; a missing file is empty.
pub fn read_table(path: &Path) -> Result<toml::Table> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(toml::Table::new()),
        Err(e) => return Err(e).context(format!("cannot read {}", path.display())),
    };
    // The file is parsed into plain strings only; its values never reach an error message.
    let table: toml::Table = text
        .parse()
        .map_err(|_| anyhow::anyhow!("{} is not valid TOML", path.display()))?;
    Ok(table.into_iter().filter(|(_, v)| v.is_str()).collect())
}

/// Writes a table of secrets to `path`, private (0600) from its first byte.
pub fn write_table(path: &Path, entries: &toml::Table) -> Result<()> {
    let text = toml::to_string(entries).context("cannot encode a secrets file")?;
    // A fresh O_EXCL temp file, 0600 from its creation, renamed over the old one: a file
    // planted under a guessable name cannot lend the secrets its own permissions.
    crate::files::write_private(path, text.as_bytes())
}

/// A secret kept in a file of its own (`AFFPAY_<PROVIDER>_TOKEN_FILE`, a systemd credential):
/// its content, trimmed. With `private`, a file that group or others may read is refused
/// (exit 3), naming the file and never quoting it. `origin` says who named the file.
pub fn read_secret_file(path: &Path, origin: &str, private: bool) -> Result<String> {
    let refuse = |why: String| fail(Kind::MissingCredential, format!("{origin}: {why}"));
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::metadata(path)
            .map_err(|e| refuse(format!("cannot read {} ({e})", path.display())))?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(refuse(format!(
                "{} is readable by group or others (mode {mode:o}); nothing was read from it. \
                 Make it private with `chmod 600 {}`",
                path.display(),
                path.display()
            )));
        }
    }
    #[cfg(not(unix))]
    let _ = private;
    // The bytes are not quoted in any error: they are the secret.
    let bytes = fs::read(path)
        .map_err(|e| refuse(format!("cannot read {} ({})", path.display(), e.kind())))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| refuse(format!("{} is not UTF-8 text", path.display())))?;
    let value = text.trim();
    if value.is_empty() {
        return Err(refuse(format!("{} is empty", path.display())));
    }
    Ok(value.to_string())
}
