//! `vnportal demo`: the whole pipeline against the built-in portal simulator.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use tokio_util::sync::CancellationToken;
use vnportal_simulator::Simulator;

use crate::config::AppConfig;
use crate::pipeline::{cancel_on_signal, run_embedded};

/// Pause between requests to one simulated host. The simulator is local, so
/// the demo is quicker than the 1 s default meant for real portals.
const DEMO_MIN_DELAY_MS: u64 = 100;

/// State files the demo owns in its data directory; removed at start so
/// every demo run crawls from scratch.
const DEMO_FILES: &[&str] = &[
    "warehouse.sqlite",
    "warehouse.sqlite-wal",
    "warehouse.sqlite-shm",
    "crawl_state.sqlite",
    "crawl_state.sqlite-wal",
    "crawl_state.sqlite-shm",
    "dead_letters.jsonl",
];

pub async fn demo(data_dir: &Path) -> Result<ExitCode> {
    let sim = Simulator::demo()
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), 0)
        .await
        .context("cannot start the portal simulator")?;
    let portals = vnportal_crawler::parse_portals(&sim.portals_toml(), Path::new("<simulator>"))?;
    for file in DEMO_FILES {
        match std::fs::remove_file(data_dir.join(file)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("cannot reset {}", data_dir.join(file).display())),
        }
    }
    let mut config = AppConfig {
        data_dir: data_dir.to_owned(),
        ..AppConfig::default()
    };
    config.crawler.min_delay_ms = DEMO_MIN_DELAY_MS;
    let portal_count = portals.len();
    let shutdown = CancellationToken::new();
    cancel_on_signal(shutdown.clone());
    let report = run_embedded(&config, portals, true, shutdown).await?;
    sim.shutdown().await;

    let warehouse = config.warehouse_path();
    let conn = rusqlite::Connection::open(&warehouse)?;
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    let (articles, sightings) = (
        count("SELECT COUNT(*) FROM articles")?,
        count("SELECT COUNT(*) FROM sightings")?,
    );

    println!("vnportal demo: {portal_count} simulated portals on 127.0.0.1, crawled once");
    println!(
        "  pages fetched         {:>5}  (robots.txt, listings, articles)",
        report.crawl.requests
    );
    println!("  article pages emitted {:>5}", report.crawl.emitted);
    println!("  articles stored       {articles:>5}");
    println!(
        "  duplicates collapsed  {:>5}  (copies of a stored article on another portal)",
        sightings - articles
    );
    println!("  not articles          {:>5}", report.parse.not_articles);
    println!("  dead letters          {:>5}", report.dead_letters);
    println!("  took                  {:>5.1} s", report.elapsed.as_secs_f64());
    println!("  warehouse             {}", warehouse.display());
    println!();
    let mut rows = conn.prepare(
        "SELECT a.portal_id, coalesce(substr(a.published_at, 1, 16), '—'), a.title, COUNT(s.url)
         FROM articles a JOIN sightings s USING (content_hash)
         GROUP BY a.content_hash ORDER BY a.published_at DESC",
    )?;
    let rows = rows.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    println!("  {:<10} {:<16} {:>6}  title", "portal", "published", "copies");
    for row in rows {
        let (portal, published, title, copies) = row?;
        let short: String = title.chars().take(70).collect();
        println!("  {portal:<10} {published:<16} {copies:>6}  {short}");
    }
    println!();
    println!("Query it:");
    println!(
        "  sqlite3 {} \"SELECT title, published_at, author, (SELECT COUNT(*) FROM sightings s WHERE s.content_hash = a.content_hash) AS copies FROM articles a ORDER BY published_at DESC\"",
        warehouse.display()
    );
    Ok(if report.drained && report.dead_letters == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub async fn serve(addr: SocketAddr) -> Result<ExitCode> {
    let sim = Simulator::demo()
        .start(addr.ip(), addr.port())
        .await
        .with_context(|| format!("cannot serve the simulator on {addr}"))?;
    println!("# vnportal portal simulator: portals config for `vnportal run --portals FILE`");
    println!("{}", sim.portals_toml());
    eprintln!("Serving {} portals; Ctrl-C stops.", sim.portals().len());
    tokio::signal::ctrl_c().await?;
    sim.shutdown().await;
    Ok(ExitCode::SUCCESS)
}
