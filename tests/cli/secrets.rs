//! No secret leaks: not to a proxy, not into a message, not into a file another user can read.
//!
//! Each test plays the fault that would leak one if the guard were missing: proxy variables
//! that name a listener (which records any connection at all), a refusal that echoes the
//! password back in every encoding, and a umask of 000 with a planted world-readable temp file.

use crate::util::{Env, MockServer, Reply, Running, TOKEN, exits, fixture, ok, stdout_of};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

// ---- Proxies ---------------------------------------------------------------------------

/// A listener that counts every connection made to it, standing in for a proxy.
struct Recorder {
    url: String,
    connections: Arc<Mutex<usize>>,
}

impl Recorder {
    fn start() -> Recorder {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let connections = Arc::new(Mutex::new(0));
        let counted = Arc::clone(&connections);
        thread::spawn(move || {
            for stream in listener.incoming() {
                *counted.lock().unwrap() += 1;
                drop(stream);
            }
        });
        Recorder { url, connections }
    }

    fn connections(&self) -> usize {
        *self.connections.lock().unwrap()
    }
}

#[test]
fn a_plain_http_target_never_goes_through_a_proxy() {
    let proxy = Recorder::start();
    let server = MockServer::start(vec![
        Reply::json(200, &fixture("travelpayouts/get_user_balance.json")),
        Reply::json(200, &fixture("travelpayouts/get_user_next_payout.json")),
    ]);
    let mut cmd = Env::new().tp(server.url());
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
    ] {
        cmd.env(var, &proxy.url);
    }
    let output = cmd
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .args(["tp", "balance"])
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(server.requests().len(), 2, "the target got both requests");
    assert_eq!(proxy.connections(), 0, "a request went to the proxy");
}

#[test]
fn an_https_target_goes_through_a_loopback_proxy_unless_no_proxy_excludes_it() {
    // The recorder drops every connection, so each run fails (exit 6) after its retries;
    // what matters is where it tried to go. Nothing leaves this machine either way.
    let proxy = Recorder::start();
    let output = Env::new()
        .tp("https://provider.invalid")
        .env("HTTPS_PROXY", &proxy.url)
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    exits(&output, 6);
    assert!(proxy.connections() >= 1, "the proxy was not used");

    let proxy = Recorder::start();
    let output = Env::new()
        .tp("https://127.0.0.1:9")
        .env("HTTPS_PROXY", &proxy.url)
        .env("NO_PROXY", "127.0.0.1")
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    exits(&output, 6);
    assert_eq!(proxy.connections(), 0, "NO_PROXY was ignored");
}

#[test]
fn a_plain_http_proxy_on_another_host_is_refused_for_an_https_target() {
    let proxy_password = "proxy-password-5b1f";
    for var in ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
        let proxy = format!("http://me:{proxy_password}@proxy.invalid:3128");
        let output = Env::new()
            .tp("https://127.0.0.1:9")
            .env_remove("HTTPS_PROXY")
            .env_remove("https_proxy")
            .env_remove("ALL_PROXY")
            .env_remove("all_proxy")
            .env(var, &proxy)
            .args(["tp", "balance"])
            .output()
            .unwrap();
        let stderr = exits(&output, 3);
        assert!(
            stderr.contains(&format!("proxy in {var} (http://proxy.invalid:3128)")),
            "{stderr}"
        );
        assert!(
            !stderr.contains(proxy_password) && !stdout_of(&output).contains(proxy_password),
            "{stderr}"
        );
        assert!(!stderr.contains(TOKEN), "{stderr}");
    }
    // A value that is not even a URL is named, not quoted.
    let output = Env::new()
        .tp("https://127.0.0.1:9")
        .env("HTTPS_PROXY", format!("http://me:{proxy_password}@[bad"))
        .args(["tp", "balance"])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(
        stderr.contains("HTTPS_PROXY") && !stderr.contains(proxy_password),
        "{stderr}"
    );
}

// ---- Files -----------------------------------------------------------------------------

/// `affpay` in `env`, started by a shell that first sets the umask to 000: without affpay's
/// own modes every file it creates would be world-readable and writable.
fn under_umask_000(env: &Env) -> assert_cmd::Command {
    assert_cmd::Command::from_std(umask_000_process(env))
}

fn umask_000_process(env: &Env) -> std::process::Command {
    let inner = env.process();
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(r#"umask 000; exec "$0" "$@""#)
        .arg(inner.get_program());
    for (key, value) in inner.get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    cmd
}

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

/// Every file and directory under `dir`, with its mode.
fn modes(dir: &Path) -> Vec<(PathBuf, bool, u32)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let is_dir = path.is_dir();
        found.push((path.clone(), is_dir, mode(&path)));
        if is_dir {
            found.extend(modes(&path));
        }
    }
    found
}

#[test]
fn every_file_affpay_creates_is_0600_in_0700_directories_whatever_the_umask() {
    let env = Env::new();
    let login = under_umask_000(&env)
        .args(["auth", "login", "tp", "--with-token", "--insecure-storage"])
        .write_stdin(TOKEN)
        .output()
        .unwrap();
    ok(&login);
    let set = under_umask_000(&env)
        .args(["config", "set", "travelpayouts.currency", "eur"])
        .output()
        .unwrap();
    ok(&set);
    let settled = under_umask_000(&env)
        .args([
            "--sandbox",
            "smartico",
            "settle",
            "--above-threshold",
            "--yes",
        ])
        .output()
        .unwrap();
    ok(&settled);

    let found = modes(env.dir.path());
    let names: Vec<String> = found
        .iter()
        .map(|(p, _, _)| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    for expected in [
        "credentials.toml",
        "config.toml",
        "journal.sqlite3",
        "smartico-default-*.lock",
    ] {
        let (head, tail) = expected.split_once('*').unwrap_or((expected, ""));
        assert!(
            names
                .iter()
                .any(|n| n.starts_with(head) && n.ends_with(tail) && n.len() >= expected.len() - 1),
            "no {expected} in {names:?}"
        );
    }
    for (path, is_dir, mode) in &found {
        let wanted = if *is_dir { 0o700 } else { 0o600 };
        assert_eq!(*mode, wanted, "{} is {mode:o}", path.display());
    }
}

#[test]
fn a_planted_readable_temp_file_does_not_make_the_credentials_readable() {
    let env = Env::new();
    let dir = env.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    // The old temp name was `.credentials.toml.<pid>.tmp`: plant it, world-readable, for the
    // next few thousand process ids, which the login below will almost surely get one of.
    let next = std::process::Command::new("true").spawn().unwrap().id();
    let planted: Vec<PathBuf> = (next..next + 3000)
        .map(|pid| dir.join(format!(".credentials.toml.{pid}.tmp")))
        .collect();
    for path in &planted {
        std::fs::write(path, "planted").unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let login = under_umask_000(&env)
        .args(["auth", "login", "tp", "--with-token", "--insecure-storage"])
        .write_stdin(TOKEN)
        .output()
        .unwrap();
    ok(&login);
    let credentials = dir.join("credentials.toml");
    assert_eq!(mode(&credentials), 0o600);
    let text = std::fs::read_to_string(&credentials).unwrap();
    assert!(text.contains(TOKEN) && !text.contains("planted"), "{text}");
    for path in &planted {
        assert_eq!(std::fs::read_to_string(path).unwrap(), "planted");
    }
}

#[test]
fn the_files_sqlite_adds_beside_the_journal_are_0600_too() {
    // SQLite's `-wal` and `-shm` files exist only while the journal is open, so the run is
    // caught in the middle: its payment goes to a server that never answers.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().unwrap());
    let balances = fixture("smartico/af2_balance_op.json");
    thread::spawn(move || {
        let mut held = Vec::new();
        for (n, stream) in listener.incoming().enumerate() {
            let Ok(mut stream) = stream else { continue };
            if n > 0 {
                held.push(stream);
                continue;
            }
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                line.clear();
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                balances.len()
            );
            let _ = stream.write_all(format!("{head}{balances}").as_bytes());
        }
    });
    let env = Env::new();
    let child = umask_000_process(&env)
        .env("AFFPAY_SMARTICO_URL", &url)
        .env("AFFPAY_SMARTICO_TOKEN", TOKEN)
        .args([
            "smartico",
            "settle",
            "--affiliate",
            "35427",
            "--amount",
            "1.00",
        ])
        .args(["--yes", "--timeout", "5"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("affpay starts");
    let _running = Running(child);
    let journal = env.dir.path().join("data/journal.sqlite3");
    let beside =
        ["-wal", "-shm"].map(|suffix| PathBuf::from(format!("{}{suffix}", journal.display())));
    let deadline = Instant::now() + Duration::from_secs(5);
    while !beside.iter().all(|p| p.exists()) {
        assert!(Instant::now() < deadline, "the journal was never opened");
        thread::sleep(Duration::from_millis(20));
    }
    for path in beside.iter().chain([&journal]) {
        assert_eq!(mode(path), 0o600, "{}", path.display());
    }
    assert_eq!(mode(journal.parent().unwrap()), 0o700);
}

// ---- Redaction -------------------------------------------------------------------------

/// A Billon password with every character JSON and URLs escape: `"`, `\`, `/`, a space, `+`.
const PASSWORD: &str = r#"sekr"et\pw/42 é+1"#;

#[test]
fn a_refused_billon_login_that_echoes_the_password_in_every_encoding_shows_none_of_them() {
    let json = serde_json::to_string(PASSWORD).unwrap();
    let slashes = json.replace('/', "\\/");
    let ascii: String = PASSWORD
        .encode_utf16()
        .map(|u| format!("\\u{u:04x}"))
        .collect();
    let form: String = url::form_urlencoded::byte_serialize(PASSWORD.as_bytes()).collect();
    let message = format!(
        "bad password {PASSWORD}; body {{\"apiKey\":{json}}} or {slashes} or \"{ascii}\"; \
         form apiKey={form}"
    );
    // The message travels JSON-escaped itself, so the body also holds it escaped twice.
    let body = serde_json::json!({
        "error": {"message": message, "type": "INVALID_PARAMS"},
        "errors": [PASSWORD, json],
    });
    let server = MockServer::start(vec![Reply::json(401, &body.to_string())]);
    let env = Env::new();
    let output = env
        .provider("billon", server.url(), PASSWORD)
        .args(["-v", "billon", "cancel", "1041", "--yes"])
        .output()
        .unwrap();
    let stderr = exits(&output, 4);
    assert_eq!(server.lines(), ["POST /api/authenticate"]);
    assert!(
        stderr.contains("billon refused the authentication password")
            && stderr.contains("bad password <redacted>; body {\"apiKey\":\"<redacted>\"}")
            && stderr.contains("form apiKey=<redacted>"),
        "{stderr}"
    );
    assert!(
        stderr.contains("POST ") && stderr.contains("-> 401"),
        "-v: {stderr}"
    );
    let journal = env
        .cmd()
        .args(["journal", "list", "-o", "json"])
        .output()
        .unwrap();
    // The login failed before any payout was sent, so there is nothing to journal.
    assert_eq!(ok(&journal).trim(), "[]", "nothing was sent");
    let everything = format!("{}{stderr}{}", stdout_of(&output), stdout_of(&journal));
    for piece in ["sekr", "pw/42", "pw\\/42", "pw%2F42", "\\u0073\\u0065"] {
        assert!(!everything.contains(piece), "{piece} in:\n{everything}");
    }
}

#[test]
fn an_answer_of_the_wrong_type_names_the_field_not_the_value_and_exits_5() {
    let body = fixture("travelpayouts/get_user_payments.json")
        .replace("92798", "\"leaked-session-c0ffee\"");
    let server = MockServer::start(vec![Reply::json(200, &body)]);
    let output = Env::new()
        .tp(server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("not the expected JSON (at [0].payment_info_id (line 7 column")
            && stderr.contains("): invalid type: string, expected i64)"),
        "{stderr}"
    );
    assert!(!stderr.contains("leaked-session"), "{stderr}");
    assert!(!stdout_of(&output).contains("leaked-session"));

    // A balance read into amounts after decoding: the same exit 5, never an internal error.
    let server = MockServer::start(vec![
        Reply::json(200, r#"{"balance": {"usd": "leaked-session-c0ffee"}}"#),
        Reply::json(200, &fixture("travelpayouts/get_user_next_payout.json")),
    ]);
    let output = Env::new()
        .tp(server.url())
        .args(["tp", "balance"])
        .output()
        .unwrap();
    let stderr = exits(&output, 5);
    assert!(
        stderr.contains("(balance.usd is not a decimal amount)"),
        "{stderr}"
    );
    assert!(!stderr.contains("leaked-session"), "{stderr}");
}

#[test]
fn a_secret_echoed_in_a_successful_answer_stays_out_of_the_report_and_the_journal() {
    let key = "td-live-0f1e2d3c4b5a69788796";
    let partial = fixture("trackdesk/settle_balances_partial.json").replace(
        "account has no default payment method",
        &format!("account has no default payment method (request by X-Api-Key {key})"),
    );
    let server = MockServer::start(vec![
        Reply::json(200, &fixture("trackdesk/open_balances.json")),
        Reply::json(200, &partial),
    ]);
    let env = Env::new();
    let output = env
        .provider("trackdesk", server.url(), key)
        .args([
            "trackdesk",
            "settle",
            "--until",
            "2026-10-31",
            "--yes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let stderr = exits(&output, 8);
    let stdout = stdout_of(&output);
    assert!(
        stdout.contains("no default payment method (request by X-Api-Key <redacted>)"),
        "{stdout}"
    );
    let journal = env
        .cmd()
        .args(["journal", "list", "-o", "json"])
        .output()
        .unwrap();
    let everything = format!("{stdout}{stderr}{}", ok(&journal));
    assert!(!everything.contains(key), "{everything}");
}
