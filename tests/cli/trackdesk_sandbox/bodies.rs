//! Every body affpay would send the Trackdesk simulator fits the vendor's schemas.

use super::*;

/// Checks every body of a dry run against the request schema; returns how many it checked.
fn check_dry_run(home: &Home, args: &[&str]) -> usize {
    let (planned, stderr) = home.json(&[args, &["--dry-run"]].concat(), 0);
    assert!(!planned.is_empty(), "{args:?} planned nothing: {stderr}");
    let mut checked = 0;
    for row in &planned {
        let method = text(&row["method"]);
        let url = text(&row["url"]);
        assert!(url.starts_with(&home.url), "{url}");
        match &row["body"] {
            Value::Null => assert_eq!(method, "DELETE", "{args:?}: {row}"),
            body => {
                schema::check_request(&method, &url, &text(body));
                checked += 1;
            }
        }
    }
    checked
}

/// A command line typed as one string; no argument holds a space.
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

#[test]
fn every_body_affpay_would_send_fits_the_vendor_schema() {
    let served = serve(&[]);
    let home = Home::new(&served);
    let accounts = Accounts::of(&home);
    let (a0, a3, a8) = (accounts.id(0), accounts.id(3), accounts.id(8));
    let mut lines = vec![
        format!("settle --until {UNTIL}"),
        "settle --until 2026-10-15T12:00:00Z --min-amount 100.50 --payment-method paypal \
         --payment-method sepa --note October-run"
            .to_string(),
        format!("settle --account {a0} --account {a3}"),
        format!("billing-details set --account {a8} --name Jane --country cz"),
        format!(
            "billing-details set --account {a8} --name Jane-Doe-s.r.o. --country US \
             --address-line1 Main-1 --address-line2 Suite-2 --city Sacramento \
             --postal-code 95814 --subdivision ca --vat US123 --invoicing-email b@example.com"
        ),
    ];
    // Every payment method type, with each of its fields.
    let types = [
        "bank-transfer USD --bank-account-number=123 --bank-address=Wall-St-1 --bank-name=B \
         --swift=BOFAUS3N --aba=026009593 --note=n",
        "bitcoin USD --wallet-address=bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "credit-store EUR --identification=store-1",
        "custom EUR --name=Cash --identification=desk-3",
        "direct-deposit USD --account-number=1234 --account-holder=Jane --bank-name=B \
         --routing-number=026009593",
        "ether USD --wallet-address=0xabc",
        "gift-card EUR --identification=card-9",
        "mercado-pago EUR --email=a@b.co --first-name=Ana --last-name=Lima",
        "neteller EUR --email=a@b.co",
        "paxum EUR --email=a@b.co",
        "paypal EUR --email=a@b.co",
        "payoneer EUR --email=a@b.co --note=main",
        "revolut GBP --revolut-tag=@jane --phone-number=+420123 --email=a@b.co",
        "sepa EUR --iban=CZ6508000000192000145399 --beneficiary-name=Jane --bic=GIBACZPX",
        "skrill EUR --email=a@b.co",
        "tipalti EUR --payee-id=payee-7",
        "usdc USD --wallet-address=0xdef",
        "usdt USD --wallet-address=0x123",
        "wise CZK --email=a@b.co",
    ];
    for spec in types {
        let (kind, rest) = spec.split_once(' ').unwrap();
        let (currency, fields) = rest.split_once(' ').unwrap();
        lines.push(format!(
            "payment-methods add --account {a8} --type {kind} --currency {currency} {fields}"
        ));
    }
    lines.extend([
        "payment-methods update pm-1 --type payoneer --email c@d.co".to_string(),
        "payment-methods update pm-1 --type paypal --currency usd".to_string(),
        "payment-methods update pm-1 --type sepa --currency EUR --iban CZ65 --note x".to_string(),
    ]);
    let mut checked = 0;
    for line in &lines {
        checked += check_dry_run(&home, &words(line));
    }
    assert_eq!(checked, lines.len());

    // The commands on existing settlements, after a real settle.
    let (report, _) = home.settle(&[], 8);
    let settlement = settlement_of(&report);
    let made: Vec<String> = created(&report)
        .values()
        .map(|r| text(&r["reference"]))
        .collect();
    let ids = format!("{} {} {}", made[0], made[1], made[2]);
    for status in ["new", "in-progress", "paid", "PAID", "in_progress"] {
        let line = format!("payouts mark {ids} --status {status}");
        assert_eq!(check_dry_run(&home, &words(&line)), 3, "{line}");
    }
    let cancel = format!("cancel {} {}", made[0], made[1]);
    assert_eq!(check_dry_run(&home, &words(&cancel)), 0);
    let whole = format!("cancel --settlement {settlement}");
    assert_eq!(check_dry_run(&home, &words(&whole)), 0);

    // Conversions and what advertisers owe.
    let conversion = text(&home.list(&["actions", "--limit", "1"])[0]["conversion_id"]);
    for status in ["approved", "on-hold", "QUALITY_CONTROL", "rejected"] {
        let line = format!("adjust {conversion} cv-2 --status {status}");
        assert_eq!(check_dry_run(&home, &words(&line)), 2, "{line}");
    }
    for line in [
        format!("claim --until {UNTIL}"),
        "claim --until 2026-12-31T12:00:00Z --min-amount 10.5 --tag tag-odd --note Nov".to_string(),
    ] {
        assert!(check_dry_run(&home, &words(&line)) >= 1, "{line}");
    }
    assert_eq!(check_dry_run(&home, &words("claims delete c-1 c-2")), 0);
}
