//! Dates as users type them, parsed strictly and the same way for every provider: a real
//! `YYYY-MM-DD` (no `2024-2-1`, no 30 February), or an RFC 3339 datetime, always in UTC.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// Which end of a day a bare date means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayEdge {
    Start,
    /// 23:59:59, so `--until 2026-10-31` covers all of that day.
    End,
}

pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    (text.len() == 10)
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| "not a real date in the form YYYY-MM-DD".to_string())
}

/// A date (at the given edge of that day, UTC) or an RFC 3339 datetime.
pub fn parse_instant(text: &str, edge: DayEdge) -> Result<DateTime<Utc>, String> {
    if let Ok(date) = parse_date(text) {
        let time = match edge {
            DayEdge::Start => NaiveTime::MIN,
            DayEdge::End => NaiveTime::from_hms_opt(23, 59, 59).expect("a valid time"),
        };
        return Ok(date.and_time(time).and_utc());
    }
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| "not a date (YYYY-MM-DD) or an RFC 3339 datetime".to_string())
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
}
