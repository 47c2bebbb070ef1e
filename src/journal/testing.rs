//! Fresh journals for tests: a SQLite file in a temp dir, and a PostgreSQL schema of its own
//! (dropped afterwards) in the database `AFFPAY_TEST_POSTGRES_URL` names. Without that
//! variable the PostgreSQL half is skipped with a notice, so `cargo test` passes on a laptop
//! without PostgreSQL; `.ci/run` sets `AFFPAY_TEST_POSTGRES=required`, under which a missing
//! database fails the tests instead (CI never passes with the backend untested).

use super::{Journal, Location};

pub struct Fresh {
    pub name: &'static str,
    location: Location,
    _dir: Option<tempfile::TempDir>,
    _schema: Option<Schema>,
}

impl Fresh {
    pub fn open(&self) -> Journal {
        Journal::connect(&self.location).expect("a fresh journal opens")
    }
}

pub fn fresh_backends() -> Vec<Fresh> {
    let dir = tempfile::tempdir().unwrap();
    let mut backends = vec![Fresh {
        name: "sqlite",
        location: Location::Sqlite(dir.path().join("journal.sqlite3")),
        _dir: Some(dir),
        _schema: None,
    }];
    if let Some(schema) = postgres_schema() {
        backends.push(Fresh {
            name: "postgres",
            location: schema.location(),
            _dir: None,
            _schema: Some(schema),
        });
    }
    backends
}

/// A schema of its own in the test database, dropped when this is.
pub struct Schema {
    url: String,
    name: String,
}

impl Schema {
    /// The test database's URL with this schema first on the search path.
    pub fn url(&self) -> String {
        let sep = if self.url.contains('?') { '&' } else { '?' };
        format!("{}{sep}options=-c%20search_path%3D{}", self.url, self.name)
    }

    pub fn location(&self) -> Location {
        Location::parse(&self.url(), "test").unwrap()
    }

    pub fn execute(&self, sql: &str) {
        let Location::Postgres(target) = self.location() else {
            unreachable!()
        };
        target.connect().unwrap().batch_execute(sql).unwrap();
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(Location::Postgres(target)) = Location::parse(&self.url, "test")
            && let Ok(mut client) = target.connect()
        {
            let _ = client.batch_execute(&format!("DROP SCHEMA {} CASCADE", self.name));
        }
    }
}

/// A new schema, or `None` (with a notice) when no database is named and none is required.
pub fn postgres_schema() -> Option<Schema> {
    let Some(url) = std::env::var("AFFPAY_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        // CI says it requires the database, so there a missing one fails instead of passing.
        if std::env::var("AFFPAY_TEST_POSTGRES").as_deref() == Ok("required") {
            panic!(
                "AFFPAY_TEST_POSTGRES=required but AFFPAY_TEST_POSTGRES_URL is not set: start a \
                 throwaway cluster with `.ci/postgres start /tmp/affpay-pg 55432` and export the \
                 URL it prints"
            );
        }
        eprintln!(
            "notice: AFFPAY_TEST_POSTGRES_URL is not set: the PostgreSQL backend is not tested \
             (`.ci/postgres start DIR PORT` starts a throwaway cluster)"
        );
        return None;
    };
    let name = format!("affpay_t_{:016x}", fastrand::u64(..));
    let Location::Postgres(target) = Location::parse(&url, "AFFPAY_TEST_POSTGRES_URL").unwrap()
    else {
        panic!("AFFPAY_TEST_POSTGRES_URL must be a postgres:// URL");
    };
    target
        .connect()
        .expect("AFFPAY_TEST_POSTGRES_URL: the test database")
        .batch_execute(&format!("CREATE SCHEMA {name}"))
        .unwrap();
    Some(Schema { url, name })
}
