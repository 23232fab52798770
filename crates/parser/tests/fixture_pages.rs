//! Extraction from the hand-made portal pages in tests/fixtures/.

use chrono::Utc;
use vnportal_model::RawPage;
use vnportal_parser::{ParseError, parse_page};

fn page(name: &str, url: &str) -> RawPage {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    RawPage::html(url, "quangninh-bdv", std::fs::read(path).unwrap(), Some("utf-8"))
}

#[test]
fn sharepoint_trang_article() {
    let url = "https://bdvquangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=3310";
    let a = parse_page(&page("article.html", url), Utc::now()).unwrap();
    assert_eq!(a.title, "Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2019");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2019-06-19T11:54:00+07:00");
    assert_eq!(a.author.as_deref(), Some("Nguyễn Thanh Tùng, Ban Dân vận Tỉnh ủy"));
    assert_eq!(a.category.as_deref(), Some("Tin tức - Sự kiện"));
    assert_eq!(a.source, None);
    assert!(
        a.body
            .starts_with("Trong các ngày 14 và 18/6/2019, Ban Dân vận Tỉnh ủy tổ chức"),
        "{}",
        a.body
    );
    assert!(a.body.ends_with("tiếp công dân..."), "{}", a.body);
    assert!(
        a.body.contains("\n\nCác đại biểu phát biểu tại hội nghị\n\n"),
        "captions stay as paragraphs"
    );
    assert!(!a.body.contains("\n\n\n"));
    for chrome in [
        "Thống kê truy cập",
        "Hôm nay",
        "Tin Nóng",
        "Website liên kết",
        "Nguyễn Thanh Tùng",
        "19/06/2019 11:54",
        "In bài",
        "Các tin khác",
        "sơ kết công tác quý I",
    ] {
        assert!(!a.body.contains(chrome), "body keeps {chrome:?}");
    }
    assert_eq!(a.images.len(), 2, "{:?}\n{}", a.images, a.body);
    assert_eq!(
        a.images[0].url,
        "https://bdvquangninh.gov.vn/SiteAssets/Images/2019/06/hn-giao-ban-1.jpg"
    );
    assert!(
        a.images[0]
            .caption
            .as_deref()
            .unwrap()
            .starts_with("Đồng chí Nguyễn Văn Hưởng")
    );
    assert_eq!(
        a.images[1].caption.as_deref(),
        Some("Các đại biểu phát biểu tại hội nghị")
    );
    assert_eq!(a.language, "vi");
    assert_eq!(a.content_hash, vnportal_model::content_hash(&a.body));
}

#[test]
fn listing_page_is_not_an_article() {
    let err = parse_page(
        &page("listing.html", "https://bdvquangninh.gov.vn/Trang/TinTuc.aspx"),
        Utc::now(),
    )
    .unwrap_err();
    assert!(matches!(err, ParseError::NotArticle(_)), "{err}");
}

#[test]
fn failures_are_errors_not_articles() {
    let mut p = page("article.html", "https://a.gov.vn/x");
    p.status = 500;
    assert!(matches!(parse_page(&p, Utc::now()), Err(ParseError::Status(500))));
    let mut p = page("article.html", "https://a.gov.vn/x");
    p.content_type = Some("application/pdf".into());
    assert!(matches!(parse_page(&p, Utc::now()), Err(ParseError::NotHtml(_))));
    let mut p = page("article.html", "https://a.gov.vn/x");
    p.body = vec![0xff, 0xfe, 0x00, 0x01, 0x80, 0x90];
    assert!(matches!(parse_page(&p, Utc::now()), Err(ParseError::NotArticle(_))));
}
