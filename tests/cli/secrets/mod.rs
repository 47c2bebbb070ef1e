//! No secret leaks: not to a proxy, not into a message, not into a file another user can read.
//!
//! Each test plays the fault that would leak one if the guard were missing: proxy variables
//! that name a listener (which records any connection at all), a refusal that echoes the
//! password back in every encoding, and a umask of 000 with a planted world-readable temp file.
//!
//! The tests sit beside this file, one file per concern: `files.rs`, `proxies.rs`, `redaction.rs`.

use crate::util::{Env, MockServer, Reply, Running, TOKEN, exits, fixture, ok, stdout_of};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

mod files;
mod proxies;
mod redaction;
