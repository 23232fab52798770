//! Bylines printed in elements of their own: author boxes ("author",
//! "tacgia" classes), writers linked one by one, a link to the writer's page.

use std::sync::LazyLock;

use ego_tree::NodeId;
use scraper::{ElementRef, Html};

use crate::byline;
use crate::dom::{Index, byline_text_of, text_of};
use crate::meta;

/// The byline of the author elements up to the first one after the body:
/// co-writers in alike elements side by side, a photo credit in the next.
pub(crate) fn byline(doc: &Html, index: &Index, content_id: NodeId) -> Option<String> {
    index
        .marked
        .authors
        .iter()
        .filter(|&&id| !index.excluded(id))
        // Up to the first one after the body (the byline box under
        // it), not on into boxes of other articles' authors.
        .scan(false, |past, &id| {
            let seen = *past;
            *past |= index.pos(id) > index.end(content_id);
            (!seen).then_some(id)
        })
        .filter_map(|id| doc.tree.get(id).and_then(ElementRef::wrap))
        .filter(|e| !crate::dom::hidden_by_class(e.value()))
        // A byline line with the date in it is no name; the author
        // link inside it is.
        .filter_map(|e| {
            if let Some(names) = linked_writers(e) {
                return Some((e, names));
            }
            // Chrome inside it (a tools row) is skipped, unless that
            // leaves no name: a utility class may read as chrome.
            byline::clean_author(&byline_text_of(e, Some(index)))
                .or_else(|| byline::clean_author(&byline_text_of(e, None)))
                .map(|name| (e, name))
        })
        .collect::<Vec<_>>()
        .split_first()
        .map(|((first, name), rest)| {
            // Co-writers each in an author element of their own,
            // side by side and alike ("author-name" twice), each a
            // person: not a role line or a "more by" link.
            let alike = |e: &ElementRef<'_>| {
                e.parent().map(|p| p.id()) == first.parent().map(|p| p.id())
                    && e.value().name() == first.value().name()
                    && e.value().attr("class") == first.value().attr("class")
            };
            let others = rest.iter().filter(|(e, n)| alike(e) && byline::is_person(n));
            let mut names: Vec<String> = std::iter::once(name).chain(others.map(|(_, n)| n)).cloned().collect();
            // A photo credit in the element after them ("<span
            // class=post-photo>Ảnh: Đoàn trường</span>") is a credit
            // of the byline, as it would be on the same line.
            names.extend(photo_credit_after(first, alike));
            byline::join_unique(names)
        })
}

/// Writers linked one by one inside an author element, with only a label
/// and separators around the links: "<a>Minh Đức</a> - <a>Thu Hà</a>" is
/// two writers, where a name and a unit after a dash are one byline.
fn linked_writers(el: ElementRef<'_>) -> Option<String> {
    static LINK: LazyLock<scraper::Selector> = LazyLock::new(|| meta::sel("a"));
    // A byline is short; a long element is no list of writers (and is not
    // copied once per link).
    const MAX_CHARS: usize = 200;
    const MAX_WRITERS: usize = 6;
    let all = text_of(el);
    if all.len() > MAX_CHARS * 4 || all.chars().count() > MAX_CHARS {
        return None;
    }
    let names: Vec<String> = el.select(&LINK).map(text_of).filter(|t| !t.is_empty()).collect();
    if !(2..=MAX_WRITERS).contains(&names.len())
        || !names
            .iter()
            .all(|n| byline::is_writer_name(n) && !n.contains([',', '-', '–']))
    {
        return None;
    }
    let mut rest = all;
    for n in &names {
        rest = rest.replacen(n.as_str(), "", 1);
    }
    let rest = rest.to_lowercase();
    let rest = ["tác giả", "bài", "tin", "và", "by", "and"]
        .iter()
        .fold(rest, |r, w| r.replace(w, ""));
    rest.chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ',' | '&' | '/' | ':' | '|' | '·' | '•'))
        .then(|| byline::join_unique(names))
}

/// The photo credit in the first element after an author element and its
/// alike siblings, when that element holds only the credit.
fn photo_credit_after(author: &ElementRef<'_>, alike: impl Fn(&ElementRef<'_>) -> bool) -> Option<String> {
    let next = author
        .next_siblings()
        .filter_map(ElementRef::wrap)
        .find(|e| !alike(e))?;
    byline::photo_credit(&byline_text_of(next, None))
}

/// A link to the writer's page ("/tac-gia/hoang-lan", `rel="author"`)
/// before the end of the content, in themes that class it by utility
/// classes only.
pub(crate) fn writer_link(doc: &Html, index: &Index, start: usize, content: NodeId) -> Option<String> {
    static AUTHOR_LINK: LazyLock<scraper::Selector> =
        LazyLock::new(|| meta::sel(r#"a[rel~="author"], a[href*="/tac-gia/"], a[href*="/author/"]"#));
    let end = index.end(content);
    doc.select(&AUTHOR_LINK)
        .take_while(|a| index.pos(a.id()) <= end)
        .filter(|a| index.pos(a.id()) >= start && !index.excluded(a.id()))
        .find_map(|a| byline::clean_author(&text_of(a)).filter(|n| byline::is_person(n)))
}
