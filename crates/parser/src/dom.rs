//! DOM helpers over `scraper`: hints from class and id, exclusion of chrome,
//! and flattening a subtree into text blocks. Traversal is iterative, so deep
//! nesting cannot overflow the stack.

use std::collections::HashSet;
use std::sync::LazyLock;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use regex::Regex;
use scraper::{ElementRef, Html, Node};
use vnportal_model::clean_inline;

/// Elements never part of an article's text. Not `form`: ASP.NET WebForms
/// portals wrap the whole page in one.
const DROPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select", "option",
    "button", "input", "textarea", "nav", "footer", "aside", "head", "title", "map", "audio", "video",
];

/// Elements that start a new text block.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "address",
    "hr",
    "center",
    "body",
    "html",
];

/// Class/id words of site chrome (English and Vietnamese slugs).
static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)menu|navbar|(^|[-_\s])nav([-_\s]|$)|sidebar|side-bar|leftcol|rightcol|col-right|footer|banner|breadcrumb
        |comment|related|lien-?quan|lienquan|tin-?khac|tinkhac|other|cung-?chuyen-?muc|cungchuyenmuc|share|social
        |print|(^|[-_\s])in-?bai|rating|vote|danh-?gia|danhgia|counter|thong-?ke|thongke|visit|truy-?cap|truycap
        |advert|quang-?cao|quangcao|widget|login|search|tim-?kiem|timkiem|(^|[-_\s])tags?([-_\s]|$)|popup|modal
        |slogan|marquee|weblink|lien-?ket|lienket|poll|binh-?chon|calendar|lich-?cong-?tac|hotline|copyright|toolbar",
    )
    .expect("valid regex")
});

/// Class/id words of article content.
static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)article|content|detail|chi-?tiet|chitiet|body|noi-?dung|noidung|entry|post|rtestate|journal|story|bai-?viet|baiviet|news-?text|fulltext",
    )
    .expect("valid regex")
});

/// Lower-cased `class` and `id` of an element.
pub fn hints(el: &scraper::node::Element) -> String {
    let mut s = String::new();
    if let Some(c) = el.attr("class") {
        s.push_str(c);
    }
    if let Some(id) = el.attr("id") {
        s.push(' ');
        s.push_str(id);
    }
    s.to_ascii_lowercase()
}

pub fn is_negative(el: &scraper::node::Element) -> bool {
    let h = hints(el);
    !h.is_empty() && NEGATIVE.is_match(&h)
}

pub fn is_positive(el: &scraper::node::Element) -> bool {
    let h = hints(el);
    !h.is_empty() && POSITIVE.is_match(&h)
}

pub fn is_block(name: &str) -> bool {
    BLOCK_TAGS.contains(&name)
}

/// Roots of subtrees that are chrome: dropped tags, hidden elements and
/// elements whose class or id names site furniture.
pub fn excluded_roots(doc: &Html) -> HashSet<NodeId> {
    let mut out = HashSet::new();
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let hidden = el.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        }) || el.attr("hidden").is_some();
        if DROPPED_TAGS.contains(&el.name()) || hidden || is_negative(el) {
            out.insert(node.id());
        }
    }
    out
}

/// One block of text in document order and the innermost block element holding it.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    pub owner: NodeId,
    /// Document-order index of the owner element.
    pub order: usize,
}

/// Document-order index of every node.
pub fn node_order(doc: &Html) -> std::collections::HashMap<NodeId, usize> {
    doc.tree.nodes().enumerate().map(|(i, n)| (n.id(), i)).collect()
}

/// Flattens the subtree at `root` into cleaned, non-empty text blocks,
/// skipping excluded subtrees. `<br>` and block elements end a block.
pub fn blocks(
    root: ego_tree::NodeRef<'_, Node>,
    excluded: &HashSet<NodeId>,
    order: &std::collections::HashMap<NodeId, usize>,
) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut stack: Vec<NodeId> = vec![root.id()];
    let mut skip: Option<NodeId> = None;
    let mut flush = |current: &mut String, owner: NodeId| {
        let text = clean_inline(current);
        current.clear();
        if !text.is_empty() {
            out.push(Block {
                text,
                owner,
                order: order.get(&owner).copied().unwrap_or(0),
            });
        }
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        if node.id() != root.id() && excluded.contains(&node.id()) {
                            skip = Some(node.id());
                            continue;
                        }
                        if el.name() == "br" {
                            current.push('\n');
                            flush(&mut current, *stack.last().unwrap_or(&root.id()));
                        } else if is_block(el.name()) {
                            flush(&mut current, *stack.last().unwrap_or(&root.id()));
                            stack.push(node.id());
                        } else if el.name() == "img" {
                            // Inline images separate the text on either side.
                            current.push(' ');
                        }
                    }
                    Node::Text(t) => current.push_str(t),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                if skip.is_some() {
                    continue;
                }
                if let Node::Element(el) = node.value()
                    && is_block(el.name())
                    && node.id() != root.id()
                {
                    flush(&mut current, node.id());
                    stack.pop();
                }
            }
        }
    }
    flush(&mut current, root.id());
    out
}

/// All text under an element, cleaned, with block boundaries as spaces.
pub fn text_of(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    for t in el.text() {
        s.push_str(t);
        s.push(' ');
    }
    clean_inline(&s)
}

/// True when `node` is `ancestor` or lies inside it.
pub fn is_within(node: ego_tree::NodeRef<'_, Node>, ancestor: NodeId) -> bool {
    node.id() == ancestor || node.ancestors().any(|a| a.id() == ancestor)
}

/// True when `node` or one of its ancestors is an excluded root.
pub fn in_excluded(node: ego_tree::NodeRef<'_, Node>, excluded: &HashSet<NodeId>) -> bool {
    excluded.contains(&node.id()) || node.ancestors().any(|a| excluded.contains(&a.id()))
}
