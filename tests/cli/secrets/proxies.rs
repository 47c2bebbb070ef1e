//! No secret goes to a proxy it should not: plain-http targets never go through one, and a
//! plain-http proxy is refused for an https target.

use super::*;

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
