//! `vnportal run`: crawler, parser and sink in one process over the in-memory bus.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};
use vnportal_bus::{Bus, MemoryBus};
use vnportal_crawler::{CrawlStats, Crawler, Portal, SeenStore};
use vnportal_model::SelectorOverrides;
use vnportal_parser::{ParserService, ParserStats};
use vnportal_sink::{SinkService, SinkStats, SqliteWarehouse};

use crate::config::AppConfig;
use crate::dead_letters;

/// What one run did.
#[derive(Debug, Clone)]
pub struct RunReport {
    pub crawl: CrawlStats,
    pub parse: ParserStats,
    pub sink: SinkStats,
    pub dead_letters: u64,
    pub elapsed: Duration,
    /// False when the drain timed out and work was left in flight.
    pub drained: bool,
}

/// Runs the three stages until the crawler finishes (`once`) or `shutdown`
/// fires, then drains: everything the crawler emitted is parsed and written
/// before returning, within `bus.drain_timeout_secs`.
pub async fn run_embedded(
    config: &AppConfig,
    portals: Vec<Portal>,
    once: bool,
    shutdown: CancellationToken,
) -> Result<RunReport> {
    let started = Instant::now();
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create data directory {}", config.data_dir.display()))?;
    let memory = MemoryBus::new(config.bus.capacity);
    let bus: Arc<dyn Bus> = Arc::new(memory.clone());
    let warehouse = SqliteWarehouse::open(&config.warehouse_path())
        .with_context(|| format!("cannot open warehouse {}", config.warehouse_path().display()))?;
    let seen = SeenStore::open(&config.crawl_state_path())
        .with_context(|| format!("cannot open crawl state {}", config.crawl_state_path().display()))?;

    // Consumers first, so nothing waits in a backlog.
    let sink_stop = CancellationToken::new();
    let sink = SinkService::new(
        Arc::clone(&bus),
        config.topics.clone(),
        Arc::new(warehouse),
        config.sink.clone(),
    );
    let sink_task = tokio::spawn({
        let (sink, stop) = (Arc::clone(&sink), sink_stop.clone());
        async move { sink.run("vnportal-sink", stop).await }
    });
    let parser = ParserService::with_overrides(Arc::clone(&bus), config.topics.clone(), &selector_overrides(&portals))?;
    let parser_task = tokio::spawn({
        let (parser, concurrency) = (Arc::clone(&parser), config.parser.concurrency());
        async move { parser.run("vnportal-parser", concurrency).await }
    });
    let dlq_task = tokio::spawn(dead_letters::record(
        Arc::clone(&bus),
        config.topics.dlq.clone(),
        config.dead_letter_path(),
    ));

    let crawler = Arc::new(
        Crawler::new(
            config.crawler.clone(),
            portals,
            seen,
            Arc::clone(&bus),
            config.topics.raw_pages.clone(),
        )
        .context("cannot start the crawler")?,
    );
    Arc::clone(&crawler).run(once, shutdown.clone()).await;

    info!(
        message = "Crawling stopped; draining in-flight work.",
        outstanding = memory.outstanding()
    );
    let drain = Duration::from_secs(config.bus.drain_timeout_secs);
    let drained = tokio::time::timeout(drain, memory.wait_idle()).await.is_ok();
    if !drained {
        warn!(
            message = "Drain timed out; in-flight work is dropped.",
            outstanding = memory.outstanding()
        );
        sink_stop.cancel();
    }
    memory.close().await;
    parser_task.await.context("parser task failed")??;
    sink_task.await.context("sink task failed")??;
    let dead_letters = dlq_task.await.context("dead-letter task failed")??;
    Ok(RunReport {
        crawl: crawler.stats(),
        parse: parser.stats(),
        sink: sink.stats(),
        dead_letters,
        elapsed: started.elapsed(),
        drained,
    })
}

/// The parser's per-portal selector overrides, from the registry.
pub fn selector_overrides(portals: &[Portal]) -> HashMap<String, SelectorOverrides> {
    portals.iter().map(|p| (p.id.clone(), p.selectors.clone())).collect()
}

/// Cancels `token` on Ctrl-C or SIGTERM.
pub fn cancel_on_signal(token: CancellationToken) {
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(e) => {
                    warn!(message = "Cannot listen for SIGTERM.", error = %e);
                    let _ = tokio::signal::ctrl_c().await;
                    token.cancel();
                    return;
                }
            };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        info!(message = "Shutdown requested; finishing in-flight work.");
        token.cancel();
    });
}
