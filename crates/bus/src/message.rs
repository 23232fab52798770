use chrono::{DateTime, Utc};

/// A message on a topic: optional key, string headers, payload bytes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    pub key: Option<String>,
    pub headers: Vec<(String, String)>,
    pub payload: Vec<u8>,
}

impl Message {
    pub fn new(key: impl Into<String>, payload: Vec<u8>) -> Self {
        Message {
            key: Some(key.into()),
            headers: Vec::new(),
            payload,
        }
    }

    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Where a delivered message sits in its topic. Sinks that store offsets
/// with their data (exactly-once effect) read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

/// Marks one delivery as done. Dropping it unacknowledged means "not done":
/// a durable bus redelivers the message after a restart.
pub struct AckHandle(Option<Box<dyn FnOnce() + Send>>);

impl AckHandle {
    pub fn new(on_ack: impl FnOnce() + Send + 'static) -> Self {
        AckHandle(Some(Box::new(on_ack)))
    }

    pub fn ack(mut self) {
        if let Some(f) = self.0.take() {
            f()
        }
    }
}

impl std::fmt::Debug for AckHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AckHandle")
    }
}

/// A consumed message with its position and acknowledgement handle.
#[derive(Debug)]
pub struct Delivery {
    pub message: Message,
    pub position: Position,
    pub ack: AckHandle,
}

/// Header names of dead-letter records.
pub mod dlq_headers {
    /// The stage that failed: `crawler`, `parser` or `sink`.
    pub const STAGE: &str = "dlq.stage";
    /// Human-readable reason.
    pub const ERROR: &str = "dlq.error";
    /// RFC 3339 time of the failure.
    pub const TIME: &str = "dlq.time";
    /// Topic the failed input came from.
    pub const SOURCE_TOPIC: &str = "dlq.source_topic";
}

/// The dead-letter record for `original`: same key, payload and headers, plus
/// the stage, error, time and source topic.
pub fn dead_letter(original: &Message, source_topic: &str, stage: &str, error: &str, at: DateTime<Utc>) -> Message {
    original
        .clone()
        .with_header(dlq_headers::STAGE, stage)
        .with_header(dlq_headers::ERROR, error)
        .with_header(dlq_headers::TIME, at.to_rfc3339())
        .with_header(dlq_headers::SOURCE_TOPIC, source_topic)
}
