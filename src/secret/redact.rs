//! Redaction: every secret in play removed from a text that may be printed, in any mix of its
//! raw, JSON-escaped and URL-encoded forms. Separate because it is a matcher of its own, tuned
//! for the many texts of a large dry run.

use super::value::Secret;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
