//! Trackdesk's own cases, beyond affiliate billing, of properties the suite checks for every
//! entry, against the recording mock and kept as they were written in `tests/cli/trackdesk_wire/`.

use crate::cli::schema;
use crate::trackdesk::{answer, answer_json, home, lines, run_in, settlement_all_new, words};
use crate::trackdesk_wire::*;
use crate::util::{Reply, exits, rows, text};
use serde_json::json;

// Covered for every entry by `unknown::an_empty_object_2xx_is_unknown_where_it_is_not_the_success_shape`.
#[test]
fn tipalti_pay_answered_without_a_batch_id_is_unknown_and_never_sent_again() {
    let env = home();
    let args = leaked(format!("trackdesk tipalti pay {SETTLEMENT} --yes -o json"));
    let script = vec![
        answer("payable"),
        settlement_all_new(),
        answer_json(json!({})),
    ];
    schema::check_response(
        "POST",
        &format!("{TIPALTI}/{SETTLEMENT}/payment-batch"),
        "{}",
    );
    let (output, server) = run_in(&env, &args, script);
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 3);
    let row = &rows(&output)[0];
    assert_eq!(row["result"], "unknown");
    assert!(
        text(&row["detail"]).contains("without its paymentBatchId"),
        "{row}"
    );

    let (output, server) = run_in(&env, &args, pay_script());
    exits(&output, 9);
    assert_eq!(lines(&server).len(), 2, "the POST was sent a second time");
}

// Covered for every entry by `unknown::a_json_2xx_that_is_not_an_object_is_unknown`.
#[test]
fn an_answer_that_is_not_an_object_leaves_a_change_unknown() {
    // The documented success of a status change and of a delete is an object with no
    // fields, `{}`; `[]`, `null` or a string is not it.
    for reply in ["[]", "null", "\"ok\""] {
        let env = home();
        let args = words("trackdesk adjust cv-0001 --status approved --batch b --yes -o json");
        let (output, server) = run_in(&env, &args, vec![Reply::json(200, reply)]);
        exits(&output, 9);
        assert_eq!(lines(&server).len(), 1, "{reply}");
        let (output, server) = run_in(&env, &args, vec![answer_json(json!({}))]);
        exits(&output, 9);
        assert!(lines(&server).is_empty(), "{reply}: sent again");

        let env = home();
        let args = leaked(format!("trackdesk claims delete {CLAIM} --yes -o json"));
        let (output, _) = run_in(&env, &args, vec![Reply::json(200, reply)]);
        exits(&output, 9);
        assert_eq!(rows(&output)[0]["result"], "unknown", "{reply}");

        // The same rule for the affiliate-billing changes that answer `{}`.
        for line in [
            "trackdesk payouts mark as-1 --status paid --yes -o json",
            "trackdesk cancel as-1 --yes -o json",
        ] {
            let (output, _) = run_in(&home(), &words(line), vec![Reply::json(200, reply)]);
            exits(&output, 9);
            assert_eq!(rows(&output)[0]["result"], "unknown", "{line}: {reply}");
        }
    }
}
