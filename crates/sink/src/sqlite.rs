//! The embedded warehouse: one SQLite file.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, params};
use vnportal_model::Article;

use crate::{Checkpoint, Warehouse, WarehouseError, WriteSummary};

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[r#"
    CREATE TABLE articles (
        content_hash   TEXT PRIMARY KEY,
        schema_version INTEGER NOT NULL,
        url            TEXT NOT NULL,
        canonical_url  TEXT NOT NULL,
        portal_id      TEXT NOT NULL,
        title          TEXT NOT NULL,
        summary        TEXT,
        body           TEXT NOT NULL,
        published_at   TEXT,
        author         TEXT,
        source         TEXT,
        category       TEXT,
        images         TEXT NOT NULL,
        language       TEXT NOT NULL,
        fetched_at     TEXT NOT NULL,
        parsed_at      TEXT NOT NULL,
        parser_version TEXT NOT NULL
    );
    CREATE INDEX articles_published_at ON articles (published_at);
    CREATE INDEX articles_portal ON articles (portal_id);
    CREATE TABLE sightings (
        content_hash  TEXT NOT NULL REFERENCES articles (content_hash),
        url           TEXT NOT NULL,
        portal_id     TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_seen_at  TEXT NOT NULL,
        PRIMARY KEY (content_hash, url)
    ) WITHOUT ROWID;
    CREATE INDEX sightings_portal ON sightings (portal_id);
"#];

pub struct SqliteWarehouse {
    conn: Arc<Mutex<Connection>>,
    path: PathBuf,
}

fn db(e: rusqlite::Error) -> WarehouseError {
    WarehouseError::Database(e.to_string())
}

/// Timestamps as fixed-width RFC 3339 so that text order is time order.
fn utc(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl SqliteWarehouse {
    /// Opens or creates the warehouse file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<SqliteWarehouse, WarehouseError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| WarehouseError::Database(format!("cannot create {}: {e}", dir.display())))?;
        }
        let mut conn = Connection::open(path).map_err(db)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
            .map_err(db)?;
        migrate(&mut conn)?;
        Ok(SqliteWarehouse {
            conn: Arc::new(Mutex::new(conn)),
            path: path.to_owned(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn migrate(conn: &mut Connection) -> Result<(), WarehouseError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(db)?;
    let supported = MIGRATIONS.len() as i64;
    if version > supported {
        return Err(WarehouseError::TooNew {
            found: version,
            supported,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction().map_err(db)?;
        tx.execute_batch(sql).map_err(db)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(db)?;
        tx.commit().map_err(db)?;
    }
    Ok(())
}

fn write(conn: &mut Connection, articles: &[Article]) -> Result<WriteSummary, WarehouseError> {
    let tx = conn.transaction().map_err(db)?;
    let mut summary = WriteSummary::default();
    {
        let exists = |tx: &rusqlite::Transaction, hash: &str| -> Result<bool, WarehouseError> {
            tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?1)",
                [hash],
                |r| r.get(0),
            )
            .map_err(db)
        };
        let mut upsert_article = tx
            .prepare_cached(
                "INSERT INTO articles (content_hash, schema_version, url, canonical_url, portal_id, title, summary, body,
                     published_at, author, source, category, images, language, fetched_at, parsed_at, parser_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
                 ON CONFLICT (content_hash) DO UPDATE SET
                     schema_version = excluded.schema_version, url = excluded.url,
                     canonical_url = excluded.canonical_url, portal_id = excluded.portal_id,
                     title = excluded.title, summary = excluded.summary, body = excluded.body,
                     published_at = excluded.published_at, author = excluded.author, source = excluded.source,
                     category = excluded.category, images = excluded.images, language = excluded.language,
                     fetched_at = excluded.fetched_at, parsed_at = excluded.parsed_at,
                     parser_version = excluded.parser_version
                 -- The earliest-published copy describes the article, whatever the arrival order.
                 WHERE (coalesce(excluded.published_at, '9999'), excluded.url)
                     < (coalesce(articles.published_at, '9999'), articles.url)",
            )
            .map_err(db)?;
        let mut upsert_sighting = tx
            .prepare_cached(
                "INSERT INTO sightings (content_hash, url, portal_id, first_seen_at, last_seen_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)
                 ON CONFLICT (content_hash, url) DO UPDATE SET
                     first_seen_at = min(first_seen_at, excluded.first_seen_at),
                     last_seen_at = max(last_seen_at, excluded.last_seen_at)",
            )
            .map_err(db)?;
        let mut sighting_exists = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM sightings WHERE content_hash = ?1 AND url = ?2)")
            .map_err(db)?;
        for a in articles {
            if !exists(&tx, &a.content_hash)? {
                summary.new_articles += 1;
            }
            let images = serde_json::to_string(&a.images).expect("images serialize");
            upsert_article
                .execute(params![
                    a.content_hash,
                    a.schema_version,
                    a.url,
                    a.canonical_url,
                    a.portal_id,
                    a.title,
                    a.summary,
                    a.body,
                    a.published_at.map(|d| d.to_rfc3339()),
                    a.author,
                    a.source,
                    a.category,
                    images,
                    a.language,
                    utc(&a.fetched_at),
                    utc(&a.parsed_at),
                    a.parser_version,
                ])
                .map_err(db)?;
            let seen: bool = sighting_exists
                .query_row(params![a.content_hash, a.url], |r| r.get(0))
                .map_err(db)?;
            if !seen {
                summary.new_sightings += 1;
            }
            upsert_sighting
                .execute(params![a.content_hash, a.url, a.portal_id, utc(&a.fetched_at)])
                .map_err(db)?;
        }
    }
    tx.commit().map_err(db)?;
    Ok(summary)
}

#[async_trait]
impl Warehouse for SqliteWarehouse {
    /// The embedded warehouse runs on the in-memory bus, whose offsets start
    /// over with every process: the checkpoint is not stored.
    async fn write_batch(
        &self,
        articles: &[Article],
        _checkpoint: &[Checkpoint],
    ) -> Result<WriteSummary, WarehouseError> {
        let conn = Arc::clone(&self.conn);
        let articles = articles.to_vec();
        tokio::task::spawn_blocking(move || {
            let mut conn = conn.lock().unwrap_or_else(|e| e.into_inner());
            write(&mut conn, &articles)
        })
        .await
        .map_err(|e| WarehouseError::Database(format!("writer task failed: {e}")))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vnportal_model::{Image, content_hash};

    fn article(url: &str, portal: &str, published: Option<&str>, fetched: &str) -> Article {
        let body = "Hội nghị tổng kết công tác dân vận năm 2023.\n\nNội dung thứ hai.";
        Article {
            schema_version: 1,
            content_hash: content_hash(body),
            url: url.into(),
            canonical_url: url.into(),
            portal_id: portal.into(),
            title: format!("Tiêu đề ở {portal}"),
            summary: None,
            body: body.into(),
            published_at: published.map(|p| DateTime::parse_from_rfc3339(p).unwrap()),
            author: Some("Diệu Hoa".into()),
            source: None,
            category: None,
            images: vec![Image {
                url: format!("{url}/a.jpg"),
                caption: Some("Ảnh".into()),
            }],
            language: "vi".into(),
            fetched_at: DateTime::parse_from_rfc3339(fetched).unwrap().with_timezone(&Utc),
            parsed_at: DateTime::parse_from_rfc3339(fetched).unwrap().with_timezone(&Utc),
            parser_version: "test".into(),
        }
    }

    /// (content_hash, url, title) of articles; (url, portal_id, first_seen_at, last_seen_at) of sightings.
    type Dump = (Vec<(String, String, String)>, Vec<(String, String, String, String)>);

    fn dump(path: &Path) -> Dump {
        let conn = Connection::open(path).unwrap();
        let mut s = conn
            .prepare("SELECT content_hash, url, title FROM articles ORDER BY 1")
            .unwrap();
        let articles = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut s = conn
            .prepare("SELECT url, portal_id, first_seen_at, last_seen_at FROM sightings ORDER BY 1")
            .unwrap();
        let sightings = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        (articles, sightings)
    }

    #[tokio::test]
    async fn copies_collapse_and_replay_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite");
        let early = article(
            "http://b.gov.vn/1",
            "b",
            Some("2024-01-15T08:45:00+07:00"),
            "2024-02-01T00:00:00Z",
        );
        let late = article(
            "http://a.gov.vn/9",
            "a",
            Some("2024-01-16T00:00:00+07:00"),
            "2024-02-01T00:00:05Z",
        );

        // Either arrival order gives the same warehouse.
        let mut states = Vec::new();
        for order in [[&early, &late], [&late, &early]] {
            let _ = std::fs::remove_file(&path);
            let w = SqliteWarehouse::open(&path).unwrap();
            let s1 = w.write_batch(&[order[0].clone()], &[]).await.unwrap();
            let s2 = w.write_batch(&[order[1].clone()], &[]).await.unwrap();
            assert_eq!(
                (s1.new_articles, s1.new_sightings, s2.new_articles, s2.new_sightings),
                (1, 1, 0, 1)
            );
            let replay = w.write_batch(&[early.clone(), late.clone()], &[]).await.unwrap();
            assert_eq!(replay, WriteSummary::default());
            drop(w);
            states.push(dump(&path));
        }
        assert_eq!(states[0], states[1]);
        let (articles, sightings) = &states[0];
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].1, "http://b.gov.vn/1", "earliest-published copy wins");
        assert_eq!(sightings.len(), 2);
        assert_eq!(sightings[0].0, "http://a.gov.vn/9");
        assert_eq!(sightings[0].2, "2024-02-01T00:00:05.000Z");
    }

    #[tokio::test]
    async fn reopening_keeps_data_and_refuses_newer_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/w.sqlite");
        let w = SqliteWarehouse::open(&path).unwrap();
        w.write_batch(&[article("http://a/1", "a", None, "2024-02-01T00:00:00Z")], &[])
            .await
            .unwrap();
        drop(w);
        SqliteWarehouse::open(&path).unwrap();
        assert_eq!(dump(&path).0.len(), 1);
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        assert!(matches!(
            SqliteWarehouse::open(&path),
            Err(WarehouseError::TooNew { found: 99, .. })
        ));
    }
}
