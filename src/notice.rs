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
