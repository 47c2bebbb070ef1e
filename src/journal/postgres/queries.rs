//! The PostgreSQL backend's reads and writes: every [`Backend`] operation as one statement
//! (or one transaction) on the shared database, prepared once per session. Separate from the
//! schema so the rules of the rows read without the history of the tables.

use super::schema::migrate;
use super::session::Session;
use crate::journal::location::Target;
use crate::journal::rows::{
    Backend, Entry, Filter, Intent, Resolution, Reversal, RunSummary, State, Undone, now,
};
use anyhow::Result;
use postgres::Row;
use postgres::types::ToSql;
use std::sync::Mutex;

/// A journal in a PostgreSQL database, connected.
pub struct Postgres {
    session: Mutex<Session>,
    target: Target,
}

/// Every column, in the order [`entry_from_row`] reads them.
const COLUMNS: &str = "scope, key, provider, profile, operation, target, amount, currency, \
    batch, request, state, reference, error, attempts, created_at, updated_at, resolution, \
    note, actor, version, resolved_by, resolution_reason, reversed_at, reversed_by, reversed_with";

impl Postgres {
    pub fn connect(target: &Target) -> Result<Postgres> {
        let mut client = target.connect()?;
        client
            .batch_execute("SET synchronous_commit = on")
            .map_err(|e| target.error(e, "cannot set up"))?;
        migrate(&mut client, target)?;
        Ok(Postgres {
            session: Mutex::new(Session::new(client)),
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
