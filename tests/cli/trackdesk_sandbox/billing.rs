//! Billing details and a payment method make skipped Trackdesk accounts settle.

use super::*;

#[test]
fn details_and_a_payment_method_make_skipped_accounts_settle() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let before = home.open();
    let (no_details, no_method) = (accounts.id(5), accounts.id(8));

    let (planned, stderr) = home.json(&["settle", "--until", UNTIL, "--dry-run"], 0);
    assert!(
        stderr.contains(&format!("skipping {no_details}: no billing details")),
        "{stderr}"
    );
    assert!(!text(&planned[0]["body"]).contains(no_details));

    let args = [
        "billing-details",
        "set",
        "--account",
        no_details,
        "--name",
        "Jane Doe",
    ];
    let (set, _) = home.json(&[&args[..], &["--country", "cz", "--yes"]].concat(), 0);
    assert_eq!(
        outcomes(&set),
        [(no_details.to_string(), "succeeded".to_string())]
    );
    assert!(!text(&set[0]["reference"]).is_empty());
    assert_eq!(home.open()[no_details]["has_billing_details"], json!(true));
    let (settled, _) = home.settle(&["--account", no_details], 0);
    let part = &created(&settled)[no_details];
    assert_eq!(part["amount"], before[no_details]["open_balance"]);

    let args = [
        "payment-methods",
        "add",
        "--account",
        no_method,
        "--type",
        "payoneer",
    ];
    let extra = ["--currency", "EUR", "--email", "a@b.co", "--yes"];
    let (added, _) = home.json(&[&args[..], &extra].concat(), 0);
    assert_eq!(
        outcomes(&added),
        [(no_method.to_string(), "succeeded".to_string())]
    );
    let method = text(&added[0]["reference"]);
    assert!(!method.is_empty());
    assert_eq!(
        added[0]["detail"],
        json!("type=payoneer currency=EUR default=true")
    );
    let shown = home.record(&["balance", "show", no_method]);
    assert_eq!(
        (&shown["payment_method"], &shown["payment_method_currency"]),
        (&json!("payoneer"), &json!("EUR"))
    );
    let args = ["payment-methods", "update", &method, "--type", "payoneer"];
    let (updated, _) = home.json(&[&args[..], &["--email", "c@d.co", "--yes"]].concat(), 0);
    assert_eq!(
        outcomes(&updated),
        [(method.clone(), "succeeded".to_string())]
    );
    assert_eq!(updated[0]["reference"], json!(method));
    let (settled, _) = home.settle(&["--account", no_method], 0);
    let part = &created(&settled)[no_method];
    assert_eq!(part["amount"], before[no_method]["open_balance"]);

    let types = home.list(&["payment-methods", "types"]);
    let types = by(&types, "type");
    assert_eq!(types.len(), 19);
    for name in [
        "paypal",
        "sepa",
        "bank-transfer",
        "wise",
        "payoneer",
        "tipalti",
        "bitcoin",
    ] {
        assert!(!text(&types[name]["currencies"]).is_empty(), "{name}");
    }
    assert_eq!(types["sepa"]["currencies"], json!("EUR"));
    assert_eq!(
        types["paypal"]["wire"],
        json!("PAYMENT_METHOD_TYPE_PAY_PAL")
    );
    assert!(text(&types["payoneer"]["fields"]).contains("--email (required)"));
}
