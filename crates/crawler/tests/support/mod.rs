//! A fault-injection portal server for the crawler tests: an axum server on
//! a loopback address whose every answer comes from the test's handler, with
//! every request recorded (path, arrival time, headers). Plus a bus that
//! keeps what the crawler emits, and helpers to build a crawler.

#![allow(dead_code)]

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use tokio_util::sync::CancellationToken;
use vnportal_bus::{Bus, BusError, Message, Subscription};
use vnportal_crawler::{CrawlState, Crawler, CrawlerConfig, parse_portals};
use vnportal_model::RawPage;

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Path and query as sent.
    pub path: String,
    pub at: Instant,
    pub headers: HeaderMap,
}

/// Answers a request; `n` counts earlier hits on the same path.
pub type Handler = Arc<dyn Fn(&Hit, usize) -> Response + Send + Sync>;

pub struct FaultServer {
    /// `http://IP:PORT`, no trailing slash.
    pub base: String,
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Hit>>>,
    stop: CancellationToken,
}

impl FaultServer {
    /// Serves `handler` on `ip` (any 127.x.y.z) at an ephemeral port.
    pub async fn start(ip: &str, handler: impl Fn(&Hit, usize) -> Response + Send + Sync + 'static) -> FaultServer {
        let ip: IpAddr = ip.parse().unwrap();
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(ip, 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let log: Arc<Mutex<Vec<Hit>>> = Arc::default();
        let handler: Handler = Arc::new(handler);
        let router = axum::Router::new().fallback({
            let (log, handler) = (Arc::clone(&log), Arc::clone(&handler));
            move |request: Request| {
                let (log, handler) = (Arc::clone(&log), Arc::clone(&handler));
                async move {
                    let hit = Hit {
                        path: request
                            .uri()
                            .path_and_query()
                            .map_or_else(|| request.uri().path().to_owned(), |pq| pq.as_str().to_owned()),
                        at: Instant::now(),
                        headers: request.headers().clone(),
                    };
                    let n = {
                        let mut log = log.lock().unwrap();
                        let n = log.iter().filter(|h| h.path == hit.path).count();
                        log.push(hit.clone());
                        n
                    };
                    handler(&hit, n)
                }
            }
        });
        let stop = CancellationToken::new();
        tokio::spawn({
            let stop = stop.clone();
            async move {
                let _ = axum::serve(listener, router)
                    .with_graceful_shutdown(async move { stop.cancelled().await })
                    .await;
            }
        });
        FaultServer {
            base: format!("http://{addr}"),
            addr,
            log,
            stop,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.log.lock().unwrap().clone()
    }

    pub fn paths(&self) -> Vec<String> {
        self.hits().into_iter().map(|h| h.path).collect()
    }

    pub fn hits_of(&self, path: &str) -> Vec<Hit> {
        self.hits().into_iter().filter(|h| h.path == path).collect()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

pub fn html(body: impl Into<String>) -> Response {
    respond(200, "text/html; charset=utf-8", body.into().into_bytes())
}

pub fn text(body: impl Into<String>) -> Response {
    respond(200, "text/plain", body.into().into_bytes())
}

pub fn respond(status: u16, content_type: &str, body: Vec<u8>) -> Response {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = StatusCode::from_u16(status).unwrap();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
    r
}

pub fn status(code: u16) -> Response {
    respond(
        code,
        "text/html",
        format!("<html><body>HTTP {code}</body></html>").into_bytes(),
    )
}

pub fn redirect(code: u16, location: &str) -> Response {
    let mut r = status(code);
    r.headers_mut()
        .insert(header::LOCATION, HeaderValue::from_str(location).unwrap());
    r
}

pub fn with_header(mut r: Response, name: &'static str, value: &str) -> Response {
    r.headers_mut().insert(name, HeaderValue::from_str(value).unwrap());
    r
}

/// A listing page linking `articles` (paths) as `-N.html` news items.
pub fn listing(articles: &[&str]) -> Response {
    let items: String = articles
        .iter()
        .map(|a| format!(r#"<li><a href="{a}">Tin {a}</a></li>"#))
        .collect();
    html(format!("<html><body><ul>{items}</ul></body></html>"))
}

pub fn article(title: &str) -> Response {
    html(format!(
        "<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Nội dung bài viết.</p></body></html>"
    ))
}

/// A bus that keeps every message published.
#[derive(Default)]
pub struct CaptureBus {
    pub messages: Mutex<Vec<Message>>,
}

impl CaptureBus {
    pub fn pages(&self) -> Vec<RawPage> {
        self.messages
            .lock()
            .unwrap()
            .iter()
            .map(|m| RawPage::decode(&m.headers, m.payload.clone()).unwrap())
            .collect()
    }

    pub fn urls(&self) -> Vec<String> {
        self.pages().into_iter().map(|p| p.url).collect()
    }
}

#[async_trait]
impl Bus for CaptureBus {
    async fn publish(&self, _topic: &str, message: Message) -> Result<(), BusError> {
        self.messages.lock().unwrap().push(message);
        Ok(())
    }

    async fn subscribe(&self, topic: &str, _group: &str) -> Result<Box<dyn Subscription>, BusError> {
        Err(BusError::Consume {
            topic: topic.into(),
            reason: "capture only".into(),
        })
    }
}

/// Settings for quick tests: short delays, timeouts and probes.
pub fn fast_config() -> CrawlerConfig {
    CrawlerConfig {
        user_agent: "vnportal-test/1.0".into(),
        min_delay_ms: 50,
        connect_timeout_ms: 1000,
        request_timeout_ms: 3000,
        read_timeout_ms: 1500,
        max_retries: 2,
        retry_min_delay_ms: 50,
        breaker_failures: 3,
        breaker_probe_min_secs: 1,
        ..CrawlerConfig::default()
    }
}

/// A `[[portal]]` on a loopback server; `extra` adds TOML lines.
pub fn portal_toml(id: &str, base: &str, start_path: &str, extra: &str) -> String {
    format!(
        "[[portal]]\nid = \"{id}\"\nname = \"{id}\"\nbase_url = \"{base}\"\nstart_urls = [\"{base}{start_path}\"]\nallow_private_network = true\n{extra}\n"
    )
}

pub struct Harness {
    pub crawler: Arc<Crawler>,
    pub bus: Arc<CaptureBus>,
    pub _dir: tempfile::TempDir,
    pub state_path: std::path::PathBuf,
}

pub fn harness(config: CrawlerConfig, registry: &str) -> Harness {
    harness_with(config, registry, HashMap::new(), None)
}

pub fn harness_with(
    config: CrawlerConfig,
    registry: &str,
    dns: HashMap<String, Vec<IpAddr>>,
    dir: Option<tempfile::TempDir>,
) -> Harness {
    harness_full(config, registry, dns, dir, None)
}

pub fn harness_full(
    config: CrawlerConfig,
    registry: &str,
    dns: HashMap<String, Vec<IpAddr>>,
    dir: Option<tempfile::TempDir>,
    backfill_until: Option<chrono::NaiveDate>,
) -> Harness {
    let dir = dir.unwrap_or_else(|| tempfile::tempdir().unwrap());
    let state_path = dir.path().join("crawl_state.sqlite");
    let portals = parse_portals(registry, Path::new("test.toml")).unwrap();
    let bus = Arc::new(CaptureBus::default());
    let crawler = Crawler::new(
        config,
        portals,
        CrawlState::open(&state_path).unwrap(),
        Arc::clone(&bus) as Arc<dyn Bus>,
        "raw",
    )
    .unwrap()
    .with_dns_overrides(dns)
    .unwrap();
    let crawler = match backfill_until {
        Some(date) => crawler.with_backfill_until(date),
        None => crawler,
    };
    Harness {
        crawler: Arc::new(crawler),
        bus,
        _dir: dir,
        state_path,
    }
}

impl Harness {
    /// A new crawler (a restart) on the same state directory.
    pub fn restart(self, config: CrawlerConfig, registry: &str, backfill_until: Option<chrono::NaiveDate>) -> Harness {
        harness_full(config, registry, HashMap::new(), Some(self._dir), backfill_until)
    }

    /// One pass over every portal, bounded in time.
    pub async fn run_once(&self) {
        tokio::time::timeout(
            Duration::from_secs(60),
            Arc::clone(&self.crawler).run(true, CancellationToken::new()),
        )
        .await
        .expect("the crawl finished in time");
    }
}

/// Gaps between consecutive hits.
pub fn gaps(hits: &[Hit]) -> Vec<Duration> {
    hits.windows(2).map(|w| w[1].at.duration_since(w[0].at)).collect()
}
