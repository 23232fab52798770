#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the blind-g gold pages: writes every NAME.html and NAME.json.

Deterministic: every page uses its own random.Random(seed) seeded with a
string, no clock and no unordered iteration, so re-running rewrites
identical bytes.  `python3 make.py` writes the files; check.py imports
build() to verify that the files on disk are what this script produces.
"""
import base64
import html
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import data  # noqa: E402
import nonart  # noqa: E402

SEED = "blind-g-2026-11-22"
TODAY = "22/11/2026"
TODAY_LONG = "Chủ nhật, 22/11/2026"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# --------------------------------------------------------------------------
# text helpers
def nfc(s):
    return unicodedata.normalize("NFC", s)


def E(s):
    return html.escape(s, quote=False)


def A(s):
    return html.escape(s, quote=True)


_MD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def md(s):
    """Escape text and turn **x** / __x__ into <strong>/<em>."""
    out, pos = [], 0
    for m in _MD.finditer(s):
        out.append(E(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<strong>" + E(m.group(1)) + "</strong>")
        else:
            out.append("<em>" + E(m.group(2)) + "</em>")
        pos = m.end()
    out.append(E(s[pos:]))
    return "".join(out)


def plain(s):
    return _MD.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), s)


def slugify(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def gold_paragraphs(art):
    out = []
    if art.get("lead"):
        out.append(art["lead"])
    for b in art["blocks"]:
        if isinstance(b, str):
            out.append(plain(b))
            continue
        t = b[0]
        if t in ("h", "quote", "time", "q"):
            out.append(b[1])
        elif t in ("img", "video"):
            if b[1]:
                out.append(b[1])
        elif t in ("ul", "ol"):
            out.extend(b[1])
        elif t == "table":
            for row in b[1]:
                out.extend(row)
        elif t == "a":
            out.append(b[1] + ": " + b[2])
        elif t == "xem":
            pass
        else:
            raise ValueError(t)
    return [nfc(p) for p in out]


def gold_body(art):
    return "\n\n".join(gold_paragraphs(art))


def pubdt(art):
    return datetime.fromisoformat(art["published_at"][:19])


def wd(d):
    return WEEKDAYS[d.weekday()]


def dmy(d):
    return d.strftime("%d/%m/%Y")


def dmyhm(d):
    return d.strftime("%d/%m/%Y %H:%M")


# --------------------------------------------------------------------------
# deterministic filler
def rng_for(name):
    return random.Random(SEED + ":" + name)


_SYL = ["ka", "lo", "mi", "tu", "re", "sa", "no", "vi", "de", "pa", "xo", "ze", "qu", "ri", "ba", "fo", "gi", "he", "ju", "wy"]


def ident(rng, n=None):
    n = n or rng.randint(2, 4)
    return "".join(rng.choice(_SYL) for _ in range(n))


def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return "/wEPDwUK" + base64.b64encode(raw).decode("ascii")


def filler_js(rng, nbytes, flavour="webpack"):
    parts, size = [], 0
    i = rng.randint(100, 900)
    while size < nbytes:
        i += rng.randint(1, 40)
        a, b, c = ident(rng), ident(rng), ident(rng)
        if flavour == "webpack":
            s = ('%d:function(e,t,n){"use strict";n.d(t,{%s:function(){return %s}});var r=n(%d),o=n.n(r),'
                 'i=function(e){var t=e.%s,n=void 0===t?"%s":t,r=e.%s;return o().createElement("div",'
                 '{className:"%s-"+n,"data-id":r},e.children)};function %s(e){return(0,r.useEffect)(function(){'
                 'window.%s&&window.%s.push({event:"%s",id:e.id})},[e.id]),i(e)}},' %
                 (i, a[:2], b, rng.randint(1, 999), c, a, b, c, b, a, a, c))
        elif flavour == "jquery":
            s = ('$(function(){var %s=$(".%s");if(%s.length){%s.on("click",".%s-item",function(e){e.preventDefault();'
                 'var t=$(this).data("%s");$.ajax({url:"/ajax/%s.ashx",type:"GET",data:{id:t,r:Math.random()},'
                 'success:function(d){$("#%s").html(d)}})})}});\n' % (a, b, a, a, c, b, c, a))
        else:
            s = ('function %s(%s,%s){var %s=document.getElementById(%s);if(!%s)return false;%s.style.display=(%s.style.'
                 'display=="none")?"block":"none";return true}\n' % (a, b, c, a + b, b, a + b, a + b, a + b))
        parts.append(s)
        size += len(s)
    return "".join(parts)


def filler_css(rng, nbytes, prefix="b"):
    parts, size = [], 0
    while size < nbytes:
        a, b = ident(rng), ident(rng)
        s = (".%s-%s .%s{font-size:%dpx;line-height:%dpx;margin:0 0 %dpx;padding:%dpx %dpx;color:#%06x}"
             ".%s-%s:hover .%s{color:#%06x;text-decoration:none}\n" % (
                 prefix, a, b, rng.randint(11, 22), rng.randint(16, 30), rng.randint(0, 20), rng.randint(0, 12),
                 rng.randint(0, 16), rng.randint(0, 0xFFFFFF), prefix, a, b, rng.randint(0, 0xFFFFFF)))
        parts.append(s)
        size += len(s)
    return "".join(parts)


def hexid(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def pick(rng, pool, n, exclude=()):
    items = [p for p in pool if p[0] not in exclude]
    return rng.sample(items, n)


def dates_before(rng, base, n, lo=1, hi=45):
    """n publication times before `base`: whole days back in [lo, hi] at office
    hours, or (lo == 0) minutes to hours before base."""
    ds = []
    for _ in range(n):
        if lo == 0:
            ds.append(base - timedelta(minutes=rng.randint(25, 60 * 24 * max(hi, 1))))
        else:
            day = base - timedelta(days=rng.randint(lo, hi))
            ds.append(day.replace(hour=rng.randint(6, 21), minute=rng.randint(0, 59)))
    ds.sort(reverse=True)
    return [d.replace(second=0) for d in ds]


# first year a topic can appear in a headline (keeps related boxes plausible)
FIRST_YEAR = {"chuyển đổi số": 2020, "OCOP": 2019, "Luật Thực hiện dân chủ": 2023, "2021 - 2025": 2021,
              "Long Thành": 2025, "căn cước": 2024, "hai buổi mỗi ngày": 2025, "bán dẫn": 2023,
              "trí tuệ nhân tạo": 2023, "giảm trừ gia cảnh lên 15,5": 2025, "tiêm vaccine cúm miễn phí": 2024,
              "Tổ công nghệ số": 2022, "tra cứu vi phạm giao thông": 2021, "sởi": 2024}


def anachronistic(title, year):
    if any(int(y) > year for y in re.findall(r"\b(20\d\d)\b", title)):
        return True
    return any(k in title and y > year for k, y in FIRST_YEAR.items())


def related(rng, pool, base, n, lo=1, hi=45, exclude=()):
    exclude = list(exclude) + [t for t, s in pool if anachronistic(t + " " + s, base.year)]
    items = pick(rng, pool, n, exclude)
    ds = dates_before(rng, base, n, lo, hi)
    return [(t, s, d) for (t, s), d in zip(items, ds)]


# --------------------------------------------------------------------------
# body rendering with per-template overrides
def render_body(art, **kw):
    P = kw.get("p", lambda t: "<p>%s</p>" % md(t))
    H = kw.get("h", lambda t: "<h2>%s</h2>" % E(t))
    IMG = kw["img"]
    UL = kw.get("ul", lambda it: "<ul>%s</ul>" % "".join("<li>%s</li>" % E(x) for x in it))
    OL = kw.get("ol", lambda it: "<ol>%s</ol>" % "".join("<li>%s</li>" % E(x) for x in it))
    TABLE = kw.get("table", default_table)
    QUOTE = kw.get("quote", lambda t: "<blockquote><p>%s</p></blockquote>" % E(t))
    XEM = kw.get("xem")
    TIME = kw.get("time")
    Q = kw.get("q", lambda t: "<p><strong>%s</strong></p>" % E(t))
    ANS = kw.get("a", lambda s, t: "<p><strong>%s:</strong> %s</p>" % (E(s), E(t)))
    VIDEO = kw.get("video")
    sep = kw.get("sep", "\n")
    out = []
    n_img = 0
    for b in art["blocks"]:
        if isinstance(b, str):
            out.append(P(b))
            continue
        t = b[0]
        if t == "h":
            out.append(H(b[1]))
        elif t == "img":
            n_img += 1
            out.append(IMG(b[1], n_img))
        elif t == "ul":
            out.append(UL(b[1]))
        elif t == "ol":
            out.append(OL(b[1]))
        elif t == "table":
            out.append(TABLE(b[1]))
        elif t == "quote":
            out.append(QUOTE(b[1]))
        elif t == "xem":
            out.append(XEM(b[1]))
        elif t == "time":
            out.append(TIME(b[1]))
        elif t == "q":
            out.append(Q(b[1]))
        elif t == "a":
            out.append(ANS(b[1], b[2]))
        elif t == "video":
            out.append(VIDEO(b[1]))
        else:
            raise ValueError(t)
    return sep.join(out)


def default_table(rows):
    h = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
    for r in rows:
        h.append("<tr>" + "".join("<td>%s</td>" % E(c) for c in r) + "</tr>")
    h.append("</tbody></table>")
    return "".join(h)


# --------------------------------------------------------------------------
# encodings
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258_decomposed(s):
    """windows-1258 as Windows writes Vietnamese: base letter (with its
    circumflex/breve/horn precomposed) followed by a combining tone mark."""
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tone = "".join(c for c in d if c in TONES)
        out.append(base + tone)
    return "".join(out).encode("cp1258")


def ent_named(s):
    """FCKeditor-style: named entities where HTML has them, numeric otherwise."""
    from html.entities import codepoint2name
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o in codepoint2name:
            out.append("&%s;" % codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


def ent_numeric(s):
    """HttpUtility.HtmlEncode-style numeric entities for all non-ASCII."""
    return "".join(ch if ord(ch) < 128 else "&#%d;" % ord(ch) for ch in s)


# --------------------------------------------------------------------------
# page registry
PAGES = {}


def page(name):
    def deco(fn):
        PAGES[name] = fn
        return fn
    return deco


ART = {a["name"]: a for a in data.ARTICLES}


def sidecar(art):
    return {
        "kind": "article",
        "platform": art["platform"],
        "url": art["url"],
        "charset": art["charset"],
        "title": nfc(art["title"]),
        "published_at": art["published_at"],
        "author": nfc(art["author"]) if art["author"] else None,
        "body": gold_body(art),
    }


# ==========================================================================
# Party-committee and mass-organisation sites (g01-g10)
# ==========================================================================

def counter_box(rng, style="ul"):
    online = rng.randint(8, 90)
    today = rng.randint(300, 4000)
    yday = rng.randint(300, 4000)
    week = today + yday + rng.randint(1000, 9000)
    month = week + rng.randint(10000, 60000)
    total = rng.randint(1_000_000, 30_000_000)
    rows = [("Đang truy cập", online), ("Hôm nay", today), ("Hôm qua", yday),
            ("Tuần này", week), ("Tháng này", month), ("Tổng lượt truy cập", total)]
    if style == "table":
        return "".join('<tr><td class="label">%s:</td><td class="value">%s</td></tr>' % (k, format(v, ",").replace(",", "."))
                       for k, v in rows)
    return "".join('<li><span class="lbl">%s:</span> <span class="num">%s</span></li>' % (k, format(v, ",").replace(",", "."))
                   for k, v in rows)


DOCS = [
    ("Kế hoạch số 215-KH/BDVTU", "Kế hoạch tổ chức các hoạt động kỷ niệm Ngày truyền thống công tác dân vận của Đảng"),
    ("Hướng dẫn số 38-HD/BDVTU", "Hướng dẫn xây dựng mô hình, điển hình “Dân vận khéo” năm 2024"),
    ("Công văn số 412-CV/BDVTU", "Về việc nắm tình hình tư tưởng Nhân dân trước kỳ họp Quốc hội"),
    ("Quyết định số 1125-QĐ/TU", "Ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh"),
    ("Báo cáo số 96-BC/BDVTU", "Kết quả công tác dân vận 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm"),
    ("Kế hoạch số 74-KH/TU", "Triển khai thực hiện Luật Thực hiện dân chủ ở cơ sở"),
    ("Thông báo số 1520-TB/TU", "Kết luận của Thường trực Tỉnh ủy về công tác tôn giáo"),
    ("Chương trình số 12-CTr/BDVTU", "Chương trình phối hợp công tác dân vận giữa Ban Dân vận Tỉnh ủy và Công an tỉnh"),
]

VIDEOS = [
    "Phóng sự: Dân vận khéo ở vùng đồng bào dân tộc thiểu số",
    "Người có uy tín - cầu nối giữa Đảng với Nhân dân",
    "Chung sức xây dựng nông thôn mới",
    "Hội nghị đối thoại giữa Bí thư Tỉnh ủy với thanh niên",
    "Tọa đàm: Phát huy dân chủ ở cơ sở",
]


def liferay_head_js(rng, title):
    return ('<script type="text/javascript">// <![CDATA[\nvar Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 120},'
            'isIe:function(){return false}},ThemeDisplay:{getCompanyId:function(){return"10154"},getLayoutId:function(){return"%d"},'
            'getLayoutURL:function(){return"/web/ban-dan-van-tinh-uy/tin-hoat-dong"},getPathContext:function(){return""},'
            'getPathImage:function(){return"/image"},getPathThemeImages:function(){return"/eportal-theme/images"},'
            'getPlid:function(){return"%d"},getPortalURL:function(){return"https://dvtu.tuyenquang.gov.vn"},'
            'getScopeGroupId:function(){return"%d"},getSessionId:function(){return""},getLanguageId:function(){return"vi_VN"},'
            'isSignedIn:function(){return false}},PropsValues:{NTLM_AUTH_ENABLED:false}};'
            'var themeDisplay=Liferay.ThemeDisplay;Liferay.AUI={getAvailableLangPath:function(){return"available_languages.jsp?browserId=other&themeId=eportaltheme_WAR_eportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=1719820800000"},'
            'getCombine:function(){return true},getComboPath:function(){return"/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=1719820800000&"}};'
            'Liferay.authToken="%s";Liferay.currentURL="%s";\n// ]]>\n</script>' % (
                rng.randint(100, 400), rng.randint(20000, 90000), rng.randint(10000, 30000), ident(rng, 4),
                "/web/ban-dan-van-tinh-uy/tin-hoat-dong/-/asset_publisher/k8Yp3QmZr1aB/content/" + slugify(title)))


@page("g01")
def tpl_g01(art, rng):
    d = pubdt(art)
    inst = "k8Yp3QmZr1aB"
    pid = "101_INSTANCE_" + inst
    base = "/web/ban-dan-van-tinh-uy/tin-hoat-dong"
    plid = rng.randint(20000, 90000)

    def alink(title, aid):
        return ("%s/-/asset_publisher/%s/content/%s?p_p_id=%s&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view"
                "&amp;p_p_col_id=column-1&amp;p_p_col_count=2&amp;_%s_redirect=%%2Fweb%%2Fban-dan-van-tinh-uy%%2Ftin-hoat-dong"
                "&amp;redirect=%%2Fweb%%2Fban-dan-van-tinh-uy%%2Ftin-hoat-dong" % (base, inst, slugify(title), pid, pid))

    def img(cap, i):
        src = "/documents/%d/%d/anh%d.jpg/%s" % (rng.randint(20000, 30000), rng.randint(1000000, 9999999), i,
                                                  "-".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)]))
        s = '<p style="text-align: center;"><img alt="" src="%s" style="width: 600px; height: 400px;" /></p>' % src
        if cap:
            s += '\n<p style="text-align: center;"><em>%s</em></p>' % E(cap)
        return s

    body = render_body(
        art,
        p=lambda t: '<p style="text-align: justify;">%s</p>' % md(t),
        img=img,
        xem=lambda t: '<p style="text-align: justify;"><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (alink(t, 0), E(t)),
    )
    rel = related(rng, data.PARTY_POOL, d, 8)
    rel_html = "\n".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (alink(t, 0), E(t), dmy(dd)) for t, s, dd in rel)
    hot = related(rng, data.PARTY_POOL, d, 5, exclude=[r[0] for r in rel])
    hot_html = "\n".join(
        '<div class="hot-item"><a href="%s"><img src="/documents/20182/0/thumb%d.jpg" alt="" /></a><h4><a href="%s">%s</a></h4>'
        '<p class="sapo">%s</p><span class="date">%s</span></div>' % (alink(t, 0), i, alink(t, 0), E(t), E(s), dmy(dd))
        for i, (t, s, dd) in enumerate(hot))
    docs_html = "\n".join('<li><a href="/web/ban-dan-van-tinh-uy/van-ban/-/document/%d"><strong>%s</strong> - %s</a></li>' % (
        rng.randint(10000, 99999), E(n), E(t)) for n, t in DOCS[:6])
    vids = "\n".join('<li><a href="/web/ban-dan-van-tinh-uy/video/-/video/%d"><img src="/documents/20182/0/video%d.jpg" alt="" /> %s</a></li>' % (
        rng.randint(1000, 9999), i, E(v)) for i, v in enumerate(VIDEOS))
    nav = [
        ("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Cơ cấu tổ chức", "Lịch sử truyền thống"]),
        ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin trong tỉnh", "Tin Trung ương", "Tin ảnh"]),
        ("Dân vận khéo", ["Điển hình tiêu biểu", "Mô hình hay", "Cách làm sáng tạo"]),
        ("Dân tộc - Tôn giáo", ["Công tác dân tộc", "Công tác tôn giáo"]),
        ("Quy chế dân chủ", ["Văn bản", "Kết quả thực hiện"]), ("Dân vận chính quyền", []),
        ("Văn bản", ["Văn bản Trung ương", "Văn bản của tỉnh", "Văn bản của Ban"]), ("Thư viện", ["Ảnh", "Video", "Tài liệu tuyên truyền"]), ("Liên hệ", []),
    ]
    nav_html = "\n".join(
        '<li class="%s"><a href="/web/ban-dan-van-tinh-uy/%s"><span>%s</span></a>%s</li>' % (
            "selected" if lab == "Tin tức - Sự kiện" else "", slugify(lab), E(lab),
            ('<ul class="child-menu">' + "".join('<li><a href="/web/ban-dan-van-tinh-uy/%s">%s</a></li>' % (slugify(c), E(c)) for c in ch) + "</ul>") if ch else "")
        for lab, ch in nav)
    views = rng.randint(300, 3000)
    return f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{E(art["title"])} - Ban Dân vận Tỉnh ủy Tuyên Quang</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{A(art["lead"])}" lang="vi-VN" name="description" />
<link href="/eportal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/eportal-theme/css/main.css?browserId=other&amp;themeId=eportaltheme_WAR_eportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1719820800000" rel="stylesheet" type="text/css" />
<link href="/html/portlet/asset_publisher/css/main.css?browserId=other&amp;themeId=eportaltheme_WAR_eportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1719820800000" rel="stylesheet" type="text/css" />
{liferay_head_js(rng, art["title"])}
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=eportaltheme_WAR_eportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1719820800000" type="text/javascript"></script>
<style type="text/css">
{filler_css(rng, 3500, "eportal")}
</style>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
 <div class="top-bar"><span class="current-date">{TODAY_LONG}</span>
  <ul class="top-links"><li><a href="/web/ban-dan-van-tinh-uy/so-do-cong-thong-tin">Sơ đồ cổng</a></li><li><a href="/web/ban-dan-van-tinh-uy/lien-he">Liên hệ</a></li><li><a href="/c/portal/login?p_l_id={plid}" rel="nofollow">Đăng nhập</a></li></ul>
  <form action="/web/ban-dan-van-tinh-uy/tim-kiem" class="search-form" method="get"><input name="_3_keywords" placeholder="Nhập từ khóa tìm kiếm..." type="text" /><button type="submit">Tìm kiếm</button></form>
 </div>
 <div class="banner"><a href="/web/ban-dan-van-tinh-uy"><img alt="Ban Dân vận Tỉnh ủy Tuyên Quang" src="/documents/20182/0/banner-bdv.png" /></a>
  <div class="site-name"><span class="line1">ĐẢNG BỘ TỈNH TUYÊN QUANG</span><span class="line2">BAN DÂN VẬN TỈNH ỦY</span></div></div>
 <nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Các trang của trang" role="menubar">
{nav_html}
 </ul></nav>
 <div class="marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2024) và 25 năm “Ngày Dân vận” của cả nước</marquee></div>
</header>
<div id="content">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-boundary portlet-boundary_73_ portlet-static portlet-static-end portlet-breadcrumb" id="p_p_id_73_INSTANCE_bRd1_">
<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/ban-dan-van-tinh-uy">Trang chủ</a><span class="divider">/</span></li><li><a href="/web/ban-dan-van-tinh-uy/tin-tuc-su-kien">Tin tức - Sự kiện</a><span class="divider">/</span></li><li class="active last"><a href="{base}">Tin hoạt động</a></li></ul>
</div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin hoạt động</span></h1></header>
<div class="portlet-content"><div class="portlet-body">
<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{base}" id="_{pid}_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{E(art["title"])}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{art["date_shown"]}</span> <span class="metadata-entry metadata-view-count">Lượt xem: {views}</span></div>
<div class="asset-tools"><span class="font-size">Cỡ chữ: <a href="javascript:;" onclick="changeFontSize(-1)">A-</a> <a href="javascript:;" onclick="changeFontSize(0)">A</a> <a href="javascript:;" onclick="changeFontSize(1)">A+</a></span>
<a class="print" href="javascript:;" onclick="window.print();">In bài viết</a> <a class="email" href="mailto:?subject={A(art["title"])}">Gửi email</a></div>
<div class="asset-content" id="_{pid}_{rng.randint(30000, 99999)}"><div class="journal-content-article">
<p style="text-align: justify;"><strong>{E(art["lead"])}</strong></p>
{body}
<p style="text-align: right;"><strong>{E(art["byline"][0])}</strong><br />
<em>{E(art["byline"][1])}</em></p>
</div></div>
<div class="asset-ratings"><div class="taglib-ratings stars"><span class="rating-label">Đánh giá bài viết:</span> <span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span> <span class="rating-count">(0 bình chọn)</span></div></div>
<div class="taglib-social-bookmarks"><ul class="unstyled"><li><a href="https://www.facebook.com/sharer.php?u=https://dvtu.tuyenquang.gov.vn{base}">Facebook</a></li><li><a href="https://zalo.me/share?u=https://dvtu.tuyenquang.gov.vn{base}">Zalo</a></li></ul></div>
</div>
<div class="asset-related">
<h4 class="related-title">Tin cùng chuyên mục</h4>
<ul class="related-list">
{rel_html}
</ul>
<div class="more"><a href="{base}">Xem tiếp »</a></div>
</div>
</div></div>
</section>
</div>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-boundary" id="p_p_id_hotnews_WAR_eportalportlet_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h2></header>
<div class="portlet-content">
{hot_html}
</div></section></div>
<div class="portlet-boundary" id="p_p_id_vbpq_WAR_eportalportlet_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Văn bản mới</span></h2></header>
<div class="portlet-content"><ul class="document-list">
{docs_html}
</ul><a class="more" href="/web/ban-dan-van-tinh-uy/van-ban">Xem tất cả</a></div></section></div>
<div class="portlet-boundary" id="p_p_id_video_WAR_eportalportlet_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thư viện video</span></h2></header>
<div class="portlet-content"><ul class="video-list">
{vids}
</ul></div></section></div>
<div class="portlet-boundary" id="p_p_id_poll_WAR_eportalportlet_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thăm dò ý kiến</span></h2></header>
<div class="portlet-content"><form action="/web/ban-dan-van-tinh-uy/tin-hoat-dong?p_p_id=poll_WAR_eportalportlet&amp;p_p_lifecycle=1" method="post">
<p class="question">Bạn quan tâm nội dung nào nhất trên Trang thông tin điện tử Ban Dân vận Tỉnh ủy?</p>
<label><input name="choice" type="radio" value="1" /> Tin hoạt động</label><br /><label><input name="choice" type="radio" value="2" /> Dân vận khéo</label><br />
<label><input name="choice" type="radio" value="3" /> Văn bản chỉ đạo</label><br /><label><input name="choice" type="radio" value="4" /> Thư viện ảnh, video</label><br />
<button type="submit">Biểu quyết</button> <a href="#">Xem kết quả</a></form></div></section></div>
<div class="portlet-boundary" id="p_p_id_weblinks_WAR_eportalportlet_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h2></header>
<div class="portlet-content"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option><option value="https://danvan.vn">Tạp chí Dân vận</option><option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option><option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select></div></section></div>
<div class="portlet-boundary" id="p_p_id_counter_WAR_eportalportlet_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Lượt truy cập</span></h2></header>
<div class="portlet-content"><ul class="counter">{counter_box(rng)}</ul></div></section></div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<div class="footer-info"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG</strong></p>
<p>Cơ quan chủ quản: Ban Dân vận Tỉnh ủy Tuyên Quang. Chịu trách nhiệm chính: Trưởng Ban Dân vận Tỉnh ủy</p>
<p>Địa chỉ: Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang. Điện thoại: 0207.3822.xxx - Email: bdvtu@tuyenquang.gov.vn</p>
<p>Ghi rõ nguồn “Trang thông tin điện tử Ban Dân vận Tỉnh ủy Tuyên Quang” khi phát hành lại thông tin từ website này.</p></div>
<div class="powered">Phát triển bởi VNPT Tuyên Quang - Nền tảng VNPT ePortal</div>
</footer>
</div>
<script type="text/javascript">// <![CDATA[
Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:1,isStatic:"end",namespacedId:"p_p_id_{pid}_",portletId:"{pid}",refreshURL:"\\/c\\/portal\\/render_portlet?p_l_id={plid}&p_p_id={pid}&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=2&p_p_isolated=1&currentURL=%2Fweb%2Fban-dan-van-tinh-uy%2Ftin-hoat-dong"}});
AUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller",function(a){{(function(){{Liferay.Util.addInputType();Liferay.Portlet.ready(function(b,c){{Liferay.Util.addInputType(c)}})}})();(function(){{new Liferay.Menu();var b=Liferay.Data.notices;for(var c=1;c<b.length;c++){{new Liferay.Notice(b[c])}}}})()}});
function changeFontSize(n){{var c=document.querySelector(".journal-content-article");var s=parseInt(window.getComputedStyle(c).fontSize,10);c.style.fontSize=(n===0?15:s+n)+"px"}}
// ]]>
</script>
<script src="/eportal-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1719820800000" type="text/javascript"></script>
<script>(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');ga('create','UA-{rng.randint(10000000, 99999999)}-1','auto');ga('send','pageview');</script>
</body>
</html>
'''


def sp_hidden_inputs(rng, vs_bytes, digest_date):
    return ('<div class="aspNetHidden">\n'
            '<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\n'
            '<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />\n'
            '<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\n'
            '<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\n'
            '<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />\n'
            '<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />\n'
            '<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />\n'
            '<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
            '<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,%s" />\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n'
            '</div>' % (hexid(rng, 128).upper(), digest_date, viewstate(rng, vs_bytes)))


SP_POSTBACK = '''<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>'''


@page("g02")
def tpl_g02(art, rng):
    d = pubdt(art)
    site = "https://mattran.bacninh.gov.vn"

    def tlink(title, dd):
        return "/portal/Pages/%s/%s-%s.aspx" % (dd.strftime("%Y-%m-%d"), slugify(title).title().replace("-", "-"), ident(rng, 3)[:6])

    def img(cap, i):
        src = "/portal/PublishingImages/%s/anh-%d.jpg" % (d.strftime("%Y-%m-%d"), i)
        s = ('<div style="text-align: center;"><img alt="" src="%s" style="margin: 5px; width: 650px; height: 433px;" /></div>' % src)
        if cap:
            s += '<div style="text-align: center;"><em>%s</em></div>' % E(cap)
        return s

    body = render_body(
        art,
        p=lambda t: '<p style="text-align: justify;">%s</p>' % md(t),
        h=lambda t: '<p style="text-align: justify;"><strong>%s</strong></p>' % E(t),
        img=img,
    )
    menu = [
        ("Trang chủ", []),
        ("Giới thiệu", ["Lịch sử Mặt trận tỉnh", "Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Ủy ban MTTQ Việt Nam tỉnh khóa XIX", "Các ban chuyên môn"]),
        ("Tin tức - Sự kiện", ["Hoạt động Mặt trận", "Hoạt động các đoàn thể", "Tin trong nước", "Tin Mặt trận cơ sở", "Tin ảnh"]),
        ("Cuộc vận động - Phong trào", ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Quỹ Vì người nghèo", "Ngày hội Đại đoàn kết"]),
        ("Giám sát - Phản biện", ["Giám sát", "Phản biện xã hội", "Góp ý xây dựng Đảng, chính quyền"]),
        ("Dân tộc - Tôn giáo", ["Công tác dân tộc", "Công tác tôn giáo", "Người có uy tín"]),
        ("Văn bản", ["Văn bản Trung ương", "Văn bản của tỉnh", "Văn bản của Ủy ban MTTQ tỉnh"]),
        ("Thư viện", ["Thư viện ảnh", "Thư viện video", "Ấn phẩm"]),
        ("Hỏi đáp", []),
    ]
    menu_html = "\n".join(
        '<li class="tandan-menu-item"><a href="/portal/Pages/%s.aspx">%s</a>%s</li>' % (
            slugify(lab).title(), E(lab),
            ('<ul class="tandan-submenu">' + "".join('<li><a href="/portal/Pages/%s.aspx">%s</a></li>' % (slugify(c).title(), E(c)) for c in ch) + "</ul>") if ch else "")
        for lab, ch in menu)
    other = related(rng, data.PARTY_POOL, d, 10)
    other_html = "\n".join('<li><a href="%s">%s</a> <span class="tandan-date">(%s)</span></li>' % (tlink(t, dd), E(t), dmy(dd)) for t, s, dd in other)
    most = related(rng, data.PARTY_POOL, d, 6, exclude=[o[0] for o in other])
    most_html = "\n".join(
        '<div class="tandan-item-hot"><a href="%s"><img src="/portal/PublishingImages/thumb/hot%d.jpg" alt="" /></a>'
        '<a class="tandan-hot-title" href="%s">%s</a><div class="tandan-hot-date">%s</div><div class="tandan-hot-summary">%s</div></div>' % (
            tlink(t, dd), i, tlink(t, dd), E(t), dmyhm(dd), E(s)) for i, (t, s, dd) in enumerate(most))
    docs_html = "\n".join('<tr><td class="so-hieu">%s</td><td class="trich-yeu"><a href="/portal/VanBan/%d.aspx">%s</a></td></tr>' % (
        E(n.replace("BDVTU", "MTTQ-BTT")), rng.randint(1000, 9999), E(t)) for n, t in DOCS)
    banners = "\n".join('<a href="%s" target="_blank"><img src="/portal/PublishingImages/banner/%s.png" alt="%s" /></a>' % (u, slugify(a), E(a)) for u, a in [
        ("https://dichvucong.gov.vn", "Cổng dịch vụ công quốc gia"), ("https://mattran.org.vn", "Ủy ban Trung ương MTTQ Việt Nam"),
        ("https://bacninh.gov.vn", "Cổng thông tin điện tử tỉnh Bắc Ninh"), ("https://baobacninh.vn", "Báo Bắc Ninh")])
    pctx = ('{webServerRelativeUrl:"\\u002fportal",webAbsoluteUrl:"https:\\u002f\\u002fmattran.bacninh.gov.vn\\u002fportal",'
            'siteAbsoluteUrl:"https:\\u002f\\u002fmattran.bacninh.gov.vn",serverRequestPath:"\\u002fportal\\u002fPages\\u002f%s.aspx",'
            'layoutsUrl:"_layouts\\u002f15",webTitle:"\\u1ee6y ban MTTQ Vi\\u1ec7t Nam t\\u1ec9nh B\\u1eafc Ninh",webTemplate:"53",'
            'tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png",webLanguage:1066,'
            'currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",clientServerTimeDelta:new Date("2026-11-21T18:02:11.4567891Z") - new Date(),'
            'siteClientTag:"%d$$15.0.5285.1000",crossDomainPhotosEnabled:false,webUIVersion:15,webPermMasks:{High:16,Low:196673},'
            'pageListId:"{%s}",pageItemId:%d,pagePersonalizationScope:1,alertsEnabled:false,siteServerRelativeUrl:"\\u002f",'
            'allowSilverlightPrompt:\'True\'}' % (d.strftime("%Y-%m-%d"), rng.randint(100, 999), "-".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)]), rng.randint(1000, 9999)))
    views = rng.randint(200, 2500)
    title_lines = "\r\n\t" + E(art["title"]) + "\r\n"
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title_lines}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan-portal.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan-responsive.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=%2BDD2ZmuB%2FfmvY1zeIUCeWA%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtjmgQGsIiZyLvHWtVtfxl3lF9&amp;t=ffffffffe6692f4c"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/TanDan/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/TanDan/js/tandan-portal.js"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=S11vfGURQYVuACMEY0tLTg\\u00253D\\u00253D");RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev=xXYZY4hciX287lShPZuClw\\u00253D\\u00253D");RegisterSod("sp.init.js", "\\u002f_layouts\\u002f15\\u002fsp.init.js?rev=jvJC3Kl5gbORaLtf7kxULQ\\u00253D\\u00253D");RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi\\u00252Dvn\\u0026name=SP\\u00252ERes\\u0026rev=yNk\\u00252FhRzgBn40LJVP\\u00252BqfgdQ\\u00253D\\u00253D");RegisterSod("sp.ui.dialog.js", "\\u002f_layouts\\u002f15\\u002fsp.ui.dialog.js?rev=3Oh2QbaaiXSb7ldu2zd6QQ\\u00253D\\u00253D");</script>
<style type="text/css">
{filler_css(rng, 9000, "tandan")}
</style>
<meta name="description" content="{A(art["lead"])}" /><meta property="og:title" content="{A(art["title"])}" /><meta property="og:image" content="{site}/portal/PublishingImages/{d.strftime("%Y-%m-%d")}/anh-1.jpg" />
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./{art["url"].rsplit("/", 1)[1]}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
{sp_hidden_inputs(rng, 52000, "21 Nov 2026 18:02:11 -0000")}
{SP_POSTBACK}
<script type="text/javascript">var _spPageContextInfo = {pctx};</script>
<script type="text/javascript">
//<![CDATA[
{filler_js(rng, 26000, "plain")}
//]]>
</script>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="Ribbon" class="ms-cui-ribbon" unselectable="on" role="toolbar"><div class="ms-cui-ribbonTopBars"><ul class="ms-cui-tts"><li class="ms-cui-tt-s" id="Ribbon.Read-title"><a class="ms-cui-tt-a" href="javascript:;" title="Duyệt"><span class="ms-cui-tt-span">Duyệt</span></a></li><li class="ms-cui-tt" id="Ribbon.WebPartPage-title"><a class="ms-cui-tt-a" href="javascript:;" title="Trang"><span class="ms-cui-tt-span">Trang</span></a></li></ul></div></div></div></div></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-wrapper">
<div class="tandan-topbar"><div class="tandan-today">{TODAY_LONG}</div><div class="tandan-toplinks"><a href="/portal/Pages/So-do-site.aspx">Sơ đồ site</a> | <a href="/portal/Pages/Lien-he.aspx">Liên hệ</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2Fportal">Đăng nhập</a></div></div>
<div class="tandan-header"><a href="/portal"><img src="/Style%20Library/TanDan/images/logo-mttq.png" alt="Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh" /></a>
<div class="tandan-sitename"><span>ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM</span><span>TỈNH BẮC NINH</span></div>
<div class="tandan-search"><input name="ctl00$PlaceHolderSearchArea$txtSearch" type="text" id="ctl00_PlaceHolderSearchArea_txtSearch" placeholder="Tìm kiếm..." /><a id="ctl00_PlaceHolderSearchArea_btnSearch" href="javascript:__doPostBack('ctl00$PlaceHolderSearchArea$btnSearch','')">Tìm</a></div></div>
<div class="tandan-menu"><ul class="tandan-topnav">
{menu_html}
</ul></div>
<div class="tandan-marquee"><marquee scrollamount="3">Nhiệt liệt chào mừng kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025) - Ngày hội Đại đoàn kết toàn dân tộc năm 2025</marquee></div>
<div class="tandan-breadcrumb"><span><a href="/portal">Trang chủ</a></span> <span class="sep">›</span> <span><a href="/portal/Pages/Tin-Tuc-Su-Kien.aspx">Tin tức - Sự kiện</a></span> <span class="sep">›</span> <span><a href="/portal/Pages/Hoat-Dong-Mat-Tran.aspx">Hoạt động Mặt trận</a></span></div>
<div class="tandan-main">
<div class="tandan-left">
<div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="tandan-detail-news">
<div class="tandan-title-detail"><h1>{E(art["title"])}</h1></div>
<div class="tandan-info-detail"><span class="tandan-date-detail">{art["date_shown"]}</span> <span class="tandan-views">Lượt xem: {views}</span>
<span class="tandan-tools"><a href="javascript:window.print()">In trang</a> | <a href="javascript:void(0)" onclick="tandanSendMail()">Gửi email</a> | <a href="javascript:void(0)" onclick="tandanZoom(1)">A+</a> <a href="javascript:void(0)" onclick="tandanZoom(-1)">A-</a></span></div>
<div class="tandan-summary-detail"><strong>{E(art["lead"])}</strong></div>
<div class="ms-rtestate-field"><div class="ExternalClass{hexid(rng, 32).upper()}">
{body}
<p style="text-align: right;"><strong>{E(art["byline"][0])}</strong></p>
</div></div>
<div class="tandan-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={site}{art["url"][len(site):]}" target="_blank">Facebook</a> <a href="https://zalo.me/share" target="_blank">Zalo</a></div>
</div>
<div class="tandan-othernews"><div class="tandan-othernews-title">Các tin khác</div><ul>
{other_html}
</ul></div>
</div>
<div class="tandan-right">
<div class="tandan-box"><div class="tandan-box-title">Tin đọc nhiều</div>
{most_html}
</div>
<div class="tandan-box"><div class="tandan-box-title">Văn bản chỉ đạo</div><table class="tandan-vanban">{docs_html}</table></div>
<div class="tandan-box"><div class="tandan-box-title">Video</div><div class="tandan-video"><iframe width="300" height="170" src="https://www.youtube.com/embed/{ident(rng, 5)[:11]}" frameborder="0" allowfullscreen></iframe><p>Phóng sự: Ngày hội Đại đoàn kết ở khu dân cư</p></div></div>
<div class="tandan-box"><div class="tandan-box-title">Liên kết</div><div class="tandan-banner">{banners}</div></div>
<div class="tandan-box"><div class="tandan-box-title">Thống kê truy cập</div><table class="tandan-counter">{counter_box(rng, "table")}</table></div>
</div>
</div>
<div class="tandan-footer"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẮC NINH</strong></p>
<p>Cơ quan chủ quản: Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh - Địa chỉ: Số 11 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh</p>
<p>Điện thoại: 0222.3822.xxx - Email: mttq@bacninh.gov.vn - Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>
<p>Thiết kế và phát triển bởi Công ty Tân Dân</p></div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;
function WebForm_OnSubmit() {{UpdateFormDigest('\\u002fportal', 1440000);return true;}}
ExecuteOrDelayUntilScriptLoaded(function(){{var s=SP.Ribbon.PageState.Handlers;s.isApproveEnabled=function(){{return false}}}},"sp.ribbon.js");
{filler_js(rng, 30000, "jquery")}
//]]>
</script>
</form>
</body>
</html>
'''


@page("g03")
def tpl_g03(art, rng):
    d = pubdt(art)

    def nlink(title):
        return "/Trang/ChiTietTinTuc.aspx?nid=%d" % rng.randint(2000, 2870)

    def img(cap, i):
        s = ('<table class="ms-rteTable-default" align="center" style="width:600px"><tbody><tr><td><img alt="%s" src="/SiteAssets/TinTuc/%s/hoi-nghi-%d.jpg" style="width:600px" /></td></tr>' % (
            A(cap or ""), d.strftime("%Y%m"), i))
        if cap:
            s += '<tr><td class="ms-rteTableFooterOddCol-default" style="text-align:center"><span style="font-size:12px"><em>%s</em></span></td></tr>' % E(cap)
        return s + "</tbody></table>"

    def table(rows):
        h = ['<table class="ms-rteTable-4" width="100%" cellspacing="0"><tbody>']
        for k, r in enumerate(rows):
            cls = "ms-rteTableHeaderRow-4" if k == 0 else ("ms-rteTableOddRow-4" if k % 2 else "ms-rteTableEvenRow-4")
            cells = "".join(('<th class="ms-rteTableHeaderEvenCol-4">%s</th>' if k == 0 else '<td class="ms-rteTableEvenCol-4">%s</td>') % E(c) for c in r)
            h.append('<tr class="%s">%s</tr>' % (cls, cells))
        h.append("</tbody></table>")
        return "".join(h)

    body = render_body(art, p=lambda t: '<p style="text-align:justify">%s</p>' % md(t), img=img, table=table)
    other = related(rng, data.PARTY_POOL, d, 8)
    other_html = "\n".join('<li><a href="%s">%s</a><span class="NgayDang"> - %s</span></li>' % (nlink(t), E(t), dmy(dd)) for t, s, dd in other)
    latest = related(rng, data.PARTY_POOL, d, 5, lo=0, hi=6, exclude=[o[0] for o in other])
    latest_html = "\n".join(
        '<div class="TinMoi"><a href="%s"><img src="/SiteAssets/thumb/%d.jpg" alt="" /></a><div><a class="TieuDeTinMoi" href="%s">%s</a><p>%s</p></div></div>' % (
            nlink(t), i, nlink(t), E(t), E(s)) for i, (t, s, dd) in enumerate(latest))
    menu = ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Phụ nữ khởi nghiệp", "Gương điển hình", "Bình đẳng giới", "Gia đình hạnh phúc", "Văn bản", "Thư viện ảnh", "Hỏi đáp pháp luật", "Liên hệ"]
    menu_html = "".join('<li><a href="/Trang/%s.aspx">%s</a></li>' % (slugify(m).title().replace("-", ""), E(m)) for m in menu)
    views = rng.randint(100, 900)
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>Chi tiết tin tức</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2B0j6qCU2bBKiPDJrF4Edw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/SiteAssets/css/phunu.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=%2BDD2ZmuB%2FfmvY1zeIUCeWA%3D%3D"></script>
<script type="text/javascript" src="/SiteAssets/js/jquery.min.js"></script>
<style>{filler_css(rng, 2500, "pn")}</style>
</head>
<body>
<form method="post" action="./ChiTietTinTuc.aspx?nid=2871" id="aspnetForm">
{sp_hidden_inputs(rng, 9000, "21 Nov 2026 18:05:37 -0000")}
{SP_POSTBACK}
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><div class="ngayhientai">{TODAY_LONG}</div>
<div class="logo"><a href="/Trang/TrangChu.aspx"><img src="/SiteAssets/images/logo-hoiphunu.png" alt="Hội Liên hiệp Phụ nữ tỉnh Tây Ninh" /></a><h2>HỘI LIÊN HIỆP PHỤ NỮ TỈNH TÂY NINH</h2></div></div>
<div class="menu"><ul>{menu_html}</ul></div>
<div class="duongdan"><a href="/Trang/TrangChu.aspx">Trang chủ</a> » <a href="/Trang/TinHoatDong.aspx">Tin hoạt động</a></div>
<div class="noidungchinh">
<div class="cotgiua">
<div class="ChiTietTin">
<h1 class="TieuDe">{E(art["title"])}</h1>
<div class="ThongTin"><span class="NgayDang">Ngày cập nhật {art["date_shown"]}</span> <span class="LuotXem">Lượt xem: {views}</span></div>
<div class="TomTat">{E(art["lead"])}</div>
<div class="NoiDung">
{body}
</div>
<div class="TacGia"><span class="label">Tác giả:</span> <strong>{E(art["author"])}</strong></div>
<div class="NguonTin">{E(art["source"])}</div>
<div class="CongCu"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject={A(art["title"])}">Gửi bài</a> | <a href="#top">Về đầu trang</a></div>
</div>
<div class="TinKhac"><h3>Tin khác</h3><ul>
{other_html}
</ul></div>
</div>
<div class="cotphai">
<div class="khoi"><div class="tieudekhoi">Tin mới</div>
{latest_html}
</div>
<div class="khoi"><div class="tieudekhoi">Hỗ trợ phụ nữ khởi nghiệp</div><ul><li><a href="/Trang/DeAn939.aspx">Đề án 939</a></li><li><a href="/Trang/YTuongKhoiNghiep.aspx">Ý tưởng khởi nghiệp</a></li><li><a href="/Trang/SanPhamOCOP.aspx">Sản phẩm của phụ nữ</a></li></ul></div>
<div class="khoi"><div class="tieudekhoi">Đường dây nóng</div><p>Hỗ trợ phụ nữ, trẻ em bị bạo lực: <strong>1900 969 680</strong></p></div>
<div class="khoi"><div class="tieudekhoi">Thống kê truy cập</div><ul class="thongke">{counter_box(rng)}</ul></div>
</div>
</div>
<div class="footer"><p>© Bản quyền thuộc Hội Liên hiệp Phụ nữ tỉnh Tây Ninh</p><p>Địa chỉ: Số 2 đường Trần Quốc Toản, phường Tân Ninh, tỉnh Tây Ninh - Điện thoại: 0276.3822.xxx</p></div>
</div></div>
<script type="text/javascript">
//<![CDATA[
{filler_js(rng, 5000, "jquery")}
//]]>
</script>
</form>
</body>
</html>
'''


# --------------------------------------------------------------- g04 DNN
@page("g04")
def tpl_g04(art, rng):
    d = pubdt(art)

    def alink(title):
        return "/tin-tuc/ArticleID/%d/%s" % (rng.randint(1200, 1535), slugify(title).title())

    def img(cap, i):
        s = '<p style="text-align: center;"><img alt="" src="/Portals/0/EasyDNNnews/1536/images/qua-tet-%d-600-600-p-L-97.jpg" style="width:600px" /></p>' % i
        if cap:
            s += '\n<p style="text-align: center;"><span style="font-size:12px;"><em>%s</em></span></p>' % E(cap)
        return s

    body = render_body(art, p=lambda t: '<p style="text-align: justify;">%s</p>' % md(t), img=img,
                       ul=lambda it: '<ul style="text-align: justify;">%s</ul>' % "".join("<li>%s</li>" % E(x) for x in it))
    rel = related(rng, data.PARTY_POOL, d, 6)
    rel_html = "\n".join('<li><a href="%s">%s</a> <span class="edn_date">%s</span></li>' % (alink(t), E(t), dmy(dd)) for t, s, dd in rel)
    newest = related(rng, data.PARTY_POOL, d, 6, lo=0, hi=5, exclude=[r[0] for r in rel])
    newest_html = "\n".join(
        '<div class="edn_article"><a class="edn_articleImage" href="%s"><img src="/Portals/0/EasyDNNnews/thumb%d.jpg" alt="" /></a><h4 class="edn_articleTitle"><a href="%s">%s</a></h4>'
        '<time>%s</time><div class="edn_articleSummary">%s</div></div>' % (alink(t), i, alink(t), E(t), dmy(dd) + " - " + dd.strftime("%H:%M"), E(s))
        for i, (t, s, dd) in enumerate(newest))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Tổ chức bộ máy", "Ban Chấp hành"]),
            ("Tin tức", ["Hoạt động công đoàn", "Công đoàn cơ sở", "Chính sách - Pháp luật", "Tin trong nước"]),
            ("Chăm lo đoàn viên", ["Tết Sum vầy", "Mái ấm Công đoàn", "Chuyến xe Công đoàn"]), ("Văn bản", []),
            ("Tư vấn pháp luật", []), ("Thi đua - Khen thưởng", []), ("Thư viện ảnh", []), ("Liên hệ", [])]
    menu_html = "\n".join('<li class="%s"><a href="/%s">%s</a>%s</li>' % (
        "active" if lab == "Tin tức" else "", slugify(lab), E(lab),
        ("<ul>" + "".join('<li><a href="/%s/%s">%s</a></li>' % (slugify(lab), slugify(c), E(c)) for c in ch) + "</ul>") if ch else "") for lab, ch in menu)
    views = rng.randint(300, 2000)
    tin, anh = art["byline"][0].split(" - ")
    return f'''<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{E(art["title"])} &gt; Tin tức
</title><meta id="MetaDescription" name="DESCRIPTION" content="{A(art["lead"])}" /><meta id="MetaKeywords" name="KEYWORDS" content="công đoàn, Tết Sum vầy, Bắc Giang" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=245" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=245" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/congdoan/skin.css?cdv=245" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=245" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=245" type="text/javascript"></script>
<meta property="og:type" content="article" /><meta property="og:title" content="{A(art["title"])}" /><meta property="og:url" content="{art["url"]}" />
</head>
<body id="Body">
<form method="post" action="/tin-tuc/ArticleID/1536/Lien-doan-Lao-dong-tinh-trao-1500-suat-qua-Tet-cho-doan-vien-nguoi-lao-dong-kho-khan" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 6000)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZOJZ4sx8mPm5XzPH1aDG3ZzYK0uHEdRr9jzc_g2&amp;t=638286173964787378" type="text/javascript"></script>
<div id="siteWrapper">
<div class="header-top"><div class="container"><span class="today">{TODAY_LONG}</span><div class="login"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="return dnnModal.show('https://congdoanbacgiang.org.vn/Login?returnurl=/tin-tuc&amp;popUp=true',/*showReturn*/true,300,650,true,'')" href="https://congdoanbacgiang.org.vn/Login?returnurl=%2ftin-tuc">Đăng nhập</a></div></div></div>
<div class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Liên đoàn Lao động tỉnh Bắc Giang" href="https://congdoanbacgiang.org.vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-ldld.png" alt="Liên đoàn Lao động tỉnh Bắc Giang" /></a>
<div class="slogan">CÔNG ĐOÀN TỈNH BẮC GIANG - ĐỔI MỚI, DÂN CHỦ, ĐOÀN KẾT, PHÁT TRIỂN</div></div></div>
<nav id="dnn_dnnMENU" class="navbar"><ul class="nav navbar-nav topLevel">
{menu_html}
</ul></nav>
<div class="container"><div id="dnn_BreadcrumbPane" class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://congdoanbacgiang.org.vn/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span> » <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://congdoanbacgiang.org.vn/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></span></span></span></div>
<div class="row">
<div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1234"><a name="1234"></a>
<div class="eds_containers_Tran"><div id="dnn_ctr1234_ContentPane"><div id="dnn_ctr1234_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_1234 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetails eds_styleSwitchCriteria_module-1234">
<div id="dnn_ctr1234_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix">
<div class="edn_articleTitle"><h1>{E(art["title"])}</h1></div>
<div class="edn_metaDetails"><time>{art["date_shown"]}</time> <span class="edn_articleCategories"><a href="/tin-tuc/hoat-dong-cong-doan">Hoạt động công đoàn</a></span> <span class="edn_numberOfViews">Lượt xem: {views}</span></div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/ArticleID/1536/print" target="_blank">In bài</a> <a class="edn_emailButton" href="#">Gửi email</a> <div class="fb-like" data-href="{art["url"]}" data-layout="button_count"></div></div>
<div class="edn_articleSummary"><p>{E(art["lead"])}</p></div>
<div class="edn_articleContent">
{body}
<p style="text-align: right;"><strong>Tin: {E(tin[len("Tin: "):])} - Ảnh: {E(anh[len("Ảnh: "):])}</strong></p>
</div>
<div class="edn_articleTags"><span>Từ khóa:</span> <a href="/tin-tuc/tag/tet-sum-vay">Tết Sum vầy</a> <a href="/tin-tuc/tag/cham-lo-doan-vien">chăm lo đoàn viên</a> <a href="/tin-tuc/tag/khu-cong-nghiep">khu công nghiệp</a></div>
</div>
<div class="edn_relatedArticlesWrapper"><h3 class="edn_relatedTitle">Tin liên quan</h3><ul class="edn_relatedArticles">
{rel_html}
</ul></div>
<div class="edn_commentsWrapper"><h3>Ý kiến bạn đọc</h3><div class="edn_commentForm"><input type="text" placeholder="Họ và tên" /><input type="text" placeholder="Email" /><textarea placeholder="Nội dung bình luận"></textarea><a class="edn_submitComment" href="javascript:__doPostBack('dnn$ctr1234$ViewEasyDNNNewsMain$ctl00$lbAddComment','')">Gửi bình luận</a></div></div>
</div>
</div></div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">
<div class="DnnModule"><h3 class="module-title">Tin mới nhất</h3><div class="eds_news_module_1240">
{newest_html}
</div></div>
<div class="DnnModule"><h3 class="module-title">Văn bản mới</h3><ul class="vanban"><li><a href="/van-ban/1">Hướng dẫn số 12/HD-LĐLĐ về tổ chức chương trình “Tết Sum vầy” năm 2024</a></li><li><a href="/van-ban/2">Kế hoạch số 45/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2024</a></li><li><a href="/van-ban/3">Quyết định số 98/QĐ-LĐLĐ về khen thưởng công đoàn cơ sở vững mạnh</a></li></ul></div>
<div class="DnnModule"><h3 class="module-title">Tư vấn pháp luật</h3><p>Đường dây nóng tư vấn pháp luật lao động: <strong>1900 xxxx</strong> (giờ hành chính)</p></div>
<div class="DnnModule"><h3 class="module-title">Lượt truy cập</h3><ul class="counter">{counter_box(rng)}</ul></div>
</div>
</div></div>
<footer class="footer"><div class="container"><p><strong>LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG</strong></p><p>Địa chỉ: Số 2 đường Hoàng Văn Thụ, thành phố Bắc Giang - Điện thoại: 0204.3854.xxx - Email: ldld@bacgiang.gov.vn</p><p>Copyright © 2024 Liên đoàn Lao động tỉnh Bắc Giang. <a id="dnn_dnnTERMS_hypTerms" class="terms" rel="nofollow" href="https://congdoanbacgiang.org.vn/Terms">Điều khoản sử dụng</a> | <a id="dnn_dnnPRIVACY_hypPrivacy" class="privacy" rel="nofollow" href="https://congdoanbacgiang.org.vn/Privacy">Chính sách bảo mật</a></p></div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`68`}}" />
<script type="text/javascript">
//<![CDATA[
{filler_js(rng, 6000, "jquery")}
//]]>
</script>
</form>
</body>
</html>
'''


# ----------------------------------------------------------- g05 WordPress
WP_COMMENTS_G05 = [
    ("Nguyễn Văn Bình", "2024-08-09T20:15:00+07:00", "09/08/2024 lúc 20:15", "Những công trình rất ý nghĩa với bà con vùng biên. Cảm ơn các bạn tình nguyện viên và bộ đội biên phòng!"),
    ("Lương Thị Mai", "2024-08-10T07:42:00+07:00", "10/08/2024 lúc 07:42", "Mình từng tham gia Mùa hè xanh ở Kỳ Sơn năm 2019, đọc bài thấy nhớ bản làng quá."),
    ("Hồ Đức Anh", "2024-08-11T21:03:00+07:00", "11/08/2024 lúc 21:03", "Mong Tỉnh đoàn tiếp tục có thêm nhiều công trình nước sạch cho các bản còn khó khăn."),
]


def wp_menu(items, base):
    return "\n".join(
        '<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s"><a href="%s/%s/">%s</a>%s</li>' % (
            1000 + i, " menu-item-has-children" if ch else "", base, slugify(lab), E(lab),
            ('<ul class="sub-menu">' + "".join('<li class="menu-item"><a href="%s/%s/">%s</a></li>' % (base, slugify(c), E(c)) for c in ch) + "</ul>") if ch else "")
        for i, (lab, ch) in enumerate(items))


@page("g05")
def tpl_g05(art, rng):
    d = pubdt(art)
    base = "https://tinhdoannghean.vn"
    utc = (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def img(cap, i):
        src = "%s/wp-content/uploads/2024/08/IMG_%d-1024x683.jpg" % (base, rng.randint(1000, 9999))
        s = ('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s" alt="" class="wp-image-%d" '
             'srcset="%s 1024w, %s 300w" sizes="(max-width: 1024px) 100vw, 1024px" />' % (src, rng.randint(18000, 18800), src, src.replace("1024x683", "300x200")))
        if cap:
            s += '<figcaption class="wp-element-caption">%s</figcaption>' % E(cap)
        return s + "</figure>"

    body = render_body(
        art, img=img,
        h=lambda t: '<h3 class="wp-block-heading"><strong>%s</strong></h3>' % E(t),
        xem=lambda t: '<p><strong>Xem thêm:</strong> <a href="%s/%s/">%s</a></p>' % (base, slugify(t), E(t)),
    )
    menu = [("Trang chủ", []), ("Tin hoạt động", ["Tỉnh đoàn", "Huyện, thành, thị đoàn", "Đoàn trường học"]),
            ("Phong trào", ["Thanh niên tình nguyện", "Thanh niên xung kích", "Khởi nghiệp", "Chuyển đổi số"]),
            ("Hội - Đội", ["Hội LHTN", "Hội Sinh viên", "Đội TNTP Hồ Chí Minh"]), ("Gương sáng", []), ("Văn bản", []), ("Video", []), ("Liên hệ", [])]
    rel = related(rng, data.PARTY_POOL, d, 6)
    rel_html = "\n".join(
        '<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="%s/%s/" rel="bookmark" class="td-image-wrap" title="%s"><span class="entry-thumb td-thumb-css" style="background-image: url(%s/wp-content/uploads/2024/07/rel%d-218x150.jpg)"></span></a></div></div>'
        '<div class="item-details"><h3 class="entry-title td-module-title"><a href="%s/%s/" rel="bookmark" title="%s">%s</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div></div>' % (
            base, slugify(t), A(t), base, i, base, slugify(t), A(t), E(t), dd.strftime("%Y-%m-%dT%H:%M:%S+07:00"), dmy(dd))
        for i, (t, s, dd) in enumerate(rel))
    side = related(rng, data.PARTY_POOL, d, 5, lo=0, hi=4, exclude=[r[0] for r in rel])
    side_html = "\n".join(
        '<div class="td_module_6 td_module_wrap"><div class="td-module-thumb"><a href="%s/%s/"><img width="100" height="70" src="%s/wp-content/uploads/2024/08/s%d-100x70.jpg" alt="" /></a></div>'
        '<div class="item-details"><h3 class="entry-title td-module-title"><a href="%s/%s/">%s</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date" datetime="%s">%s</time></span></div></div></div>' % (
            base, slugify(t), base, i, base, slugify(t), E(t), dd.strftime("%Y-%m-%dT%H:%M:%S+07:00"), dmy(dd)) for i, (t, s, dd) in enumerate(side))
    comments = "\n".join(
        '<li class="comment even thread-even depth-1" id="li-comment-%d"><article><footer><img alt="" src="https://secure.gravatar.com/avatar/%s?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" />'
        '<cite><a href="#" class="url" rel="ugc">%s</a></cite><a class="comment-link" href="#comment-%d"><time pubdate="%s">%s</time></a></footer>'
        '<div class="comment-content"><p>%s</p></div><div class="comment-meta" id="comment-%d"><a rel="nofollow" class="comment-reply-link" href="#comment-%d">Trả lời</a></div></article></li>' % (
            400 + i, hexid(rng, 32), E(n), 400 + i, dt, E(shown), E(txt), 400 + i, 400 + i) for i, (n, dt, shown, txt) in enumerate(WP_COMMENTS_G05))
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": art["url"] + "#article", "isPartOf": {"@id": art["url"]},
         "author": {"name": art["author"], "@id": base + "/#/schema/person/" + hexid(rng, 32)},
         "headline": art["title"], "datePublished": utc, "dateModified": utc,
         "mainEntityOfPage": {"@id": art["url"]}, "wordCount": 412, "commentCount": 3,
         "publisher": {"@id": base + "/#organization"}, "articleSection": ["Tin hoạt động"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": art["url"], "url": art["url"], "name": art["title"] + " - Tỉnh đoàn Nghệ An",
         "datePublished": utc, "dateModified": utc, "inLanguage": "vi"},
        {"@type": "Organization", "@id": base + "/#organization", "name": "Tỉnh đoàn Nghệ An", "url": base + "/"}]}, ensure_ascii=False)
    return f'''<!doctype html >
<html lang="vi">
<head>
    <title>{E(art["title"])} - Tỉnh đoàn Nghệ An</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="{art["url"]}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:url" content="{art["url"]}" />
<meta property="og:site_name" content="Tỉnh đoàn Nghệ An" />
<meta property="article:publisher" content="https://www.facebook.com/tinhdoannghean" />
<meta property="article:published_time" content="{utc}" />
<meta property="article:modified_time" content="{utc}" />
<meta name="author" content="{A(art["author"])}" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="{A(art["author"])}" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="2 phút" />
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.2' type='text/css' media='all' />
<style id='td-theme-inline-css' type='text/css'>
{filler_css(rng, 6000, "td")}
</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var tdBlocksArray = []; var tdLocalCache = {{}}; var td_ajax_url="{base}/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.2"; var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}}];</script>
</head>
<body class="post-template-default single single-post postid-18734 single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>{TODAY_LONG}</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="{base}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{base}/lien-he/">Liên hệ</a></li></ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/"><img class="td-retina-data" src="{base}/wp-content/uploads/2023/03/logo-tinhdoan.png" alt="Tỉnh đoàn Nghệ An" title="Tỉnh đoàn Nghệ An" /><span class="td-visual-hidden">Tỉnh đoàn Nghệ An</span></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><a href="{base}/chien-dich-thanh-nien-tinh-nguyen-he-2024/"><img src="{base}/wp-content/uploads/2024/06/banner-mhx-2024.jpg" alt="Chiến dịch Thanh niên tình nguyện hè 2024" /></a></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu">
{wp_menu(menu, base)}
</ul></div></div>
<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" aria-label="Search" role="button" class="dropdown-toggle"><i class="td-icon-search"></i></a></div>
<div class="td-drop-down-search"><form method="get" class="td-search-form" action="{base}/"><div role="search" class="td-head-form-search-wrap"><input id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Tìm kiếm" /></div></form></div></div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-2">
<article id="post-18734" class="post-18734 post type-post status-publish format-standard has-post-thumbnail category-tin-hoat-dong tag-thanh-nien-tinh-nguyen tag-ky-son" itemscope itemtype="https://schema.org/Article">
<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Xem tất cả bài viết trong Tin hoạt động" class="entry-crumb" href="{base}/tin-hoat-dong/">Tin hoạt động</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{E(art["title"])}</span></div></div>
<ul class="td-category"><li class="entry-category"><a href="{base}/tin-hoat-dong/">Tin hoạt động</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{E(art["title"])}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{base}/author/lothihuong/">{E(art["author"])}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{art["published_at"]}" >{art["date_shown"]}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-18734">{rng.randint(500, 3000)}</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div>
</div>
</header>
</div></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><a href="https://www.facebook.com/sharer.php?u={art["url"]}" class="td-social-sharing-button td-social-facebook"><span class="td-social-but-text">Chia sẻ</span></a><a href="https://zalo.me/share?u={art["url"]}" class="td-social-sharing-button td-social-zalo"><span class="td-social-but-text">Zalo</span></a></div></div>
<div class="td-post-featured-image"><a href="{base}/wp-content/uploads/2024/08/khanh-thanh-nam-can.jpg" data-caption=""><img width="696" height="464" class="entry-thumb td-modal-image" src="{base}/wp-content/uploads/2024/08/khanh-thanh-nam-can-696x464.jpg" alt="" title="khanh-thanh-nam-can" /></a></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{base}/tag/thanh-nien-tinh-nguyen/">Thanh niên tình nguyện</a></li><li><a href="{base}/tag/ky-son/">Kỳ Sơn</a></li><li><a href="{base}/tag/mua-he-xanh/">Mùa hè xanh</a></li></ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><a href="https://www.facebook.com/sharer.php?u={art["url"]}">Chia sẻ Facebook</a></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{base}/tuoi-tre-ky-son-ra-quan-mua-he-xanh/">Tuổi trẻ Kỳ Sơn ra quân Mùa hè xanh</a></div></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{base}/hoi-thi-tin-hoc-tre-tinh-nghe-an-2024/">Hội thi Tin học trẻ tỉnh Nghệ An năm 2024</a></div></div></div>
<div class="author-box-wrap"><a href="{base}/author/lothihuong/" aria-label="author-photo"><img alt="{A(art["author"])}" src="https://secure.gravatar.com/avatar/{hexid(rng, 32)}?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96" /></a>
<div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/lothihuong/">{E(art["author"])}</a></span></div><div class="td-author-description">{E(art["bio"])}</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
</footer>
<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_3"><h4 class="td-related-title td-block-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3" href="#">BÀI VIẾT LIÊN QUAN</a><a id="tdi_5" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_3" href="#">CÙNG TÁC GIẢ</a></h4>
<div id="tdi_3" class="td_block_inner"><div class="td-related-row">
{rel_html}
</div></div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>3 Bình luận</span></h4></div>
<ol class="comment-list">
{comments}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span class="td-pulldown-size">Kết nối</span></h4><div class="td-social-list"><a href="https://www.facebook.com/tinhdoannghean">Facebook 52.314 Người theo dõi</a><a href="https://www.youtube.com/@tinhdoannghean">YouTube 8.120 Người đăng ký</a></div></div>
<div class="td_block_wrap td_block_7"><h4 class="block-title"><span class="td-pulldown-size">Tin mới nhất</span></h4><div class="td_block_inner">
{side_html}
</div></div>
<div class="td-a-rec td-a-rec-id-sidebar"><a href="https://thanhnien.vn"><img src="{base}/wp-content/uploads/2024/01/banner-sidebar.jpg" alt="Quảng cáo" /></a></div>
<div class="td_block_wrap widget_text"><h4 class="block-title"><span>Fanpage</span></h4><div class="fb-page" data-href="https://www.facebook.com/tinhdoannghean" data-tabs="timeline" data-width="300"></div></div>
</div></div>
</div>
</article>
</div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">Cơ quan chủ quản: Ban Thường vụ Tỉnh đoàn Nghệ An. Địa chỉ: Số 1 đường Phan Đăng Lưu, thành phố Vinh, Nghệ An. Điện thoại: 0238.3844.xxx</div>
<div class="footer-email-wrap">Liên hệ: <a href="mailto:tinhdoan@nghean.gov.vn">tinhdoan@nghean.gov.vn</a></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; Bản quyền thuộc Tỉnh đoàn Nghệ An</div></div></div></div>
</div>
<script type="text/javascript" src="{base}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.2" id="td-site-min-js"></script>
<script>
{filler_js(rng, 8000, "webpack")}
</script>
</body>
</html>
'''


# -------------------------------------------------------------- g06 Joomla
@page("g06")
def tpl_g06(art, rng):
    d = pubdt(art)
    base = "https://cuuchienbinh.thanhhoa.gov.vn"

    def alink(t):
        return "/tin-tuc/hoat-dong-hoi/%d-%s.html" % (rng.randint(1100, 1283), slugify(t))

    def img(cap, i):
        s = '<p style="text-align: center;"><img src="/images/tin-tuc/2024/01/mai-am-dong-doi-%d.jpg" alt="" width="600" height="400" /></p>' % i
        if cap:
            s += '\n<p style="text-align: center;"><em>%s</em></p>' % E(cap)
        return s

    body = render_body(art, p=lambda t: '<p style="text-align: justify;">%s</p>' % md(t), img=img)
    others = related(rng, data.PARTY_POOL, d, 8)
    others_html = "\n".join('<li><a class="mod-articles-category-title" href="%s">%s</a> <span class="mod-articles-category-date">%s</span></li>' % (alink(t), E(t), dmy(dd)) for t, s, dd in others)
    latest = related(rng, data.PARTY_POOL, d, 5, lo=0, hi=7, exclude=[o[0] for o in others])
    latest_html = "\n".join('<li itemscope itemtype="https://schema.org/Article"><a href="%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (alink(t), E(t)) for t, s, dd in latest)
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Hoạt động Hội", "Gương sáng Bộ đội Cụ Hồ", "Nghĩa tình đồng đội", "Văn bản", "Thư viện ảnh", "Liên hệ"]
    menu_html = "".join('<li class="item-%d%s"><a href="/%s">%s</a></li>' % (
        101 + i, " current active" if m == "Hoạt động Hội" else "", slugify(m), E(m)) for i, m in enumerate(menu))
    hits = rng.randint(200, 900)
    token = hexid(rng, 32)
    by = art["byline"][0]
    return f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{art["url"]}" />
	<meta name="keywords" content="cựu chiến binh, mái ấm đồng đội, Quan Hóa" />
	<meta name="author" content="Quản trị viên" />
	<meta name="description" content="Hội Cựu chiến binh tỉnh Thanh Hóa" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{E(art["title"])}</title>
	<link href="/templates/ccbthanhhoa/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/ccbthanhhoa/css/template.css?{hexid(rng, 32)}" rel="stylesheet" />
	<link href="/modules/mod_vvisit_counter/mvc.css" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{{"csrf.token":"{token}","system.paths":{{"root":"","base":""}}}}</script>
	<script src="/media/jui/js/jquery.min.js?{hexid(rng, 32)}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{hexid(rng, 32)}"></script>
	<script src="/media/jui/js/bootstrap.min.js?{hexid(rng, 32)}"></script>
	<script src="/media/system/js/caption.js?{hexid(rng, 32)}"></script>
	<script>
jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});
	</script>
	<style>{filler_css(rng, 2500, "ccb")}</style>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner">
<div class="header-top"><span class="ngay">{TODAY_LONG}</span> <span class="chao">Chào mừng bạn đến với Trang thông tin điện tử Hội Cựu chiến binh tỉnh Thanh Hóa</span></div>
<div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="https://cuuchienbinh.thanhhoa.gov.vn/images/banner-ccb.png" alt="HỘI CỰU CHIẾN BINH TỈNH THANH HÓA" /></a>
<div class="header-search pull-right"><div class="search"><form action="/tin-tuc/hoat-dong-hoi.html" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="112" /></form></div></div></div>
</header>
<nav class="navigation" role="navigation"><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{menu_html}</ul></div></nav>
<div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc.html" class="pathway"><span itemprop="name">Tin tức</span></a><span class="divider"> / </span><meta itemprop="position" content="2"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc/hoat-dong-hoi.html" class="pathway"><span itemprop="name">Hoạt động Hội</span></a><meta itemprop="position" content="3"></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{E(art["title"])}</h2></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-1284" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-1284"><li class="print-icon"><a href="/tin-tuc/hoat-dong-hoi/1284-hoi-cuu-chien-binh-huyen-quan-hoa-ban-giao-nha-mai-am-dong-doi.html?tmpl=component&amp;print=1" title="In bài viết < {A(art["title"])} >" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=ccbthanhhoa&amp;link={hexid(rng, 40)}" title="Email liên kết này đến một người bạn" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị viên</span></dd>
<dd class="category-name">Danh mục: <a href="/tin-tuc/hoat-dong-hoi.html" itemprop="genre">Hoạt động Hội</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{art["published_at"]}" itemprop="datePublished">Được đăng: {art["date_shown"]}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Lượt xem: {hits}</dd>
</dl>
<div itemprop="articleBody">
{body}
<p style="text-align: right;"><strong>{E(by)}</strong></p>
<p style="text-align: right;"><em>{E(art["source"])}</em></p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Hội CCB xã Trung Lý tổng kết công tác Hội năm 2023" aria-label="Bài trước: Hội CCB xã Trung Lý tổng kết công tác Hội năm 2023" href="/tin-tuc/hoat-dong-hoi/1283-hoi-ccb-xa-trung-ly-tong-ket-cong-tac-hoi-nam-2023.html" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>
<li class="next"><a class="hasTooltip" title="Gặp mặt truyền thống nhân kỷ niệm 45 năm chiến thắng bảo vệ biên giới" aria-label="Bài tiếp theo: Gặp mặt truyền thống nhân kỷ niệm 45 năm chiến thắng bảo vệ biên giới" href="/tin-tuc/hoat-dong-hoi/1285-gap-mat-truyen-thong.html" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div>
<div class="moduletable tinkhac"><h3>Các tin khác</h3><ul class="category-module mod-list">
{others_html}
</ul></div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">
{latest_html}
</ul></div>
<div class="well "><h3 class="page-header">Gương sáng Bộ đội Cụ Hồ</h3><div class="custom"><p><img src="/images/guong-sang.jpg" alt="" /></p><p>Cựu chiến binh Lê Đình Hòa - người “giữ lửa” phong trào khuyến học ở xã Thọ Xuân</p></div></div>
<div class="well "><h3 class="page-header">Liên kết website</h3><ul><li><a href="https://cuuchienbinh.vn">Hội CCB Việt Nam</a></li><li><a href="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</a></li><li><a href="https://baothanhhoa.vn">Báo Thanh Hóa</a></li></ul></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div id="vvisit_counter93" class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisit_counter_table"><tbody>{counter_box(rng, "table")}</tbody></table></div></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH THANH HÓA</strong><br />Địa chỉ: 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa - Điện thoại: 0237.3852.xxx</p>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2024 Hội Cựu chiến binh tỉnh Thanh Hóa</p></div></footer>
</body>
</html>
'''


# ------------------------------------------------------------ g07 NukeViet
@page("g07")
def tpl_g07(art, rng):
    d = pubdt(art)
    base = "https://dangbocaoxanh.halong.gov.vn"

    def nlink(t):
        return "/news/hoat-dong-dang-bo/%s-%d.html" % (slugify(t), rng.randint(300, 411))

    body = render_body(art, p=lambda t: '<p style="text-align:justify">%s</p>' % md(t), img=lambda c, i: "")
    newer = related(rng, data.PARTY_POOL, d + timedelta(days=30), 4, lo=1, hi=25)
    older = related(rng, data.PARTY_POOL, d, 6, exclude=[n[0] for n in newer])
    newer_html = "\n".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (nlink(t), A(t), E(t), dmy(dd)) for t, s, dd in newer)
    older_html = "\n".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (nlink(t), A(t), E(t), dmy(dd)) for t, s, dd in older)
    top = related(rng, data.PARTY_POOL, d, 5, exclude=[n[0] for n in newer + older])
    top_html = "\n".join('<li class="clearfix"><a href="%s"><img src="/assets/news/2025_02/thumb%d.jpg" alt="" width="80" class="img-thumbnail pull-left mr-1"/></a><a class="show" href="%s" title="%s">%s</a></li>' % (
        nlink(t), i, nlink(t), A(t), E(t)) for i, (t, s, dd) in enumerate(top))
    menu = [("Trang nhất", []), ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành Đảng bộ", "Các chi bộ trực thuộc"]),
            ("Tin tức", ["Hoạt động Đảng bộ", "Chính quyền", "Mặt trận - Đoàn thể", "Kinh tế - Xã hội"]),
            ("Học tập và làm theo Bác", []), ("Văn bản", ["Văn bản của Đảng ủy", "Văn bản cấp trên"]), ("Thư viện ảnh", []), ("Liên hệ", [])]
    menu_html = "\n".join('<li%s><a title="%s" href="/%s/">%s</a>%s</li>' % (
        ' class="active"' if lab == "Tin tức" else "", A(lab), slugify(lab), E(lab),
        ('<ul class="subnav">' + "".join('<li><a href="/%s/%s/">%s</a></li>' % (slugify(lab), slugify(c), E(c)) for c in ch) + "</ul>") if ch else "") for lab, ch in menu)
    nv_time = d.strftime("%Y-%m-%d") + "ICT" + d.strftime("%H:%M:%S")
    return f'''<!DOCTYPE html>
    <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
    <head>
<title>{E(art["title"])} - Tin tức - Đảng bộ phường Cao Xanh</title>
<meta name="description" content="{A(art["lead"])}">
<meta name="keywords" content="sinh hoạt chuyên đề, vệ sinh môi trường, chi bộ">
<meta name="news_keywords" content="sinh hoạt chuyên đề, vệ sinh môi trường, chi bộ">
<meta name="author" content="Đảng bộ phường Cao Xanh">
<meta name="copyright" content="Đảng bộ phường Cao Xanh [webmaster@caoxanh.halong.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{A(art["lead"])}">
<meta property="og:site_name" content="Đảng bộ phường Cao Xanh">
<meta property="og:image" content="{base}/uploads/news/2025_03/sinh-hoat-chuyen-de-khu-5.jpg">
<meta property="og:url" content="{art["url"]}">
<meta property="article:published_time" content="{nv_time}">
<meta property="article:modified_time" content="{nv_time}">
<meta property="article:section" content="Hoạt động Đảng bộ">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{art["url"]}">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Xk2pa",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="/themes/default/js/main.js"></script>
    </head>
    <body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Đảng bộ phường Cao Xanh" href="/"><img src="/uploads/logo-dang.png" alt="Đảng bộ phường Cao Xanh"></a><span class="site_name">ĐẢNG BỘ PHƯỜNG CAO XANH</span><span class="site_description">Thành phố Hạ Long - Tỉnh Quảng Ninh</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><ul class="nav navbar-nav">
{menu_html}
</ul></div></div></div></nav>
<nav class="third-nav"><div class="container"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>
<ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin tức"><span class="txt" itemprop="name">Tin tức</span></a><i class="hidden" itemprop="position" content="2"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/hoat-dong-dang-bo/" itemprop="item" title="Hoạt động Đảng bộ"><span class="txt" itemprop="name">Hoạt động Đảng bộ</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul></div></div>
<div class="current-time col-xs-24 col-sm-6 col-md-6 text-right"><span class="current-time">Chủ nhật - 22/11/2026 01:14</span></div></div></div></div></div></nav>
<section><div class="container" id="body"><nav class="third-nav"></nav>
<div class="row"><div class="col-sm-16 col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{E(art["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{art["date_shown"]}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/hoat-dong-dang-bo/412/', '', 650, 500, 'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/hoat-dong-dang-bo/412/', '', 840, 500, 'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/hoat-dong-dang-bo/412/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><figure class="article left noncaption pointer" onclick="modalShowByObj('#imgpreview');"><div id="imgpreview" style="width:160px;"><p class="text-center"><img alt="" src="/uploads/news/2025_03/sinh-hoat-chuyen-de-khu-5.jpg" alt="" width="160" class="img-thumbnail"/></p></div></figure>
<div class="hometext m-bottom" itemprop="description">{E(art["lead"])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>{E(art["author"])}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>{E(art["source"])}</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords"><a title="sinh hoạt chuyên đề" href="/news/tag/sinh-hoat-chuyen-de"><em>sinh hoạt chuyên đề</em></a>, <a title="vệ sinh môi trường" href="/news/tag/ve-sinh-moi-truong"><em>vệ sinh môi trường</em></a>, <a title="chi bộ" href="/news/tag/chi-bo"><em>chi bộ</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">
{newer_html}
</ul></div>
<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">
{older_html}
</ul></div>
</div></div>
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul class="block_tophits list-none list-items">
{top_html}
</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Lịch làm việc</div><div class="panel-body"><p>Lịch làm việc tuần của Thường trực Đảng ủy phường được cập nhật vào chiều thứ Sáu hằng tuần.</p></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">{counter_box(rng)}</ul></div></div>
</div></div></div></section>
<footer id="footer" class="footer-nav"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về <a href="/">Đảng bộ phường Cao Xanh</a>.&nbsp; Mọi quyền được bảo lưu.</span></div>
<address class="contact"><p>Địa chỉ: Tổ 3, khu 5, phường Cao Xanh, thành phố Hạ Long, tỉnh Quảng Ninh</p><p>Điện thoại: 0203.3835.xxx</p></address></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="theme-change"><span title="Chế độ giao diện đang hiển thị: Máy Tính"><em class="fa fa-desktop fa-lg"></em></span></div><p>Thiết kế bởi <a href="http://vinades.vn/">VINADES.,JSC</a>, Sử dụng <a href="http://nukeviet.vn/">NukeViet</a></p></div></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div><div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/default/js/bootstrap.min.js"></script>
<script>{filler_js(rng, 3000, "plain")}</script>
</body>
</html>
'''


# --------------------------------------------- g08 Liferay (view_content)
@page("g08")
def tpl_g08(art, rng):
    d = pubdt(art)
    base = "/tin-tuc-su-kien/-/view_content/"

    def vlink(t):
        return base + "%d-%s.html" % (rng.randint(2280000, 2291044), slugify(t))

    def img(cap, i):
        s = '<div class="img-center" style="text-align:center"><img alt="%s" src="/documents/%d/0/bcv-thang9-%d.jpg/%s?t=1758187200000" style="width:640px" /></div>' % (
            A(cap or ""), rng.randint(20000, 30000), i, "-".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)]))
        if cap:
            s += '<div class="img-caption" style="text-align:center"><span style="font-size:13px"><i>%s</i></span></div>' % E(cap)
        return s

    body = render_body(art, p=lambda t: '<p style="text-align:justify">%s</p>' % md(t),
                       h=lambda t: '<h3 style="text-align:justify"><strong>%s</strong></h3>' % E(t), img=img,
                       ol=lambda it: '<ol style="text-align:justify">%s</ol>' % "".join("<li>%s</li>" % E(x) for x in it))
    other = related(rng, data.PARTY_POOL, d, 10)
    other_html = "\n".join('<li><a href="%s">%s</a> <span class="time-other">%s</span></li>' % (vlink(t), E(t), dmyhm(dd)) for t, s, dd in other)
    focus = related(rng, data.PARTY_POOL, d, 4, lo=0, hi=8, exclude=[o[0] for o in other])
    focus_html = "\n".join('<div class="focus-item"><a href="%s"><img src="/documents/20182/0/focus%d.jpg" alt=""></a><a class="focus-title" href="%s">%s</a><p class="focus-sapo">%s</p></div>' % (
        vlink(t), i, vlink(t), E(t), E(s)) for i, (t, s, dd) in enumerate(focus))
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Thông tin tuyên truyền", "Nghiên cứu - Trao đổi", "Dân vận khéo", "Bảo vệ nền tảng tư tưởng của Đảng",
            "Học tập và làm theo Bác", "Văn bản", "Tài liệu sinh hoạt chi bộ", "Thư viện"]
    menu_html = "".join('<li><a href="/%s">%s</a></li>' % (slugify(m), E(m)) for m in menu)
    pid = "ewqNewsDetail_WAR_ewqportlet_INSTANCE_%s" % ident(rng, 3)
    return f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{E(art["title"])} - Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{A(art["title"])}" /><meta property="og:description" content="{A(art["lead"])}" />
<link class="lfr-css-file" href="/ewq-theme/css/main.css?browserId=other&amp;themeId=ewqtheme_WAR_ewqtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1757980800000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay={{Browser:{{acceptsGzip:function(){{return true}}}},ThemeDisplay:{{getCompanyId:function(){{return"10154"}},getLanguageId:function(){{return"vi_VN"}},getPlid:function(){{return"{rng.randint(10000, 90000)}"}},isSignedIn:function(){{return false}}}}}};var themeDisplay=Liferay.ThemeDisplay;Liferay.authToken="{ident(rng, 4)}";</script>
<style>{filler_css(rng, 3000, "ewq")}</style>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner"><div class="top-header"><span class="date-now">{TODAY_LONG}</span><a class="login" href="/c/portal/login">Đăng nhập</a></div>
<div class="logo-banner"><img src="/ewq-theme/images/banner-btgdv.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình" /><h1 class="site-title">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH</h1></div>
<nav id="navigation"><ul>{menu_html}</ul></nav></header>
<div id="content"><div class="columns-2-8-4"><div class="column-main">
<div class="portlet-boundary" id="p_p_id_{pid}_"><div class="portlet-borderless-container"><div class="portlet-body">
<div class="breadcrumb-news"><a href="/trang-chu">Trang chủ</a> &gt; <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></div>
<div class="news-detail">
<h2 class="title-detail">{E(art["title"])}</h2>
<div class="date-detail"><span class="icon-clock"></span> {art["date_shown"]}</div>
<div class="toolbar-detail"><a href="javascript:void(0)" onclick="ewqZoom(-1)">A-</a><a href="javascript:void(0)" onclick="ewqZoom(0)">A</a><a href="javascript:void(0)" onclick="ewqZoom(1)">A+</a> <a href="javascript:window.print()">In trang</a> <a href="javascript:void(0)" onclick="ewqSpeak()">Nghe đọc bài</a></div>
<div class="sapo-detail"><strong>{E(art["lead"])}</strong></div>
<div class="content-detail">
{body}
</div>
<div class="author-detail" style="text-align:right"><strong>{E(art["author"])}</strong></div>
<div class="share-detail"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={art["url"]}">Facebook</a> <a href="https://zalo.me/share">Zalo</a> <a href="mailto:?subject={A(art["title"])}">Email</a></div>
</div>
<div class="other-news"><div class="other-title">Các tin khác</div><ul>
{other_html}
</ul></div>
</div></div></div>
</div>
<div class="column-right">
<div class="box"><div class="box-title">Tin tiêu điểm</div>
{focus_html}
</div>
<div class="box"><div class="box-title">Văn bản chỉ đạo</div><ul class="vb"><li><a href="/van-ban/1">Hướng dẫn số 05-HD/BTGDVTU về tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030</a></li><li><a href="/van-ban/2">Kế hoạch số 18-KH/BTGDVTU về hoạt động báo cáo viên năm 2025</a></li><li><a href="/van-ban/3">Công văn số 241-CV/BTGDVTU về định hướng thông tin tháng 10/2025</a></li></ul></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về chất lượng Hội nghị báo cáo viên trực tuyến?</p><label><input type="radio" name="poll" /> Rất tốt</label><label><input type="radio" name="poll" /> Tốt</label><label><input type="radio" name="poll" /> Bình thường</label><button type="button">Bình chọn</button></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><ul class="counter">{counter_box(rng)}</ul></div>
</div></div></div>
<footer id="footer"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH</strong></p><p>Giấy phép số 25/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp. Chịu trách nhiệm: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.</p><p>Địa chỉ: Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình. Điện thoại: 0229.3871.xxx</p><p>Phát triển bởi VNPT Ninh Bình</p></footer>
</div>
<script>Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_{pid}_",portletId:"{pid}"}});
function ewqZoom(n){{var c=document.querySelector(".content-detail");var s=parseInt(getComputedStyle(c).fontSize,10);c.style.fontSize=(n===0?15:s+n)+"px"}}
{filler_js(rng, 3000, "plain")}</script>
</body>
</html>
'''


# ------------------------------------- g09 classic ASP, windows-1258
@page("g09")
def tpl_g09(art, rng):
    d = pubdt(art)

    def img(cap, i):
        s = '<table align="center" border="0" cellpadding="2" cellspacing="0"><tr><td><img src="upload/news/2012/anh%d_%d.jpg" width="450" border="0"></td></tr>' % (347, i)
        if cap:
            s += '<tr><td align="center"><font size="1" face="Arial"><i>%s</i></font></td></tr>' % E(cap)
        return s + "</table>"

    body = render_body(art, p=lambda t: '<p align="justify">%s</p>' % md(t), img=img, sep="\n")
    other = related(rng, data.PARTY_POOL, d, 8, hi=60)
    other_html = "\n".join('<tr><td class="tinkhac">&raquo; <a href="news_detail.asp?id=%d&amp;cat=3">%s</a> <font color="#999999">(%s)</font></td></tr>' % (
        rng.randint(200, 346), E(t), dmy(dd)) for t, s, dd in other)
    newest = related(rng, data.PARTY_POOL, d, 6, lo=0, hi=10, exclude=[o[0] for o in other])
    newest_html = "\n".join('<tr><td><img src="images/bullet.gif"> <a href="news_detail.asp?id=%d&amp;cat=3" class="link_tinmoi">%s</a></td></tr>' % (
        rng.randint(200, 346), E(t)) for t, s, dd in newest)
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Hoạt động Công đoàn", "Gương người tốt", "Thư viện ảnh", "Liên hệ"]
    menu_html = " | ".join('<a href="%s.asp" class="menu">%s</a>' % (slugify(m).replace("-", "_"), E(m)) for m in menu)
    digits = "".join('<img src="images/counter/%s.gif" alt="%s">' % (c, c) for c in "%09d" % rng.randint(100000, 999999))
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Công đoàn Giáo dục Hà Tĩnh - {E(art["title"])}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
function openPrint(id) {{ window.open('print.asp?id='+id,'print','width=700,height=600,scrollbars=yes'); }}
{filler_js(rng, 2500, "plain")}
//-->
</script>
<style type="text/css">
body {{ background-color: #E8EEF4; }}
.title_news {{ font-family: Arial; font-size: 16px; font-weight: bold; color: #0A4B8C; }}
.sapo {{ font-family: Arial; font-size: 12px; }}
.menu {{ font-family: Arial; font-size: 12px; font-weight: bold; color: #FFFFFF; text-decoration: none; }}
</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/menu_over.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" alt="CÔNG ĐOÀN GIÁO DỤC HÀ TĨNH"></td></tr>
<tr><td colspan="3" bgcolor="#0A4B8C" height="28" align="center">{menu_html}</td></tr>
<tr><td colspan="3" height="24" bgcolor="#DDE7F0"><table width="100%"><tr><td width="200"><font face="Arial" size="2">&nbsp;{TODAY_LONG}</font></td><td><marquee scrollamount="2"><font face="Arial" size="2" color="#CC0000">Chào mừng quý thầy cô đến với Website Công đoàn ngành Giáo dục Hà Tĩnh</font></marquee></td></tr></table></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#F3F7FA">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="box_title" bgcolor="#0A4B8C"><font color="#FFFFFF" face="Arial" size="2"><b>DANH MỤC</b></font></td></tr>
<tr><td><a href="tin_tuc.asp?cat=1">Tin hoạt động</a></td></tr><tr><td><a href="tin_tuc.asp?cat=2">Chính sách - Pháp luật</a></td></tr><tr><td><a href="tin_tuc.asp?cat=3">Chăm lo đời sống</a></td></tr><tr><td><a href="tin_tuc.asp?cat=4">Thi đua - Khen thưởng</a></td></tr><tr><td><a href="tin_tuc.asp?cat=5">Nữ công</a></td></tr><tr><td><a href="tin_tuc.asp?cat=6">Văn hóa - Thể thao</a></td></tr>
<tr><td class="box_title" bgcolor="#0A4B8C"><font color="#FFFFFF" face="Arial" size="2"><b>HỖ TRỢ TRỰC TUYẾN</b></font></td></tr>
<tr><td><a href="ymsgr:sendim?congdoangdht"><img src="http://opi.yahoo.com/online?u=congdoangdht&amp;m=g&amp;t=2" border="0"></a> Văn phòng</td></tr>
<tr><td class="box_title" bgcolor="#0A4B8C"><font color="#FFFFFF" face="Arial" size="2"><b>THỐNG KÊ</b></font></td></tr>
<tr><td align="center"><font face="Arial" size="1">Lượt truy cập:</font><br>{digits}<br><font face="Arial" size="1">Đang online: {rng.randint(2, 15)}</font></td></tr>
</table>
</td>
<td width="600" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td><font face="Arial" size="1"><a href="default.asp">Trang chủ</a> &raquo; <a href="tin_tuc.asp?cat=3">Chăm lo đời sống</a></font></td></tr>
<tr><td class="title_news">{E(art["title"])}</td></tr>
<tr><td><font face="Arial" size="1" color="#999999">{art["date_shown"]}</font></td></tr>
<tr><td class="sapo"><b><i>{E(art["lead"])}</i></b></td></tr>
<tr><td class="content"><font face="Arial" size="2">
{body}
<p align="right"><b>{E(art["byline"][0])}</b></p>
</font></td></tr>
<tr><td align="right"><font face="Arial" size="1"><a href="javascript:openPrint(347)">[In bài]</a> <a href="send.asp?id=347">[Gửi bài cho bạn]</a> <a href="#top">[Về đầu trang]</a></font></td></tr>
<tr><td><font face="Arial" size="2" color="#0A4B8C"><b>CÁC TIN KHÁC:</b></font></td></tr>
<tr><td><table width="100%" border="0" cellpadding="2">{other_html}</table></td></tr>
</table>
</td>
<td width="190" valign="top" bgcolor="#F3F7FA">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#0A4B8C"><font color="#FFFFFF" face="Arial" size="2"><b>TIN MỚI</b></font></td></tr>
{newest_html}
<tr><td bgcolor="#0A4B8C"><font color="#FFFFFF" face="Arial" size="2"><b>VĂN BẢN MỚI</b></font></td></tr>
<tr><td><a href="van_ban.asp?id=51">Hướng dẫn số 02/HD-CĐN về tổ chức Tết cho đoàn viên năm 2012</a></td></tr>
<tr><td><a href="van_ban.asp?id=50">Kế hoạch hoạt động Công đoàn ngành năm học 2011 - 2012</a></td></tr>
<tr><td align="center"><a href="http://www.moet.gov.vn" target="_blank"><img src="images/lk_bogd.gif" width="170" border="0" alt="Bộ Giáo dục và Đào tạo"></a></td></tr>
<tr><td align="center"><a href="http://www.congdoanvn.org.vn" target="_blank"><img src="images/lk_tld.gif" width="170" border="0" alt="Tổng Liên đoàn Lao động Việt Nam"></a></td></tr>
<tr><td align="center"><select name="lienket" onChange="window.open(this.value)"><option>-- Liên kết website --</option><option value="http://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option><option value="http://baohatinh.vn">Báo Hà Tĩnh</option></select></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#0A4B8C" align="center" height="60"><font face="Arial" size="1" color="#FFFFFF">Bản quyền thuộc Công đoàn ngành Giáo dục Hà Tĩnh<br>Địa chỉ: Số 24 đường Phan Đình Phùng, TP Hà Tĩnh - ĐT: 039.3855.xxx<br>Thiết kế bởi Trung tâm Tin học - Sở Giáo dục và Đào tạo</font></td></tr>
</table>
</body>
</html>
'''


# ------------------------------- g10 ASP.NET WebForms, entity-encoded text
@page("g10")
def tpl_g10(art, rng):
    d = pubdt(art)

    def img(cap, i):
        s = '<p style="text-align: center;"><img alt="" src="/Upload/News/2020/12/tk-xdd-%d.jpg" style="width: 550px; height: 366px;" /></p>' % i
        if cap:
            s += '\n<p style="text-align: center;"><span style="font-size: 12px;"><em>%s</em></span></p>' % E(cap)
        return s

    body = render_body(
        art, p=lambda t: '<p style="text-align: justify;">%s</p>' % md(t), img=img,
        xem=lambda t: '<p style="text-align: justify;"><strong>Xem th&ecirc;m:</strong> <a href="/NewsDetail.aspx?ID=%d&amp;CateID=12">%s</a></p>' % (rng.randint(1100, 1181), E(t)),
    )
    content = ent_named(body + '\n<p style="text-align: right;"><strong>%s</strong></p>' % E(art["byline"][0]))
    other = related(rng, data.PARTY_POOL, d, 8)
    other_html = "\n".join('<li><a id="ctl00_ContentPlaceHolder1_rptOther_ctl%02d_hlTitle" href="/NewsDetail.aspx?ID=%d&amp;CateID=12">%s</a> <span class="ngay">(%s)</span></li>' % (
        k, rng.randint(1100, 1181), E(t), dmy(dd)) for k, (t, s, dd) in enumerate(other))
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Xây dựng Đảng", "Chính quyền", "Mặt trận - Đoàn thể", "Văn bản", "Lịch công tác", "Liên hệ"]
    menu_html = "".join('<li><a href="/%s.aspx">%s</a></li>' % (slugify(m).title().replace("-", ""), E(m)) for m in menu)
    page_html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{E(art["title"])}
</title><link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">{filler_js(rng, 2500, "jquery")}</script>
</head>
<body>
<form name="form1" method="post" action="NewsDetail.aspx?ID=1182&amp;CateID=12" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 7000)}" />
</div>
<div id="wrapper">
<div id="header"><div class="banner"><img src="/Images/banner_hoangdat.jpg" alt="Trang thông tin điện tử Đảng bộ xã Hoằng Đạt" /></div>
<div class="header-bar"><span id="ctl00_lblNgay" class="ngay">{TODAY_LONG}</span><div class="tim-kiem"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" /></div></div>
<ul id="ctl00_menu" class="menu">{menu_html}</ul></div>
<div id="main">
<div class="left">
<div class="duong-dan"><a href="/Default.aspx">Trang chủ</a> &gt; <a href="/XayDungDang.aspx">Xây dựng Đảng</a></div>
<div id="ctl00_ContentPlaceHolder1_pnDetail" class="news-detail">
<h1><span id="ctl00_ContentPlaceHolder1_lblTitle" class="title">{E(art["title"])}</span></h1>
<span id="ctl00_ContentPlaceHolder1_lblDate" class="date">{art["date_shown"]}</span>
<div class="sapo"><span id="ctl00_ContentPlaceHolder1_lblSapo">{E(art["lead"])}</span></div>
<div id="ctl00_ContentPlaceHolder1_divContent" class="content">
@@CONTENT@@
</div>
<div class="tools"><a href="javascript:window.print();">In bài viết</a> | <a href="#">Gửi cho bạn bè</a> | <a href="#top">Về đầu trang</a></div>
</div>
<div class="tin-khac"><h3>Các tin khác</h3><ul>
{other_html}
</ul></div>
</div>
<div class="right">
<div class="box"><h3>Lịch công tác</h3><p>Lịch công tác tuần 53 năm 2020 của Thường trực Đảng ủy, HĐND, UBND xã.</p></div>
<div class="box"><h3>Văn bản mới</h3><ul><li><a href="/VanBan.aspx?ID=88">Nghị quyết Đại hội Đảng bộ xã lần thứ XXIV, nhiệm kỳ 2020 - 2025</a></li><li><a href="/VanBan.aspx?ID=87">Chương trình công tác toàn khóa của Ban Chấp hành Đảng bộ xã</a></li></ul></div>
<div class="box"><h3>Thống kê truy cập</h3><table class="thong-ke">{counter_box(rng, "table")}</table></div>
</div>
</div>
<div id="footer"><p>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ HOẰNG ĐẠT - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA</p><p>Địa chỉ: UBND xã Hoằng Đạt, huyện Hoằng Hóa, tỉnh Thanh Hóa - Điện thoại: 0237.3865.xxx</p></div>
</div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(rng, 300)}" /></div>
</form>
</body>
</html>
'''
    return ent_numeric(page_html).replace("@@CONTENT@@", content)


# ==========================================================================
# News media and general news layouts (g11-g20)
# ==========================================================================
NEWS_CATS = [
    ("Thời sự", ["Chính trị", "Xây dựng Đảng", "Quốc phòng - An ninh", "Đối ngoại"]),
    ("Kinh tế", ["Nông nghiệp", "Doanh nghiệp", "Thị trường", "Đầu tư"]),
    ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm", "Môi trường"]),
    ("Pháp luật", ["An ninh trật tự", "Bạn đọc", "Điều tra"]),
    ("Văn hóa", ["Du lịch", "Văn nghệ", "Di sản"]),
    ("Thể thao", ["Bóng đá", "Thể thao phong trào"]),
    ("Thế giới", []), ("Khoa học - Công nghệ", []), ("Multimedia", ["Video", "Ảnh", "Infographic", "Emagazine", "Podcast"]),
]


def news_menu(base, cats=NEWS_CATS, active=None):
    return "\n".join(
        '<li class="menu-item%s"><a href="%s/%s">%s</a>%s</li>' % (
            " active" if lab == active else "", base, slugify(lab), E(lab),
            ('<ul class="sub-menu">' + "".join('<li><a href="%s/%s/%s">%s</a></li>' % (base, slugify(lab), slugify(c), E(c)) for c in ch) + "</ul>") if ch else "")
        for lab, ch in cats)


def news_card(base, t, s, dd, i, fmt, date_fmt=dmyhm, idn=None):
    url = "%s/%s-%d.html" % (base, slugify(t), idn or (3300000 + i * 7919))
    return fmt.format(url=url, title=E(t), atitle=A(t), sapo=E(s), date=date_fmt(dd), iso=dd.strftime("%Y-%m-%dT%H:%M:%S+07:00"), i=i)


# ---------------------------------------------- g11 provincial paper (ĐL)
@page("g11")
def tpl_g11(art, rng):
    d = pubdt(art)
    base = "https://baodaklak.vn"

    def img(cap, i):
        s = '<figure class="image align-center"><img src="https://cdn.baodaklak.vn/images/2026/11/21/thu-hoach-ca-phe-%d.jpg" alt="%s" width="800" height="533" loading="lazy" />' % (i, A(cap or ""))
        if cap:
            s += "<figcaption>%s</figcaption>" % E(cap)
        return s + "</figure>"

    body = render_body(art, img=img,
                       xem=lambda t: '<div class="box-related-inline"><span class="label">Xem thêm:</span> <a href="%s/kinh-te/%s-%s/">%s</a></div>' % (base, slugify(t), hexid(rng, 7), E(t)))
    same = related(rng, data.NEWS_POOL, d, 6, lo=1, hi=12)
    fmt_same = '<article class="story"><a class="story__thumb" href="{url}"><img src="https://cdn.baodaklak.vn/thumb/{i}.jpg" alt="{atitle}"></a><h3 class="story__title"><a href="{url}">{title}</a></h3><time class="story__time" datetime="{iso}">{date}</time><p class="story__sapo">{sapo}</p></article>'
    same_html = "\n".join(news_card(base + "/kinh-te", t, s, dd, i, fmt_same) for i, (t, s, dd) in enumerate(same))
    most = related(rng, data.NEWS_POOL, d, 6, lo=0, hi=3, exclude=[x[0] for x in same])
    most_html = "\n".join(news_card(base, t, s, dd, i, '<li><span class="rank">{i}</span><a href="{url}">{title}</a></li>') for i, (t, s, dd) in enumerate(most, 1))
    comments = [("Nguyễn Hữu Tài", "21/11/2026 23:40", "Năm nay giá cà phê cao, bà con phấn khởi lắm. Mong giá giữ ổn định đến hết vụ."),
                ("H'Linh Êban", "22/11/2026 00:12", "Ở Cư M'gar nhân công hái cà phê năm nay cũng khan hiếm, nhiều nhà phải thuê từ tỉnh khác lên.")]
    comm_html = "\n".join('<div class="comment-item"><div class="comment-author">%s <span class="comment-time">%s</span></div><div class="comment-text">%s</div><div class="comment-actions"><a href="#">Thích</a> <a href="#">Trả lời</a></div></div>' % (
        E(n), t, E(c)) for n, t, c in comments)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["lead"],
                     "datePublished": art["published_at"], "dateModified": art["published_at"],
                     "author": {"@type": "Person", "name": art["author"]},
                     "publisher": {"@type": "Organization", "name": "Báo Đắk Lắk", "logo": {"@type": "ImageObject", "url": base + "/images/logo.png"}},
                     "mainEntityOfPage": art["url"], "image": ["https://cdn.baodaklak.vn/images/2026/11/21/thu-hoach-ca-phe-1.jpg"]}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | Báo Đắk Lắk điện tử</title>
<meta name="description" content="{A(art["lead"])}">
<link rel="canonical" href="{art["url"]}">
<meta property="og:type" content="article"><meta property="og:title" content="{A(art["title"])}"><meta property="og:description" content="{A(art["lead"])}">
<meta property="og:image" content="https://cdn.baodaklak.vn/images/2026/11/21/thu-hoach-ca-phe-1.jpg">
<meta property="article:published_time" content="{art["published_at"]}">
<meta property="article:section" content="Nông nghiệp">
<link rel="stylesheet" href="{base}/assets/css/app.min.css?v=3.4.1">
<script type="application/ld+json">{ld}</script>
<style>{filler_css(rng, 4000, "dl")}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());gtag('config','G-{ident(rng, 4).upper()}');</script>
</head>
<body class="page-detail">
<header class="site-header">
<div class="topbar container"><span class="topbar__date">{TODAY_LONG}</span><span class="topbar__weather">Buôn Ma Thuột 19°C - 27°C</span><div class="topbar__links"><a href="{base}/bao-in">Báo in</a><a href="{base}/e-paper">E-paper</a><a href="{base}/lien-he">Liên hệ quảng cáo</a><a href="{base}/rss">RSS</a></div></div>
<div class="masthead container"><a class="logo" href="{base}/"><img src="{base}/images/logo.png" alt="Báo Đắk Lắk điện tử"></a><p class="masthead__slogan">Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Đắk Lắk</p></div>
<nav class="main-nav"><div class="container"><ul class="menu"><li class="home"><a href="{base}/">Trang chủ</a></li>
{news_menu(base, active="Kinh tế")}
</ul></div></nav>
</header>
<main class="container">
<div class="ads ads-top"><a href="{base}/qc/1" rel="sponsored"><img src="{base}/ads/banner-970x90.jpg" alt="Quảng cáo"></a></div>
<div class="row">
<div class="col-main">
<ol class="breadcrumb"><li><a href="{base}/kinh-te">Kinh tế</a></li><li><a href="{base}/kinh-te/nong-nghiep">Nông nghiệp</a></li></ol>
<article class="detail">
<h1 class="detail__title">{E(art["title"])}</h1>
<div class="detail__meta"><div class="detail__author"><img class="avatar" src="{base}/images/author/hong-thuy.jpg" alt=""><a href="{base}/tac-gia/hong-thuy">{E(art["author"])}</a></div>
<time class="detail__time" datetime="{art["published_at"]}" title="{dmyhm(d)}">{art["date_shown"]}</time>
<div class="detail__tools"><a href="#" class="font-down">A-</a><a href="#" class="font-up">A+</a><a href="#" onclick="window.print()">In</a><a href="https://www.facebook.com/sharer/sharer.php?u={art["url"]}" class="share-fb">Chia sẻ</a></div></div>
<h2 class="detail__sapo">{E(art["lead"])}</h2>
<div class="detail__content">
{body}
</div>
<div class="detail__tags"><span>Từ khóa:</span> <a href="{base}/tag/ca-phe">cà phê</a> <a href="{base}/tag/thu-hoach-ca-phe">thu hoạch cà phê</a> <a href="{base}/tag/gia-ca-phe">giá cà phê</a></div>
<div class="detail__rating">Bạn thấy bài viết này thế nào? <button>Hay</button> <button>Bình thường</button></div>
</article>
<section class="comments"><h3 class="section-title">Ý kiến bạn đọc (2)</h3><form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><button type="submit">Gửi bình luận</button></form>
{comm_html}
</section>
<section class="box-same-cat"><h3 class="section-title">Tin cùng chuyên mục</h3>
{same_html}
</section>
</div>
<aside class="col-side">
<div class="box box-mostread"><h3 class="box__title">Đọc nhiều</h3><ol>
{most_html}
</ol></div>
<div class="box box-podcast"><h3 class="box__title">Podcast</h3><p>Bản tin thời sự Đắk Lắk ngày 21/11</p><audio controls preload="none" src="{base}/podcast/ban-tin-21-11.mp3"></audio></div>
<div class="ads ads-side"><img src="{base}/ads/300x600.jpg" alt="Quảng cáo"></div>
<div class="box box-paper"><h3 class="box__title">Báo in</h3><a href="{base}/bao-in"><img src="{base}/images/bao-in-moi.jpg" alt="Báo in Đắk Lắk"></a></div>
</aside>
</div>
</main>
<footer class="site-footer"><div class="container"><p><strong>BÁO ĐẮK LẮK ĐIỆN TỬ</strong></p><p>Tổng Biên tập: chịu trách nhiệm trước pháp luật về nội dung. Giấy phép hoạt động báo điện tử số 123/GP-BVHTTDL.</p><p>Tòa soạn: 15 Lê Thánh Tông, phường Buôn Ma Thuột, tỉnh Đắk Lắk. Điện thoại: 0262.3852.xxx. Email: baodaklak@gmail.com</p><p>® Ghi rõ nguồn “Báo Đắk Lắk điện tử” khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="{base}/assets/js/app.min.js?v=3.4.1"></script>
<script>{filler_js(rng, 6000, "webpack")}</script>
</body>
</html>
'''


# -------------------------------------------- g12 photo story (QN paper)
@page("g12")
def tpl_g12(art, rng):
    d = pubdt(art)
    base = "https://baoquangninh.vn"

    def img(cap, i):
        src = "https://cdn.baoquangninh.vn/images/2025/06/12/co-to-cau-muc-%02d.jpg" % i
        s = '<figure class="photo-item"><img src="%s" data-src="%s" alt="%s" width="1200" height="800" />' % (src, src, A(cap or ""))
        if cap:
            s += '<figcaption class="photo-caption"><p>%s</p></figcaption>' % E(cap)
        return s + "</figure>"

    body = render_body(art, img=img, p=lambda t: '<p class="photo-text">%s</p>' % md(t))
    rel = related(rng, data.NEWS_POOL, d, 4, lo=1, hi=20)
    fmt = '<div class="rel-item"><a href="{url}"><img src="https://cdn.baoquangninh.vn/thumb/rel{i}.jpg" alt=""></a><div><h4><a href="{url}">{title}</a></h4><span class="time">{date}</span><p>{sapo}</p></div></div>'
    rel_html = "\n".join(news_card(base, t, s, dd, i, fmt) for i, (t, s, dd) in enumerate(rel))
    care = related(rng, data.NEWS_POOL, d, 6, lo=1, hi=30, exclude=[r[0] for r in rel])
    care_html = "\n".join(news_card(base, t, s, dd, i, fmt) for i, (t, s, dd) in enumerate(care, 10))
    most = related(rng, data.NEWS_POOL, d, 5, lo=0, hi=3, exclude=[r[0] for r in rel + care])
    most_html = "\n".join(news_card(base, t, s, dd, i, '<li><a href="{url}">{title}</a><span class="time">{date}</span></li>') for i, (t, s, dd) in enumerate(most, 20))
    ld = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": art["url"]},
                     "headline": art["title"], "description": art["lead"], "image": {"@type": "ImageObject", "url": "https://cdn.baoquangninh.vn/images/2025/06/12/co-to-cau-muc-01.jpg", "width": 1200, "height": 800},
                     "datePublished": art["published_at"], "dateModified": art["published_at"],
                     "author": {"@type": "Person", "name": art["author"]},
                     "publisher": {"@type": "Organization", "name": "Báo Quảng Ninh", "logo": {"@type": "ImageObject", "url": base + "/logo.png"}}}, ensure_ascii=False)
    cats = [("Thời sự", []), ("Chính trị", []), ("Kinh tế", []), ("Xã hội", []), ("Văn hóa", []), ("Du lịch", []), ("Thể thao", []), ("Pháp luật", []), ("Quốc tế", []),
            ("Multimedia", ["Video", "Photo", "Longform", "Infographic"]), ("Báo in", []), ("Quảng Ninh TV", [])]
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(art["title"])} - Báo Quảng Ninh điện tử</title>
<meta name="description" content="{A(art["lead"])}">
<meta property="og:title" content="{A(art["title"])}"><meta property="og:type" content="article"><meta property="og:image" content="https://cdn.baoquangninh.vn/images/2025/06/12/co-to-cau-muc-01.jpg">
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="{base}/static/css/photo-story.css?v=20250601">
<style>{filler_css(rng, 3500, "qn")}</style>
</head>
<body class="photo-story-page">
<header class="header"><div class="header-top"><span class="date">{TODAY_LONG}</span><a class="logo" href="{base}/"><img src="{base}/logo.png" alt="Báo Quảng Ninh"></a><div class="search"><form action="{base}/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></div></div>
<nav class="nav"><ul>{news_menu(base, cats, active="Multimedia")}</ul></nav></header>
<main class="photo-story">
<div class="breadcrumb"><a href="{base}/multimedia">Multimedia</a> / <a href="{base}/multimedia/photo">Photo</a></div>
<div class="story-header"><span class="label-photo">PHOTO</span>
<h1 class="story-title">{E(art["title"])}</h1>
<div class="story-meta"><span class="story-date">{art["date_shown"]}</span> <span class="story-views">{rng.randint(500, 5000)} lượt xem</span></div>
<div class="story-author">{E(art["byline"][0])}</div>
<div class="story-sapo"><p>{E(art["lead"])}</p></div></div>
<div class="story-body">
{body}
</div>
<div class="story-footer"><div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={art["url"]}">Facebook</a> <a href="https://zalo.me/share">Zalo</a> <a href="#" class="copy-link">Sao chép liên kết</a></div>
<div class="tags">Tags: <a href="{base}/tag/co-to">Cô Tô</a> <a href="{base}/tag/ngu-dan">ngư dân</a> <a href="{base}/tag/muc-mot-nang">mực một nắng</a></div></div>
<section class="related"><h3>Tin liên quan</h3>
{rel_html}
</section>
<section class="care"><h3>Có thể bạn quan tâm</h3>
{care_html}
</section>
<aside class="most"><h3>Xem nhiều</h3><ul>
{most_html}
</ul></aside>
</main>
<footer class="footer"><p>BÁO QUẢNG NINH - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH QUẢNG NINH</p><p>Địa chỉ: Trung tâm Truyền thông tỉnh, phường Hồng Hà, TP Hạ Long. Điện thoại: 0203.3835.xxx</p><p>Giấy phép số 61/GP-BVHTTDL. © Bản quyền thuộc Báo Quảng Ninh.</p></footer>
<script src="{base}/static/js/lazyload.min.js"></script>
<script>{filler_js(rng, 4000, "plain")}</script>
</body>
</html>
'''


# --------------------------------------------- g13 national, VnE-like
@page("g13")
def tpl_g13(art, rng):
    d = pubdt(art)
    base = "https://tintucviet.net"

    def img(cap, i):
        src = "https://i1-tintuc.tvcdn.net/2026/11/21/xe-buyt-dien-%d-1763712312.jpg?w=680&h=0&q=100&dpr=1&fit=crop&s=%s" % (i, ident(rng, 5))
        s = ('<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject" class="tplCaption action_thumb_added">'
             '<meta itemprop="url" content="%s"><meta itemprop="width" content="680"><meta itemprop="height" content="408">'
             '<div class="fig-picture"><picture><source data-srcset="%s 1x" srcset="%s 1x"><img itemprop="contentUrl" intrinsicsize="680x0" alt="%s" class="lazy" src="%s"></picture></div>' % (
                 src, src, src, A(cap or ""), src))
        if cap:
            s += '<figcaption itemprop="description"><p class="Image">%s</p></figcaption>' % E(cap)
        return s + "</figure>"

    def table(rows):
        h = ['<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width:100%;"><tbody>']
        for k, r in enumerate(rows):
            h.append("<tr>" + "".join('<td><p class="Normal">%s</p></td>' % (("<strong>%s</strong>" % E(c)) if k == 0 else E(c)) for c in r) + "</tr>")
        h.append("</tbody></table>")
        return "".join(h)

    body = render_body(
        art, img=img, table=table,
        p=lambda t: '<p class="Normal">%s</p>' % md(t),
        h=lambda t: '<h2 class="Normal"><strong>%s</strong></h2>' % E(t),
        xem=lambda t: '<p class="Normal"><strong>Xem thêm:</strong> <a href="%s/%s-%d.html" data-itm-source="#tintuc_web~~detail~~related_inline">%s</a></p>' % (base, slugify(t), rng.randint(4900000, 4991234), E(t)),
    )
    mega = []
    for lab, ch in NEWS_CATS + [("Sức khỏe", ["Tin tức", "Các bệnh", "Dinh dưỡng", "Khỏe đẹp"]), ("Đời sống", ["Tổ ấm", "Bài học sống", "Nhà"]),
                                ("Du lịch", ["Điểm đến", "Ẩm thực", "Dấu chân"]), ("Số hóa", ["Công nghệ", "Sản phẩm", "Đánh giá"]), ("Xe", ["Thị trường", "Cầm lái", "Diễn đàn"]),
                                ("Ý kiến", ["Thời sự", "Đời sống"]), ("Tâm sự", []), ("Thư giãn", ["Cười", "Đố vui", "Chuyện lạ"]), ("Bất động sản", ["Chính sách", "Thị trường", "Dự án"])]:
        mega.append('<div class="mega-col"><a class="mega-cat" href="%s/%s">%s</a><ul>%s</ul></div>' % (
            base, slugify(lab), E(lab), "".join('<li><a href="%s/%s/%s">%s</a></li>' % (base, slugify(lab), slugify(c), E(c)) for c in ch)))
    mega_html = "\n".join(mega)
    newest = related(rng, data.NEWS_POOL, d, 10, lo=0, hi=2)
    fmt = '<article class="item-news item-news-common"><h3 class="title-news"><a data-medium="Item-{i}" href="{url}" title="{atitle}">{title}</a></h3><p class="description"><a href="{url}">{sapo}</a></p><span class="time-public">{date}</span></article>'
    newest_html = "\n".join(news_card(base, t, s, dd, i, fmt, idn=4990000 + i * 37) for i, (t, s, dd) in enumerate(newest))
    most = related(rng, data.NEWS_POOL, d, 8, lo=0, hi=3, exclude=[x[0] for x in newest])
    most_html = "\n".join(news_card(base, t, s, dd, i, '<li><span class="num">{i}</span><h4><a href="{url}">{title}</a></h4></li>', idn=4989000 + i * 53) for i, (t, s, dd) in enumerate(most, 1))
    comm = [("hoangminh_hn", "14:32 21/11", "Tuyến 86 hiện tại giờ cao điểm rất đông, mở thêm tuyến là hợp lý. Mong có thêm điểm dừng ở khu Mỹ Đình.", 128),
            ("ngoclan1990", "14:47 21/11", "Giá 45.000 đồng là hợp lý so với taxi. Quan trọng là xe chạy đúng giờ, không bị kẹt trên cầu Nhật Tân.", 96),
            ("tuan.pham", "15:10 21/11", "Nên có làn riêng thật sự chứ làn ưu tiên thì xe máy vẫn đi vào thôi.", 54),
            ("Thu Trang", "16:02 21/11", "Mình ở Long Biên, có tuyến 86C thì tiện quá, khỏi phải vòng qua trung tâm.", 31)]
    comm_html = "\n".join('<div class="comment_item"><div class="content-comment"><p class="full_content"><span class="txt-name"><a href="#" class="nickname"><b>%s</b></a></span>%s</p></div>'
                          '<div class="bottom-info"><div class="reactions-total"><a href="#" class="number">%d</a></div><a href="#" class="link-reply">Trả lời</a><span class="time-com">%s</span></div></div>' % (
                              E(n), E(c), likes, t) for n, t, c, likes in comm)
    ld = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": art["url"]},
                     "headline": art["title"], "description": art["lead"], "datePublished": art["published_at"], "dateModified": "2026-11-21T15:22:40+07:00",
                     "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": "Tin Tức Việt", "logo": {"@type": "ImageObject", "url": base + "/logo.png"}},
                     "image": {"@type": "ImageObject", "url": "https://i1-tintuc.tvcdn.net/2026/11/21/xe-buyt-dien-1.jpg", "width": 1200, "height": 720}}, ensure_ascii=False)
    bread = json.dumps({"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": base + "/thoi-su", "name": "Thời sự"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": base + "/thoi-su/giao-thong", "name": "Giao thông"}}]}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<html lang="vi" data-env="production">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} - Tin Tức Việt</title>
<meta name="description" content="{A(art["lead"])}">
<meta name="keywords" content="xe buýt điện, sân bay Nội Bài, giao thông Hà Nội">
<meta name="pubdate" content="{art["published_at"]}" itemprop="datePublished">
<meta name="lastmod" content="2026-11-21T15:22:40+07:00" itemprop="dateModified">
<meta property="og:type" content="article"><meta property="og:title" content="{A(art["title"])}"><meta property="og:description" content="{A(art["lead"])}"><meta property="og:url" content="{art["url"]}">
<meta name="its_title" content="{A(art["title"])}"><meta name="its_id" content="4991235"><meta name="its_section" content="thoi-su, thoi-su/giao-thong"><meta name="its_author" content="{A(art["author"])}"><meta name="its_publication" content="{int(d.timestamp())}">
<link rel="canonical" href="{art["url"]}">
<link rel="amphtml" href="{art["url"].replace(base, base + "/amp")}">
<script type="application/ld+json">{ld}</script>
<script type="application/ld+json">{bread}</script>
<style>{filler_css(rng, 12000, "vne")}</style>
<script>
var PAGE_FOLDER = 1001005, PAGE_FOLDER_PARENT = 1001000, PAGE_TYPE = 0, PAGE_ARTICLE_ID = 4991235, PAGE_ARTICLE_TYPE = 1, PAGE_ARTICLE_TYPE_NAME = "Tin thường";
{filler_js(rng, 30000, "webpack")}
</script>
</head>
<body class="page-detail detail-v2">
<section class="top-header"><div class="container flexbox"><a class="logo" href="{base}/" title="Tin Tức Việt"><img src="{base}/logo.svg" alt="Tin Tức Việt"></a>
<span class="time-now">{TODAY_LONG}</span>
<div class="search-box"><form action="https://timkiem.tintucviet.net" method="get"><input type="text" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div>
<div class="header-right"><a href="{base}/tin-tuc-24h">Mới nhất</a><a href="{base}/tin-xem-nhieu">Xem nhiều</a><a href="{base}/podcast">Podcast</a><a class="login" href="https://my.tintucviet.net" rel="nofollow">Đăng nhập</a></div></div></section>
<nav class="main-nav"><ul class="parent">
<li class="home"><a href="{base}/">Trang chủ</a></li>
{news_menu(base, active="Thời sự")}
<li class="all-menu"><a href="#">Tất cả chuyên mục</a></li></ul>
<div class="mega-menu">{mega_html}</div></nav>
<section class="section page-detail top-detail"><div class="container">
<div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb" data-campaign="Header"><li><a data-medium="Menu-ThoiSu" href="{base}/thoi-su" title="Thời sự">Thời sự</a></li><li><a data-medium="Menu-GiaoThong" href="{base}/thoi-su/giao-thong" title="Giao thông">Giao thông</a></li></ul>
<span class="date">{art["date_shown"]}</span></div>
<h1 class="title-detail">{E(art["title"])}</h1>
<p class="description">{E(art["lead"])}</p>
<article class="fck_detail" data-component-type="article-content">
{body}
<p class="Normal" style="text-align:right;"><strong>{E(art["author"])}</strong></p>
</article>
<div class="footer-content"><div class="width_common box-tinlienquanv2"><div class="tags"><h4 class="item-tag"><a href="{base}/tag/xe-buyt-dien-1234">Xe buýt điện</a></h4><h4 class="item-tag"><a href="{base}/tag/san-bay-noi-bai-567">Sân bay Nội Bài</a></h4><h4 class="item-tag"><a href="{base}/tag/giao-thong-ha-noi-89">Giao thông Hà Nội</a></h4></div></div>
<div class="social-share"><a href="https://www.facebook.com/sharer.php?u={art["url"]}" class="btn-share facebook">Chia sẻ</a><a href="#" class="btn-share copy">Copy link</a><a href="#" class="btn-save">Lưu bài</a></div></div>
<div class="box-comment" id="box_comment_vne"><div class="title-box-category"><h3>Ý kiến (37)</h3><span class="sort"><a href="#" class="active">Quan tâm nhất</a> <a href="#">Mới nhất</a></span></div>
<div class="input-comment"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea></div>
<div class="list-comment">
{comm_html}
</div><a href="#" class="view_more_coment">Xem thêm ý kiến</a></div>
<div class="box-category box-tinmoi"><h3 class="title-box-category">Tin mới nhất</h3>
{newest_html}
</div>
</div>
<div class="sidebar-2">
<div class="banner-ads" id="sis_rightbar_1"><img src="{base}/ads/300x250-1.jpg" alt="Quảng cáo"></div>
<div class="box-category box-xemnhieu"><h3 class="title-box-category">Xem nhiều</h3><ul class="list-news">
{most_html}
</ul></div>
<div class="banner-ads" id="sis_rightbar_2"><img src="{base}/ads/300x600-2.jpg" alt="Quảng cáo"></div>
<div class="box-newsletter"><h3>Nhận bản tin mỗi sáng</h3><p>Đăng ký để nhận những tin tức nổi bật nhất trong ngày qua email.</p><form><input type="email" placeholder="Email của bạn"><button type="submit">Đăng ký</button></form></div>
</div>
</div></section>
<footer id="footer" class="footer"><div class="container"><div class="footer-nav">{"".join('<a href="%s/%s">%s</a>' % (base, slugify(l), E(l)) for l, _ in NEWS_CATS)}</div>
<div class="copyright"><p>Báo điện tử Tin Tức Việt - Thuộc Bộ Khoa học và Công nghệ. Số giấy phép: 548/GP-BTTTT. Chịu trách nhiệm nội dung: Tổng biên tập</p><p>Địa chỉ: Tầng 10, Tòa A, số 17 Duy Tân, Cầu Giấy, Hà Nội. Điện thoại: 024 7300 xxxx</p><p>© 1997-2026. Toàn bộ bản quyền thuộc Tin Tức Việt</p></div></div></footer>
<script>
{filler_js(rng, 68000, "webpack")}
</script>
<script src="https://s1.tvcdn.net/tintuc/restruct/j/v1042/v3/production/prod/detail.js" async></script>
</body>
</html>
'''


# ------------------------------------------------- g14 live blog (TT-like)
@page("g14")
def tpl_g14(art, rng):
    d = pubdt(art)
    base = "https://thoibao24h.vn"
    # group blocks into live items: a "time" block opens a new item
    items, cur = [], None
    for b in art["blocks"]:
        if isinstance(b, tuple) and b[0] == "time":
            cur = [b[1], []]
            items.append(cur)
        else:
            cur[1].append(b)

    def img(cap, i):
        s = '<figure type="Photo" class="VCSortableInPreviewMode"><div><img src="https://cdn.thoibao24h.vn/2026/10/27/bao-so-9-%d.jpg" alt="%s" w="1200" h="800" /></div>' % (i, A(cap or ""))
        if cap:
            s += '<figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">%s</p></figcaption>' % E(cap)
        return s + "</figure>"

    live_html = []
    n = 0
    for t, blocks in items:
        n += 1
        inner = render_body({"blocks": blocks}, img=img)
        hh, mm = map(int, t.split(":"))
        iso = d.replace(hour=hh, minute=mm).strftime("%Y-%m-%dT%H:%M:00+07:00")
        live_html.append('<div class="live-item" id="live-%d" data-time="%s"><div class="live-item__time"><span class="live-dot"></span><time datetime="%s">%s</time></div>'
                         '<div class="live-item__content">%s</div><div class="live-item__share"><a href="#live-%d">Chia sẻ cập nhật này</a></div></div>' % (n, iso, iso, t, inner, n))
    live_html = "\n".join(live_html)
    updates = []
    for t, blocks in items:
        hh, mm = map(int, t.split(":"))
        updates.append({"@type": "BlogPosting", "headline": "Cập nhật lúc " + t, "datePublished": d.replace(hour=hh, minute=mm).strftime("%Y-%m-%dT%H:%M:00+07:00"),
                        "articleBody": " ".join(plain(b) for b in blocks if isinstance(b, str))})
    ld = json.dumps({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": art["title"], "description": art["lead"],
                     "coverageStartTime": art["published_at"], "coverageEndTime": "2026-10-27T23:59:00+07:00",
                     "datePublished": art["published_at"], "dateModified": "2026-10-27T11:42:10+07:00", "author": {"@type": "Organization", "name": "Thời Báo 24h"},
                     "liveBlogUpdate": updates}, ensure_ascii=False)
    more = related(rng, data.NEWS_POOL, d, 4, lo=1, hi=10)
    more_html = "\n".join(news_card(base, t, s, dd, i, '<div class="box-category-item"><a class="box-category-link-with-avatar" href="{url}"><img src="https://cdn.thoibao24h.vn/thumb/m{i}.jpg" alt=""></a><h3><a href="{url}">{title}</a></h3><p class="box-category-sapo">{sapo}</p><span class="time-ago" title="{date}">{date}</span></div>', idn=20261020000000 + i) for i, (t, s, dd) in enumerate(more))
    rel = related(rng, data.NEWS_POOL, d, 3, lo=0, hi=2, exclude=[m[0] for m in more])
    rel_html = "\n".join(news_card(base, t, s, dd, i, '<li><a href="{url}">{title}</a></li>', idn=20261026000000 + i) for i, (t, s, dd) in enumerate(rel))
    newest = related(rng, data.NEWS_POOL, d, 8, lo=0, hi=1, exclude=[m[0] for m in more + rel])
    newest_html = "\n".join(news_card(base, t, s, dd, i, '<li><a href="{url}">{title}</a><span class="time">{date}</span></li>', idn=20261027000000 + i) for i, (t, s, dd) in enumerate(newest))
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Trực tiếp: {E(art["title"])} - Thời Báo 24h</title>
<meta name="description" content="{A(art["lead"])}" />
<meta property="article:published_time" content="{art["published_at"]}" />
<meta property="article:modified_time" content="2026-10-27T11:42:10+07:00" />
<meta property="og:title" content="Trực tiếp: {A(art["title"])}" /><meta property="og:type" content="article" />
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="{base}/static/css/detail.min.css?v=2026.10" />
<style>{filler_css(rng, 4000, "tt")}</style>
<script>var arfAsync = arfAsync || []; var liveRefreshSeconds = 60; var newsId = 20261027054512345;</script>
</head>
<body class="detail-live">
<header class="header"><div class="header__top"><div class="container"><span class="header__date">{TODAY_LONG}</span><div class="header__links"><a href="{base}/video">Video</a><a href="{base}/podcast">Podcast</a><a href="{base}/bao-in">Báo in</a><a href="https://id.thoibao24h.vn/dang-nhap" rel="nofollow">Đăng nhập</a></div></div></div>
<div class="header__logo container"><a href="{base}/"><img src="{base}/logo.svg" alt="Thời Báo 24h" /></a></div>
<nav class="header__menu"><ul class="container">{news_menu(base, active="Thời sự")}</ul></nav></header>
<main class="container detail-container">
<div class="detail-cate"><a href="{base}/thoi-su">Thời sự</a> <a href="{base}/thoi-su/moi-truong">Môi trường</a></div>
<div class="detail-live-badge"><span class="badge-live">TRỰC TIẾP</span> <label class="autoupdate"><input type="checkbox" checked /> Tự động cập nhật</label></div>
<h1 class="detail-title article-title" data-role="title">{E(art["title"])}</h1>
<div class="detail-top"><div class="detail-time"><div data-role="publishdate">{art["date_shown"]}</div></div>
<div class="detail-author-bot"><div class="author-info"><a class="name" href="{base}/tac-gia/nhom-phong-vien.htm">{E(art["author"])}</a></div></div>
<div class="detail-share"><a href="#" class="fb">Chia sẻ</a><a href="#" class="zalo">Zalo</a><a href="#" class="copy">Sao chép</a></div></div>
<h2 class="detail-sapo" data-role="sapo">{E(art["lead"])}</h2>
<div class="detail-tlq"><div class="relate-title">TIN LIÊN QUAN</div><ul>
{rel_html}
</ul></div>
<div class="detail-content live-content" data-role="content">
<div class="live-list">
{live_html}
</div>
<div class="live-end"><button class="btn-load-older">Xem các cập nhật trước</button></div>
</div>
<div class="detail-tab"><span>Từ khóa:</span> <a href="{base}/bao-so-9.html">bão số 9</a> <a href="{base}/so-tan-dan.html">sơ tán dân</a> <a href="{base}/quang-ngai.html">Quảng Ngãi</a></div>
<section class="box-readmore"><h3 class="box-title">Đọc thêm</h3>
{more_html}
</section>
<section class="comment-wrapper"><h3>Bình luận (0)</h3><p class="comment-note">Hãy là người đầu tiên bình luận về bài viết này.</p><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi bình luận</button></section>
<aside class="sidebar"><div class="box"><h3 class="box-title">Tin mới nhất</h3><ul>
{newest_html}
</ul></div><div class="ads"><img src="{base}/ads/300x250.jpg" alt="Quảng cáo" /></div></aside>
</main>
<footer class="footer"><div class="container"><p><strong>THỜI BÁO 24H</strong> - Cơ quan chủ quản: Hội Nhà báo Việt Nam</p><p>Giấy phép số 371/GP-BTTTT. Địa chỉ tòa soạn: 60A Hoàng Văn Thụ, Phú Nhuận, TP HCM.</p><p>Hotline: 0918 033 xxx - Email: toasoan@thoibao24h.vn</p></div></footer>
<script src="{base}/static/js/live.min.js?v=2026.10"></script>
<script>{filler_js(rng, 7000, "webpack")}</script>
</body>
</html>
'''


# ------------------------------------------------ g15 Next.js SSR (DT-like)
@page("g15")
def tpl_g15(art, rng):
    d = pubdt(art)
    base = "https://dansinh247.vn"
    css = ident(rng, 3)

    def img(cap, i):
        src = "https://cdnphoto.dansinh247.vn/x%s/photo/2025/08/13/thu-khoa-c00-lao-cai-%d-1755098201234.jpg" % (ident(rng, 2), i)
        s = ('<figure class="image align-center" contenteditable="false"><img title="%s" src="%s" alt="%s" data-width="1200" data-height="800" data-original="%s" '
             'srcset="%s 1x" loading="lazy" width="1200" height="800">' % (A(cap or ""), src, A(cap or ""), src, src))
        if cap:
            s += '<figcaption><p>%s</p></figcaption>' % E(cap)
        return s + "</figure>"

    body = render_body(art, img=img,
                       xem=lambda t: '<div class="article-related-inline"><p><strong>Xem thêm:</strong> <a href="%s/giao-duc/%s-20250812%09d.htm">%s</a></p></div>' % (base, slugify(t), rng.randint(1, 999999999), E(t)))
    rel = related(rng, data.NEWS_POOL, d, 8, lo=1, hi=15)
    rel_items = [{"id": 20250800000000 + i * 1013, "title": t, "description": s, "publishedAt": dd.strftime("%Y-%m-%dT%H:%M:00+07:00"),
                  "url": "/%s/%s-%d.htm" % ("xa-hoi", slugify(t), 20250800000000 + i * 1013), "thumb": "https://cdnphoto.dansinh247.vn/thumb_w/300/rel%d.jpg" % i}
                 for i, (t, s, dd) in enumerate(rel)]
    fmt = '<article class="article-item"><div class="article-thumb"><a href="{url}"><img src="https://cdnphoto.dansinh247.vn/thumb_w/300/rel{i}.jpg" alt="{atitle}" loading="lazy"></a></div><div class="article-content"><h3 class="article-title"><a href="{url}">{title}</a></h3><div class="article-excerpt"><a href="{url}">{sapo}</a></div><time class="article-time">{date}</time></div></article>'
    rel_html = "\n".join(news_card(base + "/xa-hoi", t, s, dd, i, fmt, idn=20250800000000 + i * 1013) for i, (t, s, dd) in enumerate(rel[:4]))
    care_html = "\n".join(news_card(base + "/xa-hoi", t, s, dd, i, fmt, idn=20250800000000 + i * 1013) for i, (t, s, dd) in enumerate(rel[4:], 4))
    menu_data = [{"id": 100 + i, "name": lab, "slug": slugify(lab), "children": [{"id": 1000 + i * 10 + j, "name": c, "slug": slugify(c)} for j, c in enumerate(ch)]}
                 for i, (lab, ch) in enumerate(NEWS_CATS)]
    next_data = {
        "props": {"pageProps": {
            "article": {"id": 20250814060512345, "title": art["title"], "sapo": art["lead"], "content": body,
                        "author": {"id": 5123, "name": art["author"], "slug": "ngoc-diep"},
                        "publishedAt": art["published_at"], "publishedAtUnix": int((d - timedelta(hours=7)).replace(tzinfo=None).timestamp()),
                        "category": {"id": 1002, "name": "Giáo dục", "slug": "giao-duc"},
                        "tags": [{"name": "thủ khoa", "slug": "thu-khoa"}, {"name": "Lào Cai", "slug": "lao-cai"}, {"name": "thi tốt nghiệp THPT 2025", "slug": "thi-tot-nghiep-thpt-2025"}],
                        "seo": {"title": art["title"] + " | Báo Dân Sinh", "description": art["lead"], "canonical": art["url"]},
                        "relatedArticles": rel_items},
            "menu": menu_data,
            "mostRead": rel_items[::-1],
            "ads": [{"zone": "detail_right_%d" % k, "html": "<div id=\"ad-%s\"></div>" % ident(rng, 3)} for k in range(6)],
        }, "__N_SSP": True},
        "page": "/[category]/[slug]", "query": {"category": "giao-duc", "slug": art["url"].rsplit("/", 1)[1]},
        "buildId": ident(rng, 5), "isFallback": False, "gssp": True, "scriptLoader": []}
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["lead"],
                     "datePublished": art["published_at"], "dateModified": art["published_at"], "author": [{"@type": "Person", "name": art["author"], "url": base + "/tac-gia/ngoc-diep.htm"}],
                     "publisher": {"@type": "NewsMediaOrganization", "name": "Báo Dân Sinh", "logo": {"@type": "ImageObject", "url": base + "/logo.png"}},
                     "mainEntityOfPage": {"@type": "WebPage", "@id": art["url"]}}, ensure_ascii=False)
    chunks = "".join('<script src="/_next/static/chunks/%s-%s.js" defer=""></script>' % (n, hexid(rng, 16)) for n in ["framework", "main", "pages/_app", "pages/[category]/[slug]", "1234", "5678"])
    nd = json.dumps(next_data, ensure_ascii=False).replace("</", "<\\/")
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{E(art["title"])} | Báo Dân Sinh</title><meta name="description" content="{A(art["lead"])}"/><link rel="canonical" href="{art["url"]}"/><meta property="og:title" content="{A(art["title"])}"/><meta property="og:type" content="article"/><meta property="og:url" content="{art["url"]}"/><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/media/{hexid(rng, 20)}.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static/css/{hexid(rng, 16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{hexid(rng, 16)}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-{hexid(rng, 16)}.js"></script>{chunks}<script type="application/ld+json">{ld}</script><style>{filler_css(rng, 6000, "ds")}</style></head><body><div id="__next"><div class="layout_wrapper__{css}"><header class="header_header__{css}"><div class="header_top__{css}"><span class="header_date__{css}">{TODAY_LONG}</span><a href="/" class="header_logo__{css}"><img src="/logo.svg" alt="Báo Dân Sinh" width="180" height="40"/></a><div class="header_actions__{css}"><a href="/tim-kiem">Tìm kiếm</a><a href="/dang-nhap">Đăng nhập</a></div></div><nav class="menu_nav__{css}"><ul>{news_menu(base, active="Xã hội")}</ul></nav></header><main class="article_main__{css}"><div class="grid container"><article class="singular-container"><ul class="dt-text-black-mine breadcrumbs"><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/giao-duc">Giáo dục</a></li></ul><h1 class="title-page detail">{E(art["title"])}</h1><div class="author-wrap"><div class="author-time"><time class="author-time" dateTime="2025-08-14 06:05">{art["date_shown"]}</time></div><div class="author-share"><button class="share-btn" type="button">Chia sẻ</button><button class="bookmark-btn" type="button">Lưu bài</button></div></div><h2 class="singular-sapo">{E(art["lead"])}</h2><div class="singular-content">{body}</div><div class="author-name"><b>{E(art["author"])}</b></div><div class="tags-container"><span>Từ khóa:</span> <a href="/tags/thu-khoa.htm">thủ khoa</a> <a href="/tags/lao-cai.htm">Lào Cai</a> <a href="/tags/thi-tot-nghiep-thpt-2025.htm">thi tốt nghiệp THPT 2025</a></div><div class="article-feedback"><p>Bạn thấy bài viết thế nào?</p><button type="button">Hữu ích</button><button type="button">Không hữu ích</button></div><section class="comment-section"><h3>Bình luận (0)</h3><div class="comment-input"><textarea placeholder="Mời bạn tham gia thảo luận"></textarea></div></section><section class="article-related"><h3 class="section-title">Tin liên quan</h3>{rel_html}</section><section class="article-care"><h3 class="section-title">Có thể bạn quan tâm</h3>{care_html}</section></article><aside class="sidebar"><div class="ads-sticky" id="detail_right_0"></div><div class="box-newsletter"><h3>Bản tin Dân Sinh</h3><p>Nhận tin nóng mỗi ngày qua email</p><input type="email" placeholder="Email"/><button type="button">Đăng ký</button></div></aside></div></main><footer class="footer_footer__{css}"><p>Báo Dân Sinh - Cơ quan của Bộ Nội vụ. Giấy phép số 298/GP-BTTTT.</p><p>Địa chỉ: Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Hotline: 0973 567 xxx</p><p>© Bản quyền thuộc Báo Dân Sinh. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{nd}</script><script>{filler_js(rng, 20000, "webpack")}</script></body></html>
'''


# ------------------------------------------------------------ g16 AMP
AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
              '-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}'
              '@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}'
              '@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
              '<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>')


@page("g16")
def tpl_g16(art, rng):
    d = pubdt(art)
    base = "https://nhandanviet.vn"

    def img(cap, i):
        s = '<figure class="article__image"><amp-img src="https://img.nhandanviet.vn/1200x630/Uploaded/2025/02/18/rau-qua-%d.jpg" width="1200" height="800" layout="responsive" alt="%s"></amp-img>' % (i, A(cap or ""))
        if cap:
            s += "<figcaption>%s</figcaption>" % E(cap)
        return s + "</figure>"

    body = render_body(art, img=img)
    rel = related(rng, data.NEWS_POOL, d, 5, lo=1, hi=20)
    fmt = '<article class="story"><a class="story__thumb" href="{url}"><amp-img src="https://img.nhandanviet.vn/320x213/thumb{i}.jpg" width="320" height="213" layout="responsive" alt=""></amp-img></a><h3 class="story__heading"><a href="{url}">{title}</a></h3><time class="story__time">{date}</time><div class="story__summary">{sapo}</div></article>'
    rel_html = "\n".join(news_card(base + "/amp", t, s, dd, i, fmt, date_fmt=dmy, idn=860000 + i * 111) for i, (t, s, dd) in enumerate(rel))
    most = related(rng, data.NEWS_POOL, d, 5, lo=0, hi=3, exclude=[r[0] for r in rel])
    most_html = "\n".join(news_card(base + "/amp", t, s, dd, i, '<li><a href="{url}">{title}</a></li>', idn=861000 + i * 97) for i, (t, s, dd) in enumerate(most))
    side = "\n".join('<li><a href="%s/%s">%s</a></li>' % (base, slugify(l), E(l)) for l, ch in NEWS_CATS + [("Bạn đọc", []), ("Nhân Dân cuối tuần", []), ("Nhân Dân hằng tháng", []), ("Thời nhân", [])])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["lead"],
                     "image": ["https://img.nhandanviet.vn/1200x630/Uploaded/2025/02/18/rau-qua-1.jpg"],
                     "datePublished": art["published_at"], "dateModified": art["published_at"],
                     "author": [{"@type": "Person", "name": "Thu Hương"}, {"@type": "Person", "name": "Minh Đức"}],
                     "publisher": {"@type": "Organization", "name": "Báo Nhân Dân Việt", "logo": {"@type": "ImageObject", "url": base + "/logo.png", "width": 600, "height": 60}},
                     "mainEntityOfPage": base + "/xuat-khau-rau-qua-khoi-sac-ngay-tu-dau-nam-post862345.html"}, ensure_ascii=False)
    analytics = json.dumps({"vars": {"gtag_id": "G-%s" % ident(rng, 4).upper(), "config": {"G-X": {"groups": "default"}}},
                            "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}}})
    authors = art["byline"]
    return f'''<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>{E(art["title"])}</title>
<link rel="canonical" href="{base}/xuat-khau-rau-qua-khoi-sac-ngay-tu-dau-nam-post862345.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{A(art["lead"])}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script type="application/ld+json">{ld}</script>
{AMP_BOILER}
<style amp-custom>
body{{font-family:"Noto Serif",serif;color:#222;margin:0}}.header{{display:flex;align-items:center;padding:8px 12px;background:#c00;color:#fff}}.article__title{{font-size:26px;line-height:1.3}}.article__sapo{{font-weight:700}}
{filler_css(rng, 9000, "nd")}
</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close" class="close">✕</button><ul class="sidebar-menu">
{side}
</ul></amp-sidebar>
<header class="header"><button class="hamburger" on="tap:sidebar.toggle" aria-label="Menu">☰</button><a class="logo" href="{base}/amp"><amp-img src="{base}/logo-white.png" width="180" height="36" alt="Báo Nhân Dân Việt"></amp-img></a><span class="today">{TODAY_LONG}</span></header>
<main class="main">
<nav class="breadcrumb"><a href="{base}/amp/kinh-te">Kinh tế</a> <a href="{base}/amp/kinh-te/nong-nghiep">Nông nghiệp</a></nav>
<article class="article">
<h1 class="article__title">{E(art["title"])}</h1>
<div class="article__meta"><div class="article__author">{"".join('<a class="article__author-name" href="%s/tac-gia/%s">%s</a>' % (base, slugify(a), E(a)) for a in authors)}</div>
<time class="article__time" datetime="{art["published_at"]}">{art["date_shown"]}</time></div>
<div class="article__share"><amp-social-share type="facebook" data-param-app_id="123456789" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<div class="article__sapo">{E(art["lead"])}</div>
<div class="article__body">
{body}
</div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123456/nhandanviet_amp_detail_1"></amp-ad>
<div class="article__tag"><a href="{base}/amp/tu-khoa/xuat-khau-rau-qua">Xuất khẩu rau quả</a><a href="{base}/amp/tu-khoa/nong-san">nông sản</a></div>
</article>
<section class="box-related"><h2 class="box-heading">Tin liên quan</h2>
{rel_html}
</section>
<section class="box-most"><h2 class="box-heading">Xem nhiều</h2><ol>
{most_html}
</ol></section>
</main>
<footer class="footer"><p>Báo Nhân Dân Việt điện tử - Giấy phép số 3/GP-BVHTTDL.</p><p>Tòa soạn: 71 Hàng Trống, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3825.xxxx</p><p>© Bản quyền thuộc Báo Nhân Dân Việt. <a href="{base}/xuat-khau-rau-qua-khoi-sac-ngay-tu-dau-nam-post862345.html">Xem phiên bản đầy đủ</a></p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{analytics}</script></amp-analytics>
</body>
</html>
'''


# ------------------------------------------------- g17 radio-TV station
@page("g17")
def tpl_g17(art, rng):
    d = pubdt(art)
    base = "https://haiduongtv.vn"

    def img(cap, i):
        s = '<div class="img-box"><img src="%s/uploads/2024/12/20/csgt-%d.jpg" alt="%s" /></div>' % (base, i, A(cap or ""))
        if cap:
            s += '<p class="img-caption">%s</p>' % E(cap)
        return s

    def video(cap):
        return ('<div class="video-wrap"><div class="player-title">Cao điểm bảo đảm trật tự an toàn giao thông dịp cuối năm</div>'
                '<video controls="controls" preload="none" poster="%s/uploads/2024/12/20/video-csgt.jpg" width="720" height="405"><source src="https://media.haiduongtv.vn/vod/2024/12/20/cao-diem-attgt.mp4" type="video/mp4" />'
                'Trình duyệt của bạn không hỗ trợ phát video.</video><div class="player-bar"><span class="duration">04:37</span> <a href="#" class="dl">Tải về</a></div></div>'
                '<p class="video-caption">%s</p>' % (base, E(cap)))

    body = render_body(art, img=img, video=video, p=lambda t: '<p style="text-align:justify">%s</p>' % md(t))
    same = related(rng, data.NEWS_POOL, d, 6, lo=1, hi=20)
    fmt = '<li><a href="{url}"><img src="https://haiduongtv.vn/uploads/thumb/{i}.jpg" alt=""></a><a class="t" href="{url}">{title}</a><span class="d">{date}</span><p>{sapo}</p></li>'
    same_html = "\n".join(news_card(base + "/tin-tuc/an-ninh-quoc-phong", t, s, dd, i, fmt, idn=48100 + i * 13) for i, (t, s, dd) in enumerate(same))
    sched = ["05:30 Chào buổi sáng", "06:00 Thời sự buổi sáng", "07:15 Phim tài liệu: Đất và người xứ Đông", "09:00 Phim truyện: Hương đất",
             "11:30 Thời sự trưa", "13:00 Ca nhạc theo yêu cầu", "17:00 Tạp chí Nông nghiệp", "18:15 Thời sự tỉnh", "19:00 Tiếp sóng Thời sự VTV1",
             "20:10 Phim truyện: Ngõ nhỏ", "21:30 Thể thao 24h", "22:00 Thời sự tối"]
    sched_html = "".join("<li><span class=\"t\">%s</span> %s</li>" % (s[:5], E(s[6:])) for s in sched)
    vids = related(rng, data.NEWS_POOL, d, 4, lo=0, hi=5, exclude=[x[0] for x in same])
    vids_html = "\n".join(news_card(base + "/video", t, s, dd, i, '<div class="vid"><a href="{url}"><img src="https://haiduongtv.vn/uploads/video/{i}.jpg" alt=""><span class="play">▶</span></a><a href="{url}">{title}</a></div>', idn=9000 + i) for i, (t, s, dd) in enumerate(vids))
    cats = [("Tin tức", ["Chính trị", "Kinh tế", "Xã hội", "An ninh - Quốc phòng", "Văn hóa - Thể thao"]), ("Truyền hình", ["Thời sự", "Chuyên mục", "Phim tài liệu"]),
            ("Phát thanh", ["Thời sự FM", "Chương trình ca nhạc"]), ("Xem trực tiếp", []), ("Lịch phát sóng", []), ("Podcast", []), ("Liên hệ", [])]
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} - Đài Phát thanh và Truyền hình Hải Dương</title>
<meta name="description" content="{A(art["lead"])}">
<meta property="og:type" content="video.other"><meta property="og:title" content="{A(art["title"])}"><meta property="og:video" content="https://media.haiduongtv.vn/vod/2024/12/20/cao-diem-attgt.mp4">
<meta property="article:published_time" content="{art["published_at"]}">
<meta property="article:modified_time" content="2024-12-20T21:05:00+07:00">
<link rel="stylesheet" href="{base}/themes/hdtv/css/style.css?v=5">
<style>{filler_css(rng, 3000, "hdtv")}</style>
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{TODAY_LONG}</span><a class="live-btn" href="{base}/xem-truc-tiep/hdtv">● HDTV trực tiếp</a><a class="live-btn" href="{base}/nghe-truc-tiep/fm-102-7">● FM 102.7 MHz</a><a href="{base}/lich-phat-song">Lịch phát sóng</a></div></div>
<header class="header"><div class="container"><a class="logo" href="{base}/"><img src="{base}/themes/hdtv/images/logo.png" alt="Đài Phát thanh và Truyền hình Hải Dương"></a><form class="search" action="{base}/tim-kiem"><input name="q" placeholder="Nhập từ khóa..."><button>Tìm</button></form></div>
<nav class="nav"><div class="container"><ul>{news_menu(base, cats, active="Tin tức")}</ul></div></nav></header>
<main class="container"><div class="row"><div class="col-8">
<div class="breadcrumb"><a href="{base}/">Trang chủ</a> › <a href="{base}/tin-tuc">Tin tức</a> › <a href="{base}/tin-tuc/an-ninh-quoc-phong">An ninh - Quốc phòng</a></div>
<article class="news-detail">
<h1 class="news-title">{E(art["title"])}</h1>
<div class="news-meta">{art["date_shown"]} <span class="views">| {rng.randint(400, 3000)} lượt xem</span></div>
<p class="news-sapo"><strong>{E(art["lead"])}</strong></p>
<div class="news-content">
{body}
</div>
<div class="news-credits"><p>Thực hiện: <strong>{E(art["byline"][0].split(": ")[1])}</strong></p><p>Quay phim: <strong>{E(art["byline"][1].split(": ")[1])}</strong></p></div>
<div class="news-share"><a href="https://www.facebook.com/sharer/sharer.php?u={art["url"]}">Chia sẻ Facebook</a> <a href="https://zalo.me/share">Zalo</a> <a href="javascript:window.print()">In bài</a></div>
</article>
<section class="same-cat"><h3>Tin cùng chuyên mục</h3><ul>
{same_html}
</ul></section>
</div>
<aside class="col-4">
<div class="box"><h3>Lịch phát sóng hôm nay</h3><ul class="schedule">{sched_html}</ul></div>
<div class="box"><h3>Video nổi bật</h3>
{vids_html}
</div>
<div class="box"><h3>Nghe lại phát thanh</h3><p>Thời sự phát thanh 18h00</p><audio controls preload="none" src="https://media.haiduongtv.vn/radio/thoi-su-18h.mp3"></audio></div>
<div class="box ads"><img src="{base}/uploads/ads/qc-300x250.jpg" alt="Quảng cáo"></div>
</aside></div></main>
<footer class="footer"><div class="container"><p><strong>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG</strong></p><p>Giấy phép số 15/GP-TTĐT. Địa chỉ: Số 1 đường Tuy An, TP Hải Dương. Điện thoại: 0220.3852.xxx</p><p>© Bản quyền thuộc Đài PT-TH Hải Dương. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="{base}/themes/hdtv/js/main.js?v=5"></script>
<script>{filler_js(rng, 5000, "jquery")}</script>
</body>
</html>
'''


# ------------------------------------------------------------ g18 magazine
@page("g18")
def tpl_g18(art, rng):
    d = pubdt(art)
    base = "https://tapchikinhtehoptac.vn"
    utc = (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def img(cap, i):
        s = '<figure class="wp-block-image aligncenter size-full"><img decoding="async" src="%s/wp-content/uploads/2025/10/htx-%d.jpg" alt="" width="900" height="600" />' % (base, i)
        if cap:
            s += '<figcaption class="wp-element-caption"><em>%s</em></figcaption>' % E(cap)
        return s + "</figure>"

    body = render_body(art, img=img,
                       h=lambda t: '<h2 class="wp-block-heading">%s</h2>' % E(t),
                       quote=lambda t: '<blockquote class="wp-block-quote"><p>%s</p></blockquote>' % E(t),
                       ol=lambda it: '<ol class="references">%s</ol>' % "".join("<li>%s</li>" % E(x) for x in it))
    issues = "".join('<li><a href="%s/so-%02d-%d"><img src="%s/wp-content/uploads/covers/%d-%02d.jpg" alt="Số %02d/%d"></a><span>Số %02d/%d</span></li>' % (
        base, m, y, base, y, m, m, y, m, y) for y, m in [(2025, 10), (2025, 9), (2025, 8), (2025, 7)])
    pop = related(rng, data.PARTY_POOL, d, 6, lo=5, hi=90)
    pop_html = "\n".join('<li><a href="%s/%s.html">%s</a><span class="date">%s</span></li>' % (base, slugify(t), E(t), dmy(dd)) for t, s, dd in pop)
    same = related(rng, data.PARTY_POOL, d, 3, lo=5, hi=90, exclude=[p[0] for p in pop])
    same_html = "\n".join('<article class="related-post"><h4><a href="%s/%s.html">%s</a></h4><time>%s</time><p>%s</p></article>' % (base, slugify(t), E(t), dmy(dd), E(s)) for t, s, dd in same)
    ld = json.dumps({"@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": art["title"], "abstract": art["lead"],
                     "datePublished": art["published_at"], "author": {"@type": "Person", "name": "Nguyễn Văn An", "honorificPrefix": "ThS.", "affiliation": "Học viện Chính trị khu vực III"},
                     "isPartOf": {"@type": "PublicationIssue", "issueNumber": "10", "datePublished": "2025-10"}, "publisher": {"@type": "Organization", "name": "Tạp chí Kinh tế Hợp tác"}}, ensure_ascii=False)
    menu = [("Trang chủ", []), ("Sự kiện - Vấn đề", []), ("Nghiên cứu - Trao đổi", ["Lý luận", "Thực tiễn", "Kinh nghiệm quốc tế"]), ("Kinh tế tập thể", ["Hợp tác xã", "Tổ hợp tác", "Liên hiệp HTX"]),
            ("Nông nghiệp - Nông thôn", []), ("Chính sách", []), ("Số tạp chí", []), ("Giới thiệu", [])]
    return f'''<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} - Tạp chí Kinh tế Hợp tác</title>
<meta name="description" content="{A(art["lead"])}"/>
<meta property="og:type" content="article" /><meta property="og:title" content="{A(art["title"])}" />
<meta property="article:section" content="Nghiên cứu - Trao đổi" />
<meta property="article:published_time" content="{utc}" />
<meta name="citation_title" content="{A(art["title"])}"><meta name="citation_author" content="Nguyễn Văn An"><meta name="citation_publication_date" content="2025/10/12"><meta name="citation_journal_title" content="Tạp chí Kinh tế Hợp tác"><meta name="citation_issue" content="10">
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" id="magazine-style-css" href="{base}/wp-content/themes/magazine-pro/style.css?ver=3.2.1" media="all" />
<style>{filler_css(rng, 5000, "mg")}</style>
</head>
<body class="post-template-default single single-post postid-5521 single-format-standard">
<div class="site-container">
<div class="before-header"><div class="wrap"><span class="today">{TODAY_LONG}</span><span class="issue-now">Số mới nhất: Số 10/2025</span><a href="{base}/dang-ky-nhan-tap-chi">Đặt mua tạp chí</a></div></div>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="{base}/">TẠP CHÍ KINH TẾ HỢP TÁC</a></p><p class="site-description">Cơ quan ngôn luận về kinh tế tập thể, hợp tác xã</p></div>
<div class="widget-area header-widget-area"><form class="search-form" method="get" action="{base}/"><input type="search" name="s" placeholder="Tìm bài viết..."><input type="submit" value="Tìm"></form></div></div></header>
<nav class="nav-primary"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary">{wp_menu(menu, base)}</ul></div></nav>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content">
<div class="breadcrumb">Bạn đang ở: <a href="{base}/">Trang chủ</a> / <a href="{base}/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></div>
<article class="post-5521 post type-post status-publish format-standard entry">
<header class="entry-header"><p class="entry-kicker">Nghiên cứu - Trao đổi · Số 10/2025</p>
<h1 class="entry-title">{E(art["title"])}</h1>
<div class="post-author"><img alt="" src="{base}/wp-content/uploads/authors/nguyen-van-an.jpg" class="avatar" width="64" height="64"><div class="post-author-info"><span class="author-name">{E(art["byline"][0])}</span><span class="author-org">{E(art["byline"][1])}</span></div></div>
<p class="entry-meta"><time class="entry-time">{art["date_shown"]}</time> <span class="entry-views">{rng.randint(300, 3000)} lượt đọc</span> <a class="pdf" href="{base}/wp-content/uploads/2025/10/so-10-2025-bai-3.pdf">Tải bản PDF</a></p></header>
<div class="entry-excerpt"><p><em>{E(art["lead"])}</em></p></div>
<div class="entry-keywords"><strong>Từ khóa:</strong> kinh tế tập thể; hợp tác xã; chính quyền địa phương hai cấp</div>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Chuyên mục: <a href="{base}/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></span> <span class="entry-tags">Thẻ: <a href="{base}/tag/hop-tac-xa/">hợp tác xã</a>, <a href="{base}/tag/kinh-te-tap-the/">kinh tế tập thể</a></span></p></footer>
</article>
<section class="related-posts"><h3>Bài viết cùng chuyên mục</h3>
{same_html}
</section>
</main>
<aside class="sidebar sidebar-primary widget-area">
<section class="widget"><h3 class="widgettitle">Số mới phát hành</h3><ul class="issues">{issues}</ul></section>
<section class="widget"><h3 class="widgettitle">Đọc nhiều</h3><ul>
{pop_html}
</ul></section>
<section class="widget newsletter"><h3 class="widgettitle">Nhận bản tin</h3><p>Đăng ký nhận mục lục các số tạp chí mới qua email.</p><form><input type="email" placeholder="Địa chỉ email"><button>Đăng ký</button></form></section>
<section class="widget"><h3 class="widgettitle">Thể lệ gửi bài</h3><p>Bài viết gửi về Tòa soạn qua email toasoan@tapchikinhtehoptac.vn, dung lượng không quá 5.000 chữ, kèm tóm tắt và từ khóa.</p></section>
</aside></div></div>
<footer class="site-footer"><div class="wrap"><p>TẠP CHÍ KINH TẾ HỢP TÁC - Giấy phép hoạt động báo chí số 512/GP-BTTTT. ISSN 1859-xxxx</p><p>Tòa soạn: Số 77 Nguyễn Thái Học, Ba Đình, Hà Nội. Điện thoại: 024.3843.xxxx</p><p>Copyright © 2025 Tạp chí Kinh tế Hợp tác</p></div></footer>
</div>
<script src="{base}/wp-content/themes/magazine-pro/js/responsive-menus.min.js?ver=3.2.1"></script>
<script>{filler_js(rng, 4000, "plain")}</script>
</body>
</html>
'''


# ------------------------------------------- g19 print version, no charset
@page("g19")
def tpl_g19(art, rng):
    d = pubdt(art)
    base = "https://baohatinh.vn"

    def img(cap, i):
        s = '<table class="image center" align="center"><tbody><tr><td><img src="https://cdn.baohatinh.vn/images/2023/03/03/can-loc-vuon-mau-%d.jpg" alt="" width="600" /></td></tr>' % i
        if cap:
            s += '<tr><td class="image_desc">%s</td></tr>' % E(cap)
        return s + "</tbody></table>"

    body = render_body(art, img=img, p=lambda t: '<p style="text-align: justify;">%s</p>' % md(t))
    rel = related(rng, data.PARTY_POOL, d, 4, lo=1, hi=40)
    rel_html = "\n".join('<li>%s <span>(%s)</span></li>' % (E(t), dmy(dd)) for t, s, dd in rel)
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết: {E(art["title"])}</title>
<meta name="robots" content="noindex, nofollow" />
<style type="text/css">
body {{ font-family: "Times New Roman", Times, serif; font-size: 15px; color: #000; background: #fff; margin: 0; }}
.print-wrap {{ width: 720px; margin: 0 auto; padding: 20px 0; }}
.print-header {{ border-bottom: 2px solid #b30000; padding-bottom: 8px; margin-bottom: 16px; overflow: hidden; }}
.print-header img {{ float: left; height: 48px; }}
.print-header .print-info {{ float: right; text-align: right; font-size: 12px; }}
.print-tools {{ text-align: right; margin: 8px 0; }}
.print-tools a {{ display: inline-block; padding: 4px 10px; border: 1px solid #999; color: #333; text-decoration: none; margin-left: 6px; }}
.print-cate {{ font-size: 13px; text-transform: uppercase; color: #b30000; }}
.print-title {{ font-size: 24px; font-weight: bold; margin: 6px 0; }}
.print-date {{ font-size: 12px; color: #555; }}
.print-sapo {{ font-weight: bold; margin: 12px 0; }}
.image_desc {{ font-style: italic; font-size: 13px; text-align: center; }}
.print-author {{ text-align: right; font-weight: bold; }}
.print-footer {{ border-top: 1px solid #ccc; margin-top: 20px; padding-top: 8px; font-size: 12px; color: #555; }}
@media print {{ .print-tools {{ display: none; }} .print-related {{ display: none; }} }}
{filler_css(rng, 2000, "pr")}
</style>
<script type="text/javascript">
function doPrint() {{ window.print(); }}
function closeWin() {{ window.close(); }}
{filler_js(rng, 1500, "plain")}
</script>
</head>
<body onload="setTimeout(doPrint, 800)">
<div class="print-wrap">
<div class="print-header"><img src="{base}/images/logo-print.png" alt="Báo Hà Tĩnh" /><div class="print-info">BÁO HÀ TĨNH - Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Hà Tĩnh<br />Ngày in: {TODAY_LONG}</div></div>
<div class="print-tools"><a href="javascript:doPrint();">In bài này</a><a href="javascript:closeWin();">Đóng cửa sổ</a></div>
<div class="print-url">Địa chỉ bài viết: {base}/can-loc-nhan-rong-mo-hinh-dan-van-kheo-trong-xay-dung-nong-thon-moi-kieu-mau-245316.html</div>
<div class="print-cate">Chính trị - Dân vận</div>
<div class="print-title">{E(art["title"])}</div>
<div class="print-date">{art["date_shown"]}</div>
<div class="print-sapo">{E(art["lead"])}</div>
<div class="print-content">
{body}
</div>
<div class="print-author">{E(art["author"])}</div>
<div class="print-related"><strong>Tin liên quan:</strong><ul>
{rel_html}
</ul></div>
<div class="print-footer">© Báo Hà Tĩnh. Giấy phép số 98/GP-BTTTT. Địa chỉ: 62 Phan Đình Phùng, TP Hà Tĩnh. Điện thoại: 0239.3855.xxx. Ghi rõ nguồn “Báo Hà Tĩnh” khi phát hành lại thông tin từ website này.</div>
</div>
</body>
</html>
'''


# ---------------------------------------------- g20 national, TN-like
@page("g20")
def tpl_g20(art, rng):
    d = pubdt(art)
    base = "https://thanhnienviet.vn"

    def img(cap, i):
        s = '<figure class="VCSortableInPreviewMode" type="Photo"><div><a href="https://images2.thanhnienviet.vn/2024/10/5/ho-guom-%d.jpg" class="detail-img-lightbox"><img src="https://images2.thanhnienviet.vn/thumb_w/640/2024/10/5/ho-guom-%d.jpg" alt="%s" title="%s" w="1200" h="800" /></a></div>' % (i, i, A(cap or ""), A(cap or ""))
        if cap:
            s += '<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">%s</p></figcaption>' % E(cap)
        return s + "</figure>"

    def table(rows):
        h = ['<figure class="VCSortableInPreviewMode" type="content"><table class="table-weather" border="1" cellpadding="4"><thead><tr>%s</tr></thead><tbody>' % "".join("<th>%s</th>" % E(c) for c in rows[0])]
        for r in rows[1:]:
            h.append("<tr>" + "".join("<td>%s</td>" % E(c) for c in r) + "</tr>")
        h.append("</tbody></table></figure>")
        return "".join(h)

    body = render_body(art, img=img, table=table,
                       xem=lambda t: '<div class="VCSortableInPreviewMode link-content-footer" type="link"><a href="%s/%s-185241005%09d.htm" title="%s">Xem thêm: %s</a></div>' % (base, slugify(t), rng.randint(1, 999999999), A(t), E(t)))
    more = related(rng, data.NEWS_POOL, d, 6, lo=0, hi=6)
    fmt = '<div class="box-category-item"><a class="box-category-link-with-avatar" href="{url}" title="{atitle}"><img src="https://images2.thanhnienviet.vn/thumb_w/300/rel{i}.jpg" alt="{atitle}" loading="lazy"></a><div class="box-category-content"><h3 class="box-title-text"><a class="box-category-link-title" href="{url}">{title}</a></h3><p class="box-category-sapo">{sapo}</p><span class="box-category-time">{date}</span></div></div>'
    more_html = "\n".join(news_card(base + "/thoi-su", t, s, dd, i, fmt, idn=185241000000000 + i) for i, (t, s, dd) in enumerate(more))
    most = related(rng, data.NEWS_POOL, d, 6, lo=0, hi=2, exclude=[m[0] for m in more])
    most_html = "\n".join(news_card(base, t, s, dd, i, '<li><a href="{url}">{title}</a></li>', idn=185241005000000 + i) for i, (t, s, dd) in enumerate(most))
    comm = [("Lê Văn Khoa", "06/10/2024 07:12", "Mong trời lạnh sớm cho dễ chịu, hè năm nay nóng quá.", 12),
            ("Phạm Thu", "06/10/2024 08:35", "Bản tin rất hữu ích, cảm ơn báo. Nhà có con nhỏ cần chú ý giữ ấm.", 5)]
    comm_html = "\n".join('<li class="item-comment"><div class="comment-head"><span class="name">%s</span><span class="time">%s</span></div><p class="text">%s</p><div class="comment-foot"><a href="#">Thích (%d)</a> <a href="#">Trả lời</a></div></li>' % (
        E(n), t, E(c), lk) for n, t, c, lk in comm)
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])}</title>
<meta name="description" content="{A(art["lead"])}">
<meta property="og:type" content="article"><meta property="og:title" content="{A(art["title"])}"><meta property="og:url" content="{art["url"]}">
<meta property="article:published_time" content="{art["published_at"]}">
<meta property="article:author" content="{base}/tac-gia/mai-phuong-1234.htm">
<meta name="author" content="{A(art["author"])}">
<link rel="stylesheet" href="https://static.thanhnienviet.vn/web/css/detail.min.css?v=24.10.01">
<style>{filler_css(rng, 4000, "tn")}</style>
<script>var pageSettings = {{ DomainAPI: "{base}/api", sharefbApiDomain: "https://sharefb.cnnd.vn", commentSiteName: "thanhnienviet", allowComment: true, newsId: 185241006003512345, zone: 1854, zoneName: "Dân sinh" }};</script>
</head>
<body>
<header class="header"><div class="header__top"><div class="container"><span class="header__date">{TODAY_LONG}</span><a class="header__logo" href="{base}/"><img src="https://static.thanhnienviet.vn/web/images/logo.svg" alt="Thanh Niên Việt"></a><div class="header__tools"><a href="{base}/video">Video</a><a href="{base}/podcast">Podcast</a><a href="{base}/bao-in">Báo in</a><a href="{base}/dang-nhap">Đăng nhập</a></div></div></div>
<nav class="header__nav"><div class="container"><ul class="menu">{news_menu(base, active="Thời sự")}</ul></div></nav></header>
<main class="container detail">
<div class="detail__cmain">
<div class="detail-cate"><a href="{base}/thoi-su.htm">Thời sự</a> <a href="{base}/thoi-su/dan-sinh.htm">Dân sinh</a></div>
<h1 class="detail-title" data-role="title">{E(art["title"])}</h1>
<div class="detail-info"><div class="detail-author"><a class="author-avatar" href="{base}/tac-gia/mai-phuong-1234.htm"><img src="https://static.thanhnienviet.vn/author/mai-phuong.jpg" alt="{A(art["author"])}" width="40" height="40"></a><div class="author-info"><a class="name" href="{base}/tac-gia/mai-phuong-1234.htm">{E(art["author"])}</a><a class="email" href="mailto:maiphuong@thanhnienviet.vn">maiphuong@thanhnienviet.vn</a></div></div>
<div class="detail-time"><div data-role="publishdate">{art["date_shown"]}</div></div>
<div class="detail-share"><a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="save">Lưu</a></div></div>
<h2 class="detail-sapo" data-role="sapo">{E(art["lead"])}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">
{body}
</div></div>
<div class="detail-tab"><span>Tin liên quan:</span> <a href="{base}/tags/khong-khi-lanh.htm">không khí lạnh</a> <a href="{base}/tags/thoi-tiet-ha-noi.htm">thời tiết Hà Nội</a> <a href="{base}/tags/du-bao-thoi-tiet.htm">dự báo thời tiết</a></div>
<div class="detail-podcast"><span>Nghe bản tin thời tiết</span><audio controls preload="none" src="https://media.thanhnienviet.vn/audio/ban-tin-thoi-tiet-06-10.mp3"></audio></div>
<section class="detail-comment"><h3>Bình luận (2)</h3><form><textarea placeholder="Bình luận của bạn"></textarea><button type="button">Gửi</button></form><ul class="list-comment">
{comm_html}
</ul></section>
<section class="box-doc-them"><h3 class="box-heading">Đọc thêm</h3>
{more_html}
</section>
</div>
<aside class="detail__cside"><div class="box"><h3 class="box-heading">Đọc nhiều</h3><ol>
{most_html}
</ol></div><div class="ads"><img src="https://static.thanhnienviet.vn/ads/300x250.jpg" alt="Quảng cáo"></div>
<div class="box box-weather"><h3 class="box-heading">Thời tiết</h3><p>Hà Nội: 24°C - 31°C, có mưa rào</p><p>TP HCM: 25°C - 33°C, chiều tối có mưa dông</p></div></aside>
</main>
<footer class="footer"><div class="container"><p>Báo Thanh Niên Việt - Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam. Giấy phép số 522/GP-BTTTT.</p><p>Tòa soạn: 268-270 Nguyễn Đình Chiểu, Quận 3, TP HCM. Điện thoại: 028 3930 xxxx</p><p>© Bản quyền thuộc Thanh Niên Việt.</p></div></footer>
<script src="https://static.thanhnienviet.vn/web/js/detail.min.js?v=24.10.01" defer></script>
<script>{filler_js(rng, 6000, "webpack")}</script>
</body>
</html>
'''
def build():
    """Return {filename: bytes} for every page and sidecar."""
    files = {}
    for name in sorted(PAGES):
        art = ART[name]
        rng = rng_for(name)
        doc = nfc(PAGES[name](art, rng))
        if art["charset"] == "windows-1258":
            raw = to_cp1258_decomposed(doc)
        else:
            raw = doc.encode("utf-8")
        files[name + ".html"] = raw
        files[name + ".json"] = (json.dumps(sidecar(art), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    for name, (doc, meta) in nonart.build(sys.modules[__name__]).items():
        raw = nfc(doc).encode("utf-8")
        files[name + ".html"] = raw
        files[name + ".json"] = (json.dumps(meta, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def main():
    files = build()
    for fn, raw in sorted(files.items()):
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(raw)
    print("wrote %d files" % len(files))
    for fn, raw in sorted(files.items()):
        if fn.endswith(".html"):
            print("  %-9s %7.1f KB" % (fn, len(raw) / 1024))


if __name__ == "__main__":
    main()
