//! Probing a portal for `vnportal portals check`: robots.txt, the first
//! start URL, the platform it runs, the feeds and sitemaps it announces.
//! This is how ops verify the registry from their own network.

use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use url::Url;

use crate::config::{CrawlerConfig, Platform, Portal};
use crate::fetch::{FetchError, Fetcher, PortalPolicy, Request};
use crate::links::discover;
use crate::robots::RobotsRules;
use crate::scheduler::HostPolicy;

/// One probed URL.
#[derive(Debug, Clone, PartialEq)]
pub enum Probe {
    Answered {
        status: u16,
        final_url: Url,
        elapsed: Duration,
    },
    Failed {
        kind: &'static str,
        message: String,
    },
}

impl Probe {
    pub fn ok(&self) -> bool {
        matches!(self, Probe::Answered { status, .. } if (200..300).contains(status))
    }

    /// `200 (0.4 s)`, `404`, `dns: …`.
    pub fn summary(&self) -> String {
        match self {
            Probe::Answered { status, elapsed, .. } => format!("{status} ({:.1} s)", elapsed.as_secs_f64()),
            Probe::Failed { kind, .. } => (*kind).to_owned(),
        }
    }
}

/// What `portals check` found about one portal.
#[derive(Debug, Clone)]
pub struct PortalHealth {
    pub portal_id: String,
    pub robots: Probe,
    pub crawl_delay: Option<Duration>,
    pub start: Probe,
    pub detected: Platform,
    /// Article links on the start page (by pattern or heuristics).
    pub articles: usize,
    pub feeds: Vec<Url>,
    pub sitemaps: Vec<String>,
    /// Where a permanent cross-domain redirect points.
    pub moved_to: Option<Url>,
}

impl PortalHealth {
    /// One word for the table: `ok`, `moved`, `dead`, `blocked`, `no-articles`, `error`.
    pub fn verdict(&self) -> &'static str {
        if self.moved_to.is_some() {
            return "moved";
        }
        match &self.start {
            Probe::Failed {
                kind: "dns" | "refused",
                ..
            } => "dead",
            Probe::Failed {
                kind: "blocked" | "challenge",
                ..
            } => "blocked",
            Probe::Failed { .. } => "error",
            probe if probe.ok() && self.articles > 0 => "ok",
            probe if probe.ok() => "no-articles",
            _ => "error",
        }
    }
}

/// Probes `portal`: robots.txt, then its first start URL (one request each,
/// redirects followed, no retries beyond the fetcher's own).
pub async fn check(fetcher: &Fetcher, config: &CrawlerConfig, portal: &Portal) -> PortalHealth {
    let policy = PortalPolicy {
        portal_id: portal.id.clone(),
        allow_private_network: portal.allow_private_network,
        tls_insecure: portal.tls_insecure,
        host: HostPolicy {
            base_delay: portal.min_delay.unwrap_or(Duration::from_millis(config.min_delay_ms)),
            concurrency: 1,
        },
    };
    let mut robots_url = portal.base_url.clone();
    robots_url.set_path("/robots.txt");
    robots_url.set_query(None);
    let mut moved_to = None;
    let (robots, rules) = match probe(fetcher, &policy, &robots_url).await {
        Ok((probe, _, body)) => {
            let rules = match &probe {
                Probe::Answered { status, .. } if (200..300).contains(status) => {
                    Some(RobotsRules::from_body(config.robots_agent(), &body))
                }
                _ => None,
            };
            (probe, rules)
        }
        Err((probe, moved)) => {
            moved_to = moved_to.or(moved);
            (probe, None)
        }
    };
    let mut health = PortalHealth {
        portal_id: portal.id.clone(),
        crawl_delay: rules.as_ref().and_then(RobotsRules::crawl_delay),
        sitemaps: rules.as_ref().map(|r| r.sitemaps().to_vec()).unwrap_or_default(),
        robots,
        start: Probe::Failed {
            kind: "skipped",
            message: String::new(),
        },
        detected: Platform::Unknown,
        articles: 0,
        feeds: Vec::new(),
        moved_to,
    };
    let Some(start) = portal.start_urls.first() else {
        return health;
    };
    match probe(fetcher, &policy, start).await {
        Ok((probe, headers, body)) => {
            if let Probe::Answered { final_url, .. } = &probe {
                let html = String::from_utf8_lossy(&body);
                health.detected = detect_platform(&headers, &html);
                let links = discover(&html, final_url, portal);
                health.articles = links.articles.len();
                health.feeds = links.feeds;
            }
            health.start = probe;
        }
        Err((probe, moved)) => {
            health.moved_to = health.moved_to.take().or(moved);
            health.start = probe;
        }
    }
    health
}

type Probed = (Probe, HeaderMap, Vec<u8>);

async fn probe(fetcher: &Fetcher, policy: &PortalPolicy, url: &Url) -> Result<Probed, (Probe, Option<Url>)> {
    let started = Instant::now();
    let req = Request {
        url,
        policy,
        validators: None,
        limit: None,
    };
    let failed = |error: FetchError| {
        let moved = match &error {
            FetchError::Moved { to, .. } => Some(Url::clone(to)),
            _ => None,
        };
        (
            Probe::Failed {
                kind: error.kind(),
                message: error.to_string(),
            },
            moved,
        )
    };
    let opened = fetcher.open(req).await.map_err(failed)?;
    let headers = opened.headers.clone();
    let limit = 2 * 1024 * 1024;
    let page = opened.read_all(limit).await.map_err(failed)?;
    Ok((
        Probe::Answered {
            status: page.status,
            final_url: page.final_url,
            elapsed: started.elapsed(),
        },
        headers,
        page.body,
    ))
}

/// The platform a page's headers and markup give away.
pub fn detect_platform(headers: &HeaderMap, html: &str) -> Platform {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    if headers.contains_key("microsoftsharepointteamservices")
        || headers.contains_key("x-sharepointhealthscore")
        || html.contains("/_layouts/")
        || html.contains("_spPageContextInfo")
    {
        return Platform::Sharepoint;
    }
    if headers.contains_key("liferay-portal")
        || html.contains("Liferay.")
        || html.contains("/-/asset_publisher/")
        || html.contains("/o/frontend-js-web/")
    {
        return Platform::Liferay;
    }
    if html.contains("/wp-content/") || html.contains("/wp-includes/") {
        return Platform::Wordpress;
    }
    if html.contains("Joomla!") || html.contains("/media/jui/") || html.contains("/components/com_content/") {
        return Platform::Joomla;
    }
    if html.contains("Drupal.settings")
        || html.contains("/sites/default/files/")
        || header("x-generator").contains("drupal")
    {
        return Platform::Drupal;
    }
    if header("x-powered-by").contains("asp.net")
        || headers.contains_key("x-aspnet-version")
        || html.contains("__VIEWSTATE")
        || html.contains(".aspx")
    {
        return Platform::Aspnet;
    }
    if html.is_empty() {
        Platform::Unknown
    } else {
        Platform::Custom
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn platforms_from_headers_and_markup() {
        let mut h = HeaderMap::new();
        h.insert(
            "microsoftsharepointteamservices",
            HeaderValue::from_static("14.0.0.7015"),
        );
        assert_eq!(detect_platform(&h, ""), Platform::Sharepoint);
        let none = HeaderMap::new();
        assert_eq!(
            detect_platform(&none, r#"<script src="/o/frontend-js-web/liferay/x.js"></script>"#),
            Platform::Liferay
        );
        assert_eq!(
            detect_platform(&none, r#"<link href="/wp-content/themes/x/style.css">"#),
            Platform::Wordpress
        );
        let mut asp = HeaderMap::new();
        asp.insert("x-powered-by", HeaderValue::from_static("ASP.NET"));
        assert_eq!(detect_platform(&asp, "<html></html>"), Platform::Aspnet);
        assert_eq!(detect_platform(&none, "<html><p>x</p></html>"), Platform::Custom);
    }
}
