//! Finding the main content container: paragraph-level scoring in the
//! Readability tradition (text length, commas, link density, class hints),
//! propagated to ancestors.

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};

use crate::dom::{IdMap, Index, attrs, is_block, is_negative, is_positive};
use crate::index::non_space_chars;
use crate::listing::{holds_headline, looks_like_listing, opens_with_link};

/// Tags whose text counts as a paragraph when they hold no further blocks.
const PARAGRAPH_TAGS: &[&str] = &["p", "div", "td", "pre", "blockquote", "li", "section", "article"];

/// The best content container and its score.
pub struct Candidate {
    pub id: NodeId,
    pub score: f64,
}

fn has_block_child(el: ElementRef<'_>) -> bool {
    el.children()
        .any(|c| matches!(c.value(), Node::Element(e) if is_block(e.name()) && e.name() != "span"))
}

/// Direct text (not inside child elements) length, for `<div>text<br>text</div>` bodies.
fn direct_text_len(el: ElementRef<'_>, index: &Index) -> usize {
    el.children()
        .filter_map(|c| match c.value() {
            Node::Text(t) => Some(non_space_chars(t)),
            Node::Element(e) if matches!(e.name(), "b" | "strong" | "i" | "em" | "u" | "span" | "font" | "a") => {
                Some(index.text_stats(c.id()).0)
            }
            _ => None,
        })
        .sum()
}

/// Candidates that end before the title anchor (the heading repeating the
/// page title) keep this share of their score: they are sidebars and teaser
/// columns laid out before the article.
const BEFORE_TITLE: f64 = 0.2;

/// Scores paragraphs and returns the best container, or `None` for a page
/// without a paragraph worth the name.
pub fn best_candidate(doc: &Html, index: &Index, title_anchor: Option<usize>) -> Option<Candidate> {
    let mut scores: IdMap<f64> = IdMap::default();
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        if !PARAGRAPH_TAGS.contains(&el.name()) {
            continue;
        }
        let Some(elref) = ElementRef::wrap(node) else {
            continue;
        };
        let has_blocks = has_block_child(elref);
        let own_len = if has_blocks {
            direct_text_len(elref, index)
        } else {
            index.text_stats(node.id()).0
        };
        if own_len < 25 || index.excluded(node.id()) {
            continue;
        }
        let (total, linked) = index.text_stats(node.id());
        let density = if total == 0 { 1.0 } else { linked as f64 / total as f64 };
        if density > 0.5 {
            continue;
        }
        let commas = elref.text().map(|t| t.matches([',', '，']).count()).sum::<usize>() as f64;
        let score = (1.0 + commas + (own_len as f64 / 100.0).min(3.0)) * (1.0 - density);
        // The paragraph's own container gets full credit, ancestors less.
        let mut target = if has_blocks { Some(node) } else { node.parent() };
        for level in 0..3 {
            let Some(t) = target else { break };
            if matches!(t.value(), Node::Element(_)) {
                *scores.entry(t.id()).or_default() += score / (1.0 + level as f64);
            }
            target = t.parent();
        }
    }
    let mut best: Option<(Candidate, usize)> = None;
    for (id, score) in scores {
        let Some(node) = doc.tree.get(id) else {
            continue;
        };
        let Some(elref) = ElementRef::wrap(node) else {
            continue;
        };
        let el = elref.value();
        if matches!(el.name(), "body" | "html") {
            continue;
        }
        let (total, linked) = index.text_stats(id);
        let density = if total == 0 { 1.0 } else { linked as f64 / total as f64 };
        let mut adjusted = score * (1.0 - density);
        if is_positive(el) && !is_negative(el) {
            adjusted *= 1.25;
        }
        if title_anchor.is_some_and(|t| index.end(id) < t) {
            adjusted *= BEFORE_TITLE;
        }
        // Ties go to the earlier element, whatever the map's iteration order.
        let pos = index.pos(id);
        if best
            .as_ref()
            .is_none_or(|(b, p)| adjusted > b.score || (adjusted == b.score && pos < *p))
        {
            best = Some((Candidate { id, score: adjusted }, pos));
        }
    }
    best.map(|(c, _)| promote_list(doc, index, promote_repeated(doc, index, c)))
}

/// A list or a table is rarely the whole article: a recipe's numbered steps
/// outscore its ingredients, headings and closing paragraphs, which stand
/// beside them in the body element. A list or table candidate gives way to
/// its parent when the parent is prose rather than links and not much
/// larger than the list (a page wrapper is).
fn promote_list(doc: &Html, index: &Index, best: Candidate) -> Candidate {
    let Some(el) = doc.tree.get(best.id).and_then(ElementRef::wrap) else {
        return best;
    };
    if !matches!(el.value().name(), "ol" | "ul" | "table" | "tbody") {
        return best;
    }
    let parent = el
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| !matches!(a.value().name(), "tbody" | "table"));
    let Some(parent) = parent.filter(|p| !matches!(p.value().name(), "body" | "html") && !index.excluded(p.id()))
    else {
        return best;
    };
    let own = index.text_stats(best.id).0;
    let (total, linked) = index.text_stats(parent.id());
    // A list of teasers stays one: the listing test must see it alone.
    if linked * 4 <= total && total <= own * 4 && !looks_like_listing(el, index) {
        Candidate {
            id: parent.id(),
            score: best.score,
        }
    } else {
        best
    }
}

/// Tag and class: how items of a list look alike (ids tell them apart).
fn signature<'a>(e: ElementRef<'a>) -> (&'a str, Option<&'a str>) {
    (e.value().name(), attrs(e.value()).class.filter(|c| !c.is_empty()))
}

/// Levels above the best candidate searched for repeated items.
const REPEAT_LEVELS: usize = 3;
/// Repeated items with prose needed to take their parent instead.
const MIN_REPEATS: usize = 3;

/// The best candidate may be one item of several that make the article
/// together: the updates of a live blog, the chapters of a long read. Each
/// scores as its own container, and the list holding them gets only a third
/// of their credit, so the longest item wins alone. When the candidate (or
/// one of its ancestors) has siblings of the same tag and class, at least
/// [`MIN_REPEATS`] of them holding prose, hardly any holding a headline link
/// (that is how teasers of a listing repeat), and together carrying most of their
/// parent's text, the parent is the content.
fn promote_repeated(doc: &Html, index: &Index, best: Candidate) -> Candidate {
    let Some(mut el) = doc.tree.get(best.id).and_then(ElementRef::wrap) else {
        return best;
    };
    for _ in 0..REPEAT_LEVELS {
        let Some(parent) = el.parent().and_then(ElementRef::wrap) else {
            break;
        };
        if matches!(parent.value().name(), "body" | "html") || index.excluded(parent.id()) {
            break;
        }
        let own = signature(el);
        if own.1.is_some() {
            let (mut items, mut text, mut teasers, mut largest) = (0, 0, 0, 0);
            for sibling in parent.children().filter_map(ElementRef::wrap) {
                if signature(sibling) != own || index.excluded(sibling.id()) {
                    continue;
                }
                let (total, linked) = index.text_stats(sibling.id());
                if holds_headline(sibling, index) || opens_with_link(sibling, index) {
                    teasers += 1;
                } else if total >= 25 && linked * 2 < total {
                    items += 1;
                    text += total;
                    largest = largest.max(total);
                }
            }
            let (parent_total, parent_linked) = index.text_stats(parent.id());
            // The items together carry the text, none alone: layout rows
            // (address, article, comment form, copyright) share a class too,
            // but the article row outweighs the rest.
            if items >= MIN_REPEATS
                && teasers * 4 <= items
                && largest * 10 <= text * 6
                && text * 2 >= parent_total
                && parent_linked * 4 <= parent_total
            {
                return Candidate {
                    id: parent.id(),
                    score: best.score,
                };
            }
        }
        el = parent;
    }
    best
}
