//! Per-host politeness: a FIFO queue per host (`host:port`), at most
//! `concurrency` requests in flight, and a pause between requests.
//!
//! The pause is `max(base, adaptive)`: `base` is the configured minimum or
//! robots.txt `Crawl-delay`, whichever is larger; `adaptive` follows the
//! host's health: a multiple of its recent response time, doubled per
//! consecutive failure, capped at `max_delay`. Errors only ever lengthen
//! the pause; successes shorten it one step at a time. A `Retry-After`
//! (429, 503) holds the whole host until that instant.
//!
//! `governor` rate-limits all keys at one rate; hosts here each have their
//! own delay, so this is a small scheduler of its own. Waiters queue on a
//! fair semaphore, so requests to one host start in arrival order.
//!
//! With `concurrency` N > 1, starts are spaced by `delay / N` and each
//! request's end pushes the next start to at least `end + delay / N`: N
//! connections, each as polite as one connection with the full delay.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// Consecutive failures beyond this no longer double the pause (2^6 = 64x).
const MAX_PENALTY: u32 = 6;
/// Weight of the newest response time in the moving average.
const LATENCY_ALPHA: f64 = 0.3;

/// How a host is to be treated, from configuration and robots.txt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HostPolicy {
    /// The configured minimum pause or the robots.txt Crawl-delay, whichever is larger.
    pub base_delay: Duration,
    pub concurrency: usize,
}

/// How one request went, as far as the host's pace is concerned.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// A response arrived (any status that is not the host's fault) after `latency`.
    Success { latency: Duration },
    /// 5xx, timeout, connection failure: the host is struggling.
    Failure,
    /// 429 or 503 with `Retry-After`: nothing to this host before `after` elapses.
    RetryAfter { after: Duration },
    /// Nothing learnt (cancelled, refused by us before sending).
    Neutral,
}

/// Per-host figures, kept in the crawl state across restarts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct HostStats {
    pub requests: u64,
    pub failures: u64,
    /// Consecutive failures, as they currently weigh on the pause.
    pub penalty: u32,
    /// Moving average of the response time, milliseconds.
    pub latency_ms: Option<f64>,
    /// The pause currently applied after each request, milliseconds.
    pub delay_ms: u64,
}

pub struct HostScheduler {
    hosts: Mutex<HashMap<String, Arc<Host>>>,
    max_delay: Duration,
    latency_factor: f64,
}

struct Host {
    slots: Arc<Semaphore>,
    concurrency: usize,
    timing: Mutex<Timing>,
}

struct Timing {
    /// When the last request ended and started. The pause is computed from
    /// them at each acquire, so a delay raised meanwhile (robots.txt
    /// `Crawl-delay` learnt from the request that just ended) applies at once.
    last_end: Option<Instant>,
    last_start: Option<Instant>,
    /// Retry-After: nothing before this.
    hold_until: Option<Instant>,
    base: Duration,
    stats: HostStats,
}

impl Timing {
    /// When the next request may start.
    fn ready_at(&self, delay: Duration, concurrency: u32) -> Option<Instant> {
        let spacing = delay / concurrency;
        [
            self.last_end.map(|t| t + spacing),
            self.last_start.map(|t| t + spacing),
            self.hold_until,
        ]
        .into_iter()
        .flatten()
        .max()
    }
}

impl Host {
    fn timing(&self) -> MutexGuard<'_, Timing> {
        self.timing.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The right to send one request to a host. [`HostPermit::report`] tells
/// how it went; the host's pause starts when the permit is dropped (the end
/// of the request, body included). Unreported, it counts as [`Outcome::Neutral`].
pub struct HostPermit {
    host: Arc<Host>,
    _slot: OwnedSemaphorePermit,
    max_delay: Duration,
    latency_factor: f64,
    /// When the request was allowed to start.
    pub started: Instant,
    outcome: Outcome,
}

impl HostPermit {
    /// Records how the request went; the last report before the drop counts.
    pub fn report(&mut self, outcome: Outcome) {
        self.outcome = outcome;
    }

    /// Reports and releases.
    pub fn finish(mut self, outcome: Outcome) {
        self.report(outcome);
    }
}

impl Drop for HostPermit {
    fn drop(&mut self) {
        let outcome = self.outcome;
        let now = Instant::now();
        let mut t = self.host.timing();
        if outcome != Outcome::Neutral {
            t.stats.requests += 1;
        }
        match outcome {
            Outcome::Success { latency } => {
                let ms = latency.as_secs_f64() * 1000.0;
                t.stats.latency_ms = Some(match t.stats.latency_ms {
                    Some(avg) => avg + LATENCY_ALPHA * (ms - avg),
                    None => ms,
                });
                t.stats.penalty = t.stats.penalty.saturating_sub(1);
            }
            Outcome::Failure | Outcome::RetryAfter { .. } => {
                t.stats.failures += 1;
                t.stats.penalty = (t.stats.penalty + 1).min(MAX_PENALTY);
            }
            Outcome::Neutral => {}
        }
        let delay = effective_delay(t.base, &t.stats, self.max_delay, self.latency_factor);
        t.stats.delay_ms = delay.as_millis() as u64;
        t.last_end = Some(t.last_end.map_or(now, |at| at.max(now)));
        if let Outcome::RetryAfter { after } = outcome {
            let until = now + after;
            t.hold_until = Some(t.hold_until.map_or(until, |at| at.max(until)));
        }
    }
}

/// `max(base, min(max_delay, max(base, factor × latency) × 2^penalty))`.
fn effective_delay(base: Duration, stats: &HostStats, max_delay: Duration, factor: f64) -> Duration {
    let latency = stats.latency_ms.map_or(Duration::ZERO, |ms| {
        Duration::from_secs_f64((ms * factor / 1000.0).max(0.0))
    });
    let adaptive = base.max(latency).saturating_mul(1 << stats.penalty.min(MAX_PENALTY));
    base.max(adaptive.min(max_delay))
}

impl HostScheduler {
    pub fn new(max_delay: Duration, latency_factor: f64) -> HostScheduler {
        HostScheduler {
            hosts: Mutex::default(),
            max_delay,
            latency_factor: if latency_factor.is_finite() && latency_factor >= 0.0 {
                latency_factor
            } else {
                0.0
            },
        }
    }

    fn host(&self, key: &str, concurrency: usize) -> Arc<Host> {
        let mut hosts = self.hosts.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(hosts.entry(key.to_owned()).or_insert_with(|| {
            let concurrency = concurrency.max(1);
            Arc::new(Host {
                slots: Arc::new(Semaphore::new(concurrency)),
                concurrency,
                timing: Mutex::new(Timing {
                    last_end: None,
                    last_start: None,
                    hold_until: None,
                    base: Duration::ZERO,
                    stats: HostStats::default(),
                }),
            })
        }))
    }

    /// Waits for `host`'s turn: a free slot (FIFO) and the end of its pause.
    pub async fn acquire(&self, key: &str, policy: HostPolicy) -> HostPermit {
        let host = self.host(key, policy.concurrency);
        // The semaphore is never closed, so this cannot fail; a closed one would only mean "go".
        let slot = match Arc::clone(&host.slots).acquire_owned().await {
            Ok(slot) => slot,
            Err(_) => unreachable_semaphore(),
        };
        // The pause can grow while we sleep (a Retry-After from a request in
        // flight, a longer Crawl-delay), so look again after each wait.
        let concurrency = host.concurrency.max(1) as u32;
        loop {
            let ready = {
                let mut t = host.timing();
                t.base = policy.base_delay;
                let delay = effective_delay(t.base, &t.stats, self.max_delay, self.latency_factor);
                t.ready_at(delay, concurrency)
            };
            match ready {
                Some(at) if at > Instant::now() => tokio::time::sleep_until(at).await,
                _ => break,
            }
        }
        let now = Instant::now();
        host.timing().last_start = Some(now);
        HostPermit {
            host,
            _slot: slot,
            max_delay: self.max_delay,
            latency_factor: self.latency_factor,
            started: now,
            outcome: Outcome::Neutral,
        }
    }

    /// How long `key` is still held by a Retry-After, if it is.
    pub fn held_for(&self, key: &str) -> Option<Duration> {
        let hosts = self.hosts.lock().unwrap_or_else(|e| e.into_inner());
        let until = hosts.get(key)?.timing().hold_until?;
        until.checked_duration_since(Instant::now()).filter(|d| !d.is_zero())
    }

    pub fn stats(&self, key: &str) -> Option<HostStats> {
        let hosts = self.hosts.lock().unwrap_or_else(|e| e.into_inner());
        hosts.get(key).map(|h| h.timing().stats)
    }

    /// Every host's figures, for the crawl state.
    pub fn all_stats(&self) -> Vec<(String, HostStats)> {
        let hosts = self.hosts.lock().unwrap_or_else(|e| e.into_inner());
        hosts.iter().map(|(k, h)| (k.clone(), h.timing().stats)).collect()
    }

    /// Restores figures saved by an earlier run, so a failing host is not
    /// hit at full pace after a restart.
    pub fn restore(&self, key: &str, stats: HostStats, concurrency: usize) {
        let host = self.host(key, concurrency);
        host.timing().stats = stats;
    }
}

#[cold]
fn unreachable_semaphore() -> OwnedSemaphorePermit {
    // The scheduler owns its semaphores and never closes them.
    panic!("host semaphore closed")
}

/// The key requests are scheduled by: `host:port`.
pub fn host_key(url: &url::Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(ms: u64) -> HostPolicy {
        HostPolicy {
            base_delay: Duration::from_millis(ms),
            concurrency: 1,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn requests_to_one_host_are_serial_and_spaced() {
        let sched = Arc::new(HostScheduler::new(Duration::from_secs(60), 0.0));
        let delay = Duration::from_millis(300);
        let spans = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for i in 0..4u64 {
            let (sched, spans) = (Arc::clone(&sched), Arc::clone(&spans));
            tasks.push(tokio::spawn(async move {
                // Queue in a known order.
                tokio::time::sleep(Duration::from_millis(i)).await;
                let permit = sched.acquire("a:80", policy(300)).await;
                let start = Instant::now();
                tokio::time::sleep(Duration::from_millis(50)).await; // the request
                spans.lock().unwrap().push((i, start, Instant::now()));
                permit.finish(Outcome::Success {
                    latency: Duration::from_millis(50),
                });
            }));
        }
        // Another host is not held up by the first.
        let other = tokio::spawn({
            let sched = Arc::clone(&sched);
            async move {
                tokio::time::sleep(Duration::from_millis(10)).await;
                let t = Instant::now();
                let _p = sched.acquire("b:80", policy(300)).await;
                t.elapsed()
            }
        });
        for t in tasks {
            t.await.unwrap();
        }
        assert!(other.await.unwrap() < Duration::from_millis(10));
        let spans = spans.lock().unwrap().clone();
        // FIFO: started in the order they queued.
        assert_eq!(spans.iter().map(|s| s.0).collect::<Vec<_>>(), vec![0, 1, 2, 3]);
        for pair in spans.windows(2) {
            assert!(pair[1].1 >= pair[0].2 + delay, "next start must wait for end + delay");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_holds_the_host_and_failures_lengthen_the_pause() {
        let sched = HostScheduler::new(Duration::from_secs(10), 0.0);
        let p = sched.acquire("h:80", policy(100)).await;
        p.finish(Outcome::RetryAfter {
            after: Duration::from_secs(5),
        });
        let t = Instant::now();
        let p = sched.acquire("h:80", policy(100)).await;
        assert!(t.elapsed() >= Duration::from_secs(5), "Retry-After honoured");
        p.finish(Outcome::Failure);
        // Two consecutive failures: 100 ms × 2² = 400 ms.
        assert_eq!(sched.stats("h:80").unwrap().delay_ms, 400);
        let t = Instant::now();
        let p = sched.acquire("h:80", policy(100)).await;
        assert!(t.elapsed() >= Duration::from_millis(400));
        p.finish(Outcome::Failure);
        for _ in 0..10 {
            let p = sched.acquire("h:80", policy(100)).await;
            p.finish(Outcome::Failure);
        }
        // Capped at max_delay.
        let stats = sched.stats("h:80").unwrap();
        assert_eq!(stats.delay_ms, 6400, "100 ms × 2⁶, under the 10 s cap: {stats:?}");
        // A success shortens the pause one step, never below the base.
        let p = sched.acquire("h:80", policy(100)).await;
        p.finish(Outcome::Success {
            latency: Duration::from_millis(1),
        });
        let after = sched.stats("h:80").unwrap();
        assert!(after.delay_ms < stats.delay_ms && after.delay_ms >= 100, "{after:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn slow_hosts_get_longer_pauses() {
        let sched = HostScheduler::new(Duration::from_secs(60), 2.0);
        let p = sched.acquire("slow:80", policy(100)).await;
        p.finish(Outcome::Success {
            latency: Duration::from_secs(3),
        });
        assert_eq!(sched.stats("slow:80").unwrap().delay_ms, 6000);
        let p = sched.acquire("fast:80", policy(100)).await;
        p.finish(Outcome::Success {
            latency: Duration::from_millis(10),
        });
        assert_eq!(sched.stats("fast:80").unwrap().delay_ms, 100);
    }

    #[tokio::test(start_paused = true)]
    async fn concurrency_two_spaces_starts_by_half_the_delay() {
        let sched = Arc::new(HostScheduler::new(Duration::from_secs(60), 0.0));
        let pol = HostPolicy {
            base_delay: Duration::from_millis(200),
            concurrency: 2,
        };
        let starts = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for _ in 0..6 {
            let (sched, starts) = (Arc::clone(&sched), Arc::clone(&starts));
            tasks.push(tokio::spawn(async move {
                let p = sched.acquire("c:80", pol).await;
                starts.lock().unwrap().push(Instant::now());
                tokio::time::sleep(Duration::from_millis(30)).await;
                drop(p);
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        let mut starts = starts.lock().unwrap().clone();
        starts.sort();
        for pair in starts.windows(2) {
            assert!(pair[1] - pair[0] >= Duration::from_millis(100));
        }
    }
}
