//! What of a template's content block is the article's text: source notes,
//! quotations marked like leads, comment boxes.

#[path = "common/page.rs"]
mod page;

use page::{P1, P2, P3, paragraphs, run};

#[test]
fn a_source_note_under_a_table_is_no_body_text() {
    let html = format!(
        r#"<html><head><title>Lợi nhuận quý III</title></head><body><article><h1>Lợi nhuận quý III</h1>
        <div class="date">29/10/2026</div><div class="detail-content"><p>{P1}</p>
        <table><tr><td>Doanh nghiệp</td><td>Lợi nhuận</td></tr><tr><td>PNR</td><td>1.126</td></tr></table>
        <p style="text-align:right"><i>Nguồn: BCTC quý III/2026 của các doanh nghiệp, Phố Tài Chính tổng hợp</i></p>
        <p>{P2}</p></div></article></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(
        a.body,
        [P1, "Doanh nghiệp", "Lợi nhuận", "PNR", "1.126", P2].join("\n\n")
    );
    // Not the article's source either: that is what a trailer names.
    assert_eq!(a.source, None);
}

#[test]
fn a_quotation_marked_trich_dan_inside_the_body_is_no_lead() {
    let quote = "“Quân đội ta trung với Đảng, hiếu với dân, sẵn sàng chiến đấu hy sinh vì độc lập, tự do của Tổ quốc.”";
    let html = format!(
        r#"<html><head><title>Ôn truyền thống</title></head><body><div class="tin"><h1>Ôn truyền thống</h1>
        <div class="ngay">22/12/2025</div><div class="noi-dung-tin"><p>{P1}</p><p>{P2}</p>
        <blockquote class="trich-dan"><p>{quote}</p></blockquote><p>{P3}</p></div></div></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.summary, None);
    assert_eq!(a.body, [P1, P2, quote, P3].join("\n\n"));
    // The same mark opening the content is the lead.
    let lead = html
        .replace(&format!("<p>{P1}</p><p>{P2}</p>\n        <blockquote"), "<blockquote")
        .replace(
            &format!("</blockquote><p>{P3}</p>"),
            &format!("</blockquote><p>{P1}</p><p>{P2}</p><p>{P3}</p>"),
        );
    assert_eq!(run(&lead).expect("an article").summary.as_deref(), Some(quote));
}

#[test]
fn a_comment_box_under_the_byline_ends_the_article() {
    let html = format!(
        r#"<html><head><title>Hướng dẫn tuyên truyền</title></head><body><div class="ct-detail"><span class="ct-detail-title">Hướng dẫn tuyên truyền</span>
        <div class="ct-detail-info">Ngày 06/01/2026 lúc 16:30</div><div class="ct-detail-content">{}
        <p align="right"><b>Mai Anh</b></p><p align="right"><i>Nguồn: Hướng dẫn số 62-HD/BTGDVTU</i></p>
        <div id="upBinhLuan"><div class="ct-binhluan"><div class="ct-box-title">Ý kiến bạn đọc</div><table><tr><td>Họ tên:</td><td><input name="ten"></td></tr>
        <tr><td>Nội dung:</td><td><textarea name="nd"></textarea></td></tr></table></div></div></div></div></body></html>"#,
        paragraphs()
    );
    // The form is known by its textarea, whatever the box is named.
    let by_heading = html.replace("ct-binhluan", "ct-box");
    for html in [html, by_heading] {
        let a = run(&html).expect("an article");
        assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
        assert_eq!(a.author.as_deref(), Some("Mai Anh"));
        assert_eq!(a.source.as_deref(), Some("Hướng dẫn số 62-HD/BTGDVTU"));
    }
}
