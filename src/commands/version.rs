//! `affpay version`: one short line, or with `-v` what a bug report needs (which commit, for
//! which target, with which features), from facts `build.rs` recorded at build time.

/// `affpay 0.1.0`, and with `verbose` the commit, target and enabled features.
pub fn text(verbose: bool) -> String {
    let mut text = format!("affpay {}\n", env!("CARGO_PKG_VERSION"));
    if verbose {
        let features = match env!("AFFPAY_FEATURES") {
            "" => "none",
            listed => listed,
        };
        text.push_str(&format!(
            "commit: {}\ntarget: {}\nfeatures: {features}\n",
            env!("AFFPAY_COMMIT"),
            env!("AFFPAY_TARGET"),
        ));
    }
    text
}
