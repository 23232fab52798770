#!/usr/bin/env python3
"""Build the blind-y gold set: former district portals after 1 July 2025.

    python3 make.py [OUTDIR]      (default: the folder of this script)

Stdlib only, deterministic: one random.Random("blind-y:NAME") per page, no
clock, no network.  Article texts are written by hand below (invented names,
figures, quotes and bylines); only chrome (menus, sidebars, related lists,
counters, scripts, view state, footers) is generated.  The gold `body` of each
sidecar is derived from the same block list the page is rendered from.
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

SET = "blind-y"
CRAWL = dt.date(2026, 11, 22)          # Sunday: shown in every article header

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

WD_UP = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LO = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WP_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín",
             "Mười", "Mười Một", "Mười Hai"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def inline(s):
    """Escape a hand-written text and turn **bold** / __italic__ into tags."""
    s = esc(s)
    out, bold, ital, i = [], False, False, 0
    while i < len(s):
        if s.startswith("**", i):
            out.append("</strong>" if bold else "<strong>")
            bold = not bold
            i += 2
        elif s.startswith("__", i):
            out.append("</em>" if ital else "<em>")
            ital = not ital
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def plain(s):
    return s.replace("**", "").replace("__", "")


def entityize(s):
    """Vietnamese letters as HTML entities (named where HTML has a name)."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", s)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def enc1258(s):
    """windows-1258 as old Vietnamese sites wrote it: base letter (with
    circumflex, breve or horn) + combining tone mark where no precomposed
    code point exists."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tones = "".join(c for c in d if c in TONES)
        try:
            out += (base + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def rdate(rng, lo, hi):
    """Random date between two ISO dates (inclusive)."""
    a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def dmy(d, sep="/"):
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def b64(rng, n):
    """n characters of base64 (view state, digests)."""
    raw = rng.randbytes(n * 3 // 4 + 3)
    return base64.b64encode(raw).decode("ascii")[:n]


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


# ---------------------------------------------------------------------------
# generated chrome: headline pool, menus, counters, scripts
# ---------------------------------------------------------------------------

ANY = None
# (headline, months it fits or None, (first year, last year) or None)
HEADLINES = [
    ("{p}: Hội nghị sơ kết công tác 6 tháng đầu năm {y}", {6, 7}, None),
    ("Kiểm tra tiến độ xây dựng nông thôn mới tại {p}", ANY, None),
    ("{p} tổ chức hội nghị đối thoại với nông dân năm {y}", {4, 5, 6, 9, 10}, None),
    ("Tập huấn nghiệp vụ công tác dân số cho cán bộ cơ sở", ANY, None),
    ("Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới", {5, 6}, None),
    ("Lễ giao nhận quân năm {y}", {2, 3}, None),
    ("Triển khai kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm {y}", {3, 4, 5}, None),
    ("Tuyên truyền pháp luật về trật tự an toàn giao thông cho học sinh", {9, 10, 11, 12, 1, 2, 3, 4, 5}, None),
    ("Bàn giao nhà Đại đoàn kết cho hộ nghèo", ANY, None),
    ("Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới", ANY, None),
    ("Tổng kết công tác thi đua, khen thưởng năm {y}", {12}, None),
    ("{p} đẩy mạnh tiêm phòng vắc xin cho đàn gia súc, gia cầm", {3, 4, 9, 10}, None),
    ("{p}: Khai mạc kỳ họp thứ {n} HĐND", {6, 7, 12}, None),
    ("Hội diễn văn nghệ quần chúng chào mừng Quốc khánh 2/9", {8, 9}, None),
    ("Tiếp xúc cử tri trước kỳ họp HĐND tỉnh", {6, 7, 11, 12}, None),
    ("Kiểm tra công tác cải cách hành chính tại các đơn vị", ANY, None),
    ("Hội nghị học tập, quán triệt nghị quyết của Đảng", ANY, None),
    ("Ra mắt mô hình “Dân vận khéo” trong xây dựng nông thôn mới", ANY, None),
    ("Tọa đàm kỷ niệm Ngày Thương binh - Liệt sĩ 27/7", {7}, None),
    ("Trao học bổng cho học sinh nghèo vượt khó", {8, 9, 10}, None),
    ("Phát động đợt thi đua cao điểm chào mừng đại hội Đảng bộ các cấp", ANY, (2024, 2025)),
    ("Diễn tập khu vực phòng thủ năm {y}", {8, 9, 10, 11}, None),
    ("Tổng kết năm học {y0} - {y}", {5, 6}, None),
    ("Giảm nghèo bền vững: Những kết quả bước đầu", ANY, None),
    ("Chủ động phòng cháy, chữa cháy rừng mùa khô", {1, 2, 3, 4, 11, 12}, None),
    ("Khai mạc lễ hội truyền thống đầu xuân", {1, 2, 3}, None),
    ("Khám bệnh, cấp thuốc miễn phí cho người cao tuổi", ANY, None),
    ("Đại hội đại biểu Hội Nông dân nhiệm kỳ 2023 - 2028", {4, 5, 6, 7, 8}, (2023, 2023)),
    ("Khai mạc giải bóng đá thanh niên mở rộng", {3, 4, 5, 6, 7}, None),
    ("Thông báo tuyển dụng viên chức năm {y}", ANY, None),
    ("Lịch tiếp công dân định kỳ của Chủ tịch UBND", ANY, None),
    ("Công khai dự toán ngân sách năm {y}", {1, 2}, None),
    ("Hướng dẫn đăng ký khai sinh trực tuyến", ANY, (2020, 2026)),
    ("Tăng cường quản lý đất đai, trật tự xây dựng", ANY, None),
    ("Giao ban công tác quốc phòng, quân sự địa phương", ANY, None),
    ("Tổng kết sản xuất vụ Đông Xuân {y0} - {y}", {5, 6, 7}, None),
    ("Phát triển cây ăn quả gắn với chuỗi giá trị", ANY, None),
    ("Đẩy nhanh tiến độ giải ngân vốn đầu tư công", ANY, None),
    ("Khởi công đường giao thông liên thôn", ANY, None),
    ("Vận động ủng hộ Quỹ “Vì người nghèo” năm {y}", {10, 11}, None),
    ("Hội nghị triển khai nhiệm vụ công tác tư pháp năm {y}", {1, 2}, None),
    ("Bế giảng lớp trung cấp lý luận chính trị - hành chính", ANY, None),
    ("Tuyên dương gương người tốt, việc tốt", ANY, None),
    ("Kiểm tra an toàn thực phẩm dịp Tết Trung thu", {8, 9}, None),
    ("Tặng quà gia đình chính sách nhân dịp Tết Nguyên đán", {1, 2}, None),
    ("Phòng, chống dịch sốt xuất huyết trong mùa mưa", {6, 7, 8, 9, 10}, None),
    ("Hội thi cán bộ, công chức cấp xã giỏi", ANY, None),
    ("Nghiệm thu công trình nước sạch nông thôn", ANY, None),
    ("Ra quân cao điểm tấn công, trấn áp tội phạm", ANY, None),
    ("Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm {y}", {7, 8}, None),
    ("Hội nghị tổng kết công tác khuyến học, khuyến tài", {11, 12, 1}, None),
    ("Tập huấn kỹ năng chuyển đổi số cho tổ công nghệ số cộng đồng", ANY, (2022, 2026)),
    ("Trồng cây nhớ ơn Bác Hồ xuân {y}", {1, 2, 3}, None),
    ("Giám sát việc thực hiện chính sách bảo hiểm xã hội tự nguyện", ANY, None),
    ("Hội nghị Ban Chấp hành Đảng bộ mở rộng", ANY, None),
    ("Tổng kết công tác tuyển sinh đầu cấp", {7, 8, 9}, None),
    ("Công bố quy hoạch sử dụng đất thời kỳ 2021 - 2030", ANY, (2022, 2024)),
    ("Bồi dưỡng nghiệp vụ cho tổ hòa giải cơ sở", ANY, None),
    ("Sơ kết 3 năm thực hiện phong trào “Chung sức xây dựng nông thôn mới”", ANY, None),
    ("Thăm, chúc Tết các cơ sở tôn giáo", {1, 2, 12}, None),
]

DOCS = ["QĐ-UBND", "KH-UBND", "TB-UBND", "CV-UBND", "BC-UBND", "CT-UBND", "KH-HU", "TB-HU"]

LINK_SITES = [
    "Cổng TTĐT Chính phủ", "Cổng Dịch vụ công quốc gia", "Báo điện tử Đảng Cộng sản Việt Nam",
    "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "Hệ thống thư điện tử công vụ",
    "Cổng thông tin điện tử Quốc hội", "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam",
]


def pick_headline(rng, d, place, used):
    ok = [t for t, months, years in HEADLINES
          if (months is None or d.month in months) and (years is None or years[0] <= d.year <= years[1]) and t not in used]
    t = rng.choice(ok)
    used.add(t)
    h = t.format(p=place, y=d.year, y0=d.year - 1, n=rng.randint(3, 14))
    return h[0].upper() + h[1:]


def headlines(rng, n, place, y0, y1):
    used = set()
    return [pick_headline(rng, rdate(rng, "%d-01-01" % y0, "%d-12-31" % y1), place, used) for _ in range(n)]


def dated_headlines(rng, n, place, lo, hi):
    """[(title, date)] newest first, dates between lo and hi (ISO), titles fit their dates."""
    used = set()
    ds = sorted((rdate(rng, lo, hi) for _ in range(n)), reverse=True)
    return [(pick_headline(rng, d, place, used), d) for d in ds]


def counter_block(rng, style="li"):
    online = rng.randint(3, 60)
    today = rng.randint(80, 2400)
    total = rng.randint(400000, 9000000)
    items = [("Đang truy cập", online), ("Hôm nay", today),
             ("Hôm qua", rng.randint(80, 2600)), ("Tổng lượt truy cập", total)]
    if style == "li":
        return "<ul class=\"counter\">" + "".join(
            "<li>%s: <b>%s</b></li>" % (k, "{:,}".format(v).replace(",", ".")) for k, v in items) + "</ul>"
    return "".join("<tr><td>%s:</td><td align=\"right\"><b>%s</b></td></tr>" % (
        k, "{:,}".format(v).replace(",", ".")) for k, v in items)


def js_blob(rng, n_funcs, ns="portal"):
    """Plausible inline site script (menus, sliders, counters)."""
    words = ["menu", "slide", "tab", "news", "banner", "popup", "search", "font", "print",
             "share", "toggle", "marquee", "weather", "clock", "poll", "counter", "lazy", "scroll"]
    lines = ["var %s = %s || {};" % (ns, ns)]
    for i in range(n_funcs):
        w = rng.choice(words) + rng.choice(words).title() + str(rng.randint(1, 99))
        a, b = alnum(rng, 3).lower(), alnum(rng, 4).lower()
        lines.append(
            "%s.%s = function(%s,%s){var e=document.getElementById(%s);if(!e)return;"
            "var t=e.getElementsByTagName('li');for(var i=0;i<t.length;i++){t[i].className="
            "(i==%s)?'active':'';}e.setAttribute('data-%s','%d');};"
            % (ns, w, a, b, a, b, w.lower(), rng.randint(100, 9999)))
    return "\n".join(lines)


def css_blob(rng, n_rules):
    sels = ["#header", "#menu", ".box", ".box-title", ".news-list li", ".footer", "#left", "#right",
            ".title", ".date", ".content p", ".tool a", ".banner img", ".marquee", ".link select",
            ".counter li", ".poll label", ".breadcrumb a", ".pagination a", ".sapo", ".tags a"]
    props = ["color:#%s" % "{}", "background:#%s" % "{}", "margin:%dpx 0", "padding:%dpx",
             "font-size:%dpx", "line-height:%d%%", "border-bottom:1px solid #%s" % "{}"]
    out = []
    for _ in range(n_rules):
        sel = rng.choice(sels)
        ps = []
        for _ in range(rng.randint(2, 5)):
            p = rng.choice(props)
            if "{}" in p:
                ps.append(p.replace("{}", hexid(rng, 6)))
            elif "%%" in p:
                ps.append(p % rng.randint(110, 180))
            else:
                ps.append(p % rng.randint(2, 24))
        out.append("%s{%s}" % (sel, ";".join(ps)))
    return "\n".join(out)


def ga_script(rng):
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>\n"
            "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
            "gtag('js', new Date());gtag('config', 'G-%s');</script>" % ((alnum(rng, 10).upper(),) * 2))


# ---------------------------------------------------------------------------
# the articles (hand-written; names, figures, quotes and bylines invented)
#
# blocks: ("p", text) ("h", text) ("ul"/"ol", [items]) ("table", [[cells]])
#         ("quote", text) ("img", caption-or-None, alt)
# ---------------------------------------------------------------------------

A = []

A.append(dict(
    name="y01", tpl="aspnet_old", platform="aspnet-webforms",
    url="http://quanson.thanhhoa.gov.vn/Portal/ChiTietTin.aspx?ID=1873&CatID=4",
    charset="windows-1258",
    place="Quan Sơn", unit="huyện Quan Sơn", province="Thanh Hóa",
    title="Quan Sơn triển khai các biện pháp cấp bách phòng, chống bệnh Dịch tả lợn châu Phi",
    published_at="2019-03-12T09:15:00+07:00",
    date_shown="Cập nhật ngày: 12/03/2019 09:15:00 SA",
    author="Phòng VH-TT huyện",
    lead=None,
    blocks=[
        ("p", "Sáng ngày 11/3/2019, UBND huyện Quan Sơn tổ chức hội nghị triển khai các biện pháp cấp bách phòng, chống bệnh Dịch tả lợn châu Phi trên địa bàn huyện. Đồng chí Lò Văn Thắm, Phó Chủ tịch UBND huyện chủ trì hội nghị. Tham dự có lãnh đạo các phòng, ban, ngành cấp huyện; Chủ tịch UBND, cán bộ thú y và cán bộ khuyến nông các xã, thị trấn."),
        ("img", "Đồng chí Lò Văn Thắm, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị", "hoi nghi"),
        ("p", "Theo báo cáo của Trạm Chăn nuôi và Thú y huyện, đến đầu tháng 3/2019, bệnh Dịch tả lợn châu Phi đã xuất hiện tại nhiều tỉnh, thành phố trong cả nước, trong đó có một số địa phương giáp ranh với tỉnh Thanh Hóa. Toàn huyện Quan Sơn hiện có trên 11.400 con lợn, chủ yếu được chăn nuôi theo hình thức nhỏ lẻ, thả rông hoặc bán chăn thả tại các bản vùng cao; việc vận chuyển, mua bán lợn giống qua các tuyến đường liên huyện và qua cửa khẩu Na Mèo còn diễn ra thường xuyên, tiềm ẩn nguy cơ dịch bệnh xâm nhiễm vào địa bàn."),
        ("p", "Tại hội nghị, các đại biểu đã thảo luận, làm rõ những khó khăn trong công tác kiểm soát vận chuyển, giết mổ gia súc; việc bố trí kinh phí mua hóa chất khử trùng và chế độ hỗ trợ cho người chăn nuôi khi phải tiêu hủy lợn bệnh. Nhiều ý kiến đề nghị tăng cường tuyên truyền bằng tiếng địa phương để bà con hiểu rõ đây là bệnh chưa có vắc xin phòng và thuốc điều trị."),
        ("p", "Phát biểu chỉ đạo, đồng chí Lò Văn Thắm yêu cầu các cơ quan, đơn vị và UBND các xã, thị trấn tập trung thực hiện ngay một số nhiệm vụ sau:"),
        ("ol", [
            "Thành lập Ban Chỉ đạo phòng, chống dịch cấp xã, phân công cán bộ phụ trách từng bản, không để dịch bệnh xâm nhiễm mà không được phát hiện, xử lý kịp thời.",
            "Tổ chức thống kê tổng đàn lợn đến từng hộ; hướng dẫn người chăn nuôi không thả rông, không sử dụng thức ăn thừa chưa qua xử lý nhiệt cho lợn ăn.",
            "Lập chốt kiểm dịch tạm thời tại khu vực cửa khẩu Na Mèo và trên Quốc lộ 217; kiểm soát chặt chẽ việc vận chuyển lợn, sản phẩm từ lợn ra, vào địa bàn.",
            "Tổ chức tháng tổng vệ sinh, tiêu độc khử trùng môi trường chăn nuôi; cấp phát vôi bột và hóa chất cho các bản có nguy cơ cao.",
            "Đẩy mạnh tuyên truyền trên hệ thống loa truyền thanh cơ sở, lồng ghép trong các buổi họp bản để người dân chủ động khai báo khi phát hiện lợn ốm, chết bất thường.",
        ]),
        ("p", "Đồng chí cũng nhấn mạnh, người đứng đầu cấp ủy, chính quyền cơ sở phải chịu trách nhiệm trước Chủ tịch UBND huyện nếu để dịch bệnh lây lan do chủ quan, lơ là. Trạm Chăn nuôi và Thú y huyện có trách nhiệm tham mưu phương án dự phòng vật tư, bố trí lực lượng trực 24/24 giờ và báo cáo tình hình hằng ngày về Văn phòng HĐND và UBND huyện."),
        ("p", "Ngay sau hội nghị, huyện đã cấp phát 4,5 tấn vôi bột và 300 lít hóa chất khử trùng cho 13 xã, thị trấn; đồng thời thành lập 3 đoàn kiểm tra liên ngành đi kiểm tra công tác phòng, chống dịch tại các xã vùng biên."),
    ]))

A.append(dict(
    name="y02", tpl="sharepoint_moved", platform="sharepoint-2010",
    url="https://hatinh.gov.vn/huyen-cu/canloc/Pages/tin-tuc/2022/9/can-loc-to-chuc-hoi-thi-hoa-giai-vien-gioi-nam-2022.aspx",
    charset="utf-8",
    place="Can Lộc", unit="huyện Can Lộc", province="Hà Tĩnh",
    title="Can Lộc tổ chức Hội thi Hòa giải viên giỏi năm 2022",
    published_at="2022-09-08T15:40:00+07:00",
    date_shown="08/09/2022 3:40 CH",
    author="Ngọc Lan - Đài TT-TH huyện",
    lead="Ngày 8/9, UBND huyện Can Lộc tổ chức Hội thi Hòa giải viên giỏi năm 2022 với sự tham gia của 12 đội thi đại diện cho các tổ hòa giải ở thôn, tổ dân phố trên địa bàn huyện.",
    blocks=[
        ("p", "Dự và chỉ đạo hội thi có đồng chí Trần Đình Nguyên, Phó Chủ tịch UBND huyện, Trưởng ban tổ chức hội thi; đại diện Sở Tư pháp tỉnh, Ủy ban MTTQ huyện và các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện."),
        ("p", "Hội thi nhằm đánh giá kết quả 8 năm thực hiện Luật Hòa giải ở cơ sở, đồng thời là dịp để các hòa giải viên giao lưu, trao đổi kinh nghiệm, kỹ năng vận động, thuyết phục các bên tranh chấp; qua đó phát hiện, bồi dưỡng những nhân tố tích cực trong công tác hòa giải ở thôn, tổ dân phố."),
        ("h", "Nhiều tình huống sát với thực tế"),
        ("p", "Các đội thi trải qua ba phần thi: chào hỏi, kiến thức pháp luật và xử lý tình huống. Ở phần thi xử lý tình huống, các đội đã xây dựng tiểu phẩm về tranh chấp ranh giới đất đai, mâu thuẫn trong gia đình, việc nuôi con sau ly hôn, xả rác thải ra đường làng… Nhiều tiểu phẩm được dàn dựng công phu, lồng ghép dân ca ví, giặm Nghệ Tĩnh, tạo không khí sôi nổi và nhận được sự cổ vũ nhiệt tình của khán giả."),
        ("img", "Một tiểu phẩm về tranh chấp lối đi chung của đội thi xã Thượng Lộc", "hoi thi hoa giai"),
        ("p", "Bà Nguyễn Thị Thanh Hương, tổ trưởng tổ hòa giải thôn Trung Thành, xã Thiên Lộc chia sẻ: “Hơn 10 năm làm công tác hòa giải, tôi thấy cái khó nhất là làm sao để hai bên ngồi lại với nhau. Qua hội thi, chúng tôi học được cách lắng nghe, cách dẫn chứng quy định của pháp luật một cách dễ hiểu để bà con tâm phục, khẩu phục”."),
        ("p", "Năm 2021 và 8 tháng đầu năm 2022, 196 tổ hòa giải trên địa bàn huyện đã tiếp nhận 312 vụ việc, hòa giải thành 271 vụ việc, đạt tỷ lệ 86,9%. Nhiều vụ việc phức tạp, kéo dài được giải quyết dứt điểm ngay từ cơ sở, góp phần giữ gìn đoàn kết trong cộng đồng dân cư và giảm đơn thư vượt cấp."),
        ("h", "Kết quả hội thi"),
        ("p", "Kết thúc hội thi, Ban tổ chức đã trao giải Nhất cho đội thi xã Thiên Lộc; 2 giải Nhì cho đội thi thị trấn Nghèn và xã Vượng Lộc; 3 giải Ba cho các đội thi xã Thượng Lộc, Khánh Vĩnh Yên và Tùng Lộc cùng 6 giải Khuyến khích. Đội đạt giải Nhất sẽ đại diện huyện tham gia Hội thi Hòa giải viên giỏi cấp tỉnh dự kiến tổ chức vào tháng 10 tới."),
    ]))

A.append(dict(
    name="y03", tpl="liferay_archive", platform="liferay-6.2",
    url="https://archive.bacninh.gov.vn/lucngan/tin-tuc/-/asset_publisher/Kq7mVb2RzXcL/content/luc-ngan-hon-40-san-luong-vai-thieu-tieu-thu-duoc-xuat-khau",
    charset="utf-8",
    place="Lục Ngạn", unit="huyện Lục Ngạn", province="Bắc Ninh", old_province="Bắc Giang",
    title="Lục Ngạn: Hơn 40% sản lượng vải thiều tiêu thụ được xuất khẩu",
    published_at="2023-06-19T08:42:00+07:00",
    date_shown="19/06/2023 | 08:42",
    author="Hoàng Minh, Thu Trang, Trung tâm VH-TT&TT huyện Lục Ngạn",
    byline_lines=["Hoàng Minh, Thu Trang", "Trung tâm VH-TT&TT huyện Lục Ngạn"],
    lead="Tính đến ngày 18/6, toàn huyện Lục Ngạn đã thu hoạch và tiêu thụ khoảng 38.500 tấn vải thiều sớm và vải chính vụ, giá bán bình quân tại các điểm cân từ 18.000 đến 35.000 đồng/kg, cao hơn cùng kỳ năm trước.",
    blocks=[
        ("p", "Năm 2023, diện tích vải thiều của huyện đạt gần 16.900 ha, sản lượng dự kiến khoảng 95.000 tấn, trong đó vải sớm chiếm khoảng 30%. Ngay từ đầu vụ, UBND huyện đã chỉ đạo các cơ quan chuyên môn phối hợp với các xã rà soát, cấp mới và duy trì 28 mã số vùng trồng phục vụ xuất khẩu sang các thị trường Trung Quốc, Nhật Bản, Mỹ, Úc và các nước EU."),
        ("p", "Để tạo thuận lợi cho thương nhân, huyện bố trí hơn 200 điểm cân vải dọc các tuyến Quốc lộ 31, Tỉnh lộ 290 và các trục đường liên xã; lực lượng công an, quản lý thị trường tăng cường kiểm tra, bảo đảm an ninh trật tự, không để xảy ra tình trạng ép giá, tranh giành khách hàng. Nhiều hợp tác xã đã đầu tư kho lạnh, dây chuyền sơ chế, đóng gói, giúp kéo dài thời gian bảo quản và nâng cao giá trị sản phẩm."),
        ("img", "Thương nhân thu mua vải thiều tại điểm cân xã Phượng Sơn", "vai thieu"),
        ("p", "Theo số liệu của Phòng Nông nghiệp và PTNT huyện, sản lượng vải thiều tiêu thụ đến hết ngày 18/6 phân theo thị trường như sau:"),
        ("table", [
            ["Thị trường", "Sản lượng (tấn)", "Tỷ lệ (%)"],
            ["Xuất khẩu sang Trung Quốc", "14.200", "36,9"],
            ["Xuất khẩu sang các thị trường khác", "1.650", "4,3"],
            ["Tiêu thụ nội địa", "22.650", "58,8"],
            ["Tổng cộng", "38.500", "100"],
        ]),
        ("p", "Ông Nguyễn Văn Hùng, Giám đốc Hợp tác xã Nông sản sạch Quý Sơn cho biết, năm nay hợp tác xã liên kết với 65 hộ thành viên, bao tiêu khoảng 1.200 tấn vải đạt tiêu chuẩn VietGAP và GlobalGAP. Nhờ đáp ứng các yêu cầu về truy xuất nguồn gốc, giá thu mua vải của hợp tác xã cao hơn giá thị trường từ 3.000 đến 5.000 đồng/kg."),
        ("p", "Bên cạnh kênh tiêu thụ truyền thống, huyện tiếp tục phối hợp với các sàn thương mại điện tử, Bưu điện huyện và các doanh nghiệp chuyển phát để đưa vải thiều đến tay người tiêu dùng trên cả nước. Trong 10 ngày đầu vụ, đã có hơn 310 tấn vải được bán qua các nền tảng trực tuyến."),
        ("p", "Dự kiến vụ vải năm 2023 sẽ kết thúc vào khoảng ngày 20/7. Huyện khuyến cáo người dân thu hái đúng độ chín, tuân thủ thời gian cách ly thuốc bảo vệ thực vật, không sử dụng hóa chất bảo quản ngoài danh mục cho phép để giữ uy tín thương hiệu vải thiều Lục Ngạn."),
    ]))

A.append(dict(
    name="y04", tpl="joomla15", platform="joomla-1.5",
    url="http://namtramy.quangnam.gov.vn/index.php?option=com_content&task=view&id=1164&Itemid=58",
    charset="utf-8",
    place="Nam Trà My", unit="huyện Nam Trà My", province="Đà Nẵng", old_province="Quảng Nam",
    title="Nam Trà My tập huấn kỹ thuật trồng, chăm sóc sâm Ngọc Linh dưới tán rừng",
    published_at="2019-05-21T10:05:00+07:00",
    date_shown="Thứ ba, 21 Tháng 5 2019 10:05",
    modified_shown="Thứ tư, 22 Tháng 5 2019 08:30",
    author="BBT",
    lead=None,
    blocks=[
        ("p", "Từ ngày 20 đến 24/5/2019, Phòng Nông nghiệp và Phát triển nông thôn huyện Nam Trà My phối hợp với Trung tâm Dược liệu Quảng Nam tổ chức lớp tập huấn kỹ thuật trồng, chăm sóc và bảo vệ cây sâm Ngọc Linh dưới tán rừng cho 85 học viên là người dân các xã Trà Linh, Trà Nam, Trà Cang và Trà Don."),
        ("p", "Tại lớp tập huấn, các học viên được giảng viên hướng dẫn những nội dung cơ bản như: chọn vùng đất trồng phù hợp ở độ cao từ 1.500 m trở lên, xử lý tán rừng để bảo đảm độ che phủ, kỹ thuật làm luống, ươm hạt, chăm sóc cây con; nhận biết và phòng trừ một số bệnh thường gặp như thối củ, héo rũ, vàng lá. Ngoài giờ học lý thuyết, học viên được tham quan, thực hành trực tiếp tại vườn sâm của Trạm Dược liệu Trà Linh."),
        ("img", "Học viên thực hành chăm sóc sâm tại vườn sâm Trà Linh", "sam ngoc linh"),
        ("p", "Theo thống kê, hiện toàn huyện có gần 1.600 hộ trồng sâm với tổng diện tích khoảng 215 ha, trong đó nhiều vườn đã cho thu hoạch. Sâm Ngọc Linh đang trở thành cây trồng chủ lực, mang lại nguồn thu nhập cao cho đồng bào Xê Đăng, Ca Dong ở các xã vùng cao. Tuy nhiên, tình trạng trồng sâm tự phát, sử dụng giống không rõ nguồn gốc, trộn lẫn sâm từ nơi khác về bán vẫn còn xảy ra, ảnh hưởng đến uy tín của sản phẩm."),
        ("p", "Anh Hồ Văn Blí, ở thôn 1, xã Trà Linh cho biết: “Gia đình tôi trồng sâm đã 6 năm nhưng chủ yếu làm theo kinh nghiệm. Qua lớp tập huấn, tôi biết thêm cách xử lý đất, cách phát hiện bệnh sớm để không bị mất trắng cả luống sâm như năm trước”."),
        ("p", "Dịp này, huyện cũng phổ biến kế hoạch phát triển cây sâm Ngọc Linh giai đoạn 2019 - 2025, trong đó đặt mục tiêu mở rộng thêm 300 ha vùng trồng, hình thành chuỗi liên kết từ sản xuất giống đến chế biến, tiêu thụ, gắn với bảo vệ và phát triển rừng bền vững. Các hộ tham gia liên kết sẽ được hỗ trợ giống, vật tư và cấp giấy chứng nhận nguồn gốc cây giống."),
    ]))

A.append(dict(
    name="y05", tpl="joomla25_frozen", platform="joomla-2.5",
    url="http://badon.quangbinh.gov.vn/index.php/tin-tuc-su-kien/1856-thi-xa-ba-don-tap-trung-khac-phuc-hau-qua-mua-lu",
    charset="utf-8",
    place="Ba Đồn", unit="thị xã Ba Đồn", province="Quảng Trị", old_province="Quảng Bình",
    title="Thị xã Ba Đồn tập trung khắc phục hậu quả mưa lũ, sớm ổn định đời sống nhân dân",
    published_at="2020-10-22T14:30:00+07:00",
    date_shown="Ngày đăng: Thứ năm, 22 Tháng 10 2020 14:30",
    author="Minh Phương",
    byline_raw="Tin, ảnh: Minh Phương",
    cms_user="admin_badon",
    lead=None,
    blocks=[
        ("p", "Những ngày qua, mưa lớn kéo dài kết hợp với lũ từ thượng nguồn sông Gianh đổ về đã gây ngập sâu tại nhiều xã, phường trên địa bàn thị xã Ba Đồn. Khi nước vừa rút, các cấp ủy, chính quyền và lực lượng vũ trang thị xã đã khẩn trương ra quân giúp người dân dọn dẹp nhà cửa, vệ sinh môi trường, khôi phục sản xuất."),
        ("p", "Theo báo cáo nhanh của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn thị xã, đến ngày 21/10/2020, toàn thị xã có hơn 14.000 ngôi nhà bị ngập, trong đó nhiều nhà ngập trên 1,5 m; 16 trường học, 12 trạm y tế bị ảnh hưởng; gần 600 ha rau màu, 120 ha nuôi trồng thủy sản bị thiệt hại; nhiều tuyến đường giao thông nông thôn bị sạt lở. Tổng thiệt hại ban đầu ước tính trên 300 tỷ đồng."),
        ("p", "Trước tình hình đó, UBND thị xã chỉ đạo thực hiện ngay các nhóm giải pháp:"),
        ("ul", [
            "Huy động tối đa lực lượng quân sự, công an, đoàn viên thanh niên giúp nhân dân dọn bùn đất, vệ sinh nhà cửa, trường học, trạm y tế.",
            "Ngành y tế phun hóa chất khử khuẩn, cấp phát cloramin B cho các hộ dân vùng ngập, không để dịch bệnh phát sinh sau lũ.",
            "Rà soát, thống kê đầy đủ các hộ bị thiệt hại về người, nhà ở để hỗ trợ kịp thời, không để người dân nào bị đói, rét.",
            "Khẩn trương khắc phục các tuyến đường bị sạt lở, bảo đảm giao thông thông suốt.",
        ]),
        ("img", "Cán bộ, chiến sĩ Ban Chỉ huy Quân sự thị xã giúp nhân dân phường Quảng Thọ dọn dẹp bùn đất sau lũ", "khac phuc lu"),
        ("p", "Cùng với nguồn lực của địa phương, thị xã đã tiếp nhận nhiều đoàn cứu trợ của các tổ chức, cá nhân, nhà hảo tâm trong và ngoài tỉnh với hàng chục nghìn suất quà gồm gạo, mì tôm, nước uống, áo phao và tiền mặt. Ủy ban MTTQ Việt Nam thị xã đã phối hợp với chính quyền các xã, phường điều phối việc phân bổ hàng cứu trợ bảo đảm công khai, đúng đối tượng, tránh chồng chéo."),
        ("p", "Đồng chí Nguyễn Văn Phổ, Chủ tịch UBND thị xã Ba Đồn yêu cầu các địa phương tiếp tục theo dõi chặt chẽ diễn biến thời tiết, chủ động phương án sơ tán người dân ở vùng trũng thấp vì dự báo trong những ngày tới khu vực có thể tiếp tục xảy ra mưa lớn; đồng thời sớm khôi phục sản xuất vụ đông để ổn định đời sống nhân dân."),
    ]))

A.append(dict(
    name="y06", tpl="nukeviet3", platform="nukeviet-3",
    url="http://muongte.laichau.gov.vn/index.php?language=vi&nv=news&op=Tin-tuc-su-kien/Ban-Pa-U-vui-Ngay-hoi-Dai-doan-ket-toan-dan-toc-2417",
    charset="utf-8",
    place="Mường Tè", unit="huyện Mường Tè", province="Lai Châu",
    title="Bản Pa Ủ vui Ngày hội Đại đoàn kết toàn dân tộc",
    published_at="2019-11-14T16:20:00+07:00",
    date_shown="Thứ Năm, 14/11/2019 - 16:20",
    author="Lò Thị Hương",
    source="Đài TT-TH huyện Mường Tè",
    lead="Hòa chung không khí cả nước kỷ niệm 89 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2019), ngày 14/11, Ban Công tác Mặt trận bản Pa Ủ, xã Pa Ủ đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
    blocks=[
        ("p", "Về dự ngày hội có đồng chí Pờ Gia Cà, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; lãnh đạo Ủy ban MTTQ Việt Nam huyện; Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Pa Ủ cùng đông đảo bà con dân tộc La Hủ trong bản."),
        ("p", "Bản Pa Ủ hiện có 126 hộ với 598 nhân khẩu, 100% là đồng bào dân tộc La Hủ. Những năm qua, được sự quan tâm của Đảng, Nhà nước, cùng với sự nỗ lực của bà con, đời sống của người dân trong bản từng bước được cải thiện. Năm 2019, bản có 88% hộ gia đình đạt danh hiệu gia đình văn hóa; tỷ lệ hộ nghèo giảm còn 41,3%; 100% trẻ em trong độ tuổi được đến trường; không có người mắc tệ nạn xã hội, không có hộ tái trồng cây thuốc phiện."),
        ("p", "Phát biểu tại ngày hội, đồng chí Pờ Gia Cà ghi nhận, biểu dương những kết quả mà bản Pa Ủ đạt được trong thời gian qua; đề nghị Ban Công tác Mặt trận bản tiếp tục phát huy vai trò nòng cốt trong tập hợp, đoàn kết nhân dân; vận động bà con giữ gìn bản sắc văn hóa truyền thống, xóa bỏ hủ tục lạc hậu, tích cực phát triển kinh tế từ trồng thảo quả, chăn nuôi đại gia súc và bảo vệ rừng."),
        ("img", "Đồng chí Pờ Gia Cà trao quà cho các hộ gia đình có hoàn cảnh khó khăn ở bản Pa Ủ", "trao qua"),
        ("p", "Dịp này, Ủy ban MTTQ Việt Nam huyện trao 20 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ gia đình có hoàn cảnh khó khăn; Ủy ban MTTQ xã Pa Ủ khen thưởng 5 hộ gia đình tiêu biểu trong phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”."),
        ("p", "Sau phần lễ, bà con tham gia các hoạt động văn hóa, văn nghệ, thể thao như hát dân ca La Hủ, múa xòe, kéo co, bắn nỏ, đẩy gậy. Ngày hội thực sự trở thành dịp để các thế hệ trong bản gặp gỡ, chia sẻ kinh nghiệm làm ăn, cùng nhau xây dựng bản làng ngày càng ấm no, đoàn kết."),
    ]))

A.append(dict(
    name="y07", tpl="php_iframes", platform="php-iframe",
    url="http://concuong.nghean.gov.vn/chitiet.php?id=1042&loai=1",
    charset=None,
    place="Con Cuông", unit="huyện Con Cuông", province="Nghệ An",
    title="Con Cuông phát động Tháng hành động vì trẻ em năm 2020",
    published_at="2020-06-05T00:00:00+07:00",
    date_shown="Ngày đăng: 05-06-2020",
    author="Lương Thị Ngân, Vi Văn Hùng",
    byline_raw="Tin: Lương Thị Ngân - Ảnh: Vi Văn Hùng",
    lead=None,
    blocks=[
        ("p", "Sáng 4/6, UBND huyện Con Cuông tổ chức lễ phát động Tháng hành động vì trẻ em năm 2020 với chủ đề “Chung tay bảo vệ trẻ em, phòng chống xâm hại và tai nạn, thương tích cho trẻ em”. Đến dự có đồng chí Vi Thị Hạnh, Phó Chủ tịch UBND huyện; đại diện các phòng, ban, đoàn thể cấp huyện, lãnh đạo UBND các xã, thị trấn cùng đông đảo các em học sinh trên địa bàn."),
        ("p", "Năm học 2019 - 2020, công tác bảo vệ, chăm sóc và giáo dục trẻ em trên địa bàn huyện có nhiều chuyển biến tích cực. Toàn huyện có 100% xã, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em; tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 100%; tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm còn 19,6%. Tuy nhiên, tình trạng trẻ em bị tai nạn đuối nước vào mùa hè, trẻ em ở các bản vùng sâu bỏ học sớm, tảo hôn vẫn còn xảy ra."),
        ("p", "Phát biểu tại lễ phát động, đồng chí Vi Thị Hạnh đề nghị các cấp, các ngành, các đoàn thể và mỗi gia đình cần nâng cao trách nhiệm trong việc chăm sóc, bảo vệ trẻ em, đặc biệt trong bối cảnh trẻ em nghỉ học dài ngày do ảnh hưởng của dịch Covid-19. Các xã, thị trấn cần tổ chức các lớp dạy bơi, kỹ năng phòng tránh đuối nước; rà soát, cảnh báo các điểm sông, suối, ao hồ nguy hiểm; phát hiện và can thiệp kịp thời các trường hợp trẻ em bị bạo lực, xâm hại."),
        ("img", "Lãnh đạo huyện trao quà cho trẻ em có hoàn cảnh đặc biệt khó khăn", "trao qua tre em"),
        ("p", "Nhân dịp này, Ban tổ chức đã trao 60 suất quà, mỗi suất trị giá 300.000 đồng cho trẻ em có hoàn cảnh đặc biệt khó khăn; trao 15 chiếc xe đạp cho học sinh nghèo vượt khó học giỏi do các nhà hảo tâm tài trợ. Sau lễ phát động, các em học sinh đã tham gia diễu hành tuyên truyền trên các tuyến đường chính của thị trấn Con Cuông."),
        ("p", "Theo kế hoạch, Tháng hành động vì trẻ em năm 2020 trên địa bàn huyện diễn ra từ ngày 1/6 đến ngày 30/6 với nhiều hoạt động thiết thực như: tổ chức ngày hội thiếu nhi, khám sàng lọc tim bẩm sinh cho trẻ em, vận động quỹ Bảo trợ trẻ em và tặng quà cho các em có hoàn cảnh khó khăn ở các xã Môn Sơn, Lục Dạ, Châu Khê."),
    ]))

A.append(dict(
    name="y08", tpl="dnn_moved", platform="dnn-7",
    url="https://phutho.gov.vn/huyen-cu/tamnong/tin-tuc/tabid/84/ArticleID/2871/tam-nong-day-manh-chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh.aspx",
    charset="utf-8",
    place="Tam Nông", unit="huyện Tam Nông", province="Phú Thọ",
    title="Tam Nông đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
    published_at="2022-04-15T09:30:00+07:00",
    date_shown="Thứ Sáu, 15/04/2022 09:30",
    author="Phan Thu Hà (Trung tâm VH-TT&TT huyện)",
    lead="Từ đầu năm 2022, huyện Tam Nông tập trung triển khai nhiều giải pháp đưa dịch vụ công trực tuyến đến gần hơn với người dân, tổ chức, góp phần nâng cao chỉ số cải cách hành chính của địa phương.",
    blocks=[
        ("img", None, "Bộ phận một cửa huyện Tam Nông"),
        ("p", "Xác định chuyển đổi số là nhiệm vụ trọng tâm, Ban Thường vụ Huyện ủy Tam Nông đã ban hành nghị quyết chuyên đề về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030. Trên cơ sở đó, UBND huyện xây dựng kế hoạch cụ thể, giao chỉ tiêu cho từng cơ quan, đơn vị và UBND các xã, thị trấn; đưa kết quả thực hiện vào tiêu chí đánh giá, xếp loại thi đua cuối năm."),
        ("p", "Đến nay, 100% cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn đã sử dụng phần mềm quản lý văn bản và điều hành; 100% cán bộ, công chức được cấp hộp thư điện tử công vụ; văn bản đi, đến được số hóa và ký số trên môi trường mạng đạt trên 95%. Bộ phận tiếp nhận và trả kết quả cấp huyện và cấp xã được trang bị máy tính, máy quét, màn hình tra cứu thông tin phục vụ người dân."),
        ("img", "Đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến tại xã Dị Nậu", "Hướng dẫn nộp hồ sơ trực tuyến"),
        ("p", "Điểm nhấn trong năm nay là mô hình “Tổ công nghệ số cộng đồng” được thành lập tại các khu dân cư. Các thành viên tổ, phần lớn là đoàn viên thanh niên, trực tiếp đến từng hộ gia đình hướng dẫn người dân cài đặt ứng dụng, tạo tài khoản trên Cổng dịch vụ công, thanh toán trực tuyến phí, lệ phí. Riêng quý I/2022, tỷ lệ hồ sơ trực tuyến mức độ 3, 4 của huyện đạt 38,6%, tăng gần 20% so với cùng kỳ năm trước."),
        ("img", None, "Màn hình tra cứu thủ tục hành chính tại xã Hương Nộn"),
        ("p", "Bà Nguyễn Thị Lựu, ở khu 4, xã Hương Nộn cho biết: “Trước đây muốn làm giấy tờ phải lên xã mấy lần, nay được các cháu hướng dẫn, tôi ngồi ở nhà cũng nộp được hồ sơ, đến hẹn chỉ việc lên lấy kết quả, rất tiện”."),
        ("p", "Tuy vậy, quá trình chuyển đổi số ở cơ sở vẫn còn những khó khăn như hạ tầng mạng ở một số khu dân cư chưa ổn định, một bộ phận người dân, nhất là người cao tuổi chưa quen sử dụng điện thoại thông minh. Thời gian tới, huyện sẽ tiếp tục đầu tư trang thiết bị, bồi dưỡng kỹ năng số cho cán bộ cơ sở, phấn đấu đến cuối năm 2022 tỷ lệ hồ sơ trực tuyến đạt trên 50%."),
    ]))

A.append(dict(
    name="y09", tpl="wordpress_nfd", platform="wordpress-4",
    url="https://ttvh.vandon.quangninh.gov.vn/2024/03/26/van-don-don-gan-120-000-luot-khach-trong-quy-i-2024/",
    charset="utf-8",
    place="Vân Đồn", unit="huyện Vân Đồn", province="Quảng Ninh",
    title="Vân Đồn đón gần 120.000 lượt khách trong quý I/2024",
    published_at="2024-03-26T09:15:33+07:00",
    meta_time="2024-03-26T02:15:33+00:00",
    modified_time="2024-03-27T01:02:10+00:00",
    date_shown="26/03/2024",
    author="Trần Hải Yến",
    cms_user="ttvh_vandon",
    lead=None,
    blocks=[
        ("p", "Theo số liệu của Phòng Văn hóa và Thông tin huyện Vân Đồn, trong quý I/2024, toàn huyện đón khoảng 118.600 lượt khách du lịch, tăng 21% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt hơn 9.400 lượt. Tổng doanh thu từ hoạt động du lịch ước đạt 365 tỷ đồng."),
        ("p", "Lượng khách tăng mạnh trong dịp Tết Nguyên đán Giáp Thìn và các lễ hội đầu xuân tại đình Quan Lạn, đình Cái Rồng. Các điểm đến được du khách lựa chọn nhiều là bãi tắm Sơn Hào, Minh Châu, khu vực Cái Rồng và các đảo Quan Lạn, Ngọc Vừng. Việc Cảng hàng không quốc tế Vân Đồn khai thác thêm một số chuyến bay thuê chuyến quốc tế cũng góp phần thu hút du khách."),
        ("img", "Du khách tham quan bãi tắm Minh Châu dịp đầu xuân", "minh chau"),
        ("p", "Để chuẩn bị cho mùa du lịch hè năm 2024, huyện đã chỉ đạo các cơ quan chức năng tăng cường kiểm tra hoạt động kinh doanh lưu trú, dịch vụ ăn uống, vận chuyển khách bằng tàu thủy ra các đảo; niêm yết công khai giá dịch vụ, xử lý nghiêm tình trạng “chặt chém”, ép giá du khách. Các xã đảo được yêu cầu tổ chức thu gom rác thải trên các bãi biển, bố trí lực lượng cứu hộ tại các bãi tắm."),
        ("h", "Phát triển sản phẩm du lịch cộng đồng"),
        ("p", "Bên cạnh du lịch biển đảo, huyện khuyến khích phát triển các sản phẩm du lịch cộng đồng, du lịch trải nghiệm gắn với nghề truyền thống như nuôi cấy ngọc trai, làm nước mắm, đánh bắt hải sản cùng ngư dân. Hiện trên địa bàn có 46 cơ sở lưu trú du lịch cộng đồng (homestay) với gần 400 phòng, chủ yếu tập trung ở xã Quan Lạn và xã Minh Châu."),
        ("p", "Ông Hoàng Văn Dũng, Trưởng phòng Văn hóa và Thông tin huyện cho biết:"),
        ("quote", "Chúng tôi xác định chất lượng dịch vụ và sự thân thiện của người dân là yếu tố quyết định để du khách quay trở lại. Năm nay, huyện sẽ tập trung đào tạo kỹ năng phục vụ, ngoại ngữ giao tiếp cho các hộ làm du lịch cộng đồng và hỗ trợ các hộ quảng bá sản phẩm trên môi trường số."),
        ("p", "Năm 2024, huyện Vân Đồn phấn đấu đón khoảng 900.000 lượt khách, doanh thu từ du lịch đạt trên 2.500 tỷ đồng. Huyện cũng đang phối hợp với các doanh nghiệp xây dựng bộ nhận diện điểm đến và đẩy mạnh quảng bá trên các nền tảng số."),
    ]))

A.append(dict(
    name="y10", tpl="print_view", platform="print-view",
    url="https://caibe.tiengiang.gov.vn/in-bai-viet?articleId=18345",
    charset="utf-8",
    place="Cái Bè", unit="huyện Cái Bè", province="Đồng Tháp", old_province="Tiền Giang",
    title="Cái Bè: Cấp thêm 12 mã số vùng trồng sầu riêng phục vụ xuất khẩu",
    published_at="2024-08-12T00:00:00+07:00",
    date_shown="Ngày đăng: 12/08/2024",
    author=None,
    source="Phòng NN&PTNT huyện Cái Bè",
    lead=None,
    blocks=[
        ("p", "Thời gian qua, Phòng Nông nghiệp và Phát triển nông thôn huyện Cái Bè đã phối hợp với Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Tiền Giang hướng dẫn các hợp tác xã, tổ hợp tác hoàn thiện hồ sơ đề nghị cấp mã số vùng trồng sầu riêng. Đến đầu tháng 8/2024, huyện được cấp thêm 12 mã số vùng trồng với tổng diện tích gần 640 ha, nâng tổng số mã số vùng trồng sầu riêng trên địa bàn lên 47 mã, diện tích khoảng 2.350 ha."),
        ("p", "Các vùng trồng mới được cấp mã tập trung ở các xã Hậu Thành, Hòa Hưng, Mỹ Lợi A, Thiện Trung và An Hữu. Để được cấp mã, các nhà vườn phải ghi chép đầy đủ nhật ký sản xuất, sử dụng thuốc bảo vệ thực vật trong danh mục cho phép, bảo đảm thời gian cách ly và chịu sự giám sát định kỳ của cơ quan chuyên môn."),
        ("p", "Ông Lê Văn Tám, Giám đốc Hợp tác xã Sầu riêng Hậu Thành chia sẻ: “Có mã số vùng trồng, doanh nghiệp xuất khẩu về tận vườn ký hợp đồng bao tiêu, giá thu mua cao hơn từ 5.000 đến 10.000 đồng/kg so với sầu riêng không có mã. Thành viên hợp tác xã ai cũng phấn khởi, tự giác làm đúng quy trình”."),
        ("p", "Tuy nhiên, theo đánh giá của ngành nông nghiệp, việc duy trì mã số vùng trồng đang đặt ra nhiều thách thức. Một số nhà vườn chưa ghi chép nhật ký thường xuyên; tình trạng mua bán sầu riêng không rõ nguồn gốc rồi gắn mã vùng trồng vẫn còn tiềm ẩn. Năm 2023, đã có 3 mã số vùng trồng trên địa bàn bị tạm dừng do vi phạm quy định về dư lượng thuốc bảo vệ thực vật."),
        ("p", "Thời gian tới, huyện Cái Bè tiếp tục tuyên truyền, vận động nông dân liên kết sản xuất theo hướng an toàn, đạt chuẩn VietGAP, GlobalGAP; tăng cường kiểm tra, giám sát các vùng trồng đã được cấp mã; hỗ trợ các hợp tác xã ứng dụng phần mềm truy xuất nguồn gốc và kết nối với doanh nghiệp xuất khẩu nhằm nâng cao giá trị, phát triển bền vững cây sầu riêng."),
    ]))

A.append(dict(
    name="y11", tpl="archive_snapshot", platform="archive-snapshot",
    url="https://luutru.tphcm.gov.vn/web/20250629094107/https://datdo.baria-vungtau.gov.vn/tin-tuc/dat-do-lay-y-kien-cu-tri-ve-viec-sap-xep-don-vi-hanh-chinh-cap-xa-12876.html",
    orig_url="https://datdo.baria-vungtau.gov.vn/tin-tuc/dat-do-lay-y-kien-cu-tri-ve-viec-sap-xep-don-vi-hanh-chinh-cap-xa-12876.html",
    charset="utf-8",
    place="Đất Đỏ", unit="huyện Đất Đỏ", province="Thành phố Hồ Chí Minh", old_province="Bà Rịa - Vũng Tàu",
    title="Đất Đỏ lấy ý kiến cử tri về việc sắp xếp đơn vị hành chính cấp xã",
    published_at="2025-04-21T15:05:00+07:00",
    date_shown="Thứ Hai, 21/04/2025 - 15:05",
    author="Thu Hà",
    byline_raw="Bài, ảnh: Thu Hà",
    lead="Từ ngày 18 đến 22/4/2025, huyện Đất Đỏ tổ chức lấy ý kiến cử tri về chủ trương sắp xếp các đơn vị hành chính cấp xã trên địa bàn theo đề án của UBND tỉnh.",
    blocks=[
        ("p", "Theo phương án được lấy ý kiến, 8 đơn vị hành chính cấp xã hiện nay của huyện Đất Đỏ, gồm 2 thị trấn và 6 xã, sẽ được sắp xếp thành 3 đơn vị hành chính cấp xã mới. Khi chính quyền địa phương hai cấp đi vào hoạt động, chính quyền cấp huyện sẽ kết thúc hoạt động theo chủ trương chung của Trung ương."),
        ("p", "Việc lấy ý kiến được thực hiện theo hình thức phát phiếu đến từng hộ gia đình. Mỗi cử tri đại diện hộ gia đình ghi ý kiến đồng ý hoặc không đồng ý đối với chủ trương sắp xếp và tên gọi dự kiến của đơn vị hành chính mới. Các tổ công tác gồm cán bộ khu phố, ấp, đoàn viên thanh niên và hội viên các đoàn thể được phân công đến tận nhà phát phiếu, giải thích rõ mục đích, ý nghĩa của việc sắp xếp."),
        ("img", "Tổ công tác ấp Phước Lộc, thị trấn Phước Hải phát phiếu lấy ý kiến cử tri tại nhà", "lay y kien cu tri"),
        ("p", "Ghi nhận tại thị trấn Phước Hải, không khí lấy ý kiến diễn ra nghiêm túc, dân chủ. Bà Trần Thị Mỹ Lệ, cử tri khu phố Hải Trung cho biết: “Tôi đồng tình với chủ trương sắp xếp để bộ máy gọn hơn, làm việc hiệu quả hơn. Mong muốn của người dân là khi sáp nhập rồi, thủ tục hành chính vẫn thuận tiện, cán bộ vẫn gần dân như bây giờ”."),
        ("p", "Ông Phạm Văn Lợi, Phó Chủ tịch UBND huyện Đất Đỏ cho biết, đến hết ngày 20/4, tỷ lệ cử tri tham gia ý kiến trên toàn huyện đạt 96,8%, trong đó trên 97% phiếu đồng ý với chủ trương sắp xếp. Những ý kiến băn khoăn của cử tri về địa điểm đặt trụ sở, việc điều chỉnh giấy tờ cá nhân sau sắp xếp đã được tổ công tác ghi nhận, tổng hợp báo cáo cấp trên."),
        ("p", "Sau khi kết thúc việc lấy ý kiến, UBND các xã, thị trấn sẽ tổng hợp kết quả, trình HĐND cùng cấp xem xét, thông qua trước ngày 30/4/2025. Huyện cũng chỉ đạo các địa phương rà soát, kiểm kê tài sản, trụ sở, hồ sơ lưu trữ, chuẩn bị các điều kiện cần thiết để chính quyền cấp xã mới vận hành thông suốt ngay từ ngày 01/7/2025."),
    ]))

A.append(dict(
    name="y12", tpl="nukeviet4_frozen", platform="nukeviet-4",
    url="https://krongpac.daklak.gov.vn/news/thong-bao/thong-bao-ve-viec-ket-thuc-hoat-dong-cua-chinh-quyen-cap-huyen-va-dung-cap-nhat-cong-thong-tin-dien-tu-huyen-krong-pac-3391.html",
    charset="utf-8",
    place="Krông Pắc", unit="huyện Krông Pắc", province="Đắk Lắk",
    title="Thông báo về việc kết thúc hoạt động của chính quyền cấp huyện và dừng cập nhật Cổng Thông tin điện tử huyện Krông Pắc",
    published_at="2025-06-27T16:45:00+07:00",
    date_shown="Thứ sáu - 27/06/2025 16:45",
    meta_time="2025-06-27ICT16:45:00",
    author="Văn phòng HĐND và UBND huyện",
    byline_raw="Tác giả bài viết: Văn phòng HĐND và UBND huyện",
    lead="Thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, UBND huyện Krông Pắc thông báo đến cán bộ, đảng viên, Nhân dân và các cơ quan, tổ chức, doanh nghiệp một số nội dung như sau.",
    blocks=[
        ("p", "Căn cứ Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Đắk Lắk năm 2025, kể từ ngày 01/7/2025, chính quyền cấp huyện trên địa bàn huyện Krông Pắc kết thúc hoạt động. Thị trấn và các xã hiện nay của huyện được sắp xếp thành 6 xã mới trực thuộc tỉnh Đắk Lắk, gồm:"),
        ("ul", [
            "Xã Krông Pắc, trên cơ sở thị trấn Phước An, xã Ea Yông và xã Hòa An.",
            "Xã Ea Knuếc, trên cơ sở xã Ea Knuếc, xã Hòa Đông và xã Ea Kênh.",
            "Xã Tân Tiến, trên cơ sở xã Tân Tiến, xã Ea Uy và xã Ea Yiêng.",
            "Xã Ea Phê, trên cơ sở xã Ea Phê, xã Ea Kuăng và xã Ea Hiu.",
            "Xã Ea Kly, trên cơ sở xã Ea Kly và xã Krông Búk.",
            "Xã Vụ Bổn, trên cơ sở xã Vụ Bổn và xã Hòa Tiến.",
        ]),
        ("p", "Kể từ ngày 01/7/2025, Cổng Thông tin điện tử huyện Krông Pắc dừng cập nhật thông tin. Toàn bộ tin, bài đã đăng tải được lưu trữ để phục vụ tra cứu. Thông tin về hoạt động của chính quyền các xã mới, mời bạn đọc truy cập Cổng Thông tin điện tử tỉnh Đắk Lắk và trang thông tin điện tử của các xã."),
        ("p", "Hồ sơ thủ tục hành chính đang giải quyết tại Bộ phận tiếp nhận và trả kết quả huyện đến hết ngày 30/6/2025 sẽ được bàn giao cho Trung tâm Phục vụ hành chính công của xã nơi người dân cư trú hoặc cơ quan chuyên môn thuộc UBND tỉnh theo thẩm quyền. Tổ chức, cá nhân không phải nộp lại hồ sơ và được thông báo kết quả theo phiếu hẹn đã nhận."),
        ("p", "Con dấu, tài khoản, hồ sơ lưu trữ của UBND huyện và các cơ quan chuyên môn cấp huyện được bàn giao, quản lý theo quy định. Giấy tờ do cơ quan cấp huyện và cấp xã cũ cấp cho tổ chức, công dân trước ngày 01/7/2025 vẫn tiếp tục có giá trị sử dụng theo thời hạn ghi trên giấy tờ; người dân không bắt buộc phải làm thủ tục đổi giấy tờ do thay đổi địa giới hành chính."),
        ("p", "UBND huyện Krông Pắc trân trọng cảm ơn sự quan tâm, đồng hành của Nhân dân, các cơ quan, doanh nghiệp và bạn đọc đối với Cổng Thông tin điện tử huyện trong suốt thời gian qua."),
    ]))

_HH_ROWS = [
    ["STT", "Đơn vị", "Địa chỉ trụ sở", "Điện thoại", "Thư điện tử"],
    ["1", "Xã Hải Hậu", "Trụ sở UBND thị trấn Yên Định (cũ)", "0228.3877.201", "xahaihau@ninhbinh.gov.vn"],
    ["2", "Xã Hải Anh", "Trụ sở UBND xã Hải Anh (cũ)", "0228.3878.115", "xahaianh@ninhbinh.gov.vn"],
    ["3", "Xã Hải Tiến", "Trụ sở UBND xã Hải Tân (cũ)", "0228.3875.342", "xahaitien@ninhbinh.gov.vn"],
    ["4", "Xã Hải Hưng", "Trụ sở UBND xã Hải Hưng (cũ)", "0228.3876.088", "xahaihung@ninhbinh.gov.vn"],
    ["5", "Xã Hải An", "Trụ sở UBND xã Hải An (cũ)", "0228.3879.230", "xahaian@ninhbinh.gov.vn"],
    ["6", "Xã Hải Quang", "Trụ sở UBND xã Hải Quang (cũ)", "0228.3873.517", "xahaiquang@ninhbinh.gov.vn"],
    ["7", "Xã Hải Xuân", "Trụ sở UBND thị trấn Cồn (cũ)", "0228.3874.466", "xahaixuan@ninhbinh.gov.vn"],
    ["8", "Xã Hải Thịnh", "Trụ sở UBND thị trấn Thịnh Long (cũ)", "0228.3872.109", "xahaithinh@ninhbinh.gov.vn"],
]

A.append(dict(
    name="y13", tpl="sharepoint_frozen", platform="sharepoint-2010",
    url="http://haihau.namdinh.gov.vn/Pages/tin-tuc/danh-ba-lien-he-cac-xa-moi-tu-ngay-01-7-2025.aspx",
    charset="utf-8",
    place="Hải Hậu", unit="huyện Hải Hậu", province="Ninh Bình", old_province="Nam Định",
    title="Danh bạ liên hệ của các xã mới trên địa bàn huyện Hải Hậu từ ngày 01/7/2025",
    published_at="2025-06-30T17:20:00+07:00",
    date_shown="30/06/2025 5:20 CH",
    author=None,
    lead="Để thuận tiện cho tổ chức, cá nhân trong liên hệ công tác và giải quyết thủ tục hành chính sau khi sắp xếp đơn vị hành chính, Cổng thông tin điện tử huyện Hải Hậu đăng tải danh bạ liên hệ của các xã mới như sau.",
    blocks=[
        ("p", "Theo Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình năm 2025, từ ngày 01/7/2025, các xã, thị trấn của huyện Hải Hậu được sắp xếp thành 8 xã mới trực thuộc tỉnh Ninh Bình. Trụ sở, số điện thoại và hộp thư điện tử của Văn phòng HĐND và UBND các xã mới như sau:"),
        ("table", _HH_ROWS),
        ("p", "Trung tâm Phục vụ hành chính công của các xã tiếp nhận hồ sơ từ thứ Hai đến thứ Sáu hằng tuần, buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ. Ngoài ra, người dân có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."),
        ("p", "Trường hợp cần phản ánh, kiến nghị về thủ tục hành chính, tổ chức, cá nhân liên hệ đường dây nóng của Chủ tịch UBND xã nơi cư trú hoặc gửi ý kiến qua ứng dụng công dân số của tỉnh. Danh bạ sẽ được cập nhật trên Cổng thông tin điện tử tỉnh Ninh Bình khi có thay đổi."),
        ("p", "Lưu ý: Số điện thoại cố định của các cơ quan cấp huyện tiếp tục được duy trì đến hết ngày 31/7/2025 để chuyển tiếp cuộc gọi; sau thời gian này, đề nghị tổ chức, công dân sử dụng số điện thoại mới nêu trên. Các số điện thoại của UBND các xã, thị trấn cũ không còn trong danh bạ được chuyển về số điện thoại của xã mới tương ứng."),
    ]))

A.append(dict(
    name="y14", tpl="liferay_commune", platform="liferay-6.2",
    url="https://lucnam.bacninh.gov.vn/tin-tuc/-/asset_publisher/Rt5NcW8yHa2E/content/xa-luc-nam-cong-bo-cac-nghi-quyet-quyet-dinh-ve-sap-xep-don-vi-hanh-chinh",
    charset="utf-8",
    place="Lục Nam", unit="xã Lục Nam", province="Bắc Ninh",
    title="Xã Lục Nam công bố các nghị quyết, quyết định về sắp xếp đơn vị hành chính và thành lập các cơ quan, tổ chức",
    published_at="2025-07-01T10:12:00+07:00",
    date_shown="01/07/2025 10:12",
    author="Nguyễn Mai Hương, Văn phòng HĐND và UBND xã",
    byline_lines=["Nguyễn Mai Hương", "Văn phòng HĐND và UBND xã"],
    lead="Sáng 30/6, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Lục Nam tổ chức hội nghị công bố các nghị quyết, quyết định của Trung ương và của tỉnh về sắp xếp đơn vị hành chính, thành lập Đảng bộ xã và chỉ định các chức danh lãnh đạo chủ chốt. Từ ngày 01/7, chính quyền địa phương hai cấp chính thức đi vào hoạt động.",
    blocks=[
        ("p", "Xã Lục Nam được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Đồi Ngô, xã Tiên Hưng và xã Khám Lạng thuộc huyện Lục Nam (cũ), có diện tích tự nhiên hơn 38 km², quy mô dân số trên 41.000 người. Trụ sở làm việc của Đảng ủy, HĐND, UBND xã đặt tại trụ sở Huyện ủy, UBND huyện Lục Nam (cũ)."),
        ("p", "Tại hội nghị, đại diện lãnh đạo tỉnh đã công bố Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Bắc Ninh; quyết định của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ xã Lục Nam, chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025; nghị quyết về chỉ định Chủ tịch, Phó Chủ tịch HĐND xã và quyết định bổ nhiệm Chủ tịch, Phó Chủ tịch UBND xã."),
        ("img", "Lãnh đạo tỉnh trao các quyết định cho lãnh đạo chủ chốt xã Lục Nam (Ảnh: Đức Anh)", "cong bo nghi quyet"),
        ("p", "Phát biểu nhận nhiệm vụ, đồng chí Thân Văn Khoa, Bí thư Đảng ủy xã bày tỏ vinh dự và nhận thức sâu sắc trách nhiệm được giao. Đồng chí cam kết tập thể lãnh đạo xã sẽ đoàn kết, nhanh chóng ổn định tổ chức bộ máy, bảo đảm hoạt động thông suốt, không để gián đoạn công việc, nhất là trong tiếp nhận và giải quyết thủ tục hành chính cho người dân, doanh nghiệp."),
        ("p", "Ngay trong sáng 01/7, Trung tâm Phục vụ hành chính công xã Lục Nam đã tiếp nhận 57 hồ sơ của công dân, chủ yếu là các thủ tục chứng thực, đăng ký hộ tịch và đất đai. Các cán bộ, công chức được bố trí theo lĩnh vực, có tổ hỗ trợ hướng dẫn người dân nộp hồ sơ trực tuyến."),
        ("p", "Ông Nguyễn Văn Thư, người dân thôn Khám Lạng chia sẻ: “Hôm nay là ngày đầu xã mới hoạt động, tôi đến làm thủ tục chứng thực giấy tờ, được cán bộ hướng dẫn rất nhiệt tình, chỉ mất khoảng 15 phút là xong. Tôi mong xã mới sẽ ngày càng phát triển”."),
    ]))

A.append(dict(
    name="y15", tpl="nukeviet4_commune", platform="nukeviet-4",
    url="https://muongte.laichau.gov.vn/news/tin-tuc-su-kien/xa-muong-te-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2026-512.html",
    charset="utf-8",
    place="Mường Tè", unit="xã Mường Tè", province="Lai Châu",
    title="Xã Mường Tè tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    published_at="2026-11-14T08:05:27+07:00",
    date_shown="14/11/2026 08:05",
    meta_time="2026-11-14ICT08:05:27",
    author="Hà Thị Thu",
    byline_raw="Bài và ảnh: Hà Thị Thu",
    lead="Ngày 13/11, Ban Công tác Mặt trận bản Nậm Củm, xã Mường Tè tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, hướng tới kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026).",
    blocks=[
        ("p", "Dự ngày hội có đồng chí Lý Xe Sừ, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đại diện lãnh đạo HĐND, UBND xã, các đoàn thể và đông đảo Nhân dân bản Nậm Củm."),
        ("p", "Bản Nậm Củm có 94 hộ với 412 nhân khẩu, gồm đồng bào các dân tộc Thái, Hà Nhì và Kinh cùng sinh sống. Năm 2026, Nhân dân trong bản đã tích cực hưởng ứng các phong trào thi đua, hiến hơn 1.200 m² đất và đóng góp gần 600 ngày công làm đường bê tông nội bản, tu sửa nhà văn hóa. Toàn bản có 86 hộ đạt danh hiệu “Gia đình văn hóa”; tỷ lệ hộ nghèo giảm từ 18,1% xuống còn 11,7%; an ninh trật tự được giữ vững, không có người vi phạm pháp luật."),
        ("p", "Phát biểu tại ngày hội, đồng chí Lý Xe Sừ biểu dương tinh thần đoàn kết, tương thân tương ái của Nhân dân bản Nậm Củm; đề nghị Ban Công tác Mặt trận bản tiếp tục phát huy vai trò tập hợp, vận động Nhân dân thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, chung tay giảm nghèo bền vững, giữ gìn bản sắc văn hóa các dân tộc."),
        ("img", "Các đại biểu cắt băng khánh thành tuyến đường bê tông nội bản Nậm Củm", "khanh thanh duong"),
        ("p", "Nhân dịp này, Ủy ban MTTQ Việt Nam xã và các nhà tài trợ đã trao 25 suất quà cho các hộ có hoàn cảnh khó khăn; khen thưởng 6 hộ gia đình có thành tích xuất sắc trong phong trào hiến đất làm đường. Sau phần lễ là các hoạt động giao lưu văn nghệ, thi nấu ăn, thi đẩy gậy, kéo co giữa các nhóm hộ, tạo không khí vui tươi, gắn kết trong cộng đồng."),
        ("p", "Theo kế hoạch của Ủy ban MTTQ Việt Nam xã, Ngày hội Đại đoàn kết toàn dân tộc năm 2026 được tổ chức tại tất cả các bản trên địa bàn xã, hoàn thành trước ngày 18/11. Mỗi bản lựa chọn một công trình, phần việc cụ thể để gắn biển chào mừng, góp phần xây dựng nông thôn mới ở vùng biên giới."),
    ]))

A.append(dict(
    name="y16", tpl="dnn_commune_kept", platform="dnn-7",
    url="https://xaconcuong.nghean.gov.vn/tin-tuc/tabid/112/ArticleID/905/con-cuong-chu-dong-phong-chong-dich-benh-viem-duong-ho-hap-cap.aspx",
    charset="utf-8",
    place="Con Cuông", unit="xã Con Cuông", province="Nghệ An",
    title="Con Cuông chủ động phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona",
    published_at="2020-02-17T08:30:00+07:00",
    date_shown="Ngày đăng: 17/02/2020 08:30",
    author="Hải Đăng - Trung tâm VH-TT&TT huyện",
    cms_user="admin_xaconcuong",
    lead=None,
    blocks=[
        ("p", "Thực hiện chỉ đạo của UBND tỉnh Nghệ An, ngày 15/2, Ban Chỉ đạo phòng, chống dịch bệnh huyện Con Cuông đã họp triển khai các biện pháp cấp bách phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV) gây ra."),
        ("p", "Theo báo cáo của Trung tâm Y tế huyện, đến thời điểm hiện tại, trên địa bàn huyện chưa ghi nhận trường hợp nào mắc hoặc nghi ngờ mắc bệnh. Tuy nhiên, số lao động của huyện đi làm việc tại nước ngoài và các tỉnh, thành phố có dịch trở về quê sau Tết Nguyên đán tương đối lớn; huyện có tuyến Quốc lộ 7A nối với cửa khẩu Nậm Cắn, lưu lượng người và phương tiện qua lại nhiều nên nguy cơ dịch xâm nhập là rất cao."),
        ("p", "Trung tâm Y tế huyện đã thành lập 3 đội đáp ứng nhanh, bố trí khu cách ly với 30 giường bệnh; chuẩn bị đầy đủ khẩu trang, dung dịch sát khuẩn, trang phục phòng hộ. Các trạm y tế xã, thị trấn lập danh sách, theo dõi sức khỏe của 126 người trở về từ vùng có dịch."),
        ("img", "Cán bộ Trung tâm Y tế huyện kiểm tra thân nhiệt người dân tại chốt kiểm soát trên Quốc lộ 7A", "kiem tra than nhiet"),
        ("h", "Cho học sinh nghỉ học để phòng dịch"),
        ("p", "Ngành Giáo dục và Đào tạo huyện đã cho học sinh các cấp học nghỉ học đến hết ngày 29/2 theo chỉ đạo của UBND tỉnh; yêu cầu các nhà trường tổng vệ sinh, phun khử khuẩn lớp học, giao bài tập cho học sinh ôn tập tại nhà thông qua giáo viên chủ nhiệm và các nhóm phụ huynh."),
        ("p", "Kết luận cuộc họp, đồng chí Trưởng Ban Chỉ đạo yêu cầu các thành viên bám sát địa bàn được phân công, không chủ quan, lơ là; đẩy mạnh tuyên truyền để Nhân dân hiểu đúng về dịch bệnh, không hoang mang, không tích trữ hàng hóa, không chia sẻ thông tin sai sự thật trên mạng xã hội. Các trường hợp nghi ngờ mắc bệnh phải được cách ly, lấy mẫu xét nghiệm và báo cáo kịp thời theo quy định."),
    ]))

A.append(dict(
    name="y17", tpl="bootstrap_jsonld", platform="bootstrap-custom",
    url="https://caibe.dongthap.gov.vn/tin-tuc/hoi-lien-hiep-phu-nu-xa-cai-be-ra-mat-mo-hinh-cho-xanh-khong-rac-thai-nhua-a2318.html",
    charset="utf-8",
    place="Cái Bè", unit="xã Cái Bè", province="Đồng Tháp",
    title="Hội Liên hiệp Phụ nữ xã Cái Bè ra mắt mô hình “Chợ xanh - không rác thải nhựa”",
    published_at="2026-03-08T07:45:12+07:00",
    ld_modified="2026-03-08T10:02:40+07:00",
    author="Thanh Tâm, Quỳnh Như",
    lead="Nhân kỷ niệm 116 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2026), Hội Liên hiệp Phụ nữ xã Cái Bè phối hợp với Ban quản lý chợ Cái Bè ra mắt mô hình “Chợ xanh - không rác thải nhựa”.",
    blocks=[
        ("p", "Dự lễ ra mắt có bà Nguyễn Thị Kim Loan, Phó Chủ tịch UBND xã; đại diện Ủy ban MTTQ Việt Nam xã, các đoàn thể và hơn 150 hội viên phụ nữ, tiểu thương đang kinh doanh tại chợ."),
        ("p", "Chợ Cái Bè hiện có 236 hộ kinh doanh cố định, mỗi ngày đón hàng nghìn lượt người mua bán. Theo khảo sát của Hội Liên hiệp Phụ nữ xã, trung bình mỗi ngày chợ thải ra khoảng 40 kg túi ni lông và đồ nhựa dùng một lần, gây áp lực lớn cho công tác thu gom, xử lý rác thải và ô nhiễm nguồn nước sông Tiền."),
        ("p", "Tham gia mô hình, các tiểu thương cam kết thực hiện các nội dung:"),
        ("ul", [
            "Hạn chế sử dụng túi ni lông, thay thế bằng túi giấy, lá chuối, giỏ tre và túi vải.",
            "Phân loại rác thải tại nguồn, bỏ rác đúng nơi quy định sau mỗi buổi chợ.",
            "Vận động khách hàng mang theo giỏ, túi cá nhân khi đi chợ.",
            "Giữ gìn vệ sinh quầy sạp, không xả nước thải, rác thải xuống sông.",
        ]),
        ("img", "Hội viên phụ nữ tặng túi vải cho người dân đi chợ", "tang tui vai"),
        ("p", "Tại buổi lễ, Hội Liên hiệp Phụ nữ xã đã trao tặng 1.000 túi vải, 200 giỏ nhựa tái sử dụng cho tiểu thương và người dân; ra mắt điểm “Đổi rác lấy quà” tại cổng chợ, nơi người dân mang chai nhựa, giấy vụn đến đổi lấy cây xanh, túi vải hoặc các sản phẩm thiết yếu."),
        ("p", "Bà Trần Thị Bé Năm, tiểu thương bán rau ở chợ Cái Bè chia sẻ: “Lúc đầu tôi cũng ngại vì khách quen dùng bịch ni lông rồi, nhưng nghĩ lại thấy rác nhiều quá, nước sông ngày càng dơ. Giờ tôi gói rau bằng lá chuối, khách còn khen đẹp”."),
        ("p", "Thời gian tới, Hội Liên hiệp Phụ nữ xã sẽ thành lập tổ giám sát, định kỳ đánh giá kết quả thực hiện mô hình, phấn đấu giảm 50% lượng túi ni lông sử dụng tại chợ trong năm 2026, đồng thời nhân rộng mô hình ra các chợ khác trên địa bàn xã."),
    ]))

A.append(dict(
    name="y18", tpl="wordpress_metaonly", platform="wordpress-4",
    url="https://vandon.quangninh.gov.vn/2025/08/19/dac-khu-van-don-dua-trung-tam-phuc-vu-hanh-chinh-cong-di-vao-nen-nep/",
    charset="utf-8",
    place="Vân Đồn", unit="đặc khu Vân Đồn", province="Quảng Ninh",
    title="Đặc khu Vân Đồn đưa Trung tâm Phục vụ hành chính công đi vào nền nếp",
    published_at="2025-08-19T10:20:45+07:00",
    meta_time="2025-08-19T03:20:45+00:00",
    modified_time="2025-08-20T01:11:02+00:00",
    author="Đặng Khoa",
    byline_raw="Tác giả: Đặng Khoa",
    cms_user="quantri",
    lead=None,
    blocks=[
        ("p", "Sau hơn một tháng vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công đặc khu Vân Đồn đã từng bước ổn định, tiếp nhận và giải quyết hồ sơ của người dân, doanh nghiệp cơ bản đúng hạn, không để xảy ra ách tắc."),
        ("p", "Trung tâm được bố trí tại trụ sở Trung tâm Hành chính công huyện Vân Đồn (cũ), với 14 quầy giao dịch, khu vực chờ rộng rãi, có máy lấy số tự động, màn hình tra cứu và khu vực hỗ trợ nộp hồ sơ trực tuyến. Mỗi ngày, trung tâm tiếp nhận trung bình từ 120 đến 150 hồ sơ, tập trung nhiều nhất ở các lĩnh vực đất đai, hộ tịch, chứng thực và đăng ký kinh doanh."),
        ("p", "Từ ngày 01/7 đến ngày 15/8/2025, trung tâm đã tiếp nhận 5.214 hồ sơ, trong đó 68% hồ sơ được nộp trực tuyến; đã giải quyết 4.870 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 98,6%. Đối với người dân ở khu vực đảo Quan Lạn, Minh Châu, Thắng Lợi, đặc khu bố trí các điểm tiếp nhận hồ sơ lưu động mỗi tuần một lần, giúp bà con không phải đi tàu vào trung tâm."),
        ("img", "Công chức Trung tâm Phục vụ hành chính công đặc khu hướng dẫn người dân nộp hồ sơ", "trung tam hcc"),
        ("p", "Anh Vũ Văn Thành, ở khu vực Cái Rồng cho biết: “Tôi đến làm thủ tục tách thửa đất, cán bộ hướng dẫn rất kỹ, hồ sơ thiếu gì được nói một lần là đủ. So với trước đây, thời gian giải quyết nhanh hơn nhiều”."),
        ("p", "Bên cạnh kết quả đạt được, hoạt động của trung tâm vẫn còn một số khó khăn như: phần mềm một cửa có lúc bị chậm khi lượng hồ sơ tăng cao; một số công chức mới được điều động từ các đơn vị khác về chưa thành thạo nghiệp vụ ở lĩnh vực mới. Đặc khu đã tổ chức các lớp bồi dưỡng ngắn hạn, đồng thời đề nghị Sở Khoa học và Công nghệ tỉnh hỗ trợ nâng cấp đường truyền, hoàn thiện kết nối dữ liệu."),
        ("p", "Lãnh đạo UBND đặc khu Vân Đồn cho biết, thời gian tới sẽ tiếp tục rà soát, cắt giảm thời gian giải quyết đối với các thủ tục có nhu cầu lớn; triển khai đánh giá mức độ hài lòng của người dân qua mã QR tại từng quầy; phấn đấu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%."),
    ]))

A.append(dict(
    name="y19", tpl="aspnet_infobox", platform="aspnet-webforms",
    url="https://tamnong.phutho.gov.vn/tin-tuc/chi-tiet.aspx?id=418",
    charset="utf-8",
    place="Tam Nông", unit="xã Tam Nông", province="Phú Thọ",
    title="Công an xã Tam Nông ra mắt mô hình “Camera an ninh kết nối cộng đồng”",
    published_at="2025-10-03T08:00:00+07:00",
    date_shown="03/10/2025 08:00",
    author="Đại úy Nguyễn Văn Hòa - Công an xã Tam Nông",
    lead=None,
    blocks=[
        ("p", "Ngày 2/10, Công an xã Tam Nông phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức lễ ra mắt mô hình “Camera an ninh kết nối cộng đồng” tại khu 5. Dự buổi lễ có lãnh đạo Đảng ủy, HĐND, UBND xã, đại diện Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Phú Thọ cùng đông đảo Nhân dân."),
        ("p", "Mô hình được triển khai từ nguồn xã hội hóa với tổng kinh phí gần 420 triệu đồng. Giai đoạn đầu, 48 camera đã được lắp đặt tại các tuyến đường trục chính, ngã ba, ngã tư, khu vực chợ, trường học và nơi tập trung đông người. Hình ảnh từ camera được kết nối về phòng giám sát tại trụ sở Công an xã và điện thoại của trưởng khu, tổ trưởng tổ bảo vệ an ninh, trật tự ở cơ sở."),
        ("p", "Theo Trung tá Hà Minh Tuấn, Trưởng Công an xã Tam Nông, sau khi sắp xếp đơn vị hành chính, địa bàn xã rộng hơn, dân số đông hơn, trong khi lực lượng có hạn. Hệ thống camera giúp lực lượng công an kịp thời phát hiện, xử lý các hành vi vi phạm trật tự an toàn giao thông, trộm cắp tài sản, đồng thời là nguồn dữ liệu quan trọng phục vụ công tác điều tra, truy vết."),
        ("p", "Chỉ trong thời gian chạy thử từ giữa tháng 9, nhờ trích xuất hình ảnh từ camera, Công an xã đã xác minh, làm rõ 2 vụ trộm cắp xe máy và 1 vụ gây tai nạn giao thông rồi bỏ chạy. Người dân cũng chủ động hơn trong việc cung cấp thông tin, phản ánh các vụ việc nghi vấn qua nhóm Zalo của từng khu."),
        ("img", "Lực lượng Công an xã kiểm tra hình ảnh từ hệ thống camera tại phòng giám sát", "phong giam sat"),
        ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã đánh giá cao sự chủ động của lực lượng công an và tinh thần đóng góp của Nhân dân; đề nghị Công an xã xây dựng quy chế quản lý, khai thác camera bảo đảm đúng quy định về bảo vệ dữ liệu cá nhân, đồng thời phối hợp với các khu dân cư nhân rộng mô hình, phấn đấu đến hết năm 2026 lắp đặt camera tại 100% khu dân cư trên địa bàn xã."),
    ]))

A.append(dict(
    name="y20", tpl="joomla25_commune", platform="joomla-2.5",
    url="https://vanban.laocai.gov.vn/index.php/tin-tuc/412-xa-van-ban-ron-rang-le-hoi-com-moi-nam-2026",
    charset="utf-8",
    place="Văn Bàn", unit="xã Văn Bàn", province="Lào Cai",
    title="Xã Văn Bàn rộn ràng Lễ hội Cơm mới năm 2026",
    published_at="2026-11-21T16:10:00+07:00",
    date_shown="Ngày đăng: Thứ bảy, 21 Tháng 11 2026 16:10",
    author="Minh Châu",
    source="(Theo Báo và Phát thanh, Truyền hình Lào Cai)",
    cms_user="bientap01",
    lead=None,
    blocks=[
        ("p", "Ngày 21/11, tại sân vận động trung tâm xã, UBND xã Văn Bàn tổ chức Lễ hội Cơm mới năm 2026 nhằm tôn vinh giá trị văn hóa truyền thống của đồng bào các dân tộc Tày, Dao, Mông trên địa bàn và quảng bá các sản phẩm nông nghiệp đặc trưng của địa phương."),
        ("p", "Lễ hội Cơm mới là phong tục lâu đời của đồng bào Tày ở Văn Bàn, được tổ chức sau mỗi vụ thu hoạch lúa mùa để tạ ơn trời đất, tổ tiên đã cho mùa màng bội thu. Năm nay, lễ hội có sự tham gia của 12 đội đến từ các thôn, bản với phần tái hiện nghi lễ cúng cơm mới, thi giã cốm, đồ xôi ngũ sắc, gói bánh chưng đen và trình diễn trang phục truyền thống."),
        ("img", "Phần thi giã cốm của đội thôn Khe Bận", "gia com"),
        ("p", "Tại lễ hội, Ban tổ chức bố trí 30 gian hàng trưng bày, giới thiệu các sản phẩm OCOP và đặc sản của xã như quế Văn Bàn, gạo nếp tan, măng khô, mật ong, miến dong. Nhiều du khách từ các phường trung tâm của tỉnh và các xã lân cận đã đến tham quan, mua sắm."),
        ("p", "Bà Lương Thị Thơm, thôn Nà Khương, thành viên đội thi giã cốm cho biết: “Năm nào bản tôi cũng làm lễ cơm mới, nhưng được mang ra lễ hội của xã để mọi người cùng xem, cùng thưởng thức thì vui lắm. Các cháu nhỏ cũng được học cách giã cốm, thổi xôi như ông bà ngày xưa”."),
        ("p", "Phát biểu khai mạc, ông Hoàng Văn Quý, Chủ tịch UBND xã Văn Bàn cho biết, năm 2026 xã có hơn 1.850 ha lúa, năng suất bình quân đạt 54 tạ/ha; diện tích quế đạt trên 9.000 ha, mang lại nguồn thu ổn định cho người dân. Xã sẽ tiếp tục gắn bảo tồn các lễ hội truyền thống với phát triển du lịch cộng đồng, xây dựng sản phẩm du lịch đặc trưng để thu hút du khách."),
        ("p", "Kết thúc lễ hội, Ban tổ chức đã trao giải Nhất cho đội thôn Khe Bận, giải Nhì cho đội thôn Nà Khương, giải Ba cho đội thôn Chiềng 1 cùng nhiều giải phụ cho các phần thi."),
    ]))


def gold_blocks(a):
    out = []
    if a.get("lead"):
        out.append(plain(a["lead"]))
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "h", "quote"):
            out.append(plain(b[1]))
        elif k in ("ul", "ol"):
            out.extend(plain(x) for x in b[1])
        elif k == "table":
            for row in b[1]:
                out.extend(plain(c) for c in row)
        elif k == "img":
            if b[1]:
                out.append(plain(b[1]))
        else:
            raise ValueError(k)
    return out


# ---------------------------------------------------------------------------
# rendering of the article blocks
# ---------------------------------------------------------------------------

PAD = "\x00PAD\x00"


def _tbl_default(rows, cls="", head=True):
    out = ["<table%s border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%%\"><tbody>" % (
        (" class=\"%s\"" % cls) if cls else "")]
    for i, r in enumerate(rows):
        tag = "td"
        cells = "".join("<%s%s>%s</%s>" % (tag, " style=\"text-align:center;font-weight:bold\"" if (i == 0 and head) else "", c, tag) for c in r)
        out.append("<tr>%s</tr>" % cells)
    out.append("</tbody></table>")
    return "\n".join(out)


BASE_STYLE = dict(
    p=lambda t: "<p>%s</p>" % t,
    h=lambda t: "<p><strong>%s</strong></p>" % t,
    ul=lambda xs: "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % x for x in xs),
    ol=lambda xs: "<ol>\n%s\n</ol>" % "\n".join("<li>%s</li>" % x for x in xs),
    table=lambda rows: _tbl_default(rows),
    quote=lambda t: "<blockquote><p>%s</p></blockquote>" % t,
    img=lambda src, alt, cap: ("<p style=\"text-align:center\"><img alt=\"%s\" src=\"%s\" style=\"width:600px\" /></p>" % (alt, src))
    + ("\n<p style=\"text-align:center\"><em>%s</em></p>" % cap if cap else ""),
)


def render_blocks(a, rng, style, imgbase, ext=".jpg"):
    st = dict(BASE_STYLE)
    st.update(style)
    parts, k_img = [], 0
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "h", "quote"):
            parts.append(st[k](inline(b[1])))
        elif k in ("ul", "ol"):
            parts.append(st[k]([inline(x) for x in b[1]]))
        elif k == "table":
            parts.append(st["table"]([[inline(c) for c in r] for r in b[1]]))
        elif k == "img":
            k_img += 1
            src = "%s%s%s" % (imgbase, rng.choice(["anh", "IMG_", "DSC0", "a"]) + str(rng.randint(1000, 9999)) + ("_%d" % k_img), ext)
            parts.append(st["img"](src, attr(b[2]), inline(b[1]) if b[1] else None))
        else:
            raise ValueError(k)
    return "\n".join(parts)


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def pubdate(a):
    return dt.date.fromisoformat(a["published_at"][:10])


def iso_minus(d, days):
    return (d - dt.timedelta(days=days)).isoformat()


def clamp_hi(d, hi):
    return min(d, dt.date.fromisoformat(hi)).isoformat()


# ---------------------------------------------------------------------------
# y01: old ASP.NET WebForms, tables and <font>, windows-1258, frozen
# ---------------------------------------------------------------------------

def t_aspnet_old(a, rng):
    place, pub = a["place"], pubdate(a)
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản",
            "Thủ tục hành chính", "Lịch công tác", "Hỏi đáp", "Liên hệ"]
    menu_html = " | ".join(
        "<a href=\"/Portal/DanhMuc.aspx?CatID=%d\" class=\"menu\"><font color=\"#FFFFFF\"><b>%s</b></font></a>" % (i + 1, esc(m))
        for i, m in enumerate(menu))
    left_groups = [
        ("GIỚI THIỆU", ["Điều kiện tự nhiên", "Lịch sử hình thành", "Đơn vị hành chính", "Cơ cấu tổ chức", "Danh bạ điện thoại"]),
        ("TIN TỨC - SỰ KIỆN", ["Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Tin từ cơ sở"]),
        ("CHÍNH QUYỀN", ["HĐND huyện", "UBND huyện", "Các phòng, ban", "UBND các xã, thị trấn"]),
        ("CÔNG DÂN", ["Thủ tục hành chính", "Hỏi đáp", "Tiếp công dân", "Góp ý dự thảo"]),
    ]
    left = []
    for g, items in left_groups:
        left.append("<table width=\"100%%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\"><tr><td bgcolor=\"#0b4f8a\"><font face=\"Arial\" size=\"2\" color=\"#FFFFFF\"><b>%s</b></font></td></tr>" % esc(g))
        for it in items:
            left.append("<tr><td class=\"leftitem\"><img src=\"/images/arrow.gif\" width=\"7\" height=\"7\">&nbsp;<a href=\"/Portal/DanhMuc.aspx?CatID=%d\"><font face=\"Arial\" size=\"2\" color=\"#003366\">%s</font></a></td></tr>" % (rng.randint(10, 90), esc(it)))
        left.append("</table><br>")
    links = "".join("<option value=\"%d\">%s</option>" % (i, esc(s)) for i, s in enumerate(LINK_SITES))
    left.append("<table width=\"100%%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\"><tr><td bgcolor=\"#0b4f8a\"><font face=\"Arial\" size=\"2\" color=\"#FFFFFF\"><b>LIÊN KẾT WEBSITE</b></font></td></tr><tr><td><select name=\"ctl00$ddlLienKet\" onchange=\"window.open(this.value)\" style=\"width:180px\"><option>-- Chọn liên kết --</option>%s</select></td></tr></table><br>" % links)
    left.append("<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\"><tr><td colspan=\"2\" bgcolor=\"#0b4f8a\"><font face=\"Arial\" size=\"2\" color=\"#FFFFFF\"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>" + counter_block(rng, "tr") + "</table>")

    def p(t):
        return "<p align=\"justify\"><font face=\"Arial\" size=\"2\">%s</font></p>" % t

    body = render_blocks(a, rng, dict(
        p=p,
        ol=lambda xs: "<ol>\n%s\n</ol>" % "\n".join("<li><font face=\"Arial\" size=\"2\">%s</font></li>" % x for x in xs),
        img=lambda src, alt, cap: "<table align=\"center\" border=\"0\" cellpadding=\"2\" cellspacing=\"0\" width=\"90%%\"><tr><td align=\"center\"><img src=\"%s\" width=\"450\" border=\"0\" alt=\"%s\"></td></tr><tr><td align=\"center\"><font face=\"Arial\" size=\"1\"><i>%s</i></font></td></tr></table>" % (src, alt, cap),
    ), "/Uploads/Images/2019/3/")
    older = dated_headlines(rng, 10, place, iso_minus(pub, 120), iso_minus(pub, 1))
    newer = dated_headlines(rng, 5, place, (pub + dt.timedelta(days=1)).isoformat(), (pub + dt.timedelta(days=60)).isoformat())
    other = "".join(
        "<tr><td><img src=\"/images/bullet.gif\">&nbsp;<a href=\"/Portal/ChiTietTin.aspx?ID=%d&amp;CatID=4\"><font face=\"Arial\" size=\"2\">%s</font></a> <font face=\"Arial\" size=\"1\" color=\"#808080\">(%s)</font></td></tr>" % (
            rng.randint(1200, 1990), esc(t), dmy(d)) for t, d in newer + older)
    right = []
    for i in range(6):
        right.append("<a href=\"%s\" target=\"_blank\"><img src=\"/Uploads/Banner/banner%d.jpg\" width=\"190\" border=\"0\" alt=\"%s\"></a><br><br>" % (
            rng.choice(["http://chinhphu.vn", "http://dichvucong.gov.vn", "http://thanhhoa.gov.vn", "http://vbpl.vn"]), i + 1, esc(rng.choice(LINK_SITES))))
    poll = "".join("<input type=\"radio\" name=\"ctl00$poll\" value=\"%d\"><font face=\"Arial\" size=\"2\">%s</font><br>" % (i, esc(o))
                   for i, o in enumerate(["Rất hữu ích", "Hữu ích", "Bình thường", "Chưa đáp ứng"]))
    lich = dated_headlines(rng, 4, place, "2025-06-16", "2025-06-30")
    lich_html = "".join("<li><font face=\"Arial\" size=\"1\">%s: %s</font></li>" % (dmy(d), esc(t)) for t, d in lich)
    script = js_blob(rng, 40, "QS")
    css = css_blob(rng, 70)
    html_ = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>%(title)s - Cổng thông tin điện tử huyện Quan Sơn</title>
<meta name="keywords" content="Quan Sơn, Thanh Hóa, tin tức, sự kiện">
<link href="/App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet">
<style type="text/css">
%(css)s
</style>
<script language="javascript" type="text/javascript" src="/Scripts/menu.js"></script>
<script language="javascript" type="text/javascript">
%(script)s
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E6EEF5">
<form name="aspnetForm" method="post" action="./ChiTietTin.aspx?ID=1873&amp;CatID=4" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg%(pad)s">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div style="background:#FFF3CD;border-bottom:2px solid #E0A800;padding:6px;text-align:center;font-family:Arial;font-size:13px;color:#5c4400">
<b>TRANG THÔNG TIN LƯU TRỮ</b> - Cổng thông tin điện tử huyện Quan Sơn ngừng cập nhật từ ngày 01/7/2025. Mời truy cập Cổng thông tin điện tử tỉnh Thanh Hóa tại <a href="https://thanhhoa.gov.vn">thanhhoa.gov.vn</a> để theo dõi thông tin của các xã trên địa bàn huyện Quan Sơn (cũ).
</div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="/images/banner_quanson.jpg" width="1000" height="150" border="0" alt="Cổng thông tin điện tử huyện Quan Sơn"></td></tr>
<tr><td colspan="3" bgcolor="#0b4f8a" height="28" align="center">%(menu)s</td></tr>
<tr><td colspan="3" bgcolor="#E8E8E8" height="24"><table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="260"><font face="Arial" size="2" color="#003366">&nbsp;<b>Chủ nhật, ngày 22/11/2026</b></font></td>
<td><marquee scrollamount="3"><font face="Arial" size="2" color="#CC0000">Chào mừng quý vị đến với Cổng thông tin điện tử huyện Quan Sơn - tỉnh Thanh Hóa</font></marquee></td>
<td width="210" align="right"><input name="ctl00$txtSearch" type="text" size="16"><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm">&nbsp;</td>
</tr></table></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F2F6FA">%(left)s</td>
<td width="600" valign="top" style="padding:8px">
<font face="Arial" size="1" color="#666666"><a href="/">Trang chủ</a> &gt;&gt; <a href="/Portal/DanhMuc.aspx?CatID=2">Tin tức - Sự kiện</a> &gt;&gt; <a href="/Portal/DanhMuc.aspx?CatID=4">Kinh tế</a></font>
<table width="100%%" cellpadding="4" cellspacing="0" border="0">
<tr><td><font face="Arial" size="3" color="#0b4f8a"><b>%(title)s</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080"><i>%(date)s</i></font>&nbsp;&nbsp;<font face="Arial" size="1" color="#808080">Lượt xem: %(views)d</font></td></tr>
<tr><td>
%(body)s
</td></tr>
<tr><td align="right"><font face="Arial" size="2"><b>%(author)s</b></font></td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> <font face="Arial" size="1">In trang</font></a>&nbsp;<a href="mailto:?subject=Tin%%20Quan%%20Son"><img src="/images/email.gif" border="0"> <font face="Arial" size="1">Gửi email</font></a>&nbsp;<a href="#top"><font face="Arial" size="1">Về đầu trang</font></a></td></tr>
</table>
<table width="100%%" cellpadding="2" cellspacing="0" border="0">
<tr><td bgcolor="#DCE6F0"><font face="Arial" size="2" color="#0b4f8a"><b>CÁC TIN KHÁC</b></font></td></tr>
%(other)s
</table>
</td>
<td width="200" valign="top" bgcolor="#F2F6FA" align="center" style="padding-top:6px">
%(right)s
<table width="190" cellpadding="3" cellspacing="0" border="0"><tr><td bgcolor="#0b4f8a"><font face="Arial" size="2" color="#FFFFFF"><b>LỊCH CÔNG TÁC</b></font></td></tr><tr><td align="left"><ul style="margin:0;padding-left:14px">%(lich)s</ul></td></tr></table><br>
<table width="190" cellpadding="3" cellspacing="0" border="0"><tr><td bgcolor="#0b4f8a"><font face="Arial" size="2" color="#FFFFFF"><b>THĂM DÒ Ý KIẾN</b></font></td></tr><tr><td align="left"><font face="Arial" size="2">Bạn thấy Cổng thông tin điện tử huyện thế nào?</font><br>%(poll)s<input type="submit" name="ctl00$btnVote" value="Biểu quyết"> <input type="submit" name="ctl00$btnResult" value="Kết quả"></td></tr></table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#0b4f8a" align="center" style="padding:8px"><font face="Arial" size="2" color="#FFFFFF">
<b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUAN SƠN - TỈNH THANH HÓA</b><br>
Cơ quan chủ quản: Ủy ban nhân dân huyện Quan Sơn<br>
Địa chỉ: Khu 1, thị trấn Sơn Lư, huyện Quan Sơn, tỉnh Thanh Hóa - Điện thoại: 0237.3873.%(tel)03d - Fax: 0237.3873.%(fax)03d<br>
Giấy phép số 08/GP-STTTT ngày 14/5/2014 của Sở Thông tin và Truyền thông tỉnh Thanh Hóa<br>
Ghi rõ nguồn "Cổng thông tin điện tử huyện Quan Sơn" khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBgL%(ev)s">
</div>
</form>
</body>
</html>
""" % dict(title=esc(a["title"]), css=css, script=script, pad=PAD, menu=menu_html, left="\n".join(left),
           date=esc(a["date_shown"]), views=rng.randint(300, 2500), body=body, author=esc(a["author"]),
           other=other, right="\n".join(right), lich=lich_html, poll=poll, tel=rng.randint(100, 999),
           fax=rng.randint(100, 999), ev=b64(rng, 120))
    return html_


# ---------------------------------------------------------------------------
# SharePoint 2010 (Tân Dân) sub-sites: y02 moved under /huyen-cu/, y13 frozen
# ---------------------------------------------------------------------------

def _sp_head_scripts(rng, web):
    lines = [
        "var _fV4UI = true;",
        "var L_Menu_BaseUrl=\"%s\";" % web,
        "var L_Menu_LCID=\"1066\";",
        "var L_Menu_SiteTheme=\"null\";",
        "var _spPageContextInfo = {webServerRelativeUrl: \"%s\", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:\"{%s-%s-%s-%s-%s}\",pageItemId:%d, alertsEnabled:false, siteServerRelativeUrl: \"/\", allowSilverlightPrompt:'True'};" % (
            web, hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12), rng.randint(100, 3000)),
        "document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};",
    ]
    for lib in ["core.js", "sp.core.js", "sp.runtime.js", "sp.js", "cui.js", "inplview.js", "ribbon.js", "sp.ui.dialog.js",
                "init.js", "menu.js", "callout.js", "clienttemplates.js", "sp.ribbon.js", "msstring.js", "browserScript"]:
        lines.append("RegisterSod(\"%s\", \"\\u002f_layouts\\u002f%s?rev=%s\");" % (lib, lib, b64(rng, 22).replace("/", "%2F").replace("+", "%2B")))
    for dep in range(12):
        lines.append("RegisterSodDep(\"%s\", \"%s\");" % (rng.choice(["sp.js", "cui.js", "ribbon.js", "inplview.js"]),
                                                          rng.choice(["sp.core.js", "sp.runtime.js", "core.js", "msstring.js"])))
    return "\n".join(lines)


def _sp_page(a, rng, web, site_title, province_site, banner, crumbs, body_html, extra_after, navs):
    pub = pubdate(a)
    head_js = _sp_head_scripts(rng, web)
    nav_html = "".join(
        "<li class=\"static\"><a class=\"static menu-item\" href=\"%s/Pages/%s.aspx\"><span class=\"additional-background\"><span class=\"menu-item-text\">%s</span></span></a></li>" % (
            web, slug(n), esc(n)) for n in navs)
    left_nav = "".join("<li><a href=\"%s/Pages/%s.aspx\">%s</a></li>" % (web, slug(n), esc(n)) for n in [
        "Tin tức - Sự kiện", "Tin chính trị", "Tin kinh tế", "Văn hóa - Xã hội", "An ninh - Quốc phòng",
        "Thông báo", "Lịch công tác", "Văn bản chỉ đạo điều hành", "Thủ tục hành chính", "Hỏi đáp trực tuyến"])
    docs = "".join("<li><a href=\"%s/VanBan/Lists/VanBanChiDao/DispForm.aspx?ID=%d\">Số %d/%s</a><span class=\"date\">%s</span></li>" % (
        web, rng.randint(200, 1800), rng.randint(10, 2900), rng.choice(DOCS), dmy(d))
        for _, d in dated_headlines(rng, 8, a["place"], iso_minus(pub, 60), clamp_hi(pub, "2025-06-30")))
    spjs = "\n".join("_spBodyOnLoadFunctionNames.push(\"%s\");" % f for f in [
        "_spRestoreScrollForDiv_ctl00_PlaceHolderMain", "ProcessImn", "_spSetFocusOnTemplates", "HideListViewRows"])
    wsa = "".join("<span id=\"WebPartCaptionWPQ%d\"></span>" % i for i in range(2, 9))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Expires" content="0" />
<title>
	%(title)s
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=p63%%2BuzTeSJc22nVGNZ5zwg%%3D%%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/portal.css"/>
<script type="text/javascript">
// <![CDATA[
%(head_js)s
// ]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=ck%%2BHdHQ8ABQHif7kr%%2Bj7iQ%%3D%%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=%(sr)s&amp;t=ffffffffec2d9970"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%%3D%%3D"></script>
<script type="text/javascript" src="/Style%%20Library/TanDan/js/jquery-1.8.3.min.js"></script>
</head>
<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="%(action)s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%(digest)s,22 Nov 2026 01:%(mm)02d:%(ss)02d -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWBAIF%(pad)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none"><div id="s4-ribboncont"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
%(banner)s
<div class="td-header">
 <div class="td-topbar"><span class="td-date">%(crawl)s</span><span class="td-links"><a href="%(province_site)s">Cổng TTĐT tỉnh</a> | <a href="%(web)s/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="%(web)s/Pages/lien-he.aspx">Liên hệ</a></span></div>
 <div class="td-logo"><a href="%(web)s"><img src="/Style%%20Library/TanDan/images/logo.png" alt="Logo" /></a><span class="td-sitename">%(site_title)s</span></div>
 <div class="td-search"><input name="ctl00$PlaceHolderSearchArea$txtSearch" type="text" value="Tìm kiếm..." class="td-search-box" /><input type="submit" name="ctl00$PlaceHolderSearchArea$btnSearch" value="" class="td-search-btn" /></div>
</div>
<div class="td-topnav"><div id="zz1_TopNavigationMenuV4" class="s4-tn"><div class="menu horizontal menu-horizontal"><ul class="root static">%(nav)s</ul></div></div></div>
<div class="td-breadcrumb">%(crumbs)s</div>
<div class="td-main">
<div class="td-left"><div class="td-box"><div class="td-box-title">Danh mục</div><ul class="td-leftnav">%(left_nav)s</ul></div>
<div class="td-box"><div class="td-box-title">Văn bản mới</div><ul class="td-docs">%(docs)s</ul></div></div>
<div class="td-content">
<div id="ctl00_PlaceHolderMain_g_%(wpid)s" class="ms-WPBody">%(wsa)s
%(body)s
</div>
%(extra)s
</div>
</div>
<div class="td-footer">%(footer)s</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
%(spjs)s
var g_presenceEnabled = true;var g_wsaEnabled = false;var g_wsaLCID = 1066;var g_wsaSiteTemplateId = 'BLANKINTERNET#2';var g_wsaListTemplateId = 850;
var _fV4UI=true;var _spWebPartComponents = new Object();
function WebForm_OnSubmit() {
UpdateFormDigest('%(web_js)s', 1440000);return _spFormOnSubmitWrapper();
}
//]]>
</script>
</form>
</body>
</html>
""" % dict(title=esc(a["title"]), head_js=head_js, sr=b64(rng, 86).replace("+", "-").replace("/", "_"),
           action=attr(path_of(a["url"])),
           digest=hexid(rng, 128).upper(), mm=rng.randint(0, 59), ss=rng.randint(0, 59), pad=PAD,
           banner=banner, crawl="Chủ nhật, 22/11/2026", province_site=province_site, web=web, site_title=esc(site_title),
           nav=nav_html, crumbs=crumbs, left_nav=left_nav, docs=docs, wpid=hexid(rng, 8) + "_" + hexid(rng, 4),
           wsa=wsa, body=body_html, extra=extra_after, footer=_sp_footer(a, rng), spjs=spjs,
           web_js=web.replace("/", "\\u002f"))


def _sp_footer(a, rng):
    return ("<p><b>%s</b></p><p>Cơ quan chủ quản: UBND %s - Địa chỉ: %s</p>"
            "<p>Điện thoại: %s - Email: %s</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>"
            "<p>Giấy phép số %d/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày %s.</p>") % a["footer"]


def _sp_article(a, rng, web):
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        h=lambda t: "<h3 class=\"news-subtitle\">%s</h3>" % t,
        img=lambda src, alt, cap: "<table class=\"ms-rteTable-default\" align=\"center\" style=\"width:80%%\"><tbody><tr><td style=\"text-align:center\"><img src=\"%s\" alt=\"%s\" style=\"width:560px\" /></td></tr><tr><td class=\"ms-rteTable-default\" style=\"text-align:center\"><em>%s</em></td></tr></tbody></table>" % (src, alt, cap),
        table=lambda rows: "<table class=\"ms-rteTable-4\" cellspacing=\"0\" style=\"width:100%\"><tbody>" + "".join(
            ("<tr class=\"ms-rteTableHeaderRow-4\">" if i == 0 else "<tr class=\"ms-rteTable%sRow-4\">" % ("Odd" if i % 2 else "Even"))
            + "".join(("<th class=\"ms-rteTableHeaderFirstCol-4\">%s</th>" if i == 0 else "<td class=\"ms-rteTableOddCol-4\">%s</td>") % c for c in r)
            + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>",
    ), "%s/PublishingImages/%d/%d/" % (web, pub.year, pub.month))
    author = ("<div class=\"news-author\">%s</div>" % esc(a["author"])) if a["author"] else ""
    lead = ("<div class=\"news-sapo\"><strong>%s</strong></div>" % inline(a["lead"])) if a.get("lead") else ""
    html_ = """<div class="news-detail">
<h1 class="news-title">%s</h1>
<div class="news-date"><span class="ms-metadata">%s</span> <span class="news-views">| Lượt xem: %d</span></div>
%s
<div class="ms-rtestate-field news-content">
%s
</div>
%s
<div class="news-tools"><a href="javascript:window.print();" class="print">In bài viết</a> <a href="mailto:?subject=%s" class="email">Gửi email</a> <a href="#" onclick="window.scrollTo(0,0);return false;" class="top">Về đầu trang</a></div>
</div>""" % (esc(a["title"]), esc(a["date_shown"]), rng.randint(150, 3000), lead, body, author, attr(slug(a["title"])[:40]))
    return html_


def _sp_related(a, rng, web, label, hi, lo=None):
    pub = pubdate(a)
    if lo:
        items = dated_headlines(rng, 10, a["place"], lo, hi)
    else:
        items = dated_headlines(rng, 10, a["place"], iso_minus(pub, 90), clamp_hi(pub + dt.timedelta(days=40), hi))
    return "<div class=\"td-related\"><div class=\"td-box-title\">%s</div><ul>%s</ul></div>" % (label, "".join(
        "<li><a href=\"%s/Pages/tin-tuc/%d/%d/%s.aspx\">%s</a> <span class=\"date\">(%s)</span></li>" % (
            web, d.year, d.month, slug(t)[:60], esc(t), dmy(d)) for t, d in items))


def t_sharepoint_moved(a, rng):
    web = "/huyen-cu/canloc"
    a["footer"] = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC (LƯU TRỮ)", "huyện Can Lộc", "Thị trấn Nghèn, huyện Can Lộc, tỉnh Hà Tĩnh",
                   "0239.3840.%03d" % rng.randint(100, 999), "ubndcanloc@hatinh.gov.vn", 26, "12/8/2016")
    banner = ("<div class=\"archive-notice\" style=\"background:#fdecea;border:1px solid #e0a39c;padding:8px 12px;margin:0 0 6px 0;color:#7a1f14\">"
              "<strong>Trang thông tin lưu trữ.</strong> Đây là nội dung của Cổng thông tin điện tử huyện Can Lộc (cũ), được chuyển về Cổng thông tin điện tử tỉnh Hà Tĩnh để phục vụ tra cứu. "
              "Nội dung không còn được cập nhật sau ngày 30/6/2025. Thông tin của các xã mới trên địa bàn, mời xem tại <a href=\"https://hatinh.gov.vn\">hatinh.gov.vn</a>.</div>")
    crumbs = "<a href=\"/\">Cổng TTĐT tỉnh Hà Tĩnh</a> &gt; <a href=\"/huyen-cu\">Trang huyện cũ</a> &gt; <a href=\"%s\">Can Lộc</a> &gt; <a href=\"%s/Pages/tin-tuc-su-kien.aspx\">Tin tức - Sự kiện</a>" % (web, web)
    navs = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Thủ tục hành chính", "Dịch vụ công", "Liên hệ"]
    body = _sp_article(a, rng, web)
    extra = _sp_related(a, rng, web, "Tin cùng chuyên mục", "2025-06-30")
    extra += _sp_related(a, rng, web, "Tin mới cập nhật", "2025-06-30", lo="2025-05-20")
    return _sp_page(a, rng, web, "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC", "https://hatinh.gov.vn", banner, crumbs, body, extra, navs)


def t_sharepoint_frozen(a, rng):
    web = ""
    a["footer"] = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU", "huyện Hải Hậu", "Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
                   "0228.3877.%03d" % rng.randint(100, 999), "ubndhaihau@namdinh.gov.vn", 41, "23/3/2017")
    banner = ("<div id=\"thongbao-ngungcapnhat\" style=\"background:#1d4e89;color:#fff;padding:10px;text-align:center;font-size:14px\">"
              "Cổng thông tin này ngừng cập nhật từ 01/7/2025, mời truy cập <a style=\"color:#ffd54f\" href=\"https://ninhbinh.gov.vn\">Cổng thông tin điện tử tỉnh Ninh Bình</a> "
              "để theo dõi thông tin về các xã Hải Hậu, Hải Anh, Hải Tiến, Hải Hưng, Hải An, Hải Quang, Hải Xuân, Hải Thịnh.</div>")
    crumbs = "<a href=\"/\">Trang chủ</a> &gt; <a href=\"/Pages/tin-tuc-su-kien.aspx\">Tin tức - Sự kiện</a> &gt; <a href=\"/Pages/thong-bao.aspx\">Thông báo</a>"
    navs = ["Trang chủ", "Giới thiệu chung", "Tin tức - Sự kiện", "Thông báo", "Văn bản", "Thủ tục hành chính", "Lịch công tác", "Hỏi đáp"]
    body = _sp_article(a, rng, "")
    extra = _sp_related(a, rng, web, "Các tin khác", "2025-06-30")
    return _sp_page(a, rng, "/", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH", "https://ninhbinh.gov.vn", banner, crumbs, body, extra, navs)


# ---------------------------------------------------------------------------
# VNPT Liferay 6.2: y03 (archive.… of a former district), y14 (new commune),
# n02 (search page of a commune portal)
# ---------------------------------------------------------------------------

def _lr_portlet_ids(rng):
    return {
        "ap": "101_INSTANCE_" + alnum(rng, 12),
        "jc": "56_INSTANCE_" + alnum(rng, 12),
        "nav": "73_INSTANCE_" + alnum(rng, 12),
        "rel": "101_INSTANCE_" + alnum(rng, 12),
        "new": "101_INSTANCE_" + alnum(rng, 12),
        "cnt": "vnptcounter_WAR_vnptportalportlet_INSTANCE_" + alnum(rng, 4),
        "srch": "3",
        "lnk": "vnptweblinks_WAR_vnptportalportlet_INSTANCE_" + alnum(rng, 4),
    }


def _lr_onload(rng, pid, col, pos, plid):
    return ("Liferay.Portlet.onLoad({canEditTitle: false, columnPos: %d, isStatic: 'end', namespacedId: 'p_p_id_%s_', "
            "portletId: '%s', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3d%s\\x26p_p_col_pos\\x3d%d\\x26p_p_col_count\\x3d%d\\x26p_p_isolated\\x3d1'});") % (
        pos, pid, pid, plid, pid, col, pos, rng.randint(2, 6))


def _lr_wrap(pid, inner, extra_cls="portlet-borderless"):
    short = pid.split("_INSTANCE_")[0]
    return ("<div class=\"portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end %s\" id=\"p_p_id_%s_\">"
            "<span id=\"p_%s\"></span><div class=\"portlet-body\">%s</div></div>") % (short, extra_cls, pid, pid, inner)


def _lr_box(pid, title, inner):
    return _lr_wrap(pid, "<section class=\"portlet\" id=\"portlet_%s\"><header class=\"portlet-topper\"><h2 class=\"portlet-title\"><span class=\"portlet-title-text\">%s</span></h2></header>"
                         "<div class=\"portlet-content\"><div class=\"portlet-content-container\">%s</div></div></section>" % (pid, esc(title), inner), "portlet-decorate")


def _lr_page(rng, host, site_name, title, pids, plid, banner, header_date, nav, main_col, side_col, footer, pad_img):
    onloads = "\n".join(_lr_onload(rng, pid, rng.choice(["column-1", "column-2"]), i, plid) for i, pid in enumerate(pids.values()))
    t = rng.randint(1500000000000, 1700000000000)
    return """<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>%(title)s - %(site)s</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="https://%(host)s/vnpt-portal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="https://%(host)s/vnpt-portal-theme/css/aui.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%(t)d" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%(t)d" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 0},getRevision:function(){return""},getVersion:function(){return""},isAir:function(){return false},isChrome:function(){return false},isFirefox:function(){return false},isGecko:function(){return false},isIe:function(){return false},isIphone:function(){return false},isLinux:function(){return false},isMac:function(){return false},isMobile:function(){return false},isMozilla:function(){return false},isOpera:function(){return false},isRtf:function(){return false},isSafari:function(){return false},isSun:function(){return false},isWap:function(){return false},isWapXhtml:function(){return false},isWebKit:function(){return false},isWindows:function(){return false},isWml:function(){return false}},
Data:{NAV_SELECTOR:"#navigation",isCustomizationView:function(){return false},notices:[null]},
ThemeDisplay:{getLayoutId:function(){return"%(layout)d"},getLayoutURL:function(){return"https://%(host)s/tin-tuc"},getParentLayoutId:function(){return"0"},isPrivateLayout:function(){return"false"},isVirtualHost:function(){return true},getBCP47LanguageId:function(){return"vi-VN"},getCDNBaseURL:function(){return"https://%(host)s"},getCDNDynamicResourcesHost:function(){return""},getCompanyId:function(){return"20155"},getCompanyGroupId:function(){return"20195"},getDefaultLanguageId:function(){return"vi_VN"},getDoAsUserIdEncoded:function(){return""},getLanguageId:function(){return"vi_VN"},getParentGroupId:function(){return"%(group)d"},getPathContext:function(){return""},getPathImage:function(){return"/image"},getPathJavaScript:function(){return"/html/js"},getPathMain:function(){return"/c"},getPathThemeImages:function(){return"https://%(host)s/vnpt-portal-theme/images"},getPathThemeRoot:function(){return"/vnpt-portal-theme"},getPlid:function(){return"%(plid)d"},getPortalURL:function(){return"https://%(host)s"},getPortletSetupShowBordersDefault:function(){return true},getScopeGroupId:function(){return"%(group)d"},getScopeGroupIdOrLiveGroupId:function(){return"%(group)d"},getSessionId:function(){return""},getSiteGroupId:function(){return"%(group)d"},getURLControlPanel:function(){return"/group/control_panel?refererPlid=%(plid)d"},getURLHome:function(){return"https\\x3a\\x2f\\x2f%(host)s\\x2fweb\\x2fguest"},getUserId:function(){return"20159"},getUserName:function(){return""},isAddSessionIdToURL:function(){return false},isFreeformLayout:function(){return false},isImpersonated:function(){return false},isSignedIn:function(){return false},isStateExclusive:function(){return false},isStateMaximized:function(){return false},isStatePopUp:function(){return false}},
PropsValues:{NTLM_AUTH_ENABLED:false},
};
var themeDisplay=Liferay.ThemeDisplay;
Liferay.AUI={getAvailableLangPath:function(){return"available_languages.jsp?browserId=other&themeId=vnptportal_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=%(t)d"},getCombine:function(){return true},getComboPath:function(){return"/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=%(t)d&"},getFilter:function(){return"min"},getJavaScriptRootPath:function(){return"/html/js"},getLangPath:function(){return"aui_lang.jsp?browserId=other&themeId=vnptportal_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=%(t)d"}};
Liferay.authToken="%(token)s";
Liferay.currentURL="\\x2ftin-tuc";
Liferay.currentURLEncoded="%%2Ftin-tuc";
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=%(t)d" type="text/javascript"></script>
<script type="text/javascript">Liferay.Portlet.list=[%(plist)s];</script>
<link class="lfr-css-file" href="https://%(host)s/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%(t)d" rel="stylesheet" type="text/css" />
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
%(banner)s
<header id="banner" role="banner">
<div class="top-bar"><div class="container"><span class="current-date">%(hdate)s</span><span class="top-links"><a href="/lien-he">Liên hệ</a> | <a href="/so-do-site">Sơ đồ cổng</a> | <a href="/rss">RSS</a></span></div></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="https://%(host)s" title="%(site)s"><img alt="%(site)s" height="110" src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD%(pad)s" width="1170" /></a></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Các trang web" role="menubar">%(nav)s</ul></nav>
</header>
<div id="content">
<div class="columns-2-vnpt" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
%(main)s
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
%(side)s
</div></div>
</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
<footer id="footer" role="contentinfo">%(footer)s</footer>
</div>
<script type="text/javascript">
Liferay.Util.addInputFocus();
Liferay.Portlet.runtimePortletIds=["%(jc)s"];
</script>
<script type="text/javascript">
AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller','liferay-session',function(A){(function(){
%(onloads)s
Liferay.Util.addInputType();
if(A.UA.mobile){Liferay.Util.addInputCancel();}
})();(function(){new Liferay.Menu();var liferayNotices=Liferay.Data.notices;for(var i=1;i<liferayNotices.length;i++){new Liferay.Notice(liferayNotices[i]);}})();(function(){Liferay.Session=new Liferay.SessionBase({autoExtend:true,sessionLength:30,redirectOnExpire:false,redirectUrl:'https\\x3a\\x2f\\x2f%(host)s\\x2fweb\\x2fguest',warningLength:1});})();});
</script>
<script src="https://%(host)s/vnpt-portal-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=%(t)d" type="text/javascript"></script>
</body>
</html>
""" % dict(title=esc(title), site=esc(site_name), host=host, t=t, layout=rng.randint(10, 90), group=rng.randint(20000, 99999),
           plid=plid, token=alnum(rng, 8), plist=",".join("\"%s\"" % p for p in pids.values()), banner=banner,
           hdate=header_date, pad=pad_img, nav=nav, main=main_col, side=side_col, footer=footer, jc=pids["jc"], onloads=onloads)


def _lr_nav(items, host):
    return "".join("<li class=\"%s\" role=\"presentation\"><a aria-labelledby=\"layout_%d\" href=\"https://%s/%s\" role=\"menuitem\"><span>%s</span></a></li>" % (
        "selected" if i == 1 else "", i + 1, host, slug(n), esc(n)) for i, n in enumerate(items))


def _lr_article(a, rng, pids, host):
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        h=lambda t: "<h4>%s</h4>" % t,
        img=lambda src, alt, cap: "<table align=\"center\" border=\"0\" cellpadding=\"1\" cellspacing=\"1\" class=\"image-caption\" style=\"width:600px\"><tbody><tr><td><img alt=\"%s\" src=\"%s\" style=\"width:600px\" /></td></tr><tr><td style=\"text-align:center\"><span style=\"font-size:12px\"><em>%s</em></span></td></tr></tbody></table>" % (alt, src, cap),
        table=lambda rows: "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" class=\"table table-bordered\" style=\"width:100%\"><tbody>" + "".join(
            "<tr>" + "".join(("<td style=\"text-align:center\"><strong>%s</strong></td>" if i == 0 else "<td>%s</td>") % c for c in r) + "</tr>"
            for i, r in enumerate(rows)) + "</tbody></table>",
    ), "/documents/%d/0/%s/%s-%s-%s_" % (rng.randint(10000, 99999), slug(a["place"]), hexid(rng, 8), hexid(rng, 4), hexid(rng, 4)))
    byline = "<p style=\"text-align:right\"><strong>%s</strong><br /><em>%s</em></p>" % tuple(esc(x) for x in a["byline_lines"])
    lead = "<div class=\"sapo\"><strong>%s</strong></div>" % inline(a["lead"]) if a.get("lead") else ""
    inner = """<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="https://%s/tin-tuc" id="_%s_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span></div>
<div class="asset-full-content default-asset-publisher no-title">
<div class="asset-content" id="_%s_%d">
<div class="journal-content-article">
<div class="news-detail">
<h2 class="title-news">%s</h2>
<div class="date-news"><i class="icon-time"></i> %s</div>
%s
<div class="content-news">
%s
</div>
%s
</div>
</div>
<div class="entry-links"></div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars" id="_%s_%sratingStars"><div class="liferay-rating-vote"><div id="_%s_%sratingStarsContent"><div class="rating-label">Đánh giá bài viết</div><div class="rating-content">%s</div><div class="rating-label"> (%d Phiếu bầu)</div></div></div></div></div>
<div class="news-tools"><a href="javascript:window.print();"><i class="icon-print"></i> In bài viết</a> <a href="mailto:?subject=%s"><i class="icon-envelope"></i> Gửi email</a> <span class="addthis_toolbox"><a class="addthis_button_facebook"></a><a class="addthis_button_zalo"></a></span></div>
</div>""" % (host, pids["ap"], pids["ap"], rng.randint(100000, 999999), esc(a["title"]), esc(a["date_shown"]), lead, body, byline,
             pids["ap"], hexid(rng, 6), pids["ap"], hexid(rng, 6),
             "".join("<a class=\"rating-element icon-star%s\" href=\"javascript:;\"></a>" % ("" if i < 3 else "-empty") for i in range(5)),
             rng.randint(0, 30), attr(slug(a["title"])[:30]))
    return _lr_wrap(pids["ap"], inner, "portlet-borderless portlet-asset-publisher")


def _lr_list(rng, pid, title, items, host):
    inner = "<ul class=\"news-list\">%s</ul>" % "".join(
        "<li class=\"title-list\"><a href=\"https://%s/tin-tuc/-/asset_publisher/%s/content/%s\">%s</a> <span class=\"date\">(%s)</span></li>" % (
            host, pid.split("_INSTANCE_")[1], slug(t)[:70], esc(t), dmy(d)) for t, d in items)
    return _lr_box(pid, title, inner)


def t_liferay_archive(a, rng):
    host = "archive.bacninh.gov.vn"
    pids = _lr_portlet_ids(rng)
    pub = pubdate(a)
    banner = ("<div class=\"archive-ribbon\" style=\"background:#37474f;color:#eceff1;padding:8px 15px;font-size:13px\">"
              "<strong>archive.bacninh.gov.vn</strong> - Trang lưu trữ Cổng thông tin điện tử huyện Lục Ngạn (tỉnh Bắc Giang cũ). "
              "Cổng thông tin này ngừng cập nhật từ 01/7/2025, mời truy cập <a style=\"color:#ffca28\" href=\"https://bacninh.gov.vn\">Cổng thông tin điện tử tỉnh Bắc Ninh</a>.</div>")
    nav = _lr_nav(["Trang chủ", "Tin tức - Sự kiện", "Giới thiệu", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Vải thiều Lục Ngạn", "Liên hệ"], host + "/lucngan")
    main = _lr_article(a, rng, pids, host + "/lucngan")
    main += _lr_list(rng, pids["rel"], "Tin cùng chuyên mục", dated_headlines(rng, 12, a["place"], iso_minus(pub, 100), iso_minus(pub, 1)), host + "/lucngan")
    side = _lr_box(pids["srch"], "Tìm kiếm", "<form action=\"https://%s/lucngan/tim-kiem\" method=\"get\"><input name=\"_3_keywords\" size=\"24\" type=\"text\" value=\"\" /><button class=\"btn\" type=\"submit\">Tìm</button></form>" % host)
    side += _lr_list(rng, pids["new"], "Tin mới", dated_headlines(rng, 12, a["place"], "2025-05-25", "2025-06-30"), host + "/lucngan")
    side += _lr_box(pids["lnk"], "Liên kết website", "<select onchange=\"window.open(this.value)\"><option>--- Chọn ---</option>%s</select>" % "".join(
        "<option value=\"%d\">%s</option>" % (i, esc(s)) for i, s in enumerate(LINK_SITES)))
    side += _lr_box(pids["cnt"], "Thống kê truy cập", counter_block(rng))
    side += _lr_wrap(pids["jc"], "<div class=\"journal-content-article\"><p><a href=\"https://dichvucong.gov.vn\"><img alt=\"Dịch vụ công\" src=\"/documents/20195/0/banner-dvc.png\" /></a></p></div>")
    footer = ("<div class=\"footer-info\"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG</strong></p>"
              "<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Lục Ngạn. Địa chỉ: Thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang.</p>"
              "<p>Điện thoại: 0204.3882.%03d - Email: vp_lucngan@bacgiang.gov.vn</p>"
              "<p>Giấy phép thiết lập trang thông tin điện tử số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bắc Giang cấp.</p>"
              "<p>Bản lưu trữ do Trung tâm Công nghệ thông tin và Truyền thông tỉnh Bắc Ninh quản lý.</p></div>") % rng.randint(100, 999)
    return _lr_page(rng, host, "Cổng thông tin điện tử huyện Lục Ngạn (lưu trữ)", a["title"], pids, rng.randint(20000, 99999),
                    banner, "Hôm nay: Chủ Nhật, ngày 22/11/2026", nav, main, side, footer, PAD)


def t_liferay_commune(a, rng):
    host = "lucnam.bacninh.gov.vn"
    pids = _lr_portlet_ids(rng)
    pub = pubdate(a)
    nav = _lr_nav(["Trang chủ", "Tin tức - Sự kiện", "Giới thiệu xã", "Hệ thống chính trị", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"], host)
    main = _lr_article(a, rng, pids, host)
    main += _lr_list(rng, pids["rel"], "Tin liên quan", dated_headlines(rng, 8, a["place"], "2025-07-01", (pub + dt.timedelta(days=45)).isoformat()), host)
    side = _lr_box(pids["srch"], "Tìm kiếm", "<form action=\"https://%s/tim-kiem\" method=\"get\"><input name=\"_3_keywords\" size=\"24\" type=\"text\" value=\"\" /><button class=\"btn\" type=\"submit\">Tìm</button></form>" % host)
    side += _lr_list(rng, pids["new"], "Tin mới", dated_headlines(rng, 8, a["place"], "2026-10-20", "2026-11-21"), host)
    side += _lr_box(pids["cnt"], "Thống kê truy cập", counter_block(rng))
    footer = ("<div class=\"footer-info\"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ LỤC NAM - TỈNH BẮC NINH</strong></p>"
              "<p>Cơ quan chủ quản: Ủy ban nhân dân xã Lục Nam. Địa chỉ: Trụ sở UBND xã Lục Nam, tỉnh Bắc Ninh.</p>"
              "<p>Điện thoại: 0204.3884.%03d - Email: ubndxalucnam@bacninh.gov.vn</p>"
              "<p>Chịu trách nhiệm chính: Chủ tịch UBND xã Lục Nam.</p></div>") % rng.randint(100, 999)
    return _lr_page(rng, host, "Trang thông tin điện tử xã Lục Nam", a["title"], pids, rng.randint(20000, 99999),
                    "", "Chủ nhật, 22/11/2026", nav, main, side, footer, PAD)


# ---------------------------------------------------------------------------
# Joomla 1.5 (y04, Vietnamese letters as HTML entities) and 2.5 (y05, y20)
# ---------------------------------------------------------------------------

def _joomla_modules(rng, place, lo, hi, base):
    latest = dated_headlines(rng, 8, place, lo, hi)
    pop = headlines(rng, 6, place, int(lo[:4]), int(hi[:4]))
    m = ["<div class=\"moduletable\"><h3>Tin mới nhất</h3><ul class=\"latestnews\">%s</ul></div>" % "".join(
        "<li class=\"latestnews\"><a href=\"%s%d-%s\" class=\"latestnews\">%s</a> <span class=\"small\">(%s)</span></li>" % (
            base, rng.randint(300, 2000), slug(t)[:50], esc(t), dmy(d)) for t, d in latest),
        "<div class=\"moduletable\"><h3>Tin đọc nhiều</h3><ul class=\"mostread\">%s</ul></div>" % "".join(
        "<li class=\"mostread\"><a href=\"%s%d-%s\" class=\"mostread\">%s</a></li>" % (base, rng.randint(300, 2000), slug(t)[:50], esc(t)) for t in pop),
        "<div class=\"moduletable\"><h3>Thăm dò ý kiến</h3><form action=\"index.php\" method=\"post\" name=\"form2\"><p>Bạn quan tâm nội dung nào trên trang?</p>%s<input type=\"submit\" name=\"task_button\" class=\"button\" value=\"Bình chọn\" /></form></div>" % "".join(
        "<input type=\"radio\" name=\"voteid\" id=\"voteid%d\" value=\"%d\" /><label for=\"voteid%d\">%s</label><br />" % (i, i, i, esc(o))
        for i, o in enumerate(["Tin tức - Sự kiện", "Văn bản chỉ đạo", "Thủ tục hành chính", "Hỏi đáp"])),
        "<div class=\"moduletable\"><h3>Thống kê truy cập</h3>%s</div>" % counter_block(rng),
    ]
    return "\n".join(m)


def t_joomla15(a, rng):
    pub = pubdate(a)
    base = "/index.php?option=com_content&amp;task=view&amp;Itemid=58&amp;id="
    body = render_blocks(a, rng, dict(
        p=lambda t: "<p style=\"text-align: justify;\">%s</p>" % t,
        img=lambda src, alt, cap: "<p style=\"text-align: center;\"><img src=\"%s\" border=\"0\" alt=\"%s\" title=\"%s\" width=\"500\" height=\"333\" /><br /><em>%s</em></p>" % (src, alt, alt, cap),
    ), "/images/stories/2019/thang5/")
    body = entityize(body) + "\n<p style=\"text-align: right;\"><strong>BBT</strong></p>"
    mods = _joomla_modules(rng, a["place"], "2025-06-01", "2025-06-30", base)
    newer = dated_headlines(rng, 5, a["place"], (pub + dt.timedelta(days=1)).isoformat(), (pub + dt.timedelta(days=50)).isoformat())
    older = dated_headlines(rng, 5, a["place"], iso_minus(pub, 60), iso_minus(pub, 1))
    mainmenu = "".join("<li><a href=\"/index.php?option=com_content&amp;task=blogcategory&amp;id=%d&amp;Itemid=%d\"><span>%s</span></a></li>" % (
        rng.randint(1, 40), rng.randint(40, 90), esc(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kinh tế", "Văn hóa - Xã hội",
                                                                      "Văn bản pháp luật", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="Nam Trà My, Quảng Nam, sâm Ngọc Linh" />
  <meta name="title" content="%(title)s" />
  <meta name="author" content="Quản trị viên" />
  <meta name="description" content="Cổng thông tin điện tử huyện Nam Trà My" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>%(title)s</title>
  <link href="/templates/namtramy/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
  <link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
  <link rel="stylesheet" href="/templates/namtramy/css/template.css" type="text/css" />
  <style type="text/css">.logo{background:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%(pad)s) no-repeat}</style>
</head>
<body id="page_bg">
<div id="archive-note" style="background:#fff8e1;border-bottom:1px solid #ffb300;padding:6px 10px;font:13px Arial;color:#6d4c00;text-align:center">Trang thông tin lưu trữ - Cổng thông tin điện tử huyện Nam Trà My (cũ) không còn cập nhật từ ngày 01/7/2025. Mời truy cập Cổng thông tin điện tử thành phố Đà Nẵng: <a href="https://danang.gov.vn">danang.gov.vn</a></div>
<div class="center" align="center">
<div id="wrapper"><div id="wrapper_r">
<div id="header"><div id="header_l"><div id="header_r"><div id="logo" class="logo"></div>
<div id="date_top">Chủ nhật, 22 Tháng 11 2026</div></div></div></div>
<div id="tabarea"><div id="tabarea_l"><div id="tabarea_r"><div id="tabmenu"><ul class="menu">%(mainmenu)s</ul></div></div></div></div>
<div id="search"><form action="index.php" method="post"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="Tìm kiếm" class="inputbox" type="text" size="20" value="Tìm kiếm..." /></div><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
<div id="pathway"><span class="breadcrumbs pathway"><a href="http://namtramy.quangnam.gov.vn/" class="pathway">Trang chủ</a> <img src="/templates/namtramy/images/arrow.png" alt="" /> <a href="/index.php?option=com_content&amp;task=blogcategory&amp;id=12&amp;Itemid=58" class="pathway">Tin tức - Sự kiện</a> <img src="/templates/namtramy/images/arrow.png" alt="" /> Kinh tế</span></div>
<div class="clr"></div>
<div id="whitebox"><div id="whitebox_t"><div id="whitebox_tl"><div id="whitebox_tr"></div></div></div>
<div id="whitebox_m"><div id="area">
<div id="leftcolumn">%(mods)s</div>
<div id="maincolumn">
<table class="nopad"><tr valign="top"><td>
<table class="contentpaneopen">
<tr>
<td class="contentheading" width="100%%">%(title)s</td>
<td align="right" width="100%%" class="buttonheading"><a href="/index.php?view=article&amp;catid=12&amp;id=1164&amp;tmpl=component&amp;print=1&amp;page=&amp;option=com_content&amp;Itemid=58" title="In" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="In"  /></a></td>
<td align="right" width="100%%" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=%(mlink)s" title="E-mail" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/images/M_images/emailButton.png" alt="E-mail"  /></a></td>
</tr>
</table>
<table class="contentpaneopen">
<tr><td valign="top"><span class="small">Viết bởi Quản trị viên</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" class="createdate">%(date)s</td></tr>
<tr><td valign="top">
%(body)s
</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Lần cập nhật cuối ( %(mod)s )</td></tr>
</table>
<span class="article_separator">&nbsp;</span>
<div class="blog_more"><strong>Những tin mới hơn:</strong><ul>%(newer)s</ul><strong>Những tin cũ hơn:</strong><ul>%(older)s</ul></div>
</td></tr></table>
</div>
<div class="clr"></div>
</div></div>
<div id="whitebox_b"><div id="whitebox_bl"><div id="whitebox_br"></div></div></div></div>
<div id="footerspacer"></div>
</div>
<div id="footer"><div id="footer_l"><div id="footer_r">
<p id="power_by">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRÀ MY - TỈNH QUẢNG NAM<br />Địa chỉ: Thị trấn Tắc Pỏ, huyện Nam Trà My, tỉnh Quảng Nam - Điện thoại: 0235.3880.%(tel)03d<br />Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>
</div></div></div>
</div></div>
</body>
</html>
""" % dict(title=esc(a["title"]), pad=PAD, mainmenu=mainmenu, mods=mods, mlink=b64(rng, 60), date=esc(a["date_shown"]),
           body=body, mod=esc(a["modified_shown"]), tel=rng.randint(100, 999),
           newer="".join("<li><a href=\"%s%d\" class=\"blogsection\">%s</a> (%s)</li>" % (base, rng.randint(1165, 1300), esc(t), dmy(d)) for t, d in newer),
           older="".join("<li><a href=\"%s%d\" class=\"blogsection\">%s</a> (%s)</li>" % (base, rng.randint(1000, 1163), esc(t), dmy(d)) for t, d in older))


def _joomla25(a, rng, site, banner, top_date, footer, byline_html, base_url, hi):
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        p=lambda t: "<p style=\"text-align: justify;\">%s</p>" % t,
        img=lambda src, alt, cap: "<p style=\"text-align: center;\"><img src=\"%s\" alt=\"%s\" width=\"550\" /></p>\n<p style=\"text-align: center;\"><span style=\"font-size: 10pt;\"><em>%s</em></span></p>" % (src, alt, cap),
    ), "/images/tin-tuc/%d/%02d/" % (pub.year, pub.month))
    mods = _joomla_modules(rng, a["place"], iso_minus(dt.date.fromisoformat(hi), 30), hi, base_url + "/index.php/tin-tuc/")
    menu = "".join("<li class=\"item-%d%s\"><a href=\"/index.php/%s\" >%s</a></li>" % (
        100 + i, " current active" if i == 1 else "", slug(m), esc(m)) for i, m in enumerate(
        ["Trang chủ", "Tin tức - Sự kiện", "Giới thiệu", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="%(base_url)s" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="%(place)s, tin tức, sự kiện" />
  <meta name="author" content="%(cms)s" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>%(title)s</title>
  <link href="/templates/beez_20/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
  <link rel="stylesheet" href="/templates/beez_20/css/position.css" type="text/css" media="screen,projection" />
  <link rel="stylesheet" href="/templates/beez_20/css/layout.css" type="text/css" media="screen,projection" />
  <link rel="stylesheet" href="/templates/beez_20/css/print.css" type="text/css" media="print" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/media/system/js/caption.js" type="text/javascript"></script>
  <script src="/media/system/js/mootools-more.js" type="text/javascript"></script>
  <script src="/templates/beez_20/javascript/md_stylechanger.js" type="text/javascript" defer="defer"></script>
  <script type="text/javascript">
window.addEvent('load', function() {
				new JCaption('img.caption');
			});
window.addEvent('domready', function() {
			$$('.hasTip').each(function(el) {
				var title = el.get('title');
				if (title) {
					var parts = title.split('::', 2);
					el.store('tip:title', parts[0]);
					el.store('tip:text', parts[1]);
				}
			});
			var JTooltips = new Tips($$('.hasTip'), { maxTitleChars: 50, fixed: false});
		});
var big = '72%%';var small = '53%%';var altopen = 'đang mở';var altclose = 'đã đóng';var bildauf = '/templates/beez_20/images/plus.png';var bildzu = '/templates/beez_20/images/minus.png';var rightopen = 'Mở thông tin';var rightclose = 'Đóng thông tin';var fontSizeTitle = 'Cỡ chữ';var bigger = 'Lớn hơn';var reset = 'Đặt lại';var smaller = 'Nhỏ hơn';var biggerTitle = 'Tăng cỡ chữ';var resetTitle = 'Trở về mặc định';var smallerTitle = 'Giảm cỡ chữ';
  </script>
  <style type="text/css">#header .logoheader{background:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%(pad)s) no-repeat right top}</style>
</head>
<body>
%(banner)s
<div id="all">
<div id="back">
<div id="header">
<div class="logoheader"><h1 id="logo">%(site)s</h1></div>
<ul class="skiplinks"><li><a href="#main" class="u2">Đến nội dung chính</a></li><li><a href="#nav" class="u2">Đến menu</a></li></ul>
<div id="line"><div id="fontsize"></div><div class="ngay-thang">%(top_date)s</div>
<div class="search"><form action="/index.php" method="post"><label for="mod-search-searchword">Tìm kiếm</label><input name="searchword" id="mod-search-searchword" maxlength="20" class="inputbox" type="text" size="20" value="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div>
</div>
<div id="contentarea">
<div id="breadcrumbs"><div class="breadcrumbs"><span class="showHere">Bạn đang ở: </span><a href="/" class="pathway">Trang chủ</a> <img src="/media/system/images/arrow.png" alt=""  /> <a href="/index.php/tin-tuc-su-kien" class="pathway">Tin tức - Sự kiện</a></div></div>
<div class="left1 leftbigger" id="nav"><div class="moduletable_menu"><h3>Danh mục</h3><ul class="menu">%(menu)s</ul></div>
%(mods)s
</div>
<div id="wrapper2"><div id="main">
<div class="item-page">
<h2><a href="%(url)s">%(title)s</a></h2>
<ul class="actions">
<li class="print-icon"><a href="%(url)s?tmpl=component&amp;print=1&amp;page=" title="In" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/media/system/images/printButton.png" alt="In"  /></a></li>
<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=beez_20&amp;link=%(mlink)s" title="Email" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/media/system/images/emailButton.png" alt="Email"  /></a></li>
</ul>
<dl class="article-info">
<dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc-su-kien">Tin tức - Sự kiện</a></dd>
<dd class="published">%(date)s</dd>
<dd class="createdby">Viết bởi %(cms)s</dd>
<dd class="hits">Lượt xem: %(hits)d</dd>
</dl>
%(body)s
%(byline)s
<ul class="pagenav"><li class="pagenav-prev"><a href="/index.php/tin-tuc/%(prev)d" rel="prev">&lt; Trước</a></li><li class="pagenav-next"><a href="/index.php/tin-tuc/%(next)d" rel="next">Tiếp &gt;</a></li></ul>
</div>
</div></div>
<div class="wrap"></div>
</div>
</div>
<div id="footer-outer"><div id="footer-sub"><div id="footer">%(footer)s</div></div></div>
</div>
</body>
</html>
""" % dict(base_url=base_url, place=esc(a["place"]), cms=esc(a["cms_user"]), title=esc(a["title"]), pad=PAD, banner=banner,
           site=esc(site), top_date=top_date, menu=menu, mods=mods, url=attr(path_of(a["url"])), mlink=b64(rng, 60),
           date=esc(a["date_shown"]), hits=rng.randint(120, 4000), body=body, byline=byline_html,
           prev=rng.randint(100, 400), next=rng.randint(100, 400), footer=footer)


def t_joomla25_frozen(a, rng):
    banner = ("<div style=\"background:#b71c1c;color:#fff;padding:8px;text-align:center;font:bold 13px Arial\">"
              "THÔNG BÁO: Cổng thông tin điện tử thị xã Ba Đồn ngừng cập nhật từ 01/7/2025. Mời truy cập Cổng thông tin điện tử tỉnh Quảng Trị "
              "<a style=\"color:#ffeb3b\" href=\"https://quangtri.gov.vn\">quangtri.gov.vn</a> để cập nhật thông tin của các phường, xã trên địa bàn thị xã Ba Đồn (cũ).</div>")
    footer = ("<p>CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ BA ĐỒN - TỈNH QUẢNG BÌNH</p><p>Địa chỉ: Phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình. "
              "Điện thoại: 0232.3512.%03d</p><p>Chịu trách nhiệm nội dung: Chánh Văn phòng HĐND và UBND thị xã</p>") % rng.randint(100, 999)
    byline = "<p style=\"text-align: right;\"><strong>%s</strong></p>" % esc(a["byline_raw"])
    return _joomla25(a, rng, "Cổng thông tin điện tử thị xã Ba Đồn", banner, "Hôm nay: Chủ nhật, 22/11/2026", footer, byline,
                     "http://badon.quangbinh.gov.vn", "2025-06-30")


def t_joomla25_commune(a, rng):
    footer = ("<p>TRANG THÔNG TIN ĐIỆN TỬ XÃ VĂN BÀN - TỈNH LÀO CAI</p><p>Cơ quan chủ quản: UBND xã Văn Bàn. Địa chỉ: Trụ sở UBND xã Văn Bàn, tỉnh Lào Cai. "
              "Điện thoại: 0214.3876.%03d</p><p>Chịu trách nhiệm chính: Chủ tịch UBND xã Văn Bàn</p>") % rng.randint(100, 999)
    byline = ("<p style=\"text-align: right;\"><strong>%s</strong></p>\n<p style=\"text-align: right;\"><em>%s</em></p>" % (
        esc(a["author"]), esc(a["source"])))
    return _joomla25(a, rng, "Trang thông tin điện tử xã Văn Bàn", "", "Chủ Nhật, 22/11/2026", footer, byline,
                     "https://vanban.laocai.gov.vn", "2026-11-21")


# ---------------------------------------------------------------------------
# NukeViet 3 (y06, n01) and NukeViet 4 (y12, y15)
# ---------------------------------------------------------------------------

NV3_BANNER = ("<div class=\"luutru\" style=\"background:#fff4e5;border:1px solid #f0a040;margin:4px auto;width:980px;padding:6px;text-align:center;color:#8a4b00\">"
              "<strong>Trang thông tin lưu trữ.</strong> Cổng thông tin điện tử huyện Mường Tè (cũ) ngừng cập nhật từ 01/7/2025. "
              "Mời truy cập Cổng thông tin điện tử tỉnh Lai Châu: <a href=\"https://laichau.gov.vn\">laichau.gov.vn</a></div>")


def _nv3_page(rng, title, crumbs, main, place, hi):
    menu = "".join("<li%s><a href=\"/index.php?language=vi&amp;nv=%s\"><span>%s</span></a></li>" % (
        " class=\"current\"" if i == 1 else "", slug(m), esc(m)) for i, m in enumerate(
        ["Trang chủ", "Tin tức", "Giới thiệu", "Văn bản", "Lịch công tác", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]))
    newest = dated_headlines(rng, 8, place, iso_minus(dt.date.fromisoformat(hi), 40), hi)
    block_new = "".join("<li><a href=\"/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien/%s-%d\">%s</a> <span class=\"small\">(%s)</span></li>" % (
        slug(t)[:50], rng.randint(1000, 2900), esc(t), dmy(d)) for t, d in newest)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="generator" content="NukeViet v3.4" />
<meta name="copyright" content="Cổng thông tin điện tử huyện Mường Tè [admin@muongte.laichau.gov.vn]" />
<title>%(title)s</title>
<link rel="StyleSheet" href="/themes/default/css/reset.css" type="text/css" />
<link rel="StyleSheet" href="/themes/default/css/template.css" type="text/css" />
<link rel="StyleSheet" href="/themes/default/css/icons.css" type="text/css" />
<link rel="StyleSheet" href="/themes/default/css/news.css" type="text/css" />
<script type="text/javascript">
//<![CDATA[
var nv_siteroot="/",nv_sitelang="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv3c_%(ck)s",nv_area_admin=0;
//]]>
</script>
<script type="text/javascript" src="/js/language/vi.js"></script>
<script type="text/javascript" src="/js/global.js"></script>
<script type="text/javascript" src="/themes/default/js/news.js"></script>
<script type="text/javascript" src="/js/jquery/jquery.min.js"></script>
<style type="text/css">#header{background:url(data:image/jpeg;base64,/9j/4AAQSkZJRgABAgAAZABkAAD%(pad)s) no-repeat}</style>
</head>
<body>
<noscript><div id="nojs">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript. Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
%(banner)s
<div id="container">
<div id="header"><div class="logo"><a title="Cổng thông tin điện tử huyện Mường Tè" href="/index.php?language=vi"><img src="/images/logo.png" alt="Cổng thông tin điện tử huyện Mường Tè" /></a></div>
<div class="topmenu"><span class="date">Chủ nhật, 22/11/2026</span> | <a href="/index.php?language=vi&amp;nv=contact">Liên hệ</a> | <a href="/index.php?language=vi&amp;nv=siteterms">Điều khoản</a> | <a href="/index.php?language=vi&amp;nv=rss">RSS</a></div></div>
<div id="nav"><ul class="nav">%(menu)s</ul></div>
<div id="breakcolumn"><div class="breadcrumbs">%(crumbs)s</div></div>
<div id="contentwrapper">
<div class="contentwrapper_left">
%(main)s
</div>
<div class="contentwrapper_right">
<div class="box silver"><h3 class="header">Tin mới</h3><ul class="new_list">%(block_new)s</ul></div>
<div class="box silver"><h3 class="header">Tìm kiếm</h3><form action="/index.php" method="get"><input type="hidden" name="nv" value="search" /><input type="text" name="q" class="txt" /><input type="submit" value="Tìm" /></form></div>
<div class="box silver"><h3 class="header">Thống kê</h3>%(counter)s</div>
<div class="box silver"><h3 class="header">Liên kết</h3><ul>%(links)s</ul></div>
</div>
</div>
<div id="footer"><div class="copyright"><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ</strong><br />Cơ quan chủ quản: UBND huyện Mường Tè, tỉnh Lai Châu<br />Địa chỉ: Thị trấn Mường Tè, huyện Mường Tè, tỉnh Lai Châu. Điện thoại: 0213.3881.%(tel)03d<br />Giấy phép số 05/GP-TTĐT ngày 20/3/2015 của Sở Thông tin và Truyền thông tỉnh Lai Châu</div>
<div class="powered">Powered by <a href="http://nukeviet.vn">NukeViet</a></div></div>
</div>
<script type="text/javascript" src="/js/ui/jquery.ui.core.min.js"></script>
<script type="text/javascript">
//<![CDATA[
%(js)s
//]]>
</script>
</body>
</html>
""" % dict(title=esc(title), ck=alnum(rng, 8), pad=PAD, banner=NV3_BANNER, menu=menu, crumbs=crumbs, main=main,
           block_new=block_new, counter=counter_block(rng), tel=rng.randint(100, 999), js=js_blob(rng, 12, "nv_theme"),
           links="".join("<li><a href=\"#\">%s</a></li>" % esc(s) for s in LINK_SITES[:5]))


def t_nukeviet3(a, rng):
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        img=lambda src, alt, cap: "<div style=\"text-align: center;\"><img alt=\"%s\" src=\"%s\" style=\"width: 500px; height: 333px;\" /><br /><em>%s</em></div>" % (alt, src, cap),
    ), "/uploads/news/2019_11/")
    others_new = dated_headlines(rng, 5, a["place"], (pub + dt.timedelta(days=1)).isoformat(), (pub + dt.timedelta(days=30)).isoformat())
    others_old = dated_headlines(rng, 8, a["place"], iso_minus(pub, 60), iso_minus(pub, 1))
    lst = lambda xs: "".join("<li><a href=\"/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien/%s-%d\">%s</a> <span class=\"date\">(%s)</span></li>" % (
        slug(t)[:50], rng.randint(1000, 2900), esc(t), dmy(d)) for t, d in xs)
    main = """<div class="box-border-shadow m-bottom t-justify">
<div id="news_detail">
<h1>%(title)s</h1>
<span class="time">%(date)s</span>
<div class="control"><ul>
<li><a title="Gửi bài viết qua email" href="javascript:void(0);" onclick="NewWindow('/index.php?language=vi&amp;nv=news&amp;op=sendmail/Tin-tuc-su-kien/2417','','500','400','no');return false" class="sendmail">&nbsp;</a></li>
<li><a title="In ra" href="javascript:void(0);" onclick="NewWindow('/index.php?language=vi&amp;nv=news&amp;op=print/Tin-tuc-su-kien/2417','','840','768','yes');return false" class="print">&nbsp;</a></li>
<li><a title="Lưu bài viết này" href="/index.php?language=vi&amp;nv=news&amp;op=savefile/Tin-tuc-su-kien/2417" class="savefile">&nbsp;</a></li>
</ul></div>
<div class="clear"></div>
<div id="hometext"><img id="imghome" alt="%(title_attr)s" src="/uploads/news/2019_11/ngay-hoi-pa-u.jpg" width="150" /><b>%(lead)s</b></div>
<div class="clear"></div>
<div class="bodytext">
%(body)s
</div>
<div class="clear"></div>
<p style="text-align: right;"><strong>Tác giả bài viết: </strong>%(author)s</p>
<p style="text-align: right;"><strong>Nguồn tin: </strong>%(source)s</p>
<div class="keywords"><strong>Từ khóa: </strong><a title="ngày hội" href="/index.php?language=vi&amp;nv=news&amp;op=tag/ngay-hoi">ngày hội</a>, <a title="đại đoàn kết" href="/index.php?language=vi&amp;nv=news&amp;op=tag/dai-doan-ket">đại đoàn kết</a>, <a title="Pa Ủ" href="/index.php?language=vi&amp;nv=news&amp;op=tag/pa-u">Pa Ủ</a></div>
</div>
<div id="rating"><div class="rate"><span>Đánh giá bài viết</span> %(stars)s <div class="result">Tổng số điểm của bài viết là: %(score)d trong %(votes)d đánh giá</div></div></div>
<div id="idcomment"><h3>Ý kiến bạn đọc</h3><form method="post" action="/index.php?language=vi&amp;nv=news&amp;op=postcomment"><label>Họ tên</label><input type="text" name="name" /><label>Email</label><input type="text" name="email" /><label>Nội dung</label><textarea name="content" rows="5" cols="60"></textarea><input type="submit" value="Gửi bình luận" /></form></div>
<div class="other-news"><h4>Những tin mới hơn</h4><ul class="related">%(newer)s</ul><h4>Những tin cũ hơn</h4><ul class="related">%(older)s</ul></div>
</div>""" % dict(title=esc(a["title"]), title_attr=attr(a["title"]), date=esc(a["date_shown"]), lead=inline(a["lead"]), body=body,
                 author=esc(a["author"]), source=esc(a["source"]),
                 stars="".join("<input name=\"star\" type=\"radio\" value=\"%d\" />" % i for i in range(1, 6)),
                 score=rng.randint(5, 40), votes=rng.randint(2, 9), newer=lst(others_new), older=lst(others_old))
    crumbs = "<a href=\"/index.php?language=vi\">Trang chủ</a> &raquo; <a href=\"/index.php?language=vi&amp;nv=news\">Tin tức</a> &raquo; <a href=\"/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien\">Tin tức - Sự kiện</a>"
    return _nv3_page(rng, a["title"] + " - Tin tức - Sự kiện - Cổng thông tin điện tử huyện Mường Tè", crumbs, main, a["place"], "2025-06-30")


def _nv4_page(rng, host, site, title, metas, banner, header_date, menu_items, crumbs, main, side, footer, place):
    menu = "".join("<li%s><a title=\"%s\" href=\"/%s/\">%s</a></li>" % (
        " class=\"active\"" if i == 1 else "", attr(m), slug(m), esc(m)) for i, m in enumerate(menu_items))
    return """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>%(title)s</title>
<meta name="description" content="%(title_attr)s" />
<meta name="author" content="%(site_attr)s" />
<meta name="copyright" content="%(site_attr)s [webmaster@%(host)s]" />
<meta name="generator" content="NukeViet v4.4" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
%(metas)s
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="https://%(host)s/">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<style>.site-banner{background-image:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%(pad)s)}</style>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
%(banner)s
<div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="%(site_attr)s" href="/"><img src="/uploads/logo.png" alt="%(site_attr)s"></a><span class="site_name">%(site)s</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><ul class="nav navbar-nav">%(menu)s</ul></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none">%(crumbs)s</ul></div></div></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="current-time">%(hdate)s</div></div></div></div></div></nav>
<div class="row">
<div class="col-md-18">
%(main)s
</div>
<div class="col-md-6">
%(side)s
</div>
</div>
</div></section>
</div>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-24">%(footer)s</div></div></div></div></footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_%(ck)s",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_is_recaptcha=0;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="/themes/default/js/main.js"></script>
</body>
</html>
""" % dict(title=esc(title), title_attr=attr(title), site_attr=attr(site), host=host, metas=metas, pad=PAD, banner=banner,
           site=esc(site), menu=menu, crumbs=crumbs, hdate=header_date, main=main, side=side, footer=footer, ck=alnum(rng, 8))


def _nv4_article(a, rng, imgbase, tools_extra=""):
    body = render_blocks(a, rng, dict(
        img=lambda src, alt, cap: "<div class=\"image-center\"><figure class=\"image\"><img alt=\"%s\" height=\"400\" src=\"%s\" width=\"600\" /><figcaption>%s</figcaption></figure></div>" % (alt, src, cap),
    ), imgbase)
    lead = "<div class=\"hometext m-bottom\">%s</div>" % inline(a["lead"]) if a.get("lead") else ""
    date_html = a.get("date_html") or "<span class=\"h5\">%s</span>" % esc(a["date_shown"])
    return """<div class="news_column panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg">%s</h1>
<div class="row margin-bottom-lg"><div class="col-md-12">%s</div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="javascript:void(0);"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix">%s</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
%s
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>%s </strong>%s</p></div>
%s
</div>
</div>""" % (esc(a["title"]), date_html, lead, body, esc(a["byline_raw"].split(":", 1)[0] + ":"), esc(a["byline_raw"].split(":", 1)[1].strip()), tools_extra)


def _nv4_side(rng, place, lo, hi, host):
    items = dated_headlines(rng, 8, place, lo, hi)
    return ("<div class=\"panel panel-primary\"><div class=\"panel-heading\">Tin mới</div><div class=\"panel-body\"><ul class=\"list-none list-items\">%s</ul></div></div>"
            "<div class=\"panel panel-primary\"><div class=\"panel-heading\">Thống kê truy cập</div><div class=\"panel-body\">%s</div></div>"
            "<div class=\"panel panel-primary\"><div class=\"panel-heading\">Liên kết</div><div class=\"panel-body\"><select class=\"form-control\"><option>-- Liên kết website --</option>%s</select></div></div>") % (
        "".join("<li class=\"clearfix\"><a title=\"%s\" href=\"https://%s/news/tin-tuc-su-kien/%s-%d.html\">%s</a> <span class=\"text-muted\">%s</span></li>" % (
            attr(t), host, slug(t)[:50], rng.randint(100, 3000), esc(t), dmy(d)) for t, d in items),
        counter_block(rng), "".join("<option>%s</option>" % esc(s) for s in LINK_SITES))


def t_nukeviet4_frozen(a, rng):
    host = "krongpac.daklak.gov.vn"
    pub = pubdate(a)
    metas = ("<meta property=\"og:title\" content=\"%s\" />\n<meta property=\"og:type\" content=\"article\" />\n"
             "<meta property=\"og:url\" content=\"%s\" />\n<meta property=\"article:published_time\" content=\"%s\" />\n"
             "<meta property=\"article:section\" content=\"Thông báo\" />") % (attr(a["title"]), attr(a["url"]), a["meta_time"])
    banner = ("<div class=\"alert alert-warning text-center\" style=\"margin:0;border-radius:0\"><strong>Trang thông tin lưu trữ</strong> - "
              "Cổng thông tin này ngừng cập nhật từ 01/7/2025, mời truy cập <a href=\"https://daklak.gov.vn\">Cổng Thông tin điện tử tỉnh Đắk Lắk</a>.</div>")
    main = _nv4_article(a, rng, "/uploads/news/2025_06/")
    rel = dated_headlines(rng, 8, a["place"], iso_minus(pub, 40), iso_minus(pub, 1))
    main += "<div class=\"news_column panel panel-default\"><div class=\"panel-body other-news\"><p class=\"h3\"><strong>Những tin cũ hơn</strong></p><ul class=\"related list-inline\">%s</ul></div></div>" % "".join(
        "<li><em class=\"fa fa-angle-right\">&nbsp;</em><a href=\"https://%s/news/tin-tuc-su-kien/%s-%d.html\">%s</a> <em>(%s)</em></li>" % (
            host, slug(t)[:50], rng.randint(100, 3390), esc(t), dmy(d)) for t, d in rel)
    side = _nv4_side(rng, a["place"], iso_minus(pub, 20), "2025-06-30", host)
    crumbs = "<li><a href=\"/\" title=\"Trang chủ\"><span>Trang chủ</span></a></li><li><a href=\"/news/\" title=\"Tin tức\"><span>Tin tức</span></a></li><li><a href=\"/news/thong-bao/\" title=\"Thông báo\"><span>Thông báo</span></a></li>"
    footer = ("<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC</strong></p><p>Cơ quan chủ quản: UBND huyện Krông Pắc - Địa chỉ: Thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>"
              "<p>Điện thoại: 0262.3521.%03d - Email: ubndkrongpac@daklak.gov.vn</p>") % rng.randint(100, 999)
    return _nv4_page(rng, host, "Cổng Thông tin điện tử huyện Krông Pắc", a["title"] + " - Thông báo - Cổng Thông tin điện tử huyện Krông Pắc",
                     metas, banner, "Chủ Nhật, 22/11/2026", ["Trang chủ", "Tin tức", "Giới thiệu", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Liên hệ"],
                     crumbs, main, side, footer, a["place"])


def t_nukeviet4_commune(a, rng):
    host = "muongte.laichau.gov.vn"
    pub = pubdate(a)
    a = dict(a)
    a["date_html"] = "<span class=\"h5\"><em class=\"fa fa-clock-o\">&nbsp;</em><time datetime=\"%s\">%s</time></span>" % (a["published_at"], esc(a["date_shown"]))
    metas = ("<meta property=\"og:title\" content=\"%s\" />\n<meta property=\"og:type\" content=\"article\" />\n"
             "<meta property=\"og:url\" content=\"%s\" />\n<meta property=\"og:image\" content=\"https://%s/uploads/news/2026_11/ngay-hoi-nam-cum.jpg\" />\n"
             "<meta property=\"article:published_time\" content=\"%s\" />\n<meta property=\"article:section\" content=\"Tin tức - Sự kiện\" />") % (
        attr(a["title"]), attr(a["url"]), host, a["meta_time"])
    tags = "<div class=\"news_column panel panel-default\"><div class=\"panel-body\"><div class=\"h5\"><em class=\"fa fa-tags\">&nbsp;</em><strong>Từ khóa: </strong><a title=\"đại đoàn kết\" href=\"/news/tag/dai-doan-ket\"><em>đại đoàn kết</em></a>, <a title=\"Nậm Củm\" href=\"/news/tag/nam-cum\"><em>Nậm Củm</em></a></div></div></div>"
    main = _nv4_article(a, rng, "/uploads/news/2026_11/") + tags
    rel = dated_headlines(rng, 6, a["place"], iso_minus(pub, 60), iso_minus(pub, 1))
    main += "<div class=\"news_column panel panel-default\"><div class=\"panel-body other-news\"><p class=\"h3\"><strong>Tin liên quan</strong></p><ul class=\"related list-inline\">%s</ul></div></div>" % "".join(
        "<li><em class=\"fa fa-angle-right\">&nbsp;</em><a href=\"https://%s/news/tin-tuc-su-kien/%s-%d.html\">%s</a> <em>(%s)</em></li>" % (
            host, slug(t)[:50], rng.randint(100, 510), esc(t), dmy(d)) for t, d in rel)
    main += "<div class=\"news_column panel panel-default\"><div class=\"panel-body\"><p class=\"h3\"><strong>Ý kiến bạn đọc</strong></p><form><input class=\"form-control\" placeholder=\"Họ và tên\" /><textarea class=\"form-control\" placeholder=\"Nội dung\"></textarea><button class=\"btn btn-primary\">Gửi bình luận</button></form></div></div>"
    side = _nv4_side(rng, a["place"], iso_minus(pub, 15), "2026-11-21", host)
    crumbs = "<li><a href=\"/\" title=\"Trang chủ\"><span>Trang chủ</span></a></li><li><a href=\"/news/\" title=\"Tin tức\"><span>Tin tức</span></a></li><li><a href=\"/news/tin-tuc-su-kien/\" title=\"Tin tức - Sự kiện\"><span>Tin tức - Sự kiện</span></a></li>"
    footer = ("<p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG TÈ - TỈNH LAI CHÂU</strong></p><p>Cơ quan chủ quản: UBND xã Mường Tè - Địa chỉ: Trụ sở UBND xã Mường Tè, tỉnh Lai Châu</p>"
              "<p>Điện thoại: 0213.3881.%03d - Chịu trách nhiệm chính: Chủ tịch UBND xã</p><p>Trang thông tin kế thừa tên miền của Cổng thông tin điện tử huyện Mường Tè (cũ).</p>") % rng.randint(100, 999)
    return _nv4_page(rng, host, "Trang thông tin điện tử xã Mường Tè", a["title"] + " - Tin tức - Sự kiện - Trang thông tin điện tử xã Mường Tè",
                     metas, "", "Hôm nay: Chủ nhật, 22/11/2026", ["Trang chủ", "Tin tức", "Giới thiệu xã", "Hệ thống chính trị", "Văn bản", "Thủ tục hành chính", "Liên hệ"],
                     crumbs, main, side, footer, a["place"])


# ---------------------------------------------------------------------------
# y07: PHP site whose old frameset was replaced by iframes; windows-1258
# declared only in a <meta> (no charset in the HTTP header)
# ---------------------------------------------------------------------------

def t_php_iframes(a, rng):
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        p=lambda t: "<p class=\"noidung\">%s</p>" % t,
        img=lambda src, alt, cap: "<center><img src=\"%s\" width=\"480\" border=\"1\" alt=\"%s\"><br><i><font size=\"2\">%s</font></i></center>" % (src, alt, cap),
    ), "upload/anhtin/2020/")
    others = dated_headlines(rng, 12, a["place"], iso_minus(pub, 90), (pub + dt.timedelta(days=25)).isoformat())
    others_html = "".join("<tr><td class=\"tinkhac\">&#8226; <a href=\"chitiet.php?id=%d&amp;loai=1\">%s</a> <font color=\"#999999\">[%s]</font></td></tr>" % (
        rng.randint(900, 1100), esc(t), dmy(d, "-")) for t, d in others)
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta http-equiv="Content-Language" content="vi">
<title>%(title)s :: UBND huyen Con Cuong</title>
<link rel="stylesheet" href="style.css" type="text/css">
<style type="text/css">
body { margin: 0px; font-family: Tahoma, Arial; font-size: 12px; }
.tieude { font-size: 16px; font-weight: bold; color: #003399; padding: 6px 0px; }
.ngaydang { font-size: 11px; color: #777777; }
.noidung { text-align: justify; line-height: 150%%; }
.tacgia { text-align: right; font-weight: bold; }
.tinkhac { font-size: 12px; padding: 2px; }
.ngay { font-size: 11px; color: #ffffff; background: #1c5a99; padding: 3px 8px; }
</style>
<script language="JavaScript">
<!--
// trang duoc chuyen tu frameset sang iframe (2012)
function resizeFrame(f) { try { f.style.height = f.contentWindow.document.body.scrollHeight + 'px'; } catch (e) {} }
function MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }
var logo_data = "data:image/gif;base64,R0lGODlhAQABAIAAAP%(pad)s";
//-->
</script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<iframe src="top.php" name="top" width="100%%" height="150" frameborder="0" scrolling="no" marginheight="0" marginwidth="0">Trình duyệt của bạn không hỗ trợ khung (iframe). Vui lòng nâng cấp trình duyệt.</iframe>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="ngay">Hôm nay: Chủ nhật, 22-11-2026 &nbsp;|&nbsp; <a href="index.php"><font color="#FFFFFF">Trang chủ</font></a> &nbsp;|&nbsp; <a href="lienhe.php"><font color="#FFFFFF">Liên hệ</font></a></td></tr>
<tr><td colspan="2" bgcolor="#FFF1D6" style="padding:5px;border:1px solid #E8B96A"><font color="#8A4B00"><b>Thông báo:</b> Trang thông tin điện tử huyện Con Cuông ngừng cập nhật từ ngày 01/7/2025. Mời bạn đọc truy cập Cổng thông tin điện tử tỉnh Nghệ An (nghean.gov.vn) và trang thông tin của xã Con Cuông.</font></td></tr>
<tr>
<td width="190" valign="top"><iframe src="menu.php" name="menu" width="190" height="900" frameborder="0" scrolling="no" onload="resizeFrame(this)">Trình duyệt của bạn không hỗ trợ khung (iframe).</iframe></td>
<td width="790" valign="top" style="padding:8px">
<div class="tieude">%(title)s</div>
<div class="ngaydang">%(date)s &nbsp;|&nbsp; Lượt xem: %(views)d</div>
<hr size="1" color="#CCCCCC">
%(body)s
<div class="tacgia">%(byline)s</div>
<p align="right"><a href="javascript:MM_openBrWindow('inbai.php?id=1042','in','width=700,height=600,scrollbars=yes')">[In bài]</a> <a href="javascript:history.back()">[Trở về]</a></p>
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#E4ECF7"><b>Các tin khác:</b></td></tr>
%(others)s
</table>
</td>
</tr>
</table>
<iframe src="footer.php" name="footer" width="100%%" height="90" frameborder="0" scrolling="no">Trình duyệt của bạn không hỗ trợ khung (iframe).</iframe>
</body>
</html>
""" % dict(title=esc(a["title"]), pad=PAD, date=esc(a["date_shown"]), views=rng.randint(200, 1500), body=body,
           byline=esc(a["byline_raw"]), others=others_html)


# ---------------------------------------------------------------------------
# DotNetNuke 7: y08 (moved under the province's /huyen-cu/, images gone),
# y16 (new commune portal that kept the district's old articles)
# ---------------------------------------------------------------------------

def _dnn_page(rng, a, site, title, action, skin_path, banner, header_date, menu_items, crumbs, main, side, footer, portal_id):
    menu = "".join("<li class=\"%s\"><a href=\"/%s.aspx\">%s</a></li>" % (
        "active" if i == 1 else "", slug(m), esc(m)) for i, m in enumerate(menu_items))
    return """<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>
	%(title)s
</title><meta id="MetaDescription" name="DESCRIPTION" content="%(title_attr)s" /><meta id="MetaKeywords" name="KEYWORDS" content="%(place)s, tin tức" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="%(skin)s/skin.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/Portals/%(pid)d/portal.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/01_02_01/jquery-migrate.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_11_03/jquery-ui.js?cdv=%(cdv)d" type="text/javascript"></script></head>
<body id="Body">
<form method="post" action="%(action)s" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEwNjY5NzA4NTUPZBYGZg8WAh4EVGV4dAU%(pad)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) { theForm = document.Form; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=%(wr)s&amp;t=635589219571259667" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {"name":"vi-VN","numberFormat":{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"CurrencyGroupSeparator":".","CurrencySymbol":"₫","NumberDecimalSeparator":",","NumberGroupSeparator":"."},"dateTimeFormat":{"FirstDayOfWeek":1,"ShortDatePattern":"dd/MM/yyyy","LongTimePattern":"h:mm:ss tt","AMDesignator":"SA","PMDesignator":"CH","DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"]}};
//]]>
</script>
<script src="/ScriptResource.axd?d=%(sr)s&amp;t=ffffffffb201fd3f" type="text/javascript"></script>
<script src="/js/dnn.modalpopup.js?cdv=%(cdv)d" type="text/javascript"></script>
<script src="%(skin)s/js/bootstrap.min.js?cdv=%(cdv)d" type="text/javascript"></script>
<script src="/js/dnncore.js?cdv=%(cdv)d" type="text/javascript"></script>
<script src="/DesktopModules/EasyDNNnews/static/EasyDnnSolutions/EasyDnnSolutions_1.1_2.2.js?cdv=%(cdv)d" type="text/javascript"></script>
%(banner)s
<div id="siteWrapper">
<div class="topbar"><div class="container"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">%(hdate)s</span><div class="loginbar"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="return dnnModal.show('%(action)s?popUp=true',/*showReturn*/true,300,650,true,'');" href="%(action)s?returnurl=%%2f">Đăng nhập</a></div></div></div>
<header class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="%(site_attr)s" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/%(pid)d/logo.png" alt="%(site_attr)s" /></a></div></header>
<nav class="navbar"><div class="container"><ul class="nav navbar-nav" id="dnnMenu">%(menu)s</ul><div class="search"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" autocomplete="off" placeholder="Tìm kiếm..." /><a id="dnn_dnnSearch_cmdSearch" class="SkinObject" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">Tìm</a></span></div></div></nav>
<div class="container"><div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb">%(crumbs)s</span></div>
<div class="row">
<div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-%(mid)d"><a name="%(mid)d"></a>
<div class="Normal_Container"><div id="dnn_ctr%(mid)d_ContentPane">
<div id="dnn_ctr%(mid)d_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
%(main)s
</div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">
%(side)s
</div>
</div></div>
<footer class="footer"><div class="container">%(footer)s<div class="copyright"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright %(site)s</span> | <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="/terms.aspx">Điều khoản sử dụng</a></div></div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`84`}" />
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
""" % dict(title=esc(title), title_attr=attr(a["title"]), place=esc(a["place"]), cdv=rng.randint(100, 400), skin=skin_path,
           pid=portal_id, action=attr(action), pad=PAD, wr=b64(rng, 88).replace("+", "-").replace("/", "_"),
           sr=b64(rng, 110).replace("+", "-").replace("/", "_"), banner=banner, hdate=header_date,
           site_attr=attr(site), menu=menu, crumbs=crumbs, mid=rng.randint(400, 900),
           main=main, side=side, footer=footer, site=esc(site))


def _dnn_side(rng, place, lo, hi, host_path):
    items = dated_headlines(rng, 8, place, lo, hi)
    top = headlines(rng, 5, place, int(lo[:4]), int(hi[:4]))
    return ("<div class=\"DnnModule\"><div class=\"box\"><h2 class=\"box-title\">Tin mới</h2><ul class=\"edn_list\">%s</ul></div></div>"
            "<div class=\"DnnModule\"><div class=\"box\"><h2 class=\"box-title\">Xem nhiều</h2><ol>%s</ol></div></div>"
            "<div class=\"DnnModule\"><div class=\"box\"><h2 class=\"box-title\">Thống kê truy cập</h2>%s</div></div>") % (
        "".join("<li><a href=\"%s/tin-tuc/tabid/84/ArticleID/%d/%s.aspx\">%s</a> <span class=\"edn_date\">%s</span></li>" % (
            host_path, rng.randint(100, 3000), slug(t)[:50], esc(t), dmy(d)) for t, d in items),
        "".join("<li><a href=\"%s/tin-tuc/tabid/84/ArticleID/%d/%s.aspx\">%s</a></li>" % (host_path, rng.randint(100, 3000), slug(t)[:50], esc(t)) for t in top),
        counter_block(rng))


def _dnn_article(a, rng, imgbase, meta_line, bottom, missing_images=False):
    def img(src, alt, cap):
        extra = " class=\"img-missing\"" if missing_images else ""
        out = "<p style=\"text-align: center;\"><img%s alt=\"%s\" src=\"%s\" style=\"width: 600px; height: 400px;\" /></p>" % (extra, alt, src)
        if cap:
            out += "\n<p style=\"text-align: center;\"><em>%s</em></p>" % cap
        return out
    body = render_blocks(a, rng, dict(img=img), imgbase)
    lead = "<div class=\"edn_articleSummary\"><p><strong>%s</strong></p></div>" % inline(a["lead"]) if a.get("lead") else ""
    return """<div class="eds_news_Ozone eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">%s</h1>
<div class="edn_metaDetails">%s</div>
%s
<div class="edn_articleContent">
%s
</div>
%s
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="javascript:window.print();">In bài viết</a> <a class="edn_emailButton" href="mailto:?subject=%s">Gửi email</a></div>
</div>
</div>""" % (esc(a["title"]), meta_line, lead, body, bottom, attr(slug(a["title"])[:30]))


def t_dnn_moved(a, rng):
    pub = pubdate(a)
    base = "/huyen-cu/tamnong"
    banner = ("<div class=\"huyen-cu-notice\" style=\"background:#e3f2fd;border-bottom:2px solid #1565c0;padding:8px 0;text-align:center;color:#0d47a1\">"
              "Bạn đang xem trang lưu trữ của huyện Tam Nông (cũ) trên Cổng thông tin điện tử tỉnh Phú Thọ. Trang ngừng cập nhật từ 01/7/2025; "
              "hình ảnh của một số bài viết cũ không còn được lưu giữ. Thông tin mới của xã Tam Nông, mời xem tại <a href=\"https://tamnong.phutho.gov.vn\">tamnong.phutho.gov.vn</a>.</div>")
    meta = "<span class=\"edn_date\">%s</span> <span class=\"edn_views\">Lượt xem: %d</span>" % (esc(a["date_shown"]), rng.randint(200, 3000))
    bottom = "<p style=\"text-align: right;\"><strong>%s</strong></p>" % esc(a["author"])
    rel = dated_headlines(rng, 8, a["place"], iso_minus(pub, 60), iso_minus(pub, 1))
    bottom += "<div class=\"edn_relatedArticles\"><h3>Tin liên quan</h3><ul>%s</ul></div>" % "".join(
        "<li><a href=\"%s/tin-tuc/tabid/84/ArticleID/%d/%s.aspx\">%s</a> <span>(%s)</span></li>" % (base, rng.randint(2000, 2870), slug(t)[:50], esc(t), dmy(d)) for t, d in rel)
    main = _dnn_article(a, rng, "/Portals/12/EasyDNNNews/2871/600600p1234EDNmain", meta, bottom, missing_images=True)
    side = _dnn_side(rng, a["place"], "2025-06-01", "2025-06-30", base)
    crumbs = "<a href=\"/\" class=\"breadcrumbLink\">Cổng TTĐT tỉnh Phú Thọ</a> / <a href=\"/huyen-cu.aspx\" class=\"breadcrumbLink\">Huyện cũ</a> / <a href=\"%s.aspx\" class=\"breadcrumbLink\">Tam Nông</a> / <a href=\"%s/tin-tuc/tabid/84.aspx\" class=\"breadcrumbLink\">Tin tức</a>" % (base, base)
    footer = ("<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ</strong> - Chuyên trang lưu trữ huyện Tam Nông (cũ)</p>"
              "<p>Cơ quan chủ quản: Văn phòng UBND tỉnh Phú Thọ. Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ.</p>"
              "<p>Điện thoại: 0210.3847.%03d - Email: congtt@phutho.gov.vn</p>") % rng.randint(100, 999)
    return _dnn_page(rng, a, "Cổng thông tin điện tử tỉnh Phú Thọ", a["title"] + " - Cổng thông tin điện tử tỉnh Phú Thọ", path_of(a["url"]), "/Portals/_default/Skins/PhuTho",
                     banner, "Chủ Nhật, 22/11/2026", ["Trang chủ", "Tin tức", "Giới thiệu", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Liên hệ"],
                     crumbs, main, side, footer, 12)


def t_dnn_commune_kept(a, rng):
    pub = pubdate(a)
    meta = ("<span class=\"edn_date\">%s</span> <span class=\"edn_author\">Người đăng: %s</span> <span class=\"edn_views\">Lượt xem: %d</span>"
            "<div class=\"edn_archiveNote\" style=\"margin-top:6px;padding:6px;background:#f5f5f5;border-left:3px solid #9e9e9e;font-size:12px\">"
            "Tin bài lưu trữ từ Cổng thông tin điện tử huyện Con Cuông (cũ), được chuyển sang trang thông tin của xã ngày 15/8/2025.</div>") % (
        esc(a["date_shown"]), esc(a["cms_user"]), rng.randint(500, 4000))
    bottom = "<p style=\"text-align: right;\"><strong>%s</strong></p>" % esc(a["author"])
    bottom += "<div class=\"edn_tags\">Từ khóa: <a href=\"/tag/covid-19.aspx\">covid-19</a>, <a href=\"/tag/phong-chong-dich.aspx\">phòng chống dịch</a></div>"
    rel = dated_headlines(rng, 6, "Con Cuông", iso_minus(pub, 60), iso_minus(pub, 1))
    bottom += "<div class=\"edn_relatedArticles\"><h3>Các tin lưu trữ khác</h3><ul>%s</ul></div>" % "".join(
        "<li><a href=\"/tin-tuc/tabid/112/ArticleID/%d/%s.aspx\">%s</a> <span>(%s)</span></li>" % (rng.randint(100, 904), slug(t)[:50], esc(t), dmy(d)) for t, d in rel)
    main = _dnn_article(a, rng, "/Portals/3/EasyDNNNews/905/images/", meta, bottom)
    side = _dnn_side(rng, "xã Con Cuông", "2026-10-01", "2026-11-21", "")
    crumbs = "<a href=\"/\" class=\"breadcrumbLink\">Trang chủ</a> / <a href=\"/tin-tuc/tabid/112.aspx\" class=\"breadcrumbLink\">Tin tức</a> / <a href=\"/tin-luu-tru.aspx\" class=\"breadcrumbLink\">Tin lưu trữ huyện cũ</a>"
    footer = ("<p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ CON CUÔNG - TỈNH NGHỆ AN</strong></p>"
              "<p>Cơ quan chủ quản: UBND xã Con Cuông. Địa chỉ: Trụ sở UBND xã Con Cuông, tỉnh Nghệ An. Điện thoại: 0238.3873.%03d</p>"
              "<p>Chịu trách nhiệm chính: Chủ tịch UBND xã Con Cuông</p>") % rng.randint(100, 999)
    return _dnn_page(rng, a, "Trang thông tin điện tử xã Con Cuông", a["title"] + " - Trang thông tin điện tử xã Con Cuông", path_of(a["url"]), "/Portals/_default/Skins/XaPhuong",
                     "", "Chủ Nhật, 22/11/2026", ["Trang chủ", "Tin tức", "Giới thiệu xã", "Hệ thống chính trị", "Văn bản", "Thủ tục hành chính", "Liên hệ"],
                     crumbs, main, side, footer, 3)


# ---------------------------------------------------------------------------
# WordPress 4: y09 (text pasted in decomposed NFD form), y18 (date only in
# article:published_time)
# ---------------------------------------------------------------------------

def _wp_page(rng, a, host, site, tagline, banner, top_date, entry_meta, body_html, after_body, sidebar_place, side_lo, side_hi, footer, postid, fix=lambda s: s):
    emoji = ("window._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/2.3\\/72x72\\/\",\"ext\":\".png\",\"svgUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/2.3\\/svg\\/\",\"svgExt\":\".svg\",\"source\":{\"concatemoji\":\"https:\\/\\/%s\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=4.9.8\"}};\n"
             "!function(a,b,c){function d(a,b){var c=String.fromCharCode;l.clearRect(0,0,k.width,k.height),l.fillText(c.apply(this,a),0,0);var d=k.toDataURL();l.clearRect(0,0,k.width,k.height),l.fillText(c.apply(this,b),0,0);var e=k.toDataURL();return d===e}function e(a){var b;if(!l||!l.fillText)return!1;switch(l.textBaseline=\"top\",l.font=\"600 32px Arial\",a){case\"flag\":return!(b=d([55356,56826,55356,56819],[55356,56826,8203,55356,56819]))&&(b=d([55356,57332,56128,56423,56128,56418,56128,56421,56128,56430,56128,56423,56128,56447],[55356,57332,8203,56128,56423,8203,56128,56418,8203,56128,56421,8203,56128,56430,8203,56128,56423,8203,56128,56447]),!b);case\"emoji\":return b=d([55358,56794,8205,9794,65039],[55358,56794,8203,9794,65039]),!b}return!1}}(window,document,window._wpemojiSettings);") % host
    recent = dated_headlines(rng, 6, sidebar_place, side_lo, side_hi)
    months = sorted({(d.year, d.month) for _, d in dated_headlines(rng, 14, sidebar_place, iso_minus(dt.date.fromisoformat(side_hi), 420), side_hi)}, reverse=True)
    cats = ["Tin tức - Sự kiện", "Văn hóa - Du lịch", "Kinh tế", "Thông báo", "Hoạt động cơ sở", "Chuyển đổi số"]
    related = dated_headlines(rng, 3, sidebar_place, side_lo, side_hi)
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="https://%(host)s/xmlrpc.php">
<title>%(title)s &#8211; %(site)s</title>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="%(site)s &raquo; Dòng thông tin" href="https://%(host)s/feed/" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="%(title_attr)s" />
<meta property="og:url" content="%(url)s" />
<meta property="og:site_name" content="%(site_attr)s" />
<meta property="article:section" content="Tin tức - Sự kiện" />
<meta property="article:published_time" content="%(pt)s" />
<meta property="article:modified_time" content="%(mt)s" />
<meta property="og:updated_time" content="%(mt)s" />
<script type="text/javascript">
%(emoji)s
</script>
<style type="text/css">
img.wp-smiley,img.emoji{display:inline!important;border:none!important;box-shadow:none!important;height:1em!important;width:1em!important;margin:0 .07em!important;vertical-align:-0.1em!important;background:none!important;padding:0!important;}
.site-branding{background-image:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%(pad)s)}
</style>
<link rel='stylesheet' id='twentysixteen-fonts-css'  href='https://fonts.googleapis.com/css?family=Merriweather%%3A400%%2C700&#038;subset=latin%%2Clatin-ext' type='text/css' media='all' />
<link rel='stylesheet' id='twentysixteen-style-css'  href='https://%(host)s/wp-content/themes/twentysixteen/style.css?ver=4.9.8' type='text/css' media='all' />
<script type='text/javascript' src='https://%(host)s/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<script type='text/javascript' src='https://%(host)s/wp-includes/js/jquery/jquery-migrate.min.js?ver=1.4.1'></script>
<link rel='https://api.w.org/' href='https://%(host)s/wp-json/' />
<link rel="canonical" href="%(url)s" />
<link rel='shortlink' href='https://%(host)s/?p=%(postid)d' />
</head>
<body class="post-template-default single single-post postid-%(postid)d single-format-standard">
<div id="page" class="site">
<div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
%(banner)s
<div class="top-date">%(top_date)s</div>
<header id="masthead" class="site-header" role="banner">
<div class="site-header-main">
<div class="site-branding"><p class="site-title"><a href="https://%(host)s/" rel="home">%(site)s</a></p><p class="site-description">%(tagline)s</p></div>
<button id="menu-toggle" class="menu-toggle">Menu</button>
<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Menu chính"><div class="menu-menu-chinh-container"><ul id="menu-menu-chinh" class="primary-menu">%(menu)s</ul></div></nav></div>
</div>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-%(postid)d" class="post-%(postid)d post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc-su-kien">
<header class="entry-header"><h1 class="entry-title">%(title_body)s</h1></header>
<div class="entry-content">
%(body)s
</div>
<footer class="entry-footer">%(entry_meta)s<span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="https://%(host)s/category/tin-tuc-su-kien/" rel="category tag">Tin tức - Sự kiện</a></span></footer>
</article>
%(after)s
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>%(related)s</div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Trả lời</h2><form action="https://%(host)s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='%(postid)d' id='comment_post_ID' /></p></form></div></div>
</main>
</div>
<aside id="secondary" class="sidebar widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://%(host)s/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><button type="submit" class="search-submit"><span class="screen-reader-text">Tìm kiếm</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>%(recent)s</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>%(archives)s</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>%(cats)s</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">%(footer)s<span class="site-title"><a href="https://%(host)s/" rel="home">%(site)s</a></span> <a href="https://vi.wordpress.org/">Tự hào sử dụng WordPress</a></div></footer>
</div>
</div>
<script type='text/javascript' src='https://%(host)s/wp-content/themes/twentysixteen/js/skip-link-focus-fix.js?ver=20160816'></script>
<script type='text/javascript'>
/* <![CDATA[ */
var screenReaderText = {"expand":"m\\u1edf menu con","collapse":"\\u0111\\u00f3ng menu con"};
/* ]]> */
</script>
<script type='text/javascript' src='https://%(host)s/wp-content/themes/twentysixteen/js/functions.js?ver=20160816'></script>
<script type='text/javascript' src='https://%(host)s/wp-includes/js/wp-embed.min.js?ver=4.9.8'></script>
</body>
</html>
""" % dict(host=host, title=esc(a["title"]), title_attr=attr(a["title"]), site=esc(site), site_attr=attr(site), url=attr(a["url"]),
           pt=a["meta_time"], mt=a["modified_time"], emoji=emoji, pad=PAD, postid=postid, banner=banner, top_date=top_date,
           tagline=esc(tagline), title_body=fix(esc(a["title"])), body=body_html, entry_meta=entry_meta, after=after_body,
           menu="".join("<li id=\"menu-item-%d\" class=\"menu-item menu-item-type-taxonomy menu-item-object-category\"><a href=\"https://%s/category/%s/\">%s</a></li>" % (
               rng.randint(10, 900), host, slug(m), esc(m)) for m in ["Trang chủ", "Tin tức - Sự kiện", "Văn hóa - Du lịch", "Kinh tế", "Thông báo", "Liên hệ"]),
           related="".join("<div class=\"jp-relatedposts-post\"><h4 class=\"jp-relatedposts-post-title\"><a href=\"https://%s/%d/%02d/%02d/%s/\">%s</a></h4><p class=\"jp-relatedposts-post-date\">%s</p></div>" % (
               host, d.year, d.month, d.day, slug(t)[:60], esc(t), dmy(d)) for t, d in related),
           recent="".join("<li><a href=\"https://%s/%d/%02d/%02d/%s/\">%s</a> <span class=\"post-date\">%s</span></li>" % (
               host, d.year, d.month, d.day, slug(t)[:60], esc(t), dmy(d)) for t, d in recent),
           archives="".join("<li><a href='https://%s/%d/%02d/'>Tháng %d %d</a></li>" % (host, y, m, m, y) for y, m in months),
           cats="".join("<li class=\"cat-item cat-item-%d\"><a href=\"https://%s/category/%s/\">%s</a> (%d)</li>" % (
               rng.randint(2, 40), host, slug(c), esc(c), rng.randint(5, 400)) for c in cats),
           footer=footer)


def t_wordpress_nfd(a, rng):
    host = "ttvh.vandon.quangninh.gov.vn"
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        h=lambda t: "<h3>%s</h3>" % t,
        img=lambda src, alt, cap: "<figure id=\"attachment_%d\" style=\"width: 800px\" class=\"wp-caption aligncenter\"><img class=\"size-large wp-image-%d\" src=\"%s\" alt=\"%s\" width=\"800\" height=\"533\" /><figcaption class=\"wp-caption-text\">%s</figcaption></figure>" % (
            rng.randint(4000, 4900), rng.randint(4000, 4900), src, alt, cap),
    ), "https://%s/wp-content/uploads/2024/03/" % host)
    body += "\n<p style=\"text-align: right;\"><strong>%s</strong></p>" % esc(a["author"])
    body = nfd(body)
    entry_meta = ("<span class=\"byline\"><span class=\"author vcard\">Đăng bởi <a class=\"url fn n\" href=\"https://%s/author/%s/\">%s</a></span></span>"
                  "<span class=\"posted-on\"><span class=\"screen-reader-text\">Đăng ngày </span><a href=\"%s\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"%s\">%s</time></a></span>") % (
        host, a["cms_user"], a["cms_user"], attr(a["url"]), a["published_at"], esc(a["date_shown"]))
    banner = ("<div class=\"notice-archive\" style=\"background:#263238;color:#fff;padding:8px 12px;font-size:14px\">"
              "Trang tin này ngừng cập nhật từ 01/7/2025. Mời bạn đọc truy cập Cổng thông tin điện tử đặc khu Vân Đồn tại <a style=\"color:#80deea\" href=\"https://vandon.quangninh.gov.vn\">vandon.quangninh.gov.vn</a>.</div>")
    footer = "Trung tâm Truyền thông và Văn hóa huyện Vân Đồn - Địa chỉ: Khu 3, thị trấn Cái Rồng, huyện Vân Đồn, tỉnh Quảng Ninh. "
    return _wp_page(rng, a, host, "Trung tâm Truyền thông và Văn hóa Vân Đồn", "Thông tin - Văn hóa - Du lịch Vân Đồn", banner,
                    "Chủ Nhật, 22 Tháng Mười Một, 2026", entry_meta, body, "", a["place"], "2025-05-01", "2025-06-30", footer,
                    4821, fix=nfd)


def t_wordpress_metaonly(a, rng):
    host = "vandon.quangninh.gov.vn"
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        img=lambda src, alt, cap: "<div id=\"attachment_%d\" style=\"width: 760px\" class=\"wp-caption aligncenter\"><img class=\"size-full wp-image-%d\" src=\"%s\" alt=\"%s\" width=\"750\" height=\"500\" /><p class=\"wp-caption-text\">%s</p></div>" % (
            rng.randint(900, 1300), rng.randint(900, 1300), src, alt, cap),
    ), "https://%s/wp-content/uploads/2025/08/" % host)
    body += "\n<p style=\"text-align: right;\"><em>%s</em></p>" % esc(a["byline_raw"])
    entry_meta = "<span class=\"byline\"><span class=\"author vcard\">Đăng bởi <a class=\"url fn n\" href=\"https://%s/author/%s/\">%s</a></span></span> " % (host, a["cms_user"], a["cms_user"])
    footer = "Trang thông tin điện tử đặc khu Vân Đồn, tỉnh Quảng Ninh - Cơ quan chủ quản: UBND đặc khu Vân Đồn. Điện thoại: 0203.3874.%03d. " % rng.randint(100, 999)
    after = "<div class=\"sharedaddy\"><h3 class=\"sd-title\">Chia sẻ:</h3><ul><li><a class=\"share-facebook\" href=\"#\">Facebook</a></li><li><a class=\"share-zalo\" href=\"#\">Zalo</a></li><li><a class=\"share-print\" href=\"#print\">In</a></li></ul></div>"
    return _wp_page(rng, a, host, "Đặc khu Vân Đồn", "Trang thông tin điện tử đặc khu Vân Đồn - tỉnh Quảng Ninh", "",
                    "Hôm nay: 22/11/2026", entry_meta, body, after, "đặc khu Vân Đồn", "2026-09-20", "2026-11-21",
                    footer, 1187)


# ---------------------------------------------------------------------------
# y10: "in trang" print view of an old district article
# ---------------------------------------------------------------------------

def t_print_view(a, rng):
    body = render_blocks(a, rng, {}, "/Uploads/images/2024/8/")
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>In bài viết - %(title)s</title>
<style type="text/css">
body{font-family:"Times New Roman",serif;font-size:14pt;margin:20px 40px;color:#000}
.print-header td{font-size:11pt}
.print-title{font-size:18pt;font-weight:bold;margin:16px 0 6px}
.print-date{font-style:italic;font-size:11pt;color:#333}
.print-content p{text-align:justify;line-height:1.5}
.print-footer{font-size:10pt;color:#444;margin-top:10px}
@media print{.noprint{display:none}}
</style>
<script type="text/javascript">window.onload=function(){setTimeout(function(){window.print();},500);};</script>
</head>
<body>
<div class="noprint" style="text-align:right;font-family:Arial;font-size:10pt"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
<table class="print-header" width="100%%" cellpadding="0" cellspacing="0"><tr>
<td><img src="/Portals/caibe/logo-print.png" alt="Logo" width="48" height="48" style="vertical-align:middle" data-src="data:image/png;base64,iVBORw0KGgo%(pad)s"> <b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ</b><br>caibe.tiengiang.gov.vn</td>
<td align="right" valign="top">Ngày in: 22/11/2026</td>
</tr></table>
<hr>
<div class="print-title">%(title)s</div>
<div class="print-date">%(date)s</div>
<div class="print-content">
%(body)s
</div>
<p><b>Nguồn tin:</b> %(source)s</p>
<hr>
<div class="print-footer">Địa chỉ bài viết: https://caibe.tiengiang.gov.vn/tin-tuc/-/view_content/18345-cai-be-cap-them-12-ma-so-vung-trong-sau-rieng-phuc-vu-xuat-khau<br>
Bản quyền thuộc Cổng thông tin điện tử huyện Cái Bè. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
</body>
</html>
""" % dict(title=esc(a["title"]), pad=PAD, date=esc(a["date_shown"]), body=body, source=esc(a["source"]))


# ---------------------------------------------------------------------------
# y11: page saved by the province's web archive (pywb-style toolbar on top)
# ---------------------------------------------------------------------------

def t_archive_snapshot(a, rng):
    ts = "20250629094107"
    arch = "https://luutru.tphcm.gov.vn/web/%s/" % ts
    orig = a["orig_url"]
    host = "https://datdo.baria-vungtau.gov.vn"
    pub = pubdate(a)
    W = lambda path: arch + host + path
    body = render_blocks(a, rng, dict(
        img=lambda src, alt, cap: "<figure class=\"image\"><img alt=\"%s\" src=\"%s\" /><figcaption>%s</figcaption></figure>" % (alt, arch.replace("/web/" + ts + "/", "/web/" + ts + "im_/") + host + src, cap),
    ), "/uploads/tin-tuc/2025/04/")
    related = dated_headlines(rng, 8, a["place"], iso_minus(pub, 60), "2025-06-28")
    latest = dated_headlines(rng, 8, a["place"], "2025-06-01", "2025-06-28")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Liên hệ"]
    toolbar = """<!-- BEGIN ARCHIVE TOOLBAR INSERT -->
<script src="https://luutru.tphcm.gov.vn/static/wombat.js"></script>
<script>
  wbinfo = {};
  wbinfo.top_url = "%(aurl)s";
  wbinfo.url = "%(orig)s";
  wbinfo.timestamp = "%(ts)s";
  wbinfo.request_ts = "%(ts)s";
  wbinfo.prefix = "https://luutru.tphcm.gov.vn/web/";
  wbinfo.mod = "";
  wbinfo.is_framed = false;
  wbinfo.is_live = false;
  wbinfo.coll = "huyen-cu";
  wbinfo.proxy_magic = "";
  wbinfo.static_prefix = "https://luutru.tphcm.gov.vn/static/";
  wbinfo.enable_auto_fetch = true;
</script>
<script src="https://luutru.tphcm.gov.vn/static/wb.js"></script>
<link rel="stylesheet" href="https://luutru.tphcm.gov.vn/static/banner.css" />
<div id="_lt_toolbar" style="position:relative;z-index:99999;background:#102a43;color:#f0f4f8;font:13px/1.5 Arial,sans-serif;padding:6px 10px;border-bottom:3px solid #f0b429">
<div style="float:left"><b>KHO LƯU TRỮ TRANG THÔNG TIN ĐIỆN TỬ</b> - Thành phố Hồ Chí Minh</div>
<div style="float:right">Hôm nay: Chủ nhật, 22/11/2026 &nbsp;|&nbsp; <a style="color:#f0b429" href="#" onclick="document.getElementById('_lt_toolbar').style.display='none';return false;">Ẩn thanh công cụ</a></div>
<div style="clear:both"></div>
<div>Bản lưu: 09:41:07, 29/06/2025 &nbsp;|&nbsp; 7 bản lưu từ 21/04/2025 đến 29/06/2025 &nbsp;|&nbsp; <a style="color:#9fb3c8" href="https://luutru.tphcm.gov.vn/web/20250518000000*/%(orig)s">Xem tất cả</a> &nbsp;|&nbsp; <a style="color:#9fb3c8" href="https://luutru.tphcm.gov.vn/web/20250605101522/%(orig)s">&laquo; Trước</a> &nbsp;|&nbsp; Trang gốc: <span style="color:#bcccdc">%(orig)s</span></div>
</div>
<!-- END ARCHIVE TOOLBAR INSERT -->""" % dict(aurl=attr(a["url"]), orig=orig, ts=ts)
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<script type="text/javascript" src="https://luutru.tphcm.gov.vn/_static/js/bundle-playback.js?v=1" charset="utf-8"></script>
<script type="text/javascript">
  __wm_rewrite_ts = "%(ts)s";
</script>
<!-- End Archive Header -->
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s - Cổng thông tin điện tử huyện Đất Đỏ</title>
<link rel="stylesheet" href="%(css)s">
<link rel="stylesheet" href="%(css2)s">
<style>.hero-logo{background:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%(pad)s) no-repeat}</style>
</head>
<body>
%(toolbar)s
<div class="page-wrapper">
<div class="topbar"><div class="container"><span class="today">Chủ nhật, 29/06/2025</span><span class="hotline">Đường dây nóng: 0254.3688.%(tel)03d</span></div></div>
<header class="site-header"><div class="container"><a href="%(home)s" class="hero-logo"><span>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẤT ĐỎ</span></a><small>Tỉnh Bà Rịa - Vũng Tàu</small></div></header>
<nav class="main-nav"><div class="container"><ul>%(menu)s</ul></div></nav>
<div class="container main">
<div class="row">
<div class="col-lg-8">
<ol class="breadcrumb"><li><a href="%(home)s">Trang chủ</a></li><li><a href="%(cat)s">Tin tức - Sự kiện</a></li><li class="active">Chính quyền</li></ol>
<article class="detail">
<h1 class="detail-title">%(title)s</h1>
<div class="detail-meta"><span class="detail-date"><i class="fa fa-calendar"></i> %(date)s</span> <span class="detail-view"><i class="fa fa-eye"></i> %(views)d</span></div>
<div class="detail-sapo">%(lead)s</div>
<div class="detail-content">
%(body)s
</div>
<div class="detail-author">%(byline)s</div>
<div class="detail-share"><span>Chia sẻ:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="javascript:window.print()" class="print">In</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>%(related)s</ul></section>
</div>
<div class="col-lg-4">
<section class="box"><h3>Tin mới</h3><ul>%(latest)s</ul></section>
<section class="box"><h3>Thống kê truy cập</h3>%(counter)s</section>
</div>
</div>
</div>
<footer class="site-footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẤT ĐỎ</strong></p><p>Cơ quan chủ quản: UBND huyện Đất Đỏ - Địa chỉ: Khu phố Thanh Long, thị trấn Đất Đỏ, huyện Đất Đỏ, tỉnh Bà Rịa - Vũng Tàu</p><p>Giấy phép số 18/GP-STTTT ngày 06/9/2018 của Sở Thông tin và Truyền thông tỉnh Bà Rịa - Vũng Tàu</p></div></footer>
</div>
<script src="%(js)s"></script>
</body>
</html>
<!--
     FILE ARCHIVED ON 09:41:07 Jun 29, 2025 AND RETRIEVED FROM THE
     ARCHIVE ON 01:%(mm)02d:%(ss)02d Nov 22, 2026.
     ARCHIVE NOTE: THE ORIGINAL SITE STOPPED UPDATING ON 01/7/2025.
-->
""" % dict(ts=ts, title=esc(a["title"]), css=W("/themes/ddo/css/bootstrap.min.css"), css2=W("/themes/ddo/css/style.css"), pad=PAD,
           toolbar=toolbar, tel=rng.randint(100, 999), home=W("/"), cat=W("/tin-tuc/"),
           menu="".join("<li><a href=\"%s\">%s</a></li>" % (W("/" + slug(m) + "/"), esc(m)) for m in menu),
           date=esc(a["date_shown"]), views=rng.randint(200, 3000), lead=inline(a["lead"]), body=body, byline=esc(a["byline_raw"]),
           related="".join("<li><a href=\"%s\">%s</a> <span class=\"date\">%s</span></li>" % (W("/tin-tuc/%s-%d.html" % (slug(t)[:60], rng.randint(12000, 12870))), esc(t), dmy(d)) for t, d in related),
           latest="".join("<li><a href=\"%s\">%s</a> <span class=\"date\">%s</span></li>" % (W("/tin-tuc/%s-%d.html" % (slug(t)[:60], rng.randint(12877, 13100))), esc(t), dmy(d)) for t, d in latest),
           counter=counter_block(rng), js=W("/themes/ddo/js/main.js"), mm=rng.randint(0, 59), ss=rng.randint(0, 59))


# ---------------------------------------------------------------------------
# y17: Bootstrap commune portal, date only in JSON-LD
# ---------------------------------------------------------------------------

def t_bootstrap_jsonld(a, rng):
    host = "caibe.dongthap.gov.vn"
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        img=lambda src, alt, cap: "<figure class=\"figure text-center\"><img class=\"figure-img img-fluid\" alt=\"%s\" src=\"%s\"><figcaption class=\"figure-caption\">%s</figcaption></figure>" % (alt, src, cap),
    ), "/uploads/2026/03/")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
        "headline": a["title"],
        "description": plain(a["lead"]),
        "image": ["https://%s/uploads/2026/03/cho-xanh-cai-be.jpg" % host],
        "datePublished": a["published_at"],
        "dateModified": a["ld_modified"],
        "author": [{"@type": "Person", "name": n} for n in a["author"].split(", ")],
        "publisher": {"@type": "GovernmentOrganization", "name": "UBND xã Cái Bè",
                      "logo": {"@type": "ImageObject", "url": "https://%s/assets/img/logo.png" % host}},
    }
    latest = dated_headlines(rng, 6, "xã Cái Bè", "2026-10-15", "2026-11-21")
    related = dated_headlines(rng, 4, "xã Cái Bè", iso_minus(pub, 90), iso_minus(pub, 1))
    menu = ["Trang chủ", "Tin tức", "Giới thiệu", "Chính quyền", "Công khai", "Thủ tục hành chính", "Liên hệ"]
    return """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>%(title)s | Trang thông tin điện tử xã Cái Bè</title>
<meta name="description" content="%(desc)s">
<meta property="og:title" content="%(title_attr)s">
<meta property="og:image" content="https://%(host)s/uploads/2026/03/cho-xanh-cai-be.jpg">
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/site.css?v=%(v)d">
%(ga)s
<script type="application/ld+json">%(ld)s</script>
<style>.brand-mark{background-image:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%(pad)s)}</style>
</head>
<body>
<div class="topbar bg-success text-white small"><div class="container d-flex justify-content-between"><span>Chủ nhật, 22/11/2026</span><span><a class="text-white" href="/lien-he">Liên hệ</a> · <a class="text-white" href="/so-do-trang">Sơ đồ trang</a></span></div></div>
<header class="site-header py-3"><div class="container"><a class="brand-mark d-inline-block" href="/"><span class="h4">TRANG THÔNG TIN ĐIỆN TỬ XÃ CÁI BÈ</span></a><div class="small text-muted">Tỉnh Đồng Tháp</div></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">%(menu)s</ul><form class="form-inline ml-auto" action="/tim-kiem"><input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm"></form></div></nav>
<main class="container my-4">
<div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Mặt trận - Đoàn thể</li></ol></nav>
<article class="post">
<h1 class="post-title h3">%(title)s</h1>
<p class="post-sapo font-weight-bold">%(lead)s</p>
<div class="post-body">
%(body)s
</div>
<p class="post-author text-right font-weight-bold">%(author)s</p>
<div class="post-tools border-top pt-2"><a href="javascript:window.print()">In bài</a> · <a href="https://www.facebook.com/sharer/sharer.php?u=%(url_q)s">Chia sẻ Facebook</a> · <a href="https://zalo.me/share?u=%(url_q)s">Chia sẻ Zalo</a></div>
</article>
<section class="mt-4"><h2 class="h5 border-bottom pb-1">Tin liên quan</h2><ul class="list-unstyled">%(related)s</ul></section>
</div>
<aside class="col-lg-4">
<div class="card mb-3"><div class="card-header">Tin mới</div><ul class="list-group list-group-flush">%(latest)s</ul></div>
<div class="card mb-3"><div class="card-header">Liên kết</div><div class="card-body">%(links)s</div></div>
<div class="card"><div class="card-header">Lượt truy cập</div><div class="card-body">%(counter)s</div></div>
</aside>
</div>
</main>
<footer class="bg-dark text-light py-3 small"><div class="container"><p class="mb-1"><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ CÁI BÈ</strong></p><p class="mb-1">Cơ quan chủ quản: UBND xã Cái Bè, tỉnh Đồng Tháp. Địa chỉ: Trụ sở UBND xã Cái Bè (trụ sở UBND huyện Cái Bè cũ).</p><p class="mb-0">Điện thoại: 0273.3824.%(tel)03d - Email: ubndxacaibe@dongthap.gov.vn</p></div></footer>
<script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script>%(js)s</script>
</body>
</html>
""" % dict(title=esc(a["title"]), desc=attr(plain(a["lead"])), title_attr=attr(a["title"]), host=host, v=rng.randint(10, 99),
           ld=json.dumps(ld, ensure_ascii=False).replace("</", "<\\/"), pad=PAD,
           menu="".join("<li class=\"nav-item\"><a class=\"nav-link\" href=\"/%s\">%s</a></li>" % (slug(m), esc(m)) for m in menu),
           lead=inline(a["lead"]), body=body, author=esc(a["author"]), url_q=attr(a["url"].replace(":", "%3A").replace("/", "%2F")),
           related="".join("<li class=\"mb-1\"><a href=\"/tin-tuc/%s-a%d.html\">%s</a> <small class=\"text-muted\">(%s)</small></li>" % (slug(t)[:60], rng.randint(1000, 2300), esc(t), dmy(d)) for t, d in related),
           latest="".join("<li class=\"list-group-item\"><a href=\"/tin-tuc/%s-a%d.html\">%s</a><br><small class=\"text-muted\">%s</small></li>" % (slug(t)[:60], rng.randint(2319, 2600), esc(t), dmy(d)) for t, d in latest),
           links="<select class=\"custom-select custom-select-sm\"><option>-- Chọn liên kết --</option>%s</select>" % "".join("<option>%s</option>" % esc(s) for s in LINK_SITES),
           counter=counter_block(rng), tel=rng.randint(100, 999), js=js_blob(rng, 6, "site"), ga=ga_script(rng))


# ---------------------------------------------------------------------------
# y19: ASP.NET WebForms commune portal, date and byline in a labelled box
# ---------------------------------------------------------------------------

def t_aspnet_infobox(a, rng):
    pub = pubdate(a)
    body = render_blocks(a, rng, dict(
        p=lambda t: "<p style=\"text-align:justify\">%s</p>" % t,
        img=lambda src, alt, cap: "<div class=\"img-box text-center\"><img src=\"%s\" alt=\"%s\" class=\"img-responsive center-block\" /><p class=\"img-caption\"><em>%s</em></p></div>" % (src, alt, cap),
    ), "/Upload/TinTuc/2025/10/")
    infobox = """<table class="table table-bordered table-condensed info-box">
<caption>Thông tin bài viết</caption>
<tbody>
<tr><th scope="row" style="width:120px">Ngày đăng</th><td><span id="ctl00_ContentPlaceHolder1_lblNgayDang">%s</span></td></tr>
<tr><th scope="row">Tác giả</th><td><span id="ctl00_ContentPlaceHolder1_lblTacGia">%s</span></td></tr>
<tr><th scope="row">Chuyên mục</th><td><a href="/tin-tuc/danh-muc.aspx?id=6">An ninh - Trật tự</a></td></tr>
<tr><th scope="row">Lượt xem</th><td>%d</td></tr>
</tbody>
</table>""" % (esc(a["date_shown"]), esc(a["author"]), rng.randint(150, 900))
    other = dated_headlines(rng, 8, "xã Tam Nông", "2025-07-01", (pub + dt.timedelta(days=20)).isoformat())
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	%(title)s - Trang thông tin điện tử xã Tam Nông
</title><link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/site.css?v=%(v)d" rel="stylesheet" />
<style>.logo{background:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%(pad)s) no-repeat}</style>
</head>
<body>
<form method="post" action="./chi-tiet.aspx?id=418" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTM0NjU4NzkxMg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0BQ%(vs)s" />
</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAT%(ev)s" />
</div>
<div class="top-line"><div class="container"><span id="ctl00_lblNgay">Chủ nhật, ngày 22/11/2026</span><span class="pull-right"><a href="/lien-he.aspx">Liên hệ</a> | <a href="/so-do.aspx">Sơ đồ trang</a></span></div></div>
<div class="header"><div class="container"><div class="logo"><h2>TRANG THÔNG TIN ĐIỆN TỬ XÃ TAM NÔNG</h2><p>TỈNH PHÚ THỌ</p></div></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">%(menu)s</ul>
<div class="navbar-form navbar-right"><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="form-control input-sm" placeholder="Tìm kiếm..." /> <input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="ctl00_btnTimKiem" class="btn btn-sm btn-primary" /></div></div></nav>
<div class="container">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.aspx">Tin tức</a></li><li class="active">An ninh - Trật tự</li></ol>
<div class="row">
<div class="col-md-8">
<h1 class="news-title">%(title)s</h1>
%(infobox)s
<div class="news-content">
%(body)s
</div>
<div class="news-tool"><a href="javascript:window.print()"><span class="glyphicon glyphicon-print"></span> In</a> <a href="#" onclick="window.scrollTo(0,0);return false"><span class="glyphicon glyphicon-arrow-up"></span> Lên đầu trang</a></div>
<div class="other-news"><h4>Các tin khác</h4><ul>%(other)s</ul></div>
</div>
<div class="col-md-4">
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><marquee direction="up" scrollamount="2" height="160">%(notices)s</marquee></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">%(counter)s</div></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ TAM NÔNG - TỈNH PHÚ THỌ</strong></p><p>Cơ quan chủ quản: UBND xã Tam Nông. Địa chỉ: Trụ sở UBND xã Tam Nông, tỉnh Phú Thọ. Điện thoại: 0210.3879.%(tel)03d</p><p>Chịu trách nhiệm chính: Chủ tịch UBND xã</p></div></div>
<script src="/Scripts/jquery-1.10.2.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
</form>
</body>
</html>
""" % dict(title=esc(a["title"]), v=rng.randint(10, 99), pad=PAD, vs=b64(rng, 3000), gen=hexid(rng, 8).upper(), ev=b64(rng, 80),
           menu="".join("<li%s><a href=\"/%s.aspx\">%s</a></li>" % (" class=\"active\"" if i == 2 else "", slug(m), esc(m)) for i, m in enumerate(menu)),
           infobox=infobox, body=body,
           other="".join("<li><a href=\"/tin-tuc/chi-tiet.aspx?id=%d\">%s</a> <span class=\"text-muted\">(%s)</span></li>" % (rng.randint(300, 600), esc(t), dmy(d)) for t, d in other),
           notices="".join("<p><a href=\"/thong-bao/chi-tiet.aspx?id=%d\">%s</a></p>" % (rng.randint(10, 99), esc(t)) for t in headlines(rng, 4, "xã Tam Nông", 2025, 2026)),
           counter=counter_block(rng), tel=rng.randint(100, 999))


# ---------------------------------------------------------------------------
# pages without an article
# ---------------------------------------------------------------------------

SNIPPETS = [
    "Ngày {d}/{m}, {u} tổ chức hội nghị triển khai nhiệm vụ trọng tâm, đánh giá kết quả thực hiện trong thời gian qua.",
    "Thực hiện kế hoạch năm {y}, các cơ quan chuyên môn của {u} đã phối hợp với {sub} triển khai nhiều giải pháp đồng bộ.",
    "Sáng {d}/{m}, lãnh đạo {u} đã đi kiểm tra thực tế tại một số đơn vị và làm việc với cấp ủy, chính quyền cơ sở.",
    "Nhằm nâng cao hiệu quả công tác tuyên truyền, {u} vừa tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ cơ sở.",
    "Trong {m} tháng đầu năm {y}, {u} đạt nhiều kết quả tích cực trên các lĩnh vực kinh tế, văn hóa - xã hội.",
    "Hưởng ứng phong trào thi đua do tỉnh phát động, các cơ quan, đơn vị trên địa bàn {u} đã đăng ký nhiều công trình, phần việc cụ thể.",
]


def snippet(rng, unit, d):
    sub = "các xã, thị trấn" if unit.startswith("huyện") else "các thôn, tổ dân phố"
    return rng.choice(SNIPPETS).format(d=d.day, m=d.month, y=d.year, u=unit, sub=sub)


def p_listing(rng):
    items = dated_headlines(rng, 15, "Mường Tè", "2025-03-01", "2025-06-30")
    rows = []
    for t, d in items:
        nid = rng.randint(2400, 2990)
        rows.append("""<div class="items clearfix">
<a href="/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien/%(s)s-%(n)d"><img src="/uploads/news/%(y)d_%(m)02d/thumb-%(n)d.jpg" alt="%(ta)s" width="100" class="left" /></a>
<h3><a href="/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien/%(s)s-%(n)d">%(t)s</a></h3>
<p class="small">%(date)s</p>
<p>%(snip)s</p>
</div>""" % dict(s=slug(t)[:50], n=nid, y=d.year, m=d.month, ta=attr(t), t=esc(t),
                 date="%s, %s - %02d:%02d" % (WD_UP[d.weekday()], dmy(d), rng.randint(7, 17), rng.randint(0, 59)),
                 snip=esc(snippet(rng, "huyện Mường Tè", d))))
    pages = "".join("<a href=\"/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien/page-%d\">%d</a> " % (i * 15, i + 1) for i in range(1, 8))
    main = """<div class="box-border-shadow m-bottom"><div class="cat-box-header"><h2>Tin tức - Sự kiện</h2></div>
<div class="news-list">
%s
</div>
<div class="generate_page"><strong>1</strong> %s<span>...</span> <a href="/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien/page-1935">130</a> <a href="/index.php?language=vi&amp;nv=news&amp;op=Tin-tuc-su-kien/page-15">Trang sau</a></div>
</div>""" % ("\n".join(rows), pages)
    crumbs = "<a href=\"/index.php?language=vi\">Trang chủ</a> &raquo; <a href=\"/index.php?language=vi&amp;nv=news\">Tin tức</a> &raquo; Tin tức - Sự kiện"
    return _nv3_page(rng, "Tin tức - Sự kiện - Cổng thông tin điện tử huyện Mường Tè", crumbs, main, "Mường Tè", "2025-06-30")


def p_search(rng):
    host = "lucnam.bacninh.gov.vn"
    pids = _lr_portlet_ids(rng)
    results = dated_headlines(rng, 10, "xã Lục Nam", "2025-07-01", "2026-11-20")
    rows = []
    for i, (t, d) in enumerate(results):
        rows.append("""<tr class="%s"><td class="table-cell first last">
<span class="asset-entry"><span class="asset-entry-type">Nội dung Web</span> <span class="asset-entry-title"><a href="https://%s/tin-tuc/-/asset_publisher/Rt5NcW8yHa2E/content/%s">%s</a></span></span>
<div class="asset-entry-content"><span class="asset-entry-summary">... triển khai <strong class="highlight">chuyển đổi số</strong> trong hoạt động của cơ quan, đơn vị. %s ...</span></div>
<div class="asset-entry-categories"><span class="taglib-asset-categories-summary">Ngày đăng: %s</span></div>
</td></tr>""" % ("" if i % 2 else "alt", host, slug(t)[:70], esc(t), esc(snippet(rng, "xã Lục Nam", d)), dmy(d)))
    inner = """<form action="https://%(host)s/tim-kiem?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_3_struts_action=%%2Fsearch%%2Fsearch" method="get" name="_3_fm">
<div class="lfr-ddm-container"><input class="search-input" id="_3_keywords" name="_3_keywords" size="30" title="Tìm kiếm" type="text" value="chuyển đổi số" /><button class="btn" type="submit"><i class="icon-search"></i> Tìm</button></div>
</form>
<div class="search-results"><div class="search-total-label">Tìm thấy <strong>37</strong> kết quả cho từ khóa <strong>chuyển đổi số</strong></div>
<div class="lfr-search-container"><table class="table table-bordered table-hover table-striped"><thead class="table-columns"><tr><th class="table-first-header table-last-header">Kết quả tìm kiếm</th></tr></thead><tbody class="table-data">
%(rows)s
</tbody></table></div>
<div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - 10 trong số 37 kết quả.</div><div class="pagination"><ul><li class="disabled"><a href="javascript:;">&larr; Trước</a></li><li class="active"><a href="javascript:;">1</a></li><li><a href="?_3_cur=2">2</a></li><li><a href="?_3_cur=3">3</a></li><li><a href="?_3_cur=4">4</a></li><li><a href="?_3_cur=2">Tiếp &rarr;</a></li></ul></div></div>
</div>""" % dict(host=host, rows="\n".join(rows))
    main = _lr_box(pids["srch"], "Tìm kiếm", inner)
    nav = _lr_nav(["Trang chủ", "Tin tức - Sự kiện", "Giới thiệu xã", "Hệ thống chính trị", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"], host)
    side = _lr_list(rng, pids["new"], "Tin mới", dated_headlines(rng, 8, "xã Lục Nam", "2026-10-01", "2026-11-21"), host)
    side += _lr_box(pids["cnt"], "Thống kê truy cập", counter_block(rng))
    footer = ("<div class=\"footer-info\"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ LỤC NAM - TỈNH BẮC NINH</strong></p>"
              "<p>Cơ quan chủ quản: Ủy ban nhân dân xã Lục Nam. Địa chỉ: Trụ sở UBND xã Lục Nam, tỉnh Bắc Ninh.</p></div>")
    return _lr_page(rng, host, "Trang thông tin điện tử xã Lục Nam", "Tìm kiếm", pids, rng.randint(20000, 99999),
                    "", "Chủ nhật, 22/11/2026", nav, main, side, footer, PAD)


def p_not_found(rng):
    pseudo = dict(title="Không tìm thấy trang", place="Hà Tĩnh", published_at="2025-06-30T00:00:00+07:00",
                  url="https://hatinh.gov.vn/huyen-cu/canloc/Pages/tin-tuc/2021/3/can-loc-ra-quan-lam-thuy-loi-dau-xuan.aspx",
                  footer=("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH", "tỉnh Hà Tĩnh", "Số 01 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh",
                          "0239.3855.%03d" % rng.randint(100, 999), "bbt@hatinh.gov.vn", 98, "15/10/2020"))
    body = """<div class="page-not-found" style="padding:30px 10px;text-align:center">
<h2 class="ms-pagetitle">Không tìm thấy trang</h2>
<p>Xin lỗi, trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>
<p>Nội dung của Cổng thông tin điện tử các huyện, thị xã (cũ) đang được chuyển về chuyên trang lưu trữ trên Cổng thông tin điện tử tỉnh Hà Tĩnh. Một số bài viết có thể chưa được chuyển hoặc đã thay đổi đường dẫn.</p>
<p>Quý vị có thể: <a href="/huyen-cu/canloc">quay lại trang lưu trữ huyện Can Lộc (cũ)</a>, <a href="/Pages/tim-kiem.aspx">sử dụng chức năng tìm kiếm</a> hoặc <a href="/">về trang chủ</a>.</p>
<p class="ms-descriptiontext">Mã lỗi: 404 - Correlation ID: %s-%s-%s-%s-%s</p>
</div>""" % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12))
    crumbs = "<a href=\"/\">Cổng TTĐT tỉnh Hà Tĩnh</a> &gt; <a href=\"/huyen-cu\">Trang huyện cũ</a> &gt; Không tìm thấy trang"
    navs = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Trang huyện cũ", "Liên hệ"]
    extra = _sp_related(pseudo, rng, "/huyen-cu/canloc", "Tin mới trên Cổng", "2026-11-21")
    return _sp_page(pseudo, rng, "/huyen-cu/canloc", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH", "https://hatinh.gov.vn", "", crumbs, body, extra, navs)


def p_challenge(rng):
    key, iv, ct = hexid(rng, 32), hexid(rng, 32), hexid(rng, 32)
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiểm tra truy cập...</title>
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f4f6f8;color:#333}
.wrap{max-width:520px;margin:12%% auto;background:#fff;border:1px solid #dde3e8;border-radius:6px;padding:28px;text-align:center}
.spinner{width:36px;height:36px;border:4px solid #cfd8dc;border-top-color:#1565c0;border-radius:50%%;margin:16px auto;animation:s 1s linear infinite}
@keyframes s{to{transform:rotate(360deg)}}
.small{font-size:12px;color:#78909c}
</style>
<script type="text/javascript" src="/__shield/aes.min.js"></script>
<script type="text/javascript">
function toNumbers(d){var e=[];d.replace(/(..)/g,function(d){e.push(parseInt(d,16))});return e}
function toHex(){for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}
var a=toNumbers("%(key)s"),b=toNumbers("%(iv)s"),c=toNumbers("%(ct)s");
setTimeout(function(){document.cookie="__shield_clearance="+toHex(slowAES.decrypt(c,2,a,b))+"; max-age=3600; path=/; SameSite=Lax";location.href="https://archive.bacninh.gov.vn/lucngan/tin-tuc/-/asset_publisher/Kq7mVb2RzXcL/content/luc-ngan-ra-quan-trong-cay-xuan-2021?__sc=1";},1500);
</script>
</head>
<body>
<div class="wrap">
<h1 style="font-size:20px">Đang kiểm tra trình duyệt của bạn</h1>
<div class="spinner"></div>
<p>Hệ thống đang xác minh truy cập trước khi chuyển đến archive.bacninh.gov.vn. Quá trình này diễn ra tự động và chỉ mất vài giây.</p>
<noscript><p><strong>Vui lòng bật JavaScript và cookie trong trình duyệt để tiếp tục.</strong></p></noscript>
<p class="small">Mã yêu cầu: %(rid)s &middot; Bảo vệ bởi Hệ thống an toàn thông tin tỉnh Bắc Ninh</p>
</div>
</body>
</html>
""" % dict(key=key, iv=iv, ct=ct, rid=hexid(rng, 16))


NONART = [
    dict(name="n01", kind="listing", platform="nukeviet-3", charset="utf-8",
         url="http://muongte.laichau.gov.vn/index.php?language=vi&nv=news&op=Tin-tuc-su-kien", fn=p_listing),
    dict(name="n02", kind="search", platform="liferay-6.2", charset="utf-8",
         url="https://lucnam.bacninh.gov.vn/tim-kiem?_3_keywords=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91", fn=p_search),
    dict(name="n03", kind="not_found", platform="sharepoint-2010", charset="utf-8",
         url="https://hatinh.gov.vn/huyen-cu/canloc/Pages/tin-tuc/2021/3/can-loc-ra-quan-lam-thuy-loi-dau-xuan.aspx", fn=p_not_found),
    dict(name="n04", kind="challenge", platform="js-challenge", charset="utf-8",
         url="https://archive.bacninh.gov.vn/lucngan/tin-tuc/-/asset_publisher/Kq7mVb2RzXcL/content/luc-ngan-ra-quan-trong-cay-xuan-2021", fn=p_challenge),
]


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

TEMPLATES = {
    "aspnet_old": t_aspnet_old, "sharepoint_moved": t_sharepoint_moved, "sharepoint_frozen": t_sharepoint_frozen,
    "liferay_archive": t_liferay_archive, "liferay_commune": t_liferay_commune, "joomla15": t_joomla15,
    "joomla25_frozen": t_joomla25_frozen, "joomla25_commune": t_joomla25_commune, "nukeviet3": t_nukeviet3,
    "nukeviet4_frozen": t_nukeviet4_frozen, "nukeviet4_commune": t_nukeviet4_commune, "php_iframes": t_php_iframes,
    "dnn_moved": t_dnn_moved, "dnn_commune_kept": t_dnn_commune_kept, "wordpress_nfd": t_wordpress_nfd,
    "wordpress_metaonly": t_wordpress_metaonly, "print_view": t_print_view, "archive_snapshot": t_archive_snapshot,
    "bootstrap_jsonld": t_bootstrap_jsonld, "aspnet_infobox": t_aspnet_infobox,
}

# whole-page byte size targets (the three heavy portals) or pad lengths
SIZE_TARGET = {"y01": (150000, 162000), "y02": (132000, 146000), "y03": (123000, 136000)}
PAD_LEN = {"y13": (30000, 45000), "y08": (9000, 16000), "y16": (8000, 14000), "y10": (0, 400), "n04": (0, 0)}
WIN1258 = {"y01", "y07"}


def build(name, render, rng):
    src = render(rng)
    enc = enc1258 if name in WIN1258 else (lambda s: s.encode("utf-8"))
    if PAD not in src:
        return enc(src)
    if name in SIZE_TARGET:
        lo, hi = SIZE_TARGET[name]
        n = rng.randint(lo, hi) - len(enc(src.replace(PAD, "")))
    else:
        n = rng.randint(*PAD_LEN.get(name, (600, 6000)))
    return enc(src.replace(PAD, b64(rng, max(n, 0))))


def sidecar(a):
    return {
        "kind": "article",
        "platform": a["platform"],
        "url": a["url"],
        "charset": a["charset"],
        "title": a["title"],
        "published_at": a["published_at"],
        "author": a["author"],
        "body": "\n\n".join(gold_blocks(a)),
    }


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    jobs = []
    for a in A:
        jobs.append((a["name"], (lambda a: lambda rng: TEMPLATES[a["tpl"]](dict(a), rng))(a), sidecar(a)))
    for n in NONART:
        jobs.append((n["name"], n["fn"], {"kind": n["kind"], "platform": n["platform"], "url": n["url"], "charset": n["charset"]}))
    for name, render, meta in jobs:
        rng = random.Random("%s:%s" % (SET, name))
        data = build(name, render, rng)
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
