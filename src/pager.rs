//! The plan shown before money moves, whole: a person asked to confirm 300 payments should be
//! able to read all 300, not the first 20. Longer than the terminal (or `--show-plan all`),
//! it goes through the user's pager (`$PAGER`, else `less -R`); without a terminal nothing is
//! paged and a log gets the first lines, or all with `--show-plan all`.

use std::io::IsTerminal;

/// `--show-plan`: how much of a plan to show before it is sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowPlan {
    /// All of it when it fits the terminal, else through the pager; the first 20 lines when
    /// stderr is not a terminal.
    #[default]
    Auto,
    /// Every line: through the pager on a terminal, all on stderr elsewhere.
    All,
}

/// Lines shown when there is no terminal to page on, unless `--show-plan all`.
const LOG_LINES: usize = 20;

/// Terminal rows kept free for the summary and the question under the plan.
const RESERVED_ROWS: usize = 3;

/// How a plan of some length is shown.
#[derive(Debug, PartialEq, Eq)]
enum Way {
    Page,
    /// The first N lines on stderr, then how many were left out.
    Print(usize),
}

fn way(lines: usize, how: ShowPlan, terminal: bool, rows: Option<usize>) -> Way {
    if !terminal {
        return Way::Print(if how == ShowPlan::All {
            lines
        } else {
            LOG_LINES
        });
    }
    let fits = rows.is_none_or(|rows| lines + RESERVED_ROWS <= rows);
    if how == ShowPlan::All || !fits {
        Way::Page
    } else {
        Way::Print(lines)
    }
}

/// Shows the plan's lines before the question; `interactive` when a person is about to be
/// asked (stdin and stderr are terminals).
pub fn show(lines: &[String], how: ShowPlan, interactive: bool) {
    match way(lines.len(), how, interactive, terminal_rows()) {
        Way::Page if page(lines) => {}
        Way::Page => print(lines, lines.len()),
        Way::Print(n) => print(lines, n),
    }
}

/// Whether stdin and stderr are both terminals: a person could read a pager and answer.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn print(lines: &[String], shown: usize) {
    for line in lines.iter().take(shown) {
        eprintln!("  {line}");
    }
    if lines.len() > shown {
        eprintln!(
            "  … and {} more (--show-plan all shows every line)",
            lines.len() - shown
        );
    }
}

fn terminal_rows() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stderr()).map(|(_, h)| usize::from(h.0))
}

/// Runs the pager on the lines, its output on the terminal (stderr), even when stdout is
/// redirected; false when there is none or it could not start, so the caller prints instead.
#[cfg(unix)]
fn page(lines: &[String]) -> bool {
    use std::io::Write;
    use std::os::fd::AsFd;
    use std::process::{Command, Stdio};
    let pager = match std::env::var("PAGER") {
        Ok(pager) if pager.trim().is_empty() => return false,
        Ok(pager) => pager,
        Err(_) => "less -R".to_string(),
    };
    let Ok(terminal) = std::io::stderr().as_fd().try_clone_to_owned() else {
        return false;
    };
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(&pager)
        .stdin(Stdio::piped())
        .stdout(Stdio::from(terminal));
    // As git does: quit when it fits, keep the text on screen for the question that follows.
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "FRX");
    }
    let Ok(mut child) = command.spawn() else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The pager may quit before reading everything (q): that is the reader's choice.
        let text: String = lines.iter().map(|l| format!("  {l}\n")).collect();
        let _ = stdin.write_all(text.as_bytes());
    }
    child.wait().is_ok_and(|status| status.success())
}

#[cfg(not(unix))]
fn page(_lines: &[String]) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_is_paged_only_on_a_terminal_when_long_or_asked() {
        use ShowPlan::{All, Auto};
        assert_eq!(way(10, Auto, true, Some(40)), Way::Print(10), "fits");
        assert_eq!(way(38, Auto, true, Some(40)), Way::Page, "too long");
        assert_eq!(way(5, All, true, Some(40)), Way::Page, "asked");
        assert_eq!(way(500, Auto, true, None), Way::Print(500), "unknown size");
        assert_eq!(way(500, Auto, false, Some(40)), Way::Print(LOG_LINES));
        assert_eq!(way(500, All, false, Some(40)), Way::Print(500));
    }
}
