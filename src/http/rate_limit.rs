//! Staying under a provider's rate limit: pacing to a published rate, slowing down when its
//! headers say the window is nearly used up, and how long to wait out a 429. Separate
//! because it is state of its own (the current window, the last request), which the sending
//! loop asks before each request and tells after each answer.

use super::retry::retry_after;
use reqwest::header::HeaderMap;
use std::cell::Cell;
use std::time::{Duration, Instant};

/// Paced requests go out at this share of the configured rate, so the jitter of a loaded
/// machine or network never pushes one window over the limit.
const PACE_SHARE: f64 = 0.95;

/// What one endpoint knows of its rate limit.
pub struct RateLimit {
    /// The providers' rate-limit window (`HttpOptions::rate_window`).
    window: Duration,
    /// No request before this instant: the provider's rate-limit headers asked for a pause.
    not_before: Cell<Option<Instant>>,
    /// The least time between two requests, for providers that publish a rate but send no
    /// rate-limit headers; and when the last one started.
    pace: Option<Duration>,
    last_sent: Cell<Option<Instant>>,
    /// When the current rate-limit window began, as far as this client can tell: the arrival
    /// of the first answer after the previous window ended (never earlier than the server
    /// saw that request, so waiting until it plus a window is never too early).
    window_start: Cell<Option<Instant>>,
}

impl RateLimit {
    /// Paced to `rpm` requests per `window` when given, else as fast as answered.
    pub fn new(rpm: Option<u32>, window: Duration) -> RateLimit {
        RateLimit {
            window,
            not_before: Cell::new(None),
            pace: rpm.map(|rpm| pace_for(rpm, window)),
            last_sent: Cell::new(None),
            window_start: Cell::new(None),
        }
    }

    /// Paces to `per_minute` requests a window instead.
    pub fn set_pace(&mut self, per_minute: u32) {
        self.pace = Some(pace_for(per_minute, self.window));
    }

    /// The pause the provider's headers asked for before the next request, if they did; it
    /// is asked for once.
    pub fn take_pause(&self) -> Option<Duration> {
        let until = self.not_before.take()?;
        Some(until.saturating_duration_since(Instant::now()))
    }

    /// Waits until the pace allows the next request, and counts it as sent now.
    pub fn wait_for_pace(&self) {
        let paced = self
            .pace
            .zip(self.last_sent.get())
            .map(|(pace, last)| last + pace);
        if let Some(until) = paced {
            std::thread::sleep(until.saturating_duration_since(Instant::now()));
        }
        self.last_sent.set(Some(Instant::now()));
    }

    /// Takes note of an answer: the window it may start, and its rate-limit headers.
    pub fn note_answer(&self, headers: &HeaderMap) {
        self.note_window();
        self.note_headers(headers);
    }

    /// How long to wait after a 429: `Retry-After` (seconds) when sent, else the provider's
    /// `X-RateLimit-Reset`, else until the current window ends, plus jitter so that parallel
    /// runs do not all come back at the same instant.
    pub fn wait_after_429(&self, headers: &HeaderMap) -> Duration {
        let window = self.window;
        if let Some(wait) = retry_after(headers).filter(|w| !w.is_zero()) {
            return wait;
        }
        let jitter = window.div_f64(30.0).mul_f64(fastrand::f64());
        if let Some(reset) = rate_limit_reset(headers) {
            return reset.min(window) + jitter;
        }
        let now = Instant::now();
        let start = self.window_start.get().unwrap_or(now);
        (start + window).saturating_duration_since(now) + jitter
    }

    /// Starts a new rate-limit window with this answer when the last one has ended.
    fn note_window(&self) {
        let now = Instant::now();
        let ended = self
            .window_start
            .get()
            .is_none_or(|start| now >= start + self.window);
        if ended {
            self.window_start.set(Some(now));
        }
    }

    /// Honours `X-RateLimit-Remaining` and `X-RateLimit-Reset` (unix seconds; also spelled
    /// `X-Rate-Limit-*`): with few requests left the next ones are spread over the rest of the
    /// window, and with none left the next waits for the reset, so the client slows down
    /// before it is refused.
    fn note_headers(&self, headers: &HeaderMap) {
        let (Some(remaining), Some(reset)) =
            (rate_header(headers, "remaining"), rate_limit_reset(headers))
        else {
            return;
        };
        const FEW: u64 = 5;
        if remaining >= FEW {
            return;
        }
        let window = reset.min(self.window);
        let pause = window / (remaining as u32 + 1);
        self.not_before.set(Some(Instant::now() + pause));
    }
}

/// The time between two paced requests: `per_minute` in each `window`, at [`PACE_SHARE`].
fn pace_for(per_minute: u32, window: Duration) -> Duration {
    window.div_f64(f64::from(per_minute.max(1)) * PACE_SHARE)
}

/// `X-RateLimit-<name>` or `X-Rate-Limit-<name>` (both spellings are in use) as a number.
fn rate_header(headers: &HeaderMap, name: &str) -> Option<u64> {
    ["x-ratelimit-", "x-rate-limit-"].iter().find_map(|prefix| {
        let value = headers.get(format!("{prefix}{name}"))?;
        value.to_str().ok()?.trim().parse::<u64>().ok()
    })
}

/// The time until `X-RateLimit-Reset` says the window starts again: unix seconds, or (a
/// small number) seconds from now.
fn rate_limit_reset(headers: &HeaderMap) -> Option<Duration> {
    let reset = rate_header(headers, "reset")?;
    if reset < 1_000_000_000 {
        return Some(Duration::from_secs(reset));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Some(Duration::from_secs(reset).saturating_sub(now))
}

/// Whole seconds, rounded, and at least 1: "waiting 2 s" for 2.06 s, never "waiting 0 s".
pub fn shown_seconds(wait: Duration) -> u64 {
    (wait.as_millis().div_ceil(500) / 2).max(1) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn paced_requests_go_out_at_95_percent_of_the_rate_per_window() {
        let minute = Duration::from_secs(60);
        assert_eq!(pace_for(60, minute).as_millis(), 1052);
        assert_eq!(pace_for(300, minute).as_millis(), 210);
        assert_eq!(pace_for(10, Duration::from_secs(2)).as_millis(), 210);
        assert_eq!(pace_for(0, minute), pace_for(1, minute));
    }

    #[test]
    fn rate_limit_headers_are_read_in_either_spelling_and_form() {
        let mut headers = HeaderMap::new();
        assert_eq!(rate_limit_reset(&headers), None);
        headers.insert("x-rate-limit-reset", HeaderValue::from_static("7"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_static(" 3 "));
        assert_eq!(rate_limit_reset(&headers), Some(Duration::from_secs(7)));
        assert_eq!(rate_header(&headers, "remaining"), Some(3));
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let in_ten = HeaderValue::from_str(&(now + 10).to_string()).unwrap();
        headers.insert("x-ratelimit-reset", in_ten);
        let reset = rate_limit_reset(&headers).unwrap();
        assert!(reset > Duration::from_secs(8) && reset <= Duration::from_secs(10));
        assert_eq!(shown_seconds(Duration::from_millis(250)), 1);
        assert_eq!(shown_seconds(Duration::from_millis(2058)), 2);
        assert_eq!(shown_seconds(Duration::from_millis(41_600)), 42);
    }
}
