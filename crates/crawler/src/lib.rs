//! The vnportal crawler: discovers new articles on portals (feeds, sitemaps,
//! paginated listings), fetches them politely and emits them as
//! [`vnportal_model::RawPage`]s.
//!
//! * [`config`]: crawler settings and the portal registry;
//! * [`scheduler`]: per-host queues, delays, Retry-After, adaptive backoff;
//! * [`fetch`]: HTTP with the SSRF guard, redirects, limits, retries (`backon`);
//! * [`ssrf`]: refusing private, loopback and metadata addresses;
//! * [`challenge`]: simple JavaScript cookie challenges;
//! * [`robots`]: robots.txt rules (`texting_robots`) and their cache;
//! * [`breaker`]: the circuit breaker per portal;
//! * [`canonical`]: URL canonicalization;
//! * [`links`]: article, pagination and feed discovery on listing pages;
//! * [`feeds`], [`sitemap`]: RSS/Atom and sitemaps;
//! * [`state`], [`seen`]: the persistent crawl state;
//! * [`health`]: probing a portal for `vnportal portals check`;
//! * [`metrics`]: the metric names;
//! * [`Crawler`]: the poll loop.

pub mod breaker;
pub mod canonical;
pub mod challenge;
pub mod config;
pub mod feeds;
pub mod fetch;
pub mod health;
pub mod links;
pub mod metrics;
pub mod robots;
pub mod scheduler;
pub mod seen;
mod service;
pub mod sitemap;
pub mod ssrf;
pub mod state;

pub use breaker::BreakerState;
pub use config::{ConfigError, CrawlerConfig, Platform, Portal, load_portals, parse_portals};
pub use service::{CrawlError, CrawlStats, Crawler};
pub use state::{CrawlState, SeenStore};
