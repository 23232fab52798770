//! Pages read-only reviews of new rules built to break them (sessions 5
//! and 6): each pins a case the new rules first got wrong.

#[path = "common/page.rs"]
mod page;

use page::{P1, P2, P3, paragraphs, run};

#[test]
fn a_date_line_under_a_long_bold_lead_inside_the_content() {
    let lead = "Năm 2025, xã đã hoàn thành vượt mức nhiều chỉ tiêu về chuyển đổi số, tạo tiền đề cho việc xây dựng chính quyền số trong giai đoạn tới.";
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="detail"><h1>Chuyển đổi số ở xã</h1>
        <div class="noidung"><p><b>{lead}</b></p><p><i>12/03/2026 | 08:45 | Người viết: Hoàng Lan</i></p>{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-03-12T08:45:00+07:00");
    assert_eq!(a.author.as_deref(), Some("Hoàng Lan"));
}

#[test]
fn a_whole_headline_in_capitals_is_still_the_title() {
    let headline = "UBND HUYỆN TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2025";
    let html = format!(
        r#"<html><head><title>Cổng thông tin điện tử huyện Mường Lát</title></head><body>
        <div class="news-detail"><div class="title">{headline}</div><div class="date">12/03/2026 08:30</div>
        <div class="content">{}</div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").title, headline);
}

#[test]
fn the_third_cell_of_a_layout_row_is_no_caption() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><table><tr>
        <td width="200"><a href="/a">Giới thiệu</a><br><a href="/b">Tin tức</a></td>
        <td width="600"><b>Chuyển đổi số ở xã</b><br><i>Ngày đăng: 12/03/2026</i>{}</td>
        <td width="220"><div class="box"><img src="/images/hotline.png"> Đường dây nóng: 0258 3822 111</div>
        <div class="box"><img src="/images/bac-ho.jpg"><p>Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</p></div></td>
        </tr></table></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_section_or_a_tool_ending_a_meta_line_is_no_writer() {
    for meta in [
        "Thứ Năm, 12/03/2026 | 08:45 | Kinh Tế",
        "12/03/2026 | 08:45 | In Bài | Gửi Email",
        "12/03/2026 | 08:45 | Nha Trang",
    ] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
            <div class="post-meta">{meta}</div><div class="post-body">{}</div></article></body></html>"#,
            paragraphs()
        );
        assert_eq!(run(&html).expect("an article").author, None, "{meta}");
    }
}

#[test]
fn provinces_that_are_pen_names_still_sign() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026 08:30</div><div class="content"><p>{P1}</p><p>{P2}</p><p>{P3} - Hải Dương</p></div></article></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.author.as_deref(), Some("Hải Dương"));
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_caption_repeating_the_title_does_not_cut_the_body() {
    let title = "Trao 150 suất quà cho người dân vùng lũ";
    let html = format!(
        r#"<html><head><meta property="og:title" content="{title}"><title>{title}</title></head><body>
        <div class="tin"><span class="ngay">18/11/2025</span><div class="noidung"><p>{P1}</p><p><img src="/a.jpg"></p>
        <p><em>{title}</em></p><p>{P2}</p><p>{P3}</p></div></div></body></html>"#
    );
    let a = run(&html).expect("an article");
    assert!(a.body.starts_with(P1), "{}", a.body);
}

#[test]
fn a_role_line_or_a_more_link_beside_the_author_is_no_co_writer() {
    for sibling in [
        r#"<span class="author-title">Phóng viên Ban Thời sự</span>"#,
        r#"<a class="author-more" href="/tac-gia/hoang-lan">Xem các bài viết khác</a>"#,
    ] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
            <div class="date">12/03/2026 08:30</div><div class="meta"><span class="author">Hoàng Lan</span> {sibling}</div>
            <div class="content">{}</div></article></body></html>"#,
            paragraphs()
        );
        assert_eq!(
            run(&html).expect("an article").author.as_deref(),
            Some("Hoàng Lan"),
            "{sibling}"
        );
    }
}

#[test]
fn days_in_a_schedule_are_no_slide_counters() {
    // Days every other day, and days in a row, which count like slides.
    for days in [["3/8", "5/8", "7/8"], ["1/8", "2/8", "3/8"]] {
        let html = format!(
            r#"<html><head><title>Lịch tiếp công dân tháng 8</title></head><body><article><h1>Lịch tiếp công dân tháng 8</h1>
            <div class="date">01/08/2026 08:30</div><div class="content">{}
            <table><tr><td>{}</td><td>Chủ tịch UBND xã tiếp công dân</td></tr><tr><td>{}</td><td>Phó Chủ tịch UBND xã tiếp công dân</td></tr>
            <tr><td>{}</td><td>Bí thư Đảng ủy xã tiếp công dân</td></tr></table></div></article></body></html>"#,
            paragraphs(),
            days[0],
            days[1],
            days[2]
        );
        let body = run(&html).expect("an article").body;
        for day in days {
            assert!(body.split("\n\n").any(|b| b == day), "{day} in {body}");
        }
    }
}

#[test]
fn a_dated_line_under_the_byline_that_is_no_date_line() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
        <div class="news-detail"><h1>Chuyển đổi số ở xã</h1><div class="news-detail-content">{}</div>
        <p style="text-align:right"><strong>Hồ Thị Thanh Thủy</strong></p><p>Hạn nộp hồ sơ: 30/04/2026</p></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").published_at, None);
}

#[test]
fn a_document_link_after_a_see_more_line_stays() {
    let link = "Quyết định số 12/QĐ-UBND về kế hoạch chuyển đổi số năm 2026";
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026 08:30</div><div class="content">{}<p><a href="/van-ban">Xem thêm</a></p>
        <p><a href="/van-ban/qd-12.pdf">{link}</a></p></div></article></body></html>"#,
        paragraphs()
    );
    assert!(run(&html).expect("an article").body.contains(link));
}

#[test]
fn an_author_in_a_print_utility_class_is_read() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026 08:30</div><div class="content">{}</div>
        <div class="author"><span class="d-print-inline">Hoàng Lan</span></div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").author.as_deref(), Some("Hoàng Lan"));
}

fn article(inner: &str) -> String {
    format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026</div>{inner}</article></body></html>"#
    )
}

#[test]
fn a_commentary_heading_or_column_keeps_the_body() {
    // A lone "Bình luận" line reads as a tool ("N bình luận") and goes; the
    // text under it stays.
    let whole = [P1, P2, P3].join("\n\n");
    for (inner, want) in [
        (
            format!(r#"<div class="entry"><p>{P1}</p><h3>Bình luận</h3><p>{P2}</p><p>{P3}</p></div>"#),
            whole.clone(),
        ),
        (
            format!(r#"<div class="entry"><p>{P1}</p><h3>Ý kiến bạn đọc</h3><p>{P2}</p><p>{P3}</p></div>"#),
            [P1, "Ý kiến bạn đọc", P2, P3].join("\n\n"),
        ),
        (
            format!(
                r#"<div class="chuyenmuc-binh-luan"><div class="detail-binh-luan">{}</div></div>"#,
                paragraphs()
            ),
            whole.clone(),
        ),
        (
            format!(r#"<div class="entry"><p>{P1}</p><div class="box-binh-luan"><p>{P2}</p></div><p>{P3}</p></div>"#),
            whole.clone(),
        ),
    ] {
        let a = run(&article(&inner)).expect("an article");
        assert_eq!(a.body, want, "{inner}");
    }
}

#[test]
fn slide_counters_on_a_table_layout_page() {
    let caption = |i| format!("<p>Ảnh {i}: Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công xã.</p>");
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><table><tr><td>
        <b>Chuyển đổi số ở xã</b><br><i>Ngày đăng: 12/03/2026</i>{}
        <p>1/3</p>{}<p>2/3</p>{}<p>3/3</p>{}</td></tr></table></body></html>"#,
        paragraphs(),
        caption(1),
        caption(2),
        caption(3)
    );
    let body = run(&html).expect("an article").body;
    assert!(!body.split("\n\n").any(|b| b.ends_with("/3")), "{body}");
}

#[test]
fn an_empty_rich_text_field_beside_a_sharepoint_article() {
    let html = format!(
        r#"<html><head><meta name="GENERATOR" content="Microsoft SharePoint"><title>Chuyển đổi số ở xã</title></head><body>
        <span id="ctl00_lblTitle"></span><div class="title-line"></div>
        <h1 class="ArticleTitle">Chuyển đổi số ở xã</h1><div class="ArticleDate">12/03/2026</div>
        <div class="ArticleContent">{}</div><div class="ms-rtestate-field"></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_sapo_under_a_long_title_inside_the_content() {
    let title = "Xã tổ chức hội nghị triển khai kế hoạch chuyển đổi số, xây dựng chính quyền số và phát triển kinh tế số, xã hội số năm 2026 gắn với cải cách thủ tục hành chính";
    let lead = "Hội nghị đặt mục tiêu đến cuối năm 2026, 100% hồ sơ thủ tục hành chính của xã được tiếp nhận và trả kết quả trực tuyến.";
    let html = format!(
        r#"<html><head><title>{title}</title></head><body><div class="article-detail">
        <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin">Tin tức sự kiện</a></div>
        <h1>{title}</h1><div class="meta">Thứ Năm, 12/03/2026 08:30 | Tác giả: Nguyễn Thị Hoài Thương - Văn phòng HĐND và UBND xã Tân Lập</div>
        <div class="sapo">{lead}</div>{}</div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").summary.as_deref(), Some(lead));
}

#[test]
fn labels_ranks_and_name_halves_run_on_in_an_author_element() {
    for (author, want) in [
        (
            r#"<img src="/a.png"> <span class="meta_text">Đăng bởi</span> <a href="/author/le-ha/">Lê Hà</a>"#,
            "Lê Hà",
        ),
        (r#"<span>Viết bởi</span> <a href="/author/le-ha/">Lê Hà</a>"#, "Lê Hà"),
        (
            r#"<span class="rank">Đại úy</span> <b>Lê Văn Hùng</b>"#,
            "Đại úy Lê Văn Hùng",
        ),
        ("<b>Nguyễn</b> <b>Văn An</b>", "Nguyễn Văn An"),
    ] {
        let html = article(&format!(
            r#"<div class="entry">{}</div><div class="author">{author}</div>"#,
            paragraphs()
        ));
        assert_eq!(
            run(&html).expect("an article").author.as_deref(),
            Some(want),
            "{author}"
        );
    }
}

#[test]
fn a_photo_source_beside_the_author_is_no_co_writer() {
    for credit in ["Ảnh: Internet", "Ảnh: TTXVN"] {
        let html = article(&format!(
            r#"<div class="entry">{}</div><div class="author">Hoàng Lan</div><div class="cap">{credit}</div>"#,
            paragraphs()
        ));
        assert_eq!(
            run(&html).expect("an article").author.as_deref(),
            Some("Hoàng Lan"),
            "{credit}"
        );
    }
}

#[test]
fn a_writer_linked_beside_an_outlet_is_one_byline() {
    let html = article(&format!(
        r#"<div class="entry">{}</div><p class="author"><a href="/tac-gia/hoang-lan">Hoàng Lan</a> - <a href="/">Báo Lào Cai</a></p>"#,
        paragraphs()
    ));
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Hoàng Lan - Báo Lào Cai")
    );
}

#[test]
fn a_relative_time_before_the_date_in_the_first_line() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="entry"><p>Cập nhật 3 giờ trước 05/03/2026 08:30</p>{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html)
            .expect("an article")
            .published_at
            .map(|d| d.to_rfc3339())
            .as_deref(),
        Some("2026-03-05T08:30:00+07:00")
    );
}

fn tin(date: &str, body: &str, after: &str) -> String {
    format!(
        r#"<html><head><title>Xã triển khai chuyển đổi số</title></head><body><div class="tin"><h1>Xã triển khai chuyển đổi số</h1>{date}
        <div class="noi-dung-tin">{body}</div>{after}</div></body></html>"#
    )
}

const DATED: &str = r#"<div class="ngay">22/11/2026</div>"#;

#[test]
fn a_tables_last_date_cell_is_a_deadline() {
    let body = format!(
        "<p>{P1}</p><p>{P2}</p><table><tr><td>Nội dung</td><td>Thời hạn</td></tr><tr><td>Hoàn thành cài đặt ứng dụng</td><td>30/11/2026</td></tr></table>"
    );
    let a = run(&tin(DATED, &body, "")).expect("an article");
    assert!(a.body.ends_with("30/11/2026"), "{}", a.body);
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-11-22T00:00:00+07:00");
    assert!(run(&tin("", &body, "")).is_err(), "a deadline dates no article");
}

#[test]
fn a_closing_caption_is_no_office_byline() {
    for caption in [
        "Xã ra mắt mô hình chợ không dùng tiền mặt",
        "Hội viên Phụ nữ xã ra quân dọn vệ sinh",
    ] {
        let body = format!(r#"{}<p><img src="/a.jpg"></p><p><em>{caption}</em></p>"#, paragraphs());
        let a = run(&tin(DATED, &body, "")).expect("an article");
        assert_eq!(a.author, None, "{caption}");
        assert!(a.body.ends_with(caption), "{caption}");
    }
}

#[test]
fn a_sidebars_hover_date_dates_another_story() {
    let sidebar = r#"<div class="col-md-4"><h3>Tin mới</h3><ul><li><a href="/tin/2">Hội nghị tổng kết</a> <span class="date" title="05/01/2019 08:00"><i class="fa fa-clock-o"></i></span></li></ul></div>"#;
    assert!(run(&tin("", &paragraphs(), sidebar)).is_err());
}

#[test]
fn joomlas_dated_aliases_date_no_article() {
    let html = tin("", &paragraphs(), "");
    let url = "https://xa.example.gov.vn/index.php/2012-05-28-08-20-34/2012-05-28-08-21-11/123-bai-viet";
    assert!(vnportal_parser::extract(&html, &url::Url::parse(url).unwrap()).is_err());
}

#[test]
fn numbers_drawn_by_word_lists_are_text() {
    let item = |marker: &str, text: &str| {
        format!(
            r#"<p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">{marker}<span>&nbsp;&nbsp;</span></span>{text}</p>"#
        )
    };
    let body = format!(
        "<p>{P1}</p>{}{}",
        item("Điều 1.", "Phạm vi điều chỉnh của quy chế."),
        item("2.", "Đối tượng áp dụng của quy chế.")
    );
    let a = run(&tin(DATED, &body, "")).expect("an article");
    assert!(
        a.body.contains("Điều 1. Phạm vi điều chỉnh") && a.body.contains("2. Đối tượng áp dụng"),
        "{}",
        a.body
    );
}

#[test]
fn theo_lines_that_are_no_closing_source() {
    // A related headline after the content, a box heading.
    for after in [
        r#"<div class="lq"><a href="/tin/3">Theo Bộ Y tế số ca mắc sốt xuất huyết tăng mạnh</a></div>"#,
        "<h3>Theo Dòng Sự Kiện</h3>",
    ] {
        assert_eq!(
            run(&tin(DATED, &paragraphs(), after)).expect("an article").source,
            None,
            "{after}"
        );
    }
    // A quotation's author, a sentence citing a decree.
    for last in [
        "<p>“Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.”</p><p>Theo Chủ tịch Hồ Chí Minh</p>",
        "<p>Theo Nghị định 100/2019/NĐ-CP mức phạt từ 4 đến 6 triệu đồng</p>",
    ] {
        let a = run(&tin(DATED, &format!("{}{last}", paragraphs()), "")).expect("an article");
        assert_eq!(a.source, None, "{last}");
        assert!(a.body.contains("Theo "), "{last}");
    }
}

#[test]
fn a_footnote_under_a_table_of_names() {
    let body = format!(
        "<p>{P1}</p><p>{P2}</p><p>Danh sách cá nhân được khen thưởng:</p><table><tr><td>1</td><td>Nguyễn Văn An</td></tr><tr><td>2</td><td>Trần Thị Bình</td></tr></table><p>* Danh sách xếp theo thứ tự vần ABC</p>"
    );
    let a = run(&tin(DATED, &body, "")).expect("an article");
    assert_eq!(a.author, None);
    assert!(a.body.contains("Trần Thị Bình"), "{}", a.body);
}

#[test]
fn follow_up_and_audio_news_are_content() {
    let a = run(&tin(
        DATED,
        &format!(r#"<p>{P1}</p><p>{P2}</p><div class="follow-up"><p>{P3}</p></div>"#),
        "",
    ))
    .expect("an article");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
    let audio = format!(
        r#"<html><head><title>Bản tin thời sự tối</title></head><body><div class="audio-detail"><h1 class="audio-title">Bản tin thời sự tối</h1>
        {DATED}<audio controls src="/a.mp3"></audio><div class="noi-dung-tin">{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&audio).expect("an article");
    assert_eq!(
        (a.title.as_str(), a.body),
        ("Bản tin thời sự tối", [P1, P2, P3].join("\n\n"))
    );
}

/// Session 7's review: cases the blind-u/v/w/x rules first got wrong.
#[test]
fn a_reports_heading_counting_months_is_no_date() {
    let heading = "I. TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2025";
    let html = format!(
        r#"<html><head><title>Tình hình kinh tế quý III</title></head><body><div class="news"><h1>Tình hình kinh tế quý III</h1>
        <div class="date">Ngày đăng: 05/10/2025 08:30</div><div class="content"><p><strong>{heading}</strong></p>{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2025-10-05T08:30:00+07:00");
    assert_eq!(a.body, [heading, P1, P2, P3].join("\n\n"));
}

#[test]
fn a_headline_opening_with_a_province_after_the_sites_name() {
    let html = format!(
        r#"<html><head><title>Cổng TTĐT tỉnh Nghệ An - Nghệ An - Lào tăng cường hợp tác phát triển</title></head><body>
        <div class="news"><div class="date">20/11/2025 08:30</div><div class="content">{}</div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").title,
        "Nghệ An - Lào tăng cường hợp tác phát triển"
    );
}

#[test]
fn block_ids_outside_drupals_system_blocks_keep_their_words() {
    let related = "Tin liên quan: Hội nghị triển khai kế hoạch chuyển đổi số năm 2025 của các xã, phường trên địa bàn tỉnh được tổ chức tại trung tâm hội nghị tỉnh với sự tham dự của đại biểu";
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news"><h1>Chuyển đổi số ở xã</h1>
        <div class="date">20/11/2025</div><div class="content">{}<div class="block" id="block-related-news"><p>{related}</p></div></div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_lower_case_subtitle_class_marks_no_lead() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news"><h1>Chuyển đổi số ở xã</h1>
        <div class="date">20/11/2025</div><div class="content"><h3 class="subtitle">1. Kết quả thực hiện nhiệm vụ phát triển kinh tế</h3>{}</div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").summary, None);
}

#[test]
fn a_caption_repeated_in_stacked_cells_is_printed_once() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news"><h1>Chuyển đổi số ở xã</h1>
        <div class="date">20/11/2025</div><div class="content">{}<table class="image"><tr><td><p>Quang cảnh hội nghị</p></td></tr>
        <tr><td><p>Quang cảnh hội nghị</p></td></tr></table></div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").body,
        [P1, P2, P3, "Quang cảnh hội nghị"].join("\n\n")
    );
}

// Session 8: a review of the blind-y/z/aa rules (66d7c4b against 90ae06c).

const HEADLINE: &str = "Xã Quỳnh Sơn triển khai kế hoạch chuyển đổi số năm 2024";

fn body3() -> String {
    [P1, P2, P3].join("\n\n")
}

#[test]
fn a_section_label_beside_the_headline_leaves_the_headline() {
    // The other half of `<title>` is the headline, not an office's name.
    for title in [
        format!("Tin tức - {HEADLINE}"),
        format!("{HEADLINE} - Tin hoạt động"),
        format!("{HEADLINE} | Chi tiết tin tức"),
        format!("Trang chủ » Tin tức » {HEADLINE}"),
    ] {
        let html = format!(
            r#"<html><head><title>{title}</title></head><body>
            <div class="col-main"><h2 class="cat-title">Hoạt động của Hội Nông dân xã</h2>
            <div class="news-detail"><h3 class="news-title">{HEADLINE}</h3><div class="date">Thứ Ba, 12/03/2024 08:30</div>
            <div class="news-content">{}</div></div></div></body></html>"#,
            paragraphs()
        );
        assert_eq!(run(&html).expect("an article").title, HEADLINE, "{title}");
    }
}

#[test]
fn a_details_tables_cells_name_no_account_and_no_empty_writer() {
    for (rows, want) in [
        ("<tr><td>Người đăng:</td><td>Super User</td></tr>", None),
        (
            "<tr><th>Tác giả</th><td></td></tr><tr><th>Nguồn</th><td>Báo Nghệ An</td></tr>",
            None,
        ),
        ("<tr><td>Tác giả:</td><td>Lê Văn Bình</td></tr>", Some("Lê Văn Bình")),
    ] {
        let html = format!(
            r#"<html><head><title>{HEADLINE} - Cổng thông tin điện tử xã Quỳnh Sơn</title></head><body>
            <h1 class="title">{HEADLINE}</h1>
            <table class="info"><tr><td>Ngày đăng:</td><td>12/03/2024 08:30</td></tr>{rows}</table>
            <div id="noidung">{}</div></body></html>"#,
            paragraphs()
        );
        assert_eq!(run(&html).expect("an article").author.as_deref(), want, "{rows}");
    }
    // A labelled writer above the table is read first.
    let html = format!(
        r#"<html><head><title>{HEADLINE}</title></head><body><h1 class="title">{HEADLINE}</h1>
        <div>Ngày đăng: 12/03/2024 08:30</div><div>Tin: Lê Văn Bình</div>
        <table class="info"><tr><td>Người đăng:</td><td>Trần Thu Hà</td></tr></table>
        <div id="noidung">{}</div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").author.as_deref(), Some("Lê Văn Bình"));
}

#[test]
fn bare_agenda_and_photo_labels_join_no_line_into_a_credit() {
    for tail in [
        "<p>Nội dung:</p><p>Phòng, chống thiên tai</p>",
        "<p>Ảnh:</p><p>Hội nghị tổng kết</p>",
        "<p>Tham dự buổi làm việc có các đồng chí:</p><p>Lê Văn Tám, Hoàng Thị Hoa</p><p>Phó Chủ tịch UBND xã</p>",
    ] {
        let html = format!(
            r#"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><div class="date">12/03/2024 08:30</div>
            <div class="content">{}{tail}</div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!(a.author, None, "{tail}");
        assert!(a.body.starts_with(&body3()) && a.body.len() > body3().len(), "{tail}");
    }
    // "Nguồn:" over a list of references labels the list: both stay.
    let html = format!(
        r#"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><div class="date">12/03/2024 08:30</div>
        <div class="content">{}<p>Nguồn:</p><p>Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị</p>
        <p>Kế hoạch số 45/KH-UBND ngày 10/01/2025 của UBND tỉnh</p></div></body></html>"#,
        paragraphs()
    );
    assert!(run(&html).expect("an article").body.contains("Nghị quyết số 57-NQ/TW"));
}

#[test]
fn a_last_update_yields_to_the_address_and_a_sites_stamp_dates_nothing() {
    let page = |after: &str| {
        format!(
            r#"<html><head><title>{HEADLINE}</title></head><body><div class="main"><div class="news-detail"><h1>{HEADLINE}</h1>
            <div class="content">{}<p style="text-align:right"><b>Minh Anh</b></p></div></div>{after}</div></body></html>"#,
            paragraphs()
        )
    };
    let dated = vnportal_parser::extract(
        &page(r#"<div class="modified">Cập nhật lần cuối: Thứ Hai, 05/01/2026 09:15</div>"#),
        &url::Url::parse("https://quynhson.example.gov.vn/2024/03/12/chuyen-doi-so.html").unwrap(),
    )
    .expect("an article");
    assert_eq!(dated.published_at.unwrap().to_rfc3339(), "2024-03-12T00:00:00+07:00");
    let stamp = run(&page(
        r#"<div class="site-info">Lần cập nhật cuối: 05/01/2026 | Phiên bản 2.1</div>"#,
    ));
    assert_eq!(stamp.expect("an article").published_at, None);
}

#[test]
fn a_lead_in_a_header_wrapping_the_title_is_a_lead() {
    let lead = "Sáng 12/3, Ủy ban nhân dân xã Quỳnh Sơn tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2024 với sự tham dự của cán bộ, công chức và trưởng các thôn.";
    let html = format!(
        r#"<html><head><title>{HEADLINE}</title></head><body><article class="post">
        <div class="news-meta"><h1>{HEADLINE}</h1><span class="date">Thứ Ba, 12/03/2024 08:30</span><div class="fw-bold">{lead}</div></div>
        <div class="entry-content">{}</div></article></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.summary.as_deref(), Some(lead));
    assert!(a.body.starts_with(lead));
}

#[test]
fn a_comment_box_or_a_popup_with_the_only_h1_stays_out() {
    let comment = "<div class=\"item\"><b>Nguyễn Văn Hải</b> <i>(12/03/2024)</i><p>Tôi rất đồng tình với chủ trương này của xã, tuy nhiên đề nghị xã cử cán bộ xuống tận thôn để hướng dẫn người cao tuổi cài đặt ứng dụng vì nhiều người không biết sử dụng điện thoại thông minh.</p></div>";
    let comments = format!(
        r#"<div id="comments"><h1>Ý kiến bạn đọc (8)</h1>{}</div>"#,
        comment.repeat(8)
    );
    let popup = r#"<div id="popup"><div class="inner"><h1>Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024</h1>
        <p>Thực hiện Công văn của UBND tỉnh về việc nghỉ Tết Nguyên đán Giáp Thìn năm 2024, UBND xã Quỳnh Sơn thông báo lịch nghỉ Tết đối với cán bộ, công chức.</p>
        <p>Trong thời gian nghỉ Tết, bộ phận tiếp nhận và trả kết quả vẫn bố trí cán bộ trực để tiếp nhận hồ sơ khai sinh, khai tử của người dân.</p></div></div>"#;
    let site = "Cổng thông tin điện tử xã Quỳnh Sơn";
    let with_headline = format!("{HEADLINE} - {site}");
    for (title, before, after) in [(with_headline.as_str(), "", comments.as_str()), (site, popup, "")] {
        let html = format!(
            r#"<html><head><title>{title}</title></head><body><div class="main">{before}
            <div class="detail"><h2 class="title">{HEADLINE}</h2><div>Thứ Ba, 12/03/2024 08:30</div>
            <div>{}<p style="text-align:right"><b>Minh Anh</b></p></div></div>{after}</div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!(a.title, HEADLINE);
        assert_eq!(a.body, body3());
        assert_eq!(a.author.as_deref(), Some("Minh Anh"));
    }
}

// Session 8, second review: the blind-ab/ac/ad rules (714eca7 against 9508a66).

fn news_page(title: &str, h1: &str, tail: &str) -> String {
    format!(
        r#"<html><head><title>{title}</title></head><body><div class="news-detail"><h1>{h1}</h1>
        <div class="date">Thứ Năm, 12/03/2026 08:30</div><div class="content">{}{tail}</div></div></body></html>"#,
        paragraphs()
    )
}

#[test]
fn a_headline_about_a_portal_is_no_portals_name() {
    let headline = "Cổng thông tin điện tử tỉnh ra mắt giao diện mới trên thiết bị di động";
    let title = format!("{headline} | Ủy ban nhân dân tỉnh Bình Phước");
    let html = news_page(&title, headline, "").replace(
        "</title>",
        &format!(r#"</title><meta property="og:title" content="{title}">"#),
    );
    assert_eq!(run(&html).expect("an article").title, headline);
}

#[test]
fn a_misnamed_portlet_is_read_when_the_title_names_only_the_site_or_quotes_otherwise() {
    for (title, h1) in [
        (
            "Cổng thông tin điện tử tỉnh Bình Phước",
            "Xã Tân Lập triển khai kế hoạch chuyển đổi số",
        ),
        (
            r#"Hội thi "Dân vận khéo" xã Tân Lập năm 2026 - Cổng TTĐT tỉnh"#,
            "Hội thi “Dân vận khéo” xã Tân Lập năm 2026",
        ),
    ] {
        let html = format!(
            r#"<html><head><title>{title}</title></head><body><div id="p_p_id_ThongKeTin_WAR_portlet_INSTANCE_x"><h1>{h1}</h1>
            <div class="date">12/03/2026 08:30</div>{}<p style="text-align:right"><b>Minh Anh</b></p></div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!((a.title.as_str(), a.body.as_str()), (h1, body3().as_str()));
    }
}

#[test]
fn drupals_views_blocks_are_content() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã | Cổng thông tin điện tử xã Tân Lập</title></head><body><h1 id="page-title">Chuyển đổi số ở xã</h1>
        <div id="block-views-chi-tiet-tin-block" class="block block-views"><div class="view view-chi-tiet-tin"><div class="views-row">
        <div class="views-field-created">12/03/2026</div><div class="views-field-body">{}</div></div></div></div></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, body3());
}

#[test]
fn bylines_in_capitals_under_the_body_are_writers() {
    for (tail, want) in [
        ("<p><strong>ĐOÀN THU HÀ</strong></p>", "ĐOÀN THU HÀ"),
        (
            "<p><strong>Nguyễn Văn An</strong></p><p><strong>TRUNG TÂM Y TẾ HUYỆN ĐỒNG PHÚ</strong></p>",
            "Nguyễn Văn An, TRUNG TÂM Y TẾ HUYỆN ĐỒNG PHÚ",
        ),
        (
            "<p><strong>BAN TUYÊN GIÁO HUYỆN ỦY</strong></p>",
            "BAN TUYÊN GIÁO HUYỆN ỦY",
        ),
    ] {
        let a = run(&news_page("Chuyển đổi số ở xã", "Chuyển đổi số ở xã", tail)).expect("an article");
        assert_eq!(a.author.as_deref(), Some(want), "{tail}");
        assert_eq!(a.body, body3(), "{tail}");
    }
}

#[test]
fn a_bare_label_reads_its_value_over_a_unit_a_source_or_a_byline() {
    for (tail, author, source) in [
        (
            "<p>Tác giả:</p><p>Nguyễn Văn An</p><p>Trung tâm Văn hóa huyện</p>",
            Some("Nguyễn Văn An, Trung tâm Văn hóa huyện"),
            None,
        ),
        ("<p>Thực hiện:</p><p>Hoàng Yến</p>", Some("Hoàng Yến"), None),
        (
            "<p>Nguồn:</p><p>Báo Bình Phước điện tử</p><p>Minh Anh</p>",
            Some("Minh Anh"),
            Some("Báo Bình Phước điện tử"),
        ),
    ] {
        let a = run(&news_page("Chuyển đổi số ở xã", "Chuyển đổi số ở xã", tail)).expect("an article");
        assert_eq!((a.author.as_deref(), a.source.as_deref()), (author, source), "{tail}");
        assert_eq!(a.body, body3(), "{tail}");
    }
}

#[test]
fn an_only_date_in_a_last_update_or_a_documents_citation_dates_the_page() {
    let updated = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news-detail"><h1>Chuyển đổi số ở xã</h1>
        <div class="content">{}</div><div class="modified">Cập nhật lần cuối: Thứ năm, 12/03/2026 16:02</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&updated).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-03-12T16:02:00+07:00");
    let cited = format!(
        r#"<html><head><title>Thông báo kết quả xét tuyển viên chức năm 2026</title></head><body><div class="news-detail">
        <h1>Thông báo kết quả xét tuyển viên chức năm 2026</h1><div class="content"><p><em>Thông báo số 45/TB-HĐXT ngày 12/3/2026</em></p>{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&cited).expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-03-12T00:00:00+07:00");
}

#[test]
fn an_empty_cell_lends_its_label_to_nothing() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã - Cổng thông tin điện tử xã Tân Lập</title></head><body><div class="news-detail"><h1>Chuyển đổi số ở xã</h1>
        <div class="content">{}</div><table><tr><td>Ngày đăng</td><td>12/03/2026 08:30</td></tr><tr><td>Nguồn</td><td></td></tr></table>
        <div class="box"><div class="box-title">Các tin đã đưa</div><ul><li><a href="/a">Hội Nông dân xã tập huấn kỹ thuật</a></li></ul></div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.source, None);
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-03-12T08:30:00+07:00");
}

#[test]
fn a_headline_naming_an_office_beside_a_section_label_is_the_title() {
    let headline = "UBND xã Tân Lập ra quân tổng vệ sinh môi trường đón Tết";
    let a = run(&news_page(&format!("{headline} - Tin tức"), headline, "")).expect("an article");
    assert_eq!(a.title, headline);
}

#[test]
fn a_note_in_a_metabox_or_metadetail_is_no_lead() {
    for class in ["metabox", "news-metadetail"] {
        let html = format!(
            r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="news"><h1>Chuyển đổi số ở xã</h1>
            <div class="{class}"><span class="date">12/03/2026 08:30</span>
            <div class="note">Tin bài được lưu trữ từ Cổng thông tin điện tử huyện Đồng Phú (cũ) trước khi sắp xếp đơn vị hành chính cấp xã.</div></div>
            <div class="content">{}</div></div></body></html>"#,
            paragraphs()
        );
        let a = run(&html).expect("an article");
        assert_eq!((a.summary, a.body), (None, body3()), "{class}");
    }
}

// Session 8, third review: the blind-ae/af rules (4178dfc against 199b6df).

fn detail_page(title: &str, head: &str, tail: &str, after: &str) -> String {
    format!(
        r#"<html><head><title>{title}</title></head><body><div class="news-detail">{head}
        <div class="news-content">{}{tail}</div>{after}</div></body></html>"#,
        paragraphs()
    )
}

#[test]
fn og_title_naming_a_category_or_a_kicker_leaves_the_headline() {
    let title = format!("{HEADLINE} - Cổng thông tin điện tử xã Tân Lập");
    for (og, head) in [
        (
            "Chuyển đổi số cơ sở",
            format!(r#"<h2 class="title-cate">Chuyển đổi số cơ sở</h2><h2 class="news-title">{HEADLINE}</h2>"#),
        ),
        (
            "Chuyển đổi số ở cơ sở: Từ chủ trương đến hành động",
            format!(
                r#"<h2 class="kicker-title">Chuyển đổi số ở cơ sở: Từ chủ trương đến hành động</h2><h1 class="news-title">{HEADLINE}</h1>"#
            ),
        ),
    ] {
        let html = detail_page(
            &title,
            &format!(r#"{head}<div class="news-date">12/03/2026 08:30</div>"#),
            "",
            "",
        )
        .replace(
            "</title>",
            &format!(r#"</title><meta property="og:title" content="{og}">"#),
        );
        assert_eq!(run(&html).expect("an article").title, HEADLINE, "{og}");
    }
}

#[test]
fn an_article_footer_without_labelled_lines_is_passed_over() {
    let title = format!("{HEADLINE} - Cổng thông tin điện tử xã Tân Lập");
    let footer = r##"<div class="news-footer"><p>Từ khóa: <a href="/tag/cds">chuyển đổi số</a></p><p>Chia sẻ: <a href="#">Facebook</a></p></div>"##;
    let head = format!("<h1>{HEADLINE}</h1>");
    let byline = detail_page(
        &title,
        &format!(r#"{head}<div class="news-date">12/03/2026 08:30</div>"#),
        "",
        footer,
    )
    .replace(
        "</body>",
        r#"<div class="info-bottom" style="text-align:right"><b>Tác giả: Nguyễn Văn An</b></div></body>"#,
    );
    assert_eq!(
        run(&byline).expect("an article").author.as_deref(),
        Some("Nguyễn Văn An")
    );
    let dated = detail_page(&title, &head, "", footer).replace(
        "</body>",
        r#"<div class="post-meta">Ngày đăng: 12/03/2026</div></body>"#,
    );
    assert_eq!(
        run(&dated).expect("an article").published_at.unwrap().to_rfc3339(),
        "2026-03-12T00:00:00+07:00"
    );
    // A print stamp in the article's footer dates nothing; the address does.
    let stamped = detail_page(
        &title,
        &head,
        "",
        r#"<div class="article-footer"><div>In lúc 22/11/2026 08:39</div></div>"#,
    );
    let a = vnportal_parser::extract(
        &stamped,
        &url::Url::parse("https://xa.example.gov.vn/tin-tuc/2026-03-12/bai-viet-1.html").unwrap(),
    )
    .expect("an article");
    assert_eq!(a.published_at.unwrap().to_rfc3339(), "2026-03-12T00:00:00+07:00");
}

#[test]
fn an_officers_line_or_a_slogan_under_a_name_is_no_unit_of_its_byline() {
    let title = format!("{HEADLINE} - Cổng thông tin điện tử xã Tân Lập");
    let head = format!(r#"<h1>{HEADLINE}</h1><div class="news-date">12/03/2026 08:30</div>"#);
    // A hiring result's last lines: the hired person and her post.
    let hired = detail_page(
        &title,
        &head,
        "<p>Kết quả, Hội đồng xét tuyển công nhận 01 thí sinh trúng tuyển.</p><p>Nguyễn Thị Thu Trang</p><p>Công chức Văn hóa - Xã hội</p>",
        "",
    );
    assert_eq!(run(&hired).expect("an article").author, None);
    for second in [
        "Phòng bệnh hơn chữa bệnh",
        "Ban Biên tập trân trọng giới thiệu",
        "Xã Tân Lập chung tay xây dựng nông thôn mới",
        "Huyện Đồng Phú, tỉnh Bình Phước",
    ] {
        let html = detail_page(
            &title,
            &head,
            "",
            &format!(r#"<p style="text-align:right"><b>Minh Anh</b><br>{second}</p>"#),
        );
        assert_eq!(
            run(&html).expect("an article").author.as_deref(),
            Some("Minh Anh"),
            "{second}"
        );
    }
}

#[test]
fn a_top_images_credit_is_no_byline() {
    let title = format!("{HEADLINE} - Cổng thông tin điện tử xã Tân Lập");
    for credit in [
        "Ảnh: Minh Trí",
        "Ảnh: Nguồn Internet",
        "Ảnh: Báo Bình Phước",
        "Video: Hữu Phước",
    ] {
        let head = format!(
            r#"<h1>{HEADLINE}</h1><div class="news-date">12/03/2026 08:30</div><div class="thumb-detail"><img src="/a.jpg"><p>{credit}</p></div>"#
        );
        assert_eq!(
            run(&detail_page(&title, &head, "", "")).expect("an article").author,
            None,
            "{credit}"
        );
    }
}
