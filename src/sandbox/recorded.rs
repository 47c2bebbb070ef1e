//! The `--sandbox` simulator's memory: every request that changed its state, recorded in the
//! sandbox data directory and replayed by the next run, so a sequence of `--sandbox` commands
//! meets one provider account (pay, then see the balance drop and the payout listed).
//!
//! Why a log of requests rather than a snapshot of the state: the routes are deterministic
//! given the seed, the requests and the time ([`super::clock::now`] answers the recorded time
//! while a request is replayed), so replaying the log rebuilds exactly the state the earlier
//! runs left, without every provider's state having to be written out and read back.
//!
//! Concurrent runs: each request takes an OS lock on the log, first replays what other runs
//! appended since it last looked, then is answered and, if it changed something, appended;
//! so the runs' requests are applied in one order, as one account would apply them. A line
//! cut short by a crash is cut off (its request was never answered). A log shorter than what
//! a run has read was reset (`affpay sandbox reset`): that run starts over from the seed.
//! The file is private (0600 in a 0700 directory) like every file affpay writes; the only
//! credentials in it are the simulator's own public sandbox tokens, since only requests the
//! simulator accepted are recorded.

use super::clock::replaying_at;
use super::message::{SimRequest, SimResponse};
use super::mount::Dispatcher;
use super::server::Handler;
use crate::error::{Kind, fail};
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The first line of the log. Its number changes when the seeded data does, because the
/// recorded requests name ids of the data they were made against.
const HEADER: &str = "{\"affpay_sandbox_state\":1}";

/// The simulator's log file in the sandbox data directory.
pub fn log_path(sandbox_dir: &Path) -> PathBuf {
    sandbox_dir.join("simulator.jsonl")
}

/// One recorded request.
#[derive(Serialize, Deserialize)]
struct Entry {
    /// When it arrived (RFC 3339).
    at: String,
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: String,
}

impl Entry {
    fn of(request: &SimRequest, at: DateTime<Utc>) -> Entry {
        // What the routes may read (credentials, content type), not the transport's details.
        let transport = [
            "host",
            "content-length",
            "user-agent",
            "accept-encoding",
            "connection",
        ];
        let mut headers: Vec<(String, String)> = request
            .headers()
            .filter(|(k, _)| !transport.contains(k))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        headers.sort();
        Entry {
            at: at.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
            method: request.method.clone(),
            path: request.path.clone(),
            query: request.query.clone(),
            headers,
            body: String::from_utf8_lossy(&request.body).into_owned(),
        }
    }

    fn request(self) -> SimRequest {
        SimRequest::from_parts(
            self.method,
            self.path,
            self.query,
            self.headers,
            self.body.into_bytes(),
        )
    }
}

/// The simulator as it stands after the log up to `offset`.
struct Replayed {
    dispatcher: Dispatcher,
    offset: u64,
}

/// A simulator whose changes outlive the process.
pub struct Recorded {
    path: PathBuf,
    fresh: Box<dyn Fn() -> Dispatcher + Send + Sync>,
    state: Mutex<Replayed>,
}

impl Recorded {
    /// The simulator `fresh` builds, brought up to date with the log at `path`. A log this
    /// affpay cannot read is refused here, before any request.
    pub fn open(
        path: PathBuf,
        fresh: impl Fn() -> Dispatcher + Send + Sync + 'static,
    ) -> Result<Recorded> {
        let recorded = Recorded {
            path,
            state: Mutex::new(Replayed {
                dispatcher: fresh(),
                offset: 0,
            }),
            fresh: Box::new(fresh),
        };
        recorded.locked(|_, _| Ok(()))?;
        Ok(recorded)
    }

    /// Runs `f` on the up-to-date simulator with the log locked and positioned at its end.
    fn locked<T>(&self, f: impl FnOnce(&mut Replayed, &mut File) -> Result<T>) -> Result<T> {
        let mut replayed = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let mut file = crate::files::create_private(&self.path)?;
        file.lock()
            .with_context(|| format!("cannot lock {}", self.path.display()))?;
        self.catch_up(&mut replayed, &mut file)
            .with_context(|| format!("sandbox state {}", self.path.display()))?;
        f(&mut replayed, &mut file)
    }

    fn catch_up(&self, replayed: &mut Replayed, file: &mut File) -> Result<()> {
        let len = file.metadata()?.len();
        if len < replayed.offset {
            *replayed = self.start_over();
        }
        if len == 0 {
            file.write_all(format!("{HEADER}\n").as_bytes())?;
            replayed.offset = HEADER.len() as u64 + 1;
            return Ok(());
        }
        file.seek(SeekFrom::Start(replayed.offset))?;
        let mut unread = Vec::new();
        file.read_to_end(&mut unread)?;
        let mut lines = unread.split_inclusive(|b| *b == b'\n').peekable();
        if replayed.offset == 0 {
            let first = lines.next().unwrap_or_default();
            if first.strip_suffix(b"\n") != Some(HEADER.as_bytes()) {
                return Err(fail(
                    Kind::Usage,
                    "it was written by another affpay version or is not a sandbox state; run \
                     `affpay sandbox reset` to start the sandbox over",
                ));
            }
            replayed.offset = first.len() as u64;
        }
        for line in lines {
            let Some(complete) = line.strip_suffix(b"\n") else {
                // A write cut short by a crash: its request was never answered.
                file.set_len(replayed.offset)?;
                break;
            };
            let entry: Entry = serde_json::from_slice(complete).with_context(|| {
                format!(
                    "unreadable entry at byte {}; `affpay sandbox reset` starts over",
                    replayed.offset
                )
            })?;
            let at = DateTime::parse_from_rfc3339(&entry.at)
                .map(|t| t.to_utc())
                .unwrap_or_else(|_| Utc::now());
            let request = entry.request();
            replaying_at(at, || replayed.dispatcher.handle(&request));
            replayed.offset += line.len() as u64;
        }
        file.seek(SeekFrom::End(0))?;
        Ok(())
    }

    fn start_over(&self) -> Replayed {
        Replayed {
            dispatcher: (self.fresh)(),
            offset: 0,
        }
    }
}

impl Handler for Recorded {
    fn handle(&self, request: &SimRequest) -> SimResponse {
        let answered = self.locked(|replayed, file| {
            let at = Utc::now();
            let answer = replaying_at(at, || replayed.dispatcher.handle(request));
            let succeeded = (200..300).contains(&answer.status);
            if succeeded && replayed.dispatcher.changes(request) {
                let mut line = serde_json::to_vec(&Entry::of(request, at))?;
                line.push(b'\n');
                if let Err(err) = file.write_all(&line) {
                    // The change is in memory only: forget it, so this run never shows what
                    // the next one would not.
                    *replayed = self.start_over();
                    return Err(err).context("cannot record the sandbox state");
                }
                replayed.offset += line.len() as u64;
            }
            Ok(answer)
        });
        answered.unwrap_or_else(|err| {
            let body = serde_json::json!({ "error": format!("affpay sandbox: {err:#}") });
            SimResponse::json(500, body.to_string())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::mount::Routes;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// Counts the POSTs it was given: the whole of its state.
    struct Counter(AtomicU64);

    impl Routes for Arc<Counter> {
        fn mounts(&self) -> &'static [&'static str] {
            &["/"]
        }

        fn table(&self) -> Vec<(&'static str, &'static str)> {
            Vec::new()
        }

        fn changes(&self, request: &SimRequest) -> bool {
            request.method != "GET"
        }

        fn handle(&self, request: &SimRequest) -> SimResponse {
            if request.method == "POST" {
                self.0.fetch_add(1, Ordering::SeqCst);
            }
            SimResponse::json(200, self.0.load(Ordering::SeqCst).to_string())
        }
    }

    fn open(path: &Path) -> Recorded {
        Recorded::open(path.to_path_buf(), || {
            Dispatcher::new(vec![Box::new(Arc::new(Counter(AtomicU64::new(0))))])
        })
        .unwrap()
    }

    fn count(recorded: &Recorded) -> String {
        let answer = recorded.handle(&SimRequest::new("GET", "/n", &[], b""));
        String::from_utf8(answer.body).unwrap()
    }

    fn post(recorded: &Recorded) {
        recorded.handle(&SimRequest::new("POST", "/n?x=1", &[("X-Key", "k")], b"{}"));
    }

    #[test]
    fn runs_share_one_state_through_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let path = log_path(dir.path());
        let (first, second) = (open(&path), open(&path));
        post(&first);
        post(&second);
        assert_eq!(count(&first), "2", "the other run's change is replayed");
        assert_eq!(count(&open(&path)), "2", "a new run starts where they left");
    }

    #[test]
    fn a_line_cut_short_is_cut_off_and_an_emptied_log_starts_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = log_path(dir.path());
        let run = open(&path);
        post(&run);
        let whole = std::fs::metadata(&path).unwrap().len();
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"at\":\"2026")
            .unwrap();
        assert_eq!(count(&open(&path)), "1");
        assert_eq!(std::fs::metadata(&path).unwrap().len(), whole);

        std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(0)
            .unwrap();
        assert_eq!(count(&run), "0", "a reset reaches a run in progress");
    }
}
