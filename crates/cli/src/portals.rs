//! `vnportal portals check` and `vnportal portals status`.
//!
//! * `check` probes every portal of the registry from this machine
//!   (robots.txt, the first start URL, the platform it runs, the feeds and
//!   sitemaps it announces) and prints a health table: this is how ops
//!   verify the registry on their own network. Exits non-zero if any portal
//!   is not `ok`.
//! * `status` prints what the crawl state knows about each portal: circuit
//!   breaker, last poll, pages emitted, URLs seen, permanent moves.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use vnportal_crawler::fetch::Fetcher;
use vnportal_crawler::health::{self, PortalHealth, Probe};
use vnportal_crawler::{BreakerState, CrawlState, Portal};

use crate::config::AppConfig;

/// Probes the registry's portals (all, or those whose id is in `only`),
/// `parallel` at a time, and prints the health table on stdout.
pub async fn check(config: &AppConfig, only: &[String], parallel: usize) -> Result<ExitCode> {
    let portals: Vec<Portal> = vnportal_crawler::load_portals(&config.portals)?
        .into_iter()
        .filter(|p| only.is_empty() || only.contains(&p.id))
        .collect();
    let unknown: Vec<&String> = only.iter().filter(|id| !portals.iter().any(|p| &p.id == *id)).collect();
    anyhow::ensure!(
        unknown.is_empty(),
        "no enabled portal with id {unknown:?} in {}",
        config.portals.display()
    );
    let fetcher = Fetcher::new(&config.crawler).context("cannot build the HTTP client")?;
    let crawler_config = Arc::new(config.crawler.clone());
    // Distinct hosts mostly, so several probes at once; the fetcher keeps
    // each host polite anyway.
    let slots = Arc::new(tokio::sync::Semaphore::new(parallel.max(1)));
    let mut tasks = tokio::task::JoinSet::new();
    for (index, portal) in portals.into_iter().enumerate() {
        let (fetcher, crawler_config, slots) = (Arc::clone(&fetcher), Arc::clone(&crawler_config), Arc::clone(&slots));
        tasks.spawn(async move {
            let _slot = slots.acquire_owned().await;
            let health = health::check(&fetcher, &crawler_config, &portal).await;
            (index, portal, health)
        });
    }
    let mut results: Vec<(usize, Portal, PortalHealth)> = Vec::new();
    while let Some(done) = tasks.join_next().await {
        results.push(done.context("a probe task failed")?);
    }
    results.sort_by_key(|(index, _, _)| *index);
    let results: Vec<(Portal, PortalHealth)> = results.into_iter().map(|(_, p, h)| (p, h)).collect();

    println!(
        "{:<24} {:<4} {:<12} {:<14} {:<14} {:<22} {:>8} {:>5} {:>8}  verdict",
        "portal", "code", "flags", "robots.txt", "start url", "platform (reg/found)", "articles", "feeds", "sitemaps",
    );
    let mut all_ok = true;
    for (portal, h) in &results {
        let verdict = h.verdict();
        all_ok &= verdict == "ok";
        let flags = [
            portal.legacy.then_some("legacy"),
            portal.unverified.then_some("unverified"),
            portal.tls_insecure.then_some("tls-insecure"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(",");
        let platform = format!("{}/{}", portal.platform.as_str(), h.detected.as_str());
        let robots = match (&h.robots, h.crawl_delay) {
            (probe, Some(delay)) => format!("{} cd={}s", probe.summary(), delay.as_secs_f32()),
            (probe, None) => probe.summary(),
        };
        let mut line = format!(
            "{:<24} {:<4} {:<12} {:<14} {:<14} {:<22} {:>8} {:>5} {:>8}  {}",
            portal.id,
            portal.province_code.as_deref().unwrap_or("-"),
            flags,
            robots,
            h.start.summary(),
            platform,
            h.articles,
            h.feeds.len(),
            h.sitemaps.len(),
            verdict
        );
        if let Some(to) = &h.moved_to {
            line.push_str(&format!(" → {to}"));
        }
        if let Probe::Failed { message, .. } = &h.start
            && !message.is_empty()
        {
            line.push_str(&format!("  ({message})"));
        }
        println!("{line}");
    }
    let counts = results.iter().fold(BTreeMap::<&str, usize>::new(), |mut m, (_, h)| {
        *m.entry(h.verdict()).or_default() += 1;
        m
    });
    let summary: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
    println!("\n{} portals: {}", results.len(), summary.join(", "));
    Ok(if all_ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Prints the crawl state of every portal (registry order, then portals
/// only the state knows). Reads `<data_dir>/crawl_state.sqlite`; never creates it.
pub fn status(config: &AppConfig) -> Result<ExitCode> {
    let path = config.crawl_state_path();
    if !Path::new(&path).exists() {
        println!("No crawl state at {} yet: nothing has been crawled.", path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let state = CrawlState::open(&path).with_context(|| format!("cannot open crawl state {}", path.display()))?;
    let registry: Vec<String> = vnportal_crawler::load_portals(&config.portals)
        .map(|ps| ps.into_iter().map(|p| p.id).collect())
        .unwrap_or_default();
    let breakers: BTreeMap<String, _> = state.breakers()?.into_iter().collect();
    let polls: BTreeMap<String, _> = state.polls()?.into_iter().map(|p| (p.portal_id.clone(), p)).collect();
    let seen: BTreeMap<String, u64> = state.seen_counts()?.into_iter().collect();
    let moves = state.moves()?;
    let mut ids = registry.clone();
    for id in breakers.keys().chain(polls.keys()).chain(seen.keys()) {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }

    println!(
        "{:<24} {:<18} {:<17} {:<17} {:>7} {:>8}  last error",
        "portal", "breaker", "last poll", "last success", "emitted", "seen"
    );
    for id in &ids {
        let breaker = breakers.get(id);
        let poll = polls.get(id);
        let mut state_text = breaker.map_or("closed", |b| b.state.as_str()).to_owned();
        if let Some(b) = breaker
            && b.state == BreakerState::Open
            && let Some(until) = b.open_until
        {
            state_text = format!("open→{}", until.format("%m-%d %H:%M"));
        }
        let error = breaker
            .and_then(|b| b.last_error.clone())
            .filter(|_| breaker.is_some_and(|b| b.state != BreakerState::Closed))
            .or_else(|| poll.and_then(|p| p.last_error.clone()))
            .unwrap_or_default();
        let note = if registry.contains(id) {
            ""
        } else {
            " (not in registry)"
        };
        println!(
            "{:<24} {:<18} {:<17} {:<17} {:>7} {:>8}  {}{}",
            id,
            state_text,
            short_time(poll.and_then(|p| p.last_poll_at.as_deref())),
            short_time(poll.and_then(|p| p.last_ok_at.as_deref())),
            poll.map_or(0, |p| p.emitted),
            seen.get(id).copied().unwrap_or(0),
            truncate(&error, 100),
            note
        );
    }
    if !moves.is_empty() {
        println!("\nPermanent moves to another domain (not followed; update the registry):");
        for m in &moves {
            println!(
                "  {:<24} {} → {} (HTTP {}, first seen {}, last seen {})",
                m.portal_id, m.from_url, m.to_url, m.status, m.first_seen, m.last_seen
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `2026-11-21 21:20` (UTC) from an RFC 3339 timestamp.
fn short_time(text: Option<&str>) -> String {
    text.and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map_or_else(
            || "-".into(),
            |t| t.with_timezone(&chrono::Utc).format("%Y-%m-%d %H:%M").to_string(),
        )
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{cut}…")
}
