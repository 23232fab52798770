#!/usr/bin/env python3
"""Assembles the gold set: article texts rendered into the page templates of
the platforms Vietnamese portals run, with the expected extraction beside each
page. Run once; the output (pages/*.html, pages/*.json) is committed and is
what the benchmark and the tests read. Re-running rewrites it identically.

The expected fields come from the article texts, never from the extractor:

* title: the article title;
* published_at: the date as the page states it, at the precision displayed
  (a date-only line gives midnight), or the exact time when the page carries
  it in machine-readable form (meta, JSON-LD, <time datetime>);
* author: the byline lines joined with ", " (a "Tin, ảnh:" prefix is not part
  of the name);
* body: the lead first when the page shows one, then paragraphs, headings,
  list items, table cells, quotations and image captions in reading order,
  joined by a blank line.

Article texts: ../../simulator/corpus/*.toml (five real portal pages and six
original articles) and articles/*.toml (sixteen more original ones). Bodies
may use, besides the corpus syntax: `## heading`, `- list item`,
`| cell | cell |` table rows and `> quotation`.

Usage: python3 assemble.py   (from this directory)
"""

import base64
import hashlib
import json
import random
import tomllib
import unicodedata
from datetime import datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "simulator" / "corpus"
OUT = HERE / "pages"
TODAY = "Thứ bảy, 21/11/2026"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def esc(s):
    return escape(s, quote=True)


def load_articles():
    arts = {}
    for path in sorted(CORPUS.glob("*.toml")) + sorted((HERE / "articles").glob("*.toml")):
        d = tomllib.loads(path.read_text(encoding="utf-8"))
        d["key"] = path.stem
        d["published"] = datetime.strptime(d["published"], "%Y-%m-%d %H:%M:%S") if d.get("published") else None
        d["author"] = d.get("author", [])
        d["blocks"] = parse_blocks(d["body"])
        arts[path.stem] = d
    return arts


def parse_blocks(body):
    """Blocks separated by blank lines; consecutive list items and table rows group."""
    out = []
    for raw in body.strip().split("\n\n"):
        line = raw.strip()
        if not line:
            continue
        if line == "~":
            out.append(("spacer",))
        elif line.startswith("!img "):
            parts = [p.strip() for p in line[5:].split("|")]
            out.append(("img", parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
        elif line.startswith("## "):
            out.append(("h", line[3:]))
        elif line.startswith("- "):
            if out and out[-1][0] == "ul":
                out[-1][1].append(line[2:])
            else:
                out.append(("ul", [line[2:]]))
        elif line.startswith("|"):
            rows = [[c.strip() for c in r.strip().strip("|").split("|")] for r in line.split("\n")]
            out.append(("table", rows))
        elif line.startswith("> "):
            out.append(("quote", line[2:]))
        else:
            out.append(("p", line))
    return out


def gold_body(a):
    paras = [a["lead"]] if a.get("lead") else []
    for b in a["blocks"]:
        kind = b[0]
        if kind in ("p", "h", "quote"):
            paras.append(b[1])
        elif kind == "img" and b[3]:
            paras.append(b[3])
        elif kind == "ul":
            paras.extend(b[1])
        elif kind == "table":
            for row in b[1]:
                paras.extend(c for c in row if c)
    return "\n\n".join(" ".join(p.split()) for p in paras)


# ---------------------------------------------------------------- dates


def fmt_date(dt, form):
    d = dt.strftime("%d/%m/%Y")
    wd = WEEKDAYS[dt.weekday()]
    if form == "weekday":
        return f"{wd}, {d}", dt.replace(hour=0, minute=0, second=0)
    if form == "dash_time":
        return f"{d} - {dt:%H:%M}", dt.replace(second=0)
    if form == "time_comma":
        return f"{dt:%H:%M}, {d}", dt.replace(second=0)
    if form == "cap_nhat":
        return f"Cập nhật lúc: {dt:%H:%M} | {d}", dt.replace(second=0)
    if form == "dang_luc":
        return f"Đăng lúc: {dt:%H:%M:%S} {d} (GMT+7)", dt
    if form == "words":
        return f"Ngày {dt.day} tháng {dt.month} năm {dt.year}", dt.replace(hour=0, minute=0, second=0)
    if form == "gmt":
        return f"{d} | {dt:%H:%M} GMT+7", dt.replace(second=0)
    if form == "plain_time":
        return f"{d} {dt:%H:%M}", dt.replace(second=0)
    raise ValueError(form)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00") if dt else None


# ---------------------------------------------------------------- body HTML


def render_blocks(a, style, rng):
    """The article body in one editor style."""
    h = []
    for b in a["blocks"]:
        kind = b[0]
        if kind == "p":
            if style == "div_br":
                h.append(f"<div style=\"text-align: justify;\">&nbsp;&nbsp;&nbsp; {esc(b[1])}</div>")
            elif style == "span_font":
                h.append(
                    f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{esc(b[1])}</span></p>'
                )
            else:
                h.append(f'<p style="text-align: justify;">{esc(b[1])}</p>')
        elif kind == "spacer":
            h.append("<p>&nbsp;</p>")
        elif kind == "h":
            h.append(f"<h3><strong>{esc(b[1])}</strong></h3>" if style != "span_font" else f"<p><strong>{esc(b[1])}</strong></p>")
        elif kind == "ul":
            h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            h.append(f'<table class="table table-bordered" border="1" cellpadding="4"><tbody>{rows}</tbody></table>')
        elif kind == "quote":
            h.append(f"<blockquote><p><em>{esc(b[1])}</em></p></blockquote>")
        elif kind == "img":
            src = f"/images/{a['key'][:12]}/{b[1]}"
            alt = esc(b[2])
            cap = esc(b[3])
            if style == "figure":
                h.append(f'<figure class="image"><img src="{src}" alt="{alt}" width="800" height="533"><figcaption>{cap}</figcaption></figure>')
            elif style == "wp":
                h.append(
                    f'<div id="attachment_{rng.randint(1000, 9999)}" style="width: 810px" class="wp-caption aligncenter"><img decoding="async" class="size-full" src="{src}" alt="{alt}" width="800" height="533" /><p class="wp-caption-text">{cap}</p></div>'
                )
            elif style in ("table", "span_font"):
                h.append(
                    f'<table class="ms-rteTable-default" align="center" style="width:100%"><tbody><tr><td style="text-align:center"><img src="{src}" alt="{alt}" style="width:600px;height:400px" /></td></tr><tr><td style="text-align:center"><em>{cap}</em></td></tr></tbody></table>'
                )
            else:
                h.append(f'<p style="text-align: center;"><img src="{src}" alt="{alt}" style="width: 700px;" /></p>')
                if cap:
                    h.append(f'<p style="text-align: center;"><em>{cap}</em></p>')
    return "\n".join(h)


def byline(a, style):
    """(HTML at the end of the body, gold author)."""
    lines = a["author"]
    out = []
    if lines:
        if style == "right_bold":
            out += [f'<p style="text-align: right;"><strong>{esc(l)}</strong></p>' for l in lines]
        elif style == "tin_anh":
            out.append(f'<p style="text-align: right;"><strong>Tin, ảnh: {esc(lines[0])}</strong></p>')
            out += [f'<p style="text-align: right;"><em>{esc(l)}</em></p>' for l in lines[1:]]
        else:
            out += [f"<p>{esc(l)}</p>" for l in lines]
    if a.get("source"):
        out.append(f'<p style="text-align: right;"><em>Nguồn: {esc(a["source"])}</em></p>')
    return "\n".join(out), (", ".join(lines) if lines else None)


# ---------------------------------------------------------------- chrome

MENU_WORDS = [
    "Giới thiệu", "Tổng quan", "Lịch sử", "Cơ cấu tổ chức", "Tin tức - Sự kiện", "Tin trong huyện", "Tin trong tỉnh",
    "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Chỉ đạo điều hành", "Văn bản pháp luật",
    "Lịch công tác", "Thủ tục hành chính", "Dịch vụ công trực tuyến", "Hỏi đáp", "Góp ý dự thảo", "Thông tin quy hoạch",
    "Đầu tư - Xây dựng", "Tài chính - Ngân sách", "Thống kê", "Báo cáo", "Công khai ngân sách", "Đấu thầu",
    "Liên hệ", "Sơ đồ cổng", "English", "Công tác dân vận", "Dân vận khéo", "Nông thôn mới", "An sinh xã hội",
]
SIDE_TITLES = [
    "Hội nghị sơ kết công tác quý I năm 2024 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở",
    "Phát động phong trào thi đua cao điểm chào mừng Đại hội Đảng các cấp",
    "Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới",
    "Triển khai kế hoạch tuyên truyền kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam",
    "Xã Hoằng Châu đạt chuẩn nông thôn mới nâng cao năm 2023",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
    "Kiểm tra công tác phòng cháy chữa cháy tại các cơ sở kinh doanh",
    "Hội nghị giao ban khối Dân vận tháng 5 năm 2024",
    "Trao quyết định bổ nhiệm cán bộ lãnh đạo các phòng chuyên môn",
    "Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số vùng cao",
    "Đoàn công tác của tỉnh kiểm tra tiến độ giải ngân vốn đầu tư công",
    "Tọa đàm phát huy vai trò của người có uy tín trong cộng đồng",
]
INTRO_TEXT = (
    "Huyện có diện tích tự nhiên 224,6 km2, dân số trên 250 nghìn người, gồm 36 xã và 1 thị trấn. "
    "Những năm qua, Đảng bộ, chính quyền và Nhân dân trong huyện đoàn kết, nỗ lực phấn đấu hoàn thành xây dựng huyện "
    "nông thôn mới, đẩy mạnh phát triển công nghiệp, dịch vụ, du lịch, không ngừng nâng cao đời sống vật chất, tinh thần của Nhân dân."
)


def menu(rng, cls="menu", n=None):
    items = []
    for i, w in enumerate(MENU_WORDS[: n or len(MENU_WORDS)]):
        sub = "".join(
            f'<li><a href="/c/{i}-{j}.aspx">{esc(MENU_WORDS[(i + j + 3) % len(MENU_WORDS)])}</a></li>' for j in range(rng.randint(0, 6))
        )
        items.append(f'<li class="level1"><a href="/c/{i}.aspx">{esc(w)}</a>{f"<ul>{sub}</ul>" if sub else ""}</li>')
    return f'<ul class="{cls}">{"".join(items)}</ul>'


def related(rng, form, n=6, own=None):
    out = []
    for i in range(n):
        t = SIDE_TITLES[(i + rng.randint(0, 5)) % len(SIDE_TITLES)]
        if t == own:
            continue
        dt = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 20), rng.randint(0, 59))
        text, _ = fmt_date(dt, form)
        out.append((f"/tin-tuc/{i}-{rng.randint(100, 999)}.aspx", t, text))
    return out


def viewstate(rng, size):
    return base64.b64encode(rng.randbytes(size)).decode()


def big_script(rng, n):
    """Inline JS as portals ship it: configuration blobs and minified libraries."""
    parts = ["var _spPageContextInfo={webServerRelativeUrl:\"/portal\",webAbsoluteUrl:\"https://portal.example.gov.vn\",siteId:\"{%s}\"};" % rng.randbytes(8).hex()]
    for i in range(n):
        parts.append(f"function f{i}(a,b){{if(a<b){{return a+b*{i}}}var c=document.getElementById('m{i}');if(c){{c.style.display='none'}}return '{rng.randbytes(24).hex()}'}}")
    return "<script type=\"text/javascript\">//<![CDATA[\n" + "\n".join(parts) + "\n//]]></script>"


def counter(rng):
    return (
        f'<div class="thongke"><div class="title">Thống kê truy cập</div><p>Đang trực tuyến: {rng.randint(10, 90)}</p>'
        f"<p>Hôm nay: {rng.randint(100, 3000)}</p><p>Tháng này: {rng.randint(10000, 90000)}</p><p>Tất cả: {rng.randint(1000000, 9000000)}</p></div>"
    )


def footer(name):
    return (
        f"<p><strong>{esc(name)}</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện. Địa chỉ: Số 1, đường Trần Hưng Đạo, thị trấn, tỉnh.</p>"
        "<p>Điện thoại: 0237.3865.xxx - Email: ubnd@example.gov.vn</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.</p>"
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này.</p>"
    )


def head(title, charset="utf-8", extra=""):
    return (
        f'<!DOCTYPE html>\n<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
        f'<meta name="viewport" content="width=device-width, initial-scale=1" /><title>{esc(title)}</title>{extra}'
        '<link rel="stylesheet" href="/css/style.css" /><style>.menu li{float:left}.hidden{display:none}</style></head>'
    )


# ---------------------------------------------------------------- templates
# Each returns (html, date_precision_source) where the gold date is decided
# by the caller from the form the template displayed.


def tandan(a, rng, p):
    site = "Cổng thông tin điện tử huyện Hoằng Hóa"
    text, shown = fmt_date(a["published"], p.get("form", "dang_luc")) if a["published"] else ("", None)
    body = render_blocks(a, p.get("body", "plain"), rng)
    by, author = byline(a, p.get("byline", "right_bold"))
    rel = "".join(f'<li><a href="{u}">{esc(t)}</a> <span class="date">({d})</span></li>' for u, t, d in related(rng, "weekday"))
    lead = f'<div class="tandan-TextTrichDan"><p>{esc(a["lead"])}</p></div>' if a.get("lead") else ""
    teasers = "".join(
        f'<div class="tandan-item"><a href="/portal/Pages/{i}.aspx"><img src="/portal/PublishingImages/t{i}.jpg"></a><a href="/portal/Pages/{i}.aspx">{esc(t)}</a></div>'
        for i, t in enumerate(SIDE_TITLES[:5])
    )
    html = (
        head(f"\r\n\t{a['title']}\r\n", extra='<meta name="GENERATOR" content="Microsoft SharePoint" />')
        + f'<body><form method="post" action="./Trang.aspx" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, p.get("vs", 9000))}" /></div>'
        + big_script(rng, p.get("js", 40))
        + f'<div id="s4-workspace"><div class="tandan-header"><img src="/portal/PublishingImages/banner.jpg" alt="banner"><div class="tandan-today">{TODAY}</div></div>'
        + f'<div class="tandan-menu">{menu(rng)}</div><div class="tandan-slogan"><marquee>Nhiệt liệt chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam</marquee></div>'
        + '<div class="tandan-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <a href="/portal/Pages/Tin-tuc.aspx">Tin tức - Sự kiện</a> &gt; <span>Công tác dân vận</span></div>'
        + f'<table width="100%"><tr><td class="tandan-left" valign="top"><div class="tandan-box"><div class="tandan-box-title">Tin nổi bật</div>{teasers}</div></td>'
        + '<td class="tandan-center" valign="top"><div class="tandan-content-view">'
        + f'<div class="tandan-title-view">{esc(a["title"])}</div>'
        + (f'<div class="tandan-date">{text}</div>' if text else "")
        + lead
        + f'<div class="ms-rtestate-field">{body}\n{by}</div>'
        + '<div class="tandan-tool"><a href="#" onclick="print()"><img src="/icons/print.gif">In bài</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div>'
        + f'<div class="tandan-tinkhac"><div class="tandan-tinkhac-title">Các tin khác</div><ul>{rel}</ul></div>'
        + f'</div></td><td class="tandan-right" valign="top">{counter(rng)}</td></tr></table>'
        + f'<div class="tandan-footer">{footer(site)}</div></div></form></body></html>'
    )
    return html, shown, author


def trang(a, rng, p):
    site = "Ban Dân vận Tỉnh ủy Quảng Ninh"
    text, shown = fmt_date(a["published"], p.get("form", "cap_nhat")) if a["published"] else ("", None)
    body = render_blocks(a, p.get("body", "table"), rng)
    by, author = byline(a, p.get("byline", "right_bold"))
    lead = f'<p><strong>{esc(a["lead"])}</strong></p>' if a.get("lead") else ""
    rel = "".join(f'<tr><td><img src="/images/bullet.gif"> <a href="{u}">{esc(t)}</a> <i>({d})</i></td></tr>' for u, t, d in related(rng, "plain_time"))
    html = (
        head(f"{site} | {a['title']}")
        + f'<body><form name="aspnetForm" method="post" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="{viewstate(rng, p.get("vs", 6000))}" />'
        + f'<table class="tblMain" width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/Style Library/banner.jpg" alt="{site}"></td></tr>'
        + f'<tr><td colspan="3" class="TopMenu">{menu(rng, "TopMenu-ul", 12)}</td></tr>'
        + f'<tr><td class="ColLeft" width="220" valign="top"><div class="BoxTitle">Chuyên mục</div>{menu(rng, "LeftMenu", 10)}<div class="BoxTitle">Giới thiệu</div><div class="GioiThieu"><p>{INTRO_TEXT}</p></div></td>'
        + '<td class="ColCenter" valign="top"><div class="breadcrumb"><a href="/Trang/default.aspx">Trang chủ</a> » <a href="/Trang/TinTuc.aspx">Tin tức - Sự kiện</a></div>'
        + f'<div class="ChiTiet"><div class="TieuDe"><h2>{esc(a["title"])}</h2></div><div class="NgayDang">{text}</div>'
        + f'<div class="NoiDung">{lead}{body}\n{by}</div>'
        + '<div class="ToolBar"><a href="/Trang/InTin.aspx">In bài viết</a> | <a href="#">Gửi bài viết</a> | <a href="javascript:history.back()">Quay lại</a></div>'
        + f'<div class="TinKhac"><div class="TinKhacTitle">Tin cùng chuyên mục</div><table>{rel}</table></div></div></td>'
        + f'<td class="ColRight" width="220" valign="top"><div class="BoxTitle">Liên kết website</div><select><option>Chính phủ</option></select>{counter(rng)}</td></tr>'
        + f'<tr><td colspan="3" class="Footer">{footer(site)}</td></tr></table></form></body></html>'
    )
    return html, shown, author


def liferay(a, rng, p):
    site = "Cổng thông tin điện tử tỉnh Nghệ An"
    text, shown = fmt_date(a["published"], p.get("form", "gmt")) if a["published"] else ("", None)
    body = render_blocks(a, p.get("body", "plain"), rng)
    by, author = byline(a, p.get("byline", "right_bold"))
    lead = f'<div class="sapo"><p><strong>{esc(a["lead"])}</strong></p></div>' if a.get("lead") else ""
    rel = "".join(
        f'<li class="title-list"><a href="{u}">{esc(t)}</a><span class="metadata-entry metadata-publish-date">{d}</span></li>'
        for u, t, d in related(rng, "gmt")
    )
    portlet = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + rng.randbytes(6).hex()
    og = f'<meta property="og:title" content="{esc(a["title"])}" /><meta property="og:type" content="article" />'
    html = (
        head(f"{a['title']} - {site}", extra=og)
        + big_script(rng, p.get("js", 60))
        + f'<body class="controls-visible guest-site signed-out"><div id="wrapper"><header id="banner"><div class="today">{TODAY}</div><img src="/o/theme/images/banner.png"></header>'
        + f'<nav id="navigation">{menu(rng, "nav")}</nav><div id="content"><div class="columns-2-1"><div class="portlet-column portlet-column-first">'
        + '<div class="breadcrumbs"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/web/guest/tin-tuc">Tin tức</a></li><li class="active"><span>Kinh tế</span></li></ol></div>'
        + f'<section class="portlet" id="portlet_{portlet}"><div class="portlet-content"><div class="asset-full-content clearfix">'
        + f'<h3 class="header-title"><span>{esc(a["title"])}</span></h3>'
        + (f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{text}</span> <span class="metadata-entry metadata-view-count">{rng.randint(50, 900)} lượt xem</span></div>' if text else "")
        + f'<div class="asset-content"><div class="journal-content-article">{lead}{body}\n{by}</div></div>'
        + '<div class="asset-ratings"><div class="taglib-ratings">Đánh giá bài viết <span class="rating-summary">Điểm trung bình 0 (0 bình chọn)</span></div></div>'
        + f'<div class="taglib-social-bookmarks"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a></div></div></div></section>'
        + f'<section class="portlet"><div class="portlet-title">Tin cùng chuyên mục</div><ul class="list-related">{rel}</ul></section></div>'
        + f'<div class="portlet-column portlet-column-last"><div class="portlet-boundary"><div class="title">Video</div><iframe src="https://www.youtube.com/embed/x"></iframe></div>{counter(rng)}</div></div></div>'
        + f'<footer id="footer">{footer(site)}</footer></div></body></html>'
    )
    return html, shown, author


def dnn(a, rng, p):
    site = "Cổng thông tin điện tử thành phố"
    text, shown = fmt_date(a["published"], p.get("form", "time_comma")) if a["published"] else ("", None)
    body = render_blocks(a, p.get("body", "figure"), rng)
    by, author = byline(a, p.get("byline", "plain"))
    lead = f'<div class="edn_articleSummary">{esc(a["lead"])}</div>' if a.get("lead") else ""
    rel = "".join(f'<li><a href="{u}">{esc(t)}</a> <time>{d}</time></li>' for u, t, d in related(rng, "time_comma"))
    html = (
        head(f"{a['title']}", extra='<meta name="GENERATOR" content="DotNetNuke " /><meta id="MetaDescription" name="DESCRIPTION" content="Tin tức" />')
        + f'<body id="Body"><form method="post" action="/tin-tuc/ArticleId/{rng.randint(1000, 9999)}" id="Form"><input type="hidden" name="__VIEWSTATE" value="{viewstate(rng, p.get("vs", 4000))}" />'
        + f'<div id="dnn_ControlPanel"></div><div class="header"><div class="date-today">{TODAY}</div><div id="dnn_dnnSEARCH_ClassicSearch"><input type="text"><a class="SearchButton">Tìm kiếm</a></div></div>'
        + f'<div id="dnn_MainMenu" class="dnnMenu">{menu(rng, "topLevel")}</div>'
        + '<div class="breadcrumb-wrap"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a> / <a href="/tin-tuc" class="SkinObject">Tin tức</a> / <a href="/tin-tuc/xa-hoi" class="SkinObject">Xã hội</a></span></div>'
        + '<div class="row"><div id="dnn_ContentPane" class="col-md-8"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-512"><a name="512"></a><div class="DNNContainer_noTitle"><div id="dnn_ctr512_ContentPane">'
        + f'<div class="eds_news_module_512 news eds_subCollection_news eds_news_Ozone"><div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{esc(a["title"])}</h1>'
        + (f'<div class="edn_metaDetails"><time class="edn_articleDate">{text}</time></div>' if text else "")
        + f'{lead}<div class="edn_articleContent">{body}\n{by}</div>'
        + '<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="#">In</a><div class="social-share"><a href="#">Chia sẻ</a></div></div>'
        + f'<div class="edn_relatedArticles"><h3>Tin liên quan</h3><ul>{rel}</ul></div></div></div></div></div></div></div>'
        + f'<div id="dnn_RightPane" class="col-md-4"><div class="DnnModule"><h2 class="title">Giới thiệu</h2><div class="Normal"><p>{INTRO_TEXT}</p></div></div>{counter(rng)}</div></div>'
        + f'<div id="dnn_FooterPane" class="footer">{footer(site)}</div></form></body></html>'
    )
    return html, shown, author


def wordpress(a, rng, p):
    site = "Trang thông tin điện tử xã Đồng Văn"
    dt = a["published"]
    shown = dt  # article:published_time and <time datetime> carry the exact time
    body = render_blocks(a, p.get("body", "wp"), rng)
    vcard = p.get("vcard")
    by, author = byline(a, p.get("byline", "right_bold")) if not vcard else ("", ", ".join(a["author"]) or None)
    if vcard and a.get("source"):
        by = f'<p style="text-align: right;"><em>Nguồn: {esc(a["source"])}</em></p>'
    lead = f'<p><strong>{esc(a["lead"])}</strong></p>' if a.get("lead") else ""
    rel = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{u}">{esc(t)}</a></h4><p class="jp-relatedposts-post-date">{d}</p></div>'
        for u, t, d in related(rng, "weekday", 3)
    )
    recent = "".join(f'<li><a href="/{i}/">{esc(t)}</a></li>' for i, t in enumerate(SIDE_TITLES[3:9]))
    meta = (
        f'<meta property="og:title" content="{esc(a["title"])}" /><meta property="og:type" content="article" />'
        + (f'<meta property="article:published_time" content="{iso(dt)}" />' if dt else "")
        + f'<link rel="canonical" href="https://dongvan.example.gov.vn/{a["key"]}/" />'
    )
    shown_name = esc(vcard if isinstance(vcard, str) else (", ".join(a["author"]) if vcard else "admin"))
    html = (
        head(f"{a['title']} &#8211; {site}".replace("&#8211;", "–"), extra=meta)
        + big_script(rng, p.get("js", 30))
        + f'<body class="post-template-default single single-post"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>'
        + f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{site}</a></p><p class="site-description">Đoàn kết – Dân chủ – Kỷ cương – Đổi mới</p>'
        + f'<nav id="site-navigation" class="main-navigation">{menu(rng, "menu", 10)}</nav></header>'
        + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        + f'<article id="post-{rng.randint(100, 999)}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">'
        + f'<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1><div class="entry-meta"><span class="posted-on">Đăng ngày <a href="#" rel="bookmark"><time class="entry-date published" datetime="{iso(dt)}">{dt:%d/%m/%Y}</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/x/">{shown_name}</a></span></span></div></header>'
        + f'<div class="entry-content">{lead}{body}\n{by}'
        + '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li><a class="share-facebook" href="#"><span>Facebook</span></a></li><li><a class="share-twitter" href="#"><span>X</span></a></li></ul></div></div></div>'
        + f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>{rel}</div></div>'
        + '<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="/category/tin-tuc/" rel="category tag">Tin tức</a></span></footer></article>'
        + '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev">Bài trước</a></div></div></nav>'
        + '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><label>Bình luận *</label><textarea name="comment"></textarea></p></form></div></div>'
        + f'</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section><section class="widget widget_text"><h2 class="widget-title">Giới thiệu</h2><div class="textwidget"><p>{INTRO_TEXT}</p></div></section></aside></div>'
        + f'<footer id="colophon" class="site-footer">{footer(site)}</footer></div></body></html>'
    )
    return html, shown, author


def joomla(a, rng, p):
    site = "UBND xã Kim Tân"
    dt = a["published"]
    shown = dt  # <time datetime> carries the exact time
    body = render_blocks(a, p.get("body", "span_font"), rng)
    by, author = ("", ", ".join(a["author"]) or None)
    if a.get("source"):
        by = f'<p style="text-align: right;"><em>Nguồn: {esc(a["source"])}</em></p>'
    if p.get("byline_in_body"):
        by, author = byline(a, "right_bold")
    lead = f'<p><strong>{esc(a["lead"])}</strong></p>' if a.get("lead") else ""
    created = (
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(", ".join(a["author"]))}</span></dd>'
        if a["author"] and not p.get("byline_in_body")
        else ""
    )
    wd = WEEKDAYS[dt.weekday()]
    mods = "".join(f'<li><a href="/tin-tuc/{i}-x.html"><span itemprop="name">{esc(t)}</span></a></li>' for i, t in enumerate(SIDE_TITLES[:7]))
    html = (
        head(f"{a['title']}", extra='<meta name="generator" content="Joomla! - Open Source Content Management" />')
        + f'<body class="site com_content view-article no-layout no-task itemid-{rng.randint(100, 999)}"><div class="body"><div class="container"><header class="header"><a class="brand" href="/"><span class="site-title">{site}</span></a><div class="header-search"><form><input name="searchword" placeholder="Tìm kiếm..."></form></div></header>'
        + f'<nav class="navigation"><div class="moduletable_menu">{menu(rng, "nav menu", 9)}</div></nav>'
        + '<div aria-label="Đường dẫn" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li><li itemprop="itemListElement"><a itemprop="item" href="/tin-tuc.html" class="pathway"><span itemprop="name">Tin tức</span></a></li></ul></div>'
        + '<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>'
        + '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
        + f'<div class="page-header"><h2 itemprop="headline">{esc(a["title"])}</h2></div>'
        + '<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">In</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div></div>'
        + f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>{created}'
        + f'<dd class="category-name">Chuyên mục: <a href="/tin-tuc.html" itemprop="genre">Tin tức</a></dd>'
        + f'<dd class="published"><span class="icon-calendar"></span><time datetime="{iso(dt)}" itemprop="datePublished">Ngày đăng: {wd}, {dt:%d} Tháng {dt.month} {dt:%Y} {dt:%H:%M}</time></dd>'
        + f'<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:{rng.randint(10, 900)}" />Lượt xem: {rng.randint(10, 900)}</dd></dl>'
        + f'<div itemprop="articleBody">{lead}{body}\n{by}</div>'
        + '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Bài trước" href="/prev.html" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a href="/next.html" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul></div>'
        + f'</main><div id="aside" class="span3"><div class="moduletable"><h3>Tin mới</h3><ul class="latestnews mod-list">{mods}</ul></div>{counter(rng)}</div></div>'
        + f'<footer class="footer" role="contentinfo"><div class="container">{footer(site)}</div></footer></div></div></body></html>'
    )
    return html, shown, author


def aspnet(a, rng, p):
    site = "Trang thông tin điện tử huyện Kim Sơn"
    text, shown = fmt_date(a["published"], p.get("form", "weekday")) if a["published"] else ("", None)
    body = render_blocks(a, p.get("body", "div_br"), rng)
    by_in_body = p.get("byline", "div") != "div"
    if by_in_body:
        by, author = byline(a, p["byline"])
        after = ""
    else:
        by, author = ("", ", ".join(a["author"]) or None)
        after = f'<div class="author-detail">{esc(", ".join(a["author"]))}</div>' if a["author"] else ""
        if a.get("source"):
            after += f'<div class="source-detail">Nguồn: {esc(a["source"])}</div>'
    lead = f'<div class="sapo-detail"><b>{esc(a["lead"])}</b></div>' if a.get("lead") else ""
    rel = "".join(f'<li><a href="{u}">{esc(t)}</a> <span>{d}</span></li>' for u, t, d in related(rng, "dash_time", 8))
    filler = "".join(f'<div class="hot-item"><a href="/hot/{i}.aspx">{esc(t)}</a><p>{esc(INTRO_TEXT[: 90 + i * 7])}</p></div>' for i, t in enumerate(SIDE_TITLES))
    html = (
        head(f"{a['title']} - {site}", charset=p.get("meta_charset", "utf-8"))
        + f'<body><form name="form1" method="post" action="./chi-tiet.aspx" id="form1"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, p.get("vs", 12000))}" /></div>'
        + big_script(rng, p.get("js", 20))
        + f'<div id="wrapper"><div id="header"><div class="top-bar"><span class="ngay">{TODAY}</span><a href="/login.aspx">Đăng nhập</a></div><div class="slogan">Trang thông tin điện tử huyện Kim Sơn</div></div>'
        + f'<div id="topmenu">{menu(rng, "sf-menu")}</div><div id="main"><div id="left">{filler}</div><div id="center">'
        + f'<div id="ctl00_ContentPlaceHolder1_pnlDetail" class="news-detail"><h1 class="title-detail">{esc(a["title"])}</h1>'
        + (f'<div class="date-detail">{text}</div>' if text else "")
        + f'{lead}<div class="content-detail">{body}\n{by}</div>{after}'
        + f'<div class="rating">Đánh giá bài viết: <img src="/images/star.gif"><img src="/images/star.gif"></div><div class="view-count">Lượt xem: {rng.randint(100, 2000)}</div>'
        + f'<div class="other-news"><h3>Các tin khác</h3><ul>{rel}</ul></div></div></div>'
        + f'<div id="right"><div class="box"><div class="box-title">Liên kết website</div><a href="https://chinhphu.vn"><img src="/images/lk1.jpg"></a></div>{counter(rng)}</div></div>'
        + f'<div id="footer">{footer(site)}</div></div></form></body></html>'
    )
    return html, shown, author


TEMPLATES = {
    "tandan": tandan,
    "trang": trang,
    "liferay": liferay,
    "dnn": dnn,
    "wordpress": wordpress,
    "joomla": joomla,
    "aspnet": aspnet,
}

# (page name, platform, article key prefix, template parameters)
PAGES = [
    ("tandan-01", "tandan", "seed-001", {}),
    ("tandan-02", "tandan", "own-02", {"form": "weekday"}),
    ("tandan-03", "tandan", "g13", {"form": "words", "body": "span_font"}),
    ("tandan-04", "tandan", "g04", {"form": "dang_luc"}),
    ("tandan-05", "tandan", "g08", {"form": "weekday", "byline": "tin_anh"}),
    ("trang-01", "trang", "seed-000", {"form": "plain_time"}),
    ("trang-02", "trang", "own-04", {}),
    ("trang-03", "trang", "g11", {"form": "words"}),
    ("trang-04", "trang", "g05", {"form": "cap_nhat", "body": "plain"}),
    ("trang-05", "trang", "g06", {"form": "weekday"}),
    ("liferay-01", "liferay", "seed-004", {}),
    ("liferay-02", "liferay", "own-06", {}),
    ("liferay-03", "liferay", "g03", {}),
    ("liferay-04", "liferay", "g12", {"form": "gmt"}),
    ("liferay-05", "liferay", "g07", {"form": "dash_time", "body": "figure"}),
    ("dnn-01", "dnn", "g14", {}),
    ("dnn-02", "dnn", "own-05", {"form": "dash_time"}),
    ("dnn-03", "dnn", "g10", {"form": "words"}),
    ("dnn-04", "dnn", "seed-003", {"form": "time_comma", "byline": "right_bold"}),
    ("dnn-05", "dnn", "g01", {"form": "time_comma", "body": "plain"}),
    ("wordpress-01", "wordpress", "g15", {}),
    ("wordpress-02", "wordpress", "own-03", {"vcard": True}),
    ("wordpress-03", "wordpress", "g09", {"byline": "plain"}),
    ("wordpress-04", "wordpress", "g02", {}),
    ("wordpress-05", "wordpress", "own-01", {"vcard": True}),
    ("joomla-01", "joomla", "g16", {}),
    ("joomla-02", "joomla", "own-05", {"byline_in_body": True, "body": "plain"}),
    ("joomla-03", "joomla", "g06", {}),
    ("joomla-04", "joomla", "g01", {"byline_in_body": True}),
    ("joomla-05", "joomla", "g12", {"body": "figure"}),
    ("aspnet-01", "aspnet", "seed-002", {}),
    ("aspnet-02", "aspnet", "g02", {"byline": "plain", "form": "dash_time"}),
    ("aspnet-03", "aspnet", "g09", {"form": "weekday"}),
    ("aspnet-04", "aspnet", "seed-003", {"form": "words", "charset": "windows-1258", "meta_charset": "windows-1258"}),
    ("aspnet-05", "aspnet", "g14", {"form": "dash_time", "byline": "right_bold", "charset": "utf-8", "encode": "windows-1258"}),
    ("aspnet-06", "aspnet", "g10", {"form": "weekday"}),
    ("aspnet-07", "aspnet", "own-01", {"form": "time_comma", "byline": "right_bold", "body": "span_font", "vs": 60000, "js": 420}),
]


def to_windows_1258(text):
    """NFC Vietnamese → windows-1258 bytes: precomposed base letters, separate tone marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
        marks = "".join(c for c in nfd if c in tones)
        try:
            out.append(base.encode("cp1258") + marks.encode("cp1258"))
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};".encode())
    return b"".join(out)


# ---------------------------------------------------------------- non-article pages


def listing_wordpress(rng):
    items = "".join(
        f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/bai-{i}/">{esc(t)}</a></h2><time class="entry-date" datetime="2024-0{1 + i % 9}-1{i % 9}T08:00:00+07:00">1{i % 9}/0{1 + i % 9}/2024</time></header><div class="entry-summary"><p>{esc(INTRO_TEXT[: 160 + 10 * i])} […]</p></div><a class="more-link" href="/bai-{i}/">Đọc tiếp</a></article>'
        for i, t in enumerate(SIDE_TITLES[:8])
    )
    return (
        head("Tin tức – Trang thông tin điện tử xã Đồng Văn")
        + f'<body class="archive category"><nav>{menu(rng, "menu", 8)}</nav><main id="main"><header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>{items}'
        + '<nav class="pagination"><a class="page-numbers" href="/page/2/">2</a> <a class="next page-numbers" href="/page/2/">Trang sau</a></nav></main>'
        + f"<footer>{footer('Xã Đồng Văn')}</footer></body></html>"
    )


def listing_liferay(rng):
    items = "".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="/web/guest/tin-tuc/-/asset_publisher/abc/content/bai-{i}">{esc(t)}</a></h3><div class="asset-metadata"><span class="metadata-publish-date">0{1 + i % 9}/10/2024 | 0{i}:35 GMT+7</span></div><div class="asset-summary">{esc(INTRO_TEXT[40: 220 + 5 * i])}</div></div>'
        for i, t in enumerate(SIDE_TITLES)
    )
    return (
        head("Tin tức - Cổng thông tin điện tử tỉnh Nghệ An")
        + f'<body><header id="banner"><div class="today">{TODAY}</div></header><nav id="navigation">{menu(rng, "nav")}</nav>'
        + f'<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_list"><div class="portlet-content">{items}<div class="taglib-page-iterator"><a href="?p=2">Trang sau</a></div></div></section>'
        + f"<footer>{footer('Nghệ An')}</footer></body></html>"
    )


def listing_tandan(rng):
    items = "".join(
        f'<div class="tandan-list-item"><a href="/portal/Pages/2024-0{1 + i % 9}-0{1 + i % 8}/bai-{i}.aspx"><img src="/portal/PublishingImages/t{i}.jpg"></a><div class="tandan-list-title"><a href="/portal/Pages/2024-0{1 + i % 9}-0{1 + i % 8}/bai-{i}.aspx">{esc(t)}</a></div><div class="tandan-list-date">Đăng lúc: 08:1{i % 9}:00 0{1 + i % 8}/0{1 + i % 9}/2024 (GMT+7)</div><div class="tandan-list-sapo">{esc(INTRO_TEXT[: 150 + 9 * i])}</div></div>'
        for i, t in enumerate(SIDE_TITLES[:10])
    )
    return (
        head("Tin tức - Sự kiện")
        + f'<body><div class="tandan-header"><div class="tandan-today">{TODAY}</div></div><div class="tandan-menu">{menu(rng)}</div>'
        + f'<div class="tandan-breadcrumb"><a href="/portal">Trang chủ</a> &gt; <span>Tin tức - Sự kiện</span></div><div class="tandan-list">{items}</div>'
        + '<div class="tandan-paging"><a href="?PageIndex=2">2</a> <a href="?PageIndex=3">3</a> <a href="?PageIndex=2">Trang sau</a></div>'
        + f'<div class="tandan-footer">{footer("Hoằng Hóa")}</div></body></html>'
    )


def search_page(rng):
    items = "".join(
        f'<div class="search-result"><h3><a href="/Trang/ChiTietTinTuc.aspx?nid={1000 + i}">{esc(t)}</a></h3><p>... {esc(INTRO_TEXT[20: 170])} ...</p><span class="date">1{i}/05/2024</span></div>'
        for i, t in enumerate(SIDE_TITLES[:6])
    )
    return (
        head("Tìm kiếm - Ban Dân vận Tỉnh ủy Quảng Ninh")
        + f'<body><div class="Header"><img src="/banner.jpg"></div>{menu(rng, "TopMenu", 10)}<div class="SearchPage"><h1>Kết quả tìm kiếm</h1><p>Tìm thấy 128 kết quả cho từ khóa "dân vận khéo"</p>{items}<div class="paging"><a href="?k=dan+van&amp;page=2">2</a></div></div>'
        + f'<div class="Footer">{footer("Ban Dân vận")}</div></body></html>'
    )


def not_found(rng):
    return (
        head("Không tìm thấy trang - Trang thông tin điện tử huyện Kim Sơn")
        + f'<body><div id="header"><span class="ngay">{TODAY}</span></div><div id="topmenu">{menu(rng, "sf-menu")}</div>'
        + '<div id="center"><div class="error-page"><h1>404 - Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Vui lòng kiểm tra lại đường dẫn hoặc quay về trang chủ để tiếp tục theo dõi thông tin.</p><p><a href="/">Về trang chủ</a></p></div></div>'
        + f'<div id="footer">{footer("Kim Sơn")}</div></body></html>'
    )


def challenge(rng):
    token = rng.randbytes(16).hex()
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title>'
        f'<script>function setCookie(n,v){{document.cookie=n+"="+v+"; path=/; max-age=3600";}}setCookie("D1N","{token}");window.location.reload(true);</script>'
        '</head><body><noscript>Vui lòng bật JavaScript để tiếp tục truy cập trang web.</noscript></body></html>'
    )


def empty_article(rng):
    """An article template whose body the CMS failed to fill."""
    return (
        head("Thông báo - Cổng thông tin điện tử huyện Hoằng Hóa")
        + f'<body><div class="tandan-header"><div class="tandan-today">{TODAY}</div></div><div class="tandan-menu">{menu(rng)}</div>'
        + '<div class="tandan-content-view"><div class="tandan-title-view">Thông báo</div><div class="tandan-date">Đăng lúc: 08:00:00 02/01/2024 (GMT+7)</div><div class="ms-rtestate-field"><p>&nbsp;</p></div></div>'
        + f'<div class="tandan-footer">{footer("Hoằng Hóa")}</div></body></html>'
    )


NON_ARTICLES = [
    ("listing-wordpress", "wordpress", "listing", listing_wordpress),
    ("listing-liferay", "liferay", "listing", listing_liferay),
    ("listing-tandan", "tandan", "listing", listing_tandan),
    ("search-trang", "trang", "search", search_page),
    ("notfound-aspnet", "aspnet", "not_found", not_found),
    ("challenge-js", "unknown", "challenge", challenge),
    ("empty-tandan", "tandan", "empty", empty_article),
]


def main():
    arts = load_articles()
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for name, platform, prefix, params in PAGES:
        key = next(k for k in arts if k.startswith(prefix))
        a = arts[key]
        rng = random.Random(int(hashlib.sha256(name.encode()).hexdigest()[:8], 16))
        html, shown, author = TEMPLATES[platform](a, rng, params)
        enc = params.get("encode") or params.get("charset", "utf-8")
        data = to_windows_1258(html) if enc == "windows-1258" else html.encode("utf-8")
        (OUT / f"{name}.html").write_bytes(data)
        gold = {
            "kind": "article",
            "platform": platform,
            "url": f"https://{platform}.example.gov.vn/{name}.aspx",
            "charset": params.get("charset", "utf-8"),
            "article": key,
            "title": a["title"],
            "published_at": iso(shown),
            "author": author,
            "source": a.get("source"),
            "body": gold_body(a),
        }
        (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, platform, kind, make in NON_ARTICLES:
        rng = random.Random(int(hashlib.sha256(name.encode()).hexdigest()[:8], 16))
        (OUT / f"{name}.html").write_bytes(make(rng).encode("utf-8"))
        gold = {"kind": kind, "platform": platform, "url": f"https://{platform}.example.gov.vn/{name}.aspx", "charset": "utf-8"}
        (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(PAGES)} article pages, {len(NON_ARTICLES)} other pages in {OUT}")


if __name__ == "__main__":
    main()
