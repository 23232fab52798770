#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind-c evaluation pages and their gold sidecars.

Texts and metadata live in texts.py (data only); each page has one template
function below. The gold body is derived from the same block data that the
template renders, so the two cannot drift apart. Deterministic: re-running
rewrites identical files.
"""
import html as H
import json
import os
import random
import re
import unicodedata

from texts import ARTICLES

OUT = os.path.dirname(os.path.abspath(__file__))
INLINE = r'</?(?:a|strong|b|em|i|span|font|u|sup|sub)(?:\s[^>]*)?>'


def fold(s):
    s = re.sub(INLINE, '', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = H.unescape(s)
    s = re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()
    return unicodedata.normalize('NFC', s)


def gold_body(a):
    segs = []
    if a.get('lead'):
        segs.append(fold(a['lead']))
    for b in a['blocks']:
        k = b[0]
        if k in ('p', 'h'):
            segs.append(fold(b[1]))
        elif k == 'img':
            if b[1]:
                segs.append(fold(b[1]))
        elif k in ('ul', 'ol', 'quote'):
            segs.extend(fold(x) for x in b[1])
        elif k == 'table':
            for row in b[1]:
                segs.extend(fold(c) for c in row)
    return '\n\n'.join(segs)


# ---------------------------------------------------------------- helpers
HEADLINES = [
    "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2025",
    "Kiểm tra công tác phòng, chống thiên tai tại các xã ven sông",
    "Tập huấn nghiệp vụ cho công chức Văn phòng – Thống kê cấp xã",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh",
    "Trao quyết định bổ nhiệm cán bộ lãnh đạo cấp phòng",
    "Tuyên truyền phòng, chống tác hại của thuốc lá trong trường học",
    "Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công",
    "Hội thi Dân vận khéo năm 2025 thu hút 28 đội tham gia",
    "Phát động tháng cao điểm vì người nghèo và an sinh xã hội",
    "Sơ kết công tác cải cách hành chính 9 tháng đầu năm",
    "Lễ ra quân huấn luyện dân quân tự vệ năm 2025",
    "Bàn giao nhà Đại đoàn kết cho hộ nghèo",
    "Giải bóng chuyền hơi người cao tuổi mở rộng",
    "Tăng cường quản lý an toàn thực phẩm dịp cuối năm",
    "Hội nghị đối thoại giữa người đứng đầu với Nhân dân",
    "Kiểm tra tiến độ giải ngân vốn đầu tư công",
    "Tổ chức Ngày pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Trao học bổng cho học sinh nghèo vượt khó học giỏi",
    "Lấy ý kiến Nhân dân về dự thảo quy hoạch sử dụng đất",
    "Triển khai cấp căn cước cho người dưới 14 tuổi",
    "Nâng cao chất lượng hoạt động của Tổ hòa giải ở cơ sở",
    "Phòng chống dịch bệnh trên đàn gia súc, gia cầm",
    "Hội nghị Ban Chấp hành Đảng bộ mở rộng lần thứ hai",
    "Hưởng ứng Tuần lễ quốc gia phòng, chống thiên tai",
    "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Phát triển sản phẩm OCOP gắn với du lịch nông thôn",
    "Thông báo lịch tiếp công dân định kỳ tháng 12",
    "Giao lưu văn hóa, thể thao chào mừng ngày thành lập Đoàn",
    "Tuyên dương gương người tốt, việc tốt năm 2025",
    "Hướng dẫn đăng ký tạm trú trực tuyến qua ứng dụng VNeID",
    "Khảo sát mức độ hài lòng của người dân với dịch vụ hành chính công",
]


def rng_for(name):
    return random.Random(name)


def headlines(name, n, start=0):
    r = rng_for(name + str(start))
    pool = HEADLINES[:]
    r.shuffle(pool)
    return pool[:n]


def dates_before(iso, n, seed):
    """n (d, m, y, hh, mm) tuples, descending, before the article date."""
    import datetime as dt
    d0 = dt.datetime.fromisoformat(iso)
    r = random.Random(seed)
    out = []
    d = d0
    for _ in range(n):
        d = d - dt.timedelta(days=r.randint(1, 4), hours=r.randint(0, 9), minutes=r.randint(0, 59))
        out.append(d)
    return out


def dates_after(iso, n, seed):
    import datetime as dt
    d0 = dt.datetime.fromisoformat(iso)
    r = random.Random(seed)
    out = []
    d = d0
    for _ in range(n):
        d = d + dt.timedelta(days=r.randint(1, 3), hours=r.randint(0, 5), minutes=r.randint(0, 59))
        out.append(d)
    return out


def slug(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r'[^A-Za-z0-9]+', '-', s).strip('-').lower()
    return s[:80]


def img_src(name, i):
    return "/images/%s/2025/anh-%s-%d.jpg" % (name, name, i + 1)


def render_blocks(a, name, cap='figcaption', h='h2', ptag='p', pattr='',
                  spacers=False, nbsp_in=False, table_cls='table table-bordered'):
    out = []
    pi = 0
    for i, b in enumerate(a['blocks']):
        k = b[0]
        if k == 'p':
            t = b[1]
            if nbsp_in and pi % 2 == 0:
                # non-breaking space after the first comma, and leading indent
                t = '&nbsp;&nbsp;&nbsp; ' + t.replace(', ', ',&nbsp;', 1)
            out.append('<%s%s>%s</%s>' % (ptag, pattr, t, ptag))
            pi += 1
            if spacers and pi % 2 == 0:
                out.append('<%s%s>&nbsp;</%s>' % (ptag, pattr, ptag))
        elif k == 'h':
            out.append('<%s>%s</%s>' % (h, b[1], h) if h not in ('p-strong',)
                       else '<p><strong>%s</strong></p>' % b[1])
        elif k == 'img':
            src = img_src(name, i)
            c = b[1]
            if cap == 'figcaption':
                out.append('<figure class="image"><img src="%s" alt="" width="800" height="533"><figcaption>%s</figcaption></figure>' % (src, c))
            elif cap == 'wpfig':
                out.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://doanthanhnien.danang.gov.vn/wp-content/uploads/2025/06/ra-quan-%d-1024x683.jpg" alt="" class="wp-image-%d"/><figcaption class="wp-element-caption">%s</figcaption></figure>' % (i, 5120 + i, c))
            elif cap == 'tablecap':
                out.append('<table class="image-table" align="center" border="0" cellpadding="3" cellspacing="0" style="width:600px"><tbody><tr><td><img src="%s" alt="" style="width:600px;height:400px"></td></tr><tr><td class="image_desc" style="text-align:center">%s</td></tr></tbody></table>' % (src, c))
            elif cap == 'pcap':
                out.append('<p style="text-align:center"><img src="%s" alt="%s" style="width:100%%"></p>\n<p class="image-caption">%s</p>' % (src, H.escape(fold(c)), c))
            elif cap == 'em':
                out.append('<p style="text-align: center;"><img alt="" src="%s" style="width: 700px; height: 466px;"></p>\n<p style="text-align: center;"><em>%s</em></p>' % (src, c))
            elif cap == 'div':
                out.append('<div class="img-box"><img src="%s" alt=""><div class="img-note">%s</div></div>' % (src, c))
            elif cap == 'amp':
                out.append('<figure class="amp-fig"><amp-img src="%s" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>%s</figcaption></figure>' % (src, c))
        elif k in ('ul', 'ol'):
            items = ''.join('<li>%s</li>' % x for x in b[1])
            out.append('<%s>%s</%s>' % (k, items, k))
        elif k == 'table':
            rows = []
            for ri, row in enumerate(b[1]):
                tag = 'td'
                cells = ''.join('<%s>%s</%s>' % (tag, (('<strong>%s</strong>' % c) if ri == 0 else c), tag) for c in row)
                rows.append('<tr>%s</tr>' % cells)
            out.append('<table class="%s" border="1" cellpadding="4" cellspacing="0" style="width:100%%"><tbody>%s</tbody></table>' % (table_cls, ''.join(rows)))
        elif k == 'quote':
            out.append('<blockquote>%s</blockquote>' % ''.join('<p>%s</p>' % x for x in b[1]))
    return '\n'.join(out)


def lorem_viewstate(seed, n):
    r = random.Random(seed)
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return '/wEP' + ''.join(r.choice(al) for _ in range(n))


def gov_footer(org, addr, phone, resp, licence='', extra=''):
    return ('<p><strong>%s</strong></p><p>Địa chỉ: %s</p><p>Điện thoại: %s</p>'
            '<p>Chịu trách nhiệm nội dung: %s</p>%s%s') % (
        org, addr, phone, resp, ('<p>%s</p>' % licence) if licence else '', extra)


def counter_box(seed, cls='counter'):
    r = random.Random(seed)
    return ('<div class="%s"><div class="title">Thống kê truy cập</div><ul>'
            '<li>Đang truy cập: <b>%d</b></li><li>Hôm nay: <b>%s</b></li>'
            '<li>Tháng hiện tại: <b>%s</b></li><li>Tổng lượt truy cập: <b>%s</b></li></ul></div>') % (
        cls, r.randint(20, 400), '{:,}'.format(r.randint(1000, 9000)).replace(',', '.'),
        '{:,}'.format(r.randint(50000, 300000)).replace(',', '.'),
        '{:,}'.format(r.randint(1000000, 30000000)).replace(',', '.'))


DOCS = [
    ("Quyết định số 1825/QĐ-UBND", "Về việc công bố danh mục thủ tục hành chính được chuẩn hóa lĩnh vực hộ tịch"),
    ("Kế hoạch số 214/KH-UBND", "Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư năm 2025"),
    ("Công văn số 3317/UBND-KGVX", "Về việc tăng cường công tác phòng, chống dịch bệnh mùa mưa"),
    ("Thông báo số 92/TB-UBND", "Kết luận của Chủ tịch UBND tại buổi làm việc với các xã"),
    ("Chỉ thị số 08/CT-UBND", "Về tăng cường kỷ luật, kỷ cương hành chính sau sắp xếp bộ máy"),
    ("Quyết định số 2044/QĐ-UBND", "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính"),
]


def docs_box(cls='van-ban', n=5):
    return '<div class="%s"><h3>Văn bản mới</h3><ul>%s</ul><a href="/van-ban" class="more">Xem tất cả</a></div>' % (
        cls, ''.join('<li><a href="/van-ban/%s"><b>%s</b></a><p>%s</p></li>' % (slug(a), a, b) for a, b in DOCS[:n]))


def poll_box():
    return ('<div class="poll"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về chất lượng phục vụ của bộ phận một cửa?</p>'
            '<form action="/poll/vote" method="post"><label><input type="radio" name="o" value="1"> Rất hài lòng</label><br>'
            '<label><input type="radio" name="o" value="2"> Hài lòng</label><br><label><input type="radio" name="o" value="3"> Chưa hài lòng</label><br>'
            '<button type="submit">Biểu quyết</button> <a href="/poll/result">Xem kết quả</a></form></div>')


def calendar_box(month, year):
    cells = ''.join(('<td>%d</td>' % d) + ('</tr><tr>' if d % 7 == 0 else '') for d in range(1, 31))
    return ('<div class="calendar"><h3>Lịch công tác</h3><table class="cal"><caption>Tháng %d/%d</caption>'
            '<tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr><tr>%s</tr></table></div>') % (month, year, cells)


def video_box():
    return ('<div class="video-box"><h3>Video</h3><video controls width="300" poster="/video/poster.jpg"><source src="/video/phong-su-2025.mp4" type="video/mp4"></video>'
            '<ul><li><a href="/video/1">Phóng sự: Đổi thay vùng biên</a></li><li><a href="/video/2">Bản tin thời sự tuần</a></li><li><a href="/video/3">Hướng dẫn nộp hồ sơ trực tuyến</a></li></ul></div>')


def links_box():
    names = ["Cổng Thông tin điện tử Chính phủ", "Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết TTHC",
             "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "Báo điện tử Đảng Cộng sản Việt Nam", "Thư điện tử công vụ"]
    return '<div class="lien-ket"><h3>Liên kết website</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>%s</select></div>' % (
        ''.join('<option value="https://%s.gov.vn">%s</option>' % (slug(n)[:12], n) for n in names))


SCRIPTS = '''<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-%d-1']); _gaq.push(['_trackPageview']);
(function(){var ga=document.createElement('script');ga.async=true;ga.src='https://ssl.google-analytics.com/ga.js';document.getElementsByTagName('head')[0].appendChild(ga);})();
function changeFontSize(d){var el=document.querySelector('.content-body,.detail-content,.journal-content-article,.entry-content,#content');if(!el)return;var s=parseInt(window.getComputedStyle(el).fontSize)||15;el.style.fontSize=(s+d)+'px';}
function printArticle(){window.print();return false;}
</script>'''


def scripts(seed):
    return SCRIPTS % (10000000 + seed)


STYLE = '''<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;margin:0}
.header{background:#b71c1c;color:#fff}.menu ul{list-style:none;margin:0;padding:0}.menu li{display:inline-block;position:relative}
.menu li ul{display:none;position:absolute}.menu li:hover ul{display:block}.footer{background:#8e0000;color:#fff;font-size:13px}
.sidebar h3{background:#c62828;color:#fff;padding:6px 10px;font-size:14px;text-transform:uppercase}
.image_desc,.image-caption,figcaption{font-style:italic;color:#555;text-align:center}
</style>'''


def menu(items, cls='menu', sub_cls='sub'):
    out = []
    for lab, subs in items:
        s = ''
        if subs:
            s = '<ul class="%s">%s</ul>' % (sub_cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), x) for x in subs))
        out.append('<li><a href="/%s">%s</a>%s</li>' % (slug(lab), lab, s))
    return '<ul class="%s">%s</ul>' % (cls, ''.join(out))


MENU_TINH = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử hình thành", "Điều kiện tự nhiên", "Bản đồ hành chính", "Cơ cấu tổ chức"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin trong tỉnh", "Tin trong nước", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh"]),
    ("Chính quyền", ["HĐND tỉnh", "UBND tỉnh", "Sở, ban, ngành", "Xã, phường"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản"]),
    ("Dịch vụ công", ["Thủ tục hành chính", "Tra cứu hồ sơ", "Phản ánh kiến nghị"]),
    ("Công dân", ["Hỏi đáp", "Lịch tiếp công dân", "Đường dây nóng"]),
    ("Doanh nghiệp", ["Thông tin đầu tư", "Thông tin đấu thầu", "Quy hoạch"]),
    ("Chuyển đổi số", ["Chính quyền số", "Kinh tế số", "Xã hội số"]),
    ("Liên hệ", []),
]


def fmt_dmy(d, sep='/'):
    return d.strftime('%d' + sep + '%m' + sep + '%Y')


def write(name, html_text, meta, encoding='utf-8', bom=False, entities=None):
    if entities:
        parts = re.split(r'(<script.*?</script>|<style.*?</style>)', html_text, flags=re.S)
        for i in range(0, len(parts), 2):
            parts[i] = entities(parts[i])
        html_text = ''.join(parts)
    html_text = unicodedata.normalize('NFC', html_text)
    if encoding == 'windows-1258':
        data = enc1258(html_text)
    else:
        data = html_text.encode('utf-8')
        if bom:
            data = b'\xef\xbb\xbf' + data
    with open(os.path.join(OUT, name + '.html'), 'wb') as f:
        f.write(data)
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write('\n')


TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def enc1258(s):
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base = unicodedata.normalize('NFC', ''.join(c for c in d if c not in TONES))
        tones = ''.join(c for c in d if c in TONES)
        out += (base + tones).encode('cp1258', errors='xmlcharrefreplace')
    return bytes(out)


def ent_numeric(s):
    return ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in s)


def ent_named(s):
    named = {v: k for k, v in H.entities.html5.items() if k.endswith(';') and len(v) == 1 and k[:-1].isalpha() and k[0].islower() == v.islower()}
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        elif c in named and ord(c) < 256:
            out.append('&' + named[c])
        else:
            out.append('&#x%X;' % ord(c))
    return ''.join(out)


def sidecar(name, a, platform, url, charset):
    return {
        "kind": "article",
        "platform": platform,
        "url": url,
        "charset": charset,
        "title": a['title'],
        "published_at": a['published_at'],
        "author": a['author'],
        "body": gold_body(a),
    }


PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ================================================================= pages
TODAY = "Thứ sáu, 20/11/2026"


@page
def c01():
    name, a = 'c01', ARTICLES['c01']
    url = "https://tuyenquang.gov.vn/web/portal/tin-tuc-su-kien/-/asset_publisher/Qe8kT2xMbN4p/content/tuyen-quang-van-hanh-on-inh-chinh-quyen-ia-phuong-hai-cap-tai-124-xa-phuong"
    rel = headlines(name, 8)
    ds = dates_before(a['published_at'], 8, name)
    related = ''.join('<li><a href="/web/portal/tin-tuc-su-kien/-/asset_publisher/Qe8kT2xMbN4p/content/%s">%s</a> <span class="date">(%s)</span></li>' % (slug(t), t, fmt_dmy(d)) for t, d in zip(rel, ds))
    body = render_blocks(a, name, cap='em', pattr=' style="text-align: justify;"')
    h = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{a['title']} - Cổng thông tin điện tử tỉnh Tuyên Quang</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{a['title']}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<link href="/html/themes/vnpt-portal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="/html/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1735689600000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay={{Browser:{{acceptsGzip:function(){{return true}}}},ThemeDisplay:{{getCompanyId:function(){{return "10154"}},getLanguageId:function(){{return "vi_VN"}},getPathMain:function(){{return "/c"}},getPlid:function(){{return "78214"}}}}}};</script>
{STYLE}
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Đi tới nội dung</a>
<div id="wrapper">
<header id="banner" role="banner">
 <div class="top-bar"><span class="current-date">{TODAY}</span> <span class="hotline">Đường dây nóng: 0207.3822.046</span>
 <form class="search-top" action="/web/portal/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>
 <div class="logo-banner"><a href="/web/portal"><img src="/documents/10154/logo-tuyenquang.png" alt="Cổng thông tin điện tử tỉnh Tuyên Quang"></a>
 <div class="site-title"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="big">TỈNH TUYÊN QUANG</span></div></div>
 <nav class="sort-pages modify-pages menu" id="navigation" role="navigation">{menu(MENU_TINH, 'nav-menu', 'child-menu')}</nav>
</header>
<div id="content">
<div class="portlet-boundary portlet-breadcrumb"><ul class="breadcrumbs breadcrumbs-horizontal lfr-component"><li class="first"><a href="/web/portal">Trang chủ</a></li><li><a href="/web/portal/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="last"><a href="/web/portal/tin-tuc-su-kien/chinh-tri">Chính trị</a></li></ul></div>
<div class="columns-2-r" id="main-content" role="main">
<div class="aui-w70 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_Qe8kT2xMbN4p_">
<div class="portlet-body">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/portal/tin-tuc-su-kien" title="Quay lại">Quay lại</a></span>
<h3 class="header-title"><span>{a['title']}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-meta"><span class="time-update">{a['date_shown']}</span> <span class="view-count">Lượt xem: 1.284</span>
<span class="font-size">Cỡ chữ: <a href="javascript:changeFontSize(-1)">A-</a> <a href="javascript:changeFontSize(1)">A+</a></span></div>
<div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="2417863">
{body}
<p style="text-align: right;"><strong>{a['author']}</strong></p>
</div></div>
<div class="asset-links"><div class="taglib-social-bookmarks"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="fb">Facebook</a> <a href="https://zalo.me/share?u={url}" class="zalo">Zalo</a> <a href="mailto:?subject=Tin%20b%C3%A0i" class="mail">Gửi email</a> <a href="#" onclick="return printArticle()" class="print">In bài viết</a></div></div>
<div class="asset-ratings"><span>Đánh giá bài viết:</span> <span class="stars">★★★★☆</span> <span>(12 lượt)</span></div>
</div>
<div class="other-news"><h4 class="title">Tin cùng chuyên mục</h4><ul>{related}</ul></div>
</div></div></div>
<div class="aui-w30 portlet-column portlet-column-last sidebar" id="column-2">
{docs_box()}
{calendar_box(11, 2026)}
{video_box()}
{poll_box()}
{links_box()}
{counter_box(name)}
</div></div></div>
<footer id="footer" class="footer" role="contentinfo">
{gov_footer("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang", "Số 160, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang", "0207.3822.046 – Email: cttdt@tuyenquang.gov.vn", "Chánh Văn phòng UBND tỉnh", "Giấy phép số 59/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 24/6/2025")}
<p>Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Tuyên Quang” khi phát hành lại thông tin từ website này.</p>
</footer>
</div>
{scripts(1)}
<script type="text/javascript">AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller',function(A){{Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){{Liferay.Util.addInputType(node);}});}});</script>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'vnpt-liferay', url, 'utf-8'))


@page
def c02():
    name, a = 'c02', ARTICLES['c02']
    url = "https://laocai.gov.vn/portal/Pages/2025-09-03/Lao-Cai-khoi-cong-tuyen-duong-ket-noi-cao-toc-Noi-Bai--Lao-Cai-voi-trung-tam-xa-Bao-Ha.aspx"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 6, name)
    related = ''.join('<li class="tandan-item"><a href="/portal/Pages/%s/%s.aspx">%s</a><span class="tandan-date">%s</span></li>' % (d.strftime('%Y-%m-%d'), slug(t).title(), t, d.strftime('%d/%m/%Y %H:%M')) for t, d in zip(rel, ds))
    body = render_blocks(a, name, cap='tablecap')
    h = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>
	{a['title']}
</title>
<meta property="og:title" content="{a['title']}" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=ox%2BdG1h0VJqg%3D%3D" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/tandan/css/tandan-portal.css" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZFH2wbg%2FaX7ldr6W3uW5Zg%3D%3D"></script>
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"\\u002fportal",webAbsoluteUrl:"https:\\u002f\\u002flaocai.gov.vn\\u002fportal",siteId:"{{9a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9}}",pageListId:"{{5c0e1f2a-6b7c-4d8e-9f00-112233445566}}",pageItemId:1482,currentLanguage:1066}};</script>
</head>
<body>
<form method="post" action="./Lao-Cai-khoi-cong-tuyen-duong-ket-noi-cao-toc-Noi-Bai--Lao-Cai-voi-trung-tam-xa-Bao-Ha.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8A7C55E1B2D3F4A5,03 Sep 2025 08:45:12 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{lorem_viewstate(name, 9000)}" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header"><div class="tandan-topbar"><span class="tandan-today">{TODAY}</span><a href="/portal/Pages/sitemap.aspx">Sơ đồ site</a> | <a href="/en">English</a></div>
<div class="tandan-banner"><img src="/PublishingImages/banner-laocai-2025.png" alt="Cổng Thông tin điện tử tỉnh Lào Cai" /></div>
<div class="tandan-menu">{menu(MENU_TINH, 'tandan-mainmenu', 'tandan-submenu')}</div></div>
<div class="tandan-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <a href="/portal/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a> &gt; <span>Kinh tế</span></div>
<div class="tandan-content row">
<div class="col-md-8 tandan-main">
<div class="tandan-article">
<h1 class="tandan-title">{a['title']}</h1>
<div class="tandan-info"><span class="tandan-date">{a['date_shown']}</span> <span class="tandan-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?body={url}">Gửi bạn bè</a></span></div>
<div class="tandan-sapo"><div class="ms-rtestate-field">{a['lead']}</div></div>
<div class="tandan-noidung"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">
{body}
<p style="text-align:right"><strong>{a['byline_raw']}</strong></p>
</div></div>
<div class="tandan-nguon">{a['source']}</div>
</div>
<div class="tandan-tinkhac"><div class="tandan-box-title">Các tin khác</div><ul>{related}</ul></div>
</div>
<div class="col-md-4 tandan-right sidebar">{docs_box('tandan-vanban')}{video_box()}{links_box()}{counter_box(name, 'tandan-counter')}</div>
</div>
<div class="tandan-footer footer">{gov_footer("Cổng Thông tin điện tử tỉnh Lào Cai – Cơ quan chủ quản: UBND tỉnh Lào Cai", "Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", "0214.3840.888", "Giám đốc Trung tâm Truyền thông tỉnh")}</div>
</div></div>
<script type="text/javascript">//<![CDATA[
var g_presenceEnabled = true;var g_wsaEnabled = false;var _fV4UI=true;var _spWebPartComponents = new Object();
ExecuteOrDelayUntilScriptLoaded(function(){{var initInfo={{listUrl:"/portal/Pages",itemId:1482}};}}, 'sp.js');
//]]></script>
</form>
{scripts(2)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'sharepoint-tandan', url, 'utf-8'))


@page
def c03():
    name, a = 'c03', ARTICLES['c03']
    url = "http://snnmt.hungyen.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4817"
    rel = headlines(name, 10)
    ds = dates_before(a['published_at'], 10, name)
    related = ''.join('<tr><td class="tt-item"><a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a> <span class="ngay">(%s)</span></td></tr>' % (4800 - i * 3, t, fmt_dmy(d)) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, cap='tablecap', h='p-strong', pattr=' style="text-align: justify;"', spacers=True, table_cls='ms-rteTable-default')
    big_menu = ''
    for g in range(14):
        big_menu += '<li class="static dynamic-children"><a class="static menu-item" href="/Trang/ChuyenMuc.aspx?cid=%d"><span class="menu-item-text">%s</span></a><ul class="dynamic">%s</ul></li>' % (
            g, HEADLINES[g][:30], ''.join('<li class="dynamic"><a class="dynamic menu-item" href="/Trang/ChuyenMuc.aspx?cid=%d%02d"><span class="menu-item-text">%s</span></a></li>' % (g, j, HEADLINES[(g + j) % len(HEADLINES)]) for j in range(12)))
    h = f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>Sở Nông nghiệp và Môi trường tỉnh Hưng Yên - {a['title']}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<script type="text/javascript" src="/_layouts/15/jquery-1.11.1.min.js"></script>
{STYLE}
</head>
<body scroll="yes" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./ChiTietTinTuc.aspx?nid=4817" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{lorem_viewstate(name, 70000)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{lorem_viewstate(name + 'ev', 3000)}" /></div>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="khung">
<tr><td colspan="2" class="banner"><img src="/PublishingImages/banner-snnmt.jpg" alt="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HƯNG YÊN" /><div class="ngay-hien-tai">{TODAY}</div></td></tr>
<tr><td colspan="2" class="menu-ngang"><div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox"><ul class="root static">{big_menu}</ul></div></td></tr>
<tr><td width="730" valign="top" class="cot-trai">
<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/Trang/ChuyenMuc.aspx?cid=3">Trồng trọt - Bảo vệ thực vật</a></div>
<div class="ChiTietTin">
<div class="TieuDe"><span id="ctl00_m_g_9f3a_lblTieuDe">{a['title']}</span></div>
<div class="ThongTin"><span class="NgayDang">{a['date_shown']}</span> &nbsp;|&nbsp; <span class="NguoiViet">{a['byline_raw']}</span> &nbsp;|&nbsp; <span>Lượt xem: 2.113</span></div>
<div class="NoiDung" id="ctl00_m_g_9f3a_divNoiDung">
{body}
</div>
<div class="CongCu"><a href="javascript:window.print()"><img src="/images/print.gif" alt="" /> In trang</a> <a href="/Trang/GuiEmail.aspx?nid=4817"><img src="/images/email.gif" alt="" /> Gửi email</a> <a href="#top">Về đầu trang</a></div>
</div>
<table class="CacTinKhac" width="100%"><tr><td class="tieu-de-box">CÁC TIN KHÁC</td></tr>{related}</table>
<div class="binh-luan"><h4>Ý kiến bạn đọc</h4><table><tr><td>Họ tên:</td><td><input name="ctl00$m$txtHoTen" type="text" /></td></tr><tr><td>Email:</td><td><input name="ctl00$m$txtEmail" type="text" /></td></tr><tr><td>Nội dung:</td><td><textarea name="ctl00$m$txtNoiDung" rows="4" cols="50"></textarea></td></tr><tr><td></td><td><input type="submit" name="ctl00$m$btnGui" value="Gửi ý kiến" /></td></tr></table></div>
</td>
<td width="270" valign="top" class="cot-phai sidebar">{docs_box('van-ban-moi', 6)}{calendar_box(11, 2026)}{poll_box()}{video_box()}{links_box()}{counter_box(name)}</td></tr>
<tr><td colspan="2" class="footer">{gov_footer("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HƯNG YÊN", "Số 8 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên", "0221.3862.456 – Fax: 0221.3862.457", "Giám đốc Sở Nông nghiệp và Môi trường")}</td></tr>
</table>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002f', 1440000); return true; }}
//]]>
</script>
</form>
{scripts(3)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'sharepoint-trang', url, 'utf-8'))


@page
def c04():
    name, a = 'c04', ARTICLES['c04']
    url = "https://bqlkcn.bacninh.gov.vn/tin-tuc/tin-hoat-dong/id/2871/ban-quan-ly-cac-khu-cong-nghiep-bac-ninh-doi-thoai-voi-doanh-nghiep-ve-thu-tuc-moi-truong"
    rel = headlines(name, 7)
    ds = dates_before(a['published_at'], 7, name)
    related = ''.join('<div class="edn_relatedItem"><a href="/tin-tuc/tin-hoat-dong/id/%d/%s">%s</a> <span class="edn_date">%s</span></div>' % (2860 - i, slug(t), t, d.strftime('%d/%m/%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, cap='div', nbsp_in=True)
    byl = ''.join('<p style="text-align: right;"><em>%s</em></p>' % x for x in a['byline_lines'])
    h = f'''<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	Tin hoạt động &gt; {a['title']}
</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{H.escape(a['lead'])}" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/default.css?cdv=182" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/static/common/common.css?cdv=182" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/BQLKCN/skin.css?cdv=182" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=182" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/tin-tuc/tin-hoat-dong/id/2871/ban-quan-ly-cac-khu-cong-nghiep-bac-ninh-doi-thoai-voi-doanh-nghiep-ve-thu-tuc-moi-truong" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{lorem_viewstate(name, 4000)}" /></div>
<div id="siteWrapper">
<div class="dnn-header"><div class="container"><div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh" href="https://bqlkcn.bacninh.gov.vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-bqlkcn.png" alt="Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh" /></a></div>
<div class="site-name"><span>UBND TỈNH BẮC NINH</span><br/><strong>BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP</strong></div>
<div class="date-now">{TODAY}</div></div>
<nav id="dnnMenu">{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Ban", "Các phòng, đơn vị"]), ("Tin tức", ["Tin hoạt động", "Tin doanh nghiệp", "Tin đầu tư"]), ("Các khu công nghiệp", ["KCN Quế Võ", "KCN Tiên Sơn", "KCN VSIP Bắc Ninh", "KCN Yên Phong", "KCN Quang Châu", "KCN Vân Trung", "KCN Đình Trám"]), ("Thủ tục hành chính", []), ("Văn bản", []), ("Hỏi đáp", []), ("Liên hệ", [])], 'topLevel', 'subLevel')}</nav></div>
<div class="container main">
<div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="https://bqlkcn.bacninh.gov.vn/" class="breadcrumb">Trang chủ</a> › <a href="https://bqlkcn.bacninh.gov.vn/tin-tuc" class="breadcrumb">Tin tức</a> › <a href="https://bqlkcn.bacninh.gov.vn/tin-tuc/tin-hoat-dong" class="breadcrumb">Tin hoạt động</a></span></div>
<div class="row"><div id="dnn_ContentPane" class="col-md-9 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1204"><a name="1204"></a>
<div class="c_container c_head_title"><h2 class="c_title"><span id="dnn_ctr1204_dnnTITLE_titleLabel" class="Head">Tin hoạt động</span></h2>
<div id="dnn_ctr1204_ContentPane" class="c_content">
<div class="eds_news_module_1204 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div class="details">
<h1 class="edn_articleTitle">{a['title']}</h1>
<div class="edn_metaDetails"><time>{a['date_shown']}</time> <span class="edn_views">Lượt xem: 416</span></div>
<div class="edn_articleSummary"><p><strong>{a['lead']}</strong></p></div>
<div class="edn_articleContent">
{body}
{byl}
</div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/tin-hoat-dong/id/2871/print" target="_blank">In bài viết</a> <a class="edn_shareFacebook" href="#">Chia sẻ</a> <span class="edn_fontsize">Cỡ chữ: <a href="#" onclick="changeFontSize(-1);return false;">A-</a> <a href="#" onclick="changeFontSize(1);return false;">A+</a></span></div>
<div class="edn_relatedArticles"><h3>Tin liên quan</h3>{related}</div>
</div></div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-3 rightPane sidebar">
<div class="DnnModule DnnModule-DNN_HTML"><div class="c_container"><h2 class="c_title"><span class="Head">Thông tin cần biết</span></h2><div class="c_content"><ul><li><a href="/thong-tin-lao-dong">Nhu cầu tuyển dụng lao động</a></li><li><a href="/quy-hoach-kcn">Quy hoạch các KCN đến năm 2030</a></li><li><a href="/ho-tro-dau-tu">Chính sách hỗ trợ đầu tư</a></li></ul></div></div></div>
{docs_box()}{poll_box()}{counter_box(name)}
</div></div></div>
<footer class="footer"><div class="container">{gov_footer("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH", "Số 8 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", "0222.3874.101", "Trưởng Ban Quản lý các khu công nghiệp")}<div class="copyright">Copyright © 2025 BQLKCN Bắc Ninh. Bảo lưu mọi quyền.</div></div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{{&quot;__scdoff&quot;:&quot;1&quot;}}" />
</form>
{scripts(4)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'dnn', url, 'utf-8'))


@page
def c05():
    name, a = 'c05', ARTICLES['c05']
    url = "https://doanthanhnien.danang.gov.vn/2025/06/27/tuoi-tre-da-nang-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-tai-cac-xa-mien-nui/"
    rel = headlines(name, 3)
    ds = dates_before(a['published_at'], 3, name)
    related = ''.join('<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="https://doanthanhnien.danang.gov.vn/2025/%s/">%s</a></h3><div class="wp-block-post-date"><time datetime="%s">%s</time></div></li>' % (slug(t), t, d.strftime('%Y-%m-%dT%H:%M:%S+07:00'), d.strftime('%d/%m/%Y')) for t, d in zip(rel, ds))
    blocks = render_blocks(a, name, cap='wpfig')
    blocks = blocks.replace('<p>', '<p class="has-text-align-justify">').replace('<ul>', '<ul class="wp-block-list">')
    jsonld = json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": url, "url": url, "name": a['title'] + " – Thành đoàn Đà Nẵng", "datePublished": "2025-06-27T01:15:00+00:00", "dateModified": "2025-06-27T03:02:41+00:00", "inLanguage": "vi"}, {"@type": "Organization", "name": "Thành đoàn Đà Nẵng"}]}, ensure_ascii=False)
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large' />
	<title>{a['title']} – Thành đoàn Đà Nẵng</title>
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{a['title']}" />
	<meta property="article:published_time" content="2025-06-27T01:15:00+00:00" />
	<meta name="author" content="Hoài Thương" />
	<script type="application/ld+json" class="yoast-schema-graph">{jsonld}</script>
<style id='wp-block-library-inline-css'>:root{{--wp-admin-theme-color:#007cba}}.wp-element-button{{cursor:pointer}}.wp-block-image figcaption{{text-align:center;font-size:13px}}</style>
<style id='global-styles-inline-css'>:root{{--wp--preset--color--black:#000000;--wp--preset--color--vivid-red:#cf2e2e;--wp--preset--font-size--small:13px;--wp--preset--font-size--large:36px}}body .is-layout-flow > *{{margin-block-start:0;margin-block-end:0}}</style>
<link rel='stylesheet' id='twentytwentyfour-style-css' href='https://doanthanhnien.danang.gov.vn/wp-content/themes/doan-tn-block/style.css?ver=1.2' media='all' />
</head>
<body class="post-template-default single single-post postid-5107 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignfull has-background" style="background-color:#0d47a1">
<div class="wp-block-group is-layout-flex"><div class="wp-block-site-logo"><a href="https://doanthanhnien.danang.gov.vn/" rel="home"><img width="80" height="80" src="https://doanthanhnien.danang.gov.vn/wp-content/uploads/2025/01/logo-doan.png" alt="Thành đoàn Đà Nẵng"></a></div>
<p class="wp-block-site-title"><a href="https://doanthanhnien.danang.gov.vn" rel="home">Thành đoàn Đà Nẵng</a></p><p class="wp-block-site-tagline">Xung kích – Sáng tạo – Tình nguyện</p></div>
<nav class="wp-block-navigation is-layout-flex" aria-label="Menu chính"><ul class="wp-block-navigation__container">{''.join('<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/%s/"><span class="wp-block-navigation-item__label">%s</span></a></li>' % (slug(x), x) for x in ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Phong trào", "Tình nguyện", "Thiếu nhi", "Văn bản", "Gương sáng", "Liên hệ"])}</ul></nav>
</div></header>
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group alignwide">
<h1 class="wp-block-post-title">{a['title']}</h1>
<div class="wp-block-group post-meta is-layout-flex"><div class="wp-block-post-date"><time datetime="2025-06-27T08:15:00+07:00">{a['date_shown']}</time></div>
<div class="wp-block-post-author-name">{a['byline_raw']}</div>
<div class="taxonomy-category wp-block-post-terms"><a href="https://doanthanhnien.danang.gov.vn/category/tinh-nguyen/" rel="tag">Tình nguyện</a><span class="wp-block-post-terms__separator">, </span><a href="https://doanthanhnien.danang.gov.vn/category/tin-hoat-dong/" rel="tag">Tin hoạt động</a></div></div>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
{blocks}
</div>
<div class="wp-block-group post-tags"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Thẻ: </span><a href="/tag/mua-he-xanh/" rel="tag">Mùa hè xanh</a><span class="wp-block-post-terms__separator">, </span><a href="/tag/tinh-nguyen/" rel="tag">Tình nguyện</a><span class="wp-block-post-terms__separator">, </span><a href="/tag/hung-son/" rel="tag">Hùng Sơn</a></div></div>
<nav class="wp-block-group post-navigation-link"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous">←</span><a href="/2025/06/24/thanh-doan-to-chuc-hoi-thi-tin-hoc-tre/" rel="prev">Bài trước: Thành đoàn tổ chức Hội thi Tin học trẻ năm 2025</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="/2025/06/29/ngay-chu-nhat-xanh-lan-thu-6/" rel="next">Bài sau: Ngày Chủ nhật xanh lần thứ 6 năm 2025</a><span class="wp-block-post-navigation-link__arrow-next">→</span></div></nav>
<div class="wp-block-query related-posts"><h2 class="wp-block-heading">Bài viết liên quan</h2><ul class="wp-block-post-template">{related}</ul></div>
<div class="wp-block-comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="https://doanthanhnien.danang.gov.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" size="30" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="wp-block-button__link" value="Gửi bình luận" /></p></form></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group alignfull has-background footer" style="background-color:#0d47a1">
<p class="has-text-align-center">THÀNH ĐOÀN ĐÀ NẴNG – Số 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng</p>
<p class="has-text-align-center">Điện thoại: 0236.3821.339 · Email: thanhdoan@danang.gov.vn</p>
<p class="has-text-align-center">Chịu trách nhiệm nội dung: Ban Tuyên giáo Thành đoàn</p></div></footer>
</div>
<script id="wp-block-navigation-view-js" src="https://doanthanhnien.danang.gov.vn/wp-includes/blocks/navigation/view.min.js?ver=6.8.1" defer></script>
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/72x72\\/","ext":".png"}};</script>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'wordpress-block', url, 'utf-8'))


@page
def c06():
    name, a = 'c06', ARTICLES['c06']
    url = "https://sotuphap.khanhhoa.gov.vn/?p=8123"
    rel = headlines(name, 5)
    ds = dates_before(a['published_at'], 5, name)
    recent = ''.join('<li><a href="https://sotuphap.khanhhoa.gov.vn/?p=%d">%s</a> <span class="post-date">%s</span></li>' % (8120 - i * 2, t, d.strftime('%d.%m.%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, h='h3')
    h = f'''<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{a['title']} | Sở Tư pháp tỉnh Khánh Hòa</title>
<meta property="og:title" content="{a['title']} | Sở Tư pháp tỉnh Khánh Hòa" />
<meta property="og:site_name" content="Sở Tư pháp tỉnh Khánh Hòa" />
<link rel='stylesheet' id='colormag_style-css' href='https://sotuphap.khanhhoa.gov.vn/wp-content/themes/colormag/style.css?ver=3.1.2' type='text/css' media='all' />
<script type="text/javascript" src="https://sotuphap.khanhhoa.gov.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-8123 single-format-standard wp-custom-logo right-sidebar wide">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<header id="masthead" class="site-header clearfix">
<div id="header-text-nav-container" class="clearfix">
<div class="news-bar"><div class="inner-wrap clearfix"><div class="date-in-header">{TODAY}</div>
<div class="breaking-news"><strong class="breaking-news-latest">Tin mới:</strong><ul class="newsticker">{''.join('<li><a href="#">%s</a></li>' % t for t in headlines(name, 4, 1))}</ul></div></div></div>
<div class="inner-wrap"><div id="header-text-nav-wrap" class="clearfix"><div id="header-left-section"><div id="header-logo-image"><a href="https://sotuphap.khanhhoa.gov.vn/" class="custom-logo-link" rel="home"><img width="90" height="90" src="https://sotuphap.khanhhoa.gov.vn/wp-content/uploads/2023/05/logo-stp.png" class="custom-logo" alt="Sở Tư pháp tỉnh Khánh Hòa"></a></div>
<div id="header-text"><h3 id="site-title"><a href="https://sotuphap.khanhhoa.gov.vn/" title="Sở Tư pháp tỉnh Khánh Hòa" rel="home">Sở Tư pháp tỉnh Khánh Hòa</a></h3><p id="site-description">Cổng thông tin điện tử</p></div></div></div></div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation"><div class="inner-wrap clearfix"><div class="menu-primary-container">{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Cơ cấu tổ chức"]), ("Tin tức", ["Hoạt động ngành", "Phổ biến pháp luật", "Bổ trợ tư pháp"]), ("Thủ tục hành chính", ["Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Công chứng", "Luật sư"]), ("Văn bản", []), ("Hỏi đáp pháp luật", []), ("Liên hệ", [])], 'menu nav-menu', 'sub-menu')}</div></div></nav>
</div></header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix">
<div id="primary"><div id="content" class="clearfix">
<article id="post-8123" class="post-8123 post type-post status-publish format-standard hentry category-thu-tuc-hanh-chinh tag-chung-thuc tag-chinh-quyen-hai-cap">
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links"><a href="https://sotuphap.khanhhoa.gov.vn/?cat=12" style="background:#1e73be" rel="category tag">Thủ tục hành chính</a>&nbsp;</span></div>
<header class="entry-header"><h1 class="entry-title">{a['title']}</h1></header>
<div class="below-entry-meta"><span class="posted-on"><a href="https://sotuphap.khanhhoa.gov.vn/?p=8123" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published updated" datetime="2025-07-19">{a['date_shown']}</time></a></span>
<span class="tag-links"><i class="fa fa-tags"></i><a href="https://sotuphap.khanhhoa.gov.vn/?tag=chung-thuc" rel="tag">chứng thực</a>, <a href="https://sotuphap.khanhhoa.gov.vn/?tag=chinh-quyen-hai-cap" rel="tag">chính quyền hai cấp</a></span></div>
<div class="entry-content clearfix">
{body}
</div>
</div>
<div class="share-buttons"><span>Chia sẻ bài viết:</span> <a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> <a href="https://twitter.com/share?url={url}">Twitter</a> <a href="javascript:window.print()">In</a></div>
</article>
<ul class="default-wp-page clearfix"><li class="previous"><a href="https://sotuphap.khanhhoa.gov.vn/?p=8119" rel="prev"><span class="meta-nav">←</span> Tin cũ hơn: Tập huấn công tác hộ tịch cho công chức tư pháp – hộ tịch cấp xã (16.07.2025)</a></li>
<li class="next"><a href="https://sotuphap.khanhhoa.gov.vn/?p=8131" rel="next">Tin mới hơn: Lịch tiếp công dân của Giám đốc Sở Tư pháp tháng 8/2025 (23.07.2025) <span class="meta-nav">→</span></a></li></ul>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="https://sotuphap.khanhhoa.gov.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span></p><p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='8123' id='comment_post_ID' /></p></form></div></div>
</div></div>
<div id="secondary" class="sidebar">
<aside id="search-2" class="widget widget_search clearfix"><form action="https://sotuphap.khanhhoa.gov.vn/" class="search-form searchform clearfix" method="get"><input type="text" placeholder="Tìm kiếm" class="s field" name="s"><button class="search-icon" type="submit"></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries clearfix"><h3 class="widget-title"><span>Bài viết mới</span></h3><ul>{recent}</ul></aside>
<aside id="text-3" class="widget widget_text clearfix"><h3 class="widget-title"><span>Đường dây nóng</span></h3><div class="textwidget"><p>Tiếp nhận phản ánh, kiến nghị về thủ tục hành chính: <strong>0258.3822.415</strong></p></div></aside>
<aside class="widget clearfix">{docs_box()}</aside>
<aside class="widget clearfix">{counter_box(name)}</aside>
</div>
</div></div>
<footer id="colophon" class="clearfix footer"><div class="footer-widgets-wrapper"><div class="inner-wrap">{gov_footer("SỞ TƯ PHÁP TỈNH KHÁNH HÒA", "Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", "0258.3822.415", "Giám đốc Sở Tư pháp")}</div></div>
<div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="copyright">Bản quyền © 2025 <a href="https://sotuphap.khanhhoa.gov.vn/">Sở Tư pháp tỉnh Khánh Hòa</a>. Giao diện: ColorMag.</div></div></div></footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>
<script type="text/javascript" src="https://sotuphap.khanhhoa.gov.vn/wp-content/themes/colormag/js/navigation.min.js?ver=3.1.2" id="colormag-navigation-js"></script>
{scripts(6)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'wordpress-classic', url, 'utf-8'))


@page
def c07():
    name, a = 'c07', ARTICLES['c07']
    url = "https://tanlong.dongthap.gov.vn/index.php/tin-tuc/tin-hoat-dong/382-xa-tan-long-ra-mat-to-cong-nghe-so-cong-dong-tai-12-ap"
    rel = headlines(name, 5)
    ds = dates_before(a['published_at'], 5, name)
    latest = ''.join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/tin-hoat-dong/%d-%s" itemprop="url"><span itemprop="name">%s</span></a> <small>%s</small></li>' % (381 - i, slug(t), t, d.strftime('%d-%m-%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, cap='em')
    byline = '<p style="text-align: right;"><strong><em>%s</em></strong></p>' % a['author']
    h = f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{a['title']} - Trang thông tin điện tử xã Tân Long</title>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?f1cf8e" rel="stylesheet">
	<link href="/media/system/css/joomla-fontawesome.min.css?f1cf8e" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"L\\u1ed7i","MESSAGE":"Th\\u00f4ng b\\u00e1o"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/tanlong.dongthap.gov.vn\\/","base":"","baseFull":"https:\\/\\/tanlong.dongthap.gov.vn\\/"}}}}</script>
	<script src="/media/system/js/core.min.js?2cb912"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?f1cf8e" type="module"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
	<header class="header container-header full-width">
		<div class="container-topbar"><div class="moduletable "><div class="mod-custom custom"><p>{TODAY} | Chào mừng bạn đến với Trang thông tin điện tử xã Tân Long</p></div></div></div>
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://tanlong.dongthap.gov.vn/images/banner-tanlong.png" alt="Trang thông tin điện tử xã Tân Long" width="1200" height="160"></a></div></div>
		<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><div class="collapse navbar-collapse" id="navbar1">
		<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">{''.join('<li class="metismenu-item item-%d level-1"><a href="/index.php/%s">%s</a></li>' % (101 + i, slug(x), x) for i, x in enumerate(["Trang chủ", "Giới thiệu chung", "Tin tức", "Chính quyền", "Thủ tục hành chính", "Văn bản", "Chuyển đổi số", "Liên hệ"]))}</ul></div></nav></div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-top-b"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Trang chủ</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/tin-tuc" class="pathway">Tin tức</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Tin hoạt động</span></li></ol></nav></div>
		<div class="grid-child container-component">
			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	<div class="page-header">
		<h2 itemprop="headline">{a['title']}</h2>
	</div>
	<dl class="article-info text-muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/index.php/tin-tuc/tin-hoat-dong" itemprop="genre">Tin hoạt động</a></dd>
		<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2025-09-05T07:30:12+07:00" itemprop="datePublished">{a['date_shown']}</time></dd>
		<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:312">Lượt xem: 312</dd>
	</dl>
	<div itemprop="articleBody" class="com-content-article__body">
{body}
{byline}
	</div>
	<ul class="tags list-inline"><li class="list-inline-item tag-7 tag-list0"><a href="/index.php/component/tags/tag/chuyen-doi-so" class="btn btn-sm btn-info">Chuyển đổi số</a></li><li class="list-inline-item tag-9 tag-list1"><a href="/index.php/component/tags/tag/to-cong-nghe-so" class="btn btn-sm btn-info">Tổ công nghệ số</a></li></ul>
	<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/tin-tuc/tin-hoat-dong/381-hoi-nghi" rel="prev"><span class="visually-hidden">Bài trước: Hội nghị sơ kết công tác 8 tháng</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="/index.php/tin-tuc/tin-hoat-dong/383-le-ra-quan" rel="next"><span class="visually-hidden">Bài tiếp: Lễ ra quân tổng vệ sinh môi trường</span><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
			</div>
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card "><h3 class="card-header ">Tin mới nhất</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
			<div class="sidebar-right card "><h3 class="card-header ">Văn bản mới</h3><div class="card-body">{docs_box('mod-custom', 4)}</div></div>
			<div class="sidebar-right card "><div class="card-body">{counter_box(name, 'mod-counter')}</div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">{gov_footer("Trang thông tin điện tử xã Tân Long – Cơ quan chủ quản: UBND xã Tân Long, tỉnh Đồng Tháp", "Ấp Tân Thuận, xã Tân Long, tỉnh Đồng Tháp", "0277.3858.101", "Chủ tịch UBND xã Tân Long")}</div></div></footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'joomla4', url, 'utf-8'))


@page
def c08():
    name, a = 'c08', ARTICLES['c08']
    url = "https://bdbp.quangtri.gov.vn/news/hoat-dong-bien-phong/don-bien-phong-cua-khau-quoc-te-la-lay-tang-qua-hoc-sinh-ngheo-vuot-kho-1642.html"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 6, name)
    related = ''.join('<li class="clearfix"><em class="fa fa-angle-right">&nbsp;</em><a title="%s" href="/news/hoat-dong-bien-phong/%s-%d.html">%s</a> <em>(%s)</em></li>' % (t, slug(t), 1640 - i, t, d.strftime('%d/%m/%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, cap='em', pattr=' style="text-align: justify;"')
    h = f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{a['title']} - Hoạt động biên phòng - Bộ đội Biên phòng tỉnh Quảng Trị</title>
<meta name="description" content="{fold(a['lead'])[:150]}">
<meta name="author" content="Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị">
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{a['title']}">
<meta property="og:type" content="article">
<meta property="article:section" content="Hoạt động biên phòng">
<link rel="StyleSheet" href="/themes/bdbp/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/bdbp/css/style.css">
<link rel="StyleSheet" href="/themes/bdbp/css/news.css">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_b7Xg2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/global.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Bộ đội Biên phòng tỉnh Quảng Trị" href="/"><img src="/uploads/logo-bdbp.png" width="120" height="120" alt="Bộ đội Biên phòng tỉnh Quảng Trị"></a>
<span class="site_name">BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ</span><span class="site_description">Đồn Biên phòng là nhà, biên giới là quê hương, đồng bào các dân tộc là anh em ruột thịt</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="current-time">{TODAY}</div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav">{''.join('<li><a class="dropdown-toggle" href="/%s/" title="%s">%s</a></li>' % (slug(x), x, x) for x in ["Trang chủ", "Giới thiệu", "Hoạt động biên phòng", "Biên phòng với Nhân dân", "Đối ngoại biên phòng", "Phòng, chống tội phạm", "Gương sáng", "Văn bản", "Video"])}</ul></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"></ul></div>
<ul class="temp-breadcrumbs hidden"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a></li><li><a href="/news/" title="Tin Tức"><span>Tin Tức</span></a></li><li><a href="/news/hoat-dong-bien-phong/" title="Hoạt động biên phòng"><span>Hoạt động biên phòng</span></a></li></ul></div></div></div></div></div></nav>
<div class="row"><div class="col-md-16">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{a['title']}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{a['date_shown']}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In bài viết" href="javascript:void(0);" onclick="nv_open_browse('/print/','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="/savefile/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description"><strong>{a['lead']}</strong></div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>{a['author']}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Đồn Biên phòng Cửa khẩu Quốc tế La Lay</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="keywords"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords"><a title="nâng bước em tới trường" href="/news/tag/nang-buoc-em-toi-truong"><em>nâng bước em tới trường</em></a>, <a title="la lay" href="/news/tag/la-lay"><em>la lay</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 45 trong 10 đánh giá</p><div id="stringrating">Click để đánh giá bài viết</div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{related}</ul></div></div></div>
</div>
<div class="col-md-8 sidebar">
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul>{''.join('<li><a href="#">%s</a></li>' % t for t in headlines(name, 6, 2))}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Video clip</div><div class="panel-body">{video_box()}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê</div><div class="panel-body">{counter_box(name)}</div></div>
</div></div>
</div></section>
<footer id="footer" class="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16">{gov_footer("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ", "Số 47 Lý Thường Kiệt, phường Đông Hà, tỉnh Quảng Trị", "069.779.212", "Đại tá Chính ủy Bộ Chỉ huy")}</div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="copyright">© Bản quyền thuộc về Bộ đội Biên phòng tỉnh Quảng Trị. Thiết kế bởi <a href="http://vinades.vn">VINADES.,JSC</a></div></div></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/themes/bdbp/js/main.js"></script>
<script src="/themes/default/js/news.js"></script>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'nukeviet', url, 'utf-8'), entities=ent_named)


@page
def c09():
    name, a = 'c09', ARTICLES['c09']
    url = "https://sovhttdl.gialai.gov.vn/tin-tuc/khai-mac-tuan-le-van-hoa-cong-chieng-gan-voi-du-lich-tai-phuong-quy-nhon"
    t = a['related_teaser']
    rel = headlines(name, 4)
    ds = dates_before(a['published_at'], 4, name)
    more = ''.join('<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/%s" hreflang="vi">%s</a></span></div><div class="views-field views-field-created"><span class="field-content">%s</span></div></div>' % (slug(x), x, d.strftime('%d-%m-%Y')) for x, d in zip(rel, ds))
    body = render_blocks(a, name, cap='figcaption')
    h = f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{fold(a['lead'])}" />
<link rel="canonical" href="{url}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/gialai/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{a['title']} | Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xy3l0Jq1.css?delta=0&amp;language=vi&amp;theme=gialai&amp;include=eJxLzs8" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/2231","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","ajaxTrustedUrl":[],"user":{{"uid":0,"permissionsHash":"5f1c0b8a"}}}}</script>
  </head>
  <body class="path-node page-node-type-tin-tuc">
    <a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header">
      <div id="block-gialai-branding" class="block block-system block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/gialai/logo.svg" alt="Trang chủ" /></a><div class="site-name"><a href="/" rel="home">Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai</a></div></div>
      <div class="header-date">{TODAY}</div>
    </div>
    <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-gialai-main-menu-menu" id="block-gialai-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-gialai-main-menu-menu">Main navigation</h2>
    {menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Đơn vị trực thuộc"]), ("Tin tức", ["Văn hóa", "Thể thao", "Du lịch", "Gia đình"]), ("Di sản", ["Di tích", "Lễ hội", "Cồng chiêng"]), ("Du lịch Gia Lai", ["Điểm đến", "Lưu trú", "Ẩm thực"]), ("Văn bản", []), ("Thủ tục hành chính", []), ("Liên hệ", [])], 'menu', 'menu')}</nav></div>
  </header>
  <div class="region region-breadcrumb"><div id="block-gialai-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/van-hoa">Văn hóa</a></li></ol></nav></div></div>
  <main role="main"><a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <div id="block-gialai-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{a['title']}</span></h1></div>
        <div id="block-gialai-content" class="block block-system block-system-main-block">
<article data-history-node-id="2231" role="article" about="/tin-tuc/khai-mac-tuan-le-van-hoa-cong-chieng-gan-voi-du-lich-tai-phuong-quy-nhon" class="node node--type-tin-tuc node--promoted node--view-mode-full">
  <footer class="node__meta"><div class="node__submitted">Ngày đăng: <span class="field field--name-created field--type-created field--label-hidden">{a['date_shown']}</span></div></footer>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-field-mo-ta-ngan field--type-text-long field--label-hidden field__item lead"><p>{a['lead']}</p></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
<p style="text-align:right"><strong>{a['byline_raw']}</strong></p>
    </div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/41" hreflang="vi">cồng chiêng</a></div><div class="field__item"><a href="/taxonomy/term/57" hreflang="vi">du lịch</a></div></div></div>
  </div>
</article>
        </div>
        <div class="views-element-container block block-views related-block"><h2>Bài viết liên quan</h2>
          <div class="view view-bai-lien-quan view-id-bai_lien_quan"><div class="view-content">
            <div class="views-row related-featured"><article class="node node--type-tin-tuc node--view-mode-teaser">
              <h3 class="node__title"><a href="/tin-tuc/{slug(t['title'])}" rel="bookmark">{t['title']}</a></h3>
              <div class="node__meta">{t['date']}</div>
              <div class="node__content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{t['summary']}</p></div>
              <ul class="links inline"><li class="node-readmore"><a href="/tin-tuc/{slug(t['title'])}" rel="tag" title="{t['title']}" hreflang="vi">Xem thêm<span class="visually-hidden"> về {t['title']}</span></a></li></ul></div>
            </article></div>
            {more}
          </div></div>
        </div>
      </div>
    </div>
    <aside class="layout-sidebar-second sidebar" role="complementary">
      <div class="region region-sidebar-second">{docs_box('block block-views')}{calendar_box(11, 2026)}{links_box()}{counter_box(name, 'block block-counter')}</div>
    </aside>
  </main>
  <footer role="contentinfo" class="site-footer footer"><div class="region region-footer">{gov_footer("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH GIA LAI", "Số 28 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai", "0269.3824.563", "Giám đốc Sở Văn hóa, Thể thao và Du lịch")}</div></footer>
</div>
    </div>
    <script src="/sites/default/files/js/js_8rQ2vZm.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=gialai&amp;include=eJxLzs8"></script>
  </body>
</html>
'''
    write(name, h, sidecar(name, a, 'drupal10', url, 'utf-8'))


@page
def c10():
    name, a = 'c10', ARTICLES['c10']
    url = "https://sct.cantho.gov.vn/tin-tuc/chi-tiet/2025/10/7812"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 6, name)
    others = ''.join('<div class="item-news-other"><a href="/tin-tuc/chi-tiet/2025/%02d/%d">%s</a><span class="time">%s</span></div>' % (d.month, 7800 - i * 4, t, d.strftime('%H:%M, %d/%m/%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, table_cls='table table-bordered table-price')
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{a['title']} - Sở Công Thương thành phố Cần Thơ</title>
    <meta name="description" content="Giá xăng dầu bán lẻ tối đa áp dụng trên địa bàn thành phố Cần Thơ" />
    <link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/site.css?v=2.4.1" rel="stylesheet"/>
    <script src="/Scripts/modernizr-2.8.3.js"></script>
</head>
<body>
    <div class="top-header"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {TODAY}</span><span class="pull-right"><a href="/Account/Login">Đăng nhập</a></span></div></div>
    <div class="banner"><div class="container"><a href="/"><img src="/Content/images/banner-sct.png" alt="SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ" class="img-responsive" /></a></div></div>
    <div class="navbar navbar-inverse main-nav"><div class="container"><div class="navbar-collapse collapse">{menu([("Trang chủ", []), ("Giới thiệu", ["Cơ cấu tổ chức", "Chức năng nhiệm vụ"]), ("Tin tức", ["Tin hoạt động", "Thị trường - Giá cả", "Xúc tiến thương mại", "Công nghiệp", "Năng lượng"]), ("Thông báo", []), ("Văn bản", []), ("Dịch vụ công", []), ("Hỏi đáp", [])], 'nav navbar-nav', 'dropdown-menu')}</div></div></div>
    <div class="container body-content">
        <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active">Thị trường - Giá cả</li></ol>
        <div class="row">
            <div class="col-md-8">
                <div class="news-detail-wrap">
                    <h2 class="title-detail">{a['title']}</h2>
                    <div class="date-detail"><i class="fa fa-clock-o"></i> {a['date_shown']} <span class="view"><i class="fa fa-eye"></i> 3.027</span>
                        <span class="tool-detail"><a href="javascript:void(0)" onclick="changeFontSize(-1)">A-</a><a href="javascript:void(0)" onclick="changeFontSize(1)">A+</a><a href="javascript:void(0)" onclick="printArticle()"><i class="fa fa-print"></i></a></span></div>
                    <div class="content-detail" id="content">
{body}
<p style="text-align: right;"><b>{a['author']}</b></p>
                    </div>
                    <div class="share-box"><div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-share="true"></div><a class="zalo-share-button" data-href="{url}" data-oaid="579745863508352884">Zalo</a></div>
                    <div class="rating-box">Đánh giá: <span class="rate" data-value="4.5">4,5/5</span> (8 lượt)</div>
                </div>
                <div class="news-other"><h3 class="title-box">Tin khác</h3>{others}</div>
            </div>
            <div class="col-md-4 sidebar">
                <div class="box-right"><h3 class="title-box">Giá cả thị trường</h3><table class="table table-condensed"><tr><td>Vàng SJC (mua/bán)</td><td>146,2/148,2 triệu</td></tr><tr><td>USD Vietcombank</td><td>26.125/26.395</td></tr><tr><td>Lúa IR 50404 (đồng/kg)</td><td>5.600</td></tr></table></div>
                {docs_box('box-right')}{poll_box()}{counter_box(name, 'box-right counter')}
            </div>
        </div>
    </div>
    <footer class="footer"><div class="container">{gov_footer("SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ", "Số 8A Phạm Ngọc Thạch, phường Ninh Kiều, thành phố Cần Thơ", "0292.3820.561", "Giám đốc Sở Công Thương", "Giấy phép số 15/GP-TTĐT ngày 12/3/2024")}</div></footer>
    <script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
    {scripts(10)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'aspnet-mvc', url, 'utf-8'))


@page
def c11():
    name, a = 'c11', ARTICLES['c11']
    url = "http://phuchoa.caobang.gov.vn/index.php?mod=news&act=detail&id=215"
    rel = headlines(name, 8)
    ds = dates_before(a['published_at'], 8, name)
    others = ''.join('<tr><td width="10" valign="top"><img src="images/arrow.gif" width="5" height="7"></td><td><a href="index.php?mod=news&amp;act=detail&amp;id=%d" class="link_tin"><font face="Arial" size="2">%s</font></a> <font color="#999999" size="1">(%s)</font></td></tr>' % (214 - i, t, d.strftime('%d/%m/%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    paras = []
    for i, b in enumerate(a['blocks']):
        if b[0] == 'p':
            paras.append('<p align="justify"><font face="Arial" size="2">%s</font></p>' % b[1])
        elif b[0] == 'img':
            paras.append('<table width="450" border="0" align="center" cellpadding="2" cellspacing="0"><tr><td align="center"><img src="upload/tintuc/2025/ngayhoi-nalung.jpg" width="450" height="300" border="0"></td></tr><tr><td align="center"><font face="Arial" size="1"><i>%s</i></font></td></tr></table>' % b[1])
    body = '\n'.join(paras)
    left = ''.join('<tr><td class="menu_trai"><a href="index.php?mod=%s"><font face="Arial" size="2" color="#003399"><b>» %s</b></font></a></td></tr>' % (slug(x), x) for x in ["Giới thiệu chung", "Tin tức - Sự kiện", "Chính quyền xã", "Đảng ủy xã", "Mặt trận - Đoàn thể", "Thủ tục hành chính", "Văn bản", "Lịch công tác", "Hỏi đáp", "Liên hệ"])
    h = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>UBND xa Phuc Hoa - {a['title']}</title>
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
</head>
<body bgcolor="#E8F0F8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner_phuchoa.jpg" width="980" height="150" alt="TRANG THÔNG TIN ĐIỆN TỬ XÃ PHỤC HÒA - TỈNH CAO BẰNG"></td></tr>
<tr><td colspan="3" bgcolor="#1A5C9E" height="28"><font face="Arial" size="2" color="#FFFFFF">&nbsp;&nbsp;<a href="index.php" class="menu_top">Trang chủ</a> | <a href="index.php?mod=gioithieu" class="menu_top">Giới thiệu</a> | <a href="index.php?mod=news" class="menu_top">Tin tức</a> | <a href="index.php?mod=vanban" class="menu_top">Văn bản</a> | <a href="index.php?mod=tthc" class="menu_top">Thủ tục hành chính</a> | <a href="index.php?mod=lienhe" class="menu_top">Liên hệ</a></font>
<font face="Arial" size="1" color="#FFFF99" style="float:right">{TODAY}&nbsp;&nbsp;</font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F3F7FB"><table width="100%" border="0" cellpadding="4" cellspacing="0">{left}</table>
<table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#1A5C9E"><font color="#FFFFFF" size="2"><b>LƯỢT TRUY CẬP</b></font></td></tr><tr><td><font size="2">Đang online: 7<br>Hôm nay: 148<br>Tổng số: 215.093</font></td></tr></table></td>
<td width="580" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td><font face="Arial" size="1" color="#666666"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=news">Tin tức - Sự kiện</a></font></td></tr>
<tr><td class="tieude_tin"><font face="Arial" size="4" color="#B30000"><b>{a['title']}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#888888"><i>{a['date_shown']}</i></font></td></tr>
<tr><td class="noidung_tin">
{body}
<p align="right"><font face="Arial" size="2"><b>{a['author']}</b></font></p>
</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> In bài</a> &nbsp; <a href="javascript:history.back()"><img src="images/back.gif" border="0"> Quay lại</a></td></tr>
<tr><td><table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td colspan="2" bgcolor="#DDE8F3"><font face="Arial" size="2" color="#B30000"><b>CÁC TIN ĐÃ ĐƯA</b></font></td></tr>{others}</table></td></tr>
</table></td>
<td width="200" valign="top" bgcolor="#F3F7FB"><table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#1A5C9E"><font color="#FFFFFF" size="2"><b>VĂN BẢN MỚI</b></font></td></tr>{''.join('<tr><td><font size="1"><a href="index.php?mod=vanban&amp;id=%d">%s</a><br>%s</font></td></tr>' % (i, x, y) for i, (x, y) in enumerate(DOCS[:4]))}</table>
<table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#1A5C9E"><font color="#FFFFFF" size="2"><b>LIÊN KẾT</b></font></td></tr><tr><td><font size="1"><a href="http://caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</a><br><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></font></td></tr></table></td>
</tr>
<tr><td colspan="3" bgcolor="#1A5C9E" align="center"><font face="Arial" size="1" color="#FFFFFF">Cơ quan chủ quản: Ủy ban nhân dân xã Phục Hòa, tỉnh Cao Bằng<br>Địa chỉ: Xóm Nà Lủng, xã Phục Hòa, tỉnh Cao Bằng - Điện thoại: 0206.3826.115<br>Chịu trách nhiệm nội dung: Chủ tịch UBND xã Phục Hòa</font></td></tr>
</table>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'php-table', url, 'windows-1258'), encoding='windows-1258')


@page
def c12():
    name, a = 'c12', ARTICLES['c12']
    url = "https://cuanam.hanoi.gov.vn/tin-tuc/phuong-cua-nam-ra-quan-chinh-trang-via-he-cac-tuyen-pho-quan-su-hang-bong-ly-thuong-kiet-p1093.html"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 6, name)
    body = render_blocks(a, name, cap='div')
    cards = ''.join('<div class="NewsCard_card__k3J9s"><a href="/tin-tuc/%s-p%d.html"><h3 class="NewsCard_title__Q2mZ1">%s</h3></a><span class="NewsCard_date__P0x8w">%s</span></div>' % (slug(t), 1090 - i, t, d.strftime('%d/%m/%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    nd = {"props": {"pageProps": {"article": {"id": 1093, "title": a['title'], "slug": slug(a['title']), "summary": a['lead'],
          "content": body, "author": a['author'], "publishedAt": "2025-10-02T09:45:00.000Z", "category": {"id": 4, "name": "Đô thị"},
          "thumbnail": "/uploads/2025/10/ra-quan-via-he.jpg", "views": 588},
          "related": [{"id": 1090 - i, "title": t, "publishedAt": d.strftime('%Y-%m-%dT%H:%M:%S.000Z')} for i, (t, d) in enumerate(zip(rel, ds))]},
          "__N_SSP": True}, "page": "/tin-tuc/[slug]", "query": {"slug": "phuong-cua-nam-ra-quan-p1093.html"}, "buildId": "x7Kq2mVnR9aB3cD1eF0gH", "isFallback": False, "gssp": True, "scriptLoader": []}
    ndj = json.dumps(nd, ensure_ascii=False).replace('</', '<\\/')
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a['title'], "datePublished": a['published_at'], "author": {"@type": "Person", "name": a['author']}, "publisher": {"@type": "GovernmentOrganization", "name": "UBND phường Cửa Nam"}}, ensure_ascii=False)
    h = f'''<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{a['title']} | Cổng thông tin điện tử phường Cửa Nam</title><meta name="description" content="{a['lead']}"/><meta property="og:title" content="{a['title']}"/><meta property="og:type" content="article"/><meta property="og:image" content="https://cuanam.hanoi.gov.vn/uploads/2025/10/ra-quan-via-he.jpg"/><script type="application/ld+json">{ld}</script><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/8f1c2a7d9b3e4f50.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f1c2a7d9b3e4f50.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-4a2b8c1d0e9f7a6b.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0e1f2a3b4c5d6e7f.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9a8b7c6d5e4f3a2b.js" defer=""></script><script src="/_next/static/chunks/pages/tin-tuc/%5Bslug%5D-1a2b3c4d5e6f7a8b.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__Yx1aB"><header class="Header_header__Lm2Pq"><div class="Header_top__Aa9Zz"><span>{TODAY}</span><span>Hotline: 024.3942.5211</span></div><div class="Header_brand__Bb8Yy"><img src="/logo-quoc-huy.png" alt="" width="64" height="64"/><div><p class="Header_org__Cc7Xx">ỦY BAN NHÂN DÂN PHƯỜNG CỬA NAM</p><p class="Header_city__Dd6Ww">THÀNH PHỐ HÀ NỘI</p></div></div><nav class="Header_nav__Ee5Vv"><ul>{''.join('<li><a href="/%s">%s</a></li>' % (slug(x), x) for x in ["Trang chủ", "Giới thiệu", "Tin tức", "Thông báo", "Thủ tục hành chính", "Văn bản", "Lịch công tác", "Hỏi đáp", "Liên hệ"])}</ul></nav></header><main class="Article_main__Ff4Uu"><nav class="Breadcrumb_bc__Gg3Tt"><a href="/">Trang chủ</a><span>/</span><a href="/tin-tuc">Tin tức</a><span>/</span><span>Đô thị</span></nav><article class="Article_article__Hh2Ss"><h1 class="Article_title__Ii1Rr">{a['title']}</h1><div class="Article_meta__Jj0Qq"><time dateTime="2025-10-02T09:45:00.000Z">{a['date_shown']}</time> <span class="Article_views__Kk9Pp">588 lượt xem</span></div><div class="Article_summary__Ll8Oo">{a['lead']}</div><div class="Article_content__Mm7Nn">{body}</div><div class="Article_author__Nn6Mm">{a['author']}</div><div class="Share_share__Oo5Ll"><button type="button">Chia sẻ Facebook</button><button type="button">Sao chép liên kết</button><button type="button">In</button></div></article><section class="Related_related__Pp4Kk"><h2>Tin liên quan</h2><div class="Related_grid__Qq3Jj">{cards}</div></section></main><aside class="Sidebar_sidebar__Rr2Ii sidebar">{docs_box('Sidebar_box__Ss1Hh')}{counter_box(name, 'Sidebar_box__Ss1Hh')}</aside><footer class="Footer_footer__Tt0Gg footer">{gov_footer("ỦY BAN NHÂN DÂN PHƯỜNG CỬA NAM", "Số 38 phố Hàng Bông, phường Cửa Nam, thành phố Hà Nội", "024.3942.5211", "Chủ tịch UBND phường Cửa Nam")}</footer></div></div><script id="__NEXT_DATA__" type="application/json">{ndj}</script></body></html>'''
    write(name, h, sidecar(name, a, 'nextjs', url, 'utf-8'))


@page
def c13():
    name, a = 'c13', ARTICLES['c13']
    url = "https://medinet.hochiminhcity.gov.vn/tin-tuc/chi-tiet/tp-hcm-tang-cuong-giam-sat-sot-xuat-huyet-tai-cac-phuong-co-so-ca-mac-cao-c1717-91234.aspx"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 6, name)
    body = '\n'.join('<div class="ng-star-inserted paragraph-item" _ngcontent-serverapp-c87="">%s</div>' % b[1] for b in a['blocks'])
    items = ''.join('<div _ngcontent-serverapp-c91="" class="other-item ng-star-inserted"><a _ngcontent-serverapp-c91="" href="/tin-tuc/chi-tiet/%s-c1717-%d.aspx">%s</a><div _ngcontent-serverapp-c91="" class="other-date">%s</div></div>' % (slug(t), 91230 - i, t, '%d/%d/%d %d:%02d:%02d %s' % (d.day, d.month, d.year, (d.hour % 12) or 12, d.minute, d.second, 'SA' if d.hour < 12 else 'CH')) for i, (t, d) in enumerate(zip(rel, ds)))
    h = f'''<!DOCTYPE html><html lang="vi"><head>
  <meta charset="utf-8">
  <title>Sở Y tế TP.HCM - {a['title']}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.5f3a9c2e1b7d4a60.css"><style ng-transition="serverApp">.detail-wrap[_ngcontent-serverapp-c87]{{padding:16px;background:#fff}}.paragraph-item[_ngcontent-serverapp-c87]{{margin-bottom:12px;text-align:justify;line-height:1.6}}</style></head>
<body><app-root _nghost-serverapp-c12="" ng-version="16.2.12"><app-header _ngcontent-serverapp-c12="" _nghost-serverapp-c33=""><div _ngcontent-serverapp-c33="" class="header"><div _ngcontent-serverapp-c33="" class="top-line"><span _ngcontent-serverapp-c33="">{TODAY}</span><span _ngcontent-serverapp-c33="">Đường dây nóng Sở Y tế: 0989.401.115</span></div><div _ngcontent-serverapp-c33="" class="brand"><img _ngcontent-serverapp-c33="" src="assets/img/logo-syt.png" alt=""><div _ngcontent-serverapp-c33="" class="brand-name">SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</div></div>
<div _ngcontent-serverapp-c33="" class="nav">{''.join('<div _ngcontent-serverapp-c33="" class="nav-item"><a _ngcontent-serverapp-c33="" href="/%s">%s</a></div>' % (slug(x), x) for x in ["Trang chủ", "Giới thiệu", "Tin tức", "Chỉ đạo tuyến", "Phòng chống dịch", "Khám chữa bệnh", "Dược", "Văn bản", "Dịch vụ công", "Liên hệ"])}</div></div></app-header>
<router-outlet _ngcontent-serverapp-c12=""></router-outlet><app-news-detail _nghost-serverapp-c87="" class="ng-star-inserted"><div _ngcontent-serverapp-c87="" class="container"><div _ngcontent-serverapp-c87="" class="bread"><a _ngcontent-serverapp-c87="" href="/">Trang chủ</a> / <a _ngcontent-serverapp-c87="" href="/tin-tuc">Tin tức</a> / <span _ngcontent-serverapp-c87="">Phòng chống dịch</span></div>
<div _ngcontent-serverapp-c87="" class="row"><div _ngcontent-serverapp-c87="" class="col-lg-8"><div _ngcontent-serverapp-c87="" class="detail-wrap">
<div _ngcontent-serverapp-c87="" class="detail-title">{a['title']}</div>
<div _ngcontent-serverapp-c87="" class="detail-time"><span _ngcontent-serverapp-c87="">{a['date_shown']}</span></div>
<div _ngcontent-serverapp-c87="" class="detail-body">
{body}
<div _ngcontent-serverapp-c87="" class="paragraph-item source-line" style="text-align:right"><i>{a['source']}</i></div>
</div>
<div _ngcontent-serverapp-c87="" class="detail-tools"><span _ngcontent-serverapp-c87="">Cỡ chữ</span><button _ngcontent-serverapp-c87="">A-</button><button _ngcontent-serverapp-c87="">A+</button><button _ngcontent-serverapp-c87="">In trang</button><button _ngcontent-serverapp-c87="">Chia sẻ</button></div>
</div>
<app-news-other _ngcontent-serverapp-c87="" _nghost-serverapp-c91=""><div _ngcontent-serverapp-c91="" class="other-box"><div _ngcontent-serverapp-c91="" class="other-head">Các tin khác</div>{items}</div></app-news-other></div>
<div _ngcontent-serverapp-c87="" class="col-lg-4 sidebar"><app-sidebar _ngcontent-serverapp-c87=""><div class="side-box"><div class="side-head">Thông tin cần biết</div><div class="side-item"><a href="/lich-tiem-chung">Lịch tiêm chủng mở rộng</a></div><div class="side-item"><a href="/co-so-kham-benh">Danh sách cơ sở khám bệnh, chữa bệnh</a></div><div class="side-item"><a href="/gia-dich-vu">Giá dịch vụ khám, chữa bệnh</a></div></div>{counter_box(name, 'side-box')}</app-sidebar></div></div></div></app-news-detail>
<app-footer _ngcontent-serverapp-c12=""><div class="footer">{gov_footer("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH", "59 Nguyễn Thị Minh Khai, phường Bến Thành, TP.HCM", "028.3930.9912", "Giám đốc Sở Y tế")}</div></app-footer></app-root>
<script src="runtime.8a1f2c3d4e5b6a70.js" type="module"></script><script src="polyfills.1b2c3d4e5f6a7b80.js" type="module"></script><script src="main.9c8d7e6f5a4b3c21.js" type="module"></script>
<script id="serverApp-state" type="application/json">{{&q;news&q;:{{&q;id&q;:91234,&q;cat&q;:1717}}}}</script>
</body></html>'''
    write(name, h, sidecar(name, a, 'angular', url, 'utf-8'))


@page
def c14():
    name, a = 'c14', ARTICLES['c14']
    url = "https://thainguyen.gov.vn/amp/tin-tuc/-/asset_publisher/L0Kh5/content/thai-nguyen-hon-3-200-ho-dan-vung-lu-uoc-ho-tro-giong-cay-trong-sau-bao"
    rel = headlines(name, 5)
    ds = dates_before(a['published_at'], 5, name)
    body = render_blocks(a, name, cap='amp')
    items = ''.join('<li><a href="/amp/tin-tuc/%s">%s</a><span class="d">%s</span></li>' % (slug(t), t, d.strftime('%H:%M:%S %d/%m/%Y')) for t, d in zip(rel, ds))
    ld = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url.replace('/amp', ''), "headline": a['title'], "datePublished": "2025-10-21T08:05:47+07:00", "dateModified": "2025-10-21T10:12:03+07:00", "image": ["https://thainguyen.gov.vn/documents/20181/giong-ho-tro.jpg"], "publisher": {"@type": "Organization", "name": "Cổng Thông tin điện tử tỉnh Thái Nguyên", "logo": {"@type": "ImageObject", "url": "https://thainguyen.gov.vn/logo.png"}}}, ensure_ascii=False)
    h = f'''<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{a['title']}</title>
<link rel="canonical" href="{url.replace('/amp', '')}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Roboto,Arial,sans-serif;margin:0}}.m-head{{background:#005baa;color:#fff;padding:8px}}.m-title{{font-size:22px;line-height:1.3}}.m-sapo{{font-style:italic;font-weight:600}}.m-date{{color:#888;font-size:12px}}.m-related li{{padding:6px 0;border-bottom:1px solid #eee}}.m-related .d{{display:block;color:#999;font-size:11px}}figcaption{{font-size:13px;color:#555;text-align:center}}</style>
</head>
<body>
<header class="m-head"><a href="/amp"><amp-img src="/logo-mobile.png" width="200" height="40" alt="Cổng Thông tin điện tử tỉnh Thái Nguyên"></amp-img></a>
<nav class="m-menu"><a href="/amp">Trang chủ</a> · <a href="/amp/tin-tuc">Tin tức</a> · <a href="/amp/chinh-quyen">Chính quyền</a> · <a href="/amp/dich-vu-cong">Dịch vụ công</a></nav></header>
<main class="m-main">
<div class="m-cat"><a href="/amp/tin-tuc/kinh-te">Kinh tế</a></div>
<h1 class="m-title">{a['title']}</h1>
<div class="m-date">{a['date_shown']}</div>
<div class="m-sapo"><em>{a['lead']}</em></div>
<div class="m-body">
{body}
<p style="text-align:right"><strong>{a['author']}</strong></p>
<p style="text-align:right"><em>(Theo Báo Thái Nguyên)</em></p>
</div>
<div class="m-share"><amp-social-share type="facebook" width="36" height="36" data-param-app_id="254325784911610"></amp-social-share><amp-social-share type="email" width="36" height="36"></amp-social-share></div>
<section class="m-related"><h2>Tin cùng chuyên mục</h2><ul>{items}</ul></section>
<section class="m-related m-latest"><h2>Tin mới nhất</h2><ul>{''.join('<li><a href="/amp/tin-tuc/%s">%s</a></li>' % (slug(t), t) for t in headlines(name, 12, 3))}</ul></section>
<section class="m-links"><h2>Chuyên trang</h2><ul>{''.join('<li><a href="/amp/%s">%s</a></li>' % (slug(t), t) for t in ["Chuyển đổi số", "Cải cách hành chính", "Xúc tiến đầu tư", "Du lịch Thái Nguyên", "Phòng chống thiên tai", "Hỏi đáp chính sách", "Lịch công tác", "Thông cáo báo chí"])}</ul></section>
</main>
<footer class="m-foot footer"><p>Cổng Thông tin điện tử tỉnh Thái Nguyên</p><p>Cơ quan chủ quản: UBND tỉnh Thái Nguyên. Địa chỉ: Số 18 Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên</p><p>Chịu trách nhiệm nội dung: Chánh Văn phòng UBND tỉnh</p><p><a href="{url.replace('/amp', '')}">Xem phiên bản đầy đủ</a></p></footer>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'amp', url, 'utf-8'))


@page
def c15():
    name, a = 'c15', ARTICLES['c15']
    url = "https://snv.dongnai.gov.vn/news-detail/dong-nai-cong-bo-ket-qua-thi-tuyen-cong-chuc-nam-2025-a4c81f2e.html"
    rel = headlines(name, 8)
    ds = dates_before(a['published_at'], 8, name)
    wd = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']
    items = ''.join('<div class="news-other-item"><a class="title-other" href="/news-detail/%s-%08x.html">%s</a><p class="date-other">%s, %s</p></div>' % (slug(t), 0xa4c80000 + i, t, wd[d.weekday()], d.strftime('%d/%m/%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, cap='pcap', table_cls='table-data')
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{a['title']} | Sở Nội vụ tỉnh Đồng Nai</title>
<meta property="og:title" content="{a['title']}">
<meta property="og:description" content="{a['lead']}">
<link rel="stylesheet" href="/eportal/resources/css/portal.min.css?v=5.2">
<link rel="stylesheet" href="/eportal/resources/css/theme-blue.css?v=5.2">
<script src="/eportal/resources/js/jquery.min.js"></script>
<script>var EPORTAL_CONFIG = {{siteId: 84, lang: "vi", rootPath: "/", apiUrl: "/eportal/api/v2/"}};</script>
</head>
<body class="eportal-body site-84">
<div class="header-wrapper"><div class="container"><div class="header-top"><div class="header-date"><i class="icon-calendar"></i> {TODAY}</div><div class="header-links"><a href="/sitemap">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a> | <a href="/en">English</a></div></div>
<div class="header-logo"><a href="/"><img src="/eportal/upload/84/logo-snv.png" alt=""></a><div class="header-name"><p class="name-top">UBND TỈNH ĐỒNG NAI</p><p class="name-main">SỞ NỘI VỤ</p></div></div></div>
<div class="main-menu"><div class="container">{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Phòng, ban"]), ("Tin tức", ["Tin hoạt động", "Cải cách hành chính", "Thi đua - Khen thưởng", "Tôn giáo", "Văn thư - Lưu trữ"]), ("Tuyển dụng", ["Thi tuyển công chức", "Xét tuyển viên chức"]), ("Văn bản", []), ("Thủ tục hành chính", []), ("Hỏi đáp", [])], 'menu-list', 'menu-sub')}</div></div></div>
<div class="container page-content">
<div class="breadcrumb-box"><ul class="breadcrumb-list"><li><a href="/">Trang chủ</a></li><li><a href="/tuyen-dung">Tuyển dụng</a></li><li><a href="/tuyen-dung/thi-tuyen-cong-chuc">Thi tuyển công chức</a></li></ul></div>
<div class="row"><div class="col-md-9">
<div class="news-detail">
<h1 class="news-detail-title">{a['title']}</h1>
<div class="news-detail-info"><span class="date-post">{a['date_shown']}</span>\n<span class="view-post">Lượt xem: 5.730</span>
<div class="tools-post"><a href="javascript:void(0)" class="btn-font-down">A-</a><a href="javascript:void(0)" class="btn-font-up">A+</a><a href="javascript:void(0)" class="btn-print" onclick="printArticle()">In</a><a href="mailto:?subject={a['title']}" class="btn-mail">Email</a></div></div>
<div class="detail-content">
<div class="sapo">{a['lead']}</div>
<div class="content-news">
{body}
<p style="text-align: right;"><strong>{a['author']}</strong></p>
</div>
</div>
<div class="file-attach"><p class="title-file">Tệp đính kèm:</p><a href="/eportal/upload/84/files/KQ-thi-tuyen-CC-2025.pdf">Danh sách thí sinh trúng tuyển.pdf</a></div>
<div class="share-bar"><span>Chia sẻ:</span><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a class="share-zalo" href="#">Zalo</a></div>
</div>
<div class="news-other"><div class="news-other-title">Tin liên quan</div>{items}</div>
</div>
<div class="col-md-3 sidebar">{docs_box('box-sidebar')}{calendar_box(11, 2026)}{video_box()}{poll_box()}{counter_box(name, 'box-sidebar')}</div></div>
</div>
<div class="footer-wrapper footer"><div class="container">{gov_footer("SỞ NỘI VỤ TỈNH ĐỒNG NAI", "Số 2 Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai", "0251.3822.316", "Giám đốc Sở Nội vụ", "", "<p>Phát triển bởi Viettel Solutions</p>")}</div></div>
{scripts(15)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'viettel-eportal', url, 'utf-8'))


@page
def c16():
    name, a = 'c16', ARTICLES['c16']
    url = "https://tinhuyninhbinh.vn/web/ban-tuyen-giao-va-dan-van/tin-hoat-dong/-/asset_publisher/tgdv/content/ninh-binh-so-ket-3-thang-thuc-hien-quy-che-dan-chu-o-co-so"
    rel = headlines(name, 7)
    ds = dates_before(a['published_at'], 7, name)
    related = ''.join('<li><a href="/web/ban-tuyen-giao-va-dan-van/tin-hoat-dong/-/asset_publisher/tgdv/content/%s">%s</a> <span class="date-news">%s</span></li>' % (slug(t), t, d.strftime('%d/%m/%Y')) for t, d in zip(rel, ds))
    body = render_blocks(a, name, pattr=' style="text-align: justify;"', spacers=True)
    h = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{a['title']} - Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{a['title']}" />
<meta property="article:published_time" content="2025-10-08T10:12:00+07:00" />
<link href="/html/themes/tinhuy-theme/css/main.css?browserId=other&amp;languageId=vi_VN&amp;b=7310" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=tinhuytheme_WAR_tinhuytheme&amp;colorSchemeId=01&amp;languageId=vi_VN&amp;b=7310" type="text/javascript"></script>
{STYLE}
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<div id="wrapper" class="container-fluid">
<header id="banner"><div class="banner-top"><img src="/documents/10181/banner-tinhuy-ninhbinh.png" alt="ĐẢNG BỘ TỈNH NINH BÌNH - BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"><div class="today">{TODAY}</div></div>
<nav id="navigation">{menu([("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng"]), ("Tin hoạt động", ["Tuyên giáo", "Dân vận", "Khoa giáo", "Báo chí - Xuất bản"]), ("Học tập và làm theo Bác", []), ("Bảo vệ nền tảng tư tưởng", []), ("Dân vận khéo", []), ("Văn bản", []), ("Tài liệu sinh hoạt chi bộ", [])], 'nav', 'child-menu')}</nav></header>
<div id="content"><div class="breadcrumb-wrap"><ul class="breadcrumbs"><li><a href="/web/ban-tuyen-giao-va-dan-van">Trang chủ</a></li><li><a href="/web/ban-tuyen-giao-va-dan-van/tin-hoat-dong">Tin hoạt động</a></li><li class="last">Dân vận</li></ul></div>
<div class="row-fluid"><div class="span8 portlet-column" id="column-1">
<section class="portlet" id="portlet_101_INSTANCE_tgdv"><div class="portlet-content"><div class="portlet-body">
<div class="asset-full-content show-asset-title">
<h3 class="asset-title">{a['title']}</h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{a['date_shown']}</span></div>
<div class="asset-content"><div class="journal-content-article">
{body}
<p style="text-align: right;"><strong>{a['author']}</strong></p>
</div></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: <span>☆☆☆☆☆</span></div></div>
<div class="asset-print"><a href="javascript:window.print()">In bài viết</a></div>
</div>
<div class="tin-lien-quan"><h4>Các tin đã đưa</h4><ul>{related}</ul></div>
</div></div></section></div>
<div class="span4 portlet-column sidebar" id="column-2">{docs_box()}{calendar_box(11, 2026)}{video_box()}{links_box()}{counter_box(name)}</div></div></div>
<footer id="footer" class="footer">{gov_footer("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH", "Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình", "0229.3871.245", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")}</footer>
</div>
{scripts(16)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'vnpt-liferay', url, 'utf-8'), entities=ent_numeric)


@page
def c17():
    name, a = 'c17', ARTICLES['c17']
    url = "https://benthanh.hochiminhcity.gov.vn/tin-tuc/chi-tiet.php?id=2207"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 6, name)
    items = ''.join('<li><a href="chi-tiet.php?id=%d">%s</a> <i>[%s]</i></li>' % (2206 - i, t, d.strftime('%d/%m/%Y')) for i, (t, d) in enumerate(zip(rel, ds)))
    body = render_blocks(a, name, pattr=' class="noi-dung-p"', nbsp_in=True)
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{a['title']} :: UBND Phường Bến Thành</title>
<link rel="stylesheet" href="../css/style.css?v=20250301">
<script src="../js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="khung">
<div id="dau-trang"><div class="logo"><img src="../images/logo-benthanh.png" alt="UBND Phường Bến Thành"></div><div class="ten-don-vi"><h2>ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH</h2><p>Thành phố Hồ Chí Minh</p></div><div class="ngay-gio">{TODAY}</div></div>
<div id="thanh-menu"><ul>{''.join('<li><a href="../%s.php">%s</a></li>' % (slug(x), x) for x in ["Trang chủ", "Giới thiệu", "Tin tức", "Thông báo", "Cải cách hành chính", "Lịch tiếp công dân", "Văn bản", "Liên hệ"])}</ul></div>
<div id="than-trang">
<div id="cot-chinh">
<div class="duong-dan">Trang chủ » Tin tức » Hoạt động HĐND</div>
<div class="bai-viet">
<h1 class="tieu-de">{a['title']}</h1>
<div class="thong-tin-bai"><span class="ngay-dang">{a['date_shown']}</span> — <span class="tac-gia">{a['byline_raw']}</span></div>
<div class="mo-ta">{a['lead']}</div>
<div class="noi-dung">
{body}
</div>
<div class="cong-cu"><a href="#" onclick="window.print();return false;">🖨 In bài</a> · <a href="mailto:?subject=Tin%20t%E1%BB%AB%20ph%C6%B0%E1%BB%9Dng%20B%E1%BA%BFn%20Th%C3%A0nh">✉ Gửi email</a> · <a href="javascript:history.back()">↩ Trở về</a></div>
</div>
<div class="tin-khac"><h3>Tin khác</h3><ul>{items}</ul></div>
<div class="gop-y"><h3>Gửi ý kiến góp ý</h3><form method="post" action="gop-y.php"><input type="text" name="hoten" placeholder="Họ và tên"><input type="text" name="dienthoai" placeholder="Số điện thoại"><textarea name="noidung" placeholder="Nội dung góp ý"></textarea><input type="text" name="captcha" placeholder="Mã xác nhận"><img src="captcha.php" alt=""><button type="submit">Gửi</button></form></div>
</div>
<div id="cot-phai" class="sidebar">{docs_box('hop-phai')}<div class="hop-phai"><h3>Lịch tiếp công dân</h3><p>Chủ tịch UBND phường tiếp công dân định kỳ vào sáng thứ năm hằng tuần tại Trụ sở UBND phường.</p></div>{counter_box(name, 'hop-phai')}</div>
</div>
<div id="chan-trang" class="footer">{gov_footer("ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH", "Số 92 Nguyễn Thị Nghĩa, phường Bến Thành, Thành phố Hồ Chí Minh", "028.3832.2151", "Chủ tịch UBND phường Bến Thành")}</div>
</div>
{scripts(17)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'custom-php', url, 'utf-8'), bom=True)


@page
def c18():
    name, a = 'c18', ARTICLES['c18']
    url = "https://hcc.angiang.gov.vn/tin-tuc/trung-tam-phuc-vu-hanh-chinh-cong-tinh-an-giang-trien-khai-ki-ot-tra-cuu-ho-so-tu-dong.html"
    rel = headlines(name, 5)
    ds = dates_before(a['published_at'], 5, name)
    items = ''.join('<li><a href="/tin-tuc/%s.html">%s</a><span>Ngày %s</span></li>' % (slug(t), t, d.strftime('%d/%m/%Y')) for t, d in zip(rel, ds))
    body = render_blocks(a, name)
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<title>{a['title']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="hành chính công, ki-ốt, tra cứu hồ sơ, An Giang">
<link rel="stylesheet" href="/assets/css/app.css">
</head>
<body>
<div class="hcc-top"><div class="wrap"><span class="hcc-date">{TODAY}</span><a class="hcc-login" href="/dang-nhap">Đăng nhập</a></div></div>
<div class="hcc-brand"><div class="wrap"><img src="/assets/img/logo-hcc.png" alt=""><div><b>TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG</b><span>TỈNH AN GIANG</span></div></div></div>
<div class="hcc-nav"><div class="wrap"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức</a><a href="/thu-tuc">Thủ tục hành chính</a><a href="/tra-cuu">Tra cứu hồ sơ</a><a href="/danh-gia">Đánh giá hài lòng</a><a href="/hoi-dap">Hỏi đáp</a></div></div>
<div class="wrap hcc-page">
<div class="hcc-left">
<div class="hcc-path"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></div>
<h1>{a['title']}</h1>
<div class="hcc-date-post">{a['date_shown']}</div>
<div class="hcc-body">
{body}
<p style="text-align:right"><b>{a['author']}</b></p>
</div>
<div class="hcc-related"><h3>Tin đã đăng</h3><ul>{items}</ul></div>
</div>
<div class="hcc-right sidebar"><div class="hcc-box"><h3>Tra cứu nhanh</h3><form action="/tra-cuu"><input name="ma" placeholder="Nhập mã hồ sơ"><button>Tra cứu</button></form></div><div class="hcc-box"><h3>Số liệu tháng 10/2025</h3><ul><li>Hồ sơ tiếp nhận: 48.215</li><li>Đã giải quyết: 46.902</li><li>Đúng hạn: 98,7%</li></ul></div>{docs_box('hcc-box')}{poll_box()}{links_box()}{counter_box(name, 'hcc-box')}</div>
</div>
<div class="hcc-foot footer"><div class="wrap">{gov_footer("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH AN GIANG", "Số 5 Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang", "0296.3957.000", "Giám đốc Trung tâm")}</div></div>
<script src="/assets/js/app.js"></script>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'custom-php', url, None))


@page
def c19():
    name, a = 'c19', ARTICLES['c19']
    url = "https://dangbohoabinh.phutho.gov.vn/tin-tuc/hoi-nghi-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dang-bo-xa-lan-thu-i-6015.html"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 3, name)
    da = dates_after(a['published_at'], 3, name)
    newer = ''.join('<li><a href="/tin-tuc/%s-%d.html">%s</a> <span class="time">%s</span></li>' % (slug(t), 6016 + i, t, d.strftime('%d/%m/%Y - %H:%M')) for i, (t, d) in enumerate(zip(rel[:3], da)))
    older = ''.join('<li><a href="/tin-tuc/%s-%d.html">%s</a> <span class="time">%s</span></li>' % (slug(t), 6014 - i, t, d.strftime('%d/%m/%Y - %H:%M')) for i, (t, d) in enumerate(zip(rel[3:], ds)))
    body = render_blocks(a, name, pattr=' style="text-align:justify"')
    byl = '<div class="author-box" style="text-align:right">%s</div>' % ''.join('<p><strong>%s</strong></p>' % x for x in a['byline_lines'])
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{a['title']} - Đảng bộ xã Hòa Bình</title>
<meta property="og:title" content="{a['title']}">
<meta name="csrf-token" content="q2Xv8mNn4LkZp7Rr1sTt0uVw9xYz3aBcDeFgHiJk">
<link href="/css/app.css?id=7f3c2a1b" rel="stylesheet">
</head>
<body class="layout-default">
<div class="topbar"><div class="container d-flex"><span class="topbar-date">{TODAY}</span><span class="ms-auto">Đảng bộ xã Hòa Bình – tỉnh Phú Thọ</span></div></div>
<header class="site-header"><div class="container"><a href="/" class="brand"><img src="/images/co-dang.png" alt=""> <span class="brand-text">ĐẢNG BỘ XÃ HÒA BÌNH</span></a></div>
<nav class="navbar"><div class="container"><ul class="navbar-nav">{''.join('<li class="nav-item"><a class="nav-link" href="/%s">%s</a></li>' % (slug(x), x) for x in ["Trang chủ", "Giới thiệu", "Tin tức", "Xây dựng Đảng", "Học tập và làm theo Bác", "Văn kiện Đại hội", "Văn bản", "Liên hệ"])}</ul></div></nav></header>
<div class="container py-3"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Xây dựng Đảng</li></ol></nav>
<div class="post-detail">
<h1 class="post-title">{a['title']}</h1>
<div class="post-meta"><i class="bi bi-clock"></i> {a['date_shown']} <span class="sep">|</span> <i class="bi bi-eye"></i> 207</div>
<div class="post-content">
{body}
{byl}
</div>
<div class="post-share"><a href="#" class="btn btn-sm btn-primary">Facebook</a> <a href="#" class="btn btn-sm btn-info">Zalo</a> <a href="#" onclick="window.print()" class="btn btn-sm btn-secondary">In</a></div>
</div>
<div class="post-nav-list"><h4>Tin mới hơn</h4><ul>{newer}</ul><h4>Tin cũ hơn</h4><ul>{older}</ul></div>
</div>
<div class="col-lg-4 sidebar">{docs_box('card mb-3')}{calendar_box(11, 2026)}{counter_box(name, 'card mb-3')}</div>
</div></div>
<footer class="site-footer footer"><div class="container">{gov_footer("ĐẢNG ỦY XÃ HÒA BÌNH", "Khu 3, xã Hòa Bình, tỉnh Phú Thọ", "0210.3861.222", "Phó Bí thư Thường trực Đảng ủy xã")}</div></footer>
<script src="/js/app.js?id=9e8d7c6b"></script>
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'custom-laravel', url, 'utf-8'))


@page
def c20():
    name, a = 'c20', ARTICLES['c20']
    url = "https://xabato.quangngai.gov.vn/web/portal/tin-tuc/-/asset_publisher/tt01/content/xa-ba-to-tiep-nhan-200-suat-qua-ho-tro-nguoi-dan-bi-anh-huong-mua-lu"
    rel = headlines(name, 6)
    ds = dates_before(a['published_at'], 6, name)
    wd = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']
    items = ''.join('<div class="item-other"><a href="/web/portal/tin-tuc/-/asset_publisher/tt01/content/%s">%s</a><div class="date">%s, %s</div></div>' % (slug(t), t, wd[d.weekday()], d.strftime('%d/%m/%Y')) for t, d in zip(rel, ds))
    body = render_blocks(a, name, cap='figcaption')
    h = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{a['title']} - Trang thông tin điện tử xã Ba Tơ</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/vnpt-xa-theme/css/main.css?browserId=other&amp;languageId=vi_VN&amp;b=6210" rel="stylesheet" type="text/css" />
{STYLE}
</head>
<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner"><div class="banner-xa"><img src="/documents/20143/banner-xabato.png" alt="Trang thông tin điện tử xã Ba Tơ - tỉnh Quảng Ngãi"></div><div class="date-today">{TODAY}</div>
<nav id="navigation">{menu([("Trang chủ", []), ("Giới thiệu", ["Tổng quan", "Bộ máy tổ chức"]), ("Tin tức", ["Hoạt động của xã", "Kinh tế", "Văn hóa - Xã hội"]), ("Thủ tục hành chính", []), ("Văn bản", []), ("Liên hệ", [])], 'nav-menu', 'child-menu')}</nav></header>
<div id="content"><div class="columns-2"><div class="col-main">
<div class="portlet-asset-publisher"><div class="asset-full-content">
<div class="title-news"><h2>{a['title']}</h2></div>
<div class="date-news">{a['date_shown']}</div>
<div class="journal-content-article">
{body}
<p style="text-align: right;"><strong>{a['byline_raw']}</strong></p>
</div>
<div class="social"><a href="#">Chia sẻ</a> | <a href="javascript:window.print()">In trang</a></div>
</div>
<div class="other-news"><h4>Tin khác</h4>{items}</div></div>
</div>
<div class="col-side sidebar">{docs_box()}{counter_box(name)}</div></div></div>
<footer id="footer" class="footer">{gov_footer("ỦY BAN NHÂN DÂN XÃ BA TƠ", "Thôn Trường An, xã Ba Tơ, tỉnh Quảng Ngãi", "0255.3863.115", "Chủ tịch UBND xã Ba Tơ")}</footer>
</div>
{scripts(20)}
</body>
</html>
'''
    write(name, h, sidecar(name, a, 'vnpt-liferay', url, 'utf-8'))


# ------------------------------------------------------------ non-articles
SUMMARIES = [
    "Hội nghị đánh giá kết quả thực hiện nhiệm vụ thời gian qua, chỉ ra những tồn tại, hạn chế và đề ra giải pháp trọng tâm trong thời gian tới.",
    "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, thiết thực nhằm nâng cao hiệu quả công tác tại cơ sở.",
    "Đợt ra quân thu hút đông đảo cán bộ, đoàn viên, hội viên và Nhân dân tham gia, góp phần tạo cảnh quan xanh, sạch, đẹp.",
    "Thông qua hoạt động, người dân được hướng dẫn cụ thể các bước thực hiện, giảm thời gian đi lại và chi phí.",
    "Chương trình nhằm động viên, khích lệ các em vượt qua khó khăn, tiếp tục phấn đấu học tập tốt.",
]


def nonart(kind, platform, url, charset):
    return {"kind": kind, "platform": platform, "url": url, "charset": charset}


@page
def n01():
    name = 'n01'
    url = "https://laichau.gov.vn/web/portal/tin-tuc-su-kien/tin-hoat-dong"
    hs = headlines(name, 12)
    ds = dates_before("2025-11-18T10:00:00+07:00", 12, name)
    items = ''.join('''<div class="news-item row"><div class="col-3"><a href="/web/portal/tin-tuc-su-kien/-/asset_publisher/LcT1/content/%s"><img src="/documents/10181/thumb-%d.jpg" alt=""></a></div>
<div class="col-9"><h3 class="asset-title"><a href="/web/portal/tin-tuc-su-kien/-/asset_publisher/LcT1/content/%s">%s</a></h3><div class="date">%s</div><div class="asset-summary"><p>%s</p></div><a class="read-more" href="#">Xem chi tiết »</a></div></div>''' % (slug(t), i, slug(t), t, d.strftime('%d/%m/%Y %H:%M'), SUMMARIES[i % len(SUMMARIES)]) for i, (t, d) in enumerate(zip(hs, ds)))
    h = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head><title>Tin hoạt động - Cổng thông tin điện tử tỉnh Lai Châu</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/vnpt-portal-theme/css/main.css" rel="stylesheet" type="text/css" />{STYLE}</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner"><div class="top-bar"><span class="current-date">{TODAY}</span></div><div class="site-title">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU</div><nav id="navigation">{menu(MENU_TINH, 'nav-menu', 'child-menu')}</nav></header>
<div id="content"><ul class="breadcrumbs"><li><a href="/web/portal">Trang chủ</a></li><li><a href="/web/portal/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="last">Tin hoạt động</li></ul>
<div class="columns-2-r"><div class="aui-w70 portlet-column" id="column-1"><div class="portlet-asset-publisher"><div class="portlet-title"><h2>Tin hoạt động</h2></div>
<div class="asset-publisher-list">{items}</div>
<div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - 12 trong 1.846 kết quả.</div><ul class="pager lfr-pagination-buttons"><li class="disabled first"><a href="javascript:;">Đầu</a></li><li class="disabled"><a href="javascript:;">Trước</a></li><li><a href="?cur=2">Tiếp</a></li><li class="last"><a href="?cur=154">Cuối</a></li></ul></div>
</div></div>
<div class="aui-w30 portlet-column sidebar" id="column-2">{docs_box()}{video_box()}{counter_box(name)}</div></div></div>
<footer id="footer" class="footer">{gov_footer("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu", "Tầng 5, Nhà C, Khu Trung tâm hành chính – chính trị tỉnh, phường Tân Phong, tỉnh Lai Châu", "0213.3876.558", "Chánh Văn phòng UBND tỉnh")}</footer></div>
{scripts(21)}
</body></html>
'''
    write(name, h, nonart('listing', 'vnpt-liferay', url, 'utf-8'))


@page
def n02():
    name = 'n02'
    url = "https://hatinh.gov.vn/portal/Pages/TimKiem.aspx?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91"
    hs = headlines(name, 10)
    ds = dates_before("2025-11-10T10:00:00+07:00", 10, name)
    res = ''.join('''<div class="ms-srch-item"><div class="ms-srch-item-title"><h3 class="ms-srch-ellipsis"><a class="ms-srch-item-link" href="/portal/Pages/%s/%s.aspx">%s</a></h3></div>
<div class="ms-srch-item-summary">... %s <strong>chuyển đổi số</strong> ...</div><div class="ms-srch-item-path">https://hatinh.gov.vn/portal/Pages/%s/%s.aspx</div><div class="ms-srch-item-date">%s</div></div>''' % (d.strftime('%Y-%m-%d'), slug(t).title(), t, SUMMARIES[i % 5], d.strftime('%Y-%m-%d'), slug(t).title(), d.strftime('%d/%m/%Y')) for i, (t, d) in enumerate(zip(hs, ds)))
    h = f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<title>Kết quả tìm kiếm: chuyển đổi số</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/search.css" /></head>
<body><form method="post" action="./TimKiem.aspx?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{lorem_viewstate(name, 6000)}" /></div>
<div class="tandan-header"><div class="tandan-today">{TODAY}</div><div class="tandan-banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH</div><div class="tandan-menu">{menu(MENU_TINH, 'tandan-mainmenu', 'tandan-submenu')}</div></div>
<div class="tandan-content"><div class="search-box"><input name="k" value="chuyển đổi số" class="ms-srch-sb-searchbox" /><a class="ms-srch-sb-searchLink" href="#">Tìm kiếm</a></div>
<div id="ResultCount" class="ms-srch-resultcount">Khoảng 214 kết quả</div>
<div id="Result" class="ms-srch-result">{res}</div>
<div id="Paging" class="ms-srch-Paging"><ul><li><a class="ms-promlink-button-selected">1</a></li><li><a href="?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91#s=11">2</a></li><li><a href="#s=21">3</a></li><li><a href="#s=11" title="Trang tiếp">»</a></li></ul></div></div>
<div class="tandan-footer footer">{gov_footer("Cổng thông tin điện tử tỉnh Hà Tĩnh – Cơ quan chủ quản: UBND tỉnh Hà Tĩnh", "Số 01 Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh", "0239.3855.668", "Chánh Văn phòng UBND tỉnh")}</div>
</form>{scripts(22)}</body></html>
'''
    write(name, h, nonart('search', 'sharepoint-tandan', url, 'utf-8'))


@page
def n03():
    name = 'n03'
    url = "https://sogddt.lamdong.gov.vn/2025/05/thong-bao-tuyen-sinh-lop-10-nam-hoc-2025-2026/"
    hs = headlines(name, 6)
    ds = dates_before("2025-11-15T10:00:00+07:00", 6, name)
    recent = ''.join('<li><a href="https://sogddt.lamdong.gov.vn/2025/%s/">%s</a><span class="post-date">%s</span></li>' % (slug(t), t, d.strftime('%d/%m/%Y')) for t, d in zip(hs, ds))
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang – Sở Giáo dục và Đào tạo tỉnh Lâm Đồng</title>
<meta name='robots' content='noindex, follow' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://sogddt.lamdong.gov.vn/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
</head>
<body class="error404 wp-custom-logo ast-desktop ast-plain-container ast-right-sidebar astra-4.8.3">
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead"><div class="main-header-bar"><div class="ast-container"><div class="site-branding"><span class="site-logo-img"><a href="https://sogddt.lamdong.gov.vn/" class="custom-logo-link" rel="home"><img width="300" height="80" src="https://sogddt.lamdong.gov.vn/wp-content/uploads/2025/07/logo-sgd.png" class="custom-logo" alt="Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"></a></span></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">{''.join('<li class="menu-item"><a href="https://sogddt.lamdong.gov.vn/%s/" class="menu-link">%s</a></li>' % (slug(x), x) for x in ["Trang chủ", "Giới thiệu", "Tin tức", "Tuyển sinh", "Thi cử", "Văn bản", "Thủ tục hành chính", "Liên hệ"])}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><section class="error-404 not-found">
<div class="ast-404-layout-1"><header class="page-header"><h1 class="page-title">Không tìm thấy trang bạn yêu cầu</h1></header>
<div class="page-content"><div class="page-sub-title">Có vẻ như không có gì ở địa chỉ này. Đường dẫn có thể đã bị thay đổi sau khi hợp nhất cổng thông tin. Bạn có thể thử tìm kiếm?</div>
<div class="ast-404-search"><div class="widget widget_search"><form role="search" method="get" class="search-form" action="https://sogddt.lamdong.gov.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm..." value="" name="s" tabindex="-1"></label><button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Tìm kiếm</span></button></form></div></div>
<p><a href="https://sogddt.lamdong.gov.vn/">« Quay về trang chủ</a></p></div></div>
</section></div>
<div class="widget-area secondary sidebar" id="secondary"><div class="sidebar-main"><aside id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>{recent}</ul></nav></aside>{docs_box('widget')}</div></div>
</div></div>
<footer class="site-footer footer" id="colophon"><div class="ast-small-footer">{gov_footer("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG", "Số 36 Trần Phú, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng", "0263.3822.359", "Giám đốc Sở Giáo dục và Đào tạo")}</div></footer>
</div>
<script src="https://sogddt.lamdong.gov.vn/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body></html>
'''
    write(name, h, nonart('not_found', 'wordpress-classic', url, 'utf-8'))


@page
def n04():
    name = 'n04'
    url = "https://sotc.dienbien.gov.vn/tin-tuc/chi-tiet/0/undefined"
    hs = headlines(name, 8)
    ds = dates_before("2025-11-12T10:00:00+07:00", 8, name)
    items = ''.join('<div class="item-news-other"><a href="/tin-tuc/chi-tiet/%d/%s">%s</a><span class="time">%s</span></div>' % (5200 - i, slug(t), t, d.strftime('%H:%M, %d/%m/%Y')) for i, (t, d) in enumerate(zip(hs, ds)))
    h = f'''<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title> - Sở Tài chính tỉnh Điện Biên</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"/><link href="/Content/site.css?v=2.4.1" rel="stylesheet"/></head>
<body>
<div class="top-header"><div class="container"><span class="today">{TODAY}</span></div></div>
<div class="banner"><div class="container"><img src="/Content/images/banner-stc.png" alt="SỞ TÀI CHÍNH TỈNH ĐIỆN BIÊN" /></div></div>
<div class="navbar main-nav"><div class="container">{menu([("Trang chủ", []), ("Giới thiệu", ["Cơ cấu tổ chức", "Chức năng nhiệm vụ"]), ("Tin tức", ["Tin hoạt động", "Quản lý giá", "Ngân sách", "Đầu tư"]), ("Công khai ngân sách", []), ("Văn bản", []), ("Dịch vụ công", [])], 'nav navbar-nav', 'dropdown-menu')}</div></div>
<div class="container body-content"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active"></li></ol>
<div class="row"><div class="col-md-8"><div class="news-detail-wrap">
<h2 class="title-detail"></h2>
<div class="date-detail"><i class="fa fa-clock-o"></i>  <span class="view"><i class="fa fa-eye"></i> 0</span><span class="tool-detail"><a href="javascript:void(0)">A-</a><a href="javascript:void(0)">A+</a><a href="javascript:void(0)" onclick="printArticle()"><i class="fa fa-print"></i></a></span></div>
<div class="content-detail" id="content">
</div>
<div class="share-box"><div class="fb-like" data-href="{url}" data-layout="button_count"></div></div>
</div>
<div class="news-other"><h3 class="title-box">Tin khác</h3>{items}</div></div>
<div class="col-md-4 sidebar">{docs_box('box-right')}{poll_box()}{counter_box(name, 'box-right counter')}</div></div></div>
<footer class="footer"><div class="container">{gov_footer("SỞ TÀI CHÍNH TỈNH ĐIỆN BIÊN", "Tổ dân phố 10, phường Mường Thanh, tỉnh Điện Biên", "0215.3825.118", "Giám đốc Sở Tài chính")}</div></footer>
{scripts(24)}
</body></html>
'''
    write(name, h, nonart('empty', 'aspnet-mvc', url, 'utf-8'))


if __name__ == '__main__':
    for fn in PAGES:
        fn()
    print('wrote %d pages' % len(PAGES))
