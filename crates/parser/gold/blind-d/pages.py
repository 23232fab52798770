from make import *

def meta(title, site, extra=""):
    return '<meta charset="utf-8">\n<title>%s - %s</title>\n%s\n%s' % (E(title), E(site), extra, STYLE)

@page("d01-tandan-tuyenquang", "sharepoint-tandan", "https://tuyenquang.gov.vn/portal/Pages/2025-08-20/Tuyen-Quang-hon-1200-ho-dan-vung-cao-duoc-ho-tro-sua-chua-nha-o.aspx", "utf-8")
def d01(a, r):
    site = "Cổng thông tin điện tử tỉnh Tuyên Quang"
    h = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>\n\t%s\n</title>\n<link rel="stylesheet" href="/_layouts/15/1033/styles/Themable/corev15.css">%s' % (E(a['title']), STYLE)
    b = ['<form method="post" action="./Tuyen-Quang.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ==">',
         '<div class="tandan-header"><div class="tandan-logo"><a href="/">%s</a></div><div class="tandan-date">Thứ bảy, ngày 22/11/2026</div></div>' % site,
         '<div class="tandan-menu">' + menu(r, "tandan-nav") + '</div>',
         '<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/portal/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a> &gt; <span>Kinh tế</span></div>',
         '<div class="tandan-main"><div class="tandan-left">',
         '<div class="tandan-news-detail"><div class="tandan-title">%s</div><div class="tandan-date-news">%s</div>' % (E(a['title']), a['date_shown']),
         '<div class="tandan-summary"><p><strong>%s</strong></p></div>' % E(a['lead']),
         '<div class="ms-rtestate-field">' + render(a, cap="tablerow", img="/PublishingImages/2025/08/nha-o.jpg") +
         '<p style="text-align:right"><strong>%s</strong><br>%s</p></div>' % (E(a['byline'][0]), E(a['byline'][1])),
         share() + '</div>',
         related(r, "Tin cùng chuyên mục", 8, "tandan-tinlienquan", fmt='{t} <span class="date">({d})</span>', tag="div"),
         '</div><div class="tandan-right">' + sidebar(r) + '</div></div>', footer(site, "Số 160, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang"), pad(r, 150), SCRIPTS, '</form>']
    return doc(h, "\n".join(b))

@page("d02-trang-chitiet-thanhhoa", "sharepoint-trang", "https://hacthanh.thanhhoa.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4812", "utf-8")
def d02(a, r):
    site = "Cổng thông tin điện tử phường Hạc Thành"
    vs = base64.b64encode(bytes(r.getrandbits(8) for _ in range(110000))).decode()
    h = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>%s</title>%s' % (E(a['title']), STYLE)
    b = ['<form name="aspnetForm" method="post" action="ChiTietTinTuc.aspx?nid=4812" id="aspnetForm">',
         '<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % vs,
         '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner"><img src="/SiteAssets/banner.jpg" alt="%s"></td></tr>' % site,
         '<tr><td class="menu">' + menu(r, "menu-top") + '</td></tr><tr><td><table width="100%"><tr><td valign="top" width="230">' + sidebar(r, ("docs", "cal", "links")) + '</td>',
         '<td valign="top"><div class="ms-webpart-zone"><div class="news-detail-wp">',
         '<h1 class="title-news">%s</h1>' % E(a['title']),
         '<div class="info-news"><span class="date">%s</span> <span class="author">%s</span></div>' % (a['date_shown'], E(a['byline_label'] + a['byline'][0])),
         '<div class="ms-rtestate-field">' + render(a, nbsp=True) + '</div>',
         share(), '</div></div>',
         related(r, "Các tin khác", 10, "other-news-trang", fmt='{t} - {d}'),
         '</td><td valign="top" width="230">' + sidebar(r, ("counter", "poll", "video", "weather")) + '</td></tr></table></td></tr>',
         '<tr><td>' + footer(site, "Số 2 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa") + '</td></tr></table>', SCRIPTS,
         '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></form>' % vs[:4000]]
    return doc(h, "\n".join(b), doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')

@page("d03-liferay-btgdv-laocai", "vnpt-liferay", "https://btgdv.laocai.gov.vn/web/btgdv/tin-tuc/-/asset_publisher/Hq4kTx/content/ban-tuyen-giao-va-dan-van-tinh-uy-so-ket-cong-tac-dan-van-9-thang-nam-2025", "utf-8")
def d03(a, r):
    site = "Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai"
    h = meta(a['title'], site, '<meta property="og:title" content="%s">' % E(a['title']))
    b = ['<div id="wrapper"><header id="banner"><div class="site-title">%s</div><div class="date-today">Thứ Bảy, 22/11/2026</div></header>' % site,
         '<nav id="navigation">' + menu(r, "nav navbar-nav") + '</nav>',
         '<div class="columns-2"><div class="portlet-column portlet-column-first col-md-8">',
         '<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Hq4kTx"><div class="portlet-content"><div class="asset-full-content">',
         '<div class="taglib-header"><h3 class="header-title"><span>%s</span></h3></div>' % E(a['title']),
         '<div class="news-date">%s</div>' % a['date_shown'],
         '<div class="journal-content-article" data-analytics-asset-id="883412">',
         '<p class="sapo">%s</p>' % E(a['lead']), render(a, cap="figcaption"), src_html(a), '</div>',
         '<div class="asset-ratings"><span>Đánh giá bài viết:</span> ★★★★☆ (12 lượt)</div>', share(),
         '<div class="asset-tags">Từ khóa: <a href="#">dân vận khéo</a>, <a href="#">sơ kết</a></div></div></div></section>',
         related(r, "Tin cùng chuyên mục", 7, "asset-publisher-related", fmt='<span class="title">{t}</span> <span class="date">{d}</span>'),
         '</div><div class="portlet-column col-md-4">' + sidebar(r) + '</div></div>', footer(site, "Phường Cam Đường, tỉnh Lào Cai"), pad(r, 60), SCRIPTS, '</div>']
    return doc(h, "\n".join(b))

@page("d04-dnn-easydnn-benhvien", "dnn-easydnnnews", "https://bvdkphutho.vn/tin-tuc/ArtMID/512/ArticleID/2291/Phau-thuat-thanh-cong-ca-u-tuyen-giap-kich-thuoc-lon", "utf-8")
def d04(a, r):
    site = "Bệnh viện Đa khoa tỉnh Phú Thọ"
    h = meta(a['title'], site, '<meta name="DESCRIPTION" content="%s">' % E(a['lead'][:150]))
    b = ['<form method="post" action="/tin-tuc/ArtMID/512/ArticleID/2291" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">' % base64.b64encode(bytes(r.getrandbits(8) for _ in range(6000))).decode(),
         '<div id="dnn_ContentPane"><div class="header"><a href="/">%s</a><span class="hotline">Đường dây nóng: 1900 9095</span></div>' % site,
         '<div id="dnn_dnnMENU">' + menu(r, "dnnmega") + '</div>',
         '<div class="DnnModule DnnModule-EasyDNNnews DnnModule-512"><div class="eds_news_module_512 news eds_subCollection_news eds_news_Ozone">',
         '<div class="edn_article edn_clearFix edn_articleDetails"><h1 class="edn_articleTitle">%s</h1>' % E(a['title']),
         '<div class="edn_metaDetails"><time class="edn_articleDate">%s</time> <span class="edn_articleViews">Lượt xem: 1.204</span></div>' % a['date_shown'],
         '<div class="edn_articleSummary"><p><em>%s</em></p></div>' % E(a['lead']),
         '<div class="edn_articleContent">' + render(a, cap="divcaption", img="/Portals/0/EasyDNNNews/2291/u-tuyen-giap.jpg") + byline_html(a) + '</div>',
         '<div class="edn_socialPrintWrapper">' + share() + '</div></div>',
         '<div class="edn_relatedArticles"><h3>Bài viết liên quan</h3>' + related(r, "", 6, "edn_list") + '</div>',
         comment_form(), '</div></div></div>', sidebar(r, ("docs", "counter", "links")), footer(site, "Phường Tân Dân, tỉnh Phú Thọ"), SCRIPTS, '</form>']
    return doc(h, "\n".join(b))

@page("d05-wp-elementor-tinhdoan", "wordpress-elementor", "https://tinhdoanbacninh.org.vn/2025/07/04/tuoi-tre-bac-ninh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2025/", "utf-8")
def d05(a, r):
    site = "Tỉnh đoàn Bắc Ninh"
    h = meta(a['title'], site, '<meta property="og:title" content="%s">\n<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">' % E(a['title']))
    def w(inner, wt="text-editor", eid="a1b2c3"):
        return '<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-widget_type="%s.default"><div class="elementor-widget-container">%s</div></div>' % (eid, wt, wt, inner)
    b = ['<div data-elementor-type="header" class="elementor elementor-12"><section class="elementor-section"><div class="elementor-container">' + w('<a href="/">%s</a>' % site, "site-logo") + w(menu(r, "elementor-nav-menu"), "nav-menu") + '</div></section></div>',
         '<div data-elementor-type="single-post" class="elementor elementor-340"><section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">',
         w('<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % E(a['title']), "theme-post-title", "5f1e2d"),
         w('<ul class="elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-author">%s</span></li><li><span class="elementor-post-info__item--type-date"><time datetime="%s">%s</time></span></li><li>Chuyên mục: <a href="/category/tin-tuc/">Tin tức</a></li></ul>' % (E(a['byline_label'] + a['byline'][0]), a['published_at'], a['date_shown']), "post-info", "77aa10"),
         w(render(a, h="h3"), "theme-post-content", "9c0d4e"),
         w('<div class="elementor-share-buttons">Chia sẻ: <a>Facebook</a> <a>Zalo</a> <a>Twitter</a></div>', "share-buttons", "1d2e3f"),
         w('<nav class="elementor-post-navigation"><a rel="prev">« Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 5</a> <a rel="next">Tiếp sức mùa thi năm 2025 »</a></nav>', "post-navigation", "ab12cd"),
         w(related(r, "Bài viết cùng chủ đề", 6, "elementor-posts", fmt='{t} <span class="elementor-post-date">{d}</span>'), "posts", "ee11ff"),
         '</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">' + w(sidebar(r, ("video", "links", "counter")), "sidebar") + '</div></div></div></section></div>',
         '<div data-elementor-type="footer" class="elementor elementor-20">' + footer(site, "Số 1 Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh") + '</div>', pad(r, 40), SCRIPTS]
    return doc(h, "\n".join(b))

def numeric_entities(s):
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s)
def named_entities(s):
    return "".join(c if ord(c) < 128 else ("&%s;" % codepoint2name[ord(c)] if ord(c) in codepoint2name else "&#x%X;" % ord(c)) for c in s)

@page("d06-wp-classic-thpt-entities", "wordpress-classic", "https://thptchuyenlequydon.edu.vn/khai-giang-nam-hoc-2025-2026/", "UTF-8")
def d06(a, r):
    site = "Trường THPT Chuyên Lê Quý Đôn"
    h = ('<meta charset="UTF-8">\n<title>%s | %s</title>\n<meta property="article:published_time" content="2025-09-05T10:15:00+07:00">\n<meta property="og:title" content="%s">%s'
         % (numeric_entities(E(a['title'])), numeric_entities(site), numeric_entities(E(a['title'])), STYLE))
    body = ['<div id="page" class="hfeed site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">%s</a></p><p class="site-description">Chất lượng – Sáng tạo – Hội nhập</p></header>' % site,
            '<nav id="site-navigation" class="main-navigation">' + menu(r, "menu") + '</nav>',
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
            '<article id="post-1532" class="post-1532 post type-post status-publish format-standard hentry category-tin-tuc"><header class="entry-header"><h1 class="entry-title">%s</h1>' % E(a['title']),
            '<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="#" rel="bookmark">%s</a></span> <span class="cat-links">Chuyên mục <a href="#">Tin tức nhà trường</a></span></div></header>' % a['date_shown'],
            '<div class="entry-content">' + render(a, cap="wp", h="h3", img="/wp-content/uploads/2025/09/khai-giang.jpg") + '<p style="text-align:right"><strong>%s</strong></p></div>' % E(a['byline'][0]),
            '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="#" rel="tag">khai giảng</a>, <a href="#" rel="tag">năm học mới</a></span></footer></article>',
            related(r, "Tin mới nhất", 5, "widget widget_recent_entries", fmt='{t} <span class="post-date">{d}</span>', tag="h2"),
            '<div id="comments" class="comments-area"><div id="respond"><h3 id="reply-title">Trả lời</h3><form id="commentform"><textarea name="comment"></textarea><input name="author"><input type="submit" value="Phản hồi"></form></div></div>',
            '</main></div><div id="secondary" class="widget-area">' + sidebar(r, ("cal", "links")) + '</div></div>', footer(site, "Phường Quy Nhơn, tỉnh Gia Lai"), SCRIPTS, '</div>']
    return doc(h, numeric_entities("\n".join(body)))

@page("d07-joomla3-hoinongdan", "joomla3", "https://hoinongdan.thainguyen.gov.vn/index.php/tin-tuc/156-tong-ket-mo-hinh-htx-trong-cay-duoc-lieu-duoi-tan-rung", "utf-8")
def d07(a, r):
    site = "Hội Nông dân tỉnh Thái Nguyên"
    h = meta(a['title'], site, '<meta name="generator" content="Joomla! - Open Source Content Management">')
    b = ['<div class="body"><div class="container"><header class="header" role="banner"><a class="brand pull-left" href="/"><span class="site-title">%s</span></a><div class="header-search pull-right"><input name="searchword" placeholder="Tìm kiếm..."></div></header>' % site,
         '<nav class="navigation">' + menu(r, "nav menu nav-pills mod-list") + '</nav>',
         '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: </li><li><a href="/">Trang chủ</a></li><li><a href="/index.php/tin-tuc">Tin tức</a></li></ul>',
         '<div class="row-fluid"><main id="content" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />',
         '<div class="page-header"><h2 itemprop="headline">%s</h2></div>' % E(a['title']),
         '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="category-name">Danh mục: <a href="#">Tin hoạt động</a></dd><dd class="published"><span class="icon-calendar"></span> %s</dd><dd class="hits">Lượt xem: 342</dd></dl>' % a['date_shown'],
         '<div class="btn-group pull-right"><a href="#">In</a> <a href="#">Email</a></div>',
         '<div itemprop="articleBody"><p><strong>%s</strong></p>' % E(a['lead']) + render(a, cap="pem", table_cls="table table-bordered", img="/images/2025/11/bakich.jpg") + byline_html(a) + '</div>',
         '<ul class="pager pagenav"><li class="previous"><a href="#">&lt; Trước</a></li><li class="next"><a href="#">Tiếp &gt;</a></li></ul></div>',
         related(r, "Tin khác", 6, "newsflash", fmt='{t} <small>({d})</small>'),
         '</main><div id="aside" class="span3">' + sidebar(r) + '</div></div></div></div>', footer(site, "Phường Phan Đình Phùng, tỉnh Thái Nguyên"), pad(r, 80), SCRIPTS]
    return doc(h, "\n".join(b))

@page("d08-nukeviet-xa-nghiadan", "nukeviet4", "https://nghiadan.nghean.gov.vn/news/tin-tuc/xa-nghia-dan-tiep-nhan-2000-ho-so-truc-tuyen-1245.html", "utf-8")
def d08(a, r):
    site = "Cổng thông tin điện tử xã Nghĩa Đàn"
    h = meta(a['title'], site, '<meta name="generator" content="NukeViet v4.5">')
    b = ['<div class="wraper"><header><div class="logo"><h1>%s</h1><p>Tỉnh Nghệ An</p></div><div class="current-time">22/11/2026</div></header>' % site,
         '<nav class="second-nav" id="menusite">' + menu(r, "nav navbar-nav") + '</nav>',
         '<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/tin-tuc/">Tin tức</a></li></ul></div>',
         '<div class="row"><div class="col-sm-16 col-md-18"><div class="news_column panel panel-default"><div class="panel-body">',
         '<h1 class="title margin-bottom-lg">%s</h1>' % E(a['title']),
         '<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="In ra"><em class="fa fa-print"></em></a></li><li><a title="Lưu bài viết này"><em class="fa fa-save"></em></a></li></ul></div></div>' % a['date_shown'],
         '<div class="clearfix"><div class="hometext m-bottom">%s</div></div>' % E(a['lead']),
         '<div id="news-bodyhtml" class="bodytext margin-bottom-lg">' + render(a) + '</div>',
         '<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>%s</p></div></div></div>' % E(a['byline'][0]),
         '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags"></em> <strong>Từ khóa: </strong><a href="#">dịch vụ công</a>, <a href="#">chính quyền hai cấp</a></div></div></div>',
         '<div class="news_column panel panel-default"><div class="panel-body"><div class="clearfix"><p>Tổng số điểm của bài viết là: 14 trong 3 đánh giá</p></div></div></div>',
         related(r, "Những tin mới hơn", 4, "related", fmt='{t} <em>({d})</em>', tag="p") + related(r, "Những tin cũ hơn", 5, "related", fmt='{t} <em>({d})</em>', tag="p"),
         '</div><div class="col-sm-8 col-md-6">' + sidebar(r, ("docs", "counter", "poll")) + '</div></div>', footer(site, "Xã Nghĩa Đàn, tỉnh Nghệ An"), pad(r, 90), SCRIPTS, '</div>']
    return doc(h, "\n".join(b))

@page("d09-drupal7-so-nnmt", "drupal7", "https://snnmt.ninhbinh.gov.vn/tin-tuc/huong-dan-phong-chong-ray-nau-hai-lua-vu-mua", "utf-8")
def d09(a, r):
    site = "Sở Nông nghiệp và Môi trường tỉnh Ninh Bình"
    h = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n<title>%s | %s</title>%s' % (E(a['title']), E(site), STYLE)
    b = ['<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><div id="name-and-slogan"><div id="site-name"><a href="/">%s</a></div></div></div></div>' % site,
         '<div id="main-menu" class="navigation">' + menu(r, "links inline clearfix") + '</div>',
         '<div id="breadcrumb"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></div></div>',
         '<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">',
         '<h1 class="title" id="page-title">%s</h1>' % E(a['title']),
         '<div class="region region-content"><div id="node-2217" class="node node-article node-promoted clearfix">',
         '<div class="submitted"><span class="date-display-single">%s</span></div>' % a['date_shown'],
         '<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">' + render(a) + src_html(a, '<p><em>{}</em></p>') + '</div></div></div>',
         '<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><a href="#">bảo vệ thực vật</a></div></div></div>',
         '<ul class="links inline"><li class="print_html"><a href="/print/2217">Bản in</a></li></ul></div></div>',
         related(r, "Tin liên quan", 6, "view-content", fmt='{t} - {d}', tag="h2"),
         '</div></div><div id="sidebar-second" class="column sidebar">' + sidebar(r, ("docs", "weather", "counter")) + '</div></div></div>', footer(site, "Phường Hoa Lư, tỉnh Ninh Bình"), pad(r, 200), SCRIPTS, '</div></div>']
    return doc(h, "\n".join(b), doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">')

@page("d10-aspnet-table-hue-cp1258", "aspnet-webforms-table", "http://kkt.hue.gov.vn/Default.aspx?tabid=87&ID=3391", "windows-1258", enc="cp1258")
def d10(a, r):
    site = "Ban Quản lý Khu kinh tế, công nghiệp thành phố Huế"
    h = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\n<title>%s</title>%s' % (E(site + " - " + a['title']), STYLE)
    rel = "".join('<tr><td class="other"><img src="/images/arrow.gif"> <a href="#">%s</a> <font color="#888">(%s)</font></td></tr>' % (E(t), d) for t, d in zip(r.sample(HEAD, 8), dates(r, 8)))
    b = ['<form name="Form1" method="post" action="Default.aspx?tabid=87&amp;ID=3391" id="Form1"><input type="hidden" name="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDs7Pq8Wz4=" />',
         '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="120" alt=""></td></tr>',
         '<tr><td colspan="3" class="topmenu">' + " | ".join('<a href="#">%s</a>' % m for m in MENU) + '</td></tr><tr>',
         '<td width="200" valign="top">' + sidebar(r, ("docs", "links")) + '</td>',
         '<td width="580" valign="top"><table width="100%" cellpadding="5"><tr><td class="pagetitle">Tin tức - Sự kiện</td></tr>',
         '<tr><td class="title_detail"><b><font size="4" color="#003399">%s</font></b></td></tr>' % E(a['title']),
         '<tr><td class="date_detail"><font size="1" color="#666666">%s</font></td></tr>' % a['date_shown'],
         '<tr><td class="content_detail" align="justify">' + render(a, cap="font") + '<p align="right"><b>%s</b></p></td></tr>' % a['byline'][0],
         '<tr><td align="right"><a href="#">[In trang]</a> <a href="#">[Gửi email]</a> <a href="#">[Trở về]</a></td></tr>',
         '<tr><td><b>CÁC TIN KHÁC</b></td></tr>' + rel + '</table></td>',
         '<td width="200" valign="top">' + sidebar(r, ("counter", "poll", "weather")) + '</td></tr>',
         '<tr><td colspan="3">' + footer(site, "Số 1 Lý Thường Kiệt, phường Thuận Hóa, thành phố Huế") + '</td></tr></table>' + pad(r, 40) + '</form>']
    return doc(h, "\n".join(b), doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">')

@page("d11-codeigniter-bienphong", "php-codeigniter", "https://bienphong.langson.gov.vn/tin-tuc/chi-tiet/don-bien-phong-hoanh-mo-ngay-hoi-bien-phong-toan-dan-2026-2291", "utf-8")
def d11(a, r):
    site = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh"
    h = meta(a['title'], site)
    b = ['<div class="bp-top"><div class="bp-brand">%s</div><div class="bp-today">Hôm nay: Thứ Bảy, 22/11/2026</div></div>' % site,
         '<div class="bp-menu">' + menu(r, "bp-nav") + '</div>',
         '<div class="bp-wrap"><div class="bp-col-main"><div class="bp-crumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin hoạt động</a></div>',
         '<div class="bp-post"><h2 class="bp-post-title">%s</h2><div class="bp-post-meta"><i class="fa fa-clock-o"></i> %s &nbsp; <i class="fa fa-eye"></i> 587</div>' % (E(a['title']), a['date_shown']),
         '<div class="chapeau">%s</div>' % E(a['lead']),
         '<div class="bp-post-body">' + render(a, cap="divcaption", spacer=True, img="/uploads/news/2026/03/ngay-hoi.jpg") + '<p style="text-align:right"><b>%s</b></p></div>' % a['byline'][0],
         share() + '</div>', related(r, "Tin cùng chuyên mục", 6, "bp-related", fmt='{t} <span>[{d}]</span>', tag="h4"),
         comment_form(), '</div><div class="bp-col-side">' + sidebar(r, ("video", "docs", "counter")) + '</div></div>', footer(site, "Phường Hạ Long, tỉnh Quảng Ninh"), SCRIPTS]
    return doc(h, "\n".join(b))

@page("d12-react-ssr-mttq", "react-ssr", "https://mattran.gialai.gov.vn/tin-tuc/trao-150-can-nha-dai-doan-ket-cho-ho-ngheo-c12n8842", "utf-8")
def d12(a, r):
    site = "Ủy ban MTTQ Việt Nam tỉnh Gia Lai"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a['title'], "datePublished": a['published_at'],
                     "author": {"@type": "Person", "name": a['byline'][0]}, "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
    nd = json.dumps({"props": {"pageProps": {"article": {"id": 8842, "title": a['title'], "sapo": a['lead'], "publishedAt": a['published_at']}}}, "page": "/tin-tuc/[slug]"}, ensure_ascii=False)
    h = meta(a['title'], site, '<meta property="og:title" content="%s">\n<meta name="viewport" content="width=device-width,initial-scale=1">\n<script type="application/ld+json">%s</script>\n<link rel="preload" href="/_next/static/chunks/main-3f2a.js" as="script">' % (E(a['title']), ld))
    paras = "".join('<p class="Article_para__Xk2p1">%s</p>' % E(b[1]) for b in a['blocks'])
    b = ['<div id="__next"><div class="Layout_root__a81Zq"><header class="Header_header__2hYqL"><a class="Header_logo__1pQ9z" href="/">%s</a><time class="Header_today__Vb3n0">Thứ Bảy, 22/11/2026</time>' % site,
         '<nav class="Nav_nav__Ud7fs">' + menu(r, "Nav_list__3kT0a") + '</nav></header>',
         '<main class="Layout_main__x9Lq2"><div class="ArticlePage_grid__qp2Jm"><article class="ArticlePage_article__7ZyKm">',
         '<nav class="Breadcrumb_crumb__Y8h3a"><a href="/">Trang chủ</a><span>/</span><a href="/tin-tuc">Tin tức</a></nav>',
         '<h1 class="ArticlePage_title__kE3bF">%s</h1>' % E(a['title']),
         '<div class="ArticlePage_meta__Q1w8n"><span>%s</span><span class="ArticlePage_dot__"> · </span><span>%s</span></div>' % (a['date_shown'], E(a['byline'][0])),
         '<div class="ArticlePage_sapo__0rFvB"><strong>%s</strong></div>' % E(a['lead']),
         '<div class="ArticlePage_content__mZ4Tc">' + paras + '</div>',
         '<div class="ShareBar_bar__3pD0e"><button>Facebook</button><button>Zalo</button><button>Sao chép liên kết</button></div></article>',
         '<aside class="ArticlePage_aside__9Wq2c">' + related(r, "Tin mới nhất", 8, "LatestNews_box__1Lk8T", fmt='<span>{t}</span><time>{d}</time>', tag="h2") + sidebar(r, ("links",)) + '</aside></div></main>',
         footer(site, "Phường Pleiku, tỉnh Gia Lai") + '</div></div>',
         '<script id="__NEXT_DATA__" type="application/json">%s</script>' % nd, css(r, 250), '<script src="/_next/static/chunks/main-3f2a.js" defer></script>']
    return doc(h, "\n".join(b))

@page("d13-viettel-phuong-thudaumot", "viettel-portal", "https://thudaumot.hochiminhcity.gov.vn/tin-tuc-su-kien/-/view/doi-thoai-voi-nhan-dan-ve-chinh-trang-do-thi-77102", "utf-8")
def d13(a, r):
    site = "Cổng thông tin điện tử phường Thủ Dầu Một"
    h = meta(a['title'], site)
    b = ['<div class="vt-header"><div class="vt-logo">%s</div><div class="vt-date">Thứ Bảy, ngày 22 tháng 11 năm 2026</div></div>' % site,
         '<div class="vt-menu">' + menu(r, "vt-menu-list") + '</div><div class="container"><div class="row"><div class="col-md-9">',
         '<div class="box-news-detail"><div class="news-detail-header"><h1 class="news-title">%s</h1><div class="news-time">%s</div></div>' % (E(a['title']), a['date_shown']),
         '<div class="news-content"><div class="tomtat">%s</div><div class="noidung">' % E(a['lead']) + render(a) + '</div>',
         '<div class="tacgia" style="text-align:right;font-weight:bold">%s</div></div>' % E(a['byline'][0]),
         '<div class="news-tools">' + share() + '</div></div>',
         related(r, "Tin khác", 10, "box-news-other", fmt='{t} <span class="time">{d}</span>'),
         '</div><div class="col-md-3">' + sidebar(r) + '</div></div></div>', footer(site, "Phường Thủ Dầu Một, Thành phố Hồ Chí Minh"), pad(r, 100), SCRIPTS]
    return doc(h, "\n".join(b))

@page("d14-fpt-soyte-bom", "fpt-portal", "https://soyte.dongthap.gov.vn/chi-tiet-tin/trien-khai-tiem-vac-xin-soi-cho-tre-tu-1-den-10-tuoi-2026", "utf-8", enc="utf-8-sig")
def d14(a, r):
    site = "Sở Y tế tỉnh Đồng Tháp"
    h = meta(a['title'], site)
    b = ['<div class="fpt-header"><span class="fpt-site">%s</span><span class="fpt-today">22/11/2026</span></div>' % site,
         '<div class="fpt-nav">' + menu(r, "fpt-menu") + '</div>',
         '<div class="fpt-body"><div class="fpt-content"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="#">Tin tức y tế</a></li></ol>',
         '<div class="article-detail"><h2 class="article-title">%s</h2><p class="article-date">%s</p>' % (E(a['title']), a['date_shown']),
         '<div class="summary">%s</div><div class="article-body">' % E(a['lead']) + render(a, h="h2") + '</div>',
         '<p class="article-author" align="right">%s</p></div>' % E(a['byline'][0]),
         related(r, "Các tin đã đưa", 8, "article-other", fmt='{t} ({d})', tag="h4"),
         '</div><div class="fpt-side">' + sidebar(r, ("docs", "cal", "counter", "poll")) + '</div></div>', footer(site, "Phường Mỹ Tho, tỉnh Đồng Tháp"), SCRIPTS]
    return doc(h, "\n".join(b))

@page("d15-mobile-laichau", "mobile-site", "https://m.sinho.laichau.gov.vn/tin/khanh-thanh-cau-treo-ban-nam-cuoi-5521.html", "utf-8")
def d15(a, r):
    site = "UBND xã Sìn Hồ"
    h = '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n<title>%s</title>\n<link rel="canonical" href="https://sinho.laichau.gov.vn/tin/khanh-thanh-cau-treo-ban-nam-cuoi-5521.html">' % E(a['title']) + css(r, 60)
    b = ['<div class="m-header"><a class="m-burger" href="#menu">☰</a><a class="m-logo" href="/">%s</a></div>' % site,
         '<div id="menu" class="m-drawer">' + " ".join('<a href="#">%s</a>' % m for m in MENU) + '</div>',
         '<div class="m-article"><h1 class="m-title">%s</h1><div class="m-meta">%s</div><div class="m-body">' % (E(a['title']), a['date_shown']) + render(a) + '<p class="m-author">%s</p></div></div>' % E(a['byline'][0]),
         related(r, "Tin mới", 5, "m-list", fmt='{t}<br><small>{d}</small>'), related(r, "Xem nhiều", 6, "m-list", fmt='{t}<br><small>{d}</small>'), SCRIPTS,
         '<div class="m-footer">© UBND xã Sìn Hồ, tỉnh Lai Châu · <a href="https://sinho.laichau.gov.vn/?desktop=1">Phiên bản máy tính</a></div>']
    return doc(h, "\n".join(b))

@page("d16-print-dangbo-tienyen-entities", "print-version", "https://tienyen.quangninh.gov.vn/print.aspx?id=60213", "utf-8")
def d16(a, r):
    site = "Cổng thông tin điện tử xã Tiên Yên"
    h = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>In bài viết</title>\n<style>body{font-family:Times New Roman;width:700px;margin:auto}.print-btn{float:right}@media print{.print-btn{display:none}}</style>' + css(r, 70)
    b = ['<div class="print-header"><img src="/images/logo-small.png" height="40"> <b>%s</b><a class="print-btn" href="javascript:window.print()">In bài viết</a> <a class="print-btn" href="javascript:window.close()">Đóng</a></div><hr>' % site,
         '<div class="print-title"><h2>%s</h2></div><div class="print-date"><i>%s</i></div>' % (E(a['title']), a['date_shown']),
         '<div class="print-content">' + render(a) + '<p style="text-align:right"><b>%s</b></p></div>' % E(a['byline'][0]),
         '<hr><div class="print-footer">URL bài viết: https://tienyen.quangninh.gov.vn/tin-tuc/60213</div>']
    return doc(named_entities(h), named_entities("\n".join(b)))

@page("d17-liferay-xa-phuochoa-nocharset", "vnpt-liferay", "https://phuochoa.gialai.gov.vn/web/phuochoa/tin-tuc-su-kien/-/asset_publisher/tintuc/content/cong-bo-quy-hoach-chung-xa-phuoc-hoa", None)
def d17(a, r):
    site = "Cổng thông tin điện tử xã Phước Hòa"
    h = '<title>%s - %s</title>\n<meta content="initial-scale=1.0, width=device-width" name="viewport">%s' % (E(a['title']), E(site), STYLE)
    b = ['<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div class="banner-title">%s</div><div class="banner-sub">Tỉnh Gia Lai</div><div class="today">Thứ Bảy, 22/11/2026</div></header>' % site,
         '<nav class="sort-pages modify-pages" id="navigation">' + menu(r, "navbar-nav") + '</nav>',
         '<section id="content"><div class="portlet-layout row"><div class="col-md-8 portlet-column">',
         '<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_"><div class="asset-full-content clearfix show-asset-title">',
         '<div class="asset-title-detail"><h2 class="title-news">%s</h2></div><div class="date-publish">%s | Lượt xem: 2.318</div>' % (E(a['title']), a['date_shown']),
         '<div class="asset-content"><div class="journal-content-article"><p><b><i>%s</i></b></p>' % E(a['lead']) + render(a, h="strong", cap="tablerow", nbsp=True, table_cls="MsoTableGrid") + '<p style="text-align:right"><b>%s</b></p></div></div>' % E(a['byline'][0]),
         '<div class="print-share">' + share() + '</div></div></div>',
         related(r, "Tin cùng chuyên mục", 10, "list-related", fmt='{t} <i>({d})</i>'),
         '</div><div class="col-md-4 portlet-column">' + sidebar(r, ("docs", "video", "cal", "counter", "links")) + '</div></div></section>', footer(site, "Thôn Phú Hậu, xã Phước Hòa, tỉnh Gia Lai"), pad(r, 120), SCRIPTS, '</div>']
    return doc(h, "\n".join(b))

@page("d18-custom-benhvien-dinhduong", "php-custom", "https://bvnoitiet.vinhlong.gov.vn/index.php?mod=news&act=detail&id=1187", "utf-8")
def d18(a, r):
    site = "Bệnh viện Nội tiết tỉnh Vĩnh Long"
    h = meta(a['title'], site)
    b = ['<div id="top"><div class="logo">%s</div><div class="hotline">Cấp cứu: 115</div></div>' % site,
         '<div id="mainmenu">' + menu(r, "mm") + '</div><div id="body"><div id="left">' + sidebar(r, ("docs", "links")) + '</div><div id="center">',
         '<div class="path">Trang chủ » Góc sức khỏe</div><div class="detail">',
         '<h1 class="detail-title">%s</h1><div class="detail-date">%s</div>' % (E(a['title']), a['date_shown']),
         '<div class="lead">%s</div><div class="detail-content">' % E(a['lead']) + render(a, cap="pem", nbsp=True, spacer=True, img="/upload/news/dd-dtd.jpg") + '<p>&nbsp;</p><p style="text-align:right"><strong><em>%s</em></strong></p></div>' % E(a['byline'][0]),
         share() + '</div>', related(r, "Bài viết khác", 8, "detail-other", fmt='» {t} - {d}', tag="div"),
         '</div><div id="right">' + sidebar(r, ("counter", "weather", "poll")) + '</div></div>', footer(site, "Phường Long Châu, tỉnh Vĩnh Long"), SCRIPTS]
    return doc(h, "\n".join(b))

@page("d19-mvc-sotuphap", "aspnet-mvc-bootstrap", "https://stp.hungyen.gov.vn/tin-tuc/tap-huan-nghiep-vu-ho-tich-cho-cong-chuc-cap-xa-12077.html", "utf-8")
def d19(a, r):
    site = "Sở Tư pháp tỉnh Hưng Yên"
    h = meta(a['title'], site, '<meta name="author" content="%s">' % E(a['byline'][0]))
    b = ['<header class="site-header"><div class="container"><a class="navbar-brand" href="/">%s</a></div></header>' % site,
         '<nav class="navbar navbar-default">' + menu(r, "nav navbar-nav") + '</nav><div class="container"><div class="row"><div class="col-lg-8">',
         '<div class="post-detail"><div class="post-category"><a href="#">Hoạt động của Sở</a></div><h1 class="post-heading">%s</h1>' % E(a['title']),
         '<div class="post-meta clearfix"><span class="pull-left">%s%s</span><span class="pull-right"><i class="glyphicon glyphicon-calendar"></i> %s</span></div>' % (a['byline_label'], E(a['byline'][0]), a['date_shown']),
         '<div class="post-body">' + render(a) + '</div>',
         '<div class="post-rating">Đánh giá: <span class="star">★</span><span class="star">★</span><span class="star">★</span></div>' + share() + '</div>',
         related(r, "Tin cùng chuyên mục", 7, "list-group", fmt='{t} <span class="badge">{d}</span>', tag="h4"),
         comment_form(), '</div><div class="col-lg-4">' + sidebar(r) + '</div></div></div>', footer(site, "Phường Phố Hiến, tỉnh Hưng Yên"), SCRIPTS,
         '<input name="__RequestVerificationToken" type="hidden" value="CfDJ8Mx3k2">']
    return doc(h, "\n".join(b))

@page("d20-joomla-phunu-tanan", "joomla3", "https://tanan.cantho.gov.vn/index.php/hoi-lhpn/872-ra-mat-mo-hinh-cho-an-toan-thuc-pham", "utf-8")
def d20(a, r):
    site = "Cổng thông tin điện tử phường Tân An"
    h = meta(a['title'], site)
    b = ['<div id="sp-header"><div class="logo">%s</div><div class="sp-date">Thứ Bảy, 22/11/2026</div></div>' % site,
         '<div id="sp-menu">' + menu(r, "sp-megamenu-parent") + '</div><div id="sp-main-body"><div class="row"><div id="sp-component" class="col-md-9">',
         '<article class="item item-page" itemscope itemtype="http://schema.org/Article"><div class="entry-header"><dl class="article-info"><dd class="create"><i class="fa fa-clock-o"></i> <time datetime="2025-10-28T08:20:11+07:00" itemprop="dateCreated">%s</time></dd><dd class="hits">Lượt xem: 95</dd></dl>' % a['date_shown'],
         '<h2 itemprop="name">%s</h2></div>' % E(a['title']),
         '<div itemprop="articleBody"><p><em>%s</em></p>' % E(a['lead']) + render(a) + src_html(a) + '</div>',
         '<div class="helix-social-share">' + share() + '</div>',
         related(r, "Bài viết liên quan", 5, "related-article-list", fmt='{t} ({d})', tag="h3"), '</article>',
         '</div><div id="sp-right" class="col-md-3">' + sidebar(r, ("docs", "counter")) + '</div></div></div>', footer(site, "Phường Tân An, thành phố Cần Thơ"), SCRIPTS]
    return doc(h, "\n".join(b))

# ---------- non-articles ----------
@page("n01-liferay-listing", "vnpt-liferay", "https://laocai.gov.vn/web/laocai/tin-tuc-su-kien", "utf-8", kind="listing")
def n01(a, r):
    site = "Cổng thông tin điện tử tỉnh Lào Cai"
    items = []
    for t, d in zip(r.sample(HEAD, 12), dates(r, 12)):
        items.append('<div class="asset-abstract"><div class="row"><div class="col-md-4"><img src="/documents/anh-%d.jpg"></div><div class="col-md-8"><h3 class="asset-title"><a href="/web/laocai/tin-tuc-su-kien/-/asset_publisher/abc/content/%d">%s</a></h3><div class="date">%s</div><div class="asset-summary">%s. Đây là nội dung tóm tắt của tin, được hiển thị trên trang danh sách chuyên mục để bạn đọc lựa chọn.</div></div></div></div>' % (r.randint(1, 999), r.randint(1, 99999), E(t), d, E(t)))
    b = ['<header id="banner"><div class="site-title">%s</div></header><nav>' % site + menu(r, "navbar-nav") + '</nav>',
         '<div class="col-md-8"><h2 class="portlet-title">Tin tức - Sự kiện</h2><div class="asset-publisher">' + "\n".join(items),
         '<ul class="pagination"><li><a>1</a></li><li><a>2</a></li><li><a>3</a></li><li><a>Trang sau</a></li></ul></div></div>',
         '<div class="col-md-4">' + sidebar(r) + '</div>', footer(site, "Phường Cam Đường, tỉnh Lào Cai"), SCRIPTS]
    return doc(meta("Tin tức - Sự kiện", site), "\n".join(b))

@page("n02-joomla-search", "joomla3", "https://hoinongdan.thainguyen.gov.vn/index.php/tim-kiem?searchword=h%E1%BB%A3p%20t%C3%A1c%20x%C3%A3&searchphrase=all", "utf-8", kind="search")
def n02(a, r):
    site = "Hội Nông dân tỉnh Thái Nguyên"
    res = []
    for i, (t, d) in enumerate(zip(r.sample(HEAD, 10), dates(r, 10))):
        res.append('<dt class="result-title">%d. <a href="/index.php/tin-tuc/%d">%s</a></dt><dd class="result-category"><span class="small">(Tin tức)</span></dd><dd class="result-text">... hỗ trợ <span class="highlight">hợp tác xã</span> nông nghiệp phát triển sản xuất, liên kết tiêu thụ sản phẩm cho hội viên nông dân ...</dd><dd class="result-created">Ngày tạo: %s</dd>' % (i + 1, r.randint(1, 999), E(t), d))
    b = ['<header><span class="site-title">%s</span></header><nav>' % site + menu(r, "nav menu") + '</nav><main id="content" class="span9">',
         '<div class="search"><h1>Tìm kiếm</h1><form id="searchForm"><input name="searchword" value="hợp tác xã"><button>Tìm kiếm</button></form>',
         '<div class="searchintro"><p>Tổng cộng: <span class="badge badge-info">37</span> kết quả được tìm thấy.</p></div>',
         '<dl class="search-results">' + "\n".join(res) + '</dl><div class="pagination"><ul><li>Đầu</li><li>Trước</li><li>1</li><li><a>2</a></li><li><a>3</a></li><li><a>Sau</a></li></ul></div></div></main>',
         sidebar(r, ("docs", "counter")), footer(site, "Phường Phan Đình Phùng, tỉnh Thái Nguyên"), SCRIPTS]
    return doc(meta("Tìm kiếm", site), "\n".join(b))

@page("n03-wp-notfound-200", "wordpress-classic", "https://xahoangsu.laocai.gov.vn/?p=99871", "utf-8", kind="not_found")
def n03(a, r):
    site = "Cổng thông tin điện tử xã Hoàng Su Phì"
    b = ['<div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">%s</a></p></header><nav class="main-navigation">' % site + menu(r, "menu") + '</nav>',
         '<div id="content"><main id="main" class="site-main"><section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Không tìm thấy trang</h1></header>',
         '<div class="page-content"><p>Rất tiếc, không tìm thấy nội dung bạn yêu cầu. Bài viết có thể đã bị xóa, đổi địa chỉ hoặc tạm thời không truy cập được. Vui lòng thử tìm kiếm hoặc quay lại trang chủ.</p>',
         '<form role="search" class="search-form"><input type="search" class="search-field" placeholder="Tìm kiếm …"><input type="submit" value="Tìm kiếm"></form></div></section>',
         related(r, "Bài viết mới", 6, "widget widget_recent_entries", fmt='{t} <span class="post-date">{d}</span>', tag="h2"),
         '</main></div>', footer(site, "Xã Hoàng Su Phì, tỉnh Tuyên Quang"), pad(r, 40), SCRIPTS, '</div>']
    return doc(meta("Không tìm thấy trang", site), "\n".join(b))

@page("n04-js-cookie-challenge", "js-challenge", "https://sonoivu.dongnai.gov.vn/tin-tuc/chi-tiet/12345", None, kind="challenge")
def n04(a, r):
    h = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Đang kiểm tra trình duyệt...</title><meta name="robots" content="noindex,nofollow">' + '<script>var _0x5a1c=[' + ",".join('"%08x%08x"' % (r.getrandbits(32), r.getrandbits(32)) for _ in range(380)) + '];(function(_0x2d8f05,_0x4b81bb){var _0x4d74cb=function(_0x32719f){while(--_0x32719f){_0x2d8f05.push(_0x2d8f05.shift());}};_0x4d74cb(++_0x4b81bb);}(_0x5a1c,0x1b3));</script>'
    b = ['<noscript><h2>Vui lòng bật JavaScript để tiếp tục truy cập Cổng thông tin.</h2></noscript>',
         '<div style="text-align:center;margin-top:120px"><p>Hệ thống đang kiểm tra trình duyệt của bạn. Vui lòng đợi trong giây lát...</p><img src="/_guard/loading.gif"></div>',
         '<script>function toNumbers(d){var e=[];d.replace(/(..)/g,function(d){e.push(parseInt(d,16))});return e}function toHex(){for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}var a=toNumbers("f655ba9d09a112d4968c63579db590b4"),b=toNumbers("98344c2eee86c3994890592585b49f80"),c=toNumbers("3c8f1a2b9e7d0c4f5a6b7c8d9e0f1a2b");document.cookie="__guard="+toHex(c)+"; expires=Thu, 31-Dec-37 23:55:55 GMT; path=/";location.href="https://sonoivu.dongnai.gov.vn/tin-tuc/chi-tiet/12345?ckattempt=1";</script>']
    return doc(h, "\n".join(b))
