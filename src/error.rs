//! Every failure a user or script must be able to tell apart, and its exit code.
//!
//! Scripts and cron jobs branch on the exit status, so the mapping from what went wrong to
//! the number lives here and nowhere else. Code deeper down returns `anyhow::Error`s that wrap
//! a [`Failure`] when the distinction matters; anything else is an internal error (exit 1).

use std::fmt;

/// A failure whose kind decides the exit code. The message is the one line the user sees.
#[derive(Debug, thiserror::Error)]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
}

/// The kinds of failure, each with its documented exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 2: the command line, a file or a value given to affpay is wrong.
    Usage,
    /// 3: no credential or a required setting is missing.
    MissingCredential,
    /// 4: the provider refused the credential.
    CredentialRejected,
    /// 5: the provider refused the request itself.
    ProviderRejected,
    /// 5 as well: the provider answered with something that is not the expected JSON. Kept
    /// apart because, as the answer to a money-moving request, it leaves the outcome unknown.
    Unreadable,
    /// 6: network trouble, a timeout, or 429/5xx after every retry; trying later may help.
    Temporary,
    /// 7: confirmation was needed and not given.
    ConfirmationRequired,
    /// 8: some items of a bulk operation failed.
    Partial,
    /// 9: a money-moving request was sent and its outcome is unknown.
    OutcomeUnknown,
    /// 130: a money-moving run stopped at SIGINT (Ctrl-C) after its request in flight.
    Interrupted,
    /// 143: a money-moving run stopped at SIGTERM after its request in flight.
    Terminated,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Usage => 2,
            Kind::MissingCredential => 3,
            Kind::CredentialRejected => 4,
            Kind::ProviderRejected | Kind::Unreadable => 5,
            Kind::Temporary => 6,
            Kind::ConfirmationRequired => 7,
            Kind::Partial => 8,
            Kind::OutcomeUnknown => 9,
            Kind::Interrupted => 130,
            Kind::Terminated => 143,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// An error of the given kind, with the one line the user sees.
pub fn fail(kind: Kind, message: impl Into<String>) -> anyhow::Error {
    Failure {
        kind,
        message: message.into(),
    }
    .into()
}

/// A usage error (exit 2): the shorthand used wherever input is validated.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    fail(Kind::Usage, message)
}

/// The kind of the first [`Failure`] in an error's chain.
pub fn kind_of(err: &anyhow::Error) -> Option<Kind> {
    err.chain()
        .find_map(|cause| cause.downcast_ref::<Failure>())
        .map(|failure| failure.kind)
}

/// The exit code for any error: the first [`Failure`] in its chain decides, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    kind_of(err).map_or(1, Kind::exit_code)
}

/// The one format of every error affpay prints: `affpay: error: MESSAGE`.
pub fn line(message: &str) -> String {
    format!("affpay: error: {message}")
}

/// A usage error as clap words it (`error: …`, tips, usage, a pointer to --help), in
/// affpay's format: the first line as [`line()`], the rest indented under it, no blank lines.
pub fn usage_text(clap_text: &str) -> String {
    let mut lines = clap_text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or_default();
    let mut text = line(first.strip_prefix("error: ").unwrap_or(first));
    text.push('\n');
    for rest in lines {
        text.push_str("  ");
        text.push_str(rest.trim_start());
        text.push('\n');
    }
    text
}

/// The exit-code table, as a literal so `concat!` can put it into `affpay --help`.
#[macro_export]
macro_rules! exit_codes_text {
    () => {
        "Exit codes:
  0  ok
  1  internal error
  2  usage or bad input (nothing was sent)
  3  missing credential or configuration
  4  credential rejected by the provider
  5  provider rejected the request
  6  temporary failure (network, timeout, 5xx after retries, 429 past --max-rate-wait)
  7  confirmation required or declined
  8  partial failure in a bulk operation
  9  outcome unknown for a money-moving request
130  a money-moving run stopped by SIGINT (the rest not attempted)
143  a money-moving run stopped by SIGTERM (the rest not attempted)"
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn the_innermost_failure_decides_even_under_context() {
        let err = Err::<(), _>(fail(Kind::CredentialRejected, "no"))
            .context("while reading balance")
            .unwrap_err();
        assert_eq!(exit_code(&err), 4);
        assert_eq!(exit_code(&anyhow::anyhow!("plain")), 1);
    }
}
