//! One money-moving run per provider and profile at a time.
//!
//! Two overlapping cron runs that both read the same balances would both pay them; the
//! journal alone cannot stop that, because both could check a key before either records it.
//! An OS file lock (released by the kernel when the process dies, so a crash never leaves
//! it held) makes the second run wait, then give up with a temporary failure.

use crate::error::{Kind, fail};
use anyhow::{Context, Result};
use sha2::Digest;
use std::fs::{File, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

/// Held while money moves; the lock is released when this is dropped.
#[derive(Debug)]
pub struct RunLock {
    _file: File,
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
    let digest = sha2::Sha256::digest(scope.as_bytes());
    let short: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(format!("{provider}-{profile}-{short}.lock"));
    // 0600 in a 0700 directory: which runs are moving money is nobody else's business.
    let file = crate::files::create_private(&path)?;
    let started = Instant::now();
    let mut said_waiting = false;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(RunLock { _file: file }),
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
}
