//! End to end: portal simulator → `vnportal run --once` → SQLite warehouse.
//!
//! The simulator knows what every article page should become
//! (`ExpectedArticle`) and records every request it receives, so these tests
//! check the warehouse row by row and the crawler's manners request by request.

use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use vnportal_simulator::{RequestRecord, RunningSimulator, Simulator};

const MIN_DELAY_MS: u64 = 150;

struct Setup {
    _dir: tempfile::TempDir,
    config: PathBuf,
    warehouse: PathBuf,
    data_dir: PathBuf,
}

fn setup(sim: &RunningSimulator, min_delay_ms: u64) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    std::fs::write(dir.path().join("portals.toml"), sim.portals_toml()).unwrap();
    let config = dir.path().join("vnportal.toml");
    std::fs::write(
        &config,
        format!(
            "data_dir = \"data\"\nportals = \"portals.toml\"\n[crawler]\nmin_delay_ms = {min_delay_ms}\nuser_agent = \"vnportal-test/1.0\"\n[parser]\nworkers = 2\n[sink]\nlinger_ms = 50\n"
        ),
    )
    .unwrap();
    Setup {
        warehouse: data_dir.join("warehouse.sqlite"),
        data_dir,
        config,
        _dir: dir,
    }
}

async fn vnportal(args: &[&str]) -> Output {
    let run = tokio::process::Command::new(env!("CARGO_BIN_EXE_vnportal"))
        .args(args)
        .env("RUST_LOG", "info")
        .output();
    let out = tokio::time::timeout(Duration::from_secs(180), run)
        .await
        .expect("vnportal finished in time")
        .unwrap();
    if !out.status.success() {
        eprintln!("stderr:\n{}", String::from_utf8_lossy(&out.stderr));
    }
    out
}

type Row = BTreeMap<String, Option<String>>;

/// Every row of a table, as column → text, ordered by `order`.
fn rows(path: &Path, table: &str, order: &str) -> Vec<Row> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
        .unwrap();
    let names: Vec<String> = stmt.column_names().map(str::to_owned).collect();
    stmt.query_map([], |r| {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let v: rusqlite::types::Value = r.get(i)?;
                let text = match v {
                    rusqlite::types::Value::Null => None,
                    rusqlite::types::Value::Integer(i) => Some(i.to_string()),
                    rusqlite::types::Value::Text(t) => Some(t),
                    other => Some(format!("{other:?}")),
                };
                Ok((n.clone(), text))
            })
            .collect::<Result<Row, rusqlite::Error>>()
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The article row as the Article JSON record it was written from.
fn as_record(row: &Row) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (k, v) in row {
        let value = match (k.as_str(), v) {
            (_, None) => serde_json::Value::Null,
            ("schema_version", Some(v)) => v.parse::<u64>().unwrap().into(),
            ("images", Some(v)) => serde_json::from_str(v).unwrap(),
            (_, Some(v)) => v.clone().into(),
        };
        map.insert(k.clone(), value);
    }
    serde_json::Value::Object(map)
}

fn article_requests(sim: &RunningSimulator) -> Vec<RequestRecord> {
    let paths: BTreeSet<String> = sim
        .expected_articles()
        .iter()
        .map(|e| {
            let u = url::Url::parse(&e.url).unwrap();
            format!("{}{}", u.path(), u.query().map(|q| format!("?{q}")).unwrap_or_default())
        })
        .collect();
    sim.requests()
        .into_iter()
        .filter(|r| paths.contains(&r.path_and_query))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulator_to_warehouse_exactly() {
    let sim = Simulator::demo()
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), 0)
        .await
        .unwrap();
    let s = setup(&sim, MIN_DELAY_MS);
    let config = s.config.to_str().unwrap();

    let out = vnportal(&["run", "--once", "--config", config]).await;
    assert!(out.status.success(), "first run failed");

    // One row per distinct article, exactly the expected fields.
    let expected = sim.expected_articles();
    let mut by_hash: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for e in &expected {
        assert_eq!(e.content_hash, vnportal_model::content_hash(&e.body));
        by_hash.entry(e.content_hash.clone()).or_default().push(e.clone());
    }
    assert!(
        by_hash.values().any(|copies| copies.len() == 2),
        "the simulator republishes one article"
    );
    let articles = rows(&s.warehouse, "articles", "content_hash");
    let stored: BTreeSet<String> = articles.iter().map(|r| r["content_hash"].clone().unwrap()).collect();
    assert_eq!(
        stored,
        by_hash.keys().cloned().collect::<BTreeSet<_>>(),
        "stored articles differ from expected"
    );

    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/article.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for row in &articles {
        let hash = row["content_hash"].clone().unwrap();
        let copies = &by_hash[&hash];
        // The row describes the earliest-published copy; ties go to the smaller URL.
        let first = copies
            .iter()
            .min_by_key(|e| {
                (
                    e.published_at.map(|d| d.to_rfc3339()).unwrap_or("9999".into()),
                    e.url.clone(),
                )
            })
            .unwrap();
        let ctx = &first.url;
        assert_eq!(row["url"].as_deref(), Some(first.url.as_str()), "{ctx}");
        assert_eq!(row["portal_id"].as_deref(), Some(first.portal_id.as_str()), "{ctx}");
        assert_eq!(row["title"].as_deref(), Some(first.title.as_str()), "{ctx}");
        assert_eq!(row["body"].as_deref(), Some(first.body.as_str()), "{ctx}");
        assert_eq!(row["summary"], first.summary, "{ctx}");
        assert_eq!(row["published_at"], first.published_at.map(|d| d.to_rfc3339()), "{ctx}");
        assert_eq!(row["author"], first.author, "{ctx}");
        assert_eq!(row["source"], first.source, "{ctx}");
        assert_eq!(row["category"], first.category, "{ctx}");
        let images: Vec<serde_json::Value> = serde_json::from_str(row["images"].as_deref().unwrap()).unwrap();
        assert_eq!(images.len(), first.image_count, "{ctx}");
        assert_eq!(row["language"].as_deref(), Some("vi"));
        let record = as_record(row);
        let errors: Vec<String> = validator.iter_errors(&record).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{ctx}: {errors:?}");
    }

    // Every copy is a sighting; the republished article has two.
    let sightings = rows(&s.warehouse, "sightings", "url");
    let seen: BTreeSet<(String, String, String)> = sightings
        .iter()
        .map(|r| {
            (
                r["content_hash"].clone().unwrap(),
                r["url"].clone().unwrap(),
                r["portal_id"].clone().unwrap(),
            )
        })
        .collect();
    let want: BTreeSet<(String, String, String)> = expected
        .iter()
        .map(|e| (e.content_hash.clone(), e.url.clone(), e.portal_id.clone()))
        .collect();
    assert_eq!(seen, want);
    assert_eq!(sightings.len(), expected.len());

    // Manners: robots.txt obeyed, the user agent sent, one host never faster than the minimum delay.
    let requests = sim.requests();
    for portal in sim.portals() {
        let mine: Vec<&RequestRecord> = requests.iter().filter(|r| r.portal_id == portal.id).collect();
        assert_eq!(
            mine.first().map(|r| r.path_and_query.as_str()),
            Some("/robots.txt"),
            "{}: robots.txt first",
            portal.id
        );
        for r in &mine {
            assert!(
                !portal
                    .disallowed_paths
                    .iter()
                    .any(|d| r.path_and_query.starts_with(d.as_str())),
                "disallowed {} requested",
                r.path_and_query
            );
            assert_eq!(r.user_agent.as_deref(), Some("vnportal-test/1.0"));
        }
        for pair in mine.windows(2) {
            let gap = pair[1].at.duration_since(pair[0].at);
            assert!(
                gap >= Duration::from_millis(MIN_DELAY_MS),
                "{}: {gap:?} between {} and {}",
                portal.id,
                pair[0].path_and_query,
                pair[1].path_and_query
            );
        }
    }
    assert_eq!(
        article_requests(&sim).len(),
        expected.len(),
        "each article page fetched once"
    );

    // A second pass finds nothing new: no article refetched, no row changed.
    let before = (articles.clone(), sightings.clone());
    let requests_before = sim.requests().len();
    let out = vnportal(&["run", "--once", "--config", config]).await;
    assert!(out.status.success(), "second run failed");
    assert_eq!(article_requests(&sim).len(), expected.len(), "no article refetched");
    assert!(sim.requests().len() > requests_before, "the listings were polled again");
    assert_eq!(
        (
            rows(&s.warehouse, "articles", "content_hash"),
            rows(&s.warehouse, "sightings", "url")
        ),
        before
    );
    assert!(!s.data_dir.join("dead_letters.jsonl").exists(), "no dead letters");
    sim.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interrupt_drains_in_flight_work() {
    let sim = Simulator::demo()
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), 0)
        .await
        .unwrap();
    // Slower, so the interrupt surely lands mid-crawl.
    let s = setup(&sim, 300);
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_vnportal"))
        .args(["run", "--config", s.config.to_str().unwrap()])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id().unwrap();
    // Interrupt once some article pages have been fetched, mid-crawl.
    let started = Instant::now();
    while article_requests(&sim).len() < 3 {
        assert!(started.elapsed() < Duration::from_secs(60), "crawl did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let kill = std::process::Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let out = tokio::time::timeout(Duration::from_secs(30), child.wait_with_output())
        .await
        .expect("exited in time")
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        article_requests(&sim).len() < sim.expected_articles().len(),
        "interrupted before the end"
    );

    // Everything the crawler emitted (and marked seen) reached the warehouse.
    let state = Connection::open(s.data_dir.join("crawl_state.sqlite")).unwrap();
    let emitted: BTreeSet<String> = state
        .prepare("SELECT url FROM seen_urls WHERE status = 200")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let stored: BTreeSet<String> = rows(&s.warehouse, "sightings", "url")
        .into_iter()
        .map(|r| r["url"].clone().unwrap())
        .collect();
    // The crawler also emits pages its link heuristics took for articles; the
    // parser drops those. Every emitted article page must be stored.
    let articles: BTreeSet<String> = sim.expected_articles().into_iter().map(|e| e.url).collect();
    let emitted_articles: BTreeSet<String> = emitted.intersection(&articles).cloned().collect();
    assert!(!emitted_articles.is_empty());
    assert_eq!(stored, emitted_articles);
    sim.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_prints_a_config_that_run_can_use() {
    use tokio::io::AsyncBufReadExt;
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_vnportal"))
        .args(["demo", "--serve", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let portals = Simulator::demo()
        .offline_pages("http://x")
        .iter()
        .map(|p| p.portal_id.clone())
        .collect::<BTreeSet<_>>();
    let mut lines = tokio::io::BufReader::new(server.stdout.take().unwrap()).lines();
    let mut config = String::new();
    // The config is complete once every portal's last field is out.
    while config.matches("allow_private_network").count() < portals.len() {
        let line = tokio::time::timeout(Duration::from_secs(30), lines.next_line())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        config.push_str(&line);
        config.push('\n');
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("portals.toml"), &config).unwrap();
    std::fs::write(
        dir.path().join("vnportal.toml"),
        "data_dir = \"data\"\n[crawler]\nmin_delay_ms = 50\n",
    )
    .unwrap();
    let out = vnportal(&[
        "run",
        "--once",
        "--config",
        dir.path().join("vnportal.toml").to_str().unwrap(),
        "--portals",
        dir.path().join("portals.toml").to_str().unwrap(),
    ])
    .await;
    assert!(out.status.success());
    let stored = rows(&dir.path().join("data/warehouse.sqlite"), "articles", "content_hash").len();
    let distinct = Simulator::demo()
        .offline_pages("http://x")
        .into_iter()
        .filter_map(|p| p.expected.map(|e| e.content_hash))
        .collect::<BTreeSet<_>>()
        .len();
    assert_eq!(stored, distinct);
    server.kill().await.unwrap();
}
