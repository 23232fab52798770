//! The PostgreSQL warehouse: the same `articles` and `sightings` tables as the
//! SQLite one, multi-row upserts (`UNNEST`), and the bus offsets of each batch
//! stored in the same transaction (`sink_offsets`), so a crash anywhere leaves
//! every article exactly once and the consumer resumes exactly after the last
//! committed batch.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, FixedOffset, Utc};
use tokio::sync::Mutex;
use tokio_postgres::{Client, NoTls};
use tracing::{info, warn};
use vnportal_bus::kafka::AssignHook;
use vnportal_model::Article;

use crate::{Checkpoint, Warehouse, WarehouseError, WriteSummary};

/// Schema migrations, applied in order inside one transaction each.
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
        published_at   TIMESTAMPTZ,
        author         TEXT,
        source         TEXT,
        category       TEXT,
        images         JSONB NOT NULL,
        language       TEXT NOT NULL,
        fetched_at     TIMESTAMPTZ NOT NULL,
        parsed_at      TIMESTAMPTZ NOT NULL,
        parser_version TEXT NOT NULL
    );
    CREATE INDEX articles_published_at ON articles (published_at);
    CREATE INDEX articles_portal ON articles (portal_id);
    CREATE TABLE sightings (
        content_hash  TEXT NOT NULL REFERENCES articles (content_hash),
        url           TEXT NOT NULL,
        portal_id     TEXT NOT NULL,
        first_seen_at TIMESTAMPTZ NOT NULL,
        last_seen_at  TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (content_hash, url)
    );
    CREATE INDEX sightings_portal ON sightings (portal_id);
    CREATE TABLE sink_offsets (
        consumer_group TEXT NOT NULL,
        topic          TEXT NOT NULL,
        partition      INTEGER NOT NULL,
        next_offset    BIGINT NOT NULL,
        updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, topic, partition)
    );
"#];

fn db(e: tokio_postgres::Error) -> WarehouseError {
    // The source says what went wrong ("connection refused", the SQL error).
    let detail = std::error::Error::source(&e)
        .map(|s| format!(": {s}"))
        .unwrap_or_default();
    WarehouseError::Database(format!("{e}{detail}"))
}

pub struct PostgresWarehouse {
    url: String,
    /// `None` after a failure: the next call reconnects.
    client: Mutex<Option<Client>>,
}

impl PostgresWarehouse {
    /// Connects and migrates. Fails if the database cannot be reached.
    pub async fn connect(url: &str) -> Result<Arc<PostgresWarehouse>, WarehouseError> {
        let w = Arc::new(PostgresWarehouse {
            url: url.to_owned(),
            client: Mutex::new(None),
        });
        let mut guard = w.client.lock().await;
        w.ensure_client(&mut guard).await?;
        drop(guard);
        Ok(w)
    }

    async fn ensure_client<'a>(&self, slot: &'a mut Option<Client>) -> Result<&'a mut Client, WarehouseError> {
        if slot.as_ref().is_some_and(Client::is_closed) {
            *slot = None;
        }
        if slot.is_none() {
            let (mut client, connection) = tokio_postgres::connect(&self.url, NoTls).await.map_err(db)?;
            tokio::spawn(async move {
                if let Err(error) = connection.await {
                    warn!(message = "PostgreSQL connection ended.", %error);
                }
            });
            migrate(&mut client).await?;
            info!(message = "Connected to PostgreSQL.");
            *slot = Some(client);
        }
        Ok(slot.as_mut().expect("client was just set"))
    }

    /// Runs `f` with a live client; a failure drops the connection so the
    /// next call starts afresh.
    async fn with_client<T>(
        &self,
        f: impl AsyncFnOnce(&mut Client) -> Result<T, WarehouseError>,
    ) -> Result<T, WarehouseError> {
        let mut slot = self.client.lock().await;
        let client = self.ensure_client(&mut slot).await?;
        let result = f(client).await;
        if result.is_err() {
            *slot = None;
        }
        result
    }

    /// Stored next offsets of `partitions` of `topic` for `group`.
    pub async fn positions(
        &self,
        group: &str,
        topic: &str,
        partitions: &[i32],
    ) -> Result<HashMap<i32, i64>, WarehouseError> {
        self.with_client(async |c: &mut Client| {
            let rows = c
                .query(
                    "SELECT partition, next_offset FROM sink_offsets
                     WHERE consumer_group = $1 AND topic = $2 AND partition = ANY($3)",
                    &[&group, &topic, &partitions],
                )
                .await
                .map_err(db)?;
            Ok(rows.iter().map(|r| (r.get::<_, i32>(0), r.get::<_, i64>(1))).collect())
        })
        .await
    }
}

async fn migrate(client: &mut Client) -> Result<(), WarehouseError> {
    client
        .batch_execute("CREATE TABLE IF NOT EXISTS vnportal_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        .await
        .map_err(db)?;
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let version = i as i32 + 1;
        let tx = client.transaction().await.map_err(db)?;
        // Serializes concurrent sinks starting at once.
        tx.batch_execute("LOCK TABLE vnportal_migrations IN EXCLUSIVE MODE")
            .await
            .map_err(db)?;
        let done = tx
            .query_opt("SELECT 1 FROM vnportal_migrations WHERE version = $1", &[&version])
            .await
            .map_err(db)?;
        if done.is_none() {
            tx.batch_execute(sql).await.map_err(db)?;
            tx.execute("INSERT INTO vnportal_migrations (version) VALUES ($1)", &[&version])
                .await
                .map_err(db)?;
        }
        tx.commit().await.map_err(db)?;
    }
    Ok(())
}

/// (content_hash, url, portal_id, first_seen_at, last_seen_at).
type Sighting<'a> = (&'a str, &'a str, &'a str, DateTime<Utc>, DateTime<Utc>);

/// One row per article (the earliest-published copy, ties to the smaller
/// URL) and one per sighting, merged: a multi-row upsert may not touch the
/// same key twice.
fn collapse(articles: &[Article]) -> (Vec<&Article>, Vec<Sighting<'_>>) {
    let earlier = |a: &Article, b: &Article| match (a.published_at, b.published_at) {
        (Some(x), Some(y)) => (x, &a.url) < (y, &b.url),
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => a.url < b.url,
    };
    let mut winners: BTreeMap<&str, &Article> = BTreeMap::new();
    type Seen<'a> = (&'a str, DateTime<Utc>, DateTime<Utc>);
    let mut sightings: BTreeMap<(&str, &str), Seen<'_>> = BTreeMap::new();
    for a in articles {
        winners
            .entry(&a.content_hash)
            .and_modify(|w| {
                if earlier(a, w) {
                    *w = a;
                }
            })
            .or_insert(a);
        sightings
            .entry((&a.content_hash, &a.url))
            .and_modify(|(_, first, last)| {
                *first = (*first).min(a.fetched_at);
                *last = (*last).max(a.fetched_at);
            })
            .or_insert((&a.portal_id, a.fetched_at, a.fetched_at));
    }
    let sightings = sightings
        .into_iter()
        .map(|((h, u), (p, f, l))| (h, u, p, f, l))
        .collect();
    (winners.into_values().collect(), sightings)
}

#[async_trait]
impl Warehouse for PostgresWarehouse {
    async fn write_batch(
        &self,
        articles: &[Article],
        checkpoint: &[Checkpoint],
    ) -> Result<WriteSummary, WarehouseError> {
        let (winners, sightings) = collapse(articles);
        self.with_client(async |c: &mut Client| {
            let tx = c.transaction().await.map_err(db)?;
            let hashes: Vec<&str> = winners.iter().map(|a| a.content_hash.as_str()).collect();
            let existing: HashSet<String> = tx
                .query("SELECT content_hash FROM articles WHERE content_hash = ANY($1)", &[&hashes])
                .await
                .map_err(db)?
                .iter()
                .map(|r| r.get(0))
                .collect();
            let new_articles = hashes.iter().filter(|h| !existing.contains(**h)).count() as u64;

            let col = |f: fn(&Article) -> Option<String>| winners.iter().map(|a| f(a)).collect::<Vec<Option<String>>>();
            let versions: Vec<i32> = winners.iter().map(|a| a.schema_version as i32).collect();
            let published: Vec<Option<DateTime<FixedOffset>>> = winners.iter().map(|a| a.published_at).collect();
            let images: Vec<serde_json::Value> =
                winners.iter().map(|a| serde_json::to_value(&a.images).unwrap_or_default()).collect();
            let fetched: Vec<DateTime<Utc>> = winners.iter().map(|a| a.fetched_at).collect();
            let parsed: Vec<DateTime<Utc>> = winners.iter().map(|a| a.parsed_at).collect();
            let (urls, canonical, portals, titles, bodies, languages, parser_versions) = (
                col(|a| Some(a.url.clone())),
                col(|a| Some(a.canonical_url.clone())),
                col(|a| Some(a.portal_id.clone())),
                col(|a| Some(a.title.clone())),
                col(|a| Some(a.body.clone())),
                col(|a| Some(a.language.clone())),
                col(|a| Some(a.parser_version.clone())),
            );
            let (summaries, authors, sources, categories) =
                (col(|a| a.summary.clone()), col(|a| a.author.clone()), col(|a| a.source.clone()), col(|a| a.category.clone()));
            tx.execute(
                "INSERT INTO articles (content_hash, schema_version, url, canonical_url, portal_id, title, summary, body,
                     published_at, author, source, category, images, language, fetched_at, parsed_at, parser_version)
                 SELECT * FROM UNNEST($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::timestamptz[], $10::text[], $11::text[], $12::text[], $13::jsonb[], $14::text[],
                     $15::timestamptz[], $16::timestamptz[], $17::text[])
                 ON CONFLICT (content_hash) DO UPDATE SET
                     schema_version = excluded.schema_version, url = excluded.url,
                     canonical_url = excluded.canonical_url, portal_id = excluded.portal_id,
                     title = excluded.title, summary = excluded.summary, body = excluded.body,
                     published_at = excluded.published_at, author = excluded.author, source = excluded.source,
                     category = excluded.category, images = excluded.images, language = excluded.language,
                     fetched_at = excluded.fetched_at, parsed_at = excluded.parsed_at,
                     parser_version = excluded.parser_version
                 -- The earliest-published copy describes the article, whatever the arrival order.
                 WHERE (coalesce(excluded.published_at, 'infinity'), excluded.url)
                     < (coalesce(articles.published_at, 'infinity'), articles.url)",
                &[
                    &hashes, &versions, &urls, &canonical, &portals, &titles, &summaries, &bodies, &published, &authors,
                    &sources, &categories, &images, &languages, &fetched, &parsed, &parser_versions,
                ],
            )
            .await
            .map_err(db)?;

            let s_hash: Vec<&str> = sightings.iter().map(|s| s.0).collect();
            let s_url: Vec<&str> = sightings.iter().map(|s| s.1).collect();
            let s_portal: Vec<&str> = sightings.iter().map(|s| s.2).collect();
            let s_first: Vec<DateTime<Utc>> = sightings.iter().map(|s| s.3).collect();
            let s_last: Vec<DateTime<Utc>> = sightings.iter().map(|s| s.4).collect();
            let known: i64 = tx
                .query_one(
                    "SELECT count(*) FROM sightings s JOIN UNNEST($1::text[], $2::text[]) AS b (h, u)
                     ON s.content_hash = b.h AND s.url = b.u",
                    &[&s_hash, &s_url],
                )
                .await
                .map_err(db)?
                .get(0);
            tx.execute(
                "INSERT INTO sightings (content_hash, url, portal_id, first_seen_at, last_seen_at)
                 SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[])
                 ON CONFLICT (content_hash, url) DO UPDATE SET
                     first_seen_at = least(sightings.first_seen_at, excluded.first_seen_at),
                     last_seen_at = greatest(sightings.last_seen_at, excluded.last_seen_at)
                 WHERE excluded.first_seen_at < sightings.first_seen_at OR excluded.last_seen_at > sightings.last_seen_at",
                &[&s_hash, &s_url, &s_portal, &s_first, &s_last],
            )
            .await
            .map_err(db)?;

            if !checkpoint.is_empty() {
                let groups: Vec<&str> = checkpoint.iter().map(|c| c.group.as_str()).collect();
                let topics: Vec<&str> = checkpoint.iter().map(|c| c.topic.as_str()).collect();
                let partitions: Vec<i32> = checkpoint.iter().map(|c| c.partition).collect();
                let offsets: Vec<i64> = checkpoint.iter().map(|c| c.next_offset).collect();
                // GREATEST: a stale writer left over from a rebalance never moves an offset back.
                tx.execute(
                    "INSERT INTO sink_offsets (consumer_group, topic, partition, next_offset)
                     SELECT * FROM UNNEST($1::text[], $2::text[], $3::int[], $4::bigint[])
                     ON CONFLICT (consumer_group, topic, partition) DO UPDATE SET
                         next_offset = greatest(sink_offsets.next_offset, excluded.next_offset), updated_at = now()
                     WHERE excluded.next_offset > sink_offsets.next_offset",
                    &[&groups, &topics, &partitions, &offsets],
                )
                .await
                .map_err(db)?;
            }
            tx.commit().await.map_err(db)?;
            Ok(WriteSummary { new_articles, new_sightings: sightings.len() as u64 - known as u64 })
        })
        .await
    }
}

/// Positions newly assigned partitions at the offsets stored with the rows.
pub struct PostgresAssignHook {
    pub warehouse: Arc<PostgresWarehouse>,
    pub group: String,
}

impl AssignHook for PostgresAssignHook {
    fn positions(&self, topic: &str, partitions: &[i32]) -> Result<HashMap<i32, i64>, String> {
        let handle = tokio::runtime::Handle::try_current().map_err(|e| e.to_string())?;
        if handle.runtime_flavor() != tokio::runtime::RuntimeFlavor::MultiThread {
            return Err("stored positions need the multi-threaded runtime".into());
        }
        // librdkafka calls this from the consuming task: block it briefly.
        tokio::task::block_in_place(|| {
            handle.block_on(async {
                tokio::time::timeout(
                    Duration::from_secs(5),
                    self.warehouse.positions(&self.group, topic, partitions),
                )
                .await
                .map_err(|_| "timed out reading stored positions".to_owned())?
                .map_err(|e| e.to_string())
            })
        })
    }
}
