//! The sink stage: batch Article records, write them, then acknowledge.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use backon::{ExponentialBuilder, Retryable};
use chrono::Utc;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;
use tracing::{Instrument, error, info_span, warn};
use vnportal_bus::{AckHandle, Bus, BusError, Delivery, Position, Subscription, Topics, dead_letter};
use vnportal_model::Article;

use crate::{Checkpoint, Warehouse};

/// Sink settings (`[sink]` in `vnportal.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SinkConfig {
    /// Records written per transaction at most.
    pub batch_size: usize,
    /// How long a partial batch waits for more records, in milliseconds.
    pub linger_ms: u64,
    /// SQLite warehouse file; relative paths are under the data directory.
    pub sqlite_path: String,
}

impl Default for SinkConfig {
    fn default() -> Self {
        SinkConfig {
            batch_size: 500,
            linger_ms: 200,
            sqlite_path: "warehouse.sqlite".into(),
        }
    }
}

#[derive(Debug, Default)]
struct Counters {
    received: AtomicU64,
    new_articles: AtomicU64,
    new_sightings: AtomicU64,
    batches: AtomicU64,
    write_errors: AtomicU64,
    dead_lettered: AtomicU64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SinkStats {
    pub received: u64,
    pub new_articles: u64,
    pub new_sightings: u64,
    pub batches: u64,
    pub write_errors: u64,
    pub dead_lettered: u64,
}

pub struct SinkService {
    bus: Arc<dyn Bus>,
    topics: Topics,
    warehouse: Arc<dyn Warehouse>,
    config: SinkConfig,
    counters: Counters,
    /// Store each batch's bus offsets with its rows (durable buses only).
    checkpoints: bool,
}

/// One batch in hand: records, acknowledgements, and the furthest position per partition.
#[derive(Default)]
struct Batch {
    articles: Vec<Article>,
    acks: Vec<AckHandle>,
    positions: std::collections::BTreeMap<(String, i32), i64>,
}

impl Batch {
    fn saw(&mut self, position: &Position) {
        let next = self
            .positions
            .entry((position.topic.clone(), position.partition))
            .or_insert(position.offset + 1);
        *next = (*next).max(position.offset + 1);
    }

    fn checkpoint(&self, group: &str) -> Vec<Checkpoint> {
        self.positions
            .iter()
            .map(|((topic, partition), next)| Checkpoint {
                group: group.to_owned(),
                topic: topic.clone(),
                partition: *partition,
                next_offset: *next,
            })
            .collect()
    }
}

impl SinkService {
    pub fn new(
        bus: Arc<dyn Bus>,
        topics: Topics,
        warehouse: Arc<dyn Warehouse>,
        config: SinkConfig,
    ) -> Arc<SinkService> {
        Self::build(bus, topics, warehouse, config, false)
    }

    /// Like [`SinkService::new`], storing bus offsets with the rows: for Kafka
    /// and a warehouse that keeps offsets (PostgreSQL).
    pub fn with_checkpoints(
        bus: Arc<dyn Bus>,
        topics: Topics,
        warehouse: Arc<dyn Warehouse>,
        config: SinkConfig,
    ) -> Arc<SinkService> {
        Self::build(bus, topics, warehouse, config, true)
    }

    fn build(
        bus: Arc<dyn Bus>,
        topics: Topics,
        warehouse: Arc<dyn Warehouse>,
        config: SinkConfig,
        checkpoints: bool,
    ) -> Arc<SinkService> {
        Arc::new(SinkService {
            bus,
            topics,
            warehouse,
            config,
            counters: Counters::default(),
            checkpoints,
        })
    }

    pub fn stats(&self) -> SinkStats {
        let c = &self.counters;
        SinkStats {
            received: c.received.load(Ordering::Relaxed),
            new_articles: c.new_articles.load(Ordering::Relaxed),
            new_sightings: c.new_sightings.load(Ordering::Relaxed),
            batches: c.batches.load(Ordering::Relaxed),
            write_errors: c.write_errors.load(Ordering::Relaxed),
            dead_lettered: c.dead_lettered.load(Ordering::Relaxed),
        }
    }

    /// Consumes until the bus closes or `shutdown` fires; the batch in hand is
    /// written before returning (unless shutdown interrupts a failing write:
    /// then it stays unacknowledged, for redelivery).
    pub async fn run(self: Arc<Self>, group: &str, shutdown: CancellationToken) -> Result<(), BusError> {
        let sub = self.bus.subscribe(&self.topics.articles, group).await?;
        self.run_subscription(sub, group, shutdown).await
    }

    /// [`SinkService::run`] on a subscription the caller made (e.g. Kafka with
    /// an assignment hook).
    pub async fn run_subscription(
        self: Arc<Self>,
        mut sub: Box<dyn Subscription>,
        group: &str,
        shutdown: CancellationToken,
    ) -> Result<(), BusError> {
        loop {
            let (batch, more) = self.collect(sub.as_mut(), &shutdown).await;
            if !batch.articles.is_empty() || !batch.positions.is_empty() {
                let checkpoint = if self.checkpoints {
                    batch.checkpoint(group)
                } else {
                    Vec::new()
                };
                if self.write(&batch.articles, &checkpoint, &shutdown).await {
                    batch.acks.into_iter().for_each(AckHandle::ack);
                }
            }
            if !more {
                return Ok(());
            }
        }
    }

    /// Gathers up to `batch_size` records, waiting at most `linger_ms` after
    /// the first. Returns `more = false` once the input has ended.
    async fn collect(&self, sub: &mut dyn Subscription, shutdown: &CancellationToken) -> (Batch, bool) {
        let mut batch = Batch::default();
        let mut deadline: Option<tokio::time::Instant> = None;
        while batch.articles.len() < self.config.batch_size.max(1) {
            let next = async {
                match deadline {
                    Some(d) => tokio::time::timeout_at(d, sub.recv()).await.ok(),
                    None => Some(sub.recv().await),
                }
            };
            let received = tokio::select! {
                _ = shutdown.cancelled() => return (batch, false),
                r = next => r,
            };
            match received {
                None => break, // linger elapsed
                Some(None) => return (batch, false),
                Some(Some(Err(error))) => warn!(message = "Failed to consume.", %error),
                Some(Some(Ok(delivery))) => {
                    self.counters.received.fetch_add(1, Ordering::Relaxed);
                    batch.saw(&delivery.position);
                    if let Some(article) = self.decode(delivery, &mut batch.acks).await {
                        batch.articles.push(article);
                    }
                    deadline.get_or_insert_with(|| {
                        tokio::time::Instant::now() + Duration::from_millis(self.config.linger_ms)
                    });
                }
            }
        }
        (batch, true)
    }

    /// The record in `delivery`, its ack queued; or a dead letter for a record that does not decode.
    async fn decode(&self, delivery: Delivery, acks: &mut Vec<AckHandle>) -> Option<Article> {
        let Delivery { message, ack, .. } = delivery;
        match Article::from_json(&message.payload) {
            Ok(article) => {
                acks.push(ack);
                Some(article)
            }
            Err(e) => {
                let reason = format!("invalid article record: {e}");
                warn!(message = "Dead-lettering an invalid record.", key = ?message.key, %reason);
                let dlq = dead_letter(&message, &self.topics.articles, "sink", &reason, Utc::now());
                match self.bus.publish(&self.topics.dlq, dlq).await {
                    Ok(()) => {
                        self.counters.dead_lettered.fetch_add(1, Ordering::Relaxed);
                        ack.ack();
                    }
                    Err(error) => error!(message = "Failed to dead-letter.", %error),
                }
                None
            }
        }
    }

    /// Writes a batch, retrying with backoff while the warehouse fails.
    /// Returns false only when shutdown interrupted the retries.
    async fn write(&self, batch: &[Article], checkpoint: &[Checkpoint], shutdown: &CancellationToken) -> bool {
        let started = Instant::now();
        let span = info_span!("write", records = batch.len());
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(200))
            .with_max_delay(Duration::from_secs(30))
            .without_max_times()
            .with_jitter();
        let attempt = (|| self.warehouse.write_batch(batch, checkpoint))
            .retry(backoff)
            .notify(|error, pause| {
                self.counters.write_errors.fetch_add(1, Ordering::Relaxed);
                metrics::counter!("vnportal_errors_total", "stage" => "sink", "kind" => "warehouse").increment(1);
                error!(message = "Warehouse write failed; retrying.", %error, retry_in_ms = pause.as_millis() as u64);
            })
            .instrument(span.clone());
        let summary = tokio::select! {
            _ = shutdown.cancelled() => return false,
            result = attempt => match result {
                Ok(summary) => summary,
                Err(error) => {
                    error!(message = "Warehouse write abandoned.", %error);
                    return false;
                }
            },
        };
        self.counters.batches.fetch_add(1, Ordering::Relaxed);
        metrics::histogram!("vnportal_sink_batch_seconds").record(started.elapsed().as_secs_f64());
        metrics::counter!("vnportal_sink_records_written_total").increment(batch.len() as u64);
        self.counters
            .new_articles
            .fetch_add(summary.new_articles, Ordering::Relaxed);
        self.counters
            .new_sightings
            .fetch_add(summary.new_sightings, Ordering::Relaxed);
        span.in_scope(|| {
            tracing::info!(
                message = "Batch written.",
                new_articles = summary.new_articles,
                new_sightings = summary.new_sightings,
                latency_ms = started.elapsed().as_millis() as u64,
            )
        });
        true
    }
}
