//! HTTP fetching: timeouts, size limits, retries with backoff, politeness.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use chrono::{DateTime, Utc};
use reqwest::header::{self, HeaderMap};
use tracing::warn;
use url::Url;

use crate::config::CrawlerConfig;
use crate::politeness::{HostScheduler, host_key};

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

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("timed out: {0}")]
    Timeout(String),
    #[error("connection failed: {0}")]
    Connect(String),
    #[error("server answered HTTP {0}")]
    Status(u16),
    #[error("body exceeds the {limit}-byte limit")]
    TooLarge { limit: usize },
    #[error("request failed: {0}")]
    Other(String),
}

impl FetchError {
    /// Worth another try after a pause: transient network trouble, 5xx, 429.
    pub fn is_retryable(&self) -> bool {
        match self {
            FetchError::Timeout(_) | FetchError::Connect(_) => true,
            FetchError::Status(s) => *s == 429 || (500..600).contains(s),
            FetchError::TooLarge { .. } | FetchError::Other(_) => false,
        }
    }

    /// A short label for logs and metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Timeout(_) => "timeout",
            FetchError::Connect(_) => "connect",
            FetchError::Status(_) => "status",
            FetchError::TooLarge { .. } => "too_large",
            FetchError::Other(_) => "other",
        }
    }

    fn from_reqwest(e: reqwest::Error) -> FetchError {
        // The source chain says more than the top-level message.
        let mut message = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            message = format!("{message}: {s}");
            source = s.source();
        }
        if e.is_timeout() {
            FetchError::Timeout(message)
        } else if e.is_connect() {
            FetchError::Connect(message)
        } else {
            FetchError::Other(message)
        }
    }
}

/// An HTTP client that waits its turn per host and retries what is worth retrying.
pub struct Fetcher {
    client: reqwest::Client,
    hosts: HostScheduler,
    config: CrawlerConfig,
    requests: AtomicU64,
}

impl Fetcher {
    pub fn new(config: &CrawlerConfig) -> Result<Arc<Fetcher>, FetchError> {
        let client = reqwest::Client::builder()
            .user_agent(config.user_agent.clone())
            .connect_timeout(Duration::from_millis(config.connect_timeout_ms))
            .timeout(Duration::from_millis(config.request_timeout_ms))
            .redirect(reqwest::redirect::Policy::limited(10))
            .gzip(true)
            .brotli(true)
            .deflate(true)
            .build()
            .map_err(|e| FetchError::Other(format!("cannot build the HTTP client: {e}")))?;
        Ok(Arc::new(Fetcher {
            client,
            hosts: HostScheduler::default(),
            config: config.clone(),
            requests: AtomicU64::new(0),
        }))
    }

    /// HTTP requests sent so far, retries included.
    pub fn requests_sent(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// GET with retries. `delay` is this host's pause between requests. A
    /// non-2xx final answer is returned as `Ok` unless it is retryable (5xx,
    /// 429) and retries ran out, so callers can tell 404 from a dead server.
    pub async fn get(&self, url: &Url, delay: Duration) -> Result<Fetched, FetchError> {
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(self.config.retry_min_delay_ms))
            .with_max_delay(Duration::from_secs(60))
            .with_max_times(self.config.max_retries)
            .with_jitter();
        (|| async {
            let fetched = self.get_once(url, delay).await?;
            if FetchError::Status(fetched.status).is_retryable() {
                return Err(FetchError::Status(fetched.status));
            }
            Ok(fetched)
        })
        .retry(backoff)
        .when(FetchError::is_retryable)
        .notify(|error, pause| {
            warn!(message = "Fetch failed; retrying.", %url, %error, retry_in_ms = pause.as_millis() as u64);
        })
        .await
    }

    async fn get_once(&self, url: &Url, delay: Duration) -> Result<Fetched, FetchError> {
        let _permit = self.hosts.acquire(&host_key(url), delay).await;
        self.requests.fetch_add(1, Ordering::Relaxed);
        let fetched_at = Utc::now();
        let mut response = self
            .client
            .get(url.clone())
            .send()
            .await
            .map_err(FetchError::from_reqwest)?;
        let header = |headers: &HeaderMap, name| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let headers = response.headers();
        let (content_type, etag, last_modified) = (
            header(headers, header::CONTENT_TYPE),
            header(headers, header::ETAG),
            header(headers, header::LAST_MODIFIED),
        );
        let limit = self.config.max_body_bytes;
        if response.content_length().is_some_and(|len| len as usize > limit) {
            return Err(FetchError::TooLarge { limit });
        }
        let final_url = response.url().clone();
        let status = response.status().as_u16();
        // Counted after decompression, while streaming: a gzip bomb stops at the limit.
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(FetchError::from_reqwest)? {
            if body.len() + chunk.len() > limit {
                return Err(FetchError::TooLarge { limit });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Fetched {
            final_url,
            status,
            content_type,
            etag,
            last_modified,
            fetched_at,
            body,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_from_content_type() {
        let mut f = Fetched {
            final_url: Url::parse("http://a/").unwrap(),
            status: 200,
            content_type: Some("text/html; Charset=\"Windows-1258\"".into()),
            etag: None,
            last_modified: None,
            fetched_at: Utc::now(),
            body: vec![],
        };
        assert_eq!(f.charset().as_deref(), Some("windows-1258"));
        f.content_type = Some("text/html".into());
        assert_eq!(f.charset(), None);
    }

    #[test]
    fn what_is_retried() {
        assert!(FetchError::Status(503).is_retryable());
        assert!(FetchError::Status(429).is_retryable());
        assert!(!FetchError::Status(404).is_retryable());
        assert!(!FetchError::TooLarge { limit: 1 }.is_retryable());
    }
}
