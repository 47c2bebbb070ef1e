//! The digest of a plan's body: SHA-256 of a canonical form, so that layout means nothing
//! and every value counts. Approvals sign it.

use serde_json::Value;

/// The SHA-256 of a body's canonical form, as `sha256:<hex>`.
pub fn digest_of(body: &Value) -> String {
    use sha2::{Digest, Sha256};
    let mut bytes = Vec::new();
    canonical(body, &mut bytes);
    let hex: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// Compact JSON with every object's keys sorted; numbers keep their text (serde_json's
/// `arbitrary_precision`), so `10.50` stays `10.50`.
fn canonical(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push(b'{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend(Value::String(key.clone()).to_string().bytes());
                out.push(b':');
                canonical(&map[key], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical(item, out);
            }
            out.push(b']');
        }
        other => out.extend(other.to_string().bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_ignores_layout_and_sees_every_value() {
        let a: Value =
            serde_json::from_str(r#"{"b": [1, "x"], "a": {"d": 10.50, "c": null}}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a":{"c":null,"d":10.50},"b":[1,"x"]}"#).unwrap();
        assert_eq!(digest_of(&a), digest_of(&b));
        let c: Value = serde_json::from_str(r#"{"a":{"c":null,"d":10.5},"b":[1,"x"]}"#).unwrap();
        assert_ne!(
            digest_of(&a),
            digest_of(&c),
            "10.50 and 10.5 are other text"
        );
        let mut bytes = Vec::new();
        canonical(&b, &mut bytes);
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            r#"{"a":{"c":null,"d":10.50},"b":[1,"x"]}"#
        );
    }
}
