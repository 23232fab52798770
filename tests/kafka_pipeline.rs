//! The services over Kafka and PostgreSQL: simulator → `vnportal crawl` →
//! Kafka → `vnportal parse` → Kafka → `vnportal sink` → PostgreSQL, and the
//! same with processes killed (-9) while thousands of pages flow.
//!
//! Needs the broker on 127.0.0.1:9092 and PostgreSQL on 127.0.0.1:5432
//! (`deploy/test-services.sh`, run by `make test`).

use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::{Child, Command};
use tokio_postgres::NoTls;
use vnportal_bus::{Bus, KafkaBus, KafkaConfig, Message};
use vnportal_model::RawPage;
use vnportal_simulator::Simulator;
use vnportal_simulator::synthetic::Synthetic;

const ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
const BROKERS: &str = "127.0.0.1:9092";
/// Consumer session timeout in the services' test config.
const SESSION_TIMEOUT_MS: u64 = 6000;

fn nanos() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

async fn fresh_database(name: &str) -> String {
    let db = format!("vnportal_e2e_{name}_{}", nanos());
    let (client, conn) = tokio_postgres::connect(ADMIN_URL, NoTls)
        .await
        .expect("PostgreSQL on 127.0.0.1:5432");
    tokio::spawn(conn);
    client.batch_execute(&format!("CREATE DATABASE {db}")).await.unwrap();
    format!("postgres://postgres@127.0.0.1:5432/{db}")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A config directory for one test: unique topics, groups and database.
struct Env {
    /// Kept when a test fails, for its service logs; removed by `done`.
    dir: PathBuf,
    config: PathBuf,
    db: String,
    topics: (String, String, String),
}

async fn env(name: &str, portals_toml: &str) -> Env {
    let n = nanos();
    let dir = std::env::temp_dir().join(format!("vnportal-e2e-{name}-{n}"));
    std::fs::create_dir_all(&dir).unwrap();
    let topics = (
        format!("e2e.raw.{n}"),
        format!("e2e.articles.{n}"),
        format!("e2e.dlq.{n}"),
    );
    let db = fresh_database(name).await;
    std::fs::write(dir.join("portals.toml"), portals_toml).unwrap();
    let config = dir.join("vnportal.toml");
    std::fs::write(
        &config,
        format!(
            r#"data_dir = "data"
portals = "portals.toml"
[crawler]
min_delay_ms = 50
user_agent = "vnportal-test/1.0"
[parser]
workers = 2
[sink]
batch_size = 100
linger_ms = 100
[topics]
raw_pages = "{}"
articles = "{}"
dlq = "{}"
[kafka]
brokers = "{BROKERS}"
partitions = 2
session_timeout_ms = {SESSION_TIMEOUT_MS}
max_poll_interval_ms = 10000
commit_timeout_ms = 5000
[kafka.consumer]
"auto.commit.interval.ms" = "200"
[postgres]
url = "{db}"
[service]
shutdown_timeout_secs = 20
parser_group = "parse-{n}"
sink_group = "sink-{n}"
"#,
            topics.0, topics.1, topics.2
        ),
    )
    .unwrap();
    Env {
        dir,
        config,
        db,
        topics,
    }
}

impl Env {
    fn done(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn spawn(env: &Env, args: &[&str], port: u16) -> Child {
    let log = std::fs::File::create(env.dir.join(format!("{}-{port}.log", args[0]))).unwrap();
    Command::new(env!("CARGO_BIN_EXE_vnportal"))
        .args(args)
        .args([
            "--config",
            env.config.to_str().unwrap(),
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

fn signal(child: &Child, sig: &str) {
    let pid = child.id().expect("running").to_string();
    assert!(
        std::process::Command::new("kill")
            .args([sig, &pid])
            .status()
            .unwrap()
            .success()
    );
}

/// Partitions of `topic` the parser listening on `port` holds, from its log:
/// the last "Partitions assigned." line, or none if a revoke came after it.
fn partitions_held(env: &Env, port: u16, topic: &str) -> usize {
    let log = std::fs::read_to_string(env.dir.join(format!("parse-{port}.log"))).unwrap_or_default();
    let last = log
        .lines()
        .rfind(|l| l.contains("Partitions assigned.") || l.contains("Partitions revoked."));
    match last {
        Some(line) if line.contains("Partitions assigned.") => line.matches(&format!("{topic}[")).count(),
        _ => 0,
    }
}

/// Waits until the parsers on `ports` hold at least the given numbers of
/// partitions of the raw-pages topic: the group has settled.
///
/// Why the crash test waits for this before killing a parser: the test broker
/// (tansu 0.6) never re-forms a group whose member is killed while the group
/// is still forming (the survivors' partitions are revoked and never handed
/// out again; seen in 2 of 7 runs once parsing got fast enough for the first
/// kill to land during the first rebalance). Apache Kafka evicts such a member
/// after its session timeout; the test is about vnportal, so it kills
/// parsers while they hold partitions and do work.
async fn wait_holding(env: &Env, want: &[(u16, usize)]) {
    let started = Instant::now();
    loop {
        let held: Vec<usize> = want
            .iter()
            .map(|(port, _)| partitions_held(env, *port, &env.topics.0))
            .collect();
        if want.iter().zip(&held).all(|((_, n), h)| h >= n) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "parsers {want:?} hold {held:?} partitions after 60 s (logs: {})",
            env.dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits for a killed process's consumer session to expire before its
/// replacement starts, as a supervisor with a restart back-off would.
///
/// Why: the test broker (tansu 0.6) keeps a dead *leader* in the group until
/// its session expires, makes a newcomer that joins before then a follower,
/// and when the leader is then evicted mid-join, hands the newcomer an empty
/// assignment and never rebalances again (seen in its coordinator log:
/// "missed heartbeat for leader …", then `partitions=[]` forever). Apache
/// Kafka restarts the join round instead. The wait keeps the test about
/// vnportal; an immediate restart is what the first kills of each process
/// exercise against a live peer.
async fn after_session_timeout() {
    tokio::time::sleep(Duration::from_millis(SESSION_TIMEOUT_MS + 1500)).await;
}

async fn http_get(port: u16, path: &str) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    let status = out.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, out)
}

async fn client(url: &str) -> tokio_postgres::Client {
    let (c, conn) = tokio_postgres::connect(url, NoTls).await.unwrap();
    tokio::spawn(conn);
    c
}

/// Waits until `sightings` has `n` rows (or fails after `limit`).
async fn wait_for_sightings(db: &str, n: i64, limit: Duration, logs: &Path) {
    let c = client(db).await;
    let started = Instant::now();
    loop {
        let have: i64 = match c.query_one("SELECT count(*) FROM sightings", &[]).await {
            Ok(r) => r.get(0),
            Err(_) => 0, // tables not created yet
        };
        if have >= n {
            return;
        }
        assert!(
            started.elapsed() < limit,
            "only {have} of {n} sightings after {limit:?} (logs: {})",
            logs.display()
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

async fn wait_ready(port: u16) {
    let started = Instant::now();
    loop {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() && http_get(port, "/readyz").await.0 == 200
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "service on {port} not ready"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn exit_status(mut child: Child, within: Duration) -> std::process::ExitStatus {
    tokio::time::timeout(within, child.wait())
        .await
        .expect("exited in time")
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crawl_parse_sink_over_kafka_into_postgres() {
    let sim = Simulator::demo()
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), 0)
        .await
        .unwrap();
    let env = env("pipeline", &sim.portals_toml()).await;
    let (sink_port, parse_port, crawl_port) = (free_port(), free_port(), free_port());
    let sink = spawn(&env, &["sink"], sink_port);
    let parse = spawn(&env, &["parse"], parse_port);
    wait_ready(sink_port).await;
    wait_ready(parse_port).await;
    assert_eq!(http_get(sink_port, "/healthz").await.0, 200);

    let crawl = spawn(&env, &["crawl", "--once"], crawl_port);
    assert!(
        exit_status(crawl, Duration::from_secs(120)).await.success(),
        "crawl --once failed"
    );

    let expected = sim.expected_articles();
    wait_for_sightings(&env.db, expected.len() as i64, Duration::from_secs(120), &env.dir).await;

    let c = client(&env.db).await;
    let rows = c
        .query(
            "SELECT content_hash, url, portal_id, title, body, summary, author, source, category,
                    to_char(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+07:00\"'),
                    jsonb_array_length(images)
             FROM articles",
            &[],
        )
        .await
        .unwrap();
    let mut by_hash: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for e in &expected {
        by_hash.entry(e.content_hash.clone()).or_default().push(e.clone());
    }
    assert_eq!(rows.len(), by_hash.len(), "one row per distinct article");
    for row in &rows {
        let hash: String = row.get(0);
        let copies = by_hash.get(&hash).expect("an expected article");
        let first = copies
            .iter()
            .min_by_key(|e| {
                (
                    e.published_at.map(|d| d.to_rfc3339()).unwrap_or("9999".into()),
                    e.url.clone(),
                )
            })
            .unwrap();
        assert_eq!(row.get::<_, String>(1), first.url);
        assert_eq!(row.get::<_, String>(2), first.portal_id);
        assert_eq!(row.get::<_, String>(3), first.title);
        assert_eq!(row.get::<_, String>(4), first.body);
        assert_eq!(row.get::<_, Option<String>>(5), first.summary);
        assert_eq!(row.get::<_, Option<String>>(6), first.author);
        assert_eq!(row.get::<_, Option<String>>(7), first.source);
        assert_eq!(row.get::<_, Option<String>>(8), first.category);
        assert_eq!(
            row.get::<_, Option<String>>(9),
            first.published_at.map(|d| d.to_rfc3339())
        );
        assert_eq!(row.get::<_, i32>(10) as usize, first.image_count);
    }
    let sightings: BTreeSet<(String, String)> = c
        .query("SELECT content_hash, url FROM sightings", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let want: BTreeSet<(String, String)> = expected
        .iter()
        .map(|e| (e.content_hash.clone(), e.url.clone()))
        .collect();
    assert_eq!(sightings, want);
    // The offsets stored with the rows account for every article message.
    let stored: i64 = c
        .query_one(
            "SELECT coalesce(sum(next_offset), 0)::bigint FROM sink_offsets WHERE topic = $1",
            &[&env.topics.1],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(stored, expected.len() as i64);

    let (status, metrics) = http_get(sink_port, "/metrics").await;
    assert_eq!(status, 200);
    assert!(
        metrics.contains("vnportal_messages_in_total{stage=\"sink\""),
        "{metrics}"
    );
    assert!(metrics.contains("vnportal_sink_batch_seconds"), "{metrics}");
    let (_, parser_metrics) = http_get(parse_port, "/metrics").await;
    assert!(
        parser_metrics.contains("vnportal_messages_out_total{stage=\"parser\""),
        "{parser_metrics}"
    );
    assert!(
        parser_metrics.contains("vnportal_consumer_lag") || parser_metrics.contains("vnportal_messages_in_total"),
        "{parser_metrics}"
    );
    signal(&sink, "-TERM");
    signal(&parse, "-TERM");
    assert!(exit_status(sink, Duration::from_secs(30)).await.success());
    assert!(exit_status(parse, Duration::from_secs(30)).await.success());
    sim.shutdown().await;
    env.done();
}

/// Publishes synthetic raw pages: `n` articles, every tenth also republished.
/// Publishes `n` synthetic pages (every tenth twice, under a second URL) at
/// `per_second` pages a second, so that work flows through every disruption
/// of the crash test; returns the expected sightings (content hash, URL).
async fn feed(topic: String, n: u64, per_second: f64) -> BTreeSet<(String, String)> {
    let bus = KafkaBus::new(
        KafkaConfig {
            brokers: BROKERS.into(),
            partitions: 2,
            ..KafkaConfig::default()
        },
        "feed",
    )
    .unwrap();
    let synthetic = Synthetic::new();
    let mut want = BTreeSet::new();
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / per_second));
    for i in 0..n {
        tick.tick().await;
        for copy in 0..if i % 10 == 0 { 2 } else { 1 } {
            let page = synthetic.page(i, copy);
            let raw = RawPage::html(&page.url, &page.portal_id, page.html.into_bytes(), Some("utf-8"));
            // The expectation holds for the parser itself, before any bus is involved.
            let direct = vnportal_parser::parse_page(&raw, chrono::Utc::now()).unwrap();
            assert_eq!(direct.content_hash, page.content_hash, "{}", page.url);
            let e = raw.encode();
            let m = Message {
                key: Some(e.key),
                headers: e.headers,
                payload: e.payload,
            };
            bus.publish(&topic, m.with_header("schema_version", "1")).await.unwrap();
            want.insert((page.content_hash, page.url));
        }
    }
    bus.close().await;
    want
}

/// Parsers and the sink killed (-9) while 2,750 pages flow; the sink's
/// database connections cut. Every article must land exactly once with every
/// sighting. Parsers are killed once the group has settled (see
/// [`wait_holding`]).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_processes_lose_nothing_and_double_nothing() {
    // The parser reads the registry for selector overrides; the synthetic portals need none.
    let registry = "[[portal]]\nid = \"synthetic\"\nname = \"Synthetic\"\nbase_url = \"http://synthetic.test\"\nstart_urls = [\"http://synthetic.test/\"]\n";
    let env = env("crash", registry).await;
    vnportal_bus::kafka::ensure_topics(
        &KafkaConfig {
            brokers: BROKERS.into(),
            partitions: 2,
            ..KafkaConfig::default()
        },
        &[&env.topics.0, &env.topics.1, &env.topics.2],
    )
    .await
    .unwrap();
    // About 60 s of pages: more than the disruptions below take.
    let n = 2500;
    let feeder = tokio::spawn(feed(env.topics.0.clone(), n, 40.0));

    let ports: Vec<u16> = (0..6).map(|_| free_port()).collect();
    let parser_a = spawn(&env, &["parse"], ports[0]);
    let mut parser_b = spawn(&env, &["parse"], ports[1]);
    let mut sink = spawn(&env, &["sink"], ports[2]);
    let total = (n + n.div_ceil(10)) as i64;
    // Each disruption lands while pages flow, at a point that varies from run
    // to run, and the next waits until work visibly resumed.
    let progress = |step: &'static str| {
        let (db, logs) = (env.db.clone(), env.dir.clone());
        async move {
            let now: i64 = client(&db)
                .await
                .query_one("SELECT count(*) FROM sightings", &[])
                .await
                .map(|r| r.get(0))
                .unwrap_or(0);
            let more = (50 + (nanos() % 150) as i64).min(total - now);
            eprintln!("{step}: {now} sightings; waiting for {more} more");
            wait_for_sightings(&db, now + more, Duration::from_secs(120), &logs).await;
        }
    };
    progress("start").await;
    // Two parsers share the two partitions; kill one and the other takes over both.
    wait_holding(&env, &[(ports[0], 1), (ports[1], 1)]).await;
    signal(&parser_a, "-KILL");
    wait_holding(&env, &[(ports[1], 2)]).await;
    progress("parser A killed").await;
    signal(&sink, "-KILL");
    let _ = exit_status(sink, Duration::from_secs(10)).await;
    after_session_timeout().await;
    sink = spawn(&env, &["sink"], ports[3]);
    progress("sink killed and restarted").await;
    // Cut the sink's database connections: it retries, reconnects, goes on.
    let admin = client(ADMIN_URL).await;
    let db = env.db.rsplit('/').next().unwrap().to_owned();
    admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            &[&db],
        )
        .await
        .unwrap();
    progress("database connections cut").await;
    signal(&parser_b, "-KILL");
    let _ = exit_status(parser_b, Duration::from_secs(10)).await;
    after_session_timeout().await;
    parser_b = spawn(&env, &["parse"], ports[4]);
    wait_holding(&env, &[(ports[4], 2)]).await;
    progress("parser B killed and restarted").await;
    signal(&sink, "-KILL");
    let _ = exit_status(sink, Duration::from_secs(10)).await;
    after_session_timeout().await;
    sink = spawn(&env, &["sink"], ports[5]);

    let want = feeder.await.unwrap();
    assert_eq!(want.len() as i64, total);
    let hashes: BTreeSet<&String> = want.iter().map(|(h, _)| h).collect();
    wait_for_sightings(&env.db, total, Duration::from_secs(180), &env.dir).await;
    let c = client(&env.db).await;
    let articles: i64 = c.query_one("SELECT count(*) FROM articles", &[]).await.unwrap().get(0);
    assert_eq!(articles, hashes.len() as i64, "every article exactly once");
    let got: BTreeSet<(String, String)> = c
        .query("SELECT content_hash, url FROM sightings", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let extra: Vec<_> = got.difference(&want).take(5).collect();
    let missing: Vec<_> = want.difference(&got).take(5).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "sightings differ: {} got, {} wanted; extra {extra:?}; missing {missing:?}",
        got.len(),
        want.len()
    );
    signal(&sink, "-TERM");
    signal(&parser_b, "-TERM");
    assert!(exit_status(sink, Duration::from_secs(30)).await.success());
    assert!(exit_status(parser_b, Duration::from_secs(30)).await.success());
    drop(parser_a);
    env.done();
}
