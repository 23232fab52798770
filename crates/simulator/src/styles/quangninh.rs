//! `quangninh`: a provincial agency site on SharePoint with the "/Trang/"
//! page library (Ban Dân vận Tỉnh ủy Quảng Ninh), table-based layout.
//!
//! * listing: `/Trang/TinTuc.aspx?dmid=2`, `&Page=2`; links relative to `/Trang/`;
//! * article: `/Trang/ChiTietTinTuc.aspx?nid=1234`; title `h1.ArticleTitle`,
//!   date `span.ArticleDate` (`19/06/2019 11:54`), body `div.ArticleContent`
//!   (no marked sapo), images in SharePoint RTE tables with the caption in the
//!   second row, right-aligned byline and "Nguồn:" paragraphs at the end of
//!   the body, breadcrumb `div.breadcrumb`, "Tin cùng chuyên mục" with dates;
//! * robots: `/Trang/InTin.aspx` (print view) and `/Trang/TimKiem.aspx` (search).

use crate::chrome::{self, Visits};
use crate::corpus::{Block, Corpus};
use crate::dates::DateForm;
use crate::site::{ArticlePage, Charset, PageCtx, Query, Route, Site, StaticKind, StaticPage, Style};
use crate::styles::{blocks_html, byline_html, in_category, static_body};
use crate::text::{esc, excerpt};

const LISTING: &str = "/Trang/TinTuc.aspx";
const ARTICLE: &str = "/Trang/ChiTietTinTuc.aspx";
const PRINT: &str = "/Trang/InTin.aspx";
const SEARCH: &str = "/Trang/TimKiem.aspx";
const HOME: &str = "/Trang/default.aspx";
const CHROME_IMAGES: &[&str] = &[
    "/Style%20Library/BDV/images/banner-bdv-quangninh.jpg",
    "/Style%20Library/BDV/images/logo-dang.png",
    "/Style%20Library/BDV/images/icon-new.gif",
    "/Style%20Library/BDV/images/bullet.gif",
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
        path: "/Trang/GioiThieu.aspx",
        title: "Chức năng, nhiệm vụ",
        kind: StaticKind::Intro,
    },
    StaticPage {
        path: "/Trang/Tin-hoat-dong.aspx",
        title: "Tin hoạt động",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/Trang/Dan-van-kheo.aspx",
        title: "Dân vận khéo",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/Trang/Dan-van-chinh-quyen.aspx",
        title: "Dân vận chính quyền",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/Trang/VanBan.aspx",
        title: "Văn bản",
        kind: StaticKind::Documents,
    },
    StaticPage {
        path: "/Trang/LienHe.aspx",
        title: "Liên hệ",
        kind: StaticKind::Contact,
    },
    StaticPage {
        path: SEARCH,
        title: "Tìm kiếm",
        kind: StaticKind::Search,
    },
];

/// `(label, href)` of the horizontal menu (root-relative: it is on every page).
const MENU: &[(&str, &str)] = &[
    ("Trang chủ", HOME),
    ("Giới thiệu", "/Trang/GioiThieu.aspx"),
    ("Tin tức", "/Trang/TinTuc.aspx?dmid=2"),
    ("Tin hoạt động", "/Trang/Tin-hoat-dong.aspx"),
    ("Dân vận khéo", "/Trang/Dan-van-kheo.aspx"),
    ("Dân vận chính quyền", "/Trang/Dan-van-chinh-quyen.aspx"),
    ("Văn bản", "/Trang/VanBan.aspx"),
    ("Liên hệ", "/Trang/LienHe.aspx"),
];

const INTRO: &[&str] = &[
    "Ban Dân vận Tỉnh ủy Quảng Ninh là cơ quan tham mưu, giúp việc của Tỉnh ủy, trực tiếp và thường xuyên là Ban Thường vụ, Thường trực Tỉnh ủy về công tác dân vận, dân tộc, tôn giáo.",
    "Ban có chức năng nghiên cứu, đề xuất, hướng dẫn, theo dõi, kiểm tra, giám sát việc thực hiện chủ trương, chính sách của Đảng về công tác dân vận; là cơ quan thường trực của Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh.",
];

const CONTACT: &[(&str, &str)] = &[
    ("Cơ quan", "Ban Dân vận Tỉnh ủy Quảng Ninh"),
    (
        "Địa chỉ",
        "Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long",
    ),
    ("Điện thoại", "0203.3835.532"),
    ("Email", "bandanvan@quangninh.gov.vn"),
];

/// The Quảng Ninh Ban Dân vận site and its three articles.
pub(crate) fn site(corpus: &Corpus) -> Site {
    let page = |key: &str, item_id: u32, category: &'static str, views: u32| ArticlePage {
        article: corpus.get(key),
        path: format!("{ARTICLE}?nid={item_id}"),
        item_id,
        category,
        date: Some(DateForm::DayTime),
        views,
        charset: Charset::Utf8,
    };
    let pages = vec![
        page("own-03-binhlieu-dan-van-kheo-dong-bao", 3187, "Dân vận khéo", 214),
        page(
            "own-04-dongtrieu-doi-thoai-nhan-dan-2024",
            3012,
            "Dân vận chính quyền",
            388,
        ),
        page("seed-000-quangninh-giao-ban-dan-van-2019", 1234, "Tin hoạt động", 2051),
    ];
    let mut site = Site {
        id: "quangninh",
        name: "Ban Dân vận Tỉnh ủy Quảng Ninh",
        province: "Quảng Ninh",
        start_path: format!("{LISTING}?dmid=2"),
        article_pattern: Some(r"/Trang/ChiTietTinTuc\.aspx\?nid=\d+$"),
        disallowed: vec![PRINT, SEARCH],
        marks_sapo: false,
        has_breadcrumb: true,
        page_size: 2,
        pages,
        statics: STATICS.to_vec(),
        images: Default::default(),
        style: Box::new(TrangSharePoint),
    };
    site.collect_images(CHROME_IMAGES);
    site
}

struct TrangSharePoint;

impl Style for TrangSharePoint {
    fn route(&self, site: &Site, path: &str, query: &Query) -> Option<Route> {
        if path.eq_ignore_ascii_case(LISTING) {
            return Some(Route::Listing(Query::page_number(query.get("Page"))));
        }
        let by_nid = || -> Option<usize> {
            let nid: u32 = query.get("nid")?.parse().ok()?;
            site.pages.iter().position(|p| p.item_id == nid)
        };
        if path.eq_ignore_ascii_case(ARTICLE) {
            return by_nid().map(Route::Article);
        }
        if path.eq_ignore_ascii_case(PRINT) {
            return by_nid().map(Route::Print);
        }
        site.static_at(path).map(Route::Static)
    }

    fn render(&self, ctx: &PageCtx<'_>, route: Route) -> String {
        let site = ctx.site;
        match route {
            Route::Listing(n) => layout(ctx, "Tin tức", &listing(ctx, n)),
            Route::Article(i) => layout(ctx, &site.pages[i].article.title, &article(ctx, i)),
            Route::Print(i) => print_view(&site.pages[i]),
            Route::Static(s) => layout(ctx, s.title, &static_page(ctx, &s)),
        }
    }

    fn not_found(&self, _ctx: &PageCtx<'_>) -> String {
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/><title>404 - File or directory not found.</title></head>\n<body><div id=\"header\"><h1>Server Error</h1></div><div id=\"content\"><div class=\"content-container\"><fieldset><h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3></fieldset></div></div></body></html>\n".to_owned()
    }

    fn image_path(&self, page: &ArticlePage, file: &str) -> String {
        let date = page
            .article
            .published
            .map(|d| d.format("%Y/%m").to_string())
            .unwrap_or_default();
        format!("/Uploads/Images/{date}/{file}")
    }

    fn server_headers(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("server", "Microsoft-IIS/7.5"),
            ("x-powered-by", "ASP.NET"),
            ("x-aspnet-version", "2.0.50727"),
            ("microsoftsharepointteamservices", "14.0.0.7015"),
            ("cache-control", "private"),
        ]
    }
}

/// A link to an article from a page under `/Trang/`: relative, as the
/// SharePoint list views write them.
fn relative_link(page: &ArticlePage) -> String {
    format!("ChiTietTinTuc.aspx?nid={}", page.item_id)
}

fn listing(ctx: &PageCtx<'_>, n: usize) -> String {
    let site = ctx.site;
    let mut rows = String::new();
    for (_, page) in site.listing(n) {
        let a = &page.article;
        let thumb = a.images().next().map_or_else(
            || CHROME_IMAGES[0].to_owned(),
            |(f, _, _)| site.style.image_path(page, f),
        );
        rows.push_str(&format!(
            "<tr><td class=\"tdAnh\" valign=\"top\" width=\"150\"><a href=\"{href}\"><img src=\"{thumb}\" width=\"140\" height=\"95\" border=\"0\" alt=\"\" /></a></td>\n\
             <td valign=\"top\"><a class=\"TieuDeTin\" href=\"{href}\">{title}</a> <img src=\"/Style%20Library/BDV/images/icon-new.gif\" alt=\"\" /><br />\n\
             <span class=\"NgayDang\">{date}</span>\n<div class=\"TomTat\">{desc}</div></td></tr>\n",
            href = relative_link(page),
            thumb = esc(&thumb),
            title = esc(&a.title),
            date = page.list_date(DateForm::DayTime).unwrap_or_default(),
            desc = esc(&excerpt(a.teaser(), 260)),
        ));
    }
    if rows.is_empty() {
        rows.push_str("<tr><td colspan=\"2\">Không có dữ liệu</td></tr>\n");
    }
    let last = site.listing_pages();
    let mut paging = String::from("<div class=\"PhanTrang\">Trang: ");
    for p in 1..=last {
        if p == n {
            paging.push_str(&format!("<b>[{p}]</b> "));
        } else {
            paging.push_str(&format!("<a href=\"TinTuc.aspx?dmid=2&amp;Page={p}\">{p}</a> "));
        }
    }
    if n < last {
        paging.push_str(&format!("<a href=\"TinTuc.aspx?dmid=2&amp;Page={}\">Tiếp »</a>", n + 1));
    }
    paging.push_str("</div>\n");
    format!(
        "<div class=\"breadcrumb\"><a href=\"{HOME}\">Trang chủ</a> » <span class=\"current\">Tin tức</span></div>\n\
         <div class=\"KhungTin\"><div class=\"TieuDeKhung\">TIN TỨC</div>\n\
         <table class=\"DanhSachTin\" width=\"100%\" cellpadding=\"4\" cellspacing=\"0\" border=\"0\">\n{rows}</table>\n{paging}</div>\n"
    )
}

fn article(ctx: &PageCtx<'_>, i: usize) -> String {
    let site = ctx.site;
    let page = &site.pages[i];
    let a = &page.article;
    let mut body = String::new();
    if let Some(lead) = &a.lead {
        body.push_str(&format!("<p style=\"text-align: justify;\">{}</p>\n", esc(lead)));
    }
    body.push_str(&blocks_html(a, |n, block| match block {
        Block::Paragraph(text) if n % 4 == 3 => {
            format!("<div style=\"text-align: justify;\">{}</div>", esc(text))
        }
        Block::Paragraph(text) => format!(
            "<p style=\"text-align: justify;\"><span style=\"font-size: 12pt;\">{}</span></p>",
            esc(text)
        ),
        Block::Spacer => "<p style=\"text-align: justify;\">&nbsp;</p>".to_owned(),
        Block::Image { file, alt, caption } => format!(
            "<table class=\"ms-rteTable-default\" align=\"center\" cellspacing=\"0\" style=\"width: 600px;\"><tbody>\n\
             <tr class=\"ms-rteTableEvenRow-default\"><td class=\"ms-rteTableEvenCol-default\"><img src=\"{}\" alt=\"{}\" style=\"width: 600px; height: 400px;\" /></td></tr>\n\
             <tr class=\"ms-rteTableOddRow-default\"><td class=\"ms-rteTableEvenCol-default\" style=\"text-align: center;\"><em>{}</em></td></tr>\n</tbody></table>",
            esc(&site.style.image_path(page, file)),
            esc(alt),
            esc(caption)
        ),
    }));
    let related: String = site
        .pages
        .iter()
        .filter(|p| p.item_id != page.item_id)
        .map(|p| {
            format!(
                "<li><img src=\"/Style%20Library/BDV/images/bullet.gif\" alt=\"\" /> <a href=\"{}\">{}</a> <span class=\"NgayDang\">({})</span></li>\n",
                relative_link(p),
                esc(&p.article.title),
                p.list_date(DateForm::DayTime).unwrap_or_default()
            )
        })
        .collect();
    let url = ctx.abs(&page.path);
    format!(
        "<div class=\"breadcrumb\"><a href=\"{HOME}\">Trang chủ</a> » <a href=\"TinTuc.aspx?dmid=2\">Tin tức</a> » <span class=\"current\">{category}</span></div>\n\
         <table class=\"tblChiTiet\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>\n<div class=\"ChiTietTin\">\n\
         <div class=\"TieuDe\"><h1 class=\"ArticleTitle\"><span id=\"ctl00_PlaceHolderMain_ctl00_lblTieuDe\">{title}</span></h1></div>\n\
         <div class=\"NgayDang\"><span class=\"ArticleDate\">{date}</span> &nbsp;|&nbsp; <span class=\"LuotXem\">Lượt xem: {views}</span></div>\n\
         <div class=\"ArticleContent\" id=\"ctl00_PlaceHolderMain_ctl00_divNoiDung\">\n{body}\n{byline}</div>\n\
         <div class=\"CongCu\"><a href=\"InTin.aspx?nid={id}\" target=\"_blank\">In trang</a> | <a href=\"javascript:history.back();\">Quay lại</a> | <a href=\"#top\">Về đầu trang</a></div>\n\
         <div class=\"ChiaSe\">{share}</div>\n\
         <div class=\"TinCungChuyenMuc\"><div class=\"TieuDeKhung\">Tin cùng chuyên mục</div>\n<ul>\n{related}</ul></div>\n\
         </div>\n</td></tr></table>\n",
        category = esc(page.category),
        title = esc(&a.title),
        date = page.date_text().unwrap_or_default(),
        views = page.views,
        id = page.item_id,
        byline = byline_html(a, esc),
        share = chrome::share_links(&url, &a.title),
    )
}

fn static_page(ctx: &PageCtx<'_>, page: &StaticPage) -> String {
    let site = ctx.site;
    let link = |p: &ArticlePage| {
        format!(
            "<li><a href=\"{ARTICLE}?nid={}\">{}</a> <span class=\"NgayDang\">({})</span></li>\n",
            p.item_id,
            esc(&p.article.title),
            p.list_date(DateForm::DayTime).unwrap_or_default()
        )
    };
    let content = match page.kind {
        StaticKind::Home => {
            let items: String = site.pages.iter().map(link).collect();
            format!(
                "<div class=\"KhungTin\"><div class=\"TieuDeKhung\"><a href=\"{LISTING}?dmid=2\">TIN MỚI</a></div>\n<ul class=\"TinMoi\">\n{items}</ul></div>\n"
            )
        }
        StaticKind::Category => {
            let items: String = in_category(&site.pages, page.title).map(|(_, p)| link(p)).collect();
            format!("<ul class=\"TinChuyenMuc\">\n{items}</ul>\n")
        }
        _ => static_body(page, INTRO, CONTACT),
    };
    format!(
        "<div class=\"breadcrumb\"><a href=\"{HOME}\">Trang chủ</a> » <span class=\"current\">{title}</span></div>\n\
         <div class=\"KhungTin\"><div class=\"TieuDeKhung\">{upper}</div>\n<div class=\"NoiDungTinh\">\n{content}</div></div>\n",
        title = esc(page.title),
        upper = esc(&page.title.to_uppercase()),
    )
}

/// The print view (robots-disallowed).
fn print_view(page: &ArticlePage) -> String {
    let a = &page.article;
    let body: String = a
        .expected_body()
        .split("\n\n")
        .map(|p| format!("<p>{}</p>\n", esc(p)))
        .collect();
    format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" /><title>In tin</title></head>\n\
         <body onload=\"window.print()\"><table width=\"700\" align=\"center\"><tr><td>\n<h2>{}</h2>\n<i>{}</i>\n{body}</td></tr></table></body></html>\n",
        esc(&a.title),
        page.date_text().unwrap_or_default()
    )
}

fn layout(ctx: &PageCtx<'_>, title: &str, main: &str) -> String {
    let site = ctx.site;
    let seed = ctx.path_and_query;
    let menu: String = MENU
        .iter()
        .map(|(label, href)| format!("<td class=\"menu-item\"><a href=\"{href}\">{}</a></td>\n", esc(label)))
        .collect();
    let hot: String = site
        .featured()
        .map(|p| {
            format!(
                "<li><a href=\"{ARTICLE}?nid={}\">{}</a></li>\n",
                p.item_id,
                esc(&p.article.title)
            )
        })
        .collect();
    let visits = Visits::new(48_774_708, ctx.hits);
    let mut h = String::with_capacity(40 * 1024);
    h.push_str("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n");
    h.push_str("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" lang=\"vi-VN\" dir=\"ltr\">\n<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" /><meta name=\"GENERATOR\" content=\"Microsoft SharePoint\" /><meta name=\"progid\" content=\"SharePoint.WebPartPage.Document\" /><meta http-equiv=\"Expires\" content=\"0\" />\n");
    h.push_str(&format!("<title>\n\t{} - {}\n</title>\n", esc(title), esc(site.name)));
    h.push_str("<link rel=\"stylesheet\" type=\"text/css\" href=\"/_layouts/1066/styles/core.css?rev=5msmprmeONfN6lJ3wtbAlA%3D%3D\"/>\n<script type=\"text/javascript\" language=\"javascript\" src=\"/_layouts/1066/init.js?rev=-ZBxo8bL%2FmQKSDFv4k1qKg%3D%3D\"></script>\n<script type=\"text/javascript\" language=\"javascript\" src=\"/_layouts/1066/core.js?rev=PQia%2B0EyudqxiQyTfOSR%2Fw%3D%3D\" defer=\"defer\"></script>\n<script type=\"text/javascript\" src=\"/Style%20Library/BDV/js/jquery.min.js\"></script>\n");
    h.push_str("<style type=\"text/css\">\n");
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n<body scroll=\"yes\" onload=\"javascript:_spBodyOnLoadWrapper();\">\n");
    h.push_str(&format!(
        "<form name=\"aspnetForm\" method=\"post\" action=\"{action}\" onsubmit=\"javascript:return WebForm_OnSubmit();\" id=\"aspnetForm\">\n<div>\n\
         <input type=\"hidden\" name=\"MSOWebPartPage_PostbackSource\" id=\"MSOWebPartPage_PostbackSource\" value=\"\" />\n\
         <input type=\"hidden\" name=\"MSOTlPn_SelectedWpId\" id=\"MSOTlPn_SelectedWpId\" value=\"\" />\n\
         <input type=\"hidden\" name=\"__REQUESTDIGEST\" id=\"__REQUESTDIGEST\" value=\"0x{digest},19 Jun 2019 04:54:00 -0000\" />\n\
         <input type=\"hidden\" name=\"__EVENTTARGET\" id=\"__EVENTTARGET\" value=\"\" />\n<input type=\"hidden\" name=\"__EVENTARGUMENT\" id=\"__EVENTARGUMENT\" value=\"\" />\n\
         <input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"{viewstate}\" />\n</div>\n\
         <script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nif (!theForm) {{ theForm = document.aspnetForm; }}\nfunction __doPostBack(eventTarget, eventArgument) {{\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }}\n}}\nvar L_Menu_BaseUrl=\"\";\nvar L_Menu_LCID=\"1066\";\nvar L_Menu_SiteTheme=\"\";\n//]]>\n</script>\n",
        action = esc(seed),
        digest = chrome::token(seed, 128).to_uppercase(),
        viewstate = chrome::viewstate(seed, 7_000),
    ));
    h.push_str(&format!(
        "<a name=\"top\"></a>\n<table class=\"MainTable\" width=\"1000\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n\
         <tr><td class=\"TopBar\"><span class=\"NgayHienTai\">{today}</span><span class=\"TopLinks\"><a href=\"{HOME}\">Trang chủ</a> | <a href=\"{SEARCH}?loai=nangcao\">Tìm kiếm nâng cao</a> | <a href=\"/Trang/LienHe.aspx\">Liên hệ</a></span></td></tr>\n\
         <tr><td class=\"Banner\"><a href=\"{HOME}\"><img src=\"/Style%20Library/BDV/images/logo-dang.png\" alt=\"\" class=\"logo\" /><img src=\"/Style%20Library/BDV/images/banner-bdv-quangninh.jpg\" alt=\"Ban Dân vận Tỉnh ủy Quảng Ninh\" width=\"1000\" height=\"160\" /></a></td></tr>\n\
         <tr><td class=\"MenuBar\"><table cellpadding=\"0\" cellspacing=\"0\"><tr>\n{menu}</tr></table></td></tr>\n\
         <tr><td class=\"ChayChu\"><marquee scrollamount=\"2\">Chào mừng kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng và 26 năm “Ngày Dân vận của cả nước”</marquee></td></tr>\n\
         <tr><td><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>\n<td class=\"CotTrai\" valign=\"top\" width=\"700\">\n",
        today = ctx.today,
    ));
    h.push_str(main);
    h.push_str(&format!(
        "</td>\n<td class=\"CotPhai\" valign=\"top\" width=\"300\">\n\
         <div class=\"Khung\"><div class=\"TieuDeKhung\">Tìm kiếm</div><div class=\"NoiDungKhung\"><p>Tìm kiếm theo chuyên mục - nội dung - ngày tháng</p><input type=\"text\" name=\"txtTuKhoa\" /> <a href=\"{SEARCH}\">Tìm</a></div></div>\n\
         <div class=\"Khung\"><div class=\"TieuDeKhung\">Tin Nóng</div><ul class=\"TinNong\">\n{hot}</ul></div>\n\
         <div class=\"Khung\"><div class=\"TieuDeKhung\">Tin tiêu điểm</div><div class=\"NoiDungKhung\"><a href=\"/Trang/Dan-van-kheo.aspx\">Gương điển hình “Dân vận khéo”</a></div></div>\n\
         <div class=\"Khung\"><div class=\"TieuDeKhung\">Lịch công tác</div><div class=\"NoiDungKhung\">Lịch công tác trống</div></div>\n\
         <div class=\"Khung\"><div class=\"TieuDeKhung\">Website liên kết</div><div class=\"NoiDungKhung\"><select onchange=\"window.open(this.value)\">\n{options}</select>\n\
         <p><a href=\"https://www.quangninh.gov.vn/\" target=\"_blank\">Cổng thông tin điện tử tỉnh Quảng Ninh</a></p></div></div>\n\
         <div class=\"Khung\"><div class=\"TieuDeKhung\">Thống kê truy cập</div><div class=\"NoiDungKhung ThongKe\">Hôm nay: {today}<br />Đã truy cập: {total}.</div></div>\n\
         </td></tr></table></td></tr>\n\
         <tr><td class=\"Footer\"><p><strong>BAN DÂN VẬN TỈNH ỦY QUẢNG NINH</strong></p><p>Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh</p><p>Điện thoại: 0203.3835.532 - Fax: 0203.3835.533 - Email: bandanvan@quangninh.gov.vn</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></td></tr>\n\
         </table>\n</form>\n",
        options = chrome::link_options(&[("https://www.quangninh.gov.vn/", "Cổng TTĐT tỉnh Quảng Ninh")]),
        today = visits.today,
        total = visits.total,
    ));
    h.push_str(&chrome::analytics("UA-48774708-1"));
    h.push_str("</body>\n</html>\n");
    h
}

const CSS: &str = r#"body { margin: 0; background: #e9e9e9; font-family: Tahoma, Arial, sans-serif; font-size: 12px; color: #222; }
a { color: #1a4f8b; text-decoration: none; } a:hover { color: #d00; }
.MainTable { background: #fff; }
.TopBar { background: #a50000; color: #fff; height: 26px; padding: 0 8px; } .TopBar a { color: #fff; } .NgayHienTai { float: left; line-height: 26px; font-style: italic; } .TopLinks { float: right; line-height: 26px; }
.Banner { position: relative; } .Banner .logo { position: absolute; left: 16px; top: 30px; width: 90px; }
.MenuBar { background: url('/Style Library/BDV/images/bg-menu.gif') repeat-x; background-color: #c40000; height: 34px; }
.MenuBar td.menu-item a { display: block; padding: 0 12px; line-height: 34px; color: #fff; font-weight: bold; text-transform: uppercase; border-right: 1px solid #e04a4a; }
.MenuBar td.menu-item a:hover { background: #ffd200; color: #a50000; }
.ChayChu { background: #fff7d6; color: #a50000; font-weight: bold; padding: 3px 8px; border-bottom: 1px solid #f1d98a; }
.CotTrai { padding: 10px; border-right: 1px solid #eee; } .CotPhai { padding: 10px; background: #fafafa; }
.breadcrumb { padding: 4px 0 8px; color: #666; border-bottom: 1px dotted #bbb; margin-bottom: 8px; } .breadcrumb .current { color: #a50000; font-weight: bold; }
.KhungTin, .Khung { margin-bottom: 12px; border: 1px solid #e2c9c9; }
.TieuDeKhung { background: #c40000; color: #fff; font-weight: bold; padding: 5px 8px; text-transform: uppercase; } .TieuDeKhung a { color: #fff; }
.NoiDungKhung { padding: 8px; } .Khung ul { margin: 0; padding: 6px 8px 6px 22px; } .Khung li { padding: 3px 0; border-bottom: 1px dotted #ddd; }
.DanhSachTin td { border-bottom: 1px dotted #ccc; } .TieuDeTin { font-weight: bold; font-size: 13px; } .NgayDang { color: #888; font-size: 11px; } .TomTat { margin-top: 4px; text-align: justify; }
.PhanTrang { padding: 10px; text-align: right; } .PhanTrang a { padding: 0 4px; }
.ArticleTitle { font-size: 20px; color: #a50000; margin: 6px 0; line-height: 1.3; } .ArticleDate { color: #777; font-style: italic; } .LuotXem { color: #777; }
.ArticleContent { font-size: 13px; line-height: 1.6; text-align: justify; margin-top: 10px; } .ArticleContent img { max-width: 100%; }
.ms-rteTable-default { border-collapse: collapse; margin: 8px auto; } .ms-rteTable-default td { padding: 2px; }
.CongCu { text-align: right; padding: 6px 0; border-top: 1px solid #eee; margin-top: 10px; } .ChiaSe a { margin-right: 6px; }
.TinCungChuyenMuc ul { margin: 0; padding: 6px 8px; list-style: none; } .TinCungChuyenMuc li { padding: 3px 0; }
.ThongKe { line-height: 1.8; } .document-table { width: 100%; border-collapse: collapse; } .contact-table .label { font-weight: bold; }
.Footer { background: #a50000; color: #fff; text-align: center; padding: 10px; } .Footer p { margin: 2px 0; }
"#;
