//! Image captions that belong to the article but stand outside the content
//! container the scoring chose.

use std::sync::LazyLock;

use ego_tree::NodeId;
use scraper::{ElementRef, Html};

use crate::dom::{Block, Index, text_of};
use crate::meta;

static CAPTION: LazyLock<scraper::Selector> =
    LazyLock::new(|| meta::sel("figcaption, [class*=caption], [class*=Caption]"));
static IMAGE: LazyLock<scraper::Selector> = LazyLock::new(|| meta::sel("img"));
static LINK: LazyLock<scraper::Selector> = LazyLock::new(|| meta::sel("a[href]"));

/// A caption is a line or two, not a box of text.
const MAX_CAPTION_CHARS: usize = 300;

/// Captions of the figures that stand between the lead and the body:
/// NukeViet prints the home image, with its `<figcaption>`, next to the
/// `hometext` lead and outside `bodytext`; a radio-TV page its video, with a
/// `video-caption` line under the player.
pub fn after_lead(doc: &Html, index: &Index, lead: NodeId, content: NodeId) -> Vec<String> {
    let content_start = index.pos(content);
    let Some(lead) = doc.tree.get(lead) else {
        return Vec::new();
    };
    lead.next_siblings()
        .filter_map(ElementRef::wrap)
        .take_while(|s| index.pos(s.id()) < content_start && !index.is_within(content, s.id()))
        .filter(|s| !index.excluded(s.id()))
        .filter_map(|f| f.select(&CAPTION).find(|c| !index.excluded(c.id())))
        .map(text_of)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Captions in the cells beside a content cell: ASP and DNN portals lay an
/// article out as a table whose text cell stands next to a narrow cell with
/// the photo and its caption ("Ê-kíp phẫu thuật thăm khám người bệnh sau
/// ghép."). Only a box holding an image and a line of unlinked prose counts,
/// so the "Xem thêm" note or the visit counter in the same cell does not.
pub fn beside_cell(doc: &Html, index: &Index, content: NodeId) -> Vec<Block> {
    let Some(cell) = doc.tree.get(content).and_then(ElementRef::wrap) else {
        return Vec::new();
    };
    // A text cell and a photo cell: a third cell is a layout's sidebar.
    let cells = cell.parent().map_or(0, |row| {
        row.children()
            .filter(|c| c.value().as_element().is_some_and(|e| matches!(e.name(), "td" | "th")))
            .count()
    });
    if cell.value().name() != "td" || cells != 2 {
        return Vec::new();
    }
    cell.next_siblings()
        .filter_map(ElementRef::wrap)
        .filter(|s| s.value().name() == "td" && !index.excluded(s.id()))
        .flat_map(|s| s.children().filter_map(ElementRef::wrap))
        .filter(|b| !index.excluded(b.id()) && b.select(&IMAGE).next().is_some() && b.select(&LINK).next().is_none())
        .filter_map(|b| {
            let text = text_of(b);
            let words = text.split_whitespace().count();
            (words >= 3 && text.chars().count() <= MAX_CAPTION_CHARS && !text.ends_with(':')).then(|| Block {
                text,
                owner: b.id(),
                order: index.pos(b.id()),
                linked: 0,
            })
        })
        .collect()
}
