//! A small article page's parts shared by the template tests: three
//! paragraphs of a commune's news and the extractor run on a commune URL.

use url::Url;
use vnportal_parser::{Extracted, NotArticle, extract};

pub const P1: &str = "Sáng 12/3, Ủy ban nhân dân xã tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2024, với sự tham dự của cán bộ, công chức và trưởng các thôn trên địa bàn.";
pub const P2: &str = "Theo báo cáo, năm qua xã đã hướng dẫn hơn 1.200 lượt người dân cài đặt ứng dụng định danh điện tử, nộp hồ sơ dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.";
pub const P3: &str = "Hội nghị thống nhất giao chỉ tiêu cụ thể cho từng thôn, gắn trách nhiệm người đứng đầu với kết quả thực hiện, phấn đấu hoàn thành kế hoạch trước ngày 30/11.";

pub fn run(html: &str) -> Result<Extracted, NotArticle> {
    extract(
        html,
        &Url::parse("https://xa.example.gov.vn/tin-tuc/bai-viet-1").unwrap(),
    )
}

/// The three paragraphs as `<p>` elements.
pub fn paragraphs() -> String {
    format!("<p>{P1}</p><p>{P2}</p><p>{P3}</p>")
}
