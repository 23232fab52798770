# -*- coding: utf-8 -*-
"""The four non-article pages of blind-g (a topic listing, a search result
page, a WordPress 404 and a JavaScript cookie challenge).  build(M) takes
the make module for its helpers and returns {name: (html, sidecar)}."""
import json
from datetime import datetime, timedelta

TOPIC_ITEMS = [
    ("Đắk Lắk ra mắt ứng dụng công dân số", "Ứng dụng tích hợp hơn 40 tiện ích, cho phép người dân gửi phản ánh, tra cứu hồ sơ hành chính và thanh toán trực tuyến."),
    ("Hơn 90% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến", "Tỷ lệ hồ sơ trực tuyến toàn trình tăng mạnh sau khi các xã, phường vận hành Trung tâm phục vụ hành chính công."),
    ("Tổ công nghệ số cộng đồng hướng dẫn người dân cài VNeID", "Các tổ đã đến từng thôn, buôn hướng dẫn bà con kích hoạt tài khoản định danh điện tử mức độ 2."),
    ("Nông dân bán cà phê qua sàn thương mại điện tử", "Nhiều hợp tác xã đã đưa cà phê rang xay lên các sàn thương mại điện tử, mở rộng thị trường tiêu thụ."),
    ("Trường học vùng sâu làm quen với bài giảng điện tử", "Giáo viên được tập huấn sử dụng học liệu số, thiết kế bài giảng tương tác phục vụ dạy học."),
    ("Chuyển đổi số trong quản lý đất đai", "Cơ sở dữ liệu đất đai được số hóa giúp rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất."),
    ("Thanh toán không dùng tiền mặt tại chợ truyền thống", "Tiểu thương các chợ trung tâm đã sử dụng mã QR để nhận tiền, thuận tiện cho khách mua hàng."),
    ("Bệnh viện đa khoa tỉnh triển khai đặt lịch khám trực tuyến", "Người bệnh có thể đặt lịch, chọn giờ khám và nhận kết quả xét nghiệm qua ứng dụng."),
    ("Ngày hội chuyển đổi số năm 2026", "Ngày hội giới thiệu nhiều giải pháp công nghệ của doanh nghiệp trong và ngoài tỉnh."),
    ("Thư viện số phục vụ bạn đọc miễn phí", "Hơn 12.000 đầu sách điện tử được đưa lên nền tảng thư viện số của tỉnh."),
    ("Đào tạo kỹ năng số cho cán bộ cấp xã", "Lớp học trang bị kỹ năng khai thác phần mềm quản lý văn bản, chữ ký số và bảo đảm an toàn thông tin."),
    ("Du lịch thông minh: quét mã QR để nghe thuyết minh", "Các điểm di tích đã gắn mã QR, du khách có thể nghe thuyết minh bằng tiếng Việt, tiếng Anh."),
    ("Hợp tác xã ứng dụng nhật ký điện tử trong sản xuất", "Nhật ký điện tử giúp minh bạch quy trình canh tác, đáp ứng yêu cầu truy xuất nguồn gốc."),
    ("Mạng 5G phủ sóng trung tâm các xã", "Các nhà mạng đã lắp đặt thêm hàng trăm trạm phát sóng 5G trên địa bàn tỉnh."),
    ("Phát động cuộc thi ý tưởng chuyển đổi số trong thanh niên", "Cuộc thi nhận bài dự thi đến hết tháng 12, giải nhất trị giá 30 triệu đồng."),
]

SEARCH_HITS = [
    ("Biểu dương điển hình “Dân vận khéo” giai đoạn 2021 - 2025", "... 68 tập thể và 92 cá nhân được biểu dương trong phong trào thi đua {kw} giai đoạn 2021 - 2025 ..."),
    ("Hàm Yên: Nhân rộng mô hình “Dân vận khéo” trong phát triển kinh tế", "... Ban Chỉ đạo phong trào thi đua {kw} huyện đã lựa chọn 12 mô hình tiêu biểu để nhân rộng ..."),
    ("Hướng dẫn xây dựng mô hình, điển hình “Dân vận khéo” năm 2024", "... Ban Dân vận Tỉnh ủy hướng dẫn các địa phương đăng ký, xây dựng mô hình {kw} gắn với chủ đề năm ..."),
    ("Na Hang: Hơn 100 mô hình “Dân vận khéo” được công nhận", "... các mô hình {kw} tập trung vào lĩnh vực phát triển kinh tế, giảm nghèo bền vững ..."),
    ("Kiểm tra thực hiện phong trào thi đua “Dân vận khéo” tại Chiêm Hóa", "... đoàn kiểm tra đánh giá cao việc triển khai phong trào thi đua {kw} tại cơ sở ..."),
    ("Sơn Dương: Tọa đàm “Dân vận khéo” trong xây dựng nông thôn mới", "... tọa đàm chia sẻ kinh nghiệm vận động Nhân dân hiến đất, góp công xây dựng nông thôn mới theo tinh thần {kw} ..."),
    ("Lâm Bình: Phụ nữ Dao “Dân vận khéo” giữ gìn bản sắc văn hóa", "... Chi hội phụ nữ thôn Bản Bung với mô hình {kw} trong bảo tồn nghề thêu truyền thống ..."),
    ("Sơ kết 5 năm phong trào thi đua “Dân vận khéo” trong lực lượng vũ trang tỉnh", "... lực lượng vũ trang tỉnh đã xây dựng 215 mô hình {kw} gắn với nhiệm vụ quốc phòng - an ninh ..."),
    ("Trao thưởng cuộc thi viết về gương điển hình “Dân vận khéo”", "... cuộc thi nhận được 320 tác phẩm viết về các tập thể, cá nhân tiêu biểu trong phong trào {kw} ..."),
    ("Yên Sơn: Phát huy vai trò người có uy tín trong phong trào “Dân vận khéo”", "... người có uy tín là lực lượng nòng cốt trong vận động đồng bào thực hiện phong trào {kw} ..."),
]

RECENT_WP = [
    ("Hội thi Tin học trẻ tỉnh Nghệ An năm 2026", "Hội thi thu hút hơn 300 thí sinh đến từ các trường tiểu học, THCS và THPT trên địa bàn tỉnh.", "15/11/2026"),
    ("Tuổi trẻ Nghệ An chung tay hỗ trợ người dân vùng lũ", "Hàng trăm đoàn viên, thanh niên đã có mặt tại các xã bị ngập sâu để giúp người dân dọn dẹp nhà cửa.", "10/11/2026"),
    ("Khai mạc Liên hoan các nhóm, câu lạc bộ thanh niên", "Liên hoan là dịp để các câu lạc bộ giao lưu, chia sẻ kinh nghiệm tổ chức hoạt động.", "02/11/2026"),
    ("Trao 200 suất học bổng “Thắp sáng ước mơ”", "Các suất học bổng được trao cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt.", "28/10/2026"),
    ("Ra mắt Đội hình thanh niên tình nguyện chuyển đổi số", "Đội hình sẽ hỗ trợ người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.", "20/10/2026"),
]


def n01(M):
    rng = M.rng_for("n01")
    base = "https://baodaklak.vn"
    start = datetime(2026, 11, 21, 17, 40)
    items = []
    for i, (t, s) in enumerate(TOPIC_ITEMS):
        dd = start - timedelta(days=i * 2 + rng.randint(0, 1), minutes=rng.randint(0, 600))
        url = "%s/chuyen-doi-so/%s/%s-%s/" % (base, dd.strftime("%Y%m"), M.slugify(t), M.hexid(rng, 7))
        items.append('<article class="story story--horizontal"><a class="story__thumb" href="%s"><img src="https://cdn.baodaklak.vn/thumb/cds-%d.jpg" alt="%s" loading="lazy"></a>'
                     '<div class="story__body"><h3 class="story__title"><a href="%s">%s</a></h3><time class="story__time" datetime="%s">%s</time><p class="story__sapo">%s</p></div></article>' % (
                         url, i, M.A(t), url, M.E(t), dd.strftime("%Y-%m-%dT%H:%M:00+07:00"), M.dmyhm(dd), M.E(s)))
    items = "\n".join(items)
    doc = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chuyển đổi số | Báo Đắk Lắk điện tử</title>
<meta name="description" content="Tin tức, bài viết về chủ đề Chuyển đổi số trên Báo Đắk Lắk điện tử">
<link rel="canonical" href="{base}/chu-de/chuyen-doi-so-12.html">
<link rel="stylesheet" href="{base}/assets/css/app.min.css?v=3.4.1">
<style>{M.filler_css(rng, 3000, "dl")}</style>
</head>
<body class="page-topic">
<header class="site-header">
<div class="topbar container"><span class="topbar__date">{M.TODAY_LONG}</span><span class="topbar__weather">Buôn Ma Thuột 19°C - 27°C</span><div class="topbar__links"><a href="{base}/bao-in">Báo in</a><a href="{base}/e-paper">E-paper</a><a href="{base}/rss">RSS</a></div></div>
<div class="masthead container"><a class="logo" href="{base}/"><img src="{base}/images/logo.png" alt="Báo Đắk Lắk điện tử"></a></div>
<nav class="main-nav"><div class="container"><ul class="menu"><li class="home"><a href="{base}/">Trang chủ</a></li>
{M.news_menu(base)}
</ul></div></nav>
</header>
<main class="container">
<div class="topic-header"><span class="topic-label">Chủ đề</span><h1 class="topic-title">Chuyển đổi số</h1><p class="topic-desc">Cập nhật tin tức, hoạt động chuyển đổi số, xây dựng chính quyền số, kinh tế số và xã hội số trên địa bàn tỉnh.</p></div>
<div class="row"><div class="col-main">
<div class="topic-list">
{items}
</div>
<nav class="pagination"><a class="active" href="{base}/chu-de/chuyen-doi-so-12.html">1</a><a href="{base}/chu-de/chuyen-doi-so-12.html?page=2">2</a><a href="{base}/chu-de/chuyen-doi-so-12.html?page=3">3</a><a href="{base}/chu-de/chuyen-doi-so-12.html?page=2">Trang sau »</a></nav>
</div>
<aside class="col-side"><div class="box"><h3 class="box__title">Chủ đề nổi bật</h3><ul><li><a href="{base}/chu-de/dai-hoi-dang-12.html">Đại hội Đảng các cấp</a></li><li><a href="{base}/chu-de/ca-phe-13.html">Cà phê Đắk Lắk</a></li><li><a href="{base}/chu-de/nong-thon-moi-7.html">Nông thôn mới</a></li></ul></div>
<div class="ads ads-side"><img src="{base}/ads/300x600.jpg" alt="Quảng cáo"></div></aside></div>
</main>
<footer class="site-footer"><div class="container"><p><strong>BÁO ĐẮK LẮK ĐIỆN TỬ</strong></p><p>Tòa soạn: 15 Lê Thánh Tông, phường Buôn Ma Thuột, tỉnh Đắk Lắk.</p></div></footer>
<script>{M.filler_js(rng, 4000, "webpack")}</script>
</body>
</html>
'''
    return doc, {"kind": "listing", "platform": "provincial-paper-daklak", "url": base + "/chu-de/chuyen-doi-so-12.html", "charset": "utf-8"}


def n02(M):
    rng = M.rng_for("n02")
    kw = "“Dân vận khéo”"
    base = "/web/ban-dan-van-tinh-uy"
    rows = []
    d0 = datetime(2026, 11, 18, 9, 30)
    for i, (t, s) in enumerate(SEARCH_HITS):
        dd = d0 - timedelta(days=i * 23 + rng.randint(0, 9))
        snip = M.E(s).replace("{kw}", '<span class="highlight">%s</span>' % M.E(kw))
        url = "%s/tin-hoat-dong/-/asset_publisher/k8Yp3QmZr1aB/content/%s" % (base, M.slugify(t))
        rows.append('<tr class="portlet-section-body results-row"><td class="align-left col-1 first last" colspan="1"><span class="asset-entry"><span class="asset-entry-type">Bài viết Web</span> '
                    '<a class="asset-entry-title" href="%s">%s</a></span><div class="asset-entry-content"><span class="asset-entry-summary">%s</span></div>'
                    '<div class="asset-entry-date">%s</div><div class="asset-entry-path">Tin tức - Sự kiện › Tin hoạt động</div></td></tr>' % (url, M.E(t), snip, M.dmy(dd)))
    rows = "\n".join(rows)
    doc = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Tìm kiếm - Ban Dân vận Tỉnh ủy Tuyên Quang</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta name="robots" content="noindex" />
<link class="lfr-css-file" href="/eportal-theme/css/main.css?browserId=other&amp;themeId=eportaltheme_WAR_eportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1719820800000" rel="stylesheet" type="text/css" />
<style>{M.filler_css(rng, 3000, "eportal")}</style>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div class="top-bar"><span class="current-date">{M.TODAY_LONG}</span><ul class="top-links"><li><a href="{base}/lien-he">Liên hệ</a></li><li><a href="/c/portal/login" rel="nofollow">Đăng nhập</a></li></ul></div>
<div class="banner"><div class="site-name"><span class="line1">ĐẢNG BỘ TỈNH TUYÊN QUANG</span><span class="line2">BAN DÂN VẬN TỈNH ỦY</span></div></div>
<nav id="navigation"><ul><li><a href="{base}/trang-chu">Trang chủ</a></li><li><a href="{base}/gioi-thieu">Giới thiệu</a></li><li><a href="{base}/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="{base}/dan-van-kheo">Dân vận khéo</a></li><li><a href="{base}/van-ban">Văn bản</a></li><li><a href="{base}/lien-he">Liên hệ</a></li></ul></nav></header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column span12" id="column-1">
<div class="portlet-boundary portlet-boundary_3_ portlet-search" id="p_p_id_3_"><section class="portlet" id="portlet_3"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tìm kiếm</span></h1></header>
<div class="portlet-content"><div class="portlet-body">
<form action="{base}/tim-kiem?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_3_struts_action=%2Fsearch%2Fsearch" method="get" name="_3_fm"><input name="p_p_id" type="hidden" value="3" /><input name="_3_struts_action" type="hidden" value="/search/search" />
<div class="form-search"><div class="input-append"><input class="search-query span9" id="_3_keywords" name="_3_keywords" placeholder="Tìm kiếm" type="text" value="dân vận khéo" /><button class="btn" type="submit">Tìm kiếm</button></div>
<select name="_3_groupId"><option value="0">Mọi nơi</option><option selected value="10180">Trang này</option></select></div></form>
<div class="search-total-label">Tìm thấy 118 kết quả cho <strong>dân vận khéo</strong>.</div>
<div class="lfr-search-container"><div class="searchcontainer" id="_3_searchContainer"><div class="results-grid"><table class="table table-bordered table-hover table-striped"><tbody class="table-data">
{rows}
</tbody></table></div>
<div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - 10 của 118 kết quả.</div><div class="pagination"><ul><li class="disabled"><a href="javascript:;">← Đầu</a></li><li class="active"><a href="javascript:;">1</a></li><li><a href="{base}/tim-kiem?_3_cur=2&amp;_3_keywords=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o">2</a></li><li><a href="{base}/tim-kiem?_3_cur=3&amp;_3_keywords=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o">3</a></li><li><a href="{base}/tim-kiem?_3_cur=12&amp;_3_keywords=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o">Cuối →</a></li></ul></div></div>
</div></div>
</div></div></section></div>
</div></div></div>
<footer id="footer" role="contentinfo"><div class="footer-info"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG</strong></p><p>Địa chỉ: Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang.</p></div><div class="powered">Phát triển bởi VNPT Tuyên Quang - Nền tảng VNPT ePortal</div></footer>
</div>
<script>{M.filler_js(rng, 3000, "plain")}</script>
</body>
</html>
'''
    url = ("https://dvtu.tuyenquang.gov.vn/web/ban-dan-van-tinh-uy/tim-kiem?p_p_id=3&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
           "&_3_struts_action=%2Fsearch%2Fsearch&_3_keywords=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o")
    return doc, {"kind": "search", "platform": "liferay-vnpt-eportal", "url": url, "charset": "utf-8"}


def n03(M):
    rng = M.rng_for("n03")
    base = "https://tinhdoannghean.vn"
    recent = "\n".join(
        '<div class="td_module_16 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="%s/%s/" rel="bookmark" title="%s"><img width="150" height="150" class="entry-thumb" src="%s/wp-content/uploads/2026/11/r%d-150x150.jpg" alt="" /></a></div>'
        '<div class="item-details"><h3 class="entry-title td-module-title"><a href="%s/%s/" rel="bookmark" title="%s">%s</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date">%s</time></span></div>'
        '<div class="td-excerpt">%s</div></div></div>' % (base, M.slugify(t), M.A(t), base, i, base, M.slugify(t), M.A(t), M.E(t), dd, M.E(s))
        for i, (t, s, dd) in enumerate(RECENT_WP))
    menu = [("Trang chủ", []), ("Tin hoạt động", ["Tỉnh đoàn", "Huyện, thành, thị đoàn", "Đoàn trường học"]),
            ("Phong trào", ["Thanh niên tình nguyện", "Thanh niên xung kích", "Khởi nghiệp", "Chuyển đổi số"]),
            ("Hội - Đội", ["Hội LHTN", "Hội Sinh viên", "Đội TNTP Hồ Chí Minh"]), ("Gương sáng", []), ("Văn bản", []), ("Video", []), ("Liên hệ", [])]
    doc = f'''<!doctype html >
<html lang="vi">
<head>
    <title>Không tìm thấy trang - Tỉnh đoàn Nghệ An</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name='robots' content='noindex, follow' />
<meta property="og:locale" content="vi_VN" />
<meta property="og:title" content="Không tìm thấy trang - Tỉnh đoàn Nghệ An" />
<meta property="og:site_name" content="Tỉnh đoàn Nghệ An" />
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.2' type='text/css' media='all' />
<style id='td-theme-inline-css' type='text/css'>{M.filler_css(rng, 5000, "td")}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="error404 td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="td_data_time"><div>{M.TODAY_LONG}</div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/"><img src="{base}/wp-content/uploads/2023/03/logo-tinhdoan.png" alt="Tỉnh đoàn Nghệ An" /><span class="td-visual-hidden">Tỉnh đoàn Nghệ An</span></a></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><ul id="menu-main-menu-1" class="sf-menu">
{M.wp_menu(menu, base)}
</ul></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-pb-row"><div class="td-pb-span12 td-main-content"><div class="td-404-head"><h1 class="entry-title td-page-title"><span>Ối! Không tìm thấy trang bạn yêu cầu</span></h1></div>
<div class="td-404-sub-title">Trang bạn tìm có thể đã bị xóa, đổi tên hoặc tạm thời không truy cập được. Vui lòng thử lại hoặc quay về trang chủ.</div>
<div class="td-404-sub-sub-title"><form method="get" class="td-search-form-widget" action="{base}/"><div role="search"><input class="td-widget-search-input" type="text" value="" name="s" placeholder="Tìm kiếm..." /><input class="wpb_button wpb_btn-inverse btn" type="submit" value="Tìm kiếm" /></div></form>
<a href="{base}/">Quay về trang chủ</a></div>
<h4 class="td-block-title"><span>BÀI VIẾT MỚI NHẤT</span></h4>
<div class="td-block-row">
{recent}
</div>
</div></div>
</div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="footer-text-wrap">Cơ quan chủ quản: Ban Thường vụ Tỉnh đoàn Nghệ An. Địa chỉ: Số 1 đường Phan Đăng Lưu, thành phố Vinh, Nghệ An.</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-sub-footer-copy">&copy; Bản quyền thuộc Tỉnh đoàn Nghệ An</div></div></div>
</div>
<script>{M.filler_js(rng, 4000, "webpack")}</script>
</body>
</html>
'''
    return doc, {"kind": "not_found", "platform": "wordpress-newspaper", "url": base + "/ngay-hoi-thanh-nien-sang-tao-2023/", "charset": "utf-8"}


def n04(M):
    rng = M.rng_for("n04")
    # a JS cookie challenge page: obfuscated arithmetic that sets a cookie and reloads
    table = ",".join('"%s"' % M.hexid(rng, 8) for _ in range(520))
    cookie_val = M.hexid(rng, 32)
    doc = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đang kiểm tra trình duyệt...</title>
<style>
html,body{{height:100%;margin:0;font-family:Arial,Helvetica,sans-serif;background:#f4f6f8;color:#333}}
.wrap{{display:flex;align-items:center;justify-content:center;height:100%}}.box{{max-width:520px;padding:32px;background:#fff;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.12);text-align:center}}
.spinner{{width:36px;height:36px;border:4px solid #d0d7de;border-top-color:#c0392b;border-radius:50%;margin:0 auto 16px;animation:s 1s linear infinite}}@keyframes s{{to{{transform:rotate(360deg)}}}}
.small{{font-size:12px;color:#888;margin-top:18px}}
</style>
<script>
var _0x{M.hexid(rng, 4)}=[{table}];
(function(a,b){{var c=function(d){{while(--d){{a['push'](a['shift']())}}}};c(++b)}}(_0x{M.hexid(rng, 4)}||[],0x{M.hexid(rng, 3)}));
function _vchk(n){{var s=0;for(var i=0;i<n.length;i++){{s=(s*31+n.charCodeAt(i))%1000003}}return s}}
(function(){{var t=Date.now(),k="{cookie_val}",v=_vchk(k+navigator.userAgent)+(t%97);
setTimeout(function(){{document.cookie="D1N="+k+"."+v+"; path=/; max-age=1800; SameSite=Lax";location.reload()}},1200)}})();
</script>
</head>
<body>
<div class="wrap"><div class="box">
<div class="spinner"></div>
<h1 style="font-size:20px">Vui lòng chờ trong giây lát...</h1>
<p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập Cổng thông tin điện tử. Quá trình này diễn ra tự động, bạn sẽ được chuyển tới nội dung yêu cầu sau vài giây.</p>
<noscript><p><strong>Vui lòng bật JavaScript và cookie để tiếp tục truy cập.</strong></p></noscript>
<p class="small">Mã yêu cầu: {M.hexid(rng, 16).upper()} · Bảo vệ bởi VNPT Anti-DDoS</p>
</div></div>
</body>
</html>
'''
    return doc, {"kind": "challenge", "platform": "js-cookie-challenge",
                 "url": "https://tuyengiaodanvan.ninhbinh.gov.vn/tin-tuc-su-kien/-/view_content/2291102-le-ky-niem-95-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam.html",
                 "charset": "utf-8"}


def build(M):
    return {"n01": n01(M), "n02": n02(M), "n03": n03(M), "n04": n04(M)}
