//! `tandan`: a district portal on SharePoint 2013 with the Tân Dân portal
//! product (Cổng thông tin điện tử huyện Hoằng Hóa, Thanh Hóa).
//!
//! * listing: `/portal/Pages/Tin-tuc-su-kien.aspx`, `?PageIndex=2` (relative links);
//! * article: `/portal/Pages/2020-12-31/Slug-abc123.aspx`; title in
//!   `div.tandan-title-view`, date `div.tandan-date` ("Đăng lúc: …"), sapo
//!   `div.tandan-TextTrichDan`, body `div.ms-rtestate-field`, byline as
//!   right-aligned bold paragraphs at the end of the body, breadcrumb
//!   `div.tandan-breadcrumb`, "Các tin khác" with dates;
//! * robots: `/portal/_layouts/` (login, print view) and `/portal/Pages/private/`.

use crate::chrome::{self, Visits};
use crate::corpus::{Block, Corpus};
use crate::dates::DateForm;
use crate::site::{ArticlePage, Charset, PageCtx, Query, Route, Site, StaticKind, StaticPage, Style};
use crate::styles::{blocks_html, byline_html, in_category, static_body};
use crate::text::{esc, excerpt, slugify};

const LISTING: &str = "/portal/Pages/Tin-tuc-su-kien.aspx";
const HOME: &str = "/portal/Pages/default.aspx";
const PRINT: &str = "/portal/_layouts/15/TD.Portal/InTinBai.aspx";
const LOGIN: &str = "/portal/_layouts/15/Authenticate.aspx";
const NO_IMAGE: &str = "/portal/PublishingImages/no-image.jpg";
const CHROME_IMAGES: &[&str] = &[
    "/portal/PublishingImages/banner/banner-hoanghoa.jpg",
    "/portal/PublishingImages/banner/quoc-huy.png",
    "/portal/PublishingImages/icons/icon-print.gif",
    "/portal/PublishingImages/icons/icon-email.gif",
    "/portal/PublishingImages/video/video-hoanghoa.jpg",
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
        path: "/portal/Pages/Gioi-thieu.aspx",
        title: "Giới thiệu chung",
        kind: StaticKind::Intro,
    },
    StaticPage {
        path: "/portal/Pages/Cong-tac-dan-van.aspx",
        title: "Công tác dân vận",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/portal/Pages/Nong-thon-moi.aspx",
        title: "Nông thôn mới",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/portal/Pages/An-sinh-xa-hoi.aspx",
        title: "An sinh xã hội",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/portal/Pages/Van-ban-chi-dao-dieu-hanh.aspx",
        title: "Văn bản chỉ đạo điều hành",
        kind: StaticKind::Documents,
    },
    StaticPage {
        path: "/portal/Pages/Lien-he.aspx",
        title: "Liên hệ",
        kind: StaticKind::Contact,
    },
    StaticPage {
        path: LOGIN,
        title: "Đăng nhập",
        kind: StaticKind::Login,
    },
    StaticPage {
        path: "/portal/Pages/private/Lich-cong-tac-noi-bo.aspx",
        title: "Lịch công tác nội bộ",
        kind: StaticKind::Restricted,
    },
];

/// `(label, href)` of a menu entry.
type MenuLink = (&'static str, &'static str);

/// `(label, href, children)` of the main menu.
const MENU: &[(&str, &str, &[MenuLink])] = &[
    ("Trang chủ", HOME, &[]),
    (
        "Giới thiệu",
        "javascript:void(0);",
        &[
            ("Giới thiệu chung", "/portal/Pages/Gioi-thieu.aspx"),
            ("Liên hệ", "/portal/Pages/Lien-he.aspx"),
        ],
    ),
    (
        "Tin tức - Sự kiện",
        LISTING,
        &[
            ("Công tác dân vận", "/portal/Pages/Cong-tac-dan-van.aspx"),
            ("Nông thôn mới", "/portal/Pages/Nong-thon-moi.aspx"),
            ("An sinh xã hội", "/portal/Pages/An-sinh-xa-hoi.aspx"),
        ],
    ),
    ("Chỉ đạo điều hành", "/portal/Pages/Van-ban-chi-dao-dieu-hanh.aspx", &[]),
    ("Dịch vụ công", "https://dichvucong.thanhhoa.gov.vn/", &[]),
    ("Liên hệ", "/portal/Pages/Lien-he.aspx", &[]),
];

const INTRO: &[&str] = &[
    "Hoằng Hóa là huyện đồng bằng ven biển của tỉnh Thanh Hóa, phía Bắc giáp huyện Hậu Lộc, phía Nam giáp thành phố Thanh Hóa và thành phố Sầm Sơn, phía Tây giáp huyện Thiệu Hóa, phía Đông giáp biển Đông với 12 km bờ biển.",
    "Huyện có diện tích tự nhiên 224,6 km2, dân số trên 250 nghìn người, gồm 36 xã và 1 thị trấn. Hoằng Hóa là vùng đất khoa bảng, có truyền thống văn hóa, cách mạng lâu đời.",
    "Những năm qua, Đảng bộ, chính quyền và Nhân dân huyện Hoằng Hóa đoàn kết, nỗ lực phấn đấu hoàn thành xây dựng huyện nông thôn mới, đẩy mạnh phát triển công nghiệp, dịch vụ, du lịch biển.",
];

const CONTACT: &[(&str, &str)] = &[
    ("Cơ quan chủ quản", "Ủy ban nhân dân huyện Hoằng Hóa"),
    ("Địa chỉ", "Thị trấn Bút Sơn, huyện Hoằng Hóa, tỉnh Thanh Hóa"),
    ("Điện thoại", "0237.3865.107"),
    ("Email", "hoanghoa@thanhhoa.gov.vn"),
];

/// The Hoằng Hóa portal and its three articles.
pub(crate) fn site(corpus: &Corpus) -> Site {
    let page = |key: &str, item_id: u32, category: &'static str| {
        let article = corpus.get(key);
        let published = article.published.expect("Tân Dân articles all carry a date");
        let mut slug = slugify(&article.title, true);
        if slug.len() > 90 {
            let cut = slug[..90].rfind('-').unwrap_or(90);
            slug.truncate(cut);
        }
        let path = format!(
            "/portal/Pages/{}/{slug}-{}.aspx",
            published.format("%Y-%m-%d"),
            chrome::token(key, 6)
        );
        ArticlePage {
            article,
            path,
            item_id,
            category,
            date: Some(DateForm::Posted),
            views: 0,
            charset: Charset::Utf8,
        }
    };
    let pages = vec![
        page("own-01-hoangdat-nong-thon-moi-kieu-mau", 1532, "Nông thôn mới"),
        page("own-02-hoanghoa-qua-tet-ho-ngheo-2024", 1498, "An sinh xã hội"),
        page("seed-001-hoanghoa-hoi-nghi-truc-tuyen-dan-van", 872, "Công tác dân vận"),
    ];
    let mut site = Site {
        id: "tandan",
        name: "Cổng thông tin điện tử huyện Hoằng Hóa",
        province: "Thanh Hóa",
        start_path: LISTING.to_owned(),
        article_pattern: None,
        disallowed: vec!["/portal/_layouts/", "/portal/Pages/private/"],
        marks_sapo: true,
        has_breadcrumb: true,
        page_size: 2,
        pages,
        statics: STATICS.to_vec(),
        images: Default::default(),
        style: Box::new(TanDan),
    };
    site.collect_images(CHROME_IMAGES);
    site
}

struct TanDan;

impl Style for TanDan {
    fn route(&self, site: &Site, path: &str, query: &Query) -> Option<Route> {
        if path.eq_ignore_ascii_case(LISTING) {
            return Some(Route::Listing(Query::page_number(query.get("PageIndex"))));
        }
        if path.eq_ignore_ascii_case(PRINT) {
            let id: u32 = query.get("ItemID")?.parse().ok()?;
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
            Route::Listing(n) => layout(ctx, "Tin tức - Sự kiện", &listing(ctx, n)),
            Route::Article(i) => {
                let page = &site.pages[i];
                layout(ctx, &page.article.title, &article(ctx, i))
            }
            Route::Print(i) => print_view(&site.pages[i]),
            Route::Static(s) => layout(ctx, s.title, &static_page(ctx, &s)),
        }
    }

    fn not_found(&self, ctx: &PageCtx<'_>) -> String {
        layout(
            ctx,
            "Không tìm thấy trang",
            "<div class=\"tandan-error\"><h2>Không tìm thấy trang</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p></div>",
        )
    }

    fn image_path(&self, page: &ArticlePage, file: &str) -> String {
        let date = page
            .article
            .published
            .map(|d| d.format("%Y/%m").to_string())
            .unwrap_or_default();
        format!("/portal/PublishingImages/{date}/{file}")
    }

    fn server_headers(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("server", "Microsoft-IIS/8.5"),
            ("x-powered-by", "ASP.NET"),
            ("microsoftsharepointteamservices", "15.0.0.4569"),
            ("x-ms-invokeapp", "1; RequireReadOnly"),
            ("cache-control", "private, max-age=0"),
        ]
    }
}

/// Relative link from `/portal/Pages/…` pages: listing pages link articles by
/// root-relative paths, like the Tân Dân content query web part.
fn item_link(page: &ArticlePage) -> String {
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
            "<div class=\"tandan-news-item clearfix\">\n\
             <div class=\"tandan-news-img\"><a href=\"{href}\"><img src=\"{thumb}\" alt=\"{title}\" width=\"180\" height=\"120\" /></a></div>\n\
             <div class=\"tandan-news-info\">\n<h3 class=\"tandan-news-title\"><a href=\"{href}\" title=\"{title}\">{title}</a></h3>\n\
             <span class=\"tandan-news-date\">({date})</span>\n\
             <div class=\"tandan-news-desc\">{desc}</div>\n</div>\n</div>\n",
            href = item_link(page),
            thumb = esc(&thumb),
            title = esc(&a.title),
            date = page.list_date(DateForm::DashTime).unwrap_or_default(),
            desc = esc(&excerpt(a.teaser(), 220)),
        ));
    }
    if items.is_empty() {
        items.push_str("<div class=\"tandan-empty\">Không có tin bài nào.</div>\n");
    }
    let last = site.listing_pages();
    let mut paging = String::from("<div class=\"tandan-paging\">\n");
    if n > 1 {
        paging.push_str("<a href=\"?PageIndex=1\">Trang đầu</a>\n");
        paging.push_str(&format!("<a href=\"?PageIndex={}\">« Trang trước</a>\n", n - 1));
    }
    for p in 1..=last {
        if p == n {
            paging.push_str(&format!("<span class=\"current\">{p}</span>\n"));
        } else {
            paging.push_str(&format!("<a href=\"?PageIndex={p}\">{p}</a>\n"));
        }
    }
    if n < last {
        paging.push_str(&format!("<a href=\"?PageIndex={}\">Trang sau »</a>\n", n + 1));
        paging.push_str(&format!("<a href=\"?PageIndex={last}\">Trang cuối</a>\n"));
    }
    paging.push_str("</div>\n");
    format!(
        "{crumb}<div class=\"tandan-category-title\"><h2>Tin tức - Sự kiện</h2></div>\n\
         <div class=\"tandan-list-news\">\n{items}</div>\n{paging}",
        crumb = breadcrumb(None),
    )
}

fn breadcrumb(current: Option<&str>) -> String {
    let mut out = format!(
        "<div class=\"tandan-breadcrumb breadcrumb\"><span><a href=\"{HOME}\">Trang chủ</a></span><span class=\"tandan-breadcrumb-sep\"> › </span>"
    );
    match current {
        Some(category) => out.push_str(&format!(
            "<span><a href=\"{LISTING}\">Tin tức - Sự kiện</a></span><span class=\"tandan-breadcrumb-sep\"> › </span><span class=\"tandan-breadcrumb-current\">{}</span>",
            esc(category)
        )),
        None => out.push_str("<span class=\"tandan-breadcrumb-current\">Tin tức - Sự kiện</span>"),
    }
    out.push_str("</div>\n");
    out
}

fn article(ctx: &PageCtx<'_>, i: usize) -> String {
    let site = ctx.site;
    let page = &site.pages[i];
    let a = &page.article;
    let body = blocks_html(a, |n, block| match block {
        Block::Paragraph(text) if n % 3 == 1 => format!(
            "<p style=\"text-align: justify;\"><span style=\"font-family: arial, helvetica, sans-serif; font-size: 14px;\">{}</span></p>",
            esc(text)
        ),
        Block::Paragraph(text) => format!("<p style=\"text-align: justify;\">{}</p>", esc(text)),
        Block::Spacer => "<p>&nbsp;</p>".to_owned(),
        Block::Image { file, alt, caption } => format!(
            "<p style=\"text-align: center;\"><img alt=\"{}\" src=\"{}\" style=\"margin: 5px; width: 600px; height: 400px;\" /></p>\n<p style=\"text-align: center;\"><em>{}</em></p>",
            esc(alt),
            esc(&site.style.image_path(page, file)),
            esc(caption)
        ),
    });
    let lead = a.lead.as_deref().map_or_else(String::new, |lead| {
        format!("<div class=\"tandan-TextTrichDan\">{}</div>\n", esc(lead))
    });
    let url = ctx.abs(&page.path);
    let others: String = site
        .pages
        .iter()
        .filter(|p| p.item_id != page.item_id)
        .map(|p| {
            format!(
                "<li><a href=\"{}\">{}</a> <span class=\"tandan-date-other\">({})</span></li>\n",
                item_link(p),
                esc(&p.article.title),
                p.list_date(DateForm::DashTime).unwrap_or_default()
            )
        })
        .collect();
    format!(
        "{crumb}<div class=\"ms-webpart-zone ms-fullWidth\">\n<div id=\"MSOZoneCell_WebPartWPQ2\" class=\"s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth\">\n\
         <div class=\"tandan-chitiet\">\n\
         <div class=\"tandan-title-view\">{title}</div>\n\
         <div class=\"tandan-date\">{date}</div>\n\
         <div class=\"tandan-tools\"><a href=\"{PRINT}?ItemID={id}\" target=\"_blank\"><img src=\"/portal/PublishingImages/icons/icon-print.gif\" alt=\"In\" /> In bài viết</a> <a href=\"mailto:?subject={mail}\"><img src=\"/portal/PublishingImages/icons/icon-email.gif\" alt=\"Email\" /> Gửi email</a> <a href=\"javascript:void(0);\" onclick=\"TD_ChangeFontSize(1);\">A+</a> <a href=\"javascript:void(0);\" onclick=\"TD_ChangeFontSize(-1);\">A-</a></div>\n\
         {lead}<div class=\"tandan-noidung\">\n\
         <div id=\"ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField\" class=\"ms-rtestate-field\" style=\"display:inline\" aria-labelledby=\"ctl00_PlaceHolderMain_ctl02_label\">\n{body}\n{byline}</div>\n</div>\n\
         <div class=\"tandan-share\"><span>Chia sẻ:</span>\n{share}</div>\n\
         <div class=\"tandan-othernews\"><div class=\"tandan-othernews-title\">Các tin khác</div>\n<ul>\n{others}</ul></div>\n\
         </div>\n</div>\n</div>\n",
        crumb = breadcrumb(Some(page.category)),
        title = esc(&a.title),
        date = page.date_text().unwrap_or_default(),
        id = page.item_id,
        mail = chrome::percent_encode(&a.title),
        byline = byline_html(a, esc),
        share = chrome::share_links(&url, &a.title),
    )
}

fn static_page(ctx: &PageCtx<'_>, page: &StaticPage) -> String {
    let site = ctx.site;
    let content = match page.kind {
        StaticKind::Home => {
            let items: String = site
                .pages
                .iter()
                .map(|p| {
                    format!(
                        "<li><a href=\"{}\">{}</a> <span class=\"tandan-date-other\">({})</span></li>\n",
                        item_link(p),
                        esc(&p.article.title),
                        p.list_date(DateForm::DashTime).unwrap_or_default()
                    )
                })
                .collect();
            format!(
                "<div class=\"tandan-box\"><div class=\"tandan-box-title\"><a href=\"{LISTING}\">Tin mới nhất</a></div>\n<ul class=\"tandan-home-news\">\n{items}</ul></div>\n"
            )
        }
        StaticKind::Category => {
            let items: String = in_category(&site.pages, page.title)
                .map(|(_, p)| format!("<li><a href=\"{}\">{}</a></li>\n", item_link(p), esc(&p.article.title)))
                .collect();
            format!("<ul class=\"tandan-category-news\">\n{items}</ul>\n")
        }
        _ => static_body(page, INTRO, CONTACT),
    };
    format!(
        "<div class=\"tandan-breadcrumb breadcrumb\"><span><a href=\"{HOME}\">Trang chủ</a></span><span class=\"tandan-breadcrumb-sep\"> › </span><span class=\"tandan-breadcrumb-current\">{title}</span></div>\n\
         <div class=\"tandan-category-title\"><h2>{title}</h2></div>\n<div class=\"tandan-static\">\n{content}</div>\n",
        title = esc(page.title)
    )
}

/// The print view: bare article, no chrome (robots-disallowed).
fn print_view(page: &ArticlePage) -> String {
    let a = &page.article;
    let body: String = a
        .expected_body()
        .split("\n\n")
        .map(|p| format!("<p>{}</p>\n", esc(p)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\" /><title>{title}</title></head>\n\
         <body onload=\"window.print();\"><h1>{title}</h1>\n<p>{date}</p>\n{body}</body></html>\n",
        title = esc(&a.title),
        date = page.date_text().unwrap_or_default()
    )
}

/// The master page: head, SharePoint form with view state, header, menu,
/// two columns, footer.
fn layout(ctx: &PageCtx<'_>, title: &str, main: &str) -> String {
    let site = ctx.site;
    let seed = ctx.path_and_query;
    let mut menu = String::new();
    for (label, href, children) in MENU {
        menu.push_str(&format!(
            "<li class=\"tandan-menu-item\"><a href=\"{}\">{}</a>",
            esc(href),
            esc(label)
        ));
        if !children.is_empty() {
            menu.push_str("<ul class=\"tandan-submenu\">");
            for (label, href) in *children {
                menu.push_str(&format!("<li><a href=\"{}\">{}</a></li>", esc(href), esc(label)));
            }
            menu.push_str("</ul>");
        }
        menu.push_str("</li>\n");
    }
    let hot: String = site
        .featured()
        .map(|p| format!("<li><a href=\"{}\">{}</a></li>\n", item_link(p), esc(&p.article.title)))
        .collect();
    let visits = Visits::new(5_574_773, ctx.hits);
    let form_action = seed.rsplit('/').next().unwrap_or("default.aspx");
    let mut h = String::with_capacity(48 * 1024);
    h.push_str("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n");
    h.push_str("<html dir=\"ltr\" lang=\"vi-VN\">\n<head id=\"ctl00_Head1\"><meta name=\"GENERATOR\" content=\"Microsoft SharePoint\" /><meta http-equiv=\"Content-type\" content=\"text/html; charset=utf-8\" /><meta http-equiv=\"X-UA-Compatible\" content=\"IE=10\" /><meta http-equiv=\"Expires\" content=\"0\" />\n");
    h.push_str(&format!("<title>\n\t{}\n</title>\n", esc(title)));
    h.push_str(&format!(
        "<link rel=\"stylesheet\" type=\"text/css\" href=\"/portal/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D\"/>\n\
         <link rel=\"stylesheet\" type=\"text/css\" href=\"/portal/Style%20Library/TanDan/css/tandan.portal.css?rev={}\"/>\n\
         <script type=\"text/javascript\" src=\"/portal/_layouts/15/init.js?rev=ZNGwrrqgAJoBzPgadBMiHw%3D%3D\"></script>\n\
         <script type=\"text/javascript\" src=\"/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvsgH6XkxgkAdGsG9kUCgAq8&amp;t=ffffffffe6692900\"></script>\n\
         <script type=\"text/javascript\" src=\"/portal/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D\"></script>\n\
         <script type=\"text/javascript\" src=\"/portal/Style%20Library/TanDan/js/jquery-1.11.3.min.js\"></script>\n\
         <script type=\"text/javascript\" src=\"/portal/Style%20Library/TanDan/js/tandan.portal.js?rev={}\"></script>\n",
        chrome::token("css", 8),
        chrome::token("js", 8)
    ));
    h.push_str("<style type=\"text/css\">\n");
    h.push_str(CSS);
    h.push_str("</style>\n");
    h.push_str(&format!(
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar _spPageContextInfo = {{webServerRelativeUrl: \"\\u002fportal\", webAbsoluteUrl: \"{base}\\u002fportal\", siteAbsoluteUrl: \"{base}\", serverRequestPath: \"{path}\", layoutsUrl: \"_layouts\\u002f15\", webTitle: \"{name}\", webTemplate: \"53\", tenantAppVersion: \"0\", isAppWeb: false, webLogoUrl: \"\\u002fportal\\u002fPublishingImages\\u002fbanner\\u002fquoc-huy.png\", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: \"vi-VN\", currentCultureName: \"vi-VN\", clientServerTimeDelta: new Date(\"2024-01-01T00:00:00.0000000Z\") - new Date(), siteClientTag: \"2$$15.0.4569.1000\", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:196673}}, pageListId:\"{{{list}}}\", pageItemId:1, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: \"\\u002f\", allowSilverlightPrompt:'True'}};\n//]]>\n</script>\n</head>\n",
        base = ctx.base_url.replace('/', "\\u002f"),
        path = esc(seed).replace('/', "\\u002f"),
        name = esc(site.name),
        list = chrome::token("pagelist", 32),
    ));
    h.push_str(
        "<body scroll=\"yes\" onload=\"if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();\">\n",
    );
    h.push_str(&format!(
        "<form method=\"post\" action=\"./{action}\" onsubmit=\"javascript:return WebForm_OnSubmit();\" id=\"aspnetForm\">\n<div class=\"aspNetHidden\">\n\
         <input type=\"hidden\" name=\"_wpcmWpid\" id=\"_wpcmWpid\" value=\"\" />\n<input type=\"hidden\" name=\"wpcmVal\" id=\"wpcmVal\" value=\"\" />\n\
         <input type=\"hidden\" name=\"MSOWebPartPage_PostbackSource\" id=\"MSOWebPartPage_PostbackSource\" value=\"\" />\n\
         <input type=\"hidden\" name=\"MSOTlPn_SelectedWpId\" id=\"MSOTlPn_SelectedWpId\" value=\"\" />\n\
         <input type=\"hidden\" name=\"__REQUESTDIGEST\" id=\"__REQUESTDIGEST\" value=\"0x{digest},01 Jan 2024 00:00:00 -0000\" />\n\
         <input type=\"hidden\" name=\"__EVENTTARGET\" id=\"__EVENTTARGET\" value=\"\" />\n<input type=\"hidden\" name=\"__EVENTARGUMENT\" id=\"__EVENTARGUMENT\" value=\"\" />\n\
         <input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"{viewstate}\" />\n</div>\n",
        action = esc(form_action),
        digest = chrome::token(seed, 128).to_uppercase(),
        viewstate = chrome::viewstate(seed, 9_000),
    ));
    h.push_str(POSTBACK_JS);
    h.push_str("<div id=\"s4-workspace\" class=\"ms-core-overlay\">\n<div id=\"s4-bodyContainer\">\n<div class=\"tandan-wrapper\">\n<div class=\"tandan-header\">\n");
    h.push_str(&format!(
        "<div class=\"tandan-topbar\"><div class=\"tandan-today\">{today}</div><div class=\"tandan-toplinks\"><a href=\"{HOME}\">Trang chủ</a> | <a href=\"/portal/Pages/Lien-he.aspx\">Liên hệ</a> | <a href=\"/portal/Pages/private/Lich-cong-tac-noi-bo.aspx\">Lịch công tác nội bộ</a> | <a href=\"{LOGIN}?Source=%2Fportal%2FPages%2Fdefault%2Easpx\">Đăng nhập</a></div></div>\n\
         <div class=\"tandan-banner\"><a href=\"{HOME}\"><img class=\"tandan-quochuy\" src=\"/portal/PublishingImages/banner/quoc-huy.png\" alt=\"Quốc huy\" /><img src=\"/portal/PublishingImages/banner/banner-hoanghoa.jpg\" alt=\"{name}\" /></a></div>\n\
         <div class=\"tandan-slogan\"><marquee scrollamount=\"3\" onmouseover=\"this.stop();\" onmouseout=\"this.start();\">QUYẾT TÂM THỰC HIỆN THẮNG LỢI NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN HOẰNG HÓA LẦN THỨ XXVII</marquee></div>\n\
         <div class=\"tandan-menu\"><ul class=\"tandan-mainmenu\">\n{menu}</ul></div>\n\
         <div class=\"tandan-search\"><input type=\"text\" class=\"tandan-search-box\" placeholder=\"Nhập từ khóa tìm kiếm...\" /><a href=\"javascript:void(0);\" onclick=\"TD_Search();\">Tìm kiếm</a></div>\n</div>\n",
        today = ctx.today,
        name = esc(site.name),
    ));
    h.push_str("<div class=\"tandan-content clearfix\">\n<div class=\"tandan-col-left\">\n");
    h.push_str(main);
    h.push_str("</div>\n<div class=\"tandan-col-right\">\n");
    h.push_str(&format!(
        "<div class=\"tandan-box\"><div class=\"tandan-box-title\">Tin nổi bật</div><ul class=\"tandan-hot-news\">\n{hot}</ul></div>\n\
         <div class=\"tandan-box\"><div class=\"tandan-box-title\">Lịch công tác</div><div class=\"tandan-box-content\">Lịch công tác trống</div></div>\n\
         <div class=\"tandan-box\"><div class=\"tandan-box-title\">Video</div><div class=\"tandan-box-content\"><img src=\"/portal/PublishingImages/video/video-hoanghoa.jpg\" alt=\"Video giới thiệu Hoằng Hóa\" width=\"280\" /></div></div>\n\
         <div class=\"tandan-box\"><div class=\"tandan-box-title\">Liên kết website</div><div class=\"tandan-box-content\"><select onchange=\"if(this.value!='') window.open(this.value);\">\n{options}</select>\n\
         <ul class=\"tandan-links\"><li><a href=\"https://thanhhoa.gov.vn/\" target=\"_blank\">Cổng thông tin điện tử tỉnh Thanh Hóa</a></li><li><a href=\"https://danvan.vn/\" target=\"_blank\">Ban Dân vận Trung ương</a></li></ul></div></div>\n\
         <div class=\"tandan-box tandan-counter\"><div class=\"tandan-box-title\">Truy cập</div><table>\n<tr><td>Hôm nay:</td><td>{today}</td></tr>\n<tr><td>Hôm qua:</td><td>{yesterday}</td></tr>\n<tr><td>Tuần này:</td><td>{week}</td></tr>\n<tr><td>Tháng này:</td><td>{month}</td></tr>\n<tr><td>Tất cả:</td><td>{total}</td></tr>\n</table></div>\n",
        options = chrome::link_options(&[("https://thanhhoa.gov.vn/", "Cổng TTĐT tỉnh Thanh Hóa")]),
        today = visits.today,
        yesterday = visits.yesterday,
        week = visits.week,
        month = visits.month,
        total = visits.total,
    ));
    h.push_str("</div>\n</div>\n");
    h.push_str(&format!(
        "<div class=\"tandan-footer\">\n<div class=\"tandan-footer-menu\"><a href=\"{HOME}\">Trang chủ</a> | <a href=\"/portal/Pages/Gioi-thieu.aspx\">Giới thiệu</a> | <a href=\"{LISTING}\">Tin tức - Sự kiện</a> | <a href=\"/portal/Pages/Lien-he.aspx\">Liên hệ</a></div>\n\
         <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA</strong></p>\n\
         <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Hoằng Hóa</p>\n<p>Địa chỉ: Thị trấn Bút Sơn, huyện Hoằng Hóa, tỉnh Thanh Hóa</p>\n\
         <p>Điện thoại: 0237.3865.107 - Email: hoanghoa@thanhhoa.gov.vn</p>\n<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>\n\
         <p>Ghi rõ nguồn \"Cổng thông tin điện tử huyện Hoằng Hóa\" khi phát hành lại thông tin từ website này.</p>\n\
         <p class=\"tandan-design\">Thiết kế và phát triển bởi <a href=\"https://tandan.com.vn/\" target=\"_blank\">Công ty Cổ phần Công nghệ Tin học EFY Việt Nam - Tân Dân</a></p>\n</div>\n"
    ));
    h.push_str("</div>\n</div>\n</div>\n</form>\n");
    h.push_str(&chrome::analytics("G-HH3865107"));
    h.push_str("</body>\n</html>\n");
    h
}

const POSTBACK_JS: &str = r#"<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;var _spBodyOnPageShowRegistered=false;
function TD_ChangeFontSize(step) {
    var el = document.querySelector('.ms-rtestate-field');
    if (!el) return;
    var size = parseInt(window.getComputedStyle(el).fontSize, 10) || 14;
    el.style.fontSize = (size + step) + 'px';
}
function TD_Search() {
    var box = document.querySelector('.tandan-search-box');
    if (box && box.value) { window.location = '/portal/_layouts/15/osssearchresults.aspx?k=' + encodeURIComponent(box.value); }
}
function WebForm_OnSubmit() {
    UpdateFormDigest('\u002fportal', 1440000);
    if (typeof(_spFormOnSubmitWrapper) != 'undefined') { return _spFormOnSubmitWrapper(); } else { return true; };
    return true;
}
//]]>
</script>
"#;

const CSS: &str = r#"body { margin: 0; padding: 0; font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #333; background: #f3f3f3 url('/portal/Style Library/TanDan/images/bg-body.jpg') repeat-x top; }
a { color: #0b4a8b; text-decoration: none; } a:hover { color: #c00; text-decoration: underline; }
.clearfix:after { content: ""; display: table; clear: both; }
.tandan-wrapper { width: 1000px; margin: 0 auto; background: #fff; box-shadow: 0 0 6px rgba(0,0,0,.15); }
.tandan-topbar { height: 28px; line-height: 28px; background: #0b4a8b; color: #fff; padding: 0 10px; font-size: 12px; }
.tandan-topbar a { color: #fff; } .tandan-today { float: left; font-style: italic; } .tandan-toplinks { float: right; }
.tandan-banner { position: relative; height: 150px; overflow: hidden; background: #d9eefc; }
.tandan-banner img { display: block; max-width: 100%; } .tandan-quochuy { position: absolute; left: 20px; top: 20px; width: 100px; }
.tandan-slogan { background: #fff3c4; color: #c00; font-weight: bold; font-size: 14px; padding: 4px 10px; border-bottom: 1px solid #f0d77b; }
.tandan-menu { background: linear-gradient(#1565b3, #0b4a8b); height: 36px; }
.tandan-mainmenu { list-style: none; margin: 0; padding: 0; }
.tandan-mainmenu > li { float: left; position: relative; } .tandan-mainmenu > li > a { display: block; color: #fff; font-weight: bold; text-transform: uppercase; padding: 0 14px; line-height: 36px; font-size: 12px; }
.tandan-mainmenu > li:hover > a { background: #c00; text-decoration: none; }
.tandan-submenu { display: none; position: absolute; top: 36px; left: 0; z-index: 99; min-width: 220px; list-style: none; margin: 0; padding: 0; background: #fff; border: 1px solid #ccc; }
.tandan-mainmenu > li:hover .tandan-submenu { display: block; } .tandan-submenu li a { display: block; padding: 7px 10px; border-bottom: 1px dotted #ccc; color: #333; }
.tandan-search { padding: 6px 10px; text-align: right; background: #eef5fc; } .tandan-search-box { width: 240px; padding: 3px 6px; border: 1px solid #9fbfdf; }
.tandan-content { padding: 10px; } .tandan-col-left { float: left; width: 690px; } .tandan-col-right { float: right; width: 280px; }
.tandan-breadcrumb { font-size: 12px; color: #777; padding: 4px 0 8px; border-bottom: 1px solid #e5e5e5; margin-bottom: 10px; }
.tandan-breadcrumb a { color: #555; } .tandan-breadcrumb-current { color: #c00; }
.tandan-category-title h2 { margin: 0 0 10px; font-size: 16px; color: #0b4a8b; text-transform: uppercase; border-bottom: 2px solid #0b4a8b; padding-bottom: 4px; }
.tandan-news-item { padding: 10px 0; border-bottom: 1px dotted #ccc; } .tandan-news-img { float: left; margin-right: 12px; } .tandan-news-img img { width: 180px; height: 120px; object-fit: cover; border: 1px solid #ddd; }
.tandan-news-title { margin: 0 0 4px; font-size: 15px; } .tandan-news-date, .tandan-date-other { color: #888; font-size: 11px; font-style: italic; } .tandan-news-desc { margin-top: 4px; text-align: justify; }
.tandan-paging { margin: 14px 0; text-align: center; } .tandan-paging a, .tandan-paging span { display: inline-block; padding: 3px 8px; margin: 0 2px; border: 1px solid #ccc; } .tandan-paging .current { background: #0b4a8b; color: #fff; border-color: #0b4a8b; }
.tandan-title-view { font-size: 22px; font-weight: bold; color: #0b4a8b; line-height: 1.35; margin-bottom: 6px; }
.tandan-date { color: #888; font-size: 12px; font-style: italic; margin-bottom: 8px; }
.tandan-tools { text-align: right; font-size: 12px; margin-bottom: 8px; } .tandan-tools a { margin-left: 10px; color: #666; }
.tandan-TextTrichDan { font-weight: bold; text-align: justify; margin-bottom: 10px; line-height: 1.5; }
.tandan-noidung { font-size: 14px; line-height: 1.6; text-align: justify; } .tandan-noidung img { max-width: 100%; height: auto; }
.ms-rtestate-field p { margin: 0 0 10px; }
.tandan-share { margin: 15px 0; padding: 6px 0; border-top: 1px solid #eee; border-bottom: 1px solid #eee; } .tandan-share a { margin-right: 8px; }
.tandan-othernews-title { font-weight: bold; color: #c00; text-transform: uppercase; border-bottom: 1px solid #c00; margin: 10px 0 6px; }
.tandan-othernews ul { margin: 0; padding-left: 16px; } .tandan-othernews li { padding: 3px 0; }
.tandan-box { margin-bottom: 12px; border: 1px solid #d6e3f0; } .tandan-box-title { background: #0b4a8b; color: #fff; font-weight: bold; padding: 6px 8px; text-transform: uppercase; font-size: 12px; }
.tandan-box-title a { color: #fff; } .tandan-box-content { padding: 8px; } .tandan-box ul { margin: 0; padding: 6px 8px 6px 22px; } .tandan-box li { padding: 3px 0; }
.tandan-box select { width: 100%; } .tandan-counter table { width: 100%; padding: 6px; } .tandan-counter td:last-child { text-align: right; font-weight: bold; }
.tandan-static p { text-align: justify; line-height: 1.6; } .document-table { width: 100%; border-collapse: collapse; } .document-table th { background: #eef5fc; }
.contact-table .label { font-weight: bold; width: 160px; } .login-box label { display: block; margin-top: 6px; }
.tandan-footer { clear: both; background: #0b4a8b; color: #fff; padding: 12px 16px; font-size: 12px; text-align: center; } .tandan-footer a { color: #ffe680; } .tandan-footer p { margin: 3px 0; }
.tandan-footer-menu { padding-bottom: 8px; margin-bottom: 8px; border-bottom: 1px solid #2f6db0; }
@media print { .tandan-header, .tandan-col-right, .tandan-footer, .tandan-share, .tandan-tools { display: none; } }
"#;
