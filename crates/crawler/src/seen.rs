//! The persistent seen-set: article URLs already fetched and emitted, so a
//! restart neither refetches nor re-emits them.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, params};

#[derive(Debug, thiserror::Error)]
#[error("crawl state database: {0}")]
pub struct SeenError(#[from] rusqlite::Error);

pub struct SeenStore {
    conn: Mutex<Connection>,
}

impl SeenStore {
    /// Opens (creating if needed) the SQLite state file.
    pub fn open(path: &Path) -> Result<SeenStore, SeenError> {
        let conn = Connection::open(path)?;
        Self::init(conn)
    }

    pub fn in_memory() -> Result<SeenStore, SeenError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<SeenStore, SeenError> {
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             CREATE TABLE IF NOT EXISTS seen_urls (
                 url        TEXT PRIMARY KEY,
                 portal_id  TEXT NOT NULL,
                 status     INTEGER NOT NULL,
                 seen_at    TEXT NOT NULL
             ) WITHOUT ROWID;",
        )?;
        Ok(SeenStore { conn: Mutex::new(conn) })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn contains(&self, url: &str) -> Result<bool, SeenError> {
        let found: Option<i64> = self
            .conn()
            .query_row("SELECT 1 FROM seen_urls WHERE url = ?1", [url], |r| r.get(0))
            .optional()?;
        Ok(found.is_some())
    }

    /// Records `url` as done, with the HTTP status it answered.
    pub fn insert(&self, url: &str, portal_id: &str, status: u16, seen_at: &str) -> Result<(), SeenError> {
        self.conn().execute(
            "INSERT OR IGNORE INTO seen_urls (url, portal_id, status, seen_at) VALUES (?1, ?2, ?3, ?4)",
            params![url, portal_id, status, seen_at],
        )?;
        Ok(())
    }

    pub fn len(&self) -> Result<u64, SeenError> {
        let n: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM seen_urls", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    pub fn is_empty(&self) -> Result<bool, SeenError> {
        Ok(self.len()? == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite");
        {
            let store = SeenStore::open(&path).unwrap();
            assert!(!store.contains("http://a/1").unwrap());
            store.insert("http://a/1", "a", 200, "2024-01-01T00:00:00Z").unwrap();
            store.insert("http://a/1", "a", 200, "2024-01-02T00:00:00Z").unwrap();
        }
        let store = SeenStore::open(&path).unwrap();
        assert!(store.contains("http://a/1").unwrap());
        assert_eq!(store.len().unwrap(), 1);
    }
}
