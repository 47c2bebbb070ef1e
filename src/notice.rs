//! What affpay says on stderr besides errors — progress, warnings, notices — goes through here,
//! so that `--quiet` silences all of it in one place and errors still get through.

use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

/// Set once, from `--quiet`, before any command runs.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether notices and progress are silenced.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// `eprintln!` for anything that is not an error: silent under `--quiet`.
#[macro_export]
macro_rules! notice {
    ($($arg:tt)*) => {
        if !$crate::notice::quiet() {
            eprintln!($($arg)*);
        }
    };
}

/// Where progress bars draw: stderr (indicatif draws nothing when it is not a terminal, so
/// cron mails stay clean), or nowhere under `--quiet`.
pub fn progress_target() -> indicatif::ProgressDrawTarget {
    if quiet() {
        indicatif::ProgressDrawTarget::hidden()
    } else {
        indicatif::ProgressDrawTarget::stderr()
    }
}
