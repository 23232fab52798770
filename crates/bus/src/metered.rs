//! A [`Bus`] decorator that counts what a stage consumes and publishes:
//! `vnportal_messages_in_total{stage,topic}`,
//! `vnportal_messages_out_total{stage,topic}` and
//! `vnportal_errors_total{stage,kind="publish"|"consume"}`. The stages stay
//! unaware of metrics; the binary wraps the bus it hands them.

use std::sync::Arc;

use async_trait::async_trait;

use crate::{Bus, BusError, Delivery, Message, Subscription};

pub struct MeteredBus {
    inner: Arc<dyn Bus>,
    stage: &'static str,
}

impl MeteredBus {
    pub fn new(inner: Arc<dyn Bus>, stage: &'static str) -> Arc<MeteredBus> {
        Arc::new(MeteredBus { inner, stage })
    }

    fn error(&self, kind: &'static str) {
        metrics::counter!("vnportal_errors_total", "stage" => self.stage, "kind" => kind).increment(1);
    }
}

#[async_trait]
impl Bus for MeteredBus {
    async fn publish(&self, topic: &str, message: Message) -> Result<(), BusError> {
        let result = self.inner.publish(topic, message).await;
        match &result {
            Ok(()) => {
                metrics::counter!("vnportal_messages_out_total", "stage" => self.stage, "topic" => topic.to_owned())
                    .increment(1)
            }
            Err(_) => self.error("publish"),
        }
        result
    }

    async fn subscribe(&self, topic: &str, group: &str) -> Result<Box<dyn Subscription>, BusError> {
        let inner = self.inner.subscribe(topic, group).await?;
        Ok(Box::new(MeteredSubscription {
            inner,
            stage: self.stage,
            topic: topic.to_owned(),
        }))
    }
}

/// Counts deliveries of a subscription made elsewhere (e.g. Kafka with an assignment hook).
pub struct MeteredSubscription {
    inner: Box<dyn Subscription>,
    stage: &'static str,
    topic: String,
}

impl MeteredSubscription {
    pub fn wrap(inner: Box<dyn Subscription>, stage: &'static str, topic: &str) -> Box<dyn Subscription> {
        Box::new(MeteredSubscription {
            inner,
            stage,
            topic: topic.to_owned(),
        })
    }
}

#[async_trait]
impl Subscription for MeteredSubscription {
    async fn recv(&mut self) -> Option<Result<Delivery, BusError>> {
        let next = self.inner.recv().await;
        match &next {
            Some(Ok(_)) => {
                metrics::counter!("vnportal_messages_in_total", "stage" => self.stage, "topic" => self.topic.clone())
                    .increment(1)
            }
            Some(Err(_)) => {
                metrics::counter!("vnportal_errors_total", "stage" => self.stage, "kind" => "consume").increment(1)
            }
            None => {}
        }
        next
    }
}
