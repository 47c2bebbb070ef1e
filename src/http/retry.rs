//! When a failed request is sent again: how many times, after how long, and which failures
//! allow it at all. Separate because it is the policy that keeps a payment from being sent
//! twice, and should be read on its own.

use super::types::{Repeat, Request};
use reqwest::header::HeaderMap;
use std::time::Duration;

pub const ATTEMPTS: u32 = 4;
const BACKOFF_BASE: Duration = Duration::from_millis(250);
/// A `Retry-After` longer than this is not waited for after a 5xx: the run fails as
/// temporary instead. (A 429's waits are bounded by `--max-rate-wait` instead.)
pub const LONGEST_WAIT: Duration = Duration::from_secs(120);

/// The wait before repeating a request that failed to be answered, if it may be repeated: a
/// read always may, a money-moving request only when the connection was never made.
pub fn retry_delay_for_failure(
    request: &Request,
    err: &reqwest::Error,
    attempt: u32,
) -> Option<Duration> {
    (attempt < ATTEMPTS && (request.repeat == Repeat::Safe || err.is_connect()))
        .then(|| backoff(attempt))
}

/// The wait before repeating a request answered with a 5xx, if it may be repeated: a 5xx
/// may follow work already done, so only a read is. (429s are waited out by the rate-limit
/// rule in `send.rs`.)
pub fn retry_delay_for_status(
    request: &Request,
    answer: &reqwest::blocking::Response,
    attempt: u32,
) -> Option<Duration> {
    let status = answer.status().as_u16();
    let retryable = (500..600).contains(&status) && request.repeat == Repeat::Safe;
    if !retryable || attempt >= ATTEMPTS {
        return None;
    }
    Some(retry_after(answer.headers()).unwrap_or_else(|| backoff(attempt)))
}

/// `Retry-After` as seconds (the form these providers use); an HTTP date is not trusted.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get("retry-after")?.to_str().ok()?;
    text.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// 250 ms, 500 ms, 1 s … plus up to the same again at random, so parallel runs spread out.
fn backoff(attempt: u32) -> Duration {
    let base = BACKOFF_BASE * 2u32.pow(attempt - 1);
    base + base.mul_f64(fastrand::f64())
}
