//! CSS selectors that take precedence over the generic rules: per-portal
//! overrides from the registry (`[portal.selectors]`) and the built-in
//! platform adapters ([`crate::platform`]) share this form.

use ego_tree::NodeId;
use scraper::{ElementRef, Html};
use vnportal_model::SelectorOverrides;

use crate::dom::Index;
use crate::pattern::Pattern;

/// A selector from the registry that is not valid CSS.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("selector `{field}` = {selector:?} is not valid CSS: {message}")]
pub struct SelectorError {
    pub field: &'static str,
    pub selector: String,
    pub message: String,
}

/// Compiled selectors. Each field that is set is tried before the generic
/// rules; when it matches nothing, the generic rules decide.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub(crate) title: Option<Pattern>,
    pub(crate) date: Option<Pattern>,
    pub(crate) body: Option<Pattern>,
    pub(crate) summary: Option<Pattern>,
    pub(crate) author: Option<Pattern>,
    /// Elements dropped before extraction.
    pub(crate) remove: Vec<Pattern>,
    /// Several bodies may match (SharePoint pages hold more than one rich
    /// text field): registry overrides take the first, as documented in
    /// [`SelectorOverrides`]; platform adapters the one with the most text.
    pub(crate) largest_body: bool,
}

impl Overrides {
    /// No overrides: the generic rules and platform adapters only.
    pub fn none() -> Overrides {
        Overrides::default()
    }

    /// Compiles a portal's selectors; fails on the first invalid one.
    pub fn compile(s: &SelectorOverrides) -> Result<Overrides, SelectorError> {
        let one = |field: &'static str, v: &Option<String>| v.as_deref().map(|v| parse(field, v)).transpose();
        Ok(Overrides {
            title: one("title", &s.title)?,
            date: one("date", &s.date)?,
            body: one("body", &s.body)?,
            summary: one("summary", &s.summary)?,
            author: one("author", &s.author)?,
            remove: s.remove.iter().map(|v| parse("remove", v)).collect::<Result<_, _>>()?,
            largest_body: false,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.date.is_none()
            && self.body.is_none()
            && self.summary.is_none()
            && self.author.is_none()
            && self.remove.is_empty()
    }
}

fn parse(field: &'static str, selector: &str) -> Result<Pattern, SelectorError> {
    Pattern::parse(selector).map_err(|message| SelectorError {
        field,
        selector: selector.to_owned(),
        message,
    })
}

/// The first element matching `sel` that holds text. Chrome exclusion does
/// not apply: a selector names its element on purpose, and metadata often
/// sits in blocks whose class words look like chrome (`article-info`).
pub(crate) fn first<'a>(doc: &'a Html, sel: &Pattern, index: &Index) -> Option<ElementRef<'a>> {
    sel.select(doc).find(|e| holds_text_or_datetime(e, index))
}

fn holds_text_or_datetime(e: &ElementRef<'_>, index: &Index) -> bool {
    index.text_stats(e.id()).0 > 0 || e.value().attr("datetime").is_some()
}

/// The element matching `sel` that holds text (or a `datetime`) nearest
/// the node at position `anchor` (the title, or the body). A date class
/// such as `.tandan-date` also names the site header's "today" line, which
/// comes first in the document: the article's own date stands by its title.
/// A match before the anchor counts only inside `scope` (the element that
/// holds both the title and the body), so a header date never wins, even
/// when the article's own date goes by another class.
pub(crate) fn nearest<'a>(
    doc: &'a Html,
    sel: &Pattern,
    index: &Index,
    anchor: usize,
    scope: Option<NodeId>,
) -> Option<ElementRef<'a>> {
    sel.select(doc)
        .filter(|e| holds_text_or_datetime(e, index))
        .filter(|e| index.pos(e.id()) >= anchor || scope.is_none_or(|s| index.is_within(e.id(), s)))
        // Never the date of another article in a related-news list (last:
        // it walks the ancestors).
        .filter(|e| !crate::dom::in_related_box(*e))
        .min_by_key(|e| index.pos(e.id()).abs_diff(anchor))
}

/// The body element a layer selects, if any.
pub(crate) fn body<'a>(doc: &'a Html, layer: &Overrides, index: &Index) -> Option<ElementRef<'a>> {
    let sel = layer.body.as_ref()?;
    if !layer.largest_body {
        return sel.select(doc).find(|e| index.text_stats(e.id()).0 > 0);
    }
    sel.select(doc)
        .filter(|e| !index.excluded(e.id()))
        .max_by_key(|e| (index.text_stats(e.id()).0, std::cmp::Reverse(index.pos(e.id()))))
        .filter(|e| index.text_stats(e.id()).0 > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_selectors_are_named() {
        let s = SelectorOverrides {
            body: Some("div..x".into()),
            ..Default::default()
        };
        let e = Overrides::compile(&s).unwrap_err();
        assert_eq!((e.field, e.selector.as_str()), ("body", "div..x"));
        let ok = SelectorOverrides {
            title: Some("h1.title".into()),
            remove: vec![".ads".into(), "#poll".into()],
            ..Default::default()
        };
        let o = Overrides::compile(&ok).unwrap();
        assert!(o.title.is_some() && o.remove.len() == 2 && !o.is_empty());
        assert!(Overrides::none().is_empty());
    }
}
