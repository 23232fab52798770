//! `vnportal extract`: local HTML files to JSON lines.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use chrono::Utc;
use serde_json::{Value, json};
use vnportal_model::RawPage;

/// Writes one line per file, in order; a bad file gets an error line and the
/// rest still run. Exits non-zero when any file failed.
pub fn extract_files(url: Option<&str>, charset: Option<&str>, files: &[PathBuf]) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = 0;
    for file in files {
        let line = match extract_one(file, url, charset) {
            Ok(v) => v,
            Err(error) => {
                failed += 1;
                json!({ "file": file.display().to_string(), "error": error })
            }
        };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn extract_one(file: &Path, url: Option<&str>, charset: Option<&str>) -> Result<Value, String> {
    let body = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let url = match url {
        Some(u) => u.to_owned(),
        None => {
            let abs = std::path::absolute(file).map_err(|e| e.to_string())?;
            url::Url::from_file_path(&abs)
                .map_err(|_| format!("cannot make a URL of {}", abs.display()))?
                .to_string()
        }
    };
    let raw = RawPage::html(&url, "local", body, charset);
    let article = vnportal_parser::parse_page(&raw, Utc::now()).map_err(|e| e.to_string())?;
    let mut value = serde_json::to_value(&article).map_err(|e| e.to_string())?;
    if let Value::Object(map) = &mut value {
        map.insert("file".into(), Value::String(file.display().to_string()));
    }
    Ok(value)
}
