//! The vnportal sink: Article records into the warehouse.
//!
//! The warehouse keeps one `articles` row per `content_hash` and a
//! `sightings` row for every (article, url) where a copy was seen. Writes are
//! idempotent and order-independent: replaying records changes nothing, and
//! whichever copy arrives first, the `articles` row ends up describing the
//! earliest-published copy (ties broken by the smaller URL).

mod postgres;
mod service;
mod sqlite;

pub use postgres::{PostgresAssignHook, PostgresWarehouse};
pub use service::{SinkConfig, SinkService, SinkStats};
pub use sqlite::SqliteWarehouse;

use async_trait::async_trait;
use vnportal_model::Article;

#[derive(Debug, thiserror::Error)]
pub enum WarehouseError {
    #[error("warehouse database error: {0}")]
    Database(String),
    #[error("warehouse schema version {found} is newer than this build supports ({supported})")]
    TooNew { found: i64, supported: i64 },
}

/// What a batch write changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteSummary {
    /// Articles not in the warehouse before.
    pub new_articles: u64,
    /// Sightings not in the warehouse before (a new copy of an article).
    pub new_sightings: u64,
}

/// The bus position a batch brings a partition to: the next offset to
/// consume. Stored in the same transaction as the batch's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub group: String,
    pub topic: String,
    pub partition: i32,
    pub next_offset: i64,
}

/// A store for articles. Implementations write a batch atomically.
#[async_trait]
pub trait Warehouse: Send + Sync + 'static {
    /// Writes `articles` and, in the same transaction, `checkpoint`
    /// (warehouses without offset storage ignore it). A checkpoint never
    /// moves a partition's stored offset backwards.
    async fn write_batch(
        &self,
        articles: &[Article],
        checkpoint: &[Checkpoint],
    ) -> Result<WriteSummary, WarehouseError>;
}
