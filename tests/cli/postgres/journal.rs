//! The journal in PostgreSQL: a SQLite journal migrated exactly and only once, the database going
//! away mid-run, and where the journal's URL comes from.

use super::*;

#[test]
fn migrate_copies_a_sqlite_journal_exactly_and_only_once() {
    let Some(db) = Database::new() else { return };
    let env = Env::new();
    let balances = Reply::json(
        200,
        r#"[{"id":1,"affiliate_id":1,"affiliate_name":"A","balance":10,"treshold":0,"payments":0,"operator_currency":"EUR"},
            {"id":2,"affiliate_id":2,"affiliate_name":"B","balance":20,"treshold":0,"payments":0,"operator_currency":"EUR"},
            {"id":3,"affiliate_id":3,"affiliate_name":"C","balance":30,"treshold":0,"payments":0,"operator_currency":"EUR"}]"#,
    );
    let server = env.mock(vec![
        balances,
        Reply::json(200, &fixture("smartico/af2_payments_op.json")),
        Reply::json(
            400,
            r#"{"errorCode":400,"message":"payment method missing"}"#,
        ),
        Reply::Drop,
    ]);
    // Paid, refused and unknown, in the SQLite journal of the data directory.
    let output = env
        .provider_process("smartico", server.url(), "smartico-key-migrate")
        .args(SETTLE_ALL)
        .output()
        .unwrap();
    exits(&output, 9);
    let export = |cmd: &mut Command| {
        let output = cmd
            .args(["journal", "export", "-o", "json"])
            .output()
            .unwrap();
        serde_json::from_str::<Vec<Value>>(&ok(&output)).unwrap()
    };
    let local = export(&mut env.process());
    let states: Vec<&str> = local.iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["succeeded", "failed", "sending"]);

    let migrate = || {
        let mut cmd = env.process();
        cmd.env("PGPASSWORD", &db.password)
            .args(["journal", "migrate", "--to", &db.url])
            .output()
            .unwrap()
    };
    let first = migrate();
    ok(&first);
    let said = stderr_of(&first);
    assert!(said.contains("3 copied, 0 already"), "{said}");
    assert!(said.contains("1 failed, 1 sending, 1 succeeded"), "{said}");
    db.assert_unseen(&first);
    assert_eq!(
        export(&mut db.affpay(&env)),
        local,
        "the same rows, field by field"
    );

    let again = migrate();
    ok(&again);
    assert!(
        stderr_of(&again).contains("0 copied, 3 already"),
        "{}",
        stderr_of(&again)
    );
    assert_eq!(
        export(&mut db.affpay(&env)),
        local,
        "a second copy changes nothing"
    );

    // Resolved in the database since: the copy leaves that row as it is there, and says so.
    let unknown = local[2]["key"].as_str().unwrap();
    let resolve = [
        "journal", "resolve", unknown, "--as", "failed", "--reason", "checked",
    ];
    ok(&db.affpay(&env).args(resolve).output().unwrap());
    let third = migrate();
    let said = exits(&third, 8);
    assert!(said.contains("differs") && said.contains(unknown), "{said}");
    let rows = export(&mut db.affpay(&env));
    assert_eq!(rows[2]["state"], "failed", "not overwritten");
    assert_eq!(rows[..2], local[..2]);

    let with_password = db.url_with_password();
    let refused = env
        .process()
        .args(["journal", "migrate", "--to", &with_password])
        .output()
        .unwrap();
    assert!(exits(&refused, 2).contains("must not carry a password"));
}

#[test]
fn the_database_going_away_mid_run_stops_it_and_nothing_is_paid_twice() {
    let Some(db) = Database::new() else { return };
    let sim = serve(&["--smartico-affiliates", "10", "--smartico-delay-ms", "300"]);
    let before = accounts(&sim.url);
    let env = Env::new();
    let run = db
        .on(&env, &sim.url)
        .args(SETTLE_ALL)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until("two payments", || {
        db.try_sql("SELECT 1 FROM affpay_operations")
            .is_ok_and(|rows| rows.len() >= 2)
    });
    // What the database going away looks like to affpay: the server ends its sessions (the
    // journal's and the lock's) mid-run.
    db.sql(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{}'",
        db.schema
    ));
    let output = run.wait_with_output().unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("journal database"), "{stderr}");
    db.assert_unseen(&output);

    let rerun = db.on(&env, &sim.url).args(SETTLE_ALL).output().unwrap();
    db.assert_unseen(&rerun);
    let unknown = db.sql("SELECT target FROM affpay_operations WHERE state = 'sending'");
    assert!(
        unknown.len() <= 1,
        "at most the request in flight is unknown"
    );
    assert_eq!(
        rerun.status.code(),
        Some(if unknown.is_empty() { 0 } else { 9 }),
        "{}",
        stderr_of(&rerun)
    );
    let unknown: Vec<i64> = unknown
        .iter()
        .map(|r| r.get::<_, String>(0).parse().unwrap())
        .collect();
    let after = payments(&sim.url);
    for (id, (owed, paid)) in &before {
        let moved = after[id] - paid;
        if unknown.contains(id) {
            assert!(moved == Decimal::ZERO || moved == *owed, "{id}: {moved}");
        } else {
            assert_eq!(moved, *owed, "{id} paid exactly what it was owed, once");
        }
    }
}

#[test]
fn the_journal_url_comes_from_the_profile_else_the_top_level_table_and_holds_no_password() {
    let env = Env::new();
    let data = env.dir.path().join("elsewhere");
    std::fs::create_dir_all(&data).unwrap();
    let shared = data.join("shared.sqlite3");
    let mine = data.join("mine.sqlite3");
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.toml"),
        format!("[journal]\nurl = \"sqlite://{}\"\n", shared.display()),
    )
    .unwrap();
    let config = |args: &[&str]| env.process().arg("config").args(args).output().unwrap();
    ok(&env.process().args(["journal", "list"]).output().unwrap());
    assert!(
        shared.exists(),
        "the top-level [journal] url serves every profile"
    );

    ok(&config(&[
        "set",
        "journal.url",
        &format!("sqlite://{}", mine.display()),
    ]));
    assert_eq!(
        ok(&config(&["get", "journal.url"])).trim(),
        format!("sqlite://{}", mine.display())
    );
    ok(&env.process().args(["journal", "list"]).output().unwrap());
    assert!(mine.exists(), "the profile's journal.url wins");
    let listed = ok(&config(&["list", "-o", "json"]));
    assert!(listed.contains("journal.url"), "{listed}");

    let refused = config(&[
        "set",
        "journal.url",
        "postgres://ops:hunter22@127.0.0.1/pay",
    ]);
    let stderr = exits(&refused, 2);
    assert!(stderr.contains("must not carry a password") && !stderr.contains("hunter22"));
    exits(
        &config(&["set", "journal.url", "postgres://ops@db.example/pay"]),
        2,
    );
    ok(&config(&["unset", "journal.url"]));
    exits(&config(&["get", "journal.url"]), 3);
}

#[test]
fn a_password_written_into_the_journal_url_by_hand_is_never_shown() {
    let env = Env::new();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    for url in [
        "postgres://ops:hunter22@127.0.0.1/pay?sslmode=disable",
        "postgres://ops@127.0.0.1/pay?sslmode=disable&password=hunter22",
        "postgres://ops:hunter22@[not a host/pay",
        "postgres://ops:22/hunter22@127.0.0.1/pay",
        "ops:hunter22@127.0.0.1",
    ] {
        std::fs::write(
            env.config_dir().join("config.toml"),
            format!("[default.journal]\nurl = \"{url}\"\n"),
        )
        .unwrap();
        let config = |args: &[&str]| env.process().arg("config").args(args).output().unwrap();
        let got = ok(&config(&["get", "journal.url"]));
        assert!(!got.contains("hunter22"), "{url}: {got}");
        assert!(
            got.contains("ops") || got.contains("unreadable"),
            "{url}: {got}"
        );
        let listed = ok(&config(&["list", "-o", "json"]));
        assert!(!listed.contains("hunter22"), "{url}: {listed}");
    }
}
