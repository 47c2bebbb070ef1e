//! The password file (`PGPASSFILE`, else `~/.pgpass`), read as libpq reads it but stricter
//! about who else may read it. Separate because it is a file format of its own.

use crate::error::{Kind, fail};
use crate::secret::Secret;
use anyhow::Result;
use std::path::Path;

/// The password of the first line of a `.pgpass` file matching host, port, database and user
/// (`*` matches anything; `\:` and `\\` escape). Like libpq, a file others can read is not
/// trusted; unlike libpq, affpay says so and stops instead of going on without a password.
pub fn pgpass(file: &Path, wanted: &[&str; 4]) -> Result<Option<Secret>> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(anyhow::Error::new(e).context(format!("cannot read {}", file.display())));
        }
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file)?.permissions().mode();
        if mode & 0o077 != 0 {
            return Err(fail(
                Kind::MissingCredential,
                format!(
                    "{} can be read by others (mode {:o}); chmod 600 it",
                    file.display(),
                    mode & 0o777
                ),
            ));
        }
    }
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = fields[..4]
            .iter()
            .zip(wanted)
            .all(|(field, want)| field == "*" || field == want);
        if matches {
            return Ok(Some(Secret::new(fields[4..].join(":"))));
        }
    }
    Ok(None)
}

/// The fields of one line, split at `:` (the fifth, the password, keeps the rest), unescaped.
fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("a field").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("a field").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pgpass_line_matches_with_wildcards_and_escapes_and_must_be_private() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:*:*:nope\n127.0.0.1:*:pay:ops:pa\\:ss:word\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            let err = pgpass(&file, &["127.0.0.1", "5432", "pay", "ops"]).unwrap_err();
            assert!(err.to_string().contains("chmod 600"), "{err}");
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let found = pgpass(&file, &["127.0.0.1", "5432", "pay", "ops"]).unwrap();
        assert_eq!(found.unwrap().expose(), "pa:ss:word");
        assert!(
            pgpass(&file, &["127.0.0.1", "5432", "pay", "x"])
                .unwrap()
                .is_none()
        );
    }
}
