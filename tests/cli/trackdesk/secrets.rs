//! The Trackdesk key never shows, in output, the journal, or an unreadable answer.

use super::*;

/// Stdout and stderr together, to look for the key in.
fn everything(output: &Output) -> String {
    format!("{}{}", stdout_of(output), stderr_of(output))
}

#[test]
fn the_key_never_shows_in_output_or_the_journal() {
    let env = home();
    let args = [settle_october(), vec!["-v"]].concat();
    let (settled, server) = run_in(
        &env,
        &args,
        vec![answer("open_balances"), answer("settle_balances")],
    );
    ok(&settled);
    let stderr = stderr_of(&settled);
    assert!(
        stderr.contains(&format!("POST {}{SETTLE} -> 200", server.url())),
        "-v logs requests: {stderr}"
    );

    // A refusal that quotes the key back, and a POST whose outcome is unknown.
    let echoed = grpc(401, 16, &format!("API key {KEY} is revoked"));
    let (refused, _) = run_in(&env, &words("trackdesk balance -v"), vec![echoed]);
    assert!(exits(&refused, 4).contains("<redacted>"));
    let args = [settle_october(), vec!["-v", "--batch", "b2"]].concat();
    let (unknown, _) = run_in(
        &env,
        &args,
        vec![
            answer("open_balances"),
            grpc(500, 13, &format!("bad key {KEY}")),
        ],
    );
    exits(&unknown, 9);
    let (dry, _) = run_in(
        &env,
        &[settle_october(), vec!["--dry-run", "--batch", "b3"]].concat(),
        vec![answer("open_balances")],
    );
    ok(&dry);

    let key = text(&rows(&settled)[0]["key"]);
    let journal = |args: &[&str]| env.cmd().args(args).output().unwrap();
    let shown = journal(&["journal", "show", &key, "-o", "json"]);
    let listed = journal(&["journal", "list", "-o", "json"]);
    let entries = rows(&listed);
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert!(ok(&shown).contains(SETTLE), "the journal keeps the request");
    for output in [&settled, &refused, &unknown, &dry, &shown, &listed] {
        let all = everything(output);
        assert!(!all.contains(KEY), "the key in:\n{all}");
    }
}

#[test]
fn the_key_is_redacted_from_an_unreadable_answer_too() {
    let page = format!("<html>debug: X-Api-Key: {KEY}</html>");
    let (output, _) = run(&words("trackdesk balance"), vec![Reply::json(200, &page)]);
    let stderr = exits(&output, 5);
    assert!(stderr.contains("not the expected JSON"), "{stderr}");
    assert!(!stderr.contains(KEY), "{stderr}");
}
