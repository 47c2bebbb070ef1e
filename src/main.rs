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
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(err.exit_code() as u8);
        }
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| affpay::run(&matches))) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(err)) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Ok(Err(err)) => {
            eprintln!("affpay: error: {err:#}");
            ExitCode::from(affpay::error::exit_code(&err))
        }
        Err(_) => ExitCode::from(1),
    }
}

/// `affpay … | head` closes stdout early; that is the reader's choice, not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe)
    })
}
