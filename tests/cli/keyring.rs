//! The real OS keyring, end to end: login, status, a request, logout.
//!
//! It runs only when `AFFPAY_REAL_KEYRING_TEST` names a keyring (`.ci/run` sets it inside a
//! private `dbus-run-session` with its own unlocked gnome-keyring), so it never touches the
//! keyring of the person running `cargo test`.

use crate::util::{Env, MockServer, Reply, TOKEN, fixture, stdout_of};

fn status_json(env: &Env, keyring: &str, profile: &str) -> serde_json::Value {
    let output = env
        .cmd()
        .env("AFFPAY_KEYRING", keyring)
        .args(["auth", "status", "-o", "json", "--profile", profile])
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["provider"] == "travelpayouts" && r["profile"] == profile)
        .cloned()
        .expect("a status row for the profile")
}

#[test]
fn real_keyring_round_trip() {
    let Ok(keyring) = std::env::var("AFFPAY_REAL_KEYRING_TEST") else {
        eprintln!("skipped: set AFFPAY_REAL_KEYRING_TEST=secret-service (see .ci/run)");
        return;
    };
    let env = Env::new();
    let profile = format!("ci-{}", std::process::id());
    let with_keyring = |args: &[&str]| {
        let mut cmd = env.cmd();
        cmd.env("AFFPAY_KEYRING", &keyring)
            .args(args)
            .args(["--profile", &profile]);
        cmd
    };

    with_keyring(&["auth", "login", "tp", "--with-token"])
        .write_stdin(TOKEN)
        .assert()
        .success();
    assert!(
        !env.config_dir().join("credentials.toml").exists(),
        "no file fallback"
    );
    let row = status_json(&env, &keyring, &profile);
    assert_eq!(row["source"], "keyring");
    assert_eq!(row["secret"], format!("****{}", &TOKEN[TOKEN.len() - 4..]));

    let server = MockServer::start(vec![
        Reply::json(200, &fixture("travelpayouts/get_user_balance.json")),
        Reply::json(200, &fixture("travelpayouts/get_user_next_payout.json")),
    ]);
    with_keyring(&["tp", "balance"])
        .env("AFFPAY_TRAVELPAYOUTS_URL", server.url())
        .assert()
        .success();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("x-access-token"), Some(TOKEN));

    with_keyring(&["auth", "logout", "tp"]).assert().success();
    assert_eq!(status_json(&env, &keyring, &profile)["source"], "none");
}
