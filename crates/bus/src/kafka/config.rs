use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Kafka settings (`[kafka]` in `vnportal.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KafkaConfig {
    /// `bootstrap.servers`: comma-separated `host:port` list.
    pub brokers: String,
    /// `client.id` prefix; the service name is appended.
    pub client_id: String,
    /// Partitions of topics created at start (existing topics are left alone).
    pub partitions: i32,
    pub replication_factor: i32,
    /// Producer delivery timeout (`message.timeout.ms`).
    pub delivery_timeout_ms: u64,
    /// Producer compression (`compression.type`): none, gzip, lz4, zstd (if built), snappy.
    pub compression: String,
    pub session_timeout_ms: u64,
    pub max_poll_interval_ms: u64,
    /// Bounded wait for the final offset commit on shutdown (the commit on
    /// revoke does not wait).
    pub commit_timeout_ms: u64,
    /// Extra librdkafka properties for producers, e.g. `"linger.ms" = "20"`.
    pub producer: BTreeMap<String, String>,
    /// Extra librdkafka properties for consumers.
    pub consumer: BTreeMap<String, String>,
}

impl Default for KafkaConfig {
    fn default() -> Self {
        KafkaConfig {
            brokers: "127.0.0.1:9092".into(),
            client_id: "vnportal".into(),
            partitions: 6,
            replication_factor: 1,
            delivery_timeout_ms: 30_000,
            compression: "lz4".into(),
            session_timeout_ms: 10_000,
            max_poll_interval_ms: 300_000,
            commit_timeout_ms: 5_000,
            producer: BTreeMap::new(),
            consumer: BTreeMap::new(),
        }
    }
}
