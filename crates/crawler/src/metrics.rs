//! Crawler metrics, emitted through the `metrics` facade (the binary installs
//! an exporter; without one they cost next to nothing). Every metric carries
//! the portal id as label `portal`.
//!
//! | name | type | labels | meaning |
//! |---|---|---|---|
//! | `vnportal_crawler_fetches_total` | counter | `portal`, `outcome` | HTTP requests sent, each retry and redirect hop counted. `outcome`: `ok`, `not_modified`, `redirect`, `client_error`, `rate_limited`, `server_error`, or an error kind (`timeout`, `dns`, `refused`, `connect`, `blocked`, `other`) when no response came |
//! | `vnportal_crawler_errors_total` | counter | `portal`, `kind` | URLs given up on (after retries). `kind`: `timeout`, `dns`, `refused`, `connect`, `blocked`, `status` (4xx), `server_error`, `rate_limited`, `too_large`, `too_many_redirects`, `redirect_loop`, `moved`, `challenge`, `held` (a long Retry-After still running), `robots_unavailable`, `sitemap`, `feed`, `emit`, `state`, `other` |
//! | `vnportal_crawler_articles_found_total` | counter | `portal` | new article URLs discovered (not in the seen-set), from listings, feeds and sitemaps |
//! | `vnportal_crawler_pages_emitted_total` | counter | `portal` | article pages published to the raw-pages topic |
//! | `vnportal_crawler_robots_disallowed_total` | counter | `portal` | URLs skipped because robots.txt disallows them (or is unavailable) |
//! | `vnportal_crawler_challenges_total` | counter | `portal`, `result` | cookie challenges met: `solved`, `unsolvable`, `failed` |
//! | `vnportal_crawler_moves_total` | counter | `portal` | permanent cross-domain redirects recorded (not followed) |
//! | `vnportal_crawler_breaker_state` | gauge | `portal` | circuit breaker: 0 closed, 1 half-open, 2 open |
//! | `vnportal_crawler_poll_duration_seconds` | histogram | `portal` | wall time of one poll of one portal |

use std::time::Duration;

use crate::breaker::BreakerState;

pub const FETCHES: &str = "vnportal_crawler_fetches_total";
pub const ERRORS: &str = "vnportal_crawler_errors_total";
pub const ARTICLES_FOUND: &str = "vnportal_crawler_articles_found_total";
pub const PAGES_EMITTED: &str = "vnportal_crawler_pages_emitted_total";
pub const ROBOTS_DISALLOWED: &str = "vnportal_crawler_robots_disallowed_total";
pub const CHALLENGES: &str = "vnportal_crawler_challenges_total";
pub const MOVES: &str = "vnportal_crawler_moves_total";
pub const BREAKER_STATE: &str = "vnportal_crawler_breaker_state";
pub const POLL_DURATION: &str = "vnportal_crawler_poll_duration_seconds";

pub(crate) fn fetch(portal: &str, outcome: &'static str) {
    metrics::counter!(FETCHES, "portal" => portal.to_owned(), "outcome" => outcome).increment(1);
}

pub(crate) fn error(portal: &str, kind: &'static str) {
    metrics::counter!(ERRORS, "portal" => portal.to_owned(), "kind" => kind).increment(1);
}

pub(crate) fn articles_found(portal: &str, n: u64) {
    if n > 0 {
        metrics::counter!(ARTICLES_FOUND, "portal" => portal.to_owned()).increment(n);
    }
}

pub(crate) fn emitted(portal: &str) {
    metrics::counter!(PAGES_EMITTED, "portal" => portal.to_owned()).increment(1);
}

pub(crate) fn robots_disallowed(portal: &str) {
    metrics::counter!(ROBOTS_DISALLOWED, "portal" => portal.to_owned()).increment(1);
}

pub(crate) fn challenge(portal: &str, result: &'static str) {
    metrics::counter!(CHALLENGES, "portal" => portal.to_owned(), "result" => result).increment(1);
}

pub(crate) fn moved(portal: &str) {
    metrics::counter!(MOVES, "portal" => portal.to_owned()).increment(1);
}

pub(crate) fn breaker(portal: &str, state: BreakerState) {
    metrics::gauge!(BREAKER_STATE, "portal" => portal.to_owned()).set(state.gauge());
}

pub(crate) fn poll_duration(portal: &str, took: Duration) {
    metrics::histogram!(POLL_DURATION, "portal" => portal.to_owned()).record(took.as_secs_f64());
}
