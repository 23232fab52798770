//! `vnportal crawl | parse | sink`: one stage per process, joined by Kafka.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use backon::{ExponentialBuilder, Retryable};
use tokio_util::sync::CancellationToken;
use tracing::{error, info, warn};
use vnportal_bus::kafka::ensure_topics;
use vnportal_bus::{Bus, KafkaBus, MeteredBus, MeteredSubscription};
use vnportal_crawler::{Crawler, Portal, SeenStore};
use vnportal_parser::ParserService;
use vnportal_sink::{PostgresAssignHook, PostgresWarehouse, SinkService};

use crate::config::AppConfig;
use crate::health::{self, Readiness};
use crate::pipeline::{cancel_on_signal, selector_overrides};

/// `--shard I/N`: this instance crawls the portals whose stable hash falls in
/// shard I of N, so one host is only ever polled by one instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("{s:?} is not I/N (e.g. 1/3)"))?;
        let (index, count): (u64, u64) = (
            i.trim().parse().map_err(|_| format!("bad shard index {i:?}"))?,
            n.trim().parse().map_err(|_| format!("bad shard count {n:?}"))?,
        );
        if count == 0 || index == 0 || index > count {
            return Err(format!("shard {s:?} must satisfy 1 <= I <= N"));
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// Shard of a portal (1-based): BLAKE3 of its id, so every instance agrees.
    pub fn of(portal_id: &str, count: u64) -> u64 {
        let hash = blake3::hash(portal_id.as_bytes());
        let first = u64::from_le_bytes(hash.as_bytes()[..8].try_into().expect("8 bytes"));
        first % count + 1
    }

    pub fn keeps(&self, portal: &Portal) -> bool {
        Self::of(&portal.id, self.count) == self.index
    }
}

/// Readiness, health server and signal handling common to the three services.
struct Service {
    ready: Readiness,
    shutdown: CancellationToken,
    stop_health: CancellationToken,
}

impl Service {
    async fn start(config: &AppConfig, listen: Option<std::net::SocketAddr>) -> Result<Service> {
        let ready = Readiness::default();
        let shutdown = CancellationToken::new();
        let stop_health = CancellationToken::new();
        cancel_on_signal(shutdown.clone());
        health::serve(
            listen.unwrap_or(config.service.listen),
            ready.clone(),
            stop_health.clone(),
        )
        .await?;
        Ok(Service {
            ready,
            shutdown,
            stop_health,
        })
    }
}

async fn kafka_bus(config: &AppConfig, service: &str) -> Result<KafkaBus> {
    let bus = KafkaBus::new(config.kafka.clone(), service)?;
    let topics = [
        config.topics.raw_pages.as_str(),
        config.topics.articles.as_str(),
        config.topics.dlq.as_str(),
    ];
    // Brokers may start after us (compose): keep trying, loudly.
    (|| ensure_topics(&config.kafka, &topics))
        .retry(ExponentialBuilder::default().with_max_delay(Duration::from_secs(10)).with_max_times(30))
        .notify(|error, pause| warn!(message = "Kafka not reachable; retrying.", brokers = %config.kafka.brokers, %error, retry_in_ms = pause.as_millis() as u64))
        .await
        .with_context(|| format!("cannot reach Kafka at {}", config.kafka.brokers))?;
    Ok(bus)
}

/// Stops `bus`'s subscriptions when shutdown is requested, lets `work`
/// finish within the shutdown timeout, then closes the bus and the health
/// server. `hard_stop` interrupts work that outlives the timeout.
async fn drain<T>(
    svc: &Service,
    bus: &KafkaBus,
    work: tokio::task::JoinHandle<T>,
    timeout: Duration,
    hard_stop: &CancellationToken,
) -> Option<T> {
    let stop = tokio::spawn({
        let (shutdown, bus) = (svc.shutdown.clone(), bus.clone());
        async move {
            shutdown.cancelled().await;
            bus.stop_consuming();
        }
    });
    let result = finish(work, &svc.shutdown, timeout).await;
    hard_stop.cancel();
    stop.abort();
    bus.close().await;
    svc.stop_health.cancel();
    result
}

/// Waits for `work`, giving it `timeout` after shutdown was requested.
async fn finish<T>(work: tokio::task::JoinHandle<T>, shutdown: &CancellationToken, timeout: Duration) -> Option<T> {
    let mut work = work;
    tokio::select! {
        r = &mut work => return r.ok(),
        _ = shutdown.cancelled() => {}
    }
    match tokio::time::timeout(timeout, &mut work).await {
        Ok(r) => r.ok(),
        Err(_) => {
            error!(
                message = "Shutdown timed out; exiting with work in flight (it will be redelivered).",
                timeout_s = timeout.as_secs()
            );
            work.abort();
            None
        }
    }
}

pub async fn crawl(
    config: &AppConfig,
    portals: Vec<Portal>,
    shard: Option<Shard>,
    once: bool,
    backfill_until: Option<chrono::NaiveDate>,
    listen: Option<std::net::SocketAddr>,
) -> Result<ExitCode> {
    let portals: Vec<Portal> = match shard {
        Some(s) => portals.into_iter().filter(|p| s.keeps(p)).collect(),
        None => portals,
    };
    info!(message = "Crawling.", portals = portals.len(), shard = ?shard);
    let svc = Service::start(config, listen).await?;
    let bus = kafka_bus(config, "crawl").await?;
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
    let seen = SeenStore::open(&config.crawl_state_path())?;
    let mut crawler = Crawler::new(
        config.crawler.clone(),
        portals,
        seen,
        MeteredBus::new(Arc::new(bus.clone()), "crawler") as Arc<dyn Bus>,
        config.topics.raw_pages.clone(),
    )?;
    if let Some(date) = backfill_until {
        crawler = crawler.with_backfill_until(date);
    }
    let crawler = Arc::new(crawler);
    svc.ready.set(true);
    // The crawler stops fetching at once on shutdown; what it emitted is already acknowledged by Kafka.
    Arc::clone(&crawler).run(once, svc.shutdown.clone()).await;
    bus.close().await;
    svc.stop_health.cancel();
    let stats = crawler.stats();
    info!(
        message = "Crawler stopped.",
        requests = stats.requests,
        emitted = stats.emitted,
        errors = stats.errors
    );
    Ok(ExitCode::SUCCESS)
}

pub async fn parse(config: &AppConfig, listen: Option<std::net::SocketAddr>) -> Result<ExitCode> {
    let svc = Service::start(config, listen).await?;
    let bus = kafka_bus(config, "parse").await?;
    // Per-portal selector overrides come from the registry.
    let overrides = selector_overrides(&vnportal_crawler::load_portals(&config.portals)?);
    let parser = ParserService::with_overrides(
        MeteredBus::new(Arc::new(bus.clone()), "parser"),
        config.topics.clone(),
        &overrides,
    )?;
    svc.ready.set(true);
    let work = tokio::spawn({
        let (parser, group, concurrency) = (
            Arc::clone(&parser),
            config.service.parser_group.clone(),
            config.parser.concurrency(),
        );
        async move { parser.run(&group, concurrency).await }
    });
    let timeout = Duration::from_secs(config.service.shutdown_timeout_secs);
    let result = drain(&svc, &bus, work, timeout, &CancellationToken::new()).await;
    if let Some(Err(e)) = result {
        return Err(e.into());
    }
    let stats = parser.stats();
    info!(
        message = "Parser stopped.",
        received = stats.received,
        articles = stats.articles,
        dead_lettered = stats.dead_lettered
    );
    Ok(ExitCode::SUCCESS)
}

pub async fn sink(config: &AppConfig, listen: Option<std::net::SocketAddr>) -> Result<ExitCode> {
    let svc = Service::start(config, listen).await?;
    let url = config.postgres.url.clone();
    // A database that is down at start is waited for, not fatal.
    let warehouse = (|| PostgresWarehouse::connect(&url))
        .retry(ExponentialBuilder::default().with_max_delay(Duration::from_secs(10)).without_max_times())
        .notify(|error, pause| warn!(message = "PostgreSQL not reachable; retrying.", %error, retry_in_ms = pause.as_millis() as u64))
        .await?;
    let bus = kafka_bus(config, "sink").await?;
    let group = config.service.sink_group.clone();
    let hook = Arc::new(PostgresAssignHook {
        warehouse: Arc::clone(&warehouse),
        group: group.clone(),
    });
    let sub = bus.subscribe_with(&config.topics.articles, &group, Some(hook)).await?;
    let sub = MeteredSubscription::wrap(sub, "sink", &config.topics.articles);
    let sink = SinkService::with_checkpoints(
        MeteredBus::new(Arc::new(bus.clone()), "sink"),
        config.topics.clone(),
        warehouse,
        config.sink.clone(),
    );
    svc.ready.set(true);
    // `hard_stop` interrupts a write that keeps failing; a normal shutdown
    // lets the batch in hand reach the database first.
    let hard_stop = CancellationToken::new();
    let work = tokio::spawn({
        let (sink, hard_stop) = (Arc::clone(&sink), hard_stop.clone());
        async move { sink.run_subscription(sub, &group, hard_stop).await }
    });
    let timeout = Duration::from_secs(config.service.shutdown_timeout_secs);
    let result = drain(&svc, &bus, work, timeout, &hard_stop).await;
    if let Some(Err(e)) = result {
        return Err(e.into());
    }
    let stats = sink.stats();
    info!(
        message = "Sink stopped.",
        received = stats.received,
        new_articles = stats.new_articles,
        write_errors = stats.write_errors
    );
    Ok(ExitCode::SUCCESS)
}

/// `vnportal topics`: lists the cluster's topics; `--create` creates ours first.
pub async fn topics(config: &AppConfig, create: bool) -> Result<ExitCode> {
    let ours = [
        config.topics.raw_pages.as_str(),
        config.topics.articles.as_str(),
        config.topics.dlq.as_str(),
    ];
    if create {
        let created = ensure_topics(&config.kafka, &ours).await?;
        for t in &created {
            println!("created {t}");
        }
    }
    let all = vnportal_bus::kafka::list_topics(&config.kafka).await?;
    println!("{:<40} {:>10}", "topic", "partitions");
    for t in &all {
        println!("{:<40} {:>10}", t.name, t.partitions);
    }
    let missing: Vec<&str> = ours
        .iter()
        .copied()
        .filter(|o| !all.iter().any(|t| t.name == *o))
        .collect();
    if !missing.is_empty() {
        eprintln!("missing: {} (run `vnportal topics --create`)", missing.join(", "));
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_partition_portals() {
        assert_eq!("2/3".parse::<Shard>().unwrap(), Shard { index: 2, count: 3 });
        for bad in ["0/3", "4/3", "1/0", "x", "1/x"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
        // Every portal lands in exactly one shard, and the same one every time.
        let ids: Vec<String> = (0..200).map(|i| format!("portal-{i}")).collect();
        let mut counts = [0; 3];
        for id in &ids {
            let s = Shard::of(id, 3);
            assert_eq!(s, Shard::of(id, 3));
            counts[(s - 1) as usize] += 1;
        }
        assert_eq!(counts.iter().sum::<i32>(), 200);
        assert!(counts.iter().all(|&c| c > 40), "roughly even: {counts:?}");
    }
}
