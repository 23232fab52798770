//! Platform adapters: the CMS products Vietnamese portals run, recognized by
//! markers in the page, each with the selectors of its article template.
//! An adapter only goes first; whatever its selectors do not find, the
//! generic rules find.

use std::sync::LazyLock;

use scraper::Html;

use crate::overrides::Overrides;
use crate::pattern::Pattern;

/// A CMS recognized from its markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// SharePoint with the Tân Dân portal product (`tandan-*`, `ms-rtestate-field`).
    TanDan,
    /// SharePoint "/Trang/" page libraries.
    SharePoint,
    /// VNPT ePortal on Liferay (`asset_publisher`, `journal-content-article`).
    Liferay,
    /// DNN (DotNetNuke) with EasyDNNnews.
    Dnn,
    WordPress,
    Joomla,
    /// NukeViet, the Vietnamese open-source CMS many Party and commune sites run.
    NukeViet,
}

struct Adapter {
    platform: Platform,
    selectors: Overrides,
}

fn sel(s: &str) -> Pattern {
    Pattern::parse(s).expect("valid built-in selector")
}

fn opt(s: &str) -> Option<Pattern> {
    Some(sel(s))
}

static ADAPTERS: LazyLock<Vec<Adapter>> = LazyLock::new(|| {
    vec![
        Adapter {
            platform: Platform::TanDan,
            selectors: Overrides {
                title: opt(".tandan-title-view, .tandan-title, .tandan-TieuDe"),
                date: opt(".tandan-date, .tandan-date-view, .tandan-NgayDang"),
                summary: opt(".tandan-TextTrichDan, .tandan-sapo"),
                body: opt(".ms-rtestate-field"),
                author: None,
                remove: vec![sel(".tandan-tinkhac, .tandan-tool, .tandan-otherNews")],
                largest_body: true,
            },
        },
        Adapter {
            platform: Platform::Liferay,
            selectors: Overrides {
                title: opt(".asset-full-content .header-title, .asset-full-content .asset-title"),
                date: opt(".asset-full-content .metadata-publish-date"),
                summary: opt(".asset-full-content .news-sapo, .asset-full-content .sapo"),
                body: opt(".asset-full-content .journal-content-article"),
                author: opt(".asset-full-content .metadata-author"),
                remove: vec![sel(
                    ".asset-ratings, .taglib-social-bookmarks, .asset-links, .taglib-ratings",
                )],
                largest_body: true,
            },
        },
        Adapter {
            platform: Platform::Dnn,
            selectors: Overrides {
                title: opt(".edn_articleTitle"),
                date: opt(".edn_articleDate, .edn_metaDetails time"),
                summary: opt(".edn_articleSummary"),
                body: opt(".edn_articleContent"),
                author: opt(".edn_articleAuthor, .edn_author"),
                // `[id*=_dnnTITLE_]`: the container skin's module title
                // ("dnn_ctr2301_dnnTITLE_lblTitle"), the name of the box the
                // article module sits in ("Tin tức", "Dân vận chính quyền").
                remove: vec![sel(
                    ".edn_relatedArticles, .edn_socialPrintWrapper, .edn_articleNavigation, .edn_comments, [id*=_dnnTITLE_]",
                )],
                largest_body: true,
            },
        },
        Adapter {
            platform: Platform::WordPress,
            selectors: Overrides {
                title: opt("h1.entry-title, .single-post h1.post-title, h1.tdb-title-text"),
                date: opt("time.entry-date.published[datetime], time.published[datetime], time.entry-date[datetime]"),
                summary: None,
                body: opt(".entry-content, .post-content, .td-post-content, .single-content"),
                author: opt(".author.vcard .fn, .byline .author, .entry-meta .author"),
                remove: vec![sel(
                    ".sharedaddy, .jp-relatedposts, #jp-relatedposts, .yarpp-related, .crp_related, .post-navigation, .entry-footer, .wp-block-buttons, .addtoany_share_save_container",
                )],
                largest_body: true,
            },
        },
        Adapter {
            platform: Platform::Joomla,
            selectors: Overrides {
                // `.contentheading` and `.createdate`: Joomla 1.5's
                // `contentpaneopen` tables, still served by many district sites.
                title: opt(
                    ".item-page [itemprop=headline], .com-content-article [itemprop=headline], .item-page .page-header h2, .item-page .page-header h1, .contentpaneopen .contentheading",
                ),
                date: opt(
                    "[itemprop=datePublished][datetime], dd.published time[datetime], [itemprop=datePublished], .contentpaneopen .createdate, dl.article-info dd.published, dl.article-info dd.create",
                ),
                summary: None,
                body: opt(".item-page [itemprop=articleBody], .com-content-article [itemprop=articleBody]"),
                author: opt("[itemprop=author] [itemprop=name], dd.createdby"),
                // Joomla 2.5's info list ("Chi tiết", "Chuyên mục: …", "Viết
                // bởi admin", "Lượt xem: …") and its print and e-mail icons:
                // the date and the author are read from it by the selectors above.
                remove: vec![sel(
                    ".pager, .pagenav, .icons, .jcomments-links, .tags, .item-page > dl.article-info, .item-page > ul.actions",
                )],
                largest_body: true,
            },
        },
        Adapter {
            platform: Platform::NukeViet,
            selectors: Overrides {
                title: opt(".news_column h1.title, .news_column [itemprop=headline]"),
                date: opt(".news_column .panel-body > .row .h5"),
                summary: opt(".news_column .hometext"),
                body: opt("#news-bodyhtml, .news_column .bodytext"),
                author: None,
                remove: vec![sel(".news_column .list-inline, .news_column .other-news")],
                largest_body: true,
            },
        },
        Adapter {
            platform: Platform::SharePoint,
            selectors: Overrides {
                title: opt(".ArticleTitle, .article-title, .TieuDe, .tieude"),
                date: opt(".ArticleDate, .article-date, .NgayDang, .ngaydang"),
                summary: opt(".ArticleSapo, .ArticleSummary, .TrichDan"),
                body: opt(".ArticleContent, .article-content, .NoiDung, .noidung, .ms-rtestate-field"),
                author: None,
                remove: vec![],
                largest_body: true,
            },
        },
    ]
});

/// Which platform an element marks, from cheap string tests (one pass over
/// the document; CSS selectors for this cost more than the extraction).
fn marks(el: &scraper::node::Element) -> Option<Platform> {
    let a = crate::dom::attrs(el);
    let class = a.class.unwrap_or("");
    let id = a.id.unwrap_or("");
    if class.contains("tandan-") || class.contains("ms-rtestate-field") {
        return Some(Platform::TanDan);
    }
    if id.starts_with("portlet_com_liferay_asset_publisher")
        || class.contains("journal-content-article")
        || class.contains("asset-full-content")
    {
        return Some(Platform::Liferay);
    }
    if class.contains("DnnModule") || class.contains("edn_article") {
        return Some(Platform::Dnn);
    }
    if class.contains("item-page") || class.contains("com-content-article") {
        return Some(Platform::Joomla);
    }
    if id == "news-bodyhtml" {
        return Some(Platform::NukeViet);
    }
    match el.name() {
        "meta" => {
            let name = el.attr("name")?;
            if !name.eq_ignore_ascii_case("generator") {
                return None;
            }
            let content = el.attr("content")?;
            [
                ("DotNetNuke", Platform::Dnn),
                ("WordPress", Platform::WordPress),
                ("Joomla", Platform::Joomla),
                ("SharePoint", Platform::SharePoint),
                ("NukeViet", Platform::NukeViet),
            ]
            .into_iter()
            .find_map(|(k, p)| content.contains(k).then_some(p))
        }
        "link" if el.attr("href").is_some_and(|h| h.contains("/wp-content/")) => Some(Platform::WordPress),
        "script" if el.attr("src").is_some_and(|h| h.contains("/wp-includes/")) => Some(Platform::WordPress),
        "article" if class.contains("type-post") => Some(Platform::WordPress),
        _ => None,
    }
}

/// The selectors of every adapter: what any platform would read as the
/// article's title and body.
pub(crate) fn all_selectors() -> impl Iterator<Item = &'static Overrides> {
    ADAPTERS.iter().map(|a| &a.selectors)
}

/// The platform whose markers the page carries, and its selectors. When
/// markers of several platforms appear (a SharePoint generator tag on a Tân
/// Dân page), the more specific platform, earlier in [`ADAPTERS`], wins.
pub fn detect(doc: &Html, page_path: &str) -> Option<(Platform, &'static Overrides)> {
    let mut found: Vec<Platform> = Vec::new();
    for node in doc.tree.nodes() {
        if let Some(el) = node.value().as_element()
            && let Some(p) = marks(el)
            && !found.contains(&p)
        {
            found.push(p);
        }
    }
    if page_path.contains("/Trang/") && !found.contains(&Platform::SharePoint) {
        // "/Trang/" page libraries often carry no generator meta.
        found.push(Platform::SharePoint);
    }
    ADAPTERS
        .iter()
        .find(|a| found.contains(&a.platform))
        .map(|a| (a.platform, &a.selectors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn platform(html: &str, path: &str) -> Option<Platform> {
        detect(&Html::parse_document(html), path).map(|(p, _)| p)
    }

    #[test]
    fn markers() {
        assert_eq!(
            platform(
                r#"<meta name="GENERATOR" content="Microsoft SharePoint"><div class="tandan-title-view">x</div>"#,
                "/"
            ),
            Some(Platform::TanDan)
        );
        assert_eq!(
            platform(r#"<meta name="generator" content="WordPress 6.4">"#, "/"),
            Some(Platform::WordPress)
        );
        assert_eq!(
            platform(r#"<div class="item-page">x</div>"#, "/"),
            Some(Platform::Joomla)
        );
        assert_eq!(platform(r#"<div class="DnnModule">x</div>"#, "/"), Some(Platform::Dnn));
        assert_eq!(
            platform(
                r#"<section id="portlet_com_liferay_asset_publisher_web_portlet_X">x</section>"#,
                "/"
            ),
            Some(Platform::Liferay)
        );
        assert_eq!(platform("<p>x</p>", "/Trang/ChiTiet.aspx"), Some(Platform::SharePoint));
        assert_eq!(platform("<p>x</p>", "/tin-tuc/a.html"), None);
    }
}
