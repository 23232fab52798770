//! Hostile inputs end in a record or an error, never a panic or a hang:
//! a 10 MB page, 100,000-deep nesting, binary bodies, invalid UTF-8.
//! Each case has a time budget far above what it needs, so a quadratic
//! path shows up as a failure rather than a slow suite.

use std::time::{Duration, Instant};

use chrono::Utc;
use vnportal_model::RawPage;
use vnportal_parser::{ParseError, parse_page};

fn raw(body: Vec<u8>, charset: Option<&str>) -> RawPage {
    RawPage::html("https://portal.gov.vn/tin-tuc/bai-viet-1.aspx", "test", body, charset)
}

/// Parses within `budget`; a slow path fails the test instead of hanging CI
/// (the parse runs on a thread the test stops waiting for).
fn parse_within(page: RawPage, budget: Duration) -> Result<vnportal_model::Article, ParseError> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        // The default test thread stack: deep trees must not need more.
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let _ = tx.send(parse_page(&page, Utc::now()));
        })
        .expect("spawn parser thread");
    let start = Instant::now();
    match rx.recv_timeout(budget) {
        Ok(result) => result,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("no result within {budget:?}"),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            panic!("the parser panicked after {:?}", start.elapsed())
        }
    }
}

const PARAGRAPH: &str = "<p>Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận, triển khai nhiệm vụ trọng tâm, phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể.</p>\n";

fn article_around(inner: &str) -> String {
    format!(
        "<html><head><title>Hội nghị giao ban công tác dân vận năm 2024</title></head><body>\
         <h1>Hội nghị giao ban công tác dân vận năm 2024</h1><div class=\"date\">15/01/2024 - 08:45</div>\
         <div class=\"content\">{PARAGRAPH}{PARAGRAPH}{inner}{PARAGRAPH}</div></body></html>"
    )
}

#[test]
fn ten_megabyte_page() {
    // The shape of real 10 MB portal pages: images pasted into the editor as
    // base64 `data:` URIs, a huge ASP.NET view state, and a long text.
    let mut inner = String::with_capacity(10 << 20);
    let blob: String = (0..(3 << 20) / 64)
        .map(|i| format!("{:064x}", i * 0x9e37_79b9_u64))
        .collect();
    inner.push_str(&format!(
        "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"{blob}\" />"
    ));
    for _ in 0..2 {
        inner.push_str(&format!("<p><img src=\"data:image/png;base64,{blob}\" /></p>"));
    }
    // Numbered, as identical consecutive paragraphs collapse into one.
    let mut n = 0;
    while inner.len() < 10 << 20 {
        n += 1;
        inner.push_str(&PARAGRAPH.replace("</p>", &format!(" ({n})</p>")));
    }
    let page = article_around(&inner);
    assert!(page.len() >= 10 << 20);
    let article = parse_within(raw(page.into_bytes(), Some("utf-8")), Duration::from_secs(60)).expect("an article");
    assert_eq!(article.title, "Hội nghị giao ban công tác dân vận năm 2024");
    assert!(
        article.body.contains(&format!("({n})")),
        "the body keeps the text to the end"
    );
    assert!(article.images.is_empty(), "data: URIs are not image URLs");
}

#[test]
fn hundred_thousand_deep_nesting() {
    const DEPTH: usize = 100_000;
    for tag in ["div", "span", "b"] {
        let inner = format!(
            "{}{PARAGRAPH}{}",
            format!("<{tag}>").repeat(DEPTH),
            format!("</{tag}>").repeat(DEPTH)
        );
        let result = parse_within(raw(article_around(&inner).into_bytes(), None), Duration::from_secs(60));
        // Whatever html5ever makes of it, the outcome is a record or NotArticle.
        match result {
            Ok(a) => assert!(!a.title.is_empty()),
            Err(ParseError::NotArticle(_)) => {}
            Err(e) => panic!("{tag}: unexpected error {e}"),
        }
    }
    // Unclosed nesting, as a truncated page would have it.
    let inner = "<div><p>".repeat(DEPTH / 2);
    let result = parse_within(raw(article_around(&inner).into_bytes(), None), Duration::from_secs(60));
    assert!(matches!(result, Ok(_) | Err(ParseError::NotArticle(_))));
}

#[test]
fn binary_bodies_are_not_articles() {
    // Deterministic pseudo-random bytes (a PDF or image served as text/html).
    let mut x: u32 = 0x9e37_79b9;
    let bytes: Vec<u8> = (0..1 << 19)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    for charset in [None, Some("utf-8"), Some("windows-1258"), Some("x-unknown")] {
        let result = parse_within(raw(bytes.clone(), charset), Duration::from_secs(30));
        assert!(matches!(result, Err(ParseError::NotArticle(_))), "{charset:?}");
    }
    let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    pdf.extend_from_slice(&bytes[..4096]);
    assert!(matches!(
        parse_within(raw(pdf, None), Duration::from_secs(10)),
        Err(ParseError::NotArticle(_))
    ));
    assert!(matches!(
        parse_within(raw(Vec::new(), None), Duration::from_secs(10)),
        Err(ParseError::NotArticle(_))
    ));
}

#[test]
fn invalid_utf8_inside_an_article() {
    // A UTF-8 page with stray bytes: the article survives, the bytes become U+FFFD.
    let mut page = article_around("").into_bytes();
    let at = page.windows(3).position(|w| w == b"<p>").expect("a paragraph") + 3;
    page.splice(at..at, [0xff, 0xc3, 0x28, 0xe2, 0x82]);
    let article = parse_within(raw(page, Some("utf-8")), Duration::from_secs(10)).expect("an article");
    assert_eq!(article.title, "Hội nghị giao ban công tác dân vận năm 2024");
    assert!(article.body.contains("Ban Dân vận Tỉnh ủy"));
    // Truncated in the middle of a multi-byte character.
    let page = article_around("").into_bytes();
    let cut = page.len() - 50;
    let cut = (cut..page.len()).find(|&i| page[i] >= 0xc0).unwrap_or(cut) + 1;
    assert!(parse_within(raw(page[..cut].to_vec(), None), Duration::from_secs(10)).is_ok());
}

/// Inputs a review built against rules that walk or copy text once per
/// match: each took seconds to a minute at these sizes while quadratic.
#[test]
fn repeated_labels_links_and_leads() {
    const N: usize = 40_000;
    let labels = format!(
        r#"<span itemprop="datePublished" content="x">cập nhật {}</span>"#,
        "người đăng ".repeat(N)
    );
    let leads = r#"<span class="lead"></span>"#.repeat(N);
    let links = format!(
        r#"<div class="author">{}</div>"#,
        r#"<a href="/tac-gia/minh-duc">Minh Đức</a> - "#.repeat(N)
    );
    for inner in [labels, leads, links] {
        let result = parse_within(raw(article_around(&inner).into_bytes(), None), Duration::from_secs(10));
        assert!(matches!(result, Ok(_) | Err(ParseError::NotArticle(_))));
    }
}

/// Date-named wrappers with a `title` around the whole body: each would be
/// flattened to look for a date in its text.
#[test]
fn nested_hover_date_wrappers() {
    let open = r#"<div class="date" title="x">"#.repeat(3000);
    let inner = format!("{open}{}{}", PARAGRAPH.repeat(3200), "</div>".repeat(3000));
    let result = parse_within(raw(article_around(&inner).into_bytes(), None), Duration::from_secs(10));
    assert!(matches!(result, Ok(_) | Err(ParseError::NotArticle(_))));
}
