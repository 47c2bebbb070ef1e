//! An answer that could not be decoded, described by where and what went wrong, never by the
//! value found there (which may be a token). Separate from redaction because it never sees
//! the secrets: it leaves every value out instead.

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
