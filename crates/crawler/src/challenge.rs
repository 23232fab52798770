//! JavaScript cookie challenges: some portals (anti-DDoS front ends in
//! front of .gov.vn sites) answer a first visit with a tiny page whose script
//! sets a cookie and reloads. When the cookie is a plain literal the
//! challenge is solved here, without running JavaScript; anything computed
//! is reported as a challenge we cannot pass.

use std::sync::LazyLock;

use regex::Regex;

/// Pages larger than this are content, not a challenge.
const MAX_CHALLENGE_BYTES: usize = 8 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Challenge {
    /// Set these cookies and load the page again.
    Solvable(Vec<(String, String)>),
    /// A challenge that needs a JavaScript engine; the reason says what was seen.
    Unsolvable(String),
}

static COOKIE_ASSIGN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"document\.cookie\s*=\s*").expect("valid regex"));
/// `document.cookie = "name=value; path=/"`: one string literal, nothing appended.
static LITERAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^(?:"([^"\\+]*)"|'([^'\\+]*)')\s*(?:;|\n|$|<)"#).expect("valid regex"));
static RELOAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)location\.reload|location\.replace|location\.href\s*=|location\s*=|http-equiv=.?refresh")
        .expect("valid regex")
});

/// Recognizes a cookie challenge in a response body.
pub fn detect(body: &[u8]) -> Option<Challenge> {
    if body.len() > MAX_CHALLENGE_BYTES {
        return None;
    }
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    if !lower.contains("<script") || !COOKIE_ASSIGN.is_match(&text) || !RELOAD.is_match(&text) {
        return None;
    }
    let mut cookies = Vec::new();
    for assign in COOKIE_ASSIGN.find_iter(&text) {
        let rest = &text[assign.end()..];
        let Some(captures) = LITERAL.captures(rest) else {
            let snippet: String = rest.chars().take(60).collect();
            return Some(Challenge::Unsolvable(format!(
                "the cookie is computed by JavaScript: document.cookie = {snippet}…"
            )));
        };
        let literal = captures.get(1).or_else(|| captures.get(2)).map_or("", |m| m.as_str());
        // Attributes (path, max-age, …) follow the first ';'.
        let pair = literal.split(';').next().unwrap_or("").trim();
        match pair.split_once('=') {
            Some((name, value)) if !name.trim().is_empty() => {
                cookies.push((name.trim().to_owned(), value.trim().to_owned()));
            }
            _ => return Some(Challenge::Unsolvable(format!("unreadable cookie {literal:?}"))),
        }
    }
    Some(Challenge::Solvable(cookies))
}

/// The `Cookie` header value for `cookies`.
pub fn header(cookies: &[(String, String)]) -> String {
    cookies
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_cookie_and_reload_is_solved() {
        let page = br#"<html><head><script>document.cookie = "D1N=a1b2c3d4; path=/; max-age=3600"; window.location.reload();</script></head><body>Loading...</body></html>"#;
        assert_eq!(
            detect(page),
            Some(Challenge::Solvable(vec![("D1N".into(), "a1b2c3d4".into())]))
        );
        let single = b"<script>document.cookie='vDDoS=ok';location.href='/tin-tuc';</script>";
        assert_eq!(
            detect(single),
            Some(Challenge::Solvable(vec![("vDDoS".into(), "ok".into())]))
        );
    }

    #[test]
    fn computed_cookie_is_reported() {
        let page = br#"<script>var a=toNumbers("f655ba9d");document.cookie="__test="+toHex(slowAES.decrypt(c,2,a,b))+"; path=/";location.href="/x?i=1";</script>"#;
        assert!(matches!(detect(page), Some(Challenge::Unsolvable(_))));
    }

    #[test]
    fn ordinary_pages_are_not_challenges() {
        assert_eq!(detect(b"<html><body><p>Tin tuc</p></body></html>"), None);
        // A page that reads cookies but does not reload.
        assert_eq!(
            detect(b"<script>document.cookie = 'seen=1';</script><p>Bai viet</p>"),
            None
        );
        let big = format!(
            "<script>document.cookie='a=1';location.reload()</script>{}",
            "x".repeat(9000)
        );
        assert_eq!(detect(big.as_bytes()), None);
    }
}
