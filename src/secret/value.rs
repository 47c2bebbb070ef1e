//! The [`Secret`] type: a credential whose formatting prints nothing of it. Separate from the
//! redaction because every module that holds a credential needs this, and only the printers
//! need that.

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The form `auth status` shows: the last four characters at most, and fewer for short
    /// secrets, so a masked value never gives away most of the secret.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        let shown = (chars.len() / 3).min(4);
        let tail: String = chars[chars.len() - shown..].iter().collect();
        format!("****{tail}")
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<secret>")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<secret>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_never_shows_the_value() {
        let s = Secret::new("tok-123456789");
        assert_eq!(format!("{s:?} {s}"), "<secret> <secret>");
        assert_eq!(s.masked(), "****6789");
        assert_eq!(Secret::new("abc").masked(), "****c");
        assert_eq!(Secret::new("ab").masked(), "****");
    }
}
