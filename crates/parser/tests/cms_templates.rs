//! Small hand-written pages in the shapes real CMS templates produce (theme
//! body classes, WordPress post classes, table layouts, DNN containers,
//! Joomla 1.5, Drupal fields, quotations with a footer): each pins one
//! generic rule of the extractor.

#[path = "common/page.rs"]
mod page;

use page::{P1, P2, P3, paragraphs, run};

#[test]
fn layout_classes_on_body_do_not_make_the_page_chrome() {
    // Theme body classes name the layout ("right-sidebar"); the page is not a sidebar.
    for body_class in ["single single-post ast-right-sidebar", "layout-one-sidebar path-node"] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã - UBND xã</title></head>
            <body class="{body_class}"><main><article><h1>Chuyển đổi số ở xã</h1>
            <div class="date">12/03/2024 08:30</div><div class="content">{}</div></article></main></body></html>"#,
            paragraphs()
        );
        let a = run(&html).unwrap_or_else(|e| panic!("{body_class}: {e}"));
        assert!(
            a.body.starts_with(P1) && a.body.ends_with(P3),
            "{body_class}: {}",
            a.body
        );
    }
}

#[test]
fn wordpress_term_classes_do_not_hide_the_post() {
    // post_class() adds the post's tag and category slugs; "tag-" and
    // "lien-quan" are chrome words elsewhere.
    let html = format!(
        r#"<html><head><meta name="generator" content="WordPress 6.4.2"><title>Chuyển đổi số ở xã</title></head><body>
        <article class="post-48 post type-post status-publish format-standard tag-chuyen-doi-so category-tin-lien-quan">
        <header><h1 class="entry-title">Chuyển đổi số ở xã</h1>
        <time class="entry-date published" datetime="2024-03-12T08:30:00+07:00">12/03/2024</time></header>
        <div class="entry-content">{}</div></article>
        <aside class="widget"><h3>Tin mới</h3><a href="/a">Một bài khác</a></aside></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2024-03-12T08:30:00+07:00");
}

/// A classic ASP page: tables and `<font>`, the `<title>` names only the
/// site, the article cell opens with the title line and the date line, and
/// a bracketed tool line ends it; rows above and below hold the breadcrumb
/// and the other news.
fn table_layout_page() -> String {
    let other: String = (1..=6)
        .map(|i| format!(r#"<tr><td><a href="chitiet.asp?ID={i}">Hội nghị sơ kết công tác dân vận quý {i} năm 2024</a></td></tr>"#))
        .collect();
    format!(
        r#"<html><head><title>UBND xã Gia Lạc - huyện Gia Viễn</title></head><body><table width="980">
        <tr><td><a href="default.asp">Trang chủ</a> &gt;&gt; <a href="danhmuc.asp?CatID=5">Tin tức sự kiện của xã nhà</a></td></tr>
        <tr><td><font size="4"><b>Xã Gia Lạc triển khai kế hoạch chuyển đổi số năm 2024</b></font><br>
        <font size="2"><i>Ngày 12 tháng 3 năm 2024</i></font><hr>
        {}<p align="right"><b>Trần Văn Bình</b></p>
        <p align="right"><a href="javascript:inbai()">[In bài]</a> <a href="javascript:history.back()">[Quay lại]</a></p></td></tr>
        <tr><td><b>CÁC TIN KHÁC</b></td></tr>
        <tr><td><table>{other}</table></td></tr></table></body></html>"#,
        paragraphs()
    )
}

#[test]
fn an_article_row_between_other_rows_is_no_teaser() {
    // Every row of a layout table is a bare <tr>; the article's row holds no
    // headline link, so it is not one item of a listing.
    let a = run(&table_layout_page()).expect("an article");
    assert!(a.body.contains(P2), "{}", a.body);
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2024-03-12T00:00:00+07:00");
}

#[test]
fn the_line_above_the_date_line_is_the_title_when_the_page_title_names_the_site() {
    let a = run(&table_layout_page()).expect("an article");
    assert_eq!(a.title, "Xã Gia Lạc triển khai kế hoạch chuyển đổi số năm 2024");
    assert!(a.body.starts_with(P1), "{}", a.body);
}

#[test]
fn bracketed_tool_links_are_not_body_text() {
    let a = run(&table_layout_page()).expect("an article");
    assert!(!a.body.contains("In bài"), "{}", a.body);
    assert_eq!(a.author.as_deref(), Some("Trần Văn Bình"));
}

#[test]
fn dnn_module_titles_are_box_headings() {
    // DNN's `<title>` is the tab path; the container skin prints the
    // module's title above the article module.
    let html = format!(
        r#"<html><head><meta name="GENERATOR" content="DotNetNuke "><title>Ban Dân vận Tỉnh ủy &gt; Tin tức &gt; Dân vận chính quyền</title></head><body>
        <div class="c-detail"><div class="c-detail-title"><span id="dnn_ctr2301_dnnTITLE_lblTitle" class="Head">DÂN VẬN CHÍNH QUYỀN</span></div>
        <div id="dnn_ctr2301_ContentPane"><div class="tieude_chitiet">Xã Gia Lạc triển khai kế hoạch chuyển đổi số năm 2024</div>
        <div class="ngaydang">12/03/2024 16:20</div><div class="noidung_chitiet">{}</div></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Xã Gia Lạc triển khai kế hoạch chuyển đổi số năm 2024");
}

#[test]
fn joomla_15_content_tables() {
    let html = format!(
        r#"<html><head><meta name="generator" content="Joomla! 1.5 - Open Source Content Management">
        <title>Huyện triển khai chuyển đổi số</title></head><body>
        <table class="contentpaneopen"><tr><td class="contentheading">Huyện triển khai chuyển đổi số</td></tr></table>
        <table class="contentpaneopen"><tr><td class="createdate">Thứ sáu, 24 Tháng 6 2022 07:30</td></tr>
        <tr><td>{}</td></tr>
        <tr><td class="modifydate">Lần cập nhật cuối ( Thứ sáu, 24 Tháng 6 2022 09:02 )</td></tr></table></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2022-06-24T07:30:00+07:00");
}

#[test]
fn a_quotations_footer_is_its_attribution() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><main><h1>Chuyển đổi số ở xã</h1>
        <p class="date">12/03/2024</p>{}
        <blockquote><p>Người dân được hưởng lợi là thước đo của chuyển đổi số, không phải số ứng dụng được cài đặt.</p>
        <footer>Ông Nguyễn Văn An, Chủ tịch UBND xã</footer></blockquote><p>{P3} Thêm một câu.</p></main>
        <footer><p>Bản quyền thuộc UBND xã Gia Lạc</p></footer></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert!(
        a.body
            .contains("không phải số ứng dụng được cài đặt.\n\nÔng Nguyễn Văn An, Chủ tịch UBND xã\n\n"),
        "{}",
        a.body
    );
    assert!(!a.body.contains("Bản quyền"), "{}", a.body);
}

#[test]
fn drupal_summary_field_named_in_vietnamese_is_the_lead() {
    let lead = "Từ ngày 18 đến 21/4, xã tổ chức lấy ý kiến cử tri về chủ trương sắp xếp đơn vị hành chính cấp xã.";
    let html = format!(
        r#"<html><head><title>Lấy ý kiến cử tri | Cổng thông tin điện tử huyện</title></head><body>
        <h1 class="title">Lấy ý kiến cử tri</h1><article class="node node--type-article">
        <div class="node__meta">22/04/2025 | 14:10 GMT+7</div>
        <div class="field field--name-field-tom-tat field--type-string-long"><strong>{lead}</strong></div>
        <div class="text-formatted field field--name-body field--type-text-with-summary">{}</div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.summary.as_deref(), Some(lead));
    assert!(a.body.starts_with(&format!("{lead}\n\n{P1}")), "{}", a.body);
}

#[test]
fn div_soup_date_line_above_the_body() {
    // No heading and no date class the rules know: the title and the date
    // line are bare <div>s in front of the body's wrappers.
    let html = format!(
        r#"<html><head><title>Xã triển khai chuyển đổi số - Cổng thông tin điện tử huyện</title></head><body>
        <div class="top">Thứ Ba, 20/08/2024</div>
        <div class="box"><div class="t1">Xã triển khai chuyển đổi số</div>
        <div class="tg">Đăng lúc: 07:05:12 15/08/2024 (GMT+7)</div>
        <div class="c1"><div class="c2">{}</div></div></div></body></html>"#,
        paragraphs()
            .replace("<p>", "<div>")
            .replace("</p>", "</div><div>&nbsp;</div>")
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2024-08-15T07:05:12+07:00");
}

#[test]
fn font_table_page_with_the_date_in_its_own_row() {
    // Title, date and body in rows of one table, each in <font>; paragraphs
    // split by <br><br>; a bracketed "(Theo …)" source under the byline.
    let body = [P1, P2, P3].join("<br><br>\n");
    let html = format!(
        r#"<html><head><title>Xã triển khai chuyển đổi số năm 2024</title></head><body><table>
        <tr><td><font size="3"><b><span id="lblTieuDe">Xã triển khai chuyển đổi số năm 2024</span></b></font></td></tr>
        <tr><td><font size="1"><span id="lblNgay">Cập nhật: 27/04/2021</span></font></td></tr>
        <tr><td height="8"></td></tr>
        <tr><td><font size="2"><div align="justify"><span id="lblNoiDung">{body}<br><br>
        <div align="right"><b>Trần Quang Vinh</b><br><i>(Theo baonghean.vn)</i></div></span></div></font></td></tr>
        </table></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2021-04-27T00:00:00+07:00");
    assert_eq!(a.author.as_deref(), Some("Trần Quang Vinh"));
    assert_eq!(a.source.as_deref(), Some("baonghean.vn"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn the_poster_named_in_the_date_line() {
    let html = format!(
        r#"<html><head><title>Sở Tư pháp - Trợ giúp pháp lý lưu động</title></head><body><table>
        <tr><td class="tieude">Trợ giúp pháp lý lưu động ở xã</td></tr>
        <tr><td class="ngay">Ngày cập nhật: 08/01/2020 - Người đăng: Hoàng Thu Hằng</td></tr>
        <tr><td class="noidung">{}</td></tr></table></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Hoàng Thu Hằng"));
    assert!(!a.body.contains("Người đăng"), "{}", a.body);
}

#[test]
fn json_ld_person_author_when_the_byline_sits_in_a_footer() {
    // The byline is in the article's footer block, which reads as chrome.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Chuyển đổi số ở xã","datePublished":"2024-11-12T16:20:41+07:00",
        "author":{{"@type":"Person","name":"Ngọc Bích"}},
        "publisher":{{"@type":"Organization","name":"Cổng thông tin điện tử tỉnh"}}}}</script></head><body>
        <article><h1>Chuyển đổi số ở xã</h1><div class="article-content">{}</div>
        <div class="article-footer"><p class="author">Ngọc Bích</p></div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Ngọc Bích"));
    // An organisation as the author is the portal, not a byline.
    let org = html.replace(
        r#""@type":"Person","name":"Ngọc Bích""#,
        r#""@type":"Organization","name":"UBND xã""#,
    );
    assert_eq!(run(&org).expect("an article").author, None);
}

#[test]
fn nukeviet_home_image_caption_follows_the_lead() {
    let lead = "Sáng 19/11, xã tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam với sự tham dự của đông đảo thầy cô giáo.";
    let caption = "Học sinh biểu diễn văn nghệ chào mừng.";
    let html = format!(
        r#"<html><head><meta name="generator" content="NukeViet v4.5"><title>Kỷ niệm Ngày Nhà giáo - Trường THCS</title></head><body>
        <div class="news_column"><div class="panel-body"><h1 class="title">Kỷ niệm Ngày Nhà giáo</h1>
        <div class="row"><span class="h5">Thứ Ba - 19/11/2024 15:47</span></div>
        <div class="clearfix"><div class="hometext">{lead}</div>
        <figure class="article center"><img src="/uploads/a.jpg" width="460"><figcaption>{caption}</figcaption></figure></div>
        <div id="news-bodyhtml" class="bodytext">{}</div></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert!(
        a.body.starts_with(&format!("{lead}\n\n{caption}\n\n{P1}")),
        "{}",
        a.body
    );
}

#[test]
fn byline_labelled_in_the_meta_line_when_the_date_comes_from_elsewhere() {
    // The date comes from `article:published_time`, so the meta line under
    // the title is not read as the date line; its labelled name still counts.
    let html = format!(
        r#"<html><head><title>Tổng kết vụ Mùa - Sở Nông nghiệp</title>
        <meta property="article:published_time" content="2025-10-14T09:20:33+07:00"></head><body>
        <div class="ChiTietTin"><h1 class="TieuDe">Tổng kết sản xuất vụ Mùa năm 2025</h1>
        <div class="ThongTin"><span>14/10/2025 9:20:33 SA</span> &nbsp;|&nbsp; <span>Người viết: Phạm Thị Lan</span>
        &nbsp;|&nbsp; <span>Lượt xem: 2.113</span></div>
        <div class="NoiDung">{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Phạm Thị Lan"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn date_in_the_footer_of_an_article_element() {
    // Drupal prints "Submitted" meta in the node's `<footer>`, above the
    // body: an article's footer, not the site's.
    let html = format!(
        r#"<html><head><title>Khai mạc Tuần lễ Văn hóa | Sở VHTTDL</title></head><body>
        <main><h1 class="page-title">Khai mạc Tuần lễ Văn hóa cồng chiêng</h1>
        <article class="node node--type-tin-tuc node--view-mode-full">
        <footer class="node__meta"><div class="node__submitted">Ngày đăng: <span>20-09-2025</span></div></footer>
        <div class="node__content"><div class="field field--name-body">{}</div></div></article></main>
        <footer class="site-footer"><p>Sở Văn hóa, Thể thao và Du lịch. Địa chỉ: 01/02/2003 đường Lê Lợi.</p></footer>
        </body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(
        a.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2025-09-20T00:00:00+07:00")
    );
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    // The footer of tags and share links under a post stays out of the body.
    let tagged = html.replace(
        "</div></div></article>",
        r#"</div></div><footer class="entry-footer"><p>Từ khóa: cồng chiêng, du lịch, văn hóa, lễ hội</p></footer></article>"#,
    );
    assert_eq!(run(&tagged).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn mo_ta_lead_of_hand_written_themes() {
    // "mô tả" (description) as a slug class, like Drupal's `tom-tat`.
    let lead =
        "Chiều 27/11, Tổ đại biểu HĐND Thành phố tổ chức tiếp xúc cử tri phường trước Kỳ họp thường lệ cuối năm.";
    for class in ["mo-ta", "bai-viet-mo_ta"] {
        let html = format!(
            r#"<html><head><title>Tiếp xúc cử tri - UBND phường</title></head><body><div class="bai-viet">
            <h1 class="tieu-de">Phường tổ chức tiếp xúc cử tri</h1>
            <div class="thong-tin-bai"><span>28/11/2025 08:05</span> — <span class="tac-gia">Tác giả: Trần Minh Khoa</span></div>
            <div class="{class}">{lead}</div><div class="noi-dung">{}</div></div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!(a.body, [lead, P1, P2, P3].join("\n\n"), "{class}");
        assert_eq!(a.summary.as_deref(), Some(lead), "{class}");
    }
}

#[test]
fn a_headers_date_of_today_loses_to_the_date_by_the_title() {
    // Tân Dân prints today's date in the site header under the same
    // `tandan-date` class the adapter reads; the article's date is the one
    // next to the title, not the first in the document, whether it goes by
    // the same class or by one the adapter does not know.
    for class in ["tandan-date", "tandan-date-news"] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
            <div class="tandan-header"><div class="tandan-date">Thứ bảy, ngày 22/11/2026</div></div>
            <div class="tandan-news-detail"><div class="tandan-title">Chuyển đổi số ở xã năm 2024</div>
            <div class="{class}">Thứ tư, 20/08/2025</div>
            <div class="ms-rtestate-field">{}</div></div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("article");
        assert_eq!(
            a.published_at.map(|d| d.to_rfc3339()).as_deref(),
            Some("2025-08-20T00:00:00+07:00"),
            "{class}"
        );
    }
}

#[test]
fn page_builder_widget_wrappers_are_not_chrome() {
    // Elementor wraps the post content, like every block, in
    // `elementor-widget` / `elementor-widget-container`; its type word
    // (`elementor-widget-theme-post-content`) names the role.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
        <div class="elementor elementor-340"><div class="elementor-widget-wrap">
        <div class="elementor-element elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Chuyển đổi số ở xã</h1></div></div>
        <div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><span>12/03/2024</span></div></div>
        <div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">{}</div></div>
        <div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><a href="https://facebook.com/sharer">Chia sẻ Facebook người dân cùng đọc tin bài</a></div></div>
        </div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("article");
    assert!(a.body.starts_with(P1) && a.body.ends_with(P3), "{}", a.body);
    assert_eq!(
        a.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-03-12T00:00:00+07:00")
    );
}

#[test]
fn a_print_versions_own_parts_are_content() {
    // "In bài" pages name their parts `print-title`, `print-content`; only
    // the print buttons are chrome.
    let html = format!(
        r#"<html><head><title>In b&agrave;i vi&#x1EBF;t</title></head><body>
        <div class="print-header"><b>Cổng thông tin xã</b><a class="print-btn" href="javascript:window.print()">In bài viết</a></div>
        <div class="print-title"><h2>Chuyển đổi số ở xã năm 2024</h2></div><div class="print-date"><i>Ng&agrave;y 06/11/2025</i></div>
        <div class="print-content">{}</div></body></html>"#,
        paragraphs()
    );
    // The same parts inside the print page's own wrapper.
    let wrapped = html
        .replace("<body>", r#"<body><div class="print-wrap">"#)
        .replace("</body>", "</div></body>");
    for html in [html, wrapped] {
        let a = run(&html).expect("article");
        assert!(a.body.starts_with(P1) && a.body.ends_with(P3), "{}", a.body);
        assert_eq!(a.title, "Chuyển đổi số ở xã năm 2024");
        assert_eq!(
            a.published_at.map(|d| d.to_rfc3339()).as_deref(),
            Some("2025-11-06T00:00:00+07:00")
        );
    }
}

#[test]
fn bootstraps_print_display_utilities_say_nothing_of_the_role() {
    // "d-print-block" shows the element on paper: the paragraph is body. Its
    // opposite "d-print-none" leaves the share row out of the print, as chrome.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026</div><div class="entry"><p>{P1}</p><p>{P2}</p><p class="d-print-block">{P3}</p></div>
        <div class="d-flex d-print-none"><a href="/s">Chia sẻ Facebook</a> <a href="/z">Chia sẻ Zalo</a> <span>Gửi bài viết cho bạn bè qua thư điện tử</span></div>
        </article></body></html>"#
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_time_elements_datetime_gives_the_time_the_line_leaves_out() {
    // Joomla's "create" field: the line shows the day, `datetime` the exact time.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><main><article>
        <h1>Chuyển đổi số ở xã</h1><div class="meta"><dd class="create"><time datetime="2025-10-28T08:20:11+07:00" itemprop="dateCreated">28/10/2025</time></dd></div>
        <div class="content">{}</div></article></main></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("article");
    assert_eq!(
        a.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2025-10-28T08:20:11+07:00")
    );
}

#[test]
fn a_name_and_its_unit_on_two_lines_of_one_author_element() {
    // "<b>Name</b><br><i>Unit</i>" in the author box: two lines, not one name.
    for (author_box, want) in [
        (
            r#"<div class="NewsAuthor"><b>Thanh Nhàn</b><br><i>Bệnh viện Đa khoa tỉnh</i></div>"#,
            "Thanh Nhàn, Bệnh viện Đa khoa tỉnh",
        ),
        (
            r#"<div class="author-detail"><p><strong>Tin, ảnh: Giàng A Dơ</strong><br>Trường Tiểu học xã</p></div>"#,
            "Giàng A Dơ, Trường Tiểu học xã",
        ),
        (r#"<div class="author">Minh Châu</div>"#, "Minh Châu"),
    ] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><main><article>
            <h1>Chuyển đổi số ở xã</h1><div class="date">12/03/2024 08:30</div>
            <div class="content">{}</div>{author_box}</article></main></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("article");
        assert_eq!(a.author.as_deref(), Some(want), "{author_box}");
    }
}

#[test]
fn a_main_column_named_like_a_sidebar_is_kept() {
    // VnExpress-style layout: the article column is "sidebar-1", the real
    // sidebar "sidebar-2". Only the column with most of the prose is kept.
    let side = "<p>Đọc nhiều</p><ul><li><a href=\"/x\">Một tin khác rất dài dòng</a></li></ul>";
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã - Báo Tin Tức</title><script>var big = "{}";</script></head><body>
        <section class="page-detail"><div class="sidebar-1"><span class="date">Thứ ba, 12/3/2024, 08:30 (GMT+7)</span>
        <h1 class="title-detail">Chuyển đổi số ở xã</h1><article class="fck_detail">{}
        <div class="box-comment"><p>Bình luận: Một ý kiến của bạn đọc rất dài, dài hơn một đoạn văn của bài.</p></div></article></div>
        <div class="sidebar-2">{side}</div></section></body></html>"#,
        "x".repeat(5000),
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    assert_eq!(a.title, "Chuyển đổi số ở xã");
    // A sidebar that holds little of the prose stays chrome.
    let html = html.replace(
        "<div class=\"sidebar-2\">",
        &format!("<div class=\"sidebar-2\"><p>{P3} {P3}</p>"),
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn inline_related_links_and_tool_lines_leave_the_body() {
    // "Xem thêm: <a>…</a>" inside the body, a tools row under the byline.
    let html = format!(
        r##"<html><head><title>Chuyển đổi số ở xã - Đảng bộ xã</title></head><body><div class="detail">
        <h1>Chuyển đổi số ở xã</h1><div class="date">12/03/2024 08:30</div>
        <p>{P1}</p><p><strong>Xem thêm:</strong> <a href="/tin/2">Xã hoàn thành cấp căn cước cho người dân trên địa bàn năm 2023</a></p>
        <p>{P2}</p><p>{P3}</p><p style="text-align:right"><strong>Lê Minh Tuấn – Văn phòng Đảng ủy</strong></p>
        <div class="tools"><a href="javascript:window.print();">In bài viết</a> | <a href="#">Gửi cho bạn bè</a> | <a href="#top">Về đầu trang</a></div>
        </div></body></html>"##
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    assert_eq!(a.author.as_deref(), Some("Lê Minh Tuấn – Văn phòng Đảng ủy"));
}

#[test]
fn author_links_side_by_side_are_two_authors() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article class="article">
        <h1 class="article__title">Chuyển đổi số ở xã</h1><div class="article__meta"><div class="article__author"><a class="article__author-name" href="/tac-gia/thu-huong">THU HƯƠNG</a><a class="article__author-name" href="/tac-gia/minh-duc">MINH ĐỨC</a></div>
        <time datetime="2025-02-18T15:47:00+07:00">18-02-2025, 15:47</time></div><div class="article__body">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("THU HƯƠNG, MINH ĐỨC")
    );
}

#[test]
fn stacked_credits_after_the_body_are_one_byline() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="main">
        <h1>Chuyển đổi số ở xã</h1><div class="date">12/03/2024 08:30</div><div class="news-content">{}</div>
        <div class="news-credits"><p>Thực hiện: <strong>Hữu Phước</strong></p><p>Quay phim: <strong>Minh Trí</strong></p></div>
        </div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Hữu Phước, Minh Trí"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_related_lists_date_is_never_the_articles() {
    // Tân Dân: the article's date goes by "tandan-date-detail", which the
    // adapter does not know; "tandan-date" also classes the dates of the
    // "Các tin khác" list under the body.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="tandan-page">
        <div class="tandan-title-detail"><h1>Chuyển đổi số ở xã</h1></div>
        <div class="tandan-info-detail"><span class="tandan-date-detail">17/11/2025 3:40 CH</span></div>
        <div class="ms-rtestate-field">{}</div>
        <div class="tandan-othernews"><div>Các tin khác</div><ul><li><a href="/portal/Pages/2025-11-16/a.aspx">Tuổi trẻ ra quân</a> <span class="tandan-date">(16/11/2025)</span></li></ul></div>
        </div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(
        a.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2025-11-17T15:40:00+07:00")
    );
}

/// Updates of a live blog, one `live-item` each, share-link included; the
/// longest update alone outscores the list holding them all.
fn live_blog(item: impl Fn(usize, &str) -> String) -> String {
    let long =
        format!("{P2} {P3} Lực lượng chức năng, dân quân và đoàn viên thanh niên đã có mặt tại các điểm xung yếu.");
    let updates: String = [
        P1,
        long.as_str(),
        "Mưa lớn kéo dài, nước sông dâng nhanh, các xã ven sông đã sơ tán người dân.",
        P3,
    ]
    .iter()
    .enumerate()
    .map(|(i, text)| item(i, text))
    .collect();
    format!(
        r#"<html><head><title>Trực tiếp: mưa lũ ở xã</title></head><body><main>
        <h1>Trực tiếp: mưa lũ ở xã</h1><div class="time">27/10/2026 05:45</div>
        <div class="detail-content"><div class="live-list">{updates}</div></div>
        <div class="related"><h3>Tin liên quan</h3><a href="/a">Một bài khác về mưa lũ ở miền Trung</a></div>
        </main></body></html>"#
    )
}

#[test]
fn the_updates_of_a_live_blog_are_the_body_together() {
    let html = live_blog(|i, text| {
        format!(
            r##"<div class="live-item" id="live-{i}"><div class="live-item__time"><time>1{i}:00</time></div>
            <div class="live-item__content"><p>{text}</p></div>
            <div class="live-item__share"><a href="#live-{i}">Chia sẻ cập nhật này</a></div></div>"##
        )
    });
    let a = run(&html).expect("an article");
    for (i, text) in [P1, "Mưa lớn kéo dài", P3].iter().enumerate() {
        assert!(a.body.contains(text), "update {i} missing: {}", a.body);
    }
    assert!(a.body.starts_with("10:00\n\n"), "{}", a.body);
    assert!(!a.body.contains("Chia sẻ"), "{}", a.body);
}

#[test]
fn repeated_teasers_are_not_promoted_to_an_article() {
    // The same shape with a headline link in each item is a listing.
    let html = live_blog(|i, text| {
        format!(
            r#"<div class="live-item"><h3><a href="/tin/{i}">Bài viết số {i} về tình hình mưa lũ tại địa phương</a></h3>
            <div class="live-item__content"><p>{text}</p></div></div>"#
        )
    });
    let a = run(&html);
    assert!(a.as_ref().is_err_and(|e| e.0.contains("list")), "{a:?}");
}

#[test]
fn inline_ads_and_read_more_cards_leave_the_body() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2024 08:30</div><div class="article-body"><p>{P1}</p>
        <div class="ads-inread"><span class="ads-label">Quảng cáo</span><a href="https://ads.example/c"><img src="/a.jpg"></a></div>
        <p>{P2}</p>
        <div class="read-more-card"><span class="rm-label">Đọc thêm</span><a href="/khac"><h4>Doanh nghiệp tăng tốc chuyển đổi xanh</h4>
        <p>Áp lực từ các nhãn hàng quốc tế buộc nhiều nhà máy phải công bố lộ trình giảm phát thải.</p></a></div>
        <p>{P3}</p></div></article></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn an_e_magazine_credit_strip_is_the_byline() {
    let html = format!(
        r#"<html><head><title>Những người giữ rừng chè</title></head><body><article class="emg-article">
        <section class="emg-cover"><h1 class="emg-title">Những người giữ rừng chè</h1></section>
        <div class="emg-credit"><p><span>Nội dung:</span> Vàng Thị Mỷ, Đặng Quang Huy</p><p><span>Ảnh:</span> Lý Văn Chiến</p>
        <p><span>Thiết kế:</span> Hoàng Yến</p><p class="emg-date">Thứ Bảy, 12/04/2025 - 07:00</p></div>
        {}</article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(
        a.author.as_deref(),
        Some("Vàng Thị Mỷ, Đặng Quang Huy, Lý Văn Chiến, Hoàng Yến")
    );
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2025-04-12T07:00:00+07:00");
}

#[test]
fn credits_in_the_meta_line_above_the_title() {
    let html = format!(
        r#"<html><head><title>Tam Cốc mùa lúa chín</title>
        <meta property="article:published_time" content="2025-06-02T08:45:00+07:00"></head><body><main><div class="main-col">
        <div class="header-content"><span class="date">Thứ Hai, 02/06/2025 - 08:45</span> <span class="credit">• Bài: Văn Long • Ảnh: Khánh Linh</span></div>
        <h1 class="title-detail">Tam Cốc mùa lúa chín</h1><div class="fck_detail">{}</div></div></main></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Văn Long, Khánh Linh"));
}

#[test]
fn an_english_edition_page() {
    // The date line is in English; its `<time datetime>` says when.
    let html = format!(
        r#"<html lang="en"><head><title>Hue lantern makers race to meet orders | VietReport English</title></head><body>
        <main class="article-col"><h1 class="headline">Hue lantern makers race to meet orders</h1>
        <div class="byline">Story: Nguyen Thu Trang &ndash; Photos: Le Hoang</div>
        <div class="dateline"><time datetime="2025-05-09T10:15:27+07:00">Friday, May 9, 2025 | 10:15 (GMT+7)</time></div>
        <p class="standfirst"><strong>Workshops in the old quarter are working late into the night as orders surge.</strong></p>
        <div class="article-text"><p>{P1}</p><p>{P2}</p></div></main></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2025-05-09T10:15:27+07:00");
    assert_eq!(a.author.as_deref(), Some("Nguyen Thu Trang, Le Hoang"));
    assert!(a.body.starts_with("Workshops in the old quarter"), "{}", a.body);
}

#[test]
fn a_badge_before_the_headline_is_not_the_title() {
    for (h1, want) in [
        (
            r#"<span class="badge">Infographic</span> Rác thải nhựa đô thị tăng nhanh"#,
            "Rác thải nhựa đô thị tăng nhanh",
        ),
        // A series label is part of the headline: `<title>` repeats it.
        (
            "Bài 2: Rác thải nhựa đô thị tăng nhanh",
            "Bài 2: Rác thải nhựa đô thị tăng nhanh",
        ),
    ] {
        let title = want;
        let html = format!(
            r#"<html><head><title>{title} - Tạp chí Kinh tế Xanh</title></head><body><article>
            <h1>{h1}</h1><div class="date">12/03/2024 08:30</div><div class="content">{}</div></article></body></html>"#,
            paragraphs()
        );
        assert_eq!(run(&html).expect("an article").title, want);
    }
}

#[test]
fn a_video_caption_between_the_lead_and_the_body_is_kept_and_player_tools_go() {
    let html = format!(
        r##"<html><head><title>Ngư dân chuẩn bị mùa cá ngừ</title></head><body><main><h1>Ngư dân chuẩn bị mùa cá ngừ</h1>
        <div class="info-detail">Cập nhật lúc: 19:25 | 08/05/2025</div>
        <div class="sapo-detail"><strong>Ngư dân chuẩn bị cho chuyến biển đầu mùa cá ngừ, kiểm tra thiết bị giám sát hành trình.</strong></div>
        <div class="video-detail"><video controls><source src="/v.mp4">Trình duyệt của bạn không hỗ trợ phát video.</video>
        <p class="video-caption"><em>Ngư dân kiểm tra thiết bị trước chuyến biển.</em></p></div>
        <div class="content-detail">{}<div class="slider"><a class="sl-full" href="#">Xem toàn màn hình</a></div></div></main></body></html>"##,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    let lines: Vec<&str> = a.body.split("\n\n").collect();
    assert_eq!(lines[1], "Ngư dân kiểm tra thiết bị trước chuyến biển.", "{}", a.body);
    assert_eq!(lines[2..], [P1, P2, P3]);
}

#[test]
fn a_time_shown_to_the_minute_takes_its_seconds_from_the_machine_date() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date"><time datetime="2024-01-15T01:45:27Z">15/01/2024 - 08:45</time></div>
        <div class="content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").published_at.unwrap().to_rfc3339(),
        "2024-01-15T08:45:27+07:00"
    );
}

#[test]
fn an_attachment_list_is_neither_a_listing_nor_body() {
    let files: String = (1..=4)
        .map(|i| {
            format!(
                r#"<li><a href="/uploads/mau-so-{i}.pdf">Mẫu số {i} - Danh sách hộ đề nghị công nhận danh hiệu thi đua</a> (38 KB) <a href="/tai-ve?id={i}">Tải về</a></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Hướng dẫn bình xét danh hiệu</title></head><body><div class="news_column">
        <h1>Hướng dẫn bình xét danh hiệu</h1><div class="date">12/03/2026 08:30</div>
        <div class="bodytext"><p>{P1}</p><p>{P2}</p></div>
        <div class="news_files"><h4>Tài liệu đính kèm</h4><ul>{files}</ul></div></div></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2].join("\n\n"));
}

#[test]
fn a_title_element_naming_only_the_site_does_not_make_the_logo_the_title() {
    let html = format!(
        r#"<html><head><title>Cổng thông tin điện tử tỉnh Gia Lai</title></head><body>
        <header><h1 class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI</h1></header>
        <div class="news-detail"><h2 class="title-news-detail">Hoàn thành hợp nhất cơ sở dữ liệu đất đai</h2>
        <div class="date-news-detail">15/09/2025 - 08:45</div><div class="content-news-detail">{}</div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").title,
        "Hoàn thành hợp nhất cơ sở dữ liệu đất đai"
    );
}

#[test]
fn dates_the_date_line_loses_or_prints_after_the_body() {
    // The time runs into the view counter; the `<time>` showing the day has it.
    let html = format!(
        r#"<html><head><title>Sơ kết quý I</title></head><body><article><h1>Sơ kết quý I</h1>
        <div class="post-meta"><time datetime="2026-04-21T02:15:00.000Z">21/04/2026 09:15</time><span>741 lượt xem</span></div>
        <div class="post-content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").published_at.unwrap().to_rfc3339(),
        "2026-04-21T09:15:00+07:00"
    );
    let html = format!(
        r#"<html><head><title>Sơ kết quý I</title></head><body><article><h1>Sơ kết quý I</h1>
        <div class="prose">{}<p><strong>Đinh Quang Hưng</strong></p></div>
        <div class="meta"><span>Ngày đăng: 14/08/2026 - 10:05</span><span>|</span><span>Lượt xem: 660</span></div>
        </article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-08-14T10:05:00+07:00");
    assert_eq!(a.author.as_deref(), Some("Đinh Quang Hưng"));
}

#[test]
fn joomla_k2_intro_text_is_the_lead() {
    let html = format!(
        r#"<html><head><meta name="generator" content="Joomla! - Open Source Content Management"><title>Bồi dưỡng năng lực số</title></head><body>
        <div class="itemView"><div class="itemHeader"><span class="itemDateCreated">Thứ hai, 10 Tháng 11 2025 08:30</span>
        <h2 class="itemTitle">Bồi dưỡng năng lực số</h2></div><div class="itemBody">
        <div class="itemIntroText"><p><strong>Sở Giáo dục và Đào tạo vừa khai giảng lớp bồi dưỡng năng lực số cho giáo viên cốt cán.</strong></p></div>
        <div class="itemFullText">{}</div></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert!(
        a.body.starts_with("Sở Giáo dục và Đào tạo vừa khai giảng"),
        "{}",
        a.body
    );
    assert!(a.body.ends_with(P3), "{}", a.body);
}

#[test]
fn repeated_rows_that_are_layout_or_short_teasers_are_not_promoted() {
    // Layout rows share a class; the article row outweighs the others.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div id="page">
        <div class="row"><p>Địa chỉ: thôn Trung, xã Phúc Hòa, tỉnh Phú Thọ. Điện thoại: 0210 3812 345.</p></div>
        <div class="row"><h1>Chuyển đổi số ở xã</h1><div class="date">12/03/2024 08:30</div>{}</div>
        <div class="row"><p>Gửi ý kiến của bạn về bài viết, chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p></div>
        <div class="row"><p>Bản quyền thuộc Ủy ban nhân dân xã Phúc Hòa, ghi rõ nguồn khi phát hành lại.</p></div>
        </div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    // Teasers with short headline links are a listing, not one article.
    let items: String = [P1, P2, P3, P1]
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                r#"<div class="news-item"><h3><a href="/tin/{i}">Người thầy tận tụy</a></h3><div class="time">12/03/2024</div><div class="sapo">{p}</div></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Tin tức</title></head><body><h1>Tin tức</h1><div class="list">{items}</div></body></html>"#
    );
    assert!(run(&html).is_err(), "{:?}", run(&html));
}

#[test]
fn a_date_after_the_body_comes_from_its_own_line_only() {
    // A static page followed by a box of other news: no date from the box.
    let html = format!(
        r#"<html><head><title>Giới thiệu chung</title></head><body><article><h1>Giới thiệu chung</h1>
        <div class="prose">{}</div><div class="box-news"><div class="item"><a href="/hoi-nghi">Hội nghị sơ kết</a>
        <div class="time">15/05/2025</div></div></div></article></body></html>"#,
        paragraphs()
    );
    assert!(run(&html).is_err_and(|e| e.0.contains("static page")));
}

#[test]
fn a_readmore_body_and_a_sponsored_article_are_content() {
    for class in ["detail-content readmore-content", "detail-sponsor"] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><h1>Chuyển đổi số ở xã</h1>
            <div class="date">12/03/2024 08:30</div><div class="{class}">{}</div>
            <div class="read-more"><a href="/khac">Xem thêm</a></div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).unwrap_or_else(|e| panic!("{class}: {e}"));
        assert_eq!(a.body, [P1, P2, P3].join("\n\n"), "{class}");
    }
}

#[test]
fn a_widget_heading_ending_in_a_short_title_part_is_not_the_title() {
    let html = format!(
        r#"<html><head><title>Hà Nội - Lào Cai: cao tốc thông xe toàn tuyến</title></head><body>
        <div class="weather"><h3><span>Thời tiết</span> Hà Nội</h3></div>
        <article><h1>Cao tốc Hà Nội - Lào Cai thông xe toàn tuyến</h1><div class="date">12/03/2024 08:30</div>
        <div class="content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").title,
        "Cao tốc Hà Nội - Lào Cai thông xe toàn tuyến"
    );
}

#[test]
fn a_sidebar_time_of_the_same_day_gives_no_time() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2024</div><div class="content">{}</div></article>
        <aside class="sidebar"><a href="/khac">Tin khác trong ngày</a><time datetime="2024-03-12T16:40:00+07:00">12/03/2024 16:40</time></aside>
        </body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").published_at.unwrap().to_rfc3339(),
        "2024-03-12T00:00:00+07:00"
    );
}

#[test]
fn a_font_table_page_with_a_breadcrumb_row_and_a_site_prefixed_title() {
    let html = format!(
        r#"<html><head><title>Lien doan Lao dong tinh Ha Tinh - Công đoàn cơ sở tổ chức hội nghị người lao động</title></head><body>
        <table><tr><td><font size="1"><a href="/">Trang chủ</a> &raquo; <a href="/cm">Hoạt động công đoàn</a></font></td></tr>
        <tr><td><font size="4"><b>Công đoàn cơ sở tổ chức hội nghị người lao động</b></font></td></tr>
        <tr><td><font size="1"><i>Ngày 12 tháng 11 năm 2026</i></font></td></tr>
        <tr><td><p>{P1}</p><p>{P2}</p><p>{P3}</p></td></tr></table></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Công đoàn cơ sở tổ chức hội nghị người lao động");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_breadcrumb_line_atop_the_body_is_not_body() {
    let html = format!(
        r#"<html><head><title>Dân vận khéo ở xã</title></head><body><article><h1>Dân vận khéo ở xã</h1>
        <div class="date">12/03/2024 08:30</div><div class="content"><p>Trang chủ » Dân vận khéo</p>{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_lead_the_body_repeats_is_printed_twice() {
    // The page shows the lead, then a first paragraph with the same text.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2024 08:30</div><div class="sapo">{P1}</div><div class="content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P1, P2, P3].join("\n\n"));
}

#[test]
fn sharepoint_table_footer_captions_and_player_bars() {
    // SharePoint's rich-text table styles name a caption row "Footer".
    let html = format!(
        r#"<html><head><title>Hội nghị sơ kết</title></head><body><article><h1>Hội nghị sơ kết</h1>
        <div class="date">12/03/2024 08:30</div><div class="ms-rtestate-field"><p>{P1}</p>
        <table class="ms-rteTable-default"><tbody><tr><td><img src="/a.jpg" alt="Quang cảnh hội nghị."></td></tr>
        <tr><td class="ms-rteTableFooterOddCol-default"><em>Quang cảnh hội nghị.</em></td></tr></tbody></table>
        <div class="video-wrap"><video src="/v.mp4"></video><div class="player-bar"><span class="duration">04:37</span> <a href="/v.mp4" class="dl">Tải về</a></div></div>
        <p>{P2}</p></div></article></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, "Quang cảnh hội nghị.", P2].join("\n\n"));
    // A player named the BEM way: its title and bar are chrome, its caption is not.
    let bem = html.replace(
        r#"<div class="player-bar"><span class="duration">04:37</span> <a href="/v.mp4" class="dl">Tải về</a></div>"#,
        r#"<div class="vc-player__title">Hội nghị sơ kết (video)</div><div class="vc-player__bar"><span class="vc-time">00:00 / 01:12</span>HD</div>"#,
    );
    assert_ne!(bem, html);
    assert_eq!(run(&bem).expect("an article").body, a.body);
}

#[test]
fn ghost_post_classes_and_utility_class_themes() {
    // Ghost: "post tag-SLUG" on the article; the author only as a link to
    // the writer's page, in a Tailwind meta line.
    let html = format!(
        r#"<html><head><title>Hướng dẫn đăng ký tài khoản</title></head><body><main>
        <article class="gh-article post tag-huong-dan"><header><h1 class="gh-article-title">Hướng dẫn đăng ký tài khoản</h1>
        <div class="mt-4 flex gap-3 text-sm"><a class="font-semibold" href="/tac-gia/hoang-lan">Hoàng Lan</a>
        <div><time datetime="2026-11-20T03:05:00Z">20/11/2026 10:05</time> · 3 phút</div></div></header>
        <section class="gh-content">{}</section></article></main></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    assert_eq!(a.author.as_deref(), Some("Hoàng Lan"));
}

#[test]
fn a_byline_span_and_an_english_date_on_a_vietnamese_page() {
    let html = format!(
        r#"<html><head><title>Xuất khẩu hồ tiêu tăng</title></head><body><div class="primary"><h1 class="entry-title">Xuất khẩu hồ tiêu tăng</h1>
        <div class="entry-meta"><span class="byline">By <a href="/nguoi-viet/minh-chau">Minh Châu</a></span> <span class="posted-on">Thursday, November 19, 2026 9:15 PM</span></div>
        <div class="entry-content">{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Minh Châu"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-11-19T21:15:00+07:00");
}

#[test]
fn an_unmarked_lead_and_a_recipes_lists() {
    let html = format!(
        r#"<html><head><title>Canh chua cá lóc</title></head><body><div class="card"><h1 class="h3 fw-bold">Canh chua cá lóc</h1>
        <div class="d-flex small"><span>Ngày đăng: 08/11/2026</span><span>Lượt xem: 316</span></div>
        <div class="fw-bold fst-italic">Canh chua cá lóc là món ăn quen thuộc trong bữa cơm của người miền Tây, thanh và ngọt vị cá.</div>
        <div class="post-body"><h2>Nguyên liệu</h2><ul><li>1 con cá lóc</li><li>150 g me chua</li></ul>
        <h2>Cách làm</h2><ol><li>{P1}</li><li>{P2}</li><li>{P3}</li></ol><p>Canh ăn nóng với cơm trắng.</p></div></div></body></html>"#
    );
    let a = run(&html).expect("an article");
    let want = [
        "Canh chua cá lóc là món ăn quen thuộc trong bữa cơm của người miền Tây, thanh và ngọt vị cá.",
        "Nguyên liệu",
        "1 con cá lóc",
        "150 g me chua",
        "Cách làm",
        P1,
        P2,
        P3,
        "Canh ăn nóng với cơm trắng.",
    ];
    assert_eq!(a.body, want.join("\n\n"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-11-08T00:00:00+07:00");
}

#[test]
fn a_layout_row_with_a_news_column_beside_the_article_is_no_teaser() {
    let side: String = (1..=5)
        .map(|i| format!(r#"<li><a href="/tin/{i}">Học sinh vùng cao được học bơi miễn phí lần {i}</a></li>"#))
        .collect();
    let html = format!(
        r#"<html><head><title>Ra mắt tổ công nghệ số</title></head><body><table class="layout">
        <tr><td colspan="2"><ul class="m"><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul></td></tr>
        <tr><td class="left"><div class="news-title"><h2>Ra mắt tổ công nghệ số</h2></div><div class="news-date">18/11/2026 16:20</div>
        <div class="news-body">{}</div></td><td class="right"><div class="side-box"><h3>Tin mới</h3><ul>{side}</ul></div></td></tr>
        <tr><td colspan="2" class="ftr">Trang thông tin điện tử xã</td></tr></table></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_font_table_title_row_above_the_date_row_and_an_office_signing_right() {
    let html = format!(
        r#"<html><head><title>Hội Chữ thập đỏ tỉnh :: Tin hoạt động</title></head><body><table><tr><td>
        <table><tr><td><font size="2">Trang chủ &raquo; Tin hoạt động</font></td></tr>
        <tr><td><font size="4"><b>Trao 200 suất quà hỗ trợ hộ dân bị thiệt hại do mưa lũ</b></font></td></tr>
        <tr><td><font size="1"><i>Cập nhật ngày: 09/11/2026</i></font></td></tr>
        <tr><td><font size="2"><div align="justify">{P1}<br><br>{P2}<br><br>{P3}</div></font></td></tr>
        <tr><td align="right"><font size="2"><b>Văn phòng Hội</b></font></td></tr></table></td></tr></table></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Trao 200 suất quà hỗ trợ hộ dân bị thiệt hại do mưa lũ");
    assert_eq!(a.author.as_deref(), Some("Văn phòng Hội"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_featured_images_caption_is_no_lead_and_a_section_row_no_title() {
    let html = format!(
        r#"<html><head><title>Tổng kết công tác năm 2025</title></head><body><article><h1>Tổng kết công tác năm 2025</h1>
        <div class="date">12/12/2025 08:30</div>
        <figure><img src="/a.jpg"><figcaption>Quang cảnh hội nghị tổng kết công tác năm 2025 của Ban Dân vận Tỉnh ủy tại hội trường lớn.</figcaption></figure>
        <div class="entry-content">{}</div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert!(a.body.starts_with(P1), "{}", a.body);
    // A section name above the date row is no headline.
    let html = format!(
        r#"<html><head><title>Khánh thành cầu dân sinh - UBND xã</title></head><body><table>
        <tr><td><font size="4"><b>Tin hoạt động</b></font></td></tr><tr><td><i>Cập nhật: 19/11/2025</i></td></tr>
        <tr><td><div align="justify">{P1}<br><br>{P2}<br><br>{P3}</div></td></tr></table></body></html>"#
    );
    assert_eq!(run(&html).expect("an article").title, "Khánh thành cầu dân sinh");
}

#[test]
fn a_right_aligned_date_or_source_after_the_body_is_no_author_nor_a_writers_link_label() {
    for after in ["Thứ Năm, 20/11/2025", "Theo TTXVN"] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="top-links"><a href="/tac-gia/">Tác giả</a></div>
            <article><h1>Chuyển đổi số ở xã</h1><div class="date">12/03/2024 08:30</div>
            <div class="content">{}</div><p style="text-align:right">{after}</p></article></body></html>"#,
            paragraphs()
        );
        assert_eq!(run(&html).expect("an article").author, None, "{after}");
    }
}

#[test]
fn a_list_of_teasers_under_a_category_intro_stays_a_listing() {
    let items: String = (1..=6)
        .map(|i| {
            format!(
                r#"<li><a href="/tin/{i}">Bài viết số {i} về phong trào thi đua yêu nước ở địa phương</a><p>{P2}</p></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Thi đua khen thưởng</title></head><body><h1>Thi đua khen thưởng</h1>
        <div class="category"><p>{P1}</p><ul class="news">{items}</ul></div></body></html>"#
    );
    assert!(run(&html).is_err(), "{:?}", run(&html).map(|a| a.title));
}

#[test]
fn a_caption_in_the_cell_beside_the_text_cell_is_body() {
    // An ASP portal lays the article out as a table: the text cell, then a
    // narrow cell with the photo and its caption, and a "Xem thêm" note.
    let caption = "Lãnh đạo xã trao đổi với người dân tại bộ phận một cửa.";
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
        <table width="100%"><tr><td width="75%"><h2 class="NewsTitle">Chuyển đổi số ở xã</h2>
        <span class="NewsDate">Thứ Ba, 12/03/2024</span>
        <table class="newsbody"><tr><td class="text-col">{}</td>
        <td width="270"><div class="img-side"><img src="/anh/mot-cua.jpg"><br>{caption}</div>
        <div class="img-side note"><b>Xem thêm:</b> <a href="/tin/1">Xã ra mắt tổ công nghệ số cộng đồng</a></div>
        <div><img src="/icons/eye.gif"> 1.284</div></td></tr></table>
        </td><td><div class="box"><h3>Tin mới</h3><ul><li><a href="/a">Một bài khác</a></li></ul></div></td></tr></table>
        </body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3, caption].join("\n\n"));
}

#[test]
fn a_name_ending_a_dated_meta_line_is_the_author() {
    for (meta, author) in [
        ("Thứ Năm, 12/03/2026 | 08:45 | Hoàng Lan", Some("Hoàng Lan")),
        // A dateline's province is no writer.
        ("Thứ Năm, 12/03/2026 | 08:45 | Đắk Lắk", None),
    ] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
            <article class="post post-detail"><h1 class="post-title">Chuyển đổi số ở xã</h1>
            <div class="post-meta">{meta}</div><div class="post-body">{}</div></article></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!(a.author.as_deref(), author, "{meta}");
        assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-03-12T08:45:00+07:00");
        assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    }
}

#[test]
fn a_title_row_of_a_layout_table_anchors_the_date_and_the_lead() {
    // Title, date, lead and body each in a row of their own, the title in a
    // span no rule reads as a heading; `<title>` prefixes the site's name.
    let lead =
        "Ngày 17/11, Hội Chữ thập đỏ tỉnh trao 150 suất quà cho các hộ dân bị thiệt hại do mưa lũ tại xã Sơn Hà.";
    let html = format!(
        r#"<html><head><title>Hội Chữ thập đỏ tỉnh Quảng Ngãi - Trao 150 suất quà cho người dân vùng lũ</title></head><body>
        <table width="100%"><tr><td width="200"><table><tr><td><b>DANH MỤC</b></td></tr>
        <tr><td><a href="/DanhMuc.aspx?CatID=1">Tin hoạt động</a></td></tr></table></td>
        <td width="600"><table width="100%">
        <tr><td><a href="/">Trang chủ</a> &raquo; <a href="/DanhMuc.aspx?CatID=4">Tin hoạt động</a></td></tr>
        <tr><td valign="top"><table width="100%">
        <tr><td><font size="3"><b><span id="lblTieuDe">Trao 150 suất quà cho người dân vùng lũ</span></b></font></td></tr>
        <tr><td><font size="1"><i>Ngày đăng: <span id="lblNgayDang">18/11/2025</span></i></font></td></tr>
        <tr><td><font size="2"><b><span id="lblTomTat">{lead}</span></b></font></td></tr>
        <tr><td><font size="2"><span id="lblNoiDung">{}</span></font></td></tr>
        </table></td></tr></table></td></tr></table></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Trao 150 suất quà cho người dân vùng lũ");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2025-11-18T00:00:00+07:00");
    assert_eq!(a.body, [lead, P1, P2, P3].join("\n\n"));
}

#[test]
fn a_bare_date_under_the_byline_after_the_body_dates_the_page() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
        <div class="news-detail"><h1>Chuyển đổi số ở xã</h1><div class="news-detail-content">{}</div>
        <p class="news-detail-author" style="text-align:right"><strong>Hồ Thị Thanh Thủy</strong></p>
        <div class="news-detail-date" style="text-align:right"><em>Ngày 07/04/2026</em></div></div>
        <div class="news-other"><h4>Các tin khác</h4><ul><li><a href="/a">Một bài khác</a> (06/04/2026)</li></ul></div>
        </body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Hồ Thị Thanh Thủy"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-04-07T00:00:00+07:00");
}

#[test]
fn social_embeds_are_not_body() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
        <div class="box-widget-detail"><h1>Chuyển đổi số ở xã</h1><span class="box-date">12:05 20/09/2025</span>
        <div class="detail-content-body"><p>{P1}</p>
        <div class="fb-post" data-href="https://www.facebook.com/x/posts/1"><blockquote class="fb-xfbml-parse-ignore"><p>Cảm ơn cán bộ xã đã hướng dẫn tận tình, giờ mẹ tôi tự nộp hồ sơ trên điện thoại được rồi.</p>— Lê Thị Ngọc (@ngoc.le) 17/12/2025</blockquote></div>
        <p>{P2}</p>
        <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@xa/video/1"><section><a href="https://www.tiktok.com/@xa">@xa</a><p>Một ngày làm việc ở bộ phận một cửa #chuyendoiso</p></section></blockquote>
        <p>{P3}</p></div></div>
        <aside class="col-4"><div class="box-sidebar"><h3>Tin mới</h3><a href="/a">Một bài khác</a></div></aside></body></html>"#
    );
    // "box-widget-detail" names a page builder's widget; it holds the article.
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn co_writers_in_author_elements_side_by_side() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article>
        <h1>Chuyển đổi số ở xã</h1><time datetime="2026-11-21T22:10:00+07:00" title="21/11/2026 22:10">3 giờ trước</time>
        <div class="author-info"><div class="author-name"><a href="/tac-gia/hoang-lam-318.htm"><b>Hoàng Lam</b></a></div>
        <div class="author-name"><a href="/tac-gia/minh-nhat-407.htm"><b>Minh Nhật</b></a></div></div>
        <div class="article-body">{}</div></article>
        <section class="related"><h2>Tin liên quan</h2><ul><li><a href="/b">Bài khác</a><time datetime="2026-11-22T00:30:00+07:00">40 phút trước</time></li></ul></section>
        </body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Hoàng Lam, Minh Nhật"));
    // A relative date resolves from its `<time datetime>`.
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-11-21T22:10:00+07:00");
}

#[test]
fn tools_inside_the_author_element_are_no_names() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article>
        <h1>Chuyển đổi số ở xã</h1><div class="date">12/03/2024 08:30</div>
        <div class="article-detail-author"><p class="article-detail-author__info"><span class="name">Thanh Hùng</span></p>
        <div class="article-detail-author__tools"><a href="javascript:;">Nghe bài viết</a><a href="javascript:;">Lưu</a><a href="javascript:;">Chia sẻ</a></div></div>
        <div class="article-body">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").author.as_deref(), Some("Thanh Hùng"));
}

#[test]
fn a_linked_related_card_inside_the_body_is_dropped() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article>
        <h1>Chuyển đổi số ở xã</h1><div class="date">12/03/2024 08:30</div><div class="article-body"><p>{P1}</p>
        <div class="inner-article"><a href="/pho-co-post1.html"><span class="inner-label">Tin liên quan</span><img src="/t.jpg" alt=""><p class="title">Phố cổ thử nghiệm thu phí tham quan bằng vé điện tử</p></a></div>
        <p>{P2}</p><p>{P3}</p></div></article></body></html>"#
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_photo_story_keeps_its_captions_not_its_slide_counters() {
    let captions = [
        "Ruộng bậc thang xã Mù Cang Chải vào mùa lúa chín.",
        "Người dân thu hoạch lúa trên sườn đồi.",
        "Du khách chụp ảnh tại đồi Mâm Xôi.",
    ];
    let slides: String = captions
        .iter()
        .enumerate()
        .map(|(i, c)| {
            format!(
                r#"<div class="ps-item"><img src="/{i}.jpg"><div class="ps-caption"><span class="ps-num">{}/3</span><p>{c}</p></div></div>"#,
                i + 1
            )
        })
        .collect();
    let html = format!(
        r#"<html><head><title>Vàng óng mùa lúa chín</title></head><body><article>
        <h1>Vàng óng mùa lúa chín</h1>
        <div class="ps-meta"><span class="date">Chủ nhật, 20/09/2026 | 16:10</span><span class="credit">Ảnh: Đức Phương - Bài: Hồng Duyên</span></div>
        <div class="ps-body"><p>{P1}</p>{slides}<p>{P2}</p></div></article></body></html>"#
    );
    let a = run(&html).expect("an article");
    let mut want = vec![P1];
    want.extend(captions);
    want.push(P2);
    assert_eq!(a.body, want.join("\n\n"));
    // The photo credit first, the writer's after it: both are the byline.
    assert_eq!(a.author.as_deref(), Some("Đức Phương, Hồng Duyên"));
}

#[test]
fn a_box_heading_in_capitals_is_no_title() {
    // The title element marked by its class ("TieuDeTin") or by nothing.
    for title_class in ["TieuDeTin", "ten-bai"] {
        let html = format!(
            r#"<html><head><title>Ủy ban MTTQ Việt Nam tỉnh</title><meta property="og:title" content="Chuyển đổi số ở xã"></head><body>
        <table><tr><td class="col-trai"><div class="khung-trai"><div class="tieude-khung">CÁC TỔ CHỨC THÀNH VIÊN</div>
        <ul><li><a href="/a">Hội Nông dân tỉnh</a></li><li><a href="/b">Tỉnh đoàn</a></li></ul></div></td>
        <td class="col-giua"><div class="ChiTietTin"><div class="{title_class}"><span>Chuyển đổi số ở xã</span></div>
        <div class="NgayDang">07/10/2026 11:48 SA</div><div class="NoiDung">{}</div></div></td></tr></table></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!(a.title, "Chuyển đổi số ở xã", "{title_class}");
        assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-10-07T11:48:00+07:00");
    }
}

#[test]
fn a_hidden_schema_author_is_no_byline() {
    // NukeViet prints the site as a hidden schema.org author; the byline is
    // the labelled line after the body.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news_column">
        <div class="hidden hide d-none" itemprop="author" itemscope><span itemprop="name">Sở Tư pháp tỉnh Hưng Yên</span></div>
        <h1>Chuyển đổi số ở xã</h1><span class="date">15/04/2026 08:30</span>
        <div id="news-bodyhtml" class="bodytext">{}</div>
        <p><strong>Tác giả bài viết: </strong>Nguyễn Thị Hải Yến</p><p><strong>Nguồn tin: </strong>Sở Tư pháp tỉnh Hưng Yên</p>
        </div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Nguyễn Thị Hải Yến"));
}

#[test]
fn a_dated_sentence_under_the_first_paragraph_is_body() {
    let line = "Số ca mắc phân theo khu vực từ đầu năm đến ngày 21/6/2026:";
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="article-detail">
        <h1>Chuyển đổi số ở xã</h1><div class="article-info"><span class="date">Thứ Sáu, 26/06/2026 - 15:47</span></div>
        <div class="article-content"><p>{P1}</p><p>{line}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-06-26T15:47:00+07:00");
    assert_eq!(a.body, [P1, line, P2, P3].join("\n\n"));
}

#[test]
fn joomla_25s_info_list_is_no_body_text() {
    let html = format!(
        r#"<html><head><meta name="generator" content="Joomla! 2.5 - Open Source Content Management">
        <title>Thị xã khắc phục hậu quả mưa lũ</title></head><body><div class="item-page">
        <h2><a href="/index.php/tin-tuc/1856-khac-phuc">Thị xã khắc phục hậu quả mưa lũ</a></h2>
        <ul class="actions"><li class="print-icon"><a href="/in" title="In">In</a></li></ul>
        <dl class="article-info"><dt class="article-info-term">Chi tiết</dt>
        <dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc">Tin tức - Sự kiện</a></dd>
        <dd class="published">Ngày đăng: Thứ năm, 22 Tháng 10 2020 14:30</dd>
        <dd class="createdby">Viết bởi admin_badon</dd><dd class="hits">Lượt xem: 851</dd></dl>
        {}<p>Tin, ảnh: Minh Đức</p></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2020-10-22T14:30:00+07:00");
    assert_eq!(a.author.as_deref(), Some("Minh Đức"));
}
