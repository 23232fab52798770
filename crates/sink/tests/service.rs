//! The sink stage over the in-memory bus: batching, retries while the
//! warehouse fails, dead letters for records that do not decode.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio_util::sync::CancellationToken;
use vnportal_bus::{Bus, MemoryBus, Message, Topics, dlq_headers};
use vnportal_model::{Article, content_hash};
use vnportal_sink::{Checkpoint, SinkConfig, SinkService, SqliteWarehouse, Warehouse, WarehouseError, WriteSummary};

/// Fails the first `failures` writes, like a database that is down, then recovers.
struct Flaky {
    inner: SqliteWarehouse,
    failures: AtomicUsize,
}

#[async_trait]
impl Warehouse for Flaky {
    async fn write_batch(
        &self,
        articles: &[Article],
        checkpoint: &[Checkpoint],
    ) -> Result<WriteSummary, WarehouseError> {
        if self
            .failures
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
        {
            return Err(WarehouseError::Database("connection refused".into()));
        }
        self.inner.write_batch(articles, checkpoint).await
    }
}

fn article(i: usize) -> Article {
    let body = format!("Bài viết số {i} về công tác dân vận ở cơ sở.");
    Article {
        schema_version: 1,
        content_hash: content_hash(&body),
        url: format!("http://a.gov.vn/{i}"),
        canonical_url: format!("http://a.gov.vn/{i}"),
        portal_id: "a".into(),
        title: format!("Tin {i}"),
        summary: None,
        body,
        published_at: None,
        author: None,
        source: None,
        category: None,
        images: vec![],
        language: "vi".into(),
        fetched_at: DateTime::parse_from_rfc3339("2024-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc),
        parsed_at: Utc::now(),
        parser_version: "test".into(),
    }
}

#[tokio::test]
async fn retries_until_the_warehouse_returns_and_dead_letters_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite");
    let warehouse = Arc::new(Flaky {
        inner: SqliteWarehouse::open(&path).unwrap(),
        failures: AtomicUsize::new(3),
    });
    let memory = MemoryBus::new(16);
    let bus: Arc<dyn Bus> = Arc::new(memory.clone());
    let topics = Topics::default();
    let mut dlq = bus.subscribe(&topics.dlq, "test").await.unwrap();
    let config = SinkConfig {
        batch_size: 2,
        linger_ms: 20,
        ..SinkConfig::default()
    };
    let sink = SinkService::new(Arc::clone(&bus), topics.clone(), warehouse, config);
    let task = tokio::spawn({
        let sink = Arc::clone(&sink);
        async move { sink.run("sink", CancellationToken::new()).await }
    });

    for i in 0..5 {
        let a = article(i);
        bus.publish(&topics.articles, Message::new(a.content_hash.clone(), a.to_json()))
            .await
            .unwrap();
    }
    bus.publish(&topics.articles, Message::new("junk", b"{not json".to_vec()))
        .await
        .unwrap();
    let dead = dlq.recv().await.unwrap().unwrap();
    assert_eq!(dead.message.payload, b"{not json");
    assert_eq!(dead.message.header(dlq_headers::STAGE), Some("sink"));
    assert!(
        dead.message
            .header(dlq_headers::ERROR)
            .unwrap()
            .contains("invalid article record")
    );
    dead.ack.ack();

    tokio::time::timeout(std::time::Duration::from_secs(30), memory.wait_idle())
        .await
        .expect("sink drained");
    memory.close().await;
    task.await.unwrap().unwrap();

    let stats = sink.stats();
    assert_eq!(stats.write_errors, 3);
    assert_eq!(stats.new_articles, 5);
    assert_eq!(stats.dead_lettered, 1);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 5);
}
