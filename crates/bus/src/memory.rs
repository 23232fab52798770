//! In-process bus: bounded queues per (topic, group), for `vnportal run`.
//!
//! Nothing survives the process. Publishing blocks while a group's queue is
//! full, which gives the whole pipeline backpressure. Messages published
//! before any group subscribed wait in a backlog for the first group.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;
use tokio::sync::{Mutex, watch};

use crate::{AckHandle, Bus, BusError, Delivery, Message, Position, Subscription};

type Entry = (Message, Position);

#[derive(Clone)]
pub struct MemoryBus {
    inner: Arc<Inner>,
}

struct Inner {
    capacity: usize,
    topics: Mutex<HashMap<String, Topic>>,
    /// Deliveries handed out or queued but not yet acknowledged.
    outstanding: AtomicU64,
    /// Bumped whenever `outstanding` reaches zero, to wake [`MemoryBus::wait_idle`].
    idle: watch::Sender<u64>,
    closed: watch::Sender<bool>,
}

#[derive(Default)]
struct Topic {
    next_offset: i64,
    groups: HashMap<String, (async_channel::Sender<Entry>, async_channel::Receiver<Entry>)>,
    backlog: Vec<Entry>,
}

impl MemoryBus {
    /// A bus whose per-group queues hold at most `capacity` messages.
    pub fn new(capacity: usize) -> Self {
        MemoryBus {
            inner: Arc::new(Inner {
                capacity: capacity.max(1),
                topics: Mutex::default(),
                outstanding: AtomicU64::new(0),
                idle: watch::Sender::new(0),
                closed: watch::Sender::new(false),
            }),
        }
    }

    /// Messages published (to every group) and not yet acknowledged.
    pub fn outstanding(&self) -> u64 {
        self.inner.outstanding.load(Ordering::SeqCst)
    }

    /// Waits until every published message has been acknowledged. Stages ack
    /// an input only after publishing its outputs, so once producers have
    /// stopped, idle means the whole pipeline has drained.
    pub async fn wait_idle(&self) {
        let mut rx = self.inner.idle.subscribe();
        while self.outstanding() != 0 {
            if rx.changed().await.is_err() {
                return;
            }
        }
    }

    /// Closes the bus: publishing fails, subscriptions end after their queue drains.
    pub async fn close(&self) {
        self.inner.closed.send_replace(true);
        for topic in self.inner.topics.lock().await.values() {
            for (tx, _) in topic.groups.values() {
                tx.close();
            }
        }
    }

    fn ack_handle(&self) -> AckHandle {
        let inner = Arc::clone(&self.inner);
        AckHandle::new(move || inner.done())
    }
}

impl Inner {
    fn done(&self) {
        if self.outstanding.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.idle.send_modify(|n| *n += 1);
        }
    }
}

#[async_trait]
impl Bus for MemoryBus {
    async fn publish(&self, topic: &str, message: Message) -> Result<(), BusError> {
        if *self.inner.closed.borrow() {
            return Err(BusError::Closed);
        }
        let senders = {
            let mut topics = self.inner.topics.lock().await;
            let t = topics.entry(topic.to_owned()).or_default();
            let position = Position {
                topic: topic.to_owned(),
                partition: 0,
                offset: t.next_offset,
            };
            t.next_offset += 1;
            if t.groups.is_empty() {
                self.inner.outstanding.fetch_add(1, Ordering::SeqCst);
                t.backlog.push((message, position));
                return Ok(());
            }
            let senders: Vec<_> = t.groups.values().map(|(tx, _)| tx.clone()).collect();
            self.inner.outstanding.fetch_add(senders.len() as u64, Ordering::SeqCst);
            (senders, message, position)
        };
        let (senders, message, position) = senders;
        // Counted before sending so a fast consumer's ack never runs ahead of
        // the count; the guard releases what was not sent if this future
        // fails or is cancelled.
        let mut unsent = Unsent {
            inner: &self.inner,
            count: senders.len(),
        };
        for tx in senders {
            if tx.send((message.clone(), position.clone())).await.is_err() {
                return Err(BusError::Closed);
            }
            unsent.count -= 1;
        }
        Ok(())
    }

    async fn subscribe(&self, topic: &str, group: &str) -> Result<Box<dyn Subscription>, BusError> {
        let mut topics = self.inner.topics.lock().await;
        let t = topics.entry(topic.to_owned()).or_default();
        let rx = match t.groups.get(group) {
            Some((_, rx)) => rx.clone(),
            None => {
                // The backlog goes to the first group; an unbounded queue for
                // it would defeat backpressure, so size the channel to fit.
                let backlog = std::mem::take(&mut t.backlog);
                let (tx, rx) = async_channel::bounded(self.inner.capacity.max(backlog.len()));
                for entry in backlog {
                    tx.try_send(entry).expect("channel sized for the backlog");
                }
                if *self.inner.closed.borrow() {
                    tx.close();
                }
                t.groups.insert(group.to_owned(), (tx, rx.clone()));
                rx
            }
        };
        Ok(Box::new(MemorySubscription { bus: self.clone(), rx }))
    }
}

struct Unsent<'a> {
    inner: &'a Inner,
    count: usize,
}

impl Drop for Unsent<'_> {
    fn drop(&mut self) {
        for _ in 0..self.count {
            self.inner.done();
        }
    }
}

struct MemorySubscription {
    bus: MemoryBus,
    rx: async_channel::Receiver<Entry>,
}

#[async_trait]
impl Subscription for MemorySubscription {
    async fn recv(&mut self) -> Option<Result<Delivery, BusError>> {
        let (message, position) = self.rx.recv().await.ok()?;
        Some(Ok(Delivery {
            message,
            position,
            ack: self.bus.ack_handle(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn every_group_sees_every_message_and_members_share() {
        let bus = MemoryBus::new(8);
        let mut a1 = bus.subscribe("t", "a").await.unwrap();
        let mut a2 = bus.subscribe("t", "a").await.unwrap();
        let mut b = bus.subscribe("t", "b").await.unwrap();
        for i in 0..4 {
            bus.publish("t", Message::new(format!("k{i}"), vec![i])).await.unwrap();
        }
        assert_eq!(bus.outstanding(), 8);
        let mut seen_a = Vec::new();
        for _ in 0..2 {
            for sub in [&mut a1, &mut a2] {
                let d = sub.recv().await.unwrap().unwrap();
                seen_a.push(d.position.offset);
                d.ack.ack();
            }
        }
        seen_a.sort();
        assert_eq!(seen_a, vec![0, 1, 2, 3]);
        for i in 0..4 {
            let d = b.recv().await.unwrap().unwrap();
            assert_eq!(d.message.payload, vec![i]);
            d.ack.ack();
        }
        assert_eq!(bus.outstanding(), 0);
    }

    #[tokio::test]
    async fn backlog_reaches_the_first_group_and_wait_idle_waits_for_acks() {
        let bus = MemoryBus::new(1);
        for i in 0..3 {
            bus.publish("t", Message::new("k", vec![i])).await.unwrap();
        }
        let mut sub = bus.subscribe("t", "g").await.unwrap();
        let waiter = tokio::spawn({
            let bus = bus.clone();
            async move { bus.wait_idle().await }
        });
        for i in 0..3 {
            let d = sub.recv().await.unwrap().unwrap();
            assert_eq!(d.message.payload, vec![i]);
            assert!(!waiter.is_finished());
            d.ack.ack();
        }
        tokio::time::timeout(Duration::from_secs(5), waiter)
            .await
            .unwrap()
            .unwrap();
    }

    #[tokio::test]
    async fn close_ends_subscriptions_after_draining() {
        let bus = MemoryBus::new(4);
        let mut sub = bus.subscribe("t", "g").await.unwrap();
        bus.publish("t", Message::new("k", vec![1])).await.unwrap();
        bus.close().await;
        assert!(matches!(
            bus.publish("t", Message::default()).await,
            Err(BusError::Closed)
        ));
        sub.recv().await.unwrap().unwrap().ack.ack();
        assert!(sub.recv().await.is_none());
    }

    #[tokio::test]
    async fn full_queue_applies_backpressure() {
        let bus = MemoryBus::new(1);
        let mut sub = bus.subscribe("t", "g").await.unwrap();
        bus.publish("t", Message::default()).await.unwrap();
        let blocked = tokio::time::timeout(Duration::from_millis(50), bus.publish("t", Message::default())).await;
        assert!(blocked.is_err(), "second publish must wait for room");
        sub.recv().await.unwrap().unwrap().ack.ack();
        assert_eq!(bus.outstanding(), 0, "a cancelled publish leaves no count behind");
        bus.publish("t", Message::default()).await.unwrap();
    }
}
