//! A credential that cannot leak through formatting, and the redaction of everything printed.
//!
//! `Debug` and `Display` print nothing of the value, so a secret that ends up in an error,
//! a `-v` line or a panic message shows as `<secret>`. The value is read only through
//! [`Secret::expose`], which makes every place that sends it easy to find.
//!
//! A provider can still echo a secret back — a refused login quoting the password, an error
//! page listing the request headers — and it does so in whatever encoding its answer uses. So
//! [`redact`] finds a secret in any mix of its raw, JSON-escaped (`\"`, `\\`, `\/`, `\uXXXX`,
//! also escaped twice, as JSON inside JSON) and URL-encoded (`%2F`, `+` for a space) forms,
//! character by character; and [`json_error`] describes an answer that could not be decoded
//! by where and what, never by the value it found there, which may be a token.
//!
//! The files: `value` (the [`Secret`] type), `redact` (finding a secret in any encoding), and
//! `json_error` (a decoding error without the values).

mod json_error;
mod redact;
mod value;

pub use json_error::json_error;
pub use redact::{REDACTED, Redactor, redact};
pub use value::Secret;
