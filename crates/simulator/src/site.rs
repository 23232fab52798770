//! One simulated portal: its articles, its URL scheme and its templates
//! (a [`Style`]), and the routing every portal shares.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::ExpectedArticle;
use crate::chrome;
use crate::corpus::Article;
use crate::dates::DateForm;

/// The character encoding a page is served in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Charset {
    Utf8,
    /// Windows-1258 with separate combining tone marks ([`crate::to_windows_1258`]).
    Windows1258,
}

/// One article as published on one portal.
#[derive(Debug, Clone)]
pub(crate) struct ArticlePage {
    pub article: Arc<Article>,
    /// Root-relative path and query of the article page, as the server matches it.
    pub path: String,
    /// The CMS item id (print views, counters, data attributes).
    pub item_id: u32,
    /// The portal's category of the article (last breadcrumb item where the
    /// template shows a breadcrumb).
    pub category: &'static str,
    /// How the article page shows its date; `None`: it shows none.
    pub date: Option<DateForm>,
    /// The view counter the page displays, where the template has one.
    pub views: u32,
    pub charset: Charset,
}

impl ArticlePage {
    /// The date line of the article page, if it shows one.
    pub(crate) fn date_text(&self) -> Option<String> {
        Some(self.date?.render(self.article.published?))
    }

    /// The date as a list of news shows it (`form`), if the article has one.
    pub(crate) fn list_date(&self, form: DateForm) -> Option<String> {
        Some(form.render(self.article.published?))
    }
}

/// A non-article page of a portal: home, category, contact, login, ….
#[derive(Debug, Clone, Copy)]
pub(crate) struct StaticPage {
    /// Root-relative path (query ignored when matching).
    pub path: &'static str,
    pub title: &'static str,
    pub kind: StaticKind,
}

/// What a [`StaticPage`] shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StaticKind {
    /// The home page: latest news and boxes.
    Home,
    /// A news category: links to the portal's articles whose category is the
    /// page title, without pagination.
    Category,
    /// A category with a table of documents and no article.
    Documents,
    /// A short presentation of the locality or agency.
    Intro,
    /// Addresses and phone numbers.
    Contact,
    /// A login form (robots-disallowed on every portal).
    Login,
    /// An internal page that needs a login (robots-disallowed).
    Restricted,
    /// A search form without results (robots-disallowed where linked).
    Search,
}

/// What a request asks for, once a style has recognised its URL.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Route {
    /// Page `n` (1-based) of the news listing.
    Listing(usize),
    /// The article page `pages[i]`.
    Article(usize),
    /// The print view of `pages[i]` (robots-disallowed).
    Print(usize),
    Static(StaticPage),
}

/// A rendered response.
pub(crate) struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

/// Everything a template needs besides the site itself.
pub(crate) struct PageCtx<'a> {
    pub site: &'a Site,
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub base_url: &'a str,
    /// Today in the header's form, e.g. `Thứ bảy, 21/11/2026`.
    pub today: String,
    /// Requests this portal has served: drives the visit counters.
    pub hits: u64,
    /// Path and query of the request, for forms that post back to themselves.
    pub path_and_query: &'a str,
}

impl PageCtx<'_> {
    /// The absolute URL of a root-relative path.
    pub(crate) fn abs(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }
}

/// The templates and URL scheme of one CMS.
pub(crate) trait Style: Send + Sync + 'static {
    /// Recognises a request target (`path` percent-encoded as received,
    /// `query` without `?`). `None` is a 404.
    fn route(&self, site: &Site, path: &str, query: &Query) -> Option<Route>;
    /// The HTML of a recognised page.
    fn render(&self, ctx: &PageCtx<'_>, route: Route) -> String;
    /// The HTML of the 404 page.
    fn not_found(&self, ctx: &PageCtx<'_>) -> String;
    /// Root-relative URL of image `file` of an article page.
    fn image_path(&self, page: &ArticlePage, file: &str) -> String;
    /// Header fields the platform's web server adds to every response.
    fn server_headers(&self) -> &'static [(&'static str, &'static str)];
}

/// One portal: metadata, articles in listing order (newest first), templates.
pub(crate) struct Site {
    pub id: &'static str,
    pub name: &'static str,
    pub province: &'static str,
    /// Root-relative URL of listing page 1.
    pub start_path: String,
    /// Regex matching the portal's article URLs, for portals configured with one.
    pub article_pattern: Option<&'static str>,
    /// Path prefixes robots.txt disallows; each is linked from the listing pages.
    pub disallowed: Vec<&'static str>,
    /// The template marks the lead in its own element (so it is the summary).
    pub marks_sapo: bool,
    /// The article template shows a breadcrumb ending in the category.
    pub has_breadcrumb: bool,
    pub page_size: usize,
    pub pages: Vec<ArticlePage>,
    pub statics: Vec<StaticPage>,
    /// Root-relative paths of every image the templates link (chrome and articles).
    pub images: BTreeSet<String>,
    pub style: Box<dyn Style>,
}

impl Site {
    /// Number of listing pages.
    pub(crate) fn listing_pages(&self) -> usize {
        self.pages.len().div_ceil(self.page_size).max(1)
    }

    /// The articles that boxes on every page ("Tin nổi bật", "Xem nhiều
    /// nhất") link: only the newest, so that finding the others takes
    /// following the listing's pagination.
    pub(crate) fn featured(&self) -> impl Iterator<Item = &ArticlePage> {
        self.pages.iter().take(1)
    }

    /// `(index, page)` of the articles on listing page `n` (1-based); empty past the end.
    pub(crate) fn listing(&self, n: usize) -> impl Iterator<Item = (usize, &ArticlePage)> {
        let start = n.saturating_sub(1).saturating_mul(self.page_size);
        self.pages
            .iter()
            .enumerate()
            .skip(start)
            .take(if n == 0 { 0 } else { self.page_size })
    }

    /// The article page whose path is `path` (ASCII case-insensitively where
    /// `case_insensitive`, as IIS does). Query strings are not compared: the
    /// platforms serve a page whatever parameters come with it.
    pub(crate) fn article_at(&self, path: &str, case_insensitive: bool) -> Option<usize> {
        self.pages.iter().position(|p| {
            if case_insensitive {
                p.path.eq_ignore_ascii_case(path)
            } else {
                p.path == path
            }
        })
    }

    /// The static page at `path` (ASCII case-insensitive).
    pub(crate) fn static_at(&self, path: &str) -> Option<StaticPage> {
        self.statics.iter().find(|s| s.path.eq_ignore_ascii_case(path)).copied()
    }

    /// The robots.txt body.
    pub(crate) fn robots_txt(&self) -> String {
        let mut out = String::from("User-agent: *\n");
        for path in &self.disallowed {
            out.push_str("Disallow: ");
            out.push_str(path);
            out.push('\n');
        }
        out
    }

    /// Answers one GET request.
    pub(crate) fn respond(&self, ctx: &PageCtx<'_>, path: &str, query: Option<&str>) -> Reply {
        if path == "/robots.txt" {
            return Reply {
                status: 200,
                content_type: "text/plain; charset=utf-8",
                body: self.robots_txt().into_bytes(),
            };
        }
        if self.images.contains(path) {
            let (content_type, bytes) = chrome::placeholder_image(path);
            return Reply {
                status: 200,
                content_type,
                body: bytes.to_vec(),
            };
        }
        let query = Query::parse(query.unwrap_or(""));
        let Some(route) = self.style.route(self, path, &query) else {
            return html(404, self.style.not_found(ctx));
        };
        let html_text = self.style.render(ctx, route);
        let charset = match route {
            Route::Article(i) | Route::Print(i) => self.pages[i].charset,
            _ => Charset::Utf8,
        };
        match charset {
            Charset::Utf8 => html(200, html_text),
            Charset::Windows1258 => {
                let unmappable = crate::text::windows_1258_unmappable(&html_text);
                if !unmappable.is_empty() {
                    tracing::warn!(portal = self.id, path, ?unmappable, "written as character references");
                }
                Reply {
                    status: 200,
                    content_type: "text/html; charset=windows-1258",
                    body: crate::to_windows_1258(&html_text),
                }
            }
        }
    }

    /// The expected extraction of every article page, in listing order.
    pub(crate) fn expected(&self, base_url: &str) -> Vec<ExpectedArticle> {
        self.pages
            .iter()
            .map(|page| {
                let a = &page.article;
                let body = a.expected_body();
                let author = a
                    .author
                    .iter()
                    .map(|line| vnportal_model::clean_inline(line))
                    .collect::<Vec<_>>();
                ExpectedArticle {
                    portal_id: self.id.to_owned(),
                    url: format!("{base_url}{}", page.path),
                    title: vnportal_model::clean_inline(&a.title),
                    summary: a
                        .lead
                        .as_deref()
                        .filter(|_| self.marks_sapo)
                        .map(vnportal_model::clean_inline),
                    published_at: page.date.zip(a.published).map(|(f, at)| f.shown(at)),
                    author: (!author.is_empty()).then(|| author.join(", ")),
                    source: a.source.as_deref().map(vnportal_model::clean_inline),
                    category: self.has_breadcrumb.then(|| page.category.to_owned()),
                    image_count: a.images().count(),
                    content_hash: vnportal_model::content_hash(&body),
                    body,
                }
            })
            .collect()
    }

    /// Builds the image set: `chrome` images plus every article image.
    pub(crate) fn collect_images(&mut self, chrome: &[&str]) {
        let mut images: BTreeSet<String> = chrome.iter().map(|s| (*s).to_owned()).collect();
        for page in &self.pages {
            for (file, _, _) in page.article.images() {
                images.insert(self.style.image_path(page, file));
            }
        }
        self.images = images;
    }
}

/// An HTML reply in UTF-8.
fn html(status: u16, text: String) -> Reply {
    Reply {
        status,
        content_type: "text/html; charset=utf-8",
        body: text.into_bytes(),
    }
}

/// A parsed query string. Keys compare ASCII case-insensitively, as ASP.NET
/// and Liferay do; values are kept as sent (the simulator only reads numbers).
pub(crate) struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    pub(crate) fn parse(raw: &str) -> Query {
        let pairs = raw
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (k.to_owned(), v.to_owned()),
                None => (p.to_owned(), String::new()),
            })
            .collect();
        Query { pairs }
    }

    /// The value of the first parameter named `key` (case-insensitive).
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// The first parameter whose name ends with `suffix`, e.g. Liferay's `…_cur`.
    pub(crate) fn get_suffix(&self, suffix: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k.ends_with(suffix))
            .map(|(_, v)| v.as_str())
    }

    /// A listing page number from `value`: a positive integer, else page 1.
    pub(crate) fn page_number(value: Option<&str>) -> usize {
        value
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|n| *n >= 1)
            .unwrap_or(1)
    }
}
