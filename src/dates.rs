//! Dates as users type them, parsed strictly and the same way for every provider: a real
//! `YYYY-MM-DD` (no `2024-2-1`, no 30 February), or an RFC 3339 datetime, always in UTC.
//!
//! A year before 2000 is refused: no provider affpay talks to has data that old, so such a
//! date is a typo (`0226-10-01`, `1026-10-01`) that would otherwise widen a filter or stamp a
//! payment silently. A pair of dates (`--from`/`--until`, `--period-from`/`--period-to`) must
//! not be reversed; [`check_order`] says so naming both values, before anything is sent.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use std::fmt::Display;

/// The first year a date may have.
pub const FIRST_YEAR: i32 = 2000;

/// Which end of a day a bare date means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayEdge {
    Start,
    /// 23:59:59, so `--until 2026-10-31` covers all of that day.
    End,
}

pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let date = (text.len() == 10)
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| "not a real date in the form YYYY-MM-DD".to_string())?;
    recent(text, date.year())?;
    Ok(date)
}

fn recent(text: &str, year: i32) -> Result<(), String> {
    if year < FIRST_YEAR {
        return Err(format!(
            "'{text}' is in the year {year}, before {FIRST_YEAR}: a typo?"
        ));
    }
    Ok(())
}

/// Refuses a reversed pair of dates (exit 2), naming both flags and values.
pub fn check_order<T: PartialOrd + Display>(
    (from_flag, from): (&str, Option<T>),
    (to_flag, to): (&str, Option<T>),
) -> anyhow::Result<()> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => Err(crate::error::usage(format!(
            "{from_flag} {from} is after {to_flag} {to}"
        ))),
        _ => Ok(()),
    }
}

/// A date (at the given edge of that day, UTC) or an RFC 3339 datetime.
pub fn parse_instant(text: &str, edge: DayEdge) -> Result<DateTime<Utc>, String> {
    if text.len() == 10 && NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() {
        let date = parse_date(text)?;
        let time = match edge {
            DayEdge::Start => NaiveTime::MIN,
            DayEdge::End => NaiveTime::from_hms_opt(23, 59, 59).expect("a valid time"),
        };
        return Ok(date.and_time(time).and_utc());
    }
    let typed = DateTime::parse_from_rfc3339(text)
        .map_err(|_| "not a date (YYYY-MM-DD) or an RFC 3339 datetime".to_string())?;
    // The year as typed: that is where a typo shows.
    recent(text, typed.year())?;
    Ok(typed.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real_and_complete() {
        assert!(parse_date("2024-02-29").is_ok());
        for bad in [
            "2023-02-29",
            "2024-2-1",
            "2024-13-01",
            "yesterday",
            "2024-01-01T00:00",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_bare_date_is_a_whole_day_in_utc() {
        assert_eq!(
            parse_instant("2022-11-23", DayEdge::Start)
                .unwrap()
                .timestamp(),
            1_669_161_600
        );
        assert_eq!(
            parse_instant("2022-11-23", DayEdge::End)
                .unwrap()
                .timestamp(),
            1_669_247_999
        );
        let exact = parse_instant("2022-11-23T10:00:00+02:00", DayEdge::End).unwrap();
        assert_eq!(exact.timestamp(), 1_669_190_400);
        assert!(parse_instant("2022-02-30", DayEdge::Start).is_err());
    }

    #[test]
    fn years_before_2000_are_refused_naming_the_value() {
        assert!(parse_date("2000-01-01").is_ok());
        for bad in ["1999-12-31", "0226-10-01"] {
            let why = parse_date(bad).unwrap_err();
            assert!(why.contains(bad) && why.contains("before 2000"), "{why}");
            let why = parse_instant(bad, DayEdge::Start).unwrap_err();
            assert!(why.contains(bad) && why.contains("before 2000"), "{why}");
        }
        // The year as typed decides, though in UTC this is already 2000.
        let why = parse_instant("1999-12-31T23:00:00-02:00", DayEdge::End).unwrap_err();
        assert!(why.contains("before 2000"), "{why}");
    }

    #[test]
    fn a_reversed_pair_names_both_flags_and_values() {
        let a = parse_date("2026-10-02").unwrap();
        let b = parse_date("2026-10-01").unwrap();
        let err = check_order(("--from", Some(a)), ("--until", Some(b))).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 2);
        assert_eq!(
            err.to_string(),
            "--from 2026-10-02 is after --until 2026-10-01"
        );
        assert!(check_order(("--from", Some(b)), ("--until", Some(a))).is_ok());
        assert!(check_order(("--from", Some(a)), ("--until", Some(a))).is_ok());
        assert!(check_order(("--from", Some(a)), ("--until", None)).is_ok());
    }
}
