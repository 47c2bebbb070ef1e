//! The SQLite backend's reads and writes: every [`Backend`] operation as one statement (or
//! one transaction) on the journal file. Separate from the schema so the rules of the rows
//! read without the history of the table.

use super::schema::migrate;
use crate::journal::rows::{
    Backend, Entry, Filter, Intent, Resolution, Reversal, RunSummary, State, Undone, now,
};
use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::time::Duration;

/// The journal file, open.
pub struct Sqlite {
    conn: Connection,
}

/// Every column, in the order [`entry_from_row`] reads them.
const COLUMNS: &str = "scope, key, provider, profile, operation, target, amount, currency, \
    batch, request, state, reference, error, attempts, created_at, updated_at, resolution, \
    note, actor, version, resolved_by, resolution_reason, reversed_at, reversed_by, reversed_with";

impl Sqlite {
    pub fn open(path: &Path) -> Result<Sqlite> {
        // Created 0600 (in a 0700 directory) before SQLite opens it, whatever the umask:
        // SQLite gives the `-wal` and `-shm` files it creates later the mode of the database
        // file, so all three stay private. A umask set around the open instead would be
        // process-wide and would race with any other thread creating files.
        crate::files::create_private(path)?;
        let mut conn = Connection::open(path)
            .with_context(|| format!("cannot open the journal {}", path.display()))?;
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        migrate(&mut conn).with_context(|| format!("journal {}", path.display()))?;
        Ok(Sqlite { conn })
    }

    fn finish(
        &self,
        scope: &str,
        key: &str,
        state: State,
        reference: Option<&str>,
        error: Option<&str>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE operations SET state = ?3, reference = ?4, error = ?5, updated_at = ?6
             WHERE scope = ?1 AND key = ?2",
            params![scope, key, state.name(), reference, error, now()],
        )?;
        Ok(())
    }
}

impl Backend for Sqlite {
    fn get(&self, scope: &str, key: &str) -> Result<Option<Entry>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM operations WHERE key = ?2 AND scope IN (?1, '')
             ORDER BY scope = ?1 DESC LIMIT 1"
        );
        Ok(self
            .conn
            .query_row(&sql, params![scope, key], entry_from_row)
            .optional()?)
    }

    fn find(&self, key: &str) -> Result<Vec<Entry>> {
        let sql = format!("SELECT {COLUMNS} FROM operations WHERE key = ?1 ORDER BY scope");
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement.query_map([key], entry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn done_before_scopes(
        &self,
        intent: (&str, &str, &str, &str),
        batch: &str,
    ) -> Result<Option<Entry>> {
        let (provider, profile, operation, target) = intent;
        let sql = format!(
            "SELECT {COLUMNS} FROM operations
             WHERE scope = '' AND provider = ?1 AND profile = ?2 AND operation = ?3
               AND target = ?4 AND batch = ?5 AND state = 'succeeded'
             ORDER BY created_at LIMIT 1"
        );
        Ok(self
            .conn
            .query_row(
                &sql,
                params![provider, profile, operation, target, batch],
                entry_from_row,
            )
            .optional()?)
    }

    fn hold_on(
        &self,
        scope: &str,
        provider: &str,
        profile: &str,
        target: &str,
    ) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT key FROM operations
                 WHERE provider = ?2 AND profile = ?3 AND target = ?4 AND state = 'sending'
                   AND scope IN (?1, '')
                 ORDER BY created_at LIMIT 1",
                params![scope, provider, profile, target],
                |row| row.get(0),
            )
            .optional()?)
    }

    fn begin(&self, intent: &Intent) -> Result<()> {
        let now = now();
        let changed = self.conn.execute(
            "INSERT INTO operations (key, provider, profile, operation, target, amount, currency,
                 batch, request, state, attempts, created_at, updated_at, scope, actor, version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'sending', 1, ?10, ?10, ?11, ?12, ?13)
             ON CONFLICT (scope, key) DO UPDATE SET
                 state = 'sending', request = excluded.request, error = NULL,
                 attempts = attempts + 1, updated_at = excluded.updated_at,
                 actor = excluded.actor, version = excluded.version
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
                now,
                intent.scope,
                intent.actor,
                intent.version
            ],
        )?;
        anyhow::ensure!(changed == 1, "journal key {} is already in use", intent.key);
        Ok(())
    }

    fn succeed(
        &self,
        scope: &str,
        key: &str,
        reference: Option<&str>,
        note: Option<&str>,
    ) -> Result<()> {
        self.finish(scope, key, State::Succeeded, reference, None)?;
        self.conn.execute(
            "UPDATE operations SET note = ?3 WHERE scope = ?1 AND key = ?2",
            params![scope, key, note],
        )?;
        Ok(())
    }

    fn fail(&self, scope: &str, key: &str, error: &str) -> Result<()> {
        self.finish(scope, key, State::Failed, None, Some(error))
    }

    fn resolve(&self, scope: &str, key: &str, how: &Resolution) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE operations SET state = ?3, reference = COALESCE(?4, reference),
                 resolution = ?5, updated_at = ?5, resolved_by = ?6, resolution_reason = ?7
             WHERE scope = ?1 AND key = ?2 AND state = 'sending'",
            params![
                scope,
                key,
                how.state.name(),
                how.reference,
                now(),
                how.by,
                how.reason
            ],
        )?;
        Ok(changed == 1)
    }

    /// Marks `reversed` the succeeded `operation` rows of this scope, provider and profile
    fn reverse(
        &self,
        scope: &str,
        (provider, profile, operation): Undone<'_>,
        references: &[&str],
        how: &Reversal,
    ) -> Result<Vec<String>> {
        let mut keys = Vec::new();
        let mut statement = self.conn.prepare(
            "UPDATE operations SET state = 'reversed', reversed_at = ?6, reversed_by = ?7,
                 reversed_with = ?8
             WHERE scope = ?1 AND provider = ?2 AND profile = ?3 AND operation = ?4
               AND reference = ?5 AND state = 'succeeded'
             RETURNING key",
        )?;
        let now = now();
        for reference in references {
            let rows = statement.query_map(
                params![
                    scope, provider, profile, operation, reference, now, how.by, how.with
                ],
                |row| row.get::<_, String>(0),
            )?;
            for key in rows {
                keys.push(key?);
            }
        }
        Ok(keys)
    }

    fn last_run(&self, provider: &str, profile: &str) -> Result<Option<RunSummary>> {
        let summary = self.conn.query_row(
            "WITH touched AS (
                 SELECT batch, state,
                        CASE WHEN resolution IS NULL THEN updated_at ELSE created_at END AS at
                 FROM operations WHERE provider = ?1 AND profile = ?2),
             last AS (SELECT batch FROM touched ORDER BY at DESC LIMIT 1)
             SELECT (SELECT batch FROM last), MAX(at),
                    COUNT(*) FILTER (WHERE state IN ('succeeded', 'reversed')),
                    COUNT(*) FILTER (WHERE state = 'failed'),
                    COUNT(*) FILTER (WHERE state = 'sending')
             FROM touched WHERE batch IS (SELECT batch FROM last)",
            params![provider, profile],
            |row| {
                let at: Option<String> = row.get(1)?;
                let Some(at) = at else { return Ok(None) };
                Ok(Some(RunSummary {
                    batch: row.get(0)?,
                    at,
                    succeeded: row.get(2)?,
                    failed: row.get(3)?,
                    unknown: row.get(4)?,
                }))
            },
        )?;
        Ok(summary)
    }

    fn unresolved(&self, provider: &str, profile: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM operations
             WHERE provider = ?1 AND profile = ?2 AND state = 'sending'",
            params![provider, profile],
            |row| row.get(0),
        )?)
    }

    fn providers_and_profiles(&self) -> Result<Vec<(String, String)>> {
        let mut statement = self.conn.prepare(
            "SELECT DISTINCT provider, profile FROM operations ORDER BY provider, profile",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn list(&self, filter: &Filter, each: &mut dyn FnMut(Entry) -> Result<()>) -> Result<()> {
        let sql = format!(
            "SELECT {COLUMNS} FROM (SELECT {COLUMNS} FROM operations
             WHERE (?1 IS NULL OR provider = ?1) AND (?2 IS NULL OR state = ?2)
               AND (?3 IS NULL OR created_at >= ?3) AND (?4 IS NULL OR profile = ?4)
               AND (?5 IS NULL OR operation = ?5) AND (?6 IS NULL OR scope IN (?6, ''))
               AND (?7 IS NULL OR created_at < ?7)
             ORDER BY created_at DESC, key DESC, scope DESC LIMIT ?8)
             ORDER BY created_at, key, scope"
        );
        let limit = filter
            .limit
            .map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement.query_map(
            params![
                filter.provider,
                filter.state.map(State::name),
                filter.since,
                filter.profile,
                filter.operation,
                filter.scope,
                filter.before,
                limit
            ],
            entry_from_row,
        )?;
        for row in rows {
            each(row?)?;
        }
        Ok(())
    }

    fn copy_in(&self, entry: &Entry) -> Result<bool> {
        let (i, e) = (&entry.intent, entry);
        let changed = self.conn.execute(
            &format!(
                "INSERT INTO operations ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                     ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)
                 ON CONFLICT (scope, key) DO NOTHING"
            ),
            params![
                i.scope,
                i.key,
                i.provider,
                i.profile,
                i.operation,
                i.target,
                i.amount,
                i.currency,
                i.batch,
                i.request,
                e.state.name(),
                e.reference,
                e.error,
                e.attempts,
                e.created_at,
                e.updated_at,
                e.resolution,
                e.note,
                i.actor,
                i.version,
                e.resolved_by,
                e.resolution_reason,
                e.reversed_at,
                e.reversed_by,
                e.reversed_with
            ],
        )?;
        Ok(changed == 1)
    }
}

fn entry_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    let state: String = row.get(10)?;
    Ok(Entry {
        intent: Intent {
            scope: row.get(0)?,
            key: row.get(1)?,
            provider: row.get(2)?,
            profile: row.get(3)?,
            operation: row.get(4)?,
            target: row.get(5)?,
            amount: row.get(6)?,
            currency: row.get(7)?,
            batch: row.get(8)?,
            request: row.get(9)?,
            actor: row.get(18)?,
            version: row.get(19)?,
        },
        // An unknown state from a newer writer is treated as the one that sends nothing.
        state: State::parse(&state).unwrap_or(State::Sending),
        reference: row.get(11)?,
        error: row.get(12)?,
        attempts: row.get(13)?,
        created_at: row.get(14)?,
        updated_at: row.get(15)?,
        resolution: row.get(16)?,
        note: row.get(17)?,
        resolved_by: row.get(20)?,
        resolution_reason: row.get(21)?,
        reversed_at: row.get(22)?,
        reversed_by: row.get(23)?,
        reversed_with: row.get(24)?,
    })
}
