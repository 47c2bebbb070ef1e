//! Billon's own case of a property the suite checks for every entry, against the recording mock
//! and kept as it was written in `tests/cli/billon/`.

use crate::billon::*;
use crate::util::{Env, Reply, exits, rows};

// Covered for every entry by `unknown::an_html_2xx_is_unknown`, `an_empty_2xx_is_unknown` and
// `an_empty_object_2xx_is_unknown_where_it_is_not_the_success_shape`; this case adds the panel's
// near-miss answers (no payment, or one without its id).
#[test]
fn an_unreadable_2xx_to_a_create_or_cancel_is_unknown_and_never_sent_again() {
    let cancel = ["billon", "cancel", "1", "--yes", "-o", "json"];
    for body in [
        "<html>Bad gateway</html>",
        "{}",
        r#"{"payments":[]}"#,
        r#"{"payments":[{"status":"READY"}]}"#,
    ] {
        for args in [settle("5"), cancel.iter().map(|s| s.to_string()).collect()] {
            let env = Env::new();
            let server = env.mock(vec![authenticated(), Reply::json(200, body)]);
            let output = env
                .provider("billon", server.url(), PASSWORD)
                .args(&args)
                .output()
                .unwrap();
            let stderr = exits(&output, 9);
            assert_eq!(rows(&output)[0]["result"], "unknown", "{body}: {stderr}");
            let server = env.mock(vec![authenticated(), created()]);
            let output = env
                .provider("billon", server.url(), PASSWORD)
                .args(&args)
                .output()
                .unwrap();
            exits(&output, 9);
            let sent: Vec<String> = server
                .lines()
                .into_iter()
                .filter(|l| l != AUTHENTICATE)
                .collect();
            assert!(sent.is_empty(), "{body}: {sent:?}");
        }
    }
}
