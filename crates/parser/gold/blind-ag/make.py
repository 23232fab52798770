#!/usr/bin/env python3
"""Build the blind-ag gold set: python3 make.py [OUTDIR]  (default: this folder).

Stdlib only, deterministic (one random.Random("blind-ag:NAME") per page, no
clock, no network). Article texts are hand-written in articles.py; the page and
the gold body are both derived from the same block list. Only chrome (menus,
related boxes, counters, scripts, view state, footers) is generated here.
"""
import base64
import html
import json
import os
import random
import sys
import unicodedata
from html.entities import codepoint2name

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402

SET = "blind-ag"
esc = html.escape

# ---------------------------------------------------------------- blocks

def parse_blocks(text):
    out = []
    for para in text.strip().split("\n\n"):
        lines = [l for l in para.split("\n") if l.strip()]
        if lines[0].startswith("## "):
            out.append(("h", lines[0][3:]))
        elif lines[0].startswith("- "):
            out.append(("ul", [l[2:] for l in lines]))
        elif lines[0].startswith("> "):
            out.append(("quote", " ".join(l[2:] for l in lines)))
        elif lines[0] == "!!":
            out.append(("fig", None))
        elif lines[0].startswith("! "):
            out.append(("fig", lines[0][2:]))
        elif lines[0].startswith("|"):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
            out.append(("table", rows))
        else:
            assert len(lines) == 1, lines
            out.append(("p", lines[0]))
    return out


def gold_body(art):
    parts = []
    if art["lead"]:
        parts.append(art["lead"])
    for kind, val in parse_blocks(art["text"]):
        if kind in ("p", "h", "quote"):
            parts.append(val)
        elif kind == "ul":
            parts.extend(val)
        elif kind == "table":
            for row in val:
                parts.extend(row)
        elif kind == "fig" and val:
            parts.append(val)
    return "\n\n".join(parts)


def render_blocks(blocks, rng, img_base, style):
    """style: dict of tag choices per platform."""
    out = []
    n_img = 0
    for kind, val in blocks:
        if kind == "p":
            out.append(style["p"].format(esc(val, quote=False)))
        elif kind == "h":
            out.append(style["h"].format(esc(val, quote=False)))
        elif kind == "ul":
            items = "".join("<li>%s</li>" % esc(i, quote=False) for i in val)
            out.append(style.get("ul", "<ul>{}</ul>").format(items))
        elif kind == "quote":
            out.append(style.get("quote", "<blockquote><p>{}</p></blockquote>").format(esc(val, quote=False)))
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if (i == 0 and style.get("th", True)) else "td"
                cells = "".join("<%s>%s</%s>" % (tag, esc(c, quote=False), tag) for c in row)
                rows.append("<tr>%s</tr>" % cells)
            out.append(style.get("table", '<table class="table" border="1" cellpadding="4">{}</table>').format(
                "<tbody>" + "".join(rows) + "</tbody>"))
        elif kind == "fig":
            n_img += 1
            src = "%s/anh-%d-%04d.jpg" % (img_base, n_img, rng.randrange(10000))
            alt = esc(val.split(". Ảnh:")[0] if val else "ảnh", quote=True)
            if val:
                out.append(style["fig"].format(src=src, alt=alt, cap=esc(val, quote=False)))
            else:
                out.append('<p style="text-align:center"><img src="%s" alt="%s" width="640"></p>' % (src, alt))
    return "\n".join(out)

# ---------------------------------------------------------------- chrome

SUBJ = ["UBND tỉnh", "Sở Nội vụ", "Ban Thường vụ Tỉnh ủy", "Hội Nông dân tỉnh", "Tỉnh đoàn",
        "Ủy ban MTTQ Việt Nam tỉnh", "Sở Y tế", "Công an tỉnh", "Hội Cựu chiến binh tỉnh",
        "Sở Giáo dục và Đào tạo", "Đảng ủy UBND tỉnh", "UBND xã", "Liên đoàn Lao động tỉnh",
        "Sở Tài chính", "Sở Xây dựng", "Thường trực HĐND tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Hội Liên hiệp Phụ nữ tỉnh", "Sở Công Thương", "Đảng ủy phường"]
PRED = ["tổ chức hội nghị sơ kết 9 tháng năm 2026", "triển khai kế hoạch cải cách hành chính năm 2027",
        "kiểm tra công tác phòng, chống thiên tai", "trao quà cho hộ nghèo nhân Ngày hội Đại đoàn kết",
        "tập huấn kỹ năng chuyển đổi số cho cán bộ cơ sở", "làm việc với đoàn công tác của Bộ Nội vụ",
        "phát động đợt thi đua cao điểm cuối năm", "giám sát việc giải quyết kiến nghị cử tri",
        "tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW", "ra quân cao điểm tấn công, trấn áp tội phạm",
        "đối thoại với thanh niên về khởi nghiệp", "khai giảng lớp bồi dưỡng lý luận chính trị",
        "tiếp công dân định kỳ tháng 11", "họp báo cung cấp thông tin quý III",
        "công bố quyết định về công tác cán bộ", "thẩm định hồ sơ xã đạt chuẩn nông thôn mới nâng cao",
        "hướng dẫn quyết toán ngân sách năm 2026", "triển khai Tháng hành động vì bình đẳng giới",
        "gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11", "sơ kết mô hình “Dân vận khéo” năm 2026",
        "đôn đốc giải ngân vốn đầu tư công", "kiện toàn Ban Chỉ đạo chuyển đổi số"]
SYL = ["An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Quang", "Hưng", "Xuân", "Đông",
       "Tây", "Nam", "Bắc", "Thuận", "Lộc", "Phước", "Minh", "Thành", "Trung", "Vĩnh", "Hải", "Sơn",
       "Lâm", "Gia", "Kim", "Ngọc", "Tiến", "Hiệp", "Cường", "Lợi"]
MENU = [("Trang chủ", []),
        ("Giới thiệu", ["Tổng quan", "Lịch sử", "Cơ cấu tổ chức", "Chức năng nhiệm vụ", "Lãnh đạo"]),
        ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin trong nước", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh"]),
        ("Chỉ đạo điều hành", ["Lịch công tác", "Văn bản chỉ đạo", "Thông báo kết luận"]),
        ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản điều hành", "Dự thảo lấy ý kiến"]),
        ("Thủ tục hành chính", ["Tra cứu hồ sơ", "Dịch vụ công trực tuyến", "Đánh giá chất lượng"]),
        ("Công khai", ["Công khai ngân sách", "Quy hoạch - Kế hoạch", "Đầu tư - Đấu thầu"]),
        ("Hỏi đáp", []), ("Liên hệ", [])]


def rdate(rng, lo=(2026, 6, 1), hi=(2026, 11, 21)):
    import datetime as dt
    a = dt.date(*lo).toordinal()
    b = dt.date(*hi).toordinal()
    d = dt.date.fromordinal(rng.randint(a, b))
    return d, rng.randint(6, 18), rng.randint(0, 59)


def headlines(rng, n):
    seen, out = set(), []
    while len(out) < n:
        t = "%s %s" % (rng.choice(SUBJ), rng.choice(PRED))
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def slug(t):
    s = unicodedata.normalize("NFD", t.lower()).replace("đ", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "-".join("".join(c if c.isalnum() else " " for c in s).split())


def related(rng, n, fmt, label, base, wrap="ul"):
    items = []
    for t in headlines(rng, n):
        d, hh, mm = rdate(rng)
        ds = fmt.format(d=d.day, m=d.month, y=d.year, H=hh, M=mm)
        items.append('<li><a href="%s/%s-%d.html" title="%s">%s</a> <span class="date">%s</span></li>'
                     % (base, slug(t), rng.randrange(1000, 99999), esc(t), esc(t), ds))
    return '<div class="other-news box-related"><h3 class="title">%s</h3><%s>%s</%s></div>' % (
        label, wrap, "".join(items), wrap)


def menu_html(rng, cls="nav", extra=None):
    parts = []
    for name, subs in MENU + (extra or []):
        if name not in ("Trang chủ", "Tin tức - Sự kiện", "Liên hệ") and rng.random() < 0.25:
            continue
        subs = [x for x in subs if rng.random() < 0.8]
        sub = ""
        if subs:
            sub = '<ul class="dropdown-menu">%s</ul>' % "".join(
                '<li><a href="/%s">%s</a></li>' % (slug(s), esc(s)) for s in subs)
        parts.append('<li class="menu-item%s"><a href="/%s">%s</a>%s</li>' % (
            " has-child" if subs else "", slug(name), esc(name), sub))
    return '<ul class="%s">%s</ul>' % (cls, "".join(parts))


def commune_links(rng, n, label="Liên kết website"):
    names = set()
    while len(names) < n:
        names.add("%s %s %s" % (rng.choice(["Xã", "Xã", "Phường"]), rng.choice(SYL), rng.choice(SYL)))
    opts = "".join('<option value="https://%s.gov.vn">%s</option>' % (slug(x).replace("-", ""), x)
                   for x in sorted(names))
    return '<div class="weblink"><label>%s</label><select onchange="window.open(this.value)"><option>-- Chọn đơn vị --</option>%s</select></div>' % (label, opts)


def counter(rng):
    return ('<div class="thong-ke"><h4>Thống kê truy cập</h4><p>Đang truy cập: %d</p><p>Hôm nay: %s</p>'
            '<p>Tổng lượt truy cập: %s</p></div>' % (rng.randint(20, 400), "{:,}".format(rng.randint(900, 9000)).replace(",", "."),
                                                      "{:,}".format(rng.randint(1000000, 40000000)).replace(",", ".")))


def js_blob(rng, nbytes, var="_menuData"):
    """Realistic-looking inline configuration data of roughly nbytes."""
    items = []
    size = 0
    i = 0
    while size < nbytes:
        t = "%s %s" % (rng.choice(SUBJ), rng.choice(PRED))
        d, hh, mm = rdate(rng, (2025, 7, 1))
        it = {"id": 10000 + i, "title": t, "url": "/tin-tuc/-/view_content/%s-%d" % (slug(t), rng.randrange(99999)),
              "date": "%04d-%02d-%02dT%02d:%02d:00" % (d.year, d.month, d.day, hh, mm), "views": rng.randint(10, 5000),
              "cat": rng.choice(["tin-hoat-dong", "chi-dao-dieu-hanh", "thong-bao", "van-hoa-xa-hoi"])}
        s = json.dumps(it, ensure_ascii=True)
        items.append(s)
        size += len(s) + 1
        i += 1
    return "<script type=\"text/javascript\">var %s = [%s];</script>" % (var, ",".join(items))


def viewstate(rng, nbytes):
    raw = bytes(rng.randrange(256) for _ in range(nbytes * 3 // 4))
    return base64.b64encode(raw).decode()


ANALYTICS = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-%s');</script>"""


def analytics(rng):
    gid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return ANALYTICS % (gid, gid)


def share_tools(rng, url):
    return ('<div class="share-tools"><a class="print" href="javascript:window.print()">In bài viết</a> '
            '<a class="email" href="mailto:?subject=Chia%%20s%%E1%%BA%%BB&amp;body=%s">Gửi email</a> '
            '<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Chia sẻ Facebook</a> '
            '<a class="zalo" href="https://sp.zalo.me/share_inline?url=%s">Zalo</a> '
            '<span class="font-size">Cỡ chữ: <a href="#" onclick="zoom(1)">A+</a> <a href="#" onclick="zoom(-1)">A-</a></span></div>'
            % (esc(url), esc(url), esc(url)))


def footer(site, rng, addr, extra=""):
    phone = "0%d.%d.%04d" % (rng.choice([203, 204, 206, 208, 212, 214, 225, 226, 232, 234, 236, 238, 239, 262, 263, 269, 270, 277, 290, 292, 296]),
                             rng.randint(3, 3), rng.randint(1000, 9999))
    return ('<footer class="footer"><div class="container"><p><strong>%s</strong></p>'
            '<p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: vanphong@%s</p>'
            '<p>Giấy phép số %d/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày %02d/%02d/%d.</p>'
            '<p>Chịu trách nhiệm chính: Chánh Văn phòng</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>%s</div></footer>'
            % (esc(site), esc(addr), phone, "gov.vn", rng.randint(10, 250), rng.randint(1, 28), rng.randint(1, 12),
               rng.randint(2019, 2025), extra))

# ---------------------------------------------------------------- helpers for dates

def dmy(iso):
    return int(iso[8:10]), int(iso[5:7]), int(iso[0:4])


def byline_lines_html(art, align="right", tag="strong"):
    if not art["byline"]:
        return ""
    inner = "<br/>".join("<%s>%s</%s>" % (tag if i == 0 else "em", esc(l, quote=False), tag if i == 0 else "em")
                         for i, l in enumerate(art["byline"]))
    return '<p class="author" style="text-align:%s">%s</p>' % (align, inner)


def source_html(art):
    s = art.get("source")
    return '<p class="source" style="text-align:right"><em>%s</em></p>' % esc(s) if s else ""


def ent_encode(s):
    """Encode non-ASCII letters as HTML entities (old CKEditor output)."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in codepoint2name:
            out.append("&%s;" % codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def cp1258_bytes(s):
    """Encode NFC text as windows-1258 the way Vietnamese CMSes do: base letter
    (precomposed if the code page has it) followed by combining tone marks."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        if marks:
            c2 = unicodedata.normalize("NFC", base + marks[0])
            if len(c2) == 1:
                try:
                    c2.encode("cp1258")
                    base, marks = c2, marks[1:]
                except UnicodeEncodeError:
                    pass
        try:
            out += (base + marks).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


VN_WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def weekday(iso):
    import datetime as dt
    return VN_WD[dt.date(int(iso[0:4]), int(iso[5:7]), int(iso[8:10])).weekday()]


def pad_script(html_s, target, rng, var):
    """Insert a data script before </body> so the page reaches about target bytes."""
    cur = len(html_s.encode("utf-8"))
    if cur >= target:
        return html_s
    blob = js_blob(rng, target - cur - 80, var)
    return html_s.replace("</body>", blob + "\n</body>", 1)

# ================================================================ templates

LIFERAY_STYLE = {"p": '<p style="text-align: justify;">{}</p>', "h": "<p><strong>{}</strong></p>",
                 "fig": '<table class="image-caption" align="center" style="width:100%"><tbody><tr><td><img src="{src}" alt="{alt}" style="width:640px"/></td></tr>'
                        '<tr><td style="text-align:center"><em>{cap}</em></td></tr></tbody></table>'}


def liferay_page(art, rng, date_html_pos="below", target=None, lead_cls="sapo", byline_in_content=True,
                 meta_date=False, extra_head="", byline_top=False):
    inst = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + inst
    host = art["url"].split("/")[2]
    ts = 1731000000000 + rng.randrange(10 ** 9)
    d, m, y = dmy(art["pub"])
    date_html = ""
    if art["shown"]:
        date_html = '<div class="date-time"><i class="icon-calendar"></i> <span>%s</span></div>' % art["shown"]
    lead = '<div class="%s"><strong>%s</strong></div>' % (lead_cls, esc(art["lead"])) if art["lead"] else ""
    content = render_blocks(art["blocks"], rng, "/documents/%d/0/%s" % (rng.randrange(10 ** 7), slug(art["title"])[:30]), LIFERAY_STYLE)
    if byline_in_content:
        content += "\n" + byline_lines_html(art) + source_html(art)
    meta = ""
    if meta_date:
        meta = '<meta property="article:published_time" content="%s"/>' % art["pub"]
    head = ('<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>%s - %s</title>\n'
            '<meta content="initial-scale=1.0, width=device-width" name="viewport"/>\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type"/>\n'
            '<meta property="og:title" content="%s"/><meta property="og:type" content="article"/><meta property="og:url" content="%s"/>%s\n'
            '<link href="/o/vnpt-portal-theme/images/favicon.ico" rel="icon"/>\n'
            '<link class="lfr-css-file" href="https://%s/o/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;t=%d" rel="stylesheet" type="text/css"/>\n'
            '<script type="text/javascript">var Liferay = Liferay || {}; Liferay.Browser = {acceptsGzip: function() {return true;}};'
            'var themeDisplay = Liferay.ThemeDisplay = {getCompanyId: function() {return "20097";}, getLanguageId: function() {return "vi_VN";},'
            'getPathThemeImages: function() {return "https://%s/o/vnpt-portal-theme/images";}, getScopeGroupId: function() {return "%d";}, isSignedIn: function() {return false;}};'
            'var themeDisplay_plid = %d;</script>\n<script src="/o/frontend-js-web/liferay/aui_deprecated.js?t=%d" type="text/javascript"></script>\n%s%s</head>\n'
            % (esc(art["title"]), esc(art["site"]), esc(art["title"]), esc(art["url"]), meta, host, ts, host,
               rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 5), ts, analytics(rng), extra_head))
    crawl = "Chủ nhật, ngày 22/11/2026"
    top = ('<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">\n'
           '<a href="#main-content" id="skip-to-content">Bỏ qua để đến Nội dung</a>\n<div id="wrapper" class="container-fluid">\n'
           '<header id="banner"><div class="top-bar"><span class="today">%s</span>'
           '<div class="top-links"><a href="/c/portal/login">Đăng nhập</a> | <a href="/sitemap">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a> | <a href="/en">English</a></div></div>'
           '<div class="banner"><a href="/"><img alt="%s" src="/documents/20182/0/banner.png"/></a></div>'
           '<form class="search-top" action="/tim-kiem"><input name="_3_keywords" placeholder="Nhập từ khóa tìm kiếm..." type="text"/><button>Tìm</button></form>'
           '<nav class="navigation" id="navigation" role="navigation">%s</nav></header>\n'
           % (crawl, esc(art["site"]), menu_html(rng, "nav navbar-nav")))
    bc = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>'
          '<li class="active"><a href="/%s">%s</a></li></ul>' % (slug(art["section"]), esc(art["section"])))
    parts = [bc, '<div class="asset-full-content">', '<h3 class="header-title title-news">%s</h3>' % esc(art["title"])]
    if date_html_pos == "below":
        parts.append(date_html)
    if byline_top:
        parts.append(byline_lines_html(art, align="left"))
    parts.append(share_tools(rng, art["url"]))
    parts.append(lead)
    parts.append('<div class="journal-content-article" data-analytics-asset-id="%d">\n%s\n</div>' % (rng.randrange(10 ** 6), content))
    if not byline_in_content and not byline_top:
        parts.append(byline_lines_html(art) + source_html(art))
    if date_html_pos == "after":
        parts.append(date_html)
    parts.append('<div class="taglib-ratings stars"><span>Đánh giá bài viết:</span> <span class="rating-label">(%d phiếu)</span></div>' % rng.randint(0, 30))
    parts.append('<div class="view-count">Lượt xem: %d</div>' % rng.randint(30, 3000))
    parts.append('</div>')
    parts.append(related(rng, rng.randint(6, 10), "({d:02d}/{m:02d}/{y})", "Các tin khác", "/tin-tuc/-/view_content"))
    main = ('<section id="content"><div class="columns-2-70-30 row" id="main-content" role="main">'
            '<div class="col-md-8 portlet-column" id="column-1"><div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static" id="p_p_id_%s_">'
            '<span id="p_%s"></span><section class="portlet" id="portlet_%s"><div class="portlet-content">%s</div></section></div></div>\n'
            % (pid, pid, pid, "\n".join(p for p in parts if p)))
    side = ('<div class="col-md-4 portlet-column" id="column-2">'
            '<div class="portlet-boundary" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s_">'
            '<div class="box-hotline"><h4>Đường dây nóng</h4><p>Hotline: 1900.%04d</p></div></div>%s%s'
            '<div class="box-links"><h4>Liên kết</h4><ul><li><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></li>'
            '<li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://dangcongsan.org.vn">Báo điện tử Đảng Cộng sản Việt Nam</a></li></ul></div></div></div></section>\n'
            % (inst[::-1], rng.randrange(10000), related(rng, 5, "{d:02d}/{m:02d}/{y}", "Tin đọc nhiều", "/tin-tuc/-/view_content"), counter(rng)))
    foot = footer(art["site"], rng, "Số %d đường %s %s, phường %s %s" % (rng.randint(1, 300), rng.choice(SYL), rng.choice(SYL), rng.choice(SYL), rng.choice(SYL)))
    tail = ('</div>\n<script type="text/javascript">Liferay.Portlet.onLoad({canEditTitle: false, columnPos: 0, isStatic: "end", namespacedId: "p_p_id_%s_", portletId: "%s", refreshURL: "/c/portal/render_portlet?p_l_id=%d&p_p_id=%s"});'
            'AUI().use("aui-base", "liferay-menu", "liferay-notice", "liferay-poller", function(A) {(function() {Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {Liferay.Util.addInputType(node);});})();});</script>\n'
            '</body>\n</html>\n' % (pid, pid, rng.randrange(10 ** 5), pid))
    page = head + top + main + side + foot + tail
    if target:
        page = pad_script(page, target, rng, "_portletMenuData")
    return page


def T_liferay_default(art, rng):
    return liferay_page(art, rng).encode("utf-8"), "utf-8"


def T_g02(art, rng):
    return liferay_page(art, rng, target=rng.randint(148000, 156000), lead_cls="asset-summary").encode("utf-8"), "utf-8"


def T_g03(art, rng):
    art = dict(art, shown="Ngày cập nhật: " + art["shown"])
    return liferay_page(art, rng, date_html_pos="after").encode("utf-8"), "utf-8"


def T_g17(art, rng):
    return liferay_page(art, rng, meta_date=True, date_html_pos="none").encode("utf-8"), "utf-8"


def T_g20(art, rng):
    # byline (rank + name / unit) printed under the title, before the lead
    a2 = dict(art)
    page = liferay_page(a2, rng, byline_in_content=False, byline_top=True)
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- SharePoint

SP_STYLE = {"p": '<p class="MsoNormal" style="text-align:justify">{}</p>', "h": "<h3>{}</h3>",
            "fig": '<div class="ms-rtestate-read"><p style="text-align:center"><img src="{src}" alt="{alt}" style="BORDER:0px solid;width:600px"/></p>'
                   '<p style="text-align:center"><em>{cap}</em></p></div>',
            "quote": '<blockquote style="margin:0 0 0 40px;border:none;padding:0px"><p><em>{}</em></p></blockquote>'}


def sharepoint_page(art, rng, trang=False, target=None, crawl="Chủ Nhật, 22/11/2026"):
    vs = viewstate(rng, 9000)
    guid = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))
    d, m, y = dmy(art["pub"])
    content = render_blocks(art["blocks"], rng, "/PublishingImages/%d/%02d" % (y, m), SP_STYLE)
    byl = ""
    if art["byline"]:
        byl = '<div class="tacgia" style="text-align:right"><b>%s</b></div>' % "<br/>".join(esc(l) for l in art["byline"])
    lead = '<div class="sapo"><p><strong>%s</strong></p></div>' % esc(art["lead"]) if art["lead"] else ""
    head = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10"/>'
            '<meta name="GENERATOR" content="Microsoft SharePoint"/><meta http-equiv="Content-type" content="text/html; charset=utf-8"/>'
            '<meta http-equiv="Expires" content="0"/><title>\n\t%s\n</title>'
            '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=%s"/>'
            '<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/style.css"/>'
            '<script type="text/javascript" src="/_layouts/15/init.js?rev=%s"></script>'
            '<script type="text/javascript" src="/ScriptResource.axd?d=%s&amp;t=%x"></script>%s</head>\n'
            % (esc(art["title"]), viewstate(rng, 20).replace("/", "A"), viewstate(rng, 20).replace("/", "B"),
               viewstate(rng, 60).replace("/", "_").replace("+", "-"), rng.getrandbits(40), analytics(rng)))
    form = ('<body><div id="s4-workspace"><form method="post" action="./%s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\n'
            '<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value=""/>'
            '<input type="hidden" name="wpcmVal" id="wpcmVal" value=""/>'
            '<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value=""/>'
            '<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%X,22 Nov 2026 01:%02d:%02d -0000"/>'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s"/></div>\n'
            '<script type="text/javascript">//<![CDATA[\nvar _spPageContextInfo = {webServerRelativeUrl: "/", webAbsoluteUrl: "https://%s", siteId: "{%s}", '
            'pageListId: "{%s}", pageItemId: %d, userId: 0, currentLanguage: 1066, currentUICultureName: "vi-VN"};\n//]]></script>\n'
            % (art["url"].rsplit("/", 1)[1], rng.getrandbits(120), rng.randrange(60), rng.randrange(60), vs, art["url"].split("/")[2], guid, guid[::-1], rng.randrange(100, 9000)))
    top = ('<div class="header"><div class="top-date">%s</div><div class="logo"><a href="/"><img src="/PublishingImages/logo.png" alt="logo"/></a>'
           '<span class="site-name">%s</span></div><div class="search-box"><input name="ctl00$SearchBox" type="text" title="Tìm kiếm..."/></div></div>'
           '<div class="menu-top">%s</div>\n' % (crawl, esc(art["site"]), menu_html(rng, "root ms-core-listMenu-root static")))
    bc = ('<div class="breadcrumb"><span><a href="/">Trang chủ</a></span> &gt; <span><a href="/Pages/tin-tuc.aspx">%s</a></span></div>' % esc(art["section"]))
    title = '<div class="title-news"><h1>%s</h1></div>' % esc(art["title"])
    date = '<div class="date-news"><span class="ms-formfieldlabel">Ngày đăng:</span> %s</div>' % art["shown"] if not trang else \
        '<div class="ArticleDate"><span>%s</span> | <span>Lượt xem: %d</span></div>' % (art["shown"], rng.randint(50, 2000))
    body = ('<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">\n%s\n</div>' % content)
    if trang:
        art_html = [bc, title, date, lead, body, byl]
    else:
        art_html = [bc, title, date, lead, body, byl]
    art_html.append('<div class="tools">%s<div class="rating">Đánh giá: <span class="star"></span><span class="star"></span><span class="star"></span></div></div>' % share_tools(rng, art["url"]))
    art_html.append(related(rng, rng.randint(5, 9), "({d:02d}/{m:02d}/{y})", "Tin liên quan", "/Pages"))
    art_html.append('<div class="comment-form"><h4>Ý kiến bạn đọc</h4><input type="text" name="ctl00$HoTen" placeholder="Họ và tên"/>'
                    '<input type="text" name="ctl00$Email" placeholder="Email"/><textarea name="ctl00$NoiDung"></textarea>'
                    '<input type="submit" value="Gửi ý kiến"/></div>')
    main = '<div class="main-content"><div class="col-left">%s</div>' % "\n".join(x for x in art_html if x)
    side = ('<div class="col-right">%s%s%s</div></div>\n' % (related(rng, 6, "{d:02d}/{m:02d}/{y}", "Tin mới", "/Pages"),
                                                          commune_links(rng, 30), counter(rng)))
    foot = footer(art["site"], rng, "Số %d đường %s %s, phường %s" % (rng.randint(1, 300), rng.choice(SYL), rng.choice(SYL), rng.choice(SYL)))
    tail = ('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%08X"/>'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s"/></div>'
            '<script type="text/javascript">//<![CDATA[\nvar g_presenceEnabled = true; var g_wsaEnabled = false; var g_correlationId = \'%s\'; '
            'var _fV4UI=true; RegisterSod("sp.ui.dialog.js", "/_layouts/15/sp.ui.dialog.js?rev=%s");\nWebForm_InitCallback();//]]></script>\n'
            '</form></div></body></html>\n' % (rng.getrandbits(32), viewstate(rng, 400), guid, viewstate(rng, 16).replace("/", "x")))
    page = head + form + top + main + side + foot + tail
    if target:
        cur = len(page.encode("utf-8"))
        page = page.replace(vs, viewstate(rng, 9000 + target - cur), 1)
    return page


def T_sp(art, rng):
    return sharepoint_page(art, rng).encode("utf-8"), "utf-8"


def T_g05(art, rng):
    return sharepoint_page(art, rng, trang=True, target=rng.randint(138000, 146000), crawl="Hôm nay: Chủ nhật, 22/11/2026").encode("utf-8"), "utf-8"


def T_g19(art, rng):
    return sharepoint_page(art, rng, trang=True, crawl="Chủ nhật, ngày 22 tháng 11 năm 2026").encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- Viettel (g06)

def T_g06(art, rng):
    st = {"p": "<p>{}</p>", "h": "<h2>{}</h2>",
          "fig": '<figure class="image"><img src="{src}" alt="{alt}"/><figcaption>{cap}</figcaption></figure>'}
    content = render_blocks(art["blocks"], rng, "/uploads/news/2026_11", st)
    page = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>%s | %s</title><meta name="description" content="%s"/><meta name="author" content="%s"/>'
            '<link rel="stylesheet" href="/Portals/_default/Skins/VTPortal/css/bootstrap.min.css"/><link rel="stylesheet" href="/Portals/_default/Skins/VTPortal/css/style.css?v=3.%d"/>'
            '%s</head>\n<body class="vt-portal">\n'
            '<div class="header-top"><div class="container"><span class="time-now"><i class="fa fa-calendar"></i> Chủ nhật, 22/11/2026</span>'
            '<span class="hotline">Đường dây nóng: 0212.385%04d</span></div></div>\n'
            '<div class="header-banner"><div class="container"><a href="/"><img src="/Portals/0/banner-hnd.png" alt="%s"/></a></div></div>\n'
            '<nav class="main-menu"><div class="container">%s</div></nav>\n'
            '<div class="container main"><div class="row"><div class="col-md-9">\n'
            '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li>%s</li></ol>\n'
            '<div class="news-detail"><h1 class="news-title">%s</h1>\n'
            '<div class="news-meta"><span class="author">%s</span> <span class="sep">|</span> <span class="date">%s</span> <span class="sep">|</span> <span class="views">Lượt xem: %d</span></div>\n'
            '<div class="news-sapo">%s</div>\n<div class="news-content">\n%s\n</div>\n'
            '<div class="news-tags"><strong>Từ khóa:</strong> <a href="/tag/ca-phe">cà phê</a>, <a href="/tag/huu-co">hữu cơ</a>, <a href="/tag/tap-huan">tập huấn</a></div>%s</div>\n'
            '%s</div>\n<div class="col-md-3 sidebar">%s%s<div class="banner-right"><a href="https://dichvucong.gov.vn"><img src="/Portals/0/dvc.png" alt="Dịch vụ công"/></a></div></div></div></div>\n'
            '%s<script src="/Portals/_default/Skins/VTPortal/js/jquery.min.js"></script><script>$(function(){$(".main-menu li").hover(function(){$(this).addClass("open")},function(){$(this).removeClass("open")});});</script>\n</body></html>\n'
            % (esc(art["title"]), esc(art["site"]), esc(art["lead"]), esc(art["site"]), rng.randrange(100), analytics(rng),
               rng.randrange(10000), esc(art["site"]), menu_html(rng, "nav-menu"), esc(art["section"]), esc(art["title"]),
               esc(art["byline"][0]), art["shown"], rng.randint(100, 900), esc(art["lead"]), content, share_tools(rng, art["url"]),
               related(rng, 6, "- {d:02d}/{m:02d}/{y}", "Tin cùng chuyên mục", "/tin-tuc"),
               related(rng, 5, "{d:02d}/{m:02d}", "Tin mới nhất", "/tin-tuc"), counter(rng),
               footer(art["site"], rng, "Tổ %d, phường Chiềng Lề, tỉnh Sơn La" % rng.randint(1, 9))))
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- FPT (g08): date only in JSON-LD

def T_g08(art, rng):
    st = {"p": '<p style="text-align:justify">{}</p>', "h": "<h3>{}</h3>",
          "fig": '<div class="img-box"><img class="img-fluid" src="{src}" alt="{alt}"/><p class="img-caption">{cap}</p></div>'}
    content = render_blocks(art["blocks"], rng, "/uploads/tintuc/2026/9", st)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": art["pub"], "mainEntityOfPage": art["url"],
          "publisher": {"@type": "GovernmentOrganization", "name": art["site"]}}
    page = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>%s</title><script type="application/ld+json">%s</script>'
            '<link href="/Content/fpt-egov/site.min.css?v=%d" rel="stylesheet"/>%s</head>\n'
            '<body><div class="wrapper"><div class="top-header"><div class="container"><span id="ngayhientai">Chủ nhật, 22/11/2026</span>'
            '<a href="/dang-nhap" class="float-right">Đăng nhập</a></div></div>'
            '<header><div class="container"><img src="/Content/images/quochuy.png" alt="Quốc huy"/><div class="site-title"><p>THÀNH PHỐ ĐÀ NẴNG</p><h2>%s</h2></div></div></header>'
            '<div class="menu-bar"><div class="container">%s</div></div>\n'
            '<main class="container"><div class="row"><div class="col-lg-8"><div class="chi-tiet-tin">'
            '<h2 class="tieu-de">%s</h2>%s<div class="tom-tat"><b>%s</b></div><div class="noi-dung">\n%s\n</div>'
            '<div class="tac-gia" style="text-align:right;font-weight:bold">%s</div></div>%s</div>'
            '<div class="col-lg-4"><div class="lich-cong-tac"><h4>Lịch công tác tuần</h4><p>Tuần 47 (từ 16/11/2026 đến 22/11/2026)</p></div>%s%s</div></div></main>\n'
            '%s<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/fpt-egov.bundle.js?v=%d"></script></div></body></html>\n'
            % (esc(art["title"]), json.dumps(ld, ensure_ascii=False), rng.randrange(1000), analytics(rng), esc(art["site"]),
               menu_html(rng, "navbar-nav"), esc(art["title"]), share_tools(rng, art["url"]), esc(art["lead"]), content,
               esc(art["byline"][0]), related(rng, 6, "({d:02d}/{m:02d}/{y})", "Tin cùng chuyên mục", "/chi-tiet-tin-tuc?dinhdanh="),
               related(rng, 5, "{d:02d}/{m:02d}/{y}", "Tin nổi bật", "/chi-tiet-tin-tuc?dinhdanh="), counter(rng),
               footer(art["site"], rng, "%d Lê Duẩn, phường Hải Châu, thành phố Đà Nẵng" % rng.randint(10, 200)), rng.randrange(1000)))
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- PHP custom, windows-1258 (g09)

def T_g09(art, rng):
    st = {"p": '<p align="justify"><font face="Times New Roman" size="3">{}</font></p>', "h": "<p><b>{}</b></p>",
          "fig": '<table align="center" width="500"><tr><td><img src="{src}" width="500" alt="{alt}"></td></tr><tr><td align="center"><i>{cap}</i></td></tr></table>'}
    content = render_blocks(art["blocks"], rng, "/upload/images/2026", st)
    rel = "".join('<tr><td class="bullet">&raquo;</td><td><a href="chitiet.php?id=%d">%s</a> <font color="#888">(%02d/%02d/2026)</font></td></tr>'
                  % (rng.randint(7000, 8213), esc(t), rng.randint(1, 28), rng.randint(6, 9)) for t in headlines(rng, 8))
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            '<title>%s - %s</title><link rel="stylesheet" href="css/style.css" type="text/css">'
            '<script language="javascript" src="js/menu.js"></script></head>\n'
            '<body topmargin="0" leftmargin="0"><table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td colspan="2"><img src="images/banner.jpg" width="1000" height="150" alt="banner"></td></tr>'
            '<tr><td colspan="2" class="menubar">%s</td></tr>'
            '<tr><td colspan="2" class="datebar" align="right">Chủ nhật, 22/11/2026 &nbsp;</td></tr>\n'
            '<tr><td width="220" valign="top" class="leftcol">%s%s</td><td width="780" valign="top">'
            '<table width="100%%" cellpadding="5"><tr><td class="path"><a href="index.php">Trang chủ</a> &raquo; <a href="tintuc.php?cat=3">%s</a></td></tr>'
            '<tr><td class="tieude"><h1 style="font-size:18px;color:#003399">%s</h1></td></tr>'
            '<tr><td><table width="100%%" class="info"><tr><td class="ngaydang">Ngày đăng: %s</td><td class="luotxem" align="right">Số lần xem: %d</td></tr></table></td></tr>'
            '<tr><td class="noidung">\n%s\n<p align="right"><b>%s</b></p></td></tr>'
            '<tr><td align="right"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> In trang</a> <a href="guibai.php?id=8214"><img src="images/mail.gif" border="0"> Gửi bài viết</a> <a href="javascript:history.back()">Trở về</a></td></tr>'
            '<tr><td class="tinkhac"><b>Các tin khác:</b><table>%s</table></td></tr></table></td></tr>'
            '<tr><td colspan="2" class="footer" align="center">%s</td></tr></table></body></html>\n'
            % (esc(art["title"]), esc(art["site"]), menu_html(rng, "menu"), commune_links(rng, 12, "Liên kết các trường"),
               counter(rng), esc(art["section"]), esc(art["title"]), art["shown"], rng.randint(100, 1500), content,
               esc(art["byline"][0]), rel, footer(art["site"], rng, "Số 18 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An")))
    return cp1258_bytes(page), "windows-1258"


# ---------------------------------------------------------------- CMC (g10)

def T_g10(art, rng):
    st = {"p": "<p>{}</p>", "h": "<h3>{}</h3>",
          "fig": '<table class="tplCaption" align="center"><tbody><tr><td><img src="{src}" alt="{alt}"/></td></tr><tr><td><p class="Image">{cap}</p></td></tr></tbody></table>'}
    content = render_blocks(art["blocks"], rng, "/Uploads/images/2026/10", st)
    page = ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
            '<title>%s</title><meta name="keywords" content="sởi, rubella, tiêm chủng, Gia Lai"/><link href="/Content/cmc/portal.css" rel="stylesheet"/>%s</head>\n'
            '<body><div id="page"><div class="cmc-header"><div class="date-weather">Chủ Nhật, 22/11/2026 | Gia Lai 24°C</div>'
            '<div class="logo"><h1 class="site">%s</h1></div><div class="cmc-menu">%s</div></div>\n'
            '<div class="cmc-body"><div class="left"><div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/tin-tuc">%s</a></div>'
            '<div class="ArticleDetail"><div class="ArticleHeader"><h2 class="Title">%s</h2>'
            '<div class="PostDate">%s</div></div><div class="Summary"><strong>%s</strong></div>'
            '<div class="ArticleContent">\n%s\n</div><div class="AuthorName" style="text-align:right"><strong>%s</strong></div>'
            '%s<div class="rating"><span>Đánh giá bài viết</span> <a>1</a><a>2</a><a>3</a><a>4</a><a>5</a></div></div>%s%s</div>'
            '<div class="right">%s%s</div></div>%s</div></body></html>\n'
            % (esc(art["title"]), analytics(rng), esc(art["site"]), menu_html(rng, "menu-ul"), esc(art["section"]), esc(art["title"]),
               art["shown"], esc(art["lead"]), content, esc(art["byline"][0]), share_tools(rng, art["url"]),
               related(rng, 5, "({d:02d}/{m:02d}/{y} {H:02d}:{M:02d})", "Tin liên quan", "/tin-tuc"),
               related(rng, 6, "({d:02d}/{m:02d}/{y})", "Các tin khác", "/tin-tuc"),
               related(rng, 5, "{d:02d}/{m:02d}/{y}", "Thông báo", "/thong-bao"), counter(rng),
               footer(art["site"], rng, "Số %d Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai" % rng.randint(2, 120))))
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- DNN (g11): dates in a table

def T_g11(art, rng):
    st = {"p": '<p style="text-align: justify;">{}</p>', "h": "<h3>{}</h3>",
          "table": '<table border="1" cellspacing="0" cellpadding="3" style="width:100%;border-collapse:collapse">{}</table>', "th": False,
          "fig": '<p style="text-align:center"><img src="{src}" alt="{alt}"/><br/><em>{cap}</em></p>'}
    content = render_blocks(art["blocks"], rng, "/Portals/0/Images/2026", st)
    mid = rng.randint(400, 900)
    info = ('<table class="dnnArticleInfo" cellpadding="2"><tr><td class="label">Ngày đăng:</td><td>%s</td>'
            '<td class="label">Cập nhật:</td><td>%s</td></tr><tr><td class="label">Tác giả:</td><td colspan="3">%s</td></tr></table>'
            % (art["shown"], art["updated"], "<br/>".join(esc(l) for l in art["byline"])))
    page = ('<!DOCTYPE html>\n<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>'
            '<title>%s &gt; %s</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke"/>'
            '<link href="/Portals/_default/default.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=%d" type="text/css" rel="stylesheet"/></head>\n'
            '<body id="Body"><form method="post" action="%s" id="Form" enctype="multipart/form-data">'
            '<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""/><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value=""/>'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s"/></div>'
            '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script>\n'
            '<div id="siteWrapper"><div class="topbar"><span class="today">Chủ nhật, 22/11/2026</span> <a id="dnn_dnnLOGIN_loginLink" href="/Login">Đăng nhập</a></div>'
            '<div class="banner"><h1>%s</h1></div><div id="dnnMenu">%s</div>\n'
            '<div class="row"><div id="dnn_ContentPane" class="col-md-9 DNNEmptyPane"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-%d"><a name="%d"></a>'
            '<div id="dnn_ctr%d_ContentPane"><div class="eds_news_module_%d news eds_subCollection_news eds_styleSwitchCriteria_module-%d">'
            '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/Tin-tuc">Tin tức</a> » %s</div>'
            '<h1 class="edn_articleTitle">%s</h1>%s<div class="edn_articleContent">\n%s\n</div>'
            '<div class="edn_socialPrintWrapper">%s</div><div class="edn_relatedArticles">%s</div></div></div></div></div>'
            '<div id="dnn_RightPane" class="col-md-3">%s%s</div></div>%s</div>'
            '<input name="ScrollTop" type="hidden" id="ScrollTop"/><input name="__dnnVariable" type="hidden" id="__dnnVariable" value="`{`__scdoff`:`1`}"/></form></body></html>\n'
            % (esc(art["site"]), esc(art["title"]), rng.randrange(200), rng.randrange(200), esc(art["url"].split("gov.vn")[1]),
               viewstate(rng, 3000), rng.randrange(200), esc(art["site"]), menu_html(rng, "dnnmega"), mid, mid, mid, mid, mid,
               esc(art["section"]), esc(art["title"]), info, content, share_tools(rng, art["url"]),
               related(rng, 6, "{d:02d}/{m:02d}/{y}", "Tin liên quan", "/Tin-tuc/Chi-tiet/ArticleId"),
               related(rng, 5, "{d:02d}/{m:02d}/{y}", "Tin mới", "/Tin-tuc/Chi-tiet/ArticleId"), counter(rng),
               footer(art["site"], rng, "Số 2 Lý Thường Kiệt, phường Ninh Kiều, thành phố Cần Thơ")))
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- NukeViet (g12): entity-encoded content

def T_g12(art, rng):
    st = {"p": '<p style="text-align: justify;">{}</p>', "h": "<h3>{}</h3>",
          "fig": '<div class="image-center"><figure class="image"><img alt="{alt}" src="{src}" width="600"/><figcaption>{cap}</figcaption></figure></div>'}
    content = ent_encode(render_blocks(art["blocks"], rng, "/uploads/news/2026_07", st))
    bodytext_lead = ent_encode(esc(art["lead"]))
    ptime = art["pub"][:19]
    page = ('<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head>\n'
            '<title>%s - %s</title><meta name="generator" content="NukeViet v4.5"/><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
            '<meta property="og:type" content="article"/><meta property="og:title" content="%s"/><meta property="article:published_time" content="%s+07:00"/>'
            '<meta property="article:section" content="Tin tức"/><link rel="StyleSheet" href="/themes/default/css/nukeviet.css"/>'
            '<script src="/assets/js/jquery/jquery.min.js"></script><script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_my_ofs=7,nv_check_pass_mstime=1738000;</script></head>\n'
            '<body><div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row">'
            '<div class="logo"><a title="%s" href="/"><img src="/uploads/logo.png" alt="%s"/></a></div>'
            '<div class="header-date">Hôm nay: Chủ nhật, 22/11/2026</div></div></div></header>'
            '<nav class="second-nav" id="menusite"><div class="container">%s</div></nav>\n'
            '<section><div class="container" id="body"><nav class="third-nav"><ul class="breadcrumbs"><li><a href="/"><em class="fa fa-home"></em> Trang nhất</a></li><li><a href="/news/tin-tuc/">Tin tức</a></li></ul></nav>'
            '<div class="row"><div class="col-md-16"><div class="news_column panel panel-default"><div class="panel-body">'
            '<h1 class="title margin-bottom-lg">%s</h1>'
            '<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div>'
            '<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg"></em></a></li>'
            '<li><a class="dimgray" rel="nofollow" title="In ra" href="/news/print/"><em class="fa fa-print fa-lg"></em></a></li></ul></div></div>'
            '<div class="clearfix"><div class="hometext m-bottom">%s</div></div>'
            '<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n%s\n</div>'
            '<div class="margin-bottom-lg"><p class="h5 text-right"><strong>%s</strong></p></div>'
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Tags: </strong><a title="nông thôn mới" href="/news/tag/nong-thon-moi"><em>nông thôn mới</em></a>, <a href="/news/tag/cau-giao-thong"><em>cầu giao thông</em></a></div></div></div>'
            '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: %d trong %d đánh giá</p></div></form></div></div>'
            '%s</div></div></div><div class="col-md-8">%s%s</div></div></div></section>'
            '%s</div></div><script src="/themes/default/js/main.js"></script></body></html>\n'
            % (esc(art["title"]), esc(art["site"]), esc(art["title"]), ptime, esc(art["site"]), esc(art["site"]),
               menu_html(rng, "nav navbar-nav"), esc(art["title"]), art["shown"], bodytext_lead, content,
               esc(art["byline"][0]), rng.randint(0, 60), rng.randint(1, 12),
               related(rng, 6, "({d:02d}/{m:02d}/{y})", "Những tin mới hơn", "/news/tin-tuc"),
               related(rng, 5, "{d:02d}/{m:02d}/{y}", "Tin xem nhiều", "/news/tin-tuc"), counter(rng),
               footer(art["site"], rng, "Ấp Mỹ Phú, xã Mỹ Thọ, tỉnh Đồng Tháp")))
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- WordPress (g13)

def T_g13(art, rng):
    st = {"p": "<p>{}</p>", "h": '<h2 class="wp-block-heading">{}</h2>',
          "fig": '<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="{alt}"/><figcaption class="wp-element-caption">{cap}</figcaption></figure>'}
    content = render_blocks(art["blocks"], rng, "/wp-content/uploads/2026/08", st)
    utc = "2026-08-18T02:15:33+00:00"
    pid = rng.randint(2000, 9000)
    page = ('<!doctype html>\n<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s &#8211; %s</title><meta name="robots" content="max-image-preview:large"/>'
            '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng thông tin" href="/feed/"/>'
            '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1" media="all"/>'
            '<link rel="stylesheet" id="newsmag-style-css" href="/wp-content/themes/newsmag/style.css?ver=2.4.%d" media="all"/>'
            '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>'
            '<link rel="https://api.w.org/" href="/wp-json/"/><meta name="generator" content="WordPress 6.8.1"/></head>\n'
            '<body class="post-template-default single single-post postid-%d single-format-standard">'
            '<div id="page" class="site"><div class="top-bar"><div class="container"><span class="date">Chủ Nhật, 22 Tháng Mười Một, 2026</span></div></div>'
            '<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">Trang thông tin điện tử</p>'
            '<nav id="site-navigation" class="main-navigation">%s</nav></header>\n'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong">'
            '<header class="entry-header"><div class="cat-links"><a href="/category/hoat-dong/" rel="category tag">%s</a></div>'
            '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on"><a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time></a></span>'
            ' <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/bbt-congdoan/">bbt-congdoan</a></span></span></div></header>'
            '<div class="post-thumbnail"><img width="800" height="450" src="/wp-content/uploads/2026/08/toa-dam-%d.jpg" class="attachment-post-thumbnail wp-post-image" alt=""/></div>'
            '<div class="entry-content">\n%s\n<p style="text-align:right"><strong>%s</strong></p>\n</div>'
            '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/van-hoa-cong-so/" rel="tag">văn hóa công sở</a></span></footer></article>'
            '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2026/08/15/%s/" rel="prev">%s</a></div></div></nav>'
            '<div class="related-posts">%s</div>'
            '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
            '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><input name="submit" type="submit" value="Phản hồi"/></form></div></div>'
            '</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">%s</section><section class="widget">%s</section></aside></div>'
            '%s</div><script id="newsmag-js-extra">var newsmag_settings = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","post_id":"%d"};</script></body></html>\n'
            % (esc(art["title"]), esc(art["site"]), esc(art["site"]), rng.randrange(10), pid, esc(art["site"]), menu_html(rng, "menu"),
               pid, pid, esc(art["section"]), esc(art["title"]), esc(art["url"]), utc, art["shown"], rng.randrange(100),
               content, esc(art["byline"][0]), slug(headlines(rng, 1)[0]), esc(headlines(rng, 1)[0]),
               related(rng, 4, "{d} Tháng {m}, {y}", "Bài viết liên quan", "/2026"),
               related(rng, 5, "{d:02d}/{m:02d}/{y}", "Bài viết mới", "/2026"), counter(rng),
               footer(art["site"], rng, "Số %d Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa" % rng.randint(1, 90)), pid))
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- Joomla (g14)

def T_g14(art, rng):
    st = {"p": "<p>{}</p>", "h": "<h3>{}</h3>", "ul": "<ul>{}</ul>",
          "fig": '<p style="text-align: center;"><img src="{src}" alt="{alt}"/></p><p style="text-align: center;"><em>{cap}</em></p>'}
    content = render_blocks(art["blocks"], rng, "/images/2026/08", st)
    hits = rng.randint(40, 600)
    page = ('<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"/><meta name="generator" content="Joomla! - Open Source Content Management"/>'
            '<title>%s</title><link href="/templates/protostar/css/template.css?%x" rel="stylesheet"/>'
            '<script src="/media/jui/js/jquery.min.js?%x"></script><script src="/media/system/js/caption.js?%x"></script>'
            '<script>jQuery(window).on(\'load\',  function() {new JCaption(\'img.caption\');});</script></head>\n'
            '<body class="site com_content view-article no-layout no-task itemid-%d">'
            '<div class="body"><div class="container"><header class="header"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">%s</span></a>'
            '<div class="header-search pull-right"><div class="custom"><p>Chủ nhật, 22/11/2026</p></div>'
            '<form action="/index.php/tin-tuc" method="post" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm ..."/></form></div></div></header>'
            '<nav class="navigation">%s</nav>'
            '<div class="row-fluid"><main id="content" class="span9"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: </li><li><a href="/">Trang chủ</a></li><li><a href="/index.php/tin-tuc">Tin tức</a></li><li class="active"><span>%s</span></li></ul>'
            '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN"/>'
            '<div class="page-header"><h2 itemprop="headline">%s</h2></div>'
            '<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span> Công cụ</a>'
            '<ul class="dropdown-menu"><li class="print-icon"><a href="?tmpl=component&amp;print=1" rel="nofollow">In</a></li><li class="email-icon"><a href="/index.php/component/mailto/">Email</a></li></ul></div></div>'
            '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị viên</span></dd>'
            '<dd class="category-name">Danh mục: <a href="/index.php/tin-tuc/tin-doan-the" itemprop="genre">%s</a></dd>'
            '<dd class="published"><span class="icon-calendar"></span><time datetime="%s" itemprop="datePublished">Ngày đăng: %s</time></dd>'
            '<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:%d"/>Lượt xem: %d</dd></dl>'
            '<div itemprop="articleBody">\n%s\n<p style="text-align: right;"><strong>%s</strong></p>\n</div>'
            '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="%s" href="/index.php/tin-tuc/tin-doan-the/711" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>'
            '<li class="next"><a href="/index.php/tin-tuc/tin-doan-the/713" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul></div></main>'
            '<div id="aside" class="span3">%s%s</div></div></div></div>%s</body></html>\n'
            % (esc(art["title"]), rng.getrandbits(32), rng.getrandbits(32), rng.getrandbits(32), rng.randint(100, 300), esc(art["site"]),
               menu_html(rng, "nav menu nav-pills"), esc(art["title"]), esc(art["title"]), esc(art["section"]),
               art["pub"], art["shown"], hits, hits, content, esc(art["byline"][0]), esc(headlines(rng, 1)[0]),
               related(rng, 5, "{d:02d}/{m:02d}/{y}", "Tin mới", "/index.php/tin-tuc"), counter(rng),
               footer(art["site"], rng, "Tổ dân phố %d, xã Mường Thanh, tỉnh Điện Biên" % rng.randint(1, 12))))
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- custom ASP.NET (g15)

def T_g15(art, rng):
    st = {"p": '<p style="text-align:justify;text-indent:30px">{}</p>', "h": "<p><b>{}</b></p>",
          "table": '<table class="tbl-data" border="1" cellpadding="5" cellspacing="0" width="100%">{}</table>', "fig": ""}
    content = render_blocks(art["blocks"], rng, "/Upload/2026", st)
    vs = viewstate(rng, 6000)
    tin = "".join('<div class="item-news"><a id="ctl00_ContentPlaceHolder1_rptTinKhac_ctl%02d_hlTitle" href="/TinTuc/ChiTiet.aspx?TinTucID=%d">%s</a> <span class="ngay">(%02d/%02d/2026)</span></div>'
                  % (i, rng.randint(19000, 20416), esc(t), rng.randint(1, 28), rng.randint(6, 10)) for i, t in enumerate(headlines(rng, 10)))
    page = ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>\n\t%s\n</title>'
            '<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet"/><script src="/js/jquery-1.11.3.min.js" type="text/javascript"></script></head>\n'
            '<body><form name="aspnetForm" method="post" action="./ChiTiet.aspx?TinTucID=20417" id="aspnetForm">\n'
            '<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""/><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value=""/>'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s"/></div>\n'
            '<script type="text/javascript">//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];if (!theForm) {theForm = document.aspnetForm;}'
            'function __doPostBack(eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != false)) {theForm.__EVENTTARGET.value = eventTarget;theForm.__EVENTARGUMENT.value = eventArgument;theForm.submit();}}\n//]]></script>\n'
            '<div id="wrapper"><div id="header"><div class="quoc-huy"><img src="/Images/quochuy.png" alt=""/></div><div class="ten-co-quan"><p>UBND TỈNH ĐẮK LẮK</p><h1>SỞ NỘI VỤ</h1></div>'
            '<div class="ngay-thang"><span id="ctl00_lblNgay">Chủ nhật, 22/11/2026</span></div></div>'
            '<div id="menu">%s</div>\n<div id="main"><div id="left">%s%s</div><div id="center">'
            '<div class="duong-dan"><a href="/">Trang chủ</a> &gt; <a id="ctl00_ContentPlaceHolder1_hlChuyenMuc" href="/TinTuc/DanhSach.aspx?ChuyenMucID=7">%s</a></div>'
            '<div class="chi-tiet"><h2><span id="ctl00_ContentPlaceHolder1_lblTieuDe">%s</span></h2>'
            '<div class="ngay-dang"><span id="ctl00_ContentPlaceHolder1_lblNgayDang">%s</span></div>'
            '<div class="trich-yeu"><span id="ctl00_ContentPlaceHolder1_lblTrichYeu"><b>%s</b></span></div>'
            '<div class="noi-dung"><span id="ctl00_ContentPlaceHolder1_lblNoiDung">\n%s\n</span></div>'
            '<div class="nguon" style="text-align:right"><span id="ctl00_ContentPlaceHolder1_lblNguon"><i>%s</i></span></div>'
            '<div class="file-dinh-kem">Tệp đính kèm: <a href="/Upload/2026/11/TB-ket-qua-tiep-nhan-ho-so.pdf">TB-ket-qua-tiep-nhan-ho-so.pdf</a></div>'
            '<div class="cong-cu"><a href="javascript:window.print();">In trang</a> | <a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$lbtGuiEmail\',\'\')">Gửi email</a> | <a href="javascript:history.go(-1)">Quay lại</a></div></div>'
            '<div class="tin-khac"><h3>Các tin khác</h3>%s</div></div><div id="right">%s</div></div>%s</div>\n'
            '<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%08X"/><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s"/></div></form></body></html>\n'
            % (esc(art["title"]), vs, menu_html(rng, "menu-ngang"), related(rng, 6, "{d:02d}/{m:02d}/{y}", "Thông báo mới", "/TinTuc"),
               commune_links(rng, 40, "Các xã, phường"), esc(art["section"]), esc(art["title"]), art["shown"], esc(art["lead"]),
               content, esc(art["source"]), tin, counter(rng),
               footer(art["site"], rng, "Số %d Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk" % rng.randint(1, 80)),
               rng.getrandbits(32), viewstate(rng, 500)))
    target = rng.randint(125000, 135000)
    cur = len(page.encode("utf-8"))
    page = page.replace(vs, viewstate(rng, 6000 + target - cur), 1)
    return page.encode("utf-8"), "utf-8"


# ---------------------------------------------------------------- custom PHP, NFD text (g16)

def T_g16(art, rng):
    st = {"p": "<p>{}</p>", "h": "<h4>{}</h4>", "fig": ""}
    content = render_blocks(art["blocks"], rng, "/upload", st)
    page = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/template/dangbo/style.css">'
            '<script src="/js/jquery.js"></script></head>\n'
            '<body><div id="top"><div class="wrap"><span class="ngay">Chủ nhật, 22/11/2026</span><span class="slogan">Đảng Cộng sản Việt Nam quang vinh muôn năm!</span></div></div>'
            '<div id="banner"><div class="wrap"><img src="/template/dangbo/images/co-dang.png" alt=""><h1>ĐẢNG BỘ XÃ ĐẦM DƠI</h1></div></div>'
            '<div id="nav"><div class="wrap">%s</div></div>\n'
            '<div id="content" class="wrap"><div class="main-col"><div class="path"><a href="/">Trang chủ</a> / <a href="/index.php?mod=news&amp;cat=2">%s</a></div>'
            '<div class="detail"><h2 class="detail-title">%s</h2><div class="detail-time">Đăng ngày: %s</div>'
            '<div class="detail-content">\n%s\n</div><div class="detail-author"><b>%s</b></div>'
            '<div class="detail-tool">%s</div></div>%s</div><div class="side-col">%s%s%s</div></div>%s</body></html>\n'
            % (esc(art["title"]), menu_html(rng, "menu"), esc(art["section"]), esc(art["title"]), art["shown"], content, esc(art["byline"][0]),
               share_tools(rng, art["url"]), related(rng, 7, "({d:02d}/{m:02d}/{y})", "Các tin khác", "/index.php?mod=news&amp;act=detail"),
               related(rng, 5, "{d:02d}/{m:02d}/{y}", "Văn bản mới", "/index.php?mod=vanban"), commune_links(rng, 10, "Chi bộ trực thuộc"), counter(rng),
               footer(art["site"], rng, "Khóm %d, xã Đầm Dơi, tỉnh Cà Mau" % rng.randint(1, 8))))
    return unicodedata.normalize("NFD", page).encode("utf-8"), "utf-8"


TEMPLATES = {"g01": T_liferay_default, "g02": T_g02, "g03": T_g03, "g04": T_sp, "g05": T_g05, "g06": T_g06,
             "g07": T_liferay_default, "g08": T_g08, "g09": T_g09, "g10": T_g10, "g11": T_g11, "g12": T_g12,
             "g13": T_g13, "g14": T_g14, "g15": T_g15, "g16": T_g16, "g17": T_g17, "g18": T_sp, "g19": T_g19,
             "g20": T_g20}


# ---------------------------------------------------------------- non-article pages

def N_listing(rng):
    items = []
    for t in headlines(rng, 15):
        d, hh, mm = rdate(rng, (2026, 10, 1))
        items.append('<div class="news-item row"><div class="col-md-3"><a href="/tin-tuc/-/view_content/%s"><img src="/documents/20182/%d/thumb.jpg" alt=""/></a></div>'
                     '<div class="col-md-9"><h4><a href="/tin-tuc/-/view_content/%s">%s</a></h4><span class="date">%02d/%02d/%d %02d:%02d</span>'
                     '<p class="sapo">%s %s. Các đại biểu đã thảo luận, thống nhất nhiều giải pháp trọng tâm trong thời gian tới...</p></div></div>'
                     % (slug(t), rng.randrange(10 ** 6), slug(t), esc(t), d.day, d.month, d.year, hh, mm,
                        "Ngày %d/%d," % (d.day, d.month), esc(t[0].lower() + t[1:])))
    pages = '<ul class="pagination"><li class="active"><a>1</a></li>%s<li><a href="?cur=2">Sau »</a></li></ul>' % "".join(
        '<li><a href="?cur=%d">%d</a></li>' % (i, i) for i in range(2, 8))
    page = ('<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN"><head><title>Tin hoạt động - Cổng thông tin điện tử tỉnh Quảng Trị</title>'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type"/><link href="/o/vnpt-portal-theme/css/main.css" rel="stylesheet"/>%s</head>\n'
            '<body class="controls-visible guest-site signed-out public-page site"><div id="wrapper"><header id="banner"><div class="top-bar"><span class="today">Chủ nhật, ngày 22/11/2026</span></div>'
            '<nav id="navigation">%s</nav></header><section id="content"><div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_QT%04d_">'
            '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Tin hoạt động</li></ul><h2 class="portlet-title-text">Tin hoạt động</h2>%s%s</div>'
            '<div id="column-2">%s%s</div></section>%s</div></body></html>\n'
            % (analytics(rng), menu_html(rng, "nav"), rng.randrange(10000), "\n".join(items), pages,
               related(rng, 6, "{d:02d}/{m:02d}/{y}", "Tin đọc nhiều", "/tin-tuc"), counter(rng),
               footer("Cổng thông tin điện tử tỉnh Quảng Trị", rng, "Số 45 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị")))
    page = pad_script(page, 90000, rng, "_portletMenuData")
    return page.encode("utf-8"), {"kind": "listing", "platform": "liferay-vnpt",
                                  "url": "https://quangtri.gov.vn/tin-hoat-dong", "charset": "utf-8"}


def N_search(rng):
    res = []
    for t in headlines(rng, 10):
        d, hh, mm = rdate(rng, (2025, 9, 1))
        res.append('<div class="ms-srch-item"><div class="ms-srch-item-title"><h3><a href="/Pages/%s.aspx">%s</a></h3></div>'
                   '<div class="ms-srch-item-summary">... <strong>chuyển đổi số</strong> ... %s ...</div>'
                   '<div class="ms-srch-item-path">https://snv.phutho.gov.vn/Pages/%s.aspx - %02d/%02d/%d</div></div>'
                   % (slug(t), esc(t), esc(t), slug(t), d.day, d.month, d.year))
    page = ('<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-type" content="text/html; charset=utf-8"/>'
            '<meta name="GENERATOR" content="Microsoft SharePoint"/><title>Kết quả tìm kiếm</title></head>\n'
            '<body><form method="post" action="./results.aspx?k=chuy%%E1%%BB%%83n%%20%%C4%%91%%E1%%BB%%95i%%20s%%E1%%BB%%91" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s"/>'
            '<div class="header"><div class="top-date">Chủ Nhật, 22/11/2026</div><span class="site-name">Sở Nội vụ tỉnh Phú Thọ</span></div>%s'
            '<div class="main-content"><h1>Tìm kiếm</h1><div class="ms-srch-sb"><input type="text" value="chuyển đổi số" name="ctl00$SearchBox$k"/><a class="ms-srch-sb-searchLink">Tìm</a></div>'
            '<div class="ms-srch-result-count">Khoảng 1.284 kết quả</div><div id="Result">%s</div>'
            '<div class="ms-srch-Paging"><a>1</a> <a href="?k=chuyen+doi+so&amp;start1=11">2</a> <a href="?start1=21">3</a> <a>›</a></div></div>%s</form></body></html>\n'
            % (viewstate(rng, 5000), menu_html(rng, "root static"), "\n".join(res),
               footer("Sở Nội vụ tỉnh Phú Thọ", rng, "Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ")))
    return page.encode("utf-8"), {"kind": "search", "platform": "sharepoint",
                                  "url": "https://snv.phutho.gov.vn/_layouts/15/osssearchresults.aspx?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91",
                                  "charset": "utf-8"}


def N_notfound(rng):
    page = ('<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head><title>Thông báo - Cổng thông tin điện tử xã Tân Hưng</title>'
            '<meta name="generator" content="NukeViet v4.5"/><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
            '<link rel="StyleSheet" href="/themes/default/css/nukeviet.css"/></head>\n'
            '<body><div class="wraper"><header><div class="logo"><a href="/"><img src="/uploads/logo.png" alt="Cổng thông tin điện tử xã Tân Hưng"/></a></div>'
            '<div class="header-date">Hôm nay: Chủ nhật, 22/11/2026</div></header><nav id="menusite">%s</nav>'
            '<section><div class="container" id="body"><div class="row"><div class="col-md-16"><div class="alert alert-info">'
            '<h2>Thông báo</h2><p>Bài viết bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>'
            '<p>Hệ thống sẽ chuyển bạn về <a href="/news/">trang Tin tức</a> sau 5 giây.</p></div></div>'
            '<div class="col-md-8">%s%s</div></div></div></section>%s</div>'
            '<script>setTimeout(function(){window.location.href="/news/";},5000);</script></body></html>\n'
            % (menu_html(rng, "nav"), related(rng, 6, "{d:02d}/{m:02d}/{y}", "Tin mới", "/news/tin-tuc"), counter(rng),
               footer("Cổng thông tin điện tử xã Tân Hưng", rng, "Ấp 3, xã Tân Hưng, tỉnh Tây Ninh")))
    return page.encode("utf-8"), {"kind": "not_found", "platform": "nukeviet",
                                  "url": "https://xatanhung.tayninh.gov.vn/news/tin-tuc/hoi-nghi-tong-ket-cong-tac-mat-tran-nam-2026-1204.html",
                                  "charset": "utf-8"}


def N_challenge(rng):
    tok = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Đang kiểm tra trình duyệt...</title>'
            '<style>body{font-family:Arial,sans-serif;text-align:center;padding-top:120px;color:#333}.spinner{margin:20px auto;width:40px;height:40px;border:4px solid #ddd;border-top-color:#c00;border-radius:50%%;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}</style></head>\n'
            '<body><div class="spinner"></div><h1>Vui lòng chờ trong giây lát...</h1><p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập cổng thông tin.</p>'
            '<noscript><p>Vui lòng bật JavaScript và cookie để tiếp tục.</p></noscript>'
            '<script>(function(){var t="%s",s=0;for(var i=0;i<t.length;i++){s=(s*31+t.charCodeAt(i))%%1000000007;}'
            'document.cookie="__vnpt_waf="+t+"."+s+"; path=/; max-age=1800";setTimeout(function(){location.reload();},1500);})();</script>'
            '<p style="font-size:12px;color:#999">Mã yêu cầu: %s</p></body></html>\n' % (tok, tok[:16].upper()))
    return page.encode("utf-8"), {"kind": "challenge", "platform": "liferay-vnpt",
                                  "url": "https://sotnmt.vinhlong.gov.vn/tin-tuc/-/view_content/thong-bao-lich-tiep-cong-dan-thang-12",
                                  "charset": "utf-8"}


NONARTICLES = {"n01": N_listing, "n02": N_search, "n03": N_notfound, "n04": N_challenge}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for name in sorted(ARTICLES):
        art = ARTICLES[name]
        rng = random.Random("%s:%s" % (SET, name))
        art = dict(art, name=name, blocks=parse_blocks(art["text"]))
        page, charset = TEMPLATES[name](art, rng)
        side = {"kind": "article", "platform": art["platform"], "url": art["url"], "charset": charset,
                "title": art["title"], "published_at": art["pub"], "author": art["author"],
                "body": gold_body(art)}
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(page)
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")
    for name, fn in sorted(NONARTICLES.items()):
        rng = random.Random("%s:%s" % (SET, name))
        page, side = fn(rng)
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(page)
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
