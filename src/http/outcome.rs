//! What an answer that is not a 2xx means: the exit kind it becomes, the line the user sees,
//! and what of its body may be quoted there. Separate because it is the one outcome rule of
//! every provider (a refusal, a temporary failure, or an unknown outcome that holds money).

use super::types::ProviderError;
use crate::error::Kind;

/// The first 300 characters of a body on one line: enough to recognise an HTML error page.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 300 {
        format!("{}…", one_line.chars().take(300).collect::<String>())
    } else if one_line.is_empty() {
        "(empty body)".to_string()
    } else {
        one_line
    }
}

/// The reader of a provider that documents no error body: nothing is recognised as its
/// refusal, and the user sees the start of the body.
pub fn no_documented_error(_: &[u8]) -> Option<ProviderError> {
    None
}

/// The outcome rule for an answer that is not a 2xx, in one place for every provider.
///
/// A request that reads may be refused for any reason. A request that moves money
/// (`may_have_acted`) is a *refusal* only when the answer says so in a way the vendor
/// documents: a 4xx (408 and 429 aside) or, for 409, the vendor's own error body. Anything
/// else — a redirect (never followed), 408, a bare 409, a 5xx — may follow work already done,
/// so its outcome is unknown and the target is held until a person resolves it.
pub fn classify(
    status: u16,
    may_have_acted: bool,
    documented_error: bool,
    provider_kind: Option<Kind>,
) -> Kind {
    let credential = provider_kind == Some(Kind::CredentialRejected);
    match status {
        401 | 403 => Kind::CredentialRejected,
        400..=499 if status != 429 && credential => Kind::CredentialRejected,
        429 => Kind::Temporary,
        408 if may_have_acted => Kind::OutcomeUnknown,
        409 if may_have_acted && !documented_error => Kind::OutcomeUnknown,
        400..=499 => provider_kind
            .filter(|k| *k != Kind::OutcomeUnknown)
            .unwrap_or(Kind::ProviderRejected),
        _ if may_have_acted => Kind::OutcomeUnknown,
        500..=599 => Kind::Temporary,
        _ => Kind::ProviderRejected,
    }
}

/// The one line the user sees for a non-2xx answer of the given kind.
pub fn describe_status(provider: &str, status: u16, kind: Kind, detail: &str) -> String {
    match (kind, status) {
        (Kind::CredentialRejected, _) => format!(
            "{provider} rejected the credential (HTTP {status}): {detail}. Check it with \
             `affpay auth status` and store a new one with `affpay auth login {provider}`"
        ),
        (Kind::OutcomeUnknown, 300..=399) => format!(
            "{provider} answered a request that moves money with a redirect (HTTP {status}), \
             which affpay never follows; it may or may not have acted"
        ),
        (Kind::OutcomeUnknown, _) => format!(
            "{provider} answered a request that moves money with HTTP {status}, which is not a \
             documented refusal; it may or may not have acted: {detail}"
        ),
        (_, 300..=399) => {
            format!("{provider} answered with a redirect (HTTP {status}); check the base URL")
        }
        (Kind::Temporary, _) => {
            format!("{provider} is unavailable (HTTP {status}) after retries: {detail}")
        }
        _ => format!("{provider} rejected the request (HTTP {status}): {detail}"),
    }
}

/// Whether a body is JSON (or was meant to be), rather than an HTML page or plain text.
pub fn looks_like_json(body: &[u8]) -> bool {
    let start = body.iter().find(|b| !b.is_ascii_whitespace());
    matches!(start, Some(b'{' | b'[' | b'"'))
}

/// A body to show in a message: a snippet of a text or HTML page; of a JSON one only its
/// top-level `message` or `error` text (what a person needs to read a refusal), never its
/// other values, which may be secrets. The caller redacts what is shown.
pub fn unquoted_body(body: &[u8]) -> String {
    if !looks_like_json(body) {
        return snippet(body);
    }
    let value: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let said = ["message", "error"]
        .iter()
        .find_map(|field| value.get(field)?.as_str());
    match said {
        Some(text) => snippet(text.as_bytes()),
        None => format!(
            "(a JSON answer of {} bytes without an error message)",
            body.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every status class, for a request that moves money and for a read, with and without
    /// the vendor's documented error body.
    #[test]
    fn only_a_documented_refusal_of_a_money_moving_request_is_a_failure() {
        use Kind::*;
        let cases: &[(u16, bool, Kind, Kind)] = &[
            // status, documented error body, money-moving, read
            (100, false, OutcomeUnknown, ProviderRejected),
            (301, false, OutcomeUnknown, ProviderRejected),
            (302, true, OutcomeUnknown, ProviderRejected),
            (303, false, OutcomeUnknown, ProviderRejected),
            (307, false, OutcomeUnknown, ProviderRejected),
            (308, false, OutcomeUnknown, ProviderRejected),
            (400, false, ProviderRejected, ProviderRejected),
            (400, true, ProviderRejected, ProviderRejected),
            (401, false, CredentialRejected, CredentialRejected),
            (403, true, CredentialRejected, CredentialRejected),
            (404, false, ProviderRejected, ProviderRejected),
            (408, false, OutcomeUnknown, ProviderRejected),
            (408, true, OutcomeUnknown, ProviderRejected),
            (409, false, OutcomeUnknown, ProviderRejected),
            (409, true, ProviderRejected, ProviderRejected),
            (422, true, ProviderRejected, ProviderRejected),
            (429, false, Temporary, Temporary),
            (500, false, OutcomeUnknown, Temporary),
            (500, true, OutcomeUnknown, Temporary),
            (502, false, OutcomeUnknown, Temporary),
            (504, false, OutcomeUnknown, Temporary),
        ];
        for &(status, documented, money, read) in cases {
            assert_eq!(
                classify(status, true, documented, None),
                money,
                "money-moving, HTTP {status}, documented {documented}"
            );
            assert_eq!(
                classify(status, false, documented, None),
                read,
                "read, HTTP {status}, documented {documented}"
            );
        }
    }

    #[test]
    fn a_provider_code_decides_within_the_refusals_only() {
        use Kind::*;
        // An expired key sent with a 400 is a rejected credential.
        assert_eq!(
            classify(400, true, true, Some(CredentialRejected)),
            CredentialRejected
        );
        // A provider's code cannot turn an unknown outcome into a refusal.
        assert_eq!(
            classify(500, true, true, Some(ProviderRejected)),
            OutcomeUnknown
        );
        assert_eq!(
            classify(302, true, true, Some(ProviderRejected)),
            OutcomeUnknown
        );
        assert_eq!(classify(400, true, true, Some(Temporary)), Temporary);
    }
}
