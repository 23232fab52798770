//! Date lines as templates print them, and dated lines that are not the
//! article's date.

#[path = "common/page.rs"]
mod page;

use page::{P1, P2, P3, paragraphs, run};

fn published(html: &str) -> String {
    run(html)
        .expect("an article")
        .published_at
        .map(|d| d.to_rfc3339())
        .unwrap_or_default()
}

#[test]
fn a_date_range_in_the_first_lines_is_the_events_not_the_articles() {
    let html = format!(
        r#"<html><head><title>Tuần Văn hóa làng nghề</title></head><body><div class="article"><h1>Tuần Văn hóa làng nghề</h1>
        <div class="meta">Cập nhật: 11:20, 05/03/2026 · Đăng: 08:30, 05/03/2026</div>
        <div class="article-content"><p>{P1}</p><ul><li>Thời gian: từ ngày 13/3/2026 đến hết ngày 15/3/2026.</li></ul><p>{P2}</p></div></div></body></html>"#
    );
    assert_eq!(published(&html), "2026-03-05T08:30:00+07:00");
    let body = run(&html).expect("an article").body;
    assert!(body.contains("Thời gian: từ ngày 13/3/2026"), "{body}");
}

#[test]
fn a_photos_caption_dates_the_photo_not_the_article() {
    let html = format!(
        r#"<html><head><title>Cháy xưởng gỗ</title></head><body><div class="article"><h1>Cháy xưởng gỗ</h1>
        <div class="article-meta"><span class="article-date">Thứ bảy, 21/11/2026 - 23:40</span></div>
        <div class="article-body"><p>{P1}</p><p>{P2}</p>
        <table class="tplCaption"><tbody><tr><td><img src="/a.jpg"></td></tr><tr><td><p class="Image">Hiện trường lúc 21h30 ngày 21/11/2026. Ảnh: Nhóm PV</p></td></tr></tbody></table>
        <p>{P3}</p></div></div></body></html>"#
    );
    assert_eq!(published(&html), "2026-11-21T23:40:00+07:00");
    assert!(run(&html).expect("an article").body.contains("Hiện trường lúc 21h30"));
}

#[test]
fn a_bracketed_date_under_the_byline_after_the_body() {
    let html = format!(
        r#"<html><head><title>Sở Tư pháp</title></head><body><table><tr><td><b>Chứng thực tại xã</b></td></tr>
        <tr><td>{}</td></tr>
        <tr><td align="right"><b><span id="lblTacGia">Nguyễn Thị Mai Phương</span></b><br><span id="lblNgayDang">(24/07/2025)</span></td></tr>
        </table></body></html>"#,
        paragraphs()
    );
    assert_eq!(published(&html), "2025-07-24T00:00:00+07:00");
}

#[test]
fn a_bare_date_under_an_office_closing_the_body() {
    let html = format!(
        r#"<html><head><title>Thông báo tình hình sinh vật gây hại</title></head><body><div class="noidung">
        <h1>Thông báo tình hình sinh vật gây hại</h1>{}
        <p align="right"><b>Chi cục Trồng trọt và Bảo vệ thực vật</b></p><p align="right"><i>Ngày 14/04/2026</i></p>
        </div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(published(&html), "2026-04-14T00:00:00+07:00");
    assert_eq!(a.author.as_deref(), Some("Chi cục Trồng trọt và Bảo vệ thực vật"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_date_shown_only_on_hover() {
    let html = format!(
        r#"<html><head><title>Lịch công tác tuần 11</title></head><body><article><h1>Lịch công tác tuần 11</h1>
        <div class="post-meta"><span class="post-date" title="09/03/2026 07:45"><i class="fa fa-clock-o"></i></span>
        <span class="post-view" title="Lượt xem 12/03/2026">292</span></div><div class="post-body">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(published(&html), "2026-03-09T07:45:00+07:00");
}

#[test]
fn a_date_only_in_the_address() {
    let html = format!(
        r#"<html><head><title>Chủ động phòng chống sốt xuất huyết</title></head><body><article><h1>Chủ động phòng chống sốt xuất huyết</h1>
        <div class="post-body">{}</div><p class="author">BS. Trương Thị Kim Liên</p></article></body></html>"#,
        paragraphs()
    );
    let a = vnportal_parser::extract(
        &html,
        &url::Url::parse("https://bv.example.gov.vn/tin-tuc/2026-08-14/chu-dong-1842.html").unwrap(),
    )
    .expect("an article");
    assert_eq!(
        a.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-08-14T00:00:00+07:00")
    );
}

#[test]
fn wordpress_vietnamese_month_names() {
    let html = format!(
        r#"<html><head><title>THÔNG BÁO LỊCH CẮT ĐIỆN</title></head><body><article class="post type-post">
        <h1 class="entry-title">THÔNG BÁO LỊCH CẮT ĐIỆN</h1><div class="entry-meta"><span class="date">16 Tháng Năm, 2026</span></div>
        <div class="entry-content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(published(&html), "2026-05-16T00:00:00+07:00");
}

#[test]
fn joomla_15s_last_update_is_the_date_when_it_is_the_only_one() {
    for label in ["Cập nhật lần cuối", "Lần cập nhật cuối"] {
        let html = format!(
            r#"<html><head><meta name="generator" content="Joomla! 1.5 - Open Source Content Management">
            <title>Huyện triển khai chuyển đổi số</title></head><body>
            <table class="contentpaneopen"><tr><td class="contentheading">Huyện triển khai chuyển đổi số</td></tr></table>
            <table class="contentpaneopen"><tr><td>{}</td></tr>
            <tr><td class="modifydate">{label} ( Thứ năm, 18 Tháng 12 2025 16:02 )</td></tr></table></body></html>"#,
            paragraphs()
        );
        assert_eq!(published(&html), "2025-12-18T16:02:00+07:00", "{label}");
    }
}

#[test]
fn a_schedules_dated_items_and_a_documents_date_are_no_date_lines() {
    // The meta line outside the content dates the notice; the body's dated
    // lines stay text.
    for item in [
        "<ul><li>Thứ Năm, ngày 10/12/2026: Chủ tịch UBND xã trực tiếp tiếp công dân;</li></ul>",
        "<p>(Ban hành kèm theo Quyết định số 2418/QĐ-UBND ngày 15/7/2026 của Ủy ban nhân dân thành phố)</p>",
    ] {
        let html = format!(
            r#"<html><head><title>Lịch tiếp công dân</title></head><body><div class="news-detail"><h1>Lịch tiếp công dân</h1>
            <div class="meta-detail"><span class="date">Ngày đăng: 19/11/2026 16:30</span></div>
            <div class="content-detail"><p>{P1}</p>{item}<p>{P2}</p><p>{P3}</p></div></div></body></html>"#
        );
        let a = run(&html).expect("an article");
        assert_eq!(
            a.published_at.unwrap().to_rfc3339(),
            "2026-11-19T16:30:00+07:00",
            "{item}"
        );
        assert_eq!(a.body.split("\n\n").count(), 4, "{item}");
    }
}

#[test]
fn a_view_count_abutting_the_time_is_not_read_into_it() {
    // "18:47" and "2.341" in spans side by side flatten to "18:472.341".
    let html = format!(
        r#"<html><head><title>Xuống giống vụ tỏi mới</title></head><body><article><h1>Xuống giống vụ tỏi mới</h1>
        <div class="ts-meta"><span class="ts-time">Thứ Ba, 11/11/2025, 18:47</span><span class="ts-views">2.341 lượt xem</span></div>
        <div class="ts-content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(published(&html), "2025-11-11T18:47:00+07:00");
}
