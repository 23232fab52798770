//! Per-portal selector overrides: each field takes precedence over the
//! generic rules, and a selector that matches nothing falls back to them.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::Utc;
use vnportal_bus::{Bus, MemoryBus, Message, Topics};
use vnportal_model::{Article, RawPage, SelectorOverrides};
use vnportal_parser::{Concurrency, Overrides, ParserService, parse_page, parse_page_with};

/// A page whose generic reading is wrong on purpose: the headline that
/// matches `<title>` is a teaser box, the real title is a styled `div`, the
/// date is in a custom element, and an advert block sits inside the body.
const PAGE: &str = r#"<html><head><title>Thông báo tuyển dụng viên chức năm 2024</title></head><body>
<div class="box"><h2>Thông báo tuyển dụng viên chức năm 2024</h2><p>Xem chi tiết thông báo tuyển dụng tại mục văn bản của cổng thông tin.</p></div>
<div class="bai">
<div class="dong-tieu-de">Hội nghị tổng kết công tác dân vận năm 2024 của Đảng ủy xã</div>
<div class="thoi-gian">Cập nhật: 28/12/2024, 16 giờ 30</div>
<div class="loi-dan">Ngày 27/12, Đảng ủy xã tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025.</div>
<div class="phan-than">
<p>Năm 2024, công tác dân vận của hệ thống chính trị xã có nhiều chuyển biến tích cực, phong trào thi đua “Dân vận khéo” được triển khai sâu rộng với 12 mô hình được công nhận.</p>
<div class="qc-giua-bai"><p>Quảng cáo: Mua bán, cho thuê nhà đất giá tốt nhất khu vực, liên hệ ngay để được tư vấn miễn phí.</p></div>
<p>Hội nghị đã biểu dương 8 tập thể, 15 cá nhân có thành tích xuất sắc, đồng thời thống nhất các nhiệm vụ trọng tâm năm 2025, trong đó chú trọng dân vận chính quyền và xây dựng nông thôn mới.</p>
</div>
<div class="nguoi-viet">Lê Thị Hồng</div>
</div></body></html>"#;

fn raw(portal: &str) -> RawPage {
    RawPage::html(
        "https://xa.example.gov.vn/tin/1",
        portal,
        PAGE.as_bytes().to_vec(),
        Some("utf-8"),
    )
}

fn selectors() -> SelectorOverrides {
    SelectorOverrides {
        title: Some(".dong-tieu-de".into()),
        date: Some(".thoi-gian".into()),
        body: Some(".phan-than".into()),
        summary: Some(".loi-dan".into()),
        author: Some(".nguoi-viet".into()),
        remove: vec![".qc-giua-bai".into()],
    }
}

#[test]
fn every_field_follows_its_selector() {
    let o = Overrides::compile(&selectors()).unwrap();
    let a = parse_page_with(&raw("xa"), &o, Utc::now()).unwrap();
    assert_eq!(a.title, "Hội nghị tổng kết công tác dân vận năm 2024 của Đảng ủy xã");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2024-12-28T00:00:00+07:00");
    assert_eq!(a.author.as_deref(), Some("Lê Thị Hồng"));
    assert_eq!(
        a.summary.as_deref(),
        Some(
            "Ngày 27/12, Đảng ủy xã tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025."
        )
    );
    assert!(a.body.starts_with("Ngày 27/12, Đảng ủy xã"), "{}", a.body);
    assert!(a.body.contains("12 mô hình được công nhận"));
    assert!(a.body.ends_with("xây dựng nông thôn mới."), "{}", a.body);
    assert!(!a.body.contains("Quảng cáo"), "removed element kept: {}", a.body);

    // Without the overrides the generic rules read the same page differently.
    let generic = parse_page(&raw("xa"), Utc::now());
    assert!(generic.map_or(true, |g| g.title != a.title || g.body.contains("Quảng cáo")));
}

#[test]
fn selectors_that_match_nothing_fall_back() {
    let s = SelectorOverrides {
        title: Some(".khong-co".into()),
        body: Some("#khong-co".into()),
        remove: vec![".qc-giua-bai".into()],
        ..Default::default()
    };
    let o = Overrides::compile(&s).unwrap();
    let a = parse_page_with(&raw("xa"), &o, Utc::now()).unwrap();
    assert!(a.body.contains("12 mô hình được công nhận"));
    assert!(!a.body.contains("Quảng cáo"));
}

#[tokio::test]
async fn the_service_applies_each_portals_overrides() {
    let memory = MemoryBus::new(16);
    let bus: Arc<dyn Bus> = Arc::new(memory.clone());
    let topics = Topics::default();
    let mut articles = bus.subscribe(&topics.articles, "test").await.unwrap();
    let map = HashMap::from([("xa".to_owned(), selectors())]);
    let parser = ParserService::with_overrides(Arc::clone(&bus), topics.clone(), &map).unwrap();
    let task = tokio::spawn({
        let parser = Arc::clone(&parser);
        async move { parser.run("parser", Concurrency::new(1, 4)).await }
    });
    let e = raw("xa").encode();
    let msg = Message {
        key: Some(e.key),
        headers: e.headers,
        payload: e.payload,
    };
    bus.publish(&topics.raw_pages, msg).await.unwrap();
    let out = articles.recv().await.unwrap().unwrap();
    let a = Article::from_json(&out.message.payload).unwrap();
    assert_eq!(a.title, "Hội nghị tổng kết công tác dân vận năm 2024 của Đảng ủy xã");
    assert_eq!(a.author.as_deref(), Some("Lê Thị Hồng"));
    out.ack.ack();
    tokio::time::timeout(std::time::Duration::from_secs(10), memory.wait_idle())
        .await
        .expect("all acknowledged");
    memory.close().await;
    task.await.unwrap().unwrap();

    let bad = HashMap::from([(
        "xa".to_owned(),
        SelectorOverrides {
            body: Some("div[".into()),
            ..Default::default()
        },
    )]);
    let err = ParserService::with_overrides(bus, topics, &bad)
        .err()
        .expect("invalid selector rejected");
    assert_eq!(err.portal, "xa");
    assert_eq!(err.source.field, "body");
}
