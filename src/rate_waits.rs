//! A record of the times a provider's rate limit held affpay up, kept across runs so that
//! `affpay status` can say the next morning that last night's cron job spent minutes waiting
//! out 429s (or gave up on them), which the job's own output no longer shows.
//!
//! One JSON line per wait, appended to `rate-waits.jsonl` in the data directory (0600, in a
//! 0700 directory): one `write` of one short line with `O_APPEND`, so runs of several providers
//! at once never interleave, and nothing is rewritten in place. Past `ROTATE_AT` bytes the
//! file becomes `rate-waits.jsonl.1` (replacing the older one), so it stays small however
//! long affpay runs; readers read both. Recording is best effort: a full disk or a read-only
//! data directory must not fail a request that already waited, so its errors are dropped.
//! No secret is in a line: the provider, profile, origin (scheme, host, port), what happened
//! and for how long.

use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file name in the data directory.
pub const FILE: &str = "rate-waits.jsonl";
/// The size past which the file is rotated: thousands of lines.
const ROTATE_AT: u64 = 512 * 1024;

/// What the provider's limit made affpay do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Waited out a 429, then sent the request again.
    Waited,
    /// A 429 whose next wait would have passed `--max-rate-wait`: the request failed (exit 6).
    GaveUp,
}

/// One line of the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Wait {
    /// UTC, as the journal writes it (sorts as text).
    pub at: String,
    pub provider: String,
    pub profile: String,
    pub origin: String,
    pub kind: Kind,
    /// How long affpay waited (for `gave_up`: the wait it refused to make).
    pub ms: u64,
}

/// Where one run records its waits: the data directory's file, for one profile.
#[derive(Debug, Clone)]
pub struct Log {
    path: PathBuf,
    profile: String,
}

impl Log {
    pub fn new(data_dir: &Path, profile: &str) -> Log {
        Log {
            path: data_dir.join(FILE),
            profile: profile.to_string(),
        }
    }

    /// Appends one wait; an error (disk full, read-only directory) is dropped, see above.
    pub fn record(&self, provider: &str, origin: &str, kind: Kind, wait: Duration) {
        let wait = Wait {
            at: crate::journal::now(),
            provider: provider.to_string(),
            profile: self.profile.clone(),
            origin: origin.to_string(),
            kind,
            ms: u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
        };
        let _ = append(&self.path, &wait);
    }
}

fn append(path: &Path, wait: &Wait) -> Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() >= ROTATE_AT) {
        // Two runs rotating at once: one rename wins, the other finds nothing to move.
        let _ = std::fs::rename(path, rotated(path));
    }
    let mut line = serde_json::to_vec(wait)?;
    line.push(b'\n');
    let mut file = crate::files::append_private(path)?;
    file.write_all(&line)?;
    Ok(())
}

fn rotated(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".1");
    PathBuf::from(name)
}

/// Every recorded wait in the data directory, oldest first; lines that cannot be read (a
/// newer affpay's, a torn last line) are skipped. No file means no waits.
pub fn read(data_dir: &Path) -> Result<Vec<Wait>> {
    let path = data_dir.join(FILE);
    let mut waits = Vec::new();
    for file in [rotated(&path), path] {
        let handle = match std::fs::File::open(&file) {
            Ok(handle) => handle,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(anyhow::anyhow!("cannot read {}: {e}", file.display())),
        };
        for line in BufReader::new(handle).lines() {
            if let Ok(wait) = serde_json::from_str::<Wait>(&line?) {
                waits.push(wait);
            }
        }
    }
    Ok(waits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_appended_private_read_back_and_rotated() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let log = Log::new(&data, "work");
        assert!(read(&data).unwrap().is_empty(), "no file, no waits");
        log.record(
            "trackdesk",
            "https://t.trackdesk.com",
            Kind::Waited,
            Duration::from_millis(1500),
        );
        log.record(
            "trackdesk",
            "https://t.trackdesk.com",
            Kind::GaveUp,
            Duration::from_secs(60),
        );
        std::fs::OpenOptions::new()
            .append(true)
            .open(data.join(FILE))
            .unwrap()
            .write_all(b"{\"torn\n")
            .unwrap();
        let waits = read(&data).unwrap();
        assert_eq!(waits.len(), 2);
        assert_eq!(
            (waits[0].kind, waits[0].ms, waits[0].profile.as_str()),
            (Kind::Waited, 1500, "work")
        );
        assert_eq!(waits[1].kind, Kind::GaveUp);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(data.join(FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }

        // A full file moves aside, and both are still read.
        let big = vec![b'\n'; ROTATE_AT as usize];
        std::fs::write(data.join(FILE), big).unwrap();
        log.record("affonso", "https://x", Kind::Waited, Duration::from_secs(1));
        assert!(rotated(&data.join(FILE)).exists());
        let waits = read(&data).unwrap();
        assert_eq!(
            waits.len(),
            1,
            "the blank lines of the rotated file are skipped"
        );
        assert_eq!(waits[0].provider, "affonso");
    }
}
