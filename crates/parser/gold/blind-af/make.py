#!/usr/bin/env python3
"""Build the blind-af gold set: commune, ward and special-zone portals (round three).

python3 make.py [OUTDIR]   (default: this folder)

Stdlib only, deterministic: one random.Random("blind-af:NAME") per page, no clock,
no network. Article texts are hand-written below; the gold body is derived from
the same block list the page is rendered from. Only chrome is generated.
"""
import base64
import datetime
import html
import html.entities
import json
import os
import random
import sys
import unicodedata

SET = "blind-af"
CRAWL = datetime.date(2026, 11, 22)  # Sunday

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

HEADLINES = [
    "Triển khai kế hoạch chuyển đổi số năm 2026",
    "Hội nghị tiếp xúc cử tri trước kỳ họp HĐND",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh",
    "Tập huấn nghiệp vụ cho công chức một cửa",
    "Kiểm tra công tác phòng cháy, chữa cháy tại khu dân cư",
    "Trao học bổng cho học sinh nghèo vượt khó",
    "Tuyên truyền pháp luật về đất đai cho nhân dân",
    "Sơ kết 6 tháng thực hiện mô hình chính quyền địa phương hai cấp",
    "Hội nghị học tập, quán triệt nghị quyết của Đảng",
    "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
    "Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
    "Ra mắt mô hình “Camera an ninh” tại khu dân cư",
    "Hướng dẫn người dân đăng ký tài khoản định danh điện tử",
    "Giao nhận quân năm 2026 đúng quy định, an toàn",
    "Kiểm tra tiến độ xây dựng trường mầm non trung tâm",
    "Phát động phong trào thi đua yêu nước năm 2026",
    "Hội Nông dân xã tổ chức hội thảo chuyển đổi cây trồng",
    "Ra quân thu gom rác thải ven sông, kênh rạch",
    "Tổng kết công tác hòa giải ở cơ sở năm 2025",
    "Tặng quà người có công nhân dịp 27/7",
    "Lấy ý kiến nhân dân về quy hoạch chung xây dựng xã",
    "Đối thoại với thanh niên về khởi nghiệp",
    "Tuyên truyền phòng, chống lừa đảo qua mạng",
    "Chi trả lương hưu, trợ cấp tháng 12 qua tài khoản",
    "Diễn tập phòng thủ dân sự năm 2026",
    "Hội nghị ban chấp hành Đảng bộ mở rộng",
    "Khai mạc giải bóng đá thanh niên các thôn",
    "Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán",
    "Công bố quyết định về công tác cán bộ",
    "Tiếp nhận hỗ trợ xây dựng nhà văn hóa thôn",
    "Tăng cường quản lý trật tự xây dựng, đất đai",
    "Thông báo lịch tiếp công dân tháng 12",
    "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 45 hộ",
    "Hưởng ứng Tháng hành động vì bình đẳng giới",
    "Tổ chức Lễ hội văn hóa, thể thao các dân tộc",
    "Nghiệm thu công trình kênh mương nội đồng",
    "Trao thẻ bảo hiểm y tế cho hộ cận nghèo",
    "Vận động nhân dân hiến đất mở rộng đường liên thôn",
    "Hội thi Dân vận khéo năm 2026",
    "Tuyên dương gương người tốt, việc tốt",
]
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Đảng bộ", "Mặt trận - Đoàn thể",
        "Văn bản", "Thủ tục hành chính", "Dịch vụ công", "Công khai ngân sách", "Hỏi đáp", "Liên hệ"]
SUBMENU = ["Tin hoạt động", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Cải cách hành chính",
           "Nông thôn mới", "Chuyển đổi số", "Y tế - Giáo dục", "An sinh xã hội", "Thông báo",
           "Lịch công tác", "Tuyên truyền pháp luật", "Gương điển hình", "Thư viện ảnh", "Video"]
UNITS = ["Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công",
         "Trung tâm Dịch vụ tổng hợp", "Công an", "Ban Chỉ huy Quân sự", "Trạm Y tế", "Ủy ban MTTQ Việt Nam",
         "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def rdate(rng):
    start = datetime.date(2025, 7, 1)
    return start + datetime.timedelta(days=rng.randrange((datetime.date(2026, 11, 21) - start).days + 1))


def rdt(rng):
    return datetime.datetime.combine(rdate(rng), datetime.time(rng.randrange(7, 18), rng.randrange(60)))


def slug(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for c in s:
        out.append(c if c.isalnum() else "-")
    return "-".join(x for x in "".join(out).split("-") if x)


def related(rng, n, fmt, wrap="ul", cls="list-news"):
    items = rng.sample(HEADLINES, n)
    rows = []
    for t in items:
        d = rdt(rng)
        ds = d.strftime(fmt)
        rows.append((t, ds, "/tin-tuc/%s-%d.html" % (slug(t), rng.randrange(1000, 9999))))
    if wrap == "ul":
        return '<ul class="%s">\n' % cls + "\n".join(
            '<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (u, esc(t), ds) for t, ds, u in rows) + "\n</ul>"
    return "\n".join('<div class="item"><a href="%s" class="title">%s</a><div class="date">%s</div></div>' % (u, esc(t), ds)
                     for t, ds, u in rows)


def nav(rng, cls="menu"):
    out = ['<ul class="%s">' % cls]
    for m in MENU:
        subs = rng.sample(SUBMENU, rng.randrange(0, 6)) if m not in ("Trang chủ", "Liên hệ") else []
        if subs:
            out.append('<li class="dropdown"><a href="/%s">%s</a><ul class="sub">%s</ul></li>' % (
                slug(m), esc(m), "".join('<li><a href="/%s">%s</a></li>' % (slug(s), esc(s)) for s in subs)))
        else:
            out.append('<li><a href="/%s">%s</a></li>' % (slug(m), esc(m)))
    out.append("</ul>")
    return "\n".join(out)


def site_names(a):
    unit, prov, dom = a["site"]
    kind = unit.split()[0].lower() if not unit.startswith("Đặc khu") else "đặc khu"
    short = unit[len(kind) + 1:] if kind != "đặc khu" else unit[8:]
    return unit, prov, dom, kind, short


def footer(a, rng, cls="footer"):
    unit, prov, dom, kind, short = site_names(a)
    street = rng.choice(["Quốc lộ", "Đường tỉnh", "Đường"]) + " " + str(rng.randrange(2, 60))
    phone = "0%d.%d" % (rng.randrange(203, 299), rng.randrange(3800000, 3899999))
    return ('<div class="%s">\n<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ %s</strong></p>\n'
            '<p>Cơ quan chủ quản: Ủy ban nhân dân %s %s, %s</p>\n'
            '<p>Địa chỉ: %s, %s %s, %s</p>\n<p>Điện thoại: %s - Email: ubnd@%s</p>\n'
            '<p>Chịu trách nhiệm chính: Chủ tịch UBND %s %s</p>\n'
            '<p>Ghi rõ nguồn “Cổng thông tin điện tử %s %s” khi phát hành lại thông tin từ website này.</p>\n</div>') % (
        cls, esc(unit.upper()), kind, esc(short), esc(prov), esc(street), kind, esc(short), esc(prov), phone, dom,
        kind, esc(short), kind, esc(short))


def b64blob(rng, n):
    raw = bytes(rng.randrange(256) for _ in range(n * 3 // 4 + 3))
    return base64.b64encode(raw).decode()[:n]


def js_blob(rng, n):
    """Minified-looking script filler (invisible)."""
    parts = []
    size = 0
    i = 0
    while size < n:
        k = "_0x%04x" % rng.randrange(65536)
        v = b64blob(rng, rng.randrange(40, 120))
        s = 'var %s="%s";function f%d(a,b){return a[%s.length%%b.length]||b}' % (k, v, i, k)
        parts.append(s)
        size += len(s)
        i += 1
    return "\n".join(parts)[:n]


def css_blob(rng, n):
    parts = []
    size = 0
    while size < n:
        s = ".c%04x .m%03d{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%dpx}" % (
            rng.randrange(65536), rng.randrange(1000), rng.randrange(20), rng.randrange(20), rng.randrange(12),
            rng.randrange(1 << 24), rng.randrange(11, 20))
        parts.append(s)
        size += len(s) + 1
    return "\n".join(parts)[:n]


# --------------------------------------------------------------------------- content
def fig(cap, style, rng, a):
    src = "/uploads/%s/%d/anh-%d.jpg" % (a["name"], rng.randrange(2025, 2027), rng.randrange(100, 999))
    alt = "ảnh minh họa"
    img = '<img src="%s" alt="%s" width="%d" height="%d" />' % (src, alt, 800, rng.choice([450, 533, 600]))
    if cap is None:
        return '<p style="text-align:center">%s</p>' % img
    if style == "figure":
        return '<figure class="image">%s<figcaption>%s</figcaption></figure>' % (img, esc(cap))
    if style == "wp":
        return '<figure class="wp-block-image size-large">%s<figcaption class="wp-element-caption">%s</figcaption></figure>' % (img, esc(cap))
    if style == "table":
        return ('<table class="image center" align="center"><tbody><tr><td>%s</td></tr>'
                '<tr><td class="image_desc"><em>%s</em></td></tr></tbody></table>') % (img, esc(cap))
    return '<p style="text-align:center">%s</p>\n<p style="text-align:center"><em>%s</em></p>' % (img, esc(cap))


def render(a, rng, imgstyle="figure", hstyle="h3", skip_lead=True):
    out = []
    for kind, val in a["blocks"]:
        if kind == "lead" and skip_lead:
            continue
        if kind in ("p", "lead"):
            out.append('<p style="text-align: justify;">%s</p>' % esc(val))
        elif kind == "h":
            out.append("<h3>%s</h3>" % esc(val) if hstyle == "h3" else "<p><strong>%s</strong></p>" % esc(val))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % esc(x) for x in val))
        elif kind == "table":
            rows = []
            for i, r in enumerate(val):
                rows.append("<tr>%s</tr>" % "".join(
                    ("<td><strong>%s</strong></td>" if i == 0 else "<td>%s</td>") % esc(c) for c in r))
            out.append('<table class="table table-bordered" border="1" cellpadding="4" cellspacing="0" style="width:100%%"><tbody>\n%s\n</tbody></table>' % "\n".join(rows))
        elif kind == "img":
            out.append(fig(val, imgstyle, rng, a))
        elif kind == "quote":
            out.append("<blockquote><p>%s</p></blockquote>" % esc(val))
        elif kind == "sig":
            out.append('<table class="chuky" width="100%%"><tr><td width="50%%">&nbsp;</td><td align="center">%s</td></tr></table>' %
                       "<br />".join("<b>%s</b>" % esc(x) for x in val[:-1]) + "")
            out[-1] = out[-1].replace("</td></tr></table>", "<br /><br /><br /><b>%s</b></td></tr></table>" % esc(val[-1]))
        elif kind == "raw":
            out.append(RAW[val](a, rng))
    return "\n".join(out)


def gold_body(a):
    out = []
    for kind, val in a["blocks"]:
        if kind in ("p", "lead", "h", "quote"):
            out.append(val)
        elif kind in ("ul", "sig"):
            out.extend(val)
        elif kind == "table":
            out.extend(c for r in val for c in r)
        elif kind == "img" and val:
            out.append(val)
    return "\n\n".join(out)


def lead_of(a):
    for kind, val in a["blocks"]:
        if kind == "lead":
            return val
    return None


def raw_pdf(a, rng):
    f = "KH-118-UBND-%d.pdf" % rng.randrange(100, 999)
    return ('<div class="pdf-viewer">\n<div class="pdf-toolbar"><span class="page">Trang <b>1</b> / 4</span>'
            ' <a class="btn" href="/Uploads/vanban/%s" download>Tải về</a> <a class="btn" href="#" onclick="pdfZoom(1)">Phóng to</a></div>\n'
            '<iframe src="/pdfjs/web/viewer.html?file=/Uploads/vanban/%s" width="100%%" height="900" frameborder="0"></iframe>\n'
            '<p class="file-attach">Tệp đính kèm: <a href="/Uploads/vanban/%s">%s</a> (412 KB)</p>\n</div>') % (f, f, f, f)


def raw_fb(a, rng):
    pid = rng.randrange(10 ** 15, 10 ** 16)
    return ('<div class="fb-post" data-href="https://www.facebook.com/congan.thanhan/posts/%d" data-width="500" data-show-text="true">'
            '<blockquote cite="https://www.facebook.com/congan.thanhan/posts/%d" class="fb-xfbml-parse-ignore">'
            '<a href="https://www.facebook.com/congan.thanhan/posts/%d">Xem bài viết trên Facebook</a></blockquote></div>\n'
            '<div id="fb-root"></div>\n<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v19.0"></script>') % (pid, pid, pid)


RAW = {"PDF": raw_pdf, "FB": raw_fb}


def render_word(a, rng):
    sp = "<span lang=VI style='font-size:14.0pt;line-height:115%;font-family:\"Times New Roman\",serif;mso-fareast-font-family:\"Times New Roman\"'>"
    out = ['<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:TrackMoves/></w:WordDocument></xml><![endif]-->',
           "<style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal {mso-style-parent:\"\";margin:0cm;mso-pagination:widow-orphan;font-size:12.0pt;} --></style>"]
    for kind, val in a["blocks"]:
        if kind == "p":
            words = val.split(" ")
            cut = rng.randrange(3, max(4, len(words) - 2))
            out.append("<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:115%'>"
                       + sp + esc(" ".join(words[:cut])) + " </span>" + sp + esc(" ".join(words[cut:])) + "<o:p></o:p></span></p>")
            if rng.random() < 0.4:
                out.append("<p class=MsoNormal style='text-align:justify'>" + sp + "<o:p>&nbsp;</o:p></span></p>")
        elif kind == "ul":
            for i, x in enumerate(val):
                cls = "MsoListParagraphCxSpFirst" if i == 0 else ("MsoListParagraphCxSpLast" if i == len(val) - 1 else "MsoListParagraphCxSpMiddle")
                out.append("<p class=%s style='margin-left:54.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                           "<![if !supportLists]>" % cls + sp + "-<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
                           + sp + esc(x) + "<o:p></o:p></span></p>")
        elif kind == "img":
            out.append(fig(val, "pcenter", rng, a))
    return "\n".join(out)


def render_broken(a, rng):
    out = ['<div class="noidung"><font face="Times New Roman" size="3">']
    for kind, val in a["blocks"]:
        if kind == "p":
            out.append("<p align=justify>" + esc(val))  # never closed
        elif kind == "img":
            out.append('<div class="anh" align=center><img src="/images/stories/%s/%d.jpg" border=0><br><span class="chuthich"><i>%s</i></span>' % (
                a["name"], rng.randrange(10, 99), esc(val)))
            out.append("</div></div>")  # the second </div> closes .noidung early
    out.append("</div>")  # stray: closes the CMS body wrapper early
    out.append("</font></span>")  # stray </font></span>
    return "\n".join(out)


def print_div(a):
    parts = ["<h2>%s</h2>" % esc(a["title"])]
    for kind, val in a["blocks"]:
        if kind in ("p", "lead"):
            parts.append("<p>%s</p>" % esc(val))
        elif kind == "img" and val:
            parts.append("<p><i>%s</i></p>" % esc(val))
    return '<div id="divPrintContent" class="print-only" style="display:none">\n%s\n</div>' % "\n".join(parts)


def ents(s):
    out = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o in html.entities.codepoint2name and o < 256:
            out.append("&%s;" % html.entities.codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def enc1258(s):
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0] + "".join(m for m in d[1:] if m not in TONES)
        tones = "".join(m for m in d[1:] if m in TONES)
        out += unicodedata.normalize("NFC", base).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)
# ---------------------------------------------------------------------------
# Article texts, written by hand (invented people, figures and quotes).
# Block kinds: lead, p, h, ul, table, img (caption or None), quote,
# raw (page furniture inside the content area: never gold body).
# ---------------------------------------------------------------------------
ARTICLES = [
dict(name="f01", platform="vnpt-eportal-liferay", tpl="vnpt",
 site=("Phường An Phú", "tỉnh Gia Lai", "anphu.gialai.gov.vn"),
 url="https://anphu.gialai.gov.vn/web/phuong-an-phu/tin-tuc-su-kien/-/asset_publisher/Ab3kLmQx/content/dai-hoi-dai-bieu-dang-bo-phuong-an-phu-lan-thu-i-nhiem-ky-2025-2030",
 title="Đại hội đại biểu Đảng bộ phường An Phú lần thứ I, nhiệm kỳ 2025 - 2030",
 pub="2025-07-15T10:25:00+07:00", author="Văn phòng Đảng ủy phường",
 date_html='<span class="date-publish">15/07/2025 10:25</span>',
 byline_html='<p class="author" style="text-align:right"><strong>Văn phòng Đảng ủy phường</strong></p>', byline_pos="bottom",
 target=150000,
 blocks=[
 ("lead", "Ngày 14/7, Đảng bộ phường An Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của Đảng bộ phường sau khi sắp xếp đơn vị hành chính, có ý nghĩa đặc biệt quan trọng đối với sự phát triển của địa phương trong giai đoạn mới."),
 ("p", "Dự đại hội có đồng chí Rơ Châm Hiếu, Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy; đại diện các ban, sở, ngành của tỉnh cùng 198 đại biểu thay mặt cho hơn 2.300 đảng viên sinh hoạt tại 46 tổ chức cơ sở đảng trực thuộc."),
 ("p", "Báo cáo chính trị trình đại hội nêu rõ, giai đoạn 2020 - 2025, các địa phương trước đây nay hợp nhất thành phường An Phú đã duy trì tốc độ tăng trưởng khá; thu ngân sách trên địa bàn năm sau cao hơn năm trước; kết cấu hạ tầng đô thị được đầu tư đồng bộ với 37 tuyến đường được bê tông hóa, lắp đặt điện chiếu sáng. Công tác xây dựng Đảng và hệ thống chính trị được chú trọng, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 90%."),
 ("img", "Đồng chí Rơ Châm Hiếu, Phó Trưởng Ban Tổ chức Tỉnh ủy phát biểu chỉ đạo đại hội."),
 ("h", "Năm chỉ tiêu chủ yếu cho nhiệm kỳ mới"),
 ("p", "Đại hội thống nhất đề ra mục tiêu xây dựng phường An Phú phát triển nhanh, bền vững, trở thành đô thị văn minh, hiện đại ở khu vực phía Đông của tỉnh. Một số chỉ tiêu chủ yếu gồm:"),
 ("ul", ["Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,5%/năm trở lên;",
         "Thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm;",
         "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 80% trở lên;",
         "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn dưới 1%;",
         "Hằng năm kết nạp từ 45 đảng viên mới trở lên."]),
 ("p", "Phát biểu chỉ đạo đại hội, đồng chí Rơ Châm Hiếu đề nghị Đảng bộ phường tập trung hoàn thiện tổ chức bộ máy theo mô hình chính quyền địa phương hai cấp, vận hành thông suốt, gần dân, sát dân; chú trọng chuyển đổi số trong lãnh đạo, điều hành và giải quyết thủ tục hành chính cho người dân, doanh nghiệp."),
 ("p", "Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa I gồm 29 đồng chí; bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I gồm 7 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu đồng chí Nguyễn Thị Thu Hà giữ chức Bí thư Đảng ủy phường."),
 ("img", "Ban Chấp hành Đảng bộ phường An Phú khóa I, nhiệm kỳ 2025 - 2030 ra mắt đại hội."),
 ]),
dict(name="f02", platform="viettel-portal", tpl="viettel",
 site=("Xã Tân Thịnh", "tỉnh Thái Nguyên", "tanthinh.thainguyen.gov.vn"),
 url="https://tanthinh.thainguyen.gov.vn/tin-tuc/hdnd-xa-tan-thinh-to-chuc-ky-hop-thuong-le-cuoi-nam-2025-4821.html",
 title="HĐND xã Tân Thịnh tổ chức kỳ họp thường lệ cuối năm 2025",
 pub="2025-12-09T00:00:00+07:00", author="Văn phòng HĐND và UBND xã",
 date_html='<span class="post-date"><i class="fa fa-calendar"></i> Ngày đăng: 09/12/2025</span>',
 byline_html='<div class="news-author">Văn phòng HĐND và UBND xã</div>', byline_pos="bottom",
 target=48000,
 blocks=[
 ("lead", "Sáng 8/12, HĐND xã Tân Thịnh, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thường lệ cuối năm 2025 để đánh giá tình hình kinh tế - xã hội năm 2025, quyết định nhiệm vụ năm 2026 và xem xét, thông qua nhiều nghị quyết quan trọng."),
 ("p", "Kỳ họp có 31/33 đại biểu HĐND xã tham dự. Dự kỳ họp còn có đại diện Thường trực HĐND tỉnh, lãnh đạo Đảng ủy, Ủy ban MTTQ Việt Nam xã, trưởng các thôn, tổ dân phố và đông đảo cử tri quan tâm theo dõi."),
 ("p", "Theo báo cáo của UBND xã, năm 2025 là năm đầu tiên xã Tân Thịnh vận hành theo mô hình chính quyền địa phương hai cấp. Mặc dù còn nhiều khó khăn do khối lượng công việc tăng nhanh, đội ngũ cán bộ mới được sắp xếp, song xã đã hoàn thành và vượt 14/16 chỉ tiêu đề ra. Tổng giá trị sản xuất ước đạt 1.240 tỷ đồng; diện tích chè chất lượng cao tiếp tục được mở rộng lên 820 ha; thu ngân sách trên địa bàn đạt 38,6 tỷ đồng, bằng 112% dự toán."),
 ("p", "Trung tâm Phục vụ hành chính công xã đã tiếp nhận 6.415 hồ sơ, trong đó 98,7% hồ sơ được giải quyết trước và đúng hạn. Công tác an sinh xã hội được bảo đảm; xã đã hoàn thành xóa 27 căn nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo."),
 ("p", "Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, một số công trình giao thông nông thôn chưa được hoàn thiện; việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở một số lĩnh vực chưa đạt yêu cầu."),
 ("img", "Quang cảnh kỳ họp thường lệ cuối năm 2025 HĐND xã Tân Thịnh."),
 ("p", "Tại phiên chất vấn, các đại biểu tập trung vào những vấn đề cử tri quan tâm như cấp giấy chứng nhận quyền sử dụng đất, sửa chữa tuyến đường liên thôn Đồng Kem - Khe Cốc, nước sạch cho các hộ dân vùng cao. Lãnh đạo UBND xã và các công chức chuyên môn đã trả lời thẳng thắn, nêu rõ giải pháp và thời hạn khắc phục."),
 ("p", "Kỳ họp đã thông qua 9 nghị quyết, trong đó có nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026, dự toán ngân sách xã năm 2026 và kế hoạch đầu tư công năm 2026. Phát biểu bế mạc, ông Đỗ Văn Quyết, Chủ tịch HĐND xã đề nghị UBND xã khẩn trương cụ thể hóa các nghị quyết, sớm đưa nghị quyết vào cuộc sống."),
 ]),
dict(name="f03", platform="cmc-portal", tpl="cmc",
 site=("Xã Hồng Quang", "tỉnh Hưng Yên", "hongquang.hungyen.gov.vn"),
 url="https://hongquang.hungyen.gov.vn/cai-cach-hanh-chinh/trung-tam-phuc-vu-hanh-chinh-cong-xa-hong-quang-nang-cao-chat-luong-phuc-vu-nguoi-dan-c1a2b3.aspx",
 title="Trung tâm Phục vụ hành chính công xã Hồng Quang: Nâng cao chất lượng phục vụ người dân",
 pub="2026-03-17T15:40:00+07:00", author="Hoàng Mai, Đức Long",
 date_html='<div class="meta"><span class="time">17/03/2026 15:40</span></div>',
 byline_html='<p class="tacgia"><em>Tin: Hoàng Mai - Ảnh: Đức Long</em></p>', byline_pos="top",
 target=62000,
 blocks=[
 ("lead", "Sau gần 9 tháng đi vào hoạt động, Trung tâm Phục vụ hành chính công xã Hồng Quang từng bước khẳng định vai trò là “cầu nối” giữa chính quyền với người dân, doanh nghiệp, góp phần tạo chuyển biến rõ nét trong công tác cải cách hành chính ở cơ sở."),
 ("p", "Có mặt tại Trung tâm vào sáng đầu tuần, chúng tôi ghi nhận không khí làm việc khẩn trương nhưng nền nếp. Khu vực chờ được bố trí ghế ngồi, nước uống, máy lấy số thứ tự tự động và màn hình tra cứu tình trạng hồ sơ. Mỗi quầy đều niêm yết công khai thủ tục, phí, lệ phí và thời hạn giải quyết."),
 ("p", "Bà Lương Thị Hạnh, thôn Đông Xá cho biết: “Trước đây làm thủ tục đất đai phải đi lại nhiều lần, nay cán bộ hướng dẫn rất kỹ, chỉ cần nộp đủ giấy tờ một lần là có giấy hẹn. Tôi cũng được hướng dẫn cài ứng dụng để theo dõi hồ sơ trên điện thoại”."),
 ("p", "Theo số liệu của Trung tâm, trong quý I/2026 đã tiếp nhận 1.562 hồ sơ, tăng 18% so với quý IV/2025. Kết quả cụ thể ở một số lĩnh vực như sau:"),
 ("table", [["Lĩnh vực", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn"],
            ["Hộ tịch", "684", "684"], ["Đất đai", "412", "398"],
            ["Chứng thực", "305", "305"], ["Lĩnh vực khác", "161", "158"]]),
 ("p", "Ông Vũ Đình Nam, Giám đốc Trung tâm cho biết, khó khăn lớn nhất hiện nay là khối lượng hồ sơ đất đai tồn đọng từ các xã cũ chuyển về, nhiều hồ sơ thiếu thông tin, sai lệch bản đồ địa chính. Trung tâm đã phối hợp với bộ phận Địa chính rà soát từng trường hợp, chủ động liên hệ, hướng dẫn người dân bổ sung giấy tờ."),
 ("p", "Bên cạnh đó, Trung tâm thành lập Tổ công nghệ số cộng đồng gồm đoàn viên thanh niên, hỗ trợ người cao tuổi nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt. Tỷ lệ hồ sơ nộp trực tuyến toàn trình trong quý I đạt 46,8%, cao hơn mức bình quân chung của tỉnh."),
 ("img", "Đoàn viên thanh niên hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công xã Hồng Quang."),
 ("p", "Thời gian tới, xã Hồng Quang tiếp tục rà soát, chuẩn hóa quy trình nội bộ, đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; đồng thời duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị của người dân về thái độ, tác phong của công chức."),
 ]),
dict(name="f04", platform="wordpress", tpl="wordpress",
 site=("Xã Phước Hòa", "tỉnh Đồng Nai", "phuochoa.dongnai.gov.vn"),
 url="https://phuochoa.dongnai.gov.vn/2026/04/08/xa-phuoc-hoa-ban-giao-124-ha-mat-bang-cho-du-an-duong-lien-vung/",
 title="Xã Phước Hòa bàn giao 12,4 ha mặt bằng cho dự án đường liên vùng",
 pub="2026-04-08T08:12:45+07:00", author="Nguyễn Văn Hùng - Phòng Kinh tế",
 meta_extra='<meta property="article:published_time" content="2026-04-08T01:12:45+00:00" />\n<meta property="article:modified_time" content="2026-04-09T02:30:11+00:00" />',
 date_html='<span class="posted-on"><a href="#" rel="bookmark"><time class="entry-date published" datetime="2026-04-08T01:12:45+00:00">08/04/2026</time></a></span>',
 byline_html='<p style="text-align: right;"><strong>Nguyễn Văn Hùng - Phòng Kinh tế</strong></p>', byline_pos="bottom",
 target=71000,
 blocks=[
 ("p", "Ngày 7/4, UBND xã Phước Hòa phối hợp với Ban Quản lý dự án đầu tư xây dựng tỉnh tổ chức bàn giao đợt 2 mặt bằng thi công dự án đường liên vùng nối khu công nghiệp với quốc lộ 51, đoạn qua địa bàn xã."),
 ("p", "Diện tích bàn giao đợt này là 12,4 ha, liên quan đến 86 hộ gia đình, cá nhân tại các ấp Long Phú, Phước Thuận và Bàu Cạn. Đến nay, tổng diện tích xã đã bàn giao cho chủ đầu tư đạt 31,7/38,2 ha, tương đương 83% khối lượng cần giải phóng mặt bằng trên địa bàn."),
 ("img", "Đại diện UBND xã Phước Hòa bàn giao mặt bằng cho chủ đầu tư."),
 ("p", "Để có kết quả trên, Đảng ủy xã đã thành lập tổ công tác do đồng chí Phó Bí thư Thường trực làm tổ trưởng, phân công cán bộ bám từng hộ. Những trường hợp còn băn khoăn về giá bồi thường, vị trí tái định cư đều được mời đối thoại trực tiếp, giải thích rõ căn cứ pháp lý và quyền lợi được hưởng."),
 ("p", "Ông Trần Văn Lộc, ấp Long Phú, có 1.200 m² đất nông nghiệp bị thu hồi, chia sẻ: “Lúc đầu gia đình cũng lo, nhưng cán bộ xã đến nhà nhiều lần, giải thích cặn kẽ. Thấy con đường làm xong thì cả vùng được hưởng lợi nên gia đình đồng ý nhận tiền và bàn giao đất trước thời hạn”."),
 ("h", "Còn 6,5 ha vướng mắc"),
 ("p", "Theo UBND xã, diện tích còn lại chủ yếu vướng mắc do nguồn gốc đất phức tạp, một số hộ có tranh chấp thừa kế, đất có nhà ở hình thành qua nhiều thời kỳ. Xã đang phối hợp với Chi nhánh Văn phòng đăng ký đất đai khu vực xác minh nguồn gốc, phấn đấu hoàn thành phương án bồi thường trong tháng 5/2026."),
 ("p", "Tại buổi bàn giao, ông Lê Quang Vinh, Chủ tịch UBND xã Phước Hòa đề nghị đơn vị thi công sớm triển khai hàng rào, đường công vụ, bảo đảm không làm ảnh hưởng đến sản xuất và đi lại của người dân; đồng thời cam kết xã sẽ tiếp tục vận động, hoàn thành bàn giao toàn bộ mặt bằng trước ngày 30/6/2026."),
 ]),
dict(name="f05", platform="joomla", tpl="joomla",
 site=("Xã Sơn Tiến", "tỉnh Hà Tĩnh", "sontien.hatinh.gov.vn"),
 url="https://sontien.hatinh.gov.vn/index.php/tin-tuc/nong-thon-moi/412-doan-tham-dinh-cua-tinh-kiem-tra-ket-qua-xay-dung-xa-nong-thon-moi-nang-cao-tai-xa-son-tien",
 title="Đoàn thẩm định của tỉnh kiểm tra kết quả xây dựng xã nông thôn mới nâng cao tại xã Sơn Tiến",
 pub="2025-08-21T09:05:00+07:00", author="BBT",
 date_html='<dd class="published"><span class="icon-calendar"></span> Ngày đăng: Thứ năm, 21 Tháng 8 2025 09:05</dd><dd class="createdby">Viết bởi Quản trị viên</dd><dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 318</dd>',
 byline_html='<p style="text-align: right;"><strong>BBT</strong></p>', byline_pos="bottom",
 target=41000,
 blocks=[
 ("p", "Ngày 20/8, Đoàn thẩm định của Văn phòng Điều phối nông thôn mới tỉnh do ông Phan Huy Cường, Phó Chánh Văn phòng làm trưởng đoàn đã kiểm tra thực tế, thẩm định kết quả thực hiện các tiêu chí xã nông thôn mới nâng cao tại xã Sơn Tiến."),
 ("p", "Đoàn đã đi kiểm tra hệ thống đường giao thông, trường học, trạm y tế, nhà văn hóa thôn, mô hình vườn mẫu và các điểm thu gom rác thải tại thôn Tân Quang, Trung Thượng và Kim Lộc. Qua kiểm tra, đoàn đánh giá cảnh quan nông thôn sạch đẹp, hạ tầng được đầu tư khá đồng bộ, nhiều tuyến đường có hàng rào xanh, đèn chiếu sáng."),
 ("p", "Báo cáo của UBND xã cho biết, đến nay xã Sơn Tiến đã đạt 19/19 tiêu chí xã nông thôn mới nâng cao. Thu nhập bình quân đầu người năm 2024 đạt 62,5 triệu đồng; tỷ lệ hộ nghèo đa chiều còn 1,8%; 100% hộ dân sử dụng nước hợp vệ sinh, trong đó 78% hộ sử dụng nước sạch theo quy chuẩn. Toàn xã có 6 sản phẩm OCOP đạt 3 sao trở lên, nổi bật là cam chanh, mật ong và nước mắm truyền thống."),
 ("p", "Tổng nguồn lực huy động cho xây dựng nông thôn mới nâng cao giai đoạn 2021 - 2025 đạt hơn 186 tỷ đồng, trong đó nhân dân đóng góp trên 41 tỷ đồng và hiến hơn 23.000 m² đất để mở rộng đường giao thông, xây dựng công trình công cộng."),
 ("img", "Đoàn thẩm định kiểm tra mô hình vườn mẫu tại thôn Trung Thượng."),
 ("p", "Bên cạnh kết quả đạt được, đoàn thẩm định cũng chỉ ra một số tồn tại cần khắc phục như: hồ sơ minh chứng ở một số tiêu chí chưa được sắp xếp khoa học; một số khu dân cư chưa có biển tên đường; việc phân loại rác tại nguồn chưa đồng đều giữa các thôn."),
 ("p", "Kết luận buổi thẩm định, ông Phan Huy Cường ghi nhận sự nỗ lực của cấp ủy, chính quyền và nhân dân xã Sơn Tiến, nhất là trong bối cảnh xã vừa được sắp xếp, bộ máy mới đi vào vận hành. Đoàn đề nghị xã hoàn thiện hồ sơ trong vòng 10 ngày để trình Hội đồng thẩm định tỉnh xem xét, công nhận trong năm 2025."),
 ("p", "Phát biểu tiếp thu, ông Nguyễn Đình Thắng, Chủ tịch UBND xã khẳng định sẽ chỉ đạo các bộ phận khẩn trương khắc phục những tồn tại đoàn đã chỉ ra, đồng thời tiếp tục duy trì, nâng cao chất lượng các tiêu chí, hướng tới xây dựng xã nông thôn mới kiểu mẫu."),
 ]),
dict(name="f06", platform="nukeviet", tpl="nukeviet",
 site=("Xã Chiềng Sại", "tỉnh Sơn La", "chiengsai.sonla.gov.vn"),
 url="https://chiengsai.sonla.gov.vn/tin-tuc/an-sinh-xa-hoi/ban-giao-5-nha-dai-doan-ket-va-trao-qua-tet-cho-ho-kho-khan-1287.html",
 title="Bàn giao 5 nhà Đại đoàn kết và trao quà Tết cho hộ khó khăn",
 pub="2026-02-02T16:20:00+07:00", author="Công chức Văn hóa - Xã hội",
 meta_extra='<meta property="article:published_time" content="2026-02-02ICT16:20:00" />',
 date_html='<span class="h-date">Thứ hai - 02/02/2026 16:20</span>',
 byline_html='<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Công chức Văn hóa - Xã hội</p></div>', byline_pos="bottom",
 target=38000,
 blocks=[
 ("lead", "Chiều 1/2, UBND xã Chiềng Sại phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức bàn giao 5 ngôi nhà Đại đoàn kết và trao quà Tết cho các hộ có hoàn cảnh khó khăn trên địa bàn."),
 ("p", "Năm ngôi nhà được xây dựng tại các bản Nà Bai, Co Hăm và Pa Khôm, mỗi căn có diện tích từ 48 đến 60 m², kết cấu khung bê tông, mái lợp tôn chống nóng, bảo đảm tiêu chuẩn “3 cứng”. Tổng kinh phí xây dựng hơn 400 triệu đồng, trong đó Quỹ Vì người nghèo của tỉnh hỗ trợ 60 triệu đồng mỗi căn, phần còn lại do các gia đình đối ứng và bà con trong bản góp ngày công."),
 ("p", "Nhận chìa khóa nhà mới, bà Lò Thị Ơn, bản Co Hăm xúc động: “Cả đời tôi chưa dám nghĩ có được ngôi nhà kiên cố như thế này. Năm nay gia đình tôi được đón Tết trong nhà mới, không còn lo mưa dột, gió lùa nữa”."),
 ("img", "Lãnh đạo xã Chiềng Sại trao chìa khóa nhà Đại đoàn kết cho gia đình bà Lò Thị Ơn."),
 ("p", "Dịp này, xã cũng trao 230 suất quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người cao tuổi cô đơn, mỗi suất trị giá 500.000 đồng gồm tiền mặt, gạo, dầu ăn và bánh kẹo. Nguồn quà do Ủy ban MTTQ tỉnh, các doanh nghiệp và nhà hảo tâm đóng góp."),
 ("p", "Ông Cầm Văn Tươi, Phó Chủ tịch UBND xã cho biết, năm 2025, xã đã hoàn thành xóa 64 nhà tạm, nhà dột nát theo chương trình của tỉnh. Năm 2026, xã tiếp tục rà soát, ưu tiên hỗ trợ các hộ thuộc diện chính sách, hộ đồng bào dân tộc thiểu số ở các bản vùng cao, phấn đấu không để hộ nào phải ở nhà tạm."),
 ("p", "Cũng theo ông Tươi, để việc hỗ trợ đúng đối tượng, công chức Văn hóa - Xã hội đã phối hợp với trưởng bản, chi hội trưởng các đoàn thể bình xét công khai tại cuộc họp bản, niêm yết danh sách tại nhà văn hóa. Việc trao quà được thực hiện trực tiếp đến tay người nhận, có ký nhận đầy đủ."),
 ]),
dict(name="f07", platform="aspnet-district-template", tpl="district", charset="windows-1258",
 site=("Xã Hải Định", "tỉnh Quảng Trị", "haidinh.quangtri.gov.vn"),
 url="https://haidinh.quangtri.gov.vn/Default.aspx?tabid=112&ItemID=2219",
 title="Xã Hải Định khẩn trương khắc phục hậu quả mưa lũ",
 pub="2025-10-28T00:00:00+07:00", author="Trần Thị Nhung - Văn phòng HĐND và UBND xã",
 date_html='<td class="ngaydang" align="left">Ngày 28/10/2025</td>',
 byline_html='<td class="tacgia" align="right"><b>Trần Thị Nhung - Văn phòng HĐND và UBND xã</b></td>', byline_pos="table",
 target=135000,
 blocks=[
 ("p", "Do ảnh hưởng của đợt mưa lớn kéo dài từ ngày 25 đến 27/10, mực nước trên các sông Ô Lâu, Thạch Hãn dâng cao, gây ngập sâu nhiều khu dân cư thấp trũng trên địa bàn xã Hải Định. Có thời điểm, 1.146 nhà dân bị ngập từ 0,5 đến 1,5 m, nhiều tuyến đường liên thôn bị chia cắt."),
 ("p", "Ngay từ khi có cảnh báo, Ban Chỉ huy phòng thủ dân sự xã đã triển khai phương án “bốn tại chỗ”, di dời 312 hộ với 1.027 nhân khẩu ở vùng nguy hiểm đến nơi an toàn, chủ yếu tại trụ sở UBND xã, các trường học và nhà kiên cố của người dân. Lực lượng dân quân, công an xã và đoàn viên thanh niên trực 24/24 giờ tại các điểm xung yếu."),
 ("p", "Theo thống kê sơ bộ, mưa lũ đã làm 2 nhà bị tốc mái, hơn 35 ha rau màu vụ đông bị hư hại, 4.800 con gia cầm bị cuốn trôi; nhiều đoạn đường bê tông nội đồng bị sạt lở. Tổng thiệt hại ước tính trên 6 tỷ đồng. Rất may không có thiệt hại về người."),
 ("img", "Lực lượng dân quân xã giúp người dân thôn Phương Lang dọn bùn sau lũ."),
 ("p", "Ngay khi nước rút, UBND xã đã chỉ đạo triển khai ngay các việc sau:"),
 ("ul", ["Huy động lực lượng giúp nhân dân dọn bùn đất, vệ sinh nhà cửa, trường học, trạm y tế;",
         "Phun hóa chất khử khuẩn môi trường tại các thôn bị ngập sâu, phòng chống dịch bệnh sau lũ;",
         "Rà soát, thống kê thiệt hại, hỗ trợ kịp thời lương thực, nước uống cho các hộ bị ảnh hưởng;",
         "Khắc phục tạm thời các điểm sạt lở, bảo đảm giao thông thông suốt."]),
 ("p", "Trong hai ngày 27 và 28/10, xã đã tiếp nhận và phân phát 3,5 tấn gạo, 600 thùng mì tôm, 1.200 bình nước uống do các tổ chức, cá nhân hỗ trợ đến các hộ dân bị ảnh hưởng. Trạm Y tế xã cấp phát cloramin B và thuốc thiết yếu cho người dân vùng ngập."),
 ("p", "Ông Hồ Văn Sáu, Chủ tịch UBND xã Hải Định cho biết, trước dự báo có thể tiếp tục xuất hiện mưa lớn trong những ngày tới, xã yêu cầu các thôn không chủ quan, sẵn sàng phương án sơ tán, đặc biệt với người già, trẻ em, người khuyết tật; tuyệt đối không để người dân đi qua các ngầm tràn, khu vực nước chảy xiết."),
 ]),
dict(name="f08", platform="wordpress", tpl="wordpress", quirk="gallery",
 site=("Xã Kim Sơn", "tỉnh Lạng Sơn", "kimson.langson.gov.vn"),
 url="https://kimson.langson.gov.vn/2026/02/10/ron-rang-hoi-cho-xuan-que-huong-xa-kim-son/",
 title="Rộn ràng Hội chợ xuân quê hương xã Kim Sơn",
 pub="2026-02-10T19:02:11+07:00", author="Trần Quốc Việt",
 kicker="PHÓNG SỰ ẢNH",
 date_html='<span class="posted-on"><time class="entry-date published updated" datetime="2026-02-10T19:02:11+07:00">10/02/2026</time></span>',
 byline_html='<div class="photo-credit">Ảnh: Trần Quốc Việt</div>', byline_pos="top",
 target=58000,
 blocks=[
 ("lead", "Từ ngày 8 đến 10/2, tại sân vận động trung tâm, xã Kim Sơn tổ chức Hội chợ xuân quê hương năm 2026 với hơn 60 gian hàng nông sản, sản phẩm OCOP và nhiều hoạt động văn hóa, thể thao đặc sắc, thu hút hàng nghìn lượt người dân và du khách tham quan, mua sắm."),
 ("img", "Các đại biểu cắt băng khai mạc Hội chợ xuân quê hương xã Kim Sơn năm 2026."),
 ("img", "Gian hàng hồng vành khuyên, na dai và quýt vàng của Hợp tác xã Nông nghiệp Tân Thành thu hút đông khách tham quan."),
 ("img", "Sản phẩm miến dong, rượu men lá và mật ong rừng mang nhãn hiệu OCOP được người tiêu dùng ưa chuộng."),
 ("img", "Phụ nữ dân tộc Tày thôn Nà Lầu trình diễn cách làm bánh khảo, bánh trứng kiến, những loại bánh không thể thiếu trong mâm cỗ Tết của đồng bào."),
 ("img", "Đội văn nghệ quần chúng thôn Khuổi Phầy biểu diễn hát then, đàn tính chào mừng hội chợ."),
 ("img", None),
 ("img", "Trò chơi dân gian ném còn, kéo co, đẩy gậy thu hút đông đảo thanh niên các thôn tham gia tranh tài."),
 ("img", "Các em học sinh Trường Tiểu học và THCS Kim Sơn hào hứng trải nghiệm gói bánh chưng cùng ông bà, cha mẹ."),
 ("img", "Ông đồ Hoàng Văn Thiêm, 72 tuổi, cho chữ đầu xuân cho người dân và du khách."),
 ("img", "Đoàn viên thanh niên hướng dẫn khách tham quan quét mã QR để mua sản phẩm và thanh toán không dùng tiền mặt."),
 ("img", "Theo Ban Tổ chức, doanh thu của các gian hàng trong ba ngày hội chợ ước đạt hơn 1,2 tỷ đồng; nhiều hợp đồng tiêu thụ nông sản giữa hợp tác xã với các doanh nghiệp đã được ký kết."),
 ("p", "Hội chợ là dịp để xã quảng bá hình ảnh quê hương, con người Kim Sơn, giới thiệu các sản phẩm nông nghiệp đặc trưng của địa phương, đồng thời tạo không khí vui tươi, phấn khởi cho nhân dân các dân tộc trong xã trước thềm Xuân Bính Ngọ 2026."),
 ]),
dict(name="f09", platform="vnpt-eportal-liferay", tpl="vnpt", quirk="printdiv",
 site=("Xã Vạn An", "tỉnh Nghệ An", "vanan.nghean.gov.vn"),
 url="https://vanan.nghean.gov.vn/web/xa-van-an/giao-duc/-/asset_publisher/Qw7rTyUi/content/xa-van-an-tung-bung-khai-giang-nam-hoc-moi-2026-2027",
 title="Xã Vạn An tưng bừng khai giảng năm học mới 2026 - 2027",
 pub="2026-09-05T07:48:00+07:00", author="Nguyễn Thu Trang - Trường THCS Vạn An",
 date_html='<span class="date-publish">05/09/2026 07:48</span>',
 byline_html='<p class="author" style="text-align:right"><strong>Nguyễn Thu Trang - Trường THCS Vạn An</strong></p>', byline_pos="bottom",
 target=88000,
 blocks=[
 ("lead", "Sáng 5/9, cùng với hàng triệu học sinh cả nước, 5.860 học sinh của 11 trường mầm non, tiểu học và trung học cơ sở trên địa bàn xã Vạn An hân hoan bước vào năm học mới 2026 - 2027."),
 ("p", "Tại Trường THCS Vạn An, điểm khai giảng có sự tham dự của đồng chí Phan Văn Lực, Bí thư Đảng ủy xã. Năm học này, trường có 1.086 học sinh với 26 lớp, tăng 3 lớp so với năm học trước. Nhà trường vừa được đầu tư dãy phòng học bộ môn 3 tầng với 12 phòng, trang bị thiết bị dạy học hiện đại."),
 ("img", "Đồng chí Phan Văn Lực đánh trống khai giảng năm học mới tại Trường THCS Vạn An."),
 ("p", "Phát biểu tại lễ khai giảng, đồng chí Phan Văn Lực biểu dương những thành tích mà thầy và trò các nhà trường đạt được trong năm học 2025 - 2026, trong đó có 38 học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công lập đạt 86,4%. Đồng chí đề nghị ngành giáo dục xã tiếp tục đổi mới phương pháp dạy học, chú trọng giáo dục đạo đức, kỹ năng sống và ứng dụng công nghệ thông tin trong quản lý, giảng dạy."),
 ("p", "Nhân dịp năm học mới, Đảng ủy, HĐND, UBND xã và các doanh nghiệp trên địa bàn đã trao 150 suất học bổng, mỗi suất trị giá 1 triệu đồng, cùng 300 bộ sách giáo khoa cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."),
 ("p", "Cùng ngày, các trường trên địa bàn xã đồng loạt tổ chức lễ khai giảng trang trọng, ngắn gọn, kết hợp các hoạt động văn nghệ, trải nghiệm, tạo không khí vui tươi, phấn khởi cho học sinh trong ngày đầu năm học."),
 ("p", "Để chuẩn bị cho năm học mới, UBND xã đã chỉ đạo các trường sửa chữa cơ sở vật chất, bổ sung bàn ghế, bảo đảm đủ phòng học; phối hợp với Công an xã bố trí lực lượng phân luồng giao thông tại cổng trường vào giờ cao điểm; Trạm Y tế xã kiểm tra công tác vệ sinh an toàn thực phẩm tại các bếp ăn bán trú."),
 ]),
dict(name="f10", platform="cmc-portal", tpl="cmc", quirk="pdf",
 site=("Xã Thanh Lâm", "tỉnh Tuyên Quang", "thanhlam.tuyenquang.gov.vn"),
 url="https://thanhlam.tuyenquang.gov.vn/van-ban-thong-bao/ke-hoach-tuyen-sinh-nam-hoc-2026-2027-tren-dia-ban-xa-thanh-lam-c7d8e9.aspx",
 title="Kế hoạch tuyển sinh năm học 2026 - 2027 trên địa bàn xã Thanh Lâm",
 pub="2026-06-12T00:00:00+07:00", author="Văn phòng HĐND và UBND xã",
 date_html='<div class="meta"><span class="time">Ngày đăng: 12/06/2026</span></div>',
 byline_html='<p class="tacgia" style="text-align:right"><strong>Văn phòng HĐND và UBND xã</strong></p>', byline_pos="bottom",
 target=46000,
 blocks=[
 ("p", "Ngày 10/6/2026, UBND xã Thanh Lâm ban hành Kế hoạch số 118/KH-UBND về tuyển sinh vào lớp 1, lớp 6 và mầm non năm học 2026 - 2027 trên địa bàn xã. Kế hoạch nhằm bảo đảm huy động tối đa trẻ em trong độ tuổi ra lớp, thực hiện tuyển sinh đúng quy định, công khai, minh bạch, thuận lợi cho cha mẹ học sinh."),
 ("p", "Theo kế hoạch, toàn xã dự kiến tuyển mới 742 trẻ mầm non, 615 học sinh lớp 1 và 598 học sinh lớp 6. Các trường thực hiện tuyển sinh theo phương thức xét tuyển, theo địa bàn cư trú do UBND xã phân tuyến, trong đó trẻ thuộc thôn Đồng Tâm và thôn Yên Bình được lựa chọn đăng ký vào một trong hai trường tiểu học gần nhất."),
 ("p", "Thời gian đăng ký tuyển sinh trực tuyến từ ngày 1/7 đến hết ngày 15/7/2026 trên hệ thống tuyển sinh của tỉnh; cha mẹ học sinh không có điều kiện đăng ký trực tuyến có thể nộp hồ sơ trực tiếp tại trường từ ngày 10/7 đến ngày 17/7/2026. Danh sách trúng tuyển được công bố trước ngày 25/7/2026."),
 ("p", "UBND xã giao Phòng Văn hóa - Xã hội chủ trì hướng dẫn, kiểm tra công tác tuyển sinh; Công an xã phối hợp cung cấp thông tin cư trú của trẻ qua hệ thống cơ sở dữ liệu quốc gia về dân cư, hạn chế tối đa việc yêu cầu cha mẹ học sinh nộp giấy tờ bản giấy; các trường niêm yết công khai chỉ tiêu, địa bàn tuyển sinh và hồ sơ cần chuẩn bị."),
 ("p", "Toàn văn kế hoạch được đăng tải dưới đây. Cha mẹ học sinh cần giải đáp thắc mắc có thể liên hệ Phòng Văn hóa - Xã hội xã qua số điện thoại 0207.3862.415 trong giờ hành chính."),
 ("raw", "PDF"),
 ]),
dict(name="f11", platform="vnpt-eportal-liferay", tpl="vnpt", quirk="facebook",
 site=("Xã Thanh An", "tỉnh Điện Biên", "thanhan.dienbien.gov.vn"),
 url="https://thanhan.dienbien.gov.vn/web/xa-thanh-an/an-ninh-trat-tu/-/asset_publisher/Zx9cVbNm/content/cong-an-xa-thanh-an-ra-quan-tuan-tra-kiem-soat-ban-dem",
 title="Công an xã Thanh An ra quân tuần tra, kiểm soát ban đêm",
 pub="2026-05-23T21:30:00+07:00", author="Thượng úy Lò Văn Dũng - Công an xã Thanh An",
 date_html='<span class="date-publish">23/05/2026 - 21:30</span>',
 byline_html='<p class="author" style="text-align:right"><strong>Thượng úy Lò Văn Dũng - Công an xã Thanh An</strong></p>', byline_pos="bottom",
 target=64000,
 blocks=[
 ("p", "Thời gian gần đây, tình trạng thanh thiếu niên tụ tập, sử dụng xe mô tô chạy quá tốc độ, lạng lách, gây mất trật tự vào ban đêm có chiều hướng gia tăng trên tuyến quốc lộ 279 đoạn qua địa bàn. Trước tình hình đó, Công an xã Thanh An đã xây dựng kế hoạch, ra quân tuần tra, kiểm soát cao điểm từ ngày 15/5 đến 15/6/2026."),
 ("p", "Lực lượng tham gia gồm cán bộ, chiến sĩ Công an xã, dân quân và các thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở. Mỗi tối, các tổ công tác chia thành hai mũi, tuần tra lưu động từ 21 giờ đến 2 giờ sáng hôm sau tại các tuyến đường trọng điểm, khu vực cổng trường, quán karaoke, dịch vụ cầm đồ."),
 ("img", "Tổ công tác Công an xã Thanh An kiểm tra hành chính phương tiện trên quốc lộ 279."),
 ("p", "Sau một tuần triển khai, lực lượng chức năng đã phát hiện, lập biên bản 17 trường hợp vi phạm trật tự an toàn giao thông, tạm giữ 9 xe mô tô không có giấy tờ; giải tán 4 nhóm thanh thiếu niên tụ tập có biểu hiện gây rối. Đáng chú ý, tổ công tác đã phát hiện 2 đối tượng tàng trữ trái phép chất ma túy, bàn giao cho cơ quan có thẩm quyền xử lý theo quy định."),
 ("p", "Cùng với tuần tra, Công an xã đã mời 23 phụ huynh có con em vi phạm đến làm việc, ký cam kết quản lý, giáo dục con em; phối hợp với các trường học tuyên truyền về Luật Trật tự, an toàn giao thông đường bộ, tác hại của ma túy và các trò chơi nguy hiểm trên không gian mạng."),
 ("raw", "FB"),
 ("p", "Trung tá Vì Văn Hải, Trưởng Công an xã Thanh An cho biết, đơn vị sẽ duy trì tuần tra thường xuyên, đồng thời đề nghị người dân tiếp tục cung cấp thông tin về các hành vi vi phạm pháp luật qua số điện thoại trực ban 0215.3826.113 hoặc trang Facebook chính thức của Công an xã."),
 ]),
dict(name="f12", platform="viettel-portal", tpl="viettel", quirk="word",
 site=("Phường Tân An", "thành phố Cần Thơ", "tanan.cantho.gov.vn"),
 url="https://tanan.cantho.gov.vn/tin-tuc/y-te/phuong-tan-an-ra-quan-diet-lang-quang-phong-chong-sot-xuat-huyet-5177.html",
 title="Phường Tân An ra quân diệt lăng quăng, phòng chống sốt xuất huyết",
 pub="2025-09-24T00:00:00+07:00", author="Trạm Y tế phường Tân An",
 date_html='<span class="post-date"><i class="fa fa-calendar"></i> 24/9/2025</span>',
 byline_html='<div class="news-author">Trạm Y tế phường Tân An</div>', byline_pos="bottom",
 target=52000,
 blocks=[
 ("p", "Nhằm chủ động phòng, chống dịch bệnh sốt xuất huyết trong mùa mưa, từ ngày 20 đến 30/9/2025, Trạm Y tế phường Tân An phối hợp với các khu vực tổ chức chiến dịch vệ sinh môi trường, diệt lăng quăng, bọ gậy tại 100% hộ gia đình trên địa bàn."),
 ("p", "Theo số liệu của Trạm Y tế, từ đầu năm đến nay, phường ghi nhận 64 ca mắc sốt xuất huyết, tăng 21 ca so với cùng kỳ năm 2024; các ca bệnh tập trung chủ yếu ở khu vực 3, khu vực 5 và khu vực 7, nơi có mật độ dân cư đông, nhiều nhà trọ."),
 ("p", "Trong chiến dịch, các tổ công tác gồm nhân viên y tế, cộng tác viên dân số, đoàn viên thanh niên và hội viên phụ nữ đã đến từng nhà kiểm tra, hướng dẫn người dân:"),
 ("ul", ["Đậy kín các dụng cụ chứa nước, thay nước bình hoa, chậu cảnh ít nhất mỗi tuần một lần;",
         "Thu gom, tiêu hủy vật phế thải có thể đọng nước như chai lọ, vỏ xe, gáo dừa;",
         "Thả cá diệt lăng quăng vào bể chứa nước lớn;",
         "Ngủ màn kể cả ban ngày, đưa người bệnh đến cơ sở y tế khi có dấu hiệu sốt cao liên tục."]),
 ("p", "Sau 5 ngày ra quân, các tổ đã kiểm tra 4.216 hộ, thu gom hơn 6 tấn vật phế thải, phát 3.500 tờ rơi hướng dẫn phòng bệnh. Tại các khu vực có ổ dịch, Trạm Y tế phối hợp với Trung tâm Kiểm soát bệnh tật thành phố tổ chức phun hóa chất diệt muỗi trên diện rộng."),
 ("p", "Bác sĩ Huỳnh Thị Mỹ Linh, Trưởng Trạm Y tế phường cho biết, sốt xuất huyết hiện chưa có thuốc điều trị đặc hiệu, biện pháp phòng bệnh hiệu quả nhất vẫn là không để muỗi đẻ trứng, diệt lăng quăng, bọ gậy. Người dân không tự ý điều trị tại nhà, đặc biệt với trẻ em, phụ nữ mang thai và người có bệnh nền."),
 ]),
dict(name="f13", platform="joomla", tpl="joomla", quirk="broken",
 site=("Xã Tam Thanh", "tỉnh Quảng Ngãi", "tamthanh.quangngai.gov.vn"),
 url="https://tamthanh.quangngai.gov.vn/index.php/kinh-te/nong-nghiep/233-xa-tam-thanh-ra-mat-hop-tac-xa-nong-nghiep-huu-co",
 title="Xã Tam Thanh ra mắt Hợp tác xã Nông nghiệp hữu cơ",
 pub="2026-07-07T14:05:00+07:00", author="Phạm Minh Khôi, Phòng Kinh tế xã",
 date_html='<dd class="published">07-07-2026 14:05</dd><dd class="hits">Lượt xem: 142</dd>',
 byline_html='<p style="text-align: right;"><b>Phạm Minh Khôi</b><br><i>Phòng Kinh tế xã</i></p>', byline_pos="bottom",
 target=36000,
 blocks=[
 ("p", "Ngày 6/7, UBND xã Tam Thanh tổ chức lễ ra mắt Hợp tác xã Nông nghiệp hữu cơ Tam Thanh và khởi động vụ lúa hữu cơ đầu tiên trên cánh đồng thôn Trung An với diện tích 25 ha."),
 ("p", "Hợp tác xã có 42 thành viên sáng lập, vốn điều lệ 1,5 tỷ đồng, hoạt động trong lĩnh vực sản xuất lúa gạo hữu cơ, cung ứng vật tư nông nghiệp, dịch vụ làm đất và bao tiêu sản phẩm cho nông dân. Ông Võ Văn Tâm, nông dân sản xuất giỏi cấp tỉnh được bầu làm Giám đốc."),
 ("p", "Theo phương án sản xuất, hợp tác xã sử dụng giống lúa ST25 và một số giống lúa chất lượng cao, áp dụng quy trình canh tác không sử dụng phân bón hóa học, thuốc bảo vệ thực vật hóa học; sử dụng phân hữu cơ vi sinh và chế phẩm sinh học. Toàn bộ diện tích được gắn mã số vùng trồng, ghi nhật ký đồng ruộng điện tử để truy xuất nguồn gốc."),
 ("img", "Các đại biểu thực hiện nghi thức gieo sạ khởi động vụ lúa hữu cơ đầu tiên."),
 ("p", "Một doanh nghiệp chế biến lương thực tại tỉnh đã ký hợp đồng bao tiêu toàn bộ sản lượng với giá cao hơn lúa thường từ 15 - 20%. Dự kiến mỗi ha lúa hữu cơ cho lợi nhuận 35 - 40 triệu đồng/vụ, cao gấp đôi so với sản xuất truyền thống."),
 ("p", "Ông Nguyễn Tấn Phát, Chủ tịch UBND xã Tam Thanh cho biết, sau sắp xếp, xã có hơn 1.800 ha đất lúa, là lợi thế để hình thành vùng sản xuất hàng hóa tập trung. Việc ra mắt hợp tác xã là bước đi cụ thể để thực hiện Nghị quyết Đại hội Đảng bộ xã về phát triển nông nghiệp sinh thái, nâng cao thu nhập cho người dân."),
 ("p", "UBND xã sẽ hỗ trợ hợp tác xã trong việc xây dựng nhãn hiệu, tham gia chương trình OCOP và kết nối tiêu thụ qua các sàn thương mại điện tử; phấn đấu đến năm 2030 mở rộng diện tích lúa hữu cơ lên 150 ha."),
 ]),
dict(name="f14", platform="aspnet-district-template", tpl="district",
 site=("Xã Hòa Tiến", "thành phố Đà Nẵng", "hoatien.danang.gov.vn"),
 url="https://hoatien.danang.gov.vn/Default.aspx?tabid=118&ItemID=3305",
 title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã tháng 11/2026",
 pub="2026-10-30T00:00:00+07:00", author=None,
 date_html='<td class="ngaydang" align="left">Đăng ngày: 30/10/2026</td>',
 byline_html='', byline_pos="table",
 target=44000,
 blocks=[
 ("p", "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013; Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân;"),
 ("p", "Căn cứ Quy chế tiếp công dân của UBND xã Hòa Tiến ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 15 tháng 7 năm 2025,"),
 ("p", "UBND xã Hòa Tiến thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã trong tháng 11 năm 2026 như sau:"),
 ("table", [["Thời gian", "Người tiếp công dân", "Địa điểm"],
            ["Thứ Năm, ngày 05/11/2026", "Ông Lê Văn Thành, Chủ tịch UBND xã", "Trụ sở Tiếp công dân xã"],
            ["Thứ Năm, ngày 19/11/2026", "Ông Lê Văn Thành, Chủ tịch UBND xã", "Trụ sở Tiếp công dân xã"],
            ["Thứ Hai, ngày 23/11/2026", "Bà Đặng Thị Kim Oanh, Phó Chủ tịch UBND xã", "Nhà văn hóa thôn Phú Sơn"]]),
 ("p", "Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ. Trường hợp ngày tiếp công dân trùng với lịch công tác đột xuất, Chủ tịch UBND xã ủy quyền cho Phó Chủ tịch UBND xã tiếp thay và thông báo công khai tại trụ sở."),
 ("p", "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh phải xuất trình căn cước hoặc giấy tờ tùy thân khác; trường hợp được ủy quyền phải có giấy ủy quyền hợp lệ. Nhiều người cùng khiếu nại, tố cáo về một nội dung thì cử đại diện không quá 5 người để trình bày."),
 ("p", "Ngoài lịch tiếp định kỳ, Ban Tiếp công dân xã tiếp công dân thường xuyên vào tất cả các ngày làm việc trong tuần. Công dân có thể gửi phản ánh, kiến nghị qua Cổng Dịch vụ công quốc gia, đường dây nóng 0236.3845.210 hoặc hộp thư góp ý đặt tại Trung tâm Phục vụ hành chính công xã."),
 ("p", "Văn phòng HĐND và UBND xã có trách nhiệm chuẩn bị địa điểm, phối hợp với Công an xã bảo đảm an ninh, trật tự tại nơi tiếp công dân; các công chức chuyên môn theo lĩnh vực được phân công có mặt để tham mưu, trả lời công dân."),
 ("p", "UBND xã thông báo để Nhân dân trên địa bàn biết, thực hiện./."),
 ("sig", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Thành"]),
 ]),
dict(name="f15", platform="cmc-portal", tpl="cmc", quirk="entities",
 site=("Đặc khu Lý Sơn", "tỉnh Quảng Ngãi", "lyson.quangngai.gov.vn"),
 url="https://lyson.quangngai.gov.vn/tin-tuc-su-kien/dac-khu-ly-son-dien-tap-ung-pho-bao-manh-va-tim-kiem-cuu-nan-tren-bien-c4f5a6.aspx",
 title="Đặc khu Lý Sơn diễn tập ứng phó bão mạnh và tìm kiếm cứu nạn trên biển",
 pub="2025-08-30T17:12:00+07:00", author="Phạm Thị Hoa (Trung tâm Dịch vụ tổng hợp đặc khu)",
 date_html='<div class="meta"><span class="time">30/08/2025 17:12</span></div>',
 byline_html='<p class="tacgia" style="text-align:right"><strong>Tin, ảnh: Phạm Thị Hoa (Trung tâm Dịch vụ tổng hợp đặc khu)</strong></p>', byline_pos="bottom",
 target=57000,
 blocks=[
 ("lead", "Ngày 29/8, UBND đặc khu Lý Sơn tổ chức diễn tập phòng thủ dân sự ứng phó bão mạnh và tìm kiếm cứu nạn trên biển năm 2025 với sự tham gia của hơn 350 người thuộc các lực lượng trên địa bàn."),
 ("p", "Tình huống giả định, một cơn bão mạnh cấp 12, giật cấp 14 đi vào vùng biển Quảng Ngãi, tâm bão cách đặc khu Lý Sơn khoảng 150 km. Trên biển còn 37 tàu cá với 295 lao động đang hoạt động chưa vào nơi tránh trú; trên đảo có nhiều nhà dân không bảo đảm an toàn."),
 ("p", "Ngay khi nhận được tin bão, Ban Chỉ huy phòng thủ dân sự đặc khu đã họp khẩn, triển khai phương án ứng phó; thông báo, hướng dẫn tàu thuyền vào âu neo đậu; sơ tán 420 hộ với 1.380 nhân khẩu ở khu vực ven biển, nhà yếu đến các điểm an toàn tại trường học và trụ sở cơ quan."),
 ("p", "Ở phần diễn tập thực binh trên biển, lực lượng Đồn Biên phòng, dân quân tự vệ biển và các tổ đoàn kết ngư dân đã phối hợp cứu một tàu cá bị hỏng máy, trôi dạt; đưa 2 ngư dân bị thương vào bờ cấp cứu kịp thời. Trên đảo, các lực lượng chằng chống nhà cửa, khắc phục sự cố lưới điện, dập tắt đám cháy tại kho chứa hàng."),
 ("img", "Lực lượng dân quân tự vệ biển thực hành cứu nạn ngư dân gặp nạn trên biển."),
 ("p", "Phát biểu bế mạc, ông Đặng Văn Lâm, Chủ tịch UBND đặc khu đánh giá cuộc diễn tập diễn ra an toàn, đúng kịch bản, các lực lượng thể hiện tinh thần khẩn trương, phối hợp nhịp nhàng. Đây là cuộc diễn tập quy mô lớn đầu tiên kể từ khi đặc khu Lý Sơn chính thức đi vào hoạt động, giúp kiểm nghiệm phương án “bốn tại chỗ” trong điều kiện đảo xa đất liền, thường xuyên bị chia cắt khi có bão."),
 ("p", "Ông Lâm đề nghị các cơ quan, đơn vị rút kinh nghiệm, bổ sung phương án sát với thực tế; thường xuyên kiểm tra trang thiết bị, phương tiện cứu hộ, cứu nạn; tuyên truyền để ngư dân chấp hành nghiêm việc lắp đặt, duy trì thiết bị giám sát hành trình trên tàu cá."),
 ]),
dict(name="f16", platform="viettel-portal", tpl="viettel", quirk="nfd",
 site=("Phường Minh Xuân", "tỉnh Tuyên Quang", "minhxuan.tuyenquang.gov.vn"),
 url="https://minhxuan.tuyenquang.gov.vn/tin-tuc/van-hoa-the-thao/soi-noi-lien-hoan-van-nghe-quan-chung-phuong-minh-xuan-nam-2026-6034.html",
 title="Sôi nổi Liên hoan văn nghệ quần chúng phường Minh Xuân năm 2026",
 pub="2026-11-08T00:00:00+07:00", author=None,
 date_html='<span class="post-date"><i class="fa fa-calendar"></i> 08/11/2026</span>',
 byline_html='<p class="news-source" style="text-align:right"><em>(Theo Báo Tuyên Quang)</em></p>', byline_pos="bottom",
 target=45000,
 blocks=[
 ("lead", "Tối 7/11, phường Minh Xuân tổ chức Liên hoan văn nghệ quần chúng chào mừng Ngày hội Đại đoàn kết toàn dân tộc năm 2026 với sự tham gia của 18 đội văn nghệ đến từ các tổ dân phố trên địa bàn."),
 ("p", "Liên hoan năm nay có chủ đề “Minh Xuân - đoàn kết, văn minh, phát triển”, gồm 54 tiết mục đa dạng về thể loại như hát, múa, hát then, đàn tính, kịch ngắn và hát dân ca. Nhiều tiết mục được các đội tự dàn dựng, ca ngợi Đảng, Bác Hồ, quê hương Tuyên Quang và những đổi thay của phường sau sắp xếp."),
 ("p", "Điểm nhấn của liên hoan là các tiết mục do người cao tuổi và thiếu nhi cùng biểu diễn, thể hiện sự gắn kết giữa các thế hệ. Tổ dân phố Tân Hà mang đến tiết mục múa “Xòe hoa” với 24 diễn viên từ 8 đến 70 tuổi, nhận được tràng pháo tay nhiệt liệt của khán giả."),
 ("img", "Tiết mục múa “Xòe hoa” của đội văn nghệ tổ dân phố Tân Hà."),
 ("p", "Bà Ma Thị Nguyệt, thành viên đội văn nghệ tổ dân phố 12 chia sẻ: “Chúng tôi tập luyện gần một tháng, buổi tối sau khi xong việc nhà. Vui nhất là các cháu nhỏ cũng tham gia, nhờ đó các cháu hiểu thêm về làn điệu then, đàn tính của dân tộc mình”."),
 ("p", "Kết thúc liên hoan, Ban Tổ chức đã trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 6 giải Khuyến khích cho các đội có tiết mục xuất sắc. Giải Nhất toàn đoàn thuộc về đội văn nghệ tổ dân phố Tân Hà và tổ dân phố 7."),
 ("p", "Theo lãnh đạo UBND phường, liên hoan là hoạt động thiết thực nhằm đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, phát hiện, bồi dưỡng những hạt nhân văn nghệ ở cơ sở, đồng thời tạo sân chơi lành mạnh, bổ ích cho nhân dân."),
 ]),
dict(name="f17", platform="wordpress", tpl="wordpress", quirk="jsonld-only",
 site=("Phường Hiệp Bình", "Thành phố Hồ Chí Minh", "hiepbinh.hochiminhcity.gov.vn"),
 url="https://hiepbinh.hochiminhcity.gov.vn/an-sinh-xa-hoi/phuong-hiep-binh-chi-tra-tro-cap-xa-hoi-qua-tai-khoan/",
 title="Phường Hiệp Bình chi trả trợ cấp xã hội qua tài khoản cho hơn 2.100 người",
 pub="2026-08-14T09:45:30+07:00", author="Lê Minh Châu, Đào Hải Yến",
 date_html='',
 byline_html='<p class="byline-names" style="text-align: right;"><strong>Lê Minh Châu</strong><br /><strong>Đào Hải Yến</strong></p>', byline_pos="bottom",
 target=67000,
 blocks=[
 ("lead", "Từ tháng 8/2026, 100% đối tượng bảo trợ xã hội và người có công trên địa bàn phường Hiệp Bình được nhận trợ cấp hằng tháng qua tài khoản ngân hàng, thay cho hình thức nhận tiền mặt trước đây."),
 ("p", "Theo Phòng Văn hóa - Xã hội phường, hiện toàn phường có 2.146 người đang hưởng chính sách trợ cấp, phụ cấp hằng tháng, gồm người cao tuổi, người khuyết tật, trẻ em mồ côi và người có công với cách mạng. Tổng kinh phí chi trả mỗi tháng khoảng 1,9 tỷ đồng."),
 ("p", "Để chuyển đổi hình thức chi trả, từ tháng 5/2026, phường đã phối hợp với các ngân hàng và Bưu điện tổ chức mở tài khoản miễn phí ngay tại khu phố. Với người cao tuổi yếu, người khuyết tật nặng không thể di chuyển, tổ công tác đến tận nhà hỗ trợ mở tài khoản, hướng dẫn cách kiểm tra số dư và rút tiền."),
 ("p", "Bà Nguyễn Thị Sáu, 81 tuổi, khu phố 14 cho biết: “Trước đây đến kỳ lãnh tiền phải chờ cả buổi ở nhà văn hóa. Nay con cháu cài ứng dụng, tiền về tài khoản là điện thoại báo ngay, tôi thấy tiện mà an toàn hơn”."),
 ("img", "Tổ công tác hỗ trợ người cao tuổi mở tài khoản ngân hàng tại khu phố 14."),
 ("p", "Việc chi trả không dùng tiền mặt giúp rút ngắn thời gian, bảo đảm tiền trợ cấp đến đúng người, đủ số lượng và kịp thời; đồng thời giảm áp lực cho cán bộ khu phố trong các đợt chi trả, hạn chế rủi ro khi vận chuyển, quản lý tiền mặt."),
 ("p", "Thời gian tới, phường tiếp tục phối hợp với Công an phường làm sạch dữ liệu người hưởng chính sách, kết nối với cơ sở dữ liệu quốc gia về dân cư; rà soát, cập nhật kịp thời các trường hợp tăng, giảm đối tượng, không để xảy ra sai sót, trùng lặp trong chi trả."),
 ]),
dict(name="f18", platform="custom-php-bootstrap", tpl="custom", quirk="meta-only",
 site=("Xã Tân Hiệp", "tỉnh Tây Ninh", "tanhiep.tayninh.gov.vn"),
 url="https://tanhiep.tayninh.gov.vn/bai-viet/dang-uy-xa-tan-hiep-trao-huy-hieu-dang-dot-7-11-2025.html",
 title="Đảng ủy xã Tân Hiệp trao Huy hiệu Đảng đợt 7/11",
 pub="2025-11-05T08:00:00+07:00", author="Ban Xây dựng Đảng Đảng ủy xã",
 meta_extra='<meta property="article:published_time" content="2025-11-05T08:00:00+07:00">',
 date_html='',
 byline_html='<div class="post-author text-end fw-bold">Ban Xây dựng Đảng Đảng ủy xã</div>', byline_pos="bottom",
 target=31000,
 blocks=[
 ("p", "Sáng 4/11, Đảng ủy xã Tân Hiệp tổ chức lễ trao Huy hiệu Đảng đợt 7/11 cho 21 đảng viên lão thành, trong đó có 1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, 3 đảng viên nhận Huy hiệu 60 năm, 5 đảng viên nhận Huy hiệu 50 năm, 5 đảng viên nhận Huy hiệu 45 năm, 4 đảng viên nhận Huy hiệu 40 năm và 3 đảng viên nhận Huy hiệu 30 năm tuổi Đảng."),
 ("p", "Phát biểu tại buổi lễ, đồng chí Trương Thị Mỹ Dung, Bí thư Đảng ủy xã bày tỏ niềm vinh dự, tự hào và gửi lời chúc mừng đến các đồng chí đảng viên được nhận Huy hiệu Đảng. Đồng chí nhấn mạnh, các đảng viên lão thành là những tấm gương sáng về lòng trung thành, bản lĩnh chính trị, đã cống hiến trọn đời cho sự nghiệp cách mạng của Đảng và dân tộc."),
 ("p", "Dù tuổi cao, sức yếu, nhiều đồng chí vẫn tích cực tham gia sinh hoạt chi bộ, đóng góp ý kiến xây dựng Đảng, chính quyền; làm nòng cốt trong công tác hòa giải ở cơ sở, vận động nhân dân hiến đất làm đường, giữ gìn an ninh, trật tự ở khu dân cư."),
 ("img", "Đồng chí Trương Thị Mỹ Dung trao Huy hiệu 75 năm tuổi Đảng cho đồng chí Nguyễn Văn Mười."),
 ("p", "Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Nguyễn Văn Mười, 96 tuổi, xúc động bày tỏ niềm vui và cảm ơn sự quan tâm của cấp ủy các cấp. Đồng chí hứa sẽ tiếp tục giữ gìn phẩm chất người đảng viên, giáo dục con cháu sống có trách nhiệm, góp phần xây dựng quê hương Tân Hiệp ngày càng giàu đẹp."),
 ("p", "Dịp này, Đảng ủy xã cũng trao quyết định kết nạp đảng cho 4 quần chúng ưu tú là đoàn viên thanh niên, dân quân và người lao động tại các doanh nghiệp trên địa bàn. Từ đầu năm 2025 đến nay, Đảng bộ xã, tính cả các đảng bộ xã trước sắp xếp, đã kết nạp 37 đảng viên mới, đạt 106% chỉ tiêu năm."),
 ]),
dict(name="f19", platform="aspnet-district-template", tpl="district", charset=None,
 site=("Xã Hạnh Phúc", "tỉnh Cao Bằng", "hanhphuc.caobang.gov.vn"),
 url="https://hanhphuc.caobang.gov.vn/Default.aspx?tabid=105&ItemID=1876",
 title="Xã Hạnh Phúc triển khai tiêm phòng đợt 2 năm 2026 cho đàn gia súc, gia cầm",
 pub="2026-11-20T11:20:00+07:00", author="Trung tâm Dịch vụ tổng hợp xã",
 date_html='<td class="ngaydang" align="left">Ngày cập nhật: 11:20 20/11/2026</td>',
 byline_html='<td class="tacgia" align="right"><b>Trung tâm Dịch vụ tổng hợp xã</b></td>', byline_pos="table",
 target=160000,
 blocks=[
 ("p", "Từ ngày 10/11 đến 10/12/2026, Trung tâm Dịch vụ tổng hợp xã Hạnh Phúc phối hợp với các thôn tổ chức tiêm phòng đợt 2 năm 2026 cho đàn gia súc, gia cầm trên địa bàn, tập trung vào các bệnh lở mồm long móng, viêm da nổi cục, tụ huyết trùng trâu bò và dịch tả lợn."),
 ("p", "Theo kế hoạch, đợt này xã tiêm phòng cho khoảng 4.300 con trâu, bò, 9.600 con lợn và 18.000 con gia cầm. Vắc xin lở mồm long móng và viêm da nổi cục được tỉnh hỗ trợ miễn phí; các loại vắc xin khác người chăn nuôi tự chi trả theo giá quy định."),
 ("p", "Để bảo đảm tiến độ, xã thành lập 8 tổ tiêm phòng gồm nhân viên thú y của Trung tâm và các cộng tác viên thú y thôn. Các tổ chia nhau bám địa bàn, tiêm vào buổi sáng sớm và chiều muộn, khi bà con chưa thả gia súc lên đồi. Trưởng thôn thông báo lịch tiêm trên loa truyền thanh và nhóm Zalo của thôn trước ít nhất hai ngày."),
 ("img", "Nhân viên thú y tiêm phòng cho đàn bò của gia đình ông Nông Văn Khoa, thôn Nà Sliến."),
 ("p", "Sau 10 ngày triển khai, toàn xã đã tiêm được 2.870 con trâu, bò, đạt 67% kế hoạch; 5.140 con lợn, đạt 54% kế hoạch. Một số thôn vùng cao như Lũng Mười, Nà Sliến đạt tỷ lệ thấp do địa hình chia cắt, nhiều hộ thả rông gia súc trong rừng."),
 ("p", "Ông Nông Văn Quý, Giám đốc Trung tâm Dịch vụ tổng hợp xã cho biết, thời tiết chuyển lạnh là điều kiện thuận lợi cho dịch bệnh phát sinh. Trung tâm đề nghị người chăn nuôi chủ động nhốt gia súc đúng lịch tiêm, chuẩn bị chuồng trại ấm áp, dự trữ thức ăn cho mùa đông, không mua bán, vận chuyển gia súc không rõ nguồn gốc."),
 ("p", "Các trường hợp phát hiện gia súc, gia cầm ốm, chết bất thường cần báo ngay cho trưởng thôn hoặc Trung tâm qua số điện thoại 0206.3826.358 để được hướng dẫn xử lý, tuyệt đối không giết mổ, vứt xác gia súc bệnh ra môi trường."),
 ]),
dict(name="f20", platform="joomla", tpl="joomla", quirk="labelled-box",
 site=("Xã Vĩnh Thạnh", "thành phố Cần Thơ", "vinhthanh.cantho.gov.vn"),
 url="https://vinhthanh.cantho.gov.vn/index.php/mat-tran-doan-the/518-ap-thanh-phu-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2026",
 title="Ấp Thạnh Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
 pub="2026-11-19T16:45:00+07:00", author="Bích Ngọc, Văn Toàn",
 date_html='<table class="info-box"><tr><td class="lbl">Ngày xuất bản:</td><td>19/11/2026 16:45</td></tr><tr><td class="lbl">Người đăng:</td><td>bbt_vinhthanh</td></tr><tr><td class="lbl">Lượt xem:</td><td>245</td></tr></table>',
 byline_html='<p class="tacgia"><strong>Tin: Bích Ngọc - Ảnh: Văn Toàn</strong></p>', byline_pos="top",
 target=43000,
 blocks=[
 ("lead", "Ngày 18/11, tại ấp Thạnh Phú, xã Vĩnh Thạnh tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2026)."),
 ("p", "Dự ngày hội có đồng chí Huỳnh Văn Hậu, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã cùng đông đảo bà con nhân dân ấp Thạnh Phú."),
 ("p", "Năm 2026, Ban Công tác Mặt trận ấp Thạnh Phú đã phối hợp với các chi hội đoàn thể vận động nhân dân thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Bà con đã đóng góp hơn 420 triệu đồng và 1.600 ngày công để nâng cấp 2,3 km đường giao thông nông thôn, lắp đặt 85 bóng đèn chiếu sáng, trồng 1.200 m hàng rào cây xanh. Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” đạt 96,8%."),
 ("p", "Ấp cũng đã xây mới 2 căn nhà Đại đoàn kết, sửa chữa 3 căn nhà cho hộ nghèo; trao 150 phần quà cho hộ có hoàn cảnh khó khăn, học sinh nghèo vượt khó. Tình hình an ninh, trật tự được giữ vững, không có khiếu kiện vượt cấp."),
 ("img", "Đồng chí Huỳnh Văn Hậu trao quà cho các hộ gia đình có hoàn cảnh khó khăn."),
 ("p", "Phát biểu tại ngày hội, đồng chí Huỳnh Văn Hậu ghi nhận, biểu dương những kết quả mà nhân dân ấp Thạnh Phú đạt được; đề nghị Ban Công tác Mặt trận ấp tiếp tục phát huy vai trò nòng cốt, tập hợp, đoàn kết các tầng lớp nhân dân, kịp thời nắm bắt tâm tư, nguyện vọng của bà con để phản ánh với cấp ủy, chính quyền."),
 ("p", "Dịp này, Ủy ban MTTQ Việt Nam xã đã tặng giấy khen cho 5 hộ gia đình tiêu biểu trong phong trào thi đua; trao 50 phần quà, mỗi phần trị giá 500.000 đồng cho các hộ gia đình chính sách, hộ nghèo trong ấp. Sau phần lễ, bà con cùng tham gia các trò chơi dân gian, liên hoan văn nghệ và bữa cơm đoàn kết ấm áp tình làng nghĩa xóm."),
 ]),
]


# --------------------------------------------------------------------------- templates
def tx(a, s):
    return unicodedata.normalize("NFD", s) if a.get("quirk") == "nfd" else s


def body_html(a, rng, imgstyle="figure", hstyle="h3"):
    q = a.get("quirk")
    if q == "word":
        return render_word(a, rng)
    if q == "broken":
        return render_broken(a, rng)
    return tx(a, render(a, rng, "wp" if q == "gallery" else imgstyle, hstyle))


def views(rng):
    return "{:,}".format(rng.randrange(87, 4800)).replace(",", ".")


def counter_box(rng):
    total = rng.randrange(180000, 2900000)
    return ('<div class="counter"><h4>Thống kê truy cập</h4><ul><li>Đang truy cập: %d</li><li>Hôm nay: %d</li>'
            '<li>Tháng hiện tại: %d</li><li>Tổng lượt truy cập: %s</li></ul></div>') % (
        rng.randrange(5, 90), rng.randrange(100, 2000), rng.randrange(5000, 40000), "{:,}".format(total).replace(",", "."))


def links_box(rng):
    opts = ["Cổng Dịch vụ công quốc gia", "Cổng thông tin điện tử Chính phủ", "Hệ thống thông tin giải quyết TTHC tỉnh",
            "Báo Nhân Dân", "Báo điện tử Đảng Cộng sản Việt Nam", "Cổng thông tin điện tử tỉnh", "Cơ sở dữ liệu quốc gia về văn bản pháp luật"]
    rng.shuffle(opts)
    return '<div class="weblink"><h4>Liên kết website</h4><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>%s</select></div>' % "".join(
        '<option value="https://%s.gov.vn">%s</option>' % (slug(o)[:12], esc(o)) for o in opts)


def head_common(a, title_suffix, charset_meta):
    unit, prov, dom, kind, short = site_names(a)
    h = ['<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % charset_meta,
         "<title>%s - %s</title>" % (esc(a["title"]), esc(title_suffix)),
         '<meta name="viewport" content="width=device-width, initial-scale=1" />',
         '<meta name="author" content="UBND %s %s" />' % (kind, esc(short)),
         '<meta property="og:title" content="%s" />' % attr(a["title"]),
         '<meta property="og:url" content="%s" />' % attr(a["url"]),
         '<meta property="og:type" content="article" />']
    if a.get("meta_extra"):
        h.append(a["meta_extra"])
    return "\n".join(h)


def charset_of(a):
    c = a.get("charset", "utf-8")
    return {"utf-8": "utf-8", None: "utf-8", "windows-1258": "windows-1258"}[c]


def tpl_vnpt(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    inst = b64blob(rng, 12).replace("+", "a").replace("/", "b")
    lead = lead_of(a)
    art = ['<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="#">Tin tức - Sự kiện</a></div>',
           '<div class="asset-full-content">', '<h1 class="title-news">%s</h1>' % esc(a["title"]),
           '<div class="news-info">%s <span class="views">Lượt xem: %s</span></div>' % (a["date_html"], views(rng))]
    if lead:
        art.append('<div class="sapo"><strong>%s</strong></div>' % esc(lead))
    art.append('<div class="journal-content-article" id="article_%d">\n%s\n</div>' % (rng.randrange(10 ** 6, 10 ** 7), body_html(a, rng)))
    art.append(a["byline_html"])
    art.append('<div class="taglib-social-bookmarks"><a href="#" onclick="window.print()">In bài viết</a> | <a href="#">Gửi email</a> | <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ Facebook</a> | <a href="#">Zalo</a></div>' % attr(a["url"]))
    art.append('<div class="taglib-ratings"><span>Đánh giá bài viết:</span> <span class="stars">☆☆☆☆☆</span> <span>(0 phiếu)</span></div>')
    if a.get("quirk") == "printdiv":
        art.append(print_div(a))
    art.append("</div>")
    others = '<div class="other-news"><h3>Các tin khác</h3>%s</div>' % related(rng, rng.randrange(6, 11), "%d/%m/%Y", cls="list-other")
    return """<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
%s
<link href="/o/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;t=%d" rel="stylesheet" type="text/css" />
<script type="text/javascript">var themeDisplay=Liferay.ThemeDisplay={getCompanyId:function(){return"%d"},getScopeGroupId:function(){return"%d"},getLanguageId:function(){return"vi_VN"},isSignedIn:function(){return false}};</script>
<!--PAD-->
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Chuyển tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="today">Chủ nhật, ngày 22/11/2026</span> <a class="login" href="/c/portal/login">Đăng nhập</a></div>
<div class="logo"><a href="/web/%s"><img src="/o/vnpt-portal-theme/images/quoc-huy.png" alt="Quốc huy" /></a>
<div class="site-title"><p class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</p><p class="line2">%s</p><p class="line3">%s</p></div></div>
</header>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
%s
</nav>
<section id="content"><div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<section class="portlet" id="portlet_101_INSTANCE_%s"><div class="portlet-content"><div class="portlet-body">
%s
%s
</div></div></section>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<section class="portlet" id="portlet_56_INSTANCE_%s"><div class="portlet-body"><h3 class="portlet-title">Tin mới nhất</h3>%s</div></section>
<section class="portlet" id="portlet_vnptlinks_WAR_vnptportlet"><div class="portlet-body">%s</div></section>
<section class="portlet" id="portlet_vnptcounter_WAR_vnptportlet"><div class="portlet-body">%s</div></section>
</div></div></div></section>
<footer id="footer" role="contentinfo">
%s
<p class="powered">Thiết kế và phát triển bởi VNPT</p>
</footer>
</div>
<script src="/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>
<script type="text/javascript">Liferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_101_INSTANCE_%s_",portletId:"101_INSTANCE_%s",refreshURL:"/c/portal/render_portlet?p_l_id=%d"});</script>
</body>
</html>
""" % (head_common(a, "Cổng thông tin điện tử " + unit, "UTF-8"), rng.randrange(10 ** 12, 10 ** 13), rng.randrange(10000, 99999),
       rng.randrange(10000, 99999), slug(unit), esc(unit.upper()), esc(prov.upper()), nav(rng, "nav"), inst,
       "\n".join(art), others, b64blob(rng, 12).replace("/", "x"), related(rng, 6, "%d/%m/%Y"), links_box(rng),
       counter_box(rng), footer(a, rng), inst, inst, rng.randrange(10000, 99999))


def tpl_viettel(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    lead = lead_of(a)
    art = ['<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="#">Tin tức</a></li><li class="active">Chi tiết</li></ol>',
           '<div class="news-detail">', '<h1 class="title-detail">%s</h1>' % esc(a["title"]),
           '<div class="news-meta">%s <span class="view"><i class="fa fa-eye"></i> %s lượt xem</span> <a class="print" href="javascript:window.print()"><i class="fa fa-print"></i> In</a></div>' % (a["date_html"], views(rng))]
    if lead:
        art.append('<div class="news-sapo">%s</div>' % esc(tx(a, lead)))
    art.append('<div class="news-content">\n%s\n</div>' % body_html(a, rng, "table", "p"))
    art.append(tx(a, a["byline_html"]))
    art.append('<div class="share-box"><span>Chia sẻ:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="#" class="copy">Sao chép liên kết</a></div>')
    art.append('<div class="related"><h3 class="box-title">Tin liên quan</h3>%s</div></div>' % related(rng, rng.randrange(4, 8), "%d/%m/%Y %H:%M"))
    return """<!DOCTYPE html>
<html lang="vi">
<head>
%s
<link rel="stylesheet" href="/Content/bootstrap.min.css?v=3.4.1" />
<link rel="stylesheet" href="/Content/portal.viettel.css?v=%d" />
<style>%s</style>
<!--PAD-->
</head>
<body>
<div class="header">
<div class="header-top"><div class="container"><span class="date-now">Chủ Nhật, 22/11/2026</span><form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..." /></form></div></div>
<div class="banner"><div class="container"><img src="/Content/images/logo.png" alt="logo" /><div class="banner-text"><span class="t1">ỦY BAN NHÂN DÂN %s</span><span class="t2">%s</span></div></div></div>
<div class="main-menu"><div class="container">%s</div></div>
</div>
<div class="container main"><div class="row">
<div class="col-md-8">
%s
</div>
<div class="col-md-4 sidebar">
<div class="box"><h3 class="box-title">Tin nổi bật</h3>%s</div>
<div class="box banner-right"><a href="https://dichvucong.gov.vn"><img src="/Content/images/dvc.png" alt="Dịch vụ công" /></a></div>
%s
%s
</div></div></div>
<div class="footer"><div class="container">%s</div><div class="copyright">Bản quyền thuộc UBND %s %s. Phát triển bởi Viettel.</div></div>
<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/portal.js?v=%d"></script>
</body>
</html>
""" % (head_common(a, "Cổng thông tin điện tử " + unit, "utf-8"), rng.randrange(100, 999), css_blob(rng, rng.randrange(2000, 6000)),
       esc(unit.upper()), esc(prov.upper()), nav(rng), "\n".join(art), related(rng, 6, "%d/%m/%Y"), links_box(rng),
       counter_box(rng), footer(a, rng, "footer-info"), kind, esc(short), rng.randrange(100, 999))


def tpl_cmc(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    lead = lead_of(a)
    art = ['<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Tin tức - Sự kiện</a></div>',
           '<div class="detail">', '<h1 class="detail-title">%s</h1>' % esc(a["title"]), a["date_html"]]
    if a["byline_pos"] == "top":
        art.append(a["byline_html"])
    if lead:
        art.append('<p class="summary"><b>%s</b></p>' % esc(lead))
    art.append('<div class="detail-content" id="ctl00_ContentPlaceHolder1_divContent">\n%s\n</div>' % body_html(a, rng, "pcenter", "p"))
    if a["byline_pos"] == "bottom":
        art.append(a["byline_html"])
    art.append('<div class="tools"><a href="javascript:window.print()">[In trang]</a> <a href="#">[Gửi email]</a> <a href="javascript:history.back()">[Quay lại]</a> <span>Số lượt xem: %s</span></div>' % views(rng))
    art.append('<div class="other"><h3>Các tin khác</h3>%s</div></div>' % related(rng, rng.randrange(5, 10), "(%d/%m/%Y)"))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
%s
<link href="/Portals/CMC/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form method="post" action="./%s" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="<!--PAD-->" />
</div>
<div id="header"><div class="hdate">Hôm nay: Chủ nhật, 22-11-2026</div><div class="logo"><span>CỔNG THÔNG TIN ĐIỆN TỬ %s - %s</span></div></div>
<div id="menu">%s</div>
<div id="main"><div class="left">
%s
</div>
<div class="right"><div class="box"><div class="box-title">Thông báo</div>%s</div>%s%s</div></div>
<div id="footer">%s<p>Giải pháp cổng thông tin: CMC TS</p></div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%08X" />
</form>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['form1'];function __doPostBack(eventTarget, eventArgument){if(!theForm.onsubmit||(theForm.onsubmit()!=false)){theForm.__EVENTTARGET.value=eventTarget;theForm.submit();}}
//]]></script>
</body>
</html>
""" % (head_common(a, "Cổng TTĐT " + unit, "utf-8"), a["url"].rsplit("/", 1)[1], esc(unit.upper()), esc(prov.upper()), nav(rng, "mnu"),
       "\n".join(art), related(rng, 5, "%d/%m/%Y", cls="tb"), links_box(rng), counter_box(rng), footer(a, rng),
       rng.randrange(1 << 32))


def tpl_wordpress(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    lead = lead_of(a)
    pid = rng.randrange(1000, 9999)
    jsonld = ""
    if a.get("quirk") == "jsonld-only":
        jsonld = '<script type="application/ld+json">%s</script>' % json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "mainEntityOfPage": a["url"],
            "datePublished": a["pub"], "dateModified": a["pub"][:11] + "16:02:19+07:00",
            "publisher": {"@type": "GovernmentOrganization", "name": "UBND " + unit.lower().replace(short.lower(), short)}},
            ensure_ascii=False)
    art = ['<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">' % (pid, pid),
           '<header class="entry-header">']
    if a.get("kicker"):
        art.append('<span class="cat-label">%s</span>' % esc(a["kicker"]))
    art.append('<h1 class="entry-title">%s</h1>' % esc(a["title"]))
    art.append('<div class="entry-meta">%s <span class="post-views">%s lượt xem</span></div>' % (a["date_html"], views(rng)))
    if a["byline_pos"] == "top":
        art.append(a["byline_html"])
    art.append("</header>")
    content = body_html(a, rng, "wp", "h3")
    if lead:
        content = '<p class="sapo"><strong>%s</strong></p>\n' % esc(lead) + content
    art.append('<div class="entry-content">\n%s\n%s\n<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Zalo</a></li><li><a href="#">In</a></li></ul></div>\n</div>' % (
        content, a["byline_html"] if a["byline_pos"] == "bottom" else ""))
    art.append('<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="#">Tin tức</a></span> <span class="tags-links">Thẻ: <a href="#">%s</a></span></footer></article>' % esc(short))
    art.append('<section class="related-posts"><h3>Bài viết liên quan</h3>%s</section>' % related(rng, rng.randrange(3, 7), "%d/%m/%Y", wrap="div"))
    art.append('<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="Phản hồi" /></p></form></div></div>')
    return """<!DOCTYPE html>
<html lang="vi">
<head>
%s
<link rel="https://api.w.org/" href="https://%s/wp-json/" />
<link rel="alternate" type="application/json" href="https://%s/wp-json/wp/v2/posts/%d" />
<meta name="generator" content="WordPress 6.%d" />
%s
<script type="text/javascript">window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":"https:\\/\\/%s\\/wp-includes\\/js\\/wp-emoji-release.min.js"}};</script>
<style id="global-styles-inline-css">%s</style>
<!--PAD-->
</head>
<body class="post-template-default single single-post postid-%d single-format-standard">
<div id="page" class="site">
<div class="topbar"><span class="topbar-date">Chủ nhật, 22 Tháng 11, 2026</span></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">%s</a></p><p class="site-description">Trang thông tin điện tử %s</p></div>
<nav id="site-navigation" class="main-navigation">%s</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
%s
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>%s</section>
<section class="widget">%s</section><section class="widget">%s</section></aside></div>
<footer id="colophon" class="site-footer">%s<div class="site-info">Thiết kế website: Công ty TNHH Giải pháp số %s</div></footer>
</div>
<script src="https://%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</body>
</html>
""" % (head_common(a, unit, "UTF-8"), a["site"][2], a["site"][2], pid, rng.randrange(3, 8), jsonld, a["site"][2],
       css_blob(rng, rng.randrange(6000, 14000)), pid, esc(unit.upper()), esc(unit.lower().replace(short.lower(), short)),
       nav(rng, "menu nav-menu"), "\n".join(art), related(rng, 5, "%d/%m/%Y"), links_box(rng), counter_box(rng),
       footer(a, rng, "footer-widgets"), rng.choice(["Sao Việt", "Hồng Phát", "Nam Á", "An Khang"]), a["site"][2])


def tpl_joomla(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    lead = lead_of(a)
    art = ['<div class="item-page" itemscope itemtype="https://schema.org/Article">',
           '<div class="page-header"><h2 itemprop="headline">%s</h2></div>' % esc(a["title"])]
    if a.get("quirk") == "labelled-box":
        art.append(a["date_html"])
    else:
        art.append('<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>%s</dl>' % a["date_html"])
    art.append('<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">In</a></li><li class="email-icon"><a href="#">E-mail</a></li></ul></div>')
    if a["byline_pos"] == "top":
        art.append(a["byline_html"])
    inner = body_html(a, rng, "table", "p")
    if lead:
        inner = "<p><strong>%s</strong></p>\n" % esc(lead) + inner
    art.append('<div itemprop="articleBody">\n%s\n%s\n</div>' % (inner, a["byline_html"] if a["byline_pos"] == "bottom" else ""))
    art.append('<div class="content_rating"><span>Đánh giá: </span><img src="/media/system/images/rating_star_blank.png" alt="" /> / 5 (%d phiếu)</div>' % rng.randrange(0, 9))
    art.append('<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp &gt;</a></li></ul>')
    art.append('<div class="relateditems"><h3>Các tin khác</h3>%s</div></div>' % related(rng, rng.randrange(5, 9), "%d-%m-%Y"))
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<base href="%s" />
%s
<meta name="generator" content="Joomla! - Open Source Content Management" />
<link href="/templates/protostar/css/template.css?%s" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?%s"></script>
<!--PAD-->
</head>
<body class="site com_content view-article no-layout no-task itemid-%d">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/banner-xa.jpg" alt="%s" /></a>
<div class="header-search pull-right"><span class="ngay">Chủ nhật, 22 Tháng 11 2026</span><form action="/index.php/component/search/" method="post"><input name="searchword" type="search" placeholder="Tìm kiếm ..." /></form></div></div></header>
<nav class="navigation" role="navigation">%s</nav>
<div class="moduletable"><ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="#" class="pathway">Tin tức</a></li></ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
%s
</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Tin mới</h3>%s</div><div class="moduletable">%s</div><div class="moduletable">%s</div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container">%s<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body>
</html>
""" % (a["url"], head_common(a, unit, "utf-8"), b64blob(rng, 32).replace("/", "a").replace("+", "b")[:32],
       b64blob(rng, 32).replace("/", "c").replace("+", "d")[:32], rng.randrange(100, 999), esc(unit), nav(rng, "nav menu"),
       "\n".join(art), related(rng, 6, "%d/%m/%Y"), links_box(rng), counter_box(rng), footer(a, rng, "footer-info"))


def tpl_nukeviet(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    lead = lead_of(a)
    art = ['<div class="news_column panel panel-default"><div class="panel-body">',
           '<h1 class="title margin-bottom-lg">%s</h1>' % esc(a["title"]),
           '<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h-date">%s</span></div></div>' % a["date_html"].replace('<span class="h-date">', "").replace("</span>", "")]
    if lead:
        art.append('<div class="hometext m-bottom">%s</div>' % esc(lead))
    art.append('<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n%s\n</div>' % body_html(a, rng, "figure", "h3"))
    art.append(a["byline_html"])
    art.append('<div class="margin-bottom-lg"><div class="panel panel-default"><div class="panel-body"><div class="h5 clearfix"><p class="text-uppercase">Tổng số điểm của bài viết là: %d trong %d đánh giá</p>'
               '<div class="ratingbox"><span>Click để đánh giá bài viết</span></div></div></div></div></div>' % (rng.randrange(0, 50), rng.randrange(0, 10)))
    art.append('</div></div><div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p>%s'
               '<p class="h3"><strong>Những tin cũ hơn</strong></p>%s</div></div>' % (
                   related(rng, rng.randrange(3, 6), "%d/%m/%Y", cls="related"), related(rng, rng.randrange(4, 8), "%d/%m/%Y", cls="related")))
    return """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
%s
<meta name="generator" content="NukeViet v4.5" />
<link rel="StyleSheet" href="/themes/default/css/news.css?t=%d" />
<!--PAD-->
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="%s" href="/"><img src="/uploads/logo.png" alt="%s" /></a><span class="site_name">%s</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container">%s</div></nav>
<div class="container"><div class="row"><div class="col-md-24"><div class="headerdate">Chủ nhật - 22/11/2026</div>
<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="#">Tin Tức</a></li><li><a href="#">An sinh xã hội</a></li></ul></div></div>
<div class="row"><div class="col-sm-16 col-md-18">
%s
</div>
<div class="col-sm-8 col-md-6"><div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body">%s</div></div>%s%s</div></div></div>
<footer id="footer"><div class="container">%s<p>© Phát triển trên nền tảng NukeViet</p></div></footer>
</div></div>
<script src="/assets/js/jquery/jquery.min.js"></script><script src="/assets/js/language/vi.js"></script><script src="/themes/default/js/main.js"></script>
</body>
</html>
""" % (head_common(a, unit, "utf-8"), rng.randrange(10 ** 9, 10 ** 10), esc(unit), esc(unit), esc(unit.upper()), nav(rng, "nav navbar-nav"),
       "\n".join(art), related(rng, 5, "%d/%m/%Y"), links_box(rng), counter_box(rng), footer(a, rng))


def tpl_district(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    meta_cs = "windows-1258" if a.get("charset") == "windows-1258" else "utf-8"
    mid = "dnn_ctr%d_ViewNews" % rng.randrange(400, 999)
    content = body_html(a, rng, "table", "p")
    bottom = ""
    if a["byline_html"]:
        bottom = '<table width="100%%" class="tbl-tacgia"><tr><td></td>%s</tr></table>' % a["byline_html"]
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<title>%s</title>
<meta name="keywords" content="UBND huyện, cổng thông tin, %s">
<link href="/Portals/_default/Skins/HuyenSkin/skin.css" rel="stylesheet" type="text/css">
<style>%s</style>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<form name="Form" method="post" action="/Default.aspx?%s" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="<!--PAD-->">
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center" class="skin">
<tr><td colspan="2" class="banner" background="/Portals/0/banner_huyen_cu.jpg" height="150"><div class="tenxa">ỦY BAN NHÂN DÂN %s</div><div class="tentinh">%s</div></td></tr>
<tr><td colspan="2" class="thanhngay"><span id="dnn_dnnCURRENTDATE_lblDate" class="ngaythang">Chủ nhật, ngày 22 tháng 11 năm 2026</span> | <a href="/Default.aspx?tabid=36&ctl=Login">Đăng nhập</a></td></tr>
<tr><td colspan="2" class="menungang">%s</td></tr>
<tr>
<td width="220" valign="top" class="cottrai"><div class="tieudebox">DANH MỤC</div>%s<div class="tieudebox">LIÊN KẾT</div>%s%s</td>
<td width="770" valign="top" class="cotgiua">
<div class="duongdan"><a href="/">Trang chủ</a> » <a href="#">Tin tức - Sự kiện</a></div>
<table width="100%%" border="0" cellspacing="0" cellpadding="4" id="%s">
<tr><td class="tieude"><span id="%s_lblTitle" class="title">%s</span></td></tr>
<tr><td><table width="100%%" class="thongtin"><tr>%s<td align="right" class="luotxem">Lượt xem: %s</td></tr></table></td></tr>
<tr><td class="noidung"><span id="%s_lblContent">
%s
</span></td></tr>
<tr><td>%s</td></tr>
<tr><td class="congcu"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> In trang</a> &nbsp; <a href="#"><img src="/images/email.gif" border="0"> Gửi bài viết</a> &nbsp; <a href="javascript:history.back()">Trở về</a></td></tr>
<tr><td class="tinkhac"><div class="tieudebox">CÁC TIN KHÁC</div>%s</td></tr>
</table>
</td></tr>
<tr><td colspan="2" class="chantrang">%s<div>Bản quyền thuộc UBND %s %s. Giao diện kế thừa Cổng thông tin điện tử huyện (cũ).</div></td></tr>
</table>
<input type="hidden" name="ScrollTop" id="ScrollTop" value="">
<input type="hidden" name="__dnnVariable" id="__dnnVariable" value="{&quot;__scdoff&quot;:&quot;1&quot;}">
</form>
</body>
</html>
""" % (meta_cs, esc(a["title"]) + " - " + esc(unit), esc(short), css_blob(rng, rng.randrange(1500, 4000)), a["url"].split("?", 1)[1],
       esc(kind.upper() + " " + short.upper()), esc(prov.upper()), nav(rng, "menu"), nav(rng, "menudoc"), links_box(rng), counter_box(rng),
       mid, mid, esc(a["title"]), a["date_html"], views(rng), mid, content, bottom,
       related(rng, rng.randrange(6, 12), "(%d/%m/%Y)"), footer(a, rng), kind, esc(short))


def tpl_custom(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    art = ['<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="#">Xây dựng Đảng</a></li></ol></nav>',
           '<article class="post-detail">', '<h1 class="post-title">%s</h1>' % esc(a["title"]),
           '<div class="post-tools d-flex"><a href="#" class="me-2">A-</a><a href="#" class="me-2">A+</a><a href="javascript:print()">In bài</a></div>',
           '<div class="post-content">\n%s\n</div>' % body_html(a, rng, "figure", "h3"), a["byline_html"], "</article>",
           '<div class="post-related"><h4>Tin cùng chuyên mục</h4>%s</div>' % related(rng, rng.randrange(4, 8), "%d/%m/%Y")]
    return """<!doctype html>
<html lang="vi">
<head>
%s
<link href="/assets/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/site.css?v=%d" rel="stylesheet">
<!--PAD-->
</head>
<body>
<div class="topbar bg-danger text-white small"><div class="container d-flex justify-content-between"><span>Hôm nay: Chủ nhật, 22/11/2026</span><span>Đường dây nóng: 0276.38%05d</span></div></div>
<header class="site-header container"><img src="/assets/img/logo.png" alt=""><span class="site-name">%s</span></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container">%s</div></nav>
<main class="container py-3"><div class="row"><div class="col-lg-8">
%s
</div><aside class="col-lg-4"><div class="card mb-3"><div class="card-header">Tin mới</div><div class="card-body">%s</div></div>%s%s</aside></div></main>
<footer class="site-footer bg-dark text-light">%s</footer>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % (head_common(a, unit, "utf-8"), rng.randrange(100, 999), rng.randrange(100000), esc(unit.upper()), nav(rng, "navbar-nav"), "\n".join(art),
       related(rng, 5, "%d/%m/%Y"), links_box(rng), counter_box(rng), footer(a, rng))


TPL = {"vnpt": tpl_vnpt, "viettel": tpl_viettel, "cmc": tpl_cmc, "wordpress": tpl_wordpress, "joomla": tpl_joomla,
       "nukeviet": tpl_nukeviet, "district": tpl_district, "custom": tpl_custom}


# --------------------------------------------------------------------------- non-articles
NONART = [
    dict(name="n01", kind="listing", platform="vnpt-eportal-liferay", charset="utf-8",
         site=("Xã Tân Phú", "tỉnh Đồng Tháp", "tanphu.dongthap.gov.vn"),
         url="https://tanphu.dongthap.gov.vn/web/xa-tan-phu/tin-tuc-su-kien"),
    dict(name="n02", kind="search", platform="cmc-portal", charset="utf-8",
         site=("Phường Bắc Sơn", "tỉnh Thanh Hóa", "bacson.thanhhoa.gov.vn"),
         url="https://bacson.thanhhoa.gov.vn/tim-kiem.aspx?keyword=khai+gi%E1%BA%A3ng"),
    dict(name="n03", kind="not_found", platform="nukeviet", charset="utf-8",
         site=("Xã Mường Lầm", "tỉnh Sơn La", "muonglam.sonla.gov.vn"),
         url="https://muonglam.sonla.gov.vn/tin-tuc/hoat-dong/ky-hop-thu-hai-hdnd-xa-khoa-i-2207.html"),
    dict(name="n04", kind="challenge", platform="anti-bot-challenge", charset="utf-8",
         site=("Phường Thủy Nguyên", "thành phố Hải Phòng", "thuynguyen.haiphong.gov.vn"),
         url="https://thuynguyen.haiphong.gov.vn/tin-tuc/chi-tiet/27741"),
]


def page_n01(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    items = []
    for t in rng.sample(HEADLINES, 15):
        d = rdt(rng)
        items.append('<div class="news-item row"><div class="span3"><img src="/documents/%d/thumb.jpg" alt="" /></div><div class="span9">'
                     '<h3><a href="/web/xa-tan-phu/tin-tuc-su-kien/-/asset_publisher/Tp8kLmQx/content/%s">%s</a></h3>'
                     '<span class="date">%s</span><p class="summary">%s</p></div></div>' % (
                         rng.randrange(10 ** 5, 10 ** 6), slug(t), esc(t), d.strftime("%d/%m/%Y %H:%M"),
                         esc("UBND %s %s: %s trên địa bàn, góp phần thực hiện thắng lợi nhiệm vụ năm 2026." % (kind, short, t.lower()[:1] + t[1:]))))
    body = ('<div class="breadcrumb"><a href="/">Trang chủ</a> » Tin tức - Sự kiện</div><h2 class="portlet-title">Tin tức - Sự kiện</h2>\n%s\n'
            '<div class="pagination"><ul><li class="disabled"><a>«</a></li><li class="active"><a>1</a></li><li><a href="?cur=2">2</a></li><li><a href="?cur=3">3</a></li><li><a href="?cur=2">»</a></li></ul><span>Trang 1 / 38</span></div>') % "\n".join(items)
    return shell(a, rng, "Tin tức - Sự kiện", body, "Chủ nhật, ngày 22/11/2026")


def page_n02(a, rng):
    unit, prov, dom, kind, short = site_names(a)
    res = []
    for i in range(10):
        d = rdate(rng)
        t = rng.choice(["Phường Bắc Sơn khai giảng năm học mới", "Khai giảng lớp bồi dưỡng kiến thức quốc phòng", "Trường Tiểu học Bắc Sơn tổ chức lễ khai giảng",
                        "Khai giảng lớp trung cấp lý luận chính trị", "Khai giảng lớp dạy nghề cho lao động nông thôn", "Tặng quà học sinh dịp khai giảng"])
        res.append('<li><a href="/tin-tuc/%s-%d.aspx">%s</a> <span class="date">(%s)</span><p>... <b>khai giảng</b> %s ...</p></li>' % (
            slug(t), rng.randrange(1000, 9999), esc(t), d.strftime("%d/%m/%Y"), esc(rng.choice(["năm học 2026 - 2027 với sự tham dự của", "được tổ chức trang trọng tại", "cho hơn 60 học viên là"]))))
    body = ('<h2>Kết quả tìm kiếm</h2><form action="/tim-kiem.aspx"><input name="keyword" value="khai giảng" /><input type="submit" value="Tìm" /></form>'
            '<p class="result-count">Tìm thấy 47 kết quả cho từ khóa “<b>khai giảng</b>”</p><ol class="search-results">%s</ol>'
            '<div class="paging">Trang: <b>1</b> <a href="?keyword=khai+gi%%E1%%BA%%A3ng&page=2">2</a> <a href="?page=3">3</a> <a href="?page=4">4</a> <a href="?page=5">5</a></div>') % "\n".join(res)
    return shell(a, rng, "Tìm kiếm", body, "Hôm nay: Chủ nhật, 22-11-2026")


def page_n03(a, rng):
    body = ('<div class="alert alert-danger text-center"><h2>Thông báo</h2><p>Rất tiếc! Bài viết bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>'
            '<p>Hệ thống sẽ tự động chuyển về trang chủ sau <span id="sec">5</span> giây. <a href="/">Về trang chủ</a></p></div>'
            '<script>var s=5;setInterval(function(){s--;document.getElementById("sec").innerHTML=s;if(s<=0)location.href="/";},1000);</script>')
    return shell(a, rng, "Lỗi: Không tìm thấy trang", body, "Chủ nhật - 22/11/2026")


def page_n04(a, rng):
    tok = b64blob(rng, 64)
    return """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đang kiểm tra trình duyệt...</title>
<meta name="robots" content="noindex, nofollow">
<style>body{font-family:Arial,sans-serif;background:#f4f6f8;text-align:center;padding-top:12%%}.box{display:inline-block;background:#fff;padding:30px 40px;border-radius:6px}</style>
</head><body>
<div class="box"><h1>Vui lòng chờ trong giây lát...</h1>
<p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập Cổng thông tin điện tử phường Thủy Nguyên.</p>
<p>Quá trình này diễn ra tự động. Trình duyệt của bạn sẽ được chuyển hướng đến nội dung yêu cầu trong giây lát.</p>
<noscript><p><b>Vui lòng bật JavaScript và cookie để tiếp tục.</b></p></noscript>
<p class="ray">Mã yêu cầu: %s</p></div>
<script>
(function(){var t="%s";var h=0;for(var i=0;i<t.length;i++){h=((h<<5)-h+t.charCodeAt(i))|0;}
document.cookie="__vnpt_waf="+t.substring(0,24)+"."+(h>>>0).toString(16)+"; path=/; max-age=1800";
setTimeout(function(){location.reload();},%d);})();
</script>
</body></html>
""" % ("%016x" % rng.randrange(1 << 64), tok, rng.choice([1500, 2000, 3000]))


def shell(a, rng, title, body, today):
    unit, prov, dom, kind, short = site_names(a)
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%s - %s</title>
<script>%s</script>
</head>
<body>
<div class="top"><span class="today">%s</span></div>
<div class="banner"><span>CỔNG THÔNG TIN ĐIỆN TỬ %s - %s</span></div>
<div class="menu">%s</div>
<div class="main"><div class="content">
%s
</div><div class="sidebar"><h3>Tin mới nhất</h3>%s%s%s</div></div>
%s
</body>
</html>
""" % (esc(title), esc(unit), js_blob(rng, rng.randrange(3000, 9000)), today, esc(unit.upper()), esc(prov.upper()), nav(rng),
       body, related(rng, 6, "%d/%m/%Y"), links_box(rng), counter_box(rng), footer(a, rng))


NONART_FN = {"n01": page_n01, "n02": page_n02, "n03": page_n03, "n04": page_n04}


# --------------------------------------------------------------------------- build
def encode(a, s):
    if a.get("charset", "utf-8") == "windows-1258":
        return enc1258(s)
    return s.encode("utf-8")


def build_article(a):
    rng = random.Random("%s:%s" % (SET, a["name"]))
    h = TPL[a["tpl"]](a, rng)
    if a.get("quirk") == "entities":
        h = ents(h)
    size = len(encode(a, h.replace("<!--PAD-->", "")))
    need = a["target"] + rng.randrange(-2500, 2500) - size
    if a["tpl"] in ("cmc", "district"):
        fill = b64blob(rng, max(need, 64))
    elif need > 80:
        fill = '<script type="text/javascript">\n%s\n</script>' % js_blob(rng, need - 40)
    else:
        fill = ""
    h = h.replace("<!--PAD-->", fill)
    gold = {"kind": "article", "platform": a["platform"], "url": a["url"], "charset": a.get("charset", "utf-8"),
            "title": a["title"], "published_at": a["pub"], "author": a["author"], "body": gold_body(a)}
    return encode(a, h), gold


def build_nonarticle(a):
    rng = random.Random("%s:%s" % (SET, a["name"]))
    h = NONART_FN[a["name"]](a, rng)
    return h.encode("utf-8"), {"kind": a["kind"], "platform": a["platform"], "url": a["url"], "charset": a["charset"]}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for a in ARTICLES:
        data, gold = build_article(a)
        _write(out, a["name"], data, gold)
    for a in NONART:
        data, gold = build_nonarticle(a)
        _write(out, a["name"], data, gold)


def _write(out, name, data, gold):
    with open(os.path.join(out, name + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
