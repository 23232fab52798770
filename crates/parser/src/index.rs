//! The document index: facts about every node computed in one iterative
//! pass, so later questions cost O(1) instead of a walk over ancestors or
//! descendants (quadratic on deep trees).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

use crate::dom::{Attrs, Chrome, attrs, chrome_kind};

/// Characters that are not whitespace (`char::is_whitespace`), with a fast
/// path for ASCII text, which inline scripts and markup-heavy pages are full of.
pub fn non_space_chars(t: &str) -> usize {
    if t.is_ascii() {
        t.bytes()
            .filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
            .count()
    } else {
        t.chars().filter(|c| !c.is_whitespace()).count()
    }
}

/// A multiplicative hasher for `NodeId` keys: ids are small dense integers,
/// and SipHash on every lookup costs more than the rest of the walk.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub type IdMap<V> = HashMap<NodeId, V, std::hash::BuildHasherDefault<IdHasher>>;

/// The tree-storage slot of a node. `NodeId` wraps the slot index (plus
/// one) and hashes as that one integer; ego-tree exposes no accessor, so the
/// integer is read back through `Hash`. A lookup in a `Vec` by slot is what
/// makes the index cheap; `slots_are_dense` checks the assumption.
fn slot(id: NodeId) -> usize {
    struct Capture(usize);
    impl std::hash::Hasher for Capture {
        fn finish(&self) -> u64 {
            self.0 as u64
        }
        fn write(&mut self, _: &[u8]) {}
        fn write_usize(&mut self, n: usize) {
            self.0 = n;
        }
    }
    let mut c = Capture(0);
    std::hash::Hash::hash(&id, &mut c);
    c.0.wrapping_sub(1)
}

/// Position lookups by slot; a slot out of range reads as "not in the tree".
struct Positions(Vec<u32>);

impl Positions {
    const NONE: u32 = u32::MAX;

    fn get(&self, id: &NodeId) -> Option<&u32> {
        self.0.get(slot(*id)).filter(|&&p| p != Self::NONE)
    }

    fn insert(&mut self, id: NodeId, p: u32) {
        if let Some(s) = self.0.get_mut(slot(id)) {
            *s = p;
        }
    }
}

/// Elements the metadata rules look at, collected in the indexing pass:
/// matching these by CSS attribute-substring selectors means one more walk
/// over the whole document per selector, which costs more than the rest.
/// Each list is in document order; the tests equal the selectors named.
#[derive(Default)]
pub struct Marked {
    /// `h1, h2, h3, h4, [class*=title], [class*=Title], [id*=title], [id*=Title],
    /// [class*=tieude], [class*=tieu-de], [class*=headline]`
    pub headings: Vec<NodeId>,
    /// `[class*=sapo], [class*=Sapo], [class*=summary], [class*=Summary], [class*=TrichDan],
    /// [class*=trichdan], [class*=tomtat], [class*=TomTat], [class*=tom-tat], [class*=tom_tat],
    /// [class*=trich-dan], [class*=trich_dan], [class*=lead], [class*=Lead],
    /// [class*=chapeau], [class*=mota], [class*=MoTa], [class*=mo-ta], [class*=mo_ta], [class*=intro], [class*=Intro], [class*=description], [class*=hometext],
    /// [class*=standfirst], [class*=excerpt], [class*=Excerpt], [class*=subTitle], [class*=SubTitle],
    /// [id*=sapo], [id*=Summary], [id*=summary]`
    pub summaries: Vec<NodeId>,
    /// `[class*=breadcrumb], [class*=Breadcrumb], [id*=breadcrumb], [id*=Breadcrumb],
    /// [class*=duongdan], [class*=DuongDan], [class*=path-link], [class*=BreadCrumb]`
    pub breadcrumbs: Vec<NodeId>,
    /// `[class*=author], [class*=Author], [class*=tacgia], [class*=TacGia], [class*=tac-gia],
    /// [class*=signature], [class*=byline], [itemprop=author]`
    pub authors: Vec<NodeId>,
    /// `meta[content]`
    pub metas: Vec<NodeId>,
}

/// What a class or id names, as bits of [`Marked`]'s lists.
const HEADING: u8 = 1;
const SUMMARY: u8 = 2;
const BREADCRUMB: u8 = 4;
const AUTHOR: u8 = 8;

/// Words that mark an element by its class: substrings, in the cases
/// portals write them. `tom-tat`, `trich_dan`, `mo-ta`: a two-word Vietnamese name as a slug (Drupal's
/// `field_tom_tat` renders as `field--name-field-tom-tat`; hand-written PHP themes use
/// `class="mo-ta"` for "mô tả", the description shown as the lead).
const CLASS_WORDS: &[(&str, u8)] = &[
    ("title", HEADING),
    ("Title", HEADING),
    ("tieude", HEADING),
    ("TieuDe", HEADING),
    ("tieu-de", HEADING),
    ("headline", HEADING),
    ("sapo", SUMMARY),
    ("Sapo", SUMMARY),
    ("summary", SUMMARY),
    ("Summary", SUMMARY),
    ("TrichDan", SUMMARY),
    ("trichdan", SUMMARY),
    ("tomtat", SUMMARY),
    ("TomTat", SUMMARY),
    ("tom-tat", SUMMARY),
    ("tom_tat", SUMMARY),
    ("trich-dan", SUMMARY),
    ("trich_dan", SUMMARY),
    ("lead", SUMMARY),
    ("Lead", SUMMARY),
    ("chapeau", SUMMARY),
    ("mota", SUMMARY),
    ("MoTa", SUMMARY),
    ("mo-ta", SUMMARY),
    ("mo_ta", SUMMARY),
    ("intro", SUMMARY),
    // Joomla K2's `itemIntroText`.
    ("Intro", SUMMARY),
    ("description", SUMMARY),
    ("hometext", SUMMARY),
    // English and WordPress names of the lead.
    ("standfirst", SUMMARY),
    ("excerpt", SUMMARY),
    ("Excerpt", SUMMARY),
    // A sub-headline under the title (EasyDNNnews's `edn_subTitle`) leads
    // the text; lower-case "subtitle" names intertitles and labels too.
    ("subTitle", SUMMARY),
    ("SubTitle", SUMMARY),
    ("breadcrumb", BREADCRUMB),
    ("Breadcrumb", BREADCRUMB),
    ("BreadCrumb", BREADCRUMB),
    ("duongdan", BREADCRUMB),
    ("DuongDan", BREADCRUMB),
    ("duong-dan", BREADCRUMB),
    ("path-link", BREADCRUMB),
    ("author", AUTHOR),
    ("Author", AUTHOR),
    ("tacgia", AUTHOR),
    ("TacGia", AUTHOR),
    ("tac-gia", AUTHOR),
    ("signature", AUTHOR),
    // "<span class=byline>By Minh Châu</span>".
    ("byline", AUTHOR),
];

/// Words that mark an element by its id.
const ID_WORDS: &[(&str, u8)] = &[
    ("title", HEADING),
    ("Title", HEADING),
    // ASP.NET labels: "ctl00_…_lblTieuDe", "…_lblTomTat".
    ("TieuDe", HEADING),
    ("TomTat", SUMMARY),
    ("sapo", SUMMARY),
    ("summary", SUMMARY),
    ("Summary", SUMMARY),
    ("breadcrumb", BREADCRUMB),
    ("Breadcrumb", BREADCRUMB),
];

/// One automaton per word list: a single pass over an attribute instead of
/// a `contains` per word (they were an eighth of the time on large pages).
fn automaton(words: &[(&str, u8)]) -> AhoCorasick {
    AhoCorasick::new(words.iter().map(|(w, _)| w)).expect("word lists are valid patterns")
}

fn marks(value: Option<&str>, words: &[(&str, u8)], automaton: &AhoCorasick) -> u8 {
    value.map_or(0, |v| {
        automaton
            .find_overlapping_iter(v)
            .fold(0, |m, hit| m | words[hit.pattern().as_usize()].1)
    })
}

impl Marked {
    fn note(&mut self, id: NodeId, el: &scraper::node::Element, a: &Attrs<'_>) {
        static CLASS: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(CLASS_WORDS));
        static ID: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(ID_WORDS));
        let m = marks(a.class, CLASS_WORDS, &CLASS) | marks(a.id, ID_WORDS, &ID);
        if matches!(el.name(), "h1" | "h2" | "h3" | "h4") || m & HEADING != 0 {
            self.headings.push(id);
        }
        if m & SUMMARY != 0 {
            self.summaries.push(id);
        }
        if m & BREADCRUMB != 0 {
            self.breadcrumbs.push(id);
        }
        if m & AUTHOR != 0 || a.itemprop == Some("author") {
            self.authors.push(id);
        }
        if el.name() == "meta" && a.content {
            self.metas.push(id);
        }
    }
}

/// The most text a box around a form field may hold and be a form.
const FORM_MAX_TEXT: u32 = 400;
/// The most text a box around an audio player may hold and be the player.
const PLAYER_MAX_TEXT: u32 = 200;

const EXCLUDED_ROOT: u8 = 1;
const EXCLUDED: u8 = 2;
const IN_LINK: u8 = 4;
/// Inside a `<blockquote>` or `<figure>`.
const IN_QUOTE: u8 = 8;
/// Inside an `<article>`.
const IN_ARTICLE: u8 = 16;
/// An excluded root named by a column word only ([`Chrome::Column`]).
const COLUMN_ROOT: u8 = 32;
/// Inside a `<script>`, `<style>`, `<noscript>` or `<template>`.
const IN_CODE: u8 = 64;
/// An outermost excluded root named by its class or id ([`Chrome::Named`]).
const NAMED_ROOT: u8 = 128;

/// Facts about every node, computed in one iterative pass so that later
/// questions (is it chrome? how much text, how much of it linked? is it
/// inside that element?) cost O(1) instead of a walk over ancestors or
/// descendants, which is quadratic on deep trees.
pub struct Index {
    pos: Positions,
    /// By position: the position of the node's last descendant.
    end: Vec<u32>,
    flags: Vec<u8>,
    /// By position: non-whitespace characters of text in the subtree,
    /// outside scripts and styles.
    text: Vec<u32>,
    /// By position: the part of `text` inside links.
    linked: Vec<u32>,
    pub marked: Marked,
}

impl Index {
    /// Indexes `doc`; `extra_roots` are excluded like chrome (selector overrides).
    pub fn build(doc: &Html, extra_roots: &HashSet<NodeId>) -> Index {
        let n = doc.tree.nodes().len();
        let mut ix = Index {
            pos: Positions(vec![Positions::NONE; n]),
            end: Vec::with_capacity(n),
            flags: Vec::with_capacity(n),
            text: Vec::with_capacity(n),
            linked: Vec::with_capacity(n),
            marked: Marked::default(),
        };
        // Positions of the open elements, innermost last.
        let mut stack: Vec<u32> = Vec::new();
        // Form fields and audio players, with the most text the box around
        // them may hold to be chrome; Word's list markers.
        let mut boxed: Vec<(NodeId, u32)> = Vec::new();
        let mut list_markers: Vec<NodeId> = Vec::new();
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let p = ix.end.len() as u32;
                    let parent_flags = stack.last().map_or(0, |&q| ix.flags[q as usize]);
                    let mut flags = parent_flags & (EXCLUDED | IN_LINK | IN_QUOTE | IN_ARTICLE | IN_CODE);
                    let mut chars = 0;
                    match node.value() {
                        Node::Element(el) => {
                            let a = attrs(el);
                            let chrome = chrome_kind(el, &a, flags & (IN_QUOTE | IN_ARTICLE) != 0);
                            let removed = extra_roots.contains(&node.id());
                            if chrome != Chrome::No || removed {
                                flags |= EXCLUDED_ROOT | EXCLUDED;
                            }
                            // Only an outermost column can be the main one.
                            if chrome == Chrome::Column && !removed && parent_flags & EXCLUDED == 0 {
                                flags |= COLUMN_ROOT;
                            }
                            if chrome == Chrome::Named
                                && !removed
                                && parent_flags & EXCLUDED == 0
                                && !crate::dom::names_overlay_or_comments(&a)
                            {
                                flags |= NAMED_ROOT;
                            }
                            if matches!(el.name(), "blockquote" | "figure") {
                                flags |= IN_QUOTE;
                            }
                            if el.name() == "article" {
                                flags |= IN_ARTICLE;
                            }
                            if el.name() == "a" {
                                flags |= IN_LINK;
                            }
                            match el.name() {
                                "textarea" => boxed.push((node.id(), FORM_MAX_TEXT)),
                                "audio" => boxed.push((node.id(), PLAYER_MAX_TEXT)),
                                _ => {}
                            }
                            if a.style
                                .is_some_and(|s| s.contains("mso-list") && s.to_ascii_lowercase().contains("ignore"))
                            {
                                list_markers.push(node.id());
                            }
                            if matches!(el.name(), "script" | "style" | "noscript" | "template") {
                                flags |= IN_CODE;
                            }
                            ix.marked.note(node.id(), el, &a);
                        }
                        // Scripts and styles are no text: counting them is a
                        // quarter of the walk on pages that inline 100 KB of them.
                        Node::Text(t) if flags & IN_CODE == 0 => chars = non_space_chars(t) as u32,
                        _ => {}
                    }
                    ix.pos.insert(node.id(), p);
                    ix.end.push(p);
                    ix.flags.push(flags);
                    ix.text.push(chars);
                    ix.linked.push(if flags & IN_LINK != 0 { chars } else { 0 });
                    stack.push(p);
                }
                Edge::Close(_) => {
                    let Some(p) = stack.pop() else { continue };
                    let last = ix.end.len() as u32 - 1;
                    ix.end[p as usize] = last;
                    if let Some(&q) = stack.last() {
                        let (t, l) = (ix.text[p as usize], ix.linked[p as usize]);
                        ix.text[q as usize] += t;
                        ix.linked[q as usize] += l;
                    }
                }
            }
        }
        ix.exclude_boxes(doc, &boxed);
        ix.exclude_list_markers(doc, &list_markers);
        ix.keep_main_column();
        ix.keep_titled_container(doc);
        ix
    }

    /// A comment or contact form, an audio player, is chrome whatever its
    /// classes say: the largest element around a `<textarea>` or an
    /// `<audio>` that holds little text (a form's heading "Ý kiến bạn đọc"
    /// and labels "Họ tên:", "Nội dung:"; a player's title and duration).
    fn exclude_boxes(&mut self, doc: &Html, boxed: &[(NodeId, u32)]) {
        const LEVELS: usize = 8;
        for &(id, max_text) in boxed {
            let Some(node) = doc.tree.get(id) else { continue };
            let Some(root) = node
                .ancestors()
                .take(LEVELS)
                .filter(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| !matches!(e.name(), "body" | "html"))
                })
                .map(|a| self.pos(a.id()))
                .take_while(|&p| p < self.text.len() && self.text[p] <= max_text)
                .last()
            else {
                continue;
            };
            self.exclude_subtree(root);
        }
    }

    /// Word draws a pasted list's bullets in `<span style='mso-list:Ignore'>`:
    /// a bullet ("-", "·", "§") is no text; a number ("1.", "Điều 1.") is.
    fn exclude_list_markers(&mut self, doc: &Html, markers: &[NodeId]) {
        for &id in markers {
            let Some(el) = doc.tree.get(id).and_then(scraper::ElementRef::wrap) else {
                continue;
            };
            let p = self.pos(id);
            if p < self.text.len() && self.text[p] <= 8 && !el.text().any(|t| t.chars().any(char::is_alphanumeric)) {
                self.exclude_subtree(p);
            }
        }
    }

    fn exclude_subtree(&mut self, root: usize) {
        if self.flags[root] & EXCLUDED != 0 {
            return;
        }
        self.flags[root] |= EXCLUDED_ROOT | EXCLUDED;
        for p in root + 1..=self.end[root] as usize {
            self.flags[p] |= EXCLUDED;
        }
    }

    /// A column named like a sidebar that holds most of the page's prose
    /// (text outside links) is the main column: its subtree is content
    /// again, except the chrome inside it.
    fn keep_main_column(&mut self) {
        let prose = |ix: &Index, p: usize| ix.text[p].saturating_sub(ix.linked[p]);
        if self.text.is_empty() {
            return;
        }
        let total = prose(self, 0);
        let column = (0..self.flags.len()).find(|&p| self.flags[p] & COLUMN_ROOT != 0 && prose(self, p) * 2 > total);
        let Some(root) = column else { return };
        self.readmit(root);
    }

    /// A container a furniture word names by mistake ("p_p_id_ThongKe_…", a
    /// statistics portlet's id on the news portlet) that holds the page's
    /// only `<h1>`, the headline `<title>` repeats, and a third of its
    /// prose at least is the article's: content again, except the chrome
    /// inside it. A visit counter holds neither; a comment box or a popup
    /// may hold an `<h1>`, but not the page's headline.
    fn keep_titled_container(&mut self, doc: &Html) {
        let prose = |ix: &Index, p: usize| ix.text[p].saturating_sub(ix.linked[p]);
        if self.text.is_empty() {
            return;
        }
        let total = prose(self, 0);
        let h1s: Vec<(usize, NodeId)> = self
            .marked
            .headings
            .iter()
            .filter(|&&id| {
                doc.tree
                    .get(id)
                    .and_then(|n| n.value().as_element())
                    .is_some_and(|e| e.name() == "h1")
            })
            .map(|&id| (self.pos(id), id))
            .filter(|&(q, _)| q < self.flags.len() && self.flags[q] & IN_LINK == 0 && self.text[q] >= 8)
            .collect();
        let [(h1, h1_id)] = h1s[..] else { return };
        let Some(root) = (0..h1)
            .find(|&p| self.flags[p] & NAMED_ROOT != 0 && prose(self, p) * 3 > total && h1 <= self.end[p] as usize)
        else {
            return;
        };
        // The headline `<title>` repeats (or a `<title>` naming only the site
        // or a section): a comment box's "Ý kiến bạn đọc" or a popup's notice
        // is none.
        let Some(title) = crate::meta::document_title(doc) else {
            return;
        };
        let names_page = crate::meta::title_names_no_article(&title)
            || doc
                .tree
                .get(h1_id)
                .and_then(scraper::ElementRef::wrap)
                .is_some_and(|e| crate::meta::title_repeats(&title, &crate::dom::text_of(e)));
        if names_page {
            self.readmit(root);
        }
    }

    /// Makes an excluded root content again, except the chrome inside it.
    fn readmit(&mut self, root: usize) {
        self.flags[root] &= !(EXCLUDED_ROOT | EXCLUDED | COLUMN_ROOT | NAMED_ROOT);
        // Re-derive EXCLUDED below: set only under a chrome root inside.
        let mut open_roots: Vec<usize> = Vec::new();
        for p in root + 1..=self.end[root] as usize {
            while open_roots.last().is_some_and(|&r| self.end[r] < p as u32) {
                open_roots.pop();
            }
            if self.flags[p] & EXCLUDED_ROOT != 0 {
                open_roots.push(p);
            } else if open_roots.is_empty() {
                self.flags[p] &= !EXCLUDED;
            }
        }
    }

    /// Document-order position (usize::MAX for a node not in the tree).
    pub fn pos(&self, id: NodeId) -> usize {
        self.pos.get(&id).map_or(usize::MAX, |&p| p as usize)
    }

    fn flags(&self, id: NodeId) -> u8 {
        self.pos.get(&id).map_or(0, |&p| self.flags[p as usize])
    }

    /// The node is chrome or lies inside chrome.
    pub fn excluded(&self, id: NodeId) -> bool {
        self.flags(id) & EXCLUDED != 0
    }

    /// The node itself is the root of a chrome subtree.
    pub fn excluded_root(&self, id: NodeId) -> bool {
        self.flags(id) & EXCLUDED_ROOT != 0
    }

    /// Non-whitespace characters under `id`, and how many of them are link text.
    pub fn text_stats(&self, id: NodeId) -> (usize, usize) {
        self.pos.get(&id).map_or((0, 0), |&p| {
            (self.text[p as usize] as usize, self.linked[p as usize] as usize)
        })
    }

    /// True when `node` is `ancestor` or lies inside it.
    pub fn is_within(&self, node: NodeId, ancestor: NodeId) -> bool {
        match (self.pos.get(&node), self.pos.get(&ancestor)) {
            (Some(&n), Some(&a)) => a <= n && n <= self.end[a as usize],
            _ => false,
        }
    }

    /// Position of the last node inside the node at position `pos`.
    pub fn end_at(&self, pos: usize) -> usize {
        self.end.get(pos).map_or(pos, |&e| e as usize)
    }

    /// Position of the last node inside `id`.
    pub fn end(&self, id: NodeId) -> usize {
        self.pos.get(&id).map_or(0, |&p| self.end[p as usize] as usize)
    }
}

#[cfg(test)]
mod index_tests {
    use super::*;

    #[test]
    fn ascii_fast_path_counts_like_chars() {
        for t in ["", " a\tb\n\x0bc\x0c\r ", "Việt Nam\u{a0}2024", "x\u{2003}y"] {
            assert_eq!(
                non_space_chars(t),
                t.chars().filter(|c| !c.is_whitespace()).count(),
                "{t:?}"
            );
        }
    }

    #[test]
    fn slots_are_dense() {
        let doc = Html::parse_document("<html><body><div><p>a</p><p>b <a href=x>c</a></p></div></body></html>");
        let n = doc.tree.nodes().len();
        let slots: Vec<usize> = doc.tree.nodes().map(|node| slot(node.id())).collect();
        assert_eq!(slots, (0..n).collect::<Vec<_>>());
        let index = Index::build(&doc, &HashSet::new());
        assert!(doc.tree.nodes().all(|node| index.pos(node.id()) < n));
    }
}
