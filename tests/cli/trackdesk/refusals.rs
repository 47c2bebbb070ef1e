//! Bad input to any Trackdesk command exits 2 before anything is sent.

use super::*;

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let server = MockServer::start(vec![]);
    let env = Env::new();
    let add = "trackdesk payment-methods add --account a1 --yes";
    let cases = [
        (
            "trackdesk payouts mark as-1 --status error --yes".to_string(),
            "cannot be set by hand",
        ),
        (
            "trackdesk payouts mark as-1 --status done --yes".into(),
            "use new, in-progress or paid",
        ),
        (
            format!("{add} --type payoneer --currency EUR"),
            "payoneer requires --email",
        ),
        (
            format!("{add} --type payoneer --currency EUR --note n"),
            "payoneer requires --email",
        ),
        (
            format!("{add} --type paypal --currency EUR --email a@b.cz --iban X"),
            "--iban does not apply to paypal",
        ),
        (
            format!("{add} --type sepa --currency EUR --note only-a-note"),
            "needs its details",
        ),
        (
            format!("{add} --type paypal --currency EU --email a@b.cz"),
            "--currency 'EU' is not a code of 3 letters",
        ),
        (
            format!("{add} --type paypal --currency EU1 --email a@b.cz"),
            "--currency 'EU1'",
        ),
        (
            format!("{add} --type cash --currency EUR --email a@b.cz"),
            "not a payment method type",
        ),
        (
            "trackdesk payment-methods update pm-1 --type sepa --yes".into(),
            "nothing to change",
        ),
        (
            "trackdesk billing-details set --account a1 --name N --country CZE --yes".into(),
            "--country 'CZE' is not a code of 2 letters",
        ),
        (
            "trackdesk billing-details set --account a1 --name N --country CZ \
             --invoicing-email nope --yes"
                .into(),
            "not an email address",
        ),
        (
            "trackdesk billing-details set --account a1 --name N --country US \
             --subdivision US-CA --yes"
                .into(),
            "--subdivision 'US-CA' is not a code of 1 to 3 letters or digits",
        ),
        (
            "trackdesk balance --min-amount 1e3".into(),
            "--min-amount '1e3' is not a decimal amount",
        ),
        (
            "trackdesk settle --min-amount 1e3 --yes".into(),
            "'1e3' is not a decimal amount",
        ),
        (
            "trackdesk settle --min-amount=-5 --yes".into(),
            "must not be negative",
        ),
        (
            "trackdesk settle --max-total 0 --yes".into(),
            "must be greater than zero",
        ),
        (
            "trackdesk payouts show a/b".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk balance show a/b".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk cancel ok-1 a/b --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk cancel --settlement ../x --yes".into(),
            "'../x' is not a Trackdesk id",
        ),
        (
            "trackdesk settle --account a/b --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk payouts mark a?b --status paid --yes".into(),
            "'a?b' is not a Trackdesk id",
        ),
        (
            "trackdesk payment-methods update a/b --type sepa --iban X --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        (
            "trackdesk billing-details set --account a/b --name N --country CZ --yes".into(),
            "'a/b' is not a Trackdesk id",
        ),
        ("trackdesk balance --until 2026-02-30".into(), "2026-02-30"),
        (
            "trackdesk settle --until 2026-02-30 --yes".into(),
            "2026-02-30",
        ),
        (
            "trackdesk payouts --from 2026-11-01 --to 2026-10-31".into(),
            "--from 2026-11-01T00:00:00Z is after --to 2026-10-31T23:59:59Z",
        ),
        (
            "trackdesk payouts mark as-1 as-2 --status paid --idempotency-key k --yes".into(),
            "names a single request",
        ),
    ];
    for (line, why) in &cases {
        let output = env
            .provider("trackdesk", server.url(), KEY)
            .args(line.split_whitespace())
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        assert!(stderr.contains(why), "{line}: {stderr}");
    }
    assert_eq!(server.lines(), Vec::<String>::new());
}
