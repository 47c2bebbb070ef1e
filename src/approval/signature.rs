//! One approval's signature: reading the approver's key, signing a plan's digest with it, and
//! checking a signature over a digest — the part that speaks SSHSIG. Apart from `approval`
//! itself, which decides whose approvals count (the `allowed_signers` file).

use crate::error::usage;
use crate::planfile::{Approval, stamp};
use anyhow::Result;
use chrono::Utc;
use ssh_key::{HashAlg, LineEnding, PrivateKey, PublicKey, SshSig, public::KeyData};
use std::io::IsTerminal;
use std::path::Path;

/// The namespace of every plan signature, so a signature made for git or anything else is
/// never taken for an approval.
pub const NAMESPACE: &str = "affpay-plan";

/// Reads an OpenSSH private key; an encrypted one is opened with a passphrase asked on a
/// terminal, and refused with a clear error elsewhere.
pub fn load_key(path: &Path, no_input: bool) -> Result<PrivateKey> {
    let name = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| usage(format!("cannot read the key {name}: {e}")))?;
    let key = PrivateKey::from_openssh(text.trim())
        .map_err(|e| usage(format!("{name} is not an OpenSSH private key ({e})")))?;
    let key = if key.is_encrypted() {
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        if no_input || !terminal {
            return Err(usage(format!(
                "{name} is encrypted; affpay asks its passphrase on a terminal only (run \
                 `affpay plan approve` in one)"
            )));
        }
        let passphrase = dialoguer::Password::new()
            .with_prompt(format!("Passphrase for {name}"))
            .interact()
            .map_err(|e| usage(format!("no passphrase for {name}: {e}")))?;
        key.decrypt(passphrase.as_bytes())
            .map_err(|_| usage(format!("wrong passphrase for {name}")))?
    } else {
        key
    };
    if key.algorithm() != ssh_key::Algorithm::Ed25519 {
        return Err(usage(format!(
            "{name} is a {} key; plans are signed with ed25519 keys (ssh-keygen -t ed25519)",
            key.algorithm()
        )));
    }
    Ok(key)
}

/// An approval of `digest` by `identity` with `key`.
pub fn sign(key: &PrivateKey, identity: &str, digest: &str) -> Result<Approval> {
    let signature = key
        .sign(NAMESPACE, HashAlg::Sha512, digest.as_bytes())
        .map_err(|e| anyhow::anyhow!("cannot sign: {e}"))?;
    Ok(Approval {
        identity: identity.to_string(),
        fingerprint: key.public_key().fingerprint(HashAlg::Sha256).to_string(),
        signed: stamp(Utc::now()),
        signature: signature
            .to_pem(LineEnding::LF)
            .map_err(|e| anyhow::anyhow!("cannot encode the signature: {e}"))?,
    })
}

/// The key that made an approval, once its signature is checked over `digest`.
pub fn verify(approval: &Approval, digest: &str) -> Result<KeyData, String> {
    let signature = SshSig::from_pem(approval.signature.trim())
        .map_err(|e| format!("its signature cannot be read ({e})"))?;
    if signature.namespace() != NAMESPACE {
        return Err(format!(
            "it was signed for '{}', not '{NAMESPACE}'",
            signature.namespace()
        ));
    }
    let key = PublicKey::from(signature.public_key().clone());
    key.verify(NAMESPACE, digest.as_bytes(), &signature)
        .map_err(|_| "its signature is not over this plan's digest".to_string())?;
    if key.fingerprint(HashAlg::Sha256).to_string() != approval.fingerprint {
        return Err(format!(
            "it names key {} but was signed with {}",
            approval.fingerprint,
            key.fingerprint(HashAlg::Sha256)
        ));
    }
    Ok(key.key_data().clone())
}
