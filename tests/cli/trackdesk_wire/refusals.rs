//! Bad input to every Trackdesk change beyond affiliate billing exits 2 and sends nothing.

use super::*;

#[test]
fn bad_input_to_every_new_change_exits_2_and_sends_nothing() {
    let server = MockServer::start(vec![]);
    let env = Env::new();
    let cases = [
        ("trackdesk tipalti pay a/b --yes", "a Trackdesk id"),
        (
            "trackdesk tipalti pay s-1 --max-total=-5 --yes",
            "--max-total",
        ),
        (
            "trackdesk adjust cv-1 --status unspecified --yes",
            "not a conversion status",
        ),
        (
            "trackdesk adjust cv-1 --status done --yes",
            "not a conversion status",
        ),
        (
            "trackdesk adjust a/b --status approved --yes",
            "a Trackdesk id",
        ),
        (
            "trackdesk adjust cv-1 cv-2 --status approved --idempotency-key k --yes",
            "--idempotency-key names a single",
        ),
        (
            "trackdesk claim --min-amount=-1 --yes",
            "must not be negative",
        ),
        ("trackdesk claim --min-amount abc --yes", "--min-amount"),
        ("trackdesk claim --until 2026-13-01 --yes", "2026-13-01"),
        ("trackdesk claim --advertiser a/b --yes", "a Trackdesk id"),
        (
            "trackdesk claim --note '' --yes",
            "--note must not be empty",
        ),
        ("trackdesk claims delete a/b --yes", "a Trackdesk id"),
        (
            "trackdesk claims delete c-1 c-2 --idempotency-key k --yes",
            "--idempotency-key names a single",
        ),
        (
            "trackdesk actions --currency EURO",
            "not a code of 3 letters",
        ),
        (
            "trackdesk actions --from 2026-11-01 --to 2026-10-01",
            "is after",
        ),
        ("trackdesk receivables --min-amount x", "--min-amount"),
    ];
    for (line, needle) in cases {
        let args: Vec<String> = if line.contains("''") {
            let mut a: Vec<String> = line
                .replace(" ''", "")
                .split_whitespace()
                .map(String::from)
                .collect();
            let at = a.iter().position(|w| w == "--note").unwrap();
            a.insert(at + 1, String::new());
            a
        } else {
            line.split_whitespace().map(String::from).collect()
        };
        let output = env
            .provider("trackdesk", server.url(), KEY)
            .args(&args)
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        assert!(stderr.contains(needle), "{line}: {stderr}");
    }
    assert!(server.lines().is_empty(), "{:?}", server.lines());
}
