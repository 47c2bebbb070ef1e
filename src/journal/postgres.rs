//! The PostgreSQL backend: one journal shared by every host and container that pays from the
//! same accounts.
//!
//! The same rows and rules as the SQLite file, in `affpay_operations`; text columns collate
//! as bytes (`"C"`) so lists sort exactly as SQLite sorts them. Every write is its own
//! transaction with `synchronous_commit = on`: when `begin` returns, the `sending` row is on
//! the server's disk, whatever the database's default. The schema version lives in
//! `affpay_schema`; a missing or older schema is created or migrated in one transaction under
//! a transaction-level advisory lock (two hosts starting at once do it once), so only that
//! first run needs `CREATE` — later ones need `SELECT`, `INSERT` and `UPDATE`.

use super::location::Target;
use super::rows::{
    Backend, Entry, Filter, Intent, Resolution, Reversal, RunSummary, State, Undone, VERSION, now,
};
use anyhow::Result;
use postgres::types::ToSql;
use postgres::{Client, GenericClient, Row, Statement};
use std::collections::HashMap;
use std::sync::Mutex;

pub struct Postgres {
    session: Mutex<Session>,
    target: Target,
}

/// The connection and the statements prepared on it. A query by text costs two round trips
/// (prepare, then bind and execute); prepared once, each later use costs one, which is most
/// of the journal's cost per payment on a fast disk.
struct Session {
    client: Client,
    prepared: HashMap<String, Statement>,
}

impl Session {
    fn statement(&mut self, sql: &str) -> std::result::Result<Statement, postgres::Error> {
        if let Some(statement) = self.prepared.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(sql)?;
        self.prepared.insert(sql.to_string(), statement.clone());
        Ok(statement)
    }
}

const COLUMNS: &str = "scope, key, provider, profile, operation, target, amount, currency, \
    batch, request, state, reference, error, attempts, created_at, updated_at, resolution, \
    note, actor, version, resolved_by, resolution_reason, reversed_at, reversed_by, reversed_with";

const SCHEMA: &str = r#"
CREATE TABLE affpay_operations (
    scope       TEXT COLLATE "C" NOT NULL,
    key         TEXT COLLATE "C" NOT NULL,
    provider    TEXT COLLATE "C" NOT NULL,
    profile     TEXT COLLATE "C" NOT NULL,
    operation   TEXT COLLATE "C" NOT NULL,
    target      TEXT COLLATE "C" NOT NULL,
    amount      TEXT,
    currency    TEXT,
    batch       TEXT COLLATE "C",
    request     TEXT NOT NULL,
    state       TEXT COLLATE "C" NOT NULL,
    reference   TEXT,
    error       TEXT,
    attempts    BIGINT NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL,
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
CREATE INDEX affpay_operations_by_time ON affpay_operations (created_at);
CREATE INDEX affpay_operations_by_target ON affpay_operations (provider, profile, target, state);
CREATE TABLE affpay_schema (version INTEGER NOT NULL);
"#;

/// What version 3 adds to a version-2 schema: the reversal columns.
const V3: &str = "ALTER TABLE affpay_operations ADD COLUMN reversed_at TEXT,
    ADD COLUMN reversed_by TEXT, ADD COLUMN reversed_with TEXT";

/// The advisory lock that serialises schema changes (an arbitrary constant: "affpay" in hex).
const SCHEMA_LOCK: i64 = 0x6166_6670_6179;

impl Postgres {
    pub(super) fn connect(target: &Target) -> Result<Postgres> {
        let mut client = target.connect()?;
        client
            .batch_execute("SET synchronous_commit = on")
            .map_err(|e| target.error(e, "cannot set up"))?;
        migrate(&mut client, target)?;
        Ok(Postgres {
            session: Mutex::new(Session {
                client,
                prepared: HashMap::new(),
            }),
            target: target.clone(),
        })
    }

    fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let mut session = self.session.lock().expect("one user at a time");
        session
            .statement(sql)
            .and_then(|statement| session.client.query(&statement, params))
            .map_err(|e| self.target.error(e, "cannot read"))
    }

    fn execute(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        let mut session = self.session.lock().expect("one user at a time");
        session
            .statement(sql)
            .and_then(|statement| session.client.execute(&statement, params))
            .map_err(|e| self.target.error(e, "cannot write to"))
    }

    fn one(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Entry>> {
        self.query(sql, params)?
            .first()
            .map(entry_from_row)
            .transpose()
    }

    fn finish(
        &self,
        scope: &str,
        key: &str,
        state: State,
        reference: Option<&str>,
        error: Option<&str>,
    ) -> Result<()> {
        self.execute(
            "UPDATE affpay_operations SET state = $3, reference = $4, error = $5, updated_at = $6
             WHERE scope = $1 AND key = $2",
            &[&scope, &key, &state.name(), &reference, &error, &now()],
        )?;
        Ok(())
    }
}

impl Backend for Postgres {
    fn get(&self, scope: &str, key: &str) -> Result<Option<Entry>> {
        self.one(
            &format!(
                "SELECT {COLUMNS} FROM affpay_operations WHERE key = $2 AND scope IN ($1, '')
                 ORDER BY scope = $1 DESC LIMIT 1"
            ),
            &[&scope, &key],
        )
    }

    fn find(&self, key: &str) -> Result<Vec<Entry>> {
        self.query(
            &format!("SELECT {COLUMNS} FROM affpay_operations WHERE key = $1 ORDER BY scope"),
            &[&key],
        )?
        .iter()
        .map(entry_from_row)
        .collect()
    }

    fn done_before_scopes(
        &self,
        intent: (&str, &str, &str, &str),
        batch: &str,
    ) -> Result<Option<Entry>> {
        let (provider, profile, operation, target) = intent;
        self.one(
            &format!(
                "SELECT {COLUMNS} FROM affpay_operations
                 WHERE scope = '' AND provider = $1 AND profile = $2 AND operation = $3
                   AND target = $4 AND batch = $5 AND state = 'succeeded'
                 ORDER BY created_at LIMIT 1"
            ),
            &[&provider, &profile, &operation, &target, &batch],
        )
    }

    fn hold_on(
        &self,
        scope: &str,
        provider: &str,
        profile: &str,
        target: &str,
    ) -> Result<Option<String>> {
        Ok(self
            .query(
                "SELECT key FROM affpay_operations
                 WHERE provider = $2 AND profile = $3 AND target = $4 AND state = 'sending'
                   AND scope IN ($1, '')
                 ORDER BY created_at LIMIT 1",
                &[&scope, &provider, &profile, &target],
            )?
            .first()
            .map(|row| row.get(0)))
    }

    fn begin(&self, intent: &Intent) -> Result<()> {
        let now = now();
        let changed = self.execute(
            "INSERT INTO affpay_operations AS o (key, provider, profile, operation, target,
                 amount, currency, batch, request, state, attempts, created_at, updated_at,
                 scope, actor, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'sending', 1, $10, $10, $11, $12, $13)
             ON CONFLICT (scope, key) DO UPDATE SET
                 state = 'sending', request = EXCLUDED.request, error = NULL,
                 attempts = o.attempts + 1, updated_at = EXCLUDED.updated_at,
                 actor = EXCLUDED.actor, version = EXCLUDED.version
             WHERE o.state = 'failed'",
            &[
                &intent.key,
                &intent.provider,
                &intent.profile,
                &intent.operation,
                &intent.target,
                &intent.amount,
                &intent.currency,
                &intent.batch,
                &intent.request,
                &now,
                &intent.scope,
                &intent.actor,
                &intent.version,
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
        self.execute(
            "UPDATE affpay_operations SET state = 'succeeded', reference = $3, error = NULL,
                 note = $4, updated_at = $5
             WHERE scope = $1 AND key = $2",
            &[&scope, &key, &reference, &note, &now()],
        )?;
        Ok(())
    }

    fn fail(&self, scope: &str, key: &str, error: &str) -> Result<()> {
        self.finish(scope, key, State::Failed, None, Some(error))
    }

    fn resolve(&self, scope: &str, key: &str, how: &Resolution) -> Result<bool> {
        let changed = self.execute(
            "UPDATE affpay_operations SET state = $3, reference = COALESCE($4, reference),
                 resolution = $5, updated_at = $5, resolved_by = $6, resolution_reason = $7
             WHERE scope = $1 AND key = $2 AND state = 'sending'",
            &[
                &scope,
                &key,
                &how.state.name(),
                &how.reference,
                &now(),
                &how.by,
                &how.reason,
            ],
        )?;
        Ok(changed == 1)
    }

    fn reverse(
        &self,
        scope: &str,
        (provider, profile, operation): Undone<'_>,
        references: &[&str],
        how: &Reversal,
    ) -> Result<Vec<String>> {
        let now = now();
        let mut keys = Vec::new();
        for reference in references {
            let rows = self.query(
                "UPDATE affpay_operations SET state = 'reversed', reversed_at = $6,
                     reversed_by = $7, reversed_with = $8
                 WHERE scope = $1 AND provider = $2 AND profile = $3 AND operation = $4
                   AND reference = $5 AND state = 'succeeded'
                 RETURNING key",
                &[
                    &scope, &provider, &profile, &operation, reference, &now, &how.by, &how.with,
                ],
            )?;
            keys.extend(rows.iter().map(|row| row.get::<_, String>(0)));
        }
        Ok(keys)
    }

    fn last_run(&self, provider: &str, profile: &str) -> Result<Option<RunSummary>> {
        let rows = self.query(
            "WITH touched AS (
                 SELECT batch, state,
                        CASE WHEN resolution IS NULL THEN updated_at ELSE created_at END AS at
                 FROM affpay_operations WHERE provider = $1 AND profile = $2),
             last AS (SELECT batch FROM touched ORDER BY at DESC LIMIT 1)
             SELECT (SELECT batch FROM last), MAX(at),
                    COUNT(*) FILTER (WHERE state IN ('succeeded', 'reversed')),
                    COUNT(*) FILTER (WHERE state = 'failed'),
                    COUNT(*) FILTER (WHERE state = 'sending')
             FROM touched WHERE batch IS NOT DISTINCT FROM (SELECT batch FROM last)",
            &[&provider, &profile],
        )?;
        let Some(row) = rows.first() else {
            return Ok(None);
        };
        let Some(at) = row.try_get::<_, Option<String>>(1)? else {
            return Ok(None);
        };
        Ok(Some(RunSummary {
            batch: row.try_get(0)?,
            at,
            succeeded: row.try_get(2)?,
            failed: row.try_get(3)?,
            unknown: row.try_get(4)?,
        }))
    }

    fn unresolved(&self, provider: &str, profile: &str) -> Result<i64> {
        let rows = self.query(
            "SELECT COUNT(*) FROM affpay_operations
             WHERE provider = $1 AND profile = $2 AND state = 'sending'",
            &[&provider, &profile],
        )?;
        Ok(rows.first().map_or(0, |row| row.get(0)))
    }

    fn providers_and_profiles(&self) -> Result<Vec<(String, String)>> {
        let rows = self.query(
            "SELECT DISTINCT provider, profile FROM affpay_operations ORDER BY provider, profile",
            &[],
        )?;
        Ok(rows.iter().map(|row| (row.get(0), row.get(1))).collect())
    }

    fn list(&self, filter: &Filter, each: &mut dyn FnMut(Entry) -> Result<()>) -> Result<()> {
        let sql = format!(
            "SELECT {COLUMNS} FROM (SELECT {COLUMNS} FROM affpay_operations
             WHERE ($1::text IS NULL OR provider = $1) AND ($2::text IS NULL OR state = $2)
               AND ($3::text IS NULL OR created_at >= $3) AND ($4::text IS NULL OR profile = $4)
               AND ($5::text IS NULL OR operation = $5) AND ($6::text IS NULL OR scope IN ($6, ''))
               AND ($7::text IS NULL OR created_at < $7)
             ORDER BY created_at DESC, key DESC, scope DESC LIMIT $8) AS newest
             ORDER BY created_at, key, scope"
        );
        let limit = filter.limit.map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        let rows = self.query(
            &sql,
            &[
                &filter.provider,
                &filter.state.map(State::name),
                &filter.since,
                &filter.profile,
                &filter.operation,
                &filter.scope,
                &filter.before,
                &limit,
            ],
        )?;
        for row in &rows {
            each(entry_from_row(row)?)?;
        }
        Ok(())
    }

    fn copy_in(&self, entry: &Entry) -> Result<bool> {
        let (i, e) = (&entry.intent, entry);
        let changed = self.execute(
            &format!(
                "INSERT INTO affpay_operations ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7,
                     $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24,
                     $25)
                 ON CONFLICT (scope, key) DO NOTHING"
            ),
            &[
                &i.scope,
                &i.key,
                &i.provider,
                &i.profile,
                &i.operation,
                &i.target,
                &i.amount,
                &i.currency,
                &i.batch,
                &i.request,
                &e.state.name(),
                &e.reference,
                &e.error,
                &e.attempts,
                &e.created_at,
                &e.updated_at,
                &e.resolution,
                &e.note,
                &i.actor,
                &i.version,
                &e.resolved_by,
                &e.resolution_reason,
                &e.reversed_at,
                &e.reversed_by,
                &e.reversed_with,
            ],
        )?;
        Ok(changed == 1)
    }
}

fn entry_from_row(row: &Row) -> Result<Entry> {
    let state: String = row.try_get(10)?;
    Ok(Entry {
        intent: Intent {
            scope: row.try_get(0)?,
            key: row.try_get(1)?,
            provider: row.try_get(2)?,
            profile: row.try_get(3)?,
            operation: row.try_get(4)?,
            target: row.try_get(5)?,
            amount: row.try_get(6)?,
            currency: row.try_get(7)?,
            batch: row.try_get(8)?,
            request: row.try_get(9)?,
            actor: row.try_get(18)?,
            version: row.try_get(19)?,
        },
        // An unknown state from a newer writer is treated as the one that sends nothing.
        state: State::parse(&state).unwrap_or(State::Sending),
        reference: row.try_get(11)?,
        error: row.try_get(12)?,
        attempts: row.try_get(13)?,
        created_at: row.try_get(14)?,
        updated_at: row.try_get(15)?,
        resolution: row.try_get(16)?,
        note: row.try_get(17)?,
        resolved_by: row.try_get(20)?,
        resolution_reason: row.try_get(21)?,
        reversed_at: row.try_get(22)?,
        reversed_by: row.try_get(23)?,
        reversed_with: row.try_get(24)?,
    })
}

/// The schema's version, `None` when there is no schema yet.
fn version(client: &mut impl GenericClient) -> std::result::Result<Option<i64>, postgres::Error> {
    let exists: bool = client
        // The catalog read as a query, with this statement's snapshot: a name lookup
        // (`to_regclass`) may not yet see a table another session just committed.
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables
             WHERE schemaname = current_schema() AND tablename = 'affpay_schema')",
            &[],
        )?
        .get(0);
    if !exists {
        return Ok(None);
    }
    let row = client.query_opt("SELECT max(version)::bigint FROM affpay_schema", &[])?;
    Ok(row.and_then(|r| r.get(0)))
}

/// Brings the database to [`VERSION`], or refuses a newer one. Reading the version needs only
/// `SELECT`; creating or migrating happens in one transaction, under an advisory lock, after
/// looking again (another host may have done it meanwhile).
fn migrate(client: &mut Client, target: &Target) -> Result<()> {
    let error = |e| target.error(e, "cannot set up the schema of");
    let found = version(client).map_err(error)?;
    check_not_newer(found, target)?;
    if found == Some(VERSION) {
        return Ok(());
    }
    let mut tx = client.transaction().map_err(error)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])
        .map_err(error)?;
    let found = version(&mut tx).map_err(error)?;
    check_not_newer(found, target)?;
    // Version 2 was the first PostgreSQL schema; version 3 adds the reversal columns.
    match found {
        None => tx.batch_execute(SCHEMA).map_err(error)?,
        Some(2) => tx.batch_execute(V3).map_err(error)?,
        Some(VERSION) => {}
        // No affpay wrote another version here: a table of that name is not a journal.
        Some(other) => anyhow::bail!(
            "the journal database {} has schema version {other}, which no affpay wrote; \
             nothing was changed",
            target.shown()
        ),
    }
    if found != Some(VERSION) {
        tx.execute("DELETE FROM affpay_schema", &[])
            .map_err(error)?;
        tx.execute(
            "INSERT INTO affpay_schema (version) VALUES ($1)",
            &[&(VERSION as i32)],
        )
        .map_err(error)?;
    }
    tx.commit().map_err(error)?;
    Ok(())
}

fn check_not_newer(found: Option<i64>, target: &Target) -> Result<()> {
    match found {
        Some(version) if version > VERSION => Err(anyhow::anyhow!(
            "the journal database {} was written by a newer affpay (schema version {version}; \
             this affpay knows up to {VERSION}); use that affpay or a newer one",
            target.shown()
        )),
        _ => Ok(()),
    }
}
