//! The seen-set and page validators, parts of the crawl state ([`CrawlState`]).
//!
//! * `seen_urls`: article URLs done, with the status they answered: 200 for
//!   pages emitted, 404/410 for pages gone, 208 ("already reported") for
//!   pages whose body was identical to a page this portal already emitted.
//!   A restart neither refetches nor re-emits them.
//! * `pages`: validators (`ETag`, `Last-Modified`) and the body hash of the
//!   last fetch of listing pages, feeds and sitemaps, for conditional GETs.
//! * `article_hashes`: the body hash of every emitted article page per portal.

use chrono::Utc;
use rusqlite::{OptionalExtension, params};

use crate::state::{CrawlState, StateError};

/// What was remembered about a polled page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub body_hash: Option<String>,
}

/// The status `seen_urls` records for a page skipped as an identical copy.
pub const DUPLICATE_BODY: u16 = 208;

/// The hex BLAKE3 hash of a body.
pub fn body_hash(body: &[u8]) -> String {
    blake3::hash(body).to_hex().to_string()
}

impl CrawlState {
    pub fn contains(&self, url: &str) -> Result<bool, StateError> {
        let found: Option<i64> = self
            .conn()
            .query_row("SELECT 1 FROM seen_urls WHERE url = ?1", [url], |r| r.get(0))
            .optional()?;
        Ok(found.is_some())
    }

    /// Records `url` as done, with the HTTP status it answered.
    pub fn insert(&self, url: &str, portal_id: &str, status: u16, seen_at: &str) -> Result<(), StateError> {
        self.conn().execute(
            "INSERT OR IGNORE INTO seen_urls (url, portal_id, status, seen_at) VALUES (?1, ?2, ?3, ?4)",
            params![url, portal_id, status, seen_at],
        )?;
        Ok(())
    }

    pub fn len(&self) -> Result<u64, StateError> {
        let n: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM seen_urls", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    pub fn is_empty(&self) -> Result<bool, StateError> {
        Ok(self.len()? == 0)
    }

    pub fn validators(&self, url: &str) -> Result<Option<Validators>, StateError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT etag, last_modified, body_hash FROM pages WHERE url = ?1",
                [url],
                |r| {
                    Ok(Validators {
                        etag: r.get(0)?,
                        last_modified: r.get(1)?,
                        body_hash: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn save_validators(&self, url: &str, portal_id: &str, v: &Validators) -> Result<(), StateError> {
        self.conn().execute(
            "INSERT INTO pages (url, portal_id, etag, last_modified, body_hash, checked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                 body_hash = excluded.body_hash, checked_at = excluded.checked_at",
            params![
                url,
                portal_id,
                v.etag,
                v.last_modified,
                v.body_hash,
                Utc::now().to_rfc3339()
            ],
        )?;
        Ok(())
    }

    /// The URL that already emitted this body on this portal, if any.
    pub fn emitted_body(&self, portal_id: &str, hash: &str) -> Result<Option<String>, StateError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT url FROM article_hashes WHERE portal_id = ?1 AND body_hash = ?2",
                [portal_id, hash],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn record_body(&self, portal_id: &str, hash: &str, url: &str) -> Result<(), StateError> {
        self.conn().execute(
            "INSERT OR IGNORE INTO article_hashes (portal_id, body_hash, url) VALUES (?1, ?2, ?3)",
            params![portal_id, hash, url],
        )?;
        Ok(())
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
            let store = CrawlState::open(&path).unwrap();
            assert!(!store.contains("http://a/1").unwrap());
            store.insert("http://a/1", "a", 200, "2024-01-01T00:00:00Z").unwrap();
            store.insert("http://a/1", "a", 200, "2024-01-02T00:00:00Z").unwrap();
            let v = Validators {
                etag: Some("\"x\"".into()),
                last_modified: None,
                body_hash: Some(body_hash(b"listing")),
            };
            store.save_validators("http://a/list", "a", &v).unwrap();
            store.record_body("a", &body_hash(b"page"), "http://a/1").unwrap();
        }
        let store = CrawlState::open(&path).unwrap();
        assert!(store.contains("http://a/1").unwrap());
        assert_eq!(store.len().unwrap(), 1);
        assert_eq!(
            store.validators("http://a/list").unwrap().unwrap().etag.as_deref(),
            Some("\"x\"")
        );
        assert_eq!(
            store.emitted_body("a", &body_hash(b"page")).unwrap().as_deref(),
            Some("http://a/1")
        );
        assert_eq!(store.emitted_body("b", &body_hash(b"page")).unwrap(), None);
    }

    #[test]
    fn opens_a_state_file_of_the_first_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch(
                "CREATE TABLE seen_urls (url TEXT PRIMARY KEY, portal_id TEXT NOT NULL, status INTEGER NOT NULL, seen_at TEXT NOT NULL) WITHOUT ROWID;
                 INSERT INTO seen_urls VALUES ('http://a/1', 'a', 200, '2024-01-01T00:00:00Z');",
            )
            .unwrap();
        }
        let store = CrawlState::open(&path).unwrap();
        assert!(store.contains("http://a/1").unwrap());
        assert!(store.moves().unwrap().is_empty());
    }
}
