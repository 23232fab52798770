//! The topic interface every vnportal stage talks to.
//!
//! A stage publishes [`Message`]s to named topics and consumes them through a
//! [`Subscription`] in a consumer group. Each [`Delivery`] must be
//! acknowledged once its effect is durable downstream (the record it produced
//! was published, or the row was committed): a Kafka implementation stores the
//! offset only then, so a crash redelivers instead of losing work.
//!
//! [`MemoryBus`] is the embedded implementation used by `vnportal run`.

pub mod kafka;
mod memory;
mod message;
mod metered;

pub use kafka::{KafkaBus, KafkaConfig};
pub use memory::MemoryBus;
pub use message::{AckHandle, Delivery, Message, Position, dead_letter, dlq_headers};
pub use metered::{MeteredBus, MeteredSubscription};

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum BusError {
    #[error("the bus is closed")]
    Closed,
    #[error("publishing to topic `{topic}` failed: {reason}")]
    Publish { topic: String, reason: String },
    #[error("consuming topic `{topic}` failed: {reason}")]
    Consume { topic: String, reason: String },
}

/// A message bus: Kafka in production, memory in one process.
#[async_trait]
pub trait Bus: Send + Sync + 'static {
    /// Publishes one message. Returns once the bus holds it durably (for
    /// Kafka: acknowledged by the brokers); an error means it was not stored.
    async fn publish(&self, topic: &str, message: Message) -> Result<(), BusError>;

    /// Joins consumer group `group` on `topic`. Members of one group share the
    /// messages; every group sees every message.
    async fn subscribe(&self, topic: &str, group: &str) -> Result<Box<dyn Subscription>, BusError>;
}

#[async_trait]
pub trait Subscription: Send {
    /// The next delivery, or `None` once the bus is closed and drained.
    async fn recv(&mut self) -> Option<Result<Delivery, BusError>>;
}

/// Topic names. The defaults are the public contract (`docs/topics.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Topics {
    /// RawPage records from the crawler. Key: requested URL.
    pub raw_pages: String,
    /// Article records from the parser. Key: `content_hash`.
    pub articles: String,
    /// Inputs a stage could not process, with the reason in headers.
    pub dlq: String,
}

impl Default for Topics {
    fn default() -> Self {
        Topics {
            raw_pages: "vnportal.pages.raw.v1".into(),
            articles: "vnportal.articles.v1".into(),
            dlq: "vnportal.dlq.v1".into(),
        }
    }
}
