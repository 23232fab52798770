//! The parser stage over the in-memory bus: articles out, listings dropped,
//! failures dead-lettered, every input acknowledged.

use std::sync::Arc;

use vnportal_bus::{Bus, MemoryBus, Message, Topics, dlq_headers};
use vnportal_model::{Article, RawPage};
use vnportal_parser::{Concurrency, ParserService};

fn raw(name: &str, url: &str) -> Message {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let page = RawPage::html(url, "quangninh-bdv", std::fs::read(path).unwrap(), Some("utf-8"));
    let e = page.encode();
    Message {
        key: Some(e.key),
        headers: e.headers,
        payload: e.payload,
    }
}

#[tokio::test]
async fn articles_out_listings_dropped_failures_dead_lettered() {
    let memory = MemoryBus::new(16);
    let bus: Arc<dyn Bus> = Arc::new(memory.clone());
    let topics = Topics::default();
    let mut articles = bus.subscribe(&topics.articles, "test").await.unwrap();
    let mut dlq = bus.subscribe(&topics.dlq, "test").await.unwrap();
    let parser = ParserService::new(Arc::clone(&bus), topics.clone());
    let task = tokio::spawn({
        let parser = Arc::clone(&parser);
        async move { parser.run("parser", Concurrency::new(2, 16)).await }
    });

    bus.publish(
        &topics.raw_pages,
        raw(
            "article.html",
            "https://bdvquangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=3310",
        ),
    )
    .await
    .unwrap();
    bus.publish(
        &topics.raw_pages,
        raw("listing.html", "https://bdvquangninh.gov.vn/Trang/TinTuc.aspx"),
    )
    .await
    .unwrap();
    let mut broken = raw("article.html", "https://bdvquangninh.gov.vn/x");
    broken.headers.retain(|(k, _)| k != "fetched_at");
    bus.publish(&topics.raw_pages, broken).await.unwrap();

    let out = articles.recv().await.unwrap().unwrap();
    let article = Article::from_json(&out.message.payload).unwrap();
    assert_eq!(out.message.key.as_deref(), Some(article.content_hash.as_str()));
    assert_eq!(out.message.header("portal_id"), Some("quangninh-bdv"));
    assert_eq!(article.title, "Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2019");
    out.ack.ack();

    let dead = dlq.recv().await.unwrap().unwrap();
    assert_eq!(dead.message.header(dlq_headers::STAGE), Some("parser"));
    assert!(dead.message.header(dlq_headers::ERROR).unwrap().contains("fetched_at"));
    assert_eq!(dead.message.key.as_deref(), Some("https://bdvquangninh.gov.vn/x"));
    dead.ack.ack();

    tokio::time::timeout(std::time::Duration::from_secs(10), memory.wait_idle())
        .await
        .expect("all acknowledged");
    memory.close().await;
    task.await.unwrap().unwrap();
    let stats = parser.stats();
    assert_eq!(
        (stats.received, stats.articles, stats.not_articles, stats.dead_lettered),
        (3, 1, 1, 1)
    );
}

/// A bus whose article publishes wait until released, recording how many
/// were waiting at once: the broker acknowledgement the parser must not
/// wait for one page at a time.
struct SlowAcks {
    inner: MemoryBus,
    waiting: std::sync::atomic::AtomicUsize,
    most_waiting: std::sync::atomic::AtomicUsize,
    release: tokio::sync::Notify,
}

#[async_trait::async_trait]
impl Bus for SlowAcks {
    async fn publish(&self, topic: &str, message: Message) -> Result<(), vnportal_bus::BusError> {
        use std::sync::atomic::Ordering::SeqCst;
        if topic == Topics::default().articles {
            let now = self.waiting.fetch_add(1, SeqCst) + 1;
            self.most_waiting.fetch_max(now, SeqCst);
            self.release.notified().await;
            self.waiting.fetch_sub(1, SeqCst);
        }
        self.inner.publish(topic, message).await
    }
    async fn subscribe(
        &self,
        topic: &str,
        group: &str,
    ) -> Result<Box<dyn vnportal_bus::Subscription>, vnportal_bus::BusError> {
        self.inner.subscribe(topic, group).await
    }
}

#[tokio::test]
async fn many_pages_wait_for_the_broker_at_once_and_none_is_lost() {
    use std::sync::atomic::Ordering::SeqCst;
    let memory = MemoryBus::new(256);
    let slow = Arc::new(SlowAcks {
        inner: memory.clone(),
        waiting: 0.into(),
        most_waiting: 0.into(),
        release: tokio::sync::Notify::new(),
    });
    let topics = Topics::default();
    let mut articles = memory.subscribe(&topics.articles, "test").await.unwrap();
    let parser = ParserService::new(Arc::clone(&slow) as Arc<dyn Bus>, topics.clone());
    let task = tokio::spawn({
        let parser = Arc::clone(&parser);
        async move { parser.run("parser", Concurrency::new(2, 8)).await }
    });
    // Twenty copies of one article under different URLs.
    for i in 0..20 {
        let url = format!("https://bdvquangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid={i}");
        memory
            .publish(&topics.raw_pages, raw("article.html", &url))
            .await
            .unwrap();
    }
    // Wait until the in-flight window is full, then release one at a time.
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    while slow.waiting.load(SeqCst) < 8 {
        assert!(tokio::time::Instant::now() < deadline, "the window never filled");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let mut urls = std::collections::BTreeSet::new();
    for _ in 0..20 {
        slow.release.notify_one();
        let out = tokio::time::timeout(std::time::Duration::from_secs(10), articles.recv())
            .await
            .expect("an article after each release")
            .unwrap()
            .unwrap();
        urls.insert(Article::from_json(&out.message.payload).unwrap().url);
        out.ack.ack();
    }
    assert_eq!(urls.len(), 20, "every page published once");
    assert_eq!(
        slow.most_waiting.load(SeqCst),
        8,
        "never more than max_in_flight at once"
    );
    tokio::time::timeout(std::time::Duration::from_secs(10), memory.wait_idle())
        .await
        .expect("all acknowledged");
    memory.close().await;
    task.await.unwrap().unwrap();
    assert_eq!(parser.stats().articles, 20);
}
