//! The article corpus: five articles taken from real portal pages (boilerplate
//! removed) and six original ones, compiled into the binary from
//! `corpus/*.toml`.
//!
//! File format (all strings TOML literal strings, NFC):
//!
//! ```toml
//! title = '…'
//! lead = '…'                        # optional sapo; always the body's first paragraph
//! published = '2024-01-15 08:45:00' # optional, Vietnam local time
//! author = ['name', 'role']         # optional byline lines
//! source = 'baodaklak.vn, ngày 6/1/2016' # optional, the text after "Nguồn:"
//! body = '''
//! A paragraph on one line.
//!
//! !img file.jpg | alt text | caption
//!
//! ~
//! '''
//! ```
//!
//! Body blocks are separated by blank lines: a paragraph, an image
//! (`!img file | alt | caption`, alt may be empty) or `~`, an empty spacer
//! paragraph that editors leave behind (`<p>&nbsp;</p>`).

use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::dates::parse_local;

/// One block of an article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    Paragraph(String),
    /// An empty paragraph (`<p>&nbsp;</p>`): rendered, never extracted.
    Spacer,
    Image {
        file: String,
        alt: String,
        caption: String,
    },
}

/// One article of the corpus, independent of any portal.
#[derive(Debug, Clone)]
pub(crate) struct Article {
    /// The corpus file stem, e.g. `seed-003-daklak-phoi-hop-dan-van`.
    pub key: &'static str,
    pub title: String,
    pub lead: Option<String>,
    pub published: Option<NaiveDateTime>,
    pub author: Vec<String>,
    pub source: Option<String>,
    pub blocks: Vec<Block>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleFile {
    title: String,
    #[serde(default)]
    lead: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    author: Vec<String>,
    #[serde(default)]
    source: Option<String>,
    body: String,
}

macro_rules! corpus_files {
    ($($key:literal),* $(,)?) => {
        &[$(($key, include_str!(concat!("../corpus/", $key, ".toml")))),*]
    };
}

/// `(key, TOML text)` of every corpus file.
const FILES: &[(&str, &str)] = corpus_files![
    "seed-000-quangninh-giao-ban-dan-van-2019",
    "seed-001-hoanghoa-hoi-nghi-truc-tuyen-dan-van",
    "seed-002-kimson-tong-ket-dan-van-2023",
    "seed-003-daklak-phoi-hop-dan-van",
    "seed-004-nghean-nhiem-vu-dan-van-2023",
    "own-01-hoangdat-nong-thon-moi-kieu-mau",
    "own-02-hoanghoa-qua-tet-ho-ngheo-2024",
    "own-03-binhlieu-dan-van-kheo-dong-bao",
    "own-04-dongtrieu-doi-thoai-nhan-dan-2024",
    "own-05-kimtan-duong-giao-thong-nong-thon",
    "own-06-quynhluu-nha-dai-doan-ket",
];

/// The whole corpus, parsed.
pub(crate) struct Corpus {
    articles: Vec<std::sync::Arc<Article>>,
}

impl Corpus {
    /// Parses the built-in corpus. The files are part of the binary and
    /// checked by tests, so a malformed file is a bug and panics.
    pub(crate) fn builtin() -> Corpus {
        let articles = FILES
            .iter()
            .map(|(key, text)| {
                let article = parse(key, text).unwrap_or_else(|e| panic!("corpus/{key}.toml: {e}"));
                std::sync::Arc::new(article)
            })
            .collect();
        Corpus { articles }
    }

    /// The article stored as `corpus/{key}.toml`.
    pub(crate) fn get(&self, key: &str) -> std::sync::Arc<Article> {
        self.articles
            .iter()
            .find(|a| a.key == key)
            .cloned()
            .unwrap_or_else(|| panic!("no corpus article {key}"))
    }

    pub(crate) fn all(&self) -> &[std::sync::Arc<Article>] {
        &self.articles
    }
}

fn parse(key: &'static str, text: &str) -> Result<Article, String> {
    let file: ArticleFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let published = match &file.published {
        Some(p) => Some(parse_local(p).ok_or_else(|| format!("bad `published` {p:?}"))?),
        None => None,
    };
    let blocks = file
        .body
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(parse_block)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Article {
        key,
        title: file.title,
        lead: file.lead,
        published,
        author: file.author,
        source: file.source,
        blocks,
    })
}

fn parse_block(text: &str) -> Result<Block, String> {
    if text == "~" {
        return Ok(Block::Spacer);
    }
    if let Some(spec) = text.strip_prefix("!img ") {
        let mut parts = spec.splitn(3, '|').map(str::trim);
        let (Some(file), Some(alt), Some(caption)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("bad image block {text:?}"));
        };
        return Ok(Block::Image {
            file: file.to_owned(),
            alt: alt.to_owned(),
            caption: caption.to_owned(),
        });
    }
    Ok(Block::Paragraph(text.to_owned()))
}

impl Article {
    /// The body as the extraction contract defines it: lead first, then the
    /// paragraphs and image captions in reading order, each cleaned
    /// ([`vnportal_model::clean_inline`]), empty ones dropped, joined by a
    /// blank line.
    pub(crate) fn expected_body(&self) -> String {
        let lead = self.lead.iter().map(String::as_str);
        let blocks = self.blocks.iter().filter_map(|b| match b {
            Block::Paragraph(text) => Some(text.as_str()),
            Block::Image { caption, .. } => Some(caption.as_str()),
            Block::Spacer => None,
        });
        lead.chain(blocks)
            .map(vnportal_model::clean_inline)
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// Images in the body.
    pub(crate) fn images(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Image { file, alt, caption } => Some((file.as_str(), alt.as_str(), caption.as_str())),
            _ => None,
        })
    }

    /// The lead, or else the first paragraph: what listings show under a title.
    pub(crate) fn teaser(&self) -> &str {
        self.lead.as_deref().unwrap_or_else(|| {
            self.blocks
                .iter()
                .find_map(|b| match b {
                    Block::Paragraph(text) => Some(text.as_str()),
                    _ => None,
                })
                .unwrap_or("")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_parses_and_is_nfc() {
        use unicode_normalization::is_nfc;
        let corpus = Corpus::builtin();
        assert_eq!(corpus.all().len(), FILES.len());
        for a in corpus.all() {
            assert!(is_nfc(&a.title) && !a.title.is_empty(), "{}", a.key);
            let body = a.expected_body();
            assert!(is_nfc(&body), "{}", a.key);
            assert!(!body.contains("\n\n\n") && !body.starts_with('\n'), "{}", a.key);
            let paragraphs = body.split("\n\n").count();
            assert!(paragraphs >= 4, "{} has {paragraphs} paragraphs", a.key);
        }
    }

    #[test]
    fn seed_structure_is_kept() {
        let corpus = Corpus::builtin();
        let s0 = corpus.get("seed-000-quangninh-giao-ban-dan-van-2019");
        assert_eq!(s0.images().count(), 2);
        assert!(s0.blocks.contains(&Block::Spacer));
        let body = s0.expected_body();
        assert!(body.contains("Đồng chí Nguyễn Văn Hưởng, Ủy viên"), "nbsp folded");
        assert!(!body.contains("Nguyễn Thanh Tùng"), "byline is not body");

        let s3 = corpus.get("seed-003-daklak-phoi-hop-dan-van");
        assert_eq!(s3.source.as_deref(), Some("baodaklak.vn, ngày 6/1/2016"));
        assert!(s3.expected_body().starts_with("Quang cảnh Hội nghị\n\nTham dự có"));

        let s4 = corpus.get("seed-004-nghean-nhiem-vu-dan-van-2023");
        assert_eq!(s4.author, ["Nguyễn Mạnh Khôi", "Phó trưởng ban TT Ban Dân vận Tỉnh ủy"]);
        assert!(s4.published.is_none());
    }
}
