//! A guard in front of html5ever against pathological nesting.
//!
//! The HTML tree builder checks scopes by walking the stack of open
//! elements: each `<div>` or `<p>` start tag inside N open elements costs
//! O(N), so 100,000 nested `<div>`s take minutes (measured: 57 s in a
//! release build). Real portal pages nest a few dozen levels deep. Past
//! [`MAX_DEPTH`] open elements, start tags are dropped together with as many
//! end tags, which flattens the excess nesting and keeps every text node.
//! A page that never gets that deep is passed through untouched.

use std::borrow::Cow;

/// Open elements beyond this depth are flattened.
pub const MAX_DEPTH: usize = 512;

/// Elements without an end tag, and elements whose end tag is usually
/// implied by the next sibling: neither deepens the tree in practice.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "tr", "td", "th", "option", "!doctype",
];

/// Elements whose content is raw text: markup inside them is not markup.
const RAW: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noscript",
    "iframe",
    "noembed",
    "plaintext",
];

/// `html` with nesting deeper than [`MAX_DEPTH`] flattened.
pub fn limit_depth(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut depth = 0usize;
    let mut excess = 0usize;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let start = i + off;
        let rest = &b[start..];
        if rest.starts_with(b"<!--") {
            i = find(b, start + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'!' || **c == b'-')
            .count();
        if name_len == 0 {
            i = start + 1;
            continue;
        }
        let name = &b[name_start..name_start + name_len];
        let Some(gt) = memchr::memchr(b'>', &b[name_start..]) else {
            break;
        };
        let end = name_start + gt + 1;
        i = end;
        let self_closing = b[end - 2] == b'/';
        let is = |set: &[&str]| set.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(name));
        if is(FLAT) || (self_closing && !closing) {
            continue;
        }
        let drop = if closing {
            if excess > 0 {
                excess -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if is(RAW) {
            // Skip to the matching end tag; the element itself is kept.
            i = find_end_tag(b, end, name).unwrap_or(b.len());
            false
        } else if depth >= MAX_DEPTH {
            excess += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..start]);
            copied = end;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
    }
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack.get(from..)?, needle).map(|p| from + p)
}

/// Position of `</name` (any case) at or after `from`.
fn find_end_tag(haystack: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(off) = memchr::memmem::find(haystack.get(at..)?, b"</") {
        let start = at + off;
        let tag = haystack.get(start + 2..start + 2 + name.len());
        if tag.is_some_and(|t| t.eq_ignore_ascii_case(name)) {
            return Some(start);
        }
        at = start + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_untouched() {
        let page =
            "<html><body><div><p>a<p>b<ul><li>x<li>y</ul><SCRIPT>var s='<div><div><div>';</Script></div></body></html>";
        assert!(matches!(limit_depth(page), Cow::Borrowed(_)));
        let many_paragraphs = "<div>".to_owned() + &"<p>text".repeat(10_000) + "</div>";
        assert!(matches!(limit_depth(&many_paragraphs), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened_and_text_kept() {
        let deep = format!("{}<b>text</b>{}", "<div class=x>".repeat(2000), "</div>".repeat(2000));
        let flat = limit_depth(&deep);
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        // The excess tags go (here the <b> too), the text stays.
        assert!(flat.contains("text") && !flat.contains("<b>"));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for s in ["<", "</", "<div", "<!--", "<script>", "<<<>>>", "</>", "<a/", "<é>"] {
            let _ = limit_depth(s);
        }
    }
}
