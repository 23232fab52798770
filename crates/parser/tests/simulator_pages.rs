//! Every page of the portal simulator (four CMS styles, real article texts,
//! windows-1258 and entity-encoded copies) extracts to exactly its
//! expectation, and every page without an article yields none.

use chrono::Utc;
use vnportal_model::RawPage;
use vnportal_parser::{ParseError, parse_page};
use vnportal_simulator::Simulator;

const BASE: &str = "http://portal.test";

#[test]
fn simulator_pages_extract_exactly() {
    let mut failures = Vec::new();
    let pages = Simulator::demo().offline_pages(BASE);
    assert!(pages.iter().filter(|p| p.expected.is_some()).count() >= 10);
    for page in pages {
        let raw = RawPage {
            url: page.url.clone(),
            final_url: page.url.clone(),
            portal_id: page.portal_id.clone(),
            fetched_at: Utc::now(),
            status: page.status,
            charset: page.content_type.split("charset=").nth(1).map(str::to_owned),
            content_type: Some(page.content_type.clone()),
            etag: None,
            last_modified: None,
            body: page.body.clone(),
        };
        let result = parse_page(&raw, Utc::now());
        let Some(want) = &page.expected else {
            match result {
                Err(ParseError::NotArticle(_)) => {}
                Ok(a) => failures.push(format!("{}: not an article, but extracted {:?}", page.url, a.title)),
                Err(e) => failures.push(format!("{}: not an article, but failed: {e}", page.url)),
            }
            continue;
        };
        let got = match result {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: {e}", page.url));
                continue;
            }
        };
        let mut check = |field: &str, got: String, want: String| {
            if got != want {
                failures.push(format!("{} {field}:\n   got: {got}\n  want: {want}", page.url));
            }
        };
        check("title", got.title.clone(), want.title.clone());
        check(
            "published_at",
            format!("{:?}", got.published_at.map(|d| d.to_rfc3339())),
            format!("{:?}", want.published_at.map(|d| d.to_rfc3339())),
        );
        check("author", format!("{:?}", got.author), format!("{:?}", want.author));
        check("source", format!("{:?}", got.source), format!("{:?}", want.source));
        check("summary", format!("{:?}", got.summary), format!("{:?}", want.summary));
        check(
            "category",
            format!("{:?}", got.category),
            format!("{:?}", want.category),
        );
        check("images", got.images.len().to_string(), want.image_count.to_string());
        check("body", got.body.clone(), want.body.clone());
        check("content_hash", got.content_hash.clone(), want.content_hash.clone());
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
