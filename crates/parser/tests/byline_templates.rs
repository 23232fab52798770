//! Bylines as portal and news templates print them: which elements name the
//! writer, which credit the photos, which are no byline at all.

#[path = "common/page.rs"]
mod page;

use page::{P1, P2, P3, paragraphs, run};

fn meta_row_page(meta: &str) -> String {
    format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="post-meta">{meta}</div><div class="post-body">{}</div></article></body></html>"#,
        paragraphs()
    )
}

#[test]
fn a_photo_credit_beside_the_author_element_is_part_of_the_byline() {
    let html = meta_row_page(
        r#"<span class="post-date">05/09/2026 - 10:32</span><span class="post-author">Tác giả: Nguyễn Thị Hoài An</span><span class="post-photo">Ảnh: Đoàn trường</span><span class="post-views">1438</span>"#,
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Nguyễn Thị Hoài An, Đoàn trường")
    );
    // Only a photo credit: a view counter or a category after the author is not.
    let html = meta_row_page(
        r#"<span class="post-author">Tác giả: Nguyễn Thị Hoài An</span><span class="post-cat">Chuyển đổi số</span>"#,
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Nguyễn Thị Hoài An")
    );
}

#[test]
fn a_name_span_and_a_role_span_set_apart_by_white_space_are_two_lines() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026</div><div class="post-body">{}</div>
        <div class="author-info">
          <span class="author-name">Hoàng Lan</span>
          <span class="author-role">Phóng viên Ban Thời sự</span>
        </div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Hoàng Lan, Phóng viên Ban Thời sự")
    );
}

#[test]
fn writers_linked_one_by_one_are_each_a_writer() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026</div><div class="post-body">{}</div>
        <p class="author"><a href="/tac-gia/minh-duc">Minh Đức</a> - <a href="/tac-gia/thu-ha">Thu Hà</a></p>
        </article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Minh Đức, Thu Hà")
    );
    // A name and its unit after a dash stay one byline.
    let unit = html.replace(
        r#"<a href="/tac-gia/thu-ha">Thu Hà</a>"#,
        r#"<a href="/don-vi/ban-thoi-su">Ban Thời sự</a>"#,
    );
    assert_eq!(
        run(&unit).expect("an article").author.as_deref(),
        Some("Minh Đức - Ban Thời sự")
    );
}

#[test]
fn credit_lines_one_under_another_above_the_body() {
    let html = format!(
        r#"<html><head><title>Giữ màu xanh cho đại ngàn</title></head><body><main><h1>Giữ màu xanh cho đại ngàn</h1>
        <div class="emag-credit"><p class="emag-credit__line"><span class="lbl">Thực hiện:</span> <strong>Lê Vy</strong></p>
        <p class="emag-credit__line"><span class="lbl">Ảnh:</span> <strong>Tuấn Nguyễn</strong></p></div>
        <article class="emag-body"><p class="date">04/10/2026</p>{}</article></main></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Lê Vy, Tuấn Nguyễn")
    );
}

#[test]
fn the_newsrooms_signature_in_capitals_under_the_body() {
    for sign in ["PV", "BBT"] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="detail"><h1>Chuyển đổi số ở xã</h1>
            <div class="date-detail">Cập nhật lúc 17:05 ngày 03/07/2025</div><div class="content-detail">{}</div>
            <div align="right"><b>{sign}</b></div></div></body></html>"#,
            paragraphs()
        );
        assert_eq!(run(&html).expect("an article").author.as_deref(), Some(sign));
    }
    // Any other capitals there are an office of a signature block.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="detail"><h1>Chuyển đổi số ở xã</h1>
        <div class="date-detail">03/07/2025</div><div class="content-detail">{}</div>
        <div align="right"><b>UBND</b></div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").author, None);
}

#[test]
fn a_theo_line_closing_the_body_is_the_source() {
    let html = format!(
        r#"<html><head><title>Bão số 15</title></head><body><article><h1>Bão số 15</h1><div class="date">21/11/2026</div>
        <div class="entry">{}<p style="text-align: right;"><em>Theo Trung tâm Dự báo KTTV quốc gia</em></p></div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.source.as_deref(), Some("Trung tâm Dự báo KTTV quốc gia"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    // A sentence opening with "Theo" is text.
    let sentence = html.replace(
        "Theo Trung tâm Dự báo KTTV quốc gia",
        "Theo kế hoạch, xã sẽ hoàn thành việc rà soát trước ngày 30/11",
    );
    assert_eq!(run(&sentence).expect("an article").source, None);
}

#[test]
fn a_follow_button_beside_the_author_link() {
    let html = format!(
        r##"<html><head><title>Cứu hộ trên biển</title></head><body><article><h1>Cứu hộ trên biển</h1>
        <div class="detail__meta"><div class="detail__author"><a href="/tac-gia/gia-bao-3218.htm" class="detail__author-name">Gia Bảo</a><a href="#" class="follow">Theo dõi</a></div>
        <span class="date">08/12/2025 18:25</span></div><div class="detail__body">{}</div></article></body></html>"##,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").author.as_deref(), Some("Gia Bảo"));
}

#[test]
fn a_signed_letter_with_the_newsrooms_note_under_it() {
    let note = "* Ngày 20-11, trao đổi với phóng viên, lãnh đạo UBND phường cho biết phường đã tiếp nhận phản ánh và sẽ tổ chức thu gom trong tuần này.";
    let html = format!(
        r#"<html><head><title>Rác ùn ứ trên đường</title></head><body><article><h1>Rác ùn ứ trên đường</h1><div class="date">20/11/2026</div>
        <div class="entry">{}<p style="text-align: right;"><b>Trần Văn Lộc (phường Tân Tạo, TP.HCM)</b></p><p><em>{note}</em></p></div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Trần Văn Lộc (phường Tân Tạo, TP.HCM)"));
    assert_eq!(a.body, [P1, P2, P3, note].join("\n\n"));
}

#[test]
fn an_interviews_credit_with_its_role_in_brackets_opens_the_body() {
    let html = format!(
        r#"<html><head><title>Công chứng điện tử</title><meta name="author" content="site_editor"></head><body><article>
        <h1>Công chứng điện tử</h1><div class="date">18/10/2026</div><div class="td-post-content">
        <p style="text-align:right"><strong>MAI HƯƠNG (thực hiện)</strong></p>{}</div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("MAI HƯƠNG"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_writer_with_a_degree_and_an_academy_on_two_lines_under_a_list() {
    let html = format!(
        r#"<html><head><title>Sinh hoạt chi bộ</title></head><body><div class="journal-content-article"><h1>Sinh hoạt chi bộ</h1>
        <div class="date">12/09/2026</div><div class="content">{}<h2>Tài liệu tham khảo</h2><ol><li>Hướng dẫn số 12-HD/BTCTW.</li></ol>
        <p style="text-align: right;"><strong>TS. NGUYỄN THỊ THU HIỀN</strong></p>
        <p style="text-align: right;"><em>Học viện Chính trị khu vực I</em></p></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(
        a.author.as_deref(),
        Some("TS. NGUYỄN THỊ THU HIỀN, Học viện Chính trị khu vực I")
    );
}

#[test]
fn an_author_box_with_a_source_in_brackets_and_a_cms_editor_account() {
    let page = |author_box: &str| {
        format!(
            r#"<html><head><title>Phát hiện lô hàng</title></head><body><article><h1>Phát hiện lô hàng</h1>
            <div class="date">09/06/2026</div><div class="post-content">{}</div>{author_box}</article></body></html>"#,
            paragraphs()
        )
    };
    let sourced =
        page(r#"<div class="post-author"><p><strong>Quang Hùng</strong></p><p><em>(Theo Báo Hải quan)</em></p></div>"#);
    assert_eq!(run(&sourced).expect("an article").author.as_deref(), Some("Quang Hùng"));
    // WordPress's account "Biên tập" (editor) is no byline.
    let account = page(
        r#"<span class="byline">bởi <span class="author vcard"><a href="/author/bientap/">Biên tập</a></span></span>"#,
    );
    assert_eq!(run(&account).expect("an article").author, None);
}

#[test]
fn labels_in_cells_of_their_own_read_with_their_values() {
    // Under the body: "Tác giả:" and "Nguồn:" each in a cell, the value in the next.
    let under = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news"><h1>Chuyển đổi số ở xã</h1>
        <div class="date">18/09/2025</div><div class="body">{}
        <table class="info"><tr><td>Tác giả:</td><td>Lê Thị Mỹ Linh</td></tr>
        <tr><td>Nguồn:</td><td>Phòng Phổ biến, giáo dục pháp luật</td></tr></table></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&under).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Lê Thị Mỹ Linh"));
    assert_eq!(a.source.as_deref(), Some("Phòng Phổ biến, giáo dục pháp luật"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    // Above the body: a details table, labels in `<th>` without a colon or in `<td>` with one.
    for (label, name) in [
        ("<th>Tác giả</th>", "Đại úy Nguyễn Văn Hòa - Công an xã Tam Nông"),
        ("<td>Tác giả:</td>", "Ngô Quốc Bảo"),
    ] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="main"><h1>Chuyển đổi số ở xã</h1>
            <table class="info-box"><tr><th>Ngày đăng</th><td>03/10/2025 08:00</td></tr>
            <tr>{label}<td>{name}</td></tr><tr><th>Lượt xem</th><td>393</td></tr></table>
            <div class="news-content">{}</div></div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!(a.author.as_deref(), Some(name), "{label}");
        assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    }
}

#[test]
fn co_writers_in_one_line_over_their_unit() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news"><h1>Chuyển đổi số ở xã</h1>
        <div class="date">18/06/2023</div><div class="body">{}
        <p style="text-align:right"><strong>Hoàng Minh, Thu Trang</strong><br><em>Trung tâm VH-TT&amp;TT huyện Lục Ngạn</em></p></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(
        a.author.as_deref(),
        Some("Hoàng Minh, Thu Trang, Trung tâm VH-TT&TT huyện Lục Ngạn")
    );
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_cms_login_is_no_byline() {
    // EasyDNN names the account that posted; the writer signs under the body.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="edn_article"><h1 class="edn_articleTitle">Chuyển đổi số ở xã</h1>
        <div class="edn_metaDetails"><span class="edn_date">Ngày đăng: 17/02/2020 08:30</span> <span class="edn_author">Người đăng: admin_xaconcuong</span></div>
        <div class="edn_articleContent">{}</div>
        <p style="text-align: right;"><strong>Hải Đăng - Trung tâm VH-TT&amp;TT huyện</strong></p></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Hải Đăng - Trung tâm VH-TT&TT huyện"));
}

#[test]
fn a_details_table_under_the_body_labels_its_cells_without_colons() {
    let html = format!(
        r#"<html><head><title>Nghiệm thu đề tài</title></head><body><div class="chitiet"><h1>Nghiệm thu đề tài</h1>
        <div class="chitiet-noidung">{}</div><div class="chitiet-thongtin"><table class="tbl-info">
        <tr><td class="lbl">Tác giả</td><td class="val">Trần Thị Ngọc Ánh</td></tr>
        <tr><td class="lbl">Ngày đăng</td><td class="val">02/07/2026 15:48</td></tr>
        <tr><td class="lbl">Lượt xem</td><td class="val">342</td></tr></table></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Trần Thị Ngọc Ánh"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-07-02T15:48:00+07:00");
}

#[test]
fn the_editors_credit_under_the_byline_is_neither() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">20/11/2026</div><div class="body">{}<p><strong>Nhóm PV</strong></p><p>Biên tập: Lâm Thanh Tú</p></div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Nhóm PV"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn an_office_signing_in_capitals_is_the_notices_not_a_writer() {
    let html = format!(
        r#"<html><head><title>Cáo phó đồng chí Phạm Văn Thụy</title></head><body><article><h1>Cáo phó đồng chí Phạm Văn Thụy</h1>
        <div class="date">08/11/2026</div><div class="body">{}<p style="text-align: right;"><strong>BAN LỄ TANG</strong></p></div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author, None);
    assert!(a.body.ends_with("BAN LỄ TANG"));
}

#[test]
fn a_separator_before_the_posters_label_hides_no_account() {
    let html = format!(
        r#"<html><head><title>Thông báo tuyển dụng</title><meta property="article:published_time" content="2026-08-18T08:00:27+07:00"></head><body>
        <article class="post"><header class="entry-header"><h1 class="entry-title">Thông báo tuyển dụng</h1>
        <div class="entry-meta"><span class="byline">| Đăng bởi: <span class="author vcard">Ban biên tập</span></span></div></header>
        <div class="entry-content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").author, None);
}

#[test]
fn a_communes_officer_signs_under_a_label() {
    let html = format!(
        r#"<html><head><title>Trao quà cho hộ nghèo</title></head><body><div class="news"><h1>Trao quà cho hộ nghèo</h1>
        <div class="date">20/01/2026</div><div class="body">{}</div>
        <div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Công chức Văn hóa - Xã hội</p></div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Công chức Văn hóa - Xã hội")
    );
}

#[test]
fn a_byline_and_its_unit_under_a_broken_body() {
    // Stray closing tags leave the byline outside the body's element.
    let html = format!(
        r#"<html><head><title>Ra mắt hợp tác xã lúa hữu cơ</title></head><body><div class="item-page"><h2>Ra mắt hợp tác xã lúa hữu cơ</h2>
        <div class="date">05/03/2026</div><span><font><div class="body">{}</div></font></span>
        <p style="text-align: right;"><b>Phạm Minh Khôi</b><br><i>Phòng Kinh tế xã</i></p></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Phạm Minh Khôi, Phòng Kinh tế xã"));
}

#[test]
fn a_photo_storys_credit_under_its_title_is_its_byline() {
    let html = format!(
        r#"<html><head><title>Rộn ràng hội chợ xuân</title></head><body><article><header><h1>Rộn ràng hội chợ xuân</h1>
        <div class="entry-meta"><time datetime="2026-02-10T19:02:11+07:00">10/02/2026</time></div>
        <div class="photo-credit">Ảnh: Trần Quốc Việt</div></header><div class="entry-content">{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Trần Quốc Việt")
    );
}

#[test]
fn the_articles_own_footer_holds_its_byline_and_date() {
    let html = format!(
        r#"<html><head><title>Tin hoạt động</title><meta property="og:title" content="Giám sát dịch tả lợn châu Phi"></head><body>
        <div class="news"><h1>Giám sát dịch tả lợn châu Phi</h1><div class="news-body">{}</div>
        <div class="news-footer"><p class="news-author" style="text-align: right;"><strong>Tin, ảnh: Phạm Quang Vinh</strong></p>
        <p class="news-date">Ngày đăng: 03/09/2025</p></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Phạm Quang Vinh"));
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2025-09-03T00:00:00+07:00");
}

#[test]
fn a_details_tables_writer_cell_holds_the_unit_under_the_name() {
    let html = format!(
        r#"<html><head><title>Nghiệm thu đề tài giống lúa</title></head><body><div class="news"><h1>Nghiệm thu đề tài giống lúa</h1>
        <table class="dnnArticleInfo"><tr><td class="label">Ngày đăng:</td><td>12/08/2026 10:15</td></tr>
        <tr><td class="label">Tác giả:</td><td>ThS. Lâm Quốc Khải<br/>Phòng Quản lý khoa học</td></tr></table>
        <div class="edn_articleContent">{}</div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("ThS. Lâm Quốc Khải, Phòng Quản lý khoa học")
    );
}

#[test]
fn under_an_aspnet_pages_own_form_the_comment_forms_heading_closes_nothing() {
    // ASP.NET wraps the page in its <form>: the comment form's own <form>
    // is dropped by the parser, its heading left in the article's flow.
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><form id="aspnetForm"><div class="ms-rtestate-field">
        <h1>Chuyển đổi số ở xã</h1><div class="date">20/11/2026</div><div id="content">{}</div>
        <div class="tacgia">Tin, ảnh: Hà Trang</div>
        <form class="comment"><h4>Ý kiến bạn đọc</h4><input name="hoten"><textarea name="noidung"></textarea></form></div></form></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Hà Trang"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_persons_role_under_a_name_signs_after_the_body_and_capitals_do_not() {
    let page = |byline: &str| {
        format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news"><h1>Chuyển đổi số ở xã</h1>
            <div class="date">20/11/2026</div><div class="body">{}</div><p style="text-align:right">{byline}</p>
            <div class="rating">Đánh giá bài viết: (12 lượt)</div></div></body></html>"#,
            paragraphs()
        )
    };
    let a = run(&page(
        "<b>Đại tá Nông Văn Hùng</b><br /><i>Phó Chủ tịch Hội CCB tỉnh</i>",
    ))
    .expect("an article");
    assert_eq!(
        a.author.as_deref(),
        Some("Đại tá Nông Văn Hùng, Phó Chủ tịch Hội CCB tỉnh")
    );
    // A sentence opening with a role's word is no role (review 4).
    for sentence in [
        "Cán bộ địa chính xã sẽ hỗ trợ người dân.",
        "Giám đốc Trung tâm cũng đã phát biểu",
    ] {
        let a = run(&page(&format!("<b>Nguyễn Văn An</b><br />{sentence}"))).expect("an article");
        assert_eq!(a.author.as_deref(), Some("Nguyễn Văn An"), "{sentence}");
    }
    // Capitals after the body are a box heading, a slogan or a place as
    // often as a writer: none signs ("HỒNG NHUNG" in blind-ai is left).
    for caps in ["CÁC TIN KHÁC", "THÔNG TIN LIÊN HỆ", "QUYẾT TÂM THẮNG LỢI", "TÂY NINH"] {
        let a = run(&page(&format!("<b>{caps}</b>"))).expect("an article");
        assert_eq!(a.author, None, "{caps}");
    }
}
