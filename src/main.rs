//! The `affpay` binary: parse, run, and turn the outcome into one line and an exit code.

use std::io::ErrorKind;
use std::process::ExitCode;

fn main() -> ExitCode {
    // A panic is a bug: say so in one line, without a backtrace even if RUST_BACKTRACE is set.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("affpay: internal error: {info}");
    }));
    let matches = match affpay::cli::build().try_get_matches() {
        Ok(matches) => matches,
        Err(err) => return clap_exit(&err),
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| affpay::run(&matches))) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(err)) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Ok(Err(err)) => {
            eprintln!("{}", affpay::error::line(&format!("{err:#}")));
            ExitCode::from(affpay::error::exit_code(&err))
        }
        Err(_) => ExitCode::from(1),
    }
}

/// What clap stopped at: help and version go to stdout as they are (`--version --verbose` gets
/// the long version); a usage error gets affpay's own error format and exit code.
fn clap_exit(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind as Clap;
    if err.kind() == Clap::DisplayVersion && std::env::args().any(|a| a == "--verbose" || a == "-v")
    {
        print!("{}", affpay::commands::version::text(true));
        return ExitCode::SUCCESS;
    }
    if !err.use_stderr() {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    eprint!("{}", affpay::error::usage_text(&err.render().to_string()));
    ExitCode::from(affpay::error::Kind::Usage.exit_code())
}

/// `affpay … | head` closes stdout early; that is the reader's choice, not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe)
    })
}
