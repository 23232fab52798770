//! The crawl state: everything the crawler must remember across restarts,
//! in one SQLite file (`<data_dir>/crawl_state.sqlite`): seen URLs
//! ([`crate::seen`]), validators and body hashes of polled pages, per-host
//! statistics, circuit breakers, permanent moves and the last poll of each
//! portal.
//!
//! SQLite keeps millions of URLs on disk with a bounded page cache, so memory
//! does not grow with the crawl. One connection behind a mutex is enough:
//! every statement is a primary-key lookup or a single-row write.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use crate::breaker::{BreakerRecord, BreakerState};
use crate::scheduler::HostStats;

#[derive(Debug, thiserror::Error)]
#[error("crawl state database: {0}")]
pub struct StateError(#[from] rusqlite::Error);

/// Former name of [`StateError`].
pub type SeenError = StateError;

/// The crawl state store. [`SeenStore`] is the same type under its older name.
pub struct CrawlState {
    conn: Mutex<Connection>,
}

/// The seen-set grew into the whole crawl state; the name stays for callers.
pub type SeenStore = CrawlState;

/// A portal's permanent move to another host, as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct MoveRecord {
    pub portal_id: String,
    pub from_url: String,
    pub to_url: String,
    pub status: u16,
    pub first_seen: String,
    pub last_seen: String,
}

/// The outcome of a portal's last poll.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PollRecord {
    pub portal_id: String,
    pub last_poll_at: Option<String>,
    /// The last poll that fetched at least one page.
    pub last_ok_at: Option<String>,
    pub listing_pages: u64,
    pub emitted: u64,
    pub errors: u64,
    pub last_error: Option<String>,
}

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -8192;
CREATE TABLE IF NOT EXISTS seen_urls (
    url        TEXT PRIMARY KEY,
    portal_id  TEXT NOT NULL,
    status     INTEGER NOT NULL,
    seen_at    TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS article_hashes (
    portal_id  TEXT NOT NULL,
    body_hash  TEXT NOT NULL,
    url        TEXT NOT NULL,
    PRIMARY KEY (portal_id, body_hash)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pages (
    url            TEXT PRIMARY KEY,
    portal_id      TEXT NOT NULL,
    etag           TEXT,
    last_modified  TEXT,
    body_hash      TEXT,
    checked_at     TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hosts (
    host        TEXT PRIMARY KEY,
    requests    INTEGER NOT NULL,
    failures    INTEGER NOT NULL,
    penalty     INTEGER NOT NULL,
    latency_ms  REAL,
    delay_ms    INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS breakers (
    portal_id             TEXT PRIMARY KEY,
    state                 TEXT NOT NULL,
    consecutive_failures  INTEGER NOT NULL,
    open_until            TEXT,
    probe_delay_ms        INTEGER NOT NULL,
    last_error            TEXT,
    changed_at            TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS moves (
    portal_id   TEXT NOT NULL,
    from_url    TEXT NOT NULL,
    to_url      TEXT NOT NULL,
    status      INTEGER NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    PRIMARY KEY (portal_id, from_url)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS polls (
    portal_id      TEXT PRIMARY KEY,
    last_poll_at   TEXT,
    last_ok_at     TEXT,
    listing_pages  INTEGER NOT NULL,
    emitted        INTEGER NOT NULL,
    errors         INTEGER NOT NULL,
    last_error     TEXT
) WITHOUT ROWID;
";

fn parse_time(text: Option<String>) -> Option<DateTime<Utc>> {
    text.and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc))
}

impl CrawlState {
    /// Opens (creating if needed) the SQLite state file. Files written by
    /// earlier versions (only `seen_urls`) gain the new tables.
    pub fn open(path: &Path) -> Result<CrawlState, StateError> {
        Self::init(Connection::open(path)?)
    }

    pub fn in_memory() -> Result<CrawlState, StateError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<CrawlState, StateError> {
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        Ok(CrawlState { conn: Mutex::new(conn) })
    }

    pub(crate) fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn save_host(&self, host: &str, stats: &HostStats) -> Result<(), StateError> {
        self.conn().execute(
            "INSERT INTO hosts (host, requests, failures, penalty, latency_ms, delay_ms, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (host) DO UPDATE SET requests = excluded.requests, failures = excluded.failures,
                 penalty = excluded.penalty, latency_ms = excluded.latency_ms, delay_ms = excluded.delay_ms,
                 updated_at = excluded.updated_at",
            params![
                host,
                stats.requests as i64,
                stats.failures as i64,
                stats.penalty,
                stats.latency_ms,
                stats.delay_ms as i64,
                Utc::now().to_rfc3339()
            ],
        )?;
        Ok(())
    }

    pub fn hosts(&self) -> Result<Vec<(String, HostStats)>, StateError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare("SELECT host, requests, failures, penalty, latency_ms, delay_ms FROM hosts ORDER BY host")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                HostStats {
                    requests: r.get::<_, i64>(1)? as u64,
                    failures: r.get::<_, i64>(2)? as u64,
                    penalty: r.get(3)?,
                    latency_ms: r.get(4)?,
                    delay_ms: r.get::<_, i64>(5)? as u64,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn save_breaker(&self, portal_id: &str, record: &BreakerRecord) -> Result<(), StateError> {
        self.conn().execute(
            "INSERT INTO breakers (portal_id, state, consecutive_failures, open_until, probe_delay_ms, last_error, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (portal_id) DO UPDATE SET state = excluded.state,
                 consecutive_failures = excluded.consecutive_failures, open_until = excluded.open_until,
                 probe_delay_ms = excluded.probe_delay_ms, last_error = excluded.last_error,
                 changed_at = excluded.changed_at",
            params![
                portal_id,
                record.state.as_str(),
                record.consecutive_failures,
                record.open_until.map(|t| t.to_rfc3339()),
                record.probe_delay.as_millis() as i64,
                record.last_error,
                record.changed_at.to_rfc3339()
            ],
        )?;
        Ok(())
    }

    pub fn breaker(&self, portal_id: &str) -> Result<Option<BreakerRecord>, StateError> {
        Ok(self.breakers_where(Some(portal_id))?.into_iter().next().map(|(_, r)| r))
    }

    pub fn breakers(&self) -> Result<Vec<(String, BreakerRecord)>, StateError> {
        self.breakers_where(None)
    }

    fn breakers_where(&self, portal_id: Option<&str>) -> Result<Vec<(String, BreakerRecord)>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT portal_id, state, consecutive_failures, open_until, probe_delay_ms, last_error, changed_at
             FROM breakers WHERE ?1 IS NULL OR portal_id = ?1 ORDER BY portal_id",
        )?;
        let rows = stmt.query_map([portal_id], |r| {
            let state: String = r.get(1)?;
            Ok((
                r.get::<_, String>(0)?,
                BreakerRecord {
                    state: BreakerState::parse(&state).unwrap_or(BreakerState::Closed),
                    consecutive_failures: r.get(2)?,
                    open_until: parse_time(r.get(3)?),
                    probe_delay: Duration::from_millis(r.get::<_, i64>(4)?.max(0) as u64),
                    last_error: r.get(5)?,
                    changed_at: parse_time(r.get(6)?).unwrap_or_else(Utc::now),
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a permanent redirect of `from_url` to another host.
    pub fn record_move(&self, portal_id: &str, from_url: &str, to_url: &str, status: u16) -> Result<(), StateError> {
        let now = Utc::now().to_rfc3339();
        self.conn().execute(
            "INSERT INTO moves (portal_id, from_url, to_url, status, first_seen, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (portal_id, from_url) DO UPDATE SET to_url = excluded.to_url,
                 status = excluded.status, last_seen = excluded.last_seen",
            params![portal_id, from_url, to_url, status, now],
        )?;
        Ok(())
    }

    pub fn moves(&self) -> Result<Vec<MoveRecord>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT portal_id, from_url, to_url, status, first_seen, last_seen FROM moves ORDER BY portal_id, from_url",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(MoveRecord {
                portal_id: r.get(0)?,
                from_url: r.get(1)?,
                to_url: r.get(2)?,
                status: r.get(3)?,
                first_seen: r.get(4)?,
                last_seen: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn save_poll(&self, poll: &PollRecord) -> Result<(), StateError> {
        self.conn().execute(
            "INSERT INTO polls (portal_id, last_poll_at, last_ok_at, listing_pages, emitted, errors, last_error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (portal_id) DO UPDATE SET last_poll_at = excluded.last_poll_at,
                 last_ok_at = coalesce(excluded.last_ok_at, polls.last_ok_at),
                 listing_pages = excluded.listing_pages, emitted = excluded.emitted,
                 errors = excluded.errors, last_error = excluded.last_error",
            params![
                poll.portal_id,
                poll.last_poll_at,
                poll.last_ok_at,
                poll.listing_pages as i64,
                poll.emitted as i64,
                poll.errors as i64,
                poll.last_error
            ],
        )?;
        Ok(())
    }

    pub fn polls(&self) -> Result<Vec<PollRecord>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT portal_id, last_poll_at, last_ok_at, listing_pages, emitted, errors, last_error
             FROM polls ORDER BY portal_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PollRecord {
                portal_id: r.get(0)?,
                last_poll_at: r.get(1)?,
                last_ok_at: r.get(2)?,
                listing_pages: r.get::<_, i64>(3)? as u64,
                emitted: r.get::<_, i64>(4)? as u64,
                errors: r.get::<_, i64>(5)? as u64,
                last_error: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Article URLs seen per portal, for `portals status`.
    pub fn seen_counts(&self) -> Result<Vec<(String, u64)>, StateError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare("SELECT portal_id, COUNT(*) FROM seen_urls GROUP BY portal_id ORDER BY portal_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::breaker::BreakerRecord;

    #[test]
    fn hosts_breakers_moves_and_polls_survive_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite");
        let now = Utc::now();
        {
            let state = CrawlState::open(&path).unwrap();
            let stats = HostStats {
                requests: 10,
                failures: 3,
                penalty: 2,
                latency_ms: Some(120.5),
                delay_ms: 4000,
            };
            state.save_host("a.gov.vn:443", &stats).unwrap();
            let mut record = BreakerRecord::closed(now, Duration::from_secs(60));
            record.state = BreakerState::Open;
            record.open_until = Some(now + chrono::Duration::seconds(60));
            record.last_error = Some("dns".into());
            state.save_breaker("p", &record).unwrap();
            state
                .record_move("p", "https://old.gov.vn/", "https://new.gov.vn/", 301)
                .unwrap();
            state
                .record_move("p", "https://old.gov.vn/", "https://newer.gov.vn/", 308)
                .unwrap();
        }
        let state = CrawlState::open(&path).unwrap();
        assert_eq!(state.hosts().unwrap()[0].1.delay_ms, 4000);
        let b = state.breaker("p").unwrap().unwrap();
        assert_eq!(b.state, BreakerState::Open);
        assert_eq!(b.last_error.as_deref(), Some("dns"));
        assert!(state.breaker("q").unwrap().is_none());
        let moves = state.moves().unwrap();
        assert_eq!(moves.len(), 1);
        assert_eq!(
            (moves[0].to_url.as_str(), moves[0].status),
            ("https://newer.gov.vn/", 308)
        );
    }
}
