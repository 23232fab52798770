//! Per-host politeness: one request in flight per host, and a minimum pause
//! between the end of one request and the start of the next.
//!
//! `governor` rate-limits all keys at one rate; hosts here each have their own
//! delay (config, portal override, robots `Crawl-delay`), so this is a small
//! scheduler of its own: a fair (FIFO) async mutex per host.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::OwnedMutexGuard;
use tokio::time::Instant;

#[derive(Default)]
pub struct HostScheduler {
    hosts: Mutex<HashMap<String, Arc<tokio::sync::Mutex<HostState>>>>,
}

#[derive(Default)]
struct HostState {
    next_allowed: Option<Instant>,
}

/// The right to send one request to a host. Dropping it starts the host's pause.
pub struct HostPermit {
    state: OwnedMutexGuard<HostState>,
    delay: Duration,
}

impl Drop for HostPermit {
    fn drop(&mut self) {
        self.state.next_allowed = Some(Instant::now() + self.delay);
    }
}

impl HostScheduler {
    /// Waits for `host`'s turn: until no other request to it is in flight and
    /// its pause has elapsed. `delay` is the pause that follows this request.
    pub async fn acquire(&self, host: &str, delay: Duration) -> HostPermit {
        let lock = {
            let mut hosts = self.hosts.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(hosts.entry(host.to_owned()).or_default())
        };
        let state = lock.lock_owned().await;
        if let Some(at) = state.next_allowed {
            tokio::time::sleep_until(at).await;
        }
        HostPermit { state, delay }
    }
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

    #[tokio::test(start_paused = true)]
    async fn requests_to_one_host_are_serial_and_spaced() {
        let sched = Arc::new(HostScheduler::default());
        let delay = Duration::from_millis(300);
        let starts = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for _ in 0..4 {
            let (sched, starts) = (Arc::clone(&sched), Arc::clone(&starts));
            tasks.push(tokio::spawn(async move {
                let _permit = sched.acquire("a:80", delay).await;
                let start = Instant::now();
                tokio::time::sleep(Duration::from_millis(50)).await; // the request
                starts.lock().unwrap().push((start, Instant::now()));
            }));
        }
        // Another host is not held up by the first.
        let other = tokio::spawn({
            let sched = Arc::clone(&sched);
            async move {
                let t = Instant::now();
                let _p = sched.acquire("b:80", delay).await;
                t.elapsed()
            }
        });
        for t in tasks {
            t.await.unwrap();
        }
        assert!(other.await.unwrap() < Duration::from_millis(10));
        let mut spans = starts.lock().unwrap().clone();
        spans.sort();
        for pair in spans.windows(2) {
            assert!(pair[1].0 >= pair[0].1 + delay, "next start must wait for end + delay");
        }
    }
}
