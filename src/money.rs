//! Exact amounts, from the wire to the screen.
//!
//! Money never passes through `f64`: the provider's digits are parsed into
//! `rust_decimal::Decimal` (serde_json's arbitrary-precision numbers make that exact for JSON
//! numbers too) and written back out digit for digit. Only tables round, for display.

use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// Parses an amount typed by a user or read from a CSV cell: plain decimal notation only, so
/// `1e3`, `0x10`, `NaN` or a thousands separator are refused rather than guessed at.
pub fn parse_amount(text: &str) -> Result<Decimal, String> {
    let trimmed = text.trim();
    let digits = trimmed.strip_prefix('-').unwrap_or(trimmed);
    let plain = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|&c| c == '.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit());
    if !plain {
        return Err(format!("'{text}' is not a decimal amount"));
    }
    Decimal::from_str(trimmed).map_err(|e| format!("'{text}' is not a decimal amount: {e}"))
}

/// The amount as shown in a table: two decimals, halves rounded away from zero.
pub fn for_display(amount: Decimal) -> String {
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    format!("{rounded:.2}")
}

/// What a money-moving command accepts as an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountRule {
    /// A payment: greater than zero.
    Positive,
    /// An adjustment: either sign, not zero.
    NonZero,
    /// A new commission amount: zero or more.
    NonNegative,
}

/// An amount as typed or read from a CSV cell: exact, at most two decimals as written, and
/// of the sign the operation needs. The error names the value; callers say which field.
pub fn checked_amount(text: &str, rule: AmountRule) -> Result<Decimal, String> {
    let amount = parse_amount(text)?;
    if amount.scale() > 2 {
        return Err(format!("'{text}' has more than 2 decimals"));
    }
    let wrong_sign = match rule {
        AmountRule::Positive => (amount <= Decimal::ZERO).then_some("must be greater than zero"),
        AmountRule::NonZero => amount.is_zero().then_some("must not be zero"),
        AmountRule::NonNegative => (amount < Decimal::ZERO).then_some("must not be negative"),
    };
    match wrong_sign {
        Some(why) => Err(format!("'{text}' {why}")),
        None => Ok(amount),
    }
}

/// Amounts added up per currency (`-` for an amount without one): a plan's totals, as its
/// run, its file and a check of that file count them.
pub fn totals_by_currency<'a>(
    amounts: impl Iterator<Item = (Decimal, Option<&'a str>)>,
) -> std::collections::BTreeMap<String, Decimal> {
    let mut totals = std::collections::BTreeMap::new();
    for (amount, currency) in amounts {
        *totals
            .entry(currency.unwrap_or("-").to_string())
            .or_insert(Decimal::ZERO) += amount;
    }
    totals
}

/// A JSON number with exactly the decimal's digits (serde_json's arbitrary precision keeps
/// them verbatim), for the providers that take money as numbers.
pub fn json_number(amount: Decimal) -> serde_json::Value {
    // Parsed as a number, not as any JSON value: a tenth of the work, for one per request
    // body of a large plan and several per row of the simulator's lists.
    let number: serde_json::Number = amount
        .to_string()
        .parse()
        .expect("a decimal is a JSON number");
    serde_json::Value::Number(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_rounds_half_away_from_zero_to_two_places() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(for_display(d("39949.47024789999")), "39949.47");
        assert_eq!(for_display(d("0.125")), "0.13");
        assert_eq!(for_display(d("-0.125")), "-0.13");
        assert_eq!(for_display(d("192022.6")), "192022.60");
        assert_eq!(for_display(d("7")), "7.00");
    }

    #[test]
    fn amounts_parse_exactly_or_not_at_all() {
        assert_eq!(parse_amount("1794.340").unwrap().to_string(), "1794.340");
        assert_eq!(parse_amount("-11").unwrap().to_string(), "-11");
        for bad in ["", "1e3", "1,5", "abc", "1.2.3", ".", "-", "NaN"] {
            assert!(parse_amount(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn checked_amounts_have_at_most_cents_and_the_right_sign() {
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
        assert!(checked_amount("0", AmountRule::NonNegative).is_ok());
        let refused = [
            ("0", AmountRule::Positive),
            ("-1", AmountRule::Positive),
            ("1.000", AmountRule::Positive),
            ("0.00", AmountRule::NonZero),
            ("-0.01", AmountRule::NonNegative),
        ];
        for (text, rule) in refused {
            let err = checked_amount(text, rule).unwrap_err();
            assert!(err.contains(&format!("'{text}'")), "{err}");
        }
        assert_eq!(json_number(Decimal::new(15010, 2)).to_string(), "150.10");
        for text in ["-0.50", "24576.13614929622", "7", "0.000000001"] {
            let number = json_number(Decimal::from_str(text).unwrap());
            assert!(number.is_number(), "{number:?}");
            assert_eq!(number.to_string(), text);
        }
    }
}
