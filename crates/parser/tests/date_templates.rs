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
