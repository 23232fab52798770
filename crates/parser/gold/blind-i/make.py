#!/usr/bin/env python3
"""Generator for the blind-i extraction gold set (vnportal).

Writes i01..i20 (article pages) and n01..n04 (pages without an article),
each as NAME.html plus a NAME.json sidecar.  Every page is built from a
template written by hand to resemble a platform Vietnamese portals run
after the 1 July 2025 reorganisation; all article texts, people, figures
and quotes are invented.  Deterministic: every random choice comes from
random.Random("blind-i:NAME"); no clock is read.

Usage: python3 make.py [--out DIR]   (default: the directory of this file)
"""
import base64
import datetime as dt
import html
import html.entities
import json
import os
import random
import re
import sys
import unicodedata

SET = "blind-i"
HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL = dt.date(2026, 11, 22)          # crawl day: shown in every header, never a publication date
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# ----------------------------------------------------------------- helpers
def thu(d, style="lower"):
    w = WD[d.weekday()]
    if style == "title":
        w = " ".join(x[:1].upper() + x[1:] for x in w.split())
    elif style == "upper":
        w = w.upper()
    return w


def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(s, quote=True)


def dmy(d):
    return d.strftime("%d/%m/%Y")


def hm(d):
    return d.strftime("%H:%M")


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def pick(rng, pool, n, start, end, exclude=()):
    """n headlines from pool with random datetimes in [start, end), newest first."""
    items = [t for t in pool if t not in exclude]
    rng.shuffle(items)
    items = items[:n]
    span = int((end - start).total_seconds())
    dts = sorted((start + dt.timedelta(seconds=rng.randrange(span)) for _ in items), reverse=True)
    return [(t, d.replace(second=0)) for t, d in zip(items, dts)]


def D(s):
    return dt.datetime.fromisoformat(s)


def rand_b64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def to_cp1258(text):
    """Encode to windows-1258 the way Vietnamese legacy sites store it:
    precomposed where the code page has the letter, base letter + combining
    tone mark otherwise."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        done = False
        # precomposed letter = base + one of the marks (â, ê, ô, ă, ơ, ư ...), other marks combining
        for i in range(len(marks)):
            head = unicodedata.normalize("NFC", base + marks[i])
            rest = marks[:i] + marks[i + 1:]
            if len(head) != 1:
                continue
            try:
                b = head.encode("cp1258") + b"".join(m.encode("cp1258") for m in rest)
            except UnicodeEncodeError:
                continue
            out += b
            done = True
            break
        if not done:
            out += base.encode("cp1258") + b"".join(m.encode("cp1258") for m in marks)
    return bytes(out)


def ent_latin(s):
    """FCKeditor-style output: Latin-1 letters as named entities, the rest raw."""
    s = html.escape(s, quote=False)
    out = []
    for ch in s:
        o = ord(ch)
        if 0xA0 <= o <= 0xFF and o in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[o])
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------- body blocks
# ('p', text) paragraph           ('h', text) subheading
# ('ol'|'ul', [items])            ('table', [[cells], ...]) first row = header
# ('cap', caption, img)           ('img', img)  image without caption
# ('q', text) interview question  ('a', label, text) answer with speaker label
# ('sig', [lines]) signature block of an administrative notice
# ('nb', html) in-content material that is not body (Xem thêm, Nguồn ...)
def gold_body(lead, blocks):
    out = [lead] if lead else []
    for b in blocks:
        t = b[0]
        if t in ("p", "h", "cap", "q"):
            out.append(b[1])
        elif t == "a":
            out.append(b[1] + " " + b[2])
        elif t in ("ol", "ul", "sig"):
            out.extend(b[1])
        elif t == "table":
            for row in b[1]:
                out.extend(c for c in row if c.strip())
    return "\n\n".join(out)


def render(blocks, **fmt):
    """Render blocks with per-type formatters (callables taking the block)."""
    e = fmt.get("e", esc)
    dflt = {
        "p": lambda b: "<p>%s</p>" % e(b[1]),
        "h": lambda b: "<p><strong>%s</strong></p>" % e(b[1]),
        "ol": lambda b: "<ol>%s</ol>" % "".join("<li>%s</li>" % e(x) for x in b[1]),
        "ul": lambda b: "<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in b[1]),
        "table": lambda b: table_html(b[1], e),
        "cap": lambda b: '<figure class="image"><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (b[2], e(b[1])),
        "img": lambda b: '<p><img src="%s" alt=""></p>' % b[1],
        "q": lambda b: "<p><strong>%s</strong></p>" % e(b[1]),
        "a": lambda b: "<p><strong>%s</strong> %s</p>" % (e(b[1]), e(b[2])),
        "sig": lambda b: '<p style="text-align:right"><strong>%s</strong></p>' % "<br>".join(e(x) for x in b[1]),
        "nb": lambda b: b[1],
    }
    dflt.update({k: v for k, v in fmt.items() if k != "e"})
    return "\n".join(dflt[b[0]](b) for b in blocks)


def table_html(rows, e=esc, attrs=' border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"', head_tag="td", head_bold=True):
    out = ["<table%s><tbody>" % attrs]
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            if i == 0:
                inner = "<strong>%s</strong>" % e(c) if head_bold else e(c)
                cells.append('<%s style="text-align:center">%s</%s>' % (head_tag, inner, head_tag))
            else:
                cells.append("<td>%s</td>" % e(c))
        out.append("<tr>%s</tr>" % "".join(cells))
    out.append("</tbody></table>")
    return "\n".join(out)


# ------------------------------------------------------- headline pools
POOL_XA = [
    "Hội nghị đối thoại với Nhân dân về công tác bồi thường, giải phóng mặt bằng",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh",
    "Trao 45 suất quà cho học sinh có hoàn cảnh khó khăn",
    "Triển khai nhiệm vụ thu ngân sách những tháng cuối năm",
    "Tập huấn kỹ năng số cho thành viên tổ công nghệ số cộng đồng",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh",
    "Tuyên truyền phòng, chống lừa đảo qua không gian mạng",
    "Tiếp xúc cử tri trước kỳ họp thường lệ của HĐND",
    "Công bố quyết định công nhận thôn đạt chuẩn nông thôn mới kiểu mẫu",
    "Diễn tập phòng thủ dân sự ứng phó bão lũ",
    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "Phát động Tháng hành động vì an toàn thực phẩm",
    "Tiêm vắc xin phòng bệnh dại cho đàn chó, mèo",
    "Sơ kết thực hiện mô hình chính quyền địa phương hai cấp",
    "Đón quân nhân hoàn thành nghĩa vụ quân sự trở về địa phương",
    "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới",
    "Giải bóng chuyền hơi mừng Đảng, mừng Xuân",
    "Cấp căn cước cho công dân tại điểm lưu động",
    "Vận động Nhân dân hiến đất mở rộng đường liên thôn",
    "Khánh thành nhà văn hóa thôn sau cải tạo",
    "Ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở",
    "Thăm, tặng quà gia đình chính sách nhân Ngày Thương binh - Liệt sĩ",
    "Tập huấn kỹ thuật chăm sóc cây ăn quả cho hội viên nông dân",
    "Ra mắt mô hình “Camera an ninh” tại khu dân cư",
    "Công khai dự toán ngân sách xã",
    "Kỳ họp chuyên đề thông qua chủ trương đầu tư dự án giao thông",
    "Khám sức khỏe miễn phí cho người cao tuổi",
    "Phát động phong trào thi đua cao điểm",
    "Thông báo kết quả xét tuyển viên chức",
    "Lễ giao nhận quân",
    "Hướng dẫn người dân đăng ký khai sinh trực tuyến",
    "Phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Kiểm tra tiến độ xây dựng trường mầm non trung tâm",
    "Bình xét hộ gia đình văn hóa tiêu biểu",
    "Hội thi “Dân vận khéo” cấp xã",
    "Lấy ý kiến Nhân dân về dự thảo quy hoạch chung",
    "Tăng cường quản lý trật tự xây dựng, đất đai",
]

POOL_TINH = [
    "UBND tỉnh họp phiên thường kỳ",
    "Tăng cường kiểm tra, xử lý vi phạm trong khai thác khoáng sản",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
    "Hội nghị xúc tiến đầu tư vào các khu công nghiệp của tỉnh",
    "Triển khai kế hoạch chuyển đổi số trong cơ quan nhà nước",
    "Công bố bộ chỉ số đánh giá chất lượng phục vụ người dân cấp xã",
    "Khai mạc Hội chợ nông sản, sản phẩm OCOP",
    "Tổng kết công tác bảo đảm trật tự, an toàn giao thông",
    "Chủ tịch UBND tỉnh đối thoại với doanh nghiệp",
    "Ban hành kế hoạch phòng, chống thiên tai",
    "Tuyên dương 100 gương điển hình tiên tiến",
    "Tăng cường quản lý giá các mặt hàng thiết yếu",
    "Đoàn công tác của tỉnh làm việc tại các xã biên giới",
    "Nghiệm thu công trình cải tạo hệ thống kênh tưới",
    "Tập huấn nghiệp vụ cho công chức Trung tâm Phục vụ hành chính công cấp xã",
    "Khởi công trường phổ thông nội trú liên cấp ở xã biên giới",
    "Tổng kết công tác cải cách hành chính",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ năm",
    "Phê duyệt quy hoạch chung đô thị trung tâm tỉnh",
    "Kiểm tra công tác chuẩn bị năm học mới",
    "Ký kết chương trình phối hợp giữa các sở, ngành",
    "Công bố thủ tục hành chính mới ban hành lĩnh vực đất đai",
    "Thông báo tuyển sinh lớp bồi dưỡng kiến thức quốc phòng và an ninh",
    "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa",
    "Ra quân cao điểm tấn công, trấn áp tội phạm",
    "Hội nghị giao ban báo chí định kỳ",
    "Giải ngân vốn vay ưu đãi cho hộ nghèo, hộ cận nghèo",
    "Tăng cường phòng, chống rét cho cây trồng, vật nuôi",
    "Tổng kết năm học và khen thưởng học sinh giỏi quốc gia",
    "Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử",
]

POOL_DOANTHE = [
    "Trao sinh kế cho hội viên phụ nữ nghèo",
    "Tuyên dương thanh niên tiêu biểu làm theo lời Bác",
    "Hội nghị Ban Chấp hành lần thứ ba, nhiệm kỳ 2025 - 2030",
    "Ký kết chương trình phối hợp giám sát, phản biện xã hội",
    "Ngày hội thiếu nhi vui khỏe, tiến bước lên Đoàn",
    "Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng",
    "Vận động ủng hộ Quỹ “Vì người nghèo”",
    "Hiến máu tình nguyện “Giọt hồng yêu thương”",
    "Tọa đàm phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    "Tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
    "Hội nghị lấy ý kiến góp ý xây dựng Đảng, xây dựng chính quyền",
    "Trao học bổng “Tiếp sức đến trường”",
    "Hội thi cán bộ Hội giỏi",
    "Ra mắt câu lạc bộ “Nông dân với chuyển đổi số”",
    "Giám sát việc thực hiện chính sách bảo hiểm y tế hộ gia đình",
    "Trao tặng nhà “Mái ấm tình thương”",
    "Gặp mặt đoàn viên tiêu biểu nhân kỷ niệm ngày thành lập Đoàn",
    "Đối thoại giữa người đứng đầu cấp ủy với hội viên",
    "Hướng dẫn hội viên ứng dụng nhật ký điện tử trong sản xuất",
    "Sơ kết 6 tháng thực hiện quy chế dân chủ ở cơ sở",
    "Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư điểm",
    "Tập huấn kỹ năng tuyên truyền pháp luật cho hội viên",
]

POOL_DANG = [
    "Hội nghị học tập, quán triệt nghị quyết của Đảng",
    "Kết nạp đảng viên mới là đoàn viên ưu tú",
    "Trao Huy hiệu 40, 50 năm tuổi Đảng",
    "Kiểm tra, giám sát việc thực hiện quy chế làm việc của cấp ủy",
    "Sinh hoạt chuyên đề “Học tập và làm theo Bác”",
    "Hội nghị Ban Chấp hành Đảng bộ mở rộng",
    "Tổng kết công tác tuyên giáo và dân vận",
    "Hội thi báo cáo viên giỏi",
    "Giới thiệu chuyên đề học tập và làm theo Bác",
    "Bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ",
    "Đẩy mạnh bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Ban hành chương trình kiểm tra, giám sát",
    "Gặp mặt đảng viên cao tuổi Đảng",
]

POOL_HUYEN = [
    "Huyện ủy tổng kết công tác xây dựng Đảng năm 2024",
    "Hội nghị triển khai kế hoạch sắp xếp đơn vị hành chính cấp xã",
    "Ra quân giải tỏa hành lang an toàn giao thông",
    "Khai mạc Hội khỏe Phù Đổng cấp huyện",
    "Kiểm tra tiến độ xây dựng nông thôn mới nâng cao",
    "Tổng kết phong trào thi đua “Dân vận khéo”",
    "Lễ giao nhận quân năm 2025",
    "Hội nghị tiếp xúc cử tri trước kỳ họp HĐND huyện",
    "Trao quà Tết cho hộ nghèo, gia đình chính sách",
    "Phát động Tết trồng cây Xuân Ất Tỵ 2025",
    "Công bố quyết định thành lập xã mới trên địa bàn huyện",
    "Hội nghị tổng kết hoạt động của HĐND huyện nhiệm kỳ 2021 - 2026",
    "Tuyên truyền sáp nhập tỉnh, xã đến từng khu dân cư",
    "Bàn giao hồ sơ, tài liệu của huyện cho các xã mới",
    "Kiểm tra công tác chuẩn bị thi tốt nghiệp THPT",
    "Tổng kết năm học 2024 - 2025",
    "Hội nghị sơ kết sản xuất vụ Xuân năm 2025",
    "Ra quân làm thủy lợi nội đồng",
    "Tập huấn phòng, chống dịch bệnh trên cây lúa",
    "Lễ ra mắt mô hình “Thôn xóm bình yên”",
    "Kiểm tra công tác phòng cháy, chữa cháy tại chợ trung tâm huyện",
    "Gặp mặt kỷ niệm Ngày Thầy thuốc Việt Nam",
]

POOL_HUYEN_2024 = [
    "Khai mạc Hội khỏe Phù Đổng cấp huyện năm 2024",
    "Kiểm tra tiến độ xây dựng nông thôn mới nâng cao",
    "Ra quân giải tỏa hành lang an toàn giao thông",
    "Hội nghị tiếp xúc cử tri trước kỳ họp HĐND huyện",
    "Tập huấn phòng, chống dịch bệnh trên cây lúa",
    "Lễ ra mắt mô hình “Thôn xóm bình yên”",
    "Kiểm tra công tác phòng cháy, chữa cháy tại chợ trung tâm huyện",
    "Mít tinh kỷ niệm 70 năm Chiến thắng Điện Biên Phủ",
    "Hội thi tuyên truyền phòng, chống ma túy trong trường học",
    "Tổng kết phong trào thi đua “Dân vận khéo” năm 2023",
    "Phát động Tháng hành động vì an toàn thực phẩm năm 2024",
]

POOL_NONGDAN = [
    "Tập huấn kỹ thuật trồng lúa giảm phát thải cho hội viên",
    "Giải ngân vốn Quỹ Hỗ trợ nông dân cho các tổ hợp tác",
    "Hội thảo liên kết tiêu thụ nông sản theo chuỗi giá trị",
    "Ra mắt câu lạc bộ “Nông dân với chuyển đổi số”",
    "Đối thoại giữa người đứng đầu cấp ủy với nông dân",
    "Trao máy nông nghiệp hỗ trợ hội viên khó khăn",
    "Tuyên dương nông dân sản xuất, kinh doanh giỏi",
    "Hướng dẫn hội viên ứng dụng nhật ký điện tử trong sản xuất",
    "Dạy nghề nuôi trồng thủy sản cho lao động nông thôn",
    "Hội nghị Ban Chấp hành Hội Nông dân tỉnh",
    "Tư vấn pháp luật miễn phí cho nông dân vùng biển",
    "Phát triển mô hình hợp tác xã kiểu mới",
    "Sơ kết chương trình phối hợp với ngân hàng chính sách xã hội",
    "Nông dân chung tay xây dựng nông thôn mới",
    "Hội thi nhà nông đua tài cấp tỉnh",
]

POOL_PHUNU = [
    "Trao sinh kế cho hội viên phụ nữ nghèo",
    "Tọa đàm phòng, chống bạo lực gia đình",
    "Ngày hội phụ nữ khởi nghiệp sáng tạo",
    "Ra mắt mô hình “Địa chỉ tin cậy ở cộng đồng”",
    "Tập huấn kỹ năng bán hàng trực tuyến cho chị em",
    "Trao tặng “Mái ấm tình thương” cho phụ nữ đơn thân",
    "Hội thi “Phụ nữ với văn hóa ứng xử”",
    "Đỡ đầu trẻ em mồ côi do thiên tai",
    "Hội nghị Ban Chấp hành Hội LHPN tỉnh",
    "Tuyên dương phụ nữ tiêu biểu trong phát triển kinh tế",
    "Giám sát thực hiện chính sách bình đẳng giới",
    "Kỷ niệm Ngày Quốc tế Phụ nữ 8/3",
    "Hội thảo nâng cao vị thế phụ nữ dân tộc thiểu số",
    "Trao học bổng cho nữ sinh vùng cao",
]

VN_SYL = ["An", "Bình", "Hòa", "Phú", "Tân", "Thành", "Long", "Hưng", "Phúc", "Đông", "Tây", "Nam",
          "Bắc", "Trung", "Quang", "Minh", "Thịnh", "Lộc", "Thuận", "Yên", "Gia", "Hải", "Sơn", "Thủy",
          "Lâm", "Xuân", "Hồng", "Đức", "Nghĩa", "Kim", "Vĩnh", "Mỹ", "Hiệp", "Lạc", "Khánh", "Cát",
          "Phong", "Vân", "Định", "Tiến", "Thái", "Lợi", "Hà", "Tường", "Quý", "Đạo", "Châu", "Lương"]


def place_names(rng, n, prefix_mix=(("Xã", 4), ("Phường", 1))):
    seen, out = set(), []
    kinds = [k for k, w in prefix_mix for _ in range(w)]
    while len(out) < n:
        nm = rng.choice(VN_SYL) + " " + rng.choice(VN_SYL)
        if nm in seen or nm.split()[0] == nm.split()[1]:
            continue
        seen.add(nm)
        out.append(rng.choice(kinds) + " " + nm)
    return out


def views(rng, lo=80, hi=4000):
    return rng.randrange(lo, hi)


def dotnum(n):
    return "{:,}".format(n).replace(",", ".")


# ============================================================ article texts
# All invented.  Keys: title, lead (or None), blocks, author (gold string or
# None), pub (gold published_at).
A = {}

A["i01"] = dict(
    title="Kỳ họp thứ tư HĐND xã Hồng Thái thông qua 7 nghị quyết quan trọng",
    lead="Ngày 18/12, HĐND xã Hồng Thái nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ tư (kỳ họp thường lệ cuối năm 2025) để đánh giá tình hình kinh tế - xã hội năm 2025, quyết định nhiệm vụ năm 2026 và xem xét nhiều nội dung quan trọng khác.",
    blocks=[
        ("p", "Dự kỳ họp có đồng chí Ma Văn Tường, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Lý Thị Hoan, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; các đại biểu HĐND xã, lãnh đạo Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội và bí thư chi bộ, trưởng thôn trên địa bàn."),
        ("cap", "Đồng chí Ma Văn Tường, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc kỳ họp.", "/documents/20182/1452077/ky-hop-thu-tu-01.jpg"),
        ("p", "Theo báo cáo của UBND xã, năm 2025 là năm đầu tiên xã Hồng Thái vận hành theo mô hình chính quyền địa phương hai cấp sau khi hợp nhất ba xã Hồng Thái, Thanh Lương và Phúc Sơn cũ. Tổng giá trị sản xuất trên địa bàn ước đạt 1.126 tỷ đồng, tăng 8,4% so với năm 2024; thu ngân sách nhà nước trên địa bàn đạt 21,7 tỷ đồng, bằng 118% dự toán; tỷ lệ hộ nghèo giảm còn 9,12%. Trung tâm Phục vụ hành chính công xã đã tiếp nhận 6.842 hồ sơ, trong đó 98,6% được giải quyết đúng và trước hạn."),
        ("p", "Bên cạnh kết quả đạt được, kỳ họp cũng chỉ ra một số hạn chế như: tiến độ giải ngân vốn đầu tư công ở một số công trình còn chậm; hạ tầng giao thông liên thôn tại khu vực Phúc Sơn cũ chưa đáp ứng nhu cầu đi lại, vận chuyển nông sản; việc sắp xếp, sử dụng trụ sở dôi dư sau hợp nhất còn lúng túng."),
        ("p", "Tại phiên thảo luận, các đại biểu tập trung chất vấn về tiến độ cứng hóa tuyến đường Nà Khan - Khuổi Lừa, phương án sử dụng trụ sở UBND xã Thanh Lương cũ và việc chi trả chế độ cho người hoạt động không chuyên trách nghỉ việc. Lãnh đạo UBND xã và công chức chuyên môn đã trả lời, làm rõ từng nội dung, đồng thời nhận trách nhiệm với những việc còn chậm."),
        ("p", "Sau 1,5 ngày làm việc khẩn trương, nghiêm túc, kỳ họp đã biểu quyết thông qua 7 nghị quyết, gồm:"),
        ("ol", [
            "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm 2026;",
            "Nghị quyết về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách xã và phân bổ dự toán ngân sách xã năm 2026;",
            "Nghị quyết phê chuẩn quyết toán ngân sách năm 2024 của ba xã trước hợp nhất;",
            "Nghị quyết về kế hoạch đầu tư công năm 2026, trong đó ưu tiên 14,5 tỷ đồng cho giao thông nông thôn;",
            "Nghị quyết về phương án sắp xếp, sử dụng trụ sở làm việc dôi dư sau sắp xếp đơn vị hành chính;",
            "Nghị quyết về chương trình giám sát của HĐND xã năm 2026;",
            "Nghị quyết về lịch tổ chức các kỳ họp thường lệ năm 2026.",
        ]),
        ("p", "Phát biểu bế mạc kỳ họp, đồng chí Ma Văn Tường đề nghị UBND xã khẩn trương cụ thể hóa các nghị quyết vừa được thông qua thành kế hoạch, phân công rõ người, rõ việc, rõ thời hạn; các đại biểu HĐND xã tăng cường bám sát cơ sở, kịp thời phản ánh tâm tư, nguyện vọng của cử tri để HĐND xã giám sát, đôn đốc việc giải quyết."),
    ],
    author_lines=["Hoàng Thu Trang", "Văn phòng HĐND và UBND xã"],
    author="Hoàng Thu Trang, Văn phòng HĐND và UBND xã",
    pub="2025-12-18T16:05:00+07:00",
)

A["i02"] = dict(
    title="Phường Tân Hưng: Chuyển đổi số từ tổ dân phố đến Trung tâm Phục vụ hành chính công",
    lead="Sau hơn ba tháng vận hành chính quyền địa phương hai cấp, phường Tân Hưng (thành phố Hải Phòng) đã đưa phần lớn thủ tục hành chính lên môi trường số, đồng thời huy động chính các tổ dân phố trở thành “cánh tay nối dài” trong hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
    blocks=[
        ("p", "Sáng đầu tuần, Trung tâm Phục vụ hành chính công phường Tân Hưng đông người nhưng không ồn ào. Tại khu vực chờ, bà Vũ Thị Hạnh (68 tuổi, tổ dân phố số 5) được một đoàn viên thanh niên tình nguyện hướng dẫn lấy số thứ tự trên máy tính bảng, sau đó quét mã căn cước để hệ thống tự điền thông tin vào tờ khai chứng thực. “Trước tôi cứ nghĩ làm trên máy khó lắm, giờ có các cháu chỉ cho, chưa đến mười lăm phút đã xong”, bà Hạnh nói."),
        ("h", "Một điểm tiếp nhận, nhiều kênh phục vụ"),
        ("p", "Phường Tân Hưng được thành lập trên cơ sở nhập phường Tân Hưng, phường Tứ Minh và xã Liên Hồng cũ, với diện tích tự nhiên hơn 23 km² và quy mô dân số trên 61.000 người. Ngay từ những ngày đầu, Đảng ủy phường xác định cải cách hành chính gắn với chuyển đổi số là khâu đột phá để người dân không bị ảnh hưởng bởi việc thay đổi địa giới, trụ sở."),
        ("p", "Trung tâm Phục vụ hành chính công phường được bố trí tại trụ sở chính với 12 quầy tiếp nhận, khu vực tự phục vụ gồm 4 máy tính kết nối internet, máy in, máy quét tài liệu. Tại hai trụ sở cũ, phường duy trì điểm tiếp nhận lưu động vào thứ Ba và thứ Năm hằng tuần để người cao tuổi, người khuyết tật không phải đi xa."),
        ("p", "Tính từ ngày 01/7 đến hết tháng 9/2025, Trung tâm đã tiếp nhận 9.417 hồ sơ, trong đó 7.862 hồ sơ nộp trực tuyến, chiếm 83,5%. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,2%; 100% kết quả giải quyết được số hóa và trả qua tài khoản định danh điện tử hoặc dịch vụ bưu chính công ích theo yêu cầu."),
        ("cap", "Đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công phường Tân Hưng.", "/Uploads/images/2025/10/06/tan-hung-1.jpg"),
        ("h", "Tổ dân phố là “cánh tay nối dài”"),
        ("p", "Điểm khác biệt của Tân Hưng là không chỉ chờ người dân đến trụ sở. Mỗi tổ dân phố thành lập một tổ công nghệ số cộng đồng gồm tổ trưởng, bí thư chi đoàn, công an phụ trách địa bàn và một số người có hiểu biết về công nghệ. Toàn phường hiện có 41 tổ với 236 thành viên."),
        ("p", "Các tổ công nghệ số cộng đồng tổ chức “ngày thứ Bảy số” tại nhà văn hóa, hướng dẫn người dân cài đặt ứng dụng định danh điện tử, thanh toán không dùng tiền mặt, tra cứu tình trạng hồ sơ. Những trường hợp đặc biệt khó khăn, tổ đến tận nhà hỗ trợ."),
        ("p", "Ông Nguyễn Văn Cường, Tổ trưởng tổ dân phố số 12, chia sẻ: “Có hôm chúng tôi ngồi với một cụ ông gần hai tiếng chỉ để cài được ứng dụng và đặt mật khẩu cho cụ dễ nhớ. Nhưng làm được rồi thì từ đó cụ tự tra lương hưu, tự đăng ký khám bệnh, con cháu ở xa cũng yên tâm hơn”."),
        ("p", "Theo thống kê của Công an phường, đến nay 94% công dân từ 14 tuổi trở lên trên địa bàn đã kích hoạt tài khoản định danh điện tử mức độ 2; 78% hộ gia đình có ít nhất một thành viên sử dụng thanh toán trực tuyến."),
        ("h", "Số hóa dữ liệu, giảm giấy tờ cho dân"),
        ("p", "Một nhiệm vụ nặng nề sau sắp xếp là chuyển đổi, hợp nhất dữ liệu hộ tịch, đất đai của ba đơn vị cũ. Phường đã huy động 18 công chức, viên chức và thuê thêm đơn vị tư vấn để số hóa hơn 52.000 trang sổ hộ tịch từ năm 1990 đến nay, bảo đảm khi người dân cần trích lục, cán bộ có thể tra cứu và cấp bản điện tử ngay trong ngày."),
        ("p", "Với lĩnh vực đất đai, phường phối hợp với Văn phòng Đăng ký đất đai thành phố rà soát, đối chiếu dữ liệu của gần 19.000 thửa đất. Những trường hợp sai lệch thông tin được lập danh sách riêng, niêm yết tại nhà văn hóa tổ dân phố để người dân kiểm tra, bổ sung giấy tờ."),
        ("p", "Nhờ dữ liệu được làm sạch, từ tháng 9/2025, phường bắt đầu thí điểm không yêu cầu nộp bản sao giấy khai sinh, giấy chứng nhận kết hôn đối với 11 thủ tục hành chính có thể khai thác thông tin từ cơ sở dữ liệu."),
        ("h", "Vẫn còn những “điểm nghẽn”"),
        ("p", "Dù đạt nhiều kết quả, lãnh đạo phường thẳng thắn nhìn nhận vẫn còn khó khăn. Đường truyền tại điểm tiếp nhận lưu động thiếu ổn định; một số phần mềm chuyên ngành chưa liên thông, cán bộ phải nhập liệu hai lần; đội ngũ công chức về từ các đơn vị cũ chưa đồng đều về kỹ năng số."),
        ("p", "Bà Đỗ Thị Thu Hằng, Phó Chủ tịch UBND phường, cho biết: “Chúng tôi đã kiến nghị thành phố hỗ trợ nâng cấp đường truyền chuyên dùng, đồng thời tổ chức bồi dưỡng kỹ năng số theo nhóm nhỏ, cầm tay chỉ việc. Mục tiêu là đến hết năm 2025, mỗi công chức đều sử dụng thành thạo các phần mềm dùng chung”."),
        ("h", "Mục tiêu phường số vào năm 2026"),
        ("p", "Theo kế hoạch, năm 2026 phường Tân Hưng phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt trên 90%; xây dựng bản đồ số các tổ dân phố tích hợp thông tin về nhà văn hóa, trường học, cơ sở y tế, điểm thu gom rác thải."),
        ("p", "Phường cũng sẽ lắp đặt hệ thống camera giám sát an ninh trật tự tại 26 nút giao và khu vực công cộng, kết nối về trung tâm chỉ huy của Công an phường; mở rộng mô hình “chợ 4.0” với thanh toán không dùng tiền mặt tại chợ Tứ Minh và chợ Liên Hồng."),
        ("cap", "Tiểu thương chợ Tứ Minh sử dụng mã QR để nhận thanh toán.", "/Uploads/images/2025/10/06/tan-hung-2.jpg"),
        ("p", "Đồng chí Trần Quang Vinh, Bí thư Đảng ủy phường nhấn mạnh: chuyển đổi số không phải là việc riêng của bộ phận một cửa mà là nhiệm vụ của cả hệ thống chính trị. Khi mỗi tổ dân phố, mỗi gia đình đều tham gia thì chính quyền mới thực sự gần dân, phục vụ dân tốt hơn."),
    ],
    author="Phạm Đức Long",
    pub="2025-10-06T09:35:00+07:00",
)

A["i03"] = dict(
    title="Kết quả sản xuất vụ Mùa năm 2025 trên địa bàn tỉnh",
    lead=None,
    blocks=[
        ("p", "Theo báo cáo của Sở Nông nghiệp và Môi trường, vụ Mùa năm 2025 toàn tỉnh gieo trồng được 98.640 ha cây hằng năm, đạt 100,8% kế hoạch, tăng 1.215 ha so với vụ Mùa năm 2024. Mặc dù chịu ảnh hưởng của hai đợt mưa lớn trong tháng 7 và tháng 8, nhưng nhờ chủ động chuyển đổi cơ cấu giống và bố trí khung thời vụ hợp lý, năng suất phần lớn cây trồng chính đều đạt và vượt kế hoạch."),
        ("p", "Kết quả cụ thể một số cây trồng chính như sau:"),
        ("table", [
            ["Cây trồng", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)", "So với cùng kỳ (%)"],
            ["Lúa ruộng", "41.230", "56,2", "231.713", "101,6"],
            ["Lúa nương", "6.480", "22,4", "14.515", "97,3"],
            ["Ngô", "27.950", "45,8", "128.011", "103,2"],
            ["Sắn", "9.760", "182,5", "178.120", "100,4"],
            ["Đậu tương", "1.340", "15,6", "2.090", "96,8"],
            ["Rau các loại", "11.880", "168,0", "199.584", "105,1"],
        ]),
        ("p", "Diện tích lúa chất lượng cao, lúa đặc sản tiếp tục được mở rộng, đạt 12.650 ha, chiếm 30,7% diện tích lúa ruộng, tập trung tại các xã vùng thấp dọc sông Hồng và sông Chảy. Nhiều địa phương đã liên kết với doanh nghiệp bao tiêu sản phẩm, giá lúa tươi thu mua tại ruộng dao động từ 7.800 đến 8.600 đồng/kg."),
        ("p", "Về thiệt hại do thiên tai, tổng diện tích cây trồng bị ảnh hưởng là 2.318 ha, trong đó diện tích thiệt hại trên 70% là 412 ha. Sau thiên tai, các địa phương đã hỗ trợ giống, hướng dẫn người dân gieo trồng lại hoặc chuyển sang cây vụ Đông ngắn ngày."),
        ("p", "Diện tích bị thiệt hại phân theo khu vực như sau:"),
        ("table", [
            ["Khu vực", "Diện tích bị ảnh hưởng (ha)", "Thiệt hại trên 70% (ha)", "Đã gieo trồng lại (ha)"],
            ["Khu vực phía Bắc (tỉnh Lào Cai cũ)", "1.106", "187", "164"],
            ["Khu vực phía Nam (tỉnh Yên Bái cũ)", "1.212", "225", "198"],
            ["Tổng cộng", "2.318", "412", "362"],
        ]),
        ("p", "Trong vụ Đông 2025 - 2026, Sở Nông nghiệp và Môi trường đề nghị UBND các xã, phường chỉ đạo thu hoạch dứt điểm lúa Mùa, giải phóng đất để gieo trồng cây vụ Đông trong khung thời vụ tốt nhất; tăng cường kiểm tra chất lượng giống, phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường; chủ động phương án phòng, chống rét đậm, rét hại cho cây trồng và vật nuôi."),
    ],
    author="Đỗ Văn Khánh (Chi cục Trồng trọt và Bảo vệ thực vật)",
    pub="2025-10-22T09:15:00+07:00",
)

A["i04"] = dict(
    title="Hướng dẫn bình xét danh hiệu hộ sản xuất, kinh doanh giỏi các cấp giai đoạn 2026 - 2028",
    lead="Ban Thường vụ Hội Nông dân tỉnh vừa ban hành hướng dẫn bình xét danh hiệu hộ nông dân sản xuất, kinh doanh giỏi các cấp giai đoạn 2026 - 2028, áp dụng thống nhất cho Hội Nông dân các xã, phường, đặc khu trên địa bàn tỉnh.",
    blocks=[
        ("p", "Theo hướng dẫn, phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững tiếp tục được xác định là phong trào trọng tâm, xuyên suốt của các cấp Hội. Việc bình xét được tiến hành công khai, dân chủ từ chi hội, bảo đảm đúng đối tượng, đúng tiêu chuẩn."),
        ("p", "Danh hiệu được bình xét ở hai cấp: cấp xã (phường, đặc khu) và cấp tỉnh. Hộ đạt danh hiệu cấp tỉnh phải là hộ đạt danh hiệu cấp xã ít nhất hai năm liên tục, có thu nhập bình quân từ 300 triệu đồng/hộ/năm trở lên đối với vùng đồng bằng và từ 200 triệu đồng/hộ/năm trở lên đối với vùng biển, hải đảo."),
        ("p", "Ngoài tiêu chí về thu nhập, hộ được bình xét phải chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; có mô hình sản xuất bảo đảm an toàn thực phẩm, bảo vệ môi trường; tích cực giúp đỡ hộ khó khăn về vốn, giống, kỹ thuật hoặc tạo việc làm thường xuyên cho lao động địa phương."),
        ("p", "Việc bình xét hằng năm ở cấp xã hoàn thành trước ngày 30/11; Hội Nông dân các xã, phường, đặc khu tổng hợp, gửi hồ sơ đề nghị công nhận cấp tỉnh về Hội Nông dân tỉnh (qua Ban Kinh tế - Xã hội) trước ngày 15/12."),
        ("p", "Chi tiết hướng dẫn và các mẫu biểu kèm theo, cán bộ Hội các cấp xem và tải về tại phần tài liệu đính kèm dưới đây."),
    ],
    attachments=[
        ("Hướng dẫn số 18-HD/HNDT ngày 10/3/2026 của Ban Thường vụ Hội Nông dân tỉnh", "huong-dan-18-hd-hndt-2026.pdf", "412 KB"),
        ("Mẫu số 01 - Danh sách hộ đề nghị công nhận danh hiệu", "mau-01-danh-sach-de-nghi.docx", "38 KB"),
        ("Mẫu số 02 - Báo cáo thành tích của hộ sản xuất, kinh doanh giỏi", "mau-02-bao-cao-thanh-tich.docx", "41 KB"),
    ],
    author="Lâm Thị Kiều Oanh",
    pub="2026-03-12T08:10:00+07:00",
)

A["i05"] = dict(
    title="Hơn 1.200 đoàn viên, thanh niên ra quân Chiến dịch Thanh niên tình nguyện hè 2026",
    lead=None,
    blocks=[
        ("p", "Sáng 4/7, tại xã Bắc Trạch, Ban Thường vụ Tỉnh đoàn Quảng Trị tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 với chủ đề “Tuổi trẻ Quảng Trị xung kích xây dựng quê hương”. Hơn 1.200 đoàn viên, thanh niên, sinh viên tình nguyện tham gia lễ ra quân tại điểm cầu chính và 78 điểm cầu xã, phường, đặc khu."),
        ("p", "Năm nay, chiến dịch tập trung vào bốn nhóm nội dung: tình nguyện tham gia xây dựng nông thôn mới, đô thị văn minh; tình nguyện hỗ trợ chuyển đổi số và cải cách hành chính ở cấp xã; tình nguyện bảo vệ môi trường, ứng phó biến đổi khí hậu; tình nguyện chăm lo an sinh xã hội, hỗ trợ thiếu nhi vui hè an toàn."),
        ("p", "Phát biểu tại lễ ra quân, anh Hoàng Đức Thịnh, Bí thư Tỉnh đoàn đề nghị các cơ sở Đoàn chủ động khảo sát nhu cầu thực tế của địa phương để lựa chọn công trình, phần việc thiết thực; bảo đảm an toàn tuyệt đối cho tình nguyện viên, nhất là khi hoạt động ở vùng núi, ven biển trong mùa mưa bão."),
        ("cap", "Đoàn viên, thanh niên thu gom rác thải tại bãi biển Bắc Trạch sau lễ ra quân.", "https://tinhdoanquangtri.vn/wp-content/uploads/2026/07/ra-quan-he-2026-1-1024x683.jpg"),
        ("nb", '<p><strong>Xem thêm:</strong> <a href="https://tinhdoanquangtri.vn/tinh-doan-tuyen-duong-45-thanh-nien-tieu-bieu/">Tỉnh đoàn tuyên dương 45 thanh niên tiêu biểu năm 2025</a></p>'),
        ("p", "Ngay sau lễ ra quân, các đội hình tình nguyện đã trồng 2.000 cây phi lao chắn cát, dọn vệ sinh 3 km bờ biển, khám bệnh và cấp thuốc miễn phí cho 250 người cao tuổi; tặng 120 suất quà cho thiếu nhi có hoàn cảnh khó khăn."),
        ("p", "Dịp này, Tỉnh đoàn đã bàn giao công trình “Thắp sáng đường quê” dài 1,8 km tại thôn Đông Trạch, trị giá 165 triệu đồng, do đoàn viên, thanh niên đóng góp ngày công và vận động các nhà hảo tâm hỗ trợ."),
        ("cap", "Bàn giao công trình “Thắp sáng đường quê” cho thôn Đông Trạch.", "https://tinhdoanquangtri.vn/wp-content/uploads/2026/07/ra-quan-he-2026-2-1024x683.jpg"),
        ("p", "Theo kế hoạch, Chiến dịch Thanh niên tình nguyện hè năm 2026 diễn ra đến hết ngày 31/8, với chỉ tiêu làm mới, sửa chữa 35 km đường giao thông nông thôn, thắp sáng 20 km đường quê và tổ chức 150 lớp hướng dẫn kỹ năng số cho người dân."),
    ],
    author="Lê Hoài Nam, Trần Bảo Ngọc",
    pub="2026-07-04T08:30:12+07:00",
)

A["i06"] = dict(
    title="Huyện Đông Lâm ra quân làm thủy lợi, chuẩn bị sản xuất vụ Mùa năm 2024",
    lead=None,
    blocks=[
        ("p", "Sáng 14/5, UBND huyện Đông Lâm tổ chức lễ ra quân làm thủy lợi, nạo vét kênh mương chuẩn bị cho sản xuất vụ Mùa năm 2024 tại tuyến kênh cấp II Đông Hòa - Đông Phong. Tham gia lễ ra quân có hơn 500 cán bộ, đảng viên, đoàn viên thanh niên và nhân dân các xã Đông Hòa, Đông Phong, Đông Sơn."),
        ("p", "Năm 2024, toàn huyện đặt mục tiêu nạo vét 186 km kênh mương nội đồng với khối lượng đào đắp khoảng 215.000 m³; kiên cố hóa 12,5 km kênh mương; tu sửa 34 cống điều tiết nước. Đến nay, các xã, thị trấn đã hoàn thành 61% khối lượng, nhiều xã đã cơ bản xong các tuyến kênh tưới tiêu chính."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Vũ Mạnh Hùng, Phó Chủ tịch UBND huyện đề nghị các xã tập trung hoàn thành dứt điểm công tác thủy lợi nội đồng trước ngày 31/5; kiểm tra, vận hành thử các trạm bơm; chủ động phương án tiêu úng khi có mưa lớn, bảo đảm gieo cấy vụ Mùa đúng khung thời vụ."),
        ("cap", "Cán bộ, đảng viên và nhân dân nạo vét kênh cấp II Đông Hòa - Đông Phong.", "/upload/tintuc/2024/05/raquan-thuyloi.jpg"),
        ("p", "Ngay sau lễ ra quân, các lực lượng đã nạo vét hơn 3 km kênh, vớt bèo, phát quang bờ kênh, khơi thông dòng chảy."),
    ],
    author="Trần Thu Hà (Trung tâm VH-TT&TT huyện)",
    pub="2024-05-14T16:30:00+07:00",
)

A["i07"] = dict(
    title="Số ca mắc sốt xuất huyết tăng cao, Sở Y tế khuyến cáo người dân chủ động phòng bệnh",
    lead="Từ đầu năm đến ngày 02/8/2026, toàn tỉnh ghi nhận 3.846 ca mắc sốt xuất huyết, tăng 27,4% so với cùng kỳ năm 2025; số ca mắc tập trung chủ yếu ở trẻ em dưới 15 tuổi.",
    blocks=[
        ("p", "Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, trong 4 tuần gần đây, số ca mắc sốt xuất huyết liên tục tăng, trung bình mỗi tuần ghi nhận từ 260 đến 310 ca. Toàn tỉnh đã ghi nhận 41 ổ dịch, trong đó 36 ổ dịch đã được xử lý triệt để; chưa ghi nhận trường hợp tử vong."),
        ("p", "Các địa phương có số ca mắc cao nhất từ đầu năm đến nay:"),
        ("table", [
            ["STT", "Xã, phường", "Số ca mắc", "So với cùng kỳ"],
            ["1", "Phường Mỹ Phong", "214", "Tăng 38%"],
            ["2", "Phường Cao Lãnh", "187", "Tăng 22%"],
            ["3", "Xã Thanh Bình", "163", "Tăng 41%"],
            ["4", "Xã Chợ Gạo", "151", "Tăng 17%"],
            ["5", "Phường Sa Đéc", "139", "Giảm 5%"],
        ]),
        ("p", "Nguyên nhân số ca mắc tăng được xác định do thời tiết mưa nắng xen kẽ tạo điều kiện thuận lợi cho muỗi vằn sinh sản; nhiều hộ gia đình còn chủ quan, chưa thường xuyên loại bỏ dụng cụ chứa nước đọng quanh nhà."),
        ("h", "Khuyến cáo của Sở Y tế"),
        ("p", "Để chủ động phòng, chống bệnh sốt xuất huyết, Sở Y tế khuyến cáo người dân thực hiện các biện pháp sau:"),
        ("ul", [
            "Đậy kín tất cả dụng cụ chứa nước để muỗi không vào đẻ trứng; thay nước bình hoa, bát nước kê chân chạn hằng tuần.",
            "Thu gom, hủy bỏ các vật dụng phế thải như chai lọ, vỏ dừa, lốp xe cũ có thể chứa nước đọng.",
            "Ngủ màn kể cả ban ngày; mặc quần áo dài tay, dùng kem xua muỗi.",
            "Phối hợp với ngành y tế trong các đợt phun hóa chất diệt muỗi tại nơi ở.",
            "Khi có biểu hiện sốt cao đột ngột, đau đầu, đau cơ, phát ban cần đến ngay cơ sở y tế để được khám, tư vấn; không tự ý điều trị tại nhà.",
        ]),
        ("p", "Sở Y tế cũng yêu cầu các bệnh viện, trạm y tế xã, phường chuẩn bị đầy đủ thuốc, dịch truyền, giường bệnh; tổ chức phân luồng, tránh quá tải; tăng cường giám sát, phát hiện sớm ca bệnh, xử lý kịp thời ổ dịch không để lan rộng."),
    ],
    author_lines=["ThS.BS. Nguyễn Hữu Phước", "Trung tâm Kiểm soát bệnh tật tỉnh"],
    author="ThS.BS. Nguyễn Hữu Phước, Trung tâm Kiểm soát bệnh tật tỉnh",
    pub="2026-08-05T10:12:45+07:00",
)

A["i08"] = dict(
    title="Hơn 1.800 vận động viên tranh tài tại Giải Việt dã truyền thống tỉnh Khánh Hòa năm 2025",
    lead=None,
    blocks=[
        ("p", "Sáng 9/11, tại Quảng trường 2 tháng 4 (phường Nha Trang), Sở Văn hóa, Thể thao và Du lịch phối hợp với Báo và Phát thanh, Truyền hình Khánh Hòa tổ chức Giải Việt dã truyền thống năm 2025. Đây là giải việt dã đầu tiên được tổ chức sau khi hợp nhất tỉnh, thu hút hơn 1.800 vận động viên đến từ 52 đơn vị xã, phường, lực lượng vũ trang và trường học."),
        ("p", "Các vận động viên thi đấu ở 8 nội dung dành cho nam, nữ các lứa tuổi thiếu niên, thanh niên, trung niên và cán bộ, công chức với cự ly từ 2 km đến 10 km. Đường chạy đi dọc tuyến đường ven biển, bảo đảm an toàn, thông thoáng nhờ sự phối hợp phân luồng của lực lượng công an và đoàn viên thanh niên."),
        ("cap", "Các vận động viên nữ lứa tuổi thanh niên xuất phát ở cự ly 5 km.", "/images/default-source/tin-tuc/viet-da-2025-01.jpg"),
        ("p", "Kết quả, đoàn phường Nha Trang giành giải nhất toàn đoàn; đoàn phường Phan Rang xếp thứ nhì; đoàn Bộ Chỉ huy Quân sự tỉnh xếp thứ ba. Ban tổ chức đã trao 48 bộ huy chương và giải thưởng cho các cá nhân, đồng đội xuất sắc với tổng giá trị gần 200 triệu đồng."),
        ("p", "Ông Lê Văn Thạch, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, giải là hoạt động thiết thực hưởng ứng Cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, đồng thời là dịp tuyển chọn vận động viên năng khiếu bổ sung cho đội tuyển điền kinh của tỉnh chuẩn bị tham dự giải toàn quốc năm 2026."),
    ],
    author="Võ Ngọc Diệp",
    pub="2025-11-10T00:00:00+07:00",
)

A["i09"] = dict(
    title="Lan tỏa mô hình “Dân vận khéo” trong vận động đồng bào hiến đất làm đường",
    lead="Năm 2025, từ các mô hình “Dân vận khéo”, Nhân dân các xã vùng đồng bào dân tộc thiểu số trong tỉnh đã tự nguyện hiến hơn 41 ha đất, đóng góp trên 92.000 ngày công để mở mới, nâng cấp gần 230 km đường giao thông nông thôn.",
    blocks=[
        ("p", "Bon Ja Rá, xã Nam Bình có hơn 70% dân số là đồng bào M’nông. Trước đây, con đường đất dẫn vào khu sản xuất của bon cứ đến mùa mưa lại lầy lội, xe máy không đi được, nông sản thu hoạch xong phải gùi bộ hàng cây số. Khi xã phát động làm đường bê tông, khó khăn lớn nhất là nhiều đoạn phải mở rộng qua vườn cà phê, vườn điều của người dân."),
        ("p", "Chi bộ bon giao cho già làng Điểu K’Lơi và Bí thư chi đoàn Thị Ngọc Hiền đến từng nhà vận động. “Mình phải làm trước thì bà con mới tin”, già làng Điểu K’Lơi kể. Gia đình ông tự nguyện chặt 46 cây cà phê đang cho thu hoạch, hiến gần 500 m² đất. Sau gia đình già làng, 27 hộ khác cũng tự nguyện tháo dỡ hàng rào, hiến đất mà không đòi hỏi bồi thường."),
        ("cap", "Người dân bon Ja Rá cùng lực lượng vũ trang xã làm đường bê tông.", "/media/2k3fqvtl/dan-van-kheo-lam-duong.jpg"),
        ("p", "Với cách làm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, tuyến đường dài 3,2 km được hoàn thành chỉ sau bốn tháng, tổng kinh phí 2,4 tỷ đồng, trong đó Nhân dân đóng góp ngày công và vật liệu trị giá hơn 600 triệu đồng."),
        ("p", "Không chỉ ở vùng đồng bào M’nông, tại các xã ven biển khu vực Bình Thuận cũ, mô hình “Mỗi tổ dân vận một tuyến đường” cũng phát huy hiệu quả. Các tổ dân vận thôn chủ động nắm tâm tư, giải thích cho người dân hiểu lợi ích lâu dài của việc mở rộng đường, từ đó nhiều hộ dân tự nguyện dịch chuyển tường rào, cổng ngõ."),
        ("p", "Theo đồng chí Ka Thị Hường, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, kinh nghiệm rút ra từ các mô hình là cấp ủy phải thực sự gần dân, công khai minh bạch mọi khoản đóng góp; cán bộ, đảng viên, người có uy tín phải gương mẫu đi đầu. Thời gian tới, Ban sẽ tham mưu Ban Thường vụ Tỉnh ủy tổng kết, nhân rộng các mô hình tiêu biểu, gắn với thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."),
    ],
    author_lines=["Trần Minh Đức", "Ban Tuyên giáo và Dân vận Tỉnh ủy"],
    author="Trần Minh Đức, Ban Tuyên giáo và Dân vận Tỉnh ủy",
    pub="2026-02-03T15:40:00+07:00",
)

A["i10"] = dict(
    title="Bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo khu vực phía Đông tỉnh",
    lead="Ngày 14/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với chính quyền các xã ven biển tổ chức bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn về nhà ở trước Tết Nguyên đán Bính Ngọ 2026.",
    blocks=[
        ("p", "Mỗi căn nhà có diện tích từ 45 đến 60 m², được xây dựng kiên cố, bảo đảm tiêu chuẩn “3 cứng” (nền cứng, khung tường cứng, mái cứng), với tổng kinh phí hơn 2,6 tỷ đồng. Trong đó, Quỹ “Vì người nghèo” tỉnh hỗ trợ 60 triệu đồng/căn; phần còn lại do gia đình tự đóng góp và người thân, dòng họ, hàng xóm hỗ trợ ngày công."),
        ("p", "Các căn nhà được bàn giao lần này tập trung tại các xã Hòa Xuân, An Ninh, Tuy An Bắc và phường Sông Cầu thuộc khu vực Phú Yên cũ, những địa phương chịu ảnh hưởng nặng nề của đợt mưa lũ cuối năm 2025."),
        ("cap", "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao quyết định bàn giao nhà cho gia đình bà Nguyễn Thị Lài ở xã Hòa Xuân.", "/uploads/2026/01/15/ban-giao-nha-dai-doan-ket.jpg"),
        ("p", "Xúc động khi nhận nhà mới, bà Nguyễn Thị Lài (72 tuổi, xã Hòa Xuân) chia sẻ: “Căn nhà cũ của tôi bị lũ cuốn mất mái, mấy tháng nay phải ở nhờ nhà con gái. Nay có nhà mới kiên cố trước Tết, tôi mừng lắm, cảm ơn Mặt trận, chính quyền và bà con lối xóm đã chung tay giúp đỡ”."),
        ("p", "Phát biểu tại buổi bàn giao, bà H’Nga Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, năm 2025, từ nguồn Quỹ “Vì người nghèo” các cấp, toàn tỉnh đã hỗ trợ xây mới 1.126 căn và sửa chữa 418 căn nhà cho hộ nghèo, hộ cận nghèo. Năm 2026, Ủy ban MTTQ Việt Nam tỉnh tiếp tục vận động các tổ chức, cá nhân, doanh nghiệp chung tay, phấn đấu không còn hộ nghèo ở nhà tạm, nhà dột nát."),
    ],
    author="H’Linh Êban, Hồ Quang Vinh",
    pub="2026-01-15T08:45:00+07:00",
)

A["i11"] = dict(
    title="Đảng ủy phường Hòa Lợi sơ kết công tác xây dựng Đảng quý I năm 2026",
    lead=None,
    blocks=[
        ("p", "Chiều 20/4, Đảng ủy phường Hòa Lợi tổ chức hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính trị quý I, triển khai nhiệm vụ quý II năm 2026. Đồng chí Lâm Quốc Bảo, Bí thư Đảng ủy phường chủ trì hội nghị."),
        ("p", "Trong quý I, Đảng ủy phường đã tổ chức học tập, quán triệt các văn kiện Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho 100% chi bộ trực thuộc với hơn 1.350 đảng viên tham dự; kết nạp 18 đảng viên mới, đạt 36% chỉ tiêu năm; hoàn thành việc kiện toàn cấp ủy, chi bộ ở 9 khu phố sau điều chỉnh quy mô."),
        ("p", "Công tác kiểm tra, giám sát được thực hiện chặt chẽ. Ủy ban Kiểm tra Đảng ủy phường đã kiểm tra 4 tổ chức đảng và 7 đảng viên khi có dấu hiệu vi phạm; giám sát chuyên đề việc thực hiện quy định về những điều đảng viên không được làm tại 6 chi bộ."),
        ("p", "Hội nghị đã thảo luận, chỉ ra những hạn chế như: chất lượng sinh hoạt chi bộ ở một số khu phố chưa cao, nội dung còn đơn điệu; việc nắm tình hình tư tưởng của đảng viên là công nhân tại các doanh nghiệp có lúc chưa kịp thời."),
        ("p", "Kết luận hội nghị, đồng chí Lâm Quốc Bảo yêu cầu các chi bộ đổi mới nội dung sinh hoạt theo hướng chuyên đề, gắn với giải quyết những vấn đề bức xúc ở khu dân cư; chú trọng phát triển đảng viên trong công nhân, người lao động và học sinh, sinh viên; phấn đấu hoàn thành chỉ tiêu kết nạp đảng viên năm 2026 trước ngày 30/9."),
    ],
    author="Ngọc Hân",
    pub="2026-04-21T09:15:00+07:00",
)

A["i12"] = dict(
    title="Hoàn thành hợp nhất cơ sở dữ liệu đất đai của tỉnh Gia Lai và tỉnh Bình Định cũ",
    lead="Sở Nông nghiệp và Môi trường vừa hoàn thành việc chuyển đổi, hợp nhất cơ sở dữ liệu đất đai của hai tỉnh Gia Lai và Bình Định (cũ) về một hệ thống thống nhất, phục vụ giải quyết thủ tục hành chính về đất đai cho người dân trên toàn tỉnh.",
    blocks=[
        ("p", "Trước ngày 01/7/2025, tỉnh Bình Định và tỉnh Gia Lai vận hành hai hệ thống thông tin đất đai khác nhau do hai nhà cung cấp xây dựng, với cấu trúc dữ liệu, danh mục dùng chung không thống nhất. Việc này khiến công chức một số xã giáp ranh giữa hai khu vực phải tra cứu trên hai phần mềm, kéo dài thời gian giải quyết hồ sơ."),
        ("p", "Sau hơn hai tháng triển khai, đơn vị tư vấn cùng Văn phòng Đăng ký đất đai tỉnh đã chuyển đổi thành công dữ liệu của hơn 3,1 triệu thửa đất, 1,9 triệu hồ sơ đăng ký và 46.000 bộ hồ sơ địa chính dạng giấy đã được số hóa trước đó. Hệ thống mới chính thức vận hành từ ngày 12/9/2025, kết nối với Cơ sở dữ liệu quốc gia về dân cư và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."),
        ("cap", "Cán bộ Văn phòng Đăng ký đất đai tỉnh kiểm tra dữ liệu trên hệ thống mới.", "/upload/2005606/20250915/csdl-dat-dai.jpg"),
        ("p", "Ông Nguyễn Thành Trung, Phó Giám đốc Sở Nông nghiệp và Môi trường cho biết, với hệ thống thống nhất, người dân ở bất kỳ xã, phường nào cũng có thể nộp hồ sơ đăng ký biến động đất đai tại Trung tâm Phục vụ hành chính công gần nhất mà không phụ thuộc nơi có đất. Thời gian giải quyết thủ tục cấp đổi giấy chứng nhận dự kiến giảm từ 10 ngày xuống còn 7 ngày làm việc."),
        ("p", "Trong quý IV/2025, Sở sẽ tổ chức tập huấn sử dụng hệ thống cho công chức địa chính của 135 xã, phường trên địa bàn tỉnh; đồng thời tiếp tục rà soát, chỉnh lý những thửa đất có thông tin chưa thống nhất giữa hồ sơ giấy và dữ liệu số."),
    ],
    author="Lê Minh Châu",
    pub="2025-09-15T08:45:00+07:00",
)

A["i13"] = dict(
    title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã tháng 12/2025",
    lead=None,
    blocks=[
        ("p", "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND xã, Chủ tịch UBND xã Phúc Hòa thông báo lịch tiếp công dân định kỳ tháng 12/2025 như sau:"),
        ("p", "Thời gian: Từ 7 giờ 30 phút đến 11 giờ 30 phút các ngày thứ Năm, 04/12/2025 và thứ Năm, 18/12/2025. Địa điểm: Phòng tiếp công dân, trụ sở UBND xã Phúc Hòa (thôn Trung, xã Phúc Hòa)."),
        ("p", "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước hoặc giấy tờ tùy thân và các tài liệu liên quan; trường hợp ủy quyền phải có văn bản ủy quyền hợp lệ. Ngoài lịch tiếp định kỳ, Ban Tiếp công dân xã tiếp công dân thường xuyên vào giờ hành chính các ngày làm việc trong tuần."),
        ("sig", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn Khải"]),
    ],
    author=None,
    pub="2025-11-28T00:00:00+07:00",
)

A["i14"] = dict(
    title="Từ ngày 01/01/2026, áp dụng mức chi mới cho công tác hòa giải ở cơ sở",
    lead="HĐND tỉnh vừa ban hành Nghị quyết quy định mức chi bảo đảm cho công tác hòa giải ở cơ sở trên địa bàn tỉnh Hưng Yên, thay thế các quy định trước đây của tỉnh Thái Bình và tỉnh Hưng Yên (cũ).",
    blocks=[
        ("p", "Theo Nghị quyết, mức thù lao cho hòa giải viên là 400.000 đồng/vụ, việc/tổ hòa giải; vụ, việc phức tạp, kéo dài được chi tối đa 600.000 đồng/vụ, việc/tổ hòa giải. Trường hợp hòa giải viên gặp tai nạn hoặc rủi ro ảnh hưởng đến sức khỏe, tính mạng trong khi thực hiện hoạt động hòa giải được hỗ trợ theo mức quy định tại Nghị quyết."),
        ("p", "Bên cạnh đó, Nghị quyết quy định mức chi hỗ trợ hoạt động của tổ hòa giải là 200.000 đồng/tổ/tháng; chi mua văn phòng phẩm, tài liệu, tổ chức họp tổ hòa giải tối đa 1.500.000 đồng/tổ/năm; chi bồi dưỡng cho người được mời tham gia hòa giải 150.000 đồng/người/vụ, việc."),
        ("p", "Nghị quyết có hiệu lực từ ngày 01/01/2026. Sở Tư pháp đề nghị UBND các xã, phường phối hợp với Ủy ban MTTQ Việt Nam cùng cấp rà soát, kiện toàn các tổ hòa giải, lập dự toán kinh phí năm 2026 để bảo đảm chi trả kịp thời cho hòa giải viên."),
    ],
    author="Phương Thảo",
    pub="2025-12-19T14:30:00+07:00",
)

A["i15"] = dict(
    title="Hội LHPN tỉnh tổng kết 5 năm thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp",
    lead=None,
    blocks=[
        ("p", "Ngày 5/3, Hội Liên hiệp Phụ nữ tỉnh Cao Bằng tổ chức hội nghị tổng kết 5 năm thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp” giai đoạn 2021 - 2025 trên địa bàn tỉnh."),
        ("p", "Sau 5 năm, các cấp Hội đã hỗ trợ 1.264 ý tưởng, dự án khởi nghiệp của phụ nữ, trong đó 312 dự án được kết nối vay vốn với tổng số tiền 38,6 tỷ đồng; thành lập mới 27 hợp tác xã và 94 tổ hợp tác do phụ nữ làm chủ hoặc tham gia quản lý. Nhiều sản phẩm như miến dong, lạp sườn hun khói, trà giảo cổ lam, hạt dẻ đã đạt chứng nhận OCOP 3 sao."),
        ("p", "Hằng năm, Hội LHPN tỉnh tổ chức cuộc thi “Phụ nữ Cao Bằng khởi nghiệp”, thu hút bình quân 80 - 100 ý tưởng dự thi. Nhiều ý tưởng sau cuộc thi đã trở thành mô hình kinh doanh hiệu quả, tạo việc làm ổn định cho hàng trăm lao động nữ ở vùng sâu, vùng xa."),
        ("p", "Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: quy mô phần lớn dự án còn nhỏ, khả năng tiếp cận thị trường, thương mại điện tử của chị em còn hạn chế; một số mô hình chưa bền vững sau khi hết nguồn hỗ trợ."),
        ("p", "Giai đoạn 2026 - 2030, Hội LHPN tỉnh đặt mục tiêu hỗ trợ ít nhất 1.500 ý tưởng, dự án khởi nghiệp; 100% hợp tác xã do phụ nữ quản lý được hướng dẫn bán hàng trên các sàn thương mại điện tử."),
        ("p", "Dịp này, Hội LHPN tỉnh khen thưởng 15 tập thể, 24 cá nhân có thành tích xuất sắc trong thực hiện Đề án."),
    ],
    author="Nông Thị Hoa",
    pub="2026-03-06T00:00:00+07:00",
)

A["i16"] = dict(
    title="Thái Nguyên: Hơn 2.300 giáo viên được bồi dưỡng năng lực số trong năm học 2025 - 2026",
    lead="Sở Giáo dục và Đào tạo vừa khai giảng lớp bồi dưỡng năng lực số đầu tiên của năm học 2025 - 2026 cho giáo viên cốt cán các trường trung học trên địa bàn tỉnh.",
    blocks=[
        ("p", "Theo kế hoạch, trong năm học 2025 - 2026, Sở Giáo dục và Đào tạo tổ chức 46 lớp bồi dưỡng cho hơn 2.300 giáo viên mầm non, phổ thông, trong đó ưu tiên giáo viên công tác tại các xã vùng cao thuộc khu vực Bắc Kạn cũ. Mỗi lớp kéo dài 5 ngày, kết hợp học trực tiếp và trực tuyến."),
        ("p", "Nội dung bồi dưỡng tập trung vào khai thác học liệu số, thiết kế bài giảng điện tử, sử dụng các công cụ trí tuệ nhân tạo hỗ trợ soạn giảng một cách an toàn, có trách nhiệm; kỹ năng quản lý lớp học trực tuyến và bảo vệ dữ liệu cá nhân của học sinh."),
        ("cap", "Giáo viên cốt cán thực hành thiết kế bài giảng điện tử tại lớp bồi dưỡng.", "/images/tin-tuc/2025/10/boi-duong-nang-luc-so.jpg"),
        ("p", "Bà Ma Thị Thu, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, sau khóa học, mỗi giáo viên cốt cán có trách nhiệm hỗ trợ ít nhất 5 đồng nghiệp tại trường mình; Sở sẽ tổ chức đánh giá năng lực số của giáo viên vào cuối năm học để làm căn cứ xây dựng kế hoạch bồi dưỡng giai đoạn tiếp theo."),
    ],
    author="Hà Thanh Nga",
    pub="2025-10-07T09:20:00+07:00",
)

A["i17"] = dict(
    title="Sở Xây dựng kiểm tra công tác bảo đảm giao thông trên các tuyến đường tỉnh mùa mưa bão",
    lead=None,
    blocks=[
        ("p", "Ngày 13/8, đoàn công tác của Sở Xây dựng do ông Đặng Văn Toàn, Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác bảo đảm giao thông, phòng, chống thiên tai trên các tuyến đường tỉnh ĐT.312, ĐT.319 và ĐT.347 thuộc khu vực phía Nam của tỉnh."),
        ("p", "Qua kiểm tra, các tuyến đường cơ bản thông suốt; đơn vị quản lý, bảo trì đã bố trí vật tư, phương tiện dự phòng tại 14 điểm có nguy cơ sạt lở cao. Tuy nhiên, tại một số vị trí trên ĐT.312 đoạn qua xã Cao Sơn, mái taluy dương có hiện tượng nứt, đất đá có thể tiếp tục sạt xuống mặt đường khi mưa lớn kéo dài."),
        ("p", "Phó Giám đốc Sở Xây dựng yêu cầu đơn vị bảo trì khẩn trương cắm biển cảnh báo, bố trí người trực 24/24 giờ tại các vị trí xung yếu; chuẩn bị sẵn máy xúc, xe tải để kịp thời thông tuyến khi xảy ra sạt lở. UBND các xã có tuyến đường đi qua phối hợp tuyên truyền, hướng dẫn người dân không đi vào khu vực nguy hiểm, không tự ý san gạt, múc đất ở chân taluy."),
        ("p", "Đối với các công trình đang thi công, chủ đầu tư và nhà thầu phải có phương án bảo đảm an toàn giao thông, thoát nước, không để vật liệu, máy móc lấn chiếm lòng đường; dừng thi công khi có cảnh báo mưa lớn, lũ quét."),
    ],
    author="Đinh Quang Hưng",
    pub="2026-08-14T10:05:00+07:00",
)

A["i18"] = dict(
    title="Đảng ủy xã Tân Thủy ra mắt mô hình “Chi bộ số” tại 12 ấp",
    lead="Ngày 4/2, Đảng ủy xã Tân Thủy tổ chức ra mắt mô hình “Chi bộ số”, ứng dụng phần mềm Sổ tay đảng viên điện tử và nhóm trao đổi trực tuyến trong sinh hoạt của 12 chi bộ ấp.",
    blocks=[
        ("p", "Theo đó, mỗi chi bộ ấp được hướng dẫn sử dụng thống nhất ứng dụng Sổ tay đảng viên điện tử để gửi tài liệu sinh hoạt, nghị quyết, văn bản chỉ đạo của cấp trên đến đảng viên trước kỳ họp ít nhất 3 ngày; thực hiện điểm danh, theo dõi việc đóng đảng phí và lấy ý kiến đóng góp trên môi trường số."),
        ("cap", "Đồng chí Huỳnh Văn Tâm, Bí thư Đảng ủy xã trao quyết định ra mắt mô hình “Chi bộ số” cho các chi bộ ấp.", "/documents/10181/2840551/chi-bo-so-tan-thuy.jpg"),
        ("p", "Đối với những đảng viên cao tuổi, không thạo sử dụng điện thoại thông minh, chi ủy phân công đảng viên trẻ trong chi bộ kèm cặp, hướng dẫn trực tiếp. Đến nay, 486/512 đảng viên của 12 chi bộ ấp đã cài đặt và sử dụng ứng dụng, đạt 94,9%."),
        ("p", "Đồng chí Huỳnh Văn Tâm cho biết, mô hình giúp giảm thời gian đọc văn bản tại buổi sinh hoạt, dành nhiều thời gian hơn để thảo luận những vấn đề thiết thực của ấp như giữ gìn an ninh trật tự, phát triển sản xuất, chăm lo gia đình chính sách. Sau 6 tháng, Đảng ủy xã sẽ sơ kết, đánh giá hiệu quả để nhân rộng ra các chi bộ cơ quan, trường học trên địa bàn."),
    ],
    author="Thạch Thị Kim Huệ",
    pub="2026-02-05T14:00:00+07:00",
)

A["i19"] = dict(
    title="Phường An Hòa ra quân dọn vệ sinh, khơi thông cống rãnh trước mùa mưa",
    lead=None,
    blocks=[
        ("p", "Sáng 16/6, UBND phường An Hòa phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức ra quân dọn vệ sinh môi trường, khơi thông cống rãnh, phòng, chống ngập úng mùa mưa năm 2026."),
        ("p", "Hơn 300 cán bộ, đoàn viên, hội viên và người dân 14 khu vực đã tham gia thu gom gần 6 tấn rác thải, nạo vét 2,4 km cống thoát nước, phát quang bụi rậm ven rạch Cái Sơn và các tuyến hẻm thường xuyên ngập khi triều cường."),
        ("p", "Dịp này, phường phát động phong trào “Ngày Chủ nhật xanh” được tổ chức vào Chủ nhật cuối mỗi tháng, kêu gọi mỗi hộ gia đình tự giác giữ gìn vệ sinh trước nhà, không xả rác xuống kênh rạch."),
    ],
    author="PV",
    pub="2026-06-17T07:30:00+07:00",
)

NGUYET = "Bà Trịnh Thị Minh Nguyệt:"
A["i20"] = dict(
    title="Chủ tịch UBND phường Thanh Bình: “Chính quyền gần dân phải bắt đầu từ việc nhỏ nhất”",
    lead="Sau hơn một năm vận hành chính quyền địa phương hai cấp, phường Thanh Bình là một trong những địa phương dẫn đầu tỉnh về chỉ số phục vụ người dân, doanh nghiệp. Phóng viên Cổng Thông tin điện tử tỉnh đã có cuộc trao đổi với bà Trịnh Thị Minh Nguyệt, Chủ tịch UBND phường về những kinh nghiệm trong quá trình này.",
    blocks=[
        ("q", "PV: Thưa bà, phường Thanh Bình được hình thành từ ba phường của thành phố Nam Định và một xã của huyện Mỹ Lộc thuộc tỉnh Nam Định cũ. Những ngày đầu vận hành bộ máy mới, phường gặp khó khăn gì lớn nhất?"),
        ("a", NGUYET, "Khó khăn lớn nhất không nằm ở cơ sở vật chất mà ở con người. Cán bộ, công chức đến từ bốn đơn vị khác nhau, mỗi nơi một cách làm, một thói quen. Có những đồng chí trước đây là lãnh đạo, nay làm chuyên viên; có những đồng chí phải đi làm xa hơn mười cây số. Nếu không làm tốt công tác tư tưởng thì bộ máy rất dễ “lệch nhịp”."),
        ("p", "Vì vậy, ngay trong tuần đầu, Đảng ủy phường đã tổ chức đối thoại với toàn bộ cán bộ, công chức, lắng nghe tâm tư, nguyện vọng rồi mới phân công công việc. Chúng tôi cũng thống nhất một quy chế làm việc chung, một quy trình xử lý văn bản chung, không để tình trạng mỗi bộ phận một kiểu."),
        ("cap", "Bà Trịnh Thị Minh Nguyệt, Chủ tịch UBND phường Thanh Bình (bìa phải) trò chuyện với người dân tại Trung tâm Phục vụ hành chính công phường.", "/Uploads/2026/9/21/chu-tich-phuong-thanh-binh.jpg"),
        ("q", "PV: Phường đã làm gì để người dân không bị ảnh hưởng khi trụ sở thay đổi?"),
        ("a", NGUYET, "Chúng tôi đặt nguyên tắc: dân không phải chạy theo trụ sở. Trung tâm Phục vụ hành chính công đặt tại trụ sở chính, nhưng tại ba trụ sở cũ vẫn duy trì điểm tiếp nhận hồ sơ vào các buổi sáng trong tuần. Hồ sơ được chuyển về trung tâm bằng đường điện tử, kết quả trả tại nơi người dân nộp hoặc qua bưu điện."),
        ("p", "Với người cao tuổi, người khuyết tật, chúng tôi có tổ công tác đến tận nhà để hỗ trợ làm thủ tục chứng thực, xác nhận. Trong năm qua, tổ đã đến 1.142 lượt hộ gia đình."),
        ("q", "PV: Có ý kiến cho rằng việc chạy theo tỷ lệ hồ sơ trực tuyến có thể gây áp lực cho người dân. Bà nghĩ sao?"),
        ("a", NGUYET, "Tôi cho rằng ý kiến đó có cơ sở. Con số chỉ có ý nghĩa khi người dân thực sự thấy thuận tiện. Phường không ép người dân nộp trực tuyến; ai muốn nộp trực tiếp vẫn được tiếp nhận bình thường. Điều chúng tôi làm là hướng dẫn tận tình để người dân tự thấy lợi ích: không phải đi lại, theo dõi được hồ sơ, nhận kết quả tại nhà."),
        ("p", "Hiện nay, tỷ lệ hồ sơ nộp trực tuyến của phường đạt 87%, nhưng với tôi, chỉ số quan trọng hơn là mức độ hài lòng của người dân, năm qua đạt 97,6% theo khảo sát độc lập của tỉnh."),
        ("q", "PV: Được biết, phường có quy định lãnh đạo phải xin lỗi người dân khi hồ sơ trễ hạn?"),
        ("a", NGUYET, "Đúng vậy. Mỗi hồ sơ trễ hạn, dù chỉ một ngày, lãnh đạo bộ phận liên quan phải gửi thư xin lỗi, nêu rõ lý do và hẹn ngày trả kết quả. Nếu lỗi do cán bộ thì cán bộ đó bị trừ điểm thi đua trong tháng. Năm 2025, phường có 19 hồ sơ trễ hạn trên tổng số hơn 21.000 hồ sơ; năm nay đến nay mới có 4 trường hợp."),
        ("p", "Tôi nghĩ lời xin lỗi không làm giảm uy tín của chính quyền. Ngược lại, nó cho người dân thấy chính quyền tôn trọng thời gian và công sức của họ."),
        ("q", "PV: Trong thời gian tới, phường đặt ra những mục tiêu gì?"),
        ("a", NGUYET, "Chúng tôi tập trung ba việc. Thứ nhất, hoàn thành số hóa toàn bộ hồ sơ đất đai, hộ tịch còn tồn đọng của các đơn vị cũ trước tháng 6/2027. Thứ hai, chỉnh trang đô thị, nhất là hệ thống thoát nước ở các khu dân cư cũ hay ngập úng. Thứ ba, nâng cao chất lượng đội ngũ, mỗi công chức phải thạo ít nhất hai lĩnh vực để có thể hỗ trợ nhau khi cần."),
        ("q", "PV: Xin cảm ơn bà!"),
    ],
    author="Vũ Hải Yến",
    pub="2026-09-21T06:00:00+07:00",
)


# ============================================================ shared chrome
MENU_XA = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Tổng quan về xã", "Lịch sử hình thành", "Điều kiện tự nhiên", "Cơ cấu tổ chức", "Lãnh đạo xã", "Danh bạ điện thoại"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động của xã", "Tin trong tỉnh", "Thời sự - Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh"]),
    ("Chính quyền", ["HĐND xã", "UBND xã", "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"]),
    ("Đảng bộ - Đoàn thể", ["Đảng ủy xã", "Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh"]),
    ("Chỉ đạo điều hành", ["Văn bản chỉ đạo", "Lịch công tác", "Thông báo", "Giấy mời"]),
    ("Dịch vụ công", ["Thủ tục hành chính", "Tra cứu hồ sơ", "Nộp hồ sơ trực tuyến"]),
    ("Công khai", ["Công khai ngân sách", "Quy hoạch - Kế hoạch", "Đầu tư công", "Đất đai"]),
    ("Hỏi đáp", []),
    ("Liên hệ", []),
]

MENU_SO = [
    ("Trang chủ", []),
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Ban Giám đốc", "Các phòng chuyên môn", "Đơn vị trực thuộc", "Lịch sử phát triển"]),
    ("Tin tức - Sự kiện", ["Hoạt động của Sở", "Tin trong ngành", "Tin địa phương", "Thông tin chỉ đạo, điều hành", "Chuyển đổi số", "Cải cách hành chính"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo, điều hành", "Văn bản dự thảo", "Văn bản của Trung ương"]),
    ("Thủ tục hành chính", ["Danh mục thủ tục", "Dịch vụ công trực tuyến", "Tra cứu kết quả", "Kết quả giải quyết hồ sơ"]),
    ("Chuyên mục", ["Phổ biến giáo dục pháp luật", "Thi đua - Khen thưởng", "Phòng, chống tham nhũng", "Quy hoạch - Kế hoạch", "Thống kê"]),
    ("Công khai", ["Công khai ngân sách", "Đấu thầu - Mua sắm", "Tuyển dụng"]),
    ("Hỏi đáp", []),
    ("Liên hệ", []),
]


def nav_ul(menu, base, ul_cls="", li_cls="", sub_cls="sub-menu", a_cls="", depth_tag="ul"):
    out = ['<ul class="%s">' % ul_cls]
    for label, subs in menu:
        href = base + ("/" if label == "Trang chủ" else "/" + slug(label))
        cls = li_cls + (" has-child" if subs else "")
        out.append('<li class="%s"><a class="%s" href="%s">%s</a>' % (cls.strip(), a_cls, href, esc(label)))
        if subs:
            out.append('<%s class="%s">' % (depth_tag, sub_cls))
            for s in subs:
                out.append('<li><a href="%s/%s/%s">%s</a></li>' % (base, slug(label), slug(s), esc(s)))
            out.append("</%s>" % depth_tag)
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def news_list(items, base, fmt, ul_cls="list-news", with_date=True, suffix=".html", idbase=1000, rng=None):
    out = ['<ul class="%s">' % ul_cls]
    for i, (t, d) in enumerate(items):
        href = "%s/%s-%d%s" % (base, slug(t), idbase + i * 7, suffix)
        ds = (' <span class="date">%s</span>' % fmt(d)) if with_date else ""
        out.append('<li><a href="%s" title="%s">%s</a>%s</li>' % (href, att(t), esc(t), ds))
    out.append("</ul>")
    return "\n".join(out)


def ga_script(tag):
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>\n"
            "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
            "gtag('js', new Date());gtag('config', '%s');</script>" % (tag, tag))


def font_tools(cls="tools"):
    return ('<div class="%s"><span class="lbl">Cỡ chữ:</span> <a href="javascript:void(0)" onclick="changeFont(-1)" title="Giảm cỡ chữ">A-</a> '
            '<a href="javascript:void(0)" onclick="changeFont(0)" title="Cỡ chữ mặc định">A</a> '
            '<a href="javascript:void(0)" onclick="changeFont(1)" title="Tăng cỡ chữ">A+</a> '
            '<a href="javascript:window.print()" class="print" title="In bài viết">In</a> '
            '<a href="mailto:?subject=Chia%%20s%%E1%%BA%%BB" class="mail" title="Gửi email">Email</a> '
            '<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u=" target="_blank" title="Chia sẻ Facebook">Chia sẻ</a> '
            '<a class="zalo-share-button" data-href="" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false">Zalo</a></div>' % cls)


def comment_form(title="Ý kiến bạn đọc", cls="comment-box"):
    return ('<div class="%s"><h3>%s</h3><form method="post" action="#" onsubmit="return false;">'
            '<div class="row"><input type="text" name="hoten" placeholder="Họ và tên (*)"> <input type="email" name="email" placeholder="Email (*)"></div>'
            '<div class="row"><input type="text" name="diachi" placeholder="Địa chỉ"></div>'
            '<textarea name="noidung" rows="5" placeholder="Nội dung ý kiến (*)"></textarea>'
            '<div class="captcha"><img src="/captcha.jpg" alt="captcha"> <input type="text" name="captcha" placeholder="Mã xác nhận"></div>'
            '<button type="submit">Gửi ý kiến</button> <button type="reset">Nhập lại</button>'
            '<p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu.</p></form></div>' % (cls, esc(title)))


def visit_counter(rng, cls="thong-ke"):
    today = rng.randrange(300, 3000)
    return ('<div class="%s"><div class="title">Thống kê truy cập</div><ul>'
            '<li>Đang trực tuyến: <b>%d</b></li><li>Hôm nay: <b>%s</b></li><li>Hôm qua: <b>%s</b></li>'
            '<li>Tháng này: <b>%s</b></li><li>Tổng lượt truy cập: <b>%s</b></li></ul></div>'
            % (cls, rng.randrange(5, 90), dotnum(today), dotnum(rng.randrange(300, 3000)),
               dotnum(rng.randrange(20000, 60000)), dotnum(rng.randrange(200000, 3000000))))


def link_select(rng, title, n, prefix_mix=(("Xã", 4), ("Phường", 1))):
    names = place_names(rng, n, prefix_mix)
    opts = "".join('<option value="https://%s.gov.vn">%s</option>' % (slug(x).replace("-", ""), esc(x)) for x in names)
    return '<div class="lien-ket"><div class="title">%s</div><select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn đơn vị --</option>%s</select></div>' % (esc(title), opts)


def write_lines(*parts):
    return "\n".join(p for p in parts if p is not None)


# ============================================================ templates
# Each page function returns (html text, gold dict).  Gold dicts for
# articles hold kind, platform, url, charset, title, published_at, author,
# body; for non-articles kind, platform, url, charset.

def gold_article(name, platform, url, charset="utf-8"):
    a = A[name]
    return {
        "kind": "article", "platform": platform, "url": url, "charset": charset,
        "title": a["title"], "published_at": a["pub"], "author": a["author"],
        "body": gold_body(a.get("lead"), a["blocks"]),
    }


# ---------------------------------------------------- VNPT ePortal, Liferay 7
HT_BASE = "https://hongthai.tuyenquang.gov.vn"
HT_SITE = "Cổng thông tin điện tử xã Hồng Thái"


def liferay7_shell(rng, title_tag, canonical, main_html, side_html, body_cls="", og=""):
    ts = 1763520000000 + rng.randrange(10 ** 7)
    auth = rand_hex(rng, 8)
    head = """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>%(tt)s</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link data-senna-track="temporary" href="%(can)s" rel="canonical" />
<link data-senna-track="temporary" href="%(can)s" hreflang="x-default" rel="alternate" />
<link href="%(b)s/o/vnpt-portal-theme/images/favicon.ico" rel="icon" />
%(og)s
<link class="lfr-css-file" data-senna-track="temporary" href="%(b)s/o/vnpt-portal-theme/css/clay.css?browserId=chrome&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;t=%(ts)d" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="%(b)s/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;t=%(ts)d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="%(b)s/o/vnpt-portal-theme/css/main.css?browserId=chrome&amp;t=%(ts)d" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};
Liferay.Browser = {acceptsGzip: function() {return true;},getMajorVersion: function() {return 131.0;},getRevision: function() {return "537.36";},getVersion: function() {return "131.0";},isChrome: function() {return true;},isFirefox: function() {return false;},isIe: function() {return false;},isMobile: function() {return false;}};
Liferay.Data = {ICONS_INLINE_SVG: true,NAV_SELECTOR: '#navigation',NAV_SELECTOR_MOBILE: '#navigationCollapse',isCustomizationView: function() {return false;},notices: [null]};
Liferay.PortletKeys = {DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'};
Liferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,NTLM_AUTH_ENABLED: false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};
Liferay.ThemeDisplay = {getLayoutId: function() {return "42";},getLayoutRelativeURL: function() {return "/w/";},getPathContext: function() {return "";},getPathImage: function() {return "/image";},getPathMain: function() {return "/c";},getPathThemeImages: function() {return "%(b)s/o/vnpt-portal-theme/images";},getPlid: function() {return "1288";},getPortalURL: function() {return "%(b)s";},getScopeGroupId: function() {return "37310";},getSiteGroupId: function() {return "37310";},isImpersonated: function() {return false;},isSignedIn: function() {return false;},getDefaultLanguageId: function() {return "vi_VN";},getLanguageId: function() {return "vi_VN";},isAddSessionIdToURL: function() {return false;},isFreeformLayout: function() {return false;},isStateExclusive: function() {return false;},isStateMaximized: function() {return false;},isStatePopUp: function() {return false;},getCanonicalURL: function() {return "%(can)s";},getCDNBaseURL: function() {return "%(b)s";},getDoAsUserIdEncoded: function() {return "";},getUserId: function() {return "20123";},getUserName: function() {return "";}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = {getAvailableLangPath: function(){return 'available_languages.jsp?browserId=chrome&themeId=vnptportaltheme_WAR_vnptportaltheme&colorSchemeId=01&languageId=vi_VN&t=%(ts)d';},getCombine: function() {return true;},getComboPath: function() {return '/combo/?browserId=chrome&minifierType=&languageId=vi_VN&t=%(ts)d&';},getDateFormat: function() {return '%%d/%%m/%%Y';},getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web';},getFilter: function() {return 'min';},getFilterConfig: function() {return null;},getJavaScriptRootPath: function() {return '/o/frontend-js-web';},getPortletRootPath: function() {return '/html/portlet';},getStaticResourceURLParams: function() {return '?browserId=chrome&minifierType=&languageId=vi_VN&t=%(ts)d';}};
Liferay.authToken = '%(auth)s';
Liferay.currentURL = '%(curl)s';
Liferay.currentURLEncoded = '%(curl_enc)s';
// ]]>
</script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=%(ts)d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">if (window.Analytics) {window._com_liferay_document_library_analytics_isViewFileEntry = false;}</script>
%(ga)s
</head>
""" % dict(tt=esc(title_tag), can=canonical, b=HT_BASE, og=og, ts=ts, auth=auth,
           curl=canonical.replace(HT_BASE, ""), curl_enc=canonical.replace(HT_BASE, "").replace("/", "%2F"),
           ga=ga_script("G-H7T%05dQ" % rng.randrange(100000)))
    today = CRAWL
    header = """<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site %(bc)s">
<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="ldxp_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1><ul><li><a href="#main-content">Chuyển đến nội dung chính</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="container"><div class="row">
<div class="col-md-6 today"><i class="fa fa-calendar"></i> %(wd)s, %(d)s</div>
<div class="col-md-6 text-right top-links"><a href="%(b)s/so-do-cong">Sơ đồ cổng</a> | <a href="%(b)s/lien-he">Liên hệ</a> | <a href="%(b)s/c/portal/login">Đăng nhập</a> | <a href="%(b)s/en">English</a></div>
</div></div></div>
<div class="banner-main"><div class="container"><a class="logo default-logo" href="%(b)s" title="Đi tới %(site)s"><img alt="Quốc huy" height="90" src="%(b)s/image/layout_set_logo?img_id=40213&amp;t=%(ts)d" width="90" /></a>
<div class="site-name"><span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="line2">XÃ HỒNG THÁI</span><span class="line3">TỈNH TUYÊN QUANG</span></div>
<form action="%(b)s/tim-kiem" class="search-form" method="get"><input name="q" placeholder="Nhập từ khóa tìm kiếm..." type="text" /><button type="submit"><i class="fa fa-search"></i></button></form></div></div>
<nav class="navbar navbar-expand-md site-navigation" id="navigation" role="navigation"><div class="container">
%(nav)s
</div></nav>
</header>
<section class="flex-fill" id="content"><h2 class="hide-accessible" role="heading" aria-level="1">%(tt)s</h2>
<div class="columns-2-70-30" id="main-content" role="main"><div class="container"><div class="row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
""" % dict(bc=body_cls, wd=thu(today, "title"), d=dmy(today), b=HT_BASE, site=HT_SITE, ts=ts,
           nav=nav_ul(MENU_XA, HT_BASE, "navbar-nav mega-menu", "nav-item dropdown", "dropdown-menu child-menu", "nav-link"),
           tt=esc(title_tag))
    footer = """</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
%(side)s
</div>
</div></div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container"><div class="row">
<div class="col-md-8"><p class="f-title">CỔNG THÔNG TIN ĐIỆN TỬ XÃ HỒNG THÁI - TỈNH TUYÊN QUANG</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Hồng Thái</p><p>Địa chỉ: Thôn Phú Thọ 1, xã Hồng Thái, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3856.214 - Email: ubndhongthai@tuyenquang.gov.vn</p>
<p>Chịu trách nhiệm chính: Lý Thị Hoan - Chủ tịch UBND xã</p></div>
<div class="col-md-4"><p>Ghi rõ nguồn "Cổng thông tin điện tử xã Hồng Thái" khi phát hành lại thông tin từ website này.</p><p>Thiết kế và phát triển bởi VNPT Tuyên Quang</p></div>
</div></div></footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tinchitiet');
Liferay.Portlet.onLoad({canEditTitle: false,columnPos: 0,isStatic: 'end',namespacedId: 'p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tinchitiet_',portletId: 'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tinchitiet',refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d1288\\x26p_p_id\\x3dcom_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tinchitiet',refreshURLData: {}});
Liferay.Loader.require('frontend-js-dropdown-support-web@1.0.9/index', function(frontendJsDropdownSupportWeb109Index) {try {(function() {var dropdownSupport = frontendJsDropdownSupportWeb109Index; dropdownSupport.default();})();} catch (err) {console.error(err);}});
AUI().use('liferay-menu', 'liferay-notice', 'aui-base', 'liferay-session', 'liferay-poller', function(A) {(function() {Liferay.Session = new Liferay.SessionBase({autoExtend: true, redirectOnExpire: false, redirectUrl: '%(b)s', sessionLength: 900, sessionTimeoutOffset: 70, warningLength: 0});})();});
// ]]>
</script>
<script src="%(b)s/o/vnpt-portal-theme/js/main.js?browserId=chrome&amp;languageId=vi_VN&amp;t=%(ts)d" type="text/javascript"></script>
<script>function changeFont(s){var e=document.querySelector('.content-detail');if(!e)return;var f=parseInt(window.getComputedStyle(e).fontSize);e.style.fontSize=(s===0?16:f+s*2)+'px';}</script>
</body>
</html>
""" % dict(side=side_html, b=HT_BASE, ts=ts)
    return head + header + main_html + footer


def ht_side(rng):
    newest = pick(rng, POOL_XA + POOL_TINH, 8, D("2026-11-05T07:00"), D("2026-11-22T07:00"))
    tb = pick(rng, ["Thông báo lịch tiếp công dân tháng 11/2026", "Thông báo tuyển dụng công chức cấp xã năm 2026",
                    "Thông báo về việc tạm dừng cấp nước sinh hoạt khu vực Phúc Sơn", "Thông báo kết quả lựa chọn nhà thầu dự án đường Nà Khan - Khuổi Lừa",
                    "Thông báo thu hồi đất thực hiện dự án mở rộng trường tiểu học", "Thông báo lịch trực Trung tâm Phục vụ hành chính công dịp nghỉ lễ"],
              5, D("2026-09-01T07:00"), D("2026-11-20T07:00"))
    parts = ['<section class="portlet portlet-tin-moi"><div class="portlet-title"><h2>Tin mới nhất</h2></div><div class="portlet-content">',
             news_list(newest, HT_BASE + "/w", lambda d: "(%s)" % dmy(d), "list-tin-moi", suffix=""),
             "</div></section>",
             '<section class="portlet portlet-thong-bao"><div class="portlet-title"><h2>Thông báo</h2></div><div class="portlet-content marquee-box">',
             news_list(tb, HT_BASE + "/w", lambda d: dmy(d), "list-thong-bao", suffix=""),
             "</div></section>",
             '<section class="portlet"><div class="portlet-title"><h2>Dịch vụ công trực tuyến</h2></div><div class="portlet-content"><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng dịch vụ công quốc gia" src="%s/documents/20182/0/banner-dvc-quoc-gia.png" /></a><a href="https://dichvucong.tuyenquang.gov.vn" target="_blank"><img alt="Hệ thống thông tin giải quyết TTHC tỉnh" src="%s/documents/20182/0/banner-dvc-tinh.png" /></a></div></section>' % (HT_BASE, HT_BASE),
             '<section class="portlet"><div class="portlet-title"><h2>Video</h2></div><div class="portlet-content"><video controls="controls" poster="%s/documents/20182/0/video-poster.jpg" width="100%%"><source src="%s/documents/20182/0/gioi-thieu-xa-hong-thai.mp4" type="video/mp4" />Trình duyệt của bạn không hỗ trợ phát video.</video><p class="video-title">Giới thiệu xã Hồng Thái sau hợp nhất</p></div></section>' % (HT_BASE, HT_BASE),
             link_select(rng, "Cổng thông tin các xã, phường", 40),
             visit_counter(rng, "portlet thong-ke-truy-cap")]
    return "\n".join(parts)


def page_i01(rng):
    a = A["i01"]
    url = HT_BASE + "/w/ky-hop-thu-tu-hdnd-xa-hong-thai-thong-qua-7-nghi-quyet"
    pub = D(a["pub"][:19])
    same = pick(rng, POOL_XA, 8, D("2025-09-01T07:00"), D("2025-12-17T17:00"))
    body = render(a["blocks"],
                  p=lambda b: '<p style="text-align: justify;">%s</p>' % esc(b[1]),
                  cap=lambda b: '<p style="text-align: center;"><img alt="" src="%s" style="width: 700px; height: 466px;" /></p>\n<p style="text-align: center;"><em>%s</em></p>' % (b[2], esc(b[1])),
                  ol=lambda b: '<ol style="text-align: justify;">%s</ol>' % "".join("<li>%s</li>" % esc(x) for x in b[1]))
    byline = '<p style="text-align: right;"><strong>%s</strong><br />\n%s</p>' % (esc(a["author_lines"][0]), esc(a["author_lines"][1]))
    main = """<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tinchitiet">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div>
<div class="portlet-content-container"><div class="portlet-body">
<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="%(b)s" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="%(b)s/tin-tuc-su-kien"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li><li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">Tin hoạt động của xã</span></li></ol>
<div class="journal-content-article " data-analytics-asset-id="1452093" data-analytics-asset-title="%(ta)s" data-analytics-asset-type="web-content">
<div class="vnpt-news-detail">
<h1 class="title-detail">%(t)s</h1>
<div class="meta-detail"><span class="date-detail"><i class="fa fa-clock-o"></i> %(wd)s, %(d)s - %(hm)s</span> <span class="view-detail"><i class="fa fa-eye"></i> Lượt xem: %(v)s</span></div>
%(tools)s
<div class="sapo-detail">%(lead)s</div>
<div class="content-detail">
%(body)s
%(byline)s
</div>
</div>
</div>
<div class="rating-detail"><span>Đánh giá bài viết:</span> <span class="stars" data-score="0">&#9734;&#9734;&#9734;&#9734;&#9734;</span> <span>(0 lượt đánh giá)</span></div>
<div class="tags-detail"><span>Từ khóa:</span> <a href="%(b)s/tim-kiem?tag=hdnd-xa">HĐND xã</a>, <a href="%(b)s/tim-kiem?tag=ky-hop">kỳ họp</a>, <a href="%(b)s/tim-kiem?tag=nghi-quyet">nghị quyết</a></div>
</div></div></div></section>
<section class="portlet portlet-tin-khac"><div class="portlet-title"><h2>Tin cùng chuyên mục</h2></div><div class="portlet-content">
%(same)s
</div></section>
%(cmt)s
""" % dict(b=HT_BASE, t=esc(a["title"]), ta=att(a["title"]), wd=thu(pub), d=dmy(pub), hm=hm(pub),
           v=dotnum(views(rng, 300, 2000)), tools=font_tools("tools-detail"), lead=esc(a["lead"]),
           body=body, byline=byline,
           same=news_list(same, HT_BASE + "/w", lambda d: "(%s)" % dmy(d), "list-tin-cung-chuyen-muc", suffix=""),
           cmt=comment_form())
    og = ('<meta property="og:title" content="%s" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="%s" />\n'
          '<meta property="og:image" content="%s%s" />\n<meta property="og:description" content="%s" />\n<meta name="description" content="%s" />'
          % (att(a["title"]), url, HT_BASE, a["blocks"][1][2], att(a["lead"]), att(a["lead"])))
    page = liferay7_shell(rng, a["title"] + " - " + HT_SITE, url, main, ht_side(rng), "detail-page", og)
    return page, gold_article("i01", "vnpt-liferay7", url)


def page_n01(rng):
    url = HT_BASE + "/tin-tuc-su-kien/tin-hoat-dong-cua-xa"
    items = pick(rng, POOL_XA, 12, D("2026-09-20T07:00"), D("2026-11-21T17:00"))
    rows = []
    for i, (t, d) in enumerate(items):
        href = "%s/w/%s" % (HT_BASE, slug(t))
        summ = "Ngày %d/%d, %s. Đây là một trong những nhiệm vụ trọng tâm của xã trong thời gian tới nhằm đáp ứng yêu cầu của Nhân dân." % (
            d.day, d.month, rng.choice(["UBND xã Hồng Thái tổ chức triển khai nội dung này tại hội trường trụ sở chính",
                                         "các ban, ngành, đoàn thể xã phối hợp với các thôn tổ chức thực hiện",
                                         "Đảng ủy xã chỉ đạo các chi bộ quán triệt, thực hiện nghiêm túc",
                                         "Ủy ban MTTQ Việt Nam xã phối hợp với chính quyền tổ chức thực hiện"]))
        rows.append('<div class="news-item row"><div class="col-md-4"><a href="%s"><img alt="%s" src="%s/documents/20182/0/thumb-%d.jpg" /></a></div>'
                    '<div class="col-md-8"><h3 class="news-title"><a href="%s">%s</a></h3><p class="news-date"><i class="fa fa-clock-o"></i> %s</p>'
                    '<p class="news-summary">%s</p></div></div>' % (href, att(t), HT_BASE, 1460000 + i, href, esc(t), dmy(d), esc(summ)))
    pager = '<ul class="pagination"><li class="page-item disabled"><a class="page-link">&laquo;</a></li>' + "".join(
        '<li class="page-item%s"><a class="page-link" href="%s?cur=%d">%d</a></li>' % (" active" if k == 1 else "", url, k, k) for k in range(1, 8)) + \
        '<li class="page-item"><a class="page-link" href="%s?cur=2">&raquo;</a></li></ul>' % url
    main = """<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_dsTin">
<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="%s">Trang chủ</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="%s/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="breadcrumb-item"><span class="active">Tin hoạt động của xã</span></li></ol>
<h1 class="category-title">Tin hoạt động của xã</h1>
<div class="list-news-category">
%s
</div>
%s
</div></div></div></section>
""" % (HT_BASE, HT_BASE, "\n".join(rows), pager)
    page = liferay7_shell(rng, "Tin hoạt động của xã - " + HT_SITE, url, main, ht_side(rng), "category-page")
    return page, {"kind": "listing", "platform": "vnpt-liferay7", "url": url, "charset": "utf-8"}


# ---------------------------------------------------- Viettel-like portal (phường, Hải Phòng)
def page_i02(rng):
    a = A["i02"]
    base = "https://tanhung.haiphong.gov.vn"
    url = base + "/tin-tuc-su-kien/phuong-tan-hung-chuyen-doi-so-tu-to-dan-pho-den-trung-tam-phuc-vu-hanh-chinh-cong-a18342.html"
    site = "Cổng thông tin điện tử phường Tân Hưng"
    pub = D(a["pub"][:19])
    related = pick(rng, POOL_XA, 3, D("2025-08-01T07:00"), D("2025-10-05T07:00"))
    rel_html = ('<div class="vt-related-inline"><div class="vt-related-title">Tin liên quan</div><ul>%s</ul></div>'
                % "".join('<li><a href="%s/tin-tuc-su-kien/%s-a%d.html">%s</a></li>' % (base, slug(t), 18000 + i, esc(t)) for i, (t, d) in enumerate(related)))
    blocks = list(a["blocks"])
    blocks.insert(5, ("nb", rel_html))
    body = render(blocks,
                  p=lambda b: '<p style="text-align: justify;">%s</p>' % esc(b[1]),
                  h=lambda b: '<p style="text-align: justify;"><strong>%s</strong></p>' % esc(b[1]),
                  cap=lambda b: '<figure class="vt-image"><img alt="" data-original="%s" src="%s" /><figcaption><p>%s</p></figcaption></figure>' % (b[2], b[2], esc(b[1])))
    menu = MENU_XA[:]
    menu[1] = ("Giới thiệu", ["Tổng quan về phường", "Lịch sử hình thành", "Cơ cấu tổ chức", "Lãnh đạo phường", "Các tổ dân phố", "Danh bạ điện thoại"])
    newest = pick(rng, POOL_XA + POOL_TINH, 10, D("2026-11-01T07:00"), D("2026-11-22T07:00"))
    most = pick(rng, POOL_XA, 6, D("2026-10-01T07:00"), D("2026-11-20T07:00"))
    same = pick(rng, POOL_XA + POOL_TINH, 10, D("2025-08-01T07:00"), D("2025-10-05T17:00"))
    tdp = "".join('<li><a href="%s/to-dan-pho/to-%d">Tổ dân phố số %d</a></li>' % (base, k, k) for k in range(1, 42))
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(t)s | %(site)s</title>
<meta name="description" content="%(lead_a)s">
<meta name="keywords" content="chuyển đổi số, Tân Hưng, hành chính công, tổ dân phố">
<meta property="og:site_name" content="%(site)s">
<meta property="og:title" content="%(t_a)s">
<meta property="og:description" content="%(lead_a)s">
<meta property="og:image" content="%(b)s/Uploads/images/2025/10/06/tan-hung-1.jpg">
<meta property="og:url" content="%(u)s">
<link rel="canonical" href="%(u)s">
<link rel="shortcut icon" href="%(b)s/Content/vtportal/img/favicon.ico">
<link rel="stylesheet" href="%(b)s/Content/vtportal/css/bootstrap.min.css">
<link rel="stylesheet" href="%(b)s/Content/vtportal/css/font-awesome.min.css">
<link rel="stylesheet" href="%(b)s/Content/vtportal/css/style.css?v=3.8.12">
<style>.vt-content p{line-height:1.6;margin-bottom:12px}.vt-content figure{margin:10px auto;text-align:center}.vt-content figcaption{font-style:italic;color:#555;font-size:14px}.vt-related-inline{border-left:3px solid #b4141b;padding:6px 12px;margin:12px 0;background:#f7f7f7}.vt-related-inline ul{margin:0;padding-left:16px}</style>
%(ga)s
<script>var VTPortal={siteId:214,pageId:3,articleId:18342,catId:11,apiBase:'/api/portal/v2/',lang:'vi'};</script>
</head>
<body class="vt-portal vt-detail">
<div class="vt-topbar"><div class="container"><span class="vt-today">%(wd)s, ngày %(cd)s</span><span class="vt-hotline">Đường dây nóng: 0225.3846.118</span><ul class="vt-toplinks"><li><a href="%(b)s/so-do-site">Sơ đồ site</a></li><li><a href="%(b)s/rss">RSS</a></li><li><a href="https://dichvucong.haiphong.gov.vn">Dịch vụ công</a></li><li><a href="%(b)s/dang-nhap">Đăng nhập</a></li></ul></div></div>
<header class="vt-header"><div class="container"><a class="vt-logo" href="%(b)s"><img src="%(b)s/Content/vtportal/img/quoc-huy.png" alt="Quốc huy"></a>
<div class="vt-sitename"><p class="l1">Cổng thông tin điện tử</p><p class="l2">Phường Tân Hưng</p><p class="l3">Thành phố Hải Phòng</p></div>
<form class="vt-search" action="%(b)s/tim-kiem" method="get"><input type="text" name="keyword" placeholder="Tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form></div></header>
<nav class="vt-menu"><div class="container">
%(nav)s
</div></nav>
<div class="vt-marquee"><div class="container"><b>Tin nổi bật:</b> <marquee scrollamount="3">%(marq)s</marquee></div></div>
<div class="container vt-main"><div class="row">
<div class="col-md-8 col-sm-12">
<ol class="breadcrumb vt-breadcrumb"><li><a href="%(b)s">Trang chủ</a></li><li><a href="%(b)s/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="active">Tin hoạt động của phường</li></ol>
<div class="vt-news-detail" itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="vt-title" itemprop="headline">%(t)s</h1>
<div class="vt-meta"><span class="vt-author">Bài, ảnh: %(au)s</span> <span class="sep">|</span> <span class="vt-date">%(d)s | %(hm)s GMT+7</span> <span class="sep">|</span> <span class="vt-views"><i class="fa fa-eye"></i> %(v)s</span></div>
%(tools)s
<h2 class="vt-sapo">%(lead)s</h2>
<div class="vt-content" id="content-detail" itemprop="articleBody">
%(body)s
</div>
<div class="vt-tags"><i class="fa fa-tags"></i> <a href="%(b)s/tag/chuyen-doi-so">chuyển đổi số</a> <a href="%(b)s/tag/cai-cach-hanh-chinh">cải cách hành chính</a> <a href="%(b)s/tag/to-cong-nghe-so-cong-dong">tổ công nghệ số cộng đồng</a></div>
<div class="vt-share"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%(u)s" target="_blank">Facebook</a> <a class="zl" href="https://zalo.me/share?u=%(u)s" target="_blank">Zalo</a> <a class="cp" href="javascript:void(0)" onclick="navigator.clipboard.writeText(location.href)">Sao chép liên kết</a></div>
</div>
<div class="vt-box vt-other"><div class="vt-box-title"><span>Tin cùng chuyên mục</span></div>
%(same)s
</div>
%(cmt)s
</div>
<aside class="col-md-4 col-sm-12 vt-sidebar">
<div class="vt-box"><div class="vt-box-title"><span>Tin mới nhất</span></div>%(newest)s</div>
<div class="vt-box"><div class="vt-box-title"><span>Tin đọc nhiều</span></div>%(most)s</div>
<div class="vt-box"><div class="vt-box-title"><span>Các tổ dân phố</span></div><ul class="vt-tdp">%(tdp)s</ul></div>
<div class="vt-box vt-banner"><a href="https://dichvucong.gov.vn"><img src="%(b)s/Uploads/banner/dvcqg.png" alt="Cổng dịch vụ công quốc gia"></a><a href="https://haiphong.gov.vn"><img src="%(b)s/Uploads/banner/cong-tp.png" alt="Cổng thông tin điện tử thành phố Hải Phòng"></a><a href="%(b)s/lich-cong-tac"><img src="%(b)s/Uploads/banner/lich-cong-tac.png" alt="Lịch công tác"></a></div>
%(links)s
%(cnt)s
</aside>
</div></div>
<footer class="vt-footer"><div class="container"><div class="row"><div class="col-md-8">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN HƯNG - THÀNH PHỐ HẢI PHÒNG</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân phường Tân Hưng</p><p>Trụ sở: Số 18 đường Tứ Minh, phường Tân Hưng, thành phố Hải Phòng. Điện thoại: 0225.3846.118</p>
<p>Người chịu trách nhiệm: Đỗ Thị Thu Hằng - Phó Chủ tịch UBND phường</p></div>
<div class="col-md-4"><p>Giải pháp cổng thông tin điện tử do Viettel Hải Phòng cung cấp</p><p>© Bản quyền thuộc UBND phường Tân Hưng</p></div></div></div></footer>
<a href="#" class="vt-backtop" title="Lên đầu trang"><i class="fa fa-chevron-up"></i></a>
<script src="%(b)s/Content/vtportal/js/jquery-3.6.0.min.js"></script>
<script src="%(b)s/Content/vtportal/js/bootstrap.min.js"></script>
<script src="%(b)s/Content/vtportal/js/portal.js?v=3.8.12"></script>
<script>$(function(){$.post(VTPortal.apiBase+'article/view',{id:VTPortal.articleId});$('.vt-backtop').click(function(){$('html,body').animate({scrollTop:0},400);return false;});});function changeFont(s){var e=$('.vt-content');var f=parseInt(e.css('font-size'));e.css('font-size',(s===0?16:f+s*2)+'px');}</script>
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), site=site, lead_a=att(a["lead"]), lead=esc(a["lead"]), b=base, u=url,
           ga=ga_script("G-TH%06d" % rng.randrange(10 ** 6)), wd=thu(CRAWL, "title"), cd=dmy(CRAWL),
           nav=nav_ul(menu, base, "vt-nav", "vt-nav-item", "vt-sub"), marq=" &bull; ".join(esc(t) for t, d in newest[:4]),
           au=esc(a["author"]), d=dmy(pub), hm=hm(pub), v=dotnum(views(rng, 500, 3000)), tools=font_tools("vt-tools"),
           body=body, same=news_list(same, base + "/tin-tuc-su-kien", lambda d: "(%s)" % dmy(d), "vt-list", idbase=17900),
           cmt=comment_form("Gửi ý kiến về bài viết", "vt-comment"),
           newest=news_list(newest, base + "/tin-tuc-su-kien", lambda d: dmy(d) + " " + hm(d), "vt-list vt-newest", idbase=19100),
           most=news_list(most, base + "/tin-tuc-su-kien", lambda d: dmy(d), "vt-list", idbase=19000),
           tdp=tdp, links=link_select(rng, "Liên kết website", 60, (("Phường", 2), ("Xã", 3))), cnt=visit_counter(rng, "vt-box vt-counter"))
    return page, gold_article("i02", "viettel-portal", url)


# ---------------------------------------------------- SharePoint 2013 blog (Sở NN&MT Lào Cai)
def page_i03(rng):
    a = A["i03"]
    base = "https://snnmt.laocai.gov.vn"
    url = base + "/tintuc/Lists/Posts/Post.aspx?ID=1287"
    site = "Sở Nông nghiệp và Môi trường tỉnh Lào Cai"
    pub = D(a["pub"][:19])

    def sp_table(b):
        rows = b[1]
        out = ['<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody>']
        out.append('<tr class="ms-rteTableHeaderRow-default">%s</tr>' % "".join(
            '<th class="ms-rteTableHeader%s-default" rowspan="1" colspan="1">%s</th>' % ("FirstCol" if i == 0 else ("LastCol" if i == len(rows[0]) - 1 else "EvenCol" if i % 2 else "OddCol"), esc(c)) for i, c in enumerate(rows[0])))
        for r, row in enumerate(rows[1:]):
            out.append('<tr class="ms-rteTable%sRow-default">%s</tr>' % ("Odd" if r % 2 == 0 else "Even", "".join(
                '<td class="ms-rteTable%s-default" rowspan="1" colspan="1">%s</td>' % ("FirstCol" if i == 0 else ("OddCol" if i % 2 else "EvenCol"), esc(c)) for i, c in enumerate(row))))
        out.append("</tbody></table>")
        return "".join(out)

    body = render(a["blocks"], p=lambda b: '<p style="text-align:justify">%s</p>' % esc(b[1]), table=sp_table)
    byline = '<div style="text-align:right"><strong>%s</strong></div>' % esc(a["author"])
    hr12 = pub.hour % 12 or 12
    sp_time = "%d:%02d %s" % (hr12, pub.minute, "SA" if pub.hour < 12 else "CH")
    vs = rand_b64(rng, 9000)
    recent = pick(rng, POOL_TINH, 10, D("2025-09-01T07:00"), D("2025-10-21T17:00"))
    months = [("Tháng Mười Một", 2026, 31), ("Tháng Mười", 2026, 44), ("Tháng Chín", 2026, 38), ("Tháng Tám", 2026, 41), ("Tháng Bảy", 2026, 36),
              ("Tháng Sáu", 2026, 40), ("Tháng Năm", 2026, 35), ("Tháng Tư", 2026, 39), ("Tháng Ba", 2026, 42), ("Tháng Hai", 2026, 27),
              ("Tháng Một", 2026, 45), ("Tháng Mười Hai", 2025, 48), ("Tháng Mười Một", 2025, 43), ("Tháng Mười", 2025, 46)]
    archive = "".join('<li><a href="%s/tintuc/Lists/Posts/Archive.aspx?StartDateTime=%d-%02d-01">%s %d</a> (%d)</li>' % (base, y, 12 - i if y == 2025 else 11 - i, m, y, n) for i, (m, y, n) in enumerate(months))
    cats = "".join('<li><a href="%s/tintuc/Lists/Categories/Category.aspx?CategoryId=%d&amp;Name=%s">%s</a></li>' % (base, k + 1, slug(c), esc(c)) for k, c in enumerate(
        ["Tin hoạt động", "Trồng trọt - Bảo vệ thực vật", "Chăn nuôi - Thú y", "Lâm nghiệp", "Thủy lợi - Phòng chống thiên tai", "Tài nguyên - Môi trường", "Nông thôn mới", "Khuyến nông"]))
    nav = nav_ul(MENU_SO, base, "root ms-core-listMenu-root static", "static", "dynamic", "static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode")
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	%(t)s
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a%%2BX1HgvpUeXzEZ7XvfVdw%%3D%%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/blog.css?rev=lSeu7wWRtAZhnNH%%2FjsqzcA%%3D%%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/snnmt/css/portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=6lWF4E6X2VhT6F%%2Bz2WjTxw%%3D%%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=%(sr)s&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%%2F8A%%3D%%3DTAG0"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=Bh5vd6S8nPGvBzwEB8Gzdg\\u00253D\\u00253DTAG0");RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev=yKqk2I3DrS5r3wMB9YWFYQ\\u00253D\\u00253DTAG0");RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi\\u00252Dvn\\u0026name=SP\\u00252ERes\\u0026rev=yNk\\u00252FhRzgBn40LJVP\\u00252BqfgdQ\\u00253D\\u00253D");RegisterSod("sp.ui.dialog.js", "\\u002f_layouts\\u002f15\\u002fsp.ui.dialog.js?rev=3Oh2QbaaiXSb7ldu2zd6QQ\\u00253D\\u00253DTAG0");</script>
<link type="text/xml" rel="alternate" href="/tintuc/_layouts/15/listfeed.aspx?List=%%7B5C8E3F71-2A4B-4E0B-9E61-C0D0A7B1F2E4%%7D" id="RSSLink" title="RSS cho Bài đăng" />
<link rel="canonical" href="%(u)s" />
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./Post.aspx?ID=1287" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%(digest)s,22 Nov 2026 01:12:09 -0000" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIPD2QWAgIBDxYCHhNQcmV2aW91c0NvbnRyb2xNb2RlCymIAU1pY3Jvc29mdC5TaGFyZVBvaW50LldlYkNvbnRyb2xzLlNQQ29udHJvbE1vZGUs%(vs)s" />
</div>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="snnmt-header"><div class="container">
<div class="topline"><span class="today">%(wd)s, %(cd)s</span> <a href="%(b)s/_layouts/15/Authenticate.aspx?Source=%%2Ftintuc">Đăng nhập</a></div>
<a href="%(b)s" class="logo"><img src="/Style%%20Library/snnmt/images/logo.png" alt="Logo" /></a>
<div class="org"><span class="up">UBND TỈNH LÀO CAI</span><span class="name">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</span></div>
<div class="ms-srch-sb ms-srch-sb-border"><input type="text" value="Tìm kiếm..." maxlength="2048" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Tìm" class="ms-srch-sb-searchLink" href="javascript: {}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm" /></a></div>
</div></div>
<div class="snnmt-nav"><div class="container"><div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox">
%(nav)s
</div></div></div>
<div id="contentRow" class="container">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
<div class="ms-blog-LeftColumn">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Danh mục</span></h2></div><ul class="ms-blog-listMenu-root">%(cats)s</ul></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Lưu trữ</span></h2></div><ul class="ms-blog-listMenu-root">%(arch)s</ul></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Bài đăng gần đây</span></h2></div>%(recent)s</div>
</div>
</div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="ms-breadcrumb-top"><a href="%(b)s">Trang chủ</a> &gt; <a href="%(b)s/tintuc">Tin tức</a> &gt; <span>Bài đăng</span></div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div WebPartID="4b0d3e7a-6f7e-4a44-8d15-9a1f2d6c3e5b" HasPers="false" id="WebPartWPQ2" width="100%%" class="ms-WPBody noindex" OnlyForMePart="true" allowDelete="false" style="">
<div class="ms-blog-postList">
<div class="ms-blog-postBox ms-shadow" id="ms-blog-postBox-1287">
<div class="ms-blog-postDateCal"><div class="ms-textSmall ms-blog-calMonth">Th%(mo)d</div><div class="ms-blog-calDay">%(day)d</div></div>
<div class="ms-blog-postBoxMargin">
<h1 class="ms-blog-postTitle"><a href="%(u)s">%(t)s</a></h1>
<div class="ms-metadata ms-textSmall">%(spdate)s</div>
<div class="ms-blog-postBody"><div class="ms-rtestate-field">
%(body)s
%(byline)s
</div></div>
<div class="ms-blog-command ms-textSmall"><span class="ms-blog-command-noWrap">Đăng bởi <a href="/_layouts/15/userdisp.aspx?ID=14" class="ms-subtleLink">Quản trị hệ thống</a></span> lúc %(sptime)s trong <a href="%(b)s/tintuc/Lists/Categories/Category.aspx?CategoryId=2">Trồng trọt - Bảo vệ thực vật</a> | <a href="%(b)s/tintuc/Lists/Comments/NewForm.aspx?PostID=1287">Bình luận (0)</a> | <a href="javascript:;" onclick="window.print()">In</a> | <a href="mailto:?body=%(u)s">Gửi email</a> | <span>Lượt xem: %(v)s</span></div>
</div></div>
</div>
</div></div></div></div>
</div></div>
</div>
<div class="snnmt-footer"><div class="container">
<p><b>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÀO CAI</b></p>
<p>Địa chỉ: Tầng 5, Khối 7 tầng, Trung tâm hành chính tỉnh, phường Lào Cai, tỉnh Lào Cai</p>
<p>Điện thoại: 0214.3840.135 - Fax: 0214.3840.134 - Email: snnmt@laocai.gov.vn</p>
<p>Chịu trách nhiệm: Giám đốc Sở Nông nghiệp và Môi trường</p>
</div></div>
</div></div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAM%(ev)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;var _spPageContextInfo = {webServerRelativeUrl: "\\u002ftintuc", webAbsoluteUrl: "%(b)s\\u002ftintuc", siteAbsoluteUrl: "%(b)s", serverRequestPath: "\\u002ftintuc\\u002fLists\\u002fPosts\\u002fPost.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "Tin tức", webTemplate: "9", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-22T01:12:09.4412360Z") - new Date(), siteClientTag: "219$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673},pageListId:"{5c8e3f71-2a4b-4e0b-9e61-c0d0a7b1f2e4}",pageItemId:1287, pagePersonalizationScope:1, alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'};
function WebForm_OnSubmit() {UpdateFormDigest('\\u002ftintuc', 1440000);return true;}
//]]>
</script>
</form>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), b=base, u=url, sr=rand_b64(rng, 60).replace("+", "-").replace("/", "_").rstrip("="),
           digest=rand_hex(rng, 128).upper(), vs=vs, wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav, cats=cats, arch=archive,
           recent=news_list(recent, base + "/tintuc/Lists/Posts", lambda d: dmy(d), "ms-blog-recent", suffix=".aspx", idbase=1240),
           mo=pub.month, day=pub.day, spdate="%s %s" % (dmy(pub), sp_time), sptime=sp_time, body=body, byline=byline,
           v=dotnum(views(rng, 100, 900)), gen=rand_hex(rng, 8).upper(), ev=rand_b64(rng, 90), ga=ga_script("UA-%d-1" % rng.randrange(10 ** 8)))
    return page, gold_article("i03", "sharepoint-blog", url)


# ---------------------------------------------------- NukeViet 4 (Hội Nông dân tỉnh An Giang)
def page_i04(rng):
    a = A["i04"]
    base = "https://hoinongdan.angiang.gov.vn"
    url = base + "/news/thong-bao-huong-dan/huong-dan-binh-xet-danh-hieu-ho-san-xuat-kinh-doanh-gioi-cac-cap-giai-doan-2026-2028-1423.html"
    site = "Hội Nông dân tỉnh An Giang"
    pub = D(a["pub"][:19])
    body = render(a["blocks"], p=lambda b: '<p style="text-align: justify;">%s</p>' % esc(b[1]))
    files = []
    for name, fn, size in a["attachments"]:
        ext = fn.rsplit(".", 1)[1]
        icon = "fa-file-pdf-o" if ext == "pdf" else "fa-file-word-o"
        files.append('<li><em class="fa %s">&nbsp;</em> <a href="%s/uploads/news/2026_03/%s" title="%s">%s</a> <span class="text-muted">(%s)</span> '
                     '<a class="btn btn-default btn-xs" href="%s/news/thong-bao-huong-dan/huong-dan-binh-xet-danh-hieu-1423.html?download=1&amp;id=%d" rel="nofollow"><em class="fa fa-download"></em> Tải về</a>'
                     '%s</li>' % (icon, base, fn, att(name), esc(name), size, base, len(files),
                                  (' <a class="btn btn-default btn-xs" href="javascript:void(0)" onclick="nv_open_browse(\'%s/uploads/news/2026_03/%s\', \'pdfview\', 850, 600)"><em class="fa fa-eye"></em> Xem trực tuyến</a>' % (base, fn)) if ext == "pdf" else ""))
    older = pick(rng, POOL_NONGDAN, 5, D("2026-01-05T07:00"), D("2026-03-11T17:00"))
    newer = pick(rng, POOL_NONGDAN, 4, D("2026-03-12T17:00"), D("2026-04-20T17:00"), exclude=[t for t, d in older])
    newest = pick(rng, POOL_NONGDAN, 8, D("2026-11-02T07:00"), D("2026-11-21T17:00"))
    hot = pick(rng, POOL_NONGDAN, 6, D("2026-06-01T07:00"), D("2026-11-15T17:00"))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Hội", "Cơ cấu tổ chức", "Ban Thường vụ", "Các ban chuyên môn"]),
            ("Tin tức - Sự kiện", ["Hoạt động Hội", "Nông dân sản xuất giỏi", "Gương điển hình", "Khoa học - Kỹ thuật"]),
            ("Thông báo - Hướng dẫn", []), ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản Tỉnh hội", "Văn bản Đảng, Nhà nước"]),
            ("Quỹ Hỗ trợ nông dân", []), ("Dịch vụ - Hỗ trợ", ["Dạy nghề", "Tư vấn pháp luật", "Tiêu thụ nông sản"]), ("Liên hệ", [])]

    def nv_list(items, cls):
        return '<ul class="%s">%s</ul>' % (cls, "".join(
            '<li class="clearfix"><a title="%s" href="%s/news/hoat-dong-hoi/%s-%d.html">%s</a> <em class="text-muted">(%s)</em></li>'
            % (att(t), base, slug(t), 1300 + i * 3, esc(t), dmy(d)) for i, (t, d) in enumerate(items)))

    page = """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>%(t)s - %(site)s</title>
<meta name="description" content="%(lead_a)s">
<meta name="keywords" content="hộ sản xuất kinh doanh giỏi, bình xét, hội nông dân">
<meta name="news_keywords" content="hộ sản xuất kinh doanh giỏi, bình xét, hội nông dân">
<meta name="author" content="Hội Nông dân tỉnh An Giang">
<meta name="copyright" content="Hội Nông dân tỉnh An Giang [webmaster@hoinongdan.angiang.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="%(t_a)s">
<meta property="og:type" content="article">
<meta property="og:description" content="%(lead_a)s">
<meta property="og:site_name" content="%(site)s">
<meta property="og:image" content="%(b)s/uploads/news/2026_03/binh-xet-sxkdg.jpg">
<meta property="og:url" content="%(u)s">
<meta property="article:published_time" content="%(iso)s">
<meta property="article:modified_time" content="2026-03-12T15:47:20+07:00">
<meta property="article:section" content="Thông báo - Hướng dẫn">
<meta property="article:tag" content="hộ sản xuất kinh doanh giỏi">
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="%(u)s">
<link rel="alternate" href="/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1714">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1714">
<link rel="StyleSheet" href="/themes/hoinongdan/css/bootstrap.non-responsive.css?t=1714">
<link rel="StyleSheet" href="/themes/hoinongdan/css/style.css?t=1714">
<link rel="StyleSheet" href="/themes/hoinongdan/css/news.css?t=1714">
<style>.hometext{font-weight:600}.news_files li{padding:4px 0;border-bottom:1px dashed #ddd}</style>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="%(site)s" href="/"><img src="/uploads/logo-hnd.png" width="90" height="90" alt="%(site)s"></a><span class="site_name">HỘI NÔNG DÂN TỈNH AN GIANG</span><span class="site_description">Vì nông dân, nông nghiệp, nông thôn</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
%(nav)s
</div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#"><em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div><div class="all-breadcrumbs" id="breadcrumbs"><ul class="list-none">
<li><a href="/" title="Trang nhất"><span><em class="fa fa-lg fa-home"></em> Trang nhất</span></a></li><li><a href="/news/" title="Tin Tức"><span>Tin Tức</span></a></li><li><a href="/news/thong-bao-huong-dan/" title="Thông báo - Hướng dẫn"><span>Thông báo - Hướng dẫn</span></a></li>
</ul></div></div></div>
<div class="current-time col-xs-24 col-sm-6 col-md-6 text-right"><em class="fa fa-clock-o">&nbsp;</em> %(wd)s, %(cd)s</div>
</div></div></div></nav>
<div class="row">
<div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%(t)s</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">Lâm Thị Kiều Oanh</span></div>
<span class="hidden hide d-none" itemprop="datePublished">%(iso)s</span>
<span class="hidden hide d-none" itemprop="dateModified">2026-03-12T15:47:20+07:00</span>
<span class="hidden hide d-none" itemprop="description">%(lead_a)s</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">%(u)s</span>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">%(wdp)s - %(dp)s %(hm)s</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/1423/', '', 650, 500, 'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/1423/', '', 840, 500, 'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/1423/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div>
</div>
<div class="clearfix">
<figure class="article left pointer" onclick="modalShowByObj('#imghome', 'sizecontent');"><div id="imghome" class="pointer"><img alt="%(t_a)s" src="/assets/news/2026_03/binh-xet-sxkdg.jpg" width="460" class="img-thumbnail"></div></figure>
<div class="hometext m-bottom" itemprop="description">%(lead)s</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
%(body)s
</div>
<div class="news_files margin-bottom-lg"><h4><em class="fa fa-paperclip"></em> Tài liệu đính kèm</h4><ul class="list-unstyled">
%(files)s
</ul></div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>%(au)s</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Kinh tế - Xã hội, Hội Nông dân tỉnh</p></div>
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body">
<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a title="hộ sản xuất kinh doanh giỏi" href="/news/tag/ho-san-xuat-kinh-doanh-gioi"><em>hộ sản xuất kinh doanh giỏi</em></a>, <a title="bình xét" href="/news/tag/binh-xet"><em>bình xét</em></a>, <a title="phong trào nông dân" href="/news/tag/phong-trao-nong-dan"><em>phong trào nông dân</em></a></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><span class="click-rating">Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix">%(newer)s</div>
<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix">%(older)s</div>
</div></div>
</div>
<div class="col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin mới</div><div class="panel-body">%(newest)s</div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body">%(hot)s</div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết</div><div class="panel-body"><a href="https://hoinongdanvn.vn"><img src="/uploads/banner/trung-uong-hoi.png" alt="Trung ương Hội Nông dân Việt Nam" class="img-responsive"></a><a href="https://angiang.gov.vn"><img src="/uploads/banner/cong-tinh.png" alt="Cổng thông tin điện tử tỉnh An Giang" class="img-responsive"></a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>%(on)d</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">%(today)s</span></li><li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>%(month)s</span></li><li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>%(total)s</span></li></ul></div></div>
</div>
</div>
</div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body"><h3>HỘI NÔNG DÂN TỈNH AN GIANG</h3><ul class="company_info"><li class="company_name">Cơ quan chủ quản: Ban Thường vụ Hội Nông dân tỉnh An Giang</li><li><em class="fa fa-map-marker"></em><span>Địa chỉ: 12 Lê Lợi, phường Long Xuyên, tỉnh An Giang</span></li><li><em class="fa fa-phone"></em><span>Điện thoại: 0296.3852.771</span></li><li><em class="fa fa-envelope"></em><span>Email: hoinongdan@angiang.gov.vn</span></li></ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body">Chịu trách nhiệm nội dung: Chủ tịch Hội Nông dân tỉnh<br>Giấy phép số 21/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày 04/9/2025<br>&copy; Bản quyền thuộc về Hội Nông dân tỉnh An Giang</div></div>
</div></div></div></footer>
<div class="footer-copyright">Powered by <a href="https://nukeviet.vn">NukeViet CMS</a></div>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/jquery/jquery.min.js?t=1714"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Q8x2a",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/language/vi.js?t=1714"></script>
<script src="/assets/js/global.js?t=1714"></script>
<script src="/themes/hoinongdan/js/news.js?t=1714"></script>
<script src="/themes/hoinongdan/js/main.js?t=1714"></script>
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), site=site, lead=esc(a["lead"]), lead_a=att(a["lead"]), b=base, u=url,
           iso=a["pub"], wd=thu(CRAWL), cd=dmy(CRAWL), wdp=thu(pub), dp=dmy(pub), hm=hm(pub),
           nav=nav_ul(menu, "", "nav navbar-nav", "", "dropdown-menu"), body=body, files="\n".join(files), au=esc(a["author"]),
           newer=nv_list(newer, "related list-none list-items"), older=nv_list(older, "related list-none list-items"),
           newest=nv_list(newest, "list-none"), hot=nv_list(hot, "list-none"), on=rng.randrange(5, 60),
           today=dotnum(rng.randrange(200, 1500)), month=dotnum(rng.randrange(9000, 40000)), total=dotnum(rng.randrange(500000, 2000000)))
    return page, gold_article("i04", "nukeviet", url)


# ---------------------------------------------------- WordPress (Tỉnh đoàn Quảng Trị)
def page_i05(rng):
    a = A["i05"]
    base = "https://tinhdoanquangtri.vn"
    slug_ = "hon-1-200-doan-vien-thanh-nien-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2026"
    url = "%s/%s/" % (base, slug_)
    site = "Tỉnh đoàn Quảng Trị"
    pub = D(a["pub"][:19])
    pub_utc = pub - dt.timedelta(hours=7)
    mod = D("2026-07-05T09:02:41")
    mod_utc = mod - dt.timedelta(hours=7)
    body = render(a["blocks"],
                  cap=lambda b: '<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" src="%s" alt="" class="wp-image-%d" srcset="%s 1024w, %s 300w, %s 768w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">%s</figcaption></figure>'
                  % (b[2], 4830 + len(b[1]) % 7, b[2], b[2].replace("1024x683", "300x200"), b[2].replace("1024x683", "768x512"), esc(b[1])))
    au1, au2 = a["author"].split(", ")
    byline = '<p class="has-text-align-right"><strong>Tin: %s - Ảnh: %s</strong></p>' % (esc(au1), esc(au2))
    recent = pick(rng, POOL_DOANTHE, 7, D("2026-11-01T07:00"), D("2026-11-21T20:00"))
    related = pick(rng, POOL_DOANTHE, 3, D("2026-05-01T07:00"), D("2026-07-03T20:00"))
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": "tinhdoanqt", "@id": base + "/#/schema/person/5b1c0f0e2d"},
         "headline": a["title"], "datePublished": pub_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "dateModified": mod_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "mainEntityOfPage": {"@id": url}, "wordCount": 412,
         "publisher": {"@id": base + "/#organization"}, "image": {"@id": url + "#primaryimage"},
         "thumbnailUrl": a["blocks"][3][2], "articleSection": ["Tin hoạt động", "Tình nguyện"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"] + " – " + site, "isPartOf": {"@id": base + "/#website"},
         "datePublished": pub_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": mod_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": a["title"]}]},
        {"@type": "Person", "@id": base + "/#/schema/person/5b1c0f0e2d", "name": "tinhdoanqt"}]}
    months = ["Tháng mười một 2026", "Tháng mười 2026", "Tháng chín 2026", "Tháng tám 2026", "Tháng bảy 2026", "Tháng sáu 2026", "Tháng năm 2026",
              "Tháng tư 2026", "Tháng ba 2026", "Tháng hai 2026", "Tháng một 2026", "Tháng mười hai 2025", "Tháng mười một 2025", "Tháng mười 2025",
              "Tháng chín 2025", "Tháng tám 2025", "Tháng bảy 2025"]
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Đoàn", "Ban Thường vụ Tỉnh đoàn", "Các ban, đơn vị"]),
            ("Tin tức", ["Tin hoạt động", "Tình nguyện", "Thanh niên khởi nghiệp", "Đội - Thiếu nhi", "Hội LHTN - Hội Sinh viên"]),
            ("Gương sáng", []), ("Văn bản", ["Văn bản Trung ương Đoàn", "Văn bản Tỉnh đoàn"]), ("Thư viện", ["Ảnh", "Video"]), ("Liên hệ", [])]
    page = """<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>%(t)s &#8211; %(site)s</title>
	<link rel="canonical" href="%(u)s" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="%(t_a)s" />
	<meta property="og:description" content="%(desc)s" />
	<meta property="og:url" content="%(u)s" />
	<meta property="og:site_name" content="%(site)s" />
	<meta property="article:publisher" content="https://www.facebook.com/tinhdoanquangtri" />
	<meta property="article:published_time" content="%(putc)s" />
	<meta property="article:modified_time" content="%(mutc)s" />
	<meta property="og:image" content="%(img)s" />
	<meta name="author" content="tinhdoanqt" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="tinhdoanqt" />
	<meta name="twitter:label2" content="Ước tính thời gian đọc" />
	<meta name="twitter:data2" content="2 phút" />
	<script type="application/ld+json" class="yoast-schema-graph">%(ld)s</script>
	<!-- / Yoast SEO plugin. -->

<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Dòng thông tin %(site)s &raquo;" href="%(b)s/feed/" />
<link rel="alternate" type="application/rss+xml" title="Dòng phản hồi %(site)s &raquo;" href="%(b)s/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='%(b)s/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}.wp-block-file__button{background:#32373c;color:#fff;text-decoration:none}
</style>
<link rel='stylesheet' id='doanthanhnien-style-css' href='%(b)s/wp-content/themes/doanthanhnien/style.css?ver=2.3.1' media='all' />
<link rel='stylesheet' id='sharedaddy-css' href='%(b)s/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.8' media='all' />
<script src="%(b)s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="%(b)s/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="%(b)s/wp-json/wp/v2/posts/4821" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%(b)s/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel='shortlink' href='%(b)s/?p=4821' />
<link rel="icon" href="%(b)s/wp-content/uploads/2025/08/cropped-logo-doan-32x32.png" sizes="32x32" />
</head>

<body class="post-template-default single single-post postid-4821 single-format-standard wp-custom-logo wp-embed-responsive right-sidebar">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
	<div class="top-bar"><div class="container"><span class="top-date">%(wdc)s, %(cd)s</span><ul class="top-social"><li><a href="https://www.facebook.com/tinhdoanquangtri">Facebook</a></li><li><a href="https://www.youtube.com/@tinhdoanquangtri">YouTube</a></li><li><a href="https://zalo.me/tinhdoanquangtri">Zalo</a></li></ul></div></div>
	<header id="masthead" class="site-header">
		<div class="site-branding container">
			<a href="%(b)s/" class="custom-logo-link" rel="home"><img width="120" height="120" src="%(b)s/wp-content/uploads/2025/08/logo-doan.png" class="custom-logo" alt="%(site)s" decoding="async" /></a>
			<p class="site-title"><a href="%(b)s/" rel="home">%(site)s</a></p>
			<p class="site-description">Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị</p>
		</div>
		<nav id="site-navigation" class="main-navigation"><div class="container">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-menu-chinh-container">%(nav)s</div>
		</div></nav>
	</header>

	<div id="content" class="site-content container">
	<main id="primary" class="site-main">
		<nav class="breadcrumbs"><span><span><a href="%(b)s/">Trang chủ</a></span> » <span><a href="%(b)s/chuyen-muc/tin-hoat-dong/">Tin hoạt động</a></span> » <span class="breadcrumb_last" aria-current="page">%(t)s</span></span></nav>
<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-hoat-dong category-tinh-nguyen tag-mua-he-xanh tag-tinh-nguyen">
	<header class="entry-header">
		<h1 class="entry-title">%(t)s</h1>
		<div class="entry-meta">
			<span class="posted-on">Đăng ngày <a href="%(u)s" rel="bookmark"><time class="entry-date published" datetime="%(piso)s">%(pd)s</time><time class="updated" datetime="%(miso)s">%(md)s</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="%(b)s/author/tinhdoanqt/">tinhdoanqt</a></span></span>
		</div>
	</header>
	<div class="post-thumbnail"><img width="1024" height="683" src="%(thumb)s" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
	<div class="entry-content">
%(body)s
%(byline)s
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-4821" class="share-facebook sd-button share-icon" href="%(u)s?share=facebook" target="_blank" title="Nhấn vào chia sẻ trên Facebook"><span>Facebook</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="%(u)s#print" target="_blank" title="Nhấn để in ra"><span>In</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>%(rel)s</div>
	</div>
	<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="%(b)s/chuyen-muc/tin-hoat-dong/" rel="category tag">Tin hoạt động</a>, <a href="%(b)s/chuyen-muc/tinh-nguyen/" rel="category tag">Tình nguyện</a></span><span class="tags-links">Thẻ: <a href="%(b)s/the/mua-he-xanh/" rel="tag">mùa hè xanh</a>, <a href="%(b)s/the/tinh-nguyen/" rel="tag">tình nguyện</a></span></footer>
</article>
	<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="%(b)s/hoi-nghi-ban-chap-hanh-tinh-doan-lan-thu-ba/" rel="prev"><span class="nav-subtitle">Trước:</span> <span class="nav-title">Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ ba, nhiệm kỳ 2022 - 2027</span></a></div><div class="nav-next"><a href="%(b)s/ngay-hoi-thieu-nhi-vui-khoe/" rel="next"><span class="nav-subtitle">Tiếp:</span> <span class="nav-title">Ngày hội thiếu nhi vui khỏe, tiến bước lên Đoàn</span></a></div></div></nav>
<div id="comments" class="comments-area">
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3><form action="%(b)s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='4821' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>
	</div>
</div>
	</main>
<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="%(b)s/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>%(recent)s</section>
	<section id="media_image-3" class="widget widget_media_image"><a href="https://doanthanhnien.vn"><img width="300" height="120" src="%(b)s/wp-content/uploads/2025/08/banner-tw-doan.jpg" class="image wp-image-112 attachment-medium size-medium" alt="Trung ương Đoàn" decoding="async" /></a></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>%(arch)s</ul></section>
	<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li class="cat-item cat-item-3"><a href="%(b)s/chuyen-muc/tin-hoat-dong/">Tin hoạt động</a></li><li class="cat-item cat-item-5"><a href="%(b)s/chuyen-muc/tinh-nguyen/">Tình nguyện</a></li><li class="cat-item cat-item-7"><a href="%(b)s/chuyen-muc/thanh-nien-khoi-nghiep/">Thanh niên khởi nghiệp</a></li><li class="cat-item cat-item-9"><a href="%(b)s/chuyen-muc/doi-thieu-nhi/">Đội - Thiếu nhi</a></li><li class="cat-item cat-item-11"><a href="%(b)s/chuyen-muc/guong-sang/">Gương sáng</a></li></ul></section>
</aside>
	</div>

	<footer id="colophon" class="site-footer"><div class="container">
		<div class="site-info"><p><strong>BAN THƯỜNG VỤ TỈNH ĐOÀN QUẢNG TRỊ</strong></p><p>Địa chỉ: 45 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị - Điện thoại: 0233.3852.305</p><p>Email: tinhdoan@quangtri.gov.vn</p><p>Ghi rõ nguồn “Tỉnh đoàn Quảng Trị” khi phát hành lại thông tin từ website này.</p></div>
	</div></footer>
</div>
<script src="%(b)s/wp-content/themes/doanthanhnien/js/navigation.js?ver=2.3.1" id="doanthanhnien-navigation-js"></script>
<script id="jetpack-related-posts-js-extra">var related_posts_js_options = {"post_heading":"h4"};</script>
<script src="%(b)s/wp-content/plugins/jetpack/_inc/build/related-posts/related-posts.min.js?ver=20240116" id="jetpack-related-posts-js"></script>
<script id="sharing-js-js-extra">var sharing_js_options = {"lang":"en","counts":"1","is_stats_active":"1"};</script>
<script src="%(b)s/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.8" id="sharing-js-js"></script>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), site=site, b=base, u=url,
           desc=att(a["blocks"][0][1][:150] + "..."), putc=pub_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
           mutc=mod_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"), img=a["blocks"][3][2],
           ld=json.dumps(ld, ensure_ascii=False).replace("/", "\\/"), wdc=thu(CRAWL, "title"), cd=dmy(CRAWL),
           nav=nav_ul(menu, base, "menu nav-menu", "menu-item", "sub-menu"),
           piso=pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), pd=dmy(pub), miso=mod.strftime("%Y-%m-%dT%H:%M:%S+07:00"), md=dmy(mod),
           thumb=base + "/wp-content/uploads/2026/07/ra-quan-he-2026-cover-1024x683.jpg", body=body, byline=byline,
           rel="".join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%s/%s/">%s</a></h4><p class="jp-relatedposts-post-date">%s</p><p class="jp-relatedposts-post-context">Trong &quot;Tin hoạt động&quot;</p></div>'
                       % (base, slug(t), esc(t), dmy(d)) for t, d in related),
           recent="<ul>%s</ul>" % "".join('<li><a href="%s/%s/">%s</a> <span class="post-date">%s</span></li>' % (base, slug(t), esc(t), dmy(d)) for t, d in recent),
           arch="".join('<li><a href="%s/%s/">%s</a></li>' % (base, slug(m), m) for m in months),
           ga=ga_script("G-QT%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i05", "wordpress", url)


# ---------------------------------------------------- frozen former-district portal, custom PHP, windows-1258
def page_i06(rng):
    a = A["i06"]
    base = "https://donglam.namdinh.gov.vn"
    url = base + "/tin-tuc/2871/huyen-dong-lam-ra-quan-lam-thuy-loi-chuan-bi-san-xuat-vu-mua-nam-2024.html"
    pub = D(a["pub"][:19])
    body = render(a["blocks"],
                  p=lambda b: '<p align="justify">&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % esc(b[1]),
                  cap=lambda b: '<p align="center"><img src="%s" width="550" border="0"></p><p align="center"><i>%s</i></p>' % (b[2], esc(b[1])))
    byline = '<p align="right"><b>Tin, ảnh: %s</b></p>' % esc(a["author"])
    others = pick(rng, POOL_HUYEN_2024, 10, D("2024-03-01T07:00"), D("2024-05-13T17:00"))
    newest = pick(rng, [t for t in POOL_HUYEN if "2024" not in t or "2024 - 2025" in t], 8, D("2025-06-01T07:00"), D("2025-06-30T17:00"))
    most = pick(rng, POOL_HUYEN, 6, D("2024-09-01T07:00"), D("2025-06-20T17:00"))
    xa = ["Thị trấn Đông Lâm"] + ["Xã " + x for x in ["Đông Hòa", "Đông Phong", "Đông Sơn", "Đông Xuân", "Đông Thịnh", "Đông Hải", "Đông Minh", "Đông Tiến",
                                                   "Đông Lạc", "Đông Hưng", "Đông Quang", "Đông Thành", "Đông Vinh", "Đông Cường", "Đông Tân", "Đông Yên"]]
    menu_top = " | ".join('<a href="%s/chuyen-muc/%s.html">%s</a>' % (base, slug(x), esc(x)) for x in
                          ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Thủ tục hành chính", "Quy hoạch", "Hỏi đáp", "Liên hệ"])
    left = "".join('<li><a href="%s/chuyen-muc/%s.html">%s</a></li>' % (base, slug(x), esc(x)) for x in
                   ["Tin trong huyện", "Tin trong tỉnh", "Kinh tế", "Văn hóa - Xã hội", "Nông nghiệp - Nông thôn mới", "Quốc phòng - An ninh", "Xây dựng Đảng", "Mặt trận - Đoàn thể", "Gương người tốt việc tốt"])
    text = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>%(t)s - Trang thông tin điện tử huyện Đông Lâm</title>
<meta name="keywords" content="Đông Lâm, Nam Định, thủy lợi, vụ Mùa" />
<meta name="description" content="%(t_a)s" />
<link href="%(b)s/css/style.css" rel="stylesheet" type="text/css" />
<link href="%(b)s/css/menu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="%(b)s/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="%(b)s/js/jquery.marquee.js"></script>
<script type="text/javascript">
var thu = new Array("Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy");
function fontSize(n){var c=document.getElementById('noidung');c.style.fontSize=n+'px';}
</script>
</head>
<body>
<div id="dungcapnhat" style="background:#b30000;color:#fff;text-align:center;padding:8px;font-weight:bold">THÔNG BÁO: Thực hiện sắp xếp đơn vị hành chính, từ ngày 01/7/2025 Trang thông tin điện tử huyện Đông Lâm dừng cập nhật thông tin. Mời bạn đọc truy cập Cổng thông tin điện tử tỉnh Ninh Bình tại địa chỉ <a href="https://ninhbinh.gov.vn" style="color:#ff0">ninhbinh.gov.vn</a> và trang thông tin điện tử các xã.</div>
<div id="wrapper">
<div id="header"><img src="%(b)s/images/banner.jpg" width="1000" height="150" alt="Trang thông tin điện tử huyện Đông Lâm - tỉnh Nam Định" /></div>
<div id="topmenu"><div class="ngay">Hôm nay: %(wd)s, %(cd)s</div><div class="menu">%(menu)s</div></div>
<div id="marquee"><b>Tin mới:</b> <marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">%(marq)s</marquee></div>
<div id="container">
<div id="left">
<div class="box"><div class="box-title">CHUYÊN MỤC</div><ul class="leftmenu">%(left)s</ul></div>
<div class="box"><div class="box-title">CÁC XÃ, THỊ TRẤN</div><ul class="leftmenu">%(xa)s</ul></div>
<div class="box"><div class="box-title">LIÊN KẾT WEBSITE</div><select onchange="window.open(this.value)"><option>-- Liên kết --</option><option value="https://namdinh.gov.vn">Cổng TTĐT tỉnh Nam Định</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div>
</div>
<div id="center">
<div class="duongdan"><a href="%(b)s">Trang chủ</a> &raquo; <a href="%(b)s/chuyen-muc/tin-trong-huyen.html">Tin trong huyện</a></div>
<div class="chitiet">
<h1 class="tieude">%(t)s</h1>
<div class="ngaydang">Cập nhật lúc: %(hm)s | %(d)s &nbsp;&nbsp; <a href="javascript:fontSize(13)">A-</a> <a href="javascript:fontSize(15)">A</a> <a href="javascript:fontSize(17)">A+</a> &nbsp; <a href="javascript:window.print()"><img src="%(b)s/images/print.gif" border="0" /> In bài</a> &nbsp; <a href="%(b)s/guibai.php?id=2871"><img src="%(b)s/images/email.gif" border="0" /> Gửi bài</a></div>
<div id="noidung">
%(body)s
%(byline)s
</div>
<div class="luotxem">Số lượt xem: %(v)s</div>
</div>
<div class="tinkhac"><div class="tinkhac-title">Các tin khác</div><ul>%(others)s</ul></div>
</div>
<div id="right">
<div class="box"><div class="box-title">TIN MỚI</div><ul class="tinmoi">%(newest)s</ul></div>
<div class="box"><div class="box-title">TIN ĐỌC NHIỀU</div><ul class="tinmoi">%(most)s</ul></div>
<div class="box"><div class="box-title">THĂM DÒ Ý KIẾN</div><form action="%(b)s/binhchon.php" method="post"><p>Bạn quan tâm đến nội dung nào nhất trên Trang thông tin điện tử huyện?</p><input type="radio" name="bc" value="1" /> Tin tức - sự kiện<br /><input type="radio" name="bc" value="2" /> Văn bản chỉ đạo<br /><input type="radio" name="bc" value="3" /> Thủ tục hành chính<br /><input type="radio" name="bc" value="4" /> Quy hoạch - kế hoạch<br /><input type="submit" value="Bình chọn" /> <input type="button" value="Xem kết quả" /></form></div>
<div class="box"><div class="box-title">THỐNG KÊ TRUY CẬP</div><p>Đang online: %(on)d<br />Tổng lượt truy cập: %(tot)s</p></div>
</div>
</div>
<div id="footer">
<p><b>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG LÂM - TỈNH NAM ĐỊNH</b></p>
<p>Cơ quan chủ quản: UBND huyện Đông Lâm. Địa chỉ: Thị trấn Đông Lâm, huyện Đông Lâm, tỉnh Nam Định</p>
<p>Điện thoại: 0228.3871.205 - Email: ubnddonglam@namdinh.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Chánh Văn phòng HĐND và UBND huyện</p>
<p>Giấy phép số 15/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Nam Định cấp ngày 12/3/2019</p>
</div>
</div>
<script type="text/javascript">$(function(){$('marquee').marquee();});</script>
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), b=base, wd=thu(CRAWL, "title"), cd=dmy(CRAWL), menu=menu_top,
           marq=" &nbsp;|&nbsp; ".join(esc(t) for t, d in newest[:4]), left=left,
           xa="".join('<li><a href="%s/xa/%s.html">%s</a></li>' % (base, slug(x), esc(x)) for x in xa),
           hm=hm(pub), d=dmy(pub), body=body, byline=byline, v=dotnum(views(rng, 200, 1200)),
           others="".join('<li><a href="%s/tin-tuc/%d/%s.html">%s</a> <span class="ngay">(%s)</span></li>' % (base, 2860 - i, slug(t), esc(t), dmy(d)) for i, (t, d) in enumerate(others)),
           newest="".join('<li><a href="%s/tin-tuc/%d/%s.html">%s</a> <span class="ngay">(%s)</span></li>' % (base, 3390 - i, slug(t), esc(t), dmy(d)) for i, (t, d) in enumerate(newest)),
           most="".join('<li><a href="%s/tin-tuc/%d/%s.html">%s</a></li>' % (base, 3000 + i * 31, slug(t), esc(t)) for i, (t, d) in enumerate(most)),
           on=rng.randrange(2, 15), tot=dotnum(rng.randrange(800000, 2500000)))
    return text, gold_article("i06", "php-custom", url, "windows-1258")


# ---------------------------------------------------- ASP.NET WebForms (Sở Y tế Đồng Tháp), large
def page_i07(rng):
    a = A["i07"]
    base = "https://soyte.dongthap.gov.vn"
    url = base + "/NewsDetail.aspx?id=9241&cat=3"
    site = "Sở Y tế tỉnh Đồng Tháp"
    pub = D(a["pub"][:19])
    P = "ctl00_ContentPlaceHolder1_ucNewsDetail"
    body = render(a["blocks"],
                  p=lambda b: '<p style="text-align: justify;"><span style="font-size:14pt;"><span style="font-family:times new roman,times,serif;">%s</span></span></p>' % esc(b[1]),
                  h=lambda b: '<p style="text-align: justify;"><span style="font-size:14pt;"><span style="font-family:times new roman,times,serif;"><strong>%s</strong></span></span></p>' % esc(b[1]),
                  ul=lambda b: '<ul>%s</ul>' % "".join('<li style="text-align: justify;"><span style="font-size:14pt;"><span style="font-family:times new roman,times,serif;">%s</span></span></li>' % esc(x) for x in b[1]),
                  table=lambda b: table_html(b[1], attrs=' align="center" border="1" cellpadding="5" cellspacing="0" style="width:90%;font-size:13pt"'))
    byline = '<p align="right"><b>%s</b><br /><i>%s</i></p>' % (esc(a["author_lines"][0]), esc(a["author_lines"][1]))
    menu = MENU_SO[:]
    menu[1] = ("Giới thiệu", ["Chức năng, nhiệm vụ", "Ban Giám đốc Sở", "Các phòng chức năng", "Bệnh viện tuyến tỉnh", "Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế khu vực", "Trạm Y tế xã, phường"])
    menu.insert(5, ("Y tế dự phòng", ["Sốt xuất huyết", "Tay chân miệng", "Tiêm chủng mở rộng", "An toàn thực phẩm", "Dinh dưỡng"]))
    menu.insert(6, ("Khám chữa bệnh", ["Danh sách cơ sở khám chữa bệnh", "Giá dịch vụ y tế", "Bảo hiểm y tế", "Đường dây nóng"]))

    def mega(menu):
        out = ['<ul id="ctl00_ucMenu_ulMenu" class="megamenu">']
        for i, (lab, subs) in enumerate(menu):
            out.append('<li class="mm-item"><a id="ctl00_ucMenu_rptMenu_ctl%02d_hlMenu" href="%s/%s.aspx">%s</a>' % (i, base, slug(lab), esc(lab)))
            if subs:
                out.append('<div class="mm-panel"><div class="mm-col"><ul>')
                for j, s in enumerate(subs):
                    out.append('<li><a id="ctl00_ucMenu_rptMenu_ctl%02d_rptSub_ctl%02d_hlSub" href="%s/Category.aspx?cat=%d">%s</a></li>' % (i, j, base, i * 10 + j, esc(s)))
                out.append('</ul></div><div class="mm-col mm-feature"><img src="%s/Images/menu/feature-%d.jpg" alt="" /><p>%s</p></div></div>' % (base, i, esc(rng.choice(POOL_TINH))))
            out.append("</li>")
        out.append("</ul>")
        return "\n".join(out)

    def aspx_list(items, rid, fmt=None):
        out = ['<ul class="list-news">']
        for i, (t, d) in enumerate(items):
            out.append('<li><a id="%s_ctl%02d_hlTitle" href="%s/NewsDetail.aspx?id=%d&amp;cat=3">%s</a>%s</li>'
                       % (rid, i, base, 9100 + i * 3, esc(t), (' <span id="%s_ctl%02d_lblDate" class="date">(%s)</span>' % (rid, i, fmt(d))) if fmt else ""))
        out.append("</ul>")
        return "\n".join(out)

    pool_yt = ["Tăng cường giám sát bệnh tay chân miệng tại trường mầm non", "Triển khai tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
               "Kiểm tra an toàn thực phẩm dịp Tết Trung thu", "Hội nghị triển khai công tác dân số năm 2026",
               "Bệnh viện Đa khoa tỉnh thực hiện thành công ca phẫu thuật nội soi phức tạp", "Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
               "Tập huấn chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế tuyến xã", "Ngày hội hiến máu tình nguyện năm 2026",
               "Thông báo tuyển dụng viên chức ngành y tế năm 2026", "Kết quả thực hiện bệnh án điện tử tại các bệnh viện",
               "Phòng chống dịch bệnh mùa mưa lũ", "Sở Y tế kiểm tra công tác khám chữa bệnh bảo hiểm y tế",
               "Hướng dẫn phòng bệnh cúm mùa", "Giám sát chất lượng nước sinh hoạt tại các trạm cấp nước",
               "Nâng cao chất lượng trạm y tế xã sau sắp xếp", "Triển khai sổ sức khỏe điện tử cho người dân"]
    other = pick(rng, pool_yt, 10, D("2026-06-01T07:00"), D("2026-08-04T17:00"))
    newest = pick(rng, pool_yt + POOL_TINH, 12, D("2026-11-01T07:00"), D("2026-11-21T17:00"))
    docs = pick(rng, ["Quyết định công bố thủ tục hành chính lĩnh vực dược phẩm", "Kế hoạch phòng, chống sốt xuất huyết năm 2026",
                      "Công văn tăng cường phòng chống dịch bệnh mùa mưa", "Quyết định phê duyệt danh mục kỹ thuật", "Kế hoạch tiêm chủng mở rộng năm 2026",
                      "Thông báo lịch tiếp công dân của Giám đốc Sở", "Quyết định kiện toàn Hội đồng chuyên môn", "Kế hoạch kiểm tra an toàn thực phẩm"],
                8, D("2026-09-01T07:00"), D("2026-11-20T17:00"))
    tthc = "".join('<option value="%d">%s</option>' % (i, esc(x)) for i, x in enumerate(
        ["Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", "Cấp giấy phép hoạt động phòng khám", "Cấp chứng chỉ hành nghề dược", "Cấp giấy chứng nhận đủ điều kiện kinh doanh dược",
         "Công bố cơ sở đủ điều kiện sản xuất mỹ phẩm", "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Cấp lại chứng chỉ hành nghề", "Điều chỉnh giấy phép hoạt động",
         "Công bố đủ điều kiện thực hiện tiêm chủng", "Cấp giấy khám sức khỏe cho người lái xe", "Giám định y khoa", "Cấp giấy phép nhập khẩu trang thiết bị y tế"] * 3))
    facilities = "".join('<tr><td>%d</td><td>%s</td><td>%s</td><td>0277.%s</td></tr>' % (i + 1, esc(n), esc(addr), "%03d.%04d" % (rng.randrange(300, 999), rng.randrange(10000)))
                         for i, (n, addr) in enumerate([("Trạm Y tế " + x, x + ", tỉnh Đồng Tháp") for x in place_names(rng, 102)]))
    vs = rand_b64(rng, 76000)
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	%(t)s
</title><link href="App_Themes/SYT/css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="App_Themes/SYT/css/megamenu.css" rel="stylesheet" type="text/css" /><link href="App_Themes/SYT/css/style.css?v=20250801" rel="stylesheet" type="text/css" />
<script src="Scripts/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="Scripts/bootstrap.min.js" type="text/javascript"></script>
<meta name="description" content="%(lead_a)s" /><meta name="keywords" content="sốt xuất huyết, Sở Y tế, Đồng Tháp" /></head>
<body>
<form name="aspnetForm" method="post" action="./NewsDetail.aspx?id=9241&amp;cat=3" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPFgIeC18hSXRlbUNvdW50AgoW%(vs)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {theForm = document.aspnetForm;}
function __doPostBack(eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != false)) {theForm.__EVENTTARGET.value = eventTarget;theForm.__EVENTARGUMENT.value = eventArgument;theForm.submit();}}
//]]>
</script>
<script src="/WebResource.axd?d=%(wr)s&amp;t=638411094612960000" type="text/javascript"></script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA%(ev)s" /></div>
<div id="top"><div class="container"><span id="ctl00_lblNgay" class="ngay">%(wd)s, ngày %(cd)s</span><span class="hotline">Đường dây nóng ngành Y tế: 1900 9095</span><a href="%(b)s/Login.aspx">Đăng nhập</a></div></div>
<div id="banner"><div class="container"><a href="%(b)s/Default.aspx"><img src="App_Themes/SYT/images/banner-syt.png" alt="Sở Y tế tỉnh Đồng Tháp" /></a>
<div class="search"><input name="ctl00$ucSearch$txtKeyword" type="text" id="ctl00_ucSearch_txtKeyword" placeholder="Nhập từ khóa..." /><input type="submit" name="ctl00$ucSearch$btnSearch" value="Tìm kiếm" id="ctl00_ucSearch_btnSearch" /></div></div></div>
<div id="menu"><div class="container">
%(mega)s
</div></div>
<div class="container" id="main"><div class="row">
<div class="col-md-9">
<div class="breadcrumb"><a href="%(b)s/Default.aspx">Trang chủ</a> / <a href="%(b)s/Category.aspx?cat=3">Tin tức - Sự kiện</a> / <span id="%(P)s_lblCatName">Y tế dự phòng</span></div>
<div id="%(P)s_pnDetail" class="news-detail">
<span id="%(P)s_lblTitle" class="title-news">%(t)s</span>
<div class="info-news"><span id="%(P)s_lblDate" class="date">Đăng lúc: %(time)s %(d)s (GMT+7)</span> <span class="view">Lượt xem: <span id="%(P)s_lblView">%(v)s</span></span>
<span class="tools"><a href="javascript:void(0)" onclick="zoomText(-1)">A-</a> <a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a id="%(P)s_hlPrint" href="%(b)s/Print.aspx?id=9241" target="_blank">In trang</a> <a id="%(P)s_hlSend" href="%(b)s/SendMail.aspx?id=9241">Gửi bài</a></span></div>
<div class="summary"><span id="%(P)s_lblSummary"><em>%(lead)s</em></span></div>
<div id="%(P)s_divContent" class="content-news">
%(body)s
%(byline)s
</div>
<div class="share-news"><iframe src="https://www.facebook.com/plugins/share_button.php?href=%(ue)s&amp;layout=button_count&amp;size=small&amp;width=110&amp;height=20" width="110" height="20" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></div>
</div>
<div class="other-news"><div class="title-other">Các tin khác</div>
%(other)s
</div>
<div class="facilities"><div class="title-other">Danh bạ trạm y tế xã, phường</div><table class="table table-bordered table-condensed"><thead><tr><th>STT</th><th>Đơn vị</th><th>Địa chỉ</th><th>Điện thoại</th></tr></thead><tbody>%(fac)s</tbody></table></div>
</div>
<div class="col-md-3" id="right">
<div class="box"><div class="box-title">Tin mới nhất</div>%(newest)s</div>
<div class="box"><div class="box-title">Văn bản mới</div>%(docs)s</div>
<div class="box"><div class="box-title">Tra cứu thủ tục hành chính</div><select name="ctl00$ucTTHC$ddlTTHC" id="ctl00_ucTTHC_ddlTTHC" class="form-control"><option value="">-- Chọn thủ tục --</option>%(tthc)s</select><input type="submit" name="ctl00$ucTTHC$btnXem" value="Xem" id="ctl00_ucTTHC_btnXem" /></div>
<div class="box"><div class="box-title">Liên kết</div><a href="https://moh.gov.vn"><img src="App_Themes/SYT/images/lk-byt.png" alt="Bộ Y tế" /></a><a href="https://dongthap.gov.vn"><img src="App_Themes/SYT/images/lk-tinh.png" alt="Cổng TTĐT tỉnh Đồng Tháp" /></a><a href="https://dichvucong.gov.vn"><img src="App_Themes/SYT/images/lk-dvc.png" alt="Dịch vụ công" /></a></div>
%(cnt)s
</div>
</div></div>
<div id="footer"><div class="container">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH ĐỒNG THÁP</b></p>
<p>Địa chỉ: Số 5 Võ Trường Toản, phường Cao Lãnh, tỉnh Đồng Tháp - Điện thoại: 0277.3851.412 - Email: soyte@dongthap.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Y tế. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></div>
<script type="text/javascript">
//<![CDATA[
function zoomText(s){var c=document.getElementById('%(P)s_divContent');var f=parseInt(c.style.fontSize||'16');c.style.fontSize=(f+s)+'px';}
$(function(){$('.megamenu > li').hover(function(){$(this).find('.mm-panel').stop(true,true).fadeIn(150);},function(){$(this).find('.mm-panel').stop(true,true).fadeOut(150);});});
//]]>
</script>
</form>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), lead=esc(a["lead"]), lead_a=att(a["lead"]), b=base, P=P, vs=vs,
           wr=rand_b64(rng, 60).replace("+", "-").replace("/", "_").rstrip("="), gen=rand_hex(rng, 8).upper(), ev=rand_b64(rng, 600),
           wd=thu(CRAWL, "title"), cd=dmy(CRAWL), mega=mega(menu), time=pub.strftime("%H:%M:%S"), d=dmy(pub),
           v=dotnum(views(rng, 800, 5000)), body=body, byline=byline, ue=url.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26"),
           other=aspx_list(other, P + "_rptOther", lambda d: dmy(d)), fac=facilities,
           newest=aspx_list(newest, "ctl00_ucNewest_rptNews", lambda d: dmy(d) + " " + hm(d)),
           docs=aspx_list(docs, "ctl00_ucDocs_rptDocs", lambda d: dmy(d)), tthc=tthc, cnt=visit_counter(rng, "box counter"),
           ga=ga_script("G-SYT%05d" % rng.randrange(10 ** 5)))
    return page, gold_article("i07", "aspnet-webforms", url)


# ---------------------------------------------------- Sitefinity (Sở VHTTDL Khánh Hòa)
def page_i08(rng):
    a = A["i08"]
    base = "https://svhttdl.khanhhoa.gov.vn"
    url = base + "/tin-tuc/chi-tiet/2025/11/10/hon-1-800-van-dong-vien-tranh-tai-tai-giai-viet-da-truyen-thong-tinh-khanh-hoa-nam-2025"
    site = "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa"
    pub = D(a["pub"][:19])
    body = render(a["blocks"],
                  cap=lambda b: '<p style="text-align:center;"><img src="%s?sfvrsn=%s_0" data-displaymode="Original" alt="" title="viet-da-2025" /></p><p style="text-align:center;"><em>%s</em></p>' % (b[2], rand_hex(rng, 8), esc(b[1])))
    date_vn = "Ngày %d tháng %d năm %d" % (pub.day, pub.month, pub.year)
    related = pick(rng, ["Khai mạc Liên hoan đờn ca tài tử", "Giải bóng chuyền các đội mạnh toàn tỉnh", "Tuần lễ Văn hóa - Du lịch biển",
                         "Tập huấn nghiệp vụ quản lý di tích", "Hội thi tuyên truyền lưu động", "Giải bơi lội thiếu niên, nhi đồng",
                         "Trưng bày chuyên đề về văn hóa Chăm", "Hội nghị kích cầu du lịch mùa thấp điểm", "Giải cờ tướng các câu lạc bộ",
                         "Tổng kết mùa du lịch hè 2025", "Lễ hội cầu ngư ở các làng biển", "Phát triển sản phẩm du lịch đêm"],
                   6, D("2025-09-15T07:00"), D("2025-11-08T17:00"))
    newest = pick(rng, POOL_TINH, 8, D("2026-11-05T07:00"), D("2026-11-21T17:00"))
    nav = nav_ul([("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Phòng chuyên môn", "Đơn vị trực thuộc"]),
                  ("Tin tức", ["Văn hóa", "Thể thao", "Du lịch", "Gia đình", "Tin địa phương"]), ("Văn bản", ["Văn bản pháp quy", "Văn bản chỉ đạo"]),
                  ("Dịch vụ công", ["Thủ tục hành chính", "Nộp hồ sơ trực tuyến"]), ("Du lịch Khánh Hòa", ["Điểm đến", "Lưu trú", "Lễ hội", "Ẩm thực"]),
                  ("Hỏi đáp", []), ("Liên hệ", [])], base, "sfNavHorizontalDrop sfNavList", "", "sfNavHorizontalDrop", "")
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>
	%(t)s
</title>
    <link href="/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&amp;v=MTUuMS44MzI1LjA%%3d" rel="stylesheet" type="text/css" />
    <link href="/css/svhttdl.css?v=2025.9" rel="stylesheet" type="text/css" />
<meta property="og:title" content="%(t_a)s" /><meta property="og:image" content="%(b)s/images/default-source/tin-tuc/viet-da-2025-01.jpg" /><meta property="og:url" content="%(u)s" /><meta property="og:type" content="website" /><meta property="og:site_name" content="%(site)s" /><script type="text/javascript">var sf_appPath='/';</script><meta name="Generator" content="Sitefinity 15.1.8325.0 DX" /><link rel="canonical" href="%(u)s" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><script type="text/javascript">
	(function() {var _rdDeviceWidth = (window.innerWidth > 0) ? window.innerWidth : screen.width;var _rdDeviceHeight = (window.innerHeight > 0) ? window.innerHeight : screen.height;var _rdOrientation = (window.innerWidth > window.innerHeight) ? 'landscape' : 'portrait';})();
</script></head>
<body>
    <script src="/ScriptResource.axd?d=%(sr)s&amp;t=ffffffffcf9fd8b0" type="text/javascript"></script><script src="/ScriptResource.axd?d=%(sr2)s&amp;t=ffffffffcf9fd8b0" type="text/javascript"></script>
    <div class="sfPublicWrapper" id="PublicWrapper">
<div class="top-header"><div class="container"><div class="row"><div class="col-md-6"><span class="current-date">%(wd)s, ngày %(cdl)s</span></div><div class="col-md-6 text-right"><a href="%(b)s/en">English</a> | <a href="%(b)s/so-do-trang">Sơ đồ trang</a></div></div></div></div>
<div id="Contentplaceholder1_T5A3E1B02001_Col00" class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Header">
<div class="header-brand"><a href="%(b)s/"><img src="%(b)s/images/default-source/logo/logo-svhttdl.png?sfvrsn=2" alt="%(site)s" /></a><div class="brand-text"><span>UBND TỈNH KHÁNH HÒA</span><strong>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH</strong></div></div>
<nav class="sfNavWrp sfNavHorizontalDropWrp">%(nav)s</nav>
</div>
<div class="page-banner"><div class="container"><h1 class="page-title">Tin tức - Sự kiện</h1></div></div>
<div class="container"><div class="row" data-sf-element="Row">
<div id="Contentplaceholder1_C001_Col00" class="sf_colsIn col-lg-8" data-sf-element="Column 1" data-placeholder-label="Column 1">
<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="%(b)s/">Trang chủ</a></li><li class="breadcrumb-item"><a href="%(b)s/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Thể thao</li></ol></nav>
<div class="sf-news-detail">
    <h3>
        <span data-sf-field="Title" data-sf-ftype="ShortText">%(t)s</span>
    </h3>
    <div class="text-muted">
        %(date)s
        <span class="sf-author">Tác giả: %(au)s</span>
    </div>
    <div class="sf-share"><a href="javascript:window.print()">In bài viết</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%(u)s" target="_blank">Chia sẻ</a></div>
    <div data-sf-field="Content" data-sf-ftype="LongText">
%(body)s
    </div>
</div>
<div class="sf-news-related"><h4>Tin liên quan</h4><ul>%(rel)s</ul></div>
<div class="sf-comments"><h4>Bình luận</h4><p>Chưa có bình luận nào.</p><a class="btn btn-primary" href="#sf-comments-form">Viết bình luận</a>
<form id="sf-comments-form" class="sf-comments-form"><div class="form-group"><label>Tên của bạn</label><input type="text" class="form-control" /></div><div class="form-group"><label>Nội dung</label><textarea class="form-control" rows="4"></textarea></div><button type="submit" class="btn btn-primary">Gửi</button></form></div>
</div>
<div id="Contentplaceholder1_C001_Col01" class="sf_colsIn col-lg-4" data-sf-element="Column 2" data-placeholder-label="Column 2">
<div class="sfContentBlock sf-Long-text"><h4 class="widget-title">Tin mới</h4><ul class="list-unstyled widget-news">%(newest)s</ul></div>
<div class="sfContentBlock sf-Long-text"><h4 class="widget-title">Lịch sự kiện</h4><ul class="list-unstyled"><li><b>28/11 - 30/11/2026</b>: Giải Marathon bờ biển</li><li><b>05/12 - 07/12/2026</b>: Liên hoan nghệ thuật quần chúng</li><li><b>15/12/2026</b>: Hội nghị tổng kết ngành năm 2026</li></ul></div>
<div class="sfContentBlock sf-Long-text"><a href="https://dichvucong.khanhhoa.gov.vn"><img src="%(b)s/images/default-source/banner/dvc.png" alt="Dịch vụ công trực tuyến" /></a></div>
</div>
</div></div>
<footer class="site-footer"><div class="container">
<div class="sfContentBlock sf-Long-text"><p><strong>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH KHÁNH HÒA</strong></p><p>Địa chỉ: 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa</p><p>Điện thoại: 0258.3822.851 | Email: svhttdl@khanhhoa.gov.vn</p><p>Người chịu trách nhiệm: Giám đốc Sở</p></div>
</div></footer>
    </div>
    <script src="/ResourcePackages/Bootstrap4/assets/dist/js/popper.min.js" type="text/javascript"></script>
    <script src="/ResourcePackages/Bootstrap4/assets/dist/js/bootstrap.min.js" type="text/javascript"></script>
    %(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), site=site, b=base, u=url,
           sr=rand_b64(rng, 90).replace("+", "-").replace("/", "_").rstrip("="), sr2=rand_b64(rng, 90).replace("+", "-").replace("/", "_").rstrip("="),
           wd=thu(CRAWL, "title"), cdl="%d tháng %d năm %d" % (CRAWL.day, CRAWL.month, CRAWL.year), nav=nav, date=date_vn, au=esc(a["author"]),
           body=body, rel="".join('<li><a href="%s/tin-tuc/chi-tiet/%s/%s">%s</a> <small>(%s)</small></li>' % (base, d.strftime("%Y/%m/%d"), slug(t), esc(t), dmy(d)) for t, d in related),
           newest="".join('<li><a href="%s/tin-tuc/chi-tiet/%s/%s">%s</a><br /><small>%s</small></li>' % (base, d.strftime("%Y/%m/%d"), slug(t), esc(t), dmy(d)) for t, d in newest),
           ga=ga_script("G-KH%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i08", "sitefinity", url)


# ---------------------------------------------------- Umbraco-like .NET (Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng)
def page_i09(rng):
    a = A["i09"]
    base = "https://tuyengiaodanvan.lamdong.dcs.vn"
    url = base + "/tin-tuc/dan-van/lan-toa-mo-hinh-dan-van-kheo-trong-van-dong-dong-bao-hien-dat-lam-duong/"
    site = "Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng"
    pub = D(a["pub"][:19])
    body = render(a["blocks"],
                  cap=lambda b: '<p style="text-align: center;"><img src="%s?rmode=max&amp;width=760" alt="" width="760" height="507"></p>\n<p style="text-align: center;"><em>%s</em></p>' % (b[2], esc(b[1])))
    same = pick(rng, POOL_DANG + POOL_DOANTHE, 6, D("2025-12-01T07:00"), D("2026-02-02T17:00"))
    newest = pick(rng, POOL_DANG, 7, D("2026-11-01T07:00"), D("2026-11-21T17:00"))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng"]),
            ("Tuyên giáo", ["Tuyên truyền", "Lý luận chính trị", "Khoa giáo", "Văn hóa - Văn nghệ", "Báo chí - Xuất bản"]),
            ("Dân vận", ["Dân vận chính quyền", "Dân vận khéo", "Dân tộc - Tôn giáo", "Quy chế dân chủ"]),
            ("Bảo vệ nền tảng tư tưởng", []), ("Học tập và làm theo Bác", []), ("Tài liệu", ["Tài liệu sinh hoạt chi bộ", "Đề cương tuyên truyền"]), ("Liên hệ", [])]
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>%(t)s | %(site)s</title>
    <meta name="description" content="%(lead_a)s">
    <meta property="og:title" content="%(t_a)s">
    <meta property="og:description" content="%(lead_a)s">
    <meta property="og:image" content="%(b)s/media/2k3fqvtl/dan-van-kheo-lam-duong.jpg?width=1200&amp;height=630&amp;rmode=crop">
    <link rel="canonical" href="%(u)s">
    <link rel="stylesheet" href="/css/vendor.min.css?v=4.2.0">
    <link rel="stylesheet" href="/css/site.min.css?v=4.2.0">
    <script src="/App_Plugins/UmbracoForms/Assets/promise-polyfill/dist/polyfill.min.js?v=13.2.1" type="application/javascript"></script>
</head>
<body class="page-newsarticle" data-page-id="18422">
<div class="topbar"><div class="container d-flex justify-content-between"><span class="topbar-date">%(wd)s, %(cd)s</span><span><a href="https://lamdong.dcs.vn">Cổng TTĐT Đảng bộ tỉnh</a> · <a href="/umbraco">Quản trị</a></span></div></div>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/media/logo/logo-dang.png" alt="Logo"><span class="brand-line1">ĐẢNG BỘ TỈNH LÂM ĐỒNG</span><span class="brand-line2">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY</span></a>
<form class="site-search" action="/tim-kiem/" method="get"><input type="search" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></div>
<nav class="main-nav"><div class="container">%(nav)s</div></nav></header>
<main id="main">
<div class="umb-grid"><div class="grid-section"><div class="container"><div class="row clearfix">
<div class="col-md-8 column"><div>
<nav class="crumbs"><a href="/">Trang chủ</a> <span>/</span> <a href="/tin-tuc/">Tin tức</a> <span>/</span> <a href="/tin-tuc/dan-van/">Dân vận</a></nav>
<article class="news-article" data-article-key="b7a0d1e4-3c52-4f0e-9d1b-5c2e8f7a4b11">
    <h1></h1>
    <div class="title">%(t)s</div>
    <div class="article-meta"><time datetime="%(iso)s">%(d)s %(hm)s</time> <span class="views"><i class="icon-eye"></i> %(v)s lượt xem</span></div>
    <div class="author-box"><img class="avatar" src="/media/avatar/default-author.png" alt=""><div class="info"><span class="name">%(a1)s</span><span class="unit">%(a2)s</span></div></div>
    <div class="sapo">%(lead)s</div>
    <div class="rte-content">
%(body)s
    </div>
    <div class="article-tools"><a href="javascript:window.print()">In bài</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%(u)s" target="_blank" rel="noopener">Facebook</a> <a href="#" data-copy="%(u)s">Sao chép liên kết</a></div>
    <div class="article-tags"><span>Từ khóa:</span> <a href="/tim-kiem/?tag=dan-van-kheo">dân vận khéo</a> <a href="/tim-kiem/?tag=hien-dat-lam-duong">hiến đất làm đường</a></div>
</article>
<section class="same-category"><h3>Tin cùng chuyên mục</h3><ul>%(same)s</ul></section>
</div></div>
<div class="col-md-4 column"><div>
<section class="widget"><h3 class="widget-title">Tin mới</h3><ul>%(newest)s</ul></section>
<section class="widget"><h3 class="widget-title">Tài liệu tuyên truyền</h3><ul><li><a href="/media/tl/de-cuong-tuyen-truyen-ky-niem-ngay-thanh-lap-dang.pdf">Đề cương tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng</a></li><li><a href="/media/tl/tai-lieu-sinh-hoat-chi-bo-thang-2.pdf">Tài liệu sinh hoạt chi bộ tháng 2/2026</a></li><li><a href="/media/tl/thong-tin-dinh-huong.pdf">Thông tin định hướng tháng 2/2026</a></li></ul></section>
<section class="widget"><a href="https://tuyengiao.vn"><img src="/media/banner/tuyen-giao-tw.png" alt="Ban Tuyên giáo và Dân vận Trung ương"></a></section>
</div></div>
</div></div></div></div>
</main>
<footer class="site-footer"><div class="container"><p><strong>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG</strong></p><p>Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng. Điện thoại: 0263.3822.406</p><p>Chịu trách nhiệm: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy</p></div></footer>
<script src="/scripts/vendor.min.js?v=4.2.0"></script>
<script src="/scripts/site.min.js?v=4.2.0"></script>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), site=site, lead=esc(a["lead"]), lead_a=att(a["lead"]), b=base, u=url,
           wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav_ul(menu, "", "nav-list", "nav-item", "nav-sub"), iso=a["pub"], d=dmy(pub), hm=hm(pub),
           v=dotnum(views(rng, 200, 1500)), a1=esc(a["author_lines"][0]), a2=esc(a["author_lines"][1]), body=body,
           same="".join('<li><a href="/tin-tuc/%s/">%s</a> <time>%s</time></li>' % (slug(t), esc(t), dmy(d)) for t, d in same),
           newest="".join('<li><a href="/tin-tuc/%s/">%s</a> <time>%s</time></li>' % (slug(t), esc(t), dmy(d)) for t, d in newest),
           ga=ga_script("G-LD%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i09", "umbraco", url)


# ---------------------------------------------------- Bootstrap 5 portal (Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk)
MT_BASE = "https://mattran.daklak.gov.vn"
MT_SITE = "Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk"


def bs5_shell(rng, title_tag, canonical, main_html, extra_head=""):
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Mặt trận", "Ban Thường trực", "Cơ cấu tổ chức", "Các tổ chức chính trị - xã hội thành viên"]),
            ("Tin tức - Sự kiện", ["Hoạt động Mặt trận", "Đại đoàn kết", "Giám sát - Phản biện", "Dân tộc - Tôn giáo", "Tin cơ sở"]),
            ("Cuộc vận động", ["Quỹ Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Toàn dân đoàn kết xây dựng đời sống văn hóa"]),
            ("Văn bản", ["Văn bản Trung ương", "Văn bản của tỉnh"]), ("Gương điển hình", []), ("Liên hệ", [])]
    items = []
    for lab, subs in menu:
        if subs:
            items.append('<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">%s</a><ul class="dropdown-menu">%s</ul></li>'
                         % (esc(lab), "".join('<li><a class="dropdown-item" href="%s/%s">%s</a></li>' % (MT_BASE, slug(s), esc(s)) for s in subs)))
        else:
            items.append('<li class="nav-item"><a class="nav-link" href="%s/%s">%s</a></li>' % (MT_BASE, "" if lab == "Trang chủ" else slug(lab), esc(lab)))
    hot = pick(rng, POOL_DOANTHE, 6, D("2026-11-01T07:00"), D("2026-11-21T17:00"))
    return """<!doctype html>
<html lang="vi" data-bs-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(tt)s</title>
<link rel="canonical" href="%(can)s">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">
<link href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css" rel="stylesheet">
<link href="%(b)s/assets/css/app.css?v=2.4.7" rel="stylesheet">
%(extra)s
</head>
<body class="d-flex flex-column min-vh-100">
<div class="bg-danger text-white small py-1"><div class="container-xxl d-flex justify-content-between"><span><i class="bi bi-calendar3"></i> %(wd)s, %(cd)s</span><span class="d-none d-md-inline"><i class="bi bi-telephone"></i> 0262.3852.614 &nbsp; <i class="bi bi-envelope"></i> mttq@daklak.gov.vn</span></div></div>
<header class="py-3 border-bottom bg-white"><div class="container-xxl d-flex align-items-center gap-3">
<a href="%(b)s/" class="d-flex align-items-center text-decoration-none"><img src="%(b)s/assets/img/logo-mttq.png" width="72" height="72" alt="Logo Mặt trận"><div class="ms-2"><div class="text-danger fw-bold fs-5 text-uppercase">Ủy ban Mặt trận Tổ quốc Việt Nam</div><div class="text-primary fw-bold text-uppercase">Tỉnh Đắk Lắk</div></div></a>
<form class="ms-auto d-none d-lg-flex" role="search" action="%(b)s/tim-kiem" method="get"><input class="form-control me-2" type="search" name="q" placeholder="Tìm kiếm" aria-label="Tìm kiếm"><button class="btn btn-outline-danger" type="submit"><i class="bi bi-search"></i></button></form>
<button class="btn btn-outline-secondary d-lg-none ms-auto" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasMenu" aria-controls="offcanvasMenu"><i class="bi bi-list"></i></button>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger d-none d-lg-block"><div class="container-xxl"><ul class="navbar-nav">%(nav)s</ul></div></nav>
<div class="offcanvas offcanvas-start" tabindex="-1" id="offcanvasMenu" aria-labelledby="offcanvasMenuLabel"><div class="offcanvas-header"><h5 class="offcanvas-title" id="offcanvasMenuLabel">Danh mục</h5><button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Đóng"></button></div><div class="offcanvas-body"><ul class="navbar-nav">%(nav)s</ul></div></div>
<main class="flex-fill py-3"><div class="container-xxl"><div class="row g-4">
<div class="col-lg-8">
%(main)s
</div>
<aside class="col-lg-4">
<div class="card mb-3"><div class="card-header bg-danger text-white fw-bold">Tin nổi bật</div><ul class="list-group list-group-flush">%(hot)s</ul></div>
<div class="card mb-3"><div class="card-header bg-danger text-white fw-bold">Quỹ “Vì người nghèo”</div><div class="card-body small"><p class="mb-1">Tài khoản: 5100.0000.123456 tại BIDV chi nhánh Đắk Lắk</p><p class="mb-0">Đơn vị thụ hưởng: Ban Vận động Quỹ “Vì người nghèo” tỉnh Đắk Lắk</p></div></div>
<div class="card mb-3"><div class="card-body"><a href="https://mattran.org.vn"><img class="img-fluid" src="%(b)s/assets/img/banner-ubtwmttq.png" alt="Ủy ban Trung ương MTTQ Việt Nam"></a></div></div>
</aside>
</div></div></main>
<footer class="bg-dark text-light py-4 mt-auto"><div class="container-xxl small"><p class="fw-bold mb-1">ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK</p><p class="mb-1">Địa chỉ: 09 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk</p><p class="mb-1">Chịu trách nhiệm nội dung: Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh</p><p class="mb-0">Giấy phép số 09/GP-TTĐT ngày 20/8/2025</p></div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-YvpcrYf0tY3lHB60NNkmXc5s9fDVZLESaAA55NDzOxhy9GkcIdslK1eN7N6jIeHz" crossorigin="anonymous"></script>
<script src="%(b)s/assets/js/app.js?v=2.4.7"></script>
%(ga)s
</body>
</html>
""" % dict(tt=esc(title_tag), can=canonical, b=MT_BASE, extra=extra_head, wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav="".join(items),
           main=main_html, hot="".join('<li class="list-group-item"><a class="link-dark text-decoration-none" href="%s/tin-tuc/%s">%s</a><div class="text-secondary small">%s</div></li>' % (MT_BASE, slug(t), esc(t), dmy(d)) for t, d in hot),
           ga=ga_script("G-MT%06d" % rng.randrange(10 ** 6)))


def page_i10(rng):
    a = A["i10"]
    url = MT_BASE + "/tin-tuc/ban-giao-35-can-nha-dai-doan-ket-cho-ho-ngheo-khu-vuc-phia-dong-tinh-4127"
    pub = D(a["pub"][:19])
    body = render(a["blocks"],
                  cap=lambda b: '<figure class="figure w-100 text-center"><img src="%s" class="figure-img img-fluid rounded" alt="Bàn giao nhà Đại đoàn kết"><figcaption class="figure-caption text-center">%s</figcaption></figure>' % (b[2], esc(b[1])))
    au1, au2 = a["author"].split(", ")
    related = pick(rng, [t for t in POOL_DOANTHE if "nhiệm kỳ" not in t and "Đoàn" not in t and "thiếu nhi" not in t], 6, D("2025-11-15T07:00"), D("2026-01-14T17:00"))
    cards = "".join('<div class="col"><div class="card h-100 border-0"><img src="%s/uploads/thumb/%d.jpg" class="card-img-top" alt=""><div class="card-body px-0"><h3 class="card-title fs-6"><a class="stretched-link link-dark text-decoration-none" href="%s/tin-tuc/%s-%d">%s</a></h3><p class="card-text small text-secondary">%s</p></div></div></div>'
                    % (MT_BASE, 4000 + i, MT_BASE, slug(t), 4000 + i, esc(t), dmy(d)) for i, (t, d) in enumerate(related))
    main = """<nav aria-label="breadcrumb"><ol class="breadcrumb small"><li class="breadcrumb-item"><a href="%(b)s/">Trang chủ</a></li><li class="breadcrumb-item"><a href="%(b)s/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active" aria-current="page">Quỹ Vì người nghèo</li></ol></nav>
<article class="article-detail">
<h1 class="fs-3 fw-bold text-danger-emphasis">%(t)s</h1>
<div class="d-flex flex-wrap gap-3 small text-secondary border-bottom pb-2 mb-3"><span><i class="bi bi-clock"></i> %(hm)s, %(d)s</span><span><i class="bi bi-person"></i> Tin: %(a1)s - Ảnh: %(a2)s</span><span><i class="bi bi-eye"></i> %(v)s</span>
<span class="ms-auto"><button class="btn btn-sm btn-light" onclick="fs(-1)">A-</button><button class="btn btn-sm btn-light" onclick="fs(1)">A+</button><button class="btn btn-sm btn-light" onclick="window.print()"><i class="bi bi-printer"></i></button></span></div>
<p class="lead fw-semibold">%(lead)s</p>
<div class="article-body">
%(body)s
</div>
<div class="d-flex gap-2 my-3"><a class="btn btn-primary btn-sm" href="https://www.facebook.com/sharer/sharer.php?u=%(u)s" target="_blank"><i class="bi bi-facebook"></i> Chia sẻ</a><a class="btn btn-info btn-sm text-white" href="https://zalo.me/share?u=%(u)s" target="_blank">Zalo</a></div>
</article>
<section class="mt-4"><h2 class="fs-5 border-start border-4 border-danger ps-2">Tin liên quan</h2><div class="row row-cols-1 row-cols-md-3 g-3">%(cards)s</div></section>
<script>function fs(s){var e=document.querySelector('.article-body');var f=parseFloat(getComputedStyle(e).fontSize);e.style.fontSize=(f+s)+'px';}</script>
""" % dict(b=MT_BASE, t=esc(a["title"]), hm=hm(pub), d=dmy(pub), a1=esc(au1), a2=esc(au2), v=dotnum(views(rng, 300, 2500)),
           lead=esc(a["lead"]), body=body, u=url, cards=cards)
    extra = '<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="article">' % (att(a["lead"]), att(a["title"]))
    return bs5_shell(rng, a["title"] + " - " + MT_SITE, url, main, extra), gold_article("i10", "bootstrap5", url)


def page_n02(rng):
    url = MT_BASE + "/tim-kiem?q=nh%C3%A0+%C4%90%E1%BA%A1i+%C4%91o%C3%A0n+k%E1%BA%BFt"
    items = pick(rng, ["Bàn giao nhà Đại đoàn kết cho hộ nghèo ở xã vùng biên", "Vận động xây dựng 500 căn nhà Đại đoàn kết năm 2026",
                       "Khởi công nhà Đại đoàn kết cho hộ đồng bào dân tộc thiểu số", "Sơ kết chương trình xóa nhà tạm, nhà dột nát",
                       "Trao kinh phí hỗ trợ làm nhà Đại đoàn kết tại phường Buôn Hồ", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo",
                       "Doanh nghiệp chung tay xây nhà Đại đoàn kết", "Hội nghị triển khai xây dựng nhà Đại đoàn kết khu vực phía Đông",
                       "Ngày hội Đại đoàn kết toàn dân tộc tại buôn Ea Kmar", "Bàn giao nhà Đại đoàn kết cho gia đình chính sách"],
                 10, D("2025-08-01T07:00"), D("2026-11-20T17:00"))
    res = "".join('<div class="card mb-3 border-0 border-bottom rounded-0"><div class="row g-3"><div class="col-3"><img class="img-fluid rounded" src="%s/uploads/thumb/s%d.jpg" alt=""></div><div class="col-9"><h2 class="fs-6 fw-bold"><a class="link-dark text-decoration-none" href="%s/tin-tuc/%s-%d">%s</a></h2><div class="small text-secondary mb-1"><i class="bi bi-clock"></i> %s</div><p class="small mb-0">... nội dung có chứa từ khóa <mark>nhà Đại đoàn kết</mark> được tìm thấy trong bài viết ...</p></div></div></div>'
                  % (MT_BASE, i, MT_BASE, slug(t), 3900 + i, esc(t), hm(d) + ", " + dmy(d)) for i, (t, d) in enumerate(items))
    main = """<nav aria-label="breadcrumb"><ol class="breadcrumb small"><li class="breadcrumb-item"><a href="%s/">Trang chủ</a></li><li class="breadcrumb-item active">Tìm kiếm</li></ol></nav>
<h1 class="fs-4">Kết quả tìm kiếm</h1>
<form class="row g-2 mb-3" action="%s/tim-kiem" method="get"><div class="col-md-6"><input class="form-control" name="q" value="nhà Đại đoàn kết"></div><div class="col-md-3"><select class="form-select" name="cat"><option value="">Tất cả chuyên mục</option><option>Hoạt động Mặt trận</option><option>Quỹ Vì người nghèo</option></select></div><div class="col-md-3"><button class="btn btn-danger w-100">Tìm kiếm</button></div></form>
<p class="text-secondary">Tìm thấy <b>37</b> kết quả phù hợp với từ khóa <b>“nhà Đại đoàn kết”</b></p>
%s
<nav><ul class="pagination pagination-sm"><li class="page-item active"><a class="page-link" href="#">1</a></li><li class="page-item"><a class="page-link" href="?q=nh%%C3%%A0&amp;page=2">2</a></li><li class="page-item"><a class="page-link" href="?q=nh%%C3%%A0&amp;page=3">3</a></li><li class="page-item"><a class="page-link" href="?q=nh%%C3%%A0&amp;page=4">4</a></li><li class="page-item"><a class="page-link" href="?q=nh%%C3%%A0&amp;page=2">Sau</a></li></ul></nav>
""" % (MT_BASE, MT_BASE, res)
    return bs5_shell(rng, "Tìm kiếm: nhà Đại đoàn kết - " + MT_SITE, url, main), {"kind": "search", "platform": "bootstrap5", "url": url, "charset": "utf-8"}


# ---------------------------------------------------- Nuxt SSR portal (Đảng ủy phường Hòa Lợi, TP. Hồ Chí Minh)
HL_BASE = "https://hoaloi.hochiminhcity.gov.vn"
HL_SITE = "Trang thông tin điện tử phường Hòa Lợi"


def nuxt_shell(rng, title_tag, canonical, main_html, payload, meta=""):
    v1, v2, v3 = rand_hex(rng, 8), rand_hex(rng, 8), rand_hex(rng, 8)
    menu = [("Trang chủ", []), ("Giới thiệu", ["Tổng quan", "Lãnh đạo phường", "Sơ đồ tổ chức"]),
            ("Xây dựng Đảng", ["Hoạt động Đảng ủy", "Kiểm tra - Giám sát", "Học tập và làm theo Bác", "Văn kiện"]),
            ("Chính quyền", ["HĐND phường", "UBND phường", "Trung tâm Phục vụ hành chính công"]),
            ("Mặt trận - Đoàn thể", ["Ủy ban MTTQ Việt Nam phường", "Đoàn Thanh niên", "Hội LHPN", "Hội Cựu chiến binh"]),
            ("Tin tức", ["Kinh tế - Đô thị", "Văn hóa - Xã hội", "An ninh - Trật tự"]), ("Thủ tục hành chính", []), ("Liên hệ", [])]
    nav = "".join('<li data-v-%s class="menu-item%s"><a data-v-%s href="/%s" class="">%s</a>%s</li>' % (
        v1, " has-sub" if subs else "", v1, slug(lab) if lab != "Trang chủ" else "", esc(lab),
        ('<ul data-v-%s class="sub">%s</ul>' % (v1, "".join('<li data-v-%s><a data-v-%s href="/%s/%s">%s</a></li>' % (v1, v1, slug(lab), slug(s), esc(s)) for s in subs))) if subs else "")
        for lab, subs in menu)
    newest = pick(rng, POOL_XA + POOL_DANG, 8, D("2026-11-03T07:00"), D("2026-11-21T17:00"))
    side = "".join('<li data-v-%s class="side-item"><a data-v-%s href="/tin-tuc/%s-%d">%s</a><span data-v-%s class="side-date">%s</span></li>' % (v3, v3, slug(t), 1200 + i, esc(t), v3, dmy(d)) for i, (t, d) in enumerate(newest))
    chunks = [rand_hex(rng, 7) for _ in range(6)]
    return """<!doctype html>
<html lang="vi" data-n-head="%%7B%%22lang%%22:%%7B%%221%%22:%%22vi%%22%%7D%%7D">
<head>
<title>%(tt)s</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="%(site)s">%(meta)s<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="%(can)s">
<link rel="preload" href="/_nuxt/%(c0)s.js" as="script"><link rel="preload" href="/_nuxt/%(c1)s.js" as="script"><link rel="preload" href="/_nuxt/%(c2)s.js" as="script"><link rel="preload" href="/_nuxt/%(c3)s.js" as="script"><link rel="preload" href="/_nuxt/css/%(c4)s.css" as="style"><link rel="stylesheet" href="/_nuxt/css/%(c4)s.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-%(v1)s class="layout-default">
<div data-v-%(v1)s class="topbar"><div data-v-%(v1)s class="container"><span data-v-%(v1)s class="today">%(wd)s, %(cd)s</span><a data-v-%(v1)s href="https://hochiminhcity.gov.vn" target="_blank" class="ext">Cổng thông tin điện tử TP. Hồ Chí Minh</a></div></div>
<header data-v-%(v1)s class="site-header"><div data-v-%(v1)s class="container"><a data-v-%(v1)s href="/" class="logo nuxt-link-active"><img data-v-%(v1)s src="/images/quoc-huy.png" alt="Quốc huy"><span data-v-%(v1)s class="logo-text"><b data-v-%(v1)s>PHƯỜNG HÒA LỢI</b><small data-v-%(v1)s>THÀNH PHỐ HỒ CHÍ MINH</small></span></a>
<div data-v-%(v1)s class="search-box"><input data-v-%(v1)s type="text" placeholder="Tìm kiếm tin tức, văn bản..."><button data-v-%(v1)s type="button" aria-label="Tìm kiếm"><svg data-v-%(v1)s width="18" height="18" viewBox="0 0 24 24"><path data-v-%(v1)s d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"></path></svg></button></div></div>
<nav data-v-%(v1)s class="main-menu"><div data-v-%(v1)s class="container"><ul data-v-%(v1)s class="menu">%(nav)s</ul></div></nav></header>
<main data-v-%(v1)s class="container page-body"><div data-v-%(v1)s class="row">
<div data-v-%(v1)s class="col-main">
%(main)s
</div>
<aside data-v-%(v3)s data-v-%(v1)s class="col-side"><div data-v-%(v3)s class="side-box"><h3 data-v-%(v3)s class="side-title">Tin mới cập nhật</h3><ul data-v-%(v3)s>%(side)s</ul></div>
<div data-v-%(v3)s class="side-box"><h3 data-v-%(v3)s class="side-title">Liên kết</h3><a data-v-%(v3)s href="https://dichvucong.hochiminhcity.gov.vn" target="_blank"><img data-v-%(v3)s src="/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a><a data-v-%(v3)s href="https://1022.hochiminhcity.gov.vn" target="_blank"><img data-v-%(v3)s src="/images/banner-1022.png" alt="Tổng đài 1022"></a></div></aside>
</div></main>
<footer data-v-%(v1)s class="site-footer"><div data-v-%(v1)s class="container"><p data-v-%(v1)s><b data-v-%(v1)s>TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG HÒA LỢI</b></p><p data-v-%(v1)s>Cơ quan chủ quản: UBND phường Hòa Lợi, Thành phố Hồ Chí Minh</p><p data-v-%(v1)s>Địa chỉ: Đường Hòa Lợi 6, khu phố 3, phường Hòa Lợi. Điện thoại: 0274.3561.208</p><p data-v-%(v1)s>Trưởng ban biên tập: Phó Chủ tịch UBND phường</p></div></footer>
</div></div></div>
<script>window.__NUXT__=%(payload)s</script><script src="/_nuxt/%(c0)s.js" defer></script><script src="/_nuxt/%(c1)s.js" defer></script><script src="/_nuxt/%(c2)s.js" defer></script><script src="/_nuxt/%(c3)s.js" defer></script>
</body>
</html>
""" % dict(tt=esc(title_tag), site=HL_SITE, meta=meta, can=canonical, c0=chunks[0], c1=chunks[1], c2=chunks[2], c3=chunks[3], c4=chunks[4],
           v1=v1, v3=v3, wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav, main=main_html, side=side, payload=payload)


def page_i11(rng):
    a = A["i11"]
    url = HL_BASE + "/xay-dung-dang/dang-uy-phuong-hoa-loi-so-ket-cong-tac-xay-dung-dang-quy-i-nam-2026-1045"
    pub = D(a["pub"][:19])
    utc = (pub - dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    v2 = rand_hex(rng, 8)
    body_blocks = render(a["blocks"], p=lambda b: '<p style="text-align:justify;">%s</p>' % esc(b[1]))
    byline = '<p style="text-align:right;"><strong>%s</strong></p>' % esc(a["author"])
    content_html = body_blocks.replace("\n", "") + byline
    related = pick(rng, POOL_DANG, 5, D("2026-02-01T07:00"), D("2026-04-20T17:00"))
    rel = "".join('<li data-v-%s><a data-v-%s href="/xay-dung-dang/%s-%d">%s</a><span data-v-%s>(%s)</span></li>' % (v2, v2, slug(t), 1000 + i, esc(t), v2, dmy(d)) for i, (t, d) in enumerate(related))
    main = """<div data-v-%(v)s class="article-page">
<div data-v-%(v)s class="breadcrumb"><a data-v-%(v)s href="/" class="nuxt-link-active">Trang chủ</a><span data-v-%(v)s>›</span><a data-v-%(v)s href="/xay-dung-dang">Xây dựng Đảng</a><span data-v-%(v)s>›</span><a data-v-%(v)s href="/xay-dung-dang/hoat-dong-dang-uy">Hoạt động Đảng ủy</a></div>
<h1 data-v-%(v)s class="post-title">%(t)s</h1>
<div data-v-%(v)s class="post-meta"><time data-v-%(v)s datetime="%(utc)s" class="post-date">%(d)s %(hm)s</time><span data-v-%(v)s class="post-views">%(views)s lượt xem</span><span data-v-%(v)s class="post-tools"><button data-v-%(v)s type="button" class="btn-font">A-</button><button data-v-%(v)s type="button" class="btn-font">A+</button><button data-v-%(v)s type="button" class="btn-print">In</button></span></div>
<div data-v-%(v)s class="post-content ck-content">%(content)s</div>
<div data-v-%(v)s class="post-share"><span data-v-%(v)s>Chia sẻ:</span><a data-v-%(v)s href="https://www.facebook.com/sharer/sharer.php?u=%(u)s" target="_blank" rel="noopener">Facebook</a><a data-v-%(v)s href="https://zalo.me/share?u=%(u)s" target="_blank" rel="noopener">Zalo</a></div>
<div data-v-%(v)s class="post-related"><h3 data-v-%(v)s>Tin cùng chuyên mục</h3><ul data-v-%(v)s>%(rel)s</ul></div>
</div>""" % dict(v=v2, t=esc(a["title"]), utc=utc, d=dmy(pub), hm=hm(pub), views=dotnum(views(rng, 150, 900)), content=content_html, u=url, rel=rel)
    art = {"id": 1045, "title": a["title"], "slug": "dang-uy-phuong-hoa-loi-so-ket-cong-tac-xay-dung-dang-quy-i-nam-2026",
           "summary": a["blocks"][0][1], "content": content_html, "publishedAt": utc, "updatedAt": (pub - dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "category": {"id": 7, "name": "Hoạt động Đảng ủy", "slug": "hoat-dong-dang-uy"}, "author": {"id": 3, "username": "bbt.hoaloi"}, "views": 0,
           "thumbnail": "/uploads/2026/04/so-ket-quy-1.jpg"}
    payload = ("(function(a,b,c,d){return {layout:\"default\",data:[{article:%s,related:%s}],fetch:{},error:b,state:{menu:{loaded:c},site:{name:\"%s\"}},serverRendered:c,routePath:\"%s\",config:{apiBase:\"https:\\u002F\\u002Fapi.hoaloi.hochiminhcity.gov.vn\",_app:{basePath:\"\\u002F\",assetsPath:\"\\u002F_nuxt\\u002F\",cdnURL:b}}}}(0,null,true,\"vi\"))"
               % (json.dumps(art, ensure_ascii=False).replace("/", "\\u002F"), json.dumps([{"title": t, "date": dmy(d)} for t, d in related], ensure_ascii=False),
                  HL_SITE, url.replace(HL_BASE, "").replace("/", "\\u002F")))
    meta = ('<meta data-n-head="ssr" data-hid="description" name="description" content="%s"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="%s"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">'
            % (att(a["blocks"][0][1]), att(a["title"])))
    return nuxt_shell(rng, a["title"] + " - " + HL_SITE, url, main, payload, meta), gold_article("i11", "nuxt-ssr", url)


def page_n03(rng):
    url = HL_BASE + "/tin-tuc/thong-bao-lich-tiep-cong-dan-thang-10-2026-1388"
    v = rand_hex(rng, 8)
    main = """<div data-v-%(v)s class="error-page"><div data-v-%(v)s class="error-code">404</div><h1 data-v-%(v)s class="error-title">Không tìm thấy trang</h1><p data-v-%(v)s>Trang bạn tìm kiếm không tồn tại, đã bị gỡ bỏ hoặc đường dẫn không chính xác.</p><p data-v-%(v)s><a data-v-%(v)s href="/" class="btn-home nuxt-link-active">Quay về trang chủ</a></p></div>""" % dict(v=v)
    payload = "(function(a,b){return {layout:\"default\",data:[{}],fetch:{},error:{statusCode:404,message:\"This page could not be found\"},state:{menu:{loaded:b}},serverRendered:b,routePath:\"%s\",config:{}}}(null,true))" % url.replace(HL_BASE, "").replace("/", "\\u002F")
    return nuxt_shell(rng, "Không tìm thấy trang - " + HL_SITE, url, main, payload), {"kind": "not_found", "platform": "nuxt-ssr", "url": url, "charset": "utf-8"}


# ---------------------------------------------------- JSP portal (Cổng TTĐT tỉnh Gia Lai); <title> is the site name only
GL_BASE = "https://gialai.gov.vn"
GL_SITE = "Cổng thông tin điện tử tỉnh Gia Lai"


def jsp_shell(rng, main_html):
    jsid = rand_hex(rng, 32).upper()
    menu = [("Trang chủ", []), ("Giới thiệu", ["Tổng quan", "Lịch sử - Văn hóa", "Bản đồ hành chính", "Tiềm năng - Thế mạnh"]),
            ("Chính quyền", ["Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Sở, ban, ngành", "Xã, phường"]),
            ("Tin tức - Sự kiện", ["Thời sự", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Chuyển đổi số"]),
            ("Chỉ đạo điều hành", ["Văn bản chỉ đạo", "Lịch công tác", "Phát ngôn và cung cấp thông tin"]),
            ("Công dân", ["Dịch vụ công", "Phản ánh kiến nghị", "Hỏi đáp"]), ("Doanh nghiệp", ["Thông tin đầu tư", "Hỗ trợ doanh nghiệp"]),
            ("Du khách", ["Điểm đến", "Lễ hội", "Ẩm thực"])]
    nav = "".join('<li class="dropdown"><a href="%s/%s;jsessionid=%s">%s</a>%s</li>' % (GL_BASE, slug(lab), jsid, esc(lab),
                  ('<ul class="dropdown-menu">%s</ul>' % "".join('<li><a href="%s/%s/%s">%s</a></li>' % (GL_BASE, slug(lab), slug(s), esc(s)) for s in subs)) if subs else "")
                  for lab, subs in menu)
    newest = pick(rng, POOL_TINH, 8, D("2026-11-10T07:00"), D("2026-11-21T17:00"))
    xa = place_names(rng, 135, (("Xã", 22), ("Phường", 5)))
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%(site)s</title>
<meta name="_csrf" content="%(csrf)s">
<meta name="_csrf_header" content="X-CSRF-TOKEN">
<link rel="stylesheet" href="/resources/css/bootstrap.min.css;jsessionid=%(js)s">
<link rel="stylesheet" href="/resources/css/portal.css?v=20250901">
<script src="/resources/js/jquery.min.js"></script>
</head>
<body>
<div id="header">
<div class="header-top"><div class="container"><span class="date-now">%(wd)s, ngày %(cd)s</span><span class="pull-right"><a href="%(b)s/en">English</a> | <a href="%(b)s/sitemap">Sơ đồ cổng</a> | <a href="%(b)s/login">Đăng nhập</a></span></div></div>
<div class="header-main"><div class="container"><a href="%(b)s/"><img src="/resources/images/quoc-huy.png" alt="Quốc huy" class="quoc-huy"></a><h1 class="logo-text">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI</h1>
<form class="search-form" action="%(b)s/tim-kiem" method="get"><input type="hidden" name="_csrf" value="%(csrf)s"><input type="text" name="keyword" placeholder="Nhập nội dung tìm kiếm"><button type="submit">Tìm kiếm</button></form></div></div>
<nav class="navbar-portal"><div class="container"><ul class="nav-portal">%(nav)s</ul></div></nav>
</div>
<div class="container main-body"><div class="row">
<div class="col-md-9">
%(main)s
</div>
<div class="col-md-3">
<div class="box-right"><div class="box-right-title">Tin mới</div><ul>%(newest)s</ul></div>
<div class="box-right"><div class="box-right-title">Trang thông tin các xã, phường</div><select class="form-control" onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn xã, phường --</option>%(xa)s</select></div>
<div class="box-right"><a href="https://dichvucong.gialai.gov.vn"><img src="/resources/images/banner-dvc.jpg" alt="Dịch vụ công trực tuyến" class="img-responsive"></a><a href="https://gialai.gov.vn/lich-cong-tac"><img src="/resources/images/banner-lct.jpg" alt="Lịch công tác" class="img-responsive"></a></div>
</div>
</div></div>
<div id="footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Gia Lai. Cơ quan thường trực: Văn phòng UBND tỉnh</p><p>Địa chỉ: 35 Lê Lợi, phường Quy Nhơn, tỉnh Gia Lai. Điện thoại: 0256.3822.109. Email: banbientap@gialai.gov.vn</p><p>Giấy phép số 118/GP-TTĐT do Bộ Văn hóa, Thể thao và Du lịch cấp. Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Gia Lai" khi phát hành lại thông tin từ Cổng.</p></div></div>
<script src="/resources/js/bootstrap.min.js"></script>
<script src="/resources/js/portal.js?v=20250901"></script>
%(ga)s
</body>
</html>
""" % dict(site=GL_SITE, csrf="%s-%s-%s-%s-%s" % (rand_hex(rng, 8), rand_hex(rng, 4), rand_hex(rng, 4), rand_hex(rng, 4), rand_hex(rng, 12)), js=jsid, b=GL_BASE,
           wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav, main=main_html,
           newest="".join('<li><a href="%s/tin-tuc/chi-tiet?id=%d">%s</a> <i>(%s)</i></li>' % (GL_BASE, 61000 + i, esc(t), dmy(d)) for i, (t, d) in enumerate(newest)),
           xa="".join('<option value="https://%s.gialai.gov.vn">%s</option>' % (slug(x).replace("-", "").replace("xa", "", 1).replace("phuong", "", 1), esc(x)) for x in xa),
           ga=ga_script("G-GL%06d" % rng.randrange(10 ** 6)))


def page_i12(rng):
    a = A["i12"]
    url = GL_BASE + "/tin-tuc/chi-tiet?id=58213&title=hoan-thanh-hop-nhat-co-so-du-lieu-dat-dai-cua-tinh-gia-lai-va-tinh-binh-dinh-cu"
    pub = D(a["pub"][:19])
    body = render(a["blocks"],
                  cap=lambda b: '<table class="image-caption" align="center"><tbody><tr><td><img src="%s" alt="" width="600"></td></tr><tr><td class="caption"><em>%s</em></td></tr></tbody></table>' % (b[2], esc(b[1])))
    other = pick(rng, POOL_TINH, 8, D("2025-08-01T07:00"), D("2025-09-14T17:00"))
    main = """<ol class="breadcrumb"><li><a href="%(b)s/">Trang chủ</a></li><li><a href="%(b)s/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="%(b)s/tin-tuc-su-kien/chuyen-doi-so">Chuyển đổi số</a></li></ol>
<div class="news-detail">
<h2 class="title-news-detail">%(t)s</h2>
<div class="date-news-detail"><span class="glyphicon glyphicon-time"></span> %(d)s - %(hm)s <span class="tools-news"><a href="javascript:void(0)" onclick="doPrint()">In bài</a> | <a href="%(b)s/gui-email?id=58213">Gửi email</a> | <a href="javascript:void(0)" onclick="zoom(1)">A+</a> <a href="javascript:void(0)" onclick="zoom(-1)">A-</a></span></div>
<div class="summary-news-detail"><b>%(lead)s</b></div>
<div class="content-news-detail">
%(body)s
</div>
<p class="author-news-detail" style="text-align:right"><b>Tác giả: %(au)s</b></p>
<p class="source-news-detail" style="text-align:right"><i>Nguồn: Sở Nông nghiệp và Môi trường</i></p>
<div class="share-news-detail"><div class="fb-like" data-href="%(u)s" data-layout="button_count" data-action="like" data-share="true"></div></div>
</div>
<div class="other-news"><h3 class="other-news-title">Các tin khác</h3><ul>%(other)s</ul></div>
""" % dict(b=GL_BASE, t=esc(a["title"]), d=dmy(pub), hm=hm(pub), lead=esc(a["lead"]), body=body, au=esc(a["author"]), u=url,
           other="".join('<li><a href="%s/tin-tuc/chi-tiet?id=%d">%s</a> <span class="date">(%s)</span></li>' % (GL_BASE, 58200 - i, esc(t), dmy(d)) for i, (t, d) in enumerate(other)))
    return jsp_shell(rng, main), gold_article("i12", "jsp-portal", url)


def page_n04(rng):
    url = GL_BASE + "/tin-tuc/chi-tiet?id=61877&title="
    other = pick(rng, POOL_TINH, 8, D("2026-11-01T07:00"), D("2026-11-21T17:00"))
    main = """<ol class="breadcrumb"><li><a href="%(b)s/">Trang chủ</a></li><li><a href="%(b)s/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li></li></ol>
<div class="news-detail">
<h2 class="title-news-detail"></h2>
<div class="date-news-detail"><span class="glyphicon glyphicon-time"></span>  -  <span class="tools-news"><a href="javascript:void(0)" onclick="doPrint()">In bài</a> | <a href="%(b)s/gui-email?id=61877">Gửi email</a> | <a href="javascript:void(0)" onclick="zoom(1)">A+</a> <a href="javascript:void(0)" onclick="zoom(-1)">A-</a></span></div>
<div class="summary-news-detail"><b></b></div>
<div class="content-news-detail">
</div>
<p class="author-news-detail" style="text-align:right"><b></b></p>
<div class="share-news-detail"><div class="fb-like" data-href="%(u)s" data-layout="button_count" data-action="like" data-share="true"></div></div>
</div>
<div class="other-news"><h3 class="other-news-title">Các tin khác</h3><ul>%(other)s</ul></div>
""" % dict(b=GL_BASE, u=url, other="".join('<li><a href="%s/tin-tuc/chi-tiet?id=%d">%s</a> <span class="date">(%s)</span></li>' % (GL_BASE, 61870 - i, esc(t), dmy(d)) for i, (t, d) in enumerate(other)))
    return jsp_shell(rng, main), {"kind": "empty", "platform": "jsp-portal", "url": url, "charset": "utf-8"}


# ---------------------------------------------------- small PHP CMS, commune portal (xã Phúc Hòa, Bắc Ninh): notice
def page_i13(rng):
    a = A["i13"]
    base = "https://phuchoa.bacninh.gov.vn"
    url = base + "/thong-bao/thong-bao-lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-xa-thang-12-2025-t1284.html"
    pub = D(a["pub"][:19])
    body = render(a["blocks"],
                  p=lambda b: '<p style="text-align:justify;text-indent:30px">%s</p>' % esc(b[1]),
                  sig=lambda b: '<table style="width:100%%" border="0"><tr><td style="width:50%%"></td><td style="text-align:center"><b>%s</b><br><b>%s</b><br><i>%s</i><br><br><b>%s</b></td></tr></table>' % tuple(esc(x) for x in b[1]))
    other = pick(rng, ["Thông báo lịch tiếp công dân tháng 11/2025", "Thông báo tuyển dụng công chức cấp xã", "Thông báo về việc cắt điện để sửa chữa lưới điện",
                       "Thông báo kết quả kiểm tra sát hạch", "Thông báo lịch trực dịp nghỉ lễ", "Thông báo niêm yết công khai danh sách hộ nghèo",
                       "Thông báo thu hồi đất thực hiện dự án mở rộng đường", "Thông báo lịch tiếp công dân tháng 10/2025"],
                 6, D("2025-09-01T07:00"), D("2025-11-27T17:00"))
    docs = pick(rng, ["Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025", "Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số xã",
                      "Kế hoạch thu gom, xử lý rác thải sinh hoạt", "Quyết định công nhận kết quả bình xét hộ nghèo, hộ cận nghèo",
                      "Kế hoạch phòng, chống dịch bệnh trên đàn gia súc, gia cầm vụ Đông", "Báo cáo tình hình kinh tế - xã hội 10 tháng năm 2025",
                      "Kế hoạch tuyên truyền phổ biến pháp luật năm 2026"], 6, D("2025-10-01T07:00"), D("2025-11-27T17:00"))
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(t)s - UBND xã Phúc Hòa</title>
<link href="/public/css/bootstrap.min.css" rel="stylesheet">
<link href="/public/css/xa.css?v=1.3" rel="stylesheet">
</head>
<body>
<div class="container">
<div class="header"><img src="/public/images/banner-phuchoa.jpg" class="img-responsive" alt="Trang thông tin điện tử xã Phúc Hòa - tỉnh Bắc Ninh"></div>
<div class="datebar clearfix"><span class="pull-left">%(wd)s, %(cd)s</span><form class="pull-right" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm"> <button type="submit">Tìm</button></form></div>
<nav class="navbar navbar-default"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active"><a href="/thong-bao">Thông báo</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="row">
<div class="col-md-9">
<div class="panel panel-default"><div class="panel-body">
<h1 class="news-title">%(t)s</h1>
<p class="news-date">%(wdp)s, %(d)s <span class="poster">Người đăng: vp_phuchoa</span></p>
<div class="news-content">
%(body)s
</div>
<p class="print"><a href="javascript:window.print()">In thông báo</a></p>
</div></div>
<div class="panel panel-default"><div class="panel-heading">Thông báo khác</div><ul class="list-group">%(other)s</ul></div>
</div>
<div class="col-md-3">
<div class="panel panel-primary"><div class="panel-heading">Lịch công tác</div><div class="panel-body"><a href="/lich-cong-tac">Lịch công tác tuần 47/2026</a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><ul class="list-group">%(docs)s</ul></div>
<div class="panel panel-primary"><div class="panel-heading">Thủ tục hành chính</div><ul class="list-group"><li class="list-group-item"><a href="/thu-tuc-hanh-chinh/ho-tich">Lĩnh vực hộ tịch</a></li><li class="list-group-item"><a href="/thu-tuc-hanh-chinh/chung-thuc">Lĩnh vực chứng thực</a></li><li class="list-group-item"><a href="/thu-tuc-hanh-chinh/dat-dai">Lĩnh vực đất đai</a></li><li class="list-group-item"><a href="/thu-tuc-hanh-chinh/bao-tro-xa-hoi">Lĩnh vực bảo trợ xã hội</a></li><li class="list-group-item"><a href="https://dichvucong.bacninh.gov.vn" target="_blank">Nộp hồ sơ trực tuyến</a></li></ul></div>
%(links)s
<div class="panel panel-primary"><div class="panel-heading">Đường dây nóng</div><div class="panel-body"><p>Chủ tịch UBND xã: 0222.3871.106</p><p>Công an xã: 0222.3871.113</p><p>Trạm Y tế xã: 0222.3871.115</p></div></div>
</div>
</div>
<div class="footer"><p><b>TRANG THÔNG TIN ĐIỆN TỬ XÃ PHÚC HÒA</b></p><p>Địa chỉ: Thôn Trung, xã Phúc Hòa, tỉnh Bắc Ninh - Điện thoại: 0222.3871.106</p></div>
</div>
<script src="/public/js/jquery.min.js"></script>
</body>
</html>
""" % dict(t=esc(a["title"]), wd=thu(CRAWL, "title"), cd=dmy(CRAWL), wdp=thu(pub, "title"), d=dmy(pub), body=body,
           other="".join('<li class="list-group-item"><a href="/thong-bao/%s-t%d.html">%s</a> <small>(%s)</small></li>' % (slug(t), 1280 - i, esc(t), dmy(d)) for i, (t, d) in enumerate(other)),
           docs="".join('<li class="list-group-item"><a href="/van-ban/%s-v%d.html">%s</a> <small>(%s)</small></li>' % (slug(t), 410 - i, esc(t), dmy(d)) for i, (t, d) in enumerate(docs)),
           links=link_select(rng, "Liên kết website các xã, phường", 30))
    return page, gold_article("i13", "php-custom", url)


# ---------------------------------------------------- VNPT iPortal (.NET), Sở Tư pháp Hưng Yên: two dates
def page_i14(rng):
    a = A["i14"]
    base = "https://sotuphap.hungyen.gov.vn"
    url = base + "/pho-bien-giao-duc-phap-luat/tu-ngay-01-01-2026-ap-dung-muc-chi-moi-cho-cong-tac-hoa-giai-o-co-so-1512.html"
    site = "Sở Tư pháp tỉnh Hưng Yên"
    pub = D(a["pub"][:19])
    body = render(a["blocks"], p=lambda b: '<p style="text-align: justify;"><span style="font-size:16px;">%s</span></p>' % esc(b[1]))
    byline = '<p style="text-align: right;"><span style="font-size:16px;"><strong>%s</strong></span></p>' % esc(a["author"])
    related_docs = [("Nghị quyết số 27/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh quy định mức chi bảo đảm cho công tác hòa giải ở cơ sở", "27-2025-nq-hdnd.pdf"),
                    ("Luật Hòa giải ở cơ sở năm 2013", "luat-hoa-giai-co-so-2013.pdf")]
    other = pick(rng, ["Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở", "Tổng kết Ngày Pháp luật Việt Nam", "Cuộc thi tìm hiểu pháp luật trực tuyến",
                       "Phổ biến Luật Dữ liệu cho cán bộ cấp xã", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
                       "Tuyên truyền pháp luật về phòng, chống bạo lực gia đình", "Hướng dẫn đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật",
                       "Kết quả trợ giúp pháp lý năm 2025", "Triển khai Đề án nâng cao năng lực hòa giải viên"],
                 7, D("2025-10-01T07:00"), D("2025-12-18T17:00"))
    newest = pick(rng, POOL_TINH, 8, D("2026-11-02T07:00"), D("2026-11-21T17:00"))
    nav = nav_ul(MENU_SO, base, "menu-top", "menu-item", "menu-sub")
    page = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>%(t)s - %(site)s</title>
<meta name="description" content="%(lead_a)s" />
<link href="/Portals/_default/Skins/iPortal/css/bootstrap.min.css" rel="stylesheet" />
<link href="/Portals/_default/Skins/iPortal/css/skin.css?v=5.2.1" rel="stylesheet" />
<script src="/Portals/_default/Skins/iPortal/js/jquery.min.js"></script>
<script type="text/javascript">var iPortal = {siteId: 'STP_HY', moduleId: 1875, itemId: 1512, culture: 'vi-VN'};</script>
</head>
<body class="ip-body">
<div class="ip-top"><div class="container"><div class="ip-date">%(wd)s, ngày %(cd)s</div><ul class="ip-top-links"><li><a href="%(b)s/hoi-dap">Hỏi đáp</a></li><li><a href="%(b)s/lien-he">Liên hệ</a></li><li><a href="%(b)s/sitemap">Sơ đồ trang</a></li></ul></div></div>
<div class="ip-header"><div class="container"><a href="%(b)s/" class="ip-logo"><img src="/Portals/0/Images/logo-stp.png" alt="%(site)s" /></a><div class="ip-name"><p class="ip-name-sub">UBND TỈNH HƯNG YÊN</p><p class="ip-name-main">SỞ TƯ PHÁP</p></div></div></div>
<div class="ip-menu"><div class="container">%(nav)s</div></div>
<div class="container ip-content"><div class="row">
<div class="col-md-8">
<ul class="ip-breadcrumb"><li><a href="%(b)s/">Trang chủ</a></li><li><a href="%(b)s/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="%(b)s/pho-bien-giao-duc-phap-luat">Phổ biến giáo dục pháp luật</a></li></ul>
<div class="ip-article">
<h1 class="ip-article-title">%(t)s</h1>
<div class="ip-article-info"><span class="ip-date-post"><i class="fa fa-calendar"></i> Ngày đăng: %(d)s %(hm)s</span><span class="ip-sep">|</span><span class="ip-date-effect"><i class="fa fa-gavel"></i> Ngày hiệu lực: 01/01/2026</span><span class="ip-sep">|</span><span class="ip-view"><i class="fa fa-eye"></i> %(v)s</span></div>
<div class="ip-article-summary"><strong>%(lead)s</strong></div>
<div class="ip-article-content">
%(body)s
%(byline)s
</div>
<div class="ip-related-docs"><div class="ip-related-docs-title">Văn bản liên quan</div><ul>%(docs)s</ul></div>
<div class="ip-article-tools"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a> <a href="mailto:?subject=%(t_a)s"><i class="fa fa-envelope"></i> Gửi email</a> <a href="#top"><i class="fa fa-arrow-up"></i> Về đầu trang</a></div>
</div>
<div class="ip-other"><div class="ip-other-title">Tin khác</div><ul>%(other)s</ul></div>
</div>
<div class="col-md-4">
<div class="ip-box"><div class="ip-box-title">Tin mới</div><ul>%(newest)s</ul></div>
<div class="ip-box"><div class="ip-box-title">Tra cứu văn bản</div><form action="%(b)s/van-ban" method="get"><input class="form-control" name="sokyhieu" placeholder="Số/Ký hiệu" /><input class="form-control" name="trichyeu" placeholder="Trích yếu" /><select class="form-control" name="loai"><option value="">Loại văn bản</option><option>Nghị quyết</option><option>Quyết định</option><option>Chỉ thị</option><option>Kế hoạch</option><option>Công văn</option></select><button class="btn btn-primary" type="submit">Tra cứu</button></form></div>
<div class="ip-box"><div class="ip-box-title">Liên kết</div><a href="https://moj.gov.vn"><img src="/Portals/0/Images/lk-btp.png" alt="Bộ Tư pháp" /></a><a href="https://hungyen.gov.vn"><img src="/Portals/0/Images/lk-tinh.png" alt="Cổng TTĐT tỉnh" /></a><a href="https://pbgdpl.gov.vn"><img src="/Portals/0/Images/lk-pbgdpl.png" alt="Cổng Pháp luật quốc gia" /></a></div>
%(cnt)s
</div>
</div></div>
<div class="ip-footer"><div class="container"><p><b>SỞ TƯ PHÁP TỈNH HƯNG YÊN</b></p><p>Địa chỉ: Số 6 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên</p><p>Điện thoại: 0221.3862.411 - Email: sotuphap@hungyen.gov.vn</p><p>Phát triển bởi VNPT Hưng Yên</p></div></div>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), site=site, lead=esc(a["lead"]), lead_a=att(a["lead"]), b=base,
           wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav, d=dmy(pub), hm=hm(pub), v=dotnum(views(rng, 200, 2000)), body=body, byline=byline,
           docs="".join('<li><i class="fa fa-file-pdf-o"></i> <a href="%s/Portals/0/VanBan/%s" target="_blank">%s</a></li>' % (base, fn, esc(n)) for n, fn in related_docs),
           other="".join('<li><a href="%s/pho-bien-giao-duc-phap-luat/%s-%d.html">%s</a> <span>(%s)</span></li>' % (base, slug(t), 1500 - i, esc(t), dmy(d)) for i, (t, d) in enumerate(other)),
           newest="".join('<li><a href="%s/tin-tuc/%s-%d.html">%s</a> <span>%s</span></li>' % (base, slug(t), 1700 + i, esc(t), dmy(d)) for i, (t, d) in enumerate(newest)),
           cnt=visit_counter(rng, "ip-box ip-counter"), ga=ga_script("G-HY%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i14", "vnpt-iportal", url)


# ---------------------------------------------------- nested layout tables (Hội LHPN tỉnh Cao Bằng)
def page_i15(rng):
    a = A["i15"]
    base = "http://phunu.caobang.gov.vn"
    url = base + "/index.php?act=detail&id=3381&cat=5"
    pub = D(a["pub"][:19])
    paras = "<br />\n<br />\n".join("&nbsp;&nbsp;&nbsp; " + esc(b[1]) for b in a["blocks"])
    left_menu = "".join('<tr><td class="leftmenu"><img src="images/bullet.gif" /> <a href="index.php?act=list&amp;cat=%d">%s</a></td></tr>' % (i, esc(x)) for i, x in enumerate(
        ["Giới thiệu", "Tin hoạt động Hội", "Phụ nữ khởi nghiệp", "Gương phụ nữ tiêu biểu", "Bình đẳng giới", "Gia đình hạnh phúc", "Văn bản Hội", "Thư viện ảnh", "Liên hệ"]))
    others = pick(rng, [t for t in POOL_PHUNU if "8/3" not in t], 8, D("2026-01-10T07:00"), D("2026-03-05T17:00"))
    newest = pick(rng, [t for t in POOL_PHUNU if "8/3" not in t], 6, D("2026-11-01T07:00"), D("2026-11-20T17:00"))
    page = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hội Liên hiệp Phụ nữ tỉnh Cao Bằng - %(t)s</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/function.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#F3E9EE">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><img src="images/banner-hlhpn.jpg" width="1000" height="160" alt="HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG"></td></tr>
<tr><td height="30" background="images/bg-menu.gif" class="topmenu">&nbsp; <a href="index.php">Trang chủ</a> | <a href="index.php?act=list&amp;cat=1">Giới thiệu</a> | <a href="index.php?act=list&amp;cat=2">Tin tức</a> | <a href="index.php?act=list&amp;cat=5">Phụ nữ khởi nghiệp</a> | <a href="index.php?act=list&amp;cat=7">Văn bản</a> | <a href="index.php?act=gallery">Thư viện ảnh</a> | <a href="index.php?act=contact">Liên hệ</a></td></tr>
<tr><td height="24" class="ngaythang" align="right">%(wd)s, %(cd)s &nbsp;</td></tr>
<tr><td>
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="200" valign="top">
<table width="100%%" border="0" cellspacing="0" cellpadding="4"><tr><td class="boxtitle">DANH MỤC</td></tr>%(left)s</table>
<table width="100%%" border="0" cellspacing="0" cellpadding="4"><tr><td class="boxtitle">LIÊN KẾT</td></tr><tr><td><a href="http://hoilhpn.org.vn"><img src="images/lk-tw-hoi.jpg" width="190" border="0"></a></td></tr><tr><td><a href="https://caobang.gov.vn"><img src="images/lk-tinh.jpg" width="190" border="0"></a></td></tr></table>
</td>
<td width="10">&nbsp;</td>
<td valign="top">
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &gt;&gt; <a href="index.php?act=list&amp;cat=5">Phụ nữ khởi nghiệp</a></td></tr>
<tr><td>
<table width="100%%" border="0" cellspacing="0" cellpadding="6">
<tr><td class="tieude">%(t)s</td></tr>
<tr><td class="ngaydang">Ngày cập nhật: %(d)s</td></tr>
<tr><td class="noidung" align="justify">
%(paras)s
<br />
<br />
<div align="right"><b>%(au)s</b></div>
</td></tr>
<tr><td align="right" class="congcu"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> In trang</a> &nbsp; <a href="javascript:history.back()"><img src="images/back.gif" border="0"> Quay lại</a></td></tr>
</table>
</td></tr>
<tr><td>
<table width="100%%" border="0" cellspacing="0" cellpadding="3"><tr><td class="boxtitle2">CÁC TIN KHÁC</td></tr>%(others)s</table>
</td></tr>
</table>
</td>
<td width="10">&nbsp;</td>
<td width="220" valign="top">
<table width="100%%" border="0" cellspacing="0" cellpadding="4"><tr><td class="boxtitle">TIN MỚI</td></tr>%(newest)s</table>
<table width="100%%" border="0" cellspacing="0" cellpadding="4"><tr><td class="boxtitle">THỐNG KÊ</td></tr><tr><td>Đang truy cập: %(on)d<br>Tổng lượt truy cập: %(tot)s</td></tr></table>
</td>
</tr>
</table>
</td></tr>
<tr><td class="footer" align="center" height="80">HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG<br>Địa chỉ: 068 Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng - ĐT: 0206.3852.367<br>Chịu trách nhiệm: Chủ tịch Hội LHPN tỉnh</td></tr>
</table>
</body>
</html>
""" % dict(t=esc(a["title"]), wd=thu(CRAWL, "title"), cd=dmy(CRAWL), left=left_menu, d=dmy(pub), paras=paras, au=esc(a["author"]),
           others="".join('<tr><td class="tinkhac"><img src="images/arrow.gif"> <a href="index.php?act=detail&amp;id=%d&amp;cat=5">%s</a> <font color="#888888">(%s)</font></td></tr>' % (3380 - i, esc(t), dmy(d)) for i, (t, d) in enumerate(others)),
           newest="".join('<tr><td class="tinmoi"><a href="index.php?act=detail&amp;id=%d">%s</a><br><font size="1" color="#888888">%s</font></td></tr>' % (3600 + i, esc(t), dmy(d)) for i, (t, d) in enumerate(newest)),
           on=rng.randrange(2, 20), tot=dotnum(rng.randrange(300000, 900000)))
    return page, gold_article("i15", "php-tables", url)


# ---------------------------------------------------- Joomla K2 (Sở GD&ĐT Thái Nguyên): FCKeditor entities in the body
def page_i16(rng):
    a = A["i16"]
    base = "https://sgddt.thainguyen.gov.vn"
    url = base + "/index.php/tin-tuc/item/2845-thai-nguyen-hon-2-300-giao-vien-duoc-boi-duong-nang-luc-so"
    pub = D(a["pub"][:19])
    mod = D("2025-10-09T15:02:00")
    E = ent_latin
    body = render(a["blocks"], e=E,
                  p=lambda b: '<p style="text-align: justify;">%s</p>' % E(b[1]),
                  cap=lambda b: '<p style="text-align: center;"><img src="%s" alt="" width="650" height="433" /></p>\n<p style="text-align: center;"><em>%s</em></p>' % (b[2], E(b[1])))
    byline = '<p style="text-align: right;"><strong>%s</strong></p>' % E("Bài, ảnh: " + a["author"])

    def k2date(d):
        return "%s, %02d Tháng %d %d %s" % (thu(d), d.day, d.month, d.year, hm(d))
    related = pick(rng, ["Khai giảng năm học mới tại các trường vùng cao", "Hội nghị tổng kết năm học 2024 - 2025", "Kỳ thi chọn học sinh giỏi cấp tỉnh",
                         "Tập huấn chương trình giáo dục phổ thông 2018", "Kiểm tra cơ sở vật chất trường học trước năm học mới", "Trao học bổng cho học sinh nghèo vượt khó",
                         "Triển khai học bạ số cấp trung học", "Bồi dưỡng cán bộ quản lý trường mầm non"], 5, D("2025-08-15T07:00"), D("2025-10-06T17:00"))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lãnh đạo Sở", "Các phòng chức năng", "Đơn vị trực thuộc"]), ("Tin tức", ["Tin hoạt động", "Tin giáo dục địa phương", "Thi cử - Tuyển sinh"]),
            ("Văn bản", ["Văn bản của Bộ", "Văn bản của Sở"]), ("Thủ tục hành chính", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    page = """<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="%(u)s" />
<meta name="keywords" content="năng lực số, bồi dưỡng giáo viên" />
<meta name="author" content="Quản trị viên" />
<meta property="og:url" content="%(u)s" />
<meta property="og:type" content="article" />
<meta property="og:title" content="%(t_a)s" />
<meta property="og:description" content="%(lead_a)s" />
<meta name="description" content="%(lead_a)s" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>%(t)s</title>
<link href="/index.php/tin-tuc/item/2845-thai-nguyen-hon-2-300-giao-vien-duoc-boi-duong-nang-luc-so?tmpl=component&amp;print=1" rel="alternate" />
<link href="/media/k2/assets/css/k2.fonts.css?v=2.11.20240212" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v=2.11.20240212" rel="stylesheet" />
<link href="/templates/sgddt/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8c1f2b"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.11.20240212&amp;sitepath=/"></script>
<script type="application/x-k2-headers">
{"Last-Modified": "Thu, 09 Oct 2025 08:02:00 GMT","ETag": "%(etag)s"}
</script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-121">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<div class="top-date">%(wd)s, %(cdk)s</div>
<a class="brand pull-left" href="/"><img src="/images/logo-sgddt.png" alt="Sở Giáo dục và Đào tạo tỉnh Thái Nguyên" /></a>
<div class="header-search pull-right"><form action="/index.php/tin-tuc" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="121" /></form></div>
</div></header>
<nav class="navigation" role="navigation"><div class="moduletable_menu">%(nav)s</div></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider">/</span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></li></ul>
<!-- Start K2 Item Layout -->
<span id="startOfPageId2845"></span>
<div id="k2Container" class="itemView">
	<div class="itemHeader">
		<span class="itemDateCreated">%(k2d)s</span>
		<h2 class="itemTitle">%(t)s</h2>
		<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/index.php/tin-tuc/itemlist/user/62-quantrivien">Quản trị viên</a></span>
	</div>
	<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a> <a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a></li><li><a class="itemPrintLink" rel="nofollow" href="/index.php/tin-tuc/item/2845?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>In</span></a></li><li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=sgddt&amp;link=%(mail)s" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;"><span>E-mail</span></a></li><li><span class="itemHits">Lượt xem: %(v)s</span></li></ul><div class="clr"></div></div>
	<div class="itemBody">
		<div class="itemIntroText"><p><strong>%(lead)s</strong></p></div>
		<div class="itemFullText">
%(body)s
%(byline)s
		</div>
		<div class="clr"></div>
		<div class="itemDateModified">Lần cập nhật cuối %(k2m)s</div>
		<div class="clr"></div>
	</div>
	<div class="itemLinks">
		<div class="itemCategory"><span>Đăng trong</span> <a href="/index.php/tin-tuc/itemlist/category/3-tin-hoat-dong">Tin hoạt động</a></div>
		<div class="itemTagsBlock"><span>Được gắn thẻ</span><ul class="itemTags"><li><a href="/index.php/tin-tuc/itemlist/tag/n%%C4%%83ng%%20l%%E1%%BB%%B1c%%20s%%E1%%BB%%91">năng lực số</a></li><li><a href="/index.php/tin-tuc/itemlist/tag/b%%E1%%BB%%93i%%20d%%C6%%B0%%E1%%BB%%A1ng">bồi dưỡng</a></li></ul><div class="clr"></div></div>
		<div class="clr"></div>
	</div>
	<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>%(rel)s</ul><div class="clr"></div></div>
	<div class="itemNavigation"><span class="itemNavigationTitle">Xem thêm trong mục này:</span> <a class="itemPrevious" href="/index.php/tin-tuc/item/2844">&laquo; Khai giảng năm học mới tại các trường vùng cao</a> <a class="itemNext" href="/index.php/tin-tuc/item/2846">Kỳ thi chọn học sinh giỏi cấp tỉnh &raquo;</a></div>
</div>
<!-- End K2 Item Layout -->
</main>
<div id="aside" class="span3">
<div class="moduletable"><h3>Thông báo</h3><ul><li><a href="/index.php/thong-bao/item/2839">Thông báo tuyển sinh lớp 10 năm học 2026 - 2027</a></li><li><a href="/index.php/thong-bao/item/2831">Lịch thi chọn học sinh giỏi cấp tỉnh</a></li><li><a href="/index.php/thong-bao/item/2827">Thông báo tuyển dụng giáo viên năm 2025</a></li></ul></div>
<div class="moduletable"><h3>Liên kết</h3><ul><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li><a href="https://thainguyen.gov.vn">Cổng TTĐT tỉnh Thái Nguyên</a></li><li><a href="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</a></li></ul></div>
</div>
</div>
<footer class="footer" role="contentinfo"><hr /><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THÁI NGUYÊN</strong></p><p>Địa chỉ: Số 30 đường Chu Văn An, phường Phan Đình Phùng, tỉnh Thái Nguyên. Điện thoại: 0208.3856.436</p><p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2026 Sở Giáo dục và Đào tạo tỉnh Thái Nguyên</p></footer>
</div></div>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), u=url, lead=E(a["lead"]), lead_a=att(a["lead"]), etag=rand_hex(rng, 32),
           wd=thu(CRAWL, "title"), cdk="%02d/%02d/%d" % (CRAWL.day, CRAWL.month, CRAWL.year), nav=nav_ul(menu, "/index.php", "nav menu nav-pills mod-list", "", "nav-child unstyled small"),
           k2d=k2date(pub), k2m=k2date(mod), mail=rand_b64(rng, 60).rstrip("="), v=views(rng, 100, 900), body=body, byline=byline,
           rel="".join('<li><a href="/index.php/tin-tuc/item/%d-%s">%s</a></li>' % (2840 - i, slug(t), esc(t)) for i, (t, d) in enumerate(related)),
           ga=ga_script("UA-%d-2" % rng.randrange(10 ** 8)))
    return page, gold_article("i16", "joomla-k2", url)


# ---------------------------------------------------- Laravel + Tailwind (Sở Xây dựng Phú Thọ): date after the body
def page_i17(rng):
    a = A["i17"]
    base = "https://soxaydung.phutho.gov.vn"
    url = base + "/bai-viet/so-xay-dung-kiem-tra-cong-tac-bao-dam-giao-thong-tren-cac-tuyen-duong-tinh-mua-mua-bao"
    pub = D(a["pub"][:19])
    body = render(a["blocks"])
    byline = '<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["author"])
    same = pick(rng, ["Nghiệm thu cầu dân sinh tại các xã miền núi", "Kiểm tra chất lượng công trình trường học", "Hội nghị triển khai Luật Xây dựng sửa đổi",
                      "Công bố giá vật liệu xây dựng quý III/2026", "Tăng cường quản lý trật tự xây dựng đô thị", "Kiểm tra an toàn lao động tại công trường",
                      "Đẩy nhanh tiến độ dự án nhà ở xã hội", "Bảo trì hệ thống biển báo trên đường tỉnh", "Phê duyệt phương án tổ chức giao thông nút giao"],
                6, D("2026-06-15T07:00"), D("2026-08-13T17:00"))
    newest = pick(rng, POOL_TINH, 6, D("2026-11-04T07:00"), D("2026-11-21T17:00"))
    nav_items = ["Trang chủ", "Giới thiệu", "Tin tức", "Quy hoạch - Kiến trúc", "Giao thông", "Nhà ở - Bất động sản", "Văn bản", "Thủ tục hành chính", "Liên hệ"]
    nav = "".join('<a href="%s/%s" class="px-3 py-2 text-sm font-medium text-white hover:bg-blue-800 rounded">%s</a>' % (base, slug(x) if x != "Trang chủ" else "", esc(x)) for x in nav_items)
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="%(csrf)s">
<title>%(t)s | Sở Xây dựng tỉnh Phú Thọ</title>
<meta name="description" content="%(desc)s">
<link rel="preconnect" href="https://fonts.bunny.net">
<link href="https://fonts.bunny.net/css?family=roboto:400,500,700&display=swap" rel="stylesheet" />
<link rel="stylesheet" href="%(b)s/build/assets/app-%(h1)s.css">
<script type="module" src="%(b)s/build/assets/app-%(h2)s.js"></script>
</head>
<body class="font-sans antialiased bg-gray-50 text-gray-900">
<div class="bg-blue-900 text-blue-100 text-xs"><div class="max-w-7xl mx-auto px-4 py-1 flex justify-between"><span>%(wd)s, %(cd)s</span><span>Hotline: 0210.3846.233</span></div></div>
<header class="bg-white shadow"><div class="max-w-7xl mx-auto px-4 py-4 flex items-center gap-4"><img src="%(b)s/images/logo-sxd.png" class="h-16 w-16" alt="Logo"><div><p class="text-sm uppercase text-gray-600">UBND tỉnh Phú Thọ</p><p class="text-2xl font-bold uppercase text-blue-900">Sở Xây dựng</p></div>
<form action="%(b)s/tim-kiem" method="GET" class="ml-auto hidden md:flex"><input type="text" name="q" class="border rounded-l px-3 py-1" placeholder="Tìm kiếm..."><button class="bg-blue-900 text-white px-3 rounded-r">Tìm</button></form></div>
<nav class="bg-blue-900"><div class="max-w-7xl mx-auto px-4 flex flex-wrap gap-1 py-1">%(nav)s</div></nav></header>
<main class="max-w-7xl mx-auto px-4 py-6 grid grid-cols-1 lg:grid-cols-3 gap-6">
<div class="lg:col-span-2">
<nav class="text-sm text-gray-500 mb-3"><a href="%(b)s" class="hover:underline">Trang chủ</a> / <a href="%(b)s/giao-thong" class="hover:underline">Giao thông</a></nav>
<article class="bg-white p-5 rounded shadow-sm">
<h1 class="text-2xl font-bold text-blue-900 leading-snug mb-3">%(t)s</h1>
<div class="flex gap-2 mb-4 text-sm"><button type="button" onclick="window.print()" class="border px-2 rounded">In bài</button><a href="https://www.facebook.com/sharer/sharer.php?u=%(u)s" target="_blank" class="border px-2 rounded">Chia sẻ</a><button type="button" onclick="document.querySelector('.prose').classList.toggle('text-lg')" class="border px-2 rounded">Cỡ chữ</button></div>
<div class="prose max-w-none text-justify">
%(body)s
%(byline)s
</div>
<div class="mt-4 pt-3 border-t text-sm text-gray-500 flex flex-wrap gap-4"><span>Ngày đăng: %(d)s - %(hm)s</span><span>|</span><span>Lượt xem: %(v)s</span></div>
</article>
<section class="mt-6 bg-white p-5 rounded shadow-sm"><h2 class="text-lg font-bold text-blue-900 mb-2">Tin cùng chuyên mục</h2><ul class="space-y-2">%(same)s</ul></section>
</div>
<aside class="space-y-6">
<section class="bg-white p-4 rounded shadow-sm"><h2 class="font-bold text-blue-900 mb-2">Tin mới</h2><ul class="space-y-2 text-sm">%(newest)s</ul></section>
<section class="bg-white p-4 rounded shadow-sm"><h2 class="font-bold text-blue-900 mb-2">Thông tin tình hình giao thông</h2><p class="text-sm">Đường dây nóng tiếp nhận phản ánh sự cố giao thông trên đường tỉnh: <b>0210.3846.233</b> (24/7).</p></section>
<section class="bg-white p-4 rounded shadow-sm"><a href="https://dichvucong.phutho.gov.vn"><img src="%(b)s/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a></section>
</aside>
</main>
<footer class="bg-blue-950 text-blue-100 text-sm"><div class="max-w-7xl mx-auto px-4 py-6"><p class="font-bold">SỞ XÂY DỰNG TỈNH PHÚ THỌ</p><p>Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ. Điện thoại: 0210.3846.233. Email: sxd@phutho.gov.vn</p><p>Chịu trách nhiệm nội dung: Giám đốc Sở Xây dựng</p></div></footer>
<script>window.Laravel = {"csrfToken":"%(csrf)s","locale":"vi"};</script>
%(ga)s
</body>
</html>
""" % dict(csrf=rand_b64(rng, 30).replace("+", "x").replace("/", "y").rstrip("="), t=esc(a["title"]), desc=att(a["blocks"][0][1][:160]), b=base,
           h1=rand_hex(rng, 8), h2=rand_hex(rng, 8), wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav, u=url, body=body, byline=byline,
           d=dmy(pub), hm=hm(pub), v=dotnum(views(rng, 150, 700)),
           same="".join('<li><a class="text-blue-800 hover:underline" href="%s/bai-viet/%s">%s</a> <span class="text-gray-500 text-xs">%s</span></li>' % (base, slug(t), esc(t), dmy(d)) for t, d in same),
           newest="".join('<li><a class="hover:underline" href="%s/bai-viet/%s">%s</a><div class="text-gray-500 text-xs">%s</div></li>' % (base, slug(t), esc(t), dmy(d)) for t, d in newest),
           ga=ga_script("G-PT%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i17", "laravel", url)


# ---------------------------------------------------- VNPT Portal on Liferay 6.2 (Đảng ủy xã Tân Thủy, Vĩnh Long)
def page_i18(rng):
    a = A["i18"]
    base = "https://tanthuy.vinhlong.gov.vn"
    url = base + "/web/xa-tan-thuy/tin-tuc/-/view_content/2840551-dang-uy-xa-tan-thuy-ra-mat-mo-hinh-chi-bo-so-tai-12-ap.html"
    pub = D(a["pub"][:19])
    body = render(a["blocks"],
                  p=lambda b: '<p style="text-align: justify;">%s</p>' % esc(b[1]),
                  cap=lambda b: '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 560px;"><tbody><tr><td><img alt="" src="%s" style="width: 560px; height: 373px;" /></td></tr><tr><td style="text-align: center;"><em>%s</em></td></tr></tbody></table>' % (b[2], esc(b[1])))
    byline = '<p style="text-align: right;"><strong>Tin, ảnh: %s</strong></p>' % esc(a["author"])
    P = "_vnptnewsdetail_WAR_vnptportalportlet_"
    other = pick(rng, POOL_DANG + POOL_XA, 8, D("2025-12-10T07:00"), D("2026-02-04T17:00"))
    newest = pick(rng, POOL_XA, 8, D("2026-11-05T07:00"), D("2026-11-21T17:00"))
    ap = ["Ấp " + x for x in ["Tân Thới", "Tân Hòa", "Tân Phú", "Tân Lợi", "Tân Qui", "Tân An", "Tân Bình", "Tân Định", "Tân Hưng", "Tân Long", "Tân Xuân", "Tân Mỹ"]]
    page = """<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>%(t)s - Trang thông tin điện tử xã Tân Thủy</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="%(b)s/vnpt-portal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="%(b)s/vnpt-portal-theme/css/aui.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1700214000000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1700214000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 131},getRevision:function(){return "537.36"},getVersion:function(){return "131.0"},isAir:function(){return false},isChrome:function(){return true},isFirefox:function(){return false},isGecko:function(){return true},isIe:function(){return false},isIphone:function(){return false},isLinux:function(){return true},isMac:function(){return false},isMobile:function(){return false},isMozilla:function(){return false},isOpera:function(){return false},isRtf:function(){return true},isSafari:function(){return true},isSun:function(){return false},isWap:function(){return false},isWapXhtml:function(){return false},isWebKit:function(){return true},isWindows:function(){return false},isWml:function(){return false}},Data:{NAV_SELECTOR:"#navigation",isCustomizationView:function(){return false},notices:[null]},ThemeDisplay:{getLayoutId:function(){return "7"},getLayoutURL:function(){return "%(b)s/web/xa-tan-thuy/tin-tuc"},getParentLayoutId:function(){return "0"},isPrivateLayout:function(){return "false"},isVirtualLayout:function(){return false},getBCP47LanguageId:function(){return "vi-VN"},getCDNBaseURL:function(){return "%(b)s"},getCDNDynamicResourcesHost:function(){return ""},getCDNHost:function(){return ""},getCompanyId:function(){return "10154"},getCompanyGroupId:function(){return "10194"},getDefaultLanguageId:function(){return "vi_VN"},getDoAsUserIdEncoded:function(){return ""},getLanguageId:function(){return "vi_VN"},getParentGroupId:function(){return "2840012"},getPathContext:function(){return ""},getPathImage:function(){return "/image"},getPathJavaScript:function(){return "/html/js"},getPathMain:function(){return "/c"},getPathThemeImages:function(){return "%(b)s/vnpt-portal-theme/images"},getPathThemeRoot:function(){return "/vnpt-portal-theme"},getPlid:function(){return "2840077"},getPortalURL:function(){return "%(b)s"},getPortletSetupShowBordersDefault:function(){return true},getScopeGroupId:function(){return "2840012"},getScopeGroupIdOrLiveGroupId:function(){return "2840012"},getSessionId:function(){return ""},getSiteGroupId:function(){return "2840012"},getURLControlPanel:function(){return "/group/control_panel?doAsGroupId=2840012&refererPlid=2840077"},getURLHome:function(){return "%(b)s/web/guest"},getUserId:function(){return "10158"},getUserName:function(){return ""},isAddSessionIdToURL:function(){return false},isFreeformLayout:function(){return false},isImpersonated:function(){return false},isSignedIn:function(){return false},isStateExclusive:function(){return false},isStateMaximized:function(){return false},isStatePopUp:function(){return false}},PropsValues:{NTLM_AUTH_ENABLED:false}};var themeDisplay=Liferay.ThemeDisplay;Liferay.AUI={getAvailableLangPath:function(){return "available_languages.jsp?browserId=other&themeId=vnptportaltheme_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=1700214000000"},getCombine:function(){return true},getComboPath:function(){return "/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=1700214000000&"},getFilter:function(){return "min"},getJavaScriptRootPath:function(){return "/html/js"},getLangPath:function(){return "aui_lang.jsp?browserId=other&themeId=vnptportaltheme_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=1700214000000"}};Liferay.authToken="%(auth)s";Liferay.currentURL="\\x2fweb\\x2fxa-tan-thuy\\x2ftin-tuc\\x2f-\\x2fview_content\\x2f2840551";Liferay.currentURLEncoded="%%2Fweb%%2Fxa-tan-thuy%%2Ftin-tuc%%2F-%%2Fview_content%%2F2840551";</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1700214000000" type="text/javascript"></script>
<meta property="og:title" content="%(t_a)s" /><meta property="og:description" content="%(lead_a)s" /><meta property="og:image" content="%(b)s/documents/10181/2840551/chi-bo-so-tan-thuy.jpg" />
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-header"><span class="current-date">%(wd)s, %(cd)s</span> <span class="weather">Vĩnh Long 29°C</span></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="%(b)s/web/xa-tan-thuy" title="Đi tới Trang thông tin điện tử xã Tân Thủy"><img alt="Trang thông tin điện tử xã Tân Thủy" height="120" src="/image/layout_set_logo?img_id=2840101&amp;t=1700214000000" width="1200" /></a></h1></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><div class="navbar-inner"><div class="collapse nav-collapse">%(nav)s</div></div></nav>
</header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary%(P)s portlet-static portlet-static-end portlet-borderless" id="p_p_id%(P)s"><span id="p%(P)s"></span>
<div class="portlet-borderless-container"><div class="portlet-body">
<div class="vnpt-breadcrumb"><a href="%(b)s/web/xa-tan-thuy">Trang chủ</a> &raquo; <a href="%(b)s/web/xa-tan-thuy/tin-tuc">Tin tức</a> &raquo; <a href="%(b)s/web/xa-tan-thuy/xay-dung-dang">Xây dựng Đảng</a></div>
<div class="news-detail">
<div class="title-news"><h2>%(t)s</h2></div>
<div class="date-news"><span>%(wdp)s, %(dp)s, %(hm)s (GMT+7)</span> <span class="share-tools"><a href="javascript:printContent()"><i class="icon-print"></i></a> <a href="javascript:sendMail()"><i class="icon-envelope"></i></a></span></div>
<div class="sapo-news">%(lead)s</div>
<div class="content-news" id="%(P)scontent">
%(body)s
%(byline)s
</div>
<div class="view-count">Số lượt xem: %(v)s</div>
</div>
<div class="other-news"><div class="other-title">Các tin khác</div><ul>%(other)s</ul></div>
</div></div></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-static"><div class="portlet-title-text">Tin mới nhất</div><ul class="list-news">%(newest)s</ul></div>
<div class="portlet-boundary portlet-static"><div class="portlet-title-text">Các ấp</div><ul class="list-ap">%(ap)s</ul></div>
<div class="portlet-boundary portlet-static"><div class="portlet-title-text">Liên kết</div><a href="https://vinhlong.gov.vn"><img src="/documents/10181/0/lk-vinhlong.png" alt="Cổng TTĐT tỉnh Vĩnh Long" /></a><a href="https://dichvucong.vinhlong.gov.vn"><img src="/documents/10181/0/lk-dvc.png" alt="Dịch vụ công" /></a></div>
</div></div>
</div></div>
<footer id="footer" role="contentinfo"><p><b>TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN THỦY</b></p><p>Cơ quan chủ quản: UBND xã Tân Thủy, tỉnh Vĩnh Long. Địa chỉ: Ấp Tân Thới, xã Tân Thủy. Điện thoại: 0275.3861.240</p><p>Thiết kế bởi VNPT Vĩnh Long</p></footer>
</div>
<script type="text/javascript">AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller','liferay-session',function(A){(function(){Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){Liferay.Util.addInputType(node);});})();(function(){new Liferay.Menu();})();});function printContent(){window.print();}</script>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), lead=esc(a["lead"]), lead_a=att(a["lead"]), b=base, auth=rand_hex(rng, 8), P=P,
           wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav_ul(MENU_XA, base + "/web/xa-tan-thuy", "nav", "", "child-menu"),
           wdp=thu(pub, "title"), dp=dmy(pub), hm=hm(pub), body=body, byline=byline, v=dotnum(views(rng, 120, 800)),
           other="".join('<li><a href="%s/web/xa-tan-thuy/tin-tuc/-/view_content/%d-%s.html">%s</a> <span class="date">(%s)</span></li>' % (base, 2840540 - i, slug(t), esc(t), dmy(d)) for i, (t, d) in enumerate(other)),
           newest="".join('<li><a href="%s/web/xa-tan-thuy/tin-tuc/-/view_content/%d-%s.html">%s</a> <span class="date">%s</span></li>' % (base, 2849900 + i, slug(t), esc(t), dmy(d)) for i, (t, d) in enumerate(newest)),
           ap="".join('<li><a href="%s/web/xa-tan-thuy/%s">%s</a></li>' % (base, slug(x), esc(x)) for x in ap),
           ga=ga_script("G-VL%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i18", "vnpt-liferay62", url)


# ---------------------------------------------------- DNN with an article module (phường An Hòa, Cần Thơ)
def page_i19(rng):
    a = A["i19"]
    base = "https://anhoa.cantho.gov.vn"
    url = base + "/Tin-tuc/ctl/ArticleView/mid/812/articleId/2291/Phuong-An-Hoa-ra-quan-don-ve-sinh-khoi-thong-cong-ranh-truoc-mua-mua"
    pub = D(a["pub"][:19])
    M = "dnn_ctr812_ArticleView"
    body = render(a["blocks"], p=lambda b: '<p style="text-align: justify;">%s</p>' % esc(b[1]))
    byline = '<p style="text-align: right;"><strong>%s</strong></p>' % esc(a["author"])
    dnn_date = "%s %d:%02d:%02d %s" % (dmy(pub), pub.hour % 12 or 12, pub.minute, pub.second, "SA" if pub.hour < 12 else "CH")
    other = pick(rng, POOL_XA, 8, D("2026-04-20T07:00"), D("2026-06-16T17:00"))
    newest = pick(rng, POOL_XA, 6, D("2026-11-08T07:00"), D("2026-11-21T17:00"))
    vs = rand_b64(rng, 3000)
    page = """<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	%(t)s
</title><meta id="MetaDescription" name="DESCRIPTION" content="%(desc)s" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=214" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DNNArticle/module.css?cdv=214" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/phuong/skin.css?cdv=214" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=214" type="text/javascript"></script><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2025-07-01' type='image/x-icon' /></head>
<body id="Body">
<form method="post" action="/Tin-tuc/ctl/ArticleView/mid/812/articleId/2291/Phuong-An-Hoa-ra-quan-don-ve-sinh-khoi-thong-cong-ranh-truoc-mua-mua" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {theForm = document.Form;}
function __doPostBack(eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != false)) {theForm.__EVENTTARGET.value = eventTarget;theForm.__EVENTARGUMENT.value = eventArgument;theForm.submit();}}
//]]>
</script>
<script src="/js/dnn.js?cdv=214" type="text/javascript"></script><script src="/js/dnn.modalpopup.js?cdv=214" type="text/javascript"></script><script src="/js/dnncore.js?cdv=214" type="text/javascript"></script>
<div class="dnn-skin">
<div class="top-bar"><div class="container"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">%(wd)s, %(cdl)s</span><span class="right"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="/Login?returnurl=%%2fTin-tuc">Đăng nhập</a></span></div></div>
<div class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Phường An Hòa" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-anhoa.png" alt="Trang thông tin điện tử phường An Hòa - thành phố Cần Thơ" /></a></div></div>
<div class="menu"><div class="container">%(nav)s</div></div>
<div class="container main"><div class="row">
<div id="dnn_ContentPane" class="col-md-8 DNNEmptyPane"><div class="DnnModule DnnModule-DNNArticle DnnModule-812"><a name="812"></a>
<div class="DNNContainer_Title_h2"><h2><span id="dnn_ctr812_dnnTITLE_titleLabel" class="Head">Tin tức - Sự kiện</span></h2>
<div id="dnn_ctr812_ContentPane"><div id="dnn_ctr812_ModuleContent" class="DNNModuleContent ModDNNArticleC">
<div class="dnnarticle_view">
<h1><span id="%(M)s_lblTitle" class="dnnarticle_title">%(t)s</span></h1>
<div class="dnnarticle_info"><span id="%(M)s_lblPublishDate" class="dnnarticle_date">%(ddate)s</span> &nbsp;|&nbsp; Lượt xem: <span id="%(M)s_lblViews">%(v)s</span> &nbsp;|&nbsp; <a id="%(M)s_lnkPrint" href="/Tin-tuc/ctl/Print/mid/812/articleId/2291" target="_blank">In</a></div>
<div id="%(M)s_pnlContent" class="dnnarticle_content">
%(body)s
%(byline)s
</div>
<div class="dnnarticle_related"><div class="dnnarticle_related_title">Tin khác</div><ul>%(other)s</ul></div>
</div>
</div></div></div></div></div>
<div id="dnn_RightPane" class="col-md-4"><div class="DnnModule DnnModule-DNNArticleList"><div class="side-title">Tin mới</div><ul>%(newest)s</ul></div>
<div class="DnnModule DnnModule-HTML"><div class="side-title">Liên kết</div><a href="https://cantho.gov.vn"><img src="/Portals/0/lk-cantho.png" alt="Cổng TTĐT thành phố Cần Thơ" /></a><a href="https://dichvucong.cantho.gov.vn"><img src="/Portals/0/lk-dvc.png" alt="Dịch vụ công" /></a></div></div>
</div></div>
<div class="footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN HÒA</b></p><p>Địa chỉ: 85 Cách Mạng Tháng Tám, phường An Hòa, thành phố Cần Thơ. Điện thoại: 0292.3890.217</p><p>Chịu trách nhiệm: Chủ tịch UBND phường An Hòa</p><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2026 by UBND phường An Hòa</span></div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`62`}" />
<input name="__RequestVerificationToken" type="hidden" value="%(rvt)s" />
<script type="text/javascript">
//<![CDATA[
$(function(){if(typeof dnn!=='undefined'&&dnn.setVar){dnn.setVar('__scdoff','1');}});
//]]>
</script>
</form>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), desc=att(a["blocks"][0][1]), vs=vs, wd=thu(CRAWL, "title"), cdl="%d tháng %d năm %d" % (CRAWL.day, CRAWL.month, CRAWL.year),
           nav=nav_ul([(x[0].replace("xã", "phường"), [s.replace("xã", "phường") for s in x[1]]) for x in MENU_XA], "", "dnnmega", "root", "category"),
           M=M, ddate=dnn_date, v=views(rng, 90, 600), body=body, byline=byline,
           other="".join('<li><a href="/Tin-tuc/ctl/ArticleView/mid/812/articleId/%d/%s">%s</a> <span>(%s)</span></li>' % (2290 - i, slug(t), esc(t), dmy(d)) for i, (t, d) in enumerate(other)),
           newest="".join('<li><a href="/Tin-tuc/ctl/ArticleView/mid/812/articleId/%d/%s">%s</a> <span>%s</span></li>' % (2400 + i, slug(t), esc(t), dmy(d)) for i, (t, d) in enumerate(newest)),
           rvt=rand_b64(rng, 80).replace("+", "-").replace("/", "_").rstrip("="), ga=ga_script("G-CT%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i19", "dnn", url)


# ---------------------------------------------------- ASP.NET MVC provincial portal (Ninh Bình), large: interview
def page_i20(rng):
    a = A["i20"]
    base = "https://ninhbinh.gov.vn"
    url = base + "/tin-tuc/chu-tich-ubnd-phuong-thanh-binh-chinh-quyen-gan-dan-phai-bat-dau-tu-viec-nho-nhat-d28731.html"
    site = "Cổng thông tin điện tử tỉnh Ninh Bình"
    pub = D(a["pub"][:19])
    utc = (pub - dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = render(a["blocks"],
                  p=lambda b: '<p style="text-align: justify;">%s</p>' % esc(b[1]),
                  q=lambda b: '<p style="text-align: justify;"><strong>%s</strong></p>' % esc(b[1]),
                  a=lambda b: '<p style="text-align: justify;"><strong>%s</strong> %s</p>' % (esc(b[1]), esc(b[2])),
                  cap=lambda b: '<div class="img-box"><img src="%s" alt="%s" loading="lazy"><p class="img-caption">%s</p></div>' % (b[2], att(b[1][:60]), esc(b[1])))
    byline = '<p style="text-align: right;"><strong>Thực hiện: %s</strong></p>' % esc(a["author"])
    # inline menu configuration, as the portal ships it
    rng_menu = []
    groups = ["Giới thiệu", "Chính quyền", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Công dân", "Doanh nghiệp", "Du khách", "Chuyên đề", "Thông tin tuyên truyền", "Thống kê", "Công khai"]
    comm = place_names(rng, 129, (("Xã", 97), ("Phường", 32)))
    for gi, g in enumerate(groups):
        kids = []
        for k in range(rng.randrange(14, 22)):
            lab = rng.choice(POOL_TINH + POOL_XA)
            kids.append({"id": gi * 100 + k, "title": lab, "url": "/%s/%s" % (slug(g), slug(lab)), "target": "_self", "icon": "", "order": k, "visible": True,
                         "children": [{"id": gi * 1000 + k * 10 + j, "title": comm[(gi * 13 + k * 3 + j) % 129], "url": "/don-vi/%s" % slug(comm[(gi * 13 + k * 3 + j) % 129]), "visible": True} for j in range(rng.randrange(2, 7))]})
        rng_menu.append({"id": gi, "title": g, "url": "/" + slug(g), "order": gi, "children": kids})
    menu_json = json.dumps(rng_menu, ensure_ascii=False)
    nav = "".join('<li class="nav-item dropdown"><a class="nav-link" href="%s/%s">%s</a><div class="mega"><ul>%s</ul></div></li>' % (
        base, slug(g["title"]), esc(g["title"]), "".join('<li><a href="%s%s">%s</a></li>' % (base, k["url"], esc(k["title"])) for k in g["children"][:8])) for g in rng_menu[:8])
    same = pick(rng, POOL_TINH, 10, D("2026-08-01T07:00"), D("2026-09-20T17:00"))
    newest = pick(rng, POOL_TINH + POOL_XA, 10, D("2026-11-10T07:00"), D("2026-11-21T20:00"))
    most = pick(rng, POOL_TINH, 8, D("2026-10-15T07:00"), D("2026-11-20T17:00"))
    events = "".join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (dmy(d), hm(d), esc(t)) for t, d in pick(rng, POOL_TINH, 14, D("2026-11-23T07:00"), D("2026-11-28T17:00")))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["pub"],
          "dateModified": "2026-09-21T10:24:00+07:00", "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "GovernmentOrganization", "name": site, "logo": {"@type": "ImageObject", "url": base + "/Content/images/logo.png"}},
          "image": [base + a["blocks"][3][2]], "mainEntityOfPage": url, "description": a["lead"]}
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>%(t)s - %(site)s</title>
<meta name="description" content="%(lead_a)s" />
<meta property="og:type" content="article" />
<meta property="og:title" content="%(t_a)s" />
<meta property="og:description" content="%(lead_a)s" />
<meta property="og:image" content="%(b)s%(img)s" />
<meta property="og:url" content="%(u)s" />
<meta property="article:published_time" content="%(utc)s" />
<meta property="article:section" content="Chính quyền địa phương" />
<link rel="canonical" href="%(u)s" />
<link href="/Content/css/bundle.min.css?v=%(ver)s" rel="stylesheet" />
<script type="application/ld+json">%(ld)s</script>
<script>window.__PORTAL_MENU__ = %(menu)s;</script>
<script>window.__PORTAL_CONFIG__ = {"siteId":"NB","culture":"vi-VN","tts":{"enabled":true,"voices":["Nữ miền Bắc","Nam miền Bắc","Nữ miền Nam"]},"articleId":28731,"categoryId":14};</script>
</head>
<body class="page-article">
<div class="header-top"><div class="container"><span class="date-today">%(wd)s, ngày %(cd)s</span><ul class="header-links"><li><a href="%(b)s/en">English</a></li><li><a href="%(b)s/so-do-cong">Sơ đồ cổng</a></li><li><a href="%(b)s/rss">RSS</a></li><li><a href="%(b)s/tai-khoan/dang-nhap">Đăng nhập</a></li></ul></div></div>
<header class="header-main"><div class="container"><a class="brand" href="%(b)s/"><img src="/Content/images/quoc-huy.png" alt="Quốc huy" /><span class="brand-sub">Cổng thông tin điện tử</span><span class="brand-name">TỈNH NINH BÌNH</span></a>
<form class="header-search" action="%(b)s/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa..." /><button type="submit">Tìm kiếm</button></form></div></header>
<nav class="main-nav"><div class="container"><ul class="nav">%(nav)s</ul></div></nav>
<div class="container"><div class="row">
<div class="col-lg-8">
<ol class="breadcrumb"><li><a href="%(b)s/">Trang chủ</a></li><li><a href="%(b)s/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="active">Chính quyền địa phương</li></ol>
<article class="article">
<div class="article-kicker">PHỎNG VẤN</div>
<h1 class="article-title">%(t)s</h1>
<div class="article-meta"><span class="article-date">%(wdp)s, %(dp)s %(hm)s</span><span class="article-views">%(v)s lượt xem</span></div>
<div class="tts-player"><span class="tts-label">Nghe đọc bài viết</span><audio controls preload="none" src="%(b)s/tts/28731.mp3"></audio><select class="tts-voice"><option>Nữ miền Bắc</option><option>Nam miền Bắc</option><option>Nữ miền Nam</option></select></div>
<div class="article-sapo">%(lead)s</div>
<div class="article-content">
%(body)s
%(byline)s
</div>
<div class="article-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=%(u)s" target="_blank">Facebook</a> <a href="https://zalo.me/share?u=%(u)s" target="_blank">Zalo</a> <a href="javascript:window.print()">In bài</a></div>
<div class="article-tags">Từ khóa: <a href="%(b)s/tag/chinh-quyen-hai-cap">chính quyền hai cấp</a>, <a href="%(b)s/tag/cai-cach-hanh-chinh">cải cách hành chính</a>, <a href="%(b)s/tag/phuong-thanh-binh">phường Thanh Bình</a></div>
</article>
<div class="box-comment"><h3>Ý kiến bạn đọc (0)</h3><form method="post" action="%(b)s/binh-luan/gui"><input type="hidden" name="__RequestVerificationToken" value="%(rvt)s" /><textarea name="NoiDung" rows="4" placeholder="Nội dung ý kiến"></textarea><input type="text" name="HoTen" placeholder="Họ tên" /><input type="email" name="Email" placeholder="Email" /><button type="submit">Gửi ý kiến</button></form></div>
<section class="box-same"><h3>Tin cùng chuyên mục</h3><ul>%(same)s</ul></section>
</div>
<aside class="col-lg-4">
<section class="box-side"><h3>Tin mới nhất</h3><ul>%(newest)s</ul></section>
<section class="box-side"><h3>Đọc nhiều</h3><ol>%(most)s</ol></section>
<section class="box-side"><h3>Lịch công tác tuần</h3><table class="table table-sm"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th></tr></thead><tbody>%(events)s</tbody></table></section>
<section class="box-side"><h3>Trang thông tin xã, phường</h3><select class="form-select" onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn đơn vị --</option>%(comm)s</select></section>
<section class="box-side"><h3>Thống kê truy cập</h3><p>Đang truy cập: %(on)d</p><p>Hôm nay: %(today)s</p><p>Tổng: %(total)s</p></section>
</aside>
</div></div>
<footer class="footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Ninh Bình. Cơ quan thường trực: Văn phòng UBND tỉnh</p><p>Địa chỉ: Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình. Điện thoại: 0229.3871.132. Email: congttdt@ninhbinh.gov.vn</p><p>Giấy phép số 201/GP-TTĐT ngày 29/8/2025 của Bộ Văn hóa, Thể thao và Du lịch. Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Ninh Bình" khi phát hành lại thông tin từ Cổng.</p></div></footer>
<script src="/Scripts/bundle.min.js?v=%(ver)s"></script>
<script>$(function(){PortalMenu.init(window.__PORTAL_MENU__);Tts.init(window.__PORTAL_CONFIG__.tts);});</script>
%(ga)s
</body>
</html>
""" % dict(t=esc(a["title"]), t_a=att(a["title"]), site=site, lead=esc(a["lead"]), lead_a=att(a["lead"]), b=base, u=url, img=a["blocks"][3][2],
           utc=utc, ver=rand_hex(rng, 10), ld=json.dumps(ld, ensure_ascii=False), menu=menu_json, wd=thu(CRAWL, "title"), cd=dmy(CRAWL), nav=nav,
           wdp=thu(pub, "title"), dp=dmy(pub), hm=hm(pub), v=dotnum(views(rng, 1000, 6000)), body=body, byline=byline, rvt=rand_b64(rng, 80),
           same="".join('<li><a href="%s/tin-tuc/%s-d%d.html">%s</a> <span class="date">%s</span></li>' % (base, slug(t), 28700 - i, esc(t), dmy(d)) for i, (t, d) in enumerate(same)),
           newest="".join('<li><a href="%s/tin-tuc/%s-d%d.html">%s</a> <span class="date">%s %s</span></li>' % (base, slug(t), 31000 + i, esc(t), hm(d), dmy(d)) for i, (t, d) in enumerate(newest)),
           most="".join('<li><a href="%s/tin-tuc/%s-d%d.html">%s</a></li>' % (base, slug(t), 30500 + i, esc(t)) for i, (t, d) in enumerate(most)),
           events=events, comm="".join('<option value="https://%s.ninhbinh.gov.vn">%s</option>' % (slug(c).split("-", 1)[1].replace("-", ""), esc(c)) for c in comm),
           on=rng.randrange(50, 400), today=dotnum(rng.randrange(5000, 30000)), total=dotnum(rng.randrange(10 ** 7, 5 * 10 ** 7)),
           ga=ga_script("G-NB%06d" % rng.randrange(10 ** 6)))
    return page, gold_article("i20", "aspnet-mvc", url)


# ============================================================ main
PAGES = [("i%02d" % k, globals()["page_i%02d" % k]) for k in range(1, 21)] + [("n%02d" % k, globals()["page_n%02d" % k]) for k in range(1, 5)]


def build(outdir):
    for name, fn in PAGES:
        rng = random.Random("%s:%s" % (SET, name))
        text, gold = fn(rng)
        text = unicodedata.normalize("NFC", text)
        data = to_cp1258(text) if gold["charset"] == "windows-1258" else text.encode("utf-8")
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    out = HERE
    if len(sys.argv) >= 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    build(out)
