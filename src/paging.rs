//! Walking a provider's pages: the first page, N rows, or everything.
//!
//! Providers page by offset, by inclusive index window or by page number; all of them reduce
//! to "give me `size` rows starting at `offset`", which is what the fetch callback gets. The
//! loop stops at the reported total, at a short page, or when the rows asked for are out, and
//! hands each page on as it arrives so output can stream. A long walk shows its progress on
//! stderr when stderr is a terminal.
//!
//! A server that ignores the paging parameters answers every request with the same rows, and
//! without a guard the loop never ends (seen with Smartico: 171,000 rows in 15 s and growing,
//! all copies of one page). So the walk refuses to go on — exit 5, nothing more handed on —
//! when a page is identical to the one before it, or when it has seen more rows than the
//! total the provider itself reported. A page is recognised by its length and the `Debug`
//! text (every wire type has one, showing every field) of its first and last rows, hashed:
//! in a real listing two pages never share those, and looking at two rows rather than all of
//! them keeps a million-row export as fast as before. No page is cloned or kept.

use crate::error::{Kind, fail};
use anyhow::Result;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use std::hash::{DefaultHasher, Hasher};

/// How many rows a list command asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// One request of the provider's largest page (the default).
    FirstPage,
    /// `--limit N`: N rows, across as many pages as that needs.
    Limit(u64),
    /// `--all`.
    All,
}

/// `--limit N | --all`, shared by every list command.
#[derive(Debug, Clone, Args)]
pub struct TakeArgs {
    /// Fetch N rows, across as many pages as needed (default: the first page).
    #[arg(long, value_name = "N", allow_hyphen_values = true, conflicts_with = "all",
          value_parser = parse_limit)]
    pub limit: Option<u64>,
    /// Fetch every row.
    #[arg(long)]
    pub all: bool,
}

impl TakeArgs {
    pub fn take(&self) -> Result<Take> {
        Take::from_flags(self.limit, self.all)
    }
}

/// A count given on the command line (`--limit`, and the global limits): at least 1.
pub fn parse_limit(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("must be a whole number of at least 1".to_string()),
    }
}

impl Take {
    pub fn from_flags(limit: Option<u64>, all: bool) -> Result<Take> {
        match (limit, all) {
            (Some(0), _) => Err(crate::error::usage("--limit must be at least 1")),
            (Some(n), _) => Ok(Take::Limit(n)),
            (None, true) => Ok(Take::All),
            (None, false) => Ok(Take::FirstPage),
        }
    }
}

/// One page as the provider returned it, with the total when the provider reports one.
pub struct Page<T> {
    pub rows: Vec<T>,
    pub total: Option<u64>,
}

/// What the walk saw: rows handed on, the provider's total, whether rows were left behind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Walked {
    pub rows: u64,
    pub total: Option<u64>,
    pub more_available: bool,
}

/// Fetches pages of at most `max_page` rows and hands each page's rows to `emit`.
pub fn walk<T: std::fmt::Debug>(
    take: Take,
    max_page: u64,
    fetch: impl FnMut(u64, u64) -> Result<Page<T>>,
    mut emit: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<Walked> {
    walk_until(take, max_page, fetch, |rows| {
        emit(rows)?;
        Ok(Flow::Continue)
    })
}

/// Whether a walk goes on after a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// What was looked for is found: no further page is fetched.
    Stop,
}

/// [`walk`], for a caller that may have what it needs before the last page (a lookup).
pub fn walk_until<T: std::fmt::Debug>(
    take: Take,
    max_page: u64,
    mut fetch: impl FnMut(u64, u64) -> Result<Page<T>>,
    mut emit: impl FnMut(Vec<T>) -> Result<Flow>,
) -> Result<Walked> {
    let mut remaining = match take {
        Take::FirstPage => max_page,
        Take::Limit(n) => n,
        Take::All => u64::MAX,
    };
    let mut walked = Walked::default();
    let mut guard = Guard::default();
    let progress = Progress::new(take);
    loop {
        let size = remaining.min(max_page);
        let page = fetch(walked.rows, size)?;
        let received = page.rows.len() as u64;
        guard.check(&page, walked.rows)?;
        walked.total = walked.total.or(page.total);
        let mut rows = page.rows;
        rows.truncate(remaining.min(received) as usize);
        let kept = rows.len() as u64;
        let flow = emit(rows)?;
        walked.rows += kept;
        remaining -= kept;
        progress.update(walked.rows, walked.total);
        let reached_total = walked.total.is_some_and(|t| walked.rows >= t);
        if flow == Flow::Stop || reached_total || received < size || received == 0 {
            break;
        }
        if remaining == 0 {
            walked.more_available = true;
            break;
        }
    }
    progress.finish();
    if let Some(total) = walked.total {
        walked.more_available = walked.rows < total;
    }
    Ok(walked)
}

/// What the walk remembers to tell a server that ignores paging from one that pages.
#[derive(Default)]
struct Guard {
    /// The hash of the previous page's rows.
    previous: Option<u64>,
    /// Rows received so far, including any a `--limit` cut off.
    seen: u64,
}

impl Guard {
    fn check<T: std::fmt::Debug>(&mut self, page: &Page<T>, offset: u64) -> Result<()> {
        let received = page.rows.len() as u64;
        if received > 0 {
            let hash = fingerprint(&page.rows);
            if self.previous == Some(hash) {
                return Err(fail(
                    Kind::ProviderRejected,
                    format!(
                        "the provider repeated a page: the {received} rows from offset {offset} \
                         are the same as the page before, so it ignores the paging parameters; \
                         stopped rather than loop"
                    ),
                ));
            }
            self.previous = Some(hash);
        }
        self.seen += received;
        if let Some(total) = page.total
            && self.seen > total
        {
            return Err(fail(
                Kind::ProviderRejected,
                format!(
                    "the provider returned more rows than it reported: {} rows so far, of a \
                     total of {total}; stopped rather than loop",
                    self.seen
                ),
            ));
        }
        Ok(())
    }
}

/// A hash of a page's length and its first and last rows' `Debug` text, written straight
/// into the hasher.
fn fingerprint<T: std::fmt::Debug>(rows: &[T]) -> u64 {
    struct Sink(DefaultHasher);
    impl std::fmt::Write for Sink {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let mut sink = Sink(DefaultHasher::new());
    sink.0.write_usize(rows.len());
    let ends = (rows.first(), rows.last());
    let _ = std::fmt::Write::write_fmt(&mut sink, format_args!("{ends:?}"));
    sink.0.finish()
}

/// A footer line for tables when rows were left behind.
pub fn more_hint(walked: &Walked) -> Option<String> {
    if !walked.more_available {
        return None;
    }
    Some(match walked.total {
        Some(total) => format!(
            "showing {} of {total}; use --limit N or --all for more",
            walked.rows
        ),
        None => format!("showing {}; use --limit N or --all for more", walked.rows),
    })
}

struct Progress(Option<ProgressBar>);

impl Progress {
    fn new(take: Take) -> Progress {
        if take == Take::FirstPage {
            return Progress(None);
        }
        // indicatif draws nothing when stderr is not a terminal, so cron logs stay clean.
        let bar = ProgressBar::with_draw_target(None, crate::notice::progress_target());
        bar.set_style(
            ProgressStyle::with_template("{spinner} fetched {pos}/{len} rows ({elapsed})")
                .expect("a valid template"),
        );
        Progress(Some(bar))
    }

    fn update(&self, rows: u64, total: Option<u64>) {
        if let Some(bar) = &self.0 {
            if let Some(total) = total {
                bar.set_length(total);
            }
            bar.set_position(rows);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A provider with `n` rows that records every (offset, size) it is asked for.
    fn run(take: Take, n: u64, max: u64, report_total: bool) -> (Vec<u64>, Vec<(u64, u64)>) {
        let mut asked = Vec::new();
        let mut seen = Vec::new();
        walk(
            take,
            max,
            |offset, size| {
                asked.push((offset, size));
                let rows: Vec<u64> = (offset..(offset + size).min(n)).collect();
                Ok(Page {
                    rows,
                    total: report_total.then_some(n),
                })
            },
            |rows| {
                seen.extend(rows);
                Ok(())
            },
        )
        .unwrap();
        (seen, asked)
    }

    #[test]
    fn all_gets_every_row_once_without_overlap_or_gap() {
        for (n, total) in [(1000, true), (1000, false), (900, false), (0, true)] {
            let (seen, asked) = run(Take::All, n, 300, total);
            assert_eq!(seen, (0..n).collect::<Vec<_>>(), "n={n} total={total}");
            for pair in asked.windows(2) {
                assert_eq!(pair[1].0, pair[0].0 + pair[0].1, "offsets step by size");
            }
        }
        // A total that is known ends the walk without an extra empty request.
        assert_eq!(run(Take::All, 900, 300, true).1.len(), 3);
        assert_eq!(run(Take::All, 900, 300, false).1.len(), 4);
    }

    #[test]
    fn limit_asks_only_for_what_it_needs() {
        let (seen, asked) = run(Take::Limit(450), 1000, 300, true);
        assert_eq!(seen.len(), 450);
        assert_eq!(asked, vec![(0, 300), (300, 150)]);
        let (seen, asked) = run(Take::FirstPage, 1000, 300, true);
        assert_eq!((seen.len(), asked.len()), (300, 1));
    }

    /// A server that ignores the offset: every request gets rows 0..n of `rows`.
    fn stuck(take: Take, rows: u64, total: Option<u64>) -> (Result<Walked>, u64, usize) {
        let mut asked = 0;
        let mut seen = 0;
        let result = walk(
            take,
            10,
            |_, _| {
                asked += 1;
                assert!(asked < 100, "the walk did not stop");
                Ok(Page {
                    rows: (0..rows).collect(),
                    total,
                })
            },
            |page: Vec<u64>| {
                seen += page.len();
                Ok(())
            },
        );
        (result, asked, seen)
    }

    #[test]
    fn a_repeated_page_stops_the_walk_with_exit_5_before_it_is_handed_on() {
        let (result, asked, seen) = stuck(Take::All, 10, None);
        let err = result.unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 5);
        assert!(err.to_string().contains("repeated a page"), "{err}");
        assert_eq!((asked, seen), (2, 10), "the copy is not handed on");
        // The first page alone is never a repeat.
        assert!(stuck(Take::FirstPage, 10, None).0.is_ok());
    }

    #[test]
    fn more_rows_than_the_reported_total_stop_the_walk() {
        let (result, asked, seen) = stuck(Take::All, 10, Some(5));
        let err = result.unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 5);
        assert!(
            err.to_string().contains("more rows than it reported"),
            "{err}"
        );
        assert_eq!((asked, seen), (1, 0));
    }

    #[test]
    fn a_lookup_stops_at_the_page_that_has_what_it_wants() {
        let mut asked = Vec::new();
        let walked = walk_until(
            Take::All,
            10,
            |offset, size| {
                asked.push(offset);
                Ok(Page {
                    rows: (offset..offset + size).collect::<Vec<u64>>(),
                    total: None,
                })
            },
            |rows| {
                Ok(if rows.contains(&25) {
                    Flow::Stop
                } else {
                    Flow::Continue
                })
            },
        )
        .unwrap();
        assert_eq!((asked, walked.rows), (vec![0, 10, 20], 30));
    }

    #[test]
    fn a_zero_limit_is_a_usage_error() {
        assert!(Take::from_flags(Some(0), false).is_err());
        assert_eq!(Take::from_flags(None, true).unwrap(), Take::All);
    }
}
