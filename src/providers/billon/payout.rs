//! One payout to create: its fields checked (an amount, a currency, exactly one recipient,
//! a validity window) and its request body. The options and each CSV row both end here, so
//! both ways of paying refuse the same things.

use super::args::Fields;
use crate::dates::{self, DayEdge};
use crate::money::{self, AmountRule};
use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// How long a payout stays valid when `--valid-until` is not given.
const DEFAULT_VALIDITY_DAYS: i64 = 30;

/// One payout to create, validated.
#[derive(Debug, Clone)]
pub struct Payout {
    pub amount: Decimal,
    pub currency: String,
    pub project: String,
    description: String,
    recipient: (&'static str, String),
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    valid_from: DateTime<Utc>,
    valid_until: DateTime<Utc>,
    notify: bool,
}

impl Payout {
    /// The request body, with `referenceId` as a string, as the vendor's table types it, and
    /// the dates in ISO 8601 with an explicit UTC offset (`2026-12-01T00:00:00Z`): the panel
    /// accepts ISO 8601 or RFC 2822, and its example's zoneless `"2018-01-01 12:00:00"` would
    /// be read in the panel's own time zone, shifting the validity window.
    pub fn body(&self) -> Value {
        let mut body = json!({
            "amount": money::json_number(self.amount),
            "currency": self.currency,
            "startDate": iso_utc(self.valid_from),
            "endDate": iso_utc(self.valid_until),
            "name": self.project,
            "description": self.description,
        });
        body[self.recipient.0] = Value::String(self.recipient.1.clone());
        for (field, value) in [
            ("firstName", &self.first_name),
            ("lastName", &self.last_name),
            ("email", &self.email),
        ] {
            if let Some(value) = value {
                body[field] = Value::String(value.clone());
            }
        }
        body["notification"] = Value::Bool(self.notify);
        body
    }

    /// Who is paid, as the journal and the reports name it.
    pub fn target(&self) -> String {
        format!("{}={}", self.recipient.0, self.recipient.1)
    }
}

/// An instant as ISO 8601 in UTC, to the second, with its `Z`.
fn iso_utc(instant: DateTime<Utc>) -> String {
    instant.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn validate(fields: Fields, now: DateTime<Utc>) -> Result<Payout, String> {
    let required = |value: Option<String>, name: &str| {
        value
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| format!("{name} is required"))
    };
    let amount_text = required(fields.amount, "amount")?;
    let amount = money::checked_amount(&amount_text, AmountRule::Positive)
        .map_err(|why| format!("amount {why}"))?;
    let currency = required(fields.currency, "currency")?.to_ascii_uppercase();
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(format!("currency '{currency}' is not a 3-letter code"));
    }
    let recipients: Vec<(&'static str, String)> = [
        ("userName", fields.user),
        ("phoneNumber", fields.phone),
        ("referenceId", fields.reference),
    ]
    .into_iter()
    .filter_map(|(field, value)| value.filter(|v| !v.trim().is_empty()).map(|v| (field, v)))
    .collect();
    let [recipient] = <[_; 1]>::try_from(recipients).map_err(|_| {
        "exactly one recipient is needed: a user, a phone or a reference".to_string()
    })?;
    if let Some(email) = &fields.email
        && !email.contains('@')
    {
        return Err(format!("email '{email}' is not an email address"));
    }
    let valid_from = match fields.valid_from.as_deref() {
        Some(text) => parse_instant(text, DayEdge::Start)?,
        None => now,
    };
    let valid_until = match fields.valid_until.as_deref() {
        Some(text) => parse_instant(text, DayEdge::End)?,
        None => valid_from + Duration::days(DEFAULT_VALIDITY_DAYS),
    };
    if valid_until <= valid_from {
        return Err("the validity ends before it starts".to_string());
    }
    Ok(Payout {
        amount,
        currency,
        project: required(fields.project, "project")?,
        description: required(fields.description, "description")?,
        recipient,
        first_name: fields.first_name,
        last_name: fields.last_name,
        email: fields.email,
        valid_from,
        valid_until,
        notify: fields.notify,
    })
}

/// A date (the start of that day, or its end) or an RFC 3339 datetime, UTC.
fn parse_instant(text: &str, edge: DayEdge) -> Result<DateTime<Utc>, String> {
    dates::parse_instant(text, edge).map_err(|why| format!("'{text}' is {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields {
        Fields {
            amount: Some("25.00".into()),
            currency: Some("pln".into()),
            project: Some("Nov".into()),
            description: Some("Payout".into()),
            reference: Some("1".into()),
            valid_from: Some("2018-01-01T12:00:00Z".into()),
            valid_until: Some("2018-01-02".into()),
            ..Fields::default()
        }
    }

    #[test]
    fn the_body_has_utc_iso_dates_and_a_string_reference() {
        let payout = validate(fields(), Utc::now()).unwrap();
        let body = payout.body().to_string();
        assert_eq!(
            body,
            r#"{"amount":25.00,"currency":"PLN","startDate":"2018-01-01T12:00:00Z","endDate":"2018-01-02T23:59:59Z","name":"Nov","description":"Payout","referenceId":"1","notification":false}"#
        );
    }

    #[test]
    fn a_payout_needs_exactly_one_recipient_and_a_sane_amount() {
        let two = Fields {
            user: Some("u".into()),
            ..fields()
        };
        assert!(
            validate(two, Utc::now())
                .unwrap_err()
                .contains("exactly one recipient")
        );
        for bad in ["0", "-1", "1.001", "x"] {
            let f = Fields {
                amount: Some(bad.into()),
                ..fields()
            };
            assert!(validate(f, Utc::now()).is_err(), "{bad}");
        }
        let f = Fields {
            valid_until: Some("2017-12-31".into()),
            ..fields()
        };
        assert!(validate(f, Utc::now()).unwrap_err().contains("ends before"));
    }
}
