//! The vnportal crawler: polls portal listings, finds article links, fetches
//! new article pages politely and emits them as [`vnportal_model::RawPage`]s.
//!
//! * [`config`]: crawler settings and the portal registry;
//! * [`fetch`]: HTTP with timeouts, size limits and retries (`backon`);
//! * [`politeness`]: one request in flight per host, a pause between requests;
//! * [`robots`]: robots.txt rules (`texting_robots`);
//! * [`links`]: article and pagination link discovery;
//! * [`seen`]: the persistent seen-set;
//! * [`Crawler`]: the poll loop.

pub mod config;
pub mod fetch;
pub mod links;
pub mod politeness;
pub mod robots;
pub mod seen;
mod service;

pub use config::{ConfigError, CrawlerConfig, Portal, load_portals, parse_portals};
pub use seen::SeenStore;
pub use service::{CrawlError, CrawlStats, Crawler};
