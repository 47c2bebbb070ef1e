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

/// What replaces a secret in printed text.
pub const REDACTED: &str = "<redacted>";

/// `text` with every occurrence of every secret, in any of its encoded forms, replaced by
/// [`REDACTED`].
pub fn redact<'a>(text: &str, secrets: impl IntoIterator<Item = &'a Secret>) -> String {
    Redactor::new(secrets).redact(text)
}

/// [`redact`] with the forms of each secret worked out once, for the many texts of one run
/// (a dry run of a 100,000-row plan redacts two texts per row).
pub struct Redactor {
    secrets: Vec<Vec<Vec<Form>>>,
}

impl Redactor {
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a Secret>) -> Redactor {
        Redactor {
            secrets: secrets
                .into_iter()
                .filter(|s| !s.expose().is_empty())
                .map(|s| forms(s.expose()))
                .collect(),
        }
    }

    pub fn redact(&self, text: &str) -> String {
        self.secrets
            .iter()
            .fold(text.to_string(), |text, forms| redact_one(&text, forms))
    }
}

/// One way a character of a secret may be written; escapes match their hex digits in either
/// case (`\u00E9`, `%c3%a9`).
struct Form {
    bytes: Vec<u8>,
    any_case: bool,
}

impl Form {
    fn exact(text: &str) -> Form {
        Form {
            bytes: text.as_bytes().to_vec(),
            any_case: false,
        }
    }

    fn escape(text: String) -> Form {
        Form {
            bytes: text.into_bytes(),
            any_case: true,
        }
    }

    fn matches_at(&self, text: &[u8], at: usize) -> bool {
        let Some(window) = text.get(at..at + self.bytes.len()) else {
            return false;
        };
        if self.any_case {
            window.eq_ignore_ascii_case(&self.bytes)
        } else {
            window == self.bytes.as_slice()
        }
    }
}

/// Every form of each character of a secret.
fn forms(secret: &str) -> Vec<Vec<Form>> {
    secret.chars().map(char_forms).collect()
}

fn char_forms(c: char) -> Vec<Form> {
    let mut buf = [0; 4];
    let raw = c.encode_utf8(&mut buf);
    let mut forms = vec![Form::exact(raw)];
    // JSON escapes, as serde_json writes them and as other encoders do (`\/`, `\u` for
    // anything); then each of those escaped once more, as JSON quoted inside JSON.
    let mut escapes: Vec<String> = Vec::new();
    let json = serde_json::to_string(raw).expect("a string serializes");
    let json = &json[1..json.len() - 1];
    if json != raw {
        escapes.push(json.to_string());
    }
    if c == '/' {
        escapes.push("\\/".to_string());
    }
    let mut units = [0u16; 2];
    escapes.push(
        c.encode_utf16(&mut units)
            .iter()
            .map(|u| format!("\\u{u:04x}"))
            .collect(),
    );
    let twice: Vec<String> = escapes
        .iter()
        .map(|e| {
            let quoted = serde_json::to_string(e).expect("a string serializes");
            quoted[1..quoted.len() - 1].to_string()
        })
        .collect();
    // Rust's `Debug` form, which error messages use for strings.
    escapes.push(format!("\\u{{{:x}}}", c as u32));
    // URL encoding: every byte as `%XX`, and `+` for a space in a form or query.
    escapes.push(raw.bytes().map(|b| format!("%{b:02x}")).collect());
    if c == ' ' {
        forms.push(Form::exact("+"));
    }
    forms.extend(escapes.into_iter().chain(twice).map(Form::escape));
    forms
}

/// Replaces each longest match of the secret, starting at a character boundary. Only the
/// positions whose byte can begin one of the first character's forms are tried, and the text
/// between matches is copied in one piece: a dry run of a 100,000-row plan redacts every body.
fn redact_one(text: &str, secret: &[Vec<Form>]) -> String {
    let Some(first) = secret.first() else {
        return text.to_string();
    };
    let starts = first_bytes(first);
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut at) = (0, 0);
    while at < bytes.len() {
        if starts[usize::from(bytes[at])]
            && text.is_char_boundary(at)
            && let Some(end) = match_end(bytes, at, secret)
        {
            out.push_str(&text[copied..at]);
            out.push_str(REDACTED);
            (copied, at) = (end, end);
            continue;
        }
        at += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Which bytes can begin one of these forms (both cases where a form matches either).
fn first_bytes(forms: &[Form]) -> [bool; 256] {
    let mut starts = [false; 256];
    for byte in forms.iter().filter_map(|f| f.bytes.first()) {
        starts[usize::from(byte.to_ascii_lowercase())] = true;
        starts[usize::from(byte.to_ascii_uppercase())] = true;
    }
    starts
}

/// Where the longest match of the secret starting at `start` ends, if there is one. Each
/// character may be written in any of its forms, independently of the others.
fn match_end(text: &[u8], start: usize, secret: &[Vec<Form>]) -> Option<usize> {
    // Most positions fail on the first or the second character (an `s` of a secret meets
    // every `s` of a body): decide those without allocating.
    let mut after_first = secret
        .first()?
        .iter()
        .filter(|f| f.matches_at(text, start))
        .map(|f| start + f.bytes.len());
    let second = secret.get(1);
    if !after_first
        .any(|at| second.is_none_or(|forms| forms.iter().any(|f| f.matches_at(text, at))))
    {
        return None;
    }
    let mut ends = vec![start];
    for forms in secret {
        let mut next: Vec<usize> = ends
            .iter()
            .flat_map(|&at| {
                forms
                    .iter()
                    .filter(move |f| f.matches_at(text, at))
                    .map(move |f| at + f.bytes.len())
            })
            .collect();
        next.sort_unstable();
        next.dedup();
        if next.is_empty() {
            return None;
        }
        ends = next;
    }
    ends.last().copied()
}

/// Why an answer is not the expected JSON, by position, path and JSON type, never by the
/// value found there: `at data[3].amount (line 1 column 40): invalid type: string, expected
/// u64`.
pub fn json_error(err: &serde_json::Error, body: &[u8]) -> String {
    let full = err.to_string();
    if err.line() == 0 {
        return without_values(&full);
    }
    let position = format!(" at line {} column {}", err.line(), err.column());
    let message = without_values(full.strip_suffix(&position).unwrap_or(&full));
    let path = json_path(body, byte_offset(body, err.line(), err.column()));
    let location = format!("line {} column {}", err.line(), err.column());
    if path.is_empty() {
        format!("at {location}: {message}")
    } else {
        format!("at {path} ({location}): {message}")
    }
}

/// The offset just past `column` bytes of 1-based `line`, as serde_json counts them.
fn byte_offset(body: &[u8], line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        body.iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map_or(body.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(body.len())
}

/// The keys and indexes leading to the value being read when a parser stopped at `end`:
/// `data[3].amount`, or empty at the top level. Keys are provider field names, not values.
fn json_path(body: &[u8], end: usize) -> String {
    enum Frame {
        Object { key: Option<String>, in_key: bool },
        Array { index: usize },
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < end {
        match body[at] {
            b'"' => {
                let start = at;
                at += 1;
                while at < body.len() && body[at] != b'"' {
                    at += if body[at] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, in_key: true }) = stack.last_mut() {
                    let quoted = body.get(start..=at).unwrap_or_default();
                    *key = serde_json::from_slice(quoted).ok();
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                in_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_key, .. }) = stack.last_mut() {
                    *in_key = false;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, in_key }) => {
                    *key = None;
                    *in_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        at += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                let plain =
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                match (plain, path.is_empty()) {
                    (true, true) => path.push_str(key),
                    (true, false) => path.push_str(&format!(".{key}")),
                    (false, _) => path.push_str(&format!("[{}]", serde_json::json!(key))),
                }
            }
            Frame::Object { key: None, .. } => break,
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// A deserializer's message without the values it quotes: `invalid type: string "tok…",
/// expected u64` becomes `invalid type: string, expected u64`. The names it quotes from the
/// expected shape (`missing field `token``, `expected one of `paid`, `new``) stay.
fn without_values(message: &str) -> String {
    // serde's words for an unexpected value, each followed by the value itself.
    const BEFORE_A_VALUE: [&str; 7] = [
        "string",
        "integer",
        "floating point",
        "boolean",
        "character",
        "unknown field",
        "unknown variant",
    ];
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(c) = rest.chars().next() {
        let after_word = BEFORE_A_VALUE
            .iter()
            .any(|w| out.ends_with(&format!("{w} ")));
        let quoted = match c {
            '"' => closing(rest, '"', true),
            '`' if after_word => closing(rest, '`', false),
            '\'' if out.is_empty() || out.ends_with(|p: char| !p.is_alphanumeric()) => {
                closing(rest, '\'', false)
            }
            _ => None,
        };
        match quoted {
            Some(len) => {
                if after_word {
                    out.pop();
                } else {
                    out.push_str("the value");
                }
                rest = &rest[len..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// The length of a quoted span at the start of `text`, quotes included, if it is closed.
fn closing(text: &str, quote: char, escapes: bool) -> Option<usize> {
    let mut chars = text.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        if escapes && c == '\\' {
            chars.next();
        } else if c == quote {
            return Some(i + c.len_utf8());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[test]
    fn formatting_never_shows_the_value() {
        let s = Secret::new("tok-123456789");
        assert_eq!(format!("{s:?} {s}"), "<secret> <secret>");
        assert_eq!(s.masked(), "****6789");
        assert_eq!(Secret::new("abc").masked(), "****c");
        assert_eq!(Secret::new("ab").masked(), "****");
    }

    const NASTY: &str = "pa\"ss\\wo/rd é😀 +%";

    fn redacted(text: &str) -> String {
        redact(text, [&Secret::new(NASTY), &Secret::new("tok-1")])
    }

    #[test]
    fn every_encoding_of_a_secret_is_redacted() {
        let json = serde_json::to_string(NASTY).unwrap();
        let json = &json[1..json.len() - 1];
        let twice = serde_json::to_string(&serde_json::to_string(NASTY).unwrap()).unwrap();
        let slashes = json.replace('/', "\\/");
        let ascii: String = NASTY
            .encode_utf16()
            .map(|u| format!("\\u{u:04X}"))
            .collect();
        let form: String = url::form_urlencoded::byte_serialize(NASTY.as_bytes()).collect();
        let percent = form.replace('+', "%20");
        let mut query = url::Url::parse("https://h/p").unwrap();
        query.query_pairs_mut().append_pair("key", NASTY);
        let debug = format!("{NASTY:?}");
        for form in [
            NASTY,
            json,
            &twice,
            &slashes,
            &ascii,
            &form,
            &percent,
            &percent.to_lowercase(),
            query.as_str(),
            &debug,
        ] {
            let text = format!("before {form} after tok-1");
            let shown = redacted(&text);
            assert!(shown.starts_with("before "), "{form} -> {shown}");
            assert!(
                shown.ends_with(" after <redacted>") || shown.ends_with("after <redacted>"),
                "{form} -> {shown}"
            );
            for piece in ["pa", "wo", "rd", "é", "😀", "tok-1"] {
                assert!(!shown.contains(piece), "{form} -> {shown}");
            }
        }
    }

    #[test]
    fn other_text_is_left_alone() {
        assert_eq!(
            redacted("pass word, tok-2, %zz ü"),
            "pass word, tok-2, %zz ü"
        );
        assert_eq!(redact("a tok b", [&Secret::new("")]), "a tok b");
        assert_eq!(
            redact("x AbC y abc", [&Secret::new("abc")]),
            "x AbC y <redacted>",
            "raw characters match exactly"
        );
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Answer {
        data: Vec<Row>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Row {
        id: String,
        amount: u64,
        state: State,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum State {
        Paid,
    }

    fn decode_error(body: &str) -> String {
        let err = serde_json::from_str::<Answer>(body).unwrap_err();
        json_error(&err, body.as_bytes())
    }

    #[test]
    fn a_decode_error_names_the_path_and_type_but_no_value() {
        let body = r#"{"data": [{"id": "a", "amount": 1, "state": "paid"},
            {"id": "b", "amount": "tok-SECRET\"x", "state": "paid"}]}"#;
        let shown = decode_error(body);
        assert_eq!(
            shown,
            "at data[1].amount (line 2 column 49): invalid type: string, expected u64"
        );

        let shown = decode_error(r#"{"data": [{"id": "a", "amount": 1, "state": "tok-SECRET"}]}"#);
        assert!(shown.starts_with("at data[0].state "), "{shown}");
        assert!(
            shown.contains("unknown variant, expected `paid`"),
            "{shown}"
        );

        let shown = decode_error(r#"{"data": [{"id": 987654321, "amount": 1}]}"#);
        assert!(
            shown.contains("data[0].id") && !shown.contains("987654321"),
            "{shown}"
        );
        assert!(
            shown.contains("invalid type: integer, expected a string"),
            "{shown}"
        );

        let shown = decode_error(r#"{"data": [{"id": "a", "amount": 1}]}"#);
        assert!(shown.contains("missing field `state`"), "{shown}");
        assert!(shown.contains("data[0]"), "{shown}");

        let shown = decode_error(r#"{"data": "#);
        assert!(shown.contains("EOF while parsing"), "{shown}");
    }

    #[test]
    fn custom_messages_lose_their_quoted_values() {
        assert_eq!(
            without_values("'tok-SECRET' is not a 64-bit integer"),
            "the value is not a 64-bit integer"
        );
        assert_eq!(
            without_values(r#"{"a":"tok-SECRET"} is not a number"#),
            "{the value:the value} is not a number"
        );
        assert_eq!(
            without_values("it doesn't matter, expected `x`"),
            "it doesn't matter, expected `x`"
        );
    }
}
