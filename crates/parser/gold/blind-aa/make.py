#!/usr/bin/env python3
"""Builds the blind-aa gold set: 20 article pages (a01-a20) and 4 pages
without an article (n01-n04), each with its JSON sidecar.

    python3 make.py [OUTDIR]      (default: this script's folder)

Stdlib only, deterministic: one random.Random("blind-aa:NAME") per page, no
clock, no network.  The article texts are written by hand below (PAGES); the
gold body of every article is derived from the same block list the page is
rendered from.  Only chrome (menus, sidebars, related lists, counters,
scripts, view state, footers) is generated.
"""
import base64
import datetime
import html
import json
import os
import random
import re
import sys
import unicodedata
from html.entities import codepoint2name

SET = "blind-aa"
CRAWL = datetime.date(2026, 11, 22)          # Sunday, crawl day
TZ = datetime.timezone(datetime.timedelta(hours=7))
UTC = datetime.timezone.utc

# ---------------------------------------------------------------- helpers

WD_TITLE = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WP_MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
             "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một",
             "Tháng Mười Hai"]


def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(s, quote=True)


def inline(s):
    """Escape text and turn the [b]..[/b] / [i]..[/i] markers into tags."""
    s = esc(s)
    return (s.replace("[b]", "<strong>").replace("[/b]", "</strong>")
             .replace("[i]", "<em>").replace("[/i]", "</em>"))


def plain(s):
    return re.sub(r"\[/?[bi]\]", "", s)


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def pdt(iso):
    return datetime.datetime.fromisoformat(iso)


def d_slash(d):
    return d.strftime("%d/%m/%Y")


def hm(d):
    return d.strftime("%H:%M")


def clock12(d):
    """SharePoint's Vietnamese 12-hour clock: 3:40 CH, 9:15 SA."""
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "SA" if d.hour < 12 else "CH")


def crawl_header(style):
    d = CRAWL
    wd_t, wd_l = WD_TITLE[d.weekday()], WD_LOWER[d.weekday()]
    return {
        "ngay": "%s, ngày %s" % (wd_l, d_slash(d)),
        "slash": "%s, %s" % (wd_t, d_slash(d)),
        "slash_l": "%s, %s" % (wd_l, d_slash(d)),
        "dash": "%s - %s" % (wd_l, d_slash(d)),
        "wp": "%s, %d %s, %d" % (wd_t, d.day, WP_MONTHS[d.month - 1], d.year),
        "joomla": "%s, %d Tháng %d %d" % (wd_l, d.day, d.month, d.year),
        "long": "%s, ngày %d tháng %d năm %d" % (wd_t, d.day, d.month, d.year),
        "short": "CN, %s" % d_slash(d),
        "lower_month": "%s, %d tháng %d, %d" % (wd_l, d.day, d.month, d.year),
        "bare": d_slash(d),
    }[style]


def to_cp1258(s):
    """Encode text as windows-1258 the way Vietnamese legacy editors did:
    precomposed where the code page has the letter, else the base letter
    (with its circumflex, breve or horn) followed by a combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        dec = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in dec if c not in tones))
        marks = "".join(c for c in dec if c in tones)
        try:
            out += base.encode("cp1258") + marks.encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def entityize(s):
    """Old-editor style: every non-ASCII letter written as an HTML entity."""
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


# ------------------------------------------------------------ block lists
#
# One block per line, "TAG|text":
#   L lead   P paragraph   H subheading   C image with caption
#   U / O    item of an unordered / ordered list (consecutive lines = one list)
#   Q        paragraph of a block quotation (consecutive lines = one quote)
#   T        table row, cells separated by " | " (first row = header row)
#   X        rendered but not body (inline "Xem thêm", notes)
#   I        image without caption (text = alt)


def parse_blocks(dsl):
    blocks = []
    for raw in dsl.strip().split("\n"):
        line = raw.strip()
        if not line:
            continue
        tag, sep, text = line.partition("|")
        assert sep, line
        text = text.strip()
        group = {"U": "ul", "O": "ol", "Q": "quote", "T": "table"}
        if tag in group:
            kind = group[tag]
            item = [c.strip() for c in text.split(" | ")] if tag == "T" else text
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(item)
            else:
                blocks.append((kind, [item]))
        else:
            kind = {"L": "lead", "P": "p", "H": "h", "C": "img", "X": "extra",
                    "I": "imgnc"}[tag]
            blocks.append((kind, text))
    return blocks


def gold_body(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("lead", "p", "h", "img"):
            out.append(plain(val))
        elif kind in ("ul", "ol", "quote"):
            out.extend(plain(v) for v in val)
        elif kind == "table":
            for row in val:
                out.extend(plain(c) for c in row)
    return "\n\n".join(out)


def lead_of(blocks):
    for kind, val in blocks:
        if kind == "lead":
            return val
    return None


class Body:
    """Default body renderer; templates subclass it for their markup."""

    def __init__(self, rng, img_base="/uploads/news", img_ext="jpg"):
        self.rng = rng
        self.img_base = img_base
        self.img_ext = img_ext
        self.n = 0

    def src(self):
        self.n += 1
        return "%s/%s.%s" % (self.img_base, "".join(
            self.rng.choice("abcdef0123456789") for _ in range(16)), self.img_ext)

    def p(self, t):
        return "<p>%s</p>" % inline(t)

    def h(self, t):
        return "<h3>%s</h3>" % inline(t)

    def img(self, cap):
        return ('<figure class="image"><img alt="%s" src="%s" />'
                "<figcaption>%s</figcaption></figure>" % (att(plain(cap)[:60]), self.src(), inline(cap)))

    def imgnc(self, alt):
        return '<p><img alt="%s" src="%s" /></p>' % (att(alt), self.src())

    def ul(self, items):
        return "<ul>%s</ul>" % "".join("<li>%s</li>" % inline(i) for i in items)

    def ol(self, items):
        return "<ol>%s</ol>" % "".join("<li>%s</li>" % inline(i) for i in items)

    def quote(self, paras):
        return "<blockquote>%s</blockquote>" % "".join("<p>%s</p>" % inline(q) for q in paras)

    def table(self, rows):
        out = ['<table class="table" border="1" cellpadding="4" cellspacing="0"><tbody>']
        for i, row in enumerate(rows):
            tag = "th" if i == 0 else "td"
            out.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, inline(c), tag) for c in row))
        out.append("</tbody></table>")
        return "".join(out)

    def extra(self, t):
        return "<p>%s</p>" % inline(t)

    def render(self, blocks, skip_lead=True):
        out = []
        for kind, val in blocks:
            if kind == "lead" and skip_lead:
                continue
            fn = getattr(self, "p" if kind == "lead" else kind)
            out.append(fn(val))
        return "\n".join(out)


# ---------------------------------------------------------------- chrome

HEADLINES = {
    "party": [
        "Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy các xã vùng biên",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến về kế hoạch phát triển kinh tế - xã hội",
        "Kiểm tra công tác xây dựng Đảng tại Đảng bộ xã Minh Quang",
        "Trao Huy hiệu Đảng cho đảng viên lão thành",
        "Sơ kết công tác kiểm tra, giám sát của cấp ủy cơ sở",
        "Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư",
        "Đảng ủy phường tổ chức hội nghị học tập chuyên đề",
        "Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
        "Chi bộ thôn với việc giữ gìn bản sắc văn hóa dân tộc",
        "Bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo và dân vận cấp xã",
        "Tọa đàm về đổi mới nội dung sinh hoạt chi bộ sau sắp xếp",
        "Nâng cao hiệu quả công tác nắm bắt dư luận xã hội ở cơ sở",
        "Tăng cường bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở",
        "Đoàn công tác Trung ương làm việc với Ban Thường vụ Tỉnh ủy",
        "Giao ban công tác tuyên giáo và dân vận định kỳ",
        "Thẩm định hồ sơ đề nghị khen thưởng mô hình “Dân vận khéo”",
        "Đảng ủy xã Thanh Sơn kết nạp 12 đảng viên mới",
        "Sáng ngời phẩm chất người đảng viên ở vùng biên",
        "Đối thoại giữa Bí thư Đảng ủy xã với Nhân dân",
        "Lan tỏa những mô hình “Dân vận khéo” trong đồng bào có đạo",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban báo chí định kỳ",
        "Cấp ủy cơ sở phát huy vai trò hạt nhân chính trị",
        "Trao quyết định chuẩn y Ban Chấp hành Đảng bộ xã",
        "Nêu gương người đứng đầu trong thực hành tiết kiệm",
    ],
    "front": [
        "Ủy ban MTTQ Việt Nam tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế",
        "Trao nhà Đại đoàn kết cho hộ nghèo tại xã Tân Lập",
        "Hội nghị phản biện dự thảo quy định về hỗ trợ nhà ở",
        "Lan tỏa cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
        "Mặt trận các cấp tiếp nhận hơn 12 tỷ đồng ủng hộ đồng bào bị thiên tai",
        "Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số",
        "Ban Công tác Mặt trận khu dân cư - cầu nối giữa Đảng với Nhân dân",
        "Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp HĐND tỉnh",
        "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số 4",
        "Mặt trận xã vận động Nhân dân hiến đất làm đường",
    ],
    "women": [
        "Hội LHPN tỉnh ra mắt mô hình “Chi hội phụ nữ 5 không, 3 sạch”",
        "Phụ nữ vùng cao phát triển kinh tế từ nghề dệt thổ cẩm",
        "Tập huấn kỹ năng truyền thông phòng, chống bạo lực gia đình",
        "Hội thi “Phụ nữ với văn hóa ứng xử” cấp tỉnh",
        "Trao sinh kế cho phụ nữ có hoàn cảnh khó khăn",
        "Phụ nữ khởi nghiệp với sản phẩm OCOP từ dược liệu",
    ],
    "youth": [
        "Tuổi trẻ tỉnh ra quân “Ngày Chủ nhật xanh”",
        "Tuyên dương “Thanh niên tiên tiến làm theo lời Bác”",
        "Khởi công công trình thanh niên “Thắp sáng đường quê”",
        "Đội hình thanh niên tình nguyện hỗ trợ người dân làm dịch vụ công trực tuyến",
        "Hội trại tòng quân tại các xã vùng biển",
        "Đoàn viên thanh niên tham gia bình dân học vụ số",
    ],
    "farmer": [
        "Hội Nông dân tỉnh đối thoại với nông dân về chuyển đổi số nông nghiệp",
        "Trao chứng nhận “Nông dân sản xuất, kinh doanh giỏi” các cấp",
        "Nông dân liên kết trồng cây ăn quả theo tiêu chuẩn VietGAP",
        "Quỹ Hỗ trợ nông dân - điểm tựa cho hội viên phát triển kinh tế",
        "Tập huấn kỹ thuật nuôi tôm - lúa cho hội viên",
    ],
    "veteran": [
        "Cựu chiến binh gương mẫu làm kinh tế giỏi",
        "Hội Cựu chiến binh tỉnh sơ kết công tác Hội",
        "Gặp mặt truyền thống nhân Ngày thành lập Hội Cựu chiến binh Việt Nam",
        "Cựu chiến binh tham gia giữ gìn an ninh trật tự ở khu dân cư",
        "Trao nhà “Nghĩa tình đồng đội” cho hội viên khó khăn",
    ],
    "union": [
        "Công đoàn tỉnh đối thoại với công nhân lao động tại khu công nghiệp",
        "Trao quà “Tết Sum vầy” cho đoàn viên có hoàn cảnh khó khăn",
        "Hội nghị đại biểu người lao động tại các đơn vị sự nghiệp",
        "Khánh thành thiết chế công đoàn tại khu công nghiệp",
        "Phiên chợ Công đoàn phục vụ công nhân lao động",
    ],
    "school": [
        "Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung",
        "Hội thi giảng viên dạy giỏi cấp trường",
        "Học viên nghiên cứu thực tế cuối khóa tại các địa phương",
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4",
        "Hội thảo khoa học về công tác dân vận trong tình hình mới",
        "Khai giảng lớp bồi dưỡng kết nạp đảng viên mới",
    ],
    "general": [
        "Ra mắt Trung tâm phục vụ hành chính công xã",
        "Hội nghị đánh giá kết quả vận hành chính quyền địa phương hai cấp",
        "Kỷ niệm Ngày truyền thống công tác dân vận của Đảng",
        "Hưởng ứng “Tháng hành động vì bình đẳng giới”",
        "Chương trình “Xuân yêu thương” cho người nghèo vùng biên",
        "Phát động Tháng cao điểm “Vì người nghèo”",
        "Tuyên truyền phòng, chống tác hại của thuốc lá điện tử",
        "Bình dân học vụ số - đưa kỹ năng số đến từng người dân",
        "Giải quyết kiến nghị của Nhân dân ngay từ cơ sở",
        "Gương sáng người có uy tín ở bản vùng cao",
    ],
}

PROVINCES = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
             "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai",
             "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
             "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
             "Đắk Lắk", "TP. Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
             "Đồng Tháp", "Cà Mau", "An Giang"]

CENTRAL_LINKS = ["Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản",
                 "Cổng thông tin điện tử Chính phủ", "Ủy ban Trung ương MTTQ Việt Nam",
                 "Ban Tuyên giáo và Dân vận Trung ương", "Tạp chí Tuyên giáo",
                 "Trung ương Hội LHPN Việt Nam", "Trung ương Đoàn TNCS Hồ Chí Minh",
                 "Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam",
                 "Tổng Liên đoàn Lao động Việt Nam", "Học viện Chính trị quốc gia Hồ Chí Minh",
                 "Báo Nhân Dân", "Thông tấn xã Việt Nam"]


def headlines(rng, tags, n, newest, oldest_days=200):
    pool = []
    for t in dict.fromkeys(tags + ["general"]):
        pool.extend(HEADLINES[t])
    rng.shuffle(pool)
    pool = pool[:n]
    out = []
    backs = sorted(rng.sample(range(1, max(oldest_days, len(pool) + 1)), len(pool)))
    for i, t in enumerate(pool):
        back = backs[i]
        d = datetime.datetime.combine(newest - datetime.timedelta(days=back),
                                      datetime.time(rng.randint(7, 17), rng.randint(0, 59)))
        out.append((t, d))
    out.sort(key=lambda x: x[1], reverse=True)
    return out


def latest_day(rng):
    """Newest date shown in 'Tin mới' boxes: a day or two before the crawl."""
    return CRAWL - datetime.timedelta(days=rng.randint(1, 3))


def rnd_id(rng, n=12, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def big_number(rng, lo, hi):
    return "{:,}".format(rng.randint(lo, hi)).replace(",", ".")


def menu_ul(items, cls="menu", sub_cls="sub-menu", prefix="/"):
    out = ['<ul class="%s">' % cls]
    for it in items:
        label, kids = (it, []) if isinstance(it, str) else it
        out.append('<li class="menu-item%s"><a href="%s%s" title="%s">%s</a>' % (
            " has-children" if kids else "", prefix, slug(label), att(label), esc(label)))
        if kids:
            out.append('<ul class="%s">' % sub_cls)
            for k in kids:
                out.append('<li><a href="%s%s/%s">%s</a></li>' % (prefix, slug(label), slug(k), esc(k)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def links_select(rng, name="ddlLienKet", extra=()):
    opts = ['<option value="">-- Liên kết website --</option>']
    for t in list(extra) + CENTRAL_LINKS:
        opts.append('<option value="https://%s.vn">%s</option>' % (slug(t)[:18], esc(t)))
    for p in PROVINCES:
        s = slug(p).replace("-", "")
        opts.append('<option value="https://%s.dcs.vn">Đảng bộ tỉnh, thành phố %s</option>' % (s, esc(p)))
    return '<select id="%s" name="%s" onchange="window.open(this.value)">%s</select>' % (
        name, name, "\n".join(opts))


def css_blob(rng, n):
    sels = ["#wrapper", ".header", ".banner", ".menu-top", ".nav > li", ".nav > li > a",
            ".sub-menu", ".breadcrumb", ".news-item", ".news-item .title", ".news-item img",
            ".box-title", ".box-content", ".sidebar", ".footer", ".footer a", ".btn-search",
            ".date-time", ".list-news li", ".list-news li a", ".hot-news", ".tab-content",
            ".pagination", ".pagination li a", ".social-share", ".weblink select",
            ".counter", ".video-box", ".gallery .item", ".marquee", ".col-left", ".col-right",
            ".detail-content p", ".detail-content img", ".tool-print", ".rating .star"]
    props = ["margin:%dpx %dpx", "padding:%dpx %dpx", "font-size:%dpx;line-height:%dpx",
             "border-bottom:1px solid #%02x%02x%02x", "color:#%02x%02x%02x",
             "background:#%02x%02x%02x", "width:%d%%;max-width:%dpx", "top:%dpx;left:%dpx",
             "border-radius:%dpx;min-height:%dpx"]
    out = []
    for _ in range(n):
        sel = rng.choice(sels)
        if rng.random() < 0.3:
            sel += ":hover"
        ps = []
        for _ in range(rng.randint(1, 4)):
            p = rng.choice(props)
            k = p.count("%")
            ps.append(p % tuple(rng.randint(0, 255) for _ in range(k - p.count("%%") * 2)))
        out.append("%s{%s}" % (sel, ";".join(ps)))
    if rng.random() < 0.5:
        out.append("@media (max-width:767px){.col-right{display:none}.nav{display:block}}")
    return "".join(out)


def ga_script(rng):
    uid = "UA-%d-%d" % (rng.randint(10000000, 99999999), rng.randint(1, 3))
    gid = "G-" + rnd_id(rng, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return ('<script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>\n'
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','%s');gtag('config','%s');</script>" % (gid, gid, uid))


def viewstate(rng, nbytes):
    return base64.b64encode(rng.randbytes(nbytes)).decode("ascii")


def counter_box(rng, style="table"):
    online = rng.randint(18, 420)
    today = rng.randint(900, 9000)
    total = big_number(rng, 1_200_000, 48_000_000)
    if style == "table":
        return ('<table class="counter"><tr><td>Đang truy cập:</td><td>%d</td></tr>'
                "<tr><td>Hôm nay:</td><td>%s</td></tr><tr><td>Tổng lượt truy cập:</td><td>%s</td></tr></table>"
                % (online, big_number(rng, today, today), total))
    return ('<ul class="counter"><li>Đang trực tuyến: <b>%d</b></li><li>Hôm nay: <b>%s</b></li>'
            "<li>Tháng này: <b>%s</b></li><li>Tất cả: <b>%s</b></li></ul>"
            % (online, big_number(rng, today, today), big_number(rng, 40_000, 300_000), total))


def share_tools():
    return ('<div class="share-tools"><a class="fb" href="#" onclick="shareFacebook();return false;">Chia sẻ Facebook</a> '
            '<a class="zalo" href="#" onclick="shareZalo();return false;">Zalo</a> '
            '<a class="print" href="javascript:window.print()">In bài viết</a> '
            '<a class="mail" href="#" onclick="sendMail();return false;">Gửi email</a> '
            '<span class="font-size">Cỡ chữ: <a href="#" class="a-minus">A-</a> <a href="#" class="a-plus">A+</a></span></div>')


def photo_gallery(rng, n, base):
    items = []
    for _ in range(n):
        t = rng.choice(HEADLINES["general"] + HEADLINES["party"])
        items.append('<div class="item"><a href="%s/%s-%d"><img src="%s/thumb/%s.jpg" alt="%s" /></a></div>'
                     % (base, slug(t)[:40], rng.randint(1000, 99999), base, rnd_id(rng, 20).lower(), att(t)))
    return '<div class="gallery">%s</div>' % "\n".join(items)


def docs_table(rng, n, agency="TU"):
    kinds = [("Nghị quyết", "NQ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Kế hoạch", "KH"),
             ("Hướng dẫn", "HD"), ("Thông báo", "TB"), ("Quy định", "QĐ")]
    topics = ["về tăng cường công tác dân vận trong tình hình mới",
              "về nâng cao chất lượng sinh hoạt chi bộ",
              "về thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2026 - 2030",
              "về công tác bảo vệ nền tảng tư tưởng của Đảng",
              "về tổ chức các ngày lễ lớn năm 2026",
              "về chuyển đổi số trong các cơ quan đảng",
              "về công tác kiểm tra, giám sát năm 2026",
              "về học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
              "về thực hiện dân chủ ở cơ sở"]
    rows = ['<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>']
    for i in range(n):
        k, ab = rng.choice(kinds)
        d = CRAWL - datetime.timedelta(days=rng.randint(3, 400))
        rows.append('<tr><td><a href="/van-ban/%d">%d-%s/%s</a></td><td>%s</td><td>%s %s</td></tr>'
                    % (rng.randint(1000, 9999), rng.randint(2, 420), ab, agency, d_slash(d), k, rng.choice(topics)))
    return '<table class="docs">%s</table>' % "\n".join(rows)


# ------------------------------------------------------------------ sites

SITES = {
    "tq_tu": dict(
        name="Cổng Thông tin điện tử Đảng bộ tỉnh Tuyên Quang", short="Đảng bộ tỉnh Tuyên Quang",
        domain="tuyenquang.dcs.vn", org="Tỉnh ủy Tuyên Quang",
        addr="Số 1 đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang",
        phone="0207.3822.117", email="bbt@tuyenquang.dcs.vn",
        lic="Giấy phép số 58/GP-TTĐT ngày 14/11/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang",
        editor="Trưởng Ban Biên tập: Nguyễn Thị Hồng Vân, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy",
        tags=["party", "front"],
        menu=["Trang chủ", ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành Đảng bộ tỉnh", "Các ban xây dựng Đảng"]),
              ("Tin tức", ["Hoạt động của Tỉnh ủy", "Xây dựng Đảng", "Dân vận", "Mặt trận - Đoàn thể", "Kinh tế - Xã hội"]),
              ("Chuyên đề", ["Học tập và làm theo Bác", "Bảo vệ nền tảng tư tưởng của Đảng", "Chuyển đổi số"]),
              ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Tài liệu sinh hoạt chi bộ"]),
              "Thư viện ảnh", "Video", "Liên hệ"]),
    "nghean_tgdv": dict(
        name="Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", short="Ban Tuyên giáo và Dân vận Tỉnh ủy",
        domain="tgdv.nghean.dcs.vn", org="Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
        addr="Số 2 đường Nguyễn Thị Minh Khai, phường Thành Vinh, tỉnh Nghệ An",
        phone="0238.3842.675", email="tgdv@nghean.dcs.vn",
        lic="Giấy phép số 11/GP-STTTT do Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An cấp",
        editor="Chịu trách nhiệm nội dung: Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy",
        tags=["party", "front"],
        menu=["Trang chủ", ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Ban"]),
              ("Tin hoạt động", ["Hoạt động của Ban", "Tuyên giáo cơ sở", "Dân vận cơ sở"]),
              ("Dân vận khéo", ["Mô hình hay", "Gương điển hình"]),
              ("Bảo vệ nền tảng tư tưởng", ["Phản bác quan điểm sai trái", "Định hướng thông tin"]),
              "Dư luận xã hội", "Văn bản", "Hỏi đáp"]),
    "laocai_pn": dict(
        name="Hội Liên hiệp Phụ nữ tỉnh Lào Cai", short="Hội LHPN tỉnh Lào Cai",
        domain="phunulaocai.org.vn", org="Hội Liên hiệp Phụ nữ tỉnh Lào Cai",
        addr="Số 25 đường Đinh Tiên Hoàng, phường Yên Bái, tỉnh Lào Cai",
        phone="0214.3840.296", email="hoiphunu@laocai.gov.vn",
        lic="Giấy phép số 03/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai cấp",
        editor="Chịu trách nhiệm: Ban Tuyên giáo Hội LHPN tỉnh",
        tags=["women", "front"],
        menu=["Trang chủ", ("Giới thiệu", ["Lịch sử", "Ban Chấp hành", "Cơ cấu tổ chức"]),
              ("Tin tức - Sự kiện", ["Hoạt động Hội", "Phụ nữ với chuyển đổi số", "Gương phụ nữ tiêu biểu"]),
              "Khởi nghiệp", "Bình đẳng giới", "Văn bản", "Liên hệ"]),
    "dongthap_hnd": dict(
        name="Hội Nông dân tỉnh Đồng Tháp", short="Hội Nông dân Đồng Tháp",
        domain="hoinongdan.dongthap.gov.vn", org="Hội Nông dân tỉnh Đồng Tháp",
        addr="Số 12 đường Lê Lợi, phường Mỹ Tho, tỉnh Đồng Tháp",
        phone="0277.3851.442", email="hnd@dongthap.gov.vn",
        lic="Giấy phép số 24/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp cấp",
        editor="Chịu trách nhiệm nội dung: Ban Tuyên giáo Hội Nông dân tỉnh",
        tags=["farmer", "front"],
        menu=["Trang chủ", ("Giới thiệu", ["Lịch sử", "Tổ chức bộ máy"]),
              ("Tin hoạt động", ["Hội Nông dân tỉnh", "Cơ sở Hội", "Nông dân với nông thôn mới"]),
              ("Khuyến nông", ["Kỹ thuật trồng trọt", "Chăn nuôi - thủy sản"]),
              "Quỹ Hỗ trợ nông dân", "Văn bản", "Liên hệ"]),
    "thanhhoa_ldld": dict(
        name="Liên đoàn Lao động tỉnh Thanh Hóa", short="LĐLĐ tỉnh Thanh Hóa",
        domain="congdoan.thanhhoa.gov.vn", org="Liên đoàn Lao động tỉnh Thanh Hóa",
        addr="Số 29 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa",
        phone="0237.3852.611", email="ldld@thanhhoa.gov.vn",
        lic="Giấy phép số 07/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa cấp",
        editor="Chịu trách nhiệm: Ban Tuyên giáo Liên đoàn Lao động tỉnh",
        tags=["union", "front"],
        menu=["Trang chủ", ("Giới thiệu", ["Lịch sử Công đoàn tỉnh", "Ban Chấp hành", "Các ban chuyên đề"]),
              ("Tin tức", ["Hoạt động Công đoàn", "Công đoàn cơ sở", "Chính sách - Pháp luật"]),
              "Thi đua - Khen thưởng", "Mái ấm Công đoàn", "Văn bản", "Hỏi đáp pháp luật"]),
    "quangtri_td": dict(
        name="Tỉnh đoàn Quảng Trị", short="Tỉnh đoàn Quảng Trị",
        domain="tinhdoan.quangtri.gov.vn", org="Ban Thường vụ Tỉnh đoàn Quảng Trị",
        addr="Số 8 đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị",
        phone="0232.3822.319", email="tinhdoan@quangtri.gov.vn",
        lic="Giấy phép số 15/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị cấp",
        editor="Chịu trách nhiệm: Ban Tuyên giáo Tỉnh đoàn",
        tags=["youth", "front"],
        menu=["Trang chủ", "Giới thiệu", ("Tin tức", ["Hoạt động Đoàn", "Đội - Thiếu nhi", "Hội - Thanh niên"]),
              "Thanh niên tình nguyện", "Gương sáng tuổi trẻ", "Văn bản", "Liên hệ"]),
    "caobang_ccb": dict(
        name="Hội Cựu chiến binh tỉnh Cao Bằng", short="Hội CCB tỉnh Cao Bằng",
        domain="cuuchienbinh.caobang.gov.vn", org="Hội Cựu chiến binh tỉnh Cao Bằng",
        addr="Số 15 phố Xuân Trường, phường Thục Phán, tỉnh Cao Bằng",
        phone="0206.3852.486", email="hoiccb@caobang.gov.vn",
        lic="Giấy phép số 02/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Cao Bằng cấp năm 2019",
        editor="Chịu trách nhiệm: Văn phòng Hội Cựu chiến binh tỉnh",
        tags=["veteran", "front"],
        menu=["Trang chủ", "Giới thiệu", "Tin hoạt động", "Nghĩa tình đồng đội", "Cựu chiến binh làm kinh tế",
              "Văn bản", "Liên hệ"]),
    "hatinh_mttq": dict(
        name="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", short="Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh",
        domain="mattran.hatinh.gov.vn", org="Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh",
        addr="Số 3 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh",
        phone="0239.3855.627", email="mttq@hatinh.gov.vn",
        lic="Giấy phép số 19/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh cấp",
        editor="Chịu trách nhiệm: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
        tags=["front", "party"],
        menu=["Trang chủ", ("Giới thiệu", ["Ủy ban MTTQ tỉnh", "Các tổ chức thành viên"]),
              ("Tin tức", ["Hoạt động Mặt trận", "Mặt trận cơ sở", "Đoàn thể"]),
              "Giám sát - Phản biện", "Dư luận xã hội", "Cuộc vận động", "Văn bản"]),
    "laichau_bao": dict(
        name="Báo và Phát thanh, Truyền hình Lai Châu", short="Lai Châu điện tử",
        domain="baolaichau.vn", org="Tỉnh ủy Lai Châu",
        addr="Tổ 19, phường Tân Phong, tỉnh Lai Châu",
        phone="0213.3876.505", email="toasoan@baolaichau.vn",
        lic="Giấy phép hoạt động báo điện tử số 125/GP-BVHTTDL ngày 28/8/2025 của Bộ Văn hóa, Thể thao và Du lịch",
        editor="Tổng Biên tập: Vàng Thị Thu Hương",
        tags=["party", "front"],
        menu=["Trang chủ", "Thời sự", "Chính trị", "Xây dựng Đảng", "Bảo vệ nền tảng tư tưởng của Đảng",
              "Kinh tế", "Xã hội", "Văn hóa", "Quốc phòng - An ninh", "Multimedia"]),
    "dienbien_dcs": dict(
        name="Báo Điện Biên Phủ điện tử", short="Điện Biên Phủ",
        domain="dienbien.dcs.vn", org="Tỉnh ủy Điện Biên",
        addr="Tổ dân phố 6, phường Mường Thanh, tỉnh Điện Biên",
        phone="0215.3825.418", email="toasoan@dienbien.dcs.vn",
        lic="Giấy phép số 88/GP-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch",
        editor="Tổng Biên tập: Lò Văn Minh",
        tags=["front", "party"],
        menu=["Trang chủ", "Chính trị", "Mặt trận - Đoàn thể", "Biên giới", "Ảnh", "Video"]),
    "thainguyen_tct": dict(
        name="Trường Chính trị tỉnh Thái Nguyên", short="Trường Chính trị tỉnh Thái Nguyên",
        domain="truongchinhtri.thainguyen.dcs.vn", org="Trường Chính trị tỉnh Thái Nguyên",
        addr="Đường Bắc Kạn, phường Phan Đình Phùng, tỉnh Thái Nguyên",
        phone="0208.3856.213", email="tct@thainguyen.dcs.vn",
        lic="Giấy phép số 31/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên cấp",
        editor="Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị tỉnh",
        tags=["school", "party"],
        menu=["Trang chủ", ("Giới thiệu", ["Lịch sử nhà trường", "Ban Giám hiệu", "Các khoa, phòng"]),
              ("Đào tạo - Bồi dưỡng", ["Trung cấp lý luận chính trị", "Bồi dưỡng cán bộ", "Kế hoạch đào tạo"]),
              "Nghiên cứu khoa học", "Tin hoạt động", "Thư viện", "Liên hệ"]),
    "gialai_tgdv": dict(
        name="Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", short="Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai",
        domain="tuyengiaodanvan.gialai.dcs.vn", org="Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai",
        addr="Số 2 đường Trần Phú, phường Quy Nhơn, tỉnh Gia Lai",
        phone="0269.3824.339", email="tgdv@gialai.dcs.vn",
        lic="Giấy phép số 09/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai cấp",
        editor="Chịu trách nhiệm: Phó Trưởng ban Thường trực",
        tags=["party", "front"],
        menu=["Trang chủ", "Giới thiệu", "Tin hoạt động", "Nghiên cứu - Trao đổi", "Học tập nghị quyết",
              "Dân vận khéo", "Văn bản", "Tài liệu tuyên truyền"]),
    "phutho_xa": dict(
        name="Đảng bộ xã Yên Lãng", short="Đảng bộ xã Yên Lãng - tỉnh Phú Thọ",
        domain="yenlang.phutho.dcs.vn", org="Đảng ủy xã Yên Lãng",
        addr="Trụ sở Đảng ủy - HĐND - UBND xã Yên Lãng, tỉnh Phú Thọ",
        phone="0211.3715.208", email="dangbo.yenlang@phutho.gov.vn",
        lic="Trang thông tin điện tử của Đảng bộ xã Yên Lãng",
        editor="Chịu trách nhiệm: Văn phòng Đảng ủy xã",
        tags=["party", "general"],
        menu=["Trang chủ", "Giới thiệu", "Tin tức", "Xây dựng Đảng", "Dân vận", "Văn bản", "Liên hệ"]),
    "hungyen_tgdv": dict(
        name="Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên", short="Tuyên giáo - Dân vận Hưng Yên",
        domain="tgdv.hungyen.dcs.vn", org="Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên",
        addr="Số 10 đường Bãi Sậy, phường Phố Hiến, tỉnh Hưng Yên",
        phone="0221.3862.578", email="tgdv@hungyen.dcs.vn",
        lic="Giấy phép số 06/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên cấp",
        editor="Chịu trách nhiệm: Phó Trưởng ban Thường trực",
        tags=["party", "front"],
        menu=["Trang chủ", "Giới thiệu", ("Tin tức", ["Hoạt động của Ban", "Tuyên giáo", "Dân vận", "Khoa giáo"]),
              "Bài phát biểu", "Bảo vệ nền tảng tư tưởng", "Văn bản", "Liên hệ"]),
    "ninhbinh_dcq": dict(
        name="Đảng bộ các cơ quan Đảng tỉnh Ninh Bình", short="Đảng bộ các cơ quan Đảng tỉnh",
        domain="dangbocqd.ninhbinh.dcs.vn", org="Đảng ủy các cơ quan Đảng tỉnh Ninh Bình",
        addr="Số 5 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
        phone="0229.3871.402", email="vp.dcqd@ninhbinh.dcs.vn",
        lic="Trang thông tin điện tử Đảng bộ các cơ quan Đảng tỉnh Ninh Bình",
        editor="Chịu trách nhiệm: Văn phòng Đảng ủy",
        tags=["party"],
        menu=["Trang chủ", "Giới thiệu", "Tin hoạt động", "Kiểm tra - Giám sát", "Thông báo",
              "Văn bản", "Tài liệu sinh hoạt chi bộ"]),
    "hcm_phuong": dict(
        name="Đảng bộ phường Bình Thạnh", short="Đảng bộ phường Bình Thạnh",
        domain="dangbo.binhthanh.hochiminhcity.gov.vn", org="Đảng ủy phường Bình Thạnh, TP. Hồ Chí Minh",
        addr="Số 6 đường Phan Đăng Lưu, phường Bình Thạnh, TP. Hồ Chí Minh",
        phone="028.3841.2275", email="dangbo.binhthanh@tphcm.gov.vn",
        lic="Trang thông tin điện tử Đảng bộ phường Bình Thạnh",
        editor="Chịu trách nhiệm: Văn phòng Đảng ủy phường",
        tags=["front", "party"],
        menu=["Trang chủ", "Giới thiệu", "Tin Đảng bộ", "Tin Trung ương", "Mặt trận - Đoàn thể",
              "Văn bản", "Liên hệ"]),
    "vinhlong_xa": dict(
        name="Cổng thông tin điện tử xã Long Hồ", short="Xã Long Hồ - tỉnh Vĩnh Long",
        domain="longho.vinhlong.gov.vn", org="Ủy ban nhân dân xã Long Hồ",
        addr="Ấp Phước Lợi, xã Long Hồ, tỉnh Vĩnh Long",
        phone="0270.3850.116", email="longho@vinhlong.gov.vn",
        lic="Cổng thông tin điện tử xã Long Hồ, tỉnh Vĩnh Long",
        editor="Chịu trách nhiệm: Chủ tịch UBND xã",
        tags=["front", "general"],
        menu=["Trang chủ", "Giới thiệu", ("Tin tức", ["Hoạt động của Đảng ủy", "Chính quyền", "Mặt trận - Đoàn thể"]),
              "Thủ tục hành chính", "Văn bản", "Hỏi đáp"]),
    "cantho_ldld": dict(
        name="Liên đoàn Lao động thành phố Cần Thơ", short="Công đoàn Cần Thơ",
        domain="congdoan.cantho.gov.vn", org="Liên đoàn Lao động thành phố Cần Thơ",
        addr="Số 2 đường Hòa Bình, phường Ninh Kiều, TP. Cần Thơ",
        phone="0292.3820.471", email="ldld@cantho.gov.vn",
        lic="Giấy phép số 14/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch TP. Cần Thơ cấp",
        editor="Chịu trách nhiệm: Ban Tuyên giáo LĐLĐ thành phố",
        tags=["union", "front"],
        menu=["Trang chủ", "Giới thiệu", "Tin hoạt động", "Chăm lo đoàn viên", "Mái ấm Công đoàn",
              "Pháp luật lao động", "Văn bản"]),
    "camau_phuong": dict(
        name="Đảng bộ phường Bạc Liêu", short="Đảng bộ phường Bạc Liêu",
        domain="dangbo.phuongbaclieu.camau.dcs.vn", org="Đảng ủy phường Bạc Liêu, tỉnh Cà Mau",
        addr="Số 1 đường Hoàng Văn Thụ, phường Bạc Liêu, tỉnh Cà Mau",
        phone="0291.3822.430", email="dangbo.baclieu@camau.dcs.vn",
        lic="Trang thông tin điện tử Đảng bộ phường Bạc Liêu",
        editor="Chịu trách nhiệm: Ban Xây dựng Đảng phường",
        tags=["party", "front"],
        menu=["Trang chủ", "Giới thiệu", "Tin tức", "Dân vận khéo", "Văn bản", "Liên hệ"]),
    "khanhhoa_dubnd": dict(
        name="Đảng bộ Ủy ban nhân dân tỉnh Khánh Hòa", short="Đảng bộ UBND tỉnh Khánh Hòa",
        domain="dangbo-ubnd.khanhhoa.dcs.vn", org="Đảng ủy Ủy ban nhân dân tỉnh Khánh Hòa",
        addr="Số 1 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258.3822.661", email="vpdu.ubnd@khanhhoa.dcs.vn",
        lic="Trang thông tin điện tử Đảng bộ UBND tỉnh Khánh Hòa",
        editor="Chịu trách nhiệm: Văn phòng Đảng ủy UBND tỉnh",
        tags=["party"],
        menu=["Trang chủ", "Tin hoạt động", "Xây dựng Đảng", "Văn bản", "Liên hệ"]),
}


def footer_lines(site):
    return ["Bản quyền thuộc %s" % site["org"], "Địa chỉ: %s" % site["addr"],
            "Điện thoại: %s - Email: %s" % (site["phone"], site["email"]), site["lic"], site["editor"],
            "Ghi rõ nguồn “%s” khi phát hành lại thông tin từ website này." % site["short"]]


def news_items_html(items, url_base, with_date=True, date_fmt=d_slash, cls="list-news", rng=None):
    out = ['<ul class="%s">' % cls]
    for t, d in items:
        ds = (' <span class="date">(%s)</span>' % date_fmt(d)) if with_date else ""
        out.append('<li><a href="%s/%s-%d.html" title="%s">%s</a>%s</li>' % (
            url_base, slug(t)[:70], (sum(map(ord, t)) * 7 % 90000 + 10000 if rng is None else rng.randint(10000, 99999)),
            att(t), esc(t), ds))
    out.append("</ul>")
    return "\n".join(out)


def ctransform(pg, s):
    """Apply the page's content quirks (entities / decomposed text)."""
    if pg.get("entities"):
        s = entityize(s)
    if pg.get("nfd"):
        s = unicodedata.normalize("NFD", s)
    return s


def pub(pg):
    return pdt(pg["published"])


# ---------------------------------------------------------------- Liferay

class LiferayBody(Body):
    def p(self, t):
        return '<p style="text-align: justify;">%s</p>' % inline(t)

    def h(self, t):
        return '<p style="text-align: justify;"><strong>%s</strong></p>' % inline(t)

    def img(self, cap):
        w, h = self.rng.choice([(640, 427), (700, 466), (600, 400)])
        return ('<p style="text-align: center;"><img alt="" src="%s" style="width: %dpx; height: %dpx;" /></p>\n'
                '<p style="text-align: center;"><em>%s</em></p>' % (self.src(), w, h, inline(cap)))

    def src(self):
        self.n += 1
        return "/documents/%d/%d/%s.jpg/%s?t=%d" % (
            self.rng.randint(20000, 99999), self.rng.randint(100000, 999999), rnd_id(self.rng, 10).lower(),
            "-".join(rnd_id(self.rng, k, "0123456789abcdef") for k in (8, 4, 4, 4, 12)),
            self.rng.randint(1700000000000, 1790000000000))


def liferay_js(rng, portlets, site):
    company = rng.randint(10100, 10199)
    plid = rng.randint(100000, 999999)
    out = ["<script type=\"text/javascript\">\n// <![CDATA[\nvar Liferay={Browser:{acceptsGzip:function(){return true},"
           "getMajorVersion:function(){return 120},getRevision:function(){return \"537.36\"},isChrome:function(){return true},"
           "isIe:function(){return false},isMobile:function(){return false}},Data:{NAV_SELECTOR:\"#navigation\",isCustomizationView:function(){return false},notices:[null]},"
           "ThemeDisplay:{getLayoutId:function(){return \"%d\"},getLayoutURL:function(){return \"https://%s/web/guest/tin-tuc\"},"
           "getParentLayoutId:function(){return \"0\"},isPrivateLayout:function(){return \"false\"},isVirtualHost:function(){return true},"
           "getBCP47LanguageId:function(){return \"vi-VN\"},getCDNBaseURL:function(){return \"https://%s\"},getCDNDynamicResourcesHost:function(){return \"\"},"
           "getCompanyId:function(){return \"%d\"},getCompanyGroupId:function(){return \"%d\"},getDefaultLanguageId:function(){return \"vi_VN\"},"
           "getLanguageId:function(){return \"vi_VN\"},getParentGroupId:function(){return \"%d\"},getPathContext:function(){return \"\"},"
           "getPathImage:function(){return \"/image\"},getPathJavaScript:function(){return \"/html/js\"},getPathMain:function(){return \"/c\"},"
           "getPathThemeImages:function(){return \"https://%s/TTDT-theme/images\"},getPathThemeRoot:function(){return \"/TTDT-theme\"},"
           "getPlid:function(){return \"%d\"},getPortalURL:function(){return \"https://%s\"},getScopeGroupId:function(){return \"%d\"},"
           "getSessionId:function(){return \"\"},getSiteGroupId:function(){return \"%d\"},getURLControlPanel:function(){return \"/group/control_panel?refererPlid=%d\"},"
           "getUserId:function(){return \"%d\"},getUserName:function(){return \"\"},isAddSessionIdToURL:function(){return false},"
           "isFreeformLayout:function(){return false},isImpersonated:function(){return false},isSignedIn:function(){return false},"
           "isStateExclusive:function(){return false},isStateMaximized:function(){return false},isStatePopUp:function(){return false}},"
           "PropsValues:{NTLM_AUTH_ENABLED:false}};\nvar themeDisplay=Liferay.ThemeDisplay;\n"
           "Liferay.AUI.setConfig({base:\"/html/js/aui/\",combine:true,comboPath:\"/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=%d&\",filter:\"min\",root:\"aui/\"});\n"
           "Liferay.authToken=\"%s\";\nLiferay.currentURL=\"\\x2fweb\\x2fguest\\x2ftin-tuc\";\nLiferay.currentURLEncoded=\"%%2Fweb%%2Fguest%%2Ftin-tuc\";\n// ]]>\n</script>"
           % (rng.randint(10, 400), site["domain"], site["domain"], company, company + 37, rng.randint(10000, 99999),
              site["domain"], plid, site["domain"], company + 18, company + 18, plid, company + 4,
              rng.randint(1690000000000, 1790000000000), rnd_id(rng, 8))]
    out.append("<script type=\"text/javascript\">\n// <![CDATA[")
    for i, pid in enumerate(portlets):
        out.append("Liferay.Portlet.onLoad({canEditTitle:false,columnPos:%d,isStatic:'end',namespacedId:'p_p_id_%s_',"
                   "portletId:'%s',refreshURL:'\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s"
                   "\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview"
                   "\\x26p_p_col_id\\x3dcolumn-%d\\x26p_p_col_pos\\x3d%d\\x26p_p_col_count\\x3d%d\\x26p_p_isolated\\x3d1'});"
                   % (i % 4, pid, pid, plid, pid, 1 + i % 2, i % 4, len(portlets)))
    out.append("AUI().use('aui-base','liferay-form','liferay-menu','liferay-notice','liferay-poller','liferay-session',function(A){"
               "(function(){Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node);});"
               "if(A.UA.mobile){Liferay.Util.addInputCancel();}})();(function(){new Liferay.Menu();var liferayNotices=Liferay.Data.notices;"
               "for(var i=1;i<liferayNotices.length;i++){Liferay.Notice(liferayNotices[i]);}})();(function(){Liferay.Session=new Liferay.SessionBase("
               "{autoExtend:true,sessionLength:30,redirectOnExpire:false,redirectUrl:'\\x2fweb\\x2fguest',warningLength:1});})();});\n// ]]>\n</script>")
    return "\n".join(out)


def liferay_page(pg, rng, main_html, title_tag):
    site = SITES[pg["site"]]
    big = pg.get("big", False)
    pids = ["%s_INSTANCE_%s" % (rng.choice(["101", "56", "73", "TinTuc_WAR_TTDTportlet", "ThongKe_WAR_TTDTportlet",
                                             "LienKet_WAR_TTDTportlet", "VanBan_WAR_TTDTportlet", "Video_WAR_TTDTportlet"]),
                                 rnd_id(rng, 12)) for _ in range(34 if big else 14)]
    newest = latest_day(rng)
    tags = site["tags"]
    side = []
    side.append('<div class="portlet-boundary" id="p_p_id_%s_"><section class="portlet"><h2 class="portlet-title">'
                '<span>Tin mới</span></h2><div class="portlet-content">%s</div></section></div>'
                % (pids[1], news_items_html(headlines(rng, tags, 12 if big else 7, newest, 40), "/web/guest/tin-moi",
                                            rng=rng)))
    side.append('<div class="portlet-boundary" id="p_p_id_%s_"><section class="portlet"><h2 class="portlet-title">'
                '<span>Văn bản mới</span></h2><div class="portlet-content">%s</div></section></div>'
                % (pids[2], docs_table(rng, 18 if big else 6)))
    if big:
        side.append('<div class="portlet-boundary" id="p_p_id_%s_"><section class="portlet"><h2 class="portlet-title">'
                    '<span>Thư viện ảnh</span></h2><div class="portlet-content">%s</div></section></div>'
                    % (pids[3], photo_gallery(rng, 60, "/web/guest/thu-vien-anh")))
        side.append('<div class="portlet-boundary" id="p_p_id_%s_"><section class="portlet"><h2 class="portlet-title">'
                    '<span>Đọc nhiều</span></h2><div class="portlet-content">%s</div></section></div>'
                    % (pids[4], news_items_html(headlines(rng, tags + ["front"], 15, newest, 120), "/web/guest/doc-nhieu",
                                                with_date=False, rng=rng)))
        side.append('<div class="portlet-boundary" id="p_p_id_%s_"><section class="portlet"><h2 class="portlet-title">'
                    '<span>Tin các đơn vị</span></h2><div class="portlet-content">%s</div></section></div>'
                    % (pids[7], news_items_html(headlines(rng, ["front", "women", "youth", "farmer", "veteran", "union"], 40, newest, 90),
                                                "/web/guest/tin-co-so", rng=rng)))
    side.append('<div class="portlet-boundary" id="p_p_id_%s_"><section class="portlet"><h2 class="portlet-title">'
                '<span>Liên kết website</span></h2><div class="portlet-content">%s</div></section></div>'
                % (pids[5], links_select(rng, "_LienKet_WAR_TTDTportlet_lk")))
    side.append('<div class="portlet-boundary" id="p_p_id_%s_"><section class="portlet"><h2 class="portlet-title">'
                '<span>Thống kê truy cập</span></h2><div class="portlet-content">%s</div></section></div>'
                % (pids[6], counter_box(rng, "table")))
    menu = menu_ul(site["menu"], "nav", "child-menu", "/web/guest/")
    css = css_blob(rng, 640 if big else 120)
    top = """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>%s</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="%s" lang="vi-VN" name="description" />
<link href="/TTDT-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="https://%s%s" rel="canonical" />
<link href="/html/css/main.css?browserId=other&amp;themeId=TTDTtheme_WAR_TTDTtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />
<link href="/html/portlet/journal_content/css/main.css?browserId=other&amp;themeId=TTDTtheme_WAR_TTDTtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />
%s
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=TTDTtheme_WAR_TTDTtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" type="text/javascript"></script>
<style type="text/css">%s</style>
%s
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="date-time"><i class="icon-calendar"></i> %s</div>
<div class="top-links"><a href="/web/guest/so-do-site">Sơ đồ site</a> | <a href="/web/guest/lien-he">Liên hệ</a> | <a href="/c/portal/login">Đăng nhập</a></div></div>
<div class="banner-main"><a class="logo" href="https://%s" title="%s"><img alt="%s" src="/TTDT-theme/images/banner/banner-%s.png" /></a></div>
<form action="/web/guest/tim-kiem" class="search-top" method="get"><input name="_3_keywords" placeholder="Tìm kiếm..." type="text" /><button type="submit">Tìm</button></form>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">%s</nav>
<div class="marquee-news"><marquee scrollamount="3">%s</marquee></div>
</header>
<div id="content">
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_TinTuc_WAR_TTDTportlet_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_%s_">
<span id="p_%s"></span>
<div class="portlet-borderless-container"><div class="portlet-body">
""" % (esc(title_tag), att(pg.get("desc", "")), site["domain"], pg.get("path", "/"),
       rng.randint(1690000000000, 1790000000000), rng.randint(1690000000000, 1790000000000),
       ga_script(rng), rng.randint(1690000000000, 1790000000000), css,
       liferay_js(rng, pids, site), esc(crawl_header(pg.get("hdr", "ngay"))), site["domain"], att(site["name"]),
       att(site["name"]), slug(site["short"]), menu,
       " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(esc(t) for t, _ in headlines(rng, tags, 5, newest, 20)),
       pids[0], pids[0])
    bottom = """
</div></div></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
%s
</div></div>
</div></div>
</div>
<footer id="footer" role="contentinfo">
<div class="footer-menu">%s</div>
<div class="footer-info">%s</div>
<div class="mobile-menu" style="display:none">%s</div>
</footer>
</div>
<script src="/TTDT-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base',function(A){var navigation=A.one('#navigation');if(navigation){navigation.plug(Liferay.NavigationInteraction);}});
Liferay.Util.addInputFocus();Liferay.Portlet.runtimePortletIds=[%s];
// ]]>
</script>
</body>
</html>
""" % ("\n".join(side), menu_ul([m if isinstance(m, str) else m[0] for m in site["menu"]], "footer-nav", "x", "/web/guest/"),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), menu, rng.randint(1690000000000, 1790000000000),
       ",".join("'%s'" % p for p in pids[:6]))
    return top + main_html + bottom


def tpl_liferay(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    body = LiferayBody(rng).render(blocks)
    lead = lead_of(blocks)
    parts = ['<ul class="breadcrumb"><li><a href="/web/guest">Trang chủ</a></li><li><a href="/web/guest/tin-tuc">Tin tức</a></li>'
             '<li class="active"><a href="/web/guest/%s">%s</a></li></ul>' % (slug(pg["cat"]), esc(pg["cat"])),
             '<div class="news-detail">',
             '<h1 class="title-detail">%s</h1>' % esc(pg["title"]),
             '<div class="date-detail"><span class="icon-time"></span> %s</div>' % esc(pg["date_text"](d)),
             share_tools()]
    if lead:
        parts.append('<div class="sapo-detail"><strong>%s</strong></div>' % inline(lead))
    parts.append('<div class="journal-content-article content-detail">\n%s\n</div>' % body)
    parts.append('<div class="author-detail" style="text-align: right;">%s</div>' %
                 "<br />".join("<strong>%s</strong>" % esc(l) for l in pg["byline"]))
    parts.append('<div class="rating-detail"><span>Đánh giá bài viết:</span> <span class="stars">'
                 + "".join('<a href="#" data-star="%d">&#9733;</a>' % i for i in range(1, 6))
                 + '</span> <span class="rating-result">(%d lượt đánh giá)</span></div>' % rng.randint(0, 40))
    parts.append('<div class="view-count">Lượt xem: %d</div>' % rng.randint(120, 6000))
    parts.append("</div>")
    others = headlines(rng, site["tags"], 14 if pg.get("big") else 8, d.date(), 120)
    parts.append('<div class="other-news"><h3 class="title-other">Tin cùng chuyên mục</h3>%s</div>' %
                 news_items_html(others, "/web/guest/" + slug(pg["cat"]), rng=rng))
    main = "\n".join(ctransform(pg, p) for p in parts)
    return liferay_page(pg, rng, main, "%s - %s" % (pg["title"], site["name"]))


def tpl_liferay_listing(pg, rng):
    site = SITES[pg["site"]]
    items = headlines(rng, site["tags"], 16, latest_day(rng), 60)
    leads = ["Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ và thống nhất các giải pháp trọng tâm trong thời gian tới.",
             "Các đại biểu tập trung thảo luận, đề xuất nhiều giải pháp thiết thực, sát với thực tiễn cơ sở.",
             "Hoạt động nhằm nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân.",
             "Đây là dịp để các cấp ủy, chính quyền lắng nghe ý kiến, nguyện vọng của Nhân dân."]
    out = ['<ul class="breadcrumb"><li><a href="/web/guest">Trang chủ</a></li><li class="active">%s</li></ul>' % esc(pg["cat"]),
           '<h1 class="category-title">%s</h1>' % esc(pg["cat"]), '<div class="list-category">']
    for t, d in items:
        out.append('<div class="item-news"><a class="thumb" href="/web/guest/%s/-/asset_publisher/%s/content/%s">'
                   '<img src="/documents/%d/0/%s.jpg" alt="%s" /></a><h3><a href="/web/guest/%s/-/asset_publisher/%s/content/%s">%s</a></h3>'
                   '<span class="date">%s %s</span><p class="sapo">%s</p></div>'
                   % (slug(pg["cat"]), rnd_id(rng, 12), slug(t), rng.randint(20000, 99999), rnd_id(rng, 12).lower(), att(t),
                      slug(pg["cat"]), rnd_id(rng, 12), slug(t), esc(t), d_slash(d), hm(d), esc(rng.choice(leads))))
    out.append("</div>")
    out.append('<div class="pagination"><ul>%s<li><a href="?p=2">Trang sau &raquo;</a></li></ul></div>' %
               "".join('<li%s><a href="?p=%d">%d</a></li>' % (' class="active"' if i == 1 else "", i, i) for i in range(1, 8)))
    return liferay_page(pg, rng, "\n".join(out), "%s - %s" % (pg["cat"], site["name"]))


# ------------------------------------------------------------- SharePoint

class SPBody(Body):
    def p(self, t):
        return '<p style="text-align:justify">%s</p>' % inline(t)

    def h(self, t):
        return '<h3 class="ms-rteElement-H3">%s</h3>' % inline(t)

    def img(self, cap):
        return ('<table class="ms-rteTable-default image-table" align="center" style="width:90%%"><tbody>'
                '<tr><td><img src="%s" alt="" style="width:100%%" /></td></tr>'
                '<tr><td class="image-caption"><em>%s</em></td></tr></tbody></table>' % (self.src(), inline(cap)))

    def src(self):
        self.n += 1
        return "/PublishingImages/%d/%s.jpg" % (2026, rnd_id(self.rng, 14))


def sp_page(pg, rng, main_html, variant):
    site = SITES[pg["site"]]
    big = pg.get("big", False)
    newest = latest_day(rng)
    srv = "%sT%02d:%02d:%02d.%07dZ" % (CRAWL.isoformat(), rng.randint(0, 10), rng.randint(0, 59),
                                       rng.randint(0, 59), rng.randint(0, 9999999))
    digest = "0x%s,22 Nov 2026 %02d:%02d:%02d -0000" % (rnd_id(rng, 128, "0123456789ABCDEF"), rng.randint(0, 10),
                                                        rng.randint(0, 59), rng.randint(0, 59))
    req_path = pg.get("path", "/Pages/default.aspx")
    vs = viewstate(rng, 62000 if big else 9000)
    side = ['<div class="box"><h2 class="box-title">Tin mới cập nhật</h2>%s</div>' %
            news_items_html(headlines(rng, site["tags"], 12 if big else 6, newest, 30), "/Pages/tin-tuc", rng=rng),
            '<div class="box"><h2 class="box-title">Văn bản chỉ đạo</h2>%s</div>' % docs_table(rng, 12 if big else 5),
            '<div class="box weblink"><h2 class="box-title">Liên kết website</h2>%s</div>' % links_select(rng, "ctl00_ddlWeblink"),
            '<div class="box"><h2 class="box-title">Thống kê truy cập</h2>%s</div>' % counter_box(rng, "list")]
    if big:
        side.insert(2, '<div class="box"><h2 class="box-title">Hình ảnh hoạt động</h2>%s</div>' %
                    photo_gallery(rng, 30, "/Pages/hinh-anh"))
    ctx = ('var _spPageContextInfo={webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"https:\\u002f\\u002f%s",'
           'siteAbsoluteUrl:"https:\\u002f\\u002f%s",serverRequestPath:"%s",layoutsUrl:"_layouts\\u002f15",'
           'webTitle:"%s",webTemplate:"53",tenantAppVersion:"0",isAppWeb:false,Has2019Era:true,webLogoUrl:"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png",'
           'webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",'
           'clientServerTimeDelta:new Date("%s")-new Date(),siteClientTag:"%d$$15.0.5%d.1000",crossDomainPhotosEnabled:false,'
           'webUIVersion:15,webPermMasks:{High:16,Low:196673},pageListId:"{%s}",pageItemId:%d,pagePersonalizationScope:1,'
           'alertsEnabled:false,siteServerRelativeUrl:"\\u002f",allowSilverlightPrompt:"True"};'
           % (site["domain"], site["domain"], req_path.replace("/", "\\u002f"), site["name"], srv, rng.randint(0, 999),
              rng.randint(100, 999), "-".join(rnd_id(rng, k, "0123456789abcdef") for k in (8, 4, 4, 4, 12)),
              rng.randint(100, 9999)))
    menu = menu_ul(site["menu"], "ms-core-listMenu-horizontalBox root static", "dynamic", "/Pages/")
    hdr = crawl_header(pg.get("hdr", "slash"))
    top = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN" dir="ltr">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>
	%s
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=%s"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/%s/css/style.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=%s"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=%s&amp;t=%s"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=%s"></script>
<script type="text/javascript">RegisterSod("initstrings.js","\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=%s");RegisterSod("strings.js","\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev=%s");RegisterSod("sp.res.resx","\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi-vn\\u0026name=SP\\u00252ERes\\u0026rev=%s");RegisterSod("sp.ui.dialog.js","\\u002f_layouts\\u002f15\\u002fsp.ui.dialog.js?rev=%s");RegisterSodDep("sp.ui.dialog.js","sp.res.resx");</script>
<style type="text/css">%s</style>
%s
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="%s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%s" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm=document.forms['aspnetForm'];if(!theForm){theForm=document.aspnetForm;}
function __doPostBack(eventTarget,eventArgument){if(!theForm.onsubmit||(theForm.onsubmit()!=false)){theForm.__EVENTTARGET.value=eventTarget;theForm.__EVENTARGUMENT.value=eventArgument;theForm.submit();}}
%s
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">
<div class="header-top"><span class="header-date">%s</span>
<span class="header-links"><a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div>
<div class="header-banner"><a href="/" title="%s"><img src="/Style%%20Library/%s/images/banner.png" alt="%s" /></a></div>
<div class="header-menu" id="zz1_TopNavigationMenu">%s</div>
<div class="header-search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" placeholder="Nhập từ khóa tìm kiếm" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" /></div>
</div>
<div class="main-body"><div class="col-main" id="contentBox">
<div id="ctl00_PlaceHolderMain_ctl00" class="article-detail">
""" % (esc(pg.get("title_tag", site["name"])), rnd_id(rng, 22), slug(site["short"]), rnd_id(rng, 22), rnd_id(rng, 86),
       rnd_id(rng, 8), rnd_id(rng, 22), rnd_id(rng, 22), rnd_id(rng, 22), rnd_id(rng, 22), rnd_id(rng, 22),
       css_blob(rng, 300 if big else 90), ga_script(rng), att(req_path.split("/")[-1] + pg.get("qs", "")), digest, vs, ctx,
       esc(hdr), att(site["name"]), slug(site["short"]), att(site["name"]), menu)
    bottom = """
</div>
</div>
<div class="col-right">%s</div></div>
<div class="footer"><div class="footer-menu">%s</div><div class="footer-info">%s</div></div>
</div></div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval=1440000;var _fV4UI=true;
function WebForm_OnSubmit(){UpdateFormDigest('\\u002f',1440000);if(typeof(_spFormOnSubmitWrapper)!='undefined'){return _spFormOnSubmitWrapper();}else{return true;};}
ExecuteOrDelayUntilScriptLoaded(function(){var initInfo={itemId:%d,listId:"{%s}",viewId:null,viewType:0};SP.Ribbon.PageState.ImportedNativeData.initialize(initInfo);},'sp.ribbon.js');
//]]>
</script>
</form>
</body>
</html>
""" % ("\n".join(side), menu_ul([m if isinstance(m, str) else m[0] for m in site["menu"]], "footer-nav", "x", "/Pages/"),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), rnd_id(rng, 8, "0123456789ABCDEF"),
       viewstate(rng, 600 if big else 200), rng.randint(100, 9999),
       "-".join(rnd_id(rng, k, "0123456789abcdef") for k in (8, 4, 4, 4, 12)))
    return top + main_html + bottom


def tpl_sharepoint(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = SPBody(rng).render(blocks)
    variant = pg.get("variant", "tandan")
    parts = ['<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/%s.aspx">%s</a></div>' % (slug(pg["cat"]), esc(pg["cat"]))]
    parts.append('<h1 class="article-title">%s</h1>' % esc(pg["title"]))
    if variant == "tandan":
        parts.append('<div class="article-date">%s</div>' % esc(pg["date_text"](d)))
    parts.append(share_tools())
    if lead:
        parts.append('<div class="article-sapo"><strong>%s</strong></div>' % inline(lead))
    parts.append('<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
                 'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">\n%s\n</div>' % body)
    parts.append('<div class="article-author" style="text-align:right">%s</div>' %
                 "<br />".join("<strong>%s</strong>" % esc(l) for l in pg["byline"]))
    if variant == "trang":
        parts.append('<div class="article-date-bottom">%s</div>' % esc(pg["date_text"](d)))
    parts.append('<div class="article-views">Số lượt xem: %d</div>' % rng.randint(150, 4000))
    others = headlines(rng, site["tags"], 12 if pg.get("big") else 8, d.date(), 100)
    parts.append('<div class="other-news"><h3>Các tin khác</h3>%s</div>' % news_items_html(others, "/Pages/tin-tuc", rng=rng))
    main = "\n".join(ctransform(pg, p) for p in parts)
    return sp_page(pg, rng, main, variant)


# -------------------------------------------------------------- WordPress

class WPBody(Body):
    def __init__(self, rng, year, month):
        Body.__init__(self, rng, "/wp-content/uploads/%d/%02d" % (year, month))

    def h(self, t):
        return '<h3 class="wp-block-heading">%s</h3>' % inline(t)

    def img(self, cap):
        n = self.rng.randint(1000, 9999)
        src = self.src()
        return ('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s" alt="" '
                'class="wp-image-%d" srcset="%s 1024w, %s 300w, %s 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                '<figcaption class="wp-element-caption">%s</figcaption></figure>'
                % (src, n, src, src.replace(".jpg", "-300x200.jpg"), src.replace(".jpg", "-768x512.jpg"), inline(cap)))

    def ul(self, items):
        return '<ul class="wp-block-list">%s</ul>' % "".join("<li>%s</li>" % inline(i) for i in items)

    def quote(self, paras):
        return '<blockquote class="wp-block-quote">%s</blockquote>' % "".join("<p>%s</p>" % inline(q) for q in paras)

    def extra(self, t):
        label, _, rest = plain(t).partition(": ")
        return '<p class="xem-them"><strong>%s:</strong> <a href="/%s/">%s</a></p>' % (esc(label), slug(rest)[:60], esc(rest))


def tpl_wordpress(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    post_id = rng.randint(1200, 18000)
    body = WPBody(rng, d.year, d.month).render(blocks, skip_lead=False)
    url = "https://%s%s" % (site["domain"], pg["path"])
    utc = d.astimezone(UTC)
    pub_meta = utc.isoformat() if pg.get("meta_utc") else d.isoformat()
    mod = d + datetime.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    mod_meta = mod.astimezone(UTC).isoformat() if pg.get("meta_utc") else mod.isoformat()
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "headline": pg["title"], "datePublished": pub_meta, "dateModified": mod_meta,
         "mainEntityOfPage": {"@id": url}, "wordCount": len(gold_body(blocks).split()),
         "publisher": {"@id": "https://%s/#organization" % site["domain"]},
         "articleSection": [pg["cat"]], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (pg["title"], site["name"]),
         "datePublished": pub_meta, "dateModified": mod_meta, "inLanguage": "vi",
         "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "Organization", "@id": "https://%s/#organization" % site["domain"], "name": site["name"],
         "url": "https://%s/" % site["domain"]}]}
    if pg.get("wp_account"):
        graph["@graph"][0]["author"] = {"name": pg["wp_account"], "@id": "https://%s/#/schema/person/%s" % (site["domain"], rnd_id(rng, 32, "0123456789abcdef"))}
    ldjson = json.dumps(graph, ensure_ascii=False)
    newest = latest_day(rng)
    if pg.get("date_html"):
        date_html = pg["date_html"](d, mod)
    else:
        date_html = '<span class="posted-on"><i class="fa fa-calendar"></i> %s</span>' % esc(pg["date_text"](d))
    acct = ('<span class="byline"> Đăng bởi: <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span>'
            % (slug(pg["wp_account"]), esc(pg["wp_account"]))) if pg.get("wp_account") else ""
    tail = []
    for l in pg["byline"]:
        tail.append('<p style="text-align: right;"><strong>%s</strong></p>' % esc(l))
    if pg.get("source"):
        tail.append('<p style="text-align: right;"><em>%s</em></p>' % esc(pg["source"]))
    article = """<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">
<header class="entry-header">
<div class="breadcrumbs" id="breadcrumb"><span><a href="/">Trang chủ</a></span> » <span><a href="/category/%s/">%s</a></span></div>
<span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span>
<h1 class="entry-title">%s</h1>
<div class="entry-meta">%s%s <span class="post-views"><i class="fa fa-eye"></i> %d lượt xem</span></div>
</header>
<div class="entry-content">
%s
%s
</div>
<footer class="entry-footer"><span class="tags-links">Thẻ: %s</span>
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a class="share-facebook" href="%s?share=facebook" target="_blank">Facebook</a></li><li><a class="share-print" href="%s#print">In</a></li><li><a class="share-email" href="mailto:?subject=%s">Email</a></li></ul></div>
</footer>
</article>""" % (post_id, post_id, slug(pg["cat"]), slug(pg["cat"]), esc(pg["cat"]), slug(pg["cat"]), esc(pg["cat"]),
                  esc(pg["title"]), date_html, acct, rng.randint(80, 3000), body, "\n".join(tail),
                  ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), esc(t)) for t in pg.get("tags", [pg["cat"]])),
                  url, url, att(pg["title"]))
    article = ctransform(pg, article)
    rel = headlines(rng, site["tags"], 6, d.date(), 90)
    related = '<div class="related-posts"><h3 class="related-title">Bài viết liên quan</h3><ul>%s</ul></div>' % "".join(
        '<li><a href="/%d/%02d/%s/">%s</a> <span class="rp-date">%s</span></li>' % (dd.year, dd.month, slug(t)[:70], esc(t), d_slash(dd))
        for t, dd in rel)
    months = []
    m = CRAWL.replace(day=1)
    for _ in range(14):
        months.append('<li><a href="/%d/%02d/">Tháng %d/%d</a></li>' % (m.year, m.month, m.month, m.year))
        m = (m - datetime.timedelta(days=1)).replace(day=1)
    recent = headlines(rng, site["tags"], 8, newest, 25)
    comments = """<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type="hidden" name="comment_post_ID" value="%d" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>
</form></div></div>""" % post_id
    head_meta = ""
    if not pg.get("no_meta_date"):
        head_meta = ('<meta property="article:published_time" content="%s" />\n<meta property="article:modified_time" content="%s" />\n'
                     % (pub_meta, mod_meta))
    page = """<!doctype html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>%s - %s</title>
<meta name="description" content="%s"/>
<meta name="robots" content="index, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="%s" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="%s" />
<meta property="og:url" content="%s" />
<meta property="og:site_name" content="%s" />
<meta property="article:section" content="%s" />
%s<meta name="twitter:card" content="summary_large_image" />
<script type="application/ld+json" class="yoast-schema-graph">%s</script>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng thông tin" href="https://%s/feed/" />
<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/%s\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.8.1"}};
!function(s,n){var o,i,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://%s/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1' media='all' />
<link rel='stylesheet' id='theme-style-css' href='https://%s/wp-content/themes/%s/style.css?ver=2.4.%d' media='all' />
<style id='global-styles-inline-css'>%s</style>
<script src="https://%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://%s/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="https://%s/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://%s/wp-json/wp/v2/posts/%d" />
<meta name="generator" content="WordPress 6.8.1" />
<link rel='shortlink' href='https://%s/?p=%d' />
%s
</head>
<body class="wp-singular post-template-default single single-post postid-%d single-format-standard wp-theme-%s">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
<div class="top-bar"><div class="container"><span class="current-date">%s</span><ul class="social"><li><a href="https://facebook.com/%s">Facebook</a></li><li><a href="https://zalo.me/%d">Zalo</a></li><li><a href="https://youtube.com/@%s">YouTube</a></li></ul></div></div>
<div class="site-branding container"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">%s</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>%s</nav>
</header>
<div id="content" class="site-content container">
<div id="primary" class="content-area"><main id="main" class="site-main">
%s
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="/%s/" rel="prev"><span class="meta-nav">Bài trước</span> %s</a></div><div class="nav-next"><a href="/%s/" rel="next"><span class="meta-nav">Bài sau</span> %s</a></div></div></nav>
%s
%s
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>%s</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>%s</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>%s</ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Liên kết</h2><div class="textwidget custom-html-widget">%s</div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="container">%s<div class="site-info">Vận hành bởi WordPress</div></div></footer>
</div>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"\\/*"},{"not":{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/uploads\\/*"]}}]},"eagerness":"conservative"}]}</script>
<script src="https://%s/wp-content/themes/%s/js/navigation.js?ver=2.4" id="theme-navigation-js"></script>
<script src="https://%s/wp-includes/js/comment-reply.min.js?ver=6.8.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
""" % (esc(pg["title"]), esc(site["name"]), att(plain(lead_of(blocks) or pg["title"])[:160]), url, att(pg["title"]), url,
       att(site["name"]), att(pg["cat"]), head_meta, ldjson, esc(site["name"]), site["domain"], site["domain"], site["domain"],
       site["domain"], pg.get("theme", "newsup"), rng.randint(1, 9), css_blob(rng, 70), site["domain"], site["domain"],
       site["domain"], site["domain"], post_id, site["domain"], post_id, ga_script(rng), post_id, pg.get("theme", "newsup"),
       esc(crawl_header(pg.get("hdr", "wp"))), slug(site["short"]), rng.randint(1000000, 9999999), slug(site["short"]),
       esc(site["name"]), esc(site["org"]), menu_ul(site["menu"], "menu nav-menu", "sub-menu", "/category/"), article,
       slug(rel[0][0]), esc(rel[0][0]), slug(rel[1][0]), esc(rel[1][0]), related, comments,
       "".join('<li><a href="/%s/">%s</a> <span class="post-date">%s</span></li>' % (slug(t)[:60], esc(t), d_slash(dd)) for t, dd in recent),
       "".join('<li class="cat-item"><a href="/category/%s/">%s</a> (%d)</li>' % (slug(m if isinstance(m, str) else m[0]), esc(m if isinstance(m, str) else m[0]), rng.randint(3, 400)) for m in site["menu"][1:]),
       "".join(months), links_select(rng, "lienket"),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), site["domain"], pg.get("theme", "newsup"), site["domain"])
    return page


# ----------------------------------------------------------------- Joomla

class JoomlaBody(Body):
    def img(self, cap):
        return ('<div class="img_caption center" style="width: 600px;"><img src="%s" alt="" width="600" height="400" />'
                '<p class="img_caption">%s</p></div>' % (self.src(), inline(cap)))

    def h(self, t):
        return "<h3><strong>%s</strong></h3>" % inline(t)


def joomla_page(pg, rng, main_html, title_tag, j4=False):
    site = SITES[pg["site"]]
    newest = latest_day(rng)
    ver = rnd_id(rng, 32, "0123456789abcdef")
    mods = ['<div class="moduletable"><h3>Tin mới</h3>%s</div>' % news_items_html(headlines(rng, site["tags"], 8, newest, 30), "/index.php/tin-moi", rng=rng),
            '<div class="moduletable"><h3>Tin đọc nhiều</h3>%s</div>' % news_items_html(headlines(rng, site["tags"], 6, newest, 150), "/index.php/doc-nhieu", with_date=False, rng=rng),
            '<div class="moduletable"><h3>Liên kết</h3>%s</div>' % links_select(rng, "weblinks"),
            '<div class="moduletable"><h3>Thống kê truy cập</h3>%s</div>' % counter_box(rng, "list")]
    if j4:
        head_js = ('<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo",'
                   '"NOTICE":"Thông báo","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"Đồng ý","JOPEN":"Mở"},"system.paths":{"root":"","rootFull":"https:\\/\\/%s\\/","base":"","baseFull":"https:\\/\\/%s\\/"},'
                   '"csrf.token":"%s"}</script>\n<script src="/media/system/js/core.min.js?%s"></script>\n'
                   '<script src="/media/templates/site/cassiopeia/js/template.min.js?%s" type="module"></script>'
                   % (site["domain"], site["domain"], ver, ver[:6], ver[:6]))
        css = '<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet" />' % ver[:6]
    else:
        head_js = ('<script src="/media/jui/js/jquery.min.js?%s"></script>\n<script src="/media/jui/js/jquery-noconflict.js?%s"></script>\n'
                   '<script src="/media/jui/js/jquery-migrate.min.js?%s"></script>\n<script src="/media/system/js/caption.js?%s"></script>\n'
                   '<script src="/media/jui/js/bootstrap.min.js?%s"></script>\n<script>jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });</script>'
                   % ((ver[:6],) * 5))
        css = '<link href="/templates/%s/css/template.css?%s" rel="stylesheet" />' % (slug(site["short"])[:12], ver[:6])
    return """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="https://%s%s" />
<meta name="keywords" content="%s" />
<meta name="author" content="%s" />
<meta name="description" content="%s" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>%s</title>
<link href="/templates/%s/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
%s
<style>%s</style>
%s
%s
</head>
<body class="site com_content view-article no-layout no-task itemid-%d">
<div class="body" id="top"><div class="container">
<header class="header" role="banner">
<div class="header-top"><span class="today">%s</span>
<span class="hotline">Đường dây nóng: %s</span></div>
<div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/banner/banner-%s.png" alt="%s" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div></div>
</header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/tắt menu</span></a></div><div class="nav-collapse">%s</div></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
%s
</main>
<div id="aside" class="span3">%s</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />%s<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body>
</html>
""" % (site["domain"], pg.get("path", "/"), att(", ".join(pg.get("tags", [pg.get("cat", "")]))), att(pg.get("meta_author", "Quản trị viên")),
       att(site["name"]), esc(title_tag), slug(site["short"])[:12], css, css_blob(rng, 60), head_js, ga_script(rng),
       rng.randint(101, 299), esc(crawl_header(pg.get("hdr", "joomla"))), site["phone"], slug(site["short"]), att(site["name"]),
       menu_ul(site["menu"], "nav menu nav-pills mod-list", "nav-child unstyled small", "/index.php/"), main_html,
       "\n".join(mods), "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)))


def tpl_joomla(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    j4 = pg.get("j4", False)
    body = JoomlaBody(rng, "/images/tin-tuc/%d/%02d" % (d.year, d.month)).render(blocks, skip_lead=False)
    machine = d.astimezone(UTC).isoformat() if pg.get("meta_utc") else d.isoformat()
    hits = rng.randint(90, 3000)
    info = ['<dl class="article-info muted">', '<dt class="article-info-term">Chi tiết</dt>']
    if pg.get("cms_account"):
        info.append('<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi '
                    '<span itemprop="name">%s</span></dd>' % esc(pg["cms_account"]))
    info.append('<dd class="category-name">Danh mục: <a href="/index.php/%s" itemprop="genre">%s</a></dd>' % (slug(pg["cat"]), esc(pg["cat"])))
    info.append('<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="%s" itemprop="datePublished">%s</time></dd>'
                % (machine, esc(pg["date_text"](d))))
    info.append('<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:%d" />Lượt xem: %d</dd>' % (hits, hits))
    info.append("</dl>")
    htag = "h1" if j4 else "h2"
    byline = "".join('<p style="text-align: right;"><strong>%s</strong></p>' % esc(l) for l in pg["byline"])
    art = """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><%s itemprop="headline">%s</%s></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="/index.php/%s?tmpl=component&amp;print=1" rel="nofollow">In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" rel="nofollow">E-mail</a></li></ul></div></div>
%s
<div itemprop="articleBody">
%s
%s
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="%s" href="/index.php/%s" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a class="hasTooltip" title="%s" href="/index.php/%s" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul>
</div>""" % (htag, esc(pg["title"]), htag, slug(pg["cat"]), "\n".join(info), body, byline,
             *[x for t, _ in headlines(rng, site["tags"], 2, d.date(), 30) for x in (att(t), slug(t)[:60])])
    others = headlines(rng, site["tags"], 8, d.date(), 90)
    art += '\n<div class="moduletable tin-khac"><h3>Các tin khác</h3>%s</div>' % news_items_html(
        others, "/index.php/" + slug(pg["cat"]), rng=rng, date_fmt=lambda x: d_slash(x))
    art = ctransform(pg, art)
    return joomla_page(pg, rng, art, "%s - %s" % (pg["title"], site["name"]), j4)


def tpl_joomla_404(pg, rng):
    site = SITES[pg["site"]]
    main = """<div class="item-page error-page">
<div class="page-header"><h2>Không tìm thấy trang</h2></div>
<div class="alert alert-warning"><p><strong>404 - Không tìm thấy bài viết</strong></p>
<p>Bài viết bạn yêu cầu không tồn tại, đã bị gỡ bỏ hoặc đường dẫn không chính xác.</p>
<p>Bạn có thể:</p><ul><li>Kiểm tra lại địa chỉ đường dẫn;</li><li>Quay về <a href="/">Trang chủ</a>;</li><li>Sử dụng chức năng tìm kiếm ở đầu trang.</li></ul></div>
</div>"""
    return joomla_page(pg, rng, main, "Không tìm thấy trang - %s" % site["name"])


# -------------------------------------------------------------------- DNN

class DNNBody(Body):
    def p(self, t):
        return '<p style="text-align: justify;">%s</p>' % inline(t)

    def img(self, cap):
        return ('<div style="text-align: center;"><img alt="" src="%s" style="width: 650px; height: 433px;" /></div>'
                '<div style="text-align: center;"><em>%s</em></div>' % (self.src(), inline(cap)))

    def table(self, rows):
        out = ['<table border="1" cellpadding="3" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
        for i, row in enumerate(rows):
            cells = "".join(('<td style="text-align:center"><strong>%s</strong></td>' if i == 0 else "<td>%s</td>") % inline(c) for c in row)
            out.append("<tr>%s</tr>" % cells)
        out.append("</tbody></table>")
        return "".join(out)


def tpl_dnn(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    mid = rng.randint(380, 990)
    aid = rng.randint(1000, 9000)
    body = DNNBody(rng, "/Portals/0/EasyDNNnews/%d" % aid).render(blocks)
    newest = latest_day(rng)
    vs = viewstate(rng, 14000)
    parts = ['<div class="edn_article edn_clearFix">', '<h1 class="edn_articleTitle">%s</h1>' % esc(pg["title"])]
    parts.append('<div class="edn_metaDetails">%s <span class="edn_views">Lượt xem: %d</span></div>' % (pg["date_html"](d), rng.randint(60, 2500)))
    if lead:
        parts.append('<div class="edn_articleSummary"><p>%s</p></div>' % inline(lead))
    parts.append('<div class="edn_articleDetails edn_clearFix">\n%s\n</div>' % body)
    for l in pg["byline"]:
        parts.append('<p class="edn_author" style="text-align: right;"><strong>%s</strong></p>' % esc(l))
    parts.append('<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/ArtMID/%d/ArticleID/%d/Print" target="_blank">In bài</a> '
                 '<a class="edn_emailButton" href="#">Gửi email</a></div>' % (mid, aid))
    parts.append("</div>")
    others = headlines(rng, site["tags"], 10, d.date(), 90)
    parts.append('<div class="edn_relatedArticles"><h3>Tin cùng chuyên mục</h3>%s</div>' % news_items_html(
        others, "/tin-tuc/ArtMID/%d/ArticleID" % mid, rng=rng))
    art = ctransform(pg, "\n".join(parts))
    pane = lambda title, html_: '<div class="DnnModule"><div class="box"><h2 class="box-title">%s</h2>%s</div></div>' % (title, html_)
    return """<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2026, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	%s
</title>
<meta id="MetaDescription" name="DESCRIPTION" content="%s" />
<meta id="MetaKeywords" name="KEYWORDS" content="%s" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%d" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=%d" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/%s/skin.css?cdv=%d" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-UI/01_13_02/jquery-ui.min.js?cdv=%d" type="text/javascript"></script>
<style>%s</style>
%s
</head>
<body id="Body">
<form method="post" action="%s" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {theForm = document.Form;}
function __doPostBack(eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != false)) {theForm.__EVENTTARGET.value = eventTarget;theForm.__EVENTARGUMENT.value = eventArgument;theForm.submit();}}
//]]>
</script>
<script src="/WebResource.axd?d=%s&amp;t=%d" type="text/javascript"></script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /><input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>
<script src="/js/dnn.modalpopup.js?cdv=%d" type="text/javascript"></script><script src="/js/dnncore.js?cdv=%d" type="text/javascript"></script>
<div id="siteWrapper">
<div class="header"><div class="topbar"><span class="topdate">%s</span>
<span class="toplinks"><a id="dnn_dnnLOGIN_loginLink" href="/Login?returnurl=%%2f" rel="nofollow">Đăng nhập</a></span></div>
<div class="banner"><a id="dnn_dnnLOGO_hypLogo" title="%s" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner.png" alt="%s" /></a></div>
<div id="dnn_dnnNAV" class="navbar">%s</div></div>
<div class="container"><div class="row">
<div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-%d"><a name="%d"></a>
<div class="DNNContainer_noTitle"><div id="dnn_ctr%d_ContentPane">
<div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_%d news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">%s</a></div>
%s
</div></div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">%s%s%s%s</div>
</div></div>
<div class="footer"><div class="container">%s</div><div class="copyright">Copyright 2026 by %s</div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`%d`}" />
<input name="__RequestVerificationToken" type="hidden" value="%s" />
</form>
</body>
</html>
""" % (esc(pg["title"]), att(plain(lead or pg["title"])[:150]), att(pg["cat"]), rng.randint(100, 999), rng.randint(100, 999),
       slug(site["short"])[:10], rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), css_blob(rng, 80),
       ga_script(rng), att(pg["path"]), vs, rnd_id(rng, 60), rng.randint(630000000000000000, 639000000000000000),
       viewstate(rng, 300), rng.randint(100, 999), rng.randint(100, 999), esc(crawl_header(pg.get("hdr", "slash_l"))),
       att(site["name"]), att(site["name"]), menu_ul(site["menu"], "nav navbar-nav", "dropdown-menu", "/"), mid, mid, mid, mid, mid,
       esc(pg["cat"]), art,
       pane("Tin mới", news_items_html(headlines(rng, site["tags"], 8, newest, 30), "/tin-moi", rng=rng)),
       pane("Văn bản mới", docs_table(rng, 6, pg.get("doc_agency", "TU"))),
       pane("Liên kết website", links_select(rng, "dnn_ctr_ddlLink")), pane("Thống kê truy cập", counter_box(rng)),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), esc(site["org"]), rng.randint(30, 300), rnd_id(rng, 92))


# --------------------------------------------------------------- NukeViet

class NVBody(Body):
    def p(self, t):
        return '<p style="text-align: justify;">%s</p>' % inline(t)

    def img(self, cap):
        return ('<div class="image-center"><figure class="image"><img alt="%s" height="400" src="%s" width="600" />'
                '<figcaption>%s</figcaption></figure></div>' % (att(plain(cap)[:50]), self.src(), inline(cap)))


def nukeviet_page(pg, rng, main_html, title_tag, og=""):
    site = SITES[pg["site"]]
    newest = latest_day(rng)
    t = rng.randint(1700000000, 1790000000)
    side = ['<div class="panel panel-default"><div class="panel-heading">Tin mới nhất</div><div class="panel-body">%s</div></div>'
            % news_items_html(headlines(rng, site["tags"], 8, newest, 30), "/news", rng=rng),
            '<div class="panel panel-default"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body">%s</div></div>'
            % news_items_html(headlines(rng, site["tags"], 6, newest, 200), "/news", with_date=False, rng=rng),
            '<div class="panel panel-default"><div class="panel-heading">Liên kết</div><div class="panel-body">%s</div></div>' % links_select(rng, "weblink"),
            '<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">%s</div></div>' % counter_box(rng, "list")]
    return """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>%s</title>
<meta name="description" content="%s">
<meta name="author" content="%s">
<meta name="copyright" content="%s [%s]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
%s<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=%d">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=%d">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css?t=%d">
<link rel="StyleSheet" href="/themes/default/css/style.css?t=%d">
<link rel="StyleSheet" href="/themes/default/css/news.css?t=%d">
<style>%s</style>
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_%s",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js?t=%d"></script>
<script src="/assets/js/language/vi.js?t=%d"></script>
<script src="/assets/js/global.js?t=%d"></script>
<script src="/themes/default/js/news.js?t=%d"></script>
<script src="/themes/default/js/main.js?t=%d"></script>
%s
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="%s" href="/"><img src="/uploads/logo.png" alt="%s"></a><span class="site_name">%s</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="current-time">%s</div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">%s</div></div></div></nav>
<nav class="header-nav"><div class="container"><div class="personalArea"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div></div></nav>
<section><div class="container" id="body">
<div class="row">
<div class="col-md-18">
%s
</div>
<div class="col-md-6">%s</div>
</div>
</div></section>
</div></div>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12">%s</div><div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về <a href="/">%s</a>.&nbsp; Mọi quyền được bảo lưu.</span><br /><span>Mã nguồn: <a href="http://nukeviet.vn/" target="_blank">NukeViet CMS</a>.</span></div></div></div></div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/default/js/bootstrap.min.js?t=%d"></script>
</body>
</html>
""" % (esc(title_tag), att(pg.get("desc", site["name"])), att(site["name"]), att(site["name"]), site["email"], og,
       t, t, t, t, t, css_blob(rng, 60), rnd_id(rng, 10), t, t, t, t, t, ga_script(rng), att(site["name"]), att(site["name"]),
       esc(site["name"]), esc(crawl_header(pg.get("hdr", "dash"))),
       menu_ul(site["menu"], "nav navbar-nav", "dropdown-menu", "/news/"), main_html, "\n".join(side),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), esc(site["org"]), t)


def nv_time(d):
    return d.strftime("%Y-%m-%dICT%H:%M:%S")


def tpl_nukeviet(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = NVBody(rng, "/uploads/news/%d_%02d" % (d.year, d.month)).render(blocks)
    body_tail = "".join('<p style="text-align: right;"><strong>%s</strong></p>' % esc(l) for l in pg.get("byline_in_body", []))
    mod = d + datetime.timedelta(minutes=rng.randint(10, 600))
    og = ('<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:description" content="%s">\n'
          '<meta property="og:site_name" content="%s">\n<meta property="og:url" content="https://%s%s">\n'
          '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n'
          '<meta property="article:section" content="%s">\n<link rel="canonical" href="https://%s%s">\n'
          % (att(pg["title"]), att(plain(lead or "")[:160]), att(site["name"]), site["domain"], pg["path"], nv_time(d), nv_time(mod),
             att(pg["cat"]), site["domain"], pg["path"]))
    thumb = "/uploads/news/%d_%02d/%s.jpg" % (d.year, d.month, rnd_id(rng, 12).lower())
    newer = headlines(rng, site["tags"], 4, latest_day(rng), 60)
    older = headlines(rng, site["tags"], 6, d.date(), 90)
    auth = "".join('<p class="h5 text-right"><strong>%s </strong>%s</p>' % (esc(k), esc(v)) for k, v in pg.get("nv_authors", []))
    parts = ["""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/',' ',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" onclick="nv_open_browse('/print/',' ',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><figure class="article left pointer" onclick="modalShowByObj('#imghome')"><div id="imghome" class="pull-left" style="width:183px;"><img alt="%s" src="%s" width="183" class="img-thumbnail"/></div></figure>
%s</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
%s
%s
</div>
<div class="margin-bottom-lg">%s</div>
</div>
</div>""" % (esc(pg["title"]), esc(pg["date_text"](d)), att(pg["title"]), thumb,
             ('<div class="hometext m-bottom">%s</div>' % inline(lead)) if lead else "", body, body_tail, auth)]
    parts.append('<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords">%s</span></div></div></div>'
                 % ", ".join('<a title="%s" href="/news/tag/%s"><em>%s</em></a>' % (att(k), slug(k), esc(k)) for k in pg.get("tags", [])))
    parts.append('<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">'
                 '<p id="stringrating">Tổng số điểm của bài viết là: %d trong %d đánh giá</p><div style="padding: 5px;">%s</div>'
                 '<span class="small">Click để đánh giá bài viết</span></div></form></div></div>'
                 % (0, 0, "".join('<input class="hover-star required" type="radio" value="%d" title="%s"/>' % (i, t) for i, t in
                                  enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết bình thường", "Bài viết tốt", "Bài viết rất tốt"], 1))))
    parts.append('<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p>%s'
                 '<p class="h3"><strong>Những tin cũ hơn</strong></p>%s</div></div>'
                 % (news_items_html(newer, "/news/" + slug(pg["cat"]), cls="related list-none list-items", rng=rng),
                    news_items_html(older, "/news/" + slug(pg["cat"]), cls="related list-none list-items", rng=rng)))
    main = ctransform(pg, "\n".join(parts))
    return nukeviet_page(pg, rng, main, "%s - %s" % (pg["title"], site["name"]), og)


def tpl_nukeviet_search(pg, rng):
    site = SITES[pg["site"]]
    q = pg["query"]
    titles = ["Tuổi trẻ Quảng Trị với phong trào thi đua “Dân vận khéo”",
              "Đoàn viên vùng biên - những “hạt giống” dân vận khéo",
              "Tuyên dương 20 mô hình “Dân vận khéo” tiêu biểu trong tuổi trẻ tỉnh",
              "Chi đoàn thôn làm “dân vận khéo” trong hiến đất mở đường",
              "Dân vận khéo trong vận động thanh niên tham gia chuyển đổi số",
              "Tỉnh đoàn sơ kết phong trào “Dân vận khéo” giai đoạn 2021 - 2025",
              "Nhân rộng mô hình “Dân vận khéo” của Đoàn Thanh niên Công an tỉnh",
              "Cán bộ Đoàn cơ sở học tập kinh nghiệm dân vận khéo",
              "“Dân vận khéo” gắn với Chiến dịch Thanh niên tình nguyện hè",
              "Thanh niên dân tộc thiểu số với những cách làm dân vận khéo"]
    items = list(zip(titles, [d for _, d in headlines(rng, site["tags"] + ["front"], 10, latest_day(rng), 400)]))
    out = ['<div class="panel panel-default"><div class="panel-body">',
           '<form action="/seek/" method="get" class="form-inline"><input type="text" name="q" value="%s" class="form-control" maxlength="60"> '
           '<select name="m" class="form-control"><option value="">Tất cả</option><option value="news">Tin tức</option><option value="page">Trang</option></select> '
           '<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>' % att(q),
           '<h2 class="h3">Kết quả tìm kiếm</h2><p>Có <strong>%d</strong> kết quả phù hợp với từ khóa <strong>«%s»</strong></p>' % (rng.randint(60, 300), esc(q)),
           '<div class="result-frame">']
    snippets = ["...phong trào thi đua <span class=\"keyword\">Dân vận khéo</span> được triển khai sâu rộng ở cơ sở...",
                "...xây dựng mô hình <span class=\"keyword\">dân vận khéo</span> gắn với nhiệm vụ chính trị của địa phương...",
                "...biểu dương các điển hình <span class=\"keyword\">dân vận khéo</span> trong đồng bào dân tộc thiểu số...",
                "...Ban Chỉ đạo phong trào thi đua <span class=\"keyword\">Dân vận khéo</span> tỉnh đã kiểm tra tại 12 xã..."]
    for t, d in items:
        out.append('<div class="result"><h3><a href="/news/%s-%d.html">%s</a></h3><p class="snippet">%s</p>'
                   '<p class="small text-muted">Tin tức &raquo; %s</p></div>' % (slug(t)[:70], rng.randint(1000, 9999), esc(t),
                                                                             rng.choice(snippets), d_slash(d)))
    out.append("</div>")
    out.append('<ul class="pagination">%s<li><a href="/seek/?q=%s&amp;page=2">&raquo;</a></li></ul>' %
               ("".join('<li%s><a href="/seek/?q=%s&amp;page=%d">%d</a></li>' % (' class="active"' if i == 1 else "", att(q), i, i) for i in range(1, 6)), att(q)))
    out.append("</div></div>")
    return nukeviet_page(pg, rng, "\n".join(out), "Tìm kiếm - %s" % site["name"])


# ------------------------------------------------- custom ASP.NET (tables)

class OldAspBody(Body):
    def p(self, t):
        return '<P align="justify"><FONT face="Arial" size="2">%s</FONT></P>' % inline(t)

    def h(self, t):
        return '<P align="justify"><FONT face="Arial" size="2"><B>%s</B></FONT></P>' % inline(t)

    def img(self, cap):
        return ('<TABLE align="center" border="0" cellpadding="2" cellspacing="0" width="500"><TR><TD align="center">'
                '<IMG src="%s" width="500" border="0"></TD></TR><TR><TD align="center"><FONT face="Arial" size="1"><I>%s</I></FONT>'
                "</TD></TR></TABLE>" % (self.src(), inline(cap)))

    def src(self):
        self.n += 1
        return "Upload/Images/%d/%s.JPG" % (2026, rnd_id(self.rng, 8, "0123456789"))


def tpl_aspnet_old(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    body = OldAspBody(rng).render(blocks)
    newest = latest_day(rng)
    cats = ["Tin hoạt động", "Nghĩa tình đồng đội", "Cựu chiến binh làm kinh tế", "Gương sáng CCB", "Tin từ cơ sở",
            "Văn bản chỉ đạo", "Thư viện ảnh", "Giới thiệu"]
    left = "".join('<TR><TD class="leftmenu" height="26">&nbsp;&raquo;&nbsp;<A href="DanhMuc.aspx?cat=%d">%s</A></TD></TR>' % (i + 10, esc(c))
                   for i, c in enumerate(cats))
    others = headlines(rng, site["tags"], 10, d.date(), 100)
    other_rows = "".join('<TR><TD><IMG src="images/bullet.gif"> <A href="ChiTiet.aspx?id=%d&amp;cat=12">%s</A> <FONT color="#999999" size="1">(%s)</FONT></TD></TR>'
                         % (rng.randint(1000, 2870), esc(t), d_slash(dd)) for t, dd in others)
    newest_rows = "".join('<TR><TD class="newsright"><A href="ChiTiet.aspx?id=%d">%s</A></TD></TR>' % (rng.randint(2872, 2990), esc(t))
                          for t, _ in headlines(rng, site["tags"], 8, newest, 30))
    art = """<TABLE width="100%%" border="0" cellpadding="4" cellspacing="0" class="news-detail">
<TR><TD class="catname"><A href="DanhMuc.aspx?cat=12">%s</A></TD></TR>
<TR><TD class="title"><FONT face="Arial" size="4" color="#990000"><B>%s</B></FONT></TD></TR>
<TR><TD class="date"><FONT face="Arial" size="1" color="#666666"><I>%s</I></FONT></TD></TR>
<TR><TD class="content">
%s
</TD></TR>
<TR><TD align="right"><FONT face="Arial" size="2"><B>%s</B></FONT></TD></TR>
<TR><TD align="right"><A href="javascript:window.print()"><IMG src="images/print.gif" border="0"> In trang</A> &nbsp; <A href="javascript:history.back()">Quay lại</A></TD></TR>
</TABLE>""" % (esc(pg["cat"]), esc(pg["title"]), esc(pg["date_text"](d)), body, "<BR>".join(esc(l) for l in pg["byline"]))
    art = ctransform(pg, art)
    menu = "".join('<TD class="menutop" align="center"><A href="%s.aspx">%s</A></TD><TD width="1"><IMG src="images/sep.gif"></TD>'
                   % (slug(m if isinstance(m, str) else m[0]), esc(m if isinstance(m, str) else m[0])) for m in site["menu"])
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML>
<HEAD>
<title>%s - %s</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="GENERATOR" Content="Microsoft Visual Studio .NET 7.1">
<meta name="CODE_LANGUAGE" Content="C#">
<meta name="vs_defaultClientScript" content="JavaScript">
<meta name="vs_targetSchema" content="http://schemas.microsoft.com/intellisense/ie5">
<LINK href="css/style.css" type="text/css" rel="stylesheet">
<script language="javascript" src="js/menu.js"></script>
<script language="javascript">
function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}
function MM_preloadImages(){var d=document;if(d.images){if(!d.MM_p)d.MM_p=new Array();var i,j=d.MM_p.length,a=MM_preloadImages.arguments;for(i=0;i<a.length;i++)if(a[i].indexOf("#")!=0){d.MM_p[j]=new Image;d.MM_p[j++].src=a[i];}}}
</script>
<style type="text/css">%s</style>
</HEAD>
<body leftMargin="0" topMargin="0" marginheight="0" marginwidth="0" onload="MM_preloadImages('images/menu_over.gif')">
<form name="Form1" method="post" action="%s" id="Form1">
<input type="hidden" name="__VIEWSTATE" value="%s" />
<TABLE width="980" align="center" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<TR><TD><IMG src="images/banner.jpg" width="980" height="150" alt="%s"></TD></TR>
<TR><TD bgcolor="#7a0000"><TABLE border="0" cellpadding="0" cellspacing="0"><TR>%s</TR></TABLE></TD></TR>
<TR><TD class="datebar" bgcolor="#f3e3c3" height="24">&nbsp;<FONT face="Arial" size="2" color="#7a0000">%s</FONT></TD></TR>
<TR><TD>
<TABLE width="100%%" border="0" cellpadding="0" cellspacing="4"><TR>
<TD width="200" valign="top"><TABLE width="100%%" border="0" cellpadding="0" cellspacing="0"><TR><TD class="lefttitle">DANH MỤC</TD></TR>%s</TABLE>
<BR><TABLE width="100%%"><TR><TD class="lefttitle">LIÊN KẾT WEBSITE</TD></TR><TR><TD>%s</TD></TR></TABLE></TD>
<TD valign="top">
%s
<TABLE width="100%%" border="0" cellpadding="2" cellspacing="0"><TR><TD class="othertitle"><B>CÁC TIN KHÁC</B></TD></TR>%s</TABLE>
</TD>
<TD width="190" valign="top"><TABLE width="100%%" border="0" cellpadding="2" cellspacing="0"><TR><TD class="righttitle">TIN MỚI</TD></TR>%s</TABLE>
<BR><TABLE width="100%%"><TR><TD class="righttitle">THỐNG KÊ</TD></TR><TR><TD>%s</TD></TR></TABLE></TD>
</TR></TABLE>
</TD></TR>
<TR><TD class="footer" bgcolor="#7a0000" align="center"><FONT face="Arial" size="1" color="#ffffff">%s</FONT></TD></TR>
</TABLE>
</form>
</body>
</HTML>
""" % (esc(site["name"]), esc(pg["title"]), css_blob(rng, 50), att(pg["path"].split("/")[-1]), "dDwt" + viewstate(rng, 24000),
       att(site["name"]), menu, esc(crawl_header(pg.get("hdr", "long"))), left, links_select(rng, "ddlLienKet"), art,
       other_rows, newest_rows, counter_box(rng), "<BR>".join(esc(l) for l in footer_lines(site)))


# ------------------------------------------------- custom ASP.NET (modern)

class NewAspBody(Body):
    def img(self, cap):
        return ('<div class="img-box"><img src="%s" alt="" /><p class="img-caption">%s</p></div>' % (self.src(), inline(cap)))

    def src(self):
        self.n += 1
        return "/Uploads/Images/2026/%s.jpg" % rnd_id(self.rng, 20)


def tpl_aspnet_new(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = NewAspBody(rng).render(blocks)
    newest = latest_day(rng)
    art = """<div id="ContentPlaceHolder1_pnlChiTiet" class="detail">
<div class="detail-cat"><a href="/ChuyenMuc.aspx?id=%d">%s</a></div>
<h1 id="ContentPlaceHolder1_lblTieuDe" class="detail-title">%s</h1>
<div class="detail-time"><span id="ContentPlaceHolder1_lblNgayDang">%s</span></div>
%s
<div id="ContentPlaceHolder1_divNoiDung" class="detail-content">
%s
</div>
<div class="detail-author"><span id="ContentPlaceHolder1_lblTacGia">%s</span></div>
</div>""" % (rng.randint(3, 40), esc(pg["cat"]), esc(pg["title"]), esc(pg["date_text"](d)),
             ('<div class="detail-sapo"><span id="ContentPlaceHolder1_lblTomTat">%s</span></div>' % inline(lead)) if lead else "",
             body, "<br />".join(esc(l) for l in pg["byline"]))
    art = ctransform(pg, art)
    others = headlines(rng, site["tags"], 8, d.date(), 90)
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>
	%s
</title>
<meta name="description" content="%s" />
<link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/site.css?v=%d" rel="stylesheet" />
<style>%s</style>
%s
</head>
<body>
<form method="post" action="%s" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
<script src="/ScriptResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>
<div class="wrapper">
<div class="header"><div class="topbar"><span id="lblNgay">%s</span><span class="hotline">Hotline: %s</span></div>
<div class="banner"><a href="/"><img src="/Images/banner.png" alt="%s" /></a></div>
<div class="menu">%s</div></div>
<div class="container content"><div class="row">
<div class="col-md-8">
<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/ChuyenMuc.aspx">%s</a></div>
%s
<div class="tools">%s</div>
<div class="other-news"><div class="other-title">Các tin khác</div>%s</div>
</div>
<div class="col-md-4">
<div class="box"><div class="box-title">Tin mới</div>%s</div>
<div class="box"><div class="box-title">Văn bản</div>%s</div>
<div class="box"><div class="box-title">Liên kết</div>%s</div>
<div class="box"><div class="box-title">Truy cập</div>%s</div>
</div></div></div>
<div class="footer">%s</div>
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function(){$create(Sys.UI._UpdateProgress,{"associatedUpdatePanelId":null,"displayAfter":500,"dynamicLayout":true},null,null,$get("UpdateProgress1"));});
//]]>
</script>
</form>
</body>
</html>
""" % (esc(pg["title"]), att(plain(lead or "")[:150]), rng.randint(1, 99), css_blob(rng, 90), ga_script(rng), att(pg["path"].split("/")[-1]),
       viewstate(rng, 16000), rnd_id(rng, 80), rnd_id(rng, 10), rnd_id(rng, 8, "0123456789ABCDEF"), viewstate(rng, 240),
       esc(crawl_header(pg.get("hdr", "slash_l"))), site["phone"], att(site["name"]), menu_ul(site["menu"], "nav", "sub", "/"),
       esc(pg["cat"]), art, share_tools(), news_items_html(others, "/ChiTiet.aspx?id=", rng=rng),
       news_items_html(headlines(rng, site["tags"], 8, newest, 30), "/ChiTiet.aspx?id=", rng=rng), docs_table(rng, 5, "LĐLĐ"),
       links_select(rng, "ddlLink"), counter_box(rng), "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)))


# ------------------------------------------------------------ custom PHP

class PHPBody(Body):
    def img(self, cap):
        return ('<p style="text-align:center"><img src="%s" alt="" width="620" /></p>'
                '<p class="caption" style="text-align:center"><em>%s</em></p>' % (self.src(), inline(cap)))

    def table(self, rows):
        out = ['<table class="tbl" border="1" cellspacing="0" cellpadding="5" width="100%" style="border-collapse:collapse">']
        for i, row in enumerate(rows):
            out.append("<tr>%s</tr>" % "".join(("<td><b>%s</b></td>" if i == 0 else "<td>%s</td>") % inline(c) for c in row))
        out.append("</table>")
        return "".join(out)

    def h(self, t):
        return "<p><strong>%s</strong></p>" % inline(t)


def tpl_php_mttq(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = PHPBody(rng, "/upload/images/%d/%02d" % (d.year, d.month)).render(blocks)
    newest = latest_day(rng)
    byl = pg["byline"]
    author = '<p class="detail-author" align="right"><strong>%s</strong>%s</p>' % (
        esc(byl[0]), "".join("<br />%s" % esc(l) for l in byl[1:]))
    art = """<div class="detail">
<div class="detail-title"><h1>%s</h1></div>
<div class="detail-date">%s</div>
%s
<div class="detail-content">
%s
</div>
%s
</div>""" % (esc(pg["title"]), esc(pg["date_text"](d)),
             ('<div class="detail-summary"><b>%s</b></div>' % inline(lead)) if lead else "", body, author)
    art = ctransform(pg, art)
    others = headlines(rng, site["tags"], 10, d.date(), 120)
    comment = """<div class="comment-form"><h3>Ý kiến bạn đọc</h3>
<form action="?mod=news&amp;act=comment" method="post"><table>
<tr><td>Họ và tên (*)</td><td><input type="text" name="ten" size="40"></td></tr>
<tr><td>Email (*)</td><td><input type="text" name="email" size="40"></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="noidung" rows="5" cols="50"></textarea></td></tr>
<tr><td>Mã xác nhận</td><td><input type="text" name="captcha" size="6"> <img src="captcha.php?r=%d" alt="captcha"></td></tr>
<tr><td></td><td><input type="submit" value="Gửi ý kiến"> <input type="reset" value="Nhập lại"></td></tr>
</table></form></div>""" % rng.randint(1000, 9999)
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | %s</title>
<meta name="description" content="%s">
<link rel="stylesheet" href="/templates/mttq/css/style.css?v=%d">
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/jquery.marquee.min.js"></script>
<style>%s</style>
%s
</head>
<body>
<div id="wrapper">
<div id="header"><div class="top"><span class="today">%s</span><span class="top-search"><form action="index.php" method="get"><input type="hidden" name="mod" value="search"><input type="text" name="q" placeholder="Tìm kiếm"><input type="submit" value="Tìm"></form></span></div>
<div class="banner"><img src="/templates/mttq/images/banner.jpg" alt="%s"></div>
<div id="menu">%s</div>
<div class="news-run"><b>Tin mới:</b> <div class="marquee">%s</div></div></div>
<div id="main"><div class="left">
<div class="path"><a href="/">Trang chủ</a> &raquo; <a href="?mod=news&amp;cat=%d">%s</a></div>
%s
<div class="detail-tools"><a href="javascript:window.print();">In bài</a> | <a href="#" onclick="sendmail();return false;">Gửi bạn bè</a> | <a href="javascript:history.back();">Trở về</a></div>
%s
<div class="other-news"><h3>Các tin khác</h3>%s</div>
</div>
<div class="right">
<div class="box"><div class="box-title">Tin nổi bật</div>%s</div>
<div class="box"><div class="box-title">Video</div><div class="video"><iframe width="280" height="160" src="https://www.youtube.com/embed/%s" frameborder="0" allowfullscreen></iframe></div></div>
<div class="box"><div class="box-title">Liên kết</div>%s</div>
<div class="box"><div class="box-title">Thống kê truy cập</div>%s</div>
</div></div>
<div id="footer">%s</div>
</div>
<script>$(function(){$('.marquee').marquee({duration:15000,duplicated:true});});</script>
</body>
</html>
""" % (esc(pg["title"]), esc(site["name"]), att(plain(lead or "")[:150]), rng.randint(1, 99), css_blob(rng, 80), ga_script(rng),
       esc(crawl_header(pg.get("hdr", "long"))), att(site["name"]), menu_ul(site["menu"], "menu", "sub", "?mod=news&amp;cat="),
       " &bull; ".join(esc(t) for t, _ in headlines(rng, site["tags"], 5, newest, 10)), rng.randint(2, 30), esc(pg["cat"]), art,
       comment, news_items_html(others, "?mod=news&amp;act=detail&amp;id=", rng=rng),
       news_items_html(headlines(rng, site["tags"], 6, newest, 60), "?mod=news&amp;act=detail&amp;id=", with_date=False, rng=rng),
       rnd_id(rng, 11), links_select(rng, "lienket"), counter_box(rng, "list"),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)))


# ----------------------------------------------------- Party e-newspaper

class PartyBody(Body):
    def img(self, cap):
        return ('<figure class="picture"><img src="%s" alt="%s" width="780" /><figcaption class="pCaption">%s</figcaption></figure>'
                % (self.src(), att(plain(cap)[:80]), inline(cap)))

    def h(self, t):
        return "<h2>%s</h2>" % inline(t)

    def quote(self, paras):
        return '<blockquote class="quote">%s</blockquote>' % "".join("<p>%s</p>" % inline(q) for q in paras)


def card_list(rng, items, base, img=True):
    out = []
    for t, d in items:
        s = slug(t)[:70]
        im = ('<a class="thumb" href="%s/%s-%d.htm"><img src="https://cdn.%s/%d/%02d/%s.jpg" alt="%s" loading="lazy" /></a>'
              % (base, s, rng.randint(100000, 999999), "baolaichau.vn", d.year, d.month, rnd_id(rng, 24).lower(), att(t))) if img else ""
        out.append('<article class="story">%s<h3 class="story__title"><a href="%s/%s.htm">%s</a></h3><time class="story__time">%s</time></article>'
                   % (im, base, s, esc(t), d.strftime("%d/%m/%Y %H:%M")))
    return "\n".join(out)


def tpl_party(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = PartyBody(rng, "https://cdn.baolaichau.vn/%d/%02d/%02d" % (d.year, d.month, d.day)).render(blocks)
    mod = pdt(pg["modified"])
    newest = latest_day(rng)
    url = "https://%s%s" % (site["domain"], pg["path"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": pg["title"], "description": plain(lead or ""), "image": ["https://cdn.baolaichau.vn/%d/%02d/%s.jpg" % (d.year, d.month, rnd_id(rng, 20).lower())],
          "datePublished": d.isoformat(), "dateModified": mod.isoformat(),
          "author": {"@type": "Person", "name": pg["ld_author"]},
          "publisher": {"@type": "Organization", "name": site["name"], "logo": {"@type": "ImageObject", "url": "https://%s/images/logo.png" % site["domain"]}},
          "articleSection": pg["cat"], "articleBody": " ".join(gold_body(blocks).split("\n\n"))}
    bc = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://%s/" % site["domain"]},
        {"@type": "ListItem", "position": 2, "name": pg["cat"], "item": "https://%s/%s" % (site["domain"], slug(pg["cat"]))}]}
    related_inline = headlines(rng, ["party"], 3, d.date(), 60)
    byl = pg["byline"]
    art = """<div class="detail__cate"><a href="/%s" class="kicker">%s</a></div>
<h1 class="detail__title">%s</h1>
<div class="detail__meta"><div class="detail__author"><p class="author-name">%s</p>%s</div>
<div class="detail__time"><span class="time-pub">%s</span> <span class="time-update">%s</span></div></div>
<div class="detail__social"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Facebook</a> <a class="zalo" data-href="%s">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="javascript:window.print()">In</a></div>
<h2 class="detail__sapo">%s</h2>
<div class="detail__related box-related"><h4>Tin liên quan</h4><ul>%s</ul></div>
<div class="detail__content" id="content-detail">
%s
</div>""" % (slug(pg["cat"]), esc(pg["cat"]), esc(pg["title"]), esc(byl[0]),
             "".join('<p class="author-unit">%s</p>' % esc(l) for l in byl[1:]), esc(pg["date_text"](d)),
             esc(pg["update_text"](mod)), url, url, inline(lead),
             "".join('<li><a href="/%s-%d.htm">%s</a></li>' % (slug(t)[:60], rng.randint(10000, 99999), esc(t)) for t, _ in related_inline),
             body)
    art = ctransform(pg, art)
    svg = "".join('<symbol id="ic-%s" viewBox="0 0 24 24"><path d="M%d %d L%d %d L%d %d Z M%d %d h%d v%d"/></symbol>'
                  % (n, *[rng.randint(0, 24) for _ in range(10)]) for n in ["home", "search", "menu", "close", "fb", "zalo", "yt", "print", "mail", "clock", "eye", "tag", "arrow"])
    mega = []
    for m in site["menu"]:
        subs = headlines(rng, site["tags"] + ["general"], 6, newest, 40)
        mega.append('<li class="mega__item"><a href="/%s">%s</a><div class="mega__drop">%s</div></li>' % (slug(m), esc(m), card_list(rng, subs, "/" + slug(m))))
    tags = pg.get("tags", [])
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s | %s</title>
<meta name="description" content="%s">
<meta name="keywords" content="%s">
<meta name="author" content="%s">
<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="og:url" content="%s">
<meta property="og:site_name" content="%s">
<link rel="canonical" href="%s">
<link rel="amphtml" href="%s">
<link rel="preconnect" href="https://cdn.baolaichau.vn">
<link rel="stylesheet" href="/assets/css/main.min.css?v=%s">
<style>%s</style>
<script type="application/ld+json">%s</script>
<script type="application/ld+json">%s</script>
%s
<script>window.__CONFIG__={"siteId":%d,"zoneId":%d,"articleId":%d,"adsEnabled":false,"lazyload":true,"cdn":"https://cdn.baolaichau.vn"};</script>
</head>
<body class="page-detail">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>
<header class="header">
<div class="header__top container"><span class="header__date">%s</span><span class="header__hotline">Đường dây nóng: %s</span><a class="header__lang" href="/en">English</a></div>
<div class="header__main container"><a class="logo" href="/"><img src="/images/logo.png" alt="%s"></a><form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></div>
<nav class="mega container"><ul class="mega__list">%s</ul></nav>
</header>
<main class="container main">
<div class="grid">
<div class="grid__main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/%s">%s</a></li></ul>
<article class="detail">
%s
<div class="detail__tags"><span>Từ khóa:</span> %s</div>
<div class="detail__rating">Bạn đánh giá bài viết này thế nào? <button>Hay</button> <button>Bình thường</button> <button>Chưa hay</button></div>
</article>
<section class="box-comment"><h3>Bình luận</h3><form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ và tên"><input placeholder="Email"><button type="submit">Gửi bình luận</button></form><p class="comment-empty">Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này.</p></section>
<section class="box-same"><h3 class="box-title">Cùng chuyên mục</h3>%s</section>
<section class="box-latest"><h3 class="box-title">Tin mới nhất</h3>%s</section>
</div>
<aside class="grid__side">
<section class="box"><h3 class="box-title">Đọc nhiều</h3>%s</section>
<section class="box"><h3 class="box-title">Multimedia</h3>%s</section>
<section class="box"><h3 class="box-title">Chuyên đề</h3><ul class="topics"><li><a href="/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></li><li><a href="/chuyen-doi-so">Chuyển đổi số</a></li><li><a href="/dai-hoi-xiv">Đại hội XIV của Đảng</a></li><li><a href="/chinh-quyen-dia-phuong-hai-cap">Chính quyền địa phương hai cấp</a></li></ul></section>
<section class="box"><h3 class="box-title">Liên kết</h3>%s</section>
</aside>
</div>
</main>
<footer class="footer"><div class="container">%s</div></footer>
<script src="/assets/js/main.min.js?v=%s" defer></script>
<script>document.addEventListener("DOMContentLoaded",function(){var l=document.querySelectorAll("img[loading=lazy]");for(var i=0;i<l.length;i++){l[i].classList.add("lazy");}});</script>
</body>
</html>
""" % (esc(pg["title"]), esc(site["short"]), att(plain(lead or "")), att(", ".join(tags)), att(site["name"]),
       att(pg["title"]), url, att(site["name"]), url, url.replace(site["domain"], site["domain"] + "/amp"), rnd_id(rng, 8),
       css_blob(rng, 780), json.dumps(ld, ensure_ascii=False), json.dumps(bc, ensure_ascii=False), ga_script(rng),
       rng.randint(1, 9), rng.randint(10, 99), rng.randint(100000, 999999), svg, esc(crawl_header(pg.get("hdr", "slash"))),
       site["phone"], att(site["name"]), "\n".join(mega), slug(pg["cat"]), esc(pg["cat"]), art,
       ", ".join('<a href="/tag/%s">%s</a>' % (slug(t), esc(t)) for t in tags),
       card_list(rng, headlines(rng, site["tags"], 10, d.date(), 80), "/" + slug(pg["cat"])),
       card_list(rng, headlines(rng, site["tags"] + ["front", "women", "youth"], 20, newest, 20), "/tin-moi"),
       card_list(rng, headlines(rng, site["tags"], 8, newest, 120), "/doc-nhieu", img=False),
       card_list(rng, headlines(rng, ["general"], 5, newest, 60), "/multimedia"), links_select(rng, "links"),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), rnd_id(rng, 8))


# -------------------------------------------------------------------- AMP

class AmpBody(Body):
    def img(self, cap):
        return ('<figure class="amp-fig"><amp-img src="%s" width="780" height="520" layout="responsive" alt=""></amp-img>'
                "<figcaption>%s</figcaption></figure>" % (self.src(), inline(cap)))


def tpl_amp(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = AmpBody(rng, "https://%s/uploads/%d/%02d" % (site["domain"], d.year, d.month)).render(blocks)
    url = "https://%s%s" % (site["domain"], pg["path"].replace("/amp", ""))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": pg["title"],
          "datePublished": d.isoformat(), "dateModified": (d + datetime.timedelta(minutes=rng.randint(5, 90))).isoformat(),
          "author": [{"@type": "Person", "name": n} for n in pg["ld_authors"]],
          "publisher": {"@type": "Organization", "name": site["name"], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % site["domain"], "width": 180, "height": 40}},
          "image": {"@type": "ImageObject", "url": "https://%s/uploads/%d/%02d/%s.jpg" % (site["domain"], d.year, d.month, rnd_id(rng, 16).lower()), "width": 1200, "height": 800}}
    newest = latest_day(rng)
    rel = headlines(rng, site["tags"], 8, d.date(), 60)
    art = """<article class="amp-article">
<div class="amp-cat"><a href="/%s">%s</a></div>
<span class="badge-photo">PHOTO</span>
<h1 class="amp-title">%s</h1>
<div class="amp-meta"><time datetime="%s">%s</time></div>
<p class="amp-sapo">%s</p>
<div class="amp-content">
%s
</div>
<p class="amp-author">%s</p>
<div class="amp-share"><amp-social-share type="facebook" data-param-app_id="%d" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
</article>""" % (slug(pg["cat"]), esc(pg["cat"]), esc(pg["title"]), d.isoformat(), esc(pg["date_text"](d)), inline(lead), body,
                 esc(" ".join(pg["byline"])), rng.randint(10 ** 14, 10 ** 15 - 1))
    art = ctransform(pg, art)
    return """<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>%s - %s</title>
<link rel="canonical" href="%s">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script type="application/ld+json">%s</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>
<style amp-custom>%s</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close" class="close">×</button>%s</amp-sidebar>
<header class="amp-header"><button class="hamburger" on="tap:sidebar.toggle" aria-label="Menu">☰</button>
<a class="amp-logo" href="https://%s/"><amp-img src="https://%s/logo.png" width="180" height="40" alt="%s"></amp-img></a>
<div class="amp-date">%s</div></header>
%s
<section class="amp-related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></section>
<section class="amp-related"><h3>Tin mới</h3><ul>%s</ul></section>
<footer class="amp-footer">%s<p><a href="%s">Xem phiên bản đầy đủ</a></p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-%s","config":{"G-%s":{"groups":"default"}}}}</script></amp-analytics>
</body>
</html>
""" % (esc(pg["title"]), esc(site["name"]), url, json.dumps(ld, ensure_ascii=False), css_blob(rng, 60),
       menu_ul(site["menu"], "amp-menu", "sub", "/"), site["domain"], site["domain"], att(site["name"]),
       esc(crawl_header(pg.get("hdr", "slash_l"))), art,
       "".join('<li><a href="/amp/%s-%d.html">%s</a> <span>%s</span></li>' % (slug(t)[:60], rng.randint(10000, 99999), esc(t), d_slash(dd)) for t, dd in rel),
       "".join('<li><a href="/amp/%s-%d.html">%s</a></li>' % (slug(t)[:60], rng.randint(10000, 99999), esc(t)) for t, _ in headlines(rng, site["tags"], 5, newest, 10)),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), url, rnd_id(rng, 10), rnd_id(rng, 10))


# ---------------------------------------------------- Bootstrap PHP portal

def tpl_bootstrap(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = Body(rng, "/storage/posts/%d/%02d" % (d.year, d.month), "webp").render(blocks)
    newest = latest_day(rng)
    url = "https://%s%s" % (site["domain"], pg["path"])
    src = ('<p class="text-end fst-italic">%s</p>' % esc(pg["source"])) if pg.get("source") else ""
    art = """<h1 class="post-title">%s</h1>
<div class="post-tools d-flex"><a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ</a> <a class="btn btn-sm btn-outline-secondary" href="javascript:window.print()">In</a> <span class="font-tools"><a href="#" data-font="-1">A-</a> <a href="#" data-font="1">A+</a></span></div>
<p class="lead sapo">%s</p>
<div class="post-content">
%s
</div>
%s""" % (esc(pg["title"]), url, inline(lead), body, src)
    art = ctransform(pg, art)
    side = headlines(rng, site["tags"], 8, newest, 40)
    more = headlines(rng, site["tags"], 6, d.date(), 60)
    return """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="%s">
<title>%s - %s</title>
<meta name="description" content="%s">
<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="og:url" content="%s">
<meta property="og:image" content="https://%s/storage/posts/%d/%02d/%s.webp">
<meta property="article:published_time" content="%s">
<link rel="canonical" href="%s">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/app.css?id=%s" rel="stylesheet">
<style>%s</style>
</head>
<body>
<div class="topbar bg-danger text-white small"><div class="container d-flex justify-content-between"><span>%s</span>
<span>Hotline: %s</span></div></div>
<header class="container py-3"><a href="/" class="d-flex align-items-center"><img src="/images/logo-dang.png" height="60" alt="%s"><span class="site-name ms-2">%s</span></a></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav">%s</div></div></nav>
<main class="container my-4"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/%s">%s</a></li></ol></nav>
%s
<div class="post-tags mt-3">Từ khóa: %s</div>
<div class="more-posts mt-4"><h4>Tin khác</h4>%s</div>
</div>
<div class="col-lg-4"><div class="card mb-3"><div class="card-header">Tin mới</div><div class="card-body">%s</div></div>
<div class="card mb-3"><div class="card-header">Văn bản</div><div class="card-body">%s</div></div>
<div class="card"><div class="card-header">Thống kê</div><div class="card-body">%s</div></div></div>
</div></main>
<footer class="bg-dark text-light py-4"><div class="container">%s</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/app.js?id=%s"></script>
%s
</body>
</html>
""" % (rnd_id(rng, 40), esc(pg["title"]), esc(site["name"]), att(plain(lead or "")[:160]), att(pg["title"]), url, site["domain"],
       d.year, d.month, rnd_id(rng, 16).lower(), d.isoformat(), url, rnd_id(rng, 20, "0123456789abcdef"), css_blob(rng, 50),
       esc(crawl_header(pg.get("hdr", "slash_l"))), site["phone"], att(site["name"]), esc(site["name"]),
       menu_ul(site["menu"], "navbar-nav", "dropdown-menu", "/"), slug(pg["cat"]), esc(pg["cat"]), art,
       ", ".join('<a class="badge bg-secondary" href="/tag/%s">%s</a>' % (slug(t), esc(t)) for t in pg.get("tags", [])),
       news_items_html(more, "/tin-tuc", rng=rng), news_items_html(side, "/tin-tuc", rng=rng), docs_table(rng, 5, "ĐU"),
       counter_box(rng, "list"), "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)), rnd_id(rng, 20, "0123456789abcdef"),
       ga_script(rng))


# ----------------------------------------------------------------- mobile

def tpl_mobile(pg, rng):
    site = SITES[pg["site"]]
    d = pub(pg)
    blocks = pg["blocks"]
    lead = lead_of(blocks)
    body = Body(rng, "https://%s/Uploads/2026" % site["domain"]).render(blocks)
    url = pg["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": pg["title"], "url": url,
          "datePublished": d.isoformat(), "dateModified": (d + datetime.timedelta(hours=rng.randint(1, 20))).isoformat(),
          "author": {"@type": "Person", "name": pg["byline"][0]},
          "publisher": {"@type": "Organization", "name": site["name"]}, "inLanguage": "vi-VN"}
    art = """<div class="m-article">
<div class="m-cat"><a href="/%s">%s</a></div>
<h1 class="m-title">%s</h1>
<div class="m-sapo">%s</div>
<div class="m-body">
%s
</div>
<div class="m-author">%s</div>
</div>""" % (slug(pg["cat"]), esc(pg["cat"]), esc(pg["title"]), inline(lead), body, "<br>".join(esc(l) for l in pg["byline"]))
    art = ctransform(pg, art)
    rel = headlines(rng, site["tags"], 8, d.date(), 80)
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>%s</title>
<link rel="canonical" href="%s">
<meta name="format-detection" content="telephone=no">
<script type="application/ld+json">%s</script>
<style>%s</style>
</head>
<body class="mobile">
<div class="m-header"><a class="m-menu-btn" href="#" onclick="document.getElementById('mnav').style.display='block';return false;">☰</a><a class="m-logo" href="/">%s</a><div class="m-date">%s</div></div>
<div class="m-nav" id="mnav" style="display:none">%s</div>
%s
<div class="m-share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ Facebook</a> <a href="https://zalo.me/share?u=%s">Zalo</a></div>
<div class="m-related"><h3>Tin khác</h3><ul>%s</ul></div>
<div class="m-footer">%s<p><a href="%s?desktop=1">Xem phiên bản máy tính</a></p></div>
<script>var _m={"v":"%s","t":%d};(function(){var b=document.querySelector('.m-menu-btn');if(!b)return;document.addEventListener('click',function(e){var n=document.getElementById('mnav');if(n&&e.target!==b&&!n.contains(e.target)){n.style.display='none';}});})();</script>
%s
</body>
</html>
""" % (esc(pg["title"]), url, json.dumps(ld, ensure_ascii=False), css_blob(rng, 40), esc(site["short"]),
       esc(crawl_header(pg.get("hdr", "slash_l"))), menu_ul(site["menu"], "m-menu", "sub", "/"), art, url, url,
       "".join('<li><a href="/tin-hoat-dong/%s-%d">%s</a> <span class="m-time">%s</span></li>' % (slug(t)[:60], rng.randint(1000, 9999), esc(t), d_slash(dd)) for t, dd in rel),
       "".join("<p>%s</p>" % esc(l) for l in footer_lines(site)[:3]), url.replace("//m.", "//"), rnd_id(rng, 6),
       rng.randint(1700000000, 1790000000), ga_script(rng))


# -------------------------------------------------------------- challenge

def tpl_challenge(pg, rng):
    a, b, c = (rnd_id(rng, 32, "0123456789abcdef") for _ in range(3))
    ray = rnd_id(rng, 16, "0123456789abcdef")
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đang kiểm tra trình duyệt...</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;color:#333;text-align:center;padding-top:12%%}.box{display:inline-block;background:#fff;border:1px solid #ddd;border-radius:6px;padding:30px 40px;max-width:520px}.spinner{width:36px;height:36px;border:4px solid #ddd;border-top-color:#c00;border-radius:50%%;margin:0 auto 16px;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}small{color:#888}</style>
<script src="/__wafchk/aes.min.js"></script>
<script>
function toNumbers(d){var e=[];d.replace(/(..)/g,function(d){e.push(parseInt(d,16))});return e}
function toHex(){for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}
var a=toNumbers("%s"),b=toNumbers("%s"),c=toNumbers("%s");
setTimeout(function(){document.cookie="__wafchk="+toHex(slowAES.decrypt(c,2,a,b))+"; max-age=3600; path=/; SameSite=Lax";location.href="%s"+(location.href.indexOf("?")>-1?"&":"?")+"__chk=1";},%d);
</script>
</head>
<body>
<div class="box">
<div class="spinner"></div>
<h1 style="font-size:20px">Vui lòng chờ trong giây lát...</h1>
<p>Hệ thống đang kiểm tra kết nối của bạn trước khi truy cập <b>%s</b>.</p>
<p>Trang sẽ tự động chuyển hướng sau vài giây.</p>
<noscript><p style="color:#c00">Trình duyệt của bạn cần bật JavaScript và cookie để tiếp tục truy cập.</p></noscript>
<small>Mã yêu cầu: %s &middot; Hệ thống bảo vệ website</small>
</div>
</body>
</html>
""" % (a, b, c, pg["url"], rng.randint(1200, 4000), esc(pg["host"]), ray)


# ================================================================== PAGES
# Article texts are invented (names, figures, quotes, bylines).  Place names
# follow the map after 1 July 2025; former districts appear only as "(cũ)".

PAGES = {}


def page(name, **kw):
    kw["name"] = name
    PAGES[name] = kw


page("a01", tpl="liferay", platform="liferay", site="tq_tu", big=True, hdr="ngay",
     path="/web/guest/hoat-dong-cua-tinh-uy/-/asset_publisher/Xk3pQ2aLm9vR/content/{slug}",
     cat="Hoạt động của Tỉnh ủy",
     title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ chín ban hành Nghị quyết số 12-NQ/TU về phát triển du lịch cộng đồng",
     published="2026-06-18T17:42:00+07:00", date_text=lambda d: "%s | %s" % (d_slash(d), hm(d)),
     byline=["Thu Hà, Phạm Long"], author="Thu Hà, Phạm Long",
     body="""
L|Ngày 18/6, Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 tổ chức Hội nghị lần thứ chín để thảo luận, cho ý kiến và ban hành Nghị quyết số 12-NQ/TU về phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa các dân tộc giai đoạn 2026 - 2030, định hướng đến năm 2035. Đồng chí Hầu Văn Chính, Bí thư Tỉnh ủy chủ trì hội nghị.
P|Dự hội nghị có các đồng chí Phó Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành Đảng bộ tỉnh; lãnh đạo các ban xây dựng Đảng, sở, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh; bí thư đảng ủy các xã, phường trọng điểm du lịch.
H|Du lịch cộng đồng trở thành sinh kế bền vững
P|Theo báo cáo trình tại hội nghị, sau gần một năm vận hành chính quyền địa phương hai cấp, toàn tỉnh có 86 thôn, bản làm du lịch cộng đồng với 412 cơ sở lưu trú homestay, tạo việc làm cho khoảng 9.600 lao động trực tiếp và gián tiếp. Sáu tháng đầu năm 2026, các điểm du lịch cộng đồng đón hơn 1,3 triệu lượt khách, tăng 18% so với cùng kỳ; doanh thu ước đạt 1.150 tỷ đồng. Nhiều điểm đến như làng văn hóa của đồng bào Tày ở vùng hồ Na Hang, bản Lô Lô Chải dưới chân cột cờ Lũng Cú đã trở nên quen thuộc với du khách trong và ngoài nước.
P|Tuy nhiên, hội nghị thẳng thắn chỉ ra những hạn chế: sản phẩm du lịch còn trùng lặp, chưa khai thác hết giá trị văn hóa đặc trưng của từng dân tộc; hạ tầng giao thông đến một số điểm còn khó khăn; chất lượng nguồn nhân lực phục vụ du lịch chưa đồng đều; liên kết giữa các xã trong xây dựng tuyến, tour còn lỏng lẻo, nhất là giữa khu vực phía Bắc và phía Nam của tỉnh sau hợp nhất.
C|Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị. Ảnh: Phạm Long
H|Bốn nhóm nhiệm vụ, giải pháp trọng tâm
P|Nghị quyết số 12-NQ/TU đặt mục tiêu đến năm 2030, toàn tỉnh có ít nhất 150 thôn, bản làm du lịch cộng đồng đạt tiêu chuẩn; đón 4 triệu lượt khách mỗi năm; thu nhập bình quân của hộ tham gia làm du lịch cao gấp 1,5 lần mức bình quân chung của khu vực nông thôn. Để đạt mục tiêu, nghị quyết xác định bốn nhóm nhiệm vụ, giải pháp:
U|Nâng cao nhận thức của cấp ủy, chính quyền và Nhân dân về vai trò của du lịch cộng đồng trong phát triển kinh tế - xã hội và bảo tồn văn hóa;
U|Quy hoạch, đầu tư hạ tầng thiết yếu, ưu tiên đường giao thông, điện, nước sạch, viễn thông đến các thôn, bản có tiềm năng;
U|Đào tạo kỹ năng làm du lịch cho người dân, phát huy vai trò của nghệ nhân, người có uy tín trong cộng đồng;
U|Đẩy mạnh chuyển đổi số trong quảng bá, xây dựng thương hiệu du lịch chung của tỉnh, kết nối tour, tuyến với các tỉnh vùng Đông Bắc.
P|Thảo luận tại hội nghị, các đại biểu đề nghị bổ sung cơ chế hỗ trợ vốn vay ưu đãi cho hộ làm homestay; quy định rõ trách nhiệm của đảng ủy xã trong lãnh đạo giữ gìn cảnh quan, môi trường, tránh bê tông hóa làm mất đi không gian văn hóa truyền thống.
P|Kết luận hội nghị, đồng chí Hầu Văn Chính yêu cầu các cấp ủy, tổ chức đảng khẩn trương xây dựng chương trình hành động thực hiện nghị quyết, hoàn thành trước ngày 30/7/2026. Bí thư Tỉnh ủy nhấn mạnh: “Phát triển du lịch cộng đồng phải lấy người dân làm chủ thể, để mỗi người dân vừa là người làm du lịch, vừa là người giữ gìn bản sắc. Không để tình trạng doanh nghiệp bên ngoài vào làm thay, còn người dân chỉ đứng ngoài hưởng lợi ít ỏi”.
P|Cũng tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã cho ý kiến về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, công tác chuẩn bị tổng kết một năm thực hiện mô hình chính quyền địa phương hai cấp và một số nội dung quan trọng khác.
C|Các đại biểu biểu quyết thông qua Nghị quyết số 12-NQ/TU. Ảnh: Thu Hà
""")

page("a02", tpl="sharepoint", platform="sharepoint", site="nghean_tgdv", big=True, hdr="slash", variant="tandan",
     path="/Pages/Chi-tiet-tin.aspx", qs="?ItemID=4821&l=TinHoatDong", cat="Dân vận khéo",
     title="Mô hình “Dân vận khéo” vận động hiến đất mở đường ở xã Quỳnh Tam",
     published="2026-09-10T15:40:00+07:00", date_text=lambda d: "%s %s" % (d_slash(d), clock12(d)),
     byline=["Nguyễn Thị Thanh Bình - Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"],
     author="Nguyễn Thị Thanh Bình - Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy",
     body="""
L|Chỉ trong 10 tháng, bằng cách làm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, Đảng ủy xã Quỳnh Tam đã vận động 214 hộ tự nguyện hiến hơn 31.000 m² đất để mở rộng 17 km đường giao thông nông thôn mà không có đơn thư khiếu nại nào.
P|Xã Quỳnh Tam được thành lập trên cơ sở sáp nhập ba xã thuộc huyện Quỳnh Lưu (cũ). Sau ngày 1/7/2025, hệ thống đường liên thôn giữa các khu vực trong xã vốn nhỏ hẹp, nhiều đoạn chỉ rộng hơn 2 m, xe cứu thương, xe chở nông sản không thể vào tận khu dân cư. Mở rộng đường trở thành nguyện vọng chung của người dân, nhưng nguồn ngân sách của xã rất hạn hẹp, việc đền bù giải phóng mặt bằng gần như không thể thực hiện.
H|Bắt đầu từ người đứng đầu
P|Đảng ủy xã ban hành nghị quyết chuyên đề, giao Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã xây dựng mô hình “Dân vận khéo” trong hiến đất mở đường. Nguyên tắc được thống nhất từ đầu là cán bộ, đảng viên phải làm trước, gia đình cán bộ phải gương mẫu trước.
P|Đồng chí Hồ Văn Lực, Bí thư Đảng ủy xã kể lại: “Buổi họp đầu tiên ở thôn 6, bà con chưa mặn mà. Chúng tôi không ép ai cả, chỉ đề nghị đảng viên trong thôn tự đo đất nhà mình, cắm mốc trước. Gia đình tôi hiến 120 m² vườn, tháo dỡ 25 m tường rào. Một tuần sau, có 11 hộ tự đến đăng ký”.
P|Ban vận động ở mỗi thôn gồm bí thư chi bộ, trưởng thôn, trưởng ban công tác mặt trận và chi hội trưởng các đoàn thể. Các thành viên chia nhau đến từng nhà, lắng nghe những băn khoăn của người dân: mất đất vườn, phải xây lại cổng, tường rào; lo đường mở rộng thì xe chạy nhanh, mất an toàn cho trẻ nhỏ. Mọi ý kiến đều được ghi lại, đưa ra họp thôn để cùng bàn cách giải quyết.
H|Công khai từng mét đất, từng đồng đóng góp
P|Để tạo niềm tin, xã công khai bản đồ tuyến đường, diện tích đất từng hộ hiến và danh sách các hộ đóng góp tại nhà văn hóa thôn. Với những hộ khó khăn, đoàn viên thanh niên, hội viên cựu chiến binh góp ngày công tháo dỡ, xây lại tường rào; doanh nghiệp trên địa bàn hỗ trợ xi măng, gạch. Tổng giá trị ngày công và vật liệu do Nhân dân đóng góp ước khoảng 6,2 tỷ đồng.
P|Gia đình ông Nguyễn Văn Tứ ở thôn Tân Hùng là một trong những hộ hiến nhiều đất nhất, gần 400 m². Ông Tứ chia sẻ: “Đường rộng thì con cháu đi lại thuận tiện, nông sản của bà con bán được giá hơn. Thấy cán bộ làm thật, công khai rõ ràng nên tôi yên tâm”.
C|Người dân thôn Tân Hùng cùng đoàn viên thanh niên tháo dỡ tường rào để mở rộng đường.
P|Đến nay, 17 km đường liên thôn đã được mở rộng lên 5 - 6 m, trong đó 9,4 km đã được bê tông hóa. Từ kết quả này, Ban Tuyên giáo và Dân vận Tỉnh ủy đã đề nghị khen thưởng mô hình và tổ chức hội nghị chuyên đề để các xã vùng đồng bằng học tập, nhân rộng.
P|Theo đánh giá của Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh, thành công của Quỳnh Tam nằm ở chỗ mọi bước đều được bàn bạc công khai, cán bộ đi trước làm gương, quyền lợi của người dân được đặt lên hàng đầu. Đó cũng là bài học quý cho các địa phương khi triển khai các công trình dân sinh trong bối cảnh nguồn lực còn hạn chế.
""")

page("a03", tpl="wordpress", platform="wordpress", site="laocai_pn", hdr="wp", meta_utc=True, theme="newsup",
     path="/2026/03/06/hoi-lhpn-tinh-trien-khai-ke-hoach-ho-tro-phu-nu-khoi-nghiep-nam-2026/", cat="Hoạt động Hội",
     tags=["khởi nghiệp", "Hội LHPN tỉnh", "kinh tế tập thể"],
     title="Hội LHPN tỉnh triển khai kế hoạch hỗ trợ phụ nữ khởi nghiệp năm 2026",
     published="2026-03-06T09:15:40+07:00", date_text=lambda d: d_slash(d),
     byline=["Hồng Nhung (tổng hợp)"], author="Hồng Nhung (tổng hợp)",
     body="""
P|Sáng 5/3, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị triển khai kế hoạch hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể năm 2026. Tham dự có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, Sở Nông nghiệp và Môi trường, Ngân hàng Chính sách xã hội chi nhánh tỉnh cùng chủ tịch Hội LHPN 99 xã, phường trong tỉnh.
P|Năm 2025, các cấp hội đã hỗ trợ 1.240 phụ nữ khởi nghiệp, thành lập mới 36 hợp tác xã và 118 tổ hợp tác do phụ nữ quản lý; 41 sản phẩm của hội viên đạt chứng nhận OCOP từ 3 sao trở lên. Nhiều mô hình như hợp tác xã dệt thổ cẩm của chị em dân tộc Dao đỏ ở xã Tả Phìn, tổ hợp tác trồng quế hữu cơ ở khu vực huyện Văn Yên (cũ) đã mang lại thu nhập ổn định cho hàng trăm lao động nữ.
P|Bà Giàng Thị Dung, Chủ tịch Hội LHPN tỉnh cho biết, bước sang năm 2026, Hội xác định hỗ trợ phụ nữ khởi nghiệp là một trong những nhiệm vụ trọng tâm, gắn với thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh và chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
H|Các chỉ tiêu chính trong năm 2026
U|Hỗ trợ ít nhất 1.300 phụ nữ khởi nghiệp, trong đó 60% là phụ nữ dân tộc thiểu số;
U|Thành lập mới 30 hợp tác xã, 100 tổ hợp tác do phụ nữ làm chủ hoặc tham gia quản lý;
U|Phối hợp giải ngân 150 tỷ đồng vốn vay ưu đãi qua kênh ủy thác với Ngân hàng Chính sách xã hội;
U|Mỗi xã, phường có ít nhất một mô hình sinh kế do Hội trực tiếp hỗ trợ, theo dõi.
P|Để thực hiện các chỉ tiêu trên, các cấp hội sẽ tổ chức cuộc thi ý tưởng khởi nghiệp cấp tỉnh, tập huấn kỹ năng bán hàng trên sàn thương mại điện tử, hướng dẫn chị em xây dựng nhãn hiệu, truy xuất nguồn gốc sản phẩm. Hội cũng phối hợp với Tỉnh đoàn, Hội Nông dân tỉnh kết nối đầu ra cho nông sản của hội viên tại các hội chợ, phiên chợ nông sản.
P|Phát biểu tại hội nghị, đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy ghi nhận những kết quả Hội LHPN tỉnh đã đạt được, đồng thời đề nghị các cấp hội chú trọng hỗ trợ sau khởi nghiệp, không chạy theo số lượng; quan tâm nhiều hơn đến phụ nữ vùng cao, vùng đặc biệt khó khăn và phụ nữ yếu thế.
C|Lãnh đạo Hội LHPN tỉnh trao vốn hỗ trợ cho hội viên có ý tưởng khởi nghiệp. (Ảnh: Hội LHPN tỉnh)
P|Nhân dịp này, Hội LHPN tỉnh trao 20 suất vốn hỗ trợ không hoàn lại, mỗi suất 10 triệu đồng cho hội viên có ý tưởng khởi nghiệp khả thi; ký kết chương trình phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh giai đoạn 2026 - 2030.
""")

page("a04", tpl="joomla", platform="joomla", site="dongthap_hnd", hdr="joomla", cms_account="Quản trị viên",
     path="/index.php/tin-hoat-dong/1427-nhan-rong-mo-hinh-nong-dan-van-dong-nong-dan", cat="Tin hoạt động",
     tags=["lúa chất lượng cao", "phát thải thấp", "Dân vận khéo"],
     title="Nhân rộng mô hình “Nông dân vận động nông dân” sản xuất lúa chất lượng cao, phát thải thấp",
     published="2026-03-12T08:30:00+07:00",
     date_text=lambda d: "Được đăng ngày %s, %d Tháng %d %d %s" % (WD_LOWER[d.weekday()], d.day, d.month, d.year, hm(d)),
     byline=["Bài, ảnh: Lê Minh Trí"], author="Lê Minh Trí",
     body="""
P|Ngày 11/3, Hội Nông dân tỉnh Đồng Tháp tổ chức hội nghị sơ kết một năm thực hiện mô hình “Nông dân vận động nông dân” tham gia sản xuất lúa chất lượng cao, phát thải thấp. Đến dự có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nông nghiệp và Môi trường, Ủy ban MTTQ Việt Nam tỉnh cùng hơn 150 cán bộ hội, nông dân tiêu biểu.
P|Mô hình được Hội Nông dân tỉnh triển khai thí điểm từ vụ Đông Xuân 2024 - 2025 tại 12 xã vùng Đồng Tháp Mười. Thay vì cán bộ kỹ thuật hướng dẫn một chiều, Hội chọn những nông dân sản xuất giỏi, có uy tín làm “hạt nhân” để chia sẻ kinh nghiệm trực tiếp ngay trên đồng ruộng. Mỗi “hạt nhân” phụ trách từ 10 đến 15 hộ liền canh, cùng thống nhất lịch xuống giống, giảm lượng giống gieo sạ, áp dụng quy trình tưới ướt khô xen kẽ và thu gom rơm rạ ra khỏi ruộng.
P|Sau một năm, đã có 2.860 hộ tham gia với diện tích 7.450 ha. Lượng giống gieo sạ giảm từ 150 - 180 kg/ha xuống còn 70 - 90 kg/ha; phân bón hóa học giảm khoảng 25%, số lần phun thuốc bảo vệ thực vật giảm 2 - 3 lần mỗi vụ. Năng suất lúa bình quân đạt 7,1 tấn/ha, lợi nhuận cao hơn ruộng sản xuất truyền thống từ 4 đến 6 triệu đồng/ha.
P|Ông Trần Văn Bé Tư, nông dân ở xã Mỹ An, một “hạt nhân” của mô hình chia sẻ: “Lúc đầu bà con sợ sạ thưa thì lúa không đủ bông, tôi làm trước trên 3 công ruộng nhà mình cho mọi người coi. Tới mùa thu hoạch, năng suất không thua mà chi phí giảm rõ rệt, vậy là cả xóm làm theo”.
C|Nông dân xã Mỹ An trao đổi kinh nghiệm sản xuất lúa phát thải thấp ngay trên đồng ruộng.
P|Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như hạ tầng thủy lợi nội đồng ở một số nơi chưa đáp ứng yêu cầu tưới ướt khô xen kẽ; việc liên kết tiêu thụ với doanh nghiệp chưa ổn định; một bộ phận nông dân lớn tuổi còn ngại thay đổi tập quán canh tác.
P|Phát biểu chỉ đạo, đồng chí Nguyễn Thị Kim Loan, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy đánh giá mô hình là cách làm “Dân vận khéo” điển hình, phát huy được vai trò chủ thể của nông dân. Đồng chí đề nghị Hội Nông dân tỉnh phối hợp với ngành nông nghiệp mở rộng mô hình ra các xã trồng lúa trong tỉnh, đồng thời nghiên cứu, kiến nghị cơ chế hỗ trợ nông dân tham gia thị trường tín chỉ các-bon trong thời gian tới.
P|Dịp này, Hội Nông dân tỉnh tặng giấy khen cho 8 tập thể và 21 cá nhân có thành tích xuất sắc trong triển khai mô hình.
""")

page("a05", tpl="dnn", platform="dnn", site="thanhhoa_ldld", hdr="slash_l", doc_agency="LĐLĐ",
     path="/tin-tuc/ArtMID/512/ArticleID/3381/{slug}", cat="Thi đua - Khen thưởng",
     title="Tuyên dương 15 đoàn viên công đoàn tiêu biểu nhân Tháng Công nhân năm 2026",
     published="2026-04-28T09:12:37+07:00",
     date_html=lambda d: '<span class="edn_label">Ngày cập nhật:</span> <span class="edn_date">%s %s</span>' % (d_slash(d), d.strftime("%H:%M:%S")),
     byline=["PV"], author="PV",
     body="""
L|Chiều 27/4, Liên đoàn Lao động tỉnh tổ chức lễ phát động Tháng Công nhân năm 2026 và tuyên dương 15 đoàn viên công đoàn tiêu biểu, có nhiều sáng kiến, giải pháp nâng cao năng suất lao động.
P|Dự buổi lễ có đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy; đồng chí Trịnh Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện lãnh đạo các sở, ngành và hơn 600 đoàn viên, người lao động.
P|Tháng Công nhân năm 2026 có chủ đề “Công nhân lao động đổi mới sáng tạo, đồng hành cùng doanh nghiệp phát triển”. Trong tháng, các cấp công đoàn trong tỉnh tổ chức đối thoại giữa người sử dụng lao động với người lao động tại ít nhất 300 doanh nghiệp; trao 1.200 suất quà cho đoàn viên có hoàn cảnh khó khăn; khởi công xây dựng 25 “Mái ấm Công đoàn”; tổ chức “Phiên chợ Công đoàn” tại các khu công nghiệp Lễ Môn, Hoàng Long và Khu kinh tế Nghi Sơn.
P|Năm 2025, phong trào thi đua lao động giỏi, lao động sáng tạo trong công nhân, viên chức, lao động tỉnh có bước phát triển mạnh, với 1.846 sáng kiến được công nhận, làm lợi hàng trăm tỷ đồng. Nhiều sáng kiến được ứng dụng rộng rãi, có giá trị cao về kinh tế và xã hội.
P|Danh sách 15 đoàn viên được tuyên dương như sau:
T|STT | Họ và tên | Đơn vị
T|1 | Đỗ Văn Tùng | Công ty CP Vật liệu xây dựng Đông Sơn
T|2 | Lê Thị Thu Hằng | Công ty TNHH May mặc Hà Trung
T|3 | Nguyễn Văn Kiên | Công ty CP Cơ khí Lam Sơn
T|4 | Phạm Thị Ngọc | Bệnh viện Đa khoa tỉnh
T|5 | Trịnh Đình Quang | Điện lực khu vực Hạc Thành
T|6 | Hoàng Thị Mai | Trường THPT Nông Cống 2
T|7 | Lê Văn Thắng | Công ty CP Nông sản Thọ Xuân
T|8 | Vũ Thị Hương | Công ty TNHH Giày Quảng Xương
T|9 | Cao Văn Định | Công ty CP Cơ điện Tĩnh Gia
T|10 | Nguyễn Thị Lan Anh | Ngân hàng Chính sách xã hội chi nhánh tỉnh
T|11 | Mai Xuân Trường | Công ty CP Logistics Nghi Sơn Xanh
T|12 | Lò Thị Hoa | Trường Phổ thông dân tộc nội trú Thường Xuân
T|13 | Đặng Văn Hải | Công ty TNHH Thủy sản Hoằng Hóa
T|14 | Bùi Thị Phương | Trung tâm Y tế khu vực Ngọc Lặc
T|15 | Lê Đình Toàn | Công ty CP Môi trường đô thị Hạc Thành
P|Phát biểu tại buổi lễ, đồng chí Lê Văn Hùng ghi nhận đóng góp của đội ngũ công nhân, viên chức, lao động trong tỉnh và đề nghị các cấp công đoàn tiếp tục đổi mới phương thức hoạt động, hướng mạnh về cơ sở, lấy đoàn viên làm trung tâm; chăm lo thiết thực đến việc làm, thu nhập, nhà ở, đời sống tinh thần của người lao động, nhất là lao động nữ, lao động tại các khu công nghiệp.
P|Thay mặt các đoàn viên được tuyên dương, anh Đỗ Văn Tùng, tổ trưởng tổ cơ điện Công ty CP Vật liệu xây dựng Đông Sơn cho biết, sáng kiến cải tiến hệ thống làm mát quạt lò nung của tổ đã giúp đơn vị tiết kiệm hơn 2 tỷ đồng tiền điện mỗi năm. “Phần thưởng hôm nay là động lực để chúng tôi tiếp tục tìm tòi, cải tiến, đóng góp nhiều hơn cho doanh nghiệp”, anh Tùng nói.
""")

page("a06", tpl="nukeviet", platform="nukeviet", site="quangtri_td", hdr="dash",
     path="/news/hoat-dong-doan/{slug}-1873.html", cat="Hoạt động Đoàn",
     tags=["thanh niên tình nguyện", "Cồn Cỏ", "Tỉnh đoàn"],
     title="Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 tại đặc khu Cồn Cỏ",
     published="2026-07-05T07:45:00+07:00", date_text=lambda d: "%s %s" % (d_slash(d), hm(d)),
     nv_authors=[("Tác giả bài viết:", "Minh Châu"), ("Nguồn tin:", "Tỉnh đoàn Quảng Trị")],
     author="Minh Châu",
     body="""
L|Sáng 4/7, Ban Thường vụ Tỉnh đoàn phối hợp với Đảng ủy, Ủy ban nhân dân đặc khu Cồn Cỏ tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 với nhiều công trình, phần việc thiết thực hướng về biển, đảo.
P|Tham dự có đồng chí Hoàng Văn Lâm, Bí thư Tỉnh đoàn; lãnh đạo đặc khu Cồn Cỏ, Đồn Biên phòng Cồn Cỏ cùng hơn 200 đoàn viên, thanh niên tình nguyện đến từ các trường đại học, cao đẳng và các cơ sở Đoàn trong tỉnh.
P|Năm nay, chiến dịch được triển khai với chủ đề “Tuổi trẻ Quảng Trị tình nguyện vì cộng đồng, xây dựng quê hương”. Các đội hình tình nguyện tập trung vào bốn nhóm nội dung: tham gia xây dựng nông thôn mới, đô thị văn minh; bảo vệ môi trường, ứng phó với biến đổi khí hậu; hỗ trợ chuyển đổi số cho người dân; chăm lo cho thiếu nhi và các đối tượng yếu thế.
P|Tại đặc khu Cồn Cỏ, đoàn viên, thanh niên sẽ trồng 1.500 cây phi lao chắn gió, thu gom rác thải nhựa ven bờ, sửa chữa nhà văn hóa, tổ chức lớp dạy bơi an toàn cho thiếu nhi và hướng dẫn người dân, cán bộ, chiến sĩ sử dụng các dịch vụ công trực tuyến. Trong 10 ngày, đội hình “Thầy thuốc trẻ tình nguyện” cũng sẽ khám bệnh, cấp thuốc miễn phí cho người dân và cán bộ, chiến sĩ đang công tác trên đảo.
C|Đoàn viên, thanh niên trồng cây phi lao tại khu vực bờ Đông đảo Cồn Cỏ.
P|Phát biểu tại lễ ra quân, đồng chí Hoàng Văn Lâm nhấn mạnh, mỗi công trình, phần việc dù nhỏ cũng phải thiết thực, đúng nhu cầu của người dân; đề nghị các đội hình giữ nghiêm kỷ luật, bảo đảm an toàn tuyệt đối trong suốt quá trình tham gia chiến dịch. “Mỗi bạn trẻ đến với Cồn Cỏ hôm nay không chỉ đi làm tình nguyện mà còn để hiểu hơn về cuộc sống, sự hy sinh thầm lặng của những người đang ngày đêm bám biển, giữ đảo”, đồng chí Bí thư Tỉnh đoàn chia sẻ.
P|Hưởng ứng chiến dịch, ngay sau lễ ra quân, Tỉnh đoàn đã trao tặng 50 áo phao cứu sinh cho ngư dân, 100 suất quà cho thiếu nhi và khánh thành công trình “Thắp sáng đường đảo” với 40 bộ đèn năng lượng mặt trời, tổng trị giá gần 300 triệu đồng.
P|Theo kế hoạch, Chiến dịch Thanh niên tình nguyện hè năm 2026 của tỉnh Quảng Trị diễn ra từ tháng 6 đến hết tháng 8, với hơn 25.000 lượt đoàn viên, thanh niên tham gia tại 78 xã, phường, đặc khu. Trọng tâm là các xã biên giới thuộc khu vực huyện Hướng Hóa, huyện Đakrông (cũ) và các xã bãi ngang ven biển.
""")

page("a07", tpl="aspnet_old", platform="aspnet", site="caobang_ccb", hdr="long", enc="cp1258", charset="windows-1258",
     path="/TinTuc/ChiTiet.aspx?id=2871&cat=12", cat="Tin hoạt động",
     title="Hội Cựu chiến binh tỉnh tri ân các anh hùng liệt sĩ nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ",
     published="2026-07-27T00:00:00+07:00", date_text=lambda d: "Ngày đăng: %s" % d_slash(d),
     byline=["Đại tá Nông Văn Thuận - Phó Chủ tịch Hội Cựu chiến binh tỉnh"],
     author="Đại tá Nông Văn Thuận - Phó Chủ tịch Hội Cựu chiến binh tỉnh",
     body="""
P|Nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026), ngày 25/7, Thường trực Hội Cựu chiến binh tỉnh Cao Bằng tổ chức đoàn đến dâng hương tưởng niệm các anh hùng liệt sĩ tại Khu di tích quốc gia đặc biệt Pác Bó và Nghĩa trang liệt sĩ tỉnh.
P|Trong không khí trang nghiêm, đoàn đã thành kính dâng hương, dâng hoa, bày tỏ lòng biết ơn vô hạn đối với Chủ tịch Hồ Chí Minh và các anh hùng liệt sĩ đã chiến đấu, hy sinh vì độc lập, tự do của Tổ quốc. Đoàn cũng đến thắp hương tại phần mộ các liệt sĩ là hội viên cựu chiến binh và các liệt sĩ chưa xác định được danh tính.
C|Đoàn Hội Cựu chiến binh tỉnh dâng hương tại Nghĩa trang liệt sĩ tỉnh.
P|Cùng ngày, Hội Cựu chiến binh tỉnh tổ chức thăm, tặng quà 35 gia đình chính sách, thương binh nặng, cựu chiến binh có hoàn cảnh khó khăn tại các xã Trà Lĩnh, Quảng Uyên, Hòa An và phường Thục Phán, mỗi suất quà trị giá 1 triệu đồng. Đây là nguồn kinh phí do hội viên các cấp hội tự nguyện đóng góp từ phong trào “Nghĩa tình đồng đội”.
P|Thăm gia đình thương binh Hoàng Văn Páo ở xóm Nà Mạ, xã Quảng Uyên, đồng chí Chủ tịch Hội Cựu chiến binh tỉnh mong muốn gia đình tiếp tục phát huy truyền thống cách mạng, động viên con cháu chăm chỉ lao động, học tập. Ông Páo, năm nay 78 tuổi, xúc động cho biết: “Được các đồng chí, đồng đội nhớ đến và thăm hỏi mỗi dịp tháng Bảy là niềm vui, niềm an ủi rất lớn đối với gia đình tôi”.
P|Thời gian qua, các cấp hội trong tỉnh đã tích cực tham gia xác minh thông tin, hỗ trợ thân nhân tìm kiếm, quy tập hài cốt liệt sĩ; vận động hội viên, Nhân dân đóng góp xây dựng 14 nhà “Nghĩa tình đồng đội” cho hội viên khó khăn về nhà ở. Phong trào “Cựu chiến binh gương mẫu” gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tiếp tục được duy trì sâu rộng; nhiều hội viên trở thành người có uy tín, làm tốt công tác vận động đồng bào các dân tộc ở khu vực biên giới.
P|Dịp này, Hội Cựu chiến binh tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức buổi gặp mặt, nói chuyện truyền thống cho hơn 300 đoàn viên, thanh niên và học sinh, nhằm giáo dục lòng yêu nước, ý thức trách nhiệm của thế hệ trẻ đối với sự nghiệp xây dựng và bảo vệ Tổ quốc.
C|Cựu chiến binh nói chuyện truyền thống với đoàn viên, thanh niên.
""")

page("a08", tpl="php_mttq", platform="php", site="hatinh_mttq", hdr="lower_month", entities=True,
     path="/?mod=news&act=detail&id=5529", cat="Dư luận xã hội",
     title="Dư luận Nhân dân sau một năm vận hành chính quyền địa phương hai cấp",
     published="2026-07-15T14:20:00+07:00",
     date_text=lambda d: "%s, %s - %s" % (WD_TITLE[d.weekday()], d_slash(d), hm(d)),
     byline=["Phan Thị Hoài Thu", "Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"],
     author="Phan Thị Hoài Thu, Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh",
     body="""
L|Qua tổng hợp ý kiến từ Ban Công tác Mặt trận ở các thôn, tổ dân phố và đội ngũ cộng tác viên dư luận xã hội, phần lớn Nhân dân trong tỉnh đồng tình, đánh giá cao hiệu quả bước đầu của mô hình chính quyền địa phương hai cấp; đồng thời gửi gắm nhiều kỳ vọng để chính quyền cơ sở thực sự gần dân, sát dân.
P|Từ ngày 1/7/2025, tỉnh Hà Tĩnh chính thức vận hành mô hình chính quyền địa phương hai cấp với 69 xã, phường. Sau một năm, bộ máy mới cơ bản đi vào nền nếp; các trung tâm phục vụ hành chính công cấp xã đã tiếp nhận, giải quyết hơn 412.000 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 97,6%.
H|Thủ tục nhanh hơn, cán bộ gần dân hơn
P|Theo báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ý kiến được ghi nhận nhiều nhất là sự thuận tiện trong giải quyết thủ tục hành chính. Nhiều thủ tục về chứng thực, hộ tịch, đất đai trước đây phải lên huyện thì nay được giải quyết ngay tại xã, nhất là qua môi trường điện tử. Ông Trần Đình Khoa ở xã Đức Thọ chia sẻ: “Trước đây làm thủ tục tách thửa đất cho con, tôi phải đi lại mấy lần lên huyện. Nay hồ sơ nộp ở xã, cán bộ hướng dẫn tận tình, đúng hẹn là có kết quả”.
P|Người dân cũng ghi nhận tinh thần, thái độ phục vụ của đội ngũ cán bộ, công chức cấp xã có nhiều chuyển biến; nhiều nơi thành lập tổ công tác lưu động hỗ trợ người cao tuổi, người khuyết tật làm thủ tục tại nhà.
H|Những băn khoăn cần được lắng nghe
P|Bên cạnh sự đồng tình, dư luận vẫn còn một số băn khoăn. Ở những xã có địa bàn rộng, nhất là các xã miền núi phía Tây, khoảng cách từ thôn đến trụ sở xã có nơi trên 30 km, việc đi lại của người dân còn khó khăn. Một số cán bộ mới được điều động chưa nắm chắc địa bàn, phong tục, tập quán của Nhân dân; hệ thống phần mềm, đường truyền ở một số điểm có lúc chưa ổn định.
P|Kết quả khảo sát nhanh do Ủy ban MTTQ Việt Nam tỉnh thực hiện với 2.400 người dân tại 24 xã, phường như sau:
T|Nội dung | Hài lòng | Chưa hài lòng
T|Thái độ phục vụ của cán bộ, công chức | 91,2% | 8,8%
T|Thời gian giải quyết thủ tục | 87,5% | 12,5%
T|Khoảng cách đi lại đến trụ sở | 68,4% | 31,6%
T|Dịch vụ công trực tuyến | 79,0% | 21,0%
P|Từ những ý kiến trên, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã kiến nghị Tỉnh ủy, Ủy ban nhân dân tỉnh tiếp tục bố trí các điểm tiếp nhận hồ sơ lưu động ở các xã có địa bàn rộng; tăng cường đào tạo, bồi dưỡng kỹ năng cho đội ngũ công chức cấp xã; đầu tư nâng cấp hạ tầng công nghệ thông tin; đồng thời phát huy vai trò của Ban Công tác Mặt trận, người có uy tín trong việc nắm bắt, phản ánh kịp thời tâm tư, nguyện vọng của Nhân dân.
P|Bà Nguyễn Thị Minh Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, thời gian tới, Mặt trận các cấp sẽ tiếp tục giám sát việc giải quyết thủ tục hành chính tại cấp xã, định kỳ tổng hợp dư luận xã hội để phản ánh với cấp ủy, chính quyền, góp phần xây dựng chính quyền cơ sở thực sự của dân, do dân, vì dân.
""")

page("a09", tpl="party", platform="php", site="laichau_bao", big=True, hdr="slash",
     path="/bao-ve-nen-tang-tu-tuong-cua-dang/{slug}-2026051906000.htm", cat="Bảo vệ nền tảng tư tưởng của Đảng",
     tags=["bảo vệ nền tảng tư tưởng", "sắp xếp bộ máy", "chính quyền địa phương hai cấp"],
     title="Nhận diện, phản bác luận điệu xuyên tạc việc sắp xếp tổ chức bộ máy của hệ thống chính trị",
     published="2026-05-19T06:00:00+07:00", modified="2026-05-19T08:15:00+07:00",
     date_text=lambda d: "%s, %s - %s" % (WD_TITLE[d.weekday()], d_slash(d), hm(d)),
     update_text=lambda d: "Cập nhật: %s - %s" % (d_slash(d), hm(d)),
     byline=["ThS. VŨ THỊ NGỌC LAN", "Trường Chính trị tỉnh Lai Châu"], ld_author="ThS. Vũ Thị Ngọc Lan",
     author="ThS. VŨ THỊ NGỌC LAN, Trường Chính trị tỉnh Lai Châu",
     body="""
L|Sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị, vận hành chính quyền địa phương hai cấp là chủ trương đúng đắn, hợp lòng dân. Thế nhưng, các thế lực thù địch, phần tử cơ hội chính trị vẫn không ngừng xuyên tạc, bóp méo nhằm gây hoài nghi, chia rẽ khối đại đoàn kết toàn dân tộc.
H|Những luận điệu sai trái cần nhận diện
P|Thời gian qua, trên một số trang mạng xã hội, các đối tượng thù địch, phản động đã đưa ra nhiều luận điệu sai trái về chủ trương sắp xếp tổ chức bộ máy. Chúng cho rằng việc hợp nhất tỉnh, không tổ chức cấp huyện, sắp xếp lại cấp xã là “cuộc thanh lọc nội bộ”, là “xáo trộn vô cớ”, sẽ “xóa bỏ bản sắc, ký ức của các địa phương”.
P|Thủ đoạn của chúng là lợi dụng những khó khăn ban đầu trong quá trình vận hành như một số trụ sở chưa đáp ứng yêu cầu, một số cán bộ chưa quen việc mới, phần mềm dịch vụ công có lúc gián đoạn để phóng đại thành “khủng hoảng”, “hỗn loạn”. Mục tiêu cuối cùng của chúng là làm suy giảm niềm tin của Nhân dân đối với sự lãnh đạo của Đảng.
H|Sắp xếp bộ máy để phục vụ Nhân dân tốt hơn
P|Thực tiễn đã chứng minh điều ngược lại. Chủ trương sắp xếp, tinh gọn bộ máy được Đảng ta chuẩn bị kỹ lưỡng, trên cơ sở tổng kết 7 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả. Mục tiêu xuyên suốt là khắc phục tình trạng chồng chéo chức năng, nhiều tầng nấc trung gian, dành nguồn lực cho đầu tư phát triển và chăm lo đời sống Nhân dân.
P|Chủ tịch Hồ Chí Minh từ rất sớm đã chỉ rõ bản chất của chính quyền kiểu mới. Trong bài báo “Dân vận” đăng trên báo Sự thật ngày 15/10/1949, Người viết:
Q|“Nước ta là nước dân chủ. Bao nhiêu lợi ích đều vì dân. Bao nhiêu quyền hạn đều của dân... Chính quyền từ xã đến Chính phủ trung ương do dân cử ra. Đoàn thể từ Trung ương đến xã do dân tổ chức nên. Nói tóm lại, quyền hành và lực lượng đều ở nơi dân”.
P|Sau gần một năm vận hành, những con số đã nói lên hiệu quả thực chất. Số đầu mối cơ quan, đơn vị giảm mạnh; nhiều thủ tục hành chính được giải quyết ngay tại cấp xã, người dân không còn phải đi lại qua nhiều cấp như trước. Ở tỉnh ta, 38 xã, phường sau sắp xếp đều có trung tâm phục vụ hành chính công; hơn 85% hồ sơ được tiếp nhận, giải quyết trực tuyến. Những khó khăn ban đầu là có thật, nhưng đang được tập trung tháo gỡ, không hề “hỗn loạn” như các đối tượng xuyên tạc.
H|Nâng cao sức đề kháng trước thông tin xấu độc
P|Để đấu tranh có hiệu quả, thứ nhất, mỗi cán bộ, đảng viên phải nắm chắc chủ trương, hiểu rõ mục đích, ý nghĩa của việc sắp xếp bộ máy để tự tin giải thích cho Nhân dân. Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới đã xác định đây là nhiệm vụ của cả hệ thống chính trị, trong đó cán bộ, đảng viên phải là lực lượng đi đầu.
P|Thứ hai, cấp ủy, chính quyền các cấp cần chủ động thông tin kịp thời, công khai, minh bạch về kết quả cũng như những khó khăn, vướng mắc trong quá trình vận hành bộ máy mới, không để “khoảng trống” thông tin cho các đối tượng lợi dụng.
P|Thứ ba, phải kiên quyết khắc phục những hạn chế, bất cập ngay từ cơ sở. Khi người dân được phục vụ tốt hơn, thủ tục nhanh hơn, đời sống được cải thiện thì mọi luận điệu xuyên tạc sẽ tự mất chỗ đứng. Lời dạy của Bác Hồ về công tác dân vận vẫn còn nguyên giá trị:
Q|“Lực lượng của dân rất to. Việc dân vận rất quan trọng. Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công”.
P|Thứ tư, mỗi người dùng mạng xã hội cần tỉnh táo, không chia sẻ, bình luận theo các bài viết chưa được kiểm chứng; tích cực lan tỏa thông tin chính thống.
P|Sắp xếp tổ chức bộ máy là cuộc cách mạng sâu sắc, không tránh khỏi khó khăn. Nhưng với sự đồng lòng của toàn Đảng, toàn dân, chủ trương lớn này đang và sẽ tiếp tục phát huy hiệu quả, tạo động lực mới cho đất nước.
""")

page("a10", tpl="amp", platform="amp", site="dienbien_dcs", hdr="slash_l",
     path="/amp/mat-tran-doan-the/{slug}-71245.html", cat="Mặt trận - Đoàn thể",
     title="Ngày hội Đại đoàn kết ở bản Mông vùng biên",
     published="2026-11-16T10:05:27+07:00", date_text=lambda d: "%s %s" % (d_slash(d), hm(d)),
     byline=["Bài: Lò Thị Hiền - Ảnh: Quàng Văn Tuấn"], ld_authors=["Lò Thị Hiền", "Quàng Văn Tuấn"],
     author="Lò Thị Hiền, Quàng Văn Tuấn",
     body="""
L|Những ngày giữa tháng 11, khắp các bản làng vùng biên xã Mường Nhé rộn ràng không khí Ngày hội Đại đoàn kết toàn dân tộc. Với đồng bào Mông ở bản Huổi Khon 2, ngày hội năm nay càng thêm ý nghĩa khi bản vừa hoàn thành con đường bê tông và nhà văn hóa mới.
C|Từ sáng sớm, bà con bản Huổi Khon 2 trong trang phục truyền thống đã có mặt tại sân nhà văn hóa mới để dự ngày hội.
C|Đồng chí Lý Văn Sử, Bí thư Đảng ủy xã Mường Nhé trao quà cho các hộ gia đình tiêu biểu trong cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.
P|Bản Huổi Khon 2 có 126 hộ, 100% là đồng bào Mông. Năm 2026, bằng nguồn vốn của chương trình mục tiêu quốc gia cùng sự đóng góp của Nhân dân, bản đã hoàn thành 2,3 km đường bê tông nội bản và nhà văn hóa khang trang. Người dân hiến hơn 1.800 m² đất, góp gần 1.000 ngày công lao động.
C|Các cụ cao tuổi, người có uy tín trong bản cùng nhau nhìn lại những đổi thay của bản trong năm qua.
C|Tiết mục múa khèn của thanh niên Mông mở đầu phần văn nghệ chào mừng ngày hội.
C|Trò chơi kéo co, ném pao thu hút đông đảo thanh niên nam nữ trong bản tham gia.
P|Ông Sùng A Chứ, Trưởng ban Công tác Mặt trận bản cho biết, ngày hội là dịp để bà con ôn lại truyền thống của Mặt trận Tổ quốc Việt Nam, cùng nhau bàn cách giữ gìn an ninh trật tự, bảo vệ đường biên, mốc giới và phát triển kinh tế. Năm nay, cả bản không có hộ tái nghèo, không có người vi phạm pháp luật.
C|Mâm cơm đoàn kết được bà con chuẩn bị với các món ăn truyền thống của đồng bào Mông như thắng cố, mèn mén, bánh dày.
C|Cán bộ, chiến sĩ đồn biên phòng trên địa bàn cùng vui ngày hội với bà con.
P|Chia tay ngày hội, chị Vàng Thị Dợ, một người dân trong bản nói rằng điều chị mong nhất là con đường mới sẽ giúp các con đến trường thuận lợi hơn trong mùa mưa, và sang năm bản sẽ có thêm nhiều hộ thoát nghèo.
C|Ngày hội khép lại trong tiếng khèn, tiếng hát và niềm tin của bà con vào một mùa xuân mới no ấm hơn.
""")

page("a11", tpl="liferay", platform="liferay", site="thainguyen_tct", hdr="bare",
     path="/web/guest/tin-hoat-dong/-/asset_publisher/Pq7RnW2xYb4K/content/{slug}", cat="Tin hoạt động",
     title="Khai giảng lớp Trung cấp lý luận chính trị hệ vừa làm vừa học khóa 2025 - 2026",
     published="2025-10-09T08:47:00+07:00", date_text=lambda d: "Ngày đăng: %s - %s" % (d_slash(d), hm(d)),
     byline=["ThS. Hoàng Thị Mai Anh, Trường Chính trị tỉnh"], author="ThS. Hoàng Thị Mai Anh, Trường Chính trị tỉnh",
     body="""
P|Sáng 8/10, Trường Chính trị tỉnh Thái Nguyên tổ chức khai giảng lớp Trung cấp lý luận chính trị hệ vừa làm vừa học khóa 2025 - 2026 cho 86 học viên là cán bộ, công chức các xã thuộc khu vực phía Bắc của tỉnh. Lớp học được mở tại cơ sở 2 của nhà trường, trước đây là Trường Chính trị tỉnh Bắc Kạn (cũ).
P|Dự lễ khai giảng có đồng chí Hà Thị Liên, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Ma Văn Đức, Phó Hiệu trưởng Trường Chính trị tỉnh cùng đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, đảng ủy các xã có học viên tham gia.
C|Quang cảnh lễ khai giảng.
P|Học viên của lớp phần lớn là cán bộ trẻ, mới được bố trí công tác sau khi sắp xếp đơn vị hành chính cấp xã, trong đó 42% là người dân tộc thiểu số, 38% là nữ. Trong thời gian khoảng 9 tháng, học viên sẽ được trang bị những kiến thức cơ bản, hệ thống về lý luận chính trị và kỹ năng lãnh đạo, quản lý ở cơ sở, với các phần học chính:
U|Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh;
U|Những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị Việt Nam;
U|Quản lý nhà nước trong các lĩnh vực ở cấp cơ sở;
U|Kỹ năng lãnh đạo, quản lý và nghiệp vụ công tác dân vận, mặt trận, đoàn thể;
U|Tình hình, nhiệm vụ của tỉnh và của địa phương.
P|Phát biểu khai giảng, đồng chí Ma Văn Đức đề nghị học viên nêu cao ý thức tự học, tự nghiên cứu, chấp hành nghiêm quy chế của nhà trường, gắn lý luận với thực tiễn công tác tại địa phương. Đặc biệt, học viên cần chủ động trao đổi những vấn đề đặt ra trong vận hành chính quyền địa phương hai cấp để cùng giảng viên tìm cách tháo gỡ.
P|Đây là lớp trung cấp lý luận chính trị thứ ba nhà trường mở trong năm 2025. Từ đầu năm đến nay, Trường Chính trị tỉnh đã mở 27 lớp đào tạo, bồi dưỡng cho gần 3.200 lượt cán bộ, đảng viên; phối hợp tổ chức bồi dưỡng nghiệp vụ cho cán bộ, công chức cấp xã sau sắp xếp, góp phần nâng cao chất lượng đội ngũ cán bộ cơ sở.
P|Thực hiện chủ trương đổi mới nội dung, phương pháp giảng dạy, nhà trường tăng cường sử dụng tình huống thực tế, tổ chức các buổi nghiên cứu thực tế tại địa phương, ứng dụng bài giảng điện tử. Các giảng viên được phân công bám sát lớp học, kịp thời giải đáp những vấn đề học viên quan tâm.
""")

page("a12", tpl="sharepoint", platform="sharepoint", site="gialai_tgdv", hdr="short", variant="trang",
     path="/Trang/hoc-tap-quan-triet-nghi-quyet-dai-hoi-xiv-cua-dang-cho-can-bo-chu-chot.aspx", cat="Học tập nghị quyết",
     title="Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho cán bộ chủ chốt toàn tỉnh",
     published="2026-03-04T09:15:00+07:00", date_text=lambda d: "Ngày đăng: %s %s" % (d_slash(d), clock12(d)),
     byline=["Ban Tuyên giáo và Dân vận Tỉnh ủy"], author="Ban Tuyên giáo và Dân vận Tỉnh ủy",
     body="""
L|Ngày 3/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tiếp kết hợp trực tuyến học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đến 135 điểm cầu trong toàn tỉnh với hơn 18.000 cán bộ, đảng viên tham dự.
P|Hội nghị được tổ chức tại điểm cầu chính ở Hội trường Tỉnh ủy và các điểm cầu tại đảng ủy các xã, phường, đảng ủy trực thuộc Tỉnh ủy. Đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.
P|Các đại biểu đã nghe báo cáo viên Trung ương truyền đạt những nội dung cơ bản, điểm mới, cốt lõi trong các văn kiện Đại hội XIV của Đảng và chương trình hành động của Ban Chấp hành Trung ương thực hiện Nghị quyết Đại hội. Báo cáo viên cũng phân tích bối cảnh, thời cơ, thách thức đối với đất nước trong giai đoạn mới và những yêu cầu đặt ra đối với công tác xây dựng Đảng, hệ thống chính trị.
C|Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.
H|Đưa nghị quyết vào cuộc sống
P|Phát biểu tại hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng nghiêm túc tổ chức học tập, quán triệt nghị quyết đến 100% cán bộ, đảng viên trước ngày 31/3/2026; gắn việc học tập nghị quyết với thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 và nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị.
P|Sau hội nghị, mỗi cán bộ, đảng viên viết bản thu hoạch, xây dựng kế hoạch cá nhân thực hiện nghị quyết, trong đó nêu rõ những việc cụ thể sẽ làm, tránh chung chung, hình thức. Người đứng đầu cấp ủy các cấp chịu trách nhiệm về chất lượng học tập, quán triệt tại địa phương, đơn vị mình.
P|Ban Tuyên giáo và Dân vận Tỉnh ủy được giao chủ trì biên soạn tài liệu hỏi - đáp về những điểm mới của văn kiện phù hợp với từng đối tượng, trong đó có tài liệu song ngữ tiếng Việt - tiếng Bahnar, tiếng Việt - tiếng Jrai để tuyên truyền trong đồng bào dân tộc thiểu số. Các cơ quan báo chí của tỉnh mở chuyên mục tuyên truyền về việc thực hiện nghị quyết.
H|Linh hoạt hình thức học tập
P|Với địa bàn rộng, nhiều xã vùng sâu, vùng xa, Ban Thường vụ Tỉnh ủy chỉ đạo đa dạng hóa hình thức học tập. Bên cạnh hội nghị trực tiếp, trực tuyến, đảng viên có thể học tập qua ứng dụng “Sổ tay đảng viên điện tử”, trả lời các câu hỏi trắc nghiệm trên nền tảng số. Tại các chi bộ thôn, làng, nội dung nghị quyết được phổ biến trong sinh hoạt chi bộ định kỳ, kết hợp với việc trao đổi những vấn đề cụ thể của địa phương.
P|Theo đánh giá của Ban Tuyên giáo và Dân vận Tỉnh ủy, việc tổ chức hội nghị đến tận các điểm cầu cấp xã giúp cán bộ, đảng viên ở cơ sở được tiếp cận trực tiếp, kịp thời các nội dung của nghị quyết, tiết kiệm thời gian, chi phí đi lại. Ngay sau hội nghị, nhiều đảng ủy xã, phường đã xây dựng kế hoạch học tập, quán triệt đến các chi bộ trực thuộc.
""")

page("a13", tpl="wordpress", platform="wordpress", site="phutho_xa", hdr="slash", theme="colormag",
     path="/2026/07/01/bi-thu-dang-uy-xa-yen-lang-chinh-quyen-gan-dan-thi-dan-moi-tin/", cat="Xây dựng Đảng",
     tags=["chính quyền hai cấp", "Đảng ủy xã", "phỏng vấn"],
     title="Bí thư Đảng ủy xã Yên Lãng: Chính quyền gần dân thì dân mới tin",
     published="2026-07-01T07:30:12+07:00",
     date_html=lambda d, m: ('<span class="posted-on"><a href="#" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time>'
                             '<time class="updated" datetime="%s" style="display:none">%s</time></a></span>' % (d.isoformat(), d_slash(d), m.isoformat(), d_slash(m))),
     byline=["Thực hiện: Minh Thư"], author="Minh Thư",
     body="""
L|Nhân dịp tròn một năm vận hành chính quyền địa phương hai cấp, phóng viên đã có cuộc trao đổi với đồng chí Hà Văn Khánh, Bí thư Đảng ủy xã Yên Lãng về những kết quả đạt được và những việc cần tiếp tục làm để bộ máy mới thực sự gần dân, sát dân.
P|[b]PV:[/b] Thưa đồng chí, sau một năm vận hành, đồng chí đánh giá thế nào về hoạt động của bộ máy chính quyền xã?
P|[b]Đồng chí Hà Văn Khánh:[/b] Xã Yên Lãng được thành lập trên cơ sở sáp nhập ba xã của huyện Tam Đảo (cũ), diện tích tự nhiên gấp gần ba lần trước đây, dân số hơn 31.000 người. Những tháng đầu thực sự có nhiều khó khăn: trụ sở chật, cán bộ từ nhiều nơi về chưa quen việc, chưa quen địa bàn. Nhưng đến nay, bộ máy đã vận hành ổn định. Trung tâm phục vụ hành chính công của xã đã tiếp nhận hơn 9.000 hồ sơ, không có hồ sơ quá hạn. Điều tôi mừng nhất là người dân không phải lên huyện như trước, nhiều việc làm ngay trên điện thoại.
P|[b]PV:[/b] Đảng ủy xã đã có những giải pháp gì để cán bộ gần dân hơn?
P|[b]Đồng chí Hà Văn Khánh:[/b] Chúng tôi thực hiện quy định mỗi đồng chí trong Ban Thường vụ Đảng ủy phụ trách một cụm thôn, mỗi tháng ít nhất một lần dự sinh hoạt chi bộ và tiếp xúc với Nhân dân tại thôn. Đảng ủy cũng duy trì “Ngày thứ Năm lắng nghe dân”: vào chiều thứ Năm hằng tuần, Bí thư hoặc Chủ tịch Ủy ban nhân dân xã trực tiếp tiếp dân, đối thoại những vụ việc phức tạp. Một năm qua, chúng tôi đã tiếp 214 lượt công dân, giải quyết dứt điểm 37 vụ việc về đất đai tồn đọng từ trước khi sáp nhập.
P|[b]PV:[/b] Những khó khăn nào hiện vẫn còn, thưa đồng chí?
P|[b]Đồng chí Hà Văn Khánh:[/b] Khó khăn lớn nhất là cơ sở vật chất và nguồn nhân lực có chuyên môn sâu về đất đai, xây dựng, tài chính. Có những việc trước đây huyện làm, nay chuyển về xã, trong khi cán bộ chưa được đào tạo bài bản. Chúng tôi vừa làm vừa học, đề nghị các sở, ngành hướng dẫn, tập huấn thường xuyên. Bên cạnh đó, thôn xa nhất cách trụ sở xã gần 15 km, nên xã bố trí bộ phận tiếp nhận hồ sơ lưu động mỗi tuần hai buổi.
P|[b]PV:[/b] Thời gian tới, Đảng ủy xã tập trung vào những nhiệm vụ gì?
P|[b]Đồng chí Hà Văn Khánh:[/b] Chúng tôi xác định ba việc trọng tâm. Một là, nâng cao năng lực lãnh đạo của các chi bộ thôn, đổi mới nội dung sinh hoạt chi bộ để đảng viên thực sự là hạt nhân ở khu dân cư. Hai là, phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể trong giám sát, phản biện, vận động Nhân dân cùng làm các công trình dân sinh. Ba là, phát triển du lịch sinh thái dưới chân núi Tam Đảo gắn với giữ gìn cảnh quan, tạo việc làm cho thanh niên. Tôi tin rằng, chính quyền gần dân, làm đúng việc dân cần thì dân sẽ tin và đồng hành.
P|[b]PV:[/b] Xin cảm ơn đồng chí!
""")

page("a14", tpl="joomla", platform="joomla", site="hungyen_tgdv", hdr="joomla", j4=True, meta_utc=True,
     path="/index.php/bai-phat-bieu/812-phat-bieu-tai-hoi-nghi-tong-ket-cong-tac-tuyen-giao-va-dan-van-nam-2025",
     cat="Bài phát biểu", meta_author="Ban Tuyên giáo và Dân vận Tỉnh ủy",
     title="Phát biểu của đồng chí Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025",
     published="2026-01-15T16:20:00+07:00", date_text=lambda d: "Ngày đăng: %d Tháng %d %d" % (d.day, d.month, d.year),
     byline=["BBT"], author="BBT",
     body="""
P|[i]Chiều 14/1, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Ban Biên tập trân trọng giới thiệu toàn văn phát biểu chỉ đạo của đồng chí Phó Bí thư Thường trực Tỉnh ủy tại hội nghị.[/i]
P|Kính thưa các đồng chí đại biểu!
P|Thưa toàn thể các đồng chí!
P|Hôm nay, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên kể từ khi hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy, đồng thời là năm đầu tiên hệ thống chính trị của tỉnh Hưng Yên mới vận hành sau hợp nhất. Thay mặt Thường trực Tỉnh ủy, tôi nhiệt liệt biểu dương những kết quả mà đội ngũ cán bộ làm công tác tuyên giáo, dân vận toàn tỉnh đã đạt được trong năm qua.
H|I. NHỮNG KẾT QUẢ NỔI BẬT
P|Năm 2025 là năm có nhiều sự kiện chính trị đặc biệt quan trọng: toàn Đảng, toàn dân, toàn quân ta thực hiện cuộc cách mạng sắp xếp tổ chức bộ máy, hợp nhất tỉnh, sắp xếp đơn vị hành chính cấp xã và tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng. Trong bối cảnh đó, công tác tuyên giáo và dân vận đã đi trước một bước, chủ động định hướng tư tưởng, tạo sự đồng thuận cao trong cán bộ, đảng viên và Nhân dân.
P|Công tác tuyên truyền về sắp xếp bộ máy, về đại hội đảng bộ các cấp được triển khai bài bản, đa dạng hình thức. Việc lấy ý kiến Nhân dân về phương án hợp nhất tỉnh, sắp xếp đơn vị hành chính cấp xã đạt tỷ lệ đồng thuận trên 98%. Công tác nắm bắt tình hình tư tưởng, dư luận xã hội được thực hiện thường xuyên; nhiều vấn đề nổi cộm được phát hiện sớm, tham mưu xử lý kịp thời, không để hình thành điểm nóng.
P|Phong trào thi đua “Dân vận khéo” tiếp tục lan tỏa với 1.126 mô hình được công nhận ở các cấp. Công tác bảo vệ nền tảng tư tưởng của Đảng có nhiều đổi mới; lực lượng cốt cán trên không gian mạng được củng cố, đã đăng tải hàng nghìn tin, bài tích cực, phản bác kịp thời các thông tin sai trái.
H|II. MỘT SỐ HẠN CHẾ CẦN KHẮC PHỤC
P|Bên cạnh những kết quả đạt được, chúng ta cần thẳng thắn nhìn nhận một số hạn chế. Việc nắm bắt tình hình tư tưởng ở một số nơi chưa sâu, còn bị động; công tác tuyên truyền ở cơ sở có lúc chưa theo kịp yêu cầu, nhất là tuyên truyền trên nền tảng số. Đội ngũ cán bộ làm công tác tuyên giáo, dân vận cấp xã sau sắp xếp còn thiếu kinh nghiệm, nhiều đồng chí mới được phân công, chưa được bồi dưỡng nghiệp vụ.
P|Nguyên nhân chủ yếu là khối lượng công việc năm 2025 rất lớn, trong khi tổ chức bộ máy vừa sắp xếp, vừa vận hành; một số cấp ủy chưa thực sự quan tâm đúng mức đến công tác tuyên giáo, dân vận.
H|III. NHIỆM VỤ TRỌNG TÂM NĂM 2026
P|Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030. Tôi cơ bản nhất trí với phương hướng, nhiệm vụ năm 2026 nêu trong báo cáo và đề nghị các đồng chí tập trung vào một số nhiệm vụ sau:
P|Thứ nhất, ngay sau khi Đại hội XIV của Đảng thành công, tổ chức thật tốt việc học tập, quán triệt và tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh; đổi mới cách thức học tập, chú trọng chất lượng, tránh hình thức.
P|Thứ hai, nâng cao chất lượng công tác nắm bắt, dự báo tình hình tư tưởng, dư luận xã hội, nhất là những vấn đề liên quan đến đất đai, môi trường, việc làm của người lao động tại các khu công nghiệp.
P|Thứ ba, đẩy mạnh công tác bảo vệ nền tảng tư tưởng của Đảng; phát huy vai trò của lực lượng cốt cán, của báo chí trong đấu tranh phản bác các quan điểm sai trái, thù địch.
P|Thứ tư, tiếp tục nâng cao chất lượng phong trào thi đua “Dân vận khéo”, công tác dân vận chính quyền; quan tâm bồi dưỡng, tập huấn nghiệp vụ cho đội ngũ cán bộ tuyên giáo, dân vận cấp xã.
P|Thưa các đồng chí! Nhiệm vụ năm 2026 rất nặng nề nhưng cũng rất vẻ vang. Tôi tin tưởng rằng, với tinh thần đoàn kết, trách nhiệm, đổi mới, sáng tạo, đội ngũ cán bộ làm công tác tuyên giáo và dân vận của tỉnh sẽ hoàn thành xuất sắc nhiệm vụ được giao, góp phần xây dựng tỉnh Hưng Yên ngày càng giàu mạnh, văn minh.
P|Chúc các đồng chí mạnh khỏe, hạnh phúc và thành công. Xin trân trọng cảm ơn!
""")

page("a15", tpl="dnn", platform="dnn", site="ninhbinh_dcq", hdr="slash_l", doc_agency="ĐU",
     path="/thong-bao/ArtMID/433/ArticleID/975/{slug}", cat="Thông báo",
     title="Thông báo kết luận của Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh về công tác kiểm tra, giám sát 9 tháng đầu năm 2025",
     published="2025-10-20T14:05:00+07:00",
     date_html=lambda d: '<span class="edn_date">%s, %s %s</span>' % (WD_TITLE[d.weekday()], d_slash(d), hm(d)),
     byline=[], author=None,
     body="""
P|Ngày 17/10/2025, Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh đã họp, nghe báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng 9 tháng đầu năm 2025, phương hướng, nhiệm vụ những tháng cuối năm. Sau khi nghe Ủy ban Kiểm tra Đảng ủy báo cáo và ý kiến thảo luận của các đồng chí dự họp, Ban Thường vụ Đảng ủy kết luận như sau:
H|I. Đánh giá chung
P|Chín tháng đầu năm 2025, mặc dù khối lượng công việc rất lớn do thực hiện sắp xếp tổ chức bộ máy, hợp nhất các tổ chức đảng và chuẩn bị, tổ chức đại hội đảng bộ các cấp, công tác kiểm tra, giám sát của Đảng ủy và các tổ chức đảng trực thuộc vẫn được quan tâm chỉ đạo, thực hiện cơ bản đúng kế hoạch. Ban Thường vụ Đảng ủy đã kiểm tra 6 tổ chức đảng và 11 đảng viên, giám sát chuyên đề 8 tổ chức đảng và 14 đảng viên; Ủy ban Kiểm tra Đảng ủy kiểm tra tài chính đảng tại 9 tổ chức đảng. Qua kiểm tra, giám sát, các tổ chức đảng và đảng viên cơ bản chấp hành tốt; những thiếu sót, hạn chế đã được chỉ ra để kịp thời khắc phục.
P|Tuy nhiên, công tác tự kiểm tra của một số chi bộ còn hình thức; việc xây dựng chương trình kiểm tra, giám sát của một số tổ chức đảng sau hợp nhất còn chậm; chất lượng báo cáo của một số đơn vị chưa cao, chưa chỉ rõ nguyên nhân của hạn chế, khuyết điểm.
H|II. Nhiệm vụ trọng tâm những tháng cuối năm 2025
P|Ban Thường vụ Đảng ủy yêu cầu các tổ chức đảng trực thuộc tập trung thực hiện tốt các nhiệm vụ sau:
O|Khẩn trương xây dựng, ban hành chương trình kiểm tra, giám sát nhiệm kỳ 2025 - 2030 và năm 2026 của cấp ủy, ủy ban kiểm tra các cấp; hoàn thành trước ngày 15/12/2025.
O|Tập trung kiểm tra, giám sát việc triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng tỉnh nhiệm kỳ 2025 - 2030 và nghị quyết đại hội các chi bộ, đảng bộ cơ sở.
O|Chú trọng giám sát thường xuyên việc thực hiện chức trách, nhiệm vụ được giao và việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt sau sắp xếp tổ chức bộ máy.
O|Kịp thời tiếp nhận, giải quyết đơn thư tố cáo, khiếu nại đối với tổ chức đảng, đảng viên theo đúng quy định; không để đơn thư tồn đọng, kéo dài.
O|Tổ chức tập huấn nghiệp vụ công tác kiểm tra, giám sát cho cấp ủy viên, ủy viên ủy ban kiểm tra và cán bộ làm công tác kiểm tra của các tổ chức đảng trực thuộc trong quý IV năm 2025.
O|Tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025 thực chất, đúng quy định; báo cáo kết quả về Đảng ủy (qua Ủy ban Kiểm tra) trước ngày 20/12/2025.
P|Ban Thường vụ Đảng ủy giao Ủy ban Kiểm tra Đảng ủy theo dõi, đôn đốc, hướng dẫn các tổ chức đảng trực thuộc thực hiện Thông báo kết luận này; định kỳ báo cáo Ban Thường vụ Đảng ủy.
""")

page("a16", tpl="wordpress", platform="wordpress", site="hcm_phuong", hdr="lower_month", theme="generatepress",
     path="/huong-dan-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2025/", cat="Tin Trung ương",
     tags=["Ngày hội Đại đoàn kết", "MTTQ Việt Nam"], wp_account="quantri",
     title="Hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
     published="2025-11-03T08:00:00+07:00", date_text=lambda d: d_slash(d),
     byline=["Hà Anh"], source="Nguồn: dangcongsan.vn", author="Hà Anh",
     body="""
P|Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam vừa ban hành hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 ở khu dân cư, gắn với kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025).
P|Theo hướng dẫn, Ngày hội được tổ chức ở tất cả các khu dân cư trên cả nước, thời gian từ ngày 10/11 đến ngày 18/11/2025. Đây là năm đầu tiên Ngày hội được tổ chức sau khi sắp xếp tổ chức bộ máy của hệ thống chính trị và vận hành chính quyền địa phương hai cấp, vì vậy cần được chuẩn bị chu đáo, thiết thực, tạo sức lan tỏa trong toàn xã hội.
P|Ngày hội gồm hai phần. Phần lễ ôn lại truyền thống 95 năm của Mặt trận Tổ quốc Việt Nam; báo cáo kết quả thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và các phong trào thi đua ở khu dân cư; biểu dương, khen thưởng các gia đình, cá nhân tiêu biểu. Phần hội gồm các hoạt động văn hóa, văn nghệ, thể dục thể thao, trò chơi dân gian phù hợp với phong tục, tập quán của từng địa phương.
X|Xem thêm: Lan tỏa tinh thần đại đoàn kết từ mỗi khu dân cư
P|Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam đề nghị Ủy ban MTTQ Việt Nam các tỉnh, thành phố chỉ đạo Ủy ban MTTQ Việt Nam cấp xã phối hợp với chính quyền, các tổ chức chính trị - xã hội hướng dẫn Ban Công tác Mặt trận ở khu dân cư tổ chức Ngày hội. Các địa phương mời đại diện lãnh đạo Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể các cấp về dự Ngày hội ở khu dân cư, tạo không khí đoàn kết, gắn bó giữa cán bộ với Nhân dân.
P|Hướng dẫn cũng nêu rõ một số yêu cầu đối với việc tổ chức Ngày hội năm nay:
U|Tổ chức trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức;
U|Gắn Ngày hội với việc lấy ý kiến Nhân dân về chất lượng hoạt động của chính quyền cấp xã sau sắp xếp;
U|Quan tâm thăm hỏi, tặng quà hộ nghèo, gia đình chính sách, người có hoàn cảnh khó khăn; trao nhà “Đại đoàn kết” cho hộ nghèo;
U|Đẩy mạnh ứng dụng công nghệ số trong tuyên truyền, chia sẻ hình ảnh đẹp về Ngày hội trên các nền tảng mạng xã hội.
P|Trong dịp Ngày hội, Ban Công tác Mặt trận ở khu dân cư chủ động phối hợp với chi bộ, trưởng thôn, tổ trưởng tổ dân phố tổ chức cho Nhân dân thảo luận, bàn bạc những việc cần làm trong năm tới để xây dựng khu dân cư an toàn, văn minh, sạch đẹp.
P|Ủy ban MTTQ Việt Nam các tỉnh, thành phố báo cáo kết quả tổ chức Ngày hội về Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam trước ngày 30/11/2025.
""")

page("a17", tpl="nukeviet", platform="nukeviet", site="vinhlong_xa", hdr="dash",
     path="/news/mat-tran-doan-the/{slug}-604.html", cat="Mặt trận - Đoàn thể",
     tags=["Ngày hội Đại đoàn kết", "ấp Phú Hòa"],
     title="Phấn khởi Ngày hội Đại đoàn kết toàn dân tộc ở ấp Phú Hòa",
     published="2025-11-18T10:30:00+07:00", date_text=lambda d: "%s %s" % (d_slash(d), hm(d)),
     byline_in_body=["Tin, ảnh: Hoàng Yến, Đức Trung"], nv_authors=[("Nguồn tin:", "Ủy ban MTTQ Việt Nam xã Long Hồ")],
     author="Hoàng Yến, Đức Trung",
     body="""
L|Ngày 17/11, Ban Công tác Mặt trận ấp Phú Hòa, xã Long Hồ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025. Đây là ngày hội đầu tiên của ấp sau khi sắp xếp, sáp nhập đơn vị hành chính.
P|Dự ngày hội có đồng chí Trần Văn Bảy, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng nhân dân xã; đồng chí Nguyễn Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng đông đảo bà con Nhân dân trong ấp.
P|Ấp Phú Hòa được thành lập trên cơ sở sáp nhập hai ấp Phú Hòa và Phú Thạnh, hiện có 612 hộ với hơn 2.300 nhân khẩu. Năm qua, Nhân dân trong ấp đã đóng góp trên 1,2 tỷ đồng cùng hàng nghìn ngày công để nâng cấp 3,5 km đường giao thông nông thôn, lắp đặt 120 bóng đèn chiếu sáng, xây dựng hai cây cầu bê tông thay cho cầu khỉ. Ấp có 96,5% hộ đạt danh hiệu “Gia đình văn hóa”; tỷ lệ hộ nghèo giảm còn 0,8%.
P|Phát biểu tại ngày hội, đồng chí Trần Văn Bảy biểu dương tinh thần đoàn kết, đồng lòng của bà con ấp Phú Hòa; đề nghị Ban Công tác Mặt trận ấp tiếp tục phát huy vai trò nòng cốt, vận động Nhân dân thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, giữ gìn an ninh trật tự, bảo vệ môi trường, phát triển kinh tế vườn gắn với du lịch sinh thái.
C|Lãnh đạo xã trao nhà “Đại đoàn kết” cho gia đình bà Lê Thị Hoa.
P|Dịp này, Ủy ban MTTQ Việt Nam xã trao một căn nhà “Đại đoàn kết” trị giá 60 triệu đồng cho gia đình bà Lê Thị Hoa, hộ cận nghèo của ấp; trao 30 phần quà cho các hộ nghèo, gia đình chính sách; khen thưởng 12 hộ gia đình tiêu biểu trong phong trào thi đua ở khu dân cư.
P|Phần hội diễn ra sôi nổi với các tiết mục đờn ca tài tử, trò chơi dân gian như kéo co, đập nồi, bịt mắt bắt vịt, thu hút đông đảo bà con và các em thiếu nhi tham gia. Bà Lê Thị Hoa xúc động chia sẻ: “Gia đình tôi ở căn nhà lá dột nát đã mấy chục năm, nay có nhà mới vững chắc đón Tết, tôi biết ơn Mặt trận và bà con lối xóm nhiều lắm”.
C|Các tiết mục đờn ca tài tử của bà con trong ấp.
""")

page("a18", tpl="aspnet_new", platform="aspnet", site="cantho_ldld", hdr="slash_l", nfd=True,
     path="/ChiTietTin.aspx?id=6204", cat="Mái ấm Công đoàn",
     title="Trao 12 “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở",
     published="2026-08-14T10:22:00+07:00",
     date_text=lambda d: "%s, %s, %s (GMT+7)" % (WD_TITLE[d.weekday()], d_slash(d), hm(d)),
     byline=["Nguyễn Kim Oanh (Ban Tuyên giáo LĐLĐ thành phố)"], author="Nguyễn Kim Oanh (Ban Tuyên giáo LĐLĐ thành phố)",
     body="""
L|Ngày 13/8, Liên đoàn Lao động thành phố Cần Thơ tổ chức trao quyết định hỗ trợ xây dựng, sửa chữa 12 “Mái ấm Công đoàn” cho đoàn viên, người lao động có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí hơn 600 triệu đồng.
P|Các đoàn viên được hỗ trợ lần này đang làm việc tại doanh nghiệp trong các khu công nghiệp Trà Nóc, Tân Phú Thạnh, An Nghiệp và một số đơn vị sự nghiệp, trường học trên địa bàn thành phố. Mức hỗ trợ từ 40 đến 60 triệu đồng mỗi căn, từ nguồn quỹ “Mái ấm Công đoàn” của thành phố, kinh phí công đoàn cơ sở và sự đóng góp của doanh nghiệp.
P|Chị Thạch Thị Sa Rinh, công nhân Công ty TNHH Chế biến thủy sản Mỹ Thanh ở phường Sóc Trăng, một trong những đoàn viên được hỗ trợ, xúc động cho biết: “Vợ chồng tôi đều làm công nhân, hai con còn nhỏ, căn nhà tạm bằng tôn đã xuống cấp nặng, mùa mưa nước tràn vào nhà. Có số tiền hỗ trợ của Công đoàn, cộng với tiền dành dụm, vợ chồng tôi sẽ cất được căn nhà kiên cố trước Tết”.
C|Lãnh đạo Liên đoàn Lao động thành phố trao quyết định hỗ trợ “Mái ấm Công đoàn” cho đoàn viên.
P|Thời gian qua, Liên đoàn Lao động thành phố đã triển khai nhiều hoạt động thiết thực chăm lo cho đoàn viên, người lao động như “Tết Sum vầy”, “Tháng Công nhân”, “Phiên chợ Công đoàn”, hỗ trợ vay vốn không lãi suất từ Quỹ Trợ vốn công nhân lao động nghèo. Từ đầu năm 2026 đến nay, các cấp công đoàn thành phố đã xây mới, sửa chữa 46 “Mái ấm Công đoàn”, thăm hỏi, tặng quà hơn 12.000 lượt đoàn viên với tổng kinh phí trên 9 tỷ đồng.
P|Bà Lâm Thị Ngọc Điệp, Phó Chủ tịch Liên đoàn Lao động thành phố cho biết, sau khi hợp nhất, số đoàn viên công đoàn của thành phố tăng lên hơn 210.000 người, trong đó nhiều người lao động từ các tỉnh khác đến làm việc, phải thuê trọ với điều kiện sinh hoạt còn khó khăn. Vì vậy, Công đoàn thành phố đặt mục tiêu đến hết năm 2026 hoàn thành 80 “Mái ấm Công đoàn”, đồng thời phối hợp với các doanh nghiệp, chủ nhà trọ cải thiện điều kiện sống cho người lao động.
P|Dịp này, Liên đoàn Lao động thành phố cũng phát động đợt quyên góp ủng hộ Quỹ “Mái ấm Công đoàn” trong đoàn viên, người lao động và các doanh nghiệp. Ngay tại buổi lễ, các đơn vị đã đăng ký ủng hộ hơn 350 triệu đồng.
""")

page("a19", tpl="bootstrap", platform="php", site="camau_phuong", hdr="slash_l",
     path="/tin-tuc/{slug}.html", cat="Dân vận khéo", tags=["Dân vận khéo", "hòa giải cơ sở"],
     title="Phường Bạc Liêu ra mắt mô hình “Khóm không có đơn thư vượt cấp”",
     published="2025-08-21T15:10:00+07:00", byline=[], source="(Theo Báo Cà Mau)", author=None,
     body="""
L|Chiều 20/8, Đảng ủy phường Bạc Liêu tổ chức ra mắt mô hình “Khóm không có đơn thư vượt cấp” tại khóm 3. Đây là mô hình “Dân vận khéo” đầu tiên được Đảng ủy phường chỉ đạo xây dựng sau khi phường mới đi vào hoạt động.
P|Khóm 3 hiện có 740 hộ với hơn 2.900 nhân khẩu, là địa bàn có nhiều dự án chỉnh trang đô thị đang triển khai. Những năm trước, khóm thường phát sinh các vụ việc tranh chấp ranh giới đất đai, mâu thuẫn trong sinh hoạt, nếu không được hòa giải kịp thời dễ dẫn đến khiếu nại, khiếu kiện kéo dài.
P|Theo kế hoạch, mô hình hoạt động dựa trên sự phối hợp chặt chẽ giữa chi bộ khóm, Ban Công tác Mặt trận, tổ hòa giải và lực lượng công an phường. Mọi kiến nghị, phản ánh của người dân được tiếp nhận ngay tại khóm thông qua hộp thư góp ý, nhóm Zalo của khóm và các buổi sinh hoạt định kỳ; những việc thuộc thẩm quyền được giải quyết trong vòng 7 ngày làm việc, việc vượt thẩm quyền được chuyển lên phường và thông báo lại cho người dân.
P|Mỗi đảng viên trong chi bộ khóm phụ trách từ 15 đến 20 hộ gia đình, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân, tuyên truyền, vận động bà con chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Tổ hòa giải được kiện toàn với 9 thành viên, trong đó có 2 luật sư và 1 cựu chiến binh là người có uy tín trong khu dân cư.
P|Phát biểu tại buổi ra mắt, đồng chí Lý Hoàng Phúc, Phó Bí thư Thường trực Đảng ủy phường đề nghị các thành viên ban chỉ đạo mô hình phát huy tinh thần trách nhiệm, “nói đi đôi với làm”; giải quyết dứt điểm các vụ việc ngay từ cơ sở, không để phát sinh điểm nóng. Qua thời gian thực hiện, Đảng ủy phường sẽ sơ kết, rút kinh nghiệm để nhân rộng mô hình ra các khóm còn lại.
P|Trước đó, Đảng ủy phường Bạc Liêu đã ban hành kế hoạch thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2025 - 2030, trong đó xác định mỗi chi bộ, mỗi đoàn thể phải đăng ký ít nhất một mô hình “Dân vận khéo” gắn với nhiệm vụ chính trị của địa phương.
""")

page("a20", tpl="mobile", platform="mobile", site="khanhhoa_dubnd", hdr="short",
     path="/tin-hoat-dong/{slug}-3317", host_prefix="m.", cat="Tin hoạt động",
     title="Đảng ủy UBND tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026",
     published="2026-07-09T16:30:00+07:00", byline=["Trần Thanh Tâm"], author="Trần Thanh Tâm",
     body="""
L|Chiều 8/7, Đảng ủy UBND tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Trịnh Minh Hoàng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Bí thư Đảng ủy UBND tỉnh chủ trì hội nghị.
P|Đảng bộ UBND tỉnh hiện có 42 tổ chức cơ sở đảng với hơn 5.600 đảng viên, sinh hoạt tại các sở, ngành chuyên môn thuộc UBND tỉnh và các đơn vị sự nghiệp. Sáu tháng đầu năm, Đảng ủy đã tập trung lãnh đạo các tổ chức đảng trực thuộc học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và nghị quyết đại hội đảng bộ các cấp; 100% cán bộ, đảng viên xây dựng kế hoạch cá nhân thực hiện nghị quyết.
P|Công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức được chú trọng. Đảng ủy đã chỉ đạo kiện toàn tổ chức đảng tại các sở, ngành sau khi sắp xếp; kết nạp 84 đảng viên mới; kiểm tra, giám sát 19 tổ chức đảng và 27 đảng viên. Việc đổi mới nội dung sinh hoạt chi bộ theo hướng gắn với nhiệm vụ chuyên môn, nhất là cải cách thủ tục hành chính, giải ngân vốn đầu tư công, có chuyển biến rõ nét.
C|Đồng chí Trịnh Minh Hoàng phát biểu kết luận hội nghị.
P|Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: chất lượng sinh hoạt chuyên đề ở một số chi bộ chưa cao; tiến độ giải ngân vốn đầu tư công của một số đơn vị còn chậm; việc nắm bắt tư tưởng của cán bộ, đảng viên sau sắp xếp có nơi chưa kịp thời.
P|Kết luận hội nghị, đồng chí Trịnh Minh Hoàng yêu cầu các cấp ủy, tổ chức đảng trực thuộc tập trung lãnh đạo hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2026; gắn trách nhiệm của người đứng đầu với kết quả giải ngân vốn đầu tư công, cải cách hành chính, chuyển đổi số; quan tâm chăm lo đời sống, tâm tư, nguyện vọng của cán bộ, công chức, viên chức sau sắp xếp. “Mỗi tổ chức đảng phải gắn công tác xây dựng Đảng với nhiệm vụ chuyên môn, lấy kết quả thực hiện nhiệm vụ chính trị làm thước đo năng lực lãnh đạo”, đồng chí nhấn mạnh.
P|Tại hội nghị, Đảng ủy UBND tỉnh đã khen thưởng 5 tập thể và 12 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ 6 tháng đầu năm.
""")

# ------------------------------------------------------- non-article pages

page("n01", tpl="liferay_listing", platform="liferay", site="tq_tu", kind="listing", hdr="ngay", big=True,
     path="/web/guest/hoat-dong-cua-tinh-uy", cat="Hoạt động của Tỉnh ủy")
page("n02", tpl="nukeviet_search", platform="nukeviet", site="quangtri_td", kind="search", hdr="dash",
     path="/seek/?q=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o", query="dân vận khéo")
page("n03", tpl="joomla_404", platform="joomla", site="dongthap_hnd", kind="not_found", hdr="joomla",
     path="/index.php/tin-hoat-dong/1388-hoi-nong-dan-tinh-to-chuc-hoi-thi-nha-nong-dam-dang", cat="Tin hoạt động")
page("n04", tpl="challenge", platform="other", site="hatinh_mttq", kind="challenge",
     path="/?mod=news&act=detail&id=5560")


# ------------------------------------------------------------------- main

TEMPLATES = {
    "liferay": tpl_liferay, "liferay_listing": tpl_liferay_listing, "sharepoint": tpl_sharepoint,
    "wordpress": tpl_wordpress, "joomla": tpl_joomla, "joomla_404": tpl_joomla_404, "dnn": tpl_dnn,
    "nukeviet": tpl_nukeviet, "nukeviet_search": tpl_nukeviet_search, "aspnet_old": tpl_aspnet_old,
    "aspnet_new": tpl_aspnet_new, "php_mttq": tpl_php_mttq, "party": tpl_party, "amp": tpl_amp,
    "bootstrap": tpl_bootstrap, "mobile": tpl_mobile, "challenge": tpl_challenge,
}


def build(name):
    pg = dict(PAGES[name])
    site = SITES[pg["site"]]
    if "{slug}" in pg["path"]:
        pg["path"] = pg["path"].replace("{slug}", slug(pg["title"]))
    pg["host"] = pg.get("host_prefix", "") + site["domain"]
    pg["url"] = "https://%s%s%s" % (pg["host"], pg["path"], pg.get("qs", ""))
    kind = pg.get("kind", "article")
    charset = pg.get("charset", "utf-8")
    side = {"kind": kind, "platform": pg["platform"], "url": pg["url"], "charset": charset}
    if kind == "article":
        pg["blocks"] = parse_blocks(pg["body"])
        side.update({"title": pg["title"], "published_at": pg["published"], "author": pg["author"],
                     "body": gold_body(pg["blocks"])})
    rng = random.Random("%s:%s" % (SET, name))
    doc = TEMPLATES[pg["tpl"]](pg, rng)
    data = to_cp1258(doc) if pg.get("enc") == "cp1258" else doc.encode("utf-8")
    return data, side


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name in sorted(PAGES):
        data, side = build(name)
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
