//! Page metadata: meta tags, JSON-LD, title candidates, summary, breadcrumb,
//! canonical URL and images.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use ego_tree::NodeId;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use url::Url;
use vnportal_model::{Image, clean_inline};

use crate::dates::parse_iso;
use crate::dom::{in_excluded, text_of};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

static META: LazyLock<Selector> = LazyLock::new(|| sel("meta[content]"));
static JSON_LD: LazyLock<Selector> = LazyLock::new(|| sel(r#"script[type="application/ld+json"]"#));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel(r#"link[rel="canonical"][href]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static HEADINGS: LazyLock<Selector> = LazyLock::new(|| {
    sel(
        "h1, h2, h3, h4, [class*=title], [class*=Title], [id*=title], [id*=Title], [class*=tieude], [class*=tieu-de], [class*=headline]",
    )
});
static SUMMARY: LazyLock<Selector> = LazyLock::new(|| {
    sel(
        "[class*=sapo], [class*=Sapo], [class*=summary], [class*=Summary], [class*=TrichDan], [class*=trichdan], [class*=tomtat], [class*=TomTat], [class*=lead], [class*=Lead], [class*=chapeau], [class*=mota], [class*=MoTa], [class*=intro], [class*=description], [id*=sapo], [id*=Summary], [id*=summary]",
    )
});
static BREADCRUMB: LazyLock<Selector> = LazyLock::new(|| {
    sel(
        "[class*=breadcrumb], [class*=Breadcrumb], [id*=breadcrumb], [id*=Breadcrumb], [class*=duongdan], [class*=DuongDan], [class*=path-link], [class*=BreadCrumb]",
    )
});
static IMG: LazyLock<Selector> = LazyLock::new(|| sel("img"));

/// `<meta>` values by `property`, `name` or `itemprop`.
pub fn meta(doc: &Html, keys: &[&str]) -> Option<String> {
    doc.select(&META).find_map(|m| {
        let el = m.value();
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))?;
        if !keys.iter().any(|k| k.eq_ignore_ascii_case(key)) {
            return None;
        }
        Some(clean_inline(el.attr("content")?)).filter(|v| !v.is_empty())
    })
}

/// `datePublished` from JSON-LD blocks, anywhere in the graph.
pub fn json_ld_date(doc: &Html) -> Option<DateTime<FixedOffset>> {
    fn find(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::Object(map) => map
                .get("datePublished")
                .and_then(|d| d.as_str().map(str::to_owned))
                .or_else(|| map.values().find_map(find)),
            serde_json::Value::Array(items) => items.iter().find_map(find),
            _ => None,
        }
    }
    doc.select(&JSON_LD).find_map(|s| {
        let json: serde_json::Value = serde_json::from_str(&s.text().collect::<String>()).ok()?;
        parse_iso(&find(&json)?)
    })
}

pub fn meta_date(doc: &Html) -> Option<DateTime<FixedOffset>> {
    meta(
        doc,
        &[
            "article:published_time",
            "og:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "dc.date.issued",
        ],
    )
    .and_then(|v| parse_iso(&v))
    .or_else(|| json_ld_date(doc))
}

/// The document `<title>`.
pub fn document_title(doc: &Html) -> Option<String> {
    doc.select(&TITLE).next().map(text_of).filter(|t| !t.is_empty())
}

/// Cuts a site-name suffix or prefix: "Title - Cổng thông tin điện tử huyện Kim Sơn".
pub fn strip_site_name(title: &str) -> String {
    static SITE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(cổng|trang)\s+(thông\s+tin|ttđt|tt)|ban\s+(dân\s+vận|tuyên\s+giáo)|ubnd|ủy ban|portal|\.gov\.vn",
        )
        .expect("valid regex")
    });
    for sep in [" | ", " - ", " – ", " — ", " :: ", " » "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && SITE.is_match(tail)
        {
            return head.trim().to_owned();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && SITE.is_match(head)
            && !SITE.is_match(tail)
        {
            return tail.trim().to_owned();
        }
    }
    title.trim().to_owned()
}

fn same_text(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// The article's title element: a heading that matches `og:title` or
/// `<title>`, preferring `h1`, before or at the top of the content.
pub struct TitleChoice {
    pub text: String,
    pub node: Option<NodeId>,
}

pub fn choose_title(
    doc: &Html,
    excluded: &HashSet<NodeId>,
    content_start: usize,
    order: &std::collections::HashMap<NodeId, usize>,
) -> Option<TitleChoice> {
    let og = meta(doc, &["og:title", "twitter:title"]).map(|t| strip_site_name(&t));
    let doc_title = document_title(doc);
    let stripped = doc_title.as_deref().map(strip_site_name);
    let mut best: Option<(i32, usize, TitleChoice)> = None;
    for el in doc.select(&HEADINGS) {
        if in_excluded(*el, excluded) {
            continue;
        }
        let text = text_of(el);
        let len = text.chars().count();
        if !(8..=400).contains(&len) {
            continue;
        }
        let pos = order.get(&el.id()).copied().unwrap_or(usize::MAX);
        // Titles stand above the body, or at its very top.
        if pos > content_start.saturating_add(40) {
            continue;
        }
        let mut score = 0;
        if og.as_deref().is_some_and(|o| same_text(o, &text))
            || stripped.as_deref().is_some_and(|t| same_text(t, &text))
        {
            score += 6;
        } else if doc_title
            .as_deref()
            .is_some_and(|t| t.to_lowercase().contains(&text.to_lowercase()))
        {
            score += 3;
        }
        score += match el.value().name() {
            "h1" => 3,
            "h2" => 2,
            "h3" | "h4" => 1,
            _ => 0,
        };
        let hint = crate::dom::hints(el.value());
        if hint.contains("title") || hint.contains("tieude") || hint.contains("tieu-de") || hint.contains("headline") {
            score += 2;
        }
        if score < 2 {
            continue;
        }
        // Ties go to the heading nearest the content.
        if best
            .as_ref()
            .is_none_or(|(s, p, _)| score > *s || (score == *s && pos > *p))
        {
            best = Some((
                score,
                pos,
                TitleChoice {
                    text,
                    node: Some(el.id()),
                },
            ));
        }
    }
    best.map(|(_, _, c)| c)
        .or_else(|| og.map(|text| TitleChoice { text, node: None }))
        .or_else(|| {
            stripped
                .filter(|t| t.chars().count() >= 8)
                .map(|text| TitleChoice { text, node: None })
        })
}

/// The lead paragraph marked by a sapo/summary class.
pub fn summary(doc: &Html, excluded: &HashSet<NodeId>) -> Option<(String, NodeId)> {
    doc.select(&SUMMARY)
        .filter(|e| !in_excluded(**e, excluded) && e.value().name() != "meta")
        .find_map(|e| {
            let text = text_of(e);
            (text.chars().count() >= 30 && text.chars().count() <= 1500).then(|| (text, e.id()))
        })
}

/// The last breadcrumb entry that is not the article title itself.
pub fn category(doc: &Html, title: &str) -> Option<String> {
    static ITEMS: LazyLock<Selector> = LazyLock::new(|| sel("a, li, span"));
    let crumb = doc.select(&BREADCRUMB).next()?;
    let mut items: Vec<String> = crumb
        .select(&ITEMS)
        .filter(|e| e.select(&ITEMS).next().is_none())
        .map(text_of)
        .filter(|t| !t.is_empty() && t.chars().any(char::is_alphanumeric))
        .collect();
    items.dedup();
    while items.last().is_some_and(|l| same_text(l, title)) {
        items.pop();
    }
    let last = items.pop()?;
    let home = ["trang chủ", "home", "trang chu"];
    (!home.contains(&last.to_lowercase().as_str())).then_some(last)
}

pub fn canonical(doc: &Html, page: &Url) -> Option<Url> {
    doc.select(&CANONICAL)
        .find_map(|l| l.value().attr("href"))
        .and_then(|h| page.join(h.trim()).ok())
        .or_else(|| meta(doc, &["og:url"]).and_then(|u| page.join(&u).ok()))
        .filter(|u| matches!(u.scheme(), "http" | "https"))
}

/// Images inside the content container, with captions from `<figcaption>`,
/// the row under the image in a layout table, or a meaningful `alt`.
pub fn images(content: ElementRef<'_>, excluded: &HashSet<NodeId>, page: &Url) -> Vec<Image> {
    static CAPTION: LazyLock<Selector> = LazyLock::new(|| sel("figcaption"));
    let mut out: Vec<Image> = Vec::new();
    for img in content.select(&IMG) {
        if in_excluded(*img, excluded) {
            continue;
        }
        let el = img.value();
        let Some(src) = el
            .attr("src")
            .or_else(|| el.attr("data-src"))
            .or_else(|| el.attr("data-original"))
        else {
            continue;
        };
        let small = |a| {
            el.attr(a)
                .and_then(|v| v.trim_end_matches("px").parse::<u32>().ok())
                .is_some_and(|v| v < 60)
        };
        if small("width") || small("height") || src.starts_with("data:") {
            continue;
        }
        let Ok(url) = page.join(src.trim()) else {
            continue;
        };
        let lower = url.path().to_ascii_lowercase();
        if ["icon", "logo", "print", "email", "share", "spacer", "blank.gif"]
            .iter()
            .any(|k| lower.contains(k))
        {
            continue;
        }
        let figure_caption = img
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| a.value().name() == "figure")
            .and_then(|f| f.select(&CAPTION).next())
            .map(text_of);
        let table_caption = || {
            let row = img
                .ancestors()
                .filter_map(ElementRef::wrap)
                .find(|a| a.value().name() == "tr")?;
            let next_row = row
                .next_siblings()
                .filter_map(ElementRef::wrap)
                .find(|s| s.value().name() == "tr")?;
            Some(text_of(next_row))
        };
        let alt = || {
            el.attr("alt")
                .or_else(|| el.attr("title"))
                .map(clean_inline)
                .filter(|a| a.chars().count() >= 8 && a.contains(' ') && !a.to_ascii_lowercase().ends_with(".jpg"))
        };
        let caption = figure_caption
            .or_else(table_caption)
            .or_else(alt)
            .filter(|c| !c.is_empty() && c.chars().count() <= 500);
        if !out.iter().any(|i| i.url == url.as_str()) {
            out.push(Image {
                url: url.to_string(),
                caption,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_are_cut_from_titles() {
        assert_eq!(
            strip_site_name("Tổng kết công tác dân vận năm 2023 - Cổng thông tin điện tử huyện Kim Sơn"),
            "Tổng kết công tác dân vận năm 2023"
        );
        assert_eq!(
            strip_site_name("Ban Dân vận Tỉnh ủy Nghệ An | Nhiệm vụ trọng tâm năm 2023"),
            "Nhiệm vụ trọng tâm năm 2023"
        );
        assert_eq!(
            strip_site_name("Đắk Lắk: Tăng cường sự phối hợp - hiệu quả"),
            "Đắk Lắk: Tăng cường sự phối hợp - hiệu quả"
        );
    }

    #[test]
    fn breadcrumb_category() {
        let doc = Html::parse_document(
            r#"<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức - Sự kiện</a> › <span>Bài viết</span></div>"#,
        );
        assert_eq!(category(&doc, "Bài viết").as_deref(), Some("Tin tức - Sự kiện"));
    }
}
