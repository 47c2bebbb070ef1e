//! Tables in narrow terminals, and CSV for spreadsheets (`--excel`).

use crate::util::{Env, Reply, exits, ok, stderr_of};
use serde_json::json;

const NOTICE: &str = "affpay: the table is wider than the terminal (60 columns); use --fields to pick columns or -o csv";

#[test]
fn a_narrow_terminal_never_splits_a_number() {
    let env = Env::new();
    // Too wide even with text cut: printed whole, one line per row, said once.
    let output = env
        .cmd()
        .env("COLUMNS", "60")
        .args(["--sandbox", "smartico", "balance"])
        .output()
        .unwrap();
    let stdout = ok(&output);
    assert_eq!(
        stderr_of(&output).matches(NOTICE).count(),
        1,
        "{}",
        stderr_of(&output)
    );
    let row = stdout.lines().find(|l| l.contains("35000")).expect(&stdout);
    assert!(row.contains("24576.14"), "{stdout}");
    assert!(
        !stdout.lines().any(|l| l.trim_end().ends_with("24576.")),
        "{stdout}"
    );
    // Picked columns fit: every line within 60, amounts whole, no notice.
    let output = env
        .cmd()
        .env("COLUMNS", "60")
        .args(["--sandbox", "smartico", "balance"])
        .args(["--fields", "affiliate_id,affiliate_name,balance"])
        .output()
        .unwrap();
    let stdout = ok(&output);
    assert!(
        !stderr_of(&output).contains("wider than"),
        "{}",
        stderr_of(&output)
    );
    assert!(
        stdout.contains("│        35000 ┆ Affiliate 35000 ┆ 24576.14 │"),
        "{stdout}"
    );
    for line in stdout.lines() {
        assert!(line.chars().count() <= 60, "{line:?}\n{stdout}");
    }
    // Long text is cut with an ellipsis instead of wrapped: one line per action.
    let output = env
        .cmd()
        .env("COLUMNS", "80")
        .args(["--sandbox", "tp", "actions", "--limit", "3"])
        .args(["--fields", "action_id,price,profit,currency,description"])
        .output()
        .unwrap();
    let stdout = ok(&output);
    assert!(!stderr_of(&output).contains("wider than"));
    assert!(stdout.contains('…'), "{stdout}");
    let rows = stdout.lines().filter(|l| l.starts_with('│')).count();
    assert_eq!(rows, 1 + 3, "a header and one line per action:\n{stdout}");
    for line in stdout.lines() {
        assert!(line.chars().count() <= 80, "{line:?}\n{stdout}");
    }
}

#[test]
fn excel_csv_has_a_bom_and_neutralised_formulas_and_plain_csv_is_untouched() {
    let env = Env::new();
    let page = || {
        let body = json!({
            "actions": [{
                "action_id": "100:1", "campaign_id": 100, "action_state": "paid",
                "price": "-5.00", "profit": "0.5", "description": "=HYPERLINK(\"x\")",
                "booked_at": "2021-01-01 00:00:00", "updated_at": "2021-01-01 00:00:00",
            }],
            "total_price": "1", "total_profit": "1",
        });
        Reply::json(200, &body.to_string())
    };
    let row = "100:1,100,paid,-5.00,0.5,usd,";
    let server = env.mock(vec![page()]);
    let plain = ok(&env
        .tp(server.url())
        .args(["tp", "actions", "-o", "csv"])
        .output()
        .unwrap());
    assert!(plain.starts_with("action_id,"), "{plain:?}");
    assert!(
        plain.contains(&format!("{row}\"=HYPERLINK(\"\"x\"\")\",")),
        "{plain}"
    );
    let server = env.mock(vec![page()]);
    let excel = ok(&env
        .tp(server.url())
        .args(["tp", "actions", "-o", "csv", "--excel"])
        .output()
        .unwrap());
    assert!(excel.starts_with("\u{feff}action_id,"), "{excel:?}");
    assert!(
        excel.contains(&format!("{row}\"'=HYPERLINK(\"\"x\"\")\",")),
        "{excel}"
    );
    assert_eq!(
        excel.trim_start_matches('\u{feff}').replace('\'', ""),
        plain
    );
    // Only for CSV: refused before anything is sent.
    let output = env
        .cmd()
        .args(["--sandbox", "tp", "balance", "--excel"])
        .output()
        .unwrap();
    assert!(exits(&output, 2).contains("--excel"));
}

#[test]
fn money_lists_total_per_currency_under_the_table_only() {
    let env = Env::new();
    for (args, line) in [
        (&["smartico", "balance"][..], "total EUR: balance "),
        (&["trackdesk", "balance"][..], "total USD: open_balance "),
        (&["affonso", "balance"][..], "total EUR: pending "),
        (&["affonso", "payouts"][..], "total USD: amount "),
    ] {
        let table = ok(&env.cmd().arg("--sandbox").args(args).output().unwrap());
        assert!(table.contains(line), "{args:?}\n{table}");
        let csv = ok(&env
            .cmd()
            .arg("--sandbox")
            .args(args)
            .args(["-o", "csv"])
            .output()
            .unwrap());
        assert!(!csv.contains("total "), "{args:?}\n{csv}");
    }
}
