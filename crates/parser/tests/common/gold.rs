//! The gold set (`crates/parser/gold/pages`): loading, and the body metric
//! shared by the gold test and the `gold` benchmark.
//!
//! Body F1: tokens are `\w+` runs; for each page the multiset of overlapping
//! 4-gram shingles of the prediction is compared with the gold body's, giving
//! precision and recall; P and R are averaged over pages and F1 is the
//! harmonic mean of the two averages. A page the extractor rejects scores 0/0.

#![allow(dead_code)] // each including crate uses a different part

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use regex::Regex;
use serde::Deserialize;
use vnportal_model::RawPage;

/// One gold page and what it must yield.
#[derive(Debug, Clone, Deserialize)]
pub struct Expected {
    /// `article`, or why the page holds none (`listing`, `search`, …).
    pub kind: String,
    pub platform: String,
    pub url: String,
    /// The HTTP header's charset label; `null` when the server sends none.
    pub charset: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published_at: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
}

pub struct GoldPage {
    pub name: String,
    pub html: Vec<u8>,
    pub expected: Expected,
}

impl GoldPage {
    pub fn is_article(&self) -> bool {
        self.expected.kind == "article"
    }

    pub fn raw(&self) -> RawPage {
        let e = &self.expected;
        RawPage {
            fetched_at: DateTime::<Utc>::UNIX_EPOCH,
            ..RawPage::html(&e.url, &e.platform, self.html.clone(), e.charset.as_deref())
        }
    }
}

pub fn gold_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("gold/pages")
}

/// Pages written after the extractor was tuned, to estimate unseen pages.
pub fn holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("gold/holdout")
}

/// Every page of the gold set, by name.
pub fn load() -> Vec<GoldPage> {
    load_from(&gold_dir())
}

/// Every page (`NAME.html` with `NAME.json`) in `dir`, by name.
pub fn load_from(dir: &Path) -> Vec<GoldPage> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("gold directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|json| {
            let expected: Expected =
                serde_json::from_slice(&std::fs::read(&json).expect("gold sidecar")).expect("valid gold sidecar");
            let html = std::fs::read(json.with_extension("html")).expect("gold page");
            let name = json.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            GoldPage { name, html, expected }
        })
        .collect()
}

fn tokens(text: &str) -> Vec<&str> {
    static WORD: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| Regex::new(r"\w+").expect("valid regex"));
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(text);
    let mut out = HashMap::new();
    if t.is_empty() {
        return out;
    }
    let n = 4.min(t.len());
    for w in t.windows(n) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision and recall of `predicted` against `gold` over 4-gram shingles.
pub fn precision_recall(predicted: &str, gold: &str) -> (f64, f64) {
    let p = shingles(predicted);
    let g = shingles(gold);
    let common: usize = p.iter().map(|(k, n)| (*n).min(g.get(k).copied().unwrap_or(0))).sum();
    let np: usize = p.values().sum();
    let ng: usize = g.values().sum();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    (ratio(common, np), ratio(common, ng))
}

/// F1 of the averaged precision and recall.
pub fn f1(scores: &[(f64, f64)]) -> (f64, f64, f64) {
    let n = scores.len().max(1) as f64;
    let p = scores.iter().map(|s| s.0).sum::<f64>() / n;
    let r = scores.iter().map(|s| s.1).sum::<f64>() / n;
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// The quality figures of one run over the gold set.
#[derive(Debug, Default)]
pub struct Report {
    pub articles: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub title_exact: usize,
    pub date_exact: usize,
    pub author_exact: usize,
    pub others: usize,
    pub others_rejected: usize,
    /// One line per mismatch, for diagnosis.
    pub misses: Vec<String>,
}

/// Runs the extractor over every page and scores it.
pub fn evaluate(pages: &[GoldPage]) -> Report {
    let mut report = Report::default();
    let mut scores = Vec::new();
    for page in pages {
        let result = vnportal_parser::parse_page(&page.raw(), DateTime::<Utc>::UNIX_EPOCH);
        if !page.is_article() {
            report.others += 1;
            match result {
                Err(vnportal_parser::ParseError::NotArticle(_)) => report.others_rejected += 1,
                Ok(a) => report.misses.push(format!(
                    "{}: {} page yielded {:?}",
                    page.name, page.expected.kind, a.title
                )),
                Err(e) => report.misses.push(format!("{}: {e}", page.name)),
            }
            continue;
        }
        report.articles += 1;
        let want = &page.expected;
        let a = match result {
            Ok(a) => a,
            Err(e) => {
                report.misses.push(format!("{}: {e}", page.name));
                scores.push((0.0, 0.0));
                continue;
            }
        };
        let gold_body = want.body.as_deref().unwrap_or_default();
        let (p, r) = precision_recall(&a.body, gold_body);
        scores.push((p, r));
        if p < 0.999 || r < 0.999 {
            report.misses.push(format!(
                "{}: body P={p:.3} R={r:.3}\n{}",
                page.name,
                diff(&a.body, gold_body)
            ));
        }
        let mut check = |field: &str, got: Option<String>, want: Option<String>, counter: &mut usize| {
            if got == want {
                *counter += 1;
            } else {
                report
                    .misses
                    .push(format!("{}: {field}: got {got:?}, want {want:?}", page.name));
            }
        };
        check(
            "title",
            Some(a.title.clone()),
            want.title.clone(),
            &mut report.title_exact,
        );
        check(
            "published_at",
            a.published_at.map(|d| d.to_rfc3339()),
            want.published_at.clone(),
            &mut report.date_exact,
        );
        check(
            "author",
            a.author.clone(),
            want.author.clone(),
            &mut report.author_exact,
        );
    }
    (report.precision, report.recall, report.f1) = f1(&scores);
    report
}

/// Paragraphs only in the prediction (`+`) or only in the gold body (`-`).
fn diff(got: &str, want: &str) -> String {
    let g: Vec<&str> = got.split("\n\n").collect();
    let w: Vec<&str> = want.split("\n\n").collect();
    let short = |s: &str| s.chars().take(90).collect::<String>();
    let mut out = String::new();
    for p in g.iter().filter(|p| !w.contains(p)) {
        out.push_str(&format!("    + {}\n", short(p)));
    }
    for p in w.iter().filter(|p| !g.contains(p)) {
        out.push_str(&format!("    - {}\n", short(p)));
    }
    out
}

impl Report {
    pub fn rate(&self, n: usize) -> f64 {
        n as f64 / self.articles.max(1) as f64
    }
}
