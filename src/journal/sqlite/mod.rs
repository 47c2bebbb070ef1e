//! The SQLite backend: one file in the data directory, for one operator host.
//!
//! WAL mode with `synchronous=FULL`: each commit is on disk before the request goes. The
//! schema carries a version (`PRAGMA user_version`): a journal written by an older affpay is
//! migrated forward in one transaction on open, and a newer one is refused.
//!
//! The files: `queries` (the backend's reads and writes) and `schema` (the table, and the
//! migrations that bring an older journal to it).

mod queries;
mod schema;

pub use queries::Sqlite;
