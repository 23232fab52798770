//! `vnportal extract`: one JSON line per file, in order, never stopping at a bad file.

use std::process::Command;

fn fixture(name: &str) -> String {
    format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn one_line_per_file_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let windows_1258 = dir.path().join("article-1258.html");
    let html = std::fs::read_to_string(fixture("article.html"))
        .unwrap()
        .replace("utf-8", "windows-1258");
    std::fs::write(&windows_1258, vnportal_simulator::to_windows_1258(&html)).unwrap();
    let missing = dir.path().join("missing.html");

    let out = Command::new(env!("CARGO_BIN_EXE_vnportal"))
        .args([
            "extract",
            "--url",
            "https://bdvquangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=3310",
        ])
        .arg(fixture("article.html"))
        .arg(&missing)
        .arg(fixture("listing.html"))
        .arg(&windows_1258)
        .output()
        .unwrap();
    assert!(!out.status.success(), "a failed file makes the exit status non-zero");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);

    let article = &lines[0];
    assert_eq!(article["file"], fixture("article.html"));
    assert_eq!(
        article["title"],
        "Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2019"
    );
    assert_eq!(
        article["url"],
        "https://bdvquangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=3310"
    );
    let body = article["body"].as_str().unwrap();
    assert_eq!(article["content_hash"], vnportal_model::content_hash(body));

    assert_eq!(lines[1]["file"], missing.display().to_string());
    assert!(
        lines[1]["error"].as_str().unwrap().contains("cannot read"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2]["file"], fixture("listing.html"));
    assert!(
        lines[2]["error"].as_str().unwrap().starts_with("not an article"),
        "{}",
        lines[2]
    );

    // The same page in windows-1258: the same words, the same hash.
    assert_eq!(lines[3]["title"], article["title"]);
    assert_eq!(lines[3]["body"], article["body"]);
    assert_eq!(lines[3]["content_hash"], article["content_hash"]);
}
