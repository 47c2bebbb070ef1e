//! Affonso's own case of a property the suite checks for every entry, against the recording
//! mock and kept as it was written in `tests/cli/affonso/`.

use crate::affonso::*;
use crate::util::{Env, Reply, exits};

// Covered for every entry by `unknown::an_html_2xx_is_unknown`, `an_empty_2xx_is_unknown` and
// `an_empty_object_2xx_is_unknown_where_it_is_not_the_success_shape`; this case adds Affonso's
// near-miss success shapes.
#[test]
fn a_put_answered_with_an_unreadable_2xx_is_unknown_and_never_sent_again() {
    let unreadable = [
        "<html><body>Welcome</body></html>",
        "{}",
        r#"{"success":true,"data":{}}"#,
        r#"{"data":{"id":"po_1","status":"completed"}}"#,
    ];
    for body in unreadable {
        let env = Env::new();
        let args = ["affonso", "settle", "po_1", "--yes", "-o", "json"];
        let script = vec![
            payout("po_1", "processing", "33.10"),
            Reply::json(200, body),
        ];
        let (output, server) = run_in(&env, &args, script);
        let stderr = exits(&output, 9);
        assert_eq!(rows_of(&output)[0]["result"], "unknown", "{body}: {stderr}");
        assert_eq!(puts(&server).len(), 1, "{body}");

        let script = vec![
            payout("po_1", "processing", "33.10"),
            payout("po_1", "completed", "33.10"),
        ];
        let (output, server) = run_in(&env, &args, script);
        exits(&output, 9);
        assert_eq!(rows_of(&output)[0]["result"], "unknown", "{body}");
        assert_eq!(lines(&server), ["GET /v1/payouts/po_1"], "{body}");
    }
}
