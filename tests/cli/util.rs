//! Helpers: an isolated environment for the binary, and a scripted mock server that records
//! every request exactly as it arrived.

#![allow(dead_code)]

use assert_cmd::Command;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

pub const TOKEN: &str = "tp-secret-token-0123456789";

/// A temp home for one test: config and data dirs, and a command builder that sees only them.
pub struct Env {
    pub dir: tempfile::TempDir,
    /// The mock "provider" of this environment: one address for all of a test's runs, since
    /// the journal keeps keys per base URL (another address is another account).
    mock: std::cell::OnceCell<MockServer>,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
            mock: std::cell::OnceCell::new(),
        }
    }

    /// This environment's mock server with a new script and an empty record (the same
    /// address every time).
    pub fn mock(&self, script: Vec<Reply>) -> MockServer {
        match self.mock.get() {
            Some(server) => server.rescript(script),
            None => self.mock.get_or_init(|| MockServer::start(script)).clone(),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// `affpay` with a clean environment: no inherited AFFPAY_* variables, no real keyring,
    /// RUST_BACKTRACE set (errors must still be one line), and the temp dirs.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same as [`Env::cmd`] as a `std::process::Command`, for tests that need a live
    /// child process (a server to stop, a pipe to close, two runs at once).
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_affpay"));
        for (key, _) in std::env::vars() {
            if key.starts_with("AFFPAY_") || key.starts_with("XDG_") || key == "NO_COLOR" {
                cmd.env_remove(key);
            }
        }
        // A table's width is the terminal's or COLUMNS; tests that want one set it.
        cmd.env_remove("COLUMNS");
        cmd.env("AFFPAY_KEYRING", "none")
            .env("AFFPAY_CONFIG_DIR", self.config_dir())
            .env("AFFPAY_DATA_DIR", self.dir.path().join("data"))
            .env("HOME", self.dir.path())
            .env("RUST_BACKTRACE", "1");
        cmd
    }

    /// `affpay` pointed at `url` for the provider called `name` (`travelpayouts`, `billon`,
    /// ...), its secret `token` in the environment: `AFFPAY_<NAME>_URL` and
    /// `AFFPAY_<NAME>_TOKEN`. Every provider takes its one secret there, whatever the vendor
    /// calls it (an API token, Trackdesk's API key, Billon's panel password, which affpay
    /// trades for a session itself). `None` sets no secret: the run finds it in the store
    /// (`auth login`) or goes without.
    pub fn provider<'a>(
        &self,
        name: &str,
        url: &str,
        token: impl Into<Option<&'a str>>,
    ) -> Command {
        Command::from_std(self.provider_process(name, url, token))
    }

    /// The same as [`Env::provider`] as a `std::process::Command` (see [`Env::process`]).
    pub fn provider_process<'a>(
        &self,
        name: &str,
        url: &str,
        token: impl Into<Option<&'a str>>,
    ) -> std::process::Command {
        let upper = name.to_ascii_uppercase();
        let mut cmd = self.process();
        cmd.env(format!("AFFPAY_{upper}_URL"), url);
        if let Some(token) = token.into() {
            cmd.env(format!("AFFPAY_{upper}_TOKEN"), token);
        }
        cmd
    }

    /// `affpay` pointed at `url` for Travelpayouts with [`TOKEN`] in the environment.
    pub fn tp(&self, url: &str) -> Command {
        self.provider("travelpayouts", url, TOKEN)
    }
}

/// What the mock answers to one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Status, extra headers, body.
    Http(u16, Vec<(String, String)>, String),
    /// Read the request, then close the connection without answering.
    Drop,
}

impl Reply {
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::Http(status, vec![], body.to_string())
    }

    pub fn with_header(self, name: &str, value: &str) -> Reply {
        match self {
            Reply::Http(s, mut h, b) => {
                h.push((name.to_string(), value.to_string()));
                Reply::Http(s, h, b)
            }
            drop => drop,
        }
    }
}

/// One request as the mock received it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// The raw query string, exactly as sent ("" when there is none).
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `METHOD path?query`, for compact assertions.
    pub fn line(&self) -> String {
        if self.query.is_empty() {
            format!("{} {}", self.method, self.path)
        } else {
            format!("{} {}?{}", self.method, self.path, self.query)
        }
    }
}

/// A one-connection-per-request HTTP/1.1 server that answers from a script, in order.
/// Requests beyond the script get a 599 so a test sees them in its assertions.
#[derive(Clone)]
pub struct MockServer {
    url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    script: Arc<Mutex<std::collections::VecDeque<Reply>>>,
}

impl MockServer {
    pub fn start(script: Vec<Reply>) -> MockServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let replies = Arc::new(Mutex::new(
            script
                .into_iter()
                .collect::<std::collections::VecDeque<_>>(),
        ));
        let recorded = Arc::clone(&requests);
        let script = Arc::clone(&replies);
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let next = script.lock().unwrap().pop_front();
                let reply =
                    next.unwrap_or_else(|| Reply::json(599, "{\"error\":\"unexpected request\"}"));
                serve_one(stream, reply, &recorded);
            }
        });
        MockServer {
            url,
            requests,
            script: replies,
        }
    }

    /// The same server with a new script and an empty record.
    pub fn rescript(&self, script: Vec<Reply>) -> MockServer {
        *self.script.lock().unwrap() = script.into_iter().collect();
        self.requests.lock().unwrap().clear();
        self.clone()
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    pub fn lines(&self) -> Vec<String> {
        self.requests().iter().map(Recorded::line).collect()
    }
}

/// Reads one request, records it, then answers: a client that has its answer can be sure the
/// request is already in the record.
fn serve_one(stream: TcpStream, reply: Reply, record: &Mutex<Vec<Recorded>>) -> Option<()> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).ok()?;
    let mut parts = request_line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let recorded = Recorded {
        method,
        path: path.to_string(),
        query: query.to_string(),
        headers,
        body: String::from_utf8_lossy(&body).to_string(),
    };
    record.lock().unwrap().push(recorded);
    let mut stream = stream;
    if let Reply::Http(status, extra, body) = reply {
        let mut head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
            body.len()
        );
        for (k, v) in extra {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        let _ = stream.write_all(format!("{head}\r\n{body}").as_bytes());
    }
    let _ = stream.shutdown(std::net::Shutdown::Both);
    Some(())
}

/// A reqwest client builder for tests that talk HTTP themselves. affpay's reqwest has no TLS
/// provider of its own (ring is installed by affpay, see Cargo.toml), so install it here too.
pub fn http_client() -> reqwest::blocking::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
}

/// A vendor example response copied into tests/fixtures.
pub fn fixture(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

/// Stderr of a run that must have exited with `code`.
pub fn exits(output: &std::process::Output, code: i32) -> String {
    let stderr = stderr_of(output);
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {stderr}",
        stdout_of(output)
    );
    stderr
}

/// Stdout of a run that must have succeeded.
pub fn ok(output: &std::process::Output) -> String {
    exits(output, 0);
    stdout_of(output)
}

/// A child process stopped when the test ends, pass or fail.
pub struct Running(pub std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `affpay sandbox serve` with these options on a free port, in a home of its own; the
/// simulator stops when this is dropped.
pub struct Served {
    pub url: String,
    _server: Running,
    _home: Env,
}

pub fn serve(options: &[&str]) -> Served {
    let home = Env::new();
    let url_file = home.dir.path().join("sandbox-url");
    let child = home
        .process()
        .args(["sandbox", "serve", "--port", "0", "--url-file"])
        .arg(&url_file)
        .args(options)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("affpay sandbox serve starts");
    let server = Running(child);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let url = loop {
        match std::fs::read_to_string(&url_file) {
            Ok(url) if !url.is_empty() => break url,
            _ if std::time::Instant::now() > deadline => panic!("no URL file after 10 s"),
            _ => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    };
    Served {
        url,
        _server: server,
        _home: home,
    }
}

/// The rows of `-o json` output (none when nothing was written).
pub fn rows(output: &std::process::Output) -> Vec<serde_json::Value> {
    let stdout = stdout_of(output);
    if stdout.trim().is_empty() {
        return Vec::new();
    }
    let value: serde_json::Value =
        serde_json::from_str(&stdout).expect("stdout is one JSON document");
    value.as_array().expect("a JSON array").clone()
}

/// `(target, result)` of each item a money-moving run reported.
pub fn results(output: &std::process::Output) -> Vec<(String, String)> {
    rows(output)
        .iter()
        .map(|r| (text(&r["target"]), text(&r["result"])))
        .collect()
}

pub fn text(value: &serde_json::Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{value} is not a string"))
        .to_string()
}

pub fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}
