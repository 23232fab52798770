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

#[test]
fn words_list_markers_are_no_text() {
    let item = |t: &str| {
        format!(
            r#"<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>{t}</span></p>"#
        )
    };
    let html = format!(
        r#"<html><head><title>Thông báo</title></head><body><article><h1>Thông báo</h1><div class="date">14/04/2026</div>
        <div class="entry"><p class=MsoNormal>{P1}</p>{}{}</div></article></body></html>"#,
        item(P2),
        item(P3)
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_dated_notice_whose_body_is_a_table() {
    let rows: String = [
        (
            "1",
            "Phường Đông Hà",
            "Phường 1, Phường 2, Phường 3 và phường Đông Lương cũ",
            "0233.3852.210",
        ),
        (
            "2",
            "Phường Nam Đông Hà",
            "Phường 5, Phường Đông Lễ và phường Đông Thanh cũ",
            "-",
        ),
        (
            "3",
            "Xã Cam Lộ",
            "Thị trấn Cam Lộ, xã Cam Thành và xã Cam Thủy cũ",
            "0233.3871.115",
        ),
        (
            "4",
            "Xã Gio Linh",
            "Thị trấn Gio Linh, xã Gio Quang và xã Gio Mỹ cũ",
            "0233.3825.204",
        ),
        (
            "5",
            "Xã Vĩnh Linh",
            "Thị trấn Hồ Xá, xã Vĩnh Long và xã Vĩnh Chấp cũ",
            "0233.3824.326",
        ),
    ]
    .iter()
    .map(|(n, name, merged, phone)| format!("<tr><td>{n}</td><td>{name}</td><td>{merged}</td><td>{phone}</td></tr>"))
    .collect();
    let page = |date: &str| {
        format!(
            r#"<html><head><title>Địa chỉ trụ sở UBND các xã, phường</title></head><body><div class="detail"><h1>Địa chỉ trụ sở UBND các xã, phường</h1>
            <div class="date">{date}</div><div class="content"><table><tr><th>STT</th><th>Đơn vị</th><th>Sắp xếp từ các đơn vị cũ</th><th>Điện thoại</th></tr>{rows}</table></div></div></body></html>"#
        )
    };
    let a = run(&page("02/10/2026")).expect("a dated table is an article");
    let body: Vec<&str> = a.body.split("\n\n").collect();
    assert_eq!(&body[..4], ["STT", "Đơn vị", "Sắp xếp từ các đơn vị cũ", "Điện thoại"]);
    // A "-" is a cell's value.
    assert!(body.contains(&"-"), "{}", a.body);
    // Undated, the same table is a static page.
    assert!(run(&page("")).is_err());
}

#[test]
fn an_audio_players_title_and_meta_are_chrome() {
    let html = format!(
        r#"<html><head><title>Vào vụ cà phê</title></head><body><article><h1>Vào vụ cà phê</h1><div class="date">16/11/2026</div>
        <div class="entry"><p>{P1}</p><div class="audio-box"><div class="audio-title">Nghe phóng sự: Vào vụ cà phê trên vùng đất Lâm Hà</div>
        <audio controls><source src="/a.mp3"></audio><div class="audio-meta"><span class="duration">04:12</span><a href="/phat-thanh">Chương trình phát thanh</a></div></div>
        <p>{P2}</p><p>{P3}</p></div></article></body></html>"#
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn an_attachment_label_is_no_body_text() {
    let html = format!(
        r#"<html><head><title>Thông báo lịch cắt điện</title></head><body><article class="post"><h1>Thông báo lịch cắt điện</h1>
        <div class="date">16/05/2026</div><div class="entry-content">{}<p><strong>Tệp đính kèm:</strong></p>
        <div class="wp-block-file"><a href="/tb-318.pdf">TB 318 Dien luc</a><a href="/tb-318.pdf" download>Tải về</a></div></div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_commentary_classed_article_comment_is_the_article() {
    let html = format!(
        r#"<html><head><title>Đừng để một cửa thành nhiều cửa</title></head><body><main>
        <article class="article article-comment"><h1>Đừng để một cửa thành nhiều cửa</h1><div class="date">10/11/2026</div>
        <div class="article__body">{}</div></article>
        <section class="comments"><h3>Bình luận</h3><ul><li class="comment">Bài viết rất đúng.</li></ul></section>
        </main></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_players_duration_is_no_text() {
    let html = format!(
        r#"<html><head><title>Cây vụ đông</title></head><body><div class="video-detail"><h1>Cây vụ đông</h1>
        <div class="date">21-11-2026 | 16:40</div><div class="player-wrap"><video controls src="/v.mp4"></video>
        <span class="player-duration">03:42</span></div><div class="video-caption"><p>Nông dân chăm sóc khoai tây vụ đông.</p></div>{}</div></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").body,
        ["Nông dân chăm sóc khoai tây vụ đông.", P1, P2, P3].join("\n\n")
    );
}

#[test]
fn a_sub_headline_under_the_title_leads_the_text() {
    let sub = "Kiểm sát viên tranh tụng, đối đáp thuyết phục, làm rõ thủ đoạn dùng tài khoản ngân hàng thuê";
    let html = format!(
        r#"<html><head><title>Phiên tòa rút kinh nghiệm</title></head><body><div class="edn_article">
        <h1 class="edn_articleTitle">Phiên tòa rút kinh nghiệm</h1><h3 class="edn_subTitle">{sub}</h3>
        <div class="edn_articleInfo">Cập nhật lúc 08h30 ngày 05/08/2025</div><div class="edn_articleText">{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Phiên tòa rút kinh nghiệm");
    assert_eq!(a.body, [sub, P1, P2, P3].join("\n\n"));
}

#[test]
fn a_drupal_themes_name_in_block_ids_names_no_block() {
    // The statistics office's theme "thongke" reads like a visit counter.
    let html = format!(
        r#"<html><head><title>Tình hình kinh tế tháng Mười | Thống kê tỉnh</title></head><body>
        <div id="block-thongke-page-title" class="block block-core"><h1 class="page-title">Tình hình kinh tế tháng Mười</h1></div>
        <div id="block-thongke-content" class="block block-system"><article class="node"><footer class="node__meta">
        <time datetime="2026-11-06T09:05:12Z">06/11/2026 - 16:05</time></footer><div class="field--name-body">{}</div></article></div>
        <div id="block-thongke-visitcounter" class="block"><p>Lượt truy cập: 123456</p></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Tình hình kinh tế tháng Mười");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn two_cells_of_a_row_may_hold_the_same_figure() {
    let html = format!(
        r#"<html><head><title>Tình hình dịch bệnh</title></head><body><article><h1>Tình hình dịch bệnh</h1>
        <div class="date">12/08/2026</div><div class="entry-content">{}<table><tr><th>Bệnh</th><th>Tuần</th><th>Cộng dồn</th></tr>
        <tr><td>Dại</td><td>4</td><td>4</td></tr></table></div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").body,
        [P1, P2, P3, "Bệnh", "Tuần", "Cộng dồn", "Dại", "4", "4"].join("\n\n")
    );
}

#[test]
fn a_container_misnamed_as_furniture_that_holds_the_headline_is_the_article() {
    // A Liferay news portlet carrying a statistics portlet's id, with less
    // than half of the page's prose; the real visit counter stays out.
    let sidebar: String = (0..4)
        .map(|i| format!("<p>Ý kiến thứ {i}: người dân đề nghị tiếp tục đầu tư đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn.</p>"))
        .collect();
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body>
        <div class="portlet-boundary portlet-boundary_TinTuc_WAR_TTDTportlet_" id="p_p_id_ThongKe_WAR_TTDTportlet_INSTANCE_oh46">
        <div class="news-detail"><h1 class="title-detail">Chuyển đổi số ở xã</h1><div class="date-detail">18/06/2026 | 17:42</div>
        <div class="journal-content-article">{}</div></div></div>
        <div class="box-y-kien"><div class="y-kien">{sidebar}</div>
        <div class="thongke">Đang truy cập: 55 Hôm nay: 2.004 Tổng lượt truy cập: 4.138.660</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.title, "Chuyển đổi số ở xã");
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_note_in_the_meta_block_is_no_lead() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><div class="edn_article"><h1>Chuyển đổi số ở xã</h1>
        <div class="edn_metaDetails"><span class="edn_date">Ngày đăng: 17/02/2020 08:30</span>
        <div class="edn_archiveNote">Tin bài lưu trữ từ Cổng thông tin điện tử huyện Con Cuông (cũ), được chuyển sang trang thông tin của xã ngày 15/8/2025.</div></div>
        <div class="edn_articleContent">{}</div></div></body></html>"#,
        paragraphs()
    );
    let a = run(&html).expect("an article");
    assert_eq!(a.summary, None);
    assert_eq!(a.body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_grids_equal_figures_in_adjacent_rows_are_both_kept() {
    let html = format!(
        r#"<html><head><title>Tuyển dụng viên chức</title></head><body><article><h1>Tuyển dụng viên chức</h1>
        <div class="date">15/09/2026</div><div class="body">{}<table>
        <tr><td>1</td><td>Bác sĩ điều trị</td><td>14</td></tr>
        <tr><td>2</td><td>Bác sĩ chẩn đoán hình ảnh</td><td>3</td></tr>
        <tr><td>3</td><td>Điều dưỡng hạng IV</td><td>12</td></tr></table></div></article></body></html>"#,
        paragraphs()
    );
    let body = run(&html).expect("an article").body;
    assert!(
        body.ends_with("Bác sĩ chẩn đoán hình ảnh\n\n3\n\n3\n\nĐiều dưỡng hạng IV\n\n12"),
        "{body}"
    );
}

#[test]
fn a_players_quality_badge_is_chrome() {
    let html = format!(
        r#"<html><head><title>Xuống giống vụ tỏi mới</title></head><body><article><h1>Xuống giống vụ tỏi mới</h1>
        <div class="date">11/11/2025</div><div class="content"><div class="ts-player"><video controls></video>
        <span class="ts-player__duration">02:47</span><span class="ts-player__quality">HD</span></div>{}</div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_video_players_duration_is_chrome() {
    let html = format!(
        r#"<html><head><title>Tri ân những người con kiên trung</title></head><body><article><h1>Tri ân những người con kiên trung</h1>
        <div class="date">26/07/2026</div><div class="content-detail"><p>{P1}</p><div class="video-player"><video controls></video>
        <span class="vp-duration">12:48</span></div><p>{P2}</p><p>{P3}</p></div></article></body></html>"#
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}

#[test]
fn a_duration_outside_a_player_is_text() {
    // Review 4: a schedule classed "event-duration" is the article's.
    let html = format!(
        r#"<html><head><title>Hội chợ nông sản</title></head><body><article><h1>Hội chợ nông sản</h1>
        <div class="date">10/03/2026</div><div class="content"><p>{P1}</p><div class="event-duration">{P2}</div><p>{P3}</p></div></article></body></html>"#
    );
    assert_eq!(run(&html).expect("an article").body, [P1, P2, P3].join("\n\n"));
}
