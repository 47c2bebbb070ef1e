//! The journal: a durable record of every money-moving request, so that nothing is paid
//! twice and a person can always see what was paid, when and why.
//!
//! None of the providers accepts idempotency keys, so affpay keeps its own. Each request has
//! a key; its row is committed as `sending` *before* the request leaves, then updated to
//! `succeeded` (with the provider's reference) or `failed`. A row still `sending` after a
//! crash, timeout or dropped connection means "the provider may or may not have done it": it
//! is never sent again until a person checks and runs `affpay journal resolve`.
//!
//! SQLite in WAL mode with `synchronous=FULL`: each commit is on disk before the request goes.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::time::Duration;

/// Where an operation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Sending,
    Succeeded,
    Failed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Sending => "sending",
            State::Succeeded => "succeeded",
            State::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<State> {
        match text {
            "sending" => Some(State::Sending),
            "succeeded" => Some(State::Succeeded),
            "failed" => Some(State::Failed),
            _ => None,
        }
    }
}

/// What is recorded before a request is sent.
#[derive(Debug, Clone)]
pub struct Intent {
    pub key: String,
    pub provider: String,
    pub profile: String,
    pub operation: String,
    pub target: String,
    pub amount: Option<String>,
    pub currency: Option<String>,
    pub batch: Option<String>,
    /// Method, URL and body as sent, with no secret in them.
    pub request: String,
}

/// A row of the journal.
#[derive(Debug, Clone)]
pub struct Entry {
    pub intent: Intent,
    pub state: State,
    pub reference: Option<String>,
    pub error: Option<String>,
    pub attempts: i64,
    pub created_at: String,
    pub updated_at: String,
    pub resolution: Option<String>,
    /// What the provider's answer said besides its reference.
    pub note: Option<String>,
}

/// Filters of `affpay journal list`.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub provider: Option<String>,
    pub profile: Option<String>,
    pub operation: Option<String>,
    pub state: Option<State>,
    /// Rows created on or after this UTC timestamp prefix (`YYYY-MM-DD`).
    pub since: Option<String>,
}

pub struct Journal {
    conn: Connection,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS operations (
    key         TEXT PRIMARY KEY,
    provider    TEXT NOT NULL,
    profile     TEXT NOT NULL,
    operation   TEXT NOT NULL,
    target      TEXT NOT NULL,
    amount      TEXT,
    currency    TEXT,
    batch       TEXT,
    request     TEXT NOT NULL,
    state       TEXT NOT NULL,
    reference   TEXT,
    error       TEXT,
    attempts    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    resolution  TEXT,
    note        TEXT
);
CREATE INDEX IF NOT EXISTS operations_by_time ON operations (created_at);
";

const COLUMNS: &str = "key, provider, profile, operation, target, amount, currency, batch, \
    request, state, reference, error, attempts, created_at, updated_at, resolution, note";

impl Journal {
    pub fn open(path: &Path) -> Result<Journal> {
        // Created 0600 (in a 0700 directory) before SQLite opens it, whatever the umask:
        // SQLite gives the `-wal` and `-shm` files it creates later the mode of the database
        // file, so all three stay private. A umask set around the open instead would be
        // process-wide and would race with any other thread creating files.
        crate::files::create_private(path)?;
        let conn = Connection::open(path)
            .with_context(|| format!("cannot open the journal {}", path.display()))?;
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)
            .with_context(|| format!("cannot set up the journal {}", path.display()))?;
        Ok(Journal { conn })
    }

    pub fn get(&self, key: &str) -> Result<Option<Entry>> {
        let sql = format!("SELECT {COLUMNS} FROM operations WHERE key = ?1");
        Ok(self
            .conn
            .query_row(&sql, [key], entry_from_row)
            .optional()?)
    }

    /// Records, durably, that the request is about to be sent. A key that failed before is
    /// taken up again; any other existing key is refused (the caller checks first).
    pub fn begin(&self, intent: &Intent) -> Result<()> {
        let now = now();
        let changed = self.conn.execute(
            "INSERT INTO operations (key, provider, profile, operation, target, amount, currency,
                 batch, request, state, attempts, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'sending', 1, ?10, ?10)
             ON CONFLICT (key) DO UPDATE SET
                 state = 'sending', request = excluded.request, error = NULL,
                 attempts = attempts + 1, updated_at = excluded.updated_at
             WHERE state = 'failed'",
            params![
                intent.key,
                intent.provider,
                intent.profile,
                intent.operation,
                intent.target,
                intent.amount,
                intent.currency,
                intent.batch,
                intent.request,
                now
            ],
        )?;
        anyhow::ensure!(changed == 1, "journal key {} is already in use", intent.key);
        Ok(())
    }

    pub fn succeed(&self, key: &str, reference: Option<&str>, note: Option<&str>) -> Result<()> {
        self.finish(key, State::Succeeded, reference, None)?;
        self.conn.execute(
            "UPDATE operations SET note = ?2 WHERE key = ?1",
            params![key, note],
        )?;
        Ok(())
    }

    pub fn fail(&self, key: &str, error: &str) -> Result<()> {
        self.finish(key, State::Failed, None, Some(error))
    }

    fn finish(
        &self,
        key: &str,
        state: State,
        reference: Option<&str>,
        error: Option<&str>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE operations SET state = ?2, reference = ?3, error = ?4, updated_at = ?5
             WHERE key = ?1",
            params![key, state.name(), reference, error, now()],
        )?;
        Ok(())
    }

    /// Settles a `sending` row after a person checked with the provider.
    pub fn resolve(&self, key: &str, state: State, reference: Option<&str>) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE operations SET state = ?2, reference = COALESCE(?3, reference),
                 resolution = ?4, updated_at = ?4
             WHERE key = ?1 AND state = 'sending'",
            params![key, state.name(), reference, now()],
        )?;
        Ok(changed == 1)
    }

    /// Every row the filter selects, oldest first, handed on one at a time.
    pub fn list(&self, filter: &Filter, mut each: impl FnMut(Entry) -> Result<()>) -> Result<()> {
        let sql = format!(
            "SELECT {COLUMNS} FROM operations
             WHERE (?1 IS NULL OR provider = ?1) AND (?2 IS NULL OR state = ?2)
               AND (?3 IS NULL OR created_at >= ?3) AND (?4 IS NULL OR profile = ?4)
               AND (?5 IS NULL OR operation = ?5)
             ORDER BY created_at, key"
        );
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement.query_map(
            params![
                filter.provider,
                filter.state.map(State::name),
                filter.since,
                filter.profile,
                filter.operation
            ],
            entry_from_row,
        )?;
        for row in rows {
            each(row?)?;
        }
        Ok(())
    }
}

fn entry_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    let state: String = row.get(9)?;
    Ok(Entry {
        intent: Intent {
            key: row.get(0)?,
            provider: row.get(1)?,
            profile: row.get(2)?,
            operation: row.get(3)?,
            target: row.get(4)?,
            amount: row.get(5)?,
            currency: row.get(6)?,
            batch: row.get(7)?,
            request: row.get(8)?,
        },
        state: State::parse(&state).unwrap_or(State::Sending),
        reference: row.get(10)?,
        error: row.get(11)?,
        attempts: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        resolution: row.get(15)?,
        note: row.get(16)?,
    })
}

/// UTC, to the millisecond, in a form that sorts as text.
pub fn now() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intent(key: &str) -> Intent {
        Intent {
            key: key.to_string(),
            provider: "smartico".into(),
            profile: "default".into(),
            operation: "settle".into(),
            target: "35427".into(),
            amount: Some("10.50".into()),
            currency: Some("EUR".into()),
            batch: Some("2026-11-21".into()),
            request: "POST /api/af2_payments_op {}".into(),
        }
    }

    #[test]
    fn a_key_moves_from_sending_to_a_final_state_and_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        let journal = Journal::open(&path).unwrap();
        journal.begin(&intent("k1")).unwrap();
        assert!(
            journal.begin(&intent("k1")).is_err(),
            "a sending key is not taken again"
        );
        drop(journal);

        let journal = Journal::open(&path).unwrap();
        assert_eq!(journal.get("k1").unwrap().unwrap().state, State::Sending);
        journal.fail("k1", "rejected").unwrap();
        journal.begin(&intent("k1")).unwrap();
        let entry = journal.get("k1").unwrap().unwrap();
        assert_eq!((entry.state, entry.attempts), (State::Sending, 2));
        assert!(
            journal
                .resolve("k1", State::Succeeded, Some("15561"))
                .unwrap()
        );
        let entry = journal.get("k1").unwrap().unwrap();
        assert_eq!(entry.state, State::Succeeded);
        assert_eq!(entry.reference.as_deref(), Some("15561"));
        assert!(
            !journal.resolve("k1", State::Failed, None).unwrap(),
            "only sending rows resolve"
        );
        assert!(
            journal.begin(&intent("k1")).is_err(),
            "a succeeded key is never sent again"
        );
    }
}
