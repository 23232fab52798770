//! The vnportal parser: [`RawPage`] → [`Article`].
//!
//! 1. Decode the bytes ([`charset`]): BOM, HTTP header, `<meta>`, UTF-8, windows-1258.
//! 2. Parse with html5ever (`scraper`), mark chrome (menus, sidebars, related
//!    lists, counters, share links, footers) by tag and class/id words.
//! 3. Find the content container: per-portal selector overrides
//!    ([`Overrides`]), then the adapter of the platform the page is built on
//!    (Tân Dân, SharePoint, Liferay, DNN, WordPress, Joomla), then paragraph
//!    scoring ([`content`]). Challenge, "not found" and search pages are
//!    rejected first.
//! 4. Title: the heading that matches `og:title`/`<title>`, nearest the content.
//! 5. Date: meta tags and JSON-LD, then the date line under the title, then
//!    "Nguồn: …, ngày d/m/yyyy" ([`dates`]).
//! 6. Byline and source off the end of the body ([`byline`]).
//!
//! A page without an article (a listing, an empty page) is [`ParseError::NotArticle`]:
//! no record, no dead letter. Every other failure is an error for the dead-letter topic.

mod author_elements;
pub mod byline;
mod captions;
pub mod charset;
mod content;
pub mod dates;
mod dom;
mod extract;
mod guard;
mod index;
mod listing;
mod meta;
mod overrides;
mod pagetype;
mod pattern;
mod places;
pub mod platform;
mod service;
pub mod tone;

use chrono::{DateTime, Utc};
use url::Url;
use vnportal_model::{Article, RawPage, SCHEMA_VERSION, content_hash};

pub use extract::{Extracted, NotArticle, extract, extract_with};
pub use overrides::{Overrides, SelectorError};
pub use service::{Concurrency, OverridesError, ParserService, ParserStats};

/// `vnportal-parser/<version>`, stamped on every record.
pub const PARSER_VERSION: &str = concat!("vnportal-parser/", env!("CARGO_PKG_VERSION"));

#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    #[error(transparent)]
    NotArticle(#[from] NotArticle),
    #[error("HTTP status {0} is not a page")]
    Status(u16),
    #[error("content type {0:?} is not HTML")]
    NotHtml(String),
    #[error("invalid page URL {0:?}")]
    BadUrl(String),
}

/// Parses one fetched page into an article with the generic rules and the
/// platform adapters.
pub fn parse_page(raw: &RawPage, parsed_at: DateTime<Utc>) -> Result<Article, ParseError> {
    parse_page_with(raw, &Overrides::none(), parsed_at)
}

/// Parses one fetched page, trying the portal's selector `overrides` first
/// (compile them once with [`Overrides::compile`]).
pub fn parse_page_with(raw: &RawPage, overrides: &Overrides, parsed_at: DateTime<Utc>) -> Result<Article, ParseError> {
    if !(200..300).contains(&raw.status) {
        return Err(ParseError::Status(raw.status));
    }
    if let Some(ct) = &raw.content_type {
        let mime = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if !mime.is_empty() && !matches!(mime.as_str(), "text/html" | "application/xhtml+xml" | "text/plain") {
            return Err(ParseError::NotHtml(ct.clone()));
        }
    }
    let url = Url::parse(&raw.final_url)
        .or_else(|_| Url::parse(&raw.url))
        .map_err(|_| ParseError::BadUrl(raw.final_url.clone()))?;
    let decoded = charset::decode(&raw.body, raw.charset.as_deref());
    let page = extract_with(&decoded.text, &url, overrides)?;
    Ok(Article {
        schema_version: SCHEMA_VERSION,
        content_hash: content_hash(&page.body),
        url: url.to_string(),
        canonical_url: page.canonical_url.unwrap_or_else(|| url.to_string()),
        portal_id: raw.portal_id.clone(),
        title: page.title,
        summary: page.summary,
        body: page.body,
        published_at: page.published_at,
        author: page.author,
        source: page.source,
        category: page.category,
        images: page.images,
        language: page.language,
        fetched_at: raw.fetched_at,
        parsed_at,
        parser_version: PARSER_VERSION.to_owned(),
    })
}
