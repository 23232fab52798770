//! The JSON Schema in docs/ describes exactly what `Article` serializes to.

use chrono::{DateTime, Utc};
use vnportal_model::{Article, Image, content_hash};

fn validator() -> jsonschema::Validator {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/article.schema.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn article() -> Article {
    let body = "Ngày 12/1, Huyện ủy Kim Sơn tổ chức Hội nghị.\n\nQuang cảnh hội nghị.";
    Article {
        schema_version: 1,
        content_hash: content_hash(body),
        url: "https://kimson.ninhbinh.gov.vn/tin-tuc/tong-ket-123.html".into(),
        canonical_url: "https://kimson.ninhbinh.gov.vn/tin-tuc/tong-ket-123.html".into(),
        portal_id: "ninhbinh-kimson".into(),
        title: "Tổng kết công tác dân vận năm 2023".into(),
        summary: Some("Ngày 12/1, Huyện ủy Kim Sơn tổ chức Hội nghị.".into()),
        body: body.into(),
        published_at: Some(DateTime::parse_from_rfc3339("2024-01-15T00:00:00+07:00").unwrap()),
        author: Some("Diệu Hoa".into()),
        source: None,
        category: Some("Tin tức - Sự kiện".into()),
        images: vec![Image {
            url: "https://kimson.ninhbinh.gov.vn/a.jpg".into(),
            caption: Some("Quang cảnh hội nghị.".into()),
        }],
        language: "vi".into(),
        fetched_at: Utc::now(),
        parsed_at: Utc::now(),
        parser_version: "vnportal-parser/0.1.0".into(),
    }
}

#[test]
fn serialized_articles_match_the_schema() {
    let v = validator();
    let full = serde_json::to_value(article()).unwrap();
    let errors: Vec<String> = v.iter_errors(&full).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");

    let mut sparse = article();
    (sparse.summary, sparse.published_at, sparse.author, sparse.category) = (None, None, None, None);
    sparse.images.clear();
    assert!(v.is_valid(&serde_json::to_value(sparse).unwrap()));
}

#[test]
fn the_schema_rejects_what_the_contract_forbids() {
    let v = validator();
    let good = serde_json::to_value(article()).unwrap();
    let broken = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut value = good.clone();
        f(&mut value);
        v.is_valid(&value)
    };
    assert!(
        !broken(&|a| a["published_at"] = "2024-01-15T00:00:00Z".into()),
        "published_at must be +07:00"
    );
    assert!(!broken(&|a| a["content_hash"] = "XYZ".into()));
    assert!(!broken(&|a| a["extra"] = 1.into()));
    assert!(!broken(&|a| {
        a.as_object_mut().unwrap().remove("author");
    }));
    assert!(!broken(&|a| a["schema_version"] = 2.into()));
}

#[test]
fn json_field_names_are_the_contract() {
    let value = serde_json::to_value(article()).unwrap();
    let mut names: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
    names.sort();
    let mut expected = vec![
        "schema_version",
        "content_hash",
        "url",
        "canonical_url",
        "portal_id",
        "title",
        "summary",
        "body",
        "published_at",
        "author",
        "source",
        "category",
        "images",
        "language",
        "fetched_at",
        "parsed_at",
        "parser_version",
    ];
    expected.sort();
    assert_eq!(names, expected);
    assert_eq!(value["published_at"], "2024-01-15T00:00:00+07:00");
}
