//! One money-moving run per provider and profile at a time.
//!
//! Two overlapping cron runs that both read the same balances would both pay them; the
//! journal alone cannot stop that, because both could check a key before either records it.
//! An OS file lock (released by the kernel when the process dies, so a crash never leaves
//! it held) makes the second run wait, then give up with a temporary failure. With the
//! journal in PostgreSQL the lock is there too, so runs on other hosts see it: a
//! session-level advisory lock, which the server releases when the session ends, kill -9
//! and a lost connection included.
//!
//! Beside a SQLite journal every run also holds `locks/journal.lock` shared, and `journal
//! migrate` holds it alone: a journal is never copied elsewhere while a run may still write
//! a row to it that the copy would miss (and a later run, journaling elsewhere, pay again).

use crate::error::{Kind, fail};
use crate::journal::{Location, Target};
use anyhow::{Context, Result};
use sha2::Digest;
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Held while money moves; the lock is released when this is dropped.
pub struct RunLock {
    _held: Held,
}

enum Held {
    File {
        _file: File,
        /// `journal.lock`, held shared for the run (see the module doc).
        _journal: File,
    },
    /// The session holding the advisory lock; closing it releases the lock.
    Database { _session: Box<postgres::Client> },
}

impl std::fmt::Debug for RunLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RunLock")
    }
}

/// Takes the lock of one account scope where the journal is: a file in `locks/` beside a
/// SQLite journal (so runs sharing the file share the lock), an advisory lock in a
/// PostgreSQL one.
pub fn acquire_in(
    location: &Location,
    provider: &str,
    profile: &str,
    scope: &str,
    timeout: Duration,
) -> Result<RunLock> {
    match location {
        Location::Sqlite(journal) => {
            acquire(&locks_dir(journal), provider, profile, scope, timeout)
        }
        Location::Postgres(target) => acquire_advisory(target, provider, profile, scope, timeout),
    }
}

/// The advisory lock of an account scope: its key is the first 8 bytes of a digest of
/// provider, profile and base URL, so every host computes the same one.
fn acquire_advisory(
    target: &Target,
    provider: &str,
    profile: &str,
    scope: &str,
    timeout: Duration,
) -> Result<RunLock> {
    let digest = sha2::Sha256::digest(format!("affpay run\0{provider}\0{profile}\0{scope}"));
    let key = i64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
    let mut client = target.connect()?;
    // The lock session sits idle for the whole run: a server's `idle_session_timeout`
    // (PostgreSQL 14 and later; older ones do not know it, hence no `?`) must not end it.
    let _ = client.batch_execute("SET idle_session_timeout = 0");
    let started = Instant::now();
    let mut said_waiting = false;
    loop {
        let taken: bool = client
            .query_one("SELECT pg_try_advisory_lock($1)", &[&key])
            .map_err(|e| target.error(e, "cannot lock in"))?
            .get(0);
        if taken {
            return Ok(RunLock {
                _held: Held::Database {
                    _session: Box::new(client),
                },
            });
        }
        if started.elapsed() >= timeout {
            return Err(fail(
                Kind::Temporary,
                format!(
                    "another run for {provider} (profile {profile}) held the lock for {} s; \
                     nothing was sent. Try again when it has finished (advisory lock {key} in {})",
                    timeout.as_secs(),
                    target.shown()
                ),
            ));
        }
        if !said_waiting {
            crate::notice!(
                "affpay: another run for {provider} (profile {profile}) is moving money; waiting up to {} s",
                timeout.as_secs()
            );
            said_waiting = true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The file in a journal's `locks/` that every run holds shared and `journal migrate` alone.
const JOURNAL_LOCK: &str = "journal.lock";

/// Where the locks of runs journaling in the SQLite file `journal` are: `locks/` beside it.
fn locks_dir(journal: &Path) -> PathBuf {
    journal.parent().unwrap_or(Path::new(".")).join("locks")
}

/// `journal migrate`'s hold on the SQLite journal it copies: refused as temporary while a
/// run holds it, and keeping every run out until it is dropped.
pub fn acquire_for_migration(journal: &Path) -> Result<File> {
    let path = locks_dir(journal).join(JOURNAL_LOCK);
    let file = crate::files::create_private(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(fail(
            Kind::Temporary,
            format!(
                "a money-moving run is using this journal (lock file {}); nothing was copied. \
                 Try again when it has finished",
                path.display()
            ),
        )),
        Err(TryLockError::Error(e)) => Err(e).context(format!("cannot lock {}", path.display())),
    }
}

/// A run's shared hold on `dir`'s journal: refused as temporary while `journal migrate`
/// copies it (a copy takes long; waiting for it would only end the run later).
fn hold_journal(dir: &Path) -> Result<File> {
    let path = dir.join(JOURNAL_LOCK);
    let file = crate::files::create_private(&path)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(fail(
            Kind::Temporary,
            format!(
                "the journal is being copied by `affpay journal migrate` (lock file {}); \
                 nothing was sent. Try again when it has finished",
                path.display()
            ),
        )),
        Err(TryLockError::Error(e)) => Err(e).context(format!("cannot lock {}", path.display())),
    }
}

/// Takes the lock of one account scope: provider, profile and the base URL the requests go
/// to (its digest names the file, so any URL makes a valid file name).
pub fn acquire(
    dir: &Path,
    provider: &str,
    profile: &str,
    scope: &str,
    timeout: Duration,
) -> Result<RunLock> {
    let journal = hold_journal(dir)?;
    let digest = sha2::Sha256::digest(scope.as_bytes());
    let short: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(format!("{provider}-{profile}-{short}.lock"));
    // 0600 in a 0700 directory: which runs are moving money is nobody else's business.
    let file = crate::files::create_private(&path)?;
    let started = Instant::now();
    let mut said_waiting = false;
    loop {
        match file.try_lock() {
            Ok(()) => {
                return Ok(RunLock {
                    _held: Held::File {
                        _file: file,
                        _journal: journal,
                    },
                });
            }
            Err(TryLockError::WouldBlock) if started.elapsed() < timeout => {
                if !said_waiting {
                    crate::notice!(
                        "affpay: another run for {provider} (profile {profile}) is moving money; waiting up to {} s",
                        timeout.as_secs()
                    );
                    said_waiting = true;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(fail(
                    Kind::Temporary,
                    format!(
                        "another run for {provider} (profile {profile}) held the lock for {} s; \
                         nothing was sent. Try again when it has finished (lock file {})",
                        timeout.as_secs(),
                        path.display()
                    ),
                ));
            }
            Err(TryLockError::Error(e)) => {
                return Err(e).context(format!("cannot lock {}", path.display()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_of_the_same_scope_waits_then_fails_as_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = ("https://a.example", "https://b.example");
        let first = acquire(dir.path(), "smartico", "default", a, Duration::ZERO).unwrap();
        let err = acquire(
            dir.path(),
            "smartico",
            "default",
            a,
            Duration::from_millis(200),
        )
        .unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        assert!(acquire(dir.path(), "smartico", "other", a, Duration::ZERO).is_ok());
        assert!(acquire(dir.path(), "smartico", "default", b, Duration::ZERO).is_ok());
        drop(first);
        assert!(acquire(dir.path(), "smartico", "default", a, Duration::ZERO).is_ok());
    }

    #[test]
    fn a_migration_and_a_run_never_hold_one_journal_together() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.sqlite3");
        let locks = locks_dir(&journal);
        let scope = "https://a.example";
        let run = acquire(&locks, "smartico", "default", scope, Duration::ZERO).unwrap();
        // Runs of other scopes share the journal with it ...
        let other = acquire(&locks, "billon", "default", scope, Duration::ZERO).unwrap();
        // ... a migration does not.
        let err = acquire_for_migration(&journal).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        assert!(err.to_string().contains("nothing was copied"), "{err}");
        drop((run, other));
        let migrating = acquire_for_migration(&journal).unwrap();
        let err = acquire(&locks, "smartico", "default", scope, Duration::ZERO).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        assert!(err.to_string().contains("journal migrate"), "{err}");
        drop(migrating);
        assert!(acquire(&locks, "smartico", "default", scope, Duration::ZERO).is_ok());
    }
}
