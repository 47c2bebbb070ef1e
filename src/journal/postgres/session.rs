//! The connection a PostgreSQL journal holds, and the statements prepared on it. Separate
//! because it is the one piece of state the queries share, and reads apart from them.

use postgres::{Client, Statement};
use std::collections::HashMap;

/// The connection and the statements prepared on it. A query by text costs two round trips
/// (prepare, then bind and execute); prepared once, each later use costs one, which is most
/// of the journal's cost per payment on a fast disk.
pub struct Session {
    pub client: Client,
    prepared: HashMap<String, Statement>,
}

impl Session {
    pub fn statement(&mut self, sql: &str) -> std::result::Result<Statement, postgres::Error> {
        if let Some(statement) = self.prepared.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(sql)?;
        self.prepared.insert(sql.to_string(), statement.clone());
        Ok(statement)
    }
}

impl Session {
    /// A session on `client` with nothing prepared yet.
    pub fn new(client: Client) -> Session {
        Session {
            client,
            prepared: HashMap::new(),
        }
    }
}
