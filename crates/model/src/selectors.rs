use serde::{Deserialize, Serialize};

/// Per-portal CSS selectors that override the extractor's own choices
/// (`[portal.selectors]` in `config/portals.toml`). Each is a CSS selector;
/// the first match wins. When a selector matches nothing, the extractor falls
/// back to its generic path.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SelectorOverrides {
    pub title: Option<String>,
    pub date: Option<String>,
    pub body: Option<String>,
    pub summary: Option<String>,
    pub author: Option<String>,
    /// Elements removed before extraction (site chrome the generic rules miss).
    pub remove: Vec<String>,
}

impl SelectorOverrides {
    /// Every selector with the name of its field, for validation.
    pub fn all(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("title", &self.title),
            ("date", &self.date),
            ("body", &self.body),
            ("summary", &self.summary),
            ("author", &self.author),
        ]
        .into_iter()
        .filter_map(|(name, s)| s.as_deref().map(|s| (name, s)))
        .chain(self.remove.iter().map(|s| ("remove", s.as_str())))
    }

    pub fn is_empty(&self) -> bool {
        self.all().next().is_none()
    }
}
