//! At-least-once Kafka consumer: contiguous offset storing, commit on
//! revoke and shutdown, optional positioning of assigned partitions.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, RebalanceProtocol, StreamConsumer};
use rdkafka::error::KafkaError;
use rdkafka::message::{Headers, Message as _};
use rdkafka::statistics::Statistics;
use rdkafka::types::RDKafkaRespErr;
use rdkafka::{ClientConfig, ClientContext, Offset, TopicPartitionList};
use tokio::sync::watch;
use tracing::{debug, info, warn};

use super::{KafkaConfig, OffsetTracker};
use crate::{AckHandle, BusError, Delivery, Message, Position, Subscription};

/// Where to start newly assigned partitions, for consumers whose progress
/// lives outside Kafka (a sink that stores offsets with its rows). Called
/// from librdkafka's rebalance callback: it must answer quickly, and it runs
/// on the consuming task's thread.
pub trait AssignHook: Send + Sync {
    /// The next offset to consume per partition; partitions left out start
    /// from the group's committed offset.
    fn positions(&self, topic: &str, partitions: &[i32]) -> Result<HashMap<i32, i64>, String>;
}

pub(crate) struct Context {
    tracker: Arc<Mutex<OffsetTracker>>,
    hook: Option<Arc<dyn AssignHook>>,
    group: String,
}

impl Context {
    fn tracker(&self) -> std::sync::MutexGuard<'_, OffsetTracker> {
        self.tracker.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl ClientContext for Context {
    fn stats(&self, stats: Statistics) {
        for (topic, t) in &stats.topics {
            for (partition, p) in &t.partitions {
                if *partition >= 0 && p.consumer_lag >= 0 {
                    metrics::gauge!("vnportal_consumer_lag", "group" => self.group.clone(), "topic" => topic.clone(), "partition" => partition.to_string())
                        .set(p.consumer_lag as f64);
                }
            }
        }
    }
}

impl ConsumerContext for Context {
    fn rebalance(&self, consumer: &BaseConsumer<Self>, err: RDKafkaRespErr, tpl: &mut TopicPartitionList) {
        // Cooperative rebalancing hands partitions over in increments.
        let cooperative = matches!(consumer.rebalance_protocol(), RebalanceProtocol::Cooperative);
        match err {
            RDKafkaRespErr::RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS => {
                let mut by_topic: HashMap<String, Vec<i32>> = HashMap::new();
                for e in tpl.elements() {
                    self.tracker().assign(e.topic(), e.partition());
                    by_topic.entry(e.topic().to_owned()).or_default().push(e.partition());
                }
                if let Some(hook) = &self.hook {
                    for (topic, partitions) in &by_topic {
                        match hook.positions(topic, partitions) {
                            Ok(positions) => {
                                for (partition, offset) in positions {
                                    if let Err(error) =
                                        tpl.set_partition_offset(topic, partition, Offset::Offset(offset))
                                    {
                                        warn!(message = "Cannot position partition.", %topic, partition, %error);
                                    }
                                }
                            }
                            // The stored positions are a shortcut: committed
                            // offsets plus idempotent writes stay correct.
                            Err(error) => {
                                warn!(message = "Cannot read stored positions; using committed offsets.", %topic, %error)
                            }
                        }
                    }
                }
                info!(message = "Partitions assigned.", group = %self.group, partitions = ?describe(tpl), cooperative);
                // Cooperative rebalancing hands out partitions in increments; an
                // eager assign would drop the ones already owned.
                let assigned = if cooperative {
                    consumer.incremental_assign(tpl)
                } else {
                    consumer.assign(tpl)
                };
                if let Err(error) = assigned {
                    warn!(message = "Assign failed.", %error);
                }
            }
            RDKafkaRespErr::RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS => {
                // Commit what is stored before another member takes over.
                // Asynchronously: a synchronous commit waits without limit
                // (librdkafka's commit has no timeout) and hung the
                // consumer's drop when the group was already being left.
                // With auto commit on, librdkafka also commits the stored
                // offsets itself when it unassigns.
                match consumer.commit_consumer_state(CommitMode::Async) {
                    Ok(()) | Err(KafkaError::ConsumerCommit(rdkafka::types::RDKafkaErrorCode::NoOffset)) => {}
                    Err(error) => warn!(message = "Commit on revoke failed.", %error),
                }
                for e in tpl.elements() {
                    self.tracker().revoke(e.topic(), e.partition());
                }
                info!(message = "Partitions revoked.", group = %self.group, partitions = ?describe(tpl), cooperative);
                let unassigned = if cooperative {
                    consumer.incremental_unassign(tpl)
                } else {
                    consumer.unassign()
                };
                if let Err(error) = unassigned {
                    warn!(message = "Unassign failed.", %error);
                }
            }
            other => {
                warn!(message = "Rebalance error.", error = ?other);
                self.tracker().revoke_all();
                let _ = consumer.unassign();
            }
        }
    }
}

fn describe(tpl: &TopicPartitionList) -> Vec<String> {
    tpl.elements()
        .iter()
        .map(|e| format!("{}[{}]@{:?}", e.topic(), e.partition(), e.offset()))
        .collect()
}

pub(crate) struct KafkaSubscription {
    consumer: Arc<StreamConsumer<Context>>,
    tracker: Arc<Mutex<OffsetTracker>>,
    topic: String,
    closed: watch::Receiver<bool>,
    commit_timeout: Duration,
    finished: bool,
}

impl KafkaSubscription {
    pub(crate) fn new(
        config: &KafkaConfig,
        service: &str,
        topic: &str,
        group: &str,
        hook: Option<Arc<dyn AssignHook>>,
        closed: watch::Receiver<bool>,
    ) -> Result<KafkaSubscription, BusError> {
        let consume_error = |reason: String| BusError::Consume {
            topic: topic.to_owned(),
            reason,
        };
        let mut cc = ClientConfig::new();
        cc.set("bootstrap.servers", &config.brokers)
            .set("group.id", group)
            .set("client.id", format!("{}-{service}", config.client_id))
            .set("enable.auto.commit", "true")
            .set("auto.commit.interval.ms", "1000")
            // Offsets are stored by acknowledgements, never by delivery.
            .set("enable.auto.offset.store", "false")
            .set("auto.offset.reset", "earliest")
            .set("enable.partition.eof", "false")
            // Latency over batching: a pipeline stage, not a bulk reader.
            .set("fetch.wait.max.ms", "100")
            .set("session.timeout.ms", config.session_timeout_ms.to_string())
            .set("max.poll.interval.ms", config.max_poll_interval_ms.to_string())
            .set("statistics.interval.ms", "10000");
        for (k, v) in &config.consumer {
            cc.set(k, v);
        }
        let tracker = Arc::new(Mutex::new(OffsetTracker::default()));
        let context = Context {
            tracker: Arc::clone(&tracker),
            hook,
            group: group.to_owned(),
        };
        let consumer: StreamConsumer<Context> = cc
            .create_with_context(context)
            .map_err(|e| consume_error(format!("cannot create consumer: {e}")))?;
        consumer
            .subscribe(&[topic])
            .map_err(|e| consume_error(format!("cannot subscribe: {e}")))?;
        Ok(KafkaSubscription {
            consumer: Arc::new(consumer),
            tracker,
            topic: topic.to_owned(),
            closed,
            commit_timeout: Duration::from_millis(config.commit_timeout_ms),
            finished: false,
        })
    }

    /// Commits stored offsets, waiting at most `commit_timeout`.
    async fn final_commit(&self) {
        let consumer = Arc::clone(&self.consumer);
        let commit = tokio::task::spawn_blocking(move || consumer.commit_consumer_state(CommitMode::Sync));
        match tokio::time::timeout(self.commit_timeout, commit).await {
            Ok(Ok(Ok(()))) => debug!(message = "Final commit done.", topic = %self.topic),
            Ok(Ok(Err(KafkaError::ConsumerCommit(rdkafka::types::RDKafkaErrorCode::NoOffset)))) => {}
            Ok(Ok(Err(error))) => warn!(message = "Final commit failed.", topic = %self.topic, %error),
            Ok(Err(error)) => warn!(message = "Final commit task failed.", %error),
            Err(_) => {
                warn!(message = "Final commit timed out.", topic = %self.topic, timeout_ms = self.commit_timeout.as_millis() as u64)
            }
        }
    }

    fn delivery(&self, m: &rdkafka::message::BorrowedMessage<'_>) -> Delivery {
        let headers = m
            .headers()
            .map(|hs| {
                hs.iter()
                    .map(|h| {
                        (
                            h.key.to_owned(),
                            h.value
                                .map(|v| String::from_utf8_lossy(v).into_owned())
                                .unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let message = Message {
            key: m.key().map(|k| String::from_utf8_lossy(k).into_owned()),
            headers,
            payload: m.payload().map(<[u8]>::to_vec).unwrap_or_default(),
        };
        let ticket =
            self.tracker
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .delivered(m.topic(), m.partition(), m.offset());
        let position = Position {
            topic: m.topic().to_owned(),
            partition: m.partition(),
            offset: m.offset(),
        };
        let (consumer, tracker) = (Arc::clone(&self.consumer), Arc::clone(&self.tracker));
        let ack = AckHandle::new(move || {
            let next = tracker.lock().unwrap_or_else(|e| e.into_inner()).acknowledge(&ticket);
            if let Some(next) = next {
                let mut tpl = TopicPartitionList::new();
                let stored = tpl
                    .add_partition_offset(&ticket.topic, ticket.partition, Offset::Offset(next))
                    .and_then(|()| consumer.store_offsets(&tpl));
                if let Err(error) = stored {
                    // Revoked meanwhile: the next owner redelivers; nothing is lost.
                    debug!(message = "Offset not stored.", topic = %ticket.topic, partition = ticket.partition, next, %error);
                }
            }
        });
        Delivery { message, position, ack }
    }
}

#[async_trait]
impl Subscription for KafkaSubscription {
    async fn recv(&mut self) -> Option<Result<Delivery, BusError>> {
        if self.finished {
            return None;
        }
        let mut closed = self.closed.clone();
        let received = tokio::select! {
            _ = closed.wait_for(|closed| *closed) => None,
            m = self.consumer.recv() => Some(m.map(|m| self.delivery(&m))),
        };
        match received {
            None => {
                self.finished = true;
                self.final_commit().await;
                None
            }
            Some(Ok(delivery)) => Some(Ok(delivery)),
            Some(Err(error)) => {
                // Transient broker trouble: let the caller log it, and do not spin.
                tokio::time::sleep(Duration::from_millis(200)).await;
                Some(Err(BusError::Consume {
                    topic: self.topic.clone(),
                    reason: error.to_string(),
                }))
            }
        }
    }
}
