//! A CSS selector with a cheap pre-test. Matching a selector against every
//! element of a large portal page costs more than the rest of extraction:
//! scraper interns each element's class list on first use and runs the full
//! matcher. Most selectors end in a compound that names a class, an id or a
//! tag ("`.asset-full-content .journal-content-article`", "`#news-bodyhtml`",
//! "`time.published[datetime]`"): an element without it cannot match, and
//! that is a string comparison on the raw attribute.

use scraper::{ElementRef, Html, Selector};

use crate::dom::{Attrs, attrs};

/// What the rightmost compound of one selector in a group requires.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    Class(String),
    Id(String),
    Tag(String),
}

impl Key {
    /// Whether an element with these attributes (read in one scan by
    /// [`attrs`]: `Element::attr` interns its argument on every call) and
    /// this tag name can match.
    fn admits(&self, a: &Attrs<'_>, name: &str) -> bool {
        match self {
            Key::Class(c) => a.class.is_some_and(|v| v.split_ascii_whitespace().any(|w| w == c)),
            Key::Id(id) => a.id == Some(id.as_str()),
            Key::Tag(t) => name.eq_ignore_ascii_case(t),
        }
    }
}

/// A parsed selector group and, when every selector in it has one, the key
/// each requires of the element it selects.
#[derive(Debug, Clone)]
pub struct Pattern {
    selector: Selector,
    keys: Option<Vec<Key>>,
}

impl Pattern {
    pub fn parse(css: &str) -> Result<Pattern, String> {
        let selector = Selector::parse(css).map_err(|e| e.to_string())?;
        let keys = split_top_level(css).map(rightmost_key).collect::<Option<Vec<_>>>();
        Ok(Pattern { selector, keys })
    }

    /// Whether `e` matches.
    pub fn matches(&self, e: &ElementRef<'_>) -> bool {
        self.keys.as_ref().is_none_or(|keys| {
            let a = attrs(e.value());
            keys.iter().any(|k| k.admits(&a, e.value().name()))
        }) && self.selector.matches(e)
    }

    /// Matching elements in document order.
    pub fn select<'d, 's>(&'s self, doc: &'d Html) -> impl Iterator<Item = ElementRef<'d>> + use<'d, 's> {
        doc.tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(move |e| self.matches(e))
    }
}

/// The selectors of a group: commas outside brackets and parentheses.
fn split_top_level(css: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0i32;
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in css.char_indices() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&css[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&css[start..]);
    parts.into_iter()
}

/// The class, id or tag the last compound of `selector` requires; `None`
/// when it names none or uses syntax this reading does not follow
/// (pseudo-classes, escapes, namespaces), so the full matcher decides alone.
fn rightmost_key(selector: &str) -> Option<Key> {
    // Attribute tests may hold any characters; they never carry the key.
    let mut plain = String::with_capacity(selector.len());
    let mut depth = 0;
    for c in selector.trim().chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let last = plain.rsplit([' ', '\t', '\n', '>', '+', '~']).next()?;
    if last.is_empty() || last.contains([':', '\\', '|', '(', '*']) {
        return None;
    }
    let mut tokens = Vec::new();
    let mut kind = ' ';
    let mut word = String::new();
    for c in last.chars().chain(std::iter::once('.')) {
        if c == '.' || c == '#' {
            if !word.is_empty() {
                tokens.push((kind, std::mem::take(&mut word)));
            }
            kind = c;
        } else {
            word.push(c);
        }
    }
    let find = |k: char| tokens.iter().find(|(t, _)| *t == k).map(|(_, w)| w.clone());
    find('#')
        .map(Key::Id)
        .or_else(|| find('.').map(Key::Class))
        .or_else(|| find(' ').map(Key::Tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(css: &str) -> Option<Vec<Key>> {
        Pattern::parse(css).unwrap().keys
    }

    #[test]
    fn keys_come_from_the_rightmost_compound() {
        use Key::*;
        assert_eq!(
            keys(".asset-full-content .journal-content-article, #news-bodyhtml"),
            Some(vec![
                Class("journal-content-article".into()),
                Id("news-bodyhtml".into())
            ])
        );
        assert_eq!(
            keys("time.entry-date.published[datetime]"),
            Some(vec![Class("entry-date".into())])
        );
        assert_eq!(keys("dd.published time[datetime]"), Some(vec![Tag("time".into())]));
        assert_eq!(
            keys(".news_column .panel-body > .row .h5"),
            Some(vec![Class("h5".into())])
        );
        assert_eq!(keys("a[title=\"x, y.z\"]"), Some(vec![Tag("a".into())]));
        // No key in one selector of the group: the full matcher alone.
        assert_eq!(keys(".a, [itemprop=author] [itemprop=name]"), None);
        assert_eq!(keys("div:not(.x)"), None);
        assert_eq!(keys("[id*=_dnnTITLE_]"), None);
    }

    #[test]
    fn selects_exactly_what_the_selector_selects() {
        let doc = Html::parse_document(
            r#"<div class="box  news"><p id="a" class="x">1</p><p class="xy">2</p>
               <span class="x">3</span><P class="X">4</P><p title="a, b" class="x y">5</p></div>"#,
        );
        for css in [
            ".x",
            "p.x",
            ".box .x",
            "#a",
            "p",
            "div > p.x, span",
            ".news p[title]",
            "p:not(.x)",
            "[class~=y]",
            ".X",
        ] {
            let want: Vec<_> = doc.select(&Selector::parse(css).unwrap()).map(|e| e.id()).collect();
            let got: Vec<_> = Pattern::parse(css).unwrap().select(&doc).map(|e| e.id()).collect();
            assert_eq!(got, want, "{css}");
        }
    }
}
