//! Finding article links and listing pagination on a listing page.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::canonical::canonicalize;
use crate::config::Portal;

/// Links found on one listing page, canonical, deduplicated, in document order.
#[derive(Debug, Default, PartialEq)]
pub struct PageLinks {
    pub articles: Vec<Url>,
    /// Further pages of the same listing (pagination), numbered or "next".
    pub listings: Vec<Url>,
    /// The page's "next page" link, when it marks one (`rel="next"`, "Trang sau", "»").
    pub next: Option<Url>,
    /// RSS/Atom feeds the page announces (`<link rel="alternate">`).
    pub feeds: Vec<Url>,
    /// The oldest date shown next to an article link (`dd/mm/yyyy`), for backfill horizons.
    pub oldest_date: Option<NaiveDate>,
}

static FEED_LINKS: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"link[rel~="alternate"][href]"#).expect("valid selector"));
static REL_NEXT: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"link[rel~="next"][href], a[rel~="next"][href]"#).expect("valid selector"));
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b").expect("valid regex"));

/// Labels of "next page" links on Vietnamese portals (compared trimmed, lower-cased).
const NEXT_LABELS: &[&str] = &[
    "sau",
    "trang sau",
    "tiếp",
    "tiếp theo",
    "trang tiếp",
    "next",
    "»",
    "›",
    ">",
    ">>",
    "next »",
    "sau »",
];

static ANCHORS: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a[href]").expect("valid selector"));

/// Extracts article and pagination links from `html`, fetched from `page_url`.
/// Only links on the portal's own host count.
pub fn discover(html: &str, page_url: &Url, portal: &Portal) -> PageLinks {
    let doc = Html::parse_document(html);
    let base = base_href(&doc, page_url);
    let mut seen = BTreeSet::new();
    let mut links = PageLinks::default();
    for link in doc.select(&FEED_LINKS) {
        let kind = link.value().attr("type").unwrap_or("").to_ascii_lowercase();
        if (kind.contains("rss") || kind.contains("atom"))
            && let Some(url) = link.value().attr("href").and_then(|h| resolve(&base, h))
            && same_site(&url, &portal.base_url)
            && !links.feeds.contains(&url)
        {
            links.feeds.push(url);
        }
    }
    for next in doc.select(&REL_NEXT) {
        if let Some(url) = next.value().attr("href").and_then(|h| resolve(&base, h))
            && same_site(&url, &portal.base_url)
            && url != *page_url
        {
            links.next = Some(url);
            break;
        }
    }
    for a in doc.select(&ANCHORS) {
        let Some(href) = a.value().attr("href") else {
            continue;
        };
        let Some(url) = resolve(&base, href) else {
            continue;
        };
        if !same_site(&url, &portal.base_url) {
            continue;
        }
        // "Next" often repeats a numbered link, so look before deduplicating.
        if links.next.is_none() && is_pagination_of(&url, page_url) && is_next_label(a) {
            links.next = Some(url.clone());
        }
        if !seen.insert(url.to_string()) {
            continue;
        }
        let is_article = match &portal.article_pattern {
            Some(pattern) => pattern.is_match(url.as_str()),
            None => looks_like_article(&url),
        };
        if is_article {
            if let Some(date) = date_near(a) {
                links.oldest_date = Some(links.oldest_date.map_or(date, |d| d.min(date)));
            }
            links.articles.push(url);
        } else if is_pagination_of(&url, page_url) {
            links.listings.push(url);
        }
    }
    if let Some(next) = &links.next
        && !links.listings.contains(next)
    {
        links.listings.push(next.clone());
    }
    links
}

fn is_next_label(a: ElementRef<'_>) -> bool {
    let text = a.text().collect::<String>();
    let text = text.trim().to_lowercase();
    let title = a.value().attr("title").unwrap_or("").trim().to_lowercase();
    NEXT_LABELS.contains(&text.as_str()) || NEXT_LABELS.contains(&title.as_str())
}

/// A `dd/mm/yyyy` date in the small block around an article link: the
/// listing item (the link itself or up to three ancestors, while short).
fn date_near(a: ElementRef<'_>) -> Option<NaiveDate> {
    let mut node = Some(a);
    for _ in 0..4 {
        let el = node?;
        // Joined with spaces: adjacent elements must not glue a date to a word.
        let text = el.text().collect::<Vec<_>>().join(" ");
        if text.len() > 600 {
            return None;
        }
        if let Some(date) = first_date(&text) {
            return Some(date);
        }
        node = el.parent().and_then(ElementRef::wrap);
    }
    None
}

/// The first valid `dd/mm/yyyy` (or `dd-mm-yyyy`, `dd.mm.yyyy`) date in `text`.
pub fn first_date(text: &str) -> Option<NaiveDate> {
    DATE.captures_iter(text).find_map(|c| {
        let (d, m, y) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        NaiveDate::from_ymd_opt(y, m, d)
    })
}

/// The document's `<base href>` if any, else the page URL.
fn base_href(doc: &Html, page_url: &Url) -> Url {
    static BASE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("base[href]").expect("valid selector"));
    doc.select(&BASE)
        .next()
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| page_url.join(h).ok())
        .unwrap_or_else(|| page_url.clone())
}

/// An absolute http(s) URL without fragment, or `None` for javascript:, mailto: and the like.
pub fn resolve(base: &Url, href: &str) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    let url = base.join(href).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    Some(canonicalize(&url))
}

pub fn same_site(url: &Url, base: &Url) -> bool {
    let strip = |h: &str| h.trim_start_matches("www.").to_ascii_lowercase();
    match (url.host_str(), base.host_str()) {
        (Some(a), Some(b)) => strip(a) == strip(b) && url.port_or_known_default() == base.port_or_known_default(),
        _ => false,
    }
}

static NON_HTML: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\.(jpe?g|png|gif|webp|svg|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp3|mp4|avi|wmv|flv|css|js|xml|rss)$",
    )
    .expect("valid regex")
});
static ARTICLE_PATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        /-/asset_publisher/[^/]+/content/          # VNPT ePortal (Liferay)
        | /\d{4}-\d{1,2}-\d{1,2}/[^/]+\.aspx$      # SharePoint Tân Dân: /Pages/2020-12-31/slug.aspx
        | (chitiet|chi-tiet|detail|newsdetail|view)[^/]*\.(aspx|php|html?)$  # detail pages keyed by a query id
        | -\d{3,}\.(html?|aspx)$                  # slug ending in an id
        | /(\p{L}+-){4,}\p{L}*\d*(\.html?|\.aspx)?/?$  # long hyphenated slug (WordPress, custom CMS)
        ",
    )
    .expect("valid regex")
});
static ID_PARAM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(nid|id|itemid|newsid|articleid|news_id|tinid)$").expect("valid regex"));

/// Heuristics for portals without an `article_pattern`: detail-page URL shapes
/// of the common platforms.
pub fn looks_like_article(url: &Url) -> bool {
    let path = url.path();
    if NON_HTML.is_match(path) || page_number(url).is_some() {
        return false;
    }
    if ARTICLE_PATH.is_match(path) {
        // A detail page keyed by query needs its id parameter.
        let lower = path.to_ascii_lowercase();
        let keyed = ["chitiet", "chi-tiet", "detail", "view"]
            .iter()
            .any(|k| lower.contains(k))
            && !lower.contains("/-/asset_publisher/");
        return !keyed || has_id_param(url) || path.contains('-');
    }
    has_id_param(url) && path.to_ascii_lowercase().contains("chitiet")
}

fn has_id_param(url: &Url) -> bool {
    url.query_pairs()
        .any(|(k, v)| ID_PARAM.is_match(&k) && !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()))
}

static PAGE_PATH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/page/(\d+)/?$").expect("valid regex"));

/// The page number a listing URL carries: `?PageIndex=N`, `?Page=N`, `&trang=N`,
/// Liferay `_cur=N` (any `…_cur`), `?p=N`, or `/page/N/`.
pub fn page_number(url: &Url) -> Option<u32> {
    let from_query = url.query_pairs().find_map(|(k, v)| {
        let k = k.to_ascii_lowercase();
        let is_page = matches!(
            k.as_str(),
            "pageindex" | "page" | "trang" | "p" | "pagenumber" | "pageno" | "cur"
        ) || k.ends_with("_cur")
            || k.ends_with("pageindex");
        if is_page { v.parse().ok() } else { None }
    });
    from_query.or_else(|| PAGE_PATH.captures(url.path()).and_then(|c| c[1].parse().ok()))
}

/// `url` is another page of the listing at `listing`: the same path (or the
/// same path plus `/page/N`) with a page number.
fn is_pagination_of(url: &Url, listing: &Url) -> bool {
    if page_number(url).is_none() || url == listing {
        return false;
    }
    let strip = |p: &str| PAGE_PATH.replace(p, "").trim_end_matches('/').to_ascii_lowercase();
    strip(url.path()) == strip(listing.path())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_portals;
    use std::path::Path;

    fn portal(pattern: Option<&str>) -> Portal {
        let pattern = pattern
            .map(|p| format!("article_pattern = '{p}'\n"))
            .unwrap_or_default();
        let text = format!(
            "[[portal]]\nid = \"p\"\nname = \"P\"\nbase_url = \"http://portal.gov.vn\"\nstart_urls = [\"http://portal.gov.vn/tin-tuc\"]\n{pattern}"
        );
        parse_portals(&text, Path::new("t.toml")).unwrap().remove(0)
    }

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn heuristics_recognize_platform_article_urls() {
        for article in [
            "http://a.gov.vn/portal/Pages/2020-12-31/Hoi-nghi-truc-tuyen.aspx",
            "http://a.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1234",
            "http://a.gov.vn/web/guest/tin-tuc/-/asset_publisher/Xyz123/content/hoi-nghi-tong-ket",
            "http://a.gov.vn/tin-tuc/tong-ket-cong-tac-dan-van-nam-2023-12345.html",
            "http://a.gov.vn/2024/01/hoi-nghi-giao-ban-cong-tac-dan-van/",
        ] {
            assert!(looks_like_article(&u(article)), "{article}");
        }
        for other in [
            "http://a.gov.vn/",
            "http://a.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2",
            "http://a.gov.vn/Trang/TinTuc.aspx",
            "http://a.gov.vn/Trang/ChiTietTinTuc.aspx",
            "http://a.gov.vn/lien-he",
            "http://a.gov.vn/uploads/bao-cao-tong-ket-nam-2023.pdf",
            "http://a.gov.vn/web/guest/tin-tuc?p_p_id=x&_x_INSTANCE_y_cur=2",
        ] {
            assert!(!looks_like_article(&u(other)), "{other}");
        }
    }

    #[test]
    fn page_numbers_of_common_schemes() {
        assert_eq!(page_number(&u("http://a/x.aspx?PageIndex=3")), Some(3));
        assert_eq!(page_number(&u("http://a/x.aspx?Page=2")), Some(2));
        assert_eq!(page_number(&u("http://a/tin-tuc?cat=1&trang=4")), Some(4));
        assert_eq!(
            page_number(&u("http://a/web?p_p_id=x&_com_liferay_INSTANCE_ab_cur=5")),
            Some(5)
        );
        assert_eq!(page_number(&u("http://a/category/news/page/6/")), Some(6));
        assert_eq!(page_number(&u("http://a/tin-tuc?id=6")), None);
    }

    #[test]
    fn discover_sorts_articles_from_pagination_and_drops_the_rest() {
        let html = r#"<html><body>
            <a href="/">Trang chủ</a>
            <a href="/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2024-123.html">A</a>
            <a href="tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2024-123.html#top">A again</a>
            <a href="http://portal.gov.vn/tin-tuc?trang=2">2</a>
            <a href="http://other.gov.vn/tin-tuc/bai-viet-cua-trang-khac-99.html">external</a>
            <a href="javascript:void(0)">js</a><a href="mailto:a@b">mail</a>
            <a href="/lien-he">Liên hệ</a>
            <a href="/van-ban?trang=2">other listing</a>
        </body></html>"#;
        let links = discover(html, &u("http://portal.gov.vn/tin-tuc"), &portal(None));
        assert_eq!(
            links.articles,
            vec![u(
                "http://portal.gov.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2024-123.html"
            )]
        );
        assert_eq!(links.listings, vec![u("http://portal.gov.vn/tin-tuc?trang=2")]);

        let links = discover(html, &u("http://portal.gov.vn/tin-tuc"), &portal(Some(r"/lien-he$")));
        assert_eq!(links.articles, vec![u("http://portal.gov.vn/lien-he")]);
    }

    #[test]
    fn next_links_feeds_and_dates() {
        let html = r#"<html><head>
            <link rel="alternate" type="application/rss+xml" href="/rss/tin-tuc.rss">
            <link rel="alternate" type="application/atom+xml" href="http://other.gov.vn/feed">
            <link rel="alternate" hreflang="en" href="/en">
        </head><body>
            <ul>
              <li><a href="/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2024-123.html">A</a> <span>15/01/2024</span></li>
              <li><div><a href="/tin-tuc/dai-hoi-dang-bo-xa-nhiem-ky-moi-124.html?utm_source=zalo">B</a></div><i>03-12-2023</i></li>
            </ul>
            <div class="paging"><a href="/tin-tuc?trang=1">1</a><a href="/tin-tuc?trang=2">2</a>
            <a href="/tin-tuc?trang=3">3</a><a href="/tin-tuc?trang=2" title="Trang sau">»</a></div>
            <p>Hôm nay: 21/11/2026</p>
        </body></html>"#;
        let links = discover(html, &u("http://portal.gov.vn/tin-tuc?trang=1"), &portal(None));
        assert_eq!(links.feeds, vec![u("http://portal.gov.vn/rss/tin-tuc.rss")]);
        assert_eq!(links.next, Some(u("http://portal.gov.vn/tin-tuc?trang=2")));
        assert_eq!(
            links.listings,
            vec![
                u("http://portal.gov.vn/tin-tuc?trang=2"),
                u("http://portal.gov.vn/tin-tuc?trang=3")
            ]
        );
        // Canonical: the tracking parameter is gone.
        assert_eq!(
            links.articles[1],
            u("http://portal.gov.vn/tin-tuc/dai-hoi-dang-bo-xa-nhiem-ky-moi-124.html")
        );
        // The header's "today" is not next to an article link.
        assert_eq!(links.oldest_date, NaiveDate::from_ymd_opt(2023, 12, 3));

        let rel = r#"<head><link rel="next" href="/category/tin-tuc/page/2/"></head>"#;
        let links = discover(rel, &u("http://portal.gov.vn/category/tin-tuc/"), &portal(None));
        assert_eq!(links.next, Some(u("http://portal.gov.vn/category/tin-tuc/page/2/")));
        assert_eq!(
            first_date("ngày 31/02/2024 và 29/02/2024"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
    }
}
