//! Where templates print the headline, and headings that are not it.

#[path = "common/page.rs"]
mod page;

use page::{P1, P2, P3, paragraphs, run};

/// An old ASP commune site: the commune's name in the banner's `<h1>`,
/// "Hôm nay: …" in the bar under it, a `<title>` of "site - province -
/// section", the headline in a `<b>` of a table row with its date under a
/// `<br>`.
fn table_layout(header_date: &str) -> String {
    format!(
        r#"<html><head><title>UBND XÃ NÀ GIÀNG - TỈNH CAO BẰNG - Hỏi đáp pháp luật</title></head><body>
        <table><tr><td colspan="2"><h1><font size="6">UBND XÃ NÀ GIÀNG - TỈNH CAO BẰNG</font></h1></td></tr>
        <tr><td colspan="2"><b>{header_date}</b> <a href="/">Trang chủ</a> | <a href="/lh">Liên hệ</a></td></tr>
        <tr><td width="190"><a href="/a">Giới thiệu</a><br><a href="/b">Tin tức - Sự kiện</a><br><a href="/c">Văn bản</a></td>
        <td><table><tr><td><font size="1"><a href="/">Trang chủ</a> &raquo; <a href="/hd">Hỏi - Đáp pháp luật</a></font></td></tr>
        <tr><td><font size="3"><b>Hỏi - Đáp về đăng ký khai sinh khi cha mẹ chưa đăng ký kết hôn</b></font><br><font size="1">(Ngày 09-12-2025)</font></td></tr>
        <tr><td>{}</td></tr></table></td></tr></table></body></html>"#,
        paragraphs()
    )
}

#[test]
fn the_site_names_heading_is_no_headline_nor_todays_date_the_articles() {
    let a = run(&table_layout("Hôm nay: Chủ nhật, 22-11-2026")).expect("an article");
    assert_eq!(
        a.title,
        "Hỏi - Đáp về đăng ký khai sinh khi cha mẹ chưa đăng ký kết hôn"
    );
    assert_eq!(
        a.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2025-12-09T00:00:00+07:00")
    );
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_heading_that_is_the_article_half_of_the_title_still_names_it() {
    // The same heading word for word in `<title>`'s article half is the title.
    let html = format!(
        r#"<html><head><title>Hội nghị tổng kết năm 2026 - UBND xã Nà Giàng</title></head><body>
        <div class="logo"><h2>UBND xã Nà Giàng</h2></div><div class="news"><h1>Hội nghị tổng kết năm 2026</h1>
        <div class="date">20/11/2026</div><div class="content">{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Hội nghị tổng kết năm 2026");
}

#[test]
fn a_title_naming_the_section_gives_way_to_the_headline() {
    // SharePoint `/Trang/`: `<title>` of the office and "Chi tiết tin tức",
    // the office in the logo's `<h1>`, the headline in a classed `<div>`.
    let sharepoint = format!(
        r#"<html><head><title>Sở Tư pháp tỉnh Thanh Hóa - Chi tiết tin tức</title></head><body>
        <div class="logo"><h1>SỞ TƯ PHÁP TỈNH THANH HÓA</h1></div>
        <div class="ms-rtestate-field"><div class="news-detail-title">Tập huấn nghiệp vụ hòa giải ở cơ sở</div>
        <div class="news-detail-date">18/09/2025 10:22 SA</div><div class="news-detail-content">{}</div></div></body></html>"#,
        paragraphs()
    );
    // Liferay 6.2: `<title>` of the section, the portlet's heading repeating
    // it above the asset's own header.
    let liferay = format!(
        r#"<html><head><title>Tin tức - Sự kiện - Cổng thông tin điện tử xã Quỳnh Sơn</title></head><body>
        <section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span>Tin tức - Sự kiện</span></h2></header>
        <div class="taglib-header"><h3 class="header-title"><span>Tập huấn nghiệp vụ hòa giải ở cơ sở</span></h3></div>
        <div class="asset-metadata"><span class="metadata-publish-date">18/09/2025</span></div>
        <div class="journal-content-article">{}</div></section></body></html>"#,
        paragraphs()
    );
    for html in [sharepoint, liferay] {
        let a = run(&html).expect("an article");
        assert_eq!(a.title, "Tập huấn nghiệp vụ hòa giải ở cơ sở");
        assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    }
}

#[test]
fn a_headline_naming_an_office_after_the_portals_name_is_the_title() {
    // "UBND" in the headline is no site name when a portal's name opens `<title>`.
    let headline = "Thông báo kết luận của Chủ tịch UBND xã tại buổi tiếp công dân định kỳ tháng 10/2026";
    let html = format!(
        r#"<html><head><title>Trang thông tin điện tử xã Phong Điền - {headline}</title></head><body>
        <table><tr><td id="left"><div class="box-left"><div class="box-title">Danh mục</div><ul><li><a href="/a">Giới thiệu</a></li></ul></div></td>
        <td id="center"><table class="tbl-chitiet"><tr><td class="tieude"><h1>{headline}</h1></td></tr>
        <tr><td class="ngaydang">Đăng lúc: 16:08:44 27/10/2026 (GMT+7)</td></tr>
        <tr><td class="noidung">{}</td></tr></table></td></tr></table></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").title, headline);
}

#[test]
fn og_title_outranks_a_section_named_by_the_title() {
    // Liferay 7: `<title>` of the site and the portlet's section, the
    // portlet's heading repeating the section; og:title is the headline.
    let headline = "Xã Yên Minh ra mắt mô hình Bình dân học vụ số";
    let html = format!(
        r#"<html><head><title>Cổng thông tin điện tử tỉnh Tuyên Quang - Tin cơ sở</title><meta property="og:title" content="{headline}"></head><body>
        <section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Tin cơ sở</h2></div>
        <div class="asset-full-content"><div class="asset-title-wrap"><h3 class="title-content">{headline}</h3></div>
        <div class="asset-metadata"><span class="metadata-publish-date">Ngày đăng: 14/03/2026 08:25</span></div>
        <div class="journal-content-article">{}</div></div></section></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").title, headline);
}
