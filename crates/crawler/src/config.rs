//! Crawler settings and the portal registry (`config/portals.toml`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use regex::Regex;
use serde::Deserialize;
use url::Url;
use vnportal_model::SelectorOverrides;

/// Crawler settings (`[crawler]` in `vnportal.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CrawlerConfig {
    /// Sent with every request. Portal operators read it: keep a contact in it.
    pub user_agent: String,
    /// Minimum pause between two requests to one host, in milliseconds.
    /// robots.txt `Crawl-delay` raises it, never lowers it.
    pub min_delay_ms: u64,
    pub connect_timeout_ms: u64,
    /// Whole-request limit, body included.
    pub request_timeout_ms: u64,
    /// Retries after the first attempt on timeouts, connection errors, 5xx and 429.
    pub max_retries: usize,
    /// First backoff delay; doubles per retry, with jitter.
    pub retry_min_delay_ms: u64,
    /// Seconds between two polls of one portal (`run` without `--once`).
    pub poll_interval_secs: u64,
    /// Listing pages followed per start url, first page included.
    pub max_listing_pages: usize,
    /// Bodies larger than this are cut off and the fetch fails. Counted after
    /// decompression, while streaming.
    pub max_body_bytes: usize,
    /// Longest silence while reading a response; a server that stalls longer is cut off.
    pub read_timeout_ms: u64,
    /// Requests in flight per host at once.
    pub host_concurrency: usize,
    /// Ceiling of the adaptive per-host delay (slow or failing hosts). A
    /// robots.txt `Crawl-delay` above it still wins.
    pub max_delay_ms: u64,
    /// The adaptive delay is at least this many times the host's recent response time.
    pub latency_factor: f64,
    /// Longest `Retry-After` honoured; longer ones are capped to this for the
    /// host, and the URL is given up for this poll.
    pub max_retry_after_secs: u64,
    /// Redirect hops followed per request.
    pub max_redirects: usize,
    /// How long a fetched robots.txt is trusted.
    pub robots_ttl_secs: u64,
    /// First pause before fetching robots.txt again after a 5xx or an
    /// unreachable host (everything is disallowed meanwhile); doubles per failure.
    pub robots_error_ttl_secs: u64,
    /// Consecutive failed requests (5xx after retries, timeouts) that open a
    /// portal's circuit breaker. A DNS failure or refused connection opens it at once.
    pub breaker_failures: u32,
    /// First pause before an open breaker lets a probe through; doubles per failed probe.
    pub breaker_probe_min_secs: u64,
    pub breaker_probe_max_secs: u64,
    /// Uncompressed bytes read from one sitemap (the protocol's own limit is 50 MB).
    pub max_sitemap_bytes: usize,
    /// Article URLs taken from one sitemap file.
    pub max_sitemap_urls: usize,
    /// Listing pages walked per start url in a backfill (`--backfill-until`).
    pub max_backfill_pages: usize,
}

impl Default for CrawlerConfig {
    fn default() -> Self {
        CrawlerConfig {
            user_agent: concat!(
                "vnportal/",
                env!("CARGO_PKG_VERSION"),
                " (+https://github.com/vnportal/vnportal)"
            )
            .into(),
            min_delay_ms: 1000,
            connect_timeout_ms: 10_000,
            request_timeout_ms: 30_000,
            max_retries: 3,
            retry_min_delay_ms: 500,
            poll_interval_secs: 1800,
            max_listing_pages: 5,
            max_body_bytes: 10 * 1024 * 1024,
            read_timeout_ms: 15_000,
            host_concurrency: 1,
            max_delay_ms: 120_000,
            latency_factor: 2.0,
            max_retry_after_secs: 3600,
            max_redirects: 10,
            robots_ttl_secs: 24 * 3600,
            robots_error_ttl_secs: 300,
            breaker_failures: 5,
            breaker_probe_min_secs: 60,
            breaker_probe_max_secs: 24 * 3600,
            max_sitemap_bytes: 50 * 1024 * 1024,
            max_sitemap_urls: 50_000,
            max_backfill_pages: 2000,
        }
    }
}

impl CrawlerConfig {
    /// The robots.txt product token: the User-Agent up to the first `/` or space.
    pub fn robots_agent(&self) -> &str {
        self.user_agent.split(['/', ' ']).next().unwrap_or("vnportal")
    }
}

/// One `[[portal]]` entry as written in the registry file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PortalEntry {
    id: String,
    name: String,
    #[serde(default)]
    province: Option<String>,
    base_url: String,
    start_urls: Vec<String>,
    #[serde(default)]
    article_pattern: Option<String>,
    #[serde(default)]
    min_delay_ms: Option<u64>,
    #[serde(default)]
    poll_interval_secs: Option<u64>,
    #[serde(default)]
    allow_private_network: bool,
    #[serde(default)]
    enabled: Option<bool>,
    #[serde(default)]
    selectors: SelectorOverrides,
    #[serde(default)]
    platform: Platform,
    #[serde(default)]
    province_code: Option<String>,
    #[serde(default)]
    legacy: bool,
    #[serde(default)]
    unverified: bool,
    #[serde(default)]
    feeds: Vec<String>,
    #[serde(default)]
    sitemaps: Vec<String>,
    #[serde(default)]
    tls_insecure: bool,
    #[serde(default)]
    concurrency: Option<usize>,
    #[serde(default)]
    notes: Option<String>,
}

/// The CMS a portal runs; decides nothing yet beyond reporting, but `portals
/// check` compares it with what it detects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// SharePoint, e.g. the Tân Dân portal product (`/Pages/…aspx`, `/Trang/…`).
    Sharepoint,
    /// VNPT ePortal and other Liferay portals (`/web/guest/…`, `/-/asset_publisher/`).
    Liferay,
    /// Other ASP.NET (WebForms, DotNetNuke) sites.
    Aspnet,
    Wordpress,
    Joomla,
    Drupal,
    /// A custom CMS (PHP, Java, …).
    Custom,
    #[default]
    Unknown,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Sharepoint => "sharepoint",
            Platform::Liferay => "liferay",
            Platform::Aspnet => "aspnet",
            Platform::Wordpress => "wordpress",
            Platform::Joomla => "joomla",
            Platform::Drupal => "drupal",
            Platform::Custom => "custom",
            Platform::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default)]
    portal: Vec<PortalEntry>,
}

/// A validated portal.
#[derive(Debug, Clone)]
pub struct Portal {
    pub id: String,
    pub name: String,
    pub province: Option<String>,
    pub base_url: Url,
    pub start_urls: Vec<Url>,
    /// Article links match this; without it, link heuristics decide.
    pub article_pattern: Option<Regex>,
    pub min_delay: Option<Duration>,
    pub poll_interval: Option<Duration>,
    /// Loopback and private addresses are only crawled when this is set.
    pub allow_private_network: bool,
    /// CSS selectors the parser uses for this portal before its own rules.
    pub selectors: SelectorOverrides,
    pub platform: Platform,
    /// The two-digit code of the province (post-2025 numbering) the portal belongs to.
    pub province_code: Option<String>,
    /// A portal of a unit abolished in 2025 (district, merged province or commune): may be gone or frozen.
    pub legacy: bool,
    /// Nobody has checked the entry against the live site (`vnportal portals check`).
    pub unverified: bool,
    /// RSS/Atom feeds to poll besides the ones listing pages announce.
    pub feeds: Vec<Url>,
    /// Sitemaps to read besides the ones robots.txt announces.
    pub sitemaps: Vec<Url>,
    /// Accept invalid TLS certificates (broken .gov.vn chains). Logged as a warning.
    pub tls_insecure: bool,
    /// Requests in flight to this portal's hosts; overrides `[crawler] host_concurrency`.
    pub concurrency: Option<usize>,
    pub notes: Option<String>,
}

/// A registry error that names the file, the portal and the field.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read portal registry {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: invalid TOML: {message}")]
    Syntax { path: PathBuf, message: String },
    #[error("{path}: portal `{portal}`: field `{field}`: {message}")]
    Field {
        path: PathBuf,
        portal: String,
        field: &'static str,
        message: String,
    },
    #[error("{path}: no enabled portal")]
    Empty { path: PathBuf },
}

/// Loads and validates a portal registry file. Disabled portals are skipped.
pub fn load_portals(path: &Path) -> Result<Vec<Portal>, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.into(),
        source,
    })?;
    parse_portals(&text, path)
}

/// Parses and validates registry text; `path` only names the source in errors.
pub fn parse_portals(text: &str, path: &Path) -> Result<Vec<Portal>, ConfigError> {
    let file: RegistryFile = toml::from_str(text).map_err(|e| ConfigError::Syntax {
        path: path.into(),
        message: e.to_string(),
    })?;
    let mut portals: Vec<Portal> = Vec::new();
    for entry in file.portal {
        if entry.enabled == Some(false) {
            continue;
        }
        let field = |field: &'static str, message: String| ConfigError::Field {
            path: path.into(),
            portal: entry.id.clone(),
            field,
            message,
        };
        if entry.id.is_empty()
            || !entry
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(field(
                "id",
                "must be non-empty ASCII letters, digits, '-' or '_'".into(),
            ));
        }
        if portals.iter().any(|p| p.id == entry.id) {
            return Err(field("id", "duplicate portal id".into()));
        }
        let base_url = parse_http_url(&entry.base_url).map_err(|m| field("base_url", m))?;
        if entry.start_urls.is_empty() {
            return Err(field("start_urls", "needs at least one listing url".into()));
        }
        let start_urls = entry
            .start_urls
            .iter()
            .map(|u| parse_http_url(u).map_err(|m| field("start_urls", m)))
            .collect::<Result<Vec<_>, _>>()?;
        let article_pattern = entry
            .article_pattern
            .as_deref()
            .map(|p| Regex::new(p).map_err(|e| field("article_pattern", e.to_string())))
            .transpose()?;
        for (name, selector) in entry.selectors.all() {
            scraper::Selector::parse(selector).map_err(|e| {
                field(
                    "selectors",
                    format!("{name} = {selector:?} is not a valid CSS selector: {e}"),
                )
            })?;
        }
        if entry.poll_interval_secs == Some(0) {
            return Err(field("poll_interval_secs", "must be at least 1".into()));
        }
        if entry.concurrency == Some(0) {
            return Err(field("concurrency", "must be at least 1".into()));
        }
        if let Some(code) = &entry.province_code
            && !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(field("province_code", format!("{code:?} is not a two-digit code")));
        }
        let feeds = entry
            .feeds
            .iter()
            .map(|u| parse_http_url(u).map_err(|m| field("feeds", m)))
            .collect::<Result<Vec<_>, _>>()?;
        let sitemaps = entry
            .sitemaps
            .iter()
            .map(|u| parse_http_url(u).map_err(|m| field("sitemaps", m)))
            .collect::<Result<Vec<_>, _>>()?;
        portals.push(Portal {
            id: entry.id.clone(),
            name: entry.name,
            province: entry.province,
            base_url,
            start_urls,
            article_pattern,
            min_delay: entry.min_delay_ms.map(Duration::from_millis),
            poll_interval: entry.poll_interval_secs.map(Duration::from_secs),
            allow_private_network: entry.allow_private_network,
            selectors: entry.selectors,
            platform: entry.platform,
            province_code: entry.province_code,
            legacy: entry.legacy,
            unverified: entry.unverified,
            feeds,
            sitemaps,
            tls_insecure: entry.tls_insecure,
            concurrency: entry.concurrency,
            notes: entry.notes,
        });
    }
    if portals.is_empty() {
        return Err(ConfigError::Empty { path: path.into() });
    }
    Ok(portals)
}

fn parse_http_url(text: &str) -> Result<Url, String> {
    let url = Url::parse(text).map_err(|e| format!("{text:?} is not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" if url.host().is_some() => Ok(url),
        _ => Err(format!("{text:?} must be an absolute http(s) URL")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Portal>, ConfigError> {
        parse_portals(text, Path::new("portals.toml"))
    }

    #[test]
    fn valid_registry() {
        let portals = parse(
            r#"
            [[portal]]
            id = "kimson"
            name = "Huyện Kim Sơn"
            province = "Ninh Bình"
            base_url = "https://kimson.ninhbinh.gov.vn"
            start_urls = ["https://kimson.ninhbinh.gov.vn/tin-tuc"]
            article_pattern = '/tin-tuc/.+\.html$'
            min_delay_ms = 2000

            [[portal]]
            id = "off"
            name = "Disabled"
            base_url = "https://x.gov.vn"
            start_urls = ["https://x.gov.vn/"]
            enabled = false
            "#,
        )
        .unwrap();
        assert_eq!(portals.len(), 1);
        assert_eq!(portals[0].min_delay, Some(Duration::from_secs(2)));
        assert!(
            portals[0]
                .article_pattern
                .as_ref()
                .unwrap()
                .is_match("https://a/tin-tuc/x-1.html")
        );
    }

    #[test]
    fn errors_name_file_portal_and_field() {
        let err = parse(
            r#"
            [[portal]]
            id = "bad"
            name = "Bad"
            base_url = "https://bad.gov.vn"
            start_urls = ["https://bad.gov.vn/"]
            article_pattern = "(unclosed"
            "#,
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("portals.toml: portal `bad`: field `article_pattern`"),
            "{err}"
        );

        let err = parse(
            r#"
            [[portal]]
            id = "ftp"
            name = "F"
            base_url = "ftp://x"
            start_urls = ["https://x/"]
            "#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("portal `ftp`: field `base_url`"), "{err}");

        let err = parse("[[portal]]\nid = \"x\"\nname = \"x\"\nbase_url = \"https://x\"\nstart_urls = []\nbogus = 1\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("portals.toml") && err.contains("bogus"), "{err}");

        let err = parse(
            "[[portal]]\nid = \"s\"\nname = \"s\"\nbase_url = \"https://s\"\nstart_urls = [\"https://s/\"]\n[portal.selectors]\nbody = \"div..x\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("portal `s`: field `selectors`: body = \"div..x\""),
            "{err}"
        );

        let dup = "[[portal]]\nid = \"a\"\nname = \"a\"\nbase_url = \"https://a\"\nstart_urls = [\"https://a/\"]\n";
        let err = parse(&format!("{dup}{dup}")).unwrap_err().to_string();
        assert!(err.contains("portal `a`: field `id`: duplicate"), "{err}");
    }
}
