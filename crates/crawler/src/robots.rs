//! robots.txt rules per host and their cache.
//!
//! RFC 9309: a 4xx (no file) allows everything; a 5xx or an unreachable
//! host disallows everything until the next try, which comes after
//! `error_ttl`, doubled per consecutive failure (up to the normal TTL). If an
//! earlier copy was fetched, it stays in force while the file is unreachable
//! (§2.4 lets crawlers use a cached copy then).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use texting_robots::Robot;
use tokio::time::Instant;

/// What a host's robots.txt allows.
pub enum RobotsRules {
    /// No robots.txt (4xx): everything is allowed (RFC 9309 §2.3.1.3).
    AllowAll,
    /// robots.txt unreachable or 5xx: nothing is allowed for now (RFC 9309 §2.3.1.4).
    DisallowAll {
        reason: String,
    },
    Parsed(Box<Robot>),
}

impl RobotsRules {
    /// Rules from a fetched robots.txt. A file that cannot be parsed allows
    /// everything, as crawlers do with a malformed file.
    pub fn from_body(agent: &str, body: &[u8]) -> RobotsRules {
        match Robot::new(agent, body) {
            Ok(robot) => RobotsRules::Parsed(Box::new(robot)),
            Err(_) => RobotsRules::AllowAll,
        }
    }

    pub fn allowed(&self, url: &str) -> bool {
        match self {
            RobotsRules::AllowAll => true,
            RobotsRules::DisallowAll { .. } => false,
            RobotsRules::Parsed(robot) => robot.allowed(url),
        }
    }

    /// Sitemaps the file announces (`Sitemap:` lines).
    pub fn sitemaps(&self) -> &[String] {
        match self {
            RobotsRules::Parsed(robot) => &robot.sitemaps,
            _ => &[],
        }
    }

    /// `Crawl-delay` in seconds, if the file sets one for us.
    pub fn crawl_delay(&self) -> Option<std::time::Duration> {
        match self {
            RobotsRules::Parsed(robot) => robot
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| std::time::Duration::from_secs_f32(d.min(600.0))),
            _ => None,
        }
    }
}

/// What fetching a robots.txt gave.
pub enum RobotsFetch {
    /// 2xx: the file.
    Body(Vec<u8>),
    /// 4xx (other than 429): there is no file.
    Missing(u16),
    /// 5xx, 429, network failure: the host cannot tell us now.
    Unavailable(String),
}

struct Entry {
    rules: Arc<RobotsRules>,
    expires: Instant,
    failures: u32,
    /// The last file that was actually fetched, used while the host is unreachable.
    last_good: Option<Arc<RobotsRules>>,
}

/// robots.txt per host (`host:port`), each fetched at most once per expiry.
pub struct RobotsCache {
    slots: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<Entry>>>>>,
    agent: String,
    ttl: Duration,
    error_ttl: Duration,
}

impl RobotsCache {
    pub fn new(agent: &str, ttl: Duration, error_ttl: Duration) -> RobotsCache {
        RobotsCache {
            slots: Mutex::default(),
            agent: agent.to_owned(),
            ttl,
            error_ttl: error_ttl.min(ttl),
        }
    }

    /// The rules for `host`, fetched with `fetch` when missing or expired.
    /// Concurrent callers for one host wait for a single fetch.
    pub async fn get<F, Fut>(&self, host: &str, fetch: F) -> Arc<RobotsRules>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = RobotsFetch>,
    {
        let slot = {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(slots.entry(host.to_owned()).or_default())
        };
        let mut slot = slot.lock().await;
        if let Some(entry) = slot.as_ref()
            && entry.expires > Instant::now()
        {
            return Arc::clone(&entry.rules);
        }
        let previous = slot.take();
        let now = Instant::now();
        let entry = match fetch().await {
            RobotsFetch::Body(body) => {
                let rules = Arc::new(RobotsRules::from_body(&self.agent, &body));
                Entry {
                    last_good: Some(Arc::clone(&rules)),
                    rules,
                    expires: now + self.ttl,
                    failures: 0,
                }
            }
            RobotsFetch::Missing(_) => Entry {
                rules: Arc::new(RobotsRules::AllowAll),
                expires: now + self.ttl,
                failures: 0,
                last_good: None,
            },
            RobotsFetch::Unavailable(reason) => {
                let failures = previous.as_ref().map_or(0, |p| p.failures) + 1;
                let last_good = previous.and_then(|p| p.last_good);
                let pause = self.error_ttl.saturating_mul(1 << (failures - 1).min(16)).min(self.ttl);
                Entry {
                    rules: last_good
                        .clone()
                        .unwrap_or_else(|| Arc::new(RobotsRules::DisallowAll { reason })),
                    expires: now + pause,
                    failures,
                    last_good,
                }
            }
        };
        let rules = Arc::clone(&entry.rules);
        *slot = Some(entry);
        rules
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROBOTS: &[u8] = b"User-agent: *\nDisallow: /Trang/InTin.aspx\nDisallow: /portal/Pages/private/\nCrawl-delay: 2\n\nUser-agent: BadBot\nDisallow: /\n";

    #[test]
    fn disallow_rules_and_crawl_delay() {
        let rules = RobotsRules::from_body("vnportal", ROBOTS);
        assert!(rules.allowed("http://a.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1"));
        assert!(!rules.allowed("http://a.gov.vn/Trang/InTin.aspx?nid=1"));
        assert!(!rules.allowed("http://a.gov.vn/portal/Pages/private/x.aspx"));
        assert_eq!(rules.crawl_delay(), Some(std::time::Duration::from_secs(2)));
        let bad = RobotsRules::from_body("BadBot", ROBOTS);
        assert!(!bad.allowed("http://a.gov.vn/"));
    }

    #[test]
    fn missing_and_unreachable() {
        assert!(RobotsRules::AllowAll.allowed("http://a/x"));
        assert!(!RobotsRules::DisallowAll { reason: "503".into() }.allowed("http://a/x"));
    }

    #[tokio::test(start_paused = true)]
    async fn cache_expires_and_backs_off_on_failures() {
        let cache = RobotsCache::new("vnportal", Duration::from_secs(3600), Duration::from_secs(60));
        let calls = std::sync::atomic::AtomicU32::new(0);
        let unavailable = || async {
            calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            RobotsFetch::Unavailable("HTTP 503".into())
        };
        assert!(!cache.get("h:80", unavailable).await.allowed("http://h/x"));
        // Cached for the error pause (60 s), then 120 s after a second failure.
        assert!(!cache.get("h:80", unavailable).await.allowed("http://h/x"));
        assert_eq!(calls.load(std::sync::atomic::Ordering::Relaxed), 1);
        tokio::time::advance(Duration::from_secs(61)).await;
        cache.get("h:80", unavailable).await;
        assert_eq!(calls.load(std::sync::atomic::Ordering::Relaxed), 2);
        tokio::time::advance(Duration::from_secs(61)).await;
        cache.get("h:80", unavailable).await;
        assert_eq!(
            calls.load(std::sync::atomic::Ordering::Relaxed),
            2,
            "second pause is 120 s"
        );
        tokio::time::advance(Duration::from_secs(60)).await;
        // The file comes back: used for the full TTL.
        let rules = cache.get("h:80", || async { RobotsFetch::Body(ROBOTS.to_vec()) }).await;
        assert!(!rules.allowed("http://h/Trang/InTin.aspx"));
        tokio::time::advance(Duration::from_secs(3599)).await;
        let again = cache.get("h:80", unavailable).await;
        assert!(Arc::ptr_eq(&rules, &again));
        // Expired; the host fails: the last good copy stays in force.
        tokio::time::advance(Duration::from_secs(2)).await;
        let stale = cache.get("h:80", unavailable).await;
        assert!(stale.allowed("http://h/tin-tuc") && !stale.allowed("http://h/Trang/InTin.aspx"));
        // A 404 allows everything.
        let other = cache.get("o:80", || async { RobotsFetch::Missing(404) }).await;
        assert!(other.allowed("http://o/anything"));
    }
}
