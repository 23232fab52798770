//! HTML → article fields. See the crate documentation for the steps.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use url::Url;
use vnportal_model::Image;

use crate::byline::take_trailer;
use crate::content::best_candidate;
use crate::dates::find_date;
use crate::dom::{Block, blocks, excluded_roots, in_excluded, is_within, node_order, text_of};
use crate::meta;

/// What the extractor found on an article page.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub title: String,
    pub summary: Option<String>,
    pub body: String,
    pub published_at: Option<DateTime<FixedOffset>>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub category: Option<String>,
    pub images: Vec<Image>,
    pub canonical_url: Option<String>,
    pub language: String,
}

/// Why a page yields no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an article: {0}")]
pub struct NotArticle(pub String);

/// Minimum body length (characters) of an article.
const MIN_BODY_CHARS: usize = 150;
/// A paragraph at least this long (characters) is prose, not a table cell or menu item.
const PROSE_LINE: usize = 80;
/// Articles are mostly prose; tables of documents and link lists are not.
const MIN_PROSE_SHARE: f64 = 0.4;

static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            .{0,40}lượt\s+(xem|đọc|truy\s+cập)\b.{0,20}
          | (số\s+)?lượt\s+xem.{0,20}
          | đánh\s+giá(\s+cho)?\s+bài\s+viết.{0,40}
          | \d+\s+điểm\s*\(.{0,30}\)
          | (chia\s+sẻ|in\s+bài|in\s+trang|bản\s+in|gửi\s+email|gửi\s+cho\s+bạn\s+bè|gửi\s+bài\s+viết|quay\s+lại|trở\s+về|về\s+đầu\s+trang|lên\s+đầu\s+trang|cỡ\s+chữ|phóng\s+to|thu\s+nhỏ|bình\s+luận|phản\s+hồi|facebook|twitter|zalo|email|print|share|tweet|like|[a|A]\-?\s*[a|A]\+?)(\s*[|:·•/]\s*.{0,40})?
        )$",
    )
    .expect("valid regex")
});

static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(các\s+)?(tin|bài(\s+viết)?)\s+(cùng\s+chuyên\s+mục|liên\s+quan|khác|đã\s+đưa|mới\s+hơn|cũ\s+hơn|cùng\s+loại|mới)\b|^xem\s+thêm\b|^tin\s+tức\s+khác\b",
    )
    .expect("valid regex")
});

static AUTHOR: LazyLock<Selector> = LazyLock::new(|| {
    Selector::parse("[class*=author], [class*=Author], [class*=tacgia], [class*=TacGia], [class*=tac-gia], [class*=signature], [itemprop=author]")
        .expect("valid selector")
});

/// Extracts the article in `html`, fetched from `page_url`.
pub fn extract(html: &str, page_url: &Url) -> Result<Extracted, NotArticle> {
    let doc = Html::parse_document(html);
    let excluded = excluded_roots(&doc);
    let order = node_order(&doc);
    let candidate = best_candidate(&doc, &excluded).ok_or_else(|| NotArticle("no paragraph text".into()))?;
    let content_node = doc
        .tree
        .get(candidate.id)
        .ok_or_else(|| NotArticle("content node vanished".into()))?;
    let content = ElementRef::wrap(content_node).ok_or_else(|| NotArticle("content is not an element".into()))?;
    let content_start = order.get(&candidate.id).copied().unwrap_or(0);

    let title =
        meta::choose_title(&doc, &excluded, content_start, &order).ok_or_else(|| NotArticle("no title".into()))?;
    let title_order = title.node.and_then(|n| order.get(&n).copied());

    let mut content_blocks = blocks(content_node, &excluded, &order);
    // A title inside the content container: what precedes it is header chrome.
    if let (Some(t), Some(node)) = (title_order, title.node)
        && is_within(doc.tree.get(node).expect("title node exists"), candidate.id)
    {
        content_blocks.retain(|b| b.order > t && !is_within(doc.tree.get(b.owner).expect("owner exists"), node));
    }
    content_blocks.retain(|b| !b.text.eq_ignore_ascii_case(&title.text));

    // The date line is one of the first blocks: take its date, drop the line.
    let mut published_at = meta::meta_date(&doc);
    let mut date_line = None;
    for (i, b) in content_blocks.iter().enumerate().take(4) {
        if b.text.chars().count() <= 100
            && let Some(d) = find_date(&b.text)
        {
            date_line = Some(i);
            published_at = published_at.or(Some(d));
            break;
        }
    }
    if let Some(i) = date_line {
        content_blocks.remove(i);
    }
    if published_at.is_none() {
        published_at = date_between_title_and_body(&doc, &excluded, &order, title_order, &content_blocks, title.node);
    }

    let mut paragraphs = clean_paragraphs(content_blocks);

    let summary = meta::summary(&doc, &excluded);
    if let Some((text, _)) = &summary
        && !paragraphs.iter().take(3).any(|p| p == text)
    {
        paragraphs.insert(0, text.clone());
    }

    let (mut author, source) = take_trailer(&mut paragraphs);
    if author.is_none()
        && let Some(a) = doc.select(&AUTHOR).find(|e| !in_excluded(**e, &excluded)).map(text_of)
        && !a.is_empty()
        && a.chars().count() <= 120
    {
        paragraphs.retain(|p| *p != a);
        author = Some(a);
    }
    if published_at.is_none() {
        published_at = source.as_deref().and_then(find_date);
    }

    let body = paragraphs.join("\n\n");
    let body_chars = body.chars().filter(|c| !c.is_whitespace()).count();
    if body_chars < MIN_BODY_CHARS {
        return Err(NotArticle(format!("only {body_chars} characters of text")));
    }
    if looks_like_listing(content, &excluded) || is_teaser(content) {
        return Err(NotArticle("the main block is a list of links to other pages".into()));
    }
    if prose_share(&paragraphs) < MIN_PROSE_SHARE {
        return Err(NotArticle(
            "the main block is short lines (a table or a menu), not prose".into(),
        ));
    }
    if published_at.is_none() && author.is_none() && source.is_none() {
        return Err(NotArticle("no date, byline or source: a static page, not news".into()));
    }

    let language = if is_vietnamese(&body) { "vi" } else { "und" }.to_owned();
    Ok(Extracted {
        category: meta::category(&doc, &title.text),
        canonical_url: meta::canonical(&doc, page_url).map(String::from),
        images: meta::images(content, &excluded, page_url),
        title: title.text,
        summary: summary.map(|(text, _)| text),
        body,
        published_at,
        author,
        source,
        language,
    })
}

/// Drops counters, share links and rating lines; stops at the related-news list.
fn clean_paragraphs(blocks: Vec<Block>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in blocks {
        let text = b.text;
        if RELATED.is_match(&text) && text.chars().count() <= 60 {
            break;
        }
        if NOISE.is_match(&text) || !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        // Consecutive duplicates come from nested markup (a title repeated in alt text, say).
        if out.last() != Some(&text) {
            out.push(text);
        }
    }
    out
}

/// The date line between the title and the first body paragraph, or just
/// above the title inside the same header block.
fn date_between_title_and_body(
    doc: &Html,
    excluded: &std::collections::HashSet<ego_tree::NodeId>,
    order: &std::collections::HashMap<ego_tree::NodeId, usize>,
    title_order: Option<usize>,
    content_blocks: &[Block],
    title_node: Option<ego_tree::NodeId>,
) -> Option<DateTime<FixedOffset>> {
    let title_order = title_order?;
    let body_start = content_blocks.first().map_or(usize::MAX, |b| b.order);
    let all = blocks(doc.tree.root(), excluded, order);
    let after = all
        .iter()
        .filter(|b| b.order > title_order && b.order < body_start && b.text.chars().count() <= 120)
        .find_map(|b| find_date(&b.text));
    if after.is_some() {
        return after;
    }
    let parent = title_node.and_then(|n| doc.tree.get(n)).and_then(|n| n.parent())?;
    all.iter()
        .filter(|b| b.order < title_order && b.text.chars().count() <= 120)
        .rev()
        .take(2)
        .filter(|b| doc.tree.get(b.owner).is_some_and(|o| is_within(o, parent.id())))
        .find_map(|b| find_date(&b.text))
}

/// Several headline links to other pages carrying a good share of the text:
/// a listing or category page (their teasers can be long, so text length
/// alone does not tell).
fn looks_like_listing(content: ElementRef<'_>, excluded: &std::collections::HashSet<ego_tree::NodeId>) -> bool {
    static A: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a[href]").expect("valid selector"));
    let mut targets = std::collections::HashSet::new();
    let mut linked = 0;
    for a in content.select(&A).filter(|a| !in_excluded(**a, excluded)) {
        let text = text_of(a);
        if text.split_whitespace().count() >= 5 && targets.insert(a.value().attr("href").unwrap_or_default().to_owned())
        {
            linked += text.chars().count();
        }
    }
    let total = crate::content::text_stats(content).0.max(1);
    targets.len() >= 2 && linked * 5 >= total
}

/// The content is one teaser among several: it (or one of its two nearest
/// ancestors) has siblings of the same tag and class, and at least two of
/// them hold a headline link. That is how listing items repeat.
fn is_teaser(content: ElementRef<'_>) -> bool {
    static A: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a[href]").expect("valid selector"));
    let has_headline = |e: ElementRef<'_>| e.select(&A).any(|a| text_of(a).split_whitespace().count() >= 5);
    let mut node = Some(content);
    for _ in 0..3 {
        let Some(el) = node else { break };
        let signature = (el.value().name(), el.value().attr("class"));
        if let Some(parent) = el.parent() {
            let repeated = parent
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|s| (s.value().name(), s.value().attr("class")) == signature && has_headline(*s))
                .count();
            if repeated >= 2 {
                return true;
            }
        }
        node = el.parent().and_then(ElementRef::wrap);
    }
    false
}

/// Share of the text that stands in paragraphs of at least [`PROSE_LINE`] characters.
fn prose_share(paragraphs: &[String]) -> f64 {
    let total: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    let prose: usize = paragraphs
        .iter()
        .map(|p| p.chars().count())
        .filter(|&n| n >= PROSE_LINE)
        .sum();
    prose as f64 / total.max(1) as f64
}

fn is_vietnamese(text: &str) -> bool {
    const MARKS: &str = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐ";
    text.chars()
        .filter(|c| MARKS.contains(c.to_lowercase().next().unwrap_or(*c)))
        .take(5)
        .count()
        >= 5
}
