//! The OS keyring, behind a time limit.
//!
//! A keyring that hangs (no session bus under cron, a locked collection waiting for a prompt
//! nobody sees) must not hang affpay, and an unusable keyring must be reported, never
//! mistaken for "no credential" (gh#13317, gh#14171). Every call therefore runs on a helper
//! thread and is abandoned after `TIME_LIMIT`; any platform failure comes back as
//! [`Unavailable`] with the store's own words.
//!
//! `AFFPAY_KEYRING` picks the store: `secret-service` (the Linux default), `keyutils`, or
//! `none`; macOS and Windows use their native store.

use crate::secret::Secret;
use keyring_core::{CredentialStore, Error};
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

const SERVICE: &str = "affpay";
const TIME_LIMIT: Duration = Duration::from_secs(3);

/// The keyring cannot be used; the text says why.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the OS keyring is unusable: {0}")]
pub struct Unavailable(pub String);

/// Whether the keyring is switched off on purpose (`AFFPAY_KEYRING=none`): then it holds
/// nothing, rather than being unreachable.
pub fn disabled() -> bool {
    std::env::var("AFFPAY_KEYRING").is_ok_and(|v| v == "none")
}

/// The secret stored under `entry`, or `None` when there is none.
pub fn get(entry: &str) -> Result<Option<Secret>, Unavailable> {
    with_entry(entry, |e| match e.get_password() {
        Ok(value) => Ok(Some(Secret::new(value))),
        Err(Error::NoEntry) => Ok(None),
        Err(err) => Err(err),
    })
}

pub fn set(entry: &str, secret: &Secret) -> Result<(), Unavailable> {
    let value = secret.expose().to_string();
    with_entry(entry, move |e| e.set_password(&value))
}

/// Deletes `entry`; true when there was one.
pub fn delete(entry: &str) -> Result<bool, Unavailable> {
    with_entry(entry, |e| match e.delete_credential() {
        Ok(()) => Ok(true),
        Err(Error::NoEntry) => Ok(false),
        Err(err) => Err(err),
    })
}

fn with_entry<T: Send + 'static>(
    entry: &str,
    op: impl FnOnce(&keyring_core::Entry) -> keyring_core::Result<T> + Send + 'static,
) -> Result<T, Unavailable> {
    let store = store()?;
    let entry = entry.to_string();
    within_time_limit(move || {
        let e = store.build(SERVICE, &entry, None)?;
        op(&e)
    })?
    .map_err(|err| Unavailable(err.to_string()))
}

fn store() -> Result<Arc<CredentialStore>, Unavailable> {
    static STORE: OnceLock<Result<Arc<CredentialStore>, Unavailable>> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let choice = std::env::var("AFFPAY_KEYRING").unwrap_or_default();
            within_time_limit(move || open_store(&choice))?
        })
        .clone()
}

fn within_time_limit<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Unavailable> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(TIME_LIMIT).map_err(|_| {
        Unavailable(format!(
            "it did not answer within {} s",
            TIME_LIMIT.as_secs()
        ))
    })
}

fn open_store(choice: &str) -> Result<Arc<CredentialStore>, Unavailable> {
    let failed = |err: Error| Unavailable(err.to_string());
    match choice {
        "none" => Err(Unavailable("AFFPAY_KEYRING is set to none".to_string())),
        #[cfg(target_os = "linux")]
        "keyutils" => Ok(linux_keyutils_keyring_store::Store::new().map_err(failed)?),
        #[cfg(target_os = "linux")]
        "" | "secret-service" => {
            Ok(zbus_secret_service_keyring_store::Store::new().map_err(failed)?)
        }
        #[cfg(target_os = "macos")]
        "" => Ok(apple_native_keyring_store::keychain::Store::new().map_err(failed)?),
        #[cfg(target_os = "windows")]
        "" => Ok(windows_native_keyring_store::Store::new().map_err(failed)?),
        other => Err(Unavailable(format!(
            "AFFPAY_KEYRING={other} is not a keyring this build knows"
        ))),
    }
}
