//! The per-portal metrics, read through a recorder installed for this test
//! binary alone (the global recorder can be set once per process).

mod support;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use metrics::{
    Counter, CounterFn, Gauge, GaugeFn, Histogram, HistogramFn, Key, KeyName, Metadata, Recorder, SharedString, Unit,
};
use support::*;

/// Every series by `name{label=value,…}` (labels sorted): counters add, gauges hold the last value.
#[derive(Default)]
struct Capture {
    series: Mutex<BTreeMap<String, Arc<Cell>>>,
}

#[derive(Default)]
struct Cell(AtomicU64);

impl CounterFn for Cell {
    fn increment(&self, value: u64) {
        self.0.fetch_add(value, Ordering::Relaxed);
    }
    fn absolute(&self, value: u64) {
        self.0.store(value, Ordering::Relaxed);
    }
}

impl GaugeFn for Cell {
    fn increment(&self, _: f64) {}
    fn decrement(&self, _: f64) {}
    fn set(&self, value: f64) {
        self.0.store(value as u64, Ordering::Relaxed);
    }
}

impl HistogramFn for Cell {
    fn record(&self, _: f64) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

impl Capture {
    fn cell(&self, key: &Key) -> Arc<Cell> {
        let mut labels: Vec<String> = key.labels().map(|l| format!("{}={}", l.key(), l.value())).collect();
        labels.sort();
        let name = format!("{}{{{}}}", key.name(), labels.join(","));
        Arc::clone(self.series.lock().unwrap().entry(name).or_default())
    }

    fn get(&self, series: &str) -> Option<u64> {
        self.series
            .lock()
            .unwrap()
            .get(series)
            .map(|c| c.0.load(Ordering::Relaxed))
    }
}

struct Shared(Arc<Capture>);

impl Recorder for Shared {
    fn describe_counter(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_gauge(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_histogram(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn register_counter(&self, key: &Key, _: &Metadata<'_>) -> Counter {
        Counter::from_arc(self.0.cell(key))
    }
    fn register_gauge(&self, key: &Key, _: &Metadata<'_>) -> Gauge {
        Gauge::from_arc(self.0.cell(key))
    }
    fn register_histogram(&self, key: &Key, _: &Metadata<'_>) -> Histogram {
        Histogram::from_arc(self.0.cell(key))
    }
}

#[tokio::test]
async fn fetches_errors_articles_and_breaker_state_per_portal() {
    let capture = Arc::new(Capture::default());
    metrics::set_global_recorder(Shared(Arc::clone(&capture))).unwrap();
    let server = FaultServer::start("127.0.2.1", |hit, _| match hit.path.as_str() {
        "/robots.txt" => text("User-agent: *\nDisallow: /rieng/\n"),
        "/tin-tuc" => listing(&["/tin-tuc/mot-101.html", "/tin-tuc/mat-102.html", "/rieng/an-103.html"]),
        "/tin-tuc/mat-102.html" => status(404),
        path => article(path),
    })
    .await;
    let closed = std::net::TcpListener::bind("127.0.2.2:0").unwrap();
    let dead = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let registry = format!(
        "{}{}",
        portal_toml("song", &server.base, "/tin-tuc", ""),
        portal_toml("chet", &dead, "/", "")
    );
    let h = harness(fast_config(), &registry);
    h.run_once().await;

    let get = |s: &str| capture.get(s);
    assert_eq!(get("vnportal_crawler_fetches_total{outcome=ok,portal=song}"), Some(3));
    assert_eq!(
        get("vnportal_crawler_fetches_total{outcome=client_error,portal=song}"),
        Some(1)
    );
    assert_eq!(get("vnportal_crawler_errors_total{kind=status,portal=song}"), Some(1));
    assert_eq!(get("vnportal_crawler_articles_found_total{portal=song}"), Some(2));
    assert_eq!(get("vnportal_crawler_pages_emitted_total{portal=song}"), Some(1));
    assert_eq!(get("vnportal_crawler_robots_disallowed_total{portal=song}"), Some(1));
    assert_eq!(get("vnportal_crawler_breaker_state{portal=song}"), Some(0));
    assert_eq!(get("vnportal_crawler_poll_duration_seconds{portal=song}"), Some(1));
    // The dead portal: robots.txt refused once (a refused connection is not
    // retried), which opens the breaker; nothing else is tried.
    assert_eq!(
        get("vnportal_crawler_fetches_total{outcome=refused,portal=chet}"),
        Some(1)
    );
    assert_eq!(get("vnportal_crawler_errors_total{kind=refused,portal=chet}"), Some(1));
    assert_eq!(get("vnportal_crawler_breaker_state{portal=chet}"), Some(2));
}
