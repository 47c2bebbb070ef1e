//! `affpay providers`: the capability matrix and the configured profiles.
//!
//! The matrix is what users and the README are told affpay can do, so it must not drift:
//! the README's provider table is checked cell by cell against `affpay providers -o csv`
//! (the commands it names are checked against the command tree by a unit test). The profile
//! part shows base URLs and where each secret comes from, and must never show a secret.

use crate::util::{Env, ok, rows};
use serde_json::{Value, json};

const MATRIX: &str = "provider,balance,actions,payouts,settle,adjust,cancel";

/// The README's provider table, as rows of cells with the markdown backticks removed.
fn readme_matrix() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let header = format!("| {} |", MATRIX.replace(',', " | "));
    let start = readme
        .find(&header)
        .unwrap_or_else(|| panic!("the README has no table headed {header}"));
    readme[start..]
        .lines()
        .take_while(|line| line.starts_with('|'))
        .filter(|line| !line.starts_with("|---"))
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().replace('`', ""))
                .collect()
        })
        .collect()
}

#[test]
fn the_readme_table_is_the_matrix() {
    let env = Env::new();
    let out = ok(&env
        .cmd()
        .args(["providers", "-o", "csv", "--fields", MATRIX])
        .output()
        .unwrap());
    let csv: Vec<Vec<String>> = csv::Reader::from_reader(out.as_bytes())
        .into_records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let readme = readme_matrix();
    assert_eq!(readme[0], MATRIX.split(',').collect::<Vec<_>>());
    assert_eq!(
        readme[1..],
        csv[..],
        "README.md's provider table differs from `affpay providers -o csv --fields {MATRIX}`"
    );
}

#[test]
fn json_gives_each_cell_its_command_or_the_reason_it_is_absent() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["providers", "-o", "json"])
        .output()
        .unwrap();
    ok(&output);
    let rows = rows(&output);
    let names: Vec<_> = rows.iter().map(|r| r["provider"].clone()).collect();
    assert_eq!(
        names,
        [
            "travelpayouts",
            "smartico",
            "affonso",
            "billon",
            "trackdesk"
        ]
        .map(Value::from)
    );
    let cell = |provider: &str, verb: &str| {
        rows.iter().find(|r| r["provider"] == provider).unwrap()[verb].clone()
    };
    assert_eq!(
        cell("smartico", "cancel"),
        json!({"command": null, "note": "TAP has no API to cancel a payment; cancel in the BackOffice"})
    );
    assert_eq!(
        cell("billon", "payouts"),
        json!({"command": "billon payouts", "note": "the panel's API has no list endpoint: affpay lists its own journal"})
    );
    assert_eq!(
        cell("travelpayouts", "balance"),
        json!({"command": "travelpayouts balance", "note": null})
    );
    assert_eq!(cell("travelpayouts", "settle")["command"], Value::Null);
    // Nothing is configured in a fresh environment.
    assert!(rows.iter().all(|r| r["profiles"] == json!([])), "{rows:?}");
}

#[test]
fn configured_profiles_show_their_url_and_secret_source_never_the_secret() {
    let env = Env::new();
    let secret = "file-secret-for-work-7781";
    let login = env
        .cmd()
        .args([
            "auth",
            "login",
            "smartico",
            "--with-token",
            "--insecure-storage",
            "--profile",
            "work",
        ])
        .write_stdin(secret)
        .output()
        .unwrap();
    ok(&login);
    ok(&env
        .cmd()
        .args([
            "--profile",
            "work",
            "config",
            "set",
            "smartico.url",
            "https://boapi3.smartico.ai",
        ])
        .output()
        .unwrap());
    let env_secret = "env-secret-for-billon-4410";
    let output = env
        .cmd()
        .env("AFFPAY_BILLON_TOKEN", env_secret)
        .args(["providers", "-o", "json"])
        .output()
        .unwrap();
    let stdout = ok(&output);
    assert!(!stdout.contains(secret) && !stdout.contains(env_secret));
    assert!(!stdout.contains("7781") && !stdout.contains("4410"));
    let rows = rows(&output);
    let profiles = |provider: &str| {
        rows.iter().find(|r| r["provider"] == provider).unwrap()["profiles"].clone()
    };
    // The file secret is the work profile's only; the default profile has none.
    assert_eq!(
        profiles("smartico"),
        json!([{"profile": "work", "url": "https://boapi3.smartico.ai", "source": "file", "note": null}])
    );
    // A secret in the environment serves every known profile; Billon has no default address.
    let billon = profiles("billon");
    let billon = billon.as_array().unwrap();
    assert_eq!(billon.len(), 2, "{billon:?}");
    for (entry, profile) in billon.iter().zip(["default", "work"]) {
        assert_eq!(entry["profile"], profile);
        assert_eq!(entry["source"], "env");
        assert_eq!(entry["url"], Value::Null);
        assert!(
            entry["note"].as_str().unwrap().contains("billon.url"),
            "{entry}"
        );
    }
    assert_eq!(profiles("travelpayouts"), json!([]));

    // A table for people: one line per profile.
    let table = ok(&env.cmd().args(["providers"]).output().unwrap());
    assert!(
        table.contains("work: https://boapi3.smartico.ai (file)"),
        "{table}"
    );
    assert!(!table.contains(secret));
}
