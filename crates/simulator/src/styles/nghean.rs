//! `nghean`: a provincial agency site on VNPT ePortal, a Liferay 7
//! distribution (Ban Dân vận Tỉnh ủy Nghệ An).
//!
//! * listing: `/web/guest/tin-tuc`, further pages through the asset
//!   publisher's namespaced parameters (`?p_p_id=…&_…_cur=2`), absolute links;
//! * article: `/web/guest/tin-tuc/-/asset_publisher/tQ1bH7pLxK2m/content/slug`;
//!   title `h3.header-title`, date `span.metadata-publish-date`
//!   (`Cập nhật lúc: 18:00 | 22/05/2022` or `Ngày 6 tháng 1 năm 2016`; one
//!   article shows none), sapo `div.news-sapo`, body in
//!   `div.journal-content-article` written with HTML entities (`&ecirc;`,
//!   `&#7879;`), right-aligned byline lines and "Nguồn:" at the end of the
//!   body, breadcrumb `ol.breadcrumb`, "Tin cùng chuyên mục" with dates,
//!   `<link rel="canonical">`;
//! * robots: `/c/` (login) and `/group/` (private pages).

use crate::chrome::{self, Visits};
use crate::corpus::{Block, Corpus};
use crate::dates::DateForm;
use crate::site::{ArticlePage, Charset, PageCtx, Query, Route, Site, StaticKind, StaticPage, Style};
use crate::styles::{blocks_html, byline_html, in_category, static_body};
use crate::text::{entities, esc, excerpt, slugify};

/// The asset publisher portlet instance that lists the news.
const INSTANCE: &str = "tQ1bH7pLxK2m";
const PORTLET: &str = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tQ1bH7pLxK2m";
const LISTING: &str = "/web/guest/tin-tuc";
const LOGIN: &str = "/c/portal/login";
const PRIVATE: &str = "/group/guest/noi-bo";
const BANNER: &str = "/documents/20182/0/banner-bdv-nghean.png";
const CHROME_IMAGES: &[&str] = &[
    BANNER,
    "/o/vnpt-eportal-theme/images/logo-vnpt.png",
    "/o/vnpt-eportal-theme/images/no-image.jpg",
];

const STATICS: &[StaticPage] = &[
    StaticPage {
        path: "/",
        title: "Trang chủ",
        kind: StaticKind::Home,
    },
    StaticPage {
        path: "/web/guest",
        title: "Trang chủ",
        kind: StaticKind::Home,
    },
    StaticPage {
        path: "/web/guest/trang-chu",
        title: "Trang chủ",
        kind: StaticKind::Home,
    },
    StaticPage {
        path: "/web/guest/gioi-thieu",
        title: "Giới thiệu",
        kind: StaticKind::Intro,
    },
    StaticPage {
        path: "/web/guest/cong-tac-dan-van",
        title: "Công tác dân vận",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/web/guest/an-sinh-xa-hoi",
        title: "An sinh xã hội",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/web/guest/tin-cac-dia-phuong",
        title: "Tin các địa phương",
        kind: StaticKind::Category,
    },
    StaticPage {
        path: "/web/guest/van-ban",
        title: "Văn bản",
        kind: StaticKind::Documents,
    },
    StaticPage {
        path: "/web/guest/lien-he",
        title: "Liên hệ",
        kind: StaticKind::Contact,
    },
    StaticPage {
        path: LOGIN,
        title: "Đăng nhập",
        kind: StaticKind::Login,
    },
    StaticPage {
        path: PRIVATE,
        title: "Trang nội bộ",
        kind: StaticKind::Restricted,
    },
];

/// `(label, path)` of the navigation.
const MENU: &[(&str, &str)] = &[
    ("Trang chủ", "/web/guest/trang-chu"),
    ("Giới thiệu", "/web/guest/gioi-thieu"),
    ("Tin tức", LISTING),
    ("Công tác dân vận", "/web/guest/cong-tac-dan-van"),
    ("An sinh xã hội", "/web/guest/an-sinh-xa-hoi"),
    ("Tin các địa phương", "/web/guest/tin-cac-dia-phuong"),
    ("Văn bản", "/web/guest/van-ban"),
    ("Liên hệ", "/web/guest/lien-he"),
];

const INTRO: &[&str] = &[
    "Ban Dân vận Tỉnh ủy Nghệ An là cơ quan tham mưu, giúp việc Tỉnh ủy, trực tiếp và thường xuyên là Ban Thường vụ Tỉnh ủy về công tác dân vận, dân tộc, tôn giáo và thực hiện dân chủ ở cơ sở.",
    "Ban phối hợp với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tỉnh hướng dẫn, kiểm tra việc thực hiện phong trào thi đua “Dân vận khéo” trong hệ thống chính trị.",
];

const CONTACT: &[(&str, &str)] = &[
    ("Cơ quan", "Ban Dân vận Tỉnh ủy Nghệ An"),
    ("Địa chỉ", "Số 3, đường Trường Thi, thành phố Vinh, tỉnh Nghệ An"),
    ("Điện thoại", "0238.3844.572"),
    ("Email", "bdvtu@nghean.dcs.vn"),
];

/// The Nghệ An Ban Dân vận site and its three articles.
pub(crate) fn site(corpus: &Corpus) -> Site {
    let page = |key: &str, item_id: u32, category: &'static str, date, views| {
        let article = corpus.get(key);
        ArticlePage {
            path: format!(
                "{LISTING}/-/asset_publisher/{INSTANCE}/content/{}",
                slugify(&article.title, false)
            ),
            article,
            item_id,
            category,
            date,
            views,
            charset: Charset::Utf8,
        }
    };
    let pages = vec![
        page(
            "seed-004-nghean-nhiem-vu-dan-van-2023",
            52817,
            "Công tác dân vận",
            None,
            1203,
        ),
        page(
            "own-06-quynhluu-nha-dai-doan-ket",
            48120,
            "An sinh xã hội",
            Some(DateForm::Updated),
            652,
        ),
        page(
            "seed-003-daklak-phoi-hop-dan-van",
            31544,
            "Tin các địa phương",
            Some(DateForm::Long),
            877,
        ),
    ];
    let mut site = Site {
        id: "nghean",
        name: "Ban Dân vận Tỉnh ủy Nghệ An",
        province: "Nghệ An",
        start_path: LISTING.to_owned(),
        article_pattern: Some(r"/web/guest/tin-tuc/-/asset_publisher/tQ1bH7pLxK2m/content/[a-z0-9-]+$"),
        disallowed: vec!["/c/", "/group/"],
        marks_sapo: true,
        has_breadcrumb: true,
        page_size: 2,
        pages,
        statics: STATICS.to_vec(),
        images: Default::default(),
        style: Box::new(Liferay),
    };
    site.collect_images(CHROME_IMAGES);
    site
}

struct Liferay;

impl Style for Liferay {
    fn route(&self, site: &Site, path: &str, query: &Query) -> Option<Route> {
        if path == LISTING {
            return Some(Route::Listing(Query::page_number(query.get_suffix("_cur"))));
        }
        if let Some(i) = site.article_at(path, false) {
            return Some(Route::Article(i));
        }
        site.static_at(path).map(Route::Static)
    }

    fn render(&self, ctx: &PageCtx<'_>, route: Route) -> String {
        let site = ctx.site;
        match route {
            Route::Listing(n) => layout(ctx, "Tin tức", None, &listing(ctx, n)),
            Route::Article(i) => {
                let page = &site.pages[i];
                layout(
                    ctx,
                    &format!("{} - Tin tức", page.article.title),
                    Some(&ctx.abs(&page.path)),
                    &article(ctx, i),
                )
            }
            // Liferay has no separate print URL here: print is `window.print()`.
            Route::Print(i) => layout(ctx, &site.pages[i].article.title, None, &article(ctx, i)),
            Route::Static(s) => layout(ctx, s.title, None, &static_page(ctx, &s)),
        }
    }

    fn not_found(&self, ctx: &PageCtx<'_>) -> String {
        layout(
            ctx,
            "Không tìm thấy",
            None,
            "<div class=\"alert alert-danger\">Không tìm thấy trang được yêu cầu.</div>\n",
        )
    }

    fn image_path(&self, page: &ArticlePage, file: &str) -> String {
        format!("/documents/20182/{}/{file}", page.item_id)
    }

    fn server_headers(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("server", "Apache"),
            (
                "liferay-portal",
                "Liferay Community Edition Portal 7.4.3.4 CE GA4 (Cavanaugh / Build 7404 / October 25, 2021)",
            ),
            ("x-content-type-options", "nosniff"),
            ("x-frame-options", "SAMEORIGIN"),
            ("cache-control", "private, no-cache, no-store, must-revalidate"),
        ]
    }
}

/// The absolute URL of listing page `n`, as Liferay's paginator writes it.
fn listing_url(ctx: &PageCtx<'_>, n: usize) -> String {
    ctx.abs(&format!(
        "{LISTING}?p_p_id={PORTLET}&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view&amp;_{PORTLET}_delta=2&amp;p_r_p_resetCur=false&amp;_{PORTLET}_cur={n}"
    ))
}

fn listing(ctx: &PageCtx<'_>, n: usize) -> String {
    let site = ctx.site;
    let mut items = String::new();
    for (_, page) in site.listing(n) {
        let a = &page.article;
        let thumb = a.images().next().map_or_else(
            || CHROME_IMAGES[2].to_owned(),
            |(f, _, _)| site.style.image_path(page, f),
        );
        let date = page
            .list_date(DateForm::DashTime)
            .map_or_else(String::new, |d| format!("<span class=\"date\">{d}</span>\n"));
        items.push_str(&format!(
            "<div class=\"news-item row\">\n<div class=\"col-md-4\"><a href=\"{href}\"><img alt=\"{title}\" class=\"img-responsive\" src=\"{thumb}\" /></a></div>\n\
             <div class=\"col-md-8\"><h4 class=\"title\"><a href=\"{href}\">{title}</a></h4>\n{date}<div class=\"summary\">{desc}</div>\n\
             <a class=\"read-more\" href=\"{href}\">Xem chi tiết »</a></div>\n</div>\n",
            href = ctx.abs(&page.path),
            title = esc(&a.title),
            thumb = esc(&ctx.abs(&thumb)),
            desc = esc(&excerpt(a.teaser(), 240)),
        ));
    }
    if items.is_empty() {
        items.push_str("<div class=\"alert alert-info\">Không có kết quả.</div>\n");
    }
    let last = site.listing_pages();
    let mut paging = String::from("<div class=\"pagination-bar\"><ul class=\"pagination\">\n");
    let item = |label: &str, page: usize, disabled: bool| {
        if disabled {
            format!("<li class=\"page-item disabled\"><a class=\"page-link\" href=\"javascript:;\">{label}</a></li>\n")
        } else {
            format!(
                "<li class=\"page-item\"><a class=\"page-link\" href=\"{}\">{label}</a></li>\n",
                listing_url(ctx, page)
            )
        }
    };
    paging.push_str(&item("«", n.saturating_sub(1).max(1), n <= 1));
    for p in 1..=last {
        if p == n {
            paging.push_str(&format!(
                "<li class=\"page-item active\"><a class=\"page-link\" href=\"javascript:;\">{p}</a></li>\n"
            ));
        } else {
            paging.push_str(&item(&p.to_string(), p, false));
        }
    }
    paging.push_str(&item("»", (n + 1).min(last), n >= last));
    paging.push_str(&format!(
        "</ul>\n<p class=\"pagination-results\">Hiển thị {} mục (trang {n}/{last}).</p></div>\n",
        site.pages.len()
    ));
    portlet(
        PORTLET,
        "Tin tức",
        &format!("<div class=\"asset-publisher-list\">\n{items}</div>\n{paging}"),
    )
}

/// A decorated Liferay portlet around `body`.
fn portlet(id: &str, title: &str, body: &str) -> String {
    format!(
        "<div class=\"portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher\" id=\"p_p_id_{id}_\">\n\
         <span id=\"p_{id}\"></span>\n<section class=\"portlet\" id=\"portlet_{id}\">\n<div class=\"portlet-content\">\n\
         <div class=\"autofit-float autofit-row portlet-header\"><div class=\"autofit-col autofit-col-expand\"><h2 class=\"portlet-title-text\">{title}</h2></div></div>\n\
         <div class=\" portlet-content-container\">\n<div class=\"portlet-body\">\n{body}</div>\n</div>\n</div>\n</section>\n</div>\n",
        title = esc(title)
    )
}

fn breadcrumb(ctx: &PageCtx<'_>, middle: Option<(&str, &str)>, current: &str) -> String {
    let mut items = format!(
        "<li class=\"breadcrumb-item\"><a class=\"breadcrumb-link\" href=\"{}\" title=\"Trang chủ\"><span class=\"breadcrumb-text-truncate\">Trang chủ</span></a></li>\n",
        ctx.abs("/web/guest")
    );
    if let Some((label, path)) = middle {
        items.push_str(&format!(
            "<li class=\"breadcrumb-item\"><a class=\"breadcrumb-link\" href=\"{}\" title=\"{label}\"><span class=\"breadcrumb-text-truncate\">{label}</span></a></li>\n",
            ctx.abs(path)
        ));
    }
    items.push_str(&format!(
        "<li class=\"active breadcrumb-item\"><span class=\"breadcrumb-text-truncate\">{}</span></li>\n",
        esc(current)
    ));
    let id = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet";
    format!(
        "<div class=\"portlet-boundary portlet-boundary_{id}_ portlet-static portlet-static-end portlet-barebone portlet-breadcrumb\" id=\"p_p_id_{id}_\">\n\
         <span id=\"p_{id}\"></span>\n<section class=\"portlet\" id=\"portlet_{id}\"><div class=\"portlet-content\"><div class=\" portlet-content-container\"><div class=\"portlet-body\">\n\
         <nav aria-label=\"Breadcrumb\" id=\"_{id}_breadcrumbs-defaultScreen\">\n<ol class=\"breadcrumb\">\n{items}</ol>\n</nav>\n</div></div></div></section>\n</div>\n"
    )
}

fn article(ctx: &PageCtx<'_>, i: usize) -> String {
    let site = ctx.site;
    let page = &site.pages[i];
    let a = &page.article;
    let body = blocks_html(a, |_, block| match block {
        Block::Paragraph(text) => {
            format!("<p style=\"text-align: justify;\">{}</p>", entities(text))
        }
        Block::Spacer => "<p>&nbsp;</p>".to_owned(),
        Block::Image { file, alt, caption } => format!(
            "<p style=\"text-align: center;\"><img alt=\"{}\" src=\"{}?t=1653217200000\" style=\"width: 700px; height: 466px;\" /></p>\n<p style=\"text-align: center;\"><em>{}</em></p>",
            entities(alt),
            esc(&site.style.image_path(page, file)),
            entities(caption)
        ),
    });
    let sapo = a.lead.as_deref().map_or_else(String::new, |l| {
        format!("<div class=\"news-sapo\"><strong>{}</strong></div>\n", entities(l))
    });
    let date = page.date_text().map_or_else(String::new, |d| {
        format!("<span class=\"metadata-entry metadata-publish-date\">{d}</span>\n")
    });
    let related: String = site
        .pages
        .iter()
        .filter(|p| p.item_id != page.item_id)
        .map(|p| {
            let date = p
                .list_date(DateForm::DashTime)
                .map_or_else(String::new, |d| format!(" <span class=\"date\">({d})</span>"));
            format!(
                "<li><a href=\"{}\">{}</a>{date}</li>\n",
                ctx.abs(&p.path),
                esc(&p.article.title)
            )
        })
        .collect();
    let url = ctx.abs(&page.path);
    let content = format!(
        "<div class=\"asset-full-content clearfix default-asset-publisher show-asset-title\">\n\
         <h3 class=\"header-title\"><span>{title}</span></h3>\n\
         <div class=\"asset-metadata\">\n{date}<span class=\"metadata-entry metadata-view-count\">{views} lượt xem</span>\n</div>\n\
         <div class=\"asset-content\">\n<div class=\"journal-content-article\" data-analytics-asset-id=\"{id}\" data-analytics-asset-title=\"{title}\" data-analytics-asset-type=\"web-content\">\n\
         {sapo}<div class=\"news-content\">\n{body}\n{byline}</div>\n</div>\n</div>\n\
         <div class=\"asset-links\"><a href=\"javascript:window.print();\">In trang</a> | <a href=\"{listing}\">Quay lại</a></div>\n\
         <div class=\"asset-ratings\"><div class=\"taglib-ratings stars\"><span class=\"rating-label\">Đánh giá</span> <span class=\"rating-stars\" data-value=\"0\"></span> <span class=\"rating-summary\">Điểm trung bình 0 (0 bình chọn)</span></div></div>\n\
         <div class=\"taglib-social-bookmarks\">{share}</div>\n</div>\n",
        title = esc(&a.title),
        views = page.views,
        id = page.item_id,
        byline = byline_html(a, entities),
        listing = ctx.abs(LISTING),
        share = chrome::share_links(&url, &a.title),
    );
    format!(
        "{crumb}{main}{related}",
        crumb = breadcrumb(ctx, Some(("Tin tức", LISTING)), page.category),
        main = portlet(PORTLET, "Tin tức", &content),
        related = portlet(
            "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_rel9Kq2Zb4Tw",
            "Tin cùng chuyên mục",
            &format!("<ul class=\"list-news-related\">\n{related}</ul>\n"),
        ),
    )
}

fn static_page(ctx: &PageCtx<'_>, page: &StaticPage) -> String {
    let site = ctx.site;
    let item = |p: &ArticlePage| {
        format!(
            "<li><a href=\"{}\">{}</a></li>\n",
            ctx.abs(&p.path),
            esc(&p.article.title)
        )
    };
    let content = match page.kind {
        StaticKind::Home => {
            let items: String = site.pages.iter().map(item).collect();
            format!(
                "<ul class=\"home-news\">\n{items}</ul>\n<a href=\"{}\">Xem tất cả tin tức</a>\n",
                ctx.abs(LISTING)
            )
        }
        StaticKind::Category => {
            let items: String = in_category(&site.pages, page.title).map(|(_, p)| item(p)).collect();
            format!("<ul class=\"category-news\">\n{items}</ul>\n")
        }
        _ => static_body(page, INTRO, CONTACT),
    };
    format!(
        "{}{}",
        breadcrumb(ctx, None, page.title),
        portlet(
            "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_st4t1cP4g3",
            page.title,
            &content
        )
    )
}

fn layout(ctx: &PageCtx<'_>, title: &str, canonical: Option<&str>, main: &str) -> String {
    let site = ctx.site;
    let base = ctx.base_url;
    let nav: String = MENU
        .iter()
        .map(|(label, path)| {
            format!(
                "<li class=\"lfr-nav-item\" role=\"presentation\"><a href=\"{}\" role=\"menuitem\"><span>{}</span></a></li>\n",
                ctx.abs(path),
                esc(label)
            )
        })
        .collect();
    let hot: String = site
        .featured()
        .map(|p| {
            format!(
                "<li><a href=\"{}\">{}</a></li>\n",
                ctx.abs(&p.path),
                esc(&p.article.title)
            )
        })
        .collect();
    let visits = Visits::new(3_216_077, ctx.hits);
    let canonical = canonical.map_or_else(String::new, |url| {
        format!("<link data-senna-track=\"temporary\" href=\"{url}\" rel=\"canonical\" />\n")
    });
    let current = esc(ctx.path_and_query);
    let auth = chrome::token(&format!("auth{}", site.id), 8);
    let mut h = String::with_capacity(48 * 1024);
    h.push_str("<!DOCTYPE html>\n\n<html class=\"ltr\" dir=\"ltr\" lang=\"vi-VN\">\n\n<head>\n");
    h.push_str(&format!(
        "<title>{} - {}</title>\n<meta content=\"initial-scale=1.0, width=device-width\" name=\"viewport\" />\n\
         <meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\" />\n{canonical}\
         <link href=\"{base}/o/vnpt-eportal-theme/images/favicon.ico\" rel=\"icon\" />\n\
         <link class=\"lfr-css-file\" data-senna-track=\"temporary\" href=\"{base}/o/vnpt-eportal-theme/css/clay.css?browserId=other&amp;themeId=vnpteportaltheme_WAR_vnpteportaltheme&amp;languageId=vi_VN&amp;b=7404&amp;t=1672531200000\" id=\"liferayAUICSS\" rel=\"stylesheet\" type=\"text/css\" />\n\
         <link data-senna-track=\"temporary\" href=\"/o/frontend-css-web/main.css?browserId=other&amp;themeId=vnpteportaltheme_WAR_vnpteportaltheme&amp;languageId=vi_VN&amp;b=7404&amp;t=1672531200000\" id=\"liferayPortalCSS\" rel=\"stylesheet\" type=\"text/css\" />\n\
         <link data-senna-track=\"temporary\" href=\"/combo?browserId=other&amp;minifierType=&amp;themeId=vnpteportaltheme_WAR_vnpteportaltheme&amp;languageId=vi_VN&amp;b=7404&amp;{PORTLET}:%2Fcss%2Fmain.css&amp;com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet:%2Fcss%2Fmain.css&amp;t=1672531200000\" id=\"b1a6e4f0\" rel=\"stylesheet\" type=\"text/css\" />\n",
        esc(title),
        esc(site.name),
    ));
    h.push_str(&liferay_js(ctx, &current, &auth));
    h.push_str("<link class=\"lfr-css-file\" data-senna-track=\"temporary\" href=\"/o/vnpt-eportal-theme/css/main.css?browserId=other&amp;themeId=vnpteportaltheme_WAR_vnpteportaltheme&amp;languageId=vi_VN&amp;b=7404&amp;t=1672531200000\" id=\"liferayThemeCSS\" rel=\"stylesheet\" type=\"text/css\" />\n<style data-senna-track=\"temporary\" type=\"text/css\">\n");
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n\n<body class=\"controls-visible chrome yui3-skin-sam guest-site signed-out public-page site\">\n");
    h.push_str(&format!(
        "<nav aria-label=\"Liên kết nhanh\" class=\"quick-access-nav\" id=\"yvbc_quickAccessNav\"><h1 class=\"hide-accessible\">Điều hướng</h1><ul><li><a href=\"#main-content\">Nhảy đến nội dung chính</a></li></ul></nav>\n\
         <div class=\"container-fluid\" id=\"wrapper\">\n<header id=\"banner\" role=\"banner\">\n\
         <div class=\"top-bar\"><span class=\"current-date\">{today}</span> <span class=\"top-links\"><a href=\"{login}?p_l_id=20&amp;redirect={redirect}\" rel=\"nofollow\">Đăng nhập</a></span></div>\n\
         <div class=\"banner-img\"><a href=\"{home}\"><img alt=\"Banner Ban dân vận tỉnh ủy sub-site-1\" src=\"{base}{BANNER}\" /></a></div>\n\
         <nav class=\"sort-pages modify-pages\" id=\"navigation\" role=\"navigation\"><ul aria-label=\"Các trang của site\" role=\"menubar\">\n{nav}</ul></nav>\n</header>\n\
         <section id=\"content\">\n<div class=\"columns-2-70-30\" id=\"main-content\" role=\"main\">\n<div class=\"portlet-layout row\">\n\
         <div class=\"col-md-8 portlet-column portlet-column-first\" id=\"column-1\">\n<div class=\"portlet-dropzone portlet-column-content portlet-column-content-first\" id=\"layout-column_column-1\">\n",
        today = ctx.today,
        login = ctx.abs(LOGIN),
        redirect = chrome::percent_encode(ctx.path_and_query.split('?').next().unwrap_or("/")),
        home = ctx.abs("/web/guest"),
    ));
    h.push_str(main);
    h.push_str(&format!(
        "</div>\n</div>\n<div class=\"col-md-4 portlet-column portlet-column-last\" id=\"column-2\">\n<div class=\"portlet-dropzone portlet-column-content portlet-column-content-last\" id=\"layout-column_column-2\">\n{hot}{links}{counter}</div>\n</div>\n</div>\n</div>\n\
         <form action=\"#\" aria-hidden=\"true\" class=\"hide\" id=\"hrefFm\" method=\"post\" name=\"hrefFm\"><span></span><button hidden type=\"submit\">Ẩn</button></form>\n</section>\n\
         <footer id=\"footer\" role=\"contentinfo\">\n<p><strong>BAN DÂN VẬN TỈNH ỦY NGHỆ AN</strong></p>\n<p>Địa chỉ: Số 3, đường Trường Thi, thành phố Vinh, tỉnh Nghệ An - Điện thoại: 0238.3844.572</p>\n\
         <p>Ghi rõ nguồn “Ban Dân vận Tỉnh ủy Nghệ An” khi phát hành lại thông tin từ website này.</p>\n\
         <p><a href=\"{private}\">Trang nội bộ</a> | <a href=\"{contact}\">Liên hệ</a> | Phát triển bởi <a href=\"https://vnpt.com.vn/\" target=\"_blank\">VNPT Nghệ An</a></p>\n</footer>\n</div>\n",
        hot = portlet(
            "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hot8Yw3Nm1Qa",
            "Tin nổi bật",
            &format!("<ul class=\"list-hot-news\">\n{hot}</ul>\n")
        ),
        links = portlet(
            "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lnk5Rt8Pv2Xs",
            "Liên kết website",
            &format!(
                "<select class=\"form-control\" onchange=\"window.open(this.value)\">\n{}</select>\n<p><a href=\"https://nghean.gov.vn/\" target=\"_blank\">Cổng thông tin điện tử tỉnh Nghệ An</a></p>\n",
                chrome::link_options(&[("https://nghean.gov.vn/", "Cổng TTĐT tỉnh Nghệ An")])
            )
        ),
        counter = portlet(
            "vnpt_counter_portlet_INSTANCE_cnt2Hs9Lk4Df",
            "Thống kê truy cập",
            &format!(
                "<ul class=\"counter\">\n<li>Đang truy cập: {}</li>\n<li>Hôm nay: {}</li>\n<li>Tháng này: {}</li>\n<li>Tổng lượt truy cập: {}</li>\n</ul>\n",
                visits.online, visits.today, visits.month, visits.total
            )
        ),
        private = ctx.abs(PRIVATE),
        contact = ctx.abs("/web/guest/lien-he"),
    ));
    h.push_str(&format!(
        "<script type=\"text/javascript\">\n// <![CDATA[\nLiferay.Util.addInputFocus();\n\
         Liferay.Portlet.register('{PORTLET}');\n\
         Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_{PORTLET}_', portletId: '{PORTLET}', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d20\\x26p_p_id\\x3d{PORTLET}\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d0\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3d1', refreshURLData: {{}}}});\n\
         AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', 'liferay-form', function(A) {{\n  (function() {{\n    Liferay.Util.addInputCancel();\n    new Liferay.Menu();\n    var liferayNotices = Liferay.Data.notices;\n    for (var i = 0; i < liferayNotices.length; i++) {{ new Liferay.Notice(liferayNotices[i]); }}\n  }})();\n  if (Liferay.Session) {{ Liferay.Session.set('autoExtend', false); }}\n}});\n// ]]>\n</script>\n"
    ));
    h.push_str(&chrome::analytics("G-BDVNA2023"));
    h.push_str("</body>\n\n</html>\n");
    h
}

/// Liferay's inline head scripts: browser sniffing, theme display getters,
/// AUI loader configuration. Most of a real page's weight.
fn liferay_js(ctx: &PageCtx<'_>, current: &str, auth: &str) -> String {
    let base = ctx.base_url;
    let mut js = String::from(
        "<script data-senna-track=\"temporary\" type=\"text/javascript\">\n// <![CDATA[\nvar Liferay = Liferay || {};\n\
         Liferay.Browser = {\n  acceptsGzip: function() { return true; },\n  getMajorVersion: function() { return 131.0; },\n  getRevision: function() { return '537.36'; },\n  getVersion: function() { return '131.0'; },\n  isAir: function() { return false; },\n  isChrome: function() { return true; },\n  isEdge: function() { return false; },\n  isFirefox: function() { return false; },\n  isGecko: function() { return true; },\n  isIe: function() { return false; },\n  isIphone: function() { return false; },\n  isLinux: function() { return false; },\n  isMac: function() { return false; },\n  isMobile: function() { return false; },\n  isMozilla: function() { return false; },\n  isOpera: function() { return false; },\n  isRtf: function() { return true; },\n  isSafari: function() { return true; },\n  isSun: function() { return false; },\n  isWebKit: function() { return true; },\n  isWindows: function() { return true; }\n};\n\
         Liferay.Data = Liferay.Data || {};\nLiferay.Data.ICONS_INLINE_SVG = true;\nLiferay.Data.NAV_SELECTOR = '#navigation';\nLiferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';\nLiferay.Data.isCustomizationView = function() { return false; };\nLiferay.Data.notices = [null];\n\
         Liferay.PortletKeys = {\n  DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',\n  DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',\n  ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'\n};\n\
         Liferay.PropsValues = {\n  JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,\n  NTLM_AUTH_ENABLED: false,\n  UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600\n};\n",
    );
    js.push_str(&format!(
        "Liferay.ThemeDisplay = {{\n  getLayoutId: function() {{ return '4'; }},\n  getLayoutRelativeControlPanelURL: function() {{ return '/group/guest/~/control_panel/manage'; }},\n  getLayoutRelativeURL: function() {{ return '/web/guest/tin-tuc'; }},\n  getLayoutURL: function() {{ return '{base}/web/guest/tin-tuc'; }},\n  getParentLayoutId: function() {{ return '0'; }},\n  isControlPanel: function() {{ return false; }},\n  isPrivateLayout: function() {{ return 'false'; }},\n  isVirtualLayout: function() {{ return false; }},\n  getBCP47LanguageId: function() {{ return 'vi-VN'; }},\n  getCanonicalURL: function() {{ return '{base}{current}'; }},\n  getCDNBaseURL: function() {{ return '{base}'; }},\n  getCDNDynamicResourcesHost: function() {{ return ''; }},\n  getCDNHost: function() {{ return ''; }},\n  getCompanyGroupId: function() {{ return '20195'; }},\n  getCompanyId: function() {{ return '20155'; }},\n  getDefaultLanguageId: function() {{ return 'vi_VN'; }},\n  getDoAsUserIdEncoded: function() {{ return ''; }},\n  getLanguageId: function() {{ return 'vi_VN'; }},\n  getParentGroupId: function() {{ return '20182'; }},\n  getPathContext: function() {{ return ''; }},\n  getPathImage: function() {{ return '/image'; }},\n  getPathJavaScript: function() {{ return '/o/frontend-js-web'; }},\n  getPathMain: function() {{ return '/c'; }},\n  getPathThemeImages: function() {{ return '{base}/o/vnpt-eportal-theme/images'; }},\n  getPathThemeRoot: function() {{ return '/o/vnpt-eportal-theme'; }},\n  getPlid: function() {{ return '20'; }},\n  getPortalURL: function() {{ return '{base}'; }},\n  getRealUserId: function() {{ return '20159'; }},\n  getScopeGroupId: function() {{ return '20182'; }},\n  getScopeGroupIdOrLiveGroupId: function() {{ return '20182'; }},\n  getSessionId: function() {{ return ''; }},\n  getSiteAdminURL: function() {{ return '{base}/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20182'; }},\n  getSiteGroupId: function() {{ return '20182'; }},\n  getURLControlPanel: function() {{ return '/group/control_panel?refererPlid=20'; }},\n  getURLHome: function() {{ return '{base}/web/guest'; }},\n  getUserEmailAddress: function() {{ return ''; }},\n  getUserId: function() {{ return '20159'; }},\n  getUserName: function() {{ return ''; }},\n  isAddSessionIdToURL: function() {{ return false; }},\n  isImpersonated: function() {{ return false; }},\n  isSignedIn: function() {{ return false; }},\n  isStagedPortlet: function() {{ return false; }},\n  isStateExclusive: function() {{ return false; }},\n  isStateMaximized: function() {{ return false; }},\n  isStatePopUp: function() {{ return false; }}\n}};\nvar themeDisplay = Liferay.ThemeDisplay;\n\
         Liferay.AUI = {{\n  getAvailableLangPath: function() {{ return 'available_languages.jsp?browserId=other&themeId=vnpteportaltheme_WAR_vnpteportaltheme&colorSchemeId=01&languageId=vi_VN&b=7404&t=1672531200000'; }},\n  getCombine: function() {{ return true; }},\n  getComboPath: function() {{ return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7404&t=1672531200000&'; }},\n  getDateFormat: function() {{ return '%d/%m/%Y'; }},\n  getEditorCKEditorPath: function() {{ return '/o/frontend-editor-ckeditor-web'; }},\n  getFilter: function() {{ return 'min'; }},\n  getFilterConfig: function() {{ return null; }},\n  getJavaScriptRootPath: function() {{ return '/o/frontend-js-web'; }},\n  getPortletRootPath: function() {{ return '/html/portlet'; }},\n  getStaticResourceURLParams: function() {{ return '?browserId=other&minifierType=&languageId=vi_VN&b=7404&t=1672531200000'; }}\n}};\n\
         Liferay.authToken = '{auth}';\nLiferay.currentURL = '{current}';\nLiferay.currentURLEncoded = '{encoded}';\n// ]]>\n</script>\n",
        encoded = chrome::percent_encode(current),
    ));
    js.push_str("<script data-senna-track=\"temporary\" src=\"/o/js_loader_config?t=1672531200000\" type=\"text/javascript\"></script>\n<script data-senna-track=\"permanent\" src=\"/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7404&amp;t=1672531200000&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-aui-web/liferay/modules.js&amp;/o/frontend-js-aui-web/liferay/aui_sandbox.js&amp;/o/frontend-js-aui-web/aui/attribute-base/attribute-base.js&amp;/o/frontend-js-aui-web/aui/attribute-complex/attribute-complex.js&amp;/o/frontend-js-aui-web/aui/attribute-core/attribute-core.js&amp;/o/frontend-js-aui-web/aui/attribute-observable/attribute-observable.js&amp;/o/frontend-js-aui-web/aui/attribute-extras/attribute-extras.js&amp;/o/frontend-js-aui-web/aui/event-custom-base/event-custom-base.js&amp;/o/frontend-js-aui-web/aui/event-custom-complex/event-custom-complex.js&amp;/o/frontend-js-aui-web/aui/oop/oop.js&amp;/o/frontend-js-aui-web/aui/aui-base-lang/aui-base-lang.js&amp;/o/frontend-js-aui-web/liferay/dependency.js&amp;/o/frontend-js-aui-web/liferay/util.js&amp;/o/frontend-js-web/liferay/dom_task_runner.js&amp;/o/frontend-js-web/liferay/events.js&amp;/o/frontend-js-web/liferay/lazy_load.js&amp;/o/frontend-js-web/liferay/liferay.js&amp;/o/frontend-js-web/liferay/global.bundle.js&amp;/o/frontend-js-web/liferay/portlet.js&amp;/o/frontend-js-web/liferay/workflow.js\" type=\"text/javascript\"></script>\n<script data-senna-track=\"temporary\" type=\"text/javascript\">\n// <![CDATA[\nLiferay.Loader.require.apply(Liferay.Loader, ['frontend-js-web/liferay/global.bundle'], function() {});\n// ]]>\n</script>\n");
    js
}

const CSS: &str = r#"body { font-family: "Roboto", Arial, sans-serif; font-size: 14px; color: #333; background: #f0f0f0; }
#wrapper { max-width: 1170px; margin: 0 auto; background: #fff; padding: 0; }
.top-bar { background: #8b0000; color: #fff; padding: 6px 15px; font-size: 13px; } .top-bar a { color: #fff; } .top-links { float: right; } .current-date { font-style: italic; }
.banner-img img { width: 100%; display: block; }
#navigation { background: #c00000; } #navigation ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
#navigation li a { display: block; padding: 11px 15px; color: #fff; font-weight: 500; text-transform: uppercase; }
#navigation li a:hover { background: #ffd700; color: #8b0000; text-decoration: none; }
#main-content { padding: 15px 0; }
.portlet { margin-bottom: 18px; } .portlet-title-text { font-size: 17px; color: #c00000; text-transform: uppercase; border-bottom: 2px solid #c00000; padding-bottom: 5px; margin: 0 0 10px; }
.breadcrumb { background: none; padding: 0 0 6px; margin: 0; font-size: 13px; display: flex; list-style: none; } .breadcrumb-item + .breadcrumb-item::before { content: "»"; padding: 0 6px; color: #999; }
.news-item { padding: 10px 0; border-bottom: 1px solid #eee; } .news-item .title { margin: 0 0 5px; font-size: 16px; font-weight: bold; } .news-item .date { color: #999; font-size: 12px; } .news-item .summary { text-align: justify; margin-top: 5px; }
.read-more { font-size: 12px; color: #c00000; } .pagination { display: flex; list-style: none; padding: 0; margin: 15px 0 5px; } .page-link { padding: 4px 10px; border: 1px solid #ddd; margin-right: 3px; display: block; }
.page-item.active .page-link { background: #c00000; color: #fff; border-color: #c00000; } .page-item.disabled .page-link { color: #bbb; } .pagination-results { color: #888; font-size: 12px; }
.header-title { font-size: 24px; font-weight: bold; color: #8b0000; line-height: 1.35; margin: 5px 0 8px; }
.asset-metadata { color: #888; font-size: 13px; margin-bottom: 10px; } .metadata-entry { margin-right: 12px; }
.news-sapo { font-weight: bold; text-align: justify; margin-bottom: 10px; line-height: 1.55; }
.journal-content-article { line-height: 1.7; text-align: justify; font-size: 15px; } .journal-content-article img { max-width: 100%; height: auto; }
.asset-links { margin: 12px 0; text-align: right; font-size: 13px; } .taglib-ratings { font-size: 13px; color: #666; } .taglib-social-bookmarks a { margin-right: 8px; }
.list-news-related, .list-hot-news { padding-left: 18px; } .list-news-related li, .list-hot-news li { padding: 4px 0; } .list-news-related .date { color: #999; font-size: 12px; }
.counter { list-style: none; padding: 0; } .counter li { padding: 3px 0; border-bottom: 1px dotted #ddd; }
.document-table { width: 100%; border-collapse: collapse; } .contact-table .label { font-weight: bold; }
#footer { background: #8b0000; color: #fff; text-align: center; padding: 14px; font-size: 13px; } #footer a { color: #ffd700; } #footer p { margin: 3px 0; }
.hide-accessible { position: absolute; clip: rect(0 0 0 0); } .quick-access-nav { position: absolute; top: -100px; } .hide { display: none; }
"#;
