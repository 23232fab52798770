//! `kimson`: a district site on a custom ASP.NET WebForms CMS, in the style
//! of the Ninh Bình district portals (Trang thông tin điện tử huyện Kim Sơn).
//!
//! * listing: `/tin-tuc-su-kien.aspx?cm=12`, `&trang=2`;
//! * article: `/tin-tuc-su-kien/slug-2845.aspx`; title `h1.title-detail`, date
//!   line `div.date-detail` (`Thứ hai, 15/01/2024` then `415 lượt xem`), a
//!   rating widget, sapo `div.sapo`, body `div.content-detail` with
//!   `figure`/`figcaption` images and the "Nguồn:" line at its end, byline in
//!   `div.author` after the body, no breadcrumb, "Các tin khác" with dates;
//!   the header shows today in the same form as the article date;
//! * one article page (the republished Đắk Lắk report) is served in
//!   windows-1258 with combining tone marks;
//! * robots: `/Admin/` (login) and `/InBai.aspx` (print view).

use crate::chrome::{self, Visits};
use crate::corpus::{Block, Corpus};
use crate::dates::DateForm;
use crate::site::{ArticlePage, Charset, PageCtx, Query, Route, Site, StaticKind, StaticPage, Style};
use crate::styles::{blocks_html, in_category, static_body};
use crate::text::{esc, excerpt, slugify};

const LISTING: &str = "/tin-tuc-su-kien.aspx";
const PRINT: &str = "/InBai.aspx";
const LOGIN: &str = "/Admin/Login.aspx";
const HOME: &str = "/Default.aspx";
const NO_IMAGE: &str = "/Images/no-image.jpg";
const CHROME_IMAGES: &[&str] = &[
    "/Images/banner-kimson.jpg",
    "/Images/star-off.gif",
    "/Images/mot-cua-dien-tu.jpg",
    "/Images/van-ban-dien-tu.jpg",
    NO_IMAGE,
];

const STATICS: &[StaticPage] = &[
    StaticPage {
        path: "/",
        title: "Trang chủ",
        kind: StaticKind::Home,
    },
    StaticPage {
        path: HOME,
        title: "Trang chủ",
        kind: StaticKind::Home,
    },
    StaticPage {
        path: "/gioi-thieu.aspx",
        title: "Giới thiệu chung",
        kind: StaticKind::Intro,
    },
    StaticPage {
        path: "/cong-tac-dan-van.aspx",
        title: "Công tác dân vận",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/nong-thon-moi.aspx",
        title: "Nông thôn mới",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/van-ban-chi-dao-dieu-hanh.aspx",
        title: "Văn bản chỉ đạo điều hành",
        kind: StaticKind::Documents,
    },
    StaticPage {
        path: "/lien-he.aspx",
        title: "Liên hệ",
        kind: StaticKind::Contact,
    },
    StaticPage {
        path: LOGIN,
        title: "Đăng nhập quản trị",
        kind: StaticKind::Login,
    },
];

/// `(label, href)` of the top menu and the left "Danh mục" menu.
const MENU: &[(&str, &str)] = &[
    ("Trang chủ", HOME),
    ("Giới thiệu", "/gioi-thieu.aspx"),
    ("Tin tức - Sự kiện", "/tin-tuc-su-kien.aspx?cm=12"),
    ("Công tác dân vận", "/cong-tac-dan-van.aspx"),
    ("Nông thôn mới", "/nong-thon-moi.aspx"),
    ("Văn bản chỉ đạo điều hành", "/van-ban-chi-dao-dieu-hanh.aspx"),
    ("Liên hệ", "/lien-he.aspx"),
];

const INTRO: &[&str] = &[
    "Kim Sơn là huyện ven biển nằm ở phía Đông Nam tỉnh Ninh Bình, được hình thành từ công cuộc khẩn hoang lấn biển do Doanh điền sứ Nguyễn Công Trứ tổ chức năm 1829.",
    "Huyện có 23 xã, 2 thị trấn với dân số khoảng 180 nghìn người; Nhân dân có truyền thống cần cù, sáng tạo trong lao động sản xuất, đoàn kết lương - giáo.",
];

const CONTACT: &[(&str, &str)] = &[
    ("Cơ quan", "Ủy ban nhân dân huyện Kim Sơn"),
    ("Địa chỉ", "Thị trấn Phát Diệm, huyện Kim Sơn, tỉnh Ninh Bình"),
    ("Điện thoại", "0229.3862.221"),
    ("Email", "ubndkimson@ninhbinh.gov.vn"),
];

/// The Kim Sơn portal and its three articles (one in windows-1258).
pub(crate) fn site(corpus: &Corpus) -> Site {
    let page = |key: &str, item_id: u32, category: &'static str, views: u32, charset| {
        let article = corpus.get(key);
        let mut slug = slugify(&article.title, false);
        if slug.len() > 80 {
            let cut = slug[..80].rfind('-').unwrap_or(80);
            slug.truncate(cut);
        }
        ArticlePage {
            path: format!("/tin-tuc-su-kien/{slug}-{item_id}.aspx"),
            article,
            item_id,
            category,
            date: Some(DateForm::Weekday),
            views,
            charset,
        }
    };
    let pages = vec![
        page(
            "own-05-kimtan-duong-giao-thong-nong-thon",
            2911,
            "Nông thôn mới",
            268,
            Charset::Utf8,
        ),
        page(
            "seed-002-kimson-tong-ket-dan-van-2023",
            2845,
            "Công tác dân vận",
            415,
            Charset::Utf8,
        ),
        page(
            "seed-003-daklak-phoi-hop-dan-van",
            1187,
            "Công tác dân vận",
            1032,
            Charset::Windows1258,
        ),
    ];
    let mut site = Site {
        id: "kimson",
        name: "Trang thông tin điện tử huyện Kim Sơn",
        province: "Ninh Bình",
        start_path: format!("{LISTING}?cm=12"),
        article_pattern: None,
        disallowed: vec!["/Admin/", PRINT],
        marks_sapo: true,
        has_breadcrumb: false,
        page_size: 2,
        pages,
        statics: STATICS.to_vec(),
        images: Default::default(),
        style: Box::new(KimSon),
    };
    site.collect_images(CHROME_IMAGES);
    site
}

struct KimSon;

impl Style for KimSon {
    fn route(&self, site: &Site, path: &str, query: &Query) -> Option<Route> {
        if path.eq_ignore_ascii_case(LISTING) {
            return Some(Route::Listing(Query::page_number(query.get("trang"))));
        }
        if path.eq_ignore_ascii_case(PRINT) {
            let id: u32 = query.get("id")?.parse().ok()?;
            return site.pages.iter().position(|p| p.item_id == id).map(Route::Print);
        }
        if let Some(i) = site.article_at(path, true) {
            return Some(Route::Article(i));
        }
        site.static_at(path).map(Route::Static)
    }

    fn render(&self, ctx: &PageCtx<'_>, route: Route) -> String {
        let site = ctx.site;
        match route {
            Route::Listing(n) => layout(ctx, "Tin tức - Sự kiện", Charset::Utf8, &listing(ctx, n)),
            Route::Article(i) => {
                let page = &site.pages[i];
                layout(ctx, &page.article.title, page.charset, &article(ctx, i))
            }
            Route::Print(i) => print_view(&site.pages[i]),
            Route::Static(s) => layout(ctx, s.title, Charset::Utf8, &static_page(ctx, &s)),
        }
    }

    fn not_found(&self, ctx: &PageCtx<'_>) -> String {
        layout(
            ctx,
            "Lỗi",
            Charset::Utf8,
            "<div class=\"error-page\"><h2>Trang bạn tìm không tồn tại!</h2><p><a href=\"/Default.aspx\">Quay về trang chủ</a></p></div>\n",
        )
    }

    fn image_path(&self, page: &ArticlePage, file: &str) -> String {
        let date = page
            .article
            .published
            .map(|d| d.format("%Y/%m/%d").to_string())
            .unwrap_or_default();
        format!("/Uploads/images/tin-tuc/{date}/{file}")
    }

    fn server_headers(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("server", "Microsoft-IIS/10.0"),
            ("x-powered-by", "ASP.NET"),
            ("x-aspnet-version", "4.0.30319"),
            ("cache-control", "private"),
        ]
    }
}

fn link(page: &ArticlePage) -> String {
    esc(&page.path)
}

fn listing(ctx: &PageCtx<'_>, n: usize) -> String {
    let site = ctx.site;
    let mut items = String::new();
    for (_, page) in site.listing(n) {
        let a = &page.article;
        let thumb = a
            .images()
            .next()
            .map_or_else(|| NO_IMAGE.to_owned(), |(f, _, _)| site.style.image_path(page, f));
        items.push_str(&format!(
            "<div class=\"item-news row\">\n<div class=\"col-img\"><a href=\"{href}\" title=\"{title}\"><img src=\"{thumb}\" alt=\"{title}\" /></a></div>\n\
             <div class=\"col-info\"><h3><a href=\"{href}\" title=\"{title}\">{title}</a></h3>\n\
             <p class=\"date\">{date}</p>\n<p class=\"desc\">{desc}</p></div>\n</div>\n",
            href = link(page),
            title = esc(&a.title),
            thumb = esc(&thumb),
            date = page.list_date(DateForm::Weekday).unwrap_or_default(),
            desc = esc(&excerpt(a.teaser(), 200)),
        ));
    }
    if items.is_empty() {
        items.push_str("<p class=\"no-data\">Chưa có tin bài.</p>\n");
    }
    let last = site.listing_pages();
    let mut paging = String::from("<div class=\"paging\"><span>Trang:</span> ");
    if n > 1 {
        paging.push_str(&format!("<a href=\"{LISTING}?cm=12&amp;trang={}\">«</a> ", n - 1));
    }
    for p in 1..=last {
        if p == n {
            paging.push_str(&format!("<span class=\"active\">{p}</span> "));
        } else {
            paging.push_str(&format!("<a href=\"{LISTING}?cm=12&amp;trang={p}\">{p}</a> "));
        }
    }
    if n < last {
        paging.push_str(&format!("<a href=\"{LISTING}?cm=12&amp;trang={}\">»</a>", n + 1));
    }
    paging.push_str("</div>\n");
    format!(
        "<div class=\"box-center\"><div class=\"box-title\"><h2>Tin tức - Sự kiện</h2></div>\n<div class=\"list-news\">\n{items}</div>\n{paging}</div>\n"
    )
}

fn article(ctx: &PageCtx<'_>, i: usize) -> String {
    let site = ctx.site;
    let page = &site.pages[i];
    let a = &page.article;
    let mut body = blocks_html(a, |_, block| match block {
        Block::Paragraph(text) => format!("<p style=\"text-align: justify;\">{}</p>", esc(text)),
        Block::Spacer => "<p>&nbsp;</p>".to_owned(),
        Block::Image { file, alt, caption } => format!(
            "<figure class=\"image\" style=\"text-align: center;\"><img src=\"{}\" alt=\"{}\" width=\"650\" />\n<figcaption>{}</figcaption></figure>",
            esc(&site.style.image_path(page, file)),
            esc(if alt.is_empty() { caption } else { alt }),
            esc(caption)
        ),
    });
    if let Some(source) = &a.source {
        body.push_str(&format!(
            "\n<p style=\"text-align: right;\"><em>Nguồn: {}</em></p>",
            esc(source)
        ));
    }
    let author = if a.author.is_empty() {
        String::new()
    } else {
        let lines: String = a
            .author
            .iter()
            .map(|l| format!("<p><strong>{}</strong></p>", esc(l)))
            .collect();
        format!("<div class=\"author\">{lines}</div>\n")
    };
    let sapo = a
        .lead
        .as_deref()
        .map_or_else(String::new, |l| format!("<div class=\"sapo\">{}</div>\n", esc(l)));
    let others: String = site
        .pages
        .iter()
        .filter(|p| p.item_id != page.item_id)
        .map(|p| {
            format!(
                "<li><a href=\"{}\">{}</a> <span class=\"date\">({})</span></li>\n",
                link(p),
                esc(&p.article.title),
                p.list_date(DateForm::Weekday).unwrap_or_default()
            )
        })
        .collect();
    let url = ctx.abs(&page.path);
    format!(
        "<div class=\"news-detail\">\n<h1 class=\"title-detail\">{title}</h1>\n\
         <div class=\"date-detail\"><span class=\"date\">{date}</span> <span class=\"view\">{views} lượt xem</span></div>\n\
         <div class=\"rating-detail\"><ul class=\"list-rating\">\n<li>Đánh giá cho bài viết:</li>\n<li><span class=\"star\"><img src=\"/Images/star-off.gif\" alt=\"1\" /><img src=\"/Images/star-off.gif\" alt=\"2\" /><img src=\"/Images/star-off.gif\" alt=\"3\" /><img src=\"/Images/star-off.gif\" alt=\"4\" /><img src=\"/Images/star-off.gif\" alt=\"5\" /></span> 0 điểm ( 0 đánh giá )</li>\n</ul></div>\n\
         {sapo}<div class=\"content-detail\">\n{body}\n</div>\n{author}\
         <div class=\"tool-detail\"><a href=\"{PRINT}?id={id}\" target=\"_blank\">In bài</a> | <a href=\"javascript:void(0);\" onclick=\"ShowSendFriend({id});\">Gửi cho bạn bè</a> | <a href=\"#phanhoi\">Phản hồi</a></div>\n\
         <div class=\"share-detail\">{share}</div>\n\
         <div id=\"phanhoi\" class=\"feedback\"><div class=\"box-title\"><h3>Phản hồi</h3></div>\n<p>Thông tin người gửi phản hồi</p>\n<table class=\"feedback-form\">\n<tr><td>Họ và tên:</td><td><input type=\"text\" name=\"txtHoTen\" /></td></tr>\n<tr><td>Email:</td><td><input type=\"text\" name=\"txtEmail\" /></td></tr>\n<tr><td>Nội dung:</td><td><textarea name=\"txtNoiDung\" rows=\"4\" cols=\"50\"></textarea></td></tr>\n<tr><td>Mã xác nhận:</td><td><input type=\"text\" name=\"txtCaptcha\" /></td></tr>\n</table>\n<input type=\"button\" value=\"Gửi phản hồi\" onclick=\"__doPostBack('btnGuiPhanHoi','')\" /></div>\n\
         <div class=\"other-news\"><div class=\"box-title\"><h3>Các tin khác</h3></div>\n<ul>\n{others}</ul></div>\n</div>\n",
        title = esc(&a.title),
        date = page.date_text().unwrap_or_default(),
        views = page.views,
        id = page.item_id,
        share = chrome::share_links(&url, &a.title),
    )
}

fn static_page(ctx: &PageCtx<'_>, page: &StaticPage) -> String {
    let site = ctx.site;
    let item = |p: &ArticlePage| {
        format!(
            "<li><a href=\"{}\">{}</a> <span class=\"date\">({})</span></li>\n",
            link(p),
            esc(&p.article.title),
            p.list_date(DateForm::Weekday).unwrap_or_default()
        )
    };
    let content = match page.kind {
        StaticKind::Home => {
            let items: String = site.pages.iter().map(item).collect();
            format!(
                "<div class=\"box-title\"><h2><a href=\"{LISTING}?cm=12\">Tin tức - Sự kiện</a></h2></div>\n<ul class=\"home-news\">\n{items}</ul>\n"
            )
        }
        StaticKind::Category => {
            let items: String = in_category(&site.pages, page.title).map(|(_, p)| item(p)).collect();
            format!("<ul class=\"category-news\">\n{items}</ul>\n")
        }
        _ => static_body(page, INTRO, CONTACT),
    };
    format!(
        "<div class=\"box-center\"><div class=\"box-title\"><h2>{}</h2></div>\n<div class=\"static-content\">\n{content}</div></div>\n",
        esc(page.title)
    )
}

/// The print view (robots-disallowed). Served in the article's charset.
fn print_view(page: &ArticlePage) -> String {
    let a = &page.article;
    let charset = match page.charset {
        Charset::Utf8 => "utf-8",
        Charset::Windows1258 => "windows-1258",
    };
    let body: String = a
        .expected_body()
        .split("\n\n")
        .map(|p| format!("<p>{}</p>\n", esc(p)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"><title>In bài viết</title></head>\n<body onload=\"window.print();\">\n<h2>{}</h2>\n<p>{}</p>\n{body}</body></html>\n",
        esc(&a.title),
        page.date_text().unwrap_or_default()
    )
}

fn layout(ctx: &PageCtx<'_>, title: &str, charset: Charset, main: &str) -> String {
    let site = ctx.site;
    let seed = ctx.path_and_query;
    let meta = match charset {
        Charset::Utf8 => "<meta charset=\"utf-8\">",
        Charset::Windows1258 => "<meta charset=\"windows-1258\">",
    };
    let top_menu: String = MENU
        .iter()
        .map(|(label, href)| format!("<li><a href=\"{href}\">{}</a></li>\n", esc(label)))
        .collect();
    let most_viewed: String = {
        site.featured()
            .map(|p| format!("<li><a href=\"{}\">{}</a></li>\n", link(p), esc(&p.article.title)))
            .collect()
    };
    let visits = Visits::new(1_832_541, ctx.hits);
    let mut h = String::with_capacity(48 * 1024);
    h.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n");
    h.push_str(meta);
    h.push_str(&format!(
        "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title} - {name}</title>\n\
         <meta property=\"og:title\" content=\"{title}\" />\n<meta property=\"og:site_name\" content=\"{name}\" />\n<meta property=\"og:type\" content=\"article\" />\n\
         <link href=\"/Content/bootstrap.min.css\" rel=\"stylesheet\" />\n<link href=\"/Content/font-awesome.min.css\" rel=\"stylesheet\" />\n<link href=\"/Content/site.css?v=2.3\" rel=\"stylesheet\" />\n\
         <script src=\"/Scripts/jquery-3.4.1.min.js\"></script>\n<script src=\"/Scripts/bootstrap.min.js\"></script>\n",
        title = esc(title),
        name = esc(site.name),
    ));
    h.push_str("<style>\n");
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n<body>\n");
    h.push_str(&format!(
        "<form method=\"post\" action=\"{action}\" id=\"form1\">\n<div class=\"aspNetHidden\">\n\
         <input type=\"hidden\" name=\"__EVENTTARGET\" id=\"__EVENTTARGET\" value=\"\" />\n<input type=\"hidden\" name=\"__EVENTARGUMENT\" id=\"__EVENTARGUMENT\" value=\"\" />\n\
         <input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"{viewstate}\" />\n</div>\n\
         <script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['form1'];\nif (!theForm) {{ theForm = document.form1; }}\nfunction __doPostBack(eventTarget, eventArgument) {{\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }}\n}}\nfunction ShowSendFriend(id) {{ window.open('/GuiBan.aspx?id=' + id, 'guiban', 'width=500,height=400'); }}\n//]]>\n</script>\n\
         <div class=\"aspNetHidden\">\n<input type=\"hidden\" name=\"__VIEWSTATEGENERATOR\" id=\"__VIEWSTATEGENERATOR\" value=\"CA0B0334\" />\n<input type=\"hidden\" name=\"__EVENTVALIDATION\" id=\"__EVENTVALIDATION\" value=\"{validation}\" />\n</div>\n",
        action = esc(seed),
        viewstate = chrome::viewstate(seed, 8_000),
        validation = chrome::viewstate(&format!("ev{seed}"), 600),
    ));
    h.push_str(&format!(
        "<div id=\"wrapper\" class=\"container\">\n<header class=\"header\">\n\
         <div class=\"top-header\"><div class=\"site-title\"><p class=\"line1\">Trang Thông tin điện tử</p><p class=\"line2\">Huyện Kim Sơn</p></div>\n\
         <div class=\"today\">{today}</div>\n<div class=\"top-links\"><a href=\"{LOGIN}\">Đăng nhập</a></div></div>\n\
         <div class=\"banner\"><img src=\"/Images/banner-kimson.jpg\" alt=\"Trang thông tin điện tử huyện Kim Sơn\" /></div>\n\
         <nav class=\"main-menu\"><ul>\n{top_menu}</ul></nav>\n\
         <div class=\"welcome\"><marquee scrollamount=\"3\">Chào mừng bạn đến với Trang thông tin điện tử huyện Kim Sơn</marquee></div>\n</header>\n\
         <div class=\"main row\">\n<div class=\"col-left\">\n<div class=\"box\"><div class=\"box-title\"><h3>Danh mục</h3></div><ul class=\"left-menu\">\n{top_menu}</ul></div>\n\
         <div class=\"box\"><a href=\"https://dichvucong.ninhbinh.gov.vn/\" target=\"_blank\"><img src=\"/Images/mot-cua-dien-tu.jpg\" alt=\"Một cửa điện tử\" /></a><p>Một cửa điện tử</p></div>\n\
         <div class=\"box\"><a href=\"https://vpdt.ninhbinh.gov.vn/\" target=\"_blank\"><img src=\"/Images/van-ban-dien-tu.jpg\" alt=\"Văn bản điện tử\" /></a><p>Văn bản điện tử</p></div>\n</div>\n\
         <div class=\"col-center\">\n",
        today = ctx.today,
    ));
    h.push_str(main);
    h.push_str(&format!(
        "</div>\n<div class=\"col-right\">\n\
         <div class=\"box poll\"><div class=\"box-title\"><h3>Bình chọn</h3></div>\n<p>Bạn quan tâm mục gì nhất trong Website của chúng tôi?</p>\n\
         <label><input type=\"radio\" name=\"poll\" value=\"1\" /> Tin tức - Sự kiện</label><br />\n<label><input type=\"radio\" name=\"poll\" value=\"2\" /> Văn bản chỉ đạo điều hành</label><br />\n\
         <label><input type=\"radio\" name=\"poll\" value=\"3\" /> Thủ tục hành chính</label><br />\n<label><input type=\"radio\" name=\"poll\" value=\"4\" /> Ý kiến khác</label><br />\n\
         <input type=\"button\" value=\"Bình chọn\" onclick=\"__doPostBack('btnBinhChon','')\" /> <input type=\"button\" value=\"Xem kết quả\" onclick=\"__doPostBack('btnKetQua','')\" /></div>\n\
         <div class=\"box\"><div class=\"box-title\"><h3>Văn bản mới</h3></div><ul class=\"doc-list\">\n<li>Kế hoạch triển khai công tác dân vận năm 2024</li>\n<li>Kế hoạch thực hiện “Năm dân vận chính quyền” năm 2024</li>\n<li>Quyết định ban hành Bộ tiêu chí xã nông thôn mới kiểu mẫu</li>\n</ul><a class=\"more\" href=\"/van-ban-chi-dao-dieu-hanh.aspx\">Xem thêm</a></div>\n\
         <div class=\"box\"><div class=\"box-title\"><h3>Xem nhiều nhất</h3></div><ul class=\"most-viewed\">\n{most_viewed}</ul></div>\n\
         <div class=\"box\"><div class=\"box-title\"><h3>Liên kết website</h3></div><select onchange=\"window.open(this.value)\">\n{options}</select>\n<p><a href=\"https://ninhbinh.gov.vn/\" target=\"_blank\">Cổng thông tin điện tử tỉnh Ninh Bình</a></p></div>\n\
         <div class=\"box counter\"><div class=\"box-title\"><h3>Thống kê truy cập</h3></div>\n<p>Lượt truy cập: {total}</p>\n<p>Trực tuyến: {online}</p>\n<p>Hôm nay: {today}</p></div>\n\
         </div>\n</div>\n\
         <footer class=\"footer\"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Kim Sơn</p><p>Địa chỉ: Thị trấn Phát Diệm, huyện Kim Sơn, tỉnh Ninh Bình - Điện thoại: 0229.3862.221</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND - UBND huyện</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>\n\
         </div>\n</form>\n",
        options = chrome::link_options(&[("https://ninhbinh.gov.vn/", "Cổng TTĐT tỉnh Ninh Bình")]),
        total = visits.total,
        online = visits.online,
        today = visits.today,
    ));
    h.push_str(&chrome::analytics("UA-1832541-2"));
    h.push_str("</body>\n</html>\n");
    h
}

const CSS: &str = r#"body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222; background: #f5f5f5; margin: 0; }
a { color: #004a99; text-decoration: none; } a:hover { color: #e30000; }
#wrapper { max-width: 1140px; margin: 0 auto; background: #fff; padding: 0; }
.top-header { background: #b30000; color: #fff; padding: 8px 15px; overflow: hidden; }
.site-title { float: left; } .site-title .line1 { margin: 0; font-size: 16px; text-transform: uppercase; } .site-title .line2 { margin: 0; font-size: 26px; font-weight: bold; text-transform: uppercase; }
.today { float: right; margin-top: 18px; font-style: italic; } .top-links { float: right; margin: 18px 20px 0 0; } .top-links a { color: #fff; }
.banner img { width: 100%; display: block; }
.main-menu { background: #d90000; } .main-menu ul { list-style: none; margin: 0; padding: 0; overflow: hidden; }
.main-menu li { float: left; } .main-menu li a { display: block; padding: 10px 14px; color: #fff; font-weight: bold; text-transform: uppercase; font-size: 13px; }
.main-menu li a:hover { background: #ffcc00; color: #b30000; }
.welcome { background: #fffbe5; color: #b30000; padding: 4px 10px; font-weight: bold; }
.main { display: flex; padding: 10px; } .col-left { width: 220px; padding-right: 10px; } .col-center { flex: 1; padding: 0 10px; } .col-right { width: 260px; padding-left: 10px; }
.box { margin-bottom: 14px; border: 1px solid #e6e6e6; } .box-title { background: #f0f0f0; border-bottom: 2px solid #d90000; } .box-title h2, .box-title h3 { margin: 0; padding: 6px 10px; font-size: 14px; text-transform: uppercase; color: #b30000; }
.left-menu { list-style: none; margin: 0; padding: 0; } .left-menu li a { display: block; padding: 7px 10px; border-bottom: 1px dotted #ddd; }
.item-news { padding: 10px 0; border-bottom: 1px solid #eee; display: flex; } .col-img img { width: 170px; height: 115px; object-fit: cover; margin-right: 12px; }
.col-info h3 { margin: 0 0 4px; font-size: 16px; } .col-info .date { color: #999; font-size: 12px; margin: 0; } .col-info .desc { margin: 4px 0 0; text-align: justify; }
.paging { margin: 12px 0; text-align: center; } .paging a, .paging span { padding: 3px 8px; border: 1px solid #ddd; margin: 0 2px; } .paging .active { background: #d90000; color: #fff; }
.title-detail { font-size: 24px; color: #b30000; line-height: 1.3; margin: 8px 0; }
.date-detail { color: #888; font-size: 13px; } .date-detail .view { margin-left: 10px; }
.list-rating { list-style: none; padding: 0; margin: 6px 0; display: flex; gap: 10px; font-size: 12px; color: #666; } .star img { width: 14px; }
.sapo { font-weight: bold; text-align: justify; margin: 10px 0; line-height: 1.5; }
.content-detail { line-height: 1.7; text-align: justify; } .content-detail figure { margin: 10px auto; } .content-detail figcaption { font-style: italic; color: #555; font-size: 13px; }
.author { text-align: right; font-weight: bold; margin: 8px 0; } .author p { margin: 2px 0; }
.tool-detail { text-align: right; border-top: 1px solid #eee; padding-top: 6px; margin-top: 12px; } .share-detail a { margin-right: 8px; }
.feedback { margin-top: 14px; } .feedback-form td { padding: 3px; vertical-align: top; }
.other-news ul { padding-left: 18px; } .other-news li { padding: 3px 0; } .other-news .date { color: #999; font-size: 12px; }
.poll { padding-bottom: 8px; } .poll p, .poll label { padding: 0 10px; } .counter p { margin: 4px 10px; }
.footer { background: #b30000; color: #fff; text-align: center; padding: 12px; font-size: 13px; } .footer p { margin: 3px 0; }
"#;
