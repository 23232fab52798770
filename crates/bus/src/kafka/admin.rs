//! Topic administration: create missing topics, list what exists.

use std::time::Duration;

use rdkafka::ClientConfig;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::types::RDKafkaErrorCode;
use tracing::info;

use super::KafkaConfig;
use crate::BusError;

fn admin_error(reason: String) -> BusError {
    BusError::Publish {
        topic: String::new(),
        reason,
    }
}

/// Creates the topics that do not exist yet, with the configured partitions
/// and replication. Existing topics are left as they are.
pub async fn ensure_topics(config: &KafkaConfig, topics: &[&str]) -> Result<Vec<String>, BusError> {
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", &config.brokers)
        .create()
        .map_err(|e| admin_error(format!("cannot create admin client: {e}")))?;
    let new: Vec<NewTopic> = topics
        .iter()
        .map(|t| NewTopic::new(t, config.partitions, TopicReplication::Fixed(config.replication_factor)))
        .collect();
    let options = AdminOptions::new().operation_timeout(Some(Duration::from_secs(30)));
    let results = admin
        .create_topics(&new, &options)
        .await
        .map_err(|e| admin_error(format!("create topics: {e}")))?;
    let mut created = Vec::new();
    for result in results {
        match result {
            Ok(topic) => {
                info!(message = "Topic created.", %topic, partitions = config.partitions);
                created.push(topic);
            }
            Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((topic, code)) => return Err(admin_error(format!("cannot create topic {topic}: {code}"))),
        }
    }
    Ok(created)
}

/// A topic as the cluster describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicInfo {
    pub name: String,
    pub partitions: usize,
}

/// Every topic in the cluster.
pub async fn list_topics(config: &KafkaConfig) -> Result<Vec<TopicInfo>, BusError> {
    let brokers = config.brokers.clone();
    tokio::task::spawn_blocking(move || {
        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &brokers)
            .create()
            .map_err(|e| admin_error(format!("cannot create client: {e}")))?;
        let metadata = consumer
            .fetch_metadata(None, Duration::from_secs(10))
            .map_err(|e| admin_error(format!("cannot fetch metadata from {brokers}: {e}")))?;
        let mut topics: Vec<TopicInfo> = metadata
            .topics()
            .iter()
            .map(|t| TopicInfo {
                name: t.name().to_owned(),
                partitions: t.partitions().len(),
            })
            .collect();
        topics.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(topics)
    })
    .await
    .map_err(|e| admin_error(format!("metadata task failed: {e}")))?
}
