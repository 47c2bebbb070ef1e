//! `smartico settle` from a CSV and in bulk against the recording mock: the rows checked before
//! anything is paid, the confirmation, `--dry-run`, `--max-total`, rounding and a second run.

use super::*;

#[test]
fn a_bad_csv_exits_2_naming_every_bad_row_and_pays_nothing() {
    let env = Env::new();
    let script = || vec![vendor_balances(), paid(), paid(), paid()];

    let file = csv_file(&env, "affiliate_id,amount,bonus\n35427,10.00,1\n999,1,2\n");
    let (output, server) = run_in(&env, &settle_csv(&file), script());
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 1", &["bonus"]);
    names_line(&stderr, "line 3", &["999", "not known"]);
    assert_only_the_balance_list_was_read(&server);

    let contents = "affiliate_id,amount\n\
                    35427,10.00\n\
                    217628,abc\n\
                    1001,0\n\
                    1002,1.234\n\
                    35427,5\n\
                    x7,5\n";
    let file = csv_file(&env, contents);
    let (output, server) = run_in(&env, &settle_csv(&file), script());
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 3:", &["abc"]);
    names_line(&stderr, "line 4:", &["'0'"]);
    names_line(&stderr, "line 5:", &["1.234"]);
    names_line(&stderr, "line 6:", &["35427", "first on line 2"]);
    names_line(&stderr, "line 7:", &["x7"]);
    assert!(!stderr.contains("line 2:"), "line 2 is fine: {stderr}");
    assert!(stderr.contains("5 problem(s)"), "{stderr}");
    // The good row's affiliate is checked against the balance list, so that one message can
    // list everything wrong with the file; nothing is paid.
    assert_only_the_balance_list_was_read(&server);

    // The same checks apply to a CSV on standard input, as `-` or as a pipe named by a path
    // (which can be read only once).
    for stdin in ["-", "/dev/stdin"] {
        let server = MockServer::start(script());
        let output = env
            .provider("smartico", server.url(), TOKEN)
            .args(["smartico", "settle", "--from-csv", stdin, "--yes"])
            .write_stdin("affiliate_id,amount\n35427,1.50\n217628,-2\n")
            .output()
            .unwrap();
        let stderr = exits(&output, 2);
        names_line(&stderr, "line 3:", &["'-2'"]);
        assert_only_the_balance_list_was_read(&server);
    }

    // A file with no good row is refused without a request.
    let file = csv_file(&env, "affiliate_id,amount\n35427,0\n");
    let (output, server) = run_in(&env, &settle_csv(&file), script());
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 2:", &["'0'"]);
    assert!(sent(&server).is_empty());
}

/// The mock saw one read of the whole balance list and nothing else.
fn assert_only_the_balance_list_was_read(server: &MockServer) {
    let requests = sent(server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
}

#[test]
fn a_csv_naming_a_column_twice_is_refused_naming_it_before_any_request() {
    let env = Env::new();
    let file = csv_file(&env, "affiliate_id,amount,amount\n35427,1.00,99.00\n");
    let (output, server) = run_in(&env, &settle_csv(&file), vec![vendor_balances(), paid()]);
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 1:", &["'amount'", "more than once"]);
    assert!(sent(&server).is_empty());
}

#[test]
fn a_crlf_csv_reports_bad_rows_at_their_physical_lines() {
    let env = Env::new();
    // Line 3 opens a quoted comment that ends on line 4; the bad rows are on lines 2 and 5.
    let contents = "affiliate_id,amount,comment\r\n\
                    35427,abc,x\r\n\
                    217628,1.00,\"two\r\nlines\"\r\n\
                    35427,0,y\r\n";
    let file = csv_file(&env, contents);
    let (output, server) = run_in(&env, &settle_csv(&file), vec![vendor_balances(), paid()]);
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 2:", &["abc"]);
    names_line(&stderr, "line 5:", &["35427", "first on line 2"]);
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
    assert!(
        !stderr.contains("line 3:") && !stderr.contains("line 4:"),
        "{stderr}"
    );
    assert_only_the_balance_list_was_read(&server);
    assert!(payments_posted(&server).is_empty());
}

#[test]
fn unknown_affiliates_are_listed_with_the_files_other_problems_in_one_refusal() {
    let env = Env::new();
    let contents = "affiliate_id,amount\n35427,1.00\n999,2.00\n217628,abc\n1000,3\n";
    let file = csv_file(&env, contents);
    let (output, server) = run_in(&env, &settle_csv(&file), vec![vendor_balances(), paid()]);
    let stderr = exits(&output, 2);
    assert!(stderr.contains("3 problem(s)"), "{stderr}");
    names_line(&stderr, "line 3:", &["999", "not known"]);
    names_line(&stderr, "line 4:", &["abc"]);
    names_line(&stderr, "line 5:", &["1000", "not known"]);
    // In line order, whichever check found them.
    let at = |l: &str| stderr.find(l).unwrap();
    assert!(
        at("line 3:") < at("line 4:") && at("line 4:") < at("line 5:"),
        "{stderr}"
    );
    assert_only_the_balance_list_was_read(&server);
}

#[test]
fn a_good_csv_lists_balances_once_then_pays_each_row_in_file_order() {
    let env = Env::new();
    let contents = "affiliate_id,amount,comment,details\n\
                    217628,20,,\n\
                    35427,150.10,October,Paid by wire\n";
    let file = csv_file(&env, contents);
    let args = [
        "smartico",
        "settle",
        "--from-csv",
        &file,
        "--yes",
        "-o",
        "json",
    ];
    let (output, server) = run_in(&env, &args, vec![vendor_balances(), paid(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[("217628", "succeeded"), ("35427", "succeeded")])
    );
    ok(&output);
    let requests = sent(&server);
    assert_eq!(requests.len(), 3, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
    assert_eq!(
        posted(&requests, PAYMENTS),
        [
            payment(217628, "20"),
            r#"{"affiliate_id":35427,"amount":150.10,"send_mail_to_aff":false,"operator_comments":"October","payment_details":"Paid by wire"}"#.to_string(),
        ]
    );

    // From standard input, the same way.
    let server = MockServer::start(vec![vendor_balances(), paid(), paid()]);
    let output = Env::new()
        .provider("smartico", server.url(), TOKEN)
        .args(["smartico", "settle", "--from-csv", "-", "--yes"])
        .write_stdin("affiliate_id,amount\n35427,7.25\n")
        .output()
        .unwrap();
    ok(&output);
    assert_eq!(payments_posted(&server), [payment(35427, "7.25")]);
}

#[test]
fn a_csv_naming_an_unknown_affiliate_pays_nobody() {
    let env = Env::new();
    let file = csv_file(&env, "affiliate_id,amount\n35427,1.00\n999,2.00\n");
    let args = ["smartico", "settle", "--from-csv", &file, "--yes"];
    let (output, server) = run_in(&env, &args, vec![vendor_balances(), paid(), paid()]);
    let stderr = exits(&output, 2);
    names_line(&stderr, "line 3:", &["999"]);
    let requests = sent(&server);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_balance_read(&requests[0], "{}", "[0,499]");
}

#[test]
fn without_a_terminal_nothing_is_sent_unless_yes() {
    let single = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "10",
    ];
    let cases: [&[&str]; 3] = [
        &single,
        &[&single[..], &["--no-input"]].concat(),
        &["smartico", "settle", "--above-threshold"],
    ];
    for args in cases {
        let (output, server) = run(args, vec![vendor_balances(), paid(), paid(), paid()]);
        let stderr = exits(&output, 7);
        assert!(stderr.contains("--yes"), "{args:?}: {stderr}");
        assert!(payments_posted(&server).is_empty(), "{args:?}");
    }
}

#[test]
fn a_dry_run_shows_the_exact_request_and_sends_nothing() {
    let args = [
        "smartico",
        "settle",
        "--affiliate",
        "35427",
        "--amount",
        "150.10",
        "--comment",
        "internal",
        "--dry-run",
        "-o",
        "json",
    ];
    let (output, server) = run(&args, vec![balances(&[(35427, "500")]), paid()]);
    let planned = rows(&output);
    let stdout = ok(&output);
    assert_eq!(planned.len(), 1, "{stdout}");
    assert_eq!(planned[0]["method"], "POST");
    assert_eq!(planned[0]["url"], format!("{}{PAYMENTS}", server.url()));
    assert_eq!(
        planned[0]["body"],
        r#"{"affiliate_id":35427,"amount":150.10,"send_mail_to_aff":false,"operator_comments":"internal"}"#
    );
    assert_eq!(planned[0]["amount"], "150.10");
    assert!(!stdout.contains(TOKEN) && !stderr_of(&output).contains(TOKEN));
    assert!(payments_posted(&server).is_empty());
}

#[test]
fn max_total_refuses_a_bigger_plan_and_allows_an_equal_one() {
    let args = [
        "smartico",
        "settle",
        "--above-threshold",
        "--yes",
        "--max-total",
    ];
    // The vendor example pays 39949.47 + 5526.55 = 45476.02.
    let (output, server) = run(
        &[&args[..], &["100"]].concat(),
        vec![vendor_balances(), paid(), paid()],
    );
    let stderr = exits(&output, 7);
    assert!(
        stderr.contains("--max-total") && stderr.contains("45476.02"),
        "{stderr}"
    );
    assert!(payments_posted(&server).is_empty());

    let (output, server) = run(
        &[&args[..], &["45476.02"]].concat(),
        vec![vendor_balances(), paid(), paid()],
    );
    ok(&output);
    assert_eq!(
        payments_posted(&server),
        [payment(35427, "39949.47"), payment(217628, "5526.55")]
    );
}

#[test]
fn bulk_pays_balances_rounded_down_and_skips_what_rounds_to_nothing_or_is_too_small() {
    let owed = || balances(&[(1, "39949.47024789999"), (2, "0.009"), (3, "10.999")]);
    let (output, server) = run(SETTLE_ALL, vec![owed(), paid(), paid(), paid()]);
    let stderr = exits(&output, 0);
    assert!(stderr.contains("skipping 2"), "{stderr}");
    assert_eq!(
        results(&output),
        pairs(&[("1", "succeeded"), ("3", "succeeded")])
    );
    let requests = sent(&server);
    assert_balance_read(&requests[0], r#"{"above_threshold":true}"#, "[0,499]");
    assert_eq!(
        posted(&requests, PAYMENTS),
        [payment(1, "39949.47"), payment(3, "10.99")]
    );

    let args = [SETTLE_ALL, &["--min-amount", "20"]].concat();
    let (output, server) = run(&args, vec![owed(), paid(), paid(), paid()]);
    let stderr = exits(&output, 0);
    assert!(
        stderr.contains("skipping 3") && stderr.contains("--min-amount"),
        "{stderr}"
    );
    assert_eq!(payments_posted(&server), [payment(1, "39949.47")]);
}

#[test]
fn a_second_run_the_same_day_pays_nothing_again() {
    let env = Env::new();
    let owed = || balances(&[(35427, "39949.47024789999"), (217628, "5526.5585835")]);
    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed(), paid(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[("35427", "succeeded"), ("217628", "succeeded")])
    );
    ok(&output);
    assert_eq!(payments_posted(&server).len(), 2);

    let (output, server) = run_in(&env, SETTLE_ALL, vec![owed(), paid(), paid()]);
    assert_eq!(
        results(&output),
        pairs(&[("35427", "already_done"), ("217628", "already_done")])
    );
    ok(&output);
    assert!(payments_posted(&server).is_empty());

    // Naming another batch pays the same again, on purpose.
    let args = [SETTLE_ALL, &["--batch", "bonus-run"]].concat();
    let (output, server) = run_in(&env, &args, vec![owed(), paid(), paid(), paid()]);
    ok(&output);
    assert_eq!(
        payments_posted(&server),
        [payment(35427, "39949.47"), payment(217628, "5526.55")]
    );
}
