//! The four CMS styles and the demo set built from them.
//!
//! Every style module exposes `site(&Corpus) -> Site`: the portal's metadata,
//! where each corpus article is published (URL, category, date form,
//! encoding) and a [`crate::site::Style`] implementation with its templates.

mod kimson;
mod nghean;
mod quangninh;
mod tandan;

use crate::corpus::{Article, Block, Corpus};
use crate::site::{ArticlePage, Site, StaticKind, StaticPage};
use crate::text::esc;

/// The demo portals, in port order.
pub(crate) fn demo_sites(corpus: &Corpus) -> Vec<Site> {
    vec![
        tandan::site(corpus),
        quangninh::site(corpus),
        kimson::site(corpus),
        nghean::site(corpus),
    ]
}

/// The body blocks of `article` rendered by `render`, in order.
pub(crate) fn blocks_html(article: &Article, mut render: impl FnMut(usize, &Block) -> String) -> String {
    article
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| render(i, b))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Right-aligned byline and source paragraphs, the way editors type them at
/// the end of a body: one `<p>` per byline line (bold), then `Nguồn: …` in
/// italics. `escape` is the style's text escaper.
pub(crate) fn byline_html(article: &Article, escape: fn(&str) -> String) -> String {
    let mut out = String::new();
    for line in &article.author {
        out.push_str(&format!(
            "<p style=\"text-align: right;\"><strong>{}</strong></p>\n",
            escape(line)
        ));
    }
    if let Some(source) = &article.source {
        out.push_str(&format!(
            "<p style=\"text-align: right;\"><em>{}</em></p>\n",
            escape(&format!("Nguồn: {source}"))
        ));
    }
    out
}

/// The articles of `pages` whose category is `category`, as `(index, page)`.
pub(crate) fn in_category<'a>(
    pages: &'a [ArticlePage],
    category: &'a str,
) -> impl Iterator<Item = (usize, &'a ArticlePage)> {
    pages.iter().enumerate().filter(move |(_, p)| p.category == category)
}

/// Static text of the pages every portal has, by kind.
pub(crate) fn static_body(page: &StaticPage, intro: &[&str], contact: &[(&str, &str)]) -> String {
    match page.kind {
        StaticKind::Intro => intro
            .iter()
            .map(|p| format!("<p>{}</p>\n", esc(p)))
            .collect(),
        StaticKind::Contact => {
            let rows: String = contact
                .iter()
                .map(|(k, v)| format!("<tr><td class=\"label\">{}</td><td>{}</td></tr>\n", esc(k), esc(v)))
                .collect();
            format!("<table class=\"contact-table\" cellpadding=\"4\">\n{rows}</table>\n")
        }
        StaticKind::Documents => documents_table(),
        StaticKind::Login => "<div class=\"login-box\">\n<p>Đăng nhập hệ thống</p>\n<label for=\"user\">Tên đăng nhập</label> <input type=\"text\" id=\"user\" name=\"user\" />\n<label for=\"pass\">Mật khẩu</label> <input type=\"password\" id=\"pass\" name=\"pass\" />\n<input type=\"submit\" value=\"Đăng nhập\" />\n</div>\n".to_owned(),
        StaticKind::Restricted => "<div class=\"access-denied\"><p>Bạn không có quyền truy cập trang này. Vui lòng đăng nhập bằng tài khoản được cấp.</p></div>\n".to_owned(),
        StaticKind::Search => "<div class=\"search-box\">\n<p>Tìm kiếm theo chuyên mục - nội dung - ngày tháng</p>\n<input type=\"text\" name=\"tukhoa\" /> <input type=\"submit\" value=\"Tìm kiếm\" />\n<p>Không tìm thấy kết quả nào phù hợp.</p>\n</div>\n".to_owned(),
        StaticKind::Home | StaticKind::Category => String::new(),
    }
}

/// A table of guiding documents (no links), as category pages of
/// "Văn bản chỉ đạo điều hành" show.
fn documents_table() -> String {
    const DOCS: &[(&str, &str, &str)] = &[
        (
            "15-KH/BDVTW",
            "Ngày 10 tháng 1 năm 2024",
            "Kế hoạch triển khai công tác dân vận năm 2024",
        ),
        (
            "120-HD/BDVTW",
            "Ngày 22 tháng 12 năm 2023",
            "Hướng dẫn thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2024 - 2025",
        ),
        (
            "88/KH-UBND",
            "Ngày 15 tháng 3 năm 2024",
            "Kế hoạch thực hiện “Năm dân vận chính quyền” năm 2024",
        ),
        (
            "2157/QĐ-UBND",
            "Ngày 28 tháng 6 năm 2023",
            "Quyết định ban hành Bộ tiêu chí xã nông thôn mới kiểu mẫu",
        ),
        (
            "05-CT/TU",
            "Ngày 23 tháng 5 năm 2021",
            "Chỉ thị về nâng cao chất lượng, hiệu quả phong trào thi đua “Dân vận khéo”",
        ),
    ];
    let rows: String = DOCS
        .iter()
        .enumerate()
        .map(|(i, (number, date, subject))| {
            format!(
                "<tr><td class=\"stt\">{}</td><td class=\"so-hieu\">{}</td><td class=\"ngay-ban-hanh\">{}</td><td class=\"trich-yeu\">{}</td></tr>\n",
                i + 1,
                esc(number),
                date,
                esc(subject)
            )
        })
        .collect();
    format!(
        "<table class=\"document-table\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n<thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n"
    )
}
