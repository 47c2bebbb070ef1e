//! Every file affpay creates is 0600 in 0700 directories, whatever the umask or a planted temp
//! file.

use super::*;

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
