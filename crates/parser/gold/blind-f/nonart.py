# -*- coding: utf-8 -*-
"""The four pages of blind-f that carry no article.

    n01  listing    VNPT ePortal (Liferay 6.2) category page, page 2, ten items with sapos and dates
    n02  search     WordPress search results (?s=...), seven hits with excerpts and dates
    n03  not_found  DNN "page not found" (served with status 404) inside the full skin
    n04  empty      SharePoint Tân Dân article page whose fields are empty (unpublished draft URL)

Called by make.py (`pages(m)` gets the make module for its helpers); each
page draws from random.Random("blind-f/NAME").
"""
import datetime as dt
import random


def side(kind, platform, url, charset):
    return {"kind": kind, "platform": platform, "url": url, "charset": charset}


def n01(m, rng):
    esc, dmy, slug = m.esc, m.dmy, m.slug
    ap = "Xk2Lq8RtYp0B"
    host = "https://snnmt.tuyenquang.gov.vn"
    url = (host + "/tin-tuc-su-kien?p_p_id=101_INSTANCE_" + ap + "&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1"
           "&p_p_col_count=1&_101_INSTANCE_" + ap + "_delta=10&_101_INSTANCE_" + ap + "_keywords=&_101_INSTANCE_" + ap + "_advancedSearch=false"
           "&_101_INSTANCE_" + ap + "_andOperator=true&p_r_p_564233524_resetCur=false&_101_INSTANCE_" + ap + "_cur=2")
    site = dict(
        host=host, theme_path="vnpt-portal-theme", layout="/tin-tuc-su-kien",
        name_title="Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
        name="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TUYÊN QUANG", keywords="nông nghiệp, môi trường, Tuyên Quang",
        ap_id=ap, owner="Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
        address="Số 8, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.431", email="snnmt@tuyenquang.gov.vn",
        chief="Giám đốc Sở Nông nghiệp và Môi trường",
        license="Giấy phép số 06/GP-TTĐT do Sở Khoa học và Công nghệ tỉnh Tuyên Quang cấp ngày 12/8/2025",
        source_name="Cổng thông tin điện tử Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
    )
    d = dt.datetime(2026, 11, 3, 15, 20)
    items = []
    for k, (t, sapo) in enumerate(m.LISTING):
        d = d - dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        items.append(f"""<div class="asset-abstract news-item">
<div class="asset-image"><a href="{host}/tin-tuc-su-kien/-/asset_publisher/{ap}/content/{slug(t)}"><img alt="{esc(t)}" src="/documents/20182/{rng.randint(4600000, 4700000)}/{slug(t)[:30]}.jpg/{m.guid(rng)}?t={rng.randint(1760000000, 1763000000)}000" /></a></div>
<h3 class="asset-title"><a href="{host}/tin-tuc-su-kien/-/asset_publisher/{ap}/content/{slug(t)}">{esc(t)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(d)} {m.hm(d)}</span> <span class="metadata-entry metadata-view-count">{rng.randint(80, 900)} lượt xem</span></div>
<div class="asset-summary">{esc(sapo)}</div>
<div class="asset-more"><a href="{host}/tin-tuc-su-kien/-/asset_publisher/{ap}/content/{slug(t)}">Xem tiếp <span class="hide-accessible">về {esc(t)}</span> »</a></div>
</div>""")
    pager = (f'<div class="taglib-page-iterator" id="_101_INSTANCE_{ap}_pageIteratorTop"><div class="clearfix lfr-pagination">'
             f'<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="Trang 2 của 24"><span class="lfr-icon-menu-text">Trang 2 của 24</span> <i class="caret"></i></a></div></div>'
             f'<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="10 mục mỗi trang"><span class="lfr-icon-menu-text">10 mục mỗi trang</span> <i class="caret"></i></a></div></div></div>'
             f'<small class="search-results">Hiển thị 11 - 20 trong 237 kết quả.</small>'
             f'<ul class="pager lfr-pagination-buttons"><li class="first"><a href="{host}/tin-tuc-su-kien?_101_INSTANCE_{ap}_cur=1">&larr; Đầu</a></li><li><a href="{host}/tin-tuc-su-kien?_101_INSTANCE_{ap}_cur=1">Trước</a></li>'
             f'<li><a href="{host}/tin-tuc-su-kien?_101_INSTANCE_{ap}_cur=3">Tiếp theo</a></li><li class="last"><a href="{host}/tin-tuc-su-kien?_101_INSTANCE_{ap}_cur=24">Cuối &rarr;</a></li></ul></div></div>')
    menu = m.menu_ul(m.MENU_DEPT, host, cls="nav nav-main", sub_cls="child-menu")
    html = m.liferay62_head(rng, site, "Tin tức - Sự kiện", url) + f"""
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {m.today_vn()}</span>
<ul class="top-links"><li><a href="{host}/so-do-cong">Sơ đồ cổng</a></li><li><a href="{host}/lien-he">Liên hệ</a></li><li><a href="{host}/c/portal/login">Đăng nhập</a></li></ul></div></div>
<header class="container" id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{host}" title="Đi tới {esc(site['name_title'])}"><img alt="{esc(site['name_title'])}" height="110" src="/image/layout_set_logo?img_id=20218&amp;t=1760060400000" width="110" /></a>
<span class="site-name"><span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="line2">{site['name']}</span></span></h1></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><div class="navbar-inner"><div class="container">{menu}</div></div></nav>
</header>
<div class="container" id="content">
<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="{host}/trang-chu">Trang chủ</a><span class="divider">/</span></li><li class="current-parent"><a href="{host}/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ul>
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{ap}_"><span id="p_101_INSTANCE_{ap}"></span>
<section class="portlet" id="portlet_101_INSTANCE_{ap}"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin tức - Sự kiện</span></h1></header>
<div class="portlet-content"><div class="portlet-body">
{"".join(items)}
{pager}
</div></div></section></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{m.box_docs(rng, 'SNNMT', m.TODAY - dt.timedelta(days=3), n=6)}
{m.box_videos(rng)}
{m.box_poll(rng)}
{m.box_banners(rng)}
{m.box_links(rng)}
{m.box_counter(rng, 0)}
</div></div>
</div></div></div>
<footer class="container" id="footer" role="contentinfo">{m.footer_block(site, '<p class="copyright">Thiết kế và phát triển bởi VNPT Tuyên Quang</p>')}</footer>
</div>
{m.liferay_footer_scripts(rng, ['101_INSTANCE_' + ap, '3'])}
</body>
</html>
"""
    return html.encode("utf-8"), side("listing", "liferay-6.2 (VNPT ePortal)", url, "utf-8")


def n02(m, rng):
    esc, dmy, slug = m.esc, m.dmy, m.slug
    host = "https://hoinongdan.dongthap.gov.vn"
    url = host + "/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
    site_title = "Hội Nông dân tỉnh Đồng Tháp"
    q = "chuyển đổi số"
    d = dt.datetime(2026, 11, 12, 9, 0)
    res = []
    for k, (t, ex) in enumerate(m.SEARCH):
        d = d - dt.timedelta(days=rng.randint(6, 40), hours=rng.randint(0, 9))
        res.append(f"""<div class="td_module_16 td_module_wrap td-animation-stack">
<div class="td-module-thumb"><a href="{host}/{slug(t)}/" rel="bookmark" class="td-image-wrap " title="{esc(t)}"><img class="entry-thumb" src="{host}/wp-content/uploads/{d.strftime('%Y/%m')}/{slug(t)[:24]}-150x150.jpg" alt="" title="{esc(t)}" width="150" height="150" /></a></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="{host}/{slug(t)}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a></h3>
<div class="td-module-meta-info"><span class="td-post-author-name"><a href="{host}/author/{rng.choice(['ngoctram', 'minhthu', 'vanphonghoi'])}/">{rng.choice(['Ngọc Trâm', 'Minh Thư', 'Văn phòng Hội'])}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.strftime('%Y-%m-%dT%H:%M:%S+07:00')}">{dmy(d)}</time></span></div>
<div class="td-excerpt">{esc(ex)}</div></div></div>""")
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Hội", "Ban Thường vụ", "Các ban chuyên môn"]),
                  ("Tin tức", ["Hoạt động Hội", "Nông dân sản xuất giỏi", "Khoa học kỹ thuật", "Chính sách"]),
                  ("Quỹ Hỗ trợ nông dân", []), ("Dạy nghề - Việc làm", []), ("Sản phẩm OCOP", []), ("Văn bản", []), ("Liên hệ", [])]
    html = m.wp_head(rng, host, "Bạn đã tìm kiếm " + q, site_title, "<meta name='robots' content='noindex, follow' />", "Newspaper", 30) + f"""<body class="search search-results td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap "><div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="td_data_time"><div>{m.today_vn()}</div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{host}/"><img src="{host}/wp-content/uploads/2025/08/logo-hnd-dongthap.png" alt="Hội Nông dân tỉnh Đồng Tháp" width="544" height="90" /></a></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container">{m.menu_ul(menu_items, host, cls='sf-menu', sub_cls='sub-menu', li_cls='menu-item')}</div></div></div></div>
</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container ">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{host}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">Kết quả tìm kiếm</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<div class="td-page-header"><h1 class="entry-title td-page-title"><span class="td-search-query">{esc(q)}</span> - <span> Kết quả tìm kiếm</span></h1>
<div class="search-page-search-wrap"><form method="get" class="td-search-form-widget" action="{host}/"><div role="search"><input class="td-widget-search-input" type="text" value="{esc(q)}" name="s" id="s" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="searchsubmit" value="Tìm kiếm" /></div></form>
<div class="td_search_subtitle">Nếu bạn không hài lòng với kết quả, hãy thực hiện tìm kiếm khác</div></div></div>
{"".join(res)}
<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="{host}/page/2/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91" class="page" title="2">2</a><a href="{host}/page/3/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91" class="page" title="3">3</a><a href="{host}/page/2/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"><i class="td-icon-menu-right"></i></a><span class="pages">Trang 1 của 3</span></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
{m.box_news(rng, 'Tin mới nhất', m.rel_items(rng, m.TODAY - dt.timedelta(days=4), 5, back_days=25, ahead_days=3), host, cls='td_block_wrap widget', date_fmt=dmy)}
{m.box_videos(rng, cls='td_block_wrap widget')}
{m.box_banners(rng, cls='td_block_wrap widget')}
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap "><div class="td-container"><div class="td-footer-info"><p><strong>HỘI NÔNG DÂN TỈNH ĐỒNG THÁP</strong></p><p>Địa chỉ: Số 12 đường 30 tháng 4, phường Cao Lãnh, tỉnh Đồng Tháp</p><p>Điện thoại: 0277.3851.336 - Email: hoinongdan@dongthap.gov.vn</p></div></div></div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-sub-footer-copy">&copy; 2026 Hội Nông dân tỉnh Đồng Tháp.</div></div></div>
</div>
{m.wp_footer_scripts(rng, host)}
</body>
</html>
"""
    return html.encode("utf-8"), side("search", "wordpress (Newspaper/tagDiv theme)", url, "utf-8")


def n03(m, rng):
    esc = m.esc
    host = "https://congan.thainguyen.gov.vn"
    url = host + "/an-ninh-trat-tu/ctl/ChiTiet/mid/1532/ItemID/99121/Default.aspx"
    site = dict(host=host, name="CÔNG AN TỈNH THÁI NGUYÊN", owner="Công an tỉnh Thái Nguyên",
                address="Số 17 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.113",
                email="ttdt@congan.thainguyen.gov.vn", chief="Trưởng phòng Tham mưu Công an tỉnh",
                license="Giấy phép số 34/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên cấp ngày 11/9/2025",
                source_name="Trang thông tin điện tử Công an tỉnh Thái Nguyên")
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử truyền thống", "Lãnh đạo Công an tỉnh", "Tổ chức bộ máy"]),
                  ("Tin tức - Sự kiện", ["Hoạt động lực lượng", "An ninh trật tự", "Gương người tốt việc tốt"]),
                  ("Cảnh báo tội phạm", ["Lừa đảo qua mạng", "Ma túy", "Tín dụng đen"]), ("Phổ biến pháp luật", []),
                  ("Thủ tục hành chính", ["Căn cước", "Cư trú", "Đăng ký xe"]), ("Hỏi đáp", []), ("Liên hệ", [])]
    latest = m.rel_items(rng, m.TODAY - dt.timedelta(days=2), 6, back_days=14, ahead_days=1)
    body = f"""<div id="wrapper" class="skin-ca">
<div class="top"><div class="container"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{m.today_vn()}</span> <span class="slogan">Vì nước quên thân, vì dân phục vụ</span></div></div>
<div class="banner"><div class="container"><img src="/Portals/_default/skins/congan/images/huy-hieu-cand.png" alt="Huy hiệu CAND" class="logo" /><div class="ten"><p class="t1">BỘ CÔNG AN</p><p class="t2">CÔNG AN TỈNH THÁI NGUYÊN</p></div></div></div>
<div class="menu"><div class="container">{m.menu_ul(menu_items, host, cls='dnnmega', sub_cls='megaborder')}</div></div>
<div class="container main"><div class="row">
<div id="dnn_ContentPane" class="col-md-9">
<div class="DnnModule DnnModule-DNN_HTML DnnModule-1620"><a name="1620"></a><div class="c_container"><div id="dnn_ctr1620_ContentPane" class="c_content"><div id="dnn_ctr1620_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
<div id="dnn_ctr1620_HtmlModule_lblContent" class="Normal">
<div class="page-404" style="text-align:center;padding:40px 10px;">
<p style="font-size:72px;font-weight:bold;color:#b30000;margin:0;">404</p>
<h2>Không tìm thấy trang</h2>
<p>Xin lỗi, trang bạn yêu cầu không tồn tại, đã bị xóa hoặc đường dẫn không chính xác.</p>
<p>Vui lòng kiểm tra lại địa chỉ hoặc quay về <a href="{host}/">Trang chủ</a> để tiếp tục truy cập thông tin.</p>
<p>Mọi thắc mắc xin liên hệ Ban biên tập qua thư điện tử: <a href="mailto:ttdt@congan.thainguyen.gov.vn">ttdt@congan.thainguyen.gov.vn</a></p>
</div>
</div>
</div></div></div></div>
<div class="box box-tinmoi"><div class="box-title"><h3>Có thể bạn quan tâm</h3></div><div class="box-content"><ul class="news-list">{"".join('<li><a href="%s/an-ninh-trat-tu/ctl/ChiTiet/mid/1532/ItemID/%d/Default.aspx">%s</a> <span class="date">%s</span></li>' % (host, rng.randint(9000, 9300), esc(t), x.strftime('%d/%m/%Y | %H:%M')) for t, x in latest)}</ul></div></div>
</div>
<div id="dnn_RightPane" class="col-md-3">
<div class="box box-duongdaynong"><div class="box-title"><h3>Đường dây nóng</h3></div><div class="box-content"><p>Trực ban Công an tỉnh: <b>0208.3855.113</b></p><p>Cảnh sát 113 - Cứu hỏa 114 - Cấp cứu 115</p></div></div>
{m.box_videos(rng)}
{m.box_banners(rng)}
{m.box_links(rng)}
{m.box_counter(rng, 1)}
</div>
</div></div>
<div class="footer"><div class="container">{m.footer_block(site)}</div></div>
</div>
"""
    html = (m.dnn_head(rng, "Không tìm thấy trang - Công an tỉnh Thái Nguyên", "Trang thông tin điện tử Công an tỉnh Thái Nguyên", "congan")
            + m.dnn_form_open(rng, url.split(host, 1)[1], 1500) + body + m.dnn_tail(rng))
    return html.encode("utf-8"), side("not_found", "dnn-custom (police portal)", url, "utf-8")


def n04(m, rng):
    esc = m.esc
    host = "https://phutho.gov.vn"
    path = "/portal/Pages/2026-11-20/Thong-bao-ket-qua-tuyen-dung-vien-chuc-nam-2026-dot-2.aspx"
    url = host + path
    site = dict(
        host=host, city="Phú Thọ", line1="CỔNG THÔNG TIN ĐIỆN TỬ", line2="TỈNH PHÚ THỌ",
        name="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ", owner="Văn phòng Ủy ban nhân dân tỉnh Phú Thọ",
        address="Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.255", email="congttdt@phutho.gov.vn",
        chief="Chánh Văn phòng Ủy ban nhân dân tỉnh",
        license="Giấy phép số 102/GP-TTĐT do Bộ Văn hóa, Thể thao và Du lịch cấp ngày 18/9/2025",
        source_name="Cổng thông tin điện tử tỉnh Phú Thọ",
    )
    rel = m.rel_items(rng, m.TODAY - dt.timedelta(days=2), 12, back_days=30, ahead_days=1)
    rel_html = "".join('<li><a href="%s/portal/Pages/%s/%s.aspx">%s</a> <span class="tandan-date-rel">(%s)</span></li>'
                       % (host, x.strftime("%Y-%m-%d"), m.Slug(t), esc(t), m.dmy(x)) for t, x in rel)
    detail = f"""<div class="tandan-breadcrumb"><a href="{host}/portal">Trang chủ</a> <span>›</span> <a href="{host}/portal/Pages/Tin-tuc-Su-kien.aspx">Tin tức - Sự kiện</a> <span>›</span> <a href="{host}/portal/Pages/Thong-bao.aspx">Thông báo</a></div>
<div class="tandan-news-detail">
<div class="tandan-title-detail"><h1></h1></div>
<div class="tandan-info-detail"><span class="tandan-date-detail"></span>
<span class="tandan-tools"><a href="javascript:TD_ZoomFont(1);" title="Phóng to">A+</a> <a href="javascript:TD_ZoomFont(-1);" title="Thu nhỏ">A-</a> <a href="javascript:TD_Print();" title="In bài viết"><i class="fa fa-print"></i></a> <a href="javascript:TD_SendMail();" title="Gửi email"><i class="fa fa-envelope"></i></a></span></div>
<div class="tandan-sapo-detail"></div>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label"></div>
<div class="tandan-share">{m.share_tools(url, '', 0)}</div>
</div>
<div class="tandan-tin-lien-quan"><div class="tandan-title-box"><h3>Tin cùng chuyên mục</h3></div><ul class="tandan-list-news">{rel_html}</ul>
<div class="tandan-paging"><span class="active">1</span><a href="?Page=2">2</a><a href="?Page=3">3</a><a href="?Page=2">Sau »</a></div></div>"""
    right = m.tandan_right(rng, site, m.TODAY - dt.timedelta(days=2), "UBND")
    html = (m.sp_head(rng, "Cổng thông tin điện tử tỉnh Phú Thọ") + '<body>\n<div id="imgPrefetch" style="display:none"></div>\n'
            + m.sp_hidden_and_scripts(rng, "./" + path.rsplit("/", 1)[1], 24000, "Cổng thông tin điện tử tỉnh Phú Thọ", path, host)
            + m.tandan_chrome(rng, site, detail, right) + m.tandan_tail(rng))
    return html.encode("utf-8"), side("empty", "sharepoint-tandan", url, "utf-8")


def pages(m):
    out = []
    for name, fn in (("n01", n01), ("n02", n02), ("n03", n03), ("n04", n04)):
        rng = random.Random("blind-f/" + name)
        data, sc = fn(m, rng)
        out.append((name, data, sc))
    return out
