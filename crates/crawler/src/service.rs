//! The crawl loop: poll each portal's listings, fetch new articles, emit RawPages.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use tokio_util::sync::CancellationToken;
use tracing::{Instrument, debug, info, info_span, warn};
use url::Url;
use vnportal_bus::{Bus, Message};
use vnportal_model::RawPage;

use crate::config::{CrawlerConfig, Portal};
use crate::fetch::{FetchError, Fetched, Fetcher};
use crate::links::discover;
use crate::politeness::host_key;
use crate::robots::RobotsRules;
use crate::seen::SeenStore;

/// How long a host's robots.txt is trusted before it is fetched again.
const ROBOTS_TTL: Duration = Duration::from_secs(24 * 3600);

type RobotsSlot = Arc<tokio::sync::Mutex<Option<(Instant, Arc<RobotsRules>)>>>;

/// Counters over the crawler's lifetime.
#[derive(Debug, Default)]
struct Counters {
    listing_pages: AtomicU64,
    article_pages: AtomicU64,
    emitted: AtomicU64,
    robots_skipped: AtomicU64,
    errors: AtomicU64,
}

/// What one poll of one portal did (the global counters mix all portals).
#[derive(Debug, Default)]
struct Tally {
    listing_pages: u64,
    emitted: u64,
    errors: u64,
}

/// A snapshot of the crawler's counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CrawlStats {
    pub listing_pages: u64,
    pub article_pages: u64,
    pub emitted: u64,
    pub robots_skipped: u64,
    pub errors: u64,
    /// Every HTTP request sent, robots.txt and retries included.
    pub requests: u64,
}

pub struct Crawler {
    config: CrawlerConfig,
    portals: Vec<Portal>,
    fetcher: Arc<Fetcher>,
    robots: Mutex<HashMap<String, RobotsSlot>>,
    seen: SeenStore,
    bus: Arc<dyn Bus>,
    topic: String,
    counters: Counters,
}

#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
}

impl Crawler {
    pub fn new(
        config: CrawlerConfig,
        portals: Vec<Portal>,
        seen: SeenStore,
        bus: Arc<dyn Bus>,
        topic: impl Into<String>,
    ) -> Result<Crawler, CrawlError> {
        let fetcher = Fetcher::new(&config)?;
        Ok(Crawler {
            config,
            portals,
            fetcher,
            robots: Mutex::default(),
            seen,
            bus,
            topic: topic.into(),
            counters: Counters::default(),
        })
    }

    pub fn portals(&self) -> &[Portal] {
        &self.portals
    }

    pub fn stats(&self) -> CrawlStats {
        let c = &self.counters;
        CrawlStats {
            listing_pages: c.listing_pages.load(Ordering::Relaxed),
            article_pages: c.article_pages.load(Ordering::Relaxed),
            emitted: c.emitted.load(Ordering::Relaxed),
            robots_skipped: c.robots_skipped.load(Ordering::Relaxed),
            errors: c.errors.load(Ordering::Relaxed),
            requests: self.fetcher.requests_sent(),
        }
    }

    /// Polls every portal concurrently (hosts stay polite through the shared
    /// scheduler). With `once`, one pass each and return; otherwise repeat
    /// every poll interval until `shutdown`.
    pub async fn run(self: Arc<Self>, once: bool, shutdown: CancellationToken) {
        let mut tasks = tokio::task::JoinSet::new();
        for index in 0..self.portals.len() {
            let (crawler, shutdown) = (Arc::clone(&self), shutdown.clone());
            tasks.spawn(async move {
                let portal = &crawler.portals[index];
                let interval = portal
                    .poll_interval
                    .unwrap_or(Duration::from_secs(crawler.config.poll_interval_secs));
                loop {
                    crawler.poll(portal, &shutdown).await;
                    if once {
                        break;
                    }
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(interval) => {}
                    }
                }
            });
        }
        while let Some(result) = tasks.join_next().await {
            if let Err(error) = result {
                warn!(message = "Portal task failed.", %error);
            }
        }
    }

    /// One pass over a portal: its listings (with pagination), then every new article.
    pub async fn poll(&self, portal: &Portal, shutdown: &CancellationToken) {
        let started = Instant::now();
        let mut tally = Tally::default();
        for start in &portal.start_urls {
            let mut queue = VecDeque::from([start.clone()]);
            let mut visited = HashSet::new();
            while let Some(listing) = queue.pop_front() {
                if visited.len() >= self.config.max_listing_pages || shutdown.is_cancelled() {
                    break;
                }
                if !visited.insert(listing.to_string()) {
                    continue;
                }
                let Some(page) = self.fetch_allowed(portal, &listing, shutdown, &mut tally).await else {
                    continue;
                };
                self.counters.listing_pages.fetch_add(1, Ordering::Relaxed);
                tally.listing_pages += 1;
                let links = discover(&String::from_utf8_lossy(&page.body), &page.final_url, portal);
                debug!(message = "Listing parsed.", portal = %portal.id, url = %listing, articles = links.articles.len(), pages = links.listings.len());
                queue.extend(links.listings.into_iter().filter(|u| !visited.contains(u.as_str())));
                for article in links.articles {
                    if shutdown.is_cancelled() {
                        break;
                    }
                    self.crawl_article(portal, &article, shutdown, &mut tally).await;
                }
            }
        }
        info!(
            message = "Poll finished.",
            portal = %portal.id,
            listing_pages = tally.listing_pages,
            articles_emitted = tally.emitted,
            errors = tally.errors,
            elapsed_ms = started.elapsed().as_millis() as u64,
        );
    }

    async fn crawl_article(&self, portal: &Portal, url: &Url, shutdown: &CancellationToken, tally: &mut Tally) {
        match self.seen.contains(url.as_str()) {
            Ok(true) => return,
            Ok(false) => {}
            Err(error) => {
                self.error(tally);
                warn!(message = "Seen-set lookup failed; skipping.", %url, %error);
                return;
            }
        }
        let Some(page) = self.fetch_allowed(portal, url, shutdown, tally).await else {
            return;
        };
        self.counters.article_pages.fetch_add(1, Ordering::Relaxed);
        let raw = RawPage {
            url: url.to_string(),
            final_url: page.final_url.to_string(),
            portal_id: portal.id.clone(),
            fetched_at: page.fetched_at,
            status: page.status,
            charset: page.charset(),
            content_type: page.content_type,
            etag: page.etag,
            last_modified: page.last_modified,
            body: page.body,
        };
        let encoded = raw.encode();
        let message = Message {
            key: Some(encoded.key),
            headers: encoded.headers,
            payload: encoded.payload,
        }
        .with_header("schema_version", vnportal_model::SCHEMA_VERSION.to_string());
        if let Err(error) = self.bus.publish(&self.topic, message).await {
            // Not marked seen: the next poll tries again.
            self.error(tally);
            warn!(message = "Failed to emit page.", portal = %portal.id, %url, %error);
            return;
        }
        self.counters.emitted.fetch_add(1, Ordering::Relaxed);
        tally.emitted += 1;
        if let Err(error) = self
            .seen
            .insert(url.as_str(), &portal.id, raw.status, &Utc::now().to_rfc3339())
        {
            warn!(message = "Failed to record page as seen; it may be emitted again.", %url, %error);
        }
    }

    /// Fetches `url` if robots.txt allows it. Returns only 2xx pages; 404/410
    /// article URLs are remembered as seen, other failures are retried next poll.
    async fn fetch_allowed(
        &self,
        portal: &Portal,
        url: &Url,
        shutdown: &CancellationToken,
        tally: &mut Tally,
    ) -> Option<Fetched> {
        let robots = self.robots_for(portal, url).await;
        if !robots.allowed(url.as_str()) {
            self.counters.robots_skipped.fetch_add(1, Ordering::Relaxed);
            debug!(message = "Disallowed by robots.txt.", portal = %portal.id, %url);
            return None;
        }
        let delay = self.delay_for(portal, &robots);
        let span = info_span!("fetch", portal = %portal.id, %url);
        let result = tokio::select! {
            _ = shutdown.cancelled() => return None,
            result = self.fetcher.get(url, delay).instrument(span) => result,
        };
        match result {
            Ok(page) if page.is_success() => Some(page),
            Ok(page) => {
                self.error(tally);
                warn!(message = "Unexpected HTTP status.", portal = %portal.id, %url, status = page.status);
                if matches!(page.status, 404 | 410) {
                    let _ = self
                        .seen
                        .insert(url.as_str(), &portal.id, page.status, &Utc::now().to_rfc3339());
                }
                None
            }
            Err(error) => {
                self.error(tally);
                warn!(message = "Failed to fetch.", portal = %portal.id, %url, %error, kind = error.kind());
                None
            }
        }
    }

    fn error(&self, tally: &mut Tally) {
        self.counters.errors.fetch_add(1, Ordering::Relaxed);
        tally.errors += 1;
    }

    fn delay_for(&self, portal: &Portal, robots: &RobotsRules) -> Duration {
        let configured = portal
            .min_delay
            .unwrap_or(Duration::from_millis(self.config.min_delay_ms));
        robots.crawl_delay().map_or(configured, |d| d.max(configured))
    }

    /// The host's robots.txt rules, fetched at most once per TTL per host.
    async fn robots_for(&self, portal: &Portal, url: &Url) -> Arc<RobotsRules> {
        let key = host_key(url);
        let slot = {
            let mut map = self.robots.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(map.entry(key).or_default())
        };
        let mut slot = slot.lock().await;
        if let Some((at, rules)) = slot.as_ref()
            && at.elapsed() < ROBOTS_TTL
        {
            return Arc::clone(rules);
        }
        let rules = Arc::new(self.fetch_robots(portal, url).await);
        *slot = Some((Instant::now(), Arc::clone(&rules)));
        rules
    }

    async fn fetch_robots(&self, portal: &Portal, url: &Url) -> RobotsRules {
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        let delay = portal
            .min_delay
            .unwrap_or(Duration::from_millis(self.config.min_delay_ms));
        let span = info_span!("fetch", portal = %portal.id, url = %robots_url);
        match self.fetcher.get(&robots_url, delay).instrument(span).await {
            Ok(page) if page.is_success() => RobotsRules::from_body(self.config.robots_agent(), &page.body),
            Ok(page) if (400..500).contains(&page.status) => RobotsRules::AllowAll,
            Ok(page) => {
                warn!(message = "robots.txt unavailable; not crawling this host for now.", portal = %portal.id, url = %robots_url, status = page.status);
                RobotsRules::DisallowAll {
                    reason: format!("HTTP {}", page.status),
                }
            }
            Err(error) => {
                warn!(message = "robots.txt unreachable; not crawling this host for now.", portal = %portal.id, url = %robots_url, %error);
                RobotsRules::DisallowAll {
                    reason: error.to_string(),
                }
            }
        }
    }
}
