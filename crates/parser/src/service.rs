//! The parser stage: consume raw pages, publish articles, dead-letter failures.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::Utc;
use tokio::sync::Semaphore;
use tracing::{Instrument, debug, error, info_span, warn};
use vnportal_bus::{Bus, BusError, Delivery, Message, Topics, dead_letter};
use vnportal_model::{RawPage, SelectorOverrides};

use crate::{Overrides, ParseError, SelectorError, parse_page_with};

#[derive(Debug, Default)]
struct Counters {
    received: AtomicU64,
    articles: AtomicU64,
    not_articles: AtomicU64,
    dead_lettered: AtomicU64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParserStats {
    pub received: u64,
    pub articles: u64,
    pub not_articles: u64,
    pub dead_lettered: u64,
}

/// How much of the parser runs at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Concurrency {
    /// Pages parsed at the same time (CPU-bound work): about one per core.
    pub workers: usize,
    /// Deliveries in progress at the same time: parsing, publishing or
    /// waiting for the broker's acknowledgement.
    pub in_flight: usize,
}

impl Concurrency {
    pub fn new(workers: usize, in_flight: usize) -> Concurrency {
        Concurrency { workers, in_flight }
    }
}

pub struct ParserService {
    bus: Arc<dyn Bus>,
    topics: Topics,
    counters: Counters,
    /// Compiled selector overrides by portal id.
    overrides: HashMap<String, Arc<Overrides>>,
}

/// A portal whose selector overrides do not compile.
#[derive(Debug, thiserror::Error)]
#[error("portal `{portal}`: {source}")]
pub struct OverridesError {
    pub portal: String,
    #[source]
    pub source: SelectorError,
}

impl ParserService {
    /// A parser with the generic rules and platform adapters only.
    pub fn new(bus: Arc<dyn Bus>, topics: Topics) -> Arc<ParserService> {
        Self::build(bus, topics, HashMap::new())
    }

    fn build(bus: Arc<dyn Bus>, topics: Topics, overrides: HashMap<String, Arc<Overrides>>) -> Arc<ParserService> {
        Arc::new(ParserService {
            bus,
            topics,
            counters: Counters::default(),
            overrides,
        })
    }

    /// A parser that applies each portal's selector overrides (portal id →
    /// `Portal.selectors` from the registry) to that portal's pages. Compiles
    /// every selector up front: an invalid one fails here, not per page.
    pub fn with_overrides(
        bus: Arc<dyn Bus>,
        topics: Topics,
        overrides: &HashMap<String, SelectorOverrides>,
    ) -> Result<Arc<ParserService>, OverridesError> {
        let compiled = overrides
            .iter()
            .filter(|(_, s)| !s.is_empty())
            .map(|(portal, s)| {
                Overrides::compile(s)
                    .map(|o| (portal.clone(), Arc::new(o)))
                    .map_err(|source| OverridesError {
                        portal: portal.clone(),
                        source,
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(Self::build(bus, topics, compiled))
    }

    pub fn stats(&self) -> ParserStats {
        let c = &self.counters;
        ParserStats {
            received: c.received.load(Ordering::Relaxed),
            articles: c.articles.load(Ordering::Relaxed),
            not_articles: c.not_articles.load(Ordering::Relaxed),
            dead_lettered: c.dead_lettered.load(Ordering::Relaxed),
        }
    }

    /// Consumes group `group` until the bus closes, with up to
    /// `concurrency.in_flight` deliveries in progress at once and at most
    /// `concurrency.workers` pages being parsed at once.
    ///
    /// Why one subscription with many deliveries in flight rather than one
    /// consumer per worker: publishing an article waits for the broker's
    /// acknowledgement (milliseconds), so a worker that handles one page at a
    /// time spends most of its time waiting. Acknowledgements may complete in
    /// any order; the bus stores an offset only once every earlier one is done.
    pub async fn run(self: Arc<Self>, group: &str, concurrency: Concurrency) -> Result<(), BusError> {
        let mut sub = self.bus.subscribe(&self.topics.raw_pages, group).await?;
        let cpu = Arc::new(Semaphore::new(concurrency.workers.max(1)));
        let in_flight = concurrency.in_flight.max(1);
        let mut tasks = tokio::task::JoinSet::new();
        while let Some(next) = sub.recv().await {
            match next {
                Ok(delivery) => {
                    if tasks.len() >= in_flight {
                        tasks.join_next().await;
                    }
                    let (service, cpu) = (Arc::clone(&self), Arc::clone(&cpu));
                    tasks.spawn(async move { service.handle(delivery, &cpu).await });
                }
                Err(error) => warn!(message = "Failed to consume.", %error),
            }
            // Reap finished handlers so the set does not grow with the backlog.
            while tasks.try_join_next().is_some() {}
        }
        while tasks.join_next().await.is_some() {}
        Ok(())
    }

    async fn handle(&self, delivery: Delivery, cpu: &Semaphore) {
        self.counters.received.fetch_add(1, Ordering::Relaxed);
        let Delivery { message, ack, .. } = delivery;
        let url = message.key.clone().unwrap_or_default();
        let portal = message.header("portal_id").unwrap_or("").to_owned();
        let span = info_span!("parse", portal = %portal, url = %url);
        let outcome = async {
            let raw = match RawPage::decode(&message.headers, message.payload.clone()) {
                Ok(raw) => raw,
                Err(e) => return Err(e.to_string()),
            };
            let overrides = self.overrides.get(&raw.portal_id).cloned();
            // The semaphore is never closed, so acquiring only fails if it were.
            let permit = cpu.acquire().await.map_err(|e| e.to_string())?;
            let parsed = tokio::task::spawn_blocking(move || {
                let none = Overrides::none();
                parse_page_with(&raw, overrides.as_deref().unwrap_or(&none), Utc::now())
            })
            .await
            .map_err(|e| format!("parser panicked: {e}"))?;
            drop(permit);
            match parsed {
                Ok(article) => {
                    let out = Message::new(article.content_hash.clone(), article.to_json())
                        .with_header("schema_version", article.schema_version.to_string())
                        .with_header("portal_id", article.portal_id.clone());
                    self.bus
                        .publish(&self.topics.articles, out)
                        .await
                        .map_err(|e| e.to_string())?;
                    self.counters.articles.fetch_add(1, Ordering::Relaxed);
                    debug!(message = "Article parsed.", content_hash = %article.content_hash);
                    Ok(())
                }
                Err(ParseError::NotArticle(reason)) => {
                    self.counters.not_articles.fetch_add(1, Ordering::Relaxed);
                    debug!(message = "Not an article.", %reason);
                    Ok(())
                }
                Err(e) => Err(e.to_string()),
            }
        }
        .instrument(span.clone())
        .await;
        if let Err(reason) = outcome {
            let _enter = span.enter();
            warn!(message = "Failed to parse; dead-lettering.", %reason);
            let dlq = dead_letter(&message, &self.topics.raw_pages, "parser", &reason, Utc::now());
            if let Err(error) = self.bus.publish(&self.topics.dlq, dlq).await {
                // Not acknowledged: a durable bus redelivers it.
                error!(message = "Failed to dead-letter.", %error);
                return;
            }
            self.counters.dead_lettered.fetch_add(1, Ordering::Relaxed);
        }
        ack.ack();
    }
}
