#!/usr/bin/env python3
"""Build the blind-ae gold set: 20 article pages (e01..e20) and 4 non-article
pages (n01..n04) with their JSON sidecars.

    python3 make.py [OUTDIR]      (default: the folder of this script)

Stdlib only, deterministic: one random.Random("blind-ae:NAME") per page, no
clock, no network.  Article texts are written by hand below; the gold body is
derived from the same block list the page body is rendered from.  Only chrome
(menus, related lists, counters, scripts, view state, footers) is generated.
"""
import base64
import html
import html.entities
import json
import os
import random
import sys
import unicodedata
from datetime import datetime, timedelta

SET = "blind-ae"
CRAWL = datetime(2026, 11, 22)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WDL = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# ---------------------------------------------------------------- helpers
def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(s, quote=True)


def inline(s):
    parts = esc(s).split("**")
    return "".join(p if i % 2 == 0 else "<strong>%s</strong>" % p for i, p in enumerate(parts))


def plain(s):
    return s.replace("**", "")


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    out, dash = [], False
    for c in s.lower():
        if c.isalnum() and c.isascii():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def rid(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def dfields(dt):
    h12 = dt.hour % 12 or 12
    utc = dt - timedelta(hours=7)
    return dict(wd=WD[dt.weekday()], wdl=WDL[dt.weekday()], d=dt.day, m=dt.month, Y=dt.year,
                H=dt.hour, M=dt.minute, S=dt.second, h12=h12,
                ap="SA" if dt.hour < 12 else "CH",
                iso=dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00",
                utc=utc.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00")


def fmt(s, dt):
    return s.format(**dfields(dt))


def parse(src):
    """Mini markup: L lead, P paragraph, H subheading, - list item,
    T table row (cells split by ' | '), Q quotation, I image caption."""
    blocks = []
    for line in src.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        code, _, text = line.partition(" ")
        if code == "-":
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(text)
            else:
                blocks.append(("ul", [text]))
        elif code == "T":
            cells = [c.strip() for c in text.split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(({"L": "lead", "P": "p", "H": "h", "Q": "quote", "I": "img"}[code], text))
    return blocks


def gold_body(blocks):
    out = []
    for kind, val in blocks:
        if kind == "ul":
            out.extend(plain(x) for x in val)
        elif kind == "table":
            for row in val:
                out.extend(plain(c) for c in row)
        else:
            out.append(plain(val))
    return "\n\n".join(out)


STYLES = {
    "liferay": dict(lead='<div class="sapo"><strong>@X</strong></div>',
                    p='<p style="text-align: justify;">@X</p>',
                    h='<p style="text-align: justify;"><strong>@X</strong></p>',
                    quote='<blockquote><p>@X</p></blockquote>',
                    img='<p style="text-align: center;"><img alt="@A" src="@S" style="width: 700px; height: 467px;" /></p>\n<p style="text-align: center;"><em>@X</em></p>',
                    table='<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">'),
    "tandan": dict(lead='<div class="tandan-sapo"><p><b>@X</b></p></div>',
                   p='<p style="text-align:justify">@X</p>',
                   h='<p style="text-align:justify"><b>@X</b></p>',
                   quote='<blockquote style="font-style:italic">@X</blockquote>',
                   img='<table align="center" class="tandan-image" style="width:600px"><tbody><tr><td><img alt="@A" src="@S" style="width:600px" /></td></tr><tr><td class="tandan-caption" style="text-align:center"><i>@X</i></td></tr></tbody></table>',
                   table='<table class="ms-rteTable-default" style="width:100%" cellspacing="0">'),
    "asp": dict(lead='<div class="sapo"><strong>@X</strong></div>',
                p='<p align="justify">@X</p>',
                h='<p align="justify"><strong>@X</strong></p>',
                quote='<blockquote>@X</blockquote>',
                img='<div align="center"><img alt="@A" border="0" src="@S" width="550" /><br /><span class="img-caption"><em>@X</em></span></div>',
                table='<table border="1" cellpadding="3" cellspacing="0" width="100%">'),
    "dnn": dict(lead='<p class="edn_articleSummary"><strong>@X</strong></p>',
                p='<p>@X</p>',
                h='<h3>@X</h3>',
                quote='<blockquote>@X</blockquote>',
                img='<div class="image-block"><img alt="@A" src="@S" /><div class="image-caption">@X</div></div>',
                table='<table class="table table-bordered">'),
    "nukeviet": dict(lead='<div class="hometext m-bottom">@X</div>',
                     p='<p style="text-align: justify;">@X</p>',
                     h='<p style="text-align: justify;"><strong>@X</strong></p>',
                     quote='<blockquote>@X</blockquote>',
                     img='<div class="image-center"><img alt="@A" src="@S" width="800" /><figcaption>@X</figcaption></div>',
                     table='<table class="table">'),
    "wp": dict(lead='<p class="has-medium-font-size"><strong>@X</strong></p>',
               p='<p>@X</p>',
               h='<h3 class="wp-block-heading">@X</h3>',
               quote='<blockquote class="wp-block-quote"><p>@X</p></blockquote>',
               img='<figure class="wp-block-image size-large"><img decoding="async" alt="@A" src="@S" class="wp-image-@N" /><figcaption class="wp-element-caption">@X</figcaption></figure>',
               table='<figure class="wp-block-table"><table>'),
}


def render_body(blocks, style, rng, imgsrc, alt):
    st = STYLES[style]
    out = []
    for kind, val in blocks:
        if kind == "ul":
            out.append("<ul>\n" + "\n".join("<li>%s</li>" % inline(x) for x in val) + "\n</ul>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "td"
                cells = "".join("<%s>%s</%s>" % (tag, ("<strong>%s</strong>" % inline(c)) if i == 0 else inline(c), tag) for c in row)
                rows.append("<tr>%s</tr>" % cells)
            close = "</table></figure>" if style == "wp" else "</table>"
            out.append(st["table"] + "<tbody>\n" + "\n".join(rows) + "\n</tbody>" + close)
        elif kind == "img":
            out.append(st["img"].replace("@A", att(alt)).replace("@S", imgsrc(rng))
                       .replace("@N", str(rng.randint(1000, 9999))).replace("@X", inline(val)))
        else:
            out.append(st[kind].replace("@X", inline(val)))
    return "\n".join(out)


HEADLINES = [
    "Hội nghị triển khai nhiệm vụ công tác tư pháp năm 2026",
    "Tăng cường công tác phòng cháy, chữa cháy tại khu dân cư",
    "Kiểm tra tiến độ xây dựng trường học tại các xã vùng khó",
    "Tập huấn nghiệp vụ công tác văn thư, lưu trữ",
    "Phát động phong trào thi đua yêu nước năm 2026",
    "Đối thoại với doanh nghiệp về thủ tục đầu tư",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
    "Trao quyết định bổ nhiệm cán bộ lãnh đạo cấp phòng",
    "Kỳ họp thường lệ Hội đồng nhân dân xã cuối năm",
    "Hướng dẫn người dân đăng ký tài khoản định danh điện tử",
    "Giải quyết dứt điểm các kiến nghị của cử tri",
    "Hội thao công nhân viên chức lao động năm 2026",
    "Công bố quyết định thành lập Trung tâm Dịch vụ tổng hợp",
    "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "Tổng kết công tác phòng, chống thiên tai năm 2025",
    "Kiểm tra công tác chuẩn bị khai giảng năm học mới",
    "Thông báo lịch tiếp công dân định kỳ tháng 12",
    "Sơ kết 6 tháng thực hiện chính quyền địa phương hai cấp",
    "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
    "Giao ban công tác dân vận quý III",
    "Tuyên truyền phòng, chống lừa đảo qua mạng",
    "Lễ giao nhận quân năm 2026",
    "Triển khai thu thập, làm sạch dữ liệu đất đai",
    "Hội nghị học tập, quán triệt Nghị quyết của Trung ương",
    "Khánh thành cầu dân sinh thôn Bản Vược",
    "Vận động ủng hộ đồng bào bị ảnh hưởng bởi bão lũ",
    "Cấp phát thẻ bảo hiểm y tế cho người cao tuổi",
    "Tọa đàm kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
    "Kiểm tra an toàn thực phẩm dịp cuối năm",
    "Bầu bổ sung Ủy viên Ủy ban nhân dân xã",
    "Phê duyệt kế hoạch đầu tư công trung hạn",
    "Thăm, tặng quà gia đình chính sách nhân dịp 27/7",
    "Hội thi tìm hiểu pháp luật trong thanh niên",
    "Triển khai mô hình camera an ninh ở khu dân cư",
    "Ra mắt câu lạc bộ phụ nữ khởi nghiệp",
    "Đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm",
    "Thông báo tuyển dụng viên chức năm 2026",
    "Lấy ý kiến Nhân dân về dự thảo quy hoạch chung xã",
    "Hội nghị Ban Chấp hành Đảng bộ mở rộng",
    "Giao lưu văn nghệ chào mừng ngày thành lập Đảng",
    "Tiếp nhận trang thiết bị y tế cho trạm y tế xã",
    "Khai mạc giải bóng đá thanh niên các thôn",
    "Diễn tập khu vực phòng thủ năm 2026",
    "Công khai kết quả giải quyết thủ tục hành chính tháng 10",
    "Nghiệm thu công trình nước sạch liên thôn",
    "Hỗ trợ sinh kế cho hộ nghèo vùng đồng bào dân tộc thiểu số",
]

MENU = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Lịch sử hình thành", "Cơ cấu tổ chức", "Chức năng, nhiệm vụ", "Lãnh đạo đương nhiệm", "Điều kiện tự nhiên"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin trong tỉnh", "Tin trong nước", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh"]),
    ("Chỉ đạo điều hành", ["Lịch công tác", "Thông báo", "Văn bản chỉ đạo", "Kết luận giao ban"]),
    ("Văn bản", ["Văn bản pháp luật", "Văn bản mới", "Công báo", "Dự thảo lấy ý kiến"]),
    ("Thủ tục hành chính", ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Bộ thủ tục hành chính", "Đánh giá sự hài lòng"]),
    ("Thông tin tuyên truyền", ["Chuyển đổi số", "Cải cách hành chính", "Phổ biến giáo dục pháp luật", "Phòng chống tham nhũng"]),
    ("Quy hoạch - Kế hoạch", ["Quy hoạch sử dụng đất", "Kế hoạch phát triển kinh tế - xã hội", "Đầu tư công"]),
    ("Hỏi đáp", []),
    ("Liên hệ", []),
]


def menu_html(rng, prefix, ulcls="nav", deep=False):
    out = ['<ul class="%s">' % ulcls]
    for top, subs in MENU:
        href = prefix + ("" if top == "Trang chủ" else "/" + slug(top))
        if subs:
            out.append('<li class="dropdown"><a href="%s" class="dropdown-toggle">%s</a><ul class="dropdown-menu">' % (href, esc(top)))
            for s in subs:
                out.append('<li><a href="%s/%s">%s</a></li>' % (href, slug(s), esc(s)))
                if deep and rng.random() < 0.5:
                    out.append('<!-- nav-item-%s -->' % rid(rng, 6))
            out.append("</ul></li>")
        else:
            out.append('<li><a href="%s">%s</a></li>' % (href, esc(top)))
    out.append("</ul>")
    return "\n".join(out)


def rel_items(rng, pub, n, exclude=()):
    pool = [h for h in HEADLINES if h not in exclude]
    items = []
    for h in rng.sample(pool, n):
        dt = pub + timedelta(days=rng.randint(-80, 25), minutes=rng.randint(-600, 600))
        if dt >= CRAWL:
            dt = CRAWL - timedelta(days=1, minutes=rng.randint(30, 900))
        items.append((h, dt.replace(second=0)))
    items.sort(key=lambda x: x[1], reverse=True)
    return items


def related_box(rng, pub, heading, n, datefmt, prefix, cls="related-news"):
    lis = ['<li><a href="%s/%s-%d">%s</a> <span class="date">%s</span></li>'
           % (prefix, slug(h), rng.randint(1000, 99999), esc(h), fmt(datefmt, dt))
           for h, dt in rel_items(rng, pub, n)]
    return '<div class="%s"><h3 class="title">%s</h3><ul>%s</ul></div>' % (cls, esc(heading), "\n".join(lis))


def footer_html(rng, a):
    lic = rng.randint(12, 240)
    ldt = datetime(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
    phone = "0%d %s %s" % (rng.randint(203, 299), rid(rng, 3, "0123456789"), rid(rng, 4, "0123456789"))
    return ('<div class="footer-info"><p><strong>%s</strong></p>'
            '<p>Cơ quan chủ quản: %s</p>'
            '<p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: %s</p>'
            '<p>Giấy phép số %d/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày %02d/%02d/%d.</p>'
            '<p>Chịu trách nhiệm chính: %s</p>'
            '<p>Ghi rõ nguồn "%s" khi phát hành lại thông tin từ website này.</p></div>'
            % (esc(a["site"]), esc(a["owner"]), esc(a["addr"]), phone, "vanphong@" + a["host"], lic,
               ldt.day, ldt.month, ldt.year, esc(a["chief"]), esc(a["site"])))


def counter_html(rng):
    total = rng.randint(300000, 19000000)
    return ('<div class="counter"><p>Đang truy cập: <b>%d</b></p><p>Hôm nay: <b>%s</b></p><p>Tổng lượt truy cập: <b>%s</b></p></div>'
            % (rng.randint(12, 480), "{:,}".format(rng.randint(300, 9000)).replace(",", "."),
               "{:,}".format(total).replace(",", ".")))


def tools_html(rng):
    return ('<div class="tools"><a href="javascript:window.print()" class="print">In bài</a> | '
            '<a href="mailto:?subject=Chia%20se" class="mail">Gửi email</a> | Cỡ chữ: '
            '<a href="#" class="fs-down">A-</a> <a href="#" class="fs-up">A+</a> '
            '<span class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> '
            '<a href="https://zalo.me/share">Zalo</a></span></div>')


def rating_html(rng):
    return ('<div class="rating">Đánh giá bài viết: <span class="stars">%s</span> (%d lượt đánh giá)</div>'
            % ("★" * rng.randint(3, 5), rng.randint(0, 40)))


def comment_form():
    return ('<div class="comment-form"><h4>Ý kiến bạn đọc</h4><form action="#" method="post">'
            '<label>Họ và tên</label><input type="text" name="name" /><label>Email</label>'
            '<input type="text" name="email" /><label>Nội dung</label><textarea name="content"></textarea>'
            '<button type="submit">Gửi ý kiến</button></form></div>')


def pad_viewstate(rng, n):
    k = max(0, n * 3 // 4)
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(k))).decode()[:max(0, n)]


def pad_liferay(rng, n):
    out, size = [], 0
    while size < n:
        inst = rid(rng, 12, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        pid = rng.choice(["com_liferay_journal_content_web_portlet_JournalContentPortlet",
                          "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet",
                          "com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet",
                          "com_liferay_nested_portlets_web_portlet_NestedPortletsPortlet"])
        line = ("Liferay.Portlet.onLoad({canEditTitle:false,columnPos:%d,isStatic:'end',namespacedId:'p_p_id_%s_INSTANCE_%s_',"
                "portletId:'%s_INSTANCE_%s',refreshURL:'\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s_INSTANCE_%s',"
                "refreshURLData:{}});\n" % (rng.randint(0, 9), pid, inst, pid, inst, rng.randint(10000, 999999), pid, inst))
        out.append(line)
        size += len(line)
    return "".join(out)[:n]


def pad_css(rng, n):
    out, size = [], 0
    props = ["margin:0", "padding:4px 8px", "color:#%06x", "background:#%06x", "font-size:%dpx", "line-height:1.%d",
             "border-bottom:1px solid #%06x", "display:block", "float:left", "width:%d%%"]
    while size < n:
        sel = ".%s-%s" % (rng.choice(["mod", "box", "nav", "blk", "col", "itm"]), rid(rng, 5))
        ps = ";".join((p % rng.randint(0, 0xFFFFFF)) if "%06x" in p else (p % rng.randint(10, 99)) if "%" in p else p
                      for p in rng.sample(props, 4))
        r = "%s{%s}\n" % (sel, ps)
        out.append(r)
        size += len(r)
    return "".join(out)[:n]


def encode_cp1258(s):
    out = bytearray()
    for c in s:
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", c)
        for k in range(len(nfd), 0, -1):
            head = unicodedata.normalize("NFC", nfd[:k])
            try:
                b = head.encode("cp1258") + nfd[k:].encode("cp1258")
                out += b
                break
            except UnicodeEncodeError:
                continue
        else:
            out += ("&#%d;" % ord(c)).encode("ascii")
    return bytes(out)


def to_entities(s):
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        elif ord(c) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(c)])
        else:
            out.append("&#%d;" % ord(c))
    return "".join(out)


def encode_page(s, charset):
    if charset == "windows-1258":
        return encode_cp1258(s)
    return s.encode("utf-8")


# ---------------------------------------------------------------- templates
def og_meta(a):
    out = []
    if a.get("og_title"):
        out.append('<meta property="og:title" content="%s" />' % att(a["og_title"]))
    out.append('<meta property="og:type" content="article" />')
    out.append('<meta property="og:url" content="%s" />' % att(a["url"]))
    out.append('<meta property="og:site_name" content="%s" />' % att(a["site"]))
    return "\n".join(out)


def t_liferay(a, rng, core):
    theme = a.get("theme", "vnpt-eportal-theme")
    ts = rng.randint(1700000000000, 1790000000000)
    inst = rid(rng, 12, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    gid = rng.randint(20000, 990000)
    pub = a["pub"]
    crawl = a.get("crawl_fmt", "{wdl}, {d:02d}/{m:02d}/{Y}")
    side = "\n".join([
        related_box(rng, pub, "Tin mới nhất", 6, "{d:02d}/{m:02d}/{Y}", "/web/guest/tin-tuc/-/asset_publisher/%s/content" % rid(rng, 12), "portlet-latest"),
        '<div class="portlet-links"><h3>Liên kết</h3><ul><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></li><li><a href="/web/guest/hop-thu-gop-y">Hộp thư góp ý</a></li></ul></div>',
        counter_html(rng)])
    ap = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + inst
    page = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(a["title_tag"])}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta name="description" content="{att(a.get("desc", ""))}" />
{og_meta(a)}
<link href="https://{a["host"]}/o/{theme}/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{att(a["url"])}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://{a["host"]}/o/{theme}/css/clay.css?browserId=chrome&amp;themeId={theme.replace("-", "")}_WAR_{theme.replace("-", "")}&amp;languageId=vi_VN&amp;b=7413&amp;t={ts}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7413&amp;t={ts}&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
var themeDisplay = Liferay.ThemeDisplay = {{getCompanyId:function(){{return "20097";}},getScopeGroupId:function(){{return "{gid}";}},getLanguageId:function(){{return "vi_VN";}},getPathThemeImages:function(){{return "https://{a["host"]}/o/{theme}/images";}},isSignedIn:function(){{return false;}}}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = {{getCombine:function(){{return true;}},getComboPath:function(){{return "/combo/?browserId=chrome&minifierType=&languageId=vi_VN&b=7413&t={ts}&";}}}};
<!--PAD-->
// ]]>
</script>
{a.get("head_extra", "")}
</head>
<body class="chrome controls-visible yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="top-header"><div class="container"><span class="current-date">{fmt(crawl, CRAWL)}</span>
<div class="top-links"><a href="/web/guest/so-do-cong">Sơ đồ cổng</a> | <a href="/web/guest/lien-he">Liên hệ</a> | <a href="/c/portal/login?p_l_id={rng.randint(10000, 99999)}">Đăng nhập</a></div></div></div>
<div class="banner-site"><a class="logo" href="/web/guest" title="{att(a["site"])}"><img alt="{att(a["site"])}" src="/o/{theme}/images/logo.png" /></a><div class="site-title">{esc(a["site"].upper())}</div></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
{menu_html(rng, "/web/guest", "navbar-nav", deep=True)}
</nav>
</header>
<section class="container flex-fill" id="content">
<div class="breadcrumb-wrapper"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/web/guest">Trang chủ</a></li><li class="breadcrumb-item"><a href="/web/guest/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active">{esc(a["section"])}</li></ol></div>
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_{ap}_">
<span id="p_{ap}"></span>
<section class="portlet" id="portlet_{ap}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(a["section"])}</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="{a.get("wrap_cls", "asset-full-content clearfix mb-5 default-asset-publisher show-asset-title")}">
{core}
</div>
{"" if a.get("bare") else tools_html(rng) + rating_html(rng) + related_box(rng, pub, a.get("rel_title", "Tin cùng chuyên mục"), rng.randint(5, 9), a.get("rel_fmt", "({d:02d}/{m:02d}/{Y})"), "/web/guest/tin-tuc/-/asset_publisher/" + inst + "/content", "asset-related")}
</div></div></div></section></div>
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div>
</div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container">{footer_html(rng, a)}<p class="powered">Phát triển bởi VNPT</p></div></footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('{ap}');
Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:0,isStatic:'end',namespacedId:'p_p_id_{ap}_',portletId:'{ap}'}});
AUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller",function(A){{Liferay.Menu&&new Liferay.Menu();}});
// ]]>
</script>
</body>
</html>
'''
    return page, pad_liferay


def liferay_wrap(rng, a):
    aid = rng.randint(100000, 9999999)
    return ('<div class="journal-content-article" data-analytics-asset-id="%d" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">\n' % (aid, att(a["title"])), "\n</div>")


def t_sharepoint(a, rng, core):
    """SharePoint family: Tân Dân (/portal/Pages/), /Trang/ChiTietTinTuc.aspx, Viettel."""
    flavor = a["flavor"]
    pub = a["pub"]
    guid = "%s-%s-%s-%s-%s" % (rid(rng, 8, "0123456789abcdef"), rid(rng, 4, "0123456789abcdef"), rid(rng, 4, "0123456789abcdef"), rid(rng, 4, "0123456789abcdef"), rid(rng, 12, "0123456789abcdef"))
    if flavor == "tandan":
        crawl = "{wd}, ngày {d:02d}/{m:02d}/{Y}"
        hdr = '<div class="tandan-header"><div class="tandan-date-today">%s</div><div class="tandan-logo"><a href="/portal/Pages/default.aspx"><img src="/portal/SiteAssets/logo.png" alt="logo" /></a><span class="tandan-sitename">%s</span></div></div>' % (fmt(crawl, CRAWL), esc(a["site"].upper()))
        relh, relfmt, pfx = "Các tin khác", "({d:02d}/{m:02d}/{Y})", "/portal/Pages/" + pub.strftime("%Y-%m-%d")
        wrap_cls = "tandan-main"
    elif flavor == "trang":
        crawl = "Hôm nay: {wdl}, {d:02d}-{m:02d}-{Y}"
        hdr = '<div id="header"><div class="today">%s</div><div class="banner"><img src="/SiteAssets/images/banner.jpg" alt="" /><h4 class="sitename">%s</h4></div></div>' % (fmt(crawl, CRAWL), esc(a["site"]))
        relh, relfmt, pfx = "Tin liên quan", "{d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}", "/Trang/ChiTietTinTuc.aspx?nid="
        wrap_cls = "content-main"
    else:  # viettel
        crawl = "{wd}, ngày {d} tháng {m} năm {Y}"
        hdr = '<div class="vt-header"><div class="vt-topbar"><span class="vt-today">%s</span><span class="vt-hotline">Đường dây nóng: 0%d %s</span></div><div class="vt-brand"><img src="/Style%%20Library/vtportal/images/quoc-huy.png" alt="" /><div class="vt-brand-text"><span class="vt-line1">%s</span><span class="vt-line2">%s</span></div></div></div>' % (fmt(crawl, CRAWL), rng.randint(203, 299), rid(rng, 7, "0123456789"), esc(a["owner"].upper()), esc(a["site"]))
        relh, relfmt, pfx = "Tin cùng chuyên mục", "{d:02d}/{m:02d}/{Y}", "/tin-tuc/Pages/chi-tiet.aspx?ItemID="
        wrap_cls = "vt-news-detail"
    related = related_box(rng, pub, relh, rng.randint(6, 10), relfmt, pfx, "ms-webpart-related")
    latest = related_box(rng, pub, "Tin mới", 6, "{d:02d}/{m:02d}", pfx, "ms-webpart-latest")
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />
<title>
	{esc(a["title_tag"])}
</title>
{og_meta(a)}
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZpwTdKk7FqJ2YzG1N%2Fxbeg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={rid(rng, 86, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")}&amp;t={rid(rng, 16, "0123456789abcdef")}"></script>
<script type="text/javascript">
var _spPageContextInfo = {{webServerRelativeUrl: "{a.get("web", "/")}", webAbsoluteUrl: "https://{a["host"]}{a.get("web", "")}", siteId: "{{{guid}}}", pageListId: "{{{guid[::-1]}}}", currentLanguage: 1066, webUILanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", env: "prod", siteServerRelativeUrl: "/", isAnonymousGuestUser: true}};
</script>
{a.get("head_extra", "")}
</head>
<body>
<form method="post" action="./{a["url"].rsplit("/", 1)[-1]}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{rid(rng, 128, "0123456789ABCDEF")},{pub.strftime("%d %b %Y")} 00:00:00 -0000" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIPD2QWAgIBD2QWAg<!--PAD-->" />
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
{hdr}
<div class="{flavor}-menu">{menu_html(rng, a.get("web", ""), "ms-core-listMenu-horizontalBox", deep=True)}</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Tin tức</a> &gt; <span>{esc(a["section"])}</span></div>
<div id="contentRow"><div id="contentBox" class="row">
<div class="col-md-9"><div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div webpartid="{guid}" class="ms-WPBody" id="WebPartWPQ2">
<div class="{wrap_cls}">
{core}
</div>
{"" if a.get("bare") else tools_html(rng) + related}
</div></div></div></div></div>
<div class="col-md-3">{latest}{counter_html(rng)}</div>
</div></div>
<div id="footer">{footer_html(rng, a)}</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var g_correlationId = '{guid}';
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002f', 1440000); return true; }}
ExecuteOrDelayUntilScriptLoaded(function(){{ var initInfo = {{ listPermsMask: null, viewCounts: {rng.randint(100, 9999)} }}; }}, 'sp.js');
//]]>
</script>
</form>
</body>
</html>
'''
    return page, pad_viewstate


def sp_wrap(rng, a):
    if a["flavor"] == "tandan":
        return ('<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">', "</div>")
    if a["flavor"] == "trang":
        return ('<div id="ctl00_ctl40_g_%s_ctl00_divContent" class="noidung">' % rid(rng, 8, "0123456789abcdef"), "</div>")
    return ('<div class="vt-news-content ms-rtestate-field">', "</div>")


def t_aspx(a, rng, core):
    """FPT / CMC ASP.NET portals."""
    flavor = a["flavor"]
    pub = a["pub"]
    cid = "ctl00_ContentPlaceHolder1_ctl%02d" % rng.randint(0, 40)
    if flavor == "fpt":
        crawl = "{d:02d}/{m:02d}/{Y}"
        hdr = '<div id="header"><div class="logo"><img src="/Portals/_default/Skins/fpt/images/logo.png" alt="" /></div><div class="header-title">%s</div><div class="header-date"><span id="lblNgay">%s</span></div></div>' % (esc(a["site"].upper()), fmt(crawl, CRAWL))
        rel = related_box(rng, pub, "Các tin khác", rng.randint(6, 10), "({d:02d}/{m:02d}/{Y})", "/tin-tuc/chi-tiet", "other-news")
    else:
        crawl = "{wd}, {d:02d}/{m:02d}/{Y}"
        hdr = '<div class="cmc-top"><span class="cmc-date">%s</span> <a href="/en">English</a></div><div class="cmc-banner"><h1 class="cmc-sitename"><a href="/">%s</a></h1></div>' % (fmt(crawl, CRAWL), esc(a["site"]))
        rel = related_box(rng, pub, "Tin liên quan", rng.randint(5, 8), "{d:02d}/{m:02d}/{Y}", "/tin-tuc", "news-related")
    meta_charset = a.get("meta_charset", "utf-8")
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset={meta_charset}" /><title>
	{esc(a["title_tag"])}
</title>
{og_meta(a)}
<link href="/App_Themes/{flavor}/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
<!--PAD-->
</style>
<script src="/js/jquery-1.11.3.min.js" type="text/javascript"></script>
{a.get("head_extra", "")}
</head>
<body>
<form name="form1" method="post" action="{att(a["url"].split("/", 3)[-1])}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk{pad_viewstate(rng, rng.randint(1200, 6000))}" /></div>
<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{rid(rng, 8, "0123456789ABCDEF")}" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{pad_viewstate(rng, 200)}" /></div>
<div id="wrapper">
{hdr}
<div id="menu">{menu_html(rng, "", "mainmenu")}</div>
<div id="main"><div class="left-col">
<div class="box-news-detail">
{core}
</div>
{tools_html(rng)}
{comment_form() if flavor == "cmc" else ""}
{rel}
</div>
<div class="right-col">{related_box(rng, pub, "Tin đọc nhiều", 5, "{d:02d}/{m:02d}/{Y}", "/tin-tuc", "most-read")}{counter_html(rng)}</div>
</div>
<div id="footer">{footer_html(rng, a)}<p>Thiết kế và phát triển bởi {"FPT IS" if flavor == "fpt" else "CMC TS"}</p></div>
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
Sys.Application.add_init(function() {{ $create(Sys.UI._Timer, {{"enabled":true,"interval":60000,"uniqueID":"{cid}$Timer1"}}, null, null, $get("{cid}_Timer1")); }});
//]]>
</script>
</form>
</body>
</html>
'''
    return page, pad_css


def aspx_wrap(rng, a):
    if a["flavor"] == "fpt":
        return ('<div class="news-content"><span id="ctl00_ContentPlaceHolder1_NewsDetail1_lblContent">', "</span></div>")
    return ('<div class="detail-content" id="divNoiDung">', "</div>")


def t_dnn(a, rng, core):
    pub = a["pub"]
    mid = rng.randint(400, 3000)
    page = f'''<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{esc(a["title_tag"])}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{att(a.get("desc", ""))}" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
{og_meta(a)}
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={rng.randint(100, 999)}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNNews/static/common/common.css?cdv={rng.randint(100, 999)}" type="text/css" rel="stylesheet"/><link href="/Portals/0/skins/portal/skin.css" type="text/css" rel="stylesheet"/>
<style type="text/css">
<!--PAD-->
</style>
{a.get("head_extra", "")}
</head>
<body id="Body">
<form method="post" action="{att(a["url"].split("/", 3)[-1])}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{pad_viewstate(rng, rng.randint(2000, 9000))}" />
</div>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js" type="text/javascript"></script>
<div id="siteWrapper">
<div class="header"><div class="header-top"><span class="today">{fmt("{wd}, {d:02d}/{m:02d}/{Y}", CRAWL)}</span><a id="dnn_dnnLOGIN_loginLink" class="LoginLink" href="/dang-nhap">Đăng nhập</a></div>
<div class="banner"><a id="dnn_dnnLOGO_hypLogo" title="{att(a["site"])}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner.png" alt="{att(a["site"])}" /></a></div>
<nav id="dnn_pnav">{menu_html(rng, "", "dnnmega")}</nav></div>
<div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="breadcrumbLink">Trang chủ</a> » <a href="/tin-tuc" class="breadcrumbLink">Tin tức</a> » <a href="#" class="breadcrumbLink">{esc(a["section"])}</a></span></div>
<div class="container"><div class="row">
<div id="dnn_ContentPane" class="col-md-8 ContentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>
<div class="container-title"><h2 class="Head"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(a["section"])}</span></h2></div>
<div id="dnn_ctr{mid}_ContentPane" class="ContentPane">
<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_styleSwitchCriteria_module-{mid}">
<div class="edn_article edn_articleDetails">
{core}
</div>
{"" if a.get("bare") else tools_html(rng) + related_box(rng, pub, "Tin liên quan", rng.randint(4, 7), "{d:02d}/{m:02d}/{Y}", "/tin-tuc/articleid", "edn_relatedArticles")}
</div></div></div></div>
<div class="col-md-4 RightPane">{related_box(rng, pub, "Tin nổi bật", 5, "{d:02d}/{m:02d}/{Y}", "/tin-tuc/articleid", "featured")}{counter_html(rng)}</div>
</div></div>
<footer class="footer">{footer_html(rng, a)}<p class="copyright">Copyright 2026 by {esc(a["site"])}</p></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{rng.randint(40, 400)}`}}" />
</form>
</body>
</html>
'''
    return page, pad_css


def dnn_wrap(rng, a):
    return ('<div class="edn_articleContent">', "</div>")


def t_nukeviet(a, rng, core):
    pub = a["pub"]
    page = f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(a["title_tag"])}</title>
<meta name="description" content="{att(a.get("desc", ""))}" />
<meta name="author" content="{att(a["site"])}" />
<meta name="copyright" content="{att(a["site"])} [vanphong@{a["host"]}]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{og_meta(a)}
{a.get("head_extra", "")}
<link rel="StyleSheet" href="/themes/default/css/font-awesome.min.css" />
<link rel="StyleSheet" href="/themes/egov/css/style.css" />
<style>
<!--PAD-->
</style>
<script data-show="inline" type="text/javascript">
var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_{rid(rng, 5)}",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image";
</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
</head>
<body>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24"><a title="{att(a["site"])}" href="/"><img src="/uploads/logo.png" alt="{att(a["site"])}" /></a><span class="site_name">{esc(a["site"])}</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{menu_html(rng, "/index.php?language=vi&amp;nv=news", "nav navbar-nav")}</div></div></div></nav>
<nav class="third-nav"><div class="container"><div class="row"><div class="bg"><div class="current-time">{fmt("{wdl} - {d:02d}/{m:02d}/{Y}", CRAWL)} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}</div>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><span>Trang nhất</span></a></li><li><a href="/news/"><span>Tin Tức</span></a></li><li><a href="/news/{slug(a["section"])}/"><span>{esc(a["section"])}</span></a></li></ul></div></div></div></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-md-18"><div class="news_column panel panel-default"><div class="panel-body">
{core}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body">{tools_html(rng)}{rating_html(rng)}</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">{related_box(rng, pub, "Những tin mới hơn", rng.randint(3, 6), "({d:02d}/{m:02d}/{Y})", "/news/" + slug(a["section"]), "related")}{related_box(rng, pub, "Những tin cũ hơn", rng.randint(4, 8), "({d:02d}/{m:02d}/{Y})", "/news/" + slug(a["section"]), "related")}</div></div>
</div>
<div class="col-md-6">{counter_html(rng)}</div>
</div></div></section>
<footer id="footer"><div class="container">{footer_html(rng, a)}</div></footer>
</div></div>
<script src="/themes/default/js/main.js"></script>
</body>
</html>
'''
    return page, pad_css


def nv_wrap(rng, a):
    return ('<div id="news-bodyhtml" class="bodytext margin-bottom-lg">', "</div>")


def t_wordpress(a, rng, core):
    pub = a["pub"]
    pid = rng.randint(1000, 30000)
    page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title_tag"])}</title>
<meta name='robots' content='max-image-preview:large' />
{og_meta(a)}
<link rel="alternate" type="application/rss+xml" title="{att(a["site"])} &raquo; Dòng thông tin" href="https://{a["host"]}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://{a["host"]}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1' media='all' />
<style id='global-styles-inline-css'>
.updated:not(.published){{display:none}}
<!--PAD-->
</style>
<script src="https://{a["host"]}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="{att(a["url"])}" />
<link rel='shortlink' href='https://{a["host"]}/?p={pid}' />
{a.get("head_extra", "")}
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="top-bar"><span class="today">{fmt("{wd}, {d:02d}/{m:02d}/{Y}", CRAWL)}</span></div>
<div class="site-branding"><p class="site-title"><a href="https://{a["host"]}/" rel="home">{esc(a["site"])}</a></p><p class="site-description">{esc(a["owner"])}</p></div>
<nav id="site-navigation" class="main-navigation">{menu_html(rng, "https://" + a["host"], "menu")}</nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{slug(a["section"])}">
{core}
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="https://{a["host"]}/?p={pid - 3}" rel="prev">{esc(rng.choice(HEADLINES))}</a></div><div class="nav-next"><a href="https://{a["host"]}/?p={pid + 5}" rel="next">{esc(rng.choice(HEADLINES))}</a></div></div></nav>
{related_box(rng, pub, "Bài viết liên quan", 4, "{d:02d}/{m:02d}/{Y}", "https://" + a["host"], "related-posts")}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="https://{a["host"]}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>
</main>
<aside id="secondary" class="widget-area">{related_box(rng, pub, "Bài viết mới", 5, "{d:02d}/{m:02d}/{Y}", "https://" + a["host"], "widget widget_recent_entries")}</aside></div>
<footer id="colophon" class="site-footer">{footer_html(rng, a)}<div class="site-info">Vận hành bởi WordPress</div></footer>
</div>
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/72x72\\/","ext":".png"}}</script>
</body>
</html>
'''
    return page, pad_css


def wp_wrap(rng, a):
    return ('<div class="entry-content">', "</div><!-- .entry-content -->")


TEMPLATES = {
    "liferay": (t_liferay, liferay_wrap, "liferay"),
    "sharepoint": (t_sharepoint, sp_wrap, "tandan"),
    "aspx": (t_aspx, aspx_wrap, "asp"),
    "dnn": (t_dnn, dnn_wrap, "dnn"),
    "nukeviet": (t_nukeviet, nv_wrap, "nukeviet"),
    "wordpress": (t_wordpress, wp_wrap, "wp"),
}


def imgsrc_for(a):
    host = a["host"]
    pub = a["pub"]
    def f(rng):
        t = a["tpl"]
        if t == "liferay":
            return "/documents/%d/%d/%s.jpg/%s?t=%d" % (rng.randint(20000, 990000), rng.randint(100000, 9999999), rid(rng, 10), rid(rng, 8, "0123456789abcdef"), rng.randint(1700000000000, 1790000000000))
        if t == "sharepoint":
            return "/PublishingImages/%s/%s.jpg" % (pub.strftime("%Y/%m"), rid(rng, 10))
        if t == "wordpress":
            return "https://%s/wp-content/uploads/%s/%s.jpg" % (host, pub.strftime("%Y/%m"), rid(rng, 12))
        if t == "nukeviet":
            return "/uploads/news/%s/%s.jpg" % (pub.strftime("%Y_%m"), rid(rng, 10))
        return "/Portals/0/Images/%s/%s.jpg" % (pub.strftime("%Y/%m"), rid(rng, 10))
    return f


# ---------------------------------------------------------------- articles
A = []

A.append(dict(
    name="e01", tpl="liferay", platform="liferay", kb=152,
    url="https://tuyenquang.gov.vn/web/guest/tin-tuc/-/asset_publisher/kTq3MnE8pZxd/content/xa-yen-minh-ra-mat-mo-hinh-binh-dan-hoc-vu-so-tai-cac-thon-vung-cao",
    site="Cổng thông tin điện tử tỉnh Tuyên Quang", owner="Ủy ban nhân dân tỉnh Tuyên Quang",
    addr="Số 160, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang", chief="Ông Nguyễn Văn Thành - Chánh Văn phòng UBND tỉnh",
    section="Tin cơ sở", pub=datetime(2026, 3, 14, 8, 25),
    title="Xã Yên Minh ra mắt mô hình “Bình dân học vụ số” tại các thôn vùng cao",
    title_tag="Cổng thông tin điện tử tỉnh Tuyên Quang - Tin cơ sở",
    og_title="Xã Yên Minh ra mắt mô hình “Bình dân học vụ số” tại các thôn vùng cao",
    title_html='<div class="asset-title-wrap"><h3 class="title-content">@T</h3></div>',
    top='<div class="asset-metadata"><span class="metadata-publish-date">Ngày đăng: {d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}</span> | <span class="metadata-view-count">Lượt xem: 1.204</span></div>',
    tail='<p style="text-align: right;"><strong>Hoàng Minh Đức</strong><br /><em>Trung tâm Dịch vụ tổng hợp xã Yên Minh</em></p>',
    author="Hoàng Minh Đức, Trung tâm Dịch vụ tổng hợp xã Yên Minh",
    text="""
L Ngày 13/3, Ủy ban nhân dân xã Yên Minh tổ chức ra mắt mô hình “Bình dân học vụ số” tại thôn Nà Pồng, thu hút hơn 200 đoàn viên, thanh niên, hội viên phụ nữ và người dân tham gia.
P Mô hình được triển khai theo Kế hoạch số 46/KH-UBND của Ủy ban nhân dân xã về phổ cập kỹ năng số cho người dân giai đoạn 2026 - 2027. Trong năm 2026, xã đặt mục tiêu có ít nhất 80% hộ gia đình ở 27 thôn được hướng dẫn cài đặt, sử dụng ứng dụng định danh điện tử VNeID, thanh toán không dùng tiền mặt và nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.
P Phát biểu tại buổi ra mắt, ông Vàng Mí Sử, Chủ tịch Ủy ban nhân dân xã cho biết, sau khi sắp xếp đơn vị hành chính, địa bàn xã rộng hơn trước, nhiều thôn cách trung tâm trên 20 km, đường đi lại khó khăn vào mùa mưa. Vì vậy, việc giúp người dân tự thực hiện thủ tục hành chính trên điện thoại sẽ tiết kiệm thời gian, chi phí đi lại và giảm áp lực cho Trung tâm Phục vụ hành chính công xã.
H Mỗi thôn một tổ công nghệ số cộng đồng
P Theo kế hoạch, mỗi thôn thành lập một tổ công nghệ số cộng đồng gồm trưởng thôn, bí thư chi bộ, đoàn viên thanh niên và công an viên. Các tổ được tập huấn hai đợt về kỹ năng hướng dẫn người dân, đặc biệt là người cao tuổi và đồng bào chưa thông thạo tiếng phổ thông. Tài liệu hướng dẫn được biên soạn song ngữ Việt - Mông, in khổ lớn và dán tại nhà văn hóa thôn.
P Nội dung phổ cập tập trung vào bốn nhóm kỹ năng:
- Kích hoạt và sử dụng tài khoản định danh điện tử mức độ 2;
- Nộp hồ sơ, tra cứu kết quả giải quyết thủ tục hành chính trực tuyến;
- Thanh toán hóa đơn điện, nước, học phí bằng ứng dụng ngân hàng;
- Nhận biết và phòng tránh các hình thức lừa đảo qua mạng.
I Đoàn viên thanh niên hướng dẫn người dân thôn Nà Pồng cài đặt ứng dụng VNeID. Ảnh: Minh Đức
P Bà Giàng Thị Mỷ, 58 tuổi, ở thôn Nà Pồng chia sẻ: “Trước đây muốn làm giấy tờ gì cũng phải nhờ con cháu chở xuống xã, mất cả buổi. Hôm nay được các cháu thanh niên chỉ cách dùng điện thoại, tôi đã tự tra được hồ sơ cấp giấy chứng nhận quyền sử dụng đất của gia đình”.
P Dịp này, Đoàn Thanh niên xã trao tặng 15 điện thoại thông minh cho các hộ nghèo có con đang theo học tại Trường Phổ thông dân tộc bán trú Trung học cơ sở Yên Minh; Bưu điện văn hóa xã hỗ trợ lắp đặt điểm phát sóng Wi-Fi miễn phí tại nhà văn hóa thôn.
P Ủy ban nhân dân xã giao Công an xã phối hợp với Đoàn Thanh niên duy trì lịch hướng dẫn vào tối thứ Bảy hằng tuần tại các thôn, định kỳ hằng quý sơ kết, đánh giá và nhân rộng cách làm hay. Kết quả thực hiện mô hình là một tiêu chí xét thi đua cuối năm đối với các thôn, tổ dân cư.
"""))

A.append(dict(
    name="e02", tpl="liferay", platform="liferay", kb=74, theme="dongnai-ward-theme",
    url="https://tamhiep.dongnai.gov.vn/web/guest/tin-hoat-dong/-/asset_publisher/Xn7bQe2LrT0w/content/phuong-tam-hiep-doi-thoai-voi-nhan-dan-ve-chinh-trang-do-thi-va-trat-tu-via-he",
    site="Trang thông tin điện tử phường Tam Hiệp", owner="Ủy ban nhân dân phường Tam Hiệp",
    addr="Số 12, đường Phạm Văn Thuận, phường Tam Hiệp, tỉnh Đồng Nai", chief="Bà Lương Thị Mai - Chánh Văn phòng HĐND và UBND phường",
    section="Tin hoạt động", pub=datetime(2026, 5, 12, 15, 42), crawl_fmt="{wd}, ngày {d:02d}/{m:02d}/{Y}",
    title="Phường Tam Hiệp đối thoại với Nhân dân về chỉnh trang đô thị và trật tự vỉa hè",
    title_tag="Phường Tam Hiệp đối thoại với Nhân dân về chỉnh trang đô thị v... - Phường Tam Hiệp",
    og_title=None,
    title_html='<h2 class="asset-title">@T</h2>',
    top='<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{H:02d}:{M:02d} - {wd}, {d:02d}/{m:02d}/{Y}</span> <span class="metadata-entry metadata-author">Tác giả: Lê Văn Sơn</span> <span class="metadata-entry metadata-view-count">Lượt xem: 865</span></div>',
    bottom='<p class="asset-source" style="text-align: right;"><em>Nguồn: Báo Đồng Nai</em></p>',
    author="Lê Văn Sơn",
    text="""
P Chiều 11/5, Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam phường Tam Hiệp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026. Hội nghị có sự tham gia của hơn 150 đại biểu là bí thư chi bộ, trưởng khu phố, đại diện hộ kinh doanh và người dân trên địa bàn.
P Tại hội nghị, đại diện các khu phố đã nêu 23 ý kiến, kiến nghị, tập trung vào tiến độ nâng cấp tuyến đường Phạm Văn Thuận đoạn qua khu phố 3, tình trạng lấn chiếm vỉa hè để kinh doanh, đậu xe trái phép trước các trường học vào giờ tan tầm, việc thu gom rác thải sinh hoạt và ngập cục bộ sau các cơn mưa lớn.
P Ông Trần Đức Hạnh, khu phố 5 phản ánh: “Vỉa hè trước chợ Tam Hiệp gần như không còn lối cho người đi bộ, nhất là buổi sáng. Đề nghị phường có giải pháp lâu dài chứ không chỉ ra quân rồi để tái lấn chiếm”.
H Giải quyết dứt điểm từng tuyến đường
P Trả lời các ý kiến, bà Nguyễn Thị Thu Hằng, Chủ tịch Ủy ban nhân dân phường cho biết, phường đã lập kế hoạch lập lại trật tự vỉa hè theo từng tuyến, bắt đầu từ khu vực chợ Tam Hiệp và các cổng trường. Trong tháng 6/2026, phường sẽ kẻ vạch phân định phần vỉa hè được tạm sử dụng có thu phí và phần dành cho người đi bộ, đồng thời công khai số điện thoại đường dây nóng để người dân phản ánh.
P Đối với tình trạng ngập cục bộ, phường đã kiến nghị Sở Xây dựng bố trí vốn nạo vét hệ thống thoát nước tại ba điểm trọng yếu, dự kiến hoàn thành trước cao điểm mùa mưa. Việc nâng cấp đường Phạm Văn Thuận thuộc dự án do tỉnh làm chủ đầu tư; phường sẽ tiếp tục đôn đốc nhà thầu hoàn trả mặt bằng, bảo đảm an toàn giao thông.
P Phát biểu kết luận, ông Phạm Minh Tân, Bí thư Đảng ủy phường đề nghị các ngành, khu phố tiếp thu đầy đủ ý kiến của Nhân dân, phân công rõ người, rõ việc, rõ thời gian hoàn thành. Những nội dung đã hứa tại hội nghị phải được rà soát, báo cáo kết quả tại kỳ đối thoại tiếp theo và công khai trên trang thông tin điện tử của phường.
"""))

A.append(dict(
    name="e03", tpl="liferay", platform="liferay", kb=58, theme="sonnmt-theme",
    url="https://snnmt.gialai.gov.vn/web/guest/tin-hoat-dong/-/asset_publisher/Hk4vPq9sWm2L/content/gia-lai-tang-cuong-giam-sat-khong-che-benh-dich-ta-lon-chau-phi",
    site="Sở Nông nghiệp và Môi trường tỉnh Gia Lai", owner="Sở Nông nghiệp và Môi trường tỉnh Gia Lai",
    addr="Số 6, đường Lê Lợi, phường Quy Nhơn, tỉnh Gia Lai", chief="Ông Trần Quốc Bảo - Chánh Văn phòng Sở",
    section="Tin hoạt động", pub=datetime(2025, 9, 3), crawl_fmt="{d:02d}/{m:02d}/{Y}", rel_fmt="{d:02d}/{m:02d}/{Y}",
    title="Gia Lai tăng cường giám sát, khống chế bệnh dịch tả lợn châu Phi",
    title_tag="Tin hoạt động",
    og_title="Gia Lai tăng cường giám sát, khống chế bệnh dịch tả lợn châu Phi",
    title_html='<h1 class="header-title">@T</h1>',
    bottom='<div class="news-footer"><p class="news-author" style="text-align: right;"><strong>Tin, ảnh: Phạm Quang Vinh</strong></p><p class="news-date">Ngày đăng: {d:02d}/{m:02d}/{Y}</p></div>',
    author="Phạm Quang Vinh",
    text="""
L Trước diễn biến phức tạp của bệnh dịch tả lợn châu Phi tại một số địa phương, Sở Nông nghiệp và Môi trường đã ban hành văn bản đề nghị các xã, phường tăng cường giám sát, không để dịch lây lan diện rộng.
P Theo báo cáo của Chi cục Chăn nuôi và Thú y, từ đầu tháng 8/2025 đến nay, trên địa bàn tỉnh đã xuất hiện 9 ổ dịch tả lợn châu Phi tại 6 xã, làm 412 con lợn mắc bệnh và buộc phải tiêu hủy với tổng trọng lượng hơn 27 tấn. Nguyên nhân chủ yếu do người chăn nuôi chưa áp dụng đầy đủ biện pháp an toàn sinh học, tự ý mua bán, vận chuyển lợn không rõ nguồn gốc.
P Để chủ động khống chế dịch bệnh, Sở đề nghị Ủy ban nhân dân các xã, phường chỉ đạo thực hiện nghiêm các nội dung sau:
- Thành lập chốt kiểm dịch tạm thời tại các tuyến đường ra, vào vùng có dịch;
- Tiêu hủy ngay lợn bệnh, lợn chết theo đúng quy định, không vứt xác lợn ra môi trường;
- Tổ chức phun khử trùng, tiêu độc khu vực chăn nuôi ít nhất hai lần mỗi tuần;
- Tuyên truyền để người dân không giấu dịch, không bán chạy lợn bệnh.
I Cán bộ thú y phun khử trùng chuồng trại tại xã Ia Hrung. Ảnh: Q.V
P Chi cục Chăn nuôi và Thú y đã xuất cấp 1.500 lít hóa chất sát trùng hỗ trợ các địa phương có dịch, đồng thời cử 4 tổ công tác trực tiếp hướng dẫn việc xử lý ổ dịch. Lực lượng thú y cơ sở phối hợp với Công an xã kiểm tra các điểm giết mổ nhỏ lẻ, xử lý nghiêm các trường hợp vận chuyển lợn không có giấy chứng nhận kiểm dịch.
P Ông Lê Hữu Phước, Phó Giám đốc Sở Nông nghiệp và Môi trường nhấn mạnh, hiện chưa có vắc xin phòng bệnh được sử dụng đại trà trên địa bàn, vì vậy biện pháp hiệu quả nhất vẫn là an toàn sinh học. Người chăn nuôi phát hiện lợn có biểu hiện sốt cao, bỏ ăn, xuất huyết trên da cần báo ngay cho nhân viên thú y để lấy mẫu xét nghiệm.
I Chốt kiểm dịch tạm thời trên tuyến đường liên xã. Ảnh: Q.V
P Sở cũng đề nghị các doanh nghiệp chăn nuôi quy mô lớn chủ động giám sát, chia sẻ thông tin dịch bệnh với cơ quan chuyên môn, không tái đàn tại các khu vực đã có dịch khi chưa đủ thời gian theo quy định.
"""))

A.append(dict(
    name="e04", tpl="sharepoint", flavor="tandan", platform="sharepoint-tandan", kb=138,
    url="https://ninhbinh.gov.vn/portal/Pages/2026-02-10/Khoi-cong-tuyen-duong-ket-noi-cac-xa-ven-bien-phia-Nam-tinh.aspx",
    site="Cổng thông tin điện tử tỉnh Ninh Bình", owner="Ủy ban nhân dân tỉnh Ninh Bình", web="/portal",
    addr="Số 2, đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình", chief="Ông Phạm Văn Hòa - Chánh Văn phòng UBND tỉnh",
    section="Tin tức - Sự kiện", pub=datetime(2026, 2, 10, 15, 40),
    title="Khởi công tuyến đường kết nối các xã ven biển phía Nam tỉnh",
    title_tag="Khởi công tuyến đường kết nối các xã ven biển phía Nam tỉnh",
    og_title="Khởi công tuyến đường kết nối các xã ven biển phía Nam tỉnh",
    title_html='<div class="tandan-title-detail"><span class="tandan-title">@T</span></div>',
    top='<div class="tandan-datetime">{d:02d}/{m:02d}/{Y} {h12}:{M:02d} {ap}</div>',
    bottom='<div class="tandan-author" style="text-align:right"><b>Thu Trang (Trung tâm Truyền thông tỉnh)</b></div>',
    author="Thu Trang (Trung tâm Truyền thông tỉnh)",
    text="""
L Sáng 10/2, Ủy ban nhân dân tỉnh tổ chức lễ khởi công dự án đầu tư xây dựng tuyến đường kết nối các xã ven biển phía Nam tỉnh với tổng mức đầu tư hơn 1.860 tỷ đồng.
P Dự án có tổng chiều dài 24,6 km, điểm đầu giao với Quốc lộ 10 tại xã Kim Sơn, điểm cuối kết nối với tuyến đường bộ ven biển tại xã Kim Đông. Đường được thiết kế theo tiêu chuẩn đường cấp III đồng bằng, vận tốc thiết kế 80 km/h, nền đường rộng 12 m; xây dựng mới 7 cầu trên tuyến, trong đó cầu vượt sông Càn dài 420 m.
P Theo kế hoạch, dự án được thực hiện trong giai đoạn 2026 - 2028 bằng nguồn vốn ngân sách trung ương và ngân sách tỉnh. Đến nay, các xã có dự án đi qua đã hoàn thành bàn giao 86% diện tích mặt bằng; phần còn lại đang được kiểm đếm, lập phương án bồi thường, dự kiến bàn giao dứt điểm trước ngày 30/4/2026.
T Hạng mục | Quy mô | Thời gian hoàn thành
T Nền, mặt đường | 24,6 km | Quý IV/2027
T Cầu vượt sông Càn | 420 m | Quý II/2028
T Các cầu nhỏ trên tuyến | 6 cầu | Quý I/2028
I Các đại biểu thực hiện nghi thức khởi công dự án.
P Phát biểu tại lễ khởi công, ông Đinh Văn Khải, Phó Chủ tịch Ủy ban nhân dân tỉnh khẳng định, tuyến đường có ý nghĩa quan trọng trong việc kết nối vùng kinh tế biển với các khu công nghiệp, khu du lịch và hệ thống giao thông quốc gia, mở ra không gian phát triển mới cho các xã ven biển sau sắp xếp đơn vị hành chính.
P Ông đề nghị chủ đầu tư, nhà thầu huy động tối đa nhân lực, thiết bị, thi công bảo đảm chất lượng, an toàn, vệ sinh môi trường; các xã tiếp tục làm tốt công tác dân vận, giải quyết kịp thời kiến nghị của người dân có đất bị thu hồi, tạo điều kiện để các hộ tái định cư sớm ổn định cuộc sống.
Q “Chúng tôi cam kết tổ chức thi công ba ca liên tục, phấn đấu thông xe kỹ thuật phần đường sớm hơn 6 tháng so với hợp đồng”, đại diện liên danh nhà thầu phát biểu.
P Trước đó, chiều 9/2, đoàn công tác của tỉnh đã thăm, tặng quà 30 hộ gia đình chính sách có đất bị ảnh hưởng bởi dự án tại xã Kim Sơn và xã Kim Đông.
"""))

A.append(dict(
    name="e05", tpl="sharepoint", flavor="tandan", platform="sharepoint-tandan", kb=66,
    url="https://syt.khanhhoa.gov.vn/portal/Pages/2025-08-05/Khanh-Hoa-trien-khai-chien-dich-tiem-vac-xin-soi-cho-tre-tu-1-den-5-tuoi.aspx",
    site="Sở Y tế tỉnh Khánh Hòa", owner="Sở Y tế tỉnh Khánh Hòa", web="/portal",
    addr="Số 4, đường Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa", chief="Ông Võ Minh Quang - Chánh Văn phòng Sở",
    section="Hoạt động ngành", pub=datetime(2025, 8, 5, 10, 15, 32),
    title="Khánh Hòa triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
    title_tag="Sở Y tế tỉnh Khánh Hòa", og_title=None,
    title_html='<h2 class="tandan-title-detail">@T</h2>',
    top='<div class="tandan-date-view"><span class="tandan-date">{d:02d}/{m:02d}/{Y} {h12}:{M:02d}:{S:02d} {ap}</span> <span class="tandan-view">Lượt xem: 2.087</span></div>',
    bottom='<div class="tandan-author"><span class="label">Tác giả:</span> ThS. Trần Văn Bình - Trung tâm Kiểm soát bệnh tật tỉnh</div>',
    author="ThS. Trần Văn Bình - Trung tâm Kiểm soát bệnh tật tỉnh",
    text="""
P Nhằm chủ động phòng, chống dịch sởi và nâng cao tỷ lệ tiêm chủng trong cộng đồng, Sở Y tế vừa ban hành kế hoạch triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi trên địa bàn tỉnh, thời gian thực hiện từ ngày 11/8 đến hết ngày 30/9/2025.
P Theo Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm đến nay toàn tỉnh ghi nhận 37 ca mắc sởi, trong đó 22 ca là trẻ chưa tiêm hoặc chưa tiêm đủ mũi vắc xin. Một số xã miền núi, vùng đồng bào dân tộc thiểu số có tỷ lệ tiêm chủng thấp, tiềm ẩn nguy cơ bùng phát dịch khi vào năm học mới.
H Đối tượng và hình thức tiêm
P Chiến dịch dự kiến tiêm cho khoảng 48.600 trẻ, gồm:
- Trẻ từ 1 đến 5 tuổi chưa tiêm đủ hai mũi vắc xin có thành phần sởi;
- Trẻ đang học tại các cơ sở giáo dục mầm non trên địa bàn các xã, phường có ca mắc trong năm 2025;
- Trẻ thuộc hộ gia đình lao động tự do thường xuyên di chuyển, tạm trú.
P Việc tiêm được tổ chức tại trạm y tế xã, phường và các điểm tiêm lưu động ở trường mầm non, nhà văn hóa thôn. Đối với các thôn vùng sâu, trạm y tế phối hợp với Đồn Biên phòng và Công an xã tổ chức tiêm vào ngày nghỉ để cha mẹ thuận tiện đưa trẻ đi tiêm.
T Khu vực | Số trẻ dự kiến | Số điểm tiêm
T Các phường ven biển | 19.400 | 64
T Các xã đồng bằng | 17.900 | 88
T Các xã miền núi | 11.300 | 71
P Sở Y tế yêu cầu các đơn vị bảo đảm an toàn tiêm chủng, bố trí đủ nhân viên y tế theo dõi trẻ sau tiêm ít nhất 30 phút, chuẩn bị sẵn sàng phương án cấp cứu phản vệ. Phụ huynh khi đưa trẻ đi tiêm cần mang theo sổ tiêm chủng hoặc thông báo lịch tiêm trên ứng dụng Sổ sức khỏe điện tử.
P Bác sĩ Lê Thị Quỳnh Giao, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo, sởi là bệnh truyền nhiễm lây qua đường hô hấp, có thể gây biến chứng viêm phổi, viêm não. Tiêm đủ hai mũi vắc xin là biện pháp phòng bệnh hiệu quả, an toàn và tiết kiệm nhất.
"""))

A.append(dict(
    name="e06", tpl="sharepoint", flavor="trang", platform="sharepoint", kb=97,
    url="https://stc.angiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4821",
    site="Sở Tài chính tỉnh An Giang", owner="Sở Tài chính tỉnh An Giang",
    addr="Số 15, đường Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang", chief="Ông Huỳnh Văn Tâm - Chánh Văn phòng Sở",
    section="Tin hoạt động", pub=datetime(2025, 10, 17, 9, 5),
    title="An Giang: Thu ngân sách 9 tháng đạt 81% dự toán năm",
    title_tag="Sở Tài chính tỉnh An Giang - Chi tiết tin tức",
    og_title="An Giang: Thu ngân sách 9 tháng đạt 81% dự toán năm",
    title_html='<table class="news-detail" width="100%" cellpadding="0" cellspacing="0"><tr><td class="title_detail">@T</td></tr>',
    top='<tr><td class="date_detail">{wd}, {d:02d}/{m:02d}/{Y} | {H:02d}:{M:02d}</td></tr></table>',
    bottom='<div class="author-line" style="text-align:right"><b>Tin: Hữu Phước - Ảnh: Ngọc Hân</b></div>',
    author="Hữu Phước, Ngọc Hân",
    text="""
L Theo báo cáo của Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn tỉnh 9 tháng năm 2025 ước đạt 15.742 tỷ đồng, bằng 81% dự toán Trung ương giao và tăng 12,4% so với cùng kỳ.
P Trong đó, thu nội địa đạt 14.905 tỷ đồng, thu từ hoạt động xuất nhập khẩu đạt 837 tỷ đồng. Nhiều khoản thu đạt khá như thu từ doanh nghiệp ngoài quốc doanh, thuế thu nhập cá nhân, thu tiền sử dụng đất; riêng thu từ xổ số kiến thiết tiếp tục là nguồn thu lớn, đóng góp ổn định cho ngân sách tỉnh.
T Chỉ tiêu | Ước thực hiện 9 tháng (tỷ đồng) | So với dự toán
T Thu nội địa | 14.905 | 82%
T Thu từ hoạt động xuất nhập khẩu | 837 | 70%
T Tổng thu ngân sách | 15.742 | 81%
I Hội nghị đánh giá tình hình thực hiện nhiệm vụ tài chính - ngân sách 9 tháng năm 2025.
P Tổng chi ngân sách địa phương 9 tháng ước thực hiện 19.280 tỷ đồng, đạt 68% dự toán. Tỷ lệ giải ngân vốn đầu tư công đạt 61,5% kế hoạch, cao hơn bình quân chung cả nước, tuy nhiên vẫn còn 14 dự án có tỷ lệ giải ngân dưới 30% do vướng mắc mặt bằng và nguồn vật liệu san lấp.
P Bà Châu Thị Mỹ Linh, Giám đốc Sở Tài chính cho biết, sau khi vận hành chính quyền địa phương hai cấp, công tác quản lý thu ngân sách ở cấp xã có nhiều thay đổi. Sở đã phối hợp với Thuế tỉnh tập huấn cho cán bộ tài chính của 102 xã, phường, đặc khu về phân cấp nguồn thu, nhiệm vụ chi và quy trình lập dự toán năm 2026.
H Phấn đấu hoàn thành vượt dự toán
P Để hoàn thành nhiệm vụ thu năm 2025, Sở Tài chính đề nghị các cơ quan thuế tăng cường chống thất thu trong kinh doanh thương mại điện tử, chuyển nhượng bất động sản; đôn đốc thu hồi nợ thuế; đẩy nhanh tiến độ đấu giá quyền sử dụng đất tại các khu dân cư đã hoàn thiện hạ tầng.
P Các chủ đầu tư được yêu cầu rà soát, điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng hấp thụ vốn tốt, phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2025 trước ngày 31/01/2026.
"""))

A.append(dict(
    name="e07", tpl="sharepoint", flavor="trang", platform="sharepoint", kb=84,
    url="https://tinhuylaocai.vn/Trang/ChiTietTinTuc.aspx?nid=12907",
    site="Trang thông tin điện tử Tỉnh ủy Lào Cai", owner="Tỉnh ủy Lào Cai",
    addr="Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", chief="Bà Vàng Thị Dung - Phó Chánh Văn phòng Tỉnh ủy",
    section="Hoạt động của Tỉnh ủy", pub=datetime(2026, 11, 21, 14, 20),
    title="Ban Thường vụ Tỉnh ủy nghe báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2026",
    title_tag="Tỉnh ủy Lào Cai - Ban Thường vụ Tỉnh ủy nghe báo cáo kết quả thực hiện Quy chế dân...",
    og_title="Ban Thường vụ Tỉnh ủy nghe báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2026",
    title_html='<h1 class="TitleNews">@T</h1>',
    top='<div class="DateNews">Đăng ngày {d:02d}/{m:02d}/{Y} lúc {H:02d}:{M:02d}</div>',
    bottom='<p class="nguon" style="text-align:right"><i>Nguồn: Báo Lào Cai</i></p>',
    author=None,
    text="""
P Chiều 21/11, Ban Thường vụ Tỉnh ủy họp nghe Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2026 và nhiệm vụ trọng tâm năm 2027. Đồng chí Hoàng Quốc Minh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.
P Báo cáo cho thấy, năm 2026 là năm đầu tiên các xã, phường vận hành đầy đủ mô hình chính quyền địa phương hai cấp. Việc công khai thông tin, lấy ý kiến Nhân dân được thực hiện nghiêm túc, nhất là đối với các nội dung về quy hoạch, bồi thường, hỗ trợ tái định cư, xây dựng nông thôn mới và sử dụng các khoản đóng góp của người dân. Toàn tỉnh đã tổ chức 1.146 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; 97,6% kiến nghị sau đối thoại được giải quyết hoặc trả lời bằng văn bản.
P Ban Thanh tra nhân dân ở 99 xã, phường được kiện toàn, hoạt động có nền nếp, phát hiện và kiến nghị xử lý 38 vụ việc, trong đó có nhiều vụ liên quan đến quản lý đất đai, thực hiện chính sách hỗ trợ hộ nghèo. Các mô hình “Dân vận khéo” tiếp tục được nhân rộng, nổi bật là mô hình hiến đất làm đường giao thông nông thôn, với hơn 52.000 m² đất được Nhân dân tự nguyện hiến trong năm.
P Tuy nhiên, một số nơi việc công khai còn hình thức, chậm cập nhật trên bảng tin và trang thông tin điện tử; hoạt động giám sát của Mặt trận Tổ quốc và các đoàn thể ở một số xã vùng cao còn hạn chế do địa bàn rộng, đội ngũ cán bộ mới được sắp xếp.
P Kết luận hội nghị, đồng chí Hoàng Quốc Minh đề nghị các cấp ủy, chính quyền tiếp tục thể chế hóa phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, gắn thực hiện dân chủ ở cơ sở với cải cách hành chính và chuyển đổi số. Người đứng đầu phải trực tiếp đối thoại, lắng nghe và chịu trách nhiệm giải quyết những vấn đề bức xúc, chính đáng của Nhân dân ngay từ cơ sở.
P Ban Thường vụ Tỉnh ủy thống nhất giao Ban Tuyên giáo và Dân vận Tỉnh ủy tiếp thu ý kiến, hoàn thiện báo cáo, tham mưu ban hành kế hoạch thực hiện năm 2027, trong đó xác định cụ thể chỉ tiêu đối thoại, giải quyết kiến nghị đối với từng xã, phường.
"""))

A.append(dict(
    name="e08", tpl="sharepoint", flavor="viettel", platform="sharepoint-viettel", kb=161,
    url="https://thachquang.thanhhoa.gov.vn/tin-tuc/Pages/chi-tiet.aspx?ItemID=387",
    site="Cổng thông tin điện tử xã Thạch Quảng", owner="Ủy ban nhân dân xã Thạch Quảng", web="",
    addr="Thôn Quảng Thành, xã Thạch Quảng, tỉnh Thanh Hóa", chief="Ông Lê Văn Hiếu - Chủ tịch UBND xã",
    section="Tin tức - Sự kiện", pub=datetime(2026, 6, 27, 10, 30),
    title="Xã Thạch Quảng hoàn thành xóa nhà tạm, nhà dột nát cho 64 hộ",
    title_tag="Xã Thạch Quảng hoàn thành xóa nhà tạm, nhà dột nát cho 64 hộ",
    og_title="Xã Thạch Quảng hoàn thành xóa nhà tạm, nhà dột nát cho 64 hộ",
    title_html='<h2 class="vt-news-title">@T</h2>',
    top='<div class="vt-news-meta"><span class="vt-news-date">{H:02d}:{M:02d} {d:02d}/{m:02d}/{Y} ({wd})</span></div>',
    tail='<p class="vt-author" style="text-align:right"><strong>Văn phòng HĐND và UBND xã Thạch Quảng</strong></p>',
    author="Văn phòng HĐND và UBND xã Thạch Quảng",
    text="""
L Sau hơn một năm triển khai, xã Thạch Quảng đã hoàn thành xây mới, sửa chữa nhà ở cho 64 hộ nghèo, hộ cận nghèo và hộ gia đình chính sách, về đích sớm hơn kế hoạch của tỉnh.
P Ngày 26/6, Ủy ban nhân dân xã tổ chức tổng kết chương trình xóa nhà tạm, nhà dột nát trên địa bàn. Trong số 64 căn nhà, có 41 căn xây mới và 23 căn sửa chữa, với tổng kinh phí gần 4,3 tỷ đồng. Nguồn kinh phí được huy động từ ngân sách nhà nước, Quỹ Vì người nghèo các cấp, doanh nghiệp, nhà hảo tâm và sự đóng góp của chính các hộ gia đình, dòng họ.
P Ngoài hỗ trợ bằng tiền, các đoàn thể, lực lượng vũ trang và người dân trong thôn đã đóng góp hơn 2.100 ngày công để vận chuyển vật liệu, san nền, dựng khung nhà. Nhiều hộ được anh em, họ hàng cho mượn đất làm nhà hoặc hỗ trợ gỗ, gạch, xi măng.
H Những mái ấm mới
P Gia đình ông Bùi Văn Thịnh ở thôn Đồng Mười là một trong những hộ đầu tiên được hỗ trợ. Căn nhà cấp bốn rộng 48 m² được hoàn thành sau hai tháng thi công. “Cả đời làm nông, vợ chồng tôi không dám nghĩ có ngày được ở nhà kiên cố. Giờ mùa mưa bão không còn phải lo chạy sang nhà hàng xóm nữa”, ông Thịnh xúc động nói.
I Niềm vui của gia đình ông Bùi Văn Thịnh trong ngày nhận nhà mới.
P Theo ông Lê Văn Hiếu, Chủ tịch Ủy ban nhân dân xã, để chương trình đạt kết quả, xã thành lập ban chỉ đạo, phân công cán bộ phụ trách từng hộ, giám sát chặt chẽ chất lượng và tiến độ thi công. Mỗi căn nhà bảo đảm tiêu chí “ba cứng” là nền cứng, khung - tường cứng và mái cứng, có tuổi thọ từ 20 năm trở lên.
P Tại buổi tổng kết, Ủy ban nhân dân xã đã khen thưởng 9 tập thể, 17 cá nhân có thành tích tiêu biểu. Thời gian tới, xã tiếp tục phối hợp với Ngân hàng Chính sách xã hội hỗ trợ vốn vay sản xuất, hướng dẫn các hộ vừa nhận nhà phát triển chăn nuôi, trồng rừng để thoát nghèo bền vững.
"""))

A.append(dict(
    name="e09", tpl="sharepoint", flavor="viettel", platform="sharepoint-viettel", kb=88,
    url="https://stp.phutho.gov.vn/tin-tuc/Pages/chi-tiet.aspx?ItemID=1542",
    site="Cổng thông tin điện tử Sở Tư pháp tỉnh Phú Thọ", owner="Sở Tư pháp tỉnh Phú Thọ", web="",
    addr="Số 1568, đại lộ Hùng Vương, phường Việt Trì, tỉnh Phú Thọ", chief="Ông Đào Mạnh Hà - Chánh Văn phòng Sở",
    section="Tin hoạt động", pub=datetime(2026, 4, 2, 9, 15),
    title="Phú Thọ: Tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã",
    title_tag="Sở Tư pháp tỉnh Phú Thọ - Phú Thọ: Tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã",
    og_title="Phú Thọ: Tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã",
    head_extra='<meta property="article:published_time" content="@UTC" />',
    title_html='<h1 class="vt-news-title">@T</h1>',
    bottom='<div class="author-box"><span class="lbl">Tác giả:</span> <span class="val">Đỗ Thị Mai</span></div><div class="poster">Người đăng: sotuphap.admin</div>',
    author="Đỗ Thị Mai",
    text="""
L Trong hai ngày 1 và 2/4, Sở Tư pháp tổ chức hội nghị tập huấn nghiệp vụ đăng ký, quản lý hộ tịch và chứng thực cho gần 300 công chức tư pháp - hộ tịch của 148 xã, phường trên địa bàn tỉnh.
P Tại hội nghị, các báo cáo viên của Sở đã hướng dẫn những điểm mới của pháp luật về hộ tịch, quy trình đăng ký khai sinh, khai tử, kết hôn trực tuyến liên thông; việc khai thác, sử dụng Cơ sở dữ liệu hộ tịch điện tử và kết nối với Cơ sở dữ liệu quốc gia về dân cư. Nhiều tình huống thực tế phát sinh sau khi sắp xếp đơn vị hành chính cũng được phân tích cụ thể.
P Theo thống kê của Sở Tư pháp, trong quý I/2026, các xã, phường trên địa bàn tỉnh đã tiếp nhận 41.286 hồ sơ hộ tịch, trong đó 78% được nộp trực tuyến. Tuy nhiên, vẫn còn tình trạng hồ sơ phải trả lại do thông tin trên giấy tờ cũ không thống nhất với dữ liệu dân cư, nhất là tên đơn vị hành chính đã thay đổi.
P Một số nội dung được học viên đặc biệt quan tâm:
- Cách ghi nơi cư trú, nơi sinh khi địa danh cũ không còn;
- Cấp bản sao trích lục hộ tịch từ sổ hộ tịch lưu trữ của các xã đã sáp nhập;
- Chứng thực chữ ký trên văn bản điện tử.
P Bà Nguyễn Thị Thanh Vân, Phó Giám đốc Sở Tư pháp đề nghị công chức tư pháp - hộ tịch cấp xã chủ động nghiên cứu văn bản, tuân thủ đúng thời hạn giải quyết hồ sơ, tuyệt đối không yêu cầu người dân nộp thêm giấy tờ ngoài quy định. Trường hợp gặp vướng mắc, các xã phản ánh qua nhóm hỗ trợ nghiệp vụ của Sở để được hướng dẫn kịp thời.
P Dịp này, Sở Tư pháp ra mắt bộ tài liệu hỏi - đáp về hộ tịch với 120 tình huống thường gặp, được đăng tải trên Cổng thông tin điện tử của Sở để cán bộ và người dân tra cứu.
"""))

A.append(dict(
    name="e10", tpl="aspx", flavor="fpt", platform="fpt-portal", kb=62,
    url="https://quangtri.gov.vn/tin-tuc/chi-tiet/quang-tri-don-hon-1-2-trieu-luot-khach-du-lich-trong-6-thang-dau-nam-20957",
    site="Cổng thông tin điện tử tỉnh Quảng Trị", owner="Ủy ban nhân dân tỉnh Quảng Trị",
    addr="Số 45, đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị", chief="Ông Hồ Sĩ Nguyên - Chánh Văn phòng UBND tỉnh",
    section="Kinh tế", pub=datetime(2025, 7, 14, 16, 48, 9),
    title="Quảng Trị đón hơn 1,2 triệu lượt khách du lịch trong 6 tháng đầu năm",
    title_tag="UBND tỉnh Quảng Trị | Quảng Trị đón hơn 1,2 triệu lượt khách du lịch trong 6 tháng đầu năm",
    og_title="UBND tỉnh Quảng Trị | Quảng Trị đón hơn 1,2 triệu lượt khách du lịch trong 6 tháng đầu năm",
    title_html='<div class="news-title"><span id="ctl00_ContentPlaceHolder1_NewsDetail1_lblTitle" class="title">@T</span></div>',
    top='<div class="news-date"><span id="ctl00_ContentPlaceHolder1_NewsDetail1_lblDate" class="date">({d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}:{S:02d})</span></div>',
    bottom='<div class="news-author" align="right"><span id="ctl00_ContentPlaceHolder1_NewsDetail1_lblAuthor"><b>Trần Ngọc Ánh, Lê Hoài Nam</b></span></div>',
    author="Trần Ngọc Ánh, Lê Hoài Nam",
    text="""
L Sáu tháng đầu năm 2025, ngành du lịch Quảng Trị đón khoảng 1,24 triệu lượt khách, tăng 18% so với cùng kỳ; tổng thu từ khách du lịch ước đạt 4.960 tỷ đồng.
P Theo Sở Văn hóa, Thể thao và Du lịch, lượng khách tăng mạnh vào dịp kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước và kỳ nghỉ hè. Các điểm đến thu hút đông du khách gồm Thành cổ Quảng Trị, Nghĩa trang liệt sĩ quốc gia Trường Sơn, địa đạo Vịnh Mốc, đặc khu Cồn Cỏ và Vườn quốc gia Phong Nha - Kẻ Bàng.
P Sau khi hợp nhất, tỉnh sở hữu hệ thống tài nguyên du lịch đa dạng, trải dài từ hang động, biển đảo đến các di tích lịch sử cách mạng. Nhiều doanh nghiệp lữ hành đã xây dựng tour liên tuyến “Hành trình di sản từ Phong Nha đến Thành cổ”, kết hợp tham quan hang động với du lịch về nguồn, được du khách đón nhận tích cực.
P Công suất sử dụng phòng bình quân của các cơ sở lưu trú đạt 62%, riêng các khách sạn ven biển thường xuyên kín phòng vào cuối tuần. Lượng khách quốc tế đạt hơn 96.000 lượt, chủ yếu đến từ Thái Lan, Lào, Hàn Quốc và các nước châu Âu.
I Du khách tham quan Thành cổ Quảng Trị. Ảnh: Ngọc Ánh
H Nâng cao chất lượng dịch vụ
P Bên cạnh kết quả đạt được, du lịch Quảng Trị vẫn còn tính mùa vụ cao, sản phẩm du lịch đêm và sản phẩm mua sắm chưa phong phú, hạ tầng giao thông kết nối đến một số điểm đến còn hạn chế. Một số cơ sở lưu trú nhỏ chưa đăng ký kinh doanh, chưa niêm yết giá công khai.
P Thời gian tới, ngành du lịch tập trung xây dựng thương hiệu điểm đến chung, đẩy mạnh quảng bá trên nền tảng số; tăng cường kiểm tra, chấn chỉnh hoạt động kinh doanh dịch vụ du lịch, xử lý nghiêm tình trạng chèo kéo, nâng giá. Tỉnh phấn đấu cả năm 2025 đón 2,3 triệu lượt khách, tổng thu từ khách du lịch đạt khoảng 9.500 tỷ đồng.
"""))

A.append(dict(
    name="e11", tpl="aspx", flavor="fpt", platform="fpt-portal", kb=46, charset="windows-1258", meta_charset="windows-1258",
    url="https://congan.hungyen.gov.vn/tin-tuc/chi-tiet/cong-an-tinh-ra-quan-cao-diem-tan-cong-tran-ap-toi-pham-dip-cuoi-nam-8123",
    site="Trang thông tin điện tử Công an tỉnh Hưng Yên", owner="Công an tỉnh Hưng Yên",
    addr="Số 6, đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên", chief="Đại tá Trần Văn Khoa - Trưởng phòng Tham mưu",
    section="An ninh - Trật tự", pub=datetime(2025, 12, 1, 7, 30),
    title="Công an tỉnh ra quân cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
    title_tag="Công an tỉnh ra quân cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
    og_title=None,
    title_html='<table width="100%" cellpadding="2" cellspacing="0" class="tbl-detail"><tr><td class="tieude">@T</td></tr>',
    top='<tr><td class="ngaydang">{wdl}, {d:02d}/{m:02d}/{Y} - {H:02d}:{M:02d}</td></tr></table>',
    tail='<p align="right"><b>Thiếu tá Nguyễn Văn Hùng</b><br />Phòng Tham mưu Công an tỉnh</p>',
    author="Thiếu tá Nguyễn Văn Hùng, Phòng Tham mưu Công an tỉnh",
    text="""
P Sáng 30/11, Công an tỉnh tổ chức lễ ra quân cao điểm tấn công, trấn áp các loại tội phạm, bảo đảm an ninh, trật tự dịp Tết Dương lịch và Tết Nguyên đán Bính Ngọ 2026. Đại tá Phạm Ngọc Tuấn, Giám đốc Công an tỉnh dự và chỉ đạo buổi lễ.
P Báo cáo tại buổi lễ cho biết, 11 tháng năm 2025, lực lượng Công an toàn tỉnh đã điều tra làm rõ 1.184 vụ phạm pháp hình sự, đạt tỷ lệ 91,7%; triệt phá 46 băng, ổ nhóm tội phạm; phát hiện, bắt giữ 512 vụ, 738 đối tượng phạm tội về ma túy. Tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ.
P Tuy nhiên, tình hình tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng, cho vay lãi nặng, trộm cắp tài sản vẫn diễn biến phức tạp, thủ đoạn ngày càng tinh vi. Dịp cuối năm, nhu cầu mua sắm, đi lại của người dân tăng cao, các loại tội phạm dễ lợi dụng để hoạt động.
P Đợt cao điểm được triển khai từ ngày 01/12/2025 đến ngày 28/02/2026 với các nhiệm vụ trọng tâm:
- Tấn công trấn áp tội phạm hình sự, tội phạm có tổ chức, tội phạm sử dụng công nghệ cao;
- Kiểm tra, xử lý vi phạm về nồng độ cồn, ma túy đối với người điều khiển phương tiện;
- Quản lý chặt chẽ vũ khí, vật liệu nổ, pháo; phòng cháy, chữa cháy tại các chợ, trung tâm thương mại;
- Tuyên truyền để người dân cảnh giác trước các thủ đoạn lừa đảo qua điện thoại, mạng xã hội.
P Phát biểu chỉ đạo, Đại tá Phạm Ngọc Tuấn yêu cầu Công an các xã, phường bám sát địa bàn, nắm chắc tình hình, không để bị động, bất ngờ; phát huy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Mọi tin báo, tố giác tội phạm phải được tiếp nhận, xử lý kịp thời, đúng pháp luật.
P Ngay sau lễ ra quân, các tổ công tác đã xuất phát tuần tra, kiểm soát trên các tuyến quốc lộ, tỉnh lộ và các địa bàn trọng điểm.
"""))

A.append(dict(
    name="e12", tpl="aspx", flavor="cmc", platform="cmc-portal", kb=54,
    url="https://hatinh.gov.vn/tin-tuc/ha-tinh-chuan-bi-hoi-cho-nong-san-hang-tet-nam-2026-a15832.html",
    site="Cổng thông tin điện tử tỉnh Hà Tĩnh", owner="Ủy ban nhân dân tỉnh Hà Tĩnh",
    addr="Số 1, đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh", chief="Ông Nguyễn Duy Hùng - Chánh Văn phòng UBND tỉnh",
    section="Tin tức - Sự kiện", pub=datetime(2026, 1, 19),
    title="Hà Tĩnh chuẩn bị Hội chợ nông sản, hàng Tết năm 2026",
    title_tag="Tin tức - Sự kiện | Hà Tĩnh chuẩn bị Hội chợ nông sản, hàng Tết năm 2026",
    og_title="Hà Tĩnh chuẩn bị Hội chợ nông sản, hàng Tết năm 2026",
    title_html='<h1 class="title-detail">@T</h1>',
    top='<div class="meta-detail"><span>Ngày đăng: {d:02d}/{m:02d}/{Y}</span> | <span>Lượt xem: 2.341</span></div>',
    tail='<p style="text-align: right;"><strong>Bài, ảnh: Quỳnh Như</strong></p>',
    author="Quỳnh Như",
    text="""
P Sở Công Thương vừa ban hành kế hoạch tổ chức Hội chợ nông sản, sản phẩm OCOP và hàng Tết năm 2026 tại Quảng trường Thành Sen, phường Thành Sen. Hội chợ diễn ra từ ngày 27/01 đến ngày 02/02/2026, dự kiến có khoảng 220 gian hàng của doanh nghiệp, hợp tác xã, hộ kinh doanh trong và ngoài tỉnh.
P Đây là hoạt động nằm trong chương trình kích cầu tiêu dùng dịp Tết Nguyên đán Bính Ngọ, nhằm giúp người dân tiếp cận hàng hóa chất lượng, giá cả hợp lý, đồng thời tạo cơ hội để các chủ thể OCOP quảng bá sản phẩm, mở rộng thị trường tiêu thụ.
P Theo kế hoạch, khu trưng bày được chia thành bốn phân khu: sản phẩm OCOP và đặc sản địa phương; nông sản an toàn; hàng tiêu dùng, hàng Tết; ẩm thực và dịch vụ. Các sản phẩm tham gia hội chợ phải có nguồn gốc, xuất xứ rõ ràng, niêm yết giá công khai và bảo đảm an toàn thực phẩm.
I Sản phẩm OCOP của các xã được giới thiệu tại hội chợ năm trước.
P Ông Nguyễn Văn Tình, Phó Giám đốc Sở Công Thương cho biết, toàn tỉnh hiện có 468 sản phẩm OCOP, trong đó nhiều sản phẩm như cam Khe Mây, bưởi Phúc Trạch, kẹo cu đơ, mật ong rừng đã có chỗ đứng trên thị trường. Năm nay, ban tổ chức dành riêng 40 gian hàng miễn phí cho các hợp tác xã, tổ hợp tác ở những xã khó khăn.
P Song song với hội chợ, ngành Công Thương phối hợp với các doanh nghiệp phân phối tổ chức 12 phiên chợ hàng Việt về các xã vùng sâu, vùng xa trong tháng 1 và tháng 2/2026. Các đơn vị tham gia chương trình bình ổn thị trường đã đăng ký dự trữ hàng hóa thiết yếu với tổng giá trị khoảng 1.150 tỷ đồng, tăng 9% so với Tết năm trước.
P Lực lượng quản lý thị trường được yêu cầu tăng cường kiểm tra, kịp thời phát hiện, xử lý các hành vi buôn bán hàng giả, hàng kém chất lượng, hàng không rõ nguồn gốc trong thời gian diễn ra hội chợ và trên các sàn thương mại điện tử.
"""))

A.append(dict(
    name="e13", tpl="aspx", flavor="cmc", platform="cmc-portal", kb=71,
    url="https://camau.gov.vn/tin-tuc/ca-mau-nong-dan-vung-tom-lua-thu-lai-cao-nho-lien-ket-san-xuat-a24417.html",
    site="Cổng thông tin điện tử tỉnh Cà Mau", owner="Ủy ban nhân dân tỉnh Cà Mau",
    addr="Số 2, đường Hùng Vương, phường An Xuyên, tỉnh Cà Mau", chief="Ông Lâm Văn Bé - Chánh Văn phòng UBND tỉnh",
    section="Nông nghiệp - Nông thôn", pub=datetime(2026, 6, 9, 15, 5),
    title="Cà Mau: Nông dân vùng tôm - lúa thu lãi cao nhờ liên kết sản xuất",
    title_tag="Cà Mau: Nông dân vùng tôm - lúa thu lãi cao nhờ liên kết sản xuất - Cổng thông tin điện tử tỉnh Cà Mau",
    og_title="Cà Mau: Nông dân vùng tôm - lúa thu lãi cao nhờ liên kết sản xuất",
    jsonld=True,
    title_html='<h1 class="title-detail">@T</h1>',
    tail='<p style="text-align: right;"><strong>PHƯƠNG LINH</strong></p>',
    author="PHƯƠNG LINH",
    text="""
L Vụ lúa - tôm năm nay, hơn 1.300 hộ nông dân tham gia chuỗi liên kết sản xuất lúa hữu cơ trên nền đất nuôi tôm tại các xã phía Bắc tỉnh có lợi nhuận tăng 25 - 30% so với sản xuất truyền thống.
P Mô hình được triển khai từ năm 2024 trên diện tích gần 2.600 ha tại các xã Thới Bình, Trí Phải, Hồ Thị Kỷ và Biển Bạch. Doanh nghiệp cung ứng giống lúa chịu mặn ST25, hướng dẫn quy trình canh tác không sử dụng thuốc bảo vệ thực vật hóa học và cam kết bao tiêu toàn bộ sản lượng với giá cao hơn thị trường từ 1.000 đến 1.500 đồng/kg.
P Ông Tô Văn Lượm, ấp Tân Hòa, xã Thới Bình cho biết, gia đình ông canh tác 3 ha theo mô hình tôm - lúa. Sau khi thu hoạch lúa, rơm rạ được giữ lại trên ruộng tạo nguồn thức ăn tự nhiên, tôm nuôi ít bệnh, lớn nhanh. “Trước đây làm lúa chỉ đủ ăn, nay bán lúa có hợp đồng, cộng thêm tôm, cua, mỗi năm gia đình lãi gần 300 triệu đồng”, ông Lượm nói.
P Theo Sở Nông nghiệp và Môi trường, sản xuất tôm - lúa là hướng đi thích ứng với biến đổi khí hậu, phù hợp với điều kiện tự nhiên vùng chuyển tiếp giữa nước ngọt và nước mặn. Toàn tỉnh hiện có khoảng 40.000 ha đất sản xuất theo mô hình này, tập trung chủ yếu ở các xã thuộc huyện Thới Bình (cũ), huyện U Minh (cũ) và khu vực Hồng Dân của tỉnh Bạc Liêu trước đây.
H Hướng tới vùng nguyên liệu đạt chứng nhận hữu cơ
P Để nâng cao giá trị, tỉnh đang hỗ trợ các hợp tác xã xây dựng vùng nguyên liệu đạt chứng nhận hữu cơ, cấp mã số vùng trồng, truy xuất nguồn gốc sản phẩm bằng mã QR. Các tổ khuyến nông cộng đồng được duy trì để hướng dẫn nông dân quản lý độ mặn, cải tạo ruộng sau mỗi vụ nuôi.
P Ông Huỳnh Chí Nguyện, Giám đốc Hợp tác xã Nông nghiệp Tân Hòa chia sẻ, khó khăn lớn nhất hiện nay là hệ thống thủy lợi nội đồng chưa hoàn chỉnh, nhiều thời điểm không chủ động được nguồn nước ngọt để rửa mặn. Hợp tác xã kiến nghị tỉnh ưu tiên đầu tư các cống điều tiết nhỏ và nạo vét kênh thủy lợi trong vùng.
I Nông dân xã Thới Bình thu hoạch lúa trên nền đất nuôi tôm.
"""))

A.append(dict(
    name="e14", tpl="dnn", platform="dnn-easydnn", kb=57,
    url="https://longho.vinhlong.gov.vn/tin-tuc/articleid/2318/xa-long-ho-ho-tro-nong-dan-chuyen-doi-120-ha-dat-lua-sang-trong-cay-an-trai",
    site="Trang thông tin điện tử xã Long Hồ", owner="Ủy ban nhân dân xã Long Hồ",
    addr="Ấp Phước Định, xã Long Hồ, tỉnh Vĩnh Long", chief="Bà Nguyễn Thị Bé Hai - Chủ tịch UBND xã",
    section="Tin tức sự kiện", pub=datetime(2026, 3, 5, 9, 0),
    title="Xã Long Hồ hỗ trợ nông dân chuyển đổi 120 ha đất lúa sang trồng cây ăn trái",
    title_tag="Tin tức sự kiện", og_title=None,
    title_html='<h1 class="edn_articleTitle">@T</h1>',
    top='<div class="edn_metaDetails"><span class="edn_author">Đăng bởi Quản trị hệ thống</span> <span class="edn_date"><time>{wd}, {d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}</time></span></div>',
    tail='<p style="text-align: right;"><em>Lương Văn Tài - Phòng Kinh tế xã Long Hồ</em></p>',
    author="Lương Văn Tài - Phòng Kinh tế xã Long Hồ",
    text="""
P Thực hiện kế hoạch chuyển đổi cơ cấu cây trồng năm 2026, Ủy ban nhân dân xã Long Hồ vừa phê duyệt danh sách 214 hộ dân đăng ký chuyển đổi 120 ha đất trồng lúa kém hiệu quả sang trồng cây ăn trái, tập trung ở các ấp Phước Định, Long Phước và Tân Hạnh.
P Các hộ tham gia được hỗ trợ 50% chi phí mua cây giống sầu riêng, bưởi da xanh, chôm chôm đạt tiêu chuẩn; được tập huấn kỹ thuật lên liếp, làm mương, tưới tiết kiệm và quản lý dịch hại tổng hợp. Tổng kinh phí hỗ trợ từ ngân sách tỉnh và xã khoảng 2,1 tỷ đồng.
P Ông Trương Văn Nghĩa, ấp Long Phước cho biết, 2 công ruộng của gia đình bị nhiễm mặn vào mùa khô, mỗi năm chỉ làm được một vụ lúa, năng suất thấp. “Được xã hỗ trợ giống, cán bộ nông nghiệp xuống tận ruộng hướng dẫn, gia đình tôi mạnh dạn chuyển sang trồng bưởi xen chuối để có thu nhập ngắn ngày”, ông Nghĩa nói.
H Chuyển đổi phải theo quy hoạch
P Theo Phòng Kinh tế xã, việc chuyển đổi phải phù hợp với quy hoạch sử dụng đất, bảo đảm không ảnh hưởng đến hệ thống thủy lợi chung và diện tích lúa của các hộ liền kề. Người dân phải đăng ký với Ủy ban nhân dân xã trước khi thực hiện, không tự ý san lấp, xây dựng công trình trên đất trồng lúa.
P Xã đã mời Trung tâm Khuyến nông tỉnh khảo sát thổ nhưỡng, khuyến cáo giống cây phù hợp cho từng khu vực. Những diện tích có nguy cơ nhiễm mặn cao được hướng dẫn trồng dừa, chanh không hạt thay vì sầu riêng.
P Bà Nguyễn Thị Bé Hai, Chủ tịch Ủy ban nhân dân xã cho biết, địa phương đang vận động thành lập tổ hợp tác trồng cây ăn trái, kết nối với doanh nghiệp thu mua để người dân yên tâm sản xuất. Mục tiêu đến năm 2030, diện tích vườn cây ăn trái của xã đạt trên 1.000 ha, trong đó 30% đạt tiêu chuẩn VietGAP.
"""))

A.append(dict(
    name="e15", tpl="dnn", platform="dnn", kb=49,
    url="https://sxd.daklak.gov.vn/tin-hoat-dong/dak-lak-cong-bo-gia-vat-lieu-xay-dung-quy-iii-nam-2025",
    site="Sở Xây dựng tỉnh Đắk Lắk", owner="Sở Xây dựng tỉnh Đắk Lắk",
    addr="Số 17, đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", chief="Ông Nguyễn Hữu Lộc - Chánh Văn phòng Sở",
    section="Tin hoạt động", pub=datetime(2025, 10, 23),
    title="Đắk Lắk công bố giá vật liệu xây dựng quý III năm 2025",
    title_tag="Sở Xây dựng tỉnh Đắk Lắk > Tin hoạt động > Đắk Lắk công bố giá vật liệu xây dựng quý III năm 2025",
    og_title="Đắk Lắk công bố giá vật liệu xây dựng quý III năm 2025",
    title_html='<h2 class="news-title">@T</h2>',
    top='<table class="news-info" cellspacing="0"><tr><td class="lbl">Ngày đăng:</td><td>{d:02d}/{m:02d}/{Y}</td></tr><tr><td class="lbl">Tác giả:</td><td>Mai Anh Tuấn</td></tr><tr><td class="lbl">Nguồn:</td><td>Phòng Kinh tế và Vật liệu xây dựng</td></tr></table>',
    author="Mai Anh Tuấn",
    text="""
L Sở Xây dựng vừa có văn bản công bố giá vật liệu xây dựng quý III năm 2025 trên địa bàn tỉnh, làm cơ sở để các chủ đầu tư, đơn vị tư vấn lập và quản lý chi phí đầu tư xây dựng.
P Công bố giá lần này được tổng hợp từ báo giá của 186 doanh nghiệp sản xuất, kinh doanh vật liệu và kết quả khảo sát tại các xã, phường trên địa bàn tỉnh, bao gồm cả khu vực các xã phía Đông thuộc tỉnh Phú Yên trước đây. Danh mục gồm 1.420 loại vật liệu, tăng 95 loại so với quý trước.
P So với quý II/2025, giá một số vật liệu chủ yếu có biến động như sau:
T Loại vật liệu | Đơn vị tính | Biến động
T Cát xây dựng | m³ | Tăng 8 - 12%
T Đá dăm các loại | m³ | Tăng 3 - 5%
T Thép xây dựng | kg | Giảm 2%
T Xi măng | tấn | Không đổi
P Theo Sở Xây dựng, giá cát tăng do nguồn cung hạn chế trong mùa mưa, một số mỏ tạm dừng khai thác để điều chỉnh giấy phép sau sắp xếp đơn vị hành chính. Nhu cầu vật liệu cho các dự án giao thông trọng điểm, nhất là tuyến cao tốc Khánh Hòa - Buôn Ma Thuột, cũng tăng mạnh trong những tháng cuối năm.
P Sở đề nghị các chủ đầu tư căn cứ công bố giá để cập nhật dự toán, nhưng phải đối chiếu với giá thị trường tại thời điểm lập; trường hợp vật liệu chưa có trong danh mục, cần khảo sát ít nhất ba báo giá. Các xã, phường có trách nhiệm báo cáo kịp thời những biến động bất thường về giá vật liệu trên địa bàn.
P Ông Y Phôn Niê, Phó Giám đốc Sở Xây dựng cho biết, từ quý IV/2025, Sở sẽ thí điểm công bố giá hằng tháng đối với nhóm vật liệu cát, đá, thép để phản ánh sát hơn diễn biến thị trường, hạn chế việc phải điều chỉnh dự toán nhiều lần.
P Toàn văn công bố giá vật liệu xây dựng quý III năm 2025 được đăng tải tại mục Văn bản - Thông báo trên Cổng thông tin điện tử của Sở Xây dựng.
"""))

A.append(dict(
    name="e16", tpl="nukeviet", platform="nukeviet", kb=43,
    url="https://lucngan.bacninh.gov.vn/news/tin-tuc-su-kien/xa-luc-ngan-cham-lo-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1187.html",
    site="Cổng thông tin điện tử xã Lục Ngạn", owner="Ủy ban nhân dân xã Lục Ngạn",
    addr="Tổ dân phố Thanh Hưng, xã Lục Ngạn, tỉnh Bắc Ninh", chief="Ông Thân Văn Quyết - Chủ tịch UBND xã",
    section="Tin tức sự kiện", pub=datetime(2026, 2, 11, 8, 12),
    title="Xã Lục Ngạn chăm lo Tết cho hộ nghèo, gia đình chính sách",
    title_tag="Xã Lục Ngạn chăm lo Tết cho hộ nghèo, gia đình chính sách - Tin tức sự kiện - Cổng thông tin điện tử xã Lục Ngạn",
    og_title="Xã Lục Ngạn chăm lo Tết cho hộ nghèo, gia đình chính sách",
    head_extra='<meta property="article:published_time" content="@NVT" />\n<meta property="article:section" content="Tin tức sự kiện" />',
    title_html='<h1 class="title margin-bottom-lg">@T</h1>',
    top='<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h-date">{wdl} - {d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}</span></div></div>',
    bottom='<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Ngô Thanh Bình</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Báo Bắc Ninh</p></div>',
    author="Ngô Thanh Bình",
    text="""
L Nhằm bảo đảm mọi người, mọi nhà đều được vui Xuân, đón Tết, xã Lục Ngạn đã trao gần 1.900 suất quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Bính Ngọ 2026.
P Tổng giá trị quà tặng hơn 1,1 tỷ đồng, được huy động từ ngân sách nhà nước, Quỹ Vì người nghèo xã, các doanh nghiệp, hợp tác xã vải thiều và nhà hảo tâm. Mỗi suất quà gồm tiền mặt, gạo, bánh chưng và các nhu yếu phẩm thiết yếu, trị giá từ 400.000 đến 1.000.000 đồng.
P Trong các ngày từ 8 đến 10/2, lãnh đạo Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc xã chia thành 5 đoàn đến thăm, chúc Tết các gia đình người có công, thương binh, thân nhân liệt sĩ, người cao tuổi neo đơn tại 34 thôn. Xã cũng tổ chức thăm hỏi, tặng quà cán bộ, chiến sĩ Công an xã và lực lượng dân quân trực Tết.
P Bà Hoàng Thị Dung, 79 tuổi, thôn Kép, là vợ liệt sĩ, xúc động chia sẻ: “Năm nào Đảng ủy, chính quyền xã cũng đến thăm hỏi, động viên, tôi thấy ấm lòng lắm. Con cháu trong nhà ai cũng cố gắng làm ăn để không phụ sự quan tâm ấy”.
P Cùng với việc tặng quà, xã chỉ đạo các thôn rà soát, không để hộ nào thiếu đói trong dịp Tết; bố trí lực lượng trực bảo vệ an ninh, trật tự, phòng, chống cháy nổ; tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân như hội thi gói bánh chưng, giải bóng chuyền hơi, đêm văn nghệ quần chúng.
P Ông Thân Văn Quyết, Chủ tịch Ủy ban nhân dân xã cho biết, năm 2025 tỷ lệ hộ nghèo của xã giảm còn 2,1%; thu nhập bình quân đầu người đạt 68 triệu đồng. Năm 2026, xã tiếp tục phát triển vùng vải thiều, cây ăn quả đạt tiêu chuẩn xuất khẩu, gắn với du lịch trải nghiệm để nâng cao đời sống Nhân dân.
"""))

A.append(dict(
    name="e17", tpl="nukeviet", platform="nukeviet", kb=38, transform="entities",
    url="https://phuonglongan.tayninh.gov.vn/news/an-ninh-trat-tu/phuong-long-an-ra-mat-to-bao-ve-an-ninh-trat-tu-o-co-so-tai-cac-khu-pho-642.html",
    site="Trang thông tin điện tử phường Long An", owner="Ủy ban nhân dân phường Long An",
    addr="Số 20, đường Hùng Vương, phường Long An, tỉnh Tây Ninh", chief="Ông Nguyễn Hữu Lợi - Chánh Văn phòng HĐND và UBND phường",
    section="An ninh trật tự", pub=datetime(2025, 11, 16, 19, 5),
    title="Phường Long An ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở tại các khu phố",
    title_tag="Phường Long An ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở tại các khu phố",
    og_title="Phường Long An ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở tại các khu phố",
    title_html='<h1 class="title margin-bottom-lg">@T</h1>',
    top='<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h-date">{wdl} - {d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}</span></div></div>',
    bottom='<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>Công an phường Long An</p></div>',
    author=None,
    text="""
P Tối 15/11, Ủy ban nhân dân phường Long An tổ chức lễ ra mắt 28 tổ bảo vệ an ninh, trật tự ở cơ sở tại các khu phố trên địa bàn phường. Dự buổi lễ có đại diện lãnh đạo Công an tỉnh, Đảng ủy, Ủy ban nhân dân phường cùng đông đảo Nhân dân.
P Mỗi tổ có từ 3 đến 5 thành viên, là những người có uy tín, có kinh nghiệm trong công tác bảo vệ an ninh, trật tự, được Nhân dân khu phố tín nhiệm giới thiệu. Các tổ có nhiệm vụ hỗ trợ Công an phường nắm tình hình, tuyên truyền, vận động người dân chấp hành pháp luật, tham gia hòa giải mâu thuẫn từ sớm, từ cơ sở.
P Phát biểu tại buổi lễ, Thượng tá Đặng Văn Tới, Trưởng Công an phường đề nghị các thành viên tổ bảo vệ an ninh, trật tự phát huy tinh thần trách nhiệm, giữ mối liên hệ chặt chẽ với Công an phường, kịp thời báo tin về các vụ việc phức tạp, các đối tượng có biểu hiện nghi vấn. Trong quá trình làm nhiệm vụ phải tôn trọng quyền và lợi ích hợp pháp của người dân.
P Theo Công an phường, sau sắp xếp đơn vị hành chính, địa bàn phường có nhiều khu nhà trọ công nhân, tuyến quốc lộ đông phương tiện, tiềm ẩn nguy cơ phát sinh tội phạm trộm cắp, đánh bạc và tai nạn giao thông. Việc ra mắt các tổ bảo vệ an ninh, trật tự góp phần xây dựng thế trận lòng dân, hình thành “tai mắt” của lực lượng Công an ở từng khu phố.
I Lãnh đạo phường trao quyết định thành lập cho các tổ bảo vệ an ninh, trật tự ở cơ sở.
P Dịp này, Ủy ban nhân dân phường trao tặng 28 bộ trang phục, đèn pin, áo phản quang cho các tổ; biểu dương 12 tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025.
"""))

A.append(dict(
    name="e18", tpl="wordpress", platform="wordpress", kb=36,
    url="https://dinhvan.lamdong.gov.vn/2025/09/12/xa-dinh-van-khai-giang-lop-xoa-mu-chu-cho-dong-bao-dan-toc-thieu-so/",
    site="Xã Đinh Văn", owner="Trang thông tin điện tử Ủy ban nhân dân xã Đinh Văn, tỉnh Lâm Đồng",
    addr="Thôn Đinh Văn, xã Đinh Văn, tỉnh Lâm Đồng", chief="Ông Cil Ha Sơn - Phó Chủ tịch UBND xã",
    section="Tin tức", pub=datetime(2025, 9, 12, 8, 45, 27),
    title="Xã Đinh Văn khai giảng lớp xóa mù chữ cho đồng bào dân tộc thiểu số",
    title_tag="Xã Đinh Văn khai giảng lớp xóa mù chữ cho đồng bào dân tộc thiểu số – Xã Đinh Văn",
    og_title="Xã Đinh Văn khai giảng lớp xóa mù chữ cho đồng bào dân tộc thiểu số",
    title_html='<header class="entry-header"><h1 class="entry-title">@T</h1>',
    top='<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="#" rel="bookmark"><time class="entry-date published" datetime="{iso}">{d:02d}/{m:02d}/{Y}</time><time class="updated" datetime="2025-09-15T10:02:11+07:00">15/09/2025</time></a></span> <span class="byline">bởi <span class="author vcard"><a class="url fn n" href="/author/bientap01/">bientap01</a></span></span> <span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/">Tin tức</a></span></div></header>',
    tail='<p style="text-align: right;"><strong>Nguyễn Hồng Nhung - Trường Tiểu học Đinh Văn</strong></p>',
    author="Nguyễn Hồng Nhung - Trường Tiểu học Đinh Văn",
    text="""
P Ngày 10/9, Ủy ban nhân dân xã Đinh Văn phối hợp với Trường Tiểu học Đinh Văn tổ chức khai giảng lớp xóa mù chữ năm học 2025 - 2026 cho 32 học viên là người đồng bào K’Ho, Churu tại thôn Đạ Ròn.
P Các học viên có độ tuổi từ 16 đến 55, phần lớn là phụ nữ chưa từng đến trường hoặc đã bỏ học từ sớm. Lớp học được tổ chức vào buổi tối, ba buổi mỗi tuần tại phòng học của điểm trường thôn Đạ Ròn, thời gian học 9 tháng. Học viên được cấp miễn phí sách vở, đồ dùng học tập và hỗ trợ tiền đi lại.
P Chương trình học gồm môn Tiếng Việt và Toán theo chương trình xóa mù chữ giai đoạn 1, lồng ghép kiến thức về chăm sóc sức khỏe, phòng chống bạo lực gia đình, kỹ thuật trồng cà phê và sử dụng điện thoại thông minh. Hai giáo viên đứng lớp đều biết tiếng K’Ho, thuận lợi cho việc giảng giải.
P Chị Ka Thúy, 34 tuổi, học viên của lớp chia sẻ: “Tôi muốn biết đọc, biết viết để tự ghi chép sổ sách bán cà phê và kèm con học bài. Trước đây đi làm giấy tờ phải điểm chỉ, tôi thấy ngại lắm”.
P Theo Ủy ban nhân dân xã, toàn xã hiện còn khoảng 190 người trong độ tuổi từ 15 đến 60 chưa biết chữ. Xã đặt mục tiêu đến năm 2027 cơ bản hoàn thành xóa mù chữ mức độ 2, gắn với phong trào xây dựng “Gia đình học tập”, “Dòng họ học tập”.
I Các học viên trong buổi học đầu tiên tại điểm trường thôn Đạ Ròn.
P Phát biểu tại lễ khai giảng, ông Cil Ha Sơn, Phó Chủ tịch Ủy ban nhân dân xã đề nghị nhà trường duy trì sĩ số, tạo không khí học tập thoải mái; các thôn, đoàn thể vận động học viên đi học đều, không bỏ dở giữa chừng. Ông cũng kêu gọi các doanh nghiệp, nhà hảo tâm tiếp tục đồng hành, hỗ trợ học bổng cho học viên có hoàn cảnh đặc biệt khó khăn.
"""))

A.append(dict(
    name="e19", tpl="wordpress", platform="wordpress", kb=41, transform="nfd",
    url="https://myhiep.dongthap.gov.vn/hoi-nong-dan-xa-my-hiep-giup-hoi-vien-tiep-can-von-vay-phat-trien-san-xuat/",
    site="Trang thông tin điện tử xã Mỹ Hiệp", owner="Ủy ban nhân dân xã Mỹ Hiệp, tỉnh Đồng Tháp",
    addr="Ấp Mỹ Thới, xã Mỹ Hiệp, tỉnh Đồng Tháp", chief="Ông Trần Văn Út - Chánh Văn phòng HĐND và UBND xã",
    section="Hoạt động đoàn thể", pub=datetime(2025, 10, 7, 16, 20, 11),
    title="Hội Nông dân xã Mỹ Hiệp giúp hội viên tiếp cận vốn vay phát triển sản xuất",
    title_tag="Hội Nông dân xã Mỹ Hiệp giúp hội viên tiếp cận vốn vay phát triển sản xuất - Trang thông tin điện tử xã Mỹ Hiệp",
    og_title=None,
    title_html='<header class="entry-header"><div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark"><time class="entry-date published updated" datetime="{utc}">Tháng Mười {d}, {Y}</time></a></span> <span class="byline">Đăng bởi: <span class="author vcard">Quản trị viên</span></span></div><h1 class="entry-title">@T</h1></header>',
    bottom='<div class="author-info"><span class="author-label">Tác giả:</span> Hồ Quang Lợi</div>',
    author="Hồ Quang Lợi",
    text="""
P Thời gian qua, Hội Nông dân xã Mỹ Hiệp đã phối hợp với Ngân hàng Chính sách xã hội và Ngân hàng Nông nghiệp và Phát triển nông thôn giải ngân hơn 38 tỷ đồng cho 612 lượt hội viên vay vốn sản xuất, kinh doanh.
P Nguồn vốn được hội viên sử dụng đúng mục đích, chủ yếu đầu tư nuôi cá tra, trồng xoài, chăn nuôi bò và mua sắm máy móc phục vụ sản xuất. Hội đang quản lý 21 tổ tiết kiệm và vay vốn với dư nợ ủy thác trên 27 tỷ đồng, tỷ lệ nợ quá hạn dưới 0,3%.
P Bên cạnh nguồn vốn ủy thác, Hội còn quản lý Quỹ Hỗ trợ nông dân với tổng nguồn vốn 1,6 tỷ đồng, hỗ trợ 9 dự án theo hình thức tổ hợp tác. Điển hình là dự án nuôi lươn không bùn của tổ hợp tác ấp Mỹ Thới với 12 thành viên, mỗi năm mang lại lợi nhuận bình quân 80 triệu đồng cho mỗi hộ.
P Anh Nguyễn Văn Đời, ấp Mỹ Thới cho biết, nhờ được vay 50 triệu đồng từ Quỹ Hỗ trợ nông dân, anh đầu tư xây bể, mua giống lươn. “Có vốn, có kỹ thuật, lại được tổ hợp tác bao tiêu đầu ra nên tôi yên tâm mở rộng quy mô. Năm nay gia đình đã trả hết nợ vay và có tích lũy”, anh Đời nói.
P Để phát huy hiệu quả nguồn vốn, Hội Nông dân xã thường xuyên phối hợp với Trung tâm Dịch vụ nông nghiệp tổ chức tập huấn chuyển giao khoa học kỹ thuật, hướng dẫn hội viên xây dựng phương án sản xuất, ghi chép sổ sách thu chi. Các tổ trưởng tổ tiết kiệm và vay vốn định kỳ kiểm tra việc sử dụng vốn, đôn đốc trả lãi đúng hạn.
P Ông Lê Văn Chính, Chủ tịch Hội Nông dân xã cho biết, thời gian tới Hội tiếp tục đề nghị cấp trên tăng nguồn vốn ủy thác, ưu tiên cho vay các mô hình liên kết sản xuất, sản phẩm OCOP và nông nghiệp ứng dụng công nghệ cao.
"""))

A.append(dict(
    name="e20", tpl="liferay", platform="liferay", kb=128, theme="haiphong-portal-theme",
    url="https://haiphong.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/Hp2WcR8yLk1u/content/hai-phong-khanh-thanh-trung-tam-phuc-vu-hanh-chinh-cong-phuong-thanh-ong",
    site="Cổng thông tin điện tử thành phố Hải Phòng", owner="Ủy ban nhân dân thành phố Hải Phòng",
    addr="Số 18, đường Hoàng Diệu, phường Hồng Bàng, thành phố Hải Phòng", chief="Ông Đỗ Mạnh Hiến - Chánh Văn phòng UBND thành phố",
    section="Tin tức sự kiện", pub=datetime(2026, 11, 20, 16, 5), crawl_fmt="{wd} - {d:02d}/{m:02d}/{Y}", rel_fmt="{d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}",
    title="Hải Phòng khánh thành Trung tâm Phục vụ hành chính công phường Thành Đông",
    title_tag="Tin tức sự kiện - Cổng thông tin điện tử thành phố Hải Phòng",
    og_title="Hải Phòng khánh thành Trung tâm Phục vụ hành chính công phường Thành Đông | Cổng TTĐT thành phố Hải Phòng",
    title_html='<h3 class="asset-title">@T</h3>',
    top='<div class="asset-metadata"><span class="metadata-entry metadata-publish-date"><span class="label-date">Ngày xuất bản:</span> {d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}</span></div>',
    bottom='<div class="asset-author" style="text-align:right"><strong>Bài và ảnh: Trịnh Quốc Khánh</strong></div>',
    author="Trịnh Quốc Khánh",
    text="""
L Chiều 20/11, Ủy ban nhân dân phường Thành Đông tổ chức lễ khánh thành và đưa vào sử dụng trụ sở mới của Trung tâm Phục vụ hành chính công phường, với tổng diện tích sàn hơn 1.200 m².
P Công trình được cải tạo từ trụ sở cũ của Thành ủy Hải Dương (cũ), gồm khu vực tiếp nhận và trả kết quả với 24 quầy giao dịch, khu chờ có sức chứa 120 người, khu tự phục vụ với 10 máy tính kết nối Internet và phòng hỗ trợ người cao tuổi, người khuyết tật. Tổng kinh phí cải tạo, mua sắm trang thiết bị gần 18 tỷ đồng từ ngân sách thành phố.
P Trung tâm áp dụng hệ thống xếp hàng tự động, tra cứu hồ sơ bằng mã QR, ký số và trả kết quả điện tử. Người dân có thể đặt lịch hẹn trước qua ứng dụng công dân số của thành phố hoặc Cổng Dịch vụ công quốc gia để giảm thời gian chờ đợi.
P Theo ông Vũ Mạnh Cường, Chủ tịch Ủy ban nhân dân phường Thành Đông, từ ngày 1/7/2025 đến nay, phường đã tiếp nhận hơn 46.000 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng và trước hạn đạt 99,2%. Tuy nhiên, trụ sở tạm trước đây chật hẹp, nhiều thời điểm người dân phải đứng chờ ngoài sân, nhất là các ngày đầu tuần.
I Người dân thực hiện thủ tục hành chính tại trụ sở mới của Trung tâm.
P Phát biểu tại buổi lễ, bà Nguyễn Thị Hồng Nhung, Phó Chủ tịch Ủy ban nhân dân thành phố đề nghị phường tiếp tục rà soát, cắt giảm thành phần hồ sơ, thời gian giải quyết; đẩy mạnh thanh toán trực tuyến phí, lệ phí; bố trí cán bộ có năng lực, thái độ phục vụ tận tình tại bộ phận một cửa. Phường phải coi sự hài lòng của người dân, doanh nghiệp là thước đo hiệu quả công việc.
P Dịp này, Ủy ban nhân dân phường ra mắt tổ tình nguyện hướng dẫn thủ tục hành chính gồm 15 đoàn viên thanh niên, trực tại trung tâm vào các buổi sáng trong tuần.
"""))


# ---------------------------------------------------------------- build
def finish(page, padfn, rng, target, charset):
    base = len(encode_page(page.replace("<!--PAD-->", ""), charset))
    need = target - base
    pad = padfn(rng, need) if need > 0 else ""
    return encode_page(page.replace("<!--PAD-->", pad), charset)


def build_article(a):
    rng = random.Random("%s:%s" % (SET, a["name"]))
    a = dict(a)
    a["host"] = a["url"].split("/")[2]
    a.setdefault("charset", "utf-8")
    a.setdefault("desc", a["title"])
    pub = a["pub"]
    blocks = parse(a["text"])
    tfn, wrapfn, style = TEMPLATES[a["tpl"]]
    body = render_body(blocks, style, rng, imgsrc_for(a), a["title"])
    wo, wc = wrapfn(rng, a)
    core = (fmt(a["title_html"], pub).replace("@T", esc(a["title"])) + "\n" + fmt(a.get("top", ""), pub) + "\n"
            + wo + body + "\n" + fmt(a.get("tail", ""), pub) + wc + "\n" + fmt(a.get("bottom", ""), pub))
    if a.get("transform") == "entities":
        core = to_entities(core)
    elif a.get("transform") == "nfd":
        core = unicodedata.normalize("NFD", core)
    d = dfields(pub)
    he = a.get("head_extra", "").replace("@UTC", d["utc"]).replace("@ISO", d["iso"])
    he = he.replace("@NVT", pub.strftime("%Y-%m-%d") + "ICT" + pub.strftime("%H:%M:%S"))
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "mainEntityOfPage": a["url"], "datePublished": d["iso"],
              "publisher": {"@type": "Organization", "name": a["site"]}}
        he += '\n<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False)
    a["head_extra"] = he
    page, padfn = tfn(a, rng, core)
    target = a["kb"] * 1024 + rng.randint(-1500, 1500)
    data = finish(page, padfn, rng, target, a["charset"])
    gold = {"kind": "article", "platform": a["platform"], "url": a["url"], "charset": a["charset"],
            "title": a["title"], "published_at": d["iso"], "author": a["author"], "body": gold_body(blocks)}
    return data, gold


SUMMARIES = [
    "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ trong thời gian qua và đề ra giải pháp trọng tâm cho thời gian tới.",
    "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn ở cơ sở.",
    "Đoàn công tác đã kiểm tra thực tế và làm việc với lãnh đạo địa phương về tiến độ triển khai.",
    "Chương trình nhằm nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân.",
    "Đây là hoạt động thiết thực, góp phần thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội năm 2026.",
]


def build_nonarticles():
    out = []
    # n01: Liferay category listing
    rng = random.Random("%s:n01" % SET)
    a = dict(name="n01", tpl="liferay", host="quangngai.gov.vn", url="https://quangngai.gov.vn/web/guest/tin-tuc-su-kien",
             site="Cổng thông tin điện tử tỉnh Quảng Ngãi", owner="Ủy ban nhân dân tỉnh Quảng Ngãi",
             addr="Số 52, đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi", chief="Ông Lê Văn Phúc - Chánh Văn phòng UBND tỉnh",
             section="Tin tức - Sự kiện", pub=datetime(2026, 11, 21, 17, 0), title_tag="Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Quảng Ngãi",
             og_title="Tin tức - Sự kiện", bare=True, wrap_cls="asset-publisher asset-abstract-list")
    items = rel_items(rng, a["pub"], 15)
    rows = []
    for h, dt in items:
        rows.append('<div class="asset-abstract"><h3 class="asset-title"><a href="/web/guest/tin-tuc-su-kien/-/asset_publisher/Qn5tUv0aBc3D/content/%s">%s</a></h3>'
                    '<div class="asset-metadata"><span class="metadata-publish-date">%s</span></div><div class="asset-summary">%s</div>'
                    '<a class="asset-more" href="#">Xem tiếp »</a></div>' % (slug(h), esc(h), fmt("{d:02d}/{m:02d}/{Y} {H:02d}:{M:02d}", dt), esc(rng.choice(SUMMARIES))))
    core = "\n".join(rows) + '\n<div class="pagination-bar"><ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="?cur=2">2</a></li><li><a href="?cur=3">3</a></li><li><a href="?cur=2">Trang sau »</a></li></ul><p class="pagination-results">Hiển thị 1 - 15 của 3.482 kết quả.</p></div>'
    page, padfn = t_liferay(a, rng, core)
    out.append(("n01", finish(page, padfn, rng, 96 * 1024 + rng.randint(-1500, 1500), "utf-8"),
                {"kind": "listing", "platform": "liferay", "url": a["url"], "charset": "utf-8"}))
    # n02: SharePoint Tân Dân search results
    rng = random.Random("%s:n02" % SET)
    a = dict(name="n02", tpl="sharepoint", flavor="tandan", host="quangninh.gov.vn", web="/portal",
             url="https://quangninh.gov.vn/portal/Pages/Tim-kiem.aspx?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91",
             site="Cổng thông tin điện tử tỉnh Quảng Ninh", owner="Ủy ban nhân dân tỉnh Quảng Ninh",
             addr="Số 1, phường Hồng Gai, tỉnh Quảng Ninh", chief="Ông Vũ Tiến Dũng - Chánh Văn phòng UBND tỉnh",
             section="Tìm kiếm", pub=datetime(2026, 11, 20, 9, 0), title_tag="Tìm kiếm", og_title=None, bare=True)
    rows = []
    for h, dt in rel_items(rng, a["pub"], 10):
        rows.append('<div class="tandan-search-item"><a class="tandan-search-title" href="/portal/Pages/%s/%s.aspx">%s</a><div class="tandan-search-date">%s</div><div class="tandan-search-summary">... %s ...</div></div>'
                    % (dt.strftime("%Y-%m-%d"), slug(h), esc(h), fmt("{d:02d}/{m:02d}/{Y}", dt), esc(rng.choice(SUMMARIES))))
    core = ('<div class="tandan-search"><div class="tandan-search-box"><input type="text" name="k" value="chuyển đổi số" /><input type="submit" value="Tìm kiếm" /></div>'
            '<h2>Kết quả tìm kiếm</h2><p class="tandan-search-count">Tìm thấy 137 kết quả cho từ khóa “chuyển đổi số”</p>' + "\n".join(rows)
            + '<div class="tandan-paging"><span>1</span> <a href="#">2</a> <a href="#">3</a> <a href="#">Sau</a></div></div>')
    page, padfn = t_sharepoint(a, rng, core)
    out.append(("n02", finish(page, padfn, rng, 72 * 1024, "utf-8"),
                {"kind": "search", "platform": "sharepoint-tandan", "url": a["url"], "charset": "utf-8"}))
    # n03: DNN "not found" served with HTTP 200
    rng = random.Random("%s:n03" % SET)
    a = dict(name="n03", tpl="dnn", host="sxd.daklak.gov.vn", url="https://sxd.daklak.gov.vn/tin-hoat-dong/thong-bao-lich-tiep-cong-dan-thang-11",
             site="Sở Xây dựng tỉnh Đắk Lắk", owner="Sở Xây dựng tỉnh Đắk Lắk",
             addr="Số 17, đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", chief="Ông Nguyễn Hữu Lộc - Chánh Văn phòng Sở",
             section="Thông báo", pub=datetime(2026, 11, 18, 8, 0), title_tag="Sở Xây dựng tỉnh Đắk Lắk > Không tìm thấy trang", og_title=None, bare=True)
    core = ('<div class="dnnFormMessage dnnFormWarning"><h2>Không tìm thấy trang</h2><p>Trang bạn yêu cầu không tồn tại, đã bị xóa hoặc đã chuyển sang địa chỉ khác.</p>'
            '<p>Vui lòng quay lại <a href="/">trang chủ</a> hoặc sử dụng chức năng tìm kiếm để tìm thông tin cần thiết.</p><p>Mã lỗi: 404</p></div>')
    page, padfn = t_dnn(a, rng, core)
    out.append(("n03", finish(page, padfn, rng, 31 * 1024, "utf-8"),
                {"kind": "not_found", "platform": "dnn", "url": a["url"], "charset": "utf-8"}))
    # n04: JavaScript cookie challenge in front of a Liferay portal
    rng = random.Random("%s:n04" % SET)
    url = "https://thanhhoa.gov.vn/web/guest/tin-tuc/-/asset_publisher/Ab3dEf6gHi9k/content/tong-ket-cong-tac-dan-van-nam-2026"
    tok = rid(rng, 64, "0123456789abcdef")
    ray = rid(rng, 16, "0123456789abcdef")
    page = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Đang kiểm tra trình duyệt...</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f4f6f9;color:#333;margin:0}.box{max-width:560px;margin:12%% auto;background:#fff;padding:32px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.15);text-align:center}.spinner{width:40px;height:40px;border:4px solid #ddd;border-top-color:#c8102e;border-radius:50%%;margin:16px auto;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}.ray{font-size:12px;color:#888}</style>
</head>
<body>
<div class="box">
<h1>Vui lòng chờ trong giây lát</h1>
<div class="spinner"></div>
<p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập Cổng thông tin điện tử tỉnh Thanh Hóa. Quá trình này diễn ra tự động.</p>
<noscript><p><b>Vui lòng bật JavaScript và cookie để tiếp tục truy cập.</b></p></noscript>
<p class="ray">Mã yêu cầu: %s</p>
</div>
<script>
(function(){var k="%s",n=%d,s=0;for(var i=0;i<k.length;i++){s=(s*31+k.charCodeAt(i))%%1000000007;}
document.cookie="__vnpt_guard="+k.substring(0,32)+"."+((s+n)%%1000000007).toString(16)+"; path=/; max-age=1800; SameSite=Lax";
setTimeout(function(){window.location.reload();},%d);})();
</script>
</body>
</html>
''' % (ray, tok, rng.randint(100000, 999999), rng.randint(1200, 3000))
    out.append(("n04", page.encode("utf-8"), {"kind": "challenge", "platform": "vnpt-guard", "url": url, "charset": "utf-8"}))
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    files = []
    for a in A:
        data, gold = build_article(a)
        files.append((a["name"], data, gold))
    files.extend(build_nonarticles())
    for name, data, gold in files:
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
