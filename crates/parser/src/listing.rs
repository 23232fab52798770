//! Is the main block an article or a list of other pages? Listings and
//! category pages are recognized by the shape of what the extractor found:
//! headline links carrying the text, repeated teaser items, short lines.

use std::sync::LazyLock;

use scraper::{ElementRef, Selector};

use crate::dom::{Block, Index, attrs, text_of};
use crate::index::non_space_chars;

static LINK: LazyLock<Selector> = LazyLock::new(|| crate::meta::sel("a[href]"));

/// A headline: a link text of five words or more.
fn is_headline(text: &str) -> bool {
    // Words, not dashes: "Tin tức - Sự kiện" is a four-word menu item.
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        >= 5
}

/// A paragraph at least this long (characters) is prose, not a table cell or menu item.
const PROSE_LINE: usize = 80;

/// Two or more blocks that are mostly a headline link (five words or more)
/// and carry a fifth of the text: the body is a list of other pages.
pub fn headline_share(blocks: &[Block]) -> bool {
    let chars = |b: &Block| non_space_chars(&b.text);
    let total: usize = blocks.iter().map(chars).sum();
    let headlines: Vec<&Block> = blocks
        .iter()
        .filter(|b| is_headline(&b.text) && b.linked * 10 >= chars(b) * 6)
        .collect();
    let linked: usize = headlines.iter().map(|b| b.linked).sum();
    headlines.len() >= 2 && linked * 5 >= total.max(1)
}

/// A link to a file (an attached decree or form), not to another page: an
/// article's attachment list is no listing.
fn is_document(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or(&lower);
    // Or a download handler: "DownloadFile.aspx?id=", "…?download=1".
    lower.contains("download")
        || [
            ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".odt",
        ]
        .iter()
        .any(|ext| path.ends_with(ext))
}

/// Several headline links to other pages carrying a good share of the text:
/// a listing or category page (their teasers can be long, so text length
/// alone does not tell).
pub fn looks_like_listing(content: ElementRef<'_>, index: &Index) -> bool {
    let mut targets = std::collections::HashSet::new();
    let mut linked = 0;
    for a in content.select(&LINK).filter(|a| is_page_link(*a, index)) {
        let href = a.value().attr("href").unwrap_or_default();
        let text = text_of(a);
        if is_headline(&text) && targets.insert(href.to_owned()) {
            linked += text.chars().count();
        }
    }
    let total = index.text_stats(content.id()).0.max(1);
    targets.len() >= 2 && linked * 5 >= total
}

/// The element holds a headline link (five words or more) to another page:
/// a teaser does, an update of a live blog or a section of a long read does
/// not. Links in chrome ("Chia sẻ cập nhật này" in a share box) and to a
/// place on the same page (`#…`) are no headlines.
pub fn holds_headline(e: ElementRef<'_>, index: &Index) -> bool {
    e.select(&LINK)
        .any(|a| is_page_link(a, index) && is_headline(&text_of(a)))
}

/// A link to another page: not in chrome, not to a place on the same page
/// (`#…`), not to a file.
fn is_page_link(a: ElementRef<'_>, index: &Index) -> bool {
    let href = a.value().attr("href").unwrap_or_default();
    !href.is_empty() && !href.starts_with('#') && !is_document(href) && !index.excluded(a.id())
}

/// The element holds a headline link before `content` or inside it.
fn headline_not_after(e: ElementRef<'_>, index: &Index, content: ElementRef<'_>) -> bool {
    let start = index.pos(content.id());
    e.select(&LINK).any(|a| {
        (index.pos(a.id()) < start || index.is_within(a.id(), content.id()))
            && is_page_link(a, index)
            && is_headline(&text_of(a))
    })
}

/// The element's text opens with a link to another page: a teaser's
/// headline, however short ("Người thầy tận tụy").
pub fn opens_with_link(e: ElementRef<'_>, index: &Index) -> bool {
    let Some(first) = e
        .descendants()
        .find(|n| n.value().as_text().is_some_and(|t| !t.trim().is_empty()))
    else {
        return false;
    };
    first
        .ancestors()
        .take_while(|a| a.id() != e.id())
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "a" && is_page_link(a, index))
}

/// The content is one teaser among several: it (or one of its two nearest
/// ancestors) holds a headline link and has siblings of the same tag and
/// class that hold one too. That is how listing items repeat. An element
/// without a headline link of its own is no teaser, whatever its siblings
/// hold: in a table layout every row is a bare `<tr>`, and the article's row
/// sits between the breadcrumb row and the "Các tin khác" row.
pub fn is_teaser<'a>(content: ElementRef<'a>, index: &Index) -> bool {
    // `attrs` reads class and id in one scan (`attr` interns per call).
    let signature_of = |e: ElementRef<'a>| {
        let a = attrs(e.value());
        (e.value().name(), a.class, a.id)
    };
    let mut node = Some(content);
    for _ in 0..3 {
        let Some(el) = node else { break };
        // The id is part of the signature: layout columns (`#left`, `#center`)
        // share a tag and often no class, but are not repeated items.
        let signature = signature_of(el);
        if let Some(parent) = el.parent() {
            let (mut own, mut others) = (false, 0);
            for s in parent.children().filter_map(ElementRef::wrap) {
                if signature_of(s) != signature {
                    continue;
                }
                if s.id() == el.id() {
                    // A teaser's headline stands before its text; links after
                    // the content are a column beside it (the "Tin mới" of a
                    // layout row).
                    own = headline_not_after(s, index, content);
                } else if holds_headline(s, index) {
                    others += 1;
                }
            }
            if own && others >= 1 {
                return true;
            }
        }
        node = el.parent().and_then(ElementRef::wrap);
    }
    false
}

/// Share of the text that stands in paragraphs of at least [`PROSE_LINE`] characters.
pub fn prose_share(paragraphs: &[String]) -> f64 {
    let total: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    let prose: usize = paragraphs
        .iter()
        .map(|p| p.chars().count())
        .filter(|&n| n >= PROSE_LINE)
        .sum();
    prose as f64 / total.max(1) as f64
}
