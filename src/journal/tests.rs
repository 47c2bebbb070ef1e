//! One set of journal tests, run against every backend: a SQLite file, and a PostgreSQL
//! schema of its own in the database `AFFPAY_TEST_POSTGRES_URL` names (see the README's
//! Tests section for when that variable is unset).
//!
//! Longer than most modules because it is one suite of the journal's rules run against both
//! backends, kept in one file so that each rule is stated once and checked for each.

use super::rows::VERSION;
use super::*;
use crate::journal::testing::{Fresh, fresh_backends, postgres_schema};

const SCOPE: &str = "https://boapi.smartico.ai";

fn intent(key: &str) -> Intent {
    Intent {
        scope: SCOPE.into(),
        key: key.to_string(),
        provider: "smartico".into(),
        profile: "default".into(),
        operation: "settle".into(),
        target: "35427".into(),
        amount: Some("10.50".into()),
        currency: Some("EUR".into()),
        batch: Some("2026-11-21".into()),
        request: "POST /api/af2_payments_op {}".into(),
        actor: Some("ops@host".into()),
        version: Some("0.1.0".into()),
    }
}

fn resolution(state: State, reference: Option<&str>) -> Resolution {
    Resolution {
        state,
        reference: reference.map(str::to_string),
        reason: Some("checked in the back office".into()),
        by: "ops@host".into(),
    }
}

fn keys(journal: &Journal, filter: &Filter) -> Vec<String> {
    let mut keys = Vec::new();
    journal
        .list(filter, |entry| {
            keys.push(entry.intent.key);
            Ok(())
        })
        .unwrap();
    keys
}

fn each_backend(test: impl Fn(&Fresh)) {
    for backend in fresh_backends() {
        eprintln!("backend: {}", backend.name);
        test(&backend);
    }
}

#[test]
fn a_key_moves_from_sending_to_a_final_state_and_survives_reopening() {
    each_backend(|backend| {
        let journal = backend.open();
        journal.begin(&intent("k1")).unwrap();
        assert!(
            journal.begin(&intent("k1")).is_err(),
            "{}: a sending key is not taken again",
            backend.name
        );
        drop(journal);

        let journal = backend.open();
        assert_eq!(
            journal.get(SCOPE, "k1").unwrap().unwrap().state,
            State::Sending
        );
        journal.fail(SCOPE, "k1", "rejected").unwrap();
        assert_eq!(
            journal.get(SCOPE, "k1").unwrap().unwrap().error.as_deref(),
            Some("rejected")
        );
        journal.begin(&intent("k1")).unwrap();
        let entry = journal.get(SCOPE, "k1").unwrap().unwrap();
        assert_eq!((entry.state, entry.attempts), (State::Sending, 2));
        assert_eq!(entry.error, None, "a retry clears the old error");
        let done = resolution(State::Succeeded, Some("15561"));
        assert!(journal.resolve(SCOPE, "k1", &done).unwrap());
        let entry = journal.get(SCOPE, "k1").unwrap().unwrap();
        assert_eq!(entry.state, State::Succeeded);
        assert_eq!(entry.reference.as_deref(), Some("15561"));
        assert_eq!(entry.resolved_by.as_deref(), Some("ops@host"));
        assert!(entry.resolution.is_some());
        assert!(
            !journal
                .resolve(SCOPE, "k1", &resolution(State::Failed, None))
                .unwrap(),
            "only sending rows resolve"
        );
        assert!(
            journal.begin(&intent("k1")).is_err(),
            "a succeeded key is never sent again"
        );

        journal.begin(&intent("k2")).unwrap();
        journal
            .succeed(SCOPE, "k2", Some("ref-2"), Some("status=paid"))
            .unwrap();
        let entry = journal.get(SCOPE, "k2").unwrap().unwrap();
        assert_eq!(
            (
                entry.state,
                entry.reference.as_deref(),
                entry.note.as_deref()
            ),
            (State::Succeeded, Some("ref-2"), Some("status=paid"))
        );
        assert!(journal.begin(&intent("k2")).is_err());
    });
}

#[test]
fn scopes_keep_servers_apart_and_a_sending_row_holds_its_target() {
    each_backend(|backend| {
        let journal = backend.open();
        journal.begin(&intent("k1")).unwrap();
        assert!(journal.get("http://127.0.0.1:9", "k1").unwrap().is_none());
        let mut elsewhere = intent("k1");
        elsewhere.scope = "http://127.0.0.1:9".into();
        journal.begin(&elsewhere).unwrap();
        assert_eq!(journal.find("k1").unwrap().len(), 2);

        let hold = journal
            .hold_on(SCOPE, "smartico", "default", "35427")
            .unwrap();
        assert_eq!(hold.as_deref(), Some("k1"), "any amount, any batch");
        assert!(
            journal
                .hold_on(SCOPE, "smartico", "default", "35428")
                .unwrap()
                .is_none()
        );
        assert!(
            journal
                .hold_on(SCOPE, "smartico", "other", "35427")
                .unwrap()
                .is_none()
        );
        journal.fail(SCOPE, "k1", "refused").unwrap();
        assert!(
            journal
                .hold_on(SCOPE, "smartico", "default", "35427")
                .unwrap()
                .is_none()
        );
    });
}

#[test]
fn rows_from_before_scopes_count_in_every_scope() {
    each_backend(|backend| {
        let journal = backend.open();
        let mut old = intent("old");
        old.scope = String::new();
        journal.begin(&old).unwrap();
        assert_eq!(
            journal.get(SCOPE, "old").unwrap().unwrap().intent.scope,
            "",
            "{}",
            backend.name
        );
        assert_eq!(
            journal
                .hold_on(SCOPE, "smartico", "default", "35427")
                .unwrap()
                .as_deref(),
            Some("old")
        );
        let what = ("smartico", "default", "settle", "35427");
        assert!(
            journal
                .done_before_scopes(what, "2026-11-21")
                .unwrap()
                .is_none()
        );
        journal.succeed("", "old", Some("r"), None).unwrap();
        let done = journal.done_before_scopes(what, "2026-11-21").unwrap();
        assert_eq!(done.unwrap().intent.key, "old");
        assert!(
            journal
                .done_before_scopes(what, "2026-11-22")
                .unwrap()
                .is_none()
        );
        let mut scoped = intent("new");
        scoped.batch = Some("2026-11-22".into());
        journal.begin(&scoped).unwrap();
        journal.succeed(SCOPE, "new", None, None).unwrap();
        assert!(
            journal
                .done_before_scopes(what, "2026-11-22")
                .unwrap()
                .is_none(),
            "only rows without a scope"
        );
    });
}

#[test]
fn lists_filter_and_keep_the_newest_rows_oldest_first() {
    each_backend(|backend| {
        let journal = backend.open();
        for (key, profile, operation, target) in [
            ("a-1", "default", "settle", "1"),
            ("a-2", "default", "cancel", "7,8"),
            ("a-3", "other", "settle", "3"),
            ("a-4", "default", "settle", "4"),
        ] {
            let mut i = intent(key);
            i.profile = profile.into();
            i.operation = operation.into();
            i.target = target.into();
            journal.begin(&i).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(3));
        }
        journal.succeed(SCOPE, "a-2", None, None).unwrap();
        journal.fail(SCOPE, "a-4", "no").unwrap();
        let all = Filter::default();
        assert_eq!(keys(&journal, &all), ["a-1", "a-2", "a-3", "a-4"]);
        let newest = Filter {
            limit: Some(2),
            ..Filter::default()
        };
        assert_eq!(keys(&journal, &newest), ["a-3", "a-4"], "{}", backend.name);
        let by = |f: Filter| keys(&journal, &f);
        assert_eq!(
            by(Filter {
                profile: Some("other".into()),
                ..Filter::default()
            }),
            ["a-3"]
        );
        assert_eq!(
            by(Filter {
                state: Some(State::Sending),
                ..Filter::default()
            }),
            ["a-1", "a-3"]
        );
        assert_eq!(
            by(Filter {
                operation: Some("cancel".into()),
                ..Filter::default()
            }),
            ["a-2"]
        );
        assert_eq!(
            by(Filter {
                provider: Some("trackdesk".into()),
                ..Filter::default()
            }),
            Vec::<String>::new()
        );
        assert_eq!(
            by(Filter {
                scope: Some("http://elsewhere".into()),
                ..Filter::default()
            }),
            Vec::<String>::new()
        );
        assert_eq!(
            by(Filter {
                since: Some("2000-01-01".into()),
                before: Some("2000-01-02".into()),
                ..Filter::default()
            }),
            Vec::<String>::new()
        );
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        assert_eq!(
            by(Filter {
                since: Some(today),
                scope: Some(SCOPE.into()),
                ..Filter::default()
            })
            .len(),
            4
        );
        let cancelled = journal.cancelled_targets("smartico", "default").unwrap();
        assert_eq!(
            cancelled,
            ["7", "8"].iter().map(|s| s.to_string()).collect()
        );
    });
}

#[test]
fn the_last_run_is_the_batch_a_run_touched_last_counted_as_it_stands() {
    each_backend(|backend| {
        let journal = backend.open();
        assert_eq!(journal.last_run("smartico", "default").unwrap(), None);
        let row = |key: &str, target: &str, batch: &str| Intent {
            target: target.into(),
            batch: Some(batch.into()),
            ..intent(key)
        };
        journal.begin(&row("old", "1", "2026-11-20")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        for key in ["a", "b", "c"] {
            journal.begin(&row(key, key, "2026-11-21")).unwrap();
        }
        journal.succeed(SCOPE, "a", Some("r1"), None).unwrap();
        journal.fail(SCOPE, "b", "refused").unwrap();
        let mut other = row("elsewhere", "9", "2026-11-21");
        other.scope = "http://127.0.0.1:9".into();
        journal.begin(&other).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        // A person resolving the old batch later does not make it the last run.
        journal
            .resolve(SCOPE, "old", &resolution(State::Succeeded, Some("r0")))
            .unwrap();
        let last = journal.last_run("smartico", "default").unwrap().unwrap();
        assert_eq!(last.batch.as_deref(), Some("2026-11-21"));
        assert_eq!((last.succeeded, last.failed, last.unknown), (1, 1, 2));
        assert!(last.at.starts_with("20"), "{}", last.at);
        assert_eq!(journal.unresolved("smartico", "default").unwrap(), 2);
        assert_eq!(journal.unresolved("smartico", "work").unwrap(), 0);
        assert_eq!(
            journal.providers_and_profiles().unwrap(),
            [("smartico".to_string(), "default".to_string())]
        );
    });
}

#[test]
fn a_reversal_marks_only_the_succeeded_rows_it_names_and_keeps_their_record() {
    each_backend(|backend| {
        let journal = backend.open();
        for (key, reference) in [("paid", "15561"), ("other", "15562")] {
            journal.begin(&intent(key)).unwrap();
            journal
                .succeed(SCOPE, key, Some(reference), Some("status=READY"))
                .unwrap();
        }
        let how = Reversal {
            by: "ops@host".into(),
            with: "smartico:default:cancel:15561".into(),
        };
        let what = ("smartico", "default", "settle");
        let keys = journal.reverse(SCOPE, what, &["15561"], &how).unwrap();
        assert_eq!(keys, ["paid"]);
        let entry = journal.get(SCOPE, "paid").unwrap().unwrap();
        assert_eq!(entry.state, State::Reversed);
        assert_eq!(entry.reference.as_deref(), Some("15561"));
        assert_eq!(
            entry.note.as_deref(),
            Some("status=READY"),
            "the record stays"
        );
        assert_eq!(entry.reversed_by.as_deref(), Some("ops@host"));
        assert_eq!(entry.reversed_with.as_deref(), Some(how.with.as_str()));
        assert!(entry.reversed_at.is_some());
        let other = journal.get(SCOPE, "other").unwrap().unwrap();
        assert_eq!(other.state, State::Succeeded);
        assert!(
            journal
                .reverse(SCOPE, what, &["15561"], &how)
                .unwrap()
                .is_empty(),
            "a reversed row is not reversed again"
        );
        assert!(
            journal
                .reverse("http://elsewhere", what, &["15562"], &how)
                .unwrap()
                .is_empty(),
            "another account scope is another account"
        );
        let mut unscoped = intent("before-scopes");
        unscoped.scope = String::new();
        journal.begin(&unscoped).unwrap();
        journal
            .succeed("", "before-scopes", Some("15563"), None)
            .unwrap();
        assert!(
            journal
                .reverse(SCOPE, what, &["15563"], &how)
                .unwrap()
                .is_empty(),
            "a row from before scopes may be another account's"
        );
    });
}

#[test]
fn a_copied_row_is_the_same_row_and_copying_again_changes_nothing() {
    let sources = fresh_backends();
    let source = sources[0].open();
    source.begin(&intent("c1")).unwrap();
    source.begin(&intent("c2")).unwrap();
    source.fail(SCOPE, "c2", "refused").unwrap();
    let mut rows = Vec::new();
    source
        .list(&Filter::default(), |e| {
            rows.push(e);
            Ok(())
        })
        .unwrap();
    for backend in &fresh_backends() {
        let copy = backend.open();
        copy.begin(&intent("c1")).ok();
        copy.fail(SCOPE, "c1", "a row that was already here")
            .unwrap();
        for row in &rows {
            let expected = row.intent.key != "c1";
            assert_eq!(copy.copy_in(row).unwrap(), expected, "{}", backend.name);
            assert!(!copy.copy_in(row).unwrap());
        }
        let c2 = copy.get(SCOPE, "c2").unwrap().unwrap();
        assert_eq!(&c2, rows.iter().find(|r| r.intent.key == "c2").unwrap());
        assert_eq!(copy.get(SCOPE, "c1").unwrap().unwrap().state, State::Failed);
    }
}

#[test]
fn a_postgres_schema_from_a_newer_affpay_is_refused_and_first_use_is_safe_at_once() {
    let Some(schema) = postgres_schema() else {
        return;
    };
    let opened: Vec<_> = (0..3)
        .map(|_| {
            let location = schema.location();
            std::thread::spawn(move || Journal::connect(&location).map(|_| ()))
        })
        .collect();
    for handle in opened {
        handle.join().unwrap().expect("three first uses at once");
    }
    schema.execute(&format!(
        "UPDATE affpay_schema SET version = {}",
        VERSION + 1
    ));
    let err = Journal::connect(&schema.location()).err().expect("refused");
    assert!(format!("{err:#}").contains("newer affpay"), "{err:#}");
}

#[test]
fn tls_encrypts_with_require_and_verify_full_checks_the_certificate() {
    let Some(schema) = postgres_schema() else {
        return;
    };
    let target = |mode: &str| match Location::parse(&format!("{}&{mode}", schema.url()), "t") {
        Ok(Location::Postgres(target)) => target,
        other => panic!("{other:?}"),
    };
    let encrypted = |target: &Target| -> bool {
        let mut client = target.connect().expect("connects");
        let sql = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";
        client.query_one(sql, &[]).unwrap().get(0)
    };
    assert!(!encrypted(&target("sslmode=disable")));
    assert!(encrypted(&target("sslmode=require")));
    // The test cluster's certificate is for 127.0.0.1, signed by a throwaway CA the server
    // names as its `ssl_ca_file` (see .ci/postgres).
    let mut plain = target("sslmode=disable").connect().unwrap();
    let ca: String = plain.query_one("SHOW ssl_ca_file", &[]).unwrap().get(0);
    assert!(encrypted(&target(&format!(
        "sslmode=verify-full&sslrootcert={ca}"
    ))));
    let err = target("sslmode=verify-full")
        .connect()
        .err()
        .expect("refused");
    assert!(format!("{err:#}").contains("certificate"), "{err:#}");
    assert_eq!(
        crate::error::exit_code(&err),
        3,
        "configuration, not bad weather"
    );
    let journal = Journal::connect(&Location::Postgres(target(&format!(
        "sslmode=verify-full&sslrootcert={ca}"
    ))));
    assert!(journal.is_ok(), "the journal itself over verified TLS");
}
