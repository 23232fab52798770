//! DOM helpers over `scraper`: hints from class and id, what counts as
//! chrome, and flattening a subtree into text blocks. Traversal is iterative, so deep
//! nesting cannot overflow the stack.

use std::sync::LazyLock;

use ego_tree::NodeId;
use ego_tree::iter::Edge;

pub use crate::index::{IdMap, Index};
use regex::Regex;
use scraper::{ElementRef, Node};

use vnportal_model::clean_inline as clean;

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
    "footer",
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
        |(^|\s)(post|entry|article|news|item|ts|meta)[-_]views(\s|$)|views?-?count|luot-?xem|luotxem
        |advert|(^|[-_\s])ads?([-_\s]|$)|gpt-ad|sponsor|quang-?cao|quangcao|read-?more|xem-?them|doc-?them|(^|[-_\s])attach(ments?|ed-files?|-files?)?(\s|$)|dinh-?kem|(^|[-_\s])files?([-_\s]|$)|download|widget|login|search|tim-?kiem|timkiem|(^|[-_\s])tags?([-_\s]|$)|popup|modal
        |slogan|marquee|weblink|lien-?ket|lienket|poll|binh-?chon|calendar|lich-?cong-?tac|hotline|copyright|toolbar
        |(^|[-_\s])tools?([-_\s]|$)|player(-|__)?(bar|controls?|tools?|title|time|duration|quality)|(video|audio|media|vp|jw|vjs|plyr)(-|__?)duration|vjs-control-bar|plyr__controls
        |(^|[-_\s])follow(-?btn|-?button)?(\s|$)
        |fb-(post|video|xfbml)|twitter-(tweet|video)|tiktok-embed|instagram-media",
    )
    .expect("valid regex")
});

/// The chrome words that may name the article's own element: a news site's
/// main column may be "sidebar-1" (VnExpress's is), a collapsed body
/// "readmore-content" (readmore.js), a paid article's "detail-sponsor", a
/// page builder's "box-widget-detail". An
/// element so named that holds most of the page's prose is kept
/// ([`Chrome::Column`]).
static COLUMN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)sidebar|side-bar|leftcol|rightcol|col-right|read-?more|xem-?them|doc-?them|download|sponsor|widget",
    )
    .expect("valid regex")
});

/// Class/id words of a box of links to other articles, whose dates are theirs.
static RELATED_BOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)related|lien-?quan|tin-?khac|tinkhac|other|cung-?chuyen-?muc|cungchuyenmuc|xem-?them|doc-?them")
        .expect("valid regex")
});

/// The element lies in a related-news box ("tandan-othernews", "tin-lien-quan").
pub(crate) fn in_related_box(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| RELATED_BOX.is_match(&hints(a.value())))
}

/// Whether an element is chrome, and of which kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chrome {
    No,
    /// Named by a column word only (see [`COLUMN`]).
    Column,
    /// Named by another word of site furniture in its class or id.
    Named,
    /// Dropped or hidden.
    Yes,
}

/// Class/id words of article content.
static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)article|content|detail|chi-?tiet|chitiet|body|noi-?dung|noidung|entry|post|rtestate|journal|story|bai-?viet|baiviet|news-?text|fulltext",
    )
    .expect("valid regex")
});

/// The attributes the rules read, found in one scan: `Element::attr` builds
/// an interned name per call, which adds up over every element of a page.
#[derive(Default)]
pub struct Attrs<'a> {
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub style: Option<&'a str>,
    pub hidden: bool,
    pub itemprop: Option<&'a str>,
    pub content: bool,
}

pub fn attrs<'a>(el: &'a scraper::node::Element) -> Attrs<'a> {
    let mut a = Attrs::default();
    for (name, value) in el.attrs() {
        match name {
            "class" => a.class = Some(value),
            "id" => a.id = Some(value),
            "style" => a.style = Some(value),
            "hidden" => a.hidden = true,
            "itemprop" => a.itemprop = Some(value),
            "content" => a.content = true,
            _ => {}
        }
    }
    a
}

/// Lower-cased `class` and `id` of an element.
pub fn hints(el: &scraper::node::Element) -> String {
    hints_of(&attrs(el))
}

fn hints_of(a: &Attrs<'_>) -> String {
    let mut s = String::new();
    if let Some(c) = a.class {
        push_class_words(&mut s, c);
    }
    if let Some(id) = a.id {
        s.push(' ');
        s.push_str(drupal_block_id(id, a.class).unwrap_or(id));
    }
    s.make_ascii_lowercase();
    s
}

/// Drupal names its system blocks "block-THEME-content" and
/// "block-THEME-page-title" ("block-thongke-content" on a statistics
/// office's theme "thongke"): the theme's name is the site's, not the
/// block's. Only these fixed names are read so: in "block-quang-cao" the
/// words are the block's own.
fn drupal_block_id<'a>(id: &'a str, class: Option<&str>) -> Option<&'a str> {
    let rest = id.strip_prefix("block-")?;
    let name = ["-content", "-page-title", "-main-page-content"].iter().find_map(|n| {
        rest.strip_suffix(n)
            .filter(|theme| !theme.contains('-'))
            .map(|_| &n[1..])
    })?;
    let drupal = class?.split_ascii_whitespace().any(|c| c == "block")
        && class?.split_ascii_whitespace().any(|c| c.starts_with("block-"));
    drupal.then_some(name)
}

/// The class words that describe the element. WordPress's `post_class()`
/// adds `tag-SLUG` and `category-SLUG` for every term of the post next to
/// `type-post` (Ghost next to `post`): the slugs are the editor's words ("tag-chia-se",
/// "category-tin-lien-quan"), not the element's role, so they are left out.
///
/// Page builders wrap every block in their own structure classes:
/// Elementor's `elementor-widget`, `elementor-widget-wrap` and
/// `elementor-widget-container` stand on the post content as on the logo,
/// so they say nothing; `elementor-widget-TYPE` names the block by its
/// type ("theme-post-content", "share-buttons"), which is kept without the
/// prefix.
fn push_class_words(out: &mut String, class: &str) {
    // The substring tests first: they are cheaper and almost always false.
    // Ghost prints the same slugs next to a bare `post` ("gh-article post
    // tag-huong-dan").
    let post_class = (class.contains("type-") || class.contains("post") || class.contains("hentry"))
        && class
            .split_ascii_whitespace()
            .any(|w| w.starts_with("type-") || w == "post" || w == "hentry");
    let builder = class.contains("elementor-widget");
    let print = class.contains("print");
    if !post_class && !builder && !print {
        out.push_str(class);
        return;
    }
    for word in class.split_ascii_whitespace() {
        if post_class && (word.starts_with("tag-") || word.starts_with("category-")) || shown_in_print(word) {
            continue;
        }
        let word = match word.strip_prefix("elementor-widget") {
            Some("" | "-wrap" | "-container") => continue,
            Some(kind) => kind.trim_start_matches('-'),
            None => print_version_word(word).unwrap_or(word),
        };
        out.push_str(word);
        out.push(' ');
    }
}

/// Bootstrap's display utilities for the printed page ("d-print-inline",
/// "visible-print-block") say how an element prints, not what it is; their
/// opposites ("d-print-none", "hidden-print") mark what a print leaves out,
/// mostly chrome, and stay.
fn shown_in_print(word: &str) -> bool {
    word.strip_prefix("d-print-").is_some_and(|d| d != "none") || word.starts_with("visible-print")
}

/// A print-version page names its own parts `print-title`, `print-date`,
/// `print-content`: the word "print" there is the page, not a print button
/// ("print-btn"), so the role after it is what counts. The wrapper of the
/// whole print page ("print-wrap", "print-page") holds those parts.
fn print_version_word(word: &str) -> Option<&str> {
    let rest = word.strip_prefix("print-").or_else(|| word.strip_prefix("print_"))?;
    let role = POSITIVE.is_match(rest)
        || [
            "title",
            "date",
            "time",
            "author",
            "summary",
            "sapo",
            "lead",
            "wrap",
            "wrapper",
            "page",
            "main",
            "container",
        ]
        .iter()
        .any(|r| rest.eq_ignore_ascii_case(r));
    role.then_some(rest)
}

pub fn is_negative(el: &scraper::node::Element) -> bool {
    let h = hints(el);
    !h.is_empty() && NEGATIVE.is_match(&h)
}

pub fn is_positive(el: &scraper::node::Element) -> bool {
    let h = hints(el);
    !h.is_empty() && POSITIVE.is_match(&h)
}

/// The element's classes hide it at every width: "hidden", "hide",
/// Bootstrap's "d-none" without a "d-md-block" to show it again, "sr-only".
/// NukeViet prints the site as a hidden schema.org author; no reader sees it.
pub fn hidden_by_class(el: &scraper::node::Element) -> bool {
    let classes: Vec<&str> = el.classes().collect();
    let shown_somewhere = classes.iter().any(|c| c.starts_with("d-") && *c != "d-none");
    classes
        .iter()
        .any(|c| matches!(*c, "hidden" | "hide" | "sr-only" | "visually-hidden" | "d-none"))
        && !shown_somewhere
}

pub fn is_block(name: &str) -> bool {
    BLOCK_TAGS.contains(&name)
}

/// True when an element is chrome by itself: a dropped tag, hidden, or a
/// class or id that names site furniture. `footer_is_content`: the element
/// lies in a `<blockquote>` or `<figure>`, whose `<footer>` is the
/// attribution ("— Ông A, Chủ tịch UBND xã"), or in an `<article>`, whose
/// `<footer>` is the article's own meta line (Drupal's `node__meta`:
/// "Ngày đăng: 20-09-2025"), not the site footer. Such a footer is still
/// chrome when its class says so ("entry-footer" of tags and share links).
/// Returns which kind: [`Chrome::Column`] when only a column word made it so.
pub(crate) fn chrome_kind(el: &scraper::node::Element, a: &Attrs<'_>, footer_is_content: bool) -> Chrome {
    let name = el.name();
    let dropped = DROPPED_TAGS.contains(&name) && !(name == "footer" && footer_is_content);
    if dropped || a.hidden {
        return Chrome::Yes;
    }
    let hidden = a.style.is_some_and(|s| {
        let s = s.to_ascii_lowercase().replace(' ', "");
        s.contains("display:none") || s.contains("visibility:hidden")
    });
    if hidden {
        return Chrome::Yes;
    }
    // Classes on `<html>` and `<body>` describe the page's layout
    // ("right-sidebar", "layout-one-sidebar" from theme body classes), not
    // the element: they never make the whole page chrome.
    if (a.class.is_none() && a.id.is_none()) || matches!(name, "html" | "body") {
        return Chrome::No;
    }
    let hints = hints_of(a);
    // SharePoint's rich-text styles ("ms-rteTableFooterOddCol-default" on
    // a caption row) format the article; they name no chrome.
    // An `<article>` classed by its genre ("article-comment", a commentary,
    // "bình luận") is the article; readers' comments are plural or boxed
    // ("comments", "comment-list", "box-comment").
    let genre = name == "article" && hints.contains("comment");
    let hints = if hints.contains("ms-rte") || genre {
        hints
            .split_whitespace()
            .filter(|w| !(w.starts_with("ms-rte") || genre && is_genre_word(w)))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        hints
    };
    if !NEGATIVE.is_match(&hints) {
        return Chrome::No;
    }
    let column_only = COLUMN.is_match(&hints) && !NEGATIVE.is_match(&COLUMN.replace_all(&hints, " "));
    if column_only { Chrome::Column } else { Chrome::Named }
}

/// Class or id words of boxes that may hold an `<h1>` of their own and much
/// text, yet never the article: readers' comments, popups and dialogs.
pub(crate) fn names_overlay_or_comments(a: &Attrs<'_>) -> bool {
    static OVERLAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)comment|binh-?luan|y-?kien|popup|modal|dialog|lightbox|overlay").expect("valid regex")
    });
    OVERLAY.is_match(&hints_of(a))
}

/// "article-comment", "post-comment": an article's genre, commentary.
fn is_genre_word(word: &str) -> bool {
    ["article", "news", "post", "story"].iter().any(|k| {
        word.strip_prefix(k)
            .is_some_and(|rest| matches!(rest, "-comment" | "_comment"))
    })
}

/// One block of text in document order and the innermost block element holding it.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    pub owner: NodeId,
    /// Document-order position of the owner element.
    pub order: usize,
    /// Non-whitespace characters of the block that are link text.
    pub linked: usize,
}

/// Flattens the subtree at `root` into cleaned, non-empty text blocks,
/// skipping excluded subtrees. `<br>` and block elements end a block.
pub fn blocks(root: ego_tree::NodeRef<'_, Node>, index: &Index) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut linked = 0usize;
    let mut stack: Vec<NodeId> = vec![root.id()];
    let mut skip: Option<NodeId> = None;
    let mut flush = |current: &mut String, linked: &mut usize, owner: NodeId| {
        let text = clean(current);
        current.clear();
        if !text.is_empty() {
            out.push(Block {
                text,
                owner,
                order: index.pos(owner),
                linked: *linked,
            });
        }
        *linked = 0;
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        if node.id() != root.id() && index.excluded_root(node.id()) {
                            skip = Some(node.id());
                            continue;
                        }
                        if el.name() == "br" {
                            current.push('\n');
                            flush(&mut current, &mut linked, *stack.last().unwrap_or(&root.id()));
                        } else if is_block(el.name()) {
                            flush(&mut current, &mut linked, *stack.last().unwrap_or(&root.id()));
                            stack.push(node.id());
                        } else if el.name() == "img" {
                            // Inline images separate the text on either side.
                            current.push(' ');
                        }
                    }
                    Node::Text(t) => {
                        current.push_str(t);
                        // The index counted the node's link text already.
                        linked += index.text_stats(node.id()).1;
                    }
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
                    flush(&mut current, &mut linked, node.id());
                    stack.pop();
                }
            }
        }
    }
    flush(&mut current, &mut linked, root.id());
    out
}

/// Like [`text_of`], without the text of chrome inside the element: a
/// heading wrapper whose only text is a removed module title says nothing.
pub fn visible_text_of(el: ElementRef<'_>, index: &Index) -> String {
    let mut s = String::new();
    let mut skip: Option<NodeId> = None;
    for edge in el.traverse() {
        match edge {
            Edge::Open(node) if skip.is_none() => {
                if node.id() != el.id() && index.excluded_root(node.id()) {
                    skip = Some(node.id());
                } else if let Node::Text(t) = node.value() {
                    s.push_str(t);
                    s.push(' ');
                }
            }
            Edge::Close(node) if skip == Some(node.id()) => skip = None,
            _ => {}
        }
    }
    clean(&s)
}

/// The text of a byline element, its lines joined with ", ": portals print
/// a name and its unit on two lines of one element ("<b>Thanh Nhàn</b><br>
/// <i>Bệnh viện Đa khoa tỉnh</i>"), and the two are not one name. With an
/// index, chrome inside it (a "Nghe bài viết | Lưu | Chia sẻ" tools row) is
/// skipped.
pub fn byline_text_of(el: ElementRef<'_>, index: Option<&Index>) -> String {
    let mut lines = vec![String::new()];
    let mut skip: Option<NodeId> = None;
    for edge in el.traverse() {
        match edge {
            Edge::Open(_) if skip.is_some() => {}
            Edge::Open(node) if node.id() != el.id() && index.is_some_and(|i| i.excluded_root(node.id())) => {
                skip = Some(node.id())
            }
            Edge::Close(node) if skip.is_some() => {
                if skip == Some(node.id()) {
                    skip = None;
                }
            }
            Edge::Open(node) => match node.value() {
                Node::Text(t) => {
                    let line = lines.last_mut().expect("never empty");
                    line.push_str(t);
                    line.push(' ');
                }
                Node::Element(e) if e.name() == "br" || (node.id() != el.id() && is_block(e.name())) => {
                    lines.push(String::new())
                }
                _ => {}
            },
            Edge::Close(node) => {
                let Node::Element(e) = node.value() else { continue };
                if node.id() == el.id() {
                    continue;
                }
                // Inline elements set side by side with nothing between
                // them are laid out apart by the style sheet: two author
                // links, a name span and a unit span. With white space
                // between, only a role opening the next one sets it apart
                // ("<span>Hoàng Lan</span> <span>Phóng viên …</span>"): a
                // label, a rank or half a name runs on into what follows.
                let blank = |n: &ego_tree::NodeRef<'_, Node>| n.value().as_text().is_some_and(|t| t.trim().is_empty());
                let abutting = match node.next_sibling() {
                    Some(n) if n.value().is_element() => true,
                    Some(n) if blank(&n) => n.next_sibling().and_then(ElementRef::wrap).is_some_and(|e| {
                        let text: String = e.text().take(8).collect();
                        crate::byline::opens_with_role(text.trim_start())
                    }),
                    _ => false,
                } && !lines.last().is_some_and(|l| l.trim_end().ends_with(':'));
                if is_block(e.name()) || abutting {
                    lines.push(String::new());
                }
            }
        }
    }
    lines
        .iter()
        .map(|l| clean(l))
        .filter(|l| l.chars().any(char::is_alphanumeric))
        .collect::<Vec<_>>()
        .join(", ")
}

/// All text under an element, cleaned, with block boundaries as spaces.
pub fn text_of(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    for t in el.text() {
        s.push_str(t);
        s.push(' ');
    }
    clean(&s)
}
