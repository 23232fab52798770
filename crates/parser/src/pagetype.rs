//! Pages that hold no article whatever their text says: JavaScript cookie
//! challenges, "not found" pages served with status 200, and search results.
//! Listings and category pages are recognized later, from the shape of the
//! main block ([`crate::extract`]).

use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Selector};
use url::Url;

use crate::NotArticle;
use crate::dom::{Index, text_of};
use crate::meta::{TITLE, sel};
use crate::overrides::Overrides;

static SCRIPT: LazyLock<Selector> = LazyLock::new(|| sel("script"));
static BODY: LazyLock<Selector> = LazyLock::new(|| sel("body"));

/// Above this much text in `<body>` (scripts included), a page is no challenge.
const CHALLENGE_MAX_TEXT: usize = 4000;

/// Scripts that set a cookie and reload or redirect: anti-bot challenges.
static CHALLENGE_SCRIPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)document\.cookie\s*=.*(location\.reload|location\.href|location\.replace|window\.location)|challenge-platform|cf_chl_")
        .expect("valid regex")
});

static NOT_FOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(lỗi\s*)?(404|error\s*404)\b|không\s+tìm\s+thấy\s+trang|trang\s+(bạn\s+(yêu\s+cầu|tìm)\s+)?không\s+tồn\s+tại|\bpage\s+not\s+found\b|^not\s+found$|bài\s+viết\s+không\s+tồn\s+tại",
    )
    .expect("valid regex")
});

static SEARCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^kết\s+quả\s+tìm\s+kiếm|^search\s+results?\b|^tìm\s+kiếm$").expect("valid regex")
});

/// Rejects the page when it is a challenge, a "not found" page or a search page.
pub fn check(doc: &Html, index: &Index, url: &Url) -> Result<(), NotArticle> {
    let body_text = doc.select(&BODY).next().map_or(0, |b| index.text_stats(b.id()).0);
    if body_text < CHALLENGE_MAX_TEXT {
        let scripts_text: usize = doc.select(&SCRIPT).map(|s| index.text_stats(s.id()).0).sum();
        // Little text besides scripts, and a script that sets a cookie and reloads.
        if body_text.saturating_sub(scripts_text) < 200
            && doc
                .select(&SCRIPT)
                .any(|s| CHALLENGE_SCRIPT.is_match(&s.text().collect::<String>()))
        {
            return Err(NotArticle("a JavaScript challenge page".into()));
        }
    }
    let title = doc.select(&TITLE).next();
    let h1s = index
        .marked
        .headings
        .iter()
        .filter_map(|&id| doc.tree.get(id).and_then(scraper::ElementRef::wrap))
        .filter(|e| e.value().name() == "h1");
    for h in title.into_iter().chain(h1s) {
        let text = text_of(h);
        if NOT_FOUND.is_match(&text) {
            return Err(NotArticle(format!("a \"not found\" page: {text:?}")));
        }
        if SEARCH.is_match(&text) {
            return Err(NotArticle("a search results page".into()));
        }
    }
    let path = url.path().to_ascii_lowercase();
    if ["/search", "/timkiem", "/tim-kiem", "/ket-qua-tim-kiem"]
        .iter()
        .any(|p| path.contains(p))
    {
        return Err(NotArticle("a search results page".into()));
    }
    Ok(())
}

/// Rejects an article template served without its article (a SharePoint
/// `ChiTietTinTuc.aspx?nid=0`): the page's platform is known, every element
/// any platform reads as an article body is empty, no platform's title
/// element and no `h1` holds a headline, and an element named as the title
/// ("lblTieuDe") stands empty. A sidebar's list then holds the only text on
/// the page, and is no article.
pub fn check_template(doc: &Html, index: &Index, adapter: Option<&Overrides>) -> Result<(), NotArticle> {
    static IMG: LazyLock<Selector> = LazyLock::new(|| sel("img"));
    static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
    let Some(adapter) = adapter else {
        return Ok(());
    };
    let empty = |e: &scraper::ElementRef<'_>| index.text_stats(e.id()).0 == 0 && e.select(&IMG).next().is_none();
    // The conditions go cheapest first, each a reason the page is no empty
    // template: walking every platform's selectors over a large page costs
    // more than the rest of extraction, and an empty title element is rare.
    let empty_title = index
        .marked
        .headings
        .iter()
        .filter_map(|&id| doc.tree.get(id).and_then(scraper::ElementRef::wrap))
        .any(|e| {
            let hints = crate::dom::hints(e.value());
            empty(&e) && (hints.contains("tieude") || hints.contains("title"))
        });
    if !empty_title {
        return Ok(());
    }
    let headline = |e: &scraper::ElementRef<'_>| !index.excluded(e.id()) && index.text_stats(e.id()).0 >= 8;
    if doc.select(&H1).any(|e| headline(&e)) {
        return Ok(());
    }
    // The page's own platform first: on almost every page its body holds
    // the article, and the other platforms' selectors need not walk the
    // document.
    let found = |e: &scraper::ElementRef<'_>| !index.excluded(e.id()) && !empty(e);
    if adapter.body.as_ref().is_some_and(|b| b.select(doc).any(|e| found(&e))) {
        return Ok(());
    }
    let mut bodies = crate::platform::all_selectors()
        .filter_map(|a| a.body.as_ref())
        .flat_map(|b| b.select(doc))
        .filter(|e| !index.excluded(e.id()))
        .peekable();
    if bodies.peek().is_none() || !bodies.all(|e| empty(&e)) {
        return Ok(());
    }
    let titled = crate::platform::all_selectors()
        .filter_map(|a| a.title.as_ref())
        .any(|t| t.select(doc).any(|e| headline(&e)));
    if !titled {
        return Err(NotArticle(
            "an empty article template: its title and body elements hold nothing".into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_html(html: &str, url: &str) -> Result<(), NotArticle> {
        let doc = Html::parse_document(html);
        let index = Index::build(&doc, &Default::default());
        check(&doc, &index, &Url::parse(url).unwrap())
    }

    #[test]
    fn challenges_not_found_and_search_pages() {
        let challenge = r#"<html><head><script>document.cookie="D1N=ab12; path=/";window.location.reload(true);</script></head><body></body></html>"#;
        assert!(check_html(challenge, "https://a.gov.vn/x").is_err());
        assert!(check_html("<title>404 - Không tìm thấy trang</title>", "https://a.gov.vn/x").is_err());
        assert!(check_html("<h1>Kết quả tìm kiếm</h1>", "https://a.gov.vn/x").is_err());
        assert!(check_html("<h1>Bài</h1>", "https://a.gov.vn/Trang/TimKiem.aspx?k=a").is_err());
        // An article whose title mentions searching, and one with a cookie banner script.
        let article = r#"<html><body><h1>Tìm kiếm ngư dân mất tích trên biển</h1><script>document.cookie="seen=1";</script><p>Text</p></body></html>"#;
        assert!(check_html(article, "https://a.gov.vn/tin/1").is_ok());
    }
}
