//! The simulator's clock. Routes must be deterministic given the seed, the requests and
//! [`now`], so that the recorded state replays to what it was: while a recorded request is
//! replayed, [`now`] answers the time it first arrived.

use chrono::{DateTime, Utc};
use std::cell::Cell;

thread_local! {
    /// The time a recorded request is replayed at, on the thread replaying it.
    static REPLAY_TIME: Cell<Option<DateTime<Utc>>> = const { Cell::new(None) };
}

/// Now, as a simulated provider sees it: while a recorded request is replayed, the time it
/// first arrived, so what it created keeps its timestamps from one run to the next.
pub fn now() -> DateTime<Utc> {
    REPLAY_TIME.with(Cell::get).unwrap_or_else(Utc::now)
}

/// [`now`] as the routes write timestamps: UTC to the millisecond.
pub fn now_millis() -> String {
    now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Runs `f` with [`now`] answering `at`.
pub fn replaying_at<T>(at: DateTime<Utc>, f: impl FnOnce() -> T) -> T {
    REPLAY_TIME.with(|t| t.set(Some(at)));
    let result = f();
    REPLAY_TIME.with(|t| t.set(None));
    result
}
