//! Records that flow through vnportal, and the text normalization that makes
//! the same article hash the same wherever it was published.
//!
//! This crate is pure: no I/O, no clocks, no network. Every stage depends on it,
//! so it stays small and its behaviour is pinned by tests.
//!
//! * [`RawPage`]: one fetched HTTP response, as the crawler saw it.
//! * [`Article`]: one extracted article, schema version [`SCHEMA_VERSION`].
//! * [`normalize`]: text normalization and the BLAKE3 [`content_hash`].

mod article;
pub mod normalize;
mod raw_page;
mod selectors;

pub use article::{Article, Image, SCHEMA_VERSION};
pub use normalize::{clean_inline, content_hash, normalize_for_hash};
pub use raw_page::{DecodeError, Encoded, RawPage};
pub use selectors::SelectorOverrides;

/// Offset of Vietnam's only time zone (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
pub fn vietnam_offset() -> chrono::FixedOffset {
    chrono::FixedOffset::east_opt(7 * 3600).expect("+07:00 is a valid offset")
}
