//! The PostgreSQL journal's tables and their migrations, run once per database under an
//! advisory lock. Separate from the queries because only a first run (with `CREATE`) needs
//! it, and it changes only when the schema does.

use crate::journal::location::Target;
use crate::journal::rows::VERSION;
use anyhow::Result;
use postgres::{Client, GenericClient};

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
pub fn migrate(client: &mut Client, target: &Target) -> Result<()> {
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

/// Refuses a schema a newer affpay wrote, naming the database without its password.
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
