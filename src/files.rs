//! Files that hold secrets or money records, readable by their owner only, whatever the umask.
//!
//! `credentials.toml` and the session tokens cached in it are secrets; the config, the
//! journal (who was paid what) and the lock files say more about a business than other users
//! of the machine should see. So every file affpay creates is 0600 and every directory it
//! creates is 0700, set at creation rather than left to the umask (a umask of 000, common in
//! containers and some cron setups, would otherwise make them world-readable).
//!
//! A secret file is replaced, never rewritten in place: a fresh temp file in the same
//! directory, created with `O_EXCL` under a random name (so a file planted under a predictable
//! name cannot be opened instead, keeping its own permissions), written, flushed to disk,
//! renamed over the target, and the directory flushed so the rename itself survives a crash.

use anyhow::{Context, Result};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Creates `dir` and any missing parents with mode 0700. Directories that already exist are
/// left as they are: `~/.config` belongs to the user, not to affpay.
pub fn private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))
}

/// Opens `path` for reading and writing, creating it 0600 if it is missing (its directory
/// 0700). A file left group- or world-readable by an older version is narrowed to 0600.
pub fn create_private(path: &Path) -> Result<File> {
    if let Some(dir) = path.parent() {
        private_dir(dir)?;
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = file.metadata().map(|m| m.permissions().mode()).unwrap_or(0);
        if mode & 0o077 != 0 {
            file.set_permissions(fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot make {} private", path.display()))?;
        }
    }
    Ok(file)
}

/// Opens `path` for appending, creating it 0600 if it is missing (its directory 0700): each
/// `write` goes to the end of the file, so lines written by runs at once never interleave.
pub fn append_private(path: &Path) -> Result<File> {
    if let Some(dir) = path.parent() {
        private_dir(dir)?;
    }
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))
}

/// Replaces `path` with `bytes` atomically: readers see the old content or the new, never a
/// mix, and the new file is 0600 from the moment it exists.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    private_dir(dir)?;
    let failed = || format!("cannot write {}", path.display());
    // `NamedTempFile` opens with O_CREAT|O_EXCL, mode 0600, under a random name.
    let mut temp = tempfile::NamedTempFile::new_in(dir).with_context(failed)?;
    temp.write_all(bytes).with_context(failed)?;
    temp.as_file().sync_all().with_context(failed)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(failed)?;
    sync_dir(dir).with_context(failed)
}

/// Flushes a directory's entries, so a rename in it is on disk.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn files_are_0600_and_new_directories_0700() {
        let root = tempfile::tempdir().unwrap();
        let file = root.path().join("a/b/secret.toml");
        write_private(&file, b"one").unwrap();
        write_private(&file, b"two").unwrap();
        assert_eq!(fs::read_to_string(&file).unwrap(), "two");
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&root.path().join("a")), 0o700);
        assert_eq!(mode(&root.path().join("a/b")), 0o700);
        let entries = fs::read_dir(root.path().join("a/b")).unwrap().count();
        assert_eq!(entries, 1, "no temp file is left behind");

        let lock = root.path().join("c/run.lock");
        create_private(&lock).unwrap();
        assert_eq!(mode(&lock), 0o600);
        assert_eq!(mode(&root.path().join("c")), 0o700);
    }

    #[test]
    fn an_existing_readable_file_is_narrowed() {
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join("old.lock");
        fs::write(&path, "x").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        create_private(&path).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(fs::read_to_string(&path).unwrap(), "x", "not truncated");
    }
}
