//! The Kafka implementation of [`Bus`] (rdkafka / librdkafka).
//!
//! * Producer: idempotent, `acks=all`, compressed; `publish` returns only once
//!   the brokers acknowledged the message. A fatal producer error (fenced,
//!   out-of-sequence) recreates the producer and retries once.
//! * Consumers: at least once. Offsets are stored only when every earlier
//!   message of the partition has been acknowledged ([`OffsetTracker`]),
//!   librdkafka commits stored offsets every second, on revoke (asynchronously:
//!   librdkafka's own commit has no time limit) and on shutdown (bounded by
//!   `commit_timeout_ms`).
//! * [`AssignHook`]: a sink that keeps its offsets in its own database (in the
//!   same transaction as its rows) positions newly assigned partitions from there.

mod admin;
mod config;
mod consumer;
mod offsets;

pub use admin::{TopicInfo, ensure_topics, list_topics};
pub use config::KafkaConfig;
pub use consumer::AssignHook;
pub use offsets::{OffsetTracker, Ticket};

use std::sync::{Arc, RwLock};
use std::time::Duration;

use async_trait::async_trait;
use rdkafka::ClientConfig;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};
use tokio::sync::watch;
use tracing::{error, warn};

use crate::{Bus, BusError, Message, Subscription};

/// A [`Bus`] on Kafka. Cheap to clone.
#[derive(Clone)]
pub struct KafkaBus {
    inner: Arc<Inner>,
}

struct Inner {
    config: KafkaConfig,
    /// Names this process in `client.id`: `vnportal-parse`, …
    service: String,
    producer: RwLock<FutureProducer>,
    /// Set: subscriptions end.
    closed: watch::Sender<bool>,
    /// Set: `publish` refuses.
    publishing_closed: watch::Sender<bool>,
}

impl KafkaBus {
    /// Connects lazily: librdkafka dials the brokers on first use.
    pub fn new(config: KafkaConfig, service: &str) -> Result<KafkaBus, BusError> {
        let producer = new_producer(&config, service)?;
        Ok(KafkaBus {
            inner: Arc::new(Inner {
                config,
                service: service.to_owned(),
                producer: RwLock::new(producer),
                closed: watch::Sender::new(false),
                publishing_closed: watch::Sender::new(false),
            }),
        })
    }

    pub fn config(&self) -> &KafkaConfig {
        &self.inner.config
    }

    /// Joins `group` on `topic`; `hook` positions newly assigned partitions.
    pub async fn subscribe_with(
        &self,
        topic: &str,
        group: &str,
        hook: Option<Arc<dyn AssignHook>>,
    ) -> Result<Box<dyn Subscription>, BusError> {
        let sub = consumer::KafkaSubscription::new(
            &self.inner.config,
            &self.inner.service,
            topic,
            group,
            hook,
            self.inner.closed.subscribe(),
        )?;
        Ok(Box::new(sub))
    }

    /// Ends every subscription: each returns `None` from `recv` and commits
    /// what its acknowledgements stored. Publishing still works, so work in
    /// hand can finish.
    pub fn stop_consuming(&self) {
        self.inner.closed.send_replace(true);
    }

    /// Stops consuming, refuses further publishing and flushes the producer.
    pub async fn close(&self) {
        self.stop_consuming();
        self.inner.publishing_closed.send_replace(true);
        let producer = self.producer();
        let timeout = Duration::from_millis(self.inner.config.commit_timeout_ms);
        let flushed = tokio::task::spawn_blocking(move || producer.flush(timeout)).await;
        if let Ok(Err(error)) = flushed {
            warn!(message = "Producer flush on close failed.", %error);
        }
    }

    fn producer(&self) -> FutureProducer {
        self.inner.producer.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Replaces a producer that hit a fatal error; the old one is unusable.
    fn recreate_producer(&self) -> Result<(), BusError> {
        let fresh = new_producer(&self.inner.config, &self.inner.service)?;
        *self.inner.producer.write().unwrap_or_else(|e| e.into_inner()) = fresh;
        Ok(())
    }

    async fn send(&self, topic: &str, message: &Message) -> Result<(), (BusError, bool)> {
        let producer = self.producer();
        let mut headers = OwnedHeaders::new_with_capacity(message.headers.len());
        for (key, value) in &message.headers {
            headers = headers.insert(Header {
                key,
                value: Some(value.as_bytes()),
            });
        }
        let mut record = FutureRecord::to(topic).payload(&message.payload).headers(headers);
        if let Some(key) = &message.key {
            record = record.key(key);
        }
        let timeout = Duration::from_millis(self.inner.config.delivery_timeout_ms);
        match producer.send(record, timeout).await {
            Ok(_) => Ok(()),
            Err((e, _)) => {
                let fatal = producer.client().fatal_error();
                if let Some((code, reason)) = &fatal {
                    error!(message = "Fatal producer error; recreating the producer.", ?code, %reason);
                }
                Err((
                    BusError::Publish {
                        topic: topic.to_owned(),
                        reason: e.to_string(),
                    },
                    fatal.is_some(),
                ))
            }
        }
    }
}

fn new_producer(config: &KafkaConfig, service: &str) -> Result<FutureProducer, BusError> {
    let mut cc = ClientConfig::new();
    cc.set("bootstrap.servers", &config.brokers)
        .set("client.id", format!("{}-{service}", config.client_id))
        .set("enable.idempotence", "true")
        .set("acks", "all")
        .set("compression.type", &config.compression)
        .set("message.timeout.ms", config.delivery_timeout_ms.to_string())
        .set("linger.ms", "5");
    for (k, v) in &config.producer {
        cc.set(k, v);
    }
    cc.create().map_err(|e| BusError::Publish {
        topic: String::new(),
        reason: format!("cannot create producer: {e}"),
    })
}

#[async_trait]
impl Bus for KafkaBus {
    async fn publish(&self, topic: &str, message: Message) -> Result<(), BusError> {
        if *self.inner.publishing_closed.borrow() {
            return Err(BusError::Closed);
        }
        match self.send(topic, &message).await {
            Ok(()) => Ok(()),
            Err((_, true)) => {
                self.recreate_producer()?;
                self.send(topic, &message).await.map_err(|(e, _)| e)
            }
            Err((e, false)) => Err(e),
        }
    }

    async fn subscribe(&self, topic: &str, group: &str) -> Result<Box<dyn Subscription>, BusError> {
        self.subscribe_with(topic, group, None).await
    }
}
