//! Pages that hold no article although they carry text: the extractor must
//! say so instead of making an article of their boxes.

#[path = "common/page.rs"]
mod page;

use page::{P1, paragraphs, run};

/// A SharePoint news template: title, date, lead and body elements, then a
/// side column listing new documents, each with its date.
fn sharepoint_template(title: &str, date: &str, body: &str) -> String {
    let documents: String = (1..=6)
        .map(|i| format!("<li>{i}98{i}/KH-UBND - Kế hoạch triển khai công tác cải cách hành chính, chuyển đổi số năm 2026 của Sở Nông nghiệp và Môi trường ({i}0/11/2026)</li>"))
        .collect();
    format!(
        r#"<html><head><title>Sở Nông nghiệp và Môi trường - Chi tiết tin tức</title></head><body>
        <table><tr><td class="col-main"><div class="ChiTietTin">
        <div class="TieuDeTin"><span id="ctl00_PlaceHolderMain_lblTieuDe">{title}</span></div>
        <div class="NgayDang"><span id="ctl00_PlaceHolderMain_lblNgayDang">{date}</span></div>
        <div class="NoiDung ms-rtestate-field">{body}</div></div></td>
        <td class="col-right"><div class="box-right"><div class="box-title">VĂN BẢN MỚI</div><ul>{documents}</ul></div></td></tr></table>
        </body></html>"#
    )
}

#[test]
fn an_article_template_served_empty_is_no_article() {
    let err = run(&sharepoint_template("", "", "")).expect_err("no article");
    assert!(err.to_string().contains("empty article template"), "{err}");
    // The same template with its article is one.
    let a = run(&sharepoint_template("Chuyển đổi số ở xã", "12/03/2026", &paragraphs())).expect("an article");
    assert!(a.body.starts_with(P1), "{}", a.body);
    // A photo-only body under a title is not empty either.
    let photos = sharepoint_template("Chuyển đổi số ở xã", "12/03/2026", r#"<img src="/a.jpg">"#);
    assert!(!run(&photos).is_err_and(|e| e.to_string().contains("empty article template")));
}
