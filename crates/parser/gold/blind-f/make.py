# -*- coding: utf-8 -*-
"""Write every page of the blind-f gold set (NAME.html + NAME.json).

    python3 make.py

Deterministic: every page draws from its own random.Random seeded with the
page name, and nothing depends on the clock or on hash order, so running
the script again rewrites identical files.

The article texts and gold metadata live in data.py; the four pages
without an article are in nonart.py. This file holds the templates: one
function per article page, each imitating a platform that Vietnamese
government / Party portals really run, with the chrome they ship
(menus, sidebars, related lists with dates, counters, footers, scripts,
styles, view state).
"""
import base64
import datetime as dt
import html
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from data import ARTICLES, HEADLINES, LISTING, SEARCH, gold_body  # noqa: E402

TODAY = dt.datetime(2026, 11, 22, 9, 37, 12)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
WEEKDAYS_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
MONTHS_VI = ["", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


# ----------------------------------------------------------------- basics
def esc(s):
    return html.escape(s, quote=True)


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def Slug(s):
    """Tân Dân / DNN style slug that keeps capitals."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")


def pub(a):
    return dt.datetime.fromisoformat(a["published_at"]).replace(tzinfo=None)


def wd(d, lower=False):
    return (WEEKDAYS_LOWER if lower else WEEKDAYS)[d.weekday()]


def dmy(d):
    return d.strftime("%d/%m/%Y")


def hm(d):
    return d.strftime("%H:%M")


def today_vn(lower=False):
    return "%s, %s" % (wd(TODAY, lower), dmy(TODAY))


def rel_items(rng, around, n, exclude=(), back_days=75, ahead_days=20):
    """n related headlines with datetimes scattered around `around`
    (some newer than the article, none on or after today), newest first."""
    titles = rng.sample([h for h in HEADLINES if h not in exclude], n)
    out = []
    lo = around - dt.timedelta(days=back_days)
    hi = min(around + dt.timedelta(days=ahead_days), TODAY - dt.timedelta(days=1))
    span = max(1, (hi.date() - lo.date()).days)
    for t in titles:
        day = lo.date() + dt.timedelta(days=rng.randrange(span + 1))
        if day == around.date():
            day -= dt.timedelta(days=1)
        minute = rng.randint(6 * 60 + 30, 21 * 60 + 30)
        d = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60, rng.randrange(60))
        out.append((t, d))
    out.sort(key=lambda x: x[1], reverse=True)
    return out


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def viewstate(rng, nbytes, prefix="/wEPDwUKLTI2NjY4MzQ1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIFD2QWAmYPZBYC"):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    return prefix + base64.b64encode(raw).decode("ascii")


def jsesc(s):
    return s.replace('/', '\\/')


def u2f(s):
    return s.replace('/', '\\u002f')


def guid(rng):
    h = rand_hex(rng, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ------------------------------------------------------------ CSS / JS filler
_SEL = ["header", ".top-bar", ".main-menu", ".main-menu > li", ".main-menu li a", ".sub-menu", ".breadcrumb",
        ".box-title", ".box-content", ".news-list li", ".news-list .date", ".sidebar .widget", ".footer",
        ".footer a", ".poll label", ".weather", ".counter", ".banner img", ".video-box", ".tags a", ".btn-search",
        ".search-input", ".marquee", ".link-box select", ".hot-news", ".slider .item", ".doc-list li", ".icon-print",
        ".icon-mail", ".font-size a", ".social-share", ".paging a", ".paging .active", ".calendar", ".online"]
_PROPS = ["color:#%s", "background:#%s", "border-bottom:1px solid #%s", "border-color:#%s"]


def css(rng, n):
    out = []
    for _ in range(n):
        sel = ", ".join(rng.sample(_SEL, rng.randint(1, 3)))
        props = []
        for _ in range(rng.randint(2, 6)):
            k = rng.randrange(9)
            if k < 4:
                props.append(_PROPS[k] % rand_hex(rng, 6))
            elif k == 4:
                props.append("padding:%dpx %dpx" % (rng.randint(0, 12), rng.randint(0, 20)))
            elif k == 5:
                props.append("margin:0 0 %dpx" % rng.randint(0, 20))
            elif k == 6:
                props.append("font-size:%dpx" % rng.randint(11, 22))
            elif k == 7:
                props.append("line-height:%.1f" % (rng.randint(12, 18) / 10))
            else:
                props.append(rng.choice(["display:block", "float:left", "text-transform:uppercase", "font-weight:bold",
                                         "overflow:hidden", "position:relative", "list-style:none", "text-decoration:none"]))
        out.append("%s{%s}" % (sel, ";".join(props)))
    return "\n".join(out)


def js_ga(rng):
    gid = "G-" + rand_alnum(rng, 10).upper()
    return ('<script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>\n'
            '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}'
            "gtag('js', new Date());gtag('config', '%s');</script>" % (gid, gid))


def js_misc(rng, n=6):
    parts = []
    for i in range(n):
        v = rand_alnum(rng, 6)
        k = rng.randrange(4)
        if k == 0:
            parts.append("function toggle_%s(id){var el=document.getElementById(id);if(!el)return;"
                         "el.style.display=(el.style.display=='none')?'block':'none';}" % v)
        elif k == 1:
            parts.append("$(document).ready(function(){$('.menu-%s > li').hover(function(){$(this).children('ul').stop(true,true).slideDown(150);},"
                         "function(){$(this).children('ul').stop(true,true).slideUp(100);});$('#slider_%s').owlCarousel({items:%d,loop:true,autoplay:true,"
                         "autoplayTimeout:%d,nav:true,dots:false});});" % (v, v, rng.randint(1, 5), rng.randint(3, 8) * 1000))
        elif k == 2:
            parts.append("var fontSize_%s=%d;function changeFont_%s(d){fontSize_%s+=d;if(fontSize_%s<12)fontSize_%s=12;"
                         "if(fontSize_%s>22)fontSize_%s=22;$('.content-detail, .news-content').css('font-size',fontSize_%s+'px');}"
                         % (v, rng.randint(13, 16), v, v, v, v, v, v, v))
        else:
            parts.append("(function(){var t=new Date();var h=t.getHours();var m=t.getMinutes();var box=document.getElementById('clock_%s');"
                         "if(box){box.innerHTML=(h<10?'0':'')+h+':'+(m<10?'0':'')+m;}setTimeout(arguments.callee,%d);})();" % (v, rng.randint(10, 60) * 1000))
    return "\n".join(parts)


# ----------------------------------------------------------- sidebar pieces
DOC_SUBJECTS = [
    "về việc ban hành Kế hoạch thực hiện nhiệm vụ chuyển đổi số năm 2026",
    "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức",
    "về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung",
    "về việc phê duyệt quy hoạch chi tiết xây dựng tỷ lệ 1/500",
    "về tăng cường công tác phòng, chống thiên tai, tìm kiếm cứu nạn",
    "ban hành Quy chế làm việc",
    "về việc triển khai Tháng hành động vì an toàn thực phẩm",
    "về việc kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở",
    "về bảng giá đất điều chỉnh, bổ sung",
    "về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội",
    "về tổ chức các hoạt động kỷ niệm các ngày lễ lớn",
    "về việc phân bổ kinh phí hỗ trợ sản xuất nông nghiệp",
]


def docs(rng, n, agency, before):
    out = []
    d = before
    for _ in range(n):
        d = d - dt.timedelta(days=rng.randint(1, 9))
        kind = rng.choice(["QĐ", "KH", "CV", "TB", "QĐ"])
        num = rng.randint(120, 4800)
        if kind == "QĐ":
            so = "%d/QĐ-%s" % (num, agency)
            name = "Quyết định số %s" % so
        elif kind == "KH":
            so = "%d/KH-%s" % (num, agency)
            name = "Kế hoạch số %s" % so
        elif kind == "CV":
            so = "%d/%s-VP" % (num, agency)
            name = "Công văn số %s" % so
        else:
            so = "%d/TB-%s" % (num, agency)
            name = "Thông báo số %s" % so
        out.append((name, so, d, rng.choice(DOC_SUBJECTS)))
    return out


VIDEO_TITLES = [
    "Bản tin thời sự tuần thứ 46", "Phóng sự: Đổi thay trên vùng quê anh hùng", "Chuyển đổi số - người dân được hưởng lợi gì?",
    "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia", "Ký sự: Những mùa vàng biên giới",
    "Tọa đàm: Chính quyền hai cấp gần dân, sát dân", "Clip: Toàn cảnh lễ hội năm 2026",
]

POLL_Q = [
    ("Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?", ["Rất đẹp, dễ sử dụng", "Bình thường", "Khó tìm thông tin", "Ý kiến khác"]),
    ("Bạn quan tâm mục gì nhất trong Website của chúng tôi?", ["Tin tức - Sự kiện", "Văn bản chỉ đạo điều hành", "Thủ tục hành chính", "Hỏi đáp"]),
    ("Thông tin trên Cổng có đáp ứng nhu cầu của bạn không?", ["Đáp ứng tốt", "Đáp ứng một phần", "Chưa đáp ứng"]),
]

LINK_SITES = [
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn"),
    ("Quốc hội nước CHXHCN Việt Nam", "https://quochoi.vn"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
    ("Hệ thống thông tin báo cáo Chính phủ", "https://baocao.chinhphu.vn"),
    ("Tạp chí Cộng sản", "https://tapchicongsan.org.vn"),
    ("Mặt trận Tổ quốc Việt Nam", "https://mattran.org.vn"),
]

WEATHER = ["Nhiều mây, có mưa rào rải rác", "Trời nắng, ít mây", "Có mưa nhỏ", "Nhiều mây, trời lạnh", "Âm u, có sương mù buổi sáng"]


def visit_numbers(rng):
    total = rng.randint(1_200_000, 48_000_000)
    return dict(online=rng.randint(18, 420), today=rng.randint(700, 9000), yesterday=rng.randint(900, 11000),
                week=rng.randint(12000, 60000), month=rng.randint(50000, 240000), total=total)


def fmt_int(n, sep="."):
    return "{:,}".format(n).replace(",", sep)


# --------------------------------------------------------- block rendering
def img_tag(src, alt="", width=None, extra=""):
    w = ' width="%d"' % width if width else ""
    return '<img alt="%s" src="%s"%s%s />' % (esc(alt), esc(src), w, extra)


def render(blocks, img, p=None, h=None, ul=None, ol=None, table=None, quote=None):
    """Render body blocks; `img(i, caption)` draws the i-th image."""
    p = p or (lambda t: "<p>%s</p>" % t)
    h = h or (lambda t: "<h3>%s</h3>" % esc(t))
    ul = ul or (lambda items: "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % x for x in items))
    ol = ol or (lambda items: "<ol>\n%s\n</ol>" % "\n".join("<li>%s</li>" % x for x in items))
    table = table or default_table
    quote = quote or (lambda ps: "<blockquote>%s</blockquote>" % "".join("<p>%s</p>" % x for x in ps))
    out = []
    i = 0
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(p(b[1]))
        elif k == "h":
            out.append(h(b[1]))
        elif k == "img":
            out.append(img(i, b[1]))
            i += 1
        elif k == "ul":
            out.append(ul(b[1]))
        elif k == "ol":
            out.append(ol(b[1]))
        elif k == "table":
            out.append(table(b[1], b[2]))
        elif k == "quote":
            out.append(quote(b[1]))
    return "\n".join(out)


def default_table(rows, nh, attrs='border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"'):
    out = ["<table %s>" % attrs, "<tbody>"]
    for r, row in enumerate(rows):
        cells = []
        for c in row:
            if r < nh:
                cells.append('<td style="text-align:center"><strong>%s</strong></td>' % esc(c))
            else:
                cells.append("<td>%s</td>" % esc(c))
        out.append("<tr>%s</tr>" % "".join(cells))
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def nbspify(rng, text, rate=0.08):
    """Old editors leave &nbsp; between words; swap a few spaces that are
    not inside tags."""
    parts = re.split(r"(<[^>]+>)", text)
    for j, seg in enumerate(parts):
        if seg.startswith("<"):
            continue
        chars = list(seg)
        for k, c in enumerate(chars):
            if c == " " and rng.random() < rate:
                chars[k] = "&nbsp;"
        parts[j] = "".join(chars)
    return "".join(parts)


def entity_encode(text):
    """CKEditor/JCE style: Latin-1 letters as named entities, other
    non-ASCII letters as decimal references. Tags are left alone."""
    from html.entities import codepoint2name
    out = []
    for c in text:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 256 and o in codepoint2name:
            out.append("&%s;" % codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


def to_cp1258(s):
    """Encode to windows-1258 the way Vietnamese Windows software does:
    precomposed letters where the code page has them, otherwise base letter
    (with its circumflex/breve/horn) followed by a combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for c in s:
        try:
            c.encode("cp1258")
            out.append(c)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        t = [x for x in d if x in tones]
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tones))
        out.append(base + "".join(t))
    return "".join(out).encode("cp1258")


# ---------------------------------------------------------------- sidecars
def sidecar_article(a):
    return {
        "kind": "article",
        "platform": a["platform"],
        "url": a["url"],
        "charset": a["charset"],
        "title": a["title"],
        "published_at": a["published_at"],
        "author": a["author"],
        "body": gold_body(a),
    }


def write_page(name, data, side):
    with open(os.path.join(HERE, name + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(side, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ------------------------------------------------------------------ menus
MENU_DEPT = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở", "Các phòng chuyên môn", "Đơn vị trực thuộc", "Lịch sử hình thành"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin chuyên ngành", "Tin trong nước", "Chỉ đạo điều hành", "Thông báo"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản", "Văn bản hướng dẫn"]),
    ("Thủ tục hành chính", ["Bộ thủ tục hành chính", "Tra cứu hồ sơ", "Dịch vụ công trực tuyến"]),
    ("Chuyển đổi số", []),
    ("Thanh tra", ["Kết luận thanh tra", "Tiếp công dân"]),
    ("Hỏi đáp", []),
    ("Liên hệ", []),
]
MENU_PROVINCE = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử - Văn hóa", "Điều kiện tự nhiên", "Bản đồ hành chính", "Tổ chức bộ máy"]),
    ("Chính quyền", ["Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Sở, ban, ngành", "Xã, phường", "Đại biểu Quốc hội"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động của lãnh đạo tỉnh", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin các địa phương"]),
    ("Chỉ đạo điều hành", ["Lịch công tác", "Văn bản chỉ đạo", "Thông cáo báo chí"]),
    ("Công dân", ["Dịch vụ công", "Tra cứu hồ sơ", "Phản ánh, kiến nghị"]),
    ("Doanh nghiệp", ["Thông tin đầu tư", "Chính sách ưu đãi", "Dự án kêu gọi đầu tư"]),
    ("Du khách", ["Điểm đến", "Lễ hội", "Ẩm thực"]),
    ("Văn bản", []),
    ("Hỏi đáp", []),
    ("Sơ đồ cổng", []),
]
MENU_PARTY = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng chuyên môn", "Lịch sử truyền thống"]),
    ("Tin tức", ["Hoạt động của Ban", "Công tác tuyên giáo", "Công tác dân vận", "Tin các địa phương", "Tin trong nước"]),
    ("Dân vận khéo", ["Gương điển hình", "Mô hình hay"]),
    ("Học tập và làm theo Bác", []),
    ("Bảo vệ nền tảng tư tưởng của Đảng", []),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban"]),
    ("Tư liệu", ["Tài liệu sinh hoạt chi bộ", "Đề cương tuyên truyền"]),
    ("Liên hệ", []),
]
MENU_COMMUNE = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Đảng ủy", "HĐND", "UBND", "Mặt trận và các đoàn thể"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Xây dựng Đảng", "Kinh tế - Xã hội", "An ninh - Quốc phòng"]),
    ("Chỉ đạo điều hành", ["Lịch công tác", "Văn bản điều hành"]),
    ("Thủ tục hành chính", []),
    ("Công khai ngân sách", []),
    ("Quy hoạch - Kế hoạch", []),
    ("Hỏi đáp", []),
]


def menu_ul(items, base, cls="nav", sub_cls="dropdown-menu", li_cls="", a_extra=""):
    out = ['<ul class="%s">' % cls]
    for label, subs in items:
        href = base + ("/" if label == "Trang chủ" else "/" + slug(label))
        c = (' class="%s"' % li_cls) if li_cls else ""
        if subs:
            out.append('<li%s><a href="%s"%s>%s</a><ul class="%s">' % (c, esc(href), a_extra, esc(label), sub_cls))
            for s in subs:
                out.append('<li><a href="%s/%s">%s</a></li>' % (esc(href), slug(s), esc(s)))
            out.append("</ul></li>")
        else:
            out.append('<li%s><a href="%s"%s>%s</a></li>' % (c, esc(href), a_extra, esc(label)))
    out.append("</ul>")
    return "\n".join(out)


# -------------------------------------------------------- sidebar boxes
def box_docs(rng, agency, before, title="Văn bản mới", n=6, cls="box"):
    li = []
    for name, so, d, subj in docs(rng, n, agency, before):
        li.append('<li><a href="/van-ban/-/vb/%s" title="%s %s">%s</a><span class="date">Ngày ban hành: %s</span><p>%s</p></li>'
                  % (slug(so), esc(name), esc(subj), esc(name), dmy(d), esc(subj[0].upper() + subj[1:])))
    return ('<div class="%s box-docs"><div class="box-title"><h3>%s</h3></div><div class="box-content"><ul class="doc-list">%s</ul>'
            '<a class="view-all" href="/van-ban">Xem tất cả</a></div></div>' % (cls, title, "".join(li)))


def box_videos(rng, cls="box"):
    vids = rng.sample(VIDEO_TITLES, 4)
    first = vids[0]
    li = "".join('<li><a href="/video/-/v/%s"><i class="fa fa-play-circle"></i> %s</a></li>' % (slug(v), esc(v)) for v in vids[1:])
    return ('<div class="%s box-video"><div class="box-title"><h3>Video</h3></div><div class="box-content">'
            '<div class="video-player"><video controls="controls" poster="/images/video/poster-%s.jpg" preload="none" width="100%%">'
            '<source src="/video/%s.mp4" type="video/mp4" />Trình duyệt của bạn không hỗ trợ video.</video>'
            '<p class="video-title">%s</p></div><ul class="video-list">%s</ul></div></div>'
            % (cls, rand_hex(rng, 8), slug(first), esc(first), li))


def box_poll(rng, cls="box"):
    q, opts = rng.choice(POLL_Q)
    pid = rng.randint(10, 99)
    li = "".join('<li><label><input name="poll_%d" type="radio" value="%d" /> %s</label></li>' % (pid, i + 1, esc(o)) for i, o in enumerate(opts))
    return ('<div class="%s box-poll"><div class="box-title"><h3>Thăm dò ý kiến</h3></div><div class="box-content poll">'
            '<p class="question">%s</p><ul>%s</ul><p><button class="btn btn-vote" type="button" onclick="vote(%d)">Biểu quyết</button> '
            '<button class="btn btn-result" type="button" onclick="viewResult(%d)">Xem kết quả</button></p></div></div>'
            % (cls, esc(q), li, pid, pid))


def box_links(rng, cls="box"):
    opts = "".join('<option value="%s">%s</option>' % (esc(u), esc(n)) for n, u in LINK_SITES)
    return ('<div class="%s box-links"><div class="box-title"><h3>Liên kết website</h3></div><div class="box-content link-box">'
            '<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">-- Chọn liên kết --</option>%s</select></div></div>'
            % (cls, opts))


def box_banners(rng, cls="box"):
    items = ["Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết thủ tục hành chính", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
             "Bảo vệ nền tảng tư tưởng của Đảng", "Phản ánh, kiến nghị", "Công khai ngân sách", "Hỏi đáp trực tuyến", "Thư điện tử công vụ"]
    li = "".join('<a href="/lien-ket/%s" target="_blank"><img alt="%s" src="/images/banner/%s.png" /></a>' % (slug(x), esc(x), slug(x)[:24]) for x in rng.sample(items, 6))
    return '<div class="%s box-banner">%s</div>' % (cls, li)


def box_weather(rng, city, cls="box"):
    t = rng.randint(17, 31)
    return ('<div class="%s box-weather"><div class="box-title"><h3>Thời tiết</h3></div><div class="box-content weather">'
            '<select><option>%s</option></select><p class="temp">%d°C - %d°C</p><p>%s</p><p>Độ ẩm: %d%%</p></div></div>'
            % (cls, esc(city), t - rng.randint(4, 7), t, esc(rng.choice(WEATHER)), rng.randint(60, 95)))


def box_counter(rng, style=0, cls="box"):
    v = visit_numbers(rng)
    if style == 0:
        body = ('<ul class="counter"><li>Đang online: <b>%s</b></li><li>Hôm nay: <b>%s</b></li><li>Hôm qua: <b>%s</b></li>'
                '<li>Tuần này: <b>%s</b></li><li>Tháng này: <b>%s</b></li><li>Lượt truy cập: <b>%s</b></li></ul>'
                % tuple(fmt_int(v[k]) for k in ("online", "today", "yesterday", "week", "month", "total")))
    else:
        body = ('<p>Lượt truy cập: %s</p><p>Đang online: %s</p><p>Hôm nay: %s</p>'
                % (fmt_int(v["total"]), fmt_int(v["online"]), fmt_int(v["today"])))
    return '<div class="%s box-counter"><div class="box-title"><h3>Thống kê truy cập</h3></div><div class="box-content">%s</div></div>' % (cls, body)


def box_news(rng, title, items, base, cls="box", date_fmt=None, show_date=True):
    date_fmt = date_fmt or (lambda d: dmy(d))
    li = []
    for t, d in items:
        ds = ' <span class="date">%s</span>' % date_fmt(d) if show_date else ""
        li.append('<li><a href="%s/%s">%s</a>%s</li>' % (base, slug(t), esc(t), ds))
    return '<div class="%s"><div class="box-title"><h3>%s</h3></div><div class="box-content"><ul class="news-list">%s</ul></div></div>' % (cls, title, "".join(li))


def share_tools(url, title, style=0):
    u = esc(url)
    if style == 0:
        return ('<div class="social-share"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" title="Chia sẻ Facebook">'
                '<i class="fa fa-facebook"></i></a><a class="zalo" href="https://sp.zalo.me/share_inline?u=%s" target="_blank" title="Chia sẻ Zalo">Zalo</a>'
                '<a class="tw" href="https://twitter.com/intent/tweet?url=%s" target="_blank"><i class="fa fa-twitter"></i></a>'
                '<a class="print" href="javascript:window.print();" title="In bài viết"><i class="fa fa-print"></i> In bài</a>'
                '<a class="mail" href="mailto:?subject=%s&amp;body=%s" title="Gửi email"><i class="fa fa-envelope"></i> Gửi email</a>'
                '<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="changeFontSize(-1)">A-</a> '
                '<a href="javascript:void(0)" onclick="changeFontSize(1)">A+</a></span></div>' % (u, u, u, esc(title), u))
    return ('<ul class="tools"><li><a href="javascript:printPage()">In trang</a></li><li><a href="mailto:?subject=%s&amp;body=%s">Gửi bạn bè</a></li>'
            '<li><a href="#" onclick="history.back();return false;">Quay lại</a></li><li><a href="#top">Lên đầu trang</a></li></ul>' % (esc(title), u))


def comment_form(cls="comment-box", title="Ý kiến bạn đọc"):
    return ('<div class="%s"><h3>%s</h3><form action="#" method="post" onsubmit="return sendComment(this)">'
            '<p><input name="fullname" placeholder="Họ và tên (*)" type="text" /> <input name="email" placeholder="Email (*)" type="email" /></p>'
            '<p><textarea cols="60" name="content" placeholder="Nội dung ý kiến (*)" rows="5"></textarea></p>'
            '<p><input name="captcha" placeholder="Mã xác nhận" size="6" type="text" /> <img alt="captcha" src="/captcha.ashx?r=1" /> '
            '<button type="submit">Gửi ý kiến</button></p><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng. '
            'Vui lòng gõ tiếng Việt có dấu.</p></form></div>' % (cls, title))


def footer_block(site, extra=""):
    return ('<div class="footer-info"><p class="footer-name"><strong>%s</strong></p>'
            '<p>Cơ quan chủ quản: %s</p><p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: %s</p>'
            '<p>Người chịu trách nhiệm chính: %s</p><p>%s</p>'
            '<p>Ghi rõ nguồn “%s” khi phát hành lại thông tin từ website này.</p>%s</div>'
            % (esc(site["name"]), esc(site["owner"]), esc(site["address"]), esc(site["phone"]), esc(site["email"]),
               esc(site["chief"]), esc(site["license"]), esc(site["source_name"]), extra))


# ======================================================================
# Liferay (VNPT ePortal)
# ======================================================================
def liferay62_head(rng, site, title, url, extra_head=""):
    host = site["host"]
    plid = rng.randint(20100, 99999)
    gid = rng.randint(20100, 99999)
    t = rng.randint(1600000000, 1760000000) * 1000
    theme = site.get("theme", "vnptportal_WAR_vnptportaltheme")
    cur = url.split(host, 1)[1]
    cur_js = cur.replace("/", "\\x2f").replace("-", "\\x2d")
    return ('<!DOCTYPE html>\n\n<html class="aui ltr" dir="ltr" lang="vi-VN">\n\n<head>\n'
            "<title>%s - %s</title>\n\n"
            '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
            '<meta content="%s" lang="vi-VN" name="keywords" />\n'
            '<link href="%s/%s/images/favicon.ico" rel="Shortcut Icon" />\n'
            '<link href="%s" rel="canonical" />\n'
            '<link href="%s/%s/css/aui.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
            '<link href="/html/css/main.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
            '<link href="/html/portlet/asset_publisher/css/main.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript">\n/*<![CDATA[*/\n'
            'var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 0},getRevision:function(){return ""},'
            'getVersion:function(){return ""},isAir:function(){return false},isChrome:function(){return false},isFirefox:function(){return false},'
            'isGecko:function(){return false},isIe:function(){return false},isIphone:function(){return false},isLinux:function(){return false},'
            'isMac:function(){return false},isMobile:function(){return false},isMozilla:function(){return false},isOpera:function(){return false},'
            'isRtf:function(){return false},isSafari:function(){return false},isSun:function(){return false},isWap:function(){return false},'
            'isWapXhtml:function(){return false},isWebKit:function(){return false},isWindows:function(){return false},isWml:function(){return false}},'
            'Data:{NAV_SELECTOR:"#navigation",isCustomizationView:function(){return false},notices:[null]},'
            'ThemeDisplay:{getLayoutId:function(){return "%d"},getLayoutURL:function(){return "%s"},getParentLayoutId:function(){return "0"},'
            'isPrivateLayout:function(){return "false"},isVirtualLayout:function(){return false},getBCP47LanguageId:function(){return "vi-VN"},'
            'getCDNBaseURL:function(){return "%s"},getCDNDynamicResourcesHost:function(){return ""},getCDNHost:function(){return ""},'
            'getCompanyId:function(){return "10154"},getCompanyGroupId:function(){return "10194"},getDefaultLanguageId:function(){return "vi_VN"},'
            'getDoAsUserIdEncoded:function(){return ""},getLanguageId:function(){return "vi_VN"},getParentGroupId:function(){return "%d"},'
            'getPathContext:function(){return ""},getPathImage:function(){return "/image"},getPathJavaScript:function(){return "/html/js"},'
            'getPathMain:function(){return "/c"},getPathThemeImages:function(){return "%s/%s/images"},getPathThemeRoot:function(){return "/%s"},'
            'getPlid:function(){return "%d"},getPortalURL:function(){return "%s"},getPortletSetupShowBordersDefault:function(){return true},'
            'getScopeGroupId:function(){return "%d"},getScopeGroupIdOrLiveGroupId:function(){return "%d"},getSessionId:function(){return ""},'
            'getSiteGroupId:function(){return "%d"},getURLControlPanel:function(){return "/group/control_panel?refererPlid=%d"},'
            'getURLHome:function(){return "%s\\x2fweb\\x2fguest"},getUserId:function(){return "10158"},getUserName:function(){return ""},'
            'isAddSessionIdToURL:function(){return false},isFreeformLayout:function(){return false},isImpersonated:function(){return false},'
            'isSignedIn:function(){return false},isStateExclusive:function(){return false},isStateMaximized:function(){return false},'
            'isStatePopUp:function(){return false}},PropsValues:{NTLM_AUTH_ENABLED:false}};\n'
            'var themeDisplay=Liferay.ThemeDisplay;\n'
            'Liferay.AUI={getAvailableLangPath:function(){return "available_languages.jsp?browserId=other&themeId=%s&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=%d"},'
            'getCombine:function(){return true},getComboPath:function(){return "/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=%d&"},'
            'getFilter:function(){return "min"},getJavaScriptRootPath:function(){return "/html/js"},getLangPath:function(){return "aui_lang.jsp?browserId=other&themeId=%s&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=%d"}};\n'
            "Liferay.authToken='%s';\nLiferay.currentURL='%s';\nLiferay.currentURLEncoded='%s';\n/*]]>*/\n</script>\n"
            '<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=%s&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" type="text/javascript"></script>\n'
            '<script type="text/javascript">/*<![CDATA[*/Liferay.Portlet.list=["101_INSTANCE_%s","73_INSTANCE_%s","56_INSTANCE_%s","3"];/*]]>*/</script>\n'
            '<link class="lfr-css-file" href="%s/%s/css/main.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
            '<style type="text/css">\n%s\n</style>\n%s\n%s\n</head>\n'
            % (esc(title), esc(site["name_title"]), esc(site["keywords"]), host, site["theme_path"], esc(url), host, site["theme_path"], theme, t,
               theme, t, theme, t,
               plid % 97, host + site["layout"], host, gid, host, site["theme_path"], site["theme_path"], plid, host, gid, gid, gid, plid, host.replace("/", "\\x2f"),
               theme, t, t, theme, t,
               rand_alnum(rng, 8), cur_js, cur.replace("/", "%2F"),
               theme, t, site["ap_id"], rand_alnum(rng, 12), rand_alnum(rng, 12),
               host, site["theme_path"], theme, t,
               css(rng, 70), js_ga(rng), extra_head))


def liferay_footer_scripts(rng, portlet_ids):
    lst = ",".join('"%s"' % p for p in portlet_ids)
    return ('<script src="/html/js/liferay/privacy_message.js" type="text/javascript"></script>\n'
            '<script type="text/javascript">\n/*<![CDATA[*/\nLiferay.Util.addInputFocus();\n'
            "Liferay.Portlet.runtimePortletIds=[%s];\n"
            "AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller','liferay-session',function(A){(function(){"
            "Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node);});"
            "if(A.UA.mobile){Liferay.Util.addInputCancel();}})();(function(){new Liferay.Menu();var liferayNotices=Liferay.Data.notices;"
            "for(var i=1;i<liferayNotices.length;i++){new Liferay.Notice(liferayNotices[i]);}})();(function(){Liferay.Session=new Liferay.SessionBase({"
            "autoExtend:true,sessionLength:30,redirectOnExpire:false,redirectUrl:'https\\x3a\\x2f\\x2fportal\\x2fweb\\x2fguest',warningLength:1});})();});\n"
            "%s\n/*]]>*/\n</script>\n" % (lst, js_misc(rng, 5)))


def page_f01(a, rng):
    site = dict(
        host="https://snnmt.tuyenquang.gov.vn", theme_path="vnpt-portal-theme", layout="/tin-tuc-su-kien",
        name_title="Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
        name="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TUYÊN QUANG", keywords="nông nghiệp, môi trường, Tuyên Quang, khuyến nông, thủy lợi",
        ap_id="Xk2Lq8RtYp0B", owner="Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
        address="Số 8, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.431", email="snnmt@tuyenquang.gov.vn",
        chief="Giám đốc Sở Nông nghiệp và Môi trường",
        license="Giấy phép số 06/GP-TTĐT do Sở Khoa học và Công nghệ tỉnh Tuyên Quang cấp ngày 12/8/2025",
        source_name="Cổng thông tin điện tử Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
    )
    d = pub(a)
    imgs = ["/documents/20182/4631178/cap-ma-so-vung-trong-che-1.jpg/7c1e5b2a-4f0d-4b8e-9a61-2d3f6e0b8c11?t=1760406150000",
            "/documents/20182/4631178/che-shan-tuyet-2.jpg/0a9d4e6f-1b2c-4d3e-8f70-5a6b7c8d9e01?t=1760406151000"]

    def img(i, cap):
        return ('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px">\n<tbody>\n'
                '<tr><td><img alt="" src="%s" style="width: 600px; height: 400px;" /></td></tr>\n'
                '<tr><td style="text-align: center;"><em>%s</em></td></tr>\n</tbody>\n</table>' % (imgs[i], esc(cap)))

    body = ('<p style="text-align: justify;"><strong>%s</strong></p>\n' % a["lead"]
            + render(a["blocks"], img, p=lambda t: '<p style="text-align: justify;">%s</p>' % t)
            + '\n<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["byline"][0]))
    rel = rel_items(rng, d, 8, back_days=40, ahead_days=10)
    rel_html = "".join('<li><a href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a> <span class="date-other">(%s)</span></li>'
                       % (site["host"], site["ap_id"], slug(t), esc(t), dmy(x)) for t, x in rel)
    most = rel_items(rng, d, 5, exclude=[t for t, _ in rel], back_days=120, ahead_days=30)
    menu = menu_ul(MENU_DEPT, site["host"], cls="nav nav-main", sub_cls="child-menu")
    views = rng.randint(300, 3000)
    art_id = rng.randint(4400000, 4700000)
    ap = site["ap_id"]
    html_s = liferay62_head(rng, site, a["title"], a["url"]) + f"""
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {today_vn()}</span>
<ul class="top-links"><li><a href="{site['host']}/so-do-cong">Sơ đồ cổng</a></li><li><a href="{site['host']}/lien-he">Liên hệ</a></li><li><a href="https://mail.tuyenquang.gov.vn" target="_blank">Thư điện tử</a></li><li><a href="{site['host']}/c/portal/login">Đăng nhập</a></li></ul></div></div>
<header class="container" id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{site['host']}" title="Đi tới {esc(site['name_title'])}">
<img alt="{esc(site['name_title'])}" height="110" src="/image/layout_set_logo?img_id=20218&amp;t=1760060400000" width="110" /></a>
<span class="site-name"><span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="line2">{site['name']}</span></span></h1></div>
<form action="{site['host']}/tim-kiem" class="search-form" method="get"><input name="_3_keywords" placeholder="Nhập từ khóa tìm kiếm..." type="text" /><button class="btn-search" type="submit"><i class="fa fa-search"></i></button></form>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><div class="navbar-inner"><div class="container">
{menu}
</div></div></nav>
</header>
<div class="marquee-bar"><marquee onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">Chào mừng kỷ niệm 80 năm Ngày Nông nghiệp Việt Nam (14/11/1945 - 14/11/2025) *** Đẩy mạnh chuyển đổi số trong nông nghiệp, nông thôn ***</marquee></div>
<div class="container" id="content">
<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">
<li class="first"><a href="{site['host']}/trang-chu">Trang chủ</a><span class="divider">/</span></li>
<li><a href="{site['host']}/tin-tuc-su-kien">Tin tức - Sự kiện</a><span class="divider">/</span></li>
<li class="current-parent breadcrumb-truncate"><a href="{site['host']}/tin-tuc-su-kien/tin-hoat-dong">Tin hoạt động</a></li>
</ul>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_{ap}_">
<span id="p_101_INSTANCE_{ap}"></span>
<div class="portlet-borderless-container"><div class="portlet-body">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{site['host']}/tin-tuc-su-kien" id="_101_INSTANCE_{ap}_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{esc(a['title'])}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="news-info"><span class="date-news"><i class="fa fa-clock-o"></i> {wd(d)}, {dmy(d)} - {hm(d)}</span><span class="view-news"><i class="fa fa-eye"></i> Lượt xem: {fmt_int(views)}</span></div>
<div class="asset-content" id="_101_INSTANCE_{ap}_{art_id}">
<div class="journal-content-article">
{body}
</div>
<div class="entry-links"></div>
</div>
<div class="asset-ratings">
<div class="taglib-ratings stars" id="_101_INSTANCE_{ap}_{rand_alnum(rng, 4)}ratingStars"><div class="liferay-rating-vote" id="_101_INSTANCE_{ap}_ratingStarContent"><div class="rating-label">Đánh giá bài viết</div><div class="rating-content">
<a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a>
<div class="rating-label">(0 Đánh giá)</div></div></div></div></div>
<div class="taglib-social-bookmarks" id="_101_INSTANCE_{ap}_{rand_alnum(rng, 4)}socialBookmarks"><ul class="unstyled inline">
<li class="taglib-social-bookmark-facebook"><a class="social-bookmark-link" href="http://www.facebook.com/sharer.php?u={esc(a['url'])}" target="_blank">Facebook</a></li>
<li class="taglib-social-bookmark-twitter"><a class="social-bookmark-link" href="https://twitter.com/intent/tweet?url={esc(a['url'])}" target="_blank">Twitter</a></li></ul></div>
<div class="tools-news"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a> <a href="mailto:?subject={esc(a['title'])}&amp;body={esc(a['url'])}"><i class="fa fa-envelope"></i> Gửi email</a> <a href="javascript:history.back()"><i class="fa fa-reply"></i> Trở về</a></div>
</div>
</div></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher other-news" id="p_p_id_101_INSTANCE_{rand_alnum(rng, 12)}_">
<div class="portlet-body"><h2 class="title-other-news">Tin cùng chuyên mục</h2>
<ul class="list-other-news">{rel_html}</ul>
<div class="view-more"><a href="{site['host']}/tin-tuc-su-kien">Xem tiếp »</a></div>
</div></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{box_docs(rng, 'SNNMT', d + dt.timedelta(days=30), n=5)}
{box_news(rng, 'Tin đọc nhiều', most, site['host'] + '/tin-tuc-su-kien/-/asset_publisher/' + ap + '/content')}
{box_videos(rng)}
{box_poll(rng)}
{box_banners(rng)}
{box_links(rng)}
{box_weather(rng, 'Tuyên Quang')}
{box_counter(rng, 0)}
</div></div>
</div></div>
</div>
<footer class="container" id="footer" role="contentinfo">
{menu_ul(MENU_DEPT[:6], site['host'], cls='footer-menu', sub_cls='hidden')}
{footer_block(site, '<p class="copyright">Thiết kế và phát triển bởi VNPT Tuyên Quang</p>')}
</footer>
</div>
{liferay_footer_scripts(rng, ['101_INSTANCE_' + ap, '3', '56_INSTANCE_' + rand_alnum(rng, 12)])}
</body>
</html>
"""
    return html_s.encode("utf-8")


def page_f03(a, rng):
    site = dict(
        host="https://ninhbinh.gov.vn", theme_path="vnpt-xaphuong-theme", layout="/web/phuong-hoa-lu/tin-tuc-su-kien",
        theme="vnptxaphuong_WAR_vnptxaphuongtheme",
        name_title="Phường Hoa Lư - Tỉnh Ninh Bình", name="ỦY BAN NHÂN DÂN PHƯỜNG HOA LƯ",
        keywords="phường Hoa Lư, Ninh Bình, tin tức, thủ tục hành chính", ap_id="Q8kBb2xYnRmT",
        owner="Ủy ban nhân dân phường Hoa Lư, tỉnh Ninh Bình",
        address="Số 2, đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.203", email="hoalu@ninhbinh.gov.vn",
        chief="Chủ tịch Ủy ban nhân dân phường Hoa Lư",
        license="Trang thông tin điện tử được xây dựng trên nền tảng Cổng thông tin điện tử tỉnh Ninh Bình",
        source_name="Trang thông tin điện tử phường Hoa Lư",
    )
    d = pub(a)
    base = site["host"] + "/web/phuong-hoa-lu"

    def img(i, cap):
        return ('<p style="text-align: center;"><img alt="" src="/documents/%d/0/ra-mat-mo-hinh-%d.jpg/%s?t=1775632800000" style="width: 640px; height: 427px;" /></p>\n'
                '<p style="text-align: center;"><em>%s</em></p>' % (rng.randint(3000000, 3999999), i + 1, guid(rng), esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; %s</p>' % t)
    body += '\n<p style="text-align: right;"><strong>%s</strong></p>\n<p>&nbsp;</p>' % esc(a["byline"][0])
    rel = rel_items(rng, d, 10, back_days=50, ahead_days=25)
    rel_html = "".join('<div class="item-other"><a href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s"><i class="fa fa-caret-right"></i> %s</a>'
                       '<span class="date"> - %s</span></div>' % (base, site["ap_id"], slug(t), esc(t), dmy(x)) for t, x in rel)
    menu = menu_ul(MENU_COMMUNE, base, cls="menu-top", sub_cls="menu-sub")
    ap = site["ap_id"]
    html_s = liferay62_head(rng, site, a["title"], a["url"]) + f"""
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<div id="wrapper" class="wrapper-xaphuong">
<div class="header-xp"><div class="banner-xp" style="background-image:url('/documents/20182/0/banner-hoa-lu.png')">
<div class="logo-xp"><img alt="Quốc huy" src="/vnpt-xaphuong-theme/images/quochuy.png" /></div>
<div class="title-xp"><p class="t1">TRANG THÔNG TIN ĐIỆN TỬ</p><p class="t2">PHƯỜNG HOA LƯ</p><p class="t3">TỈNH NINH BÌNH</p></div>
<div class="date-xp" id="ngayhientai">{today_vn(lower=True)}</div></div>
<nav id="navigation" class="nav-xp">{menu}</nav></div>
<div class="main-xp container">
<div class="row-fluid">
<div class="span9" id="column-1">
<div class="breadcrumb-xp"><a href="{base}">Trang chủ</a> » <a href="{base}/tin-tuc-su-kien">Tin tức - Sự kiện</a> » <span>Tin hoạt động</span></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{ap}_">
<span id="p_101_INSTANCE_{ap}"></span>
<div class="portlet-body">
<div class="asset-full-content default-asset-publisher">
<h1 class="title-detail">{esc(a['title'])}</h1>
<div class="meta-detail"><span class="date-detail">{wd(d, lower=True)}, {dmy(d)}</span> <span class="sep">|</span> <span class="font-size">Cỡ chữ: <a href="javascript:changeFont(-1)">A-</a> <a href="javascript:changeFont(1)">A+</a></span></div>
<div class="asset-content" id="_101_INSTANCE_{ap}_{rng.randint(5000000, 5999999)}">
<div class="journal-content-article">
{body}
</div></div>
{share_tools(a['url'], a['title'], 0)}
</div></div></div>
<div class="other-news-xp"><div class="title-block"><span>Các tin khác</span></div>
{rel_html}
<div class="lfr-pagination"><ul class="pager lfr-pagination-buttons"><li class="first disabled"><a href="javascript:;">Đầu</a></li><li class="disabled"><a href="javascript:;">Trước</a></li><li><a href="{base}/tin-tuc-su-kien?_101_INSTANCE_{ap}_cur=2">Tiếp theo</a></li><li class="last"><a href="{base}/tin-tuc-su-kien?_101_INSTANCE_{ap}_cur=14">Cuối</a></li></ul>
<small class="search-results">Hiển thị 1 - 10 trong 137 kết quả.</small></div>
</div>
</div>
<div class="span3" id="column-2">
{box_banners(rng)}
{box_docs(rng, 'UBND', d + dt.timedelta(days=20), title='Văn bản điều hành', n=4)}
{box_videos(rng)}
{box_links(rng)}
{box_counter(rng, 1)}
</div></div></div>
<div class="footer-xp">{footer_block(site)}</div>
</div>
{liferay_footer_scripts(rng, ['101_INSTANCE_' + ap, '3'])}
</body>
</html>
"""
    return html_s.encode("utf-8")


def liferay7_head(rng, site, title, url, metas=""):
    host = site["host"]
    t = rng.randint(1680000000, 1770000000) * 1000
    theme = site["theme"]
    plid = rng.randint(100, 9999)
    gid = rng.randint(30000, 99999)
    combo = "&amp;".join("/o/%s" % m for m in [
        "frontend-js-jquery-web/jquery/jquery.min.js", "frontend-js-jquery-web/jquery/init.js", "frontend-js-jquery-web/jquery/ajax.js",
        "frontend-js-jquery-web/jquery/bootstrap.bundle.min.js", "frontend-js-jquery-web/jquery/collapsible_search.js",
        "frontend-js-jquery-web/jquery/fm.js", "frontend-js-jquery-web/jquery/form.js", "frontend-js-jquery-web/jquery/popper.min.js",
        "frontend-js-jquery-web/jquery/side_navigation.js", "frontend-js-aui-web/aui/aui/aui.js", "frontend-js-aui-web/liferay/modules.js",
        "frontend-js-aui-web/liferay/aui_sandbox.js", "frontend-js-aui-web/aui/attribute-base/attribute-base.js",
        "frontend-js-aui-web/liferay/dependency.js", "frontend-js-aui-web/liferay/dom_task_runner.js", "frontend-js-aui-web/liferay/events.js",
        "frontend-js-aui-web/liferay/lazy_load.js", "frontend-js-aui-web/liferay/liferay.js", "frontend-js-aui-web/liferay/util.js",
        "frontend-js-web/liferay/global.bundle.js", "frontend-js-web/liferay/portlet.js", "frontend-js-web/liferay/workflow.js"])
    return ('<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>%s - %s</title>\n'
            '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n%s\n'
            '<script data-senna-track="permanent" src="/o/frontend-js-svg4everybody-web/index.js" type="text/javascript"></script>\n'
            '<link data-senna-track="temporary" href="%s" rel="canonical" />\n'
            '<link data-senna-track="temporary" href="%s" hreflang="vi-VN" rel="alternate" />\n'
            '<link data-senna-track="temporary" href="%s" hreflang="x-default" rel="alternate" />\n'
            '<link class="lfr-css-file" data-senna-track="temporary" href="%s/o/%s/css/clay.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=%d" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n'
            '<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=%d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />\n'
            '<link data-senna-track="temporary" href="/combo?browserId=other&amp;minifierType=&amp;themeId=%s&amp;languageId=vi_VN&amp;b=7310&amp;com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_%s:%%2Fcss%%2Fmain.css&amp;com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s:%%2Fcss%%2Fmain.css&amp;com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet:%%2Fcss%%2Fmain.css&amp;t=%d" id="%s" rel="stylesheet" type="text/css" />\n'
            '<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\n'
            'Liferay.Browser = {acceptsGzip: function() {return true;},getMajorVersion: function() {return 131.0;},getRevision: function() {return "537.36";},'
            'getVersion: function() {return "131.0";},isAir: function() {return false;},isChrome: function() {return true;},isEdge: function() {return false;},'
            'isFirefox: function() {return false;},isGecko: function() {return true;},isIe: function() {return false;},isIphone: function() {return false;},'
            'isLinux: function() {return true;},isMac: function() {return false;},isMobile: function() {return false;},isMozilla: function() {return false;},'
            'isOpera: function() {return false;},isRtf: function() {return true;},isSafari: function() {return true;},isSun: function() {return false;},'
            'isWebKit: function() {return true;},isWindows: function() {return false;}};\n'
            "Liferay.Data = Liferay.Data || {};\nLiferay.Data.ICONS_INLINE_SVG = true;\nLiferay.Data.NAV_SELECTOR = '#navigation';\n"
            "Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';\nLiferay.Data.isCustomizationView = function() {return false;};\n"
            "Liferay.Data.notices = [];\n"
            'Liferay.PortletKeys = {DOCUMENT_LIBRARY: "com_liferay_document_library_web_portlet_DLPortlet",DYNAMIC_DATA_MAPPING: "com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet",ITEM_SELECTOR: "com_liferay_item_selector_web_portlet_ItemSelectorPortlet"};\n'
            'Liferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,NTLM_AUTH_ENABLED: false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};\n'
            'Liferay.ThemeDisplay = {getLayoutId: function() {return "%d";},getLayoutRelativeControlPanelURL: function() {return "/group/guest/~/control_panel/manage";},'
            'getLayoutRelativeURL: function() {return "%s";},getLayoutURL: function() {return "%s%s";},getParentLayoutId: function() {return "0";},'
            'isControlPanel: function() {return false;},isPrivateLayout: function() {return "false";},isVirtualLayout: function() {return false;},'
            'getBCP47LanguageId: function() {return "vi-VN";},getCanonicalURL: function() {return "%s";},getCDNBaseURL: function() {return "%s";},'
            'getCDNDynamicResourcesHost: function() {return "";},getCDNHost: function() {return "";},getCompanyGroupId: function() {return "20123";},'
            'getCompanyId: function() {return "20097";},getDefaultLanguageId: function() {return "vi_VN";},getDoAsUserIdEncoded: function() {return "";},'
            'getLanguageId: function() {return "vi_VN";},getParentGroupId: function() {return "%d";},getPathContext: function() {return "";},'
            'getPathImage: function() {return "/image";},getPathJavaScript: function() {return "/o/frontend-js-web";},getPathMain: function() {return "/c";},'
            'getPathThemeImages: function() {return "%s/o/%s/images";},getPathThemeRoot: function() {return "/o/%s";},getPlid: function() {return "%d";},'
            'getPortalURL: function() {return "%s";},getRealUserId: function() {return "20101";},getScopeGroupId: function() {return "%d";},'
            'getScopeGroupIdOrLiveGroupId: function() {return "%d";},getSessionId: function() {return "";},getSiteAdminURL: function() {return "%s/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=%d";},'
            'getSiteGroupId: function() {return "%d";},getURLControlPanel: function() {return "/group/control_panel?refererPlid=%d";},'
            'getURLHome: function() {return "%s\\x2fweb\\x2fguest";},getUserEmailAddress: function() {return "";},getUserId: function() {return "20101";},'
            'getUserName: function() {return "";},isAddSessionIdToURL: function() {return false;},isImpersonated: function() {return false;},'
            'isSignedIn: function() {return false;},isStagedPortlet: function() {return true;},isStateExclusive: function() {return false;},'
            'isStateMaximized: function() {return false;},isStatePopUp: function() {return false;}};\n'
            "var themeDisplay = Liferay.ThemeDisplay;\nLiferay.AUI = {getAvailableLangPath: function() {return 'available_languages.jsp?browserId=other&themeId=%s&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=7310&t=%d';},"
            "getCombine: function() {return true;},getComboPath: function() {return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7310&t=%d&';},"
            "getDateFormat: function() {return '%%d/%%m/%%Y';},getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web';},"
            "getFilter: function() {var filter = 'raw';filter = 'min';return filter;},getFilterConfig: function() {var instance = this;var filterConfig = null;"
            "if (!instance.getCombine()) {filterConfig = {replaceStr: '.js' + instance.getStaticResourceURLParams(),searchExp: '\\\\.js$'};}return filterConfig;},"
            "getJavaScriptRootPath: function() {return '/o/frontend-js-web';},getPortletRootPath: function() {return '/html/portlet';},"
            "getStaticResourceURLParams: function() {return '?browserId=other&minifierType=&languageId=vi_VN&b=7310&t=%d';}};\n"
            "Liferay.authToken = '%s';\nLiferay.currentURL = '%s';\nLiferay.currentURLEncoded = '%s';\n// ]]>\n</script>\n"
            '<script data-senna-track="temporary" type="text/javascript">window.__CONFIG__= {basePath: \'\',combine: true,defaultURLParams: null,explainResolutions: false,exposeGlobal: false,logLevel: \'warn\',moduleType: \'module\',namespace:\'Liferay\',reportMismatchedAnonymousModules: \'warn\',resolvePath: \'/o/js_resolve_modules\',url: \'/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7310&t=%d&\',waitTimeout: 60000};</script>\n'
            '<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7310&amp;t=%d&amp;%s" type="text/javascript"></script>\n'
            '<link class="lfr-css-file" data-senna-track="temporary" href="%s/o/%s/css/main.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=%d" id="liferayThemeCSS" rel="stylesheet" type="text/css" />\n'
            '<style data-senna-track="temporary" type="text/css">\n%s\n</style>\n%s\n</head>\n'
            % (esc(title), esc(site["name_title"]), metas, esc(url), esc(url), esc(url),
               host, site["theme_path"], theme, t, theme, t, theme, site["ap_id"], rand_alnum(rng, 12), t, rand_hex(rng, 8),
               plid % 53, site["layout"], host, site["layout"], esc(url), host, gid, host, site["theme_path"], site["theme_path"], plid, host,
               gid, gid, host, gid, gid, plid, host.replace("/", "\\x2f"),
               theme, t, t, t, rand_alnum(rng, 8), url.split(host, 1)[1].replace("/", "\\x2f").replace("-", "\\x2d"), url.split(host, 1)[1].replace("/", "%2F"),
               t, t, combo, host, site["theme_path"], theme, t, css(rng, 60), js_ga(rng)))


def liferay7_shell(rng, site, a, main_html, side_html, menu_items, header_extra=""):
    host = site["host"]
    return f"""<body class="controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="{rand_alnum(rng, 4)}_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1><ul><li><a href="#main-content">Bỏ qua nội dung</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="header-vnpt" id="banner">
<div class="header-top"><div class="container"><div class="row"><div class="col-md-6"><span class="current-date"><i class="icon-calendar"></i> {today_vn()}</span></div>
<div class="col-md-6 text-right"><a href="{host}/so-do-cong">Sơ đồ cổng</a> | <a href="{host}/rss">RSS</a> | <a href="{host}/c/portal/login?p_l_id=1">Đăng nhập</a> | <a href="{host}/en">English</a></div></div></div></div>
<div class="header-banner"><div class="container"><a class="logo" href="{host}"><img alt="Logo" height="96" src="/o/{site['theme_path']}/images/logo.png" width="96" /></a>
<div class="site-title"><span class="t1">{site['line1']}</span><span class="t2">{site['line2']}</span></div>{header_extra}</div></div>
<nav class="navbar navbar-expand-md navbar-dark" id="navigation"><div class="container"><button aria-controls="navigationCollapse" aria-expanded="false" class="navbar-toggler" data-target="#navigationCollapse" data-toggle="liferay-collapse" type="button"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navigationCollapse">{menu_ul(menu_items, host, cls='navbar-nav mr-auto', sub_cls='dropdown-menu', li_cls='nav-item dropdown')}
<form action="{host}/tim-kiem" class="form-inline search-bar" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..." type="text" /><button class="btn" type="submit"><svg class="lexicon-icon lexicon-icon-search" focusable="false" role="presentation"><use xlink:href="/o/{site['theme_path']}/images/clay/icons.svg#search"></use></svg></button></form></div></div></nav>
</header>
<section class="flex-fill" id="content">
<div class="container"><div class="columns-2-8-4" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main_html}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side_html}
</div></div>
</div></div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container">{footer_block(site, '<p class="design">Phát triển bởi VNPT</p>')}</div></footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
Liferay.Loader.require('frontend-js-web/liferay/global.bundle.js', function(frontendJsWebLiferayGlobalBundleJs) {{try {{(function() {{Liferay.Util.openToast = frontendJsWebLiferayGlobalBundleJs.openToast;}})();}} catch (err) {{console.error(err);}}}});
AUI().use('liferay-menu', 'liferay-notice', 'aui-base', 'liferay-session', 'liferay-poller', function(A) {{(function() {{var $ = AUI.$;var _ = AUI._;
if (A.UA.mobile) {{Liferay.Util.addInputCancel();}}}})();(function() {{var $ = AUI.$;var _ = AUI._;new Liferay.Menu();var liferayNotices = Liferay.Data.notices;
for (var i = 0; i < liferayNotices.length; i++) {{new Liferay.Notice(liferayNotices[i]);}}}})();}});
{js_misc(rng, 4)}
// ]]>
</script>
</body>
</html>
"""


def page_f02(a, rng):
    site = dict(
        host="https://btgdv.laocai.dcs.vn", theme_path="vnpt-dang-theme", theme="vnptdang_WAR_vnptdangtheme", layout="/tin-tuc",
        name_title="Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai", ap_id=rand_alnum(rng, 12),
        line1="ĐẢNG BỘ TỈNH LÀO CAI", line2="BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY",
        name="BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI", owner="Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai",
        address="Tầng 4, Khối 6, Trung tâm hành chính tỉnh, phường Yên Bái, tỉnh Lào Cai", phone="0216.3852.118", email="btgdv@laocai.dcs.vn",
        chief="Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
        license="Giấy phép số 21/GP-TTĐT ngày 03/9/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai",
        source_name="Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai",
    )
    d = pub(a)
    mod = d + dt.timedelta(days=1, hours=2, minutes=17, seconds=38)
    metas = ('<meta property="og:title" content="%s" />\n<meta property="og:type" content="article" />\n'
             '<meta property="og:url" content="%s" />\n<meta property="og:image" content="%s/documents/d/btgdv/tong-ket-dan-van-kheo-1" />\n'
             '<meta property="og:description" content="%s" />\n<meta property="article:published_time" content="%s" />\n'
             '<meta property="article:modified_time" content="%s+07:00" />\n<meta property="article:section" content="Công tác dân vận" />'
             % (esc(a["title"]), esc(a["url"]), site["host"], esc(a["lead"]), a["published_at"], mod.isoformat()))
    host = site["host"]

    def img(i, cap):
        return ('<div class="image-center"><figure class="image"><img alt="%s" src="%s/documents/%d/0/tong-ket-dan-van-kheo-%d.jpg/%s?t=1763430000000" />'
                '<figcaption>%s</figcaption></figure></div>' % (esc(cap), host, rng.randint(100000, 999999), i + 2, guid(rng), esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align:justify">%s</p>' % t)
    ap = site["ap_id"]
    rel = rel_items(rng, d, 6, back_days=30, ahead_days=4)
    rel_html = "".join('<div class="col-md-6 other-item"><a href="%s/-/%s"><img alt="" src="%s/documents/d/btgdv/thumb-%s" /></a><h4><a href="%s/-/%s">%s</a></h4>'
                       '<span class="time">%s</span></div>' % (host, slug(t), host, rand_hex(rng, 6), host, slug(t), esc(t), dmy(x)) for t, x in rel)
    tags = ["Dân vận khéo", "công tác dân vận", "Lào Cai", "thi đua"]
    main = f"""<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-barebone portlet-asset-publisher " id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{ap}_">
<span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{ap}"></span>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{ap}">
<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="{host}"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="{host}/tin-tuc"><span class="breadcrumb-text-truncate">Tin tức</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="{host}/tin-tuc/cong-tac-dan-van"><span class="breadcrumb-text-truncate">Công tác dân vận</span></a></li></ol>
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title ">
<div class="vnpt-news-detail">
<h1 class="news-title">{esc(a['title'])}</h1>
<div class="news-meta"><span class="news-author">Tác giả: {esc(a['byline'][0])}</span> <span class="news-date"><i class="icon-time"></i> {dmy(d)}</span> <span class="news-view"><i class="icon-eye-open"></i> {rng.randint(150, 900)}</span>
<span class="news-tools"><a href="javascript:void(0)" onclick="printNews()" title="In"><i class="icon-print"></i></a> <a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a></span></div>
<h2 class="news-sapo">{esc(a['lead'])}</h2>
<div class="asset-content mb-3">
<div class="journal-content-article " data-analytics-asset-id="{rng.randint(4000000, 4999999)}" data-analytics-asset-title="{esc(a['title'])}" data-analytics-asset-type="web-content">
{body}
</div></div>
<div class="news-tags"><span>Từ khóa:</span> {' '.join('<a href="%s/tim-kiem?tag=%s">%s</a>' % (host, slug(x), esc(x)) for x in tags)}</div>
{share_tools(a['url'], a['title'], 0)}
</div></div>
<div class="other-news row"><h3 class="col-12 title-other">Tin liên quan</h3>{rel_html}</div>
</div></div></div></section></div>"""
    most = rel_items(rng, d, 5, exclude=[t for t, _ in rel], back_days=60, ahead_days=4)
    side = "\n".join([
        box_news(rng, "Tin mới nhất", rel_items(rng, TODAY - dt.timedelta(days=2), 6, back_days=12, ahead_days=1), host + "/-", date_fmt=lambda x: "%s %s" % (hm(x), dmy(x))),
        box_news(rng, "Đọc nhiều", most, host + "/-", show_date=False),
        box_docs(rng, "BTGDVTU", TODAY - dt.timedelta(days=3), title="Văn bản của Ban", n=5),
        box_videos(rng), box_banners(rng), box_poll(rng), box_counter(rng, 0)])
    out = liferay7_head(rng, site, a["title"], a["url"], metas) + liferay7_shell(rng, site, a, main, side, MENU_PARTY)
    return out.encode("utf-8")


def page_f14(a, rng):
    site = dict(
        host="https://sgddt.gialai.gov.vn", theme_path="vnpt-portal-2023-theme", theme="vnptportal2023_WAR_vnptportal2023theme", layout="/tin-tuc-su-kien",
        name_title="Sở Giáo dục và Đào tạo tỉnh Gia Lai", ap_id=rand_alnum(rng, 12),
        line1="CỔNG THÔNG TIN ĐIỆN TỬ", line2="SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI",
        name="SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI", owner="Sở Giáo dục và Đào tạo tỉnh Gia Lai",
        address="Số 02 Trần Phú, phường Quy Nhơn, tỉnh Gia Lai", phone="0256.3822.514", email="sgddt@gialai.gov.vn",
        chief="Giám đốc Sở Giáo dục và Đào tạo",
        license="Giấy phép số 09/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai cấp ngày 25/8/2025",
        source_name="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Gia Lai",
    )
    d = pub(a)
    host = site["host"]
    ampm = "SA" if d.hour < 12 else "CH"
    h12 = d.hour % 12 or 12
    shown = "%s %02d:%02d %s" % (dmy(d), h12, d.minute, ampm)

    def img(i, cap):
        return ('<p style="text-align:center"><img alt="" height="427" src="%s/documents/20126/1648211/mam-non-hoa-sen.jpg/%s?t=1787300000000" width="640" /></p>\n'
                '<p style="text-align:center"><span style="font-size:12px"><em>%s</em></span></p>' % (host, guid(rng), esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align:justify"><span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif">%s</span></span></p>' % t)
    body += '\n<p style="text-align:right"><em>%s</em></p>' % esc(a["source"])
    ap = site["ap_id"]
    rel = rel_items(rng, d, 7, back_days=45, ahead_days=20)
    rel_html = "".join('<li><a href="%s/-/%s">%s</a> <span class="small text-muted">(%s)</span></li>' % (host, slug(t), esc(t), dmy(x)) for t, x in rel)
    menu = MENU_DEPT[:1] + [("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Phòng chuyên môn"]),
                            ("Tin tức - Sự kiện", ["Tin ngành", "Hoạt động các trường", "Thông báo", "Tuyển sinh"]),
                            ("Văn bản", ["Văn bản của Bộ", "Văn bản của UBND tỉnh", "Văn bản của Sở"]),
                            ("Thủ tục hành chính", []), ("Thi - Tuyển sinh", ["Tuyển sinh lớp 10", "Thi tốt nghiệp THPT"]),
                            ("Cơ sở dữ liệu ngành", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    main = f"""<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-decorate portlet-asset-publisher " id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{ap}_">
<span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{ap}"></span>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{ap}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin tức - Sự kiện</h2></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title ">
<div class="d-flex header-back-to"><a href="{host}/tin-tuc-su-kien" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" focusable="false" role="presentation"><use xlink:href="/o/{site['theme_path']}/images/clay/icons.svg#angle-left"></use></svg></a></div>
<h3 class="component-title h4"><span class="asset-title d-inline">{esc(a['title'])}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng: {shown}</span> <span class="metadata-entry metadata-view-count">{rng.randint(200, 2500)} lượt xem</span></div>
<div class="asset-summary mb-3"><strong>{esc(a['lead'])}</strong></div>
<div class="asset-content mb-3">
<div class="journal-content-article " data-analytics-asset-id="{rng.randint(1600000, 1700000)}" data-analytics-asset-title="{esc(a['title'])}" data-analytics-asset-type="web-content">
{body}
</div></div>
<div class="asset-links mb-3"><div class="autofit-row"><div class="autofit-col"><h5>Tệp đính kèm</h5></div></div><ul class="list-unstyled"><li><a href="{host}/documents/20126/1648211/1865-SGDDT-GDMNTH.pdf"><i class="icon-paper-clip"></i> 1865-SGDDT-GDMNTH.pdf (412 KB)</a></li></ul></div>
<div class="autofit-float autofit-row autofit-row-center mb-4"><div class="autofit-col"><div class="taglib-social-bookmarks"><ul class="list-inline"><li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://www.facebook.com/sharer/sharer.php?u={esc(a['url'])}" target="_blank" title="Facebook">Facebook</a></li><li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={esc(a['url'])}" target="_blank" title="X">X</a></li><li class="list-inline-item"><a href="javascript:window.print()">In trang</a></li></ul></div></div></div>
</div>
<div class="other-news"><h4 class="title">Tin cùng chuyên mục</h4><ul>{rel_html}</ul></div>
</div></div></div></section></div>"""
    side = "\n".join([
        box_banners(rng),
        box_docs(rng, "SGDĐT", TODAY - dt.timedelta(days=2), title="Văn bản mới", n=6),
        box_news(rng, "Thông báo", rel_items(rng, TODAY - dt.timedelta(days=5), 5, back_days=30, ahead_days=2), host + "/-"),
        box_videos(rng), box_links(rng), box_weather(rng, "Gia Lai"), box_counter(rng, 0)])
    out = liferay7_head(rng, site, a["title"], a["url"]) + liferay7_shell(rng, site, a, main, side, menu)
    return out.encode("utf-8")


# ======================================================================
# SharePoint (Tân Dân portal, /Trang/ web part pages)
# ======================================================================
def sp_hidden_and_scripts(rng, action, vs_bytes, web_title, server_path, host):
    corr = guid(rng)
    digest = "0x" + rand_hex(rng, 128).upper()
    return f"""<form method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="{digest},22 Nov 2026 02:37:12 -0000" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="_wpSelected" id="_wpSelected" value="" />
<input type="hidden" name="_wzSelected" id="_wzSelected" value="" />
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, vs_bytes)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d={rand_alnum(rng, 86)}&amp;t=637811730776230915" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '{corr}';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fportal", webAbsoluteUrl: "{u2f(host)}\\u002fportal", siteAbsoluteUrl: "{u2f(host)}", serverRequestPath: "{u2f(server_path)}", layoutsUrl: "_layouts\\u002f15", webTitle: "{web_title}", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, Has2019Era: true, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-22T02:37:12.{rng.randint(1000000, 9999999)}Z") - new Date(), siteClientTag: "2$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:196673}},pageListId:"{{{guid(rng)}}}",pageItemId:{rng.randint(1000, 30000)}, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};var L_Menu_BaseUrl="\\u002fportal";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="null";
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};Flighting.ExpFeatures = [480215056,1880287568,1561350208,302071836,3212816,69472768,4194310,-2113396707,268502022,-872284160,1049232,-2147421952,65536,65536,2097472,917504,-2147474174,1372160,589824,262144];
var _spWebPartComponents = new Object();//]]>
</script>
<script src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={rand_alnum(rng, 120)}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(DeferWebFormInitCallback) == 'function') DeferWebFormInitCallback();function WebForm_OnSubmit() {{
UpdateFormDigest('\\u002fportal', 1440000);if (typeof(_spFormOnSubmitWrapper) != 'undefined') {{return _spFormOnSubmitWrapper();}} else {{return true;}};
return true;
}}
//]]>
</script>
"""


def sp_head(rng, title, extra=""):
    rev = lambda: rand_alnum(rng, 22) + "%3D%3D"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=Edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	{esc(title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev={rev()}"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan.portal.css?v=2025.3"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan.responsive.css?v=2025.3"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev={rev()}"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={rand_alnum(rng, 110)}&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev={rev()}"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={rand_alnum(rng, 110)}&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev={rev()}");</script>
<script type="text/javascript">RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev={rev()}");RegisterSodDep("strings.js", "initstrings.js");</script>
<script type="text/javascript">RegisterSod("sp.init.js", "\\u002f_layouts\\u002f15\\u002fsp.init.js?rev={rev()}");</script>
<script type="text/javascript">RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi\\u00252Dvn\\u0026name=SP\\u00252ERes\\u0026rev={rand_alnum(rng, 22)}\\u00253D\\u00253D");</script>
<script type="text/javascript">RegisterSod("sp.ui.dialog.js", "\\u002f_layouts\\u002f15\\u002fsp.ui.dialog.js?rev={rev()}");RegisterSodDep("sp.ui.dialog.js", "sp.init.js");RegisterSodDep("sp.ui.dialog.js", "sp.res.resx");</script>
<script type="text/javascript">RegisterSod("core.js", "\\u002f_layouts\\u002f15\\u002fcore.js?rev={rev()}");RegisterSodDep("core.js", "strings.js");</script>
<script type="text/javascript">RegisterSod("menu.js", "\\u002f_layouts\\u002f15\\u002fmenu.js?rev={rev()}");</script>
<script type="text/javascript">RegisterSod("mQuery.js", "\\u002f_layouts\\u002f15\\u002fmquery.js?rev={rev()}");</script>
<script type="text/javascript">RegisterSod("callout.js", "\\u002f_layouts\\u002f15\\u002fcallout.js?rev={rev()}");RegisterSodDep("callout.js", "strings.js");RegisterSodDep("callout.js", "mQuery.js");RegisterSodDep("callout.js", "core.js");</script>
<script type="text/javascript">RegisterSod("sp.core.js", "\\u002f_layouts\\u002f15\\u002fsp.core.js?rev={rev()}");RegisterSodDep("sp.core.js", "strings.js");RegisterSodDep("sp.core.js", "sp.init.js");RegisterSodDep("sp.core.js", "core.js");</script>
<script type="text/javascript">RegisterSod("sp.runtime.js", "\\u002f_layouts\\u002f15\\u002fsp.runtime.js?rev={rev()}");RegisterSodDep("sp.runtime.js", "sp.res.resx");</script>
<script type="text/javascript">RegisterSod("sp.js", "\\u002f_layouts\\u002f15\\u002fsp.js?rev={rev()}");RegisterSodDep("sp.js", "sp.runtime.js");RegisterSodDep("sp.js", "sp.ui.dialog.js");RegisterSodDep("sp.js", "sp.res.resx");</script>
<link type="text/xml" rel="alternate" href="/portal/_vti_bin/spsdisco.aspx" />
<script type="text/javascript" src="/Style%20Library/TanDan/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/Style%20Library/TanDan/js/owl.carousel.min.js"></script>
<script type="text/javascript" src="/Style%20Library/TanDan/js/tandan.portal.js?v=2025.3"></script>
<style type="text/css">
{css(rng, 90)}
</style>
{extra}
</head>
"""


TANDAN_MENU = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan", "Lịch sử", "Tổ chức bộ máy", "Bản đồ hành chính", "Đơn vị hành chính cấp xã"]),
    ("Tin tức - Sự kiện", ["Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin từ các địa phương", "Tin trong nước"]),
    ("Chính quyền", ["Tỉnh ủy", "Hội đồng nhân dân", "Ủy ban nhân dân", "Sở, ban, ngành", "Xã, phường"]),
    ("Chỉ đạo điều hành", ["Văn bản chỉ đạo", "Lịch công tác", "Thông cáo báo chí", "Phát ngôn"]),
    ("Công dân", ["Dịch vụ công trực tuyến", "Phản ánh kiến nghị", "Hỏi đáp"]),
    ("Doanh nghiệp", ["Môi trường đầu tư", "Danh mục dự án"]),
    ("Du lịch", []),
    ("Thông tin tuyên truyền", ["Đại hội Đảng", "Chuyển đổi số", "Cải cách hành chính"]),
    ("Liên hệ", []),
]


def tandan_chrome(rng, site, detail_html, right_html, today_style=0):
    host = site["host"]
    menu = menu_ul(TANDAN_MENU, host + "/portal", cls="tandan-menu-ul", sub_cls="tandan-submenu", li_cls="tandan-menu-item")
    if today_style == 0:
        today = '<span class="tandan-today">%s</span>' % today_vn()
    else:
        today = '<span class="tandan-today">Hôm nay: %s</span>' % dmy(TODAY)
    ticker = "".join('<li><a href="%s/portal/Pages/%s/%s.aspx">%s</a></li>' % (host, x.strftime("%Y-%m-%d"), Slug(t), esc(t))
                     for t, x in rel_items(rng, TODAY - dt.timedelta(days=3), 5, back_days=10, ahead_days=2))
    return f"""<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div class="tandan-wrapper">
<div class="tandan-topbar"><div class="tandan-container">{today}<ul class="tandan-toplinks"><li><a href="{host}/portal/Pages/So-do-cong.aspx">Sơ đồ cổng</a></li><li><a href="{host}/portal/Pages/Lien-he.aspx">Liên hệ</a></li><li><a href="https://mail.{host.split('//')[1]}" target="_blank">Thư công vụ</a></li><li><a href="{host}/en">English</a></li><li><a href="{host}/_layouts/15/Authenticate.aspx?Source=%2Fportal">Đăng nhập</a></li></ul></div></div>
<div class="tandan-header"><div class="tandan-container"><a class="tandan-logo" href="{host}/portal"><img src="/Style%20Library/TanDan/images/quochuy.png" alt="Quốc huy" /></a>
<div class="tandan-sitename"><span class="line1">{site['line1']}</span><span class="line2">{site['line2']}</span></div>
<div class="tandan-search"><input type="text" id="txtSearchKeyword" placeholder="Tìm kiếm..." onkeypress="if(event.keyCode==13){{TD_Search();return false;}}" /><a href="javascript:TD_Search();" class="btnSearch"><i class="fa fa-search"></i></a></div></div></div>
<div class="tandan-menu"><div class="tandan-container">{menu}</div></div>
<div class="tandan-ticker"><div class="tandan-container"><span class="label">Tin mới:</span><ul class="ticker-list">{ticker}</ul></div></div>
<div class="tandan-main"><div class="tandan-container"><div class="tandan-row">
<div class="tandan-content-left">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
{detail_html}
</div>
</div>
<div class="tandan-content-right">
{right_html}
</div>
</div></div></div>
<div class="tandan-links"><div class="tandan-container">{box_banners(rng, cls='tandan-box')}</div></div>
<div class="tandan-footer"><div class="tandan-container">{footer_block(site, '<p class="tandan-design">Thiết kế bởi Công ty Cổ phần Công nghệ Tân Dân</p>')}</div></div>
</div>
</div></div>
"""


def tandan_tail(rng):
    return f"""<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;function loadMDN2() {{ EnsureScript('MDN.js', typeof(loadFilterFn), null); }}
function loadMDN1() {{ ExecuteOrDelayUntilScriptLoaded(loadMDN2, 'sp.ribbon.js'); }}
_spBodyOnLoadFunctionNames.push('loadMDN1');
function _spNavigateHierarchyEx(nodeId, dataSourceId, dataPath, url, listInContext, type, additionalQString) {{
    CoreInvoke('SetAdditionalNavigateHierarchyQString', additionalQString);
    g_originalSPNavigateFunc(nodeId, dataSourceId, dataPath, url, listInContext, type);
}}
g_originalSPNavigateFunc = _spNavigateHierarchy;
_spNavigateHierarchy = _spNavigateHierarchyEx;
{js_misc(rng, 6)}
Sys.Application.add_init(function() {{
    $create(SP.UI.Notify.NotificationContainer, null, null, null, $get("notificationArea"));
}});
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
</body>
</html>
"""


def tandan_right(rng, site, d, agency):
    host = site["host"]
    most = rel_items(rng, d, 6, back_days=60, ahead_days=20)
    return "\n".join([
        box_news(rng, "Tin đọc nhiều", most, host + "/portal/Pages", cls="tandan-box", date_fmt=lambda x: "(%s)" % dmy(x)),
        box_docs(rng, agency, TODAY - dt.timedelta(days=4), title="Văn bản chỉ đạo điều hành", n=6, cls="tandan-box"),
        box_videos(rng, cls="tandan-box"),
        box_poll(rng, cls="tandan-box"),
        box_links(rng, cls="tandan-box"),
        box_weather(rng, site["city"], cls="tandan-box"),
        box_counter(rng, 0, cls="tandan-box"),
    ])


def page_f04(a, rng):
    site = dict(
        host="https://phutho.gov.vn", city="Phú Thọ", line1="CỔNG THÔNG TIN ĐIỆN TỬ", line2="TỈNH PHÚ THỌ",
        name="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ", owner="Văn phòng Ủy ban nhân dân tỉnh Phú Thọ",
        address="Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.255", email="congttdt@phutho.gov.vn",
        chief="Chánh Văn phòng Ủy ban nhân dân tỉnh",
        license="Giấy phép số 102/GP-TTĐT do Bộ Văn hóa, Thể thao và Du lịch cấp ngày 18/9/2025",
        source_name="Cổng thông tin điện tử tỉnh Phú Thọ",
    )
    d = pub(a)
    host = site["host"]
    path = a["url"].split(host, 1)[1]
    imgs = iter(["hdnd-be-mac-toan-canh.jpg", "hdnd-chat-van-so-tai-chinh.jpg"])

    def img(i, cap):
        return ('<p style="text-align:center;"><img src="/portal/PublishingImages/2025-12/%s" alt="" style="margin:5px;width:650px;" /><br />'
                '<em>%s</em></p>' % (next(imgs), esc(cap)))

    def table(rows, nh):
        out = ['<table class="ms-rteTable-default" width="100%" cellspacing="0" style="width:100%;">', "<tbody>"]
        for r, row in enumerate(rows):
            if r < nh:
                out.append('<tr class="ms-rteTableHeaderRow-default">%s</tr>' % "".join('<th class="ms-rteTableHeaderEvenCol-default" rowspan="1" colspan="1" style="width:%d%%;">%s</th>' % (w, esc(c)) for c, w in zip(row, (8, 67, 25))))
            else:
                out.append('<tr class="ms-rteTableEvenRow-default">%s</tr>' % "".join('<td class="ms-rteTableEvenCol-default" style="width:%d%%;">%s</td>' % (w, esc(c)) for c, w in zip(row, (8, 67, 25))))
        out += ["</tbody>", "</table>"]
        return "\n".join(out)

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align:justify;">%s</p>' % t,
                  h=lambda t: '<p style="text-align:justify;"><strong>%s</strong></p>' % esc(t), table=table,
                  quote=lambda ps: "".join('<p style="margin-left:40px;text-align:justify;"><em>%s</em></p>' % x for x in ps))
    body += '\n<p style="text-align:right;"><strong>%s</strong></p>' % esc(a["byline"][0])
    rel = rel_items(rng, d, 12, back_days=40, ahead_days=15)
    rel_html = "".join('<li><a href="%s/portal/Pages/%s/%s.aspx">%s</a> <span class="tandan-date-rel">(%s)</span></li>'
                       % (host, x.strftime("%Y-%m-%d"), Slug(t), esc(t), dmy(x)) for t, x in rel)
    detail = f"""<div class="tandan-breadcrumb"><a href="{host}/portal">Trang chủ</a> <span>›</span> <a href="{host}/portal/Pages/Tin-tuc-Su-kien.aspx">Tin tức - Sự kiện</a> <span>›</span> <a href="{host}/portal/Pages/Chinh-tri.aspx">Chính trị</a></div>
<div class="tandan-news-detail">
<div class="tandan-title-detail"><h1>{esc(a['title'])}</h1></div>
<div class="tandan-info-detail"><span class="tandan-date-detail">{dmy(d)} {hm(d)}</span>
<span class="tandan-tools"><a href="javascript:TD_ZoomFont(1);" title="Phóng to">A+</a> <a href="javascript:TD_ZoomFont(-1);" title="Thu nhỏ">A-</a> <a href="javascript:TD_Print();" title="In bài viết"><i class="fa fa-print"></i></a> <a href="javascript:TD_SendMail();" title="Gửi email"><i class="fa fa-envelope"></i></a> <a href="javascript:TD_Speak();" title="Nghe đọc bài"><i class="fa fa-volume-up"></i> Nghe đọc</a></span></div>
<div class="tandan-sapo-detail"><p><strong>{esc(a['lead'])}</strong></p></div>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">{body}</div>
<div class="tandan-share">{share_tools(a['url'], a['title'], 0)}</div>
<div class="tandan-rating">Đánh giá bài viết: <span class="star" data-v="1">★</span><span class="star" data-v="2">★</span><span class="star" data-v="3">★</span><span class="star" data-v="4">★</span><span class="star" data-v="5">★</span></div>
</div>
<div class="tandan-comment">{comment_form('tandan-comment-form', 'Gửi ý kiến phản hồi')}</div>
<div class="tandan-tin-lien-quan"><div class="tandan-title-box"><h3>Tin cùng chuyên mục</h3></div><ul class="tandan-list-news">{rel_html}</ul>
<div class="tandan-paging"><span class="active">1</span><a href="?Page=2">2</a><a href="?Page=3">3</a><a href="?Page=4">4</a><a href="?Page=5">5</a><a href="?Page=2">Sau »</a></div></div>"""
    right = tandan_right(rng, site, d, "UBND")
    html_s = (sp_head(rng, a["title"] + " - Cổng thông tin điện tử tỉnh Phú Thọ") + '<body>\n<div id="imgPrefetch" style="display:none"></div>\n'
              + sp_hidden_and_scripts(rng, "./" + path.rsplit("/", 1)[1], 84000, "Cổng thông tin điện tử tỉnh Phú Thọ", path, host)
              + tandan_chrome(rng, site, detail, right) + tandan_tail(rng))
    return html_s.encode("utf-8")


def page_f05(a, rng):
    site = dict(
        host="https://thanhmien.haiduong.gov.vn", city="Hải Dương", line1="CỔNG THÔNG TIN ĐIỆN TỬ", line2="HUYỆN THANH MIỆN",
        name="CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH MIỆN", owner="Ủy ban nhân dân huyện Thanh Miện",
        address="Khu 2, thị trấn Thanh Miện, huyện Thanh Miện, tỉnh Hải Dương", phone="0220.3736.212", email="ubndthanhmien@haiduong.gov.vn",
        chief="Chánh Văn phòng HĐND và UBND huyện",
        license="Giấy phép số 05/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hải Dương cấp ngày 14/3/2019",
        source_name="Cổng thông tin điện tử huyện Thanh Miện",
    )
    d = pub(a)
    host = site["host"]
    path = a["url"].split(host, 1)[1]
    names = iter(["khoi-cong-mn-doan-tung.jpg", "phoi-canh-mn-doan-tung.jpg"])

    def img(i, cap):
        return ('<p style="text-align:center;"><img src="/portal/PublishingImages/2025-05/%s" alt="" style="width:600px;" />&#160;</p>'
                '<p style="text-align:center;"><em><span style="font-size:12px;">%s</span></em></p>' % (next(names), esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align:justify;">&#160; &#160; &#160;%s</p>' % nbspify(rng, t))
    body += ('\n<p style="text-align:right;"><strong>%s<br />%s</strong></p>\n<p>&#160;</p>'
             % (esc(a["byline"][0]), esc(a["byline"][1])))
    rel = rel_items(rng, d, 10, back_days=30, ahead_days=0)
    rel_html = "".join('<li><a href="%s/portal/Pages/%s/%s.aspx">%s</a> <span class="tandan-date-rel">(%s %s)</span></li>'
                       % (host, x.strftime("%Y-%m-%d"), Slug(t), esc(t), hm(x), dmy(x)) for t, x in rel)
    detail = f"""<div class="tandan-breadcrumb"><a href="{host}/portal">Trang chủ</a> » <a href="{host}/portal/Pages/Tin-tuc.aspx">Tin tức</a> » <a href="{host}/portal/Pages/Giao-duc.aspx">Giáo dục - Đào tạo</a></div>
<div class="tandan-news-detail tandan-v2">
<h2 class="tandan-title">{esc(a['title'])}</h2>
<div class="tandan-date">Cập nhật lúc: {hm(d)} | {dmy(d)}</div>
<div class="tandan-sapo"></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">{body}</div>
<div class="tandan-toolbar"><a href="javascript:window.print()">In trang</a> | <a href="javascript:TD_SendMail()">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="tandan-tin-da-dua"><div class="tandan-title-box"><h3>Các tin đã đưa</h3></div><ul>{rel_html}</ul>
<div class="tandan-paging">Trang: <b>1</b> <a href="?Page=2">2</a> <a href="?Page=3">3</a> <a href="?Page=4">4</a> ... <a href="?Page=37">37</a></div></div>"""
    right = tandan_right(rng, site, d, "UBND")
    html_s = (sp_head(rng, a["title"]) + '<body>\n'
              + sp_hidden_and_scripts(rng, "./" + path.rsplit("/", 1)[1], 9000, "Cổng thông tin điện tử huyện Thanh Miện", path, host)
              + tandan_chrome(rng, site, detail, right, today_style=1) + tandan_tail(rng))
    return html_s.encode("utf-8")


def page_f06(a, rng):
    host = "https://sotuphap.vinhlong.gov.vn"
    site = dict(
        host=host, name="SỞ TƯ PHÁP TỈNH VĨNH LONG", owner="Sở Tư pháp tỉnh Vĩnh Long",
        address="Số 103, đường 3 tháng 2, phường Phước Hậu, tỉnh Vĩnh Long", phone="0270.3822.587", email="stp@vinhlong.gov.vn",
        chief="Giám đốc Sở Tư pháp", license="Giấy phép số 03/GP-TTĐT ngày 20/01/2015 của Sở Thông tin và Truyền thông tỉnh Vĩnh Long",
        source_name="Trang thông tin điện tử Sở Tư pháp tỉnh Vĩnh Long",
    )
    d = pub(a)
    us = lambda x: "%d/%d/%d %d:%02d %s" % (x.month, x.day, x.year, x.hour % 12 or 12, x.minute, "AM" if x.hour < 12 else "PM")

    def table(rows, nh):
        out = ['<table border="1" cellpadding="3" cellspacing="0" class="ms-rteTable-1" style="width:100%;border-collapse:collapse;">']
        for r, row in enumerate(rows):
            tag = "th" if r < nh else "td"
            out.append("<tr>%s</tr>" % "".join('<%s class="ms-rteTable-1" style="text-align:%s;">%s</%s>'
                                                % (tag, "left" if j == 0 else "center", esc(c), tag) for j, c in enumerate(row)))
        out.append("</table>")
        return "\n".join(out)

    body = render(a["blocks"], lambda i, c: "", p=lambda t: '<div style="text-align:justify;">%s</div>' % t, table=table)
    rel = rel_items(rng, d, 10, back_days=60, ahead_days=30)
    rel_html = "".join('<li><a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a> <span class="date">(%s)</span></li>'
                       % (4821 - k * rng.randint(3, 9) if x < d else 4821 + k + 3, esc(t), "%d/%d/%d" % (x.month, x.day, x.year)) for k, (t, x) in enumerate(rel))
    menu = menu_ul(MENU_DEPT, host, cls="menu-ngang", sub_cls="menu-con")
    detail = f"""<div class="DuongDan"><a href="/Trang/default.aspx">Trang chủ</a> &gt; <a href="/Trang/TinTuc.aspx?cid=3">Tin hoạt động</a></div>
<div id="ctl00_ctl37_g_{guid(rng).replace('-', '_')}" class="ChiTietTinTuc">
<div class="TieuDe"><span id="ctl00_ctl37_g_x_lblTitle" class="title">{esc(a['title'])}</span></div>
<div class="ThongTin"><span class="NgayDang">Ngày xuất bản: {us(d)}</span> <span class="LuotXem">Lượt xem: {rng.randint(120, 900)}</span></div>
<div class="TomTat"><b>{esc(a['lead'])}</b></div>
<div class="NoiDung">
<div class="ms-rtestate-field">{body}
<div style="text-align:right;"><strong>{esc(a['byline'][0])}</strong></div></div>
</div>
<div class="FileDinhKem"><b>Tài liệu đính kèm:</b> <a href="/Lists/TinTuc/Attachments/4821/BaoCao_KetQua_TTHC_HoTich_QuyI_2026.pdf" target="_blank"><img src="/_layouts/images/icpdf.png" alt="pdf" /> BaoCao_KetQua_TTHC_HoTich_QuyI_2026.pdf</a></div>
<div class="CongCu"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject={esc(a['title'])}">Gửi email</a> | <a href="#" onclick="history.back();return false;">Trở về</a></div>
</div>
<div class="TinKhac"><h3>Các tin khác</h3><ul>{rel_html}</ul></div>"""
    side = "\n".join([box_docs(rng, "STP", TODAY - dt.timedelta(days=6), title="Văn bản mới", n=5, cls="khung"),
                      box_banners(rng, cls="khung"), box_poll(rng, cls="khung"), box_links(rng, cls="khung"), box_counter(rng, 1, cls="khung")])
    path = "/Trang/ChiTietTinTuc.aspx?nid=4821"
    html_s = (sp_head(rng, a["title"]) + '<body>\n'
              + sp_hidden_and_scripts(rng, path, 5200, "Sở Tư pháp tỉnh Vĩnh Long", "/Trang/ChiTietTinTuc.aspx", host)
              + f"""<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="KhungTrang">
<div id="Banner"><img src="/PublishingImages/banner-stp.jpg" alt="Sở Tư pháp tỉnh Vĩnh Long" /><div class="NgayThang">{today_vn()}</div></div>
<div id="Menu">{menu}</div>
<table id="BoCuc" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="CotTrai" valign="top" width="70%">{detail}</td>
<td id="CotPhai" valign="top" width="30%">{side}</td>
</tr></table>
<div id="ChanTrang">{footer_block(site)}</div>
</div></div></div>
""" + tandan_tail(rng))
    return html_s.encode("utf-8")


# ======================================================================
# DNN (DotNetNuke): EasyDNNnews and a custom news module
# ======================================================================
def dnn_head(rng, title, desc, skin, extra=""):
    cdv = rng.randint(100, 400)
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />

<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	{esc(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(desc)}" /><meta id="MetaKeywords" name="KEYWORDS" content="{esc(title)}" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/{skin}/skin.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/containers/{skin}/container.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/{skin}/css/bootstrap.min.css?cdv={cdv}" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv={cdv}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv={cdv}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv={cdv}" type="text/javascript"></script>{extra}<link rel='icon' href='/Portals/0/favicon.ico?ver=2024-03-11-083412-000' type='image/x-icon' />
<style type="text/css">
{css(rng, 55)}
</style>
</head>
"""


def dnn_form_open(rng, action, vs_bytes):
    return f"""<body id="Body">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, vs_bytes, prefix='/wEPaA8FDzhkZTA2NzQ2MDQwY2QzORgBBR5fX0NvbnRyb2xzUmVxdWlyZVBvc3RCYWNrS2V5X18WAQUj')}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d={rand_alnum(rng, 80)}&amp;t=638286137964787378" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {{"name":"vi-VN","numberFormat":{{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","IsReadOnly":false,"CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"PercentGroupSizes":[3],"CurrencyGroupSeparator":".","CurrencySymbol":"₫","NaNSymbol":"NaN","CurrencyNegativePattern":8,"NumberNegativePattern":1,"PercentPositivePattern":0,"PercentNegativePattern":0,"NegativeInfinitySymbol":"-∞","NegativeSign":"-","NumberDecimalDigits":2,"NumberDecimalSeparator":",","NumberGroupSeparator":".","CurrencyPositivePattern":3,"PositiveInfinitySymbol":"∞","PositiveSign":"+","PercentDecimalDigits":2,"PercentDecimalSeparator":",","PercentGroupSeparator":".","PercentSymbol":"%","PerMilleSymbol":"‰","NativeDigits":["0","1","2","3","4","5","6","7","8","9"],"DigitSubstitution":1}},"dateTimeFormat":{{"AMDesignator":"SA","Calendar":{{"MinSupportedDateTime":"\\/Date(-62135596800000)\\/","MaxSupportedDateTime":"\\/Date(253402300799999)\\/","AlgorithmType":1,"CalendarType":1,"Eras":[1],"TwoDigitYearMax":2029,"IsReadOnly":false}},"DateSeparator":"/","FirstDayOfWeek":1,"CalendarWeekRule":0,"FullDateTimePattern":"dd MMMM yyyy h:mm:ss tt","LongDatePattern":"dd MMMM yyyy","LongTimePattern":"h:mm:ss tt","MonthDayPattern":"dd MMMM","PMDesignator":"CH","RFC1123Pattern":"ddd, dd MMM yyyy HH\\u0027:\\u0027mm\\u0027:\\u0027ss \\u0027GMT\\u0027","ShortDatePattern":"dd/MM/yyyy","ShortTimePattern":"h:mm tt","SortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd\\u0027T\\u0027HH\\u0027:\\u0027mm\\u0027:\\u0027ss","TimeSeparator":":","UniversalSortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd HH\\u0027:\\u0027mm\\u0027:\\u0027ss\\u0027Z\\u0027","YearMonthPattern":"MMMM yyyy","AbbreviatedDayNames":["CN","T2","T3","T4","T5","T6","T7"],"ShortestDayNames":["CN","T2","T3","T4","T5","T6","T7"],"DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],"AbbreviatedMonthNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""],"IsReadOnly":false,"NativeCalendarName":"Lịch Gregorian","AbbreviatedMonthGenitiveNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthGenitiveNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""]}},"eras":[1,"sau CN",null,0]}};//]]>
</script>
<script src="/ScriptResource.axd?d={rand_alnum(rng, 120)}&amp;t=345ad968" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={rand_alnum(rng, 120)}&amp;t=345ad968" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{base64.b64encode(bytes(rng.randrange(256) for _ in range(180))).decode()}" />
</div><script src="/js/dnn.modalpopup.js?cdv=212" type="text/javascript"></script><script src="/js/dnncore.js?cdv=212" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=212" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>
"""


def dnn_tail(rng):
    return f"""<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{rng.randint(50, 400)}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{rand_alnum(rng, 92)}" />
<script type="text/javascript">
{js_misc(rng, 5)}
</script>
</form>
<!--CDF(Javascript|/js/dnncore.js?cdv=212|DnnBodyProvider|100)--><!--CDF(Javascript|/js/dnn.modalpopup.js?cdv=212|DnnBodyProvider|50)--><!--CDF(Css|/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=212|DnnPageHeaderProvider|5)-->
</body>
</html>
"""


def page_f07(a, rng):
    host = "https://bvdk.quangtri.gov.vn"
    site = dict(host=host, name="BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ", owner="Sở Y tế tỉnh Quảng Trị",
                address="Số 38 Hải Thượng Lãn Ông, phường Đông Hà, tỉnh Quảng Trị", phone="0233.3852.535 - Đường dây nóng: 0969.881.115",
                email="bvdktinh@quangtri.gov.vn", chief="Giám đốc Bệnh viện",
                license="Giấy phép số 14/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị cấp ngày 02/10/2025",
                source_name="Trang thông tin điện tử Bệnh viện Đa khoa tỉnh Quảng Trị")
    d = pub(a)
    mid = 1412

    def img(i, cap):
        return ('<p style="text-align: center;"><img alt="" src="/Portals/0/EasyDNNnews/2871/images/ngo-doc-nam-%d.jpg" style="width: 700px; height: 467px;" /></p>\n'
                '<p style="text-align: center;"><span style="color:#0000cd;"><em>%s</em></span></p>' % (i + 1, esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align: justify;">%s</p>' % t,
                  ul=lambda items: '<ul style="text-align: justify;">%s</ul>' % "".join("<li>%s</li>" % x for x in items))
    body += '\n<p style="text-align: right;"><em><strong>%s</strong></em></p>' % esc(a["byline"][0])
    rel = rel_items(rng, d, 6, back_days=45, ahead_days=20)
    rel_html = "".join('<div class="edn_relatedArticle"><a class="edn_relatedArticleTitle" href="%s/tin-tuc/ArtMID/%d/ArticleID/%d/%s">%s</a><span class="edn_relatedArticleDate">%s</span></div>'
                       % (host, mid, rng.randint(2500, 2900), Slug(t), esc(t), x.strftime("%H:%M, %d/%m/%Y")) for t, x in rel)
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử phát triển", "Ban Giám đốc", "Sơ đồ tổ chức", "Các khoa lâm sàng", "Các khoa cận lâm sàng", "Phòng chức năng"]),
                  ("Tin tức", ["Hoạt động bệnh viện", "Tin y tế", "Thông báo"]), ("Hướng dẫn khách hàng", ["Quy trình khám bệnh", "Bảng giá dịch vụ", "Bảo hiểm y tế"]),
                  ("Đào tạo - Chỉ đạo tuyến", []), ("Cải cách hành chính", []), ("Tuyển dụng", []), ("Liên hệ", [])]
    desc = a["lead"]
    latest = rel_items(rng, TODAY - dt.timedelta(days=3), 6, exclude=[t for t, _ in rel], back_days=20, ahead_days=1)
    main = f"""<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>
<div class="DNNContainer_noTitle"><div id="dnn_ctr{mid}_ContentPane"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_newsDetailsDefault eds_styleSwitchCriteria_module-{mid}">
<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_{mid}_article_mainImage_{rng.randint(10, 99)} edn_article edn_clearFix">
<div class="edn_articleTitle"><h1>{esc(a['title'])}</h1></div>
<div class="edn_metaDetails"><span class="edn_articleDate"><i class="fa fa-clock-o"></i> {d.strftime('%H:%M, %d/%m/%Y')}</span><span class="edn_articleViews"><i class="fa fa-eye"></i> {rng.randint(200, 2000)}</span>
<span class="edn_articleCategories">Chuyên mục: <a href="{host}/tin-tuc/category/tin-y-te">Tin y tế</a></span></div>
<div class="edn_articleSummary">{esc(a['lead'])}</div>
<div class="edn_mediaContainer edn_mainImage"><img alt="{esc(a['title'])}" src="/Portals/0/EasyDNNnews/2871/img-ngo-doc-nam-rung.jpg" /></div>
<div class="edn_articleContent">
{body}
</div>
<div class="edn_articleTags"><span>Từ khóa:</span> <a href="{host}/tin-tuc/tag/ngo-doc">ngộ độc</a> <a href="{host}/tin-tuc/tag/nam-rung">nấm rừng</a> <a href="{host}/tin-tuc/tag/hoi-suc-chong-doc">hồi sức chống độc</a></div>
<div class="edn_socialPrintWrapper edn_clearFix"><div class="edn_socialButtons">{share_tools(a['url'], a['title'], 0)}</div>
<a class="edn_printButton" href="{host}/Default.aspx?TabId=112&amp;ArtMID={mid}&amp;ArticleID=2871&amp;print=true" target="_blank">In bài viết</a></div>
</div>
<div class="edn_relatedArticlesWrapper"><h2 class="edn_relatedArticlesTitle">Tin liên quan</h2>{rel_html}</div>
</div></div>
</div><!-- End_Module_{mid} --></div></div></div>"""
    side = "\n".join([
        '<div class="box box-hotline"><div class="box-title"><h3>Đường dây nóng</h3></div><div class="box-content"><p>Giám đốc Bệnh viện: <b>0969.881.115</b></p><p>Cấp cứu: <b>115</b></p><p>Tư vấn sức khỏe: <b>1900.9095</b></p></div></div>',
        '<div class="box box-lich"><div class="box-title"><h3>Lịch khám bệnh</h3></div><div class="box-content"><p>Thứ Hai - Thứ Sáu: 07h00 - 17h00</p><p>Thứ Bảy, Chủ nhật: 07h00 - 11h30</p><p>Cấp cứu: 24/7</p></div></div>',
        box_news(rng, "Tin mới", latest, host + "/tin-tuc", date_fmt=lambda x: x.strftime("%H:%M, %d/%m/%Y")),
        box_videos(rng), box_poll(rng), box_links(rng), box_counter(rng, 0)])
    body_html = f"""<div id="siteWrapper">
<div class="header-top"><div class="container"><span class="date-now">{today_vn()}</span> <span class="hotline">Đường dây nóng: 0969.881.115</span> <a class="login" href="{host}/dang-nhap">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Bệnh viện Đa khoa tỉnh Quảng Trị" href="{host}/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-bvdk.png" alt="Bệnh viện Đa khoa tỉnh Quảng Trị" /></a>
<div class="site-title"><p class="t1">SỞ Y TẾ TỈNH QUẢNG TRỊ</p><p class="t2">BỆNH VIỆN ĐA KHOA TỈNH</p></div>
<div id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." /><a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm</a></div></div></header>
<nav class="navbar main-nav"><div class="container">{menu_ul(menu_items, host, cls='nav navbar-nav topLevel', sub_cls='subLevel')}</div></nav>
<div class="container"><div class="breadcrumb-dnn"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{host}/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="1" /></span></span></span></div>
<div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane">{main}</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">{side}</div></div></div>
<footer class="footer"><div class="container">{footer_block(site)}<div class="copyright">Copyright 2026 by Bệnh viện Đa khoa tỉnh Quảng Trị | <a id="dnn_dnnTERMS_hypTerms" class="terms" rel="nofollow" href="{host}/Terms">Điều khoản sử dụng</a> | <a id="dnn_dnnPRIVACY_hypPrivacy" class="privacy" rel="nofollow" href="{host}/Privacy">Chính sách bảo mật</a></div></div></footer>
</div>
"""
    meta = ('<meta property="og:type" content="article" /><meta property="og:title" content="%s" /><meta property="og:description" content="%s" />'
            '<meta property="og:url" content="%s" /><meta property="og:image" content="%s/Portals/0/EasyDNNnews/2871/img-ngo-doc-nam-rung.jpg" />'
            % (esc(a["title"]), esc(desc), esc(a["url"]), host))
    out = (dnn_head(rng, a["title"], desc, "bvdk2023", '<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=212" type="text/css" rel="stylesheet"/>'
                    '<script src="/DesktopModules/EasyDNNnews/static/EasyDnnSolutions/EasyDnnSolutions_1.1_2.2.js?cdv=212" type="text/javascript"></script>' + meta)
           + dnn_form_open(rng, a["url"].split(host, 1)[1], 3600) + body_html + dnn_tail(rng))
    return out.encode("utf-8")


def page_f08(a, rng):
    host = "https://congan.thainguyen.gov.vn"
    site = dict(host=host, name="CÔNG AN TỈNH THÁI NGUYÊN", owner="Công an tỉnh Thái Nguyên",
                address="Số 17 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.113",
                email="ttdt@congan.thainguyen.gov.vn", chief="Trưởng phòng Tham mưu Công an tỉnh",
                license="Giấy phép số 34/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên cấp ngày 11/9/2025",
                source_name="Trang thông tin điện tử Công an tỉnh Thái Nguyên")
    d = pub(a)
    mid = 1532

    def img(i, cap):
        return ('<div style="text-align: center;"><img alt="" src="/Portals/0/Images/2025/10/danh-bac-phu-binh-%d.jpg" style="width: 640px;" /></div>\n'
                '<div style="text-align: center;"><i>%s</i></div>' % (i + 1, esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align: justify;">%s</p>' % t)
    body += '\n<p align="right"><b>%s</b></p>' % esc(a["byline"][0])
    rel = rel_items(rng, d, 8, back_days=20, ahead_days=12)
    rel_html = "".join('<li><a href="%s/an-ninh-trat-tu/ctl/ChiTiet/mid/%d/ItemID/%d/Default.aspx">%s</a> <span class="ngay">%s</span></li>'
                       % (host, mid, rng.randint(8700, 8900), esc(t), x.strftime("%d/%m/%Y | %H:%M")) for t, x in rel)
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử truyền thống", "Lãnh đạo Công an tỉnh", "Tổ chức bộ máy"]),
                  ("Tin tức - Sự kiện", ["Hoạt động lực lượng", "An ninh trật tự", "Gương người tốt việc tốt", "Học tập và làm theo Bác"]),
                  ("Cảnh báo tội phạm", ["Lừa đảo qua mạng", "Ma túy", "Tín dụng đen"]), ("Phổ biến pháp luật", []),
                  ("Thủ tục hành chính", ["Căn cước", "Cư trú", "Đăng ký xe", "Phòng cháy chữa cháy", "Xuất nhập cảnh"]),
                  ("Tiếp nhận tin báo tố giác tội phạm", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    main = f"""<div class="DnnModule DnnModule-CATinTuc DnnModule-{mid}"><a name="{mid}"></a>
<div class="c_container"><div id="dnn_ctr{mid}_ContentPane" class="c_content"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModCATinTucC">
<div class="tintuc-chitiet">
<div class="tieude-tin"><h1><span id="dnn_ctr{mid}_ChiTiet_lblTieuDe">{esc(a['title'])}</span></h1></div>
<div class="thongtin-tin"><span id="dnn_ctr{mid}_ChiTiet_lblNgay" class="ngay-tin">{d.strftime('%d/%m/%Y | %H:%M')} GMT+7</span>
<span class="congcu-tin"><a href="javascript:void(0)" onclick="window.print()"><i class="fa fa-print"></i> In</a> <a href="javascript:void(0)" onclick="sendMail()"><i class="fa fa-envelope-o"></i> Email</a> <a href="javascript:void(0)" onclick="zoom(1)">A+</a> <a href="javascript:void(0)" onclick="zoom(-1)">A-</a></span></div>
<div class="tomtat-tin"><span id="dnn_ctr{mid}_ChiTiet_lblTomTat"><b>{esc(a['lead'])}</b></span></div>
<div class="noidung-tin"><span id="dnn_ctr{mid}_ChiTiet_lblNoiDung">{body}</span></div>
<div class="chiase-tin">{share_tools(a['url'], a['title'], 0)}</div>
<div class="tinkhac"><div class="tieude-khung">Tin khác</div><ul>{rel_html}</ul></div>
</div>
</div><!-- End_Module_{mid} --></div></div></div>"""
    side = "\n".join([
        '<div class="box box-duongdaynong"><div class="box-title"><h3>Đường dây nóng</h3></div><div class="box-content"><p>Trực ban Công an tỉnh: <b>0208.3855.113</b></p><p>Cảnh sát 113 - Cứu hỏa 114 - Cấp cứu 115</p></div></div>',
        box_news(rng, "Cảnh báo tội phạm", rel_items(rng, TODAY - dt.timedelta(days=8), 5, back_days=40, ahead_days=6), host + "/canh-bao-toi-pham", date_fmt=lambda x: dmy(x)),
        box_videos(rng), box_banners(rng), box_links(rng), box_counter(rng, 1)])
    body_html = f"""<div id="wrapper" class="skin-ca">
<div class="top"><div class="container"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{today_vn()}</span> <span class="slogan">Vì nước quên thân, vì dân phục vụ</span></div></div>
<div class="banner"><div class="container"><img src="/Portals/_default/skins/congan/images/huy-hieu-cand.png" alt="Huy hiệu CAND" class="logo" /><div class="ten"><p class="t1">BỘ CÔNG AN</p><p class="t2">CÔNG AN TỈNH THÁI NGUYÊN</p></div></div></div>
<div class="menu"><div class="container">{menu_ul(menu_items, host, cls='dnnmega', sub_cls='megaborder')}</div></div>
<div class="container main"><div class="row">
<div id="dnn_ContentPane" class="col-md-9">{main}</div>
<div id="dnn_RightPane" class="col-md-3">{side}</div>
</div></div>
<div class="footer"><div class="container">{footer_block(site)}</div></div>
</div>
"""
    out = dnn_head(rng, a["title"], a["lead"], "congan") + dnn_form_open(rng, a["url"].split(host, 1)[1], 2600) + body_html + dnn_tail(rng)
    return out.encode("utf-8")


# ======================================================================
# WordPress
# ======================================================================
WP_EMOJI = ("<script type=\"text/javascript\">\n/* <![CDATA[ */\nwindow._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/\","
            "\"ext\":\".png\",\"svgUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/\",\"svgExt\":\".svg\",\"source\":{\"concatemoji\":\"%s\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2\"}};\n"
            "/*! This file is auto-generated */\n!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}"
            "function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),"
            "r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));"
            "return t.every(function(e,t){return e===r[t]})}function u(e,t,n){switch(t){case\"flag\":return n(e,\"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f\",\"\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f\")?!1:"
            "!n(e,\"\\ud83c\\uddfa\\ud83c\\uddf3\",\"\\ud83c\\uddfa\\u200b\\ud83c\\uddf3\");case\"emoji\":return!n(e,\"\\ud83d\\udc26\\u200d\\u2b1b\",\"\\ud83d\\udc26\\u200b\\u2b1b\")}return!1}"
            "function f(e,t,n){var r=\"undefined\"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement(\"canvas\"),"
            "a=r.getContext(\"2d\",{willReadFrequently:!0}),o=(a.textBaseline=\"top\",a.font=\"600 32px Arial\",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}"
            "function t(e){var t=i.createElement(\"script\");t.src=e,t.defer=!0,i.head.appendChild(t)}\"undefined\"!=typeof Promise&&(o=\"wpEmojiSettingsSupports\","
            "s=[\"flag\",\"emoji\"],n.supports={everything:!0,everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener(\"DOMContentLoaded\",e,{once:!0})}),"
            "new Promise(function(t){var n=function(){try{var e=JSON.parse(sessionStorage.getItem(o));if(\"object\"==typeof e&&\"number\"==typeof e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&\"object\"==typeof e.supportTests)return e.supportTests}catch(e){}return null}();"
            "if(!n){if(\"undefined\"!=typeof Worker&&\"undefined\"!=typeof OffscreenCanvas&&\"undefined\"!=typeof URL&&URL.createObjectURL&&\"undefined\"!=typeof Blob)try{var e=\"postMessage(\"+f.toString()+\"(\"+[JSON.stringify(s),u.toString(),p.toString()].join(\",\")+\"));\","
            "r=new Blob([e],{type:\"text/javascript\"}),a=new Worker(URL.createObjectURL(r),{name:\"wpTestEmojiSupports\"});return void(a.onmessage=function(e){c(n=e.data),a.terminate(),t(n)})}catch(e){}c(n=f(s,u,p))}t(n)}).then(function(e){for(var t in e)n.supports[t]=e[t],n.supports.everything=n.supports.everything&&n.supports[t],"
            "\"flag\"!==t&&(n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&n.supports[t]);n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,n.readyCallback=function(){n.DOMReady=!0}}).then(function(){return e}).then(function(){var e;"
            "n.supports.everything||(n.readyCallback(),(e=n.source||{}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&(t(e.twemoji),t(e.wpemoji)))}))}((window,document),window._wpemojiSettings);\n/* ]]> */\n</script>\n"
            "<style id='wp-emoji-styles-inline-css' type='text/css'>\n\n\timg.wp-smiley, img.emoji {\n\t\tdisplay: inline !important;\n\t\tborder: none !important;\n\t\tbox-shadow: none !important;\n\t\theight: 1em !important;\n\t\twidth: 1em !important;\n\t\tmargin: 0 0.07em !important;\n\t\tvertical-align: -0.1em !important;\n\t\tbackground: none !important;\n\t\tpadding: 0 !important;\n\t}\n</style>\n")

WP_GLOBAL_STYLES = ("<style id='global-styles-inline-css' type='text/css'>\n:root{--wp--preset--aspect-ratio--square: 1;--wp--preset--aspect-ratio--4-3: 4/3;--wp--preset--aspect-ratio--3-4: 3/4;"
                    "--wp--preset--aspect-ratio--3-2: 3/2;--wp--preset--aspect-ratio--2-3: 2/3;--wp--preset--aspect-ratio--16-9: 16/9;--wp--preset--aspect-ratio--9-16: 9/16;"
                    "--wp--preset--color--black: #000000;--wp--preset--color--cyan-bluish-gray: #abb8c3;--wp--preset--color--white: #ffffff;--wp--preset--color--pale-pink: #f78da7;"
                    "--wp--preset--color--vivid-red: #cf2e2e;--wp--preset--color--luminous-vivid-orange: #ff6900;--wp--preset--color--luminous-vivid-amber: #fcb900;"
                    "--wp--preset--color--light-green-cyan: #7bdcb5;--wp--preset--color--vivid-green-cyan: #00d084;--wp--preset--color--pale-cyan-blue: #8ed1fc;"
                    "--wp--preset--color--vivid-cyan-blue: #0693e3;--wp--preset--color--vivid-purple: #9b51e0;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;"
                    "--wp--preset--font-size--large: 36px;--wp--preset--font-size--x-large: 42px;--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;"
                    "--wp--preset--spacing--40: 1rem;--wp--preset--spacing--50: 1.5rem;--wp--preset--spacing--60: 2.25rem;--wp--preset--spacing--70: 3.38rem;--wp--preset--spacing--80: 5.06rem;"
                    "--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);--wp--preset--shadow--deep: 12px 12px 50px rgba(0, 0, 0, 0.4);}"
                    ":where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}body .is-layout-flex{display: flex;}.is-layout-flex{flex-wrap: wrap;align-items: center;}"
                    ".has-black-color{color: var(--wp--preset--color--black) !important;}.has-white-color{color: var(--wp--preset--color--white) !important;}"
                    ".has-small-font-size{font-size: var(--wp--preset--font-size--small) !important;}.has-medium-font-size{font-size: var(--wp--preset--font-size--medium) !important;}\n</style>\n")


def wp_head(rng, host, title, site_title, seo="", theme="Newspaper", extra_css=0):
    ver = "6.6.2"
    return (f"""<!doctype html >
<html lang="vi">
<head>
    <title>{esc(title)} - {esc(site_title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{host}/xmlrpc.php" />
    {seo}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(site_title)} &raquo; Dòng thông tin" href="{host}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(site_title)} &raquo; Dòng ý kiến" href="{host}/comments/feed/" />
""" + (WP_EMOJI % host.replace("/", "\\/")) + f"""<link rel='stylesheet' id='wp-block-library-css' href='{host}/wp-includes/css/dist/block-library/style.min.css?ver={ver}' type='text/css' media='all' />
<style id='classic-theme-styles-inline-css' type='text/css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
""" + WP_GLOBAL_STYLES + f"""<link rel='stylesheet' id='contact-form-7-css' href='{host}/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.9.8' type='text/css' media='all' />
<link rel='stylesheet' id='wp-statistics-css' href='{host}/wp-content/plugins/wp-statistics/assets/css/frontend.min.css?ver=14.10' type='text/css' media='all' />
<link rel='stylesheet' id='theme-style-css' href='{host}/wp-content/themes/{theme}/style.css?ver={rng.randint(10, 13)}.{rng.randint(0, 9)}' type='text/css' media='all' />
<script type="text/javascript" src="{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{host}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{host}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{host}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {ver}" />
<style type="text/css" id="wp-custom-css">
{css(rng, extra_css)}
</style>
</head>
""")


def wp_comment_form(host, pid, title="Để lại một bình luận"):
    return f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
<form action="{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"""


def wp_footer_scripts(rng, host):
    return f"""<script type="text/javascript" src="{host}/wp-includes/js/dist/hooks.min.js?ver=2810c76e705dd1a53b18" id="wp-hooks-js"></script>
<script type="text/javascript" src="{host}/wp-includes/js/dist/i18n.min.js?ver=5e580eb46a90c2b997e6" id="wp-i18n-js"></script>
<script type="text/javascript" id="wp-i18n-js-after">
/* <![CDATA[ */
wp.i18n.setLocaleData( {{ 'text direction\\u0004ltr': [ 'ltr' ] }} );
/* ]]> */
</script>
<script type="text/javascript" src="{host}/wp-content/plugins/contact-form-7/includes/swv/js/index.js?ver=5.9.8" id="swv-js"></script>
<script type="text/javascript" id="wp-statistics-tracker-js-extra">
/* <![CDATA[ */
var WP_Statistics_Tracker_Object = {{"requestUrl":"{jsesc(host)}\\/wp-json\\/wp-statistics\\/v2","ajaxUrl":"{jsesc(host)}\\/wp-admin\\/admin-ajax.php","hitParams":{{"wp_statistics_hit":1,"source_type":"post","source_id":{rng.randint(1000, 9999)},"search_query":"","signature":"{rand_hex(rng, 32)}","endpoint":"hit"}},"onlineParams":{{"wp_statistics_hit":1,"source_type":"post","endpoint":"online"}},"option":{{"userOnline":"1","consentLevel":"disabled","dntEnabled":false,"bypassAdBlockers":false,"isClientSideTracking":false,"trackAnonymously":false,"isPreview":false}},"jsCheckTime":"60000"}};
/* ]]> */
</script>
<script type="text/javascript" src="{host}/wp-content/plugins/wp-statistics/assets/js/tracker.js?ver=14.10" id="wp-statistics-tracker-js"></script>
<script type="text/javascript" src="{host}/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script>{js_misc(rng, 4)}</script>
"""


def page_f09(a, rng):
    host = "https://hoinongdan.dongthap.gov.vn"
    site_title = "Hội Nông dân tỉnh Đồng Tháp"
    d = pub(a)
    utc = d - dt.timedelta(hours=7)
    mod_utc = utc + dt.timedelta(days=1, hours=3, minutes=24, seconds=38)
    pid = 8124
    author_slug = "ngoctram"
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]},
             "author": {"name": a["author"], "@id": host + "/#/schema/person/" + rand_hex(rng, 32)},
             "headline": a["title"], "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": mod_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
             "mainEntityOfPage": {"@id": a["url"]}, "wordCount": 402, "commentCount": 0, "publisher": {"@id": host + "/#organization"},
             "image": {"@id": a["url"] + "#primaryimage"}, "thumbnailUrl": host + "/wp-content/uploads/2026/02/sau-rieng-xen-dua.jpg",
             "keywords": ["sầu riêng", "kinh tế vườn", "mã số vùng trồng"], "articleSection": ["Nông dân sản xuất giỏi"], "inLanguage": "vi"},
            {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": a["title"] + " - " + site_title, "isPartOf": {"@id": host + "/#website"},
             "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": mod_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
             "breadcrumb": {"@id": a["url"] + "#breadcrumb"}, "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": a["url"] + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": host + "/"},
                {"@type": "ListItem", "position": 2, "name": a["title"]}]},
            {"@type": "WebSite", "@id": host + "/#website", "url": host + "/", "name": site_title, "inLanguage": "vi"},
            {"@type": "Organization", "@id": host + "/#organization", "name": site_title, "url": host + "/"},
            {"@type": "Person", "@id": host + "/#/schema/person/" + rand_hex(rng, 32), "name": a["author"], "url": host + "/author/" + author_slug + "/"},
        ]}
    seo = f"""<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="{esc(a['lead'])}" />
	<link rel="canonical" href="{a['url']}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(a['title'])}" />
	<meta property="og:description" content="{esc(a['lead'])}" />
	<meta property="og:url" content="{a['url']}" />
	<meta property="og:site_name" content="{site_title}" />
	<meta property="article:published_time" content="{utc.strftime('%Y-%m-%dT%H:%M:%S+00:00')}" />
	<meta property="article:modified_time" content="{mod_utc.strftime('%Y-%m-%dT%H:%M:%S+00:00')}" />
	<meta property="og:image" content="{host}/wp-content/uploads/2026/02/sau-rieng-xen-dua.jpg" />
	<meta name="author" content="{esc(a['author'])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="{esc(a['author'])}" />
	<meta name="twitter:label2" content="Ước tính thời gian đọc" />
	<meta name="twitter:data2" content="2 phút" />
	<script type="application/ld+json" class="yoast-schema-graph">{jsesc(json.dumps(ld, ensure_ascii=False, separators=(',', ':')))}</script>
	<!-- / Yoast SEO plugin. -->
"""

    def img(i, cap):
        aid = pid + 2 + i
        return ('<figure id="attachment_%d" aria-describedby="caption-attachment-%d" style="width: 800px" class="wp-caption aligncenter">'
                '<img loading="lazy" decoding="async" class="wp-image-%d size-full" src="%s/wp-content/uploads/2026/02/ong-sau-cham-soc-vuon.jpg" alt="" width="800" height="533" '
                'srcset="%s/wp-content/uploads/2026/02/ong-sau-cham-soc-vuon.jpg 800w, %s/wp-content/uploads/2026/02/ong-sau-cham-soc-vuon-300x200.jpg 300w, %s/wp-content/uploads/2026/02/ong-sau-cham-soc-vuon-768x512.jpg 768w" sizes="(max-width: 800px) 100vw, 800px" />'
                '<figcaption id="caption-attachment-%d" class="wp-caption-text">%s</figcaption></figure>' % (aid, aid, aid, host, host, host, host, aid, esc(cap)))

    blocks = render(a["blocks"], img)
    parts = blocks.split("\n")
    ad = ('<div class="td-a-rec td-a-rec-id-content_inline  tdi_3 td_block_template_1"><div class="td-all-devices"><a href="https://dichvucong.gov.vn" target="_blank">'
          '<img src="%s/wp-content/uploads/2025/08/banner-dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia" /></a></div></div>' % host)
    parts.insert(3, ad)
    body = ('<div class="td-post-featured-image"><a href="%s/wp-content/uploads/2026/02/sau-rieng-xen-dua.jpg" data-caption=""><img width="696" height="464" class="entry-thumb td-modal-image" '
            'src="%s/wp-content/uploads/2026/02/sau-rieng-xen-dua-696x464.jpg" alt="" title="sau-rieng-xen-dua" /></a></div>\n'
            '<p><strong>%s</strong></p>\n%s' % (host, host, a["lead"], "\n".join(parts)))
    rel = rel_items(rng, d, 6, back_days=30, ahead_days=25)
    rel_html = "".join(f"""<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{host}/{slug(t)}/" rel="bookmark" class="td-image-wrap " title="{esc(t)}"><img class="entry-thumb" src="{host}/wp-content/uploads/2026/0{1 + k % 2}/thumb-{k}.jpg" alt="" title="{esc(t)}" width="218" height="150" /></a></div></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="{host}/{slug(t)}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{x.strftime('%Y-%m-%dT%H:%M:%S+07:00')}">{dmy(x)}</time></span></div></div>""" for k, (t, x) in enumerate(rel))
    prev_t, prev_d = rel_items(rng, d - dt.timedelta(days=2), 1, back_days=3, ahead_days=0)[0]
    next_t, next_d = rel_items(rng, d + dt.timedelta(days=3), 1, exclude=[prev_t], back_days=2, ahead_days=0)[0]
    latest = rel_items(rng, TODAY - dt.timedelta(days=4), 5, back_days=25, ahead_days=3)
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Hội", "Ban Thường vụ", "Các ban chuyên môn"]),
                  ("Tin tức", ["Hoạt động Hội", "Nông dân sản xuất giỏi", "Khoa học kỹ thuật", "Chính sách"]),
                  ("Quỹ Hỗ trợ nông dân", []), ("Dạy nghề - Việc làm", []), ("Sản phẩm OCOP", []), ("Văn bản", []), ("Liên hệ", [])]
    out = wp_head(rng, host, a["title"], site_title, seo, "Newspaper", 30) + f"""<body class="post-template-default single single-post postid-{pid} single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div>
<div class="td-mobile-content"><div class="menu-main-menu-container">{menu_ul(menu_items, host, cls='td-mobile-main-menu', sub_cls='sub-menu')}</div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap ">
<div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div>{today_vn()}</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="{host}/lien-he/">Liên hệ</a></li><li class="menu-item"><a href="{host}/so-do-website/">Sơ đồ website</a></li><li class="menu-item"><a href="https://dongthap.gov.vn">Cổng TTĐT tỉnh</a></li></ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{host}/"><img class="td-retina-data" src="{host}/wp-content/uploads/2025/08/logo-hnd-dongthap.png" alt="Hội Nông dân tỉnh Đồng Tháp" title="Hội Nông dân tỉnh Đồng Tháp" width="544" height="90" /><span class="td-visual-hidden">Hội Nông dân tỉnh Đồng Tháp</span></a></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container">{menu_ul(menu_items, host, cls='sf-menu', sub_cls='sub-menu', li_cls='menu-item')}</div></div>
<div class="td-search-wrapper"><div id="td-top-search"><div class="header-search-wrap"><div class="dropdown header-search"><a id="td-header-search-button" href="#" role="button" aria-label="Search" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div></div></div></div></div></div>
</div></div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-default ">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{host}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Xem tất cả bài viết trong Tin tức" class="entry-crumb" href="{host}/category/tin-tuc/">Tin tức</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(a['title'])}</span></div></div>
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail category-nong-dan-san-xuat-gioi tag-sau-rieng tag-kinh-te-vuon">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{host}/category/tin-tuc/nong-dan-san-xuat-gioi/">Nông dân sản xuất giỏi</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(a['title'])}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{host}/author/{author_slug}/">{esc(a['byline'][0])}</a><div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a['published_at']}" >{dmy(d)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{pid}">{rng.randint(200, 900)}</span></div>
<div class="td-post-comments"><a href="{a['url']}#respond"><i class="td-icon-comments"></i>0</a></div>
</div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><iframe title="facebook" frameBorder="0" src="https://www.facebook.com/plugins/like.php?href={a['url']}&amp;layout=button_count&amp;show_faces=false&amp;width=105&amp;action=like&amp;colorscheme=light&amp;height=21" style="border:none; overflow:hidden; width:105px; height:21px; background-color:transparent;"></iframe></div>{share_tools(a['url'], a['title'], 0)}</div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{host}/tag/sau-rieng/">sầu riêng</a></li><li><a href="{host}/tag/kinh-te-vuon/">kinh tế vườn</a></li><li><a href="{host}/tag/ma-so-vung-trong/">mã số vùng trồng</a></li></ul></div>
<div class="td-post-sharing-bottom">{share_tools(a['url'], a['title'], 1)}</div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{host}/{slug(prev_t)}/">{esc(prev_t)}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{host}/{slug(next_t)}/">{esc(next_t)}</a></div></div></div>
<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="{host}/author/{author_slug}/">{esc(a['byline'][0])}</a></span></div>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_5_{rand_hex(rng, 3)} td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="tdi_6" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_5" href="#">BÀI VIẾT LIÊN QUAN</a><a id="tdi_7" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_5" href="#">XEM THÊM TỪ TÁC GIẢ</a></h4>
<div id="tdi_5" class="td_block_inner"><div class="td-related-row">{rel_html}</div></div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-tdi_5"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-tdi_5"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
<div class="comments" id="comments">{wp_comment_form(host, pid, 'ĐỂ LẠI MỘT BÌNH LUẬN')}</div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
{box_news(rng, 'Tin mới nhất', latest, host, cls='td_block_wrap widget', date_fmt=dmy)}
{box_videos(rng, cls='td_block_wrap widget')}
{box_banners(rng, cls='td_block_wrap widget')}
<aside class="td_block_template_1 widget widget_wp_statistics_widget"><h4 class="block-title"><span>Thống kê truy cập</span></h4><ul><li><label>Người dùng trực tuyến:&nbsp;</label>{rng.randint(5, 90)}</li><li><label>Lượt xem hôm nay:&nbsp;</label>{fmt_int(rng.randint(300, 3000), ',')}</li><li><label>Lượt xem hôm qua:&nbsp;</label>{fmt_int(rng.randint(300, 3000), ',')}</li><li><label>Tổng lượt xem:&nbsp;</label>{fmt_int(rng.randint(900000, 3000000), ',')}</li></ul></aside>
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info">
<p><strong>HỘI NÔNG DÂN TỈNH ĐỒNG THÁP</strong></p><p>Địa chỉ: Số 12 đường 30 tháng 4, phường Cao Lãnh, tỉnh Đồng Tháp</p><p>Điện thoại: 0277.3851.336 - Email: hoinongdan@dongthap.gov.vn</p><p>Chịu trách nhiệm nội dung: Phó Chủ tịch Hội Nông dân tỉnh</p>
</div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; 2026 Hội Nông dân tỉnh Đồng Tháp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></div></div></div>
</div>
<script type="text/javascript">
var tdBlocksArray = []; //here we store all the items for the current page
var tdLocalCache = {{}};
var td_ajax_url="{jsesc(host)}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8";
var td_get_template_directory_uri="{jsesc(host)}\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
var tds_snap_menu="";var tds_logo_on_sticky="";var tds_header_style="";var td_please_wait="Vui lòng chờ...";var td_email_user_pass_incorrect="Người dùng hoặc mật khẩu không chính xác!";
var td_magnific_popup_translation_tPrev="Trước (Nút mũi tên trái)";var td_magnific_popup_translation_tNext="Tiếp theo (Nút mũi tên phải)";
var block_tdi_5 = new tdBlock();block_tdi_5.id = "tdi_5";block_tdi_5.atts = '{{"limit":6,"ajax_pagination":"next_prev","live_filter":"cur_post_same_categories","td_ajax_filter_type":"td_custom_related","class":"tdi_5","td_column_number":3,"block_type":"td_block_related_posts","live_filter_cur_post_id":{pid}}}';
block_tdi_5.td_column_number = "3";block_tdi_5.block_type = "td_block_related_posts";block_tdi_5.post_count = "6";block_tdi_5.found_posts = "214";
tdBlocksArray.push(block_tdi_5);
</script>
{wp_footer_scripts(rng, host)}
</body>
</html>
"""
    return out.encode("utf-8")


def page_f10(a, rng):
    host = "https://thptngoquyen.danang.edu.vn"
    site_title = "Trường THPT Ngô Quyền"
    d = pub(a)
    upd = d + dt.timedelta(hours=18, minutes=6, seconds=47)
    pid = 2345

    def img(i, cap):
        aid = 2350 + i
        return ('<div id="attachment_%d" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-%d" decoding="async" '
                'class="size-full wp-image-%d" src="%s/wp-content/uploads/2025/11/hsg-tp-2025-%d.jpg" alt="" width="800" height="533" />'
                '<p id="caption-attachment-%d" class="wp-caption-text">%s</p></div>' % (aid, aid, aid, host, i + 1, aid, esc(cap)))

    body = render(a["blocks"], img)
    body += '\n<p style="text-align: right;"><em><strong>%s</strong></em></p>' % esc(a["byline"][0])
    vn_month = lambda x: "%d Tháng %s, %d" % (x.day, ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"][x.month - 1], x.year)
    rel = rel_items(rng, d, 5, back_days=40, ahead_days=30)
    rel_html = "".join('<li><a href="%s/%s/%s/">%s</a> <span class="post-date">%s</span></li>' % (host, x.strftime("%Y/%m/%d"), slug(t), esc(t), vn_month(x)) for t, x in rel)
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử nhà trường", "Ban Giám hiệu", "Tổ chuyên môn", "Thành tích"]),
                  ("Tin tức", ["Tin nhà trường", "Hoạt động Đoàn", "Thông báo"]), ("Học sinh", ["Thời khóa biểu", "Tuyển sinh lớp 10", "Gương sáng học đường"]),
                  ("Tài nguyên", ["Đề thi - Đáp án", "Bài giảng điện tử"]), ("Ba công khai", []), ("Liên hệ", [])]
    archive = "".join('<li><a href="%s/%d/%02d/">Tháng %d %d</a></li>' % (host, y, m, m, y) for y, m in [(2025, 11), (2025, 10), (2025, 9), (2025, 8), (2025, 5), (2025, 4)])
    out = wp_head(rng, host, a["title"], site_title, "<meta name='robots' content='max-image-preview:large' />", "thpt-edu", 70) + f"""<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive right-sidebar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<div class="topbar"><div class="container"><span class="topbar-date"><i class="fa fa-calendar"></i> {today_vn()}</span><span class="topbar-contact"><i class="fa fa-phone"></i> 0236.3831.420 | <i class="fa fa-envelope"></i> thptngoquyen@danang.gov.vn</span></div></div>
<header id="masthead" class="site-header"><div class="container"><div class="site-branding"><a href="{host}/" class="custom-logo-link" rel="home"><img width="120" height="120" src="{host}/wp-content/uploads/2024/08/logo-ngoquyen.png" class="custom-logo" alt="Trường THPT Ngô Quyền" decoding="async" /></a>
<p class="site-title"><a href="{host}/" rel="home">SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG<br />TRƯỜNG THPT NGÔ QUYỀN</a></p><p class="site-description">Kỷ cương - Tình thương - Trách nhiệm</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div class="menu-menu-chinh-container">{menu_ul(menu_items, host, cls='menu', sub_cls='sub-menu', li_cls='menu-item')}</div></nav></div></header>
<div id="content" class="site-content"><div class="container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<nav class="breadcrumbs"><a href="{host}/">Trang chủ</a> / <a href="{host}/category/tin-tuc/">Tin tức</a> / <a href="{host}/category/tin-tuc/tin-nha-truong/">Tin nhà trường</a></nav>
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-tin-nha-truong">
<header class="entry-header"><h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="{a['url']}" rel="bookmark"><time class="entry-date published" datetime="{a['published_at']}">{vn_month(d)}</time><time class="updated" datetime="{upd.strftime('%Y-%m-%dT%H:%M:%S+07:00')}">{vn_month(upd)}</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="{host}/author/admin/">Quản trị viên</a></span></span></div>
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="{host}/category/tin-tuc/tin-nha-truong/" rel="category tag">Tin nhà trường</a></span><span class="tags-links">Thẻ <a href="{host}/tag/hoc-sinh-gioi/" rel="tag">học sinh giỏi</a>, <a href="{host}/tag/thanh-tich/" rel="tag">thành tích</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="{host}/2025/11/08/{slug(rel[-1][0])}/" rel="prev"><span class="nav-subtitle">Bài trước:</span> <span class="nav-title">{esc(rel[-1][0])}</span></a></div></div></nav>
<div class="related-posts"><h3>Bài viết cùng chuyên mục</h3><ul>{rel_html}</ul></div>
<div id="comments" class="comments-area">{wp_comment_form(host, pid)}</div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{host}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
{box_news(rng, 'Bài viết mới', rel_items(rng, TODAY - dt.timedelta(days=6), 5, back_days=20, ahead_days=3), host, cls='widget widget_recent_entries', show_date=False)}
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archive}</ul></section>
{box_banners(rng, cls='widget')}
{box_counter(rng, 1, cls='widget')}
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="container"><div class="site-info"><p><strong>TRƯỜNG THPT NGÔ QUYỀN</strong></p><p>Địa chỉ: 52 Lý Thái Tông, phường An Khê, thành phố Đà Nẵng</p><p>Điện thoại: 0236.3831.420</p><p>&copy; 2026 Trường THPT Ngô Quyền. Thiết kế bởi Trung tâm Công nghệ thông tin giáo dục.</p></div></div></footer>
</div>
{wp_footer_scripts(rng, host)}
</body>
</html>
"""
    return out.encode("utf-8")


def page_f11(a, rng):
    host = "https://mattran.angiang.gov.vn"
    site_title = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang"
    d = pub(a)
    pid = 5518

    def img(i, cap):
        return ('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s/wp-content/uploads/2026/01/ban-giao-nha-dai-doan-ket-1024x683.jpg" alt="" class="wp-image-%d" '
                'srcset="%s/wp-content/uploads/2026/01/ban-giao-nha-dai-doan-ket-1024x683.jpg 1024w, %s/wp-content/uploads/2026/01/ban-giao-nha-dai-doan-ket-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                '<figcaption class="wp-element-caption">%s</figcaption></figure>' % (host, pid + 3, host, host, esc(cap)))

    def table(rows, nh):
        head = "".join("<th>%s</th>" % esc(c) for c in rows[0])
        tb = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows[nh:])
        return '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (head, tb)

    body = render(a["blocks"], img, h=lambda t: '<h2 class="wp-block-heading">%s</h2>' % esc(t), table=table,
                  ul=lambda items: '<ul class="wp-block-list">\n%s\n</ul>' % "\n".join("<li>%s</li>" % x for x in items),
                  quote=lambda ps: '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">%s</blockquote>' % "".join("<p>%s</p>" % x for x in ps))
    body += '\n<p class="has-text-align-right"><strong>%s</strong></p>' % esc(a["byline"][0])
    date_vn = "Ngày %d tháng %d năm %d" % (d.day, d.month, d.year)
    rel = rel_items(rng, d, 6, back_days=35, ahead_days=25)
    rel_html = "".join('<article class="related-item"><a href="%s/%s/"><img src="%s/wp-content/uploads/%s/thumb-%d.jpg" alt="" /></a><h4><a href="%s/%s/">%s</a></h4><span class="date">Ngày %d tháng %d năm %d</span></article>'
                       % (host, slug(t), host, x.strftime("%Y/%m"), k, host, slug(t), esc(t), x.day, x.month, x.year) for k, (t, x) in enumerate(rel))
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Ủy ban MTTQ tỉnh", "Ban Thường trực", "Các ban chuyên môn"]),
                  ("Tin tức - Hoạt động", ["Hoạt động Mặt trận", "Đại đoàn kết", "Giám sát - Phản biện", "Tôn giáo - Dân tộc"]),
                  ("Quỹ Vì người nghèo", []), ("Cuộc vận động", ["Người Việt Nam ưu tiên dùng hàng Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
                  ("Văn bản", []), ("Thư viện ảnh", []), ("Liên hệ", [])]
    out = wp_head(rng, host, a["title"], site_title, "<meta name='robots' content='max-image-preview:large' />", "mattran-theme", 45) + f"""<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="site-header">
<div class="header-top"><div class="container"><span class="header-date">{today_vn()}</span><span class="header-hotline">Đường dây nóng: 0296.3852.217</span></div></div>
<div class="header-banner"><div class="container"><a href="{host}/"><img src="{host}/wp-content/uploads/2025/07/logo-mttq.png" alt="Logo Mặt trận Tổ quốc Việt Nam" width="90" height="90" /></a>
<div class="header-name"><span class="t1">ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM</span><span class="t2">TỈNH AN GIANG</span></div></div></div>
<nav class="main-nav"><div class="container">{menu_ul(menu_items, host, cls='wp-block-navigation__container', sub_cls='wp-block-navigation__submenu-container', li_cls='wp-block-navigation-item')}</div></nav>
</header>
<main class="site-main container">
<div class="row">
<div class="col-md-8">
<div class="breadcrumb"><a href="{host}/">Trang chủ</a> » <a href="{host}/category/tin-tuc-hoat-dong/">Tin tức - Hoạt động</a> » <a href="{host}/category/tin-tuc-hoat-dong/dai-doan-ket/">Đại đoàn kết</a></div>
<article class="single-post">
<h1 class="wp-block-post-title">{esc(a['title'])}</h1>
<div class="post-meta"><span class="post-date"><i class="fa fa-calendar"></i> {date_vn}</span> <span class="post-views"><i class="fa fa-eye"></i> {rng.randint(120, 800)} lượt xem</span>
<span class="post-tools"><a href="javascript:window.print()"><i class="fa fa-print"></i></a> <a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a></span></div>
<div class="entry-content wp-block-post-content is-layout-flow wp-block-post-content-is-layout-flow">
{body}
</div>
<div class="post-share">{share_tools(a['url'], a['title'], 0)}</div>
<div class="post-tags"><span>Từ khóa:</span> <a href="{host}/tag/nha-dai-doan-ket/" rel="tag">nhà Đại đoàn kết</a> <a href="{host}/tag/quy-vi-nguoi-ngheo/" rel="tag">Quỹ Vì người nghèo</a></div>
</article>
<section class="related-posts"><h3 class="section-title">Tin cùng chuyên mục</h3><div class="related-grid">{rel_html}</div></section>
</div>
<aside class="col-md-4 sidebar">
{box_news(rng, 'Tin mới', rel_items(rng, TODAY - dt.timedelta(days=3), 6, back_days=15, ahead_days=2), host, cls='widget', date_fmt=lambda x: 'Ngày %d tháng %d năm %d' % (x.day, x.month, x.year))}
{box_docs(rng, 'MTTQ-BTT', TODAY - dt.timedelta(days=5), title='Văn bản mới', n=5, cls='widget')}
{box_videos(rng, cls='widget')}
{box_banners(rng, cls='widget')}
{box_counter(rng, 0, cls='widget')}
</aside>
</div>
</main>
<footer class="site-footer"><div class="container"><p><strong>ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG</strong></p><p>Địa chỉ: Số 9 Lê Lợi, phường Long Xuyên, tỉnh An Giang</p><p>Điện thoại: 0296.3852.217 - Email: mttq@angiang.gov.vn</p><p>Chịu trách nhiệm chính: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</p></div></footer>
</div>
{wp_footer_scripts(rng, host)}
</body>
</html>
"""
    return out.encode("utf-8")


# ======================================================================
# Joomla 3 and 4
# ======================================================================
def page_f12(a, rng):
    host = "https://ttytkimthanh.haiphong.gov.vn"
    d = pub(a)
    mod = d + dt.timedelta(days=2, hours=6, minutes=32, seconds=11)
    v = rand_hex(rng, 32)
    body = render(a["blocks"], lambda i, c: "", p=lambda t: '<p style="text-align: justify;">%s</p>' % t,
                  ol=lambda items: '<ol style="text-align: justify;">\n%s\n</ol>' % "\n".join("<li>%s</li>" % x for x in items))
    body += '\n<p style="text-align: right;"><strong><em>%s</em></strong></p>' % esc(a["byline"][0])
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Ban Giám đốc", "Các khoa, phòng", "Trạm y tế các xã"]),
                  ("Tin tức - Sự kiện", ["Hoạt động chuyên môn", "Y tế dự phòng", "Truyền thông giáo dục sức khỏe"]),
                  ("Dịch vụ y tế", ["Khám chữa bệnh BHYT", "Tiêm chủng", "Bảng giá dịch vụ"]), ("Văn bản", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    rel = rel_items(rng, d, 6, back_days=30, ahead_days=20)
    rel_html = "".join('<li itemscope itemtype="https://schema.org/Article"><a href="/tin-tuc-su-kien/%d-%s.html" itemprop="url"><span itemprop="name">%s</span></a> <span class="small">(%s)</span></li>'
                       % (1245 - k * 3 - 1, slug(t), esc(t), dmy(x)) for k, (t, x) in enumerate(rel))
    prev_t = rel[-1][0]
    next_t = rel[0][0]
    out = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{a['url']}" />
	<meta name="keywords" content="sốt xuất huyết, phòng chống dịch, y tế dự phòng" />
	<meta name="rights" content="Trung tâm Y tế khu vực Kim Thành" />
	<meta name="description" content="{esc(_first_text(a))}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(a['title'])} - Trung tâm Y tế khu vực Kim Thành</title>
	<link href="/templates/ttyt2021/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?{v}" rel="stylesheet" />
	<link href="/media/jui/css/bootstrap-responsive.min.css?{v}" rel="stylesheet" />
	<link href="/media/jui/css/bootstrap-extended.css?{v}" rel="stylesheet" />
	<link href="/templates/ttyt2021/css/template.css?{v}" rel="stylesheet" />
	<link href="/modules/mod_vvisit_counter/mvc.css" rel="stylesheet" />
	<style>
{css(rng, 40)}
	</style>
	<script type="application/json" class="joomla-script-options new">{{"csrf.token":"{rand_hex(rng, 32)}","system.paths":{{"root":"","base":""}}}}</script>
	<script src="/media/jui/js/jquery.min.js?{v}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{v}"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?{v}"></script>
	<script src="/media/system/js/caption.js?{v}"></script>
	<script src="/media/jui/js/bootstrap.min.js?{v}"></script>
	<script src="/media/system/js/core.js?{v}"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
	</script>
	{js_ga(rng)}
</head>
<body class="site com_content view-article no-layout no-task itemid-104">
<div class="body" id="top">
<div class="container">
<div class="top-bar"><span class="ngay">{today_vn()}</span><div class="moduletable search"><form action="/tin-tuc-su-kien.html" method="post" class="form-inline"><label for="mod-search-searchword95" class="element-invisible">Tìm kiếm</label> <input name="searchword" id="mod-search-searchword95" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="104" /></form></div></div>
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="{host}/images/banner/banner-ttyt-kimthanh.png" alt="Trung tâm Y tế khu vực Kim Thành" /></a></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>
<div class="nav-collapse">{menu_ul(menu_items, host, cls='nav menu nav-pills mod-list', sub_cls='nav-child unstyled small', li_cls='deeper parent')}</div></nav>
<div class="moduletable breadcrumb-mod"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc-su-kien.html" class="pathway"><span itemprop="name">Tin tức - Sự kiện</span></a><span class="divider"> / </span><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(a['title'])}</span><meta itemprop="position" content="3"></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">{esc(a['title'])}</h2>
	</div>
	<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-1245" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
	<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-1245"><li class="print-icon"> <a href="/tin-tuc-su-kien/1245-{slug(a['title'])}.html?tmpl=component&amp;print=1" title="In bài viết &lt; {esc(a['title'])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a></li>
	<li class="email-icon"> <a href="/component/mailto/?tmpl=component&amp;template=ttyt2021&amp;link={rand_alnum(rng, 60)}" title="Gửi liên kết này tới bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>Email</a></li></ul></div></div>
	<dl class="article-info muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> Chuyên mục: <a href="/tin-tuc-su-kien.html" itemprop="genre">Tin tức - Sự kiện</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a['published_at']}" itemprop="datePublished">Ngày đăng: {dmy(d)}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{rng.randint(150, 700)}" />Lượt xem: {rng.randint(150, 700)}</dd>
	</dl>
	<div itemprop="articleBody">
{body}
	</div>
	<dl class="article-info muted">
		<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{mod.strftime('%Y-%m-%dT%H:%M:%S+07:00')}" itemprop="dateModified">Cập nhật lần cuối: {dmy(mod)}</time></dd>
	</dl>
	<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{esc(prev_t)}" aria-label="Bài trước: {esc(prev_t)}" href="/tin-tuc-su-kien/1244-{slug(prev_t)}.html" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li><li class="next"><a class="hasTooltip" title="{esc(next_t)}" aria-label="Bài tiếp theo: {esc(next_t)}" href="/tin-tuc-su-kien/1246-{slug(next_t)}.html" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div>
<div class="moduletable related-items"><h3>Bài viết liên quan</h3><ul class="relateditems mod-list">{rel_html}</ul></div>
</main>
<div id="aside" class="span3">
<div class="moduletable"><h3>Lịch tiêm chủng</h3><p>Tiêm chủng mở rộng: ngày 15 và 16 hằng tháng tại trạm y tế các xã.</p><p>Tiêm dịch vụ: các ngày trong tuần, từ 7h00 đến 16h30.</p></div>
{box_news(rng, 'Tin mới', rel_items(rng, TODAY - dt.timedelta(days=2), 5, back_days=15, ahead_days=1), host + '/tin-tuc-su-kien', cls='moduletable', date_fmt=dmy)}
{box_banners(rng, cls='moduletable')}
{box_poll(rng, cls='moduletable')}
<div class="moduletable"><h3>Thống kê truy cập</h3><div id="vvisit_counter" class="vvisit_counter"><div><table cellpadding="0" cellspacing="0" style="margin: 3px; text-align: center; align: center; width: 90%;" class="vvisit_counter_inner"><tbody>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.gif" alt="Hôm nay" title="Hôm nay" /></td><td>Hôm nay</td><td align="right">{rng.randint(100, 900)}</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/vyesterday.gif" alt="Hôm qua" /></td><td>Hôm qua</td><td align="right">{rng.randint(100, 900)}</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/vweek.gif" alt="Tuần này" /></td><td>Tuần này</td><td align="right">{rng.randint(1000, 5000)}</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/vall.gif" alt="Tất cả" /></td><td>Tất cả</td><td align="right">{rng.randint(200000, 900000)}</td></tr>
</tbody></table></div></div></div>
</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="moduletable"><p><strong>TRUNG TÂM Y TẾ KHU VỰC KIM THÀNH</strong></p><p>Địa chỉ: Khu 1, xã Kim Thành, thành phố Hải Phòng</p><p>Điện thoại: 0220.3720.115 - Email: ttytkimthanh@haiphong.gov.vn</p><p>Người chịu trách nhiệm: Giám đốc Trung tâm</p></div>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2026 Trung tâm Y tế khu vực Kim Thành</p></div></footer>
<script>{js_misc(rng, 3)}</script>
</body>
</html>
"""
    return out.encode("utf-8")


def _first_text(a):
    if a.get("lead"):
        return re.sub(r"<[^>]+>", "", a["lead"])
    for b in a["blocks"]:
        if b[0] == "p":
            return re.sub(r"<[^>]+>", "", b[1])
    return a["title"]


def page_f13(a, rng):
    host = "https://hoinongdan.caobang.gov.vn"
    d = pub(a)
    v = rand_hex(rng, 20)
    author = a["byline"][0].split(": ", 1)[1]

    def img(i, cap):
        return ('<figure class="image" style="text-align: center;"><img src="images/2026/05/tap-huan-cds-%d.jpg" alt="" width="700" height="466" loading="lazy" data-path="local-images:/2026/05/tap-huan-cds-%d.jpg" />'
                '<figcaption>%s</figcaption></figure>' % (i + 1, i + 1, entity_encode(esc(cap))))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align: justify;">%s</p>' % entity_encode(t),
                  ul=lambda items: "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % entity_encode(x) for x in items))
    body = body.replace("“", "&ldquo;").replace("”", "&rdquo;")
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Hội", "Ban Thường vụ", "Cơ cấu tổ chức"]),
                  ("Tin hoạt động", ["Hoạt động Hội các cấp", "Nông dân với pháp luật", "Khuyến nông"]), ("Gương nông dân", []),
                  ("Quỹ Hỗ trợ nông dân", []), ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản của tỉnh", "Văn bản Hội tỉnh"]), ("Liên hệ", [])]
    rel = rel_items(rng, d, 5, back_days=30, ahead_days=30)
    rel_html = "".join('<li><a href="/tin-hoat-dong/%s">%s</a> <small>%s</small></li>' % (slug(t), esc(t), x.strftime("%d-%m-%Y")) for t, x in rel)
    out = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="{esc(author)}">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{esc(_first_text(a))}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(a['title'])} - Hội Nông dân tỉnh Cao Bằng</title>
	<link href="/media/templates/site/cassiopeia_hnd/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">
	<link href="/media/system/css/joomla-fontawesome.min.css?{v}" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{v}" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{v}" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{v}" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia_hnd/css/user.css?{v}" rel="stylesheet" />
	<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #2a69b8;
		--template-special-color: #001B4C;
	}}
{css(rng, 45)}</style>
	<script src="/media/mod_menu/js/menu-es5.min.js?{v}" nomodule defer></script>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông điệp","NOTICE":"Thông báo","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"Đồng ý","JOPEN":"Mở"}},"system.paths":{{"root":"","rootFull":"{jsesc(host)}\\/","base":"","baseFull":"{jsesc(host)}\\/"}},"csrf.token":"{rand_hex(rng, 32)}"}}</script>
	<script src="/media/system/js/core.min.js?{v}"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{v}" defer></script>
	<script src="/media/system/js/messages-es5.min.js?{v}" nomodule defer></script>
	<script src="/media/system/js/messages.min.js?{v}" type="module"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
	<header class="header container-header full-width">
		<div class="container-topbar"><div class="moduletable topbar-date"><p>{today_vn()}</p></div><div class="moduletable topbar-links"><ul class="mod-menu mod-list nav "><li class="nav-item"><a href="/so-do-trang">Sơ đồ trang</a></li><li class="nav-item"><a href="/lien-he">Liên hệ</a></li></ul></div></div>
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="{host}/images/logo/banner-hnd-caobang.png" alt="Hội Nông dân tỉnh Cao Bằng" width="1200" height="160"></a></div></div>
		<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Menu chính"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng"><span class="icon-menu" aria-hidden="true"></span></button>
		<div class="collapse navbar-collapse" id="navbar1">{menu_ul(menu_items, host, cls='mod-menu mod-list nav ', sub_cls='mod-menu__sub list-unstyled small', li_cls='nav-item deeper parent')}</div></nav>
		<div class="container-search"><div class="moduletable "><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search"><label for="mod-finder-searchword0" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword0" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form></div></div></div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/tin-hoat-dong" class="pathway"><span itemprop="name">Tin hoạt động</span></a><meta itemprop="position" content="2"></li></ol></nav>
			<div id="system-message-container" aria-live="polite"></div>
			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	<div class="page-header">
		<h1 itemprop="headline">
			{esc(a['title'])}		</h1>
	</div>
			<dl class="article-info text-muted">
			<dt class="article-info-term">Chi tiết</dt>
	<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
	<span class="icon-user icon-fw" aria-hidden="true"></span>
					Viết bởi: <span itemprop="name">{esc(author)}</span>	</dd>
	<dd class="category-name">
	<span class="icon-folder-open icon-fw" aria-hidden="true"></span>						Chuyên mục: <a href="/tin-hoat-dong" itemprop="genre">Tin hoạt động</a>	</dd>
	<dd class="published">
	<span class="icon-calendar icon-fw" aria-hidden="true"></span>
	<time datetime="{a['published_at']}" itemprop="datePublished">
		Ngày đăng: {d.day} Tháng {d.month} {d.year}	</time>
</dd>
	<dd class="hits">
	<span class="icon-eye icon-fw" aria-hidden="true"></span>
	<meta itemprop="interactionCount" content="UserPageVisits:{rng.randint(100, 600)}">
	Lượt xem: {rng.randint(100, 600)}</dd>
			</dl>
		<div itemprop="articleBody" class="com-content-article__body">
		{body}	</div>
		<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/component/tags/tag/chuyen-doi-so" class="btn btn-sm btn-info">chuyển đổi số</a></li><li class="list-inline-item tag-18 tag-list1"><a href="/component/tags/tag/tap-huan" class="btn btn-sm btn-info">tập huấn</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/tin-hoat-dong/{slug(rel[-1][0])}" rel="prev"><span class="visually-hidden">Bài trước: {esc(rel[-1][0])}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="/tin-hoat-dong/{slug(rel[0][0])}" rel="next"><span class="visually-hidden">Bài tiếp: {esc(rel[0][0])}</span><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
			</div>
			</main>
			<div class="main-bottom card "><h3 class="card-header ">Tin cùng chuyên mục</h3><div class="card-body"><ul class="mod-articlescategory category-module mod-list">{rel_html}</ul></div></div>
		</div>
		<div class="grid-child container-sidebar-right">
			{box_news(rng, 'Tin mới nhất', rel_items(rng, TODAY - dt.timedelta(days=4), 5, back_days=20, ahead_days=3), host + '/tin-hoat-dong', cls='sidebar-right card', date_fmt=lambda x: x.strftime('%d-%m-%Y'))}
			{box_docs(rng, 'HNDT', TODAY - dt.timedelta(days=9), title='Văn bản mới', n=4, cls='sidebar-right card')}
			{box_videos(rng, cls='sidebar-right card')}
			{box_links(rng, cls='sidebar-right card')}
			{box_counter(rng, 0, cls='sidebar-right card')}
		</div>
	</div>
	<footer class="container-footer footer full-width"><div class="grid-child"><div class="moduletable "><p><strong>HỘI NÔNG DÂN TỈNH CAO BẰNG</strong></p><p>Địa chỉ: Số 036 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p><p>Điện thoại: 0206.3852.469 - Email: hoinongdan@caobang.gov.vn</p><p>Chịu trách nhiệm nội dung: Chủ tịch Hội Nông dân tỉnh</p></div></div></footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""
    return out.encode("utf-8")


# ======================================================================
# NukeViet 4
# ======================================================================
def page_f15(a, rng):
    host = "https://tamdao.phutho.gov.vn"
    d = pub(a)
    mod = d + dt.timedelta(hours=5, minutes=12)
    t = rng.randint(1718000000, 1760000000)
    site_name = "Cổng thông tin điện tử xã Tam Đảo"

    def img(i, cap):
        return ('<div class="image-center"><figure class="image"><img alt="%s" height="480" src="/uploads/news/2025_11/ngay-hoi-dai-doan-ket-tay-thien-%d.jpg" width="720" />'
                '<figcaption>%s</figcaption></figure></div>' % (esc(cap), i + 1, esc(cap)))

    body = render(a["blocks"], img, p=lambda t_: '<p style="text-align:justify">%s</p>' % t_)
    author = a["byline"][0].split(": ", 1)[1]
    src = a["source"].split(": ", 1)[1]
    newer = rel_items(rng, d + dt.timedelta(days=12), 4, back_days=10, ahead_days=0)
    older = rel_items(rng, d - dt.timedelta(days=2), 6, exclude=[x for x, _ in newer], back_days=30, ahead_days=0)

    def lst(items):
        return "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="%s/news/tin-tuc-su-kien/%s-%d.html" data-placement="bottom" data-content="%s" data-img="" data-rel="tooltip" title="%s">%s</a><em> (%s)</em></li>'
                       % (host, slug(x), rng.randint(1400, 1600), esc(rng.choice(LISTING)[1]), esc(x), esc(x), dmy(y)) for x, y in items)

    menu_items = MENU_COMMUNE
    blocks_left = "\n".join([
        box_news(rng, "Tin mới nhất", rel_items(rng, TODAY - dt.timedelta(days=3), 6, back_days=15, ahead_days=2), host + "/news/tin-tuc-su-kien", cls="panel panel-default", date_fmt=dmy),
        box_docs(rng, "UBND", TODAY - dt.timedelta(days=5), title="Văn bản chỉ đạo điều hành", n=5, cls="panel panel-default"),
        box_poll(rng, cls="panel panel-default"), box_links(rng, cls="panel panel-default"),
        '<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>%d</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-sm"></em>Hôm nay</span><span>%s</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-sm"></em>Tháng hiện tại</span><span>%s</span></li><li><span><em class="fa fa-bars fa-lg fa-horizon margin-top-sm"></em>Tổng lượt truy cập</span><span>%s</span></li></ul></div></div>'
        % (rng.randint(5, 60), fmt_int(rng.randint(100, 2000), ","), fmt_int(rng.randint(5000, 40000), ","), fmt_int(rng.randint(200000, 900000), ",")),
    ])
    out = f"""<!DOCTYPE html>
    <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
    <head>
<title>{esc(a['title'])} - Tin tức - Sự kiện - {site_name}</title>
<meta name="description" content="{esc(a['lead'])}">
<meta name="keywords" content="ngày hội đại đoàn kết, mặt trận tổ quốc, tây thiên, tam đảo">
<meta name="news_keywords" content="ngày hội đại đoàn kết, mặt trận tổ quốc, tây thiên, tam đảo">
<meta name="author" content="{site_name}">
<meta name="copyright" content="{site_name} [ubnd@tamdao.phutho.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(a['lead'])}">
<meta property="og:site_name" content="{site_name}">
<meta property="og:image" content="{host}/uploads/news/2025_11/ngay-hoi-dai-doan-ket-tay-thien-1.jpg">
<meta property="og:url" content="{a['url']}">
<meta property="article:published_time" content="{d.strftime('%Y-%m-%d')}+07{d.strftime('%H:%M:%S')}">
<meta property="article:modified_time" content="{mod.strftime('%Y-%m-%d')}+07{mod.strftime('%H:%M:%S')}">
<meta property="article:section" content="Tin tức - Sự kiện">
<meta property="article:tag" content="ngày hội đại đoàn kết">
<meta property="article:tag" content="mặt trận tổ quốc">
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="{a['url']}">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="alternate" href="/news/rss/tin-tuc-su-kien/" title="Tin Tức - Tin tức - Sự kiện" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t={t}">
<link rel="preload" as="script" href="/assets/js/language/vi.js?t={t}">
<link rel="preload" as="script" href="/assets/js/global.js?t={t}">
<link rel="preload" as="script" href="/themes/egov/js/news.js?t={t}">
<link rel="preload" as="script" href="/themes/egov/js/main.js?t={t}">
<link rel="preload" as="script" href="/themes/egov/js/bootstrap.min.js?t={t}">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t={t}">
<link rel="StyleSheet" href="/themes/egov/css/bootstrap.min.css?t={t}">
<link rel="StyleSheet" href="/themes/egov/css/style.css?t={t}">
<link rel="StyleSheet" href="/themes/egov/css/style.responsive.css?t={t}">
<link rel="StyleSheet" href="/themes/egov/css/news.css?t={t}">
<style>
{css(rng, 35)}
</style>
<script type="application/ld+json">{{"@context": "https://schema.org","@type": "Organization","url": "{host}","logo": "{host}/uploads/logo-xa-tam-dao.png"}}</script>
    </head>
    <body>
<noscript>
    <div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div>
</noscript>
<div class="body-bg">
<div class="wraper">
    <header>
        <div class="container">
            <div id="header" class="row">
                <div class="logo col-xs-24 col-sm-24 col-md-8">
                    <a title="{site_name}" href="/"><img src="/uploads/logo-xa-tam-dao.png" width="90" height="90" alt="{site_name}"></a>
                    <div class="site_name">ỦY BAN NHÂN DÂN XÃ TAM ĐẢO</div><div class="site_description">Tỉnh Phú Thọ</div>
                </div>
                <div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div>
            </div>
        </div>
    </header>
    <nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
{menu_ul(menu_items, host, cls='nav navbar-nav', sub_cls='dropdown-menu', li_cls='dropdown')}
    </div></div></div></nav>
    <section>
        <div class="container" id="body">
            <nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin Tức"><span class="txt" itemprop="name">Tin Tức</span></a><i class="hidden" itemprop="position" content="2"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/tin-tuc-su-kien/" itemprop="item" title="Tin tức - Sự kiện"><span class="txt" itemprop="name">Tin tức - Sự kiện</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul></div></div>
<div class="headerDate col-xs-24 col-sm-6 col-md-6"><div class="current-time"><em class="fa fa-clock-o"></em> {wd(TODAY)} - {dmy(TODAY)}</div></div></div></div></div></nav>
            <div class="row">
                <div class="col-sm-16 col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">{esc(a['title'])}</h1>
        <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope>
            <span itemprop="name">{esc(author)}</span>
        </div>
        <span class="hidden hide d-none" itemprop="datePublished">{a['published_at']}</span>
        <span class="hidden hide d-none" itemprop="dateModified">{mod.strftime('%Y-%m-%dT%H:%M:%S+07:00')}</span>
        <span class="hidden hide d-none" itemprop="mainEntityOfPage">{a['url']}</span>
        <div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{site_name}</span></div>
        <div class="row margin-bottom-lg">
            <div class="col-md-12">
                <span class="h5">{wd(d, lower=True)} - {dmy(d)} {hm(d)}</span>
            </div>
            <div class="col-md-12">
                <ul class="list-inline text-right">
                    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/tin-tuc-su-kien/{slug(a['title'])}-1532.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/tin-tuc-su-kien/{slug(a['title'])}-1532.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/tin-tuc-su-kien/{slug(a['title'])}-1532.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
                </ul>
            </div>
        </div>
        <div class="clearfix">
            <figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">
                <div style="width:140px;"><p class="text-center"><img alt="{esc(a['title'])}" src="/assets/news/2025_11/ngay-hoi-dai-doan-ket-tay-thien-1.jpg" alt="{esc(a['title'])}" width="140" class="img-thumbnail"/></p></div>
            </figure>
            <div class="hometext m-bottom" itemprop="description">{esc(a['lead'])}</div>
        </div>
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
            {body}
        </div>
        <div class="margin-bottom-lg">
            <p class="h5 text-right">
                <strong>Tác giả: </strong>{esc(author)}
            </p>
            <p class="h5 text-right">
                <strong>Nguồn tin: </strong>{esc(src)}
            </p>
        </div>
    </div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords"><a title="ngày hội đại đoàn kết" href="/news/tag/ngay-hoi-dai-doan-ket"><em>ngày hội đại đoàn kết</em></a>, <a title="mặt trận tổ quốc" href="/news/tag/mat-tran-to-quoc"><em>mặt trận tổ quốc</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="" class="form-inline"><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body">{comment_form('nv-comment', 'Ý kiến bạn đọc')}</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
    <p class="h3"><strong>Những tin mới hơn</strong></p>
    <div class="clearfix"><ul class="detail-related related list-none list-items">{lst(newer)}</ul></div>
    <p class="h3"><strong>Những tin cũ hơn</strong></p>
    <div class="clearfix"><ul class="detail-related related list-none list-items">{lst(older)}</ul></div>
</div></div>
                </div>
                <div class="col-sm-8 col-md-6">
{blocks_left}
                </div>
            </div>
        </div>
    </section>
</div>
<footer id="footer">
    <div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-24">
{footer_block(dict(name='ỦY BAN NHÂN DÂN XÃ TAM ĐẢO', owner='Ủy ban nhân dân xã Tam Đảo, tỉnh Phú Thọ', address='Thôn Đồng Bả, xã Tam Đảo, tỉnh Phú Thọ', phone='0211.3824.205', email='ubnd.tamdao@phutho.gov.vn', chief='Chủ tịch Ủy ban nhân dân xã', license='Trang thông tin điện tử xây dựng trên mã nguồn NukeViet', source_name=site_name))}
    </div></div></div></div>
</footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/jquery/jquery.min.js?t={t}"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/language/vi.js?t={t}"></script>
<script src="/assets/js/global.js?t={t}"></script>
<script src="/themes/egov/js/news.js?t={t}"></script>
<script src="/themes/egov/js/main.js?t={t}"></script>
<script>{js_misc(rng, 3)}</script>
</body>
</html>
"""
    return out.encode("utf-8")


# ======================================================================
# Drupal 10
# ======================================================================
def page_f16(a, rng):
    host = "https://sokhcn.hungyen.gov.vn"
    d = pub(a)
    mod = d + dt.timedelta(hours=2, minutes=11, seconds=5)
    nid = 1873
    h = rand_alnum(rng, 43)

    def img(i, cap):
        return ('<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/cnc-pho-hien.jpg" data-entity-uuid="%s" data-entity-type="file" alt="Dây chuyền gia công CNC" width="800" height="533" loading="lazy">'
                '<figcaption>%s</figcaption></figure>' % (guid(rng), esc(cap)))

    body = render(a["blocks"], img, h=lambda t: "<h3>%s</h3>" % esc(t))
    rel = rel_items(rng, d, 6, back_days=30, ahead_days=20)
    rel_html = "".join('<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/%s" hreflang="vi">%s</a></span></div>'
                       '<div class="views-field views-field-created"><span class="field-content"><time datetime="%s" class="datetime">%s</time></span></div></div>'
                       % (slug(t), esc(t), x.strftime("%Y-%m-%dT%H:%M:%S+07:00"), x.strftime("%d/%m/%Y - %H:%M")) for t, x in rel)
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Cơ cấu tổ chức"]),
                  ("Tin tức", ["Hoạt động khoa học công nghệ", "Chuyển đổi số", "Đổi mới sáng tạo", "Tiêu chuẩn đo lường chất lượng"]),
                  ("Nhiệm vụ khoa học", ["Đề tài, dự án", "Kết quả nghiên cứu"]), ("Văn bản", []), ("Thủ tục hành chính", []),
                  ("Sở hữu trí tuệ", []), ("Liên hệ", [])]
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/%d" % nid, "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "vi"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": "eJx9jkEOwjAMBD-UJk9CbmpFBjdGtgONhb1c5Q", "theme": "skhcn", "theme_token": None},
                "ajaxTrustedUrl": {"/comment/reply/node/%d/comment" % nid: True},
                "user": {"uid": 0, "permissionsHash": rand_hex(rng, 64)}}
    out = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{esc(a['lead'])}" />
<link rel="canonical" href="{a['url']}" />
<meta property="og:site_name" content="Sở Khoa học và Công nghệ tỉnh Hưng Yên" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{a['url']}" />
<meta property="og:title" content="{esc(a['title'])}" />
<meta property="og:image" content="{host}/sites/default/files/2026-02/ho-tro-doi-moi-cong-nghe.jpg" />
<meta property="article:published_time" content="{a['published_at']}" />
<meta property="article:modified_time" content="{mod.strftime('%Y-%m-%dT%H:%M:%S+07:00')}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/skhcn/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="vi" href="{a['url']}" />
<link rel="shortlink" href="{host}/node/{nid}" />
    <title>{esc(a['title'])} | Sở Khoa học và Công nghệ tỉnh Hưng Yên</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{h}.css?delta=0&amp;language=vi&amp;theme=skhcn&amp;include=eJx9jkEOwjAMBD-UJk9CbmpFBjdGtgONhb1c5Q" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{rand_alnum(rng, 43)}.css?delta=1&amp;language=vi&amp;theme=skhcn&amp;include=eJx9jkEOwjAMBD-UJk9CbmpFBjdGtgONhb1c5Q" />
    <style>
{css(rng, 40)}
    </style>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{jsesc(json.dumps(settings, ensure_ascii=False, separators=(',', ':')))}</script>
<script src="/sites/default/files/js/js_{rand_alnum(rng, 43)}.js?scope=header&amp;delta=0&amp;language=vi&amp;theme=skhcn&amp;include=eJxLzs_JL0rMS9"></script>
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Bỏ qua nội dung chính
    </a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <div class="top-header"><div class="container"><span class="current-date">{today_vn()}</span><div class="top-links"><a href="/so-do-site">Sơ đồ site</a> | <a href="/lien-he">Liên hệ</a> | <a href="/user/login">Đăng nhập</a></div></div></div>
  <header role="banner">
      <div class="region region-header">
    <div id="block-skhcn-branding" class="block block-system block-system-branding-block">
      <a href="/" rel="home" class="site-logo"><img src="/themes/custom/skhcn/logo.png" alt="Trang chủ" fetchpriority="high" /></a>
        <div class="site-name"><a href="/" rel="home">SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN</a></div>
      </div>
<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-skhcn-search-form" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label"><label for="edit-keys" class="visually-hidden">Tìm kiếm</label><input title="Nhập các từ mà bạn muốn tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></div></form></div>
  </div>
  </header>
    <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-skhcn-main-menu-menu" id="block-skhcn-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-skhcn-main-menu-menu">Điều hướng chính</h2>
{menu_ul(menu_items, host, cls='menu', sub_cls='menu', li_cls='menu-item menu-item--expanded')}
  </nav>
  </div>
    <div class="region region-breadcrumb">
    <div id="block-skhcn-breadcrumbs" class="block block-system block-system-breadcrumb-block">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
          <li><a href="/">Trang chủ</a></li>
          <li><a href="/tin-tuc">Tin tức</a></li>
          <li><a href="/tin-tuc/doi-moi-sang-tao">Đổi mới sáng tạo</a></li>
        </ol>
  </nav>
  </div>
  </div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div><div id="block-skhcn-page-title" class="block block-core block-page-title-block">
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a['title'])}</span>
</h1>
  </div>
<div id="block-skhcn-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" about="/tin-tuc/{slug(a['title'])}" class="node node--type-article node--promoted node--view-mode-full">
  <div class="node__meta">
    <span class="node__submitted">Ngày đăng: <span class="field field--name-created field--type-created field--label-hidden">{d.strftime('%d/%m/%Y - %H:%M')}</span></span>
    <span class="node__views">Lượt xem: {rng.randint(100, 600)}</span>
  </div>
  <div class="node__content">
  <div class="clearfix text-formatted field field--name-field-sapo field--type-text-long field--label-hidden field__item"><p>{esc(a['lead'])}</p></div>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
  <div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix">
    <div class="field__label">Tác giả</div>
              <div class="field__item">{esc(a['byline'][0])}</div>
          </div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-above">
    <div class="field__label">Từ khóa</div>
          <div class="field__items">
              <div class="field__item"><a href="/taxonomy/term/41" hreflang="vi">đổi mới công nghệ</a></div>
          <div class="field__item"><a href="/taxonomy/term/57" hreflang="vi">doanh nghiệp</a></div>
          <div class="field__item"><a href="/taxonomy/term/63" hreflang="vi">năng suất chất lượng</a></div>
              </div>
      </div>
  <div class="share-print"><a href="/print/node/{nid}" class="print-link">In trang</a> {share_tools(a['url'], a['title'], 0)}</div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">
      <h2 class="title comment-form__title">Thêm bình luận mới</h2>
    <form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name"><label for="edit-name">Tên của bạn</label><input data-drupal-default-value="Khách" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
<input autocomplete="off" data-drupal-selector="form-{rand_alnum(rng, 43)}" type="hidden" name="form_build_id" value="form-{rand_alnum(rng, 43)}" />
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper"><div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Bình luận</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required resize-vertical" required="required" aria-required="true"></textarea></div></div></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Lưu" class="button button--primary js-form-submit form-submit" /><input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Xem trước" class="button js-form-submit form-submit" /></div>
</form>
  </section>
  </div>
</article>
  </div>
<div class="views-element-container block block-views block-views-blocktin-lien-quan-block-1" id="block-views-block-tin-lien-quan-block-1">
      <h2>Tin liên quan</h2>
      <div><div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block_1 js-view-dom-id-{rand_hex(rng, 64)}">
      <div class="view-content">{rel_html}</div>
</div></div>
  </div>
  </div>
    </div>
          <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
{box_news(rng, 'Tin mới', rel_items(rng, TODAY - dt.timedelta(days=3), 5, back_days=15, ahead_days=2), host + '/tin-tuc', cls='block', date_fmt=lambda x: x.strftime('%d/%m/%Y - %H:%M'))}
{box_docs(rng, 'SKHCN', TODAY - dt.timedelta(days=7), title='Văn bản mới', n=5, cls='block')}
{box_banners(rng, cls='block')}
{box_poll(rng, cls='block')}
{box_counter(rng, 0, cls='block')}
  </div>
      </aside>
  </main>
      <footer role="contentinfo">
      <div class="region region-footer">
{footer_block(dict(name='SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN', owner='Sở Khoa học và Công nghệ tỉnh Hưng Yên', address='Số 437 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên', phone='0221.3865.011', email='skhcn@hungyen.gov.vn', chief='Giám đốc Sở Khoa học và Công nghệ', license='Giấy phép số 11/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên cấp ngày 30/9/2025', source_name='Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Hưng Yên'))}
  </div>
    </footer>
  </div>
  </div>
    <script src="/sites/default/files/js/js_{rand_alnum(rng, 43)}.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=skhcn&amp;include=eJxLzs_JL0rMS9"></script>
  </body>
</html>
"""
    return out.encode("utf-8")


# ======================================================================
# ASP.NET WebForms, HTML 4 tables, windows-1258 with decomposed tones
# ======================================================================
def page_f17(a, rng):
    host = "http://yenmo.ninhbinh.gov.vn"
    d = pub(a)

    def img(i, cap):
        return ('<p align="center"><img src="/Upload/TinTuc/2025/5/ra-quan-gtnt-yen-thang.jpg" width="500" height="333" border="0" alt="" /></p>\n'
                '<p align="center"><i>%s</i></p>' % esc(cap))

    body = render(a["blocks"], img, p=lambda t: '<p align="justify">&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % nbspify(rng, t, 0.05))
    body += '\n<p align="right"><b>%s</b></p>' % esc(a["byline"][0])
    rel = rel_items(rng, d, 10, back_days=40, ahead_days=0)
    rel_rows = "".join('<tr><td class="tinkhac">&#187; <a href="ChiTietTin.aspx?ID=%d&amp;CatID=12" class="link_tinkhac">%s</a> <span class="ngay">(%s)</span></td></tr>'
                       % (2314 - k - 1, esc(t), dmy(x)) for k, (t, x) in enumerate(rel))
    cats = ["Tin tức - Sự kiện", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Xây dựng Đảng", "Nông thôn mới", "Cải cách hành chính", "Thông báo"]
    left = "".join('<tr><td class="menu_trai"><img src="../Images/bullet.gif" alt="" /> <a href="DanhSachTin.aspx?CatID=%d">%s</a></td></tr>' % (10 + k, esc(c)) for k, c in enumerate(cats))
    docs_rows = "".join('<tr><td class="vanban"><a href="../VanBan/ChiTiet.aspx?ID=%d">%s</a><br /><span class="ngay">Ngày ban hành: %s</span></td></tr>' % (rng.randint(100, 900), esc(n), dmy(x))
                        for n, so, x, s in docs(rng, 5, "UBND", d + dt.timedelta(days=10)))
    v = visit_numbers(rng)
    top = " | ".join('<a href="%s" class="menu_ngang">%s</a>' % (u, esc(t)) for t, u in [
        ("TRANG CHỦ", "../Default.aspx"), ("GIỚI THIỆU", "../GioiThieu.aspx"), ("TIN TỨC", "DanhSachTin.aspx?CatID=10"), ("VĂN BẢN", "../VanBan/Default.aspx"),
        ("THỦ TỤC HÀNH CHÍNH", "../TTHC/Default.aspx"), ("LỊCH CÔNG TÁC", "../LichCongTac.aspx"), ("HỎI ĐÁP", "../HoiDap.aspx"), ("LIÊN HỆ", "../LienHe.aspx")])
    vs = viewstate(rng, 7000, prefix="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPZBYCAgEPFgIeBFRleHQF")
    ev = base64.b64encode(bytes(rng.randrange(256) for _ in range(140))).decode()
    out = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head><title>
	{esc(a['title'])} - Trang thông tin điện tử huyện Yên Mô
</title><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><meta name="keywords" content="Yên Mô, Ninh Bình, tin tức, giao thông nông thôn" /><meta name="description" content="Trang thông tin điện tử huyện Yên Mô, tỉnh Ninh Bình" /><link href="../Styles/StyleSheet.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="../Scripts/menu.js"></script>
<script language="javascript" type="text/javascript">
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
function PrintPage() {{ var w = window.open('InTin.aspx?ID=2314','','width=700,height=600,scrollbars=yes'); }}
</script>
<style type="text/css">
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 12px; background: #e9e9e9; }}
.tieude_chitiet {{ font-size: 16px; font-weight: bold; color: #a50000; }}
.ngaydang {{ font-size: 11px; color: #777777; }}
.noidung {{ font-size: 13px; line-height: 1.5; text-align: justify; }}
{css(rng, 25)}
</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onload="MM_preloadImages('../Images/menu_over.gif')">
<form name="aspnetForm" method="post" action="ChiTietTin.aspx?ID=2314&amp;CatID=12" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td><img src="../Images/banner_yenmo.jpg" width="1000" height="150" alt="Trang thông tin điện tử huyện Yên Mô" /></td></tr>
  <tr><td height="30" background="../Images/menu_bg.gif" align="center">{top}</td></tr>
  <tr><td height="24" bgcolor="#f5e9c9"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="260" class="ngaythang">&nbsp;{today_vn()}</td>
  <td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) và 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)</marquee></td>
  <td width="220" align="right"><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="textbox" style="width:140px;" /> <input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="ctl00_btnTimKiem" class="button" /></td></tr></table></td></tr>
  <tr><td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td width="200" valign="top" bgcolor="#f7f7f7">
      <table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="khung_tieude">DANH MỤC</td></tr>{left}</table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="khung_tieude">VĂN BẢN MỚI</td></tr>{docs_rows}</table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="khung_tieude">LIÊN KẾT WEBSITE</td></tr><tr><td><select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="window.open(this.value)">{"".join('<option value="%s">%s</option>' % (esc(u), esc(n)) for n, u in LINK_SITES)}</select></td></tr></table>
    </td>
    <td width="600" valign="top" style="padding: 8px;">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="duongdan"><a href="../Default.aspx">Trang chủ</a> &gt;&gt; <a href="DanhSachTin.aspx?CatID=10">Tin tức - Sự kiện</a> &gt;&gt; <a href="DanhSachTin.aspx?CatID=12">Nông thôn mới</a></td></tr>
        <tr><td><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude_chitiet">{esc(a['title'])}</span></td></tr>
        <tr><td><span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="ngaydang">Ngày {d.day} tháng {d.month} năm {d.year}</span> &nbsp; <span class="ngaydang">Lượt xem: {rng.randint(100, 900)}</span></td></tr>
        <tr><td class="noidung"><span id="ctl00_ContentPlaceHolder1_lblNoiDung">{body}</span></td></tr>
        <tr><td align="right"><a href="javascript:PrintPage();"><img src="../Images/print.gif" border="0" alt="" /> In trang</a> &nbsp; <a href="javascript:history.back();"><img src="../Images/back.gif" border="0" alt="" /> Quay lại</a> &nbsp; <a href="#"><img src="../Images/top.gif" border="0" alt="" /> Đầu trang</a></td></tr>
        <tr><td class="tinkhac_tieude">CÁC TIN KHÁC</td></tr>
        <tr><td><table id="ctl00_ContentPlaceHolder1_dlTinKhac" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">{rel_rows}</table></td></tr>
      </table>
    </td>
    <td width="200" valign="top" bgcolor="#f7f7f7">
      <table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="khung_tieude">LỊCH CÔNG TÁC</td></tr><tr><td><a href="../LichCongTac.aspx">Lịch công tác tuần của Thường trực HĐND, UBND huyện</a></td></tr></table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="khung_tieude">HỎI ĐÁP</td></tr><tr><td><a href="../HoiDap.aspx">Gửi câu hỏi</a> - <a href="../HoiDap.aspx?v=ds">Xem câu trả lời</a></td></tr></table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="khung_tieude">THĂM DÒ Ý KIẾN</td></tr><tr><td>Bạn quan tâm mục gì nhất trên trang?<br /><input type="radio" name="tdyk" /> Tin tức<br /><input type="radio" name="tdyk" /> Văn bản<br /><input type="radio" name="tdyk" /> Thủ tục hành chính<br /><input type="submit" name="ctl00$btnBieuQuyet" value="Biểu quyết" /></td></tr></table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="khung_tieude">THỐNG KÊ TRUY CẬP</td></tr><tr><td>Lượt truy cập: {fmt_int(v['total'])}<br />Đang online: {v['online']}</td></tr></table>
    </td>
  </tr></table></td></tr>
  <tr><td bgcolor="#a50000" align="center" style="color:#ffffff;padding:8px;">
    <b>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MÔ - TỈNH NINH BÌNH</b><br />
    Cơ quan chủ quản: Ủy ban nhân dân huyện Yên Mô<br />Địa chỉ: Thị trấn Yên Thịnh, huyện Yên Mô, tỉnh Ninh Bình - Điện thoại: 0229.3840.216<br />
    Giấy phép số 08/GP-STTTT ngày 22/6/2016 của Sở Thông tin và Truyền thông tỉnh Ninh Bình
  </td></tr>
</table>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="6F3C8A12" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div></form>
</body>
</html>
"""
    return to_cp1258(out)


# ======================================================================
# Nuxt (Vue SSR)
# ======================================================================
def page_f18(a, rng):
    host = "https://danguy.thudaumot.hochiminhcity.gov.vn"
    d = pub(a)

    def img(i, cap):
        return ('<figure class="image"><img src="https://cdn-dangbo.hochiminhcity.gov.vn/uploads/2026/10/06/so-ket-9-thang-%d.jpg" alt="%s" width="1024" height="683" loading="lazy">'
                '<figcaption>%s</figcaption></figure>' % (i + 1, esc(cap), esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p style="text-align:justify;">%s</p>' % t)
    author = a["byline"][0].split(": ", 1)[1]
    rel = rel_items(rng, d, 6, back_days=25, ahead_days=25)
    rel_html = "".join('<div data-v-5e1a2b3c class="news-card"><a data-v-5e1a2b3c href="/tin-tuc/%s-%d" class="news-card__link"><div data-v-5e1a2b3c class="news-card__thumb"><img data-v-5e1a2b3c src="https://cdn-dangbo.hochiminhcity.gov.vn/uploads/thumb/%s.jpg" alt=""></div>'
                       '<h3 data-v-5e1a2b3c class="news-card__title">%s</h3></a><span data-v-5e1a2b3c class="news-card__time">%s</span></div>'
                       % (slug(t), 10400 + k, rand_hex(rng, 10), esc(t), dmy(x)) for k, (t, x) in enumerate(rel))
    menu_items = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Thường vụ", "Các cơ quan tham mưu"]),
                  ("Tin tức", ["Xây dựng Đảng", "Chính quyền", "Mặt trận - Đoàn thể", "Kinh tế - Đô thị", "Văn hóa - Xã hội"]),
                  ("Học tập và làm theo Bác", []), ("Văn bản", []), ("Tư liệu", []), ("Liên hệ", [])]
    content_json = json.dumps(body, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")
    state_rel = ",".join('{id:%d,title:%s,slug:"%s",publishedAt:"%s"}' % (10400 + k, json.dumps(t, ensure_ascii=False), slug(t), x.strftime("%Y-%m-%dT%H:%M:%S+07:00")) for k, (t, x) in enumerate(rel))
    nuxt = ('window.__NUXT__=(function(a,b,c,d,e){return {layout:"default",data:[{article:{id:10482,title:%s,slug:"%s",summary:%s,content:%s,author:%s,'
            'publishedAt:"%s",updatedAt:"%s",category:{id:3,name:"Xây dựng Đảng",slug:"xay-dung-dang"},views:%d,tags:[{id:a,name:"sơ kết"},{id:b,name:"Nghị quyết Đại hội"}]},related:[%s]}],'
            'fetch:{},error:c,state:{menu:{items:[]},site:{name:"Đảng bộ phường Thủ Dầu Một"}},serverRendered:d,routePath:"%s",config:{_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:e}}}}(17,29,null,true,null));'
            % (json.dumps(a["title"], ensure_ascii=False), a["url"].rsplit("/", 1)[1], json.dumps(a["lead"], ensure_ascii=False), content_json, json.dumps(author, ensure_ascii=False),
               d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), (d + dt.timedelta(hours=1, minutes=3)).strftime("%Y-%m-%dT%H:%M:%S+07:00"), rng.randint(300, 2000), state_rel,
               "\\u002Ftin-tuc\\u002F" + a["url"].rsplit("/", 1)[1]))
    scripts = "".join('<link rel="preload" href="/_nuxt/%s.js" as="script">' % rand_hex(rng, 7) for _ in range(6))
    out = f"""<!doctype html>
<html lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
<head>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{esc(a['lead'])}"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{esc(a['title'])}"><meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{esc(a['lead'])}"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://cdn-dangbo.hochiminhcity.gov.vn/uploads/2026/10/06/so-ket-9-thang-1.jpg"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><title>{esc(a['title'])} | Đảng bộ phường Thủ Dầu Một</title><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="{a['url']}">{scripts}
<style data-vue-ssr-id="4f2a1c3e:0 7b9d2e11:0">
.news-detail__title[data-v-5e1a2b3c]{{font-size:28px;font-weight:700;color:#b30000;line-height:1.35;margin:0 0 12px}}
.news-detail__meta[data-v-5e1a2b3c]{{color:#777;font-size:13px;display:flex;gap:16px;flex-wrap:wrap}}
.news-detail__summary[data-v-5e1a2b3c]{{font-weight:700;font-size:16px;margin:16px 0}}
.ck-content figure.image{{text-align:center;margin:16px auto}}.ck-content figcaption{{font-style:italic;font-size:13px;color:#555}}
.ck-content blockquote{{border-left:4px solid #b30000;padding:8px 16px;background:#fdf3f3;font-style:italic}}
{css(rng, 60)}
</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="app-layout">
<header data-v-3c2d1e0f class="header"><div data-v-3c2d1e0f class="header__top"><div data-v-3c2d1e0f class="container"><span data-v-3c2d1e0f class="header__date">{today_vn()}</span><a data-v-3c2d1e0f href="/lien-he">Liên hệ</a></div></div>
<div data-v-3c2d1e0f class="header__banner"><div data-v-3c2d1e0f class="container"><a data-v-3c2d1e0f href="/" class="nuxt-link-active"><img data-v-3c2d1e0f src="/images/logo-dang.png" alt="Logo Đảng Cộng sản Việt Nam" width="80" height="80"></a><div data-v-3c2d1e0f class="header__name"><p data-v-3c2d1e0f class="t1">ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH</p><p data-v-3c2d1e0f class="t2">ĐẢNG BỘ PHƯỜNG THỦ DẦU MỘT</p></div></div></div>
<nav data-v-3c2d1e0f class="menu"><div data-v-3c2d1e0f class="container">{menu_ul(menu_items, host, cls='menu__list', sub_cls='menu__sub', li_cls='menu__item')}</div></nav></header>
<main class="main container"><div class="row"><div class="col-lg-8">
<nav data-v-7a1b2c3d class="breadcrumb"><a data-v-7a1b2c3d href="/" class="nuxt-link-active">Trang chủ</a> <span data-v-7a1b2c3d>/</span> <a data-v-7a1b2c3d href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></nav>
<article data-v-5e1a2b3c class="news-detail">
<h1 data-v-5e1a2b3c class="news-detail__title">{esc(a['title'])}</h1>
<div data-v-5e1a2b3c class="news-detail__meta"><span data-v-5e1a2b3c class="news-detail__time"><i data-v-5e1a2b3c class="icon-clock"></i> Cập nhật: {hm(d)} {dmy(d)}</span><span data-v-5e1a2b3c class="news-detail__author"><i data-v-5e1a2b3c class="icon-user"></i> {esc(a['byline'][0])}</span><span data-v-5e1a2b3c class="news-detail__views"><i data-v-5e1a2b3c class="icon-eye"></i> {rng.randint(300, 2000)}</span></div>
<div data-v-5e1a2b3c class="news-detail__summary">{esc(a['lead'])}</div>
<div data-v-5e1a2b3c class="news-detail__content ck-content">{body}</div>
<div data-v-5e1a2b3c class="news-detail__tags"><span data-v-5e1a2b3c>Từ khóa:</span> <a data-v-5e1a2b3c href="/tag/so-ket">sơ kết</a><a data-v-5e1a2b3c href="/tag/nghi-quyet-dai-hoi">Nghị quyết Đại hội</a></div>
<div data-v-5e1a2b3c class="news-detail__share">{share_tools(a['url'], a['title'], 0)}</div>
</article>
<section data-v-5e1a2b3c class="related-news"><h2 data-v-5e1a2b3c class="section-title">Tin liên quan</h2><div data-v-5e1a2b3c class="related-news__grid">{rel_html}</div></section>
</div>
<aside class="col-lg-4">
{box_news(rng, 'Tin mới', rel_items(rng, TODAY - dt.timedelta(days=2), 6, back_days=12, ahead_days=1), host + '/tin-tuc', cls='sidebar-box', date_fmt=lambda x: '%s %s' % (hm(x), dmy(x)))}
{box_banners(rng, cls='sidebar-box')}
{box_videos(rng, cls='sidebar-box')}
</aside></div></main>
<footer class="footer"><div class="container">{footer_block(dict(name='ĐẢNG BỘ PHƯỜNG THỦ DẦU MỘT', owner='Đảng ủy phường Thủ Dầu Một, Thành phố Hồ Chí Minh', address='Số 6 đường Quang Trung, phường Thủ Dầu Một, Thành phố Hồ Chí Minh', phone='0274.3822.415', email='danguy.thudaumot@hochiminhcity.gov.vn', chief='Phó Bí thư Thường trực Đảng ủy phường', license='Trang thông tin điện tử tổng hợp của Đảng bộ phường', source_name='Trang thông tin điện tử Đảng bộ phường Thủ Dầu Một'))}</div></footer>
</div></div></div><script>{nuxt}</script><script src="/_nuxt/{rand_hex(rng, 7)}.js" defer></script><script src="/_nuxt/{rand_hex(rng, 7)}.js" defer></script><script src="/_nuxt/{rand_hex(rng, 7)}.js" defer></script><script src="/_nuxt/{rand_hex(rng, 7)}.js" defer></script>
</body>
</html>
"""
    return out.encode("utf-8")


# ======================================================================
# AMP
# ======================================================================
def page_f19(a, rng):
    host = "https://svhttdl.khanhhoa.gov.vn"
    d = pub(a)
    canonical = a["url"].replace("/amp/", "/")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
          "headline": a["title"], "description": a["lead"],
          "image": [host + "/uploads/2026/10/khach-quoc-te-bau-truc.jpg"],
          "datePublished": a["published_at"], "dateModified": (d + dt.timedelta(minutes=41, seconds=25)).strftime("%Y-%m-%dT%H:%M:%S+07:00"),
          "publisher": {"@type": "Organization", "name": "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa",
                        "logo": {"@type": "ImageObject", "url": host + "/images/logo-amp.png", "width": 220, "height": 48}}}

    def img(i, cap):
        return ('<figure class="fig"><amp-img src="%s/uploads/2026/10/khach-quoc-te-bau-truc.jpg" width="800" height="533" layout="responsive" alt="%s"></amp-img>'
                '<figcaption>%s</figcaption></figure>' % (host, esc(cap), esc(cap)))

    body = render(a["blocks"], img)
    body += '\n<p class="source"><em>%s</em></p>' % esc(a["source"])
    rel = rel_items(rng, d, 8, back_days=30, ahead_days=30)
    rel_html = "".join('<li><a href="%s/amp/tin-tuc/%s-d%d.html">%s</a><span class="date">%s</span></li>' % (host, slug(t), 8400 - k * 3, esc(t), dmy(x)) for k, (t, x) in enumerate(rel))
    menu_items = [("Trang chủ", []), ("Giới thiệu", []), ("Tin tức", ["Văn hóa", "Thể thao", "Du lịch", "Gia đình"]), ("Di sản", []), ("Lễ hội", []), ("Văn bản", []), ("Liên hệ", [])]
    gid = "G-" + rand_alnum(rng, 10).upper()
    out = f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{esc(a['lead'])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-moz-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-ms-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-o-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<style amp-custom>
body{{font-family:Roboto,Arial,sans-serif;color:#222;background:#fff;margin:0}}.amp-header{{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;background:#0b4f9c;color:#fff}}
.menu-btn{{background:none;border:0;color:#fff;font-size:24px}}.today{{font-size:12px}}main{{padding:12px}}h1.title{{font-size:24px;line-height:1.35;color:#0b4f9c;margin:8px 0}}
.meta{{font-size:12px;color:#888;margin-bottom:8px}}.sapo{{font-size:16px}}.content p{{font-size:16px;line-height:1.6;text-align:justify}}.fig figcaption{{font-size:13px;font-style:italic;text-align:center;color:#555}}
.source{{text-align:right}}.related h2{{font-size:18px;border-bottom:2px solid #0b4f9c}}.related li{{margin-bottom:8px}}.related .date{{display:block;font-size:12px;color:#999}}
footer{{background:#f2f2f2;padding:12px;font-size:12px;color:#555}}amp-sidebar{{width:260px;background:#0b4f9c}}amp-sidebar a{{color:#fff;display:block;padding:8px 12px}}
{css(rng, 30)}
</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"{gid}","config":{{"{gid}":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{menu_ul(menu_items, host, cls='side-menu', sub_cls='side-sub')}</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="menu-btn" aria-label="Menu">☰</button><a href="{host}/"><amp-img src="{host}/images/logo-amp.png" width="220" height="48" alt="Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa"></amp-img></a><div class="today">{today_vn()}</div></header>
<main>
<div class="breadcrumb"><a href="{host}/">Trang chủ</a> › <a href="{host}/tin-tuc">Tin tức</a> › <a href="{host}/tin-tuc/du-lich">Du lịch</a></div>
<article>
<h1 class="title">{esc(a['title'])}</h1>
<div class="meta"><span class="time">{dmy(d)} {hm(d)}</span> · <span class="cat">Du lịch</span></div>
<p class="sapo"><strong>{esc(a['lead'])}</strong></p>
<div class="content">
{body}
</div>
<div class="share"><amp-social-share type="facebook" data-param-app_id="254325784911610" width="32" height="32"></amp-social-share> <amp-social-share type="twitter" width="32" height="32"></amp-social-share> <amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<div class="tags">Từ khóa: <a href="{host}/amp/tag/du-lich">du lịch</a>, <a href="{host}/amp/tag/khach-quoc-te">khách quốc tế</a></div>
</article>
<section class="related"><h2>Tin cùng chuyên mục</h2><ul>{rel_html}</ul></section>
<p><a href="{canonical}">Xem phiên bản đầy đủ</a></p>
</main>
<footer><p><strong>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH KHÁNH HÒA</strong></p><p>Địa chỉ: Số 02 Lê Lợi, phường Nha Trang, tỉnh Khánh Hòa</p><p>Điện thoại: 0258.3822.709 - Email: svhttdl@khanhhoa.gov.vn</p><p>Giấy phép số 16/GP-TTĐT ngày 19/8/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa</p><p>Người chịu trách nhiệm: Giám đốc Sở Văn hóa, Thể thao và Du lịch</p></footer>
</body>
</html>
"""
    return out.encode("utf-8")


# ======================================================================
# Custom PHP with tables and <font>, no charset in the HTTP header
# ======================================================================
def page_f20(a, rng):
    host = "http://dvngason.thanhhoa.gov.vn"
    d = pub(a)

    def img(i, cap):
        return ('<p align="center"><img src="upload/tintuc/2025/04/hoi-nghi-so-ket-dvk-%d.jpg" width="500" border="0"></p>\n'
                '<p align="center"><i><font size="2">%s</font></i></p>' % (i + 1, esc(cap)))

    body = render(a["blocks"], img, p=lambda t: '<p align="justify">%s</p>' % nbspify(rng, t, 0.04))
    body += '\n<p align="right"><b>%s</b></p>\n<p>&nbsp;</p>' % esc(a["byline"][0])
    rel = rel_items(rng, d, 12, back_days=60, ahead_days=0)
    rel_rows = "".join('<tr><td width="12" valign="top"><img src="images/bullet_red.gif" width="7" height="7" vspace="4"></td><td><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=%d" class="lienket">%s</a> <font color="#888888" size="1">(%s)</font></td></tr>'
                       % (1186 - k, esc(t), dmy(x)) for k, (t, x) in enumerate(rel))
    cats = ["Tin hoạt động", "Công tác dân vận", "Dân vận khéo", "Dân tộc - Tôn giáo", "Quy chế dân chủ", "Văn bản chỉ đạo", "Tư liệu"]
    left = "".join('<tr><td class="menutrai"><img src="images/arrow.gif"> <a href="index.php?mod=tintuc&amp;act=danhmuc&amp;cid=%d">%s</a></td></tr>' % (k + 1, esc(c)) for k, c in enumerate(cats))
    most = rel_items(rng, d, 6, exclude=[t for t, _ in rel], back_days=90, ahead_days=0)
    most_rows = "".join('<tr><td><font size="2">&#8226; <a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=%d">%s</a></font></td></tr>' % (rng.randint(900, 1180), esc(t)) for t, _ in most)
    docs_rows = "".join('<tr><td><font size="2"><a href="index.php?mod=vanban&amp;id=%d">%s</a> <font color="#888888">(%s)</font></font></td></tr>' % (rng.randint(100, 400), esc(n), dmy(x))
                        for n, so, x, s in docs(rng, 5, "HU", d + dt.timedelta(days=5)))
    v = visit_numbers(rng)
    out = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Ban Dân vận Huyện ủy Nga Sơn - {esc(a['title'])}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/ddmenu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function guiban(id) {{ MM_openBrWindow('guiban.php?id='+id,'guiban','width=450,height=380'); }}
//-->
</script>
<style>
a {{ color: #003399; text-decoration: none; }} a:hover {{ color: #cc0000; }}
.menutrai {{ font-family: Arial; font-size: 12px; border-bottom: 1px dotted #cccccc; padding: 4px; }}
.lienket {{ font-family: Arial; font-size: 12px; }}
{css(rng, 12)}
</style>
</head>
<body bgcolor="#E8E8E8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner_bdv_ngason.jpg" width="980" height="140" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#B80000" height="28"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;&nbsp;<a href="index.php"><font color="#FFFFFF">TRANG CHỦ</font></a> | <a href="index.php?mod=gioithieu"><font color="#FFFFFF">GIỚI THIỆU</font></a> | <a href="index.php?mod=tintuc"><font color="#FFFFFF">TIN TỨC</font></a> | <a href="index.php?mod=vanban"><font color="#FFFFFF">VĂN BẢN</font></a> | <a href="index.php?mod=tulieu"><font color="#FFFFFF">TƯ LIỆU</font></a> | <a href="index.php?mod=lienhe"><font color="#FFFFFF">LIÊN HỆ</font></a></b></font></td>
<td align="right"><font face="Arial" size="2" color="#FFFFFF">Hôm nay: {today_vn()}&nbsp;&nbsp;</font></td></tr></table></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#F7F3E8">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#8B0000" height="24"><font face="Arial" size="2" color="#FFFF00"><b>&nbsp;CHUYÊN MỤC</b></font></td></tr>{left}</table>
<br><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#8B0000" height="24"><font face="Arial" size="2" color="#FFFF00"><b>&nbsp;TIN ĐỌC NHIỀU</b></font></td></tr>{most_rows}</table>
</td>
<td width="600" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>
<font face="Arial" size="2"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=tintuc&amp;act=danhmuc&amp;cid=3">Dân vận khéo</a></font><br><br>
<font face="Arial" size="4" color="#B80000"><b>{esc(a['title'])}</b></font><br>
<font face="Arial" size="1" color="#808080">Đăng lúc: {d.strftime('%H:%M:%S %d/%m/%Y')} (GMT+7)</font>
<hr size="1" color="#CCCCCC" noshade>
<div class="noidung"><font face="Arial" size="2">
{body}
</font></div>
</td></tr>
<tr><td align="right"><font face="Arial" size="2"><img src="images/print.gif" align="absmiddle"> <a href="inbai.php?id=1187" target="_blank">In bài viết</a> &nbsp; <img src="images/email.gif" align="absmiddle"> <a href="javascript:guiban(1187)">Gửi cho bạn bè</a> &nbsp; Số lần đọc: {rng.randint(100, 900)}</font></td></tr>
<tr><td bgcolor="#F2F2F2"><font face="Arial" size="2" color="#B80000"><b>CÁC TIN KHÁC</b></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="2" cellpadding="2">{rel_rows}</table>
<div align="center"><font face="Arial" size="2">Trang: <b>1</b> <a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=1187&amp;page=2">2</a> <a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=1187&amp;page=3">3</a> <a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=1187&amp;page=4">4</a> <a href="index.php?mod=tintuc&amp;act=chitiet&amp;id=1187&amp;page=2">Trang sau &raquo;</a></font></div>
</td></tr>
</table>
</td>
<td width="190" valign="top" bgcolor="#F7F3E8">
<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#8B0000" height="24"><font face="Arial" size="2" color="#FFFF00"><b>&nbsp;VĂN BẢN MỚI</b></font></td></tr>{docs_rows}</table>
<br><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#8B0000" height="24"><font face="Arial" size="2" color="#FFFF00"><b>&nbsp;LIÊN KẾT</b></font></td></tr>
<tr><td><font size="2"><a href="https://dangcongsan.vn" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a><br><a href="https://danvan.vn" target="_blank">Tạp chí Dân vận</a><br><a href="https://thanhhoa.dcs.vn" target="_blank">Đảng bộ tỉnh Thanh Hóa</a></font></td></tr></table>
<br><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#8B0000" height="24"><font face="Arial" size="2" color="#FFFF00"><b>&nbsp;THỐNG KÊ</b></font></td></tr>
<tr><td><font size="2">Lượt truy cập: {fmt_int(v['total'])}<br>Đang online: {v['online']}<br>Hôm nay: {v['today']}</font></td></tr></table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#B80000" align="center" height="60"><font face="Arial" size="2" color="#FFFFFF"><b>BAN DÂN VẬN HUYỆN ỦY NGA SƠN</b><br>Địa chỉ: Thị trấn Nga Sơn, huyện Nga Sơn, tỉnh Thanh Hóa - Điện thoại: 0237.3872.118<br>Ghi rõ nguồn khi phát hành lại thông tin từ trang này</font></td></tr>
</table>
</body>
</html>
"""
    return out.encode("utf-8")


# ======================================================================
PAGES = {
    "f01": page_f01, "f02": page_f02, "f03": page_f03, "f04": page_f04, "f05": page_f05,
    "f06": page_f06, "f07": page_f07, "f08": page_f08, "f09": page_f09, "f10": page_f10,
    "f11": page_f11, "f12": page_f12, "f13": page_f13, "f14": page_f14, "f15": page_f15,
    "f16": page_f16, "f17": page_f17, "f18": page_f18, "f19": page_f19, "f20": page_f20,
}


def main():
    import nonart
    for a in ARTICLES:
        rng = random.Random("blind-f/" + a["name"])
        write_page(a["name"], PAGES[a["name"]](a, rng), sidecar_article(a))
    for name, data, side in nonart.pages(sys.modules[__name__]):
        write_page(name, data, side)


if __name__ == "__main__":
    main()
