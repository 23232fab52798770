//! `make bench-crawl`: the crawler against many simulated hosts on loopback.
//!
//! A child process (this binary with `--serve`) serves HOSTS virtual hosts
//! by Host header (`h0000.bench.test` …) on one loopback port; each host has
//! a robots.txt with `Crawl-delay`, endless paginated listings and article
//! pages, and the server records when each request arrived. The parent runs
//! the real `Crawler` (names pinned to the port through its DNS overrides,
//! SQLite crawl state, a bus that only counts) for SECS seconds, then asks
//! the child for its log and reports:
//!
//! * aggregate requests/s against the allowed rate (HOSTS / Crawl-delay);
//! * per-host delay violations (two requests to one host closer than the Crawl-delay);
//! * peak RSS of the crawler process (VmHWM), server excluded.
//!
//! Usage: `bench_crawl [HOSTS] [CRAWL_DELAY_SECS] [SECS]` (default 1000 1 30).

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use axum::extract::{Request, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tokio_util::sync::CancellationToken;
use vnportal_bus::{Bus, BusError, Message, Subscription};
use vnportal_crawler::{CrawlState, Crawler, CrawlerConfig, parse_portals};

const ARTICLES_PER_PAGE: usize = 20;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    if args.get(1).map(String::as_str) == Some("--serve") {
        let delay: f64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1.0);
        return runtime.block_on(serve(delay));
    }
    let hosts: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let delay: f64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1.0);
    let secs: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(30);
    runtime.block_on(bench(hosts, delay, secs))
}

/// Arrival times per host, in microseconds since the server started.
#[derive(Default)]
struct Log {
    started: Option<Instant>,
    arrivals: HashMap<String, Vec<u64>>,
}

type Shared = Arc<Mutex<Log>>;

/// The server child: prints its port, serves until stdin closes, then
/// prints `host t1 t2 …` per host.
async fn serve(delay: f64) -> Result<(), Box<dyn std::error::Error>> {
    let log: Shared = Arc::new(Mutex::new(Log {
        started: Some(Instant::now()),
        ..Log::default()
    }));
    let listener = tokio::net::TcpListener::bind(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0)).await?;
    println!("{}", listener.local_addr()?.port());
    std::io::stdout().flush()?;
    let robots = Arc::new(format!("User-agent: *\nDisallow: /admin/\nCrawl-delay: {delay}\n"));
    let router = axum::Router::new()
        .fallback(move |state: State<Shared>, request: Request| handle(state, request, Arc::clone(&robots)))
        .with_state(Arc::clone(&log));
    let stop = CancellationToken::new();
    tokio::spawn({
        let stop = stop.clone();
        async move {
            // The parent closes our stdin when it is done.
            let _ = tokio::task::spawn_blocking(|| {
                let mut line = String::new();
                while std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .map(|n| n > 0)
                    .unwrap_or(false)
                {
                    line.clear();
                }
            })
            .await;
            stop.cancel();
        }
    });
    axum::serve(listener, router)
        .with_graceful_shutdown(async move { stop.cancelled().await })
        .await?;
    let log = log.lock().map_err(|_| "poisoned")?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (host, times) in &log.arrivals {
        write!(out, "{host}")?;
        for t in times {
            write!(out, " {t}")?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

async fn handle(State(log): State<Shared>, request: Request, robots: Arc<String>) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_owned();
    {
        let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
        let t = log.started.map_or(0, |s| s.elapsed().as_micros() as u64);
        log.arrivals.entry(host).or_default().push(t);
    }
    let path = request.uri().path();
    let query = request.uri().query().unwrap_or("");
    if path == "/robots.txt" {
        return robots.as_str().to_owned().into_response();
    }
    if path == "/tin-tuc" {
        let page: usize = query.strip_prefix("trang=").and_then(|n| n.parse().ok()).unwrap_or(1);
        let mut body = String::from("<html><body><ul>");
        for i in 0..ARTICLES_PER_PAGE {
            let id = page * 1000 + i;
            body.push_str(&format!(
                r#"<li><a href="/tin-tuc/hoi-nghi-cong-tac-dan-van-{id}.html">Tin {id}</a> 01/01/2025</li>"#
            ));
        }
        body.push_str(&format!(
            r#"</ul><a href="/tin-tuc?trang={}">Trang sau</a><a href="/admin/x">x</a></body></html>"#,
            page + 1
        ));
        return ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response();
    }
    let body = format!(
        "<html><head><title>{path}</title></head><body><h1>Tin</h1><p>{}</p></body></html>",
        "Nội dung bài viết. ".repeat(40)
    );
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

/// A bus that counts and drops.
#[derive(Default)]
struct CountingBus {
    published: AtomicU64,
}

#[async_trait]
impl Bus for CountingBus {
    async fn publish(&self, _topic: &str, _message: Message) -> Result<(), BusError> {
        self.published.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    async fn subscribe(&self, topic: &str, _group: &str) -> Result<Box<dyn Subscription>, BusError> {
        Err(BusError::Consume {
            topic: topic.into(),
            reason: "counting only".into(),
        })
    }
}

async fn bench(hosts: usize, delay: f64, secs: u64) -> Result<(), Box<dyn std::error::Error>> {
    let exe = std::env::current_exe()?;
    let mut child = Command::new(exe)
        .args(["--serve", &delay.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdout = std::io::BufReader::new(child.stdout.take().ok_or("no stdout")?);
    let mut line = String::new();
    stdout.read_line(&mut line)?;
    let port: u16 = line.trim().parse()?;

    let mut registry = String::new();
    let mut dns = HashMap::new();
    for i in 0..hosts {
        let name = format!("h{i:04}.bench.test");
        registry.push_str(&format!(
            "[[portal]]\nid = \"h{i:04}\"\nname = \"bench {i}\"\nbase_url = \"http://{name}:{port}\"\nstart_urls = [\"http://{name}:{port}/tin-tuc\"]\nallow_private_network = true\n\n"
        ));
        dns.insert(name, vec![IpAddr::V4(Ipv4Addr::LOCALHOST)]);
    }
    let portals = parse_portals(&registry, Path::new("<bench>"))?;
    let config = CrawlerConfig {
        user_agent: "vnportal-bench/1.0".into(),
        // The Crawl-delay governs; this only covers robots.txt itself.
        min_delay_ms: 100,
        max_listing_pages: 1_000_000,
        ..CrawlerConfig::default()
    };
    let dir = std::env::temp_dir().join(format!("vnportal-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let state = CrawlState::open(&dir.join("crawl_state.sqlite"))?;
    let bus = Arc::new(CountingBus::default());
    let crawler = Arc::new(
        Crawler::new(config, portals, state, Arc::clone(&bus) as Arc<dyn Bus>, "raw")?.with_dns_overrides(dns)?,
    );
    eprintln!("bench-crawl: {hosts} hosts, Crawl-delay {delay} s, {secs} s on 127.0.0.1:{port}");
    let shutdown = CancellationToken::new();
    let started = Instant::now();
    let run = tokio::spawn(Arc::clone(&crawler).run(true, shutdown.clone()));
    tokio::time::sleep(Duration::from_secs(secs)).await;
    shutdown.cancel();
    let crawl_secs = started.elapsed().as_secs_f64();
    let _ = tokio::time::timeout(Duration::from_secs(30), run).await;
    let peak_rss_kb = peak_rss_kb();

    drop(child.stdin.take());
    let mut per_host: HashMap<String, Vec<u64>> = HashMap::new();
    for line in stdout.lines() {
        let line = line?;
        let mut parts = line.split(' ');
        let host = parts.next().unwrap_or("").to_owned();
        per_host.insert(host, parts.filter_map(|t| t.parse().ok()).collect());
    }
    child.wait()?;
    let _ = std::fs::remove_dir_all(&dir);

    let delay_us = (delay * 1e6) as u64;
    let mut requests = 0u64;
    let mut violations = 0u64;
    let mut min_gap = u64::MAX;
    let mut window_us = 0u64;
    for times in per_host.values() {
        requests += times.len() as u64;
        for w in times.windows(2) {
            let gap = w[1].saturating_sub(w[0]);
            min_gap = min_gap.min(gap);
            if gap < delay_us {
                violations += 1;
            }
        }
        if let (Some(first), Some(last)) = (times.first(), times.last()) {
            window_us = window_us.max(last - first);
        }
    }
    // The most a host may receive in the window: one request, then one per Crawl-delay.
    let allowed: f64 = per_host
        .values()
        .filter_map(|t| Some(t.last()? - t.first()?))
        .map(|span| 1.0 + (span as f64 / delay_us as f64).floor())
        .sum::<f64>()
        .max(1.0);
    let allowed_rate = hosts as f64 / delay;
    let rate = requests as f64 / crawl_secs;
    let stats = crawler.stats();
    println!("bench-crawl results");
    println!("  hosts                    {hosts} (virtual hosts on 127.0.0.1:{port}), Crawl-delay {delay} s");
    println!("  crawl time               {crawl_secs:.1} s");
    println!(
        "  requests served          {requests} (crawler counted {})",
        stats.requests
    );
    println!("  pages emitted            {}", bus.published.load(Ordering::Relaxed));
    println!(
        "  aggregate rate           {rate:.1} req/s (allowed {allowed_rate:.1} req/s: {:.1} %)",
        100.0 * rate / allowed_rate
    );
    println!(
        "  of the per-host maximum  {:.1} % ({requests} of {allowed:.0} requests the Crawl-delays allowed in each host's window)",
        100.0 * requests as f64 / allowed
    );
    println!(
        "  delay violations         {violations} (smallest gap {:.3} s)",
        min_gap as f64 / 1e6
    );
    println!("  peak RSS (crawler)       {:.1} MB", peak_rss_kb as f64 / 1024.0);
    println!("  errors                   {}", stats.errors);
    Ok(())
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}
