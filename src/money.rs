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
}
