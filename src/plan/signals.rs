//! SIGINT and SIGTERM during a money-moving run, watched rather than obeyed at once: a
//! request in flight finishes and is journaled before the run stops.

use crate::error::Kind;
use anyhow::Result;

/// SIGINT and SIGTERM during a money-moving run: instead of dying with a request in flight,
/// the run lets that request finish (its timeout bounds the wait), journals it, starts no
/// other, and reports the rest as not attempted.
pub(super) struct Signals {
    received: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    ids: Vec<signal_hook::SigId>,
}

impl Signals {
    pub(super) fn watch() -> Result<Signals> {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let received = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut ids = Vec::new();
        for signal in [SIGINT, SIGTERM] {
            let flag = std::sync::Arc::clone(&received);
            ids.push(signal_hook::flag::register_usize(
                signal,
                flag,
                signal as usize,
            )?);
        }
        Ok(Signals { received, ids })
    }

    fn signal(&self) -> Option<i32> {
        let number = self.received.load(std::sync::atomic::Ordering::SeqCst);
        (number != 0).then_some(number as i32)
    }

    pub(super) fn received(&self) -> Option<&'static str> {
        self.signal().map(|s| {
            if s == signal_hook::consts::SIGINT {
                "SIGINT"
            } else {
                "SIGTERM"
            }
        })
    }

    pub(super) fn kind(&self) -> Option<Kind> {
        self.signal().map(|s| {
            if s == signal_hook::consts::SIGINT {
                Kind::Interrupted
            } else {
                Kind::Terminated
            }
        })
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}
