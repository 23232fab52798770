//! The crawl loop: for each portal, discover new articles (feeds, sitemaps,
//! paginated listings), fetch them and emit RawPages, behind the portal's
//! circuit breaker and the per-host scheduler.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use tokio_util::sync::CancellationToken;
use tracing::{Instrument, debug, info, info_span, warn};
use url::Url;
use vnportal_bus::{Bus, Message};
use vnportal_model::RawPage;

use crate::breaker::{Admission, Breaker, BreakerConfig, BreakerState, Failure};
use crate::config::{CrawlerConfig, Portal};
use crate::feeds;
use crate::fetch::{FetchError, Fetched, Fetcher, PortalPolicy, Request};
use crate::links::{PageLinks, discover, looks_like_article, page_number, same_site};
use crate::metrics as m;
use crate::robots::{RobotsCache, RobotsFetch, RobotsRules};
use crate::scheduler::{HostPolicy, host_key};
use crate::seen::{DUPLICATE_BODY, Validators, body_hash};
use crate::sitemap::{self, SitemapKind};
use crate::state::{CrawlState, PollRecord};

/// robots.txt bodies beyond this are cut (RFC 9309 asks for at least 500 KiB).
const ROBOTS_MAX_BYTES: usize = 512 * 1024;
/// An ordinary poll reads sitemap entries modified within this many days;
/// older ones are backfill's business.
const SITEMAP_RECENT_DAYS: i64 = 30;
/// Child sitemaps read from one sitemap index per poll.
const MAX_CHILD_SITEMAPS: usize = 50;

/// Counters over the crawler's lifetime.
#[derive(Debug, Default)]
struct Counters {
    listing_pages: AtomicU64,
    article_pages: AtomicU64,
    emitted: AtomicU64,
    robots_skipped: AtomicU64,
    errors: AtomicU64,
    not_modified: AtomicU64,
    duplicates: AtomicU64,
    breaker_skips: AtomicU64,
    moves: AtomicU64,
}

/// What one poll of one portal did (the global counters mix all portals).
#[derive(Debug, Default)]
struct Tally {
    listing_pages: u64,
    emitted: u64,
    errors: u64,
    fetched_any: bool,
    last_error: Option<String>,
    /// The breaker opened, or the portal asked for a long pause: stop this poll.
    tripped: bool,
}

/// A snapshot of the crawler's counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CrawlStats {
    pub listing_pages: u64,
    pub article_pages: u64,
    pub emitted: u64,
    pub robots_skipped: u64,
    pub errors: u64,
    /// Every HTTP request sent, robots.txt, retries and redirect hops included.
    pub requests: u64,
    /// Listing pages, feeds and sitemaps that answered 304 or an unchanged body.
    pub not_modified: u64,
    /// Article pages not emitted because their body equalled one already emitted.
    pub duplicates: u64,
    /// Polls skipped because the portal's circuit breaker was open.
    pub breaker_skips: u64,
    /// Permanent cross-domain redirects recorded.
    pub moves: u64,
}

pub struct Crawler {
    config: CrawlerConfig,
    portals: Vec<Portal>,
    fetcher: Arc<Fetcher>,
    robots: RobotsCache,
    seen: CrawlState,
    bus: Arc<dyn Bus>,
    topic: String,
    counters: Counters,
    breakers: Mutex<HashMap<String, Breaker>>,
    /// Feeds found on listing pages, per portal.
    found_feeds: Mutex<HashMap<String, Vec<Url>>>,
    backfill_until: Option<NaiveDate>,
}

#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    State(#[from] crate::state::StateError),
}

/// Where an article link came from; listings stop paging when nothing is new.
enum Handled {
    /// Emitted, or settled for good (404, duplicate body).
    Done,
    /// Already seen or disallowed: nothing new.
    Old,
    /// Failed; worth another try next poll.
    Failed,
}

impl Crawler {
    pub fn new(
        config: CrawlerConfig,
        portals: Vec<Portal>,
        seen: CrawlState,
        bus: Arc<dyn Bus>,
        topic: impl Into<String>,
    ) -> Result<Crawler, CrawlError> {
        let fetcher = Fetcher::new(&config)?;
        let robots = RobotsCache::new(
            config.robots_agent(),
            Duration::from_secs(config.robots_ttl_secs),
            Duration::from_secs(config.robots_error_ttl_secs),
        );
        let crawler = Crawler {
            config,
            portals,
            fetcher,
            robots,
            seen,
            bus,
            topic: topic.into(),
            counters: Counters::default(),
            breakers: Mutex::default(),
            found_feeds: Mutex::default(),
            backfill_until: None,
        };
        crawler.restore()?;
        Ok(crawler)
    }

    /// Walks listings back to `date` (`vnportal crawl --backfill-until`):
    /// paging goes on past pages with nothing new, until a page shows an
    /// article older than `date`; sitemap entries back to `date` are read.
    pub fn with_backfill_until(mut self, date: NaiveDate) -> Crawler {
        self.backfill_until = Some(date);
        self
    }

    /// Pins host names to addresses (still subject to the SSRF guard): for
    /// tests, benchmarks and split-horizon DNS.
    pub fn with_dns_overrides(mut self, overrides: HashMap<String, Vec<IpAddr>>) -> Result<Crawler, CrawlError> {
        self.fetcher = Fetcher::with_overrides(&self.config, overrides)?;
        self.restore()?;
        Ok(self)
    }

    /// Loads breakers and host figures saved by earlier runs; warns about
    /// portals that turn TLS verification off.
    fn restore(&self) -> Result<(), CrawlError> {
        let now = Utc::now();
        let saved: HashMap<String, _> = self.seen.breakers()?.into_iter().collect();
        let mut breakers = self.breakers.lock().unwrap_or_else(|e| e.into_inner());
        for portal in &self.portals {
            let breaker = Breaker::new(self.breaker_config(), saved.get(&portal.id).cloned(), now);
            m::breaker(&portal.id, breaker.state());
            breakers.insert(portal.id.clone(), breaker);
            if portal.tls_insecure {
                warn!(message = "TLS certificate verification is off for this portal.", portal = %portal.id);
            }
        }
        for (host, stats) in self.seen.hosts()? {
            self.fetcher
                .scheduler()
                .restore(&host, stats, self.config.host_concurrency);
        }
        Ok(())
    }

    fn breaker_config(&self) -> BreakerConfig {
        BreakerConfig {
            threshold: self.config.breaker_failures.max(1),
            min_probe: Duration::from_secs(self.config.breaker_probe_min_secs),
            max_probe: Duration::from_secs(
                self.config
                    .breaker_probe_max_secs
                    .max(self.config.breaker_probe_min_secs),
            ),
        }
    }

    pub fn portals(&self) -> &[Portal] {
        &self.portals
    }

    /// The crawl state (seen-set, validators, breakers, moves).
    pub fn state(&self) -> &CrawlState {
        &self.seen
    }

    pub fn breaker_state(&self, portal_id: &str) -> Option<BreakerState> {
        let breakers = self.breakers.lock().unwrap_or_else(|e| e.into_inner());
        breakers.get(portal_id).map(Breaker::state)
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
            not_modified: c.not_modified.load(Ordering::Relaxed),
            duplicates: c.duplicates.load(Ordering::Relaxed),
            breaker_skips: c.breaker_skips.load(Ordering::Relaxed),
            moves: c.moves.load(Ordering::Relaxed),
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

    /// One pass over a portal: feeds, sitemaps, then its listings (with
    /// pagination), fetching every new article as it is found.
    pub async fn poll(&self, portal: &Portal, shutdown: &CancellationToken) {
        let started = Instant::now();
        let mut tally = Tally::default();
        let admission = {
            let mut breakers = self.breakers.lock().unwrap_or_else(|e| e.into_inner());
            let breaker = breakers
                .entry(portal.id.clone())
                .or_insert_with(|| Breaker::new(self.breaker_config(), None, Utc::now()));
            let before = breaker.state();
            let admission = breaker.admit(Utc::now());
            if breaker.state() != before {
                info!(message = "Circuit half-open; probing the portal.", portal = %portal.id);
                m::breaker(&portal.id, breaker.state());
                self.save_breaker(&portal.id, breaker);
            }
            admission
        };
        if let Admission::Refused { until } = admission {
            self.counters.breaker_skips.fetch_add(1, Ordering::Relaxed);
            info!(message = "Portal skipped: circuit open.", portal = %portal.id, %until);
            return;
        }

        let mut new_articles = 0u64;
        for feed in self.feeds_of(portal) {
            if self.stopped(shutdown, &tally) {
                break;
            }
            new_articles += self.poll_feed(portal, &feed, shutdown, &mut tally).await;
        }
        for sitemap in self.sitemaps_of(portal, &mut tally).await {
            if self.stopped(shutdown, &tally) {
                break;
            }
            new_articles += self.poll_sitemap(portal, &sitemap, shutdown, &mut tally).await;
        }
        for start in &portal.start_urls {
            if self.stopped(shutdown, &tally) {
                break;
            }
            new_articles += self.walk_listing(portal, start, shutdown, &mut tally).await;
        }
        m::poll_duration(&portal.id, started.elapsed());
        self.save_poll(portal, &tally);
        info!(
            message = "Poll finished.",
            portal = %portal.id,
            listing_pages = tally.listing_pages,
            new_articles,
            articles_emitted = tally.emitted,
            errors = tally.errors,
            breaker = self.breaker_state(&portal.id).map_or("closed", BreakerState::as_str),
            elapsed_ms = started.elapsed().as_millis() as u64,
        );
    }

    fn stopped(&self, shutdown: &CancellationToken, tally: &Tally) -> bool {
        shutdown.is_cancelled() || tally.tripped
    }

    /// Walks one listing from `start`: pages in order, by "next" or the
    /// lowest unvisited page number. An ordinary poll stops at the first page
    /// with nothing new; a backfill goes on until a page shows an article
    /// older than the horizon.
    async fn walk_listing(&self, portal: &Portal, start: &Url, shutdown: &CancellationToken, tally: &mut Tally) -> u64 {
        let max_pages = match self.backfill_until {
            Some(_) => self.config.max_backfill_pages.max(1),
            None => self.config.max_listing_pages.max(1),
        };
        let mut visited: HashSet<String> = HashSet::new();
        let mut pending: BTreeMap<(u32, String), Url> = BTreeMap::new();
        let mut current = Some(start.clone());
        let mut found = 0;
        while let Some(listing) = current.take() {
            if visited.len() >= max_pages || self.stopped(shutdown, tally) {
                break;
            }
            visited.insert(listing.to_string());
            let validators = self.seen.validators(listing.as_str()).ok().flatten();
            let Some(page) = self
                .fetch_allowed(portal, &listing, validators.as_ref(), None, shutdown, tally)
                .await
            else {
                break;
            };
            self.counters.listing_pages.fetch_add(1, Ordering::Relaxed);
            tally.listing_pages += 1;
            let hash = body_hash(&page.body);
            if page.not_modified() || validators.as_ref().and_then(|v| v.body_hash.as_deref()) == Some(hash.as_str()) {
                self.counters.not_modified.fetch_add(1, Ordering::Relaxed);
                debug!(message = "Listing unchanged.", portal = %portal.id, url = %listing);
                if self.backfill_until.is_none() {
                    break;
                }
            }
            let links = if page.not_modified() {
                PageLinks::default()
            } else {
                discover(&String::from_utf8_lossy(&page.body), &page.final_url, portal)
            };
            self.remember_feeds(portal, &links.feeds);
            debug!(message = "Listing parsed.", portal = %portal.id, url = %listing, articles = links.articles.len(), pages = links.listings.len());
            let (mut new, mut failed) = (0, 0);
            for article in &links.articles {
                if self.stopped(shutdown, tally) {
                    break;
                }
                match self.crawl_article(portal, article, shutdown, tally).await {
                    Handled::Done => new += 1,
                    Handled::Failed => {
                        new += 1;
                        failed += 1;
                    }
                    Handled::Old => {}
                }
            }
            found += new;
            // Validators are saved once every new article of the page is
            // settled, so a 304 next time cannot hide a failed one.
            if failed == 0 && !page.not_modified() && !self.stopped(shutdown, tally) {
                let v = Validators {
                    etag: page.etag.clone(),
                    last_modified: page.last_modified.clone(),
                    body_hash: Some(hash),
                };
                if let Err(error) = self.seen.save_validators(listing.as_str(), &portal.id, &v) {
                    warn!(message = "Failed to save validators.", portal = %portal.id, url = %listing, %error);
                }
            }
            let go_on = match self.backfill_until {
                None => new > 0,
                Some(horizon) => links.oldest_date.is_none_or(|d| d >= horizon),
            };
            if !go_on {
                break;
            }
            for url in links.listings {
                if !visited.contains(url.as_str()) {
                    pending.insert((page_number(&url).unwrap_or(u32::MAX), url.to_string()), url);
                }
            }
            let here = page_number(&listing).unwrap_or(1);
            current = links.next.filter(|n| !visited.contains(n.as_str())).or_else(|| {
                let key = pending.keys().find(|(n, _)| *n > here).cloned()?;
                pending.remove(&key)
            });
        }
        found
    }

    async fn poll_feed(&self, portal: &Portal, feed: &Url, shutdown: &CancellationToken, tally: &mut Tally) -> u64 {
        let validators = self.seen.validators(feed.as_str()).ok().flatten();
        let Some(page) = self
            .fetch_allowed(portal, feed, validators.as_ref(), None, shutdown, tally)
            .await
        else {
            return 0;
        };
        if page.not_modified() {
            self.counters.not_modified.fetch_add(1, Ordering::Relaxed);
            return 0;
        }
        let items = match feeds::items(&page.body, &page.final_url) {
            Ok(items) => items,
            Err(error) => {
                self.error(portal, tally, "feed", &error.to_string());
                warn!(message = "Failed to parse feed.", portal = %portal.id, url = %feed, %error);
                return 0;
            }
        };
        let horizon = self.horizon();
        let mut found = 0;
        let mut failed = 0;
        for item in items {
            if self.stopped(shutdown, tally) {
                break;
            }
            if !same_site(&item.url, &portal.base_url) || item.published.is_some_and(|d| d < horizon) {
                continue;
            }
            match self.crawl_article(portal, &item.url, shutdown, tally).await {
                Handled::Done => found += 1,
                Handled::Failed => failed += 1,
                Handled::Old => {}
            }
        }
        if failed == 0 {
            self.save_page_validators(portal, feed, &page);
        }
        found + failed
    }

    /// Reads a sitemap (and, for an index, its recent children).
    async fn poll_sitemap(&self, portal: &Portal, url: &Url, shutdown: &CancellationToken, tally: &mut Tally) -> u64 {
        let mut queue = vec![url.clone()];
        let mut read = 0;
        let mut found = 0;
        while let Some(map_url) = queue.pop() {
            if read > MAX_CHILD_SITEMAPS || self.stopped(shutdown, tally) {
                break;
            }
            read += 1;
            let Some(entries) = self.read_sitemap(portal, &map_url, tally).await else {
                continue;
            };
            match entries {
                (SitemapKind::Index, children) => {
                    // Newest first; the index itself was read once.
                    for child in children.into_iter().rev() {
                        queue.push(child);
                    }
                }
                (SitemapKind::UrlSet, articles) => {
                    for article in articles {
                        if self.stopped(shutdown, tally) {
                            break;
                        }
                        if !matches!(
                            self.crawl_article(portal, &article, shutdown, tally).await,
                            Handled::Old
                        ) {
                            found += 1;
                        }
                    }
                }
            }
        }
        found
    }

    /// One sitemap file, streamed: its kind and the URLs worth following
    /// (child sitemaps, or unseen article URLs on the portal's site).
    async fn read_sitemap(&self, portal: &Portal, url: &Url, tally: &mut Tally) -> Option<(SitemapKind, Vec<Url>)> {
        if !self.robots_for(portal, url, tally).await.allowed(url.as_str()) {
            self.robots_skip(portal);
            return None;
        }
        let validators = self.seen.validators(url.as_str()).ok().flatten();
        let policy = self.policy(portal, None);
        let req = Request {
            url,
            policy: &policy,
            validators: validators.as_ref(),
            limit: None,
        };
        let span = info_span!("fetch", portal = %portal.id, %url);
        let opened = match self.fetcher.open(req).instrument(span).await {
            Ok(opened) => opened,
            Err(error) => {
                self.fetch_failed(portal, url, &error, tally);
                return None;
            }
        };
        self.breaker_success(portal);
        tally.fetched_any = true;
        if opened.status == 304 {
            self.counters.not_modified.fetch_add(1, Ordering::Relaxed);
            return None;
        }
        if !(200..300).contains(&opened.status) {
            self.error(
                portal,
                tally,
                "status",
                &format!("sitemap {url}: HTTP {}", opened.status),
            );
            return None;
        }
        let header = |name: &str| {
            opened
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (etag, last_modified) = (header("etag"), header("last-modified"));
        let horizon = self.horizon();
        let reader = opened.into_reader(self.config.max_sitemap_bytes);
        let parsed = sitemap::parse(
            reader,
            self.config.max_sitemap_bytes,
            self.config.max_sitemap_urls,
            |entry| {
                // Entries are filtered while streaming: only what we will fetch is kept.
                if entry.lastmod.is_some_and(|d| d < horizon) {
                    return false;
                }
                let Ok(u) = Url::parse(&entry.loc) else {
                    return false;
                };
                u.path().to_ascii_lowercase().contains("sitemap")
                    || u.path().ends_with(".xml")
                    || u.path().ends_with(".gz")
                    || (same_site(&u, &portal.base_url) && self.is_article_url(portal, &u))
            },
        )
        .await;
        let map = match parsed {
            Ok(map) => map,
            Err(error) => {
                self.error(portal, tally, "sitemap", &error.to_string());
                warn!(message = "Failed to read sitemap.", portal = %portal.id, %url, %error);
                return None;
            }
        };
        if map.truncated {
            warn!(message = "Sitemap cut short by the size or entry limit.", portal = %portal.id, %url, kept = map.entries.len());
        }
        let urls: Vec<Url> = map
            .entries
            .iter()
            .filter_map(|e| Url::parse(&e.loc).ok())
            .map(|u| crate::canonical::canonicalize(&u))
            .filter(|u| map.kind == SitemapKind::Index || !self.seen.contains(u.as_str()).unwrap_or(false))
            .collect();
        let v = Validators {
            etag,
            last_modified,
            body_hash: None,
        };
        if let Err(error) = self.seen.save_validators(url.as_str(), &portal.id, &v) {
            warn!(message = "Failed to save validators.", portal = %portal.id, %url, %error);
        }
        Some((map.kind, urls))
    }

    fn is_article_url(&self, portal: &Portal, url: &Url) -> bool {
        match &portal.article_pattern {
            Some(pattern) => pattern.is_match(url.as_str()),
            None => looks_like_article(url),
        }
    }

    /// The oldest date an ordinary poll or a backfill cares about.
    fn horizon(&self) -> NaiveDate {
        self.backfill_until
            .unwrap_or_else(|| (Utc::now() - chrono::Duration::days(SITEMAP_RECENT_DAYS)).date_naive())
    }

    fn feeds_of(&self, portal: &Portal) -> Vec<Url> {
        let mut feeds = portal.feeds.clone();
        let found = self.found_feeds.lock().unwrap_or_else(|e| e.into_inner());
        for f in found.get(&portal.id).into_iter().flatten() {
            if !feeds.contains(f) {
                feeds.push(f.clone());
            }
        }
        feeds
    }

    fn remember_feeds(&self, portal: &Portal, feeds: &[Url]) {
        if feeds.is_empty() {
            return;
        }
        let mut found = self.found_feeds.lock().unwrap_or_else(|e| e.into_inner());
        let known = found.entry(portal.id.clone()).or_default();
        for feed in feeds {
            // A handful per portal: category feeds beyond that repeat the main one.
            if !known.contains(feed) && known.len() < 5 {
                debug!(message = "Feed discovered.", portal = %portal.id, url = %feed);
                known.push(feed.clone());
            }
        }
    }

    async fn sitemaps_of(&self, portal: &Portal, tally: &mut Tally) -> Vec<Url> {
        let mut maps = portal.sitemaps.clone();
        let robots = self.robots_for(portal, &portal.base_url, tally).await;
        for announced in robots.sitemaps() {
            if let Ok(url) = Url::parse(announced)
                && same_site(&url, &portal.base_url)
                && !maps.contains(&url)
            {
                maps.push(url);
            }
        }
        maps
    }

    fn save_page_validators(&self, portal: &Portal, url: &Url, page: &Fetched) {
        let v = Validators {
            etag: page.etag.clone(),
            last_modified: page.last_modified.clone(),
            body_hash: Some(body_hash(&page.body)),
        };
        if let Err(error) = self.seen.save_validators(url.as_str(), &portal.id, &v) {
            warn!(message = "Failed to save validators.", portal = %portal.id, %url, %error);
        }
    }

    async fn crawl_article(
        &self,
        portal: &Portal,
        url: &Url,
        shutdown: &CancellationToken,
        tally: &mut Tally,
    ) -> Handled {
        match self.seen.contains(url.as_str()) {
            Ok(true) => return Handled::Old,
            Ok(false) => {}
            Err(error) => {
                self.error(portal, tally, "state", &error.to_string());
                warn!(message = "Seen-set lookup failed; skipping.", %url, %error);
                return Handled::Failed;
            }
        }
        // Disallowed links are nothing new to look for: they must not keep a
        // listing walk going or hold back its validators.
        if !self.robots_for(portal, url, tally).await.allowed(url.as_str()) {
            self.robots_skip(portal);
            return Handled::Old;
        }
        m::articles_found(&portal.id, 1);
        let Some(page) = self.fetch_allowed(portal, url, None, Some(url), shutdown, tally).await else {
            return if self.seen.contains(url.as_str()).unwrap_or(false) {
                Handled::Done
            } else {
                Handled::Failed
            };
        };
        self.counters.article_pages.fetch_add(1, Ordering::Relaxed);
        let hash = body_hash(&page.body);
        if let Ok(Some(first)) = self.seen.emitted_body(&portal.id, &hash) {
            // The same bytes under another URL: nothing new to parse.
            self.counters.duplicates.fetch_add(1, Ordering::Relaxed);
            debug!(message = "Identical to a page already emitted.", portal = %portal.id, %url, %first);
            let _ = self
                .seen
                .insert(url.as_str(), &portal.id, DUPLICATE_BODY, &Utc::now().to_rfc3339());
            return Handled::Done;
        }
        let charset = page.trusted_charset();
        if charset != page.charset() {
            debug!(message = "Header charset contradicted by the body; the parser will detect it.", portal = %portal.id, %url, header = ?page.charset());
        }
        let raw = RawPage {
            url: url.to_string(),
            final_url: page.final_url.to_string(),
            portal_id: portal.id.clone(),
            fetched_at: page.fetched_at,
            status: page.status,
            charset,
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
            self.error(portal, tally, "emit", &error.to_string());
            warn!(message = "Failed to emit page.", portal = %portal.id, %url, %error);
            return Handled::Failed;
        }
        self.counters.emitted.fetch_add(1, Ordering::Relaxed);
        m::emitted(&portal.id);
        tally.emitted += 1;
        if let Err(error) = self
            .seen
            .insert(url.as_str(), &portal.id, raw.status, &Utc::now().to_rfc3339())
            .and_then(|()| self.seen.record_body(&portal.id, &hash, url.as_str()))
        {
            warn!(message = "Failed to record page as seen; it may be emitted again.", %url, %error);
        }
        Handled::Done
    }

    fn policy(&self, portal: &Portal, robots: Option<&RobotsRules>) -> PortalPolicy {
        let configured = portal
            .min_delay
            .unwrap_or(Duration::from_millis(self.config.min_delay_ms));
        let base_delay = robots
            .and_then(RobotsRules::crawl_delay)
            .map_or(configured, |d| d.max(configured));
        PortalPolicy {
            portal_id: portal.id.clone(),
            allow_private_network: portal.allow_private_network,
            tls_insecure: portal.tls_insecure,
            host: HostPolicy {
                base_delay,
                concurrency: portal.concurrency.unwrap_or(self.config.host_concurrency).max(1),
            },
        }
    }

    /// Fetches `url` if robots.txt allows it. Returns 2xx and 304 pages;
    /// 404/410 article URLs (`article = Some`) are remembered as seen, other
    /// failures are retried next poll.
    async fn fetch_allowed(
        &self,
        portal: &Portal,
        url: &Url,
        validators: Option<&Validators>,
        article: Option<&Url>,
        shutdown: &CancellationToken,
        tally: &mut Tally,
    ) -> Option<Fetched> {
        let robots = self.robots_for(portal, url, tally).await;
        if !robots.allowed(url.as_str()) {
            self.robots_skip(portal);
            debug!(message = "Disallowed by robots.txt.", portal = %portal.id, %url);
            return None;
        }
        if tally.tripped {
            return None;
        }
        let policy = self.policy(portal, Some(&robots));
        let req = Request {
            url,
            policy: &policy,
            validators,
            limit: None,
        };
        let span = info_span!("fetch", portal = %portal.id, %url);
        let result = tokio::select! {
            _ = shutdown.cancelled() => return None,
            result = self.fetcher.get(req).instrument(span) => result,
        };
        match result {
            Ok(page) => {
                self.breaker_success(portal);
                tally.fetched_any = true;
                for (from, to, status) in &page.redirects {
                    debug!(message = "Redirected.", portal = %portal.id, %from, %to, status);
                }
                if page.is_success() || page.not_modified() {
                    return Some(page);
                }
                self.error(portal, tally, "status", &format!("{url}: HTTP {}", page.status));
                warn!(message = "Unexpected HTTP status.", portal = %portal.id, %url, status = page.status);
                if matches!(page.status, 404 | 410)
                    && let Some(article) = article
                {
                    let _ = self
                        .seen
                        .insert(article.as_str(), &portal.id, page.status, &Utc::now().to_rfc3339());
                }
                None
            }
            Err(error) => {
                self.fetch_failed(portal, url, &error, tally);
                None
            }
        }
    }

    /// Books a failed fetch: error counters, the breaker, a recorded move.
    fn fetch_failed(&self, portal: &Portal, url: &Url, error: &FetchError, tally: &mut Tally) {
        self.error(portal, tally, error.kind(), &error.to_string());
        if let FetchError::Moved { from, to, status } = error {
            self.counters.moves.fetch_add(1, Ordering::Relaxed);
            m::moved(&portal.id);
            warn!(message = "Portal page moved permanently to another domain; not followed. Update the registry.", portal = %portal.id, %from, %to, status);
            if let Err(e) = self.seen.record_move(&portal.id, from.as_str(), to.as_str(), *status) {
                warn!(message = "Failed to record move.", portal = %portal.id, error = %e);
            }
            return;
        }
        warn!(message = "Failed to fetch.", portal = %portal.id, %url, %error, kind = error.kind());
        if let FetchError::Held { .. } = error {
            // The portal asked us to go away for a while: end this poll.
            tally.tripped = true;
            return;
        }
        let failure = match error {
            FetchError::Dns(_) | FetchError::Refused(_) | FetchError::Blocked(_) => Some(Failure::Hard),
            FetchError::Timeout(_) | FetchError::Connect(_) => Some(Failure::Soft),
            FetchError::Status(s) if *s >= 500 => Some(Failure::Soft),
            _ => None,
        };
        if let Some(failure) = failure {
            self.breaker_failure(portal, failure, &error.to_string(), tally);
        }
    }

    fn breaker_success(&self, portal: &Portal) {
        let mut breakers = self.breakers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(breaker) = breakers.get_mut(&portal.id)
            && let Some(before) = breaker.success(Utc::now())
        {
            info!(message = "Circuit closed; the portal answers again.", portal = %portal.id, was = before.as_str());
            m::breaker(&portal.id, breaker.state());
            self.save_breaker(&portal.id, breaker);
        } else if let Some(breaker) = breakers.get(&portal.id)
            && breaker.record().consecutive_failures > 0
        {
            // Reset the saved count too.
            self.save_breaker(&portal.id, breaker);
        }
    }

    fn breaker_failure(&self, portal: &Portal, failure: Failure, error: &str, tally: &mut Tally) {
        let mut breakers = self.breakers.lock().unwrap_or_else(|e| e.into_inner());
        let Some(breaker) = breakers.get_mut(&portal.id) else {
            return;
        };
        let changed = breaker.failure(failure, error, Utc::now());
        if breaker.state() == BreakerState::Open {
            tally.tripped = true;
        }
        if let Some(before) = changed {
            warn!(
                message = "Circuit opened; the portal is skipped until the next probe.",
                portal = %portal.id,
                was = before.as_str(),
                until = ?breaker.record().open_until,
                failures = breaker.record().consecutive_failures,
                %error,
            );
            m::breaker(&portal.id, breaker.state());
        }
        self.save_breaker(&portal.id, breaker);
    }

    fn save_breaker(&self, portal_id: &str, breaker: &Breaker) {
        if let Err(error) = self.seen.save_breaker(portal_id, breaker.record()) {
            warn!(message = "Failed to save breaker state.", portal = %portal_id, %error);
        }
    }

    fn save_poll(&self, portal: &Portal, tally: &Tally) {
        let now = Utc::now().to_rfc3339();
        let record = PollRecord {
            portal_id: portal.id.clone(),
            last_poll_at: Some(now.clone()),
            last_ok_at: tally.fetched_any.then_some(now),
            listing_pages: tally.listing_pages,
            emitted: tally.emitted,
            errors: tally.errors,
            last_error: tally.last_error.clone(),
        };
        if let Err(error) = self.seen.save_poll(&record) {
            warn!(message = "Failed to save poll record.", portal = %portal.id, %error);
        }
        let mut hosts: Vec<String> = portal.start_urls.iter().map(host_key).collect();
        hosts.push(host_key(&portal.base_url));
        hosts.sort();
        hosts.dedup();
        for host in hosts {
            if let Some(stats) = self.fetcher.scheduler().stats(&host)
                && let Err(error) = self.seen.save_host(&host, &stats)
            {
                warn!(message = "Failed to save host statistics.", %host, %error);
            }
        }
    }

    fn robots_skip(&self, portal: &Portal) {
        self.counters.robots_skipped.fetch_add(1, Ordering::Relaxed);
        m::robots_disallowed(&portal.id);
    }

    fn error(&self, portal: &Portal, tally: &mut Tally, kind: &'static str, message: &str) {
        self.counters.errors.fetch_add(1, Ordering::Relaxed);
        m::error(&portal.id, kind);
        tally.errors += 1;
        tally.last_error = Some(format!("{kind}: {message}"));
    }

    /// The host's robots.txt rules, fetched at most once per expiry per host.
    async fn robots_for(&self, portal: &Portal, url: &Url, tally: &mut Tally) -> Arc<RobotsRules> {
        let key = host_key(url);
        let mut failure: Option<FetchError> = None;
        let rules = self
            .robots
            .get(&key, || async {
                let (outcome, error) = self.fetch_robots(portal, url).await;
                failure = error;
                outcome
            })
            .await;
        if let Some(error) = failure {
            self.fetch_failed(portal, url, &error, tally);
        }
        rules
    }

    async fn fetch_robots(&self, portal: &Portal, url: &Url) -> (RobotsFetch, Option<FetchError>) {
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        robots_url.set_fragment(None);
        let policy = self.policy(portal, None);
        let req = Request {
            url: &robots_url,
            policy: &policy,
            validators: None,
            limit: Some(ROBOTS_MAX_BYTES),
        };
        let span = info_span!("fetch", portal = %portal.id, url = %robots_url);
        match self.fetcher.get(req).instrument(span).await {
            Ok(page) => {
                self.breaker_success(portal);
                if page.is_success() {
                    (RobotsFetch::Body(page.body), None)
                } else if (400..500).contains(&page.status) && page.status != 429 {
                    (RobotsFetch::Missing(page.status), None)
                } else {
                    warn!(message = "robots.txt unavailable; not crawling this host for now.", portal = %portal.id, url = %robots_url, status = page.status);
                    m::error(&portal.id, "robots_unavailable");
                    (RobotsFetch::Unavailable(format!("HTTP {}", page.status)), None)
                }
            }
            // Too big: RFC 9309 lets us use what fits; we have none, so treat it as missing.
            Err(FetchError::TooLarge { .. }) => (RobotsFetch::Missing(200), None),
            Err(error) => {
                warn!(message = "robots.txt unreachable; not crawling this host for now.", portal = %portal.id, url = %robots_url, %error);
                m::error(&portal.id, "robots_unavailable");
                (RobotsFetch::Unavailable(error.to_string()), Some(error))
            }
        }
    }
}
