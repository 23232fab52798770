#!/usr/bin/env python3
"""Builds the blind-ab gold set: bylines on government portals (author metadata).

python3 make.py [OUTDIR]   (default: this script's folder)

Stdlib only, deterministic: one random.Random("blind-ab:NAME") per page, no
clock, no network.  Article texts are written by hand below; the gold `body`
of every article is derived from the same block list the page is rendered
from.  Only chrome (menus, sidebars, related lists, counters, scripts, view
state, footers) is generated.
"""
import base64
import datetime as dt
import html
import html.entities
import json
import os
import random
import sys
import unicodedata

SET = "blind-ab"
CRAWL = dt.date(2026, 11, 22)  # Sunday

# ---------------------------------------------------------------- blocks

def P(t):
    return ("p", t)

def H(t):
    return ("h", t)

def UL(*items):
    return ("ul", list(items))

def Q(t):
    return ("q", t)

def IMG(cap=None):
    return ("img", cap)

def TABLE(*rows):
    return ("table", [list(r) for r in rows])

def plain(t):
    return t.replace("**", "")

def gold_body(art):
    out = []
    if art.get("lead"):
        out.append(plain(art["lead"]))
    for kind, val in art["blocks"]:
        if kind in ("p", "h", "q"):
            out.append(plain(val))
        elif kind == "ul":
            out.extend(plain(v) for v in val)
        elif kind == "img":
            if val:
                out.append(plain(val))
        elif kind == "table":
            for row in val:
                out.extend(plain(c) for c in row)
    return "\n\n".join(unicodedata.normalize("NFC", b) for b in out)

# ---------------------------------------------------------------- encoders

def esc(s):
    return html.escape(s, quote=False)

def attr(s):
    return html.escape(s, quote=True)

def E_utf8(s):
    return esc(s)

def E_entities(s):
    """Vietnamese letters as character references (named for Latin-1)."""
    out = []
    for ch in esc(s):
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o < 256 and o in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)

def E_nfd(s):
    return unicodedata.normalize("NFD", esc(s))

def inline(s, E, tag="strong"):
    parts = s.split("**")
    out = []
    for i, seg in enumerate(parts):
        if i % 2:
            out.append("<%s>%s</%s>" % (tag, E(seg), tag))
        else:
            out.append(E(seg))
    return "".join(out)

def encode_cp1258(s):
    """Windows-1258 as Vietnamese Windows software writes it: precomposed
    where the code page has the letter, base letter + combining tone mark
    otherwise."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        done = False
        for k in range(len(d), 0, -1):
            head = unicodedata.normalize("NFC", d[:k])
            if len(head) != 1:
                continue
            try:
                hb = head.encode("cp1258")
                tb = d[k:].encode("cp1258")
            except UnicodeEncodeError:
                continue
            out += hb + tb
            done = True
            break
        if not done:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)

# ---------------------------------------------------------------- dates

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

def wd(d, lower=False):
    w = WD[d.weekday()]
    if lower:
        w = w[0] + w[1:].lower()
    return w

def rand_date(rng, lo=dt.date(2026, 5, 4), hi=dt.date(2026, 11, 21)):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

# ---------------------------------------------------------------- chrome pools

HEADLINES = [
    "Triển khai kế hoạch chuyển đổi số năm 2027",
    "Hội nghị sơ kết công tác cải cách hành chính 9 tháng năm 2026",
    "Tăng cường phòng, chống cháy nổ trong mùa hanh khô",
    "Kiểm tra công tác bảo đảm an toàn thực phẩm dịp cuối năm",
    "Tập huấn nghiệp vụ công tác văn thư, lưu trữ cho cán bộ cấp xã",
    "Tuyên truyền pháp luật về đất đai đến người dân vùng sâu",
    "Tổng kết phong trào thi đua “Dân vận khéo” năm 2026",
    "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực giới",
    "Trao tặng nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn",
    "Hội thi tìm hiểu pháp luật về phòng, chống ma túy trong trường học",
    "Đôn đốc tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
    "Tiếp xúc cử tri trước kỳ họp cuối năm của HĐND tỉnh",
    "Đối thoại với thanh niên về khởi nghiệp, lập nghiệp",
    "Hướng dẫn thực hiện thủ tục hành chính trên môi trường điện tử",
    "Thông báo lịch tiếp công dân định kỳ tháng 12/2026",
    "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4",
    "Nâng cao hiệu quả hoạt động của tổ công nghệ số cộng đồng",
    "Đẩy mạnh chi trả an sinh xã hội không dùng tiền mặt",
    "Tăng cường quản lý trật tự xây dựng, đất đai tại các xã, phường",
    "Diễn tập phòng thủ dân sự cấp xã năm 2026",
    "Khai mạc Hội khỏe Phù Đổng cấp tỉnh lần thứ XI",
    "Lấy ý kiến Nhân dân về dự thảo quy hoạch chung xây dựng xã",
    "Trao thẻ bảo hiểm y tế cho người có công với cách mạng",
    "Khánh thành cầu dân sinh nối hai bờ suối Nậm Mu",
    "Hội nghị triển khai công tác dân số năm 2027",
    "Sơ kết mô hình “Camera an ninh” ở khu dân cư",
    "Ra mắt mô hình “Chi hội phụ nữ không có người thân vi phạm pháp luật”",
    "Ký kết chương trình phối hợp giữa Mặt trận và Công an tỉnh",
    "Phát động cuộc thi viết về gương người tốt, việc tốt",
    "Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở",
    "Hỗ trợ nông dân chuyển đổi cơ cấu cây trồng vụ Đông",
    "Ngày hội việc làm cho lao động nông thôn năm 2026",
    "Tổng kết năm học 2025 - 2026, triển khai nhiệm vụ năm học mới",
    "Phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Bàn giao nhà tình nghĩa cho gia đình chính sách",
    "Tọa đàm nâng cao chất lượng sinh hoạt chi bộ",
    "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 320 hộ dân",
    "Hội nghị tập huấn công tác thi đua, khen thưởng",
    "Rà soát hộ nghèo, hộ cận nghèo năm 2026",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Ra quân cao điểm bảo đảm trật tự an toàn giao thông cuối năm",
    "Giao ban công tác tuyên giáo và dân vận quý IV",
    "Triển khai Luật Thủ đô và các luật mới có hiệu lực",
    "Nghiệm thu công trình nước sạch liên thôn",
    "Trưng bày tư liệu về chủ quyền biển, đảo Việt Nam",
    "Gặp mặt doanh nghiệp nhân Ngày Doanh nhân Việt Nam 13/10",
    "Phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Bính Ngọ",
    "Tổ chức lễ giao nhận quân năm 2027",
    "Hội thảo phát triển du lịch cộng đồng gắn với bảo tồn văn hóa",
    "Tăng cường công tác phòng, chống thiên tai mùa mưa bão",
    "Thăm, tặng quà người cao tuổi nhân Ngày Quốc tế Người cao tuổi",
    "Kiện toàn Ban Chỉ đạo chuyển đổi số cấp xã",
    "Công bố quyết định công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Hướng dẫn kê khai tài sản, thu nhập năm 2026",
    "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững",
]

MENU_TOP = [
    ("Giới thiệu", ["Tổng quan", "Lịch sử", "Cơ cấu tổ chức", "Chức năng, nhiệm vụ", "Lãnh đạo qua các thời kỳ"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin trong tỉnh", "Tin trong nước", "Thông báo", "Sự kiện nổi bật"]),
    ("Chỉ đạo điều hành", ["Lịch công tác", "Ý kiến chỉ đạo", "Chương trình công tác", "Báo cáo"]),
    ("Văn bản", ["Văn bản pháp quy", "Văn bản chỉ đạo điều hành", "Văn bản dự thảo", "Công báo"]),
    ("Thủ tục hành chính", ["Bộ thủ tục", "Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Đánh giá mức độ hài lòng"]),
    ("Công khai", ["Ngân sách", "Đầu tư công", "Quy hoạch - Kế hoạch", "Đấu thầu"]),
    ("Hỏi đáp", ["Gửi câu hỏi", "Câu hỏi thường gặp"]),
    ("Liên hệ", []),
]

FIRST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MID = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Thanh", "Ngọc", "Đức", "Hữu", "Kim"]
LAST = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hiếu", "Khánh", "Lan", "Long", "Mai", "Nam", "Phúc", "Quý", "Sơn", "Tâm", "Thảo", "Trung", "Vân", "Yến"]

def person(rng):
    return "%s %s %s" % (rng.choice(FIRST), rng.choice(MID), rng.choice(LAST))

def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")[:80]

def news_items(rng, n, exclude=()):
    pool = [h for h in HEADLINES if h not in exclude]
    items = rng.sample(pool, n)
    dates = sorted((rand_date(rng) for _ in range(n)), reverse=True)
    return list(zip(items, dates))

def viewstate(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode("ascii")

CSS_PROPS = [
    "margin:0 0 %dpx", "padding:%dpx %dpx", "font-size:%dpx", "line-height:%d%%", "color:#%06x",
    "background:#%06x", "border-bottom:1px solid #%06x", "width:%d%%", "max-width:%dpx", "min-height:%dpx",
    "border-radius:%dpx", "letter-spacing:.%dpx", "z-index:%d", "top:%dpx", "left:%dpx",
]

def css(rng, n, prefix):
    rules = []
    for i in range(n):
        sel = ".%s-%s%s" % (prefix, rng.choice(["box", "item", "title", "menu", "nav", "link", "col", "wrap", "head", "list", "icon", "btn"]), i)
        if rng.random() < .4:
            sel += " " + rng.choice(["a", "li", "span", "h3", "p", "img", "a:hover", "ul>li"])
        props = []
        for _ in range(rng.randint(2, 6)):
            p = rng.choice(CSS_PROPS)
            k = p.count("%") - 2 * p.count("%%")
            vals = tuple(rng.randint(0, 0xFFFFFF) if "%06x" in p else rng.randint(1, 40) for _ in range(k))
            props.append(p % vals)
        rules.append("%s{%s}" % (sel, ";".join(props)))
    return "\n".join(rules)

def js_blob(rng, n, name):
    """A minified-looking vendor script."""
    words = ["init", "render", "bind", "ajax", "slide", "toggle", "resize", "scroll", "fade", "load", "menu", "tab", "popup", "lazy", "track"]
    parts = ["/*! %s v%d.%d.%d */" % (name, rng.randint(1, 4), rng.randint(0, 12), rng.randint(0, 30))]
    parts.append("!function(e,t){\"use strict\";var n={};")
    for i in range(n):
        a, b = rng.choice(words), rng.choice(words)
        parts.append("n.%s%d=function(o,r){var i=o||{},s=r||%d;return e.%s&&e.%s(i,s+%d),this};" % (a, i, rng.randint(10, 999), b, b, rng.randint(1, 99)))
    parts.append("e.%s=n}(window,document);" % name.replace("-", "_").replace(".", "_"))
    return "".join(parts)

def ga(rng):
    return ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','G-%s');" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)))

def counter_block(rng, labels=("Đang truy cập", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập")):
    vals = [rng.randint(12, 240), rng.randint(800, 9000), rng.randint(40000, 260000), rng.randint(1200000, 48000000)]
    return "".join('<li><span class="lbl">%s:</span> <span class="val">%s</span></li>' % (l, "{:,}".format(v).replace(",", ".")) for l, v in zip(labels, vals))

def mega_menu(rng, base, extra=0):
    out = ['<ul class="nav navbar-nav menu-main">', '<li class="home"><a href="%s/">Trang chủ</a></li>' % base]
    for top, subs in MENU_TOP:
        out.append('<li class="dropdown"><a href="%s/%s" class="dropdown-toggle">%s</a>' % (base, slug(top), esc(top)))
        if subs:
            out.append('<ul class="dropdown-menu">')
            for s in subs:
                out.append('<li><a href="%s/%s/%s">%s</a></li>' % (base, slug(top), slug(s), esc(s)))
            for i in range(extra):
                h = rng.choice(HEADLINES)
                out.append('<li class="hidden-sm"><a href="%s/%s/%s-%d">%s</a></li>' % (base, slug(top), slug(h), rng.randint(100, 9999), esc(h)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)

LINKS = [
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Báo Điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn"),
    ("Quốc hội Việt Nam", "https://quochoi.vn"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
    ("Hệ thống thông tin giải quyết thủ tục hành chính", "https://dichvucong.gov.vn/p/home/dvc-tthc.html"),
]

def link_select(rng):
    opts = ['<option value="">-- Liên kết website --</option>']
    for name, url in LINKS:
        opts.append('<option value="%s">%s</option>' % (url, esc(name)))
    return '<select class="form-control lienket" onchange="if(this.value)window.open(this.value)">%s</select>' % "".join(opts)

def related(rng, heading, n, datefmt, cls="tin-lien-quan", exclude=()):
    items = news_items(rng, n, exclude)
    lis = []
    for h, d in items:
        lis.append('<li><a href="/tin-tuc/%s-%d">%s</a> <span class="date">%s</span></li>' % (slug(h), rng.randint(1000, 99999), esc(h), datefmt(d)))
    return '<div class="%s"><h3 class="title-box">%s</h3><ul>%s</ul></div>' % (cls, esc(heading), "\n".join(lis))

def share_tools():
    return ('<div class="tools"><a href="javascript:window.print()" class="print">In bài viết</a> '
            '<a href="mailto:?subject=" class="email">Gửi email</a> '
            '<a href="https://www.facebook.com/sharer/sharer.php" class="fb" target="_blank">Chia sẻ</a> '
            '<span class="font-size">Cỡ chữ: <a href="#" data-size="-1">A-</a> <a href="#" data-size="1">A+</a></span></div>')

def rating_box(rng):
    return ('<div class="rating"><span>Đánh giá bài viết:</span> %s <span class="rate-info">%d điểm (%d đánh giá)</span></div>'
            % ("".join('<a href="#" class="star" data-v="%d">★</a>' % i for i in range(1, 6)), rng.randint(0, 5), rng.randint(0, 12)))

def comment_form(extra=""):
    return ('<div class="comment-form"><h3>Ý kiến bạn đọc</h3>%s<form action="#" method="post">'
            '<input type="text" name="hoten" placeholder="Họ và tên"> <input type="email" name="email" placeholder="Email">'
            '<textarea name="noidung" rows="4" placeholder="Nội dung ý kiến"></textarea>'
            '<input type="text" name="captcha" placeholder="Mã xác nhận"> <button type="submit">Gửi ý kiến</button></form></div>' % extra)

def footer(name, addr, phone, email, licence, extra=""):
    return ('<footer class="footer"><div class="container"><p class="ft-name"><strong>%s</strong></p>'
            '<p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: %s</p><p>%s</p>%s'
            '<p class="copyright">Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>'
            % (esc(name), esc(addr), esc(phone), esc(email), esc(licence), extra))

# ---------------------------------------------------------------- articles
# Each article: title, lead (or None), blocks, the byline as printed
# ("byline", rendered by its template) and the gold author.

ARTS = {}

ARTS["b01"] = dict(
    platform="liferay-7", charset="utf-8",
    url="https://snnmt.laocai.gov.vn/tin-tuc-su-kien/-/view-content/lao-cai-trong-moi-hon-12-400-ha-rung-vuot-ke-hoach-nam-2026",
    title="Lào Cai trồng mới hơn 12.400 ha rừng, vượt kế hoạch năm 2026",
    published_at="2026-10-14T09:25:00+07:00",
    byline=["Hoàng Thị Mai", "Chi cục Kiểm lâm"],
    author="Hoàng Thị Mai, Chi cục Kiểm lâm",
    lead="Tính đến ngày 10/10/2026, toàn tỉnh đã trồng mới được 12.436 ha rừng tập trung, đạt 103,6% kế hoạch năm. Đáng chú ý, diện tích trồng rừng gỗ lớn và cây bản địa tăng mạnh so với cùng kỳ, góp phần nâng cao giá trị rừng trồng và sinh kế của người dân.",
    blocks=[
        P("Theo báo cáo của Chi cục Kiểm lâm, trong tổng diện tích trồng mới có 8.912 ha rừng sản xuất và 3.524 ha rừng phòng hộ, rừng đặc dụng. Các địa phương có diện tích trồng lớn là xã Văn Chấn, xã Lục Yên, xã Bảo Yên, xã Văn Bàn và xã Trấn Yên. Nhiều xã đã hoàn thành chỉ tiêu ngay từ cuối tháng 8, sớm hơn từ một đến hai tháng so với các năm trước."),
        P("Để đạt kết quả trên, ngay từ đầu năm, Sở Nông nghiệp và Môi trường đã tham mưu UBND tỉnh ban hành kế hoạch trồng rừng, giao chỉ tiêu cụ thể đến từng xã, phường; đồng thời chỉ đạo các ban quản lý rừng phòng hộ, công ty lâm nghiệp chuẩn bị đủ cây giống đạt tiêu chuẩn. Toàn tỉnh hiện có 146 cơ sở sản xuất giống cây lâm nghiệp, trong đó 38 cơ sở đã được cấp chứng nhận nguồn giống, bảo đảm cung ứng trên 40 triệu cây giống mỗi năm."),
        IMG("Cán bộ kiểm lâm hướng dẫn người dân xã Văn Bàn chăm sóc cây quế giống tại vườn ươm. (Ảnh: Minh Quân)"),
        H("Chuyển mạnh sang trồng rừng gỗ lớn"),
        P("Một điểm mới trong năm 2026 là nhiều chủ rừng đã chủ động chuyển từ trồng keo, bồ đề chu kỳ ngắn sang trồng rừng gỗ lớn với chu kỳ từ 10 đến 12 năm. Diện tích rừng gỗ lớn trồng mới đạt 3.870 ha, tăng gần 1.200 ha so với năm 2025. Các loài cây được ưu tiên gồm lát hoa, giổi xanh, sa mộc, quế và một số giống keo lai có năng suất cao."),
        P("Ông Đặng Văn Sinh, thôn Khe Ngang, xã Trấn Yên cho biết: “Trước đây gia đình tôi trồng keo 5 năm là khai thác, bán gỗ nhỏ giá không cao. Từ năm nay, được cán bộ kiểm lâm tư vấn, tôi để lại 4 ha nuôi thêm 5 năm nữa để bán gỗ lớn, đồng thời trồng xen giổi xanh. Tính ra thu nhập có thể tăng gấp rưỡi”."),
        P("Bên cạnh đó, tỉnh tiếp tục thực hiện chính sách hỗ trợ trồng rừng sản xuất theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Tiền hỗ trợ cây giống, phân bón được chi trả trực tiếp cho hộ dân qua tài khoản ngân hàng, bảo đảm công khai, minh bạch."),
        H("Nhiệm vụ những tháng cuối năm"),
        P("Để bảo đảm tỷ lệ cây sống, Chi cục Kiểm lâm đề nghị các xã, phường tập trung thực hiện một số nhiệm vụ sau:"),
        UL("Kiểm tra, nghiệm thu diện tích rừng trồng năm 2026, trồng dặm những diện tích có tỷ lệ cây sống dưới 85%;",
           "Tăng cường quản lý chất lượng giống cây lâm nghiệp, xử lý nghiêm các cơ sở kinh doanh giống không rõ nguồn gốc;",
           "Chủ động phương án phòng cháy, chữa cháy rừng trong mùa khô 2026 - 2027;",
           "Hướng dẫn chủ rừng lập hồ sơ cấp chứng chỉ quản lý rừng bền vững."),
        P("Mục tiêu đến năm 2030, tỉnh duy trì tỷ lệ che phủ rừng ổn định trên 60%, nâng diện tích rừng được cấp chứng chỉ quản lý rừng bền vững lên 30.000 ha và hình thành các vùng nguyên liệu gỗ lớn gắn với cơ sở chế biến sâu."),
    ],
)

ARTS["b02"] = dict(
    platform="sharepoint-tandan", charset="utf-8",
    url="https://quangtri.gov.vn/chi-tiet-tin?/chu-tich-ubnd-tinh-doi-thoai-voi-doanh-nghiep-hop-tac-xa-nam-2026/41827",
    title="Chủ tịch UBND tỉnh đối thoại với doanh nghiệp, hợp tác xã năm 2026",
    published_at="2026-09-10T15:40:00+07:00",
    byline=["Tin và ảnh: Lê Văn Hùng"],
    author="Lê Văn Hùng",
    lead="Sáng 10/9, UBND tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với cộng đồng doanh nghiệp, hợp tác xã năm 2026. Đồng chí Hồ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
    blocks=[
        P("Tham dự hội nghị có lãnh đạo các sở, ban, ngành, Hiệp hội Doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh, Ngân hàng Nhà nước chi nhánh khu vực cùng gần 300 đại biểu đại diện cho các doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn."),
        P("Theo báo cáo của Sở Tài chính, 8 tháng năm 2026, toàn tỉnh có 1.126 doanh nghiệp thành lập mới với tổng vốn đăng ký hơn 9.800 tỷ đồng, tăng 14% so với cùng kỳ; 312 doanh nghiệp quay trở lại hoạt động. Tỉnh đã cắt giảm thời gian giải quyết đối với 186 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,5%."),
        IMG("Quang cảnh hội nghị đối thoại."),
        P("Tại hội nghị, các doanh nghiệp đã nêu 47 ý kiến, kiến nghị tập trung vào các lĩnh vực đất đai, xây dựng, thuế, tiếp cận tín dụng, hạ tầng khu công nghiệp và đào tạo nguồn nhân lực. Nhiều ý kiến phản ánh thời gian thực hiện thủ tục giao đất, cho thuê đất còn kéo dài; việc xác định giá đất cụ thể chưa kịp thời, ảnh hưởng đến tiến độ triển khai dự án."),
        P("Ông Lê Quang Trung, Giám đốc Công ty TNHH Chế biến gỗ Nam Hải đề nghị tỉnh sớm hoàn thiện hạ tầng giao thông kết nối đến Khu công nghiệp Quán Ngang, đồng thời có cơ chế hỗ trợ doanh nghiệp chế biến lâm sản đạt chứng chỉ FSC để mở rộng thị trường xuất khẩu."),
        P("Đại diện Hợp tác xã Nông nghiệp Hải Lăng kiến nghị các ngân hàng đơn giản hóa hồ sơ vay vốn, mở rộng cho vay theo chuỗi liên kết đối với sản phẩm lúa hữu cơ, vốn đang được thị trường trong và ngoài tỉnh đón nhận."),
        P("Lãnh đạo các sở, ngành đã trực tiếp trả lời, làm rõ từng nội dung. Đối với những kiến nghị chưa thể giải quyết ngay, các cơ quan chuyên môn cam kết rà soát, trả lời bằng văn bản trong thời hạn 15 ngày làm việc."),
        IMG("Chủ tịch UBND tỉnh Hồ Minh Tuấn phát biểu kết luận hội nghị."),
        P("Phát biểu kết luận, Chủ tịch UBND tỉnh Hồ Minh Tuấn ghi nhận những đóng góp của cộng đồng doanh nghiệp trong bối cảnh tỉnh vừa sắp xếp lại đơn vị hành chính, vận hành mô hình chính quyền địa phương hai cấp. Đồng chí yêu cầu các sở, ngành và UBND các xã, phường phải coi doanh nghiệp là đối tượng phục vụ, “việc của doanh nghiệp là việc của mình”; người đứng đầu phải chịu trách nhiệm nếu để hồ sơ chậm trễ mà không có lý do chính đáng."),
        P("Đồng chí cũng giao Sở Tài chính chủ trì, tổng hợp toàn bộ kiến nghị tại hội nghị, phân công cụ thể cho từng cơ quan xử lý và báo cáo kết quả trước ngày 15/10/2026. Tỉnh sẽ duy trì đối thoại định kỳ hằng quý theo từng lĩnh vực để kịp thời tháo gỡ khó khăn cho doanh nghiệp."),
    ],
)

ARTS["b03"] = dict(
    platform="sharepoint-trang", charset="utf-8",
    url="https://svhttdl.tuyenquang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=2741",
    title="Khai mạc Ngày hội Văn hóa các dân tộc vùng cao nguyên đá năm 2026",
    published_at="2026-08-15T08:15:00+07:00",
    byline=["Bài: Trần Quang Vinh - Ảnh: Ngô Thu Hà"],
    author="Trần Quang Vinh, Ngô Thu Hà",
    lead="Tối 14/8, tại quảng trường xã Đồng Văn, Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND xã Đồng Văn tổ chức khai mạc Ngày hội Văn hóa các dân tộc vùng cao nguyên đá năm 2026 với chủ đề “Sắc màu cao nguyên đá”.",
    blocks=[
        P("Ngày hội diễn ra trong 3 ngày, từ 14 đến 16/8, thu hút hơn 800 nghệ nhân, diễn viên, vận động viên đến từ 22 xã vùng cao của tỉnh. Đây là hoạt động nằm trong chuỗi sự kiện văn hóa, du lịch năm 2026, nhằm bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào Mông, Dao, Lô Lô, Pu Péo, Giáy và quảng bá hình ảnh Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn đến du khách trong và ngoài nước."),
        P("Phát biểu khai mạc, bà Nguyễn Thị Thu Thủy, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch nhấn mạnh: sau khi hợp nhất, tỉnh sở hữu hệ thống tài nguyên văn hóa, du lịch phong phú trải dài từ vùng núi cao đến vùng trung du. Ngày hội là dịp để đồng bào các dân tộc giao lưu, học hỏi, đồng thời là sản phẩm du lịch đặc sắc góp phần kéo dài thời gian lưu trú của du khách."),
        IMG("Tiết mục múa khèn của nghệ nhân dân tộc Mông xã Mèo Vạc tại đêm khai mạc."),
        P("Chương trình nghệ thuật khai mạc gồm ba chương: “Đá nở hoa”, “Tiếng khèn gọi bạn” và “Cao nguyên vào hội”, tái hiện đời sống lao động, sản xuất và tín ngưỡng của đồng bào vùng cao. Nhiều tiết mục như múa khèn, hát then, múa trống đồng của người Lô Lô được khán giả nhiệt tình cổ vũ."),
        H("Nhiều hoạt động hấp dẫn"),
        P("Trong khuôn khổ ngày hội, Ban Tổ chức tổ chức các hoạt động:"),
        UL("Thi trình diễn trang phục truyền thống các dân tộc;",
           "Trưng bày, giới thiệu sản phẩm OCOP, thổ cẩm, ẩm thực vùng cao;",
           "Thi đấu các môn thể thao dân tộc: đẩy gậy, kéo co, bắn nỏ, ném pao;",
           "Tái hiện phiên chợ vùng cao và lễ cấp sắc của người Dao."),
        P("Theo thống kê của Sở Văn hóa, Thể thao và Du lịch, 7 tháng đầu năm 2026, toàn tỉnh đón hơn 4,1 triệu lượt khách, trong đó khách quốc tế đạt khoảng 320.000 lượt; tổng thu từ du lịch ước đạt 6.900 tỷ đồng. Riêng khu vực cao nguyên đá đón gần 1,2 triệu lượt khách, tăng 18% so với cùng kỳ năm trước."),
        IMG("Du khách trải nghiệm ném pao cùng thanh niên địa phương."),
        P("Anh Giàng Mí Chứ, nghệ nhân khèn Mông ở xã Lũng Cú chia sẻ, đây là lần thứ ba anh tham gia ngày hội. “Mỗi lần đi hội, tôi lại dẫn theo mấy em nhỏ trong bản để các em được biểu diễn, được học thổi khèn. Có như vậy tiếng khèn mới không bị mất đi”, anh Chứ nói."),
        P("Ngày hội sẽ bế mạc vào tối 16/8 với chương trình nghệ thuật “Hội tụ bản sắc” và lễ trao giải các cuộc thi."),
    ],
)

ARTS["b04"] = dict(
    platform="viettel", charset="utf-8",
    url="https://minhhop.nghean.gov.vn/tin-tuc-su-kien/xa-minh-hop-ra-quan-tong-ve-sinh-moi-truong-huong-ung-ngay-chu-nhat-xanh-1187.html",
    title="Xã Minh Hợp ra quân tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh”",
    published_at="2026-11-09T08:15:00+07:00",
    byline=["Tin, ảnh: Trung tâm VH-TT&TT xã"],
    author="Trung tâm VH-TT&TT xã",
    lead=None,
    blocks=[
        P("Sáng 8/11, UBND xã Minh Hợp tổ chức lễ ra quân tổng vệ sinh môi trường, hưởng ứng phong trào “Ngày Chủ nhật xanh” năm 2026. Tham gia lễ ra quân có các đồng chí trong Ban Thường vụ Đảng ủy, lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam xã, các đoàn thể chính trị - xã hội cùng hơn 1.500 cán bộ, đoàn viên, hội viên và Nhân dân 18 thôn, bản."),
        P("Phát biểu tại lễ ra quân, ông Nguyễn Văn Lực, Phó Chủ tịch UBND xã cho biết, sau khi sắp xếp đơn vị hành chính, xã Minh Hợp có diện tích tự nhiên hơn 96 km², dân số trên 27.000 người. Khối lượng rác thải sinh hoạt phát sinh khoảng 14 tấn mỗi ngày, trong khi tỷ lệ thu gom ở các thôn vùng xa mới đạt 78%. Vì vậy, việc duy trì thường xuyên phong trào “Ngày Chủ nhật xanh” có ý nghĩa rất quan trọng trong xây dựng xã đạt chuẩn nông thôn mới nâng cao."),
        P("Ngay sau lễ ra quân, các lực lượng đã chia thành 18 tổ, đồng loạt phát quang bụi rậm, khơi thông cống rãnh, thu gom rác thải dọc các tuyến đường liên thôn, khu vực chợ Minh Hợp, trạm y tế và các trường học. Đoàn Thanh niên xã trồng 500 cây hoa giấy, hoa mười giờ trên tuyến đường từ trung tâm xã đi thôn Tân Lập. Hội Liên hiệp Phụ nữ xã phát 300 túi vải thay thế túi ni lông cho các hộ kinh doanh tại chợ."),
        IMG("Đoàn viên thanh niên trồng hoa trên tuyến đường liên thôn."),
        P("Kết quả, trong buổi sáng đã thu gom được hơn 22 tấn rác thải, phát quang 35 km đường giao thông, nạo vét 8,5 km kênh mương nội đồng. Nhiều hộ gia đình ven đường còn tự nguyện hiến cây, góp ngày công để chỉnh trang hàng rào, cổng ngõ."),
        P("Bà Hoàng Thị Lan, thôn Yên Thịnh phấn khởi nói: “Trước đây đoạn mương đầu thôn ứ đọng rác, mùa hè bốc mùi rất khó chịu. Hôm nay cả thôn cùng làm, mương sạch, đường thông thoáng, ai cũng vui”."),
        P("UBND xã yêu cầu các thôn duy trì ra quân vệ sinh môi trường vào sáng Chủ nhật cuối tháng; đưa kết quả thực hiện vào tiêu chí bình xét danh hiệu “Gia đình văn hóa”, “Thôn văn hóa” năm 2026. Đồng thời, xã sẽ phối hợp với đơn vị thu gom tăng tần suất thu gom rác tại các thôn vùng xa lên 3 lần mỗi tuần."),
    ],
)

ARTS["b05"] = dict(
    platform="fpt", charset="utf-8",
    url="https://tuyengiaodanvan.gialai.org.vn/nghien-cuu-trao-doi/phat-huy-vai-tro-nguoi-co-uy-tin-trong-dong-bao-dan-toc-thieu-so-o-co-so-t3318.html",
    title="Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số ở cơ sở",
    published_at="2026-09-25T09:40:00+07:00",
    byline=["ThS. Phạm Thị Thu Hương", "Trường Chính trị tỉnh"],
    author="ThS. Phạm Thị Thu Hương, Trường Chính trị tỉnh",
    lead="Người có uy tín là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào các dân tộc thiểu số. Phát huy tốt vai trò của lực lượng này là một trong những giải pháp then chốt để xây dựng khối đại đoàn kết, giữ vững ổn định chính trị ở cơ sở.",
    blocks=[
        P("Theo thống kê, toàn tỉnh hiện có 1.682 người có uy tín trong đồng bào dân tộc thiểu số, phần lớn là già làng, trưởng thôn, trưởng dòng họ, chức sắc tôn giáo và người sản xuất, kinh doanh giỏi. Họ am hiểu phong tục, tập quán, được cộng đồng tin yêu, kính trọng, lời nói có sức lan tỏa rất lớn trong buôn, làng."),
        P("Chủ tịch Hồ Chí Minh đã từng căn dặn:"),
        Q("“Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.”"),
        P("Lời dạy ấy càng thấm thía khi đặt vào công tác vận động đồng bào dân tộc thiểu số. Thực tiễn những năm qua cho thấy, ở đâu cấp ủy, chính quyền biết dựa vào người có uy tín, ở đó chủ trương của Đảng, chính sách, pháp luật của Nhà nước được đồng bào đồng tình, hưởng ứng."),
        H("Những kết quả nổi bật"),
        P("Trong giai đoạn 2021 - 2025, người có uy tín trên địa bàn tỉnh đã tham gia hòa giải thành công hơn 2.300 vụ việc mâu thuẫn, tranh chấp nhỏ ở cộng đồng; vận động đồng bào hiến trên 46 ha đất để làm đường giao thông nông thôn, xây dựng nhà văn hóa và trường học; cung cấp cho lực lượng chức năng hàng trăm nguồn tin có giá trị về an ninh trật tự."),
        P("Già làng Rơ Mah Blih ở làng Klăh, xã Ia Dơk là một ví dụ tiêu biểu. Khi một số hộ trong làng bị kẻ xấu lôi kéo nghe theo tà đạo, già làng đã kiên trì đến từng nhà giải thích, cùng cán bộ xã tổ chức sinh hoạt cộng đồng. Sau gần một năm, tất cả các hộ đã trở lại cuộc sống bình thường. “Mình nói cái đúng thì con cháu nghe, mình làm trước thì bà con làm theo”, già làng Blih tâm sự."),
        H("Một số giải pháp trong thời gian tới"),
        P("Để tiếp tục phát huy vai trò của người có uy tín trong bối cảnh vận hành chính quyền địa phương hai cấp, cần tập trung thực hiện tốt một số giải pháp sau:"),
        P("Một là, cấp ủy, chính quyền các xã cần định kỳ gặp gỡ, đối thoại, cung cấp thông tin cho người có uy tín; lắng nghe và giải quyết kịp thời các kiến nghị chính đáng của đồng bào thông qua kênh này."),
        P("Hai là, thực hiện đầy đủ, kịp thời chế độ, chính sách đối với người có uy tín; quan tâm thăm hỏi, động viên khi ốm đau, hoạn nạn."),
        P("Ba là, đổi mới nội dung, hình thức bồi dưỡng kiến thức, kỹ năng vận động quần chúng, kỹ năng sử dụng điện thoại thông minh, mạng xã hội cho người có uy tín."),
        P("Bốn là, biểu dương, khen thưởng kịp thời những tấm gương tiêu biểu, tạo sức lan tỏa trong cộng đồng."),
        P("Có thể khẳng định, người có uy tín là nguồn lực quý báu của hệ thống chính trị ở cơ sở. Làm tốt công tác vận động, phát huy vai trò của lực lượng này chính là góp phần củng cố niềm tin của đồng bào các dân tộc đối với Đảng, Nhà nước, tạo nền tảng vững chắc cho sự phát triển bền vững của tỉnh."),
    ],
)

ARTS["b06"] = dict(
    platform="cmc", charset="utf-8",
    url="https://soyte.dongnai.gov.vn/vi/news/phong-chong-dich-benh/chu-dong-phong-chong-sot-xuat-huyet-trong-cao-diem-mua-mua-5512.html",
    title="Chủ động phòng, chống sốt xuất huyết trong cao điểm mùa mưa",
    published_at="2026-10-20T14:05:00+07:00",
    byline=["BS. Nguyễn Hoàng Long - Trung tâm Kiểm soát bệnh tật tỉnh"],
    author="BS. Nguyễn Hoàng Long - Trung tâm Kiểm soát bệnh tật tỉnh",
    lead="Từ đầu năm đến nay, toàn tỉnh ghi nhận 4.815 ca mắc sốt xuất huyết, tăng 21% so với cùng kỳ năm 2025. Ngành Y tế khuyến cáo người dân chủ động diệt lăng quăng, phòng muỗi đốt và đến cơ sở y tế ngay khi có dấu hiệu nghi ngờ mắc bệnh.",
    blocks=[
        P("Theo Trung tâm Kiểm soát bệnh tật tỉnh, số ca mắc tập trung chủ yếu tại các phường, xã có mật độ dân cư cao, nhiều khu nhà trọ công nhân. Đã có 2 trường hợp tử vong, đều là người đến cơ sở y tế muộn khi bệnh đã chuyển biến nặng. Số ca mắc sốt xuất huyết trong quý III năm 2026 như sau:"),
        TABLE(("Tháng", "Số ca mắc", "So với cùng kỳ"),
              ("7/2026", "812", "Tăng 18%"),
              ("8/2026", "1.046", "Tăng 25%"),
              ("9/2026", "1.203", "Tăng 31%")),
        P("Sốt xuất huyết là bệnh truyền nhiễm cấp tính do vi rút Dengue gây ra, lây truyền qua muỗi vằn. Hiện đã có vắc xin phòng sốt xuất huyết nhưng chưa được đưa vào Chương trình tiêm chủng mở rộng; bệnh chưa có thuốc điều trị đặc hiệu."),
        H("Dấu hiệu cần đưa người bệnh đến cơ sở y tế ngay"),
        P("Người bệnh thường sốt cao đột ngột, liên tục từ 2 đến 7 ngày, kèm đau đầu, đau hốc mắt, đau cơ, có thể xuất hiện chấm xuất huyết dưới da. Giai đoạn nguy hiểm thường rơi vào ngày thứ 3 đến ngày thứ 7 của bệnh, khi người bệnh đã hết sốt nhưng lại có các dấu hiệu cảnh báo sau:"),
        UL("Vật vã, li bì, mệt mỏi nhiều;",
           "Đau bụng hoặc ấn đau vùng gan;",
           "Nôn nhiều, nôn ra máu, đi ngoài phân đen;",
           "Chảy máu chân răng, chảy máu mũi, rong kinh;",
           "Tiểu ít, tay chân lạnh."),
        H("Biện pháp phòng bệnh tại hộ gia đình"),
        P("Biện pháp phòng bệnh hiệu quả nhất là không để muỗi sinh sản và không để muỗi đốt. Mỗi hộ gia đình cần đậy kín các dụng cụ chứa nước, thay nước bình hoa, chậu cảnh hằng tuần; thu gom, hủy bỏ vật dụng phế thải có thể đọng nước như lốp xe, vỏ chai, gáo dừa. Khi ngủ cần nằm màn, kể cả ban ngày; mặc quần áo dài tay, sử dụng bình xịt, hương muỗi phù hợp."),
        P("Bác sĩ khuyến cáo người dân tuyệt đối không tự ý dùng thuốc hạ sốt có chứa aspirin hoặc ibuprofen, không truyền dịch tại nhà. Khi sốt, chỉ dùng paracetamol theo đúng liều lượng, uống nhiều nước, oresol, nước trái cây và theo dõi sát các dấu hiệu cảnh báo."),
        P("Mọi chi tiết xin liên hệ: Khoa Kiểm soát bệnh truyền nhiễm, Trung tâm Kiểm soát bệnh tật tỉnh, điện thoại 0251 3822 416."),
    ],
)

ARTS["b07"] = dict(
    platform="dnn", charset="utf-8",
    url="https://hoiphunu.hungyen.gov.vn/tin-tuc/ArticleID/3376/trao-von-vay-uu-dai-ho-tro-phu-nu-khoi-nghiep-nam-2026",
    title="Trao vốn vay ưu đãi hỗ trợ phụ nữ khởi nghiệp năm 2026",
    published_at="2026-11-03T10:30:00+07:00",
    byline=["Vũ Thị Hồng Nhung"],
    author="Vũ Thị Hồng Nhung",
    lead="Ngày 2/11, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh tổ chức trao vốn vay ưu đãi cho 126 hội viên phụ nữ có dự án khởi nghiệp, với tổng số tiền 11,8 tỷ đồng.",
    blocks=[
        P("Đây là hoạt động thiết thực nằm trong kế hoạch hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026 - 2030 của Hội Liên hiệp Phụ nữ tỉnh. Các dự án được hỗ trợ lần này tập trung vào lĩnh vực chăn nuôi, trồng trọt công nghệ cao, chế biến nông sản, dịch vụ du lịch cộng đồng và kinh doanh trực tuyến."),
        P("Phát biểu tại buổi lễ, bà Đỗ Thị Thanh Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cho biết, giai đoạn 2017 - 2025, các cấp Hội trong tỉnh đã hỗ trợ hơn 3.600 ý tưởng, dự án khởi nghiệp của phụ nữ; thành lập mới 58 hợp tác xã, 214 tổ hợp tác do phụ nữ làm chủ hoặc tham gia quản lý. Nhiều mô hình đã khẳng định được thương hiệu, có sản phẩm đạt chuẩn OCOP 3 - 4 sao."),
        IMG("Lãnh đạo Hội Liên hiệp Phụ nữ tỉnh và Ngân hàng Chính sách xã hội trao quyết định cho vay vốn cho các hội viên."),
        P("Chị Phạm Thị Thu, xã Kiến Xương là một trong những hội viên nhận vốn lần này. Với khoản vay 150 triệu đồng, chị dự định mở rộng xưởng sản xuất bánh cáy theo hướng đóng gói, truy xuất nguồn gốc. “Có vốn ưu đãi, lãi suất thấp, tôi yên tâm đầu tư thêm máy hàn túi, máy hút chân không. Tôi mong bánh cáy quê mình đến được với nhiều khách hàng hơn qua các sàn thương mại điện tử”, chị Thu chia sẻ."),
        H("Đồng hành sau khi nhận vốn"),
        P("Không chỉ dừng ở việc kết nối vốn, Hội Liên hiệp Phụ nữ tỉnh còn tổ chức các lớp tập huấn về quản trị tài chính, xây dựng thương hiệu, kỹ năng bán hàng trực tuyến cho phụ nữ. Năm 2026, đã có 19 lớp tập huấn với hơn 1.100 lượt học viên tham gia. Cán bộ Hội cơ sở được giao theo dõi, hỗ trợ từng dự án sau khi nhận vốn, kịp thời phát hiện khó khăn để đề xuất giải pháp tháo gỡ."),
        P("Bà Đỗ Thị Thanh Hoa đề nghị các hội viên sử dụng vốn đúng mục đích, trả nợ đúng hạn; tích cực tham gia cuộc thi “Phụ nữ khởi nghiệp sáng tạo” do Hội phát động. Các dự án xuất sắc sẽ được lựa chọn tham gia vòng chung kết toàn quốc và được hỗ trợ quảng bá tại các hội chợ, triển lãm trong và ngoài tỉnh."),
    ],
)

ARTS["b08"] = dict(
    platform="wordpress", charset="utf-8",
    url="https://khuyennong.daklak.gov.vn/2026/09/18/hoi-thao-dau-bo-mo-hinh-trong-sau-rieng-theo-huong-huu-co/",
    title="Hội thảo đầu bờ mô hình trồng sầu riêng theo hướng hữu cơ",
    published_at="2026-09-18T08:30:12+07:00",
    byline=["Nguyễn Thu Trang", "Y Khoa Niê"],
    author="Nguyễn Thu Trang, Y Khoa Niê",
    lead=None,
    blocks=[
        P("Ngày 17/9, Trung tâm Khuyến nông tỉnh phối hợp với UBND xã Ea Kênh tổ chức hội thảo đầu bờ đánh giá kết quả mô hình trồng sầu riêng theo hướng hữu cơ. Tham dự hội thảo có đại diện Chi cục Trồng trọt và Bảo vệ thực vật, các hợp tác xã và gần 120 nông dân trong vùng."),
        P("Mô hình được triển khai từ năm 2024 trên diện tích 15 ha của 21 hộ tham gia, áp dụng quy trình canh tác hữu cơ: sử dụng phân chuồng ủ hoai với chế phẩm vi sinh, trồng cỏ giữ ẩm trong vườn, quản lý sâu bệnh bằng biện pháp sinh học và bẫy bả, hạn chế tối đa thuốc bảo vệ thực vật hóa học. Các hộ được hỗ trợ 50% chi phí phân bón hữu cơ, chế phẩm sinh học và được cán bộ kỹ thuật hướng dẫn ghi chép nhật ký sản xuất."),
        P("Kết quả theo dõi vụ thu hoạch năm 2026 cho thấy mô hình có hiệu quả rõ rệt so với vườn canh tác thông thường:"),
        TABLE(("Chỉ tiêu", "Mô hình hữu cơ", "Vườn đối chứng"),
              ("Năng suất bình quân (tấn/ha)", "16,8", "15,2"),
              ("Tỷ lệ trái đạt loại 1 (%)", "72", "58"),
              ("Giá bán bình quân (đồng/kg)", "92.000", "78.000"),
              ("Lợi nhuận (triệu đồng/ha)", "1.020", "745")),
        P("Ông Nguyễn Văn Bình, một hộ tham gia mô hình cho biết: “Lúc đầu tôi lo chuyển sang hữu cơ thì năng suất giảm. Nhưng sau hai năm, đất tơi xốp hơn, cây ít bị nứt thân xì mủ, trái đẹp nên thương lái đến tận vườn đặt mua với giá cao hơn hẳn”."),
        IMG("Đại biểu tham quan vườn sầu riêng của hộ ông Nguyễn Văn Bình."),
        P("Tại hội thảo, các đại biểu đã trao đổi nhiều nội dung về kỹ thuật cắt tỉa, xử lý ra hoa, phòng trừ bệnh thối trái và yêu cầu của thị trường xuất khẩu đối với mã số vùng trồng. Một số ý kiến đề nghị tiếp tục hỗ trợ nông dân liên kết với doanh nghiệp để có đầu ra ổn định, tránh tình trạng bị ép giá khi vào vụ."),
        P("Phát biểu tổng kết, bà Trần Thị Kim Oanh, Phó Giám đốc Trung tâm Khuyến nông tỉnh đánh giá mô hình đã đạt và vượt các chỉ tiêu đề ra, phù hợp với định hướng phát triển nông nghiệp xanh của tỉnh. Thời gian tới, Trung tâm sẽ nhân rộng mô hình ra các xã có diện tích sầu riêng lớn, đồng thời phối hợp hướng dẫn nông dân làm thủ tục chứng nhận sản phẩm hữu cơ."),
    ],
)

ARTS["b09"] = dict(
    platform="joomla", charset="utf-8",
    url="https://hoinongdan.phutho.gov.vn/index.php/nong-dan-lam-kinh-te-gioi/2214-nong-dan-xa-tam-nong-lam-giau-tu-nuoi-ca-long-tren-song-thao",
    title="Nông dân xã Tam Nông làm giàu từ nuôi cá lồng trên sông Thao",
    published_at="2026-10-13T10:05:00+07:00",
    byline=["Bài, ảnh: NGUYỄN VĂN THẮNG"],
    author="NGUYỄN VĂN THẮNG",
    lead=None,
    blocks=[
        P("Tận dụng lợi thế mặt nước sông Thao, những năm gần đây nhiều hội viên nông dân xã Tam Nông đã mạnh dạn đầu tư nuôi cá lồng, mang lại thu nhập hàng trăm triệu đồng mỗi năm. Mô hình không chỉ giúp các hộ thoát nghèo, vươn lên khá giả mà còn tạo việc làm cho lao động địa phương."),
        P("Toàn xã hiện có 142 lồng cá của 37 hộ, tập trung ở các khu Vực Xuân, Hương Nộn và Dậu Dương, với các loại cá chủ lực là cá lăng, cá chiên, cá trắm đen và rô phi đơn tính. Sản lượng cá thương phẩm năm 2025 đạt gần 600 tấn, doanh thu ước khoảng 42 tỷ đồng."),
        P("Gia đình anh Hà Văn Quyết ở khu Hương Nộn là một trong những hộ đi đầu. Năm 2019, từ nguồn vốn vay Quỹ Hỗ trợ nông dân 80 triệu đồng, anh đóng 4 lồng thả cá trắm và rô phi. Sau nhiều lần thất bại vì cá chết do thời tiết, anh được Hội Nông dân xã giới thiệu tham gia lớp tập huấn kỹ thuật, học cách điều chỉnh mật độ thả, phòng bệnh theo mùa. Hiện anh có 16 lồng, mỗi năm xuất bán khoảng 70 tấn cá, trừ chi phí lãi trên 600 triệu đồng."),
        IMG("Anh Hà Văn Quyết kiểm tra cá lăng nuôi lồng trên sông Thao."),
        P("“Nuôi cá lồng quan trọng nhất là con giống và nguồn nước. Mùa lũ phải gia cố lồng, mùa nắng nóng phải giảm mật độ, bổ sung vitamin cho cá. Làm đúng quy trình thì rủi ro giảm hẳn”, anh Quyết chia sẻ."),
        P("Để hỗ trợ hội viên, Hội Nông dân xã đã phối hợp với Ngân hàng Chính sách xã hội, Quỹ Hỗ trợ nông dân giải ngân hơn 3,5 tỷ đồng cho các hộ nuôi cá lồng; thành lập Chi hội nghề nghiệp nuôi cá lồng với 37 thành viên để chia sẻ kinh nghiệm, cùng liên kết tiêu thụ sản phẩm. Sản phẩm cá lăng sông Thao của Hợp tác xã Thủy sản Tam Nông đã được công nhận đạt chuẩn OCOP 3 sao."),
        P("Ông Đinh Công Sơn, Chủ tịch Hội Nông dân xã cho biết, thời gian tới Hội sẽ tiếp tục phối hợp với các cơ quan chuyên môn tập huấn kỹ thuật nuôi an toàn sinh học, vận động các hộ nuôi theo tiêu chuẩn VietGAP, đồng thời kiến nghị cơ quan chức năng quy hoạch vùng nuôi ổn định lâu dài để người dân yên tâm đầu tư."),
    ],
)

ARTS["b10"] = dict(
    platform="nukeviet", charset="utf-8",
    url="https://sogddt.caobang.gov.vn/news/tin-tuc-su-kien/tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-hoc-2026-2027-1962.html",
    title="Tập huấn chuyển đổi số trong quản lý trường học năm học 2026 - 2027",
    published_at="2026-11-07T14:20:00+07:00",
    byline=["Lê Thị Minh Thư"],
    author="Lê Thị Minh Thư",
    lead="Từ ngày 4 đến 6/11, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn chuyển đổi số trong quản lý trường học cho hơn 240 cán bộ quản lý, nhân viên văn thư, kế toán các trường trung học trên địa bàn tỉnh.",
    blocks=[
        P("Lớp tập huấn được tổ chức theo hình thức kết hợp trực tiếp tại Trường Cao đẳng Cao Bằng và trực tuyến đến các điểm cầu ở các xã vùng sâu, vùng xa. Học viên được giới thiệu, hướng dẫn sử dụng hệ thống cơ sở dữ liệu ngành, phần mềm quản lý hồ sơ điện tử, học bạ số, ký số văn bản và thanh toán học phí không dùng tiền mặt."),
        P("Phát biểu khai mạc, ông Nông Văn Khải, Phó Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh, chuyển đổi số không chỉ là ứng dụng phần mềm mà là thay đổi cách thức quản lý, điều hành nhà trường dựa trên dữ liệu. Năm học 2026 - 2027, ngành đặt mục tiêu 100% trường trung học sử dụng học bạ số, 90% hồ sơ công việc được xử lý trên môi trường mạng."),
        H("Nội dung tập huấn"),
        P("Chương trình tập huấn gồm 4 chuyên đề:"),
        UL("Tổng quan về chuyển đổi số trong giáo dục và các văn bản chỉ đạo của Bộ Giáo dục và Đào tạo;",
           "Khai thác, cập nhật cơ sở dữ liệu ngành, bảo đảm dữ liệu “đúng, đủ, sạch, sống”;",
           "Triển khai học bạ số, hồ sơ điện tử của giáo viên và học sinh;",
           "Bảo đảm an toàn thông tin, phòng chống lừa đảo trên không gian mạng."),
        P("Bên cạnh phần lý thuyết, học viên được thực hành trực tiếp trên máy tính, xử lý các tình huống thường gặp như đồng bộ dữ liệu học sinh chuyển trường, ký số học bạ, khôi phục tài khoản khi bị khóa. Các báo cáo viên là chuyên viên của Sở và đơn vị cung cấp phần mềm đã giải đáp nhiều thắc mắc của học viên."),
        IMG("Học viên thực hành ký số học bạ tại lớp tập huấn."),
        P("Cô Hoàng Thị Duyên, Hiệu trưởng Trường PTDTBT THCS Lũng Nặm cho biết: “Trường chúng tôi ở vùng cao, đường truyền còn chập chờn nên việc cập nhật dữ liệu có lúc gặp khó. Qua lớp tập huấn, tôi nắm được cách làm việc ngoại tuyến rồi đồng bộ sau, rất phù hợp với điều kiện của nhà trường”."),
        P("Kết thúc lớp tập huấn, 100% học viên hoàn thành bài kiểm tra cuối khóa. Sở Giáo dục và Đào tạo yêu cầu các trường xây dựng kế hoạch chuyển đổi số của đơn vị, hoàn thành việc cập nhật dữ liệu trước ngày 30/11/2026."),
    ],
)

ARTS["b11"] = dict(
    platform="drupal", charset="utf-8",
    url="https://ldld.ninhbinh.gov.vn/tin-tuc/phien-cho-cong-doan-mang-hang-hoa-gia-uu-dai-den-cong-nhan-khu-cong-nghiep",
    title="“Phiên chợ Công đoàn” mang hàng hóa giá ưu đãi đến công nhân khu công nghiệp",
    published_at="2026-10-28T07:45:31+07:00",
    byline=["Bài: Đỗ Quang Huy", "Ảnh: Mai Anh"],
    author="Đỗ Quang Huy, Mai Anh",
    lead="Ngày 26/10, Liên đoàn Lao động tỉnh tổ chức “Phiên chợ Công đoàn” năm 2026 tại Khu công nghiệp Gián Khẩu, thu hút hơn 3.000 lượt đoàn viên, người lao động tham gia mua sắm.",
    blocks=[
        P("Phiên chợ có 45 gian hàng của các doanh nghiệp, hợp tác xã, cơ sở sản xuất trong và ngoài tỉnh, cung cấp các mặt hàng thiết yếu như gạo, dầu ăn, thực phẩm chế biến, đồ gia dụng, quần áo, đồ dùng học tập. Tất cả sản phẩm đều có nguồn gốc, xuất xứ rõ ràng, được bán với giá giảm từ 10 đến 50% so với giá thị trường."),
        P("Điểm mới của phiên chợ năm nay là Liên đoàn Lao động tỉnh phát hành 2.000 phiếu mua hàng, mỗi phiếu trị giá 200.000 đồng, tặng đoàn viên có hoàn cảnh khó khăn do công đoàn cơ sở giới thiệu. Ngoài ra, Ban Tổ chức bố trí khu vực vui chơi cho con công nhân, tư vấn pháp luật lao động và khám sàng lọc sức khỏe miễn phí."),
        IMG("Đoàn viên, người lao động mua hàng giảm giá tại phiên chợ. Ảnh: Mai Anh"),
        P("Chị Đinh Thị Hường, công nhân Công ty TNHH May Tiến Phát cho biết: “Tôi dùng phiếu mua hàng Công đoàn tặng để mua gạo, dầu ăn và ít đồ dùng học tập cho con. Giá ở đây rẻ hơn ngoài chợ khá nhiều, lại mua ngay tại khu công nghiệp nên rất tiện”."),
        P("Phát biểu tại phiên chợ, ông Vũ Đức Thịnh, Phó Chủ tịch Liên đoàn Lao động tỉnh cho biết, “Phiên chợ Công đoàn” là một trong các hoạt động thiết thực thực hiện Chương trình “Vì lợi ích đoàn viên công đoàn”, góp phần chia sẻ khó khăn với người lao động trong bối cảnh giá cả sinh hoạt tăng. Năm 2026, các cấp công đoàn trong tỉnh đã ký kết thỏa thuận ưu đãi với 126 đối tác, mang lại lợi ích cho hơn 85.000 lượt đoàn viên."),
        IMG("Khám sàng lọc sức khỏe miễn phí cho công nhân tại phiên chợ. Ảnh: Mai Anh"),
        P("Dịp này, Liên đoàn Lao động tỉnh trao 50 suất quà, mỗi suất trị giá 1 triệu đồng cho đoàn viên có hoàn cảnh đặc biệt khó khăn và hỗ trợ xây dựng 10 “Mái ấm Công đoàn” cho đoàn viên chưa có nhà ở ổn định."),
        P("Theo kế hoạch, từ nay đến cuối năm, Liên đoàn Lao động tỉnh sẽ tổ chức thêm 2 phiên chợ tại Khu công nghiệp Khánh Phú và Khu công nghiệp Châu Sơn, hướng tới chăm lo Tết cho đoàn viên, người lao động."),
    ],
)

ARTS["b12"] = dict(
    platform="php", charset="utf-8",
    url="https://tinhdoan.khanhhoa.gov.vn/tin-tuc/bi-thu-tinh-doan-thanh-nien-phai-la-luc-luong-xung-kich-trong-chuyen-doi-so-n4471.html",
    title="Bí thư Tỉnh đoàn: Thanh niên phải là lực lượng xung kích trong chuyển đổi số",
    published_at="2026-11-06T16:12:00+07:00",
    byline=["Thực hiện: Hà Phương"],
    author="Hà Phương",
    lead="Nhân dịp tổng kết phong trào “Tuổi trẻ Khánh Hòa xung kích chuyển đổi số” năm 2026, phóng viên đã có cuộc trao đổi với đồng chí Trần Thị Ngọc Hân, Bí thư Tỉnh đoàn, về những kết quả và định hướng của tuổi trẻ tỉnh nhà trong thời gian tới.",
    blocks=[
        P("**PV:** Thưa đồng chí, xin đồng chí cho biết những kết quả nổi bật của tuổi trẻ tỉnh trong tham gia chuyển đổi số thời gian qua?"),
        P("**Đồng chí Trần Thị Ngọc Hân:** Thời gian qua, các cấp bộ Đoàn trong tỉnh đã xác định chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt. Toàn tỉnh đã thành lập 312 đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số, thu hút hơn 6.500 đoàn viên tham gia. Các đội hình đã đến từng khu dân cư hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt. Riêng năm 2026, đoàn viên đã hỗ trợ hơn 48.000 lượt người dân thực hiện thủ tục hành chính trên môi trường số."),
        P("**PV:** Sau khi sắp xếp đơn vị hành chính, tổ chức Đoàn ở cơ sở có những thay đổi gì và điều đó ảnh hưởng thế nào đến phong trào?"),
        P("**Đồng chí Trần Thị Ngọc Hân:** Sau sắp xếp, địa bàn mỗi xã, phường rộng hơn, số lượng đoàn viên đông hơn nên yêu cầu về quản lý, tập hợp thanh niên cũng cao hơn. Chúng tôi đã chỉ đạo các cơ sở Đoàn ứng dụng phần mềm quản lý đoàn viên, triển khai sổ đoàn viên điện tử, tổ chức sinh hoạt chi đoàn kết hợp trực tuyến với những chi đoàn có đoàn viên đi làm ăn xa. Nhờ đó, việc nắm tình hình và kết nối đoàn viên thuận lợi hơn nhiều."),
        IMG("Đoàn viên thanh niên hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại phường Nha Trang."),
        P("**PV:** Đâu là những khó khăn mà các cơ sở Đoàn đang gặp phải, thưa đồng chí?"),
        P("**Đồng chí Trần Thị Ngọc Hân:** Khó khăn lớn nhất là kỹ năng số của một bộ phận đoàn viên ở vùng nông thôn, miền núi còn hạn chế; hạ tầng mạng ở một số thôn vùng cao chưa ổn định. Bên cạnh đó, kinh phí cho hoạt động của các đội hình tình nguyện chủ yếu dựa vào xã hội hóa nên chưa thật sự bền vững."),
        P("**PV:** Thời gian tới, Tỉnh đoàn sẽ tập trung vào những nhiệm vụ gì?"),
        P("**Đồng chí Trần Thị Ngọc Hân:** Chúng tôi sẽ tập trung ba nhóm nhiệm vụ. Thứ nhất, nâng cao kỹ năng số cho đoàn viên thông qua các lớp bồi dưỡng, cuộc thi trực tuyến. Thứ hai, đẩy mạnh phong trào thanh niên khởi nghiệp trên nền tảng số, hỗ trợ thanh niên đưa sản phẩm nông sản, thủy sản của địa phương lên sàn thương mại điện tử. Thứ ba, phát huy vai trò của đoàn viên trong tổ công nghệ số cộng đồng, bảo đảm mỗi thôn, tổ dân phố có ít nhất một đoàn viên nòng cốt hỗ trợ người dân."),
        P("**PV:** Xin cảm ơn đồng chí!"),
    ],
)

ARTS["b13"] = dict(
    platform="aspnet", charset="windows-1258",
    url="http://congan.langson.gov.vn/TinTuc/ChiTiet.aspx?id=8842&cat=3",
    title="Công an tỉnh triệt phá đường dây mua bán trái phép chất ma túy qua biên giới",
    published_at="2026-10-16T00:00:00+07:00",
    byline=["Thiếu tá Lê Hồng Quân"],
    author="Thiếu tá Lê Hồng Quân",
    lead=None,
    blocks=[
        P("Ngày 15/10, Công an tỉnh cho biết, Phòng Cảnh sát điều tra tội phạm về ma túy đã chủ trì, phối hợp với Đồn Biên phòng cửa khẩu Chi Ma và Công an xã Lộc Bình triệt phá thành công một đường dây mua bán trái phép chất ma túy qua biên giới, bắt giữ 4 đối tượng, thu giữ 6 bánh heroin và gần 12.000 viên ma túy tổng hợp."),
        P("Qua công tác nắm tình hình, lực lượng chức năng phát hiện một nhóm đối tượng có biểu hiện nghi vấn, thường xuyên qua lại khu vực biên giới vào ban đêm. Sau gần hai tháng xác lập chuyên án, đấu tranh, khoảng 22 giờ ngày 12/10, tại khu vực thôn Nà Pàn, xã Lộc Bình, tổ công tác bắt quả tang Hoàng Văn Đ. (sinh năm 1989) và Lăng Văn T. (sinh năm 1995) đang vận chuyển ma túy bằng xe máy."),
        P("Mở rộng điều tra, cơ quan công an tiếp tục bắt giữ hai đối tượng khác trong đường dây là Vi Thị H. (sinh năm 1986) và Nông Văn K. (sinh năm 1992), thu giữ thêm 2 điện thoại di động, 1 xe ô tô, 1 cân điện tử và hơn 85 triệu đồng tiền mặt. Bước đầu, các đối tượng khai nhận đã nhiều lần nhận ma túy từ người nước ngoài rồi vận chuyển về tiêu thụ trong nội địa để hưởng tiền công."),
        IMG("Các đối tượng cùng tang vật bị thu giữ."),
        P("Đại tá Hoàng Minh Chiến, Phó Giám đốc Công an tỉnh đánh giá cao sự phối hợp chặt chẽ giữa các lực lượng trong quá trình đấu tranh chuyên án; đồng thời yêu cầu các đơn vị tiếp tục mở rộng điều tra, làm rõ vai trò của từng đối tượng, truy xét nguồn cung cấp ma túy và xử lý nghiêm theo quy định của pháp luật."),
        P("Thời gian qua, tình hình tội phạm ma túy trên tuyến biên giới của tỉnh diễn biến phức tạp, các đối tượng thường lợi dụng địa hình đồi núi, đường mòn, lối mở để vận chuyển ma túy vào nội địa. Từ đầu năm 2026 đến nay, lực lượng Công an tỉnh đã phát hiện, bắt giữ 286 vụ, 412 đối tượng phạm tội về ma túy, thu giữ 38 bánh heroin, hơn 46.000 viên ma túy tổng hợp và nhiều tang vật liên quan."),
        P("Công an tỉnh đề nghị người dân nâng cao cảnh giác, không nhận vận chuyển hàng hóa thuê khi không rõ nguồn gốc; kịp thời cung cấp thông tin về các hành vi vi phạm pháp luật liên quan đến ma túy cho cơ quan công an gần nhất hoặc qua số điện thoại đường dây nóng của Công an tỉnh."),
    ],
)

ARTS["b14"] = dict(
    platform="liferay-6.2", charset="utf-8",
    url="https://stp.vinhlong.gov.vn/web/sotuphap/tin-tuc/-/asset_publisher/Tq4mJxR2Lh8v/content/toa-dam-huong-ung-ngay-phap-luat-viet-nam-nam-2026",
    title="Tọa đàm hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
    published_at="2026-11-10T10:12:45+07:00",
    byline=["Nguyễn Thị Thanh Bình (Phòng Phổ biến, giáo dục pháp luật)"],
    author="Nguyễn Thị Thanh Bình (Phòng Phổ biến, giáo dục pháp luật)",
    lead="Sáng 7/11, Sở Tư pháp phối hợp với Trường Đại học Cửu Long tổ chức tọa đàm “Pháp luật với thanh niên trong kỷ nguyên số” nhằm hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11) năm 2026.",
    blocks=[
        P("Tham dự tọa đàm có đại diện lãnh đạo Sở Tư pháp, Tỉnh đoàn, Công an tỉnh, các luật sư, giảng viên và hơn 400 sinh viên. Tọa đàm là hoạt động trọng tâm trong chuỗi hoạt động hưởng ứng Ngày Pháp luật năm 2026 của tỉnh."),
        P("Phát biểu khai mạc, bà Lê Thị Ngọc Diễm, Phó Giám đốc Sở Tư pháp cho biết, sau hơn 10 năm triển khai, Ngày Pháp luật đã trở thành hoạt động thường niên, góp phần nâng cao ý thức tôn trọng, chấp hành pháp luật trong cán bộ và Nhân dân. Trong bối cảnh chuyển đổi số, thanh niên là đối tượng sử dụng mạng xã hội nhiều nhất nhưng cũng dễ bị lôi kéo, lừa đảo, vi phạm pháp luật nếu thiếu hiểu biết."),
        H("Nhận diện rủi ro pháp lý trên không gian mạng"),
        P("Tại tọa đàm, các báo cáo viên đã trao đổi về những quy định của Luật An ninh mạng, Luật Bảo vệ dữ liệu cá nhân và Luật Giao dịch điện tử; phân tích các thủ đoạn lừa đảo phổ biến như giả danh cơ quan công an, mời làm cộng tác viên “việc nhẹ lương cao”, lừa đảo đầu tư tiền ảo."),
        P("Thượng tá Huỳnh Văn Tài, Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh cho biết, 10 tháng năm 2026, trên địa bàn tỉnh xảy ra 187 vụ lừa đảo qua mạng, trong đó có 64 nạn nhân là học sinh, sinh viên. Nhiều trường hợp bị lợi dụng cho mượn tài khoản ngân hàng, vô tình tiếp tay cho tội phạm rửa tiền."),
        P("Sinh viên đã đặt nhiều câu hỏi xoay quanh quyền và nghĩa vụ khi tham gia mạng xã hội, trách nhiệm pháp lý khi chia sẻ thông tin sai sự thật, cách bảo vệ dữ liệu cá nhân khi mua sắm trực tuyến. Các chuyên gia đã giải đáp cụ thể, dễ hiểu, kèm theo các tình huống thực tế."),
        IMG("Sinh viên đặt câu hỏi cho các báo cáo viên tại tọa đàm."),
        P("Kết thúc tọa đàm, Ban Tổ chức trao giải cho 12 cá nhân có câu trả lời xuất sắc trong phần thi tìm hiểu pháp luật nhanh; phát 1.000 tài liệu hỏi - đáp pháp luật về an toàn trên không gian mạng cho sinh viên."),
        P("Trong tháng 11, Sở Tư pháp sẽ tiếp tục phối hợp với các sở, ngành và UBND các xã, phường tổ chức cuộc thi trực tuyến tìm hiểu pháp luật, treo băng rôn, khẩu hiệu và đăng tải các tiểu phẩm pháp luật trên hệ thống thông tin cơ sở."),
    ],
)

ARTS["b15"] = dict(
    platform="sharepoint-tandan", charset="utf-8",
    url="https://camxuyen.hatinh.gov.vn/tin-tuc/hdnd-xa-cam-xuyen-to-chuc-ky-hop-chuyen-de-quyet-dinh-chu-truong-dau-tu-cong-1738",
    title="HĐND xã Cẩm Xuyên tổ chức kỳ họp chuyên đề quyết định chủ trương đầu tư công",
    published_at="2026-10-22T09:05:00+07:00",
    byline=["Văn phòng HĐND và UBND xã"],
    author="Văn phòng HĐND và UBND xã",
    lead="Sáng 21/10, HĐND xã Cẩm Xuyên nhiệm kỳ 2026 - 2031 tổ chức kỳ họp chuyên đề để xem xét, quyết định một số nội dung quan trọng thuộc thẩm quyền.",
    blocks=[
        P("Dự kỳ họp có đồng chí Nguyễn Văn Hải, Bí thư Đảng ủy, Chủ tịch HĐND xã; các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ Việt Nam xã cùng 28 đại biểu HĐND xã."),
        P("Tại kỳ họp, các đại biểu đã nghe UBND xã trình bày các tờ trình, dự thảo nghị quyết về: quyết định chủ trương đầu tư dự án nâng cấp tuyến đường liên thôn từ thôn Trung Hà đi thôn Đông Vịnh; điều chỉnh kế hoạch đầu tư công năm 2026; phê chuẩn dự toán bổ sung ngân sách xã và kế hoạch tổ chức các hoạt động chào mừng kỷ niệm ngày thành lập xã."),
        IMG("Quang cảnh kỳ họp. Ảnh: Thu Hiền"),
        P("Theo tờ trình, dự án nâng cấp tuyến đường liên thôn có chiều dài 3,2 km, mặt đường bê tông xi măng rộng 5 m, tổng mức đầu tư 14,6 tỷ đồng từ nguồn ngân sách tỉnh hỗ trợ và ngân sách xã. Khi hoàn thành, tuyến đường sẽ kết nối vùng sản xuất lúa tập trung với trung tâm xã, phục vụ đi lại của hơn 1.200 hộ dân."),
        P("Thảo luận tại kỳ họp, các đại biểu cơ bản thống nhất với nội dung các tờ trình; đồng thời đề nghị UBND xã làm tốt công tác vận động Nhân dân hiến đất, giải phóng mặt bằng; lựa chọn nhà thầu có đủ năng lực, tăng cường giám sát cộng đồng để bảo đảm chất lượng công trình. Một số đại biểu đề nghị bố trí thêm kinh phí sửa chữa các tuyến kênh mương nội đồng bị hư hỏng sau đợt mưa lũ tháng 9."),
        P("Cũng tại kỳ họp, Thường trực HĐND xã thông báo kết quả giám sát chuyên đề về công tác quản lý đất đai trên địa bàn; đề nghị UBND xã tập trung giải quyết dứt điểm 17 trường hợp tồn đọng trong cấp giấy chứng nhận quyền sử dụng đất, hoàn thành trước ngày 31/12/2026."),
        P("Với sự đồng thuận cao, kỳ họp đã biểu quyết thông qua 4 nghị quyết. Phát biểu bế mạc, đồng chí Nguyễn Văn Hải đề nghị UBND xã khẩn trương triển khai các nghị quyết vừa được thông qua; các đại biểu HĐND tăng cường tiếp xúc cử tri, tuyên truyền để Nhân dân hiểu, đồng tình và tham gia giám sát việc thực hiện."),
    ],
)

ARTS["b16"] = dict(
    platform="liferay-7", charset="utf-8",
    url="https://phuluong.thainguyen.gov.vn/thong-bao/-/view-content/thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-nam-2026-cua-chu-tich-ubnd-xa",
    title="Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026 của Chủ tịch UBND xã",
    published_at="2026-11-19T16:30:00+07:00",
    byline=None,
    author=None,
    lead=None,
    blocks=[
        P("Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013; Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân;"),
        P("Ủy ban nhân dân xã Phú Lương thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã trong tháng 12 năm 2026 như sau:"),
        H("1. Thời gian tiếp công dân"),
        UL("Thứ Năm, ngày 10/12/2026: Chủ tịch UBND xã trực tiếp tiếp công dân;",
           "Thứ Năm, ngày 24/12/2026: Chủ tịch UBND xã trực tiếp tiếp công dân."),
        P("Buổi sáng từ 7 giờ 30 phút đến 11 giờ 30 phút; buổi chiều từ 13 giờ 30 phút đến 17 giờ."),
        H("2. Địa điểm"),
        P("Phòng tiếp công dân, trụ sở HĐND - UBND xã Phú Lương, thôn Đồng Tâm, xã Phú Lương, tỉnh Thái Nguyên."),
        H("3. Nội dung tiếp công dân"),
        P("Tiếp nhận, giải quyết các khiếu nại, tố cáo, kiến nghị, phản ánh của công dân liên quan đến các lĩnh vực đất đai, xây dựng, môi trường, chính sách xã hội và các lĩnh vực khác thuộc thẩm quyền giải quyết của Chủ tịch UBND xã."),
        H("4. Yêu cầu đối với công dân"),
        P("Công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh phải xuất trình thẻ căn cước hoặc giấy tờ tùy thân khác; trường hợp được ủy quyền phải có giấy ủy quyền hợp pháp theo quy định. Công dân có trách nhiệm trình bày trung thực sự việc, cung cấp thông tin, tài liệu liên quan và chấp hành nội quy nơi tiếp công dân."),
        P("Trường hợp nhiều người cùng khiếu nại, tố cáo, kiến nghị, phản ánh về một nội dung thì cử đại diện không quá 05 người để trình bày với người tiếp công dân."),
        P("Ngoài lịch tiếp công dân định kỳ nêu trên, Ban Tiếp công dân xã tiếp công dân thường xuyên vào tất cả các ngày làm việc trong tuần. Trường hợp Chủ tịch UBND xã bận công tác đột xuất sẽ ủy quyền cho Phó Chủ tịch UBND xã tiếp công dân và thông báo công khai tại trụ sở."),
        P("Mọi chi tiết xin liên hệ: Văn phòng HĐND và UBND xã Phú Lương, điện thoại 0208 3878 215."),
        P("Ủy ban nhân dân xã thông báo để công dân biết, thực hiện./."),
        P("TM. ỦY BAN NHÂN DÂN"),
        P("CHỦ TỊCH"),
        P("(Đã ký)"),
        P("Ma Văn Thắng"),
    ],
)

ARTS["b17"] = dict(
    platform="php", charset="utf-8",
    url="https://sokhcn.angiang.gov.vn/index.php?option=tintuc&id=6128",
    title="Nghiệm thu đề tài ứng dụng chế phẩm sinh học xử lý rơm rạ, giảm phát thải trong canh tác lúa",
    published_at="2026-07-02T15:48:00+07:00",
    byline=["Trần Thị Ngọc Ánh"],
    author="Trần Thị Ngọc Ánh",
    lead="Ngày 30/6, Hội đồng khoa học và công nghệ cấp tỉnh đã họp nghiệm thu đề tài “Ứng dụng chế phẩm sinh học xử lý rơm rạ tại ruộng nhằm giảm phát thải khí nhà kính trong canh tác lúa” do Viện Nghiên cứu Phát triển nông nghiệp bền vững chủ trì thực hiện.",
    blocks=[
        P("Đề tài được triển khai từ tháng 7/2024 đến tháng 4/2026 tại 3 xã của tỉnh với tổng diện tích thử nghiệm 120 ha, qua 4 vụ lúa liên tiếp. Thay vì đốt rơm rạ sau thu hoạch, nông dân phun chế phẩm vi sinh do nhóm nghiên cứu phân lập và nhân sinh khối từ các chủng vi sinh vật bản địa, giúp rơm rạ phân hủy nhanh thành phân hữu cơ ngay trên ruộng."),
        P("Kết quả nghiên cứu cho thấy, chế phẩm giúp rút ngắn thời gian phân hủy rơm rạ từ 45 ngày xuống còn 18 đến 21 ngày; lượng phân đạm hóa học giảm 20% mà năng suất lúa vẫn tương đương hoặc cao hơn ruộng đối chứng từ 3 đến 5%. Đặc biệt, lượng phát thải khí mê-tan trên ruộng thí nghiệm giảm bình quân 24% so với canh tác truyền thống."),
        IMG("Nông dân phun chế phẩm sinh học xử lý rơm rạ trên ruộng thí nghiệm."),
        P("Chủ nhiệm đề tài, TS. Huỳnh Thanh Phong cho biết, nhóm nghiên cứu đã xây dựng quy trình sản xuất chế phẩm ở quy mô 5 tấn/mẻ và quy trình hướng dẫn sử dụng cho nông dân. Chi phí xử lý rơm rạ bằng chế phẩm khoảng 350.000 đồng/ha, thấp hơn nhiều so với chi phí thu gom, vận chuyển rơm ra khỏi ruộng."),
        H("Đánh giá của Hội đồng"),
        P("Các thành viên Hội đồng đánh giá đề tài có ý nghĩa khoa học và thực tiễn cao, phù hợp với định hướng phát triển vùng chuyên canh lúa chất lượng cao, phát thải thấp của tỉnh. Sản phẩm của đề tài đáp ứng đầy đủ yêu cầu về số lượng, chất lượng theo thuyết minh đã được phê duyệt."),
        P("Bên cạnh đó, Hội đồng đề nghị nhóm nghiên cứu bổ sung số liệu phân tích đất sau 4 vụ, hoàn thiện hồ sơ đăng ký lưu hành chế phẩm và phối hợp với các hợp tác xã xây dựng mô hình chuyển giao trên diện rộng."),
        P("Kết quả, Hội đồng thống nhất nghiệm thu đề tài, xếp loại Đạt. Sở Khoa học và Công nghệ sẽ phối hợp với Sở Nông nghiệp và Môi trường đề xuất UBND tỉnh cho phép chuyển giao kết quả nghiên cứu tới các vùng sản xuất lúa trọng điểm của tỉnh từ vụ Đông Xuân 2026 - 2027."),
    ],
)

ARTS["b18"] = dict(
    platform="joomla", charset="utf-8",
    url="https://mattran.quangngai.gov.vn/index.php/tin-tuc/tin-trong-nuoc/1983-phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2026",
    title="Phát động Tháng cao điểm “Vì người nghèo” năm 2026",
    published_at="2026-10-17T14:02:19+07:00",
    byline=None,
    author=None,
    lead=None,
    blocks=[
        P("Sáng 17/10, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức lễ phát động Tháng cao điểm “Vì người nghèo” năm 2026. Lễ phát động được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới Mặt trận Tổ quốc các tỉnh, thành phố."),
        P("Phát biểu tại lễ phát động, đại diện Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam cho biết, thời gian qua, Quỹ “Vì người nghèo” các cấp đã hỗ trợ xây mới, sửa chữa hàng chục nghìn căn nhà cho hộ nghèo, hộ cận nghèo; hỗ trợ sinh kế, học tập, khám chữa bệnh cho hàng trăm nghìn lượt người, góp phần quan trọng vào thực hiện mục tiêu giảm nghèo bền vững."),
        P("Tháng cao điểm “Vì người nghèo” năm 2026 diễn ra từ ngày 17/10 đến ngày 18/11, gắn với kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11) và Ngày hội Đại đoàn kết toàn dân tộc. Trong thời gian này, Mặt trận Tổ quốc các cấp tập trung vận động các cơ quan, đơn vị, doanh nghiệp, tổ chức, cá nhân trong và ngoài nước ủng hộ Quỹ “Vì người nghèo”, ưu tiên hỗ trợ người dân vùng bị ảnh hưởng bởi thiên tai, vùng đồng bào dân tộc thiểu số, biên giới, hải đảo."),
        P("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đề nghị Mặt trận Tổ quốc các địa phương tổ chức phát động sâu rộng; công khai, minh bạch việc tiếp nhận, phân bổ và sử dụng nguồn quỹ; đa dạng hóa hình thức ủng hộ, nhất là ủng hộ qua tài khoản ngân hàng, mã QR để thuận tiện cho người dân và doanh nghiệp."),
        P("Tại lễ phát động, nhiều cơ quan, doanh nghiệp, tổ chức đã đăng ký ủng hộ Quỹ “Vì người nghèo” Trung ương. Ngay sau lễ phát động, Mặt trận Tổ quốc các tỉnh, thành phố đồng loạt tổ chức các hoạt động hưởng ứng tại địa phương."),
        P("Theo kế hoạch, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam sẽ tổng hợp kết quả vận động trong Tháng cao điểm và biểu dương những tập thể, cá nhân có đóng góp tiêu biểu trong dịp kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam."),
    ],
)

ARTS["b19"] = dict(
    platform="aspnet", charset=None,
    url="https://socongthuong.hatinh.gov.vn/TinTuc/ChiTiet.aspx?ID=5127",
    title="Đưa sản phẩm OCOP đến gần hơn với người tiêu dùng các đô thị lớn",
    published_at="2026-07-24T09:05:00+07:00",
    byline=["Hoàng Anh, Quốc Toản, Thanh Xuân"],
    author="Hoàng Anh, Quốc Toản, Thanh Xuân",
    lead="Những năm gần đây, công tác xúc tiến thương mại được tỉnh đặc biệt quan tâm, giúp nhiều sản phẩm OCOP, đặc sản địa phương từng bước có mặt ổn định tại các hệ thống phân phối lớn ở Hà Nội, Thành phố Hồ Chí Minh và các tỉnh lân cận.",
    blocks=[
        P("Tính đến tháng 6/2026, toàn tỉnh có 486 sản phẩm OCOP được công nhận, trong đó 4 sản phẩm đạt 5 sao, 71 sản phẩm đạt 4 sao. Các sản phẩm chủ lực gồm bưởi Phúc Trạch, cam Vũ Quang, kẹo cu đơ, mực khô, nước mắm, chè xanh và các sản phẩm từ mật ong."),
        P("Để hỗ trợ các chủ thể OCOP tiếp cận thị trường, 6 tháng đầu năm 2026, Sở Công Thương đã tổ chức và phối hợp tổ chức 9 hội chợ, tuần hàng, phiên chợ sản phẩm OCOP trong và ngoài tỉnh; đưa 62 doanh nghiệp, hợp tác xã tham gia các chương trình kết nối cung cầu tại Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh. Đã có 18 sản phẩm được ký hợp đồng cung ứng thường xuyên vào các chuỗi siêu thị và cửa hàng tiện lợi."),
        IMG("Gian hàng sản phẩm OCOP của tỉnh tại Tuần hàng kết nối cung cầu ở Hà Nội."),
        H("Chuyển mạnh sang thương mại điện tử"),
        P("Cùng với kênh phân phối truyền thống, các chủ thể OCOP được hướng dẫn xây dựng gian hàng trên các sàn thương mại điện tử, bán hàng qua livestream. Sở Công Thương đã phối hợp tổ chức 14 lớp tập huấn kỹ năng kinh doanh trực tuyến cho hơn 600 học viên; hỗ trợ 150 sản phẩm OCOP lên sàn thương mại điện tử có mã truy xuất nguồn gốc."),
        P("Bà Phan Thị Lý, Giám đốc Hợp tác xã bưởi Phúc Trạch Hương Khê cho biết: “Trước đây, hợp tác xã chủ yếu bán cho thương lái. Từ khi tham gia tuần hàng tại Hà Nội và mở gian hàng trực tuyến, chúng tôi có thêm nhiều khách hàng thường xuyên, giá bán ổn định và cao hơn 15 đến 20% so với trước”."),
        P("Tuy nhiên, theo đánh giá của ngành Công Thương, nhiều chủ thể OCOP vẫn có quy mô nhỏ, sản lượng không ổn định, bao bì, nhãn mác chưa hấp dẫn; chi phí vận chuyển đến các thị trường xa còn cao. Một số sản phẩm chưa đáp ứng yêu cầu của hệ thống phân phối hiện đại về mã vạch, truy xuất nguồn gốc và tiêu chuẩn chất lượng."),
        P("Trong 6 tháng cuối năm, Sở Công Thương sẽ tiếp tục tổ chức Tuần hàng sản phẩm OCOP của tỉnh tại Thành phố Hồ Chí Minh, Hội chợ OCOP khu vực Bắc Trung Bộ; hỗ trợ các chủ thể thiết kế bao bì, xây dựng nhận diện thương hiệu và kết nối với doanh nghiệp logistics để giảm chi phí vận chuyển."),
    ],
)

ARTS["b20"] = dict(
    platform="bootstrap", charset="utf-8",
    url="https://ttt.camau.gov.vn/thoi-su/ca-mau-chu-dong-ung-pho-trieu-cuong-sat-lo-bo-bien-cuoi-nam-a24512.html",
    title="Cà Mau chủ động ứng phó triều cường, sạt lở bờ biển cuối năm",
    published_at="2026-11-20T21:18:07+07:00",
    byline=["Nhóm PV"],
    author="Nhóm PV",
    lead="Trước dự báo đợt triều cường cuối tháng 11 có thể vượt mức báo động III, tỉnh yêu cầu các xã, phường ven biển kiểm tra toàn bộ hệ thống đê, kè, sẵn sàng di dời người dân ở khu vực nguy hiểm đến nơi an toàn.",
    blocks=[
        P("Chiều 20/11, Ban Chỉ huy Phòng thủ dân sự tỉnh đã họp trực tuyến với các xã, phường ven biển để triển khai các biện pháp ứng phó. Theo Đài Khí tượng Thủy văn tỉnh, từ ngày 23 đến 28/11, mực nước tại trạm Gành Hào và Sông Đốc có khả năng đạt đỉnh từ 3,9 đến 4,1 m, trên mức báo động III từ 0,1 đến 0,3 m."),
        P("Qua rà soát, toàn tỉnh hiện có 27 điểm sạt lở bờ biển, bờ sông với tổng chiều dài hơn 19 km, trong đó 9 điểm đặc biệt nguy hiểm ở các xã Đất Mũi, Tân Ân, Khánh Hội và phường Hiệp Thành. Khoảng 1.450 hộ dân đang sinh sống ngoài đê hoặc trong phạm vi ảnh hưởng của sạt lở."),
        P("Phó Chủ tịch UBND tỉnh Trần Quốc Bảo yêu cầu các địa phương:"),
        UL("Kiểm tra, gia cố ngay các đoạn đê xung yếu, bố trí lực lượng, vật tư tại chỗ để xử lý sự cố;",
           "Thông báo kịp thời lịch triều cường đến từng hộ dân qua hệ thống loa truyền thanh, mạng xã hội và tin nhắn điện thoại;",
           "Chủ động di dời người dân, tài sản ra khỏi khu vực nguy hiểm, không để bị động, bất ngờ;",
           "Hướng dẫn người nuôi trồng thủy sản gia cố bờ ao, thu hoạch sớm các ao tôm đến kỳ thu hoạch."),
        IMG("Lực lượng dân quân gia cố đê biển Tây tại xã Đất Mũi."),
        P("Ghi nhận tại xã Đất Mũi chiều cùng ngày, lực lượng dân quân và đoàn viên thanh niên đang khẩn trương gia cố đoạn đê biển Tây dài 600 m bằng bao cát, cọc tràm. Ông Lê Văn Đực, Chủ tịch UBND xã cho biết, xã đã chuẩn bị 5 điểm tạm cư tại trường học, nhà văn hóa, có thể tiếp nhận khoảng 800 người khi cần thiết."),
        P("“Năm nào triều cường cũng lên, nhưng mấy năm nay mạnh hơn. Nghe loa xã thông báo, nhà tôi đã kê cao đồ đạc, gia cố bờ ao tôm. Nếu có lệnh di dời thì cả nhà sẵn sàng đi”, bà Nguyễn Thị Xuân, ấp Mũi, xã Đất Mũi chia sẻ."),
        P("Sở Nông nghiệp và Môi trường cho biết, năm 2026, tỉnh đã đầu tư xây dựng và sửa chữa hơn 11 km kè chống sạt lở bờ biển, bờ sông với tổng kinh phí trên 780 tỷ đồng. Tuy nhiên, nhu cầu đầu tư vẫn còn rất lớn, nhất là các đoạn bờ biển Tây đang bị xâm thực mạnh."),
    ],
)

# ---------------------------------------------------------------- body rendering

def img_src(rng, base):
    return "%s/%04d%02d/%s.jpg" % (base, 2026, rng.randint(5, 11), "".join(rng.choice("abcdef0123456789") for _ in range(16)))

def render_blocks(art, E, rng, p='<p style="text-align: justify;">%s</p>', h='<h3>%s</h3>',
                  ul=('<ul>', '<li>%s</li>', '</ul>'), q='<blockquote><p>%s</p></blockquote>',
                  img=None, table=None, strong="strong", imgbase="/uploads/images"):
    out = []
    for kind, val in art["blocks"]:
        if kind == "p":
            out.append(p % inline(val, E, strong))
        elif kind == "h":
            out.append(h % inline(val, E, strong))
        elif kind == "q":
            out.append(q % inline(val, E, strong))
        elif kind == "ul":
            out.append(ul[0] + "".join(ul[1] % inline(v, E, strong) for v in val) + ul[2])
        elif kind == "img":
            src = img_src(rng, imgbase)
            alt = "anh-%d" % rng.randint(1, 99)
            if img:
                out.append(img(src, alt, E(val) if val else None))
            elif val:
                out.append('<figure class="image"><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>' % (src, alt, E(val)))
            else:
                out.append('<p style="text-align:center"><img src="%s" alt="%s"></p>' % (src, alt))
        elif kind == "table":
            if table:
                out.append(table(val, E))
            else:
                rows = []
                for i, r in enumerate(val):
                    tag = "th" if i == 0 else "td"
                    rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, E(c), tag) for c in r))
                out.append('<table class="table table-bordered"><tbody>%s</tbody></table>' % "".join(rows))
    return "\n".join(out)

def img_center_em(src, alt, cap):
    s = '<p style="text-align: center;"><img src="%s" alt="%s" width="680" height="453"></p>' % (src, alt)
    if cap:
        s += '\n<p style="text-align: center;"><em>%s</em></p>' % cap
    return s

def img_table(src, alt, cap):
    s = '<table class="image" align="center" style="width:100%%"><tbody><tr><td><img src="%s" alt="%s" style="width:100%%"></td></tr>' % (src, alt)
    if cap:
        s += '<tr><td class="image_desc" style="text-align:center"><span style="font-size:12px"><em>%s</em></span></td></tr>' % cap
    return s + "</tbody></table>"

def table_plain(rows, E):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
    for i, r in enumerate(rows):
        cells = "".join('<td style="text-align:center">%s%s%s</td>' % ("<strong>" if i == 0 else "", E(c), "</strong>" if i == 0 else "") for c in r)
        out.append("<tr>%s</tr>" % cells)
    out.append("</tbody></table>")
    return "".join(out)

def datefmt_slash(d):
    return d.strftime("%d/%m/%Y")

def datefmt_paren(d):
    return "(%s)" % d.strftime("%d/%m/%Y")

def datefmt_dash(d):
    return d.strftime("%d-%m-%Y")

# ---------------------------------------------------------------- shared shells

def portlet(pid, title, inner, extra_cls=""):
    return ('<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end portlet-decorate %s" id="p_p_id_%s_">'
            '<span id="p_%s"></span><section class="portlet" id="portlet_%s"><div class="portlet-content">'
            '%s<div class="portlet-content-container"><div class="portlet-body">%s</div></div></div></section></div>'
            % (pid, extra_cls, pid, pid, pid,
               ('<div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">%s</h2></div>' % esc(title)) if title else "",
               inner))

def rid(rng, n=12):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

def liferay_onload(rng, pid, plid):
    return ("Liferay.Portlet.onLoad({canEditTitle:false,columnPos:%d,isStatic:'end',namespacedId:'p_p_id_%s_',portletId:'%s',"
            "refreshURL:'\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-%d\\x26p_p_isolated\\x3d1',"
            "refreshURLData:{}});" % (rng.randint(0, 6), pid, pid, plid, pid, rng.randint(1, 3)))

def liferay_themedisplay(rng, host, group, plid, v7=True):
    keys = dict(getLayoutId=str(rng.randint(2, 400)), getLayoutRelativeURL="/tin-tuc", getLayoutURL="https://%s/tin-tuc" % host,
                getParentLayoutId=str(rng.randint(0, 40)), isControlPanel="false", isPrivateLayout="false", isVirtualLayout="false",
                getBCP47LanguageId="vi-VN", getCanonicalURL="https://%s/" % host, getCDNBaseURL="https://%s" % host,
                getCompanyGroupId=str(rng.randint(20100, 20199)), getCompanyId="20097", getDefaultLanguageId="vi_VN",
                getDoAsUserIdEncoded="", getLanguageId="vi_VN", getParentGroupId=str(group), getPathContext="",
                getPathImage="/image", getPathJavaScript="/o/frontend-js-web", getPathMain="/c", getPathThemeImages="/o/vnpt-portal-theme/images",
                getPlid=str(plid), getPortalURL="https://%s" % host, getScopeGroupId=str(group), getSessionId="",
                getSiteGroupId=str(group), getURLControlPanel="/group/control_panel?refererPlid=%d" % plid, getURLHome="https\\x3a\\x2f\\x2f%s\\x2fweb\\x2fguest" % host,
                getUserEmailAddress="", getUserId=str(rng.randint(20100, 20199)), getUserName="", isAddSessionIdToURL="false",
                isImpersonated="false", isSignedIn="false", isStagedPortlet="false", isStateExclusive="false", isStateMaximized="false", isStatePopUp="false")
    body = ",".join("%s:function(){return %s}" % (k, v if v in ("true", "false") else "'%s'" % v) for k, v in keys.items())
    return ("var themeDisplay=Liferay.ThemeDisplay={%s};var Liferay=window.Liferay||{};Liferay.Browser={acceptsGzip:function(){return true},"
            "getMajorVersion:function(){return 131},getRevision:function(){return '537.36'},getVersion:function(){return '131.0'},isAir:function(){return false},"
            "isChrome:function(){return true},isEdge:function(){return false},isFirefox:function(){return false},isGecko:function(){return true},isIe:function(){return false},"
            "isIphone:function(){return false},isLinux:function(){return true},isMac:function(){return false},isMobile:function(){return false},isMozilla:function(){return false},"
            "isOpera:function(){return false},isRtf:function(){return true},isSafari:function(){return true},isSun:function(){return false},isWebKit:function(){return true},isWindows:function(){return false}};"
            "Liferay.Data=Liferay.Data||{};Liferay.Data.ICONS_INLINE_SVG=true;Liferay.Data.NAV_SELECTOR='#navigation';Liferay.Data.NAV_SELECTOR_MOBILE='#navigationCollapse';"
            "Liferay.Data.isCustomizationView=function(){return false};Liferay.currentURL='\\x2ftin-tuc';Liferay.currentURLEncoded='\\x252Ftin-tuc';"
            % body)

def aspnet_hidden(rng, vs_bytes, extra=()):
    fields = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", viewstate(rng, vs_bytes)),
              ("__VIEWSTATEGENERATOR", "%08X" % rng.getrandbits(32)), ("__EVENTVALIDATION", viewstate(rng, max(64, vs_bytes // 20)))]
    fields += list(extra)
    return "\n".join('<input type="hidden" name="%s" id="%s" value="%s" />' % (k, k, v) for k, v in fields)

def sp_scripts(rng, site_url, web_title):
    return ("<script type=\"text/javascript\">//<![CDATA[\nvar MSOWebPartPageFormName = 'aspnetForm';var g_presenceEnabled = true;var g_wsaEnabled = false;"
            "var g_correlationId = '%s';var g_wsaQoSEnabled = false;var g_wsaQoSDataPoints = [];var g_wsaRUMEnabled = false;var g_wsaLCID = 1066;"
            "var g_wsaListTemplateId = 850;var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';"
            "var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: \"%s\", webAbsoluteUrl: \"https:\\u002f\\u002f%s\", siteAbsoluteUrl: \"https:\\u002f\\u002f%s\","
            " serverRequestPath: \"\\u002fPages\\u002fchi-tiet-tin.aspx\", layoutsUrl: \"_layouts\\u002f15\", webTitle: \"%s\", webTemplate: \"39\", tenantAppVersion: \"0\","
            " isAppWeb: false, Has2019Era: true, webLogoUrl: \"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png\", webLanguage: 1066, currentLanguage: 1066,"
            " currentUICultureName: \"vi-VN\", currentCultureName: \"vi-VN\", clientServerTimeDelta: new Date(\"2026-11-22T01:%02d:%02d.0000000Z\") - new Date(),"
            " siteClientTag: \"%d$$15.0.5%d.1000\", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673},"
            " pageListId:\"{%s}\", pageItemId:%d, pagePersonalizationScope:1, alertsEnabled:true, siteServerRelativeUrl: \"\\u002f\", allowSilverlightPrompt:'True'};"
            "var L_Menu_BaseUrl=\"\";var L_Menu_LCID=\"1066\";var L_Menu_SiteTheme=\"null\";document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};"
            "Flighting.ExpFeatures = [480216468,1880287568,1561350208,302071836,3212816,69472768,4194310,-2113396707,268502022,-872284160,1049232,-2147421952,65536,65536,2097472,917504,-2147474174,1372324107,67108882,0,0,-2147483648,2097152,0,0,32768,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0];"
            "\n//]]>\n</script>"
            % ("%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48)),
               site_url, site_url, site_url, web_title, rng.randint(0, 59), rng.randint(0, 59), rng.randint(10, 999), rng.randint(100, 999),
               "%08X-%04X-%04X-%04X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48)),
               rng.randint(1, 900)))

def sidebar_docs(rng, n, heading="Văn bản mới"):
    kinds = ["Quyết định", "Kế hoạch", "Công văn", "Thông báo", "Báo cáo", "Chỉ thị"]
    topics = ["về việc triển khai nhiệm vụ chuyển đổi số", "về công tác phòng, chống thiên tai", "ban hành quy chế làm việc",
              "về việc tổ chức Ngày hội Đại đoàn kết", "về thực hiện nhiệm vụ phát triển kinh tế - xã hội", "về kiểm tra công tác cải cách hành chính",
              "về phòng, chống dịch bệnh", "về việc tuyển dụng viên chức năm 2026", "về công tác tiếp công dân", "về đảm bảo trật tự an toàn giao thông"]
    lis = []
    for _ in range(n):
        k = rng.choice(kinds)
        d = rand_date(rng)
        code = {"Quyết định": "QĐ-UBND", "Kế hoạch": "KH-UBND", "Công văn": "UBND-VX", "Thông báo": "TB-UBND", "Báo cáo": "BC-UBND", "Chỉ thị": "CT-UBND"}[k]
        lis.append('<li><a href="/van-ban/%d">%s số %d/%s %s</a><span class="date">Ngày ban hành: %s</span></li>'
                   % (rng.randint(1000, 9999), k, rng.randint(10, 3999), code, esc(rng.choice(topics)), d.strftime("%d/%m/%Y")))
    return '<div class="box-vanban"><h3 class="title-box">%s</h3><ul>%s</ul></div>' % (esc(heading), "".join(lis))

def bigfoot_links(rng, n):
    """Footer/site-map link farm many portals ship."""
    cols = []
    for c in range(n):
        items = rng.sample(HEADLINES, 6)
        cols.append('<div class="col-md-3 sitemap-col"><h4>%s</h4><ul>%s</ul></div>' % (
            esc(rng.choice([t for t, _ in MENU_TOP])),
            "".join('<li><a href="/%s">%s</a></li>' % (slug(h), esc(h)) for h in items)))
    return '<div class="sitemap row">%s</div>' % "".join(cols)

# ---------------------------------------------------------------- VNPT Liferay 7.x

def liferay7_shell(rng, site, title_tag, main, side, crawl_str, heavy):
    host = site["host"]
    group, plid = rng.randint(30000, 99999), rng.randint(100000, 999999)
    pids = ["com_vnpt_portal_news_web_NewsDetailPortlet_INSTANCE_" + rid(rng), "com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_" + rid(rng),
            "com_vnpt_portal_vanban_web_VanBanPortlet_INSTANCE_" + rid(rng), "com_vnpt_portal_counter_web_CounterPortlet_INSTANCE_" + rid(rng)]
    pids += ["com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + rid(rng) for _ in range(6 * heavy)]
    t = rng.randint(1690000000000, 1760000000000)
    head = ['<!DOCTYPE html>', '<html class="ltr" dir="ltr" lang="vi-VN">', '<head>',
            '<title>%s - %s</title>' % (esc(title_tag), esc(site["name"])),
            '<meta content="initial-scale=1.0, width=device-width" name="viewport" />',
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />',
            '<meta property="og:site_name" content="%s" />' % attr(site["name"]),
            '<link href="https://%s/o/vnpt-portal-theme/images/favicon.ico" rel="icon" />' % host,
            '<link class="lfr-css-file" data-senna-track="temporary" href="https://%s/o/vnpt-portal-theme/css/clay.css?browserId=chrome&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;t=%d" id="liferayAUICSS" rel="stylesheet" type="text/css" />' % (host, t),
            '<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;t=%d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />' % t,
            '<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js" type="text/javascript"></script>' % t,
            '<script data-senna-track="temporary" type="text/javascript">//<![CDATA[\n%s\n//]]></script>' % liferay_themedisplay(rng, host, group, plid),
            '<style type="text/css">\n%s\n</style>' % css(rng, 120 * heavy, "vnpt"),
            '</head>']
    menu_html = mega_menu(rng, "https://%s/web/guest" % host, extra=3 * heavy)
    body = ['<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">',
            '<div class="d-none" id="skip-to-content"><a href="#main-content">Chuyển đến nội dung chính</a></div>',
            '<div class="container-fluid" id="wrapper">',
            '<header id="banner" role="banner"><div class="top-bar"><div class="container"><span class="current-date">%s</span>'
            '<span class="top-links"><a href="/web/guest/so-do-cong">Sơ đồ cổng</a> | <a href="/web/guest/lien-he">Liên hệ</a> | <a href="/c/portal/login">Đăng nhập</a></span></div></div>' % esc(crawl_str),
            '<div class="banner"><div class="container"><a class="logo" href="/web/guest"><img alt="Logo" src="/o/vnpt-portal-theme/images/logo.png" /></a>'
            '<div class="site-title"><p class="name-top">%s</p><p class="name-main">%s</p></div>'
            '<form action="/web/guest/tim-kiem" class="search-top" method="get"><input name="q" placeholder="Nhập từ khóa tìm kiếm..." type="text" /><button type="submit">Tìm kiếm</button></form></div></div>'
            % (esc(site["parent"]), esc(site["name"])),
            '<nav class="navbar navbar-expand-md" id="navigation" role="navigation"><div class="container">%s</div></nav>' % menu_html,
            '<div class="d-none d-sm-block mobile-menu" id="navigationCollapse">%s</div>' % menu_html,
            '</header>',
            '<section id="content"><div class="container"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">',
            '<div class="col-md-8 portlet-column portlet-column-first" id="column-1">%s</div>' % portlet(pids[0], "", main),
            '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">%s</div>' % side(pids),
            '</div></div></div></section>',
            footer(site["name"], site["addr"], site["phone"], site["email"], site["licence"],
                   bigfoot_links(rng, 4 * heavy) + '<p>Đơn vị xây dựng và phát triển: VNPT %s</p>' % esc(site["prov"])),
            '</div>']
    scripts = ['<script type="text/javascript">//<![CDATA[\nAUI().use("liferay-menu","liferay-notice","aui-base","liferay-session","liferay-poller",function(A){(function(){%s})();'
               'Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node)});'
               'Liferay.Notice&&Liferay.Notice.init&&Liferay.Notice.init();});\n//]]></script>' % "".join(liferay_onload(rng, p, plid) for p in pids),
               '<script src="https://%s/o/vnpt-portal-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=%d" type="text/javascript"></script>' % (host, t),
               '<script type="text/javascript">%s</script>' % js_blob(rng, 90 * heavy, "vnpt.portal"),
               '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script><script>%s</script>' % ga(rng),
               '</body></html>']
    return "\n".join(head + body + scripts)

def site_lc():
    return dict(host="snnmt.laocai.gov.vn", name="Sở Nông nghiệp và Môi trường tỉnh Lào Cai", parent="ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
                addr="Số 286, đường Điện Biên, phường Yên Bái, tỉnh Lào Cai", phone="0216 3852 114", email="snnmt@laocai.gov.vn",
                licence="Giấy phép số 18/GP-TTĐT ngày 12/8/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai. Chịu trách nhiệm chính: Giám đốc Sở Nông nghiệp và Môi trường.",
                prov="Lào Cai")

def page_b01(art, rng):
    E = E_utf8
    site = site_lc()
    views = rng.randint(900, 2400)
    body = render_blocks(art, E, rng, img=img_table, h='<p style="text-align: justify;"><strong>%s</strong></p>',
                         imgbase="/documents/%d/0/tin-tuc" % rng.randint(30000, 99999))
    byline = ('<p style="text-align: right;"><strong>%s</strong></p>\n<p style="text-align: right;"><strong>%s</strong></p>'
              % (E(art["byline"][0]), E(art["byline"][1])))
    main = ('<div class="breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/web/guest">Trang chủ</a></li><li><a href="/web/guest/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="active">Tin hoạt động</li></ol></div>'
            '<div class="news-detail">'
            '<h1 class="title-detail">%s</h1>'
            '<div class="meta-detail"><span class="date"><i class="icon-calendar"></i> Ngày đăng: 14/10/2026 09:25</span> <span class="view"><i class="icon-eye-open"></i> Lượt xem: %s</span></div>'
            '%s'
            '<div class="sapo-detail"><strong>%s</strong></div>'
            '<div class="content-detail journal-content-article">\n%s\n%s\n</div>'
            '%s%s%s</div>'
            % (E(art["title"]), "{:,}".format(views).replace(",", "."), share_tools(), E(art["lead"]), body, byline,
               rating_box(rng),
               related(rng, "Tin liên quan", 5, datefmt_paren),
               related(rng, "Tin cùng chuyên mục", 10, datefmt_paren, cls="tin-cung-chuyen-muc")))

    def side(pids):
        return (portlet(pids[2], "Văn bản mới", sidebar_docs(rng, 10)) +
                portlet(pids[4], "Tin đọc nhiều", related(rng, "Xem nhiều nhất", 8, datefmt_slash, cls="xem-nhieu")) +
                portlet(pids[5], "Liên kết website", link_select(rng)) +
                portlet(pids[6], "Lịch công tác", '<div class="lich-cong-tac"><p>Lịch công tác tuần 47/2026 (từ 16/11/2026 đến 22/11/2026)</p><a href="/web/guest/lich-cong-tac">Xem chi tiết</a></div>') +
                portlet(pids[3], "Thống kê truy cập", '<ul class="counter">%s</ul>' % counter_block(rng)))
    return liferay7_shell(rng, site, art["title"], main, side, "Chủ nhật, 22/11/2026", heavy=3)

def site_pl():
    return dict(host="phuluong.thainguyen.gov.vn", name="Cổng thông tin điện tử xã Phú Lương", parent="ĐẢNG BỘ - CHÍNH QUYỀN - NHÂN DÂN XÃ PHÚ LƯƠNG, TỈNH THÁI NGUYÊN",
                addr="Thôn Đồng Tâm, xã Phú Lương, tỉnh Thái Nguyên", phone="0208 3878 215", email="ubndxaphuluong@thainguyen.gov.vn",
                licence="Cơ quan chủ quản: Ủy ban nhân dân xã Phú Lương. Người chịu trách nhiệm: Chủ tịch UBND xã.", prov="Thái Nguyên")

def page_b16(art, rng):
    E = E_utf8
    site = site_pl()
    blocks = []
    sign = {"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Ma Văn Thắng"}
    for kind, val in art["blocks"]:
        blocks.append((kind, val))
    # notice body: signer block right-aligned, as commune offices type it
    out = []
    for kind, val in blocks:
        if kind == "p" and val in sign:
            style = "text-align: right;"
            inner = "<strong>%s</strong>" % E(val) if val != "(Đã ký)" else "<em>%s</em>" % E(val)
            out.append('<p style="%s">%s</p>' % (style, inner))
        elif kind == "p":
            out.append('<p style="text-align: justify;">%s</p>' % E(val))
        elif kind == "h":
            out.append('<p style="text-align: justify;"><strong>%s</strong></p>' % E(val))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % E(v) for v in val))
    body = "\n".join(out)
    main = ('<div class="breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/web/guest">Trang chủ</a></li><li><a href="/web/guest/thong-bao">Thông báo</a></li></ol></div>'
            '<div class="news-detail"><h1 class="title-detail">%s</h1>'
            '<div class="meta-detail"><span class="date">Ngày đăng: 19/11/2026 16:30</span> <span class="view">Lượt xem: %d</span></div>'
            '<div class="content-detail journal-content-article">\n%s\n</div>'
            '<div class="attach"><span>Tệp đính kèm:</span> <a href="/documents/%d/0/TB-218-UBND.pdf">TB-218-UBND.pdf</a></div>'
            '%s%s</div>'
            % (E(art["title"]), rng.randint(40, 300), body, rng.randint(30000, 99999), share_tools(),
               related(rng, "Các thông báo khác", 8, datefmt_paren, exclude=("Thông báo lịch tiếp công dân định kỳ tháng 12/2026",))))
    def side(pids):
        return (portlet(pids[2], "Văn bản chỉ đạo điều hành", sidebar_docs(rng, 6)) +
                portlet(pids[4], "Tin mới", related(rng, "Tin mới", 6, datefmt_slash, cls="tin-moi")) +
                portlet(pids[3], "Thống kê truy cập", '<ul class="counter">%s</ul>' % counter_block(rng)))
    return liferay7_shell(rng, site, art["title"], main, side, "Chủ nhật, 22/11/2026", heavy=1)

# ---------------------------------------------------------------- Liferay 6.2 (b14, entities)

def page_b14(art, rng):
    E = E_entities
    host = "stp.vinhlong.gov.vn"
    inst = "Tq4mJxR2Lh8v"
    pid = "101_INSTANCE_" + inst
    plid = rng.randint(100000, 999999)
    others = ["56_INSTANCE_" + rid(rng) for _ in range(12)] + ["73_INSTANCE_" + rid(rng) for _ in range(3)] + ["3", "86", "145"]
    body = render_blocks(art, E, rng, img=img_center_em, h='<p><strong>%s</strong></p>', imgbase="/documents/10180/%d" % rng.randint(100000, 999999))
    content = ('<div class="news-detail-vnpt">'
               '<div class="news-date">Ngày đăng: 10/11/2026 10:12:45</div>'
               '<div class="news-sapo"><p><strong>%s</strong></p></div>'
               '<div class="news-content">\n%s\n</div>'
               '<div class="author" style="text-align:right;font-weight:bold">%s</div>'
               '</div>' % (E(art["lead"]), body, E(art["byline"][0])))
    asset = ('<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_%s_">'
             '<span id="p_%s"></span><div class="portlet-body"><div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="https://%s/web/sotuphap/tin-tuc" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
             '<h3 class="header-title"><span>%s</span></h3></div>'
             '<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-content" id="_%s_%d"><div class="journal-content-article">%s</div></div>'
             '<div class="asset-ratings">%s</div>%s</div>'
             '<div class="asset-links"><h4>Tin liên quan</h4>%s</div></div></div>'
             % (pid, pid, host, E(art["title"]), pid, rng.randint(100000, 999999), content, rating_box(rng), share_tools(),
                related(rng, "Các tin khác", 12, lambda d: d.strftime("%d/%m/%Y"))))
    def p56(title, inner):
        p = others.pop(0)
        return ('<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_%s_"><span id="p_%s"></span>'
                '<section class="portlet" id="portlet_%s"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">%s</span></h1></header>'
                '<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">%s</div></div></div></section></div>' % (p, p, p, esc(title), inner))
    menu_html = mega_menu(rng, "https://%s/web/sotuphap" % host, extra=4)
    t = rng.randint(1500000000000, 1700000000000)
    html_out = ['<!DOCTYPE html>', '<html class="aui ltr" dir="ltr" lang="vi-VN">', '<head>',
                '<title>%s - Sở Tư pháp tỉnh Vĩnh Long</title>' % E(art["title"]),
                '<meta content="initial-scale=1.0, width=device-width" name="viewport" />',
                '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />',
                '<link href="https://%s/vinhlong-theme/images/favicon.ico" rel="Shortcut Icon" />' % host,
                '<link href="https://%s/html/css/main.css?browserId=other&amp;themeId=vinhlongtheme_WAR_vinhlongtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=%d" rel="stylesheet" type="text/css" />' % (host, t),
                '<script src="https://%s/html/js/barebone.jsp?browserId=other&amp;themeId=vinhlongtheme_WAR_vinhlongtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=%d" type="text/javascript"></script>' % (host, t),
                '<script type="text/javascript">//<![CDATA[\n%s\n//]]></script>' % liferay_themedisplay(rng, host, rng.randint(10000, 99999), plid, v7=False),
                '<style type="text/css">\n%s\n</style>' % css(rng, 380, "vl"),
                '</head>',
                '<body class=" yui3-skin-sam controls-visible signed-out public-page site">',
                '<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>',
                '<div class="container-fluid" id="wrapper">',
                '<header id="banner" role="banner"><div class="header-top"><span class="ngay-hien-tai">%s</span>'
                '<span class="hotline">Đường dây nóng: 0270 3822 118</span></div>'
                '<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="https://%s/web/sotuphap" title="Đi đến Sở Tư pháp tỉnh Vĩnh Long">'
                '<img alt="Sở Tư pháp tỉnh Vĩnh Long" height="120" src="/image/company_logo?img_id=%d&amp;t=%d" width="1170" /></a></h1></div>'
                '<div class="navbar" id="navigation"><div class="navbar-inner">%s</div></div></header>' % ("Chủ nhật, 22/11/2026", host, rng.randint(10000, 99999), t, menu_html),
                '<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">',
                '<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">',
                '<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/sotuphap">Trang chủ</a><span class="divider">/</span></li><li><a href="/web/sotuphap/tin-tuc">Tin tức - Sự kiện</a><span class="divider">/</span></li><li class="active last">Tin hoạt động</li></ul>',
                asset, '</div></div>',
                '<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">',
                p56("Thông báo", related(rng, "Thông báo", 6, datefmt_slash, cls="thong-bao")),
                p56("Văn bản mới", sidebar_docs(rng, 12)),
                p56("Hỏi đáp pháp luật", related(rng, "Hỏi đáp", 8, datefmt_slash, cls="hoi-dap")),
                p56("Tin đọc nhiều", related(rng, "Đọc nhiều", 8, datefmt_slash, cls="doc-nhieu")),
                p56("Dịch vụ công", '<ul class="dvc"><li><a href="https://dichvucong.vinhlong.gov.vn">Dịch vụ công trực tuyến</a></li><li><a href="/web/sotuphap/tra-cuu-ho-so">Tra cứu hồ sơ</a></li><li><a href="/web/sotuphap/ly-lich-tu-phap">Cấp phiếu lý lịch tư pháp trực tuyến</a></li></ul>'),
                p56("Liên kết", link_select(rng)),
                p56("Thống kê truy cập", '<ul class="counter">%s</ul>' % counter_block(rng)),
                '</div></div></div></div></div>',
                footer("SỞ TƯ PHÁP TỈNH VĨNH LONG", "Số 107/2 đường Trưng Nữ Vương, phường Thanh Đức, tỉnh Vĩnh Long", "0270 3822 118",
                       "sotuphap@vinhlong.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Tư pháp. Giấy phép số 09/GP-TTĐT ngày 24/10/2025.",
                       bigfoot_links(rng, 12)),
                '</div>',
                '<script type="text/javascript">//<![CDATA[\nAUI().use("aui-base","liferay-form","liferay-menu","liferay-notice","liferay-poller","liferay-session",function(A){(function(){%s})();'
                'Liferay.Session=new Liferay.SessionBase({autoExtend:true,sessionLength:30,redirectOnExpire:false,redirectUrl:"https\\x3a\\x2f\\x2f%s\\x2fweb\\x2fsotuphap",warningLength:1});});\n//]]></script>'
                % ("".join(liferay_onload(rng, p, plid) for p in [pid] + ["56_INSTANCE_" + rid(rng) for _ in range(20)]), host),
                '<script type="text/javascript">%s</script>' % js_blob(rng, 420, "vl.theme"),
                '<script>%s</script>' % ga(rng),
                '</body>', '</html>']
    return "\n".join(html_out)

# ---------------------------------------------------------------- SharePoint (Tân Dân, /Trang/)

def sp_time(h, m):
    ap = "SA" if h < 12 else "CH"
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, ap)

def rand_sp_dt(rng):
    d = rand_date(rng)
    return "%s %s" % (d.strftime("%d/%m/%Y"), sp_time(rng.randint(7, 17), rng.randint(0, 59)))

def tandan_shell(rng, site, title_tag, main, side, crawl_str, vs_bytes, heavy):
    menu_html = mega_menu(rng, "https://%s" % site["host"], extra=heavy)
    head = ['<!DOCTYPE html>', '<html dir="ltr" lang="vi-VN">', '<head>',
            '<meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />',
            '<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />',
            '<title>\n\t%s\n</title>' % esc(title_tag),
            '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2ooFzWvG6vXLqe3KTLWrUQ%%3D%%3DTAG%d"/>' % rng.randint(100, 999),
            '<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/portal.css?v=%d"/>' % rng.randint(1000, 9999),
            '<script type="text/javascript" src="/_layouts/15/init.js?rev=pGnOz7zKhuNA3b3Pnt8XFA%3D%3DTAG580"></script>',
            '<script type="text/javascript" src="/ScriptResource.axd?d=%s&amp;t=%x"></script>' % (rid(rng, 86), rng.getrandbits(40)),
            '<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3DTAG580"></script>',
            '<style type="text/css">%s</style>' % css(rng, 60 * heavy, "td"),
            '</head>']
    body = ['<body onhashchange="if (typeof(_spBodyOnHashChange) != \'undefined\') _spBodyOnHashChange();">',
            '<form method="post" action="./chi-tiet-tin.aspx?ItemID=%d" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">' % rng.randint(10000, 99999),
            '<div class="aspNetHidden">', aspnet_hidden(rng, vs_bytes, [("MSOWebPartPage_PostbackSource", ""), ("MSOTlPn_SelectedWpId", ""), ("MSOTlPn_View", "0"),
                                                             ("MSOTlPn_ShowSettings", "False"), ("MSOGallery_SelectedLibrary", ""), ("MSOSPWebPartManager_DisplayModeName", "Browse"),
                                                             ("__REQUESTDIGEST", "0x%s,22 Nov 2026 01:%02d:%02d -0000" % ("".join(rng.choice("0123456789ABCDEF") for _ in range(128)), rng.randint(0, 59), rng.randint(0, 59)))]),
            '</div>',
            sp_scripts(rng, "/", site["name"]),
            '<div id="s4-workspace"><div id="s4-bodyContainer">',
            '<div class="td-header"><div class="td-topbar"><span class="td-ngay">%s</span><span class="td-lienket"><a href="/Pages/so-do-site.aspx">Sơ đồ cổng</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/en">English</a></span></div>'
            '<div class="td-banner"><img src="/PublishingImages/banner.png" alt="%s" /><div class="td-tencong">%s</div></div>'
            '<div class="td-menu">%s</div></div>' % (esc(crawl_str), attr(site["name"]), esc(site["name"]), menu_html),
            '<div class="td-timkiem"><input type="text" id="txtKeyword" placeholder="Tìm kiếm..." /><a href="javascript:void(0)" onclick="TimKiem()">Tìm</a></div>',
            '<div id="contentRow"><div class="ms-webpart-zone ms-fullWidth"><div class="row">',
            '<div class="col-md-9"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
            '<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div WebPartID="%s" HasPers="false" id="WebPartWPQ3" width="100%%" class="ms-WPBody noindex" allowDelete="false" style="">%s</div></div></div></div>'
            % ("%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48)), main),
            '<div class="col-md-3">%s</div>' % side,
            '</div></div></div>',
            footer(site["name"], site["addr"], site["phone"], site["email"], site["licence"], bigfoot_links(rng, 2 * heavy)),
            '</div></div>',
            '<script type="text/javascript">//<![CDATA[\nvar _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;'
            'function WebForm_OnSubmit(){UpdateFormDigest(\'\\u002f\', 1440000);return true;}'
            'ExecuteOrDelayUntilScriptLoaded(function(){var initInfo={listBaseType:null,viewId:null,listTemplateType:null};},"init.js");'
            'Sys.Application.add_init(function(){$create(SP.UI.Notify,null,null,null,$get("notificationArea"));});\n//]]></script>',
            '<script type="text/javascript">%s</script>' % js_blob(rng, 60 * heavy, "tandan.portal"),
            '</form>', '</body>', '</html>']
    return "\n".join(head + body)

def page_b02(art, rng):
    E = E_utf8
    site = dict(host="quangtri.gov.vn", name="Cổng Thông tin điện tử tỉnh Quảng Trị", addr="Số 45 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị",
                phone="0232 3822 577", email="congttdt@quangtri.gov.vn",
                licence="Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị. Giấy phép số 41/GP-TTĐT ngày 02/10/2025.")
    body = render_blocks(art, E, rng, p="<p>%s</p>", img=img_center_em, h="<p><strong>%s</strong></p>", imgbase="/PublishingImages/tin-tuc")
    main = ('<div class="tdct-chitiet">'
            '<div class="tdct-duongdan"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a> &gt; <a href="/tin-tuc/chinh-quyen">Hoạt động của chính quyền</a></div>'
            '<div class="tdct-ngay">10/09/2026 3:40 CH</div>'
            '<h1 class="tdct-tieude">%s</h1>'
            '<div class="tdct-sapo"><p>%s</p></div>'
            '<div class="tdct-noidung">\n%s\n<p style="text-align: right;"><strong>%s</strong></p>\n</div>'
            '%s'
            '<div class="tdct-tinkhac"><h3>Các tin khác</h3><ul>%s</ul></div>'
            '</div>' % (E(art["title"]), E(art["lead"]), body, E(art["byline"][0]), share_tools(),
                        "".join('<li><a href="/chi-tiet-tin?/%s/%d">%s</a> <span>(%s)</span></li>' % (slug(h), rng.randint(30000, 41000), esc(h), rand_sp_dt(rng))
                                for h in rng.sample(HEADLINES, 12))))
    side = (related(rng, "Tin nổi bật", 8, datefmt_slash, cls="td-noibat") + sidebar_docs(rng, 10, "Văn bản chỉ đạo điều hành") +
            '<div class="td-box"><h3>Liên kết</h3>%s</div>' % link_select(rng) +
            '<div class="td-box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng))
    return tandan_shell(rng, site, art["title"], main, side, "Chủ Nhật, ngày 22/11/2026", 52000, heavy=3)

def page_b15(art, rng):
    E = E_utf8
    site = dict(host="camxuyen.hatinh.gov.vn", name="Trang thông tin điện tử xã Cẩm Xuyên", addr="Thôn Trung Hà, xã Cẩm Xuyên, tỉnh Hà Tĩnh",
                phone="0239 3861 205", email="camxuyen@hatinh.gov.vn",
                licence="Cơ quan chủ quản: Ủy ban nhân dân xã Cẩm Xuyên. Chịu trách nhiệm nội dung: Chủ tịch UBND xã.")
    body = render_blocks(art, E, rng, p='<p style="text-align: justify;">%s</p>', img=img_center_em, imgbase="/xa/camxuyen/PublishingImages")
    main = ('<div class="tdct-chitiet">'
            '<h1 class="tdct-tieude">%s</h1>'
            '<div class="tdct-ngay">22/10/2026 9:05 SA</div>'
            '<div class="tdct-sapo"><strong>%s</strong></div>'
            '<div class="tdct-noidung">\n%s\n<p style="text-align: right;"><strong>%s</strong></p>\n</div>'
            '<div class="tdct-tinkhac"><h3>Tin khác</h3><ul>%s</ul></div>'
            '</div>' % (E(art["title"]), E(art["lead"]), body, E(art["byline"][0]),
                        "".join('<li><a href="/tin-tuc/%s-%d">%s</a> <span>%s</span></li>' % (slug(h), rng.randint(1000, 1737), esc(h), rand_sp_dt(rng))
                                for h in rng.sample(HEADLINES, 6))))
    side = (sidebar_docs(rng, 5, "Văn bản của xã") + '<div class="td-box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng))
    return tandan_shell(rng, site, art["title"], main, side, "Chủ Nhật, ngày 22/11/2026", 9000, heavy=1)

def page_b03(art, rng):
    E = E_utf8
    host = "svhttdl.tuyenquang.gov.vn"
    body = render_blocks(art, E, rng, p='<div style="text-align: justify;">%s</div>', img=img_center_em, h='<div><strong>%s</strong></div>',
                         imgbase="/Trang/HinhAnh")
    main = ('<div class="breadcrumb"><a href="/Trang/Default.aspx">Trang chủ</a> » <a href="/Trang/TinTuc.aspx">Tin tức</a> » <span>Văn hóa - Du lịch</span></div>'
            '<div class="news-detail ms-rtestate-field">'
            '<h1 class="news-title">%s</h1>'
            '<div class="news-date">Ngày đăng: 15/08/2026 08:15</div>'
            '<div class="news-sapo"><b>%s</b></div>'
            '<div class="news-body">\n%s\n<p style="text-align: right;"><b>%s</b></p>\n</div>'
            '<div class="news-tools"><a href="javascript:window.print();">In trang</a> | <a href="#" onclick="history.back();return false;">Quay lại</a></div>'
            '%s</div>' % (E(art["title"]), E(art["lead"]), body, E(art["byline"][0]),
                          related(rng, "Các tin đã đưa", 10, lambda d: "(%s)" % d.strftime("%d/%m/%Y"))))
    menu_html = mega_menu(rng, "https://%s/Trang" % host, extra=1)
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
           '<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office">', '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="GENERATOR" content="Microsoft SharePoint" />',
           '<title>\r\n\t%s\r\n</title>' % E(art["title"]),
           '<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=p63%2BuzTeSJc22nVGNZ5zwg%3D%3D"/>',
           '<link rel="stylesheet" type="text/css" href="/Trang/Style%20Library/css/svh.css"/>',
           '<script type="text/javascript">var _fV4UI = true;</script>',
           '<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>',
           '<style type="text/css">%s</style>' % css(rng, 140, "svh"),
           '</head>', '<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != \'undefined\') _spBodyOnLoadWrapper();" class="v4master">',
           '<form name="aspnetForm" method="post" action="ChiTietTinTuc.aspx?nid=2741" id="aspnetForm">',
           '<div>', aspnet_hidden(rng, 14000, [("MSOWebPartPage_PostbackSource", ""), ("MSOSPWebPartManager_DisplayModeName", "Browse")]), '</div>',
           sp_scripts(rng, "/Trang", "Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang"),
           '<div id="s4-workspace"><div id="s4-bodyContainer">',
           '<div class="header"><div class="header-date">Hôm nay: Chủ nhật, ngày 22 tháng 11 năm 2026</div>'
           '<div class="header-logo"><a href="/Trang/Default.aspx"><img src="/Trang/HinhAnh/logo-svh.png" alt="logo" /></a><span class="header-name">SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TUYÊN QUANG</span></div></div>',
           '<div class="menu">%s</div>' % menu_html,
           '<table class="layout" width="100%" cellpadding="0" cellspacing="0"><tr>',
           '<td class="col-left" valign="top" width="240">%s%s</td>' % (related(rng, "Danh mục", 8, datefmt_slash, cls="danh-muc"),
                                                                     '<div class="box"><h3>Du lịch Tuyên Quang</h3><ul><li><a href="/Trang/DiemDen.aspx">Điểm đến</a></li><li><a href="/Trang/LeHoi.aspx">Lễ hội</a></li><li><a href="/Trang/AmThuc.aspx">Ẩm thực</a></li></ul></div>'),
           '<td class="col-main" valign="top"><div class="ms-webpart-zone"><div id="WebPartWPQ2" class="ms-WPBody">%s</div></div></td>' % main,
           '<td class="col-right" valign="top" width="260">%s%s</td>' % (sidebar_docs(rng, 8), '<div class="box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng)),
           '</tr></table>',
           footer("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TUYÊN QUANG", "Số 8, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", "0207 3822 445",
                  "svhttdl@tuyenquang.gov.vn", "Chịu trách nhiệm chính: Giám đốc Sở Văn hóa, Thể thao và Du lịch."),
           '</div></div>',
           '<script type="text/javascript">%s</script>' % js_blob(rng, 70, "svh.ui"),
           '</form></body></html>']
    return "\n".join(out)

# ---------------------------------------------------------------- Viettel, FPT, CMC portals

def generic_head(title, css_text, extra=""):
    return ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s<style>%s</style>\n</head>' % (esc(title), extra, css_text))

def page_b04(art, rng):
    E = E_utf8
    host = "minhhop.nghean.gov.vn"
    body = render_blocks(art, E, rng, p='<p style="text-align:justify">%s</p>', img=img_center_em, imgbase="/uploads/minhhop/news")
    d = dt.date(2026, 11, 9)
    main = ('<div class="portlet-content"><div class="tinchitiet">'
            '<div class="path"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> / <a href="/tin-tuc-su-kien/tin-dia-phuong">Tin địa phương</a></div>'
            '<h1 class="title">%s</h1>'
            '<div class="info"><span class="publishdate">%s, %s - 08:15</span> | <span class="poster">Người đăng: bientap</span> | <span class="viewcount">Lượt xem: 86</span></div>'
            '<div class="noidung">\n%s\n<p style="text-align:right"><em><strong>%s</strong></em></p>\n</div>'
            '%s%s</div></div>'
            % (E(art["title"]), wd(d), d.strftime("%d/%m/%Y"), body, E(art["byline"][0]), share_tools(),
               related(rng, "Tin cùng chuyên mục", 8, lambda x: "- %s" % x.strftime("%d/%m/%Y"))))
    out = [generic_head(art["title"] + " - Cổng thông tin điện tử xã Minh Hợp", css(rng, 160, "vt"),
                        '<link rel="stylesheet" href="/Portal/Themes/Default/css/style.css?v=3.2.%d">\n<script src="/Portal/Scripts/jquery-3.6.0.min.js"></script>\n' % rng.randint(1, 99)),
           '<body class="vt-portal">',
           '<div class="header"><div class="topbar"><span class="date">Chủ nhật, 22-11-2026</span><a href="/dang-nhap">Đăng nhập</a></div>'
           '<div class="banner"><img src="/uploads/minhhop/banner.jpg" alt="banner"><div class="name"><p>ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN</p><p class="big">XÃ MINH HỢP - TỈNH NGHỆ AN</p></div></div>'
           '<div class="mainmenu">%s</div></div>' % mega_menu(rng, "https://" + host, extra=1),
           '<div class="container"><div class="row"><div class="col-md-8">%s</div><div class="col-md-4">%s%s%s%s</div></div></div>' % (
               main, sidebar_docs(rng, 6, "Văn bản chỉ đạo"), related(rng, "Tin xem nhiều", 6, datefmt_slash, cls="xem-nhieu"),
               '<div class="box"><h3>Liên kết website</h3>%s</div>' % link_select(rng), '<div class="box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng)),
           footer("Cổng thông tin điện tử xã Minh Hợp", "Xóm Trung Tâm, xã Minh Hợp, tỉnh Nghệ An", "0238 3881 204", "minhhop@nghean.gov.vn",
                  "Cơ quan chủ quản: Ủy ban nhân dân xã Minh Hợp. Người chịu trách nhiệm: Chủ tịch UBND xã. Thiết kế bởi Viettel Nghệ An."),
           '<script>%s</script>' % js_blob(rng, 80, "viettel.portal"), '<script>%s</script>' % ga(rng), '</body>\n</html>']
    return "\n".join(out)

def page_b05(art, rng):
    E = E_utf8
    host = "tuyengiaodanvan.gialai.org.vn"
    body = render_blocks(art, E, rng, p='<p style="text-align:justify">%s</p>', h='<h2 class="sub-title">%s</h2>',
                         q='<blockquote class="quote"><p style="text-align:center"><em>%s</em></p></blockquote>', img=img_center_em)
    byline = '<p style="text-align:right"><strong>%s</strong><br /><em>%s</em></p>' % (E(art["byline"][0]), E(art["byline"][1]))
    main = ('<div class="ArticleDetail">'
            '<div class="ArticleCategory"><a href="/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></div>'
            '<h1 class="ArticleTitle">%s</h1>'
            '<div class="ArticleMeta">Ngày đăng: 25/09/2026 - 09:40 | Lượt xem: 1.204</div>'
            '<div class="ArticleLead"><em>%s</em></div>'
            '<div class="ArticleContent">\n%s\n%s\n</div>'
            '<div class="ArticleTools">%s</div>'
            '<div class="ArticleTags">Từ khóa: <a href="/tag/nguoi-co-uy-tin">người có uy tín</a>, <a href="/tag/dan-toc-thieu-so">dân tộc thiểu số</a>, <a href="/tag/dan-van">dân vận</a></div>'
            '%s</div>' % (E(art["title"]), E(art["lead"]), body, byline, share_tools(),
                          related(rng, "Bài viết khác", 10, datefmt_paren, cls="OtherArticles")))
    out = [generic_head(art["title"], css(rng, 170, "fpt"),
                        '<meta name="author" content="Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai">\n<link rel="stylesheet" href="/Content/fptportal/site.min.css?v=%d">\n' % rng.randint(100, 999)),
           '<body>',
           '<div id="header"><div class="top-line"><span class="today">CN, 22/11/2026</span> <a href="/rss">RSS</a> <a href="/sitemap">Sơ đồ trang</a></div>'
           '<div class="logo-line"><a href="/"><img src="/Content/images/logo-btgdv.png" alt="logo"></a><div class="org"><span>ĐẢNG BỘ TỈNH GIA LAI</span><strong>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY</strong></div></div>'
           '<nav class="main-nav">%s</nav></div>' % mega_menu(rng, "https://" + host, extra=1),
           '<div class="marquee"><marquee scrollamount="3">Nhiệt liệt chào mừng kỷ niệm 96 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2026)!</marquee></div>',
           '<div class="container main"><div class="col-main">%s</div><div class="col-side">%s%s%s</div></div>' % (
               main, related(rng, "Tin tiêu điểm", 6, datefmt_slash, cls="tieu-diem"), sidebar_docs(rng, 6, "Văn bản của Đảng"),
               '<div class="box"><h3>Thống kê</h3><ul>%s</ul></div>' % counter_block(rng)),
           footer("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Số 2 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai", "0269 3824 512", "btgdv@gialai.org.vn",
                  "Chịu trách nhiệm: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Giấy phép số 27/GP-TTĐT. Phát triển bởi FPT IS."),
           '<script src="/Scripts/fptportal.bundle.js?v=%d"></script><script>%s</script>' % (rng.randint(100, 999), js_blob(rng, 70, "fpt.portal")),
           '</body>\n</html>']
    return "\n".join(out)

def page_b06(art, rng):
    E = E_utf8
    host = "soyte.dongnai.gov.vn"
    body = render_blocks(art, E, rng, p="<p>%s</p>", h="<h3><strong>%s</strong></h3>", table=table_plain)
    main = ('<div class="news-content-wrap">'
            '<ul class="breadcrumbs"><li><a href="/vi">Trang chủ</a></li><li><a href="/vi/news/phong-chong-dich-benh">Phòng chống dịch bệnh</a></li></ul>'
            '<article class="news-content"><h1 class="news-title">%s</h1>'
            '<div class="news-time"><i class="far fa-clock"></i> Ngày xuất bản: 20/10/2026 - 14:05</div>'
            '<div class="news-desc"><p><strong>%s</strong></p></div>'
            '<div class="news-body">\n%s\n<p style="text-align:right"><strong>%s</strong></p>\n</div>'
            '</article>%s%s%s</div>'
            % (E(art["title"]), E(art["lead"]), body, E(art["byline"][0]), share_tools(), rating_box(rng),
               related(rng, "Tin cùng chuyên mục", 8, datefmt_paren)))
    out = [generic_head(art["title"] + " | Sở Y tế tỉnh Đồng Nai", css(rng, 150, "cmc"),
                        '<link rel="stylesheet" href="/themes/cmc-portal/css/main.css?v=%d">\n<script src="/themes/cmc-portal/js/vendor.min.js"></script>\n' % rng.randint(100, 999)),
           '<body class="page-news-detail">',
           '<header class="site-header"><div class="topbar"><span class="date-now">Chủ nhật, ngày 22 tháng 11 năm 2026</span>'
           '<span class="hotline">Đường dây nóng ngành Y tế: 1900 9065</span></div>'
           '<div class="brand"><a href="/vi"><img src="/themes/cmc-portal/images/logo-syt.png" alt="Sở Y tế Đồng Nai"></a><div><p>ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI</p><h2>SỞ Y TẾ</h2></div></div>'
           '<nav>%s</nav></header>' % mega_menu(rng, "https://%s/vi" % host, extra=1),
           '<main class="container"><div class="row"><div class="col-lg-8">%s</div><aside class="col-lg-4">%s%s%s</aside></div></main>' % (
               main, related(rng, "Thông báo", 6, datefmt_slash, cls="thong-bao"), sidebar_docs(rng, 6),
               '<div class="box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng)),
           footer("SỞ Y TẾ TỈNH ĐỒNG NAI", "Số 2 Phan Đình Phùng, phường Trấn Biên, tỉnh Đồng Nai", "0251 3842 350", "syt@dongnai.gov.vn",
                  "Chịu trách nhiệm chính: Giám đốc Sở Y tế. Thiết kế và phát triển: CMC Telecom."),
           '<script>%s</script><script>%s</script>' % (js_blob(rng, 60, "cmc.portal"), ga(rng)), '</body>\n</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- DNN / EasyDNNnews

def dnn_shell(rng, title, site, main, side, crawl_str, vs_bytes, heavy, tabid):
    menu_html = mega_menu(rng, "https://" + site["host"], extra=heavy)
    dnnvars = json.dumps({"__scdoff": "1", "cc_morelink": "", "cc_message": "Website sử dụng cookie để cải thiện trải nghiệm.", "cc_dismiss": "Đồng ý",
                          "cc_link": "/chinh-sach", "sf_siteRoot": "/", "sf_tabId": str(tabid)}, ensure_ascii=False)
    out = ['<!DOCTYPE html>', '<html lang="vi-VN">', '<head id="Head">',
           '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />',
           '<title>\n\t%s\n</title>' % esc(title),
           '<meta id="MetaDescription" name="DESCRIPTION" content="%s" />' % attr(title),
           '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />',
           '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%d" type="text/css" rel="stylesheet"/>' % rng.randint(100, 999),
           '<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=%d" type="text/css" rel="stylesheet"/>' % rng.randint(100, 999),
           '<link href="/Portals/_default/skins/hlhpn/skin.css?cdv=%d" type="text/css" rel="stylesheet"/>' % rng.randint(100, 999),
           '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script>' % rng.randint(100, 999),
           '<style>%s</style>' % css(rng, 90 * heavy, "dnn"),
           '</head>', '<body id="Body">',
           '<form method="post" action="/tin-tuc/ArticleID/3376/trao-von-vay-uu-dai" id="Form" enctype="multipart/form-data">',
           '<div class="aspNetHidden">', aspnet_hidden(rng, vs_bytes, [("__dnnVariable", attr(dnnvars)), ("ScrollTop", "")]), '</div>',
           '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'Form\'];if (!theForm) {theForm = document.Form;}'
           'function __doPostBack(eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != false)) {theForm.__EVENTTARGET.value = eventTarget;'
           'theForm.__EVENTARGUMENT.value = eventArgument;theForm.submit();}}\n//]]>\n</script>',
           '<script src="/WebResource.axd?d=%s&amp;t=%d" type="text/javascript"></script>' % (rid(rng, 80), rng.randint(10 ** 17, 10 ** 18)),
           '<script src="/ScriptResource.axd?d=%s&amp;t=%x" type="text/javascript"></script>' % (rid(rng, 120), rng.getrandbits(40)),
           '<div id="siteWrapper">',
           '<div class="header"><div class="header-top"><span class="today">%s</span> <a id="dnn_dnnLOGIN_loginLink" href="/Login?returnurl=%%2f">Đăng nhập</a></div>' % esc(crawl_str),
           '<div class="header-logo"><a id="dnn_dnnLOGO_hypLogo" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-hlhpn.png" alt="%s" /></a></div>' % attr(site["name"]),
           '<div id="dnn_pnav" class="dnnmega">%s</div></div>' % menu_html,
           '<div class="content container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 DNNEmptyPane_false">',
           '<div class="DnnModule DnnModule-EasyDNNnews DnnModule-%d"><a name="%d"></a><div id="dnn_ctr%d_ContentPane"><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">%s</div></div></div>'
           % (rng.randint(400, 999), rng.randint(400, 999), rng.randint(400, 999), rng.randint(400, 999), main),
           '</div><div id="dnn_RightPane" class="col-md-4">%s</div></div></div>' % side,
           footer(site["name"], site["addr"], site["phone"], site["email"], site["licence"], bigfoot_links(rng, 3 * heavy)),
           '</div>',
           '<script type="text/javascript">%s</script>' % js_blob(rng, 70 * heavy, "eds.news"),
           '<script type="text/javascript">\n//<![CDATA[\nSys.Application.add_init(function() {$create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":null,"displayAfter":500,"dynamicLayout":true}, null, null, $get("dnn_ctr%d_dnnUPDATEPROGRESS"));});\n//]]>\n</script>' % rng.randint(400, 999),
           '</form>', '</body>', '</html>']
    return "\n".join(out)

def page_b07(art, rng):
    E = E_utf8
    site = dict(host="hoiphunu.hungyen.gov.vn", name="Hội Liên hiệp Phụ nữ tỉnh Hưng Yên", addr="Số 12 đường Lê Lợi, phường Phố Hiến, tỉnh Hưng Yên",
                phone="0221 3862 415", email="hlhpn@hungyen.gov.vn", licence="Chịu trách nhiệm nội dung: Ban Tuyên giáo Hội LHPN tỉnh Hưng Yên.")
    body = render_blocks(art, E, rng, p="<p>%s</p>", img=img_center_em, h="<h3>%s</h3>", imgbase="/Portals/0/EasyDNNnews/3376")
    comments = [("Nguyễn Thị Lan", "03/11/2026 14:22", "Mô hình hỗ trợ vốn rất thiết thực, mong Hội tiếp tục nhân rộng ra các xã vùng xa."),
                ("Trần Văn Khoa", "04/11/2026 08:05", "Bánh cáy Kiến Xương ngon lắm, chúc chị Thu làm ăn phát đạt!"),
                ("Phạm Minh Hằng", "05/11/2026 20:41", "Cho tôi hỏi thủ tục đăng ký vay vốn khởi nghiệp ở xã thì liên hệ ai ạ?")]
    cm = "".join('<div class="edn_comment"><div class="edn_commentAuthor"><strong>%s</strong> <span class="edn_commentDate">%s</span></div><div class="edn_commentText"><p>%s</p></div></div>'
                 % (esc(n), esc(d), esc(t)) for n, d, t in comments)
    main = ('<div class="eds_news_module_%d news eds_subCollection_news eds_styleSwitchCriteria_module-%d eds_template_Details_Article_Default eds_templateGroup_articleDetails">'
            '<div class="edn_article edn_articleDetails">'
            '<h1 class="edn_articleTitle">%s</h1>'
            '<div class="edn_metaDetails"><time class="edn_articleDate">03/11/2026 10:30</time> <span class="edn_separator">|</span> '
            '<span class="edn_articleAuthor">Tác giả: <a href="/tin-tuc/author/37/vu-thi-hong-nhung">%s</a></span> <span class="edn_separator">|</span> '
            '<span class="edn_articleViews">Lượt xem: 412</span></div>'
            '<div class="edn_articleSummary"><p><strong>%s</strong></p></div>'
            '<div class="edn_articleContent">\n%s\n</div>'
            '<div class="edn_socialPrintWrapper">%s</div>'
            '<div class="edn_articleTags">Thẻ: <a href="/tin-tuc/tag/khoi-nghiep">khởi nghiệp</a> <a href="/tin-tuc/tag/von-vay">vốn vay</a></div>'
            '<div class="edn_articleComments"><h3>Bình luận (%d)</h3>%s%s</div>'
            '<div class="edn_relatedArticles">%s</div>'
            '</div></div>' % (rng.randint(400, 999), rng.randint(400, 999), E(art["title"]), E(art["byline"][0]), E(art["lead"]), body, share_tools(),
                             len(comments), cm, comment_form(), related(rng, "Tin liên quan", 6, datefmt_slash)))
    side = (related(rng, "Tin mới nhất", 10, datefmt_slash, cls="tin-moi") + related(rng, "Hoạt động các cấp Hội", 10, datefmt_slash, cls="hoat-dong") +
            sidebar_docs(rng, 8, "Văn bản Hội") + '<div class="box"><h3>Liên kết</h3>%s</div>' % link_select(rng) +
            '<div class="box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng))
    return dnn_shell(rng, art["title"], site, main, side, "22/11/2026", 56000, 3, 84)

# ---------------------------------------------------------------- WordPress

def page_b08(art, rng):
    E = E_utf8
    host = "khuyennong.daklak.gov.vn"
    body = render_blocks(art, E, rng, p="<p>%s</p>", h="<h3>%s</h3>", imgbase="https://%s/wp-content/uploads" % host,
                         img=lambda src, alt, cap: ('<figure class="wp-block-image size-large"><img decoding="async" src="%s" alt="" class="wp-image-%d"/>%s</figure>'
                                                    % (src, rng.randint(1000, 9999), "<figcaption class=\"wp-element-caption\">%s</figcaption>" % cap if cap else "")),
                         table=lambda rows, E: '<figure class="wp-block-table"><table><tbody>%s</tbody></table></figure>' % "".join(
                             "<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows))
    byline = "\n".join('<p class="has-text-align-right"><em>%s</em></p>' % E(b) for b in art["byline"])
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": art["url"] + "#article", "isPartOf": {"@id": art["url"]}, "author": {"name": "admin", "@id": "https://%s/#/schema/person/9f1c" % host},
         "headline": art["title"], "datePublished": "2026-09-18T01:30:12+00:00", "dateModified": "2026-09-18T02:04:51+00:00",
         "mainEntityOfPage": {"@id": art["url"]}, "wordCount": 612, "commentCount": 2, "publisher": {"@id": "https://%s/#organization" % host},
         "articleSection": ["Tin hoạt động"], "inLanguage": "vi"},
        {"@type": "Person", "@id": "https://%s/#/schema/person/9f1c" % host, "name": "admin", "url": "https://%s/author/admin/" % host}]}
    comments = [("Lê Văn Tám", "18/09/2026 lúc 10:14", "Cho hỏi trung tâm có hỗ trợ giống sầu riêng cho hộ mới tham gia không ạ?"),
                ("Hoàng Thị Ngọc", "19/09/2026 lúc 07:52", "Mô hình hay, mong được tham quan học hỏi.")]
    cm = "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">viết:</span></div>'
                 '<div class="comment-metadata"><time>%s</time></div></footer><div class="comment-content"><p>%s</p></div></article></li>' % (esc(n), esc(d), esc(t)) for n, d, t in comments)
    head = ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s &#8211; Trung tâm Khuyến nông tỉnh Đắk Lắk</title>\n'
            '<meta name="robots" content="index, follow, max-image-preview:large">\n<link rel="canonical" href="%s">\n'
            '<meta property="og:locale" content="vi_VN"><meta property="og:type" content="article"><meta property="og:title" content="%s">\n'
            '<meta name="author" content="admin">\n'
            '<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n'
            "<link rel='stylesheet' id='wp-block-library-css' href='https://%s/wp-includes/css/dist/block-library/style.min.css?ver=6.8.2' media='all'>\n"
            "<link rel='stylesheet' id='kn-style-css' href='https://%s/wp-content/themes/khuyennong/style.css?ver=2.4.%d' media='all'>\n"
            "<style id='global-styles-inline-css'>%s</style>\n"
            "<script src='https://%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n</head>"
            % (E(art["title"]), art["url"], attr(art["title"]), json.dumps(ld, ensure_ascii=False), host, host, rng.randint(1, 20), css(rng, 150, "wp"), host))
    menu_html = mega_menu(rng, "https://" + host, extra=1).replace("nav navbar-nav menu-main", "menu")
    out = [head, '<body class="post-template-default single single-post postid-2451 single-format-standard">',
           '<div id="page" class="site"><header id="masthead" class="site-header"><div class="top-bar"><span class="ngay">Chủ Nhật, 22/11/2026</span></div>'
           '<div class="site-branding"><p class="site-title"><a href="https://%s/" rel="home">Trung tâm Khuyến nông tỉnh Đắk Lắk</a></p><p class="site-description">Đồng hành cùng nhà nông</p></div>'
           '<nav id="site-navigation" class="main-navigation">%s</nav></header>' % (host, menu_html),
           '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
           '<article id="post-2451" class="post-2451 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-hoat-dong">',
           '<header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">Ngày đăng: <a href="%s" rel="bookmark">'
           '<time class="entry-date published updated" datetime="2026-09-18T08:30:12+07:00">18/09/2026</time></a></span>'
           ' <span class="byline"> Đăng bởi: <span class="author vcard"><a class="url fn n" href="https://%s/author/admin/">admin</a></span></span></div></header>'
           % (E(art["title"]), art["url"], host),
           '<div class="entry-content">\n%s\n%s\n</div>' % (body, byline),
           '<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/tin-hoat-dong/" rel="category tag">Tin hoạt động</a></span>'
           ' <span class="tags-links">Thẻ: <a href="/tag/sau-rieng/" rel="tag">sầu riêng</a>, <a href="/tag/huu-co/" rel="tag">hữu cơ</a></span></footer></article>',
           '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2026/09/15/tap-huan-ky-thuat-tai-canh-ca-phe/" rel="prev">Tập huấn kỹ thuật tái canh cà phê</a></div>'
           '<div class="nav-next"><a href="/2026/09/22/trien-khai-mo-hinh-nuoi-bo-vo-beo/" rel="next">Triển khai mô hình nuôi bò vỗ béo</a></div></div></nav>',
           '<div id="comments" class="comments-area"><h2 class="comments-title">2 bình luận</h2><ol class="comment-list">%s</ol>'
           '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
           '<form action="https://%s/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
           '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p></form></div></div>'
           % (cm, host),
           '</main></div>',
           '<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" method="get" class="search-form" action="https://%s/"><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" name="s"></form></section>'
           '<section class="widget widget_recent_entries">%s</section><section class="widget">%s</section></aside></div>'
           % (host, related(rng, "Bài viết mới", 8, datefmt_slash, cls="recent"), related(rng, "Thông tin thị trường", 6, datefmt_slash, cls="thi-truong")),
           '<footer id="colophon" class="site-footer"><div class="site-info"><p><strong>TRUNG TÂM KHUYẾN NÔNG TỈNH ĐẮK LẮK</strong></p><p>Địa chỉ: 47 Y Jút, phường Buôn Ma Thuột, tỉnh Đắk Lắk</p>'
           '<p>Điện thoại: 0262 3852 618 - Email: khuyennong@daklak.gov.vn</p></div></footer></div>',
           "<script src='https://%s/wp-content/themes/khuyennong/js/navigation.js?ver=2.4' id='kn-navigation-js'></script>" % host,
           "<script>%s</script>" % js_blob(rng, 40, "kn.theme"), '</body>\n</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- Joomla

def joomla_page(rng, art, E, host, sitename, crawl_str, info_html, body, tail, css_prefix, heavy=1):
    menu_html = mega_menu(rng, "https://%s/index.php" % host, extra=heavy)
    out = ['<!DOCTYPE html>', '<html lang="vi-vn" dir="ltr">', '<head>',
           '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<meta name="generator" content="Joomla! - Open Source Content Management">',
           '<title>%s</title>' % E(art["title"]),
           '<link href="/templates/%s/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">' % css_prefix,
           '<link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet">' % rid(rng, 32).lower(),
           '<link href="/templates/%s/css/template.css?%s" rel="stylesheet">' % (css_prefix, rid(rng, 32).lower()),
           '<script type="application/json" class="joomla-script-options new">{"csrf.token":"%s","system.paths":{"root":"","rootFull":"https:\\/\\/%s\\/","base":"","baseFull":"https:\\/\\/%s\\/"}}</script>' % (rid(rng, 32).lower(), host, host),
           '<script src="/media/system/js/core.min.js?%s"></script>' % rid(rng, 32).lower(),
           '<style>%s</style>' % css(rng, 120 * heavy, css_prefix), '</head>',
           '<body class="site com_content view-article no-layout no-task itemid-%d">' % rng.randint(100, 999),
           '<header class="header container-header full-width"><div class="container-topbar"><div class="moduletable"><span class="today">%s</span></div></div>'
           '<div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo.png" alt="%s"></a><div class="site-description">%s</div></div>'
           '<div class="container-nav">%s</div></header>' % (esc(crawl_str), attr(sitename), esc(sitename), menu_html),
           '<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb">'
           '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><span>Tin tức</span></li></ol></nav>',
           '<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">',
           '<div class="page-header"><h2 itemprop="headline">%s</h2></div>' % E(art["title"]),
           info_html,
           '<div itemprop="articleBody" class="com-content-article__body">\n%s\n</div>' % body,
           tail,
           '</div></main></div>',
           '<div class="grid-child container-sidebar-right">%s%s%s</div></div>' % (related(rng, "Tin mới", 8, datefmt_slash, cls="moduletable latestnews"),
                                                                               sidebar_docs(rng, 6, "Văn bản"),
                                                                               '<div class="moduletable"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng)),
           '<footer class="container-footer footer full-width"><div class="grid-child">%s</div></footer>' % bigfoot_links(rng, 2),
           '<script>%s</script>' % js_blob(rng, 40 * heavy, "joomla.tpl"), '</body>', '</html>']
    return "\n".join(out)

def page_b09(art, rng):
    E = E_utf8
    host = "hoinongdan.phutho.gov.vn"
    d = dt.date(2026, 10, 13)
    body = render_blocks(art, E, rng, p='<p style="text-align: justify;">%s</p>', img=img_center_em, imgbase="/images/tin-tuc")
    body += '\n<p style="text-align: right;"><strong>%s</strong></p>' % E(art["byline"][0])
    info = ('<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi <span itemprop="name">Quản trị viên</span></dd>'
            '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Chuyên mục: <a href="/index.php/nong-dan-lam-kinh-te-gioi" itemprop="genre">Nông dân làm kinh tế giỏi</a></dd>'
            '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2026-10-13T10:05:00+07:00" itemprop="datePublished">Ngày đăng: %s, 13 Tháng 10 2026 10:05</time></dd>'
            '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:318">Lượt xem: 318</dd></dl>' % wd(d))
    tail = ('<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/index.php/component/tags/tag/ca-long" class="btn btn-sm btn-info">cá lồng</a></li></ul>'
            '<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/nong-dan-lam-kinh-te-gioi/2213">Trước</a>'
            '<a class="btn btn-sm btn-secondary next" href="/index.php/nong-dan-lam-kinh-te-gioi/2215">Tiếp</a></span></nav>' +
            related(rng, "Các bài viết khác", 8, datefmt_paren, cls="items-more"))
    return joomla_page(rng, art, E, host, "Hội Nông dân tỉnh Phú Thọ", "Chủ nhật, 22 Tháng 11 2026", info, body, tail, "hnd", heavy=1)

def page_b18(art, rng):
    E = E_utf8
    host = "mattran.quangngai.gov.vn"
    body = render_blocks(art, E, rng, p="<p>%s</p>")
    body += '\n<p style="text-align: right;"><em>(Theo TTXVN)</em></p>'
    info = ('<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Super User</span></dd>'
            '<dd class="published"><time datetime="2026-10-17T14:02:19+07:00" itemprop="datePublished">Được đăng: 17/10/2026 14:02</time></dd>'
            '<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:95">Lượt xem: 95</dd></dl>')
    tail = related(rng, "Tin cùng chuyên mục", 6, datefmt_paren, cls="items-more")
    return joomla_page(rng, art, E, host, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "Chủ nhật, 22/11/2026", info, body, tail, "mttq", heavy=1)

# ---------------------------------------------------------------- NukeViet (b10, NFD text)

def page_b10(art, rng):
    E = E_nfd  # the article was typed with a decomposed-Unicode input method
    host = "sogddt.caobang.gov.vn"
    d = dt.date(2026, 11, 7)
    body = render_blocks(art, E, rng, p='<p style="text-align:justify;">%s</p>', h='<h3>%s</h3>', img=img_center_em, imgbase="/uploads/news/2026_11")
    main = ('<div class="news_column panel panel-default"><div class="panel-body">'
            '<h1 class="title margin-bottom-lg">%s</h1>'
            '<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s - %s 14:20</span></div></div>'
            '<div class="clearfix"><div class="hometext m-bottom"><strong>%s</strong></div></div>'
            '<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n%s\n</div>'
            '<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>%s</p>'
            '<p class="h5 text-right"><strong>Nguồn tin: </strong>Phòng Giáo dục Trung học</p></div>'
            '</div></div>'
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5 clearfix"><p class="pull-left"><span class="margin-right">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</span></p>'
            '<div class="pull-right"><a href="javascript:void(0);" class="btn btn-default" onclick="nv_open_browse(\'%s\');">Gửi bài viết qua email</a> <a class="btn btn-default" href="/print/1962">In bài viết</a></div></div></div></div>'
            '<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p>%s'
            '<p class="h3"><strong>Những tin cũ hơn</strong></p>%s</div></div>'
            % (E(art["title"]), wd(d, lower=True), d.strftime("%d/%m/%Y"), E(art["lead"]), body, E(art["byline"][0]), "/sendmail/1962",
               related(rng, "", 4, lambda x: "(%s)" % x.strftime("%d/%m/%Y"), cls="related"), related(rng, "", 8, lambda x: "(%s)" % x.strftime("%d/%m/%Y"), cls="related")))
    out = ['<!DOCTYPE html>', '<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">', '<head>',
           '<title>%s - Sở Giáo dục và Đào tạo tỉnh Cao Bằng</title>' % E(art["title"]),
           '<meta name="description" content="%s">' % attr(art["lead"][:150]),
           '<meta name="author" content="Sở Giáo dục và Đào tạo tỉnh Cao Bằng">',
           '<meta name="copyright" content="Sở Giáo dục và Đào tạo tỉnh Cao Bằng [webmaster@caobang.edu.vn]">',
           '<meta name="generator" content="NukeViet v4.5">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta property="og:type" content="article"><meta property="og:title" content="%s">' % attr(art["title"]),
           '<link rel="StyleSheet" href="/themes/default/css/font-awesome.min.css"><link rel="StyleSheet" href="/themes/egov/css/style.css"><link rel="StyleSheet" href="/themes/egov/css/news.css">',
           '<style>%s</style>' % css(rng, 150, "nv"),
           '<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Gq3Lm",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>',
           '<script src="/assets/js/jquery/jquery.min.js"></script>', '</head>', '<body>',
           '<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">'
           '<a title="Sở Giáo dục và Đào tạo tỉnh Cao Bằng" href="/"><img src="/uploads/logo-sgd.png" alt="Sở Giáo dục và Đào tạo tỉnh Cao Bằng"></a></div>'
           '<div class="col-xs-24 col-sm-24 col-md-16"><div class="current-time">Chủ nhật - 22/11/2026</div></div></div></div></header>',
           '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">%s</div></div></div></nav>' % mega_menu(rng, "https://" + host, extra=1),
           '<section><div class="container" id="body"><nav class="third-nav"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><em class="fa fa-lg fa-home">&nbsp;</em></a></li><li><a href="/news/"><span>Tin Tức</span></a></li><li><a href="/news/tin-tuc-su-kien/"><span>Tin tức - Sự kiện</span></a></li></ul></div></nav>',
           '<div class="row"><div class="col-sm-16 col-md-18">%s</div><div class="col-sm-8 col-md-6">%s%s%s</div></div></div></section>' % (
               main, related(rng, "Tin xem nhiều", 6, datefmt_slash, cls="panel"), sidebar_docs(rng, 6, "Văn bản mới"),
               '<div class="panel"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng, ("Đang truy cập", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập"))),
           footer("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG", "Số 01 Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng", "0206 3852 474", "sgddt@caobang.edu.vn",
                  "Chịu trách nhiệm nội dung: Giám đốc Sở Giáo dục và Đào tạo. Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Cao Bằng."),
           '</div></div>', '<script src="/themes/egov/js/main.js"></script><script>%s</script>' % js_blob(rng, 50, "nv.egov"), '</body>', '</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- Drupal (b11)

def page_b11(art, rng):
    E = E_utf8
    host = "ldld.ninhbinh.gov.vn"
    body = render_blocks(art, E, rng, p="<p>%s</p>", imgbase="/sites/default/files/2026-10",
                         img=lambda src, alt, cap: '<figure role="group" class="caption caption-img align-center"><img src="%s" alt="%s" data-entity-type="file" /><figcaption>%s</figcaption></figure>' % (src, alt, cap))
    body += "\n" + "\n".join('<p class="text-align-right"><strong>%s</strong></p>' % E(b) for b in art["byline"])
    out = ['<!DOCTYPE html>', '<html lang="vi" dir="ltr">', '<head>', '<meta charset="utf-8" />',
           '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />', '<meta name="MobileOptimized" content="width" />',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
           '<link rel="canonical" href="%s" />' % art["url"],
           '<meta property="og:site_name" content="Liên đoàn Lao động tỉnh Ninh Bình" /><meta property="og:type" content="article" />',
           '<meta property="og:title" content="%s" />' % attr(art["title"]),
           '<meta property="article:published_time" content="2026-10-28T07:45:31+07:00" />',
           '<meta property="article:modified_time" content="2026-10-29T16:02:10+07:00" />',
           '<title>%s | Liên đoàn Lao động tỉnh Ninh Bình</title>' % E(art["title"]),
           '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=vi&amp;theme=congdoan&amp;include=%s" />' % (rid(rng, 43), rid(rng, 60)),
           '<style>%s</style>' % css(rng, 130, "cd"),
           '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/4182","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{"uid":0,"permissionsHash":"%s"}}</script>' % rid(rng, 64).lower(),
           '</head>', '<body class="path-node page-node-type-article">',
           '<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>',
           '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">',
           '<header role="banner"><div class="region region-header-top"><div class="today">Chủ nhật, 22.11.2026</div></div>'
           '<div class="region region-header"><div id="block-congdoan-branding"><a href="/" rel="home"><img src="/themes/custom/congdoan/logo.svg" alt="Trang chủ" /></a><div class="site-name">LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH</div></div></div>'
           '<nav role="navigation" id="block-congdoan-main-menu">%s</nav></header>' % mega_menu(rng, "https://" + host, extra=1),
           '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">',
           '<div id="block-congdoan-breadcrumbs"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav></div>',
           '<article data-history-node-id="4182" class="node node--type-article node--promoted node--view-mode-full">',
           '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>' % E(art["title"]),
           '<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-10-28T00:45:31Z">28/10/2026 - 07:45</time></span></div>',
           '<div class="node__content"><div class="field field--name-field-sapo field--type-string-long"><p><strong>%s</strong></p></div>' % E(art["lead"]),
           '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n%s\n</div>' % body,
           '<div class="field field--name-field-tags"><div class="field__label">Thẻ</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/18">Chăm lo đoàn viên</a></div></div></div>',
           '</div></article>', share_tools(), related(rng, "Tin liên quan", 6, datefmt_slash, cls="views-element-container"),
           '</div><aside class="layout-sidebar-second" role="complementary">%s%s</aside></main>' % (related(rng, "Tin mới", 8, datefmt_slash, cls="block-views"),
                                                                                              '<div class="block"><h2>Thống kê truy cập</h2><ul>%s</ul></div>' % counter_block(rng)),
           footer("LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "Số 2 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình", "0229 3871 226", "ldld@ninhbinh.gov.vn",
                  "Chịu trách nhiệm: Chủ tịch Liên đoàn Lao động tỉnh."),
           '</div></div>', '<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script>%s</script>' % js_blob(rng, 40, "drupal.theme"),
           '</body>', '</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- custom PHP (b12, b17)

def page_b12(art, rng):
    E = E_utf8
    host = "tinhdoan.khanhhoa.gov.vn"
    body = render_blocks(art, E, rng, p='<p style="text-align:justify">%s</p>', img=img_center_em, strong="b", imgbase="/upload/images/tintuc")
    main = ('<div class="detail">'
            '<div class="detail-cate"><a href="/tin-tuc/phong-van">Phỏng vấn - Đối thoại</a></div>'
            '<h1 class="detail-title">%s</h1>'
            '<div class="detail-time">Đăng lúc: 16:12 | 06/11/2026 <span class="view">(%d lượt xem)</span></div>'
            '<div class="detail-sapo"><b>%s</b></div>'
            '<div class="detail-content">\n%s\n<p style="text-align:right"><b>%s</b></p>\n</div>'
            '%s%s</div>' % (E(art["title"]), rng.randint(200, 900), E(art["lead"]), body, E(art["byline"][0]), share_tools(),
                            related(rng, "Các tin khác", 8, lambda d: d.strftime("%d/%m/%Y"), cls="other-news")))
    out = [generic_head(art["title"] + " - Tỉnh đoàn Khánh Hòa", css(rng, 140, "td"),
                        '<link rel="stylesheet" href="/template/css/bootstrap.min.css"><link rel="stylesheet" href="/template/css/style.css?v=%d">\n' % rng.randint(10, 99)),
           '<body>',
           '<div class="top-header"><div class="container"><span class="date">Chủ nhật, 22/11/2026</span> <span class="slogan">Tuổi trẻ Khánh Hòa xung kích, sáng tạo, phát triển</span></div></div>',
           '<div class="header"><div class="container"><a href="/"><img src="/template/images/logo-doan.png" alt="Tỉnh đoàn Khánh Hòa"></a><span class="name">TỈNH ĐOÀN KHÁNH HÒA</span></div></div>',
           '<div class="menu-main"><div class="container">%s</div></div>' % mega_menu(rng, "https://" + host, extra=1),
           '<div class="container"><div class="row"><div class="col-md-8">%s</div><div class="col-md-4">%s%s%s</div></div></div>' % (
               main, related(rng, "Tin nổi bật", 6, datefmt_slash, cls="noi-bat"), sidebar_docs(rng, 6, "Văn bản Đoàn"),
               '<div class="box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng)),
           footer("TỈNH ĐOÀN KHÁNH HÒA", "Số 4 Lê Lợi, phường Nha Trang, tỉnh Khánh Hòa", "0258 3822 147", "tinhdoan@khanhhoa.gov.vn",
                  "Chịu trách nhiệm nội dung: Ban Tuyên giáo Tỉnh đoàn Khánh Hòa."),
           '<script src="/template/js/jquery.min.js"></script><script>%s</script>' % js_blob(rng, 40, "td.site"), '</body>\n</html>']
    return "\n".join(out)

def page_b17(art, rng):
    E = E_utf8
    host = "sokhcn.angiang.gov.vn"
    body = render_blocks(art, E, rng, p="<p>%s</p>", h="<p><b>%s</b></p>", img=img_center_em, strong="b", imgbase="/upload/tintuc")
    details = ('<table class="tbl-info" cellpadding="4" cellspacing="0" border="0">'
               '<tr><td class="lbl">Tác giả</td><td class="val">%s</td></tr>'
               '<tr><td class="lbl">Ngày đăng</td><td class="val">02/07/2026 15:48</td></tr>'
               '<tr><td class="lbl">Lượt xem</td><td class="val">%d</td></tr>'
               '<tr><td class="lbl">Chuyên mục</td><td class="val"><a href="/index.php?option=tintuc&amp;cat=4">Hoạt động khoa học và công nghệ</a></td></tr>'
               '</table>' % (E(art["byline"][0]), rng.randint(200, 800)))
    main = ('<div class="chitiet">'
            '<div class="chitiet-tieude"><h1>%s</h1></div>'
            '<div class="chitiet-tomtat"><p><b>%s</b></p></div>'
            '<div class="chitiet-noidung">\n%s\n</div>'
            '<div class="chitiet-thongtin">%s</div>'
            '<div class="chitiet-congcu"><a href="javascript:window.print()">In</a> | <a href="javascript:history.back()">Trở về</a></div>'
            '%s</div>' % (E(art["title"]), E(art["lead"]), body, details,
                          related(rng, "Tin đã đăng", 10, lambda d: "[%s]" % d.strftime("%d/%m/%Y"), cls="tin-da-dang")))
    out = [generic_head(art["title"], css(rng, 90, "kh"), '<link rel="stylesheet" href="/css/style.css">\n<script src="/js/jquery-1.12.4.min.js"></script>\n'),
           '<body>',
           '<div id="wrapper"><div id="header"><div class="hdr-date">Hôm nay: 22/11/2026</div><div class="hdr-banner"><img src="/images/banner-khcn.jpg" alt="Sở Khoa học và Công nghệ tỉnh An Giang"></div></div>',
           '<div id="menu">%s</div>' % mega_menu(rng, "https://" + host + "/index.php?option=", extra=0),
           '<table id="layout" width="100%%" cellpadding="0" cellspacing="0"><tr><td id="left" valign="top">%s</td><td id="right" valign="top" width="280">%s%s</td></tr></table>' % (
               main, sidebar_docs(rng, 8, "Văn bản mới"), '<div class="box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng)),
           footer("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH AN GIANG", "Số 15 Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang", "0296 3852 384", "sokhcn@angiang.gov.vn",
                  "Giấy phép số 22/GP-TTĐT. Chịu trách nhiệm chính: Giám đốc Sở Khoa học và Công nghệ."),
           '</div>', '<script>%s</script>' % js_blob(rng, 30, "khcn"), '</body>\n</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- old ASP.NET table site in Windows-1258 (b13)

def page_b13(art, rng):
    E = E_utf8
    host = "congan.langson.gov.vn"
    body = render_blocks(art, E, rng, p='<p align="justify"><font face="Arial" size="2">%s</font></p>', strong="b", imgbase="/Upload/TinTuc",
                         img=lambda src, alt, cap: '<p align="center"><img src="%s" border="0" width="500"><br><font face="Arial" size="1"><i>%s</i></font></p>' % (src, cap))
    byline = '<p align="right"><font face="Arial" size="2"><b>%s</b></font></p>' % E(art["byline"][0])
    menu = "".join('<td class="menu"><a href="/TinTuc/DanhMuc.aspx?cat=%d"><font color="#FFFFFF">%s</font></a></td>' % (i, esc(t)) for i, t in enumerate(
        ["Trang chủ", "Giới thiệu", "Tin tức", "An ninh trật tự", "Phòng chống tội phạm", "Xây dựng lực lượng", "Văn bản", "Hướng dẫn thủ tục", "Liên hệ"]))
    left = "".join('<tr><td class="left-item"><a href="/TinTuc/DanhMuc.aspx?cat=%d">» %s</a></td></tr>' % (i + 10, esc(t)) for i, t in enumerate(
        ["Tin hoạt động", "Gương người tốt việc tốt", "Phòng chống ma túy", "Cảnh báo tội phạm", "An toàn giao thông", "Phòng cháy chữa cháy", "Truy nã", "Tin trong nước"]))
    others = "".join('<tr><td><font face="Arial" size="2">» <a href="/TinTuc/ChiTiet.aspx?id=%d&amp;cat=3">%s</a> <font color="#888888">(%s)</font></font></td></tr>'
                     % (rng.randint(8000, 8841), esc(h), d.strftime("%d/%m/%Y")) for h, d in news_items(rng, 10))
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', '<html>', '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
           '<title>%s - Công an tỉnh Lạng Sơn</title>' % E(art["title"]),
           '<link href="/Styles/Style.css" type="text/css" rel="stylesheet">',
           '<script language="javascript" src="/Scripts/common.js"></script>',
           '<style type="text/css">%s</style>' % css(rng, 60, "ca"),
           '</head>', '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E8E8E8">',
           '<form name="Form1" method="post" action="ChiTiet.aspx?id=8842&amp;cat=3" id="Form1">',
           aspnet_hidden(rng, 7000),
           '<table width="980" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">',
           '<tr><td colspan="3"><img src="/Images/banner_ca.jpg" width="980" height="150" alt=""></td></tr>',
           '<tr><td colspan="3" bgcolor="#8B0000"><table cellpadding="0" cellspacing="0"><tr>%s</tr></table></td></tr>' % menu,
           '<tr><td colspan="3" align="right"><font face="Arial" size="2" color="#8B0000">Chủ nhật, ngày 22/11/2026&nbsp;</font></td></tr>',
           '<tr>',
           '<td width="200" valign="top" bgcolor="#F3F3F3"><table width="100%%" cellpadding="3" cellspacing="0"><tr><td class="left-title"><b>CHUYÊN MỤC</b></td></tr>%s</table>'
           '<table width="100%%"><tr><td class="left-title"><b>ĐƯỜNG DÂY NÓNG</b></td></tr><tr><td><font face="Arial" size="2">Trực ban Công an tỉnh: 069 2 498 101</font></td></tr></table></td>' % left,
           '<td width="580" valign="top">',
           '<table width="100%" cellpadding="6" cellspacing="0">',
           '<tr><td><font face="Arial" size="4" color="#8B0000"><b>%s</b></font></td></tr>' % E(art["title"]),
           '<tr><td><table cellpadding="0" cellspacing="0"><tr><td><font face="Arial" size="1" color="#666666">Ngày đăng: 16/10/2026</font></td>'
           '<td width="20"></td><td><font face="Arial" size="1" color="#666666">Lượt xem: %d</font></td></tr></table></td></tr>' % rng.randint(300, 2000),
           '<tr><td>\n%s\n%s\n</td></tr>' % (body, byline),
           '<tr><td align="right"><font face="Arial" size="1"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a></font></td></tr>',
           '<tr><td><font face="Arial" size="2" color="#8B0000"><b>CÁC TIN KHÁC</b></font><table width="100%%" cellpadding="2">%s</table></td></tr>' % others,
           '</table></td>',
           '<td width="200" valign="top"><table width="100%%"><tr><td class="left-title"><b>THỐNG KÊ TRUY CẬP</b></td></tr><tr><td><ul>%s</ul></td></tr></table></td>' % counter_block(rng),
           '</tr>',
           '<tr><td colspan="3" bgcolor="#8B0000" align="center"><font face="Arial" size="2" color="#FFFFFF">CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH LẠNG SƠN<br>'
           'Địa chỉ: Số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn - Điện thoại: 069 2 498 101<br>Chịu trách nhiệm chính: Giám đốc Công an tỉnh</font></td></tr>',
           '</table>', '</form>', '</body>', '</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- ASP.NET WebForms (b19): date in meta only, charset only in a meta

def page_b19(art, rng):
    E = E_utf8
    host = "socongthuong.hatinh.gov.vn"
    cph = "ctl00_ContentPlaceHolder1_ucChiTiet"
    body = render_blocks(art, E, rng, p='<p style="text-align: justify;">%s</p>', h="<h2>%s</h2>", img=img_center_em, imgbase="/Uploads/TinTuc")
    main = ('<div id="%s_pnlChiTiet" class="chitiet">'
            '<h1 id="%s_lblTieuDe" class="tieude">%s</h1>'
            '<div id="%s_lblTomTat" class="tomtat"><strong>%s</strong></div>'
            '<div id="%s_lblNoiDung" class="noidung">\n%s\n</div>'
            '<div class="box-tacgia"><span class="lbl">Người viết:</span> <span id="%s_lblTacGia">%s</span></div>'
            '<div class="congcu"><a id="%s_lnkIn" href="javascript:__doPostBack(\'%s$lnkIn\',\'\')">In bài</a> <a href="javascript:history.back()">Quay lại</a></div>'
            '%s</div>' % (cph, cph, E(art["title"]), cph, E(art["lead"]), cph, body, cph, E(art["byline"][0]), cph, cph.replace("_", "$"),
                          related(rng, "Tin khác", 10, datefmt_paren, cls="tinkhac")))
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
           '<html xmlns="http://www.w3.org/1999/xhtml">', '<head id="ctl00_Head1">',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
           '<title>\n\t%s\n</title>' % E(art["title"]),
           '<meta property="og:title" content="%s" />' % attr(art["title"]),
           '<meta property="og:type" content="article" />',
           '<meta property="article:published_time" content="2026-07-24T09:05:00+07:00" />',
           '<link href="/App_Themes/SCT/style.css" type="text/css" rel="stylesheet" />',
           '<style type="text/css">%s</style>' % css(rng, 100, "sct"),
           '</head>', '<body>',
           '<form name="aspnetForm" method="post" action="./ChiTiet.aspx?ID=5127" id="aspnetForm">',
           '<div>', aspnet_hidden(rng, 21000), '</div>',
           '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];if (!theForm) {theForm = document.aspnetForm;}'
           'function __doPostBack(eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != false)) {theForm.__EVENTTARGET.value = eventTarget;theForm.__EVENTARGUMENT.value = eventArgument;theForm.submit();}}\n//]]>\n</script>',
           '<div class="wrapper"><div class="header"><div class="topdate">Chủ nhật, 22/11/2026</div><div class="logo"><a href="/"><img src="/Images/logo-sct.png" alt="Sở Công Thương Hà Tĩnh" /></a><span>SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH</span></div></div>',
           '<div class="menu">%s</div>' % mega_menu(rng, "https://" + host, extra=1),
           '<div class="main"><div class="colleft">%s</div><div class="colright">%s%s%s</div></div>' % (
               main, related(rng, "Tin nổi bật", 8, datefmt_slash, cls="noibat"), sidebar_docs(rng, 8, "Văn bản mới"),
               '<div class="box"><h3>Thống kê truy cập</h3><ul>%s</ul></div>' % counter_block(rng)),
           footer("SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH", "Số 02 Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh", "0239 3855 714", "sct@hatinh.gov.vn",
                  "Chịu trách nhiệm chính: Giám đốc Sở Công Thương tỉnh Hà Tĩnh."),
           '</div>', '<script type="text/javascript">%s</script>' % js_blob(rng, 50, "sct.site"), '</form>', '</body>', '</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- Bootstrap news portal (b20): date only in JSON-LD

def page_b20(art, rng):
    E = E_utf8
    host = "ttt.camau.gov.vn"
    body = render_blocks(art, E, rng, p="<p>%s</p>", imgbase="https://cdn.ttt.camau.gov.vn/images/2026/11/20",
                         img=lambda src, alt, cap: '<figure class="figure w-100"><img class="figure-img img-fluid" src="%s" alt="%s"><figcaption class="figure-caption text-center">%s</figcaption></figure>' % (src, alt, cap))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": art["url"]},
          "headline": art["title"], "description": art["lead"], "image": ["https://cdn.ttt.camau.gov.vn/images/2026/11/20/de-bien-tay.jpg"],
          "datePublished": "2026-11-20T14:18:07+00:00", "dateModified": "2026-11-21T01:02:44+00:00",
          "publisher": {"@type": "Organization", "name": "Trung tâm Truyền thông tỉnh Cà Mau", "logo": {"@type": "ImageObject", "url": "https://ttt.camau.gov.vn/logo.png"}}}
    main = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/thoi-su">Thời sự</a></li></ol></nav>'
            '<article class="article-detail">'
            '<h1 class="article-title fw-bold">%s</h1>'
            '<p class="article-sapo lead fw-semibold">%s</p>'
            '<div class="article-body">\n%s\n'
            '<p class="text-end fw-bold">%s</p>'
            '<p class="text-end fst-italic small text-muted">Biên tập: Lâm Thanh Tú</p>\n</div>'
            '<div class="article-tags mt-3">Từ khóa: <a class="badge bg-light text-dark" href="/tag/trieu-cuong">triều cường</a> <a class="badge bg-light text-dark" href="/tag/sat-lo">sạt lở</a></div>'
            '%s</article>%s' % (E(art["title"]), E(art["lead"]), body, E(art["byline"][0]), share_tools(),
                                related(rng, "Tin liên quan", 6, lambda d: d.strftime("%d/%m/%Y"), cls="related-news mt-4")))
    out = ['<!doctype html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>%s - Trung tâm Truyền thông tỉnh Cà Mau</title>' % E(art["title"]),
           '<meta name="description" content="%s">' % attr(art["lead"]),
           '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">' % (attr(art["title"]), art["url"]),
           '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">',
           '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False),
           '<style>%s</style>' % css(rng, 120, "ttt"), '</head>', '<body>',
           '<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span>Chủ Nhật, 22/11/2026, 09:12 (GMT+7)</span><span>Đường dây nóng: 0290 3831 555</span></div></div>',
           '<header class="py-3 border-bottom"><div class="container"><a href="/" class="navbar-brand"><img src="/assets/img/logo-ttt.png" alt="Trung tâm Truyền thông tỉnh Cà Mau" height="64"></a></div></header>',
           '<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container">%s</div></nav>' % mega_menu(rng, "https://" + host, extra=1),
           '<main class="container my-4"><div class="row"><div class="col-lg-8">%s</div><aside class="col-lg-4">%s%s</aside></div></main>' % (
               main, related(rng, "Đọc nhiều", 8, datefmt_slash, cls="most-read"), related(rng, "Mới cập nhật", 8, datefmt_slash, cls="latest")),
           footer("TRUNG TÂM TRUYỀN THÔNG TỈNH CÀ MAU", "Số 5 Lý Thường Kiệt, phường An Xuyên, tỉnh Cà Mau", "0290 3831 555", "toasoan@ttt.camau.gov.vn",
                  "Giấy phép hoạt động số 120/GP-BVHTTDL. Chịu trách nhiệm chính: Giám đốc Trung tâm Truyền thông tỉnh."),
           '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script><script>%s</script><script>%s</script>' % (js_blob(rng, 40, "ttt.app"), ga(rng)),
           '</body>', '</html>']
    return "\n".join(out)

# ---------------------------------------------------------------- non-article pages

NONART = {
    "n01": dict(kind="listing", platform="liferay-7", url="https://snnmt.laocai.gov.vn/tin-tuc-su-kien", charset="utf-8"),
    "n02": dict(kind="search", platform="nukeviet", url="https://sogddt.caobang.gov.vn/seek/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91", charset="utf-8"),
    "n03": dict(kind="not_found", platform="dnn", url="https://hoiphunu.hungyen.gov.vn/tin-tuc/ArticleID/3391/hoi-nghi-bch-hoi-lhpn-tinh-lan-thu-tu", charset="utf-8"),
    "n04": dict(kind="challenge", platform="custom", url="https://quangtri.gov.vn/chi-tiet-tin?/ket-qua-thu-hut-dau-tu-10-thang-nam-2026/41902", charset="utf-8"),
}

SUMMARY_BITS = ["Sáng nay, lãnh đạo Sở đã chủ trì hội nghị triển khai nhiệm vụ trọng tâm.", "Đoàn công tác đã kiểm tra thực tế tại một số xã vùng cao.",
                "Hội nghị đã thảo luận, thống nhất nhiều giải pháp cụ thể.", "Kết quả cho thấy nhiều chỉ tiêu đạt và vượt kế hoạch đề ra.",
                "Các đơn vị được yêu cầu báo cáo kết quả trước ngày 30/11/2026."]

def page_n01(rng):
    site = site_lc()
    items = news_items(rng, 15)
    lis = []
    for h, d in items:
        lis.append('<div class="news-item row"><div class="col-md-4"><a href="/tin-tuc-su-kien/-/view-content/%s"><img src="/documents/%d/0/thumb-%d.jpg" alt="" class="img-fluid"></a></div>'
                   '<div class="col-md-8"><h3 class="news-title"><a href="/tin-tuc-su-kien/-/view-content/%s">%s</a></h3><span class="news-date">%s</span>'
                   '<p class="news-sapo">%s %s</p></div></div>' % (slug(h), rng.randint(30000, 99999), rng.randint(1, 999), slug(h), esc(h), d.strftime("%d/%m/%Y %H:%M").replace("00:00", "%02d:%02d" % (rng.randint(7, 17), rng.randint(0, 59))),
                                                                 esc(rng.choice(SUMMARY_BITS)), esc(rng.choice(SUMMARY_BITS))))
    pag = '<ul class="pagination">%s</ul>' % "".join('<li class="page-item%s"><a class="page-link" href="?cur=%d">%d</a></li>' % (" active" if i == 1 else "", i, i) for i in range(1, 8))
    main = ('<div class="breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/web/guest">Trang chủ</a></li><li class="active">Tin tức - Sự kiện</li></ol></div>'
            '<div class="news-list"><h1 class="cate-title">Tin tức - Sự kiện</h1>%s%s</div>' % ("\n".join(lis), pag))

    def side(pids):
        return (portlet(pids[2], "Văn bản mới", sidebar_docs(rng, 10)) + portlet(pids[3], "Thống kê truy cập", '<ul class="counter">%s</ul>' % counter_block(rng)))
    return liferay7_shell(rng, site, "Tin tức - Sự kiện", main, side, "Chủ nhật, 22/11/2026", heavy=1)

def page_n02(rng):
    res = []
    for h, d in news_items(rng, 10):
        res.append('<div class="panel panel-default"><div class="panel-body"><h3 class="margin-bottom"><a href="/news/tin-tuc-su-kien/%s-%d.html">%s</a></h3>'
                   '<p>%s <strong>chuyển đổi số</strong> %s</p><div class="text-muted small">Ngày đăng: %s - Chuyên mục: Tin tức - Sự kiện</div></div></div>'
                   % (slug(h), rng.randint(1000, 1999), esc(h), esc(rng.choice(SUMMARY_BITS)), esc(rng.choice(SUMMARY_BITS)), d.strftime("%d/%m/%Y")))
    main = ('<div class="panel panel-default"><div class="panel-body"><form action="/seek/" method="get" class="form-inline"><input class="form-control" type="text" name="q" value="chuyển đổi số"> '
            '<select class="form-control" name="m"><option value="">Tất cả</option><option value="news" selected>Tin tức</option><option value="laws">Văn bản</option></select> '
            '<input class="btn btn-primary" type="submit" value="Tìm kiếm"></form></div></div>'
            '<div class="search-result"><p class="h4">Kết quả tìm kiếm cho từ khóa <strong>"chuyển đổi số"</strong>: tìm thấy 47 kết quả</p>%s'
            '<ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/seek/?q=chuyển+đổi+số&amp;page=2">2</a></li><li><a href="/seek/?q=chuyển+đổi+số&amp;page=3">3</a></li><li><a href="/seek/?q=chuyển+đổi+số&amp;page=5">5</a></li></ul></div>'
            % "".join(res))
    out = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<title>Tìm kiếm - Sở Giáo dục và Đào tạo tỉnh Cao Bằng</title>',
           '<meta name="generator" content="NukeViet v4.5">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<link rel="StyleSheet" href="/themes/egov/css/style.css">', '<style>%s</style>' % css(rng, 100, "nv"), '</head>', '<body>',
           '<header><div class="container"><a href="/"><img src="/uploads/logo-sgd.png" alt="Sở Giáo dục và Đào tạo tỉnh Cao Bằng"></a><div class="current-time">Chủ nhật - 22/11/2026</div></div></header>',
           '<nav id="menusite">%s</nav>' % mega_menu(rng, "https://sogddt.caobang.gov.vn", extra=1),
           '<section><div class="container"><div class="row"><div class="col-md-18">%s</div><div class="col-md-6">%s</div></div></div></section>' % (main, sidebar_docs(rng, 6)),
           footer("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG", "Số 01 Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng", "0206 3852 474", "sgddt@caobang.edu.vn", "Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Cao Bằng."),
           '<script>%s</script>' % js_blob(rng, 30, "nv.egov"), '</body>', '</html>']
    return "\n".join(out)

def page_n03(rng):
    site = dict(host="hoiphunu.hungyen.gov.vn", name="Hội Liên hiệp Phụ nữ tỉnh Hưng Yên", addr="Số 12 đường Lê Lợi, phường Phố Hiến, tỉnh Hưng Yên",
                phone="0221 3862 415", email="hlhpn@hungyen.gov.vn", licence="Chịu trách nhiệm nội dung: Ban Tuyên giáo Hội LHPN tỉnh Hưng Yên.")
    main = ('<div class="eds_news_module news"><div class="edn_article edn_articleDetails edn_noArticle">'
            '<div class="dnnFormMessage dnnFormWarning"><h2>Không tìm thấy bài viết</h2><p>Bài viết bạn yêu cầu không tồn tại, đã bị gỡ bỏ hoặc chưa được xuất bản.</p>'
            '<p><a href="/tin-tuc">Quay lại trang Tin tức</a> hoặc sử dụng chức năng tìm kiếm.</p></div></div></div>')
    side = related(rng, "Tin mới nhất", 10, datefmt_slash, cls="tin-moi") + sidebar_docs(rng, 6, "Văn bản Hội")
    return dnn_shell(rng, "Tin tức", site, main, side, "22/11/2026", 9000, 1, 84)

def page_n04(rng):
    a, b = rng.randint(100000, 999999), rng.randint(1000, 9999)
    token = rid(rng, 40)
    return "\n".join([
        '<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">', '<meta name="robots" content="noindex, nofollow">',
        '<title>Đang kiểm tra trình duyệt...</title>',
        '<style>body{font-family:Arial,sans-serif;background:#f5f5f5;color:#333;text-align:center;padding-top:120px}.box{display:inline-block;background:#fff;padding:32px 48px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.15)}.spinner{width:40px;height:40px;margin:16px auto;border:4px solid #ddd;border-top-color:#c00;border-radius:50%;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}</style>',
        '</head>', '<body>',
        '<div class="box"><h1>Cổng Thông tin điện tử tỉnh Quảng Trị</h1><div class="spinner"></div>',
        '<p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập.</p><p>Quá trình này diễn ra tự động, vui lòng đợi trong giây lát...</p>',
        '<noscript><p><strong>Vui lòng bật JavaScript và cookie để tiếp tục truy cập.</strong></p></noscript>',
        '<p class="ray">Mã yêu cầu: %s</p></div>' % token[:16],
        '<script>(function(){var a=%d,b=%d,t="%s";var v=((a*7+b)%%65521).toString(16)+"-"+t.split("").reverse().join("").slice(0,12);'
        'document.cookie="__vnpt_waf="+v+"; path=/; max-age=3600; SameSite=Lax";setTimeout(function(){location.reload()},1500);})();</script>' % (a, b, token),
        '</body>', '</html>'])

# ---------------------------------------------------------------- main

ORDER = ["b%02d" % i for i in range(1, 21)]

def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name in ORDER:
        art = ARTS[name]
        rng = random.Random("%s:%s" % (SET, name))
        page = globals()["page_" + name](art, rng)
        data = encode_cp1258(page) if art["charset"] == "windows-1258" else page.encode("utf-8")
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(data)
        side = {"kind": "article", "platform": art["platform"], "url": art["url"], "charset": art["charset"],
                "title": art["title"], "published_at": art["published_at"], "author": art["author"], "body": gold_body(art)}
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")
    for name, meta in NONART.items():
        rng = random.Random("%s:%s" % (SET, name))
        page = globals()["page_" + name](rng)
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(page.encode("utf-8"))
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")

if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
