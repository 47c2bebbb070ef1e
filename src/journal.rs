//! The journal: a durable record of every money-moving request, so that nothing is paid
//! twice and a person can always see what was paid, when and why.
//!
//! None of the providers accepts idempotency keys, so affpay keeps its own. Each request has
//! a key; its row is committed as `sending` *before* the request leaves, then updated to
//! `succeeded` (with the provider's reference) or `failed`. A row still `sending` after a
//! crash, timeout or dropped connection means "the provider may or may not have done it": it
//! is never sent again until a person checks and runs `affpay journal resolve`.
//!
//! Keys live in an *account scope*: the base URL (scheme, host, port) the requests went to,
//! beside the provider and profile every row names. A rehearsal against a local simulator
//! therefore never makes a real payment look done, and one operator host never blocks another.
//! While any row for a target is `sending` in a scope, that target is *held*: nothing new is
//! sent to it, whatever the amount or batch, until the row is resolved.
//!
//! SQLite in WAL mode with `synchronous=FULL`: each commit is on disk before the request goes.
//! The schema carries a version (`PRAGMA user_version`): a journal written by an older affpay
//! is migrated forward in one transaction on open, and a newer one is refused.
//!
//! A succeeded row that affpay itself later undid (the settlement it created deleted, the
//! payout it created cancelled) becomes `reversed`, with when, by whom and by which request;
//! its key is then no longer "done", and the next run sends under a fresh key derived from it.
//! Nothing else of the row changes, so the record of what was paid stays whole.

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
    /// Succeeded, then undone by a later affpay request ([`Journal::reverse`]).
    Reversed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Sending => "sending",
            State::Succeeded => "succeeded",
            State::Failed => "failed",
            State::Reversed => "reversed",
        }
    }

    pub fn parse(text: &str) -> Option<State> {
        match text {
            "sending" => Some(State::Sending),
            "succeeded" => Some(State::Succeeded),
            "failed" => Some(State::Failed),
            "reversed" => Some(State::Reversed),
            _ => None,
        }
    }
}

/// What is recorded before a request is sent.
#[derive(Debug, Clone)]
pub struct Intent {
    /// The base URL the request goes to (`sandbox` for the in-process simulator); empty on
    /// rows written before scopes existed, which match every scope so nothing is paid twice.
    pub scope: String,
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
    /// Who ran it (`user@host`) and with which affpay version.
    pub actor: Option<String>,
    pub version: Option<String>,
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
    /// When a person resolved an unknown outcome, who, and why.
    pub resolution: Option<String>,
    pub resolved_by: Option<String>,
    pub resolution_reason: Option<String>,
    /// What the provider's answer said besides its reference.
    pub note: Option<String>,
    /// When a `reversed` row was undone, by whom (`user@host`) and with which request's key.
    pub reversed_at: Option<String>,
    pub reversed_by: Option<String>,
    pub reversed_with: Option<String>,
}

/// Who undid a succeeded request, and with which request (its key).
#[derive(Debug, Clone)]
pub struct Reversal {
    pub by: String,
    pub with: String,
}

/// The last money-moving run of a provider and profile (see [`Journal::last_run`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSummary {
    /// Its batch (`None` for rows written without one).
    pub batch: Option<String>,
    /// When it last sent a request (UTC).
    pub at: String,
    pub succeeded: i64,
    pub failed: i64,
    /// Still `sending`: outcome unknown.
    pub unknown: i64,
}

/// How a person settles an unknown outcome.
#[derive(Debug, Clone)]
pub struct Resolution {
    pub state: State,
    pub reference: Option<String>,
    pub reason: Option<String>,
    pub by: String,
}

/// Filters of `affpay journal list`.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// Rows of this account scope (and rows from before scopes existed).
    pub scope: Option<String>,
    pub provider: Option<String>,
    pub profile: Option<String>,
    pub operation: Option<String>,
    pub state: Option<State>,
    /// Rows created on or after this UTC timestamp prefix (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Rows created before this UTC timestamp prefix (the day after the last one wanted).
    pub before: Option<String>,
    /// At most this many rows: the newest ones, still listed oldest first.
    pub limit: Option<usize>,
}

pub struct Journal {
    conn: Connection,
}

/// The schema this affpay writes. Version 1 was the unversioned table of the first releases
/// (with or without `note`); version 2 adds the account scope and who did what; version 3
/// adds the reversal columns.
const VERSION: i64 = 3;

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

const COLUMNS: &str = "scope, key, provider, profile, operation, target, amount, currency, \
    batch, request, state, reference, error, attempts, created_at, updated_at, resolution, \
    note, actor, version, resolved_by, resolution_reason, reversed_at, reversed_by, reversed_with";

impl Journal {
    pub fn open(path: &Path) -> Result<Journal> {
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
        Ok(Journal { conn })
    }

    /// The row of a key in a scope; a row from before scopes existed counts in every scope.
    pub fn get(&self, scope: &str, key: &str) -> Result<Option<Entry>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM operations WHERE key = ?2 AND scope IN (?1, '')
             ORDER BY scope = ?1 DESC LIMIT 1"
        );
        Ok(self
            .conn
            .query_row(&sql, params![scope, key], entry_from_row)
            .optional()?)
    }

    /// Every row with this key, whatever its scope (for `journal show` and `resolve`).
    pub fn find(&self, key: &str) -> Result<Vec<Entry>> {
        let sql = format!("SELECT {COLUMNS} FROM operations WHERE key = ?1 ORDER BY scope");
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement.query_map([key], entry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A request to this target in this batch that succeeded before account scopes existed
    /// (scope empty), whatever its key: keys derived by an older affpay could include values
    /// a provider reported, so on the day of an upgrade the same payment may derive another
    /// key. Counting such a row as done cannot pay twice; at worst it defers a payment.
    pub fn done_before_scopes(
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

    /// The key of a request to this target whose outcome is still unknown, if any: while
    /// there is one, nothing new is sent to the target.
    pub fn hold_on(
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

    /// Records, durably, that the request is about to be sent. A key that failed before is
    /// taken up again; any other existing key is refused (the caller checks first).
    pub fn begin(&self, intent: &Intent) -> Result<()> {
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

    pub fn succeed(
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

    pub fn fail(&self, scope: &str, key: &str, error: &str) -> Result<()> {
        self.finish(scope, key, State::Failed, None, Some(error))
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

    /// Settles a `sending` row after a person checked with the provider; false when the row
    /// is not `sending`.
    pub fn resolve(&self, scope: &str, key: &str, how: &Resolution) -> Result<bool> {
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
    /// whose reference is one of `references` (the settlement deleted, the payouts cancelled),
    /// recording who reversed them and with which request; returns their keys. The rest of each
    /// row stays as it was.
    pub fn reverse(
        &self,
        scope: &str,
        (provider, profile, operation): (&str, &str, &str),
        references: &[&str],
        how: &Reversal,
    ) -> Result<Vec<String>> {
        let mut keys = Vec::new();
        let mut statement = self.conn.prepare(
            "UPDATE operations SET state = 'reversed', reversed_at = ?6, reversed_by = ?7,
                 reversed_with = ?8
             WHERE scope IN (?1, '') AND provider = ?2 AND profile = ?3 AND operation = ?4
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

    /// The targets that succeeded `cancel` rows of a provider and profile named (a cancel's
    /// target lists its ids separated by commas): what affpay's own records show as cancelled.
    pub fn cancelled_targets(
        &self,
        provider: &str,
        profile: &str,
    ) -> Result<std::collections::HashSet<String>> {
        let filter = Filter {
            provider: Some(provider.to_string()),
            profile: Some(profile.to_string()),
            operation: Some("cancel".to_string()),
            state: Some(State::Succeeded),
            ..Filter::default()
        };
        let mut cancelled = std::collections::HashSet::new();
        self.list(&filter, |entry| {
            cancelled.extend(entry.intent.target.split(',').map(str::to_string));
            Ok(())
        })?;
        Ok(cancelled)
    }

    /// The last money-moving run of a provider and profile, as its rows stand now: the batch
    /// of the row a run touched last (sent, or sent again after a failure; a person's
    /// resolution is not a run), and that batch's rows counted by state (a row reversed since
    /// still succeeded in that run). Every scope counts.
    pub fn last_run(&self, provider: &str, profile: &str) -> Result<Option<RunSummary>> {
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

    /// How many requests of a provider and profile still have an unknown outcome, in every
    /// scope: each may have moved money, and a person must resolve it.
    pub fn unresolved(&self, provider: &str, profile: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM operations
             WHERE provider = ?1 AND profile = ?2 AND state = 'sending'",
            params![provider, profile],
            |row| row.get(0),
        )?)
    }

    /// Every provider and profile with rows, in name order.
    pub fn providers_and_profiles(&self) -> Result<Vec<(String, String)>> {
        let mut statement = self.conn.prepare(
            "SELECT DISTINCT provider, profile FROM operations ORDER BY provider, profile",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every row the filter selects, oldest first, handed on one at a time.
    pub fn list(&self, filter: &Filter, mut each: impl FnMut(Entry) -> Result<()>) -> Result<()> {
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

/// Brings the journal to [`VERSION`] in one transaction, or refuses a newer one. A missing
/// table is created; a version-1 table gets its late columns, then is copied into the
/// current table with an empty scope (its rows count in every scope); a version-2 table gets
/// the reversal columns.
fn migrate(conn: &mut Connection) -> Result<()> {
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

/// Who is running affpay, as `user@host`, for the record of who paid and who resolved.
pub fn actor() -> String {
    let user = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unknown".to_string());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    format!("{user}@{host}")
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

    const SCOPE: &str = "https://boapi.smartico.ai";

    fn intent(key: &str) -> Intent {
        Intent {
            scope: SCOPE.into(),
            key: key.to_string(),
            provider: "smartico".into(),
            profile: "default".into(),
            operation: "settle".into(),
            target: "35427".into(),
            amount: Some("10.50".into()),
            currency: Some("EUR".into()),
            batch: Some("2026-11-21".into()),
            request: "POST /api/af2_payments_op {}".into(),
            actor: Some("ops@host".into()),
            version: Some("0.1.0".into()),
        }
    }

    fn resolution(state: State, reference: Option<&str>) -> Resolution {
        Resolution {
            state,
            reference: reference.map(str::to_string),
            reason: Some("checked in the back office".into()),
            by: "ops@host".into(),
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
        assert_eq!(
            journal.get(SCOPE, "k1").unwrap().unwrap().state,
            State::Sending
        );
        journal.fail(SCOPE, "k1", "rejected").unwrap();
        journal.begin(&intent("k1")).unwrap();
        let entry = journal.get(SCOPE, "k1").unwrap().unwrap();
        assert_eq!((entry.state, entry.attempts), (State::Sending, 2));
        let done = resolution(State::Succeeded, Some("15561"));
        assert!(journal.resolve(SCOPE, "k1", &done).unwrap());
        let entry = journal.get(SCOPE, "k1").unwrap().unwrap();
        assert_eq!(entry.state, State::Succeeded);
        assert_eq!(entry.reference.as_deref(), Some("15561"));
        assert_eq!(entry.resolved_by.as_deref(), Some("ops@host"));
        assert!(
            !journal
                .resolve(SCOPE, "k1", &resolution(State::Failed, None))
                .unwrap(),
            "only sending rows resolve"
        );
        assert!(
            journal.begin(&intent("k1")).is_err(),
            "a succeeded key is never sent again"
        );
    }

    #[test]
    fn scopes_keep_servers_apart_and_a_sending_row_holds_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(&dir.path().join("j.sqlite3")).unwrap();
        journal.begin(&intent("k1")).unwrap();
        assert!(journal.get("http://127.0.0.1:9", "k1").unwrap().is_none());
        let mut elsewhere = intent("k1");
        elsewhere.scope = "http://127.0.0.1:9".into();
        journal.begin(&elsewhere).unwrap();
        assert_eq!(journal.find("k1").unwrap().len(), 2);

        let hold = journal
            .hold_on(SCOPE, "smartico", "default", "35427")
            .unwrap();
        assert_eq!(hold.as_deref(), Some("k1"), "any amount, any batch");
        assert!(
            journal
                .hold_on(SCOPE, "smartico", "default", "35428")
                .unwrap()
                .is_none()
        );
        journal.fail(SCOPE, "k1", "refused").unwrap();
        assert!(
            journal
                .hold_on(SCOPE, "smartico", "default", "35427")
                .unwrap()
                .is_none()
        );
    }

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
    fn the_last_run_is_the_batch_a_run_touched_last_counted_as_it_stands() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(&dir.path().join("j.sqlite3")).unwrap();
        assert_eq!(journal.last_run("smartico", "default").unwrap(), None);
        let row = |key: &str, target: &str, batch: &str| Intent {
            target: target.into(),
            batch: Some(batch.into()),
            ..intent(key)
        };
        journal.begin(&row("old", "1", "2026-11-20")).unwrap();
        std::thread::sleep(Duration::from_millis(5));
        for key in ["a", "b", "c"] {
            journal.begin(&row(key, key, "2026-11-21")).unwrap();
        }
        journal.succeed(SCOPE, "a", Some("r1"), None).unwrap();
        journal.fail(SCOPE, "b", "refused").unwrap();
        let mut other = row("elsewhere", "9", "2026-11-21");
        other.scope = "http://127.0.0.1:9".into();
        journal.begin(&other).unwrap();
        std::thread::sleep(Duration::from_millis(5));
        // A person resolving the old batch later does not make it the last run.
        journal
            .resolve(SCOPE, "old", &resolution(State::Succeeded, Some("r0")))
            .unwrap();
        let last = journal.last_run("smartico", "default").unwrap().unwrap();
        assert_eq!(last.batch.as_deref(), Some("2026-11-21"));
        assert_eq!((last.succeeded, last.failed, last.unknown), (1, 1, 2));
        assert!(last.at.starts_with("20"), "{}", last.at);
        assert_eq!(journal.unresolved("smartico", "default").unwrap(), 2);
        assert_eq!(journal.unresolved("smartico", "work").unwrap(), 0);
        assert_eq!(
            journal.providers_and_profiles().unwrap(),
            [("smartico".to_string(), "default".to_string())]
        );
    }

    #[test]
    fn a_reversal_marks_only_the_succeeded_rows_it_names_and_keeps_their_record() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(&dir.path().join("j.sqlite3")).unwrap();
        for (key, reference) in [("paid", "15561"), ("other", "15562")] {
            journal.begin(&intent(key)).unwrap();
            journal
                .succeed(SCOPE, key, Some(reference), Some("status=READY"))
                .unwrap();
        }
        let how = Reversal {
            by: "ops@host".into(),
            with: "smartico:default:cancel:15561".into(),
        };
        let what = ("smartico", "default", "settle");
        let keys = journal.reverse(SCOPE, what, &["15561"], &how).unwrap();
        assert_eq!(keys, ["paid"]);
        let entry = journal.get(SCOPE, "paid").unwrap().unwrap();
        assert_eq!(entry.state, State::Reversed);
        assert_eq!(entry.reference.as_deref(), Some("15561"));
        assert_eq!(
            entry.note.as_deref(),
            Some("status=READY"),
            "the record stays"
        );
        assert_eq!(entry.reversed_by.as_deref(), Some("ops@host"));
        assert_eq!(entry.reversed_with.as_deref(), Some(how.with.as_str()));
        assert!(entry.reversed_at.is_some());
        let other = journal.get(SCOPE, "other").unwrap().unwrap();
        assert_eq!(other.state, State::Succeeded);
        assert!(
            journal
                .reverse(SCOPE, what, &["15561"], &how)
                .unwrap()
                .is_empty(),
            "a reversed row is not reversed again"
        );
        assert!(
            journal
                .reverse("http://elsewhere", what, &["15562"], &how)
                .unwrap()
                .is_empty(),
            "another account scope is another account"
        );
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
