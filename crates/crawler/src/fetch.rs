//! HTTP fetching: the host scheduler, the SSRF guard, redirects followed by
//! hand (every hop is checked, paced and recorded), size and time limits,
//! conditional GETs, cookie challenges, and retries with backoff (`backon`).

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use reqwest::StatusCode;
use reqwest::header::{self, HeaderMap, HeaderValue};
use tokio::io::AsyncRead;
use tracing::{debug, warn};
use url::Url;

use crate::challenge::{self, Challenge};
use crate::config::CrawlerConfig;
use crate::metrics as m;
use crate::scheduler::{HostPermit, HostPolicy, HostScheduler, Outcome, host_key};
use crate::seen::Validators;
use crate::ssrf::{self, Blocked, DnsFailure, GuardedResolver};

/// A `Retry-After` longer than this is honoured for the host, but the URL is
/// given up for this poll rather than held in a retry.
const INLINE_RETRY_AFTER: Duration = Duration::from_secs(60);

/// A response as fetched: final URL, status, useful headers, body.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub final_url: Url,
    pub status: u16,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub fetched_at: DateTime<Utc>,
    pub body: Vec<u8>,
    /// Redirects followed on the way, `(from, to, status)`.
    pub redirects: Vec<(Url, Url, u16)>,
}

impl Fetched {
    /// The charset parameter of the Content-Type header, lower-cased.
    pub fn charset(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        ct.split(';').skip(1).find_map(|param| {
            let (name, value) = param.split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("charset")
                .then(|| value.trim().trim_matches('"').to_ascii_lowercase())
        })
    }

    /// The header charset unless the body contradicts it: a page served as
    /// UTF-8 that is not valid UTF-8 (a windows-1258 page behind a
    /// misconfigured server) gets `None`, so the parser sniffs `<meta>` and
    /// the bytes instead of trusting the header.
    pub fn trusted_charset(&self) -> Option<String> {
        let charset = self.charset()?;
        let claims_utf8 = matches!(charset.as_str(), "utf-8" | "utf8");
        if claims_utf8 && std::str::from_utf8(&self.body).is_err() {
            return None;
        }
        Some(charset)
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn not_modified(&self) -> bool {
        self.status == 304
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("timed out: {0}")]
    Timeout(String),
    #[error("DNS lookup failed: {0}")]
    Dns(String),
    #[error("connection refused: {0}")]
    Refused(String),
    #[error("connection failed: {0}")]
    Connect(String),
    #[error("refused by the SSRF guard: {0}")]
    Blocked(String),
    #[error("server answered HTTP {0}")]
    Status(u16),
    #[error("body exceeds the {limit}-byte limit")]
    TooLarge { limit: usize },
    #[error("more than {limit} redirects")]
    TooManyRedirects { limit: usize },
    #[error("redirect loop back to {0}")]
    RedirectLoop(Url),
    #[error("moved permanently (HTTP {status}) from {from} to {to}")]
    Moved { from: Box<Url>, to: Box<Url>, status: u16 },
    #[error("cookie challenge: {0}")]
    Challenge(String),
    #[error("the host asked for a pause (Retry-After) of {secs} s more")]
    Held { secs: u64 },
    #[error("request failed: {0}")]
    Other(String),
}

impl FetchError {
    /// Worth another try after a pause: transient network trouble, 5xx, 429.
    pub fn is_retryable(&self) -> bool {
        match self {
            FetchError::Timeout(_) | FetchError::Connect(_) => true,
            FetchError::Status(s) => *s == 429 || (500..600).contains(s),
            _ => false,
        }
    }

    /// A short label for logs and metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Timeout(_) => "timeout",
            FetchError::Dns(_) => "dns",
            FetchError::Refused(_) => "refused",
            FetchError::Connect(_) => "connect",
            FetchError::Blocked(_) => "blocked",
            FetchError::Status(s) if *s == 429 => "rate_limited",
            FetchError::Status(s) if *s >= 500 => "server_error",
            FetchError::Status(_) => "status",
            FetchError::TooLarge { .. } => "too_large",
            FetchError::TooManyRedirects { .. } => "too_many_redirects",
            FetchError::RedirectLoop(_) => "redirect_loop",
            FetchError::Moved { .. } => "moved",
            FetchError::Challenge(_) => "challenge",
            FetchError::Held { .. } => "held",
            FetchError::Other(_) => "other",
        }
    }

    fn from_reqwest(e: reqwest::Error) -> FetchError {
        // The source chain says more than the top-level message, and holds
        // the resolver's own errors.
        let mut message = e.to_string();
        let mut source = std::error::Error::source(&e);
        let mut dns = false;
        let mut blocked = false;
        let mut refused = false;
        while let Some(s) = source {
            message = format!("{message}: {s}");
            dns |= s.downcast_ref::<DnsFailure>().is_some();
            blocked |= s.downcast_ref::<Blocked>().is_some();
            refused |= s
                .downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused);
            source = s.source();
        }
        if blocked {
            FetchError::Blocked(message)
        } else if dns {
            FetchError::Dns(message)
        } else if e.is_timeout() {
            FetchError::Timeout(message)
        } else if refused {
            FetchError::Refused(message)
        } else if e.is_connect() {
            FetchError::Connect(message)
        } else if e.is_body() || e.is_decode() || e.is_request() {
            // Resets and truncations mid-transfer: transient as far as we can tell.
            FetchError::Connect(message)
        } else {
            FetchError::Other(message)
        }
    }

    /// What the host's pace should learn from this error.
    fn outcome(&self) -> Outcome {
        match self {
            FetchError::Timeout(_) | FetchError::Connect(_) | FetchError::Refused(_) => Outcome::Failure,
            _ => Outcome::Neutral,
        }
    }
}

/// What a request needs to know about the portal it is for.
#[derive(Debug, Clone)]
pub struct PortalPolicy {
    pub portal_id: String,
    pub allow_private_network: bool,
    pub tls_insecure: bool,
    pub host: HostPolicy,
}

/// One GET to make.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub url: &'a Url,
    pub policy: &'a PortalPolicy,
    /// Sent as `If-None-Match` / `If-Modified-Since`.
    pub validators: Option<&'a Validators>,
    /// Body limit after decompression; `None` for the configured `max_body_bytes`.
    pub limit: Option<usize>,
}

/// An HTTP client that waits its turn per host and retries what is worth retrying.
pub struct Fetcher {
    clients: Mutex<HashMap<(bool, bool), reqwest::Client>>,
    overrides: Arc<HashMap<String, Vec<IpAddr>>>,
    hosts: HostScheduler,
    config: CrawlerConfig,
    /// Cookies learnt from solved challenges, per `host:port`.
    cookies: Mutex<HashMap<String, Vec<(String, String)>>>,
    requests: AtomicU64,
}

/// A response whose headers arrived and whose body is still to be read. It
/// holds the host's permit: the request is in flight until it is dropped.
pub struct Opened {
    pub url: Url,
    pub status: u16,
    pub headers: HeaderMap,
    pub fetched_at: DateTime<Utc>,
    pub redirects: Vec<(Url, Url, u16)>,
    response: reqwest::Response,
    permit: HostPermit,
}

impl Fetcher {
    /// A fetcher that resolves names through the system, guarded.
    pub fn new(config: &CrawlerConfig) -> Result<Arc<Fetcher>, FetchError> {
        Self::with_overrides(config, HashMap::new())
    }

    /// A fetcher that pins some names to addresses (still guarded): tests,
    /// benchmarks, split-horizon setups.
    pub fn with_overrides(
        config: &CrawlerConfig,
        overrides: HashMap<String, Vec<IpAddr>>,
    ) -> Result<Arc<Fetcher>, FetchError> {
        let fetcher = Fetcher {
            clients: Mutex::default(),
            overrides: Arc::new(
                overrides
                    .into_iter()
                    .map(|(k, v)| (k.to_ascii_lowercase(), v))
                    .collect(),
            ),
            hosts: HostScheduler::new(Duration::from_millis(config.max_delay_ms), config.latency_factor),
            config: config.clone(),
            cookies: Mutex::default(),
            requests: AtomicU64::new(0),
        };
        // Fail early on a configuration the HTTP stack rejects.
        fetcher.client(false, false)?;
        Ok(Arc::new(fetcher))
    }

    /// HTTP requests sent so far, retries and redirect hops included.
    pub fn requests_sent(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    pub fn scheduler(&self) -> &HostScheduler {
        &self.hosts
    }

    fn client(&self, allow_private: bool, tls_insecure: bool) -> Result<reqwest::Client, FetchError> {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(client) = clients.get(&(allow_private, tls_insecure)) {
            return Ok(client.clone());
        }
        let resolver = GuardedResolver::new(allow_private, Arc::clone(&self.overrides));
        let client = reqwest::Client::builder()
            .user_agent(self.config.user_agent.clone())
            .connect_timeout(Duration::from_millis(self.config.connect_timeout_ms))
            .read_timeout(Duration::from_millis(self.config.read_timeout_ms))
            .timeout(Duration::from_millis(self.config.request_timeout_ms))
            // Redirects are followed by hand: each hop is guarded, paced and recorded.
            .redirect(reqwest::redirect::Policy::none())
            // A proxy would resolve names where the SSRF guard cannot see them.
            .no_proxy()
            .dns_resolver(Arc::new(resolver))
            .danger_accept_invalid_certs(tls_insecure)
            .pool_idle_timeout(Duration::from_secs(30))
            .pool_max_idle_per_host(2)
            .gzip(true)
            .brotli(true)
            .deflate(true)
            .build()
            .map_err(|e| FetchError::Other(format!("cannot build the HTTP client: {e}")))?;
        clients.insert((allow_private, tls_insecure), client.clone());
        Ok(client)
    }

    /// GET with retries, reading the whole body (up to the limit), passing
    /// simple cookie challenges. A non-2xx final answer is returned as `Ok`
    /// unless it is retryable (5xx, 429) and retries ran out, so callers can
    /// tell 404 from a dead server.
    pub async fn get(&self, req: Request<'_>) -> Result<Fetched, FetchError> {
        let limit = req.limit.unwrap_or(self.config.max_body_bytes);
        self.retrying(req, || self.get_solving(req, limit)).await
    }

    /// GET with retries, leaving the body to stream ([`Opened::into_reader`]).
    pub async fn open(&self, req: Request<'_>) -> Result<Opened, FetchError> {
        self.retrying(req, || async {
            let opened = self.open_once(req).await.map_err(|e| (e, None))?;
            if FetchError::Status(opened.status).is_retryable() {
                return Err((FetchError::Status(opened.status), retry_after(&opened.headers)));
            }
            Ok(opened)
        })
        .await
    }

    async fn retrying<T, F, Fut>(&self, req: Request<'_>, attempt: F) -> Result<T, FetchError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, (FetchError, Option<Duration>)>>,
    {
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(self.config.retry_min_delay_ms))
            .with_max_delay(Duration::from_secs(60))
            .with_max_times(self.config.max_retries)
            .with_jitter();
        let url = req.url;
        attempt
            .retry(backoff)
            .when(|(error, after)| error.is_retryable() && after.is_none_or(|a| a <= INLINE_RETRY_AFTER))
            // The host gate holds Retry-After for every request to the host;
            // sleeping it here too keeps this retry from spending its turn early.
            .adjust(|(_, after), backoff| match (after, backoff) {
                (Some(after), Some(pause)) => Some(pause.max(*after)),
                (_, pause) => pause,
            })
            .notify(|(error, _), pause| {
                warn!(message = "Fetch failed; retrying.", portal = %req.policy.portal_id, %url, %error, retry_in_ms = pause.as_millis() as u64);
            })
            .await
            .map_err(|(error, _)| error)
    }

    /// One attempt, reading the body; a solved cookie challenge is retried once.
    async fn get_solving(&self, req: Request<'_>, limit: usize) -> Result<Fetched, (FetchError, Option<Duration>)> {
        let mut solved = false;
        loop {
            let opened = self.open_once(req).await.map_err(|e| (e, None))?;
            let after = retry_after(&opened.headers);
            let key = host_key(&opened.url);
            let fetched = opened.read_all(limit).await.map_err(|e| (e, None))?;
            let html = fetched.content_type.as_deref().is_none_or(|ct| ct.contains("html"));
            let challenge = if html && matches!(fetched.status, 200 | 202 | 403 | 429 | 503) {
                challenge::detect(&fetched.body)
            } else {
                None
            };
            match challenge {
                None if FetchError::Status(fetched.status).is_retryable() => {
                    return Err((FetchError::Status(fetched.status), after));
                }
                None => return Ok(fetched),
                Some(Challenge::Solvable(cookies)) if !solved => {
                    debug!(message = "Cookie challenge solved.", portal = %req.policy.portal_id, url = %req.url, cookies = cookies.len());
                    m::challenge(&req.policy.portal_id, "solved");
                    let mut jar = self.cookies.lock().unwrap_or_else(|e| e.into_inner());
                    let entry = jar.entry(key).or_default();
                    for (name, value) in cookies {
                        entry.retain(|(n, _)| *n != name);
                        entry.push((name, value));
                    }
                    solved = true;
                }
                Some(Challenge::Solvable(_)) => {
                    m::challenge(&req.policy.portal_id, "failed");
                    return Err((
                        FetchError::Challenge("the challenge came back after its cookie was set".into()),
                        None,
                    ));
                }
                Some(Challenge::Unsolvable(reason)) => {
                    m::challenge(&req.policy.portal_id, "unsolvable");
                    return Err((FetchError::Challenge(reason), None));
                }
            }
        }
    }

    /// One request and its redirects, up to the response headers.
    async fn open_once(&self, req: Request<'_>) -> Result<Opened, FetchError> {
        let policy = req.policy;
        let client = self.client(policy.allow_private_network, policy.tls_insecure)?;
        let mut url = req.url.clone();
        let mut visited = HashSet::from([url.to_string()]);
        let mut redirects = Vec::new();
        loop {
            ssrf::check_url(&url, policy.allow_private_network).map_err(|b| FetchError::Blocked(b.to_string()))?;
            let key = host_key(&url);
            // A long Retry-After: give up now rather than park the poll for an hour.
            if let Some(left) = self.hosts.held_for(&key).filter(|d| *d > INLINE_RETRY_AFTER) {
                return Err(FetchError::Held { secs: left.as_secs() });
            }
            let mut permit = self.hosts.acquire(&key, policy.host).await;
            let mut request = client
                .get(url.clone())
                .header(
                    header::ACCEPT,
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                )
                .header(header::ACCEPT_LANGUAGE, "vi,en;q=0.5");
            // Validators belong to the URL asked for, not to where it redirects.
            if let Some(v) = req.validators.filter(|_| redirects.is_empty()) {
                if let Some(etag) = v.etag.as_deref().and_then(|e| HeaderValue::from_str(e).ok()) {
                    request = request.header(header::IF_NONE_MATCH, etag);
                }
                if let Some(lm) = v.last_modified.as_deref().and_then(|e| HeaderValue::from_str(e).ok()) {
                    request = request.header(header::IF_MODIFIED_SINCE, lm);
                }
            }
            let cookie = self
                .cookies
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get(&key)
                .filter(|c| !c.is_empty())
                .and_then(|c| HeaderValue::from_str(&challenge::header(c)).ok());
            if let Some(cookie) = cookie {
                request = request.header(header::COOKIE, cookie);
            }
            self.requests.fetch_add(1, Ordering::Relaxed);
            let fetched_at = Utc::now();
            let response = match request.send().await {
                Ok(response) => response,
                Err(e) => {
                    let error = FetchError::from_reqwest(e);
                    m::fetch(&policy.portal_id, error.kind());
                    permit.finish(error.outcome());
                    return Err(error);
                }
            };
            let status = response.status();
            let latency = permit.started.elapsed();
            m::fetch(&policy.portal_id, outcome_label(status));
            if status.is_redirection()
                && let Some(location) = response.headers().get(header::LOCATION)
            {
                permit.finish(Outcome::Success { latency });
                let location = String::from_utf8_lossy(location.as_bytes()).into_owned();
                let next = url
                    .join(&location)
                    .map_err(|e| FetchError::Other(format!("bad redirect Location {location:?}: {e}")))?;
                if !matches!(next.scheme(), "http" | "https") {
                    return Err(FetchError::Other(format!("redirect to a non-HTTP URL {next}")));
                }
                let permanent = matches!(status, StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT);
                if permanent && !same_site(&url, &next) {
                    return Err(FetchError::Moved {
                        from: Box::new(url),
                        to: Box::new(next),
                        status: status.as_u16(),
                    });
                }
                if redirects.len() >= self.config.max_redirects {
                    return Err(FetchError::TooManyRedirects {
                        limit: self.config.max_redirects,
                    });
                }
                if !visited.insert(next.to_string()) {
                    return Err(FetchError::RedirectLoop(next));
                }
                debug!(message = "Following redirect.", portal = %policy.portal_id, from = %url, to = %next, status = status.as_u16());
                redirects.push((url, next.clone(), status.as_u16()));
                url = next;
                continue;
            }
            let after = retry_after(response.headers()).filter(|_| matches!(status.as_u16(), 429 | 503));
            permit.report(match after {
                Some(after) => Outcome::RetryAfter {
                    after: after.min(Duration::from_secs(self.config.max_retry_after_secs)),
                },
                None if status.is_server_error() => Outcome::Failure,
                None => Outcome::Success { latency },
            });
            return Ok(Opened {
                url,
                status: status.as_u16(),
                headers: response.headers().clone(),
                fetched_at,
                redirects,
                response,
                permit,
            });
        }
    }
}

impl Opened {
    /// Reads the body, at most `limit` bytes after decompression. A slow-drip
    /// server is cut off by the read and total timeouts of the client.
    pub async fn read_all(mut self, limit: usize) -> Result<Fetched, FetchError> {
        let header = |name| {
            self.headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let (content_type, etag, last_modified) = (
            header(header::CONTENT_TYPE),
            header(header::ETAG),
            header(header::LAST_MODIFIED),
        );
        if self.response.content_length().is_some_and(|len| len > limit as u64) {
            return Err(FetchError::TooLarge { limit });
        }
        // Counted after decompression, while streaming: a gzip bomb stops at the limit.
        let mut body = Vec::new();
        loop {
            match self.response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > limit {
                        return Err(FetchError::TooLarge { limit });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    let error = FetchError::from_reqwest(e);
                    self.permit.report(error.outcome());
                    return Err(error);
                }
            }
        }
        Ok(Fetched {
            final_url: self.url,
            status: self.status,
            content_type,
            etag,
            last_modified,
            fetched_at: self.fetched_at,
            body,
            redirects: self.redirects,
        })
    }

    /// The body as a byte stream of at most `limit` bytes; the host's permit
    /// is held until the reader is dropped.
    pub fn into_reader(self, limit: usize) -> LimitedReader {
        let stream = self.response.bytes_stream().map_err(std::io::Error::other);
        LimitedReader {
            inner: Box::pin(tokio_util::io::StreamReader::new(stream)),
            remaining: limit,
            limit,
            _permit: self.permit,
        }
    }
}

/// An `AsyncRead` that fails once more than `limit` bytes went through.
pub struct LimitedReader {
    inner: Pin<Box<dyn AsyncRead + Send>>,
    remaining: usize,
    limit: usize,
    _permit: HostPermit,
}

/// The error [`LimitedReader`] reports when the limit is passed.
#[derive(Debug, thiserror::Error)]
#[error("more than {0} bytes")]
pub struct LimitExceeded(pub usize);

impl AsyncRead for LimitedReader {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let result = self.inner.as_mut().poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = &result {
            let read = buf.filled().len() - before;
            if read > self.remaining {
                let limit = self.limit;
                return Poll::Ready(Err(std::io::Error::other(LimitExceeded(limit))));
            }
            self.remaining -= read;
        }
        result
    }
}

/// Two URLs on one site: the same host, or one is the other with `www.`.
/// Scheme and port may differ (http → https is not a move).
pub fn same_site(a: &Url, b: &Url) -> bool {
    let strip = |u: &Url| u.host_str().map(|h| h.trim_start_matches("www.").to_ascii_lowercase());
    strip(a) == strip(b)
}

/// `Retry-After` as a duration: delta-seconds or an HTTP date.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = DateTime::parse_from_rfc2822(value).ok()?;
    Some((at.with_timezone(&Utc) - Utc::now()).to_std().unwrap_or(Duration::ZERO))
}

fn outcome_label(status: StatusCode) -> &'static str {
    match status.as_u16() {
        200..=299 => "ok",
        304 => "not_modified",
        300..=399 => "redirect",
        429 => "rate_limited",
        400..=499 => "client_error",
        _ => "server_error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetched(content_type: &str, body: &[u8]) -> Fetched {
        Fetched {
            final_url: Url::parse("http://a/").unwrap(),
            status: 200,
            content_type: Some(content_type.into()),
            etag: None,
            last_modified: None,
            fetched_at: Utc::now(),
            body: body.to_vec(),
            redirects: vec![],
        }
    }

    #[test]
    fn charset_from_content_type() {
        let mut f = fetched("text/html; Charset=\"Windows-1258\"", b"");
        assert_eq!(f.charset().as_deref(), Some("windows-1258"));
        f.content_type = Some("text/html".into());
        assert_eq!(f.charset(), None);
    }

    #[test]
    fn a_utf8_claim_the_body_contradicts_is_dropped() {
        let win1258 = fetched("text/html; charset=utf-8", b"<p>Ngh\xea An</p>");
        assert_eq!(win1258.charset().as_deref(), Some("utf-8"));
        assert_eq!(win1258.trusted_charset(), None);
        let utf8 = fetched("text/html; charset=utf-8", "<p>Nghệ An</p>".as_bytes());
        assert_eq!(utf8.trusted_charset().as_deref(), Some("utf-8"));
    }

    #[test]
    fn what_is_retried() {
        assert!(FetchError::Status(503).is_retryable());
        assert!(FetchError::Status(429).is_retryable());
        assert!(!FetchError::Status(404).is_retryable());
        assert!(!FetchError::TooLarge { limit: 1 }.is_retryable());
        assert!(!FetchError::Dns("x".into()).is_retryable());
    }

    #[test]
    fn retry_after_forms() {
        let mut h = HeaderMap::new();
        h.insert(header::RETRY_AFTER, HeaderValue::from_static("120"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(120)));
        let later = (Utc::now() + chrono::Duration::seconds(300)).to_rfc2822();
        h.insert(header::RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        let d = retry_after(&h).unwrap();
        assert!(d > Duration::from_secs(290) && d <= Duration::from_secs(300), "{d:?}");
        h.insert(header::RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn moves_are_host_changes() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert!(same_site(&u("http://a.gov.vn/x"), &u("https://www.a.gov.vn/y")));
        assert!(!same_site(
            &u("https://kimson.ninhbinh.gov.vn/"),
            &u("https://ninhbinh.gov.vn/")
        ));
    }
}
