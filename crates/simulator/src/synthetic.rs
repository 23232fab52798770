//! Synthetic article pages in bulk, for load, crash and benchmark runs:
//! thousands of distinct articles made of the corpus's real paragraphs, in a
//! custom-portal template with the usual chrome. Every `copies`-th article is
//! also published on a second portal, as republished news is.

use chrono::{Duration, NaiveDate};

use crate::corpus::{Block, Corpus};
use crate::text::esc as escape;

/// One synthetic page and what the parser must make of it.
#[derive(Debug, Clone)]
pub struct SyntheticPage {
    pub portal_id: String,
    pub url: String,
    pub html: String,
    pub title: String,
    /// The expected body (paragraphs joined by a blank line).
    pub body: String,
    pub content_hash: String,
}

/// A deterministic generator: the same `n` gives the same pages.
pub struct Synthetic {
    paragraphs: Vec<String>,
    titles: Vec<String>,
    authors: Vec<String>,
}

impl Default for Synthetic {
    fn default() -> Self {
        Self::new()
    }
}

impl Synthetic {
    pub fn new() -> Synthetic {
        let corpus = Corpus::builtin();
        let mut paragraphs = Vec::new();
        let mut titles = Vec::new();
        let mut authors = Vec::new();
        for a in corpus.all() {
            titles.push(vnportal_model::clean_inline(&a.title));
            if let Some(author) = a.author.first() {
                authors.push(vnportal_model::clean_inline(author));
            }
            for b in &a.blocks {
                if let Block::Paragraph(p) = b {
                    let p = vnportal_model::clean_inline(p.as_str());
                    if p.chars().count() >= 120 {
                        paragraphs.push(p);
                    }
                }
            }
        }
        Synthetic {
            paragraphs,
            titles,
            authors,
        }
    }

    /// Article `i` (0-based) as published on its home portal (`copy = 0`) or
    /// republished on another (`copy = 1`: same body, other URL and template title).
    pub fn page(&self, i: u64, copy: u8) -> SyntheticPage {
        // A small LCG: varied but reproducible choices.
        let mut state = i.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) as usize) % n.max(1)
        };
        let day = NaiveDate::from_ymd_opt(2023, 1, 1).expect("valid date") + Duration::days((i % 700) as i64);
        let title = format!("{} (bản tin số {})", self.titles[next(self.titles.len())], i + 1);
        let mut paras = vec![format!(
            "Ngày {}, bản tin tổng hợp số {} ghi nhận kết quả công tác dân vận tại cơ sở trong tuần qua, với nhiều mô hình hiệu quả được nhân rộng.",
            day.format("%d/%m/%Y"),
            i + 1
        )];
        // Distinct paragraphs: real articles do not repeat one.
        let wanted = 3 + next(4);
        while paras.len() < 1 + wanted {
            let p = &self.paragraphs[next(self.paragraphs.len())];
            if !paras.contains(p) {
                paras.push(p.clone());
            }
        }
        let author = self.authors[next(self.authors.len())].clone();
        let portal_id = if copy == 0 {
            format!("synthetic-{}", i % 8)
        } else {
            format!("synthetic-copy-{}", i % 8)
        };
        let url = format!(
            "http://{portal_id}.test/tin-tuc/ban-tin-tong-hop-so-{}-{}.html",
            i + 1,
            1000 + i
        );
        let body = paras.join("\n\n");
        let content_hash = vnportal_model::content_hash(&body);
        let html = render(&title, &day.format("%d/%m/%Y").to_string(), &paras, &author, copy);
        SyntheticPage {
            portal_id,
            url,
            html,
            title,
            body,
            content_hash,
        }
    }
}

fn render(title: &str, date: &str, paragraphs: &[String], author: &str, copy: u8) -> String {
    let mut body = String::new();
    for p in paragraphs {
        body.push_str(&format!("<p style=\"text-align: justify;\">{}</p>\n", escape(p)));
    }
    let related: String = (1..=6)
        .map(|k| format!("<li><a href=\"/tin-tuc/tin-lien-quan-so-{k}-{k}00.html\">Tin liên quan số {k} về công tác dân vận ở cơ sở</a> <span>(0{k}/01/2024)</span></li>"))
        .collect();
    let site = if copy == 0 {
        "Cổng thông tin điện tử huyện"
    } else {
        "Trang thông tin Ban Dân vận"
    };
    format!(
        r##"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{t} - {site}</title></head>
<body><form id="form1" method="post">
<div class="header"><div class="banner">{site}</div><div class="today">Thứ bảy, 21/11/2026</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div>
<div class="main"><div class="content-left"><div class="news-detail">
<h1 class="title-detail">{t}</h1>
<div class="date-detail">{date} - 08:45</div>
<div class="content-detail">
{body}<p style="text-align: right;"><strong>{a}</strong></p>
</div>
<div class="tool-share"><a href="#">In bài</a> | <a href="#">Gửi email</a></div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{related}</ul></div>
</div></div>
<div class="content-right"><div class="box-thongke"><h3>Thống kê truy cập</h3><p>Hôm nay: 146</p><p>Tổng: 1832541</p></div></div></div>
<div class="footer">Bản quyền thuộc {site}.</div>
</form></body></html>"##,
        t = escape(title),
        a = escape(author),
    )
}
