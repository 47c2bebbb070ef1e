//! Rate limits in the shared client, through Travelpayouts (per-minute limits, a 429 without
//! `Retry-After` until the window ends): waiting out a 429 with and without `Retry-After`, the
//! `--max-rate-wait` cap, pacing to `<provider>.rpm` against the simulator's limiter, and the
//! settings. `AFFPAY_RATE_WINDOW` shortens the "minute" to a few seconds so no test waits one.

use crate::util::{Env, MockServer, Reply, exits, fixture, ok, serve, stderr_of};
use std::process::Output;
use std::time::{Duration, Instant};

const PAYMENTS: &str = "GET /finance/v2/get_user_payments";

/// The answer of `tp payouts`, one request.
fn payments() -> Reply {
    Reply::json(200, &fixture("travelpayouts/get_user_payments.json"))
}

/// A 429 as Travelpayouts sends it: no `Retry-After`, no rate-limit headers.
fn limited() -> Reply {
    Reply::json(429, r#"{"error":"Too Many Requests"}"#)
}

/// `affpay tp payouts -v ARGS` against `script`, with a `window`-second minute; the output,
/// the mock and how long the run took.
fn payouts_with(window: u64, args: &[&str], script: Vec<Reply>) -> (Output, MockServer, Duration) {
    let env = Env::new();
    let server = env.mock(script);
    let started = Instant::now();
    let output = env
        .tp(server.url())
        .env("AFFPAY_RATE_WINDOW", window.to_string())
        .args(["tp", "payouts", "-v"])
        .args(args)
        .output()
        .unwrap();
    (output, server, started.elapsed())
}

#[test]
fn a_429_without_retry_after_waits_until_the_window_ends() {
    let (output, server, elapsed) = payouts_with(2, &[], vec![limited(), payments()]);
    let stderr = stderr_of(&output);
    assert!(ok(&output).contains("29.82"), "{stderr}");
    assert_eq!(server.lines(), [PAYMENTS, PAYMENTS]);
    assert!(
        stderr.contains("rate-limited by travelpayouts: waiting 2 s"),
        "{stderr}"
    );
    // The window began with the 429's answer: the retry comes a whole window later.
    assert!(elapsed >= Duration::from_millis(1900), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
}

#[test]
fn a_429_with_retry_after_waits_as_long_as_it_says_not_a_window() {
    let script = vec![limited().with_header("Retry-After", "1"), payments()];
    let (output, server, elapsed) = payouts_with(60, &[], script);
    let stderr = stderr_of(&output);
    ok(&output);
    assert_eq!(server.lines(), [PAYMENTS, PAYMENTS]);
    assert!(
        stderr.contains("rate-limited by travelpayouts: waiting 1 s"),
        "{stderr}"
    );
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(
        elapsed < Duration::from_secs(40),
        "not the 60 s window: {elapsed:?}"
    );
}

#[test]
fn x_ratelimit_reset_on_a_429_says_when_to_come_back() {
    let script = vec![limited().with_header("X-RateLimit-Reset", "1"), payments()];
    let (output, server, elapsed) = payouts_with(60, &[], script);
    ok(&output);
    assert_eq!(server.lines().len(), 2);
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
}

#[test]
fn waiting_longer_than_max_rate_wait_in_total_exits_6_saying_so() {
    // Two-second windows and at most three seconds of waiting: the first 429 is waited out,
    // the second would take the total past three.
    let script = vec![limited(), limited(), limited()];
    let (output, server, elapsed) = payouts_with(2, &["--max-rate-wait", "3"], script);
    let stderr = exits(&output, 6);
    assert_eq!(server.lines(), [PAYMENTS, PAYMENTS], "{stderr}");
    assert!(
        stderr.contains("travelpayouts is still rate-limiting (HTTP 429)")
            && stderr.contains("past the --max-rate-wait limit of 3 s")
            && stderr.contains("AFFPAY_MAX_RATE_WAIT"),
        "{stderr}"
    );
    assert!(elapsed >= Duration::from_millis(1900), "{elapsed:?}");

    // No waiting at all: the first 429 is the end.
    let env = Env::new();
    let server = env.mock(vec![limited(), payments()]);
    let output = env
        .tp(server.url())
        .env("AFFPAY_MAX_RATE_WAIT", "0")
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    let stderr = exits(&output, 6);
    assert!(stderr.contains("--max-rate-wait limit of 0 s"), "{stderr}");
    assert_eq!(server.lines(), [PAYMENTS]);
}

// ---- Against the simulator's limiter ------------------------------------------------------

/// `tp actions --all -v -o csv` with a `window`-second minute and `rpm` (if any): the output,
/// how long it took, the requests answered and the 429s among them.
fn export(url: &str, window: u64, rpm: Option<u32>) -> (Output, Duration, usize, usize) {
    let env = Env::new();
    let token = affpay::sandbox::token_for("travelpayouts");
    let mut cmd = env.provider("travelpayouts", url, token.as_str());
    cmd.env("AFFPAY_RATE_WINDOW", window.to_string())
        .args(["tp", "actions", "--all", "-v", "-o", "csv"]);
    if let Some(rpm) = rpm {
        cmd.env("AFFPAY_TRAVELPAYOUTS_RPM", rpm.to_string());
    }
    let started = Instant::now();
    let output = cmd.output().unwrap();
    let elapsed = started.elapsed();
    let stderr = stderr_of(&output);
    let answered = stderr
        .lines()
        .filter(|l| l.starts_with("affpay: GET "))
        .count();
    let limited = stderr.lines().filter(|l| l.contains("-> 429")).count();
    (output, elapsed, answered, limited)
}

fn rows_exported(output: &Output) -> usize {
    String::from_utf8_lossy(&output.stdout).lines().count() - 1
}

#[test]
fn paced_at_the_configured_rpm_an_export_meets_no_429() {
    // 8 requests a 4-second "minute"; 12 pages of 300.
    let served = serve(&[
        "--travelpayouts-actions",
        "3600",
        "--travelpayouts-rate-limit",
        "8",
        "--travelpayouts-rate-window",
        "4",
    ]);
    let (output, elapsed, answered, limited) = export(&served.url, 4, Some(8));
    let stderr = exits(&output, 0);
    assert_eq!(rows_exported(&output), 3600, "{stderr}");
    assert_eq!(limited, 0, "{stderr}");
    assert_eq!(answered, 12, "{stderr}");
    // Evenly spaced at 95% of 8 per 4 s: 0.526 s apart.
    let least = Duration::from_millis(520 * (answered as u64 - 1));
    assert!(elapsed >= least, "{answered} requests in {elapsed:?}");
    // And not much slower than that, even on a loaded machine (generous).
    assert!(elapsed < least * 3, "{answered} requests in {elapsed:?}");
}

#[test]
fn unpaced_an_export_waits_out_the_429s_and_completes() {
    // 8 requests a 2-second window, no Retry-After: the ninth page is refused, waited out
    // until the window ends, and the export goes on.
    let served = serve(&[
        "--travelpayouts-actions",
        "3600",
        "--travelpayouts-rate-limit",
        "8",
        "--travelpayouts-rate-window",
        "2",
    ]);
    let (output, elapsed, answered, limited) = export(&served.url, 2, None);
    let stderr = exits(&output, 0);
    assert_eq!(rows_exported(&output), 3600, "{stderr}");
    assert!(limited >= 1, "the limiter never answered: {stderr}");
    assert_eq!(answered, 12 + limited, "{stderr}");
    assert!(
        stderr.contains("rate-limited by travelpayouts: waiting"),
        "{stderr}"
    );
    assert!(elapsed >= Duration::from_millis(1500), "{elapsed:?}");
}

// ---- Settings -----------------------------------------------------------------------------

#[test]
fn rpm_is_checked_wherever_it_is_given_and_a_bad_one_names_the_value() {
    let env = Env::new();
    let config = |args: &[&str]| env.cmd().arg("config").args(args).output().unwrap();
    for bad in ["0", "60001", "fast", "2.5"] {
        let stderr = exits(&config(&["set", "travelpayouts.rpm", bad]), 2);
        assert!(
            stderr.contains(&format!("'{bad}' is not a rate")),
            "{stderr}"
        );
    }
    ok(&config(&["set", "trackdesk.rpm", "1200"]));
    assert_eq!(ok(&config(&["get", "trackdesk.rpm"])).trim(), "1200");
    let listed = ok(&config(&["list", "-o", "csv"]));
    for key in [
        "travelpayouts.rpm",
        "smartico.rpm",
        "trackdesk.rpm",
        "trackdesk.rps",
    ] {
        assert!(listed.contains(key), "{key}: {listed}");
    }
    assert!(listed.contains("default 300"), "{listed}");

    // The environment, before any request.
    let server = env.mock(vec![payments()]);
    let run = |rpm: &str| {
        env.tp(server.url())
            .env("AFFPAY_TRAVELPAYOUTS_RPM", rpm)
            .args(["tp", "payouts"])
            .output()
            .unwrap()
    };
    let stderr = exits(&run("lots"), 2);
    assert!(
        stderr.contains("AFFPAY_TRAVELPAYOUTS_RPM: 'lots' is not a rate"),
        "{stderr}"
    );
    assert!(server.lines().is_empty());

    // A hand-edited config: a bad value is named; the environment comes first.
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.toml"),
        "[default.travelpayouts]\nrpm = \"9x\"\n",
    )
    .unwrap();
    let output = env
        .tp(server.url())
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    let stderr = exits(&output, 2);
    assert!(
        stderr.contains("travelpayouts.rpm in") && stderr.contains("'9x' is not a rate"),
        "{stderr}"
    );
    assert!(server.lines().is_empty());
    ok(&run("600"));
    assert_eq!(server.lines(), [PAYMENTS]);

    // The other rate-limit settings.
    let bad_wait = env
        .tp(server.url())
        .args(["tp", "payouts", "--max-rate-wait", "soon"])
        .output()
        .unwrap();
    assert!(exits(&bad_wait, 2).contains("soon"));
    let bad_window = env
        .tp(server.url())
        .env("AFFPAY_TRAVELPAYOUTS_RPM", "600")
        .env("AFFPAY_RATE_WINDOW", "0")
        .args(["tp", "payouts"])
        .output()
        .unwrap();
    assert!(exits(&bad_window, 2).contains("AFFPAY_RATE_WINDOW: '0'"));
}
