//! Pacing: a 2000-account export stays under the Trackdesk simulator's rate limit, and without
//! pacing it meets 429s and still completes.

use super::*;

const PACED: [&str; 4] = [
    "--trackdesk-accounts",
    "2000",
    "--trackdesk-rate-limit",
    "10",
];

/// `balance --all -v -o csv`: the output and how long it took.
fn export(home: &Home) -> (Output, Duration) {
    let started = Instant::now();
    let output = home.run(&["balance", "--all", "-v", "-o", "csv"]);
    (output, started.elapsed())
}

/// The distinct account ids of a CSV export.
fn exported(output: &Output) -> usize {
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let ids: BTreeSet<String> = reader
        .records()
        .map(|r| r.expect("a CSV record")[0].to_string())
        .collect();
    ids.len()
}

fn requests(stderr: &str) -> u64 {
    stderr
        .lines()
        .filter(|l| l.starts_with("affpay: GET "))
        .count() as u64
}

#[test]
fn pacing_keeps_a_2000_account_export_under_the_rate_limit() {
    let served = serve(&PACED);
    let home = Home::paced(&served, 10);
    let (output, elapsed) = export(&home);
    let stderr = exits(&output, 0);
    assert_eq!(exported(&output), 2000, "{stderr}");
    assert!(!stderr.contains("-> 429"), "{stderr}");
    let requests = requests(&stderr);
    assert_eq!(requests, 20, "{stderr}");
    let least = Duration::from_millis(100 * (requests - 1));
    assert!(elapsed >= least, "{requests} requests in {elapsed:?}");
}

#[test]
fn without_pacing_the_same_export_meets_429_and_still_completes() {
    // A limit of 3 a second, which even a loaded machine outruns without pacing.
    let served = serve(&[
        "--trackdesk-accounts",
        "2000",
        "--trackdesk-rate-limit",
        "3",
    ]);
    let home = Home::new(&served);
    let (output, _) = export(&home);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("-> 429"),
        "the limiter never answered: {stderr}"
    );
    assert!(stderr.contains("retrying in 1000 ms"), "{stderr}");
    assert_eq!(exported(&output), 2000, "{stderr}");
}

#[test]
fn pacing_is_what_keeps_an_export_under_a_limit_the_simulator_can_reach() {
    // 600 accounts, six pages that the simulator answers far faster than 2 a second: without
    // pacing the export meets the limit; paced to 2 a second, it never does.
    let options = ["--trackdesk-accounts", "600", "--trackdesk-rate-limit", "2"];
    let (paced, unpaced) = (serve(&options), serve(&options));
    let paced = Home::paced(&paced, 2);
    let unpaced = Home::new(&unpaced);
    let child = unpaced
        .command(&["balance", "--all", "-v", "-o", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (output, elapsed) = export(&paced);
    let stderr = exits(&output, 0);
    assert_eq!(exported(&output), 600, "{stderr}");
    assert!(!stderr.contains("-> 429"), "{stderr}");
    let requests = requests(&stderr);
    assert_eq!(requests, 6, "{stderr}");
    assert!(
        elapsed >= Duration::from_millis(500 * (requests - 1)),
        "{elapsed:?}"
    );

    let output = child.wait_with_output().unwrap();
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("-> 429"),
        "the limiter never answered: {stderr}"
    );
    assert!(stderr.contains("retrying in 1000 ms"), "{stderr}");
    assert_eq!(exported(&output), 600, "{stderr}");
}
