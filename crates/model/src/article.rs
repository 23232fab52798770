use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

/// Version of the [`Article`] JSON contract (`docs/article.schema.json`).
pub const SCHEMA_VERSION: u32 = 1;

/// One article, extracted and normalized. Field names and meanings are a public
/// contract: see `docs/records.md`. Adding an optional field is compatible;
/// renaming or retyping one needs a new schema version and topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub schema_version: u32,
    /// BLAKE3 hex of the normalized `body` ([`crate::content_hash`]).
    pub content_hash: String,
    /// The URL the article was fetched from (after redirects).
    pub url: String,
    /// `<link rel="canonical">` or `og:url` when the page declares one, else `url`.
    pub canonical_url: String,
    pub portal_id: String,
    pub title: String,
    /// The lead paragraph (sapo) when the page marks one; it is also the body's first paragraph.
    pub summary: Option<String>,
    /// Plain text, NFC, paragraphs separated by one blank line (`"\n\n"`).
    pub body: String,
    /// Publication time in Vietnam time (`+07:00`). A page that gives only a
    /// date yields midnight local time (`T00:00:00+07:00`).
    pub published_at: Option<DateTime<FixedOffset>>,
    /// The byline, removed from the body.
    pub author: Option<String>,
    /// The "Nguồn: …" attribution, removed from the body.
    pub source: Option<String>,
    /// The last breadcrumb entry or the platform's category label.
    pub category: Option<String>,
    pub images: Vec<Image>,
    /// BCP 47 language tag: `vi` for Vietnamese text.
    pub language: String,
    pub fetched_at: DateTime<Utc>,
    pub parsed_at: DateTime<Utc>,
    /// `vnportal-parser/<version>`: which extractor produced the record.
    pub parser_version: String,
}

/// An image inside the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    /// Absolute URL.
    pub url: String,
    pub caption: Option<String>,
}

impl Article {
    /// JSON bytes of the record (the `vnportal.articles.v1` payload).
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("an Article always serializes")
    }

    pub fn from_json(bytes: &[u8]) -> Result<Article, serde_json::Error> {
        serde_json::from_slice(bytes)
    }
}
