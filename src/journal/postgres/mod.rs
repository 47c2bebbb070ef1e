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
//!
//! The files: `queries` (the backend's reads and writes), `session` (the connection and its
//! prepared statements), and `schema` (the tables, and the migrations that bring an older
//! database to them).

mod queries;
mod schema;
mod session;

pub use queries::Postgres;
