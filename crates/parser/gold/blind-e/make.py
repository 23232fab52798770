#!/usr/bin/env python3
"""Builds blind-e pages and sidecars from data.py. Re-running rewrites identically."""
import html, json, os, random, unicodedata
from html.entities import codepoint2name
from data import A

OUT = os.path.dirname(os.path.abspath(__file__))
TODAY_DMY = "21/11/2026"
MODE = {"ent": None}

def T(s):
    """Escape article text for HTML, optionally as entities."""
    s = html.escape(s, quote=False)
    if MODE["ent"] == "named":
        s = "".join("&%s;" % codepoint2name[ord(c)] if ord(c) > 127 and ord(c) in codepoint2name else c for c in s)
    elif MODE["ent"] == "numeric":
        s = "".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in s)
    return s

def gold_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("lead", "p", "h", "img"): out.append(b[1])
        elif k in ("ul", "ol"):
            for it in b[1]:
                if isinstance(it, tuple):
                    out.append(it[0]); out.extend(it[1])
                else: out.append(it)
        elif k == "table":
            for row in b[1]: out.extend(c for c in row if c)
        elif k == "quote": out.extend([b[1], b[2]])
    return "\n\n".join(out)

R = random.Random(20261121)
RELATED = ["Hội nghị triển khai nhiệm vụ năm 2027", "Tập huấn nghiệp vụ cho công chức cấp xã", "Kiểm tra công tác phòng cháy, chữa cháy cuối năm",
 "Trao học bổng cho học sinh vượt khó học giỏi", "Ra quân tổng vệ sinh môi trường", "Đối thoại với doanh nghiệp về thủ tục thuế",
 "Tổng kết phong trào thi đua yêu nước năm 2026", "Tiếp công dân định kỳ tháng 11", "Hội thao chào mừng Ngày truyền thống",
 "Công bố quyết định về công tác cán bộ", "Hướng dẫn đăng ký tài khoản định danh điện tử", "Sơ kết mô hình dân vận khéo"]
def rel(n):
    items = R.sample(RELATED, n)
    return [(t, "%02d/%02d/2026" % (R.randint(1, 20), R.choice([10, 11]))) for t in items]

def pad_css(n):
    return "\n".join(".c%d{margin:%dpx;padding:%dpx;color:#%06x}" % (i, i % 9, i % 5, R.randrange(1 << 24)) for i in range(n))

def pad_js(n):
    return "\n".join("var cfg%d={id:%d,k:'%08x',on:%s};" % (i, i, R.randrange(1 << 32), "true" if i % 2 else "false") for i in range(n))

def viewstate(n):
    import base64
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()

MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp luật", "Thủ tục hành chính", "Dịch vụ công", "Hỏi đáp", "Liên hệ"]
DOCS = [("Quyết định số 1254/QĐ-UBND", "Về việc ban hành kế hoạch cải cách hành chính"), ("Công văn số 3317/UBND-VP", "Về việc tăng cường phòng, chống thiên tai"),
        ("Kế hoạch số 88/KH-UBND", "Triển khai Đề án 06 năm 2026")]

def sidebar(cls="sidebar"):
    docs = "".join('<li><a href="/van-ban/%d">%s</a><span>%s</span></li>' % (i, a, b) for i, (a, b) in enumerate(DOCS))
    return f'''<aside class="{cls}">
<div class="box"><h3 class="box-title">VĂN BẢN MỚI</h3><ul>{docs}</ul></div>
<div class="box"><h3 class="box-title">VIDEO</h3><div class="video"><iframe src="https://www.youtube.com/embed/x1y2z3" title="Phóng sự"></iframe><p>Phóng sự: Chính quyền hai cấp sau 100 ngày</p></div></div>
<div class="box"><h3 class="box-title">THĂM DÒ Ý KIẾN</h3><p>Bạn đánh giá thế nào về giao diện mới?</p><label><input type="radio" name="poll"> Đẹp, dễ sử dụng</label><label><input type="radio" name="poll"> Bình thường</label><button>Biểu quyết</button></div>
<div class="box"><h3 class="box-title">LỊCH CÔNG TÁC</h3><table class="cal"><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr><tr><td>17</td><td>18</td><td>19</td><td>20</td><td>21</td><td>22</td><td>23</td></tr></table></div>
<div class="box"><h3 class="box-title">LIÊN KẾT WEBSITE</h3><select><option>Cổng Dịch vụ công quốc gia</option><option>Chính phủ</option><option>Báo Nhân Dân</option></select></div>
<div class="box counter"><h3 class="box-title">THỐNG KÊ TRUY CẬP</h3><p>Đang truy cập: 37</p><p>Hôm nay: 1.284</p><p>Tổng lượt truy cập: 2.918.447</p></div>
</aside>'''

def footer(site):
    return f'''<footer class="footer"><p><strong>{site.upper()}</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân. Địa chỉ: số 1 đường Trần Phú. Điện thoại: 0203 3825 111. Email: banbientap@gov.vn</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></footer>'''

def related_html(items, title="Tin liên quan", tag="ul", cls="related"):
    lis = "".join(f'<li><a href="/tin/{i}">{t}</a> <span class="date">({d})</span></li>' for i, (t, d) in enumerate(items))
    return f'<div class="{cls}"><h4>{title}</h4><{tag}>{lis}</{tag}></div>'

def cap_img(cap, style, i=0):
    src = f"/images/2026/11/anh-{i}.jpg"
    if style == "figure": return f'<figure class="image"><img src="{src}" alt=""><figcaption>{T(cap)}</figcaption></figure>'
    if style == "table": return f'<table class="image" align="center"><tbody><tr><td><img src="{src}" width="600"></td></tr><tr><td class="image_desc">{T(cap)}</td></tr></tbody></table>'
    if style == "pem": return f'<p style="text-align:center"><img src="{src}" style="width:100%"></p><p style="text-align:center"><em>{T(cap)}</em></p>'
    if style == "wp": return f'<div class="wp-caption aligncenter" style="width:710px"><img class="size-full" src="{src}"><p class="wp-caption-text">{T(cap)}</p></div>'
    if style == "div": return f'<div class="img-box"><img src="{src}"><div class="caption">{T(cap)}</div></div>'
    if style == "center": return f'<center><img src="{src}" border="0"><br><font size="2"><i>{T(cap)}</i></font></center>'
    if style == "span": return f'<p><img src="{src}"><br><span class="ImageCaption" style="font-style:italic">{T(cap)}</span></p>'
    raise ValueError(style)

def render(blocks, cap="figure", lead="p", h="h3", quote="blockquote", nbsp=False, pstyle="", skiplead=False):
    out = []
    for i, b in enumerate(blocks):
        k = b[0]
        if k == "lead":
            if skiplead: continue
            if lead == "p": out.append(f'<p><strong>{T(b[1])}</strong></p>')
            else: out.append(lead % T(b[1]))
        elif k == "p":
            t = T(b[1])
            if nbsp and i % 2 == 0: t = "&nbsp;&nbsp;&nbsp; " + t.replace(", ", ",&nbsp;", 1)
            out.append(f'<p{pstyle}>{t}</p>')
            if nbsp and i % 3 == 0: out.append('<p>&nbsp;</p>')
        elif k == "h": out.append(f'<{h}>{T(b[1])}</{h}>' if h[0] == "h" else f'<p><strong>{T(b[1])}</strong></p>')
        elif k == "img": out.append(cap_img(b[1], cap, i))
        elif k in ("ul", "ol"):
            lis = []
            for it in b[1]:
                if isinstance(it, tuple):
                    sub = "".join(f"<li>{T(x)}</li>" for x in it[1])
                    lis.append(f"<li>{T(it[0])}<ul>{sub}</ul></li>")
                else: lis.append(f"<li>{T(it)}</li>")
            out.append(f"<{k}>{''.join(lis)}</{k}>")
        elif k == "table":
            rows = []
            for r, row in enumerate(b[1]):
                tg = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tg}>{T(c)}</{tg}>" if c else f"<{tg}></{tg}>" for c in row) + "</tr>")
            out.append('<table class="table table-bordered" border="1" cellpadding="4"><tbody>' + "".join(rows) + "</tbody></table>")
        elif k == "quote":
            if quote == "blockquote": out.append(f'<blockquote><p>{T(b[1])}</p><cite>{T(b[2])}</cite></blockquote>')
            else: out.append(f'<div class="quote-box"><p><em>“{T(b[1])}”</em></p><p style="text-align:right">{T(b[2])}</p></div>')
    return "\n".join(out)

def lead_of(a):
    for b in a["blocks"]:
        if b[0] == "lead": return b[1]
    return None

def gold_body_q(a):
    # quote style 'box' renders typographic quotes around the text
    return gold_body(a["blocks"])

def byline_end(a, style="right"):
    bl = a.get("byline")
    if not bl or bl[0] not in ("end", "end2"): return ""
    lines = bl[1]
    if bl[0] == "end2" or style == "right2":
        return "".join(f'<p style="text-align:right"><strong>{T(x)}</strong></p>' if j == 0 else f'<p style="text-align:right"><em>{T(x)}</em></p>' for j, x in enumerate(lines))
    if len(lines) == 2:
        return f'<p style="text-align:right"><strong>{T(lines[0])}</strong><br>{T(lines[1])}</p>'
    return f'<p style="text-align:right"><strong>{T(lines[0])}</strong></p>'

def extras(a):
    s = ""
    if a.get("source"): s += f'<p><em>{T(a["source"])}</em></p>'
    if a.get("theo"): s += f'<p style="text-align:right"><em>{T(a["theo"])}</em></p>'
    return s

def head(a, extra="", title_suffix=None, charset_meta=True, og=True, css=40, cs="utf-8"):
    suf = title_suffix or a["site"]
    m = f'<meta charset="{cs}">' if charset_meta else ""
    o = f'<meta property="og:title" content="{html.escape(a["title"])}"><meta property="og:type" content="article"><meta property="og:url" content="{a["url"]}">' if og else ""
    mt = f'<meta property="article:published_time" content="{a["meta_time"]}">' if a.get("meta_time") else ""
    return f'''<head>{m}<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(a["title"])} - {suf}</title>{o}{mt}{extra}
<style>{pad_css(css)}</style><script>{pad_js(css // 2)}</script></head>'''

def topbar(a, date_str):
    return f'''<div class="top-bar"><span class="today">{date_str}</span><a href="/dang-nhap">Đăng nhập</a> | <a href="/so-do">Sơ đồ cổng</a> | <a href="/en">English</a></div>
<div class="banner"><h1 class="site-name"><a href="/">{a["site"].upper()}</a></h1></div>'''

def nav(cls="nav"):
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/m{i}">{m}</a></li>' for i, m in enumerate(MENU)) + '</ul><form action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></nav>'

def share():
    return '<div class="share-tools"><a href="#" onclick="window.print()">In bài viết</a> <a href="mailto:?subject=tin">Gửi email</a> <a class="fb" href="https://facebook.com/sharer">Chia sẻ</a> <a href="#">Zalo</a> <span>Cỡ chữ: <a>A-</a> <a>A+</a></span></div>'

def comments(n=2):
    c = [("Trần Văn Hòa", "20/11/2026 21:14", "Chủ trương rất đúng đắn, mong được triển khai rộng rãi."), ("Nguyễn Thị Hạnh", "21/11/2026 07:02", "Cảm ơn ban biên tập đã cung cấp thông tin kịp thời.")][:n]
    items = "".join(f'<div class="comment"><b>{x}</b> <i>{d}</i><p>{t}</p></div>' for x, d, t in c)
    return f'<div class="comments"><h4>Ý kiến bạn đọc ({n})</h4>{items}<form><textarea placeholder="Nội dung ý kiến"></textarea><input placeholder="Họ tên"><button>Gửi ý kiến</button></form></div>'

# ---------------- templates ----------------

def t_liferay62(a):
    vi_today = "Thứ bảy, ngày 21/11/2026"
    body = render(a["blocks"], cap="table" if a["name"] == "e01" else "pem", lead='<div class="sapo"><p><strong>%s</strong></p></div>', nbsp=a["name"] == "e17")
    return f'''<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN">{head(a, '<link href="/html/themes/vnpt-portal/css/main.css" rel="stylesheet"><script src="/html/js/barebone.jsp"></script>', css=120)}
<body class="yui3-skin-sam controls-visible signed-out public-page site"><div id="wrapper">{topbar(a, vi_today)}{nav("navigation")}
<div class="breadcrumbs"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul></div>
<div id="content"><div class="columns-2" id="main-content"><div class="portlet-column portlet-column-first" id="column-1">
<section class="portlet" id="portlet_101_INSTANCE_Zx81"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin tức - Sự kiện</span></h1></header>
<div class="portlet-content"><div class="asset-full-content default-asset-publisher show-asset-title">
<div class="taglib-header"><h3 class="header-title"><span>{T(a["title"])}</span></h3></div>
<div class="asset-content" id="_101_INSTANCE_Zx81_{a["name"]}"><div class="journal-content-article"><div class="news-date"><i class="icon-calendar"></i> {a["date_show"]}</div>
{body}
{byline_end(a)}</div></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: <span>0 (0 Đánh giá)</span></div></div>
{share()}
<div class="asset-tags">Từ khóa: <a href="/tag/1">xã</a>, <a href="/tag/2">tin địa phương</a></div>
</div></div></section>
<section class="portlet other-news">{related_html(rel(6), "Các tin khác")}</section>
</div><div class="portlet-column portlet-column-last" id="column-2">{sidebar()}</div></div></div>
{footer(a["site"])}</div><script>Liferay.Portlet.onLoad({{portletId:"101_INSTANCE_Zx81"}});{pad_js(60)}</script></body></html>'''

def t_liferay7(a):
    lead = lead_of(a)
    body = render(a["blocks"], cap="figure", skiplead=True)
    sapo = f'<div class="sapo-detail">{T(lead)}</div>' if lead else ""
    return f'''<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN">{head(a, '<link rel="stylesheet" href="/o/vnpt-theme/css/clay.css"><script src="/o/frontend-js-web/liferay/global.bundle.js"></script>', css=90)}
<body class="controls-visible guest-site"><div class="d-flex flex-column min-vh-100"><header id="banner">{topbar(a, "Thứ Bảy, 21/11/2026")}{nav("navbar navbar-expand-md")}</header>
<section id="content"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active">Chi tiết</li></ol>
<div class="row"><div class="col-md-8"><div class="portlet-boundary portlet-boundary_vnpt_news_detail_"><div class="news-detail">
<h2 class="title-detail">{T(a["title"])}</h2><div class="meta"><span class="time"><i class="fa fa-clock"></i> {a["date_show"]}</span> <span class="view">Lượt xem: 312</span></div>
{sapo}<div class="content-detail">{body}</div>
<div class="author-detail">{byline_end(a)}</div>{share()}</div>
<div class="other-news">{related_html(rel(5), "Tin cùng chuyên mục")}</div></div></div>
<div class="col-md-4">{sidebar("sidebar-right")}</div></div></div></section>{footer(a["site"])}</div>
<script>Liferay.on("allPortletsReady",function(){{}});{pad_js(40)}</script></body></html>'''

def t_tandan(a):
    lead = lead_of(a)
    body = render(a["blocks"], cap="table", skiplead=True, h="hp", nbsp=True)
    cs = '<meta http-equiv="X-UA-Compatible" content="IE=10">'
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">{head(a, cs, charset_meta=a["charset"] is not None, title_suffix="Cổng thông tin điện tử", css=70)}
<body><form method="post" action="./{a["url"].rsplit("/",1)[1]}" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__REQUESTDIGEST" value="0x{R.randrange(1<<64):016X}"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(9000)}"></div>
<div id="s4-workspace"><div id="s4-bodyContainer"><div class="tandan-header">{topbar(a, "Thứ bảy, 21/11/2026")}</div><div class="tandan-menu">{nav("tandan-topnav")}</div>
<div class="tandan-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <a href="/portal/Pages/tin-tuc.aspx">Tin tức</a> &gt; <span>Tin hoạt động</span></div>
<div class="tandan-col-left"><div class="tandan-content"><div class="tandan-title-news"><h1>{T(a["title"])}</h1></div>
<div class="tandan-date-news">{a["date_show"]}</div>
<div class="tandan-summary"><div class="ms-rtestate-field">{T(lead) if lead else ""}</div></div>
<div class="tandan-body-news"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{body}
{byline_end(a)}</div></div>
<div class="tandan-tool">{share()}</div>
<div class="tandan-other-news">{related_html(rel(8), "Các tin đã đưa")}</div></div></div>
<div class="tandan-col-right">{sidebar("tandan-right")}</div>{footer(a["site"])}</div></div>
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"/portal",pageListId:"{{a8b2}}"}};{pad_js(150)}</script></form></body></html>'''

def t_trang(a):
    lead = lead_of(a)
    body = render(a["blocks"], cap="span", skiplead=True, quote="box")
    return f'''<!DOCTYPE html><html dir="ltr" lang="vi-VN">{head(a, '<meta http-equiv="X-UA-Compatible" content="IE=10"><link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css">', title_suffix="BHXH tỉnh", og=False, css=50)}
<body><form method="post" action="ChiTietTinTuc.aspx?nid=4172" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(14000)}"><input type="hidden" name="__EVENTVALIDATION" value="{viewstate(300)}">
<div id="s4-workspace">{topbar(a, "Hôm nay: 21/11/2026")}{nav("menu-top")}
<div class="path"><a href="/Trang/default.aspx">Trang chủ</a> » <a href="/Trang/TinTuc.aspx">Tin tức</a></div>
<table width="100%" class="layout"><tr><td valign="top" class="main"><div class="news-detail">
<div class="ND_Title">{T(a["title"])}</div>
<div class="ND_Info"><span class="ND_Date">{a["date_show"]}</span> | <span class="ND_Author">Người đăng: {T(a["byline"][2][0])}</span> | Lượt xem: 154</div>
<div class="ND_Summary"><b>{T(lead)}</b></div>
<div class="ND_Content">{body}</div>
<div class="ND_Tools">{share()}</div>
<div class="ND_Other">{related_html(rel(7), "Tin khác")}</div></div></td><td width="280" valign="top">{sidebar()}</td></tr></table>
{footer(a["site"])}</div><script>{pad_js(80)}</script></form></body></html>'''

def t_dnn(a):
    body = render(a["blocks"], cap="div", lead='<p class="lead" style="font-weight:bold">%s</p>')
    return f'''<!DOCTYPE html><html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><title>{html.escape(a["title"])} &gt; {a["site"]}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{html.escape(lead_of(a)[:120])}"><link href="/Portals/_default/skins/cat/skin.css?cdv=212" rel="stylesheet"><style>{pad_css(60)}</style></head>
<body id="Body"><form method="post" action="/tin-tuc-su-kien/an-ninh-trat-tu/articleid/8831" id="Form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(5000)}"></div>
<div id="siteWrapper">{topbar(a, "Thứ Bảy, 21/11/2026")}{nav("dnnMenu")}
<div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> › <a href="/an-ninh-trat-tu">An ninh trật tự</a></span></div>
<div class="row"><div id="dnn_ContentPane" class="col-md-9 DNNEmptyPane"><div class="DnnModule DnnModule-EasyDNNnews"><div class="eds_news_module_8831 news eds_subCollection_news">
<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{T(a["title"])}</h1><div class="edn_metaDetails"><span class="edn_date">{a["date_show"]}</span> <span class="edn_views">Lượt xem: 1.027</span></div>
<div class="edn_articleContent">{body}
<p style="text-align:right"><strong>{T(a["byline"][1][0])}</strong></p></div>
<div class="edn_articleTags">Tags: <a>lừa đảo</a> <a>VNeID</a></div>{share()}</div>
<div class="edn_relatedArticles">{related_html(rel(6), "Bài viết liên quan")}</div>{comments()}</div></div></div>
<div id="dnn_RightPane" class="col-md-3">{sidebar("dnnPane")}</div></div>{footer(a["site"])}</div>
<script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js"></script><script>{pad_js(50)}</script></form></body></html>'''

def t_flatsome(a):
    body = render(a["blocks"], cap="wp")
    return f'''<!DOCTYPE html><html lang="vi" prefix="og: https://ogp.me/ns#">{head(a, '<link rel="stylesheet" id="flatsome-main-css" href="/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.7" type="text/css" media="all">', css=150)}
<body class="post-template-default single single-post postid-2214 single-format-standard lightbox nav-dropdown-has-arrow"><div id="wrapper">
<header id="header" class="header has-sticky"><div class="header-wrapper">{topbar(a, "Thứ Bảy, 21 Tháng Mười Một, 2026")}{nav("header-nav nav nav-left")}</div></header>
<main id="main"><div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large row-divided"><div class="large-9 col">
<article id="post-2214" class="post-2214 post type-post status-publish"><div class="article-inner"><header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall"><a href="/chuyen-muc/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></h6>
<h1 class="entry-title">{T(a["title"])}</h1><div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng ngày <a href="{a["url"]}" rel="bookmark"><time class="entry-date published" datetime="{a["time_dt"]}">{a["date_show"]}</time></a></span> <span class="byline">Viết bởi <span class="meta-author vcard"><a class="url fn n" href="/author/thanhnv/">{T(a["byline"][1][0])}</a></span></span></div></div></header>
<div class="entry-content single-page">{body}
<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons"><a class="facebook">Facebook</a><a class="zalo">Zalo</a></div></div></div>
<footer class="entry-meta text-left">Chuyên mục <a href="/chuyen-muc/hoat-dong-hoi/">Hoạt động Hội</a>. Từ khóa: <a>nhà nghĩa tình</a>.</footer>
<div class="entry-author author-box"><div class="flex-row"><h5 class="author-name uppercase pt-half">{T(a["byline"][1][0])}</h5><p class="author-desc small">Cộng tác viên</p></div></div>
<nav class="navigation-post"><a href="/p1" rel="prev">← Hội nghị triển khai nhiệm vụ năm 2027</a> <a href="/p2" rel="next">Ra quân tổng vệ sinh môi trường →</a></nav></div></article>
<div id="comments" class="comments-area">{comments(1)}</div></div>
<div class="post-sidebar large-3 col"><div id="secondary" class="widget-area"><aside class="widget flatsome_recent_posts"><span class="widget-title">Bài viết mới</span>{related_html(rel(5), "", cls="recent-blog-posts")}</aside>{sidebar("widget")}</div></div></div></div></main>
{footer(a["site"])}</div><script type="text/javascript" id="flatsome-js-js-extra">var flatsomeVars={{"ajaxurl":"\\/wp-admin\\/admin-ajax.php"}};{pad_js(70)}</script></body></html>'''

def t_newspaper(a):
    body = render(a["blocks"], cap="wp", lead='<p class="td-post-sub-title"><em>%s</em></p>', h="h2")
    return f'''<!doctype html><html lang="vi">{head(a, '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.5">', css=160)}
<body class="post-template-default single single-post td-standard-pack global-block-template-1 tdb_template td-full-layout"><div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap">{topbar(a, "Thứ Bảy, Tháng Mười Một 21, 2026")}{nav("sf-menu tdb-block-menu")}</div>
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-row"><div class="td-pb-span8 td-main-content">
<div class="tdb-breadcrumbs"><span><a href="/">Trang chủ</a></span> <i class="tdb-bread-sep"></i> <span><a href="/category/tin-tuc/">Tin tức</a></span></div>
<div class="tdb_title"><h1 class="tdb-title-text">{T(a["title"])}</h1></div>
<div class="tdb_single_date"><time class="entry-date updated td-module-date" datetime="{a["meta_time"]}">{a["date_show"]}</time></div>
<div class="tdb_single_post_views"><span class="td-nr-views-1542">208</span></div>
<div class="td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">{body}
{byline_end(a)}</div></div>
<div class="tdb_single_tags"><ul class="tdb-tags"><li><span>TAGS</span></li><li><a href="/tag/van-hoa-doc/">văn hóa đọc</a></li></ul></div>
<div class="td-post-sharing">{share()}</div>
<div class="tdb_single_related">{related_html(rel(6), "BÀI VIẾT LIÊN QUAN")}</div><div class="td-comments">{comments(2)}</div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title">ĐỌC NHIỀU</h4>{related_html(rel(4), "")}</div>{sidebar("td-ss-main-sidebar")}</div></div></div>
{footer(a["site"])}</div><script type="text/javascript">var tdBlocksArray=[];{pad_js(90)}</script></body></html>'''

def t_joomla(a):
    body = render(a["blocks"], cap="figure")
    return f'''<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management"><title>{html.escape(a["title"])}</title>
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet"><style>{pad_css(80)}</style><script type="application/json" class="joomla-script-options new">{{"csrf.token":"{R.randrange(1<<64):x}"}}</script></head>
<body class="site helix-ultimate hu com_content com-content view-article layout-blog task-none itemid-142 vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper"><div id="sp-top-bar"><div class="container"><div class="sp-contact-info">Hotline: 0238 3823 115</div><div class="date">{TODAY_DMY}</div></div></div>
<header id="sp-header"><div class="container"><div class="logo"><a href="/"><span>{a["site"]}</span></a></div>{nav("sp-megamenu-parent menu-animation-fade-up")}</div></header>
<section id="sp-section-1"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active">Hoạt động chuyên môn</li></ol></section>
<section id="sp-main-body"><div class="container"><div class="row"><main id="sp-component" class="col-lg-9"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
<div class="article-details" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">
<div class="article-header"><h1 itemprop="headline">{T(a["title"])}</h1></div>
<div class="article-info"><span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Tác giả: {html.escape(a["byline"][2][0])}">Tác giả: <span itemprop="name">{T(a["byline"][2][0])}</span></span>
<span class="category-name" title="Danh mục: Hoạt động chuyên môn"><a href="/tin-tuc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></span>
<span class="published" title="Ngày đăng: {a["date_show"]}"><time datetime="{a["time_dt"]}" itemprop="datePublished">{a["date_show"]}</time></span><span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:96">Lượt xem: 96</span></div>
<div itemprop="articleBody">{body}</div>
<div class="article-ratings-social-share d-flex justify-content-end">{share()}</div>
<nav class="pagenavigation"><ul class="pagination ms-0"><li class="previous page-item"><a class="page-link" href="/p" rel="prev">Trước</a></li><li class="next page-item"><a class="page-link" href="/n" rel="next">Tiếp</a></li></ul></nav></div>
<div class="related-article-list-container">{related_html(rel(5), "Bài viết liên quan")}</div></div></main>
<aside id="sp-right" class="col-lg-3">{sidebar("sp-module")}</aside></div></div></section>{footer(a["site"])}</div></div>
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js"></script><script>{pad_js(40)}</script></body></html>'''

def t_nukeviet(a):
    lead = lead_of(a)
    body = render(a["blocks"], cap="figure", skiplead=True, nbsp=a["name"] == "e09")
    bl = byline_end(a)
    return f'''<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">{head(a, '<meta name="generator" content="NukeViet v4.5"><link rel="StyleSheet" href="/themes/egov/css/style.css">', css=60)}
<body><div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>
<div class="body-bg"><div class="wraper"><header>{topbar(a, "Thứ bảy, 21/11/2026")}</header>{nav("nav navbar-nav")}
<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/">Trang nhất</a></li><li><a href="/news/"><span>Tin Tức</span></a></li><li><a href="/news/tin-tuc/"><span>Tin tức</span></a></li></ul></div>
<div class="row"><div class="col-md-16"><div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{T(a["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{a["date_show"]}</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope"></em></a></li><li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print"></em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom">{T(lead)}</div>
<figure class="article left pointer"><img alt="" src="/assets/news/2026_11/thumb.jpg" width="140"></figure></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}
{bl}{extras(a)}</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</strong></p></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="keywords"><em class="fa fa-tags"></em> <strong>Từ khóa: </strong><a href="/tag/">địa phương</a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p>{related_html(rel(4), "")}<p class="h3"><strong>Những tin cũ hơn</strong></p>{related_html(rel(5), "")}</div></div></div>
<div class="col-md-8">{sidebar("panel")}</div></div>{footer(a["site"])}</div></div>
<script src="/assets/js/jquery/jquery.min.js"></script><script>var nv_base_siteurl="/",nv_lang_data="vi";{pad_js(30)}</script></body></html>'''

def t_drupal(a):
    body = render(a["blocks"], cap="figure")
    return f'''<!DOCTYPE html><html lang="vi" dir="ltr">{head(a, '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><link rel="canonical" href="%s">' % a["url"], title_suffix="Kho bạc Nhà nước", css=70)}
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner">{topbar(a, "Thứ Bảy, 21/11/2026")}{nav("menu--main")}</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/vi">Trang chủ</a></li><li><a href="/vi/tin-hoat-dong">Tin hoạt động</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-khobac-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{T(a["title"])}</span></h1></div>
<div id="block-khobac-content" class="block block-system block-system-main-block"><article role="article" about="/vi/node/5521" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>admin_kbnn</span></span> <span class="field field--name-created field--type-created field--label-hidden">{a["date_show"]}</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}
{byline_end(a)}{extras(a)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/vi/taxonomy/term/12">Đầu tư công</a></div></div></div>
<section class="field field--name-comment"><h2>Bình luận</h2>{comments(1)}</section></div></article></div>
<div class="views-element-container block-views-blockcung-chuyen-muc">{related_html(rel(6), "Tin cùng chuyên mục")}</div></div></div>
<aside class="layout-sidebar-second" role="complementary">{sidebar("region region-sidebar-second")}</aside></main>{footer(a["site"])}</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/5521"}},"pluralDelimiter":"\\u0003"}}</script><script>{pad_js(40)}</script></body></html>'''

def t_laravel(a):
    body = render(a["blocks"], cap="figure")
    return f'''<!DOCTYPE html><html lang="vi">{head(a, '<meta name="csrf-token" content="%040x"><link href="/css/app.css?id=8f1a2b" rel="stylesheet">' % R.randrange(1 << 160), css=30)}
<body class="antialiased"><div id="app">{topbar(a, "Hôm nay, thứ Bảy 21/11/2026")}{nav("main-menu")}
<div class="container mx-auto"><div class="grid grid-cols-12 gap-4"><div class="col-span-8">
<ul class="bread"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Hoạt động của Đảng bộ</a></li></ul>
<div class="post-detail"><h1 class="post-title text-2xl font-bold">{T(a["title"])}</h1><p class="post-time text-gray-500">{a["date_show"]}</p>
<div class="post-content prose">{body}</div>{share()}</div>
<div class="post-related"><h3 class="heading">Tin cùng chuyên mục</h3>{related_html(rel(8), "", tag="ul", cls="list-news")}</div></div>
<div class="col-span-4">{sidebar("widgets")}</div></div></div>{footer(a["site"])}</div>
<script src="/js/app.js?id=32ac11" defer></script><script>{pad_js(20)}</script></body></html>'''

def t_dotnet(a):
    lead = lead_of(a)
    body = render(a["blocks"], cap="figure", skiplead=True, h="h4")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["jsonld"], "dateModified": "2026-11-15T14:02:10+07:00",
                     "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["site"]}}, ensure_ascii=False)
    big = "".join(f'<div class="card mb-2"><div class="card-body"><a href="/tin/{i}" class="card-title">{t}</a><small class="text-muted">{d}</small></div></div>' for i, (t, d) in enumerate(rel(12) * 12))
    return f'''<!DOCTYPE html><html lang="vi">{head(a, '<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css"><script type="application/ld+json">%s</script>' % ld, css=900)}
<body><header class="border-bottom">{topbar(a, "Thứ Bảy, ngày 21/11/2026")}<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container-fluid">{nav("navbar-nav me-auto")}</div></nav></header>
<div class="container"><main role="main" class="pb-3"><div class="row g-4"><div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Chỉ đạo điều hành</li></ol></nav>
<article class="article-detail"><h1 class="h3 fw-bold article-title">{T(a["title"])}</h1>
<div class="d-flex justify-content-between text-muted small mb-3"><span><i class="bi bi-clock"></i> {a["date_show"]}</span><span><i class="bi bi-eye"></i> 2.104</span></div>
<div class="article-sapo fw-semibold fst-italic mb-3">{T(lead)}</div>
<div class="article-content">{body}</div>
<div class="article-author text-end fw-bold">{T(a["byline"][1][0])}</div>
<div class="article-tags mt-3"><span class="badge bg-secondary">cải cách hành chính</span> <span class="badge bg-secondary">chuyển đổi số</span></div>{share()}</article>
<section class="mt-4"><h5 class="border-bottom pb-2">Tin liên quan</h5>{related_html(rel(8), "")}</section>{comments(2)}</div>
<div class="col-lg-4">{sidebar("sticky-top")}<div class="most-read">{big}</div></div></div></main></div>{footer(a["site"])}
<input name="__RequestVerificationToken" type="hidden" value="{viewstate(120)}"><script src="/lib/jquery/dist/jquery.min.js"></script><script>{pad_js(1400)}</script></body></html>'''

def t_nuxt(a):
    lead = lead_of(a)
    body = render(a["blocks"], cap="figure", skiplead=True).replace("<p>", '<p data-v-7a1c2e>')
    state = json.dumps({"layout": "default", "data": [{"article": {"id": 5512, "title": a["title"], "summary": lead[:80], "slug": a["url"].rsplit("/", 1)[1]}}], "serverRendered": True}, ensure_ascii=False)
    return f'''<!doctype html><html data-n-head-ssr lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D"><head><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(a["title"])} | {a["site"]}</title>
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{html.escape(a["title"])}"><link rel="preload" href="/_nuxt/app.4f2a.js" as="script"><style data-vue-ssr-id="a1:0">{pad_css(60)}</style></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app-wrapper" data-v-3b1f0a>
<header class="header" data-v-3b1f0a><div class="header-top" data-v-3b1f0a><span data-v-3b1f0a>Thứ Bảy, 21/11/2026</span></div><div class="logo" data-v-3b1f0a><a href="/" class="nuxt-link-active" data-v-3b1f0a>{a["site"]}</a></div>{nav("menu")}</header>
<div class="container page-detail" data-v-7a1c2e><div class="breadcrumb" data-v-7a1c2e><a href="/" data-v-7a1c2e>Trang chủ</a> / <a href="/tin-tuc" data-v-7a1c2e>Tin tức</a></div>
<div class="row" data-v-7a1c2e><div class="col-8" data-v-7a1c2e><div class="detail" data-v-7a1c2e><h1 class="detail__title" data-v-7a1c2e>{T(a["title"])}</h1>
<div class="detail__date" data-v-7a1c2e>{a["date_show"]}</div><div class="detail__summary" data-v-7a1c2e><p data-v-7a1c2e><b data-v-7a1c2e>{T(lead)}</b></p></div>
<div class="detail__content ck-content" data-v-7a1c2e>{body}</div><div class="detail__author" data-v-7a1c2e style="text-align:right"><b>{T(a["byline"][1][0])}</b></div>
<div class="detail__share" data-v-7a1c2e>{share()}</div></div><div class="other" data-v-7a1c2e>{related_html(rel(6), "Tin khác")}</div></div><div class="col-4" data-v-7a1c2e>{sidebar()}</div></div></div>
{footer(a["site"])}</div></div></div><script>window.__NUXT__={state};</script><script src="/_nuxt/app.4f2a.js" defer></script></body></html>'''

def t_classic(a):
    # HTML 4 frameset-era site, windows-1258
    body = []
    for i, b in enumerate(a["blocks"]):
        if b[0] == "p": body.append(f'<p align="justify"><font face="Arial" size="2">{T(b[1])}</font></p>')
        elif b[0] == "img": body.append(cap_img(b[1], "center", i))
    rel_rows = "".join(f'<tr><td><img src="/images/dot.gif"> <a href="chitiet.asp?id={1900+i}"><font size="2">{t}</font></a> <font size="1" color="#888888">({d.replace("2026","2024").replace("/11/","/08/").replace("/10/","/08/")})</font></td></tr>' for i, (t, d) in enumerate(rel(10)))
    links = "".join(f'<tr><td><a href="lienket.asp?id={i}"><font size="2">UBND xã {x}</font></a></td></tr>' for i, x in enumerate(["Thạch Long","Thạch Sơn","Thạch Kênh","Thạch Liên","Thạch Khê","Thạch Đài","Thạch Trị","Thạch Lạc","Thạch Hội","Thạch Văn","Thạch Thắng","Thạch Xuân","Nam Điền","Ngọc Sơn","Lưu Vĩnh Sơn"]))
    menu = "".join(f'<tr><td bgcolor="#E8F0FF"><a href="menu.asp?id={i}"><font size="2"><b>{m}</b></font></a></td></tr>' for i, m in enumerate(MENU))
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{a["site"]} - {html.escape(a["title"])}</title>
<style type="text/css">body{{margin:0}} .tieude{{font-family:Arial;font-size:14pt;color:#003399}}</style><script language="JavaScript">function MM_swapImage(){{return true}}</script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0"><center>
<table width="780" border="0" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td colspan="3" bgcolor="#003399" height="90"><font color="#FFFFFF" size="5"><b>{a["site"].upper()}</b></font><br><font color="#FFFF00" size="2">Thứ Năm, 05/09/2024</font></td></tr>
<tr><td colspan="3" bgcolor="#CC0000"><marquee><font color="#FFFFFF" size="2">Chào mừng kỷ niệm 79 năm Cách mạng tháng Tám và Quốc khánh 2/9</font></marquee></td></tr>
<tr><td width="170" valign="top" bgcolor="#F0F0F0"><table width="100%" cellpadding="3">{menu}</table><br><table width="100%"><tr><td bgcolor="#003399"><font color="#FFFFFF" size="2"><b>THỐNG KÊ</b></font></td></tr><tr><td><font size="2">Lượt truy cập: 381.920</font></td></tr></table></td>
<td width="440" valign="top"><table width="100%" cellpadding="6"><tr><td><font size="1"><a href="default.asp">Trang chủ</a> &gt;&gt; <a href="tintuc.asp">Tin tức</a></font></td></tr>
<tr><td class="tieude"><b>{T(a["title"])}</b></td></tr><tr><td><font size="1" color="#666666">Ngày đăng: {a["date_show"]}</font></td></tr>
<tr><td>{"".join(body)}
<p align="right"><font face="Arial" size="2"><b>{T(a["byline"][1][0])}</b></font></p></td></tr>
<tr><td><a href="javascript:window.print()"><font size="1">[In trang]</font></a> <a href="javascript:history.back()"><font size="1">[Quay lại]</font></a></td></tr>
<tr><td bgcolor="#E8F0FF"><font size="2"><b>CÁC TIN ĐÃ ĐƯA</b></font></td></tr><tr><td><table>{rel_rows}</table></td></tr></table></td>
<td width="170" valign="top" bgcolor="#F8F8F8"><table width="100%"><tr><td bgcolor="#003399"><font color="#FFFFFF" size="2"><b>LIÊN KẾT</b></font></td></tr><tr><td><a href="http://hatinh.gov.vn"><font size="2">Cổng TTĐT tỉnh Hà Tĩnh</font></a></td></tr><tr><td><a href="http://chinhphu.vn"><font size="2">Chính phủ</font></a></td></tr>{links}</table></td></tr>
<tr><td colspan="3" bgcolor="#003399" align="center"><font color="#FFFFFF" size="1">Bản quyền thuộc {a["site"]}. Địa chỉ: thị trấn Thạch Hà, tỉnh Hà Tĩnh</font></td></tr></table></center></body></html>'''

def t_mobile(a):
    body = render(a["blocks"], cap="div")
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"><title>{html.escape(a["title"])}</title>
<link rel="canonical" href="{a["url"].replace("//m.", "//")}"><style>{pad_css(50)}</style></head>
<body class="mobile"><header class="m-header"><a class="m-menu-btn" href="#menu">☰</a><a class="m-logo" href="/">{a["site"]}</a><span class="m-date">21/11/2026</span></header>
<div id="menu" class="m-drawer">{nav("m-nav")}</div>
<div class="m-article"><div class="m-cate"><a href="/chuyen-muc/tin-tuc">Tin tức</a></div><h1 class="m-title">{T(a["title"])}</h1><div class="m-time">{a["date_show"]}</div>
<div class="m-body">{body}<p class="m-author" style="text-align:right"><b>{T(a["byline"][1][0])}</b></p></div>
<div class="m-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a></div></div>
<div class="m-related"><h3>Xem thêm</h3>{related_html(rel(5), "")}</div>
<footer class="m-footer">© 2026 {a["site"]} · <a href="{a["url"].replace("//m.", "//")}">Phiên bản máy tính</a></footer><script>{pad_js(70)}</script></body></html>'''

def t_twocol(a):
    lead = lead_of(a)
    ps = [b for b in a["blocks"] if b[0] == "p"]
    cap = [b for b in a["blocks"] if b[0] == "img"][0][1]
    left = "".join(f"<p>{T(b[1])}</p>" for b in ps[:2])
    left2 = "".join(f"<p>{T(b[1])}</p>" for b in ps[2:])
    return f'''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{html.escape(a["title"])} - Sở Y tế Quảng Ngãi</title><style>{pad_css(40)} .img-side{{float:right;width:260px;border:1px solid #ccc;padding:4px}}</style></head>
<body><form name="Form" method="post" action="/Default.aspx?tabid=84&amp;ItemID=6315" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(3500)}">
{topbar(a, "Thứ Bảy, 21/11/2026")}{nav("menu")}
<table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" width="72%">
<div class="Head"><span class="bread">Trang chủ › Tin tức › Hoạt động ngành</span></div>
<h2 class="NewsTitle">{T(a["title"])}</h2><span class="NewsDate">{a["date_show"]}</span>
<p class="NewsLead"><b><i>{T(lead)}</i></b></p>
<table class="newsbody" width="100%"><tr><td valign="top" class="text-col">{left}
{left2}</td><td valign="top" width="270"><div class="img-side"><img src="/Portals/0/2026/ghep-than.jpg" width="250"><p class="side-caption"><i>{T(cap)}</i></p></div>
<div class="img-side note"><b>Xem thêm:</b> <a href="/tin/1">Bệnh viện triển khai kỹ thuật lọc máu liên tục</a> (02/10/2026)</div></td></tr></table>
<div class="NewsAuthor" style="text-align:right"><b>{T(a["byline"][1][0])}</b><br><i>{T(a["byline"][1][1])}</i></div>
{share()}{related_html(rel(6), "Các tin khác")}</td><td valign="top">{sidebar()}</td></tr></table>{footer(a["site"])}<script>{pad_js(40)}</script></form></body></html>'''

def gold_twocol(a):
    # reading order of the two-column body: lead, text column, then the side box caption
    b = a["blocks"]
    order = [x for x in b if x[0] == "lead"] + [x for x in b if x[0] == "p"] + [x for x in b if x[0] == "img"]
    return gold_body(order)

TPL = {"e01": t_liferay62, "e02": t_liferay7, "e03": t_tandan, "e04": t_trang, "e05": t_dnn, "e06": t_flatsome, "e07": t_newspaper, "e08": t_joomla,
       "e09": t_nukeviet, "e10": t_drupal, "e11": t_laravel, "e12": t_dotnet, "e13": t_nuxt, "e14": t_classic, "e15": t_mobile, "e16": t_twocol,
       "e17": t_liferay62, "e18": t_tandan, "e19": t_nukeviet, "e20": t_liferay7}

def cp1258(s):
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")

def write(name, page, enc, side):
    if enc == "cp1258": data = cp1258(page)
    elif enc == "utf-8-sig": data = b"\xef\xbb\xbf" + page.encode("utf-8")
    else: data = page.encode("utf-8")
    open(os.path.join(OUT, name + ".html"), "wb").write(data)
    open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8").write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")

def main():
    for name in sorted(A):
        a = dict(A[name]); a["name"] = name
        MODE["ent"] = a.get("entities")
        page = TPL[name](a)
        MODE["ent"] = None
        body = gold_twocol(a) if name == "e16" else gold_body(a["blocks"])
        side = {"kind": "article", "platform": a["platform"], "url": a["url"], "charset": a["charset"], "title": a["title"],
                "published_at": a["published_at"], "author": a["author"], "body": unicodedata.normalize("NFC", body)}
        enc = "cp1258" if a["charset"] == "windows-1258" else ("utf-8-sig" if a.get("bom") else "utf-8")
        write(name, page, enc, side)
    from nonart import NON
    for name, (platform, url, charset, page) in NON.items():
        write(name, page, "utf-8", {"kind": platform[0], "platform": platform[1], "url": url, "charset": charset})

if __name__ == "__main__":
    main()
