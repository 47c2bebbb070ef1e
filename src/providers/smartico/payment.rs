//! A payment to record, as the operator asked for it (flags or a CSV row) or as a balance
//! above threshold makes it, and its request body. The CSV's rows are checked here, all of
//! them before anything is sent; sending is `changes`' work.

use crate::csv_input;
use crate::error::usage;
use crate::money::{self, AmountRule};
use anyhow::Result;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::HashMap;

/// One payment to make: who, how much, and the texts that go with it.
pub struct Payment {
    pub affiliate_id: i64,
    pub amount: Decimal,
    /// The operator typed the amount (flag or CSV); a balance read from Smartico is not
    /// part of the key, so a balance that moved cannot make a second payment look new.
    pub amount_asked: bool,
    /// The operator currency as Smartico reports it: shown, never part of the key.
    pub currency: Option<String>,
    /// The affiliate's name as Smartico reports it: shown with the plan.
    pub name: Option<String>,
    pub comment: Option<String>,
    pub details: Option<String>,
}

/// Payments to make, and affiliates left out with the reason.
pub struct Payments {
    pub payments: Vec<Payment>,
    pub skipped: Vec<(String, String)>,
}

impl From<Vec<Payment>> for Payments {
    fn from(payments: Vec<Payment>) -> Payments {
        Payments {
            payments,
            skipped: Vec::new(),
        }
    }
}

pub fn payment_body(
    p: &Payment,
    notify: bool,
    periods: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
) -> Value {
    let mut body = json!({
        "affiliate_id": p.affiliate_id,
        "amount": money::json_number(p.amount),
        "send_mail_to_aff": notify,
    });
    if let Some(comment) = &p.comment {
        body["operator_comments"] = Value::String(comment.clone());
    }
    if let Some(details) = &p.details {
        body["payment_details"] = Value::String(details.clone());
    }
    if let (Some(from), Some(to)) = periods {
        body["period_from"] = Value::from(from.timestamp());
        body["period_to"] = Value::from(to.timestamp());
    }
    body
}

/// Hands each good row on, as a payment (its currency and name still to come from the
/// balance list), with its line; returns the problems of the bad rows and of unknown columns.
/// A column named twice or missing refuses the file at once.
pub fn parse_csv(
    source: impl std::io::Read,
    name: &str,
    mut each: impl FnMut(u64, Payment),
) -> Result<Vec<String>> {
    const KNOWN: &[&str] = &["affiliate_id", "amount", "comment", "details"];
    let mut good = 0usize;
    let mut bad_rows = Vec::new();
    let mut first_line: HashMap<i64, u64> = HashMap::new();
    let mut problems =
        csv_input::for_each_row(source, name, KNOWN, &["affiliate_id", "amount"], |record| {
            match csv_payment(&record, &mut first_line) {
                Ok(payment) => {
                    good += 1;
                    each(record.line, payment);
                }
                Err(problem) => bad_rows.push(format!("line {}: {problem}", record.line)),
            }
        })?;
    problems.append(&mut bad_rows);
    if good == 0 && problems.is_empty() {
        problems.push("no rows to pay".to_string());
    }
    Ok(problems)
}

/// One row checked: a positive affiliate id seen for the first time, and an amount.
fn csv_payment(
    record: &csv_input::Row<'_>,
    first_line: &mut HashMap<i64, u64>,
) -> Result<Payment, String> {
    let line = record.line;
    let id = record.get("affiliate_id").unwrap_or_default();
    let affiliate_id = match id.parse::<i64>() {
        Ok(n) if n > 0 => n,
        _ => {
            return Err(format!(
                "affiliate_id '{id}' is not a positive whole number"
            ));
        }
    };
    if let Some(first) = first_line.get(&affiliate_id) {
        return Err(format!(
            "affiliate {affiliate_id} again (first on line {first})"
        ));
    }
    first_line.insert(affiliate_id, line);
    let amount = checked_amount(
        record.get("amount").unwrap_or_default(),
        AmountRule::Positive,
    )
    .map_err(|e| e.to_string())?;
    Ok(Payment {
        affiliate_id,
        amount,
        amount_asked: true,
        currency: None,
        name: None,
        comment: record.get("comment").map(str::to_string),
        details: record.get("details").map(str::to_string),
    })
}

/// An amount as typed, checked by the shared rule; the error names the field.
pub fn checked_amount(text: &str, rule: AmountRule) -> Result<Decimal> {
    money::checked_amount(text, rule).map_err(|e| usage(format!("amount {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_positive_and_at_most_cents() {
        assert_eq!(
            checked_amount("10.50", AmountRule::Positive)
                .unwrap()
                .to_string(),
            "10.50"
        );
        assert_eq!(
            checked_amount("-11", AmountRule::NonZero)
                .unwrap()
                .to_string(),
            "-11"
        );
        for bad in ["0", "-1", "1.001", "abc", "1e3"] {
            assert!(checked_amount(bad, AmountRule::Positive).is_err(), "{bad}");
        }
        assert!(checked_amount("0.00", AmountRule::NonZero).is_err());
    }

    #[test]
    fn a_bad_csv_lists_every_bad_row() {
        let parse = |text: &str| -> Result<(Vec<Payment>, Vec<String>)> {
            let mut good = Vec::new();
            let problems = parse_csv(text.as_bytes(), "p.csv", |_, p| good.push(p))?;
            Ok((good, problems))
        };
        let text = "affiliate_id,amount\n1,10.00\nx,5\n2,0\n3,1.234\n1,4\n4,abc\n";
        let (good, problems) = parse(text).unwrap();
        assert_eq!(good.len(), 1);
        let err = problems.join("\n");
        for expected in [
            "line 3",
            "line 4",
            "line 5",
            "line 6",
            "line 7",
            "first on line 2",
        ] {
            assert!(err.contains(expected), "{expected} in {err}");
        }
        let (_, problems) = parse("affiliate_id,amount,bonus\n1,2\n").unwrap();
        assert!(problems[0].contains("bonus"), "{problems:?}");
        assert!(parse("affiliate_id,amount,amount\n1,2,3\n").is_err());
        let (rows, problems) = parse("affiliate_id,amount,comment\n7,1.50,Oct\n").unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            (rows[0].affiliate_id, rows[0].amount.to_string()),
            (7, "1.50".into())
        );
    }
}
