//! The rate limits the vendors document, as the simulator's middleware enforces them. Each
//! vendor counts differently — a minute window that blocks until it ends, requests per
//! calendar second with `X-RateLimit-*` headers on every answer, a token bucket — so a
//! provider's description picks its [`Limiter`] and the words and headers of its 429, and
//! the middleware does the rest.

use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A provider's documented rate limit.
pub struct RateLimit {
    pub limiter: Limiter,
    /// The message of its 429, written in the provider's error envelope.
    pub refusal: &'static str,
    /// The `Retry-After` its 429 carries, when the vendor sends one.
    pub retry_after: Option<&'static str>,
}

/// How a vendor counts requests.
pub enum Limiter {
    Window(WindowLimit),
    Second(PerSecond),
    Bucket(TokenBucket),
}

/// Whether a request is let through, and the headers the vendor sends on every answer.
pub struct Admission {
    pub admitted: bool,
    pub headers: Vec<(String, String)>,
}

impl Limiter {
    /// Counts a request arriving now.
    pub fn admit(&self) -> Admission {
        match self {
            Limiter::Window(window) => Admission::bare(window.admit()),
            Limiter::Second(second) => second.admit(),
            Limiter::Bucket(bucket) => Admission::bare(bucket.admit()),
        }
    }
}

impl Admission {
    fn bare(admitted: bool) -> Admission {
        Admission {
            admitted,
            headers: Vec::new(),
        }
    }
}

/// A per-window rate limit as Travelpayouts documents it: at most `limit` requests in a
/// window (a minute, unless shortened for tests), and past that every request is turned away
/// with a 429 until the window ends. The window starts with the first request after the
/// previous one ended, which fits the vendor's example ("60 requests in the first 5 s:
/// blocked for 55 s"). A refused request counts for nothing.
#[derive(Debug)]
pub struct WindowLimit {
    limit: u64,
    window: Duration,
    /// When the current window began and how many requests it let through.
    state: Mutex<Option<(Instant, u64)>>,
}

impl WindowLimit {
    /// `None` when `limit` is 0 (no limit).
    pub fn new(limit: u64, window: Duration) -> Option<WindowLimit> {
        (limit > 0).then(|| WindowLimit {
            limit,
            window,
            state: Mutex::new(None),
        })
    }

    /// Whether a request arriving now is let through (and counted).
    pub fn admit(&self) -> bool {
        let now = Instant::now();
        let mut state = self.state.lock().expect("no poisoned lock");
        match *state {
            Some((start, ref mut count)) if now < start + self.window => {
                if *count >= self.limit {
                    return false;
                }
                *count += 1;
            }
            _ => *state = Some((now, 1)),
        }
        true
    }
}

/// Requests per calendar second as Affonso counts them: every request counts, refused or
/// not; past `limit` (0: never) the answer is a 429; every answer says the limit (1000 when
/// none is set), what is left of it and when the second ends.
#[derive(Debug)]
pub struct PerSecond {
    limit: u32,
    /// The unix second being counted and its requests so far.
    state: Mutex<(u64, u32)>,
}

impl PerSecond {
    pub fn new(limit: u32) -> PerSecond {
        PerSecond {
            limit,
            state: Mutex::new((0, 0)),
        }
    }

    fn admit(&self) -> Admission {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let mut window = self.state.lock().expect("no poisoned lock");
        if window.0 != now {
            *window = (now, 0);
        }
        window.1 += 1;
        let shown = if self.limit > 0 { self.limit } else { 1000 };
        Admission {
            admitted: self.limit == 0 || window.1 <= self.limit,
            headers: vec![
                ("X-RateLimit-Limit".to_string(), shown.to_string()),
                (
                    "X-RateLimit-Remaining".to_string(),
                    shown.saturating_sub(window.1).to_string(),
                ),
                ("X-RateLimit-Reset".to_string(), (window.0 + 1).to_string()),
            ],
        }
    }
}

/// A token bucket as Trackdesk's tenant limit behaves: as large as a second's allowance,
/// full at the start, refilled at `rate` a second.
#[derive(Debug)]
pub struct TokenBucket {
    rate: f64,
    /// Tokens left and when they were counted.
    state: Mutex<(f64, Instant)>,
}

impl TokenBucket {
    /// `None` when `rate` is 0 (no limit).
    pub fn new(rate: u64) -> Option<TokenBucket> {
        (rate > 0).then(|| TokenBucket {
            rate: rate as f64,
            state: Mutex::new((rate as f64, Instant::now())),
        })
    }

    fn admit(&self) -> bool {
        let mut state = self.state.lock().expect("no poisoned lock");
        let (tokens, since) = *state;
        let tokens = (tokens + since.elapsed().as_secs_f64() * self.rate).min(self.rate);
        if tokens < 1.0 {
            *state = (tokens, Instant::now());
            return false;
        }
        *state = (tokens - 1.0, Instant::now());
        true
    }
}
