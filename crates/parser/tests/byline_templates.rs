//! Bylines as portal and news templates print them: which elements name the
//! writer, which credit the photos, which are no byline at all.

#[path = "common/page.rs"]
mod page;

use page::{paragraphs, run};

fn meta_row_page(meta: &str) -> String {
    format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="post-meta">{meta}</div><div class="post-body">{}</div></article></body></html>"#,
        paragraphs()
    )
}

#[test]
fn a_photo_credit_beside_the_author_element_is_part_of_the_byline() {
    let html = meta_row_page(
        r#"<span class="post-date">05/09/2026 - 10:32</span><span class="post-author">Tác giả: Nguyễn Thị Hoài An</span><span class="post-photo">Ảnh: Đoàn trường</span><span class="post-views">1438</span>"#,
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Nguyễn Thị Hoài An, Đoàn trường")
    );
    // Only a photo credit: a view counter or a category after the author is not.
    let html = meta_row_page(
        r#"<span class="post-author">Tác giả: Nguyễn Thị Hoài An</span><span class="post-cat">Chuyển đổi số</span>"#,
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Nguyễn Thị Hoài An")
    );
}

#[test]
fn a_name_span_and_a_role_span_set_apart_by_white_space_are_two_lines() {
    let html = format!(
        r#"<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số ở xã</h1>
        <div class="date">12/03/2026</div><div class="post-body">{}</div>
        <div class="author-info">
          <span class="author-name">Hoàng Lan</span>
          <span class="author-role">Phóng viên Ban Thời sự</span>
        </div></article></body></html>"#,
        paragraphs()
    );
    assert_eq!(
        run(&html).expect("an article").author.as_deref(),
        Some("Hoàng Lan, Phóng viên Ban Thời sự")
    );
}
