//! Approvals of plan files: SSH signatures over a plan's digest, made and checked in-process.
//!
//! The signature is the one `ssh-keygen -Y sign` and git make (the SSHSIG format, namespace
//! `affpay-plan`, over the digest's text `sha256:…`), so a person can check an approval with
//! `ssh-keygen -Y verify` and no tool of ours; and who may approve is an `allowed_signers`
//! file, the format git and ssh-keygen use: `principals [options] keytype key`, with the
//! options `namespaces="…"`, `valid-after="…"` and `valid-before="…"` honoured (certificate
//! authorities are not supported: their lines are left out).
//!
//! Making and checking one signature is `signature`'s; this file decides whose approvals
//! count.

mod signature;

pub use signature::{NAMESPACE, load_key, sign, verify};

use crate::error::{Kind, fail, usage};
use crate::planfile::{PlanFile, refused};
use anyhow::Result;
use chrono::{DateTime, NaiveDateTime, Utc};
use ssh_key::{PublicKey, public::KeyData};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What `apply` asks of the approvals.
#[derive(Debug, Clone, Default)]
pub struct Requirement {
    /// Distinct trusted signers needed (0: none).
    pub count: usize,
    pub allowed_signers: Option<PathBuf>,
    /// The plan's author does not count as a signer.
    pub forbid_self: bool,
}

/// Every approval must verify; with a requirement, at least `count` signers must have signed,
/// each with a key `allowed_signers` lists for the identity it signed as, and distinct both in
/// identity and in key (one key listed under a pattern cannot approve as several people).
/// The author does not count when forbidden — by identity, or by a key listed for the author.
/// Refusals (exit 7) name the check and each approval left out.
pub fn check(file: &PlanFile, requirement: &Requirement) -> Result<()> {
    let mut keys = Vec::new();
    for approval in &file.approvals {
        let key = verify(approval, &file.digest).map_err(|why| {
            refused(
                "approvals",
                format!(
                    "the approval by {} does not verify: {why}",
                    approval.identity
                ),
            )
        })?;
        keys.push(key);
    }
    if requirement.count == 0 {
        return Ok(());
    }
    let path = requirement.allowed_signers.as_deref().ok_or_else(|| {
        fail(
            Kind::MissingCredential,
            format!(
                "{} approval(s) are required but no allowed_signers file is set: give \
                 --allowed-signers FILE or set allowed_signers under [PROFILE.apply] in config.toml",
                requirement.count
            ),
        )
    })?;
    let signers = read_allowed_signers(path)?;
    let now = Utc::now();
    let author = &file.body.author;
    let mut identities = BTreeSet::new();
    let mut counted_keys = Vec::new();
    let mut left_out = Vec::new();
    for (approval, key) in file.approvals.iter().zip(&keys) {
        let who = &approval.identity;
        let authors_key = signers.iter().any(|s| s.trusts(author, key, now));
        if !signers.iter().any(|s| s.trusts(who, key, now)) {
            left_out.push(format!(
                "{who} ({}) is not in {} with that key",
                approval.fingerprint,
                path.display()
            ));
        } else if requirement.forbid_self && (who == author || authors_key) {
            left_out.push(format!(
                "{who} is the plan's author {author} (apply.forbid_self_approval)"
            ));
        } else if counted_keys.contains(key) || identities.contains(who) {
            left_out.push(format!("{who} ({}) approved twice", approval.fingerprint));
        } else {
            identities.insert(who.clone());
            counted_keys.push(key.clone());
        }
    }
    let counted = identities.len();
    if counted >= requirement.count {
        return Ok(());
    }
    let mut why = format!(
        "{} of the {} required signer(s) approved digest {}",
        counted, requirement.count, file.digest
    );
    if !left_out.is_empty() {
        why.push_str(&format!(" (not counted: {})", left_out.join("; ")));
    }
    Err(refused("approvals", why))
}

/// One line of an `allowed_signers` file.
#[derive(Debug, Clone)]
pub struct Signer {
    principals: Vec<String>,
    key: KeyData,
    namespaces: Option<Vec<String>>,
    valid_after: Option<DateTime<Utc>>,
    valid_before: Option<DateTime<Utc>>,
}

impl Signer {
    fn trusts(&self, identity: &str, key: &KeyData, now: DateTime<Utc>) -> bool {
        self.key == *key
            && self
                .principals
                .iter()
                .any(|p| pattern_list_matches(p, identity))
            && self
                .namespaces
                .as_ref()
                .is_none_or(|n| n.iter().any(|n| pattern_matches(n, NAMESPACE)))
            && self.valid_after.is_none_or(|t| now >= t)
            && self.valid_before.is_none_or(|t| now <= t)
    }
}

/// Reads an `allowed_signers` file; a line that cannot be read is an error naming it.
pub fn read_allowed_signers(path: &Path) -> Result<Vec<Signer>> {
    let name = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| usage(format!("cannot read allowed signers {name}: {e}")))?;
    let mut signers = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match parse_signer(line) {
            Ok(Some(signer)) => signers.push(signer),
            Ok(None) => {}
            Err(why) => return Err(usage(format!("{name}, line {}: {why}", n + 1))),
        }
    }
    Ok(signers)
}

/// `principals [options] keytype base64 [comment]`; `None` for a certificate authority.
fn parse_signer(line: &str) -> Result<Option<Signer>, String> {
    let fields = split_fields(line);
    let [principals, rest @ ..] = fields.as_slice() else {
        return Err("no principals".to_string());
    };
    let looks_like_key =
        |f: &str| f.starts_with("ssh-") || f.starts_with("ecdsa-") || f.starts_with("sk-");
    let (options, key_fields) = match rest {
        [first, ..] if looks_like_key(first) => (None, rest),
        [options, keys @ ..] => (Some(options.as_str()), keys),
        [] => return Err("no key".to_string()),
    };
    let [keytype, base64, ..] = key_fields else {
        return Err("no key".to_string());
    };
    let key = PublicKey::from_openssh(&format!("{keytype} {base64}"))
        .map_err(|e| format!("the key cannot be read ({e})"))?;
    let mut signer = Signer {
        principals: vec![unquote(principals)],
        key: key.key_data().clone(),
        namespaces: None,
        valid_after: None,
        valid_before: None,
    };
    for option in options.map(split_options).unwrap_or_default() {
        let (name, value) = option
            .split_once('=')
            .map_or((option.as_str(), None), |(n, v)| (n, Some(unquote(v))));
        match (name.to_ascii_lowercase().as_str(), value) {
            ("cert-authority", _) => return Ok(None),
            ("namespaces", Some(v)) => {
                signer.namespaces = Some(v.split(',').map(|s| s.trim().to_string()).collect());
            }
            ("valid-after", Some(v)) => signer.valid_after = Some(ssh_time(&v)?),
            ("valid-before", Some(v)) => signer.valid_before = Some(ssh_time(&v)?),
            (other, _) => return Err(format!("unknown option '{other}'")),
        }
    }
    Ok(Some(signer))
}

/// Fields separated by blanks; a double-quoted part keeps its blanks.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !current.is_empty() {
                    fields.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        fields.push(current);
    }
    fields
}

/// Options separated by commas outside double quotes.
fn split_options(options: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in options.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            ',' if !quoted => parts.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    parts.push(current);
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

fn unquote(text: &str) -> String {
    text.trim_matches('"').to_string()
}

/// `YYYYMMDD[HHMM[SS]]`, optionally ending in `Z`; taken as UTC.
fn ssh_time(text: &str) -> Result<DateTime<Utc>, String> {
    let digits = text.trim_end_matches(['Z', 'z']);
    let padded = match digits.len() {
        8 => format!("{digits}000000"),
        12 => format!("{digits}00"),
        14 => digits.to_string(),
        _ => {
            return Err(format!(
                "'{text}' is not a time like 20260101 or 202601011200"
            ));
        }
    };
    NaiveDateTime::parse_from_str(&padded, "%Y%m%d%H%M%S")
        .map(|t| t.and_utc())
        .map_err(|_| format!("'{text}' is not a time like 20260101 or 202601011200"))
}

/// A comma-separated list of patterns; a `!` pattern that matches excludes.
fn pattern_list_matches(list: &str, text: &str) -> bool {
    let mut matched = false;
    for pattern in list.split(',') {
        if let Some(negated) = pattern.strip_prefix('!') {
            if pattern_matches(negated, text) {
                return false;
            }
        } else if pattern_matches(pattern, text) {
            matched = true;
        }
    }
    matched
}

/// `*` and `?` wildcards, as in ssh's patterns.
fn pattern_matches(pattern: &str, text: &str) -> bool {
    fn go(p: &[char], t: &[char]) -> bool {
        match (p.first(), t.first()) {
            (None, None) => true,
            (Some('*'), _) => go(&p[1..], t) || (!t.is_empty() && go(p, &t[1..])),
            (Some('?'), Some(_)) => go(&p[1..], &t[1..]),
            (Some(a), Some(b)) if a == b => go(&p[1..], &t[1..]),
            _ => false,
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    go(&p, &t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ssh_key::PrivateKey;

    fn key(seed: u8) -> PrivateKey {
        let pair = ssh_key::private::Ed25519Keypair::from_seed(&[seed; 32]);
        PrivateKey::from(pair)
    }

    #[test]
    fn a_signature_verifies_over_its_digest_only() {
        let approval = sign(&key(1), "alice@example", "sha256:aa").unwrap();
        assert!(
            approval
                .signature
                .starts_with("-----BEGIN SSH SIGNATURE-----")
        );
        let signer = verify(&approval, "sha256:aa").unwrap();
        assert_eq!(&signer, key(1).public_key().key_data());
        assert!(verify(&approval, "sha256:ab").is_err());
    }

    #[test]
    fn allowed_signers_lines_read_like_ssh_keygen() {
        let public = key(2).public_key().to_openssh().unwrap();
        let line = format!("bob@example,carol@* namespaces=\"git,affpay-plan\" {public} bob");
        let signer = parse_signer(&line).unwrap().unwrap();
        let data = key(2).public_key().key_data().clone();
        let now = Utc::now();
        assert!(signer.trusts("bob@example", &data, now));
        assert!(signer.trusts("carol@host", &data, now));
        assert!(!signer.trusts("dave@example", &data, now));
        assert!(!signer.trusts("bob@example", key(3).public_key().key_data(), now));

        let git_only = parse_signer(&format!("bob@example namespaces=\"git\" {public}"))
            .unwrap()
            .unwrap();
        assert!(!git_only.trusts("bob@example", &data, now));
        let expired = parse_signer(&format!("bob@example valid-before=\"20200101\" {public}"))
            .unwrap()
            .unwrap();
        assert!(!expired.trusts("bob@example", &data, now));
        assert!(
            parse_signer(&format!("ca@example cert-authority {public}"))
                .unwrap()
                .is_none()
        );
        assert!(parse_signer("bob@example").is_err());
        assert!(parse_signer(&format!("bob@example bogus=1 {public}")).is_err());
    }

    #[test]
    fn patterns_have_wildcards_and_negation() {
        assert!(pattern_matches("*@example.com", "a@example.com"));
        assert!(pattern_matches("a?c", "abc"));
        assert!(!pattern_matches("a?c", "ac"));
        assert!(pattern_list_matches("*@x,!eve@x", "bob@x"));
        assert!(!pattern_list_matches("*@x,!eve@x", "eve@x"));
    }
}
