//! HTML → article fields. See the crate documentation for the steps.

use std::cell::LazyCell;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use regex::Regex;
use scraper::{ElementRef, Html};
use url::Url;
use vnportal_model::Image;

use std::collections::HashSet;

use ego_tree::NodeId;

use crate::author_elements;
use crate::byline::{self, take_trailer};
use crate::captions;
use crate::content::best_candidate;
use crate::dates::find_date;
use crate::dom::{Block, Index, blocks, text_of};
use crate::index::non_space_chars;
use crate::listing::{headline_share, is_teaser, looks_like_listing, prose_share};
use crate::meta::{self, TitleChoice};
use crate::overrides::{self, Overrides};

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
/// Articles are mostly prose; tables of documents and link lists are not.
const MIN_PROSE_SHARE: f64 = 0.4;

static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            .{0,40}lượt\s+(xem|đọc|truy\s+cập)\b.{0,20}
          | (số\s+)?lượt\s+xem.{0,20}
          | đánh\s+giá(\s+cho)?\s+bài\s+viết.{0,40}
          | \d+\s+điểm\s*\(.{0,30}\)
          | (tệp|tập\s+tin|file|tài\s+liệu|văn\s+bản)\s+đính\s+kèm\s*:?
          | (chia\s+sẻ|in\s+bài(\s+viết|\s+này)?|in\s+trang|bản\s+in|gửi\s+email|gửi\s+cho\s+bạn\s+bè|gửi\s+bài\s+viết|quay\s+lại|trở\s+về|về\s+đầu\s+trang|lên\s+đầu\s+trang|cỡ\s+chữ|phóng\s+to|thu\s+nhỏ|xem\s+(toàn|full)\s+màn\s+hình|bình\s+luận|phản\s+hồi|facebook|twitter|zalo|email|print|share|tweet|like|[a|A]\-?\s*[a|A]\+?)(\s*[|:·•/]\s*.{0,60})?
        )$",
    )
    .expect("valid regex")
});

/// No line [`NOISE`] matches is longer (bytes; its parts are bounded).
const NOISE_MAX_BYTES: usize = 600;

/// Classic ASP tool links print as one bracketed line: "[In bài] [Quay lại]".
fn unbracket(text: &str) -> Option<String> {
    if !text.starts_with('[') || !text.ends_with(']') {
        return None;
    }
    let parts: Vec<&str> = text
        .split(']')
        .map(|p| p.trim().trim_start_matches('[').trim())
        .filter(|p| !p.is_empty())
        .collect();
    Some(parts.join(" | "))
}

static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(các\s+)?(tin|bài(\s+viết)?)\s+(cùng\s+chuyên\s+mục|liên\s+quan|khác|đã\s+đưa|mới\s+hơn|cũ\s+hơn|cùng\s+loại|mới)\b|^xem\s+thêm\b|^tin\s+tức\s+khác\b",
    )
    .expect("valid regex")
});

/// A link to another article set inside the body: "Xem thêm: <a>…</a>",
/// "Đọc thêm >> <a>…</a>". Dropped when most of the line is the link.
static INLINE_RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[>»\s]*(xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan|mời\s+xem)\b")
        .expect("valid regex")
});

/// Extracts the article in `html`, fetched from `page_url`, with the
/// generic rules and the platform adapters only.
pub fn extract(html: &str, page_url: &Url) -> Result<Extracted, NotArticle> {
    extract_with(html, page_url, &Overrides::none())
}

/// Extracts the article in `html`; `portal` selectors go first, then the
/// adapter of the platform the page is built on, then the generic rules.
pub fn extract_with(html: &str, page_url: &Url, portal: &Overrides) -> Result<Extracted, NotArticle> {
    let doc = Html::parse_document(&crate::guard::limit_depth(html));
    let platform = crate::platform::detect(&doc, page_url.path());
    let adapter = platform.map(|(_, selectors)| selectors);
    let layers: Vec<&Overrides> = std::iter::once(portal).chain(adapter).collect();
    let removed: HashSet<NodeId> = layers
        .iter()
        .flat_map(|l| l.remove.iter())
        .flat_map(|sel| sel.select(&doc).map(|e| e.id()))
        .collect();
    let index = Index::build(&doc, &removed);
    crate::pagetype::check(&doc, &index, page_url)?;
    crate::pagetype::check_template(&doc, &index, adapter)?;
    let titles = meta::PageTitles::read(&doc, &index);

    let content = match layers.iter().find_map(|l| overrides::body(&doc, l, &index)) {
        Some(el) => el,
        None => {
            let anchor = meta::title_anchor(&doc, &index, &titles);
            let candidate =
                best_candidate(&doc, &index, anchor).ok_or_else(|| NotArticle("no paragraph text".into()))?;
            doc.tree
                .get(candidate.id)
                .and_then(ElementRef::wrap)
                .ok_or_else(|| NotArticle("content is not an element".into()))?
        }
    };
    let content_id = content.id();

    let mut title = layers
        .iter()
        .filter_map(|l| l.title.as_ref())
        .find_map(|sel| overrides::first(&doc, sel, &index))
        .map(|el| TitleChoice {
            text: meta::headline_text(&index, &titles, el),
            node: Some(el.id()),
        })
        .filter(|t| !t.text.is_empty())
        .or_else(|| meta::choose_title(&doc, &index, &titles, content_id))
        .ok_or_else(|| NotArticle("no title".into()))?;
    let title_order = title.node.map(|n| index.pos(n));

    let mut content_blocks = blocks(*content, &index);
    content_blocks.extend(captions::beside_cell(&doc, &index, content_id));
    // A title inside the content container: what precedes it is header chrome.
    if let (Some(t), Some(node)) = (title_order, title.node)
        && index.is_within(node, content_id)
    {
        content_blocks.retain(|b| b.order > t && !index.is_within(b.owner, node));
    }
    content_blocks.retain(|b| !b.text.eq_ignore_ascii_case(&title.text));

    // Registry selector, then machine-readable dates, then the adapter's date
    // element: the match nearest the title, as site headers print today's
    // date under the same class.
    let date_anchor = title_order.unwrap_or_else(|| index.pos(content_id));
    let date_scope = title.node.and_then(|node| {
        doc.tree
            .get(node)?
            .ancestors()
            .find(|a| index.is_within(content_id, a.id()))
            .map(|a| a.id())
    });
    let date_from = |layer: &Overrides| {
        layer
            .date
            .as_ref()
            .and_then(|sel| overrides::nearest(&doc, sel, &index, date_anchor, date_scope))
            .and_then(meta::date_of)
    };
    let mut published_at = date_from(portal)
        .or_else(|| meta::meta_date(&doc, &index))
        .or_else(|| adapter.and_then(date_from));
    // The date line is one of the first blocks: take its date, drop the line.
    let mut date_line = None;
    // The text of the date line, wherever it stands: it may name the poster.
    let mut date_text: Option<String> = None;
    // A dated sentence among them ("Thông báo số 45/TB-HĐXT ngày 12/3/2026")
    // stays text, its date the last resort.
    let mut sentence_date = None;
    for (i, b) in content_blocks.iter().enumerate().take(4) {
        if b.text.chars().count() <= 100
            // A caption dates its photo ("… lúc 21h30 ngày 21/11/2026").
            && !in_caption(&doc, b.owner)
            && let Some(d) = line_date(&doc, b)
        {
            if is_dated_sentence(&b.text) {
                sentence_date = sentence_date.or(Some(d));
                continue;
            }
            date_line = Some(i);
            published_at = published_at.or(Some(d));
            break;
        }
    }
    if let Some(i) = date_line {
        date_text = Some(content_blocks.remove(i).text);
        if i >= 1
            && title.node.is_none()
            && !titles.has_og()
            && is_title_line(&content_blocks[i - 1])
            && content_blocks[..i - 1].iter().all(|b| is_breadcrumb_line(&b.text))
        {
            // Table-and-`<font>` sites print the title as the first line of
            // the content cell (under a breadcrumb row, maybe), right above
            // the date line, and their `<title>` names only the site: the
            // line is the better title.
            title.text = content_blocks.remove(i - 1).text;
            content_blocks.drain(..i - 1);
        }
    }
    // A breadcrumb row printed at the top of the content cell.
    if content_blocks.first().is_some_and(|b| is_breadcrumb_line(&b.text)) {
        content_blocks.remove(0);
    }
    let body_start = body_start(&content_blocks);
    // Flattened once, when the date or the byline fallbacks below need it.
    let title_node = title.node;
    let around_title = LazyCell::new(|| blocks_around_title(&doc, &index, title_node, body_start));
    if published_at.is_none() {
        if let Some((date, line)) =
            date_between_title_and_body(&doc, &index, &around_title, title_order, title_node, body_start)
        {
            published_at = Some(date);
            date_text = Some(line);
        } else if let Some(above) = date_above_body(&index, content) {
            published_at = Some(above.date);
            date_text = Some(above.line);
            // A `<font>` table prints the title in the row above the date
            // row; a `<title>` of "Site :: Section" names no article.
            if let Some(line) = above.title
                && title_node.is_none()
                && !titles.has_og()
                && line.split_whitespace().count() >= 5
                && !line.contains(':')
                && !meta::printed(&doc, &title.text)
            {
                title.text = line;
            }
        }
    }

    let mut content_blocks = clean_paragraphs(&doc, &index, content_blocks);
    // What remains after the title is headline links: a listing laid out
    // inside a larger container.
    let listing_blocks = headline_share(&content_blocks);
    let data_table = is_data_table(&doc, &content_blocks);
    let trailing_date = take_trailing_date(&doc, &mut content_blocks);
    // An editor's note under a reader's signed letter ("* Ngày 20-11, trao
    // đổi với phóng viên, …") is body; the signature above it the byline.
    let note = take_editors_note(&doc, &mut content_blocks);
    let mut paragraphs: Vec<String> = content_blocks.into_iter().map(|b| b.text).collect();
    let leading_author = byline::take_leading_credits(&mut paragraphs);

    let summary = layers
        .iter()
        .filter_map(|l| l.summary.as_ref())
        .find_map(|sel| overrides::first(&doc, sel, &index))
        .map(|el| (text_of(el), el.id()))
        .filter(|(t, _)| !t.is_empty())
        .or_else(|| meta::summary(&doc, &index, title_order, content_id))
        .or_else(|| {
            unmarked_lead(
                &doc,
                &index,
                &around_title,
                title_order?,
                body_start,
                date_text.as_deref(),
            )
        });
    // A lead outside the content that the body repeats is printed twice,
    // and kept twice; inside the content it is already among the blocks.
    if let Some((text, lead)) = &summary
        && (!index.is_within(*lead, content_id) || !paragraphs.iter().take(3).any(|p| p == text))
    {
        paragraphs.insert(0, text.clone());
        for (i, caption) in captions::after_lead(&doc, &index, *lead, content_id)
            .into_iter()
            .enumerate()
        {
            paragraphs.insert(1 + i, caption);
        }
    }

    let selected_author = |layer: &Overrides| {
        layer
            .author
            .as_ref()
            .and_then(|sel| overrides::first(&doc, sel, &index))
            .map(text_of)
            .and_then(|a| byline::clean_author(&a))
    };
    let portal_author = selected_author(portal);
    let (trailer_author, source) = take_trailer(&mut paragraphs);
    paragraphs.extend(note);
    // The source of a table or a chart, inside the body.
    paragraphs.retain(|p| !byline::is_source_note(p));
    let mut author = portal_author.or(trailer_author).or(leading_author);
    if author.is_none()
        && let Some(a) = adapter.and_then(selected_author).or_else(|| {
            author_elements::byline(&doc, &index, content_id).or_else(|| {
                author_elements::writer_link(&doc, &index, title_order.unwrap_or(index.pos(content_id)), content_id)
            })
        })
    {
        paragraphs.retain(|p| *p != a);
        author = Some(a);
    }
    let after = labelled_after(&doc, &index, content);
    let (labelled_author, labelled_source) = (after.author, after.source);
    // A machine-readable author, then a name labelled in the date line
    // ("… - Người đăng: Hoàng Thu Hằng"), which may be the poster's account.
    let author = author
        .or(labelled_author)
        .or_else(|| meta::json_ld_author(&doc))
        .or_else(|| date_text.as_deref().and_then(byline::labelled_in_line))
        .or_else(|| date_text.as_deref().and_then(byline::unlabelled_in_line))
        .or_else(|| {
            // The date may have come from a selector or a meta tag, so the
            // meta line under the title was not read: its labelled name
            // ("14/10/2025 | Người viết: Phạm Thị Lan | Lượt xem: 2.113")
            // is the byline all the same; so is the one just above the title
            // ("Thứ Hai, 02/06/2025 - 08:45 • Bài: Văn Long • Ảnh: Khánh Linh").
            let title_order = title_order?;
            let blocks: Vec<&Block> = lines_after_title(&around_title, title_order, body_start).collect();
            let lines: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
            let mut writer = None;
            for (i, line) in lines.iter().enumerate() {
                // A label in a cell of its own ("<th>Tác giả</th><td>…</td>"),
                // the writer's unit under the name in the same cell.
                if let Some(mut w) = lines.get(i + 1).and_then(|value| byline::cell_writer(line, value)) {
                    if let (Some(value), Some(unit)) = (blocks.get(i + 1), blocks.get(i + 2))
                        && let Some(cell) = enclosing_cell(&doc, value.owner, 4)
                        && enclosing_cell(&doc, unit.owner, 4).is_some_and(|c| c.id() == cell.id())
                        && byline::is_role(&unit.text)
                    {
                        w.push_str(", ");
                        w.push_str(&unit.text);
                    }
                    return Some(w);
                }
                if let Some(w) = byline::labelled_in_line(line) {
                    writer = Some((w, i + 1));
                    break;
                }
            }
            match writer {
                // Credit lines one under another ("Thực hiện: Lê Vy" /
                // "Ảnh: Tuấn Nguyễn"): the photo credits under the writer's.
                Some((w, next)) => {
                    let photos = lines[next..].iter().map_while(|t| byline::photo_credit(t));
                    Some(byline::join_unique(std::iter::once(w).chain(photos).collect()))
                }
                None => lines_above_title(&doc, &index, &around_title, title_order, title_node)
                    .find_map(|b| byline::labelled_in_line(&b.text)),
            }
        })
        .or_else(|| {
            // Nothing else signs the page: a photo credit of its own between
            // the title and the body ("Ảnh: Trần Quốc Việt" heading a photo
            // story) is its byline; one in a caption credits the picture.
            // Marked as a credit and naming a person: not a top image's
            // "Ảnh: Nguồn Internet", "Ảnh: Báo Bình Phước", "Video: …".
            lines_after_title(&around_title, title_order?, body_start)
                .filter(|b| !in_caption(&doc, b.owner) && marked_credit(&doc, b.owner))
                .filter(|b| b.text.trim_start().to_lowercase().starts_with("ảnh"))
                .find_map(|b| byline::photo_credit(&b.text).filter(|n| byline::is_person(n)))
        });
    let source = source.or(labelled_source);
    if let Some(a) = &author {
        // A registry-selected byline may also stand at the end of the body.
        if paragraphs.last().is_some_and(|p| p == a) {
            paragraphs.pop();
        }
    }
    if published_at.is_none() {
        // Last, what the page shows least plainly: a date on hover, a
        // source's date, the date in the address ("/2026-08-14/slug.html",
        // SharePoint's "/Pages/2020-12-31/").
        published_at = after
            .date
            .or(trailing_date)
            .or_else(|| {
                let body_from = body_start.map_or(usize::MAX, |(order, _)| order);
                date_in_title_attribute(&doc, &index, title_order.unwrap_or(0), body_from)
            })
            .or_else(|| source.as_deref().and_then(find_date))
            .or_else(|| crate::dates::date_in_path(page_url.path()))
            .or(after.updated)
            .or(sentence_date);
    }
    let published_at = published_at.map(|d| exact_time(&doc, &index, d));

    let body = paragraphs.join("\n\n");
    let body_chars = non_space_chars(&body);
    if body_chars < MIN_BODY_CHARS {
        return Err(NotArticle(format!("only {body_chars} characters of text")));
    }
    if listing_blocks || looks_like_listing(content, &index) || is_teaser(content, &index) {
        return Err(NotArticle("the main block is a list of links to other pages".into()));
    }
    // A dated notice whose body is a table (an address list, a schedule)
    // is short lines too, but of cells, not of links.
    if prose_share(&paragraphs) < MIN_PROSE_SHARE && !(data_table && published_at.is_some()) {
        return Err(NotArticle(
            "the main block is short lines (a table or a menu), not prose".into(),
        ));
    }
    if published_at.is_none() && author.is_none() && source.is_none() {
        return Err(NotArticle("no date, byline or source: a static page, not news".into()));
    }

    let language = if is_vietnamese(&body) { "vi" } else { "und" }.to_owned();
    Ok(Extracted {
        category: meta::category(&doc, &index, &title.text),
        canonical_url: meta::canonical(&doc, &index, page_url).map(String::from),
        images: meta::images(content, &index, page_url),
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
fn clean_paragraphs(doc: &Html, index: &Index, blocks: Vec<Block>) -> Vec<Block> {
    let counters = slide_counters(doc, index, &blocks);
    let mut out: Vec<Block> = Vec::new();
    // The last block was a linked "Tin liên quan" label by itself: a card
    // linking another article, whose headline is the next block.
    let mut in_card = false;
    for (i, b) in blocks.into_iter().enumerate() {
        // Length first: the regexes are slow on long paragraphs and only
        // ever match short lines.
        let short = b.text.len() <= NOISE_MAX_BYTES;
        let mostly_linked = b.linked > 0 && b.linked * 2 >= non_space_chars(&b.text);
        if std::mem::take(&mut in_card) && mostly_linked {
            continue;
        }
        if mostly_linked && INLINE_RELATED.is_match(&b.text) {
            let label = b.text.trim().to_lowercase();
            in_card = label == "tin liên quan" || label == "bài liên quan";
            continue;
        }
        if short && b.text.chars().count() <= 60 && RELATED.is_match(&b.text) {
            break;
        }
        let noise = short && (NOISE.is_match(&b.text) || unbracket(&b.text).is_some_and(|t| NOISE.is_match(&t)))
            || counters.contains(&i);
        // A table's "-" stands for no data: a cell's value, kept.
        let dash_cell = || matches!(b.text.as_str(), "-" | "–" | "—") && enclosing_cell(doc, b.owner, 1).is_some();
        if noise || !b.text.chars().any(char::is_alphanumeric) && !dash_cell() {
            continue;
        }
        // Consecutive duplicates come from nested markup (a title repeated in
        // alt text, say); two cells of a row may hold the same figure, and so
        // may the last cell of a grid's row and the first of the next ("3" /
        // "3"). Rows of one cell are a layout's, stacking a caption twice.
        let row_cells = |l: &Block| {
            let cell = |owner| enclosing_cell(doc, owner, 4);
            let cells_in = |row: ego_tree::NodeRef<'_, scraper::Node>| {
                row.children()
                    .filter(|c| c.value().as_element().is_some_and(|e| matches!(e.name(), "td" | "th")))
                    .count()
            };
            match (cell(l.owner), cell(b.owner)) {
                (Some(a), Some(c)) if a.id() != c.id() => {
                    same_row(&a, &c)
                        || a.parent().zip(c.parent()).is_some_and(|(ra, rc)| {
                            ra.parent().map(|t| t.id()) == rc.parent().map(|t| t.id())
                                && cells_in(ra) >= 2
                                && cells_in(rc) >= 2
                        })
                }
                _ => false,
            }
        };
        if out.last().is_none_or(|l| l.text != b.text || row_cells(l)) {
            out.push(b);
        }
    }
    out
}

/// The indices of a photo story's slide counters ("1/8", "2/8", …): three or
/// more lines "k/n" of one `n` counting from 1, outside tables. A single
/// "12/15" may be a table's figure or a day and month, so a lone fraction
/// stays; so do the days "1/8", "2/8", "3/8" of a schedule table.
fn slide_counters(doc: &Html, index: &Index, blocks: &[Block]) -> HashSet<usize> {
    static COUNTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,3})\s*/\s*(\d{1,3})$").expect("valid regex"));
    let mut by_total: std::collections::HashMap<&str, Vec<(&str, usize)>> = std::collections::HashMap::new();
    // A cell holding the counter and nothing else: a schedule's day. A
    // layout table's cell holds the whole story around its counters.
    let in_table = |b: &Block| {
        enclosing_cell(doc, b.owner, usize::MAX)
            .is_some_and(|cell| index.text_stats(cell.id()).0 == non_space_chars(&b.text))
    };
    for (i, b) in blocks.iter().enumerate() {
        if let Some(c) = COUNTER.captures(&b.text)
            && let (Some(k), Some(n)) = (c.get(1), c.get(2))
            && !in_table(b)
        {
            by_total.entry(n.as_str()).or_default().push((k.as_str(), i));
        }
    }
    by_total
        .into_iter()
        .filter(|(n, slides)| {
            // 1/n, 2/n, 3/n … in order: a schedule's "3/8", "5/8", "7/8" are days.
            let total: usize = n.parse().unwrap_or(0);
            slides.len() >= 3
                && slides.len() <= total
                && slides
                    .iter()
                    .enumerate()
                    .all(|(i, (k, _))| k.parse::<usize>() == Ok(i + 1))
        })
        .flat_map(|(_, slides)| slides.into_iter().map(|(_, i)| i))
        .collect()
}

/// The element (or the one holding it) is aligned right, as bylines are:
/// `align="right"`, `text-align: right`, Bootstrap's `text-end`/`text-right`.
fn right_aligned(doc: &Html, owner: NodeId) -> bool {
    near_owner(doc, owner, 3, |v| {
        v.attr("align").is_some_and(|a| a.eq_ignore_ascii_case("right"))
            || v.attr("style")
                .is_some_and(|s| s.replace(' ', "").to_ascii_lowercase().contains("text-align:right"))
            || v.attr("class")
                .is_some_and(|c| c.split_whitespace().any(|w| matches!(w, "text-end" | "text-right")))
    })
}

/// The element `owner` or one of its `levels - 1` nearest ancestors meets `test`.
fn near_owner(doc: &Html, owner: NodeId, levels: usize, test: impl Fn(&scraper::node::Element) -> bool) -> bool {
    let Some(owner) = doc.tree.get(owner).and_then(ElementRef::wrap) else {
        return false;
    };
    std::iter::once(owner)
        .chain(owner.ancestors().filter_map(ElementRef::wrap))
        .take(levels)
        .any(|e| test(e.value()))
}

/// What labelled lines just after the content container say.
#[derive(Default)]
struct After {
    author: Option<String>,
    source: Option<String>,
    date: Option<DateTime<FixedOffset>>,
    /// Labelled as the last update ([`LAST_UPDATED`]).
    updated: Option<DateTime<FixedOffset>>,
}

/// A date line after the body: labelled ("Ngày đăng: 14/08/2026 - 10:05 |
/// Lượt xem: 660"), or a date standing alone on the first line.
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(ngày\s+(đăng|cập\s+nhật|xuất\s+bản|ban\s+hành\s+tin)|đăng\s+(lúc|ngày)|cập\s+nhật(\s+lúc)?|thời\s+gian\s+đăng)\s*:")
        .expect("valid regex")
});

/// Joomla 1.5's last-modified line under the article, its date in brackets:
/// "Cập nhật lần cuối ( Thứ năm, 18 Tháng 12 2025 16:02 )". A page's only
/// date then, weaker than the one in its address.
static LAST_UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    // Or with a colon, the line holding nothing else: "Lần cập nhật cuối: 05/01/2026 | Phiên bản 2.1" stamps the site.
    Regex::new(r"(?i)^(cập\s+nhật\s+lần\s+cuối|lần\s+cập\s+nhật\s+cuối|last\s+updated)\s*(\(|:[^|]*$)")
        .expect("valid regex")
});

/// Labelled byline, source and date lines just after the content container
/// ("Tác giả bài viết: …", "Nguồn tin: …", "Ngày đăng: …"), as templates
/// that print them outside the body do. Only labelled lines count, and a
/// bare date on the first line without links: a bare name after the body
/// may belong to anything, a date under a link to a box of other news.
fn labelled_after(doc: &Html, index: &Index, content: ElementRef<'_>) -> After {
    let mut author = None;
    let mut source = None;
    let mut date = None;
    let mut updated = None;
    // The blocks of the elements that follow the content, up to four lines;
    // when the content ends its parent, those after the parent (a table
    // layout's next row).
    let mut lines: Vec<Block> = std::iter::once(*content)
        .chain(content.ancestors())
        .take(3)
        .map(|node| {
            node.next_siblings()
                .filter(|s| s.value().is_element() && (!index.excluded_root(s.id()) || is_article_footer(s, index)))
                .flat_map(|s| blocks(s, index))
                .take(8)
                .collect::<Vec<Block>>()
        })
        .find(|lines| !lines.is_empty())
        .unwrap_or_default();
    // A table of details prints each label in a cell of its own ("<td>Tác
    // giả</td><td>Trần Thị Ngọc Ánh</td>"): label and value read as one line.
    // The value in the label's row or the element right after it: an empty
    // cell yields no block, and the next one belongs to another field or box.
    let beside =
        |label: &Block, value: &Block| match (enclosing_cell(doc, label.owner, 4), enclosing_cell(doc, value.owner, 4))
        {
            (Some(a), Some(b)) => a.id() != b.id() && same_row(&a, &b),
            (None, None) => doc
                .tree
                .get(label.owner)
                .and_then(|l| l.next_siblings().find(|n| n.value().is_element()))
                .is_some_and(|n| n.id() == value.owner || index.is_within(value.owner, n.id())),
            _ => false,
        };
    let mut i = 0;
    while i + 1 < lines.len() {
        if byline::is_field_label(&lines[i].text)
            && !byline::is_field_label(&lines[i + 1].text)
            && beside(&lines[i], &lines[i + 1])
        {
            let value = lines.remove(i + 1);
            let label = lines[i].text.trim_end().trim_end_matches(':').to_owned();
            lines[i].text = format!("{label}: {}", value.text);
            lines[i].linked += value.linked;
        }
        i += 1;
    }
    lines.truncate(4);
    // Credits stand one a line ("Thực hiện: Hữu Phước" / "Quay phim: Minh Trí").
    let mut credits_open = true;
    for (i, b) in lines.iter().enumerate() {
        if b.text.chars().count() > 160 {
            break;
        }
        // With a colon: outside the body a box heading such as "Tin Nóng"
        // would read as a credit.
        let credit = b.text.contains(':').then(|| byline::credit_name(&b.text)).flatten();
        match (credit, author.as_mut()) {
            (Some(name), None) => author = Some(name),
            (Some(name), Some(names)) if credits_open => {
                names.push_str(", ");
                names.push_str(&name);
            }
            _ => credits_open = author.is_none(),
        }
        if source.is_none() {
            source = byline::source_of(&b.text);
        }
        // A byline printed right-aligned under the body, outside it: a name
        // or an office ("Văn phòng Hội") alone on the first line.
        if i == 0 && author.is_none() && b.linked == 0 && byline::stands_alone(&b.text) && right_aligned(doc, b.owner) {
            author = byline::clean_author(&b.text);
            // Its unit on the line under it: "Phạm Minh Khôi" / "Phòng Kinh tế xã".
            if let (Some(name), Some(unit)) = (author.as_mut(), lines.get(1))
                && unit.owner == b.owner
                && (is_unit_under_byline(&unit.text) || byline::is_person_role(&unit.text))
            {
                name.push_str(", ");
                name.push_str(&unit.text);
            }
        }
        // A bare date on the first line, or on the line under the byline
        // ("Hồ Thị Thanh Thủy" / "Ngày 07/04/2026").
        // Under the byline only a date itself: "Hạn nộp hồ sơ: 30/04/2026" is none.
        let bare = (i == 0 || i == 1 && author.is_some() && bare_date(&b.text).is_some())
            && b.linked == 0
            && b.text.chars().count() <= 40;
        if date.is_none() && (DATE_LABEL.is_match(&b.text) || bare) {
            date = find_date(&b.text);
        }
        if updated.is_none() && LAST_UPDATED.is_match(&b.text) {
            updated = find_date(&b.text);
        }
    }
    After {
        author,
        source,
        date,
        updated,
    }
}

/// The article's own footer under the body ("news-footer", "article-footer")
/// holding a labelled byline, date or source line: those lines are read,
/// though "footer" names it chrome. One of tags and share links, or a
/// print stamp, is none.
fn is_article_footer(node: &ego_tree::NodeRef<'_, scraper::Node>, index: &Index) -> bool {
    static ARTICLE_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(^|[\s_-])(news|article|post|detail|chitiet|bai-?viet)[-_]?footer(\s|$)").expect("valid regex")
    });
    node.value()
        .as_element()
        .is_some_and(|e| ARTICLE_FOOTER.is_match(&crate::dom::hints(e)))
        && blocks(*node, index).iter().any(|b| {
            b.text.contains(':')
                && (byline::credit_name(&b.text).is_some()
                    || byline::source_of(&b.text).is_some()
                    || DATE_LABEL.is_match(&b.text))
        })
}

/// Most of the content's text stands in table cells and hardly any of it
/// is link text: a table of data, not a menu or a list of news.
fn is_data_table(doc: &Html, blocks: &[Block]) -> bool {
    let (mut total, mut in_cells, mut linked) = (0, 0, 0);
    for b in blocks {
        let chars = non_space_chars(&b.text);
        total += chars;
        linked += b.linked;
        if in_cell(doc, b) {
            in_cells += chars;
        }
    }
    in_cells * 10 >= total * 6 && linked * 10 <= total && total > 0
}

/// A note the newsroom adds under a signed text: "* …", "Ghi chú của Tòa
/// soạn: …", "Lời Tòa soạn: …".
fn is_editors_note(paragraph: &str) -> bool {
    let lower = paragraph.trim_start().to_lowercase();
    lower.starts_with("* ")
        || lower.starts_with("*ngày")
        || [
            "ghi chú của tòa soạn",
            "ghi chú của toà soạn",
            "lời tòa soạn",
            "lời toà soạn",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// The date of a line that is a date and nothing else: "Ngày 14/04/2026",
/// "(24/07/2025)" as ASP.NET templates print it; not "Hạn nộp hồ sơ: 30/04/2026".
fn bare_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let rest = ["Ngày", "ngày"]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text);
    (text.chars().count() <= 40 && rest.chars().all(|c| c.is_ascii_digit() || " /.-:,()".contains(c)))
        .then(|| find_date(text))
        .flatten()
}

/// The nearest table cell among `owner` and its ancestors, `levels` of
/// them counting `owner`.
fn enclosing_cell(doc: &Html, owner: NodeId, levels: usize) -> Option<ElementRef<'_>> {
    let node = doc.tree.get(owner)?;
    std::iter::once(node)
        .chain(node.ancestors())
        .take(levels)
        .filter_map(ElementRef::wrap)
        .find(|e| matches!(e.value().name(), "td" | "th"))
}

/// Two cells stand in one row.
fn same_row(a: &ElementRef<'_>, b: &ElementRef<'_>) -> bool {
    a.parent().map(|r| r.id()) == b.parent().map(|r| r.id())
}

/// The block lies in a table cell (within a few levels).
fn in_cell(doc: &Html, b: &Block) -> bool {
    enclosing_cell(doc, b.owner, 4).is_some()
}

/// A bare date closing the body under a line that signs alone ("Chi cục
/// Trồng trọt và Bảo vệ thực vật" / "Ngày 14/04/2026"): the article's date,
/// not its text. Not a table's last cell, a deadline.
fn take_trailing_date(doc: &Html, blocks: &mut Vec<Block>) -> Option<DateTime<FixedOffset>> {
    let [.., above, last] = blocks.as_slice() else {
        return None;
    };
    let date = bare_date(&last.text)?;
    if in_cell(doc, last) || in_cell(doc, above) || !byline::stands_alone(&above.text) {
        return None;
    }
    blocks.pop();
    Some(date)
}

/// An editor's note under a signature set right, as a reader's letter
/// ends: taken off while the byline is read, put back after.
fn take_editors_note(doc: &Html, blocks: &mut Vec<Block>) -> Option<String> {
    let [_, .., above, last] = blocks.as_slice() else {
        return None;
    };
    if !is_editors_note(&last.text) || in_cell(doc, above) || !right_aligned(doc, above.owner) {
        return None;
    }
    blocks.pop().map(|b| b.text)
}

/// The date a page shows only on hover: an element named for the date with
/// no date in its text, the date in its `title` (`<span class="post-date"
/// title="09/03/2026 07:45"><i class="fa fa-clock-o"></i></span>`). The
/// one nearest after the title.
fn date_in_title_attribute(doc: &Html, index: &Index, after: usize, before: usize) -> Option<DateTime<FixedOffset>> {
    static TITLED: LazyLock<scraper::Selector> = LazyLock::new(|| meta::sel("[title]"));
    static DATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|[-_\s])(post-?|publish-?|created-?|article-?)?(date|time|ngay|ngay-?dang|thoi-?gian)([-_\s]|$)")
            .expect("valid regex")
    });
    // Between the title and the body: a sidebar's "Tin mới" dates its own
    // stories. An element with text (a wrapper) shows what it shows.
    doc.select(&TITLED)
        .filter(|e| (after..before).contains(&index.pos(e.id())) && !index.excluded(e.id()))
        .filter(|e| index.text_stats(e.id()).0 < 40)
        .filter(|e| !crate::dom::in_related_box(*e))
        .filter(|e| DATE_WORD.is_match(&crate::dom::hints(e.value())))
        .filter_map(|e| e.value().attr("title").and_then(find_date).map(|d| (e, d)))
        .find(|(e, _)| find_date(&text_of(*e)).is_none())
        .map(|(_, d)| d)
}

/// The blocks of the smallest element holding both the title and the body
/// start: only it can hold the lines between them, and flattening the whole
/// page is costly. Empty without a title element.
fn blocks_around_title(
    doc: &Html,
    index: &Index,
    title_node: Option<NodeId>,
    body_start: Option<(usize, NodeId)>,
) -> Vec<Block> {
    let Some(title) = title_node.and_then(|n| doc.tree.get(n)) else {
        return Vec::new();
    };
    let scope = title
        .ancestors()
        .find(|a| body_start.is_none_or(|(_, owner)| index.is_within(owner, a.id())))
        .unwrap_or_else(|| doc.tree.root());
    blocks(scope, index)
}

/// The short lines between the title and the first body paragraph (the
/// meta line: date, byline, counters), in document order.
fn lines_after_title(
    around: &[Block],
    title_order: usize,
    body_start: Option<(usize, NodeId)>,
) -> impl Iterator<Item = &Block> {
    let start = body_start.map_or(usize::MAX, |(order, _)| order);
    around
        .iter()
        .filter(move |b| b.order > title_order && b.order < start && b.text.chars().count() <= 120)
}

/// A lead no class names: a paragraph of prose between the title (and its
/// date line) and the body ("<div class=\"fw-bold fst-italic\">Sáng 19/11,
/// …</div>").
fn unmarked_lead(
    doc: &Html,
    index: &Index,
    around: &[Block],
    title_order: usize,
    body_start: Option<(usize, NodeId)>,
    date_line: Option<&str>,
) -> Option<(String, NodeId)> {
    let start = body_start?.0;
    around
        .iter()
        .filter(|b| b.order > title_order && b.order < start && date_line != Some(b.text.as_str()))
        // The nearest to the body: a column's text or a box may stand above.
        .rev()
        .find(|b| {
            b.linked == 0
                && b.text.chars().count() >= 80
                && b.text.contains(' ')
                && b.text.trim_end().ends_with(['.', '!', '?', '…', '"', '”'])
                && !in_caption(doc, b.owner)
                && !in_meta_line(doc, index, b.owner, title_order)
        })
        .map(|b| (b.text.clone(), b.owner))
}

/// A unit's name under a byline: a short one ("Phòng Kinh tế xã") or one
/// ending with its level ("Trung tâm Văn hóa - Thể thao xã"); not a place
/// ("Huyện Đồng Phú, tỉnh …"), a slogan or a sentence opening with a unit's
/// word ("Ban Biên tập trân trọng giới thiệu").
fn is_unit_under_byline(text: &str) -> bool {
    static ENDS_WITH_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:xã|phường|huyện|tỉnh|thành phố|đặc khu|quận|thị xã)(?:\s+\p{Lu}\S*){0,3}$")
            .expect("valid regex")
    });
    const PLACES: &[&str] = &[
        "xã",
        "phường",
        "huyện",
        "tỉnh",
        "thành phố",
        "đặc khu",
        "quận",
        "thị xã",
        "thôn",
        "bản",
        "ấp",
    ];
    let lower = text.trim().to_lowercase();
    let opens_with_place = PLACES
        .iter()
        .any(|p| lower.strip_prefix(p).is_some_and(|rest| rest.starts_with(' ')));
    byline::is_unit_byline(text)
        && !opens_with_place
        && (text.split_whitespace().count() <= 4 || ENDS_WITH_LEVEL.is_match(text.trim()))
}

/// The element (or one of its two nearest ancestors) is classed as a credit
/// or a byline: "photo-credit", "byline", "tac-gia".
fn marked_credit(doc: &Html, owner: NodeId) -> bool {
    near_owner(doc, owner, 3, |v| {
        v.attr("class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("credit")
                || c.contains("byline")
                || c.contains("author")
                || c.contains("tac-gia")
                || c.contains("tacgia")
        })
    })
}

/// The element lies in the title's meta line ("edn_metaDetails",
/// "entry-meta"): a note there ("Tin bài lưu trữ từ Cổng … (cũ)") is no
/// lead. A header wrapping the title itself ("news-meta" around the `<h1>`,
/// the date and the lead) is no meta line.
fn in_meta_line(doc: &Html, index: &Index, owner: NodeId, title_order: usize) -> bool {
    const META_WORDS: [&str; 8] = [
        "meta",
        "metadata",
        "metadetail",
        "metadetails",
        "metainfo",
        "metaline",
        "metabar",
        "metabox",
    ];
    let Some(owner) = doc.tree.get(owner).and_then(ElementRef::wrap) else {
        return false;
    };
    std::iter::once(owner)
        .chain(owner.ancestors().filter_map(ElementRef::wrap))
        .take(3)
        .filter(|e| {
            e.value().attr("class").is_some_and(|c| {
                c.split_ascii_whitespace()
                    .flat_map(|w| w.split(['-', '_']))
                    .any(|part| META_WORDS.contains(&part.to_ascii_lowercase().as_str()))
            })
        })
        .any(|e| !(index.pos(e.id()) < title_order && title_order <= index.end(e.id())))
}

/// The element is (or lies in) an image's caption: a featured image's
/// caption between the title and the body is no lead.
fn in_caption(doc: &Html, owner: NodeId) -> bool {
    // Five levels: a caption table's paragraph (`table.tplCaption > tbody >
    // tr > td > p`).
    near_owner(doc, owner, 5, |v| {
        matches!(v.name(), "figure" | "figcaption")
            || v.attr("class")
                .is_some_and(|c| c.to_ascii_lowercase().contains("caption"))
    })
}

/// The first block's position and owner: where the body starts.
fn body_start(content_blocks: &[Block]) -> Option<(usize, NodeId)> {
    content_blocks.first().map(|b| (b.order, b.owner))
}

/// The date line between the title and the first body paragraph, or just
/// above the title inside the same header block. `around`: the blocks of
/// [`blocks_around_title`].
fn date_between_title_and_body(
    doc: &Html,
    index: &Index,
    around: &[Block],
    title_order: Option<usize>,
    title_node: Option<NodeId>,
    body_start: Option<(usize, NodeId)>,
) -> Option<(DateTime<FixedOffset>, String)> {
    let title_order = title_order?;
    let dated = |b: &Block| line_date(doc, b).map(|d| (d, b.text.clone()));
    if let Some(found) = lines_after_title(around, title_order, body_start).find_map(dated) {
        return Some(found);
    }
    lines_above_title(doc, index, around, title_order, title_node).find_map(dated)
}

/// The two short lines just above the title inside the title's parent: a
/// header block may print the date and the credits before the headline.
fn lines_above_title<'a>(
    doc: &Html,
    index: &'a Index,
    around: &'a [Block],
    title_order: usize,
    title_node: Option<NodeId>,
) -> impl Iterator<Item = &'a Block> {
    let parent = title_node
        .and_then(|t| doc.tree.get(t))
        .and_then(|n| n.parent())
        .map(|p| p.id());
    around
        .iter()
        .filter(move |b| parent.is_some() && b.order < title_order && b.text.chars().count() <= 120)
        .rev()
        .take(2)
        .filter(move |b| parent.is_some_and(|p| index.is_within(b.owner, p)))
}

/// How many levels above the content container [`date_above_body`] looks.
const DATE_ABOVE_LEVELS: usize = 6;
/// Lines above the body [`date_above_body`] reads before it gives up.
const DATE_ABOVE_LINES: usize = 3;
/// Text (non-space characters) of an element above the body that can still
/// be a header row; a larger one is a sidebar or a box of other news.
const DATE_ABOVE_MAX_TEXT: usize = 400;

/// The date line right above the body when no title element is known: div
/// soup ("<div class=t1>Title</div><div class=tg>Đăng lúc: …</div>") and
/// layout tables (title row, date row, body row) print it in an element
/// that precedes the content container or one of its ancestors. Only the
/// nearest few unlinked lines count.
fn date_above_body(index: &Index, content: ElementRef<'_>) -> Option<DateAbove> {
    // Nearest first: the content's own predecessors, then its parent's, and
    // so on up; the date among the first lines, the title line above it.
    let mut lines: Vec<Block> = Vec::new();
    'up: for node in std::iter::once(*content)
        .chain(content.ancestors())
        .take(DATE_ABOVE_LEVELS)
    {
        for sibling in node.prev_siblings().filter(|s| s.value().is_element()) {
            if index.excluded(sibling.id()) {
                continue;
            }
            if index.text_stats(sibling.id()).0 > DATE_ABOVE_MAX_TEXT {
                break 'up;
            }
            for b in blocks(sibling, index).into_iter().rev() {
                if b.linked > 0 || b.text.chars().count() > 120 {
                    break 'up;
                }
                lines.push(b);
                if lines.len() > DATE_ABOVE_LINES {
                    break 'up;
                }
            }
        }
    }
    let (at, date) = lines
        .iter()
        .take(DATE_ABOVE_LINES)
        .enumerate()
        .find_map(|(i, b)| find_date(&b.text).map(|d| (i, d)))?;
    Some(DateAbove {
        date,
        title: lines
            .get(at + 1)
            .filter(|b| is_title_line(b) && find_date(&b.text).is_none())
            .map(|b| b.text.clone()),
        line: lines.swap_remove(at).text,
    })
}

/// The date line [`date_above_body`] found, and the title line above it.
struct DateAbove {
    date: DateTime<FixedOffset>,
    line: String,
    title: Option<String>,
}

/// The exact time of a date read from text without one: templates print
/// "<time datetime="2025-10-28T08:20:11+07:00">28/10/2025</time>", and the
/// line shows only the day. The `<time>` whose text is that day gives it.
fn exact_time(doc: &Html, index: &Index, date: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    use chrono::Timelike;
    let machine = |el: ElementRef<'_>| datetime_of(el).map(|exact| exact.with_timezone(&date.timezone()));
    // Not a sidebar's or a related box's `<time>` of the same day.
    let article_times = || {
        doc.select(&TIME)
            .filter(|el| !index.excluded(el.id()) && !crate::dom::in_related_box(*el))
    };
    if date.time() == chrono::NaiveTime::MIN {
        // The `<time>` showing the same day: its text may show the time the
        // date line lost ("09:15" run into the next element's "741 lượt xem").
        return article_times()
            .filter(|el| find_date(&text_of(*el)).is_some_and(|d| d.date_naive() == date.date_naive()))
            .find_map(machine)
            .filter(|exact| exact.date_naive() == date.date_naive())
            .unwrap_or(date);
    }
    // Shown to the minute ("10:15"), given to the second ("10:15:27").
    if date.second() == 0 {
        return article_times()
            .filter_map(machine)
            .find(|exact| exact.with_second(0) == Some(date))
            .unwrap_or(date);
    }
    date
}

static TIME: LazyLock<scraper::Selector> = LazyLock::new(|| meta::sel("time[datetime]"));

/// The date a line shows, in words or in the `<time datetime>` it holds.
fn line_date(doc: &Html, line: &Block) -> Option<DateTime<FixedOffset>> {
    find_date(&line.text).or_else(|| machine_date_in(doc, line))
}

/// The machine-readable date of a `<time datetime>` inside a line's element
/// when the line shows its year (the date line of a page in another
/// language: "Friday, May 9, 2025") or says how long ago ("3 giờ trước"),
/// not a live blog's time label ("11:40").
fn machine_date_in(doc: &Html, line: &Block) -> Option<DateTime<FixedOffset>> {
    use chrono::Datelike;
    static AGO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\d+\s*(giây|phút|giờ|tiếng|ngày|tuần)\s+trước|hôm\s+qua|vừa\s+xong|\d+\s*(minutes?|hours?|days?)\s+ago")
            .expect("valid regex")
    });
    let owner = doc.tree.get(line.owner).and_then(ElementRef::wrap)?;
    owner
        .select(&TIME)
        .find_map(datetime_of)
        .filter(|d| line.text.contains(&d.year().to_string()) || AGO.is_match(&line.text))
}

/// A `<time>` element's machine-readable `datetime`.
fn datetime_of(el: ElementRef<'_>) -> Option<DateTime<FixedOffset>> {
    el.value().attr("datetime").and_then(crate::dates::parse_iso)
}

/// A short sentence of the body that holds a date ("Số ca mắc phân theo khu
/// vực từ đầu năm đến ngày 21/6/2026:", "Hội nghị diễn ra ngày 12/3/2026."):
/// no date line ends so, with this many words; nor does one set a date
/// after a preposition ("Thời gian: từ ngày 13/3/2026 đến hết ngày 15/3"),
/// nor open a schedule's item with it.
fn is_dated_sentence(text: &str) -> bool {
    static GOVERNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|\s)(?:từ|đến|tới|hết|hạn)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d")
            .expect("valid regex")
    });
    // A schedule's item: "Thứ Năm, ngày 10/12/2026: Chủ tịch UBND xã trực tiếp tiếp công dân;".
    // Or a document's number and date: "(Ban hành kèm theo Quyết định số
    // 2418/QĐ-UBND ngày 15/7/2026 của …)"; a paper's issue ("Báo … số 4567
    // ngày …") is a date line.
    static AGENDA_ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\d{4}\s*:\s*(\S+(?:\s+\S+){3,})|\b(?:quyết định|nghị quyết|nghị định|thông tư|chỉ thị|công văn|thông báo|kế hoạch|hướng dẫn|tờ trình|báo cáo|văn bản|luật)\s+số\s+\S*\d\S*\s+ngày\s+\d").expect("valid regex")
    });
    // A dateline with its credit ("Thứ Năm, 12/03/2026: Tin và ảnh Minh Anh") is a date line.
    let agenda = AGENDA_ITEM
        .captures(text)
        .is_some_and(|c| c.get(1).is_none_or(|rest| !byline::opens_with_credit(rest.as_str())));
    let words = text
        .split_whitespace()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .count();
    text.ends_with([':', ';']) || text.ends_with('.') && words >= 8 || GOVERNED.is_match(text) || agenda
}

/// A line that can be a headline: a few words, no link, not a sentence or a label.
/// A breadcrumb printed as a line: "Trang chủ » Dân vận khéo".
fn is_breadcrumb_line(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.chars().count() <= 150
        && (lower.starts_with("trang chủ") || lower.starts_with("home"))
        && (text.contains(['»', '›', '>', '/', '|']) || text.split_whitespace().count() <= 2)
}

fn is_title_line(b: &Block) -> bool {
    let chars = b.text.chars().count();
    (8..=250).contains(&chars)
        && b.text.split_whitespace().count() >= 3
        && b.linked == 0
        && !b.text.ends_with(['.', ':', ';', ','])
}

fn is_vietnamese(text: &str) -> bool {
    const MARKS: &str = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐ";
    text.chars()
        .filter(|c| MARKS.contains(c.to_lowercase().next().unwrap_or(*c)))
        .take(5)
        .count()
        >= 5
}
