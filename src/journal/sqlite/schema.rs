//! The SQLite journal's table and its migrations: what `PRAGMA user_version` each affpay
//! wrote, and how an older file is brought forward. Separate from the queries because it
//! runs once, on open, and changes only when the schema does.

use crate::journal::rows::VERSION;
use anyhow::Result;
use rusqlite::Connection;

const TABLE: &str = "
CREATE TABLE operations (
    scope       TEXT NOT NULL,
    key         TEXT NOT NULL,
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
    note        TEXT,
    actor       TEXT,
    version     TEXT,
    resolved_by TEXT,
    resolution_reason TEXT,
    reversed_at TEXT,
    reversed_by TEXT,
    reversed_with TEXT,
    PRIMARY KEY (scope, key)
);
CREATE INDEX operations_by_time ON operations (created_at);
CREATE INDEX operations_by_target ON operations (provider, profile, target, state);
";

/// The columns a version-1 table may lack, added before it is copied into version 2.
const V1_LATE_COLUMNS: &[&str] = &["resolution", "note"];

/// The columns version 3 adds to a version-2 table.
const V3_COLUMNS: &[&str] = &["reversed_at", "reversed_by", "reversed_with"];

/// Brings the journal to [`VERSION`] in one transaction, or refuses a newer one. A missing
/// table is created; a version-1 table gets its late columns, then is copied into the
/// current table with an empty scope (its rows count in every scope); a version-2 table gets
/// the reversal columns.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > VERSION {
        anyhow::bail!(
            "was written by a newer affpay (schema version {version}; this affpay knows up to \
             {VERSION}); use that affpay or a newer one"
        );
    }
    if version == VERSION {
        return Ok(());
    }
    let exists: bool = tx.query_row(
        "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'operations'",
        [],
        |r| r.get(0),
    )?;
    if exists && version == 2 {
        for column in V3_COLUMNS {
            tx.execute_batch(&format!("ALTER TABLE operations ADD COLUMN {column} TEXT"))?;
        }
    } else if exists {
        let mut present = Vec::new();
        {
            let mut info = tx.prepare("SELECT name FROM pragma_table_info('operations')")?;
            for name in info.query_map([], |r| r.get::<_, String>(0))? {
                present.push(name?);
            }
        }
        for column in V1_LATE_COLUMNS {
            if !present.iter().any(|p| p == column) {
                tx.execute_batch(&format!("ALTER TABLE operations ADD COLUMN {column} TEXT"))?;
            }
        }
        tx.execute_batch("ALTER TABLE operations RENAME TO operations_v1; DROP INDEX IF EXISTS operations_by_time;")?;
        tx.execute_batch(TABLE)?;
        tx.execute_batch(
            "INSERT INTO operations (scope, key, provider, profile, operation, target, amount,
                 currency, batch, request, state, reference, error, attempts, created_at,
                 updated_at, resolution, note)
             SELECT '', key, provider, profile, operation, target, amount, currency, batch,
                 request, state, reference, error, attempts, created_at, updated_at,
                 resolution, note
             FROM operations_v1;
             DROP TABLE operations_v1;",
        )?;
    } else {
        tx.execute_batch(TABLE)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Journal;
    use crate::journal::{Reversal, State};

    const SCOPE: &str = "https://boapi.smartico.ai";

    #[test]
    fn an_old_journal_is_migrated_and_its_rows_count_in_every_scope() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        {
            // The first releases' table, before `note` existed.
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "CREATE TABLE operations (key TEXT PRIMARY KEY, provider TEXT NOT NULL,
                   profile TEXT NOT NULL, operation TEXT NOT NULL, target TEXT NOT NULL,
                   amount TEXT, currency TEXT, batch TEXT, request TEXT NOT NULL,
                   state TEXT NOT NULL, reference TEXT, error TEXT, attempts INTEGER NOT NULL,
                   created_at TEXT NOT NULL, updated_at TEXT NOT NULL, resolution TEXT);
                 INSERT INTO operations VALUES ('old', 'smartico', 'default', 'settle', '35427',
                   '10.5', 'EUR', '2026-11-20', 'POST /x', 'sending', NULL, NULL, 1,
                   '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z', NULL);",
            )
            .unwrap();
        }
        let journal = Journal::open(&path).unwrap();
        let entry = journal.get(SCOPE, "old").unwrap().unwrap();
        assert_eq!(
            (entry.state, entry.intent.scope.as_str()),
            (State::Sending, "")
        );
        assert_eq!(
            journal
                .hold_on(SCOPE, "smartico", "default", "35427")
                .unwrap()
                .as_deref(),
            Some("old")
        );
        drop(journal);
        Journal::open(&path).expect("opening a migrated journal again changes nothing");
    }

    #[test]
    fn a_version_2_journal_gains_the_reversal_columns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            let v2 = TABLE.replace(
                "    reversed_at TEXT,\n    reversed_by TEXT,\n    reversed_with TEXT,\n",
                "",
            );
            assert!(!v2.contains("reversed"), "{v2}");
            conn.execute_batch(&v2).unwrap();
            conn.execute_batch(
                "INSERT INTO operations (scope, key, provider, profile, operation, target,
                   request, state, attempts, created_at, updated_at, reference)
                 VALUES ('s', 'k', 'billon', 'default', 'settle', 'u', 'POST /x', 'succeeded',
                   1, '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z', '7');
                 PRAGMA user_version = 2;",
            )
            .unwrap();
        }
        let journal = Journal::open(&path).unwrap();
        let how = Reversal {
            by: "ops@host".into(),
            with: "c".into(),
        };
        let keys = journal
            .reverse("s", ("billon", "default", "settle"), &["7"], &how)
            .unwrap();
        assert_eq!(keys, ["k"]);
        assert_eq!(
            journal.get("s", "k").unwrap().unwrap().state,
            State::Reversed
        );
    }

    #[test]
    fn a_journal_from_a_newer_affpay_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", VERSION + 1)
            .unwrap();
        let err = Journal::open(&path).err().expect("refused");
        assert!(format!("{err:#}").contains("newer affpay"), "{err:#}");
    }
}
