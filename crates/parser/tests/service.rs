//! The parser stage over the in-memory bus: articles out, listings dropped,
//! failures dead-lettered, every input acknowledged.

use std::sync::Arc;

use chrono::Utc;
use vnportal_bus::{Bus, MemoryBus, Message, Topics, dlq_headers};
use vnportal_model::{Article, RawPage};
use vnportal_parser::ParserService;

fn raw(name: &str, url: &str) -> Message {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let page = RawPage {
        url: url.into(),
        final_url: url.into(),
        portal_id: "quangninh-bdv".into(),
        fetched_at: Utc::now(),
        status: 200,
        content_type: Some("text/html; charset=utf-8".into()),
        etag: None,
        last_modified: None,
        charset: Some("utf-8".into()),
        body: std::fs::read(path).unwrap(),
    };
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
        async move { parser.run("parser", 2).await }
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
