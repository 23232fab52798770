//! A local simulator of Vietnamese government news portals, for `vnportal demo`
//! and end-to-end tests.
//!
//! [`Simulator::demo`] builds four portals, each in the style of a real CMS
//! that Vietnamese provinces and districts run:
//!
//! | id          | platform                          | article URL |
//! |-------------|-----------------------------------|-------------|
//! | `tandan`    | SharePoint, Tân Dân portal        | `/portal/Pages/2024-03-15/Slug.aspx` |
//! | `quangninh` | SharePoint "/Trang/" site         | `/Trang/ChiTietTinTuc.aspx?nid=3187` |
//! | `kimson`    | custom ASP.NET district site      | `/tin-tuc-su-kien/slug-2845.aspx` (one page in windows-1258) |
//! | `nghean`    | VNPT ePortal on Liferay           | `/web/guest/tin-tuc/-/asset_publisher/…/content/slug` (bodies entity-encoded) |
//!
//! [`Simulator::start`] serves them over HTTP, one listener per portal, with
//! robots.txt, paginated listings, article pages wrapped in realistic chrome
//! (menus, banners, "today" in the header, visit counters, related news with
//! dates, share links, ratings) and non-article pages. Every request is
//! recorded ([`RunningSimulator::requests`]) for politeness tests, and
//! [`RunningSimulator::expected_articles`] gives the exact extraction each
//! article page must yield under the contract below.
//!
//! The articles come from `corpus/*.toml`, compiled in: five real portal
//! pages with their boilerplate removed and six original ones. One of them
//! (a baodaklak.vn report) is republished on `kimson` (windows-1258) and on
//! `nghean` (entity-encoded), so both pages must hash to one `content_hash`.
//! Listings hold two articles per page, and the boxes on every page link
//! only the newest article: a crawler must follow pagination to find all.
//!
//! # Extraction contract
//!
//! What [`ExpectedArticle`] holds for each article page:
//!
//! * `title`: the headline only (no site name, no banner);
//! * `body`: plain text, NFC; the lead (sapo) first when the article has one,
//!   then paragraphs and image captions in reading order, each with inner
//!   whitespace folded to single spaces and trimmed, empty ones dropped,
//!   joined by `"\n\n"`. Excludes the title, date line, view counter, rating,
//!   byline, the `Nguồn: …` line, share and print links, related lists and
//!   all other chrome;
//! * `summary`: the lead when the template marks it in its own element
//!   (`tandan`, `kimson`, `nghean`), else `None`;
//! * `published_at`: the displayed date in `+07:00`, seconds and minutes only
//!   as far as displayed, midnight for date-only forms, `None` when the page
//!   shows no date (the `nghean` copy of seed 004). Forms used:
//!   `Đăng lúc: 14:54:14 31/12/2020 (GMT+7)`, `19/06/2019 11:54`,
//!   `Thứ hai, 15/01/2024`, `Cập nhật lúc: 18:00 | 22/05/2022`,
//!   `Ngày 6 tháng 1 năm 2016`; lists of related news use
//!   `15/01/2024 - 08:45` (or the portal's own form), and headers show today
//!   as `Thứ bảy, 21/11/2026`;
//! * `author`: byline lines joined with `", "`;
//! * `source`: the text after `Nguồn:`, trimmed;
//! * `category`: the last breadcrumb item, `None` on templates without a
//!   breadcrumb (`kimson`);
//! * `image_count`: images inside the article body (not chrome, not thumbnails);
//! * `content_hash`: [`vnportal_model::content_hash`] of `body`.

mod chrome;
mod corpus;
mod dates;
mod server;
mod site;
mod styles;
pub mod synthetic;
mod text;

#[cfg(test)]
mod tests;

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use text::{to_windows_1258, windows_1258_unmappable};

use site::Site;

/// A set of simulated portals and their articles, not yet serving.
pub struct Simulator {
    sites: Vec<Arc<Site>>,
}

impl Simulator {
    /// The built-in demo set: the four portals `tandan`, `quangninh`,
    /// `kimson` and `nghean`, twelve article pages (eleven articles, one of
    /// them republished on two portals).
    pub fn demo() -> Simulator {
        let corpus = corpus::Corpus::builtin();
        Simulator {
            sites: styles::demo_sites(&corpus).into_iter().map(Arc::new).collect(),
        }
    }

    /// Binds every portal on `ip` and starts serving. With `first_port == 0`
    /// every portal gets an ephemeral port; otherwise portal `i` binds
    /// `first_port + i`. Fails if any listener cannot be bound.
    pub async fn start(self, ip: IpAddr, first_port: u16) -> std::io::Result<RunningSimulator> {
        let mut listeners = Vec::with_capacity(self.sites.len());
        for i in 0..self.sites.len() {
            let port = if first_port == 0 {
                0
            } else {
                u16::try_from(i)
                    .ok()
                    .and_then(|i| first_port.checked_add(i))
                    .ok_or_else(|| {
                        std::io::Error::new(
                            std::io::ErrorKind::InvalidInput,
                            format!("port {first_port} + {i} is out of range"),
                        )
                    })?
            };
            let listener = TcpListener::bind(SocketAddr::new(ip, port)).await?;
            listeners.push(listener);
        }

        let log: server::RequestLog = Arc::new(Mutex::new(Vec::new()));
        let (shutdown, shutdown_rx) = watch::channel(false);
        let mut portals = Vec::with_capacity(self.sites.len());
        let mut tasks = Vec::with_capacity(self.sites.len());
        for (site, listener) in self.sites.iter().zip(listeners) {
            let base_url = server::base_url(listener.local_addr()?);
            portals.push(SimPortal {
                id: site.id.to_owned(),
                name: site.name.to_owned(),
                province: site.province.to_owned(),
                start_urls: vec![format!("{base_url}{}", site.start_path)],
                article_pattern: site.article_pattern.map(str::to_owned),
                disallowed_paths: site.disallowed.iter().map(|p| (*p).to_owned()).collect(),
                base_url: base_url.clone(),
            });
            tracing::info!(portal = site.id, url = %base_url, "simulated portal listening");
            tasks.push(server::spawn(
                Arc::clone(site),
                listener,
                base_url,
                Arc::clone(&log),
                shutdown_rx.clone(),
            ));
        }
        Ok(RunningSimulator {
            portals,
            sites: self.sites,
            log,
            shutdown,
            tasks,
        })
    }
}

impl Simulator {
    /// Every page a crawler can reach, rendered offline as the portals would
    /// serve them from `base_url` (the same for all portals): article pages
    /// with their expectations, then listing, category and other pages with
    /// `expected: None`. For extraction tests without sockets.
    pub fn offline_pages(&self, base_url: &str) -> Vec<OfflinePage> {
        let mut out = Vec::new();
        for site in &self.sites {
            let render = |path_and_query: &str| {
                let ctx = site::PageCtx {
                    site,
                    base_url,
                    today: dates::today_vi(),
                    hits: 1,
                    path_and_query,
                };
                let (path, query) = match path_and_query.split_once('?') {
                    Some((p, q)) => (p, Some(q)),
                    None => (path_and_query, None),
                };
                site.respond(&ctx, path, query)
            };
            for expected in site.expected(base_url) {
                let path_and_query = expected.url.trim_start_matches(base_url).to_owned();
                let reply = render(&path_and_query);
                out.push(OfflinePage {
                    portal_id: site.id.to_owned(),
                    url: expected.url.clone(),
                    status: reply.status,
                    content_type: reply.content_type.to_owned(),
                    body: reply.body,
                    expected: Some(expected),
                });
            }
            let others =
                std::iter::once(site.start_path.to_owned()).chain(site.statics.iter().map(|s| s.path.to_owned()));
            for path_and_query in others {
                let reply = render(&path_and_query);
                out.push(OfflinePage {
                    portal_id: site.id.to_owned(),
                    url: format!("{base_url}{path_and_query}"),
                    status: reply.status,
                    content_type: reply.content_type.to_owned(),
                    body: reply.body,
                    expected: None,
                });
            }
        }
        out
    }
}

/// One page rendered without a server (see [`Simulator::offline_pages`]).
#[derive(Debug, Clone)]
pub struct OfflinePage {
    pub portal_id: String,
    pub url: String,
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
    /// What the parser must extract; `None` for pages that hold no article.
    pub expected: Option<ExpectedArticle>,
}

/// The simulator while it serves. Dropping it (or [`RunningSimulator::shutdown`])
/// stops the servers.
pub struct RunningSimulator {
    portals: Vec<SimPortal>,
    sites: Vec<Arc<Site>>,
    log: server::RequestLog,
    /// Dropping the sender also stops the servers.
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl RunningSimulator {
    /// The portals, with the base URLs they are actually bound to.
    pub fn portals(&self) -> &[SimPortal] {
        &self.portals
    }

    /// Every request received so far by any portal, in arrival order.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.log.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// The expected extraction of every article page, portal by portal in
    /// listing order. A republished article appears once per page (URL), with
    /// the same `content_hash`.
    pub fn expected_articles(&self) -> Vec<ExpectedArticle> {
        self.sites
            .iter()
            .zip(&self.portals)
            .flat_map(|(site, portal)| site.expected(&portal.base_url))
            .collect()
    }

    /// A vnportal portal registry (`[[portal]]` tables) for these portals,
    /// with `allow_private_network = true` since they listen on loopback.
    pub fn portals_toml(&self) -> String {
        #[derive(Serialize)]
        struct Entry<'a> {
            id: &'a str,
            name: &'a str,
            province: &'a str,
            base_url: &'a str,
            start_urls: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            article_pattern: Option<&'a str>,
            allow_private_network: bool,
        }
        #[derive(Serialize)]
        struct Registry<'a> {
            portal: Vec<Entry<'a>>,
        }
        let registry = Registry {
            portal: self
                .portals
                .iter()
                .map(|p| Entry {
                    id: &p.id,
                    name: &p.name,
                    province: &p.province,
                    base_url: &p.base_url,
                    start_urls: &p.start_urls,
                    article_pattern: p.article_pattern.as_deref(),
                    allow_private_network: true,
                })
                .collect(),
        };
        let body = toml::to_string(&registry).expect("the registry always serializes to TOML");
        format!("# Portals of the vnportal simulator (generated; ports change every run).\n\n{body}")
    }

    /// Stops accepting connections, lets requests in flight finish (at most
    /// five seconds), and stops the servers.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        let deadline = Instant::now() + Duration::from_secs(5);
        for mut task in self.tasks {
            let left = deadline.saturating_duration_since(Instant::now());
            if tokio::time::timeout(left, &mut task).await.is_err() {
                task.abort();
            }
        }
    }
}

/// One simulated portal, as a crawler is configured for it.
#[derive(Debug, Clone)]
pub struct SimPortal {
    pub id: String,
    pub name: String,
    pub province: String,
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub base_url: String,
    /// Absolute URLs of the news listings' first pages.
    pub start_urls: Vec<String>,
    /// A regex matching the portal's article URLs; `None` for the portals
    /// that leave article detection to link heuristics.
    pub article_pattern: Option<String>,
    /// The path prefixes robots.txt disallows. Each is linked from the
    /// listing pages, so a polite crawler sees and must skip it.
    pub disallowed_paths: Vec<String>,
}

/// One request a portal received.
#[derive(Debug, Clone)]
pub struct RequestRecord {
    pub portal_id: String,
    pub method: String,
    /// As sent in the request line, e.g. `/Trang/TinTuc.aspx?dmid=2&Page=2`.
    pub path_and_query: String,
    /// When the request was received.
    pub at: Instant,
    pub user_agent: Option<String>,
}

/// What the parser must extract from one article page (see the
/// [extraction contract](crate#extraction-contract)).
#[derive(Debug, Clone)]
pub struct ExpectedArticle {
    pub portal_id: String,
    /// Absolute URL of the article page.
    pub url: String,
    /// The headline only.
    pub title: String,
    /// Plain text, NFC; lead (if any), paragraphs and image captions in
    /// reading order, separated by `"\n\n"`. No title, date, byline, source
    /// line or chrome.
    pub body: String,
    /// The lead, when the template marks it in its own element.
    pub summary: Option<String>,
    /// The displayed date (`+07:00`; midnight when only a date is shown).
    pub published_at: Option<DateTime<FixedOffset>>,
    /// Byline lines joined with `", "`.
    pub author: Option<String>,
    /// The text after `Nguồn:`.
    pub source: Option<String>,
    /// The last breadcrumb item, on templates that show a breadcrumb.
    pub category: Option<String>,
    /// Images inside the article body.
    pub image_count: usize,
    /// [`vnportal_model::content_hash`] of `body`.
    pub content_hash: String,
}
