//! `make bench-pipeline`: raw pages through the broker → `vnportal parse` →
//! `vnportal sink` → PostgreSQL, on this machine. Prints sustained articles/s,
//! p50/p99 latency from raw publish to visible committed row, and peak RSS
//! per service.
//!
//! Usage: bench_pipeline VNPORTAL_BINARY [PAGES] [PARSERS] [RATE]
//!
//! RATE (pages/s) paces publishing, so latency is the pipeline's and not the
//! queue's; 0 publishes everything at once (a burst: throughput, not latency).
//! Needs the broker on 127.0.0.1:9092 and PostgreSQL on 127.0.0.1:5432.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures::StreamExt;
use tokio::process::Command;
use tokio_postgres::NoTls;
use vnportal_bus::{Bus, KafkaBus, KafkaConfig, Message};
use vnportal_model::RawPage;
use vnportal_simulator::synthetic::Synthetic;

const BROKERS: &str = "127.0.0.1:9092";
/// How often the warehouse is polled for new rows: the latency resolution.
const POLL: Duration = Duration::from_millis(50);

fn peak_rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_owned))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let binary = args
        .get(1)
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("usage: bench_pipeline VNPORTAL_BINARY [PAGES] [PARSERS]"))?;
    let pages: u64 = args.get(2).map_or(Ok(20_000), |s| s.parse())?;
    let parsers: usize = args.get(3).map_or(Ok(1), |s| s.parse())?;
    let rate: f64 = args.get(4).map_or(Ok(0.0), |s| s.parse())?;
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_nanos();
    let dir = std::env::temp_dir().join(format!("vnportal-bench-{n}"));
    std::fs::create_dir_all(&dir)?;

    let db = format!("vnportal_bench_{n}");
    let (admin, conn) = tokio_postgres::connect("postgres://postgres@127.0.0.1:5432/postgres", NoTls).await?;
    tokio::spawn(conn);
    admin.batch_execute(&format!("CREATE DATABASE {db}")).await?;
    let url = format!("postgres://postgres@127.0.0.1:5432/{db}");
    let (raw_topic, articles_topic) = (format!("bench.raw.{n}"), format!("bench.articles.{n}"));
    // The parser reads the registry for selector overrides; the synthetic portals need none.
    std::fs::write(
        dir.join("portals.toml"),
        "[[portal]]\nid = \"synthetic\"\nname = \"Synthetic\"\nbase_url = \"http://synthetic.test\"\nstart_urls = [\"http://synthetic.test/\"]\n",
    )?;
    let config = dir.join("vnportal.toml");
    std::fs::write(
        &config,
        format!(
            "data_dir = \"data\"\n[parser]\nworkers = 2\n[sink]\nbatch_size = 500\nlinger_ms = 100\n\
             [topics]\nraw_pages = \"{raw_topic}\"\narticles = \"{articles_topic}\"\ndlq = \"bench.dlq.{n}\"\n\
             [kafka]\nbrokers = \"{BROKERS}\"\npartitions = 4\nsession_timeout_ms = 30000\nmax_poll_interval_ms = 60000\n\
             [postgres]\nurl = \"{url}\"\n[service]\nparser_group = \"bench-parse-{n}\"\nsink_group = \"bench-sink-{n}\"\n"
        ),
    )?;
    let port = |i: u16| format!("127.0.0.1:{}", 19400 + i);
    let spawn = |cmd: &str, listen: String| {
        Command::new(&binary)
            .args([
                cmd,
                "--config",
                config.to_str().unwrap_or_default(),
                "--listen",
                &listen,
            ])
            .env("RUST_LOG", "warn")
            .kill_on_drop(true)
            .spawn()
    };
    let mut services = vec![("sink".to_string(), spawn("sink", port(0))?)];
    for i in 0..parsers {
        services.push((format!("parse-{}", i + 1), spawn("parse", port(1 + i as u16))?));
    }
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Generate first so generation does not count against the pipeline.
    let synthetic = Synthetic::new();
    let batch: Vec<(String, Message)> = (0..pages)
        .map(|i| {
            let p = synthetic.page(i, 0);
            let raw = RawPage::html(&p.url, &p.portal_id, p.html.into_bytes(), Some("utf-8"));
            let e = raw.encode();
            (
                p.url,
                Message {
                    key: Some(e.key),
                    headers: e.headers,
                    payload: e.payload,
                },
            )
        })
        .collect();
    let bytes: usize = batch.iter().map(|(_, m)| m.payload.len()).sum();
    let pacing = if rate > 0.0 {
        format!("published at {rate} pages/s")
    } else {
        "published at once".into()
    };
    println!(
        "bench-pipeline: {pages} pages ({:.1} MB) {pacing}, {parsers} parser process(es), 1 sink",
        bytes as f64 / 1e6
    );

    let bus = KafkaBus::new(
        KafkaConfig {
            brokers: BROKERS.into(),
            partitions: 4,
            ..KafkaConfig::default()
        },
        "bench",
    )?;
    vnportal_bus::kafka::ensure_topics(bus.config(), &[&raw_topic, &articles_topic]).await?;
    // Warm-up: one page through the whole pipeline, so consumer groups have
    // formed before the clock starts.
    let (client, conn) = tokio_postgres::connect(&url, NoTls).await?;
    tokio::spawn(conn);
    let warm = synthetic.page(pages + 1, 0);
    let raw = RawPage::html(&warm.url, &warm.portal_id, warm.html.into_bytes(), None).encode();
    bus.publish(
        &raw_topic,
        Message {
            key: Some(raw.key),
            headers: raw.headers,
            payload: raw.payload,
        },
    )
    .await?;
    let warm_started = Instant::now();
    loop {
        let n: i64 = client
            .query_one("SELECT count(*) FROM sightings", &[])
            .await
            .map(|r| r.get(0))
            .unwrap_or(0);
        if n > 0 {
            break;
        }
        anyhow::ensure!(
            warm_started.elapsed() < Duration::from_secs(120),
            "the pipeline did not start"
        );
        tokio::time::sleep(POLL).await;
    }
    println!(
        "  warm-up           {:>8.1} s (consumer groups formed)",
        warm_started.elapsed().as_secs_f64()
    );

    // The warehouse is watched while pages are published: a row's latency is
    // from its publish to the first poll that sees it.
    let expected = pages as usize + 1;
    let watcher = tokio::spawn(async move {
        let mut seen: HashMap<String, Instant> = HashMap::new();
        let deadline = Instant::now() + Duration::from_secs(1800);
        while seen.len() < expected && Instant::now() < deadline {
            if let Ok(rows) = client.query("SELECT url FROM sightings", &[]).await {
                let now = Instant::now();
                for r in rows {
                    seen.entry(r.get(0)).or_insert(now);
                }
            }
            tokio::time::sleep(POLL).await;
        }
        seen
    });
    let started = Instant::now();
    let published: HashMap<String, Instant> = futures::stream::iter(batch.into_iter().enumerate())
        .map(|(i, (url, m))| {
            let (bus, topic) = (bus.clone(), raw_topic.clone());
            async move {
                if rate > 0.0 {
                    tokio::time::sleep_until((started + Duration::from_secs_f64(i as f64 / rate)).into()).await;
                }
                let at = Instant::now();
                bus.publish(&topic, m).await.map(|()| (url, at))
            }
        })
        .buffer_unordered(256)
        .filter_map(|r| async move { r.map_err(|e| eprintln!("publish failed: {e}")).ok() })
        .collect()
        .await;
    let publish_secs = started.elapsed().as_secs_f64();
    let seen = watcher.await?;
    let total = started.elapsed().as_secs_f64();
    let mut latencies: Vec<f64> = seen
        .iter()
        .filter_map(|(u, t)| published.get(u).map(|p| t.duration_since(*p).as_secs_f64()))
        .collect();
    latencies.sort_by(f64::total_cmp);

    println!("  published         {:>8} in {publish_secs:.1} s", published.len());
    println!(
        "  stored            {:>8} in {total:.1} s",
        seen.len().saturating_sub(1)
    );
    println!(
        "  throughput        {:>8.0} articles/s (first publish to last row)",
        seen.len().saturating_sub(1) as f64 / total
    );
    if !latencies.is_empty() {
        println!(
            "  latency p50       {:>8.3} s   p99 {:.3} s   (publish to committed row, ±{} ms polling)",
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.99),
            POLL.as_millis()
        );
    }
    for (name, child) in &services {
        if let Some(pid) = child.id() {
            println!("  peak RSS {name:<9}{:>8.1} MB", peak_rss_mb(pid));
        }
    }
    for (_, mut child) in services {
        let _ = child.kill().await;
    }
    let _ = std::fs::remove_dir_all(&dir);
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
        .await?;
    anyhow::ensure!(
        published.len() as u64 == pages,
        "{} pages could not be published",
        pages - published.len() as u64
    );
    // `seen` also holds the warm-up page.
    anyhow::ensure!(
        seen.len() > published.len(),
        "only {} of {} pages stored",
        seen.len().saturating_sub(1),
        published.len()
    );
    Ok(())
}
