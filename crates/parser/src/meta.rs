//! Page metadata: meta tags, JSON-LD, title candidates, summary, breadcrumb,
//! canonical URL and images.

use std::cell::LazyCell;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use ego_tree::NodeId;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use url::Url;
use vnportal_model::Image;

use crate::dates::{find_date, parse_iso};
use crate::dom::{Index, text_of, visible_text_of};
use vnportal_model::clean_inline as clean;

/// A built-in selector.
pub(crate) fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

static JSON_LD: LazyLock<Selector> = LazyLock::new(|| sel(r#"script[type="application/ld+json"]"#));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel(r#"link[rel="canonical"][href]"#));
pub(crate) static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static IMG: LazyLock<Selector> = LazyLock::new(|| sel("img"));
pub(crate) static FIGCAPTION: LazyLock<Selector> = LazyLock::new(|| sel("figcaption"));

/// `<meta>` values by `property`, `name` or `itemprop`.
pub fn meta(doc: &Html, index: &Index, keys: &[&str]) -> Option<String> {
    index.marked.metas.iter().find_map(|&id| {
        let el = doc.tree.get(id)?.value().as_element()?;
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))?;
        if !keys.iter().any(|k| k.eq_ignore_ascii_case(key)) {
            return None;
        }
        Some(clean(el.attr("content")?)).filter(|v| !v.is_empty())
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

/// The people JSON-LD names as the article's `author` ("Person" entries;
/// an "Organization" author is the portal itself), joined with ", ".
pub fn json_ld_author(doc: &Html) -> Option<String> {
    fn person(v: &serde_json::Value) -> Option<&str> {
        match v {
            serde_json::Value::String(name) => Some(name),
            serde_json::Value::Object(map) => {
                let kind = map.get("@type").and_then(|t| t.as_str()).unwrap_or("Person");
                (kind == "Person").then(|| map.get("name")?.as_str()).flatten()
            }
            _ => None,
        }
    }
    fn find(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::Object(map) => map
                .get("author")
                .and_then(|a| {
                    let names: Vec<&str> = match a {
                        serde_json::Value::Array(items) => items.iter().filter_map(person).collect(),
                        one => person(one).into_iter().collect(),
                    };
                    (!names.is_empty()).then(|| names.join(", "))
                })
                .or_else(|| map.values().find_map(find)),
            serde_json::Value::Array(items) => items.iter().find_map(find),
            _ => None,
        }
    }
    doc.select(&JSON_LD).find_map(|s| {
        let json: serde_json::Value = serde_json::from_str(&s.text().collect::<String>()).ok()?;
        crate::byline::clean_author(&clean(&find(&json)?))
    })
}

/// `<time itemprop="datePublished" datetime="…">` and similar microdata.
fn microdata_date(doc: &Html) -> Option<DateTime<FixedOffset>> {
    static PUBLISHED: LazyLock<Selector> =
        LazyLock::new(|| sel("[itemprop=datePublished][datetime], [itemprop=datePublished][content]"));
    doc.select(&PUBLISHED).find_map(date_of)
}

/// The date an element states: its `datetime` or `content` attribute when
/// machine-readable, else the first date in its text.
pub fn date_of(el: ElementRef<'_>) -> Option<DateTime<FixedOffset>> {
    let v = el.value();
    v.attr("datetime")
        .or_else(|| v.attr("content"))
        .and_then(parse_iso)
        .or_else(|| find_date(&text_of(el)))
}

pub fn meta_date(doc: &Html, index: &Index) -> Option<DateTime<FixedOffset>> {
    meta(
        doc,
        index,
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
    .or_else(|| microdata_date(doc))
}

/// The document `<title>`.
pub fn document_title(doc: &Html) -> Option<String> {
    doc.select(&TITLE).next().map(text_of).filter(|t| !t.is_empty())
}

/// The whole text is a portal's name: "Cổng thông tin điện tử tỉnh Gia Lai".
fn is_site_name(title: &str) -> bool {
    static SITE_NAME: LazyLock<Regex> = LazyLock::new(|| {
        // A hyphenated province may end it: "… tỉnh Bà Rịa - Vũng Tàu".
        Regex::new(
            r"^(?i:cổng|trang)\s+(?i:thông\s+tin|tin|ttđt|tt)(?i:\s+điện\s+tử)?\b[^|:–—-]*(\s-\s(\p{Lu}\S*(\s\p{Lu}\S*){0,2}))?$",
        )
        .expect("valid regex")
    });
    SITE_NAME
        .captures(title.trim())
        .is_some_and(|c| c.get(2).is_none_or(|half| is_place_half(half.as_str())))
}

/// Words of a site's name in `<title>`: the portal, the office, the address.
static SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(cổng|trang)\s+(thông\s+tin|ttđt|tt)|ban\s+(dân\s+vận|tuyên\s+giáo)|ubnd|ủy ban|portal|\.gov\.vn")
        .expect("valid regex")
});

/// Cuts a site-name suffix or prefix: "Title - Cổng thông tin điện tử huyện Kim Sơn".
pub fn strip_site_name(title: &str) -> String {
    // A whole portal's name first ("Trang thông tin điện tử xã Phong Điền -
    // Thông báo kết luận của Chủ tịch UBND xã …"): the headline after it may
    // hold a word of a site's name itself.
    for sep in TITLE_SEPARATORS {
        if let Some((head, tail)) = title.split_once(sep)
            && is_portal_name(head)
            && !is_site_name(tail)
            // Not the half of a hyphenated province: "Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu - …".
            && !tail.split(sep).next().is_some_and(is_place_half)
        {
            return tail.trim().to_owned();
        }
    }
    for sep in TITLE_SEPARATORS {
        // From the right, past the second half of a hyphenated place name
        // ("… - Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu"), to the part naming the site.
        for (at, _) in title.rmatch_indices(sep) {
            let part = title[at + sep.len()..].split(sep).next().unwrap_or_default();
            if SITE.is_match(part) {
                return title[..at].trim().to_owned();
            }
            if !is_place_half(part) {
                break;
            }
        }
        if let Some((head, mut tail)) = title.split_once(sep)
            && SITE.is_match(head)
            && !SITE.is_match(tail)
            // "UBND xã … ra quân … - Tin tức": the label names the section,
            // the head is the headline.
            && !is_section_label(tail)
        {
            // The office's province after it, named as one: "UBND XÃ NÀ
            // GIÀNG - TỈNH CAO BẰNG - Title" (a bare "Nghệ An - Lào …" opens
            // the headline).
            while let Some((place, rest)) = tail.split_once(sep)
                && crate::places::is_place_only(place)
                && is_place_half(place)
            {
                tail = rest;
            }
            return tail.trim().to_owned();
        }
    }
    title.trim().to_owned()
}

fn trim_separators(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | ':' | '»'))
}

/// Words of the labels portals give a section or the article view instead of
/// a headline: "Tin tức - Sự kiện", "Chi tiết tin tức", "Tin hoạt động",
/// "Tin cơ sở", "Tin trong tỉnh".
const SECTION_WORDS: &[&str] = &[
    "tin", "tức", "sự", "kiện", "chi", "tiết", "hoạt", "động", "bài", "viết", "xem", "nội", "dung", "trang", "chủ",
    "thời", "và", "cơ", "sở", "địa", "phương", "trong", "nước", "tỉnh", "news", "detail", "details", "article", "view",
    "home",
];

/// The text is only such a label.
pub(crate) fn is_section_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| SECTION_WORDS.contains(&w))
}

const TITLE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " » "];

/// `<title>` without the section labels at either end: "Trang chủ » Tin
/// tức » Headline" → "Headline", "Sở Tư pháp tỉnh Thanh Hóa - Chi tiết tin
/// tức" → "Sở Tư pháp tỉnh Thanh Hóa"; `None` when it holds none.
fn without_section_labels(title: &str) -> Option<String> {
    let mut rest = title.trim();
    let mut cut = false;
    loop {
        let before = rest;
        for sep in TITLE_SEPARATORS {
            if let Some((head, tail)) = rest.rsplit_once(sep)
                && is_section_label(tail)
            {
                rest = head.trim();
            }
            if let Some((head, tail)) = rest.split_once(sep)
                && is_section_label(head)
            {
                rest = tail.trim();
            }
        }
        if rest == before {
            break;
        }
        cut = true;
    }
    (cut && !rest.is_empty()).then(|| rest.to_owned())
}

/// The site's part of a `<title>` that names a section, not the article:
/// "Tin tức - Sự kiện - Cổng thông tin điện tử xã Quỳnh Sơn", "Sở Tư pháp
/// tỉnh Thanh Hóa - Chi tiết tin tức". A heading printing that part is the
/// logo, and no heading repeating the label is the headline. What remains
/// must name an office: "Headline - Tin hoạt động" is the headline's.
fn section_title(title: &str) -> Option<String> {
    section_title_of(title, without_section_labels(title).as_deref())
}

/// [`section_title`] given `<title>` without its section labels.
fn section_title_of(title: &str, unlabelled: Option<&str>) -> Option<String> {
    let article = strip_site_name(title);
    if is_section_label(&article) {
        let site = title
            .strip_prefix(article.as_str())
            .or_else(|| title.strip_suffix(article.as_str()))?;
        return Some(trim_separators(site).to_owned());
    }
    unlabelled.filter(|rest| names_office(rest)).map(str::to_owned)
}

/// An office's name, as a site calls itself: a portal ("Cổng TTĐT …"), a
/// short name opening with an office's word ("UBND XÃ NÀ GIÀNG", "Ban Dân
/// vận Tỉnh ủy"), or a unit ending with its place ("Sở Tư pháp tỉnh Thanh
/// Hóa"); no headline that names one ("UBND xã Tân Lập ra quân …").
fn names_office(text: &str) -> bool {
    let opens_office = SITE.find(text).is_some_and(|m| m.start() == 0)
        && text.split_whitespace().count() <= 6
        && !text.chars().any(|c| c.is_ascii_digit());
    is_portal_name(text) || opens_office || ends_with_place(text) && crate::byline::is_unit_byline(text)
}

/// A portal's whole name: "Trang thông tin điện tử xã Phong Điền", "Cổng
/// TTĐT Gia Lai"; not a headline about one ("Cổng thông tin điện tử tỉnh
/// ra mắt giao diện mới …").
fn is_portal_name(text: &str) -> bool {
    is_site_name(text) && (ends_with_place(text) || text.split_whitespace().count() <= 6)
}

/// The text ends with a place, its name capitalised: "… tỉnh Thanh Hóa",
/// "… XÃ NÀ GIÀNG", not "… xã ra mắt mô hình".
fn ends_with_place(text: &str) -> bool {
    static ENDS_WITH_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:tỉnh|thành phố|tp\.?|xã|phường|đặc khu|huyện|thị xã|quận)(?:\s+\S+){1,4}$")
            .expect("valid regex")
    });
    let lower = text.to_lowercase();
    ENDS_WITH_PLACE.find(&lower).is_some_and(|m| {
        text.get(m.start()..).is_some_and(|place| {
            place
                .split_whitespace()
                .skip(1)
                .all(|w| w.starts_with(char::is_uppercase))
        })
    })
}

/// `<title>` names no article: only the site, or a section of it.
pub(crate) fn title_names_no_article(title: &str) -> bool {
    is_site_name(title) || names_office(title) || section_title(title).is_some()
}

/// `<title>` repeats the heading, quotes and a closing stop aside, or
/// opens it when cut short ("Xã Tân Lập triển khai …").
pub(crate) fn title_repeats(title: &str, heading: &str) -> bool {
    let norm = |t: &str| {
        t.to_lowercase()
            .replace(['“', '”', '„', '«', '»'], "\"")
            .replace(['‘', '’'], "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (title, heading) = (norm(title), norm(heading));
    let heading = heading.trim_end_matches(['.', '…']).trim_end();
    if title.contains(heading) {
        return true;
    }
    // Cut short: a part of `<title>` ending in "…" or "..." that opens the heading.
    title.split(['|', '-', '–', '—']).any(|part| {
        let part = part.trim();
        let cut = part.trim_end_matches("...").trim_end_matches('…').trim_end();
        cut.len() < part.len() && cut.chars().count() >= 20 && heading.starts_with(cut)
    })
}

/// The second half of a hyphenated province: "Vũng Tàu" of "Bà Rịa - Vũng Tàu".
fn is_place_half(part: &str) -> bool {
    crate::places::is_province(part)
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

/// What the page says its title is, read once per page: `og:title` and
/// `<title>`, as given and in the lower-cased forms headings are matched
/// against (a portal page may carry a hundred headings).
pub struct PageTitles {
    og: Option<String>,
    document: Option<String>,
    /// `og:title` without the site name, lower-cased.
    og_lower: Option<String>,
    /// `<title>`, lower-cased, unless it only names the site: the heading
    /// repeating it is then the logo.
    document_lower: Option<String>,
    /// The same without the site name.
    stripped_lower: Option<String>,
    /// What a headline with a badge before it may repeat ([`title_names`]).
    names: Vec<String>,
    /// The part of `<title>` [`strip_site_name`] cut, lower-cased: the
    /// heading printing it is the site's logo.
    site_lower: Option<String>,
}

impl PageTitles {
    /// The page gives an `og:title` (or `twitter:title`).
    pub fn has_og(&self) -> bool {
        self.og.is_some()
    }

    pub fn read(doc: &Html, index: &Index) -> PageTitles {
        let (og, og_lower) = meta(doc, index, &["og:title", "twitter:title"])
            .map(|t| {
                let article = strip_site_name(&t);
                (t, article)
            })
            .filter(|(_, article)| !is_section_label(article))
            .map(|(t, article)| (Some(t), Some(article.to_lowercase())))
            .unwrap_or_default();
        let document = document_title(doc);
        // A section label beside the headline is cut like a site's name.
        let unlabelled = document.as_deref().and_then(without_section_labels);
        let section_site = document
            .as_deref()
            .and_then(|t| section_title_of(t, unlabelled.as_deref()));
        let named = document
            .as_deref()
            .filter(|t| !is_site_name(t) && section_site.is_none());
        let stripped = named.map(|t| strip_site_name(unlabelled.as_deref().unwrap_or(t)));
        // What the cut took: the rest of `<title>` around the article's part.
        let site_lower = named
            .zip(stripped.as_deref())
            .and_then(|(t, article)| {
                let site = t.strip_prefix(article).or_else(|| t.strip_suffix(article))?;
                let site = trim_separators(site);
                (!site.is_empty()).then(|| site.to_lowercase())
            })
            .or(section_site.map(|site| site.to_lowercase()));
        PageTitles {
            site_lower,
            names: title_names(og_lower.as_deref(), named),
            stripped_lower: stripped.map(|t| t.to_lowercase()),
            document_lower: named.map(str::to_lowercase),
            og_lower,
            og,
            document,
        }
    }
}

pub fn choose_title(doc: &Html, index: &Index, titles: &PageTitles, content: NodeId) -> Option<TitleChoice> {
    // og:title and `<title>` only when no heading names the page.
    if let Some((_, _, heading)) = best_heading(doc, index, titles, Some(content)) {
        return Some(heading);
    }
    titles
        .og
        .as_deref()
        .map(strip_site_name)
        .or_else(|| {
            titles
                .document
                .as_deref()
                .map(|t| shown_part(doc, t).unwrap_or_else(|| strip_site_name(t)))
                .filter(|t| t.chars().count() >= 8 && !is_section_label(t))
        })
        .map(|text| TitleChoice {
            // A headline no rule reads as a heading (a `<span>` in a `<b>`
            // of a table row) still anchors the date line and the lead under
            // it; inside the body the same words are a caption's.
            node: printed_at(doc, index, &text).filter(|&n| !index.is_within(n, content)),
            text,
        })
}

/// The block element printing `text` and nothing else, outside links and
/// chrome: a title row of a layout table, not the same headline in a "Tin
/// mới" list, nor a cell that also holds the date line (whose lines all
/// belong to the cell, so none would stand after the title).
fn printed_at(doc: &Html, index: &Index, text: &str) -> Option<NodeId> {
    let [node] = printed_each(doc, [text]);
    let node = doc.tree.get(node?)?;
    let in_link = node
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "a");
    if in_link || index.excluded(node.id()) {
        return None;
    }
    let block = std::iter::once(node)
        .chain(node.ancestors())
        .filter_map(ElementRef::wrap)
        .find(|e| crate::dom::is_block(e.value().name()))?;
    (text_of(block) == text).then_some(block.id())
}

/// Of a `<title>` in two parts ("Lien doan Lao dong tinh Ha Tinh - Công
/// đoàn cơ sở …"), the one part the page prints as a text of its own: the
/// headline, in a `<b>` no rule reads as a heading, while the site's name
/// in `<title>` is spelt otherwise or not at all. The split is at the last
/// separator (a headline may hold " - " itself); `None` when both parts or
/// neither show.
fn shown_part(doc: &Html, title: &str) -> Option<String> {
    let (head, tail) = split_at_last_separator(title)?;
    // A part naming the site ("UBND XÃ … - TỈNH …") is the logo's, whichever shows.
    let names_site = |p: &str, other: &str| SITE.is_match(p) && !SITE.is_match(other);
    let parts =
        [(head, tail), (tail, head)].map(|(p, other)| p.split_whitespace().count() >= 3 && !names_site(p, other));
    let shown = printed_each(doc, [head, tail]).map(|n| n.is_some());
    match [shown[0] && parts[0], shown[1] && parts[1]] {
        [true, false] => Some(head.to_owned()),
        [false, true] => Some(tail.to_owned()),
        _ => None,
    }
}

/// The page prints `text` as a text of its own (one text node, cleaned),
/// outside `<title>`.
pub fn printed(doc: &Html, text: &str) -> bool {
    printed_each(doc, [text])[0].is_some()
}

/// The element printing each text (see [`printed`]), in one walk over the page.
fn printed_each<const N: usize>(doc: &Html, texts: [&str; N]) -> [Option<NodeId>; N] {
    let mut found = [None; N];
    for n in doc.tree.nodes() {
        let Some(t) = n.value().as_text() else { continue };
        if n.parent()
            .and_then(|p| p.value().as_element())
            .is_some_and(|p| p.name() == "title")
        {
            continue;
        }
        // Cleaning folds spaces and composes marks: lengths change, by little.
        let near = |text: &str| (text.len() / 2..=text.len() * 2 + 16).contains(&t.len());
        let mut cleaned = None;
        for (i, text) in texts.iter().enumerate() {
            if found[i].is_none() && near(text) && *cleaned.get_or_insert_with(|| clean(t)) == *text {
                found[i] = n.parent().map(|p| p.id());
            }
        }
        if found.iter().all(Option::is_some) {
            break;
        }
    }
    found
}

/// `title` split at its last separator (" | ", " - ", " – ", " — "), both
/// sides trimmed: a headline may hold " - " itself, a site name seldom does.
fn split_at_last_separator(title: &str) -> Option<(&str, &str)> {
    [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, sep.len())))
        .max()
        .map(|(at, len)| (title[..at].trim(), title[at + len..].trim()))
}

/// "Infographic Rác thải nhựa…": a badge or kicker in its own element at the
/// start of a headline that otherwise repeats `og:title` or `<title>` is no
/// part of it. Returns the headline without it. Only such a badge goes:
/// "Bài 2:" opens many a series headline, and `<title>` repeats it.
fn without_badge(heading: ElementRef<'_>, index: &Index, text: &str) -> Option<String> {
    let first = heading
        .children()
        .find(|c| c.value().as_text().is_none_or(|t| !t.trim().is_empty()))?;
    let badge = visible_text_of(ElementRef::wrap(first)?, index);
    if badge.is_empty() || badge.split_whitespace().count() > 3 {
        return None;
    }
    let rest = text
        .strip_prefix(badge.as_str())?
        .trim_start_matches([' ', ':', '-', '–', '|']);
    (!rest.is_empty()).then(|| rest.to_owned())
}

/// The text of a headline a selector chose, without a badge before the
/// title `og:title` or `<title>` gives (see [`without_badge`]).
pub fn headline_text(index: &Index, titles: &PageTitles, heading: ElementRef<'_>) -> String {
    let text = text_of(heading);
    let lower = text.to_lowercase();
    if titles.names.contains(&lower) {
        return text;
    }
    cut_badge(heading, index, &text, &lower, &titles.names).unwrap_or(text)
}

/// Lower-cased forms of the page's title a headline may repeat: `og:title`,
/// `<title>` without the site name, and `<title>` before its last separator
/// (a site name [`strip_site_name`] does not know: "… - Tạp chí Kinh tế").
fn title_names(og: Option<&str>, doc_title: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = og.map(str::to_owned).into_iter().collect();
    if let Some(t) = doc_title {
        names.push(strip_site_name(t).to_lowercase());
        names.extend(split_at_last_separator(t).map(|(head, _)| head.to_lowercase()));
    }
    // Short names ("Hà Nội" of "Hà Nội - Lào Cai: …") would match widget
    // headings ("Thời tiết Hà Nội").
    names.retain(|n| n.split_whitespace().count() >= 4);
    names
}

/// The headline without a badge before a title the page gives elsewhere.
fn cut_badge(heading: ElementRef<'_>, index: &Index, text: &str, lower: &str, names: &[String]) -> Option<String> {
    if !names.iter().any(|n| !n.is_empty() && lower.ends_with(n.as_str())) {
        return None;
    }
    without_badge(heading, index, text).filter(|rest| names.contains(&rest.to_lowercase()))
}

/// Position of the heading that repeats `og:title` or `<title>`, wherever it
/// stands: the article starts there, so content blocks that end before it
/// are sidebars.
pub fn title_anchor(doc: &Html, index: &Index, titles: &PageTitles) -> Option<usize> {
    best_heading(doc, index, titles, None)
        .filter(|(score, _, _)| *score >= 6)
        .map(|(_, pos, _)| pos)
}

/// The best-scored title heading for the `content` container: above it, or
/// inside it near its top, or anywhere inside it when it repeats `og:title`
/// or `<title>` (a heading deep in a large container that names the page is
/// still its title). Without `content`, anywhere.
fn best_heading(
    doc: &Html,
    index: &Index,
    titles: &PageTitles,
    content: Option<NodeId>,
) -> Option<(i32, usize, TitleChoice)> {
    static RELATED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(các|những)\s+(tin|bài)|^tin\s+(liên\s+quan|cùng|khác|mới|nổi\s+bật|đọc\s+nhiều)|^bài\s+viết\s+(liên\s+quan|khác|mới)")
            .expect("valid regex")
    });
    let (og, stripped, doc_title) = (&titles.og_lower, &titles.stripped_lower, &titles.document_lower);
    let start = content.map(|c| index.pos(c));
    let mut best: Option<(i32, usize, TitleChoice)> = None;
    for el in index
        .marked
        .headings
        .iter()
        .filter_map(|&id| doc.tree.get(id).and_then(ElementRef::wrap))
    {
        if index.excluded(el.id()) {
            continue;
        }
        let pos = index.pos(el.id());
        // Titles stand above the body, or at its very top; never a box heading
        // such as "Các tin khác".
        if let (Some(c), Some(start)) = (content, start)
            && pos > start
            && !index.is_within(el.id(), c)
        {
            continue;
        }
        let mut text = visible_text_of(el, index);
        let len = text.chars().count();
        if !(8..=400).contains(&len) {
            continue;
        }
        let mut lower = text.to_lowercase();
        let names = [og.as_deref(), stripped.as_deref()];
        let mut names_page = names.contains(&Some(lower.as_str()));
        // The headline ends with the page's title: there may be a badge before it.
        if !names_page && let Some(rest) = cut_badge(el, index, &text, &lower, &titles.names) {
            lower = rest.to_lowercase();
            text = rest;
            names_page = true;
        }
        if let Some(start) = start
            && pos > start.saturating_add(40)
            && !names_page
        {
            continue;
        }
        // Nor a box heading in capitals ("CÁC TỔ CHỨC THÀNH VIÊN") that
        // names nothing the page's titles do: a few words, not an `h1` (old
        // portals print whole headlines in capitals).
        let box_heading =
            !text.chars().any(char::is_lowercase) && text.split_whitespace().count() <= 6 && el.value().name() != "h1";
        let logo = titles.site_lower.as_deref() == Some(lower.as_str());
        if !names_page && (RELATED_HEADING.is_match(&text) || box_heading || logo || is_section_label(&text)) {
            continue;
        }
        let mut score = 0;
        if names_page {
            score += 6;
        } else if doc_title.as_deref() == Some(lower.as_str())
            || stripped.as_deref().is_some_and(|t| t.contains(&lower))
        {
            // Part of the article's half of `<title>`: a heading repeating
            // the half the site's name fills is the logo.
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
    best
}

/// The lead paragraph marked by a sapo/summary class, between the title
/// (when known) and the end of the content: a site description in the
/// header is no lead.
pub fn summary(doc: &Html, index: &Index, title_pos: Option<usize>, content: NodeId) -> Option<(String, NodeId)> {
    let content_end = index.end(content);
    let content_text = index.text_stats(content).0;
    let prose_from = LazyCell::new(|| prose_start(doc, index, content, title_pos));
    index
        .marked
        .summaries
        .iter()
        .filter_map(|&id| doc.tree.get(id).and_then(ElementRef::wrap))
        .filter(|e| {
            let pos = index.pos(e.id());
            !index.excluded(e.id())
                && e.value().name() != "meta"
                && title_pos.is_none_or(|t| pos > t)
                && pos <= content_end
                // Not the body itself ("field--type-text-with-summary"), nor most of it.
                && !index.is_within(content, e.id())
                && (!index.is_within(e.id(), content)
                    || index.text_stats(e.id()).0 * 2 < content_text && pos < *prose_from)
        })
        .find_map(|e| {
            let text = text_of(e);
            (text.chars().count() >= 30 && text.chars().count() <= 1500).then(|| (text, e.id()))
        })
}

/// Where the content's prose has begun: the position past the first
/// [`PROSE_BEFORE`] characters of text after the title. Inside the content
/// a lead opens it; a quotation marked "trich-dan" (the word of
/// SharePoint's lead, "TrichDan") after paragraphs of text is a quotation.
/// Counted once per page: each candidate walking the content would be
/// quadratic.
fn prose_start(doc: &Html, index: &Index, content: NodeId, title_pos: Option<usize>) -> usize {
    const PROSE_BEFORE: usize = 250;
    let Some(content) = doc.tree.get(content) else {
        return usize::MAX;
    };
    // The title and what stands before it are not the body's text.
    let title_end = title_pos.map(|t| index.end_at(t));
    let mut seen = 0;
    for node in content.descendants() {
        let pos = index.pos(node.id());
        if title_end.is_some_and(|t| pos <= t) {
            continue;
        }
        if let Some(t) = node.value().as_text()
            && node.parent().is_some_and(|p| !index.excluded(p.id()))
        {
            seen += crate::index::non_space_chars(t);
            if seen > PROSE_BEFORE {
                return pos;
            }
        }
    }
    usize::MAX
}

/// The last breadcrumb entry that is not the article title itself.
pub fn category(doc: &Html, index: &Index, title: &str) -> Option<String> {
    static ITEMS: LazyLock<Selector> = LazyLock::new(|| sel("a, li, span"));
    let crumb = index
        .marked
        .breadcrumbs
        .first()
        .and_then(|&id| doc.tree.get(id).and_then(ElementRef::wrap))?;
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

pub fn canonical(doc: &Html, index: &Index, page: &Url) -> Option<Url> {
    doc.select(&CANONICAL)
        .find_map(|l| l.value().attr("href"))
        .and_then(|h| page.join(h.trim()).ok())
        .or_else(|| meta(doc, index, &["og:url"]).and_then(|u| page.join(&u).ok()))
        .filter(|u| matches!(u.scheme(), "http" | "https"))
}

/// Images inside the content container, with captions from `<figcaption>`,
/// the row under the image in a layout table, or a meaningful `alt`.
pub fn images(content: ElementRef<'_>, index: &Index, page: &Url) -> Vec<Image> {
    let mut out: Vec<Image> = Vec::new();
    for img in content.select(&IMG) {
        if index.excluded(img.id()) {
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
            .and_then(|f| f.select(&FIGCAPTION).next())
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
                .map(clean)
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
        assert_eq!(
            strip_site_name("Phối hợp - hiệu quả - Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu"),
            "Phối hợp - hiệu quả"
        );
        // A capitalised last part that names no site stays.
        assert_eq!(
            strip_site_name("Hội nghị tổng kết - Vũng Tàu"),
            "Hội nghị tổng kết - Vũng Tàu"
        );
    }

    #[test]
    fn hyphenated_provinces_end_site_names() {
        assert!(is_site_name("Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu"));
        assert!(is_site_name("Cổng thông tin điện tử tỉnh Thừa Thiên Huế"));
        assert!(!is_site_name("Cổng thông tin điện tử - Tin tức sự kiện"));
        assert!(!is_site_name("Trang tin - hoạt động của xã"));
        assert!(!is_site_name("Cổng thông tin - Tin Tức"));
    }

    #[test]
    fn breadcrumb_category() {
        let doc = Html::parse_document(
            r#"<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức - Sự kiện</a> › <span>Bài viết</span></div>"#,
        );
        let index = Index::build(&doc, &Default::default());
        assert_eq!(category(&doc, &index, "Bài viết").as_deref(), Some("Tin tức - Sự kiện"));
    }
}
